"""BLIND_671 (46 products; Myntra ethnic sets, captions then extractive QA): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 101/151 failures found (66.9%) and 8/215 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic sets (category "Kurta Sets", a few filed under "Kurtas"): straight
kurtas with palazzos or trousers and a dupatta, anarkali sets with churidars or trousers, sharara sets. Catalog
photos, mostly on a white or light grey studio backdrop, a few with a wall, a stool, a chair or a bag in frame. Some
rows lack a column (no gender, no color, no category), as real feeds do.

Who wrote what: the caption comes from one of three models, named in each product's photo comment. The untuned base
BLIP-2 OPT-2.7b writes short lowercase captions ("a woman in a pink kurta and white palazzo pants") and stops; it
calls kurtas shirts, tops or dresses now and then and sometimes says "his". The caption adapter at epoch 1 mixes
hue names into the DeepFashion template ("the lady wears a pink long kurta with floral patterns ... the kurta is
with cotton fabric") and never stops: every one of its captions runs to the 50-token limit, cut or looping, and it
invents fabrics, necklines and accessories. The caption adapter at epoch 3 writes the bare template, no hue names
("pure color patterns"), calls the kurta a dress or a shirt, sometimes "the gentleman", and also always hits the
limit. Open answers (wearing, describe, details, material, the per-piece colors) are spans that the extractive QA
model (mdeberta squad2) took from the caption; when it finds no span the text is empty, or, where the photo comment
says so, enrich fell back to generation: the base BLIP-2 (short, stops) or the VQA adapter (no end token: loops,
or writes the next "Question: ... Answer:" pair). Closed answers (garment type, color, pattern, sleeve length, "Is
this a ...?") come from the reference engine, one candidate each.

Labeling conventions and judgement calls:
- One label per text. A caption that ran to the limit is labelled cut or loop (what ended it), even when it also
  holds a wrong fabric or garment; the errors are then labelled in the answers that carry them.
- A span taken from a cut or looping caption is labelled for its own content: a clean span is correct, a span that
  ends mid-phrase is cut (hit_limit False: the answer itself did not run out), a span that repeats is loop.
- other_garment_color: the asked piece gets a color that really belongs to another piece of the set (the kurta's
  pink given for the palazzos; the dupatta's mustard given as the product color). contradiction: a color nobody in
  the photo wears (the wall's grey), a garment kind the title contradicts (shirt, top, skirt, saree, lehenga, dress
  for a straight kurta), a pattern or sleeve length the photo contradicts, a fabric the title names otherwise
  (chiffon for a georgette or silk-blend title counts as a contradiction, not a near-synonym).
- "Anarkali" sets: a caption or open answer that calls the flared anarkali kurta a "dress" is correct (it looks
  like one and Myntra sells anarkali dresses); the closed garment type "dress" or "yes" to "Is this a dress?" is a
  contradiction, because those replace the seller's category. A sharara called "pants" is correct; "skirt" is not.
- Shades: peach, magenta and coral answered "pink" or "orange", navy and teal answered "blue", olive and lime
  "green", mustard "yellow", maroon "red", lavender "purple", cream and off-white "white" are correct. Beige
  answered "white" is a contradiction (another color group, and the photo shows beige).
- unsupported: a fabric the title does not name and the photo cannot show, a dupatta's color when the set has no
  dupatta, an accessory, bag, ring or neckline the photo does not have.
- non_answer: an empty span, "yes" to an open question, or a template pattern ("pure color", "graphic") given to a
  color question. restated: the question's garment word back ("the dupatta", "a sharara", "palazzo pants").
- pronoun: "his", "he" or "the gentleman" for a woman; the label goes to every text that carries it.
- Material answers that match the title's fabric are correct even when the photo alone could not tell.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The per-piece color question, answered as a span of the caption (or by a fallback model): stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def wears(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?" prompt."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_671 = [
    # photo: pink straight kurta with small white floral print, white palazzos, pink dupatta over both shoulders; white
    # backdrop, front view; fabric cannot be told. Caption base BLIP-2; answers extractive QA over it, the dupatta
    # details QA's bare noun; material found no span and fell back to base BLIP-2.
    case(
        "X671-001",
        caption("a woman in a pink floral kurta and white palazzo pants with a dupatta"),
        wears("a pink floral kurta and white palazzo pants"),
        piece("kurta", "pink"),
        piece("palazzos", "white"),
        piece("dupatta", "pink"),
        details("dupatta", "a dupatta", "restated"),
        Q.color("pink"),
        Q.garment_type("kurta set"),
        Q.material("cotton", "unsupported"),
        title="Libas Women Pink Floral Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta with white ethnic-motif print and V-neck, solid navy trousers, white dupatta with navy
    # print; silver bangle on her left wrist; white backdrop. Caption epoch-1 adapter (ran to 50 tokens, cut);
    # answers extractive QA.
    case(
        "X671-002",
        caption(
            "the lady wears a blue long kurta with graphic patterns and a long trousers. the kurta is with cotton "
            "fabric and its neckline is v-shape. the trousers are with cotton fabric and pure color patterns. there "
            "is an accessory on her wrist. the lady",
            "cut",
            hit_limit=True,
        ),
        wears("a blue long kurta with graphic patterns and a long trousers"),
        piece("kurta", "blue"),
        piece("trousers", "pure color", "non_answer"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.material("cotton"),
        details("kurta", "its neckline is v-shape"),
        title="Anouk Women Navy Blue Ethnic Motifs Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow short kurta with gold foil print, mustard sharara, bottle green dupatta with gold border
    # held in one hand; white backdrop. Caption base BLIP-2; answers extractive QA; the sharara details found no span
    # and fell back to the VQA adapter, which wrote the next prompt.
    case(
        "X671-003",
        caption("a woman in a yellow outfit with a green scarf"),
        wears("a yellow outfit with a green scarf"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "green"),
        details(
            "sharara",
            "the sharara is yellow Question: What is the color of the dupatta? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("kurta set"),
        Q.color("green", "other_garment_color"),
        title="Sangria Women Mustard Yellow Foil Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white kurta with white chikankari embroidery, long sleeves, off-white palazzos, pastel pink dupatta
    # held at her side; light grey backdrop. Caption epoch-3 adapter (looped to the limit); answers extractive QA; the
    # dupatta found no span and fell back to the VQA adapter, which looped.
    case(
        "X671-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The pants are with cotton fabric and pure color patterns. The pants are with cotton "
            "fabric and pure color patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        wears("a long-sleeve dress with pure color patterns", "contradiction"),
        piece("kurta", "pure color", "non_answer"),
        piece("palazzos", "pure color", "non_answer"),
        piece(
            "dupatta",
            "white white white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.color("white"),
        Q.pattern("embroidered"),
        title="Biba Women Off White Chikankari Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: teal straight kurta with white geometric print and three-quarter sleeves, white trousers, silver juttis,
    # no dupatta; hands in the kurta's side pockets; white backdrop. Caption base BLIP-2; answers extractive QA;
    # the trousers details found no span and fell back to base BLIP-2.
    case(
        "X671-005",
        caption("a woman in a green and white printed kurta with white pants"),
        wears("a green and white printed kurta with white pants"),
        piece("kurta", "green and white"),
        piece("trousers", "white"),
        piece("dupatta", "green", "unsupported"),
        describe("kurta", "green and white printed kurta"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("white", "other_garment_color"),
        details("trousers", "the trousers", "restated"),
        title="W Women Teal Geometric Printed Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon flared anarkali kurta with gold print on the yoke, maroon churidar, gold-beige net dupatta over one
    # shoulder; body turned slightly; white backdrop; fabric matte. Caption base BLIP-2; answers extractive QA; the
    # material found no span and fell back to base BLIP-2.
    case(
        "X671-006",
        caption("a woman in a red anarkali dress with a gold dupatta"),
        wears("a red anarkali dress with a gold dupatta"),
        piece("kurta", "red"),
        piece("churidar", "red"),
        piece("dupatta", "gold"),
        Q.material("silk", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        title="Aurelia Women Maroon Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach kurta with mirror work and thread embroidery around a round neck, peach sharara, peach dupatta with
    # lace border; white backdrop. Caption epoch-1 adapter (cut at the limit); answers extractive QA.
    case(
        "X671-007",
        caption(
            "the lady wears a pink long kurta with floral patterns and a pink long skirt. the kurta is with chiffon "
            "fabric and its neckline is v-shape. the skirt is with chiffon fabric and floral patterns. there is an "
            "accessory on her wrist. there is",
            "cut",
            hit_limit=True,
        ),
        wears("a pink long kurta with floral patterns and a pink long skirt", "contradiction"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        Q.material("chiffon", "contradiction"),
        details("kurta", "its neckline is v-shape", "unsupported"),
        title="Varanga Women Peach Mirror Work Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with gold foil print, round neck, no buttons; black palazzos, no dupatta; gold jhumkas;
    # white backdrop. Caption base BLIP-2; answers extractive QA (no fabric in the caption: empty span); the kurta
    # details fell back to base BLIP-2.
    case(
        "X671-008",
        caption("a woman in a black and gold kurta and black pants"),
        wears("a black and gold kurta and black pants"),
        piece("kurta", "black and gold"),
        piece("palazzos", "black"),
        describe("palazzos", "black pants"),
        Q.color("black"),
        Q.pattern("printed"),
        Q.material("", "non_answer"),
        details("kurta", "it has a mandarin collar and buttons", "unsupported"),
        title="Jaipur Kurti Women Black & Gold Foil Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: bottle green anarkali kurta with pink floral print and full sleeves, green trousers, pink dupatta across
    # the arms; white backdrop; fabric cannot be told. Caption base BLIP-2; answers extractive QA; material fell
    # back to base BLIP-2.
    case(
        "X671-009",
        caption("a woman in a green dress with pink flowers"),
        wears("a green dress with pink flowers"),
        piece("kurta", "green"),
        piece("trousers", "green"),
        piece("dupatta", "green", "other_garment_color"),
        details("kurta", "pink flowers"),
        Q.garment_type("kurta set"),
        Q.sleeve_length("long sleeves"),
        Q.material("rayon", "unsupported"),
        title="Indo Era Women Green Floral Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: rust kurta with cream block print, round neck, three-quarter sleeves; cream palazzos; rust dupatta with
    # tassels draped on one shoulder; one hand on hip; white backdrop. Caption epoch-1 adapter (cut); answers
    # extractive QA ("palazzos" is not in the caption: QA took the first color).
    case(
        "X671-010",
        caption(
            "the lady wears a orange long kurta with graphic patterns and a white long pants. the kurta is with "
            "cotton fabric and its neckline is round. the pants are with cotton fabric and pure color patterns. the "
            "lady wears a orange scarf. the lady",
            "cut",
            hit_limit=True,
        ),
        wears("a orange long kurta with graphic patterns and a white long pants"),
        piece("kurta", "orange"),
        piece("palazzos", "orange", "other_garment_color"),
        piece("dupatta", "orange"),
        details("kurta", "its neckline is round"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dupatta", "the lady wears a orange scarf. the lady", "cut"),
        title="Khushal K Women Rust Orange Block Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: lavender kurta with tonal thread embroidery on the yoke, lavender trousers, white organza dupatta; she
    # sits on a wooden stool; light grey backdrop. Caption base BLIP-2; answers extractive QA.
    case(
        "X671-011",
        caption("a woman sitting on a stool in a purple outfit"),
        wears("a purple outfit"),
        piece("kurta", "purple"),
        piece("trousers", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        describe("kurta", "a purple outfit"),
        Q.garment_type("kurta set"),
        Q.pattern("solid", "contradiction"),
        title="Anubhutee Women Lavender Ethnic Motifs Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: red kurta with white bandhani dots, three-quarter sleeves, red sharara, red dupatta with gold gota
    # border; white backdrop. Caption epoch-3 adapter ("the gentleman", ran to the limit at a full stop); answers
    # extractive QA; the kurta color found no span and fell back to the VQA adapter.
    case(
        "X671-012",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. His pants are of long length. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wears("a long-sleeve shirt with graphic patterns", "contradiction"),
        piece(
            "kurta",
            "red Question: What is the color of the sharara? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("sharara", "graphic patterns", "non_answer"),
        Q.material("cotton"),
        Q.color("red"),
        title="Sangria Women Red Bandhani Printed Cotton Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: yellow kurta with green leaf print, green palazzos, yellow-green printed dupatta with plain hemmed ends;
    # beige studio wall, a cane chair beside her. Caption base BLIP-2; answers extractive QA; "Describe the kurta"
    # and the dupatta details fell back to base BLIP-2 (it said yes to the first).
    case(
        "X671-013",
        caption("a woman in a yellow kurta and green pants standing next to a chair"),
        wears("a yellow kurta and green pants"),
        piece("kurta", "yellow"),
        piece("palazzos", "yellow", "other_garment_color"),
        piece("dupatta", "green"),
        describe("kurta", "yes", "non_answer"),
        Q.color("yellow"),
        Q.pattern("printed"),
        details("dupatta", "tassels on the ends", "unsupported"),
        title="Biba Women Yellow & Green Leaf Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: magenta short kurta with gold zari embroidery, magenta sharara, magenta dupatta; white backdrop. Caption
    # epoch-1 adapter (looped to the limit); answers extractive QA.
    case(
        "X671-014",
        caption(
            "the lady wears a pink short kurta with floral patterns and a pink long skirt. the skirt is with chiffon "
            "fabric and floral patterns. the skirt is with chiffon fabric and floral patterns. the skirt is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        wears("a pink short kurta with floral patterns and a pink long skirt", "contradiction"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        Q.material("chiffon", "contradiction"),
        details("sharara", "the skirt is with chiffon fabric and floral patterns", "contradiction"),
        title="Ahalyaa Women Magenta Zari Embroidered Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: blue-and-white vertical striped knee-length kurta, white trousers, no dupatta; she holds a tan tote bag;
    # white backdrop. Caption base BLIP-2 (calls the kurta a shirt); answers extractive QA.
    case(
        "X671-015",
        caption("a woman in a blue and white striped shirt and white pants holding a bag", "contradiction"),
        wears("a blue and white striped shirt and white pants", "contradiction"),
        piece("kurta", "blue and white"),
        piece("trousers", "white"),
        describe("kurta", "striped"),
        Q.pattern("striped"),
        Q.garment_type("kurta set"),
        title="Libas Women Blue & White Striped Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: cream chanderi kurta with gold buttis, cream palazzos, mustard dupatta; white backdrop. Caption base
    # BLIP-2; answers extractive QA; material found no span and fell back to the VQA adapter; the palazzo details
    # fell back to base BLIP-2.
    case(
        "X671-016",
        caption("a woman in a white kurta with a yellow dupatta"),
        wears("a white kurta with a yellow dupatta"),
        piece("kurta", "white"),
        piece("palazzos", "white"),
        piece("dupatta", "yellow"),
        Q.material(
            "Answer: cotton Question: What material is the garment made of? Answer: cotton Question: What material is"
            " the",
            "leak",
            hit_limit=True,
        ),
        Q.color("yellow", "other_garment_color"),
        details("palazzos", "palazzos", "restated"),
        title="Anouk Women Cream Chanderi Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: olive kurta with small white print, mandarin (stand) collar, three-quarter sleeves; olive trousers; tan
    # kolhapuris; sunglasses on her head; no dupatta; white backdrop. Caption epoch-3 adapter (cut); answers
    # extractive QA; the kurta color fell back to base BLIP-2.
    case(
        "X671-017",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wears("a long-sleeve dress with graphic patterns", "contradiction"),
        piece("kurta", "green"),
        piece("trousers", "pure color", "non_answer"),
        details("kurta", "its neckline is stand"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Global Desi Women Olive Green Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: sea green anarkali kurta with silver foil print, sea green palazzos, white dupatta; she twirls, the flare
    # spread; white backdrop. Caption base BLIP-2; answers extractive QA.
    case(
        "X671-018",
        caption("a woman in a green dress twirling"),
        wears("a green dress"),
        piece("kurta", "green"),
        piece("palazzos", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("kurta set"),
        Q.pattern("solid", "contradiction"),
        Q.color("white", "other_garment_color"),
        title="Mokshi Women Sea Green Foil Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black kurta with white and red floral print, three-quarter sleeves, black palazzos, bare wrists, no
    # dupatta; white backdrop; fabric looks like rayon. Caption epoch-1 adapter (looped); answers extractive QA.
    case(
        "X671-019",
        caption(
            "the lady wears a black long kurta with floral patterns and a black long pants. the kurta is with cotton "
            "fabric and its neckline is round. there is an accessory on her wrist. there is an accessory on her "
            "wrist. there is an",
            "loop",
            hit_limit=True,
        ),
        wears("a black long kurta with floral patterns and a black long pants"),
        piece("kurta", "black"),
        piece("palazzos", "black"),
        details("kurta", "there is an accessory on her wrist", "unsupported"),
        Q.material("cotton", "unsupported"),
        Q.color("black"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Vishudh Women Black Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: pink kurta with blue block print, solid blue pants, pink-and-blue printed dupatta; white backdrop.
    # Caption base BLIP-2; answers extractive QA; the dupatta details fell back to base BLIP-2, which echoed the
    # prompt.
    case(
        "X671-020",
        caption("a woman in a pink and blue outfit"),
        wears("a pink and blue outfit"),
        piece("kurta", "pink and blue"),
        piece("pants", "pink and blue", "other_garment_color"),
        piece("dupatta", "pink and blue"),
        describe("kurta", "pink and blue outfit"),
        Q.color("blue", "other_garment_color"),
        details("dupatta", "Question: What are the dupatta details? Answer: pink and blue", "leak"),
        title="Rain and Rainbow Women Pink & Blue Block Printed Kurta with Pants & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon kurta with gold print at the hem, hands in its side pockets; maroon palazzos; mustard dupatta
    # over the arm; white backdrop. Caption base BLIP-2 (said "his"); answers extractive QA.
    case(
        "X671-021",
        caption("a woman in a maroon kurta with his hands in his pockets", "pronoun"),
        wears("a maroon kurta"),
        piece("kurta", "maroon"),
        piece("palazzos", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        details("kurta", "his hands in his pockets", "pronoun"),
        Q.garment_type("kurta set"),
        title="Janasya Women Maroon Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy kurta with gold embroidery, navy sharara with a gold hem border, navy dupatta with gold border;
    # plain grey wall behind; three-quarter sleeves. Caption base BLIP-2; answers extractive QA; material fell back
    # to base BLIP-2; the sharara details span is the caption's outfit phrase.
    case(
        "X671-022",
        caption("a woman in a blue and gold outfit standing in front of a gray wall"),
        wears("a blue and gold outfit"),
        piece("kurta", "blue and gold"),
        piece("sharara", "blue and gold"),
        piece("dupatta", "gray", "contradiction"),
        Q.material("silk"),
        Q.sleeve_length("three-quarter sleeves"),
        details("sharara", "outfit", "non_answer"),
        title="Soch Women Navy Blue Embroidered Silk Blend Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: peach kurta with green and pink florals and a V-neck, peach trousers, green dupatta round her neck; no
    # rings; white backdrop. Caption epoch-1 adapter (cut); answers extractive QA; the dupatta description fell
    # back to base BLIP-2, which began with "Answer:".
    case(
        "X671-023",
        caption(
            "the lady wears a pink long kurta with floral patterns and a pink long trousers. the kurta is with cotton "
            "fabric and its neckline is v-shape. the lady wears a green scarf. there is a ring on her finger. the",
            "cut",
            hit_limit=True,
        ),
        wears("a pink long kurta with floral patterns and a pink long trousers"),
        piece("kurta", "pink"),
        piece("trousers", "pink"),
        piece("dupatta", "green"),
        details("kurta", "there is a ring on her finger", "unsupported"),
        Q.material("cotton"),
        describe("dupatta", "Answer: green scarf", "leak"),
        title="Kalini Women Peach Floral Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: turquoise kurta with white thread embroidery, white palazzos, turquoise dupatta; white backdrop. Caption
    # base BLIP-2; answers extractive QA; the dupatta details fell back to base BLIP-2.
    case(
        "X671-024",
        caption("a woman in a blue kurta and white pants"),
        wears("a blue kurta and white pants"),
        piece("kurta", "blue"),
        piece("palazzos", "blue", "other_garment_color"),
        piece("dupatta", "blue"),
        describe("palazzos", "white pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embroidered"),
        details("dupatta", "dupatta", "restated"),
        title="Indo Era Women Turquoise Blue Thread Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: mustard anarkali kurta with maroon ethnic motifs, maroon trousers, maroon dupatta; white backdrop.
    # Caption epoch-1 adapter (looped); answers extractive QA (the details span runs into the loop).
    case(
        "X671-025",
        caption(
            "the lady wears a yellow long dress with graphic patterns. the dress is with cotton fabric and graphic "
            "patterns. the dress is with cotton fabric and graphic patterns. the dress is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        wears("a yellow long dress with graphic patterns"),
        piece("kurta", "yellow"),
        piece("trousers", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.material("cotton"),
        details(
            "kurta",
            "the dress is with cotton fabric and graphic patterns. the dress is with cotton fabric and graphic "
            "patterns",
            "loop",
        ),
        title="Libas Women Mustard Ethnic Motifs Printed Pure Cotton Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: white chikankari kurta without pockets, white palazzos, no dupatta; pale blue backdrop wall. Caption
    # base BLIP-2; answers extractive QA; material and the kurta details fell back to base BLIP-2.
    case(
        "X671-026",
        caption("a woman in a white kurta standing in front of a blue wall"),
        wears("a white kurta"),
        piece("kurta", "white"),
        piece("palazzos", "white"),
        piece("dupatta", "blue", "unsupported"),
        Q.color("white"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        details("kurta", "it has a pocket on the side", "unsupported"),
        title="Ishin Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: grey kurta with pink floral embroidery, grey trousers, pink dupatta; white backdrop. Caption epoch-3
    # adapter (cut); wearing from extractive QA; kurta and dupatta colors fell back to the VQA adapter.
    case(
        "X671-027",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wears("a long-sleeve shirt with floral patterns", "contradiction"),
        piece(
            "kurta",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        piece("trousers", "pure color", "non_answer"),
        piece(
            "dupatta",
            "pink Question: What is the color of the trousers? Answer: grey Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="GERUA Women Grey Floral Embroidered Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: off-white straight kurta with red floral print, red palazzos, red dupatta; white backdrop. Caption base
    # BLIP-2 (calls it a dress); answers extractive QA; the palazzo description fell back to base BLIP-2.
    case(
        "X671-028",
        caption("a woman in a white and red dress", "contradiction"),
        wears("a white and red dress", "contradiction"),
        piece("kurta", "white and red"),
        piece("palazzos", "white and red", "other_garment_color"),
        piece("dupatta", "red"),
        is_a("dress", "no"),
        Q.garment_type("kurta set"),
        describe("palazzos", "palazzo pants", "restated"),
        title="Aurelia Women Off White & Red Floral Printed Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: sleeveless lime green kurta with white embroidered yoke, round neck, white palazzos, a small clutch in
    # hand; white backdrop; matte crepe fabric. Caption epoch-1 adapter (cut); answers extractive QA.
    case(
        "X671-029",
        caption(
            "the lady wears a green long kurta with pure color patterns and a white long pants. the kurta is with "
            "chiffon fabric and its neckline is round. there is an accessory in her hand. the pants are",
            "cut",
            hit_limit=True,
        ),
        wears("a green long kurta with pure color patterns and a white long pants"),
        piece("kurta", "green"),
        piece("palazzos", "white"),
        Q.material("chiffon", "unsupported"),
        details("kurta", "its neckline is round"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        is_a("kurta", "no", "contradiction"),
        title="W Women Lime Green Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: purple short kurta with white print, purple sharara with white print, white dupatta; white backdrop.
    # Caption base BLIP-2; answers extractive QA; the sharara description fell back to base BLIP-2.
    case(
        "X671-030",
        caption("a woman in a purple and white outfit with a white scarf"),
        wears("a purple and white outfit with a white scarf"),
        piece("kurta", "purple and white"),
        piece("sharara", "purple and white"),
        piece("dupatta", "white"),
        describe("sharara", "the sharara", "restated"),
        Q.garment_type("lehenga", "contradiction"),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        title="Anouk Women Purple & White Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: teal anarkali kurta with gold print and long sleeves, teal churidar, gold dupatta; white backdrop.
    # Caption epoch-3 adapter ("the gentleman", "his"; cut); answers extractive QA; kurta and dupatta colors fell
    # back to base BLIP-2.
    case(
        "X671-031",
        caption(
            "The gentleman wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. His pants are of long length. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wears("a long-sleeve dress with graphic patterns"),
        piece("kurta", "blue"),
        piece("churidar", "pure color", "non_answer"),
        piece("dupatta", "blue", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("kurta set"),
        title="Biba Women Teal Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: red kurta with gold yoke, red palazzos, red-and-gold dupatta draped over her head; white backdrop.
    # Fabric cannot be told. Caption base BLIP-2; answers extractive QA; material fell back to base BLIP-2.
    case(
        "X671-032",
        caption("a woman in a red outfit with a red dupatta on her head"),
        wears("a red outfit with a red dupatta on her head"),
        piece("kurta", "red"),
        piece("palazzos", "red"),
        piece("dupatta", "red"),
        Q.color("red"),
        Q.garment_type("saree", "contradiction"),
        details("dupatta", "on her head"),
        Q.material("silk", "unsupported"),
        title="Sangria Women Red Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: beige kurta with gold mirror work, beige sharara, beige net dupatta; white backdrop. Caption epoch-1
    # adapter (looped); answers extractive QA.
    case(
        "X671-033",
        caption(
            "the lady wears a white long kurta with pure color patterns and a white long skirt. the skirt is with "
            "chiffon fabric and its length is long. the skirt is with chiffon fabric and its length is long. the skirt",
            "loop",
            hit_limit=True,
        ),
        wears("a white long kurta with pure color patterns and a white long skirt", "contradiction"),
        piece("kurta", "white", "contradiction"),
        piece("sharara", "pure color", "non_answer"),
        Q.material("chiffon", "unsupported"),
        Q.color("beige"),
        describe("kurta", "white long kurta with pure color patterns", "contradiction"),
        title="Varanga Women Beige Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: indigo kurta with white dabu floral print, white palazzos with indigo print, oxidised silver jhumkas;
    # the kurta hides the palazzo waist; white backdrop. Caption base BLIP-2; answers extractive QA; material and
    # the palazzo details fell back to base BLIP-2.
    case(
        "X671-034",
        caption("a woman in a blue and white floral print kurta and pants"),
        wears("a blue and white floral print kurta and pants"),
        piece("kurta", "blue and white"),
        piece("palazzos", "blue and white"),
        describe("kurta", "a blue and white floral print kurta"),
        Q.pattern("floral"),
        Q.material("cotton"),
        details("palazzos", "elastic waistband with drawstring", "unsupported"),
        title="Jaipur Kurti Women Indigo Blue Dabu Print Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink kurta with gota patti work, round neck, three-quarter sleeves; pink sharara; pink dupatta; light
    # grey backdrop. Caption epoch-3 adapter (cut); answers extractive QA; the sharara and dupatta colors fell back
    # to the VQA adapter.
    case(
        "X671-035",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wears("a medium-sleeve dress with pure color patterns", "contradiction"),
        piece("kurta", "pure color", "non_answer"),
        piece(
            "sharara",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        piece(
            "dupatta",
            "pink Question: What is the color of the dupatta? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.color("pink"),
        title="Khushal K Women Pink Gota Patti Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow knee-length kurta with white floral embroidery, white trousers, no dupatta; white backdrop.
    # Caption base BLIP-2 (calls the kurta a top); answers extractive QA; the trousers details fell back to base
    # BLIP-2. The row has no gender.
    case(
        "X671-036",
        caption("a woman in a yellow top and white pants", "contradiction"),
        wears("a yellow top and white pants", "contradiction"),
        piece("kurta", "yellow"),
        piece("trousers", "white"),
        piece("dupatta", "yellow", "unsupported"),
        Q.garment_type("kurta"),
        Q.pattern("embroidered"),
        details("trousers", "trousers", "restated"),
        title="Anubhutee Women Yellow Floral Embroidered Kurta with Trousers",
        category="Kurta Sets",
        color="Yellow",
    ),
    # photo: green-and-yellow leheriya kurta with V-neck, green palazzos, yellow dupatta round her neck; white
    # backdrop. Caption epoch-1 adapter (cut); answers extractive QA.
    case(
        "X671-037",
        caption(
            "the lady wears a green long kurta with stripe patterns and a green long pants. the kurta is with cotton "
            "fabric and its neckline is v-shape. the lady wears a yellow scarf around her neck. the lady wears a",
            "cut",
            hit_limit=True,
        ),
        wears("a green long kurta with stripe patterns and a green long pants"),
        piece("kurta", "green"),
        piece("palazzos", "green"),
        piece("dupatta", "yellow"),
        Q.pattern("striped"),
        details("kurta", "stripe patterns"),
        details("dupatta", "the lady wears a", "cut"),
        title="Libas Women Green Leheriya Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: black kurta with white check pattern, plain black trousers, no dupatta; red brick wall behind (lifestyle
    # shot). Caption base BLIP-2 (calls the kurta a shirt); answers extractive QA; material fell back to base BLIP-2.
    case(
        "X671-038",
        caption("a woman in a black and white checkered shirt standing in front of a brick wall", "contradiction"),
        wears("a black and white checkered shirt", "contradiction"),
        piece("kurta", "black and white"),
        piece("trousers", "black and white", "other_garment_color"),
        Q.pattern("checked"),
        Q.material("cotton", "unsupported"),
        Q.color("black"),
        title="Nayo Women Black & White Checked Kurta with Trousers",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: magenta anarkali with gold yoke embroidery, magenta trousers, magenta-and-gold dupatta; white backdrop.
    # Fabric cannot be told. Caption base BLIP-2; answers extractive QA; material fell back to base BLIP-2.
    case(
        "X671-039",
        caption("a woman in a pink dress with gold embroidery"),
        wears("a pink dress with gold embroidery"),
        piece("kurta", "pink"),
        piece("trousers", "pink"),
        piece("dupatta", "pink"),
        details("kurta", "gold embroidery"),
        Q.garment_type("kurta set"),
        is_a("dress", "yes", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Indo Era Women Magenta Embroidered Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: rust kurta with navy floral print, navy palazzos, rust dupatta; no bag; white backdrop. Caption epoch-1
    # adapter (cut); answers extractive QA; the palazzo details fell back to the VQA adapter, which looped. The row
    # has no color.
    case(
        "X671-040",
        caption(
            "the lady wears a orange long kurta with floral patterns and a blue long pants. the kurta is with cotton "
            "fabric and its neckline is round. there is a bag in her hand. the pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wears("a orange long kurta with floral patterns and a blue long pants"),
        piece("kurta", "orange"),
        piece("palazzos", "orange", "other_garment_color"),
        piece("dupatta", "blue", "other_garment_color"),
        details("kurta", "there is a bag in her hand", "unsupported"),
        Q.material("cotton"),
        details(
            "palazzos",
            "the palazzos are blue, the palazzos are blue, the palazzos are blue, the palazzos are blue, the",
            "loop",
            hit_limit=True,
        ),
        title="Global Desi Women Rust Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: lavender short kurta with sequin work, lavender sharara, lavender organza dupatta; white backdrop.
    # Caption base BLIP-2 (calls the short kurta a dress); answers extractive QA; material and the sharara
    # description fell back to base BLIP-2.
    case(
        "X671-041",
        caption("a woman in a purple dress and a purple scarf", "contradiction"),
        wears("a purple dress and a purple scarf", "contradiction"),
        piece("kurta", "purple"),
        piece("sharara", "purple"),
        piece("dupatta", "purple"),
        Q.material("silk", "contradiction"),
        describe("sharara", "a sharara", "restated"),
        Q.pattern("embellished"),
        title="Mokshi Women Lavender Sequinned Organza Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: coral kurta with white thread embroidery and long sleeves, white palazzos, white dupatta with coral
    # tassels; white backdrop. Caption epoch-3 adapter (looped); wearing and kurta color from extractive QA; palazzo
    # and dupatta colors fell back to base BLIP-2.
    case(
        "X671-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is with cotton fabric and its neckline is round. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wears("a long-sleeve dress with pure color patterns", "contradiction"),
        piece("kurta", "pure color", "non_answer"),
        piece("palazzos", "white"),
        piece("dupatta", "white"),
        Q.color("orange"),
        Q.material("cotton", "unsupported"),
        title="Soch Women Coral Thread Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: blue-and-white ikat kurta, plain pink trousers, pink dupatta; side view; white backdrop. Caption base
    # BLIP-2; answers extractive QA; the dupatta details fell back to the VQA adapter.
    case(
        "X671-043",
        caption("a woman in a blue and white kurta with pink pants"),
        wears("a blue and white kurta with pink pants"),
        piece("kurta", "blue and white"),
        piece("trousers", "pink"),
        piece("dupatta", "blue and white", "other_garment_color"),
        Q.pattern("printed"),
        describe("trousers", "pink pants"),
        details(
            "dupatta",
            "Question: What are the dupatta details? Answer: the dupatta is pink Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.color("pink", "other_garment_color"),
        title="Anouk Women Blue & Pink Ikat Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard kurta with white floral print, mustard sharara, white dupatta; she sits on a wooden chair; white
    # backdrop. Caption epoch-1 adapter ("the gentleman", "his", "him"; ran to the limit); answers extractive QA.
    case(
        "X671-044",
        caption(
            "the gentleman wears a yellow long kurta with floral patterns and a yellow long pants. his kurta is with "
            "cotton fabric and its neckline is round. there is a chair behind him. the gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wears("a yellow long kurta with floral patterns and a yellow long pants"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        details("kurta", "his kurta is with cotton fabric", "pronoun"),
        Q.material("cotton"),
        title="Janasya Women Mustard Floral Printed Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy kurta with small gold print and three-quarter sleeves, navy palazzos, no dupatta; white backdrop.
    # Caption base BLIP-2; answers extractive QA; the kurta details fell back to the VQA adapter. The row has no
    # category.
    case(
        "X671-045",
        caption("a woman in a navy blue kurta and matching pants"),
        wears("a navy blue kurta and matching pants"),
        piece("kurta", "navy blue"),
        piece("palazzos", "navy blue"),
        piece("dupatta", "navy blue", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("kurta set"),
        details(
            "kurta",
            "Answer: the kurta is navy blue Question: What are the kurta details? Answer: the kurta is navy blue",
            "leak",
            hit_limit=True,
        ),
        title="W Women Navy Blue Printed Kurta with Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: green anarkali kurta with pink florals, pink palazzos, pink dupatta; white backdrop. Caption epoch-1
    # adapter (cut); answers extractive QA.
    case(
        "X671-046",
        caption(
            "the lady wears a green long dress with floral patterns and a pink long pants. the dress is with chiffon "
            "fabric and its neckline is round. the lady wears a pink scarf. there is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wears("a green long dress with floral patterns and a pink long pants"),
        piece("kurta", "green"),
        piece("palazzos", "pink"),
        piece("dupatta", "pink"),
        Q.material("chiffon", "unsupported"),
        Q.color("pink", "other_garment_color"),
        is_a("dress", "yes", "contradiction"),
        title="Aurelia Women Green & Pink Floral Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
]
