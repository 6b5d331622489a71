"""BLIND_926 (46 products; Myntra women's dresses, tops and co-ords, captions then extractive QA): written blind in the
fifty-seventh session. Measured blind at 139f19f (the session's sixth rules): 115/152 failures found (75.7%) and 19/219
correct texts flagged (8.7%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra-like women's feed: article types Dresses, Tops and Co-Ords, seller titles
in the usual "Brand Women Colour Print Style Type" shape. Photos are catalog shots of a model on a white, light-grey or
beige studio backdrop, mostly front view, usually with other clothes (jeans, trousers, a skirt, a jacket over the
shoulders, a t-shirt under a pinafore), shoes and now and then a bag, hat or sunglasses in hand. Some rows lack a
column (category or color), as the feed has them.

Who wrote what: the caption comes first, from BLIP-2 OPT-2.7b. Most products were captioned by the untuned base
model (short, natural stop, names hues, sometimes the wrong one, sometimes invents a necklace or sunglasses); about a
quarter by the caption adapter Data2_V2_Blip2_Finetune_Caption (epoch 3): the DeepFashion template ("The lady wears a
long-sleeve dress with floral patterns. The dress is with chiffon fabric..."), no hue names, "cotton fabric" for
almost anything, no end token, so every one of them runs to the 50-token limit and is cut mid-sentence or loops.
Open answers are then extracted from the caption by timpal0l/mdeberta-v3-base-squad2: they are spans of the caption,
so they inherit its errors (a cut tail, "pure color" for a color, the jeans' "blue" for the top). Where the QA model's
no-answer score won, the job asked the VQA adapter Data3_V3_BLIP2_VQA directly (`Question: ... Answer:`, greedy, 30
new tokens): those answers are free text with the adapter's habits: loops, cuts at 30 tokens, a new "Question: ...
Answer: ..." pair after the answer, the question echoed back, yes/no or one word to an open question, "he" for a
woman, invented pockets, zips and fabrics; an empty string where it produced only padding. Closed answers (garment
type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine, one candidate each.

Labeling conventions and judgement calls:
- One label per text. A text that repeats and stops at the limit is a loop, not a cut. A caption with a wrong pronoun
  that is also cut is labelled pronoun; a span that is both the cut tail of a caption and has "his" is labelled cut.
- Truth is the photo as described in the comment; the seller's title and color decide only where the photo cannot
  (fabric, a print the size of a logo). Shades of the seller's color family are correct (coral as orange, peach or
  magenta as pink, rust as brown or orange, teal as blue, mauve or lavender as purple, maroon as red, cream as white).
- other_garment_color: an open answer that gives the product the color of something else worn or held in the photo
  (jeans, skirt, t-shirt underneath, jacket, belt, shoes, bag, hat). The same mistake in a closed answer is labelled
  contradiction, as is any wrong closed value (garment type, pattern, sleeve length, a "yes" to the wrong garment).
- Material: correct only where the title names it or it is plain in the photo (denim, velvet, lace, sequins, satin,
  knit). Any other fabric, including the template's "cotton fabric" and a fabric taken from another garment (the
  shorts' denim), is unsupported.
- non_answer: empty, yes/no or one word to a describe/details question, "pure color" / "graphic patterns" /
  "floral patterns" for a color, "they are short/long" for the bottoms' details. A one-word hue to an open color
  question is a correct answer.
- restated: the answer echoes the question or says the garment is itself ("the dress is a dress", "What are the top
  details? the top"). A plain sentence that carries the answer ("the top is green") is correct.
- A span that names only part of the outfit ("a long-sleeve shirt with pure color patterns" for a co-ord) is correct;
  "over a black t-shirt" as a shirt's detail is a true styling detail and correct.
- Self-coloured embroidery, ribbing, pleats and sequins on one color count as "solid".
- Captions and answers that name a studio backdrop or a prop that is really there are correct.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_926 = [
    # photo: mustard-yellow floral A-line midi dress, short flutter sleeves, round neck, white sneakers; white
    # backdrop, front view. Caption base BLIP-2; spans by the QA model; material and details by the VQA adapter.
    case(
        "X926-001",
        caption("a woman in a yellow floral dress and white sneakers"),
        wearing("a yellow floral dress and white sneakers"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "yellow floral dress"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.material("cotton", "unsupported"),
        details(
            "dress",
            "flutter sleeves, a round neckline and a tiered hem that falls below the knee with a ruffle trim and a",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Mustard Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: white schiffli-embroidered off-shoulder top with short puff sleeves tucked into light-blue jeans; grey
    # backdrop, front view. Caption base; color span by the QA model; material and describe by the VQA adapter.
    case(
        "X926-002",
        caption("a woman wearing a white off the shoulder top and blue jeans"),
        wearing("a white off the shoulder top and blue jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        details("top", "off the shoulder"),
        Q.material("denim", "unsupported"),
        describe("top", "What is the top? the top", "restated"),
        title="Vero Moda Women White Schiffli Embroidered Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: rust-orange shirt and matching wide-leg trousers co-ord, long sleeves rolled to the elbow, open collar,
    # brown flat sandals; white backdrop. Caption by the caption adapter (template, cut at 50 tokens); spans by QA.
    case(
        "X926-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        Q.color("orange"),
        Q.garment_type("co-ord set"),
        Q.material("cotton fabric", "unsupported"),
        details("trousers", "long length"),
        color_of("trousers", "brown", "other_garment_color", kind="open"),
        title="KALINI Women Rust Solid Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: black sleeveless square-neck bodycon midi dress, black strappy heels, small gold hoops; grey backdrop,
    # front view. Caption base; describe span by QA; details and material by the VQA adapter.
    case(
        "X926-004",
        caption("a woman in a black dress posing for a photo"),
        wearing("a black dress", who="she"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("solid"),
        describe("dress", "a black dress"),
        details("dress", "yes", "non_answer"),
        Q.material("leather", "unsupported"),
        title="AND Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy-and-white horizontal striped boat-neck top, three-quarter sleeves, white trousers; light-grey
    # backdrop. Caption base; spans by QA; details by the VQA adapter (loops to 30 tokens).
    case(
        "X926-005",
        caption("a woman wearing a blue and white striped shirt and white pants"),
        wearing("a blue and white striped shirt and white pants"),
        color_of("top", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "top",
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        Q.material("cotton", "unsupported"),
        title="Mast & Harbour Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink wrap maxi dress with small green-leaved floral print, long balloon sleeves, tie belt at the waist,
    # tan heels; white backdrop. Caption by the caption adapter (loops); spans by QA.
    case(
        "X926-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The dress is of long length. The dress is of long length. "
            "The dress is of",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color_of("dress", "floral patterns", "non_answer", kind="open"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "unsupported"),
        details("dress", "V-shape neckline"),
        title="Berrylush Women Pink Floral Printed Wrap Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: lavender ribbed-knit crop top, short sleeves, high-waist black jeans; white backdrop, front view.
    # Caption base; spans by QA; describe by the VQA adapter.
    case(
        "X926-007",
        caption("a woman in a purple crop top and black jeans"),
        wearing("a purple crop top and black jeans"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.material("knit"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("top", "he is wearing a purple crop top", "pronoun"),
        title="StyleStone Women Lavender Solid Ribbed Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: sleeveless top and matching palazzos in a green-and-white leaf print, gold flats; white backdrop.
    # Caption base; spans by QA; material by the VQA adapter (leaks a new question).
    case(
        "X926-008",
        caption("a woman in a green and white printed outfit"),
        wearing("green and white printed outfit"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        details("top", "printed"),
        describe(
            "top",
            "a green and white printed top with a matching pair of pants, gold sandals and a gold necklace",
            "unsupported",
        ),
        Q.material("polyester Question: What is the color of the top? Answer: green", "leak"),
        title="Tokyo Talkies Women Green & White Printed Top with Palazzos",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: light-blue denim shirt dress, long sleeves rolled up, button placket, brown waist belt, white sneakers;
    # white backdrop. Caption base; color span by QA picks the belt; describe by the VQA adapter, cut at 30 tokens.
    case(
        "X926-009",
        caption("a woman wearing a blue denim shirt dress with a brown belt"),
        wearing("a blue denim shirt dress with a brown belt"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.material("denim"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("checked", "contradiction"),
        details("dress", "a brown belt"),
        describe(
            "dress",
            "The dress is a blue denim dress with a brown belt at the waist and buttons down the front. It has long "
            "sleeves that are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black satin cowl-neck camisole with thin straps, beige wide-leg trousers; white backdrop. Caption by the
    # caption adapter (cut); spans by QA; the open color by the VQA adapter (loops).
    case(
        "X926-010",
        caption(
            "The lady wears a tank top with pure color patterns and no sleeves. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The trousers the lady wears is of long length. The trousers are with "
            "cotton fabric and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns and no sleeves", who="she"),
        Q.material("cotton fabric", "unsupported"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        color_of(
            "top",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("tank top", "yes"),
        details("top", "a pocket on the chest", "unsupported"),
        title="DressBerry Women Black Satin Cowl Neck Cami Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: red tiered midi dress with white polka dots, short puff sleeves, square neck, white sandals; white
    # backdrop. Caption base; spans by QA; material by the VQA adapter, which returned only padding.
    case(
        "X926-011",
        caption("a woman in a red and white polka dot dress"),
        wearing("a red and white polka dot dress", who="she"),
        Q.pattern("polka dot"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "red and white polka dot dress"),
        details("dress", "polka dot"),
        Q.material("", "non_answer"),
        title="SASSAFRAS Women Red & White Polka Dot Print Tiered Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: olive-green shirt-style top, long roll-up sleeves, two chest pockets, blue ripped jeans; grey backdrop.
    # Caption base (calls the olive brown); spans by QA; describe and details by the VQA adapter.
    case(
        "X926-012",
        caption("a woman in a brown shirt and blue jeans", "contradiction"),
        wearing("a brown shirt and blue jeans", "contradiction"),
        color_of("shirt", "green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "pockets"),
        describe("shirt", "no", "non_answer"),
        Q.material("cotton"),
        title="HERE&NOW Women Olive Green Pure Cotton Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: navy sleeveless knee-length A-line dress with a white Peter Pan collar, black ballet flats, short-haired
    # model, no jewellery; white backdrop. Caption by the caption adapter ("gentleman", cut); spans by QA.
    case(
        "X926-013",
        caption(
            "The gentleman is wearing a sleeveless dress with pure color patterns. His dress is with cotton fabric "
            "and it has a lapel neckline. The dress is of medium length. There is an accessory on his wrist. The "
            "gentleman wears a",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "blue"),
        Q.sleeve_length("sleeveless"),
        details("dress", "lapel neckline"),
        Q.garment_type("dress"),
        Q.material("cotton fabric", "unsupported"),
        title="Dorothy Perkins Women Navy Blue Solid A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black-and-white gingham crop shirt (short sleeves) with a matching mini skirt, white sneakers; white
    # backdrop. Caption base; spans by QA; skirt details and material by the VQA adapter.
    case(
        "X926-014",
        caption("a woman in a black and white checkered shirt and skirt"),
        wearing("a black and white checkered shirt and skirt"),
        Q.pattern("striped", "contradiction"),
        color_of("skirt", "black"),
        Q.sleeve_length("short sleeves"),
        details("skirt", "the skirt has the skirt details", "restated"),
        Q.material(
            "cotton Question: what is the color of the skirt? Answer: black Question: what is the color of the shirt? "
            "Answer: white Question: what is the",
            "leak",
            hit_limit=True,
        ),
        title="Bewakoof Women Black & White Checked Shirt with Skirt Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: coral peplum top, long fitted sleeves, round neck, white skinny jeans; white backdrop. Caption base;
    # spans by QA; describe and material by the VQA adapter (material: padding only).
    case(
        "X926-015",
        caption("a woman wearing an orange top and white jeans"),
        wearing("an orange top and white jeans"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("orange"),
        Q.garment_type("top"),
        describe("top", "an orange top"),
        details("top", "a zip at the back and two side pockets", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("", "non_answer"),
        title="Athena Women Coral Solid Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: emerald-green satin slip midi dress, thin straps, cowl neck, gold heels, small black clutch in hand; grey
    # backdrop. Caption base; spans by QA (the clutch's black for the dress); details and describe by the VQA adapter.
    case(
        "X926-016",
        caption("a woman in a green satin dress holding a black purse"),
        wearing("a green satin dress"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        details("dress", "it has a slit on the side and a zipper at the back", "unsupported"),
        describe("dress", "the dress is a dress", "restated"),
        Q.pattern("solid"),
        title="Forever New Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white top with blue floral print, long bishop sleeves, round neck with a tie-up keyhole, blue denim
    # shorts; white backdrop. Caption by the caption adapter (loops on the shorts); spans by QA; color by VQA adapter.
    case(
        "X926-017",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a short pants. The pants are with denim fabric. The pants are with denim "
            "fabric. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        color_of("top", "white", kind="open"),
        Q.pattern("floral"),
        Q.material("denim fabric", "unsupported"),
        details("top", "round neckline"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Sera Women White & Blue Floral Print Bishop Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon velvet wrap midi dress, long sleeves, self-tie at the waist, black ankle boots; white backdrop,
    # three-quarter view. Caption base; spans by QA; details and describe by the VQA adapter.
    case(
        "X926-018",
        caption("a woman in a red velvet dress and black boots"),
        wearing("a red velvet dress and black boots"),
        Q.color("red"),
        Q.material("velvet"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("dress", "the dress has a belt and pockets on both sides", "unsupported"),
        describe("dress", "his dress is red with long sleeves", "pronoun"),
        is_a("dress", "yes"),
        title="Vero Moda Women Maroon Velvet Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard-yellow sleeveless high-neck top, grey straight trousers; white backdrop. Caption base; color span
    # by QA; describe, details and material by the VQA adapter.
    case(
        "X926-019",
        caption("a woman in a yellow top and grey pants"),
        wearing("a yellow top and grey pants"),
        Q.color("grey", "contradiction"),
        color_of("top", "yellow", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("top", "yes", "non_answer"),
        details("top", "high neck"),
        Q.material("cotton Question: What is the color of the pants? Answer: grey", "leak"),
        title="Roadster Women Mustard Yellow Solid High Neck Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: lilac tie-dye sweatshirt (long sleeves) with matching joggers, white sneakers; white backdrop. Caption
    # base; spans by QA; joggers' color and sweatshirt details by the VQA adapter.
    case(
        "X926-020",
        caption("a woman in a purple tie dye sweatshirt and sweatpants"),
        wearing("a purple tie dye sweatshirt and sweatpants", who="she"),
        Q.pattern("printed"),
        Q.garment_type("co-ord set"),
        Q.material("fleece", "unsupported"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        details(
            "sweatshirt",
            "the sweatshirt, the joggers, the sweatshirt, the joggers, the sweatshirt, the joggers, the sweatshirt, "
            "the joggers",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Lavender Tie-Dye Sweatshirt with Joggers Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: white sleeveless tiered cotton maxi dress with self-coloured embroidery, straw hat, brown sandals; beige
    # backdrop. Caption base; spans by QA; open color, details and describe by the VQA adapter.
    case(
        "X926-021",
        caption("a woman in a white dress and a straw hat"),
        wearing("a white dress and a straw hat"),
        Q.color("white"),
        Q.material("cotton"),
        color_of("dress", "beige", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("dress", "embroidered"),
        Q.pattern("striped", "contradiction"),
        describe("dress", "yes", "non_answer"),
        title="Anouk Women White Embroidered Tiered Cotton Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black knotted t-shirt-style top with a white "PARIS" print, short sleeves, blue jeans, no sunglasses;
    # white backdrop. Caption base (invents sunglasses); spans by QA; describe by the VQA adapter (loops).
    case(
        "X926-022",
        caption("a woman wearing a black t-shirt with the word paris on it and a pair of sunglasses", "unsupported"),
        wearing("a black t-shirt with the word paris on it"),
        Q.pattern("graphic"),
        Q.garment_type("top"),
        color_of("top", "white", "contradiction"),
        details("top", "the word paris"),
        describe(
            "top",
            "The top is black with white letters on it. It is knotted at the front. The top is black with white "
            "letters on it. It is knotted at",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Printed Knotted Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: teal-blue kaftan-style midi dress with an ethnic-motif print, three-quarter sleeves, V-neck, silver
    # jhumkas, no bracelet or ring; white backdrop. Caption by the caption adapter (cut); spans by QA.
    case(
        "X926-023",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears earrings. There is an accessory on her "
            "wrist and a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        color_of("dress", "blue"),
        Q.sleeve_length("three-quarter sleeves"),
        details("dress", "a ring on her", "cut"),
        Q.material("chiffon fabric", "unsupported"),
        is_a("kurta", "yes", "contradiction"),
        describe("dress", "yes", "non_answer"),
        title="Global Desi Women Teal Blue Ethnic Motifs Print Kaftan Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: pastel-pink sheer ruffled blouse-top, long puff sleeves, tucked into a black pencil skirt; white
    # backdrop. Caption base; spans by QA; material and details by the VQA adapter.
    case(
        "X926-024",
        caption("a woman in a pink blouse and a black skirt"),
        wearing("a pink blouse and a black skirt", who="she"),
        Q.color("pink"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "The top is made of a sheer fabric. The top is made of a sheer fabric. The top is made of a",
            "loop",
            hit_limit=True,
        ),
        describe("blouse", "pink blouse"),
        Q.pattern("floral", "contradiction"),
        details(
            "blouse",
            "ruffles at the neckline and down the front of the blouse with puff sleeves that are gathered at the "
            "cuffs and a",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Pink Ruffled Sheer Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: beige linen-blend buttoned waistcoat and matching straight trousers, brown loafers, brown leather tote on
    # the shoulder; white backdrop. Caption base; spans by QA; details and describe by the VQA adapter.
    case(
        "X926-025",
        caption("a woman in a beige vest and pants holding a brown bag"),
        wearing("a beige vest and pants"),
        color_of("vest", "brown", "other_garment_color", kind="open"),
        Q.material("linen"),
        Q.sleeve_length("sleeveless"),
        details("vest", "buttons"),
        Q.color("beige"),
        Q.garment_type("jacket", "contradiction"),
        describe("vest", "Describe the vest. the vest is a vest", "restated"),
        title="Styli Women Beige Linen Blend Waistcoat with Trousers Co-Ord Set",
        category="Co-Ords",
        gender="Women",
    ),
    # photo: multicolour (orange, blue, white) geometric-print A-line midi dress, short sleeves, round neck, black
    # belt; white backdrop. Caption base; spans by QA; material and describe by the VQA adapter.
    case(
        "X926-026",
        caption("a woman in a colorful dress with a black belt"),
        wearing("a colorful dress with a black belt"),
        Q.color("black", "contradiction"),
        Q.pattern("geometric"),
        color_of("dress", "colorful", kind="open"),
        Q.sleeve_length("short sleeves"),
        Q.material("silk", "unsupported"),
        details("dress", "black belt"),
        describe("dress", "a colorful dress Answer: a colorful dress with a black belt", "leak"),
        title="Mast & Harbour Women Multicoloured Geometric Print A-Line Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: rust-brown button-down crop shirt-top, long sleeves, cream trousers; white backdrop. Caption by the
    # caption adapter (loops); spans by QA; the open color by the VQA adapter (the trousers' cream as white).
    case(
        "X926-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("brown"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton fabric", "unsupported"),
        Q.pattern("solid"),
        details("shirt", "lapel neckline. The shirt is with cotton fabric. It has a lapel neckline", "loop"),
        title="FOREVER 21 Women Rust Brown Solid Crop Shirt Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: light-blue ditsy-floral smocked tiered mini dress, short puff sleeves, white sneakers; white backdrop.
    # Caption base; spans by QA; details by the VQA adapter (leaks).
    case(
        "X926-028",
        caption("a woman in a blue floral dress and white sneakers"),
        wearing("a blue floral dress and white sneakers"),
        Q.color("blue"),
        Q.pattern("floral"),
        details("dress", "ruffles Question: What is the length of the dress? Answer: short", "leak"),
        Q.sleeve_length("short sleeves"),
        is_a("skirt", "yes", "contradiction"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.material("cotton", "unsupported"),
        title="DressBerry Women Blue Floral Print Smocked Tiered Mini Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: red-and-black buffalo-check shirt-style top, long sleeves, worn open over a black t-shirt with black
    # jeans; white backdrop. Caption base; spans by QA; material by the VQA adapter (loops).
    case(
        "X926-029",
        caption("a woman wearing a red and black plaid shirt over a black t-shirt and black jeans"),
        wearing("a red and black plaid shirt over a black t-shirt and black jeans"),
        color_of("shirt", "red"),
        Q.pattern("checked"),
        Q.material(
            "The shirt is made of cotton and the jeans are made of denim. The shirt is made of cotton and the jeans "
            "are made of",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "over a black t-shirt"),
        describe("shirt", "a red and black striped shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Red & Black Checked Shirt Style Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: navy floral-print crop top (short sleeves) with matching floral shorts, tan flip-flops; white backdrop.
    # Caption base; spans by QA; shorts' details and material by the VQA adapter.
    case(
        "X926-030",
        caption("a woman in a blue floral top and shorts"),
        wearing("a blue floral top and shorts"),
        color_of("shorts", "blue"),
        color_of("top", "blue floral", kind="open"),
        Q.pattern("solid", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        Q.material("cotton", "unsupported"),
        title="Mast & Harbour Women Navy Blue Floral Print Top with Shorts",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle-green knitted turtleneck jumper dress, long sleeves, black tights, black ankle boots; grey
    # backdrop. Caption base; spans by QA (the tights' black); describe and details by the VQA adapter.
    case(
        "X926-031",
        caption("a woman in a green sweater dress and black tights"),
        wearing("a green sweater dress and black tights"),
        Q.material("knit"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("sweater", "contradiction"),
        describe("dress", "he is wearing a green sweater", "pronoun"),
        details("dress", "turtleneck"),
        title="Marks & Spencer Women Green Knitted Jumper Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: yellow-and-white vertical-striped sleeveless top with a front tie knot, blue denim shorts; white
    # backdrop. Caption base; spans by QA; details, material and describe by the VQA adapter. Row has no category.
    case(
        "X926-032",
        caption("a woman wearing a yellow and white striped top and denim shorts"),
        wearing("yellow and white striped top and denim shorts"),
        Q.pattern("striped"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        details("top", "What are the top details? the top", "restated"),
        Q.material("denim", "unsupported"),
        describe("top", "he is wearing a yellow and white striped top", "pronoun"),
        title="Berrylush Women Yellow & White Striped Tie-Up Top",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta ruched one-shoulder bodycon mini dress with a single long sleeve, silver heels, no ring; white
    # backdrop. Caption by the caption adapter (cut); spans by QA; the open color by the VQA adapter (loops).
    case(
        "X926-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a suspenders neckline. The dress is of short length. The lady wears a ring on her finger and there is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        details("dress", "a ring on her finger", "unsupported"),
        Q.pattern("solid"),
        title="SASSAFRAS Women Magenta Solid One Shoulder Bodycon Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: cream crochet-lace top with short sleeves over a nude camisole, light-blue flared jeans; white backdrop.
    # Caption base; spans by QA; open color and details by the VQA adapter.
    case(
        "X926-034",
        caption("a woman in a white lace top and jeans"),
        wearing("a white lace top and jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.material("lace"),
        Q.sleeve_length("short sleeves"),
        describe("top", "a white lace top"),
        is_a("t-shirt", "no"),
        details("top", "scalloped hem Question: What is the color of the jeans? Answer: blue", "leak"),
        title="ONLY Women Cream Crochet Lace Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: chocolate-brown ribbed sleeveless midi dress with a side slit, blue denim jacket over the shoulders,
    # white sneakers; white backdrop. Caption base; spans by QA; open color and details by the VQA adapter.
    case(
        "X926-035",
        caption("a woman wearing a brown dress and a denim jacket"),
        wearing("a brown dress and a denim jacket"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        Q.color("brown"),
        Q.material("denim", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "dress",
            "It is a brown ribbed dress with a high slit on the side, and a denim jacket is draped over her shoulders "
            "with the sleeves",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Brown Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: sea-green tiered babydoll top, square neck, short puff sleeves, white trousers, no jewellery; white
    # backdrop. Caption base (invents a necklace); spans by QA; describe by the VQA adapter.
    case(
        "X926-036",
        caption("a woman in a green top and white pants with a necklace", "unsupported"),
        wearing("a green top and white pants"),
        Q.color("green"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.garment_type("dress", "contradiction"),
        details("top", "a necklace", "unsupported"),
        Q.sleeve_length("short sleeves"),
        describe("top", "the top is green"),
        Q.material("cotton", "unsupported"),
        title="Harpa Women Sea Green Solid Babydoll Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black sequinned strappy crop top with matching sequinned flared trousers, silver heels; dark-grey
    # backdrop. Caption base; spans by QA; the pants' color, describe and details by the VQA adapter.
    case(
        "X926-037",
        caption("a woman in a black sequin top and pants"),
        wearing("a black sequin top and pants"),
        Q.material("sequins"),
        Q.sleeve_length("sleeveless"),
        color_of("pants", "silver", "other_garment_color", kind="open"),
        Q.color("silver", "contradiction"),
        describe(
            "top",
            "a black top with a black top and black pants and a black top and black pants and a black top and black",
            "loop",
            hit_limit=True,
        ),
        details("pants", "they are long", "non_answer"),
        title="ZIYAA Women Black Sequinned Crop Top with Palazzos Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton shirt dress with thin blue vertical stripes, collar, long sleeves rolled up, knee length,
    # white sneakers; white backdrop. Caption base; spans by QA; details by the VQA adapter (loops).
    case(
        "X926-038",
        caption("a woman in a blue and white striped shirt dress"),
        wearing("a blue and white striped shirt dress", who="she"),
        Q.pattern("striped"),
        Q.color("white"),
        Q.material("cotton"),
        details(
            "dress",
            "the dress details are blue and white stripes, a collar and buttons down the front. the dress details "
            "are blue and white stripes, a collar",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        describe("dress", "he is wearing a blue and white striped shirt dress", "pronoun"),
        title="Tokyo Talkies Women White & Blue Striped Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: grey-melange oversized t-shirt-style top with a small chest print, short sleeves, blue mom jeans,
    # sunglasses held in one hand; white backdrop. Caption base; spans by QA; material by the VQA adapter (leaks).
    case(
        "X926-039",
        caption("a woman in a grey t-shirt and jeans holding a pair of sunglasses"),
        wearing("a grey t-shirt and jeans"),
        color_of("top", "grey"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid", "contradiction"),
        Q.material(
            "polyester Question: What is the color of the jeans? Answer: blue Question: What is the color of the "
            "sunglasses? Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("top", "a grey t-shirt"),
        details("top", "a pocket on the chest and a zipper on the side", "unsupported"),
        title="Roadster Women Grey Melange Printed Oversized Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: peach floral georgette maxi dress, ruffled tiers, flutter sleeves, V-neck, nude heels; white backdrop.
    # Caption base; spans by QA; material, describe and details by the VQA adapter.
    case(
        "X926-040",
        caption("a woman in a pink floral maxi dress"),
        wearing("a pink floral maxi dress"),
        Q.color("pink"),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "Describe the dress. The dress is a dress.", "restated"),
        details("dress", "ruffles"),
        Q.pattern("striped", "contradiction"),
        title="Sangria Women Peach-Coloured Floral Printed Georgette Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: black wrap top with white polka dots, three-quarter sleeves, tucked into a red A-line skirt; white
    # backdrop. Caption base; spans by QA (the skirt's red); details and describe by the VQA adapter.
    case(
        "X926-041",
        caption("a woman in a black and white polka dot top and red skirt"),
        wearing("a black and white polka dot top and red skirt"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.pattern("polka dot"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("skirt", "yes", "contradiction"),
        details("top", "a tie at the waist"),
        Q.material("", "non_answer"),
        describe("top", "What is the top? It is a top.", "restated"),
        title="Athena Women Black & White Polka Dot Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: indigo block-printed cotton shirt (short sleeves) with matching shorts, white sandals, no bracelet;
    # white backdrop. Caption by the caption adapter ("his", cut); spans by QA.
    case(
        "X926-042",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. His pants are with cotton fabric and graphic patterns. "
            "There is an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns"),
        Q.material("cotton"),
        color_of("shirt", "graphic patterns", "non_answer", kind="open"),
        Q.color("blue"),
        details("shorts", "an accessory on his", "cut"),
        Q.garment_type("co-ord set"),
        title="Jaipur Kurti Women Indigo Blue Printed Pure Cotton Shirt with Shorts",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: mauve pleated midi dress, long sheer sleeves, self-tie belt, nude heels; white backdrop. Caption base;
    # spans by QA; material and details by the VQA adapter. Row has no color.
    case(
        "X926-043",
        caption("a woman in a purple pleated dress with a belt"),
        wearing("a purple pleated dress with a belt"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "purple pleated dress"),
        color_of("dress", "beige", "other_garment_color", kind="open"),
        Q.material("wool", "unsupported"),
        details(
            "dress",
            "the dress has pleats all over the skirt, long sheer sleeves with elastic cuffs, a belt at the waist that "
            "ties into a bow at the",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Mauve Pleated Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: fuchsia satin bow-neck blouse-top with long puff sleeves, black trousers; white backdrop. Caption base
    # (calls the fuchsia red); spans by QA; describe by the VQA adapter.
    case(
        "X926-044",
        caption("a woman in a red blouse with a bow and black pants", "contradiction"),
        wearing("a red blouse with a bow and black pants", "contradiction"),
        Q.color("pink"),
        color_of("blouse", "red", "contradiction", kind="open"),
        Q.material("satin"),
        details("blouse", "a bow"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("blouse", "he is wearing a red blouse", "pronoun"),
        title="MANGO Women Fuchsia Pink Satin Bow Neck Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue denim sleeveless pinafore dress over a white short-sleeve t-shirt, white sneakers; white
    # backdrop. Caption by the caption adapter (loops); spans by QA; the open color by the VQA adapter.
    case(
        "X926-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a dress. The dress is with denim fabric. The dress is with denim "
            "fabric. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.material("denim"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.garment_type("t-shirt", "contradiction"),
        details("dress", "The dress is with denim fabric. The dress is with", "loop"),
        is_a("dress", "yes"),
        title="Roadster Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: navy peasant top with white embroidery at the neckline, three-quarter sleeves, white jeans; white
    # backdrop. Caption base; spans by QA (the jeans' white); material and describe by the VQA adapter.
    case(
        "X926-046",
        caption("a woman in a blue embroidered top and white jeans"),
        wearing("a blue embroidered top and white jeans"),
        Q.color("blue"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        details("top", "embroidered"),
        is_a("kurta", "yes", "contradiction"),
        Q.material("The top is made of cotton. Question: What is the color of the top? Answer: blue", "leak"),
        describe("top", "blue", "non_answer"),
        title="Global Desi Women Navy Blue Embroidered Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
]
