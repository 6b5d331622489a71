"""BLIND_840 (46 products; old Myntra kurtas and shirts, caption epoch 1): written blind in the fifty-sixth session.
Measured blind at 4c2dc86 (the session's third rules): 118/128 failures found (92.2%) and 6/177 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short product names ("W Women Solid Grey Kurtas",
"Basics Men Beige Slim Fit Shirt"): 23 women's kurtas and 23 men's shirts, all catalog shots on a white backdrop,
worn by a model with other clothes (leggings, churidar, palazzo or jeans under the kurtas, a dupatta on some; jeans,
trousers, chinos or shorts with the shirts, a t-shirt under an open shirt, a tie, a belt). Mostly front views, one
back view. Seller columns: title, category (Kurtas / Shirts), color (the seller's base colour), gender; two rows lack
the color column and one lacks the title, as rows of that feed do.

Who wrote what: captions and every open answer come from BLIP-2 OPT-2.7b with the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for answers.
At epoch 1 it still answers short questions some of the time, but it often falls back on the DeepFashion caption
template ("The lady is wearing a long-sleeve ... with pure color patterns. The ... is with cotton fabric"), names
patterns rather than hues in captions (pure color, lattice, stripe, floral, graphic, color block), has no word for
a kurta in its training data (so it sometimes says dress or shirt), calls people "the lady" and "she" even on men's
shirts, and never learned to stop: many texts run to the token limit and end cut or looping, and some go on into a
new "Question: ... Answer:" turn. Closed answers (color of the kurta/shirt/other garment, garment type, pattern,
sleeve length, "Is this a ...?") come from enrich's --engine reference ranking the candidate values with the same
adapter loaded: one value each, never cut or looping, but they take the leggings', jeans' or dupatta's color often.

Labeling conventions and judgement calls:
- Everything is judged against the photo as described in the "# photo:" comment. Where the seller's color is off
  (a "Brown" kurta that is rust, a "Brown" shirt that is maroon), an answer matching the photo is correct.
- Shades count as their color: navy = blue, magenta and peach = pink, lavender = purple, cream and off-white = white,
  rust = orange, charcoal = grey, maroon and burgundy = red (and "maroon" for burgundy is correct).
- A kurta called a kurta, kurti, tunic or top is correct; a kurta called a dress or a shirt (caption or closed type)
  is a contradiction. A Multi patchwork kurta given one of its panels' colors is correct.
- other_garment_color: the answer gives the labelled product (or, in a "wearing" answer, the product's slot) the
  color of another garment visible in the photo (leggings, jeans, trousers, shorts, dupatta, inner t-shirt), open or
  closed. A thin stripe or small motif color does not make the garment that color: "brown shirt" for a cream shirt
  with thin brown stripes worn with brown trousers is other_garment_color. A wrong color that no garment in the photo
  has, a wrong color given to the other garment, a wrong pattern, sleeve length, garment type or a "no" to "Is this a
  ...?" is a contradiction.
- unsupported: a detail or accessory that is not in the photo (pockets, lace, belt, buttons, zip, a hat, cufflinks)
  or a fabric the photo and title do not support (silk, linen, denim on a plain cotton kurta or poplin shirt).
  Cotton for a plain kurta or shirt is accepted as correct; "cotton" in a caption for a shirt titled linen is a
  contradiction with the catalog, not an unsupported claim.
- A text that runs to its token limit is hit_limit=True and labelled cut when it stops mid-phrase, loop when it
  repeats; a text that carries the prompt format (a new "Question: ... Answer:" turn, or a leading "Answer:") is a
  leak whether or not it hit the limit. One label per text: where a text has two faults, the first fault a reader
  meets is the label.
- non_answer: an empty answer, "yes" to an open question, a one-word answer to Describe or the details question,
  or only the question's words ("the shirt", "the shorts are short"). restated: the answer repeats the question
  ("describe the shirt", "details of the kurta"), with or without a fragment of an answer after it.
- pronoun: he/she (his/her) wrong for the model's gender, whatever else the text says; "the lady" alone is not
  counted, only when a he/she/her/his word is wrong too.
- Rolled-up long sleeves are long sleeves; a closed "short sleeves" for them is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

TYPE = BLIND_QUESTIONS.garment_type
PATTERN = BLIND_QUESTIONS.pattern
SLEEVES = BLIND_QUESTIONS.sleeve_length
MATERIAL = BLIND_QUESTIONS.material

BLIND_840 = [
    # photo: solid navy blue straight kurta, three-quarter sleeves, mandarin collar with a short button placket, side
    # slits; white churidar leggings; silver jhumka earrings; white backdrop; front view, full length. Caption and open
    # answers: caption adapter epoch 1; closed answers: reference engine.
    case(
        "X840-001",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with pure color patterns. The kurta is with cotton "
            "fabric and it has a stand-up collar. She wears long leggings. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue kurta and white leggings", who="she"),
        color_of("kurta", "navy blue"),
        PATTERN("solid"),
        SLEEVES("three-quarter sleeves"),
        details(
            "kurta", "The kurta has a mandarin collar, buttons at the neck and a pocket on the chest.", "unsupported"
        ),
        MATERIAL("cotton"),
        describe(
            "kurta", "The kurta is white with a mandarin collar and three quarter sleeves.", "other_garment_color"
        ),
        title="Aurelia Women Solid Navy Blue Kurtas",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust-orange A-line kurta (the seller says Brown) with white and black block-printed paisley motifs, long
    # sleeves, round neck; beige palazzo pants; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-002",
        caption(
            "The lady is wearing a long-sleeve kurta with graphic patterns and a pair of wide trousers. The kurta is "
            "with cotton fabric and its neckline is round."
        ),
        color_of("kurta", "orange"),
        wearing("She is wearing a brown kurta with white print and beige pants", who="she"),
        describe(
            "kurta",
            "The kurta is long with paisley print all over it and the pants are beige beige beige beige beige beige "
            "beige beige beige beige beige beige",
            "loop",
            hit_limit=True,
        ),
        PATTERN("printed"),
        TYPE("kurta"),
        MATERIAL("silk", "unsupported"),
        title="W Women Printed Brown Kurtas",
        category="Kurtas",
        color="Brown",
        gender="Women",
    ),
    # photo: off-white straight kurta with white thread embroidery on the yoke, long sleeves, V-neck; worn over blue
    # skinny jeans; brown flat sandals; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-003",
        caption(
            "The woman is wearing a long-sleeve kurta with pure color patterns and a long denim pants. The kurta is "
            "with cotton fabric. It has a v-shape neckline. The pants are with denim fabric and pure color patterns."
        ),
        color_of("kurta", "blue", "other_garment_color"),
        wearing("a white kurta and blue jeans", who="she"),
        details(
            "kurta",
            "The kurta has embroidery on the yoke and a v neck. The kurta has embroidery on the yoke and a v neck. "
            "The kurta has embroidery on",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        SLEEVES("long sleeves"),
        describe("kurta", "Describe the kurta. A white kurta.", "restated"),
        title="W Women Thread Work Off White Kurta",
        category="Kurtas",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta kurta with gold foil-printed motifs, short sleeves, round neck, flared hem; black leggings; gold
    # bangles on one wrist; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-004",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist.",
            "contradiction",
        ),
        TYPE("kurta"),
        color_of("kurta", "pink"),
        wearing("She is wearing a pink kurta with gold print and black leggings", who="she"),
        SLEEVES("short sleeves"),
        describe(
            "kurta",
            "Question: Describe the kurta. Answer: The kurta is pink with gold print. Question: Describe the leggings. "
            "Answer: The",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "The kurta has gold print and a mirror work border at the hem.", "unsupported"),
        title="Diva Women Printed Magenta Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: sea green solid straight kurta, short sleeves, round neck with a small keyhole; white leggings; white
    # backdrop; front view, hands at the sides. Caption adapter epoch 1 / reference engine.
    case(
        "X840-005",
        caption(
            "The lady is wearing a short-sleeve kurta with pure color patterns. The kurta is with cotton fabric and "
            "its neckline is round. She wears a pair of leggings."
        ),
        color_of("kurta", "white", "other_garment_color"),
        wearing("a green kurta and white leggings", who="she"),
        PATTERN("solid"),
        details("kurta", "The kurta has a keyhole neckline and short sleeves."),
        MATERIAL("cotton"),
        SLEEVES("sleeveless", "contradiction"),
        title="W Women Solid Sea Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: black A-line kurta with a red and yellow floral print, three-quarter sleeves, round neck; red churidar
    # leggings; one hand on the hip; white backdrop. Caption adapter epoch 1 / reference engine.
    case(
        "X840-006",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric "
            "and its neckline is round. She wears long leggings with pure color patterns. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        wearing("She is wearing a red kurta with flowers and red leggings", "other_garment_color", who="she"),
        PATTERN("floral"),
        describe(
            "kurta", "The kurta is black with red and yellow flowers. It has three quarter sleeves and a round neck."
        ),
        SLEEVES("three-quarter sleeves"),
        title="Mother Earth Women Printed Black Kurtas",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow kurta with white embroidery on the neckline and sleeve hems, long sleeves, mandarin collar;
    # white churidar; a white chiffon dupatta over one shoulder; white backdrop. Caption adapter epoch 1 / reference.
    case(
        "X840-007",
        caption(
            "The lady is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a stand-up collar. She wears a scarf. She wears long leggings."
        ),
        color_of("kurta", "yellow"),
        wearing("He is wearing a yellow kurta with a white scarf and white pants", "pronoun"),
        details("kurta", "embroidery on the neckline and on the sleeves"),
        MATERIAL("cotton silk blend", "unsupported"),
        is_a("kurta", "yes"),
        title="Diva Women Embroided Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: grey melange solid kurta, long sleeves, round neck, side slits; black leggings; white backdrop; front view.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X840-008",
        caption(
            "The lady is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. The "
            "kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black", "other_garment_color"),
        wearing("a grey kurta with black leggings", who="she"),
        describe("kurta", "kurta", "non_answer"),
        SLEEVES("long sleeves"),
        PATTERN("solid"),
        details("kurta", "side slits Question: What is the color of the leggings? Answer: black", "leak"),
        title="W Women Solid Grey Kurtas",
        category="Kurtas",
        color="Grey",
        gender="Women",
    ),
    # photo: purple kurta with a small white flower print, three-quarter sleeves, round neck; white leggings; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-009",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric "
            "and its neckline is round. She wears a pair of leggings with pure color patterns."
        ),
        color_of("kurta", "purple"),
        PATTERN("floral"),
        details("kurta", "The kurta has small flowers all over it and lace at the hem.", "unsupported"),
        wearing("She is wearing a purple floral kurta and white leggings", who="she"),
        MATERIAL("cotton"),
        describe(
            "kurta",
            "The kurta is purple with small white flowers all over it, three quarter sleeves and a round neck, and "
            "she is wearing it with white leggings and",
            "cut",
            hit_limit=True,
        ),
        title="W Women Small Flower Pattern Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: patchwork kurta of blue, orange and green panels with mirror work at the neckline, long sleeves; off-white
    # leggings; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-010",
        caption(
            "The lady is wearing a long-sleeve kurta with color block patterns. The kurta is with cotton fabric and "
            "its neckline is round. She wears long leggings."
        ),
        color_of("kurta", "blue"),
        wearing("She is wearing a colorful kurta with blue, orange and green patches and white leggings", who="she"),
        details("kurta", "The kurta has mirror work on the neckline and patches of different colors."),
        TYPE("dress", "contradiction"),
        describe(
            "kurta",
            "The kurta is made of patches of blue, orange and green fabric with small mirrors sewn around the neckline "
            "and the sleeves are long and the hem is",
            "cut",
            hit_limit=True,
        ),
        title="Aneri Women Kaalki Multi Coloured Kurta",
        category="Kurtas",
        color="Multi",
        gender="Women",
    ),
    # photo: red solid kurta with a curved (round) hem, three-quarter sleeves, notched round neck; blue jeans; white
    # sneakers; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-011",
        caption(
            "The woman is wearing a three-quarter sleeve kurta with pure color patterns and a long denim pants. The "
            "kurta is with cotton fabric. The pants are with denim fabric."
        ),
        color_of("kurta", "red"),
        color_of("jeans", "blue"),
        wearing("a red kurta and blue jeans", who="she"),
        describe("kurta", "The kurta is blue with a round hem.", "other_garment_color"),
        is_a("kurta", "no", "contradiction"),
        details("kurta", "The kurta has a round hem and embroidery on the sleeves.", "unsupported"),
        title="W Women Round Bottom Red Kurta",
        category="Kurtas",
        color="Red",
        gender="Women",
    ),
    # photo: baby pink straight kurta with silver embroidery around the neckline, long sleeves; white leggings; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-012",
        caption(
            "The lady is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is round. She wears a pair of leggings."
        ),
        details("kurta", "There is silver embroidery around the neck"),
        color_of("kurta", "pink"),
        SLEEVES("short sleeves", "contradiction"),
        wearing(
            "She is wearing a pink kurta with silver embroidery around the neck and white leggings. She is wearing a "
            "pink kurta with silver embroidery around the neck and white",
            "loop",
            who="she",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        describe("kurta", "a kurta", "non_answer"),
        title="Aneri Women Swara Pink Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: olive green kurta with a cream geometric print, long sleeves, mandarin collar; cream straight pants; a
    # brown sling bag on the shoulder; white backdrop. Caption adapter epoch 1 / reference engine.
    case(
        "X840-013",
        caption(
            "The lady is wearing a long-sleeve kurta with graphic patterns and a long trousers. The kurta is with "
            "cotton fabric. It has a stand-up collar. There is an accessory on her shoulder."
        ),
        color_of("kurta", "green"),
        color_of("pants", "white"),
        describe("kurta", "The kurta is olive green with a cream print. It has a mandarin collar and long sleeves."),
        wearing("She is wearing a cream kurta and cream pants", "other_garment_color", who="she"),
        PATTERN("printed"),
        MATERIAL("linen", "unsupported"),
        details("kurta", "Answer: mandarin collar and geometric print", "leak"),
        title="Diva Women Printed Olive Kurta",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: white kurta with an indigo blue floral block print, three-quarter sleeves, round neck with a tasselled
    # tie; indigo blue leggings; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-014",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric "
            "and its neckline is round. She wears long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white"),
        wearing("She is wearing a white and blue kurta and blue leggings", who="she"),
        details("kurta", "The kurta has tassels at the neck and a floral print"),
        PATTERN("striped", "contradiction"),
        describe("kurta", "Answer: The kurta is white with blue flowers", "leak"),
        MATERIAL("chiffon", "unsupported"),
        title="Diva Women Printed White Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: beige kurta with brown thread embroidery down the placket, long sleeves, mandarin collar; dark brown
    # leggings; white backdrop; three-quarter view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-015",
        caption(
            "The lady is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a stand-up collar. She wears long leggings."
        ),
        color_of("kurta", "brown", "other_garment_color"),
        wearing("She is wearing a beige kurta with brown embroidery and brown leggings", who="she"),
        details("kurta", "details of the kurta", "restated"),
        is_a("kurta", "yes"),
        MATERIAL("cotton"),
        title="Mother Earth Women Embroided Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Women",
    ),
    # photo: lemon yellow solid sleeveless kurta, round neck, side slits; white palazzo pants; white backdrop; front
    # view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-016",
        caption(
            "The lady is wearing a sleeveless kurta with pure color patterns and a long trousers. The kurta is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        SLEEVES("sleeveless"),
        color_of("kurta", "yellow"),
        describe(
            "kurta", "The kurta is sleeveless and yellow with a round neck and a belt at the waist.", "unsupported"
        ),
        wearing("yes", "non_answer", who="she"),
        TYPE("dress", "contradiction"),
        details("kurta", "The kurta is white with side slits and a round neck.", "other_garment_color"),
        title="W Women Solid Yellow Kurtas",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon kurta with gold-printed bootis, three-quarter sleeves, round neck with gold piping; black leggings;
    # white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-017",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric "
            "and its neckline is round. She wears long leggings with pure color patterns."
        ),
        color_of("kurta", "maroon"),
        wearing("She is wearing a black kurta with gold print and black leggings", "other_garment_color", who="she"),
        details("kurta", "gold print all over and gold piping at the neck"),
        PATTERN("printed"),
        describe(
            "kurta",
            "The kurta is maroon with a gold print, it has a round neck with gold piping and three quarter sleeves, "
            "the kurta has a gold print, it has a round neck",
            "loop",
            hit_limit=True,
        ),
        title="Vishudh Women Maroon Printed Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue and white vertically striped shirt-style kurta, long sleeves rolled up with tabs, collar with a button
    # placket; white leggings; white backdrop; front view. Caption adapter epoch 1 / reference engine. No color column.
    case(
        "X840-018",
        caption(
            "The lady is wearing a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has "
            "a lapel collar. She wears long leggings.",
            "contradiction",
        ),
        TYPE("kurta"),
        PATTERN("striped"),
        color_of("kurta", "blue"),
        details("kurta", "The kurta has roll-up tabs on the sleeves and a button placket."),
        wearing("He is wearing a blue striped kurta and white leggings", "pronoun"),
        MATERIAL("denim", "unsupported"),
        title="W Women Striped Blue Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: orange solid kurta, long sleeves, round neck; a green dupatta with a gold border over both shoulders; white
    # leggings; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-019",
        caption(
            "The lady is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. She "
            "wears a scarf. She wears long leggings with pure color patterns. The leggings are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green", "other_garment_color"),
        wearing("an orange kurta, a green dupatta and white leggings", who="she"),
        describe("kurta", "orange", "non_answer"),
        SLEEVES("long sleeves"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "The kurta has a round neck, long sleeves, a round neck, long sleeves, a round neck, long sleeves, a round "
            "neck, long",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Solid Orange Kurtas",
        category="Kurtas",
        color="Orange",
        gender="Women",
    ),
    # photo: lavender kurta with white chikankari flower embroidery over the front, three-quarter sleeves, round neck;
    # white leggings; white backdrop; front view. Caption adapter epoch 1 / reference engine. No title in the row.
    case(
        "X840-020",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with floral patterns. The kurta is with cotton fabric "
            "and its neckline is round."
        ),
        color_of("kurta", "purple"),
        details("kurta", "The kurta has white embroidery of flowers on the front and on the sleeves."),
        PATTERN("embroidered"),
        describe(
            "kurta",
            "She is wearing a lavender kurta with white embroidery. Question: What is the color of the leggings? "
            "Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        MATERIAL("cotton"),
        wearing("he is wearing a lavender kurta and white leggings", "pronoun"),
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: cream solid kurta, long sleeves, V-neck; a maroon dupatta with tassels over one shoulder; cream churidar;
    # white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-021",
        caption(
            "The lady is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a v-shape neckline. She wears a scarf."
        ),
        color_of("kurta", "maroon", "other_garment_color"),
        wearing("She is wearing a white kurta with a maroon dupatta", who="she"),
        details("kurta", "The kurta has a v neck, long sleeves and gold buttons down the front.", "unsupported"),
        PATTERN("solid"),
        SLEEVES("three-quarter sleeves", "contradiction"),
        describe("kurta", "Describe the kurta.", "restated"),
        title="W Women Solid Cream Kurtas",
        category="Kurtas",
        color="Cream",
        gender="Women",
    ),
    # photo: green kurta with black block-printed motifs, three-quarter sleeves, round neck; black churidar; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-022",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with graphic patterns. The kurta is with cotton fabric "
            "and its neckline is round. She wears long leggings."
        ),
        color_of("kurta", "green"),
        describe("kurta", "The kurta is green with black print and it has three quarter sleeves"),
        wearing("What is she wearing? She is wearing a green kurta", "restated", who="she"),
        SLEEVES("three-quarter sleeves"),
        MATERIAL("cotton"),
        details("kurta", "The kurta has a zip at the back and two pockets.", "unsupported"),
        title="W Women Block Print Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: back view: peach kurta with gold gota lace at the hem and sleeve ends, three-quarter sleeves, deep back
    # neck with a tie-up dori; white leggings; hair in a bun; white backdrop. Caption adapter epoch 1 / reference.
    case(
        "X840-023",
        caption(
            "The lady is wearing a three-quarter sleeve kurta with pure color patterns. The kurta is with cotton "
            "fabric. She wears long leggings. The leggings are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "pink"),
        details("kurta", "The kurta has a tie at the back of the neck and gold lace at the hem and the sleeves."),
        describe("kurta", "The kurta has a v-neck at the front with buttons", "unsupported"),
        wearing("she is wearing a peach kurta and white leggings", who="she"),
        PATTERN("floral", "contradiction"),
        title="Aurelia Women Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: white shirt with large navy blue checks, long sleeves, spread collar, one chest pocket, tucked in; blue
    # jeans; brown belt; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-024",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is "
            "with cotton fabric and it has a lapel neckline. There is an accessory on his waist."
        ),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        PATTERN("checked"),
        details(
            "shirt",
            "The shirt has a chest pocket and checks. The shirt has a chest pocket and checks. The shirt has a chest "
            "pocket and checks. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a white checked shirt and blue jeans", "pronoun"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: maroon solid shirt, long sleeves rolled up to the elbows, button-down collar; black trousers; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-025",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. He wears long trousers."
        ),
        color_of("shirt", "black", "other_garment_color"),
        wearing("a maroon shirt and black pants", who="he"),
        SLEEVES("short sleeves", "contradiction"),
        describe("shirt", "The shirt is red with the sleeves rolled up and a button-down collar."),
        title="Genesis Men Solid Maroon Shirts",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light pink solid formal shirt, long sleeves, buttoned cuffs, no pocket, tucked into grey trousers with a
    # black belt; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-026",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "He wears long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "pink"),
        color_of("pants", "grey"),
        details(
            "shirt",
            "The shirt has a pocket on the chest, buttons on the cuffs, and a logo on the pocket.",
            "unsupported",
        ),
        wearing("He is wearing a pink shirt and grey trousers with a black belt", who="he"),
        MATERIAL("silk", "unsupported"),
        describe(
            "shirt",
            "The shirt is pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink",
            "loop",
            hit_limit=True,
        ),
        title="Reid & Taylor Men Solid Pink Shirts",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: orange and white vertically striped shirt, long sleeves, spread collar, untucked; beige chinos; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-027",
        caption(
            "The man is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "orange"),
        PATTERN("striped"),
        describe("shirt", "The shirt is beige with orange stripes", "other_garment_color"),
        wearing(
            "He is wearing an orange and white striped shirt and beige chinos. The shirt is untucked and the sleeves "
            "are long and buttoned at the",
            "cut",
            who="he",
            hit_limit=True,
        ),
        SLEEVES("short sleeves", "contradiction"),
        title="Reid & Taylor Men Stripes Orange Shirts",
        category="Shirts",
        color="Orange",
        gender="Men",
    ),
    # photo: beige slim-fit shirt worn open over a white crew-neck t-shirt, long sleeves, no pockets; blue jeans; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-028",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "There is a t-shirt under it. He wears a long denim pants."
        ),
        color_of("shirt", "white", "other_garment_color"),
        wearing("He is wearing a beige shirt over a white t-shirt and blue jeans", who="he"),
        TYPE("t-shirt", "contradiction"),
        is_a("shirt", "yes"),
        details("shirt", "The shirt is open and has buttons down the front and two chest pockets.", "unsupported"),
        describe("shirt", "no", "non_answer"),
        title="Basics Men Beige Slim Fit Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: lavender solid shirt, long sleeves, cutaway collar, tucked into navy blue trousers; white backdrop; front
    # view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-029",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. He wears long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "purple"),
        color_of("pants", "purple", "contradiction"),
        wearing("a purple shirt and blue pants", who="he"),
        describe("shirt", "the shirt", "non_answer"),
        MATERIAL("cotton"),
        title="Arrow Men Solid Lavender Shirts",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: navy blue shirt with thin white vertical stripes, long sleeves, button-down collar; khaki chinos; hands in
    # the pockets; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-030",
        caption(
            "The gentleman is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue"),
        PATTERN("solid", "contradiction"),
        details("shirt", "The shirt has thin white stripes and a button-down collar."),
        wearing(
            "He is wearing a navy blue striped shirt and khaki pants. He is wearing a navy blue striped shirt and "
            "khaki pants. He is",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "The shirt is navy blue with white stripes and has two pockets with flaps and epaulettes.",
            "unsupported",
        ),
        title="Arrow Men Stripes Navy Blue Shirts",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black solid shirt with short sleeves and a camp collar, untucked; dark grey jeans; white backdrop; front
    # view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-031",
        caption(
            "The man is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. He wears a long denim pants."
        ),
        color_of("shirt", "black"),
        SLEEVES("short sleeves"),
        describe(
            "shirt",
            "The shirt is black with short sleeves. Question: What are the shirt details? Answer: The shirt has a "
            "collar and buttons. Question",
            "leak",
            hit_limit=True,
        ),
        wearing("He is wearing a black shirt and grey jeans", who="he"),
        MATERIAL("linen", "unsupported"),
        details("shirt", "The shirt is grey with a camp collar and short sleeves.", "other_garment_color"),
        title="Mother Earth Men Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow shirt with navy and white checks, long sleeves, two flap chest pockets, untucked over blue
    # jeans; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-032",
        caption(
            "The gentleman is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. He wears a long denim pants."
        ),
        color_of("shirt", "yellow"),
        wearing("He is wearing a blue shirt and blue jeans", "other_garment_color", who="he"),
        details("shirt", "two pockets with flaps on the chest and checks"),
        PATTERN("checked"),
        is_a("shirt", "yes"),
        describe(
            "shirt",
            "The lady is wearing a long-sleeve shirt with lattice patterns. She wears a long denim pants.",
            "pronoun",
        ),
        title="U.S. Polo Assn. Men Checks Mustard Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red western shirt with white pearl snap buttons, pointed yokes, two flap chest pockets, long sleeves; blue
    # jeans; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-033",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a lapel neckline."
        ),
        color_of("shirt", "red"),
        details("shirt", "The shirt has snap buttons, two flap pockets and a yoke on the chest."),
        describe("shirt", "describe the shirt", "restated"),
        wearing("He is wearing a red shirt with white buttons and jeans", who="he"),
        MATERIAL("denim", "unsupported"),
        title="Levis Men Work Western Red Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey washed denim shirt, long sleeves, two button-flap chest pockets, metal buttons; black jeans; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-034",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and "
            "it has a lapel neckline. He wears a long denim pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        TYPE("jacket", "contradiction"),
        MATERIAL("denim"),
        wearing("He is wearing a grey denim shirt and black jeans", who="he"),
        details("shirt", "metal buttons and two pockets with flaps"),
        describe("shirt", "The shirt is black denim with two pockets and metal buttons.", "other_garment_color"),
        title="Levis Men Denim Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: charcoal grey solid shirt, long sleeves, buttoned to the top, cutaway collar; light grey trousers; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-035",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. He "
            "wears long trousers."
        ),
        color_of("shirt", "grey"),
        wearing("He is wearing a grey shirt and grey pants", who="he"),
        describe(
            "shirt",
            "The shirt is dark grey with long sleeves and a cutaway collar. The shirt is dark grey with long sleeves "
            "and a cutaway collar. The shirt is",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "She has the shirt buttoned up to the top", "pronoun"),
        PATTERN("solid"),
        title="United Colors of Benetton Men Charcoal Shirt",
        category="Shirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy blue shirt with green and white checks, short sleeves, one chest pocket; beige cargo shorts; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-036",
        caption(
            "The man is wearing a short-sleeve shirt with lattice patterns and a pair of shorts. The shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "blue"),
        color_of("shorts", "beige"),
        SLEEVES("long sleeves", "contradiction"),
        details("shorts", "the shorts are short", "non_answer"),
        wearing("He is wearing a beige shirt and beige shorts", "other_garment_color", who="he"),
        describe(
            "shirt",
            "The shirt is navy blue with green and white checks, short sleeves and a zip pocket on the chest.",
            "unsupported",
        ),
        title="Quiksilver Men Navy Blue Check Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: purple and white checked shirt, long sleeves buttoned at the cuffs, button-down collar, no pocket; blue
    # jeans; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-037",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. She wears a long denim pants.",
            "pronoun",
        ),
        color_of("shirt", "purple"),
        PATTERN("checked"),
        wearing("a purple checked shirt and jeans", who="he"),
        describe(
            "shirt",
            "The shirt is purple and white checked with a button-down collar and a logo on the chest pocket.",
            "unsupported",
        ),
        details(
            "shirt",
            "The shirt has a button-down collar and checks. Question: What is the color of the jeans? Answer: blue "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Check Purple Shirt",
        category="Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: khaki utility shirt with epaulettes, two flap chest pockets, long sleeves with roll-up tabs; olive cargo
    # trousers; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-038",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric and it has a lapel neckline."
        ),
        color_of("shirt", "green", "other_garment_color"),
        wearing("He is wearing a khaki shirt and olive cargo pants", who="he"),
        details("shirt", "epaulettes on the shoulders, two flap pockets and tabs on the sleeves"),
        TYPE("shirt"),
        is_a("shirt", "no", "contradiction"),
        describe(
            "shirt",
            "The shirt is khaki with two flap pockets on the chest, epaulettes on the shoulders and tabs to roll up "
            "the sleeves, and it is worn with olive",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Men Vintage Khaki Shirt",
        category="Shirts",
        color="Khaki",
        gender="Men",
    ),
    # photo: olive green solid shirt, sleeves rolled to the elbow, mandarin collar, untucked; beige chinos; white
    # backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-039",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a stand-up collar. He wears long trousers. He wears long trousers. He wears long trousers. He wears",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        wearing("an olive shirt and beige pants", who="he"),
        describe("shirt", "Describe the shirt. The shirt is olive", "restated"),
        SLEEVES("long sleeves"),
        PATTERN("striped", "contradiction"),
        details("shirt", "Her sleeves are rolled up and the shirt has a mandarin collar.", "pronoun"),
        title="Mother Earth Men Solid Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: bright yellow solid slim-fit shirt, long sleeves, spread collar, tucked into navy trousers; brown belt;
    # white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-040",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "He wears long trousers. There is an accessory on his waist."
        ),
        color_of("shirt", "blue", "other_garment_color"),
        wearing("He is wearing a yellow shirt and blue pants with a brown belt", who="he"),
        details("shirt", "", "non_answer"),
        MATERIAL("cotton"),
        TYPE("t-shirt", "contradiction"),
        title="Basics Men Yellow Slim Fit Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: cream shirt with thin brown vertical stripes, long sleeves with plain button cuffs, spread collar; brown
    # trousers; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-041",
        caption(
            "The man is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with cotton "
            "fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "white"),
        PATTERN("checked", "contradiction"),
        describe("shirt", "The shirt is cream with thin brown stripes and a spread collar."),
        wearing("he is wearing a brown shirt and brown pants", "other_garment_color", who="he"),
        details("shirt", "The shirt has thin stripes, a spread collar and French cuffs with cufflinks", "unsupported"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: sky blue solid formal shirt, long sleeves, navy tie; grey trousers; white backdrop; front view. Caption
    # adapter epoch 1 / reference engine.
    case(
        "X840-042",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric "
            "and it has a lapel neckline. There is an accessory on his neck. He wears long trousers."
        ),
        color_of("shirt", "blue"),
        wearing("He is wearing a blue shirt, a navy blue tie and grey trousers", who="he"),
        describe("shirt", "The shirt is blue and the tie is blue and the trousers are blue", "contradiction"),
        is_a("shirt", "yes"),
        SLEEVES("long sleeves"),
        details("shirt", "Question: What are the shirt details? Answer: The shirt has a tie", "leak"),
        title="Van Heusen Men Solid Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: white linen shirt, long sleeves rolled to the forearm, top two buttons open, one chest pocket, untucked;
    # beige shorts; white backdrop; front view. Caption adapter epoch 1 / reference engine. No color column.
    case(
        "X840-043",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns and a pair of shorts. The shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        MATERIAL("linen"),
        color_of("shirt", "white"),
        wearing("He is wearing a white shirt and beige shorts", who="he"),
        details(
            "shirt",
            "The shirt has the top two buttons open and the sleeves rolled up to the forearm, and there is a pocket on "
            "the left side of the",
            "cut",
            hit_limit=True,
        ),
        TYPE("shirt"),
        describe("shirt", "The shirt is beige and loose with the sleeves rolled up.", "other_garment_color"),
        title="Basics Men White Linen Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: burgundy solid shirt with short sleeves, spread collar, untucked; black jeans; white backdrop; front view.
    # Caption adapter epoch 1 / reference engine.
    case(
        "X840-044",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "He wears a long denim pants. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "red"),
        wearing("She is wearing a red shirt and black jeans", "pronoun"),
        describe("shirt", "The shirt is black with short sleeves.", "other_garment_color"),
        SLEEVES("short sleeves"),
        PATTERN("solid"),
        color_of("jeans", "blue", "contradiction"),
        title="Turtle Solid Men  Burgundy Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: blue and white gingham (small checks) shirt, long sleeves, one chest pocket with sunglasses hooked on it;
    # dark blue jeans; no hat; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-045",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. There is an accessory on his chest. He wears a long denim pants. The pants",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        PATTERN("checked"),
        details("shirt", "The shirt has a pocket with sunglasses in it."),
        wearing("He is wearing a blue and white checked shirt, jeans and a hat", "unsupported", who="he"),
        is_a("shirt", "yes"),
        title="John Players Men Checks Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark maroon solid shirt (the seller says Brown), long sleeves, spread collar, one chest pocket; beige
    # chinos; white backdrop; front view. Caption adapter epoch 1 / reference engine.
    case(
        "X840-046",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. He wears long trousers."
        ),
        color_of("shirt", "maroon"),
        wearing("He is wearing a maroon shirt and beige pants", who="he"),
        describe("shirt", "The shirt is beige with a pocket on the chest.", "other_garment_color"),
        MATERIAL("cotton"),
        details(
            "shirt",
            "The shirt has a pocket and the shirt has a pocket and the shirt has a pocket and the shirt has a pocket "
            "and the shirt has a",
            "loop",
            hit_limit=True,
        ),
        title="John Miller Men Solid Brown Shirts",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
]
