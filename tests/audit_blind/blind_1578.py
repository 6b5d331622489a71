"""BLIND_1578 (46 products; Myntra women's plus-size and maternity, epoch-3 captions + extractive QA): written blind in
the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 107/121 failures found (88.4%) and
24/182 correct texts flagged (13.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's plus-size and maternity wear (tunics, dresses, kurtas, kurta sets, jeggings).
Catalog shots: a plus-size or pregnant model on a plain studio backdrop wearing the product with other clothes
(palazzos, leggings, a tee over jeggings, a denim jacket over a dress), now and then a flat lay, a back view or a
prop (a tote bag, a coffee cup, a dupatta over the arm). Columns as the feed has them: title, category (Myntra's
article type), color (base colour), gender; one or two of them missing on a few rows.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens). Every answer is timpal0l/mdeberta-v3-base-squad2 run over that caption, so
each answer is a span of its caption or empty (squad2's no-answer). The caption adapter speaks DeepFashion-MultiModal
template: "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric." and the
"The upper clothing has ..." variant; it almost never names a hue, it has no word for kurta, tunic or jeggings (a
kurta comes out as "dress" or "shirt", jeggings as "pants"/"leggings", and on a jeggings shot the top is described
first), and because it never learnt to stop, two-garment captions often run to the 50-token limit and are cut or
loop. A few captions did leak a hue word from the base model ("a sleeveless black dress").
Labeling conventions and judgement calls:
- One label per text, the most salient. A caption that hit the limit mid-sentence is `cut` (hit_limit=True) even
  when it also calls the kurta a dress; a caption that repeats its sentences is `loop` (hit_limit=True); a caption
  that says "man"/"gentleman"/"his" for a woman is `pronoun` even when it was also cut.
- Garment words: "dress" for a kurta or a tunic worn over leggings, "shirt" for a shirt dress, "T-shirt" for a
  woven tunic, and the top's word for a jeggings product ("T-shirt", "shirt", "sweater", "dress") are
  `contradiction` (the seller's article type says otherwise), in the caption, in "What is the person wearing?" and
  in the garment-type answer. I accepted "shirt" for a kurta or a woven tunic (a kurta is a long shirt), "T-shirt"
  for a knit jersey tunic, "pants"/"leggings" for jeggings, and "outer clothing" for a jacket.
- On a jeggings product, "What is the person wearing?" naming the top and the jeggings ("a T-shirt ... and a long
  pants") is correct: it is what the person wears. The same answer with only the top (the jeggings left out and
  the top called a dress) is `contradiction`.
- Color question: the captions carry patterns, not hues, so the QA model returns "pure color", "floral", "graphic",
  "striped", "lattice", "color block" or nothing. Those are `non_answer` (no hue; mostly the question's own word
  back). A hue that belongs to the other garment in the photo (the white shirt over blue jeggings, black leggings
  under a white kurta) is `other_garment_color`; a hue that is simply wrong for the product (navy called black)
  is `contradiction`.
- Pattern: "pure color patterns" is correct for a solid garment, and for a solid one with a small embroidered yoke;
  for an all-over chikankari kurta titled "Embroidered" I marked it `contradiction`. The top's pattern given for
  the jeggings is `contradiction`. A bare "patterns" is `restated`.
- Garment type "upper clothing"/"lower clothing" and an empty answer are `non_answer`; so is an empty wearing
  answer on a flat lay (the question asks for the garment). Extractive QA cannot say yes or no: "Is this a kurta?"
  answered "" or "a long-sleeve shirt" is `non_answer`, answered "dress" is `contradiction`; "Is this a dress?"
  answered "a short-sleeve dress" I counted as a correct affirmative.
- Material: DeepFashion's fabric words are coarse; "chiffon" for georgette and "cotton" for a cotton blend are
  correct. A fabric the title contradicts (cotton for rayon, knitting for denim) or the other garment's fabric
  picked up (denim of the jacket for the dress) is `contradiction`; "chiffon" for an opaque rayon print with no
  fabric in the title is `unsupported`.
- Accessories and details the photo does not show (a ring on bare hands, an accessory on the wrist of a flat lay or
  of a model holding a cup, a V-neck seen on a back view) are `unsupported`; "a ring" as the answer to "What is
  the person wearing?" is `contradiction` (an accessory answered as the garment).
- A wearing answer ending in "... and a" is the QA pipeline's answer-length cap, not the generation limit: `cut`,
  hit_limit=False. No answer hit a token limit (extractive QA generates nothing), and there are no prompt leaks:
  the captioner got no prompt and the QA model only copies caption spans.
- Sleeve lengths: 3/4 sleeves answered "medium-sleeve" are correct; every "long-sleeve" here is on full sleeves.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, wearing

BLIND_1578 = [
    # Photo: plus-size model, navy solid A-line knee-length dress, short flutter sleeves, round neck, white sneakers,
    # grey backdrop. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-001",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Navy Blue Solid A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: teal straight calf-length kurta, gold ethnic-motif print, full sleeves, mandarin collar, white palazzos,
    # white backdrop. Caption: epoch-3 caption adapter (ran to 50 tokens); answers: extractive QA over the caption.
    case(
        "X1578-002",
        caption(
            "This lady wears a long-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns and a long pants", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Teal Ethnic Motifs Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # Photo: blue mid-wash skinny jeggings on a plus-size model, white short-sleeve crew-neck tee worn untucked,
    # sneakers. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("denim"),
        gender="Women",
        title="Go Colors Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model, maroon floral georgette wrap maxi dress, full sleeves, V-neck, hand on the bump, a ring
    # on her finger, cream backdrop. Caption: epoch-3 caption adapter; answers: extractive QA over the caption.
    case(
        "X1578-004",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady wears a ring."
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        D.details("V-shape neckline"),
        gender="Women",
        title="Momsoon Maternity Women Maroon Floral Print Georgette Maternity Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: mustard shirt-style longline tunic, full sleeves with roll-up tabs, shirt collar, button placket,
    # high-low hem, black leggings. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over it.
    case(
        "X1578-005",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        D.details("lapel"),
        gender="Women",
        title="Instafab Plus Women Mustard Yellow Solid Longline Shirt-Style Tunic",
        category="Tunics",
        color="Mustard",
    ),
    # Photo: white all-over chikankari-embroidered straight kurta, 3/4 sleeves, V-neck, white pants, silver bangle.
    # Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-006",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is V-shape. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Plus Size White Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: pregnant model, black solid sleeveless maternity maxi dress, round neck, holding a small teddy bear,
    # white backdrop. Caption: epoch-3 caption adapter (hue word leaked from the base model); answers: extractive QA.
    case(
        "X1578-007",
        caption(
            "The lady wears a sleeveless black dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline."
        ),
        wearing("a sleeveless black dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Mine4Nine Women Black Solid Maternity Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: flat lay, no model: blue-and-white striped cotton tunic, full sleeves, round neck. Caption: epoch-3
    # caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-008",
        caption(
            "The upper clothing has long sleeves, cotton fabric and striped patterns. The neckline of it is round."
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Wuxi Women Plus Size Blue & White Striped Cotton Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Photo: pink floral-print flared anarkali kurta (opaque rayon), full sleeves, round neck, pink churidar, dupatta
    # round the neck. Caption: epoch-3 caption adapter (looped to 50 tokens); answers: extractive QA over it.
    case(
        "X1578-009",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The female has neckwear. The female has neckwear. The female has neckwear. The female has "
            "neckwear. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Libas Women Plus Size Pink Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # Photo: black denim jeggings, model in a grey melange knit sweatshirt, white sneakers, light grey backdrop.
    # Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. The pants are with denim fabric and pure color patterns. There is an accessory on her "
            "wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("knitting", "contradiction"),
        gender="Women",
        title="De Moza Women Plus Size Black Solid Slim-Fit Denim Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: olive green belted shirt dress, knee length, full sleeves, shirt collar, button front; a straw tote
    # hangs from her wrist; beige backdrop. Caption: epoch-3 caption adapter; answers: extractive QA over it.
    case(
        "X1578-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: black A-line tunic with white polka dots (woven crepe), short sleeves, round neck, over blue jeans.
    # Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-012",
        caption(
            "This female is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("short-sleeve"),
        D.details("its neckline is round"),
        gender="Women",
        title="Therapy Women Plus Size Black Polka Dot Printed A-Line Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: back view: navy A-line kurta with white block print, 3/4 sleeves, tie-up dori at the back (the front is
    # a round neck), white palazzos. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over it.
    case(
        "X1578-013",
        caption(
            "The person is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. The "
            "neckline of the dress is V-shape. The person wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        D.details("The neckline of the dress is V-shape", "unsupported"),
        gender="Women",
        title="Juniper Women Plus Size Navy Blue Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: flat lay, no model: light blue skinny jeggings, faux front pockets. Caption: epoch-3 caption adapter;
    # answers: extractive QA over that caption.
    case(
        "X1578-014",
        caption("The lower clothing is of long length. The fabric is denim and it has pure color patterns."),
        wearing("", "non_answer"),
        Q.garment_type("lower clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("denim"),
        gender="Women",
        title="Kraus Jeans Women Plus Size Blue Skinny Fit Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: pregnant model, peach tiered maxi dress, short puff sleeves, square neck, smocked bodice, pastel pink
    # backdrop. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline."
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="The Mom Store Women Peach-Coloured Solid Tiered Cotton Maternity Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: plus-size model with cropped short hair, grey melange knit jersey longline tunic, short sleeves, round
    # neck, black leggings. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Instafab Plus Women Grey Melange Solid Longline Knit Tunic",
        category="Tunics",
        color="Grey Melange",
    ),
    # Photo: mustard ethnic-motif printed kurta with matching printed trousers, full sleeves, mandarin collar, kolhapuri
    # flats. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-017",
        caption(
            "This woman wears a long-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is stand. The trousers are with cotton fabric and graphic patterns."
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Amydus Women Plus Size Mustard Yellow Ethnic Motifs Printed Pure Cotton Kurta with Trousers",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: magenta solid bodycon midi dress, full sleeves, round neck; she holds a coffee cup in both hands, no watch
    # or bracelet. Caption: epoch-3 caption adapter (looped to 50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Eavan Women Plus Size Magenta Solid Bodycon Midi Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: navy solid jeggings, white tee with a "SUNDAY" slogan print tucked in at the front. Feed row has no
    # colour. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric and its neckline is round. The pants are with denim fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns", "contradiction"),
        gender="Women",
        title="Go Colors Women Plus Size Navy Blue Solid Jeggings",
        category="Jeggings",
    ),
    # Photo: sea green thigh-length tunic with small white thread embroidery at the yoke, full sleeves, V-neck with
    # tassels, white leggings. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Sea Green Yoke Embroidered Tunic",
        category="Tunics",
        color="Sea Green",
    ),
    # Photo: pregnant model, grey melange knit maternity & nursing T-shirt dress, knee length, short sleeves, round
    # neck, hidden nursing zips. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with cotton fabric.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Momsoon Maternity Women Grey Melange Solid Maternity & Nursing T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: maroon solid straight kurta with a thin gold foil border at the hem, full sleeves, round neck, gold
    # palazzos, a dupatta over one shoulder. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA.
    case(
        "X1578-022",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with chiffon fabric and pure color patterns. This "
            "woman has",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "a long-sleeve shirt", "non_answer"),
        gender="Women",
        title="W Women Plus Size Maroon Solid Straight Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # Photo: blue floral georgette fit & flare dress, short flutter sleeves, V-neck, white watch on her wrist, white
    # sneakers. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-023",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Sztori Women Plus Size Blue Floral Print Georgette Fit & Flare Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black and white colour-blocked cotton tunic, 3/4 sleeves, round neck, black jeggings, plain white
    # backdrop. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-024",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and color block patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block patterns"),
        Q.sleeve_length("medium sleeves"),
        gender="Women",
        title="Mish Women Plus Size Black & White Colourblocked Tunic",
        category="Tunics",
        color="Black",
    ),
    # Photo: back view showing the back pockets: grey skinny jeggings, black full-sleeve top, ankle boots. Caption:
    # epoch-3 caption adapter (looped to 50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-025",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The pants are with denim fabric "
            "and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("long pants"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("denim"),
        gender="Women",
        title="Kraus Jeans Women Plus Size Grey Skinny Fit Jeggings",
        category="Jeggings",
        color="Grey",
    ),
    # Photo: plus-size model with short hair, olive solid kurta, full sleeves, V-neck with a button placket, white
    # trousers, no jewellery. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-026",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is V-shape. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Sera Women Plus Size Olive Green Solid Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: red and black checked sleeveless A-line dress with a black waist belt, round neck, knee length, black
    # boots. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-027",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a belt."
        ),
        wearing("a sleeveless dress with lattice patterns"),
        Q.garment_type("dress"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice patterns"),
        Q.sleeve_length("sleeveless"),
        D.details("The lady wears a belt"),
        gender="Women",
        title="Eavan Women Plus Size Red & Black Checked A-Line Dress with Belt",
        category="Dresses",
        color="Red",
    ),
    # Photo: pregnant model, lavender knit cotton maternity tunic with ruched sides, 3/4 sleeves, V-neck, blue
    # maternity jeggings. Feed row has no gender. Caption: epoch-3 caption adapter; answers: extractive QA over it.
    case(
        "X1578-028",
        caption(
            "The lady wears a medium-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is V-shape. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a medium-sleeve T-shirt with pure color patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        title="Mine4Nine Women Lavender Solid Cotton Maternity Tunic",
        category="Tunics",
        color="Lavender",
    ),
    # Photo: white solid straight kurta, full sleeves, round neck, black leggings, black juttis. Caption: epoch-3
    # caption adapter (hue word leaked, for the leggings); answers: extractive QA over that caption.
    case(
        "X1578-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a black leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a black leggings"),
        Q.garment_type("shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        is_a("kurta", "", "non_answer"),
        gender="Women",
        title="Libas Women Plus Size White Solid Straight Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: flat lay on a wooden floor, no model, no accessories: mustard floral georgette maxi dress, full sleeves,
    # V-neck. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("long-sleeve"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Sztori Women Plus Size Mustard Yellow Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black cotton-stretch ankle-length jeggings, model in a long maroon solid tunic that covers her hips, only
    # the lower legs of the jeggings show. Caption: epoch-3 caption adapter; answers: extractive QA over the caption.
    case(
        "X1578-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings."
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.material("cotton"),
        gender="Women",
        title="Go Colors Women Plus Size Black Solid Ankle-Length Jeggings",
        category="Jeggings",
        color="Black",
    ),
    # Photo: white tunic with a blue floral print, short sleeves, round neck, blue jeans; she holds sunglasses in one
    # hand. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-032",
        caption(
            "This female is wearing a short-sleeve shirt with floral patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. This "
            "female",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("short-sleeve"),
        D.description("a short-sleeve shirt with floral patterns"),
        gender="Women",
        title="Therapy Women Plus Size White & Blue Floral Printed Tunic",
        category="Tunics",
        color="White",
    ),
    # Photo: black rayon straight kurta with multicolour thread embroidery on the yoke, full sleeves, V-neck, black
    # palazzos. Caption: epoch-3 caption adapter (looped to 50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is with cotton fabric. It has a V-shape neckline. The dress is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Juniper Women Plus Size Black Yoke Design Embroidered Rayon Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: pregnant model, coral sleeveless cotton maternity A-line dress, round neck, a light-wash denim jacket worn
    # open over it. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady also wears an outer clothing, with denim fabric and pure color patterns."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Momsoon Maternity Women Coral Solid Maternity A-Line Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: peach sleeveless flared georgette tunic with lace inserts at the hem, round neck, white jeggings.
    # Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-035",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("patterns", "restated"),
        Q.sleeve_length("no sleeves"),
        D.details("chiffon fabric and pure color patterns"),
        gender="Women",
        title="Wuxi Women Plus Size Peach-Coloured Solid A-Line Tunic with Lace Detail",
        category="Tunics",
        color="Peach",
    ),
    # Photo: green printed straight kurta, full sleeves, round neck, white pants, jhumka earrings and glass bangles, no
    # ring. Feed row has no category. Caption: epoch-3 caption adapter (50 tokens); answers: extractive QA over it.
    case(
        "X1578-036",
        caption(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This female is "
            "wearing a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Aurelia Women Plus Size Green Printed Straight Kurta",
        color="Green",
    ),
    # Photo: blue mid-rise jeggings, white full-sleeve shirt with a collar worn untucked, tan loafers. Caption:
    # epoch-3 caption adapter (hue word leaked, for the shirt; 50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-037",
        caption(
            "The lady wears a long-sleeve white shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color patterns"),
        Q.material("denim"),
        gender="Women",
        title="Kraus Jeans Women Plus Size Blue Mid-Rise Denim Jeggings",
        category="Jeggings",
        color="Blue",
    ),
    # Photo: black and white horizontal-striped knit T-shirt dress, short sleeves, round neck, knee length, white
    # sneakers. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-038",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped patterns"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="Instafab Plus Women Black & White Striped T-shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: pregnant model, teal solid maternity maxi dress, short sleeves, V-neck, both hands on the bump, no rings.
    # Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. This lady wears a ring.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        D.details("V-shape neckline"),
        gender="Women",
        title="Mine4Nine Women Teal Solid Maternity Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: indigo blue printed cotton A-line kurta, 3/4 sleeves, round neck with a keyhole, white trousers.
    # Caption: epoch-3 caption adapter; answers: extractive QA over that caption (the wearing span hit the QA
    # pipeline's answer-length cap).
    case(
        "X1578-040",
        caption(
            "This lady is wearing a medium-sleeve shirt with graphic patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a medium-sleeve shirt with graphic patterns and a", "cut"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Plus Size Blue Printed Pure Cotton A-Line Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: magenta longline tunic with gold foil print, 3/4 sleeves, mandarin collar, black leggings. Caption:
    # epoch-3 caption adapter (looped to 50 tokens); answers: extractive QA over that caption.
    case(
        "X1578-041",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The pants are "
            "with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic patterns"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Mish Women Plus Size Magenta Foil Printed Longline Tunic",
        category="Tunics",
        color="Magenta",
    ),
    # Photo: navy solid jeggings, model in a short floral-print kurti with 3/4 sleeves and a round neck. Caption:
    # epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-042",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a medium-sleeve shirt with floral patterns and a long leggings"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="De Moza Women Plus Size Navy Blue Solid Cotton Jeggings",
        category="Jeggings",
        color="Navy Blue",
    ),
    # Photo: plus-size model with short hair, black solid chiffon kaftan dress, batwing sleeves to the wrist, V-neck,
    # a gold bangle. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-043",
        caption(
            "This person is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "Its neckline is V-shape. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Sztori Women Plus Size Black Solid Kaftan Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: yellow floral-print sleeveless kurta with matching floral palazzos and a dupatta round the neck. Feed row
    # has no gender. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-044",
        caption(
            "The lady wears a sleeveless dress with floral patterns and a long pants. The dress is with cotton fabric. "
            "The pants are with cotton fabric and floral patterns. This lady has neckwear.",
            "contradiction",
        ),
        wearing("a sleeveless dress with floral patterns and a long pants", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral patterns"),
        Q.sleeve_length("sleeveless"),
        D.details("This lady has neckwear"),
        title="Libas Women Plus Size Yellow Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: olive cotton utility tunic with patch pockets, shirt collar, full roll-up sleeves, beige trousers, a potted
    # plant beside her. Caption: epoch-3 caption adapter; answers: extractive QA over that caption.
    case(
        "X1578-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Instafab Plus Women Olive Green Solid Pure Cotton Utility Tunic",
        category="Tunics",
        color="Olive",
    ),
    # Photo: dark navy solid sheath dress, elbow-length sleeves, round neck, studio lighting makes it look very dark.
    # Caption: epoch-3 caption adapter (hue word leaked, and wrong); answers: extractive QA over that caption.
    case(
        "X1578-046",
        caption(
            "The lady wears a medium-sleeve black dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline.",
            "contradiction",
        ),
        wearing("a medium-sleeve black dress with pure color patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.pattern("pure color patterns"),
        Q.sleeve_length("medium-sleeve"),
        gender="Women",
        title="Eavan Women Plus Size Navy Blue Solid Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
]
