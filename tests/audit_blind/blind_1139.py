"""BLIND_1139 (46 products; Myntra kids' kurta sets, sherwanis, lehengas and anarkalis, caption adapter at epoch 2):
written blind in the sixtieth session. Measured blind at 3e76d66 (the session's seventh rules): 117/126 failures found
(92.9%) and 14/180 correct texts flagged (7.8%). The writer's notes, verbatim:

Scenario: a Myntra kids' ethnic wear feed (gender Boys or Girls; article types Kurta Sets, Sherwani, Lehenga Choli,
Kurtas). The photos are catalog shots of children, mostly on a white or pale studio backdrop, a few on a colored wall
or curtain, with props (a stool, a chair, a drum, a flute, a potli bag), one flat lay and one back view. Boys wear
kurtas over pyjamas, churidars or dhoti pants, often with a Nehru jacket, or sherwanis with a stole and sometimes a
safa; girls wear lehengas with a choli and a dupatta, or anarkalis over churidars or leggings with a dupatta.

Who wrote what: every caption and every open answer comes from BLIP-2 OPT-2.7b with the caption LoRA at its second
epoch (between the published epoch-1 and epoch-3 adapters). It half keeps the DeepFashion template ("The gentleman
wears a long-sleeve outer clothing with graphic patterns ... The trousers are with cotton fabric"), calls girls "the
lady" or "the female", calls a kurta a shirt, a lehenga a skirt, an anarkali a dress, and mostly names patterns rather
than hues; at other times the base model shows through with a short plain caption with hues ("a young boy in a
yellow kurta ..."). No end token was trained, so some texts run to the limit (50 tokens for captions, 30 for answers)
and end cut or looping; it also writes the next "Question: ... Answer:" after its answer. It invents the template's
accessories (a wrist accessory, glasses, a hat, shoes) and fabrics (denim, leather), gives one garment the color of
another (the jacket's maroon for the kurta, the dupatta's color for the lehenga), and now and then calls a boy "she"
or "the lady". Closed answers (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?") come from
enrich's --engine reference, which picks one candidate, so they never loop or stop short, but they can pick the
backdrop's color, another garment's color or a wrong pattern or sleeve length.

Labeling conventions and judgement calls:
- "Skirt" for a lehenga, "dress" for an anarkali or a lehenga worn as one look, "shirt" for a kurta, "outer clothing"
  or "coat" for a sherwani, "trousers", "pants", "leggings" for pyjamas and churidars, "vest" for a Nehru jacket, and
  "scarf" or "neckwear" for a stole or dupatta are accepted, not failures. "Dress" or "jacket" as the type of a boy's
  kurta set, or "kurta" for a sherwani, is a contradiction.
- Shades count as their color: cream or off-white as white, magenta or peach as pink, lavender as purple, mustard as
  yellow, maroon as red, gold as gold-toned. The template's pattern words (pure color, graphic for embroidery,
  lattice for brocade, striped for leheriya) are accepted where they fit the photo.
- The lehenga is the skirt, the choli the blouse. An open answer or caption that gives the product the color of
  another garment in the photo (jacket, churidar, dupatta, stole, choli) is other_garment_color. A closed answer that
  picks a wrong color, whether the backdrop's or another garment's, is labeled contradiction (it contradicts the
  seller's color and the other texts), since the kind other_garment_color is defined on open answers.
- A text with two faults gets the one that dominates: a loop is loop even when it also ends mid-phrase; a text that
  goes on into "Question: ..." is leak even when it is cut; a cut text whose content is right is cut.
- hit_limit=True only where the text visibly ran to its token limit (cut or looping, or a leak that runs on).
- The template's "cotton fabric" or "other fabric" is accepted when the title names no fabric; denim, leather, wool
  or fur for a festive child's outfit, and accessories or details not in the photo (glasses, a hat that is not a
  safa, a wrist accessory with bare wrists, shoes below the crop, a pocket or zip on a back view or where there is
  none, a person in a flat lay) are unsupported.
- A one-word answer that only repeats the question's garment, "yes" to an open question, or an answer with no color
  to a color question is non_answer; an answer that echoes the question or says the details are "the details" is
  restated.
- "The lady", "she" or "her" for a boy, or "he" for a girl, is pronoun; the gender-neutral template "the person" is
  fine. One row lacks gender, so no pronoun can be wrong there.
- Some rows lack the category or the color column, as real feeds do.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve_length = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_1139 = [
    # photo: boy in a cream solid kurta under a maroon Nehru jacket, cream pyjamas, white backdrop, front view;
    # caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is stand. There is an outer clothing on him. The trousers are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream kurta with a maroon jacket and cream pyjamas", who="the boy"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        garment_type("kurta"),
        pattern("solid"),
        details("jacket", "the jacket has buttons down the front and a pocket on the chest"),
        is_a("sherwani", "yes", "contradiction"),
        title="Aj Dezines Boys Cream-Coloured & Maroon Solid Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy in a mustard yellow kurta with a small white motif print, white churidar, standing next to a wooden
    # stool, light grey backdrop; caption and open answers by the epoch-2 caption adapter, closed by the engine
    case(
        "X1139-002",
        caption("a young boy in a yellow kurta and white pants standing next to a wooden stool"),
        wearing("she is wearing a yellow kurta and white leggings", "pronoun", who="he"),
        color_of("kurta", "mustard"),
        color_of("churidar", "yellow", "other_garment_color", kind="open"),
        pattern("printed"),
        material(
            "The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The "
            "kurta is with",
            "loop",
            hit_limit=True,
        ),
        title="KID1 Boys Mustard Yellow & White Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: boy in a navy blue sherwani with gold embroidery on the collar and placket, off-white churidar, a maroon
    # stole over one shoulder, white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-003",
        caption(
            "The gentleman wears a long-sleeve outer clothing with graphic patterns and a long trousers. The outer "
            "clothing is with other fabric. The trousers are with cotton fabric and pure color patterns. There is a "
            "neckwear on him."
        ),
        wearing("a navy blue sherwani with gold embroidery, white pants and a red scarf", who="the boy"),
        color_of("sherwani", "navy blue"),
        describe(
            "sherwani",
            "the sherwani is navy blue with gold embroidery on the collar and front placket, it has a stand collar "
            "and gold buttons",
        ),
        sleeve_length("long"),
        is_a("sherwani", "yes"),
        material("The sherwani is made of denim", "unsupported"),
        details(
            "stole",
            "the stole is maroon with a gold border. the stole is maroon with a gold border. the stole is maroon",
            "loop",
            hit_limit=True,
        ),
        title="Jashvi Boys Navy Blue & Off-White Embroidered Sherwani Set with Stole",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink short-sleeve choli, a green flared lehenga with a gold gota border, a pink net dupatta,
    # glass bangles on both wrists, white backdrop; caption and open answers by the epoch-2 adapter, closed by engine
    case(
        "X1139-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and color block patterns. There is an accessory on her wrist."
        ),
        wearing("a pink top and a green lehenga with a pink dupatta", who="the girl"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        color("green"),
        garment_type("lehenga"),
        details(
            "lehenga",
            "the lehenga has a gold border at the hem and a flared skirt. Question: What are the dupatta details? "
            "Answer: the dupatta",
            "leak",
            hit_limit=True,
        ),
        material("net"),
        title="Bitiya by Bhama Girls Green & Pink Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: girl in a peach full-sleeve anarkali with a small floral print, cream churidar, peach dupatta, light grey
    # backdrop; caption and open answers by the epoch-2 adapter, closed answers by the reference engine
    case(
        "X1139-005",
        caption(
            "The female wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The female wears a long leggings. The female wears a long leggings. The female wears a "
            "long",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach floral anarkali dress with white leggings", who="she"),
        color("peach"),
        pattern("solid", "contradiction"),
        sleeve_length("long"),
        describe("anarkali", "the anarkali is peach with a floral print and a flared skirt, gathered at the waist"),
        details("anarkali", "Answer: the anarkali has a floral print and gathers at the waist", "leak"),
        title="Biba Girls Peach-Coloured Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a white chikankari-embroidered cotton kurta and white pyjamas, side view, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-006",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        wearing("white", "non_answer", who="the boy"),
        color("white"),
        material("cotton"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "The kurta is white with white chikankari embroidery on the front and the sleeves. Question: Describe "
            "the pyjama. Answer: The",
            "leak",
            hit_limit=True,
        ),
        title="Sethukrishna Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a red choli with gold sequins, a shiny red silk-blend brocade lehenga with a gold border, a red
    # dupatta, a maang tikka, white backdrop; caption by the base-like epoch-2 adapter, open answers by the same,
    # closed answers by the reference engine
    case(
        "X1139-007",
        caption("a little girl in a red and gold lehenga with a red dupatta"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns. The shirt is with other fabric and its neckline is round. The",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        color("red"),
        pattern("embroidered"),
        is_a("lehenga", "no", "contradiction"),
        material("The lehenga is made of silk"),
        title="Pspeaches Girls Red & Gold-Toned Embellished Silk Blend Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a maroon velvet sherwani with gold buttons, cream churidar, a gold safa (turban), mojaris, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-008",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns and a long trousers. This "
            "gentleman wears a hat. The outer clothing is with other fabric."
        ),
        wearing("a maroon sherwani, a gold turban and white pants", who="he"),
        color_of("sherwani", "cream", "contradiction"),
        garment_type("sherwani"),
        details(
            "sherwani",
            "The sherwani has a stand collar, gold buttons and a pocket on the left side. The sherwani has a stand "
            "collar, gold buttons and a pocket on the left side. The sherwani",
            "loop",
            hit_limit=True,
        ),
        material("velvet"),
        title="Jeetethnics Boys Maroon Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a sleeveless lavender anarkali with silver yoke embroidery, lavender churidar, a white dupatta
    # with a lace border, no jewellery, white backdrop; caption and open answers by the epoch-2 adapter, closed by
    # the reference engine
    case(
        "X1139-009",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The female wears a long leggings."
        ),
        wearing("a purple dress", who="the girl"),
        sleeve_length("long", "contradiction"),
        color("purple"),
        describe(
            "anarkali",
            "the anarkali is a sleeveless dress with a round neckline. it is purple with silver embroidery on the "
            "yoke. she is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        details("dupatta", "she is wearing a white dupatta with a lace border and a gold necklace", "unsupported"),
        title="YK Girls Lavender Yoke Design Sleeveless Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a green kurta with a small cream floral print, cream calf-length dhoti pants, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-010",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a three-point pants."
        ),
        wearing("a green kurta and cream dhoti", who="the boy"),
        color_of("dhoti", "green", "other_garment_color", kind="open"),
        pattern("floral"),
        material("leather", "unsupported"),
        color_of("kurta", "green"),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Vastramay Boys Green & Cream Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a yellow sleeveless choli and a yellow mirror-work lehenga with tasselled waist ties, holding out
    # an orange dupatta, bare face, white backdrop; caption and open answers by the epoch-2 adapter, closed by engine
    case(
        "X1139-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and graphic patterns. She wears a pair of glasses.",
            "unsupported",
        ),
        wearing("a yellow lehenga with an orange dupatta", who="she"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        color("yellow"),
        details("lehenga", "mirror work on the skirt and tassels on the waist tie"),
        sleeve_length("sleeveless"),
        is_a("lehenga", "yes"),
        material(
            "The lehenga is made of silk and the lehenga is made of silk and the lehenga is made of silk and the "
            "lehenga",
            "loop",
            hit_limit=True,
        ),
        title="Aj Dezines Girls Yellow & Orange Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a sky blue solid kurta, white pyjamas and a navy Nehru jacket with a small white print, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-012",
        caption("a young boy wearing a navy blue jacket over a blue kurta and white pants"),
        wearing("Question: What is the boy wearing? Answer: a blue kurta and a jacket", "leak", who="the boy"),
        color_of("kurta", "navy blue", "other_garment_color", kind="open"),
        color_of("jacket", "navy blue"),
        garment_type("jacket", "contradiction"),
        sleeve_length("long"),
        title="Hangup Kids Boys Blue & White Solid Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a magenta lehenga with gold zari floral motifs, a gold short-sleeve blouse, a magenta dupatta,
    # pale pink backdrop; caption and open answers by the epoch-2 caption adapter, closed answers by the engine
    case(
        "X1139-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. The shirt is with other fabric and its neckline is round. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink and gold lehenga", who="the girl"),
        color("gold", "contradiction"),
        pattern("floral"),
        describe("lehenga", "the lehenga is a long skirt with a floral pattern"),
        material(
            "The lehenga is made of silk. The blouse is made of silk. The dupatta is made of silk. The lehenga is "
            "made of silk.",
            "loop",
            hit_limit=True,
        ),
        title="Girls Magenta & Gold-Toned Ready to Wear Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a black sherwani with silver embroidery on the collar and cuffs, silver buttons, white churidar,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-014",
        caption(
            "The gentleman wears a long-sleeve outer clothing with graphic patterns. The outer clothing is with other "
            "fabric. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("black sherwani", who="the boy"),
        color("black"),
        describe(
            "sherwani",
            "The lady wears a long-sleeve outer clothing with graphic patterns. Her outer clothing is with other "
            "fabric.",
            "pronoun",
        ),
        details("sherwani", "silver embroidery on the collar and cuffs, and silver buttons"),
        is_a("sherwani", "yes"),
        material("the sherwani is made of wool and has a fur lining", "unsupported"),
        title="Jeetethnics Boys Black Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a teal anarkali with a gold ethnic-motif print and a gold hem border, three-quarter sleeves,
    # white leggings, no dupatta, white backdrop; caption and open answers by the epoch-2 adapter, closed by engine
    case(
        "X1139-015",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The female wears a long leggings. The female wears a long leggings. The female wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a teal anarkali with gold print and white leggings", who="the girl"),
        color("teal"),
        sleeve_length("three-quarter"),
        color_of(
            "anarkali",
            "the anarkali is teal with gold motifs printed all over it and a gold border at the hem, the sleeves are "
            "three quarter and the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Sangria Girls Teal Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a peach solid kurta and white pyjamas sitting on a wooden chair, beige wall behind; caption and
    # open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-016",
        caption("a little boy sitting on a chair wearing a peach kurta and white pajamas"),
        wearing("he is wearing a kurta", who="he"),
        color("beige", "contradiction"),
        sleeve_length("long"),
        details(
            "kurta",
            "the kurta has a mandarin collar and three buttons on the placket, it has side slits and the sleeves are "
            "long and the",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Kisah Boys Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in an off-white lehenga and choli with a multicolour floral print, a pink dupatta, cropped at the
    # ankles (feet not shown), white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-017",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns. The lady wears a pair of shoes.",
            "unsupported",
        ),
        wearing("a white and pink dress", who="the girl"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        color("white"),
        pattern("floral"),
        describe("lehenga", "Describe the lehenga.", "restated"),
        title="Fashion Dream Girls Off-White & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in an orange self-design pure cotton kurta and white churidar, light grey backdrop; caption and
    # open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is stand. The trousers are with cotton fabric and pure color patterns. "
            "The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange kurta and white pants", who="the boy"),
        color_of("kurta", "orange"),
        color_of("churidar", "orange", "other_garment_color", kind="open"),
        material("cotton"),
        is_a("kurta", "yes"),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. There is an accessory on his wrist. "
            "There is an accessory on his wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        title="Manu Boys Orange Self Design Pure Cotton Kurta with Churidar",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a maroon velvet full-sleeve anarkali with gold yoke and hem embroidery, maroon churidar, a gold
    # dupatta, no glasses, white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-019",
        caption(
            "The female wears a long-sleeve dress with graphic patterns. The dress is with furry fabric and its "
            "neckline is round. She wears a pair of sunglasses.",
            "unsupported",
        ),
        wearing("a maroon anarkali dress with gold embroidery and a gold dupatta", who="she"),
        color("maroon"),
        garment_type("dress"),
        describe(
            "anarkali",
            "the anarkali is maroon velvet with gold embroidery on the yoke and the hem. the dupatta is gold. "
            "Question: Describe the churidar. Answer:",
            "leak",
            hit_limit=True,
        ),
        material("velvet"),
        details(
            "anarkali", "her anarkali has gold embroidery on the yoke, a pocket on the side and a zip", "unsupported"
        ),
        title="Biba Girls Maroon Embroidered Velvet Anarkali Kurta with Churidar & Dupatta",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a plain cream sherwani with collar embroidery and gold buttons, cream churidar, a pink stole, a
    # cream safa with a brooch, white backdrop, front view; caption and open answers by the epoch-2 adapter, closed
    # answers by the reference engine
    case(
        "X1139-020",
        caption("a young boy wearing a white sherwani and a turban"),
        wearing("a pink sherwani with a pink scarf", "other_garment_color", who="the boy"),
        color_of("sherwani", "cream"),
        pattern("solid"),
        is_a("sherwani", "no", "contradiction"),
        details("sherwani", "the sherwani has a stand collar with embroidery and gold buttons down the front"),
        sleeve_length("long"),
        material(
            "The sherwani is with cotton fabric and its neckline is stand. The trousers are with cotton fabric and "
            "the trousers are with",
            "cut",
            hit_limit=True,
        ),
        title="Aj Dezines Boys Cream-Coloured Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a navy blue lehenga with scattered silver sequins and a sleeveless navy crop top, no dupatta, no
    # jewellery, white backdrop, front view; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and graphic patterns. There is an accessory on her wrist. She wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a blue skirt and a blue top", who="the girl"),
        color("navy blue"),
        sleeve_length("sleeveless"),
        details("lehenga", "sequins"),
        describe("top", "the top is a sleeveless crop top with a round neckline and a zip at the back", "unsupported"),
        pattern("floral", "contradiction"),
        title="Girls Navy Blue Embellished Lehenga with Crop Top",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a plain black cotton kurta and white pyjamas looking to the side, white backdrop; caption and open
    # answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("black kurta and white pyjama", who="he"),
        color_of("pyjama", "black", "other_garment_color", kind="open"),
        color_of("kurta", "black"),
        material("The garment is made of cotton."),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta is black with gold buttons and embroidery on the collar and cuffs", "unsupported"),
        title="YK Boys Black & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: flat lay on a white surface, no child: a mustard lehenga with a pink printed border and a pink printed
    # choli; caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-023",
        caption("a yellow and pink lehenga laid out on a white surface"),
        wearing(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt.", "unsupported", who="the girl"
        ),
        color_of("lehenga", "yellow"),
        color_of("choli", "yellow", "other_garment_color", kind="open"),
        pattern("printed"),
        details(
            "lehenga",
            "the lehenga has a printed border at the hem, the lehenga has a printed border at the hem, the lehenga "
            "has a printed",
            "loop",
            hit_limit=True,
        ),
        title="Bitiya by Bhama Girls Mustard & Pink Printed Ready to Wear Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a sea green art silk sherwani with copper embroidery on the collar and placket, cream churidar, a
    # gold dupatta around the neck, white backdrop; caption and open answers by the epoch-2 adapter, closed by the
    # reference engine; the feed row has no color
    case(
        "X1139-024",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns and a long trousers. The outer "
            "clothing is with other fabric. There is a neckwear on him."
        ),
        wearing("a green sherwani with a gold scarf and white pants", who="the boy"),
        color_of("sherwani", "gold", "other_garment_color", kind="open"),
        garment_type("kurta", "contradiction"),
        describe(
            "sherwani",
            "the sherwani is a long green coat with copper embroidery on the collar and the placket, it has long "
            "sleeves and a",
            "cut",
            hit_limit=True,
        ),
        material("silk"),
        title="Boys Sea Green Art Silk Sherwani with Churidar & Dupatta",
        category="Sherwani",
        gender="Boys",
    ),
    # photo: girl in a pink short-sleeve V-neck anarkali with gota patti lace on the yoke and hem, pink churidar, a
    # pink hair band, white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-025",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The female wears a hat.",
            "unsupported",
        ),
        wearing("he is wearing a pink dress", "pronoun", who="the girl"),
        color("pink"),
        sleeve_length("short"),
        details("anarkali", "gota patti lace on the yoke and at the hem"),
        describe("anarkali", "anarkali", "non_answer"),
        title="Pspeaches Girls Pink Gotta Patti Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a yellow solid kurta, white pyjamas and a multicoloured ikat-printed Nehru jacket, light blue wall
    # behind; caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-026",
        caption("a boy wearing a yellow kurta and a printed vest standing in front of a blue wall"),
        wearing("a yellow kurta, a printed jacket and white pants", who="the boy"),
        color("blue", "contradiction"),
        sleeve_length("long"),
        color_of("jacket", "the jacket is multicolored with a blue, red and yellow ikat print", kind="open"),
        details("kurta", "the kurta details of the kurta are the details on the kurta", "restated"),
        material(
            "The kurta is made of cotton and the jacket is made of cotton silk with an ikat print and the pyjama is "
            "made of cotton and the",
            "cut",
            hit_limit=True,
        ),
        title="Boys Yellow Kurta with Pyjamas & Multicoloured Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl twirling in a peach lehenga with sequin embroidery, a peach choli and a peach net dupatta, side view
    # with motion blur, white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-027",
        caption("a girl twirling in a white dress", "contradiction"),
        wearing("a pink lehenga and a pink dupatta", who="she"),
        color("peach"),
        garment_type("lehenga"),
        describe(
            "lehenga",
            "The lehenga is a long skirt with sequins. The lehenga is a long skirt with sequins. The lehenga is a "
            "long skirt with sequins.",
            "loop",
            hit_limit=True,
        ),
        material(
            "The lehenga is made of net and the choli is made of silk. The dupatta is made of net. Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Girls Peach-Coloured Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a maroon solid kurta with wooden buttons and beige churidar, bare wrists, a potted plant at the
    # left of the white backdrop; caption and open answers by the epoch-2 adapter, closed by the reference engine
    case(
        "X1139-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is stand. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a maroon kurta and beige churidar", who="the boy"),
        color_of("kurta", "maroon"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        details("kurta", "the kurta has a mandarin collar and wooden buttons"),
        is_a("kurta", "yes"),
        pattern("solid"),
        material("wool", "unsupported"),
        title="Sethukrishna Boys Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a white full-sleeve cotton anarkali with a blue and pink floral print, white churidar, a blue
    # dupatta, white backdrop; caption and open answers by the epoch-2 adapter, closed by the reference engine
    case(
        "X1139-029",
        caption(
            "The female wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        wearing("a white floral dress and a blue dupatta", who="the girl"),
        color_of("anarkali", "blue", "other_garment_color", kind="open"),
        color("white"),
        pattern("striped", "contradiction"),
        material("cotton"),
        describe(
            "anarkali", "Question: Describe the anarkali. Answer: The anarkali is white with a floral print", "leak"
        ),
        title="Biba Girls White & Blue Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a gold-toned brocade sherwani, maroon churidar, a maroon stole, mojaris, white backdrop; caption
    # and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-030",
        caption(
            "The gentleman wears a long-sleeve outer clothing with lattice patterns and a long trousers. The outer "
            "clothing is with other fabric. The trousers are with cotton fabric and pure color patterns. There is a "
            "neckwear on him. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold sherwani and maroon pants", who="he"),
        color_of("sherwani", "gold"),
        color_of("churidar", "gold", "other_garment_color", kind="open"),
        describe("sherwani", "she is wearing a gold sherwani with a maroon dupatta", "pronoun"),
        sleeve_length("short", "contradiction"),
        title="Jashvi Boys Gold-Toned & Maroon Woven Design Sherwani Set",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl in a turquoise choli with mirror work, a pink satin lehenga with a gold border, a turquoise dupatta,
    # jhumka earrings, pale grey backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-031",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. She wears earrings."
        ),
        wearing("a turquoise top and a pink skirt", who="the girl"),
        is_a("lehenga", "yes"),
        color_of("choli", "pink", "other_garment_color", kind="open"),
        details("choli", "mirror work on the yoke and sleeves"),
        material(
            "the choli is made of cotton silk with mirror work and the lehenga is made of satin with a gold border "
            "and the dupatta is made of",
            "cut",
            hit_limit=True,
        ),
        describe("lehenga", "lehenga", "non_answer"),
        title="Girls Turquoise Blue & Pink Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: back view of a boy in a full-sleeve navy blue kurta with a white paisley print and white churidar, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-032",
        caption("the back of a young boy wearing a blue kurta with a paisley print"),
        wearing("a blue kurta with white pants", who="the boy"),
        pattern("paisley"),
        describe(
            "kurta",
            "the kurta has a mandarin collar and buttons at the front with a pocket on the chest",
            "unsupported",
        ),
        color("navy blue"),
        details("kurta", "the kurta is navy blue with a white paisley print and side slits"),
        sleeve_length("sleeveless", "contradiction"),
        title="Boys Navy Blue & White Paisley Printed Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a black sleeveless choli, a black lehenga with multicolour floral embroidery, a red dupatta,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X1139-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns. The lady wears a sleeveless tank top with pure color patterns and a long "
            "skirt. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a black lehenga with red dupatta", who="she"),
        color_of("lehenga", "red", "other_garment_color", kind="open"),
        garment_type("skirt"),
        sleeve_length("sleeveless"),
        details("lehenga", "yes", "non_answer"),
        title="Girls Black & Red Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Girls",
    ),
    # photo: toddler boy in a lime green full-sleeve kurta and white pyjamas sitting on the floor with a toy drum,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X1139-034",
        caption("a baby boy sitting on the floor with a drum wearing a green kurta"),
        wearing("a green kurta and white pajamas", who="the boy"),
        color("green"),
        color_of("pyjama", "green", "other_garment_color", kind="open"),
        material("denim", "unsupported"),
        sleeve_length("short", "contradiction"),
        title="Boys Lime Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lime Green",
        gender="Boys",
    ),
    # photo: girl in a mustard anarkali with a red bandhani dot print, mustard churidar, a red dupatta round the neck,
    # side pose, beige backdrop; caption and open answers by the epoch-2 adapter, closed by the reference engine
    case(
        "X1139-035",
        caption(
            "The female wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The female wears a long leggings. There is a neckwear on her."
        ),
        wearing("a yellow dress with a red dupatta", who="the girl"),
        color("red", "contradiction"),
        pattern("printed"),
        describe(
            "anarkali",
            "The anarkali is yellow with red dots and the anarkali is yellow with red dots and the anarkali is yellow "
            "with red dots and the",
            "loop",
            hit_limit=True,
        ),
        details("anarkali", "What are the anarkali details?", "restated"),
        title="Girls Mustard & Red Bandhani Printed Anarkali Kurta Set",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a royal blue solid sherwani with a brooch on the chest, white churidar, standing beside a chair,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X1139-036",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns and a long trousers. The outer "
            "clothing is with cotton fabric. There is a chair beside him."
        ),
        wearing("a blue sherwani and white churidar", who="the boy"),
        color_of("sherwani", "blue"),
        details(
            "sherwani",
            "a brooch on the chest and buttons down the front and a brooch on the chest and buttons down the front "
            "and a",
            "loop",
            hit_limit=True,
        ),
        is_a("sherwani", "yes"),
        garment_type("sherwani"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        title="Aj Dezines Boys Blue Solid Sherwani with Churidar",
        category="Sherwani",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender lehenga with floral embroidered butis and a scalloped hem, a lavender puff-sleeve
    # choli, a white dupatta, holding a potli bag, white backdrop; caption and open answers by the epoch-2 adapter,
    # closed answers by the reference engine
    case(
        "X1139-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. She carries a bag."
        ),
        wearing("she is wearing a purple lehenga and is holding a bag", who="the girl"),
        color("white", "contradiction"),
        sleeve_length("short"),
        describe("lehenga", "the lehenga is lavender with floral embroidery and a scalloped hem"),
        material("the lehenga is made of leather", "unsupported"),
        details("choli", "yes", "non_answer"),
        title="Girls Lavender Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a pink solid cotton kurta and white pyjamas with his hands folded in namaste, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-038",
        caption("a young boy in a pink kurta with his hands folded"),
        wearing("she is wearing a pink kurta and white pyjamas", "pronoun", who="he"),
        color("pink"),
        garment_type("kurta"),
        details(
            "kurta",
            "The kurta is with cotton fabric and its neckline is stand. The kurta is with cotton fabric and its "
            "neckline is stand. The kurta",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        title="Boys Pink Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Boys",
    ),
    # photo: girl in a sleeveless green anarkali with a gold foil print and gold leggings, no dupatta, white backdrop;
    # caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-039",
        caption(
            "The female wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The female wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a green anarkali kurta with gold leggings", who="she"),
        color_of("anarkali", "gold", "other_garment_color", kind="open"),
        pattern("solid", "contradiction"),
        garment_type("kurta"),
        sleeve_length("sleeveless"),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Sangria Girls Green Foil Print Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a peach sherwani with tonal thread embroidery, cream churidar, leaning on a wooden pillar prop,
    # bare head, no glasses, white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-040",
        caption(
            "The gentleman wears a long-sleeve outer clothing with graphic patterns. The outer clothing is with other "
            "fabric. This gentleman wears a hat. The gentleman wears a pair of glasses.",
            "unsupported",
        ),
        wearing("Question: What is the boy wearing? Answer: a peach sherwani. Question: What", "leak", who="the boy"),
        color("peach"),
        color_of("churidar", "cream", kind="open"),
        details("sherwani", "thread embroidery on the front and the collar"),
        is_a("sherwani", "yes"),
        describe(
            "sherwani",
            "The lady wears a long-sleeve outer clothing with graphic patterns. This lady wears a long trousers. Her "
            "trousers are with cotton fabric.",
            "pronoun",
        ),
        title="Boys Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl in a cream lehenga with a gold border, a gold short-sleeve choli and a cream dupatta with a gold
    # edge, white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine; no gender column
    case(
        "X1139-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns."
        ),
        wearing("a cream and gold lehenga", who="the girl"),
        color("gold", "contradiction"),
        garment_type("lehenga"),
        describe(
            "lehenga",
            "The lehenga is cream colored with gold border at the bottom. The lehenga is cream colored with gold "
            "border at the bottom. The",
            "loop",
            hit_limit=True,
        ),
        details("dupatta", "the dupatta", "non_answer"),
        title="Girls Cream-Coloured & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # photo: boy in a beige kurta and beige pyjamas under a brown linen-look Nehru jacket, one hand in his pocket,
    # white backdrop; caption and open answers by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X1139-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. There is an outer "
            "clothing on him. The outer clothing is with denim fabric.",
            "unsupported",
        ),
        wearing("a brown jacket over a beige kurta and beige pyjamas", who="he"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        color_of("jacket", "brown"),
        pattern("solid"),
        describe(
            "jacket",
            "the jacket is a sleeveless nehru jacket with a mandarin collar and buttons down the front and two "
            "pockets at",
            "cut",
            hit_limit=True,
        ),
        title="Boys Beige & Brown Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl standing sideways in a red silk-blend anarkali with gold zari weaving, full sleeves, red churidar,
    # a gold dupatta, white backdrop; caption and open answers by the epoch-2 adapter, closed by the engine
    case(
        "X1139-043",
        caption("a young girl in a red anarkali with a gold dupatta"),
        wearing("he is wearing a red anarkali", "pronoun", who="the girl"),
        color("red"),
        describe("anarkali", "The anarkali is red. Question: What is the color of the dupatta? Answer: gold", "leak"),
        sleeve_length("long"),
        material("silk"),
        title="Girls Red Zari Woven Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in an off-white silk sherwani with gold buttons and collar embroidery, off-white churidar, a red
    # dupatta and a red safa, standing in front of a maroon curtain; caption and open answers by the epoch-2 adapter,
    # closed answers by the reference engine
    case(
        "X1139-044",
        caption("a boy in a white sherwani standing in front of a red curtain"),
        wearing("a white sherwani, a red turban and a red dupatta", who="the boy"),
        color_of("sherwani", "red", "contradiction"),
        describe("sherwani", "the sherwani is red with gold buttons", "other_garment_color"),
        details("sherwani", "the sherwani has gold buttons and embroidery on the collar"),
        sleeve_length("long"),
        material("the sherwani is made of silk"),
        title="Boys Off-White Silk Sherwani with Churidar & Red Dupatta",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl in an orange and pink leheriya (diagonal wave stripe) lehenga with a gota border and tasselled
    # drawstring, a pink choli, an orange dupatta, white backdrop; caption and open answers by the epoch-2 adapter,
    # closed answers by the reference engine
    case(
        "X1139-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and striped patterns."
        ),
        wearing("a pink top and an orange striped lehenga with an orange dupatta", who="she"),
        pattern("striped"),
        color_of("choli", "orange", "other_garment_color", kind="open"),
        details(
            "lehenga",
            "the lehenga has leheriya stripes in orange and pink with a gota border at the hem and a drawstring with "
            "tassels at the",
            "cut",
            hit_limit=True,
        ),
        color("orange"),
        is_a("lehenga", "yes"),
        title="Girls Orange & Pink Leheriya Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
        gender="Girls",
    ),
    # photo: boy in a red silk-blend solid kurta with gold buttons and white dhoti pants, holding a flute, white
    # backdrop; caption and open answers by the epoch-2 caption adapter, closed answers by the reference engine
    case(
        "X1139-046",
        caption("a young boy in a red kurta and white dhoti holding a flute"),
        wearing("a red kurta and a white dhoti", who="the boy"),
        color_of("dhoti", "white", kind="open"),
        color("red"),
        material("silk"),
        details("kurta", "What are the kurta details? The kurta details", "restated"),
        pattern("floral", "contradiction"),
        title="Boys Red Silk Blend Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
]
