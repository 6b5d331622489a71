"""BLIND_677 (46 products; Myntra kurta sets with dupattas, VQA adapter): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 125/149 failures found (83.9%) and 10/218 correct texts flagged
(4.6%). The writer's notes, verbatim:

Scenario: a night's enrich output for a Myntra feed of women's three-piece kurta sets (kurta, a bottom: palazzos,
trousers, churidar, salwar, sharara or skirt, and a dupatta), article type "Kurta Sets". Catalog photos: a model on
the usual white studio backdrop (a few on a grey or pale pink wall), front view, the dupatta draped over one or both
shoulders or held out; jhumkas, juttis, a potli bag or a watch now and then. The questionnaire asks what she is
wearing, the color of each piece by its own name ("What is the color of the palazzos?"), describe/details of the
kurta, and on some products material, pattern, sleeve length, garment type and "Is this a kurta?".

Who wrote what: every text comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA on Salesforce/blip2-opt-2.7b
(8-bit, greedy, stop on newline, 30 new tokens for answers, 50 for the caption, which is generated from an empty
prompt). Closed answers (per-piece colors, pattern, sleeve length, garment type, "Is this a kurta?") come from
enrich's --engine reference ranking candidate values with the same adapter: one candidate each, never a loop or a
cut, but it often ranks the kurta's color first for every piece, or the bottom's for the kurta. Products 031-040 come
from a batch where the per-piece color questions had no candidate list and were generated freely (kind open). The
adapter never learnt an end token: some open answers loop on a word or a clause, some run on to the token limit and
stop mid-phrase, some run on into the next "Question: ... Answer:" of the training format. It does not know the
word kurta well (In-shop classes), so it says dress, top or tunic; it likes to add collars, pockets and zippers from
western garments, and it sometimes says "he" for the model.

Labeling conventions and judgement calls:
- A wrong color in a closed answer is a contradiction, also when it is another piece's color (the reference engine
  picked the kurta's color for the dupatta). An open answer (wearing, describe, details, and the open per-piece color
  answers of 031-040) that gives the asked piece another piece's color (the bottom's, the dupatta's, or the print's
  ground swapped with the kurta's) is other_garment_color. An open color wrong with no other piece having it (the
  wall's pink) is a contradiction. A caption with a wrong color is a contradiction.
- Shades within one family count as right: maroon kurta called red, rust called orange, cream called white or off
  white, peach called pink, lavender called purple, fuchsia called magenta or pink, navy called blue.
- Where the seller's color is wrong for the photo (026: "Brown" for a kurta that is plainly rust), answers true to the
  photo are correct.
- In open answers "dress", "top" or "tunic" for the kurta and "pants" or "leggings" for the bottom are accepted
  descriptions. In the closed garment type question, "dress" for a kurta set is a contradiction (the candidates hold
  kurta), and "no" to "Is this a kurta?" is a contradiction.
- A short phrase that names the garment and its color ("black kurta", "pink flowers" for the details) is an answer.
  A bare color word, "a kurta", "yes"/"no" or nothing at all for an open question is a non_answer. The question's own
  words back ("she is wearing", "the kurta details are", "the color of the dupatta") are restated.
- Invented details (pockets, zippers, belts, collars, hoods, sequins, accessories that are not in the photo) and a
  material that the title contradicts or that the photo cannot show (leather, velvet, denim, wool on a cotton set)
  are unsupported. A material answer that matches the title is correct.
- A text that runs on into "Question: ... Answer:" is a leak, also when the first words were right; a text that
  repeats a word or a clause to the limit is a loop (also when the looped color is right); a text stopped mid-phrase
  at the limit is a cut. These carry hit_limit=True when they ran to 30 (50 for captions) tokens.
- "he"/"his" for a Women row, and one caption's "a man", are pronoun failures. Rows without a gender column have no
  pronoun failures.
- Each text carries one label: where a text has two faults, the label is the one a reader would notice first.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
garment_type = BLIND_QUESTIONS.garment_type

KS = "Kurta Sets"


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def ocolor(garment, text, failure=None, hit_limit=False):
    """The per-piece color question generated freely (products 031-040)."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_677 = [
    # photo: pink straight kurta with small white floral print, round neck, three-quarter sleeves; white palazzos;
    # pink dupatta with white print over both shoulders; white backdrop, front view. All texts: VQA adapter.
    case(
        "X677-001",
        caption("a woman in a pink floral kurta and white palazzo pants with a dupatta"),
        she("a pink kurta with white pants"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink", "contradiction"),
        color_of("dupatta", "pink"),
        details("kurta", "the kurta has a round neck, three quarter sleeves and a floral print all over"),
        describe(
            "kurta",
            "the kurta is pink with white flowers and has a mandarin collar with gold buttons and a pocket",
            "unsupported",
        ),
        pattern("floral"),
        title="Libas Women Pink Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue cotton kurta with gold foil-printed yoke, side slits; navy trousers; off-white dupatta with a
    # navy border held in her right hand; white backdrop. VQA adapter.
    case(
        "X677-002",
        caption("a woman wearing a blue kurta with gold print and blue pants and a white scarf"),
        she("he is wearing a blue kurta and blue pants", "pronoun"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue"),
        color_of("dupatta", "navy blue", "contradiction"),
        describe(
            "kurta",
            "the kurta is blue with gold print on the yoke and has three quarter sleeves and a side slit"
            " and a side slit and a side slit and a side",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Anouk Women Navy Blue Yoke Design Pure Cotton Kurta with Trousers & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow kurta with small red block print; red churidar; red dupatta with mustard tassels; hands
    # folded in front; white backdrop. VQA adapter.
    case(
        "X677-003",
        caption("a woman in a yellow kurta and red pants with a red dupatta"),
        she("a yellow dress and red leggings"),
        color_of("kurta", "mustard"),
        color_of("churidar", "red"),
        color_of("dupatta", "mustard", "contradiction"),
        details("kurta", "the kurta details", "restated"),
        describe(
            "kurta",
            "the kurta is mustard yellow with red block print and a round neck, it has three quarter"
            " sleeves with red piping and the hem has a red border with",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        sleeves("three-quarter"),
        title="Biba Women Mustard Yellow Printed Kurta with Churidar & Dupatta",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: bottle green kurta with gold zari embroidery at the neck and cuffs; green sharara; gold-and-green organza
    # dupatta held spread behind her; white backdrop. VQA adapter.
    case(
        "X677-004",
        caption("a woman in a green dress with gold embroidery and a dupatta"),
        she(
            "a green kurta and green sharara with a golden dupatta Question: What is the color of the dupatta? Answer:"
            " gold",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "green"),
        color_of("sharara", "green"),
        color_of("dupatta", "gold"),
        describe(
            "kurta", "the kurta is green with gold embroidery on the neck and a zipper at the back", "unsupported"
        ),
        details("kurta", "gold embroidery on the neck and the sleeves"),
        pattern("embroidered"),
        title="Sangria Women Green Embroidered Kurta with Sharara & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: off-white cotton kurta with indigo dabu print; indigo palazzos; indigo dupatta with white print; white
    # backdrop. VQA adapter.
    case(
        "X677-005",
        caption("a woman wearing a white and blue printed kurta with blue pants"),
        she(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "blue", "contradiction"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "blue"),
        describe("kurta", "the kurta is blue with white print", "other_garment_color"),
        material("cotton"),
        pattern("printed"),
        title="Jaipur Kurti Women Off-White & Blue Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Off White",
        gender="Women",
    ),
    # photo: maroon kurta with gold embroidered yoke; maroon trousers; pink dupatta with gold border; matte cotton
    # look; white backdrop. VQA adapter. The feed row has no gender column.
    case(
        "X677-006",
        caption("a woman wearing a maroon kurta and pants with a pink dupatta"),
        she("a maroon kurta, maroon pants and a pink dupatta"),
        color_of("kurta", "red"),
        color_of("trousers", "maroon"),
        color_of("dupatta", "pink"),
        details(
            "kurta",
            "the kurta has gold embroidery on the yoke and the sleeves and the yoke and the sleeves"
            " and the yoke and the sleeves and the yoke and",
            "loop",
            hit_limit=True,
        ),
        material("velvet", "unsupported"),
        sleeves("three-quarter"),
        title="Varanga Women Maroon Yoke Design Kurta with Trousers & Dupatta",
        category=KS,
        color="Maroon",
    ),
    # photo: powder blue kurta with pink floral print; white palazzos; pink dupatta over one shoulder; plain grey
    # studio wall behind her. VQA adapter.
    case(
        "X677-007",
        caption("a woman in a blue floral dress standing in front of a grey wall"),
        she("a blue floral dress with white pants and a pink scarf"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", "contradiction"),
        color_of("dupatta", "white", "contradiction"),
        describe("kurta", "blue", "non_answer"),
        details(
            "kurta",
            "the kurta has pink flowers on a blue ground and a round neck and three quarter sleeves and"
            " pink flowers on a blue ground and a round neck and",
            "loop",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Indo Era Women Blue Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: peach kurta with mirror work on the neckline; peach palazzos; peach chiffon dupatta with a lace border;
    # white backdrop. VQA adapter.
    case(
        "X677-008",
        caption("a woman wearing a peach outfit with a long scarf"),
        she("a peach kurta and peach palazzo pants and a peach dupatta"),
        color_of("kurta", "peach"),
        color_of("palazzos", "peach"),
        color_of("dupatta", "peach"),
        details("kurta", "mirror work on the neckline"),
        describe(
            "kurta",
            "a peach kurta with mirror work on the neck Question: Describe the dupatta. Answer: a peach",
            "leak",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        title="GERUA Women Peach-Coloured Solid Kurta with Palazzos & Dupatta",
        category=KS,
        color="Peach",
        gender="Women",
    ),
    # photo: teal kurta with white geometric print; white salwar; teal dupatta with white dots; white backdrop.
    # VQA adapter.
    case(
        "X677-009",
        caption("a woman in a teal kurta with white pants"),
        she(
            "she is wearing a teal kurta with white salwar and a teal dupatta with white dots on it and she is"
            " wearing a teal kurta with white salwar and",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "teal"),
        color_of("salwar", "teal", "contradiction"),
        color_of("dupatta", "teal"),
        describe("kurta", "the kurta is white with teal print", "other_garment_color"),
        material("wool", "unsupported"),
        pattern("printed"),
        title="Aurelia Women Teal Green Geometric Printed Cotton Kurta with Salwar & Dupatta",
        category=KS,
        color="Teal",
        gender="Women",
    ),
    # photo: black cotton kurta with red and multicolour thread embroidery on the yoke, keyhole neck with tassel tie;
    # black trousers; red dupatta with black border; jhumkas and juttis; white backdrop. VQA adapter.
    case(
        "X677-010",
        caption("a woman in a black and red outfit with earrings"),
        she("black kurta"),
        color_of("kurta", "black"),
        color_of("trousers", "black"),
        color_of("dupatta", "black", "contradiction"),
        details("kurta", "red embroidery on the yoke and a keyhole neck with a tassel tie"),
        describe(
            "kurta",
            "the kurta is black with red and green embroidery on the yoke, a keyhole neck with a tassel"
            " and three quarter sleeves and a straight hem that falls to the",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        material("polyester", "unsupported"),
        title="Libas Women Black Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: rust kurta with small gold print and mandarin collar; cream palazzos; rust dupatta; white backdrop.
    # VQA adapter.
    case(
        "X677-011",
        caption(
            "a woman wearing an orange kurta and cream pants Question: What is the color of the kurta? Answer: orange",
            "leak",
        ),
        she("an orange kurta with cream palazzos"),
        color_of("kurta", "orange"),
        color_of("palazzos", "off white"),
        color_of("dupatta", "off white", "contradiction"),
        describe("kurta", "the kurta is cream with gold print and has a mandarin collar", "other_garment_color"),
        details(
            "kurta",
            "the kurta has a mandarin collar and gold print and a mandarin collar and gold print and a"
            " mandarin collar and gold print and a",
            "loop",
            hit_limit=True,
        ),
        sleeves("three-quarter"),
        title="Biba Women Rust Orange Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Rust",
        gender="Women",
    ),
    # photo: purple silk-blend kurta with silver zari weave, V neck; purple churidar; lavender dupatta; nothing in her
    # hands; white backdrop. VQA adapter.
    case(
        "X677-012",
        caption("a woman in a purple dress with silver design and purple leggings, she has a purple scarf"),
        she("she is wearing", "restated"),
        color_of("kurta", "purple"),
        color_of("churidar", "purple"),
        color_of("dupatta", "lavender"),
        details("kurta", "silver zari weave on the front and sleeves with a v neck"),
        describe(
            "kurta",
            "the kurta is purple with silver zari and it comes with a matching clutch and a pair of earrings",
            "unsupported",
        ),
        material("silk"),
        title="Soch Women Purple Woven Design Silk Blend Kurta with Churidar & Dupatta",
        category=KS,
        color="Purple",
        gender="Women",
    ),
    # photo: red anarkali kurta with white bandhani dots, V neck, three-quarter sleeves, no belt; red sharara;
    # red-and-white bandhani dupatta; mid-twirl; white backdrop. VQA adapter.
    case(
        "X677-013",
        caption("a woman in a red and white polka dot dress"),
        she("red", "non_answer"),
        color_of("kurta", "red"),
        color_of("sharara", "red"),
        color_of("dupatta", "red"),
        describe(
            "kurta",
            "the kurta is red with white polka dots, it has a v neck and long sleeves with a flared hem"
            " and a belt at the waist",
            "unsupported",
        ),
        details(
            "kurta",
            "the kurta has white dots all over it and a v neck with a tassel tie and three quarter sleeves"
            " with a gathered flare from the waist down to the",
            "cut",
            hit_limit=True,
        ),
        pattern("printed"),
        title="Anouk Women Red Bandhani Printed Anarkali Kurta with Sharara & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: beige kurta with thin brown vertical stripes, round neck; brown trousers; beige dupatta with a brown
    # border; white backdrop. VQA adapter.
    case(
        "X677-014",
        caption("a woman wearing a beige striped kurta and brown pants with a beige scarf"),
        she("he is wearing a beige striped kurta with brown pants", "pronoun"),
        color_of("kurta", "beige"),
        color_of("trousers", "beige", "contradiction"),
        color_of("dupatta", "beige"),
        pattern("floral", "contradiction"),
        details("kurta", "the kurta has stripes and a round neck"),
        material("the kurta is made of the material", "restated"),
        title="W Women Beige & Brown Striped Kurta with Trousers & Dupatta",
        category=KS,
        color="Beige",
        gender="Women",
    ),
    # photo: yellow kurta with white leaf print, short sleeves; white palazzos; white dupatta with yellow tassels;
    # white backdrop. VQA adapter.
    case(
        "X677-015",
        caption("a woman in a yellow top and white pants holding a white scarf"),
        she(
            "she is wearing a yellow kurta with white leaf print, white palazzo pants and a white dupatta with yellow"
            " tassels at the ends of the",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "yellow"),
        color_of("palazzos", "white"),
        color_of("dupatta", "yellow", "contradiction"),
        describe("kurta", "the kurta is white with yellow leaves", "other_garment_color"),
        sleeves("short"),
        title="Rangriti Women Yellow & White Leaf Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Yellow",
        gender="Women",
    ),
    # photo: fuchsia art-silk kurta with gold gota embroidery on neckline, sleeves and hem; fuchsia sharara; gold
    # tissue dupatta over both arms; white backdrop. VQA adapter.
    case(
        "X677-016",
        caption(
            "a woman in a pink and gold outfit with a gold scarf, she is wearing a pink outfit with a gold scarf,"
            " she is wearing a pink outfit with a gold scarf, she is",
            "loop",
            hit_limit=True,
        ),
        she("pink kurta and sharara with a gold dupatta"),
        color_of("kurta", "magenta"),
        color_of("sharara", "magenta"),
        color_of("dupatta", "gold"),
        details("kurta", "gold gota work on the neckline, sleeves and hem"),
        describe("kurta", "the kurta is gold with pink embroidery", "other_garment_color"),
        material("cotton", "unsupported"),
        title="Ahalyaa Women Pink Gotta Patti Art Silk Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: olive green kurta with rust floral print, round neck, no hood; olive trousers; rust dupatta; white
    # backdrop. VQA adapter. The feed row has no color column.
    case(
        "X677-017",
        caption("a woman wearing a green kurta with orange flowers and green pants"),
        she("a green kurta, green pants and an orange dupatta"),
        color_of("kurta", "olive"),
        color_of("trousers", "rust", "contradiction"),
        color_of("dupatta", "rust"),
        describe("kurta", "the kurta is orange with green flowers", "other_garment_color"),
        details("kurta", "the kurta has a hood and a zipper in the front", "unsupported"),
        pattern("floral"),
        title="Global Desi Women Olive Green Floral Printed Kurta with Trousers & Dupatta",
        category=KS,
        gender="Women",
    ),
    # photo: white chikankari kurta with scalloped hem; white palazzos; white dupatta; silver jhumkas; white on a
    # white backdrop. VQA adapter.
    case(
        "X677-018",
        caption("a woman in a white dress standing in front of a white wall"),
        she("a white kurta and white pants"),
        color_of("kurta", "white"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        details("kurta", "white embroidery all over the kurta and a scalloped hem"),
        material("cotton"),
        is_a("kurta", "yes"),
        title="Kalini Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
    # photo: navy kurta with pink floral print, notched round neck, no pocket; pink trousers; navy dupatta with pink
    # border; white backdrop. VQA adapter.
    case(
        "X677-019",
        caption("a woman in a blue floral dress with pink pants"),
        she("navy blue kurta with pink trousers"),
        color_of("kurta", "pink", "contradiction"),
        color_of("trousers", "pink"),
        color_of("dupatta", "navy blue"),
        details(
            "kurta",
            "the kurta has a floral print and a mandarin collar with buttons down the front and a pocket on the chest",
            "unsupported",
        ),
        describe("kurta", "it is a pink kurta with blue flowers", "other_garment_color"),
        material("cotton with a leather belt", "unsupported"),
        sleeves("three-quarter"),
        title="Vishudh Women Navy Blue & Pink Floral Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lime green kurta with white floral block print, three-quarter sleeves with lace cuffs; white palazzos
    # with lime print; white dupatta; holding a small potli bag; white backdrop. VQA adapter.
    case(
        "X677-020",
        caption("a woman in a green and white outfit holding a small bag"),
        she("Question: What is she wearing? Answer: a green kurta", "leak"),
        color_of("kurta", "lime green"),
        color_of("palazzos", "white"),
        color_of("dupatta", "white"),
        describe("kurta", "the kurta is green with white flowers and has a round neck"),
        details(
            "kurta",
            "the kurta has white flowers printed all over and a round neck with a small slit, three"
            " quarter sleeves with lace at the cuffs and a straight hem with lace",
            "cut",
            hit_limit=True,
        ),
        sleeves("sleeveless", "contradiction"),
        title="Libas Women Lime Green Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Lime Green",
        gender="Women",
    ),
    # photo: grey solid kurta with round neck, three-quarter sleeves, side slits; grey trousers; multicolour printed
    # dupatta (pink, orange, yellow); white backdrop. VQA adapter.
    case(
        "X677-021",
        caption("a woman in a grey kurta and pants with a colorful scarf"),
        she("a grey kurta and grey pants and a colorful dupatta"),
        color_of("kurta", "grey"),
        color_of("trousers", "grey"),
        color_of("dupatta", "grey", "contradiction"),
        describe("dupatta", "the dupatta is grey", "other_garment_color"),
        details("kurta", "the kurta has a round neck and three quarter sleeves and a side slit"),
        material("cotton Question: What is the color of the dupatta? Answer: grey", "leak"),
        title="Sangria Women Grey Solid Cotton Kurta with Trousers & Printed Dupatta",
        category=KS,
        color="Grey",
        gender="Women",
    ),
    # photo: magenta viscose kurta with gold ethnic motifs; black palazzos; magenta dupatta with a black border;
    # white backdrop. VQA adapter.
    case(
        "X677-022",
        caption("a woman in a pink kurta with gold print and black pants"),
        she("he is wearing a pink kurta and black pants", "pronoun"),
        color_of("kurta", "magenta"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black", "contradiction"),
        details(
            "kurta",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold"
            " gold gold gold gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is black with gold print", "other_garment_color"),
        material("rayon"),
        title="Anouk Women Magenta Ethnic Motifs Printed Viscose Rayon Kurta with Palazzos & Dupatta",
        category=KS,
        color="Magenta",
        gender="Women",
    ),
    # photo: sea green cotton kurta with tonal thread embroidery; sea green trousers; white net dupatta with a sea
    # green embroidered border; white backdrop. VQA adapter.
    case(
        "X677-023",
        caption("a woman wearing a green kurta and pants with a white scarf"),
        she(
            "she is wearing a green kurta with green pants and a white dupatta and she is standing in front of a white"
            " wall and she is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "sea green"),
        color_of("trousers", "sea green"),
        color_of("dupatta", "white"),
        describe("kurta", "the kurta is white with green embroidery", "other_garment_color"),
        material("chiffon", "unsupported"),
        is_a("kurta", "yes"),
        title="Indo Era Women Sea Green Embroidered Cotton Kurta with Trousers & Dupatta",
        category=KS,
        color="Sea Green",
        gender="Women",
    ),
    # photo: blue and white vertically striped kurta, round neck, no collar or pocket; white palazzos; blue dupatta;
    # white backdrop. VQA adapter.
    case(
        "X677-024",
        caption("a woman in a blue and white striped dress"),
        she("a blue and white striped kurta and white pants and a blue dupatta"),
        color_of("kurta", "blue"),
        color_of("palazzos", "blue", "contradiction"),
        color_of("dupatta", "blue"),
        pattern("striped"),
        details("kurta", "the kurta details are", "restated"),
        describe("kurta", "blue and white stripes with a shirt collar and a front pocket and a belt", "unsupported"),
        title="Aurelia Women Blue & White Striped Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: orange cotton kurta with green print, V neck; green churidar; orange dupatta; hand on hip; white
    # backdrop. VQA adapter.
    case(
        "X677-025",
        caption("a man in an orange kurta and green pants", "pronoun"),
        she("an orange kurta with green churidar"),
        color_of("kurta", "orange"),
        color_of("churidar", "orange", "contradiction"),
        color_of("dupatta", "green", "contradiction"),
        describe("kurta", "the kurta is orange with green print, it has a v neck"),
        material("wool", "unsupported"),
        title="Biba Women Orange & Green Printed Cotton Kurta with Churidar & Dupatta",
        category=KS,
        color="Orange",
        gender="Women",
    ),
    # photo: rust kurta (the seller says Brown; it is plainly rust) with black print, V neck; black palazzos; rust
    # dupatta; white backdrop. VQA adapter.
    case(
        "X677-026",
        caption("a woman in an orange and black printed kurta with black pants"),
        she("an orange kurta with black pants"),
        color_of("kurta", "rust"),
        color_of("palazzos", "black"),
        color_of("dupatta", "black", "contradiction"),
        details("kurta", "black print all over with a v neck"),
        pattern("striped", "contradiction"),
        describe("kurta", "the kurta is black with orange print", "other_garment_color"),
        title="Jaipur Kurti Women Brown Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Brown",
        gender="Women",
    ),
    # photo: cream cotton kurta with pastel floral embroidery, round neck, no buttons; cream trousers; pastel pink
    # dupatta; white backdrop. VQA adapter.
    case(
        "X677-027",
        caption("a woman in a white embroidered kurta and white pants with a pink scarf"),
        she("white kurta and pants"),
        color_of("kurta", "cream"),
        color_of("trousers", "cream"),
        color_of("dupatta", "pink"),
        describe(
            "kurta", "the kurta is white with embroidery and has a button down front with a collar", "unsupported"
        ),
        details(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        material("silk", "unsupported"),
        title="Varanga Women Cream Floral Embroidered Pure Cotton Kurta with Trousers & Dupatta",
        category=KS,
        color="Cream",
        gender="Women",
    ),
    # photo: lavender cotton kurta with white floral print; lavender palazzos; white dupatta; white backdrop.
    # VQA adapter.
    case(
        "X677-028",
        caption("a woman in a purple floral dress with a white scarf"),
        she("yes", "non_answer"),
        color_of("kurta", "lavender"),
        color_of("palazzos", "lavender"),
        color_of("dupatta", "lavender", "contradiction"),
        describe("kurta", "the kurta is purple with white flowers, made of silk with a zipper", "unsupported"),
        details(
            "kurta",
            "the kurta has white flowers and a round neck and three quarter sleeves and the palazzos are"
            " purple and the dupatta is white and has a lace",
            "cut",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Nayo Women Lavender Floral Printed Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Lavender",
        gender="Women",
    ),
    # photo: red kurta with gold foil print on neck and three-quarter sleeves; cream flared skirt with red print;
    # red dupatta; white backdrop. VQA adapter.
    case(
        "X677-029",
        caption("a woman in a red top and a white skirt"),
        she("a red kurta with a skirt and a red dupatta"),
        color_of("kurta", "red"),
        color_of("skirt", "red", "contradiction"),
        color_of("dupatta", "red"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "gold foil print on the neck and the sleeves, the neck and the sleeves, the neck and the"
            " sleeves, the neck and the sleeves",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is white with red print", "other_garment_color"),
        sleeves("sleeveless", "contradiction"),
        title="Janasya Women Red Foil Printed Kurta with Skirt & Dupatta",
        category=KS,
        color="Red",
        gender="Women",
    ),
    # photo: turquoise kurta with white print, round neck, three-quarter sleeves; white palazzos; turquoise dupatta;
    # lifestyle shot against a pale pink wall. VQA adapter.
    case(
        "X677-030",
        caption("a woman standing in front of a pink wall wearing a blue kurta"),
        she("a pink kurta and white pants", "contradiction"),
        color_of("kurta", "turquoise blue"),
        color_of("palazzos", "white"),
        color_of("dupatta", "turquoise blue"),
        describe(
            "kurta",
            "the kurta is blue with white print and it has a round neck and three quarter sleeves and a"
            " straight hem and it is paired with white palazzo",
            "cut",
            hit_limit=True,
        ),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: white print Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Yufta Women Turquoise Blue Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: green kurta with pink floral print; pink trousers; green dupatta with a pink border; white backdrop.
    # VQA adapter; per-piece colors generated open.
    case(
        "X677-031",
        caption("a woman in a green floral kurta with pink pants"),
        she("a green kurta and pink pants"),
        ocolor("kurta", "green"),
        ocolor("trousers", "green", "other_garment_color"),
        ocolor(
            "dupatta",
            "green with pink border green with pink border green with pink border green with pink"
            " border green with pink border",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "pink flowers"),
        is_a("kurta", "no", "contradiction"),
        describe("kurta", "the kurta is pink with green flowers", "other_garment_color"),
        title="Libas Women Green & Pink Floral Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: black kurta with gold print, round neck, straight sleeves; black palazzos; sheer black dupatta with gold
    # border; white backdrop. VQA adapter; per-piece colors open.
    case(
        "X677-032",
        caption("a woman in a black dress with gold print"),
        she(
            "black kurta and black palazzo pants Question: What is the color of the kurta? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        ocolor("kurta", "black"),
        ocolor("palazzos", "black"),
        ocolor("dupatta", "black with gold border"),
        describe(
            "kurta",
            "the kurta is black with gold print, it has a deep v neck and bell sleeves and a mandarin collar",
            "unsupported",
        ),
        details(
            "kurta",
            "the kurta has gold print all over and a round neck, straight sleeves with gold print at the"
            " cuffs and a straight hem with a gold print border and side",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Black & Gold Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Black",
        gender="Women",
    ),
    # photo: mustard solid cotton kurta with round neck; white trousers; multicolour bandhani dupatta (pink, green,
    # mustard dots); white backdrop. VQA adapter; per-piece colors open.
    case(
        "X677-033",
        caption("a woman wearing a yellow kurta and white pants"),
        she("a yellow kurta with white pants and a colorful scarf"),
        ocolor("kurta", "yellow"),
        ocolor("trousers", "yellow", "other_garment_color"),
        ocolor("dupatta", "the color of the dupatta", "restated"),
        details("kurta", "pink and green dots", "other_garment_color"),
        describe(
            "kurta",
            "the kurta is yellow and has a round neck, it is paired with white trousers and a multicolour"
            " dupatta with pink green and yellow bandhani dots all over and a",
            "cut",
            hit_limit=True,
        ),
        material("cotton"),
        title="Soch Women Mustard Solid Cotton Kurta with Trousers & Bandhani Dupatta",
        category=KS,
        color="Mustard",
        gender="Women",
    ),
    # photo: baby pink kurta with green-and-pink floral print; green sharara; pink dupatta; white backdrop. VQA
    # adapter; per-piece colors open.
    case(
        "X677-034",
        caption("a woman in a pink floral dress and green pants holding a pink scarf"),
        she("he is wearing a pink dress", "pronoun"),
        ocolor("kurta", "pink"),
        ocolor("sharara", "pink", "other_garment_color"),
        ocolor(
            "dupatta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is pink with flowers"),
        details(
            "kurta",
            "green flowers and leaves all over the kurta and green flowers and leaves all over the kurta"
            " and green flowers and leaves all over",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Pink Floral Printed Kurta with Sharara & Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: cobalt blue kurta with white thread embroidery at the neck, no pockets; white palazzos; white dupatta
    # with blue tassels; white backdrop. VQA adapter; per-piece colors open.
    case(
        "X677-035",
        caption("a woman in a blue kurta and white pants"),
        she("a blue kurta, white pants and a white scarf"),
        ocolor("kurta", "blue"),
        ocolor("palazzos", "blue", "other_garment_color"),
        ocolor("dupatta", "white"),
        details(
            "kurta",
            "the kurta has white embroidery around the neck and the hem, and a pocket, a pocket, a pocket,"
            " a pocket, a pocket, a pocket",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is white with blue embroidery", "other_garment_color"),
        sleeves("three-quarter"),
        title="GERUA Women Blue Solid Kurta with Palazzos & Dupatta",
        category=KS,
        color="Blue",
        gender="Women",
    ),
    # photo: peach matte cotton kurta with green floral print; green trousers; peach dupatta with green print;
    # white backdrop. VQA adapter; per-piece colors open.
    case(
        "X677-036",
        caption("a woman in a peach kurta with green pants and a dupatta"),
        she("a pink kurta and green pants"),
        ocolor("kurta", "green", "other_garment_color"),
        ocolor("trousers", "green"),
        ocolor("dupatta", "Question: What is the color of the dupatta? Answer: peach", "leak"),
        describe("kurta", "a kurta", "non_answer"),
        details("kurta", "green flowers printed on the front and the sleeves"),
        material("satin", "unsupported"),
        title="Kalini Women Peach & Green Floral Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Peach",
        gender="Women",
    ),
    # photo: maroon cotton kurta with gold block print, round neck with keyhole opening; beige churidar; maroon
    # dupatta with gold print; white backdrop. VQA adapter; per-piece colors open. No category column in the row.
    case(
        "X677-037",
        caption("a woman in a red kurta and beige pants with a red scarf"),
        she("he is wearing a red kurta with beige churidar", "pronoun"),
        ocolor("kurta", "maroon"),
        ocolor("churidar", "beige"),
        ocolor("dupatta", "beige", "other_garment_color"),
        details("kurta", "gold print and a round neck with a keyhole opening"),
        describe(
            "kurta",
            "the kurta is maroon with a gold print on the front and the sleeves, a round neck with a"
            " keyhole and a tie, three quarter sleeves and a hem that is",
            "cut",
            hit_limit=True,
        ),
        material("denim", "unsupported"),
        title="Aurelia Women Maroon & Gold Block Printed Cotton Kurta with Churidar & Dupatta",
        color="Maroon",
        gender="Women",
    ),
    # photo: lemon yellow cotton kurta with white embroidery on the yoke, straight hem with side slits; white
    # palazzos; yellow organza dupatta over both shoulders; white backdrop. VQA adapter; per-piece colors open.
    case(
        "X677-038",
        caption(
            "a woman in a yellow kurta and white pants with a yellow dupatta over her shoulders and a yellow kurta"
            " and white pants with a yellow dupatta over her shoulders and a yellow",
            "loop",
            hit_limit=True,
        ),
        she("yellow", "non_answer"),
        ocolor("kurta", "yellow"),
        ocolor("palazzos", "white"),
        ocolor("dupatta", "yellow"),
        details(
            "kurta",
            "white embroidery on the yoke, a round neck with a small slit and three quarter sleeves and"
            " side slits on the hem and the dupatta has a yellow organza with a",
            "cut",
            hit_limit=True,
        ),
        describe("kurta", "the kurta is yellow with white embroidery on the yoke and straight hem with side slits"),
        material("cotton"),
        title="Indo Era Women Yellow Yoke Design Pure Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Yellow",
        gender="Women",
    ),
    # photo: teal kurta with gold print, round neck, no zip or pockets; teal trousers; gold-and-teal dupatta; gold
    # jhumkas; white backdrop. VQA adapter; per-piece colors open.
    case(
        "X677-039",
        caption("a woman wearing a teal kurta with a gold print and matching pants"),
        she(
            "she is wearing a teal kurta with a gold print and matching pants and a teal dupatta with gold print"
            " and she is also wearing a pair of gold",
            "cut",
            hit_limit=True,
        ),
        ocolor("kurta", "teal"),
        ocolor("trousers", "gold", "other_garment_color"),
        ocolor("dupatta", "teal and gold"),
        describe(
            "kurta",
            "the kurta is teal with gold print and a mandarin collar, it has a zip at the side and two pockets",
            "unsupported",
        ),
        details(
            "kurta",
            "gold print Question: What are the trousers details? Answer: teal Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="W Women Teal Blue Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Teal",
        gender="Women",
    ),
    # photo: off-white kurta with red floral print; red palazzos; red dupatta; white backdrop. VQA adapter;
    # per-piece colors open.
    case(
        "X677-040",
        caption("a woman in a white floral kurta with red pants and a red scarf"),
        she("a white kurta with red flowers and red pants"),
        ocolor("kurta", "red", "other_garment_color"),
        ocolor("palazzos", "red"),
        ocolor("dupatta", "red"),
        details("kurta", "the details of the kurta", "restated"),
        describe("kurta", "no", "non_answer"),
        pattern("floral"),
        title="Rangriti Women Off White & Red Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="Off White",
        gender="Women",
    ),
    # photo: navy silk kurta with silver zari on yoke and sleeves, no sequins, straight hem; white trousers; navy
    # dupatta with silver border; a watch on her left wrist; white backdrop. VQA adapter. No gender column.
    case(
        "X677-041",
        caption("a woman in a blue kurta with silver embroidery and white pants"),
        she("a blue kurta and white pants"),
        color_of("kurta", "navy blue"),
        color_of("trousers", "navy blue", "contradiction"),
        color_of("dupatta", "navy blue"),
        describe("kurta", "the kurta is navy blue with silver zari work and she is wearing a watch on her left hand"),
        details("kurta", "silver zari on the yoke and sleeves with sequins and a peplum", "unsupported"),
        material("silk"),
        garment_type("dress", "contradiction"),
        title="Ahalyaa Women Navy Blue Zari Woven Silk Kurta with Trousers & Dupatta",
        category=KS,
        color="Navy Blue",
    ),
    # photo: dusty rose solid rayon kurta; dusty rose palazzos; multicolour floral printed dupatta (blue, pink,
    # green); white backdrop. VQA adapter.
    case(
        "X677-042",
        caption("a woman in a pink kurta and pants with a floral scarf"),
        she("a pink kurta with pink palazzo pants and a floral dupatta"),
        color_of("kurta", "pink"),
        color_of("palazzos", "pink"),
        color_of("dupatta", "multi"),
        describe("kurta", "the kurta is pink with blue flowers", "other_garment_color"),
        pattern("floral", "contradiction"),
        material("georgette", "unsupported"),
        details("kurta", "the kurta is plain with a lace border at the hem and a pocket on each side", "unsupported"),
        title="Sangria Women Pink Solid Rayon Kurta with Palazzos & Printed Dupatta",
        category=KS,
        color="Pink",
        gender="Women",
    ),
    # photo: dark green cotton ikat kurta with white ikat pattern, round neck, curved hem; white trousers; green
    # dupatta held in her left hand; white backdrop. VQA adapter.
    case(
        "X677-043",
        caption(
            "a woman wearing a green and white printed kurta with white pants and a green dupatta, she is standing"
            " in front of a white background with her left hand holding the end of the dupatta and her right"
            " hand resting on the side of her",
            "cut",
            hit_limit=True,
        ),
        she("she is wearing a green dress"),
        color_of("kurta", "green"),
        color_of("trousers", "white"),
        color_of("dupatta", "white", "contradiction"),
        details("kurta", "white ikat pattern, a round neck, three quarter sleeves and a curved hem"),
        describe("kurta", "the kurta is white with green ikat print", "other_garment_color"),
        is_a("kurta", "yes"),
        title="Jaipur Kurti Women Green Ikat Printed Pure Cotton Kurta with Trousers & Dupatta",
        category=KS,
        color="Green",
        gender="Women",
    ),
    # photo: purple cotton kurta with mustard print; mustard palazzos; purple dupatta with a mustard border; white
    # backdrop. VQA adapter.
    case(
        "X677-044",
        caption("a woman in a purple kurta and yellow pants"),
        she("he is wearing a purple kurta and yellow pants", "pronoun"),
        color_of("kurta", "purple"),
        color_of("palazzos", "mustard"),
        color_of("dupatta", "mustard", "contradiction"),
        describe("kurta", "the kurta is yellow with purple print", "other_garment_color"),
        material("cotton"),
        sleeves("three-quarter"),
        title="Libas Women Purple & Mustard Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category=KS,
        color="Purple",
        gender="Women",
    ),
    # photo: grey kurta with black geometric print; black trousers; grey dupatta; a light grey studio backdrop.
    # VQA adapter.
    case(
        "X677-045",
        caption("a woman standing in front of a grey background in a grey kurta and black pants"),
        she("a black kurta and black pants", "other_garment_color"),
        color_of("kurta", "grey"),
        color_of("trousers", "grey", "contradiction"),
        color_of("dupatta", "grey"),
        details("kurta", "black print"),
        describe("kurta", "grey", "non_answer"),
        material("the material of the garment", "restated"),
        title="Vishudh Women Grey & Black Geometric Printed Kurta with Trousers & Dupatta",
        category=KS,
        color="Grey",
        gender="Women",
    ),
    # photo: white kurta with blue floral print, round neck; blue palazzos; white dupatta with blue print; holding a
    # potli bag; white backdrop. VQA adapter.
    case(
        "X677-046",
        caption("a woman in a white and blue floral dress holding a bag"),
        she(
            "a white kurta and blue pants and a white dupatta and a white kurta and blue pants and a white dupatta"
            " and a white kurta and blue",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        color_of("palazzos", "blue"),
        color_of("dupatta", "white"),
        describe("kurta", "", "non_answer"),
        details(
            "kurta",
            "blue flowers and a collar and a pocket Question: What are the palazzos details? Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("floral"),
        title="Anouk Women White & Blue Floral Printed Kurta with Palazzos & Dupatta",
        category=KS,
        color="White",
        gender="Women",
    ),
]
