"""BLIND_530 (46 products; men's and boys' ethnic and festive wear: kurtas, sets, nehru jackets, sherwanis): written
blind in the fiftieth session. Measured blind at d754f45 (the session's rules as they stood): 103/135 failures found
(76.3%) and 12/179 correct texts flagged (6.7%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a men's ethnic and festive night: kurtas, kurta pyjama sets (with
pyjamas, churidars or dhotis), nehru jackets and ethnic jackets worn over kurtas, sherwanis, bandhgalas, dhotis and
churidars sold alone. Models wear full outfits, often layered (a white kurta under a mustard nehru jacket), sometimes
with a turban (safa), a stole or juttis; backdrops are plain studio walls, a few coloured walls, a carved door,
marigold garlands and diyas. Each product has the seller's title, category, color and gender; a few rows miss the
gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
white kurta and pyjama ...") or from the caption-only LoRA adapter at epoch 3 (the DeepFashion template, "The
gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The adapter was
trained with no end-of-answer token, so each of its texts runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked any question, it returns its template. The open questions (wearing,
description, details, material, and this set's own embroidery and headwear questions) come from the base model
unless the comment says the adapter answered them; the base model stops on its own and never has hit_limit. The
closed questions (garment_type, color, pattern, sleeve_length, the per-piece kurta / pyjama / jacket colors and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers from the VQA adapter, chosen from candidate sets;
they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, wine or burgundy; blue for navy, indigo, teal blue
  or powder blue; yellow for mustard or haldi; white or cream for off white, ivory or beige; brown for coffee or
  tan; green for olive, sea green or bottle green; pink for peach; purple for lavender; orange for rust or saffron;
  gold for a gold or beige-gold brocade, yellow for a gold-toned silk, maroon for wine. Navy called black, maroon
  called pink, rust called red, cream called yellow are contradictions.
- The product is the piece the seller sells. For a nehru jacket or ethnic jacket worn over a kurta, the kurta's color
  given as the garment's color (closed color, or an open answer about the jacket) is other_garment_color; naming the
  kurta in its own right color ("a white kurta and a yellow jacket") is correct. The same for a churidar or dhoti
  sold alone: the kurta's color given as the product's color is other_garment_color. A per-piece color question
  answered with the color of another piece in the photo is other_garment_color; one answered with a color no piece
  has is contradiction. The zari, border or embroidery color (gold on a maroon sherwani) given as the garment's
  color is contradiction, not other_garment_color, since it is not another garment.
- A turban, stole, juttis or pocket square that the photo shows may be named; they are not the product but naming
  them is correct. The color of a wall, of garlands or of a prop mentioned as such ("in front of a red wall") is
  correct. Invented items (a sword, a watch, sunglasses, a necklace, a turban on a bare head, a pocket square that is
  not there, buttons on a placket-less kurta, juttis on a photo cropped at the knee) are unsupported, and so is a
  material neither named by the seller nor visible (silk for a cotton kurta, velvet for a jacquard jacket).
- Garment synonyms are correct: kurta set / kurta and pants / kurta pajama for a kurta with pyjama or churidar;
  pants or pyjama for a churidar; vest or waistcoat for a nehru jacket; suit or coat for a bandhgala; long coat for
  a sherwani; shirt for a short kurta in the adapter's template (the template has no word for kurta, and Indian feeds
  call short kurtas "kurta shirts"). Dress for a kurta or a sherwani, T-shirt or shirt for a sherwani or bandhgala,
  skirt for a dhoti, jeans for a churidar are contradictions.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut; a template returned for the material question is restated (also cut). The template's "pure color
  patterns" on a printed or embroidered kurta, or its cotton fabric on silk, is not labelled: the loop or cut is what
  the auditor sees first. Where the template misnames the product itself (a sherwani as a shirt, a nehru jacket worn
  open as "a long-sleeve shirt"), that is contradiction, hit_limit kept.
- Base answers: one cut short by an early stop ("it is made of") is cut, without hit_limit. An empty answer, "the
  details of the kurta", "it is a garment", "it is made of fabric" are non_answer; the material question answered
  with the garment's name and color is restated, and so is "the garment is a kurta" for "Describe the garment.".
  Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "she" or "a woman" for a man or a boy is pronoun (the base model says it for long kurtas and pastel sets).
- Closed sleeve_length for a nehru jacket or a sleeveless ethnic jacket: "sleeveless" is correct; "long sleeves"
  (the kurta's sleeves under it) is contradiction. Pattern "solid" for a kurta whose only work is a self-colour
  embroidered yoke is accepted; "solid" for an all-over print is contradiction, and "striped" for a jacquard is too.
- garment_type candidates include kurta, jacket, coat, shirt, dress, pants, suit; "jacket" for a nehru jacket or a
  bandhgala is correct, "shirt" for a kurta is correct, "coat" for a sherwani is correct, "dress" for either is not.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_kurta = question("color_kurta", "What is the color of the kurta?", "closed")
color_pyjama = question("color_pyjama", "What is the color of the pyjama?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
embroidery = question("embroidery", "What embroidery is on the garment?", "open")
headwear = question("headwear", "What is the man wearing on his head?", "open")

BLIND_530 = [
    # photo: man in a white chikankari-embroidered cotton kurta and white pyjama, brown juttis, beige studio backdrop,
    # full front view.
    # no adapter text
    case(
        "X530-001",
        caption("a man in a white kurta and pyjama standing in front of a beige wall"),
        D.wearing("a white kurta pajama"),
        D.color("white"),
        D.pattern("embroidered"),
        D.material("cotton"),
        color_pyjama("white"),
        title="Men White Chikankari Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a navy blue silk-blend kurta, white churidar, tan juttis, light grey backdrop, front view.
    # caption: adapter
    case(
        "X530-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue kurta and white pants"),
        D.color("black", "contradiction"),
        color_pyjama("white"),
        D.sleeve_length("long sleeves"),
        D.material("silk"),
        D.details(
            "it has a mandarin collar Question: what is the color of the churidar? Answer: white",
            "leak",
        ),
        title="Men Navy Blue Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mustard yellow woven nehru jacket over a white kurta and white pyjama, white backdrop, front
    # view.
    # no adapter text
    case(
        "X530-003",
        caption("a man in a yellow vest and a white kurta"),
        D.wearing("a white kurta and a yellow jacket"),
        D.color("white", "other_garment_color"),
        color_jacket("yellow"),
        is_a("nehru jacket", "yes"),
        D.sleeve_length("sleeveless"),
        D.description("a white jacket with a collar", "other_garment_color"),
        title="Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: groom look: man in a maroon sherwani with gold zari embroidery, cream churidar, maroon safa turban, cream
    # dupatta over one shoulder, beige backdrop, front view.
    # details: adapter
    case(
        "X530-004",
        caption("a man in a red sherwani and a turban"),
        D.wearing("a red and gold sherwani with a sword", "unsupported"),
        D.color("gold", "contradiction"),
        D.garment_type("dress", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline.",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk"),
        headwear("a red turban"),
        title="Men Maroon Embroidered Art Silk Sherwani Set",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a black bandhgala suit (closed-neck jacket with brass buttons, black trousers), white shirt cuffs
    # not visible, grey backdrop, front view.
    # caption: adapter
    case(
        "X530-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black suit"),
        D.garment_type("shirt", "contradiction"),
        D.color("black"),
        D.details("gold buttons on the front"),
        D.material("it is made of", "cut"),
        D.pattern("striped", "contradiction"),
        title="Men Black Solid Bandhgala Suit",
        category="Suits",
        color="Black",
        gender="Men",
    ),
    # photo: man in a cream dhoti with a thin gold border, white short kurta tucked out, bare feet, white backdrop,
    # front view. The product is the dhoti.
    # no adapter text
    case(
        "X530-006",
        caption("a man in a white kurta and a white dhoti"),
        D.wearing("a white shirt and a skirt", "contradiction"),
        D.color("white"),
        D.details("it has a gold border"),
        D.material("cotton"),
        D.description("a white dhoti with a red border", "contradiction"),
        title="Men Cream-Coloured Solid Dhoti with Zari Border",
        category="Dhotis",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a green cotton kurta with a small white floral print all over, white pyjama, grey backdrop.
    # caption and description: adapter
    case(
        "X530-007",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.pattern("solid", "contradiction"),
        D.color("green"),
        color_pyjama("white"),
        D.material("cotton"),
        title="Men Green Floral Printed Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: man with shoulder-length hair in a peach lucknowi kurta and white pyjama, white juttis, pale pink
    # backdrop, front view.
    # no adapter text
    case(
        "X530-008",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        D.wearing("she is wearing a pink kurta", "pronoun"),
        D.color("pink"),
        D.pattern("embroidered"),
        color_pyjama("pink", "other_garment_color"),
        D.details("embroidery on the front and sleeves"),
        title="Men Peach-Coloured Lucknowi Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: three-piece set: cream kurta, cream pyjama, olive green nehru jacket with a small woven motif, white
    # backdrop, front view.
    # details, material: adapter
    case(
        "X530-009",
        caption("a man in a green vest and white kurta"),
        D.wearing("a green jacket and a white kurta pajama"),
        color_kurta("white"),
        color_jacket("green"),
        color_pyjama("green", "other_garment_color"),
        D.details(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has "
            "a stand neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Cream Kurta with Pyjamas and Olive Nehru Jacket",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: groom in an ivory sherwani with heavy gold embroidery, ivory churidar, pink safa with a brooch, pearl mala
    # around the neck, carved wooden door behind, front view.
    # caption: adapter
    case(
        "X530-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. There is an accessory on his head. The gentleman wears a long trousers. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white sherwani and a pink turban"),
        D.color("white"),
        D.garment_type("coat"),
        embroidery("gold embroidery"),
        headwear("a pink turban"),
        D.material("silk", "unsupported"),
        color_pyjama("pink", "other_garment_color"),
        title="Men Ivory Embroidered Sherwani Set with Safa",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a teal blue solid kurta and white pyjama, standing against a red painted brick wall, front view.
    # details: adapter
    case(
        "X530-011",
        caption("a man in a blue kurta standing in front of a red wall"),
        D.wearing("a blue kurta and white pajamas"),
        D.color("red", "contradiction"),
        color_kurta("blue"),
        D.description("a long blue kurta with a mandarin collar"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Men Teal Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: boy of about six in a yellow kurta, white pyjama and a multicolour printed nehru jacket, white backdrop,
    # front view.
    # no adapter text
    case(
        "X530-012",
        caption("a little boy in a yellow kurta and a colorful vest"),
        D.wearing("a yellow kurta and white pants"),
        D.color("yellow"),
        color_jacket("yellow", "other_garment_color"),
        is_a("kurta", "yes"),
        D.details("she is wearing a vest with flowers", "pronoun"),
        title="Boys Yellow Kurta with Pyjamas and Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man in a maroon velvet bandhgala jacket with black buttons, black trousers, white pocket square, grey
    # backdrop, front view.
    # description: adapter
    case(
        "X530-013",
        caption("a man in a red velvet jacket and black pants with a tie", "unsupported"),
        D.wearing("a maroon jacket and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("velvet"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Men Maroon Velvet Bandhgala Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a black kurta with gold metal buttons on the placket, black pyjama, black juttis, white backdrop.
    # no adapter text
    case(
        "X530-014",
        caption("a man in a black kurta pajama"),
        D.wearing("a black kurta with gold buttons"),
        D.color("black"),
        D.details(
            "gold buttons Question: what is the color of the pyjama? Answer: black",
            "leak",
        ),
        color_pyjama("black"),
        D.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a blue and white vertically striped cotton kurta, white pyjama, light blue backdrop, front view.
    # details: adapter
    case(
        "X530-015",
        caption("a man in a blue and white striped kurta"),
        D.pattern("striped"),
        D.color("blue"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a stand neckline. The shirt is with cotton "
            "fabric and striped patterns.",
            "loop",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        D.wearing("a blue and white striped shirt and jeans", "contradiction"),
        title="Men Blue & White Striped Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white kurta and white dhoti with a gold zari border, white backdrop, temple-style brass lamp on
    # the floor beside him, front view.
    # description: adapter
    case(
        "X530-016",
        caption("a man in a white kurta and dhoti standing next to a lamp"),
        D.wearing("a white kurta and a white dhoti"),
        D.color("gold", "contradiction"),
        D.details("the border is gold"),
        is_a("dhoti", "yes"),
        D.material("the kurta is white", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        title="Men White Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in a rust orange solid kurta, off-white churidar, tan juttis, beige backdrop, front view.
    # details: adapter
    case(
        "X530-017",
        caption("a man in an orange kurta and white churidar"),
        D.wearing("an orange kurta"),
        D.color("red", "contradiction"),
        color_pyjama("white"),
        D.sleeve_length("long sleeves"),
        D.description("", "non_answer"),
        D.material("silk", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Men Rust Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Rust",
    ),
    # photo: man in a grey printed nehru jacket (small black paisley print) over a black kurta and black pyjama, grey
    # backdrop, front view.
    # caption: adapter
    case(
        "X530-018",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black kurta and a grey vest"),
        D.color("black", "other_garment_color"),
        color_jacket("grey"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Grey Paisley Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a beige-gold jacquard sherwani, cream churidar, red stole draped over one shoulder, mojaris, bare
    # head, cream backdrop, front view.
    # no adapter text
    case(
        "X530-019",
        caption("a man in a gold sherwani with a red scarf"),
        D.wearing("a red sherwani", "contradiction"),
        D.color("gold"),
        D.pattern("striped", "contradiction"),
        D.material("silk"),
        D.details("the buttons are gold and the scarf is red"),
        D.description("a gold sherwani with a red scarf and a necklace", "unsupported"),
        headwear("a red turban", "unsupported"),
        title="Men Beige & Gold Jacquard Silk Sherwani with Stole",
        category="Sherwani",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a lavender kurta with self-colour thread work on the yoke, white pyjama, white backdrop.
    # wearing: adapter
    case(
        "X530-020",
        caption("a man in a purple kurta and purple pants", "other_garment_color"),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.pattern("solid"),
        color_pyjama("white"),
        D.material("cotton"),
        D.details("she has embroidery on the neck", "pronoun"),
        title="Men Lavender Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a red kurta with gold zari on the placket, white pyjama, holding a lit diya, marigold garland on a
    # wall behind, front view.
    # description: adapter
    case(
        "X530-021",
        caption("a man holding a candle in front of a wall with orange flowers"),
        D.wearing("a red kurta and white pajamas"),
        D.color("orange", "contradiction"),
        color_kurta("red"),
        D.details("gold embroidery on the collar and buttons"),
        D.material("it is made of fabric", "non_answer"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Red Zari Woven Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
        gender="Men",
    ),
    # photo: man in a black longline ethnic jacket (knee length, sleeveless, silver thread embroidery) over a white
    # kurta and white churidar, grey backdrop, front view, jacket open.
    # details: adapter
    case(
        "X530-022",
        caption("a man in a black jacket and white kurta"),
        D.wearing("a black and white outfit"),
        D.color("black"),
        color_jacket("white", "other_garment_color"),
        embroidery("silver embroidery on the jacket"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material("a black jacket", "restated"),
        title="Men Black Embroidered Longline Ethnic Jacket",
        category="Ethnic Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white churidar pyjama (the product) worn with a navy short kurta, full-length shot, white
    # backdrop, front view.
    # no adapter text
    case(
        "X530-023",
        caption("a man in a blue kurta and white pants"),
        D.wearing("a blue kurta and white churidar"),
        D.color("blue", "other_garment_color"),
        is_a("pair of pants", "yes"),
        D.details("the churidar has details", "non_answer"),
        D.material("it is made of cotton and", "cut"),
        color_pyjama("blue", "other_garment_color"),
        title="Men White Solid Churidar Pyjama",
        category="Churidar",
        color="White",
        gender="Men",
    ),
    # photo: man in a pink floral printed nehru jacket over a white kurta and white pyjama, white backdrop.
    # no adapter text
    case(
        "X530-024",
        caption("a man in a white kurta and a pink floral vest"),
        D.wearing("a white kurta with a pink vest"),
        D.description("a white jacket with pink flowers", "other_garment_color"),
        D.color("pink"),
        D.pattern("floral"),
        color_kurta("white"),
        D.material("silk", "unsupported"),
        color_jacket("white", "other_garment_color"),
        title="Men Pink Floral Printed Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a wine velvet sherwani with dark red thread work, wine churidar, no headwear, dark grey backdrop.
    # caption: adapter
    case(
        "X530-025",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red velvet sherwani"),
        D.color("maroon"),
        headwear("a turban", "unsupported"),
        D.material("velvet"),
        D.details(
            "he is wearing a sherwani Question: what is the sherwani made of? Answer: velvet",
            "leak",
        ),
        title="Men Wine Velvet Embroidered Sherwani Set",
        category="Sherwani",
        color="Wine",
        gender="Men",
    ),
    # photo: man in a sea green kurta with small silver sequins on the yoke, white pyjama, pale grey backdrop.
    # details: adapter
    case(
        "X530-026",
        caption("a man in a green kurta with sequins"),
        D.wearing("a green kurta and green pants", "other_garment_color"),
        D.color("green"),
        D.pattern("embroidered"),
        embroidery("sequins on the chest"),
        D.material("satin", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        title="Men Sea Green Sequinned Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: man in a navy bandhgala suit (jacket and trousers) with a red pocket square, brown shoes, blue-grey wall,
    # front view.
    # no adapter text
    case(
        "X530-027",
        caption("a man in a navy suit with a red pocket square"),
        D.wearing("a black suit", "contradiction"),
        D.color("red", "contradiction"),
        D.garment_type("suit"),
        D.details("it has a mandarin collar and", "cut"),
        D.material("wool"),
        D.pattern("checked", "contradiction"),
        D.description("a navy suit with a red pocket square and a red tie", "unsupported"),
        title="Men Navy Blue Solid Bandhgala Suit",
        category="Suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a mustard haldi kurta and white pyjama, yellow marigold garlands hanging behind, front view.
    # no adapter text
    case(
        "X530-028",
        caption("a man in a yellow kurta standing in front of flowers"),
        D.wearing("a yellow kurta with white pajamas"),
        D.color("orange", "contradiction"),
        color_pyjama("white"),
        D.details("the details of the kurta", "non_answer"),
        D.sleeve_length("long sleeves"),
        D.pattern("floral", "contradiction"),
        title="Men Mustard Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a cream kurta, cream pyjama and maroon woven nehru jacket, maroon turban, tan juttis, beige wall.
    # caption and details: adapter
    case(
        "X530-029",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. There is an accessory on his head. The gentleman wears a sleeveless vest with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white kurta and a red jacket and a turban"),
        color_kurta("cream"),
        color_jacket("red"),
        color_pyjama("red", "other_garment_color"),
        D.details(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        title="Men Cream Kurta Set with Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a black and gold brocade nehru jacket over a black kurta and black pyjama, white backdrop.
    # no adapter text
    case(
        "X530-030",
        caption("a man in a black kurta and a gold jacket"),
        D.wearing("a black and gold outfit"),
        D.color("gold"),
        color_jacket("gold"),
        D.pattern("solid", "contradiction"),
        D.material("brocade"),
        D.description("a black vest with gold design and a watch", "unsupported"),
        embroidery("the jacket", "non_answer"),
        title="Men Black & Gold Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Gold",
        gender="Men",
    ),
    # photo: man in a coffee brown short kurta with rolled-up three-quarter sleeves, white pyjama, wooden chair beside
    # him, light backdrop.
    # description: adapter
    case(
        "X530-031",
        caption("a man in a brown shirt sitting on a chair"),
        D.wearing("a brown kurta and brown pants", "other_garment_color"),
        D.color("brown"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("shirt"),
        D.material("linen", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Coffee Brown Solid Short Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: man in a multicolour ikat printed kurta (blue, red and white), white pyjama, white backdrop.
    # description: adapter
    case(
        "X530-032",
        caption("a man in a colorful kurta and white pants"),
        D.wearing("a multicolored kurta"),
        D.color("multi"),
        D.pattern("printed"),
        D.description(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a stand neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        D.details(
            "a red and blue kurta with white pants Question: what is the pattern of the kurta? Answer: printed",
            "leak",
        ),
        title="Men Multicoloured Ikat Printed Kurta",
        category="Kurtas",
        color="Multi",
    ),
    # photo: boy of about eight in a cream sherwani with gold buttons, cream churidar, small red dupatta, white
    # backdrop.
    # no adapter text
    case(
        "X530-033",
        caption("a young boy in a white sherwani"),
        D.wearing("a white sherwani with a red scarf"),
        D.color("red", "other_garment_color"),
        D.garment_type("coat"),
        D.details("it has gold buttons"),
        D.description("she is wearing a white dress", "pronoun"),
        is_a("sherwani", "no", "contradiction"),
        title="Boys Cream Sherwani Set with Dupatta",
        category="Sherwani",
        color="Cream",
        gender="Boys",
    ),
    # photo: man in a white kurta and white pyjama with a red and yellow bandhani printed stole over both shoulders,
    # white backdrop.
    # no adapter text
    case(
        "X530-034",
        caption("a man in a white kurta with a red scarf"),
        D.wearing("a white kurta and a red stole"),
        D.color("white"),
        color_kurta("red", "other_garment_color"),
        D.details("a red and yellow scarf"),
        D.material("cotton"),
        D.description("a white kurta with a red scarf and a necklace", "unsupported"),
        title="Men White Kurta Pyjama with Bandhani Stole",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: man in an indigo hand block printed cotton kurta with small white motifs, white pyjama, white backdrop.
    # material: adapter
    case(
        "X530-035",
        caption("a man in a blue kurta with white print"),
        D.wearing("she is wearing a blue printed kurta", "pronoun"),
        D.color("blue"),
        D.pattern("printed"),
        D.material(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand",
            "restated",
            hit_limit=True,
        ),
        D.details("it has details", "non_answer"),
        title="Men Indigo Hand Block Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Indigo",
        gender="Men",
    ),
    # photo: man in a bottle green velvet ethnic jacket (sleeveless, gold buttons) over a cream kurta and cream
    # pyjama, dark backdrop.
    # no adapter text
    case(
        "X530-036",
        caption("a man in a green velvet jacket and white pants"),
        D.wearing("a green jacket over a cream kurta"),
        D.color("green"),
        color_jacket("green"),
        D.material("velvet"),
        D.description("a cream colored jacket with gold buttons", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Bottle Green Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: man in maroon patiala-style dhoti pants (the product) worn with a black short kurta, black backdrop.
    # no adapter text
    case(
        "X530-037",
        caption("a man in a black shirt and red pants"),
        D.wearing("a black kurta and red dhoti pants"),
        D.color("black", "other_garment_color"),
        is_a("dhoti", "yes"),
        D.material("silk", "unsupported"),
        D.description("a pair of black pants", "other_garment_color"),
        D.details("the details of the dhoti", "non_answer"),
        title="Men Maroon Solid Cowl Dhoti Pants",
        category="Dhotis",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a gold silk kurta with a mandarin collar, white churidar, beige turban, juttis, cream backdrop.
    # headwear: adapter
    case(
        "X530-038",
        caption("a man in a gold kurta and a turban"),
        D.wearing("a gold kurta and white pants"),
        D.color("yellow"),
        D.material("silk"),
        headwear(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_pyjama("gold", "other_garment_color"),
        D.details(
            "gold kurta Question: what is the color of the turban? Answer: beige",
            "leak",
        ),
        title="Men Gold-Toned Solid Silk Kurta with Churidar",
        category="Kurta Sets",
        color="Gold",
        gender="Men",
    ),
    # photo: man in a grey self-design (small woven checks) kurta and grey pyjama, white backdrop.
    # no adapter text
    case(
        "X530-039",
        caption("a man in a grey kurta pajama"),
        D.wearing("a grey kurta and grey pajamas"),
        D.color("grey"),
        D.pattern("checked"),
        color_pyjama("grey"),
        D.material("a grey kurta", "restated"),
        title="Men Grey Self Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Grey",
    ),
    # photo: man in a navy nehru jacket over a white kurta and white pyjama, three-quarter side view, jacket buttoned,
    # white backdrop.
    # caption: adapter
    case(
        "X530-040",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue vest and a white kurta"),
        D.color("blue"),
        color_jacket("black", "contradiction"),
        is_a("nehru jacket", "yes"),
        D.sleeve_length("sleeveless"),
        D.description("a white vest with buttons", "other_garment_color"),
        title="Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an off-white kurta with mirror work on the yoke, off-white pyjama, brown juttis, wooden floor,
    # white wall.
    # no adapter text
    case(
        "X530-041",
        caption("a man in a white kurta standing on a wooden floor"),
        D.wearing("a white kurta pajama with mirrors on it"),
        D.color("white"),
        embroidery("mirror work"),
        D.details("it has a v neck and", "cut"),
        D.material("cotton Question: what is the color of the kurta? Answer: white", "leak"),
        title="Men Off White Mirror Work Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: man in a maroon kurta with a gold woven border at the hem, white dhoti, white backdrop.
    # no adapter text
    case(
        "X530-042",
        caption("a man in a red kurta and white dhoti"),
        D.wearing("she is wearing a red kurta and a white dhoti", "pronoun"),
        D.color("pink", "contradiction"),
        color_kurta("red"),
        color_pyjama("white"),
        D.details("gold border on the bottom"),
        title="Men Maroon Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a black sherwani with black thread embroidery, black churidar, red safa turban, black backdrop.
    # details: adapter
    case(
        "X530-043",
        caption("a man in a black sherwani and a red turban holding a sword", "unsupported"),
        D.wearing("a black sherwani and red turban"),
        D.color("red", "other_garment_color"),
        D.garment_type("coat"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        headwear("a red turban"),
        D.material("", "non_answer"),
        title="Men Black Embroidered Sherwani Set",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: man in a peach kurta and white pyjama, pink flowers in a vase behind him, pink wall, front view.
    # details: adapter
    case(
        "X530-044",
        caption("a man in a pink kurta standing in front of a pink wall with flowers"),
        D.wearing("a pink kurta and white pants"),
        D.color("pink"),
        D.description("a pink kurta with a necklace", "unsupported"),
        D.material("it is made of", "cut"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Men Peach-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a powder blue kurta with white thread embroidery on the yoke, white pyjama, white backdrop.
    # caption and description: adapter
    case(
        "X530-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a light blue kurta"),
        D.color("blue"),
        embroidery("white embroidery on the chest"),
        D.garment_type("kurta"),
        color_pyjama("blue", "other_garment_color"),
        title="Men Powder Blue Yoke Design Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a saffron orange kurta and white pyjama, bare head, no accessories, holding a plate of sweets,
    # white backdrop, front view.
    # no adapter text
    case(
        "X530-046",
        caption("a man in an orange kurta holding a plate of food"),
        D.wearing("an orange kurta and white pajamas and sunglasses", "unsupported"),
        D.color("orange"),
        color_kurta("yellow", "contradiction"),
        D.description("the garment is a kurta", "restated"),
        D.sleeve_length("long sleeves"),
        title="Men Saffron Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Orange",
        gender="Men",
    ),
]
