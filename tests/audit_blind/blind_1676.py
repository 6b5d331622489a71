"""BLIND_1676 (45 products; Myntra dresses and tops, QA over captions): written blind in the sixty-seventh session.
Measured blind at c32e5e8 (the session's third and final rules): 83/108 failures found (76.9%) and 7/207 correct
texts flagged (3.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses, tops, T-shirts, shirts and tunics (article types Dresses, Tops, Tshirts,
Shirts, Tunics; base colours as Myntra spells them; gender "Women", left out on two rows). The photos are the usual
catalog shots: a model on a plain grey or white backdrop wearing the product with jeans, trousers, a skirt or shorts,
two flat lays, two back views, one model holding a coffee cup, one dress worn under a denim jacket.
Who wrote what: every caption is greedy output of BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), 50 new tokens, no prompt. The adapter speaks only the
DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with
cotton fabric. It has a round neckline."): no hue names ever, garments limited to its classes (it often splits a
dress into a tank top and a skirt), accessories from the template (wrist, ring, hat, waist) now and then invented,
and "gentleman"/"his" on some women. No end token was trained, so most captions run to the 50-token limit and stop
mid-sentence or loop; a few stop early on a newline and are complete. Every answer is a span that
timpal0l/mdeberta-v3-base-squad2 extracted from that product's caption (empty string when the null answer won), for
six questions: What is she wearing? / garment type / What is the color of the <garment>? / pattern / sleeve length /
material. Extractive answers are never generated, so no answer has hit_limit; an answer can only be as wrong as the
caption, or worse when the span comes from the other garment's sentence.
Labeling conventions and judgement calls: one label per text, the worst fault first: a caption with wrong content
(split dress, invented accessory or person, wrong fabric against the title, wrong pronoun, pattern copied onto the
other garment) gets that label even when it is also cut; otherwise a caption cut mid-sentence is `cut`, one that
repeats a sentence is `loop`; every caption that ran to 50 tokens has hit_limit=True, including loops. A color answer
that gives a DeepFashion pattern word ("pure color", "floral", "striped", "graphic", "lattice") or is empty says
nothing of the hue and is `non_answer`, except where Myntra's base colour is "Multi" and the answer is the print
("floral" for a multicoloured floral dress), which I counted correct. A color answer that is the other garment's
word ("denim" from the jeans, "lattice" from a checked skirt) is `other_garment_color`. "What is she wearing?"
answered with the other garment she really wears ("a three-point shorts", "a long-sleeve denim jacket") is true of
the photo and left correct. In free text I tolerated the template's "shirt" for woven tops and tunics; the closed
garment-type answer is judged against the seller's article type (a tunic typed "shirt", a shirt dress typed "shirt",
a dress typed "tank top" are contradictions). A fabric against the title's fabric (cotton for velvet, satin, chiffon
for georgette) is `contradiction`; a fabric that only the photo or truth contradicts is `unsupported`. A flat lay
captioned "The lady wears ... The lady wears a long trousers" invents a person and a garment: `unsupported`.
Sleeveless for flutter sleeves is `unsupported` (only the photo shows it). "pure color" as the pattern of a
self-coloured embroidered or sequined garment I counted correct (it is one colour).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, wearing


def she(text, failure=None):
    return wearing(text, failure, who="she")


BLIND_1676 = [
    # photo: model on grey backdrop, navy fit-and-flare knee dress with small white flowers, short flutter sleeves,
    # V-neck, white sneakers, a watch on her left wrist; viscose, not sheer. caption: CAP; answers: QA
    case(
        "X1676-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a pair of sneakers. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Women Navy Blue Floral Printed Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # photo: black sleeveless ribbed bodycon mini dress, round neck, black heels, white backdrop. caption: CAP (splits
    # the dress into a tank top and a skirt); answers: QA
    case(
        "X1676-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with knitting fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting"),
        gender="Women",
        title="Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: plain white round-neck short-sleeve cotton top, mid-blue jeans, grey backdrop. caption: CAP (stopped on
    # a newline, complete); answers: QA
    case(
        "X1676-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants."
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women White Solid Round Neck Pure Cotton Top",
        category="Tops",
        color="White",
    ),
    # photo: maroon A-line midi dress, three-quarter sleeves, round neck, thin tan belt at the waist, cotton.
    # caption: CAP ("gentleman", "his"); answers: QA
    case(
        "X1676-004",
        caption(
            "The gentleman wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. There is an accessory around his waist. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Maroon Solid A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # photo: mustard and white vertical-striped cotton shirt, long sleeves rolled once, collar, white trousers.
    # caption: CAP; answers: QA
    case(
        "X1676-005",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        color_of("shirt", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Mustard Yellow & White Striped Casual Shirt",
        category="Shirts",
        color="Mustard",
    ),
    # photo: pink printed peplum top, short puff sleeves, woven cotton, mid-blue jeans, no jewellery on the wrists.
    # caption: CAP (invents a wrist accessory); answers: QA
    case(
        "X1676-006",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. There is an accessory on her wrist. There is",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("top", "denim", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Pink Printed Peplum Top",
        category="Tops",
        color="Pink",
    ),
    # photo: green sleeveless tiered maxi dress on thin straps, georgette, flat sandals. caption: CAP (loops on the
    # skirt sentence, and splits the dress); answers: QA
    case(
        "X1676-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. The skirt is with chiffon fabric and pure color patterns. The skirt",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns and a long skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Women Green Georgette Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # photo: white oversized cotton T-shirt with a black line-art print on the chest, light denim shorts.
    # caption: CAP; answers: QA
    case(
        "X1676-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        color_of("T-shirt", "", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: black long-sleeve V-neck wrap top, cotton blend, white straight trousers. caption: CAP (newline stop,
    # complete); answers: QA
    case(
        "X1676-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers."
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("top", "pure color patterns", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Black Solid Wrap Top",
        category="Tops",
        color="Black",
    ),
    # photo: flat lay on white, a peach cotton tunic with white thread embroidery on the yoke, three-quarter
    # sleeves, V-neck; no person, no trousers. caption: CAP (invents the lady and her trousers); answers: QA
    case(
        "X1676-010",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt"),
        Q.garment_type("shirt", "contradiction"),
        color_of("tunic", "", "non_answer", kind="open"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Peach-Coloured Embroidered Cotton Tunic",
        category="Tunics",
        color="Peach",
    ),
    # photo: red floral wrap midi dress, short sleeves, V-neck, polyester chiffon, nude heels. caption: CAP (newline
    # stop, complete); answers: QA. The feed left gender empty on this row.
    case(
        "X1676-011",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline."
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        title="Women Red Floral Print Chiffon Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: lavender square-neck top with short puff sleeves, cotton, white jeans. caption: CAP ("gentleman");
    # answers: QA
    case(
        "X1676-012",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a square neckline. The gentleman wears a long denim pants. The pants",
            "pronoun",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # photo: olive cotton shirt dress, knee length, collar, button placket, long sleeves, self-fabric belt.
    # caption: CAP (a shirt, no dress); answers: QA
    case(
        "X1676-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory around her waist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # photo: black cotton T-shirt with a large white slogan print, grey joggers. caption: CAP (newline stop,
    # complete); answers: QA
    case(
        "X1676-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants."
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        color_of("T-shirt", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Black Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: mid-blue denim shirt, long sleeves, collar, chest pockets, black jeans. caption: CAP; answers: QA
    case(
        "X1676-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("shirt", "denim fabric", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender="Women",
        title="Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: coral smocked A-line mini dress on shoulder straps, cotton, white sandals, bare head.
    # caption: CAP (invents a hat); answers: QA
    case(
        "X1676-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. This lady wears a hat. The lady wears a pair of",
            "unsupported",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Women Coral Solid Smocked A-Line Dress",
        category="Dresses",
        color="Coral",
    ),
    # photo: teal tie-up-neck top, three-quarter sleeves, sheer georgette, light jeans. caption: CAP; answers: QA
    # (the material span comes from the jeans' sentence)
    case(
        "X1676-017",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("top", "", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Women Teal Solid Tie-Up Neck Top",
        category="Tops",
        color="Teal",
    ),
    # photo: multicoloured floral maxi dress, long sleeves, V-neck, polyester chiffon, one piece.
    # caption: CAP (adds a skirt that is the dress's own hem); answers: QA
    case(
        "X1676-018",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There",
            "unsupported",
            hit_limit=True,
        ),
        she("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Multicoloured Floral Print Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # photo: rust ribbed sleeveless crop top, round neck, high-waist blue jeans. caption: CAP (newline stop,
    # complete); answers: QA
    case(
        "X1676-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric. It "
            "has a round neckline. The lady wears a long denim pants."
        ),
        she("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("fabric", "restated"),
        gender="Women",
        title="Women Rust Solid Ribbed Crop Top",
        category="Tops",
        color="Rust",
    ),
    # photo: yellow floral cotton tunic, short sleeves, round neck, plain white palazzos. caption: CAP (gives the
    # palazzos the tunic's floral; at the limit); answers: QA
    case(
        "X1676-020",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and floral patterns.",
            "other_garment_color",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        color_of("tunic", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Yellow Floral Printed Tunic",
        category="Tunics",
        color="Yellow",
    ),
    # photo: back view, black sequinned sleeveless bodycon dress with an open back, black heels.
    # caption: CAP (tank top and leather skirt); answers: QA
    case(
        "X1676-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with leather fabric and pure color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="Women Black Embellished Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: white cotton lace top, short sleeves, round neck, dark blue jeans. caption: CAP; answers: QA
    case(
        "X1676-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("top", "denim", "other_garment_color", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women White Lace Detail Top",
        category="Tops",
        color="White",
    ),
    # photo: pink-and-white gingham A-line dress, short sleeves, square neck, cotton. caption: CAP; answers: QA
    case(
        "X1676-023",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve dress with lattice patterns"),
        Q.garment_type("dress"),
        color_of("dress", "lattice", "non_answer", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Pink & White Checked A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # photo: navy polka-dot top with short flutter sleeves, sheer georgette, white trousers. caption: CAP (sees no
    # sleeves); answers: QA
    case(
        "X1676-024",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with chiffon fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and",
            "unsupported",
            hit_limit=True,
        ),
        she("a sleeveless tank top with graphic patterns", "unsupported"),
        Q.garment_type("tank top", "unsupported"),
        color_of("top", "", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless", "unsupported"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Navy Blue Polka Dot Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # photo: grey melange round-neck cotton T-shirt, short sleeves, black leggings. caption: CAP (loops);
    # answers: QA (the material span runs into the loop)
    case(
        "X1676-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        color_of("T-shirt", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton fabric. The T-shirt is with cotton fabric", "loop"),
        gender="Women",
        title="Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: maroon velvet wrap midi dress, long sleeves, V-neck, gold bracelet on the right wrist.
    # caption: CAP (cotton for velvet); answers: QA
    case(
        "X1676-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Women Maroon Solid Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # photo: off-white sleeveless cotton top with white schiffli (eyelet) embroidery, round neck, blue jeans.
    # caption: CAP (newline stop, complete); answers: QA
    case(
        "X1676-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline."
        ),
        she("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        color_of("top", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Women Off-White Schiffli Embroidered Top",
        category="Tops",
        color="Off White",
    ),
    # photo: mustard floral tiered midi dress, short sleeves, V-neck, polyester chiffon, tan sandals, thin bangle.
    # caption: CAP ("gentleman", "his"); answers: QA
    case(
        "X1676-028",
        caption(
            "Her dress has short sleeves, chiffon fabric and floral patterns. The neckline of it is V-shape. The "
            "gentleman wears a pair of sandals. There is an accessory on his wrist. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        she("dress has short sleeves, chiffon fabric and floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Mustard Yellow Floral Tiered Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # photo: black oversized cotton shirt, long sleeves, collar, blue jeans, a takeaway coffee cup in her hand.
    # caption: CAP; answers: QA
    case(
        "X1676-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. She",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("shirt", "pure color patterns", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Black Solid Oversized Casual Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: peach satin slip midi dress on spaghetti straps, cowl neck. caption: CAP (chiffon for satin);
    # answers: QA
    case(
        "X1676-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Women Peach-Coloured Satin Slip Dress",
        category="Dresses",
        color="Peach",
    ),
    # photo: white T-shirt with navy Breton stripes, long sleeves, plain mid-blue jeans. caption: CAP (stripes on the
    # jeans too); answers: QA
    case(
        "X1676-031",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and striped patterns",
            "other_garment_color",
            hit_limit=True,
        ),
        she("a long-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        color_of("T-shirt", "striped", "non_answer", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: green A-line cotton dress with small ethnic motif print, three-quarter sleeves, round neck, juttis.
    # caption: CAP; answers: QA
    case(
        "X1676-032",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Green Ethnic Motifs Printed A-Line Cotton Dress",
        category="Dresses",
        color="Green",
    ),
    # photo: flat lay on grey, a blue cotton T-shirt with a white typography print, no person, nothing else.
    # caption: CAP (invents the lady and her pants); answers: QA (color span from the invented pants)
    case(
        "X1676-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        color_of("T-shirt", "pure color", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Women Blue Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
    ),
    # photo: black-and-white colour-blocked top, short sleeves, round neck, plain black trousers.
    # caption: CAP (colour block on the trousers too); answers: QA
    case(
        "X1676-034",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and color block",
            "other_garment_color",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with color block patterns"),
        Q.garment_type("shirt"),
        color_of("top", "color block", "non_answer", kind="open"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Black & White Colourblocked Top",
        category="Tops",
        color="Black",
    ),
    # photo: pink ribbed long-sleeve bodycon midi dress worn under an open light-blue denim jacket, white sneakers.
    # caption: CAP (jacket and skirt, no dress); answers: QA
    case(
        "X1676-035",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a long skirt. The skirt is with knitting fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve denim jacket with pure color patterns"),
        Q.garment_type("jacket", "contradiction"),
        color_of("dress", "denim", "other_garment_color", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Women Pink Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # photo: white cotton A-line dress with self-coloured schiffli embroidery, short puff sleeves, square neck.
    # caption: CAP (newline stop, complete); answers: QA
    case(
        "X1676-036",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline."
        ),
        she("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women White Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # photo: black knit top with a small printed graphic, short sleeves, round neck, red-and-black checked mini
    # skirt. caption: CAP; answers: QA (color span from the skirt)
    case(
        "X1676-037",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        color_of("top", "lattice", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Black Printed Regular Top",
        category="Tops",
        color="Black",
    ),
    # photo: blue-and-white tie-dye sleeveless bodycon dress, knit, a beaded bracelet on her wrist, no rings.
    # caption: CAP (invents a ring); answers: QA
    case(
        "X1676-038",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with knitting fabric. It has a "
            "round neckline. This lady wears a ring. There is an accessory on her wrist. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        she("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        color_of("dress", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting"),
        gender="Women",
        title="Women Blue & White Tie and Dye Bodycon Dress",
        category="Dresses",
        color="Blue",
    ),
    # photo: maroon printed cotton tunic to mid-thigh, long sleeves, V-neck, black leggings. caption: CAP;
    # answers: QA (the type span is the leggings)
    case(
        "X1676-039",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with graphic patterns"),
        Q.garment_type("leggings", "contradiction"),
        color_of("tunic", "", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Maroon Printed Cotton Tunic",
        category="Tunics",
        color="Maroon",
    ),
    # photo: cream crochet sleeveless crop top, open lattice stitch, round neck, blue denim shorts. caption: CAP;
    # answers: QA
    case(
        "X1676-040",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns. The tank top is with knitting fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless tank top with lattice patterns"),
        Q.garment_type("tank top"),
        color_of("top", "lattice", "non_answer", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting"),
        gender="Women",
        title="Women Cream-Coloured Crochet Crop Top",
        category="Tops",
        color="Cream",
    ),
    # photo: back view, black floral wrap maxi dress (V-neck at the front, not visible), short sleeves, chiffon.
    # caption: CAP (guesses a round neckline from the back; newline stop); answers: QA
    case(
        "X1676-041",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline.",
            "unsupported",
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Black Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # photo: pink round-neck cotton T-shirt, short sleeves, white cotton shorts. caption: CAP; answers: QA (the
    # wearing span is the shorts, which she does wear)
    case(
        "X1676-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a three-point shorts"),
        Q.garment_type("T-shirt"),
        color_of("T-shirt", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Pink Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # photo: rust satin shirt, long sleeves, collar, black trousers. caption: CAP (cotton for satin); answers: QA
    case(
        "X1676-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Women Rust Satin Solid Casual Shirt",
        category="Shirts",
        color="Rust",
    ),
    # photo: navy sweetheart-neck cotton top, short puff sleeves, white mini skirt. caption: CAP; answers: QA
    case(
        "X1676-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        color_of("top", "", "non_answer", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Women Navy Blue Solid Sweetheart Neck Top",
        category="Tops",
        color="Navy Blue",
    ),
    # photo: green floral chiffon wrap top, long sleeves, V-neck, white jeans. caption: CAP (newline stop,
    # complete); answers: QA
    case(
        "X1676-045",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long denim pants."
        ),
        she("a long-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        color_of("top", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Women Green Floral Print Chiffon Wrap Top",
        category="Tops",
        color="Green",
    ),
]
