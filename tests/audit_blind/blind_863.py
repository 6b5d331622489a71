"""BLIND_863 (46 products; Myntra kurta sets, caption adapter epoch 1): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 88/121 failures found (72.7%) and 14/176 correct texts flagged
(8.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's three-piece kurta sets (article type "Kurta Sets"): a kurta with palazzos
or a sharara and a dupatta, photographed on a model, mostly on a white or light grey studio backdrop, front or
three-quarter view, the dupatta draped over one shoulder, both arms or held out; jhumkas, bangles, juttis or a potli
bag sometimes in frame. The job asked the caption, "What is the person wearing?" (sometimes "What is she
wearing?"), one color question per piece (kurta, palazzos or sharara, dupatta), and a few of describe / details /
material / pattern / sleeve length / garment type / "Is this a kurta?".

Who wrote what: every caption and every open answer comes from the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30
for answers). It was trained on DeepFashion-MultiModal templates without an end token, so it speaks in the
template ("The lady wears a three-point sleeve kurta with floral patterns. The kurta is with cotton fabric..."),
names patterns rather than hues in captions, runs on until the limit (cuts, loops of template sentences), sometimes
echoes the "Question: ... Answer:" format, and often answers a question with the caption template. After one epoch
it still names hues in short answers. Closed answers (per-piece colors, pattern, sleeve length, garment type, the
yes/no kurta question) come from enrich's --engine reference, which ranks candidate values with the same adapter:
always one clean candidate, never looping or cut, but often the wrong piece's color (one color for every piece).

Labeling conventions and judgement calls:
- One label per text, the first failure a reader meets; a cut or looping caption that also says something wrong
  is labelled cut or loop (hit_limit=True on every cut and on every loop that ran to the limit).
- other_garment_color: a piece given the color of another piece or garment visible in the same photo (palazzos
  answered with the kurta's color). contradiction: a color nowhere in the photo, or a garment, pattern, sleeve
  length or fabric that the seller's title, the seller's color or another text of the product states otherwise.
- A wrong piece color in a closed answer is labelled the same way as in an open one.
- Colors close enough to be the same shade are correct: indigo = navy blue, rust = orange, cream = white, sea green
  = green, coral = orange, burgundy = maroon, mauve = purple, lavender = purple.
- DeepFashion words are correct where they fit: a sharara called "a long skirt" or "long trousers", palazzos
  called "long trousers/pants", a dupatta called "a scarf", foil or block print called "graphic patterns",
  a geometric print called "lattice patterns", an embroidered but single-colored kurta "pure color patterns" only
  when the title does not call it embroidered or chikankari.
- Fabric: correct when the title names it or (no fabric in the title) when it fits what the photo shows; a fabric
  the title contradicts is a contradiction; a fabric impossible for the photo (denim, leather) with no fabric in the
  title is unsupported. Invented accessories, pockets, zips, buttons, tassels, hats and rings are unsupported.
- non_answer: an open question answered with yes/no, a single word, or a caption template that never mentions
  the piece asked about. restated: the question's words given back ("the palazzos details").
- pronoun: "he", "his", "the gentleman", "this man" for a Women's product, whatever else the text says.
- leak: any text containing "Question:" or "Answer:", even when the answer before it is right.
- An open color question answered with the caption template's fabric and "pure color patterns" and no hue is a
  non_answer. "grey" for a white kurta and black palazzos (the untuned model's one color for all) is a
  contradiction, not other_garment_color, since no garment in the photo is grey.
- Rows without a gender column carry no pronoun failure; rows without a color or category column are kept as
  a real feed has them.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment = BLIND_QUESTIONS.garment_type
mat = BLIND_QUESTIONS.material  # the same prompt as material(), with hit_limit for loops

KS = "Kurta Sets"

BLIND_863 = [
    # photo: maroon kurta with gold foil print, round neck, three-quarter sleeves; maroon palazzos; maroon chiffon
    # dupatta with a plain gold border (no tassels) over both arms; gold jhumkas; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-001",
        caption(
            "The lady wears a three-point sleeve kurta with graphic patterns. The kurta is with cotton fabric and it "
            "has a round neckline. The lady wears long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon kurta with palazzo pants and a dupatta"),
        color_of("kurta", "maroon"),
        color_of("palazzos", "maroon"),
        color_of("dupatta", "maroon"),
        details("kurta", "gold foil print on the yoke, round neck, three-quarter sleeves and a straight hem"),
        describe("dupatta", "a maroon dupatta with gold border and pearl tassels at the ends", "unsupported"),
        title="Libas Women Maroon Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard kurta with green block print, long sleeves; green palazzos; green dupatta with mustard
    # tassels on the left shoulder; tan kolhapuris; no jewellery; light grey backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-002",
        caption(
            "The woman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. Her pants "
            "are of long length, with solid color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a yellow kurta and green palazzos with a green dupatta"),
        color_of("kurta", "mustard"),
        color_of("palazzos", "green"),
        color_of("dupatta", "green"),
        material("cotton"),
        title="Biba Women Mustard Yellow & Green Printed Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue kurta with white thread embroidery on the yoke, round neck, long sleeves, no pockets; navy
    # sharara; plain white net dupatta over one shoulder; silver jhumkas; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-003",
        caption(
            "The female is wearing a long-sleeve dress with solid color patterns. The dress is with chiffon fabric. "
            "The dress is of long length. The female wears a ring. The female wears a ring. The female wears a ring.",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue kurta with a white dupatta and blue sharara pants"),
        color_of("kurta", "navy blue"),
        color_of("sharara", "navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        details(
            "kurta", "white thread embroidery on the yoke, a keyhole neckline with a tie-up and pockets", "unsupported"
        ),
        title="Anouk Women Navy Blue Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach kurta with a small white floral print, V-neck, three-quarter sleeves; white palazzos; peach
    # dupatta with white print over one shoulder; nude heels; beige wall behind, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-004",
        caption(
            "The lady wears a three-point sleeve kurta with floral patterns. It has a v-shape neckline. The lady "
            "wears long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a peach kurta with white pants", "pronoun"),
        color_of("kurta", "peach"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("dupatta", "the dupatta is a dupatta", "restated"),
        title="W Women Peach-Coloured & White Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Peach",
        gender="Women",
    ),
    # photo: bottle-green solid kurta with gold gota lace at the hem, long sleeves; green palazzos; bandhani dupatta
    # in pink and yellow with a gold lace border; white backdrop, three-quarter view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-005",
        caption(
            "The female is wearing a long-sleeve kurta with solid color patterns. The kurta is with cotton fabric. "
            "The female wears long trousers. The trousers are with pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta, green pants and a colorful dupatta"),
        color_of("kurta", "green"),
        color_of("palazzos", "green"),
        color_of("dupatta", "multi"),
        details("dupatta", "pink and yellow bandhani print with a gold lace border"),
        material("silk", "contradiction"),
        title="Sangria Women Green Solid Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: pink kurta with white and green floral print, round neck, three-quarter sleeves, no pockets; white
    # sharara; pink dupatta held in one hand; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-006",
        caption(
            "The lady wears a three-point sleeve kurta with floral patterns. It has a round neckline. She wears a "
            "long skirt with solid color patterns."
        ),
        wearing(
            "a pink kurta and a white sharara and a pink dupatta and a white sharara and a pink dupatta and a white "
            "sharara and a",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        color_of("sharara", "white"),
        color_of("dupatta", "pink"),
        details("kurta", "floral print, round neck, three-quarter sleeves, side pockets", "unsupported"),
        title="Indo Era Women Pink Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: sleeveless kurta in blue and white vertical stripes; white palazzos; blue dupatta with a white print
    # over both arms; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-007",
        caption(
            "The woman wears a sleeveless kurta with striped patterns. The kurta is with cotton fabric. The woman "
            "wears long trousers with pure color patterns."
        ),
        wearing(
            "Question: What is the person wearing? Answer: a blue and white striped kurta Question: What is the",
            "leak",
            hit_limit=True,
        ),
        pattern("striped"),
        sleeves("sleeveless"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", "other_garment_color"),
        color_of("dupatta", "blue"),
        title="Aurelia Women Blue & White Striped Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: black kurta with gold print, long sleeves; black palazzos with a gold printed border; black dupatta with
    # gold print; gold heels; no bangles or watch; grey backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-008",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The lady wears long pants. The pants are with "
            "solid color patterns. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a black kurta, white palazzos and a dupatta", "contradiction"),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black"),
        material("denim", "unsupported"),
        title="Jaipur Kurti Women Black & Gold Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: off-white kurta with red thread embroidery at the V-neck and cuffs, long sleeves; red sharara; red
    # dupatta with an off-white border; oxidised silver jhumkas; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-009",
        caption(
            "The female wears a long-sleeve kurta with pure color patterns. The kurta is with chiffon fabric. It has "
            "a v-shape neckline. The female wears a long skirt.",
            "contradiction",
        ),
        wearing("she is wearing a white kurta with red sharara pants and a red dupatta"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("sharara", "red"),
        color_of("dupatta", "red"),
        describe("kurta", "a white kurta with red embroidery on the neckline and sleeves, v-neck"),
        sleeves("sleeveless", "contradiction"),
        title="Varanga Women Off-White & Red Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Off White",
        gender="Women",
    ),
    # photo: yellow kurta with small white buti print, three-quarter sleeves; yellow palazzos (waistband hidden
    # under the kurta); white dupatta; white backdrop, model with hands on hips.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-010",
        caption(
            "The lady wears a three-point sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("yellow", "non_answer"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow"),
        color_of("dupatta", "yellow", "other_garment_color"),
        details("palazzos", "elasticated waist with a drawstring, wide legs and ankle length", "unsupported"),
        title="Ishin Women Yellow Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Yellow",
        gender="Women",
    ),
    # photo: teal kurta with golden print, long sleeves; teal palazzos; teal dupatta with gold print; gold juttis;
    # white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-011",
        caption(
            "The woman wears a long-sleeve kurta with graphic patterns. Her pants are of long length with pure color "
            "patterns. She wears a scarf."
        ),
        wearing("a teal kurta with matching palazzos and dupatta"),
        color_of("kurta", "teal"),
        color_of("palazzos", "teal"),
        color_of("dupatta", "teal"),
        is_a("kurta", "yes"),
        material("rayon"),
        title="GoSriKi Women Teal Blue Printed Rayon Kurta with Palazzos & Dupatta",
        category=KS,
        color="Teal",
        gender="Women",
    ),
    # photo: red kurta with gold ethnic motifs, long sleeves; red sharara with a gold printed hem; plain red dupatta;
    # gold jhumkas; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-012",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The "
            "gentleman wears long trousers.",
            "pronoun",
        ),
        wearing("a red kurta and red pants"),
        color_of("kurta", "red"),
        color_of("sharara", "red"),
        color_of("dupatta", "gold", "contradiction"),
        describe(
            "sharara",
            "The sharara is red with gold print at the hem, The sharara is red with gold print at the hem, The sharara",
            "loop",
            hit_limit=True,
        ),
        title="Anubhutee Women Red Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: lavender solid kurta with mirror work at the V-neck, three-quarter sleeves; lavender palazzos; white
    # chiffon dupatta; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-013",
        caption(
            "The lady wears a three-point sleeve kurta with pure color patterns. It has a v-shape neckline. She wears "
            "long trousers with pure color patterns."
        ),
        wearing("a pink kurta with pink pants and a white scarf", "contradiction"),
        color_of("kurta", "lavender"),
        color_of("palazzos", "lavender"),
        color_of("dupatta", "white"),
        details("kurta", "mirror work on the neckline"),
        pattern("solid"),
        title="Vishudh Women Lavender Solid Kurta with Palazzos & Dupatta",
        category=KS,
        color="Lavender",
        gender="Women",
    ),
    # photo: olive kurta with orange and pink floral print, long sleeves; olive palazzos; orange dupatta; white
    # backdrop, slight side view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-014",
        caption(
            "The woman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and it has a "
            "round neckline. The woman wears long pants. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a green kurta with flowers and orange scarf"),
        color_of("kurta", "olive"),
        color_of("palazzos", "orange", "other_garment_color"),
        color_of("dupatta", "orange"),
        material("cotton"),
        describe(
            "dupatta",
            "orange Question: Describe the palazzos. Answer: green Question: Describe the kurta. Answer: green",
            "leak",
            hit_limit=True,
        ),
        title="Khushal K Women Olive Green Floral Printed Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Olive",
        gender="Women",
    ),
    # photo: sleeveless fuchsia kurta with a gold gota yoke; fuchsia sharara; gold tissue dupatta; gold potli bag in
    # her hand; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-015",
        caption(
            "The female wears a sleeveless kurta with solid color patterns. The female wears a long skirt. She "
            "carries a bag."
        ),
        wearing("a pink kurta, pink sharara and a golden dupatta, with a bag"),
        color_of("kurta", "pink"),
        color_of("sharara", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        sleeves("sleeveless"),
        pattern("floral", "contradiction"),
        title="Mitera Women Pink & Gold Solid Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: white kurta with a blue floral print, long sleeves; white palazzos; blue dupatta with a small white
    # floral print; blue juttis; white backdrop, front view. Feed row has no color.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-016",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with denim fabric. The lady wears "
            "long trousers with pure color patterns.",
            "unsupported",
        ),
        wearing("The man is wearing a white shirt and white pants", "pronoun"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "blue"),
        describe("dupatta", "a blue dupatta with a small white floral print"),
        title="Nayo Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        gender="Women",
    ),
    # photo: rust-orange kurta with black print, three-quarter sleeves, no belt; black palazzos; rust dupatta; white
    # backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-017",
        caption(
            "The woman wears a three-point sleeve kurta with graphic patterns. She wears long pants. Her pants are of "
            "solid color patterns, with cotton fabric. There is a belt on her waist.",
            "unsupported",
        ),
        wearing("a orange kurta and black pants"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("palazzos", "black"),
        color_of("dupatta", "orange"),
        details("kurta", "The kurta details are the kurta details of the kurta", "restated"),
        title="Rain & Rainbow Women Orange & Black Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Orange",
        gender="Women",
    ),
    # photo: multicolor patchwork-print kurta (blue, pink, yellow), long sleeves; solid blue palazzos; pink dupatta;
    # white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-018",
        caption(
            "The lady wears a long-sleeve kurta with color block patterns. The lady wears long trousers. The trousers "
            "are with pure color patterns. The lady wears long trousers. The trousers are with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a colorful kurta with blue pants and a pink dupatta"),
        color_of("kurta", "multi"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        pattern("solid", "contradiction"),
        details("kurta", "the details of the kurta are the kurta details", "restated"),
        title="Global Desi Women Multicoloured Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Multi",
        gender="Women",
    ),
    # photo: burgundy velvet kurta with gold zari embroidery, long sleeves; burgundy sharara; gold dupatta; hands
    # empty (no bag or clutch); grey backdrop, three-quarter view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-019",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The lady "
            "wears a long skirt with pure color patterns.",
            "contradiction",
        ),
        wearing("a maroon kurta with gold embroidery, a gold dupatta and a matching clutch", "unsupported"),
        material("velvet"),
        color_of("kurta", "burgundy"),
        color_of("sharara", "burgundy"),
        color_of("dupatta", "gold"),
        title="Soch Women Burgundy Embroidered Velvet Kurta with Sharara & Dupatta",
        category=KS,
        color="Burgundy",
        gender="Women",
    ),
    # photo: navy kurta with a pink floral print, three-quarter sleeves; plain pink palazzos; navy dupatta with a pink
    # border; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-020",
        caption(
            "The lady wears a three-point sleeve kurta with floral patterns. The lady wears long trousers. The "
            "trousers are with pure color patterns."
        ),
        wearing("a black kurta, pink pants, navy dupatta", "contradiction"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue", "other_garment_color"),
        color_of("dupatta", "navy blue"),
        details("palazzos", "pink", "non_answer"),
        title="Janasya Women Navy Blue & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea green kurta with white floral print, V-neck, long sleeves; white palazzos; sea green dupatta;
    # silver flats; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-021",
        caption(
            "The woman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and it has a "
            "v-shape neckline. The woman wears long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "Question: What is the person wearing? Answer: The woman wears a long-sleeve kurta with floral",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        title="Juniper Women Sea Green Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Sea Green",
        gender="Women",
    ),
    # photo: indigo kurta with white dabu block print, three-quarter sleeves; indigo printed palazzos; white dupatta
    # with an indigo print; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-022",
        caption(
            "The lady wears a three-point sleeve kurta with graphic patterns. The kurta is with cotton fabric. She "
            "wears long trousers with graphic patterns."
        ),
        wearing("an indigo kurta with matching printed palazzos and a white dupatta"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue"),
        color_of("dupatta", "white"),
        material("cotton"),
        is_a("kurta", "yes"),
        title="Fabindia Women Indigo Block Printed Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: beige kurta with green thread embroidery, long sleeves; green sharara; beige dupatta with a green
    # border; no rings or jewellery on the hands; beige wall, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-023",
        caption(
            "The female wears a long-sleeve kurta with graphic patterns. The female wears long trousers with pure "
            "color patterns. The female wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a beige kurta with green sharara and a beige dupatta"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("sharara", "green"),
        color_of("dupatta", "beige"),
        details(
            "kurta",
            "embroidery, embroidery, embroidery, embroidery, embroidery, embroidery, embroidery, embroidery, "
            "embroidery, embroidery",
            "loop",
            hit_limit=True,
        ),
        title="Sztori Women Beige & Green Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Beige",
        gender="Women",
    ),
    # photo: grey kurta with black print, long sleeves; black palazzos; grey dupatta with black print; white
    # backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-024",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The lady wears long pants. Her pants are of "
            "pure color patterns.",
            "contradiction",
        ),
        wearing("a grey kurta and black pants with a grey scarf"),
        color_of("kurta", "grey"),
        color_of("palazzos", "black"),
        color_of("dupatta", "grey"),
        describe("palazzos", "yes", "non_answer"),
        title="Kalini Women Grey & Black Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Grey",
        gender="Women",
    ),
    # photo: red kurta with a gold embroidered yoke, round neck, long sleeves; red palazzos; red dupatta with a gold
    # border; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-025",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a round neckline. The lady wears long "
            "trousers with pure color patterns. The lady wears a scarf with pure color patterns."
        ),
        wearing("He is wearing a red kurta and red pants", "pronoun", who="she"),
        color_of("kurta", "red"),
        color_of("palazzos", "red"),
        color_of("dupatta", "white", "contradiction"),
        mat(
            "The kurta is with cotton fabric, the pants are with cotton fabric, the scarf is with cotton fabric, the",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Red Yoke Design Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: mustard kurta with red bandhani dots, plain round neck (no mirror work, no tie-up), three-quarter
    # sleeves; red sharara; mustard dupatta; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-026",
        caption(
            "The lady wears a sleeveless kurta with lattice patterns. The lady wears a long skirt with pure color "
            "patterns.",
            "contradiction",
        ),
        sleeves("three-quarter"),
        wearing(
            "a yellow kurta with red pants Question: What is the color of the sharara? Answer: red Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "mustard"),
        color_of("sharara", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        details("kurta", "bandhani dots with mirror work and a tie-up at the neck", "unsupported"),
        title="Anouk Women Mustard & Red Bandhani Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: powder blue kurta with white floral print, long sleeves; white palazzos; powder blue dupatta; white
    # backdrop, front view. Feed row has no category.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-027",
        caption(
            "The woman wears a long-sleeve kurta with floral patterns. The woman wears long trousers. The trousers "
            "are with pure color patterns. The woman wears long trousers. The trousers are with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a light blue kurta and white palazzos"),
        color_of("kurta", "blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "The dupatta is with chiffon fabric and pure color patterns.", "non_answer", kind="open"),
        garment("kurta"),
        title="W Women Blue Floral Printed Kurta with Palazzos & Dupatta",
        color="Blue",
        gender="Women",
    ),
    # photo: pink kurta with green leaf print, V-neck, three-quarter sleeves, no zip or pockets; green sharara; pink
    # dupatta; jhumkas; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-028",
        caption(
            "The lady wears a three-point sleeve kurta with floral patterns. It has a v-shape neckline. The lady "
            "wears a long skirt. There is an accessory in her ear."
        ),
        wearing("no", "non_answer"),
        color_of("kurta", "pink"),
        color_of("sharara", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        details("kurta", "The kurta has a zip at the back and two pockets", "unsupported"),
        title="Biba Women Pink & Green Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: black solid kurta, long sleeves; black palazzos; phulkari dupatta embroidered in red, yellow and green
    # over both arms; bare wrists (no watch); white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-029",
        caption(
            "The female wears a long-sleeve kurta with solid color patterns. The female wears long pants. Her pants "
            "are of solid color patterns. She wears a scarf with floral patterns. There is a watch on her wrist.",
            "unsupported",
        ),
        wearing(
            "The female wears a long-sleeve kurta with solid color patterns. The female wears long pants. Her pants "
            "are of solid color",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black", "other_garment_color"),
        describe("dupatta", "a phulkari dupatta with red yellow and green embroidery"),
        title="Ishin Women Black Solid Kurta with Palazzos & Phulkari Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: emerald kurta with pink floral print, round neck, long sleeves; pink sharara; emerald dupatta; white
    # backdrop, front view. Feed row has no color.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-030",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and it has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta, pink pants and a green dupatta", "contradiction"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("sharara", "pink"),
        color_of("dupatta", "green"),
        details("sharara", "the sharara details", "restated"),
        title="Varanga Women Green & Pink Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        gender="Women",
    ),
    # photo: purple kurta with silver foil print, round neck, no placket, three-quarter sleeves; purple palazzos;
    # silver-grey dupatta; grey backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-031",
        caption(
            "The woman wears a three-point sleeve kurta with graphic patterns. The kurta is with silk fabric. The "
            "woman wears long trousers.",
            "contradiction",
        ),
        wearing("a purple kurta with purple pants and a grey dupatta"),
        color_of("kurta", "purple"),
        color_of("palazzos", "purple"),
        color_of("dupatta", "purple", "other_garment_color"),
        material("rayon"),
        details("kurta", "silver foil print, mandarin collar and a front button placket", "unsupported"),
        title="GoSriKi Women Purple Printed Rayon Kurta with Palazzos & Dupatta",
        category=KS,
        color="Purple",
        gender="Women",
    ),
    # photo: peach solid kurta with white lace trim at the hem, long sleeves; white palazzos; peach dupatta; white
    # juttis; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-032",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The lady wears long trousers with pure "
            "color patterns."
        ),
        wearing("a peach kurta, white palazzos and a peach dupatta"),
        color_of("kurta", "peach"),
        color_of("palazzos", "peach", "other_garment_color"),
        color_of("dupatta", "peach"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: lace trim at the hem Question: What are the kurta",
            "leak",
            hit_limit=True,
        ),
        title="Aurelia Women Peach Solid Kurta with Palazzos & Dupatta",
        category=KS,
        color="Peach",
        gender="Women",
    ),
    # photo: coral kurta with gold print, three-quarter sleeves; coral palazzos; coral dupatta with gold print and a
    # plain hem (no tassels); white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-033",
        caption(
            "The lady wears a three-point sleeve kurta with graphic patterns. The lady wears long pants with pure "
            "color patterns. The lady wears a scarf with graphic patterns."
        ),
        wearing("Answer: a orange kurta, orange pants and an orange dupatta", "leak"),
        color_of("kurta", "orange"),
        color_of("palazzos", "orange"),
        color_of("dupatta", "orange"),
        details("dupatta", "gold print all over and tassels at the corners", "unsupported"),
        sleeves("three-quarter"),
        is_a("kurta", "no", "contradiction"),
        title="Indo Era Women Coral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Orange",
        gender="Women",
    ),
    # photo: baby pink kurta with a multicolor floral print, long sleeves; baby pink sharara; white dupatta; white
    # backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-034",
        caption("This man wears a long-sleeve kurta with floral patterns. His pants are of long length.", "pronoun"),
        wearing("a pink floral kurta, pink sharara and a white dupatta"),
        color_of("kurta", "pink"),
        color_of("sharara", "pink"),
        color_of("dupatta", "white"),
        describe("dupatta", "white", "non_answer"),
        title="Khushal K Women Pink Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: white chikankari kurta, round neck, long sleeves; plain white palazzos; mint green dupatta; white
    # backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-035",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a round neckline. The lady wears "
            "long trousers with lattice patterns.",
            "contradiction",
        ),
        wearing("a white kurta with white pants and a green dupatta"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe(
            "kurta",
            "a white kurta with white embroidery all over the front and the sleeves, a round neckline and a straight "
            "hem with",
            "cut",
            hit_limit=True,
        ),
        pattern("solid", "contradiction"),
        title="Jaipur Kurti Women White Chikankari Kurta with Palazzos & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: blue ikat kurta, three-quarter sleeves; blue palazzos; white dupatta with a blue border; wooden bangles
    # on her wrist; brown flats; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-036",
        caption(
            "The female wears a three-point sleeve kurta with graphic patterns. The female wears long trousers. The "
            "trousers are with pure color patterns. There is an accessory on her wrist."
        ),
        wearing("a blue kurta with blue palazzos and white dupatta"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "white"),
        mat(
            "The garment is made of cotton fabric. The garment is made of cotton fabric. The garment is made of cotton",
            "loop",
            hit_limit=True,
        ),
        describe("palazzos", "Describe the palazzos.", "restated"),
        title="Sangria Women Blue Ikat Printed Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: yellow kurta with pink floral print, long sleeves; pink sharara; yellow dupatta with a pink border held
    # out in one hand; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-037",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The lady wears a long skirt with pure color "
            "patterns. The lady wears a scarf. The lady wears a scarf. The lady wears a scarf. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow kurta with pink sharara"),
        color_of("kurta", "yellow"),
        color_of("sharara", "pink"),
        color_of("dupatta", "yellow"),
        describe("sharara", "a yellow sharara", "other_garment_color"),
        title="Anubhutee Women Yellow & Pink Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Yellow",
        gender="Women",
    ),
    # photo: navy kurta with white print, round neck, long sleeves; white palazzos; navy dupatta; white backdrop,
    # front view. Feed row has no gender.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-038",
        caption(
            "The lady wears a sleeveless kurta with graphic patterns. The kurta is with cotton fabric. The lady "
            "wears long trousers with pure color patterns.",
            "contradiction",
        ),
        wearing("blue kurta, white palazzos, blue dupatta"),
        color_of("kurta", "navy blue"),
        color_of("palazzos", "navy blue", "other_garment_color"),
        color_of("dupatta", "navy blue"),
        details("kurta", "white print, round neck, long sleeves"),
        garment("dress", "contradiction"),
        title="Libas Women Navy Blue Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Navy Blue",
    ),
    # photo: maroon kurta with gold zari embroidery, V-neck, long sleeves; maroon sharara; plain gold dupatta with
    # a straight edge, no sequins; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-039",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with chiffon fabric and it has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "maroon kurta Question: What is the color of the kurta? Answer: maroon Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "maroon"),
        color_of("sharara", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        describe("dupatta", "a golden tissue dupatta with sequin work and a scalloped lace border", "unsupported"),
        title="Biba Women Maroon & Gold Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Maroon",
        gender="Women",
    ),
    # photo: rust kurta with cream floral print, three-quarter sleeves; cream palazzos; rust dupatta; no sunglasses
    # or other accessories; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-040",
        caption(
            "The woman wears a three-point sleeve kurta with floral patterns. The kurta is with cotton fabric. The "
            "woman wears long trousers with pure color patterns. She wears sunglasses.",
            "unsupported",
        ),
        wearing("an orange kurta and white pants with orange dupatta"),
        color_of("kurta", "rust"),
        color_of("palazzos", "cream"),
        color_of("dupatta", "rust"),
        describe("palazzos", "The palazzos are palazzos.", "restated"),
        title="Nayo Women Rust Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Rust",
        gender="Women",
    ),
    # photo: sleeveless parrot green kurta with pink gota trim; pink sharara; pink dupatta; grey backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-041",
        caption("The lady wears a sleeveless kurta with pure color patterns. The lady wears a long skirt."),
        wearing("His outfit is a green kurta with pink pants", "pronoun", who="she"),
        color_of("kurta", "green"),
        color_of("sharara", "green", "other_garment_color"),
        color_of("dupatta", "pink"),
        material("silk"),
        sleeves("sleeveless"),
        details(
            "sharara",
            "The lady wears a sleeveless kurta with pure color patterns. It has a round neckline.",
            "non_answer",
        ),
        title="Soch Women Green & Pink Silk Blend Kurta with Sharara & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: white kurta with black geometric print, round neck, no buttons, long sleeves; black palazzos; white
    # dupatta with black print; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-042",
        caption(
            "The lady wears a long-sleeve kurta with lattice patterns. The lady wears long trousers with solid color "
            "patterns."
        ),
        wearing("a white kurta with black palazzos"),
        color_of("kurta", "grey", "contradiction"),
        color_of("palazzos", "grey", "contradiction"),
        color_of("dupatta", "white"),
        details("kurta", "it has a black geometric print, a mandarin collar and buttons on the placket", "unsupported"),
        title="Rain & Rainbow Women White & Black Geometric Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: mauve kurta with silver print and two side pockets, three-quarter sleeves; mauve palazzos; mauve
    # dupatta; nothing on her head; white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-043",
        caption(
            "The female wears a three-point sleeve kurta with graphic patterns. The female wears long trousers. There "
            "is a hat on her head.",
            "unsupported",
        ),
        wearing("a purple kurta, purple pants and a purple dupatta"),
        color_of("kurta", "mauve"),
        color_of("palazzos", "mauve"),
        color_of("dupatta", "grey", "contradiction"),
        details(
            "kurta",
            "silver print, side pockets, round neck, silver print, side pockets, round neck, silver print, side "
            "pockets, round",
            "loop",
            hit_limit=True,
        ),
        title="Janasya Women Mauve Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Mauve",
        gender="Women",
    ),
    # photo: cream kurta with gold embroidery, V-neck, long sleeves; cream sharara; plain maroon dupatta with a gold
    # border; front view on a white backdrop (the back and any fastening unseen).
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-044",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a v-shape neckline. The lady wears a "
            "long skirt with pure color patterns. The lady wears a scarf with pure color patterns."
        ),
        wearing(
            "The lady wears a long-sleeve kurta with pure color patterns. It has a v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "cream"),
        color_of("sharara", "maroon", "other_garment_color"),
        color_of("dupatta", "maroon"),
        describe(
            "dupatta",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "gold embroidery on the yoke and a back zip closure", "unsupported"),
        title="Vishudh Women Cream Yoke Design Kurta with Sharara & Dupatta",
        category=KS,
        color="Cream",
        gender="Women",
    ),
    # photo: royal blue kurta with red floral print, long sleeves; red palazzos; royal blue dupatta; white backdrop,
    # front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-045",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. She wears long pants with pure color patterns."
        ),
        wearing(
            "a blue kurta, red pants and a blue scarf. Question: What is the color of the scarf? Answer: blue. "
            "Question",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "red", "other_garment_color"),
        color_of("palazzos", "red"),
        color_of("dupatta", "blue"),
        details("palazzos", "The palazzos details are the palazzos details.", "restated"),
        material("leather", "unsupported"),
        title="Kalini Women Blue & Red Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: sleeveless lime green kurta; white palazzos; lime green dupatta with white pom-poms along the edges;
    # white backdrop, front view.
    # texts: caption and open answers by the epoch-1 caption adapter; closed answers by the reference engine.
    case(
        "X863-046",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The lady "
            "wears long trousers. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        sleeves("sleeveless"),
        wearing("a lime green kurta with white palazzos and a green dupatta"),
        color_of("kurta", "green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "green"),
        details(
            "dupatta",
            "pom-poms along the edges of the dupatta and the kurta has a round neckline and the palazzos have a",
            "cut",
            hit_limit=True,
        ),
        title="Sztori Women Lime Green Solid Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Lime Green",
        gender="Women",
    ),
]
