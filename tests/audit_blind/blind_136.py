"""BLIND_136 (44 products; the experiments re-run on a Myntra-style catalog of women's western wear): written blind
in the twenty-first session. Measured blind at 620e846: 126/140 failures found (90.0%) and 4/149 correct texts
flagged (2.7%). The writer's notes, verbatim:

Blind corpus 136: BLIP-2 OPT-2.7b outputs on a Myntra-style catalog of women's western wear.

Scenario: the original experiments' untuned base model (Salesforce/blip2-opt-2.7b) and their fine-tuned LoRA adapters
(caption adapter epoch 1 `Data2_V2_BLIP2_Finetune_Caption_First_Epoch`, caption adapter epoch 3
`Data2_V2_Blip2_Finetune_Caption`, VQA adapter `Data3_V3_BLIP2_VQA`) re-run on a marketplace catalog of women's
western wear: dresses, tops, shirts, jeans, skirts, jumpsuits, co-ord sets, shrugs and jackets, photographed on models
who wear them with other garments, on mannequins, on hangers and as flat packshots. Each product was asked enrich's
default questionnaire (DEFAULT_QUESTIONS), not always every question. Seller columns come from the marketplace:
gender ("Women"), article type (category=), base colour (color=) and product title (title=), a few of them missing.

Which system wrote which text (named again in the comment above every case):
- captions: the untuned base model (short "a woman in a ..." captions), or a caption adapter (DeepFashion-MultiModal
  template: "The lady wears a short-sleeve ... with pure color patterns. The ... is with cotton fabric ...").
- closed questions (garment_type, color, pattern, sleeve_length): the reference engine ranking candidate answers with
  the untuned base model; the answer is the chosen option, short ("dress", "navy blue", "solid").
- open questions (wearing, description, details, material): free generation, Greedy, `Question: ... Answer:` prompt,
  30 new tokens for answers and 50 for captions, by the base model or by one of the adapters as the comment says.

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py
(layout, makers, question sets, TARGETS). I read no audit code, no other corpus and no docs; the only thing I ran is an
import check of this module.

Label conventions and judgement calls:
- Every text is judged against the imagined photo described in the comment above its case, and against the product
  (the seller's article), not the other garments in the shot.
- cut: the text stops mid-phrase. hit_limit=True where it ran to the token limit (about 22-25 words for an answer,
  35-40 words for a caption); hit_limit=False where it stopped early mid-phrase.
- loop: a phrase or sentence repeated until the limit; loops that ran to the limit carry hit_limit=True too, but the
  label is loop. A template caption that repeats its first sentence once and is cut in the repeat is a loop.
- Adapter outputs never learned to stop, so most of them are loops or cuts; a few adapter texts end at a sentence end
  (the base model's newline still wins sometimes) and are judged on their content.
- non_answer: "no", "yes", "i don't know", "nothing", the bare garment name to a details question, or the caption
  template returned in place of the asked answer (material answered with "The lady wears ...").
- restated: the question's words back ("the details of the garment are the details of the dress", "the garment is
  a garment", a description that only repeats the garment type).
- contradiction: a garment type or color for the product that the photo, the other texts or the seller contradict
  (jumpsuit called "shirt and pants", denim skirt called "jean shorts", the dots' white as the color of a navy dress,
  the pattern of the other garment). other_garment_color: the product given the color of another garment in the
  photo (the jeans' blue for a mustard top, the white tee under a denim jacket).
- Near-color synonyms are correct: navy blue -> blue / dark blue, off white -> white / cream, maroon -> red /
  burgundy, mustard -> yellow, olive -> green, teal -> green or blue (both in one product is still correct),
  rust -> orange / brown, lavender -> purple, charcoal -> grey, beige -> tan / khaki, peach -> light pink.
- A background, a hat, boots or an underlayer named in a caption or a wearing answer is correct when it is in the
  photo. "cardigan" for a shrug, "romper" for a playsuit, "kimono" for a kimono shrug, "overalls" for dungarees,
  "tank top" for a camisole, "t-shirt" for a t-shirt style top are correct.
- material: a guess that matches how the fabric looks (denim, satin, knit, cotton, chiffon, leather for faux leather)
  is correct; fibre percentages, care instructions, sizes, brands or prints that cannot be seen are unsupported.
- unsupported: details the photo does not show (pockets, zips, hoods, slogans, labels, a back that is not visible).
- pronoun: "he", "his", "a man", "the gentleman" for a woman model, or for a women's garment on a mannequin or
  hanger with no person.
- Each failing text carries one label, its main failure, even where a second one is also present (a template that
  invents pants and is cut at the limit is labelled cut).
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case

W = "Women"

BLIND_136: list[Case] = [
    # 1. Navy blue solid A-line dress on a model, white studio wall, white sneakers, short sleeves, knee length.
    # caption, wearing, closed answers: base. description, details, material: caption adapter epoch 3.
    case(
        "MYN-DR-1001",
        caption("a woman in a navy blue dress standing in front of a white wall"),
        D.wearing("a blue dress and white sneakers"),
        D.garment_type("dress"),
        D.color("navy blue"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "It has a round neckline. The lady wears a short-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "it has a round neckline and short sleeves, the dress is with cotton fabric and it has a round "
            "neckline and short sleeves, the dress",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric and its neckline is round. It has short sleeves and the dress is of "
            "knee length. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Roadster Women Navy Blue Solid A-Line Dress",
    ),
    # 2. Mustard yellow plain top tucked into mid-blue jeans, model, grey backdrop, short sleeves, no buttons.
    # caption, wearing, details, material, closed: base. description: VQA adapter.
    case(
        "MYN-TP-1002",
        caption("a woman wearing a yellow top and blue jeans"),
        D.wearing("a yellow shirt and jeans"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.description(
            "the top is yellow the top is yellow the top is yellow the top is yellow the top is yellow the top is",
            "loop",
            hit_limit=True,
        ),
        D.details("it has buttons down the front and a pocket on the chest", "unsupported"),
        D.material("i'm not sure", "non_answer"),
        gender=W,
        category="Tops",
        color="Mustard",
        title="HERE&NOW Women Mustard Yellow Solid Regular Top",
    ),
    # 3. Blue skinny jeans, flat packshot on a white background, no person.
    # caption, wearing, closed, material: base. description: caption adapter epoch 1. details: VQA adapter.
    case(
        "MYN-JN-1003",
        caption("a pair of blue jeans on a white background"),
        D.wearing("jeans"),
        D.garment_type("jeans"),
        D.description(
            "The pants this lady wears is of long length. The pants are with denim fabric and solid color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("Question: What are the details of the garment? Answer: the jeans have five pockets", "leak"),
        D.material("denim"),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 4. Black pleated midi skirt on a model with a white t-shirt tucked in, white sneakers.
    # caption: caption adapter epoch 3. wearing, description, material, closed: base.
    case(
        "MYN-SK-1004",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is "
            "with cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a black skirt"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        D.description("a black pleated skirt"),
        D.material("cotton, made in india", "unsupported"),
        gender=W,
        category="Skirts",
        color="Black",
        title="SASSAFRAS Women Black Solid Pleated Midi Skirt",
    ),
    # 5. Olive green short-sleeve utility jumpsuit with a self belt, woman model, white studio.
    # caption, wearing, details, closed: base. description: caption adapter epoch 3.
    case(
        "MYN-JS-1005",
        caption("a man in a green jumpsuit posing for a picture", "pronoun"),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric.",
            "contradiction",
        ),
        D.details("it has a belt at the waist"),
        gender=W,
        category="Jumpsuit",
        color="Olive",
        title="Harpa Women Olive Green Solid Basic Jumpsuit",
    ),
    # 6. Co-ord set: peach shirt with green leaf-and-flower print, matching shorts, on a model.
    # caption, description, material, closed: base. wearing: VQA adapter. details: caption adapter epoch 1.
    case(
        "MYN-CO-1006",
        caption("a woman wearing a floral shirt and matching shorts"),
        D.wearing(
            "shirt, shorts, shirt, shorts, shirt, shorts, shirt, shorts, shirt, shorts, shirt, shorts, shirt, "
            "shorts, shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("light pink"),
        D.pattern("floral"),
        D.description("the garment is a floral garment", "restated"),
        D.details(
            "The shirt has floral patterns. The shorts are with cotton fabric and floral patterns. The lady "
            "wears a short-sleeve shirt with floral",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender=W,
        category="Co-Ords",
        color="Peach",
        title="Berrylush Women Peach-Coloured & Green Floral Printed Shirt with Shorts Co-Ords",
    ),
    # 7. White solid long-sleeve shirt on a woman model with black trousers, light grey backdrop.
    # caption, wearing, description, closed: base. details: caption adapter epoch 3.
    case(
        "MYN-SH-1007",
        caption("a woman in a white shirt and black pants"),
        D.wearing("grey shirt and grey pants", "contradiction"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("he is wearing a white shirt with a collar", "pronoun"),
        D.details(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="White",
        title="Mast & Harbour Women White Solid Casual Shirt",
    ),
    # 8. White open-front crochet shrug, three-quarter sleeves, worn over a black slip dress, model.
    # caption, wearing, details, closed: base. description: caption adapter epoch 3.
    case(
        "MYN-SG-1008",
        caption("a woman wearing a black dress and a white cardigan"),
        D.wearing("a white crochet shrug over a black dress"),
        D.garment_type("dress", "contradiction"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "The lady wears a long-sleeve cardigan with lattice patterns and a long dress. The cardigan is with "
            "knitting fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("open front with crochet lace"),
        gender=W,
        category="Shrug",
        color="White",
        title="Tokyo Talkies Women White Open Front Crochet Shrug",
    ),
    # 9. Light blue washed denim jacket with metal buttons, no hood, over a white t-shirt and black jeans, model.
    # caption, details, closed, material: base. wearing, description: VQA adapter.
    case(
        "MYN-JK-1009",
        caption("a woman wearing a denim jacket and a white t-shirt"),
        D.wearing(
            "a white t-shirt and a denim jacket and black jeans, the t-shirt is white, the jacket is blue and the "
            "jeans are black, the",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.description(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a hood and a zipper", "unsupported"),
        D.material("denim"),
        gender=W,
        category="Jackets",
        color="Blue",
        title="Roadster Women Blue Washed Denim Jacket",
    ),
    # 10. Maroon sleeveless bodycon midi dress on a dress form (mannequin), grey backdrop, no person.
    # caption, wearing, description, material, closed: base. details: VQA adapter.
    case(
        "MYN-DR-1010",
        caption("a red dress on a mannequin"),
        D.wearing("a dress"),
        D.color("maroon"),
        D.sleeve_length("sleeveless"),
        D.description("a dark red bodycon dress with a round neckline"),
        D.material("95% polyester 5% spandex", "unsupported"),
        D.details(
            "red Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Dresses",
        color="Maroon",
        title="Dressberry Women Maroon Solid Bodycon Dress",
    ),
    # 11. Black and white horizontal striped long-sleeve top, model with white jeans.
    # wearing: VQA adapter. all other texts: base.
    case(
        "MYN-TP-1011",
        caption("a woman in a black and white striped shirt"),
        D.wearing(
            "a black and white striped shirt and white pants, the shirt is black and white and the pants are white "
            "and the shirt has",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("striped"),
        D.description("a black and white striped top"),
        D.details("the details of the garment are the details of the top", "restated"),
        D.material("the garment is made of the garment", "restated"),
        gender=W,
        category="Tops",
        color="Black",
        title="Tokyo Talkies Women Black & White Striped Top",
    ),
    # 12. Black high-rise mom jeans on a model with a cream sweater tucked in. Gender column missing.
    # caption: caption adapter epoch 3. wearing, description, material, closed: base. details: caption adapter epoch 1.
    case(
        "MYN-JN-1012",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns and a long denim pants. The "
            "sweater is with knitting fabric and its neckline is round. The pants are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and black jeans"),
        D.color("white", "other_garment_color"),
        D.description("the jeans are a pair of jeans", "restated"),
        D.material("yes", "non_answer"),
        D.details(
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and "
            "solid color patterns. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        category="Jeans",
        color="Black",
        title="DOLCE CRUDO Women Black Mom Fit High-Rise Jeans",
    ),
    # 13. Yellow wrap mini skirt with small blue flowers and a side tie, flat packshot on white, no label visible.
    # caption, wearing, details, closed, material: base. description: VQA adapter.
    case(
        "MYN-SK-1013",
        caption("a yellow skirt with blue flowers on it"),
        D.wearing("a skirt"),
        D.pattern("floral"),
        D.description("Question: Describe the garment. Answer: a yellow skirt", "leak"),
        D.details("it has a tie on the side"),
        D.material("100% cotton, machine wash cold", "unsupported"),
        gender=W,
        category="Skirts",
        color="Yellow",
        title="Berrylush Women Yellow & Blue Floral Printed Wrap Mini Skirt",
    ),
    # 14. Sky blue oversized long-sleeve shirt, chest pocket, on a woman model with white shorts.
    # caption: caption adapter epoch 1. wearing, description, closed: base. details: VQA adapter. material: caption
    # adapter epoch 3.
    case(
        "MYN-SH-1014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with "
            "cotton fabric and its neckline is lapel.",
            "pronoun",
        ),
        D.wearing("a blue shirt and white shorts"),
        D.color("light blue"),
        D.sleeve_length("long sleeves"),
        D.description("she is wearing a light blue button down shirt"),
        D.details("yes", "non_answer"),
        D.material(
            "The shirt is with cotton fabric and its neckline is lapel. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Shirts",
        color="Blue",
        title="Roadster Women Blue Oversized Casual Shirt",
    ),
    # 15. Black sleeveless wide-leg jumpsuit, woman model in red heels, white backdrop.
    # caption, description, details, closed: base. wearing: VQA adapter.
    case(
        "MYN-JS-1015",
        caption("a woman in a black jumpsuit and red shoes"),
        D.wearing(
            "black jumpsuit black jumpsuit black jumpsuit black jumpsuit black jumpsuit black jumpsuit black "
            "jumpsuit black jumpsuit black",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.color("red", "other_garment_color"),
        D.description("a black jumpsuit with wide legs"),
        D.details("a black jumpsuit", "restated"),
        gender=W,
        category="Jumpsuit",
        color="Black",
        title="SASSAFRAS Women Black Solid Basic Jumpsuit",
    ),
    # 16. Lavender knit co-ord: short-sleeve crop top and flared trousers, model.
    # caption, closed, material: base. wearing: VQA adapter. description, details: caption adapter epoch 3.
    case(
        "MYN-CO-1016",
        caption("a woman in a purple top and pants"),
        D.wearing(
            "a purple top and purple pants, the top is short sleeve and the pants are long, the top is purple and the",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with knitting fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with knitting fabric and its neckline is round. The pants are with knitting fabric. "
            "The T-shirt is with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("knit"),
        gender=W,
        category="Co-Ords",
        color="Lavender",
        title="Kotty Women Lavender Solid Top with Trousers Co-Ord Set",
    ),
    # 17. White peplum top with white-on-white embroidery and flutter sleeves, model with blue jeans, white wall.
    # Gender column missing. wearing: VQA adapter. all other texts: base (background named in the caption).
    case(
        "MYN-TP-1017",
        caption("a woman in a white top standing in front of a white wall"),
        D.wearing(
            "a white shirt and jeans Question: What type of garment is this? Answer: a shirt Question: What",
            "leak",
            hit_limit=True,
        ),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description("a white top with embroidery"),
        D.details("it has a ruffle at the bottom and embroidery on the front"),
        D.material("there is a tag on the back that says 100% cotton", "unsupported"),
        category="Tops",
        color="White",
        title="Vishudh Women White Embroidered Peplum Top",
    ),
    # 18. Teal short-sleeve wrap midi dress, woman model standing in a garden, only the front visible.
    # caption, wearing, details, closed: base. description: caption adapter epoch 1.
    case(
        "MYN-DR-1018",
        caption("a woman in a green dress standing in a garden"),
        D.wearing("a blue dress"),
        D.color("teal"),
        D.description(
            "This woman wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric "
            "and its neckline is v-shape. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.details("the dress has a slit on the side and a zipper on the back", "unsupported"),
        gender=W,
        category="Dresses",
        color="Teal",
        title="Athena Women Teal Solid Wrap Dress",
    ),
    # 19. Black faux-leather biker jacket on a hanger against a white wall, no person; zip and two zip pockets.
    # caption, wearing, details, closed, material: base. description: VQA adapter.
    case(
        "MYN-JK-1019",
        caption("a black leather jacket hanging on a white wall"),
        D.wearing("he is wearing a black leather jacket", "pronoun"),
        D.garment_type("jacket"),
        D.description(
            "the jacket is black and the jacket is black and the jacket is black and the jacket is black and "
            "the jacket",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a zipper and two pockets"),
        D.material("leather"),
        gender=W,
        category="Jackets",
        color="Black",
        title="Roadster Women Black Solid Biker Jacket",
    ),
    # 20. Blue denim A-line mini skirt on a model with a pink short-sleeve top.
    # caption, wearing, description, closed: base. details: caption adapter epoch 3.
    case(
        "MYN-SK-1020",
        caption("a woman wearing a pink shirt and a denim skirt"),
        D.wearing("pink shirt and jean shorts", "contradiction"),
        D.color("pink", "other_garment_color"),
        D.description("a blue denim skirt"),
        D.details(
            "The skirt is with denim fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender=W,
        category="Skirts",
        color="Blue",
        title="Roadster Women Blue Denim Mini A-Line Skirt",
    ),
    # 21. Red and black checked flannel shirt worn open over a black tank top, model.
    # caption: caption adapter epoch 1. wearing, closed, material: base. description: caption adapter epoch 3.
    # details: VQA adapter.
    case(
        "MYN-SH-1021",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a sleeveless tank top. The shirt is with "
            "cotton fabric and its neckline is lapel. The tank top is with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a plaid shirt and a black tank top"),
        D.pattern("checked"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("Answer: plaid", "leak"),
        D.material("flannel"),
        gender=W,
        category="Shirts",
        color="Red",
        title="HIGHLANDER Women Red & Black Checked Casual Shirt",
    ),
    # 22. Off-white sleeveless tiered maxi dress, no pockets, woman model walking on a beach.
    # all texts: base.
    case(
        "MYN-DR-1022",
        caption("a woman in a white dress walking on the beach"),
        D.wearing("white dress"),
        D.color("cream"),
        D.sleeve_length("sleeveless"),
        D.description("a long white dress with ruffles"),
        D.details("the dress has a pocket on the front", "unsupported"),
        D.material("no", "non_answer"),
        gender=W,
        category="Dresses",
        color="Off White",
        title="Sassafras Women Off-White Tiered Maxi Dress",
    ),
    # 23. Rust ribbed short-sleeve crop top, woman model with beige trousers.
    # caption, wearing, details, material, closed: base. description: VQA adapter.
    case(
        "MYN-TP-1023",
        caption("a man in an orange shirt and khaki pants", "pronoun"),
        D.wearing("orange top and beige pants"),
        D.color("rust"),
        D.description(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        D.details("it is ribbed and cropped at the waist"),
        D.material("it is made of cotton and has a brand tag on the neck", "unsupported"),
        gender=W,
        category="Tops",
        color="Rust",
        title="Roadster Women Rust Ribbed Crop Top",
    ),
    # 24. Light blue boyfriend jeans with ripped knees on a woman model with a white shirt.
    # caption, wearing, details, closed: base. description: caption adapter epoch 1. material: VQA adapter.
    case(
        "MYN-JN-1024",
        caption("a woman in ripped jeans and a white shirt"),
        D.wearing("he's wearing jeans and a white shirt", "pronoun"),
        D.color("light blue"),
        D.description(
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("the jeans have holes in the knees"),
        D.material(
            "denim Question: What is the pattern of the garment? Answer: solid Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="Blue",
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Mildly Distressed Jeans",
    ),
    # 25. Black longline open-front shrug (no pockets) over a white top and blue jeans, model.
    # caption, description, details, closed: base. wearing, material: VQA adapter.
    case(
        "MYN-SG-1025",
        caption("a woman wearing a black cardigan over a white shirt and jeans"),
        D.wearing(
            "a black cardigan, a white shirt and a pair of blue jeans, the cardigan is black, the shirt is "
            "white and the jeans are",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("cardigan"),
        D.color("white", "other_garment_color"),
        D.description("the cardigan is a cardigan", "restated"),
        D.material(
            "knit Question: What is the color of the garment? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details("it has pockets on the sides", "unsupported"),
        gender=W,
        category="Shrug",
        color="Black",
        title="Tokyo Talkies Women Black Solid Longline Open Front Shrug",
    ),
    # 26. Navy blue fit-and-flare dress with white polka dots, short sleeves, woman model.
    # caption, wearing, details, closed, material: base. description: caption adapter epoch 3.
    case(
        "MYN-DR-1026",
        caption("a woman in a blue dress with white polka dots"),
        D.wearing("he is wearing a blue and white polka dot dress", "pronoun"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.description(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and "
            "its neckline is round. The lady wears a short-sleeve dress",
            "loop",
            hit_limit=True,
        ),
        D.details("white polka dots all over"),
        D.material("he is wearing a dress made of cotton", "pronoun"),
        gender=W,
        category="Dresses",
        color="Navy Blue",
        title="Harpa Women Navy Blue & White Polka Dot Print Fit and Flare Dress",
    ),
    # 27. Green satin camisole laid flat on a beige background, no person, thin straps, v-neck.
    # caption, wearing, closed, material: base. description: caption adapter epoch 3. details: VQA adapter.
    case(
        "MYN-TP-1027",
        caption("a green satin camisole on a beige background"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with satin fabric "
            "and its neckline is v-shape. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("no", "non_answer"),
        D.material("silk"),
        gender=W,
        category="Tops",
        color="Green",
        title="Mango Women Green Satin Camisole",
    ),
    # 28. Black and white houndstooth blazer with buttons and matching mini skirt, model. Base colour missing.
    # caption, wearing, details, closed: base. description, material: VQA adapter.
    case(
        "MYN-CO-1028",
        caption("a woman in a black and white checkered suit"),
        D.wearing("a blazer and a skirt"),
        D.color("grey", "contradiction"),
        D.pattern("checked"),
        D.description(
            "a jacket and a skirt Question: What are the details of the garment? Answer: a jacket and a skirt "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("the jacket has buttons on the front"),
        D.material(
            "the jacket is made of wool and the skirt is made of wool and the jacket has buttons on the front and "
            "the skirt has a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Co-Ords",
        title="SASSAFRAS Women Black & White Houndstooth Blazer with Skirt Co-Ords",
    ),
    # 29. Blue denim dungarees (sleeveless straps, front bib pocket, buckles) over a white short-sleeve tee, model.
    # caption, wearing, details, closed: base. description: caption adapter epoch 1. material: VQA adapter.
    case(
        "MYN-JS-1029",
        caption("a woman in denim overalls and a white t-shirt"),
        D.wearing("overalls"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a denim shorts. The T-shirt is "
            "with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a pocket on the front and buckles on the straps"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="Blue",
        title="Roadster Women Blue Denim Dungarees",
    ),
    # 30. Pink and white striped long-sleeve formal shirt, woman model with a navy pencil skirt.
    # caption, description, details, closed: base. wearing: VQA adapter.
    case(
        "MYN-SH-1030",
        caption("a woman in a pink striped shirt and a blue skirt"),
        D.wearing(
            "a shirt and a skirt and a shirt and a skirt and a shirt and a skirt and a shirt and a skirt and a "
            "shirt and a",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.description("a pink and white striped button down shirt"),
        D.color("blue", "other_garment_color"),
        D.details("the shirt is blue with white stripes", "other_garment_color"),
        gender=W,
        category="Shirts",
        color="Pink",
        title="Van Heusen Woman Pink & White Striped Formal Shirt",
    ),
    # 31. Yellow floral sundress with spaghetti straps, woman model with a straw hat. Gender and title missing.
    # caption, wearing, closed, material (stopped early): base. description: caption adapter epoch 3. details: VQA
    # adapter.
    case(
        "MYN-DR-1031",
        caption("a woman in a yellow floral dress and a straw hat"),
        D.wearing("a sundress and a hat"),
        D.color("yellow"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.pattern("floral"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        D.material("the dress is made of", "cut"),
        category="Dresses",
        color="Yellow",
    ),
    # 32. Navy blue short-sleeve top with a white lace yoke, woman model with white jeans.
    # caption: caption adapter epoch 3. wearing, description, details, closed: base. material: base.
    case(
        "MYN-TP-1032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and white jeans"),
        D.color("white", "contradiction"),
        D.description("a navy blue top with lace"),
        D.details("white lace on the shoulders"),
        D.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        gender=W,
        category="Tops",
        color="Navy Blue",
        title="Harpa Women Navy Blue Lace Insert Top",
    ),
    # 33. Beige belted trench coat over a black top and black jeans, woman model.
    # caption, wearing, description, material, closed: base. details: caption adapter epoch 3.
    case(
        "MYN-JK-1033",
        caption("a woman in a tan trench coat"),
        D.wearing("he is wearing a trench coat", "pronoun"),
        D.garment_type("coat"),
        D.color("khaki"),
        D.description("a black trench coat with a belt", "other_garment_color"),
        D.details(
            "The coat is with cotton fabric and its neckline is lapel. It has long sleeves. The coat is with "
            "cotton fabric and its neckline is lapel. It",
            "loop",
            hit_limit=True,
        ),
        D.material("100% cotton gabardine with a lining", "unsupported"),
        gender=W,
        category="Jackets",
        color="Beige",
        title="Mast & Harbour Women Beige Solid Trench Coat",
    ),
    # 34. Olive green satin slip midi skirt with elastic waist, flat packshot on white.
    # caption, details, closed, material: base. description: VQA adapter.
    case(
        "MYN-SK-1034",
        caption("a green skirt on a white background"),
        D.garment_type("dress", "contradiction"),
        D.color("olive"),
        D.description(
            "the skirt is green Question: What is the pattern of the garment? Answer: solid Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.details("it has an elastic waistband"),
        D.material("satin"),
        gender=W,
        category="Skirts",
        color="Olive",
        title="Mango Women Olive Green Satin Midi Slip Skirt",
    ),
    # 35. Black long-sleeve sequinned bodycon party dress, woman model, dark background.
    # caption, wearing, details, closed, material: base. description: caption adapter epoch 3 (stopped early).
    case(
        "MYN-DR-1035",
        caption("a woman in a black sequin dress"),
        D.wearing("a black dress with silver sequins, black high heels and a black clutch", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.description("The lady wears a long-sleeve dress with pure color patterns. The dress is with", "cut"),
        D.details("it has sequins all over"),
        D.material("i don't know", "non_answer"),
        gender=W,
        category="Dresses",
        color="Black",
        title="Athena Women Black Embellished Sequinned Bodycon Dress",
    ),
    # 36. White t-shirt style top with a small pink flower graphic (no words), model with a black skirt.
    # Gender column missing. caption, details, material, closed: base. wearing: VQA adapter. description: caption
    # adapter epoch 3.
    case(
        "MYN-TP-1036",
        caption("a woman wearing a white t-shirt with a picture on it"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.details("it says love yourself on the front", "unsupported"),
        D.wearing("Question: What is the person wearing? Answer: t-shirt", "leak"),
        D.material("unknown", "non_answer"),
        category="Tops",
        color="White",
        title="Roadster Women White Printed Round Neck T-shirt Style Top",
    ),
    # 37. White straight-fit jeans on a woman model with a blue and white striped tee.
    # material: VQA adapter. all other texts: base.
    case(
        "MYN-JN-1037",
        caption("a woman wearing white jeans and a striped shirt"),
        D.wearing("a blue and white striped shirt and white pants"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.description("a pair of white jeans"),
        D.details("they are jeans", "non_answer"),
        D.material(
            "denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim, denim",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Jeans",
        color="White",
        title="Mango Women White Straight Fit Jeans",
    ),
    # 38. Olive green long-sleeve utility shirt with two flap chest pockets, folded packshot on white, no person.
    # caption: caption adapter epoch 1 (stopped at a sentence end). wearing, description, details, closed: base.
    case(
        "MYN-SH-1038",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel.",
            "pronoun",
        ),
        D.wearing("nothing", "non_answer"),
        D.color("green"),
        D.description("the shirt is a green shirt", "restated"),
        D.details("two chest pockets with flaps"),
        D.material("the material of the garment is the material", "restated"),
        gender=W,
        category="Shirts",
        color="Olive",
        title="Roadster Women Olive Green Utility Casual Shirt",
    ),
    # 39. Red and white gingham A-line dress with puff sleeves and a square neck, woman model.
    # caption, details, closed, material: base. wearing: VQA adapter. description: caption adapter epoch 3.
    case(
        "MYN-DR-1039",
        caption("a woman in a red and white checkered dress"),
        D.wearing("Answer: dress", "leak"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.pattern("checked"),
        D.description(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is square. The",
            "cut",
            hit_limit=True,
        ),
        D.details("puffed sleeves and a square neckline"),
        D.material("he is wearing a cotton dress", "pronoun"),
        gender=W,
        category="Dresses",
        color="Red",
        title="Berrylush Women Red & White Checked A-Line Dress",
    ),
    # 40. Pink floral sheer kimono shrug over a white tank top and denim shorts, woman model.
    # caption, wearing, details, closed, material: base. description: VQA adapter.
    case(
        "MYN-SG-1040",
        caption("a woman wearing a pink floral kimono over a white tank top"),
        D.wearing("a kimono and shorts"),
        D.garment_type("tank top", "contradiction"),
        D.color("pink"),
        D.description(
            "pink floral kimono pink floral kimono pink floral kimono pink floral kimono pink floral kimono pink",
            "loop",
            hit_limit=True,
        ),
        D.details("it is white and sheer", "other_garment_color"),
        D.material("chiffon"),
        gender=W,
        category="Shrug",
        color="Pink",
        title="Cottinfab Women Pink Floral Printed Kimono Shrug",
    ),
    # 41. Charcoal grey ribbed turtleneck jumper dress, woman model with black knee boots.
    # caption, wearing, details (stopped early), material, closed: base. description: caption adapter epoch 3.
    case(
        "MYN-DR-1041",
        caption("a woman in a grey sweater dress and black boots"),
        D.wearing("a grey sweater dress and boots"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and its neckline is turtleneck. The lady wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a turtleneck and", "cut"),
        D.material("wool, dry clean only", "unsupported"),
        gender=W,
        category="Dresses",
        color="Charcoal",
        title="Marks & Spencer Women Charcoal Grey Ribbed Jumper Dress",
    ),
    # 42. Blue long-sleeve off-the-shoulder (bardot) top with smocking, woman model with jeans. Title missing.
    # caption, wearing, details, closed: base. description: VQA adapter. material: caption adapter epoch 3.
    case(
        "MYN-TP-1042",
        caption("a woman in a blue off the shoulder top"),
        D.wearing("a blue off shoulder top and jeans"),
        D.sleeve_length("long sleeves"),
        D.description(
            "the top is blue and the top is blue and the top is blue and the top is blue and the top is blue",
            "loop",
            hit_limit=True,
        ),
        D.details("it is a top", "non_answer"),
        D.material("The lady wears a long-sleeve shirt with pure color patterns.", "non_answer"),
        gender=W,
        category="Tops",
        color="Blue",
    ),
    # 43. Orange hooded puffer jacket, packshot on white, no person.
    # caption, wearing, details, closed, material: base. description: caption adapter epoch 1.
    case(
        "MYN-JK-1043",
        caption("an orange puffer jacket on a white background"),
        D.wearing("a jacket"),
        D.color("orange"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a hood and a zipper"),
        D.material("the material is the material of the jacket", "restated"),
        gender=W,
        category="Jackets",
        color="Orange",
        title="Roadster Women Orange Solid Padded Jacket",
    ),
    # 44. White schiffli-embroidered short-sleeve playsuit, sold with a brown belt, woman model.
    # caption: caption adapter epoch 3. wearing, description, details, closed: base. material: caption adapter
    # epoch 1.
    case(
        "MYN-JS-1044",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and "
            "its neckline is v-shape. There is an accessory on her waist. The lady wears a short-sleeve romper",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white romper with a brown belt"),
        D.garment_type("romper"),
        D.color("white"),
        D.description("the romper is a romper", "restated"),
        D.details("it has a brown belt at the waist"),
        D.material(
            "The romper is with cotton fabric and its neckline is v-shape. There is an accessory on her waist. "
            "The romper is of short",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Jumpsuit",
        color="White",
        title="Tokyo Talkies Women White Schiffli Playsuit",
    ),
]
