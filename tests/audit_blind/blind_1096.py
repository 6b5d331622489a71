"""BLIND_1096 (46 products; Myntra kurtas and sets, caption adapter epoch 2): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 113/128 failures found (88.3%) and 2/157 correct texts flagged
(1.3%). The writer's notes, verbatim:

Scenario: a night's enrichment of Myntra women's ethnic wear: single kurtas (article type Kurtas) and kurta sets
(Kurta Sets: kurta with trousers, palazzos, churidar or sharara, most with a dupatta). Catalog photos on a white
backdrop, one model, full length, mostly front view; single kurtas are styled with bottoms (leggings, palazzos,
jeans) and now and then a prop (bag, clutch) or a layer (a sleeveless jacket) that is not for sale. Some feed rows
lack a column (no color, no category), as real feeds do.

Who wrote what: captions and every open answer (wearing, describe/details of the kurta, material, and the
per-piece color questions for the trousers and the dupatta, which the job asks open) are free generation by
BLIP-2 OPT-2.7b with the caption adapter at its epoch-2 checkpoint, greedy, 50 new tokens for captions, 30 for
answers. That checkpoint half keeps the base model's hue words and half writes the DeepFashion template ("The lady
wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric..."), never learned an end token, so
longer answers run to the limit, loop or get cut, and sometimes echo the `Question: ... Answer:` format. The closed
answers (kurta color, pattern, sleeve length, garment type, "Is this a kurta?") come from enrich's `--engine
reference`, which picks one candidate value with the same model and adapter: they never loop or stop short, but they
can pick the wrong value, often the color of another piece, of the print, or of a prop.

Labeling conventions and judgement calls:
- The photo is the truth, not the seller: a "Brown" kurta that is plainly rust is rust, and "rust"/"orange" is right.
- Shades count as right within their family: cream and off-white called white, maroon/burgundy called red,
  lavender/mauve called purple, magenta/peach called pink, indigo called navy blue, olive called green.
- The trousers question is answered for whatever bottoms are worn (palazzos, leggings, churidar, sharara, jeans).
- A two-color dupatta or kurta answered with its dominant color only is right; with the color of another piece only
  it is wrong.
- A closed answer that gives the kurta another piece's (or a prop's, or the print's) color is "contradiction"; the
  kind "other_garment_color" is kept for free-generation texts that give one piece another piece's color, including
  a wearing answer that gives every piece the same color.
- One label per text. Repetition until the limit is "loop" even though the text is also cut; a text cut at the
  limit without repetition is "cut" (and then has no other error); an echo of the prompt format is "leak" even when
  the answer inside is right.
- Material: right only when the title names the fabric; a fabric the title does not name, or contradicts, is
  "unsupported". The same for the caption template's "cotton fabric": right only when the title says cotton.
- Jewelry, bags, hats, pockets, zips, lace, mirror work, a garden backdrop that the photo lacks are "unsupported".
- "dress" for a kurta worn over bottoms is a garment "contradiction" (against the seller's type); "tunic" is right.
- A kurta with a solid body and an embroidered yoke is "solid" for the pattern question.
- Non-answer: yes/no, a bare noun ("kurta", "clothes") or a bare color to "What is the person wearing?", or the
  piece's name alone. Restated: a sentence built from the question's own words that gives no value.
- Pronoun covers "he"/"his" and the template's "gentleman"/"man" for a woman model.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
fabric = BLIND_QUESTIONS.material
gtype = BLIND_QUESTIONS.garment_type


def kurta(text, failure=None):
    """The kurta's color, closed (reference engine)."""
    return color_of("kurta", text, failure)


def trousers(text, failure=None, hit_limit=False):
    """The bottoms' color, open (free generation)."""
    return color_of("trousers", text, failure, kind="open", hit_limit=hit_limit)


def dupatta(text, failure=None, hit_limit=False):
    """The dupatta's color, open (free generation)."""
    return color_of("dupatta", text, failure, kind="open", hit_limit=hit_limit)


W = "Women"

BLIND_1096 = [
    # photo: maroon straight kurta with gold foil floral print, 3/4 sleeves, matching maroon palazzos, plain
    # gold-toned dupatta over one shoulder, no jewelry; white backdrop, front view. Caption adapter ep2 + reference.
    case(
        "X1096-001",
        caption(
            "a woman wearing a maroon kurta with gold print, matching palazzo pants and a golden dupatta, "
            "with a necklace and bangles",
            "unsupported",
        ),
        wearing("she is wearing a maroon printed kurta with palazzos and a dupatta"),
        kurta("maroon"),
        trousers("maroon"),
        dupatta("maroon", "other_garment_color"),
        pattern("floral"),
        sleeves("three-quarter sleeves"),
        title="Libas Women Maroon Foil Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender=W,
    ),
    # photo: mustard A-line kurta with green block-print motifs, long sleeves, green straight trousers, green dupatta
    # with a mustard border held over both arms; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-002",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a mustard yellow kurta with green print, green trousers and a green dupatta"),
        kurta("mustard"),
        trousers(
            "green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        dupatta("green with a yellow border"),
        fabric("cotton"),
        title="Anouk Women Mustard Yellow & Green Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender=W,
    ),
    # photo: off-white A-line kurta with small blue floral print, 3/4 sleeves, round neck, no collar or pockets,
    # worn with blue leggings; white backdrop, front view. Caption adapter ep2 + reference.
    case(
        "X1096-003",
        caption(
            "a woman in a white kurta with blue floral print and blue leggings standing against a white background"
        ),
        wearing("he is wearing a white kurta and blue leggings", "pronoun"),
        kurta("off white"),
        trousers("blue"),
        describe(
            "kurta",
            "the kurta is white with blue flowers, it has three quarter sleeves, a collar and pockets on the side",
            "unsupported",
        ),
        is_a("kurta", "yes"),
        title="W Women Off-White & Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Off White",
        gender=W,
    ),
    # photo: pastel pink solid straight kurta, round neck, white thread embroidery on the yoke, long sleeves, white
    # churidar, no dupatta; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-004",
        caption(
            "the lady wears a long-sleeve kurta with pure color patterns. the kurta is with chiffon fabric and its "
            "neckline is v-shape.",
            "unsupported",
        ),
        wearing("a pink kurta with white embroidery and white churidar"),
        kurta("pink"),
        trousers("pink", "other_garment_color"),
        details("kurta", "white thread embroidery on the yoke and long sleeves"),
        sleeves("long sleeves"),
        title="Biba Women Pink Yoke Design Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender=W,
    ),
    # photo: teal kurta with gold zari yoke on a solid body, 3/4 sleeves, teal palazzos, no dupatta; she holds a
    # small gold clutch in her right hand, left hand on hip, smiling; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-005",
        caption(
            "a woman wearing a teal kurta with gold embroidery on the neck and teal palazzo pants holding a gold "
            "clutch in her right hand and standing with her left hand on her hip and looking at the camera with a "
            "smile on her face and her hair",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the person wearing? Answer: a teal kurta with palazzo pants", "leak"),
        kurta("teal"),
        trousers("teal"),
        pattern("solid"),
        fabric("silk", "unsupported"),
        title="Sangria Women Teal Blue Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
        gender=W,
    ),
    # photo: navy kurta with white geometric block print, 3/4 sleeves, white trousers with a navy print at the hem,
    # no dupatta; white backdrop, three-quarter angle. Caption adapter ep2 + reference.
    case(
        "X1096-006",
        caption(
            "the lady wears a long kurta with geometric patterns and white trousers. the kurta is with cotton "
            "fabric. the kurta is with cotton fabric. the kurta is with cotton fabric. the kurta is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue and white printed kurta with white trousers"),
        kurta("navy blue"),
        trousers("navy blue", "other_garment_color"),
        pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Navy Blue & White Printed Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender=W,
    ),
    # photo: black straight kurta with red and mustard floral print, mandarin collar, long sleeves, worn with red
    # palazzos, no dupatta; hand on hip; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-007",
        caption("a woman wearing a black kurta with red floral print and red pants with her hand on her hip"),
        wearing("a black kurta with red floral print and red pants"),
        kurta("red", "contradiction"),
        trousers("red"),
        describe("kurta", "black kurta with red and yellow flowers and long sleeves and a mandarin collar"),
        sleeves("long sleeves"),
        fabric("leather", "unsupported"),
        title="Vishudh Women Black & Red Floral Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender=W,
    ),
    # photo: rust-orange solid kurta with mirror work at the neckline, long sleeves, rust trousers, cream dupatta
    # with rust tassels; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-008",
        caption("a woman wearing an orange kurta and pants with a cream dupatta with tassels"),
        wearing("an orange kurta, orange pants and a white dupatta"),
        kurta("orange"),
        trousers("rust"),
        dupatta("the color of the dupatta is the color of the dupatta", "restated"),
        details(
            "kurta",
            "the kurta has mirror work on the neckline and the neckline and the neckline and the neckline and the "
            "neckline and the neckline and the",
            "loop",
            hit_limit=True,
        ),
        title="GERUA Women Rust Orange Solid Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender=W,
    ),
    # photo: bottle-green solid kurta, round neck, 3/4 sleeves, side slits, white cigarette trousers; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-009",
        caption("a woman in a green kurta and white pants standing in front of a white wall"),
        wearing("he is wearing a green kurta and white pants", "pronoun"),
        kurta("green"),
        trousers("green", "other_garment_color"),
        pattern("solid"),
        sleeves("short sleeves", "contradiction"),
        is_a("kurta", "yes"),
        title="AURELIA Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
        gender=W,
    ),
    # photo: lavender kurta with silver thread embroidery on the front, long sleeves, lavender palazzos, white net
    # dupatta with a silver border; no ring, no bag; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-010",
        caption(
            "the lady wears a long-sleeve kurta with floral patterns and long trousers. there is a ring on her finger "
            "and a bag in her hand.",
            "unsupported",
        ),
        wearing("a purple kurta with palazzos and a white dupatta"),
        kurta("lavender"),
        trousers("lavender"),
        dupatta("purple", "other_garment_color"),
        describe(
            "kurta",
            "lavender kurta with silver embroidery on the front and silver embroidery on the front and silver "
            "embroidery on the front and",
            "loop",
            hit_limit=True,
        ),
        title="Indo Era Women Lavender Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender=W,
    ),
    # photo: indigo dabu-print cotton kurta with small white dots, long sleeves, white churidar, a white dupatta
    # draped for styling; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-011",
        caption("a woman wearing a blue kurta with white polka dots and white leggings and a white scarf"),
        wearing("a blue and white kurta"),
        kurta("navy blue"),
        trousers("Question: What is the color of the trousers? Answer: white", "leak"),
        pattern("striped", "contradiction"),
        fabric("cotton"),
        title="Fabindia Women Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender=W,
    ),
    # photo: red kurta with gold zari embroidery at neckline, sleeves and hem, red trousers, red dupatta with a gold
    # border, gold jhumkas, no bag; side view; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-012",
        caption("a woman in a red kurta with gold embroidery and a red dupatta over her shoulder"),
        wearing("a red kurta set with a red dupatta and a red handbag", "unsupported"),
        kurta("gold", "contradiction"),
        trousers("red"),
        dupatta("dupatta", "non_answer"),
        details(
            "kurta",
            "gold embroidery on the neckline and sleeves and hem, and a red dupatta with gold gold gold gold gold "
            "gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        gtype("kurta"),
        title="Varanga Women Red Zari Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender=W,
    ),
    # photo: bright yellow straight kurta with white leaf print, 3/4 sleeves, round neck, white palazzos; white
    # backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-013",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric and it "
            "has a round neckline. The lady wears long trousers with pure color patterns. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white pants"),
        kurta("yellow"),
        trousers("yellow", "other_garment_color"),
        describe("kurta", "yes", "non_answer"),
        sleeves("three-quarter sleeves"),
        title="Janasya Women Yellow Leaf Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender=W,
    ),
    # photo: cobalt blue kurta with white floral print, white palazzos with blue print, blue-and-white dupatta;
    # plain white studio backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-014",
        caption(
            "a woman wearing a blue and white floral kurta with white palazzos and a printed dupatta standing in a "
            "garden",
            "unsupported",
        ),
        wearing(
            "She is wearing a blue kurta with white flowers, white palazzo pants and a blue dupatta. Question: What "
            "is the color of the kurta? Answer: blue",
            "leak",
            hit_limit=True,
        ),
        kurta("blue"),
        trousers("white"),
        dupatta("blue and white"),
        pattern("solid", "contradiction"),
        title="Khushal K Women Blue & White Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender=W,
    ),
    # photo: peach solid A-line kurta with pintucks at the yoke, sleeveless, cream straight pants; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-015",
        caption("a woman in a peach sleeveless kurta and cream pants"),
        wearing("a pink dress and white pants", "contradiction"),
        kurta("peach"),
        trousers("the color of the trousers is the same as the color of the trousers", "restated"),
        sleeves("long sleeves", "contradiction"),
        is_a("kurta", "yes"),
        title="Nayo Women Peach-Coloured Solid A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender=W,
    ),
    # photo: black kurta with gold foil print, black palazzos with a gold print border, black sandals, no bag;
    # white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-016",
        caption("a woman wearing a black and gold kurta with black palazzo pants"),
        wearing("a black kurta with gold print, black palazzos and black sandals with a black clutch", "unsupported"),
        kurta("black"),
        trousers("black with a gold border at the hem"),
        describe(
            "kurta",
            "the kurta is black with gold print and it has a round neck and the kurta is black with gold print and "
            "it has a round neck and",
            "loop",
            hit_limit=True,
        ),
        fabric("rayon"),
        title="Ahalyaa Women Black & Gold-Toned Printed Rayon Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender=W,
    ),
    # photo: olive green kurta with cream ethnic-motif print, round neck, no pockets, no buttons, 3/4 sleeves, cream
    # trousers, a brown sling bag across the body; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-017",
        caption("a woman in an olive kurta carrying a brown bag"),
        wearing("he is wearing an olive green kurta with white pants and a brown bag", "pronoun"),
        kurta("brown", "contradiction"),
        trousers("olive green", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a v-neck, pockets on both sides and buttons down the front",
            "unsupported",
        ),
        pattern("printed"),
        title="Libas Women Olive Green Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Olive",
        gender=W,
    ),
    # photo: white kurta with white chikankari embroidery, white trousers, pastel pink dupatta; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-018",
        caption("a woman in a white kurta with white pants and a blue dupatta", "contradiction"),
        wearing("a white kurta with embroidery and white pants and a pink scarf"),
        kurta("white"),
        trousers("white"),
        dupatta("white", "other_garment_color"),
        describe("kurta", "the kurta", "non_answer"),
        pattern("embroidered"),
        title="Sangria Women White Chikankari Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="White",
        gender=W,
    ),
    # photo: magenta flared A-line kurta with orange and green print, 3/4 sleeves, white leggings; white backdrop.
    # Feed row has no category. Caption adapter ep2 + reference.
    case(
        "X1096-019",
        caption("a woman wearing a pink kurta with colorful print and white leggings"),
        wearing("a pink kurta Question: What is the color of the kurta? Answer: pink", "leak"),
        kurta("magenta"),
        trousers(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gtype("dress", "contradiction"),
        title="Global Desi Women Magenta Printed A-Line Kurta",
        color="Magenta",
        gender=W,
    ),
    # photo: navy kurta with white ethnic motifs, long sleeves, plain navy trousers, white dupatta with navy print
    # draped over her left shoulder and held in her right hand; bare wrists; white backdrop. Caption adapter ep2 +
    # reference.
    case(
        "X1096-020",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns and long trousers. The kurta is with cotton "
            "fabric. She holds a scarf in her hand. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing(
            "a navy blue kurta with white motifs, navy blue trousers and a white dupatta draped over her left "
            "shoulder and held in her right",
            "cut",
            hit_limit=True,
        ),
        kurta("navy blue"),
        trousers("white", "other_garment_color"),
        dupatta("white with blue print"),
        sleeves("long sleeves"),
        title="Anubhutee Women Navy Blue Ethnic Motifs Printed Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mauve solid kurta with lace trim at the hem and sleeve ends, mauve palazzos; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-021",
        caption("a woman in a purple kurta and matching palazzo pants with lace trim"),
        wearing("The person is wearing a purple kurta and purple palazzos"),
        kurta("mauve"),
        trousers("The trousers are the color of the trousers", "restated"),
        details(
            "kurta",
            "lace trim on the sleeves and the hem and the sleeves and the hem and the sleeves and the hem and the "
            "sleeves and the hem and",
            "loop",
            hit_limit=True,
        ),
        fabric("denim", "unsupported"),
        title="Ishin Women Mauve Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Mauve",
        gender=W,
    ),
    # photo: beige kurta with maroon floral print, maroon churidar, maroon dupatta; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-022",
        caption("a woman wearing a beige and maroon floral kurta with maroon pants and a maroon dupatta"),
        wearing("a beige kurta with beige pants and a beige dupatta", "other_garment_color"),
        kurta("maroon", "contradiction"),
        trousers("maroon"),
        dupatta("maroon"),
        pattern("floral"),
        is_a("kurta", "yes"),
        fabric("velvet", "unsupported"),
        title="Biba Women Beige & Maroon Floral Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender=W,
    ),
    # photo: grey melange kurta with thin white vertical stripes, mandarin collar, button placket, long roll-up
    # sleeves with tabs, black leggings; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-023",
        caption("a woman wearing a grey striped kurta and black leggings"),
        wearing("a grey kurta with white stripes and black leggings"),
        kurta("grey"),
        trousers("grey", "other_garment_color"),
        pattern("solid", "contradiction"),
        sleeves("long sleeves"),
        describe(
            "kurta",
            "the kurta is grey with thin white vertical stripes, it has long sleeves with roll up tabs, a mandarin "
            "collar and a button placket down the",
            "cut",
            hit_limit=True,
        ),
        title="W Women Grey Melange & White Striped Straight Kurta",
        category="Kurtas",
        color="Grey Melange",
        gender=W,
    ),
    # photo: sea green kurta with white floral print, 3/4 sleeves, plain hem (no lace), white trousers; white
    # backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-024",
        caption("he is wearing a green kurta with white flowers and white pants", "pronoun"),
        wearing("clothes", "non_answer"),
        kurta("white", "contradiction"),
        trousers("white"),
        describe(
            "kurta",
            "a green kurta with white floral print, three quarter sleeves and a lace border at the hem",
            "unsupported",
        ),
        fabric("polyester"),
        title="Vishudh Women Sea Green Floral Printed Polyester Kurta with Trousers",
        category="Kurta Sets",
        color="Sea Green",
        gender=W,
    ),
    # photo: cream silk-blend kurta with a gold brocade woven pattern, long sleeves, cream trousers, red dupatta with
    # a gold border around her neck; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-025",
        caption(
            "the lady wears a long-sleeve kurta with lattice patterns and long trousers. the kurta is with silk "
            "fabric and its neckline is round. the lady wears a red scarf. the lady wears a red scarf. the lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta with gold design, white trousers and a red dupatta"),
        kurta("red", "contradiction"),
        trousers("cream"),
        dupatta("cream", "other_garment_color"),
        fabric("silk blend"),
        title="Inddus Women Cream-Coloured & Gold-Toned Woven Design Silk Blend Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender=W,
    ),
    # photo: turquoise kurta with white paisley print, 3/4 sleeves, round neck, white palazzos; white backdrop.
    # Feed row has no color. Caption adapter ep2 + reference.
    case(
        "X1096-026",
        caption(
            "The lady wears a three-quarter-sleeve kurta with paisley patterns. The kurta is turquoise with white "
            "print and its neckline is round. The lady wears long palazzo pants. The palazzo pants are white with "
            "pure color patterns and the",
            "cut",
            hit_limit=True,
        ),
        wearing("blue kurta"),
        kurta("turquoise blue"),
        trousers("blue", "other_garment_color"),
        describe("kurta", "kurta", "non_answer"),
        title="Janasya Women Turquoise Blue Paisley Printed Kurta",
        category="Kurtas",
        gender=W,
    ),
    # photo: burgundy solid kurta with gold gota trim, burgundy palazzos, plain pink dupatta with gota border, gold
    # jhumkas, no necklace; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-027",
        caption("a woman in a red kurta with a pink dupatta and red palazzo pants"),
        wearing(
            "the woman is wearing a burgundy kurta and palazzo pants with a pink dupatta and a pair of gold earrings "
            "and a necklace",
            "unsupported",
        ),
        kurta("burgundy"),
        trousers(
            "Question: What is the color of the trousers? Answer: burgundy Question: What is the color of the "
            "dupatta? Answer: pink",
            "leak",
            hit_limit=True,
        ),
        dupatta("pink"),
        pattern("solid"),
        title="AURELIA Women Burgundy Solid Gotta Patti Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender=W,
    ),
    # photo: powder blue cotton kurta with a white thread-work yoke, round neck, long sleeves, white palazzos;
    # white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-028",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears long trousers. The trousers are white with pure color patterns and "
            "the lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and white pants", "contradiction"),
        kurta("blue"),
        trousers("light blue", "other_garment_color"),
        details("kurta", "white embroidery on the yoke"),
        sleeves("long sleeves"),
        title="Libas Women Powder Blue Yoke Design Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender=W,
    ),
    # photo: green kurta with pink floral print, long sleeves, round neck, pink trousers, green-and-pink dupatta;
    # nothing in her hands; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-029",
        caption(
            "a woman wearing a green kurta with pink flowers and pink pants with a dupatta, holding a bouquet of "
            "flowers",
            "unsupported",
        ),
        wearing("a green and pink kurta set"),
        kurta("pink", "contradiction"),
        trousers("pink"),
        dupatta("the dupatta is the color of the dupatta", "restated"),
        details(
            "kurta",
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Nayo Women Green & Pink Floral Printed Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender=W,
    ),
    # photo: rust-orange straight kurta with black block print, 3/4 sleeves, black leggings; white backdrop. The
    # seller's "Brown" is wrong: it is plainly rust. Caption adapter ep2 + reference.
    case(
        "X1096-030",
        caption("a woman in an orange kurta with black print and black leggings"),
        wearing(
            "she is wearing an orange printed kurta with black leggings and black leggings and black leggings and "
            "black leggings and black leggings and",
            "loop",
            hit_limit=True,
        ),
        kurta("rust"),
        trousers("black"),
        pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        title="Anouk Women Brown Block Printed Straight Kurta",
        category="Kurtas",
        color="Brown",
        gender=W,
    ),
    # photo: short pink kurta with gold foil print and flared 3/4 sleeves, pink sharara, plain pink net dupatta
    # (no border); gold heels; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-031",
        caption(
            "The lady wears a three-quarter-sleeve kurta with graphic patterns. The kurta is short and it is pink "
            "with gold print. The lady wears a long sharara. The sharara is pink with pure color patterns. The lady "
            "wears a pink dupatta on",
            "cut",
            hit_limit=True,
        ),
        wearing("pink", "non_answer"),
        kurta("pink"),
        trousers("pink"),
        dupatta("gold", "other_garment_color"),
        describe("kurta", "the kurta is short with gold foil print and flared sleeves"),
        title="Khushal K Women Pink Foil Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
    # photo: black solid kurta with a keyhole neck, long sleeves, red-and-white printed palazzos; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-032",
        caption("a woman in a black kurta and red and white printed palazzo pants"),
        wearing("black kurta black pants", "other_garment_color"),
        kurta("black"),
        trousers("red and white"),
        describe("kurta", "He is wearing a black kurta with a keyhole neck and long sleeves", "pronoun"),
        pattern("solid"),
        title="Vishudh Women Black Solid Keyhole Neck Kurta",
        category="Kurtas",
        color="Black",
        gender=W,
    ),
    # photo: mustard cotton kurta with white thread embroidery, white palazzos, mustard-and-white leheriya dupatta;
    # no earrings visible (hair open over the ears); white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-033",
        caption(
            "a woman wearing a yellow kurta with white embroidery and white palazzo pants and a yellow dupatta and "
            "silver jhumkas",
            "unsupported",
        ),
        wearing("a yellow kurta with white pants and a yellow and white scarf"),
        kurta("mustard"),
        trousers(
            "white and white and white and white and white and white and white and white and white and white and "
            "white and white and white and white and white",
            "loop",
            hit_limit=True,
        ),
        dupatta("yellow and white stripes"),
        fabric("cotton"),
        title="Sangria Women Mustard Yellow Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender=W,
    ),
    # photo: orange flared anarkali kurta with pink and gold print on the flare and sleeves, long sleeves, orange
    # churidar; twirl pose; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-034",
        caption("a woman twirling in an orange anarkali kurta with pink print"),
        wearing("an orange anarkali kurta with churidar"),
        kurta("orange"),
        trousers("orange Question: What are the kurta details? Answer:", "leak"),
        details(
            "kurta",
            "pink and gold print on the flared skirt and the sleeves and the flared skirt and the sleeves and the "
            "flared skirt and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        sleeves("sleeveless", "contradiction"),
        gtype("kurta"),
        title="Biba Women Orange Printed Anarkali Kurta",
        category="Kurtas",
        color="Orange",
        gender=W,
    ),
    # photo: off-white cotton kurta with black checks, 3/4 sleeves, black trousers, a black sleeveless jacket worn
    # open over the kurta (styling, not for sale); white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-035",
        caption("a woman wearing a black vest over a white checked kurta and black pants"),
        wearing("a white and black checked kurta with a black jacket and black trousers"),
        kurta("black", "contradiction"),
        trousers("black"),
        pattern("checked"),
        fabric("cotton"),
        describe(
            "kurta",
            "The kurta is off-white with black checks. Question: Describe the trousers. Answer: The trousers are black",
            "leak",
        ),
        title="Fabindia Women Off-White & Black Checked Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender=W,
    ),
    # photo: light pink kurta with green floral print, green trousers, pink dupatta with green print; nothing in her
    # hands; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-036",
        caption(
            "a woman wearing a pink floral kurta with green pants and a pink dupatta with a gold clutch",
            "unsupported",
        ),
        wearing("a green kurta, green pants and a green dupatta", "other_garment_color"),
        kurta("pink"),
        trousers("green"),
        dupatta("pink and green"),
        is_a("kurta", "yes"),
        title="Ahalyaa Women Pink & Green Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
    # photo: teal silk-blend straight kurta with gold embroidery around the neckline, long sleeves, cream palazzos;
    # white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-037",
        caption(
            "the gentleman wears a long-sleeve kurta with pure color patterns. the kurta is with silk fabric. the "
            "gentleman wears long pants",
            "pronoun",
        ),
        wearing("a teal kurta with cream palazzos"),
        kurta("teal"),
        trousers("cream"),
        details("kurta", "silver embroidery around the neckline", "contradiction"),
        fabric("silk"),
        title="Indo Era Women Teal Green Embroidered Silk Blend Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender=W,
    ),
    # photo: red kurta with white vertical stripes, white palazzos with red stripes at the hem; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-038",
        caption("a woman in a red and white striped kurta with white pants"),
        wearing("a red striped kurta and red palazzos", "other_garment_color"),
        kurta("white", "contradiction"),
        trousers("white with red stripes at the bottom"),
        pattern("striped"),
        describe(
            "kurta",
            "the kurta is red with white stripes. the kurta is red with white stripes. the kurta is red with white "
            "stripes. the kurta is red",
            "loop",
            hit_limit=True,
        ),
        title="Libas Women Red & White Striped Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender=W,
    ),
    # photo: navy kurta with orange and white tribal print, 3/4 sleeves, tie-up neck with tassels, no zip or pockets,
    # worn as a tunic over blue jeans; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-039",
        caption("a woman wearing a navy blue printed tunic with blue jeans"),
        wearing("a blue kurta with orange print and blue jeans"),
        kurta("navy blue"),
        trousers("no", "non_answer"),
        details(
            "kurta",
            "tassels on the neck tie and the neck tie and the neck tie and the neck tie and the neck tie and the "
            "neck tie and the",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta has a long zipper on the back and two pockets", "unsupported"),
        title="Global Desi Women Navy Blue & Orange Tribal Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender=W,
    ),
    # photo: yellow cotton kurta with blue floral print, 3/4 sleeves, blue trousers, blue dupatta with yellow print
    # around the neck, bare head; white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-040",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric. The "
            "lady wears long trousers with pure color patterns. There is a scarf on her neck. There is a hat on her "
            "head.",
            "unsupported",
        ),
        wearing(
            "a yellow kurta with blue flowers and blue pants and a blue dupatta around her neck and she is standing "
            "with her hands by her sides and her",
            "cut",
            hit_limit=True,
        ),
        kurta("blue", "contradiction"),
        trousers("it is the color of the trousers", "restated"),
        dupatta("blue"),
        sleeves("three-quarter sleeves"),
        title="Anubhutee Women Yellow & Blue Floral Printed Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender=W,
    ),
    # photo: maroon solid kurta with a gold-button placket, long sleeves, gold churidar; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-041",
        caption("a woman wearing a maroon kurta with gold churidar"),
        wearing("a maroon kurta and gold pants"),
        kurta("maroon"),
        trousers("maroon", "other_garment_color"),
        describe("kurta", "it is a kurta", "non_answer"),
        is_a("kurta", "yes"),
        title="Biba Women Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender=W,
    ),
    # photo: white kurta with blue floral print all over, plain yoke (no mirror work), blue trousers, white dupatta
    # with blue print; white backdrop. Feed row has no color. Caption adapter ep2 + reference.
    case(
        "X1096-042",
        caption("a woman in a white and blue floral kurta with blue pants and a white dupatta"),
        wearing("Question: What is the person wearing? Answer: a white kurta with blue flowers and blue pants", "leak"),
        kurta("white"),
        trousers("blue"),
        dupatta("the color of the dupatta", "restated"),
        details("kurta", "blue floral print all over the kurta with mirror work on the yoke", "unsupported"),
        title="Rangriti Women White & Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        gender=W,
    ),
    # photo: lime green solid kurta, 3/4 sleeves, white palazzos with a small black print; white backdrop.
    # Caption adapter ep2 + reference.
    case(
        "X1096-043",
        caption("he is wearing a lime green kurta and white palazzo pants", "pronoun"),
        wearing("a green kurta with white printed pants"),
        kurta("lime green"),
        trousers(
            "white with black print, white with black print, white with black print, white with black print, white "
            "with black",
            "loop",
            hit_limit=True,
        ),
        pattern("floral", "contradiction"),
        title="Jaipur Kurti Women Lime Green Solid Kurta",
        category="Kurtas",
        color="Lime Green",
        gender=W,
    ),
    # photo: peach kurta with gold sequin embroidery on the yoke, peach trousers, plain peach net dupatta, gold heels;
    # white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-044",
        caption("a woman in a peach kurta with gold embroidery and a peach dupatta"),
        wearing(
            "a pink kurta with matching pants and a dupatta, and she is wearing a pair of gold high heels and a",
            "cut",
            hit_limit=True,
        ),
        kurta("peach"),
        trousers("peach"),
        dupatta("gold", "other_garment_color"),
        details("kurta", "the kurta details are the details on the kurta", "restated"),
        fabric("silk", "unsupported"),
        title="Varanga Women Peach-Coloured & Gold-Toned Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender=W,
    ),
    # photo: black straight kurta with white geometric print, 3/4 sleeves, no belt, no pockets, white pants; white
    # backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-045",
        caption("a woman wearing a black and white kurta with white pants on a white background"),
        wearing(
            "a black and white kurta and white pants. a black and white kurta and white pants. a black and white "
            "kurta and white pants. a",
            "loop",
            hit_limit=True,
        ),
        kurta("black"),
        trousers("white"),
        pattern("geometric"),
        sleeves("long sleeves", "contradiction"),
        details("kurta", "the kurta has a tie-up belt at the waist and side pockets", "unsupported"),
        title="W Women Black & White Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender=W,
    ),
    # photo: pink kurta with grey floral print, grey palazzos, grey dupatta with a pink border, a small pink bindi;
    # white backdrop. Caption adapter ep2 + reference.
    case(
        "X1096-046",
        caption("a woman wearing a pink kurta with grey flowers and grey pants and a grey dupatta"),
        wearing(
            "she is wearing a pink kurta with grey palazzo pants and a grey dupatta with a pink border and a pink "
            "bindi on her forehead and a pair of",
            "cut",
            hit_limit=True,
        ),
        kurta("grey", "contradiction"),
        trousers("grey"),
        dupatta("grey with a pink border"),
        describe("kurta", "Answer: a pink kurta with grey floral print", "leak"),
        title="AURELIA Women Pink & Grey Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender=W,
    ),
]
