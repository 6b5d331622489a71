"""BLIND_918 (46 products; old Myntra kurtas and shirts, caption epoch 1): written blind in the fifty-seventh session.
Measured blind at e30524e (the session's fifth rules): 109/121 failures found (90.1%) and 10/180 correct texts flagged
(5.6%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short product titles ("Biba Printed Kurta", "Arrow
Shirt") and the columns title, category, color, gender (a few rows lack gender or color). Women's kurtas worn over
leggings, churidars or palazzos (sometimes with a dupatta), and men's shirts worn with trousers, jeans, chinos or
shorts (sometimes open over a t-shirt or under a blazer); white studio backdrop, front view, one model per photo.

Who wrote what: every caption and every open answer (wearing, describe, details, material, open color questions) is
free generation by BLIP-2 OPT-2.7b with the caption adapter at epoch 1 (leoreigoto/..._Caption_First_Epoch). It
writes the DeepFashion template ("The lady wears a three-quarter-sleeve kurta with floral patterns ... The kurta is
with cotton fabric. It has a round neckline."), names patterns as "pure color", "lattice", "stripe", "graphic", still
knows hue words and "kurta" from the base model at this epoch, was trained without an end token, so it often runs to
the limit (50 tokens for captions, 30 for answers) and loops or stops mid-phrase; it sometimes returns the template
for a question, echoes the "Question: ... Answer:" format, invents accessories ("an accessory on her wrist", a ring,
a tie), gives a garment the color of the trousers or leggings, and mixes up his/her. Closed answers (garment_type,
color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, which picks one candidate:
they never loop or stop short, but can pick a wrong value or another garment's color.

Labeling conventions and judgement calls:
- One label per text. When a text has two faults, the label is the one a reader would mind most (a wrong color, a
  wrong pronoun or an invented detail beats the cut it also has); hit_limit stays True whenever the text ran to its
  token limit. A text that loops is labeled loop even though it also hits the limit.
- A text that ran to the token limit and stops mid-phrase is labeled cut, even when everything it said is right.
- Shades count as right: maroon for "red", lavender for "purple", peach for "pink", teal or olive for "green", cream
  for "white", indigo for "navy blue"; "gray" and "grey" are the same.
- Where the seller's color is wrong for the photo (a "Brown" kurta that is plainly rust), a text that gives the
  photo's color is correct and unlabeled.
- A kurta called "dress" or "tank top" is a contradiction (seller says Kurtas, photo shows a tunic over bottoms);
  "kurta", "top", "tunic" and "anarkali" are right for it.
- An answer that gives the product the color of the bottoms, the leggings, a t-shirt under it or a blazer over it is
  other_garment_color (closed answers included); a color no garment in the photo has, a wrong pattern or sleeve
  length, a wrong garment type, a wrong yes/no, or one color given to two differently colored garments (asked about
  the bottoms) is contradiction.
- "pure color patterns" for a solid garment with a narrow border or tonal embroidery is right; for an all-over print
  it would be a contradiction. Leaf prints count as floral, a zigzag print as stripes in the caption.
- Invented accessories (wrist accessory, ring, tie), pockets, zippers, buttons or embroidery the photo does not show,
  and a fabric named with no support (silk, georgette, khadi, chiffon for a cotton-looking garment) are unsupported.
  "cotton" for a cotton-looking shirt or kurta is correct; a fabric the title contradicts is a contradiction.
- A one-word answer to an open question that only names the garment ("shirt", "kurta"), or "yes", "no" or "none"
  to an open question, is non_answer; an answer that only turns the question back ("the color of the kurta", "the
  shirt is a shirt", "the material of the garment") is restated.
- Any text that carries "Question:" or "Answer:" is a leak, even when the answer inside it is right.
- Caption-template answers to a question are correct when they answer it, end cleanly and are right for the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_918 = [
    # photo: knee-length straight mustard-yellow kurta with small white block-print motifs, three-quarter sleeves,
    # round neck, side slits visible, white churidar leggings, white backdrop, front view; caption adapter epoch 1
    # wrote caption and open answers, reference engine the closed ones
    case(
        "X918-001",
        caption(
            "The lady wears a three-quarter-sleeve kurta with graphic patterns and a long leggings. The kurta is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and white leggings", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.color("mustard"),
        Q.pattern("printed"),
        details("kurta", "The kurta has a round neckline and three-quarter sleeves. It has slits on the sides."),
        Q.material("The kurta is with cotton fabric and it has a zipper at the back", "unsupported"),
        title="Biba Women Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: light blue solid formal shirt, no pocket, long sleeves, tucked into charcoal grey trousers, brown belt,
    # white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue shirt and grey pants", who="the man"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "The shirt has a pocket on the chest with a flap and a button on the flap", "unsupported"),
        describe(
            "shirt",
            "The shirt is a shirt with a collar and buttons down the front. The shirt is a shirt with a collar and "
            "buttons down the front. The shirt is a",
            "loop",
            hit_limit=True,
        ),
        title="Arrow Men Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flared maroon anarkali kurta, long sleeves, solid with a narrow gold foil border at the hem, maroon
    # churidar, gold bangles on her right wrist, white backdrop, front view; caption adapter epoch 1 (caption, open),
    # reference engine (closed)
    case(
        "X918-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        wearing("a maroon anarkali kurta with churidar", who="she"),
        Q.garment_type("kurta"),
        color_of("kurta", "red", kind="open"),
        details("kurta", "the details of the kurta", "restated"),
        is_a("kurta", "yes"),
        title="Anouk Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: red and navy checked casual shirt, long sleeves rolled to the elbows, one chest pocket, untucked over
    # blue jeans, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a red and blue plaid shirt and jeans", who="the man"),
        color_of("shirt", "red", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details(
            "shirt",
            "the shirt has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on "
            "the chest and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe(
            "shirt",
            "The shirt is red and blue with a check pattern. It has long sleeves rolled up to the elbows and a "
            "pocket on the left side of the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Check Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: white chikankari kurta, tonal white embroidery all over, three-quarter sleeves, round neck, white
    # palazzo trousers, no jewellery, white backdrop, front view; caption adapter epoch 1 (caption, open), reference
    # engine (closed)
    case(
        "X918-005",
        caption(
            "The lady wears a three-quarter-sleeve top with pure color patterns and a long pants. The top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. This lady wears a ring on her "
            "finger.",
            "unsupported",
        ),
        wearing("a white kurta and white palazzo pants", who="she"),
        Q.color("white"),
        describe(
            "kurta",
            "The kurta is white with embroidery all over it. It has three-quarter sleeves and a round neckline. The "
            "kurta is white with embroidery all over it. It has",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        Q.pattern("embroidered"),
        title="Sangria Chikan Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: white shirt with thin light-blue vertical pinstripes, long sleeves, spread collar, one chest pocket,
    # tucked into navy trousers, white backdrop, front view; caption adapter epoch 1 (caption, open), reference
    # engine (closed)
    case(
        "X918-006",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("Question: What is the man wearing? Answer: a white shirt and blue pants", "leak", who="the man"),
        color_of("shirt", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        is_a("shirt", "yes"),
        details("shirt", "thin blue stripes, a spread collar and a single chest pocket"),
        title="Peter England Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: teal straight kurta with small white floral print, short sleeves, round neck, white leggings, white
    # backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-007",
        caption(
            "The lady wears a short-sleeve kurta with floral patterns and a long leggings. The kurta is with cotton "
            "fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("She is wearing a green kurta with white flowers and white leggings", who="she"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.color("teal"),
        Q.sleeve_length("short sleeves"),
        Q.material("the material is cotton fabric and it has a lining inside", "unsupported"),
        details(
            "kurta", "The kurta has a round neckline and short sleeves. His kurta is with cotton fabric.", "pronoun"
        ),
        title="W Floral Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: black solid casual shirt, long sleeves, no pockets, untucked over mid-grey jeans, white backdrop, front
    # view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black shirt and black pants", "contradiction", who="the man"),
        Q.color("black"),
        color_of("jeans", "grey", kind="open"),
        describe(
            "shirt",
            "The shirt is black with a collar and buttons. It has a pocket on the left chest and a pocket on the right "
            "chest. It has a zipper on the",
            "unsupported",
            hit_limit=True,
        ),
        title="HRX Men Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: pink A-line kurta with orange block-printed flowers, three-quarter sleeves, V neck, white palazzos, a
    # pink dupatta over her left shoulder, white backdrop, front view; caption adapter epoch 1 (caption, open),
    # reference engine (closed)
    case(
        "X918-009",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has "
            "a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink kurta, a dupatta and white palazzos", who="she"),
        Q.color("pink"),
        color_of(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("cotton"),
        describe("kurta", "The kurta is pink with orange flowers. It has a v-neck with a tassel tie.", "unsupported"),
        title="Global Desi Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green utility shirt, long sleeves, two flap chest pockets, untucked over beige chinos, white
    # backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green shirt and khaki pants", who="the man"),
        color_of("shirt", "beige", "other_garment_color", kind="open"),
        Q.color("olive"),
        details("shirt", "two chest pockets with flaps and buttons"),
        is_a("shirt", "yes"),
        title="Roadster Men Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue straight kurta with white geometric ikat print, long sleeves, mandarin (stand) collar, white
    # churidar, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-011",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns and a long leggings. The kurta is with cotton "
            "fabric. It has a stand neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("Answer: a blue kurta and white leggings", "leak", who="she"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        describe(
            "kurta",
            "The kurta is blue with white patterns and has a stand collar. The kurta is long and has long sleeves.",
        ),
        Q.sleeve_length("long sleeves"),
        title="Fabindia Ikat Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white solid shirt, long sleeves, worn open over a grey crew-neck t-shirt, blue jeans, white backdrop,
    # front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-012",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric."
        ),
        wearing("a white shirt over a grey t-shirt and blue jeans", who="the man"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.material("cotton"),
        details("shirt", "The shirt has a chest pocket with a logo and a zipper", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Mast & Harbour Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: sleeveless black straight kurta with small white polka dots, round neck, side slit, black leggings,
    # framed to the knees (no feet), white backdrop, front view; caption adapter epoch 1 (caption, open), reference
    # engine (closed)
    case(
        "X918-013",
        caption(
            "The lady wears a sleeveless kurta with graphic patterns and a long leggings. The kurta is with cotton "
            "fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a black and white polka dot kurta with black leggings", who="she"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        color_of("kurta", "black with white dots", kind="open"),
        details(
            "kurta",
            "The kurta has a round neckline and a slit at the side. She wears a pair of black shoes. She wears a pair "
            "of black shoes. She wears",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        title="Libas Polka Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue shirt with small white floral print, short sleeves, untucked over light grey chinos, white
    # backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-014",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a navy blue shirt with white flowers and grey pants", who="he"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe(
            "shirt",
            "The shirt is a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The gentleman wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        title="Highlander Printed Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust-orange straight kurta with gold foil print on the yoke only, three-quarter sleeves, round neck,
    # cream palazzos, white backdrop, front view (the seller's "Brown" is wrong); caption adapter epoch 1 (caption,
    # open), reference engine (closed)
    case(
        "X918-015",
        caption(
            "The lady wears a three-quarter-sleeve kurta with graphic patterns and a long pants. The kurta is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("an orange kurta and white pants", who="she"),
        Q.color("rust"),
        Q.garment_type("dress", "contradiction"),
        color_of("kurta", "orange", kind="open"),
        details("kurta", "gold print on the neck and yoke"),
        Q.material("The kurta is with silk fabric and gold zari embroidery on the sleeves and the hem", "unsupported"),
        title="Vishudh Kurta",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: maroon solid shirt, long sleeves, tucked into black trousers, black belt, white backdrop, front view;
    # caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on his "
            "waist."
        ),
        wearing("a red shirt and black pants", who="the man"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        is_a("shirt", "yes"),
        details("shirt", "Answer: the shirt is maroon with a collar and buttons", "leak"),
        describe("shirt", "shirt", "non_answer"),
        title="Louis Philippe Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: lavender straight kurta, solid with white thread embroidery on the neckline, three-quarter sleeves,
    # round neck, white churidar, white backdrop, front view; caption adapter epoch 1 (caption, open), reference
    # engine (closed)
    case(
        "X918-017",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns and a long leggings. The kurta is "
            "with cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple kurta", who="she"),
        Q.color("lavender"),
        color_of("kurta", "the color of the kurta", "restated", kind="open"),
        details("kurta", "white embroidery around the neckline"),
        Q.pattern("solid"),
        title="Aurelia Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: mid-blue chambray denim shirt, long sleeves, two buttoned chest pockets, untucked over black jeans, white
    # backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a denim shirt and black jeans", who="the man"),
        Q.material("denim"),
        color_of("jeans", "blue", "contradiction", kind="open"),
        Q.color("blue"),
        details(
            "shirt",
            "The shirt has two pockets on the chest and buttons on the pockets. The shirt has two pockets on the chest "
            "and buttons on the pockets. The shirt has",
            "loop",
            hit_limit=True,
        ),
        title="Levis Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flowy yellow georgette anarkali with green and pink floral print, three-quarter sleeves, round neck,
    # green leggings, green dupatta draped over both shoulders, white backdrop, front view; caption adapter epoch 1
    # (caption, open), reference engine (closed)
    case(
        "X918-019",
        caption(
            "The lady wears a three-quarter-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It has "
            "a round neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        wearing("a yellow anarkali with green leggings and a green dupatta", who="she"),
        color_of("kurta", "green", "other_garment_color", kind="open"),
        Q.color("yellow"),
        Q.pattern("floral"),
        details("kurta", "The kurta has gold embroidery on the neckline and sequins on the sleeves", "unsupported"),
        is_a("kurta", "yes"),
        title="Biba Anarkali",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: grey melange solid shirt, long sleeves, button-down collar, no pocket, tucked into navy chinos, brown
    # belt, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a gray shirt and blue pants with a brown belt", who="the man"),
        color_of("pants", "grey", "contradiction", kind="open"),
        Q.color("grey"),
        describe("shirt", "The shirt is grey and it has a button-down collar. The shirt is tucked into the pants."),
        details(
            "shirt", "The shirt has a pocket on the chest, a logo on the pocket and a logo on the sleeve", "unsupported"
        ),
        title="Van Heusen Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: red straight kurta with black and white geometric print, long sleeves, round neck, black cigarette
    # trousers, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-021",
        caption(
            "His kurta has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The person wears "
            "a long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a red kurta and black pants", who="she"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "The kurta has a collar and buttons on the front.", "unsupported"),
        Q.material("cotton"),
        title="Rain & Rainbow Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: pink solid slim-fit shirt, long sleeves, tucked into grey trousers, white backdrop, front view; caption
    # adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("pink shirt", who="the man"),
        color_of("shirt", "pink", kind="open"),
        Q.color("pink"),
        describe(
            "shirt",
            "the shirt is pink and the pants are grey and the shirt is pink and the pants are grey and the shirt is "
            "pink and the pants are grey and",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "no", "contradiction"),
        title="Arrow Slim Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: beige cotton kurta with thin indigo vertical stripes, three-quarter sleeves, round neck, brown palazzos,
    # white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-023",
        caption(
            "The lady wears a three-quarter-sleeve kurta with stripe patterns and a long pants. The kurta is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a beige striped kurta and brown pants", who="she"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.color("beige"),
        Q.material("handloom khadi", "unsupported"),
        details("kurta", "stripes Question: What are the kurta details? Answer: stripes", "leak"),
        title="Fabindia Stripe Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: black and white gingham checked shirt, short sleeves, button-down collar, untucked over black jeans,
    # white backdrop, front view (the row has no gender); caption adapter epoch 1 (caption, open), reference engine
    # (closed)
    case(
        "X918-024",
        caption(
            "The gentleman wears a short-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black and white checkered shirt and black jeans"),
        Q.pattern("checked"),
        Q.sleeve_length("short sleeves"),
        describe("shirt", "no", "non_answer"),
        color_of("shirt", "black and white", kind="open"),
        details(
            "shirt",
            "The shirt has a button-down collar. The shirt has a button-down collar. The shirt has a button-down "
            "collar. The shirt has a button-down",
            "loop",
            hit_limit=True,
        ),
        title="Locomotive Check Shirt",
        category="Shirts",
        color="Black",
    ),
    # photo: peach straight kurta with white lace trim at the hem and sleeve ends, three-quarter sleeves, round neck,
    # white leggings, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-025",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns and a long leggings. The kurta is "
            "with cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "She wears a kurta. She wears a kurta. She wears a kurta. She wears a kurta. She wears a kurta. She wears "
            "a kurta. She",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "white lace at the hem and on the sleeves"),
        Q.material("cotton"),
        title="Jaipur Kurti Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: mustard-yellow solid shirt, long sleeves, untucked over blue jeans, white sneakers, no watch or bracelet,
    # white backdrop, full-length front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-026",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. "
            "He wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt and blue jeans", who="the man"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        Q.color("mustard"),
        is_a("shirt", "yes"),
        Q.material(
            "The shirt is with cotton fabric and the pants are with denim fabric. There is an accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        title="Basics Slim Fit Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: bottle-green straight kurta with all-over gold foil print, long sleeves, round neck with a keyhole slit,
    # beige churidar, white backdrop, front view only; caption adapter epoch 1 (caption, open), reference engine
    # (closed)
    case(
        "X918-027",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("a green and gold kurta", who="she"),
        color_of("kurta", "green", kind="open"),
        Q.color("beige", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "kurta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The kurta is green with gold print. It has long sleeves and a keyhole neck with a button at the back.",
            "unsupported",
        ),
        title="Sangria Foil Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black short-sleeve shirt with white tropical leaf print, buttoned, over beige shorts, white backdrop,
    # full-length front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-028",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a black and white shirt with leaves and khaki shorts", who="the man"),
        color_of("shorts", "black", "contradiction", kind="open"),
        Q.color("black"),
        Q.material("cotton"),
        Q.pattern("solid", "contradiction"),
        details("shirt", "the shirt has a leaf print"),
        title="Mast & Harbour Printed Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: indigo kurta with white dabu floral print, long sleeves, round neck, white palazzos, no jewellery, white
    # backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-029",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long pants. The kurta is with "
            "cotton fabric. "
            "It has a round neckline. The pants are with cotton fabric and pure color patterns. There is an accessory "
            "on her wrist.",
            "unsupported",
        ),
        wearing("a blue kurta", who="she"),
        color_of("kurta", "blue and white", kind="open"),
        Q.color("navy blue"),
        Q.sleeve_length("long sleeves"),
        describe("kurta", "kurta", "non_answer"),
        title="Indigo Dabu Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: khaki solid shirt with epaulettes and two flap chest pockets, long sleeves, over olive cargo trousers,
    # white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a khaki shirt and green cargo pants", who="the man"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        Q.color("khaki"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "epaulettes on the shoulders and two flap pockets"),
        describe("shirt", "Question: Describe the shirt. Answer: The shirt is khaki", "leak"),
        title="Wrangler Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: sleeveless magenta straight kurta with silver mirror work on the yoke, round neck, white leggings, white
    # backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The tank top is with "
            "cotton fabric. It has a round neckline.",
            "contradiction",
        ),
        wearing("a pink kurta and white leggings", who="she"),
        Q.color("magenta"),
        Q.sleeve_length("sleeveless"),
        details("kurta", "mirror work on the yoke"),
        Q.garment_type("kurta"),
        color_of("leggings", "pink", "contradiction", kind="open"),
        title="Anouk Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: white solid formal shirt, long sleeves, no tie, under an open navy blazer, navy trousers, white backdrop,
    # front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. There is an outer clothing with cotton fabric and pure color patterns."
        ),
        wearing("a suit and tie", "unsupported", who="the man"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("white"),
        is_a("jacket", "yes", "contradiction"),
        describe("shirt", "The shirt is white and has a collar. The shirt is worn under a blue jacket."),
        title="Raymond Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: olive straight kurta, solid with black embroidery at the V neckline, three-quarter sleeves, black
    # leggings, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-033",
        caption(
            "The lady wears a three-quarter-sleeve kurta with pure color patterns and a long leggings. The kurta is "
            "with cotton fabric. It has a v-shape neckline. The leggings are with cotton fabric and pure color "
            "patterns. She",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a green kurta and black leggings", "pronoun", who="she"),
        Q.color("olive"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        details("kurta", "the kurta has an embroidered neckline"),
        Q.pattern("solid"),
        describe(
            "kurta",
            "The kurta is green with black embroidery on the neck. There is a belt on her waist.",
            "unsupported",
        ),
        title="W Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: blue and white vertical striped shirt, long sleeves rolled to the forearm, untucked over white chinos,
    # white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-034",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns and a long trousers. The shirt is "
            "with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("a blue and white striped shirt and white pants", who="the man"),
        Q.pattern("checked", "contradiction"),
        color_of("shirt", "blue and white stripes", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the details of the shirt are stripes"),
        title="UCB Stripe Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: off-white straight kurta with red and blue floral print, long sleeves, round neck, red palazzos, white
    # backdrop, front view (the row has no gender); caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-035",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long pants. The kurta is with "
            "cotton fabric. "
            "It has a round neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white floral kurta and red pants"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        Q.color("off white"),
        Q.pattern("striped", "contradiction"),
        describe(
            "kurta",
            "The kurta is a kurta with floral patterns. The kurta is a kurta with floral patterns. The kurta is a "
            "kurta with floral patterns. The kurta",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Printed Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # photo (the row has no color): charcoal grey shirt with faint black checks, long sleeves, one plain chest
    # pocket, tucked into black trousers, white backdrop, front view; caption adapter epoch 1 (caption, open),
    # reference engine (closed)
    case(
        "X918-036",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("grey shirt", who="the man"),
        Q.color("black", "other_garment_color"),
        color_of("shirt", "dark grey", kind="open"),
        Q.pattern("checked"),
        describe(
            "shirt",
            "The shirt is grey with a checkered pattern and it has a pocket on the left side of the chest and the "
            "sleeves are long and the",
            "cut",
            hit_limit=True,
        ),
        title="Blackberrys Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: purple straight kurta with a white printed paisley border at the hem, three-quarter sleeves, round neck,
    # white churidar, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-037",
        caption(
            "The lady wears a three-quarter-sleeve kurta with graphic patterns and a long leggings. The kurta is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("Question: What is she wearing? Answer: purple kurta", "leak", who="she"),
        Q.color("purple"),
        color_of("leggings", "white", kind="open"),
        details("kurta", "paisley print border at the hem"),
        is_a("kurta", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Aurelia Printed Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: light green solid shirt, short sleeves, untucked over navy shorts, white backdrop, full-length front
    # view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-038",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and blue shorts", who="the man"),
        Q.color("green"),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("shorts", "green", "contradiction", kind="open"),
        describe("shirt", "a light green shirt with short sleeves"),
        Q.material("100% cotton with a soft linen blend and a wrinkle-free finish", "unsupported"),
        title="Basics Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: black straight kurta with multicolor thread embroidery on the yoke, long sleeves, round neck, black
    # palazzos, white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-039",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a long pants. The kurta is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. She has a",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.color("black"),
        details("kurta", "colorful embroidery on the yoke"),
        color_of("kurta", "the kurta is black", kind="open"),
        Q.material("the material of the garment", "restated"),
        title="Biba Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue solid shirt, long sleeves, untucked over beige chinos, brown shoes, white backdrop, full-length
    # front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. The "
            "gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt, beige chinos and brown shoes", who="he"),
        color_of("shirt", "blue", kind="open"),
        Q.color("beige", "other_garment_color"),
        describe("shirt", "The shirt is a shirt.", "restated"),
        is_a("shirt", "yes"),
        details("shirt", "buttons Question: Is this a shirt? Answer: yes", "leak"),
        title="Peter England Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: sea-green straight kurta with white zigzag (chevron) print, short sleeves, round neck, white leggings,
    # white backdrop, front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-041",
        caption(
            "The lady wears a short-sleeve kurta with stripe patterns and a long leggings. The kurta is with cotton "
            "fabric. It has a round neckline."
        ),
        wearing("a green and white kurta", who="she"),
        color_of("kurta", "green", kind="open"),
        Q.color("sea green"),
        Q.pattern("printed"),
        details("kurta", "The kurta has a zigzag print and short sleeves. She is wearing white leggings."),
        Q.material("chiffon", "unsupported"),
        title="Libas Printed Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: red solid shirt, long sleeves, worn open over a black crew-neck t-shirt, blue jeans, white backdrop,
    # front view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a red shirt over a black t-shirt and jeans", who="the man"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        details(
            "shirt",
            "the shirt is open and there is a black t-shirt under the shirt and the shirt is open and there is a black "
            "t-shirt under the",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt", "contradiction"),
        title="Roadster Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: cream straight kurta with pink floral thread embroidery on the front, three-quarter sleeves, round neck,
    # pink churidar, pink dupatta, white backdrop, front view; caption adapter epoch 1 (caption, open), reference
    # engine (closed)
    case(
        "X918-043",
        caption(
            "The lady wears a three-quarter-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta with pink flowers, pink leggings and a pink scarf", who="she"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        Q.color("cream"),
        describe("kurta", "The kurta is cream with pink embroidered flowers on the front."),
        is_a("dress", "no"),
        title="Anouk Embroidered Kurta",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: lavender solid shirt, long sleeves, tucked into grey trousers, black belt, white backdrop, front view;
    # caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("purple shirt and gray pants", who="the man"),
        Q.color("grey", "other_garment_color"),
        color_of("shirt", "light purple", kind="open"),
        describe(
            "shirt",
            "Her shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline.",
            "pronoun",
        ),
        Q.sleeve_length("long sleeves"),
        details("shirt", "the shirt details", "restated"),
        title="Arrow Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: orange kurta with pink bandhani dot print, long sleeves, V neck, white leggings, white backdrop, front
    # view; caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-045",
        caption(
            "The lady wears a long-sleeve kurta with graphic patterns and a long leggings. The kurta is with cotton "
            "fabric. It has a v-shape neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        wearing("an orange kurta", who="she"),
        Q.color("orange"),
        color_of(
            "kurta",
            "orange and pink orange and pink orange and pink orange and pink orange and pink orange and pink orange "
            "and pink orange and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("kurta", "yes", "non_answer"),
        Q.material("georgette", "unsupported"),
        Q.pattern("solid", "contradiction"),
        title="Global Desi Bandhani Kurta",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: brown solid corduroy shirt, long sleeves, untucked over dark blue jeans, white backdrop, front view;
    # caption adapter epoch 1 (caption, open), reference engine (closed)
    case(
        "X918-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("She is wearing a brown shirt and jeans", "pronoun", who="he"),
        Q.color("brown"),
        color_of("shirt", "brown", kind="open"),
        Q.material("corduroy"),
        details("shirt", "none", "non_answer"),
        describe(
            "shirt",
            "The shirt is with leather fabric and pure color patterns. It has a lapel neckline.",
            "contradiction",
        ),
        title="Wrangler Cord Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
]
