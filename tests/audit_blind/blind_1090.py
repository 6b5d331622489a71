"""BLIND_1090 (46 products; kurta sets, epoch-1 captioner, per-piece colors): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 87/124 failures found (70.2%) and 10/179 correct texts flagged
(5.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's (and two girls') kurta sets: a kurta with palazzos or a sharara and a
dupatta, seller category "Kurta Sets", base colour = the kurta's color, titles in Myntra's style ("Libas Women Pink
Floral Printed Kurta with Palazzos & Dupatta"). Catalog photos: a model standing (a few seated or in three-quarter
view) on a white or light grey studio backdrop, a few on a colored wall, a sofa, a stool or in a garden; the dupatta
draped over the shoulders, held behind or over one arm; juttis, heels, jhumkas, bangles, now and then a potli bag.

Who wrote what: captions and every open answer (what is the person wearing, the per-piece color questions "What is
the color of the kurta / palazzos / sharara / dupatta?", describe, details, material) come from BLIP-2 OPT-2.7b with
the caption adapter at epoch 1 (Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and
30 for answers. Trained without an end token, it often runs on: loops of a phrase or a color, texts cut at the limit,
the `Question: ... Answer:` format echoed and continued. At epoch 1 it still answers questions most of the time, in
plain BLIP-2 phrasing, but slips into the DeepFashion template ("The lady wears a medium-sleeve kurta with floral
patterns and long pants. The pants are with cotton fabric...") for captions and "wearing". Its worst habit here is
per-piece colors: it gives the palazzos or dupatta the kurta's color (or the reverse), and sometimes the backdrop's
or a prop's color. The closed questions (color of the garment, garment type, pattern, sleeve length, "Is this a
...?") come from enrich's `--engine reference`, which picks one candidate value: never looped or cut, wrong at times.

Labeling conventions and judgement calls:
- other_garment_color only on open answers: a piece given the color of another piece that is in the photo (the
  kurta's color for the palazzos, the sharara's for the dupatta). A closed "color of the garment" that picks the
  palazzos' or dupatta's color instead of the kurta's is labeled contradiction (closed answers are one candidate).
- A color that is nowhere on the garments (the backdrop's, a chair's, a garden's green) is a contradiction.
- Monochrome sets (navy/navy/navy, all white chikankari, all pink gotta) repeat one color correctly; not failures.
- Shade words are correct for their hue: mustard or yellow, maroon or red, lavender or light purple, teal as green
  or blue, indigo as dark blue, cream or off white as white, magenta as pink.
- A sharara or palazzos called "pants", "trousers" or "palazzo pants" is correct; called a "skirt", "lehenga",
  "leggings" or "jeans" it is a contradiction, as is the kurta set called a "dress" or the kurta a "shirt". A closed
  garment type "kurta" for a kurta set is correct (the kurta is the main piece of what the title sells).
- "dupatta" as "scarf" is correct.
- A material that the title contradicts (silk, cotton or linen where the title says georgette, rayon or pure
  cotton), denim for palazzos, and accessories or trims not in the photo (handbag, sunglasses, watch, necklace,
  bindi, buttons, lace, mirror work, sequins, heels) are unsupported. A material the title does not name is correct
  when it is plausible for the fabric seen (cotton for a matte block print).
- When the seller's color is wrong (row 013: "Brown" on a rust orange kurta) texts true to the photo are correct.
- A loop that runs to the token limit is labeled loop (hit_limit=True), even where it also ends mid-phrase; a text
  cut at the limit without repetition is cut. A leaked `Question: ... Answer:` is leak, with hit_limit where the
  chain ran to the limit. Each failing text carries the one kind that best explains it.
- "yes", a bare color, "clothes", "a woman" or the piece's name alone to an open question is non_answer; a sentence
  that gives the question back ("the dupatta is the color of the dupatta", "the person is wearing") is restated.
- "he", "his", "the man" for a Women or Girls row is pronoun, even when the garments and colors are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The job's per-piece color question, asked open (free generation with the epoch-1 caption adapter)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1090 = [
    # photo: pink straight kurta with a small white floral print, round neck, three-quarter sleeves; white palazzos;
    # white chiffon dupatta with a pink printed border over both shoulders; silver jhumkas; white backdrop, front view,
    # full length. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-001",
        caption("a woman in a pink floral kurta with blue palazzos and a white dupatta", "contradiction"),
        wearing("a pink kurta and white pants"),
        piece("kurta", "pink"),
        piece("palazzos", "pink", "other_garment_color"),
        piece("dupatta", "white with a pink border"),
        Q.pattern("floral"),
        title="Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow calf-length kurta with rust and green block-printed motifs, mandarin collar, three-quarter
    # sleeves; solid mustard palazzos; rust red dupatta with mustard motifs and tassels over the left shoulder; brown
    # juttis; light grey backdrop, front view. Caption and open answers: epoch-1 adapter; closed: reference engine.
    case(
        "X1090-002",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns and long pants. The kurta is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta with a red dupatta with tassels and a pair of red heels", "unsupported"),
        piece("kurta", "mustard"),
        piece("palazzos", "yellow"),
        piece("dupatta", "yellow", "other_garment_color"),
        Q.color("mustard"),
        title="Anouk Women Mustard Yellow Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue matte rayon kurta with gold thread embroidery on the yoke only, V-neck, three-quarter sleeves;
    # navy palazzos; navy chiffon dupatta with gold polka dots held in one hand; gold earrings; white backdrop, front.
    # Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-003",
        caption("a woman in a navy blue kurta with gold embroidery and matching palazzos and dupatta"),
        piece("kurta", "navy blue"),
        piece("palazzos", "navy blue"),
        piece("dupatta", "navy blue with gold dots"),
        details("kurta", "gold embroidery around the v-neck"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("the kurta is made of silk and the dupatta is made of silk", "unsupported"),
        title="Indo Era Women Navy Blue Embroidered Rayon Straight Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: bottle green hip-length kurta with a white floral print, short sleeves; flared white sharara with a green
    # floral print; green dupatta over one arm; three-quarter view, white backdrop. Caption and open answers: epoch-1
    # caption adapter; closed: reference engine.
    case(
        "X1090-004",
        caption("a woman in a green kurta and white skirt with green flowers", "contradiction"),
        wearing("He is wearing a green kurta and a white sharara", "pronoun"),
        piece(
            "kurta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        piece("sharara", "white with green floral print"),
        piece("dupatta", "green"),
        Q.sleeve_length("short sleeves"),
        title="KALINI Women Green & White Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: maroon A-line kurta with a gold zari embroidered yoke, three-quarter sleeves; maroon palazzos with a gold
    # lace hem; gold-beige net dupatta with a gold border; light grey backdrop, front view. Caption and open answers:
    # epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-005",
        caption(
            "a maroon kurta with gold lace and palazzos with gold lace and a dupatta with gold lace and a dupatta "
            "with gold lace and a dupatta with gold lace and a dupatta with gold lace and a dupatta with",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon kurta with gold embroidery, maroon palazzos and a beige net dupatta"),
        piece("kurta", "maroon"),
        piece("palazzos", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        Q.color("maroon"),
        title="Varanga Women Maroon Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: off-white straight kurta with an indigo floral block print, round neck, three-quarter sleeves; indigo
    # palazzos with small white motifs; indigo dupatta with off-white print over both shoulders; oxidised silver
    # earrings; white backdrop, front. Caption and open answers: epoch-1 adapter; closed: reference engine.
    case(
        "X1090-006",
        caption("a woman wearing a white and blue printed kurta with blue pants and a blue scarf"),
        wearing("the person is wearing", "restated"),
        piece("kurta", "off white with blue flowers"),
        piece("palazzos", "white", "other_garment_color"),
        piece(
            "dupatta",
            "Question: What is the color of the dupatta? Answer: blue Question: What is the color of the dupatta? "
            "Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        title="Sangria Women Off-White & Blue Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: peach flared anarkali kurta with gold foil print, three-quarter sleeves; peach palazzos; peach dupatta
    # with a gold foil border; gold heels; model mid-twirl, front view, white backdrop. Caption and open answers:
    # epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-007",
        caption("a woman in a peach dress with gold print", "contradiction"),
        wearing("a peach anarkali kurta, palazzo pants and a dupatta"),
        piece("kurta", "peach"),
        piece("palazzos", "peach"),
        piece("dupatta", "white", "contradiction"),
        is_a("dress", "no"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Biba Women Peach-Coloured Printed Anarkali Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: teal hip-length kurta and flared teal sharara, both with a white bandhani dot print; mustard dupatta with
    # a teal border; model seated on a wooden stool, side view, beige wall behind. Caption and open answers: epoch-1
    # caption adapter; closed: reference engine.
    case(
        "X1090-008",
        caption("a woman sitting on a stool wearing a teal outfit with a yellow scarf"),
        wearing("she is wearing a teal kurta and sharara with a yellow dupatta"),
        piece("kurta", "teal with white dots"),
        piece(
            "sharara",
            "The sharara is teal with white dots. The sharara is teal with white dots. The sharara is teal with "
            "white dots. The sharara is",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "mustard yellow with a teal border"),
        Q.pattern("printed"),
        Q.material("The sharara is with chiffon fabric.", "unsupported"),
        title="Jaipur Kurti Women Teal Bandhani Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: black kurta with a gold foil geometric print and side slits, three-quarter sleeves; black palazzos; black
    # net dupatta with a gold border; black heels; one hand on the hip; white backdrop, front. Caption and open
    # answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-009",
        caption(
            "a woman wearing a black kurta with gold geometric print, black palazzo pants and a black net dupatta "
            "with a gold border, standing with one hand on her hip and black",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a medium-sleeve kurta with graphic patterns and long pants. The pants are with denim "
            "fabric and pure color patterns.",
            "unsupported",
        ),
        piece("kurta", "black"),
        piece("palazzos", "black"),
        piece("dupatta", "black with a gold border"),
        Q.color("black"),
        Q.pattern("solid", "contradiction"),
        title="W Women Black & Gold-Toned Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: lemon yellow straight kurta with a pink floral print and lace at the hem, three-quarter sleeves; white
    # palazzos; pink dupatta with yellow pom poms on the edges; white backdrop, front, full length. Caption and open
    # answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-010",
        caption("a woman in a yellow kurta with pink flowers, white palazzo pants and a pink dupatta with pom poms"),
        wearing("yes", "non_answer"),
        piece("kurta", "yellow"),
        piece("palazzos", "white Question: What is the color of the dupatta? Answer: pink", "leak"),
        piece("dupatta", "pink"),
        details("dupatta", "the dupatta has pom poms on the edges"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="AKS Women Yellow & Pink Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: short red georgette kurta with gold zari and mirror work; flared red sharara with a gold border; red net
    # dupatta with a gold gotta border and scattered gold sequins, held out behind her; gold jhumkas; pinkish beige
    # wall with a potted plant beside her. Caption and open answers: epoch-1 adapter; closed: reference engine.
    case(
        "X1090-011",
        caption("a woman wearing a red lehenga with gold embroidery standing next to a plant", "contradiction"),
        wearing("a red kurta with mirror work, a red sharara and a red dupatta"),
        piece("kurta", "red"),
        piece("sharara", "red with a gold border"),
        piece(
            "dupatta",
            "The dupatta is red with a gold gotta border along all four sides and small gold sequins scattered all "
            "over it and the kurta and the sharara are",
            "cut",
            hit_limit=True,
        ),
        Q.material("The kurta is with silk fabric and the sharara is with silk fabric.", "unsupported"),
        Q.garment_type("kurta set"),
        title="Anubhuti Women Red Embroidered Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: a girl of about eight in a lavender kurta with a silver foil print, lavender sharara, white organza
    # dupatta with a lavender border over both shoulders; silver juttis; hands at her sides; white backdrop, front.
    # Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-012",
        caption(
            "a little girl wearing a purple kurta with silver print, purple sharara pants and a white dupatta with a "
            "purple border, standing on a white background with her hands at her sides and a pair of silver shoes on "
            "her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress with a white scarf", "contradiction"),
        piece("kurta", "lavender"),
        piece("sharara", "white", "other_garment_color"),
        piece("dupatta", "white"),
        Q.color("lavender"),
        title="Bitiya by Bhama Girls Lavender Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Girls",
    ),
    # photo: rust orange cotton kurta with a mandarin collar and pintucks, three-quarter sleeves; cream palazzos; cream
    # dupatta with a rust block-printed border; a thin gold bangle; model leaning on a white wall. The seller's color
    # (Brown) is wrong: the kurta is rust orange. Caption and open answers: epoch-1 adapter; closed: reference engine.
    case(
        "X1090-013",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns and long pants. The kurta is with cotton "
            "fabric and its neckline is stand."
        ),
        wearing("an orange shirt and white pants", "contradiction"),
        piece("kurta", "rust"),
        piece("palazzos", "orange", "other_garment_color"),
        piece("dupatta", "cream with an orange border and mirror work", "unsupported"),
        Q.pattern("solid"),
        Q.sleeve_length("three-quarter sleeves"),
        title="GERUA Women Rust Orange Pintuck Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Brown",
        gender="Women",
    ),
    # photo: royal blue kurta with white ethnic motifs, round neck, three-quarter sleeves; white palazzos with a small
    # blue print; blue dupatta held in both hands; no bag; white backdrop, front. Caption and open answers: epoch-1
    # caption adapter; closed: reference engine.
    case(
        "X1090-014",
        caption(
            "a woman in a blue and white kurta with a blue dupatta and white pants, holding a handbag", "unsupported"
        ),
        wearing("a blue kurta with white palazzos and a blue dupatta"),
        piece("kurta", "blue and white"),
        piece("palazzos", "the palazzos are the color of the palazzos", "restated"),
        piece("dupatta", "blue Question: Is this a kurta? Answer: yes", "leak"),
        describe("kurta", "The kurta is blue with white ethnic motifs, a round neck and three-quarter sleeves"),
        Q.garment_type("kurta set"),
        title="Libas Women Blue Ethnic Motifs Printed Kurta with Palazzos & With Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: mint green kurta with a small pink floral print, pink sharara, mint dupatta with small pink flowers, a
    # thin pink border and tassels; pastel pink studio wall; no bag. Caption and open answers: epoch-1 caption
    # adapter; closed: reference engine.
    case(
        "X1090-015",
        caption("a woman standing in front of a pink wall wearing a green and pink outfit"),
        wearing("a green kurta with a pink sharara and a green dupatta with a pink clutch", "unsupported"),
        piece("kurta", "the kurta is pink", "other_garment_color"),
        piece("sharara", "pink"),
        piece(
            "dupatta",
            "The dupatta is mint green with small pink flowers printed all over it and a thin pink border along the "
            "edges with small tassels at the",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        title="Nayo Women Green & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white cotton kurta with white chikankari embroidery, white palazzos, white dupatta with thread work; pastel
    # pink juttis; light grey backdrop, front view. Caption and open answers: epoch-1 caption adapter; closed:
    # reference engine.
    case(
        "X1090-016",
        caption("a woman in a white kurta with embroidery and white pants"),
        wearing("a white kurta, white palazzos and a white dupatta"),
        piece("kurta", "white"),
        piece("palazzos", "white"),
        piece("dupatta", "white"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        title="Ishin Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: magenta kurta with silver mirror work at the neckline and sleeves, magenta sharara, lime green dupatta
    # with a magenta border; she holds a small silver potli bag; white backdrop, front view (the back is not seen).
    # Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-017",
        caption("a woman in a pink kurta and sharara holding a small bag"),
        wearing("she is wearing a pink kurta, pink sharara and a green dupatta and she is holding a bag"),
        piece("kurta", "magenta"),
        piece("sharara", "green", "other_garment_color"),
        piece("dupatta", "pink", "other_garment_color"),
        details(
            "kurta", "the kurta has mirror work on the neckline and the sleeves and a zipper at the back", "unsupported"
        ),
        Q.color("pink"),
        title="KALINI Women Magenta Mirror Work Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
        gender="Women",
    ),
    # photo: beige kurta with a maroon floral print, three-quarter sleeves; maroon palazzos; maroon dupatta with a
    # beige print over one shoulder; side (profile) view, white backdrop. Caption and open answers: epoch-1 caption
    # adapter; closed: reference engine.
    case(
        "X1090-018",
        caption("The man wears a medium-sleeve kurta with floral patterns and long pants.", "pronoun"),
        wearing("a beige kurta with maroon flowers and maroon palazzos"),
        piece("kurta", "the color of the kurta", "restated"),
        piece("palazzos", "maroon"),
        piece(
            "dupatta",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        title="Janasya Women Beige & Maroon Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: olive green kurta with tonal thread embroidery on the yoke, olive palazzos, peach dupatta over both
    # shoulders; no bindi, small gold studs; white backdrop, front. Caption and open answers: epoch-1 caption adapter;
    # closed: reference engine.
    case(
        "X1090-019",
        caption(
            "a woman wearing an olive green kurta with embroidery and a peach dupatta, with a bindi on her forehead",
            "unsupported",
        ),
        wearing("Question: What is the person wearing? Answer: a green kurta", "leak"),
        piece("kurta", "olive green"),
        piece("palazzos", "peach", "other_garment_color"),
        piece("dupatta", "peach"),
        Q.color("olive"),
        Q.garment_type("kurta"),
        title="Varanga Women Olive Green Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: grey straight kurta with a black ikat print, round neck, three-quarter sleeves; black palazzos; black and
    # grey printed dupatta; black flats; white backdrop, front. Caption and open answers: epoch-1 caption adapter;
    # closed: reference engine.
    case(
        "X1090-020",
        caption(
            "The lady wears a medium-sleeve kurta with graphic patterns and long pants. Its neckline is round. The "
            "pants are with pure color patterns."
        ),
        wearing("a grey kurta and black pants"),
        piece("kurta", "grey and black"),
        piece("palazzos", "grey", "other_garment_color"),
        piece(
            "dupatta",
            "The dupatta is grey and black. The dupatta is grey and black. The dupatta is grey and black. The "
            "dupatta is grey and black. The",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("black", "contradiction"),
        title="Anouk Women Grey & Black Ikat Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Grey",
        gender="Women",
    ),
    # photo: sea green kurta with a white leaf print, sea green palazzos, white dupatta with a green print; a brown
    # wooden chair beside her as a prop; white backdrop, front. Caption and open answers: epoch-1 caption adapter;
    # closed: reference engine.
    case(
        "X1090-021",
        caption("a woman standing next to a wooden chair wearing a green kurta and a white dupatta"),
        wearing(
            "a green kurta with green pants and a white dupatta with green leaves and green pants and a white "
            "dupatta with green leaves and green pants and a white",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "sea green with white leaves"),
        piece("palazzos", "green"),
        piece("dupatta", "brown", "contradiction"),
        Q.material("The kurta is made of denim.", "unsupported"),
        title="Global Desi Women Sea Green Leaf Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy blue kurta with a red and white floral print, red sharara, navy blue dupatta with red tassels; gold
    # earrings and a gold bangle on the left wrist; white backdrop, front. Caption and open answers: epoch-1 caption
    # adapter; closed: reference engine.
    case(
        "X1090-022",
        caption(
            "a woman wearing a navy blue kurta with red and white flowers, a red sharara and a navy blue dupatta "
            "with red tassels on the ends, a pair of gold earrings and a gold bangle on her left",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and a red skirt", "contradiction"),
        piece("kurta", "navy blue"),
        piece("sharara", "navy blue", "other_garment_color"),
        piece("dupatta", "navy blue with red tassels"),
        is_a("kurta", "yes"),
        title="Sangria Women Navy Blue & Red Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink straight kurta with a green leaf print, round neck, three-quarter sleeves; green palazzos; pink
    # dupatta with a green border; white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed:
    # reference engine.
    case(
        "X1090-023",
        caption("a woman in a pink kurta and green pants"),
        wearing("The man is wearing a pink kurta and green pants", "pronoun"),
        piece("kurta", "green", "other_garment_color"),
        piece("palazzos", "green"),
        piece("dupatta", "pink with a green border"),
        describe("kurta", "a pink straight kurta with green leaves, a round neck and three-quarter sleeves"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Tikhi Imli Women Pink & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: off-white kurta with a small black and red block print, black palazzos, red dupatta over one shoulder;
    # white backdrop, front. The feed row has no color. Caption and open answers: epoch-1 caption adapter; closed:
    # reference engine.
    case(
        "X1090-024",
        caption("a woman in a white kurta with blue jeans and a red scarf", "contradiction"),
        wearing("a white kurta, black palazzo pants and a red dupatta"),
        piece("kurta", "white"),
        piece("palazzos", "the palazzos", "non_answer"),
        piece("dupatta", "red"),
        Q.color("white"),
        title="Aurelia Women Off-White Block Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: deep purple kurta with a silver embroidered yoke, V-neck, no buttons, three-quarter sleeves; purple
    # palazzos; light lavender organza dupatta; silver earrings; white backdrop, front. Caption and open answers:
    # epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-025",
        caption(
            "The lady wears a medium-sleeve kurta with pure color patterns. Its neckline is V-shape. The lady wears "
            "long pants. The pants are with pure color patterns and the lady also wears a dupatta with",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple kurta and pants with a light purple dupatta"),
        piece("kurta", "purple"),
        piece("palazzos", "purple"),
        piece("dupatta", "light purple"),
        details("kurta", "silver embroidery on the yoke and pearl buttons down the front", "unsupported"),
        Q.color("lavender", "contradiction"),
        title="Libas Women Purple Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Purple",
        gender="Women",
    ),
    # photo: teal chanderi kurta with small gold woven zari buttis, long sleeves; teal palazzos; gold tissue dupatta;
    # hands folded in front; cream backdrop. Caption and open answers: epoch-1 caption adapter; closed: reference
    # engine.
    case(
        "X1090-026",
        caption("a woman in a green kurta with gold dots and a gold dupatta"),
        wearing("a green kurta with white pants and a gold dupatta", "contradiction"),
        piece("kurta", "teal"),
        piece("palazzos", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        title="Soch Women Teal Green Woven Design Chanderi Silk Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Women",
    ),
    # photo: yellow kurta with multicolor floral thread embroidery, yellow sharara, yellow dupatta with a scalloped
    # embroidered border; gold juttis; hair open, no flower; white backdrop, front. Caption and open answers: epoch-1
    # caption adapter; closed: reference engine.
    case(
        "X1090-027",
        caption("a woman in a yellow outfit with floral embroidery and a yellow flower in her hair", "unsupported"),
        wearing("He is wearing a yellow kurta and sharara with a yellow dupatta", "pronoun"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow"),
        piece("dupatta", "yellow"),
        details("dupatta", "the dupatta has a scalloped border with embroidery"),
        title="Indo Era Women Yellow Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon kurta with a cream dabu print, cream palazzos, maroon dupatta; no sunglasses or other accessories
    # but small earrings; white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed: reference
    # engine.
    case(
        "X1090-028",
        caption("a woman in a red kurta with white print and white pants"),
        wearing(
            "a maroon kurta with cream palazzos and a maroon dupatta. she is also wearing a pair of sunglasses",
            "unsupported",
        ),
        piece("kurta", "maroon"),
        piece("palazzos", "What is the color of the palazzos?", "restated"),
        piece("dupatta", "cream", "other_garment_color"),
        Q.pattern("printed"),
        title="Kvsfab Women Maroon & Cream Dabu Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: peach kurta with green and gold embroidery at the neckline, green sharara, peach dupatta held out behind
    # her with both hands; white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed:
    # reference engine.
    case(
        "X1090-029",
        caption(
            "a woman in a peach kurta with green embroidery around the neckline, a green sharara and a peach "
            "dupatta held out behind her with both hands against a white",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach kurta with green pants"),
        piece(
            "kurta",
            "The kurta is peach with green embroidery on the neckline and the kurta is peach with green embroidery "
            "on the neckline and",
            "loop",
            hit_limit=True,
        ),
        piece("sharara", "green"),
        piece("dupatta", "green", "other_garment_color"),
        Q.garment_type("kurta set"),
        title="House of Pataudi Women Peach & Green Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black kurta with multicolor thread embroidery, V-neck, long sleeves; black sharara with an embroidered
    # hem; black dupatta with a multicolor border; oxidised silver jhumkas; white backdrop, front. Caption and open
    # answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-030",
        caption("a woman wearing a black outfit with colorful embroidery and silver earrings"),
        wearing(
            "The lady wears a long-sleeve kurta with pure color patterns and long pants. The kurta is with cotton "
            "fabric and its neckline is V-shape. The pants are with",
            "cut",
            hit_limit=True,
        ),
        piece("kurta", "black"),
        piece(
            "sharara",
            "Question: What is the color of the sharara? Answer: black Question: What is the color of the dupatta? "
            "Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "black with a colorful border"),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="AKS Couture Women Black Thread Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: indigo kurta with a white dabu print, indigo palazzos with a white print and side pockets (one hand in a
    # pocket), white dupatta with an indigo printed border; white backdrop, front. Caption and open answers: epoch-1
    # caption adapter; closed: reference engine.
    case(
        "X1090-031",
        caption("a woman in a blue kurta and blue pants with her hand in her pocket"),
        wearing("a dark blue kurta with white prints, matching palazzos and a white dupatta"),
        piece("kurta", "indigo blue with a white print"),
        piece("palazzos", "white", "other_garment_color"),
        piece("dupatta", "Question: What is the color of the dupatta? Answer: white", "leak"),
        Q.material("linen", "unsupported"),
        title="Rain & Rainbow Women Indigo Dabu Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: parrot green kurta with pink thread embroidery, pink palazzos, pink dupatta with a green border; white
    # backdrop, front. The feed row has no category. Caption and open answers: epoch-1 caption adapter; closed:
    # reference engine.
    case(
        "X1090-032",
        caption("a woman in a green kurta with pink embroidery and white pants and a pink dupatta", "contradiction"),
        wearing(
            "a green kurta with pink embroidery, a green kurta with pink embroidery, a green kurta with pink "
            "embroidery, a green kurta with pink",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "green"),
        piece("palazzos", "pink"),
        piece("dupatta", "pink"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("embroidered"),
        title="Anubhuti Women Green & Pink Thread Embroidered Kurta with Palazzos & Dupatta",
        color="Green",
        gender="Women",
    ),
    # photo: long kurta with a patchwork print in orange, pink, green and blue, V-neck, three-quarter sleeves with
    # plain cuffs; orange palazzos; pink dupatta; white backdrop, front. Caption and open answers: epoch-1 caption
    # adapter; closed: reference engine.
    case(
        "X1090-033",
        caption("a woman wearing a colorful kurta with orange pants and a pink dupatta"),
        wearing("clothes", "non_answer"),
        piece("kurta", "multicolor"),
        piece("palazzos", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        describe(
            "kurta",
            "the kurta is a long kurta with a patchwork print in many colors, a v-neck and three-quarter sleeves "
            "with lace",
            "unsupported",
        ),
        Q.color("multi"),
        title="Biba Women Multicoloured Patchwork Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Multi",
        gender="Women",
    ),
    # photo: lime green solid sleeveless kurta, white palazzos with a lime print, white dupatta over one arm; no watch,
    # bare wrists; long open hair; white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed:
    # reference engine.
    case(
        "X1090-034",
        caption(
            "a woman wearing a bright green kurta and white pants, she is wearing a watch on her wrist", "unsupported"
        ),
        wearing("a green kurta and white pants"),
        piece(
            "kurta",
            "The kurta is green. Question: What is the color of the palazzos? Answer: white. Question: What is the "
            "color of the dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        piece("palazzos", "white with green print"),
        piece("dupatta", "white"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        title="W Women Lime Green Solid Sleeveless Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: red kurta with a blue floral print, blue palazzos, red and blue dupatta; brown kolhapuri sandals; white
    # backdrop, front. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-035",
        caption("a woman in a red kurta and green pants", "contradiction"),
        wearing(
            "she is wearing a red kurta and blue palazzos and a blue and red dupatta and a pair of black heels",
            "unsupported",
        ),
        piece("kurta", "blue", "other_garment_color"),
        piece("palazzos", "blue"),
        piece("dupatta", "red and blue"),
        Q.color("red"),
        title="Jaipur Kurti Women Red & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: baby pink georgette kurta with gold gotta patti trims at the neckline and hem, pink sharara, pink net
    # dupatta with a gotta border; model seated on a cream sofa, three-quarter view. Caption and open answers: epoch-1
    # caption adapter; closed: reference engine.
    case(
        "X1090-036",
        caption("a woman sitting on a couch wearing a pink outfit"),
        wearing("pink", "non_answer"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink"),
        details("kurta", "gold lace on the neckline and the hem"),
        Q.material("The kurta is made of cotton and the sharara is made of cotton.", "unsupported"),
        title="KALINI Women Pink Gotta Patti Georgette Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue kurta with a mustard print, mustard palazzos, mustard dupatta; small earrings, no necklace;
    # white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-037",
        caption(
            "a woman in a navy blue kurta with mustard yellow pants and a yellow dupatta, wearing a gold necklace",
            "unsupported",
        ),
        wearing("a navy blue and yellow outfit"),
        piece("kurta", "navy blue"),
        piece(
            "palazzos",
            "The palazzos are yellow. The dupatta is yellow. The kurta is yellow. The palazzos are yellow. The "
            "dupatta is yellow. The kurta is yellow. The",
            "loop",
            hit_limit=True,
        ),
        piece("dupatta", "mustard yellow"),
        Q.color("yellow", "contradiction"),
        title="Anouk Women Navy Blue & Mustard Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream kurta with gold embroidery, cream sharara, cream dupatta with gold embroidered borders and small
    # gold sequins all over; outdoor shoot in a garden, green plants behind her. Caption and open answers: epoch-1
    # caption adapter; closed: reference engine.
    case(
        "X1090-038",
        caption("a woman in a white dress standing in a garden", "contradiction"),
        wearing("a cream kurta with gold embroidery and a cream sharara"),
        piece("kurta", "cream"),
        piece("sharara", "green", "contradiction"),
        piece(
            "dupatta",
            "The dupatta is cream with gold embroidery on the borders and small gold sequins all over it and the "
            "kurta is cream with gold embroidery on the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Varanga Women Cream-Coloured Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Cream",
        gender="Women",
    ),
    # photo: lavender rayon kurta with a white floral print, white palazzos, lavender dupatta; white backdrop, front.
    # Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-039",
        caption(
            "The lady wears a medium-sleeve kurta with floral patterns and long pants. The kurta is with cotton "
            "fabric and its neckline is round.",
            "unsupported",
        ),
        wearing("a purple kurta with white flowers and white palazzos"),
        piece("kurta", "lavender"),
        piece("palazzos", "white"),
        piece("dupatta", "white", "other_garment_color"),
        Q.color("lavender"),
        Q.pattern("striped", "contradiction"),
        title="Sangria Women Lavender Floral Printed Rayon Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: orange bandhani printed kurta, orange sharara, pink bandhani dupatta; only small gold earrings; white
    # backdrop, front. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-040",
        caption("a woman wearing an orange kurta and orange sharara with a pink dupatta"),
        wearing(
            "she is wearing an orange kurta with an orange sharara, a pink dupatta and a lot of gold jewelry",
            "unsupported",
        ),
        piece("kurta", "orange"),
        piece("sharara", "sharara", "non_answer"),
        piece("dupatta", "pink"),
        Q.pattern("solid", "contradiction"),
        title="Mitera Women Orange Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
        gender="Women",
    ),
    # photo: burgundy velvet kurta with gold embroidery, long sleeves; burgundy palazzos; gold dupatta around her neck;
    # white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-041",
        caption("a woman in a burgundy velvet kurta with gold embroidery"),
        wearing("a red kurta with a gold dupatta around his neck", "pronoun"),
        piece("kurta", "burgundy"),
        piece("palazzos", "the palazzos are the palazzos", "restated"),
        piece("dupatta", "red", "other_garment_color"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        title="Libas Women Burgundy Embroidered Velvet Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: powder blue kurta with a white floral print and a tie-up dori with tassels at the back, white sharara,
    # powder blue dupatta; model turned to show the back; white backdrop. The feed row has no category. Caption and
    # open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-042",
        caption("a woman in a light blue kurta with white flowers and blue jeans", "contradiction"),
        wearing(
            "The woman is wearing a light blue kurta with white flowers and a white sharara. The woman is wearing a "
            "light blue kurta with white flowers and a white",
            "loop",
            hit_limit=True,
        ),
        piece("kurta", "light blue"),
        piece("sharara", "light blue", "other_garment_color"),
        piece("dupatta", "light blue"),
        details("kurta", "the kurta has a tie-up at the back with tassels"),
        Q.garment_type("kurta set"),
        title="Indo Era Women Blue Floral Printed Kurta with Sharara & Dupatta",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard kurta with a green print, green palazzos, green dupatta with a mustard border and no sequins;
    # white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-043",
        caption("a man wearing a yellow kurta and green pants", "pronoun"),
        wearing("a mustard kurta with green palazzos and a green dupatta"),
        piece("kurta", "green", "other_garment_color"),
        piece("palazzos", "green"),
        piece("dupatta", "green"),
        describe("dupatta", "the dupatta is green with a mustard border and has gold sequins", "unsupported"),
        Q.color("mustard"),
        title="Ishin Women Mustard Yellow & Green Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: black and white vertically striped kurta, solid black palazzos, white dupatta with a black border over
    # her shoulders; black juttis; white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed:
    # reference engine.
    case(
        "X1090-044",
        caption(
            "a woman wearing a black and white striped kurta with black palazzo pants and a white dupatta with a "
            "black border draped over her shoulders and a pair of black",
            "cut",
            hit_limit=True,
        ),
        wearing("a woman", "non_answer"),
        piece("kurta", "black and white"),
        piece("palazzos", "white", "other_garment_color"),
        piece("dupatta", "white with a black border"),
        Q.pattern("striped"),
        title="Juniper Women Black & White Striped Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: turquoise blue cotton kurta with a white print, three-quarter sleeves; white palazzos; turquoise dupatta;
    # white backdrop, front. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-045",
        caption(
            "a woman in a turquoise kurta with white pants and a turquoise scarf standing in front of a white wall"
        ),
        wearing(
            "a blue kurta and white palazzos Question: What is the color of the kurta? Answer: blue Question: What "
            "is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("kurta", "turquoise"),
        piece("palazzos", "the palazzos are white"),
        piece(
            "dupatta",
            "The dupatta is white. The dupatta is white. The dupatta is white. The dupatta is white. The dupatta is "
            "white. The dupatta is",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material("The kurta is with cotton fabric."),
        title="Nayo Women Turquoise Blue Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: a girl of about ten in a pink kurta with a gold foil print, pink sharara, gold dupatta; white backdrop,
    # front. Caption and open answers: epoch-1 caption adapter; closed: reference engine.
    case(
        "X1090-046",
        caption("a young girl wearing a pink outfit"),
        wearing("a pink kurta with a sharara and a gold dupatta"),
        piece("kurta", "pink"),
        piece("sharara", "gold", "other_garment_color"),
        piece("dupatta", "the color of the dupatta is the dupatta", "restated"),
        Q.color("gold", "contradiction"),
        title="Biba Girls Pink & Gold-Toned Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Girls",
    ),
]
