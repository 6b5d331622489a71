"""BLIND_690 (46 products; Myntra lingerie and sleepwear, caption epoch 1): written blind in the fifty-fourth session.
Measured blind at 55c810f (the session's fifth rules): 99/125 failures found (79.2%) and 32/184 correct texts flagged
(17.4%). The writer's notes, verbatim:

Scenario: a Myntra women's lingerie and sleepwear feed (bras, bralettes, briefs, camisoles, slips and nightdresses,
babydolls, robes, pyjama sets, lounge pants and shorts, lingerie sets). Catalog photos at 224x224: mostly a model on
a white, grey, beige or pink backdrop, the product often worn with other clothes (a bralette under an open shirt, a
camisole with jeans, a robe over pyjamas); a few ghost-mannequin shots, flat lays and back views; props such as a
mug, a teddy bear, a bed with pillows. Seller columns as a Myntra feed has them: title, category (Myntra's
article_type: Bra, Briefs, Camisoles, Nightdress, Baby Dolls, Robe, Night suits, Lounge Pants, Lounge Shorts,
Lingerie Set), color (base_colour: Skin, Nude, Peach, Off White, Multi, Gold...); a few rows lack a column.

Who wrote what: every caption and every open answer is free generation (greedy) by BLIP-2 OPT-2.7b with the
caption adapter after one epoch (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch). After one epoch it still
half-remembers the base model: some captions are short natural phrases with hue names ("a woman in black lace
lingerie"), others are the DeepFashion template ("The lady wears a sleeveless tank top with pure color patterns. The
tank top is with cotton fabric and its neckline is suspenders."), whose vocabulary has no bra, brief, robe or slip.
It was trained without an end token, so long template captions and long details run to the 50/30-token limit and
either loop or stop mid-phrase; it sometimes writes the next "Question: ... Answer:" itself, echoes the question,
answers an open question with one word or "yes", says "the gentleman"/"he" for a woman (the template's male
sentences), invents details (pockets, lace trims, belts, wrist accessories), gives the color of the jeans, shorts,
pyjama bottoms or the print instead of the product's, and names materials of the other garment (denim). Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference with
the same adapter: one candidate value, never a loop or a cut; their failures are a wrong value.

Labeling conventions and judgement calls:
- One failure label per text: the one a reader would name first (a looping answer that also names a wrong color is
  a loop; a caption cut mid-phrase that also calls briefs "shorts" is a cut).
- hit_limit=True only on texts that ran to the token limit: every loop, every cut, and the two leaks that ran on
  into a next "Question:" until the limit; nothing else is marked.
- Garment names: a camisole, sports bra or bralette called a "tank top", a babydoll, slip or nightdress called a
  "dress" or "nightie", boyshorts called "shorts", a pyjama top called a "shirt" or "top" are accepted (the template
  has no better word). A bra called a "shirt", briefs called "shorts" in a garment-type answer, a robe called a
  "jacket" or "coat" are contradictions of the seller's category.
- For a set (lingerie set, night suit, nightdress with robe), naming one piece of the set as the garment type is
  accepted; for a pack of assorted briefs, any one color of the pack is accepted as the color.
- Shade words within the seller's color group are correct (peach -> pink, maroon/burgundy -> red, nude/skin ->
  beige, mustard -> yellow, off white/ivory -> white, champagne/gold -> beige). A hue from another group is a
  contradiction; when that hue is the color of another garment worn in the photo it is other_garment_color.
  The color of a print, trim or piping on the product itself given as the product's color is a contradiction, not
  other_garment_color (it is the same garment). A color of the wall or a prop is a contradiction.
- A closed pattern or sleeve answer that the caption or the photo contradicts is a contradiction (also when the
  value belongs to the other garment, e.g. the open shirt's long sleeves for a bralette).
- Material: a plausible fabric for what is visible (cotton for a matte camisole, satin for a sheen, lace) is correct;
  the template's "chiffon" for satin or mesh is accepted as its nearest fabric word. A fabric of another garment
  (denim of the jeans) or one the photo rules out (silk for cotton jersey) is unsupported.
- unsupported: a detail not in the photo (pocket, belt, slit, zip, socks, watch, wrist accessory, lace where there
  is none) or a wearer invented for a flat lay.
- non_answer: empty, "yes", one bare word for an open question, or only the garment named back ("they are
  briefs"). restated: the question's words echoed or rephrased with nothing added ("the bra details are the
  details of the bra", "What are the camisole details?"). A short answer that does answer ("a robe" to "What is the
  person wearing?", "polka dots" as details) is correct.
- leak: any text that contains the "Question: ... Answer:" scaffold, whether or not the answer inside is right.
- pronoun: "he", "his" or "the gentleman" for a Women's product; the one row without a gender has no pronoun label.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color,
    color_of,
    describe,
    details,
    garment_type,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material_open = BLIND_QUESTIONS.material  # same prompt as material(), with hit_limit

BLIND_690 = [
    # photo: model in a black lace underwired bra with a small satin bow at the center and matching black lace
    # briefs, white backdrop, front view cropped at mid-thigh; all texts by the epoch-1 caption adapter
    case(
        "X690-001",
        caption("The lady wears a black lace bra and matching black panties. Her neckline is suspenders."),
        wearing("a black lace bra and black panties", who="she"),
        color_of("bra", "black"),
        garment_type("bra"),
        pattern("lace"),
        material("lace"),
        describe(
            "bra",
            "The lady wears a black bra with lattice patterns. The bra is with chiffon fabric and its neckline is "
            "suspenders. The lady wears a short shorts. The shorts",
            "cut",
            hit_limit=True,
        ),
        details(
            "bra",
            "the bra has lace cups, an underwire, adjustable straps and a front bow in the center, the bra has lace "
            "cups, an underwire, adjustable straps and a front bow in the",
            "loop",
            hit_limit=True,
        ),
        title="Amante Women Black Lace Padded Bra",
        category="Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a seamless nude/beige T-shirt bra with light blue denim jeans, bare midriff, white backdrop,
    # front view; all texts by the epoch-1 caption adapter
    case(
        "X690-002",
        caption(
            "The lady wears a beige bra with pure color patterns and a pair of blue jeans. The jeans are with denim "
            "fabric and pure color patterns."
        ),
        wearing("a bra and jeans"),
        color_of("bra", "blue", "other_garment_color"),
        garment_type("bra"),
        material("denim", "unsupported"),
        describe("bra", "a beige t-shirt bra with molded cups and no seams"),
        details(
            "bra",
            "The lady wears a pair of jeans. The jeans are with denim fabric and pure color patterns. The lady wears "
            "a pair of jeans. The jeans are with denim",
            "loop",
            hit_limit=True,
        ),
        title="Enamor Women Skin Coloured Seamless T-Shirt Bra",
        category="Bra",
        color="Skin",
        gender="Women",
    ),
    # photo: ghost-mannequin shot of a red non-wired bra with wide straps, no person and no other garment, white
    # backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-003",
        caption("a red bra on a white background"),
        color("red"),
        garment_type("bra"),
        is_a("bra", "yes"),
        details("bra", "the bra", "non_answer"),
        material("cotton"),
        wearing(
            "She is wearing a red bra and a red bra and a red bra and a red bra and a red bra and a red bra and a red",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Triumph Women Red Non-Wired Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink padded bra with small white polka dots and matching pink polka-dot briefs, plain band
    # without lace, white backdrop, front view; all texts by the epoch-1 caption adapter
    case(
        "X690-004",
        caption("The lady is wearing a pink bra with dots patterns and pink panties. The bra is with cotton fabric."),
        pattern("polka dots"),
        color("pink"),
        describe(
            "bra",
            "This bra is pink with white polka dots, padded cups and thin adjustable straps. The gentleman wears it "
            "with matching panties.",
            "pronoun",
        ),
        details("bra", "white polka dots, padded cups and a lace trim along the band", "unsupported"),
        sleeves("sleeveless"),
        title="Clovia Women Pink Printed Padded Bra",
        category="Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy lace bralette under an open white linen shirt with sleeves rolled to the elbows, light
    # grey jogger pants, grey backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("bralette", "white", "other_garment_color"),
        garment_type("shirt", "contradiction"),
        wearing("a navy blue lace bralette under an open white shirt and grey jogger pants"),
        sleeves("long sleeves", "contradiction"),
        material("lace"),
        details(
            "bralette",
            "The bralette is navy with scalloped lace edges and no padding. It is worn under a white shirt that is "
            "open at the front and the sleeves are rolled up to the elbows and the shirt is",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Navy Lace Bralette",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white racerback sports bra with a Jockey logo on the elastic band and black full-length
    # leggings, white backdrop, three-quarter view; all texts by the epoch-1 caption adapter
    case(
        "X690-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("sports bra", "black", "other_garment_color"),
        is_a("sports bra", "yes"),
        describe(
            "sports bra",
            "white racerback sports bra with a wide elastic band under the bust and a Jockey logo on the band",
        ),
        material("cotton and spandex"),
        wearing("Question: What is she wearing? Answer: a white sports bra and black leggings", "leak", who="she"),
        title="Jockey Women White Racerback Sports Bra",
        category="Bra",
        color="White",
        gender="Women",
    ),
    # photo: model in a matte maroon full-coverage minimizer bra with a small bow at the center and black high-waist
    # briefs, white backdrop, front view; all texts by the epoch-1 caption adapter
    case(
        "X690-007",
        caption("A woman in a maroon bra and black panties standing in front of a white wall"),
        color("black", "other_garment_color"),
        garment_type("bra"),
        details("bra", "full coverage cups, wide straps, a small bow at the center and side support panels"),
        describe(
            "bra",
            "The bra is maroon in color. The bra is maroon in color. The bra is maroon in color. The bra is maroon "
            "in color. The bra is",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Lady Lyka Women Maroon Full Coverage Minimizer Bra",
        category="Bra",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a peach lace balconette bra and matching peach briefs, soft pink wall as backdrop, front
    # view; all texts by the epoch-1 caption adapter
    case(
        "X690-008",
        caption(
            "The lady is wearing a pink bra with lace patterns and a pair of pink panties in front of a pink wall."
        ),
        color("peach"),
        pattern("lace"),
        is_a("bra", "yes"),
        details("bra", "the bra details are the details of the bra", "restated"),
        describe(
            "bra",
            "a peach lace balconette bra with wide-set straps and a scalloped edge along the top of the cups, worn "
            "with matching peach briefs and the background is a pink wall with a",
            "cut",
            hit_limit=True,
        ),
        wearing("his bra is peach and his panties are peach", "pronoun"),
        title="Zivame Women Peach Lace Balconette Bra",
        category="Bra",
        color="Peach",
        gender="Women",
    ),
    # photo: flat lay of three solid briefs side by side (black, grey melange, pink), each with a wide elastic
    # waistband printed with the Jockey logo, white backdrop, no person; all texts by the epoch-1 caption adapter
    case(
        "X690-009",
        caption("three pairs of panties in black, grey and pink laid on a white surface"),
        garment_type("briefs"),
        color("black"),
        wearing(
            "The lady wears a pair of shorts with pure color patterns. The shorts are with cotton fabric.",
            "unsupported",
        ),
        details("briefs", "three solid colored briefs, black, grey melange and pink, each with a wide logo waistband"),
        material("cotton"),
        pattern("striped", "contradiction"),
        title="Jockey Women Pack of 3 Assorted Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: model in navy blue hipster briefs and a white cropped tank top, white backdrop, cropped from waist to
    # thigh; all texts by the epoch-1 caption adapter
    case(
        "X690-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a short shorts. The shorts are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("briefs", "white", "other_garment_color"),
        garment_type("shorts", "contradiction"),
        details("briefs", "they are briefs", "non_answer"),
        wearing("a white tank top and navy blue briefs"),
        material("cotton"),
        title="Hanes Women Navy Blue Hipster Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in black lace bikini briefs with a scalloped waistband and a matching black lace bra, white
    # backdrop, front view; the feed row has no gender; all texts by the epoch-1 caption adapter
    case(
        "X690-011",
        caption("a woman in black lace lingerie posing in front of a white background"),
        color("black"),
        garment_type("bra", "contradiction"),
        is_a("pair of briefs", "no", "contradiction"),
        describe(
            "briefs",
            "black lace bikini briefs with a scalloped waistband and a low rise, worn with a matching black lace bra",
        ),
        pattern("lace"),
        material("lace"),
        title="Enamor Women Black Lace Bikini Briefs",
        category="Briefs",
        color="Black",
    ),
    # photo: model in light blue boyshorts with a white star print and a small bow at the front waistband (no lace),
    # white camisole on top, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short shorts with graphic patterns. "
            "The shorts are with cotton fabric"
        ),
        pattern("printed"),
        color_of("boyshorts", "white", "other_garment_color"),
        details(
            "boyshorts",
            "star print, elastic waistband, lace trim on the legs and a small bow at the front",
            "unsupported",
        ),
        wearing("she is wearing a white tank top and a pair of blue shorts with white stars", who="she"),
        describe(
            "boyshorts",
            "The shorts are blue with white stars. The shorts are blue with white stars. The shorts are blue with "
            "white stars. The shorts are",
            "loop",
            hit_limit=True,
        ),
        title="Clovia Women Light Blue Star Print Boyshorts",
        category="Briefs",
        color="Blue",
        gender="Women",
    ),
    # photo: model in nude seamless high-waist briefs with a matching nude bra, beige backdrop, front view; all texts
    # by the epoch-1 caption adapter
    case(
        "X690-013",
        caption("The lady wears a pure color bra and a high waist panties. Her background is beige."),
        color("beige"),
        color_of("briefs", "white", "contradiction", kind="open"),
        garment_type("briefs"),
        details("briefs", "What are the briefs details? Answer: seamless, high waist", "leak"),
        material("nylon and spandex"),
        wearing("she is wearing a pair of skin colored panties and a bra"),
        title="Amante Women Nude Seamless High Waist Briefs",
        category="Briefs",
        color="Nude",
        gender="Women",
    ),
    # photo: model in a white cotton camisole with thin straps and blue denim cut-off shorts, white backdrop, front
    # view; all texts by the epoch-1 caption adapter
    case(
        "X690-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is suspenders. The lady wears a short shorts. The shorts are with denim fabric."
        ),
        color("blue", "other_garment_color"),
        garment_type("camisole"),
        sleeves("sleeveless"),
        describe("camisole", "white", "non_answer"),
        wearing("The lady is wearing a blue camisole and blue denim shorts", "other_garment_color"),
        material("cotton"),
        title="Lady Lyka Women White Cotton Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: model in a black camisole with grey track pants; a second, skin-colored camisole folded in an inset at
    # the bottom right, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-015",
        caption("The lady wears a black tank top and grey pants. There is a beige tank top at the bottom."),
        garment_type("tank top"),
        color("grey", "other_garment_color"),
        wearing("He is wearing a black camisole and grey pants", "pronoun", who="she"),
        details(
            "camisoles",
            "two camisoles, one black and one skin color, with thin adjustable straps and a scoop neck, thin "
            "adjustable straps and a scoop neck, thin adjustable straps and a scoop neck",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Hanes Women Pack of 2 Camisoles",
        category="Camisoles",
        color="Multi",
        gender="Women",
    ),
    # photo: model in an ivory satin camisole with lace trim at the V neckline, black tailored trousers, white
    # backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-016",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long trousers. The tank top is "
            "with chiffon fabric and its neckline is V-shape. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color("white"),
        color_of("camisole", "black", "other_garment_color", kind="open"),
        material("satin"),
        details("camisole", "lace trim at the v neckline, thin spaghetti straps and a satin finish"),
        sleeves("sleeveless"),
        title="Marks & Spencer Women Ivory Satin Lace Trim Camisole",
        category="Camisoles",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a red satin camisole with a lace neckline, pulled on over black skinny jeans, no belt, hand on
    # hip, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-017",
        caption("a woman wearing a red camisole and black jeans with her hand on her hip"),
        pattern("lace"),
        garment_type("camisole"),
        describe("camisole", "red camisole with a lace neckline, adjustable straps and a button front", "unsupported"),
        is_a("camisole", "no", "contradiction"),
        wearing("a red camisole and black jeans and a black belt", "unsupported"),
        title="Bwitch Women Red Lace Neck Camisole",
        category="Camisoles",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black camisole with a small pink floral print and plain pink pyjama shorts, white backdrop;
    # the feed row has no category; all texts by the epoch-1 caption adapter
    case(
        "X690-018",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color("pink", "other_garment_color"),
        pattern("floral"),
        details("camisole", "What are the camisole details?", "restated"),
        sleeves("sleeveless"),
        material("The garment is made of cotton"),
        wearing("The lady wears a pink tank top and pink shorts", "other_garment_color"),
        title="Da Intimo Women Black Floral Print Camisole",
        color="Black",
        gender="Women",
    ),
    # photo: model in a knee-length light blue cotton nightdress with a white cloud print, short sleeves, round neck,
    # no pockets or belt, barefoot, full-length, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-019",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of knee length."
        ),
        color("blue"),
        sleeves("long sleeves", "contradiction"),
        garment_type("nightdress"),
        details(
            "nightdress",
            "cloud print, round neck, short sleeves, a front pocket and a belt at the waist",
            "unsupported",
        ),
        wearing("a blue nightgown", who="she"),
        describe("nightdress", "The gentleman is wearing a blue nightdress with white clouds on it", "pronoun"),
        title="Sweet Dreams Women Blue Cloud Print Nightdress",
        category="Nightdress",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black satin midi slip with thin straps and a black lace hem, no slit, side view, white
    # backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-020",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is V-shape. The dress is of long length."
        ),
        color("black"),
        material("satin"),
        is_a("dress", "yes"),
        describe(
            "slip",
            "a black satin slip dress with thin straps, lace at the hem and a slit on the left side",
            "unsupported",
        ),
        details(
            "slip",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black satin nightgown with a white lace hem", "contradiction", who="she"),
        title="Marks & Spencer Women Black Satin Slip Nightdress",
        category="Nightdress",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon full-length cotton nightdress with long sleeves, a white embroidered yoke and a short
    # button placket, nothing on the wrists, grey backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist.",
            "unsupported",
        ),
        color("red"),
        color_of("nightdress", "white", "contradiction", kind="open"),
        sleeves("long sleeves"),
        details("nightdress", "white embroidery on the yoke, long sleeves and a short button placket"),
        wearing("yes", "non_answer"),
        title="Kanvin Women Maroon Embroidered Yoke Nightdress",
        category="Nightdress",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a short sleeveless pink cotton nightdress with a cartoon cat in glasses holding a coffee cup
    # printed on the front, barefoot, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-022",
        caption("a woman in a pink nightgown with a cat on it"),
        pattern("printed"),
        color("pink"),
        garment_type("dress"),
        details(
            "nightdress",
            "cat print on the front, sleeveless, round neck, the hem is above the knee and the cat is wearing a "
            "pair of glasses and the cat is holding a cup of",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        wearing("the lady wears a pink nightdress with a cat print and a pair of pink slippers", "unsupported"),
        title="Clovia Women Pink Cat Print Short Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a mustard-yellow short-sleeve knee-length nightdress with navy piping at the neck and sleeves,
    # holding a white mug, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-023",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. The lady "
            "holds a cup in her hand."
        ),
        color("yellow"),
        describe("nightdress", "a navy blue dress with yellow trim", "contradiction"),
        wearing(
            "Question: What is the person wearing? Answer: a yellow dress Question: What is the person holding? "
            "Answer: a cup Question: What is the person",
            "leak",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        is_a("nightdress", "yes"),
        title="Shararat Women Mustard Nightdress with Contrast Piping",
        category="Nightdress",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a sheer black mesh babydoll with lace cups and a split front, matching black thong, white
    # backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-024",
        caption(
            "The lady is wearing a sleeveless dress with lattice patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of short length."
        ),
        garment_type("babydoll"),
        color("black"),
        details("babydoll", "lace cups, sheer mesh skirt, a split front and a matching thong"),
        wearing("black lingerie", who="she"),
        material_open(
            "mesh and lace Question: What is the color of the babydoll? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("babydoll", "the babydoll is a babydoll", "restated"),
        title="Clovia Women Black Lace Babydoll with Thong",
        category="Baby Dolls",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red satin babydoll with black lace trim at the bust and hem and a small bow at the center,
    # no robe, three-quarter view, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-025",
        caption("a woman in a red and black lingerie dress"),
        color("black", "contradiction"),
        garment_type("babydoll"),
        material("satin"),
        details("babydoll", "black lace trim on the cups and hem, thin straps and a bow at the center"),
        describe("babydoll", "red satin babydoll with black lace and a matching robe", "unsupported"),
        wearing("she", "non_answer", who="she"),
        title="Bwitch Women Red Satin Babydoll with Lace Trim",
        category="Baby Dolls",
        color="Red",
        gender="Women",
    ),
    # photo: model sitting on a white bed with white pillows in a lavender chiffon babydoll with a white lace bust,
    # grey wall behind; all texts by the epoch-1 caption adapter
    case(
        "X690-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "sits on a bed with white pillows."
        ),
        color("purple"),
        wearing(
            "she is wearing a purple babydoll and she is sitting on a bed. she is wearing a purple babydoll and she "
            "is sitting on a bed. she is wearing a purple",
            "loop",
            who="she",
            hit_limit=True,
        ),
        is_a("babydoll", "yes"),
        details(
            "babydoll", "white lace on the bust, a chiffon skirt that flares from under the bust and adjustable straps"
        ),
        material("chiffon"),
        sleeves("short sleeves", "contradiction"),
        title="Zivame Women Lavender Chiffon Babydoll",
        category="Baby Dolls",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a hot pink cotton babydoll with white polka dots and matching polka-dot shorts, hand on hip,
    # barefoot, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-027",
        caption(
            "The lady wears a sleeveless dress with graphic patterns and a short shorts. The shorts are with cotton "
            "fabric and graphic patterns. His hand is on his hip.",
            "pronoun",
        ),
        pattern("polka dots"),
        color("pink"),
        garment_type("shorts", "contradiction"),
        details("babydoll", "polka dots"),
        wearing("a pink polka dot babydoll with matching shorts"),
        material("denim", "unsupported"),
        title="N-Gal Women Pink Polka Dot Babydoll with Shorts",
        category="Baby Dolls",
        color="Pink",
        gender="Women",
    ),
    # photo: back view of a model in a mint (sea green) satin babydoll with crossed straps at the back, plain hem,
    # nothing else visible, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-028",
        caption("The back of a woman in a green nightie with crossed straps"),
        color("green"),
        color_of("babydoll", "blue", "contradiction", kind="open"),
        details("babydoll", "crossed straps at the back, satin fabric, lace hem and a matching thong", "unsupported"),
        sleeves("sleeveless"),
        describe("babydoll", "a mint green babydoll with crossed back straps"),
        wearing("the person is wearing", "restated"),
        title="Penny Women Sea Green Satin Babydoll",
        category="Baby Dolls",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a navy blue cotton waffle robe with a tie belt, two patch pockets and a shawl collar, over a
    # white tee and white pyjama pants, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-029",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it "
            "has a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        color("white", "other_garment_color"),
        garment_type("robe"),
        sleeves("long sleeves"),
        details("robe", "waffle texture, a tie belt at the waist, two patch pockets and a shawl collar"),
        wearing("a navy blue robe over white pajamas", who="she"),
        describe("robe", "The robe is navy blue and the pants are navy blue", "contradiction"),
        title="Marks & Spencer Women Navy Blue Waffle Robe",
        category="Robe",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a short black satin robe with a pink floral print and wide sleeves, belted, over a black slip,
    # white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-030",
        caption("a woman in a black floral robe"),
        pattern("floral"),
        color("pink", "contradiction"),
        is_a("robe", "yes"),
        describe(
            "robe",
            "black satin robe with pink flowers, wide sleeves and a belt, black satin robe with pink flowers, wide "
            "sleeves and a belt, black satin robe with pink",
            "loop",
            hit_limit=True,
        ),
        material("satin"),
        title="Bwitch Women Black Floral Print Satin Short Robe",
        category="Robe",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long grey fleece hooded robe, hood down, over pink pyjama pants visible at the ankles, white
    # backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-031",
        caption("a woman in a grey hooded bathrobe and pink pajama pants"),
        color_of("robe", "pink", "other_garment_color"),
        garment_type("jacket", "contradiction"),
        material("fleece"),
        details("robe", "What are the robe details? The robe details are", "restated"),
        sleeves("long sleeves"),
        wearing("she is wearing a grey robe with a hood and pink pants"),
        title="Shararat Women Grey Hooded Fleece Robe",
        category="Robe",
        color="Grey",
        gender="Women",
    ),
    # photo: model in an untied white cotton kimono robe with a blue floral block print and three-quarter sleeves,
    # over a blue camisole and blue shorts, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-032",
        caption("a woman wearing a white floral kimono over a blue top and shorts"),
        sleeves("three-quarter sleeves"),
        color("blue", "other_garment_color"),
        pattern("floral"),
        describe(
            "kimono robe",
            "The lady is wearing a white kimono with blue flowers. The kimono is with cotton fabric and it has a "
            "V-shape neckline. The lady wears a short shorts. The shorts",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        wearing("a blue robe and blue shorts and a blue top", "other_garment_color"),
        title="Dressberry Women White Floral Print Kimono Robe",
        category="Robe",
        color="White",
        gender="Women",
    ),
    # photo: model in a full-length burgundy velvet robe with a belt, bare legs below, no other garment visible,
    # white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric.",
            "pronoun",
        ),
        color("red"),
        material("velvet"),
        garment_type("robe"),
        details("robe", "velvet, belt, long sleeves"),
        wearing("a robe"),
        pattern("floral", "contradiction"),
        title="Zivame Women Burgundy Velvet Robe",
        category="Robe",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a pink cotton pyjama set, short-sleeve notch-collar shirt with a chest pocket and drawstring
    # pants with elastic cuffs, both with a white heart print, white backdrop; all texts by the epoch-1 adapter
    case(
        "X690-034",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("shirt", "pink"),
        color_of("pants", "pink"),
        pattern("printed"),
        details("shirt", "heart print, notch collar, button front and a chest pocket"),
        describe(
            "pants",
            "pink pants with white hearts and a drawstring waist and elastic cuffs at the ankles and a drawstring "
            "waist and elastic cuffs at the ankles and a drawstring waist",
            "loop",
            hit_limit=True,
        ),
        wearing("Question: What is she wearing? Answer: pink pajamas with hearts", "leak", who="she"),
        material("The pajama set is made of silk", "unsupported"),
        title="Sweet Dreams Women Pink Heart Print Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy-and-white checked long-sleeve button-up pyjama shirt and solid navy pyjama pants,
    # holding a brown teddy bear, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-035",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady holds a teddy bear."
        ),
        color_of("shirt", "navy blue"),
        color_of("pants", "white", "other_garment_color"),
        pattern("checked"),
        details("pants", "they are pants", "non_answer"),
        is_a("shirt", "yes"),
        material("cotton"),
        title="Clovia Women Navy Checked Shirt and Pyjama Set",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a grey melange round-neck T-shirt with "SLEEP MODE" printed in black and black drawstring
    # pyjama joggers, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-036",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("t-shirt", "black", "other_garment_color"),
        color_of("pants", "black"),
        wearing(
            "a grey t-shirt and black pants Question: What is the color of the t-shirt? Answer: grey",
            "leak",
        ),
        details(
            "t-shirt",
            "the t-shirt has a graphic print on the front that says sleep mode and the t-shirt has a round neck and "
            "short sleeves and the pants have a drawstring and the pants are",
            "cut",
            hit_limit=True,
        ),
        sleeves("short sleeves"),
        title="Shararat Women Grey Melange Sleep Mode T-shirt and Pyjama Set",
        category="Night suits",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in red-and-black buffalo check flannel pyjamas (long-sleeve notch-collar shirt with a chest pocket
    # and matching pants), black slippers, bare ankles, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-037",
        caption("a woman in red and black plaid pajamas"),
        color("red"),
        pattern("striped", "contradiction"),
        sleeves("long sleeves"),
        describe(
            "pajamas",
            "The pajamas are red and black plaid. The lady is wearing a pair of black slippers and a pair of black "
            "socks",
            "unsupported",
        ),
        material("flannel"),
        details("shirt", "button front, notch collar and a chest pocket"),
        title="Dreamz Women Red Buffalo Check Flannel Pyjama Set",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white sleeveless cotton top and matching white shorts, both printed with yellow lemons and
    # green leaves, no pockets, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-038",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. The lady "
            "wears a short shorts. The shorts are with cotton fabric and floral patterns."
        ),
        color("yellow", "contradiction"),
        color_of("shorts", "white"),
        pattern("printed"),
        details("top", "lemon print"),
        wearing("she is wearing a white top and white shorts with lemons on them", who="she"),
        sleeves("short sleeves", "contradiction"),
        describe("top", "The top is white with a lemon print and a pocket on the chest", "unsupported"),
        title="Sweet Dreams Women White Lemon Print Shorts Night Suit",
        category="Night suits",
        color="White",
        gender="Women",
    ),
    # photo: model in a purple long-sleeve kurta-style cotton top with a white floral print and solid white pyjama
    # pants, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-039",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        color_of("pants", "purple", "other_garment_color"),
        pattern("floral"),
        describe("top", "yes", "non_answer"),
        material("The top is made of cotton and the pants are made of denim", "unsupported"),
        title="Kanvin Women Purple Floral Print Night Suit",
        category="Night suits",
        color="Purple",
        gender="Women",
    ),
    # photo: model in black lounge pants with a white side stripe, drawstring and side pockets, a white T-shirt
    # tucked in and white sneakers, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and striped "
            "patterns."
        ),
        color_of("pants", "white", "other_garment_color"),
        garment_type("pants"),
        details(
            "pants",
            "a white stripe down each side, elastic waistband with a drawstring, two side pockets and a zip fly",
            "unsupported",
        ),
        wearing("he is wearing a white t-shirt and black pants", "pronoun"),
        material("cotton"),
        title="Jockey Women Black Side Stripe Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: model in pink-and-white striped cotton lounge shorts with an elastic waist and a bow, a grey tank top,
    # front view, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short shorts with striped patterns."
        ),
        color_of("shorts", "grey", "other_garment_color"),
        pattern("striped"),
        is_a("pair of shorts", "yes"),
        details(
            "shorts", "pink and white stripes, an elastic waist with a bow and a zip pocket on the back", "unsupported"
        ),
        describe(
            "shorts",
            "pink and white striped shorts with pink and white striped shorts with pink and white striped shorts "
            "with pink and white striped shorts with",
            "loop",
            hit_limit=True,
        ),
        title="Hanes Women Pink Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a royal blue lace underwired bra and matching lace briefs with a small front bow, white
    # backdrop, front view; all texts by the epoch-1 caption adapter
    case(
        "X690-042",
        caption("a woman in blue lace underwear"),
        color("blue"),
        garment_type("bra"),
        wearing(
            "She is wearing a blue bra and blue panties. She is wearing a blue bra and blue panties. She is wearing "
            "a blue bra and blue panties. She is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        material("lace"),
        details(
            "set",
            "the bra has lace cups with underwire and adjustable straps, the panty has a lace waistband and a small "
            "bow at the front and the back of the",
            "cut",
            hit_limit=True,
        ),
        title="Clovia Women Royal Blue Lace Bra and Panty Set",
        category="Lingerie Set",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an olive green T-shirt bra and matching olive hipster briefs, no jewellery or watch, grey wall
    # as backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-043",
        caption("The lady is wearing a green bra and green panties in front of a grey wall."),
        color("grey", "contradiction"),
        garment_type("lingerie set"),
        describe("set", "an olive green bra with molded cups and matching hipster briefs with a wide waistband"),
        details("set", "The details of the set are", "restated"),
        wearing("The lady wears a pair of green panties and a green bra. Her wrist has a watch.", "unsupported"),
        title="Enamor Women Olive Bra and Brief Set",
        category="Lingerie Set",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a knee-length champagne satin bias-cut slip with a cowl neck and thin straps, plain hem, no
    # zip, white backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of medium length."
        ),
        color("beige"),
        describe("slip", "a champagne satin slip with a cowl neck, thin straps and a bias cut that falls to the knee"),
        material("satin"),
        details("slip", "cowl neck, adjustable straps, a side zip and a lace hem", "unsupported"),
        is_a("slip", "no", "contradiction"),
        wearing("What is she wearing? She is wearing", "restated", who="she"),
        title="Dressberry Women Champagne Satin Cowl Neck Slip",
        category="Nightdress",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a mustard ribbed triangle bralette with thin straps and black high-waisted jeans, white
    # backdrop; all texts by the epoch-1 caption adapter
    case(
        "X690-045",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with knitted fabric "
            "and its neckline is V-shape. The lady wears a long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        color("yellow"),
        garment_type("bralette"),
        wearing("a yellow bralette and black jeans", who="she"),
        details("bralette", "ribbed texture, triangle cups, thin straps and a gold clasp at the back", "unsupported"),
        material("ribbed cotton"),
        describe("bralette", "Question: Describe the bralette. Answer: yellow ribbed bralette", "leak"),
        color_of("bralette", "black", "other_garment_color", kind="open"),
        title="Da Intimo Women Mustard Ribbed Triangle Bralette",
        category="Bra",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a peach satin nightdress with lace trim under a matching open peach satin robe with lace
    # cuffs, peach slippers, white backdrop; the feed row has no color; all texts by the epoch-1 caption adapter
    case(
        "X690-046",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a dress. The dress is of long length.",
            "contradiction",
        ),
        color("pink"),
        garment_type("nightdress"),
        details("nightdress", "lace trim at the neckline and hem, thin straps, and a matching robe with lace cuffs"),
        material("satin"),
        is_a("robe", "yes"),
        wearing(
            "She is wearing a peach satin robe over a peach nightgown and a pair of peach slippers and a pair of "
            "peach slippers and a pair of peach slippers and a",
            "loop",
            hit_limit=True,
        ),
        title="Sweet Dreams Women Peach Satin Nightdress with Robe",
        category="Nightdress",
        gender="Women",
    ),
]
