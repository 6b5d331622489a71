"""BLIND_655 (46 products; Myntra ethnic sets/sarees, caption+extractive QA): written blind in the fifty-third session.
Measured blind at 33dcae4 (the session's final rules): 106/155 failures found (68.4%) and 19/219 correct texts
flagged (8.7%). The writer's notes, verbatim:

Scenario: one night of a Myntra women's ethnic catalog (Kurta Sets, Kurtas, Sarees, Lehenga Choli, a few Ethnic
Dresses and two Girls' sets). Studio shots on the usual white backdrop, the model in the full outfit: kurta with
palazzos, trousers, churidar or sharara and often a dupatta; sarees with their blouses; lehengas with choli and
dupatta. A couple are seated on a stool or hold a potli bag. Catalog columns as the feed has them: title, category
(Myntra's article type), color (the seller's base colour), gender; a few rows lack one of them.

Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, 50 new tokens: it opens with a base-model phrase ("a woman in a pink saree ...") and then slides
into the DeepFashion template ("The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon
fabric."), whose vocabulary has no kurta, saree or dupatta fabric, only In-shop classes, patterns instead of hues,
and fabrics from a short list (cotton, chiffon, denim, furry, other). With no trained end token it either runs to
the limit (cut mid-sentence), loops, or carries on into a made-up "Question: ... Answer: ..." exchange. Every open
answer (wearing, describe, details, the open color questions, material, neckline) is a span the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) took from that caption, so it inherits the caption's mistakes, can be empty (the
squad2 no-answer) and can end where the caption was cut. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") are from enrich's --engine reference: one candidate from the closed list, never looping or
cut, but it picks the blouse's, dupatta's or print's color and "dress" for anarkalis and sarees.

Labeling conventions and judgement calls:
- One label per text, the one that matters most: a caption that loops is "loop" even if it also invents a detail;
  a caption that runs into "Question: ... Answer:" is "leak" even if it also hit the limit.
- hit_limit=True only on captions that ran to the 50-token limit (loops, cuts, leaks that keep going). A span that
  the QA model took from a cut or looping caption is labeled cut or loop but not hit_limit: the QA model did not run
  out of tokens.
- A span that repeats the caption's mistake carries the same kind as the caption's mistake.
- "dress" or "skirt" alone for a saree, or bare "dress" for an anarkali the seller files under Kurtas or Kurta Sets,
  is a contradiction; "anarkali dress" and "gown" for an Ethnic Dresses row are accepted. "shirt" for a kurta is a
  contradiction. "scarf" for a dupatta and "pants" for palazzos, sharara, trousers or churidar are accepted.
- other_garment_color: the product (or the garment asked about) given the color of the blouse, dupatta, bottoms or
  other worn garment in the photo. The color of a border or zari on the same garment, given as the garment's color
  against the seller's, is a contradiction instead.
- A color within the seller's color group is correct (pink for Magenta or Peach, red for Burgundy, blue for Teal or
  Navy Blue, white for Cream or Off White, yellow for Mustard, green for Sea Green or Olive). Lime green given as
  yellow is a contradiction.
- Fabrics: a template fabric the title does not name is unsupported (the photo cannot show it); a fabric that
  differs from the title's (chiffon for Georgette, furry for Velvet) is a contradiction; the title's own fabric is
  correct. "other fabric" as the material, a pattern ("pure color patterns") or a fabric as the answer to a color
  question, and an empty span are non_answer.
- Invented props or accessories (belt, pocket, watch, bag, phone, sneakers, a veil not worn) are unsupported; a
  "template pattern" that denies a print the title names ("pure color" for a striped kurta) is a contradiction.
- pronoun: "man", "gentleman", "he" or "his" for the women and girls of this catalog; "the lady" for a girl is not
  labeled.
- restated: the answer gives the question back around its content ("The kurta details are ...", "The woman is
  wearing ...", "she is wearing ...", "The color of the kurta is ...", "The kurta is a yellow kurta"); only the
  question's own word back ("saree", "The saree is a saree") is non_answer.
- Closed pattern "solid" for a garment whose title names a print, stripes, zari, embroidery or sequins is a
  contradiction. For sarees and lehengas the sleeve length is the blouse's; a wrong one is a contradiction.
- "yes" to "Is this a saree?" for a lehenga with the dupatta worn as a veil is a contradiction.
- A leaked span that still holds a right answer ("an orange saree with yellow flowers and a yellow blouse", taken
  from inside the leaked exchange) is not labeled: the text itself has no format in it.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

neckline = question("neckline", "What is the neckline of the garment?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def oc(garment, text, failure=None):
    """An open color question, answered by the extractive QA model over the caption."""
    return color_of(garment, text, failure, kind="open")


BLIND_655 = [
    # photo: woman in a maroon straight kurta with gold foil print, cream palazzos, maroon dupatta over one shoulder,
    # mojaris, white backdrop, front view. Caption: epoch-1 caption adapter; open answers: extractive QA; closed:
    # reference engine.
    case(
        "X655-001",
        caption(
            "a woman in a maroon kurta and cream palazzo pants with a dupatta. The lady wears a three-quarter-sleeve "
            "kurta with graphic patterns. It has a round neckline. The lady wears a long pants. The pants are with "
            "cotton fabric and pure color patterns. The lady also",
            "cut",
            hit_limit=True,
        ),
        she("a maroon kurta and cream palazzo pants"),
        oc("kurta", "maroon"),
        oc("palazzos", "cream"),
        describe(
            "palazzos", "long pants. The pants are with cotton fabric and pure color patterns. The lady also", "cut"
        ),
        Q.garment_type("kurta"),
        Q.color("cream", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("solid", "contradiction"),
        title="Anouk Women Maroon & Gold-Toned Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a mustard yellow poly-georgette saree with small black and white polka dots, black sleeveless
    # blouse, pallu held in one hand, white backdrop, full length. Caption: caption adapter; open: extractive QA;
    # closed: reference engine.
    case(
        "X655-002",
        caption(
            "a woman in a yellow saree with black blouse. The lady wears a sleeveless blouse. The blouse is with "
            "chiffon fabric and pure color patterns. The lady wears a long skirt. The skirt is with chiffon fabric "
            "and dot patterns.",
            "contradiction",
        ),
        she("a yellow saree with black blouse"),
        oc("saree", "yellow"),
        oc("blouse", "black"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("saree"),
        Q.pattern("polka dots"),
        material("chiffon fabric", "contradiction"),
        title="Saree mall Mustard Polka Dot Printed Poly Georgette Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a navy blue flared anarkali kurta with white floral print, full sleeves, navy churidar, no
    # dupatta, hand on hip, white backdrop. Caption: caption adapter (looped to the limit); open: extractive QA;
    # closed: reference engine.
    case(
        "X655-003",
        caption(
            "a woman in a blue dress with white flowers on it. The lady wears a long-sleeve dress with floral "
            "patterns. The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton "
            "fabric. The dress is with",
            "loop",
            hit_limit=True,
        ),
        she("a blue dress with white flowers on it", "contradiction"),
        describe("kurta", "cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric", "loop"),
        oc("kurta", "blue"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("long"),
        Q.pattern("floral"),
        is_a("kurta", "yes"),
        title="Biba Women Navy Blue Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a magenta lehenga skirt with gold zari embroidery, matching magenta short-sleeve blouse,
    # pink-and-gold net dupatta, jhumkas, no rings, white backdrop, front view. Caption: caption adapter (ran on
    # into a question and answer); open: extractive QA; closed: reference engine.
    case(
        "X655-004",
        caption(
            "a woman in a pink lehenga with gold embroidery and a dupatta. The lady wears a short-sleeve top with "
            "embroidery. Her skirt is long. There is a ring on her finger. Question: what is the woman wearing? "
            "Answer: a pink lehenga",
            "leak",
            hit_limit=True,
        ),
        she("a pink lehenga with gold embroidery and a dupatta"),
        details("lehenga", "gold embroidery"),
        describe("lehenga", "a ring on her finger", "unsupported"),
        Q.color("pink"),
        Q.garment_type("lehenga"),
        Q.pattern("embroidered"),
        is_a("saree", "no"),
        title="Inddus Magenta Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in a sea-green straight cotton kurta with white chikankari embroidery, long sleeves, white
    # trousers, white dupatta, side-angled view, white backdrop, nothing on her wrists. Caption: caption adapter;
    # open: extractive QA; closed: reference engine.
    case(
        "X655-005",
        caption(
            "The gentleman wears a long-sleeve kurta with embroidery. The kurta is with cotton fabric. His trousers "
            "are white with pure color patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        she("a long-sleeve kurta with embroidery"),
        oc("kurta", "", "non_answer"),
        oc("trousers", "white"),
        describe("trousers", "His trousers are white", "pronoun"),
        Q.color("green"),
        Q.sleeve_length("long"),
        material("cotton"),
        title="Sangria Women Sea Green Chikankari Embroidered Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a red Banarasi silk-blend saree with gold zari border and small gold buttis, gold elbow-sleeve
    # blouse, full length, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-006",
        caption(
            "a woman in a gold blouse and red saree with gold border. The lady wears a short-sleeve blouse. The "
            "blouse is with other fabric and lattice patterns. The blouse is with other fabric and lattice patterns. "
            "The blouse is with other fabric and",
            "loop",
            hit_limit=True,
        ),
        oc("saree", "gold", "other_garment_color"),
        she("a gold blouse and red saree with gold border"),
        describe("saree", "red saree with gold border"),
        Q.color("red"),
        Q.garment_type("saree"),
        Q.pattern("woven design"),
        material("other fabric", "non_answer"),
        title="Mitera Red & Gold-Toned Silk Blend Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a peach A-line kurta with white floral block print, three-quarter sleeves, round neck, white
    # palazzos, no dupatta, holding a small white potli bag, white backdrop. Caption: caption adapter (cut at the
    # limit); open: extractive QA; closed: reference engine.
    case(
        "X655-007",
        caption(
            "a woman in a peach kurta and white palazzo pants holding a white bag. The lady wears a "
            "three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        she("a peach kurta and white palazzo pants"),
        oc("kurta", "peach"),
        details("kurta", "three-quarter-sleeve kurta with floral patterns"),
        describe("palazzos", "long pants. The pants are with", "cut"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        neckline("a round neckline"),
        title="Libas Women Peach-Coloured & White Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a black georgette anarkali with gold foil print on the yoke and hem, sheer long sleeves, black
    # churidar, gold-toned dupatta over the arm, no belt, white backdrop, front view. Caption: caption adapter; open:
    # extractive QA; closed: reference engine.
    case(
        "X655-008",
        caption(
            "a woman in a black anarkali with gold print and a belt around her waist. The lady wears a long-sleeve "
            "kurta with graphic patterns. The kurta is with chiffon fabric. It has a v-shape neckline.",
            "unsupported",
        ),
        she("a black anarkali with gold print and a belt around her waist", "unsupported"),
        details("kurta", "a belt around her waist", "unsupported"),
        oc("kurta", "black"),
        oc("dupatta", "black", "other_garment_color"),
        Q.color("black"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        title="Ahalyaa Women Black & Gold-Toned Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a teal blue cotton saree with an orange ikat-print border and pallu, orange short-sleeve
    # blouse, white backdrop, three-quarter view. Caption: caption adapter; open: extractive QA; closed: reference.
    case(
        "X655-009",
        caption(
            "a woman in a blue saree with an orange border and orange blouse. The details of the saree are the "
            "border and the pallu. The lady wears a short-sleeve blouse with pure color patterns."
        ),
        details("saree", "The details of the saree are the border and the pallu", "restated"),
        oc("saree", "blue"),
        oc("blouse", "orange"),
        Q.color("orange", "other_garment_color"),
        Q.pattern("printed"),
        is_a("saree", "yes"),
        title="Fabindia Teal Blue & Orange Ikat Print Cotton Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: girl of about eight in a yellow lehenga skirt with multicolour mirror work, green short-sleeve choli,
    # pink net dupatta, white backdrop, front view. Caption: caption adapter; open: extractive QA; closed: reference.
    case(
        "X655-010",
        caption(
            "a little girl in a yellow and green lehenga with a pink dupatta. The lady wears a short-sleeve top with "
            "graphic patterns. The skirt is long. The skirt is long. The skirt is long. The skirt is long. The skirt "
            "is long. The skirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow and green lehenga with a pink dupatta", who="the girl"),
        oc("lehenga", "yellow"),
        oc("choli", "pink", "other_garment_color"),
        details("lehenga", "The skirt is long. The skirt is long. The skirt is long", "loop"),
        Q.color("yellow"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("short"),
        Q.pattern("solid", "contradiction"),
        title="Biba Girls Yellow & Green Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a white straight cotton kurta with blue block-printed floral motifs, three-quarter sleeves,
    # mandarin collar, styled over blue jeans, white backdrop. Caption: caption adapter; open: extractive QA;
    # closed: reference engine.
    case(
        "X655-011",
        caption(
            "a woman in a blue and white shirt and jeans. The lady wears a three-quarter-sleeve shirt with floral "
            "patterns. The shirt is with cotton fabric. It has a stand collar. The lady wears a long trousers. The "
            "trousers are with denim fabric",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue and white shirt and jeans", "contradiction"),
        oc("kurta", "white"),
        oc("jeans", "denim fabric", "non_answer"),
        Q.garment_type("kurta"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("printed"),
        neckline("a stand collar"),
        title="W Women White & Blue Printed Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: woman twirling in a mustard anarkali with red and green bandhani print, long sleeves, red dupatta with
    # gota border, mustard leggings, white backdrop. Caption: caption adapter (cut at the limit); open: extractive
    # QA; closed: reference engine.
    case(
        "X655-012",
        caption(
            "a woman in a yellow anarkali dress with a red dupatta twirling. The lady wears a long-sleeve dress with "
            "lattice patterns. The dress is with chiffon fabric and lattice patterns. It has a round neckline. The "
            "lady also wears a long leggings. The leggings are",
            "cut",
            hit_limit=True,
        ),
        she("a yellow anarkali dress with a red dupatta"),
        oc("kurta", "yellow"),
        oc("dupatta", "red"),
        describe("leggings", "long leggings. The leggings are", "cut"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("printed"),
        Q.color("red", "other_garment_color"),
        title="Aks Women Mustard Yellow Bandhani Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black pure chiffon saree with a silver sequin border, black sleeveless blouse, looking over
    # her shoulder, side view, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference.
    case(
        "X655-013",
        caption("a man in a black saree with silver sequins standing in front of a white wall", "pronoun"),
        she("a black saree with silver sequins"),
        details("saree", "silver sequins"),
        oc("blouse", "black"),
        Q.color("black"),
        Q.pattern("embellished"),
        Q.sleeve_length("long", "contradiction"),
        is_a("saree", "yes"),
        material("", "non_answer"),
        title="Mitera Black Embellished Sequinned Pure Chiffon Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a lavender straight kurta with white thread embroidery on the yoke, long sleeves, V neck,
    # white palazzos, lavender-and-white dupatta, white backdrop. Caption: caption adapter; open: extractive QA;
    # closed: reference engine.
    case(
        "X655-014",
        caption(
            "a woman in a purple kurta with white pants and a scarf. The lady wears a long-sleeve kurta with pure "
            "color patterns. It has a v-shape neckline. Her pants are white. The pants are with chiffon fabric and "
            "pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a purple kurta with white pants and a scarf"),
        oc("kurta", "white", "other_garment_color"),
        oc("palazzos", "white"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        neckline("v-shape neckline"),
        title="Anouk Women Lavender Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in an emerald green velvet lehenga with gold embroidery, green blouse, gold tissue dupatta, white
    # backdrop, front view. Caption: caption adapter (looped on one word); open: extractive QA; closed: reference.
    case(
        "X655-015",
        caption(
            "a woman in a green lehenga with gold embroidery and gold dupatta. The lady wears a green green green "
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green",
            "loop",
            hit_limit=True,
        ),
        she("a green lehenga with gold embroidery and gold dupatta"),
        oc("lehenga", "green"),
        oc("dupatta", "green", "other_garment_color"),
        details("lehenga", "green green green green green green green green green green green green", "loop"),
        Q.color("green"),
        Q.garment_type("lehenga"),
        Q.pattern("embroidered"),
        title="Panchhi Green & Gold-Toned Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: woman seated on a wooden stool in a rust orange kurta with mirror work, long sleeves, rust sharara,
    # rust dupatta, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-016",
        caption(
            "a woman sitting on a stool in an orange outfit. He wears a long-sleeve kurta with graphic patterns and "
            "long pants. The pants are with chiffon fabric.",
            "pronoun",
        ),
        describe("kurta", "He wears a long-sleeve kurta", "pronoun"),
        oc("kurta", "orange"),
        Q.color("rust"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        material("chiffon fabric", "unsupported"),
        title="Indo Era Women Rust Orange Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in a lime green organza saree with pink floral print, pink short-sleeve blouse, white backdrop,
    # full length. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-017",
        caption(
            "a woman in a green saree with pink flowers and a pink blouse. The lady wears a short-sleeve blouse. The "
            "saree is with floral patterns."
        ),
        she("a green saree with pink flowers and a pink blouse"),
        oc("saree", "pink", "other_garment_color"),
        oc("blouse", "green", "other_garment_color"),
        Q.color("yellow", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        is_a("saree", "yes"),
        title="KALINI Lime Green & Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: woman in an off-white cotton kurta with red thread embroidery, red churidar, red dupatta with white
    # polka dots, white backdrop. Caption: caption adapter (ran on into questions and answers); open: extractive
    # QA; closed: reference engine.
    case(
        "X655-018",
        caption(
            "a woman in a white kurta and red pants with a red scarf. Question: what is the color of the kurta? "
            "Answer: white. Question: what is the color of the pants? Answer: red. Question:",
            "leak",
            hit_limit=True,
        ),
        oc("kurta", "white. Question: what is the color of the pants? Answer: red", "leak"),
        she("a white kurta and red pants with a red scarf"),
        oc("churidar", "red"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.pattern("embroidered"),
        describe(
            "kurta",
            "a white kurta and red pants with a red scarf. Question: what is the color of the kurta? Answer: white",
            "leak",
        ),
        title="Soch Women Off-White & Red Embroidered Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a pastel pink floor-length anarkali gown with silver embroidery, sheer net long sleeves, no
    # dupatta, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-019",
        caption(
            "a woman in a long pink gown with silver embroidery. The lady wears a long-sleeve dress with embroidery. "
            "The dress is with chiffon fabric. It has a round neckline.",
            "unsupported",
        ),
        she("a long pink gown with silver embroidery"),
        Q.garment_type("dress"),
        is_a("dress", "yes"),
        Q.color("pink"),
        details("dress", "silver embroidery"),
        material("chiffon fabric", "unsupported"),
        title="Janasya Women Pink Embroidered Anarkali Gown",
        category="Ethnic Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a grey handloom cotton saree with navy blue stripes, navy short-sleeve blouse, holding the
    # pallu, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-020",
        caption(
            "a woman in a grey saree with blue stripes. The saree is a saree. The lady wears a short-sleeve blouse "
            "with pure color patterns."
        ),
        describe("saree", "The saree is a saree", "non_answer"),
        she("a grey saree with blue stripes"),
        oc("blouse", "grey", "other_garment_color"),
        Q.color("grey"),
        Q.pattern("striped"),
        Q.garment_type("saree"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Taneira Grey & Navy Blue Striped Handloom Cotton Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a cobalt blue kurta with white geometric print, three-quarter sleeves, no pockets, matching
    # blue-and-white printed palazzos, white backdrop. Caption: caption adapter; open: extractive QA; closed:
    # reference engine.
    case(
        "X655-021",
        caption(
            "a woman in a blue and white kurta with matching pants and a pocket on the front. The lady wears a "
            "three-quarter-sleeve kurta with geometric patterns.",
            "unsupported",
        ),
        details("kurta", "a pocket on the front", "unsupported"),
        she("a blue and white kurta with matching pants"),
        oc("palazzos", "blue and white"),
        Q.color("blue"),
        Q.pattern("geometric"),
        Q.sleeve_length("three-quarter"),
        material("", "non_answer"),
        title="Jaipur Kurti Women Blue & White Geometric Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a cream lehenga with multicolour thread embroidery, maroon velvet blouse, maroon dupatta, no
    # headpiece or maang tikka, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-022",
        caption(
            "a woman in a maroon lehenga with a white skirt and a maroon dupatta and a gold crown on her head",
            "other_garment_color",
        ),
        she("a maroon lehenga with a white skirt", "other_garment_color"),
        details("lehenga", "a gold crown on her head", "unsupported"),
        oc("lehenga", "maroon", "other_garment_color"),
        oc("blouse", "maroon"),
        describe("lehenga", "white skirt"),
        Q.color("cream"),
        Q.garment_type("lehenga"),
        Q.pattern("embroidered"),
        title="Mabish by Sonal Jain Cream-Coloured Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in an olive green solid straight kurta with a button placket and side pockets, long sleeves,
    # hands in the pockets, olive trousers, white backdrop. Caption: caption adapter; open: extractive QA; closed:
    # reference engine.
    case(
        "X655-023",
        caption(
            "a man in a green kurta with his hands in his pockets. The lady wears a long-sleeve shirt with pure color "
            "patterns. There are buttons on the front.",
            "pronoun",
        ),
        she("a green kurta"),
        details("kurta", "his hands in his pockets", "pronoun"),
        describe("kurta", "a long-sleeve shirt with pure color patterns", "contradiction"),
        oc("kurta", "green"),
        Q.color("olive"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        is_a("shirt", "no"),
        title="Fabindia Women Olive Green Solid Straight Kurta with Trousers",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a magenta Kanjeevaram silk saree with a green zari border, green blouse, gold temple earrings
    # and bangles, white backdrop. Caption: caption adapter (looped on the jewellery); open: extractive QA; closed:
    # reference engine.
    case(
        "X655-024",
        caption(
            "a woman in a pink saree with a green border and green blouse and gold jewelry and gold earrings and gold "
            "bangles and gold earrings and gold bangles and gold earrings and gold bangles and gold",
            "loop",
            hit_limit=True,
        ),
        she("a pink saree with a green border and green blouse"),
        details("saree", "gold earrings and gold bangles and gold earrings and gold bangles and gold earrings", "loop"),
        oc("saree", "pink"),
        oc("border", "green"),
        Q.color("green", "other_garment_color"),
        Q.garment_type("saree"),
        Q.pattern("solid", "contradiction"),
        title="Kalamandir Magenta & Green Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in a yellow sleeveless chanderi kurta with white gota patti trim, V neck, white sharara, white
    # organza dupatta, white backdrop. Caption: caption adapter, template only; open: extractive QA; closed:
    # reference engine.
    case(
        "X655-025",
        caption(
            "The lady wears a sleeveless kurta with pure color patterns. The kurta is with other fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color patterns."
        ),
        oc("kurta", "", "non_answer"),
        oc("sharara", "pure color patterns", "non_answer"),
        she("a sleeveless kurta"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("kurta"),
        neckline("a v-shape neckline"),
        material("other fabric", "non_answer"),
        title="Libas Women Yellow Gotta Patti Chanderi Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: girl in a red short-sleeve anarkali kurta with golden print, red leggings, gold dupatta in her hand,
    # gold juttis, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-026",
        caption(
            "a little girl in a red anarkali with gold print holding a gold dupatta and wearing white sneakers",
            "unsupported",
        ),
        wearing("a red anarkali with gold print", who="the girl"),
        oc("dupatta", "gold"),
        details("kurta", "white sneakers", "unsupported"),
        Q.color("red"),
        Q.garment_type("kurta"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "no"),
        title="Aks Kids Girls Red & Golden Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a peach ruffled ready-to-wear pre-draped saree (no belt), peach sequinned sleeveless blouse,
    # white backdrop, front view. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-027",
        caption(
            "a woman in a peach dress with ruffles. The lady wears a sleeveless dress with pure color patterns. The "
            "dress is with chiffon fabric. It has a belt on the waist.",
            "contradiction",
        ),
        she("a peach dress with ruffles", "contradiction"),
        oc("saree", "peach"),
        Q.garment_type("dress", "contradiction"),
        is_a("saree", "yes"),
        Q.color("peach"),
        Q.sleeve_length("sleeveless"),
        details("saree", "a belt on the waist", "unsupported"),
        title="Mitera Peach Ruffled Ready to Wear Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a pink cotton A-line kurta with white floral print, three-quarter sleeves, white leggings, no
    # bag, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-028",
        caption(
            "she is wearing a pink kurta with white flowers and white leggings. The lady wears a three-quarter-sleeve "
            "kurta with floral patterns. The kurta is with cotton fabric. There is a bag on her shoulder.",
            "unsupported",
        ),
        she("she is wearing a pink kurta with white flowers and white leggings", "restated"),
        oc("kurta", "pink"),
        oc("leggings", "white"),
        details("kurta", "a bag on her shoulder", "unsupported"),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        material("cotton"),
        title="Rangriti Women Pink & White Floral Printed Cotton A-Line Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a navy blue sequinned lehenga, navy short-sleeve blouse, navy net dupatta on one shoulder, white
    # backdrop.
    # Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-029",
        caption("a man in a blue lehenga with sequins and a blue scarf", "pronoun"),
        she("a blue lehenga with sequins and a blue scarf"),
        details("lehenga", "sequins"),
        oc("lehenga", "blue"),
        Q.color("navy blue"),
        Q.garment_type("lehenga"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long", "contradiction"),
        title="Zeel Clothing Navy Blue Sequinned Semi-Stitched Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a white kurta with black print, three-quarter sleeves, black palazzos, white backdrop.
    # Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-030",
        caption(
            "a woman in a black kurta and black pants with white print. The lady wears a three-quarter-sleeve kurta "
            "with graphic patterns.",
            "other_garment_color",
        ),
        oc("kurta", "black", "other_garment_color"),
        oc("palazzos", "black"),
        she("a black kurta and black pants", "other_garment_color"),
        Q.color("white"),
        Q.sleeve_length("three-quarter"),
        Q.pattern("printed"),
        title="Anouk Women White & Black Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: woman in an orange georgette saree with yellow floral print, yellow short-sleeve blouse, white
    # backdrop. Caption: caption adapter (ran on into a question and answer); open: extractive QA; closed:
    # reference engine.
    case(
        "X655-031",
        caption(
            "a woman in an orange saree with yellow flowers. Question: Describe the saree. Answer: an orange saree "
            "with yellow flowers and a yellow blouse. Question: what is the woman wearing? Answer: an orange",
            "leak",
            hit_limit=True,
        ),
        describe("saree", "an orange saree with yellow flowers and a yellow blouse"),
        oc("blouse", "yellow"),
        oc("saree", "yellow", "other_garment_color"),
        she("an orange saree with yellow flowers. Question: Describe the saree. Answer:", "leak"),
        Q.color("orange"),
        Q.pattern("floral"),
        title="Saree mall Orange & Yellow Floral Print Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: woman in a turquoise blue kurta with a pink embroidered yoke, long sleeves, turquoise trousers, pink
    # dupatta, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-032",
        caption(
            "a woman in a blue kurta with pink embroidery on the yoke and a pink dupatta. The kurta details are the "
            "embroidery on the yoke. The lady wears a long-sleeve kurta."
        ),
        details("kurta", "The kurta details are the embroidery on the yoke", "restated"),
        she("a blue kurta with pink embroidery on the yoke and a pink dupatta"),
        oc("dupatta", "pink"),
        oc("kurta", "pink", "other_garment_color"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        title="Varanga Women Turquoise Blue Embroidered Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: woman in a burgundy velvet floor-length anarkali, full sleeves, gold dupatta over the arm, white
    # backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-033",
        caption(
            "a woman in a red dress with a gold dupatta. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress is with furry fabric.",
            "contradiction",
        ),
        she("a red dress with a gold dupatta", "contradiction"),
        oc("kurta", "red"),
        material("furry fabric", "contradiction"),
        details("kurta", "short-sleeve dress with pure color patterns", "contradiction"),
        Q.sleeve_length("long"),
        Q.color("maroon"),
        Q.garment_type("kurta"),
        title="Ethnovog Women Burgundy Velvet Anarkali Kurta",
        category="Kurtas",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a white cotton saree with a red border (Bengal style), red short-sleeve blouse, hair in a
    # plain bun with no flowers, white backdrop, front view. Caption: caption adapter; open: extractive QA; closed:
    # reference engine.
    case(
        "X655-034",
        caption(
            "a woman in a white saree with a red border and a red blouse with a flower in her hair standing against a "
            "white background",
            "unsupported",
        ),
        she("a white saree with a red border and a red blouse with a flower in her hair", "unsupported"),
        describe("saree", "saree", "non_answer"),
        oc("saree", "white"),
        oc("blouse", "red"),
        Q.color("white"),
        is_a("saree", "yes"),
        material("", "non_answer"),
        title="Bengal Handloom White & Red Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: woman in a mint green kurta with white floral print, three-quarter sleeves, round neck, mint palazzos,
    # dupatta in her hand, no phone, white backdrop. Caption: caption adapter (cut at the limit); open: extractive
    # QA; closed: reference engine.
    case(
        "X655-035",
        caption(
            "a woman in a green kurta and green pants holding a cell phone. The lady wears a three-quarter-sleeve "
            "kurta with floral patterns. The kurta is with cotton fabric and floral patterns. It has a round",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "a cell phone", "unsupported"),
        she("a green kurta and green pants"),
        oc("palazzos", "green"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        describe("kurta", "cotton fabric and floral patterns. It has a round", "cut"),
        material("cotton fabric", "unsupported"),
        title="Sangria Women Mint Green Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a peach lehenga with gold sequins, peach blouse, peach dupatta draped on one shoulder (head
    # uncovered), white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-036",
        caption(
            "a woman in a pink lehenga with a veil over her head and a pink dupatta Question: is the woman wearing a "
            "veil? Answer: yes. Question: what is the color of the lehenga? Answer: pink. Question:",
            "leak",
            hit_limit=True,
        ),
        details("lehenga", "a veil over her head", "unsupported"),
        she("a pink lehenga with a veil over her head", "unsupported"),
        oc("lehenga", "pink"),
        Q.color("peach"),
        Q.garment_type("lehenga"),
        Q.pattern("embellished"),
        is_a("lehenga", "yes"),
        title="Inddus Peach-Coloured Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in an indigo dabu-print cotton kurta (navy with white motifs), long sleeves, white straight pants,
    # white backdrop. Caption: caption adapter (ran to the limit); open: extractive QA; closed: reference engine.
    # The feed row has no color.
    case(
        "X655-037",
        caption(
            "a woman in a blue shirt and white pants. The lady wears a long-sleeve shirt with graphic patterns. The "
            "shirt is with cotton fabric. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue shirt and white pants", "contradiction"),
        oc("kurta", "blue"),
        oc("pants", "white"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("navy blue"),
        material("cotton fabric"),
        Q.sleeve_length("long"),
        title="Fabindia Women Indigo Dabu Print Cotton Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: woman in an ivory organza saree with black floral embroidery, black cropped long-sleeve jacket-style
    # blouse, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-038",
        caption(
            "a woman in a black jacket and white skirt. The lady wears a long-sleeve jacket with floral patterns. The "
            "jacket is with other fabric.",
            "contradiction",
        ),
        she("a black jacket and white skirt", "contradiction"),
        oc("saree", "black", "other_garment_color"),
        describe("saree", "a long-sleeve jacket with floral patterns", "contradiction"),
        Q.color("off white"),
        Q.garment_type("saree"),
        is_a("jacket", "no"),
        Q.pattern("floral"),
        material("other fabric", "non_answer"),
        title="Mitera Off-White & Black Floral Embroidered Organza Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a red kurta with gold print, red palazzos, red dupatta with gold border, white backdrop.
    # Caption: caption adapter (looped on the dupatta); open: extractive QA; closed: reference engine.
    case(
        "X655-039",
        caption(
            "a woman in a red kurta, red pants, red dupatta, red dupatta, red dupatta, red dupatta, red dupatta, red "
            "dupatta, red dupatta, red dupatta, red dupatta, red dupatta, red dupatta, red",
            "loop",
            hit_limit=True,
        ),
        she("a red kurta, red pants, red dupatta, red dupatta, red dupatta, red dupatta, red dupatta", "loop"),
        oc("kurta", "red"),
        oc("palazzos", "red"),
        Q.color("red"),
        Q.pattern("solid", "contradiction"),
        Q.garment_type("kurta"),
        details("dupatta", "red dupatta, red dupatta, red dupatta, red dupatta, red", "loop"),
        title="Anouk Women Red & Golden Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a powder blue chikankari cotton anarkali, long sleeves, white churidar, white dupatta with a
    # lace border, white backdrop. Caption: caption adapter (cut at the limit); open: extractive QA; closed:
    # reference engine.
    case(
        "X655-040",
        caption(
            "a woman in a light blue anarkali with white embroidery and white churidar. The lady wears a long-sleeve "
            "kurta with embroidery. The kurta is with cotton fabric and embroidery. The lady also wears a white "
            "dupatta with a lace border. The dupatta is",
            "cut",
            hit_limit=True,
        ),
        she("a light blue anarkali with white embroidery and white churidar"),
        details("dupatta", "a lace border. The dupatta is", "cut"),
        oc("kurta", "light blue"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("long"),
        material("cotton"),
        title="Ada Women Powder Blue Chikankari Cotton Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman seated on a wooden stool in a purple silk-blend saree with a gold zari border, purple elbow-sleeve
    # blouse, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-041",
        caption(
            "a woman in a purple saree with gold border sitting on a wooden stool. Question: what is the woman sitting "
            "on? Answer: a wooden stool. Question: what is the woman",
            "leak",
            hit_limit=True,
        ),
        she("a purple saree with gold border"),
        oc("saree", "purple"),
        details("saree", "gold border"),
        Q.color("gold", "contradiction"),
        Q.garment_type("saree"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("saree", "yes"),
        title="Kalamandir Purple & Gold-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a beige linen kurta with brown embroidery on the chest, three-quarter sleeves, brown
    # palazzos, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-042",
        caption("a person in a beige kurta with brown embroidery on his chest and brown pants", "pronoun"),
        she("a beige kurta with brown embroidery on his chest and brown pants", "pronoun"),
        oc("kurta", "beige"),
        oc("palazzos", "brown"),
        Q.color("brown", "other_garment_color"),
        details("kurta", "brown embroidery on his chest", "pronoun"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter"),
        is_a("kurta", "yes"),
        title="Vishudh Women Beige & Brown Embroidered Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: bride in a red lehenga with gold zardozi embroidery, red blouse, red net dupatta over her head as a
    # veil, white backdrop. Caption: caption adapter (ran on into answers and questions); open: extractive QA;
    # closed: reference engine.
    case(
        "X655-043",
        caption(
            "a bride in a red lehenga with gold embroidery and a red veil. Answer: a red lehenga. Question: what is "
            "the color of the lehenga? Answer: red. Question: what is the",
            "leak",
            hit_limit=True,
        ),
        she("a red lehenga with gold embroidery and a red veil"),
        oc("lehenga", "red"),
        details("lehenga", "gold embroidery"),
        describe("lehenga", "a red lehenga. Question: what is the color of the lehenga? Answer: red", "leak"),
        Q.color("red"),
        Q.garment_type("lehenga"),
        is_a("saree", "yes", "contradiction"),
        title="Warthy Ent Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a black-and-white striped cotton straight kurta, three-quarter sleeves, round neck, black
    # pants, white backdrop. Caption: caption adapter; open: extractive QA; closed: reference engine.
    case(
        "X655-044",
        caption(
            "a woman in a black and white striped kurta and black pants. The color of the kurta is black and white. "
            "The lady wears a three-quarter-sleeve kurta "
            "with pure color patterns. It has a round neckline.",
            "contradiction",
        ),
        Q.pattern("striped"),
        details("kurta", "pure color patterns", "contradiction"),
        she("a black and white striped kurta and black pants"),
        describe("kurta", "a black and white striped kurta"),
        oc("pants", "black"),
        oc("kurta", "The color of the kurta is black and white", "restated"),
        Q.color("black"),
        Q.sleeve_length("long", "contradiction"),
        title="Global Desi Women Black & White Striped Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a green saree with pink patola print, pink blouse, white backdrop. Caption: caption adapter;
    # open: extractive QA; closed: reference engine. The feed row has no gender.
    case(
        "X655-045",
        caption(
            "a woman wearing a green saree with pink patterns. The woman is wearing a green saree with pink patterns "
            "and a pink blouse."
        ),
        wearing("The woman is wearing a green saree with pink patterns and a pink blouse", "restated", who="the woman"),
        oc("saree", "green"),
        oc("blouse", "pink"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("saree"),
        title="Ishin Green & Pink Patola Printed Saree",
        category="Sarees",
        color="Green",
    ),
    # photo: woman in a mustard kurta with white mirror work, three-quarter sleeves, white palazzos, mustard
    # dupatta, juttis, bare wrists, white backdrop, full length. Caption: caption adapter; open: extractive QA;
    # closed: reference engine.
    case(
        "X655-046",
        caption(
            "a woman in a yellow kurta with white pants and a yellow dupatta. The lady wears a three-quarter-sleeve "
            "kurta with graphic patterns. There is a watch on her wrist. The kurta is with denim fabric. The kurta is "
            "a yellow kurta.",
            "unsupported",
        ),
        she("a yellow kurta with white pants and a yellow dupatta"),
        material("denim fabric", "unsupported"),
        oc("kurta", "yellow"),
        Q.color("mustard"),
        details("kurta", "a watch on her wrist", "unsupported"),
        describe("kurta", "The kurta is a yellow kurta", "restated"),
        Q.sleeve_length("three-quarter"),
        title="Indo Era Women Mustard Yellow Mirror Work Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
]
