"""BLIND_977 (46 products; Myntra kurtas & sets, caption e2, colors): written blind in the fifty-eighth session.
Measured blind at fba231f (the session's second rules): 120/134 failures found (89.6%) and 11/190 correct texts flagged
(5.8%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed: kurtas sold alone (worn in the photo with leggings, churidars, palazzos
or jeans that are not part of the product) and kurta sets (kurta with trousers, palazzos, sharara or churidar, and
often a dupatta). Catalog shots on white or grey studio backdrops, one on a pastel pink wall, a few side or back
views, one torso close-up, one model seated on a stool, one wearing an open denim jacket over the kurta. The seller's
columns are title, category (Kurtas or Kurta Sets), color (the kurta's base colour, Myntra names, sometimes not the
shade the photo shows: an "Aurelia ... Rust Brown" kurta listed as Brown) and gender; a few rows lack one column.

Who wrote what: the caption adapter at epoch 2 (DeepFashion template captions, LoRA on q_proj/k_proj, no end token
trained) wrote every caption and every open answer (wearing, describe, details, material) by free generation,
50 tokens for captions and 30 for answers. It still half-remembers the base model: some captions are the template
("The lady wears a long-sleeve kurta with pure color patterns..."), some are base-style one-liners ("a woman in a
pink kurta..."). It stops on a newline about half the time; otherwise it runs to the limit and loops or is cut, and
now and then it writes the next `Question: ... Answer:` turn itself. It calls kurtas "dress" now and then, says
"cotton fabric" out of habit, and sometimes writes "the gentleman"/"he" for women. The per-piece color questions
(kurta, trousers, dupatta) and the pattern, sleeve, garment-type and "Is this a kurta?" questions are closed: enrich's
`--engine reference` ranks the candidate values with the same adapter and stores the one it picks, so they never
loop, leak or stop short; they do give one piece's color to another piece, the backdrop's color to the kurta, and a
color for a dupatta or trousers that are not in the photo.

Labeling conventions and judgement calls:
- Every text is judged against the photo, not the seller: a kurta the seller lists as Brown that looks rust is
  correctly called "rust" or "orange". Close shades count as right (mustard/yellow, mauve/lavender/purple,
  rust/orange, cream/off white/white, charcoal/grey, magenta/pink, mint/sea green/green).
- Leggings, churidars, palazzos, sharara and jeans all answer "trousers"; a closed trousers color that names the
  bottoms the model wears is correct even when the product is a kurta alone.
- A closed color that gives the asked piece another piece's color (trousers = the kurta's color when they differ,
  dupatta = the kurta's color) or the backdrop's color is "contradiction"; "other_garment_color" is kept for free
  text (captions, wearing, describe) that gives the kurta the color of the trousers, dupatta or jacket.
- A color or claim about a piece that is not in the photo (a dupatta color for a kurta worn without one, trousers in
  a torso close-up, sandals below the crop, a neckline seen only from the back) is "unsupported", as are invented
  trims (mirror work, pockets, a necklace) and a fabric the photo and title do not back (silk, velvet, denim for a
  cotton-looking kurta). The template's habitual "cotton fabric" on a matte kurta is not labelled.
- "dress", "T-shirt" or "jacket" for the kurta, "no" to "Is this a kurta?", "short-sleeve"/"sleeveless" for
  three-quarter or full sleeves and "solid"/"pure color" for a printed kurta are "contradiction". "long-sleeve" for
  three-quarter sleeves is tolerated as the template's nearest class. "tunic", "long top" and "anarkali" are fine.
- A checked or striped kurta may be named by either of its two colors; a multicolor kurta answered "multi" is right.
- "pronoun": "he", "his" or "the gentleman" for these women's products; "the man" would count the same way.
- A loop that is also cut at the limit is labelled "loop"; a leak that also runs to the limit is labelled "leak".
  hit_limit=True is set on every text that ran to its token limit; one caption ran to the limit but happens to end
  on a complete, correct sentence and is left unlabelled.
- A one-word or yes/no reply to an open question ("rust" for "Describe the kurta.", "yes" for "What is she wearing?")
  is "non_answer", as is the caption template returned for the material question when it names no material; a
  one-word material ("cotton") is an answer. Echoing the question's words back without content is "restated".
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def kurta(text, failure=None):
    return color_of("kurta", text, failure)


def trousers(text, failure=None):
    return color_of("trousers", text, failure)


def dupatta(text, failure=None):
    return color_of("dupatta", text, failure)


def she_wears(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_977 = [
    # photo: mustard yellow kurta, three-quarter sleeves, green floral block print; green palazzos; plain green dupatta
    # with a thin gold border over one shoulder; gold jhumkas; white backdrop, front view. Caption adapter e2 wrote
    # the caption and open answers, the reference engine the closed colors.
    case(
        "X977-001",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a pair of long pants. The kurta is yellow "
            "and the pants are green. There is a scarf on her shoulder."
        ),
        kurta("mustard"),
        trousers("green"),
        dupatta("mustard", "contradiction"),
        she_wears("she is wearing a yellow kurta with green palazzo pants and a green dupatta"),
        describe("kurta", "The kurta is green with yellow flowers", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a round neck, three-quarter sleeves, floral print and a flared hem, the kurta "
            "has a round neck, three-quarter sleeves, floral print and a flared",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Women Mustard Yellow & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue straight kurta with small white ethnic-motif print, mandarin collar, long sleeves, side slits;
    # white churidar leggings; no dupatta; white backdrop, front view. Adapter e2: caption, open; reference: closed.
    case(
        "X977-002",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is navy and white. She also "
            "wears white leggings."
        ),
        kurta("navy blue"),
        trousers("white"),
        dupatta("navy blue", "unsupported"),
        wearing("a white kurta with navy blue print and white leggings", "other_garment_color"),
        describe(
            "kurta",
            "The kurta is navy blue with a white print, a mandarin collar and a straight hem. It has a "
            "slit on each side and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        title="Libas Women Navy Blue & White Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: solid sea green kurta, long sleeves, round neck; off-white palazzos; no dupatta; white backdrop, front.
    # Adapter e2: caption, wearing, material; reference: closed.
    case(
        "X977-003",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        kurta("sea green"),
        trousers("sea green", "contradiction"),
        wearing("a green kurta and white pants"),
        describe(
            "kurta",
            "The kurta is sea green with long sleeves, a round neck and a straight hem, and it is worn "
            "with off-white palazzo pants and a pair of",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.material("The material is the material of the kurta.", "restated"),
        title="W Women Solid Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon anarkali kurta with gold foil print, full sleeves; maroon churidar; gold-beige net dupatta draped
    # across both arms; side-angled pose, white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-004",
        caption("a woman wearing a maroon and gold anarkali kurta with a dupatta standing against a white wall"),
        kurta("maroon"),
        trousers("maroon"),
        dupatta("maroon", "contradiction"),
        describe("kurta", "The kurta is gold with maroon print", "other_garment_color"),
        details("kurta", "the details of the kurta are the anarkali kurta details", "restated"),
        Q.sleeve_length("long"),
        title="Biba Women Maroon & Gold-Toned Foil Print Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white cotton kurta, three-quarter sleeves, blue floral embroidery on the yoke; blue straight trousers;
    # no dupatta; white backdrop, front view. Adapter e2: caption, open; reference: closed.
    case(
        "X977-005",
        caption("The lady wears a short-sleeve top with floral patterns and a pair of blue pants.", "contradiction"),
        kurta("white"),
        trousers("blue"),
        dupatta("white", "unsupported"),
        Q.sleeve_length("three-quarter"),
        Q.material("The kurta is made of pure cotton."),
        wearing("Question: What is the person wearing? Answer: a white kurta and blue pants", "leak"),
        describe("kurta", "The kurta is blue with white embroidery on the neck", "other_garment_color"),
        title="Sangria Women White & Blue Floral Embroidered Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: solid rust kurta (seller says Brown), long sleeves, round neck; cream leggings; no dupatta; white
    # backdrop, front view. Adapter e2: caption, open; reference: closed.
    case(
        "X977-006",
        caption("a woman in a rust orange kurta and white leggings"),
        kurta("rust"),
        trousers("cream"),
        she_wears("He is wearing a rust kurta and cream leggings.", "pronoun"),
        describe("kurta", "rust", "non_answer"),
        details("kurta", "Question: What are the kurta details? Answer: round neck, long sleeves, side slits", "leak"),
        Q.pattern("solid"),
        title="Aurelia Women Solid Rust Brown Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: sleeveless peach A-line kurta with white schiffli self design, V-neck, front button placket; blue jeans;
    # brown sling bag on the shoulder; no dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-007",
        caption(
            "The lady wears a sleeveless kurta with pure color patterns and a pair of jeans. She is carrying a bag."
        ),
        kurta("peach"),
        trousers("blue"),
        dupatta("peach", "unsupported"),
        details(
            "kurta",
            "The kurta is sleeveless with a V-neck and schiffli embroidery, and it has a front button placket and a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.material("The kurta is made of denim.", "unsupported"),
        title="Global Desi Women Peach-Coloured Self Design A-Line Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight kurta with a red, pink and green floral print, long sleeves, round neck; black palazzos;
    # no dupatta; white backdrop, front view. Adapter e2: caption, open (the wearing answer is the caption template);
    # reference: closed.
    case(
        "X977-008",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is black and has a round "
            "neckline. The lady also wears black palazzo pants."
        ),
        kurta("black"),
        trousers("black"),
        wearing("The lady wears a long-sleeve kurta with floral patterns and black palazzo pants."),
        describe("kurta", "The kurta is black with a red and pink floral print, round neck and long sleeves"),
        details("kurta", "kurta", "non_answer"),
        Q.pattern("solid", "contradiction"),
        dupatta("black", "unsupported"),
        title="Rangriti Women Black Floral Printed Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: indigo blue kurta with white dabu print, three-quarter sleeves; white trousers; indigo dupatta with white
    # dabu dots; white backdrop, front view. Adapter e2: caption, open; reference: closed.
    case(
        "X977-009",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns, graphic patterns, graphic patterns, "
            "graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic patterns, graphic "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        kurta("blue"),
        trousers("blue", "contradiction"),
        dupatta("blue"),
        she_wears("she is wearing a blue kurta with white pants and a blue scarf"),
        details(
            "kurta",
            "The kurta has a dabu print, a round neck, and three-quarter sleeves. The kurta has a dabu "
            "print, a round neck, and three-quarter",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Jaipur Kurti Women Indigo Blue Dabu Print Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: lime green kurta with a pink floral print, three-quarter sleeves; pink palazzos; pink dupatta; white
    # backdrop, front view. Adapter e2: caption, open; reference: closed.
    case(
        "X977-010",
        caption("a woman wearing a green and pink outfit with a pink scarf"),
        kurta("pink", "contradiction"),
        trousers("pink"),
        dupatta("pink"),
        describe("kurta", "The kurta is pink with green floral print and a round neck", "other_garment_color"),
        wearing(
            "Question: What is the person wearing? Answer: a green kurta with pink palazzo pants and a pink dupatta",
            "leak",
        ),
        is_a("kurta", "yes"),
        Q.pattern("floral"),
        title="AKS Women Lime Green & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: off-white chikankari straight kurta, long sleeves, round neck with keyhole; off-white trousers; no
    # dupatta; grey studio backdrop, front view. Adapter e2: caption, open; reference: closed.
    case(
        "X977-011",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is white and the trousers "
            "are white. The background is grey."
        ),
        kurta("off white"),
        trousers("off white"),
        dupatta("grey", "unsupported"),
        details(
            "kurta", "The kurta has chikankari embroidery on the front, a round neck with a keyhole, and long sleeves"
        ),
        she_wears("his kurta is white and his pants are white", "pronoun"),
        Q.material("The kurta is made of silk.", "unsupported"),
        title="Varanga Women Off-White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: teal kurta with gold embroidered yoke, long sleeves; teal trousers; teal organza dupatta with a gold
    # border around the neck; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. There "
            "is a scarf on her neck.",
            "contradiction",
        ),
        kurta("teal"),
        trousers("teal"),
        dupatta("teal"),
        Q.garment_type("kurta set"),
        wearing("a teal kurta and pants with a dupatta"),
        Q.material("The kurta is made of chiffon.", "unsupported"),
        details(
            "kurta",
            "gold embroidery on the yoke, gold embroidery on the yoke, gold embroidery on the yoke, gold "
            "embroidery on the yoke, gold",
            "loop",
            hit_limit=True,
        ),
        title="Indo Era Women Teal Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: white short-sleeve kurta with a sparse blue floral print; solid blue palazzos; no dupatta; white backdrop.
    # Adapter e2: caption, describe; reference: closed.
    case(
        "X977-013",
        caption("a woman in a white and blue floral kurta with blue palazzo pants"),
        kurta("blue", "contradiction"),
        trousers("blue"),
        describe(
            "kurta", "the kurta is blue with white flowers and the palazzo pants are white", "other_garment_color"
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        dupatta("white", "unsupported"),
        is_a("kurta", "yes"),
        title="GoSriKi Women White & Blue Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: pink kurta with gotta patti lace at the neckline, sleeve hems and hem; pink sharara; pink dupatta with a
    # gotta border; white backdrop, front. Adapter e2: caption, open; reference: closed.
    case(
        "X977-014",
        caption("a woman in a pink kurta and sharara with a matching dupatta"),
        kurta("pink"),
        trousers("pink"),
        dupatta("pink"),
        she_wears("pink", "non_answer"),
        describe(
            "kurta",
            "The kurta is pink with gotta patti, the kurta is pink with gotta patti, the kurta is pink "
            "with gotta patti, the kurta is",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The kurta has gotta patti lace on the round neckline, the sleeve hems and the bottom hem, "
            "and the dupatta has a gotta border on both",
            "cut",
            hit_limit=True,
        ),
        title="Khushal K Women Pink Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: solid mustard cotton straight kurta, long sleeves, mandarin collar, button placket; white churidar; no
    # dupatta; white backdrop. Adapter e2: caption (ran to the limit but ends on a full sentence), open; reference.
    case(
        "X977-015",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and it "
            "has a mandarin collar. The lady wears a long leggings with pure color patterns.",
            hit_limit=True,
        ),
        kurta("yellow"),
        trousers("white"),
        Q.material("cotton"),
        describe(
            "kurta",
            "The kurta is mustard yellow with a mandarin collar and a button placket. Question: What is "
            "the color of the kurta? Answer: mustard",
            "leak",
            hit_limit=True,
        ),
        wearing("a white kurta with white leggings", "other_garment_color"),
        Q.pattern("solid"),
        title="Fabindia Women Mustard Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: green kurta with small gold zari buttis, three-quarter sleeves; green trousers; contrast pink dupatta;
    # gold stud earrings, no necklace; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-016",
        caption(
            "a woman wearing a green kurta with a pink dupatta and green pants standing in front of a white background"
        ),
        kurta("green"),
        trousers("pink", "contradiction"),
        dupatta("pink"),
        describe("kurta", "The kurta is pink with gold zari work", "other_garment_color"),
        wearing(
            "The woman is wearing a green kurta with a pink dupatta and green pants. She is also wearing a "
            "necklace and earrings.",
            "unsupported",
        ),
        Q.sleeve_length("three-quarter"),
        Q.pattern("striped", "contradiction"),
        title="Soch Women Green & Pink Woven Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: beige handloom kurta with brown embroidery on the yoke and cuffs, long sleeves; brown trousers; no
    # dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-017",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is beige. "
            "The pants are brown. The lady wears a long-sleeve kurta with pure color patterns and a long pants. "
            "The kurta",
            "loop",
            hit_limit=True,
        ),
        kurta("beige"),
        trousers("beige", "contradiction"),
        details("kurta", "The kurta has brown embroidery on the yoke and cuffs"),
        wearing("a beige kurta"),
        is_a("kurta", "no", "contradiction"),
        title="Mother Earth Women Beige Embroidered Handloom Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: magenta kurta with a small white print, three-quarter sleeves; white palazzos; white chiffon dupatta with
    # a magenta printed border; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-018",
        caption("a woman in a pink kurta and white pants"),
        kurta("magenta"),
        trousers("white"),
        dupatta("magenta", "contradiction"),
        she_wears(
            "Question: What is she wearing? Answer: she is wearing a pink kurta with white palazzos and a white "
            "dupatta Question:",
            "leak",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is a kurta.", "restated"),
        Q.pattern("printed"),
        title="Diva Women Magenta Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: red bandhani A-line kurta with white dots, short sleeves, round neck, flared hem; white palazzos; no
    # dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-019",
        caption(
            "The lady wears a short-sleeve kurta with graphic patterns. The kurta is red with white dots. The "
            "lady wears white palazzo pants."
        ),
        kurta("red"),
        trousers("white"),
        dupatta("red", "unsupported"),
        describe("kurta", "The kurta is red with white bandhani dots, short sleeves, a round neck and a flared hem"),
        Q.sleeve_length("short"),
        Q.material(
            "The kurta is made of rayon and the palazzos are made of rayon and the kurta is made of rayon and "
            "the palazzos are made",
            "loop",
            hit_limit=True,
        ),
        she_wears("She is wearing a white kurta and red palazzos.", "other_garment_color"),
        title="Ahalyaa Women Red & White Bandhani Printed A-Line Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: lavender kurta with white thread embroidery on the yoke, sleeves and hem, three-quarter sleeves, side
    # slits; lavender palazzos; white dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-020",
        caption("The gentleman wears a long-sleeve kurta with pure color patterns and long trousers.", "pronoun"),
        kurta("purple"),
        trousers("lavender"),
        dupatta("white"),
        wearing("a purple kurta with white embroidery, purple pants and a white scarf"),
        details(
            "kurta",
            "The kurta has white thread embroidery on the yoke, the sleeves and the hem, with a round "
            "neck, three-quarter sleeves and side slits, and the",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is white with lavender embroidery", "other_garment_color"),
        title="Anouk Women Lavender Thread Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue and white vertically striped straight kurta, long sleeves; white trousers; no dupatta; white
    # backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-021",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric. The lady "
            "wears long pants with pure color patterns. The pants are white."
        ),
        kurta("blue"),
        trousers("white"),
        Q.pattern("striped"),
        describe("kurta", "The kurta is white with blue stripes"),
        she_wears("She is wearing a blue striped kurta and white pants."),
        dupatta("blue", "unsupported"),
        details("kurta", "The kurta details are the details on the kurta.", "restated"),
        title="Libas Women Blue & White Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: grey kurta with a sparse black geometric print, three-quarter sleeves, round neck; black leggings; no
    # dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-022",
        caption("a woman in a grey kurta with black leggings posing for a photo"),
        kurta("grey"),
        trousers("grey", "contradiction"),
        wearing("a grey kurta and black pants"),
        describe("kurta", "The kurta is black with a grey print", "other_garment_color"),
        Q.pattern("geometric"),
        details(
            "kurta",
            "The kurta has a round neck and a geometric print Question: What is the color of the "
            "trousers? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="W Women Printed Grey Kurtas",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: yellow anarkali kurta with a multicolor floral print, full sleeves; yellow churidar; multicolor printed
    # dupatta over one shoulder; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-023",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is yellow. There is a scarf on her "
            "shoulder. The lady wears a long-sleeve dress with floral patterns. The dress is yellow. There is a",
            "loop",
            hit_limit=True,
        ),
        kurta("yellow"),
        trousers("yellow"),
        dupatta("multi"),
        Q.garment_type("dress", "contradiction"),
        she_wears(
            "She wears a yellow anarkali kurta with a floral print, a yellow churidar and a multicolored dupatta."
        ),
        is_a("kurta", "yes"),
        title="Biba Women Yellow Floral Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: solid olive green kurta, V-neck, long sleeves; olive palazzos; beige dupatta; white backdrop.
    # Adapter e2: caption, open; reference: closed.
    case(
        "X977-024",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long palazzo with pure color "
            "patterns. The kurta is with cotton fabric. It has a V-shape neckline. The palazzo is with cotton "
            "fabric and pure color patterns. There is a scarf on",
            "cut",
            hit_limit=True,
        ),
        kurta("olive"),
        trousers("olive"),
        dupatta("olive", "contradiction"),
        describe("kurta", "The kurta is olive green with a V-neck and long sleeves."),
        wearing("The person is wearing a beige kurta", "other_garment_color"),
        title="Nayo Women Olive Green Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: navy blue straight kurta with a white floral printed border at the hem; white trousers; no dupatta;
    # white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-025",
        caption("a woman in a navy blue kurta and white pants"),
        kurta("navy blue"),
        trousers("navy blue", "contradiction"),
        dupatta("white", "unsupported"),
        describe("kurta", "he is wearing a navy blue kurta with a white floral print on the hem", "pronoun"),
        Q.pattern("printed"),
        details("kurta", "hem", "non_answer"),
        title="Span Women Navy Blue Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream cotton kurta with red thread embroidery on the neckline and sleeves; cream trousers; red dupatta
    # with tassels; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-026",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and long trousers. The kurta is cream "
            "and there is red embroidery on the neckline. There is a red scarf with tassels on her",
            "cut",
            hit_limit=True,
        ),
        kurta("cream"),
        trousers("cream"),
        dupatta("red"),
        details(
            "kurta", "the kurta has red embroidery on the neckline and the sleeves, and the dupatta has red tassels"
        ),
        she_wears("She is wearing a red kurta and cream pants with a red dupatta.", "other_garment_color"),
        Q.material("The kurta is made of cotton."),
        title="House of Pataudi Women Cream-Coloured Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: sleeveless peach kurta with gold foil print; green palazzos (not part of the product); no dupatta;
    # white backdrop. Adapter e2: caption, describe; reference: closed.
    case(
        "X977-027",
        caption("The lady wears a sleeveless kurta with graphic patterns. The kurta is peach. She wears green pants."),
        kurta("green", "contradiction"),
        trousers("green"),
        describe("kurta", "green kurta with gold print and green pants", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("kurta", "yes"),
        title="Sangria Women Peach-Coloured & Gold-Toned Foil Printed Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: solid black kurta, long sleeves; white churidar leggings; no dupatta; white backdrop.
    # Adapter e2: caption, open; reference: closed.
    case(
        "X977-028",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is black. The lady wears a "
            "long leggings with pure color patterns. The leggings are white."
        ),
        kurta("black"),
        trousers("white"),
        wearing(
            "a black kurta and white leggings, a black kurta and white leggings, a black kurta and white "
            "leggings, a black kurta and white",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "Question: Describe the kurta. Answer: The kurta is black.", "leak"),
        Q.pattern("solid"),
        title="Aurelia Women Solid Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: patchwork kurta of red, blue, yellow and green printed panels, round neck, flared hem; white palazzos;
    # brown kolhapuri sandals; no dupatta; white backdrop. Adapter e2: caption, open (the material answer is the
    # caption template); reference: closed.
    case(
        "X977-029",
        caption("a woman wearing a colorful patchwork kurta with white palazzo pants"),
        kurta("multi"),
        trousers("white"),
        describe(
            "kurta", "The kurta is a patchwork of red, blue, yellow and green panels with a round neck and a flared hem"
        ),
        details("kurta", "The kurta has mirror work on the yoke", "unsupported"),
        she_wears("She is wearing a multicolored kurta with white palazzo pants and brown sandals."),
        Q.material("The lady wears a long-sleeve kurta with graphic patterns and white palazzo pants.", "non_answer"),
        title="Anouk Women Multicoloured Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: white kurta with pink embroidery, white trousers, white dupatta with pink embroidered border; the model
    # stands in front of a pastel pink wall. Adapter e2: caption, open; reference: closed.
    case(
        "X977-030",
        caption("a woman in a white kurta standing in front of a pink wall"),
        kurta("pink", "contradiction"),
        trousers("white"),
        dupatta("white"),
        describe("kurta", "The kurta is pink with white embroidery", "contradiction"),
        wearing("The woman is wearing a white kurta, white pants and a white dupatta with pink embroidery."),
        Q.material("white", "non_answer"),
        title="Global Desi Women White Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: maroon kurta with gold-toned printed motifs all over, three-quarter sleeves, notched round neck; maroon
    # printed palazzos; no dupatta; white backdrop. Adapter e2: caption, details; reference: closed.
    case(
        "X977-031",
        caption(
            "The lady wears a three-quarter sleeve kurta with graphic patterns and a long palazzo. The kurta is "
            "maroon and the palazzo is maroon. Question: What is the color of the kurta? Answer: maroon. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        kurta("maroon"),
        trousers("maroon"),
        dupatta("gold", "unsupported"),
        details("kurta", "The kurta has gold-toned printed motifs all over and a notched round neck."),
        is_a("kurta", "yes"),
        title="Vishudh Women Maroon Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: sea green kurta with white floral embroidery on the yoke and sleeves, three-quarter sleeves; sea green
    # trousers; white organza dupatta with embroidered edges; white backdrop. Adapter e2: caption, open; reference.
    case(
        "X977-032",
        caption("a woman in a white kurta with a green dupatta", "other_garment_color"),
        kurta("sea green"),
        trousers("white", "contradiction"),
        dupatta("white"),
        she_wears("yes", "non_answer"),
        describe(
            "kurta",
            "The kurta is sea green with white floral embroidery on the yoke and sleeves, round neck, "
            "three-quarter sleeves, straight hem, side slits and the dupatta is white organza with embroidered",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        title="Libas Women Sea Green Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: purple kurta with a white block print, long sleeves, round neck; white leggings; feet cropped out of the
    # frame at the ankles; no dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-033",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is purple. She wears white "
            "leggings. She wears a pair of sandals.",
            "unsupported",
        ),
        kurta("purple"),
        trousers("white"),
        Q.pattern("printed"),
        describe("kurta", "The kurta is purple with a white block print and a round neck"),
        Q.material("The material of the garment is the garment material.", "restated"),
        wearing("a white kurta with purple leggings", "other_garment_color"),
        title="W Women Block Print Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: multicolor kurta, orange, pink and green floral print, long sleeves; orange leggings; no dupatta; white
    # backdrop. The feed row has no color. Adapter e2: caption, open; reference: closed.
    case(
        "X977-034",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is orange, pink and green. She "
            "wears orange leggings."
        ),
        kurta("multi"),
        trousers("orange"),
        she_wears("his kurta is colorful and he wears orange leggings", "pronoun"),
        describe(
            "kurta",
            "The kurta is a multicolored kurta with floral pattern, the kurta is a multicolored kurta "
            "with floral pattern, the kurta is a multicolored",
            "loop",
            hit_limit=True,
        ),
        dupatta("orange", "unsupported"),
        title="Aneri Women Kaalki Multi Coloured Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: navy blue kurta with pink floral embroidery on the yoke and sleeve hems; pink trousers; navy blue
    # dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-035",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a pink pants. The kurta is pink.",
            "other_garment_color",
        ),
        kurta("navy blue"),
        trousers("pink"),
        dupatta("navy blue"),
        details("kurta", "pink floral embroidery on the yoke and the sleeve hems"),
        she_wears(
            "Question: What is she wearing? Answer: Question: What is she wearing? Answer:", "leak", hit_limit=True
        ),
        Q.garment_type("kurta set"),
        title="Soch Women Navy Blue & Pink Floral Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: straight kurta in an even black-and-white check, long sleeves; black trousers; black heels; no dupatta;
    # white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-036",
        caption(
            "The lady wears a long-sleeve kurta with lattice patterns. The kurta is with cotton fabric. The lady "
            "wears a long trousers with pure color patterns."
        ),
        kurta("white"),
        trousers("black"),
        Q.pattern("checked"),
        describe("kurta", "The kurta is black with white checks"),
        is_a("kurta", "no", "contradiction"),
        she_wears("She is wearing a checked kurta and black pants with a pair of black heels."),
        details("kurta", "no", "non_answer"),
        title="Rangriti Women White & Black Checked Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: rust kurta with a gold print, three-quarter sleeves, no pockets; rust palazzos; no dupatta; she holds a
    # gold clutch; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-037",
        caption("a woman in an orange kurta holding a clutch"),
        kurta("rust"),
        trousers("rust"),
        dupatta("rust", "unsupported"),
        describe("kurta", "The kurta is rust with gold print and it has a pocket on the side", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        she_wears("she is wearing a orange kurta and orange pants and holding a golden clutch"),
        title="Indo Era Women Rust Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: coral printed kurta, three-quarter sleeves, round neck, side slit; grey jeggings; silver earrings; no
    # dupatta; side pose, white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-038",
        caption("a woman in a coral kurta and grey pants"),
        kurta("coral"),
        trousers("grey"),
        wearing(
            "The person is wearing a coral printed kurta with a round neck and three-quarter sleeves, grey "
            "jeggings, silver earrings and a silver",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        details(
            "kurta",
            "The kurta has a side slit and the kurta has a side slit and the kurta has a side slit and the kurta has",
            "loop",
            hit_limit=True,
        ),
        Q.material("The kurta is made of velvet.", "unsupported"),
        describe("kurta", "The kurta is a kurta that is a kurta.", "restated"),
        title="Biba Women Coral Printed Straight Kurta",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: black kurta with white embroidery on the neckline, long sleeves; black trousers; white dupatta with a
    # black border; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-039",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns and long pants. His kurta is black.",
            "pronoun",
        ),
        kurta("black"),
        trousers("black"),
        dupatta("white"),
        describe("kurta", "black", "non_answer"),
        details("kurta", "The kurta has white embroidery on the neckline."),
        wearing("a white kurta with black pants and a white dupatta", "other_garment_color"),
        title="AKS Women Black Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: mint green kurta with a gold gota yoke and mandarin collar, long sleeves; mint palazzos; peach dupatta;
    # white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-040",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long palazzo with pure color "
            "patterns. The kurta is with cotton fabric. There is a scarf on her shoulder. The lady wears a "
            "long-sleeve kurta with pure color",
            "loop",
            hit_limit=True,
        ),
        kurta("green"),
        trousers("green"),
        dupatta("peach"),
        she_wears("She is wearing a peach kurta and green pants with a green dupatta.", "other_garment_color"),
        details("kurta", "The kurta has gold gota work on the yoke and a mandarin collar"),
        title="Varanga Women Mint Green Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: back view only: olive kurta with a small white print, three-quarter sleeves; white leggings; no
    # dupatta; white backdrop; neckline not visible. Adapter e2: caption, open; reference: closed.
    case(
        "X977-041",
        caption("a woman in an olive green kurta seen from the back"),
        kurta("olive"),
        trousers("white"),
        describe("kurta", "The kurta is olive with a white print and a V-neck", "unsupported"),
        she_wears("She is wearing a green kurta and white leggings."),
        Q.pattern("printed"),
        details(
            "kurta",
            "the kurta has a print, the kurta has a print, the kurta has a print, the kurta has a print, "
            "the kurta has a",
            "loop",
            hit_limit=True,
        ),
        title="Diva Women Printed Olive Kurta",
        color="Olive",
        gender="Women",
    ),
    # photo: yellow leheriya kurta with diagonal white stripes, long sleeves; white trousers; yellow dupatta; white
    # backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-042",
        caption(
            "The lady wears a long-sleeve kurta with striped patterns. The kurta is yellow. The lady wears white "
            "trousers. There is a scarf on her shoulder."
        ),
        kurta("yellow"),
        trousers("yellow", "contradiction"),
        dupatta("yellow"),
        details("kurta", "the details of the kurta are the details of the yellow kurta", "restated"),
        Q.pattern("striped"),
        wearing(
            "a yellow kurta with white pants and a yellow dupatta Question: What is the color of the dupatta? "
            "Answer: yellow",
            "leak",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Yellow Leheriya Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: charcoal grey kurta with a white floral print all over, three-quarter sleeves with printed cuffs, round
    # neck with keyhole; charcoal palazzos; no dupatta; dark grey studio backdrop. Adapter e2: caption, open;
    # reference: closed.
    case(
        "X977-043",
        caption("a woman in a grey kurta and grey pants"),
        kurta("charcoal"),
        trousers("charcoal"),
        dupatta("grey", "unsupported"),
        describe("kurta", "He wears a charcoal grey kurta with a white print and three-quarter sleeves.", "pronoun"),
        details(
            "kurta",
            "The kurta has a white floral print all over, a round neck with a keyhole opening, "
            "three-quarter sleeves with printed cuffs, and two",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Charcoal Grey Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: royal blue kurta with silver mirror work on the yoke, under an open light-blue denim jacket; white
    # palazzos; silver jhumkas; no dupatta; white backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-044",
        caption("a woman wearing a blue kurta with a denim jacket and white pants"),
        kurta("blue"),
        trousers("white"),
        she_wears(
            "She is wearing a blue denim jacket over a blue kurta with mirror work on the yoke, white palazzo "
            "pants, silver jhumkas and a pair of silver",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "The kurta is a denim kurta with mirror work", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Khushal K Women Blue Mirror Work Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: torso close-up of a solid white kurta: mandarin collar, half button placket, long sleeves with buttoned
    # cuffs, pleated front panel; no bottoms and no dupatta in the frame; white backdrop. Adapter e2: caption, open;
    # reference: closed.
    case(
        "X977-045",
        caption("a close up of a white kurta with a mandarin collar"),
        kurta("white"),
        trousers("white", "unsupported"),
        dupatta("white", "unsupported"),
        describe(
            "kurta",
            "The kurta is white with a mandarin collar, a half button placket, long sleeves with "
            "buttoned cuffs and a pleated panel on the front, the kurta",
            "cut",
            hit_limit=True,
        ),
        she_wears("she is wearing a white kurta"),
        Q.pattern("solid"),
        details("kurta", "the details of the white kurta are the white kurta details", "restated"),
        title="W Women Solid White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: mauve kurta with sequin work on the yoke, three-quarter sleeves with lace trims, straight hem, side
    # slits; mauve trousers with lace at the hem; mauve dupatta; model seated on a wooden stool, side view, white
    # backdrop. Adapter e2: caption, open; reference: closed.
    case(
        "X977-046",
        caption("a woman in a purple kurta sitting on a wooden stool"),
        kurta("mauve"),
        trousers("mauve"),
        dupatta("mauve"),
        she_wears("He is wearing a purple kurta set with a purple dupatta.", "pronoun"),
        details(
            "kurta",
            "The kurta has sequin work on the yoke, three-quarter sleeves with lace trims, a straight "
            "hem and side slits, and the trousers have lace",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("dress", "contradiction"),
        title="Sangria Women Mauve Sequinned Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mauve",
        gender="Women",
    ),
]
