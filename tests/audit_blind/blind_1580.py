"""BLIND_1580 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 86/103 failures found (83.5%) and
12/173 correct texts flagged (6.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses, tops, T-shirts, shirts and tunics (article types Dresses, Tops, Tshirts,
Shirts, Tunics; base colours as Myntra writes them). Photos are the catalog's usual shots: a model on a plain backdrop
wearing the product with jeans, trousers or a skirt; a flat lay (008); back views (018, 041); layered outfits where
the product is worn over or under something (029, 036); props (a hat in the hand 003, a clutch 045).
Who wrote what: every caption is BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), empty prompt, greedy, 50 new tokens. It writes the
DeepFashion-MultiModal template: sleeve length, fabric from a closed set (cotton, chiffon, knitted, denim, leather),
a "pattern" instead of a hue (pure color, floral, graphic, striped, lattice, color block), neckline, the lower
garment, then accessories. No end token was trained, so many captions run to the limit and end mid-sentence, and a few
loop on an accessory or length sentence; some stop cleanly. Every answer is a span extracted from that caption by
timpal0l/mdeberta-v3-base-squad2 ("" when the QA model preferred no answer), so answers never hit a token limit and
never contain a hue the caption lacks.
Labeling conventions and judgement calls: hit_limit only on captions that ran to 50 new tokens. A caption cut
mid-sentence is `cut` unless something worse is in it (a dress described as a top and a skirt, a wrong sleeve
length: `contradiction`; a loop: `loop`; pants invented for a flat lay, a ring or a wrist accessory that is not in
the photo: `unsupported`). A caption that ends on a full stop at the limit and is right stays unmarked. Color
answers that give a pattern ("pure color", "floral patterns") or nothing are `non_answer`; "denim" for a top's color
(taken from the jeans' sentence) is `other_garment_color`; "denim" for a denim shirt's own color and "color block"
for a Multi colour-blocked tee are accepted. "shirt" for a blouse-like top or a mandarin-collar tunic, "tank top"
for a sleeveless or crop top and "sweater" for a ribbed knit turtleneck top are accepted; "T-shirt" for a lace top,
"shirt", "tank top", "skirt" or "T-shirt" for a dress are `contradiction`. Materials: cotton/chiffon accepted unless
the title names another fabric (satin, lace, mesh, linen: `contradiction`) or the photo plainly shows otherwise
(opaque crepe called chiffon: `unsupported`); a material taken from the skirt's sentence is `contradiction`.
"dress" back for "Is this a dress?" is `non_answer`. "a ring" or a hat for a garment question is `contradiction`.
In layered photos the caption describes the inner garment; answers about it are `contradiction` for the product.
Pronoun errors ("gentleman", "his") on women's products are `pronoun`, marked on the caption.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a

W = "Women"

BLIND_1580 = [
    # Photo: model on grey backdrop, black knee-length fit-and-flare dress with a small white floral print, short puff
    # sleeves, round neck, thin gold bracelet. Caption: epoch-3 caption adapter; answers: mdeberta QA over the caption.
    case(
        "X1580-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. There is an "
            "accessory in her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Sera Women Black Printed Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, white backdrop, plain white crew-neck tee tucked into light blue jeans, hand in pocket.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model, beige backdrop, blue sleeveless strappy maxi dress with white and yellow flowers, holding a straw
    # sun hat at her side. Caption: caption adapter (reads the dress as a tank top and a skirt, puts the hat on her
    # head); answers: QA over the caption.
    case(
        "X1580-003",
        caption(
            "Her tank top has no sleeves, chiffon fabric and floral patterns. It has a suspenders neckline. The skirt "
            "this lady wears is of long length. The skirt is with chiffon fabric and floral patterns. There is a hat "
            "in her head.",
            "contradiction",
        ),
        D.wearing("tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("no sleeves"),
        Q.material("chiffon"),
        D.details("suspenders neckline"),
        gender=W,
        title="Vero Moda Women Blue Floral Print A-Line Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model, white backdrop, baby-pink georgette top with short ruffled flutter sleeves and a round neck,
    # tucked into black straight trousers. Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.description("short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        D.details("its neckline is round"),
        Q.material("chiffon"),
        gender=W,
        title="SASSAFRAS Women Pink Solid Ruffled Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: model, mustard-and-white vertical stripes, collared shirt-style top with long cuffed sleeves, white
    # jeans, no jewellery. Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a long-sleeve shirt with striped patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="HERE&NOW Women Mustard Yellow & White Striped Shirt Style Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: model, grey backdrop, maroon ribbed-knit bodycon midi with long sleeves and a square neck, no accessories.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is square. The dress is of long length."
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        D.details("its neckline is square"),
        gender=W,
        title="Tokyo Talkies Women Maroon Solid Bodycon Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: model, light grey backdrop, navy wrap top in opaque matte crepe, V-neck, three-quarter sleeves, waist
    # tie, white trousers. Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-007",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a medium-sleeve shirt"),
        Q.sleeve_length("medium-sleeve"),
        D.details("its neckline is V-shape"),
        Q.color("pure color patterns", "non_answer"),
        Q.material("chiffon", "unsupported"),
        gender=W,
        title="Mast & Harbour Women Navy Blue Solid Wrap Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: flat lay on a wooden surface, off-white cotton lace top with short sleeves and a scalloped hem; no person,
    # nothing else in the frame. Caption: caption adapter (invents a wearer and her jeans); answers: QA over it.
    case(
        "X1580-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        D.wearing("a long pants", "unsupported"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender=W,
        title="DressBerry Women Off-White Self Design Lace Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: model, tan backdrop, olive knee-length shirt dress, collar, button front, long sleeves rolled to the
    # elbow with tabs, self belt. Caption: caption adapter (reads it as a shirt and a skirt); answers: QA over it.
    case(
        "X1580-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        D.details("It has a lapel neckline"),
        Q.color("", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="AND Women Olive Green Solid Shirt Dress with Belt",
        category="Dresses",
        color="Olive",
    ),
    # Photo: model, white backdrop, teal A-line dress with a white geometric print, short flared sleeves, V-neck, knee
    # length. Caption: caption adapter (says nothing of the sleeves); answers: QA over the caption.
    case(
        "X1580-010",
        caption(
            "The lady wears a dress with graphic patterns. The dress is with cotton fabric and its neckline is "
            "V-shape. The dress is of medium length."
        ),
        Q.garment_type("dress"),
        Q.pattern("graphic"),
        Q.color("graphic patterns", "non_answer"),
        Q.sleeve_length("medium length", "contradiction"),
        Q.material("cotton"),
        gender=W,
        title="Harpa Women Teal Printed A-Line Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: model, white backdrop, black tee with a large white slogan print, short sleeves, with light denim cut-off
    # shorts. Caption: caption adapter (ran to the limit, ends on a full stop); answers: QA over the caption.
    case(
        "X1580-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender=W,
        title="ONLY Women Black Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, red-and-black buffalo-check shirt, long sleeves, collar, buttoned and tucked into black jeans.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-012",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.color("lattice patterns", "non_answer"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long-sleeve"),
        D.description("long-sleeve shirt with lattice patterns"),
        gender=W,
        title="Athena Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: model, peach wrap midi dress with small blue flowers, short sleeves, V-neck, hoop earrings.
    # Caption: caption adapter (loops on the length sentence); answers: QA over the caption.
    case(
        "X1580-013",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. The dress is of long length. The dress is of long "
            "length. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.color("", "non_answer"),
        D.details("The dress is of long length"),
        gender=W,
        title="Berrylush Women Peach-Coloured Floral Print Wrap Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: model, lavender ribbed sleeveless crop top with a square neck, high-waist white jeans, midriff showing.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-014",
        caption(
            "Her tank top has no sleeves, knitted fabric and pure color patterns. It has a square neckline. The pants "
            "this lady wears is of long length. The pants are with denim fabric and pure color patterns. This lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("tank top"),
        Q.sleeve_length("no sleeves"),
        Q.material("knitted"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("tank top"),
        gender=W,
        title="FOREVER 21 Women Lavender Solid Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model, white cotton hip-length tunic with white-on-white embroidery at the yoke, three-quarter sleeves,
    # mandarin collar, blue jeans. Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-015",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        D.details("It has a stand neckline"),
        Q.sleeve_length("medium-sleeve"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        gender=W,
        title="Cation Women White Embroidered Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: model, rust off-shoulder smocked top with elbow-length ruffle sleeves (no straps), blue jeans.
    # Caption: caption adapter (gives it a strap neckline); answers: QA over the caption.
    case(
        "X1580-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is suspenders. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve shirt with pure color patterns"),
        D.details("its neckline is suspenders", "unsupported"),
        Q.color("", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender=W,
        title="Miss Chase Women Rust Solid Off-Shoulder Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: model, grey-melange and white horizontally striped T-shirt dress, short sleeves, round neck, knee length,
    # white sneakers. Caption: caption adapter (a T-shirt and a skirt); answers: QA over the caption.
    case(
        "X1580-017",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and striped patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("striped"),
        Q.color("striped", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="People Women Grey Melange Striped T-shirt Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: back view, model facing away, black sleeveless knee-length sheath dress, concealed back zip, round back
    # neckline, long hair. Caption: caption adapter (a tank top and a skirt); answers: QA over the caption.
    case(
        "X1580-018",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The skirt "
            "this lady wears is of medium length. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        D.wearing("tank top", "contradiction"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("pure color"),
        Q.color("pure color patterns", "non_answer"),
        D.details("It has a round neckline"),
        gender=W,
        title="Street 9 Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, emerald satin slip midi dress, thin straps, cowl neck, gold pendant necklace.
    # Caption: caption adapter (loops on the necklace); answers: QA over the caption.
    case(
        "X1580-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of long length. There is an accessory in her neck. There is an "
            "accessory in her neck",
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.color("", "non_answer"),
        D.details("its neckline is suspenders"),
        gender=W,
        title="Trendyol Women Green Satin Slip Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model, pink straight tunic with blue block print, three-quarter sleeves, round neck with keyhole, white
    # leggings. Caption: caption adapter; answers: QA over the caption. (The feed row has no article type.)
    case(
        "X1580-020",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        Q.color("graphic patterns", "non_answer"),
        D.wearing("a medium-sleeve shirt with graphic patterns"),
        gender=W,
        title="W Women Pink & Blue Printed Straight Tunic",
        color="Pink",
    ),
    # Photo: model, mid-blue denim shirt, long sleeves, collar, two chest pockets, black jeans.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.material("denim"),
        Q.garment_type("shirt"),
        Q.color("denim"),
        D.details("It has a lapel neckline"),
        Q.sleeve_length("long-sleeve"),
        gender=W,
        title="StyleStone Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: model, navy-and-white horizontally striped Breton top, long sleeves, boat neck, beige chinos.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-022",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Marks & Spencer Women Navy Blue & White Striped Breton Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model, white pique polo T-shirt with a small navy logo, short sleeves, polo collar, navy chinos.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        D.details("It has a lapel neckline"),
        Q.color("", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender=W,
        title="U.S. Polo Assn. Women White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: model with a pixie cut, black training tee with a small logo on the chest, short sleeves, black leggings.
    # Caption: caption adapter (calls her a gentleman, stopped on its own); answers: QA over the caption.
    case(
        "X1580-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender=W,
        title="Puma Women Black Printed Round Neck Training T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: model, coral tiered maxi dress with white flowers, short flutter sleeves, V-neck, straw hat on her head.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-025",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is a hat in her head."
        ),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.color("floral patterns", "non_answer"),
        D.description("short-sleeve dress with floral patterns"),
        D.details("There is a hat in her head", "contradiction"),
        Q.material("chiffon"),
        gender=W,
        title="Zima Leto Women Coral Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: model, beige top with short puff sleeves and a square neck, tucked into a black faux-leather mini skirt.
    # Caption: caption adapter; answers: QA over the caption (material taken from the skirt's sentence).
    case(
        "X1580-026",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is square. The skirt this lady wears is of short length. The skirt is with leather fabric and "
            "pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        D.details("its neckline is square"),
        Q.material("leather", "contradiction"),
        Q.color("", "non_answer"),
        Q.garment_type("shirt"),
        gender=W,
        title="Kazo Women Beige Solid Puff Sleeve Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: model, mustard-yellow cotton tiered midi dress with a small white floral buti print, sleeveless, round
    # neck, oxidised bangles. Caption: caption adapter (a tank top and a skirt; ran to the limit on a full stop);
    # answers: QA over the caption.
    case(
        "X1580-027",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. It has a round neckline. The skirt this "
            "lady wears is of long length. The skirt is with cotton fabric and floral patterns. There is an accessory "
            "on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("skirt", "contradiction"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("floral"),
        Q.material("cotton"),
        Q.color("floral", "non_answer"),
        gender=W,
        title="Libas Women Yellow Printed Tiered Cotton Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: model, burgundy lace knee-length fit-and-flare dress, long sheer lace sleeves, round neck, no rings.
    # Caption: caption adapter (loops on a ring); answers: QA over the caption.
    case(
        "X1580-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a ring. The lady wears a ring. The lady "
            "wears",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a ring", "contradiction"),
        Q.material("chiffon", "contradiction"),
        Q.garment_type("dress"),
        Q.sleeve_length("long-sleeve"),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        gender=W,
        title="Rare Women Burgundy Lace Fit and Flare Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: model, sea-green-and-navy checked flannel shirt with long sleeves worn open over a plain white tee, black
    # jeans. Caption: caption adapter (describes the inner tee, the product as "outer clothing"); answers: QA over it.
    case(
        "X1580-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. This lady also wears an outer clothing, with cotton fabric and lattice patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.color("lattice patterns", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Sea Green & Navy Blue Checked Flannel Casual Shirt",
        category="Shirts",
        color="Sea Green",
    ),
    # Photo: model, black sheer mesh top with long sleeves and a high neck over a black bralette, black trousers.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-030",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric and its "
            "neckline is stand. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        D.details("its neckline is stand"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("T-shirt"),
        gender=W,
        title="SASSAFRAS Women Black Sheer Mesh Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model, white linen blouse, long sleeves, tie V-neck, beige trousers. (The feed row has no gender.)
    # Caption: caption adapter (calls the linen cotton; stopped on its own); answers: QA over the caption.
    case(
        "X1580-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        D.details("its neckline is V-shape"),
        Q.color("", "non_answer"),
        Q.garment_type("shirt"),
        title="MANGO Women White Linen Tie-Neck Blouse",
        category="Tops",
        color="White",
    ),
    # Photo: model, colour-blocked tee in pink, white and navy panels, short sleeves, round neck, blue jeans.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-032",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.color("color block"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        D.wearing("a short-sleeve T-shirt with color block patterns"),
        gender=W,
        title="Ketch Women Multicoloured Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # Photo: model, grey backdrop, red one-shoulder sleeveless bodycon midi in stretch jersey, thigh slit, heels.
    # Caption: caption adapter (gives it long sleeves and a round neck); answers: QA over the caption.
    case(
        "X1580-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is round. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.material("knitted"),
        D.details("The dress is of long length"),
        gender=W,
        title="Tokyo Talkies Women Red Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model, cream ribbed-knit fitted top with long sleeves and a turtle neck, brown trousers.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and its "
            "neckline is stand. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("sweater"),
        Q.material("knitted"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        D.details("its neckline is stand"),
        gender=W,
        title="Harpa Women Cream-Coloured Ribbed Turtle Neck Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: model, navy tea dress with white polka dots, short sleeves, wrap V-neck, midi, georgette.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-035",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length."
        ),
        Q.pattern("graphic"),
        Q.color("graphic", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        Q.material("chiffon"),
        is_a("dress", "dress", "non_answer"),
        gender=W,
        title="Dorothy Perkins Women Navy Blue & White Polka Dot Tea Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model, charcoal denim pinafore dress (sleeveless, bib front, knee length) over a white long-sleeve tee.
    # Caption: caption adapter (the tee and a denim skirt); answers: QA over the caption.
    case(
        "X1580-036",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim"),
        Q.color("pure color", "non_answer"),
        gender=W,
        title="ONLY Women Charcoal Grey Denim Pinafore Dress",
        category="Dresses",
        color="Charcoal",
    ),
    # Photo: model, pink-and-blue tie-dye oversized tee, drop-shoulder short sleeves, grey joggers.
    # Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.garment_type("T-shirt"),
        Q.color("graphic patterns", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Globus Women Pink & Blue Tie-Dye Oversized T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Photo: side profile of a model with short cropped hair, teal long-sleeve tunic with a mandarin collar, white
    # trousers. Caption: caption adapter ("his", "gentleman"; stopped on its own); answers: QA over the caption.
    case(
        "X1580-038",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The pants "
            "this gentleman wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        Q.sleeve_length("long sleeves"),
        D.details("It has a stand neckline"),
        Q.color("", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("shirt"),
        gender=W,
        title="Vishudh Women Teal Solid Tunic with Mandarin Collar",
        category="Tunics",
        color="Teal",
    ),
    # Photo: model, white cotton top with schiffli eyelet embroidery, short sleeves, round neck, blue jeans.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("a short-sleeve shirt with pure color patterns"),
        Q.material("cotton"),
        D.details("its neckline is round"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        gender=W,
        title="Chemistry Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
    ),
    # Photo: model, olive utility shirt with flap pockets and epaulettes, long sleeves rolled up with tabs, tucked
    # into beige shorts, wrist watch. Caption: caption adapter; answers: QA over the caption.
    case(
        "X1580-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        Q.color("pure color patterns", "non_answer"),
        D.details("It has a lapel neckline"),
        Q.material("cotton"),
        gender=W,
        title="AASK Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Photo: back view, model facing away with her hair in a bun, black off-shoulder bodycon mini with long sleeves.
    # Caption: caption adapter (loops on a ring she does not wear); answers: QA over the caption.
    case(
        "X1580-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is round. The dress is of short length. The lady wears a ring. The lady wears a ring. The lady "
            "wears a ring",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        D.details("its neckline is round", "contradiction"),
        Q.color("", "non_answer"),
        Q.material("knitted"),
        gender=W,
        title="Pepe Jeans Women Black Off-Shoulder Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, bright yellow cropped collared shirt with a front tie knot, short sleeves, white wide-leg pants.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        gender=W,
        title="FabAlley Women Yellow Solid Tie-Up Crop Shirt Top",
        category="Tops",
        color="Yellow",
    ),
    # Photo: model, magenta satin wrap midi dress, long sleeves, V-neck, self tie at the waist, no rings.
    # (The feed row has no base colour.) Caption: caption adapter (ran to the limit on a full stop, invents a ring);
    # answers: QA over the caption.
    case(
        "X1580-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her waist. The lady wears a "
            "ring.",
            "unsupported",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        D.details("its neckline is V-shape"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        gender=W,
        title="Ginger by Lifestyle Women Magenta Satin Wrap Dress",
        category="Dresses",
    ),
    # Photo: model, navy-and-white pinstriped shirt dress, collar, short sleeves, knee length, fabric belt.
    # Caption: caption adapter (stopped on its own); answers: QA over the caption.
    case(
        "X1580-044",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium length. There is an accessory on her waist."
        ),
        Q.pattern("striped"),
        Q.garment_type("dress"),
        D.details("It has a lapel neckline"),
        Q.color("striped patterns", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        D.wearing("a short-sleeve dress with striped patterns"),
        gender=W,
        title="Nautica Women Navy Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model, brown-and-black leopard-print sleeveless top with a high neck, black jeans, a clutch held in her
    # hand, bare wrists. (The feed row has no gender.) Caption: caption adapter (ran to the limit on a full stop,
    # reads the clutch as a wrist accessory); answers: QA over the caption.
    case(
        "X1580-045",
        caption(
            "Her tank top has no sleeves, chiffon fabric and graphic patterns. It has a stand neckline. The pants this "
            "lady wears is of long length. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("graphic patterns", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.garment_type("tank top"),
        Q.material("chiffon"),
        D.wearing("tank top"),
        title="KASSUALLY Women Brown & Black Animal Print Sleeveless Top",
        category="Tops",
        color="Brown",
    ),
]
