"""BLIND_861 (46 products; Myntra kurta sets and anarkalis, extractive QA): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 75/129 failures found (58.1%) and 9/185 correct texts flagged
(4.9%). The writer's notes, verbatim:

Scenario: one night of enrich over a Myntra women's ethnic-wear feed: kurta sets (kurta with palazzos, trousers,
sharara or churidar, often a dupatta) and anarkali suits. Catalog photos of a model on a white backdrop (one on a
beige wall), front or three-quarter view, some cropped at the knee. Catalog columns as the feed has them: title,
category (Myntra's article type: Kurta Sets, or Kurtas for an anarkali sold with no bottom), color (the seller's
base colour of the kurta), gender; a few rows lack one column, and one seller color is wrong (Brown for rust).

Who wrote what: each caption comes from one of two captioners, named in the product's photo comment. "base" is
Salesforce/blip2-opt-2.7b with no adapter, prompted to describe the outfit: one line, short, hue words, stops on
the newline, but now and then runs on into the `Question: ... Answer:` format on the same line, gives one color to
every piece, calls an anarkali a dress, says he/man, or adds a bag or jewelry that is not there. "adapter" is the
epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption): DeepFashion template sentences ("The lady
wears a long-sleeve ... with pure color patterns. The ... is with cotton fabric"), pattern words instead of hues
(a hue slips through now and then), no end token, so every adapter caption ran to its 50-token limit and ends cut
or in a loop. Every open answer (what she is wearing, describe, details, material, and the per-piece color
questions for the kurta, the bottom and the dupatta) is the extractive QA model (timpal0l/mdeberta-v3-base-squad2)
reading that caption: a span copied from it, or the empty string when it found none; so an answer inherits the
caption's errors. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's
reference engine: one candidate value each.

Labeling conventions and judgement calls:
- One label per text, the failure that matters most. An adapter caption that ran to its limit is labeled cut or
  loop (hit_limit=True); its other errors are labeled on the answers that quote them. The one adapter caption
  that stopped on a full stop at exactly its limit carries its content failure (pronoun), with hit_limit=True.
- An extractive span that copies the cut end of a caption ("it has a") is cut, with hit_limit=False: the QA model
  did not run out of tokens, the caption did.
- A piece given a color that another piece in the photo has (bottom given the kurta's color, dupatta given the
  bottom's) is other_garment_color, in answers and in base captions alike. A closed color answer that names
  another piece's color, or the wall's, is a contradiction (closed answers are judged right or wrong only).
- An anarkali called a dress (caption, answer, "yes" to "Is this a dress?", garment type "dress"), a kurta called
  a shirt or a top, a pattern that belongs to another piece, the wrong sleeve length, and an accessory (bag,
  earrings, wrist accessory) or another piece (the dupatta) given as the kurta's details are contradictions.
- A dupatta's color given for a product whose photo has no dupatta, a bag, necklace, flower, buttons or backdrop
  that is not in the photo, and a material the title or photo contradicts (silk for cotton, denim for a kurta)
  are unsupported. A wrong pattern word from the adapter template (lattice for woven buttis) is unsupported too.
- The empty string, a pattern word where a hue was asked ("pure color patterns"), and a one-word answer to an open
  describe/details/wearing question are non_answer. The empty string for the dupatta of a set shown without one
  is correct: there is nothing to answer.
- An answer that opens by echoing the question ("The lady wears ...", "she is wearing ...", "the color of the
  kurta is yellow") is restated even though the rest is right.
- he/his/a man for the woman in the photo is pronoun, also where the same text calls the anarkali a dress.
- Shades count as their hue: maroon and wine are red, mustard is yellow, lavender and mauve are purple, peach is
  pink, cream and off-white are white, teal and turquoise may be called blue or green, rust may be called orange
  (also where the seller says Brown). Two pieces that really share a color (white kurta, white palazzos) are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    """ "What is she wearing?", an open extractive answer."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def piece(garment, text, failure=None, hit_limit=False):
    """The per-piece color question, answered by the extractive QA model (open)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_861 = [
    # photo: rose-pink straight kurta with green floral print, green palazzos, green dupatta over the left shoulder;
    # white backdrop, front view. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-001",
        caption("a woman in a pink floral kurta with green palazzo pants and a green dupatta"),
        she("a pink floral kurta with green palazzo pants"),
        piece("kurta", "pink"),
        piece("palazzos", "green"),
        piece("dupatta", "green"),
        Q.garment_type("kurta"),
        Q.pattern("floral"),
        title="Anouk Women Pink & Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta with gold foil print on the yoke, navy trousers, white dupatta with a navy border;
    # white backdrop, front view. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-002",
        caption("a navy blue kurta with gold print on the yoke, navy blue pants and a white dupatta"),
        she("a navy blue kurta with gold print on the yoke"),
        piece("kurta", "navy blue"),
        piece("trousers", "navy blue"),
        piece("dupatta", "white"),
        details("kurta", "gold print on the yoke"),
        Q.pattern("printed"),
        is_a("kurta", "no", "contradiction"),
        title="Libas Women Navy Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard full-sleeve anarkali with a V neckline and a maroon block-printed hem border, maroon churidar,
    # maroon dupatta with mustard tassels; white backdrop. Caption: adapter (ran to 50 tokens); answers: extractive.
    case(
        "X861-003",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric and it has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve kurta with graphic patterns"),
        piece("kurta", "graphic patterns", "non_answer"),
        piece("dupatta", "", "non_answer"),
        details("kurta", "There is a", "cut"),
        Q.color("yellow"),
        Q.garment_type("kurta"),
        is_a("dress", "no"),
        title="Biba Women Mustard Yellow Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: maroon velvet-look anarkali with gold zari embroidery at the neck, maroon palazzos, no dupatta; the
    # model holds a gold potli bag; white backdrop. Caption: base; answers: extractive QA; closed: reference.
    case(
        "X861-004",
        caption("a woman in a red dress holding a gold purse", "contradiction"),
        she("a red dress", "contradiction"),
        piece("kurta", "red"),
        piece("palazzos", "red"),
        piece("dupatta", "red", "unsupported"),
        details("kurta", "holding a gold purse", "contradiction"),
        Q.pattern("embroidered"),
        title="Sangria Women Maroon Embroidered Anarkali Kurta with Palazzos",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal straight kurta with a mandarin collar and three-quarter sleeves, off-white trousers, no dupatta;
    # white backdrop. Caption: base (ran on into the Q/A format); answers: extractive QA; closed: reference.
    case(
        "X861-005",
        caption(
            "a teal kurta with a mandarin collar and white trousers Question: what is the color of the trousers? "
            "Answer: white",
            "leak",
        ),
        she("a teal kurta with a mandarin collar and white trousers"),
        piece("kurta", "teal"),
        piece("trousers", "white"),
        describe("kurta", "teal", "non_answer"),
        piece("dupatta", "white", "unsupported"),
        details("kurta", "a mandarin collar"),
        Q.color("green"),
        Q.sleeve_length("three-quarter"),
        title="W Women Teal Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: sea-green kurta with small white floral print, plain white trousers, sea-green chiffon dupatta with
    # white dots; white backdrop. Caption: adapter (hue slipped through, loops to the limit); answers: extractive.
    case(
        "X861-006",
        caption(
            "The lady wears a green kurta with floral patterns. The kurta is with cotton fabric. The lady wears a "
            "long trousers with floral patterns. The trousers are with floral patterns. The trousers are with "
            "floral patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        she("a green kurta with floral patterns"),
        piece("kurta", "green"),
        piece("trousers", "green", "other_garment_color"),
        describe("trousers", "a long trousers with floral patterns", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        title="Indo Era Women Green Floral Printed Straight Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: off-white kurta with indigo dabu block print, indigo palazzos, no dupatta; white backdrop, three-quarter
    # view, cropped at the knee (no feet). Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-007",
        caption("a woman in a white and blue kurta with blue palazzos and a pair of sandals", "unsupported"),
        she("a white and blue kurta with blue palazzos"),
        piece("kurta", "white and blue"),
        piece("palazzos", "blue"),
        piece("dupatta", ""),
        details("kurta", "a pair of sandals", "unsupported"),
        Q.color("white"),
        Q.pattern("printed"),
        title="Jaipur Kurti Women Off White & Blue Dabu Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: rust kurta with thin gold lace at the hem, cream palazzos, rust dupatta with gold lace; white backdrop.
    # Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-008",
        caption("a woman wearing an orange kurta and white pants with an orange scarf"),
        she("an orange kurta and white pants"),
        piece("kurta", "orange"),
        piece("palazzos", "orange", "other_garment_color"),
        piece("dupatta", "orange"),
        describe("kurta", "an orange kurta"),
        Q.color("brown", "contradiction"),
        title="GERUA Women Rust Solid Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: light pink flared anarkali with gota patti at the yoke and hem, pink trousers, pink net dupatta; white
    # backdrop, front. Caption: adapter (ended on a full stop at exactly 50 tokens, says "gentleman"/"His").
    case(
        "X861-009",
        caption(
            "The gentleman wears a pink long-sleeve kurta with pure color patterns. The kurta is with chiffon "
            "fabric. His pants are of long length. The pants are with chiffon fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        she("a pink long-sleeve kurta with pure color patterns"),
        piece("kurta", "pink"),
        piece("trousers", "pink"),
        piece("dupatta", "pink"),
        details("kurta", "His pants are of long length", "pronoun"),
        Q.garment_type("kurta"),
        title="Varanga Women Pink Gotta Patti Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: lemon-yellow short-sleeve kurta with white floral buti print, white palazzos with a yellow print, no
    # dupatta; white backdrop. Caption: base (ran on into the Q/A format); answers: extractive QA.
    case(
        "X861-010",
        caption(
            "a yellow kurta with white flowers and white palazzo pants Question: what is the color of the kurta? "
            "Answer: yellow",
            "leak",
        ),
        she("a yellow kurta with white flowers and white palazzo pants"),
        piece("kurta", "yellow"),
        piece("palazzos", "white"),
        details("kurta", "white flowers"),
        Q.garment_type("top", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        title="AKS Women Yellow Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: black anarkali with gold foil floral print, black churidar leggings, gold-and-black dupatta; white
    # backdrop. Caption: adapter (loops to the limit); answers: extractive QA; closed: reference engine.
    case(
        "X861-011",
        caption(
            "The lady wears a black long-sleeve dress with floral patterns. The dress is with floral patterns. The "
            "dress is with floral patterns. The dress is with floral patterns. The dress is with floral patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        she("a black long-sleeve dress with floral patterns", "contradiction"),
        piece("kurta", "black"),
        piece("dupatta", "black"),
        piece("leggings", "black"),
        describe("anarkali", "The dress is with floral patterns. The dress is with floral patterns", "loop"),
        Q.garment_type("dress", "contradiction"),
        title="Khushal K Women Black Foil Printed Anarkali Kurta with Dupatta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: lavender straight kurta (knee length) with yoke embroidery, lavender trousers, lavender-and-silver
    # organza dupatta; white backdrop. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-012",
        caption("the woman is wearing a purple kurta with embroidery and a purple dupatta"),
        she("the woman is wearing a purple kurta with embroidery", "restated"),
        piece("kurta", "purple"),
        piece("trousers", "purple"),
        piece("dupatta", "purple"),
        Q.color("purple"),
        Q.pattern("embroidered"),
        is_a("dress", "yes", "contradiction"),
        title="Soch Women Lavender Yoke Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: peach anarkali with a blue floral print at the hem, white leggings, no dupatta; white backdrop.
    # Caption: base (says "he"); answers: extractive QA; closed: reference engine.
    case(
        "X861-013",
        caption("he is wearing a pink dress with blue flowers and white leggings", "pronoun"),
        she("a pink dress with blue flowers and white leggings", "contradiction"),
        piece("kurta", "pink"),
        piece("leggings", "white"),
        piece("dupatta", "white", "unsupported"),
        is_a("kurta", "yes"),
        Q.pattern("floral"),
        title="Rangriti Women Peach Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon silk-blend kurta with small gold woven buttis and a round neck, gold palazzos, maroon dupatta
    # with a gold border; white backdrop. Caption: adapter (hue slipped through, cut at the limit).
    case(
        "X861-014",
        caption(
            "The lady wears a maroon long-sleeve kurta with lattice patterns. The kurta is with silk fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with silk fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a maroon long-sleeve kurta with lattice patterns", "unsupported"),
        piece("kurta", "maroon"),
        piece("palazzos", "maroon", "other_garment_color"),
        piece("dupatta", "maroon"),
        Q.material("silk"),
        details("kurta", "it has a round neckline"),
        Q.color("red"),
        title="Ishin Women Maroon & Gold Woven Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped cotton kurta, white trousers, no dupatta; a brown sling bag on her
    # shoulder; white backdrop. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-015",
        caption("a woman in a blue and white striped kurta and white pants with a brown bag"),
        she("a blue and white striped kurta and white pants"),
        piece("kurta", "blue and white"),
        piece("trousers", "brown", "other_garment_color"),
        details("kurta", "striped", "non_answer"),
        Q.pattern("striped"),
        Q.color("blue"),
        title="Janasya Women Blue & White Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: bottle-green georgette anarkali with a gold sequin neckline, green churidar, gold dupatta; white
    # backdrop, three-quarter view. Caption: base (ran on into the Q/A format); answers: extractive QA.
    case(
        "X861-016",
        caption(
            "a woman in a green anarkali suit with a gold dupatta Question: what is the woman wearing? Answer: a "
            "green anarkali suit",
            "leak",
        ),
        she("a green anarkali suit with a gold dupatta"),
        piece("kurta", "green"),
        piece("churidar", "green"),
        piece("dupatta", "gold"),
        describe("anarkali", "gold dupatta Question: what is the woman wearing? Answer: a green anarkali suit", "leak"),
        Q.garment_type("kurta"),
        title="Kalini Women Green Sequinned Anarkali Suit with Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: multicolor ikat kurta (red, navy and mustard), navy palazzos, no dupatta; white backdrop. Caption:
    # adapter (a hue, then a loop to the limit); answers: extractive QA; closed: reference engine.
    case(
        "X861-017",
        caption(
            "The lady wears a red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            hit_limit=True,
        ),
        she("a red-red-red-red-red-red-red-red-red-red", "loop"),
        piece("kurta", "red"),
        piece("palazzos", "red", "other_garment_color"),
        Q.color("multicolor"),
        Q.pattern("printed"),
        title="Global Desi Women Multicoloured Ikat Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: mustard kurta with a red floral print, red palazzos, mustard dupatta with a red print; white backdrop.
    # Caption: base (one color for every piece); answers: extractive QA; closed: reference engine.
    case(
        "X861-018",
        caption("a woman in a yellow kurta with yellow pants and a yellow dupatta", "other_garment_color"),
        she("a yellow kurta with yellow pants", "other_garment_color"),
        piece("kurta", "yellow"),
        piece("palazzos", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        Q.pattern("solid", "contradiction"),
        title="Libas Women Mustard Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey straight kurta with white thread embroidery, white churidar, no dupatta; white backdrop.
    # Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-019",
        caption("a woman wearing a grey kurta and white leggings"),
        she("a grey kurta and white leggings"),
        piece("kurta", "grey"),
        piece("churidar", "white"),
        piece("dupatta", ""),
        Q.sleeve_length("three-quarter"),
        title="Aurelia Women Grey Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: cream cotton kurta with white chikankari, cream palazzos, cream dupatta; no rings or bangles; white
    # backdrop with a potted plant at the side. Caption: adapter (cut at the limit); answers: extractive QA.
    case(
        "X861-020",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. It is with denim fabric and it has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve kurta with pure color patterns"),
        Q.material("denim", "unsupported"),
        piece("kurta", "", "non_answer"),
        details("kurta", "it has a round neckline"),
        Q.color("white"),
        title="House of Pataudi Women Cream Chikankari Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: magenta anarkali with gold floral print, white leggings, no dupatta; white backdrop. Caption: base
    # ("a man"); answers: extractive QA; closed: reference engine.
    case(
        "X861-021",
        caption("a man in a pink dress and white pants", "pronoun"),
        she("a pink dress and white pants", "contradiction"),
        piece("kurta", "pink"),
        piece("leggings", "white"),
        Q.garment_type("kurta"),
        is_a("dress", "yes", "contradiction"),
        title="Stylum Women Magenta Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy kurta with a pink mirror-work yoke, pink sharara, pink dupatta; white backdrop. Caption: base
    # (ran on into the Q/A format); answers: extractive QA; closed: reference engine.
    case(
        "X861-022",
        caption(
            "a woman in a blue kurta with pink pants and a pink scarf Question: what is the woman wearing? Answer: "
            "a blue kurta",
            "leak",
        ),
        she("a blue kurta with pink pants"),
        piece("kurta", "blue"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        describe("kurta", "a blue kurta"),
        details("kurta", "pink scarf", "contradiction"),
        Q.color("pink", "contradiction"),
        title="Yufta Women Navy Blue & Pink Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige kurta with a green leaf print and three-quarter sleeves, green trousers, no dupatta; white
    # backdrop. Caption: adapter (list loop to the limit); answers: extractive QA; closed: reference engine.
    case(
        "X861-023",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve kurta with floral patterns"),
        details("kurta", "the sleeves, the neckline, the sleeves, the neckline, the sleeves", "loop"),
        piece("kurta", "floral patterns", "non_answer"),
        piece("trousers", "", "non_answer"),
        Q.color("beige"),
        title="Nayo Women Beige & Green Leaf Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: red bandhani kurta with white dots, red palazzos, red-and-white dupatta; plain white backdrop, no door.
    # Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-024",
        caption(
            "a woman in a red and white polka dot kurta with red pants and a red scarf standing in front of a door",
            "unsupported",
        ),
        she("a red and white polka dot kurta"),
        piece("kurta", "red and white"),
        piece("palazzos", "red"),
        piece("dupatta", "red"),
        Q.pattern("polka dot"),
        describe(
            "kurta",
            "a red and white polka dot kurta with red pants and a red scarf standing in front of a door",
            "unsupported",
        ),
        title="Ahalyaa Women Red Bandhani Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: turquoise kurta with silver foil print, white trousers, turquoise dupatta; white backdrop. Caption:
    # base (one color for every piece); answers: extractive QA; closed: reference engine.
    case(
        "X861-025",
        caption("a woman in a blue kurta and blue pants with a blue dupatta", "other_garment_color"),
        she("a blue kurta and blue pants", "other_garment_color"),
        piece("kurta", "blue"),
        piece("trousers", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        Q.color("white", "contradiction"),
        title="Mokshi Women Turquoise Blue Foil Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: olive kurta with black thread embroidery at the round neck, black palazzos, no dupatta; white
    # backdrop. Caption: adapter ("gentleman", "shirt", cut at the limit); answers: extractive QA.
    case(
        "X861-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a round neckline. His pants are of long length. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "contradiction"),
        details("kurta", "His pants are of long length", "pronoun"),
        piece("kurta", "pure color patterns", "non_answer"),
        describe("palazzos", "The pants are with cotton fabric and pure", "cut"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        title="Inddus Women Olive Green Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: white 3/4-sleeve chikankari kurta, white palazzos, silver jhumka earrings; white backdrop. Caption: base;
    # answers: extractive QA; closed: reference engine.
    case(
        "X861-027",
        caption("a woman wearing a white kurta and white pants with silver earrings"),
        she("a white kurta and white pants"),
        piece("kurta", "white"),
        piece("palazzos", "white"),
        details("kurta", "silver earrings", "contradiction"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("embroidered"),
        title="Anouk Women White Chikankari Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: orange three-quarter-sleeve kurta with a green-and-gold embroidered yoke, green trousers, green
    # dupatta with an orange border; hands empty; white backdrop. Caption: base; answers: extractive QA.
    case(
        "X861-028",
        caption("a woman in an orange kurta with green pants and a green dupatta holding a flower", "unsupported"),
        she("an orange kurta with green pants"),
        piece("kurta", "orange"),
        piece("trousers", "green"),
        piece("dupatta", "green"),
        describe("kurta", "an orange kurta with green pants and a green dupatta holding a flower", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Varanga Women Orange Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: pink anarkali with a blue floral border, blue churidar, blue dupatta; white backdrop. Caption: adapter
    # (hues slipped through, then a loop to the limit); answers: extractive QA; closed: reference engine.
    case(
        "X861-029",
        caption(
            "The lady wears a pink long-sleeve kurta with floral patterns. The kurta is pink. The pants are pink. "
            "The dupatta is pink. The pants are pink. The dupatta is pink. The pants are pink. The dupatta is pink.",
            "loop",
            hit_limit=True,
        ),
        she("The lady wears a pink long-sleeve kurta with floral patterns", "restated"),
        piece("kurta", "pink"),
        piece("churidar", "pink", "other_garment_color"),
        piece("dupatta", "pink", "other_garment_color"),
        Q.pattern("floral"),
        title="Biba Women Pink & Blue Floral Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black kurta with gold foil geometric print, black palazzos with a gold print border, no dupatta;
    # white backdrop. Caption: base; answers: extractive QA; closed: reference engine. The row has no category.
    case(
        "X861-030",
        caption("a woman in a black kurta with gold print and black palazzo pants"),
        she("a black kurta with gold print and black palazzo pants"),
        piece("kurta", "black"),
        piece("palazzos", "black"),
        piece("dupatta", "gold", "unsupported"),
        Q.pattern("geometric"),
        Q.garment_type("dress", "contradiction"),
        title="Sangria Women Black & Gold Geometric Foil Print Kurta with Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: indigo kurta with white floral dabu print, white trousers with an indigo print, white dupatta with an
    # indigo print; white backdrop. Caption: base (ran on into the Q/A format); answers: extractive QA.
    case(
        "X861-031",
        caption(
            "a blue and white kurta with white pants Question: what is the color of the dupatta? Answer: blue",
            "leak",
        ),
        she("a blue and white kurta with white pants"),
        piece("kurta", "blue and white"),
        piece("trousers", "white"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.color("blue"),
        title="Jaipur Kurti Women Indigo Dabu Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: sea-green kurta with a small white print, white palazzos, no bag or dupatta, hands at her sides.
    # Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-032",
        caption("a woman in a green kurta with white palazzos and a white handbag", "unsupported"),
        she("a green kurta with white palazzos"),
        piece("kurta", "green"),
        piece("palazzos", "white"),
        describe("kurta", "a green kurta with white palazzos and a white handbag", "unsupported"),
        piece("dupatta", "white", "unsupported"),
        Q.garment_type("kurta"),
        title="W Women Sea Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: peach 3/4-sleeve kurta, white thread embroidery at the neckline, white palazzos, peach dupatta; white
    # backdrop. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-033",
        caption(
            "she is wearing a peach kurta with white embroidery on the neckline, white palazzo pants and a peach "
            "dupatta"
        ),
        she("she is wearing a peach kurta with white embroidery on the neckline", "restated"),
        piece("kurta", "peach"),
        piece("palazzos", "white"),
        piece("dupatta", "peach"),
        details("kurta", "white embroidery on the neckline"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("pink"),
        title="Libas Women Peach Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: wine velvet anarkali with a zari round neckline, gold churidar, wine net dupatta, gold bangles on her
    # wrist; white backdrop. Caption: adapter (cut at the limit); answers: extractive QA; closed: reference.
    case(
        "X861-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric and it has "
            "a round neckline. There is an accessory on her wrist. The lady wears a long leggings. The leggings are "
            "with",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.material("velvet"),
        piece("kurta", "", "non_answer"),
        details("anarkali", "There is an accessory on her wrist", "contradiction"),
        Q.garment_type("kurta"),
        is_a("dress", "yes", "contradiction"),
        title="Soch Women Wine Velvet Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: lime-green cotton kurta with a pink floral print and three-quarter sleeves, pink palazzos, lime-green
    # dupatta; white backdrop. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-035",
        caption(
            "a woman in a green floral kurta made of silk with pink palazzo pants and a green dupatta", "unsupported"
        ),
        she("a green floral kurta made of silk with pink palazzo pants"),
        Q.material("silk", "unsupported"),
        piece("kurta", "green"),
        piece("palazzos", "green", "other_garment_color"),
        piece("dupatta", "green"),
        Q.pattern("floral"),
        Q.sleeve_length("short", "contradiction"),
        title="KALINI Women Lime Green Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: mauve kurta with silver print and side pockets, hands in the pockets, mauve trousers, grey dupatta;
    # white backdrop. Caption: base ("his"); answers: extractive QA. The row has no color.
    case(
        "X861-036",
        caption("a person in a purple kurta with his hands in his pockets", "pronoun"),
        wearing("a purple kurta"),
        piece("kurta", "purple"),
        piece("trousers", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        describe("kurta", "a purple kurta with his hands in his pockets", "pronoun"),
        title="Indo Era Women Mauve Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: red solid kurta with a mandarin collar and a concealed placket (no buttons), white palazzos with a red
    # print; white backdrop. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-037",
        caption(
            "the color of the kurta is red with gold buttons and she is wearing white palazzo pants", "unsupported"
        ),
        piece("kurta", "the color of the kurta is red", "restated"),
        piece("palazzos", "white"),
        details("kurta", "gold buttons", "unsupported"),
        Q.color("red"),
        Q.pattern("printed", "contradiction"),
        title="Aurelia Women Red Solid Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: navy kurta with white geometric print, navy trousers; she holds a white clutch; white backdrop.
    # Caption: adapter (hue slipped through, loops to the limit); answers: extractive QA; closed: reference.
    case(
        "X861-038",
        caption(
            "The lady wears a navy long-sleeve kurta with graphic patterns. She wears a long trousers. She wears a "
            "long trousers. She wears a long trousers. She wears a long trousers. She wears a long trousers. She",
            "loop",
            hit_limit=True,
        ),
        she("a long trousers. She wears a long trousers. She wears a long trousers", "loop"),
        piece("kurta", "navy"),
        piece("trousers", "navy"),
        Q.garment_type("kurta"),
        Q.pattern("geometric"),
        title="Vishudh Women Navy Blue Geometric Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: yellow kurta with a pink gota border, pink sharara, pink-and-yellow leheriya dupatta; white backdrop.
    # Caption: base (ran on into the Q/A format); answers: extractive QA; closed: reference engine.
    case(
        "X861-039",
        caption(
            "the color of the kurta is yellow and the color of the sharara is pink Question: what is the color of "
            "the dupatta? Answer: pink",
            "leak",
        ),
        she("yellow", "non_answer"),
        piece("kurta", "the color of the kurta is yellow", "restated"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        Q.color("yellow"),
        title="Ishin Women Yellow & Pink Gotta Patti Kurta with Sharara & Leheriya Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey kurta with a pink floral print, pink palazzos, grey dupatta; white backdrop. Caption: base (the
    # palazzos' and the dupatta's colors swapped); answers: extractive QA; closed: reference engine.
    case(
        "X861-040",
        caption("a grey kurta with grey pants and a pink dupatta", "other_garment_color"),
        she("a grey kurta with grey pants", "other_garment_color"),
        piece("kurta", "grey"),
        piece("palazzos", "grey", "other_garment_color"),
        piece("dupatta", "pink", "other_garment_color"),
        Q.pattern("floral"),
        title="Anouk Women Grey & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: rust anarkali with gold print, beige leggings, no dupatta; white backdrop (the seller says Brown; the
    # kurta is plainly rust). Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-041",
        caption("a woman in an orange anarkali kurta with gold print and beige leggings"),
        she("an orange anarkali kurta with gold print and beige leggings"),
        piece("kurta", "orange"),
        piece("leggings", "beige"),
        Q.color("orange"),
        is_a("kurta", "yes"),
        title="Rangriti Women Rust Printed Anarkali Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: off-white kurta with mirror work, off-white palazzos, multicolor phulkari dupatta (pink, green, orange)
    # around the neck; white backdrop. Caption: adapter (cut at the limit). The row has no gender.
    case(
        "X861-042",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants. There is a scarf on her "
            "neck. The scarf is with color block patterns. The kurta is with cotton fabric and it has a",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve kurta with pure color patterns and a long pants"),
        piece("kurta", "pure color", "non_answer"),
        details("kurta", "it has a", "cut"),
        Q.color("white"),
        Q.sleeve_length("three-quarter"),
        title="Mokshi Women Off White Mirror Work Kurta with Palazzos & Phulkari Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # photo: teal silk kurta with gold zari embroidery at the yoke, gold churidar, teal dupatta with a gold border;
    # no necklace; white backdrop. Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-043",
        caption("a woman in a blue kurta with gold embroidery and a gold necklace", "unsupported"),
        she("a blue kurta with gold embroidery"),
        piece("kurta", "blue"),
        piece("churidar", "gold"),
        piece("dupatta", "gold", "other_garment_color"),
        details("kurta", "gold embroidery"),
        title="Meena Bazaar Women Teal Zari Embroidered Silk Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: fuchsia-pink cotton slub kurta with white thread work, white palazzos, no dupatta; white backdrop.
    # Caption: base; answers: extractive QA; closed: reference engine.
    case(
        "X861-044",
        caption("a pink silk kurta with white embroidery and white pants", "unsupported"),
        she("a pink silk kurta with white embroidery", "unsupported"),
        Q.material("silk", "unsupported"),
        piece("kurta", "pink"),
        piece("palazzos", "white"),
        Q.pattern("embroidered"),
        title="GERUA Women Pink Thread Work Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: royal-blue bandhani anarkali with white dots, white churidar, blue dupatta; white backdrop. Caption:
    # base ("he"); answers: extractive QA; closed: reference engine.
    case(
        "X861-045",
        caption("he is wearing a blue dress with white dots and a blue scarf", "pronoun"),
        she("a blue dress with white dots", "contradiction"),
        piece("kurta", "blue"),
        piece("churidar", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        Q.garment_type("kurta"),
        title="Stylum Women Blue Bandhani Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald anarkali with gold foil print and a round neck, gold trousers, green dupatta with a gold
    # border; beige wall backdrop. Caption: adapter (hue slipped through, loops to the limit).
    case(
        "X861-046",
        caption(
            "The lady wears a green long-sleeve kurta with floral patterns. The kurta is with floral patterns and it "
            "has a round neckline. The kurta is with floral patterns and it has a round neckline. The kurta is with",
            "loop",
            hit_limit=True,
        ),
        she("The lady wears a green long-sleeve kurta with floral patterns", "restated"),
        piece("kurta", "green"),
        piece("trousers", "green", "other_garment_color"),
        piece("dupatta", "green"),
        details("kurta", "it has a round neckline"),
        Q.color("beige", "contradiction"),
        title="Biba Women Green & Gold Foil Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
]
