"""BLIND_773 (46 products; Myntra kurta sets, caption adapter at epoch 1): written blind in the fifty-fifth session.
Measured blind at d6ee66b (the session's seventh rules): 103/128 failures found (80.5%) and 5/182 correct texts flagged
(2.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's kurta sets (article type "Kurta Sets"): a kurta with palazzos or a sharara
and a dupatta, sold as one product. Studio photos on white, grey, beige or pink backdrops, a few on a yellow or blue
wall, by a wooden door, a floral arch, a marigold garland or in a garden; the model wears jhumkas, bangles, juttis or
sandals, sometimes holds a potli bag or sits on a stool. The seller's color is the kurta's color (Myntra style);
some rows lack the gender or the color column.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch). Captions and the open answers (what the person is
wearing, describe the kurta, the kurta details, the material) are greedy free generation, 50 new tokens for captions
and 30 for answers. At epoch 1 the adapter still half-answers questions in the base model's style (short phrases
with hue names) and half falls back to the DeepFashion caption template ("The lady wears a long-sleeve ... with
floral patterns. The pants are with cotton fabric ..."), which has no hue names. No end token was trained, but the
base model's newline stop still fires for most short answers and after a few template sentences in most captions;
the rest run to the limit, cut mid-sentence, loop on a phrase, or go on into a new "Question: ... Answer:" turn.
The per-piece color questions (What is the color of the kurta / palazzos / sharara / dupatta?) and "Is this a
kurta?" are closed: enrich's --engine reference picks one candidate value, so they never loop or stop short, but
they often pick the kurta's color for every piece, or the color of the backdrop or a prop.

Labeling conventions and judgement calls:
- One label per text. A loop or a leak that ran to the limit is labeled loop or leak, not cut; a template text cut
  mid-sentence at the limit with nothing else wrong is cut; one cut at the limit that also names a wrong garment is
  contradiction (X773-010, X773-014). hit_limit=True on every text that reached its token limit (all loops, all
  cuts, the leaks that kept going), never on texts that stopped on their own.
- A closed per-piece color that gives the piece another piece's color, or the color of the backdrop or a prop, is
  contradiction. An open text (caption or answer) that gives one piece another piece's color is
  other_garment_color; an open text that gives a piece a color that is nowhere in the outfit (the wall, the door,
  the flowers) is contradiction.
- Shades in the same color family count as correct: teal or turquoise as blue, peach as pink, mustard as yellow,
  off white or cream as white, rust as orange, mauve or lavender as purple, sea green or lime green as green.
  A two-color dupatta answered with one of its two main colors is correct.
- Garment names: the kurta as kurta, kurti, tunic, top or shirt is correct (the template's "shirt" is a fair name
  for a long tunic); as dress or T-shirt it is contradiction. Palazzos as pants, trousers or palazzo pants and a
  sharara as sharara, pants or flared pants are correct; a sharara called a skirt is contradiction. The dupatta as
  scarf or stole is correct. Leaving a piece out of an answer is not a failure.
- Fabric: a fabric the title names, or a plausible one when the title names none (cotton for a printed kurta,
  georgette, silk for a zari kurta), is correct; a fabric the title contradicts (cotton for a velvet kurta) is
  contradiction; an implausible one (denim, leather, wool, fur) is unsupported. The template's "with cotton fabric" is
  judged the same way.
- unsupported: details or items not in the photo (pockets, a zip, a belt, tassels, a watch, a necklace, a handbag,
  high heels or shoes when the feet are hidden, sunglasses, a satin lining).
- non_answer: an empty answer, yes/no, or a single word (a bare color, "kurta details") to an open question.
  restated: a sentence that gives the question's own words back with no information.
- pronoun: he/his/man/gentleman/guy for these women's products (the gender column says Women wherever a pronoun
  failure is labeled).
- Sleeve lengths: three-quarter sleeves may be called medium-sleeve; the photo notes say the sleeve length.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

# the material question with hit_limit, for the two material answers that ran to the 30-token limit
fabric = BLIND_QUESTIONS.material

BLIND_773 = [
    # photo: navy blue straight kurta with white floral block print, round neck, three-quarter sleeves; navy palazzos;
    # white dupatta with navy border over one shoulder; silver jhumkas, tan juttis; white backdrop, front view.
    # All texts by the caption adapter at epoch 1 (colors closed).
    case(
        "X773-001",
        caption(
            "The lady wears a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric. She "
            "wears long pants with solid color patterns. There is an accessory on her ears."
        ),
        wearing("a navy blue kurta with white flowers, navy blue palazzo pants and a white dupatta"),
        describe(
            "kurta",
            "Her kurta has three-quarter sleeves, cotton fabric and floral patterns. The neckline of it is round.",
        ),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "white"),
        material("cotton"),
        title="Libas Women Navy Blue & White Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with small maroon ethnic motifs, three-quarter sleeves; white palazzos; mustard and
    # maroon printed dupatta held in one hand; gold jhumkas; light grey backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-002",
        caption(
            "The woman is wearing a mustard kurta with white pants and a mustard scarf. She is standing in front of "
            "a grey wall"
        ),
        wearing("a yellow kurta, white palazzos and a dupatta"),
        describe(
            "kurta",
            "The kurta is yellow with a white border and white buttons on the front. The kurta is yellow with a white "
            "border and white buttons on the front. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("palazzos", "mustard", "contradiction"),
        color_of("dupatta", "mustard"),
        material("The garment is made of furry fabric", "unsupported"),
        title="Anouk Women Mustard Yellow & Maroon Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink kurta with gold zari embroidery on the yoke, full sleeves; pink sharara; pink net dupatta with gold
    # border; gold bangles; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-003",
        caption(
            "The lady wears a long-sleeve kurta with solid color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and solid color patterns. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a pink kurta with gold embroidery, pink sharara pants and a pink dupatta"),
        describe(
            "kurta",
            "Her kurta has long sleeves, polyester fabric and embroidered patterns. The neckline of it is v-shape. The "
            "kurta has a zip at the back",
            "unsupported",
        ),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "white", "contradiction"),
        title="Indo Era Women Pink Embroidered Regular Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: sleeveless teal straight kurta with gold foil print; white palazzos; teal dupatta with gold print on the
    # arms; beige backdrop with a potted plant at one side, front view. Caption adapter epoch 1.
    case(
        "X773-004",
        caption(
            "The lady is wearing a sleeveless kurta with graphic patterns. The kurta is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("The man is wearing a teal kurta and white pants", "pronoun"),
        describe("kurta", "white kurta with gold print", "other_garment_color"),
        color_of("kurta", "teal"),
        color_of("palazzos", "white"),
        color_of("dupatta", "teal"),
        title="W Women Teal Blue & Gold-Toned Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon kurta with gold embroidered yoke, round neck, three-quarter sleeves; maroon palazzos; mustard
    # bandhani dupatta; gold jhumkas; holds a small gold potli bag; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-005",
        caption("The woman wears a maroon kurta and maroon pants. She is holding a small bag in her hand."),
        wearing("a maroon kurta with maroon pants and a yellow dupatta"),
        describe(
            "kurta", "The kurta is maroon with gold embroidery on the neck and pockets on both sides", "unsupported"
        ),
        details("kurta", "The details of the kurta are the kurta details", "restated"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon", "contradiction"),
        title="Varanga Women Maroon Yoke Design Kurta with Palazzos & Mustard Bandhani Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton kurta with blue floral print, three-quarter sleeves; blue palazzos; blue dupatta with white
    # print held out to one side; white backdrop, three-quarter view. Caption adapter epoch 1.
    case(
        "X773-006",
        caption(
            "The lady wears a blue kurta with blue pants. She is holding a blue scarf with white flowers on it",
            "other_garment_color",
        ),
        wearing(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. The lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "a white kurta with blue floral print and three-quarter sleeves"),
        color_of("kurta", "white"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue"),
        material("cotton"),
        title="Jaipur Kurti Women White & Blue Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: bottle green kurta with small gold print, three-quarter sleeves; cream palazzos; green dupatta with gota
    # border over the left shoulder; gold juttis; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-007",
        caption("The lady wears a green kurta and white pants. She has a green scarf on her shoulder"),
        wearing("green kurta, green pants and green dupatta", "other_garment_color"),
        describe(
            "kurta",
            "green green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("palazzos", "cream"),
        color_of("dupatta", "green"),
        is_a("kurta", "yes"),
        title="Sangria Women Green & Cream-Coloured Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: peach georgette kurta with white chikankari embroidery, long sleeves; peach sharara; white organza dupatta
    # on both arms; pearl earrings; pale pink backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-008",
        caption(
            "The lady is wearing a peach dress with white embroidery. She is wearing a peach scarf and a pair of "
            "earrings. The background is pink",
            "contradiction",
        ),
        wearing("peach kurta, peach sharara and a white dupatta"),
        describe(
            "kurta",
            "Her kurta has long sleeves, chiffon fabric and embroidered patterns. Question: What is the color of the "
            "sharara? Answer: peach",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("sharara", "peach"),
        color_of("dupatta", "peach", "contradiction"),
        material("georgette"),
        title="GERUA Women Peach-Coloured Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with pink and yellow floral print, round neck, long sleeves; black palazzos; black chiffon
    # dupatta over one shoulder; oxidised silver jhumkas; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-009",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. It is with cotton fabric. The lady wears a long "
            "pants. The pants are with cotton fabric and pure color patterns. There is an accessory on her ears. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("black kurta with flowers, black pants"),
        describe(
            "kurta",
            "The kurta is black with pink and yellow flowers. It has a round neck, long sleeves and a zip on the back",
            "unsupported",
        ),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black"),
        material("The garment is made of material.", "restated"),
        title="AKS Women Black Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # photo: red kurta with gold print, three-quarter sleeves; red sharara with gold print; red dupatta with gold
    # border; gold jhumkas; white backdrop, side pose. Caption adapter epoch 1.
    case(
        "X773-010",
        caption(
            "The lady wears a red kurta with gold print, red sharara and a red dupatta with a gold border and a gold "
            "border and a gold border and a gold border and a gold border and a gold",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless dress with solid color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady",
            "contradiction",
            hit_limit=True,
        ),
        describe("kurta", "red", "non_answer"),
        color_of("kurta", "red"),
        color_of("sharara", "red"),
        color_of("dupatta", "red"),
        title="Libas Women Red & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: royal blue kurta, round neck, three-quarter sleeves; white palazzos; white dupatta with small blue print
    # around the neck; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-011",
        caption(
            "The lady wears a medium-sleeve kurta with solid color patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a scarf on",
            "cut",
            hit_limit=True,
        ),
        wearing("blue kurta, white palazzo pants, white dupatta"),
        describe("kurta", "The kurta is white with blue print and has three quarter sleeves", "other_garment_color"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        material("cotton blend"),
        title="Anubhutee Women Blue Solid Kurta with Palazzos & Printed Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green kurta with mirror work on the yoke, side slits; olive sharara; rust dupatta on the arms;
    # gold earrings, nose pin; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-012",
        caption(
            "The woman is wearing a green and orange outfit with a long scarf and a pair of gold earrings and a pair "
            "of gold earrings and a pair of gold earrings and a pair of",
            "loop",
            hit_limit=True,
        ),
        wearing("olive kurta with mirror work and olive sharara, rust dupatta"),
        describe(
            "kurta",
            "The kurta has mirror work on the yoke and a slit on the side, with a belt tied at the waist",
            "unsupported",
        ),
        color_of("kurta", "olive"),
        color_of("sharara", "orange", "contradiction"),
        color_of("dupatta", "rust"),
        title="Vishudh Women Olive Green Mirror Work Kurta with Sharara & Rust Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender kurta with white chikan embroidery on front and sleeves; lavender palazzos; lavender dupatta held
    # in one hand; white juttis; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-013",
        caption(
            "The lady wears a purple kurta and purple pants. She is holding a purple scarf in her hand. She is wearing "
            "a pair of white shoes"
        ),
        wearing("The lady is wearing a lavender kurta with white embroidery and lavender pants and a lavender dupatta"),
        describe(
            "kurta",
            "lavender kurta with white embroidery on the front and sleeves. Question: What is the color of the "
            "palazzos? Answer: lavender. Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "lavender"),
        color_of("palazzos", "lavender"),
        color_of("dupatta", "white", "contradiction"),
        material("denim", "unsupported"),
        title="Janasya Women Lavender Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: off-white kurta with gold foil print, three-quarter sleeves; off-white palazzos; multicolored printed
    # dupatta, mostly pink with green; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink kurta, white pants and a pink dupatta", "other_garment_color"),
        describe("kurta", "The kurta is off white with gold print and it has three quarter sleeves"),
        color_of("kurta", "off white"),
        color_of("palazzos", "off white"),
        color_of("dupatta", "pink"),
        is_a("kurta", "yes"),
        title="Ishin Women Off White Foil Printed Kurta with Palazzos & Multicoloured Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: lemon yellow kurta with white lace at the hem and sleeve ends; white palazzos; yellow dupatta; outdoor,
    # in a garden with a green hedge behind her, front view; nothing in her hands. Caption adapter epoch 1.
    case(
        "X773-015",
        caption(
            "The woman is wearing a yellow kurta with white pants and a yellow dupatta. She is standing in a garden "
            "with green plants behind her."
        ),
        wearing("a yellow kurta with white pants and a yellow handbag", "unsupported"),
        describe("kurta", "white kurta with yellow lace at the hem", "other_garment_color"),
        color_of("kurta", "green", "contradiction"),
        color_of("palazzos", "white"),
        color_of("dupatta", "yellow"),
        title="Mokshi Women Yellow Lace Detail Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue kurta with small white bandhani dots, long sleeves; navy sharara; navy dupatta with white dots;
    # no belt; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-016",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. His pants "
            "are with cotton fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("navy blue kurta with white dots, navy sharara and a silver belt", "unsupported"),
        describe("kurta", "The kurta is a kurta.", "restated"),
        color_of("kurta", "navy blue"),
        color_of("sharara", "navy blue"),
        color_of("dupatta", "navy blue"),
        material("cotton"),
        title="Stylum Women Navy Blue Bandhani Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige kurta with rust floral print, round neck, three-quarter sleeves; rust palazzos; beige dupatta with
    # rust border on the shoulders; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-017",
        caption(
            "The lady wears a beige kurta with orange flowers and orange pants. There is a beige scarf on her "
            "shoulders."
        ),
        wearing("beige kurta, beige pants and beige dupatta", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is long and has a floral print. It has a round neck and three-quarter sleeves. It has a round "
            "neck and three-quarter sleeves. It has a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "beige"),
        color_of("palazzos", "rust"),
        color_of("dupatta", "beige"),
        details("kurta", "kurta details", "non_answer"),
        title="Biba Women Beige & Rust Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta kurta with gold zari embroidery on the neckline and hem, plain round neck; magenta sharara;
    # magenta dupatta with gold border; in front of a white arch prop decorated with flowers. Caption adapter epoch 1.
    case(
        "X773-018",
        caption(
            "The woman is wearing a pink kurta with gold embroidery and a pink sharara. She is standing in front of a "
            "white arch with flowers"
        ),
        wearing(
            "She is wearing a pink kurta with gold embroidery and a pink sharara and a pink dupatta and a pink sharara "
            "and a pink dupatta and a",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta is pink with gold embroidery on the neckline and hem. It has a keyhole neck with tassels",
            "unsupported",
        ),
        color_of("kurta", "magenta"),
        color_of("sharara", "magenta"),
        color_of("dupatta", "gold", "contradiction"),
        material("art silk"),
        title="Indo Era Women Magenta Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: sea green kurta with white thread embroidery at the neck, three-quarter sleeves; white palazzos; sea green
    # dupatta over both arms; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-019",
        caption(
            "The lady wears a green kurta with white embroidery and white pants. She has a green dupatta on her arms"
        ),
        wearing("The woman is wearing a grey kurta and white pants", "contradiction"),
        describe(
            "kurta",
            "green kurta with white embroidery at the neck, white embroidery at the sleeves, white embroidery at the "
            "hem, white embroidery at the neck, white embroidery",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "sea green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "sea green"),
        title="Nayo Women Sea Green Thread Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust kurta with white ethnic motif print, three-quarter sleeves; rust palazzos; white dupatta on one
    # shoulder; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-020",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns. The lady wears a long pants with pure color "
            "patterns."
        ),
        wearing("a white kurta and orange pants with a white scarf", "other_garment_color"),
        describe(
            "kurta",
            "The kurta has three quarter sleeves and a printed pattern on the front. The kurta has three quarter "
            "sleeves and a printed pattern on the front. The kurta",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "rust"),
        color_of("palazzos", "white", "contradiction"),
        color_of("dupatta", "white"),
        material("cotton"),
        title="Kvsfab Women Rust Ethnic Motifs Printed Kurta with Palazzos & White Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: powder blue kurta with white embroidery on the yoke and sleeve hems; white palazzos; powder blue dupatta;
    # light grey backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-021",
        caption("The lady is wearing a blue kurta with white pants. She is standing in front of a grey background"),
        wearing("He is wearing a light blue kurta and white pants", "pronoun"),
        describe("kurta", "light blue kurta with white embroidery on the yoke and sleeve hems"),
        color_of("kurta", "blue"),
        color_of("palazzos", "grey", "contradiction"),
        color_of("dupatta", "blue"),
        material("wool", "unsupported"),
        title="W Women Blue Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: pink straight kurta with gold foil print, three-quarter sleeves; green sharara; green dupatta with pink
    # border held at her side; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-022",
        caption(
            "The lady wears a pink kurta with gold print and pink sharara pants. She holds a green dupatta",
            "other_garment_color",
        ),
        wearing("pink kurta, green sharara and green dupatta"),
        describe(
            "kurta",
            "pink kurta with gold foil print, straight cut, three quarter sleeves and two side pockets",
            "unsupported",
        ),
        color_of("kurta", "pink"),
        color_of("sharara", "green"),
        color_of("dupatta", "green"),
        is_a("kurta", "no", "contradiction"),
        title="Ahalyaa Women Pink & Green Foil Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: white kurta with black geometric print, long sleeves; black palazzos; black-and-white printed dupatta;
    # black juttis; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-023",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The lady wears "
            "a long pants. The pants are with cotton fabric and pure color patterns. She wears a pair of black",
            "cut",
            hit_limit=True,
        ),
        wearing("white kurta with black print, black palazzos and a black and white dupatta"),
        describe("kurta", "The kurta is black with white print", "other_garment_color"),
        color_of("kurta", "white"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black"),
        material("Question: What is the color of the palazzos? Answer: black", "leak"),
        title="Anouk Women White & Black Geometric Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: orange (coral) kurta with small floral print; orange palazzos; orange dupatta; brown kolhapuri sandals;
    # standing by a brown wooden door, front view. Caption adapter epoch 1.
    case(
        "X773-024",
        caption(
            "The woman is standing in front of a wooden door wearing an orange kurta and orange pants with a dupatta. "
            "She is wearing a pair of brown sandals and a pair of brown sandals and a pair of",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange kurta with flowers and orange palazzos"),
        describe("kurta", "The kurta is made of denim and has a zip on the front", "unsupported"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange"),
        color_of("dupatta", "brown", "contradiction"),
        material("cotton"),
        title="Global Desi Women Orange Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: maroon velvet kurta with gold embroidery, long sleeves, v-neck; maroon sharara; gold tissue dupatta;
    # white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-025",
        caption(
            "The lady wears a long-sleeve kurta with solid color patterns. It is with other fabric and its neckline is "
            "v-shape. The lady wears a long pants. The pants are with other fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("maroon kurta, maroon sharara and a gold dupatta"),
        describe("kurta", "maroon velvet kurta with gold embroidery"),
        color_of("kurta", "maroon"),
        color_of("sharara", "maroon"),
        color_of("dupatta", "maroon", "contradiction"),
        material("cotton", "contradiction"),
        title="Sangria Women Maroon Embroidered Velvet Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: indigo blue kurta with white dabu print; indigo palazzos with white print; plain white dupatta held in
    # one hand; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-026",
        caption(
            "The lady wears a blue kurta and blue pants with white prints. She is holding a blue scarf.",
            "other_garment_color",
        ),
        wearing("Question: What is the person wearing? Answer: a blue kurta and blue pants", "leak"),
        describe("kurta", "The kurta is blue with white print. She is wearing a white dupatta"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue", "contradiction"),
        title="Rain & Rainbow Women Indigo Dabu Printed Kurta with Palazzos & White Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: purple kurta with silver gota, long sleeves, round neck; purple sharara covering the feet; purple dupatta;
    # white backdrop with pink flower props behind her, front view. Caption adapter epoch 1.
    case(
        "X773-027",
        caption(
            "The lady wears a purple kurta with a purple sharara and a purple dupatta. There are pink flowers behind "
            "her."
        ),
        wearing("The woman is wearing a purple kurta and a pink sharara", "contradiction"),
        describe(
            "kurta",
            "Her kurta has long sleeves, chiffon fabric and solid color patterns. The neckline of it is round. She "
            "wears a pair of high heels",
            "unsupported",
        ),
        details("kurta", "the details of the kurta are on the kurta", "restated"),
        color_of("kurta", "purple"),
        color_of("sharara", "purple"),
        color_of("dupatta", "purple"),
        title="Libas Women Purple Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: green-and-yellow leheriya striped kurta, long sleeves; green palazzos; yellow dupatta; white backdrop,
    # front view. Caption adapter epoch 1.
    case(
        "X773-028",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric. The lady wears "
            "a long pants. The pants are with cotton fabric and solid color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("green and yellow striped kurta with green pants and a yellow dupatta"),
        describe("kurta", "The kurta is yellow with green stripes"),
        color_of("kurta", "green"),
        color_of("palazzos", "yellow", "contradiction"),
        color_of("dupatta", "yellow"),
        details("kurta", "The details of the kurta are the kurta's details that the woman is wearing", "restated"),
        title="Jaipur Kurti Women Green & Yellow Leheriya Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # photo: cream kurta with pink floral print, v-neck; pink palazzos; pink dupatta; small stud earrings; white
    # backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-029",
        caption(
            "The lady is wearing a pink kurta with pink pants and a pink dupatta. She is also wearing a pair of "
            "earrings",
            "other_garment_color",
        ),
        wearing("cream kurta with pink flowers, pink pants and pink dupatta"),
        describe("kurta", "The kurta is cream with pink floral print all over and has a v-neck"),
        color_of("kurta", "pink", "contradiction"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink"),
        material("yes", "non_answer"),
        title="Vishudh Women Cream-Coloured & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: sleeveless teal kurta with sequin work on the yoke; teal sharara; teal dupatta with sequins; white
    # backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-030",
        caption(
            "The lady wears a sleeveless kurta with solid color patterns. The kurta is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("This guy wears a teal kurta with teal pants and a teal scarf", "pronoun"),
        describe("kurta", "sleeveless teal kurta with sequin work on the yoke"),
        color_of("kurta", "blue"),
        color_of("sharara", "teal"),
        color_of("dupatta", "teal"),
        material("The kurta is made of leather", "unsupported"),
        title="Indo Era Women Teal Sequinned Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white kurta with mint green print, side slits; mint green palazzos; white dupatta; white backdrop, front
    # view. Caption adapter epoch 1.
    case(
        "X773-031",
        caption(
            "The lady wears a white kurta and green pants. The lady wears a white kurta and green pants. The lady "
            "wears a white kurta and green pants. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("white kurta and green palazzos"),
        describe("kurta", "The kurta is green with white print and has a slit at the side", "other_garment_color"),
        color_of("kurta", "white"),
        color_of("palazzos", "green"),
        color_of("dupatta", "white"),
        fabric(
            "Question: What material is the garment made of? Answer: cotton. Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Aurelia Women White & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: navy blue kurta with pink floral print, v-neck, three-quarter sleeves, no belt, no pockets; navy
    # palazzos; pink dupatta; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-032",
        caption("The lady wears a navy blue kurta with pink flowers and navy blue pants. She wears a pink dupatta."),
        wearing("She is wearing a pink kurta with navy blue pants and a pink dupatta", "other_garment_color"),
        describe(
            "kurta",
            "Her kurta has three-quarter sleeves, cotton fabric and floral patterns. The neckline of it is v-shape. "
            "The kurta has two pockets and a belt",
            "unsupported",
        ),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "pink"),
        title="Anouk Women Navy Blue & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red bandhani kurta with gota patti; red sharara; red bandhani dupatta; standing against a yellow wall,
    # front view. Caption adapter epoch 1.
    case(
        "X773-033",
        caption(
            "The lady wears a red kurta and red pants with a red scarf. She is standing in front of a yellow wall."
        ),
        wearing("a red kurta and sharara. Question: What is the color of the dupatta? Answer: red", "leak"),
        describe("kurta", "the kurta is red"),
        color_of("kurta", "yellow", "contradiction"),
        color_of("sharara", "red"),
        color_of("dupatta", "red"),
        title="Varanga Women Red Bandhani Printed Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: dusty pink kurta with silver gota on the neck and hem, long sleeves; pink palazzos; pink dupatta with
    # silver gota on the shoulders; sitting on a brown wooden stool; white backdrop. Caption adapter epoch 1.
    case(
        "X773-034",
        caption(
            "The lady wears a pink kurta and pink pants. She is sitting on a wooden stool with a pink scarf on her "
            "shoulders."
        ),
        wearing(
            "The lady wears a long-sleeve kurta with solid color patterns. The lady wears a long pants. The pants are "
            "with cotton fabric and solid color patterns. The",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "pink kurta with silver gota on the neck and hem, she is sitting on a brown stool"),
        color_of("kurta", "brown", "contradiction"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "pink"),
        material("", "non_answer"),
        title="Libas Women Pink Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard kurta with mirror work; mustard sharara; green dupatta; gold earrings; white backdrop, front
    # view. Caption adapter epoch 1.
    case(
        "X773-035",
        caption(
            "The lady wears a yellow kurta and yellow pants with a green dupatta. She is wearing a pair of gold "
            "earrings and a pair of gold earrings and a pair of gold earrings and",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve kurta with solid color patterns. The kurta is with cotton fabric. The lady "
            "wears a long pants and a",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is green with mirror work", "other_garment_color"),
        color_of("kurta", "mustard"),
        color_of("sharara", "mustard"),
        color_of("dupatta", "green"),
        is_a("kurta", "yes"),
        title="Nayo Women Mustard Yellow Mirror Work Kurta with Sharara & Green Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue kurta with white floral print, long sleeves; white palazzos with blue floral print; blue dupatta;
    # white backdrop, walking pose. Caption adapter epoch 1.
    case(
        "X773-036",
        caption("The lady wears a blue kurta with white flowers and white pants. The pants have blue flowers on them."),
        wearing("a blue kurta and white palazzos"),
        describe(
            "kurta",
            "The kurta has long sleeves, and the kurta has long sleeves, and the kurta has long sleeves, and the "
            "kurta has long sleeves and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "contradiction"),
        material("denim", "unsupported"),
        title="Varanga Women Blue & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach kurta with white lace at the hem and cuffs, long sleeves, round neck; peach sharara; peach dupatta
    # with white lace in one hand; no necklace; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-037",
        caption("This man wears a peach kurta with peach pants. He is holding a peach scarf", "pronoun"),
        wearing("peach kurta, peach sharara, peach dupatta and a gold necklace", "unsupported"),
        describe(
            "kurta",
            "The kurta is peach with white lace at the hem. The sleeves are long and have lace at the cuffs. The "
            "neckline is round with a small",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "peach"),
        color_of("sharara", "pink"),
        color_of("dupatta", "peach"),
        title="Ishin Women Peach-Coloured Lace Detail Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: grey kurta with pink floral print; pink palazzos; grey dupatta draped over one arm; white backdrop, front
    # view. Caption adapter epoch 1.
    case(
        "X773-038",
        caption(
            "The lady wears a grey kurta with pink flowers and pink pants. She has a grey dupatta draped over one arm."
        ),
        wearing("a grey kurta and grey pants", "other_garment_color"),
        describe("kurta", "Question: Describe the kurta. Answer: The kurta is grey with pink flowers", "leak"),
        color_of("kurta", "grey"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "grey"),
        fabric(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Grey & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: fuchsia pink kurta with white print, three-quarter sleeves, round neck; white palazzos; fuchsia dupatta;
    # light blue wall behind her, front view. Caption adapter epoch 1.
    case(
        "X773-039",
        caption(
            "The lady wears a pink kurta with white print and white pants. She is standing in front of a blue wall"
        ),
        wearing("pink kurta and blue pants", "contradiction"),
        describe(
            "kurta",
            "Her kurta has three-quarter sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("palazzos", "white"),
        color_of("dupatta", "pink"),
        material("The kurta is made of silk with a satin lining", "unsupported"),
        title="Rain & Rainbow Women Pink & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black kurta with gold embroidery on the neckline and sleeves; black sharara with gold embroidered hem;
    # red dupatta around the neck; gold jhumkas, no watch; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-040",
        caption(
            "The lady wears a black kurta with gold embroidery and black pants. She has a red scarf around her neck "
            "and a watch on her wrist",
            "unsupported",
        ),
        wearing("black kurta, black sharara and a red dupatta"),
        describe("kurta", "The kurta is red with gold embroidery", "other_garment_color"),
        color_of("kurta", "black"),
        color_of("sharara", "black"),
        color_of("dupatta", "red"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: gold embroidery on the neckline",
            "leak",
        ),
        title="Varanga Women Black Embroidered Kurta with Sharara & Red Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise blue kurta with white floral print, round neck, three-quarter sleeves, straight hem; white
    # palazzos; turquoise dupatta; white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-041",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. The lady "
            "wears a long pants with solid color patterns."
        ),
        wearing("a white kurta and white pants with a blue dupatta", "other_garment_color"),
        describe("kurta", "turquoise kurta with white flowers, round neck, three-quarter sleeves and a straight hem"),
        color_of("kurta", "turquoise blue"),
        color_of("palazzos", "turquoise blue", "contradiction"),
        color_of("dupatta", "turquoise blue"),
        material("cotton"),
        details("kurta", "yes", "non_answer"),
        title="Janasya Women Turquoise Blue & White Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: emerald green kurta with gold woven work; green sharara; gold tissue dupatta; gold bangles, no necklace;
    # white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-042",
        caption(
            "The woman is wearing a green kurta and green pants. She is also wearing a gold scarf and gold bangles and "
            "a gold necklace",
            "unsupported",
        ),
        wearing("green kurta with gold work, green sharara and a golden dupatta"),
        describe(
            "kurta",
            "The kurta is a green kurta with gold. The kurta is a green kurta with gold. The kurta is a green kurta "
            "with gold. The kurta is",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("sharara", "gold", "contradiction"),
        color_of("dupatta", "gold"),
        title="Inddus Women Green & Gold-Toned Woven Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: solid mauve kurta, v-neck, long sleeves; mauve palazzos; mauve dupatta; hand on hip, nothing on her head;
    # white backdrop, front view. Caption adapter epoch 1.
    case(
        "X773-043",
        caption(
            "The lady wears a purple kurta and purple pants with a purple scarf and a pair of sunglasses on her head",
            "unsupported",
        ),
        wearing("The person is wearing what the person is wearing", "restated"),
        describe("kurta", "solid mauve kurta with a v-neck and long sleeves"),
        color_of("kurta", "mauve"),
        color_of("palazzos", "mauve"),
        color_of("dupatta", "mauve"),
        details("kurta", "no", "non_answer"),
        title="Stylum Women Mauve Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: beige kurta with green motif print; green palazzos; beige dupatta; beige backdrop, front view. Caption
    # adapter epoch 1. The feed row has no color.
    case(
        "X773-044",
        caption(
            "The lady wears a beige kurta with green print and green pants. She is standing in front of a beige wall."
        ),
        wearing("beige kurta and green palazzos with a beige dupatta"),
        describe("kurta", "The kurta is green with beige print", "other_garment_color"),
        color_of("kurta", "beige"),
        color_of("palazzos", "green"),
        color_of("dupatta", "green", "contradiction"),
        material("The garment is made of the material that the garment is made of", "restated"),
        title="Anouk Women Beige & Green Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: yellow kurta with multicolored floral embroidery, long sleeves; yellow sharara covering the feet; yellow
    # organza dupatta; orange marigold garlands hanging behind her, front view. Caption adapter epoch 1.
    case(
        "X773-045",
        caption(
            "The lady wears a yellow kurta and yellow pants. There are orange flowers hanging behind her. She wears a "
            "yellow dupatta and a pair of yellow shoes",
            "unsupported",
        ),
        wearing(
            "The lady wears a long-sleeve kurta with floral patterns. Question: What is the color of the kurta? "
            "Answer: yellow. Question: What",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "yellow kurta with colourful flower embroidery on the front"),
        color_of("kurta", "orange", "contradiction"),
        color_of("sharara", "yellow"),
        color_of("dupatta", "yellow"),
        title="Indo Era Women Yellow Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: lime green kurta with white print; white palazzos; lime green dupatta over one shoulder; white backdrop,
    # front view. Caption adapter epoch 1.
    case(
        "X773-046",
        caption(
            "The lady wears a green kurta with white print and white pants. She has a green dupatta over her shoulder."
        ),
        wearing("He is wearing a green kurta and white pants", "pronoun"),
        describe("kurta", "green", "non_answer"),
        color_of("kurta", "lime green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "contradiction"),
        title="Biba Women Lime Green & White Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
]
