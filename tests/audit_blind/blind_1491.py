"""BLIND_1491 (45 products; Myntra women's party and evening wear): written blind in the sixty-fifth session. Measured
blind at eb96f22 (the session's fourth rules): 83/92 failures found (90.2%) and 20/199 correct texts flagged (10.1%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and maxi dresses, satin slip dresses,
velvet and tulle gowns, sequinned and satin crop tops, party skirts, crop-top-and-skirt co-ords, two jumpsuits, a
shrug and a sequinned blazer. Catalog columns as the feed has them: title, category (Myntra article type: Dresses,
Tops, Skirts, Co-Ords, Clothing Set, Jumpsuit, Shrug, Blazers), color (Myntra base colour, e.g. Navy Blue, Rose Gold,
Maroon, Fuchsia, Copper) and gender; a few rows miss gender or color, as feeds do. Photos are the usual studio
shots: a model on a plain backdrop wearing the product with other clothes (black trousers under a crop top, a
bodysuit over a skirt, a slip dress under the shrug), a few flat lays, two back views, props (a clutch, a chair).
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion-MultiModal template: "The lady wears a
sleeveless dress with pure color patterns. The dress is with other fabric..."; no hue names, fabric from the
template's closed list). Every answer is the VQA adapter (1 epoch), greedy, prompt "Question: ... Answer:", 30 new
tokens; captions 50 new tokens. No end-of-answer token was trained, but the base model's newline survives the light
LoRA often enough that short answers ("black", "yes", "sleeveless") usually stop cleanly; longer open answers and
most captions run on: loops, the next "Question: ... Answer:" turn leaking in, or a cut at the limit.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and the
title. A caption or answer that runs to the limit mid-sentence is `cut` with hit_limit=True, even when an invented
accessory or a zip no one can see sits inside it; but a pronoun error, a wrong garment kind, or a loop in such a text
takes the label instead (still hit_limit=True). A loop (the same phrase three or more times) is `loop`; a loop that
repeats the prompt format is `leak`. Near-hues I accept as right: silver sequins answered "grey", rose gold "pink",
champagne "gold", wine "red", teal "blue", copper "brown". An incomplete but true answer ("dress" to "What is the person
wearing?", "rompers jumpsuits") is right. A color given to "What is the color of the garment?" or to "What is the color
of the skirt?" that belongs to the other worn garment is `other_garment_color`; a color taken from a clutch or from the
print on a dress is `contradiction` (not a garment). A color answered to the pattern or material question, "fabric" for
the material, an empty answer, or just the garment's name to a details question is `non_answer`; "the dress is a
dress"-style echoes are `restated`. Wrong yes/no to "Is this a ...?", a template that splits a jumpsuit into "tank top"
and "trousers", "suit" for a jumpsuit are `contradiction`. Fabric the photo cannot support (cotton for a stretch
bodycon, silk for polyester satin, a necklace that is beading on the dress) is `unsupported`. The template's "pure color
patterns" and "other fabric" for sequins I accept; "the lady wears" over a flat lay I accept. Many rows are fully right:
the adapter is fine on colors of one-piece outfits and on sleeves.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1491 = [
    # Photo: model on a grey backdrop in a black sequinned sleeveless bodycon mini with a V-neck and thin straps,
    # silver strappy heels, a thin silver bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1491-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and it has a "
            "V-shape neckline. The lower clothing is of medium short length. There is an accessory on her wrist. "
            "This lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a black sequin dress and silver heels and a silver bracelet and a silver ring and a silver necklace and "
            "a silver",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has a v neckline and a slit on the side of the dress and a slit on the side of the dress and "
            "a slit on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Black Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a navy floor-length maxi covered in self-coloured navy sequins, full sleeves, round neck,
    # plain white backdrop. Caption: caption adapter (stopped on its own); answers: VQA adapter.
    case(
        "X1491-002",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a round neckline. The lower clothing is of long length."
        ),
        wearing("a navy blue sequin gown"),
        color_of("dress", "navy"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.material("fabric", "non_answer"),
        describe("dress", "a long navy blue dress with long sleeves and a round neck"),
        gender="Women",
        title="Athena Women Navy Blue Sequinned Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model in a rose-gold sequinned one-shoulder mini dress, holding a small white clutch in her right hand.
    # Caption: caption adapter (loops on the clutch); answers: VQA adapter ("white" is the clutch).
    case(
        "X1491-003",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The lower "
            "clothing is of medium short length. There is an accessory in her hand. There is an accessory in her "
            "hand. There is an accessory in her hand. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Women",
        title="DressBerry Women Rose Gold Sequinned One-Shoulder Sheath Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Photo: model in a silver sequinned strappy cropped camisole over black high-waist trousers, grey backdrop.
    # Caption: caption adapter; answers: VQA adapter ("black" for the garment is the trousers).
    case(
        "X1491-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "neckline of the tank top is suspenders. The lady wears a long trousers. The trousers are with cotton "
            "fabric and solid color patterns. The clothing",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and black pants"),
        color_of("top", "grey"),
        is_a("crop top", "no", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("polyester"),
        gender="Women",
        title="URBANIC Women Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Photo: model in an emerald green satin cowl-neck slip midi with spaghetti straps, gold hoop earrings, no
    # necklace. Caption: caption adapter (invents a neck accessory); answers: VQA adapter.
    case(
        "X1491-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of the dress is suspenders. The lower clothing is of long length. There is an accessory on her "
            "neck.",
            "unsupported",
        ),
        wearing("a green satin dress"),
        color_of("dress", "green"),
        Q.material("satin"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a cowl neck and thin straps that cross at the back and a slit on the side and the hem is "
            "cut on the bias and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Emerald Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model in a maroon velvet full-sleeved maxi with a sweetheart neck and gold embroidery over the bodice,
    # beige backdrop, nothing worn over it. Caption: caption adapter (invents an outer layer); answers: VQA adapter.
    case(
        "X1491-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. The lady also wears an outer clothing, with "
            "cotton fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a maroon gown"),
        color_of("dress", "burgundy"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("velvet"),
        details("dress", "gold embroidery on the bodice"),
        gender="Women",
        title="Label Ritu Kumar Women Maroon Embellished Velvet Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: back view only: black sequinned sleeveless maxi with an open back and criss-cross straps; hands at the
    # sides, no rings visible. Caption: caption adapter (neckline and ring invented); answers: VQA adapter.
    case(
        "X1491-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lower clothing is of long length. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a black dress"),
        details("dress", "open back with criss cross straps"),
        is_a("dress", "yes"),
        color_of(
            "dress",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Mast & Harbour Women Black Backless Sequinned Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a lavender satin co-ord: cropped top with short puff sleeves and a square neck, matching midi
    # skirt with a side slit. Caption: caption adapter; answers: VQA adapter (calls the set a dress).
    case(
        "X1491-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and it has a square neckline. The skirt is with chiffon fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and a purple skirt"),
        color_of("top", "lavender"),
        color_of("skirt", "purple"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("satin"),
        gender="Women",
        title="Berrylush Women Lavender Satin Crop Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Lavender",
    ),
    # Photo: model in a gold sequinned A-line mini skirt with a black long-sleeved round-neck bodysuit tucked in,
    # a gold cuff on the wrist. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1491-009",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with other fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and gold skirt"),
        color_of("skirt", "gold"),
        Q.color("black", "other_garment_color"),
        is_a("skirt", "yes"),
        details("skirt", "skirt", "non_answer"),
        Q.pattern("sequin"),
        gender="Women",
        title="StyleStone Women Gold-Toned Sequinned A-Line Mini Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: model in a red off-shoulder ruched bodycon mini with long sleeves (polyester-elastane jersey), red lips,
    # white backdrop. Caption: caption adapter (loops); answers: VQA adapter ("cotton" has no support).
    case(
        "X1491-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The lower "
            "clothing is of medium short length. The dress is with cotton fabric. The dress is with cotton fabric. "
            "The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress"),
        color_of("dress", "red"),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        Q.material("cotton", "unsupported"),
        details("dress", "off shoulder neckline and ruching on the side"),
        gender="Women",
        title="Miss Chase Women Red Off-Shoulder Ruched Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model in a teal strapless mermaid gown, sweetheart neckline, sequinned bodice, tulle flare to the floor
    # (no train), white backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1491-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of it is suspenders. The lower clothing is of long length. There is an accessory on her wrist. "
            "There is a ring on her finger. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue gown"),
        color_of("dress", "teal"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "a long blue dress with a sweetheart neckline and a mermaid skirt and a long train and a long train and "
            "a long train and a long train and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zima Leto Women Teal Embellished Strapless Mermaid Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: flat lay on white: black sequinned bralette-style crop top with thin straps. Caption: caption adapter;
    # answers: VQA adapter. Feed row has no gender.
    case(
        "X1491-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "neckline of the tank top is suspenders."
        ),
        wearing("a black bra top"),
        color_of("top", "black"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin sequin",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Sequinned Bralette Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model with a cropped pixie cut in a black long-sleeved tuxedo jumpsuit, satin lapels, self belt at the
    # waist, wide legs. Caption: caption adapter (calls her a gentleman); answers: VQA adapter ("suit").
    case(
        "X1491-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns. There is a belt",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a black suit", "contradiction"),
        color_of("jumpsuit", "black"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("long"),
        details("jumpsuit", "lapel collar, belt at the waist"),
        gender="Women",
        title="Kassually Women Black Solid Tuxedo Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: model in a peach net fit-and-flare midi, short flutter sleeves, round neck, sequin floral embroidery
    # on the bodice, layered tulle skirt, a thin bracelet. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1491-014",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lower clothing is of medium short length. There is an accessory on her wrist. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a peach dress"),
        color_of("dress", "peach"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("net"),
        details("dress", "the dress has a lot of details", "restated"),
        gender="Women",
        title="SIRIKIT Women Peach-Coloured Embellished Net Fit & Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: model in a wine one-shoulder ruffled crop top and matching high-waist ruffled mini skirt, black heels.
    # Caption: caption adapter; answers: VQA adapter ("black" for the skirt is wrong: it is wine, like the top).
    case(
        "X1491-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "chiffon fabric and it has a suspenders neckline. The skirt is with chiffon fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a red top and skirt"),
        color_of("top", "wine"),
        color_of("skirt", "black", "contradiction"),
        is_a(
            "skirt",
            "yes Question: Is this a dress? Answer: no Question: Is this a skirt? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="FabAlley Women Wine Ruffled Crop Top and Skirt Set",
        category="Co-Ords",
        color="Burgundy",
    ),
    # Photo: model in a fuchsia polyester-satin wrap midi, full balloon sleeves, V-neck, tie at the waist, no slit.
    # Caption: caption adapter (stopped); answers: VQA adapter ("silk" unsupported, description cut).
    case(
        "X1491-016",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. The lower clothing is of three-quarter length. There is a belt around her waist."
        ),
        wearing("a pink dress"),
        color_of("dress", "pink"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a pink dress with long sleeves and a v neck and a tie at the waist and a slit on the front of the dress "
            "and a slit on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Antheaa Women Fuchsia Satin Wrap Midi Dress",
        category="Dresses",
        color="Fuchsia",
    ),
    # Photo: model in a black slip dress with a gold shimmer longline open-front shrug, three-quarter sleeves. The
    # product is the shrug. Caption: caption adapter (stopped); answers: VQA adapter ("black" is the dress).
    case(
        "X1491-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lower "
            "clothing is of long length. This lady also wears an outer clothing, with other fabric and pure color "
            "patterns."
        ),
        wearing("a black dress and a gold jacket"),
        Q.color("black", "other_garment_color"),
        is_a("shrug", "no", "contradiction"),
        Q.sleeve_length("three-quarter"),
        Q.material("polyester"),
        gender="Women",
        title="Globus Women Gold-Toned Shimmer Longline Shrug",
        category="Shrug",
        color="Gold",
    ),
    # Photo: model in a navy sequinned long-sleeved wrap mini, silver clutch in hand, a ring. Caption: caption
    # adapter; answers: VQA adapter (yes/no loops).
    case(
        "X1491-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and it has a "
            "V-shape neckline. The lower clothing is of medium short length. There is an accessory in her hand. "
            "There is a ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        color_of("dress", "navy blue"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.pattern("sequin"),
        gender="Women",
        title="Street 9 Women Navy Blue Sequinned Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model in a champagne satin flared maxi skirt with a black strapless corset top, a bangle. Caption:
    # caption adapter (loops on the wrist); answers: VQA adapter ("black" is the top).
    case(
        "X1491-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and solid color patterns. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a black top and a gold skirt"),
        color_of("skirt", "gold"),
        is_a("skirt", "yes"),
        Q.color("black", "other_garment_color"),
        Q.material("satin"),
        details("skirt", "satin, flared, long"),
        gender="Women",
        title="Harpa Women Champagne Satin Flared Maxi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: model in a silver sequinned midi with cap sleeves and a round neck, grey backdrop. Caption: caption
    # adapter (stopped); answers: VQA adapter (color loops, details leak the next turn).
    case(
        "X1491-020",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lower clothing is of three-quarter length."
        ),
        wearing("a silver dress"),
        color_of(
            "dress",
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.material("polyester"),
        details(
            "dress",
            "The dress is made of sequins. Question: What are the dress details? Answer: The dress is made of "
            "sequins. Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Silver-Toned Sequinned Midi Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: model with short slicked hair in a gold sequinned single-breasted blazer over a black round-neck top and
    # black trousers. Caption: caption adapter; answers: VQA adapter ("a man", and "black" is the top).
    case(
        "X1491-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns. This lady also wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        wearing("a man in a gold jacket", "pronoun"),
        color_of("blazer", "gold"),
        is_a("jacket", "yes"),
        Q.sleeve_length("long"),
        Q.color("black", "other_garment_color"),
        gender="Women",
        title="MANGO Women Gold-Toned Sequinned Single-Breasted Blazer",
        category="Blazers",
        color="Gold",
    ),
    # Photo: model in a black floral-lace bodycon mini, sheer long lace sleeves, round neck, lined body (the zip at
    # the back is not in the shot). Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1491-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with other fabric. It has a round "
            "neckline. The lower clothing is of medium short length."
        ),
        wearing("a black lace dress"),
        color_of("dress", "black"),
        Q.pattern("lace"),
        Q.sleeve_length("long"),
        Q.material("lace"),
        details(
            "dress",
            "the dress is made of lace and has long sleeves and a round neckline and a zipper at the back and a "
            "lining and a slip underneath and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Black Lace Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a red sequinned halter-neck crop top with a black satin midi skirt. Caption: caption adapter
    # (stopped); answers: VQA adapter. All right.
    case(
        "X1491-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a red top and a black skirt"),
        color_of("top", "red"),
        is_a("crop top", "yes"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequins"),
        gender="Women",
        title="Cover Story Women Red Sequinned Halter Neck Crop Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model in a purple satin one-shoulder ruched sheath midi with one long puff sleeve. Caption: caption
    # adapter (stopped); answers: VQA adapter (the description only echoes).
    case(
        "X1491-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The lower "
            "clothing is of three-quarter length."
        ),
        wearing("a purple dress"),
        color_of("dress", "purple"),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Women",
        title="Mast & Harbour Women Purple Satin One-Shoulder Sheath Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: model in a black maxi with multicolour (mostly pink) floral sequin work, long sleeves, V-neck. Caption:
    # caption adapter; answers: VQA adapter ("pink" is the flowers, not the dress).
    case(
        "X1491-025",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. There is an accessory on her wrist. This lady "
            "wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a black dress with flowers on it and a black dress with flowers on it and a black dress with flowers "
            "on it and a",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        details("dress", "floral sequins"),
        gender="Women",
        title="Athena Women Black Floral Sequinned Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a bottle-green halter-neck sleeveless wide-leg jumpsuit, no belt. Caption: caption adapter
    # (splits it into tank top and trousers); answers: VQA adapter (material loops).
    case(
        "X1491-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "neckline of the tank top is suspenders. The lady wears a long trousers. The trousers are with chiffon "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("rompers jumpsuits"),
        color_of("jumpsuit", "green"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "the garment is made of a material that is made of a material that is made of a material that is made "
            "of a material that is",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="U&F Women Bottle Green Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Green",
    ),
    # Photo: model in a blush-pink off-shoulder tulle ball gown with ruffled flounce over the upper arms, standing
    # beside a white chair. Caption: caption adapter (loops on the chair); answers: VQA adapter.
    case(
        "X1491-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lower "
            "clothing is of long length. There is a chair. There is a chair. There is a chair. There is a chair. "
            "There is a chair. There is",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a pink dress Question: What is the color of the dress? Answer: pink Question: What is the color of the "
            "dress?",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        Q.sleeve_length("short"),
        details("dress", "off the shoulder, ruffles, tulle"),
        gender="Women",
        title="Kassually Women Pink Off-Shoulder Ruffled Tulle Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: flat lay on white: black sequinned pencil skirt, front. Caption: caption adapter (stopped); answers:
    # VQA adapter. Feed row has no gender.
    case(
        "X1491-028",
        caption("The lady wears a short skirt. The skirt is with other fabric and pure color patterns."),
        wearing("skirt"),
        color_of("skirt", "black"),
        is_a("skirt", "no", "contradiction"),
        details("skirt", "sequins"),
        title="ONLY Women Black Sequinned Pencil Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: model in a black satin sweetheart corset crop top, sleeveless, with white wide-leg trousers. Caption:
    # caption adapter; answers: VQA adapter ("white" for the top is the trousers).
    case(
        "X1491-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and it "
            "has a square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The clothing does not cover the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and white pants"),
        color_of("top", "white", "other_garment_color"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        Q.garment_type("corset"),
        gender="Women",
        title="SASSAFRAS Women Black Satin Corset Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a gold metallic pleated midi skirt with a black long-sleeved turtleneck tucked in, black heels
    # (plain, no buckle). Caption: caption adapter; answers: VQA adapter ("striped" for the pleats).
    case(
        "X1491-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a long skirt. The skirt is with other fabric and striped "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sweater and a gold skirt"),
        color_of("skirt", "gold"),
        is_a("skirt", "yes"),
        Q.pattern("striped", "contradiction"),
        details("skirt", "pleats"),
        describe(
            "skirt",
            "a gold pleated skirt with a black turtleneck sweater tucked into the waistband of the skirt and a pair "
            "of black heels with a gold buckle on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Veni Vidi Vici Women Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: model in a black sleeveless round-neck knee-length sheath with vertical silver sequin stripes.
    # Caption: caption adapter (stopped); answers: VQA adapter ("no" to the dress question is wrong).
    case(
        "X1491-031",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a round "
            "neckline. The lower clothing is of medium short length."
        ),
        wearing("a black and silver dress"),
        color_of("dress", "black-silver"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequin"),
        is_a("dress", "no", "contradiction"),
        describe("dress", "a black dress with silver stripes"),
        gender="Women",
        title="Vero Moda Women Black & Silver-Toned Striped Sequinned Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model with short hair in a maroon velvet square-neck midi with short puff sleeves, no jewellery.
    # Caption: caption adapter ("his"); answers: VQA adapter ("brown" under warm light is wrong).
    case(
        "X1491-032",
        caption(
            "The person wears a short-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "square neckline. The lower clothing is of three-quarter length. There is an accessory on his wrist. "
            "There is a ring on his finger. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a maroon dress"),
        color_of("dress", "brown", "contradiction"),
        Q.sleeve_length("short"),
        Q.material("velvet"),
        is_a("dress", "yes"),
        gender="Women",
        title="RARE Women Maroon Velvet Puff Sleeve Sheath Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: model in a white satin crop top with long puff sleeves and a round neck, and a silver sequinned mini
    # skirt. Caption: caption adapter; answers: VQA adapter (skirt given the top's white; "wearing" leaks).
    case(
        "X1491-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with chiffon "
            "fabric. It has a round neckline. The skirt is with other fabric and pure color patterns. The clothing "
            "does not cover the navel. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a white top and a silver skirt Question: What is the color of the top? Answer: white Question: What is "
            "the color of",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "white"),
        color_of("skirt", "white", "other_garment_color"),
        is_a("dress", "no"),
        Q.sleeve_length("long"),
        Q.material("satin and sequins"),
        gender="Women",
        title="Femella Women White & Silver-Toned Sequinned Crop Top with Skirt",
        category="Clothing Set",
        color="White",
    ),
    # Photo: model in an emerald sequinned spaghetti-strap maxi with a thigh-high slit on the left leg, gold heels,
    # a bracelet and a ring. Caption: caption adapter; answers: VQA adapter (a color for the pattern).
    case(
        "X1491-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "neckline of the dress is suspenders. The lower clothing is of long length. There is an accessory on her "
            "wrist. There is a ring on her finger. There is",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a green dress with a slit on the side and a pair of gold heels and a gold bracelet and a gold ring and a "
            "gold",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        Q.sleeve_length("sleeveless"),
        details("dress", "a high slit on the left leg"),
        is_a("dress", "yes"),
        Q.pattern("green", "non_answer"),
        gender="Women",
        title="Sera Women Emerald Green Sequinned Maxi Dress with Thigh-High Slit",
        category="Dresses",
        color="Green",
    ),
    # Photo: model in a lilac satin cropped top with long puff sleeves and a square neck, with a black faux-leather
    # mini skirt, no belt. Caption: caption adapter (stopped); answers: VQA adapter.
    case(
        "X1491-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with chiffon "
            "fabric. It has a square neckline. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("a purple top and black skirt"),
        color_of("top", "purple"),
        is_a("top", "yes"),
        Q.sleeve_length("short", "contradiction"),
        describe(
            "top",
            "a purple top with puffy sleeves and a square neckline and a black skirt and a black skirt and a black "
            "skirt and a black skirt and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Cover Story Women Lavender Satin Puff Sleeve Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model in a silver sequinned culotte jumpsuit, spaghetti straps, V-neck, wide cropped legs. Caption:
    # caption adapter (calls it a dress); answers: VQA adapter (says yes to both garments).
    case(
        "X1491-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The lower clothing is of three-quarter length. There is an accessory on her wrist. "
            "There is a ring on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a silver jumpsuit"),
        color_of("jumpsuit", "silver"),
        is_a("jumpsuit", "yes"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("metal", "unsupported"),
        details("jumpsuit", "the details of the jumpsuit are the details of the jumpsuit", "restated"),
        gender="Women",
        title="StyleStone Women Silver-Toned Sequinned Culotte Jumpsuit",
        category="Jumpsuit",
        color="Silver",
    ),
    # Photo: back view: model in a red sequinned long-sleeved cold-shoulder top (closed back, shoulder cut-outs
    # visible) with black trousers. Caption: caption adapter; answers: VQA adapter (invents an open back).
    case(
        "X1491-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and black pants"),
        color_of("top", "red"),
        is_a("top", "yes"),
        Q.sleeve_length("long"),
        details("top", "the back of the top is open", "unsupported"),
        gender="Women",
        title="Mast & Harbour Women Red Sequinned Cold-Shoulder Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model in a royal blue sequinned round-neck maxi with sheer chiffon cape sleeves falling to the wrist.
    # Caption: caption adapter (stopped); answers: VQA adapter. All right.
    case(
        "X1491-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lower clothing is of long length. This lady also wears an outer clothing, with "
            "chiffon fabric and pure color patterns."
        ),
        wearing("a blue dress"),
        color_of("dress", "blue"),
        Q.sleeve_length("long"),
        describe("dress", "a long blue dress with a cape"),
        Q.material("chiffon"),
        is_a("gown", "yes"),
        gender="Women",
        title="Sera Women Blue Sequinned Maxi Dress with Cape Sleeves",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model in a copper sequinned long-sleeved round-neck shift mini. Caption: caption adapter (starts the
    # template over); answers: VQA adapter (the color answer leaks the prompt format).
    case(
        "X1491-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lower clothing is of medium short length. The lady wears a long-sleeve dress with "
            "pure color patterns. The dress is with other fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a brown sequin dress"),
        color_of(
            "dress",
            "Answer: gold Question: What is the color of the dress? Answer: gold Question: What is the color of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        Q.material("copper", "non_answer"),
        gender="Women",
        title="Chemistry Women Copper-Toned Sequinned Shift Dress",
        category="Dresses",
        color="Copper",
    ),
    # Photo: flat lay on white: pink sequinned bandeau crop top above a pink tulle midi skirt. Caption: caption
    # adapter (stopped); answers: VQA adapter. Feed row has no gender. All right.
    case(
        "X1491-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a pink top and a pink skirt"),
        color_of("top", "pink"),
        color_of("skirt", "pink"),
        is_a("skirt", "yes"),
        Q.material("tulle"),
        title="Berrylush Women Pink Sequinned Crop Top with Tulle Skirt",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: model in a white satin strappy sheath mini with a feather trim along the hem, a bracelet and a ring.
    # Caption: caption adapter; answers: VQA adapter (pattern answer empty).
    case(
        "X1491-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. The neckline "
            "of the dress is suspenders. The lower clothing is of medium short length. There is an accessory on her "
            "wrist. There is a ring on her finger. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a white dress with feathers"),
        color_of("dress", "white"),
        Q.material("satin"),
        details("dress", "feathers on the hem"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("", "non_answer"),
        gender="Women",
        title="RARE Women White Feather Detail Satin Sheath Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: model with slicked-back hair in a black sheer mesh long-sleeved top with scattered sequins, over a
    # black bralette, with black trousers (front view, the back is not shown). Caption: caption adapter
    # ("gentleman"); answers: VQA adapter (details cut, with a keyhole no one can see).
    case(
        "X1491-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "solid color patterns.",
            "pronoun",
        ),
        wearing("a man in a black shirt and black pants", "pronoun"),
        color_of("top", "black"),
        is_a("top", "yes"),
        details(
            "top",
            "the top is made of a sheer fabric with sequins on it and it has a round neckline with a keyhole opening "
            "at the back and buttons down the",
            "cut",
            hit_limit=True,
        ),
        Q.material("mesh"),
        Q.sleeve_length("long"),
        gender="Women",
        title="Harpa Women Black Sheer Mesh Sequinned Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model in a mustard satin cowl-neck spaghetti-strap maxi slip, gold heels, a black clutch in hand.
    # Caption: caption adapter (stopped); answers: VQA adapter (details answered with the clutch).
    case(
        "X1491-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of the dress is suspenders. The lower clothing is of long length. There is an accessory in her "
            "hand."
        ),
        wearing("a yellow dress"),
        color_of("dress", "orange", "contradiction"),
        is_a("dress", "yes"),
        Q.material("satin"),
        details("dress", "a black bag", "contradiction"),
        gender="Women",
        title="DressBerry Women Mustard Satin Cowl Neck Maxi Slip Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: model in a black long-sleeved round-neck bodycon mini with gold beading around the neckline (part of
    # the dress, no necklace). Caption: caption adapter; answers: VQA adapter (both read the beading as a necklace).
    case(
        "X1491-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of medium short length. There is an accessory on her neck.",
            "unsupported",
        ),
        wearing("a black dress with a gold necklace", "unsupported"),
        color_of("dress", "black"),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        gender="Women",
        title="Kassually Women Black & Gold-Toned Embellished Bodycon Dress",
        category="Dresses",
    ),
    # Photo: model in a gold sequinned long-sleeved plunge-neck bodycon maxi, a bracelet and rings. Caption: caption
    # adapter; answers: VQA adapter ("What is she wearing?" asked in this run; the color loops).
    case(
        "X1491-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and it has a "
            "V-shape neckline. The lower clothing is of long length. There is an accessory on her wrist. This lady "
            "wears a ring. The lady also",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold dress", who="she"),
        color_of(
            "dress",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a("dress", "yes"),
        Q.material("sequins"),
        gender="Women",
        title="Athena Women Gold-Toned Sequinned Bodycon Maxi Dress",
        category="Dresses",
        color="Gold",
    ),
]
