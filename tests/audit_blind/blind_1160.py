"""BLIND_1160 (46 products; Myntra innerwear/sleepwear: caption, extractive QA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 105/139 failures found (75.5%) and 27/201 correct texts flagged
(13.4%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra innerwear and sleepwear feed for men and women: innerwear vests,
camisoles, briefs, trunks, boxers, lounge shorts, lounge pants (pyjamas) and night suits. Catalog photos on a
white backdrop: most on a model who also wears another garment (a white vest over the briefs, a t-shirt over the
boxers or the pyjamas, a bra with the briefs, jeans with the vest), some bare-torso crops, a few flat lays of packs.
The run followed the third experiment: one caption per photo, then the open questions answered by an extractive
QA model over that caption; the closed questions answered by enrich's reference engine.

Who wrote what:
- Captions: most by the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption): the
  DeepFashion-MultiModal template ("The gentleman wears a tank top with pure color patterns and a three-point
  shorts..."), which names patterns ("pure color", "lattice", "graphic", "striped", "color block") and no hues,
  calls every short bottom "three-point shorts" and every long one "long pants", and has no word for briefs. Some
  by the epoch-1 adapter, which still names hues ("a white t-shirt and navy blue shorts") but keeps the template's
  rhythm and invents small details (drawstrings, pockets, logos, lace). A few by the untuned base model (short,
  "a man in a white tank top and red underwear"). None of the adapters learned an end token: captions loop or are
  cut at the 50-token limit. On a retry pass a handful of captions came from the VQA adapter
  (leoreigoto/Data3_V3_BLIP2_VQA) given an empty prompt: it writes its training format, "Question: What is the color
  of the shorts? Answer: blue Question: ...", until the limit.
- Open answers (wearing, describe, details, open color, material): timpal0l/mdeberta-v3-base-squad2 over the
  product's caption, so each is a span copied from the caption or empty (its no-answer). It inherits every
  error of the caption and adds its own: the first color in the caption for the product's color, the pattern word
  ("pure color", "lattice") for a color, a span from the other garment's sentence, a span that stops where its
  answer-length limit stops it, a span that runs into the caption's loop or leaked format.
- Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?"): the reference engine's pick of one
  candidate value; they never loop or stop short but can pick the wrong candidate (the other garment's color, the
  t-shirt for the boxers, "yes" to a wrong garment).

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults the label is the one a reader sees first: a caption that loops
  and then hits the limit is a loop; a leaked caption that also repeats a color is a leak.
- other_garment_color is for open answers only. A closed answer that picks the other garment's color, and a caption
  that gives the product the other garment's color, are labeled contradiction.
- A color question answered with a pattern word and no hue ("pure color", "lattice", "striped", "color block",
  "graphic") is a non_answer, as is the QA model's empty answer and a single word to an open question.
- An answer that gives back only the garment's own name or a synonym of it ("boxer briefs" to "Describe the
  trunks.", "three-point shorts" to "Describe the shorts.") is restated.
- Garment names: "shorts", "boxer shorts" and "boxer briefs" for boxers and trunks, "tank top" for a vest or a
  camisole, "sweatpants" or "pajama pants" for lounge pants, "shirt" for a henley are acceptable. "shorts" for
  briefs, "long pants" for boxers are contradictions, as is a garment type or yes/no pick that names another
  garment.
- A material that the seller's title contradicts (cotton for a satin night suit, denim for a cotton vest) is a
  contradiction; an invented detail with nothing in the photo behind it (drawstring, pockets, logo, lace trim,
  necklace, a person in a flat lay, an accessory on a bare wrist) is unsupported.
- "he/his/man/gentleman" for a woman, or "she/her/lady/woman" for a man, in a caption or copied into an answer, is a
  pronoun failure, even in a flat lay, where the gender is the seller's.
- hit_limit=True marks captions that ran to the 50-token limit and extractive spans that the QA model's answer
  length cut short; a span that ends mid-phrase only because the caption did is labeled cut without hit_limit.
- A span that runs into the caption's repeated sentence is a loop; one that copies "Question: ... Answer:" is a leak.
- A correct answer may be partial ("black underwear" for a pack of two whose worn trunk is black, "maroon" for
  maroon-and-grey checked pyjamas) as long as nothing in it is wrong for the photo.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1160 = [
    # photo: white ribbed sleeveless vest with round neck on a man who also wears navy blue briefs; white backdrop,
    # front view cropped at the thighs. Caption: epoch-1 adapter; open answers: extractive QA; closed: reference.
    case(
        "X1160-001",
        caption(
            "The man is wearing a white sleeveless vest with pure color patterns and navy blue briefs. The vest is "
            "with cotton fabric and it has a round neckline."
        ),
        wearing("a white sleeveless vest with pure color patterns and navy blue briefs", who="the man"),
        Q.color("white"),
        color_of("vest", "navy blue", "other_garment_color", kind="open"),
        describe("vest", "sleeveless vest with pure color patterns"),
        details("vest", "navy blue briefs", "contradiction"),
        material("cotton"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Men White Cotton Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: navy blue briefs with a grey waistband lettered in white, bare torso, white backdrop, front crop chest to
    # thigh. Caption: epoch-3 adapter (no word for briefs); open: extractive QA; closed: reference.
    case(
        "X1160-002",
        caption(
            "This gentleman wears a three-point shorts with pure color patterns. The shorts are with cotton fabric.",
            "contradiction",
        ),
        wearing("a three-point shorts with pure color patterns", "contradiction", who="the man"),
        color_of("briefs", "pure color", "non_answer", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("briefs"),
        is_a("pair of briefs", "yes"),
        material("cotton"),
        title="Jockey Men Navy Blue Modern Briefs 8035",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange scoop-neck vest with wide armholes on a man in black trunks; white backdrop, front view.
    # Caption: untuned base model; open: extractive QA; closed: reference.
    case(
        "X1160-003",
        caption("a man in a grey tank top and black underwear"),
        wearing("a grey tank top and black underwear", who="the man"),
        color_of("vest", "black", "other_garment_color", kind="open"),
        describe("vest", "a grey tank top"),
        details("vest", "black underwear", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        title="Dollar Bigboss Men Grey Melange Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black cotton-stretch trunk with a wide red waistband printed HANES in white, no drawstring, bare torso,
    # white backdrop, front crop. Caption: epoch-1 adapter (loops to the limit); open: extractive QA; closed: reference.
    case(
        "X1160-004",
        caption(
            "The man is wearing black shorts with a red waistband. The shorts are made of cotton and have a "
            "drawstring on the front. The man is wearing black shorts with a red waistband. The shorts are made of "
            "cotton and have",
            "loop",
            hit_limit=True,
        ),
        wearing("black shorts with a red waistband", who="the man"),
        describe("trunks", "The man is wearing black shorts with a red waistband"),
        details("trunks", "a drawstring on the front", "unsupported"),
        color_of("trunks", "black"),
        material("cotton"),
        title="Hanes Men Black Cotton Stretch Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay, no person: three folded briefs (navy, grey melange, maroon) side by side on white, waistbands
    # up. Caption: untuned base model; open: extractive QA; closed: reference. Row has no color column.
    case(
        "X1160-005",
        caption("three pairs of men's underwear on a white background"),
        wearing("three pairs of men's underwear"),
        describe("briefs", "three pairs of men's underwear"),
        color_of("briefs", "", "non_answer", kind="open"),
        Q.color("multi"),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        title="Jockey Men Pack of 3 Assorted Briefs 8037",
        category="Briefs",
        gender="Men",
    ),
    # photo: blue-and-white gingham woven boxers with an elastic waistband, worn with a plain white crew-neck t-shirt;
    # white backdrop, front view cropped at the knees. Caption: epoch-1; open: extractive QA; closed: reference.
    case(
        "X1160-006",
        caption(
            "The man is wearing a white t-shirt and blue and white checkered shorts. The t-shirt is made of cotton and "
            "has a round neckline. The shorts are made of cotton and have a lattice pattern."
        ),
        wearing("a white t-shirt and blue and white checkered shorts", who="the man"),
        color_of("boxers", "blue and white", kind="open"),
        describe("boxers", "cotton and have a lattice pattern"),
        Q.pattern("checked"),
        Q.garment_type("t-shirt", "contradiction"),
        details("boxers", "a round neckline", "contradiction"),
        is_a("pair of boxers", "yes"),
        title="Chromozome Men Blue & White Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pink short-sleeve round-neck top with a small navy star print and navy pyjama pants with pink
    # stars; white backdrop, full length, barefoot. Caption: epoch-3 (loops); open: extractive QA; closed: reference.
    case(
        "X1160-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. The pants are "
            "with cotton fabric and graphic patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="the woman"),
        color_of("night suit", "graphic", "non_answer", kind="open"),
        details("pyjamas", "cotton fabric and graphic patterns"),
        describe(
            "night suit",
            "The pants are with cotton fabric and graphic patterns. The pants are with cotton fabric",
            "loop",
        ),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("night suit"),
        material("cotton"),
        title="Sweet Dreams Women Pink & Navy Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: navy knit lounge shorts with a white drawstring and side pockets, worn with a grey melange t-shirt; white
    # backdrop, front view, head cropped. Caption: epoch-1; open: extractive QA; closed: reference.
    case(
        "X1160-008",
        caption(
            "The man is wearing a grey t-shirt and navy blue shorts. The t-shirt is made of cotton and has a round "
            "neckline. The shorts are made of cotton and have a drawstring waist."
        ),
        wearing("a grey t-shirt and navy blue shorts", who="the man"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "a drawstring waist"),
        describe("shorts", "navy blue shorts. The t-shirt is made of cotton and has a", "cut", hit_limit=True),
        Q.color("grey", "contradiction"),
        material("cotton"),
        title="Jockey Men Navy Lounge Shorts 9426",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black scoop-neck vest on a man in grey lounge pants; white backdrop, front view. Caption: the VQA adapter
    # on the retry pass (empty prompt, writes its training format); open: extractive QA; closed: reference.
    case(
        "X1160-009",
        caption(
            "Question: What is the color of the shirt? Answer: black Question: What cloth is the person wearing? "
            "Answer: tank top Question: Is this a tank top? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("tank top", who="the man"),
        color_of("vest", "black", kind="open"),
        describe("vest", "Question: What cloth is the person wearing? Answer: tank top", "leak"),
        details("vest", "Is this a tank top? Answer: yes", "leak"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Men Black Vest US26",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: nude seamless hipster briefs, no lace, worn with a matching nude t-shirt bra; white backdrop, front crop
    # waist to thigh. Caption: epoch-1; open: extractive QA; closed: reference.
    case(
        "X1160-010",
        caption(
            "The woman is wearing a beige bra and matching beige panties. The panties are seamless and have a lace "
            "trim on the waistband.",
            "unsupported",
        ),
        wearing("a beige bra and matching beige panties", who="the woman"),
        color_of("briefs", "beige", kind="open"),
        details("briefs", "a lace trim on the waistband", "unsupported"),
        describe("briefs", "a beige bra", "contradiction"),
        Q.garment_type("briefs"),
        Q.color("pink", "contradiction"),
        Q.pattern("solid"),
        title="Amante Women Nude Seamless Hipster Briefs",
        category="Briefs",
        color="Nude",
        gender="Women",
    ),
    # photo: red woven boxers with a small white anchor print, bare torso; white backdrop, front crop to the knees.
    # Caption: epoch-3 (loops to the limit); open: extractive QA; closed: reference.
    case(
        "X1160-011",
        caption(
            "The gentleman wears a three-point shorts with graphic patterns. The shorts are with cotton fabric. The "
            "gentleman wears a three-point shorts with graphic patterns. The shorts are with cotton fabric. The "
            "gentleman wears a three",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-point shorts with graphic patterns", who="the man"),
        color_of("boxers", "graphic", "non_answer", kind="open"),
        details(
            "boxers",
            "cotton fabric. The gentleman wears a three-point shorts with graphic patterns. The shorts are with cotton "
            "fabric",
            "loop",
        ),
        Q.color("red"),
        Q.pattern("printed"),
        material("cotton"),
        title="Huetrap Men Red Anchor Print Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange jogger lounge pants with drawstring and cuffed ankles, no logo, on a woman in a white
    # camisole and white sneakers; white backdrop, full length. Caption: base model; open: extractive QA; closed: ref.
    case(
        "X1160-012",
        caption("a woman wearing a white tank top and grey sweatpants with a nike logo", "unsupported"),
        wearing("a white tank top and grey sweatpants", who="the woman"),
        color_of("lounge pants", "white", "other_garment_color", kind="open"),
        describe("lounge pants", "grey sweatpants"),
        details("lounge pants", "a nike logo", "unsupported"),
        Q.color("grey"),
        Q.garment_type("lounge pants"),
        title="Bannos Swagger Women Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in blue and navy tartan check cotton pyjama pants with a drawstring and a plain navy t-shirt; white
    # backdrop, full length, barefoot. Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference.
    case(
        "X1160-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and lattice patterns. The T-shirt is with cotton fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="the man"),
        color_of("pyjamas", "lattice", "non_answer", kind="open"),
        details("pyjamas", "cotton fabric and lattice patterns"),
        describe("pyjamas", "long pants", "restated"),
        material("cotton fabric and its neckline is", "cut"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Jockey Men Blue Checked Pyjamas IM06",
        category="Lounge Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: man with short hair and a beard in a white ribbed cotton vest and blue denim jeans; white backdrop, front
    # view to mid-thigh. Caption: epoch-3; open: extractive QA; closed: reference.
    case(
        "X1160-014",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is with cotton "
            "fabric and it has no sleeves. The trousers are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("a tank top with pure color patterns and a long trousers", who="the man"),
        describe("vest", "tank top is with cotton fabric and it has no sleeves"),
        details("vest", "The lady wears a tank top", "pronoun"),
        color_of("vest", "pure color", "non_answer", kind="open"),
        Q.color("white"),
        material("denim", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Lux Cozi Men White Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: pink cotton lounge shorts with white polka dots and an elastic waist tied with a bow, worn with a white
    # t-shirt; white backdrop, front crop to the knees. Caption: epoch-1, cut at the limit; open: QA; closed: ref.
    case(
        "X1160-015",
        caption(
            "The woman is wearing a white t-shirt and pink shorts with white polka dots. The shorts have an elastic "
            "waistband with a bow on the front. The t-shirt is made of cotton and has",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt and pink shorts with white polka dots", who="the woman"),
        Q.color("pink"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shorts", "an elastic waistband with a bow on the front"),
        describe("shorts", "pink shorts with white polka dots"),
        Q.pattern("polka dots"),
        material("cotton and has", "cut"),
        title="Clovia Women Pink Polka Dot Print Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey melange trunk with a black waistband carrying a white XYXX logo, bare torso; white backdrop, front
    # crop. Caption: epoch-1 (swaps body and waistband colors); open: extractive QA; closed: reference.
    case(
        "X1160-016",
        caption(
            "The man is wearing black boxer briefs with a grey waistband. The boxer briefs are made of cotton and "
            "have a logo on the waistband.",
            "contradiction",
        ),
        wearing("black boxer briefs with a grey waistband", "contradiction", who="the man"),
        color_of("trunks", "black", "contradiction", kind="open"),
        describe("trunks", "boxer briefs", "restated"),
        details("trunks", "a logo on the waistband"),
        Q.color("grey"),
        Q.garment_type("trunks"),
        material("cotton"),
        title="XYXX Men Grey Melange Cotton Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a white cotton camisole with thin adjustable straps and a lace edge at the neckline, black lounge
    # pants; white backdrop, front view to the knees. Caption: base model; open: extractive QA; closed: reference.
    case(
        "X1160-017",
        caption("a woman in a white camisole and black pants"),
        wearing("a white camisole and black pants", who="the woman"),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        describe("camisole", "a white camisole"),
        details("camisole", "camisole", "restated"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("camisole", "yes"),
        title="Jockey Women White Camisole 1487",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: navy knit boxers with thin white vertical stripes, worn with a white vest, no watch or other accessory;
    # white backdrop, front view. Caption: epoch-3; open: extractive QA; closed: reference.
    case(
        "X1160-018",
        caption(
            "The gentleman wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has no sleeves. The shorts are with cotton fabric and striped patterns. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        wearing("a tank top with pure color patterns and a three-point shorts", who="the man"),
        describe("boxers", "cotton fabric and striped patterns"),
        details("boxers", "There is an accessory on his wrist", "unsupported"),
        color_of("boxers", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        Q.garment_type("boxers"),
        title="U.S. Polo Assn. Men Navy & White Striped Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a maroon satin night suit: long-sleeve button-front shirt with notched collar and white piping,
    # matching maroon satin pyjama pants; white backdrop, full length. Caption: epoch-3; open: QA; closed: reference.
    case(
        "X1160-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="the woman"),
        describe("night suit", "a long-sleeve shirt with pure color patterns"),
        details("night suit", "its neckline is lapel"),
        material("cotton", "contradiction"),
        color_of("night suit", "pure color", "non_answer", kind="open"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        title="Claura Women Maroon Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue gym-cut vest on a man in black knit shorts; white backdrop, front view. Caption: the VQA adapter
    # on the retry pass (gives the shorts the vest's color too); open: extractive QA; closed: reference.
    case(
        "X1160-020",
        caption(
            "Question: What is the color of the tank top? Answer: navy blue Question: What is the color of the "
            "shorts? Answer: navy blue Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("navy blue Question: What is the color of the shorts? Answer: navy blue", "leak", who="the man"),
        color_of("vest", "navy blue", kind="open"),
        describe("vest", "tank top", "restated"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        title="Rupa Frontline Men Navy Blue Gym Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red briefs with a black waistband on a man who also wears a white vest; white backdrop, front view cropped
    # at the thighs. Caption: base model; open: extractive QA; closed: reference.
    case(
        "X1160-021",
        caption("a man in a white tank top and red underwear"),
        wearing("a white tank top and red underwear", who="the man"),
        color_of("briefs", "white", "other_garment_color", kind="open"),
        describe("briefs", "red underwear"),
        details("briefs", "a white tank top", "contradiction"),
        Q.color("red"),
        Q.garment_type("briefs"),
        is_a("pair of briefs", "yes"),
        title="Macroman M-Series Men Red Briefs",
        category="Briefs",
        color="Red",
        gender="Men",
    ),
    # photo: light blue cotton pyjama pants with a white cloud and crescent moon print and an elastic waist, worn with
    # a white t-shirt; white backdrop, full length. Caption: epoch-1 (loops); open: extractive QA; closed: reference.
    case(
        "X1160-022",
        caption(
            "The woman is wearing a white t-shirt and blue pajama pants with a white print. The pants are made of "
            "cotton and have an elastic waistband. The woman is wearing a white t-shirt and blue pajama pants with a "
            "white print. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue pajama pants with a white print", who="the woman"),
        details("pyjamas", "an elastic waistband"),
        describe("pyjamas", "pajama pants", "restated"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        material("cotton"),
        title="Candyskin Women Blue Printed Pyjamas",
        category="Lounge Pants",
        color="Blue",
        gender="Women",
    ),
    # photo: man in charcoal grey knit lounge pants with a drawstring and a black crew-neck t-shirt; white backdrop,
    # full length, barefoot. Caption: epoch-3; open: extractive QA; closed: reference.
    case(
        "X1160-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. Her pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="the man"),
        describe("lounge pants", "Her pants are with cotton fabric and pure color patterns", "pronoun"),
        color_of("lounge pants", "", "non_answer", kind="open"),
        Q.color("grey"),
        Q.garment_type("lounge pants"),
        material("cotton"),
        title="Hanes Men Charcoal Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay, no person: three bikini briefs (black, skin, purple) fanned out on white. Caption: epoch-3 (no
    # word for briefs); open: extractive QA; closed: reference. Row has no color column.
    case(
        "X1160-024",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric.",
            "contradiction",
        ),
        wearing("a three-point shorts with pure color patterns", "contradiction"),
        color_of("briefs", "pure color", "non_answer", kind="open"),
        Q.garment_type("briefs"),
        Q.color("multi"),
        material("cotton"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Jockey Women Pack of 3 Assorted Bikini Briefs 1410",
        category="Briefs",
        gender="Women",
    ),
    # photo: grey melange muscle vest with deep armholes and round neck on a man in black track pants, no watch or
    # jewellery; white backdrop, front view. Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference.
    case(
        "X1160-025",
        caption(
            "The gentleman wears a tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric and it has no sleeves. The neckline of it is round. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns and a long pants", who="the man"),
        details("vest", "There is an accessory on his", "cut"),
        color_of("vest", "grey"),
        describe("vest", "cotton fabric and it has no sleeves"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Men Grey Melange Muscle Vest 9927",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black knit boxer shorts with a small white dot print, exposed waistband, no pockets, no fly, worn with a
    # grey melange vest; white backdrop, front view. Caption: epoch-1; open: extractive QA; closed: reference.
    case(
        "X1160-026",
        caption(
            "The man is wearing a grey tank top and black shorts with white polka dots. The shorts have two side "
            "pockets and a button fly.",
            "unsupported",
        ),
        wearing("a grey tank top and black shorts with white polka dots", who="the man"),
        details("boxers", "two side pockets and a button fly", "unsupported"),
        color_of("boxers", "grey", "other_garment_color", kind="open"),
        Q.pattern("polka dots"),
        Q.color("black"),
        Q.garment_type("boxers"),
        title="Jockey Men Black Printed Boxer Shorts US57",
        category="Boxers",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mustard yellow sleeveless top and matching shorts with a white daisy print, holding a white
    # pillow against her hip; white backdrop, full length. Caption: base model; open: extractive QA; closed: reference.
    case(
        "X1160-027",
        caption("a woman in a yellow top and shorts with flowers on them holding a pillow"),
        wearing("a yellow top and shorts with flowers on them", who="the woman"),
        color_of("night suit", "yellow", kind="open"),
        describe("night suit", "a yellow top and shorts"),
        details("night suit", "flowers", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.color("white", "contradiction"),
        title="Zivame Women Mustard Floral Print Shorts Night Suit",
        category="Night suits",
        color="Mustard",
        gender="Women",
    ),
    # photo: white vest on a man in blue denim jeans, no necklace or chain; white backdrop, front view to the thighs.
    # Caption: base model; open: extractive QA; closed: reference.
    case(
        "X1160-028",
        caption("a man wearing a white tank top and jeans with a necklace", "unsupported"),
        wearing("a white tank top and jeans", who="the man"),
        details("vest", "a necklace", "unsupported"),
        describe("vest", "jeans with a necklace", "unsupported"),
        color_of("vest", "white", kind="open"),
        Q.color("white"),
        Q.garment_type("vest"),
        title="Dixcy Scott Men White Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: navy and white horizontal striped cotton lounge shorts on a woman in a white t-shirt; white backdrop,
    # front crop to the knees. Caption: epoch-3; open: extractive QA; closed: reference.
    case(
        "X1160-029",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. His shorts "
            "are with cotton fabric and striped patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="the woman"),
        details("shorts", "His shorts are with cotton fabric and striped patterns", "pronoun"),
        describe("shorts", "three-point shorts", "restated"),
        color_of("shorts", "navy blue"),
        Q.pattern("striped"),
        material("cotton"),
        title="Marks & Spencer Women Navy Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a maroon short-sleeve henley with three buttons and maroon-and-grey checked pyjama pants; white
    # backdrop, full length. Caption: epoch-1 (loops); open: extractive QA; closed: reference.
    case(
        "X1160-030",
        caption(
            "The man is wearing a maroon shirt and plaid pants. The shirt is made of cotton and has buttons on the "
            "front. The pants are made of cotton and have a plaid pattern. The pants are made of cotton and have a "
            "plaid pattern. The pants are made",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon shirt and plaid pants", who="the man"),
        details("night suit", "buttons on the front"),
        color_of("pyjamas", "maroon", kind="open"),
        describe(
            "night suit",
            "cotton and have a plaid pattern. The pants are made of cotton and have a plaid pattern",
            "loop",
        ),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves"),
        title="Dollar Men Maroon Checked Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: pink woven boxer shorts with a small grey heart print and a drawstring, worn with a grey t-shirt; white
    # backdrop, front crop to the knees. Caption: epoch-1; open: extractive QA; closed: reference.
    case(
        "X1160-031",
        caption(
            "The woman is wearing a grey t-shirt and pink shorts with a heart print. The shorts are made of cotton and "
            "have a drawstring waist."
        ),
        wearing("a grey t-shirt and pink shorts with a heart print", who="the woman"),
        color_of("boxers", "grey", "other_garment_color", kind="open"),
        Q.color("grey", "contradiction"),
        details("boxers", "a drawstring waist"),
        Q.pattern("printed"),
        is_a("pair of boxers", "no", "contradiction"),
        title="Jockey Women Pink Printed Boxer Shorts RX09",
        category="Boxers",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue briefs with a wide white waistband and a red tab logo, bare torso; white backdrop, front crop.
    # Caption: the VQA adapter on the retry pass; open: extractive QA; closed: reference.
    case(
        "X1160-032",
        caption(
            "Question: What cloth is the person wearing? Answer: shorts Question: What is the color of the shorts? "
            "Answer: blue Question: Is this a shorts? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        wearing("shorts", "contradiction", who="the man"),
        color_of("briefs", "blue", kind="open"),
        describe("briefs", "Question: What is the color of the shorts? Answer: blue", "leak"),
        Q.color("navy blue"),
        Q.garment_type("briefs"),
        title="Levis Men Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black knit wide-leg lounge pants with a white side stripe, on a woman in a pink crop t-shirt; white
    # backdrop, full length. Caption: epoch-1 (loops); open: extractive QA; closed: reference.
    case(
        "X1160-033",
        caption(
            "The woman is wearing a pink crop top and black pants with a white stripe on the side. The pants have a "
            "white stripe on the side. The pants have a white stripe on the side. The pants have a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink crop top and black pants with a white stripe on the side", who="the woman"),
        color_of("lounge pants", "pink", "other_garment_color", kind="open"),
        details("lounge pants", "a white stripe on the side. The pants have a white stripe on the side", "loop"),
        Q.color("black"),
        is_a("pair of pants", "yes"),
        title="Mast & Harbour Women Black Side Stripe Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no person: two folded plain white vests, no print or logo, stacked on white. Caption: epoch-1
    # (invents a wearer and a logo); open: extractive QA; closed: reference.
    case(
        "X1160-034",
        caption(
            "The man is wearing a white tank top with a round neckline. The tank top is made of cotton and has a small "
            "logo on the chest.",
            "unsupported",
        ),
        wearing("a white tank top with a round neckline"),
        details("vests", "a small logo on the chest", "unsupported"),
        describe("vests", "The man is wearing a white tank top", "unsupported"),
        Q.color("white"),
        Q.garment_type("vest"),
        Q.sleeve_length("sleeveless"),
        material("cotton"),
        title="Amul Macho Men Pack of 2 White Cotton Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: grey melange knit lounge shorts with a black drawstring and a small black logo on the left leg, worn with
    # a black t-shirt; white backdrop, front view. Caption: epoch-1, cut at the limit; open: QA; closed: reference.
    case(
        "X1160-035",
        caption(
            "The man is wearing a black t-shirt and grey shorts. The shorts are made of cotton and have a drawstring "
            "waist and a small logo on the left leg. The t-shirt is made of cotton and has a round neckline and short",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and grey shorts", who="the man"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "a drawstring waist and a small logo on the left leg"),
        Q.color("grey"),
        describe("shorts", "cotton and has a round neckline and short", "cut"),
        material("cotton"),
        title="Puma Men Grey Melange Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black lace briefs on a woman who also wears a black lace bra; white backdrop, front crop chest to thigh.
    # Caption: base model (misgenders the model); open: extractive QA; closed: reference.
    case(
        "X1160-036",
        caption("a man in black lace underwear and a black bra", "pronoun"),
        wearing("black lace underwear and a black bra", who="the woman"),
        color_of("briefs", "black", kind="open"),
        describe("briefs", "black lace underwear"),
        details("briefs", "underwear", "restated"),
        material("lace"),
        Q.garment_type("bra", "contradiction"),
        Q.color("black"),
        title="Triumph Women Black Lace Hipster Briefs",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: green and navy tartan woven boxers worn with a white crew-neck t-shirt; white backdrop, front view cropped
    # below the knees. Caption: epoch-3 (calls the boxers long pants); open: extractive QA; closed: reference.
    case(
        "X1160-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", "contradiction", who="the man"),
        details("boxers", "cotton fabric and lattice patterns"),
        color_of("boxers", "lattice", "non_answer", kind="open"),
        Q.color("green"),
        Q.pattern("checked"),
        is_a("pair of boxers", "yes"),
        title="Marks & Spencer Men Green Checked Woven Boxers",
        category="Boxers",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a white t-shirt with a blue "Sleepy Head" text print and blue checked pyjama pants with no back
    # pocket; white backdrop, full length. Caption: epoch-1 (invents a pocket); open: extractive QA; closed: reference.
    case(
        "X1160-038",
        caption(
            "The woman is wearing a white t-shirt with a blue text print and blue checkered pajama pants. The t-shirt "
            "is made of cotton and has a round neckline. The pants have a pocket on the back.",
            "unsupported",
        ),
        wearing("a white t-shirt with a blue text print and blue checkered pajama pants", who="the woman"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        details("night suit", "a blue text print"),
        describe("pyjamas", "a pocket on the back", "unsupported"),
        Q.sleeve_length("short sleeves"),
        Q.color("white"),
        material("cotton"),
        title="Sweet Dreams Women White & Blue Printed Night Suit",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: navy scoop-neck cotton vest on a man in light grey knit lounge shorts; white backdrop, front view.
    # Caption: epoch-3 (calls the knit shorts denim); open: extractive QA; closed: reference.
    case(
        "X1160-039",
        caption(
            "The gentleman wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has no sleeves. The shorts are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a tank top with pure color patterns and a three-point shorts", who="the man"),
        material("cotton"),
        color_of("vest", "pure color", "non_answer", kind="open"),
        Q.color("navy blue"),
        details("vest", "it has no sleeves"),
        describe("vest", "denim fabric and pure color patterns", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Van Heusen Men Navy Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a black trunk, bare torso, with a small inset swatch of the navy trunk from the same pack in the
    # top right corner; white backdrop, front view. Caption: base model; open: extractive QA; closed: reference.
    # Row has no color column.
    case(
        "X1160-040",
        caption("a man in black underwear standing in front of a white wall"),
        wearing("black underwear", who="the man"),
        color_of("trunks", "black", kind="open"),
        describe("trunks", "black underwear standing in front of a white wall"),
        details("trunks", "", "non_answer"),
        Q.garment_type("trunks"),
        is_a("vest", "yes", "contradiction"),
        title="Jockey Men Pack of 2 Trunks 1015",
        category="Trunk",
        gender="Men",
    ),
    # photo: lavender knit lounge pants with a white drawstring on a woman in a white t-shirt; white backdrop, full
    # length. Caption: epoch-1 (misgenders the model); open: extractive QA; closed: reference.
    case(
        "X1160-041",
        caption(
            "The man is wearing a white t-shirt and purple sweatpants. The sweatpants are made of cotton and have a "
            "drawstring waist.",
            "pronoun",
        ),
        wearing("a white t-shirt and purple sweatpants", who="the woman"),
        color_of("lounge pants", "white", "other_garment_color", kind="open"),
        details("lounge pants", "a drawstring waist"),
        describe("lounge pants", "The man is wearing a white t-shirt and purple sweatpants", "pronoun"),
        Q.color("lavender"),
        material("cotton"),
        title="Bannos Swagger Women Lavender Lounge Pants",
        category="Lounge Pants",
        color="Lavender",
        gender="Women",
    ),
    # photo: white briefs with a black waistband lettered in white, bare torso; white backdrop, front crop. Caption:
    # the VQA adapter on the retry pass (leaks its format, then loops); open: extractive QA; closed: reference.
    case(
        "X1160-042",
        caption(
            "Question: What is the color of the shorts? Answer: white-white-white-white-white-white-white-white-"
            "white-white-white-white-white-white-white",
            "leak",
            hit_limit=True,
        ),
        wearing("", "non_answer", who="the man"),
        color_of("briefs", "white-white-white-white-white-white-white-white", "loop", kind="open"),
        describe("briefs", "Question: What is the color of the shorts?", "leak"),
        Q.color("white"),
        Q.garment_type("briefs"),
        title="Calvin Klein Underwear Men White Cotton Classic Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: blush pink cotton camisole with spaghetti straps and a lace edge, worn with blue jeans; white backdrop,
    # front view to the knees. Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference.
    case(
        "X1160-043",
        caption(
            "The lady wears a tank top with pure color patterns and a long trousers. The tank top is with cotton "
            "fabric and it has no sleeves. Its neckline is suspenders. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns and a long trousers", who="the woman"),
        describe("camisole", "a tank top with pure color patterns"),
        details("camisole", "Its neckline is suspenders"),
        color_of("camisole", "pure color", "non_answer", kind="open"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        material("cotton"),
        title="Zivame Women Pink Cotton Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue cotton pyjama pants with a plain elastic waist, no drawstring, no pockets, worn with a white
    # t-shirt; white backdrop, full length. Caption: epoch-1 (invents a drawstring, zip pockets); open: QA; closed: ref.
    case(
        "X1160-044",
        caption(
            "The man is wearing a white t-shirt and navy blue pajama pants. The pants have a drawstring waist and two "
            "side pockets with zippers.",
            "unsupported",
        ),
        wearing("a white t-shirt and navy blue pajama pants", who="the man"),
        details("pyjamas", "a drawstring waist and two side pockets with zippers", "unsupported"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        describe(
            "pyjamas", "navy blue pajama pants. The pants have a drawstring waist and two side", "cut", hit_limit=True
        ),
        Q.color("navy blue"),
        Q.garment_type("pyjamas"),
        material("", "non_answer"),
        title="Hanes Men Navy Blue Cotton Pyjamas",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black knit lounge shorts with white piping on a woman in a maroon t-shirt, black digital watch on her left
    # wrist; white backdrop, front view. Caption: epoch-3, cut at the limit; open: extractive QA; closed: reference.
    case(
        "X1160-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="the woman"),
        color_of("shorts", "pure color", "non_answer", kind="open"),
        details("shorts", "This lady wears", "cut"),
        Q.color("maroon", "contradiction"),
        Q.pattern("solid"),
        is_a("pair of shorts", "yes"),
        title="Kryptic Women Black Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: woven boxers with a tropical leaf print in green, orange and navy on a man who also wears a white vest;
    # white backdrop, front view to the knees. Caption: base model (misgenders the model); open: QA; closed: reference.
    case(
        "X1160-046",
        caption("a woman wearing a white tank top and colorful shorts", "pronoun"),
        wearing("a white tank top and colorful shorts", who="the man"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        describe("boxers", "colorful shorts"),
        details("boxers", "shorts", "restated"),
        Q.pattern("printed"),
        Q.color("multi"),
        is_a("pair of boxers", "no", "contradiction"),
        title="Jack & Jones Men Multicoloured Tropical Print Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
]
