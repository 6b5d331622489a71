"""BLIND_1268 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-second session. Measured blind at 75d2b57 (the session's seventh rules): 89/104 failures found (85.6%) and
12/159 correct texts flagged (7.5%). The writer's notes, verbatim:

Scenario: a Myntra women's dresses and tops feed (article types Dresses, Tops, Tshirts, Shirts, Tunics), the usual
catalog shots: a model on a plain backdrop wearing the product with jeans, trousers, a skirt or shorts; a few back
views, two flat lays, one close crop of torso and hands, props (a bag, a clutch, sunglasses). Columns as the feed has
them: title, category (article type), color (base colour), gender; gender or color left out now and then.
Who wrote what: every caption is the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b, greedy, 50 new tokens, empty prompt). Every answer is timpal0l/mdeberta-v3-base-squad2 run
extractively over that caption, so each answer is a span of the caption (or "" when the QA model chose no answer);
the answers never hit a token limit and can only be as good as the caption. The adapter writes the
DeepFashion-MultiModal template ("The lady wears a short-sleeve shirt with pure color patterns. The shirt is with
cotton fabric and its neckline is round. ..."), which has no hue names, so the color question almost always gets a
pattern phrase ("pure color", "floral", "solid color") or nothing; a hue appears only where the base model's prior
leaks through after the template (a "black bag", "white long pants", "yellow dress"). The adapter never learned to
stop: every caption ran to the 50-token limit (hit_limit=True on all). Dress captions are short templates, so the
rest of the budget goes to repeats or invented accessories; top captions run out mid-way through the lower garment.
A few captions read complete because the template ended at the limit or the model emitted padding after it.
Labeling conventions and judgement calls: one label per text. On a caption, contradiction (wrong garment type,
sleeves or pattern against the photo/title) or pronoun or unsupported (an invented person, jewelry, hat) wins over
cut/loop; otherwise a caption ending mid-sentence is cut and one repeating a sentence is loop. A caption that reaches
the limit on a complete sentence with nothing false is correct (hit_limit=True, no label). Neckline and fabric slips
in a caption do not override cut/loop. Color answers: a pattern phrase that is the product's own ("pure color" for a
solid top, "floral" for a floral dress) or "" is non_answer; a pattern phrase or hue that belongs to another garment
or a prop in the caption and misdescribes the product (jeans' "solid color" for a striped shirt, the bag's "black"
for a red dress) is other_garment_color; when top and bottom share the phrase it is non_answer. "shirt" or "T-shirt"
for a Tops item is accepted (the In-shop class is blouse/shirt, tee); "dress" or "sweater" for a tunic or a sweater
dress is a contradiction, as is a material answer against a fabric named in the title (chiffon for Lace, Satin) or
taken from the jeans. Material answers are judged by the photo only where it shows otherwise; "cotton" for a matte
solid is left correct. A wearing answer that names a true garment of the product is correct; answers that carry an
invented accessory are unsupported. No prompt leaks are possible here (the QA model only copies the caption).
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    DEFAULT_QUESTIONS as D,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    wearing,
)

BLIND_1268 = [
    # Truth: model front, plain grey backdrop; black sleeveless knee-length fit-and-flare dress, round neck, white
    # sneakers, a wristwatch. Caption: epoch-3 caption adapter; answers: mdeberta-v3-base-squad2 over the caption.
    case(
        "X1268-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: model front, white backdrop; navy-and-white horizontal striped boat-neck top, three-quarter sleeves,
    # tucked into light-blue jeans. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-002",
        caption(
            "The lady wears a medium-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with stripe patterns"),
        Q.garment_type("shirt"),
        Q.color("solid color", "other_garment_color"),
        Q.pattern("stripe"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Navy Blue & White Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Truth: model front; mustard wrap top with small white flowers, short flutter sleeves, V-neck, black trousers.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-003",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.details("its neckline is V-shape"),
        gender="Women",
        title="HERE&NOW Women Mustard Yellow Floral Print Wrap Top",
        category="Tops",
        color="Mustard",
    ),
    # Truth: model front; pink sleeveless peplum top, square neck on broad straps, white jeans.
    # Caption: caption adapter (reads complete at the limit); answers: extractive QA over the caption.
    case(
        "X1268-004",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton fabric "
            "and it has a suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns",
            hit_limit=True,
        ),
        Q.garment_type("tank shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        wearing("a sleeveless tank shirt with pure color patterns"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Peplum Top",
        category="Tops",
        color="Pink",
    ),
    # Truth: model front; maroon long-sleeve georgette maxi dress, V-neck, self-tie belt at the waist.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is a belt. The lady wears a long-sleeve dress with pure color patterns. The "
            "dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        D.details("There is a belt"),
        gender="Women",
        title="Athena Women Maroon Solid Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: model front; white cotton broderie (self-design eyelet) A-line dress, short puff sleeves, knee length,
    # thin gold bracelet, brown straw bag in hand, tan sandals. Caption: caption adapter; answers: QA over it.
    case(
        "X1268-006",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. She has a brown bag in her hand. The lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women White Self-Design A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: model front; black lace bodycon mini dress, long sheer lace sleeves, round neck, black heels.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a ring on her finger. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="DressBerry Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: model with a short crop haircut, front; red-and-white vertical striped collared shirt-style top, long
    # sleeves rolled once, black jeans. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-008",
        caption(
            "This gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. This gentleman wears a long pants. The pants are with denim fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns", who="she"),
        Q.garment_type("shirt"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("stripe"),
        Q.sleeve_length("long-sleeve"),
        D.details("lapel neckline"),
        gender="Women",
        title="Harpa Women Red Striped Shirt Style Top",
        category="Tops",
        color="Red",
    ),
    # Truth: model front; olive solid cotton shirt, long sleeves, collar, tucked into beige chinos.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        color_of("shirt", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Regular Fit Solid Casual Shirt",
        category="Shirts",
        color="Olive",
    ),
    # Truth: model front, bare-headed; green tiered maxi dress with pink flowers, spaghetti straps, no jewelry.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-010",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and it has a "
            "suspenders neckline. The dress is of long length. The lady wears a hat. There is an accessory on her "
            "wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        D.details("The lady wears a hat", "unsupported"),
        gender="Women",
        title="FabAlley Women Green Floral Printed Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: model front holding a white clutch; pink wrap midi dress with self-stripe texture, short sleeves,
    # V-neck. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-011",
        caption(
            "The lady wears a short-sleeve dress with stripe patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of medium length. The lady wears a short-sleeve dress with stripe "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Pink Self-Striped Wrap Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: model front; mid-blue washed denim shirt dress, long sleeves rolled to the elbow, collar, knee length,
    # self belt, wristwatch. Caption: caption adapter (complete at the limit); answers: QA over it.
    case(
        "X1268-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and it has a "
            "lapel neckline. There is a belt. The dress is of medium length. There is an accessory on her wrist",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        D.details("lapel neckline"),
        describe("dress", "dress", "restated"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: model front; white cotton tee with a black text print, short sleeves, round neck, blue denim shorts.
    # Caption: caption adapter (complete at the limit); answers: extractive QA over the caption.
    case(
        "X1268-013",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a three-point shorts. The shorts are with denim fabric and solid color "
            "patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("solid color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: flat lay on a white surface, no person; black solid round-neck cotton tee, short sleeves.
    # Caption: caption adapter (invents a wearer and pants); answers: extractive QA over the caption.
    case(
        "X1268-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: model front; blue thigh-length tunic with white ikat print, three-quarter sleeves, mandarin collar,
    # white leggings. Caption: caption adapter (calls it a dress); answers: extractive QA over the caption.
    case(
        "X1268-015",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is standing. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Blue & White Printed Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Truth: back view; black knee-length sheath dress with small white polka dots, cap sleeves, keyhole back.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-016",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. The dress is "
            "of medium length. The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        D.details("", "non_answer"),
        gender="Women",
        title="Street 9 Women Black Printed Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: model front; red off-shoulder bardot top, long sleeves, blue jeans.
    # Caption: caption adapter (gives it a round neck); answers: extractive QA over the caption.
    case(
        "X1268-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("solid color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("its neckline is round", "contradiction"),
        gender="Women",
        title="ONLY Women Red Solid Off-Shoulder Top",
        category="Tops",
        color="Red",
    ),
    # Truth: model front beside a wooden stool; yellow pure-cotton midi dress with small blue block-printed flowers,
    # three-quarter sleeves, round neck, no ring or bracelet. Caption: caption adapter; answers: QA over it.
    case(
        "X1268-018",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a ring on her finger. There is an "
            "accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        D.details("a ring on her finger", "unsupported"),
        gender="Women",
        title="Cottinfab Women Yellow Printed Pure Cotton Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: model front; navy solid shift dress above the knee, short sleeves, round neck, wristwatch, white
    # sneakers. Caption: caption adapter; answers: extractive QA over the caption. (No gender column in this row.)
    case(
        "X1268-019",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        D.description("a short-sleeve dress with pure color patterns"),
        title="AND Women Navy Blue Solid Shift Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: model front; peach chiffon blouson top, long balloon sleeves, round neck, tucked into white trousers.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Marie Claire Women Peach-Coloured Solid Blouson Top",
        category="Tops",
        color="Peach",
    ),
    # Truth: model front; grey melange cotton tee, short sleeves, round neck, black track pants.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.color("", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Truth: model front; red-and-black tartan check A-line dress, long sleeves, collar, knee length, thin black
    # belt, ankle boots. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-022",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and it has a "
            "lapel neckline. There is a belt. The dress is of medium length. There is an accessory on her wrist. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        D.details("There is a belt"),
        gender="Women",
        title="Zima Leto Women Red & Black Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: model front; white sleeveless shirt-style top (collar, buttons) worn under an open beige long-sleeve
    # cardigan, black trousers. Caption: caption adapter (gives the top the cardigan's sleeves); answers: QA over it.
    case(
        "X1268-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. This lady also wears an outer clothing, with knitted fabric and pure color patterns. "
            "The lady wears a long",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women White Sleeveless Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Truth: model front, hair wind-blown; blue georgette maxi dress with white flowers, short flutter sleeves,
    # V-neck, bangle and a ring. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-024",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. She",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.description("a short-sleeve dress with floral patterns"),
        gender="Women",
        title="Forever New Women Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: model front; colourblocked top, white above the bust seam and black below, short sleeves, round neck,
    # white trousers. Caption: caption adapter (complete at the limit); answers: extractive QA over the caption.
    case(
        "X1268-025",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="U&F Women Black & White Colourblocked Top",
        category="Tops",
        color="Black",
    ),
    # Truth: model front; burgundy satin slip dress, spaghetti straps, cowl neck, midi, chain bracelet.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears "
            "a sleeveless",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Athena Women Burgundy Satin Slip Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: model front; coral ribbed-knit sleeveless crop top, square neck, high-waist blue jeans.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-027",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with knitted fabric "
            "and its neckline is square. The lady wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank shirt"),
        Q.color("solid color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitted"),
        gender="Women",
        title="Kassually Women Coral Solid Crop Top",
        category="Tops",
        color="Coral",
    ),
    # Truth: back view, model with a short bob; lavender sleeveless fit-and-flare dress, knee length; no hands or
    # jewelry in view. Caption: caption adapter (a man's pronouns); answers: extractive QA over the caption.
    case(
        "X1268-028",
        caption(
            "His dress has no sleeves, cotton fabric and pure color patterns. It is of medium length. The gentleman "
            "wears a ring on his finger. There is an accessory on his wrist. The gentleman wears a ring on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("dress", who="she"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        D.details("a ring on his finger", "unsupported"),
        gender="Women",
        title="DressBerry Women Lavender Solid Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Truth: model front with a canvas tote; white shirt with thin blue vertical stripes, long sleeves, collar,
    # dark jeans. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-029",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "She has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with stripe patterns"),
        Q.garment_type("shirt"),
        color_of("shirt", "pure color", "other_garment_color"),
        Q.pattern("stripe"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women White & Blue Striped Shirt",
        category="Shirts",
        color="White",
    ),
    # Truth: model front; black tiered maxi dress with pink flowers, long balloon sleeves, square neck.
    # Caption: caption adapter; answers: extractive QA over the caption. (No gender column in this row.)
    case(
        "X1268-030",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is square. The dress is of long length. The lady wears a long-sleeve dress with floral "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        color_of("dress", "floral", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        D.details("its neckline is square"),
        title="Berrylush Women Black & Pink Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: model front; mustard crepe wrap top, three-quarter sleeves, V-neck, white jeans.
    # Caption: caption adapter (complete at the limit; "white" is right for the jeans); answers: QA over it.
    case(
        "X1268-031",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a white long pants. The pants are with denim fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Wrap Top",
        category="Tops",
        color="Mustard",
    ),
    # Truth: model front; green top with a dense small white leaf print, short sleeves, round neck, black pants.
    # Caption: caption adapter (calls the print pure color); answers: extractive QA over the caption.
    case(
        "X1268-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Harpa Women Green & White Printed Top",
        category="Tops",
        color="Green",
    ),
    # Truth: model front holding a black clutch, black heels; red solid sheath dress above the knee, sleeveless,
    # square neck. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of medium length. She has a black bag in her hand. The lady wears a "
            "black",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Rare Women Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: model front; off-white cotton tunic with red and blue block print, long sleeves, tasselled V-neck,
    # blue jeans. Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-034",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("solid color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Global Desi Women Off-White Printed Tunic",
        category="Tunics",
        color="Off White",
    ),
    # Truth: flat lay on white, no person, no jewelry; pink fit-and-flare dress with white daisies, short sleeves,
    # round neck. Caption: caption adapter (invents a wearer and jewelry); answers: extractive QA over the caption.
    case(
        "X1268-035",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a ring on her finger. There is an",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Sera Women Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: model front; bodycon dress colourblocked white (bodice, short sleeves) and black (skirt), knee length;
    # it looks like a tee over a skirt. Caption: caption adapter (reads it as two garments); answers: QA over it.
    case(
        "X1268-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Street 9 Women White & Black Colourblocked Bodycon Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: model front; teal chiffon top with short ruffle sleeves, round neck, tucked into a white midi skirt.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-037",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        D.description("a short-sleeve shirt with pure color patterns"),
        D.details("its neckline is round"),
        gender="Women",
        title="Chemistry Women Teal Blue Solid Top with Ruffles",
        category="Tops",
        color="Teal",
    ),
    # Truth: model front, plain backdrop, bracelet on the left wrist; navy tea dress with white polka dots, short
    # sleeves, V-neck, midi. Caption: caption adapter; answers: QA over it. (No color column in this row.)
    case(
        "X1268-038",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Dorothy Perkins Women Navy Blue Polka Dot Tea Dress",
        category="Dresses",
    ),
    # Truth: model front; rust ribbed-knit top, long sleeves, high neck, blue jeans.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with knitted fabric and its "
            "neckline is standing. The lady wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("solid color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        D.details("its neckline is standing"),
        gender="Women",
        title="Roadster Women Rust Brown Solid High Neck Top",
        category="Tops",
        color="Rust",
    ),
    # Truth: close crop of torso and hands; white cotton top with a thread-embroidered yoke, short sleeves; two rings
    # and a bracelet. Caption: caption adapter (loops on the jewelry, reaches the top at the limit); answers: QA.
    case(
        "X1268-040",
        caption(
            "There is an accessory on her wrist. The lady wears a ring on her finger. There is an accessory on her "
            "wrist. The lady wears a ring on her finger. The lady wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve", "cut"),
        Q.garment_type("", "non_answer"),
        Q.color("", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women White Embroidered Top",
        category="Tops",
        color="White",
    ),
    # Truth: model front, ankle boots; grey cable-knit sweater dress, long sleeves, turtle neck, knee length.
    # Caption: caption adapter (reads it as a sweater and a skirt); answers: QA over it. (No gender column.)
    case(
        "X1268-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and "
            "its neckline is standing. The lady wears a medium short skirt. The skirt is with knitted fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        title="Marie Claire Women Grey Self-Design Sweater Dress",
        category="Dresses",
        color="Grey",
    ),
    # Truth: model front; black solid short-sleeve cotton top, round neck, grey knee-length skirt.
    # Caption: caption adapter (complete at the limit); answers: extractive QA over the caption.
    case(
        "X1268-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Regular Top",
        category="Tops",
        color="Black",
    ),
    # Truth: model front; bright yellow sleeveless ruffled chiffon dress, V-neck, above the knee.
    # Caption: caption adapter (the base model's "yellow" leaks in after the template); answers: QA over it.
    case(
        "X1268-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of medium length. The lady wears a yellow dress. The lady wears a "
            "yellow dress. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="FabAlley Women Yellow Solid Ruffled Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: model front; off-white lace top, short sleeves, round neck, blue jeans.
    # Caption: caption adapter; answers: extractive QA over the caption.
    case(
        "X1268-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("solid color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Athena Women Off-White Lace Top",
        category="Tops",
        color="Off White",
    ),
    # Truth: model front; black sleeveless halter maxi dress, plain; a cuff bracelet and a ring.
    # Caption: caption adapter (never says the sleeves); answers: extractive QA over the caption.
    case(
        "X1268-045",
        caption(
            "The dress this lady wears is of long length. The dress is with chiffon fabric and pure color patterns. "
            "There is an accessory on her wrist. The lady wears a ring on her finger. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("dress", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long length", "contradiction"),
        Q.material("chiffon"),
        gender="Women",
        title="SASSAFRAS Women Black Sleeveless Halter Maxi Dress",
        category="Dresses",
        color="Black",
    ),
]
