"""BLIND_168 (44 products; the experiments re-run on a Myntra-style catalog of kids' wear, with is_a and color_of
questions): written blind in the twenty-second session. Measured blind at 29465cd: 126/141 failures found (89.4%)
and 8/145 correct texts flagged (5.5%). The writer's notes, verbatim:

Blind corpus 168: BLIP-2 OPT-2.7b on a Myntra-style kids' wear catalog.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a marketplace catalog of
    kids' wear (boys and girls, infants to teens): t-shirts, shirts, frocks, dresses, jeans, shorts, ethnic sets,
    jackets, sweaters and nightwear, shot on child models, on hangers and as flat packshots. Each product is asked
    enrich's default questionnaire (DEFAULT_QUESTIONS) or the closed questions of BLIND_QUESTIONS, plus a few
    "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions and the experiments' own
    describe/details prompts. Seller columns come from the marketplace: gender (Boys, Girls, Unisex Kids),
    category (the article type), color (the base colour) and title; some products lack one or more of them.

Which system wrote which text (named again in the comment above every case)
    BASE  the untuned Salesforce/blip2-opt-2.7b (8-bit), free generation, greedy, 30/50 new tokens.
    CAP1  leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    CAP3  leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): DeepFashion template text.
    VQA   leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter): no end-of-answer token, loops and prompt leaks.
    RANK  the closed questions (garment_type, color, pattern, sleeve_length, closed color_of, is_a unless noted):
          the reference engine ranking candidate answers with BASE or VQA; the text is the chosen candidate, or
          the raw generation where nothing mapped.
    EXQA  timpal0l/mdeberta-v3-base-squad2 answering over the CAP3 caption (the third experiment).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Text/Case layout, the
    makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a and TARGETS). No audit code, no other corpus, no docs. The
    photos are imagined; the comment above each case describes the photo every label was judged against.

Label conventions and judgement calls
    - One failure kind per text, the most salient one. A loop that runs to the token limit is "loop" (with
      hit_limit=True), not "cut"; a prompt leak that runs to the limit is "leak"; "cut" is kept for texts whose
      only fault is that they stop mid-phrase.
    - "cut": answers stop at 30 new tokens, captions at 50 (hit_limit=True). A few cuts stop before the limit
      (hit_limit=False): the generation was truncated mid-phrase by the run, not by the token budget.
    - "non_answer": empty text, "unknown"/"nothing"/"none"/"i don't know"/"i'm not sure", a bare garment noun
      for the material question ("the dress"), the DeepFashion pattern word "pure color" given where a material
      was asked (the extractive QA model's span), or the caption template returned for a question it does not
      answer at all (the material question; CONTEXT.md item 2).
    - "restated": the question's own words given back as a sentence ("the details of the garment are the details
      of the garment", "the shorts are short", "the t-shirt is a t-shirt").
    - "contradiction": a color, garment, pattern or sleeve length that the photo, the other texts or the seller's
      columns contradict (including "yes" to "Is this a skirt?" for shorts, and the color of a wall or backdrop
      given as the garment's color).
    - "other_garment_color": an open answer that gives a garment the color of another garment in the same photo
      (the "grey shirt, grey jeans, grey pants" failure), where another text or the seller has the right color.
    - "unsupported": a detail not in the photo: an accessory, a hat, pockets or a logo that are not there, a
      wearer invented for a packshot, a fabric claim the photo and seller do not support.
    - The caption template returned for "What is the person wearing?" on a hanger shot does answer that question,
      but with an invented wearer: labelled "unsupported", as are template texts that invent a wearer for a
      packshot.
    - Texts that end on a full stop below the limit are taken as stopped there (hit_limit=False) and judged on
      their content; a template caption that happens to end on a full stop exactly at 50 tokens keeps
      hit_limit=True and is labelled by its content fault (unsupported, pronoun), not "cut".
    - A pinafore worn over a long-sleeve top: "long sleeves" for the pinafore (the product) is a contradiction;
      "Is this a jacket?" for a kurta set that includes a Nehru jacket is judged correct; jeggings accepted as
      "a pair of jeans".
    - "pronoun": he/she, boy/girl, lady/gentleman that contradict the seller's gender (Boys or Girls). A
      DeepFashion template word of the right sex on a child ("The lady" for a girl of four, "This gentleman" for a
      boy) is NOT a failure: the sex is right and the age word is the template's. Unisex Kids products get no
      pronoun labels.
    - Near-color synonyms are correct: navy / dark blue for Navy Blue, pink for Magenta, green for Olive, cream /
      off white / white for Off White or Cream, maroon for Maroon or Burgundy, grey for Grey Melange or Charcoal,
      mustard / yellow for Mustard, purple for Lavender, pink for Fuchsia, light blue for Blue.
    - A striped or printed garment answered with its main colors ("red and white") is correct; the print's motif
      color alone given as the garment color is a contradiction.
    - Captions that name the backdrop, a layer (a t-shirt under an open shirt) or the unsold bottom are correct
      when they are right about the photo.
    - For packshots without a person, "What is the person wearing?" answered with the product ("a pair of jeans")
      is correct; "there is no person" is correct too.
    - Closed answers are the candidate the engine picked ("t-shirt", "navy blue", "short sleeves"); "frock" and
      "dress" are the same garment, as are "kurta" and a kurta set's kurta, "night suit" and "pajama set".
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_168: list[Case] = [
    # 01. Boy of about eight on a white studio backdrop: navy blue round-neck t-shirt with a white dinosaur print,
    # grey track shorts (not sold). Caption, wearing, material: BASE; color: RANK(BASE); "Describe the shirt": CAP3
    # (cut at 30 tokens); details: VQA (loop).
    case(
        "MYK-TS-10231",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        D.wearing("a blue t-shirt and grey shorts"),
        D.color("navy blue"),
        describe(
            "shirt",
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 02. Girl of about four against a pastel pink paper backdrop: sleeveless yellow fit-and-flare cotton frock with
    # small white flowers, knee length. Caption: BASE (backdrop named, correct); wearing: VQA (leaks the next
    # prompt); color, pattern: RANK(BASE) (the color taken from the backdrop); details: CAP3 (the template's "lady"
    # for a girl: right sex, correct); material: VQA (loop).
    case(
        "MYK-DR-20417",
        caption("a little girl in a yellow dress standing in front of a pink wall"),
        D.wearing(
            "a yellow dress with white flowers on it Question: What is the color of the dress? Answer: yellow "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.details(
            "The lady wears a tank dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline."
        ),
        D.material(
            "the dress is made of cotton and the lining is made of cotton and the dress is made of cotton and the "
            "lining is made",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Yellow",
        title="Girls Yellow Floral Print Pure Cotton Fit and Flare Dress",
    ),
    # 03. Flat packshot, no person: blue mid-wash slim-fit jeans laid on white. Caption, wearing: BASE; is_a:
    # RANK(BASE); description: CAP3 (loop); details: VQA (cut at 30 tokens).
    case(
        "MYK-JN-30552",
        caption("a pair of blue jeans on a white background"),
        D.wearing("a pair of jeans"),
        D.description(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure "
            "color patterns. The pants are with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the jeans have a button and a zipper, two front pockets, belt loops and a light fade on the thighs "
            "and the knees and the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        gender="Boys",
        category="Jeans",
        color="Blue",
        title="Boys Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
    ),
    # 04. Girl of about ten on a beige backdrop: long-sleeve magenta V-neck kurta with gold floral embroidery on the
    # yoke, white palazzos and a gold-edged dupatta (all in the set). Caption, wearing: BASE (pink for magenta,
    # correct); color, pattern: RANK(BASE) ("solid" against the embroidered motifs of photo and title);
    # description: CAP3 (cut); details: VQA (loop).
    case(
        "MYK-ET-40118",
        caption("a young girl wearing a pink and gold indian dress"),
        D.wearing("a pink salwar kameez"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the dupatta is gold and the dupatta is gold and the dupatta is gold and the dupatta is gold and the "
            "dupatta is gold and the",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Magenta",
        title="Girls Magenta Floral Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 05. Boy of about twelve in front of a wall of green plants: blue-and-white checked long-sleeve shirt worn open
    # over a plain white t-shirt, beige chinos. Caption, wearing: BASE (plants and the layer named, correct);
    # color_of shirt / pants: VQA free generation (the shirt's blue given to the beige chinos); "What are the shirt
    # details?": CAP3 (loop); description: BASE ("she" for a boy).
    case(
        "MYK-SH-50390",
        caption("a boy in a blue and white checkered shirt standing in front of plants"),
        D.wearing("a plaid shirt over a white t-shirt"),
        color_of("shirt", "blue and white", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It has a lapel neckline. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.description("she is wearing a blue and white checked shirt over a white t-shirt", "pronoun"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Boys Blue & White Checked Casual Shirt",
    ),
    # 06. Girl of about seven on white: light blue washed denim shorts with a frayed hem, a white t-shirt with a pink
    # heart print (not sold), no jewellery, no watch. Caption: CAP3 (invents a wrist accessory; it happens to end
    # on a full stop at the 50-token limit); color: RANK(BASE); details: VQA (restates); material: BASE; is_a:
    # RANK(VQA) (VQA says yes to the skirt too).
    case(
        "MYK-SR-60275",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns. There is "
            "an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.color("light blue"),
        D.details("the shorts are short", "restated"),
        D.material("denim"),
        is_a("pair of shorts", "yes"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        category="Shorts",
        color="Blue",
        title="Girls Blue Washed Denim Shorts",
    ),
    # 07. Boy of about ten on light grey: olive green padded puffer jacket with a hood, zipped, black joggers, black
    # sneakers, bareheaded. Caption, description, details: BASE; wearing: VQA (invents a hat); color: RANK(BASE)
    # (olive, correct); color_of jacket: VQA free generation (the joggers' black); material: CAP3 (loop); is_a:
    # VQA raw text kept unmapped (non-answer).
    case(
        "MYK-JK-70644",
        caption("a boy wearing a green jacket and black pants"),
        D.wearing("a green jacket and black pants and black shoes and a black hat", "unsupported"),
        D.color("olive"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.description("a green puffer jacket with a hood"),
        D.details("a zipper and a hood"),
        D.material(
            "The jacket is with cotton fabric and pure color patterns. It has a hooded neckline. The jacket is with "
            "cotton fabric and pure color patterns. It has a hooded",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "i don't know", "non_answer"),
        gender="Boys",
        category="Jackets",
        color="Olive",
        title="Boys Olive Green Solid Padded Jacket with Detachable Hood",
    ),
    # 08. Flat lay, no person: red button-front cardigan with a white snowflake jacquard and white buttons on a
    # whitewashed wooden floor. Caption, description: BASE (floor named, correct); color: RANK(BASE); details and
    # color_of cardigan: VQA (loop, leak); material: BASE ("merino wool": nothing in photo or title supports it).
    case(
        "MYK-SW-80127",
        caption("a red sweater with white snowflakes on a white wooden floor"),
        D.color("red"),
        D.description("a red cardigan with white snowflakes and white buttons"),
        D.details(
            "the buttons are white and the buttons are white and the buttons are white and the buttons are white "
            "and the buttons are white and",
            "loop",
            hit_limit=True,
        ),
        D.material("merino wool", "unsupported"),
        color_of(
            "cardigan",
            "red Question: What is the color of the buttons? Answer: white Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Girls",
        category="Sweaters",
        color="Red",
        title="Girls Red & White Self Design Cardigan",
    ),
    # 09. Infant boy (about one) lying on a white blanket: powder blue cotton sleepsuit, full sleeves, small white
    # stars, snap buttons at the front. Caption: CAP1 (cut at 50 tokens); wearing: BASE (calls the boy a girl);
    # garment_type, color: RANK(BASE) (romper and light blue, correct); description: BASE; details: VQA (cut).
    case(
        "MYK-NS-90012",
        caption(
            "The person is wearing a long-sleeve jumpsuit with graphic patterns. The jumpsuit is with cotton "
            "fabric. It has a round neckline. The person is lying on a white blanket and the blanket is with "
            "cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a baby girl in blue pajamas", "pronoun"),
        D.garment_type("romper"),
        D.color("light blue"),
        D.description("a light blue onesie with white stars"),
        D.details(
            "the romper has snap buttons on the front and white stars all over it and the sleeves are long and the "
            "legs are long and",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Night suits",
        color="Blue",
        title="Infant Boys Blue Star Print Pure Cotton Sleepsuit",
    ),
    # 10. Hanger shot on a white wall: a mustard yellow hooded sweatshirt with a white "CHAMP" print on the chest,
    # kangaroo pocket. No seller color. Caption, wearing: BASE; color: RANK(BASE); details: CAP3 (the template
    # invents a wearer for a hanger shot); "Describe the hoodie": VQA (cut); material: VQA (leak).
    case(
        "MYK-SW-10873",
        caption("a yellow hoodie hanging on a hanger against a white wall"),
        D.wearing("a yellow hoodie"),
        D.color("mustard"),
        D.details(
            "The gentleman is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton "
            "fabric. It has a hooded neckline.",
            "unsupported",
        ),
        describe(
            "hoodie",
            "a yellow hoodie with a kangaroo pocket, a hood with white drawstrings and the word champ printed in "
            "white across the chest in big",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "cotton Question: What is the color of the hoodie? Answer: yellow Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        title="Boys Mustard Typography Printed Hooded Sweatshirt",
    ),
    # 11. Girl of about thirteen on a city-street backdrop print: black skinny jeans with ripped knees, a white crop
    # t-shirt (not sold). Caption: BASE; wearing: VQA (the tee's white given to the jeans); color, is_a:
    # RANK(BASE); color_of jeans: VQA free generation (loop); "What are the jeans details?": CAP3 (cut before the
    # limit: the run truncated it).
    case(
        "MYK-JN-11590",
        caption("a teenage girl in black ripped jeans and a white top on a city street"),
        D.wearing("white jeans and a white t-shirt", "other_garment_color"),
        D.color("black"),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jeans", "The pants are with denim fabric and pure color patterns. The pants are of", "cut"),
        is_a("pair of jeans", "yes"),
        gender="Girls",
        category="Jeans",
        color="Black",
        title="Girls Black Skinny Fit Mildly Distressed Jeans",
    ),
    # 12. Boy of about six on white: red-and-white horizontally striped polo t-shirt, short sleeves, white collar,
    # navy shorts, white socks and sneakers. Caption, description: BASE; wearing: VQA (cut at 30 tokens); color:
    # RANK(BASE) ("red and white" for a striped polo, correct); details: VQA (restates); material: VQA (empty).
    case(
        "MYK-TS-12204",
        caption("a little boy wearing a red and white striped polo shirt and blue shorts"),
        D.wearing(
            "a red and white striped polo shirt with a white collar and navy blue shorts and white socks and white "
            "sneakers and a",
            "cut",
            hit_limit=True,
        ),
        D.color("red and white"),
        D.description("a red and white striped polo shirt with a white collar"),
        D.details("the details of the garment are the details of the garment", "restated"),
        D.material("", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Boys Red & White Striped Polo Collar T-shirt",
    ),
    # 13. Girl of about nine on a lavender backdrop: maroon velvet party dress, long sleeves, gold sequin bodice,
    # flared. Caption: CAP3 (cut); wearing: BASE; garment_type, color, sleeve_length: RANK(BASE) ("sleeveless" for
    # long sleeves); description: BASE (calls her a boy); color_of dress: VQA (the backdrop's purple).
    case(
        "MYK-DR-13361",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is of knee length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a maroon dress"),
        D.garment_type("dress"),
        D.color("maroon"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a boy in a red velvet dress with gold sequins", "pronoun"),
        color_of("dress", "purple", "contradiction", kind="open"),
        gender="Girls",
        category="Dresses",
        color="Maroon",
        title="Girls Maroon Embellished Velvet Fit and Flare Party Dress",
    ),
    # 14. Packshot on grey: a pair of charcoal grey knit jogger shorts with a drawstring, folded. Seller gender
    # missing. Caption, material: BASE; wearing: BASE (cut before the limit); color: RANK(BASE) (grey for
    # charcoal, correct); description: CAP3 (loop); details: VQA (leak).
    case(
        "MYK-SR-14029",
        caption("a pair of grey shorts with a drawstring on a grey background"),
        D.wearing("a pair of grey", "cut"),
        D.color("grey"),
        D.description(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "drawstring waist Question: What is the material of the shorts? Answer: cotton Question: What is",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        category="Shorts",
        color="Charcoal",
        title="Kids Charcoal Grey Solid Knitted Jogger Shorts",
    ),
    # 15. Boy of about eleven on white: a white kurta (knee length, mandarin collar, long sleeves) with a sleeveless
    # mustard Nehru jacket over it and white churidar, all in the set. Caption, wearing: BASE (layers named,
    # correct); color: RANK(BASE); color_of jacket: VQA (the kurta's white); details: CAP3 (cut); is_a jacket:
    # RANK(VQA) (the set holds a jacket: judged correct); description: VQA (restates).
    case(
        "MYK-ET-15417",
        caption("a boy wearing a white kurta and a yellow vest"),
        D.wearing("a white kurta with a yellow nehru jacket"),
        D.color("white"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a stand neckline. This gentleman wears a vest. The vest",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        D.description("this garment is a garment for a boy", "restated"),
        gender="Boys",
        category="Kurta Sets",
        color="White",
        title="Boys White Kurta with Churidar & Mustard Nehru Jacket",
    ),
    # 16. Girl of about five on white: pink full-sleeve sweater with a knitted unicorn, white leggings (not sold).
    # Caption: BASE ("boy" for a girl); wearing, material: BASE (wool for an acrylic-wool blend, correct); color:
    # RANK(BASE); description: VQA (cut); details: VQA (non-answer); color_of sweater: VQA (loop).
    case(
        "MYK-SW-16588",
        caption("a young boy wearing a pink sweater with a unicorn on it", "pronoun"),
        D.wearing("a pink sweater and white leggings"),
        D.color("pink"),
        D.description(
            "a pink sweater with a white unicorn on the front and a rainbow mane and a gold horn and the sleeves "
            "are pink and the",
            "cut",
            hit_limit=True,
        ),
        D.details("unknown", "non_answer"),
        D.material("wool"),
        color_of(
            "sweater",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender="Girls",
        category="Sweaters",
        color="Pink",
        title="Girls Pink Unicorn Self Design Acrylic Wool Blend Pullover",
    ),
    # 17. Boy of about three on a yellow backdrop: green-and-white cotton night suit, t-shirt with a rocket print,
    # matching printed pyjama. Caption: CAP3 ("The lady" for a boy; ends on a full stop at the limit); wearing:
    # BASE; garment_type, color: RANK(BASE); color_of pants: VQA (cut before the limit); details: VQA (loop).
    case(
        "MYK-NS-17702",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns.",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("green pajamas with rockets on them"),
        D.garment_type("night suit"),
        D.color("green"),
        color_of("pants", "green with white rockets and white stars and the", "cut", kind="open"),
        D.details(
            "rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket "
            "rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket rocket "
            "rocket rocket",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Night suits",
        color="Green",
        title="Boys Green & White Rocket Printed Pure Cotton Night Suit",
    ),
    # 18. Girl of about eight on white: off-white cotton A-line frock with short puff sleeves and a peter pan collar,
    # tiny blue embroidered dots, no pockets. Caption, wearing: BASE (cream for Off White, correct); color,
    # sleeve_length: RANK(BASE); description: CAP3 (cut); details: BASE (invents pockets); is_a: VQA raw text
    # (leak).
    case(
        "MYK-DR-18833",
        caption("a girl in a cream colored dress with a white collar"),
        D.wearing("a cream dress"),
        D.color("off white"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a lapel neckline. The dress is of knee length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("puff sleeves, a peter pan collar and two pockets on the front", "unsupported"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Off White",
        title="Girls Off White Self Design A-Line Cotton Dress",
    ),
    # 19. Boy of about fourteen on grey: a black denim jacket, worn open, over a red t-shirt, blue jeans. The jacket is
    # the product. Caption, wearing, material: BASE; garment_type, color: RANK(BASE) (the t-shirt's red picked);
    # description: VQA (red given to the jacket); details: CAP3 (cut).
    case(
        "MYK-JK-19066",
        caption("a teenage boy wearing a black denim jacket over a red shirt"),
        D.wearing("a denim jacket, a red t-shirt and jeans"),
        D.garment_type("jacket"),
        D.color("red", "contradiction"),
        D.description("a red denim jacket", "other_garment_color"),
        D.details(
            "This gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. This gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Boys",
        category="Jackets",
        color="Black",
        title="Boys Black Solid Denim Jacket",
    ),
    # 20. Flat packshot on white: a navy blue cotton t-shirt with yellow and white horizontal stripes across the chest
    # only, half sleeves. Unisex Kids. Caption: CAP1 (invents a wearer and his long pants); wearing: BASE ("there
    # is no person", correct); color: RANK(BASE); description: BASE; details: VQA (leak); material: VQA (loop).
    case(
        "MYK-TS-20150",
        caption(
            "The person wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long pants.",
            "unsupported",
        ),
        D.wearing("there is no person in the picture"),
        D.color("navy blue"),
        D.description("a navy blue t-shirt with yellow and white stripes across the chest"),
        D.details(
            "stripes Question: What are the details of the garment? Answer: stripes Question: What are the details",
            "leak",
            hit_limit=True,
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Unisex Kids",
        category="Tshirts",
        color="Navy Blue",
        title="Kids Navy Blue Chest Striped Pure Cotton T-shirt",
    ),
    # 21. Girl of about twelve on a green lawn: a lemon yellow lehenga skirt with mirror work, a short white choli and a
    # yellow dupatta. Asked BLIND_QUESTIONS. Caption: BASE (names the lawn, correct); wearing ("the child"): VQA
    # ("he" for a girl); closed: RANK(BASE) ("green" from the lawn); material: VQA (cut at 30 tokens).
    case(
        "MYK-ET-21374",
        caption("a girl in a yellow lehenga standing on the grass"),
        wearing("he is wearing a yellow lehenga and a white blouse", "pronoun", who="the child"),
        B.garment_type("lehenga choli"),
        B.color("green", "contradiction"),
        B.pattern("embellished"),
        B.material(
            "silk with mirror work on the skirt and the dupatta and the blouse is made of cotton and the dupatta "
            "is made of",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Lehenga Choli",
        color="Yellow",
        title="Girls Yellow & White Mirror Work Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 22. Boy of about nine on white: a sky blue chambray shirt, long sleeves rolled up, two chest pockets with flaps,
    # khaki shorts. Caption, details("shirt"): BASE; wearing: VQA (loop); color: RANK(BASE); color_of shorts /
    # shirt: VQA (the shirt's blue given to the khaki shorts); material: BASE (non-answer).
    case(
        "MYK-SH-22908",
        caption("a boy wearing a light blue denim shirt and khaki shorts"),
        D.wearing(
            "a blue shirt and a blue shirt and a blue shirt and a blue shirt and a blue shirt and a blue shirt and "
            "a blue shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("light blue"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        color_of("shirt", "light blue", kind="open"),
        details("shirt", "two chest pockets with flaps and the sleeves are rolled up"),
        D.material("i'm not sure", "non_answer"),
        gender="Boys",
        category="Shirts",
        color="Blue",
        title="Boys Sky Blue Pure Cotton Chambray Casual Shirt",
    ),
    # 23. Girl of about six on white, full length: a sleeveless red-and-black tartan pinafore dress over a black
    # long-sleeve top (not sold). No seller title. Caption, wearing: BASE (the layer named, correct); color,
    # sleeve_length: RANK(BASE) (the top's long sleeves given to the sleeveless pinafore: judged a contradiction);
    # description: CAP3 ("pure color" for a tartan: contradiction); details: VQA (restates).
    case(
        "MYK-DR-23481",
        caption("a little girl in a red and black plaid dress"),
        D.wearing("a plaid dress over a black shirt"),
        D.color("red and black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric.",
            "contradiction",
        ),
        D.details("the dress has details", "restated"),
        gender="Girls",
        category="Dresses",
        color="Red",
    ),
    # 24. Hanger shot against a red brick wall: an orange t-shirt with a blue skateboard graphic, no pocket. Caption,
    # description: BASE (the brick wall named, correct); wearing: CAP3 (the template invents a gentleman wearing
    # it, cut at the limit: labelled unsupported); color: RANK(BASE); color_of t-shirt: VQA (leak); details: BASE
    # (invents a chest pocket).
    case(
        "MYK-TS-24015",
        caption("an orange t-shirt with a skateboard on it hanging on a brick wall"),
        D.wearing(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman wears a long",
            "unsupported",
            hit_limit=True,
        ),
        D.color("orange"),
        color_of(
            "t-shirt",
            "orange Question: What is the color of the skateboard? Answer: blue Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.description("an orange t-shirt with a blue skateboard on the front"),
        D.details("a skateboard graphic and a pocket on the chest", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Orange",
        title="Boys Orange Graphic Printed Cotton T-shirt",
    ),
    # 25. Boy of about seven on white: grey melange track pants (the product) with white side stripes, a white t-shirt.
    # Caption, wearing: BASE; color, pattern: RANK(BASE) (grey for Grey Melange, striped for side stripes:
    # correct); description: VQA (the tee's white); details: VQA (cut before the limit); material: EXQA over the
    # CAP3 caption ("pure color", a non-answer).
    case(
        "MYK-JG-25570",
        caption("a young boy wearing grey track pants and a white t-shirt"),
        D.wearing("grey sweatpants and a white shirt"),
        D.color("grey"),
        D.pattern("striped"),
        D.description("white track pants with stripes", "other_garment_color"),
        D.details("white stripes on the sides and an elastic", "cut"),
        D.material("pure color", "non_answer"),
        gender="Boys",
        category="Track Pants",
        color="Grey Melange",
        title="Boys Grey Melange Solid Track Pants with Side Stripes",
    ),
    # 26. Girl of about fifteen on white: teal jeggings (the product), a white shirt tucked in. Caption: CAP3 (cut at
    # 50 tokens); wearing, details: BASE; color, is_a: RANK(BASE) (jeggings accepted as jeans); color_of jeans:
    # VQA (the shirt's white); material: VQA (leak).
    case(
        "MYK-JN-26732",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt tucked into teal jeans"),
        D.color("teal"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        D.details("high waist, skinny fit, elastic waistband"),
        is_a("pair of jeans", "yes"),
        D.material(
            "denim Question: What is the material of the garment? Answer: denim Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Jeggings",
        color="Teal",
        title="Girls Teal Skinny Fit High-Rise Jeggings",
    ),
    # 27. Infant girl (about nine months) sitting on a white rug: a peach cotton frock with white lace trim at the hem,
    # cap sleeves, a matching bloomer. Caption: BASE; wearing: VQA (leak); color, sleeve_length: RANK(BASE);
    # description: CAP1 ("This gentleman" for a girl); details: VQA (cut); material: VQA (non-answer).
    case(
        "MYK-DR-27118",
        caption("a baby girl sitting on a white rug wearing a peach dress"),
        D.wearing(
            "a pink dress Question: What is the baby wearing? Answer: a pink dress Question: What is the baby",
            "leak",
            hit_limit=True,
        ),
        D.color("peach"),
        D.sleeve_length("short sleeves"),
        D.description(
            "This gentleman wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric.",
            "pronoun",
        ),
        D.details(
            "white lace at the hem, a round neck with a button at the back and a matching bloomer with elastic at "
            "the legs and the",
            "cut",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Peach",
        title="Infant Girls Peach Lace Detail Cotton A-Line Dress with Bloomer",
    ),
    # 28. Flat packshot on white: a bottle green zip-through fleece sweatshirt, long sleeves, two side pockets, no
    # print. Caption, wearing: BASE; color, pattern: RANK(BASE) ("graphic" for a plain fleece); description: CAP3
    # (invents a wearer); details: VQA (loop).
    case(
        "MYK-SW-28209",
        caption("a dark green zip up sweatshirt on a white background"),
        D.wearing("a green jacket"),
        D.color("dark green"),
        D.pattern("graphic", "contradiction"),
        D.description(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric.",
            "unsupported",
        ),
        D.details(
            "zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, zipper, "
            "zipper, zipper, zipper",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweatshirts",
        color="Green",
        title="Boys Bottle Green Solid Fleece Front-Open Sweatshirt",
    ),
    # 29. Girl of about ten on a light blue backdrop: a white t-shirt with a big pink sequin heart, short sleeves,
    # denim shorts (not sold). Caption, wearing: BASE (backdrop named, correct); garment_type, color, pattern:
    # RANK(BASE) (the backdrop's blue); description: BASE ("a blue t-shirt": the shorts' blue); details: VQA (cut);
    # material: CAP3 (the caption template, no material: non-answer).
    case(
        "MYK-TS-29447",
        caption("a girl in a white t-shirt with a pink heart standing against a blue wall"),
        D.wearing("a white t-shirt and denim shorts"),
        D.garment_type("t-shirt"),
        D.color("blue", "contradiction"),
        D.pattern("graphic"),
        D.description("a blue t-shirt with a pink heart on it", "other_garment_color"),
        D.details(
            "the heart is made of sequins that change color when you rub them and the t-shirt has short sleeves "
            "and a round neck and",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a",
            "non_answer",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Girls White Sequinned Heart Pure Cotton T-shirt",
    ),
    # 30. Boy of about five on white: a burgundy V-neck sleeveless sweater vest over a white shirt, grey trousers
    # (school look), no logo. Caption, wearing: BASE (maroon for Burgundy, layers named: correct); color:
    # RANK(BASE); color_of sweater: VQA (the shirt's white); details: BASE (invents a logo); is_a: RANK(VQA);
    # description: VQA (cut).
    case(
        "MYK-SW-30385",
        caption("a little boy in a maroon sweater vest over a white shirt and grey trousers"),
        D.wearing("a maroon sweater vest, a white shirt and grey pants"),
        D.color("maroon"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        D.details("v-neck, ribbed hem and a school logo on the chest", "unsupported"),
        is_a("sweater", "yes"),
        D.description(
            "a maroon sweater vest with a v-neck worn over a white shirt with a collar and the sleeves of the shirt "
            "are long and the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Sweaters",
        color="Burgundy",
        title="Boys Burgundy Solid V-Neck Sleeveless Sweater Vest",
    ),
    # 31. Girl of about seven on white: a lilac quilted puffer jacket with a faux-fur-trimmed hood, zipped, white
    # jeans. Caption: CAP3 (cut); wearing, material: BASE (purple for Lavender, correct); garment_type, color:
    # RANK(BASE); description: VQA (loop); details: VQA (leak); is_a skirt: RANK(VQA) (yes to everything).
    case(
        "MYK-JK-31907",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a hooded neckline. The lady wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple puffer jacket and white jeans"),
        D.garment_type("jacket"),
        D.color("purple"),
        D.description(
            "purple puffer jacket with fur hood, purple puffer jacket with fur hood, purple puffer jacket with fur "
            "hood, purple puffer",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "fur hood Question: What are the details of the jacket? Answer: fur hood Question: What are the",
            "leak",
            hit_limit=True,
        ),
        D.material("polyester"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        category="Jackets",
        color="Lavender",
        title="Girls Lavender Polyester Padded Jacket with Faux Fur Trim Hood",
    ),
    # 32. Boy of about thirteen on white, side pose: beige cotton cargo shorts with flap pockets, a black t-shirt.
    # Seller gender missing. Caption, details: BASE; wearing: VQA (the tee's black on the shorts); color:
    # RANK(BASE); description: CAP3 (the template says long pants); is_a: RANK(VQA) (empty).
    case(
        "MYK-SR-32660",
        caption("a boy wearing beige cargo shorts and a black t-shirt"),
        D.wearing("black shorts and a black t-shirt", "other_garment_color"),
        D.color("beige"),
        D.details("cargo pockets with flaps on the sides and belt loops"),
        D.description(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns. This gentleman wears a long "
            "pants. The pants are with cotton fabric.",
            "contradiction",
        ),
        is_a("pair of shorts", "", "non_answer"),
        category="Shorts",
        color="Beige",
        title="Boys Beige Solid Cotton Cargo Shorts",
    ),
    # 33. Girl of about eleven on a pale grey backdrop: a navy-and-white polka dot shirt dress with a tie belt,
    # three-quarter sleeves. Caption: BASE ("young woman": sex right, correct); wearing, description: BASE;
    # color: RANK(BASE); color_of dress: VQA (cut); details: VQA (restates); material: VQA (non-answer).
    case(
        "MYK-DR-33524",
        caption("a young woman in a navy blue polka dot dress with a belt"),
        D.wearing("a polka dot shirt dress"),
        D.color("navy blue"),
        D.description("a navy blue dress with white polka dots, a collar and a tie belt at the waist"),
        color_of(
            "dress",
            "navy blue with white polka dots and a white collar and white buttons down the front and the belt is "
            "navy blue with white",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        D.details("the dress is a dress with details", "restated"),
        D.material("the dress", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Navy Blue",
        title="Girls Navy Blue & White Polka Dot Print Shirt Dress with Belt",
    ),
    # 34. Boy of about four on white: a sleeveless royal blue tank t-shirt with a white shark print on the front only
    # (the back is not shown), red shorts. Caption: CAP3 (loop); wearing: BASE ("she"); garment_type, color:
    # RANK(BASE) (blue for Royal Blue, correct); color_of shorts: VQA (the tank's blue); details: BASE;
    # description: VQA (invents a logo on the unseen back).
    case(
        "MYK-TS-34088",
        caption(
            "His tank top has sleeves cut off, cotton fabric and graphic patterns. His tank top has sleeves cut "
            "off, cotton fabric and graphic patterns. His tank top has sleeves cut off, cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue tank top and red shorts", "pronoun"),
        D.garment_type("tank top"),
        D.color("blue"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        D.details("a white shark printed on the front"),
        D.description("a blue tank top with a shark on the front and the brand logo on the back", "unsupported"),
        gender="Boys",
        category="Tshirts",
        color="Royal Blue",
        title="Boys Royal Blue Shark Printed Sleeveless Pure Cotton T-shirt",
    ),
    # 35. Flat packshot on white: a girls' night suit, a pink t-shirt with a sleeping-cat print and "good night", pink
    # pyjamas with grey stripes. Caption, wearing: BASE; color: RANK(BASE); description: VQA (cut); details: CAP3
    # (invents a wearer and her accessory); is_a: RANK(VQA) (yes to jeans).
    case(
        "MYK-NS-35212",
        caption("a pink pajama set with a cat on the shirt laid out on a white surface"),
        D.wearing("pink pajamas"),
        D.color("pink"),
        D.description(
            "a pink t-shirt with a sleeping cat and the words good night and pink pants with grey stripes and the "
            "t-shirt has",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        gender="Girls",
        category="Night suits",
        color="Pink",
        title="Girls Pink Cat Printed Pure Cotton Night Suit",
    ),
    # 36. Boy of about ten on white: a white-and-grey colour-block t-shirt (white body, grey sleeves and shoulder
    # panel), black jeans. Caption, wearing: BASE (correct); color: RANK(BASE); color_of jeans / pants: VQA
    # ("grey" for everything, CONTEXT.md item 3); details: VQA (non-answer); description: VQA (restates).
    case(
        "MYK-TS-36651",
        caption("a boy in a white and grey t-shirt and black jeans"),
        D.wearing("a white and grey t-shirt with black jeans"),
        D.color("white"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        D.details("nothing", "non_answer"),
        D.description("the t-shirt is a t-shirt", "restated"),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Boys White & Grey Colourblocked Cotton T-shirt",
    ),
    # 37. Girl of about three on a mint green backdrop: a fuchsia tutu frock, satin bodice, sleeveless, layered tulle
    # skirt, a big bow at the waist. Caption: CAP1 (cut before the limit); wearing, description: BASE (pink for
    # Fuchsia, correct); color, sleeve_length: RANK(BASE) ("green" from the backdrop); details: VQA (loop);
    # material: BASE ("silk" against the seller's polyester).
    case(
        "MYK-DR-37030",
        caption("The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon", "cut"),
        D.wearing("a pink tutu dress"),
        D.color("green", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a bright pink party dress with a tulle skirt and a bow at the waist"),
        D.details(
            "bow, bow, bow, bow, bow, bow, bow, bow, bow, bow, bow, bow, bow, bow, bow",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        gender="Girls",
        category="Dresses",
        color="Fuchsia",
        title="Girls Fuchsia Layered Polyester Tulle Fit and Flare Party Dress",
    ),
    # 38. Boy of about eight on white: a rust orange cotton kurta with cream pyjamas (the set). Caption: BASE; wearing
    # ("the child"): VQA ("a girl" for a boy); BLIND_QUESTIONS closed: RANK(BASE) (the pyjamas' cream given as
    # the color); material: VQA (leak); is_a: RANK(BASE).
    case(
        "MYK-ET-38874",
        caption("a little boy in an orange kurta and white pajama"),
        wearing("a girl in an orange kurta", "pronoun", who="the child"),
        B.garment_type("kurta"),
        B.color("cream", "contradiction"),
        B.material(
            "cotton Question: What is the pattern of the garment? Answer: solid Question: What is the sleeve length",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Boys",
        category="Kurta Sets",
        color="Rust",
        title="Boys Rust Orange Solid Kurta with Pyjamas",
    ),
    # 39. Hanger shot on white: light blue denim dungarees with adjustable straps and a bib pocket with a yellow
    # flower patch. No seller color. Caption, wearing: BASE; color: RANK(BASE); description: CAP3 (loop);
    # details: VQA (cut); material: VQA (empty).
    case(
        "MYK-DG-39105",
        caption("a pair of denim overalls with a yellow flower on the pocket hanging on a hanger"),
        D.wearing("denim overalls"),
        D.color("light blue"),
        D.description(
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure "
            "color patterns. The pants are with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "adjustable straps with buttons, a bib pocket with a yellow flower patch, two side pockets and the "
            "legs are rolled up at the",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Girls",
        category="Dungarees",
        title="Girls Blue Washed Denim Dungarees with Flower Patch",
    ),
    # 40. Boy of about twelve on white: a red-and-black buffalo-checked flannel shirt worn open over a black t-shirt,
    # grey jeans. The shirt is the product. Caption, wearing: BASE (the layer named, correct); color: RANK(BASE)
    # ("red and black", correct); color_of shirt: VQA; "Describe the shirt": CAP3 (cut); "What are the shirt
    # details?": VQA (restates); material: VQA (loop).
    case(
        "MYK-SH-40271",
        caption("a boy wearing a red and black flannel shirt over a black t-shirt"),
        D.wearing("a red and black checked shirt, a black t-shirt and grey jeans"),
        D.color("red and black"),
        color_of("shirt", "red and black", kind="open"),
        describe(
            "shirt",
            "This gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "the shirt details are the details of the shirt", "restated"),
        D.material(
            "cotton flannel, cotton flannel, cotton flannel, cotton flannel, cotton flannel, cotton flannel, "
            "cotton flannel",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shirts",
        color="Red",
        title="Boys Red & Black Buffalo Checked Flannel Casual Shirt",
    ),
    # 41. Girl of about fourteen on white: a cream cable-knit turtleneck sweater, long sleeves, tucked into a brown
    # corduroy skirt. Caption, wearing, details: BASE (white for cream, correct); color: RANK(BASE) (the skirt's
    # brown); description: VQA (the skirt's brown given to the sweater); material: CAP3 (cut).
    case(
        "MYK-SW-41638",
        caption("a girl in a cream turtleneck sweater and a brown skirt"),
        D.wearing("a white sweater and a brown corduroy skirt"),
        D.color("brown", "contradiction"),
        D.description("a brown cable knit sweater with a high neck", "other_garment_color"),
        D.details("cable knit, turtleneck, ribbed cuffs"),
        D.material(
            "The sweater is with knitting fabric and pure color patterns. It has a stand neckline. The lady wears "
            "a short skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Sweaters",
        color="Cream",
        title="Girls Cream Cable Knit Turtle Neck Acrylic Pullover",
    ),
    # 42. Boy of about two on white: a shirt-and-shorts set, a sky blue half-sleeve shirt with tiny white airplanes
    # and navy shorts. Seller title missing. Caption: BASE ("a little girl" for a boy); wearing: BASE; color,
    # pattern: RANK(BASE); description: VQA (leak); details: VQA (non-answer); material: EXQA ("pure color").
    case(
        "MYK-CS-42017",
        caption("a little girl wearing a blue shirt with airplanes and navy shorts", "pronoun"),
        D.wearing("a light blue shirt and navy blue shorts"),
        D.color("light blue"),
        D.pattern("printed"),
        D.description(
            "a blue shirt with planes on it Question: What is the color of the shorts? Answer: navy blue Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("none", "non_answer"),
        D.material("pure color", "non_answer"),
        gender="Boys",
        category="Clothing Set",
        color="Blue",
    ),
    # 43. Girl of about nine on white: a green-and-gold pavadai (long flared skirt and blouse), blouse with puff
    # sleeves, gold border at the hem, no jewellery. Caption: CAP3 (cut); wearing, material: BASE; color:
    # RANK(BASE) ("green and gold", correct); description: BASE (invents a necklace); details: VQA (loop).
    case(
        "MYK-ET-43542",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with silk fabric and color block patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and gold long skirt and blouse"),
        D.color("green and gold"),
        D.description("a green silk skirt with a gold border, a matching blouse and a gold necklace", "unsupported"),
        D.details(
            "gold border gold border gold border gold border gold border gold border gold border gold border gold "
            "border gold border",
            "loop",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Girls",
        category="Ethnic Sets",
        color="Green",
        title="Girls Green & Gold-Toned Woven Design Pavadai with Blouse",
    ),
    # 44. Flat packshot on white, no person: navy blue lounge pants with a white drawstring, elasticated cuffs, two
    # side pockets, back not shown. Gender, color and title missing (only the category). Caption, wearing: BASE;
    # color: RANK(BASE); description: CAP3 (invents a wearer's t-shirt); details: VQA (cut); material: VQA
    # (restates); is_a: RANK(VQA) (yes to a dress).
    case(
        "MYK-LP-44809",
        caption("a pair of navy blue pajama pants with a white drawstring on a white background"),
        D.wearing("blue pants"),
        D.color("navy blue"),
        D.description(
            "The person wears a long-sleeve T-shirt with pure color patterns. The person wears a long pants.",
            "unsupported",
        ),
        D.details(
            "elastic waist with a white drawstring, elastic cuffs at the ankles, two side pockets and a small white "
            "label at the",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of material", "restated"),
        is_a("dress", "yes", "contradiction"),
        category="Lounge Pants",
    ),
]
