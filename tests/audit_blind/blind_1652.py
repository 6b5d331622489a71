"""BLIND_1652 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-seventh session. Measured blind at 96772b2 (the session's first rules): 92/107 failures found (86.0%) and
9/223 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's Dresses and Tops (title, article type as category, base colour, gender; a column
missing here and there). Photos are the catalog's usual shots: a model on a plain backdrop wearing the product with
jeans, trousers, skirts or shorts; two flat lays, two back views, a held straw hat, a bag, sunglasses, one product
layered under a denim jacket and one slip dress worn over a T-shirt.
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption),
greedy, 50 new tokens, no prompt. Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption, so each
answer is a span copied from the caption (or empty, the squad2 no-answer). The questionnaire is the same for the
whole feed: What is the person wearing?, the type, color, pattern, sleeve length and material questions; the last
fifteen products came from a later batch that also asked "What are the details of the garment?".
Labeling conventions and judgement calls: the adapter learned DeepFashion-MultiModal templates, which have no hue
names, so the color answer is a pattern word ("pure color", "solid color", "floral", "graphic", "lattice") or
empty: I marked it non_answer whenever the product has a real base colour; the one Multi floral top answered
"floral" is left correct. A color answer copied from the lower garment's sentence is other_garment_color. Captions
that ran into the 50-token limit are hit_limit=True; the ones that stop mid-sentence are cut, the ones that restart
or repeat a sentence are loop; three captions hit the limit exactly at a full stop and read complete, and I left
them correct. A caption carries one label: where a cut caption also holds a wrong detail I kept cut and marked the
wrong detail on the answer that repeats it, except where the whole garment was misread (a dress as top + skirt, a
striped shirt as pure color), which I labeled contradiction. Answers are extractive spans and never hit the limit,
but one answer copied the cut end of a looping caption and is cut. An answer giving another garment's attribute
(the trousers' "long" for the sleeve length, the jacket's "denim" for the material) is contradiction; a material or
detail the photo does not support (cotton for satin or velvet, an accessory in a flat lay) is unsupported. A wearing
answer that names a garment the person really wears (the jacket over the top) is left correct. "polka dots" and
"tie-dye" are not in the template vocabulary; "graphic" for them is counted correct, as are "shirt" and "T-shirt"
for woven and knit tops and "suspenders" for an off-shoulder neckline.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case

BLIND_1652 = [
    # Photo: black ribbed fitted top, short sleeves, round neck, with blue jeans, white backdrop.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut at 50 tokens); answers: mdeberta squad2 over the caption.
    case(
        "X1652-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Fitted Top",
        category="Tops",
        color="Black",
    ),
    # Photo: navy maxi dress with small white flowers, sleeveless, V-neck, watch on the wrist, beige backdrop.
    # Caption: BLIP-2 + epoch-3 caption adapter (stopped on its own); answers: mdeberta squad2 over the caption.
    case(
        "X1652-002",
        caption(
            "This woman is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. There is an accessory on her wrist."
        ),
        D.wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="SASSAFRAS Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: mustard short A-line dress, short puff sleeves, square neck, white heels.
    # Caption: BLIP-2 + epoch-3 caption adapter (loops to the limit); answers: mdeberta squad2 over the caption.
    case(
        "X1652-003",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. Its "
            "neckline is square. The dress is with cotton fabric. Its neckline is square. The dress is with cotton "
            "fabric. Its",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: white cotton top with white schiffli embroidery at the yoke, three-quarter sleeves, light blue jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (hit the limit exactly at a full stop); answers: mdeberta squad2.
    case(
        "X1652-004",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women White Embroidered Regular Top",
        category="Tops",
        color="White",
    ),
    # Photo: maroon georgette top with a small white geometric print, short flutter sleeves, tie-up V-neck, black
    # trousers. Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-005",
        caption(
            "The person wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The person wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Maroon Printed Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: red wrap midi dress with white polka dots, long sleeves, self tie at the waist.
    # Caption: BLIP-2 + epoch-3 caption adapter (restarts its first sentence); answers: mdeberta squad2.
    case(
        "X1652-006",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady wears a belt. The dress is of medium length. The lady wears a long-sleeve "
            "dress with graphic patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Red Polka Dot Printed Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: blue-and-white vertical striped shirt-style top, long sleeves rolled up, collar, white trousers.
    # Caption: BLIP-2 + epoch-3 caption adapter (missed the stripes); answers: mdeberta squad2 over the caption.
    case(
        "X1652-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        D.wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Blue Striped Shirt Style Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: olive shirt dress, long roll-up sleeves, collar, button placket, belt, knee length.
    # Caption: BLIP-2 + epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1652-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. This lady wears a belt. The lower clothing is of medium length."
        ),
        D.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: rust rib-knit bodycon mini dress, sleeveless, round neck, model turned to the side.
    # Caption: BLIP-2 + epoch-3 caption adapter (reads the dress as a tank top and a skirt, cut); answers: mdeberta.
    case(
        "X1652-009",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitted fabric. It has a round "
            "neckline. The lady wears a short skirt. The skirt is with knitted fabric and pure color patterns. There "
            "is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("knitted"),
        gender="Women",
        title="StyleStone Women Rust Solid Bodycon Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: black sheath dress, cap sleeves, round neck, knee length, black heels.
    # Caption: BLIP-2 + epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1652-010",
        caption(
            "This woman is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. Its "
            "neckline is round. The lower clothing is of medium length."
        ),
        D.wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color patterns", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="AND Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: coral off-shoulder top with a ruffle layer over the arms, white denim shorts.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. Its "
            "neckline is suspenders. The lady wears a short shorts. The shorts are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="FabAlley Women Coral Orange Solid Ruffled Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: green midi dress with pink and white flowers, short puff sleeves, sweetheart neck, straw bag on the wrist.
    # Caption: BLIP-2 + epoch-3 caption adapter (restarts, to the limit); answers: mdeberta squad2 over the caption.
    case(
        "X1652-012",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lower clothing is of medium length. There is an accessory on her wrist. The lady "
            "wears a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Vero Moda Women Green Floral Print A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: off-white cotton A-line dress with blue block print, three-quarter sleeves, band collar, bangles.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-013",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. Its neckline "
            "is stand. The lower clothing is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Global Desi Women Off-White Printed A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: lavender cropped top, short sleeves, round neck, black joggers; the model has a short crop haircut.
    # Caption: BLIP-2 + epoch-3 caption adapter (calls her a guy); answers: mdeberta squad2 over the caption.
    case(
        "X1652-014",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The guy wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Kook N Keech Women Lavender Solid Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black satin wrap top with a visible sheen, long sleeves, V-neck, beige trousers.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut; satin read as cotton); answers: mdeberta squad2.
    case(
        "X1652-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Athena Women Black Solid Wrap Top",
        category="Tops",
        color="Black",
    ),
    # Photo: mid-blue denim shirt dress, short sleeves, collar, button front to the hem, white sneakers.
    # Caption: BLIP-2 + epoch-3 caption adapter (reads it as a shirt and a skirt); answers: mdeberta squad2.
    case(
        "X1652-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns.",
            "contradiction",
        ),
        D.wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="ONLY Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: pink textured sleeveless peplum top, round neck, white jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 (sleeve span taken from the trousers).
    case(
        "X1652-017",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Marie Claire Women Pink Self Design Peplum Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: flat lay of a white cotton top, short sleeves, round neck, on a grey backdrop; no person, no pants.
    # Caption: BLIP-2 + epoch-3 caption adapter (invents a wearer in denim pants); answers: mdeberta squad2.
    case(
        "X1652-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "unsupported"),
        gender="Women",
        title="DressBerry Women White Solid Top",
        category="Tops",
        color="White",
    ),
    # Photo: black sequinned cami top with thin straps, black faux-leather mini skirt.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 (material taken from the skirt).
    case(
        "X1652-019",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with other fabric. Its neckline is "
            "suspenders. The lady wears a short skirt. The skirt is with leather fabric and pure color patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("leather", "contradiction"),
        gender="Women",
        title="Mango Women Black Embellished Sequinned Top",
        category="Tops",
        color="Black",
    ),
    # Photo: back view of a peach fit-and-flare midi, ruffled straps, tie-up back.
    # Caption: BLIP-2 + epoch-3 caption adapter (loops); answers: mdeberta squad2 over the caption.
    case(
        "X1652-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lower "
            "clothing is of long length. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric. The lower",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Eavan Women Peach Solid Ruffled Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: teal shift dress, short sleeves, round neck, above the knee, black ankle boots. (feed has no gender here)
    # Caption: BLIP-2 + epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1652-021",
        caption(
            "This woman is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lower clothing is of short length."
        ),
        D.wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Zink London Women Teal Solid Shift Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: multicoloured floral top (red, yellow, blue flowers), short sleeves, round neck, black jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (hit the limit at a full stop); answers: mdeberta squad2.
    case(
        "X1652-022",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and solid "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Harpa Women Multicoloured Floral Print Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: burgundy velvet bodycon mini, long sleeves, square neck, thin bracelet.
    # Caption: BLIP-2 + epoch-3 caption adapter (restarts, cut inside the repeat); answers: mdeberta squad2, the
    # wearing span taken from the repeated, cut sentence.
    case(
        "X1652-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. Its "
            "neckline is square. The lower clothing is of short length. There is an accessory on her wrist. The lady "
            "wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve dress with", "cut"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="U&F Women Burgundy Solid Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: white top with black horizontal stripes, short sleeves, boat neck, black midi skirt.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-024",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women White & Black Striped Top",
        category="Tops",
        color="White",
    ),
    # Photo: navy ruched bodycon dress, long sleeves, round neck, brown handbag on the shoulder.
    # Caption: BLIP-2 + epoch-3 caption adapter (repeats the accessory sentence); answers: mdeberta squad2.
    case(
        "X1652-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="Miss Chase Women Navy Blue Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: sea-green satin cami, thin straps, V-neck, white trousers; model with a pixie cut.
    # Caption: BLIP-2 + epoch-3 caption adapter (calls her a gentleman, cut); answers: mdeberta squad2.
    case(
        "X1652-026",
        caption(
            "This gentleman wears a tank tank top with pure color patterns. The tank top is with other fabric. Its "
            "neckline is V-shape. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a tank tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long", "contradiction"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="SASSAFRAS Women Sea Green Solid Cami Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: black-and-white gingham midi dress, short puff sleeves, square neck, watch.
    # Caption: BLIP-2 + epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1652-027",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. Its neckline "
            "is square. The lower clothing is of medium length. There is an accessory on her wrist."
        ),
        D.wearing("a short-sleeve dress with lattice patterns"),
        Q.garment_type("dress"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Berrylush Women Black & White Checked Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: rust georgette top, long balloon sleeves, round neck, tucked into blue jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-028",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with solid color patterns"),
        Q.garment_type("shirt"),
        Q.color("solid color", "non_answer"),
        Q.pattern("solid color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="KASSUALLY Women Rust Orange Solid Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: back view of a white shirt-style top, long sleeves, black trousers. (feed has no base colour here)
    # Caption: BLIP-2 + epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1652-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color patterns."
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Solid Shirt Style Top",
        category="Tops",
    ),
    # Photo: lavender halter maxi dress, sleeveless, sunglasses, thin bracelet; hands visible, no ring.
    # Caption: BLIP-2 + epoch-3 caption adapter (adds a ring); answers: mdeberta squad2 over the caption.
    case(
        "X1652-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lower "
            "clothing is of long length. This lady wears glasses. There is an accessory on her wrist. The lady wears a "
            "ring.",
            "unsupported",
        ),
        D.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="DressBerry Women Lavender Solid Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Later batch (details question added) ------------------------------------------------------------------------
    # Photo: yellow tiered maxi with small white flowers, short flutter sleeves, V-neck.
    # Caption: BLIP-2 + epoch-3 caption adapter (restarts, to the limit); answers: mdeberta squad2 over the caption.
    case(
        "X1652-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lower clothing is of long length. The lady wears a short-sleeve dress with floral "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.details("V-shape neckline"),
        gender="Women",
        title="Athena Women Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: navy-and-white horizontal striped top, long sleeves, round neck, blue jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 (color span from the jeans).
    case(
        "X1652-032",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("solid color", "other_garment_color"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        title="Roadster Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: red off-shoulder Bardot top, short sleeves, white skirt, gold hoop earrings. (feed has no gender here)
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is suspenders. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.details("an accessory", "contradiction"),
        title="Tokyo Talkies Women Red Solid Bardot Top",
        category="Tops",
        color="Red",
    ),
    # Photo: green cotton top with a white leaf print, three-quarter sleeves, keyhole round neck, white palazzos.
    # Caption: BLIP-2 + epoch-3 caption adapter (hit the limit at a full stop); answers: mdeberta squad2.
    case(
        "X1652-034",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        D.wearing("a medium-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        title="Global Desi Women Green Printed Top",
        category="Tops",
        color="Green",
    ),
    # Photo: pink wrap midi with white flowers, long sleeves, V-neck, watch and a ring.
    # Caption: BLIP-2 + epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1652-035",
        caption(
            "The person wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lower clothing is of medium length. There is an accessory on her wrist. This person "
            "wears a ring."
        ),
        D.wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        D.details("V-shape neckline"),
        gender="Women",
        title="Zink London Women Pink Floral Printed Wrap Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: grey melange jersey top, long sleeves, round neck, black joggers; model with short hair.
    # Caption: BLIP-2 + epoch-3 caption adapter (calls her a man and the top a sweater, cut); answers: mdeberta.
    case(
        "X1652-036",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        D.details("round neckline"),
        gender="Women",
        title="Kook N Keech Women Grey Melange Solid Round Neck Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: blue-and-white tie-dye maxi dress, sleeveless, round neck; she holds a straw hat at her side.
    # Caption: BLIP-2 + epoch-3 caption adapter (puts the hat on her head); answers: mdeberta squad2.
    case(
        "X1652-037",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lower clothing is of long length. This lady wears a hat.",
            "unsupported",
        ),
        D.wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        D.details("round neckline"),
        gender="Women",
        title="Athena Women Blue Tie-Dye Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: maroon peplum top, short sleeves, V-neck, black trousers. (feed has no article type here)
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.details("V-shape neckline"),
        gender="Women",
        title="U&F Women Maroon Solid Peplum Top",
        color="Maroon",
    ),
    # Photo: black lace top, sheer long lace sleeves, round neck, white jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut; lace read as chiffon); answers: mdeberta squad2.
    case(
        "X1652-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "unsupported"),
        D.details("round neckline"),
        gender="Women",
        title="Miss Chase Women Black Lace Top",
        category="Tops",
        color="Black",
    ),
    # Photo: brown leopard-print shirt dress, long sleeves, collar, belt, knee length.
    # Caption: BLIP-2 + epoch-3 caption adapter (restarts at the end, to the limit); answers: mdeberta squad2.
    case(
        "X1652-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "lapel neckline. This lady wears a belt. The lower clothing is of medium length. The lady wears a "
            "long-sleeve dress with graphic patterns.",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        D.details("lapel neckline"),
        gender="Women",
        title="SASSAFRAS Women Brown Animal Print Shirt Dress",
        category="Dresses",
        color="Brown",
    ),
    # Photo: white sleeveless ruffled top worn under an open light-blue denim jacket, black jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (describes the jacket, cut); answers: mdeberta squad2.
    case(
        "X1652-041",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve jacket with pure color patterns"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        D.details("lapel neckline", "contradiction"),
        gender="Women",
        title="AND Women White Solid Ruffled Top",
        category="Tops",
        color="White",
    ),
    # Photo: flat lay of a peach sleeveless shift dress, round neck, on white; no person.
    # Caption: BLIP-2 + epoch-3 caption adapter (invents a wrist accessory); answers: mdeberta squad2.
    case(
        "X1652-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of medium length. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        D.details("an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Peach Solid Shift Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: olive utility shirt-style top, long sleeves rolled up, collar, beige shorts.
    # Caption: BLIP-2 + epoch-3 caption adapter; answers: mdeberta squad2 over the caption.
    case(
        "X1652-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        D.wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("lapel neckline"),
        gender="Women",
        title="Harpa Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: black satin slip midi dress with thin straps, worn over a white T-shirt.
    # Caption: BLIP-2 + epoch-3 caption adapter (reads a T-shirt and a skirt, cut); answers: mdeberta squad2.
    case(
        "X1652-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        D.details("round neckline", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black Solid Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: blue top with white flowers, short puff sleeves, square neck, tucked into white jeans.
    # Caption: BLIP-2 + epoch-3 caption adapter (cut); answers: mdeberta squad2 over the caption.
    case(
        "X1652-045",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. Its neckline "
            "is square. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.details("square"),
        gender="Women",
        title="Berrylush Women Blue Floral Print Puff Sleeve Top",
        category="Tops",
        color="Blue",
    ),
]
