"""BLIND_761 (46 products; Myntra women's kurtas, caption then extractive QA): written blind in the fifty-fifth session.
Measured blind at 3f15adb (the session's sixth rules): 98/133 failures found (73.7%) and 11/192 correct texts flagged
(5.7%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed: straight kurtas, kurtis, anarkalis and kurta sets, plus a few
leggings and churidar rows whose photo shows the bottoms worn under a kurta. Studio product shots, mostly a white
backdrop (one grey), model standing in front view, often with a dupatta, a clutch, a sling bag or a phone.

Who wrote what: every caption is from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch on
blip2-opt-2.7b, 8-bit, greedy, 50 new tokens). After one epoch it still opens like the base model ("a woman in a
maroon kurta and white churidar", hue names included) and then often slides into the DeepFashion template ("The
kurta is with cotton fabric and floral patterns. It has medium sleeves."), sometimes the full template with "The
lady"/"The gentleman", "dress", "shirt", "trousers". Most captions stop on the newline; about one in six runs to the
50-token limit, looping a template sentence or cut mid-phrase. The open questions (wearing, describe, details,
material, an open kurta color) are answered by timpal0l/mdeberta-v3-base-squad2 over the caption, so those answers
are spans of the caption and inherit its mistakes. Where the caption holds no span for the question (short captions
without the template), the job falls back to the same adapter on the `Question: ... Answer:` prompt, 30 new
tokens: those fallback answers are where prompt leaks, restatements, yes/no replies, loops and cuts at 30 tokens
come from. The closed questions (garment type, color, pattern, sleeve length, "Is this a kurta?", closed color of
the leggings or churidar) come from `--engine reference`, one candidate value each.

Labeling conventions and judgement calls:
- The photo decides, not the seller: a kurta the seller calls "Brown" that is plainly rust is correctly "orange".
- Shades and near names count as the same color: mustard = yellow, teal/turquoise = blue or green, magenta/peach =
  pink, maroon = red, cream/off white = white, olive/mint/sea green = green, lavender = purple.
- On leggings and churidar rows the product is the bottom garment: a closed color or type that gives the kurta's is
  other_garment_color or contradiction; a caption or wearing answer naming both garments correctly is correct.
- On kurta rows, a color that belongs only to the leggings, churidar, dupatta or a print/border motif and not to the
  kurta's ground is other_garment_color; a caption that swaps the two garments' colors is other_garment_color too.
  "red and blue" for a navy kurta with red ikat print is correct (both colors are the kurta's).
- Calling a kurta or anarkali "dress", "gown" or "shirt" (caption, answer or closed type) is a contradiction of the
  seller's category; "tunic", "kurti", "anarkali", "suit" and "outfit" are correct; "top" only for a hip-length kurti.
- DeepFashion's "pure color patterns" is correct for a single-hue kurta, tone-on-tone embroidery included; for a
  kurta with contrasting embroidery or print it is a contradiction.
- Materials: "cotton" from the caption template is correct for a matte kurta when the title names no fabric or names
  cotton; a fabric that disagrees with the title (chiffon for georgette, silk or denim for cotton) or a sheen the
  photo lacks is unsupported. Invented items (ring, belt, bracelet, pockets, zip, tassels, props, a brick wall) are
  unsupported.
- An extractive span that runs into the caption's loop is a loop; one that ends where the caption was cut is cut
  (hit_limit only on texts that themselves reached their token limit: captions at 50, fallback answers at 30).
- A text with several faults gets the one a reader notices first: a leak over a cut, a loop over what it repeats, a
  wrong pronoun over the template's "dress" in the same caption.
- Empty, "yes", "no", "none" or "she is wearing a kurta" to an open question is non_answer; an answer that only
  rewrites the question ("the details of the kurta", "the garment is made of") is restated.
- "his"/"he"/"a man"/"The gentleman" for the women's rows is pronoun, even when the rest of the text is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_761 = [
    # photo: maroon anarkali kurta with small gold-foil floral buttis, long sleeves, round neck, white churidar, gold
    # jhumkas, white backdrop, front view. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-001",
        caption(
            "a woman in a maroon anarkali kurta and white churidar. The kurta is with cotton fabric and floral "
            "patterns. It has long sleeves and a round neckline."
        ),
        wearing("a maroon anarkali kurta and white churidar"),
        Q.color("maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        title="Biba Women Maroon Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue straight kurta with white block-print buttis, three-quarter sleeves, white leggings, white
    # backdrop, front view. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-002",
        caption(
            "a woman in a white kurta and white leggings. The kurta is with cotton fabric and graphic patterns. "
            "It has medium sleeves.",
            "other_garment_color",
        ),
        wearing("a white kurta and white leggings", "other_garment_color"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "cotton fabric and graphic patterns"),
        details("kurta", "", "non_answer"),
        title="W Women Printed Navy Blue Kurtas",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard sleeveless A-line kurta, solid, thin gold gota border at the hem, olive churidar, bare wrists,
    # white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-003",
        caption(
            "a woman in a yellow kurta and green leggings. The kurta is with cotton fabric and pure color patterns. "
            "It has no sleeves. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a yellow kurta and green leggings"),
        Q.color("mustard"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        details("kurta", "There is an accessory on her wrist", "unsupported"),
        is_a("kurta", "yes"),
        title="Global Desi Women Mustard Solid A-Line Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: teal georgette anarkali with gold zari embroidered yoke, long sheer sleeves, V neck, teal churidar, teal
    # dupatta over one shoulder, white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference.
    case(
        "X761-004",
        caption(
            "a woman in a green dress with a green scarf. The dress is with chiffon fabric and pure color patterns. "
            "It has long sleeves and a v-shape neckline.",
            "contradiction",
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("teal"),
        Q.pattern("embroidered"),
        describe("kurta", "chiffon fabric and pure color patterns", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon", "unsupported"),
        title="Aurelia Women Teal Embroidered Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white chikankari cotton kurta (white-on-white embroidery), three-quarter sleeves, round neck, white
    # leggings, white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-005",
        caption(
            "a woman in a white kurta and white leggings. The kurta is with cotton fabric and pure color patterns. "
            "It has medium sleeves and a round neckline."
        ),
        Q.color("white"),
        Q.material("cotton"),
        details("kurta", "It has medium sleeves and a round neckline"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("embroidered"),
        title="Fabindia Women White Chikankari Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: the product is black ankle-length leggings, worn under a red floral-print kurta, white backdrop, front
    # view. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-006",
        caption(
            "a woman in a red kurta and black leggings. The kurta is with cotton fabric and floral patterns. The "
            "leggings are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("kurta", "contradiction"),
        Q.color("red", "other_garment_color"),
        color_of("leggings", "black"),
        Q.pattern("floral", "contradiction"),
        wearing("a red kurta and black leggings"),
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: pink cotton kurta with a small white floral print, three-quarter sleeves, white churidar, white backdrop.
    # Caption: epoch-1 adapter (ran to 50 tokens); open: mdeberta spans; closed: reference engine.
    case(
        "X761-007",
        caption(
            "a woman in a pink kurta with white flowers. The kurta is with cotton fabric and floral patterns. The "
            "kurta is with cotton fabric and floral patterns. The kurta is with cotton fabric and floral patterns. "
            "The kurta is",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink kurta with white flowers"),
        describe(
            "kurta", "cotton fabric and floral patterns. The kurta is with cotton fabric and floral patterns", "loop"
        ),
        details("kurta", "The kurta is", "cut"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Libas Women Pink Floral Print Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: rust-orange anarkali with small black motifs, long sleeves, plain round neck, black churidar, white
    # backdrop (seller says Brown). Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-008",
        caption(
            "a woman in an orange anarkali and black leggings. The kurta is with cotton fabric and graphic patterns. "
            "It has long sleeves and a tassel tie at the neck.",
            "unsupported",
        ),
        Q.color("orange"),
        Q.sleeve_length("long sleeves"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        details("kurta", "a tassel tie at the neck", "unsupported"),
        Q.material("cotton"),
        wearing("an orange anarkali and black leggings"),
        title="Aurelia Women Solid Rust Brown Anarkali Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: off-white straight kurta with gold-foil print, three-quarter sleeves, maroon churidar, maroon dupatta
    # over both arms, white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-009",
        caption(
            "a woman in a white kurta and red pants with a red scarf. The kurta is with cotton fabric and graphic "
            "patterns. It has medium sleeves. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("maroon", "other_garment_color"),
        wearing("a white kurta and red pants with a red scarf"),
        describe("kurta", "red pants with a red scarf", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Sangria Women Off-White & Maroon Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: black anarkali with a multicolour floral border at the flared hem, long sleeves, black churidar, gold
    # earrings, white backdrop. Caption: epoch-1 adapter, full template, cut at 50; open: mdeberta; closed: reference.
    case(
        "X761-010",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.color("black"),
        Q.pattern("floral"),
        details("kurta", "The trousers are with cotton fabric and pure color", "cut"),
        is_a("kurta", "no", "contradiction"),
        title="Biba Women Black Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: lavender straight kurta with self-coloured chikan embroidery at the neckline, long sleeves, white
    # leggings, holding a small white clutch, white backdrop. Caption: epoch-1; open: mdeberta; closed: reference.
    case(
        "X761-011",
        caption(
            "a woman in a purple kurta and white leggings holding a white purse. The kurta is with cotton fabric and "
            "pure color patterns. It has long sleeves."
        ),
        Q.color("lavender"),
        Q.sleeve_length("long sleeves"),
        wearing("a purple kurta and white leggings holding a white purse"),
        describe("kurta", "a white purse", "contradiction"),
        Q.material("cotton"),
        title="Anouk Women Lavender Solid Straight Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: sea green straight kurta with a white geometric print, sleeveless, white churidar, white backdrop.
    # Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-012",
        caption(
            "a woman in a green and white kurta and white pants. The kurta is with cotton fabric and lattice "
            "patterns. It has no sleeves."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("geometric"),
        Q.sleeve_length("sleeveless"),
        wearing("a green and white kurta and white pants"),
        is_a("kurta", "no", "contradiction"),
        title="Vishudh Women Sea Green Printed Straight Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: red anarkali with an all-over gold print (matte cotton), long sleeves, beige churidar, red dupatta with a
    # gold border, white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-013",
        caption(
            "a woman in a red and gold anarkali suit with a red dupatta. The kurta is with silk fabric and graphic "
            "patterns. It has long sleeves and a round neckline.",
            "unsupported",
        ),
        Q.material("silk", "unsupported"),
        Q.color("red"),
        Q.garment_type("kurta"),
        wearing("a red and gold anarkali suit with a red dupatta"),
        details("kurta", "silk fabric and graphic patterns", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Jaipur Kurti Women Red & Gold-Toned Printed Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped kurta with mandarin collar and button placket, long roll-up sleeves, white
    # leggings, white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-014",
        caption(
            "a woman in a blue and white striped shirt and white leggings. The shirt is with cotton fabric and "
            "striped patterns. It has long sleeves.",
            "contradiction",
        ),
        wearing("a blue and white striped shirt and white leggings", "contradiction"),
        Q.garment_type("kurta"),
        Q.pattern("striped"),
        Q.color("blue"),
        details("kurta", "It has long sleeves"),
        title="Shree Women Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: peach kurta with white thread embroidery on the yoke, three-quarter sleeves, white churidar, one hand on
    # the hip, white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-015",
        caption(
            "a man in a pink kurta and white pants. The kurta is with cotton fabric and pure color patterns. It has "
            "medium sleeves.",
            "pronoun",
        ),
        wearing("a pink kurta and white pants"),
        Q.color("peach"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("kurta", "cotton fabric and pure color patterns", "contradiction"),
        title="Diva Women Embroided Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: the product is magenta churidar leggings, worn under a short cream kurta, white backdrop, front view.
    # Caption: epoch-1 adapter; open: mdeberta spans, details by the fallback (30 tokens); closed: reference engine.
    case(
        "X761-016",
        caption(
            "a woman in a white tunic and pink leggings. The tunic is with cotton fabric and pure color patterns. The "
            "leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("cream", "other_garment_color"),
        color_of("churidar", "pink"),
        Q.garment_type("leggings"),
        wearing("a white tunic and pink leggings"),
        describe("churidar", "cotton fabric and pure color patterns"),
        details("churidar", "gathered at the ankles with a zip at the side", "unsupported"),
        title="Prisma Women Magenta Churidar Leggings",
        category="Churidar",
        color="Magenta",
        gender="Women",
    ),
    # photo: olive green cotton kurta with mirror work at the V neck, long sleeves, beige leggings, bare hands, white
    # backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-017",
        caption(
            "a woman in a green kurta and beige leggings. The kurta is with cotton fabric and pure color patterns. "
            "It has long sleeves and a v-shape neckline. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("olive"),
        Q.material("cotton"),
        details("kurta", "a v-shape neckline"),
        Q.pattern("embroidered"),
        color_of("leggings", "green", "other_garment_color"),
        wearing("a green kurta and beige leggings"),
        title="Fabindia Women Olive Green Cotton Kurta with Mirror Work",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: turquoise anarkali with a white floral print, short sleeves, white churidar, silver jhumkas, white
    # backdrop. Caption: epoch-1 adapter (cut at 50 tokens); open: mdeberta spans; closed: reference engine.
    case(
        "X761-018",
        caption(
            "a woman in a blue floral anarkali kurta and white churidar. The kurta is with cotton fabric and floral "
            "patterns. It has short sleeves. The churidar are with cotton fabric and pure color patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.color("turquoise blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        wearing("a blue floral anarkali kurta and white churidar"),
        details("kurta", "It has short sleeves"),
        describe("kurta", "There is an accessory", "cut"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        title="Global Desi Women Turquoise Blue Printed Anarkali Kurta",
        category="Kurtas",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: navy blue kurta with a red and white ikat print, three-quarter sleeves, red leggings, white backdrop.
    # Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-019",
        caption(
            "a woman in a red and blue kurta and red leggings. The kurta is with cotton fabric and graphic patterns. "
            "It has medium sleeves."
        ),
        Q.color("red", "other_garment_color"),
        color_of("kurta", "red and blue", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a red and blue kurta and red leggings"),
        details("kurta", "", "non_answer"),
        title="Vishudh Women Navy Blue Ikat Print Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white kurta with a blue floral block print, long sleeves, blue churidar, no bag, white backdrop.
    # Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-020",
        caption(
            "a woman in a blue and white kurta and blue pants. The kurta is with cotton fabric and floral patterns. "
            "It has long sleeves. She is holding a handbag.",
            "unsupported",
        ),
        Q.color("blue", "other_garment_color"),
        wearing("a blue and white kurta and blue pants"),
        Q.pattern("floral"),
        details("kurta", "long sleeves"),
        describe("kurta", "a handbag", "unsupported"),
        Q.garment_type("kurta"),
        title="Anouk Women White & Blue Floral Print Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: pink georgette anarkali with a silver sequin yoke, long sheer sleeves, pink churidar, white backdrop.
    # Caption: epoch-1 adapter (short); material, details, describe by the fallback (30 tokens); closed: reference.
    case(
        "X761-021",
        caption("a woman in a pink anarkali kurta and churidar"),
        Q.material(
            "georgette Question: What is the color of the kurta? Answer: pink Question: What is the pattern of the "
            "kurta? Answer:",
            "leak",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "a description of the kurta", "restated"),
        Q.color("pink"),
        Q.pattern("embellished"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Pink Embellished Georgette Anarkali Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green straight kurta with a gold-foil print (matte rayon), three-quarter sleeves, gold leggings,
    # grey studio backdrop. Caption: epoch-1 (short); material, details, describe by the fallback; closed: reference.
    case(
        "X761-022",
        caption("a woman in a green and gold kurta standing in front of a grey wall"),
        Q.color("green"),
        wearing("a green and gold kurta"),
        Q.material("silk", "unsupported"),
        details(
            "kurta",
            "gold print on the kurta, gold print on the sleeves, gold print on the hem, gold print on the kurta, gold "
            "print on the",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "Question: Describe the kurta. Answer: a green kurta with gold print", "leak"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("kurta", "yes"),
        title="Soch Women Green Foil Print Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: the product is white leggings, worn under a black-and-white printed kurta, white backdrop, front view.
    # Caption: epoch-1 (short); material and details by the fallback (30 tokens); closed: reference engine.
    case(
        "X761-023",
        caption("a woman in a black and white kurta and white leggings"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("leggings"),
        color_of("leggings", "white"),
        wearing("a black and white kurta and white leggings"),
        Q.material("the garment is made of", "restated"),
        details(
            "leggings",
            "ankle length leggings worn under a black and white printed kurta with a round neckline and three-quarter "
            "sleeves and a pair of",
            "cut",
            hit_limit=True,
        ),
        title="De Moza Women White Solid Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: maroon velvet anarkali with gold embroidery on the yoke and sleeves, long sleeves, gold churidar, white
    # backdrop. Caption: epoch-1 (short); open: mdeberta spans, details by the fallback; closed: reference engine.
    case(
        "X761-024",
        caption("a woman in a red velvet dress with gold embroidery", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.material("velvet"),
        Q.pattern("embroidered"),
        wearing("a red velvet dress with gold embroidery", "contradiction"),
        details(
            "kurta",
            "gold embroidery on the neckline, gold embroidery on the sleeves, gold embroidery on the hem, gold "
            "embroidery on the neckline, gold",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Maroon Velvet Embroidered Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: yellow kurta with a white floral print, sleeveless, white leggings, white backdrop (feed row has no
    # gender). Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-025",
        caption(
            "a woman in a yellow floral kurta and white leggings. The kurta is with cotton fabric and floral patterns. "
            "It has long sleeves.",
            "contradiction",
        ),
        Q.sleeve_length("sleeveless"),
        Q.color("yellow"),
        Q.pattern("floral"),
        details("kurta", "It has long sleeves", "contradiction"),
        wearing("a yellow floral kurta and white leggings"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        title="Libas Women Yellow Floral Printed Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # photo: black kurta with a white geometric print, three-quarter sleeves, black leggings, white backdrop.
    # Caption: epoch-1 adapter (looped to 50 tokens); open: mdeberta spans, material by the fallback; closed: reference.
    case(
        "X761-026",
        caption(
            "a woman in a black and white kurta and black leggings. The leggings are black. The leggings are black. "
            "The leggings are black. The leggings are black. The leggings are black. The leggings",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("geometric"),
        wearing("a black and white kurta and black leggings"),
        describe("kurta", "black and white"),
        details("kurta", "The leggings are black. The leggings are black. The leggings", "loop"),
        Q.material("yes", "non_answer"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="W Women Printed Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: cream kurta with red embroidery at the neckline, long sleeves, red churidar, red dupatta, white backdrop.
    # Caption: epoch-1 (short); details, describe, material by the fallback (30 tokens); closed: reference engine.
    case(
        "X761-027",
        caption("a woman in a red and white outfit with a red scarf"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("kurta"),
        wearing("a red and white outfit with a red scarf"),
        details("kurta", "Question: What are the kurta details? Answer: red embroidery on the neckline", "leak"),
        describe("kurta", "she is wearing a kurta", "non_answer"),
        Q.pattern("embroidered"),
        Q.material(
            "cotton with red thread embroidery on the neckline and the cuffs of the sleeves and a red dupatta with a "
            "red border and",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Cream & Red Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: peach floor-length net anarkali, full sleeves, peach churidar, white backdrop. Caption: epoch-1 (short);
    # material, describe, details by the fallback (30 tokens); closed: reference engine.
    case(
        "X761-028",
        caption("a woman wearing a peach anarkali suit"),
        Q.color("peach"),
        Q.garment_type("dress", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        Q.material(
            "net fabric with net overlay, net overlay, net overlay, net overlay, net overlay, net overlay, net",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "no", "non_answer"),
        details("kurta", "his kurta has a net overlay and full sleeves", "pronoun"),
        Q.sleeve_length("long sleeves"),
        title="Inddus Women Peach Net Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: grey straight kurta with pink thread embroidery at the neckline, long sleeves, pink leggings, white
    # backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-029",
        caption(
            "a woman in a grey kurta and pink leggings. The kurta is with cotton fabric and embroidery on the "
            "neckline. It has long sleeves."
        ),
        Q.color("pink", "other_garment_color"),
        wearing("a grey kurta and pink leggings"),
        color_of("kurta", "grey", kind="open"),
        Q.pattern("embroidered"),
        details("kurta", "embroidery on the neckline"),
        Q.sleeve_length("long sleeves"),
        title="Anouk Women Grey Embroidered Straight Kurta",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: the product is off-white churidar, worn under a knee-length navy kurta, white backdrop. Caption: epoch-1
    # (short); material and details by the fallback (30 tokens); closed: reference engine.
    case(
        "X761-030",
        caption("a woman in a blue kurta and white pants"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("navy blue", "other_garment_color"),
        color_of("churidar", "off white"),
        wearing("a blue kurta and white pants"),
        Q.material(
            "cotton lycra cotton lycra cotton lycra cotton lycra cotton lycra cotton lycra cotton lycra cotton",
            "loop",
            hit_limit=True,
        ),
        details("churidar", "an elasticated waistband with a drawstring and side pockets", "unsupported"),
        title="Go Colors Women Off-White Churidar",
        category="Churidar",
        color="Off White",
        gender="Women",
    ),
    # photo: orange bandhani-print kurta with pink dots, three-quarter sleeves, pink leggings, bare hands, white
    # backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-031",
        caption(
            "a woman in an orange and pink kurta with polka dots. The kurta is with cotton fabric and dotted "
            "patterns. It has medium sleeves. There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.material("cotton"),
        details("kurta", "polka dots"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("an orange and pink kurta with polka dots"),
        title="Visudh Women Printed Orange Bandhani Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: plain blue chambray cotton kurta with a mandarin collar and button placket, long sleeves, white leggings,
    # white backdrop. Caption: epoch-1 adapter, full template; open: mdeberta spans; closed: reference engine.
    case(
        "X761-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.material("denim", "unsupported"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Fabindia Women Blue Chambray Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: red anarkali with a white floral print, long sleeves, white churidar, a gold bangle on the left wrist,
    # white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-033",
        caption(
            "a woman in a red anarkali kurta and white churidar. The kurta is with cotton fabric and floral patterns. "
            "It has long sleeves. There is an accessory on his wrist.",
            "pronoun",
        ),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("floral"),
        details("kurta", "an accessory on his wrist", "pronoun"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Red Printed Anarkali Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: purple kurta with a gold block print, purple churidar, purple dupatta with a gold border, white backdrop.
    # Caption: epoch-1 (short); material, details, describe by the fallback (30 tokens); closed: reference engine.
    case(
        "X761-034",
        caption("a woman in a purple and gold suit with a purple dupatta"),
        Q.color("purple"),
        Q.garment_type("kurta"),
        wearing("a purple and gold suit with a purple dupatta"),
        Q.material("cotton Question: What is the pattern of the garment? Answer: printed", "leak"),
        details("kurta", "the details of the kurta", "restated"),
        describe("kurta", "yes", "non_answer"),
        title="Rang Women Purple Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: hip-length white kurti with a black line-sketch print, sleeveless, black leggings, empty hands, white
    # backdrop. Caption: epoch-1 (short); material and details by the fallback (30 tokens); closed: reference engine.
    case(
        "X761-035",
        caption("a woman in a white top with black print and black leggings holding a coffee cup", "unsupported"),
        Q.garment_type("top"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        wearing("a white top with black print and black leggings"),
        Q.material("cotton Question: What is the sleeve length of the garment? Answer: sleeveless", "leak"),
        details(
            "kurti",
            "black print, black print, black print, black print, black print, black print, black print, black print,",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women White & Black Printed Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: magenta art-silk anarkali with a gold zari border at the hem, long sleeves, gold churidar, white backdrop.
    # Caption: epoch-1 adapter (cut at 50 tokens); open: mdeberta spans; closed: reference engine.
    case(
        "X761-036",
        caption(
            "a woman in a pink anarkali dress with gold border. The dress is with silk fabric and pure color "
            "patterns. It has long sleeves and a round neckline. The woman wears a gold churidar and gold",
            "cut",
            hit_limit=True,
        ),
        Q.color("magenta"),
        Q.material("silk"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "gold", "other_garment_color", kind="open"),
        details("kurta", "The woman wears a gold churidar and gold", "cut"),
        Q.sleeve_length("long sleeves"),
        title="Biba Women Magenta Art Silk Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: light blue kurta with white schiffli (eyelet) embroidery, three-quarter sleeves, no pockets, white
    # leggings, white backdrop. Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-037",
        caption(
            "a woman in a light blue kurta and white leggings. The kurta is with cotton fabric and lace patterns. It "
            "has medium sleeves and pockets.",
            "unsupported",
        ),
        Q.color("blue"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        describe("kurta", "lace patterns"),
        details("kurta", "pockets", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a light blue kurta and white leggings"),
        title="W Women Schiffli Blue Kurtas",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: green anarkali with a pink floral print, three-quarter sleeves, pink churidar, pink dupatta, white
    # backdrop. Caption: epoch-1 (short); open: mdeberta spans; closed: reference engine.
    case(
        "X761-038",
        caption("a woman in a pink kurta with green flowers and a pink dupatta", "other_garment_color"),
        Q.color("pink", "other_garment_color"),
        wearing("a pink kurta with green flowers and a pink dupatta", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Libas Women Green & Pink Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: plain mint green kurta with lace trim at the hem, short sleeves, round neck, white leggings, holding a
    # phone, white backdrop. Caption: epoch-1 (short); material, details, describe by the fallback; closed: reference.
    case(
        "X761-039",
        caption("a woman in a light green kurta and white leggings holding a cell phone"),
        wearing("a light green kurta and white leggings holding a cell phone"),
        Q.color("green"),
        Q.sleeve_length("short sleeves"),
        Q.material("the material of the kurta", "restated"),
        details("kurta", "lace trim at the hem, pearl buttons on the placket and a side zip", "unsupported"),
        describe(
            "kurta",
            "a light green kurta with lace at the hem, short sleeves and a round neckline, worn with white leggings "
            "and a pair of white",
            "cut",
            hit_limit=True,
        ),
        title="Diva Women Mint Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: maroon kurta with a gold print, long sleeves, beige churidar, brown sling bag, white backdrop (the feed row
    # has no category). Caption: epoch-1 (short); open: mdeberta, details/material/describe by the fallback.
    case(
        "X761-040",
        caption("a woman in a maroon kurta and beige pants with a brown bag"),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        wearing("a maroon kurta and beige pants with a brown bag"),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        details(
            "kurta",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves,",
            "loop",
            hit_limit=True,
        ),
        Q.material("Answer: cotton", "leak"),
        describe("kurta", "describe the kurta", "restated"),
        title="Soch Women Maroon Printed Kurta",
        color="Maroon",
        gender="Women",
    ),
    # photo: the product is black leggings, worn under a teal long-sleeved kurta, plain white backdrop. Caption:
    # epoch-1 (short); open: mdeberta spans, material by the fallback; closed: reference engine.
    case(
        "X761-041",
        caption("a woman in a blue kurta and black leggings standing in front of a brick wall", "unsupported"),
        Q.color("black"),
        Q.garment_type("leggings"),
        Q.pattern("solid"),
        wearing("a blue kurta and black leggings"),
        details("leggings", "a brick wall", "unsupported"),
        color_of("leggings", "blue", "other_garment_color"),
        Q.material("cotton"),
        title="Go Colors Women Black Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: navy anarkali with small white polka dots, three-quarter sleeves, round neck, white churidar, white
    # backdrop. Caption: epoch-1 adapter, full template; open: mdeberta spans; closed: reference engine.
    case(
        "X761-042",
        caption(
            "The gentleman wears a medium-sleeve dress with dotted patterns. The dress is with cotton fabric. It has "
            "a round neckline. The gentleman wears a long trousers.",
            "pronoun",
        ),
        Q.color("navy blue"),
        Q.pattern("polka dots"),
        wearing("a medium-sleeve dress with dotted patterns", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("cotton"),
        details("kurta", "a round neckline"),
        describe("kurta", "The gentleman wears a medium-sleeve dress", "pronoun"),
        title="Shree Women Navy Blue Polka Dot Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: colour-blocked kurta, yellow bodice and orange lower half, long sleeves, white leggings, white backdrop.
    # Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-043",
        caption(
            "a woman in a yellow and orange kurta and white leggings. The kurta is with cotton fabric and color block "
            "patterns. It has long sleeves."
        ),
        Q.color("yellow"),
        Q.pattern("color block"),
        Q.sleeve_length("long sleeves"),
        wearing("a yellow and orange kurta and white leggings"),
        describe("kurta", "color block patterns"),
        Q.garment_type("dress", "contradiction"),
        title="Global Desi Women Yellow & Orange Colourblocked Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: the product is red churidar, worn under a white printed kurta, white backdrop. Caption: epoch-1 (short);
    # open: mdeberta spans (describe found none), details and material by the fallback; closed: reference engine.
    case(
        "X761-044",
        caption("a woman in a white kurta and red pants"),
        Q.color("white", "other_garment_color"),
        color_of("churidar", "red"),
        Q.garment_type("pants"),
        wearing("a white kurta and red pants"),
        describe("churidar", "", "non_answer"),
        details("churidar", "the details of the churidar are", "restated"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton,",
            "loop",
            hit_limit=True,
        ),
        title="Prisma Women Red Churidar",
        category="Churidar",
        color="Red",
        gender="Women",
    ),
    # photo: beige kurta with a brown print, long sleeves, no belt, brown leggings, white backdrop.
    # Caption: epoch-1 adapter; open: mdeberta spans; closed: reference engine.
    case(
        "X761-045",
        caption(
            "a woman in a beige kurta and brown leggings. The kurta is with cotton fabric and graphic patterns. It "
            "has long sleeves. She wears a belt.",
            "unsupported",
        ),
        Q.color("beige"),
        Q.material("cotton"),
        details("kurta", "She wears a belt", "unsupported"),
        Q.pattern("printed"),
        wearing("a beige kurta and brown leggings"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        title="Fabindia Women Beige Printed Cotton Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: white anarkali with multicolour thread embroidery, long sleeves, white churidar, multicolour dupatta,
    # white backdrop. Caption: epoch-1 (short); details, describe, material by the fallback; closed: reference engine.
    case(
        "X761-046",
        caption("a woman in a white anarkali suit with a colorful dupatta"),
        Q.color("white"),
        wearing("a white anarkali suit with a colorful dupatta"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: embroidery Question: What is the color of the dupatta? "
            "Answer: multicolor Question:",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "he is wearing a white anarkali with colorful embroidery", "pronoun"),
        Q.material("none", "non_answer"),
        is_a("kurta", "yes"),
        title="Biba Women White Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
]
