"""BLIND_881 (46 products; Myntra kurtas & anarkalis, captions then QA): written blind in the fifty-seventh session.
Measured blind at 61894b1 (the session's first rules): 101/136 failures found (74.3%) and 14/191 correct texts flagged
(7.3%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, women's (and two girls') kurtas, anarkalis and kurta sets, plus four leggings
and churidar listings photographed on a model who also wears a kurta. Studio shots on white or light grey, a few on
beige or a brick wall; props are clutches, totes, a stool, sunglasses; jhumkas and bangles. Each photo gets one
caption, then the open questions are answered by the extractive QA model (mdeberta squad2) over that caption, so
every open answer is a span of the caption (or empty when the QA model finds none). Closed questions (garment type,
color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine: one candidate value each.

Who wrote what: captions come from three writers. The untuned base BLIP-2 OPT-2.7b writes short clean captions
("a woman in a pink kurta and white leggings") that stop on the newline; its colors are unreliable (the leggings' or
dupatta's color given to the kurta, peach called orange), it sometimes says "a man" for a headless crop, and it
invents props and extras (a dupatta, a bouquet). The epoch-3 caption adapter writes the DeepFashion template ("The
lady wears a medium-sleeve shirt with stripe patterns. The shirt is with cotton fabric...") with no hue names, calls a
kurta a shirt, dress or sweater, invents fabrics and accessories, and never stops: every caption runs to the 50-token
limit, cut mid-sentence or looping on a sentence. The epoch-1 adapter mixes both: hue names and "kurta", but loops,
is cut at the limit, or runs on into a new "Question: ... Answer: ..." turn (the job's caption prompt uses that
format). The QA model copies whatever the caption holds into the answers.

Labeling conventions and judgement calls:
- One label per text. A caption that ran to the limit is labeled loop if it repeats, else leak if it holds a
  "Question:"/"Answer:" turn, else cut; its other errors show up in the answers extracted from it.
- hit_limit is set on captions only: an extracted span never ran to a token limit itself, even when it ends where
  the caption was cut (such a span is labeled cut) or repeats the caption's loop (labeled loop).
- An anarkali (flared, calf- or floor-length kurta) called a "dress" is correct for the photo, including the closed
  garment type "dress"; a straight knee-length kurta called a dress, or any kurta called a shirt or sweater, is a
  contradiction. "No" to "Is this a kurta?" for an anarkali kurta is a contradiction.
- Churidar called "leggings" or "pants" is correct; garment type "leggings" for a churidar listing is correct.
- A color answer that gives the kurta the color of the leggings, churidar, dupatta or the print on it (the color
  another garment in the photo has) is other_garment_color; a wrong hue that nothing in the photo has, or a backdrop's
  color, is contradiction. Shades in the seller's group are correct (mustard = yellow, peach = pink, burgundy = red,
  cream = white); teal may be named blue or green.
- A color question answered with a pattern word ("pure color", "solid color", "floral"), an empty span, or a one-word
  answer to wearing/describe/details is non_answer; a span that is the question's own words ("The color of the
  kurta", "what are the details of the kurta") is restated, even when it comes from a leaked question turn; a span
  is labeled leak only when it carries the "Question"/"Answer" words. A two- or three-word describe answer that names
  a color or print ("yellow kurta", "yellow and pink") counts as an answer.
- Material: a fabric stated nowhere (not in the title, not visible) is unsupported; cotton/velvet where the title
  says so is correct. A substance that is not a fabric (wooden, gold, silver) is unsupported; a non-material span
  (buttons, printed patterns) or an empty span is non_answer.
- An extracted span naming an accessory for the kurta's details ("a pair of earrings") is a contradiction.
- "a man", "the gentleman", "his" for a Women or Girls row is pronoun; the DeepFashion "lady" for a grown model is fine.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None):
    return wearing(text, failure, who="she")


BLIND_881 = [
    # photo: mustard yellow straight kurta with small white block-print motifs, 3/4 sleeves, white churidar, tan
    # juttis, white backdrop, full front view; base BLIP-2 caption, QA spans, reference engine for closed answers
    case(
        "X881-001",
        caption("a woman in a yellow kurta and white churidar standing against a white wall"),
        she("a yellow kurta and white churidar"),
        color_of("kurta", "yellow", kind="open"),
        describe("kurta", "yellow kurta"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("three-quarter"),
        title="Anouk Women Mustard Yellow Printed Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: floor-length maroon anarkali with gold zari embroidery on the yoke, round neck, full sleeves, maroon
    # churidar, maroon dupatta with gold edge over one shoulder, jhumkas, white backdrop; epoch-3 caption adapter
    case(
        "X881-002",
        caption(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and solid color patterns."
            " There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with solid color patterns"),
        color_of("kurta", "solid color", "non_answer", kind="open"),
        Q.material("chiffon", "unsupported"),
        details("kurta", "v-shape neckline", "unsupported"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        title="Biba Women Maroon Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white chikankari straight kurta, white-on-white thread work, 3/4 sleeves, pastel pink leggings, white
    # backdrop, face cropped at the chin; base BLIP-2 caption
    case(
        "X881-003",
        caption("a man in a white shirt and pink pants", "pronoun"),
        she("a white shirt and pink pants", "contradiction"),
        color_of("kurta", "white", kind="open"),
        color_of("leggings", "pink", kind="open"),
        Q.garment_type("kurta"),
        Q.pattern("embroidered"),
        Q.material("", "non_answer"),
        Q.color("pink", "other_garment_color"),
        title="Ada Women White Chikankari Embroidered Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: teal flared anarkali with small white and pink flowers all over, sleeveless, white leggings, silver
    # clutch in hand, white backdrop; epoch-1 caption adapter (loops on its two sentences)
    case(
        "X881-004",
        caption(
            "The lady wears a sleeveless blue dress with floral patterns. She wears a white leggings. The lady wears a"
            " sleeveless blue dress with floral patterns. She wears a white leggings. The lady wears a sleeveless blue"
            " dress",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless blue dress with floral patterns"),
        color_of("kurta", "blue", kind="open"),
        color_of("leggings", "white", kind="open"),
        describe(
            "kurta",
            "sleeveless blue dress with floral patterns. She wears a white leggings. The lady wears a sleeveless blue"
            " dress with floral patterns",
            "loop",
        ),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        is_a("kurta", "no", "contradiction"),
        title="W Women Teal Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: rust orange straight kurta with black geometric print, 3/4 sleeves, black churidar, no bag, light grey
    # backdrop, three-quarter side pose; base BLIP-2 caption
    case(
        "X881-005",
        caption("a woman in an orange and black kurta with black leggings and a black handbag", "unsupported"),
        she("an orange and black kurta with black leggings"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        details("kurta", "orange and black kurta"),
        Q.color("orange"),
        Q.pattern("geometric"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long", "contradiction"),
        title="Libas Women Rust Orange & Black Geometric Printed Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: the product is a pair of navy blue churidar leggings, worn under a plain white long-sleeve knee-length
    # kurta, silver sandals, white backdrop; epoch-3 caption adapter
    case(
        "X881-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. The outer clothing is",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("churidar", "pure color", "non_answer", kind="open"),
        Q.garment_type("leggings"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        is_a("leggings", "yes", article="a pair of"),
        title="Go Colors Women Navy Blue Solid Churidar Leggings",
        category="Churidar",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rose pink A-line kurta with gold gotta patti lace at the hem, 3/4 sleeves, white churidar, pink dupatta
    # with gold border, white backdrop; base BLIP-2 caption
    case(
        "X881-007",
        caption("a woman in a pink kurta with a gold border and white pants"),
        she("a pink kurta with a gold border and white pants"),
        color_of("kurta", "pink", kind="open"),
        color_of("churidar", "white", kind="open"),
        describe("kurta", "pink kurta with a gold border"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("solid"),
        Q.color("white", "other_garment_color"),
        title="Varanga Women Pink Gotta Patti Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black straight kurta with white bandhani dots all over, long sleeves, black leggings, tan tote bag on the
    # forearm, white backdrop; epoch-1 caption adapter that runs on into a question turn
    case(
        "X881-008",
        caption(
            "The lady wears a black long-sleeve kurta with dots patterns and a black leggings. She carries a brown bag."
            " Question: what is the color of the kurta? Answer: black Question: what is the",
            "leak",
            hit_limit=True,
        ),
        she("a black long-sleeve kurta with dots patterns and a black leggings"),
        color_of("kurta", "black", kind="open"),
        describe(
            "kurta",
            "black long-sleeve kurta with dots patterns and a black leggings. She carries a brown bag. Question",
            "leak",
        ),
        details("kurta", "Answer: black", "leak"),
        Q.pattern("polka dots"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        title="Sangria Women Black Bandhani Print Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: lavender straight kurta with silver foil print, 3/4 sleeves, white leggings, light grey backdrop; base
    # BLIP-2 caption gives the kurta the leggings' white
    case(
        "X881-009",
        caption("a woman in a white kurta and white leggings", "other_garment_color"),
        she("a white kurta and white leggings", "other_garment_color"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        describe("kurta", "white kurta", "other_garment_color"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        title="Global Desi Women Lavender Foil Printed Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: green and off-white ikat print straight kurta, short sleeves, off-white churidar, white backdrop;
    # epoch-3 caption adapter looping on its fabric sentence
    case(
        "X881-010",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. The shirt is"
            " with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with graphic patterns", "contradiction"),
        Q.material("cotton"),
        Q.sleeve_length("short"),
        Q.color("green"),
        details("kurta", "cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric", "loop"),
        Q.garment_type("shirt", "contradiction"),
        title="Fabindia Women Green & Off-White Ikat Cotton Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: peach straight kurta with white thread embroidery round the neckline, 3/4 sleeves, white leggings, silver
    # jhumkas, white backdrop; base BLIP-2 caption
    case(
        "X881-011",
        caption("a woman in a peach colored kurta with white embroidery on the neck"),
        she("a peach colored kurta"),
        color_of("kurta", "peach", kind="open"),
        details("kurta", "white embroidery on the neck"),
        color_of("leggings", "peach", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        Q.color("pink"),
        Q.garment_type("top", "contradiction"),
        title="Aurelia Women Peach Embroidered Straight Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: red floor-length anarkali with gold block print, full sleeves, red churidar, gold dupatta over the
    # shoulder, white backdrop; epoch-1 caption adapter cut at the limit
    case(
        "X881-012",
        caption(
            "The lady wears a red long-sleeve dress with golden printed patterns. She wears a red leggings and a golden"
            " scarf on her shoulder. The dress has a round neckline and the sleeves are with",
            "cut",
            hit_limit=True,
        ),
        she("a red long-sleeve dress with golden printed patterns"),
        color_of("kurta", "red", kind="open"),
        details("kurta", "the sleeves are with", "cut"),
        Q.garment_type("kurta"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Juniper Women Red & Gold Printed Anarkali Kurta with Churidar and Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: off-white knee-length straight kurta with a blue floral print, 3/4 sleeves, blue leggings, white
    # backdrop; base BLIP-2 caption calls it a dress
    case(
        "X881-013",
        caption("a woman wearing a blue floral print dress and blue leggings", "contradiction"),
        she("a blue floral print dress and blue leggings", "contradiction"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        title="Anouk Women Off-White & Blue Floral Printed Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: girl of about eight in an anarkali with a yellow bodice and a flared pink skirt panel with gota trim,
    # short puff sleeves, pink churidar, white backdrop; base BLIP-2 caption
    case(
        "X881-014",
        caption("a little girl in a yellow and pink dress"),
        she("a yellow and pink dress"),
        color_of("kurta", "yellow and pink", kind="open"),
        describe("kurta", "yellow and pink"),
        Q.garment_type("dress"),
        Q.sleeve_length("short"),
        title="Biba Girls Yellow & Pink Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: indigo straight kurta with white dabu print and a mandarin (stand) collar, 3/4 sleeves, white leggings,
    # beige backdrop with a potted plant; epoch-3 caption adapter in its menswear template
    case(
        "X881-015",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color"
            " patterns. His",
            "cut",
            hit_limit=True,
        ),
        she("The gentleman wears a long-sleeve shirt with graphic patterns", "pronoun"),
        Q.material("cotton"),
        details("kurta", "It has a stand neckline"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("blue"),
        title="Fabindia Women Indigo Dabu Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive green kurta with mirror work on the yoke, long sleeves, beige churidar, no dupatta, white
    # backdrop; base BLIP-2 caption
    case(
        "X881-016",
        caption("a woman in a green kurta with mirror work and a matching dupatta", "unsupported"),
        she("a green kurta with mirror work"),
        color_of("kurta", "green", kind="open"),
        details("kurta", "mirror work and a matching dupatta", "unsupported"),
        Q.pattern("embroidered"),
        Q.color("green"),
        color_of("churidar", "green", "other_garment_color", kind="open"),
        title="Sojanya Women Olive Green Mirror Work Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta georgette anarkali with silver foil print, 3/4 sleeves, magenta churidar, magenta net dupatta,
    # white backdrop; epoch-1 caption adapter looping on the scarf
    case(
        "X881-017",
        caption(
            "The lady wears a pink long dress with printed patterns and a pink leggings and a pink scarf and a pink"
            " scarf and a pink scarf and a pink scarf and a pink scarf and a pink scarf and a pink",
            "loop",
            hit_limit=True,
        ),
        she("a pink long dress with printed patterns"),
        color_of("kurta", "pink", kind="open"),
        Q.material("printed patterns", "non_answer"),
        describe(
            "kurta",
            "pink long dress with printed patterns and a pink leggings and a pink scarf and a pink scarf and"
            " a pink scarf",
            "loop",
        ),
        Q.garment_type("kurta"),
        Q.pattern("printed"),
        title="Ishin Women Magenta Foil Print Georgette Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: the product is a pair of white ankle-length leggings, worn under a royal blue kurta with a small white
    # print, white backdrop; base BLIP-2 caption
    case(
        "X881-018",
        caption("a woman in a blue kurta and white leggings"),
        she("a blue kurta and white leggings"),
        color_of("leggings", "white", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        is_a("leggings", "no", "contradiction", article="a pair of"),
        title="De Moza Women White Solid Ankle Length Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: sea green straight knee-length kurta with white schiffli embroidery, 3/4 sleeves, white churidar, white
    # dupatta draped round the neck, no necklace, white backdrop; epoch-3 caption adapter
    case(
        "X881-019",
        caption(
            "The lady wears a medium-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a"
            " round neckline. There is an accessory on his neck. The lady wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with lattice patterns", "contradiction"),
        Q.material("cotton", "unsupported"),
        details("kurta", "There is an accessory on his neck", "pronoun"),
        Q.sleeve_length("three-quarter"),
        Q.color("green"),
        title="Libas Women Sea Green Schiffli Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black anarkali with a multicolor floral border at the hem, long sleeves, black churidar, gold bangles,
    # no necklace, white backdrop; base BLIP-2 caption
    case(
        "X881-020",
        caption("a woman wearing a black anarkali with a floral border and a gold necklace", "unsupported"),
        she("a black anarkali with a floral border"),
        details("kurta", "a gold necklace", "unsupported"),
        color_of("kurta", "black", kind="open"),
        describe("kurta", "black anarkali with a floral border"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        Q.material("", "non_answer"),
        is_a("kurta", "no", "contradiction"),
        title="Rain & Rainbow Women Black Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: beige linen straight kurta with wooden buttons down the placket, rolled 3/4 sleeves, white churidar,
    # sunglasses in hand, white backdrop; epoch-1 caption adapter running on into a question turn
    case(
        "X881-021",
        caption(
            "The lady wears a beige kurta with buttons and a white leggings. She is holding sunglasses. Question: what"
            " is she wearing? Answer: a beige kurta with buttons and a white leggings. Question",
            "leak",
            hit_limit=True,
        ),
        she("a beige kurta with buttons and a white leggings"),
        Q.material("buttons", "non_answer"),
        details("kurta", "Answer: a beige kurta with buttons", "leak"),
        color_of("kurta", "beige", kind="open"),
        describe("kurta", "a beige kurta with buttons and a white leggings. Question", "leak"),
        Q.color("beige"),
        Q.sleeve_length("three-quarter"),
        title="Fabindia Women Beige Linen Straight Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: navy blue anarkali with white chikan embroidery, 3/4 sleeves, white churidar, cropped at the shoulders
    # (no face), white backdrop; base BLIP-2 caption
    case(
        "X881-022",
        caption("a man wearing a blue and white kurta", "pronoun"),
        she("a blue and white kurta"),
        color_of("kurta", "blue and white", kind="open"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta"),
        is_a("kurta", "yes"),
        Q.color("white", "other_garment_color"),
        title="Ada Women Navy Blue Chikankari Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: orange straight kurta with yellow diagonal leheriya stripes, 3/4 sleeves, yellow leggings, white
    # backdrop; epoch-3 caption adapter looping on two sentences
    case(
        "X881-023",
        caption(
            "The lady wears a medium-sleeve shirt with stripe patterns. The lady wears a long leggings with pure color"
            " patterns. The lady wears a medium-sleeve shirt with stripe patterns. The lady wears a long leggings with"
            " pure color",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with stripe patterns", "contradiction"),
        Q.pattern("striped"),
        Q.color("yellow", "other_garment_color"),
        color_of("leggings", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("three-quarter"),
        title="Anouk Women Orange & Yellow Leheriya Printed Straight Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: emerald green velvet anarkali with gold zari yoke, full sleeves, gold tissue churidar, maang tikka,
    # white backdrop; base BLIP-2 caption
    case(
        "X881-024",
        caption("a woman in a green velvet anarkali dress with gold embroidery"),
        she("a green velvet anarkali dress"),
        Q.material("velvet"),
        details("kurta", "gold embroidery"),
        color_of("churidar", "gold", kind="open"),
        Q.color("green"),
        Q.sleeve_length("long"),
        Q.pattern("floral", "contradiction"),
        title="Indya Women Emerald Green Velvet Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal grey straight kurta with pink floral embroidery on the yoke, 3/4 sleeves, pink churidar, white
    # backdrop; base BLIP-2 caption gives the kurta the churidar's pink
    case(
        "X881-025",
        caption("a woman in a pink kurta and pink leggings", "other_garment_color"),
        she("a pink kurta and pink leggings", "other_garment_color"),
        color_of("churidar", "pink", kind="open"),
        Q.color("grey"),
        Q.pattern("embroidered"),
        describe("kurta", "pink kurta", "other_garment_color"),
        title="W Women Charcoal Grey Embroidered Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Women",
    ),
    # photo: sky blue cotton kurta with white schiffli lace at the hem, short sleeves, white leggings, brown sling bag,
    # tan kolhapuri sandals, white backdrop; epoch-1 caption adapter cut at the limit
    case(
        "X881-026",
        caption(
            "The lady wears a blue short-sleeve kurta with white lace on the bottom and a white leggings. She carries a"
            " brown sling bag on her shoulder and a pair of white sandals on her feet. The kurta is made of",
            "cut",
            hit_limit=True,
        ),
        she("a blue short-sleeve kurta with white lace on the bottom"),
        Q.material("The kurta is made of", "cut"),
        describe(
            "kurta",
            "blue short-sleeve kurta with white lace on the bottom and a white leggings. She carries a brown sling bag"
            " on her shoulder and a pair of white sandals",
            "unsupported",
        ),
        color_of("kurta", "blue", kind="open"),
        Q.sleeve_length("short"),
        is_a("kurta", "yes"),
        title="Aurelia Women Blue Cotton Schiffli Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: burgundy anarkali with an all-over small gold buti print, round neck, long sleeves, burgundy churidar,
    # gold dupatta, white backdrop; epoch-3 caption adapter
    case(
        "X881-027",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with polyester fabric. It has a"
            " round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. Her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with graphic patterns"),
        Q.material("polyester", "unsupported"),
        Q.color("red"),
        Q.pattern("printed"),
        color_of("churidar", "pure color", "non_answer", kind="open"),
        details("kurta", "a round neckline"),
        title="Juniper Women Burgundy Printed Anarkali Kurta With Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: lemon yellow straight kurta with a white floral print, 3/4 sleeves, white churidar, white dupatta with
    # yellow pompoms, hands empty, white backdrop; base BLIP-2 caption reads the print as a bouquet
    case(
        "X881-028",
        caption("a woman in a yellow kurta and white churidar holding a bouquet of flowers", "unsupported"),
        she("a yellow kurta and white churidar"),
        color_of("kurta", "yellow", kind="open"),
        color_of("churidar", "white", kind="open"),
        details("kurta", "holding a bouquet of flowers", "unsupported"),
        Q.pattern("floral"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        title="Libas Women Yellow Floral Printed Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: white flared anarkali with a red and green floral print, 3/4 sleeves, red leggings, white backdrop;
    # base BLIP-2 caption
    case(
        "X881-029",
        caption("a woman wearing a white floral anarkali dress and red leggings"),
        she("a white floral anarkali dress and red leggings"),
        color_of("kurta", "white", kind="open"),
        color_of("leggings", "red", kind="open"),
        Q.color("red", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        title="Rangmanch by Pantaloons Women White Floral Print Anarkali Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: purple sleeveless straight kurta with silver gota at the neckline, purple churidar, light grey backdrop;
    # epoch-1 caption adapter looping on "sleeveless"
    case(
        "X881-030",
        caption(
            "The lady wears a purple sleeveless kurta with a silver neck. The kurta is sleeveless. The kurta is"
            " sleeveless. The kurta is sleeveless. The kurta is sleeveless. The kurta is sleeveless. The kurta is",
            "loop",
            hit_limit=True,
        ),
        she("a purple sleeveless kurta with a silver neck"),
        details("kurta", "The kurta is sleeveless. The kurta is sleeveless. The kurta is sleeveless", "loop"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        Q.material("silver", "unsupported"),
        Q.color("purple"),
        color_of("churidar", "purple", kind="open"),
        title="Vishudh Women Purple Solid Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: coral pink straight knee-length kurta, round neck, no collar, white thread work, 3/4 sleeves, white
    # leggings, face cropped, white backdrop; base BLIP-2 caption
    case(
        "X881-031",
        caption("a woman in a pink kurta with white embroidery and a white collar", "unsupported"),
        she("a pink kurta"),
        color_of("kurta", "pink", kind="open"),
        details("kurta", "white embroidery and a white collar", "unsupported"),
        Q.pattern("embroidered"),
        Q.color("pink"),
        is_a("dress", "yes", "contradiction"),
        title="Span Women Coral Pink Embroidered Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: multicolor patchwork anarkali (blue, red, yellow and green block-printed panels), long sleeves, blue
    # churidar, white backdrop; epoch-1 caption adapter cut at the limit
    case(
        "X881-032",
        caption(
            "The lady wears a multicolor long dress with color block patterns and a blue leggings. The color of the"
            " dress is multicolor and the color of the leggings is blue. The details of the dress are the",
            "cut",
            hit_limit=True,
        ),
        she("a multicolor long dress with color block patterns and a blue leggings"),
        color_of("kurta", "multicolor", kind="open"),
        details("kurta", "The details of the dress", "restated"),
        color_of("churidar", "the color of the leggings", "restated", kind="open"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        title="Sangria Women Multicoloured Patchwork Anarkali Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: cream cotton straight kurta with pintucks, 3/4 sleeves, cream churidar, mustard dupatta over both
    # shoulders, white backdrop; base BLIP-2 caption gives the kurta the dupatta's color
    case(
        "X881-033",
        caption("a woman in a yellow kurta with a yellow scarf", "other_garment_color"),
        she("a yellow kurta with a yellow scarf", "other_garment_color"),
        Q.color("white"),
        Q.material("", "non_answer"),
        Q.garment_type("kurta"),
        Q.sleeve_length("three-quarter"),
        title="Fabindia Women Cream Cotton Pintuck Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: the product is a pair of black churidar leggings, worn under a plain red long-sleeve kurta, white
    # backdrop; epoch-3 caption adapter in its menswear template, calls the kurta a sweater
    case(
        "X881-034",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric."
            " It has a round neckline. The gentleman wears a long leggings. The leggings are with cotton fabric. There"
            " is a ring on his",
            "cut",
            hit_limit=True,
        ),
        she("The gentleman wears a long-sleeve sweater with pure color patterns", "pronoun"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("leggings"),
        Q.color("black"),
        color_of("leggings", "pure color", "non_answer", kind="open"),
        is_a("leggings", "yes", article="a pair of"),
        title="Twin Birds Women Black Churidar Leggings",
        category="Churidar",
        color="Black",
        gender="Women",
    ),
    # photo: pastel blue anarkali with white lucknowi embroidery, long sleeves, white churidar, standing beside a
    # wooden stool, white backdrop; base BLIP-2 caption
    case(
        "X881-035",
        caption("a woman in a light blue anarkali dress with white embroidery standing next to a wooden stool"),
        she("a light blue anarkali dress with white embroidery"),
        details("kurta", "white embroidery"),
        color_of("churidar", "white", kind="open"),
        Q.material("wooden", "unsupported"),
        Q.color("blue"),
        Q.sleeve_length("long"),
        Q.pattern("striped", "contradiction"),
        title="House of Pataudi Women Blue Chikankari Anarkali Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard straight kurta with a maroon ajrakh print, round neck, 3/4 sleeves, maroon leggings, white
    # backdrop; epoch-1 caption adapter cut at the limit
    case(
        "X881-036",
        caption(
            "The lady wears a yellow kurta with maroon printed patterns and a maroon leggings. The color of the kurta"
            " is yellow and maroon. The color of the leggings is maroon. The kurta has a round neck and three",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "The color of the kurta", "restated", kind="open"),
        she("a yellow kurta with maroon printed patterns and a maroon leggings"),
        color_of("leggings", "maroon", kind="open"),
        details("kurta", "a round neck and three", "cut"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("printed"),
        title="Jaipur Kurti Women Mustard Ajrakh Print Straight Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: dark green solid straight kurta with contrast pink piping and side slits, long sleeves, pink leggings,
    # face cropped above the lips, white backdrop; base BLIP-2 caption
    case(
        "X881-037",
        caption("a man in a dark green kurta with pink leggings", "pronoun"),
        she("a dark green kurta with pink leggings"),
        color_of("kurta", "dark green", kind="open"),
        color_of("leggings", "pink", kind="open"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("pink", "other_garment_color"),
        title="Vishudh Women Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: white straight knee-length kurta with thin black vertical stripes, round neck, 3/4 sleeves, black
    # leggings, white backdrop; epoch-3 caption adapter
    case(
        "X881-038",
        caption(
            "The lady wears a medium-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a round"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with stripe patterns", "contradiction"),
        Q.material("cotton"),
        Q.pattern("striped"),
        Q.color("black", "other_garment_color"),
        details("kurta", "a round neckline"),
        color_of("leggings", "solid color", "non_answer", kind="open"),
        title="Roadster Women White & Black Striped Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: peach anarkali with gold sequins on the yoke, full sleeves, peach churidar, gold potli bag in hand,
    # white backdrop; base BLIP-2 caption calls the peach orange
    case(
        "X881-039",
        caption("a woman in an orange dress holding a small bag", "contradiction"),
        she("an orange dress", "contradiction"),
        color_of("kurta", "orange", "contradiction", kind="open"),
        Q.color("pink"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        title="Aks Women Peach Sequinned Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: cobalt blue straight kurta with a mirror-embroidered yoke, 3/4 sleeves, white churidar, white backdrop;
    # epoch-1 caption adapter running on into a question turn
    case(
        "X881-040",
        caption(
            "The lady wears a blue kurta with mirror work on the neck and a white leggings. Question: what are the"
            " details of the kurta? Answer: mirror work on the neck. Question: what is the",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "what are the details of the kurta", "restated"),
        she("a blue kurta with mirror work on the neck and a white leggings"),
        color_of("kurta", "blue", kind="open"),
        describe("kurta", "Answer: mirror work on the neck", "leak"),
        Q.pattern("embroidered"),
        Q.garment_type("kurta"),
        title="Sojanya Women Blue Mirror Work Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: the product is a red solid churidar, worn under a white kurta with a small red floral print, white
    # backdrop; base BLIP-2 caption (the feed row has no gender column)
    case(
        "X881-041",
        caption("a woman in a white and red silk kurta with red churidar", "unsupported"),
        she("a white and red silk kurta with red churidar"),
        Q.material("silk", "unsupported"),
        color_of("churidar", "red", kind="open"),
        Q.color("red"),
        Q.garment_type("leggings"),
        Q.pattern("floral", "contradiction"),
        title="Biba Women Red Solid Churidar",
        category="Churidar",
        color="Red",
    ),
    # photo: teal straight kurta with gold foil print, 3/4 sleeves, white leggings, white backdrop; base BLIP-2
    # caption (teal read as green)
    case(
        "X881-042",
        caption("a woman in a green and gold kurta with white leggings"),
        she("a green and gold kurta with white leggings"),
        color_of("kurta", "green and gold", kind="open"),
        color_of("leggings", "white", kind="open"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.material("gold", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Varanga Women Teal Foil Printed Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: girl of about five in a pink and white anarkali with a tulle layer and a pink fabric bow at the waist,
    # short sleeves, white leggings, white backdrop; epoch-1 caption adapter looping on the bow
    case(
        "X881-043",
        caption(
            "The girl wears a pink and white dress with a pink bow and a white leggings and a pink bow and a pink bow"
            " and a pink bow and a pink bow and a pink bow and a pink bow and a",
            "loop",
            hit_limit=True,
        ),
        she("a pink and white dress with a pink bow"),
        color_of("leggings", "white", kind="open"),
        details("kurta", "a pink bow and a pink bow and a pink bow", "loop"),
        Q.sleeve_length("short"),
        Q.garment_type("dress"),
        is_a("kurta", "no", "contradiction"),
        title="Biba Girls Pink Anarkali Kurta with Leggings",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
    # photo: black and white kalamkari print straight kurta, long sleeves, black churidar, face turned away, in front
    # of a red brick wall (lifestyle shot); base BLIP-2 caption
    case(
        "X881-044",
        caption("a man in a black and white printed kurta standing in front of a red brick wall", "pronoun"),
        she("a black and white printed kurta"),
        color_of("kurta", "black and white", kind="open"),
        describe("kurta", "black and white printed kurta"),
        Q.color("red", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("long"),
        title="Anouk Women Black & White Kalamkari Printed Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: back view of a lime green straight kurta with a white floral print, 3/4 sleeves, white leggings, white
    # backdrop; epoch-3 caption adapter looping on one sentence
    case(
        "X881-045",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The lady wears a medium-sleeve shirt with"
            " floral patterns. The lady wears a medium-sleeve shirt with floral patterns. The lady wears a"
            " medium-sleeve",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with floral patterns", "contradiction"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        title="Shree Women Lime Green Floral Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: maroon straight kurta with a small gold print, 3/4 sleeves, gold leggings, gold jhumka earrings, white
    # backdrop; base BLIP-2 caption (the feed row has no color column)
    case(
        "X881-046",
        caption("a woman in a maroon kurta with gold leggings and a pair of earrings"),
        she("a maroon kurta with gold leggings"),
        color_of("leggings", "gold", kind="open"),
        Q.color("gold", "other_garment_color"),
        Q.material("", "non_answer"),
        details("kurta", "a pair of earrings", "contradiction"),
        title="Melange by Lifestyle Women Maroon Printed Kurta",
        category="Kurtas",
        gender="Women",
    ),
]
