"""BLIND_1458 (45 products; Myntra women's plus-size and maternity feed): written blind in the sixty-fifth session.
Measured blind at 81d2e84 (the session's second rules): 112/135 failures found (83.0%) and 13/158 correct texts
flagged (8.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, kurta sets, tunics, dresses, maternity
dresses, jeggings, one top). Catalog shots: a model on a plain backdrop wearing the product with leggings, palazzos,
jeans or a tee; now and then a waist-down crop, a back view, a flat lay or a hanger shot, a prop held in hand.
Who wrote what: every caption is from the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, 50 new tokens, greedy); every answer is an extractive span that timpal0l/mdeberta-v3-base-squad2 took
from that caption ("" where it returned no span). The adapter only knows the DeepFashion-MultiModal template, so the
captions never name a hue and never say kurta, tunic or jeggings; they never stop by themselves, so nearly every
caption ran to the 50-token limit. The spans are short and never ran to the 30-token limit.
Labeling conventions and judgement calls: a color answer that is a pattern word ("pure color", "floral patterns") or
empty is a non_answer, except "color block" for a colour-blocked Multi tunic, which I left unmarked. A kurta called a
"shirt" in the caption or the wearing answer is left unmarked (a kurta is a long loose shirt), but "shirt" as the
answer to "What type of garment is this?" is a contradiction (Shirts is another article type); a kurta called "dress"
or "tank top", a tunic called "T-shirt" (woven tunic) or a dress split into top and skirt is a contradiction
everywhere. "blouse", and "shirt" for a collared tunic, pass for tunics; "pants" and "leggings" pass for jeggings;
"T-shirt" passes for a jersey top. For a bottom, the wearing answer that names the top she really wears is left
unmarked (true of the photo); the garment type, pattern or material of the top given as the product's is a
contradiction. A wrong attribute only the photo shows (striped pants that are plain) is a contradiction; a thing
that is not there (an accessory, a hat she only holds, a second garment, sleeves out of frame) is unsupported; a
fabric the title does not state and the photo cannot show is unsupported on the material answer only, or a
contradiction where the title states another fabric. "chiffon" passes for georgette. A span to a yes/no question, and
"upper clothing", "lower clothing" or "other fabric" as an answer, are non_answers. A caption with several faults
carries one label, in this order: contradiction, unsupported, pronoun, loop, cut; "The lady wears" on a flat lay is
the template and not marked. Captions that ran to the limit but happen to end on a full stop are hit_limit=True and
marked only for their content (three are correct).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1458 = [
    # Photo: navy straight kurta with a small white floral print, full sleeves, round neck, white leggings, a silver
    # bangle; grey backdrop. Caption: epoch-3 caption adapter; answers: mdeberta squad2 spans from the caption.
    case(
        "X1458-001",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its neckline "
            "is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard rayon tunic, short sleeves, V-neck with a tie, blue jeans; white backdrop, no jewellery.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-002",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric and it "
            "has "
            "a V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Therebelle Plus Size Women Mustard Yellow Solid Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: maroon jersey maternity midi, short sleeves, round neck, side view showing the bump; no accessories.
    # Caption: epoch-3 adapter (restarts its own template); answers: squad2 spans.
    case(
        "X1458-003",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with knitted fabric and it has "
            "a round neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with knitted "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("knitted fabric"),
        gender="Women",
        title="Momtobe Women Maroon Solid Maternity A-Line Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: waist-down crop: black jeggings, white sneakers; only the hem of a white top shows at the top edge.
    # Caption: epoch-3 adapter (invents the top's sleeves and neckline); answers: squad2 spans.
    case(
        "X1458-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "unsupported"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Therebelle Plus Size Women Black Skinny Fit Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: teal kurta with gold foil ethnic motifs, 3/4 sleeves, mandarin collar, matching palazzos; gold earrings.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-005",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "standing neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        details("kurta", "a standing neckline"),
        gender="Women",
        title="Libas Women Plus Size Teal Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: black georgette wrap dress with white florals, V-neck, short flutter sleeves, midi; no jewellery at all.
    # Caption: epoch-3 adapter (invents a ring and a wrist accessory, then repeats); answers: squad2 spans.
    case(
        "X1458-006",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory on her "
            "wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Black & White Floral Print Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: blue-and-white striped cotton shirt-style tunic, rolled long sleeves, shirt collar, buttons, white jeans,
    # a watch. Caption: epoch-3 adapter, ran to 50 tokens and happened to end on a full stop; answers: squad2 spans.
    case(
        "X1458-007",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Instafab Plus Women Blue & White Striped Shirt Style Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: pink rayon A-line kurta, sleeveless, pleated round neck, white palazzos, silver jhumkas.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Pink Solid A-Line Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: olive cotton shirt dress, roll-up sleeves, collar, button front, self belt, knee length.
    # Caption: epoch-3 adapter (splits the dress into a shirt and a skirt); answers: squad2 spans.
    case(
        "X1458-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Mine4Nine Women Plus Size Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: mid-blue washed jeggings, white sleeveless top tucked in, sandals; full length, front.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("denim"),
        gender="Women",
        title="Sztori Women Plus Size Blue Washed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: back view: off-white kurta with a green floral print, 3/4 sleeves, green leggings; model faces away.
    # Caption: epoch-3 adapter (takes her for a man); answers: squad2 spans.
    case(
        "X1458-011",
        caption(
            "The gentleman wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and it "
            "has "
            "a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        details("kurta", "a round neckline"),
        gender="Women",
        title="Aurelia Women Plus Size Off-White & Green Printed Straight Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: navy maternity-nursing maxi with white polka dots, 3/4 sleeves, V-neck, zip nursing panels; hand on bump.
    # Caption: epoch-3 adapter (adds a separate long skirt); answers: squad2 spans.
    case(
        "X1458-012",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "There "
            "is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.material("cotton"),
        gender="Women",
        title="The Mom Store Women Navy Blue Polka Dot Maternity Nursing Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black woven tunic with white embroidery on the yoke, 3/4 sleeves, keyhole round neck, blue jeans.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-013",
        caption(
            "The lady wears a medium-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        details("tunic", "", "non_answer"),
        gender="Women",
        title="Nabia Women Plus Size Black Embroidered Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: flat lay: folded grey jeggings on a white surface, no person.
    # Caption: epoch-3 adapter (loops on the one garment it sees); answers: squad2 spans.
    case(
        "X1458-014",
        caption(
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. The lady wears a long pants. The "
            "pants are",
            "loop",
            hit_limit=True,
        ),
        wearing("a long pants"),
        Q.garment_type("pants"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Kassually Women Plus Size Grey Solid Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: mustard anarkali kurta, flared, red floral border, 3/4 sleeves, round neck, red churidar, jhumkas, bangles.
    # Caption: epoch-3 adapter (reads the flare as a dress); answers: squad2 spans.
    case(
        "X1458-015",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="BIBA Women Plus Size Mustard Yellow & Red Printed Cotton Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: red knit bodycon dress, sleeveless, square neck, knee length, black heels; white studio.
    # Caption: epoch-3 adapter, ran to 50 tokens and ended on a full stop after restarting; answers: squad2 spans.
    case(
        "X1458-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric and it has a "
            "square neckline. The lower clothing is of medium short length. The lady wears a sleeveless dress with "
            "pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitted fabric"),
        gender="Women",
        title="Sera Women Plus Size Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: peach georgette longline tunic, 3/4 bell sleeves with lace trim, round neck, black jeggings, earrings.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-017",
        caption(
            "The lady wears a medium-sleeve blouse with pure color patterns. The blouse is with chiffon fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Amydus Women Plus Size Peach-Coloured Solid Longline Tunic",
        category="Tunics",
        color="Peach",
    ),
    # Photo: indigo cotton kurta with a small white geometric dabu print, 3/4 sleeves, V-neck, white pants, oxidised
    # bangle. Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-018",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with lattice patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("lattice patterns", "non_answer"),
        Q.pattern("lattice patterns"),
        Q.material("cotton"),
        details("kurta", "a V-shape neckline"),
        gender="Women",
        title="Rangriti Women Plus Size Blue Indigo Dyed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: green floral chiffon fit-and-flare dress, short puff sleeves, sweetheart neck, knee length; no jewellery.
    # Caption: epoch-3 adapter (invents a wrist accessory); answers: squad2 spans.
    case(
        "X1458-019",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "V-shape neckline. The lower clothing is of medium short length. There is an accessory on her wrist. The "
            "lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Plus Size Green Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: navy jeggings with an untucked white graphic-print tee, full length, three-quarter angle.
    # Caption: epoch-3 adapter; answers: squad2 spans. The feed row has no article type.
    case(
        "X1458-020",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic patterns", "contradiction"),
        Q.material("denim"),
        gender="Women",
        title="Therebelle Plus Size Women Navy Blue Mid-Rise Jeggings",
        color="Navy Blue",
    ),
    # Photo: maroon viscose kurta with a gold zari yoke, long sleeves, round neck, gold palazzos; holds a clutch.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Indo Era Women Plus Size Maroon Yoke Design Viscose Rayon Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: lavender jersey maternity wrap maxi, long sleeves, V-neck, tie belt; side view, hand on bump, a ring.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and it has "
            "a "
            "V-shape neckline. The lady wears a ring. The lower clothing is of long length. The lady wears a "
            "long-sleeve dress with",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted fabric"),
        is_a("maternity dress", "a long-sleeve dress", "non_answer"),
        gender="Women",
        title="Momtobe Women Lavender Solid Maternity Wrap Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: white cotton tunic, short flutter sleeves, V-neck with lace inserts, light-blue jeans, sunglasses pushed up
    # on her head. Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-023",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric and it "
            "has "
            "a V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Curve Women Plus Size White Solid Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: black kurta with thin grey vertical stripes, 3/4 sleeves, mandarin collar, plain black pants.
    # Caption: epoch-3 adapter (gives the plain pants the kurta's stripes); answers: squad2 spans.
    case(
        "X1458-024",
        caption(
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "standing neckline. The lady wears a long pants. The pants are with cotton fabric and striped patterns. "
            "The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with striped patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("striped patterns", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Black & Grey Striped Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: yellow cotton tiered maxi with small white florals, sleeveless with wide straps, square neck; she holds a
    # straw hat in one hand, bare wrists. Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and it has a "
            "square neckline. The lady wears a hat. The lower clothing is of long length. There is an accessory on her "
            "wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="ZIYAA Women Plus Size Yellow Floral Printed Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: back view: charcoal jeggings with back pockets, a black long-sleeve longline top over them.
    # Caption: epoch-3 adapter (repeats a sentence whole); answers: squad2 spans.
    case(
        "X1458-026",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a long pants. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("denim"),
        gender="Women",
        title="DressBerry Curve Women Plus Size Charcoal Grey Solid Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: rust rayon A-line kurta with a white floral print, 3/4 sleeves, V-neck, white leggings; model with short
    # hair. Caption: epoch-3 adapter (takes her for a man); answers: squad2 spans.
    case(
        "X1458-027",
        caption(
            "The man wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline "
            "is V-shape. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Juniper Women Plus Size Rust Orange Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: navy-and-white ikat-print cotton A-line midi, 3/4 sleeves, keyhole round neck with tassels, silver jhumkas.
    # Caption: epoch-3 adapter, ran to 50 tokens and ended on a full stop; answers: squad2 spans.
    case(
        "X1458-028",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lower clothing is of three-quarter length. The dress is with cotton fabric and "
            "graphic "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "three-quarter length"),
        gender="Women",
        title="Anouk Curve Women Plus Size Navy Blue & White Ikat Print A-Line Cotton Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: sea-green tunic with a white geometric print, short sleeves, mandarin collar, white slim pants.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-029",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="W Women Plus Size Sea Green & White Printed A-Line Tunic",
        category="Tunics",
        color="Sea Green",
    ),
    # Photo: waist-down crop: light-blue distressed jeggings with knee rips, black sneakers, no socks showing.
    # Caption: epoch-3 adapter (lower-clothing template, loops); answers: squad2 spans.
    case(
        "X1458-030",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The person "
            "wears "
            "socks in shoes. The lower clothing is of long length. The fabric is denim and it has pure color patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("socks in shoes", "unsupported"),
        Q.garment_type("lower clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("denim"),
        gender="Women",
        title="Sztori Women Plus Size Light Blue Distressed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: yellow georgette kurta with all-over white chikankari embroidery, 3/4 sleeves, round neck, white palazzos.
    # Caption: epoch-3 adapter; answers: squad2 spans. The feed row has no base colour.
    case(
        "X1458-031",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric and it has a "
            "round neckline. The lady wears a long pants. The pants are with chiffon fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.material("chiffon"),
        details("kurta", "floral patterns"),
        gender="Women",
        title="Libas Women Plus Size Yellow Floral Embroidered Chikankari Georgette Kurta",
        category="Kurtas",
    ),
    # Photo: grey melange jersey T-shirt dress, short sleeves, round neck, knee length, white sneakers, tote on
    # shoulder.
    # Caption: epoch-3 adapter (splits the dress into a tee and a skirt); answers: squad2 spans.
    case(
        "X1458-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Plus Size Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: maroon rayon tunic, long puff sleeves, round neck, smocked yoke, black jeggings; no rings or jewellery.
    # Caption: epoch-3 adapter, ran to 50 tokens and ended on a full stop; answers: squad2 spans.
    case(
        "X1458-033",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Sera Women Plus Size Maroon Solid Tunic with Smocking",
        category="Tunics",
        color="Maroon",
    ),
    # Photo: navy kurta with gold block print, 3/4 sleeves, V-neck, matching trousers, dupatta draped round the neck.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-034",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "V-shape neckline. There is a neckwear on her neck. The lady wears a long pants. The pants are with cotton "
            "fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Anubhutee Women Plus Size Navy Blue Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: black jersey maternity bodycon dress, sleeveless, round neck, knee length; side view with the bump.
    # Caption: epoch-3 adapter (splits the dress into a tank top and a skirt); answers: squad2 spans.
    case(
        "X1458-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric and it "
            "has a round neckline. The lady wears a medium short skirt. The skirt is with knitted fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitted fabric"),
        is_a("maternity dress", "", "non_answer"),
        gender="Women",
        title="Momtobe Women Black Solid Maternity Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: olive jeggings with a white longline printed tee, full length, front.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-036",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("leggings"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic patterns", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Therebelle Plus Size Women Olive Green Solid Jeggings",
        category="Jeggings",
        color="Olive",
    ),
    # Photo: lime-green cotton slub kurta, sleeveless, round neck, side slits, white leggings; no jewellery.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-037",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless shirt with pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Women Plus Size Lime Green Solid Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # Photo: black fit-and-flare midi with white polka dots, cap sleeves, V-neck; no jewellery.
    # Caption: epoch-3 adapter (takes her for a man, starts over); answers: squad2 spans.
    case(
        "X1458-038",
        caption(
            "This gentleman wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and it "
            "has a V-shape neckline. The lower clothing is of three-quarter length. The gentleman wears a short-sleeve "
            "dress with",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        details("dress", "a V-shape neckline"),
        gender="Women",
        title="Sassafras Curve Women Plus Size Black Polka Dot Print Fit & Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: colour-blocked jersey tunic (pink, navy and white panels), short sleeves, round neck, black jeggings.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-039",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("color block"),
        Q.pattern("color block patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Kassually Women Plus Size Multicoloured Colourblocked Tunic",
        category="Tunics",
        color="Multi",
    ),
    # Photo: purple kurta with small white buti print, long sleeves, round neck with a button placket, white churidar.
    # Caption: epoch-3 adapter ("upper clothing" template); answers: squad2 spans.
    case(
        "X1458-040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic patterns", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Plus Size Purple Printed Cotton Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # Photo: peach rayon floral maxi, 3/4 sleeves, tasselled V-neck; she wears a ring and thin gold bangles.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-041",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "V-shape neckline. The lower clothing is of long length. The lady wears a ring. There is an accessory on "
            "her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Aurelia Women Plus Size Peach Floral Printed Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: black jersey longline top with a lace yoke, short sleeves, round neck, blue jeans.
    # Caption: epoch-3 adapter; answers: squad2 spans.
    case(
        "X1458-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Therebelle Plus Size Women Black Lace Inset Longline Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink cotton flared kurta with a green floral print, 3/4 sleeves, round neck, green palazzos.
    # Caption: epoch-3 adapter (reads the flare as a dress); answers: squad2 spans.
    case(
        "X1458-043",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The lower clothing is of long length. The lady wears a long pants. The pants are with "
            "cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Pink Floral Printed Flared Cotton Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: teal crepe wrap midi, long sleeves, V-neck, self tie at the waist.
    # Caption: epoch-3 adapter, ran to 50 tokens and ended on a full stop; answers: squad2 spans.
    case(
        "X1458-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and it has a "
            "V-shape neckline. The lower clothing is of three-quarter length. The lady wears a belt. The dress is with "
            "other fabric.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        gender="Women",
        title="Sera Women Plus Size Teal Solid Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: hanger shot: green cotton kurta with a white floral print, 3/4 sleeves, V-neck; no person, nothing else.
    # Caption: epoch-3 adapter (invents a wrist accessory and pants); answers: squad2 spans. No gender column.
    case(
        "X1458-045",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are with "
            "cotton",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral patterns", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        title="Libas Women Plus Size Green Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Green",
    ),
]
