"""BLIND_1244 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-second session. Measured blind at bdc3a30 (the session's fourth rules): 97/132 failures found (73.5%) and
8/177 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses and tops (article types Dresses, Tops, Tshirts, Shirts), the usual catalog
shots: a model on a plain grey or beige backdrop wearing the product with jeans, trousers, shorts or a skirt, now and
then a flat lay, a back view, a prop (a handbag, sunglasses or a hat held in the hand, a stool). Every photo was
captioned by BLIP-2 OPT-2.7b with the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50
new tokens; then each question was answered by timpal0l/mdeberta-v3-base-squad2 (HF question-answering pipeline,
default settings, so it always returns its best span, never an empty one) with the caption as the only context.
Who wrote what: the caption is BLIP-2 + the caption adapter. Every answer is a span copied out of that caption by the
extractive QA model; no answer was generated, so no answer has hit_limit, and an answer can only be as good as the
caption. The captions speak the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color
patterns. The T-shirt is with cotton fabric. It has a round neckline. ..."), whose "colors" are patterns, so the caption
never names a hue and the color question comes back as "pure color", "floral", "striped", "graphic" and the like. The
adapter learned no stop: every caption ran to the 50-token limit (hit_limit=True on all of them). Most are cut
mid-sentence, usually in the sentence about the lower garment; dress captions, which run out of template sooner, tend
to start the template over or repeat the accessory sentence. A few happen to end on a full stop at the limit.
Labeling conventions and judgement calls: one label per text. For a caption, a fault about the product itself (the
wrong garment for the seller's article type, the wrong pronoun for the model) wins over the cut or the loop; an
invented accessory or fabric inside a cut caption is left under "cut". A caption that ran to the limit but ends on a
full stop and is right about the photo is left correct. Any answer to the color question that is not a hue
("pure color", "floral", "other patterns") is non_answer, since the feed's color is a hue; where the span is the
pattern of the lower garment ("floral" for a black top worn with a floral skirt, "denim" from the jeans' sentence) I
marked other_garment_color instead. A fabric or pattern span taken from the lower garment's sentence is
contradiction; a pattern, fabric, neckline or sleeve the photo does not show is unsupported; "other" as a fabric or
pattern is non_answer. An answer naming an accessory when asked for the garment's details is contradiction when she
wears it, unsupported when she does not. Yes/no questions get a span: naming the right garment counts as a yes
(correct), naming another garment that neither confirms nor denies is non_answer, naming the wrong garment is
contradiction. A woven top called "shirt" (the training data's word for blouses) and a top called "T-shirt" I left
correct; a thin ribbed top called "sweater" I did not. "What is the person wearing?" answered with the jeans or
shorts instead of the product is contradiction. On flat lays, "the lady wears ..." describing the product right is
left correct. Answers that only give back the garment's name for "Describe the top." are restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1244 = [
    # Photo: model on a grey backdrop, black sleeveless bodycon midi dress, black heels, small stud earrings, no ring.
    # Caption (BLIP-2 + epoch-3 caption adapter) runs out of template and starts over; answers are QA spans of it.
    case(
        "X1244-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady wears a ring on her finger. The lady wears a sleeveless dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("dress", "a ring on her finger", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model in a white round-neck tee tucked into blue jeans, white sneakers, grey backdrop.
    # Caption (adapter) cut in the jeans' sentence; answers are QA spans.
    case(
        "X1244-002",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Roadster Women White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: navy wrap midi dress with small white flowers, short flutter sleeves, V neck, tan sandals, a straw bag
    # held in the hand. Caption (adapter) says long-sleeve and loops back into its neckline sentence; answers are spans.
    case(
        "X1244-003",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has a v-",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "unsupported"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Berrylush Women Navy Blue & White Floral Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black crop top with short puff sleeves and a square neck, light-blue high-waist mom jeans.
    # Caption (adapter) cut at "There"; the QA model took the jeans' sentence for two of the answers.
    case(
        "X1244-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long trousers", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        Q.pattern("pure color"),
        gender="Women",
        title="Tokyo Talkies Women Black Puff Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: red tiered maxi dress with white and yellow flowers, thin straps, a straw hat worn, beige backdrop.
    # Caption (adapter) splits the maxi dress into a tank top and a long skirt; it happens to end on a full stop.
    case(
        "X1244-005",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long skirt. The tank top is with chiffon "
            "fabric. It has a suspenders neckline. The skirt is with chiffon fabric and floral patterns. The lady "
            "wears a hat.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns and a long skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Zima Leto Women Red Floral Print Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: mustard long-sleeve shirt-style top with a collar and buttons, half tucked into white trousers.
    # Caption (adapter) cut in its sixth sentence; answers are spans.
    case(
        "X1244-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        describe("top", "long-sleeve shirt with pure color patterns"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Solid Shirt Style Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: mid-blue chambray shirt dress, short rolled sleeves, collar, self-tie fabric belt, knee length, sneakers.
    # Caption (adapter) calls the dress a shirt, then repeats itself to the limit; answers are spans.
    case(
        "X1244-007",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a belt. The lady wears a short-sleeve shirt with pure color patterns. The "
            "shirt is with denim",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        is_a("dress", "short-sleeve shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.material("denim"),
        details("dress", "a belt"),
        gender="Women",
        title="Vero Moda Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: grey melange tee with a black slogan print, short sleeves, light denim shorts.
    # Caption (adapter) cut at "There is"; answers are spans.
    case(
        "X1244-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Mast & Harbour Women Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, a pink sleeveless top with ruffled tiers, no model, nothing else in the shot.
    # Caption (adapter) invents a lady and a denim skirt, cut at "The"; answers are spans.
    case(
        "X1244-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.material("chiffon"),
        Q.pattern("pure color"),
        details("top", "denim fabric and pure color patterns", "unsupported"),
        title="DressBerry Women Pink Ruffled Top",
        category="Tops",
        color="Pink",
    ),
    # Photo: black satin slip midi dress, spaghetti straps, cowl neck, thin gold necklace, grey backdrop.
    # Caption (adapter) loops back to its first sentence; answers are spans.
    case(
        "X1244-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. There is a necklace on her neck. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.material("other", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.color("pure color", "non_answer"),
        details("dress", "a necklace on her neck", "contradiction"),
        gender="Women",
        title="StyleStone Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: green collared top with a white leaf print, long sleeves with roll-up tabs, black skinny jeans.
    # Caption (adapter) cut at "The lady"; answers are spans.
    case(
        "X1244-011",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Green & White Printed Shirt Style Top",
        category="Tops",
        color="Green",
    ),
    # Photo: back view, model with a short bob, maroon short-sleeve A-line dress above the knee, visible back zip, a
    # slim watch on the left wrist. Caption (adapter) takes her for a man, cut at "a"; answers are spans.
    case(
        "X1244-012",
        caption(
            "His dress has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The dress is "
            "of medium short length. There is an accessory on his wrist. This man wears a",
            "pronoun",
            hit_limit=True,
        ),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.sleeve_length("short sleeves"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="SASSAFRAS Women Maroon Solid A-Line Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: navy polo T-shirt with a small logo, short sleeves, white shorts, white sneakers.
    # Caption (adapter) cut at "The"; answers are spans.
    case(
        "X1244-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        is_a("polo shirt", "short-sleeve T-shirt", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="U.S. Polo Assn. Women Navy Blue Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
    ),
    # Photo: white sleeveless top with a lace yoke, plain cotton body, light denim shorts. Caption (adapter) reads the
    # lace as lattice (checks) and happens to end on a full stop at the limit; answers are spans.
    case(
        "X1244-014",
        caption(
            "The lady wears a sleeveless tank top with lattice patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice", "unsupported"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Athena Women White Lace Detail Top",
        category="Tops",
        color="White",
    ),
    # Photo: multicolour horizontal-stripe knee-length dress, short sleeves, round neck, white sneakers, no jewellery.
    # Caption (adapter) invents a wrist accessory and is cut at "a"; answers are spans.
    case(
        "X1244-015",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "medium short length"),
        gender="Women",
        title="Sera Women Multicoloured Striped Fit and Flare Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: olive ribbed cropped tank, black high-waist jeans, sunglasses held in the right hand (not worn).
    # Caption (adapter) puts the glasses on her, cut at "and"; answers are spans.
    case(
        "X1244-016",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric. It "
            "has a round neckline. The lady wears glasses. The lady wears a long pants. The pants are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.material("knitting"),
        Q.sleeve_length("sleeveless"),
        details("top", "The lady wears glasses", "unsupported"),
        gender="Women",
        title="ONLY Women Olive Green Solid Ribbed Crop Tank Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: peach ankle-length dress with a small block print, long sleeves, round neck with a tie, beige backdrop.
    # Caption (adapter) repeats its first and fourth sentences; answers are spans.
    case(
        "X1244-017",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a long-sleeve dress with graphic patterns. The "
            "dress is of long length. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        describe("dress", "long-sleeve dress with graphic patterns"),
        gender="Women",
        title="Global Desi Women Peach-Coloured Printed Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: lavender satin cowl-neck sleeveless top, white wide-leg trousers. Caption (adapter) reads the satin sheen
    # as leather and happens to end on a full stop; answers are spans.
    case(
        "X1244-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with leather fabric. It "
            "has a v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.material("leather", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        gender="Women",
        title="Trendyol Women Lavender Solid Satin Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black midi dress with white polka dots, short puff sleeves, V neck, black handbag hanging from her wrist.
    # Caption (adapter) cut at "The lady"; answers are spans.
    case(
        "X1244-019",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring. The dress is of long length. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "v-shape neckline"),
        is_a("dress", "short-sleeve dress"),
        gender="Women",
        title="Mango Women Black & White Polka Dot A-Line Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: red-and-black buffalo-check flannel shirt worn open over a black short-sleeve tee, black jeans.
    # Caption (adapter) describes the tee first and the shirt as "outer clothing", cut at "are"; the QA spans pick the
    # tee for the garment, its type and its pattern.
    case(
        "X1244-020",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and an outer clothing. The outer clothing "
            "is with cotton fabric and lattice patterns. It has a lapel neckline. The lady wears a long pants. The "
            "pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("pure color", "contradiction"),
        Q.color("lattice", "non_answer"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Roadster Women Red & Black Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Photo: teal sleeveless sheath dress to the knee, nude heels, a steel watch and a thin ring, grey backdrop.
    # Caption (adapter) ends on a full stop at the limit and is right; answers are spans.
    case(
        "X1244-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. There is a ring "
            "on her finger.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="AND Women Teal Solid Sheath Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: white boxy cropped tee with a small pink graphic on the chest, denim mini skirt, sneakers.
    # Caption (adapter) cut at "The lady wears"; answers are spans.
    case(
        "X1244-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women White Printed Boxy Crop T-shirt",
        category="Tshirts",
    ),
    # Photo: yellow off-shoulder ruffled mini dress, no straps, white sneakers. Caption (adapter) gives it a
    # suspenders neckline and starts over; answers are spans.
    case(
        "X1244-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of medium short length. The lady wears a sleeveless dress with pure "
            "color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        details("dress", "suspenders neckline", "unsupported"),
        gender="Women",
        title="Miss Chase Women Yellow Solid Off-Shoulder Ruffled Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: coral long-sleeve wrap top with a V neck and a waist tie, white jeans.
    # Caption (adapter) cut at "The lady wears"; the QA model took "denim" from the jeans' sentence as the color.
    case(
        "X1244-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("denim", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        Q.pattern("pure color"),
        describe("top", "v-shape neckline"),
        gender="Women",
        title="FabAlley Women Coral Solid Wrap Top",
        category="Tops",
        color="Coral",
    ),
    # Photo: burgundy velvet long-sleeve bodycon mini dress, black heels, grey backdrop.
    # Caption (adapter) reads velvet as furry, cut at "The"; answers are spans.
    case(
        "X1244-025",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The dress is of three-point length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.material("furry", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "three-point length"),
        gender="Women",
        title="Athena Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: back view, black-and-white horizontal-stripe top with short sleeves, blue jeans.
    # Caption (adapter) cut at "There is"; answers are spans.
    case(
        "X1244-026",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Berrylush Women Black & White Striped Top",
        category="Tops",
        color="Black",
    ),
    # Photo: olive long-sleeve collared shirt dress to mid-calf, buttoned, with a fabric belt, white sneakers.
    # Caption (adapter) splits it into a shirt and a long skirt and ends on a full stop; answers are spans.
    case(
        "X1244-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. The lady wears a long skirt. The skirt is with cotton fabric and "
            "pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "a belt"),
        gender="Women",
        title="Harpa Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: plus-size model, navy top with white flowers, short flutter sleeves, round neck, black leggings.
    # Caption (adapter) cut at "There is"; answers are spans.
    case(
        "X1244-028",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns"),
        Q.garment_type("T-shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: flat lay on white, pink floral fit-and-flare dress with short sleeves, no model, no jewellery.
    # Caption (adapter) puts a lady with a ring in it, cut at "The"; answers are spans.
    case(
        "X1244-029",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium short length. There is an accessory on her wrist. There is a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "a ring on her finger", "unsupported"),
        title="KASSUALLY Women Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: beige thin ribbed long-sleeve fitted top with a mock neck, brown midi skirt.
    # Caption (adapter) calls the top a sweater, cut at "The"; answers are spans.
    case(
        "X1244-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.material("knitting"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Zink London Women Beige Solid Ribbed Fitted Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: black wrap dress with small pink flowers, short sleeves, a gold watch on her wrist.
    # Caption (adapter) repeats its wrist sentence to the limit; answers are spans.
    case(
        "X1244-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Floral Print Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: off-white long-sleeve Bardot (off-shoulder) top tucked into an off-white linen maxi skirt: reads as one
    # piece. Caption (adapter) calls it a dress and loops; answers are spans.
    case(
        "X1244-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        is_a("top", "long-sleeve dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Off White Solid Bardot Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: blue-and-white vertical-stripe cotton shirt, long sleeves rolled once, collar, beige trousers.
    # Caption (adapter) cut at "The lady"; answers are spans.
    case(
        "X1244-033",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.garment_type("shirt"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        describe("shirt", "long-sleeve shirt with striped patterns"),
        gender="Women",
        title="Marks & Spencer Women Blue & White Striped Pure Cotton Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Photo: blue-and-white tie-dye sleeveless maxi dress, model seated on a wooden stool, a bangle and a ring.
    # Caption (adapter) cut at "The"; answers are spans.
    case(
        "X1244-034",
        caption(
            "The female wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with color block patterns"),
        Q.garment_type("sleeveless dress"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Blue & White Tie-Dye Maxi Dress",
        category="Dresses",
    ),
    # Photo: flat lay on white, rust short-sleeve peplum top with a round neck, no model.
    # Caption (adapter) invents a lady in denim trousers, cut at "The"; the material span comes from those trousers.
    case(
        "X1244-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.material("denim", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        title="HERE&NOW Women Rust Solid Peplum Top",
        category="Tops",
        color="Rust",
    ),
    # Photo: black oversized tee with a white typography print, drop-shoulder half sleeves, black cycling shorts.
    # Caption (adapter) cut at "The lady wears"; the sleeve answer is the shorts' length.
    case(
        "X1244-036",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("three-point", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: lavender midi dress with a smocked bodice, short puff sleeves, square neck, a thin bracelet.
    # Caption (adapter) starts its first sentence over and is cut inside it; answers are spans.
    case(
        "X1244-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "square neckline"),
        describe("dress", "The dress is of long length"),
        gender="Women",
        title="DressBerry Women Lavender Solid Smocked Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: maroon crinkle-textured top, three-quarter sleeves, round neck, black trousers.
    # Caption (adapter) falls back on "other" for pattern and fabric, cut at "a"; answers are spans.
    case(
        "X1244-038",
        caption(
            "The lady wears a long-sleeve shirt with other patterns. The shirt is with other fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with other patterns"),
        Q.garment_type("shirt"),
        Q.color("other patterns", "non_answer"),
        Q.material("other", "non_answer"),
        Q.pattern("other", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Vero Moda Women Maroon Self Design Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: green floral tiered maxi dress, long balloon sleeves, round neck with a keyhole, a straw hat held at her
    # side. Caption (adapter) puts the hat on her and cut at "a"; answers are spans.
    case(
        "X1244-039",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a hat. The dress is of long length. There is an accessory on her wrist. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline", "unsupported"),
        gender="Women",
        title="Qurvii Women Green Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: white broderie-anglaise (eyelet embroidered) top, short sleeves, round neck, denim shorts.
    # Caption (adapter) calls the eyelet work a graphic pattern, cut at "The"; answers are spans.
    case(
        "X1244-040",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", "unsupported"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic", "unsupported"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        is_a("top", "short-sleeve shirt"),
        gender="Women",
        title="ONLY Women White Broderie Anglaise Top",
        category="Tops",
        color="White",
    ),
    # Photo: model with a very short crop, black double-breasted blazer dress, long sleeves, lapels, mini length.
    # Caption (adapter) takes her for a gentleman in a shirt, an outer layer and shorts, cut at "The"; answers are
    # spans.
    case(
        "X1244-041",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and an outer clothing. The outer "
            "clothing is with cotton fabric and pure color patterns. It has a lapel neckline. The gentleman wears a "
            "three-point shorts. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and an outer clothing", "contradiction"),
        Q.garment_type("outer clothing", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mango Women Black Solid Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: sea-green top with short puff sleeves and a square neck, white jeans, hoop earrings.
    # Caption (adapter) happens to end on a full stop at the limit and is right; answers are spans.
    case(
        "X1244-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a square neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        describe("top", "T-shirt", "restated"),
        gender="Women",
        title="Street 9 Women Sea Green Solid Puff Sleeve Top",
        category="Tops",
        color="Sea Green",
    ),
    # Photo: navy sequinned long-sleeve bodycon mini dress, solid colour all over, no jewellery.
    # Caption (adapter) reads the sequins as a graphic pattern, cut at "a"; answers are spans.
    case(
        "X1244-043",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a round "
            "neckline. The dress is of three-point length. There is an accessory on her wrist. There is a ring on her "
            "finger. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic", "unsupported"),
        Q.material("other", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Athena Women Navy Blue Sequinned Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black fitted short-sleeve top tucked into a pink-and-green floral chiffon midi skirt.
    # Caption (adapter) cut at "The lady wears"; the color and material spans come from the skirt's sentence.
    case(
        "X1244-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("floral", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Fitted Top",
        category="Tops",
        color="Black",
    ),
    # Photo: white cotton schiffli-embroidered sleeveless A-line dress to the knee, tan bag on the shoulder, no
    # jewellery. Caption (adapter) cut at "The lady"; answers are spans.
    case(
        "X1244-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium short length. There is an accessory on her wrist. The lady "
            "wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("dress", "sleeveless dress"),
        gender="Women",
        title="Ketch Women White Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
]
