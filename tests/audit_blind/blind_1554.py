"""BLIND_1554 (45 products; Myntra plus-size and maternity, epoch-3 captions + extractive QA): written blind in the
sixty-sixth session. Measured blind at b37ad1b (the session's second rules): 118/151 failures found (78.1%) and
17/159 correct texts flagged (10.7%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed (kurtas, kurta sets, tunics, dresses, maternity dresses and
tops, jeggings). Photos are the usual catalog shots: a model, often pregnant, on a plain grey or white backdrop
wearing the product with leggings, palazzos, jeans or a T-shirt; two flat lays, two back views, a layered jacket, a
mug, a bag and a cap as props. Catalog columns as Myntra exports them: title, category (article type), color (base
colour), gender; one item has no gender, one no category.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). Every answer is timpal0l/mdeberta-v3-base-squad2 extracting a span from that
caption (an empty string where it returned no span). So answers can only repeat the caption's words: the caption
adapter speaks DeepFashion-MultiModal templates (pure color / floral / graphic / lattice / striped, cotton / chiffon /
knitted / denim / "other" fabric, medium-sleeve, "upper clothing"), almost never a hue and never "kurta", "tunic" or
"jeggings". The questionnaire is the feed's fixed one: wearing, type, color, pattern, sleeve length, material; the
bottoms (jeggings) skip sleeve length and get a details question; a few items add "Is this a kurta?" or a details or
describe question.
Labeling conventions and judgement calls: every caption ran to the 50-token limit (the adapter never learned to stop),
so all captions carry hit_limit=True. A caption that ends mid-phrase is "cut"; one that repeats a sentence is "loop"
(dresses loop, because their template is short; two-piece outfits get cut); a caption whose limit happened to fall on
a sentence end ("...This lady wears a ring." or "...pure color patterns") is left unmarked if what it says is true.
When a caption has a content error as well as the cut tail, I labeled the content error (wrong pronoun, invented ring,
a kurta called a dress, one color for two garments); the cut is still visible through hit_limit. A color answer that is
a pattern word ("pure color", "floral", "striped", "lattice") is a non_answer, as are "upper clothing", fabric "other",
an empty span, and a span that names no garment; a yes/no question answered with a span is a non_answer too. The
closed type question is judged against the article type: "shirt" or "dress" for a kurta, "T-shirt" or "shirt" for an
A-line or flared tunic, "T-shirt" or "jacket" for jeggings or a dress are contradictions; I accepted "shirt" only for
the two shirt-collared, button-front tunics, "T-shirt" for a knit nursing top, and "leggings"/"pants" for jeggings.
In the caption and in the open "wearing" answer I accepted the nearest DeepFashion noun for an upper garment (a kurta
called a shirt), but not "dress" for a kurta or "shirt"/"T-shirt" for a dress. When the photo shows a top over the
jeggings, "What is the person wearing?" answered with the top is literally true and left unmarked, while the type,
pattern or material taken from the top's sentence are contradictions (the caption itself gives the pants otherwise). An
accessory given as what she wears is a contradiction when the accessory is there, unsupported when it was invented. A
wrong color on a closed answer is a contradiction; on an open answer, where it is another garment's color,
other_garment_color. Fabric or sleeve claims that only the photo refutes (rayon called cotton, 3/4 sleeves called
long) are unsupported; "chiffon" for georgette and "knitted" for jersey are accepted. No leaks: nothing was prompted
with the Question/Answer format, and the extractive model cannot echo a prompt. Answers never hit a limit; one
answer is cut only because it is the truncated tail of its caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1554 = [
    # Navy straight kurta, white floral print, 3/4 sleeves, round neck, cotton; white palazzos, bangles. Caption:
    # epoch-3 caption adapter; answers: mdeberta extractive QA over the caption (same for every item below).
    case(
        "X1554-001",
        caption(
            "This woman is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Floral Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Mustard rayon tunic, short flared sleeves, V-neck, solid; black jeggings, grey backdrop.
    case(
        "X1554-002",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is V-shape. The lady wears a long leggings. The leggings are with cotton fabric and solid "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Qurvii+ Women Plus Size Mustard Yellow Solid Flared Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Pregnant model; black-and-white horizontal striped cotton jersey A-line dress, short sleeves, round neck, knee
    # length, white sneakers, no jewellery.
    case(
        "X1554-003",
        caption(
            "The female is wearing a short-sleeve dress with striped patterns. The dress is with knitted fabric. It "
            "has a round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="MomToBe Women Maternity Black & White Striped A-Line Dress",
        category="Dresses",
        color="Black",
    ),
    # Mid-blue stretch-denim jeggings; white T-shirt with a printed slogan, worn untucked; white sneakers.
    case(
        "X1554-004",
        caption(
            "This person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this person wears is of long length. The pants are with denim fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.material("cotton", "contradiction"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="Sztori Women Plus Size Blue Skinny Fit Stretchable Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Kurta set: maroon kurta with gold foil ethnic (floral) motifs, 3/4 sleeves, round neck; maroon palazzos; dupatta
    # round the neck and over both shoulders; bangles. Rayon.
    case(
        "X1554-005",
        caption(
            "The upper clothing has medium sleeves, other fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is other and it has floral patterns. This lady has "
            "neckwear. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("neckwear", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Amydus Women Plus Size Maroon Ethnic Motifs Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Pregnant model; olive rayon maxi dress, sleeveless, V-neck with nursing zip, solid; a ring, no bracelet.
    case(
        "X1554-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is V-shape. This lady wears a ring. There is an accessory on her wrist. This lady wears a "
            "ring. This lady wears a ring. This",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Mine4Nine Women Maternity Olive Green Solid Nursing Maxi Dress",
        category="Dresses",
        color="Olive",
    ),
    # Off-white cotton A-line kurta with indigo block print, long sleeves, mandarin collar; blue trousers; hands in
    # the kurta's pockets, no ring visible, a watch.
    case(
        "X1554-007",
        caption(
            "Her shirt has long sleeves, cotton fabric and graphic patterns. It has a stand neckline. Her pants are "
            "of long length. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. This lady wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="W Plus Women Plus Size Off-White & Blue Printed A-Line Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Back view: black cotton-lycra jeggings under a long grey long-sleeve top that covers the hips; a watch.
    case(
        "X1554-008",
        caption(
            "The person wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "pants this person wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. The person",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("jeggings", "of long length", "non_answer"),
        gender="Women",
        title="Instafab Plus Women Plus Size Black Solid Mid-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Teal cotton longline tunic, shirt collar, button placket, long roll-up sleeves, side slits; white jeans.
    case(
        "X1554-009",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this woman wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details("tunic", "a lapel neckline"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Teal Solid Longline Shirt-Style Tunic",
        category="Tunics",
        color="Teal",
    ),
    # Pink polyester-georgette wrap midi dress with small white flowers, short flutter sleeves, V-neck, tie belt; a
    # bracelet; straw bag held as a prop.
    case(
        "X1554-010",
        caption(
            "The female is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. The female wears a belt. There is an "
            "accessory on her wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Pink Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Bottle-green straight kurta to the knee, 3/4 sleeves, V-neck with small thread-work yoke, body solid; beige
    # leggings; bangles.
    case(
        "X1554-011",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is V-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        is_a("kurta", "a medium-sleeve dress", "non_answer"),
        gender="Women",
        title="Pluss Women Plus Size Green Solid Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Pregnant model; grey melange cotton-jersey nursing top with an overlap panel, long sleeves, round neck; black
    # maternity leggings.
    case(
        "X1554-012",
        caption(
            "This person is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitted "
            "fabric. It has a round neckline. The pants this person wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="The Mom Store Women Maternity Grey Melange Solid Nursing Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Peach cotton kurta with white floral thread embroidery, long sleeves, round neck; white churidar.
    case(
        "X1554-013",
        caption(
            "This woman is wearing a long-sleeve white shirt with floral patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve white shirt with floral patterns", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Aurelia Plus Women Plus Size Peach-Coloured Floral Embroidered Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Flat lay: folded navy stretch-denim jeggings on white, no person, no accessory.
    case(
        "X1554-014",
        caption(
            "The person wears a long pants. The pants are with denim fabric and pure color patterns. The person wears "
            "a long pants. The pants are with denim fabric and pure color patterns. The person wears a long pants. "
            "The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants"),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Navy Blue Solid Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Pregnant model, hands on the bump; red crepe fit-and-flare dress with white polka dots, 3/4 sleeves, round
    # neck; a gold ring and a bracelet.
    case(
        "X1554-015",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady wears a ring. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        describe("dress", "a medium-sleeve dress with graphic patterns"),
        gender="Women",
        title="MomToBe Women Maternity Red Polka Dot Printed Fit & Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Black georgette tunic with gold foil geometric print, long bell sleeves, round keyhole neck; black leggings.
    case(
        "X1554-016",
        caption(
            "Her shirt has long sleeves, chiffon fabric and lattice patterns. The neckline of it is round. Her pants "
            "are of long length. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Athena Plus Women Plus Size Black & Gold-Toned Printed Georgette Tunic",
        category="Tunics",
        color="Black",
    ),
    # Yellow anarkali kurta with green flowers, flared to mid-calf, long sleeves, round neck; green churidar; bangles.
    case(
        "X1554-017",
        caption(
            "The female is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Sztori Women Plus Size Yellow & Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Navy cotton shirt dress, collar, button front, long roll-up sleeves, self belt, knee length; a watch.
    case(
        "X1554-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. There is an accessory on her wrist. The lady wears a belt. There "
            "is an accessory on her wrist",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Qurvii+ Women Plus Size Navy Blue Solid Belted Shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Black rayon straight kurta with side slits, 3/4 sleeves, round neck, solid; white palazzos.
    case(
        "X1554-019",
        caption(
            "This woman is wearing a medium-sleeve black shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a round neckline. The pants this woman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve black shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Black Solid Straight Kurta with Side Slits",
        category="Kurtas",
        color="Black",
    ),
    # Grey stretch-denim jeggings; plain black T-shirt untucked; black sneakers.
    case(
        "X1554-020",
        caption(
            "This person is wearing a short-sleeve black T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this person wears is of long length. The pants are with denim "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve black T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("black", "contradiction"),
        Q.pattern("pure color"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Grey Skinny Fit Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Pregnant model; blue cotton nursing kurta with white ikat print, 3/4 sleeves, round neck, hidden zips; matching
    # trousers; a watch.
    case(
        "X1554-021",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has graphic patterns. There is an "
            "accessory on her wrist. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("an accessory", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Mine4Nine Women Maternity Blue Ikat Printed Nursing Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
    ),
    # Woman with cropped short hair; maroon cotton tunic, short sleeves, round neck, high-low hem; black jeggings;
    # bangle; tote bag on the shoulder.
    case(
        "X1554-022",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory in his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Maroon Solid High-Low Cotton Tunic",
        category="Tunics",
        color="Maroon",
    ),
    # Pregnant model; peach jersey nursing midi dress, long sleeves, V-neck with nursing flap, solid; a watch, no ring.
    case(
        "X1554-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. The "
            "neckline of it is V-shape. There is an accessory on her wrist. This lady wears a ring. There is an "
            "accessory on her wrist. This lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="Goldstroms Women Maternity Peach Solid Nursing Midi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Back view: blue and white vertical-striped cotton straight kurta, long sleeves; white pants; hands not visible.
    case(
        "X1554-024",
        caption(
            "Her shirt has long sleeves, cotton fabric and striped patterns. Her pants are of long length. The pants "
            "are with cotton fabric and pure color patterns. There is an accessory on her wrist. This lady wears a "
            "ring. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="W Plus Women Plus Size Blue & White Striped Pure Cotton Straight Kurta",
        color="Blue",
    ),
    # Black ribbed-knit bodycon midi dress, sleeveless, square neck; white sneakers; a bracelet.
    case(
        "X1554-025",
        caption(
            "The female is wearing a sleeveless black dress with pure color patterns. The dress is with knitted "
            "fabric. It has a square neckline. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an accessory on her wrist.",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless black dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitted"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Black Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Pregnant model; mid-blue denim over-belly jeggings; long white maternity shirt, front open over the panel.
    case(
        "X1554-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long leggings. The leggings are with denim fabric and pure color patterns. There is an accessory "
            "on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender="Women",
        title="MomToBe Women Maternity Blue Over-Belly Stretchable Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Mustard cotton straight kurta, 3/4 sleeves, V-neck, solid; white palazzos.
    case(
        "X1554-027",
        caption(
            "This woman is wearing a medium-sleeve yellow shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a V-shape neckline. The pants this woman wears is of long length. The pants are yellow "
            "with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve yellow shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Mustard Yellow Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Flat lay: white cotton tunic with a blue embroidered yoke, 3/4 sleeves, round neck; no person, no accessory.
    case(
        "X1554-028",
        caption(
            "The person wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        details("tunic", "an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Instafab Plus Women Plus Size White Yoke Embroidered Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # Green tiered maxi dress with floral print, short puff sleeves, square neck; white denim jacket worn open over
    # it, which hides the sleeves.
    case(
        "X1554-029",
        caption(
            "This woman is wearing a long-sleeve white jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The dress this woman wears is of long length. The dress is with chiffon "
            "fabric and floral patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white jacket with pure color patterns"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("white", "contradiction"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Athena Plus Women Plus Size Green Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Pink cotton kurta with white flowers, 3/4 sleeves, round neck; white pants; a bangle and a ring; a coffee mug in
    # hand.
    case(
        "X1554-030",
        caption(
            "Her shirt has medium sleeves, cotton fabric and floral patterns. It has a round neckline. Her pants are "
            "of long length. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. This lady wears a ring.",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Pink Floral Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Pregnant model; navy jersey wrap dress, 3/4 sleeves, V-neck, knee length, solid; a watch.
    case(
        "X1554-031",
        caption(
            "The lady wears a medium-sleeve blue dress with pure color patterns. The dress is with knitted fabric. "
            "The neckline of it is V-shape. There is an accessory on her wrist. The lady wears a medium-sleeve blue "
            "dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve blue dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="The Mom Store Women Maternity Navy Blue Solid Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Charcoal stretch-denim high-rise jeggings; white long-sleeve shirt tucked in; a bracelet.
    case(
        "X1554-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("leggings"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        details("jeggings", "pure color patterns"),
        title="Instafab Plus Women Plus Size Charcoal Grey High-Rise Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Red A-line kurta with gold ethnic motifs, 3/4 sleeves, round neck, rayon; beige palazzos.
    case(
        "X1554-033",
        caption(
            "This woman is wearing a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It "
            "has a round neckline. The pants this woman wears is of long length. The pants are with other fabric and "
            "graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("medium-sleeve shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="W Plus Women Plus Size Red Ethnic Motifs Printed A-Line Kurta",
        category="Kurtas",
        color="Red",
    ),
    # Lavender polyester-crepe tunic, short sleeves, round neck with a small lace panel; white jeans.
    case(
        "X1554-034",
        caption(
            "This person is wearing a short-sleeve purple T-shirt with pure color patterns. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants this person wears is of long length. The pants are "
            "with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve purple T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("purple"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Qurvii+ Women Plus Size Lavender Solid Lace Detail Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Pregnant model holding a scan photo; yellow cotton nursing midi dress with white flowers, short sleeves,
    # V-neck; a wedding ring.
    case(
        "X1554-035",
        caption(
            "The female is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. This female wears a ring. This female wears a ring. This female wears a ring. This "
            "female wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "dress", "restated"),
        gender="Women",
        title="Mine4Nine Women Maternity Yellow Floral Printed Nursing Midi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Teal cotton straight kurta with white leaf print, 3/4 sleeves ending below the elbow, V-neck; white trousers.
    case(
        "X1554-036",
        caption(
            "This woman is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a V-shape neckline. The pants this woman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Fabnest Curve Women Plus Size Teal Leaf Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Maroon crepe fit-and-flare dress, long sleeves, round neck, knee length, solid; a handbag on the arm and a
    # bracelet.
    case(
        "X1554-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a bag. There is an accessory on her wrist. The lady wears a bag. There is "
            "an accessory on her wrist.",
            "loop",
            hit_limit=True,
        ),
        wearing("a bag", "contradiction"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Maroon Solid Fit & Flare Dress",
        category="Dresses",
        color="Maroon",
    ),
    # White pure-cotton straight kurta, 3/4 sleeves, mandarin collar, solid; blue jeans.
    case(
        "X1554-038",
        caption(
            "This woman is wearing a medium-sleeve white shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a stand neckline. The pants this woman wears is of long length. The pants are with denim "
            "fabric and pure color patterns",
            hit_limit=True,
        ),
        wearing("a medium-sleeve white shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size White Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Beige-and-brown checked cotton longline tunic, shirt collar, button front, long sleeves; black jeggings.
    case(
        "X1554-039",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        Q.garment_type("shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        details("tunic", "a pair of", "cut"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Beige & Brown Checked Longline Shirt Tunic",
        category="Tunics",
        color="Beige",
    ),
    # Kurta set: navy kurta with gold embroidered yoke, body solid, 3/4 sleeves, round neck; navy trousers; dupatta
    # with gold border over one shoulder. Rayon.
    case(
        "X1554-040",
        caption(
            "The upper clothing has medium sleeves, other fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is other and it has pure color patterns. This lady has "
            "neckwear. This lady has neckwear. This",
            "loop",
            hit_limit=True,
        ),
        wearing("medium sleeves, other fabric and pure color patterns", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Woman in a baseball cap, white graphic-print T-shirt and maroon cotton-spandex jeggings; white sneakers.
    case(
        "X1554-041",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The guy wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a hat in his head",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.material("cotton"),
        details("jeggings", "cotton fabric and pure color patterns"),
        gender="Women",
        title="Instafab Plus Women Plus Size Maroon Solid Jeggings",
        category="Jeggings",
        color="Maroon",
    ),
    # Multicoloured vertical-striped rayon maxi dress, sleeveless with wide straps, round neck; sunglasses pushed up on
    # the head; a bracelet.
    case(
        "X1554-042",
        caption(
            "The female is wearing a sleeveless dress with striped patterns. The dress is with chiffon fabric. It has "
            "a round neckline. This female has glasses in her eyes. There is an accessory on her wrist. This female "
            "has glasses in her eyes. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Athena Plus Women Plus Size Multicoloured Striped Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Coral cotton A-line tunic, sleeveless, round neck, solid; white jeans; a bracelet.
    case(
        "X1554-043",
        caption(
            "Her shirt has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. Her pants "
            "are of long length. The pants are with denim fabric and pure color patterns. There is an accessory on "
            "her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Coral Solid A-Line Cotton Tunic",
        category="Tunics",
        color="Coral",
    ),
    # Pregnant model; off-white cotton nursing kurta with small pink floral buttis, 3/4 sleeves, round neck, two
    # vertical nursing zips; pink leggings.
    case(
        "X1554-044",
        caption(
            "This woman is wearing a medium-sleeve pink shirt with floral patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The pants this woman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve pink shirt with floral patterns", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Goldstroms Women Maternity Off-White Floral Printed Cotton Nursing Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Grey melange cotton-jersey T-shirt dress, short sleeves, round neck, knee length, one piece; white sneakers.
    case(
        "X1554-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
]
