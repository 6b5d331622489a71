"""BLIND_1112 (46 products; old Myntra ethnic wear & dresses; caption epoch 2): written blind in the sixtieth session.
Measured blind at b348683 (the session's third rules): 115/129 failures found (89.1%) and 14/182 correct texts flagged
(7.7%). The writer's notes, verbatim:

Scenario: the older Myntra feed with short seller titles ("W Women Kurta", "Biba Women Dress"), women's ethnic wear
(kurtas, kurtis, kurta sets, sarees, lehengas, a dupatta, a patiala, a churidar, a palazzo, tunics) and dresses, one
girls' kurta. Photos of the shared set's kind: 224x224 stretched product shots on a white backdrop, nearly all worn by
a model who also wears leggings, palazzos, jeans, a dupatta, a blouse or a jacket; one folded saree as a flat lay.
Some rows lack a column (020 has no color, 044 no category, 036 no gender), as real feeds do.

Who wrote what: captions and every open answer (wearing, describe, details, material, the open color questions) come
from blip2-opt-2.7b with the caption adapter at epoch 2 (a checkpoint between the published epoch-1 and epoch-3
caption adapters, same recipe: unmasked labels, no end token), greedy, 50 new tokens for captions and 30 for answers,
stopping on a newline. Its habits: the DeepFashion template ("The lady wears a long-sleeve top with floral patterns.
The lower clothing is of long length."), captions mostly without hue names, a few short base-model captions ("a
woman in a red kurta and dupatta"), kurtas called "top", sometimes "dress", "shirt" or "T-shirt", sarees described
as a blouse and a long skirt, stock inventions (denim, an accessory on the wrist, a ring). At epoch 2 it still stops
on a newline after a short answer about half the time; otherwise it loops or runs to the limit and is cut. It now
and then echoes the `Question: ... Answer:` format, answers a question with the caption template, or returns one
word. Closed answers (garment_type, color, pattern, sleeve_length, the closed color_of questions, "Is this a ...?")
come from enrich's `--engine reference`, which picks one candidate value: they never loop or stop short, but they
pick the leggings', blouse's or dupatta's color or a wrong sleeve length or pattern.

Labeling conventions and judgement calls:
- Garment words: for kurtas and kurtis, "top", "tunic", "kurti" and "anarkali" are correct; "shirt", "T-shirt",
  "blouse" and "dress" are contradictions (caption or closed garment_type alike). "blouse"/"top" for a western tunic
  is correct. A saree captioned as "a long skirt" is a contradiction; "a long skirt" for a lehenga is correct; "pants"
  for a patiala or palazzo is correct, "skirt" for a patiala is a contradiction, "leggings" for a churidar is correct.
- Shades: maroon/red/burgundy, peach/pink, rust/orange, magenta/pink, off white or cream/white, navy/blue,
  teal/turquoise and mustard/yellow count as the same color. For Multi products any color in the print is correct.
- The seller's color can be wrong: 016 is "Brown" but the photo is rust; "rust"/"orange" answers are correct.
- other_garment_color: the product given the color of another garment in the photo (leggings, palazzos, pants, jeans,
  jacket, shoes, a saree's blouse, a choli, a dupatta, the kurti over a palazzo/patiala/churidar), open or closed.
  A color from nowhere, from the white backdrop, or only a print's accent color is a contradiction instead.
- A wrong sleeve length or pattern is a contradiction even when it belongs to another garment (the jacket's long
  sleeves on a slip dress, the kurti's floral print on a plain palazzo).
- unsupported: details the photo does not show (mirror work, pockets, gold buttons, zips, tassels, bows, lace,
  sequins, polka dots on a plain kurta, "denim" for leggings or palazzos, a ring or a wrist accessory nobody wears,
  a wearer for a flat-lay saree). Material answers: a plausible guess for the look is correct; one the title
  contradicts ("denim" for a "Cotton Kurta") is a contradiction; one the photo rules out (velvet for a gota-trim
  kurta, denim for an eyelet sundress) is unsupported.
- One label per text. Format failures first: leak over loop over cut. A text is a loop once it repeats a phrase it
  already said; a template caption that only lists different sentences and is cut at the limit is a cut.
  hit_limit=True on every text that ran to its token limit, whatever its label.
- A text that stopped short on a newline mid-phrase ("the kurta has") is a cut without hit_limit.
- non_answer: one word or yes/no to describe/details, and the caption template returned to a color question
  (no color in it). restated: "the tunic is a tunic", "the kurta details are the details of the kurta".
- pronoun: "he", "the man", "the gentleman" for a woman or girl; it wins over another error in the same text (026's
  caption also says "shirt").
- Short true answers ("a kurta", "a saree", "a white dress") are correct; answers about the whole outfit for the
  dupatta (031) and the bottoms (030, 037, 042) are correct as long as each garment gets its own color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1112 = [
    # photo: mustard straight kurta, small white block-print motifs, 3/4 sleeves, round neck; white churidar, silver
    # jhumkas; white backdrop, front view. Caption and open answers: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-001",
        caption(
            "The lady wears a three-quarter sleeve top with graphic patterns. The top is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white leggings", who="she"),
        color_of("kurta", "mustard"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        details(
            "kurta",
            "the kurta has a round neckline with small white prints and mirror work on the yoke",
            "unsupported",
        ),
        Q.material("cotton"),
        title="Biba Women Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy A-line kurta, white floral print along the hem and cuffs, long sleeves, round neck; beige palazzos;
    # no jewellery; white backdrop, front view. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-002",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is of long length. The lady wears a long "
            "pants. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a blue kurta and beige pants"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        describe("kurta", "the kurta is navy blue with a white floral print along the hem and long sleeves"),
        details(
            "kurta",
            "the kurta has a round neckline with a white floral print along the hem and on the sleeves, and the hem "
            "has a white floral print with a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="W Women Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: knee-length fit-and-flare dress, ikat print in rust, indigo and cream, sleeveless, round neck; barefoot;
    # white backdrop, three-quarter side view. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-003",
        caption(
            "The lady wears a sleeveless dress with complicated patterns. The dress is of medium length. Its fabric "
            "is cotton and the neckline of it is round."
        ),
        wearing(
            "a dress Question: What is the color of the dress? Answer: multicolor Question: What is the pattern of "
            "the dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("multi"),
        Q.sleeve_length("short", "contradiction"),
        details("dress", "the dress has a v-neck, a zipper on the back and two pockets on the side", "unsupported"),
        describe("dress", "a sleeveless dress with an ikat print in rust, blue and cream that flares out at the waist"),
        title="Global Desi Women Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: white chikankari straight kurta, white-on-white embroidery, long sleeves, mandarin collar; blue jeans;
    # tan handbag in her hand; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-004",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The lower clothing is of long length. The "
            "fabric is denim and it has pure color patterns. There is an accessory in her hand."
        ),
        wearing("a white kurta and blue jeans", who="she"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.material("denim", "contradiction"),
        details("kurta", "the kurta has white embroidery all over the front and a mandarin collar"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "the kurta is white with white embroidery and white embroidery and white embroidery and white embroidery "
            "and white embroidery and white",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: short pink kurti with gold foil print, short sleeves, round neck; black leggings; white backdrop, front.
    # Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-005",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a pink top and black leggings"),
        Q.color("pink"),
        Q.garment_type("kurta"),
        details("kurti", " ".join(["gold"] * 30), "loop", hit_limit=True),
        Q.sleeve_length("short"),
        title="Span Women Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon kurta with gold zari embroidery on the yoke, maroon palazzos, beige dupatta with a gold border over
    # one shoulder; white backdrop. Caption/open: caption adapter ep. 2 (base-like caption); closed: reference engine.
    case(
        "X1112-006",
        caption("a woman in a red kurta and dupatta standing in front of a white wall"),
        wearing("a maroon kurta with palazzo pants and a dupatta", who="she"),
        color_of("kurta", "beige", "other_garment_color"),
        describe("kurta set", "the kurta set is a set of kurta", "restated"),
        Q.pattern("embroidered"),
        details("kurta", "the kurta has gold embroidery on the yoke and the dupatta has a gold border"),
        title="Libas Women Kurta Set",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: black maxi dress with a red and green floral print, full sleeves, round neck, no belt, no slit; brown
    # sandals; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-007",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is of long length. The dress is with "
            "chiffon fabric. The lady wears a long-sleeve dress with floral patterns. The dress is of long length. "
            "The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a black floral dress"),
        Q.color("black"),
        Q.sleeve_length("long"),
        color_of("dress", "red", "contradiction", kind="open"),
        details("dress", "the dress has a slit on the side and a belt at the waist", "unsupported"),
        is_a("dress", "yes"),
        title="Anouk Women Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: teal saree with a gold zari border and zari pallu over the shoulder, teal short-sleeve blouse, gold
    # necklace; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-008",
        caption(
            "The lady wears a short-sleeve shirt and a long skirt. The skirt is with silk fabric and pure color "
            "patterns. There is an accessory on her neck.",
            "contradiction",
        ),
        wearing("a saree", who="she"),
        Q.garment_type("saree"),
        Q.color("teal"),
        details(
            "saree",
            "the saree has a gold border and the pallu has gold zari work, the blouse is teal with short sleeves",
        ),
        Q.material("silk"),
        describe(
            "saree",
            "Question: Describe the saree. Answer: the saree is teal with a gold border. Question: What is the color "
            "of the saree? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Soch Women Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: olive green sleeveless kurta with a white geometric print, round neck, high side slits, no collar, no
    # pockets; white cigarette pants; side view, white backdrop. Caption/open: caption adapter ep. 2; closed: reference.
    case(
        "X1112-009",
        caption(
            "The lady wears a sleeveless top with lattice patterns. The top is of long length. The lady wears a long "
            "trousers. The trousers are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive kurta and white pants"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("geometric"),
        details("kurta", "he is wearing a sleeveless kurta with a print and slits on the side", "pronoun"),
        describe(
            "kurta",
            "the kurta is olive green with a white print, a mandarin collar with gold buttons and two pockets",
            "unsupported",
        ),
        title="Vishudh Women Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: red anarkali-style kurta flaring from the waist, gold print, 3/4 sleeves; off-white churidar; white
    # backdrop, front view. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-010",
        caption(
            "The lady wears a three-quarter sleeve top with graphic patterns. The top is of long length. The lady "
            "wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red kurta with gold print and white churidar", who="she"),
        Q.color("red"),
        Q.garment_type("dress", "contradiction"),
        describe(
            "kurta",
            "the kurta is red with a gold print, it flares out from the waist and has three-quarter sleeves",
        ),
        details("kurta", "the kurta details are the details of the kurta", "restated"),
        title="Rangriti Women Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: short indigo dabu-print kurti with white floral motifs, short sleeves, round neck with a button placket;
    # blue jeans; white backdrop. Caption/open: caption adapter ep. 2 (base-like caption); closed: reference engine.
    case(
        "X1112-011",
        caption("a woman wearing a blue top and jeans"),
        wearing("a blue and white printed kurti with jeans"),
        Q.pattern("floral"),
        color_of("kurti", "blue"),
        Q.sleeve_length("long", "contradiction"),
        details("kurti", "the kurti has a round neck and a button placket, with white flowers printed all over"),
        describe(
            "kurti",
            "the kurti is blue with white flowers and has a zipper on the back and embroidered pockets",
            "unsupported",
        ),
        title="Jaipur Kurti Women Blue Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: pink lehenga skirt with silver sequin work, matching short-sleeve cropped choli, sheer pink net dupatta,
    # maang tikka; no mirrors or tassels; white backdrop. Caption/open: caption adapter ep. 2; closed: reference.
    case(
        "X1112-012",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and complicated patterns. There is an accessory on her head. This lady also wears an "
            "outer clothing, with chiffon",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink lehenga with a choli and a dupatta", who="she"),
        Q.garment_type("lehenga"),
        Q.color("pink"),
        details(
            "lehenga",
            "the lehenga has silver sequins and mirror work all over, tassels on the drawstring and a cancan "
            "underneath",
            "unsupported",
        ),
        describe("lehenga", "pink", "non_answer"),
        title="Ahalyaa Women Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow shirt dress with white polka dots, short sleeves, collar, button front, fabric belt, knee length;
    # white sneakers; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-013",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is of medium length. Its neckline "
            "is lapel. There is a belt on her waist."
        ),
        wearing("a yellow dress with white polka dots"),
        Q.pattern("polka dot"),
        color_of("dress", "yellow"),
        describe(
            "dress",
            "The dress is a short-sleeve dress. The dress is of medium length. The dress is with cotton fabric. The "
            "dress is of medium length. The dress is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sassafras Women Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: off-white straight kurta with a green leaf print, 3/4 sleeves, keyhole neckline with a tassel tie; green
    # palazzos; white backdrop, front view. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-014",
        caption(
            "The lady wears a three-quarter sleeve top with floral patterns. The top is of long length. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white kurta and green pants", who="she"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("floral"),
        details("kurta", "she is wearing a kurta with a leaf print and a keyhole neckline with a tassel tie"),
        Q.material("cotton"),
        describe(
            "kurta",
            "the kurta is off white with a green leaf print all over, it has a keyhole neckline with a tassel tie and "
            "three-quarter sleeves with a green",
            "cut",
            hit_limit=True,
        ),
        title="Aurelia Women Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: green kurta with pink embroidery at the neckline, 3/4 sleeves, side slits; green churidar; pink dupatta
    # with a green border; white backdrop. Caption/open: caption adapter ep. 2 (base-like caption); closed: reference.
    case(
        "X1112-015",
        caption("a woman in a green and pink indian outfit"),
        wearing("a green kurta with a pink dupatta"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        describe("kurta", "the kurta is green with pink embroidery around the neck and it is long with side slits"),
        details("kurta", "Answer: the kurta has pink embroidery on the neckline", "leak"),
        Q.sleeve_length("three-quarter"),
        title="Biba Women Green Churidar Kurta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: rust (seller says Brown) handloom kurta with thin white stripes, long sleeves rolled to the elbow, stand
    # collar, no pockets; white pyjama pants; white backdrop. Caption/open: caption adapter ep. 2; closed: reference.
    case(
        "X1112-016",
        caption(
            "The lady wears a long-sleeve top with stripe patterns. The top is with cotton fabric and its neckline is "
            "stand. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange striped kurta and white pants", who="she"),
        Q.color("rust"),
        Q.pattern("striped"),
        details(
            "kurta",
            "the kurta has stripes, a mandarin collar and two pockets on the front with gold buttons",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        title="Mother Earth Women Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: navy A-line midi dress with white horizontal stripes, sleeveless, round neck, plain hem, front view; red
    # flats; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-017",
        caption(
            "The lady wears a sleeveless dress with stripe patterns. The dress is of medium length. The neckline of it "
            "is round."
        ),
        wearing("a blue and white striped dress"),
        Q.color("navy blue"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "he is wearing a striped dress with no sleeves", "pronoun"),
        details("dress", "the dress has a lace trim on the hem and a bow at the back", "unsupported"),
        title="Harpa Women Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: knee-length purple kurta with a silver foil print on the yoke, long sleeves; grey leggings; white
    # backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-018",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. The lady wears a "
            "long leggings.",
            "contradiction",
        ),
        wearing("a purple kurta and grey leggings", who="she"),
        Q.color("purple"),
        Q.pattern("printed"),
        details("kurta", "the kurta has", "cut"),
        Q.material("cotton"),
        describe(
            "kurta",
            "the kurta is purple with a silver print on the yoke Answer: the kurta is purple with a silver print on "
            "the yoke Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Melange Women Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: flat lay, no model: a folded red georgette saree with small gold floral butis and a gold border; white
    # backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-019",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        describe("saree", "the saree is red with small gold flowers and a gold border, it is folded"),
        Q.garment_type("saree"),
        Q.color("red"),
        details(
            "saree",
            "the saree has gold flowers on it, gold flowers on it, gold flowers on it, gold flowers on it, gold "
            "flowers on it, gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette"),
        title="Inddus Women Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: grey melange kurta with black piping on the neckline and cuffs, long sleeves; black churidar; white
    # backdrop. Row has no color column. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-020",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is of long length. The lady wears a "
            "long leggings. The leggings are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a grey kurta and black leggings"),
        color_of("kurta", "black", "other_garment_color"),
        describe("kurta", "a grey kurta with black piping on the neckline and the sleeves"),
        Q.sleeve_length("long"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "kurta", "non_answer"),
        title="W Women Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: peach wrap dress, flutter short sleeves, tie at the waist, knee length, plain fabric; gold hoop earrings,
    # no ring; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of medium length. The "
            "neckline of it is v-shape. This female is wearing a ring on her finger.",
            "unsupported",
        ),
        wearing("a pink dress", who="she"),
        Q.color("peach"),
        Q.sleeve_length("short"),
        details("dress", "it is a wrap dress with a tie at the waist and ruffled sleeves"),
        describe(
            "dress",
            "the dress is peach with a wrap front, a tie at the waist and gold embroidery on the sleeves",
            "unsupported",
        ),
        color_of("dress", "white", "contradiction", kind="open"),
        title="Vero Moda Women Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: tunic with a blue and green paisley print, long sleeves; white skinny jeans; white backdrop.
    # Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-022",
        caption(
            "The lady wears a long-sleeve blouse with floral patterns. The lady wears a long pants. The pants are with "
            "denim fabric and pure color patterns."
        ),
        wearing("a paisley tunic and white jeans"),
        Q.color("blue"),
        Q.pattern("paisley"),
        describe("tunic", "the tunic is a tunic", "restated"),
        details(
            "tunic",
            "The lady wears a long-sleeve blouse with floral patterns. The lady wears a long pants. The lady wears a "
            "long-sleeve blouse with floral",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Tunic",
        category="Tunics",
        color="Multi",
        gender="Women",
    ),
    # photo: turquoise kurta with small pink block-print flowers, short sleeves; white salwar; pink dupatta over her
    # arm; white backdrop. Caption/open: caption adapter ep. 2 (base-like caption); closed: reference engine.
    case(
        "X1112-023",
        caption("a woman wearing a blue dress and a pink scarf", "contradiction"),
        wearing("a turquoise kurta with white salwar and a pink dupatta", who="she"),
        color_of("kurta", "turquoise"),
        Q.pattern("floral"),
        details("kurta", "pink", "non_answer"),
        Q.sleeve_length("short"),
        describe(
            "kurta",
            "the kurta is turquoise with pink flowers, pink flowers, pink flowers, pink flowers, pink flowers, pink "
            "flowers, pink",
            "loop",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: indigo kurta with a white shibori tie-dye pattern, long sleeves, plain v-neck, no pockets; white
    # palazzos; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-024",
        caption(
            "The lady wears a long-sleeve top with complicated patterns. The top is with cotton fabric. The lady "
            "wears a long pants with pure color patterns."
        ),
        wearing("Question: What is the person wearing? Answer: a blue kurta and white pants", "leak"),
        Q.color("blue"),
        Q.pattern("tie-dye"),
        Q.material("cotton"),
        describe("kurta", "the kurta is blue with a white tie dye pattern, it has a v neck and long sleeves"),
        details(
            "kurta",
            "the kurta has a tie dye pattern, tassels on the neckline tie and a pocket on the side",
            "unsupported",
        ),
        Q.sleeve_length("short", "contradiction"),
        title="Fabindia Women Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: black floor-length anarkali kurta with a gold printed band at the hem, sheer long sleeves; black
    # churidar; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-025",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is of long length. Its fabric is "
            "chiffon and it has graphic patterns. Its fabric is chiffon and it has graphic patterns. Its fabric is "
            "chiffon and it",
            "loop",
            hit_limit=True,
        ),
        wearing("a black anarkali", who="she"),
        color_of("kurta", "gold", "contradiction", kind="open"),
        Q.sleeve_length("long"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a gold border at the bottom and sheer sleeves"),
        title="Libas Women Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: beige handloom kurta with maroon kantha embroidery around the round neckline, 3/4 sleeves, no sequins;
    # maroon pants; woman, white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-026",
        caption(
            "The man wears a three-quarter sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The man wears a long trousers.",
            "pronoun",
        ),
        wearing("a beige kurta and maroon trousers"),
        color_of("kurta", "maroon", "other_garment_color"),
        details("kurta", "the kurta has maroon embroidery around the neckline"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "the kurta is beige with maroon embroidery on the neck and sequins on the sleeves",
            "unsupported",
        ),
        title="Taavi Women Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress with spaghetti straps under an open white denim jacket; white
    # backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. This lady also "
            "wears an outer clothing, with denim fabric and pure color patterns."
        ),
        wearing("a green dress and a white jacket", who="she"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.material("satin"),
        Q.sleeve_length("long", "contradiction"),
        describe("dress", "green dress with thin straps and a white denim jacket over it"),
        details("dress", "it is a dress", "non_answer"),
        title="AND Women Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: lemon yellow plain kurta with white lace trim at the hem and cuffs, 3/4 sleeves; white leggings; a watch
    # on her wrist; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-028",
        caption(
            "The lady wears a three-quarter sleeve top with pure color patterns. The top is of long length. The lady "
            "wears a long leggings. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white leggings"),
        Q.color("yellow"),
        details("kurta", "the kurta has white lace at the hem and on the sleeve cuffs"),
        Q.pattern("solid"),
        describe(
            "kurta",
            "the kurta is yellow with white lace at the hem and small white polka dots all over",
            "unsupported",
        ),
        Q.garment_type("dress", "contradiction"),
        title="Sangria Women Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta satin-finish kurta with a gold gota patti border at the hem and slits, long sleeves; gold
    # palazzos; white backdrop. Caption/open: caption adapter ep. 2 (base-like caption); closed: reference engine.
    case(
        "X1112-029",
        caption("a woman in a pink kurta with gold trim"),
        wearing("a pink kurta and gold pants", who="she"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        Q.color("magenta"),
        describe("kurta", "it is a magenta kurta with a gold border at the hem and along the slits"),
        Q.material("velvet", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Varanga Women Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: the product is a plain white wide-leg palazzo with a lace hem, worn under a red floral-print short kurti
    # with short sleeves; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-030",
        caption(
            "The lady wears a short-sleeve top with floral patterns. The lady wears a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("a red top and white pants"),
        color_of("palazzo", "red", "other_garment_color"),
        Q.garment_type("pants"),
        details("palazzo", "the palazzo has lace on the bottom"),
        Q.pattern("floral", "contradiction"),
        describe("palazzo", "Describe the palazzo. Answer: white palazzo pants with lace at the hem", "leak"),
        title="Shree Women Palazzo",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: the product is a mustard chiffon dupatta with pink bandhani dots and gold tassels, draped over a plain
    # white kurta and white churidar; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-031",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is of long length. The lady wears a "
            "long leggings."
        ),
        wearing("a white kurta and a yellow dupatta", who="she"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta", "contradiction"),
        details("dupatta", "the dupatta has pink dots and gold tassels on the ends"),
        Q.pattern("printed"),
        describe("dupatta", "the dupatta is yellow with pink dots and", "cut"),
        title="Soch Women Dupatta",
        category="Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: cobalt blue kurta with a white floral print and matching printed palazzos, long sleeves, mandarin collar
    # with plain fabric buttons; white juttis; a woman; white backdrop. Caption/open: caption adapter ep. 2; closed:
    # reference engine.
    case(
        "X1112-032",
        caption(
            "The gentleman wears a long-sleeve top with floral patterns. The top is of long length. The gentleman "
            "wears a long pants. The pants are with cotton fabric and floral patterns.",
            "pronoun",
        ),
        wearing("a blue floral kurta and palazzo pants", who="she"),
        Q.color("blue"),
        describe("kurta set", "the kurta set is blue with white flowers and the palazzos have the same print"),
        details(
            "kurta set",
            "the kurta has a mandarin collar with gold buttons and mirror work on the sleeves",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        is_a("kurta", "yes"),
        title="Anouk Women Kurta Set",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon long-sleeve bodycon knit dress, above the knee, round neck, no slit, front view only; black ankle
    # boots; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of short length. The dress is "
            "with knitting fabric. The lady wears a pair of boots."
        ),
        wearing("he is wearing a maroon dress and black boots", "pronoun"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        Q.color("burgundy"),
        details("dress", "the dress is a bodycon dress with long sleeves, a round neck and a fitted cut"),
        Q.material("knit"),
        describe("dress", "a maroon bodycon dress with a zip at the back and a slit at the front", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sera Women Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: bottle green A-line kurta with a white floral block print, long sleeves, round neck and cuffs with white
    # piping; white palazzos; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-034",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is of long length. The lady wears a long "
            "pants. The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve top with "
            "floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a green kurta with white flowers and white pants", who="she"),
        color_of("kurta", "green"),
        Q.sleeve_length("long"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: Question: What are the kurta details? Answer: Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        describe(
            "kurta",
            "the kurta is green with a white floral print all over and it has a round neck with white piping and long "
            "sleeves with white piping at the",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: cream kurta with multicolour thread embroidery on the yoke, 3/4 sleeves, plain hem; red churidar and a
    # red dupatta; a woman; white backdrop. Caption/open: caption adapter ep. 2 (base-like caption); closed: reference.
    case(
        "X1112-035",
        caption("a woman wearing a white kurta with red pants and a red scarf"),
        wearing("a kurta"),
        color_of("kurta", "red", "other_garment_color"),
        describe("kurta", "He wears a cream kurta with colorful embroidery on the neck", "pronoun"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter"),
        details("kurta", "the kurta has multicolored embroidery on the yoke and gold coins on the hem", "unsupported"),
        title="Ethnicity Women Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: flared ethnic maxi dress in orange, pink and green block-print panels, long sleeves, round neck; no blue
    # anywhere; white backdrop. Row has no gender. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-036",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is of long length. The dress is "
            "with cotton fabric. Its neckline is round."
        ),
        wearing("a colorful long dress", who="she"),
        Q.color("orange"),
        describe("dress", "yes", "non_answer"),
        details(
            "dress",
            "the dress has a round neck, long sleeves, a flared skirt and panels of orange, pink and green print, and "
            "the sleeves have a print on the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        color_of("dress", "blue", "contradiction", kind="open"),
        title="Biba Women Dress",
        category="Dresses",
        color="Multi",
    ),
    # photo: the product is a black patiala salwar with heavy pleats and a tasselled drawstring, worn under a white
    # and black printed short kurti with short sleeves; white backdrop. Caption/open: caption adapter ep. 2; closed:
    # reference engine.
    case(
        "X1112-037",
        caption(
            "The lady wears a short-sleeve top with graphic patterns. The lady wears a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        wearing("a white top and black pants"),
        Q.garment_type("skirt", "contradiction"),
        color_of("patiala", "white", "other_garment_color"),
        details("patiala", "the patiala has pleats and a drawstring with tassels"),
        describe("patiala", "the patiala is a patiala salwar", "restated"),
        title="Meeranshi Women Patiala",
        category="Patiala",
        color="Black",
        gender="Women",
    ),
    # photo: navy georgette saree with a silver sequin border, pallu over the shoulder, silver sleeveless blouse, a
    # clutch in her hand; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-038",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The lady wears a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. There is an accessory in her hand.",
            "contradiction",
        ),
        wearing("a blue saree and a silver blouse", who="she"),
        Q.color("silver", "other_garment_color"),
        Q.garment_type("saree"),
        details("saree", "the saree has a silver sequin border and it is draped over her shoulder"),
        Q.material("georgette"),
        describe(
            "saree",
            "The saree is a navy blue saree with a silver border. The saree is a navy blue saree with a silver "
            "border. The saree is a navy",
            "loop",
            hit_limit=True,
        ),
        title="Kvsfab Women Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust straight kurta with a black geometric print, long sleeves; black leggings; white backdrop.
    # Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-039",
        caption(
            "The lady wears a long-sleeve T-shirt with lattice patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long leggings.",
            "contradiction",
        ),
        wearing("an orange kurta with black print and black leggings", who="she"),
        Q.color("orange"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        Q.pattern("geometric"),
        Q.sleeve_length("long"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta has a black geometric print", "leak"),
        title="Juniper Women Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: white cotton eyelet (broderie) midi sundress, puff short sleeves, square neck; a straw hat held in her
    # hand; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of long length. There is a hat "
            "in her hand."
        ),
        wearing("a white dress"),
        Q.pattern("solid"),
        details("dress", "the dress has eyelet lace all over and puff sleeves, with a square neck"),
        Q.material("denim", "unsupported"),
        describe("dress", "the dress is white, " + "white, " * 13 + "white", "loop", hit_limit=True),
        Q.sleeve_length("long", "contradiction"),
        title="Kassually Women Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: a girl of about eight in a knee-length pink kurta with a white floral print, short sleeves, no bow; white
    # leggings; white backdrop. Caption/open: caption adapter ep. 2 (base-like caption); closed: reference engine.
    case(
        "X1112-041",
        caption("a little girl in a pink dress standing in front of a white wall", "contradiction"),
        wearing("a pink kurta with white flowers and white leggings", who="the girl"),
        Q.color("pink"),
        describe("kurta", "he is wearing a pink kurta with a flower print", "pronoun"),
        Q.sleeve_length("short"),
        details("kurta", "the kurta has white flowers and a bow at the back", "unsupported"),
        title="Biba Girls Kurta",
        category="Kurtas",
        color="Pink",
        gender="Girls",
    ),
    # photo: the product is a red churidar with ruched ankles, under a long off-white kurta with a small grey floral
    # print and long sleeves; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-042",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is of long length. The lady wears a long "
            "leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a white kurta and red leggings"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("leggings"),
        details("churidar", "the churidar are churidar", "restated"),
        color_of("churidar", "red", kind="open"),
        describe(
            "churidar",
            "red churidar with ruched ankles, ruched ankles, ruched ankles, ruched ankles, ruched ankles, ruched",
            "loop",
            hit_limit=True,
        ),
        title="Span Women Churidar",
        category="Churidar",
        color="Red",
        gender="Women",
    ),
    # photo: teal kurta with a mustard floral print, v-neck and cuffs edged in mustard, long sleeves; mustard
    # palazzos (not denim); a gold bangle; white backdrop. Caption/open: caption adapter ep. 2; closed: reference.
    case(
        "X1112-043",
        caption(
            "The lady wears a long-sleeve top with floral patterns. The top is of long length. The lady wears a long "
            "pants. The pants are with denim fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a teal kurta and yellow pants", who="she"),
        color_of("kurta", "yellow", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "the kurta is teal with a yellow flower print all over, it has a v-neck with a yellow border and long "
            "sleeves with a yellow border at the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="W Women Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: powder pink kurta with white chikan embroidery on the front and sleeves, 3/4 sleeves; white pants; white
    # backdrop. Row has no category. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-044",
        caption(
            "The lady wears a three-quarter sleeve top with pure color patterns. The top is with cotton fabric. The "
            "lady wears a long pants."
        ),
        wearing("a pink kurta and white pants Question: What is the color of the kurta? Answer: pink", "leak"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        details("kurta", "the kurta has white embroidery all over the front and on the sleeves"),
        color_of(
            "kurta",
            "The lady wears a three-quarter sleeve top with pure color patterns.",
            "non_answer",
            kind="open",
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Libas Women Kurta",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green velvet lehenga with gold embroidery, gold short-sleeve choli, green net dupatta, a choker
    # necklace and bangles; white backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-045",
        caption(
            "The lady wears a short-sleeve top with complicated patterns. The lady wears a long skirt. The skirt is "
            "with velvet fabric and complicated patterns. There is an accessory on her neck. There is an accessory on "
            "her wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a green lehenga with a gold blouse and a dupatta", who="she"),
        color_of("lehenga", "gold", "other_garment_color"),
        Q.material("velvet"),
        details("lehenga", "green", "non_answer"),
        Q.garment_type("lehenga"),
        describe("lehenga", "the lehenga is a lehenga choli", "restated"),
        title="Ishin Women Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: black and white horizontally striped tunic, short sleeves, round neck, no pocket; blue jeans; white
    # backdrop. Caption/open: caption adapter ep. 2; closed: reference engine.
    case(
        "X1112-046",
        caption(
            "The lady wears a short-sleeve blouse with stripe patterns. The lady wears a long pants. The pants are "
            "with denim fabric and pure color patterns."
        ),
        wearing("The person is wearing a black and white striped tunic with jeans."),
        Q.pattern("striped"),
        color_of("tunic", "blue", "other_garment_color", kind="open"),
        describe(
            "tunic",
            "she is wearing a tunic. she is wearing a tunic. she is wearing a tunic. she is wearing a tunic. she is "
            "wearing a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        details("tunic", "the tunic has stripes, a round neck and a pocket on the chest with a button", "unsupported"),
        title="Vishudh Women Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
]
