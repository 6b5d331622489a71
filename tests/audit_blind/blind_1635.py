"""BLIND_1635 (45 products; Myntra women's party and evening wear): written blind in the sixty-seventh session. Measured
blind at 0f3a531 (the session's first rules): 77/82 failures found (93.9%) and 26/202 correct texts flagged (12.9%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and shift dresses, satin slip and wrap
dresses, velvet and tulle gowns, crop tops and corset tops worn with skirts or trousers, co-ord sets, a jumpsuit or
two, a sequinned blazer, a shrug, metallic skirts. Catalog shots: a model on a plain backdrop wearing the product with
other clothes, a clutch in hand now and then, one back view, one flat lay. Columns as Myntra has them: title,
category (the article type: Dresses, Tops, Skirts, Co-Ords, Jumpsuit, Blazers, Shrug), color (the base colour),
gender; the feed leaves one out here and there.
Who wrote what: every caption is from the epoch-2 caption adapter (DeepFashion template: "The lady is wearing a
sleeveless dress with pure color patterns. The dress is with other fabric..." -- no hue names, patterns and fabrics
from the DeepFashion vocabulary, neckline words like suspenders / v-shape / lapel / standing); every answer is from the
VQA adapter (short answers, usually one to six words, biased to "yes" and to "dress", and, with no end-of-answer
token trained, now and then running on into a loop or into a new "Question: ... Answer:" turn until the 30-token
limit).
Labeling conventions and judgement calls: I judged each text against the photo I imagined and the title. One label
per text, the one that matters most: a caption cut mid-sentence at the limit is labeled cut even if it also says
"cotton"; an answer that runs on into "Question: ... Answer:" is labeled leak even though it also repeats. A fabric
the title names (satin, velvet, organza) contradicted by a text is a contradiction; a fabric or detail the title does
not name and the photo does not show (silk for polyester satin, cotton for a sequinned knit, a zip on a front shot,
trousers on a flat lay) is unsupported. A color taken from another garment in the shot (the skirt under a crop top,
the blazer over a slip dress, the jeans under a blazer) is other_garment_color; a color from a clutch, or a wrong hue
of the product itself (black for navy velvet, white for blush tulle, gold for olive or beige shine, gold for a black
dress with a gold print), is a contradiction. Near-synonyms the photo supports are correct: blue for navy, teal or
royal blue; maroon for burgundy; purple for lavender or lilac; pink for rose gold sequins; white for ivory. For a
co-ord set, naming one of its pieces ("shirt", "top") is correct, "dress" is not. A caption that describes a
one-piece as a top and a skirt or trousers, or a shrug as a dress, is a contradiction. An answer that is a color to
the material question, or yes/no to a pattern or sleeve question, says nothing and is a non_answer; "the dress is a
dress" and "the top is a top" are restated. Two captions (015, 041) ran to the 50-token limit yet read complete: the
adapter learned to emit padding after the caption (padding was in the loss), the pads decode to nothing, and I kept
them hit_limit=True and correct because the text itself is whole and right. Many answers here are simply right;
wrong ones cluster on crop tops and blazers (the other garment's color) and on one-pieces and layers (garment kind).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1635 = [
    # Black sequinned mini bodycon, spaghetti straps, black heels, grey backdrop, front view.
    # caption: caption adapter; answers: VQA adapter. All correct.
    case(
        "X1635-001",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a pair of high heels."
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("sequin"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequin"),
        gender="Women",
        title="DressBerry Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Gold sequinned sheath, V-neck, long sleeves, model holds a small black clutch, beige backdrop.
    # caption: caption adapter (ran to the limit, cut); answers: VQA adapter.
    case(
        "X1635-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a pair of shoes. There is an accessory in her hand. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold"),
        is_a("dress", "yes"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "gold sequin dress with long sleeves and a v neck, the dress is fitted at the waist and the sleeves are "
            "sheer and the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "sequin"),
        gender="Women",
        title="Athena Women Gold-Toned Embellished Sheath Dress",
        category="Dresses",
        color="Gold",
    ),
    # Silver sequinned strappy crop top (the product) worn with black high-waist trousers.
    # caption: caption adapter (cut); answers: VQA adapter (closed color takes the trousers; cotton invented).
    case(
        "X1635-003",
        caption(
            "The lady is wearing a tank tank shirt with no sleeves and graphic patterns. The tank top is with other "
            "fabric. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.color("black", "other_garment_color"),
        wearing("a silver top and black pants"),
        Q.sleeve_length("sleeveless"),
        is_a("crop top", "yes"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Maroon satin wrap maxi, full sleeves, tie at the waist, V-neck.
    # caption: caption adapter (calls the satin chiffon); answers: VQA adapter; the description loops.
    case(
        "X1635-004",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The dress is long.",
            "contradiction",
        ),
        Q.color("maroon"),
        Q.material("satin"),
        Q.pattern("solid"),
        details("dress", "tie at the waist"),
        describe(
            "dress",
            "maroon dress with a v neck and a v neck and a v neck and a v neck and a v neck and a v",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Maroon Satin Wrap Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Navy sequinned one-shoulder fishtail maxi dress, dark blue backdrop.
    # caption: caption adapter, which splits the gown into a tank top and a long skirt; answers: VQA adapter.
    case(
        "X1635-005",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "The lady wears a long skirt. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "contradiction",
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        is_a("gown", "yes"),
        wearing("a blue dress", who="the woman"),
        gender="Women",
        title="U&F Women Navy Blue Embellished One-Shoulder Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Black long-sleeve mini bodycon with horizontal gold sequin stripes (polyester knit).
    # caption: caption adapter (invents cotton); answers: VQA adapter; the yes/no answer never stops.
    case(
        "X1635-006",
        caption(
            "The lady is wearing a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is short.",
            "unsupported",
        ),
        Q.color("black"),
        Q.pattern("striped"),
        Q.material("polyester"),
        describe("dress", "black and gold striped dress"),
        wearing("a black dress"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Miss Chase Women Black & Gold-Toned Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Pink layered tulle fit-and-flare mini with puff sleeves and ruffled hem.
    # caption: caption adapter (chiffon is its closest word for sheer tulle); answers: VQA adapter ("yes" to skirt).
    case(
        "X1635-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is short."
        ),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        details("dress", "ruffles"),
        Q.material("tulle"),
        Q.garment_type("dress"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        title="Zima Leto Women Pink Ruffled Tulle Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Co-ord set: black sequinned sleeveless crop top and matching black sequinned midi skirt with a slit.
    # caption: caption adapter (cut); answers: VQA adapter, which calls the set a dress.
    case(
        "X1635-008",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "The lady wears a long skirt. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("black"),
        wearing("a black top and a black skirt"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Kassually Women Black Sequinned Crop Top with Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # Emerald green satin cowl-neck slip midi dress, thin straps (polyester satin).
    # caption: caption adapter; answers: VQA adapter (silk is invented; the description runs to the limit).
    case(
        "X1635-009",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline."
        ),
        Q.color("green"),
        Q.material("silk", "unsupported"),
        describe(
            "dress",
            "green satin slip dress with a cowl neck and thin straps, the dress is midi length and it is fitted at the "
            "waist and the",
            "cut",
            hit_limit=True,
        ),
        details("dress", "cowl neck"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Forever New Women Emerald Green Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Green",
    ),
    # Black top with sheer mesh long sleeves with small studs, worn with white straight jeans.
    # caption: caption adapter; answers: VQA adapter (closed color takes the jeans; details runs into a new turn).
    case(
        "X1635-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        color_of("top", "black", kind="open"),
        Q.sleeve_length("long sleeves"),
        details(
            "top",
            "mesh sleeves Question: What is the color of the top? Answer: black Question: What are the top details? "
            "Answer: mesh",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Black Embellished Mesh Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Red off-shoulder bodycon midi with full sleeves (cotton-blend knit); no collar of any kind.
    # caption: caption adapter (invents a lapel neckline); answers: VQA adapter. Answers all correct.
    case(
        "X1635-011",
        caption(
            "This woman is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a lapel neckline. The dress is long.",
            "unsupported",
        ),
        Q.color("red"),
        Q.garment_type("dress"),
        wearing("she is wearing a red dress", who="the woman"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        gender="Women",
        title="Vero Moda Women Red Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Lavender sequinned corset-style crop top, square neck, worn with a white satin midi skirt; a bouquet prop.
    # caption: caption adapter (cut); answers: VQA adapter ("yes" to the skirt question).
    case(
        "X1635-012",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a square neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.garment_type("top"),
        is_a("skirt", "yes", "contradiction"),
        wearing("a purple top and a white skirt"),
        Q.material("sequins"),
        gender="Women",
        title="Sera Women Lavender Sequinned Corset Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Burgundy net gown with sequin work, sheer full sleeves, round neck, flared floor-length skirt.
    # caption: caption adapter, which starts over and repeats itself; answers: VQA adapter (wearing runs on).
    case(
        "X1635-013",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is long. The lady is wearing a long-sleeve dress with pure color "
            "patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        Q.color("maroon"),
        Q.garment_type("gown"),
        Q.material("net"),
        details("dress", "sequin work"),
        describe("dress", "a maroon dress with long sleeves"),
        wearing(
            "a maroon gown Question: What is the person wearing? Answer: a maroon gown Question: What is the person",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Ira Soleil Women Burgundy Embellished Net Maxi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Black halter wide-leg jumpsuit with a thin gold belt.
    # caption: caption adapter (reads the one-piece as a tank top and trousers); answers: VQA adapter.
    case(
        "X1635-014",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The lady wears a long trousers. The "
            "trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        is_a("jumpsuit", "yes"),
        details("jumpsuit", "gold belt"),
        Q.sleeve_length("sleeveless"),
        Q.material("black", "non_answer"),
        gender="Women",
        title="Harpa Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Rose gold sequinned shift dress with short flutter sleeves, round neck; the sequins read pink in the shot.
    # caption: caption adapter (complete text; padding filled the rest of the 50 tokens); answers: VQA adapter.
    case(
        "X1635-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is short.",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("sequin"),
        Q.sleeve_length("short sleeves"),
        wearing("he is wearing a pink dress", "pronoun"),
        is_a("dress", "yes"),
        gender="Women",
        title="Mast & Harbour Women Rose Gold Sequinned Shift Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Navy velvet bodycon mini, long sleeves, square neck; under studio light the navy looks near black.
    # caption: caption adapter (cotton for the velvet); answers: VQA adapter (black for navy).
    case(
        "X1635-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is short.",
            "contradiction",
        ),
        Q.color("black", "contradiction"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("dress"),
        details("dress", "zip at the back", "unsupported"),
        gender="Women",
        title="ONLY Women Navy Blue Velvet Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Gold foil pleated midi skirt (the product) worn with a black long-sleeve fitted bodysuit.
    # caption: caption adapter; answers: VQA adapter (the open skirt color takes the bodysuit; details loops).
    case(
        "X1635-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("gold"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.pattern("pleated"),
        details(
            "skirt",
            "pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated "
            "pleated pleated",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Style Quotient Women Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Black floral lace midi bodycon over a nude lining, cap sleeves, round neck.
    # caption: caption adapter; answers: VQA adapter (sleeveless for the cap sleeves).
    case(
        "X1635-018",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with other fabric. It has a "
            "round neckline."
        ),
        Q.color("black"),
        Q.pattern("lace"),
        Q.material("lace"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        gender="Women",
        title="Lulu & Sky Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Teal satin one-shoulder ruched mini dress.
    # caption: caption adapter; answers: VQA adapter (cotton against the title's satin; the description says nothing).
    case(
        "X1635-019",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress is short."
        ),
        Q.color("blue"),
        Q.garment_type("dress"),
        details("dress", "ruched"),
        Q.material("cotton", "contradiction"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Women",
        title="Berrylush Women Teal Satin Ruched One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Teal",
    ),
    # Black tuxedo blazer dress with sequinned lapels, sheer black tights; the model has a short bob.
    # caption: caption adapter (takes her for a gentleman); answers: VQA adapter. Answers all correct.
    case(
        "X1635-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline.",
            "pronoun",
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        details("dress", "sequin lapels"),
        wearing("a black blazer", who="the woman"),
        gender="Women",
        title="Label Ritu Kumar Women Black Sequinned Tuxedo Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # Back view: silver sequinned long-sleeve mini with an open back; the model faces away.
    # caption: caption adapter (cut); answers: VQA adapter ("yes" to the top question).
    case(
        "X1635-021",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. The "
            "dress is short. This lady wears a pair of shoes. There is an accessory on her wrist. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("silver"),
        Q.garment_type("dress"),
        details("dress", "open back"),
        Q.sleeve_length("long sleeves"),
        wearing("a silver dress"),
        is_a("top", "yes", "contradiction"),
        gender="Women",
        title="DressBerry Women Silver-Toned Sequinned Backless Bodycon Dress",
        category="Dresses",
        color="Silver",
    ),
    # Black sheer organza ruffle top with balloon sleeves over a black camisole, tucked into a black leather mini.
    # caption: caption adapter; answers: VQA adapter (the material answer is the skirt's).
    case(
        "X1635-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a short skirt. The skirt is with leather fabric and pure color patterns."
        ),
        Q.color("black"),
        Q.garment_type("blouse"),
        Q.material("leather", "contradiction"),
        details("top", "ruffles on the sleeves"),
        is_a("top", "yes"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Rare Women Black Ruffled Organza Top",
        category="Tops",
        color="Black",
    ),
    # Blush pink tulle gown, sequinned sweetheart bodice, sleeveless; the blush reads almost white on the backdrop.
    # caption: caption adapter (cut); answers: VQA adapter (white for blush; the description loops). No gender column.
    case(
        "X1635-023",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is long. This lady wears a pair of shoes. There is an accessory on her "
            "wrist. This",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "contradiction"),
        Q.garment_type("gown"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a pink dress with a sweetheart neckline and a sweetheart neckline and a sweetheart neckline and a "
            "sweetheart",
            "loop",
            hit_limit=True,
        ),
        details("dress", "sequin bodice"),
        title="Forever New Women Blush Pink Embellished Tulle Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Flat lay: black satin cowl-neck cami top on white; no person, nothing else in the shot.
    # caption: caption adapter (a lady and trousers that are not there); answers: VQA adapter ("yes" to dress).
    case(
        "X1635-024",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline. The lady wears a long trousers.",
            "unsupported",
        ),
        Q.garment_type("top"),
        Q.color("black"),
        wearing("a black top"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        gender="Women",
        title="Tokyo Talkies Women Black Satin Cowl Neck Top",
        category="Tops",
        color="Black",
    ),
    # Olive sequinned long-sleeve wrap mini; the sequins catch the light gold in places.
    # caption: caption adapter; answers: VQA adapter (closed color says gold, the open one says green).
    case(
        "X1635-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is short."
        ),
        Q.color("gold", "contradiction"),
        color_of("dress", "green", kind="open"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        describe("dress", "green sequin dress with long sleeves"),
        gender="Women",
        title="U&F Women Olive Green Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Olive",
    ),
    # Magenta pleated satin midi skirt (the product) worn with a white fitted crop tee.
    # caption: caption adapter (cut); answers: VQA adapter (closed color takes the tee's white).
    case(
        "X1635-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        wearing("a white shirt and a pink skirt"),
        Q.pattern("solid"),
        details("skirt", "pleats"),
        gender="Women",
        title="SASSAFRAS Women Magenta Pleated Satin Midi Skirt",
        category="Skirts",
        color="Magenta",
    ),
    # Black one-shoulder bodycon mini with a feather trim at the hem. All correct.
    # caption: caption adapter; answers: VQA adapter.
    case(
        "X1635-027",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress is short. This lady wears a pair of shoes."
        ),
        details("dress", "feathers"),
        Q.material("feathers"),
        Q.color("black"),
        is_a("dress", "yes"),
        wearing("a black dress with feathers"),
        gender="Women",
        title="Athena Women Black Feather Detail One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Co-ord set: beige (champagne) satin long-sleeve shirt and matching wide-leg trousers; the satin shines.
    # caption: caption adapter (cut); answers: VQA adapter (gold for the beige shine).
    case(
        "X1635-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with other",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("gold", "contradiction"),
        Q.material("satin"),
        Q.sleeve_length("long sleeves"),
        wearing("a shirt and pants"),
        gender="Women",
        title="Kazo Women Beige Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Beige",
    ),
    # Black sequinned fringe (flapper) mini dress, spaghetti straps, black heels.
    # caption: caption adapter; answers: VQA adapter (details loops; "yes" to the material question).
    case(
        "X1635-029",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is short. This lady wears a pair of shoes."
        ),
        details(
            "dress",
            "fringes fringes fringes fringes fringes fringes fringes fringes fringes fringes fringes fringes fringes "
            "fringes fringes",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("sequin"),
        Q.sleeve_length("sleeveless"),
        Q.material("yes", "non_answer"),
        gender="Women",
        title="Zima Leto Women Black Sequinned Fringed Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Red sequinned sheath midi, cap sleeves; the model holds a gold metallic clutch at her hip.
    # caption: caption adapter (cut); answers: VQA adapter (closed color takes the clutch).
    case(
        "X1635-030",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is long. There is an accessory in her hand. This lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold", "contradiction"),
        Q.garment_type("dress"),
        wearing("a red dress and a gold clutch"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        gender="Women",
        title="Martini Women Red Sequinned Sheath Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Purple satin party shirt, full sleeves, buttons, tucked into black skinny jeans (polyester satin).
    # caption: caption adapter; answers: VQA adapter (silk invented; the yes/no runs into new turns).
    case(
        "X1635-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "purple", kind="open"),
        Q.color("purple"),
        Q.material("silk", "unsupported"),
        details("shirt", "buttons"),
        Q.sleeve_length("long sleeves"),
        is_a(
            "shirt",
            "yes Question: Is this a shirt? Answer: yes Question: Is this a shirt? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Purple Satin Shirt Style Party Top",
        category="Tops",
        color="Purple",
    ),
    # Back view: black sleeveless maxi with an open back and a tie at the nape; the model faces away.
    # caption: caption adapter; answers: VQA adapter (short sleeves for a sleeveless dress).
    case(
        "X1635-032",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress is long."
        ),
        details("dress", "backless"),
        Q.color("black"),
        Q.garment_type("dress"),
        wearing("a black dress"),
        describe("dress", "a long black dress with an open back"),
        Q.sleeve_length("short sleeves", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black Backless Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Yellow sequinned tube crop top (the product) with white wide-leg trousers.
    # caption: caption adapter (cut); answers: VQA adapter (the pattern answer runs into a new turn).
    case(
        "X1635-033",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.garment_type("top"),
        is_a("crop top", "yes"),
        Q.pattern(
            "sequin Question: What is the pattern of the garment? Answer: sequin Question: What is the pattern of",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Sera Women Yellow Sequinned Tube Crop Top",
        category="Tops",
        color="Yellow",
    ),
    # Bottle green velvet maxi, long sleeves, V-neck, thigh-high slit.
    # caption: caption adapter (starts over, loops to the limit); answers: VQA adapter.
    case(
        "X1635-034",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a v-shape neckline. The dress is long. The lady is wearing a long-sleeve dress with pure color patterns. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.material("velvet"),
        details("dress", "slit"),
        wearing("a green dress"),
        gender="Women",
        title="SHAYE Women Green Velvet Maxi Dress with Slit",
        category="Dresses",
        color="Green",
    ),
    # Black sheer sequinned long-sleeve shrug (the product) over a black satin slip dress.
    # caption: caption adapter (sees a dress); answers: VQA adapter (dress, and "no" to the shrug question).
    case(
        "X1635-035",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline.",
            "contradiction",
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("black"),
        is_a("shrug", "no", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("sequins"),
        gender="Women",
        title="Style Quotient Women Black Sheer Sequinned Shrug",
        category="Shrug",
        color="Black",
    ),
    # Red satin midi slip dress with an oversized black blazer draped on the shoulders (styling).
    # caption: caption adapter (a shirt and a skirt); answers: VQA adapter (closed color takes the blazer).
    case(
        "X1635-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long skirt.",
            "contradiction",
        ),
        Q.color("black", "other_garment_color"),
        color_of("dress", "red", kind="open"),
        Q.garment_type("dress"),
        Q.material("satin"),
        wearing("a black jacket and a red dress", who="the woman"),
        Q.sleeve_length("dress", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Red Satin Midi Slip Dress",
        category="Dresses",
        color="Red",
    ),
    # Co-ord set: black crop top with silver sequin stripes and black palazzos. The feed has no color column here.
    # caption: caption adapter (cut); answers: VQA adapter (the wearing answer loops on black).
    case(
        "X1635-037",
        caption(
            "The lady is wearing a sleeveless tank top with striped patterns. The tank top is with other fabric. The "
            "lady wears a long trousers. The trousers are with other fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.color("black"),
        Q.pattern("striped"),
        wearing(
            "a black and silver top with black black black black black black black black black black black black "
            "black black black",
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "no"),
        gender="Women",
        title="Kassually Women Black & Silver Striped Sequinned Crop Top with Palazzos",
        category="Co-Ords",
    ),
    # Hot pink sequinned blazer (the product) over a white tee with light blue jeans.
    # caption: caption adapter (cut); answers: VQA adapter (closed color takes the jeans).
    case(
        "X1635-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("blue", "other_garment_color"),
        color_of("blazer", "pink", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("blazer", "buttons"),
        is_a("blazer", "yes"),
        gender="Women",
        title="ONLY Women Pink Sequinned Single-Breasted Blazer",
        category="Blazers",
        color="Pink",
    ),
    # Burgundy satin wide-leg jumpsuit, cowl neck, self belt; standing, the wide legs fall like a skirt.
    # caption: caption adapter (a long dress); answers: VQA adapter ("yes" to the dress question, a maroon dress).
    case(
        "X1635-039",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is long.",
            "contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("maroon"),
        is_a("dress", "yes", "contradiction"),
        Q.material("satin"),
        details("jumpsuit", "belt"),
        wearing("a maroon dress", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Burgundy Satin Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Burgundy",
    ),
    # Ivory crepe sheath midi, long sleeves, pearl and bead embellishment around the neckline.
    # caption: caption adapter; answers: VQA adapter (the description loops).
    case(
        "X1635-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is long."
        ),
        Q.color("white"),
        details("dress", "pearls on the neckline"),
        Q.material("polyester"),
        describe(
            "dress",
            "the dress is white and the dress is white and the dress is white and the dress is white and the",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress"),
        gender="Women",
        title="Label Ritu Kumar Women Off White Embellished Sheath Dress",
        category="Dresses",
        color="Off White",
    ),
    # Silver metallic faux-leather A-line mini skirt (the product) with a black turtleneck sweater and black boots.
    # caption: caption adapter (complete; padding filled the rest of the 50 tokens); answers: VQA adapter.
    case(
        "X1635-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a short skirt. The skirt is with leather fabric.",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("black", "other_garment_color"),
        color_of("skirt", "silver", kind="open"),
        is_a("skirt", "yes"),
        wearing("a black sweater and a silver skirt"),
        gender="Women",
        title="Tokyo Talkies Women Silver-Toned Metallic A-Line Mini Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Lilac mini dress with puff sleeves and rhinestone buttons down the front. The feed has no category here.
    # caption: caption adapter; answers: VQA adapter (he for the model; "no" to the pattern question).
    case(
        "X1635-042",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. The dress "
            "is short."
        ),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        details("dress", "puff sleeves"),
        wearing("he is wearing a purple dress", "pronoun", who="the woman"),
        Q.pattern("no", "non_answer"),
        gender="Women",
        title="Forever New Women Lavender Embellished Puff Sleeve Mini Dress",
        color="Lavender",
    ),
    # Black long-sleeve bodycon with a gold foil geometric print over about a third of it.
    # caption: caption adapter; answers: VQA adapter (gold from the print for a black dress).
    case(
        "X1635-043",
        caption(
            "The lady is wearing a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline."
        ),
        Q.pattern("geometric"),
        Q.color("gold", "contradiction"),
        Q.material("polyester"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("dress"),
        gender="Women",
        title="U&F Women Black & Gold-Toned Foil Printed Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Black satin strapless corset top with boning (the product) with blue jeans; a white handbag on her arm.
    # caption: caption adapter (cut); answers: VQA adapter (denim from the jeans; the details say nothing).
    case(
        "X1635-044",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns. The tank top is with other fabric. "
            "The lady wears a long pants. The pants are with denim fabric and pure color patterns. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("corset"),
        Q.color("black"),
        details("top", "the top is a top", "restated"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black Solid Corset Top",
        category="Tops",
        color="Black",
    ),
    # Royal blue sequinned sleeveless maxi with a side slit, V-neck. The feed has no gender column here.
    # caption: caption adapter (cut); answers: VQA adapter (description is just "dress"; a color for the material).
    case(
        "X1635-045",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is long. There is an accessory on her wrist. This lady wears a ring on her "
            "finger. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.garment_type("dress"),
        is_a("dress", "yes"),
        wearing("a blue dress"),
        describe("dress", "dress", "non_answer"),
        Q.material("blue", "non_answer"),
        title="Athena Women Blue Sequinned Bodycon Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
]
