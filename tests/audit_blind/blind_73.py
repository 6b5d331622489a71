"""BLIND_73 (44 products; kids' and infants' clothing, the default questionnaire): written blind in the eighteenth
session. Measured blind at 3814d6c: 114 / 141 failures found (80.9%) and 18 / 145 correct texts flagged (12.4%). The
writer's notes, verbatim:

Blind corpus 73: kids' and infants' clothing from a Myntra-style catalog.

Scenario: the original experiments' untuned base model and their fine-tuned adapters were run again on a
marketplace catalog of kids' and infants' clothing: t-shirts, frocks and dresses, rompers, dungarees, shorts,
ethnic sets (kurta sets, lehenga, sharara), night suits and clothing sets. The photos are child models (toddlers,
babies lying on a blanket, older kids against studio walls), child mannequins and flat lays. Each product was
asked enrich's default questionnaire (DEFAULT_QUESTIONS; a subset per product), and a few products also got the
experiments' own probes (is_a yes/no, an open color_of question). The seller columns come from the marketplace
(gender Boys / Girls / Unisex, Myntra article types such as "Tshirts", "Dresses", "Kurta Sets", "Night suits",
"Clothing Set", a free-form color and the seller's title); some products lack some or all of them.

Who wrote which text (named again in the comment above every case):
- base: the untuned Salesforce/blip2-opt-2.7b, greedy, stops on the newline; short lowercase answers,
  short captions ("a little girl in a pink dress ...").
- cap-e1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1); half template,
  half free text, never stops.
- cap-e3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3); the DeepFashion-MultiModal
  template ("The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton
  fabric. ...") for every prompt, adult female/male words for children, never stops.
- vqa: leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter); one-word In-shop answers that repeat until the limit, or that
  run on into further "Question: ... Answer:" turns.
- closed questions (garment_type, color, pattern, sleeve_length, is_a) are the reference engine's ranked
  candidate answer (base model scoring a closed set; the raw text kept when unmapped).

How it was written: blind. I read only /work/shared/CONTEXT.md and lines 1-168 of
/work/main/tests/audit_corpus.py (the Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS and
TARGETS); no audit code, no other corpus, no docs. The only thing run was an import check of this file.

Label conventions and judgement calls:
- One failure kind per text, the one that makes it wrong first. A loop that runs to the limit is "loop"; a text
  that runs into "Question:"/"Answer:" turns is "leak" even when it also loops or hits the limit; "cut" is kept
  for texts that are right as far as they go and stop mid-phrase. hit_limit=True whenever the text ran to the
  token limit (30 new tokens for answers, 50 for captions), whatever its label; a text cut before the limit
  (the model emitted its stop early, mid-phrase) is "cut" with hit_limit=False.
- A person invented on a flat lay or a product shot ("The lady wears ..." for a romper lying on a table) is
  "unsupported", as are invented pockets, zippers, hairbands, embroidery, rings and props. A plain material
  guess that fits the photo ("cotton" for a jersey tee, "denim", "velvet", "wool" for a knit) is correct;
  material claims nobody can see ("100% organic", gold zari work that is not there) are "unsupported".
- Pronouns: adult words that agree with the seller's gender ("the lady" for a girl, "the gentleman" for a boy)
  are correct; female words for a Boys product or male words for a Girls product are "pronoun". No pronoun
  failure is written for Unisex products or products without a gender.
- "What is the person wearing?" on a flat lay answered with the product ("a yellow romper") is correct.
- Near-color names are correct: navy -> blue, maroon -> red, mustard -> yellow, cream / off white -> white,
  olive -> green, teal -> green or teal, lavender / lilac -> purple, grey melange -> grey. For a two-color print or
  check (white and red gingham, white and blue stripes) either color is correct; "multicolor" is correct for a
  rainbow stripe.
- Background, wall, blanket, floor and prop colors named in a caption as the background are correct.
- Layers: naming the layer under or over the product in the caption or the wearing answer is correct; giving the
  product the color of that other garment (the tights, the shirt under the dungarees, the palazzo under the
  kurta) is "other_garment_color"; giving the product another garment's pattern or sleeves, or a plainly wrong
  color, garment, pattern or sleeve length, or a wrong "no" to is_a, is "contradiction".
- Sets (kurta sets, clothing sets, night suits): a closed garment_type naming the main piece ("kurta",
  "t-shirt", "pajamas") is correct; color answers name the piece the seller's color names.
- A kurta called "an indian outfit", a lehenga called a skirt, dungarees called overalls, a sleepsuit called a
  onesie or romper: correct.
- "non_answer": empty, "i don't know", "not sure", "fabric", a garment name or a color given to the material
  question, "yes" to a details question, "they're short" for shorts' details, "it's a dress" for details.
  "restated": the question's own words back ("the details of the garment", "the garment is made of material").
- Caption-template text given to a description, wearing or details question is judged on what it says: it is
  correct when true of the photo.
"""

from __future__ import annotations

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

BLIND_73: list[Case] = [
    # 001 Girls frock, child model on a white studio sweep: pink fit-and-flare cotton frock, all-over small white
    # and yellow flowers, short puff sleeves, round neck, knee length. Caption cap-e3; closed: engine;
    # description, material: base; details: cap-e3; is_a: engine.
    case(
        "KD73-001",
        caption(
            "The female is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and "
            "it has a round neckline. The dress is of medium length. The female wears a pair of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("pink"),
        D.description("a pink floral dress with puff sleeves"),
        D.details(
            "The dress has short puff sleeves, a round neckline, a round neckline, a round neckline, a round "
            "neckline, a round neckline, a round",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        category="Dresses",
        color="Pink",
        title="Girls Pink Floral Print Fit and Flare Dress",
    ),
    # 002 Boys t-shirt, child model, grey studio wall: navy blue round-neck tee with a white cartoon dinosaur and
    # "DINO" on the chest, short sleeves; khaki shorts (not sold). Caption base; closed: engine; description
    # cap-e3; details vqa; material base.
    case(
        "KD73-002",
        caption("a young boy wearing a blue t-shirt with a dinosaur on it"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric.",
            "pronoun",
        ),
        D.details(
            "t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt t-shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Navy Blue",
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
    ),
    # 003 Infant girls romper, flat lay on white: yellow sleeveless romper with white polka dots, round neck,
    # no pockets, no bow. Caption cap-e3; closed: engine; description base; details cap-e1; material vqa.
    case(
        "KD73-003",
        caption(
            "The female is wearing a sleeveless romper with graphic patterns. The romper is with cotton fabric. "
            "It has a round neckline.",
            "unsupported",
        ),
        D.color("yellow"),
        D.sleeve_length("sleeveless"),
        D.description("a yellow romper with white polka dots"),
        D.details(
            "The romper has white polka dots all over it and a round neckline. It has two pockets on the front.",
            "unsupported",
        ),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Rompers",
        color="Yellow",
        title="Infant Girls Yellow Polka Dot Print Pure Cotton Romper",
    ),
    # 004 Boys dungarees set, child model: light-blue denim dungarees (bib, two strap buttons, chest pocket)
    # over a red-and-white striped short-sleeve tee; both sold together. Caption base; closed: engine;
    # color_of shirt: base (open); description vqa; details cap-e3; wearing cap-e1.
    case(
        "KD73-004",
        caption("a little boy in denim overalls and a striped shirt"),
        D.color("blue"),
        color_of("shirt", "red and white", kind="open"),
        D.wearing("The gentleman wears a short-sleeve shirt with striped patterns and a denim overalls."),
        D.description(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The overalls have a pocket on the chest, two buttons on the straps and a pair of pockets on the",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        category="Dungarees",
        color="Blue",
        title="Boys Blue Denim Dungarees with Striped T-shirt",
    ),
    # 005 Girls kurta set, child model: mustard yellow straight kurta with a gold gota border at hem and
    # three-quarter sleeves, white palazzos, green dupatta over one shoulder. Caption cap-e3; closed: engine;
    # wearing, description, details: base; material cap-e3.
    case(
        "KD73-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.wearing("a yellow indian outfit"),
        D.description("a white kurta with gold embroidery", "other_garment_color"),
        D.material(
            "The garment is made of cotton fabric. The garment is made of cotton fabric. The garment is made of "
            "cotton fabric. The garment",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Kurta Sets",
        color="Mustard",
        title="Girls Mustard Yellow Gotta Patti Kurta with Palazzos & Dupatta",
    ),
    # 006 Kids night suit, flat lay on a white sheet: light blue full-sleeve top and pyjama with white clouds
    # and yellow moons. Caption base; closed: engine; description cap-e1; details vqa; material cap-e3.
    case(
        "KD73-006",
        caption("a blue pajama set with clouds and moons on a white background"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description("The lady wears a long-sleeve shirt with graphic patterns and a long pants.", "unsupported"),
        D.details(
            "long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long sleeve long "
            "sleeve long sleeve long sleeve long sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "cotton fabric. Question: What is the pattern of the garment? Answer: graphic. Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Night suits",
        color="Blue",
        title="Kids Blue Printed Night Suit",
    ),
    # 007 Girls t-shirt, child model against a pink wall: white tee with pink glitter "Little Star" lettering
    # and a small pink star, short sleeves, worn with a denim skirt (not sold). Caption base; closed: engine;
    # description base; details cap-e3; wearing vqa.
    case(
        "KD73-007",
        caption("a little girl in a white t-shirt standing in front of a pink wall"),
        D.garment_type("t-shirt"),
        D.color("pink", "contradiction"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a pink star on it"),
        D.details(
            "The T-shirt has short sleeves and a round neckline. The T-shirt is with cotton fabric and graphic "
            "patterns. The T-shirt has",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "t-shirt Question: What is the color of the t-shirt? Answer: white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="White",
        title="Girls White Typography Printed T-shirt",
    ),
    # 008 Boys shorts, child model: beige chino shorts, belt loops, worn with a white polo (not sold).
    # Caption cap-e3; closed: engine; description, details, material: base.
    case(
        "KD73-008",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns and a short pants. The polo "
            "shirt is with cotton fabric. The pants are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.description("a pair of beige shorts"),
        D.details("they are shorts", "non_answer"),
        D.material("cotton"),
        gender="Boys",
        category="Shorts",
        color="Beige",
        title="Boys Beige Solid Chino Shorts",
    ),
    # 009 Girls party dress on a child mannequin, grey backdrop: maroon velvet sleeveless bodice, gold sequinned
    # net flared skirt, no accessories. Caption base; closed: engine; description vqa; details cap-e1;
    # material base.
    case(
        "KD73-009",
        caption("a red and gold dress on a mannequin"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.description(
            "red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The dress is sleeveless and has a round neckline. It comes with a matching hairband and a pair of gloves.",
            "unsupported",
        ),
        D.material("velvet"),
        gender="Girls",
        category="Dresses",
        color="Maroon",
        title="Girls Maroon & Gold-Toned Embellished Net Fit & Flare Party Dress",
    ),
    # 010 Boys kurta set, child model: white long-sleeve kurta and white pyjama under a navy blue sleeveless
    # Nehru jacket (all sold together). Caption base; closed: engine; description cap-e3; wearing base;
    # details cap-e1.
    case(
        "KD73-010",
        caption("a young boy in a white kurta and a blue vest"),
        D.color("blue"),
        D.wearing("a white kurta and blue jacket"),
        D.description("The lady wears a long-sleeve shirt with pure color patterns. She wears a vest.", "pronoun"),
        D.details(
            "The jacket has buttons on the front and a mandarin collar. The kurta has buttons on the front and a "
            "mandarin collar. The jacket has",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Navy Blue",
        title="Boys Navy Blue Nehru Jacket with White Kurta & Pyjama Set",
    ),
    # 011 Girls dress, child model in a park (green grass, trees): lavender sleeveless tiered cotton dress,
    # white sneakers. Every open question and the caption: cap-e3; closed: engine.
    case(
        "KD73-011",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lady wears a pair of sneakers and the",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color("purple"),
        D.pattern("solid"),
        D.wearing(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The lady is wearing a sleeveless dress with pure color patterns. The lady is wearing a sleeveless "
            "dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. "
            "The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dresses",
        color="Lavender",
        title="Girls Lavender Solid Tiered A-Line Dress",
    ),
    # 012 Boys polo t-shirt, child model: mustard yellow polo, navy tipping on collar, short sleeves, navy
    # shorts (not sold). Caption base; closed: engine; every open question: vqa.
    case(
        "KD73-012",
        caption("a boy in a yellow polo shirt and blue shorts"),
        D.garment_type("polo shirt"),
        D.color("yellow"),
        D.wearing(
            "polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt polo shirt "
            "polo shirt",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "yellow Question: Describe the shorts. Answer: blue Question: Describe the garment. Answer: yellow "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("yes", "non_answer"),
        D.material("blue", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Mustard",
        title="Boys Mustard Yellow Polo Collar T-shirt",
    ),
    # 013 Girls night suit, child model sitting on a bed: pink full-sleeve top with a white unicorn print and
    # pink pyjamas. Caption base; closed: engine; description, wearing: base; details cap-e1.
    case(
        "KD73-013",
        caption("a little girl sitting on a bed wearing pink pajamas"),
        D.color("pink"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a pink pajama set with a unicorn on it"),
        D.details(
            "The shirt has long sleeves and a unicorn print. There is a ring on her finger and a hat on her head.",
            "unsupported",
        ),
        D.wearing("he is wearing pink pajamas", "pronoun"),
        gender="Girls",
        category="Night suits",
        color="Pink",
        title="Girls Pink Unicorn Printed Night Suit",
    ),
    # 014 Infant romper, flat lay on a wooden table: grey melange full-sleeve romper, "Daddy's Little Monster"
    # text, press buttons down the front. No seller gender or title. Caption base; closed: engine; description,
    # details: cap-e3; material base; is_a: vqa.
    case(
        "KD73-014",
        caption("a grey baby onesie with writing on it on a wooden table"),
        D.garment_type("romper"),
        D.color("grey"),
        D.description(
            "The lady wears a long-sleeve romper with graphic patterns. The romper is with cotton fabric. The lady",
            "unsupported",
        ),
        D.details(
            "The romper has long sleeves, a round neckline, buttons on the front, long sleeves, a round neckline, "
            "buttons on the front, long",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("t-shirt", "yes", "contradiction"),
        category="Rompers",
        color="Grey Melange",
    ),
    # 015 Boys clothing set, flat lay: red short-sleeve tee with a blue racing-car print, navy shorts with an
    # elastic waist (no drawstring). Caption cap-e3; closed: engine; wearing, material: cap-e1; description base;
    # details vqa.
    case(
        "KD73-015",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("red"),
        D.wearing("Answer: a red t-shirt and blue shorts", "leak"),
        D.description("a red t-shirt with a car on it and blue shorts"),
        D.details(
            "car car car car car car car car car car car car car car car car car car car car car car car car car "
            "car car car car car",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is made of cotton and the shorts are made of polyester with an elastic waistband and a "
            "drawstring",
            "unsupported",
        ),
        gender="Boys",
        category="Clothing Set",
        color="Red",
        title="Boys Red & Navy Blue Printed T-shirt with Shorts",
    ),
    # 016 Girls dress, child model, beige wall: white-and-red gingham check A-line dress, short puff sleeves,
    # red bow at the collar. Caption cap-e3; closed: engine; description base; details cap-e1; material base.
    case(
        "KD73-016",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        D.color("red"),
        D.pattern("checked"),
        D.description("a red and white checkered dress with a bow"),
        D.details(
            "The dress has a bow at the neck and puff sleeves. The dress has a bow at the neck and puff sleeves. "
            "The dress has a",
            "loop",
            hit_limit=True,
        ),
        D.material("fabric", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="White",
        title="Girls White & Red Checked A-Line Dress",
    ),
    # 017 Boys henley t-shirt, child model: olive green full-sleeve henley (three buttons, no pocket, no logo),
    # blue jeans (not sold). Caption and every open question: cap-e1; closed: engine.
    case(
        "KD73-017",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The shirt has a henley neckline with three buttons and a chest pocket with a logo of the brand on it.",
            "unsupported",
        ),
        D.details("The details of the garment are the details of the shirt.", "restated"),
        D.material(
            "The shirt is made of cotton. The pants are made of denim. The shirt is made of cotton. The pants are "
            "made of denim. The",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        category="Tshirts",
        color="Olive",
        title="Boys Olive Green Henley Neck Pure Cotton T-shirt",
    ),
    # 018 Girls denim shorts, flat lay: mid-blue washed denim shorts, frayed hem, two pink heart patches.
    # Caption base; closed: engine; wearing, details, material: base; description vqa; is_a: vqa.
    case(
        "KD73-018",
        caption("a pair of denim shorts with pink hearts"),
        D.color("blue"),
        D.wearing("shorts"),
        D.description(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        D.details("the shorts", "restated"),
        D.material("denim"),
        is_a("skirt", "yes", "contradiction"),
        gender="Girls",
        category="Shorts",
        color="Blue",
        title="Girls Blue Washed Denim Shorts",
    ),
    # 019 Girls lehenga set, child model: pink flared lehenga with gold foil print, green sleeveless blouse,
    # pink net dupatta. Caption base; closed: engine; description, material: cap-e3; details base; wearing vqa.
    case(
        "KD73-019",
        caption("a little girl in a pink and green indian dress"),
        D.garment_type("skirt"),
        D.color("pink"),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.details("gold print"),
        D.wearing(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The skirt is with chiffon fabric and the tank top is with cotton fabric. The skirt is with chiffon "
            "fabric and the",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        category="Lehenga Choli",
        color="Pink",
        title="Girls Pink & Green Printed Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 020 Infant boys romper, baby lying on a white blanket: white-and-blue striped short-sleeve romper, small
    # navy anchor embroidered on the chest, shoulder snaps; no pocket, no hood. Caption base; closed: engine;
    # wearing, material: base; description, details: cap-e3.
    case(
        "KD73-020",
        caption("a baby lying on a bed in a blue and white striped onesie"),
        D.color("blue"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.wearing("a striped onesie"),
        D.description(
            "The lady wears a short-sleeve romper with striped patterns. The romper is with cotton fabric.",
            "pronoun",
        ),
        D.details("The romper has an anchor on the chest. It has a pocket on the chest and a hood.", "unsupported"),
        D.material("it's a romper", "non_answer"),
        gender="Boys",
        category="Rompers",
        color="White",
        title="Infant Boys White & Blue Striped Pure Cotton Romper",
    ),
    # 021 Girls crop t-shirt, child model: black short-sleeve crop tee with a silver sequin butterfly, white
    # tiered skirt (not sold). Caption cap-e3; closed: engine; wearing, details, material: cap-e3;
    # description base.
    case(
        "KD73-021",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("embellished"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a mini skirt. The T-shirt is with "
            "cotton fabric. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        D.description("a black t-shirt with a silver butterfly on it"),
        D.details("The details of the T-shirt are the details.", "restated"),
        D.material("The T-shirt is with cotton fabric."),
        gender="Girls",
        category="Tshirts",
        color="Black",
        title="Girls Black Embellished Sequinned Crop T-shirt",
    ),
    # 022 Girls frock, child model, white studio: teal long-sleeve A-line frock with a white lace Peter Pan
    # collar. Caption base; closed: engine; wearing, material: base; description, details: cap-e3.
    case(
        "KD73-022",
        caption("a little girl in a green dress with a white collar"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.wearing("a teal dress with a white collar"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress has a lace collar and long sleeves. The dress has a lace collar and long sleeves. The dress "
            "has a lace collar",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of", "cut"),
        gender="Girls",
        category="Dresses",
        color="Teal",
        title="Girls Teal Solid A-Line Dress with Lace Collar",
    ),
    # 023 Boys t-shirt, flat lay on grey: white tee, black "SKATE" lettering on the chest, red sleeve hems;
    # no seller color. Caption cap-e1; closed: engine; wearing, details, material: base; description vqa.
    case(
        "KD73-023",
        caption(
            "The T-shirt is white with a black print on the front and red trim on the sleeves. It has a round neckline."
        ),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.wearing("a white t-shirt with the word skate on it"),
        D.description("white Question: What is the color of the sleeves? Answer: red Question: What", "leak"),
        D.details("it's a t-shirt", "non_answer"),
        D.material("cotton"),
        gender="Boys",
        category="Tshirts",
        title="Boys Typography Printed Cotton T-shirt",
    ),
    # 024 Girls dungaree dress, toddler model: pink corduroy pinafore dungaree dress (two strap buttons, chest
    # pocket) over a white long-sleeve tee that is not sold with it. Caption base; closed: engine; description,
    # material: base; details, wearing: cap-e3.
    case(
        "KD73-024",
        caption("a little girl wearing a pink overall dress and a white shirt"),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.description("a white shirt with long sleeves", "other_garment_color"),
        D.details(
            "The dress has two buttons on the straps, a pocket on the chest and a corduroy texture. The lady wears "
            "a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        D.material("corduroy"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a pink overalls. Question: What is the "
            "person wearing? Answer: The lady",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        category="Dungarees",
        color="Pink",
        title="Girls Pink Corduroy Dungaree Dress",
    ),
    # 025 Boys kurta set, child model beside a potted plant: cream kurta with tone-on-tone embroidery at the
    # placket, white churidar; no dupatta, no zari. Caption base; closed: engine; wearing vqa; description,
    # details: base; material cap-e1.
    case(
        "KD73-025",
        caption("a young boy in a white indian outfit standing next to a plant"),
        D.color("white"),
        D.pattern("embroidered"),
        D.wearing(
            "shirt Question: What is the person wearing? Answer: shirt Question: What is the person wearing? "
            "Answer: shirt Question:",
            "leak",
            hit_limit=True,
        ),
        D.description("she is wearing a white kurta with embroidery and white pants", "pronoun"),
        D.details("embroidery on the collar"),
        D.material(
            "The kurta is made of silk with gold zari work on the collar and it comes with a matching dupatta.",
            "unsupported",
        ),
        gender="Boys",
        category="Kurta Sets",
        color="Cream",
        title="Boys Cream-Coloured Ethnic Motifs Embroidered Kurta with Churidar",
    ),
    # 026 Girls t-shirt, child model against a purple wall: lemon yellow tee with "Sunshine" print, short
    # sleeves, tucked into denim shorts (not sold). Caption cap-e3; closed: engine; wearing, description: base;
    # details vqa.
    case(
        "KD73-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short denim pants. The T-shirt is "
            "with cotton fabric. The denim pants are with denim fabric and pure color patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.wearing("a yellow t-shirt tucked into denim shorts"),
        D.description("a yellow t-shirt with the word sunshine on it"),
        D.details(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Tshirts",
        color="Yellow",
        title="Girls Yellow Printed Round Neck T-shirt",
    ),
    # 027 Infants clothing set, flat lay on white: white short-sleeve bodysuit with a mint elephant print, mint
    # green pants, mint cap. Caption base; closed: engine; wearing cap-e3; description base; details cap-e1.
    case(
        "KD73-027",
        caption("a baby's outfit with a hat, a shirt and pants"),
        D.color("green"),
        D.wearing(
            "The female wears a short-sleeve shirt with graphic patterns and a long pants. She wears a hat.",
            "unsupported",
        ),
        D.description("a green and white baby outfit with a hat"),
        D.details("The details of the garment are", "restated"),
        gender="Unisex",
        category="Clothing Set",
        color="Green",
        title="Infants Green & White Printed Clothing Set",
    ),
    # 028 Boys cargo shorts, child model: olive camouflage cargo shorts with side pockets and a button waist,
    # grey tee (not sold). Caption base; closed: engine; wearing, details: base; description cap-e1; material vqa.
    case(
        "KD73-028",
        caption("a boy in a grey t-shirt and camouflage shorts"),
        D.color("grey", "other_garment_color"),
        D.pattern("camouflage"),
        D.wearing("she is wearing a grey shirt and green shorts", "pronoun"),
        D.description("The shorts have a camouflage print with side pockets, a button and", "cut"),
        D.details("pockets on the sides"),
        D.material(
            "shorts Question: What material is the shorts made of? Answer: cotton Question: What material",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        category="Shorts",
        color="Olive",
        title="Boys Olive Green Camouflage Printed Cargo Shorts",
    ),
    # 029 Girls night suit, flat lay: navy blue short-sleeve top and shorts with small white stars, piping at
    # the hems. Caption, details: cap-e3; closed: engine; description base.
    case(
        "KD73-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and graphic patterns. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        D.garment_type("pajamas"),
        D.color("blue"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a blue pajama set with white stars"),
        D.details(
            "The T-shirt has short sleeves, a round neckline, short sleeves, a round neckline, short sleeves, a "
            "round neckline, short",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        category="Night suits",
        color="Navy Blue",
        title="Girls Navy Blue Star Print Pure Cotton Night Suit",
    ),
    # 030 Boys colourblock t-shirt, child model: short-sleeve raglan tee, red body, black raglan sleeves, black
    # joggers (not sold). Caption base; closed: engine; wearing cap-e1; material base.
    case(
        "KD73-030",
        caption("a boy in a red and black shirt"),
        D.color("red"),
        D.pattern("color block"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing(
            "He is wearing a red and black T-shirt and black pants. He is wearing a red and black T-shirt and black "
            "pants. He is",
            "loop",
            hit_limit=True,
        ),
        D.material("nothing", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="Red",
        title="Boys Red & Black Colourblocked Raglan Sleeves T-shirt",
    ),
    # 031 Girls jumper dress, child model: knee-length knitted dress with rainbow stripes (red, yellow, green,
    # blue, purple), long sleeves, round neck. Caption, material: base; closed: engine; description vqa;
    # details cap-e1.
    case(
        "KD73-031",
        caption("a little girl in a rainbow striped sweater dress"),
        D.garment_type("sweater", "contradiction"),
        D.color("multicolor"),
        D.description(
            "striped Question: What is the color of the dress? Answer: multicolor Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        D.details(
            "The dress has long sleeves and a round neckline with stripes in red, yellow, green, blue and purple. "
            "The dress has a",
            "cut",
            hit_limit=True,
        ),
        D.material("wool"),
        gender="Girls",
        category="Dresses",
        color="Multi",
        title="Girls Multicoloured Striped Jumper Dress",
    ),
    # 032 Infant boys dungarees set, flat lay: grey knitted dungaree shorts with a brown bear applique, white
    # short-sleeve tee inside. Caption cap-e1; closed: engine; wearing vqa; description cap-e3; details base.
    case(
        "KD73-032",
        caption("A grey dungaree with a brown bear on the front and a white t-shirt"),
        D.color("grey"),
        D.wearing(
            "Answer: dungarees Answer: dungarees Answer: dungarees Answer: dungarees Answer: dungarees Answer:",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a short pants. The T-shirt is "
            "with cotton fabric. The pants",
            "unsupported",
            hit_limit=True,
        ),
        D.details("a bear on the front"),
        gender="Boys",
        category="Dungarees",
        color="Grey",
        title="Infant Boys Grey Dungarees with T-shirt",
    ),
    # 033 Boys t-shirt, child model: plain white round-neck tee worn under an open blue-and-white checked
    # shirt (not sold). Caption, description, material: base; closed: engine; details cap-e3.
    case(
        "KD73-033",
        caption("a boy wearing a blue plaid shirt over a white t-shirt"),
        D.garment_type("t-shirt"),
        D.color("blue", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.description("a blue and white plaid shirt", "other_garment_color"),
        D.details("The details of the shirt are", "restated"),
        D.material("", "non_answer"),
        gender="Boys",
        category="Tshirts",
        color="White",
        title="Boys White Solid Round Neck T-shirt",
    ),
    # 034 Girls shorts, child model: pink cotton shorts with a white lace hem, white tank top (not sold).
    # Caption cap-e3; closed: engine; wearing, description, details: base; material cap-e1.
    case(
        "KD73-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shorts"),
        D.color("pink"),
        D.wearing("a white tank top and pink shorts"),
        D.description("pink shorts with lace"),
        D.details("they're short", "non_answer"),
        D.material("The material of the garment is", "restated"),
        gender="Girls",
        category="Shorts",
        color="Pink",
        title="Girls Pink Lace Detail Shorts",
    ),
    # 035 Boys night suit, child model in a bedroom: grey melange full-sleeve top with a green dinosaur, navy
    # pyjamas; no seller color. Caption, wearing, details, material: base; closed: engine; description cap-e1.
    case(
        "KD73-035",
        caption("a little girl in pajamas standing in a bedroom", "pronoun"),
        D.garment_type("pajamas"),
        D.color("grey"),
        D.wearing("pajamas"),
        D.description(
            "The shirt is grey with a green dinosaur print on the front and the pants are navy blue with a",
            "cut",
            hit_limit=True,
        ),
        D.details("the details of the garment", "restated"),
        D.material("i don't know", "non_answer"),
        gender="Boys",
        category="Night suits",
        title="Boys Printed Night Suit",
    ),
    # 036 Girls sharara set, child model on a white sweep, nothing in her hands: white kurti with a pink floral
    # print and three-quarter sleeves, pink sharara, pink dupatta. Caption, details, material: base; closed:
    # engine; description cap-e3.
    case(
        "KD73-036",
        caption("a little girl in a white and pink indian dress holding a flower", "unsupported"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "The lady wears a medium-sleeve shirt with floral patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.details("it's a dress", "non_answer"),
        D.material("cotton"),
        gender="Girls",
        category="Kurta Sets",
        color="White",
        title="Girls White Floral Printed Kurti with Sharara & Dupatta",
    ),
    # 037 Boys clothing set, child model: green short-sleeve shirt with a tropical leaf print (collar, buttons,
    # no pocket), beige shorts with an elastic waist. Caption cap-e3; closed: engine; wearing, description:
    # base; details, material: cap-e1.
    case(
        "KD73-037",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a short pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        D.color("green"),
        D.wearing("a green shirt and shorts"),
        D.description("she is wearing a green shirt with leaves on it", "pronoun"),
        D.details(
            "The shirt has a collar and buttons on the front. The shorts have an elastic waist and the shirt has a "
            "collar and",
            "cut",
            hit_limit=True,
        ),
        D.material("The garment is made of material.", "restated"),
        gender="Boys",
        category="Clothing Set",
        color="Green",
        title="Boys Green & Beige Tropical Printed Shirt with Shorts",
    ),
    # 038 Girls t-shirt, flat lay on white: lilac short-sleeve tee with a flip-sequin heart; no seller title.
    # Caption, description: base; closed: engine; wearing cap-e3; material vqa.
    case(
        "KD73-038",
        caption("a purple t-shirt with a heart made of sequins"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("purple"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "unsupported",
            hit_limit=True,
        ),
        D.description("a purple t-shirt with a sequin heart"),
        D.material("t-shirt", "non_answer"),
        gender="Girls",
        category="Tshirts",
        color="Lavender",
    ),
    # 039 Infant boys romper, baby sitting on a white blanket: sleeveless blue denim-look romper with snap
    # buttons, bare arms. Caption, details, material: base; closed: engine; description cap-e3; is_a: vqa.
    case(
        "KD73-039",
        caption("a baby boy in a denim romper sitting on a white blanket"),
        D.garment_type("romper"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("The lady wears a sleeveless romper with denim fabric.", "pronoun"),
        D.details("snap buttons"),
        D.material("the garment is made of", "cut"),
        is_a("romper", "no", "contradiction"),
        gender="Boys",
        category="Rompers",
        color="Blue",
        title="Infant Boys Blue Solid Denim Romper",
    ),
    # 040 Girls frock, child model: navy blue short-sleeve A-line frock, white Peter Pan collar with a small red
    # bow, white tights and black shoes (not sold). Caption, details: cap-e3; closed: engine; wearing, material:
    # base; description cap-e1.
    case(
        "KD73-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a lapel neckline."
        ),
        D.garment_type("dress"),
        D.color("white", "other_garment_color"),
        D.wearing("a blue dress and white tights"),
        D.description("The dress has a white peter pan collar and a red bow on the front and white", "cut"),
        D.details("The details of the dress are the dress details.", "restated"),
        D.material("not sure", "non_answer"),
        gender="Girls",
        category="Dresses",
        color="Navy Blue",
        title="Girls Navy Blue Peter Pan Collar A-Line Dress",
    ),
    # 041 Boys kurta and dhoti set, child model: yellow long-sleeve kurta (mandarin collar, buttons, plain
    # sleeves) and a white dhoti. Caption, description, material: base; closed: engine; wearing cap-e3;
    # details cap-e1.
    case(
        "KD73-041",
        caption("a young boy in a yellow shirt and white pants"),
        D.garment_type("kurta"),
        D.color("white", "other_garment_color"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.description("a yellow kurta"),
        D.details(
            "The kurta has a mandarin collar and buttons on the front. It has gold embroidery on the sleeves.",
            "unsupported",
        ),
        D.material("the garment", "restated"),
        gender="Boys",
        category="Kurta Sets",
        color="Yellow",
        title="Boys Yellow Kurta with Dhoti Pants",
    ),
    # 042 Kids t-shirt, flat lay on a wooden floor: orange short-sleeve tee with a yellow-and-brown giraffe.
    # Caption, details: base; closed: engine; description cap-e3; material vqa.
    case(
        "KD73-042",
        caption("an orange t-shirt with a giraffe on it on a wooden floor"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline.",
            "unsupported",
        ),
        D.details("a giraffe"),
        D.material(
            "cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer: cotton Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Unisex",
        category="Tshirts",
        color="Orange",
        title="Kids Orange Giraffe Print T-shirt",
    ),
    # 043 Girls dungaree shorts, child model: mustard corduroy dungaree shorts over a black-and-white striped
    # short-sleeve tee (not sold). Caption, details: cap-e3; closed: engine; description, wearing: base.
    case(
        "KD73-043",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short pants. The T-shirt is with "
            "cotton fabric. The pants are with corduroy fabric and pure color patterns."
        ),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.description("a black and white striped shirt", "other_garment_color"),
        D.details(
            "The pants have two pockets on the front and a pocket on the back. The pants have two pockets on the "
            "front and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing overalls", "pronoun"),
        gender="Girls",
        category="Dungarees",
        color="Mustard",
        title="Girls Mustard Yellow Corduroy Dungaree Shorts",
    ),
    # 044 Boys sports shorts, flat lay on white: red shorts with two white side stripes and an elastic waist.
    # Caption cap-e1; closed: engine; details base; wearing, material: cap-e3.
    case(
        "KD73-044",
        caption("A pair of red shorts with white stripes on the sides and an elastic waistband"),
        D.garment_type("shorts"),
        D.color("red"),
        D.details("white stripes on the sides"),
        D.wearing(
            "The gentleman wears a short pants with pure color patterns. The pants are with polyester fabric. The "
            "gentleman wears",
            "unsupported",
        ),
        D.material("The shorts are made of", "cut"),
        gender="Boys",
        category="Shorts",
        color="Red",
        title="Boys Red Solid Sports Shorts",
    ),
]
