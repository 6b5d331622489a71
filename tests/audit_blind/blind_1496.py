"""BLIND_1496 (45 products; Myntra women's nightwear, lingerie and loungewear, epoch-2 caption adapter): written blind
in the sixty-fifth session. Measured blind at b413ca7 (the session's fifth rules): 67/77 failures found (87.0%) and
22/177 correct texts flagged (12.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's night suits, nightdresses, babydolls, robes, bras, briefs, camisoles, shapewear,
lounge pants/shorts/T-shirts and one lingerie accessory. Photos are the catalog's usual ones: a model on a plain
backdrop wearing the product with other clothes (jeans, leggings, a tee over or under it), now and then a flat lay,
a back view or a prop (a mug, a bed). Catalog columns are the feed's own: title, category (Myntra article type),
color (base colour), gender; a few rows lack one of them, as the feed does.
Who wrote what: the caption and every open answer (wearing, describe, details, material, the open "What is the color
of the X?", the count question) come from BLIP-2 OPT-2.7b with the epoch-2 caption adapter (trained on
DeepFashion-MultiModal template captions, labels unmasked, no end token), greedy, 50 new tokens for captions and 30
for answers. The closed questions (garment type, color, pattern, sleeve length, "Is this a X?") come from the
reference engine ranking a candidate list on the untuned base model, so they are single labels and never loop or
cut. The adapter speaks the DeepFashion template: no hue names in captions, "pattern" words instead ("pure color",
"lattice", "graphic"), its fabric vocabulary (cotton, chiffon, denim, knitting), and no word for bra, briefs or
robe, so bras come out as "tank top", briefs as "three-point shorts", robes as "coat" or "cardigan". At epoch 2 it
still answers some questions briefly, but often returns the template instead. About three texts in ten are wrong:
the engine's closed labels are mostly right, the adapter's texts fail far more often.
Labeling conventions and judgement calls: one label per text, the most visible failure when a text fails two ways
(a caption that is cut and also calls a bra a tank top is labelled by whichever I judged the reader meets first;
I said which in the comment). A bra, brief or robe named as another garment (tank top, shorts, coat, cardigan) is a
contradiction of the title. "chiffon" or "cotton" for a product whose title says satin is a contradiction; an
invented fabric or detail the title does not settle (denim for a jersey nightdress, silk for satin, a ring or wrist
accessory nobody wears, a person in a flat lay wearing an accessory) is unsupported. A template sentence starting
"The lady wears" on a flat lay is not marked by itself. A color answer naming the color of the other clothes in the
photo (the jeans, the tee) is other_garment_color; a color from a print, a trim or a prop is a contradiction. Close
shades are not marked: nude/beige, wine/maroon, rose/pink, peach/pink, teal/blue, lavender/purple, coral/orange.
The template returned for a color question (no color in it) is a non_answer; the template returned for "What is she
wearing?" or a details question is an answer and is marked only if it is wrong or cut. "they are short" and "it is a
t-shirt" are restated. A caption that is accurate about the photo but never mentions the product (a bralette under
an open shirt) is left unmarked. hit_limit=True marks every text that ran to its limit: the cut and loop texts and
the leaks that ran on into a new prompt; no correct text here reached its limit.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

count = question("count", "How many items are there?", "open")

BLIND_1496 = [
    # Photo: model standing on a white backdrop, barefoot, in a navy short-sleeve notch-collar button-front shirt
    # with a small white star print and matching long pyjama pants. Caption, wearing: caption adapter (the wearing
    # answer is the template, cut at 30 tokens). Closed: reference engine.
    case(
        "X1496-001",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and graphic patterns."
        ),
        wearing(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Clovia Women Navy Blue Printed Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a knee-length black satin slip nightdress, thin straps, lace trim at the V neckline, a thin
    # gold bracelet on her left wrist; grey backdrop. Caption, wearing, material: caption adapter. Closed: engine.
    # The caption's "chiffon" against the title's satin is the failure (the wrist accessory is really there).
    case(
        "X1496-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium length. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a black nightgown"),
        material("cotton", "contradiction"),
        Q.color("black"),
        is_a("nightdress", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Zivame Women Black Satin Nightdress",
        category="Nightdress",
        color="Black",
    ),
    # Photo: model cropped neck to hips in a nude T-shirt bra, light-blue jeans, white backdrop. Caption, wearing,
    # open color, details: caption adapter. Closed: engine. The bra is called a tank top by the template.
    case(
        "X1496-003",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a bra and jeans", who="she"),
        color_of("bra", "blue", "other_garment_color", kind="open"),
        Q.garment_type("bra"),
        Q.color("beige"),
        details(
            "bra",
            "The tank top is with cotton fabric. It has a suspenders neckline. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The tank",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Enamor Women Nude-Coloured Solid Non-Wired Lightly Padded T-shirt Bra",
        category="Bra",
        color="Nude",
    ),
    # Photo: model sitting on a white stool in a pink round-neck T-shirt with a white cartoon bear print and pink and
    # white checked pyjama pants. Caption (cut at 50), wearing, describe: caption adapter. Closed: engine.
    case(
        "X1496-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and lattice patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink t-shirt and pink plaid pajama pants"),
        Q.pattern("printed"),
        Q.color("pink"),
        is_a("dress", "no"),
        describe(
            "pants",
            "The pants are with cotton fabric and lattice patterns. The pants are of long length. The pants are with "
            "cotton fabric and lattice patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Pink & White Printed Pyjama Set",
        category="Night suits",
        color="Pink",
    ),
    # Photo: model in grey melange drawstring joggers with cuffed ankles and side pockets, a white crew T-shirt tucked
    # in, white sneakers. Caption, open color, details, material: caption adapter. Closed: engine.
    case(
        "X1496-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("pants", "white", "other_garment_color", kind="open"),
        Q.garment_type("lounge pants"),
        Q.color("grey"),
        details("pants", "The pants are with cotton fabric and pure color patterns. They are of long length."),
        material("cotton"),
        gender="Women",
        title="Jockey Women Grey Melange Solid Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
    ),
    # Photo: model in a red lace bralette and matching red lace briefs, plain grey backdrop. Caption, wearing,
    # material: caption adapter. Closed: engine. The caption names a tank top and shorts.
    case(
        "X1496-006",
        caption(
            "The lady wears a tank tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric.",
            "contradiction",
        ),
        wearing("a red lace bra and panties"),
        Q.garment_type("bra"),
        Q.sleeve_length("sleeveless"),
        Q.color("red"),
        material("lace"),
        is_a("bra", "yes"),
        gender="Women",
        title="Amante Women Red Lace Non-Padded Non-Wired Bralette",
        category="Bra",
        color="Red",
    ),
    # Photo: model in a lavender knee-length satin robe with shawl collar and three-quarter sleeves, belt tied at the
    # waist, the matching slip showing at the neckline; beige backdrop. Caption, wearing, material: caption adapter.
    # Closed: engine. The robe is called a long-sleeve coat.
    case(
        "X1496-007",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with chiffon fabric. It has a "
            "lapel neckline. The coat is of medium length. This lady wears a belt.",
            "contradiction",
        ),
        wearing("a purple robe", who="she"),
        Q.color("purple"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("robe", "yes"),
        material("satin"),
        gender="Women",
        title="Marks & Spencer Women Lavender Solid Satin Robe",
        category="Robe",
        color="Lavender",
    ),
    # Photo: model in a teal calf-length A-line cotton nightdress, short sleeves, small white leaf print, round neck
    # with a short buttoned placket. Caption, wearing, details: caption adapter. Closed: engine.
    case(
        "X1496-008",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        wearing("a blue nightgown with white leaves"),
        details(
            "nightdress",
            "buttons, the buttons, the buttons, the buttons, the buttons, the buttons, the buttons, the buttons, the "
            "buttons, the buttons",
            "loop",
            hit_limit=True,
        ),
        Q.color("teal"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.garment_type("nightdress"),
        gender="Women",
        title="Slumber Jill Women Teal Blue Printed Nightdress",
        category="Nightdress",
        color="Teal",
    ),
    # Photo: cropped waist to mid-thigh, model in beige high-waist shapewear shorts with a matching beige bra just in
    # frame; hands out of the frame, no jewellery visible. Caption, wearing, material: caption adapter. Closed: engine.
    case(
        "X1496-009",
        caption(
            "The lady wears a three-point shorts with pure color patterns. The shorts are with cotton fabric. There "
            "is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("beige shapewear shorts"),
        Q.garment_type("shapewear"),
        Q.color("nude"),
        is_a("bra", "yes", "contradiction"),
        material("nylon and spandex"),
        gender="Women",
        title="Zivame Women Beige Solid Tummy Control Shapewear",
        category="Shapewear",
        color="Beige",
    ),
    # Photo: model in a maroon oversized round-neck tee with dropped shoulders and short sleeves, black lounge
    # shorts. Caption, wearing, open color: caption adapter. Closed: engine.
    case(
        "X1496-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts.", "pronoun"
        ),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        Q.garment_type("t-shirt"),
        gender="Women",
        title="Dreamz by Pantaloons Women Maroon Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Maroon",
    ),
    # Photo: model sitting on the edge of a bed with white sheets, in a peach cami with thin straps and matching
    # shorts, both with a small white floral print. Caption (cut), wearing: caption adapter. Closed: engine. The
    # closed color took the white of the print and the sheets.
    case(
        "X1496-011",
        caption(
            "The lady wears a tank tank top with floral patterns and a three-point shorts. The tank top is with "
            "chiffon fabric. It has a suspenders neckline. The shorts are with chiffon fabric and floral patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink floral pajama set"),
        Q.pattern("floral"),
        Q.color("white", "contradiction"),
        is_a("night suit", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Clovia Women Peach-Coloured Floral Print Cami Top and Shorts Set",
        category="Night suits",
        color="Peach",
    ),
    # Photo: model in black cotton-jersey shorts with a white drawstring and a grey melange tank top. Caption, details,
    # open color: caption adapter. Closed: engine.
    case(
        "X1496-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        details("shorts", "they are short", "restated"),
        color_of("shorts", "black", kind="open"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("shorts"),
        gender="Women",
        title="Bannos Swagger Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Photo: flat lay on white, no person: a mauve knit short-sleeve knee-length nightdress with a small satin bow at
    # the neckline, sleeves folded in. Caption, wearing, describe: caption adapter. Closed: engine.
    case(
        "X1496-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a pink dress"),
        describe(
            "nightdress",
            "The dress is with cotton fabric. It has a round neckline. The dress is of medium length. The dress is "
            "with cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        Q.color("mauve"),
        gender="Women",
        title="Sweet Dreams Women Mauve Solid Nightdress",
        category="Nightdress",
        color="Mauve",
    ),
    # Photo: model in blue and white vertical-striped cotton pyjama bottoms and a plain white T-shirt. Caption,
    # wearing, open color, material: caption adapter. Closed: engine.
    case(
        "X1496-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and striped patterns."
        ),
        wearing("a white t-shirt and striped pajama pants"),
        color_of("pants", "The pants are with cotton fabric and striped patterns.", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.color("blue"),
        is_a("pair of pajamas", "yes"),
        material("The pants are with cotton fabric and striped patterns."),
        gender="Women",
        title="Kryptic Women Blue & White Striped Pyjamas",
        category="Pyjamas",
        color="Blue",
    ),
    # Photo: model standing, hand on hip, in a purple sheer mesh babydoll with lace cups and a split front, matching
    # thong; no jewellery. Caption (cut at 50), wearing, details: caption adapter. Closed: engine.
    case(
        "X1496-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of short length. The dress is with chiffon fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple lingerie"),
        Q.garment_type("babydoll"),
        details(
            "babydoll",
            "lace, mesh, lace, mesh, lace, mesh, lace, mesh, lace, mesh, lace, mesh, lace, mesh, lace",
            "loop",
            hit_limit=True,
        ),
        Q.color("purple"),
        gender="Women",
        title="Zivame Women Purple Solid Sheer Babydoll",
        category="Baby Dolls",
        color="Purple",
    ),
    # Photo: model in a white cotton everyday bra and black leggings, white backdrop. Caption, wearing, open color,
    # material: caption adapter. Closed: engine.
    case(
        "X1496-016",
        caption(
            "This female wears a long leggings, with cotton fabric and pure color patterns. Her tank top has no "
            "sleeves, cotton fabric and pure color patterns. It has a round neckline.",
            "contradiction",
        ),
        wearing("a white bra and black leggings", who="she"),
        color_of("bra", "white", kind="open"),
        Q.color("black", "other_garment_color"),
        material("cotton"),
        gender="Women",
        title="Jockey Women White Solid Non-Padded Non-Wired Everyday Bra",
        category="Bra",
        color="White",
    ),
    # Photo: model in a black full-sleeve round-neck top with a pink flamingo print and black pants with pink piping.
    # Caption, wearing (ran on into a new prompt), open color: caption adapter. Closed: engine.
    case(
        "X1496-017",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. Question: What is the person "
            "wearing? Answer: The lady",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "top",
            "black and pink black and pink black and pink black and pink black and pink black and pink black and pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("printed"),
        gender="Women",
        title="Clovia Women Black & Pink Printed Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: model in a navy lace balconette bra, white high-waist trousers, a thin gold chain necklace. Caption,
    # wearing, open color: caption adapter. Closed: engine. The necklace is real; the tank top is the failure.
    case(
        "X1496-018",
        caption(
            "The lady wears a tank tank top with floral patterns and a long trousers. The tank top is with chiffon "
            "fabric. It has a V-shape neckline. There is an accessory on her neck.",
            "contradiction",
        ),
        wearing("a navy blue bra and white pants"),
        color_of("bra", "white", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        is_a("bra", "yes"),
        Q.garment_type("bra"),
        gender="Women",
        title="Shyaway Women Navy Blue Lace Lightly Padded Underwired Balconette Bra",
        category="Bra",
        color="Navy Blue",
    ),
    # Photo: model holding a white mug, in a sage-green full-length short-sleeve cotton nightdress with small white
    # polka dots and side pockets. Caption, wearing, details, material: caption adapter. Closed: engine.
    case(
        "X1496-019",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        wearing("a green polka dot nightgown"),
        details("nightdress", "pockets"),
        material("cotton"),
        Q.color("green"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="July Nightwear Women Green Printed Maxi Nightdress",
        category="Nightdress",
        color="Green",
    ),
    # Photo: model in a grey melange long-sleeve round-neck tee (thin jersey) with a white "sleepy" text graphic, navy
    # lounge pants. Caption, describe, open color (the template, cut): caption adapter. Closed: engine.
    case(
        "X1496-020",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        describe("t-shirt", "it is a t-shirt", "restated"),
        color_of(
            "t-shirt",
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.garment_type("t-shirt"),
        is_a("sweatshirt", "yes", "contradiction"),
        gender="Women",
        title="Sweet Dreams Women Grey Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="Grey",
    ),
    # Photo: model in a black modal camisole with thin adjustable straps, tucked into high-waist light jeans. Caption,
    # wearing, material (template loop): caption adapter. Closed: engine.
    case(
        "X1496-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a black tank top and jeans"),
        Q.material(
            "The tank top is with cotton fabric. It has a suspenders neckline. The tank top is with cotton fabric. "
            "It has a suspenders neckline. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.garment_type("camisole"),
        gender="Women",
        title="Amante Women Black Solid Modal Camisole",
        category="Camisoles",
        color="Black",
    ),
    # Photo: model in a light-blue short-sleeve button-down top with a white cloud print and matching shorts. Caption,
    # wearing, open color (template, cut): caption adapter. Closed: engine.
    case(
        "X1496-022",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and graphic patterns."
        ),
        wearing("a blue and white pajama set"),
        color_of(
            "shorts",
            "The lady wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Clovia Women Blue Printed Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: model mid-stride in a black racerback sports bra and grey leggings, plain backdrop. Caption, wearing,
    # details: caption adapter. Closed: engine.
    case(
        "X1496-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black sports bra and grey leggings", who="she"),
        details("sports bra", "racerback"),
        Q.color("black"),
        Q.garment_type("sports bra"),
        is_a("tank top", "yes", "contradiction"),
        gender="Women",
        title="Enamor Women Black Solid Non-Wired Non Padded Sports Bra",
        category="Sports Bra",
        color="Black",
    ),
    # Photo: back view, model in a maroon satin robe, long sleeves, belt ends hanging at the sides, hair down.
    # Caption, wearing, material, describe: caption adapter. Closed: engine.
    case(
        "X1496-024",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. "
            "The cardigan is of medium length.",
            "contradiction",
        ),
        wearing("a red robe"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        material("silk", "unsupported"),
        describe("robe", "it is a robe with a belt"),
        gender="Women",
        title="Zivame Women Maroon Solid Satin Robe",
        category="Robe",
        color="Maroon",
    ),
    # Photo: model in navy cotton lounge shorts with an elastic waistband and side pockets, a white tank top. Caption,
    # open color, details: caption adapter. Closed: engine.
    case(
        "X1496-025",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a three-point shorts. The shorts are with cotton fabric and solid color patterns."
        ),
        color_of(
            "shorts",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        details(
            "shorts",
            "The shorts are with cotton fabric and solid color patterns. The shorts are with cotton fabric and solid "
            "color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        gender="Women",
        title="Jockey Women Navy Blue Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, no person: one pink lightly padded T-shirt bra, the band opened so the hook-and-eye
    # closure shows. Caption (loop), wearing, details: caption adapter. Closed: engine.
    case(
        "X1496-026",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. Her tank top has no sleeves, cotton "
            "fabric and pure color patterns. Her tank top has no sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink bra"),
        Q.garment_type("bra"),
        Q.color("pink"),
        details("bra", "padded cups, adjustable straps, hook and eye closure"),
        is_a("bra", "no", "contradiction"),
        title="Clovia Women Pink Solid Lightly Padded Non-Wired T-shirt Bra",
        category="Bra",
        color="Pink",
    ),
    # Photo: model in a yellow short-sleeve tee printed "Good Vibes" in white and yellow and white striped shorts.
    # Caption, wearing, describe: caption adapter. Closed: engine.
    case(
        "X1496-027",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and striped patterns."
        ),
        wearing("a yellow t-shirt with the words good vibes and yellow shorts"),
        Q.pattern("striped"),
        Q.color("yellow"),
        describe(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has "
            "a round neckline. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sweet Dreams Women Yellow Printed Night Suit",
        category="Night suits",
        color="Yellow",
    ),
    # Photo: model in black lounge pants with white polka dots and a pink short-sleeve tee. Caption, open color,
    # material: caption adapter. Closed: engine.
    case(
        "X1496-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns."
        ),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.pattern("polka dots"),
        material("The pants are with cotton fabric and graphic patterns."),
        gender="Women",
        title="Dreamz by Pantaloons Women Black Printed Lounge Pants",
        category="Lounge Pants",
        color="Black",
    ),
    # Photo: model with short cropped hair in a navy and white checked long-sleeve pyjama shirt with piping and
    # matching long pants. Caption, wearing: caption adapter. Closed: engine.
    case(
        "X1496-029",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and lattice patterns.",
            "pronoun",
        ),
        wearing("a blue and white plaid pajama set"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Checked Pyjama Set",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: model in a burgundy satin mid-thigh slip nightdress with a cowl neck and adjustable straps. Caption,
    # details (ran on into a new prompt): caption adapter. Closed: engine.
    case(
        "X1496-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of short length.",
            "contradiction",
        ),
        details(
            "nightdress",
            "cowl neckline Question: What are the nightdress details? Answer: cowl neckline Question: What are the "
            "nightdress",
            "leak",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.garment_type("nightdress"),
        is_a("nightdress", "yes"),
        gender="Women",
        title="Zivame Women Burgundy Solid Satin Nightdress",
        category="Nightdress",
        color="Burgundy",
    ),
    # Photo: model in pyjama pants with a multicoloured tropical leaf and flower print on a white ground and a black
    # tee. The feed row has no color. Caption, wearing: caption adapter. Closed: engine.
    case(
        "X1496-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and floral patterns."
        ),
        wearing("a black t-shirt and floral pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("pajama pants"),
        gender="Women",
        title="Kryptic Women Multicoloured Tropical Printed Pyjamas",
        category="Pyjamas",
    ),
    # Photo: model in a skin-coloured long-sleeve round-neck thermal top and blue jeans. Caption, wearing, material,
    # details: caption adapter. Closed: engine.
    case(
        "X1496-032",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a long sleeve shirt and jeans"),
        material("cotton"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        details("thermal top", "it is a thermal top", "restated"),
        gender="Women",
        title="Jockey Women Skin-Coloured Solid Thermal Top",
        category="Thermal Tops",
        color="Nude",
    ),
    # Photo: model in a coral three-quarter-sleeve kurta-style V-neck top with white block print and coral pyjama
    # pants. Caption (cut), wearing, describe (ran on into a new prompt): caption adapter. Closed: engine.
    case(
        "X1496-033",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The pants are with cotton fabric and pure color patterns. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange pajama set"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("coral"),
        describe(
            "top",
            "a coral top with white print Question: Describe the top. Answer: a coral top with white print Question: "
            "Describe",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Clovia Women Coral Printed Night Suit",
        category="Night suits",
        color="Coral",
    ),
    # Photo: model in a black lace bra and matching black lace brief, plain white backdrop. Caption (cut; it also
    # names a tank top and shorts, the cut is what shows first), wearing, material, details: caption adapter.
    # Closed: engine.
    case(
        "X1496-034",
        caption(
            "The lady wears a tank tank top with floral patterns and a three-point shorts. The tank top is with "
            "chiffon fabric. It has a V-shape neckline. The shorts are with chiffon fabric and floral patterns. "
            "This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("black lingerie"),
        is_a("lingerie set", "yes"),
        Q.garment_type("lingerie set"),
        Q.color("black"),
        material("lace"),
        details("bra", "The tank top is with chiffon fabric. It has a V-shape neckline.", "contradiction"),
        gender="Women",
        title="Amante Women Black Lace Lingerie Set",
        category="Lingerie Set",
        color="Black",
    ),
    # Photo: model in a light-blue and white striped knee-length button-through nightshirt, long sleeves rolled up,
    # one chest pocket. Caption, wearing, details: caption adapter. Closed: engine.
    case(
        "X1496-035",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline."
        ),
        wearing("a blue and white striped shirt"),
        Q.garment_type("nightdress"),
        details("nightshirt", "buttons down the front, a chest pocket, rolled up sleeves"),
        Q.pattern("striped"),
        Q.color("blue"),
        title="Marks & Spencer Women Light Blue Striped Nightshirt",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model with her hair in a bun, sitting against pillows on a bed, in a lavender sleeveless top and shorts
    # with a moon and stars print. Caption, wearing: caption adapter. Closed: engine.
    case(
        "X1496-036",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a three-point shorts. The tank top is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and graphic patterns."
        ),
        wearing("he is wearing a purple pajama set", "pronoun"),
        Q.color("lavender"),
        Q.sleeve_length("sleeveless"),
        is_a("night suit", "yes"),
        gender="Women",
        title="Slumber Jill Women Lavender Printed Night Suit",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: model in peach seamless briefs and a white cropped tee, cropped chest to knee. Caption, wearing: caption
    # adapter. Closed: engine. The briefs are the template's "three-point shorts".
    case(
        "X1496-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a white t-shirt and peach underwear"),
        Q.garment_type("briefs"),
        Q.color("white", "other_garment_color"),
        is_a("pair of shorts", "yes", "contradiction"),
        gender="Women",
        title="Zivame Women Peach-Coloured Solid Seamless Briefs",
        category="Briefs",
        color="Peach",
    ),
    # Photo: model in a black satin short-sleeve shirt with white piping at collar and cuffs and matching black
    # shorts. Caption (cut), wearing, open color, material: caption adapter. Closed: engine. The open color took the
    # piping's white.
    case(
        "X1496-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. It has a lapel neckline. The shorts are with chiffon fabric and pure color patterns. "
            "The shirt",
            "cut",
            hit_limit=True,
        ),
        wearing("a black pajama set with white trim"),
        color_of("shirt", "white", "contradiction", kind="open"),
        Q.color("black"),
        material("satin"),
        gender="Women",
        title="Clovia Women Black Solid Night Suit",
        category="Night suits",
        color="Black",
    ),
    # Photo: pregnant model with a hand on her belly, in a maroon full-length floral maternity nightdress with
    # three-quarter sleeves and concealed zips over the chest for feeding. Caption, wearing, details: caption
    # adapter. Closed: engine.
    case(
        "X1496-039",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length.",
            "contradiction",
        ),
        wearing("a maroon floral maternity dress"),
        details("nightdress", "zippers for breastfeeding"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("maroon"),
        gender="Women",
        title="Mine4Nine Women Maroon Printed Maternity Nightdress",
        category="Nightdress",
        color="Maroon",
    ),
    # Photo: model in a navy satin slip nightdress with a matching long-sleeve robe worn open over it, lace at the
    # robe's cuffs. Caption (loop), wearing, details (loop): caption adapter. Closed: engine.
    case(
        "X1496-040",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. The "
            "cardigan is with chiffon fabric. The cardigan is with chiffon fabric. The cardigan is with chiffon "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue satin robe and nightgown"),
        is_a("robe", "yes"),
        Q.color("navy blue"),
        details(
            "robe",
            "lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace, lace",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Clovia Women Navy Blue Solid Satin Nightdress with Robe",
        category="Nightdress",
        color="Navy Blue",
    ),
    # Photo: model in a white short-sleeve tee with a black cat graphic and grey lounge shorts. Caption, describe
    # (empty: nothing but padding came out), open color: caption adapter. Closed: engine.
    case(
        "X1496-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        describe("t-shirt", "", "non_answer"),
        Q.color("white"),
        Q.pattern("printed"),
        color_of("t-shirt", "white with a black cat", kind="open"),
        gender="Women",
        title="Kryptic Women White Printed Lounge T-shirt",
        category="Lounge Tshirts",
        color="White",
    ),
    # Photo: model in a dusty-rose bralette under an open white long-sleeve shirt, beige trousers. Caption (true of
    # the photo, silent on the bralette: unmarked), wearing, open color: caption adapter. Closed: engine.
    case(
        "X1496-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a white shirt and a pink bra"),
        color_of("bralette", "white", "other_garment_color", kind="open"),
        Q.color("pink"),
        Q.garment_type("shirt", "contradiction"),
        is_a("bra", "yes"),
        gender="Women",
        title="Enamor Women Rose Solid Non-Wired Lightly Padded Bralette",
        category="Bra",
        color="Rose",
    ),
    # Photo: model in a blue knee-length jersey nightdress with cap sleeves and a large Minnie Mouse print. Caption,
    # wearing, material: caption adapter. Closed: engine.
    case(
        "X1496-043",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with denim fabric. It has a "
            "round neckline. The dress is of medium length.",
            "unsupported",
        ),
        wearing("a blue nightgown with minnie mouse on it"),
        material("cotton"),
        Q.sleeve_length("short sleeves"),
        Q.color("blue"),
        gender="Women",
        title="Sweet Dreams Women Blue Printed Nightdress",
        category="Nightdress",
        color="Blue",
    ),
    # Photo: model in a pink long-sleeve round-neck top with a small heart print and pink pants. Caption, wearing and
    # describe (both the template, cut at 30): caption adapter. Closed: engine.
    case(
        "X1496-044",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns."
        ),
        wearing(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neck",
            "cut",
            hit_limit=True,
        ),
        describe(
            "night suit",
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and graphic patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Clovia Women Pink Printed Night Suit",
        category="Night suits",
        color="Pink",
    ),
    # Photo: flat lay on white, no person: three pairs of detachable bra straps (clear, nude, black) laid side by side.
    # Caption, wearing, count, material: caption adapter. Closed: engine. The feed row has no gender.
    case(
        "X1496-045",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline.",
            "contradiction",
        ),
        wearing("bra straps"),
        Q.garment_type("bra", "contradiction"),
        count("two", "contradiction"),
        is_a("bra", "no"),
        material("cotton fabric", "unsupported"),
        title="Clovia Women Pack of 3 Transparent, Nude & Black Bra Straps",
        category="Lingerie Accessories",
        color="Multi",
    ),
]
