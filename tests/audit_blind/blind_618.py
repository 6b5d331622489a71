"""BLIND_618 (46 products; Myntra kurta sets and salwar suits, per-piece Qs): written blind in the fifty-second session.
Measured blind at 94ddb22 (the session's final rules): 99/135 failures found (73.3%) and 5/189 correct texts flagged
(2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's (and two girls') kurta sets and salwar suits: a kurta worn with palazzos,
trousers, a salwar, a churidar, leggings or a sharara, with or without a dupatta. Studio product shots, mostly on a
white backdrop, the model often in jhumkas or holding a clutch; a few back views, a seated pose, a face-cropped shot.
The questionnaire is the experiments' per-piece one: "What is the person wearing?", "What is the color of the
kurta / pants / dupatta?", "Describe the kurta.", and on some products the kurta details, pattern, sleeve length,
material and "Is this a kurta?". The dupatta question is asked of most sets, some of which have no dupatta.

Who wrote what: every caption is the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). It
writes the DeepFashion template ("The lady wears a medium-sleeve upper clothing with floral patterns. The neckline
of it is round. The lady wears long pants...") with no hue names, a fabric it guesses, sometimes "dress" or "shirt"
for the kurta, "gentleman"/"his" now and then, accessories it did not see; about a third of its captions run on to
the 50-token limit, looping the template's sentences or cut mid-sentence. Open answers (wearing, describe, details,
material) are the untuned base model zero-shot: short lowercase phrases, calls Indian sets a saree or a lehenga,
repeats the kurta's color for the bottom, invents silk and hand embroidery, sometimes echoes the question or carries
on with the next "Question: ... Answer:", sometimes loops to its 30-token limit. Closed answers (the three colors,
pattern, sleeve length, "Is this a kurta?") are the reference engine's pick among candidates: always one clean value,
never a loop or a cut, but often the wrong garment's color.

Labeling conventions and judgement calls:
- One label per text, the failure that matters most to the catalog; a looping caption that also names a wrong fabric
  is a loop.
- The photo decides colors, not the seller: a kurta the seller lists as Brown but which is rust is right as "rust" or
  "orange". Shades within one family count as right: mustard as yellow, lavender as purple, indigo as navy blue,
  magenta as pink, maroon as red, cream or off-white as white, teal as blue or green, peach as peach or pink.
- A closed color that is exactly the color of another piece in the same photo (the palazzos' white given for the
  kurta) is other_garment_color; a color no piece has, or a dark grey kurta called black, is contradiction.
- A dupatta color given for a set that has no dupatta is unsupported (there is no such garment to have a color).
- "Dress" or "shirt" for the kurta, "saree" or "lehenga" for a kurta set, "no" to "Is this a kurta?" are
  contradictions; "upper clothing", "top", "tunic", "anarkali", "suit", "salwar kameez" are right. "Pants",
  "trousers" and "leggings" are right for palazzos, salwar, churidar and leggings; a dupatta draped round the neck is
  right as "an accessory in her neck".
- Fabric: right when the title names it (or the texture shows it, velvet); a fabric the title contradicts is a
  contradiction; a fabric the title does not name (cotton, silk, chiffon, knitting, denim) is unsupported. Accessories,
  pockets, buttons, mirror work or "hand embroidered" that the photo does not show are unsupported.
- A one-word color or yes/no to an open question is non_answer; an answer made only of the question's words ("the
  details of the kurta", "describe the kurta") is restated; a base answer that carries on into the prompt format is a
  leak even when the part before it is right.
- hit_limit is set on every loop and cut and on the one leak that ran to 30 tokens; captions that stop on their own
  after the template's last sentence are not marked.
- The template's pattern words: "pure color" is right for a solid or solid-embroidered kurta, "floral" or "graphic"
  for prints, "color block" for the ombre dip-dye; "pure color" for a printed kurta is contradiction.
- "she"/"her"/"the lady"/"the female" are right for Women and Girls; "he", "his", "the gentleman" are pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material

BLIND_618 = [
    # photo: pink straight kurta with small white floral print, 3/4 sleeves, round neck; white palazzos; white chiffon
    # dupatta with pink border over both arms; silver jhumkas; white backdrop, front view. Caption: caption adapter
    # epoch 3; open answers: base zero-shot; closed: reference engine.
    case(
        "X618-001",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The neckline of it is round. The "
            "pants are of long length with pure color patterns."
        ),
        wearing("a pink kurta with white palazzo pants and a white dupatta"),
        color_of("kurta", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        color_of("dupatta", "white"),
        describe("kurta", "a pink kurta with white flowers printed all over it"),
        sleeves("short", "contradiction"),
        title="Libas Women Pink & White Floral Print Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta, full sleeves, v-neck, gold zari embroidered yoke and gold sleeve hems; navy trousers; navy
    # dupatta with a gold border over one shoulder; white backdrop. Caption: adapter epoch 3; answers: base / reference.
    case(
        "X618-002",
        caption(
            "The woman is wearing a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has "
            "a v-shape neckline. There is an accessory in her neck. The woman is wearing a long-sleeve dress with "
            "pure color patterns. The dress is with silk",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and gold saree", "contradiction"),
        color_of("kurta", "navy blue"),
        color_of("pants", "navy blue"),
        color_of("dupatta", "navy blue"),
        describe("kurta", "the kurta has gold embroidery on the neck and the sleeves"),
        details("kurta", "it has gold embroidery on the neck and mirror work on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        title="Indo Era Women Navy Blue Yoke Design Silk Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow anarkali kurta with white block print, flared, 3/4 sleeves, round neck; white churidar; no
    # dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-003",
        caption(
            "The female is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a round neckline. The female wears leggings.",
            "contradiction",
        ),
        wearing("a yellow anarkali suit"),
        color_of("kurta", "yellow"),
        color_of("pants", "white"),
        color_of("dupatta", "white", "unsupported"),
        describe("kurta", "a long yellow kurta with white prints and a flared bottom"),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        pattern("printed"),
        title="Anouk Women Mustard Yellow & White Block Print Cotton Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: salwar suit: maroon kurta with gold thread embroidery round the neck, long sleeves; maroon salwar; pink
    # dupatta with gold tassels over the left shoulder; white backdrop. Caption: adapter epoch 3; answers:
    # base/reference.
    case(
        "X618-004",
        caption(
            "The gentleman is wearing a long-sleeve upper clothing with pure color patterns. It has a stand neckline. "
            "His pants are of long length.",
            "pronoun",
        ),
        wearing("a maroon suit with a pink dupatta"),
        color_of("kurta", "maroon"),
        color_of("pants", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        describe("kurta", "the kurta is maroon with gold embroidery around the neck"),
        details(
            "kurta",
            "gold embroidery gold embroidery gold embroidery gold embroidery gold embroidery gold embroidery gold "
            "embroidery gold embroidery gold",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Maroon Embroidered Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green straight kurta, short sleeves, white thread work on the yoke; white palazzos; no dupatta; model
    # holds a tan clutch; light grey backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-005",
        caption(
            "The lady wears a short-sleeve upper clothing with pure color patterns. It has a round neckline. The lady "
            "wears long pants. The pants are with pure color patterns."
        ),
        wearing("a green top and white pants"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("pants", "white"),
        describe("kurta", "it is a green kurta with white embroidery on the yoke"),
        sleeves("long", "contradiction"),
        material("silk", "unsupported"),
        title="W Women Sea Green Embroidered Straight Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: off-white chikankari georgette kurta, full sleeves, round neck; white palazzos; peach dupatta over the
    # arms; pearl earrings; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-006",
        caption(
            "The woman wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "chiffon fabric. The neckline of it is round. The woman wears long trousers. The trousers are with "
            "chiffon fabric and pure color patterns. The woman wears long",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta with a peach dupatta"),
        color_of("kurta", "white"),
        color_of("pants", "peach", "other_garment_color"),
        color_of("dupatta", "peach"),
        describe("kurta", "it is a white kurta with white embroidery all over"),
        sleeves("long"),
        title="Ada Women Off-White Chikankari Embroidered Georgette Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: black rayon kurta with gold foil print, 3/4 sleeves, v-neck; black palazzos; no dupatta; gold hoops; hand
    # on hip; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-007",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The neckline of it is v-shape.",
            "contradiction",
        ),
        wearing("she is wearing a black kurta with gold print and black pants"),
        color_of("kurta", "black"),
        color_of("pants", "black"),
        describe(
            "kurta",
            "the kurta is black with gold print Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        material("cotton", "contradiction"),
        title="Varanga Women Black & Gold-Toned Foil Print Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: teal A-line kurta with small gold print, 3/4 sleeves; teal palazzos; mustard dupatta over one shoulder;
    # white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-008",
        caption(
            "The female wears a medium-sleeve upper clothing with graphic patterns. It has a round neckline. The "
            "pants the female wears is of long length. The pants are with pure color patterns."
        ),
        wearing("a blue kurta with a yellow dupatta"),
        color_of("kurta", "teal"),
        color_of("pants", "teal"),
        color_of("dupatta", "teal", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is a long kurta with a gold print on it and it is a long kurta with a gold print on it and it "
            "is a long kurta with",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "yes", "non_answer"),
        title="Biba Women Teal & Gold-Toned Printed A-Line Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: red kurta with white bandhani dots, long sleeves; red patiala salwar; yellow dupatta with a red bandhani
    # border; embroidered juttis; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-009",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The neckline of it is round. The "
            "lady wears long pants.",
            "contradiction",
        ),
        wearing("a red and yellow salwar kameez"),
        color_of("kurta", "red"),
        color_of("pants", "red"),
        color_of("dupatta", "yellow"),
        describe("kurta", "red", "non_answer"),
        details("kurta", "hand block printed by artisans in jaipur", "unsupported"),
        pattern("polka dot"),
        title="Rangriti Women Red Bandhani Print Kurta with Patiala & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: lavender kurta with white thread work at neck and hem, long sleeves, v-neck; white trousers; lavender net
    # dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-010",
        caption(
            "The woman is wearing a long-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "cotton fabric. It has a v-shape neckline. The woman wears long trousers.",
            "unsupported",
        ),
        wearing("a purple kurta and white pants"),
        color_of("kurta", "purple"),
        color_of("pants", "purple", "other_garment_color"),
        color_of("dupatta", "lavender"),
        describe("kurta", "the kurta is light purple with white embroidery on the neck and the hem"),
        details(
            "kurta",
            "white thread embroidery on the neckline and the sleeves and the hem and a small slit on the side and the "
            "kurta is straight with a",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Lavender Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: back view, model turned three-quarters away: olive green floral print kurta, 3/4 sleeves, tie-up dori with
    # tassels at the back; olive trousers; no dupatta; white backdrop. Caption: adapter epoch 3; answers:
    # base/reference.
    case(
        "X618-011",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The lady wears long pants. The pants "
            "are with pure color patterns."
        ),
        wearing("a green kurta with flowers on it"),
        color_of("kurta", "olive"),
        color_of("dupatta", "green", "unsupported"),
        describe("kurta", "the kurta has a tie at the back with tassels"),
        details("kurta", "the details of the kurta", "restated"),
        pattern("solid", "contradiction"),
        title="Global Desi Women Olive Green Floral Print Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: peach straight kurta, solid, long sleeves with gota lace at the hems, v-neck; cream trousers; peach organza
    # dupatta with gota border; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-012",
        caption(
            "This female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a v-shape neckline. The pants this female wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta with white pants"),
        color_of("kurta", "peach"),
        color_of("pants", "cream"),
        color_of("dupatta", "peach"),
        describe("kurta", "it is a long straight kurta with a v neck and gold lace on the sleeves"),
        pattern("floral", "contradiction"),
        material("chiffon", "unsupported"),
        title="Aurelia Women Peach-Coloured Solid Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: side pose: indigo dabu print cotton kurta (white floral motifs), long sleeves, round neck; white cotton
    # pants; no dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-013",
        caption(
            "The lady wears a long-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. The neckline of it is round. The lady wears long pants."
        ),
        wearing("a blue and white dress", "contradiction"),
        color_of("kurta", "navy blue"),
        color_of("pants", "blue", "other_garment_color"),
        describe("kurta", "a blue kurta with white flowers printed on it"),
        details("kurta", "white flowers Question: What is the color of the pants? Answer: white", "leak"),
        pattern("floral"),
        title="Fabindia Women Indigo Dabu Print Cotton Kurta with Pants",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: magenta anarkali with gold zari woven bodice, full sleeves; magenta churidar; magenta dupatta with a gold
    # border; maang tikka; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-014",
        caption(
            "The woman is wearing a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has "
            "a round neckline. There is an accessory on her head. The woman is wearing a long-sleeve dress with pure "
            "color patterns. The dress is with silk",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink and gold lehenga", "contradiction"),
        color_of("kurta", "pink"),
        color_of("dupatta", "pink"),
        describe("kurta", "it is a long anarkali with gold work on the neck and a flared skirt"),
        material("pure silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Meena Bazaar Women Magenta Zari Woven Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: white kurta with black geometric print, short sleeves, round neck; black palazzos; no dupatta; sunglasses
    # in hand; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-015",
        caption(
            "The lady wears a short-sleeve upper clothing with graphic patterns. It has a round neckline. The lady "
            "wears long pants. The pants are with pure color patterns."
        ),
        wearing("he is wearing a white shirt with black design and black pants", "pronoun"),
        color_of("kurta", "black", "other_garment_color"),
        color_of("pants", "black"),
        describe("kurta", "white with black geometric pattern"),
        details("kurta", "no", "non_answer"),
        pattern("geometric"),
        title="AHIKA Women White & Black Geometric Print Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: rust kurta (the seller says Brown) with cream embroidery at the v-neck, long sleeves; off-white palazzos;
    # no dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-016",
        caption(
            "The woman wears a long-sleeve upper clothing with pure color patterns. It has a v-shape neckline. The "
            "woman wears long pants. The pants are with cotton fabric and pure color patterns. The woman wears long "
            "pants. The pants are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange kurta and white pants"),
        color_of("kurta", "rust"),
        color_of("pants", "off white"),
        color_of("dupatta", "brown", "unsupported"),
        describe("kurta", "the kurta is orange with white embroidery on the neck"),
        is_a("kurta", "no", "contradiction"),
        title="Ishin Women Brown Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: girl of about eight in a sleeveless pink kurta with gold print; white churidar; pink net dupatta over the
    # shoulders; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-017",
        caption(
            "The female is wearing a sleeveless upper clothing with graphic patterns. The neckline of it is round. "
            "The female wears leggings."
        ),
        wearing("a little girl in a pink dress", "contradiction"),
        color_of("kurta", "pink"),
        color_of("pants", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("kurta", "the kurta is pink with gold print and it is sleeveless"),
        details("kurta", "gold print on the front and a zip at the back", "unsupported"),
        title="Biba Girls Pink & Gold-Toned Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: yellow chanderi kurta with gota at the hem, 3/4 sleeves; yellow sharara; pink phulkari dupatta with green,
    # orange and yellow thread work; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference.
    case(
        "X618-018",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. It has a round neckline. The "
            "lady wears long pants. The pants are with pure color patterns."
        ),
        wearing("a yellow kurta with a colorful dupatta"),
        color_of("kurta", "yellow"),
        color_of("pants", "yellow"),
        color_of("dupatta", "pink"),
        describe("kurta", "yellow", "non_answer"),
        sleeves("sleeveless", "contradiction"),
        material("chanderi silk"),
        title="Inddus Women Yellow Chanderi Kurta with Sharara & Phulkari Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey kurta with pink floral embroidery on the v-neck yoke, long sleeves; pink trousers; pink dupatta; white
    # backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-019",
        caption(
            "The lady wears a long-sleeve upper clothing with floral patterns. The neckline of it is v-shape. The "
            "lady wears long trousers. The trousers are with pure color patterns."
        ),
        wearing("a grey kurta with pink pants and a pink dupatta"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("pants", "pink"),
        color_of("dupatta", "grey", "other_garment_color"),
        describe("kurta", "the kurta is grey with pink flowers embroidered around the neck"),
        details("kurta", "pink flowers on the neck and pockets on the sides", "unsupported"),
        title="Soch Women Grey & Pink Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: cream kurta with green leaf print, long sleeves; green palazzos; cream dupatta with green print; white
    # backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-020",
        caption(
            "This woman is wearing a long-sleeve upper clothing with floral patterns. The upper clothing is with "
            "cotton fabric. The neckline of it is round. This woman wears long pants. The pants are with cotton "
            "fabric and pure color patterns. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a white and green outfit"),
        color_of("kurta", "green", "other_garment_color"),
        color_of("pants", "green"),
        color_of("dupatta", "cream"),
        describe(
            "kurta",
            "the kurta is white with green leaves printed on it and the kurta is white with green leaves printed on "
            "it and the kurta is white",
            "loop",
            hit_limit=True,
        ),
        title="Juniper Women Cream-Coloured & Green Leaf Print Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: navy blue kurta with white polka dots, short sleeves, v-neck; white trousers; no dupatta; sunglasses in
    # hand, tan sandals; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-021",
        caption(
            "The lady wears a short-sleeve upper clothing with graphic patterns. It has a v-shape neckline. The lady "
            "wears long pants. The pants are with pure color patterns."
        ),
        wearing("navy blue kurta with white polka dots and white pants"),
        color_of("kurta", "navy blue"),
        color_of("pants", "navy blue", "other_garment_color"),
        describe(
            "kurta", "a blue kurta with white polka dots Question: Describe the pants. Answer: white pants", "leak"
        ),
        pattern("polka dot"),
        sleeves("long", "contradiction"),
        title="Nayo Women Navy Blue & White Polka Dot Print Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: monochrome salwar suit: solid purple kurta with thin silver lace at hem and sleeves, 3/4 sleeves; purple
    # salwar; purple chiffon dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference.
    case(
        "X618-022",
        caption(
            "The gentleman wears a medium-sleeve upper clothing with pure color patterns. His pants are of long "
            "length.",
            "pronoun",
        ),
        wearing("a purple salwar suit"),
        color_of("kurta", "purple"),
        color_of("pants", "purple"),
        color_of("dupatta", "purple"),
        describe("kurta", "a purple kurta with silver lace at the hem and sleeves"),
        details(
            "kurta",
            "silver lace on the hem and the sleeves and a round neck with a small cut in the front and the kurta is a "
            "straight kurta that",
            "cut",
            hit_limit=True,
        ),
        pattern("floral", "contradiction"),
        title="Sangria Women Purple Solid Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: orange kurta with mirror work down the front, long sleeves, round neck; white leggings; no dupatta;
    # oxidised jhumkas, bare wrists; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference.
    case(
        "X618-023",
        caption(
            "The lady wears a long-sleeve upper clothing with graphic patterns. The neckline of it is round. The lady "
            "wears leggings. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("an orange kurta and white leggings"),
        color_of("kurta", "orange"),
        color_of("pants", "white"),
        color_of("dupatta", "orange", "unsupported"),
        describe("kurta", "the kurta is orange with small mirrors on the front"),
        details("kurta", "Answer: mirror work", "leak"),
        title="Global Desi Women Orange Mirror Work Kurta with Leggings",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: beige kurta with brown thread embroidery at the neck, long sleeves; brown palazzos; beige dupatta; white
    # backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-024",
        caption(
            "The female is wearing a long-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "knitting fabric. It has a round neckline.",
            "unsupported",
        ),
        wearing("a beige kurta with brown pants"),
        color_of("kurta", "brown", "other_garment_color"),
        color_of("pants", "brown"),
        color_of("dupatta", "beige"),
        describe("kurta", "the kurta is a kurta", "restated"),
        sleeves("short", "contradiction"),
        title="Vishudh Women Beige & Brown Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: mid-stride: turquoise blue solid kurta, 3/4 sleeves, v-neck; white palazzos; turquoise dupatta; white
    # backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-025",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. The neckline of it is v-shape. "
            "The lady wears long pants. The pants are with pure color patterns."
        ),
        wearing("she is wearing a blue kurta and white palazzo pants"),
        color_of("kurta", "blue"),
        color_of("pants", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        describe("kurta", "blue", "non_answer"),
        sleeves("three-quarter"),
        title="Libas Women Turquoise Blue Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: kalamkari print cotton kurta, off-white ground with red, mustard and black floral motifs, 3/4 sleeves;
    # black palazzos; no dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-026",
        caption(
            "The lady wears a medium-sleeve upper clothing with floral patterns. The upper clothing is with cotton "
            "fabric. The lady wears long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory in her",
            "cut",
            hit_limit=True,
        ),
        wearing("a colorful kurta and black pants"),
        color_of("kurta", "multicolor"),
        color_of("pants", "black"),
        describe("kurta", "the kurta is a printed kurta with red and yellow flowers and a black border"),
        pattern("solid", "contradiction"),
        title="Kalini Women Multicoloured Kalamkari Print Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: olive green kurta with a gold embroidered yoke and keyhole neck (no buttons), long sleeves; olive trousers;
    # olive dupatta with gold zari stripes; white backdrop. Seller row has no color. Caption: adapter epoch 3; answers:
    # base zero-shot / reference engine.
    case(
        "X618-027",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The neckline of it is round. The "
            "lady wears long trousers. The trousers are with pure color patterns. The lady wears long trousers. The "
            "trousers are with pure color patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a green kurta set with a green and gold dupatta"),
        color_of("kurta", "olive"),
        color_of("pants", "olive"),
        describe("kurta", "it is a green kurta with a gold yoke and gold buttons", "unsupported"),
        details("kurta", "kurta", "non_answer"),
        is_a("kurta", "yes"),
        title="House of Pataudi Women Olive Green Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: solid coral-peach kurta with white lace at the hem, short sleeves, round neck; white trousers; no dupatta;
    # white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-028",
        caption(
            "This woman is wearing a short-sleeve upper clothing with pure color patterns. It has a round neckline. "
            "This woman wears long pants. The pants are with pure color patterns."
        ),
        wearing("a peach kurta and white pants"),
        color_of("kurta", "peach"),
        color_of("pants", "peach", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is a kurta with a round neck. The kurta is a kurta with a round neck. The kurta is a kurta "
            "with a round neck. The",
            "loop",
            hit_limit=True,
        ),
        sleeves("long", "contradiction"),
        title="Anouk Women Peach-Coloured Solid Kurta with Trousers",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black and white vertical striped cotton kurta, mandarin collar, buttoned placket, long sleeves; black
    # trousers; no dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-029",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline.",
            "contradiction",
        ),
        wearing("a black and white striped kurta with black pants"),
        color_of("kurta", "black"),
        color_of("pants", "black"),
        color_of("dupatta", "black", "unsupported"),
        describe("kurta", "the kurta is black and white striped with buttons down the front and a collar"),
        details("kurta", "buttons on the front Answer: buttons", "leak"),
        pattern("striped"),
        title="Jaipur Kurti Women Black & White Striped Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: maroon velvet kurta with gold embroidery at neck and cuffs, long sleeves; maroon palazzos; gold tissue
    # dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-030",
        caption(
            "The woman is wearing a long-sleeve upper clothing with pure color patterns. The upper clothing is with "
            "cotton fabric. It has a round neckline.",
            "contradiction",
        ),
        wearing("a red velvet kurta with gold embroidery"),
        color_of("kurta", "maroon"),
        color_of("pants", "maroon"),
        color_of("dupatta", "gold"),
        describe(
            "kurta",
            "the kurta is made of velvet and has gold embroidery on the neck and sleeves and it is a very beautiful "
            "kurta and it is very comfortable to wear and it",
            "cut",
            hit_limit=True,
        ),
        material("velvet"),
        title="Aurelia Women Maroon Velvet Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: sky blue kurta with white chikankari embroidery, long sleeves, round neck; white palazzos; no dupatta;
    # pearl studs, hands at her sides with no rings visible; white backdrop. Caption: adapter epoch 3; answers:
    # base/reference.
    case(
        "X618-031",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The neckline of it is round. The "
            "lady wears long pants. The pants are with pure color patterns. She wears a ring.",
            "unsupported",
        ),
        wearing("a light blue kurta with white palazzo pants"),
        color_of("kurta", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        describe("kurta", "the kurta is light blue with white embroidery all over it"),
        details("kurta", "none", "non_answer"),
        material("cotton", "unsupported"),
        title="Ada Women Blue Chikankari Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: bottle green anarkali with gold embroidery at the bodice, full sleeves; green churidar; gold net dupatta;
    # holding a gold potli bag; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. It has a round neckline. The dress is of "
            "long length.",
            "contradiction",
        ),
        wearing("a green anarkali suit with a gold dupatta"),
        color_of("kurta", "green"),
        color_of("pants", "gold", "other_garment_color"),
        color_of("dupatta", "gold"),
        describe("kurta", "Question: Describe the kurta. Answer: a green anarkali kurta with gold embroidery", "leak"),
        details("kurta", "green", "non_answer"),
        title="Meena Bazaar Women Green Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: salwar suit: pink kurta with green floral print, 3/4 sleeves; green salwar; pink dupatta; white backdrop.
    # Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-033",
        caption(
            "The female is wearing a medium-sleeve upper clothing with floral patterns. The upper clothing is with "
            "cotton fabric. The female wears long pants. The pants are with pure color patterns.",
            "unsupported",
        ),
        wearing("a pink kurta with green salwar and a pink dupatta"),
        color_of("kurta", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        describe("kurta", "she is wearing a pink kurta with green flowers"),
        pattern("striped", "contradiction"),
        title="Rangriti Women Pink & Green Printed Kurta with Salwar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: cropped from the neck to the knees, no face: solid red straight kurta, long sleeves, v-neck; white
    # trousers; no dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-034",
        caption(
            "The upper clothing has long sleeves and pure color patterns. It has a v-shape neckline. The lower "
            "clothing is of long length."
        ),
        wearing("he is wearing a red shirt and white pants", "pronoun"),
        color_of("kurta", "red"),
        color_of("pants", "red", "other_garment_color"),
        describe(
            "kurta",
            "red kurta with white pants Question: What is the color of the kurta? Answer: red Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        title="W Women Red Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: mustard yellow solid kurta, 3/4 sleeves, round neck; maroon palazzos; maroon dupatta draped round the neck;
    # white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-035",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. It has a round neckline. The "
            "lady wears long pants. The pants are with pure color patterns. There is an accessory in her neck."
        ),
        wearing("a yellow kurta with red pants and a red dupatta"),
        color_of("kurta", "maroon", "other_garment_color"),
        color_of("pants", "maroon"),
        color_of("dupatta", "maroon"),
        describe("kurta", "the kurta is a mustard yellow kurta with a round neck and three quarter sleeves"),
        material("silk", "unsupported"),
        title="Sangria Women Mustard Yellow & Maroon Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: seated on a wooden stool: white cotton kurta with blue embroidery on yoke and cuffs, long sleeves; blue
    # palazzos; white dupatta with a blue border; white backdrop. Caption: adapter epoch 3; answers: base/reference.
    case(
        "X618-036",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The upper clothing is with cotton "
            "fabric. The lady is sitting on a chair. The lady wears long pants. The pants are with cotton fabric and "
            "pure color patterns. The lady is sitting on",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta with blue pants"),
        color_of("kurta", "white"),
        color_of("pants", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        describe("kurta", "white with blue embroidery on the yoke and the sleeves"),
        details("kurta", "blue embroidery Question: What are the dupatta details? Answer:", "leak"),
        title="Fabindia Women White & Blue Embroidered Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: lime green sleeveless kurta, v-neck, solid; pink palazzos; no dupatta; white backdrop. Caption: adapter
    # epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-037",
        caption(
            "The gentleman is wearing a sleeveless upper clothing with pure color patterns. The neckline of it is "
            "v-shape. His pants are of long length.",
            "pronoun",
        ),
        wearing("a green top and pink pants"),
        color_of("kurta", "green"),
        color_of("pants", "pink"),
        color_of("dupatta", "pink", "unsupported"),
        describe("kurta", "it is a sleeveless green kurta with a v neck"),
        sleeves("sleeveless"),
        is_a("kurta", "no", "contradiction"),
        title="Global Desi Women Lime Green & Pink Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: charcoal grey kurta (clearly mid-grey, not black) with silver foil print, long sleeves; charcoal trousers;
    # no dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-038",
        caption(
            "The lady wears a long-sleeve upper clothing with graphic patterns. It has a round neckline. The lady "
            "wears long trousers. The trousers are with pure color patterns."
        ),
        wearing("a grey kurta and grey pants"),
        color_of("kurta", "black", "contradiction"),
        color_of("pants", "grey"),
        describe("kurta", "the kurta is grey with silver print all over"),
        details(
            "kurta",
            "the kurta has silver print all over it and a round neck with a slit and the sleeves are long and the "
            "kurta is straight cut and it is",
            "cut",
            hit_limit=True,
        ),
        title="Vishudh Women Charcoal Grey & Silver-Toned Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy blue solid kurta, long sleeves, v-neck; navy trousers; red dupatta round the neck; white backdrop.
    # Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-039",
        caption(
            "This woman is wearing a long-sleeve upper clothing with pure color patterns. It has a v-shape neckline. "
            "This woman wears long pants. The pants are with pure color patterns. There is an accessory in her neck."
        ),
        wearing("a blue and red saree", "contradiction"),
        color_of("kurta", "navy blue"),
        color_of("pants", "navy blue"),
        color_of("dupatta", "navy blue", "other_garment_color"),
        describe("kurta", "describe the kurta", "restated"),
        material("georgette", "unsupported"),
        title="Biba Women Navy Blue Solid Kurta with Trousers & Red Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: twirling pose: peach anarkali with small floral print, long sleeves, v-neck; peach churidar; peach dupatta
    # flying out; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-040",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has a v-shape neckline. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a peach floral anarkali"),
        color_of("kurta", "peach"),
        color_of("pants", "white", "contradiction"),
        color_of("dupatta", "peach"),
        describe("kurta", "a long flowing anarkali with flowers printed on it"),
        details("kurta", "the details of the kurta", "restated"),
        sleeves("long"),
        title="Libas Women Peach-Coloured Floral Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: teal kurta with pink embroidery on the yoke and a pink hem border, 3/4 sleeves; pink trousers; pink
    # dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-041",
        caption(
            "The lady wears a medium-sleeve upper clothing with pure color patterns. The neckline of it is round. The "
            "lady wears long trousers. The trousers are with pure color patterns."
        ),
        wearing("she is wearing a green kurta with pink pants and pink dupatta"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("pants", "pink"),
        color_of("dupatta", "pink"),
        describe(
            "kurta",
            "the kurta is a teal kurta with pink embroidery on the yoke and a pink border at the hem and the sleeves "
            "are three quarter length and the",
            "cut",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Soch Women Teal & Pink Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white kurta with a red printed border at the hem, 3/4 sleeves; red palazzos; red dupatta; white
    # backdrop. Seller row has no category. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-042",
        caption(
            "The female wears a medium-sleeve upper clothing with graphic patterns. The neckline of it is round. The "
            "female wears long pants. The pants are with pure color patterns."
        ),
        wearing("a white kurta with red palazzo pants"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("pants", "red"),
        color_of("dupatta", "red"),
        describe("kurta", "the kurta is white with a red printed border at the bottom"),
        details("kurta", "the kurta has details", "restated"),
        material("cotton", "unsupported"),
        title="Kalini Women Off-White & Red Printed Kurta with Palazzos & Dupatta",
        color="Off White",
        gender="Women",
    ),
    # photo: girl of about ten in a yellow kurta with small white floral print, short sleeves; white pants; no dupatta;
    # white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-043",
        caption(
            "The female is wearing a short-sleeve upper clothing with floral patterns. The female wears long pants. "
            "The pants are with pure color patterns."
        ),
        wearing("a yellow shirt and white pants", "contradiction"),
        color_of("kurta", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        describe("kurta", "the kurta is yellow with white flowers and he is wearing white pants", "pronoun"),
        is_a("kurta", "yes"),
        title="Biba Girls Yellow & White Floral Print Kurta with Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: burgundy solid kurta, long sleeves, v-neck; beige trousers; beige dupatta over one arm; white backdrop.
    # Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-044",
        caption(
            "The lady wears a long-sleeve upper clothing with pure color patterns. The neckline of it is v-shape. The "
            "lady wears long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a maroon kurta and beige pants"),
        color_of("kurta", "burgundy"),
        color_of("pants", "beige"),
        color_of("dupatta", "burgundy", "other_garment_color"),
        describe(
            "kurta",
            "it is a maroon kurta with a v neck and long sleeves it is a maroon kurta with a v neck and long sleeves "
            "it is a maroon",
            "loop",
            hit_limit=True,
        ),
        title="AHIKA Women Burgundy & Beige Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: ombre kurta dip-dyed from pink at the shoulders to white at the hem, long sleeves; white trousers; pink
    # dupatta; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-045",
        caption(
            "The gentleman wears a long-sleeve upper clothing with color block patterns. It has a round neckline. His "
            "pants are of long length.",
            "pronoun",
        ),
        wearing("a pink and white kurta with white pants and a pink dupatta"),
        color_of("kurta", "pink"),
        color_of("pants", "white"),
        color_of("dupatta", "pink"),
        describe("kurta", "the kurta is pink at the top and fades to white at the bottom"),
        pattern("solid", "contradiction"),
        title="Nayo Women Pink & White Ombre Dyed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black kurta with red floral embroidery on the yoke, long sleeves; red palazzos; black dupatta with a red
    # border; bare wrists; white backdrop. Caption: adapter epoch 3; answers: base zero-shot / reference engine.
    case(
        "X618-046",
        caption(
            "The lady wears a long-sleeve upper clothing with floral patterns. The neckline of it is round. The lady "
            "wears long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a black kurta with red pants"),
        color_of("kurta", "black"),
        color_of("pants", "black", "other_garment_color"),
        color_of("dupatta", "black"),
        describe("kurta", "the kurta is made of pure silk and has hand embroidered red roses", "unsupported"),
        details("kurta", "red flowers Question: What are the pants details? Answer: red", "leak"),
        title="Sangria Women Black & Red Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
]
