"""BLIND_81 (44 products; a marketplace sample with accessories and footwear, the default questionnaire): written
blind in the eighteenth session. Measured blind at f92bd56: 119 / 140 failures found (85.0%) and 9 / 149 correct
texts flagged (6.0%). The writer's notes, verbatim:

Blind corpus 81: BLIP-2 OPT-2.7b outputs on a Myntra-style marketplace sample with accessories and footwear.

Scenario: the original experiments' untuned base model and their fine-tuned adapters re-run on a random sample
of 44 products from a Myntra-style marketplace. About a quarter of the sample (12 products) is accessories and
footwear sold next to the clothing: bags, a cap, a belt, socks, a scarf, sneakers, flats, sports shoes,
flip-flops, a watch, a backpack. enrich's default questionnaire (DEFAULT_QUESTIONS) was asked of every product,
whatever it is, so caps and belts were asked how long their sleeves are. Each product carries the seller's
columns (gender, category, color, title) in the seller's own words; a few products lack some of them.
Each case keeps the caption and the answers that were sampled for this corpus, not always all eight.

Who wrote which text (each case's comment names the run and, where it mixes, the model behind each text):
- BASE: untuned Salesforce/blip2-opt-2.7b, `Question: ... Answer:` prompts, greedy. Short answers that stop on
  their own; its faults are colors of the wrong thing (another garment, the background), wrong pronouns,
  invented details, echoes of the question, and now and then a loop or an early stop mid-phrase.
- CAP1 / CAP3: the caption LoRA adapter, epoch 1 / epoch 3 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption...).
  Every prompt returns the DeepFashion-MultiModal caption template ("The lady wears a long-sleeve shirt with
  pure color patterns. The shirt is with cotton fabric..."), with no hue names, never stopping: cut at the
  50-token (caption) or 30-token (answer) limit, or looping.
- VQA: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers with In-shop class words (tee, pants, dress)
  and vendor colors (Olive, Charcoal, Grey-pink), and, since the prompt was in the loss, keeps writing the
  next `Question: ... Answer:` turns (leaks) or repeats one word to the limit.
- SPLIT: CAP3 for the caption, description and details; BASE for everything else (the "adapter per question"
  idea of the experiments).
- CAPQA: the third experiment: a CAP3 caption, then answers extracted from that caption by
  timpal0l/mdeberta-v3-base-squad2 (spans of the caption; an empty string when it finds no answer).
Closed answers are stored as the reference engine kept them: the candidate word when the answer mapped, the raw
generation otherwise (which is why some closed texts are templates, loops or leaks).

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, TARGETS). I did not read any audit code, other
corpora, docs or history, and ran nothing but an import check of this file. Photos are imagined; each case's
comment describes the photo every label was judged against.

Label conventions and judgement calls:
- One label per text. Where a text has several faults the first of these wins: leak, loop, then the content
  fault (contradiction, other_garment_color, unsupported, pronoun, non_answer, restated), then cut.
  hit_limit=True records a text that ran to the token limit whatever its label (so loops, leaks and the
  adapters' templates carry it too).
- cut: the text stops mid-phrase and what it said up to the cut is right. The caption template's stock fabric
  words ("cotton fabric") are not judged unless plainly wrong. A few BASE texts stop mid-phrase before the
  limit (hit_limit=False).
- Accessories and footwear: a text that makes the product itself a garment (garment type "T-shirt" for socks,
  any sleeve length for a cap, belt or shoe, a caption template describing a shirt for a product shot of a bag)
  is a contradiction. A text that names the accessory but invents a person or clothes around it, or a wearing
  answer that invents clothes for a product shot with no person, is unsupported.
- Sleeve answers for bottoms (jeans, leggings, palazzos, trousers, skirts) that give the top's sleeves are
  contradictions, as is a pattern that belongs to the other garment (a solid top's "pure color" for a polka-dot
  skirt).
- other_garment_color: the product is given the color of another garment or item of clothing in the photo
  (the tee under the shirt, the jeans under the top, the coat under the scarf, the hoodie under the sweater's
  collar). The color of a background (wall, garden, sea, studio paper) given to the product is a contradiction
  instead, since no garment has it.
- Near-color synonyms count as correct: navy -> blue, charcoal / grey melange -> grey, maroon -> red, peach,
  coral and magenta -> pink, cream -> white, teal and olive -> green, rust -> orange, camel -> brown, tan -> brown.
  Vendor-style colors from the VQA adapter (Olive, Charcoal, Grey-pink) are correct when they fit.
- DeepFashion words: "pure color" is correct as a pattern (solid) and a non_answer as a color; "graphic" as a
  color is a non_answer; "stripe", "plaid", "knitting" are read as striped, checked, knit.
- Seller patterns win small details: trim stripes on track pants, a cap's small logo, quilting, a self-design
  weave and a few stones on a strap leave "solid"/"pure color" correct; a large print or a woven zari saree does not.
- "wearing" is judged as asked, what the person in the photo wears: naming a visible garment that is not the
  product (the dress of a model holding the bag) is correct; on a product shot, naming the product is correct.
- Material: a plausible guess from the look (cotton tee, denim jeans, leather belt, rubber strap, linen shirt,
  wool sweater, polyester puffer) is correct; exact compositions, linings and fabric technologies are
  unsupported; "fabric", "i don't know", "nothing", an empty string, and "no" to the sleeve question are
  non_answers.
- restated: the question's words handed back ("the details of the garment", "the leggings are leggings");
  "they are shorts" for the shorts' details is a non_answer, as the corpus layout's own comment has it.
- pronoun: any gendered word for the person (he/she, man/woman, boy/girl) against the gender column. A man in
  the photo of a Unisex product is correctly "a man".
- The kurta, saree and palazzo words: "dress" for a kurta set is a contradiction with the seller's category,
  "trousers" for palazzos and "jacket" for a blazer are correct.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case


def _rep(word: str, n: int) -> str:
    return " ".join([word] * n)


BLIND_81: list[Case] = [
    # 01 Photo: a man in a navy crew-neck tee and light-wash jeans against a grey studio backdrop. Run: BASE.
    case(
        "MYN-81-001",
        caption("a man wearing a navy blue t-shirt and jeans"),
        D.wearing("a navy blue t-shirt and jeans"),
        D.color("navy blue"),
        D.sleeve_length("short"),
        D.details("it has a round neck"),
        gender="Men",
        category="Tshirts",
        color="Navy Blue",
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
    ),
    # 02 Photo: a woman in a pink straight kurta with small gold floral block-print buttis and a mandarin collar,
    # three-quarter sleeves, white palazzos, against a beige wall. Run: BASE.
    case(
        "MYN-81-002",
        caption("a woman wearing a pink kurta and white pants"),
        D.wearing("he is wearing a pink kurta and white pants", failure="pronoun"),
        D.color("pink"),
        D.pattern("floral"),
        D.description("a pink kurta with gold print and a mandarin collar"),
        D.details("white embroidery on the neckline", failure="other_garment_color"),
        D.material("100% pure cotton", failure="unsupported"),
        gender="Women",
        category="Kurtas",
        color="Pink",
        title="Libas Women Pink & Gold-Toned Printed Straight Kurta",
    ),
    # 03 Photo: product shot, no person: a watch with a round black dial and a black silicone strap, no date
    # window, on a white background. Run: BASE.
    case(
        "MYN-81-003",
        caption("a black watch with a black strap on a white background"),
        D.wearing("a black watch"),
        D.garment_type("watch"),
        D.color("black"),
        D.sleeve_length("short", failure="contradiction"),
        D.description("a black watch with a leather strap and a date window", failure="unsupported"),
        D.details("the watch is a watch", failure="restated"),
        D.material("rubber"),
        gender="Men",
        category="Watches",
        color="Black",
        title="Fastrack Men Black Analogue Watch",
    ),
    # 04 Photo: product shot, no person: a tan structured sling bag with a gold-tone clasp on a white background.
    # Run: CAP3 (every text is the caption template, describing a lady in a shirt).
    case(
        "MYN-81-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            failure="contradiction",
            hit_limit=True,
        ),
        D.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The",
            failure="contradiction",
            hit_limit=True,
        ),
        D.color(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The lady wears a "
            "long trousers. The trousers",
            failure="contradiction",
            hit_limit=True,
        ),
        D.details(
            "The shirt has long sleeves, the sleeves, the neckline, the collar, the sleeves, the neckline, the "
            "collar, the sleeves, the neckline, the",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Handbags",
        color="Tan",
        title="Lavie Women Tan Brown Solid Sling Bag",
    ),
    # 05 Photo: product shot, no person: a pair of white low-top lace-up sneakers with white laces and a navy
    # heel tab, on a light grey background. Run: BASE.
    case(
        "MYN-81-005",
        caption("a pair of white sneakers on a grey background"),
        D.wearing("a pair of white sneakers with a", failure="cut"),
        D.color("white"),
        D.sleeve_length("long", failure="contradiction"),
        D.description("a pair of white sneakers with blue laces", failure="unsupported"),
        D.details("white laces and a navy blue heel tab"),
        D.material("leather"),
        gender="Men",
        category="Casual Shoes",
        color="White",
        title="HRX by Hrithik Roshan Men White Sneakers",
    ),
    # 06 Photo: a woman in a mustard-yellow sleeveless A-line midi dress and white sneakers against a light pink
    # wall. Run: VQA.
    case(
        "MYN-81-006",
        caption(
            "yellow Question: What is the color of the dress? Answer: yellow Question: What is the color of the "
            "dress? Answer: yellow Question: What cloth is the person wearing? Answer: dress Question:",
            failure="leak",
            hit_limit=True,
        ),
        D.wearing(_rep("dress", 30), failure="loop", hit_limit=True),
        D.garment_type("dress"),
        D.color("Mustard"),
        D.sleeve_length("sleeveless"),
        D.description(
            "dress Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer: "
            "Mustard Question: Is",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Dresses",
        color="Mustard",
        title="SASSAFRAS Women Mustard Yellow Solid A-Line Dress",
    ),
    # 07 Photo: a man in mid-blue slim jeans, an untucked white crew tee and white sneakers, full length, grey
    # studio backdrop. Run: BASE.
    case(
        "MYN-81-007",
        caption("a man in a white shirt and blue jeans"),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("jeans"),
        D.color("white", failure="other_garment_color"),
        D.pattern("the pattern of the garment", failure="restated"),
        D.description("a pair of blue jeans with a white t-shirt"),
        gender="Men",
        category="Jeans",
        color="Blue",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Jeans",
    ),
    # 08 Photo: a woman in a long-sleeve black-and-white horizontal-striped boat-neck top and plain black
    # trousers. Run: CAP1.
    case(
        "MYN-81-008",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with cotton fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            failure="cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            failure="non_answer",
            hit_limit=True,
        ),
        D.pattern("stripe"),
        D.sleeve_length("long-sleeve"),
        D.details(
            "The shirt is with cotton fabric. It has a round neckline. The pants the lady wears is of long length. "
            "The pants are with cotton",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Tops",
        color="Black",
        title="DressBerry Women Black & White Striped Top",
    ),
    # 09 Photo: a man in a red-and-navy checked shirt, open, sleeves rolled to the elbow, over a white crew tee,
    # with khaki chinos. Run: SPLIT (caption, description, details by CAP3; the rest by BASE).
    case(
        "MYN-81-009",
        caption(
            "The gentleman wears a long-sleeve shirt with plaid patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a red and blue plaid shirt"),
        D.color("white", failure="other_garment_color"),
        D.pattern("checked"),
        D.sleeve_length("long"),
        D.description(
            "The shirt is with cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt has long sleeves, the sleeves, the neckline, the collar, the sleeves, the neckline, the "
            "collar, the sleeves, the neckline,",
            failure="loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Men",
        category="Shirts",
        color="Red",
        title="HIGHLANDER Men Red & Navy Blue Slim Fit Checked Casual Shirt",
    ),
    # 10 Photo: product shot, no person: a black baseball cap with a small white embroidered logo on the front,
    # white background. Run: VQA.
    case(
        "MYN-81-010",
        caption(
            "tee Question: What is the color of the tee? Answer: black Question: What cloth is the person "
            "wearing? Answer: tee Question: Is this a tee? Answer: yes Question:",
            failure="leak",
            hit_limit=True,
        ),
        D.wearing(_rep("tee", 30), failure="loop", hit_limit=True),
        D.garment_type("tee", failure="contradiction"),
        D.color("black"),
        D.sleeve_length("short-sleeve", failure="contradiction"),
        D.description(
            "Question: What is the color of the tee? Answer: black Question: Is this a tee? Answer: no Question:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Caps",
        color="Black",
        title="Puma Unisex Black Solid Baseball Cap",
    ),
    # 11 Photo: a woman in charcoal-grey ankle-length leggings under a long white cotton kurti with
    # three-quarter sleeves. Run: BASE.
    case(
        "MYN-81-011",
        caption("a woman wearing a white top and grey leggings"),
        D.wearing("a white kurta and white leggings", failure="other_garment_color"),
        D.garment_type("leggings"),
        D.color("grey"),
        D.description("a pair of grey leggings"),
        D.details("the leggings are leggings", failure="restated"),
        gender="Women",
        category="Leggings",
        color="Charcoal",
        title="Go Colors Women Charcoal Grey Solid Ankle-Length Leggings",
    ),
    # 12 Photo: a woman in a navy maxi dress with small white and pink flowers, flutter sleeves and a v-neck, no
    # belt, standing in a garden with green plants behind her. Run: BASE.
    case(
        "MYN-81-012",
        caption("a woman in a blue floral dress standing in a garden"),
        D.wearing("a blue dress with flowers"),
        D.color("green", failure="contradiction"),
        D.pattern("floral"),
        D.description("she is wearing a long blue dress with white flowers"),
        D.details("the dress has a v-neck and a belt", failure="unsupported"),
        D.material("silk chiffon with a satin lining", failure="unsupported"),
        gender="Women",
        category="Dresses",
        color="Navy Blue",
        title="Tokyo Talkies Women Navy Blue Floral Print Maxi Dress",
    ),
    # 13 Photo: a man in black track pants with thin white side stripes and a plain grey pullover hoodie.
    # Run: CAP3.
    case(
        "MYN-81-013",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The trousers this gentleman wears is of long length. The trousers "
            "are with cotton",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline. The",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("sweater", failure="contradiction"),
        D.color(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            failure="loop",
            hit_limit=True,
        ),
        D.pattern("pure color"),
        D.description(
            "The trousers this gentleman wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. The gentleman wears a",
            failure="cut",
            hit_limit=True,
        ),
        gender="Men",
        category="Track Pants",
        color="Black",
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
    ),
    # 14 Photo: a young girl in a peach sleeveless fit-and-flare party dress, sequinned bodice and tulle skirt,
    # on a white background. Run: BASE.
    case(
        "MYN-81-014",
        caption("a little girl in a pink dress"),
        D.wearing("a pink dress with sequins"),
        D.color("pink"),
        D.description("he is wearing a pink dress with a tutu skirt", failure="pronoun"),
        D.details("sequins on the top and a tulle skirt"),
        D.material("fabric", failure="non_answer"),
        gender="Girls",
        category="Dresses",
        color="Peach",
        title="Hola Bonita Girls Peach-Coloured Embellished Fit and Flare Dress",
    ),
    # 15 Photo: product shot, no person: three pairs of plain ankle socks (navy, grey melange, black) fanned out
    # on a white background. Run: CAPQA (CAP3 caption; answers are spans of it). Seller gave no color.
    case(
        "MYN-81-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The shorts this gentleman wears is of short length. The shorts are "
            "with",
            failure="contradiction",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt", failure="unsupported"),
        D.garment_type("T-shirt", failure="contradiction"),
        D.color("pure color", failure="non_answer"),
        D.pattern("pure color"),
        D.material("cotton"),
        gender="Men",
        category="Socks",
        title="Marks & Spencer Men Pack of 3 Assorted Ankle-Length Socks",
    ),
    # 16 Photo: a woman wearing a beige scarf with a black leopard print draped round her neck, over a black
    # turtleneck and an open olive-green wool coat. Run: BASE.
    case(
        "MYN-81-016",
        caption("a woman wearing a scarf and a coat"),
        D.wearing("a scarf and a green coat"),
        D.color("green", failure="other_garment_color"),
        D.pattern("leopard print"),
        D.description("a beige and black leopard print scarf"),
        gender="Women",
        category="Scarves",
        color="Beige",
        title="Trend Arrest Women Beige & Black Printed Scarf",
    ),
    # 17 Photo: a man in a grey-melange pullover hoodie (drawstring hood, small chest logo, no zip) under an
    # open black bomber jacket, black joggers. Run: BASE.
    case(
        "MYN-81-017",
        caption("a man wearing a black jacket and a grey hoodie"),
        D.wearing("a black jacket over a grey hoodie"),
        D.garment_type("jacket", failure="contradiction"),
        D.color("grey"),
        D.description("a grey hoodie with a black jacket on top"),
        D.details("a black zipper and a black collar", failure="other_garment_color"),
        D.material("100% cotton", failure="unsupported"),
        gender="Men",
        category="Sweatshirts",
        color="Grey Melange",
        title="Nike Men Grey Melange Solid Hooded Sweatshirt",
    ),
    # 18 Photo: product shot, no person: a pair of gold flat sandals with a few stones on the toe strap, no ankle
    # strap, on a pink background. Run: BASE.
    case(
        "MYN-81-018",
        caption("a pair of gold sandals on a pink background"),
        D.wearing("gold sandals"),
        D.garment_type("sandals"),
        D.color("pink", failure="contradiction"),
        D.sleeve_length("short", failure="contradiction"),
        D.description("a pair of gold sandals with stones on the strap"),
        D.details("she is wearing gold sandals with a pearl ankle strap", failure="unsupported"),
        gender="Women",
        category="Flats",
        color="Gold",
        title="Mochi Women Gold-Toned Embellished Open Toe Flats",
    ),
    # 19 Photo: a man in an olive-green short-sleeve polo with a small embroidered logo, beige chinos.
    # Run: VQA. Seller gave no title.
    case(
        "MYN-81-019",
        caption(
            "polo shirt Question: What is the color of the polo shirt? Answer: Olive Question: Is this a polo "
            "shirt? Answer: yes Question: What cloth is the person wearing? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        D.wearing(
            "polo shirt Question: What is the color of the polo shirt? Answer: Olive Question: What is the color of",
            failure="leak",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("Olive"),
        D.sleeve_length("short"),
        D.description(_rep("polo shirt", 15), failure="loop", hit_limit=True),
        D.details(
            "Question: What is the color of the polo shirt? Answer: Olive Question: Is this a polo shirt? Answer: "
            "yes Question",
            failure="leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Tshirts",
        color="Olive",
    ),
    # 20 Photo: a woman in black high-rise skinny jeans (no rips), a long-sleeve white blouse tucked in, black
    # ankle boots. Run: BASE.
    case(
        "MYN-81-020",
        caption("a woman in a white shirt and black jeans"),
        D.wearing("a white blouse tucked into black jeans"),
        D.color("white", failure="other_garment_color"),
        D.pattern("the pattern of the jeans", failure="restated"),
        D.description("she is wearing a pair of black skinny jeans"),
        D.details("high waisted with ripped knees", failure="unsupported"),
        D.material("denim"),
        gender="Women",
        category="Jeans",
        color="Black",
        title="Levis Women Black Skinny Fit High-Rise Jeans",
    ),
    # 21 Photo: a man in a navy single-breasted blazer over a light-blue shirt, grey trousers. Run: SPLIT
    # (caption, description, details by CAP3; the rest by BASE).
    case(
        "MYN-81-021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a navy blazer and a blue shirt"),
        D.garment_type("jacket"),
        D.color("blue"),
        D.description(
            "The jacket is with cotton fabric. It has a lapel neckline. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and solid",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The jacket has long sleeves, pockets, buttons, pockets, buttons, pockets, buttons, pockets, buttons, "
            "pockets, buttons, pockets, buttons",
            failure="loop",
            hit_limit=True,
        ),
        D.material("the material of the garment", failure="restated"),
        gender="Men",
        category="Blazers",
        color="Navy Blue",
        title="Blackberrys Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
    ),
    # 22 Photo: a boy in a short-sleeve yellow tee with a large green dinosaur print, blue denim shorts.
    # Run: BASE.
    case(
        "MYN-81-022",
        caption("a young boy wearing a yellow t-shirt with a dinosaur on it"),
        D.wearing("a yellow shirt and blue shorts"),
        D.color("blue", failure="other_garment_color"),
        D.pattern("graphic"),
        D.sleeve_length("short"),
        D.description("a girl wearing a yellow t-shirt with a green dinosaur", failure="pronoun"),
        gender="Boys",
        category="Tshirts",
        color="Yellow",
        title="YK Boys Yellow Printed Round Neck T-shirt",
    ),
    # 23 Photo: a woman in a long-sleeve green kurta with a white ethnic print, matching printed green palazzos
    # and a white dupatta. Run: CAP3.
    case(
        "MYN-81-023",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("dress", failure="contradiction"),
        D.color("graphic", failure="non_answer"),
        D.pattern("printed"),
        D.description(
            "The dress is with cotton fabric and graphic patterns. The dress is with cotton fabric and graphic "
            "patterns. The dress is with",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric. It has a round neckline. The lady wears a long pants. The pants are "
            "with cotton fabric and graphic",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Green",
        title="Anouk Women Green & White Printed Kurta with Palazzos & Dupatta",
    ),
    # 24 Photo: product shot, no person: a coiled brown leather belt with a silver pin buckle on a white
    # background. Run: CAP1 (its template names the belt, then invents a gentleman in a shirt).
    case(
        "MYN-81-024",
        caption(
            "This gentleman wears a belt. The gentleman wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. It has a lapel neckline. The trousers this gentleman wears is of long",
            failure="unsupported",
            hit_limit=True,
        ),
        D.wearing(
            "This gentleman wears a belt. This gentleman wears a belt. This gentleman wears a belt. This gentleman "
            "wears a belt. This gentleman",
            failure="loop",
            hit_limit=True,
        ),
        D.garment_type("belt"),
        D.color("pure color", failure="non_answer"),
        D.pattern("pure color"),
        D.sleeve_length("long-sleeve", failure="contradiction"),
        D.material("leather"),
        gender="Men",
        category="Belts",
        color="Brown",
        title="Louis Philippe Men Brown Leather Belt",
    ),
    # 25 Photo: a woman in a white ribbed square-neck crop top with short puff sleeves and light-blue high-waist
    # mom jeans, against a white wall. Run: BASE.
    case(
        "MYN-81-025",
        caption("a woman in a white crop top and jeans"),
        D.wearing("a white crop top and blue jeans"),
        D.color("white"),
        D.pattern("striped", failure="contradiction"),
        D.sleeve_length("short"),
        D.description("a white crop top with a square neckline"),
        D.details("he is wearing a white crop top with puff sleeves", failure="pronoun"),
        gender="Women",
        category="Tops",
        color="White",
        title="Tokyo Talkies Women White Solid Crop Top",
    ),
    # 26 Photo: a man seen from behind on a street, wearing a navy backpack with a large white reflective graphic,
    # mesh side bottle pockets and a front zip pocket, over a short-sleeve grey tee. Run: BASE.
    case(
        "MYN-81-026",
        caption("a man with a blue backpack walking down the street"),
        D.wearing("a grey t-shirt and a backpack"),
        D.garment_type("backpack"),
        D.color("grey", failure="other_garment_color"),
        D.pattern("solid", failure="contradiction"),
        D.sleeve_length("short", failure="contradiction"),
        D.description("a navy blue backpack with white graphics and two side pockets"),
        D.details("the backpack has a front zip pocket and two", failure="cut"),
        D.material("polyester"),
        gender="Unisex",
        category="Backpacks",
        color="Navy Blue",
        title="Wildcraft Unisex Navy Blue Graphic Backpack",
    ),
    # 27 Photo: a man in khaki chino shorts, a navy short-sleeve tee and brown loafers. Run: BASE.
    case(
        "MYN-81-027",
        caption("a man in a blue shirt and khaki shorts"),
        D.wearing("a blue shirt and shorts"),
        D.garment_type("shorts"),
        D.color("blue", failure="other_garment_color"),
        D.description("khaki shorts"),
        D.details("they are shorts", failure="non_answer"),
        D.material("cotton"),
        gender="Men",
        category="Shorts",
        color="Khaki",
        title="Roadster Men Khaki Solid Regular Fit Chino Shorts",
    ),
    # 28 Photo: a woman in a cream cable-knit round-neck pullover and brown trousers, holding a coffee cup.
    # Run: CAPQA (CAP3 caption; answers are spans of it, "" where the QA model found none).
    case(
        "MYN-81-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve sweater"),
        D.garment_type("sweater"),
        D.color("pure color", failure="non_answer"),
        D.description("", failure="non_answer"),
        D.details("a round neckline"),
        D.material("knitting"),
        gender="Women",
        category="Sweaters",
        color="Cream",
        title="Vero Moda Women Cream-Coloured Self Design Pullover",
    ),
    # 29 Photo: product shot, no person: one grey mesh running shoe with pink accents on the sole and laces,
    # side view, white background. Run: VQA.
    case(
        "MYN-81-029",
        caption(
            "shoes Question: What is the color of the shoes? Answer: Grey Question: What is the color of the "
            "shoes? Answer: Grey Question: Is this a",
            failure="leak",
            hit_limit=True,
        ),
        D.wearing(_rep("pants", 30), failure="loop", hit_limit=True),
        D.garment_type("shoes"),
        D.color("Grey-pink"),
        D.pattern("color block"),
        D.sleeve_length("no", failure="non_answer"),
        D.description(
            "Question: What is the color of the shoes? Answer: Grey Question: Is this a shoes? Answer: yes Question:",
            failure="leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Sports Shoes",
        color="Grey",
        title="ASICS Women Grey & Pink Running Shoes",
    ),
    # 30 Photo: a man in a maroon cable-knit crew pullover with a white shirt collar showing at the neck, dark
    # jeans. Run: BASE.
    case(
        "MYN-81-030",
        caption("a man wearing a red sweater and jeans"),
        D.wearing("she is wearing a red sweater over a white shirt", failure="pronoun"),
        D.garment_type("sweater"),
        D.color("maroon"),
        D.details("the sweater has a white collar", failure="other_garment_color"),
        D.material("wool"),
        gender="Men",
        category="Sweaters",
        color="Maroon",
        title="Roadster Men Maroon Self Design Pullover",
    ),
    # 31 Photo: a woman in off-white flared palazzos under a long-sleeve teal printed kurta, with juttis.
    # Run: CAP1.
    case(
        "MYN-81-031",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are",
            failure="loop",
            hit_limit=True,
        ),
        D.pattern("pure color"),
        D.sleeve_length("long-sleeve", failure="contradiction"),
        D.description(
            "The trousers this lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long-sleeve",
            failure="cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Off White",
        title="W Women Off-White Solid Flared Palazzos",
    ),
    # 32 Photo: a man in a white long-sleeve linen button-down shirt, sleeves rolled, beige shorts, on a beach
    # with blue sea and sky behind. Run: BASE.
    case(
        "MYN-81-032",
        caption("a man in a white shirt standing on the beach"),
        D.wearing("a white shirt and shorts"),
        D.garment_type("shirt"),
        D.color("blue", failure="contradiction"),
        D.sleeve_length("long"),
        D.description("a white button down shirt"),
        D.details("nothing", failure="non_answer"),
        D.material("linen"),
        gender="Men",
        category="Shirts",
        color="White",
        title="Mast & Harbour Men White Solid Casual Linen Shirt",
    ),
    # 33 Photo: a woman in a rust-orange sleeveless wide-leg jumpsuit with a tie belt at the waist, against a
    # cream wall. Run: BASE. Seller gave no color.
    case(
        "MYN-81-033",
        caption("a woman in an orange jumpsuit standing in front of a white wall"),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.description("an orange jumpsuit with a belt"),
        D.details("the details of the garment", failure="restated"),
        D.material("the garment is made of material", failure="restated"),
        gender="Women",
        category="Jumpsuit",
        title="SASSAFRAS Women Rust Orange Solid Basic Jumpsuit",
    ),
    # 34 Photo: a man in a cream self-design kurta with a mandarin collar and gold buttons, cream churidar,
    # brown mojaris, in front of a red curtain. Run: BASE.
    case(
        "MYN-81-034",
        caption("a man in a white kurta standing in front of a red curtain"),
        D.wearing(
            "a white kurta and churidar Question: what is the man wearing? Answer: a white kurta", failure="leak"
        ),
        D.garment_type("kurta"),
        D.color("white"),
        D.description("she is wearing a white kurta with gold buttons", failure="pronoun"),
        D.details("gold buttons and a mandarin collar"),
        gender="Men",
        category="Kurta Sets",
        color="Cream",
        title="Manyavar Men Cream-Coloured Self Design Kurta with Churidar",
    ),
    # 35 Photo: a woman outdoors in a red sleeveless knee-length chiffon dress, a black structured handbag hooked
    # on her wrist. Run: CAPQA (CAP3 caption; answers are spans of it).
    case(
        "MYN-81-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. The dress is of knee length. The",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a sleeveless dress"),
        D.garment_type("dress", failure="contradiction"),
        D.color("pure color", failure="non_answer"),
        D.pattern("pure color"),
        D.description("a sleeveless dress with pure color patterns", failure="contradiction"),
        gender="Women",
        category="Handbags",
        color="Black",
        title="Caprese Women Black Solid Structured Handheld Bag",
    ),
    # 36 Photo: product shot, no person: navy flip-flops seen from above, white logo print on the straps, on a
    # wooden floor. Run: CAP1. Seller gave no title.
    case(
        "MYN-81-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a short pants. The pants are with cotton fabric and",
            failure="contradiction",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The gentleman wears a "
            "short-sleeve T-shirt with pure color patterns. The gentleman",
            failure="loop",
            hit_limit=True,
        ),
        D.garment_type("T-shirt", failure="contradiction"),
        D.color("pure color", failure="non_answer"),
        D.pattern("graphic"),
        gender="Men",
        category="Flip Flops",
        color="Navy Blue",
    ),
    # 37 Photo: a woman in a long beige open-front cardigan with patch pockets and no buttons, over a black tank
    # top, blue jeans. Run: BASE.
    case(
        "MYN-81-037",
        caption("a man in a beige cardigan and jeans", failure="pronoun"),
        D.wearing("a black top and a beige sweater"),
        D.garment_type("cardigan"),
        D.color("black", failure="other_garment_color"),
        D.sleeve_length("long"),
        D.description("a long beige cardigan with pockets"),
        D.details(
            "it has pockets and buttons and pockets and buttons and pockets and buttons and pockets and buttons "
            "and pockets and buttons and pockets",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sweaters",
        color="Beige",
        title="ONLY Women Beige Open Front Longline Cardigan",
    ),
    # 38 Photo: a man in an olive quilted puffer jacket, zipped halfway over a white hoodie whose hood shows,
    # black jeans, grey studio backdrop. Run: SPLIT (caption, description, details by CAP3; the rest by BASE).
    case(
        "MYN-81-038",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a white hoodie"),
        D.garment_type("jacket"),
        D.color("green"),
        D.description(
            "The jacket is with cotton fabric. It has a hooded neckline. The gentleman wears a long trousers. The "
            "trousers are with denim fabric",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The jacket has long sleeves, a zipper, a zipper, a zipper, a zipper, a zipper, a zipper, a zipper, a "
            "zipper, a",
            failure="loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        gender="Men",
        category="Jackets",
        color="Olive",
        title="Roadster Men Olive Green Solid Padded Jacket",
    ),
    # 39 Photo: a woman draped in a magenta Banarasi saree with a woven gold zari border and buttis, a gold
    # blouse, no bag or clutch. Run: BASE.
    case(
        "MYN-81-039",
        caption("a woman in a pink sari"),
        D.wearing("a pink sari"),
        D.color("gold", failure="other_garment_color"),
        D.pattern("solid", failure="contradiction"),
        D.description("a pink and gold sari with a gold border"),
        D.details("she is wearing a pink sari with gold embroidery and a matching clutch", failure="unsupported"),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Magenta",
        title="Mitera Women Magenta & Gold-Toned Silk Blend Woven Design Banarasi Saree",
    ),
    # 40 Photo: a man in charcoal slim formal trousers, a light-pink long-sleeve formal shirt tucked in, a black
    # belt, black shoes. Run: VQA.
    case(
        "MYN-81-040",
        caption(_rep("pants", 50), failure="loop", hit_limit=True),
        D.wearing(
            "pants Question: What is the color of the pants? Answer: Charcoal Question: What cloth is the person "
            "wearing? Answer: pants",
            failure="leak",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.color("Charcoal"),
        D.pattern("solid"),
        D.sleeve_length("long-sleeve", failure="contradiction"),
        D.description(
            "Charcoal-pink Charcoal-pink Charcoal-pink Charcoal-pink Charcoal-pink Charcoal-pink Charcoal-pink "
            "Charcoal",
            failure="loop",
            hit_limit=True,
        ),
        D.details(
            "Question: What is the color of the pants? Answer: Charcoal Question: Is this a pants? Answer: yes "
            "Question",
            failure="leak",
            hit_limit=True,
        ),
        gender="Men",
        category="Trousers",
        color="Charcoal",
        title="Louis Philippe Men Charcoal Grey Slim Fit Formal Trousers",
    ),
    # 41 Photo: a woman in a black A-line midi skirt with white polka dots, a plain red short-sleeve tee tucked
    # in, against a brick wall. Run: CAP3.
    case(
        "MYN-81-041",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of long length. The skirt is with chiffon",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            failure="cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color(
            "The skirt is with chiffon fabric and graphic patterns. The skirt is with chiffon fabric and graphic "
            "patterns. The skirt is with chiffon",
            failure="loop",
            hit_limit=True,
        ),
        D.pattern("pure color", failure="contradiction"),
        gender="Women",
        category="Skirts",
        color="Black",
        title="AND Women Black & White Polka Dot Print A-Line Midi Skirt",
    ),
    # 42 Photo: a man in a short-sleeve black tee with a white "STAY WILD" text print, grey joggers, against a
    # yellow wall. Run: BASE.
    case(
        "MYN-81-042",
        caption("a man wearing a black t-shirt that says stay wild"),
        D.wearing("a black t-shirt with the words stay wild on it"),
        D.color("grey", failure="other_garment_color"),
        D.pattern("printed"),
        D.description("a black t - shirt with white letters"),
        D.details(
            "the t-shirt says stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay wild stay "
            "wild stay wild stay",
            failure="loop",
            hit_limit=True,
        ),
        D.material("i don't know", failure="non_answer"),
        gender="Men",
        category="Tshirts",
        color="Black",
        title="Bewakoof Men Black Typography Printed T-shirt",
    ),
    # 43 Photo: a woman in a long-sleeve teal A-line kurta with fine white thread embroidery on the yoke and a
    # v-neck, white leggings. Run: SPLIT (caption, description, details by CAP3; the rest by BASE).
    case(
        "MYN-81-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The lady wears leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white leggings"),
        D.garment_type("kurta"),
        D.color("green"),
        D.sleeve_length("long"),
        D.description(
            "The dress is with cotton fabric. It has a v-shape neckline. The lady wears leggings. The leggings are "
            "with cotton fabric and pure",
            failure="cut",
            hit_limit=True,
        ),
        D.details(
            "The dress has long sleeves, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the neckline",
            failure="loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Sangria Women Teal Blue Embroidered A-Line Kurta",
    ),
    # 44 Photo: a woman in a coral racerback tank top and black running shorts in a gym. Run: BASE. Seller gave
    # no category.
    case(
        "MYN-81-044",
        caption("a woman in a pink tank top and black shorts in a gym"),
        D.wearing("a pink tank top and black shorts"),
        D.color("black", failure="other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("he is wearing a pink tank top", failure="pronoun"),
        D.details("the tank top has a racerback and it is made of moisture wicking fabric", failure="unsupported"),
        D.material("it is made of the material of the garment", failure="restated"),
        gender="Women",
        color="Coral",
        title="HRX by Hrithik Roshan Women Coral Red Solid Racerback Tank Top",
    ),
]
