"""BLIND_652 (46 products; Myntra ethnic bottoms & dupattas, base BLIP-2): written blind in the fifty-third session.
Measured blind at 94342b7 (the session's sixteenth rules): 98/121 failures found (81.0%) and 4/166 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic bottoms and dupattas sold alone (palazzos, churidars, salwars and
patialas, leggings, dupattas). Every photo is a catalog shot on a white backdrop of a model who wears the product with
a kurta (and, for dupattas, with the kurta's own bottom); a few show jewellery. The seller's columns are title,
category (Myntra article type), color (base colour) and gender; two rows lack a column (one color, one gender).

Who wrote what: every text comes from the untuned base model, Salesforce/blip2-opt-2.7b, zero-shot, greedy, with the
experiments' per-piece questions (What is she wearing? What is the color of the pants / leggings / dupatta / kurta?
Describe the pants. What are the pants details?) plus the blind questionnaire's type, pattern and material questions
and a yes/no garment question. Closed answers (color_of, garment type, pattern, is-a) are the candidate that enrich's
`--engine reference` picked; open answers and captions are free generation (30 new tokens, 50 for captions). The base
model usually stops on its own, so loops and cuts are rarer than with the adapters; its habits are short answers, the
kurta's color given to the bottom or dupatta (the kurta fills most of the frame), the kurta's print or embroidery
moved onto the product, invented materials, pockets, zips and tassels, an echo of the question, and now and then
"he" or "a man" for a woman model.

Labeling conventions and judgement calls:
- other_garment_color: an open answer (caption excluded) that gives the product the color of the kurta or another
  piece worn in the photo. A closed color pick that is the kurta's color is labelled contradiction, since closed
  answers are the engine's choice among candidates.
- contradiction: any other wrong color, type, pattern or yes/no for the product; a caption that names the product in a
  wrong color; a closed garment type or pattern that belongs to the kurta; a material the seller's title contradicts
  (title says chiffon or cotton, answer says cotton or silk).
- unsupported: a detail neither visible nor in the catalog: a material the title does not state, pockets, zips,
  drawstrings, side slits, tassels, shoes on a barefoot model, a scarf that is not there. When the product's color is
  right but the kurta's print, embroidery or fabric is moved onto it ("white leggings with a gold print"), I labelled
  it unsupported, not other_garment_color.
- non_answer: an empty answer, yes/no, or a single word to an open question (describe, details, wearing), even when
  the word is a true color ("green"); a one-word answer in another garment's color is labelled other_garment_color.
  "they are long" / "they are leggings" for details count as non_answer. A short phrase that gives a correct color
  ("black pants", "they are green") is a correct answer.
- restated: the question echoed or turned back into the answer ("describe the dupatta", "the details of the pants").
- pronoun: "he", "his" or "a man" for a Women row; the row with no gender has no pronoun label.
- loop and cut: both ran to the token limit (hit_limit=True); a text that repeats until the limit is a loop, one that
  stops mid-phrase without repeating is a cut, whatever is true in it.
- Accepted as correct: "pants", "trousers", "harem pants" for palazzos, churidars and salwars; "scarf", "shawl" for a
  dupatta; "dress", "top", "shirt" for a long kurta; "pink" for magenta or peach; "red" for maroon; "white" for cream
  or off white; "green" or "blue" for teal; "polka dot" for a dot print. Where the seller's color and the photo differ
  (a "Beige" churidar that looks cream) the photo wins. "What is she wearing?" naming only the kurta is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS


def she(text, failure=None, hit_limit=False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_652 = [
    # photo: white solid palazzos, wide legs, with a mustard-yellow kurta printed in small brown motifs; white backdrop,
    # front view, full length. All texts by base blip2-opt-2.7b zero-shot; closed ones via --engine reference.
    case(
        "X652-001",
        caption("a woman in a yellow kurta and white palazzo pants standing against a white wall"),
        she("a yellow kurta and white pants"),
        color_of("pants", "white"),
        describe("pants", "yellow pants with a printed design", "other_garment_color"),
        details("pants", "the pants are wide at the bottom"),
        Q.material("cotton", "unsupported"),
        title="Biba Women White Solid Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: maroon churidar gathered at the ankles under a knee-length cream chikankari kurta; white backdrop, front
    # view. Base model zero-shot wrote all texts; closed answers by the reference engine.
    case(
        "X652-002",
        caption("a woman in a white dress and red leggings"),
        she("a white kurta and maroon pants"),
        color_of("pants", "cream", "contradiction"),
        describe("pants", "maroon tight pants with a white top"),
        details("pants", "they have a zipper on the side", "unsupported"),
        is_a("churidar", "yes"),
        title="W Women Maroon Solid Churidar",
        category="Churidar",
        color="Maroon",
        gender="Women",
    ),
    # photo: black solid ankle-length leggings with a red A-line kurta printed with white flowers; white backdrop,
    # three-quarter side pose. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-003",
        caption("a woman in a red and white dress with black leggings"),
        she("he is wearing a red dress and black leggings", "pronoun"),
        color_of("leggings", "black"),
        describe("leggings", "black", "non_answer"),
        details("leggings", "black leggings with a white stripe down the side", "unsupported"),
        is_a("pair of leggings", "yes"),
        Q.pattern("printed", "contradiction"),
        title="Go Colors Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: magenta bandhani dupatta (small white tie-dye dots, gold gota border) draped over both shoulders of a model
    # in a plain white kurta and white churidar; white backdrop, front view. Base model zero-shot; closed via reference.
    case(
        "X652-004",
        caption("a woman in a white outfit with a pink scarf"),
        she("a white kurta with a pink dupatta"),
        color_of("dupatta", "magenta"),
        describe("dupatta", "a white dupatta with a pink border", "other_garment_color"),
        details("dupatta", "it has small white dots all over and a gold border"),
        Q.pattern("printed"),
        Q.garment_type("scarf"),
        title="Dupatta Bazaar Women Magenta Bandhani Dupatta",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: navy blue palazzos printed with small white flowers, worn with a plain white straight kurta; white
    # backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-005",
        caption("a woman wearing a white top and blue floral pants"),
        she("white shirt and blue pants"),
        color_of("pants", "navy blue"),
        Q.pattern("solid", "contradiction"),
        describe("pants", "the pants are blue with white flowers on them"),
        details("pants", "what are the pants details", "restated"),
        Q.material("silk", "unsupported"),
        title="Global Desi Women Navy Blue Floral Print Palazzos",
        category="Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard patiala salwar with deep pleats, worn with a short teal kurti; white backdrop, front view, full
    # length. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-006",
        caption("a woman in a blue shirt and yellow harem pants"),
        she("a teal top and a mustard salwar"),
        color_of("pants", "teal", "contradiction"),
        describe("pants", "blue baggy pants", "other_garment_color"),
        details("pants", "the pants are baggy and have a lot of pleats"),
        is_a("salwar", "no", "contradiction"),
        title="Rangriti Women Mustard Solid Patiala Salwar",
        category="Patiala",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white churidar leggings, ruched at the ankles, under a rust-orange straight kurta with gold block
    # print; white backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-007",
        caption("a woman in an orange dress and white leggings standing in front of a white background"),
        she("an orange kurta with gold print and white leggings"),
        color_of("leggings", "off white"),
        describe("leggings", "white leggings with a gold print on them", "unsupported"),
        details("leggings", "they are long", "non_answer"),
        Q.material("cotton lycra", "unsupported"),
        title="Twin Birds Women Off White Churidar Leggings",
        category="Leggings",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue churidar visible below the knee of a flared pink Anarkali kurta with gold embroidery at the
    # yoke and hem; white backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-008",
        caption("a woman in a pink anarkali dress and blue pants"),
        she("a pink dress"),
        color_of("pants", "navy blue"),
        describe("pants", "pink pants with gold embroidery", "other_garment_color"),
        details("pants", "the pants have gold embroidery on the bottom", "unsupported"),
        color_of("kurta", "pink"),
        title="Soch Women Navy Blue Solid Churidar",
        category="Churidar",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream chiffon dupatta with a border embroidered in red, green and yellow thread, over one shoulder of a
    # model in a green kurta and cream palazzos; white backdrop. Base model zero-shot; closed via reference engine.
    case(
        "X652-009",
        caption("a woman wearing a green kurta and white pants with a white scarf"),
        she("green kurta, white pants and a white dupatta"),
        color_of("dupatta", "green", "contradiction"),
        describe("dupatta", "a green dupatta with embroidery", "other_garment_color"),
        details("dupatta", "the dupatta has colorful embroidery along the edges"),
        Q.material("chiffon"),
        is_a("dupatta", "yes"),
        title="Vishudh Women Cream Embroidered Chiffon Dupatta",
        category="Dupatta",
        color="Cream",
        gender="Women",
    ),
    # photo: maroon ankle-length leggings with a beige kurta printed with small maroon motifs; white backdrop, front
    # view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-010",
        caption("a woman in a beige kurta with black leggings", "contradiction"),
        she("she is wearing a beige kurta and maroon leggings"),
        color_of("leggings", "maroon"),
        describe(
            "leggings",
            "the leggings are maroon the leggings are maroon the leggings are maroon the leggings are maroon the "
            "leggings are",
            "loop",
            hit_limit=True,
        ),
        details("leggings", "the details of the leggings are the leggings details", "restated"),
        Q.garment_type("leggings"),
        title="Prisma Women Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Women",
    ),
    # photo: black palazzos with a white geometric triangle print, worn with a plain black kurta; white backdrop, front
    # view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-011",
        caption("a woman in a black dress and black and white pants"),
        she("black top and black and white printed pants"),
        color_of("pants", "black"),
        Q.pattern("printed"),
        describe("pants", "striped pants", "contradiction"),
        details("pants", "the pants have a pocket on the side", "unsupported"),
        Q.material("rayon", "unsupported"),
        title="Jaipur Kurti Women Black & White Printed Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton salwar, loose and gathered at the ankle, with an indigo-blue hand-block-printed kurta; white
    # backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-012",
        caption("a man in a blue shirt and white pants", "pronoun"),
        she("a blue kurta and white salwar"),
        color_of("pants", "white"),
        describe("pants", "white loose pants"),
        details("pants", "white", "non_answer"),
        Q.material("cotton"),
        title="Fabindia Women White Cotton Salwar",
        category="Salwar",
        color="White",
        gender="Women",
    ),
    # photo: lime green churidar under a white kurta with green thread embroidery at the neck; white backdrop, front
    # view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-013",
        caption("a woman in a white kurta with green embroidery and green pants"),
        she("Question: What is she wearing? Answer: a white kurta", "leak"),
        color_of("pants", "green"),
        describe("pants", "green", "non_answer"),
        details("pants", "the pants have white embroidery at the ankles", "unsupported"),
        is_a("churidar", "yes"),
        title="De Moza Women Lime Green Solid Churidar",
        category="Churidar",
        color="Lime Green",
        gender="Women",
    ),
    # photo: phulkari dupatta, orange base with dense pink, green and yellow floral embroidery, draped over a model in a
    # black kurta and black leggings; white backdrop. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-014",
        caption("a woman in a black dress with a colorful scarf"),
        she("black kurta, black leggings and an orange dupatta"),
        color_of("dupatta", "black", "contradiction"),
        describe("dupatta", "a black scarf with flowers", "other_garment_color"),
        details("dupatta", "it has pink green and yellow embroidery"),
        Q.pattern("embroidered"),
        Q.garment_type("dress", "contradiction"),
        title="Sangria Women Multicoloured Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Multi",
        gender="Women",
    ),
    # photo: olive green solid wide palazzos with a white kurta printed with olive leaves; white backdrop, front view.
    # Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-015",
        caption("a woman in a white and green kurta and green palazzo pants"),
        she("a white kurta and green pants"),
        color_of("pants", "olive"),
        describe("pants", "white pants with green leaves", "other_garment_color"),
        details("pants", "the pants are made of silk and have a lace border", "unsupported"),
        Q.garment_type("skirt", "contradiction"),
        title="Libas Women Olive Green Solid Palazzos",
        category="Palazzos",
        color="Olive",
        gender="Women",
    ),
    # photo: turquoise blue leggings under a plain white cotton kurta; white backdrop, front view. Base model zero-shot;
    # closed answers by the reference engine.
    case(
        "X652-016",
        caption("a woman in a white top and blue leggings"),
        she("white kurta"),
        color_of("leggings", "turquoise blue"),
        describe("leggings", "white leggings", "other_garment_color"),
        details("leggings", "", "non_answer"),
        is_a("pair of leggings", "yes"),
        title="Go Colors Women Turquoise Blue Solid Leggings",
        category="Leggings",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: white churidar, gathered at the ankles, with a red bandhani kurta (white dots); white backdrop, front view.
    # Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-017",
        caption("a woman in a red and white dress and white pants"),
        she("red kurta with white dots and white churidar"),
        color_of("pants", "white"),
        describe("pants", "red pants with white dots", "other_garment_color"),
        details("pants", "the pants are white and have a lot of wrinkles at the bottom"),
        color_of("kurta", "red"),
        Q.material("polyester", "unsupported"),
        title="Biba Women White Solid Churidar",
        category="Churidar",
        color="White",
        gender="Women",
    ),
    # photo: peach salwar, loose at the hip and narrow at the ankle, with a plain grey kurta; white backdrop, front
    # view.
    # Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-018",
        caption("a woman in a grey shirt and pink pants"),
        she("grey top and grey pants", "other_garment_color"),
        color_of("pants", "peach"),
        describe("pants", "they are loose at the top and tight at the bottom"),
        details("pants", "the pants are pink and have a drawstring", "unsupported"),
        title="Melange by Lifestyle Women Peach Solid Salwar",
        category="Salwar",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue dupatta with a silver zari border over a model in a white kurta and white palazzos; white
    # backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-019",
        caption("a woman in a white outfit with a blue shawl"),
        she("a white kurta, white pants and a blue dupatta"),
        color_of("dupatta", "navy blue"),
        describe(
            "dupatta",
            "the dupatta is a long piece of cloth that is draped over the shoulders and is made of a thin fabric "
            "with a silver",
            "cut",
            hit_limit=True,
        ),
        details("dupatta", "the dupatta details are the details of the dupatta", "restated"),
        is_a("dupatta", "yes"),
        title="Anouk Women Navy Blue Solid Dupatta with Zari Border",
        category="Dupatta",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow solid palazzos with a white kurta printed with blue flowers; no dupatta; white backdrop,
    # front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-020",
        caption("a woman in a white and blue floral dress and yellow pants and a yellow scarf", "unsupported"),
        she("a floral kurta and yellow palazzos"),
        color_of("pants", "mustard"),
        describe("pants", "blue pants", "other_garment_color"),
        details("pants", "yes", "non_answer"),
        Q.pattern("floral", "contradiction"),
        title="W Women Mustard Yellow Solid Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey melange leggings under a white kurta with black thread embroidery at the yoke; white backdrop, front
    # view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-021",
        caption("a woman in a white kurta and grey leggings"),
        she("Answer: she is wearing a white kurta and grey leggings", "leak"),
        color_of("leggings", "grey"),
        describe("leggings", "grey leggings with a white top"),
        details("leggings", "the leggings are grey and have black embroidery", "unsupported"),
        Q.garment_type("leggings"),
        title="Twin Birds Women Grey Melange Solid Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black churidar under a yellow kurta with small mirror work on the yoke; white backdrop, front view. Base
    # model zero-shot; closed answers by the reference engine.
    case(
        "X652-022",
        caption("a woman in a yellow dress with black pants"),
        she(
            "a yellow kurta and black pants and black pants and black pants and black pants and black pants and "
            "black pants and black",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        describe("pants", "yellow pants with mirrors", "other_garment_color"),
        details("pants", "black", "non_answer"),
        is_a("churidar", "no", "contradiction"),
        title="AURELIA Women Black Solid Churidar",
        category="Churidar",
        color="Black",
        gender="Women",
    ),
    # photo: sheer white net dupatta with gold foil dots over a model in a pink kurta and pink churidar; white backdrop,
    # front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-023",
        caption("a woman in a pink outfit with a white net dupatta"),
        she("she is wearing a pink kurta and pink pants with a white dupatta"),
        color_of("dupatta", "pink", "contradiction"),
        describe(
            "dupatta",
            "a sheer white scarf with gold dots and gold dots and gold dots and gold dots and gold dots and gold dots "
            "and gold",
            "loop",
            hit_limit=True,
        ),
        details("dupatta", "it is made of silk and has a tassel at each corner", "unsupported"),
        Q.material("net"),
        title="Mitera Women White Net Dupatta with Gold Foil Print",
        category="Dupatta",
        color="White",
        gender="Women",
    ),
    # photo: pink solid palazzos with a gold gota lace band at the hem, worn with a white kurta; white backdrop, front
    # view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-024",
        caption("a woman in a white top and pink pants with gold lace at the bottom"),
        she("a white kurta and pink palazzos"),
        color_of("pants", "pink"),
        describe("pants", "pink pants with a gold border at the bottom"),
        details(
            "pants",
            "the pants have a gold border at the bottom and a gold border at the bottom and a gold border at the "
            "bottom and a gold",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette", "unsupported"),
        Q.garment_type("skirt", "contradiction"),
        title="Biba Women Pink Solid Palazzos with Lace Detail",
        category="Palazzos",
        color="Pink",
        gender="Women",
    ),
    # photo: black salwar under a kurta printed in pink, green and orange florals; white backdrop, front view. Base
    # model zero-shot; closed answers by the reference engine.
    case(
        "X652-025",
        caption("a woman in a colorful dress and black pants"),
        she("he is wearing a colorful kurta and black pants", "pronoun"),
        color_of("pants", "black"),
        describe("pants", "black pants"),
        details("pants", "the pants are pink and green", "other_garment_color"),
        title="Global Desi Women Black Solid Salwar",
        category="Salwar",
        color="Black",
        gender="Women",
    ),
    # photo: red solid leggings under a navy blue kurta with a white print; white backdrop, front view. Base model
    # zero-shot; closed answers by the reference engine.
    case(
        "X652-026",
        caption("a woman in a blue kurta and red leggings"),
        she("navy blue kurta and red leggings"),
        color_of("leggings", "red"),
        describe("leggings", "blue leggings", "other_garment_color"),
        details("leggings", "the leggings are blue and white", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        Q.material("cotton", "unsupported"),
        title="Go Colors Women Red Solid Ankle-Length Leggings",
        category="Leggings",
        color="Red",
        gender="Women",
    ),
    # photo: churidar the seller calls beige that looks cream, under a maroon velvet kurta; white backdrop, front view.
    # Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-027",
        caption("a woman in a red velvet dress and white pants"),
        she("a maroon kurta and cream churidar"),
        color_of("pants", "cream"),
        describe("pants", "maroon pants", "other_garment_color"),
        details("pants", "they are made of velvet", "unsupported"),
        title="Soch Women Beige Solid Churidar",
        category="Churidar",
        color="Beige",
        gender="Women",
    ),
    # photo: yellow leheriya dupatta with pink diagonal stripes over a model in a white kurta and white palazzos, gold
    # earrings and gold bangles; white backdrop, front view. Base model zero-shot; closed via reference engine.
    case(
        "X652-028",
        caption(
            "a woman wearing a white kurta and white palazzo pants and a yellow and pink dupatta with a striped "
            "pattern on it and a pair of gold earrings and a pair of gold bangles on her",
            "cut",
            hit_limit=True,
        ),
        she("a white kurta, white pants, and a yellow dupatta"),
        color_of("dupatta", "yellow"),
        Q.pattern("striped"),
        describe("dupatta", "a yellow scarf with pink stripes"),
        details("dupatta", "Answer: it has pink stripes", "leak"),
        is_a("dupatta", "yes"),
        title="Dupatta Bazaar Women Yellow & Pink Leheriya Dupatta",
        category="Dupatta",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal palazzos with a white block print, worn with a plain white kurta; white backdrop, front view. Base
    # model zero-shot; closed answers by the reference engine.
    case(
        "X652-029",
        caption("a woman wearing a white top and green pants"),
        she("white shirt and teal pants"),
        color_of("pants", "white", "contradiction"),
        describe("pants", "white pants with a blue print", "other_garment_color"),
        details("pants", "what are the pants details", "restated"),
        Q.pattern("printed"),
        title="Sangria Women Teal Printed Palazzos",
        category="Palazzos",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard leggings under a dark green kurta; white backdrop, front view. Base model zero-shot; closed answers
    # by the reference engine.
    case(
        "X652-030",
        caption("a woman in a green dress and yellow leggings"),
        she("a green kurta with yellow leggings"),
        color_of("leggings", "green", "contradiction"),
        describe("leggings", "the leggings are green", "other_garment_color"),
        details("leggings", "they are yellow and tight"),
        Q.garment_type("leggings"),
        title="Prisma Women Mustard Solid Leggings",
        category="Leggings",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue patiala printed with white polka dots, worn with a solid pink short kurta; white backdrop, front
    # view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-031",
        caption("a woman in a pink shirt and blue polka dot pants"),
        she("a pink top and blue pants with white dots"),
        color_of("pants", "navy blue"),
        describe("pants", "pink", "other_garment_color"),
        details("pants", "the pants have white polka dots and a zipper", "unsupported"),
        is_a("salwar", "yes"),
        Q.pattern("polka dot"),
        title="Rangriti Women Navy Blue Printed Patiala",
        category="Patiala",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta churidar under an off-white kurta printed with magenta flowers; white backdrop, front view. Base
    # model zero-shot; closed answers by the reference engine.
    case(
        "X652-032",
        caption("a woman in a white and pink floral dress and pink pants"),
        she("Question: What is she wearing? Answer: a white dress with pink flowers and pink pants", "leak"),
        color_of("pants", "magenta"),
        describe("pants", "pink tight pants"),
        details("pants", "the pants are pink and have flowers on them", "unsupported"),
        title="Jaipur Kurti Women Magenta Solid Churidar",
        category="Churidar",
        color="Magenta",
        gender="Women",
    ),
    # photo: red art-silk dupatta with a gold zari border, no tassels, over a model in a cream kurta and cream
    # churidar; white backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-033",
        caption("a woman in a cream outfit with a red and gold scarf"),
        she("he is wearing a white kurta with a red scarf", "pronoun"),
        color_of("dupatta", "red"),
        describe("dupatta", "describe the dupatta", "restated"),
        details("dupatta", "the dupatta has a gold border and gold tassels", "unsupported"),
        Q.material("silk"),
        Q.garment_type("scarf"),
        title="Varanga Women Red Art Silk Dupatta with Zari Border",
        category="Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: grey solid ankle-length flared palazzos with a pink kurta; white backdrop, front view. Base model
    # zero-shot; closed answers by the reference engine.
    case(
        "X652-034",
        caption("a woman in a pink top and grey pants"),
        she("pink", "non_answer"),
        color_of("pants", "grey"),
        describe("pants", "grey wide leg pants"),
        details(
            "pants",
            "the pants are grey the pants are grey the pants are grey the pants are grey the pants are grey the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("pants"),
        title="W Women Grey Solid Palazzos",
        category="Palazzos",
        color="Grey",
        gender="Women",
    ),
    # photo: white leggings under a black kurta with white embroidery at the yoke; model barefoot; white backdrop,
    # front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-035",
        caption("a woman in a black dress with white leggings and white shoes", "unsupported"),
        she("black kurta and white leggings"),
        color_of("leggings", "white"),
        describe("leggings", "black leggings", "other_garment_color"),
        details("leggings", "white leggings with black embroidery", "unsupported"),
        is_a("pair of leggings", "no", "contradiction"),
        title="Go Colors Women White Solid Leggings",
        category="Leggings",
        color="White",
        gender="Women",
    ),
    # photo: teal churidar under a mustard kurta; white backdrop, front view. Base model zero-shot; closed answers by
    # the reference engine.
    case(
        "X652-036",
        caption("a woman in a yellow dress and teal pants"),
        she("she is wearing a yellow kurta and green churidar"),
        color_of("pants", "teal"),
        describe("pants", "yellow", "other_garment_color"),
        details("pants", "the details of the pants", "restated"),
        Q.material("cotton", "unsupported"),
        title="Biba Women Teal Green Solid Churidar",
        category="Churidar",
        color="Teal",
        gender="Women",
    ),
    # photo: peach chiffon dupatta with a lace border over a model in a white kurta and peach churidar; white
    # backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-037",
        caption("a woman in a white top and pink pants with a pink scarf"),
        she("a white kurta with a peach dupatta"),
        color_of("dupatta", "white", "contradiction"),
        describe("dupatta", "a white chiffon scarf", "other_garment_color"),
        details("dupatta", "it has a lace border"),
        Q.material("cotton", "contradiction"),
        title="Shree Women Peach Chiffon Dupatta with Lace Border",
        category="Dupatta",
        color="Peach",
        gender="Women",
    ),
    # photo: maroon palazzos with a gold foil print, worn with a plain black kurta that covers the waist; white
    # backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-038",
        caption("a woman in a black top and red and gold pants"),
        she("kurta", "non_answer"),
        color_of("pants", "maroon"),
        describe("pants", "black pants with a gold print", "other_garment_color"),
        details(
            "pants", "the pants are maroon with a gold print and have elastic at the waist and pockets", "unsupported"
        ),
        Q.pattern("printed"),
        title="Sangria Women Maroon Foil Print Palazzos",
        category="Palazzos",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue churidar leggings, ruched at the ankle, under a grey kurta; white backdrop, front view. The feed
    # has no color column for this row. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-039",
        caption("a woman in a grey kurta and blue leggings"),
        she("he is wearing a grey kurta and navy leggings", "pronoun"),
        color_of("leggings", "navy blue"),
        describe(
            "leggings",
            "the leggings are dark blue and they are tight fitting and they go all the way down to the ankles and "
            "they are made of a",
            "cut",
            hit_limit=True,
        ),
        details("leggings", "they have wrinkles at the ankle"),
        Q.garment_type("jeans", "contradiction"),
        title="Twin Birds Women Navy Blue Churidar Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: off-white salwar with a white lace band at the hem, under a royal blue kurta; white backdrop, front view.
    # Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-040",
        caption("a woman in a blue kurta and white salwar pants with lace at the bottom"),
        she("a blue kurta"),
        color_of("pants", "off white"),
        describe("pants", "blue loose pants", "other_garment_color"),
        details("pants", "lace at the bottom Question: What is the color of the kurta? Answer: blue", "leak"),
        Q.material("linen", "unsupported"),
        title="Biba Women Off-White Solid Salwar with Lace",
        category="Salwar",
        color="Off White",
        gender="Women",
    ),
    # photo: black cotton ikat dupatta (black and white weave, red border) over a model in a white kurta and black
    # palazzos; white backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-041",
        caption("a woman in a white shirt and black pants with a black and white scarf"),
        she("a white kurta Question: what is the color of the dupatta? Answer: black", "leak"),
        color_of("dupatta", "black"),
        describe("dupatta", "a white scarf", "other_garment_color"),
        details("dupatta", "it is a black and white dupatta with a red border"),
        Q.material("cotton"),
        is_a("dupatta", "yes"),
        title="Fabindia Women Black Cotton Ikat Dupatta",
        category="Dupatta",
        color="Black",
        gender="Women",
    ),
    # photo: rust solid cotton palazzos with an off-white kurta; white backdrop, front view. Base model zero-shot;
    # closed answers by the reference engine.
    case(
        "X652-042",
        caption("a woman in a white kurta and orange pants posing for a photo"),
        she("a white kurta and orange palazzo pants"),
        color_of("pants", "rust"),
        describe("pants", "white pants", "other_garment_color"),
        details("pants", "the pants have a slit on the side", "unsupported"),
        Q.material("cotton"),
        title="Libas Women Rust Solid Cotton Palazzos",
        category="Palazzos",
        color="Rust",
        gender="Women",
    ),
    # photo: red churidar gathered at the ankles, under a black-and-white printed kurta; white backdrop, front view.
    # The feed has no gender for this row. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-043",
        caption("a woman in a black and white dress and red pants"),
        she("a black and white kurta and a pair of red churidar"),
        color_of("pants", "red"),
        describe("pants", "black and white pants", "other_garment_color"),
        details(
            "pants",
            "the pants are red and they are gathered at the ankles and they are a little bit loose at the top and the",
            "cut",
            hit_limit=True,
        ),
        is_a("churidar", "no", "contradiction"),
        title="W Women Red Solid Churidar",
        category="Churidar",
        color="Red",
    ),
    # photo: pink solid leggings under a kurta with pink and white vertical stripes; white backdrop, front view. Base
    # model zero-shot; closed answers by the reference engine.
    case(
        "X652-044",
        caption("a woman in a pink and white striped dress and pink leggings"),
        she(
            "a pink and white striped kurta and pink leggings and a pink and white striped kurta and pink leggings and "
            "a pink and",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "pink"),
        describe("leggings", "pink leggings"),
        details("leggings", "they are leggings", "non_answer"),
        Q.pattern("striped", "contradiction"),
        title="Go Colors Women Pink Solid Leggings",
        category="Leggings",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard cotton dupatta with tassels at both ends over a model in a maroon kurta and maroon churidar; white
    # backdrop, front view. Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-045",
        caption("a woman in a red dress with a yellow scarf with tassels"),
        she("he is wearing a red kurta with a yellow dupatta", "pronoun"),
        color_of("dupatta", "mustard"),
        describe("dupatta", "a red dupatta with tassels", "other_garment_color"),
        details("dupatta", "it has tassels at the ends"),
        Q.material("silk", "contradiction"),
        Q.garment_type("scarf"),
        title="Global Desi Women Mustard Cotton Dupatta with Tassels",
        category="Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: white palazzos with thin black vertical stripes, worn with a plain black kurta; white backdrop, front view.
    # Base model zero-shot; closed answers by the reference engine.
    case(
        "X652-046",
        caption("a woman in a black top and black and white striped pants standing in front of a white wall"),
        she("his kurta is black and his pants are striped", "pronoun"),
        color_of("pants", "black", "contradiction"),
        describe("pants", "white pants with black stripes"),
        details("pants", "the pants are white with black stripes"),
        Q.pattern("striped"),
        Q.material("cotton", "unsupported"),
        title="Jaipur Kurti Women White & Black Striped Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
]
