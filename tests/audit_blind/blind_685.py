"""BLIND_685 (46 products; Myntra kurtis on jeans: caption e1 + span QA): written blind in the fifty-fourth session.
Measured blind at 816d542 (the session's fourth rules): 90/118 failures found (76.3%) and 7/170 correct texts flagged
(4.1%). The writer's notes, verbatim:

Scenario: a Myntra-like women's ethnic-wear feed (Kurtis, Kurtas, Tunics: short kurtis, tunics and hip- to knee-length
kurtas), product shots on a white or pale grey studio backdrop, the model wearing the labelled kurti over blue, black or
white jeans or over leggings, sometimes with a dupatta, jhumkas, a clutch, a sling bag or sunglasses; front, turned or
back views. Seller columns: title, category, color, gender; a few rows lack one of them.

Who wrote what: the caption is the caption adapter at epoch 1 (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on
blip2-opt-2.7b, 50 new tokens, greedy. It writes the DeepFashion template ("The lady wears a ... with floral
patterns. It has a round neckline. The lady wears a long denim pants.") but after one epoch still mixes in the base
model's hue words and the word "kurta"; it has no trained end token, so about a third of its captions run to the
limit and end in a loop, a cut sentence, or a continuation in the `Question: ... Answer:` format. The open answers
(wearing, describe, details, material, the open color questions) are spans that the extractive QA model
(mdeberta-v3-base-squad2) picked from that caption: verbatim substrings, "" when it returned its null answer, so
they carry the caption's errors and add their own (a span on the wrong garment, a span that stops mid-phrase). The
closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine,
one candidate value each.

Labeling conventions and judgement calls:
- One label per text: the failure a reader notices first. A caption that ran to the limit is labeled loop when it
  repeats, cut when it stops mid-sentence without repeating, leak when it continues in the Question/Answer format.
- hit_limit=True only on captions that ran to the 50-token limit. Extractive spans never hit a limit; a span that
  stops mid-phrase ("It has a V-shape") is labeled cut with hit_limit False.
- An answer taken from inside a leaked Question/Answer tail is judged on its content ("white" for white jeans is
  correct); only a text that carries "Question:" or "Answer:" is a leak.
- A wrong color that belongs to another garment in the photo (jeans, leggings, dupatta) is other_garment_color, even
  when the print has a little of that color (black jeans called blue when the kurta is blue, too); a wrong color
  from nowhere else in the photo (a print accent given as the main color, lime read as yellow) is contradiction.
- Garment words: kurta, kurti, tunic, top and "upper clothing" are right for any product here; "shirt" is right only
  for a shirt-style kurti (collar and button placket); "dress", "T-shirt", "tank top" are contradictions, and so is
  a closed garment type "shirt" or "dress" for a round- or V-neck kurti. "yes" to "Is this a pair of jeans?" is a
  contradiction: the product is the kurti.
- "medium-sleeve" (the template's word) is right for three-quarter and elbow sleeves. Teal called green, cream called
  white, maroon or burgundy called red, mustard called yellow, peach called pink are right.
- Material: the title's fabric rules. A fabric the title does not name is right when the photo is consistent with it
  (cotton on a cotton-look kurti); a fabric taken from the jeans or leggings, or one that contradicts the title, is
  unsupported. Chambray called denim is counted right (a denim-look cotton; judgement call).
- Invented accessories or construction (ring, watch, necklace, pocket, back zipper on a front view, leather leggings)
  are unsupported; accessories that are in the photo ("an accessory in her ears" for jhumkas) are right.
- An open color answer with no hue ("pure color", "denim") and the null answer "" are non_answer; so is a one-word
  noun or hue for "Describe the ...", and "The upper clothing" alone for "What is the person wearing?". A span that is
  only the subject and verb of the question ("The lady wears", "This woman is wearing") is restated.
- A text that says man, he, his or gentleman for these women's products is pronoun, whatever else it gets right.
- The multicolor kalamkari kurti answered "brown" (its dominant ground) is counted right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gt, col, pat, slv, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material


def open_color(garment, text, failure=None):
    return color_of(garment, text, failure, kind="open")


BLIND_685 = [
    # photo: mustard kurti, white floral block print, 3/4 sleeves, round neck, mid-blue skinny jeans, tan sling bag on
    # shoulder, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-001",
        caption(
            "This woman is wearing a yellow medium-sleeve kurta with floral patterns. It has a round neckline. The "
            "woman wears a long denim pants with solid color patterns. There is an accessory on her shoulder."
        ),
        wearing("a yellow medium-sleeve kurta with floral patterns"),
        gt("kurta"),
        col("yellow"),
        open_color("jeans", "yellow", "other_garment_color"),
        pat("floral"),
        slv("long sleeves", "contradiction"),
        title="Sangria Women Mustard Yellow & White Floral Print Straight Kurti",
        category="Kurtis",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy kurti, white chikankari-style embroidery on the yoke, 3/4 sleeves, mandarin collar, white leggings,
    # white backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-002",
        caption(
            "The lady wears a navy blue medium-sleeve kurta with white embroidery. It has a stand neckline. The lady "
            "wears a white leggings. The leggings are with cotton fabric. The leggings are with cotton fabric. The "
            "leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a navy blue medium-sleeve kurta with white embroidery"),
        col("blue"),
        open_color("leggings", "white"),
        slv("three-quarter sleeves"),
        pat("solid", "contradiction"),
        details("kurti", "The leggings are with cotton fabric. The leggings are with cotton fabric", "loop"),
        title="Ada Women Navy Blue Chikankari Embroidered Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton tunic, black geometric print, short sleeves, V-neck, black leggings, white backdrop, front.
    # caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-003",
        caption(
            "The female is wearing a white short-sleeve tunic with graphic patterns. It has a V-shape neckline. The "
            "female wears a long black leggings."
        ),
        wearing("The female is wearing", "restated"),
        col("black", "other_garment_color"),
        open_color("leggings", "black"),
        mat("", "non_answer"),
        gt("tunic"),
        title="AND Women White & Black Geometric Print Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: maroon A-line kurta (knee length), gold foil print, 3/4 sleeves, round neck, blue jeans, white backdrop,
    # front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-004",
        caption(
            "The lady wears a red medium-sleeve dress with graphic patterns. It has a round neckline. The lady wears "
            "a long denim pants. The pants are with denim fabric and solid color patterns.",
            "contradiction",
        ),
        wearing("a red medium-sleeve dress with graphic patterns", "contradiction"),
        gt("kurta"),
        col("red"),
        open_color("jeans", "red", "other_garment_color"),
        is_a("dress", "no"),
        title="Vishudh Women Maroon & Golden Foil Print A-Line Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal cotton ikat short kurta, sleeveless, round neck, white skinny jeans, silver jhumkas, white backdrop,
    # front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-005",
        caption(
            "Her upper clothing has no sleeves, cotton fabric and lattice patterns. It has a round neckline. The "
            "trousers are of long length, with denim fabric and pure color patterns. There is an accessory in her "
            "ears. The female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("Her upper clothing has no sleeves, cotton fabric and lattice patterns"),
        slv("sleeveless"),
        open_color("jeans", "pure color", "non_answer"),
        col("blue"),
        mat("cotton fabric"),
        details("kurta", "There is an accessory in her ears. The female wears a", "cut"),
        title="Rain & Rainbow Women Teal Ikat Print Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: pink and white striped shirt-style kurti, collar and button placket, long sleeves rolled up, dark blue
    # jeans, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-006",
        caption(
            "This woman is wearing a long-sleeve shirt with striped patterns. It is with cotton fabric and it has a "
            "lapel neckline. The woman wears a long blue denim trousers."
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        gt("kurta"),
        col("pink"),
        pat("striped"),
        open_color("jeans", "blue"),
        details("kurti", "It is with cotton fabric and it has a", "cut"),
        title="Bitterlime Women Pink & White Striped Shirt-Style Cotton Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green solid straight kurti, mandarin collar, 3/4 sleeves, side slits, black leggings, black clutch
    # in hand, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-007",
        caption(
            "The lady is wearing a black medium-sleeve kurta with pure color patterns. It has a stand neckline. The "
            "lady wears a black leggings. There is an accessory in her hand.",
            "other_garment_color",
        ),
        wearing("a black medium-sleeve kurta with pure color patterns", "other_garment_color"),
        col("green"),
        pat("solid"),
        open_color("leggings", "black"),
        slv("long sleeves", "contradiction"),
        title="Sangria Women Olive Green Solid Straight Kurti",
        category="Kurtis",
        color="Olive",
        gender="Women",
    ),
    # photo: off-white cotton chikankari short kurta (floral white embroidery), 3/4 sleeves, light blue ripped jeans,
    # white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-008",
        caption(
            "The lady wears a white medium-sleeve kurta with floral patterns. The kurta is with chiffon fabric. The "
            "lady wears a long blue denim pants with solid color patterns.",
            "unsupported",
        ),
        mat("chiffon fabric", "unsupported"),
        wearing("a white medium-sleeve kurta with floral patterns"),
        open_color("jeans", "blue"),
        gt("kurta"),
        describe("kurta", "white medium-sleeve kurta with floral patterns"),
        pat("solid", "contradiction"),
        title="Ada Women Off-White Pure Cotton Chikankari Embroidered Short Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: rust orange kurti with black bandhani dots, short sleeves, round neck, black skinny jeans, white
    # backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-009",
        caption(
            "The female is wearing a orange short-sleeve kurta with dotted patterns and a long black pants. The pants "
            "are black. The pants are black. The pants are black. The pants are black. The pants are black. The "
            "pants are",
            "loop",
            hit_limit=True,
        ),
        col("orange"),
        open_color("jeans", "black"),
        wearing("a orange short-sleeve kurta with dotted patterns and a long black pants"),
        details("kurti", "The pants are black. The pants are black. The pants are black", "loop"),
        pat("printed"),
        describe("kurti", "The female is wearing", "restated"),
        title="Jaipur Kurti Women Rust Bandhani Print Straight Kurti",
        category="Kurtis",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender A-line tunic, white lace trim at the hem, flared 3/4 sleeves, round neck, white leggings, no
    # jewellery, pale grey studio backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-010",
        caption(
            "This woman is wearing a purple medium-sleeve tunic with pure color patterns. It has a round neckline and "
            "lace on the hem. The woman wears a white leggings. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a purple medium-sleeve tunic with pure color patterns"),
        col("purple"),
        details("tunic", "lace on the hem"),
        open_color("leggings", "white"),
        describe("tunic", "There is a ring on her finger", "unsupported"),
        title="Melange by Lifestyle Women Lavender Solid A-Line Tunic",
        category="Tunics",
        color="Lavender",
        gender="Women",
    ),
    # photo: black kurti, multicolour mirror-work embroidery on the yoke, 3/4 sleeves, mid-blue jeans, oxidised
    # jhumkas, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-011",
        caption(
            "The gentleman is wearing a black medium-sleeve kurta with embroidery on the yoke. His pants are of long "
            "length. The pants are with denim fabric and pure color patterns. There is an accessory in his ears.",
            "pronoun",
        ),
        wearing("a black medium-sleeve kurta with embroidery on the yoke"),
        details("kurti", "embroidery on the yoke"),
        col("black"),
        is_a("pair of jeans", "yes", "contradiction"),
        open_color("jeans", "black", "other_garment_color"),
        title="Varanga Women Black Yoke Design Mirror Work Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: peach straight kurta (thigh length), white floral print, short sleeves, white jeans, white backdrop,
    # front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-012",
        caption(
            "The lady wears a pink short-sleeve kurta with floral patterns and a long white pants. Question: what is "
            "the lady wearing? Answer: a pink kurta and white pants. Question: what is the color of the pants? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink short-sleeve kurta with floral patterns and a long white pants"),
        open_color("jeans", "white"),
        col("pink"),
        details("kurta", "Answer: a pink kurta and white pants", "leak"),
        slv("short sleeves"),
        gt("kurta"),
        title="W Women Peach-Coloured & White Floral Print Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: sea green kurti (clearly green) with white and yellow leheriya diagonal stripes, 3/4 sleeves, V-neck
    # with tassels, mid-blue jeans, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference
    case(
        "X685-013",
        caption(
            "This woman is wearing a blue medium-sleeve kurta with striped patterns. It has a V-shape neckline. The "
            "woman wears a long blue denim pants.",
            "other_garment_color",
        ),
        wearing("a blue medium-sleeve kurta with striped patterns", "other_garment_color"),
        col("green"),
        pat("striped"),
        details("kurti", "It has a V-shape", "cut"),
        open_color("jeans", "blue"),
        title="Shree Women Sea Green Leheriya Print Straight Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: magenta solid cotton tunic with 3/4 sleeves, round neck, black leggings, hands on hips, white backdrop,
    # front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-014",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "leggings the female wears is of long length. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        slv("three-quarter sleeves"),
        wearing("Her tank top has no sleeves", "contradiction"),
        col("pink"),
        open_color("leggings", "pure color", "non_answer"),
        mat("cotton fabric"),
        title="Ives Women Magenta Solid Cotton Tunic",
        category="Tunics",
        color="Magenta",
        gender="Women",
    ),
    # photo: multicoloured kalamkari print kurti (brown ground, cream and red motifs), 3/4 sleeves, round neck, blue
    # jeans, white backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference
    case(
        "X685-015",
        caption(
            "The lady wears a brown medium-sleeve kurta with floral patterns. The kurta is with cotton fabric and it "
            "has a round neckline. The lady wears a long blue denim pants. The pants are with denim fabric and solid "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("brown"),
        wearing("a brown medium-sleeve kurta with floral patterns"),
        open_color("jeans", "blue"),
        mat("cotton fabric"),
        describe("kurti", "The kurta is with cotton fabric and it has a round", "cut"),
        title="Global Desi Women Multicoloured Kalamkari Print Cotton Kurti",
        category="Kurtis",
        color="Multi",
        gender="Women",
    ),
    # photo: yellow straight kurta, small white thread embroidery at the neckline, 3/4 sleeves, green dupatta over
    # one shoulder, white leggings, no necklace, white backdrop, front. caption: e1; open: extractive QA; closed: ref
    case(
        "X685-016",
        caption(
            "The lady is wearing a yellow medium-sleeve kurta with pure color patterns and a green scarf. The lady "
            "wears a white leggings. There is a necklace on her neck.",
            "unsupported",
        ),
        wearing("a yellow medium-sleeve kurta with pure color patterns and a green scarf"),
        col("green", "other_garment_color"),
        open_color("leggings", "white"),
        describe("kurta", "yellow", "non_answer"),
        is_a("kurta", "yes"),
        title="Aurelia Women Yellow Embroidered Straight Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: indigo blue dabu print cotton kurti with white motifs, short sleeves, round neck, black jeans, white
    # backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-017",
        caption(
            "This woman is wearing a blue short-sleeve kurta with floral patterns. It is with cotton fabric and it has "
            "a round neckline. The woman wears a long blue denim pants.",
            "other_garment_color",
        ),
        open_color("jeans", "blue", "other_garment_color"),
        wearing("a blue short-sleeve kurta with floral patterns"),
        col("blue"),
        mat("cotton fabric"),
        slv("short sleeves"),
        details("kurti", "It is with cotton fabric and it has a round neckline"),
        title="Fabindia Women Indigo Dabu Print Cotton Kurti",
        category="Kurtis",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red kurta with small white polka dots, 3/4 sleeves, mandarin collar with button placket, white leggings,
    # beige tote in hand, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-018",
        caption(
            "The female wears a red medium-sleeve kurta with dotted patterns. It has a stand neckline and buttons on "
            "the front. The female wears a white leggings. There is a bag in her hand."
        ),
        wearing("a red medium-sleeve kurta with dotted patterns"),
        details("kurta", "It has a stand neckline and buttons on the front"),
        open_color("leggings", "red", "other_garment_color"),
        pat("polka dots"),
        gt("dress", "contradiction"),
        mat("", "non_answer"),
        title="Nayo Women Red & White Polka Dot Print Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: black and white gingham checked short kurti, long sleeves, round neck with keyhole, blue jeans, bare
    # wrists, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-019",
        caption(
            "This woman is wearing a long-sleeve kurta with lattice patterns. It has a round neckline. The woman wears "
            "a long denim pants. The pants are with denim fabric and solid color patterns. There is a watch on her "
            "wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve kurta with lattice patterns"),
        pat("checked"),
        col("black"),
        details("kurti", "There is a watch on her wrist", "unsupported"),
        slv("long sleeves"),
        gt("shirt", "contradiction"),
        title="Taavi Women Black & White Checked Short Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise blue sleeveless A-line tunic, white floral embroidery, white jeans, three-quarter turned view,
    # white backdrop. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-020",
        caption(
            "The lady wears a blue sleeveless tunic with floral patterns and a white pants. The tunic is blue. The "
            "tunic is blue. The tunic is blue. The tunic is blue. The tunic is blue. The tunic is blue. The tunic is",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue sleeveless tunic with floral patterns and a white pants"),
        col("blue"),
        open_color("jeans", "white"),
        describe("tunic", "The tunic is blue. The tunic is blue. The tunic is blue. The tunic is blue", "loop"),
        slv("long sleeves", "contradiction"),
        title="Span Women Turquoise Blue Embroidered A-Line Tunic",
        category="Tunics",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: grey cotton shirt-collar kurti with pintucks, long sleeves rolled to the elbow, matte black cotton
    # leggings, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-021",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is leather and it has solid color patterns.",
            "unsupported",
        ),
        wearing("The upper clothing", "non_answer"),
        col("grey"),
        mat("cotton fabric"),
        details("kurti", "The fabric is leather and it has solid color patterns", "unsupported"),
        slv("long sleeves"),
        title="Bitterlime Women Grey Solid Shirt Collar Cotton Kurti",
        category="Kurtis",
        color="Grey",
        gender="Women",
    ),
    # photo: orange kurti, white paisley block print, 3/4 sleeves, round neck, dark blue jeans, sunglasses held in
    # hand, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-022",
        caption(
            "The lady wears an orange medium-sleeve kurta with floral patterns. It has a round neckline. The lady "
            "wears a long blue jeans. There is an accessory in her hand."
        ),
        wearing("an orange medium-sleeve kurta with floral patterns"),
        col("orange"),
        pat("paisley"),
        open_color("jeans", "blue"),
        is_a("kurta", "yes"),
        title="Anouk Women Orange & White Paisley Print Kurti",
        category="Kurtis",
        color="Orange",
    ),
    # photo: beige linen button-down tunic, shirt collar, short rolled sleeves, white leggings, white backdrop, front.
    # caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-023",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The female wears a white leggings.",
            "unsupported",
        ),
        mat("denim fabric", "unsupported"),
        wearing("a short-sleeve shirt with pure color patterns"),
        col("white", "other_garment_color"),
        gt("tunic"),
        open_color("leggings", "white"),
        title="AND Women Beige Linen Button-Down Tunic",
        category="Tunics",
        color="Beige",
        gender="Women",
    ),
    # photo: dark green solid straight kurta, gold zari border at the hem and cuffs, 3/4 sleeves, round neck, black
    # leggings, white backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference
    case(
        "X685-024",
        caption(
            "This woman is wearing a green medium-sleeve kurta with pure color patterns and a golden border at the "
            "hem. It has a round neckline. The woman wears a long black leggings. The leggings are with cotton fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a green medium-sleeve kurta with pure color patterns"),
        details("kurta", "a golden border at the hem"),
        col("green"),
        open_color("leggings", "black"),
        pat("solid"),
        gt("dress", "contradiction"),
        title="Libas Women Green Solid Straight Kurta with Zari Border",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: light pink rayon high-low tunic, short sleeves, round neck, distressed light blue jeans, white sneakers,
    # short-haired model, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-025",
        caption(
            "The man is wearing a pink short-sleeve tunic with pure color patterns. His pants are of long length. The "
            "pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("a pink short-sleeve tunic with pure color patterns"),
        col("pink"),
        describe("tunic", "The man is wearing a pink short-sleeve tunic", "pronoun"),
        open_color("jeans", "pink", "other_garment_color"),
        slv("short sleeves"),
        mat("denim fabric", "unsupported"),
        title="Harpa Women Pink Solid Rayon High-Low Tunic",
        category="Tunics",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton kurti, red and blue floral block print, 3/4 sleeves, round neck, mid-blue jeans, white
    # backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-026",
        caption(
            "The lady wears a white medium-sleeve kurta with floral patterns and a long blue denim pants. The kurta is "
            "with cotton fabric and it has a round neckline. The kurta is with cotton fabric and it has a round "
            "neckline. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        col("blue", "other_garment_color"),
        open_color("jeans", "blue"),
        open_color("kurti", "white"),
        wearing("a white medium-sleeve kurta with floral patterns and a long blue denim pants"),
        pat("floral"),
        title="Biba Women White & Red Floral Print Straight Kurti",
        category="Kurtis",
        color="White",
        gender="Women",
    ),
    # photo: navy knee-length straight kurta with white horizontal stripes, short sleeves, boat neck, white leggings,
    # white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-027",
        caption(
            "This woman is wearing a blue short-sleeve T-shirt with striped patterns. It has a round neckline. The "
            "woman wears a white leggings.",
            "contradiction",
        ),
        wearing("a blue short-sleeve T-shirt with striped patterns", "contradiction"),
        gt("t-shirt", "contradiction"),
        col("blue"),
        pat("striped"),
        open_color("leggings", "white"),
        title="Sangria Women Navy Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mauve rayon kurta, silver foil print, 3/4 sleeves, no pockets, black leggings, white backdrop, front.
    # caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-028",
        caption(
            "The lady wears a purple medium-sleeve kurta with graphic patterns. The lady wears a black leggings. The "
            "leggings are with cotton fabric. The kurta has a pocket on the chest.",
            "unsupported",
        ),
        wearing("a purple medium-sleeve kurta with graphic patterns"),
        details("kurta", "The kurta has a pocket on the chest", "unsupported"),
        col("purple"),
        open_color("leggings", "black"),
        mat("The leggings are with cotton fabric", "unsupported"),
        title="Vishudh Women Mauve Foil Print Rayon Straight Kurta",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: cream A-line kurti, pink floral print, 3/4 sleeves, V-neck, pink leggings, white backdrop, front.
    # caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-029",
        caption(
            "This woman is wearing a white medium-sleeve kurta with floral patterns. It has a V-shape neckline. The "
            "woman wears a pink leggings."
        ),
        wearing("This woman is wearing", "restated"),
        col("pink", "other_garment_color"),
        open_color("leggings", "pink"),
        slv("three-quarter sleeves"),
        describe("kurti", "white medium-sleeve kurta with floral patterns"),
        title="Jaipur Kurti Women Cream & Pink Floral Print A-Line Kurti",
        category="Kurtis",
        color="Cream",
        gender="Women",
    ),
    # photo: blue chambray tunic, shirt collar, button placket, long sleeves, black leggings, white backdrop, front.
    # caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-030",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. The neckline of it is lapel. "
            "The lower clothing is of long length. The fabric is cotton and it has solid color patterns."
        ),
        mat("denim fabric"),
        wearing("The upper clothing has long sleeves, denim fabric and pure color patterns"),
        open_color("leggings", "", "non_answer"),
        col("blue"),
        gt("tunic"),
        details("tunic", "The neckline of it is", "cut"),
        title="Roadster Women Blue Chambray Shirt Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: burgundy rayon tunic, lace yoke, long sleeves, black jeans, white backdrop, front.
    # caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-031",
        caption(
            "The lady wears a red long-sleeve tunic with lace on the yoke and a long black denim pants. The pants are "
            "with denim fabric and pure color patterns. Question: What is the color of the tunic? Answer: red "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        col("red"),
        wearing("a red long-sleeve tunic with lace on the yoke and a long black denim pants"),
        open_color("jeans", "red", "other_garment_color"),
        details("tunic", "lace on the yoke"),
        slv("short sleeves", "contradiction"),
        describe("tunic", "Question: What is the color of the tunic? Answer: red", "leak"),
        title="Athena Women Burgundy Lace Yoke Tunic",
        category="Tunics",
        color="Burgundy",
        gender="Women",
    ),
    # photo: mint green cotton kurti with a small pink floral print, short sleeves, round neck, white jeans, white
    # backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-032",
        caption(
            "Her kurta has short sleeves, cotton fabric and floral patterns. It has a round neckline. The trousers the "
            "female wears is of long length. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("Her kurta has short sleeves, cotton fabric and floral patterns"),
        col("pink", "contradiction"),
        pat("floral"),
        mat("cotton fabric"),
        open_color("jeans", "denim", "non_answer"),
        title="Nayo Women Mint Green & Pink Floral Print Pure Cotton Kurti",
        category="Kurtis",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal grey sleeveless kurti, white chevron print, V-neck, black leggings, white backdrop, front.
    # caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-033",
        caption(
            "The female is wearing a grey sleeveless kurta with striped patterns. It is with cotton fabric and it has "
            "a V-shape neckline. The female wears a long black leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sleeveless kurta with striped patterns"),
        slv("sleeveless"),
        col("black", "other_garment_color"),
        pat("chevron"),
        title="Bitterlime Women Charcoal Grey Chevron Print Cotton Kurti",
        category="Kurtis",
        color="Charcoal",
        gender="Women",
    ),
    # photo: teal tunic, tonal embroidery at the neckline, 3/4 sleeves, white leggings, sunglasses pushed up on the
    # head, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-034",
        caption(
            "This man is wearing a green medium-sleeve tunic with pure color patterns. He wears a white leggings. "
            "There is a sunglasses on his head.",
            "pronoun",
        ),
        wearing("a green medium-sleeve tunic with pure color patterns"),
        details("tunic", "There is a sunglasses on his head", "pronoun"),
        col("green"),
        open_color("leggings", "white"),
        slv("sleeveless", "contradiction"),
        title="Span Women Teal Embroidered Tunic",
        category="Tunics",
        color="Teal",
        gender="Women",
    ),
    # photo: coffee brown straight kurta, cream geometric print, 3/4 sleeves, round neck, mid-blue jeans, tan handbag,
    # white backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-035",
        caption(
            "The lady wears a brown medium-sleeve kurta with graphic patterns. It has a round neckline, a round "
            "neckline, a round neckline, a round neckline, a round neckline, a round neckline, a round neckline, a "
            "round",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown medium-sleeve kurta with graphic patterns"),
        col("brown"),
        details("kurta", "a round neckline, a round neckline, a round neckline, a round neckline", "loop"),
        open_color("jeans", "brown", "other_garment_color"),
        gt("kurta"),
        title="Anouk Women Coffee Brown & Cream Printed Straight Kurta",
        category="Kurtas",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: lime green rayon kurti, white print, short sleeves, round neck, white leggings, white backdrop, front.
    # caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-036",
        caption(
            "The lady is wearing a yellow short-sleeve kurta with floral patterns. The lady wears a white leggings. "
            "The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        col("green"),
        wearing("a yellow short-sleeve kurta with floral patterns", "contradiction"),
        open_color("leggings", "white"),
        mat("cotton fabric", "unsupported"),
        slv("short sleeves"),
        title="Shree Women Lime Green Printed Rayon Straight Kurti",
        category="Kurtis",
        color="Lime Green",
        gender="Women",
    ),
    # photo: multicoloured patchwork tunic (blocks of red, mustard, teal, pink), 3/4 sleeves, round neck, blue jeans,
    # white backdrop, front; the row has no color column. caption: e1 adapter; open: extractive QA; closed: reference
    case(
        "X685-037",
        caption(
            "This woman is wearing a medium-sleeve tunic with color block patterns. It has a round neckline. The "
            "woman wears a long blue denim pants. Question: what is the pattern of the tunic? Answer: color block",
            "leak",
        ),
        wearing("a medium-sleeve tunic with color block patterns"),
        col("multicolor"),
        pat("color block"),
        open_color("jeans", "blue"),
        describe("tunic", "tunic", "non_answer"),
        title="Global Desi Women Multicoloured Patchwork Tunic",
        category="Tunics",
        gender="Women",
    ),
    # photo: powder blue cotton kurti, white chikankari floral embroidery, 3/4 sleeves, white leggings, white
    # backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-038",
        caption(
            "The female wears a blue medium-sleeve kurta with floral patterns. The kurta is with cotton fabric. The "
            "female wears a blue leggings.",
            "other_garment_color",
        ),
        open_color("leggings", "blue", "other_garment_color"),
        wearing("The female wears", "restated"),
        col("blue"),
        mat("cotton fabric"),
        is_a("kurta", "yes"),
        title="Ada Women Powder Blue Pure Cotton Chikankari Embroidered Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: black solid asymmetric tunic with a front slit, long sleeves, blue ripped jeans, front view (back not
    # visible), white backdrop. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-039",
        caption(
            "The lady wears a black long-sleeve tunic with pure color patterns and a long blue denim pants. The tunic "
            "has a zipper on the back.",
            "unsupported",
        ),
        wearing("a black long-sleeve tunic with pure color patterns and a long blue denim pants"),
        details("tunic", "The tunic has a zipper on the back", "unsupported"),
        col("black"),
        open_color("jeans", "blue"),
        slv("long sleeves"),
        pat("solid"),
        title="AND Women Black Solid Asymmetric Tunic",
        category="Tunics",
        color="Black",
        gender="Women",
    ),
    # photo: coral orange solid kurta, gotta patti trim, 3/4 sleeves, V-neck, cream leggings, gold embroidered potli
    # bag in hand, white backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: ref
    case(
        "X685-040",
        caption(
            "The lady wears a orange medium-sleeve kurta with pure color patterns. It has a V-shape neckline. The "
            "lady wears a white leggings. There is a bag in her hand. The bag is with golden patterns and it",
            "cut",
            hit_limit=True,
        ),
        wearing("The lady wears", "restated"),
        col("orange"),
        open_color("leggings", "orange", "other_garment_color"),
        details("kurta", "It has a V-shape neckline"),
        title="Varanga Women Coral Solid Gotta Patti Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: navy tunic with white polka dots, tie-up belt at the waist, short sleeves, round neck, white jeans,
    # white backdrop, front. caption: e1 adapter (ran to the limit); open: extractive QA; closed: reference engine
    case(
        "X685-041",
        caption(
            "This woman is wearing a blue short-sleeve tunic with dotted patterns. It has a round neckline and a belt "
            "on the waist. The woman wears a long white denim pants. The pants are with denim fabric and pure color "
            "patterns. The woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue short-sleeve tunic with dotted patterns"),
        details("tunic", "a belt on the waist"),
        col("white", "other_garment_color"),
        open_color("jeans", "white"),
        mat("", "non_answer"),
        title="Harpa Women Navy Blue Polka Dot Tunic with Tie-Up",
        category="Tunics",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink straight kurta, gold print, 3/4 sleeves, round neck, mid-blue jeans, white backdrop, front.
    # caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-042",
        caption(
            "The lady wears a pink medium-sleeve kurta with graphic patterns and a long blue denim pants. Question: "
            "What is the lady wearing? Answer: a pink kurta and blue jeans.",
            "leak",
        ),
        wearing("a pink kurta and blue jeans"),
        col("pink"),
        open_color("jeans", "blue"),
        describe("kurta", "Question: What is the lady wearing? Answer: a pink kurta", "leak"),
        slv("short sleeves", "contradiction"),
        title="Biba Women Pink Printed Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green cotton tunic, no collar, V-neck with embroidered edge, long sleeves rolled up, black jeans,
    # phone in hand, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-043",
        caption(
            "The lady is wearing a green long-sleeve shirt with pure color patterns. It has a V-shape neckline. The "
            "lady wears a long black denim pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a green long-sleeve shirt with pure color patterns", "contradiction"),
        col("green"),
        gt("tunic"),
        open_color("jeans", "black"),
        mat("denim fabric", "unsupported"),
        title="Roadster Women Olive Green Solid Cotton Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: purple straight kurta, silver print, 3/4 sleeves, white leggings, back view with a long braid, white
    # backdrop. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-044",
        caption(
            "The lady wears a purple medium-sleeve kurta with graphic patterns. The lady wears a white leggings. Her "
            "hair is long."
        ),
        wearing("a purple medium-sleeve kurta with graphic patterns"),
        col("purple"),
        open_color("leggings", "white"),
        describe("kurta", "purple medium-sleeve kurta with graphic patterns"),
        pat("printed"),
        title="W Women Purple Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: red cotton kurti, small white embroidery at the neckline, 3/4 sleeves, round neck, mid-blue jeans,
    # short-haired model, white backdrop, front. caption: e1 adapter; open: extractive QA; closed: reference engine
    case(
        "X685-045",
        caption(
            "His red kurta has medium sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "pants the gentleman wears is of long length. The pants are with denim fabric.",
            "pronoun",
        ),
        wearing("His red kurta has medium sleeves, cotton fabric and pure color patterns", "pronoun"),
        col("red"),
        open_color("jeans", "red", "other_garment_color"),
        mat("cotton fabric"),
        title="Sangria Women Red Embroidered Cotton Straight Kurti",
        category="Kurtis",
        color="Red",
        gender="Women",
    ),
    # photo: blue and white shibori tie-dye cotton tunic, short sleeves, round neck, black leggings, white backdrop,
    # front; the row has no category column. caption: e1 adapter (ran to the limit); open: extractive QA; closed: ref
    case(
        "X685-046",
        caption(
            "The female is wearing a blue short-sleeve tunic with lattice patterns and a black leggings. The tunic is "
            "with cotton fabric. The tunic is with cotton fabric. The tunic is with cotton fabric. The tunic is with "
            "cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue short-sleeve tunic with lattice patterns and a black leggings"),
        col("blue"),
        pat("tie-dye"),
        open_color("leggings", "black"),
        details("tunic", "The tunic is with cotton fabric. The tunic is with cotton fabric. The tunic is with", "loop"),
        title="Fabindia Women Blue & White Shibori Tie-Dye Cotton Tunic",
        color="Blue",
        gender="Women",
    ),
]
