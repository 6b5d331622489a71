"""BLIND_1290 (45 products; Myntra women's plus-size and maternity): written blind in the sixty-third session. Measured
blind at 5ce7a6b (the session's first rules): 103/133 failures found (77.4%) and 18/161 correct texts flagged
(11.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (kurtas, kurta sets, tunics, dresses, tops, jeggings,
leggings, one jumpsuit). Columns as the feed has them: title, category (Myntra's article type), color (its base
colour), gender; a few rows lack one of them. Photos are the catalog's usual: a model on a plain backdrop wearing the
product with other clothes (white leggings or palazzos under a kurta, a tee over jeggings), a few back and side views,
pregnant models with a hand on the belly, three flat lays, a prop now and then (a straw hat held in the hand, a mug).
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b), greedy, 50 new tokens. Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption, so an
answer is a span of the caption or empty (the squad2 no-answer). The adapter writes the DeepFashion-MultiModal
template: sleeves, fabric, pattern words (pure color, floral, graphic, striped, lattice, color block), neckline, lower
clothing, accessories, almost never a hue; it has no word for kurta, tunic or jeggings. It never learned to stop, so
every caption ran to the 50-token limit (hit_limit=True on all of them): most are cut mid-sentence or fall into
repeating a sentence; a few end on a full stop because the adapter, trained on padded labels, spent its last tokens
on padding that decoding drops. Extractive QA never reaches the 30-token answer limit (its spans are short), so no
answer carries hit_limit.
Labeling conventions and judgement calls: one kind per text. For a caption with two faults I kept the worse one in this
order: a male pronoun, then a garment, sleeve or color the title or photo contradicts, then a loop, then an invented
detail (hat, ring, an accessory nobody wears, a person or lower garment in a flat lay), then a cut ending. A kurta or
kurta set called shirt or dress, a non-shirt tunic called T-shirt or shirt, a jumpsuit or maternity maxi told as tank
top plus pants or skirt: contradiction. Accepted: "upper clothing" for a kurta, "blouse" for a short tunic, "shirt" for
shirt-style tunics with collar and placket, "T-shirt" for knit tops, "pants"/"leggings" for jeggings, "dress" in the
visual description of an anarkali (but "dress" as its garment type is marked, the catalog's kind being Kurtas). A color
answer with no hue ("pure color", "solid color", "denim", empty) is a non_answer; a hue lifted from the leggings or the
shoes is other_garment_color, and a hue that is right by luck is left correct. A pattern, sleeve or material of the
styling piece given for the product, and an accessory given as the garment's details, are contradictions. "pure color"
for all-over embroidery (chikankari, schiffli) contradicts the title; for a yoke-only embroidery I let it pass. A
wearing answer that names only the styling piece but names it rightly is correct; in a flat lay, a wearing answer that
names the product itself passes, one that puts the folded styling tee on somebody is unsupported. Material answers I
cannot check from a photo (cotton vs crepe vs jersey) are left correct; "chiffon" on a plainly matte rayon or cotton is
unsupported. No leak is possible here: the QA model never sees the prompt format.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, wearing

W = "Women"

BLIND_1290 = [
    # Photo: navy 3/4-sleeve round-neck straight cotton kurta, white leggings, silver bangle, grey backdrop.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-001",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Sztori Women Plus Size Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: mustard tunic, small white geometric print, short sleeves, round keyhole neck, blue jeans, white backdrop.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-002",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        D.details("round neckline"),
        gender=W,
        title="Instafab Plus Women Plus Size Mustard Yellow Printed Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: maroon knit wrap midi dress, long sleeves, V-neck, pregnant model with a hand on her belly, no jewellery.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-003",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of medium length. There is an accessory on her wrist. There is an accessory on her wrist. "
            "There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        D.details("accessory on her wrist. There is an accessory on her wrist", "loop"),
        Q.material("cotton"),
        gender=W,
        title="Mine4Nine Women Maroon Maternity Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: black jeggings, white short-sleeve tee half tucked, white sneakers, full length on white.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-004",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long leggings. The leggings are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("leggings"),
        color_of("jeggings", "", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender=W,
        title="Go Colors Women Plus Size Black Solid Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: teal A-line kurta with pink-and-white floral print, 3/4 sleeves, V-neck, matching palazzos, matte rayon,
    # gold earrings. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-005",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The lady wears a long pants. The pants are with chiffon fabric and floral patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon", "unsupported"),
        D.description("medium-sleeve dress with floral patterns", "contradiction"),
        gender=W,
        title="Libas Plus Women Plus Size Teal Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: peach woven nursing top, short flutter sleeves, round neck, blue jeans, no rings, plain backdrop.
    # Caption: epoch-3 adapter (the person-less "upper clothing" template); answers: squad2 QA over that caption.
    case(
        "X1290-006",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. There is a "
            "ring on her finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring on her finger", "unsupported"),
        Q.garment_type("upper clothing"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Momsoon Women Peach Maternity Nursing Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: black kurta with thin white vertical stripes, long sleeves, mandarin collar, side slits, black trousers.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-007",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "stand-up collar. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        D.details("stand-up collar"),
        is_a("kurta", "shirt", "contradiction"),
        gender=W,
        title="Sera Plus Women Plus Size Black & White Striped Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: side view, mid-blue over-belly maternity jeggings, grey long-sleeve tee lifted to show the panel.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-008",
        caption(
            "The lady is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.material("denim"),
        D.details("It has a round neckline", "contradiction"),
        gender=W,
        title="Momsoon Women Blue Maternity Over-Belly Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: navy maxi with white and pink flowers, short puff sleeves, V-neck, self tie belt; the model holds a straw
    # hat in her hand (prop), not on her head. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-009",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. This lady wears a hat. There is an accessory on her "
            "waist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.description("short-sleeve dress with floral patterns"),
        gender=W,
        title="Amydus Women Plus Size Navy Blue Floral Print A-Line Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: off-white kurta with all-over white chikankari embroidery, 3/4 sleeves, round neck, calf length, white
    # palazzos. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-010",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The "
            "lower clothing is of long length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("round"),
        gender=W,
        title="Biba Women Plus Size Off White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: maroon solid ankle-length leggings under a black printed short kurti (styling), plain backdrop.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-011",
        caption(
            "The lady is wearing a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("long leggings"),
        Q.garment_type("leggings"),
        Q.color("", "non_answer"),
        Q.pattern("graphic patterns", "contradiction"),
        Q.material("cotton"),
        gender=W,
        title="Twin Birds Women Plus Size Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
    ),
    # Photo: back view, olive shirt-style longline tunic (collar, button placket, roll-up long sleeves, high-low hem),
    # black jeggings. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-012",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. This lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        D.details("lapel neckline"),
        gender=W,
        title="Qurvii+ Women Plus Size Olive Green Solid Longline Shirt Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: flat lay, pink knee-length nursing dress, short sleeves, round neck, on a white surface; no person.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-013",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears "
            "a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        D.details("accessory on her wrist", "unsupported"),
        gender=W,
        title="Mom For Sure By Ketki Dalal Women Pink Maternity Nursing Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: bottle-green kurta with gold foil ethnic-motif print, 3/4 sleeves, round keyhole neck, white churidar,
    # glass bangles on the right wrist. Caption: epoch-3 adapter, ends clean (padding after the last full stop);
    # answers: squad2 QA over that caption.
    case(
        "X1290-014",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing"),
        Q.color("", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Aurelia Women Plus Size Green Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: black sleeveless crepe jumpsuit, V-neck, fabric belt, wide legs, black heels.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-015",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        title="Therebelinme Women Plus Size Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: rust feeding kurta with white block print, long sleeves, V-neck, two vertical zips, white leggings,
    # pregnant model. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-016",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing"),
        Q.color("", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long sleeves"),
        D.details("V-shape neckline"),
        gender=W,
        title="Mine4Nine Women Rust Orange Printed Maternity Feeding Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: dark navy skinny jeggings with faux front pockets, white long-sleeve shirt tucked in, brown belt.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-017",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. There is an accessory "
            "on her waist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("pants"),
        color_of("jeggings", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        D.details("accessory on her waist", "contradiction"),
        gender=W,
        title="Kraus Jeans Women Plus Size Navy Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: short-haired model in a blue A-line tunic with white flowers, long sleeves, mandarin collar, no placket,
    # cream trousers. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-018",
        caption(
            "The gentleman is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a stand-up collar. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        D.details("stand-up collar"),
        gender=W,
        title="W Women Plus Size Blue Floral Print A-Line Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: black knee-length sheath dress, short sleeves, round neck, black heels, studio.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption ("black" comes from the shoes, right by luck).
    case(
        "X1290-019",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of medium length. The lady wears a black shoes. The lady wears a "
            "black shoes. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Sztori Women Plus Size Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: yellow flared anarkali kurta, pink and green flowers, long sleeves, round neck, white pants.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-020",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        gender=W,
        title="Libas Plus Women Plus Size Yellow Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # Photo: side view, black over-belly maternity leggings, grey melange short-sleeve tee, pregnant model.
    # Caption: epoch-3 adapter, ends clean (padding after the last full stop); answers: squad2 QA over that caption.
    case(
        "X1290-021",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and black leggings. The T-shirt is "
            "with cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and black leggings"),
        Q.garment_type("leggings"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender=W,
        title="Momsoon Women Black Maternity Leggings",
        category="Leggings",
        color="Black",
    ),
    # Photo: magenta straight cotton kurta, 3/4 sleeves, V-neck, white leggings, glass bangles.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-022",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. "
            "The lady wears a white leggings. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a white leggings"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        gender=W,
        title="De Moza Plus Women Plus Size Magenta Solid Straight Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # Photo: charcoal and white horizontal-striped knit top, boat neck, 3/4 sleeves, black jeans.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-023",
        caption(
            "The lady is wearing a medium-sleeve T-shirt with striped patterns. It has a round neckline. The lady "
            "wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a long "
            "pants. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("medium-sleeve"),
        D.details("round neckline", "unsupported"),
        D.description("The lady", "non_answer"),
        gender=W,
        title="Pluss Women Plus Size Charcoal Grey Striped Boat Neck Top",
        category="Tops",
        color="Charcoal",
    ),
    # Photo: red fit-and-flare dress with small white flowers, sleeveless, V-neck, knee length, black belt (sold with
    # it), a handbag held as a prop, no rings. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-024",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of medium length. There is an accessory on her waist. The lady wears a "
            "ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        D.details("accessory on her waist"),
        gender=W,
        title="Qurvii+ Women Plus Size Red Floral Print Fit and Flare Dress with Belt",
        category="Dresses",
        color="Red",
    ),
    # Photo: back view, indigo kurta with white floral dabu print, 3/4 sleeves, the model looks over her shoulder,
    # white pants. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-025",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and floral patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has medium sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("The neckline of it is round"),
        gender=W,
        title="Biba Women Plus Size Blue Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: charcoal grey jeggings with back pockets, white sleeveless top, silver watch.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-026",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. There is an accessory on her wrist. The lady wears a long leggings. The "
            "leggings are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("denim fabric and", "cut"),
        D.description("long leggings"),
        gender=W,
        title="Twin Birds Women Plus Size Charcoal Grey Jeggings",
        category="Jeggings",
        color="Charcoal",
    ),
    # Photo: lavender cotton-slub tunic with white lace yoke, short sleeves, round neck, white leggings, pregnant model,
    # hand on belly showing a wedding ring. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-027",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric. "
            "It has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("short-sleeve"),
        gender=W,
        title="Mom For Sure By Ketki Dalal Women Maternity Tunic with Lace Yoke",
        category="Tunics",
    ),
    # Photo: maroon kurta with gold zari yoke embroidery, 3/4 sleeves, V-neck, straight trousers, dupatta over one
    # shoulder. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-028",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. It has a V-shape neckline. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. The lady has neckwear.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        D.details("V-shape neckline"),
        gender=W,
        title="Sztori Women Plus Size Maroon Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: short-haired model in an olive knee-length shirt dress, roll-up long sleeves, collar, buttons, belt, bare
    # legs. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-029",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his waist. The man wears",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long pants", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long sleeves"),
        D.description("His shirt has long sleeves, cotton fabric and pure color patterns", "pronoun"),
        gender=W,
        title="Amydus Women Plus Size Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: flat lay, sea-green sleeveless round-neck kurta alone on white; no person, no bottoms.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-030",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has no sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("patterns", "restated"),
        Q.sleeve_length("no sleeves"),
        D.details("The lower clothing is of long length", "unsupported"),
        title="Aurelia Women Plus Size Sea Green Solid Sleeveless Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # Photo: white cotton shirt-style maternity top, long sleeves, collar, buttons, blue jeans, pregnant model holding
    # a mug, watch on the left wrist. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-031",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Mine4Nine Women White Maternity Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy A-line dress with white side panels, short sleeves, round neck, knee length, white sneakers.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-032",
        caption(
            "The lady is wearing a short-sleeve dress with color block patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of medium length. The lady wears a white shoes. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with color block patterns"),
        Q.color("white", "other_garment_color"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        D.description("short-sleeve dress with color block patterns"),
        gender=W,
        title="Sera Plus Women Plus Size Navy Blue & White Colourblocked A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: flat lay, mid-blue washed jeggings folded beside a folded white tee (styling); no person.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-033",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. The pants are with "
            "denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "unsupported"),
        Q.garment_type("pants"),
        color_of("jeggings", "denim", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        gender=W,
        title="Kraus Jeans Women Plus Size Blue Washed Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: mustard kurta, navy ethnic-motif print, 3/4 sleeves (forearms bare), round neck, navy palazzos.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-034",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing"),
        Q.color("", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton"),
        gender=W,
        title="Libas Plus Women Plus Size Mustard Yellow Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # Photo: navy churidar leggings ruched at the ankle, under a long white printed kurta (styling), no jewellery.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-035",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.material("cotton"),
        gender=W,
        title="Go Colors Women Plus Size Navy Blue Solid Churidar Leggings",
        category="Leggings",
        color="Navy Blue",
    ),
    # Photo: white cotton tunic with all-over schiffli (eyelet) embroidery, hip length, short sleeves, V-neck, blue
    # jeans, white sandals. Caption: epoch-3 adapter; answers: squad2 QA over that caption ("white" right by luck).
    case(
        "X1290-036",
        caption(
            "The lady is wearing a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady wears a white "
            "shoes. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse with pure color patterns"),
        Q.garment_type("blouse"),
        Q.color("white"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Instafab Plus Women Plus Size White Schiffli Embroidered Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: teal maternity maxi dress, sleeveless, square neck, smocked bodice, pregnant model, plain backdrop.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-037",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a square neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        D.details("square neckline"),
        gender=W,
        title="Momsoon Women Teal Maternity Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: peach straight kurta, 3/4 sleeves, mandarin collar with button placket, white trousers, a watch.
    # Caption: epoch-3 adapter, ends clean (padding after the last full stop); answers: squad2 QA over that caption.
    case(
        "X1290-038",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and pure color patterns. It has a stand-up collar. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium sleeves"),
        Q.material("cotton"),
        D.details("It has a stand-up collar"),
        gender=W,
        title="W Women Plus Size Peach Solid Straight Kurta",
        category="Kurtas",
        color="Peach",
    ),
    # Photo: black rayon peplum top with red roses, short sleeves, round neck, blue jeans.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-039",
        caption(
            "The lady is wearing a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        D.description("a long", "cut"),
        gender=W,
        title="Qurvii+ Women Plus Size Black Floral Print Peplum Top",
        category="Tops",
        color="Black",
    ),
    # Photo: pink floral kurta and matching pink palazzos, 3/4 sleeves, round neck, gold bangle.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-040",
        caption(
            "The person is wearing a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The person wears a long pants. The pants are with cotton fabric and floral "
            "patterns. There is an accessory on his wrist",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("", "non_answer"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        D.details("round neckline"),
        gender=W,
        title="Biba Women Plus Size Pink Floral Print Kurta with Palazzos",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: black high-rise jeggings, maroon shirt-style top with 3/4 sleeves and a V-neck, plain backdrop.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-041",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a V-shape neckline. The lady wears a black leggings. The leggings are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("leggings"),
        color_of("jeggings", "black"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender=W,
        title="Sztori Women Plus Size Black High-Rise Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: blue-and-white gingham A-line dress, short sleeves, round neck, knee length, a thin bangle.
    # Caption: epoch-3 adapter, ends clean (padding after the last full stop); answers: squad2 QA over that caption.
    case(
        "X1290-042",
        caption(
            "The lady is wearing a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of medium length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        D.description("short-sleeve dress with lattice patterns"),
        gender=W,
        title="Amydus Women Plus Size Blue & White Checked A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: side view, navy maternity kurta with white polka dots, long sleeves, round neck, nursing zips, white
    # churidar, bangle, bare head. Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-043",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her wrist. This lady wears a hat",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "unsupported"),
        Q.garment_type("upper clothing"),
        Q.color("", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Mom For Sure By Ketki Dalal Women Navy Blue Polka Dot Maternity Kurta",
        color="Navy Blue",
    ),
    # Photo: rust longline tunic with roll-tab long sleeves, V-neck with half placket, side slits, black leggings.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-044",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. It has a V-shape neckline. The lady "
            "wears a black leggings. The leggings are with cotton fabric and pure color "
            "patterns. The leggings are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="Pluss Women Plus Size Rust Orange Solid Longline Tunic",
        category="Tunics",
        color="Rust",
    ),
    # Photo: grey melange maternity tee, short sleeves, round neck, navy track pants, pregnant model.
    # Caption: epoch-3 adapter; answers: squad2 QA over that caption.
    case(
        "X1290-045",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. It has a round neckline. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeve", "restated"),
        Q.material("cotton"),
        gender=W,
        title="Momsoon Women Grey Melange Maternity T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
]
