"""BLIND_1484 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-fifth session. Measured blind at af418ff (the session's third rules): 96/123 failures found (78.0%) and
10/184 correct texts flagged (5.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses, tops, T-shirts, shirts and tunics (catalog columns title, category as
Myntra's article type, color as its base colour, gender; one or two left out as feeds do). Photos are the usual
catalog shots: a model on a plain studio backdrop wearing the product with jeans, trousers, a skirt or shorts, now and
then a back view, a flat lay, a styling layer (a denim jacket over a dress) or a prop (a hat, a bag).
Who wrote what: every caption comes from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens, no prompt. The adapter speaks only the
DeepFashion-MultiModal template ("The dress this lady wears has short sleeves...", "The T-shirt is with cotton
fabric", "pure color patterns") and never learnt to stop, so every caption runs to the 50-token limit: most are cut
mid-sentence, some start the template over again, some end by chance on a full stop. The answers are spans that
timpal0l/mdeberta-v3-base-squad2 extracted from that caption (empty string when it chose no answer); they never
hit a token limit, but they inherit everything the caption got wrong, and since the template has no hue names the
color question can only ever get "pure color", "floral", "striped" and the like back.
Labeling conventions and judgement calls: one label per text. A caption that is cut and also says something wrong
is labelled for what it says wrong (contradiction, unsupported, pronoun); a caption that repeats its own sentences is
a loop even if it is also cut; a cut caption with nothing wrong in it is "cut"; a caption that ended on a full stop
at the limit with nothing wrong is left unmarked (hit_limit=True all the same). A color answer that gives a pattern
word ("pure color", "floral", "striped", "graphic", "lattice") or nothing is a non_answer; when the span it took
belongs to another garment in the caption (the trousers' "pure color" for a printed top) it is
other_garment_color. A pattern, sleeve or material span taken from another garment's sentence, or contradicting the
title, is a contradiction; a wrong attribute that only the photo shows (cotton for a polyester sports tee, a ring
nobody wears) is unsupported. Template garment names are judged loosely: "T-shirt" for a knit round-neck top,
"shirt" for a woven blouse, "tank top" for a sleeveless top are accepted; a dress called a shirt and a skirt, a
tunic called a dress, a rib-knit top called a sweater, are contradictions of the seller's category. "chiffon" for a
sheer georgette is accepted, "chiffon" or "cotton" for satin, velvet or linen in the title is not. "pure color" as
the pattern of a one-colour garment with a self-coloured texture (lace yoke, eyelet, sequins) is accepted. The
wearing answer that names a styling layer (the denim jacket over a dress) is true of the photo and left unmarked,
but the sleeve, color and material spans taken from that jacket are not.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1484 = [
    # 001 Photo: model, front, navy cotton-jersey fit and flare dress, short sleeves, round neck, above the knee,
    # white sneakers, no jewellery. Caption: epoch-3 caption adapter; answers: mdeberta extractive QA over it.
    case(
        "X1484-001",
        caption(
            "The dress this lady wears has short sleeves and it is of three-point length. The dress is with cotton "
            "fabric and pure color patterns. The neckline of it is round. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        describe("dress", "The neckline of it is round. The lady wears a pair of", "cut"),
        gender="Women",
        title="Roadster Women Navy Blue Solid Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 002 Photo: model, mustard viscose-jersey top, short sleeves, round neck, half tucked into mid-blue jeans, a
    # watch on the left wrist. Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # 003 Photo: model, maroon georgette maxi dress with a small white-and-pink floral print, flutter short sleeves,
    # V-neck, tie at the waist, flat sandals. Caption: caption adapter (read the dress as a shirt and a skirt);
    # answers: extractive QA.
    case(
        "X1484-003",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is v-shape. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns and a long skirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="DressBerry Women Maroon Floral Print Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 004 Photo: model, white cotton T-shirt with a black typography print on the chest, short sleeves, round neck,
    # black jeans, one hand in a pocket. Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        details("T-shirt", "It has a round neckline"),
        gender="Women",
        title="Tokyo Talkies Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # 005 Photo: model, olive cotton shirt dress, collar and button placket, long sleeves rolled to the elbow, fabric
    # belt, knee length, white sneakers, a thin watch. Caption: caption adapter (starts its last sentence over);
    # answers: extractive QA.
    case(
        "X1484-005",
        caption(
            "The dress this lady wears has long sleeves and it is of medium length. The dress is with cotton fabric "
            "and pure color patterns. The neckline of it is lapel. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        details("dress", "There is an accessory on her wrist. There is an accessory on her wrist", "loop"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # 006 Photo: model, pink georgette peplum top with a white floral print, short flutter sleeves, square neck,
    # white straight trousers. Caption: caption adapter; answers: extractive QA (the color span is the trousers').
    case(
        "X1484-006",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Harpa Women Pink Floral Print Peplum Top",
        category="Tops",
        color="Pink",
    ),
    # 007 Photo: model seen three-quarter from the back, black polyester-crepe sheath dress, sleeveless, knee length,
    # black heels, no jewellery at all. Caption: caption adapter (invents a wrist accessory and a ring); answers:
    # extractive QA.
    case(
        "X1484-007",
        caption(
            "The dress this lady wears has no sleeves and it is of medium length. The dress is with cotton fabric and "
            "pure color patterns. The neckline of it is round. There is an accessory on her wrist. This lady wears a "
            "ring. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="AND Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # 008 Photo: model, blue-and-white vertical striped cotton shirt, long sleeves, collar, tucked into beige
    # trousers, a watch. Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-008",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 009 Photo: model, teal satin wrap midi dress, three-quarter sleeves, V-neck, drop earrings, no ring. Caption:
    # caption adapter (long sleeves, chiffon, a ring); answers: extractive QA. Gender column missing in the feed.
    case(
        "X1484-009",
        caption(
            "The dress this lady wears has long sleeves and it is of long length. The dress is with chiffon fabric and "
            "pure color patterns. The neckline of it is v-shape. This lady wears a ring. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves", "unsupported"),
        Q.material("chiffon", "contradiction"),
        title="Sera Women Teal Solid Satin Wrap Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # 010 Photo: flat lay on white, off-white knit top with a lace yoke, short sleeves, round neck; no person.
    # Caption: caption adapter (a lady and a wrist accessory, then the first sentence again); answers: extractive QA.
    case(
        "X1484-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a short-sleeve T-shirt with pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Vero Moda Women Off-White Self Design Top",
        category="Tops",
        color="Off White",
    ),
    # 011 Photo: model, red A-line dress with white polka dots, short puff sleeves, sweetheart neck, above the knee,
    # a small sling bag. Caption: caption adapter (calls the dots pure color); answers: extractive QA.
    case(
        "X1484-011",
        caption(
            "The dress this lady wears has short sleeves and it is of three-point length. The dress is with chiffon "
            "fabric and pure color patterns. The neckline of it is v-shape. There is an accessory on her wrist. The "
            "lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Red Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # 012 Photo: model, yellow cotton tunic with blue floral block print to mid-thigh, full sleeves, mandarin collar,
    # white leggings. Caption: caption adapter (reads the tunic as a dress); answers: extractive QA.
    case(
        "X1484-012",
        caption(
            "The dress this lady wears has long sleeves and it is of medium length. The dress is with cotton fabric "
            "and floral patterns. The neckline of it is stand. The lady wears a long leggings. The leggings are with "
            "cotton",
            "contradiction",
            hit_limit=True,
        ),
        wearing("The dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Libas Women Yellow & Blue Floral Printed Pure Cotton Tunic",
        category="Tunics",
        color="Yellow",
    ),
    # 013 Photo: model, grey melange cotton T-shirt, short sleeves, round neck, light denim shorts. Caption: caption
    # adapter, ends by chance on a full stop at the limit; answers: extractive QA.
    case(
        "X1484-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # 014 Photo: model, black fit and flare dress with small red and white flowers, long puff sleeves, round neck,
    # above the knee, ankle boots. Caption: caption adapter (starts over); answers: extractive QA.
    case(
        "X1484-014",
        caption(
            "The dress this lady wears has long sleeves and it is of three-point length. The dress is with chiffon "
            "fabric and floral patterns. The neckline of it is round. The dress this lady wears has long sleeves and "
            "it is of three",
            "loop",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "The dress is with chiffon fabric and floral patterns"),
        gender="Women",
        title="Tokyo Talkies Women Black Floral Printed Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # 015 Photo: model, navy-and-white breton striped cotton top, long sleeves, boat neck, white jeans. Caption:
    # caption adapter; answers: extractive QA (material span is the jeans').
    case(
        "X1484-015",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.material("denim", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="ONLY Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # 016 Photo: model with a short pixie cut, lavender rib-knit bodycon mini dress, sleeveless, square neck, heels,
    # a thin bracelet. Caption: caption adapter (man, his); answers: extractive QA.
    case(
        "X1484-016",
        caption(
            "The dress this man wears has no sleeves and it is of three-point length. The dress is with knitting "
            "fabric and pure color patterns. The neckline of it is square. There is an accessory on his wrist. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.material("knitting"),
        Q.sleeve_length("no sleeves"),
        gender="Women",
        title="SASSAFRAS Women Lavender Ribbed Bodycon Dress",
        category="Dresses",
        color="Lavender",
    ),
    # 017 Photo: model, black cotton-lycra sleeveless crop top, square neck, high-waist beige trousers, gold hoops.
    # Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("top", "", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Crop Top",
        category="Tops",
        color="Black",
    ),
    # 018 Photo: model, green cotton maxi dress with a gold ethnic floral motif print, three-quarter sleeves, V-neck
    # with tassel ties, juttis, jhumka earrings. Caption: caption adapter (shirt and skirt); answers: extractive QA.
    case(
        "X1484-018",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is v-shape. The skirt is with cotton fabric and floral patterns. This lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns and a long skirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Anouk Women Green Ethnic Motifs Printed Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # 019 Photo: model, coral quick-dry polyester training T-shirt, short raglan sleeves, round neck, black leggings,
    # earbuds. Caption: caption adapter (cotton); answers: extractive QA.
    case(
        "X1484-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Coral Rapid-Dry Training T-shirt",
        category="Tshirts",
        color="Coral",
    ),
    # 020 Photo: model, peach georgette tiered maxi dress, thin straps, square neck, sandals, a straw hat and a beaded
    # bracelet. Caption: caption adapter, ends on a full stop at the limit; answers: extractive QA.
    case(
        "X1484-020",
        caption(
            "The dress this lady wears has no sleeves and it is of long length. The dress is with chiffon fabric and "
            "pure color patterns. The neckline of it is suspenders. The person wears a hat. There is an accessory on "
            "her wrist.",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("chiffon"),
        details("dress", "suspenders"),
        gender="Women",
        title="Harpa Women Peach-Coloured Solid Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # 021 Photo: model seen from the back, white cotton poplin shirt-style top, long sleeves, collar, blue jeans.
    # Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("top", "lapel"),
        gender="Women",
        title="FabAlley Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # 022 Photo: model, mustard wrap midi dress with small white flowers, long sleeves, V-neck, tan boots, a crossbody
    # bag; no necklace, no bracelet. Caption: caption adapter (wrist accessory and neckwear); answers: extractive QA.
    case(
        "X1484-022",
        caption(
            "The dress this lady wears has long sleeves and it is of long length. The dress is with chiffon fabric and "
            "floral patterns. The neckline of it is v-shape. There is an accessory on her wrist. This lady has "
            "neckwear. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "The dress is with chiffon fabric and floral patterns"),
        gender="Women",
        title="Rare Women Mustard Yellow Floral Print Wrap Dress",
        category="Dresses",
        color="Mustard",
    ),
    # 023 Photo: model, black cotton T-shirt with a red logo print, short sleeves, tucked into a light-blue denim
    # mini skirt. Caption: caption adapter; answers: extractive QA (color span is the skirt's).
    case(
        "X1484-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Women",
        title="Levis Women Black Brand Logo Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # 024 Photo: model, blue-and-white gingham cotton shirt dress, short sleeves, collar, belt, knee length, a watch.
    # Caption: caption adapter (starts over); answers: extractive QA.
    case(
        "X1484-024",
        caption(
            "The dress this lady wears has short sleeves and it is of medium length. The dress is with cotton fabric "
            "and lattice patterns. The neckline of it is lapel. There is an accessory on her wrist. The dress this "
            "lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="StyleStone Women Blue & White Checked Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # 025 Photo: model, rust satin cowl-neck top, sleeveless, black trousers, a gold chain. Caption: caption adapter
    # (chiffon for satin); answers: extractive QA.
    case(
        "X1484-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="DressBerry Women Rust Orange Solid Satin Cowl Neck Top",
        category="Tops",
        color="Rust",
    ),
    # 026 Photo: model, black rib-knit bodycon midi dress, long sleeves, round neck, black boots, a watch. Caption:
    # caption adapter; answers: extractive QA.
    case(
        "X1484-026",
        caption(
            "The dress this lady wears has long sleeves and it is of long length. The dress is with knitting fabric "
            "and pure color patterns. The neckline of it is round. There is an accessory on her wrist. The lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("knitting"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "The dress", "restated"),
        gender="Women",
        title="Zima Leto Women Black Solid Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # 027 Photo: model, beige-and-brown leopard print woven top, long sleeves, round neck, black trousers. Caption:
    # caption adapter (floral for leopard); answers: extractive QA.
    case(
        "X1484-027",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Trendyol Women Beige & Brown Animal Print Top",
        category="Tops",
        color="Beige",
    ),
    # 028 Photo: plus-size model, navy cotton maxi dress with a white geometric print, short sleeves, round neck,
    # nothing under it but sandals. Caption: caption adapter (adds pants); answers: extractive QA.
    case(
        "X1484-028",
        caption(
            "The dress this lady wears has short sleeves and it is of long length. The dress is with cotton fabric "
            "and graphic patterns. The neckline of it is round. The lady wears a long pants. The pants are with "
            "cotton fabric",
            "unsupported",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="Pluss Women Navy Blue Geometric Printed Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 029 Photo: model, bottle-green thin rib-knit turtleneck top, long sleeves, black faux-leather mini skirt.
    # Caption: caption adapter (a sweater); answers: extractive QA.
    case(
        "X1484-029",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a turtle neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("knitting"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Marks & Spencer Women Green Solid Ribbed High Neck Top",
        category="Tops",
        color="Green",
    ),
    # 030 Photo: model, white cotton schiffli-embroidered A-line dress, short sleeves, round neck, above the knee,
    # white sneakers, a bracelet. Caption: caption adapter; answers: extractive QA (no embroidery in the caption).
    case(
        "X1484-030",
        caption(
            "The dress this lady wears has short sleeves and it is of three-point length. The dress is with cotton "
            "fabric and pure color patterns. The neckline of it is round. There is an accessory on her wrist. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("dress", "", "non_answer"),
        gender="Women",
        title="Moda Rapido Women White Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # 031 Photo: model, blue-and-white tie-dye oversized cotton T-shirt, short drop sleeves, round neck, black cycling
    # shorts. Caption: caption adapter, ends on a full stop at the limit; answers: extractive QA.
    case(
        "X1484-031",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with color block patterns"),
        Q.garment_type("T-shirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Roadster Women Blue Tie-Dyed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # 032 Photo: model, maroon velvet wrap mini dress, long sleeves, V-neck, heels, a cocktail ring. Caption: caption
    # adapter (cotton for velvet); answers: extractive QA.
    case(
        "X1484-032",
        caption(
            "The dress this lady wears has long sleeves and it is of three-point length. The dress is with cotton "
            "fabric and pure color patterns. The neckline of it is v-shape. This lady wears a ring. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Athena Women Maroon Solid Velvet Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # 033 Photo: model, red cotton smocked top, short puff sleeves, sweetheart neck, blue mom jeans, a thin bracelet.
    # Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        details("top", "There is an accessory", "cut"),
        gender="Women",
        title="Kassually Women Red Solid Puff Sleeve Smocked Top",
        category="Tops",
        color="Red",
    ),
    # 034 Photo: model seen from the back, beige linen midi shirt dress, short sleeves, collar visible at the nape.
    # Caption: caption adapter (cotton, round neckline); answers: extractive QA.
    case(
        "X1484-034",
        caption(
            "The dress this lady wears has short sleeves and it is of long length. The dress is with cotton fabric and "
            "pure color patterns. The neckline of it is round. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton", "contradiction"),
        details("dress", "round", "contradiction"),
        gender="Women",
        title="Mango Women Beige Solid Linen Shirt Dress",
        category="Dresses",
        color="Beige",
    ),
    # 035 Photo: model, black georgette top with a green floral print, three-quarter sleeves, V-neck, white jeans.
    # Caption: caption adapter; answers: extractive QA (pattern span is the jeans').
    case(
        "X1484-035",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="HERE&NOW Women Black & Green Floral Print Top",
        category="Tops",
        color="Black",
    ),
    # 036 Photo: model, pink polyester-spandex ruched bodycon mini dress, thin straps, square neck, heels, a bracelet.
    # Caption: caption adapter; answers: extractive QA. Gender column missing in the feed.
    case(
        "X1484-036",
        caption(
            "The dress this lady wears has no sleeves and it is of three-point length. The dress is with cotton "
            "fabric and pure color patterns. The neckline of it is square. There is an accessory on her wrist. This "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "unsupported"),
        details("dress", "The dress", "restated"),
        title="SASSAFRAS Women Pink Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # 037 Photo: model, olive cotton-twill utility shirt, long sleeves rolled up, two flap pockets, worn open over a
    # white tee, black jeans. Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        details("shirt", "lapel"),
        gender="Women",
        title="Roadster Women Olive Green Utility Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # 038 Photo: model, blue floral chiffon midi dress with short sleeves, styled with a long-sleeve mid-blue denim
    # jacket worn open over it, a watch. Caption: caption adapter; answers: extractive QA (several spans come from
    # the jacket's sentence).
    case(
        "X1484-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The lady "
            "wears a long dress. The dress is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Vero Moda Women Blue Floral Printed Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # 039 Photo: model, black knit off-shoulder top, long sleeves, elasticated neckline across the shoulders, blue
    # jeans. Caption: caption adapter (round neckline); answers: extractive QA.
    case(
        "X1484-039",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        details("top", "round", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Off-Shoulder Top",
        category="Tops",
        color="Black",
    ),
    # 040 Photo: model, navy-and-white striped jersey T-shirt dress, short sleeves, round neck, knee length, white
    # sneakers, a canvas tote. Caption: caption adapter (a T-shirt and a skirt); answers: extractive QA.
    case(
        "X1484-040",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and striped patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue & White Striped T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # 041 Photo: model, mid-blue cotton denim shirt, long sleeves, collar, two chest pockets, tucked into white
    # trousers. Caption: caption adapter; answers: extractive QA.
    case(
        "X1484-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("denim"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # 042 Photo: model, hand on hip, black cotton A-line dress, sleeveless, V-neck, above the knee, a gold watch.
    # Caption: caption adapter (starts over); answers: extractive QA. Color column missing in the feed.
    case(
        "X1484-042",
        caption(
            "The dress this lady wears has no sleeves and it is of three-point length. The dress is with cotton "
            "fabric and pure color patterns. The neckline of it is v-shape. There is an accessory on her wrist. The "
            "dress this lady wears has no",
            "loop",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        describe("dress", "The dress is with cotton fabric and pure color patterns"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Harpa Women Black Solid A-Line Dress",
        category="Dresses",
    ),
    # 043 Photo: model with short hair seen from the back, lavender oversized cotton T-shirt with a large typography
    # print on the back, short sleeves, white cargo pants. Caption: caption adapter (gentleman); answers:
    # extractive QA.
    case(
        "X1484-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
    ),
    # 044 Photo: model, yellow chiffon tiered midi dress with a white daisy print, short sleeves, square neck,
    # sandals, a bracelet and a ring. Caption: caption adapter, ends on a full stop at the limit; answers:
    # extractive QA.
    case(
        "X1484-044",
        caption(
            "The dress this lady wears has short sleeves and it is of long length. The dress is with chiffon fabric "
            "and floral patterns. The neckline of it is square. There is an accessory on her wrist. This lady wears a "
            "ring.",
            hit_limit=True,
        ),
        wearing("The dress"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        details("dress", "square"),
        gender="Women",
        title="Sera Women Yellow Floral Print Tiered Chiffon Midi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # 045 Photo: model, black sequinned party top, sleeveless, round neck, black trousers. Caption: caption adapter;
    # answers: extractive QA (nothing about the sequins).
    case(
        "X1484-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("other", "non_answer"),
        details("top", "", "non_answer"),
        gender="Women",
        title="Berrylush Women Black Sequinned Embellished Top",
        category="Tops",
        color="Black",
    ),
]
