"""BLIND_866 (46 products; Myntra innerwear/sleepwear, caption then extractive QA): written blind in the fifty-sixth
session. Measured blind at 2733ff7 (the session's final rules): 85/124 failures found (68.5%) and 34/181 correct texts
flagged (18.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of innerwear and sleepwear for men and women: innerwear vests, camisoles, briefs, trunks,
boxers, lounge pants (pyjamas), lounge shorts and night suits. Catalog photos on a white or light grey studio
backdrop, a few lifestyle shots in a bedroom (bed, pillow, a coffee mug). Most are worn by a model cropped at the
chin or shoulders, who wears another garment too (a vest over briefs, a t-shirt over boxers or pyjamas, jeans under
a camisole); four packs are flat lays with no person at all.

Who wrote what: the caption is free generation, 50 new tokens, by the caption adapter (Data2_V2 epoch 3, "E3") for
most products, and by the epoch-1 caption adapter ("E1") for some. E3 writes the DeepFashion template ("The
gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and its neckline is
round.") with patterns and fabrics but no hue names, calls briefs and trunks "three-point shorts", invents
accessories and necklines, and with no end token it loops or is cut at the limit. E1 still writes base-model
captions with hues ("a man in a black tank top and grey boxer shorts") and now and then runs on into a made-up
"Question: ... Answer:" exchange. Open answers (wearing, describe, details, material, and open color questions) are
spans that the extractive QA model (mdeberta-v3-base-squad2) lifted from that caption, so every open answer is a
substring of its product's caption, or empty when the model found no span; they inherit the caption's loops, cuts,
leaks, pronouns and inventions, and often grab the other garment's words. Closed answers (garment type, color,
pattern, sleeve length, "Is this a ...?") come from the reference engine, one candidate each, never looped or cut;
their failures are a wrong candidate.

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults, the one that shapes its form wins: loop, then cut, then leak,
  then the content fault.
- A caption that ran to 50 tokens is hit_limit=True; an extracted span that ends where the cut caption ends is
  labeled cut without hit_limit (the QA model did not hit any limit).
- E3's "three-point shorts" for briefs (a product the seller calls Briefs) names another garment class: contradiction,
  in the caption and in a span that carries it. For boxers and lounge shorts "shorts" is right. "Boxer shorts" for
  trunks (boxer briefs) and "tank top"/"tank shirt" for vests and camisoles are counted correct.
- A color answer that is the other worn garment's color (the t-shirt's over the boxers) is other_garment_color; a
  wrong color that nothing in the photo has, or the product's own trim color given for the whole product, is
  contradiction.
- A wrong pattern or sleeve length, a wrong garment type or a "yes" to the wrong garment is contradiction. A fabric
  the seller's title contradicts (chiffon for satin) is contradiction; a fabric or detail with no basis in the photo
  or catalog (denim lounge shorts, a lapel on a vest, an accessory, a ring, slippers, a watch) is unsupported. A span
  that gives the product the other garment's fabric or neckline is labeled by what it says: denim for a cotton vest
  is contradiction (the caption itself says cotton), a V-neck on boxers that the tee does not have is unsupported.
- Empty spans, one bare word ("underwear"), "other fabric", and a span about the backdrop or a prop instead of the
  garment are non_answer. A span that gives back only the question's subject and verb ("The lady wears") is restated.
- "Her"/"his"/"she"/"he" for the wrong gender is pronoun, in the caption and in any span that carries it; "the lady"
  alone in a wearing span is not counted.
- For a pack (flat lay of several colors), a color answer naming the pack as multi, or one of the colors the
  pack really holds, is correct; the wearing question is not asked of flat lays.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_866 = [
    # photo: white sleeveless round-neck vest worn with mid-blue jeans, front, cropped at the chin, white backdrop;
    # caption E3, open answers extractive QA, closed reference engine
    case(
        "X866-001",
        caption(
            "The gentleman is wearing a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric and solid "
            "color patterns."
        ),
        wearing("a tank tank shirt with pure color patterns", who="he"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim fabric", "contradiction"),
        describe("vest", "The gentleman is wearing", "restated"),
        title="Jockey Men White Solid Round Neck Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: navy briefs with a grey waistband printed with white logo text, bare torso, cropped waist to thigh,
    # white backdrop; caption E3 (looped to the limit), open answers extractive QA
    case(
        "X866-002",
        caption(
            "This man wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The man "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The man wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-point shorts", "contradiction", who="he"),
        Q.color("navy blue"),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        details(
            "briefs",
            "cotton fabric and pure color patterns. The man wears a three-point shorts. The shorts are with cotton "
            "fabric and pure color patterns",
            "loop",
        ),
        title="Jockey Men Navy Blue Briefs 1017",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black trunks with a wide black waistband carrying silver lettering, bare chest, cropped, light grey
    # studio backdrop; caption E1, open answers extractive QA
    case(
        "X866-003",
        caption("a man in black underwear standing in front of a grey wall"),
        wearing("black underwear", who="he"),
        describe("trunks", "underwear", "non_answer"),
        Q.color("black"),
        Q.garment_type("trunks"),
        Q.pattern("striped", "contradiction"),
        Q.material("", "non_answer"),
        is_a("pair of boxers", "no"),
        title="XYXX Men Black Solid Trunks",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange knit boxers with navy piping and a navy waistband, worn with a plain navy crew-neck t-shirt,
    # full front, white backdrop; caption E3, open answers extractive QA
    case(
        "X866-004",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and solid color patterns."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="he"),
        color_of("boxers", "navy blue", "other_garment_color"),
        Q.garment_type("boxers"),
        details("boxers", "cotton fabric and solid color patterns"),
        Q.pattern("checked", "contradiction"),
        title="Jockey Men Grey Melange Knit Boxers US57",
        category="Boxers",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: plain pink cotton lounge shorts with a white drawstring, worn with a white thin-strap tank top, full
    # front, white backdrop; caption E3 (cut at the limit), open answers extractive QA
    case(
        "X866-005",
        caption(
            "The lady wears a tank shirt with pure color patterns and a three-point shorts. The tank shirt is with "
            "cotton fabric. It has a suspenders neckline. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank shirt with pure color patterns and a three-point shorts", who="she"),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("shorts"),
        details("shorts", "cotton fabric and pure", "cut"),
        Q.pattern("floral", "contradiction"),
        Q.material("cotton"),
        title="Jockey Women Pink Lounge Shorts 1301",
        category="Lounge Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: navy and white checked pyjama pants worn with a grey melange crew-neck t-shirt, full front, white
    # backdrop; caption E3 (cut at the limit), open answers extractive QA
    case(
        "X866-006",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        color_of("pyjamas", "grey", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("pyjamas"),
        describe("pyjamas", "a long trousers"),
        details("pyjamas", "cotton fabric and lattice", "cut"),
        title="Jockey Men Navy Blue Checked Lounge Pants IM01",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black pyjama pants with a small white star print, worn with a plain grey t-shirt by a woman cropped at
    # the neck, white backdrop; caption E1, open answers extractive QA
    case(
        "X866-007",
        caption("a man wearing a grey t-shirt and black pajamas with white stars on them", "pronoun"),
        wearing("a grey t-shirt and black pajamas with white stars", who="she"),
        color_of("pajamas", "grey", "other_garment_color"),
        Q.pattern("printed"),
        describe("pajamas", "black pajamas with white stars on them"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Kanvin Women Black Printed Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: black sleeveless gym-cut vest with deep armholes, worn with grey trunks, front, no watch or band,
    # white backdrop; caption E3, open answers extractive QA
    case(
        "X866-008",
        caption(
            "The man wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and its "
            "neckline is round. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a tank tank shirt with pure color patterns"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        details("vest", "There is an accessory on his wrist", "unsupported"),
        Q.garment_type("vest"),
        title="Hanes Men Black Innerwear Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay of three folded briefs, black, navy and grey melange, no person, white backdrop; caption E3
    # (looped to the limit), open answers extractive QA; the feed row has no color
    case(
        "X866-009",
        caption(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are with cotton fabric and pure color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("briefs"),
        Q.color("multi"),
        is_a("pair of shorts", "yes", "contradiction"),
        describe(
            "briefs",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric",
            "loop",
        ),
        Q.pattern("solid"),
        title="Jockey Men Pack of 3 Briefs 8035",
        category="Briefs",
        gender="Men",
    ),
    # photo: nude (skin-tone) hipster briefs worn with a matching nude bra, cropped shoulders to thigh, white
    # backdrop; caption E1, open answers extractive QA
    case(
        "X866-010",
        caption("a woman in a nude underwear set on a white background"),
        wearing("a nude underwear set", who="she"),
        Q.color("pink", "contradiction"),
        Q.garment_type("briefs"),
        describe("briefs", "nude underwear set on a white background"),
        details("briefs", "", "non_answer"),
        title="Amante Women Nude Solid Hipster Briefs",
        category="Briefs",
        color="Nude",
        gender="Women",
    ),
    # photo: blue and white checked woven boxers worn with a white sleeveless vest, front, white backdrop; caption
    # E3, open answers extractive QA
    case(
        "X866-011",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns and a three-point shorts. The tank shirt "
            "is with cotton fabric and its neckline is round. The shorts are with cotton fabric and lattice patterns."
        ),
        wearing("a tank tank shirt with pure color patterns and a three-point shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("boxers"),
        details("boxers", "cotton fabric and lattice patterns"),
        Q.material("cotton"),
        describe("boxers", "The gentleman wears", "restated"),
        title="Marks & Spencer Men Blue Checked Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: pink night suit, short-sleeve top with a white cat print and pink pyjamas with white polka dots, woman
    # sitting on a bed hugging a pillow, bedroom; caption E1 (ran on into a made-up Q/A), open answers extractive QA
    case(
        "X866-012",
        caption(
            "a woman in pink pajamas sitting on a bed holding a pillow Question: what is the woman wearing? Answer: "
            "pink pajamas Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing(
            "pink pajamas sitting on a bed holding a pillow Question: what is the woman wearing? Answer: pink pajamas",
            "leak",
            who="she",
        ),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.garment_type("night suit"),
        Q.sleeve_length("short sleeves"),
        describe("night suit", "pink pajamas"),
        details("night suit", "holding a pillow", "non_answer"),
        title="Sweet Dreams Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: flat lay of two plain trunks, one grey melange and one navy, no person, white backdrop; caption E1,
    # open answers extractive QA
    case(
        "X866-013",
        caption("two pairs of men's underwear on a white background"),
        Q.garment_type("trunks"),
        Q.color("navy blue"),
        describe("trunks", "two pairs of men's underwear"),
        is_a("pair of trunks", "yes"),
        is_a("pair of boxers", "yes", "contradiction"),
        Q.pattern("striped", "contradiction"),
        details("trunks", "on a white background", "non_answer"),
        title="Van Heusen Men Pack of 2 Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange round-neck vest, navy briefs visible at the bottom of the frame, front, white backdrop;
    # caption E3, open answers extractive QA
    case(
        "X866-014",
        caption(
            "The man wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and its "
            "neckline is lapel. He wears a three-point shorts.",
            "unsupported",
        ),
        wearing("a tank tank shirt with pure color patterns", who="he"),
        Q.color("navy blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("vest", "its neckline is lapel", "unsupported"),
        Q.garment_type("vest"),
        Q.material("cotton"),
        title="Jockey Men Grey Melange Innerwear Vest 8820",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white thin-strap camisole with a lace trim at the neckline, worn with mid-blue jeans, no jewellery,
    # white backdrop; caption E3, open answers extractive QA
    case(
        "X866-015",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. It has a suspenders neckline. The tank shirt "
            "is with cotton fabric. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a tank tank shirt with pure color patterns", who="she"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        details("camisole", "an accessory on her wrist", "unsupported"),
        describe("camisole", "a tank tank shirt with pure color patterns. It has a suspenders neckline"),
        title="Lovable Women White Lace Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: plain olive drawstring lounge shorts worn with a black crew-neck t-shirt, front, white backdrop;
    # caption E1, open answers extractive QA (open color question)
    case(
        "X866-016",
        caption("a man wearing a black t-shirt and olive green shorts"),
        wearing("a black t-shirt and olive green shorts", who="he"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.color("green"),
        Q.garment_type("shorts"),
        Q.pattern("striped", "contradiction"),
        describe("shorts", "a man wearing", "restated"),
        title="Bummer Men Olive Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy lounge shorts with thin white vertical stripes, worn with a grey melange t-shirt, front, white
    # backdrop; caption E3 (cut at the limit), open answers extractive QA
    case(
        "X866-017",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and stripe patterns. "
            "The female",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="she"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        details("shorts", "cotton fabric and stripe patterns"),
        Q.garment_type("shorts"),
        title="Dreamz by Pantaloons Women Navy Striped Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange jogger-style lounge pants with ribbed cuffs, worn with a white t-shirt, bare wrists, man
    # standing in a bedroom (bed and lamp behind); caption E1, open answers extractive QA
    case(
        "X866-018",
        caption(
            "a man standing in a bedroom wearing a white t-shirt and grey sweatpants with a watch on his wrist",
            "unsupported",
        ),
        wearing("a white t-shirt and grey sweatpants with a watch on his wrist", "unsupported", who="he"),
        color_of("lounge pants", "white", "other_garment_color"),
        Q.garment_type("lounge pants"),
        describe("lounge pants", "grey sweatpants"),
        is_a("pair of jeans", "no"),
        title="Jockey Men Grey Melange Lounge Pants 9500",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red briefs with a black waistband carrying a red logo, bare torso, cropped waist to thigh, white
    # backdrop; caption E1 (reads the waistband as a belt), open answers extractive QA
    case(
        "X866-019",
        caption("a man wearing red underwear and a black belt", "unsupported"),
        wearing("red underwear and a black belt", "unsupported", who="he"),
        Q.garment_type("trunks", "contradiction"),
        Q.color("red"),
        details("briefs", "red underwear"),
        Q.pattern("solid"),
        title="Levis Men Red Briefs 300LS",
        category="Briefs",
        color="Red",
        gender="Men",
    ),
    # photo: maroon wide-leg lounge pants worn with a black t-shirt, woman in a side pose, face visible, white
    # backdrop; caption E3, open answers extractive QA
    case(
        "X866-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. His T-shirt is with cotton fabric. "
            "He wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing(
            "a short-sleeve T-shirt with pure color patterns. His T-shirt is with cotton fabric. He wears a long "
            "trousers",
            "pronoun",
            who="she",
        ),
        Q.color("maroon"),
        Q.garment_type("lounge pants"),
        color_of("lounge pants", "black", "other_garment_color"),
        details("lounge pants", "cotton fabric and pure color patterns"),
        title="Jockey Women Maroon Lounge Pants 1301",
        category="Lounge Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: white round-neck vest (one of a pack of two) worn with grey track pants, front, white backdrop; caption
    # E3, open answers extractive QA
    case(
        "X866-021",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a tank tank shirt with pure color patterns"),
        Q.color("white"),
        color_of("vest", "grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton fabric"),
        describe("vests", "The gentleman wears", "restated"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Dixcy Scott Men Pack of 2 White Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: black boxers with a small white anchor print, worn with a plain white t-shirt, front, white backdrop;
    # caption E3, open answers extractive QA
    case(
        "X866-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="he"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        details("boxers", "cotton fabric and graphic patterns"),
        Q.garment_type("boxers"),
        title="Tommy Hilfiger Men Black Printed Boxers",
        category="Boxers",
        color="Black",
        gender="Men",
    ),
    # photo: navy night suit, short-sleeve button-front top with a notch collar and white piping, navy and white
    # checked pyjama pants, full front, white backdrop; caption E3, open answers extractive QA
    case(
        "X866-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and lattice patterns."
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long pants", who="she"),
        Q.color("navy blue"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("night suit"),
        details("night suit", "its neckline is lapel"),
        Q.material("cotton"),
        title="Sweet Dreams Women Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: turquoise blue trunks with a black waistband with white lettering, bare chest, cropped, white
    # backdrop; caption E1 (looped to the limit), open answers extractive QA
    case(
        "X866-024",
        caption(
            "a man in blue and black underwear blue and black underwear blue and black underwear blue and black "
            "underwear blue and black underwear blue and black",
            "loop",
            hit_limit=True,
        ),
        wearing("blue and black underwear blue and black underwear blue and black underwear", "loop", who="he"),
        Q.color("black", "contradiction"),
        Q.garment_type("trunks"),
        Q.pattern("solid"),
        Q.material("", "non_answer"),
        title="Jockey Men Turquoise Blue Trunks US21",
        category="Trunk",
        color="Turquoise Blue",
        gender="Men",
    ),
    # photo: black camisole with lace trim, worn with grey melange joggers, front, white backdrop; caption E3
    # (looped to the limit), open answers extractive QA
    case(
        "X866-025",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. It has a suspenders neckline. The tank shirt "
            "is with cotton fabric. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank tank shirt with pure color patterns", who="she"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("camisole"),
        details("camisole", "a suspenders neckline"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "The lady wears", "restated"),
        title="Clovia Women Black Lace Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: plain black lounge pants with a red drawstring, worn with a red t-shirt, front, white backdrop;
    # caption E1, open answers extractive QA (open color question)
    case(
        "X866-026",
        caption("a man wearing a red t-shirt and black pants"),
        wearing("a red t-shirt and black pants", who="he"),
        color_of("lounge pants", "red", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.garment_type("lounge pants"),
        describe("lounge pants", "black pants"),
        Q.pattern("checked", "contradiction"),
        details("lounge pants", "pants", "non_answer"),
        title="Puma Men Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Men",
    ),
    # photo: peach lounge shorts with a small white floral print, worn with a plain white t-shirt, front, white
    # backdrop; caption E3, open answers extractive QA
    case(
        "X866-027",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and floral patterns.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts", "unsupported", who="she"),
        Q.color("peach"),
        Q.pattern("floral"),
        details("shorts", "cotton fabric and floral patterns"),
        Q.garment_type("shorts"),
        Q.material("cotton fabric"),
        is_a("skirt", "no"),
        title="Dreamz Women Peach Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: navy sleeveless sport vest seen from the back, the man's back and the waistband of grey track pants,
    # white backdrop; caption E3, open answers extractive QA
    case(
        "X866-028",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. Her tank shirt is with cotton fabric and its "
            "neckline is round. She wears a long pants.",
            "pronoun",
        ),
        wearing("a tank tank shirt with pure color patterns", who="he"),
        Q.color("navy blue"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("t-shirt", "contradiction"),
        details("vest", "Her tank shirt is with cotton fabric", "pronoun"),
        title="Jockey Men Navy Blue Sport Vest 9927",
        category="Innerwear Vests",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain white briefs worn with a white round-neck vest, front, cropped at the chin, white backdrop;
    # caption E3 (cut at the limit), open answers extractive QA
    case(
        "X866-029",
        caption(
            "The man wears a tank tank shirt with pure color patterns and a three-point shorts. The tank shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank shirt with pure color patterns", who="he"),
        Q.color("white"),
        Q.garment_type("briefs"),
        details("briefs", "cotton fabric and its", "cut"),
        Q.pattern("striped", "contradiction"),
        title="Rupa Frontline Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: flat lay of three hipster briefs, pink, black and grey melange, no person, white backdrop; caption E1,
    # open answers extractive QA; the feed row has no color
    case(
        "X866-030",
        caption("three pairs of women's underwear in pink, black and grey"),
        Q.garment_type("briefs"),
        describe("briefs", "three pairs of women's underwear in pink, black and grey"),
        is_a("pair of shorts", "no"),
        Q.pattern("solid"),
        details("briefs", "pink, black and grey"),
        title="Jockey Women Pack of 3 Hipster Briefs 1406",
        category="Briefs",
        gender="Women",
    ),
    # photo: maroon knitted boxers worn with a grey crew-neck t-shirt, front, white backdrop; caption E3, open
    # answers extractive QA
    case(
        "X866-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric and its neckline is V-shape.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="he"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("boxers"),
        details("boxers", "its neckline is V-shape", "unsupported"),
        Q.material("cotton fabric"),
        title="U.S. Polo Assn. Men Maroon Knitted Boxers",
        category="Boxers",
        color="Maroon",
        gender="Men",
    ),
    # photo: grey melange pyjama pants with a pink heart print, worn with a pink t-shirt, barefoot, full length,
    # white backdrop; caption E1, open answers extractive QA (open color question)
    case(
        "X866-032",
        caption(
            "a woman in a pink shirt and grey pajama pants with hearts on them and a pair of slippers", "unsupported"
        ),
        wearing("a pink shirt and grey pajama pants with hearts on them", who="she"),
        color_of("pajama pants", "pink", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.garment_type("pyjamas"),
        Q.color("grey"),
        describe("pajama pants", "grey pajama pants with hearts on them and a pair of slippers", "unsupported"),
        title="Kanvin Women Grey Melange Printed Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: plain charcoal lounge shorts worn with a white sleeveless vest, front, white backdrop; caption E3
    # (looped to the limit), open answers extractive QA
    case(
        "X866-033",
        caption(
            "This man wears a tank tank shirt with pure color patterns and a three-point shorts. The tank shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "This man wears a tank tank shirt with pure color patterns and a three-point",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a tank tank shirt with pure color patterns and a three-point shorts. The tank shirt is with cotton fabric "
            "and its neckline is round. The shorts are with cotton fabric and pure color patterns. This man wears a "
            "tank tank shirt",
            "loop",
        ),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.pattern("solid"),
        title="Jockey Men Charcoal Lounge Shorts 9426",
        category="Lounge Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: lavender satin night suit, long-sleeve shirt with notch collar and white piping, matching pyjamas,
    # woman sitting on the edge of a bed, white bedroom; caption E3, open answers extractive QA
    case(
        "X866-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is lapel. The pants are with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="she"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon fabric", "contradiction"),
        Q.garment_type("night suit"),
        details("night suit", "The lady wears", "restated"),
        title="Clovia Women Lavender Satin Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: plain grey trunks worn with a black sleeveless vest, front, white backdrop; caption E1 (ran on into a
    # made-up Q/A), open answers extractive QA
    case(
        "X866-035",
        caption(
            "a man in a black tank top and grey boxer shorts Question: what is the man wearing? Answer: a black tank "
            "top and grey boxer shorts Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("a black tank top and grey boxer shorts", who="he"),
        Q.pattern("checked", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("trunks"),
        describe("trunks", "grey boxer shorts Question: what is the man wearing? Answer: a black tank top", "leak"),
        title="Hanes Men Grey Solid Trunks",
        category="Trunk",
        color="Grey",
        gender="Men",
    ),
    # photo: skin-tone round-neck vest worn with khaki chinos, front, no jewellery, white backdrop; caption E3,
    # open answers extractive QA
    case(
        "X866-036",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long trousers. There is a ring on his finger.",
            "unsupported",
        ),
        wearing("a tank tank shirt with pure color patterns", who="he"),
        Q.color("beige"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.garment_type("vest"),
        Q.material("cotton"),
        details("vest", "a ring on his finger", "unsupported"),
        title="Jockey Men Skin Innerwear Vest 8820",
        category="Innerwear Vests",
        color="Skin",
        gender="Men",
    ),
    # photo: plain pink thin-strap camisole worn with white cotton shorts, front, white wall behind; caption E1,
    # open answers extractive QA
    case(
        "X866-037",
        caption("a woman in a pink tank top and white shorts standing against a white wall"),
        wearing("a pink tank top and white shorts", who="she"),
        color_of("camisole", "white", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "pink tank top"),
        Q.pattern("striped", "contradiction"),
        title="Lovable Women Pink Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: olive and black checked flannel pyjama pants worn with a black t-shirt, man holding a coffee mug,
    # bedroom; caption E1, open answers extractive QA
    case(
        "X866-038",
        caption("a man holding a cup of coffee wearing a black shirt and plaid pajama pants"),
        wearing("a black shirt and plaid pajama pants", who="he"),
        Q.color("green"),
        Q.pattern("checked"),
        describe("pajamas", "plaid pajama pants"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("pajamas", "a cup of coffee", "non_answer"),
        Q.garment_type("pyjamas"),
        title="Marks & Spencer Men Olive Checked Pyjamas",
        category="Lounge Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: plain black briefs worn with a grey melange vest, front, cropped at the chin, white backdrop; caption
    # E3, open answers extractive QA
    case(
        "X866-039",
        caption(
            "The man wears a tank tank shirt with pure color patterns and a three-point shorts. The tank shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a tank tank shirt with pure color patterns and a three-point shorts", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        details("briefs", "cotton fabric and pure color patterns"),
        title="Jockey Men Black Briefs 8035",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: plain black lounge shorts worn with a red crew-neck t-shirt, woman cropped at the shoulders, white
    # backdrop; caption E3, open answers extractive QA
    case(
        "X866-040",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. His T-shirt is "
            "with cotton fabric and its neckline is round.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="she"),
        Q.color("red", "other_garment_color"),
        details("shorts", "His T-shirt is with cotton fabric", "pronoun"),
        Q.garment_type("shorts"),
        Q.pattern("solid"),
        title="Jockey Women Black Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay of two boxers, one navy and white checked woven, one plain grey melange knit, no person,
    # white backdrop; caption E1, open answers extractive QA
    case(
        "X866-041",
        caption("two pairs of boxer shorts on a white background"),
        Q.garment_type("boxers"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        describe("boxers", "two pairs of boxer shorts"),
        is_a("pair of boxers", "yes"),
        title="Marks & Spencer Men Pack of 2 Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: blue pyjama pants with white polka dots, worn with a white t-shirt, full front, white backdrop;
    # caption E1 (ran on into a made-up Q/A), open answers extractive QA (open color question)
    case(
        "X866-042",
        caption(
            "a woman wearing a white t-shirt and blue polka dot pajamas Question: what is the color of the pajamas? "
            "Answer: blue Question: what is the pattern of the pajamas? Answer",
            "leak",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue polka dot pajamas", who="she"),
        color_of("pyjamas", "blue", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dots"),
        details("pyjamas", "blue polka dot pajamas Question: what is the color of the pajamas? Answer: blue", "leak"),
        Q.garment_type("pyjamas"),
        title="Sweet Dreams Women Blue Printed Pyjamas",
        category="Lounge Pants",
        color="Blue",
        gender="Women",
    ),
    # photo: red sleeveless sport vest worn with black running shorts, front, white backdrop; caption E3 (looped to
    # the limit), open answers extractive QA
    case(
        "X866-043",
        caption(
            "The gentleman wears a tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank tank "
            "tank tank tank tank tank tank tank tank",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank tank tank tank tank tank tank tank tank tank tank tank tank tank", "loop", who="he"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("vest"),
        Q.material("", "non_answer"),
        title="Puma Men Red Sports Innerwear Vest",
        category="Innerwear Vests",
        color="Red",
        gender="Men",
    ),
    # photo: men's night suit, grey melange short-sleeve crew-neck t-shirt and plain navy pyjama pants, full
    # front, white backdrop; caption E3 (cut at the limit), open answers extractive QA
    case(
        "X866-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        Q.color("grey"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("night suit"),
        color_of("pyjamas", "grey", "other_garment_color"),
        details("night suit", "cotton fabric and pure color", "cut"),
        title="Jockey Men Grey & Navy Night Suit",
        category="Night suits",
        color="Grey",
        gender="Men",
    ),
    # photo: black lace briefs worn with a black camisole, cropped shoulders to thigh, white backdrop; caption E3,
    # open answers extractive QA
    case(
        "X866-045",
        caption(
            "The lady wears a tank tank shirt with pure color patterns and a three-point shorts. It has a suspenders "
            "neckline. The tank shirt is with other fabric. The shorts are with other fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a tank tank shirt with pure color patterns and a three-point shorts", "contradiction", who="she"),
        Q.color("black"),
        Q.garment_type("briefs"),
        Q.material("other fabric", "non_answer"),
        title="Amante Women Black Lace Briefs",
        category="Briefs",
        color="Black",
        gender="Women",
    ),
    # photo: navy lounge shorts with a white stripe down each side, worn with a grey melange t-shirt, front, white
    # backdrop; caption E3, open answers extractive QA
    case(
        "X866-046",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-point shorts", who="he"),
        Q.color("navy blue"),
        Q.material("denim fabric", "unsupported"),
        Q.garment_type("shorts"),
        details("shorts", "denim fabric and pure color patterns", "unsupported"),
        title="Kook N Keech Men Navy Blue Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
]
