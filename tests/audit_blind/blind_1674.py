"""BLIND_1674 (45 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-seventh session. Measured blind at c32e5e8 (the session's third and final rules): 111/130 failures found
(85.4%) and 18/151 correct texts flagged (11.9%). The writer's notes, verbatim:

Scenario: a Myntra women's plus-size and maternity feed (tunics, kurtis, kurtas and kurta sets, dresses, maternity
dresses, jeggings). Catalog shots: a plus-size or pregnant model on a plain backdrop wearing the product with other
clothes (leggings, palazzos, a tee over jeggings), a few back views, three flat lays, now and then a prop (a bag, a
hand on the bump). Catalog columns as Myntra has them: title, category (article type), color (base colour), gender
("Women"); a few rows lack one.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens, stop on newline); every answer is timpal0l/mdeberta-v3-base-squad2 run over
that caption, so each answer is a span of the caption or empty. The adapter speaks only DeepFashion-MultiModal
template language: "pure color", "graphic", "floral", "lattice", "striped" instead of hues; shirt/dress/leggings/
pants instead of kurta/tunic/jeggings; fabrics cotton/chiffon/denim/knitted/other; it always invents a wearer ("The
lady wears") even on flat lays. Most captions run to the 50-token limit and are cut or loop; a few stopped on their
own. Answers are extracted, never generated, so no answer has hit_limit; an answer can still inherit a cut or loop
from its caption.
Labeling conventions and judgement calls: one label per text; where a caption has several faults the loop wins,
then a wrong content claim (contradiction, unsupported, pronoun), then the cut. A caption that reached the limit
exactly at a full stop and says nothing false is correct (hit_limit=True, no label). A color question answered with
a pattern word ("pure color", "floral", "graphic", "denim") or nothing is a non_answer, since the garment's hue is
never given; when the pattern word belongs to another garment in the photo (the kurti's print for the jeggings) it
is other_garment_color. Garment words: the adapter has no kurta/tunic/jeggings, so a word naming the same role is
correct (tunic or kurti or a kurta worn as a top -> "shirt"; jeggings -> "leggings", "pants", "trousers"); a word
naming another role is a contradiction (a kurta over palazzos called "dress", jeggings answered "T-shirt" because
the extractor took the top). A yes/no question ("Is this a kurta?") answered with an unrelated span or nothing is a
non_answer; answered with another garment's name it is a contradiction. Material answers are judged against a
fabric the title names (cotton for rayon, crepe or silk blend is unsupported); chiffon for georgette-like fabric is
accepted as the vocabulary's nearest word; "other fabric" is a non_answer. Invented wrist accessories, rings, hats,
socks, glasses and trousers on a flat lay are unsupported. "The gentleman"/"This man" for a woman is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

W = "Women"

BLIND_1674 = [
    # Photo: model in a navy straight kurta with small white florals, long sleeves, round neck, calf length, over
    # white palazzos; silver bangle; grey backdrop. Caption: epoch-3 adapter; answers: mdeberta squad2 over it.
    case(
        "X1674-001",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.material("cotton fabric", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="Sztori Women Plus Size Navy Blue Floral Printed Rayon Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard cotton tunic, long sleeves rolled up with tabs, mandarin collar, side slits, over black
    # jeggings; no jewellery; white backdrop. Caption: epoch-3 adapter; answers: extractive QA over the caption.
    case(
        "X1674-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        describe("tunic", "a long-sleeve shirt with pure color patterns"),
        details("tunic", "its neckline is stand"),
        gender=W,
        title="Instafab Plus Women Mustard Yellow Solid Cotton Longline Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: pregnant model, maroon jersey A-line dress, short sleeves, wrap-look V-neck, knee length, hand on the
    # bump, no ring; pink backdrop. Caption: epoch-3 adapter (loops); answers: extractive QA.
    case(
        "X1674-003",
        caption(
            "This woman is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The dress is of medium length. This woman wears a ring. This woman wears a ring. "
            "This woman wears a ring. This woman wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton fabric"),
        details("dress", "It has a v-shape neckline"),
        is_a("maternity dress", "a short-sleeve dress", "non_answer"),
        gender=W,
        title="Momtobe Women Maroon Solid Maternity A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: mid-blue denim-look jeggings with whiskering, white round-neck tee worn untucked, white sneakers with
    # ankle socks; white backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("jeggings", "denim", "non_answer"),
        describe("jeggings", "long denim pants"),
        details("jeggings", "denim fabric and pure color patterns"),
        Q.material("denim fabric"),
        gender=W,
        title="Amydus Women Plus Size Blue Skinny Fit Stretchable Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: off-white tunic with blue pin stripes, long sleeves, shirt collar, over navy jeggings, brown sling bag
    # on the shoulder; grey backdrop. Caption: epoch-3 adapter, reached the limit right at a full stop; answers: QA.
    case(
        "X1674-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped patterns"),
        Q.garment_type("shirt"),
        describe("tunic", "long-sleeve shirt with striped patterns"),
        gender=W,
        title="Sztori Women Plus Size Off-White & Blue Striped Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Photo: black georgette fit-and-flare dress with red roses, short flutter sleeves, V-neck, knee length, black
    # heels, nothing on the wrists; white studio. Caption: epoch-3 adapter (loops); answers: extractive QA.
    case(
        "X1674-006",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "It has a v-shape neckline"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        gender=W,
        title="Instafab Plus Women Black & Red Floral Print Georgette Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: teal A-line kurti with gold block print, 3/4 sleeves, round neck, hip length, over white churidar
    # leggings; jhumkas, no glasses; white backdrop. Caption: epoch-3 adapter; answers: extractive QA.
    case(
        "X1674-007",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This lady wears a pair of glasses. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.color("graphic", "non_answer"),
        is_a("kurti", "", "non_answer"),
        gender=W,
        title="Amydus Women Plus Size Teal Printed Cotton A-Line Kurti",
        category="Kurtis",
        color="Teal",
    ),
    # Photo: pregnant model in side view, black maternity jeggings with a belly band, grey melange short-sleeve tee;
    # white backdrop. Caption: epoch-3 adapter (starts repeating); answers: extractive QA.
    case(
        "X1674-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("jeggings", "pure color", "non_answer"),
        describe("jeggings", "a long leggings"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.material("cotton fabric"),
        gender=W,
        title="Mine4Nine Women Black Maternity Jeggings with Belly Band",
        category="Jeggings",
        color="Black",
    ),
    # Photo: bottle-green sleeveless A-line kurta, ankle length, round neck, gold lace at the hem, matching churidar
    # barely visible; gold earrings, no ring; white backdrop. Caption: epoch-3 adapter (loops); answers: QA.
    case(
        "X1674-009",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The dress "
            "is of long length. The lady wears a ring. The lady wears a ring. The lady wears a ring. The lady wears a "
            "ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a ring", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("pure color"),
        gender=W,
        title="W Women Plus Size Green Solid A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: pregnant model in a pink cotton nursing kurta with small white motifs and concealed zips at the bust,
    # 3/4 sleeves, round neck, knee length, white palazzos, a ring; white backdrop. Caption: epoch-3 adapter (cut).
    case(
        "X1674-010",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The lady wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        details("kurta", "its neckline is round"),
        is_a("nursing kurta", "a medium-sleeve shirt", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.material("cotton fabric"),
        gender=W,
        title="Goldstroms Women Pink Printed Cotton Maternity Nursing Kurta with Zipper",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: olive shirt dress, collar, button-through, long roll-up sleeves, self-tie belt, knee length, white
    # sneakers with white ankle socks; beige backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-011",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is lapel. There is an accessory in her waist. The dress is of medium length. The female wears "
            "a pair of socks. The female",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        details("dress", "There is an accessory in her waist"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="Sztori Women Plus Size Olive Green Solid Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
    ),
    # Photo: flat lay on white: charcoal jeggings with faux front pockets and an elastic waistband; no person.
    # Caption: epoch-3 adapter (invents a wearer, then loops); answers: extractive QA.
    case(
        "X1674-012",
        caption(
            "The lady wears a long leggings. The leggings are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. There is "
            "an accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a long leggings"),
        Q.material("denim fabric"),
        describe("jeggings", "long leggings"),
        details("jeggings", "There is an accessory on her wrist", "unsupported"),
        color_of("jeggings", "pure color", "non_answer"),
        gender=W,
        title="Instafab Plus Women Charcoal Grey Slim Fit Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: back view of a peach georgette tunic, short flutter sleeves, keyhole button at the back neck (the front
    # yoke embroidery is not visible), white jeggings; beige backdrop. Caption: epoch-3 adapter, stopped on its own.
    case(
        "X1674-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        Q.color("pure color", "non_answer"),
        details("tunic", "its neckline is round"),
        gender=W,
        title="Amydus Women Plus Size Peach-Coloured Embroidered Georgette Tunic",
        category="Tunics",
        color="Peach",
    ),
    # Photo: yellow kurta with white ethnic block-print motifs, 3/4 sleeves, V-neck, calf length, with matching
    # printed palazzos; white backdrop. Caption: epoch-3 adapter; answers: extractive QA.
    case(
        "X1674-014",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a long pants. The pants are with cotton "
            "fabric and graphic patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        describe("palazzos", "a long pants"),
        Q.pattern("graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        color_of("palazzos", "graphic", "non_answer"),
        gender=W,
        title="Sztori Women Plus Size Yellow Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: pregnant model in a navy-and-white horizontally striped sleeveless maxi, round neck, both hands on the
    # bump; white backdrop. Caption: epoch-3 adapter (repeats its opening); answers: extractive QA.
    case(
        "X1674-015",
        caption(
            "Her dress has no sleeves, cotton fabric and striped patterns. The neckline of it is round. The dress is "
            "of long length. Her dress has no sleeves, cotton fabric and striped patterns. The neckline of it is "
            "round. The dress is of",
            "loop",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("no sleeves"),
        Q.color("striped", "non_answer"),
        describe("dress", "Her dress has no sleeves, cotton fabric and striped patterns"),
        is_a("maternity dress", "The dress is of long length", "non_answer"),
        gender=W,
        title="Mine4Nine Women Navy Blue Striped Maternity Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: short-haired model in a rust crepe tiered maxi, short puff sleeves, square neck, gold hoops, nothing on
    # wrists or fingers; brown backdrop. Caption: epoch-3 adapter, limit reached at a full stop; answers: QA.
    case(
        "X1674-016",
        caption(
            "The gentleman wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is square. The dress is of long length. There is an accessory on his wrist. The gentleman "
            "wears a ring.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.material("cotton fabric", "unsupported"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "its neckline is square"),
        Q.color("pure color", "non_answer"),
        gender=W,
        title="W Women Plus Size Rust Orange Solid Crepe Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: maroon silk-blend straight kurta with gold zari at the mandarin collar, long sleeves, knee length, cream
    # trousers, gold bangles; cream backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.pattern("pure color"),
        Q.material("cotton fabric", "unsupported"),
        Q.garment_type("shirt"),
        details("kurta", "its neckline is stand"),
        describe("kurta", "a long-sleeve shirt with pure color patterns"),
        gender=W,
        title="Amydus Women Plus Size Maroon Embroidered Silk Blend Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: navy jeggings under a pink floral knee-length kurti with long sleeves and V-neck, watch on the wrist;
    # white backdrop. The product is the jeggings. Caption: epoch-3 adapter; answers: extractive QA.
    case(
        "X1674-018",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("floral", "other_garment_color"),
        Q.pattern("floral patterns", "contradiction"),
        describe("jeggings", "a long leggings"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.garment_type("dress", "contradiction"),
        gender=W,
        title="Instafab Plus Women Navy Blue Mid-Rise Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: white cotton schiffli (eyelet) tunic, short sleeves, V-neck, hip length, light blue jeggings; white
    # backdrop. Caption: epoch-3 adapter (restarts a sentence, cut); answers: extractive QA.
    case(
        "X1674-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a long denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.pattern("pure color"),
        Q.material("cotton fabric"),
        Q.color("", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender=W,
        title="Sztori Women Plus Size White Schiffli Embroidered Pure Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: flat lay on white of a lavender knee-length maternity dress, short sleeves, round neck, a nursing
    # overlay layer across the bust. Caption: epoch-3 adapter (calls it a T-shirt, loops); answers: extractive QA.
    case(
        "X1674-020",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "its neckline is round"),
        is_a("nursing dress", "", "non_answer"),
        gender=W,
        title="Momtobe Women Lavender Solid Maternity Nursing Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: black straight kurta, long sleeves, round notched neck, calf length with side slits, white palazzos;
    # white backdrop. Gender column empty in the feed. Caption: epoch-3 adapter, stopped on its own.
    case(
        "X1674-021",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.garment_type("shirt"),
        Q.material("cotton"),
        title="W Women Plus Size Black Solid Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: pregnant model in a teal jersey wrap dress, long sleeves, V-neck, side tie at the waist, midi length,
    # pendant necklace; white backdrop. Caption: epoch-3 adapter (loops); answers: extractive QA.
    case(
        "X1674-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is v-shape. There is an accessory in her waist. The lady has neckwear. The lady has neckwear. "
            "The lady has neckwear. The lady has neckwear",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.material("knitted fabric"),
        details("dress", "There is an accessory in her waist"),
        Q.color("pure color", "non_answer"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        gender=W,
        title="Goldstroms Women Teal Blue Solid Maternity Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: mid-blue washed denim tunic, long sleeves rolled up, shirt collar, patch pockets, black leggings,
    # sunglasses pushed up on her head; white backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This lady wears a pair of glasses",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim fabric"),
        Q.color("denim", "non_answer"),
        describe("tunic", "long-sleeve shirt with pure color patterns"),
        details("tunic", "its neckline is lapel"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="Instafab Plus Women Blue Washed Denim Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: pink anarkali kurta with green florals, flared, long sleeves, round neck, ankle length (leggings
    # hidden), no bracelet or ring; white backdrop. Caption: epoch-3 adapter ("This man"); answers: extractive QA.
    case(
        "X1674-024",
        caption(
            "This man wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on his wrist. This man wears a ring. This "
            "man wears a ring",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.pattern("floral patterns"),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="Sztori Women Plus Size Pink & Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: back view, black jeggings with faux back pockets, white short-sleeve tee; grey backdrop. Caption:
    # epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The trousers this lady wears is of long length. The trousers are with denim "
            "fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        color_of("jeggings", "pure color", "non_answer"),
        describe("jeggings", "The trousers this lady wears is of long length"),
        details("jeggings", "The trousers", "restated"),
        Q.garment_type("T-shirt", "contradiction"),
        gender=W,
        title="Amydus Women Plus Size Black Solid Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: multicolour geometric print (orange, blue, white) shift dress, short sleeves, round neck, above the
    # knee, white sneakers, no visible socks; white backdrop. Caption: epoch-3 adapter (loops); answers: QA.
    case(
        "X1674-026",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a pair of socks. The lady wears a pair "
            "of socks. The lady wears a pair",
            "loop",
            hit_limit=True,
        ),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        details("dress", "The lady wears a pair of socks", "unsupported"),
        gender=W,
        title="Instafab Plus Women Multicoloured Geometric Print Shift Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: solid beige kurta with 3/4 sleeves under a navy printed long sleeveless jacket, white trousers; white
    # backdrop. Caption: epoch-3 adapter (cut mid-sentence); answers: extractive QA.
    case(
        "X1674-027",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. This "
            "lady also wears an outer clothing, with cotton fabric and graphic patterns. The pants this lady wears is "
            "of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.color("", "non_answer"),
        describe("jacket", "an outer clothing, with cotton fabric and graphic patterns"),
        describe("trousers", "The pants are with cotton", "cut"),
        Q.sleeve_length("medium-sleeve"),
        Q.garment_type("shirt"),
        gender=W,
        title="W Women Plus Size Beige Solid Kurta with Printed Jacket",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: black-and-white gingham tunic, long sleeves, shirt collar, button front, hip length, plain black
    # jeggings; white backdrop. Caption: epoch-3 adapter (gives the leggings the check, repeats); answers: QA.
    case(
        "X1674-028",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long leggings. The leggings are with cotton fabric and lattice "
            "patterns. The lady wears a long leggings. The leggings",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        Q.pattern("lattice patterns"),
        Q.color("lattice", "non_answer"),
        describe("tunic", "long-sleeve shirt with lattice patterns"),
        details("tunic", "its neckline is lapel"),
        gender=W,
        title="Sztori Women Plus Size Black & White Checked Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: pregnant model in a coral empire-waist maternity tunic, short sleeves, round neck, hip length, blue
    # jeggings; white backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.color("denim", "other_garment_color"),
        is_a("maternity tunic", "", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        details("tunic", "its neckline is round"),
        gender=W,
        title="Mine4Nine Women Coral Solid Maternity Tunic with Nursing Access",
        category="Tunics",
        color="Coral",
    ),
    # Photo: red wrap dress with white polka dots, 3/4 sleeves, V-neck, knee length; she carries a white handbag on
    # her wrist, no hat; white backdrop. Caption: epoch-3 adapter (invents a hat); answers: extractive QA.
    case(
        "X1674-030",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of medium length. There is an accessory on her wrist. The lady wears "
            "a hat. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("graphic patterns"),
        Q.material("chiffon"),
        details("dress", "The lady wears a hat", "unsupported"),
        Q.color("", "non_answer"),
        describe("dress", "a medium-sleeve dress with graphic patterns"),
        gender=W,
        title="Amydus Women Plus Size Red Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: sea-green cotton kurta with white chikankari embroidery, 3/4 sleeves, round neck, knee length, plain
    # white palazzos; white backdrop. Caption: epoch-3 adapter (gives the palazzos the floral); answers: QA.
    case(
        "X1674-031",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "floral patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.pattern("floral patterns"),
        Q.material("cotton fabric"),
        Q.color("floral", "non_answer"),
        color_of("palazzos", "floral", "other_garment_color"),
        gender=W,
        title="Sztori Women Plus Size Sea Green Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: light-blue washed jeggings with fading, black sleeveless round-neck top, black sandals; white
    # backdrop. Caption: epoch-3 adapter, stopped on its own; answers: extractive QA.
    case(
        "X1674-032",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "trousers the lady wears is of long length. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("tank top"),
        color_of("jeggings", "denim", "non_answer"),
        describe("jeggings", "The trousers are with denim fabric and pure color patterns"),
        Q.garment_type("tank top", "contradiction"),
        Q.material("denim fabric"),
        details("jeggings", "denim fabric and pure color patterns"),
        gender=W,
        title="Amydus Women Plus Size Light Blue Washed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: blue-and-white ikat print cotton tunic, 3/4 sleeves, notch neck with a tassel tie, hip length, white
    # jeggings; white backdrop. Category column empty in the feed. Caption: epoch-3 adapter (cut); answers: QA.
    case(
        "X1674-033",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her neck",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        details("tunic", "The shirt", "restated"),
        Q.pattern("graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        gender=W,
        title="Instafab Plus Women Blue & White Ikat Print Cotton Tunic",
        color="Blue",
    ),
    # Photo: emerald satin midi dress, sleeveless, cowl neck, gold necklace, a bracelet on one wrist, black heels;
    # grey studio. Caption: epoch-3 adapter (loops); answers: extractive QA.
    case(
        "X1674-034",
        caption(
            "Her dress has no sleeves, other fabric and pure color patterns. The neckline of it is round. The dress "
            "is of long length. The lady has neckwear. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.material("other fabric", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.color("pure color", "non_answer"),
        wearing("dress"),
        details("dress", "The neckline of it is round", "unsupported"),
        gender=W,
        title="Athena Women Plus Size Emerald Green Satin Cowl Neck Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: pregnant model in a mustard kurta with white bandhani print, 3/4 sleeves, V-neck, nursing slits, calf
    # length, white trousers; white backdrop. Caption: epoch-3 adapter (loops); answers: extractive QA.
    case(
        "X1674-035",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress is of long length",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("graphic patterns"),
        Q.color("graphic", "non_answer"),
        describe("trousers", "", "non_answer"),
        is_a("kurta", "a medium-sleeve dress", "contradiction"),
        gender=W,
        title="Goldstroms Women Mustard Bandhani Printed Maternity Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: flat lay on white of a lime-green tunic, long sleeves, round neck with a short button placket, curved
    # hem; no person, no bottoms. Caption: epoch-3 adapter (invents the wearer's pants); answers: extractive QA.
    case(
        "X1674-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "non_answer"),
        details("tunic", "its neckline is round"),
        describe("tunic", "a long-sleeve shirt with pure color patterns"),
        gender=W,
        title="Sztori Women Plus Size Lime Green Solid Tunic",
        category="Tunics",
        color="Lime Green",
    ),
    # Photo: maroon jeggings under a cream printed long tunic, tan flats, bare ankles; white backdrop. Gender column
    # empty in the feed. Caption: epoch-3 adapter (invents socks); answers: extractive QA.
    case(
        "X1674-037",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady wears a pair of socks",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("graphic", "other_garment_color"),
        color_of("jeggings", "pure color", "non_answer"),
        describe("jeggings", "a long leggings"),
        details("jeggings", "cotton fabric and pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        title="Instafab Plus Women Maroon Solid Mid-Rise Jeggings",
        category="Jeggings",
        color="Maroon",
    ),
    # Photo: pregnant model in side profile, black stretch bodycon midi dress, long sleeves, round neck; white
    # backdrop. Caption: epoch-3 adapter, stopped on its own; answers: extractive QA.
    case(
        "X1674-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        gender=W,
        title="Momtobe Women Black Solid Maternity Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: white kurti with small red bandhani dots, short sleeves, V-neck, hip length, plain red leggings, red
    # bangles; white backdrop. Caption: epoch-3 adapter (prints the leggings too); answers: extractive QA.
    case(
        "X1674-039",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long leggings. The leggings are with cotton fabric and graphic "
            "patterns. There is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns"),
        Q.pattern("graphic patterns"),
        color_of("leggings", "graphic", "other_garment_color"),
        Q.sleeve_length("short-sleeve"),
        Q.color("", "non_answer"),
        gender=W,
        title="Amydus Women Plus Size White & Red Bandhani Printed Kurti",
        category="Kurtis",
        color="White",
    ),
    # Photo: back view of a navy tiered maxi with tiny yellow florals, 3/4 sleeves, a tie at the back of the neck,
    # no belt; white backdrop. Caption: epoch-3 adapter, stopped on its own; answers: extractive QA.
    case(
        "X1674-040",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. The dress is "
            "of long length. There is an accessory in her waist.",
            "unsupported",
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        details("dress", "There is an accessory in her waist", "unsupported"),
        Q.material("cotton fabric"),
        gender=W,
        title="W Women Plus Size Navy Blue Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: off-white cotton kurta with gold foil print, long sleeves, round neck, knee length, matching printed
    # palazzos, gold juttis, a ring; white backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-041",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and "
            "graphic patterns. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        describe("palazzos", "The pants this lady wears is of long length"),
        Q.material("cotton fabric"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        is_a("kurta set", "", "non_answer"),
        gender=W,
        title="Sztori Women Plus Size Off-White Foil Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: pregnant model, navy maternity jeggings with the over-belly panel showing under a white long-sleeve top
    # knotted at the side; white backdrop. Caption: epoch-3 adapter (loops on the top); answers: extractive QA.
    case(
        "X1674-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The shirt is with cotton fabric and its neckline is round. The shirt is with cotton "
            "fabric and its neckline is",
            "loop",
            hit_limit=True,
        ),
        color_of("jeggings", "", "non_answer"),
        describe("jeggings", "", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a long-sleeve shirt with pure color patterns"),
        gender=W,
        title="Mine4Nine Women Navy Blue Solid Over-Belly Maternity Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: side view, pink crepe tunic, short sleeves with lace trim, lace yoke, round neck, hip length, white
    # jeggings, a watch on her wrist; white backdrop. Caption: epoch-3 adapter (cut); answers: extractive QA.
    case(
        "X1674-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        details("tunic", "its neckline is round"),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender=W,
        title="Instafab Plus Women Pink Solid Crepe Tunic with Lace Detail",
        category="Tunics",
        color="Pink",
    ),
    # Photo: mauve kaftan dress with wide elbow-length batwing sleeves, embroidered V-neck, calf length, gold
    # earrings, no ring; beige backdrop. Caption: epoch-3 adapter (loops); answers: extractive QA.
    case(
        "X1674-044",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a ring. The lady wears a ring. The lady "
            "wears a ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("dress"),
        details("dress", "The lady wears a ring. The lady wears a ring", "loop"),
        Q.material("chiffon"),
        gender=W,
        title="Amydus Women Plus Size Mauve Embroidered Kaftan Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: grey melange cotton-jersey straight kurta, 3/4 sleeves, round neck, knee length, black leggings, white
    # sneakers; white backdrop. Caption: epoch-3 adapter, stopped on its own; answers: extractive QA.
    case(
        "X1674-045",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with knitted fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.material("knitted fabric"),
        Q.color("pure color", "non_answer"),
        color_of("leggings", "pure color", "non_answer"),
        Q.garment_type("shirt"),
        gender=W,
        title="W Women Plus Size Grey Melange Solid Straight Kurta",
        category="Kurtas",
        color="Grey Melange",
    ),
]
