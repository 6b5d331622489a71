"""BLIND_870 (46 products; Myntra kids' ethnic wear, caption adapter epoch 2): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 111/143 failures found (77.6%) and 19/204 correct texts flagged
(9.3%). The writer's notes, verbatim:

Scenario: a Myntra-like kids' ethnic wear feed (gender Boys/Girls): boys' kurta pyjama sets, kurta sets with a Nehru
jacket, dhoti kurtas and sherwanis; girls' lehenga cholis, pattu pavadais, anarkali sets, sharara sets and ethnic
dresses. Catalog shots of a child on a white, light grey, dark grey or pastel studio backdrop, mostly front view, a
few three-quarter, side or back views; the sets come styled with dupattas, stoles, turbans, juttis and jewellery,
a few with festive props (a diya, marigolds, a stool). Catalog columns: title, category (the seller's article type),
color (the seller's base colour); three rows lack a column, as real feeds do.

Who wrote what: every caption and every open answer (wearing, describe, details, material, open color questions)
is free generation by blip2-opt-2.7b with the caption LoRA at epoch 2 (between the published first-epoch and
third-epoch caption adapters), greedy, 50 new tokens for captions and 30 for answers. It writes the
DeepFashion-MultiModal template ("The boy wears a long-sleeve shirt with pure color patterns and a long pants. The
shirt is with cotton fabric and its neckline is stand."), knows no ethnic garment in captions (a kurta is a
"shirt", a sherwani a "coat", a Nehru jacket a "vest", a lehenga a "long skirt", an anarkali a "long dress"), but
at epoch 2 still answers many questions in short plain phrases with hue names; some prompts get the caption
template back. No end token was trained, so some texts run on to the limit: loops, or a sentence cut mid-way; it
mostly stops after the template's last sentence (the padding it learned), so a complete text is not marked as
having hit the limit. It also echoes the `Question: ... Answer:` format it was trained on. Closed answers (color,
garment_type, pattern, sleeve_length, the yes/no "Is this a ...?" and closed color_of) come from enrich's
`--engine reference`, which ranks candidate values with the same model and returns one of them: never a loop or a
cut, but often the color of the dupatta, stole, jacket or pyjama, or a wrong candidate.

Labeling conventions and judgement calls:
- The template's garment words are treated as correct names for the photo: kurta = "shirt", sherwani = "coat",
  Nehru jacket = "vest" or "jacket", lehenga or pavadai = "long skirt", choli or pavadai blouse = "shirt",
  anarkali = "long dress". "The lady" / "the female" for a girl is correct (right gender); "the lady" or "her" for
  a boy is a pronoun failure.
- Closed garment_type "jacket" is correct for a Nehru jacket (part of the set) but a contradiction for a sherwani
  (the seller's category and the candidate "sherwani" exist); "dress" for a boy's kurta is a contradiction.
- A closed answer (color, sleeve_length, is_a) that gives the dupatta's, stole's, jacket's or pyjama's value for
  the product is labeled contradiction; an open text (answer or caption) that gives one garment another
  garment's color is labeled other_garment_color.
- For a seller color "Multi", a closed color naming one of the product's main colors is correct. Shade words are
  correct within a family: cream or off-white ~ white, magenta ~ pink, mustard ~ yellow, rust ~ orange,
  turquoise ~ blue, lavender ~ purple, olive ~ green.
- The template's "pure color patterns" for a garment whose body is one color with embroidery only at the collar,
  placket or hem is correct; "lattice" for jacquard or brocade and "floral" for a leaf print are correct.
- Material answers that name a fabric the title contradicts (polyester or linen for "Pure Cotton", cotton for
  "Georgette") or that no title supports and the photo does not suggest (velvet on a cotton kurta) are unsupported;
  silk, velvet, brocade or jacquard named where the title or the photo's obvious sheen and weave show it are
  correct. Details the view cannot show (the back of a front shot, the front of a back shot, pockets hidden by a
  dupatta) or that are not in the photo (a belt, a potli bag, a pocket square, a cancan) are unsupported.
- A text that repeats a phrase until the limit is a loop even if its last word is cut; a text that is cut without
  repeating is a cut. Both have hit_limit=True. A text that echoes "Question: ... Answer:" is a leak even when it
  also carries a right answer or repeats.
- A one-word open answer that names only the garment or a bare color ("a lehenga", "red", "kurta", "embroidery",
  "details") is non_answer; a text that returns the question's words ("the lehenga details", "the details of the
  kurta") or begins by repeating the question is restated. A caption template returned for a material question,
  naming no material, is non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_870 = [
    # photo: boy, front view, white backdrop: cream straight knee-length cotton kurta, mandarin collar, three wooden
    # buttons, full sleeves, white pyjama, brown juttis. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-001",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a cream kurta and white pyjama"),
        Q.color("cream"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a mandarin collar and three buttons on the placket, the buttons are wooden"),
        describe(
            "kurta", "the kurta is cream with a mandarin collar, it has a chest pocket and gold buttons", "unsupported"
        ),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Jashvi Boys Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy, front view, light grey backdrop: maroon silk-blend kurta with gold thread embroidery on the collar
    # and placket, full sleeves, cream churidar, gold mojaris. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X870-002",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and its "
            "neckline is stand. The boy wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a maroon kurta with gold embroidery and cream churidar"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        describe(
            "kurta",
            "the kurta is maroon with gold embroidery on the collar and down the placket, it has full "
            "sleeves and side slits",
        ),
        Q.material("silk blend"),
        is_a("sherwani", "yes", "contradiction"),
        title="VASTRAMAY Boys Maroon Embroidered Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop: knee-length navy blue sherwani with gold embroidery on the chest and
    # cuffs, gold buttons, cream churidar, maroon stole over the left shoulder, gold mojaris.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-003",
        caption(
            "The boy wears a long-sleeve maroon coat with graphic patterns and a long pants. The coat is with other "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "other_garment_color",
        ),
        wearing("a navy blue sherwani with a cream churidar and a maroon dupatta"),
        Q.color("navy blue"),
        Q.garment_type("sherwani"),
        color_of("stole", "maroon"),
        color_of("churidar", "navy blue", "other_garment_color", kind="open"),
        details("sherwani", "the sherwani details are the details of the sherwani", "restated"),
        is_a("kurta", "no"),
        title="KISAH Boys Navy Blue & Cream-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl about 8, front view, white backdrop: pink flared ankle-length lehenga with a gold zari border and
    # scattered gold butis, short-sleeve pink choli with an embroidered neckline, off-white net dupatta with gold lace
    # over both arms, gold bangles. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with other "
            "fabric and graphic patterns. The lady wears a long skirt. The skirt is with other fabric and graphic "
            "patterns. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink lehenga choli with an off-white dupatta"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        describe(
            "lehenga",
            "the lehenga is pink with a gold border at the hem and small gold motifs all over, it is "
            "flared and ankle length",
        ),
        Q.sleeve_length("short sleeves"),
        title="Sangria Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop: mustard yellow ankle-length cotton anarkali with a small white-and-red
    # floral print and gota lace at the hem, three-quarter sleeves, round neck, mustard churidar, green dupatta with
    # a gold border over one shoulder. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-005",
        caption(
            "The female wears a long dress with floral patterns. The dress is with cotton fabric and its neckline is "
            "round. The female wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a yellow anarkali with a green dupatta"),
        Q.color("green", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "anarkali",
            "the anarkali has a floral print, a round neck, gota lace at the hem and a zip on the back",
            "unsupported",
        ),
        color_of("dupatta", "mustard", "other_garment_color", kind="open"),
        Q.material("cotton"),
        title="Aarika Girls Mustard Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: sea green full-sleeve kurta, sleeveless navy blue Nehru jacket with a
    # white floral print buttoned over it (mandarin collar, no pockets), white pyjama, brown sandals.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-006",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a vest with floral patterns. The shirt is "
            "with cotton fabric. The vest is with cotton fabric and its neckline is stand. The boy wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue jacket over a green kurta and white pyjamas"),
        Q.color("navy blue", "contradiction"),
        color_of("kurta", "green", kind="open"),
        details(
            "jacket",
            "the jacket has a floral print, a mandarin collar, buttons down the front and two patch pockets with flaps",
            "unsupported",
        ),
        Q.pattern("printed"),
        is_a("sherwani", "yes", "contradiction"),
        title="Jashvi Boys Sea Green Kurta with Pyjamas & Navy Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: girl, three-quarter view, pastel pink studio wall: magenta silk lehenga with a wide gold brocade border,
    # gold brocade sleeveless choli, magenta dupatta with gold tassels over one shoulder.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-007",
        caption(
            "The lady wears a sleeveless tank shirt with graphic patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns."
        ),
        wearing("the girl is wearing a pink and gold lehenga"),
        Q.color("magenta"),
        color_of("choli", "magenta", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "lehenga",
            "the lehenga is magenta with a wide gold border at the hem, it is made of silk and it has a gold border "
            "at the hem and a gold border at the",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        is_a("dress", "yes", "contradiction"),
        title="Bitiya by Bhama Girls Magenta & Gold-Toned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: off-white knee-length cotton silk sherwani with a tonal self-design and
    # gold buttons, white churidar, maroon stole over both shoulders, beige mojaris.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-008",
        caption(
            "The boy wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("an off-white sherwani with a maroon stole and white churidar", who="the boy"),
        Q.color("white"),
        details("sherwani", "gold buttons and a self design on the fabric"),
        Q.material("cotton silk"),
        describe("sherwani", "she is wearing a white sherwani with gold buttons", "pronoun"),
        Q.garment_type("jacket", "contradiction"),
        title="Fabindia Kids Boys Off-White Cotton Silk Sherwani Set",
        category="Sherwani",
        color="Off White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: peach short-sleeve kurti with a silver sequin yoke, flared peach
    # sharara, peach net dupatta with a sequin border around the neck, silver juttis; sheer party fabric.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric and its neckline is round. The pants are with chiffon fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach kurti and sharara with a dupatta"),
        Q.color("peach"),
        Q.pattern("embellished"),
        details(
            "sharara",
            "the sharara is peach, the sharara is peach, the sharara is peach, the sharara is peach, the sharara is",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("short sleeves"),
        title="Pspeaches Girls Peach-Coloured Sequinned Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: bright yellow short cotton kurta with a band collar and short button
    # placket, full sleeves, white pre-stitched dhoti pants, tan sandals. Caption/open: caption adapter ep2;
    # closed: reference engine.
    case(
        "X870-010",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("Question: What is the person wearing? Answer: a yellow kurta and white dhoti", "leak"),
        Q.color("yellow"),
        color_of("dhoti", "white"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta has a band collar, a short button placket and a side pocket", "unsupported"),
        Q.material("cotton"),
        title="BownBee Boys Yellow & White Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl, front view, light grey backdrop: teal floor-length cotton anarkali gown with a gold foil ethnic
    # motif print and gold border at the hem, full sleeves, round neck, no dupatta, gold earrings.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-011",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her ear."
        ),
        wearing("a teal dress with gold print"),
        Q.color("teal"),
        Q.sleeve_length("full sleeves"),
        describe(
            "dress",
            "the dress is long and flared, with a gold print all over and a gold border at the bottom, it has a round "
            "neck and full sleeves, and a matching dupatta",
            "unsupported",
        ),
        details(
            "dress",
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.pattern("solid", "contradiction"),
        title="Biba Girls Teal Blue Ethnic Motifs Printed Anarkali Gown",
        category="Ethnic Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: black cotton kurta with a small white geometric buti print all over,
    # full sleeves, mandarin collar, white pyjama, black sandals. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X870-012",
        caption(
            "The boy wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("black and white kurta pajama"),
        Q.color("white", "contradiction"),
        color_of("kurta", "black with white print", kind="open"),
        Q.pattern("printed"),
        details("kurta", "kurta", "non_answer"),
        describe(
            "kurta",
            "the kurta is black with a white print and it has a white print and a white print and a white print and "
            "a white print and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Sojanya Boys Black & White Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: red lehenga with mirror work and a gold gota border, red short-sleeve
    # choli with mirror work, red-and-gold dupatta pinned on one shoulder and falling over the waist, red bangles.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-013",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt. The skirt is with other fabric "
            "and other patterns. There is an accessory on her wrist."
        ),
        wearing(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt. The skirt is with other fabric "
            "and other patterns. The lady wears a short-sleeve shirt with other patterns and a long skirt. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.pattern("embellished"),
        describe("choli", "the choli is red with small mirrors and a gold border on the sleeves"),
        color_of("dupatta", "red and gold", kind="open"),
        Q.garment_type("lehenga choli"),
        details(
            "lehenga",
            "the lehenga has mirror work, a gold gota border, a drawstring waist with tassels and pockets on both "
            "sides",
            "unsupported",
        ),
        title="Aarika Girls Red & Gold-Toned Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: royal blue sleeveless jacquard Nehru jacket with a tonal paisley weave,
    # mandarin collar, five buttons, a welt pocket on the chest and two at the waist, over a cream full-sleeve kurta
    # and cream pyjama (styling, not sold); no watch or bracelet. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X870-014",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a vest with lattice patterns. The vest is "
            "with other fabric and its neckline is stand. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a blue jacket over a cream kurta"),
        Q.color("cream", "contradiction"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("jacket", "blue", kind="open"),
        details(
            "jacket",
            "the jacket has a paisley pattern woven into the fabric, a mandarin collar, five buttons "
            "and pockets at the front",
        ),
        Q.material("jacquard"),
        title="YK Boys Blue Woven Design Jacquard Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: lavender lehenga with pastel floral thread embroidery, lavender
    # sleeveless choli, lavender net dupatta, silver juttis. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X870-015",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The skirt is with other "
            "fabric and floral patterns."
        ),
        wearing("he is wearing a purple lehenga", "pronoun"),
        Q.color("lavender"),
        Q.pattern("floral"),
        describe("lehenga", "a lehenga", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        title="Kinder Kids Girls Lavender Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front view, light grey backdrop: white pure cotton kurta with white chikankari embroidery on the
    # yoke and cuffs, mandarin collar, full sleeves, white pyjama, tan kolhapuri sandals.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-016",
        caption(
            "The boy wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("white kurta pyjama"),
        Q.color("white"),
        Q.material("polyester", "unsupported"),
        details("kurta", "white embroidery on the yoke and the cuffs, the kurta has a round neck", "contradiction"),
        Q.garment_type("kurta"),
        describe("kurta", "she wears a white kurta with white embroidery", "pronoun"),
        title="Fabindia Kids Boys White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: bottle green pure silk pattu pavadai (long skirt) with a wide gold zari
    # border at the hem, green silk blouse with gold borders on its puff sleeves, gold jhumkas and necklace, no
    # dupatta. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns. There is an accessory on her neck."
        ),
        wearing("a green silk skirt and a blouse with gold border"),
        Q.color("gold", "contradiction"),
        Q.material("silk"),
        describe(
            "skirt",
            "the skirt is green with a golden border at the bottom and a golden border at the bottom and a golden "
            "border at the bottom and a",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.sleeve_length("short sleeves"),
        details("blouse", "the blouse details are the details of the blouse", "restated"),
        title="Bitiya by Bhama Girls Green & Gold-Toned Pure Silk Pattu Pavadai",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: rust orange cotton kurta with a small beige block print, mandarin collar,
    # buttons, full sleeves, beige pyjama, brown sandals. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-018",
        caption(
            "The boy wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The boy "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a orange kurta with beige pajama"),
        Q.color("brown", "contradiction"),
        color_of("pyjamas", "rust", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe("kurta", "the kurta is rust with a small print, it has a mandarin collar and buttons"),
        Q.material("the kurta is made of silk fabric", "unsupported"),
        title="Vastramay Boys Rust Orange Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Rust",
        gender="Boys",
    ),
    # photo: boy, front view, white backdrop: knee-length gold-toned brocade sherwani, stand collar, gold buttons,
    # plain cuffs, cream churidar, red safa (turban) with a brooch, red stole.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-019",
        caption(
            "The boy wears a long-sleeve coat with lattice patterns and a long pants. The coat is with other fabric. "
            "There is a hat on his head."
        ),
        wearing("a gold sherwani and a red turban"),
        Q.color("gold"),
        color_of("turban", "gold", "other_garment_color", kind="open"),
        Q.garment_type("sherwani"),
        details(
            "sherwani",
            "the sherwani has a brocade pattern all over, a stand collar, a row of gold buttons down the front, "
            "embroidered cuffs and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("brocade"),
        describe(
            "sherwani",
            "Question: Describe the sherwani. Answer: Question: Describe the sherwani. Answer: Question: Describe",
            "leak",
            hit_limit=True,
        ),
        title="Jashvi Boys Gold-Toned Brocade Sherwani with Churidar & Safa",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: navy blue knee-length flared cotton ethnic dress with a gold foil print
    # and gold yoke, short flutter sleeves, no belt, bare legs, gold sandals. Caption/open: caption adapter ep2;
    # closed: reference engine.
    case(
        "X870-020",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round."
        ),
        wearing("a blue dress with white leggings", "unsupported"),
        Q.color("navy blue"),
        Q.sleeve_length("short sleeves"),
        describe(
            "dress", "it is a navy blue dress with gold print, knee length, with a belt at the waist", "unsupported"
        ),
        Q.pattern("printed"),
        is_a("lehenga", "yes", "contradiction"),
        color_of("dress", "Question: What is the color of the dress? Answer: blue", "leak", kind="open"),
        Q.material("the dress is made of silk with a satin lining", "unsupported"),
        title="Aarika Girls Navy Blue & Gold-Toned Printed A-Line Cotton Ethnic Dress",
        category="Ethnic Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl, front view, white backdrop: colour-blocked lehenga, orange upper half and pink lower panel with a
    # gold border, pink sleeveless choli, orange dupatta with a gold border draped across.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-021",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long skirt. The skirt is with other "
            "fabric and color block patterns."
        ),
        wearing("an orange and pink lehenga with a dupatta"),
        Q.color("orange"),
        Q.pattern("colourblocked"),
        color_of("choli", "orange", "other_garment_color", kind="open"),
        details("lehenga", "the lehenga details", "restated"),
        is_a("lehenga", "no", "contradiction"),
        title="Sangria Girls Orange & Pink Colourblocked Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy, three-quarter view, white backdrop: mustard full-sleeve kurta, sleeveless cream Nehru jacket with a
    # small mustard-and-green print and buttons, cream pyjama. Caption/open: caption adapter ep2; closed: reference.
    case(
        "X870-022",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a vest with graphic patterns. The vest is "
            "with cotton fabric and its neckline is stand. The boy wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a mustard kurta and a cream jacket"),
        Q.color("mustard"),
        color_of("kurta", "cream", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        details("jacket", "her jacket is printed with buttons", "pronoun"),
        Q.sleeve_length("long sleeves"),
        title="Jashvi Boys Mustard Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: white cotton ankle-length anarkali with a pink-and-green floral print,
    # round neck, three-quarter sleeves, white churidar, pink chiffon dupatta over one shoulder.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-023",
        caption(
            "The female wears a long dress with floral patterns. The dress is with cotton fabric and its neckline is "
            "round. The female wears a long pants."
        ),
        wearing("a white floral anarkali with a pink dupatta"),
        Q.color("pink", "contradiction"),
        describe("anarkali", "the anarkali is white with pink flowers, it is long and flared, and the dupatta is pink"),
        Q.sleeve_length("three-quarter sleeves"),
        color_of("dupatta", "Answer: pink", "leak", kind="open"),
        Q.material("cotton"),
        details(
            "anarkali",
            "the anarkali has a floral print, a round neck with a keyhole and tassels at the back, and a gota lace "
            "border at",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls White & Pink Floral Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: green cotton kurta with small round mirror work on the placket and
    # cuffs, full sleeves, white pyjama. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-024",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing(
            "green kurta white pyjama white pyjama white pyjama white pyjama white pyjama white pyjama white pyjama "
            "white pyjama",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("embellished"),
        details("kurta", "mirror work on the placket and the cuffs"),
        Q.material("velvet", "unsupported"),
        color_of("pyjamas", "green", "other_garment_color", kind="open"),
        title="Sojanya Boys Green Mirror Work Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl, front view, dark grey studio backdrop: maroon velvet lehenga with a gold sequin border, gold
    # brocade short-sleeve blouse, pink net dupatta with a gold border over both arms; her hands are empty.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-025",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns."
        ),
        wearing("a maroon lehenga with a pink dupatta and a golden blouse"),
        Q.color("maroon"),
        color_of("blouse", "maroon", "other_garment_color", kind="open"),
        Q.material("velvet"),
        describe(
            "lehenga",
            "the lehenga is maroon velvet with a gold border, and the girl is holding a small potli bag in her hand",
            "unsupported",
        ),
        Q.garment_type("lehenga"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="YK Girls Maroon & Gold-Toned Velvet Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: purple full-sleeve cotton kurta, silver-grey shimmer sleeveless Nehru
    # jacket, white pyjama, silver mojaris. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-026",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a vest with pure color patterns. The vest "
            "is with other fabric and its neckline is stand."
        ),
        wearing("he is wearing a purple kurta with a silver jacket"),
        Q.color("grey", "contradiction"),
        color_of("jacket", "silver", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "the details of the kurta", "restated"),
        Q.material("the jacket is made of silk and the kurta is made of silk", "unsupported"),
        title="Vastramay Boys Purple Kurta with Silver-Toned Nehru Jacket & Pyjamas",
        category="Kurta Sets",
        color="Purple",
        gender="Boys",
    ),
    # photo: girl sitting on a wooden stool, three-quarter view, white backdrop, marigolds on the floor: yellow
    # short-sleeve cotton kurti with a white floral print, yellow sharara with a white print, white dupatta with a
    # yellow pom-pom border, no rings. Caption/open: caption adapter ep2; closed: reference engine. Feed lacks category.
    case(
        "X870-027",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and floral patterns. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a yellow sharara suit"),
        Q.color("yellow"),
        Q.pattern("floral"),
        describe(
            "sharara",
            "she is wearing a yellow sharara with white flowers printed on it, the sharara is wide at the bottom",
        ),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Pspeaches Girls Yellow & White Floral Printed Kurti with Sharara & Dupatta",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: beige sherwani with maroon thread embroidery on the collar, placket and
    # hem, covered buttons, no pocket square, maroon churidar, maroon mojaris.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-028",
        caption(
            "The boy wears a long-sleeve coat with pure color patterns and a long pants. The coat is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a beige sherwani with maroon pants"),
        Q.color("maroon", "contradiction"),
        color_of("churidar", "maroon", kind="open"),
        describe(
            "sherwani",
            "the sherwani is long and cream with maroon embroidery on the collar and the front, it has gold buttons "
            "and a pocket square",
            "unsupported",
        ),
        Q.garment_type("sherwani"),
        details("sherwani", "embroidery", "non_answer"),
        title="KISAH Boys Beige & Maroon Embroidered Sherwani with Churidar",
        category="Sherwani",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: pink georgette flared anarkali with a silver sequin yoke, sleeveless,
    # white churidar, no dupatta. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The lady wears a long pants."
        ),
        wearing("a pink anarkali with white churidar"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        details("anarkali", "sequins on the yoke"),
        Q.material("cotton", "unsupported"),
        describe(
            "anarkali",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        color_of("churidar", "pink", "other_garment_color", kind="open"),
        title="Kinder Kids Girls Pink Sequinned Georgette Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: navy blue solid cotton kurta, stand collar, button placket, no pocket,
    # full sleeves, white pyjama; holds a lit brass diya, a marigold garland at his feet.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-030",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand."
        ),
        wearing("a black kurta and white pajamas", "contradiction"),
        Q.color("navy blue"),
        color_of("pyjamas", "navy blue", "other_garment_color", kind="open"),
        details(
            "kurta",
            "the kurta has a stand collar and a button placket and a pocket on the chest and a pocket on the chest "
            "and a pocket on the chest and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        Q.material("cotton"),
        describe("kurta", "Question: Describe the kurta. Answer: a navy blue kurta", "leak"),
        title="BownBee Boys Navy Blue Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: cream cotton lehenga with a pink, green and blue floral print, pink
    # short-sleeve choli, pink dupatta with a gota border over both shoulders (the back is not seen).
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns."
        ),
        wearing("a white floral lehenga with pink choli and pink dupatta"),
        Q.color("pink", "contradiction"),
        color_of("lehenga", "cream with flowers", kind="open"),
        describe("lehenga", "The lehenga is with cotton fabric and floral patterns."),
        Q.sleeve_length("short sleeves"),
        Q.material(
            "the lehenga is made of cotton fabric and the choli is made of cotton fabric and the dupatta is made of "
            "cotton fabric and the lehenga is",
            "loop",
            hit_limit=True,
        ),
        details(
            "choli", "the choli is pink with a gold border on the sleeves and a tie-up back with tassels", "unsupported"
        ),
        title="Aarika Girls Cream & Pink Floral Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: red jacquard kurta with gold woven motifs, stand collar, gold buttons,
    # full sleeves, cream pyjama, red-and-gold mojaris. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-032",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. Her shirt is with other "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a red kurta"),
        Q.color("red"),
        Q.pattern("woven design"),
        details("kurta", "the kurta has gold woven motifs all over, a stand collar, gold buttons"),
        Q.material("jacquard"),
        describe("kurta", "red", "non_answer"),
        color_of("pyjamas", "red", "other_garment_color", kind="open"),
        title="YK Boys Red & Gold-Toned Woven Design Jacquard Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
        gender="Boys",
    ),
    # photo: girl twirling, three-quarter view, white backdrop: turquoise blue lehenga with a gold embroidered hem,
    # turquoise sleeveless choli, gold tissue dupatta. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns."
        ),
        wearing("a blue lehenga with a blue dupatta", "other_garment_color"),
        Q.color("turquoise blue"),
        color_of("dupatta", "turquoise", "other_garment_color", kind="open"),
        describe(
            "lehenga",
            "the lehenga is turquoise with gold embroidery at the bottom, it has a flared skirt and a matching top",
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("The lady wears a sleeveless tank top with pure color patterns and a long skirt.", "non_answer"),
        title="Sangria Girls Turquoise Blue & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: boy, back view, white backdrop: plain grey sleeveless Nehru jacket (back panel), white kurta sleeves and
    # hem showing, white pyjama; the jacket's front is not visible. Caption/open: caption adapter ep2;
    # closed: reference engine. Feed lacks the category column.
    case(
        "X870-034",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a vest with pure color patterns. The vest "
            "is with cotton fabric. The boy wears a long pants."
        ),
        wearing("a grey jacket and white pants"),
        Q.color("grey"),
        details("jacket", "the jacket has a mandarin collar, five buttons and two pockets", "unsupported"),
        Q.garment_type("jacket"),
        color_of("kurta", "grey", "other_garment_color", kind="open"),
        Q.pattern("printed", "contradiction"),
        title="Jashvi Boys Grey Solid Nehru Jacket with White Kurta & Pyjamas",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: black lehenga with a gold foil print and gold border, black
    # short-sleeve choli with gold print, red net dupatta; the lehenga falls straight (no cancan).
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-035",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with other "
            "fabric and graphic patterns. The lady wears a short-sleeve shirt with graphic patterns and a long skirt. "
            "The skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and gold lehenga choli with a red dupatta"),
        Q.color("black"),
        color_of("lehenga", "red", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        is_a("lehenga", "yes"),
        details(
            "lehenga", "gold print and a gold border, the lehenga has a cancan underneath for flare", "unsupported"
        ),
        title="Bitiya by Bhama Girls Black & Gold-Toned Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: peach short cotton kurta, full sleeves, cream dhoti with a gold border.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-036",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand."
        ),
        wearing(
            "Question: What is the person wearing? Answer: a peach kurta and a white dhoti Question: What is the "
            "color of the dhoti? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.material("cotton"),
        describe("dhoti", "cream with a gold border"),
        Q.garment_type("dress", "contradiction"),
        color_of("dhoti", "peach", "other_garment_color", kind="open"),
        details("kurta", "yes", "non_answer"),
        title="Fabindia Kids Boys Peach Cotton Kurta with Dhoti",
        category="Kurta Sets",
        color="Peach",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: green cotton anarkali with pink thread embroidery at the yoke, V-neck,
    # full sleeves, green churidar, pink dupatta. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-037",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape."
        ),
        wearing("green anarkali with a pink dupatta"),
        Q.color("green"),
        Q.pattern("embroidered"),
        color_of("anarkali", "pink", "other_garment_color", kind="open"),
        details("anarkali", "details", "non_answer"),
        Q.sleeve_length("full sleeves"),
        describe(
            "anarkali",
            "the anarkali is green with pink thread embroidery on the yoke, it is floor length and flared, with full "
            "sleeves and a v neck and the",
            "cut",
            hit_limit=True,
        ),
        title="Biba Girls Green Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: maroon velvet sherwani with gold zardozi on the collar and chest, one
    # gold brooch on the left chest, gold-toned shimmer churidar, gold mojaris; no watch or bracelet.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-038",
        caption(
            "The boy wears a long-sleeve coat with pure color patterns and a long pants. The coat is with other "
            "fabric and its neckline is stand. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("he wears a maroon sherwani and gold pants"),
        Q.color("maroon"),
        Q.material("velvet"),
        color_of("churidar", "maroon", "other_garment_color", kind="open"),
        describe(
            "sherwani",
            "the sherwani is maroon velvet with gold embroidery on the collar and chest, it has a gold brooch on the "
            "left side and a gold brooch on the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sherwani"),
        title="KISAH Boys Maroon Velvet Sherwani with Gold-Toned Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: rust cotton short kurti with gold embroidery at the neckline only,
    # three-quarter sleeves, rust sharara with a plain hem, beige dupatta. Caption/open: caption adapter ep2;
    # closed: reference engine.
    case(
        "X870-039",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a orange kurti and sharara pants with a beige dupatta"),
        Q.color("beige", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "sharara",
            "the sharara is rust, wide legged, with a gold embroidered border at the bottom and side pockets",
            "unsupported",
        ),
        Q.material("cotton"),
        details("kurti", "the kurti has gold embroidery on the neckline and mirror work on the sleeves", "unsupported"),
        title="Vastramay Girls Rust Embroidered Cotton Kurti with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Girls",
    ),
    # photo: boy, side view, white backdrop: sky blue pure cotton kurta with full sleeves and plain cuffs, side slit
    # visible, white pyjama. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-040",
        caption(
            "The boy wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("What is the person wearing? a blue kurta", "restated"),
        Q.color("blue"),
        color_of("pyjamas", "white"),
        details("kurta", "the kurta has side slits and full sleeves with plain cuffs"),
        Q.material("linen", "unsupported"),
        describe("kurta", "a kurta", "non_answer"),
        title="BownBee Boys Sky Blue Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: red silk pattu pavadai (long skirt, pleated at the waist) with a wide
    # gold zari border, gold blouse with red borders on its puff sleeves; she holds a small brass pooja thali.
    # Caption/open: caption adapter ep2; closed: reference engine. Feed lacks the color column.
    case(
        "X870-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with other "
            "fabric and pure color patterns. There is an accessory in her hand."
        ),
        wearing("a red skirt and a gold blouse"),
        Q.color("red"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        describe(
            "skirt",
            "the skirt is red silk with a wide gold zari border at the bottom, pleated at the waist, and the blouse "
            "has puff sleeves with a red border and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("lehenga"),
        Q.material("silk"),
        details("blouse", "the blouse details", "restated"),
        title="Aarika Girls Red & Gold-Toned Silk Pattu Pavadai",
        category="Lehenga Choli",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: cream full-sleeve kurta, maroon sleeveless Nehru jacket with gold
    # buttons, cream pyjama. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-042",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a vest with pure color patterns. The vest "
            "is with other fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a cream kurta and maroon jacket", "pronoun"),
        Q.color("maroon", "contradiction"),
        color_of("kurta", "cream", kind="open"),
        details("jacket", "gold buttons"),
        Q.sleeve_length("long sleeves"),
        describe("jacket", "the jacket is cream with gold buttons", "other_garment_color"),
        title="Sojanya Boys Cream-Coloured Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: pink lehenga with a blue floral print and blue border, blue sleeveless
    # choli, pink dupatta. Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-043",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and floral patterns."
        ),
        wearing(
            "The lady wears a sleeveless tank shirt and a long skirt. The lady wears a sleeveless tank shirt and a "
            "long skirt. The lady wears a sleeveless",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("choli", "pink", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        describe("lehenga", "the lehenga is pink with blue flowers and a blue border"),
        Q.material("Answer: cotton", "leak"),
        title="Kinder Kids Girls Pink & Blue Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: olive green cotton kurta with a small cream leaf print, mandarin collar,
    # buttons down the front, full sleeves with buttoned cuffs, cream pyjama. Caption/open: caption adapter ep2;
    # closed: reference engine.
    case(
        "X870-044",
        caption(
            "The boy wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton fabric "
            "and its neckline is stand. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("Question: What is the person wearing? Answer:", "leak"),
        Q.color("olive"),
        Q.pattern("solid", "contradiction"),
        describe(
            "kurta", "the kurta is olive green with a small leaf print, mandarin collar, and buttons on the front"
        ),
        color_of("pyjamas", "olive green", "other_garment_color", kind="open"),
        Q.material("cotton"),
        details(
            "kurta",
            "the kurta has a leaf print, a mandarin collar, buttons down the front and the sleeves are full length "
            "with buttoned cuffs, and the kurta has",
            "cut",
            hit_limit=True,
        ),
        title="Vastramay Boys Olive Green Printed Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl, front view, white backdrop: lavender anarkali with silver thread embroidery at the yoke and hem,
    # three-quarter sleeves, round neck, lavender churidar, white net dupatta. Caption/open: caption adapter ep2;
    # closed: reference engine.
    case(
        "X870-045",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a purple dress", "pronoun"),
        Q.color("lavender"),
        color_of("dupatta", "white"),
        details("anarkali", "silver embroidery on the yoke and at the hem"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("embroidered"),
        describe("churidar", "the churidar is the churidar", "restated"),
        title="Biba Girls Lavender Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front view, white backdrop: white short cotton kurta with full sleeves, white dhoti, saffron-orange
    # angavastram with a gold border draped around the neck and over one shoulder.
    # Caption/open: caption adapter ep2; closed: reference engine.
    case(
        "X870-046",
        caption(
            "The boy wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. There is a scarf on his neck."
        ),
        wearing("a white kurta and dhoti with an orange stole"),
        Q.color("orange", "contradiction"),
        color_of("dhoti", "white"),
        details("kurta", "Question: What are the kurta details? Answer: the kurta is white", "leak"),
        Q.garment_type("kurta"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Fabindia Kids Boys White & Orange Cotton Kurta with Dhoti & Angavastram",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
]
