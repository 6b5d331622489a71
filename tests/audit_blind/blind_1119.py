"""BLIND_1119 (46 products; Myntra winter/activewear, caption adapter epoch 1): written blind in the sixtieth session.
Measured blind at 796126b (the session's fourth rules): 111/126 failures found (88.1%) and 15/180 correct texts flagged
(8.3%). The writer's notes, verbatim:

Scenario: a Myntra men's and women's winterwear and activewear feed: jackets (puffers, bombers, denim, biker, track
and rain jackets, a gilet), sweatshirts and hoodies, track pants and joggers, running tights. Catalog shots on a
white backdrop, mostly worn by a model with other clothes (a tee under a jacket, jeans or tights under a
sweatshirt, a top over track pants); one flat packshot and one back view.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the caption LoRA at epoch 1
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch). Captions and open answers are free generation (50 and 30 new
tokens); closed answers are the candidate the reference engine ranked first with the same adapter. Its habits:
the DeepFashion template ("The lady wears a long-sleeve ... with pure color patterns and a long trousers. The ... is
with cotton fabric."), which also creeps into answers; "pure color" where a hue was asked; no trained end token,
so some answers loop or stop at the limit mid-sentence, though after one epoch it still stops on its own often and
answers short questions plainly; it echoes the prompt format now and then; it borrows the color of the tee,
jeans or top worn with the product, and adds template accessories (a hat, an accessory on the wrist).

Labeling conventions and judgement calls:
- One failure kind per text, the one a reader would name first; a text that both loops and leaks is a leak.
- cut: ran to its token limit and stops mid-phrase. loop: the same phrase repeated until the limit. Both hit_limit.
  One correct caption reached the 50-token limit exactly on a full stop: hit_limit=True, no failure.
- other_garment_color: the product is given the hue of another garment in the photo (the tee under the jacket,
  the top over the track pants, the jeans), including swapped colors in "wearing". One hue given to two garments
  where the product keeps its own hue, a print or lining hue, or a hue the photo lacks, is a contradiction.
- contradiction: a closed or open answer that the photo or the seller's columns refute: wrong garment kind
  (shorts for capri tights, leggings for track pants, shirt for a denim jacket), wrong sleeves, wrong pattern,
  "no" to a true yes/no, a hue that no garment in the photo has.
- unsupported: a detail or accessory not in the photo (hat, bag, wrist accessory, belt hidden by a top, a zip on a
  pullover, a lining a flat shot cannot show), a person in a flat packshot, and a material that the photo's look
  refutes or cannot show (leather on satin, denim on tights, wool, velvet, silk, down filling). "Cotton" for a plain
  knit sweatshirt, track pant or tights is counted correct (what the photo shows; the seller names no material);
  "nylon" for a glossy puffer or windcheater shell and "leather" for a leather-look biker jacket are correct.
- non_answer: empty, yes/no or a single word to an open question, "pure color"-style answers without content, or
  the question's own words back ("they are long" for the tights' details). restated: the question echoed as the
  answer, whole or nearly ("the details of the jacket").
- pronoun: he/his for a Women row or she/her for a Men row, in a caption or an answer.
- Hues: a coarser or neighbouring name of the same hue counts correct (red for maroon, pink for peach, blue for
  navy, beige for khaki, charcoal for grey). A teal sweatshirt that photographs blue-green answered "green" is
  counted correct (judged on the photo, though the seller's Teal sits in the Blue group). "Sweater" for a crew
  sweatshirt and "leggings" for tights count correct; "jacket" for a gilet the seller files as a jacket too.
- A seller row may lack a column (no color on one row, no category on another), as real feeds do.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

HOOD = question("hood", "Does the garment have a hood?", "closed")

BLIND_1119 = [
    # photo: man, front view, navy blue quilted puffer jacket zipped to the chest with a stand collar, white crew
    # t-shirt at the neck, mid-blue jeans, white backdrop. Caption adapter epoch 1 wrote all texts (closed: reference).
    case(
        "X1119-001",
        caption(
            "The man wears a long-sleeve padded jacket with pure color patterns and a long trousers. The jacket has a "
            "stand neckline and a zipper. The trousers are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "navy blue"),
        wearing("a navy blue puffer jacket, a white t-shirt and blue jeans"),
        details("jacket", "quilted panels, a zip front and a high collar"),
        describe("jacket", "jacket", "non_answer"),
        Q.material("The jacket is with cotton fabric.", "unsupported"),
        is_a("jacket", "yes"),
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, grey melange crew-neck sweatshirt with a small pink logo print on the chest, black
    # leggings, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-002",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The sweatshirt is "
            "with cotton fabric. It has a round neckline."
        ),
        Q.color("grey"),
        wearing("a grey sweatshirt and black leggings", who="the woman"),
        describe("sweatshirt", "a black sweatshirt with a round neck and long sleeves", "other_garment_color"),
        details("sweatshirt", "ribbed cuffs and hem and a small pink logo print on the chest"),
        Q.pattern("solid"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Proline Women Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man, front view cropped at the chest, black track pants with one white stripe down each side, plain
    # grey t-shirt worn out, black sneakers, white backdrop, no watch or band. Caption adapter epoch 1.
    case(
        "X1119-003",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and striped patterns. He wears a pair of sneakers. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("track pants", "grey", "other_garment_color"),
        wearing("a grey t-shirt and black track pants with white stripes"),
        details(
            "track pants",
            "white stripe on the side and a white stripe on the side and a white stripe on the side and a white "
            "stripe on the side and a",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        Q.garment_type("track pants"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman, three-quarter view, black full-length tights with a pink swoosh on the left thigh, pink racerback
    # tank top, grey running shoes, a black fitness band on her wrist, white backdrop. Caption adapter epoch 1.
    case(
        "X1119-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The leggings are with "
            "cotton fabric and pure color patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("tights", "black"),
        describe("tights", "pink leggings with a black logo", "other_garment_color"),
        details("tights", "a pink swoosh logo on the left thigh and a wide waistband"),
        Q.material("stretch fabric"),
        wearing("a pink tank top, black leggings and grey shoes", who="she"),
        title="Nike Women Black Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, maroon pullover hoodie with white drawstrings, white FILA print on the chest and a
    # kangaroo pocket, blue jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-005",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns and a long denim trousers. The "
            "sweatshirt is with cotton fabric. It has a hooded neckline."
        ),
        Q.color("red"),
        HOOD("yes"),
        describe(
            "sweatshirt", "a maroon hoodie with a white fila logo on the chest, a front pocket and white drawstrings"
        ),
        details(
            "sweatshirt",
            "Question: What are the sweatshirt details? Answer: The sweatshirt has a hood and a pocket. Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        wearing("a blue hoodie and blue jeans", "other_garment_color", who="he"),
        title="Fila Men Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, front view, olive green satin bomber jacket worn open over a white graphic t-shirt, ribbed collar,
    # cuffs and hem, black skinny jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-006",
        caption(
            "The woman wears a long-sleeve jacket with pure color patterns. Her inner is a short-sleeve T-shirt with "
            "graphic patterns. She wears a long trousers. The trousers are with denim fabric."
        ),
        color_of("jacket", "white", "other_garment_color"),
        wearing("an olive green bomber jacket over a white t-shirt with black jeans"),
        details("jacket", "ribbed collar, cuffs and hem and a zip front"),
        Q.sleeve_length("long sleeves"),
        describe(
            "jacket",
            "The jacket is with leather fabric and pure color patterns. It has a stand neckline.",
            "unsupported",
        ),
        title="Roadster Women Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man, front view, black hooded rain jacket zipped up with the hood down on his back, small reflective grey
    # logo on the chest, grey track pants, no hat, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-007",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with nylon "
            "fabric. It has a hooded neckline. There is a hat on his head.",
            "unsupported",
        ),
        color_of("jacket", "black"),
        wearing("a black jacket and black track pants", "contradiction"),
        details("jacket", "a hood, a zip front and a small grey logo on the chest"),
        describe("jacket", "Describe the jacket. Describe the jacket.", "restated"),
        Q.material("waterproof nylon"),
        is_a("jacket", "yes"),
        title="Wildcraft Men Black Rain Jacket",
        category="Rain Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: woman, full length front view, navy track pants with three white side stripes, fitted white t-shirt,
    # white sneakers, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and striped patterns. She wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("track pants", "navy blue"),
        wearing("He is wearing a white t-shirt and blue track pants with white stripes", "pronoun"),
        details("track pants", "three white stripes down the side, an elastic waist and tapered ankles"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.pattern("striped"),
        title="Adidas Women Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, heather grey crew-neck sweatshirt with a large black swoosh and NIKE lettering on the
    # chest, black track pants, bare head, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-009",
        caption(
            "This man is wearing a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("grey"),
        describe("sweatshirt", "a grey sweatshirt with a black nike logo on the front"),
        details(
            "sweatshirt",
            "It has a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It "
            "has a",
            "loop",
            hit_limit=True,
        ),
        HOOD("no"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a grey nike sweatshirt, black track pants and a black cap", "unsupported"),
        title="Nike Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, front view, pink full-zip hoodie half zipped over a white top, grey track pants, white backdrop.
    # Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-010",
        caption(
            "The woman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a hooded neckline. The woman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        wearing("a pink hoodie over a white top and grey sweatpants", who="she"),
        details("sweatshirt", "the sweatshirt details are the details of the sweatshirt", "restated"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("hoodie", "yes"),
        title="Puma Women Pink Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man, front view, dark brown leather-look biker jacket worn open with an asymmetric zip, zip pockets and a
    # belted hem, black crew t-shirt, dark indigo jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-011",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "leather fabric. Its inner is a short-sleeve T-shirt. The trousers are with denim fabric."
        ),
        color_of("jacket", "black", "other_garment_color"),
        wearing("a brown leather jacket with a black t-shirt and dark jeans"),
        details("jacket", "asymmetric zip, zip pockets and a belt at the hem"),
        material("leather"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Fort Collins Men Brown Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman, side view, navy three-quarter tights ending mid-calf with a light blue mesh panel down the side,
    # white t-shirt, white shoes, white backdrop; the back of the tights is not in view. Caption adapter epoch 1.
    case(
        "X1119-012",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns and a three-point pants. The pants are "
            "with cotton fabric and pure color patterns."
        ),
        color_of("tights", "blue"),
        Q.garment_type("shorts", "contradiction"),
        describe("tights", "navy capri leggings with a light blue panel along the side"),
        details(
            "tights",
            "Question: What are the tights details? Answer: The tights are navy blue. Question: What is the color of "
            "the tights? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("she is wearing a white t-shirt and navy blue leggings"),
        Q.material("The pants are with cotton fabric and there is a pocket on the back.", "unsupported"),
        title="Reebok Women Navy Blue Three-Fourth Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man, front view, grey melange joggers with a black drawstring and cuffed ankles, plain black hoodie on
    # top with the hood down, black sneakers, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-013",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. He wears a pair of shoes."
        ),
        color_of("track pants", "black", "other_garment_color"),
        describe("track pants", "grey joggers with a black drawstring and elastic cuffs"),
        details(
            "track pants",
            "elastic waist, elastic waist, elastic waist, elastic waist, elastic waist, elastic waist, elastic waist, "
            "elastic",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("pair of track pants", "yes"),
        Q.pattern("striped", "contradiction"),
        title="Proline Men Grey Melange Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman, front view, red lightweight windcheater with a white zip, white piping on the sleeves and a hood
    # lying on her back, black leggings, bare head, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-014",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long leggings. The jacket is with "
            "nylon fabric. She wears a hat.",
            "unsupported",
        ),
        color_of("jacket", "red"),
        wearing("a red jacket with a white zipper and black leggings"),
        describe("jacket", "a red windbreaker with white piping on the sleeves, a hood and a white zip"),
        details(
            "jacket",
            "the jacket has a hood and white piping and a hood and white piping and a hood and white piping and a "
            "hood and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        HOOD("no", "contradiction"),
        title="Fila Women Red Windcheater Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: man, front view cropped above the ankles, navy crew-neck sweatshirt with thin white horizontal stripes,
    # beige chinos, feet out of frame, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-015",
        caption(
            "The man wears a long-sleeve sweater with striped patterns and a long trousers. The sweater is with cotton "
            "fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        describe("sweatshirt", "a white sweatshirt with blue stripes", "contradiction"),
        wearing("a striped sweater, khaki pants and brown leather shoes", "unsupported"),
        details("sweatshirt", "thin white stripes all over, a round neck and ribbed cuffs"),
        title="United Colors of Benetton Men Navy Blue Striped Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, black sweatshirt with a large white-and-gold PARIS print and an Eiffel tower graphic,
    # blue jeans, nothing on her wrists, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-016",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long trousers. The trousers are with "
            "denim fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("black"),
        Q.pattern("printed"),
        describe("sweatshirt", "a black sweatshirt with the word paris and the eiffel tower printed in white and gold"),
        wearing("He is wearing a black sweatshirt and blue jeans.", "pronoun"),
        details(
            "sweatshirt",
            "the sweatshirt has a print of the eiffel tower on the front and the word paris on the front and the "
            "eiffel tower on the front and the word paris on the",
            "loop",
            hit_limit=True,
        ),
        title="Jealous 21 Women Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, mid-blue denim trucker jacket worn open over a grey pullover hoodie with the hood out
    # over the collar, black jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with denim "
            "fabric. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("jacket", "blue"),
        Q.garment_type("jacket"),
        wearing("a denim jacket over a grey hoodie with black jeans"),
        details("jacket", "button front, two chest pockets with flaps and a pointed collar"),
        Q.material("denim"),
        describe("jacket", "a grey jacket with a hood", "other_garment_color"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman, side view, black slim track pants with a white swoosh on the left thigh, neon lime long-sleeve
    # running top, black shoes, white backdrop; the feed row has no color. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-018",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. She wears a pair of sneakers."
        ),
        color_of("track pants", "yellow", "other_garment_color"),
        wearing("a neon yellow top and black track pants"),
        details(
            "track pants",
            "a white nike logo on the thigh and a white nike logo on the thigh and a white nike logo on the thigh "
            "and a white",
            "loop",
            hit_limit=True,
        ),
        describe("track pants", "Describe the track pants.", "restated"),
        is_a("pair of track pants", "yes"),
        title="Nike Women Black Track Pants",
        category="Track Pants",
        gender="Women",
    ),
    # photo: man, front view, black full-length compression tights under grey running shorts, blue t-shirt, a small
    # grey logo near the left ankle, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-019",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with cotton "
            "fabric and pure color patterns. He wears a long leggings."
        ),
        color_of("tights", "grey", "other_garment_color"),
        Q.garment_type("shorts", "contradiction"),
        wearing("a blue t-shirt, grey shorts and black tights"),
        details("tights", "a small grey logo near the ankle"),
        Q.material("The tights are with denim fabric.", "unsupported"),
        describe(
            "tights",
            "black full length compression tights worn under a pair of grey running shorts with a small grey logo "
            "near the left ankle and a wide",
            "cut",
            hit_limit=True,
        ),
        title="Nike Men Black Running Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, black quilted short jacket with a stand collar zipped to the neck, blue jeans, white
    # backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-020",
        caption(
            "The woman wears a long-sleeve jacket with lattice patterns and a long trousers. The jacket is with cotton "
            "fabric. The trousers are with denim fabric and pure color patterns. The woman is",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        Q.sleeve_length("long sleeves"),
        describe("jacket", "a black quilted jacket with a high neck and a zip"),
        wearing("a black jacket and blue jeans", who="she"),
        Q.material(
            "The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. "
            "The jacket is with",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "the details of the jacket", "restated"),
        title="Vero Moda Women Black Quilted Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man, back view, olive green pullover hoodie with the hood down, black jeans, white backdrop; the front
    # of the hoodie is not visible. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-021",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns and a long trousers. The sweatshirt is "
            "with cotton fabric. It has a hooded neckline. The trousers are with denim fabric."
        ),
        Q.color("olive"),
        describe("sweatshirt", "a green hoodie with a zipper on the front and a kangaroo pocket", "unsupported"),
        details(
            "sweatshirt",
            "the hood the sleeves the cuffs the hood the sleeves the cuffs the hood the sleeves the cuffs the hood the",
            "loop",
            hit_limit=True,
        ),
        HOOD("yes"),
        wearing("She is wearing a green hoodie and black jeans.", "pronoun"),
        title="Roadster Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman, front view, full-length tights with an abstract blue, purple and pink print and a black waistband,
    # black crop sports bra, white shoes, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long leggings. The leggings are with "
            "cotton fabric and graphic patterns."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        describe("tights", "leggings with a blue, purple and pink print and a black waistband"),
        wearing("a black sports bra and printed leggings"),
        details("tights", "yes", "non_answer"),
        Q.garment_type("track pants", "contradiction"),
        title="Puma Women Printed Tights",
        category="Tights",
        color="Multi",
        gender="Women",
    ),
    # photo: man, front view, charcoal grey track jacket zipped up with black shoulder panels and a white Puma cat
    # logo on the chest, black track pants, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-023",
        caption(
            "The man wears a long-sleeve jacket with color block patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("jacket", "charcoal"),
        wearing("a grey and black jacket and black pants"),
        details("jacket", "a black panel on the shoulders, a white puma cat logo on the chest and a zip up the front"),
        describe(
            "jacket",
            "The jacket is with cotton fabric and color block patterns. It has a stand neckline. The man wears a long "
            "pants. The",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Puma Men Grey Track Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman, front view, off-white crew sweatshirt with a red-and-navy striped band across the chest, blue
    # jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-024",
        caption(
            "The woman wears a long-sleeve sweater with striped patterns and a long trousers. The sweater is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("white"),
        wearing("a white sweater and blue jeans"),
        describe("sweatshirt", "The sweatshirt is red.", "contradiction"),
        details("sweatshirt", "a red and navy stripe across the chest and ribbed cuffs"),
        Q.material("The sweatshirt is with wool fabric.", "unsupported"),
        title="United Colors of Benetton Women Off White Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man, front view, navy track pants with red and white piping down the side, red t-shirt, white sneakers,
    # white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-025",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("track pants", "red", "other_garment_color"),
        wearing("a red t-shirt and navy blue track pants"),
        details("track pants", "red and white piping down the side and an elastic waist with a drawstring"),
        describe("track pants", "Answer: navy blue track pants", "leak"),
        Q.garment_type("track pants"),
        title="Lotto Men Navy Blue Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman, front view, purple hooded puffer jacket with faux-fur trim on the hood (hood down), plain zip
    # pockets, no belt, black jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "nylon fabric. It has a hooded neckline. The trousers are with denim fabric and pure color patterns."
        ),
        color_of("jacket", "purple"),
        HOOD("yes"),
        describe("jacket", "a purple puffer jacket with a fur trimmed hood"),
        details(
            "jacket",
            "The jacket has a hood with fur and two pockets with buttons and a belt at the waist",
            "unsupported",
        ),
        wearing("He is wearing a purple jacket and black pants.", "pronoun"),
        Q.material("fabric", "non_answer"),
        title="Fort Collins Women Purple Padded Jacket",
        category="Jackets",
        color="Purple",
        gender="Women",
    ),
    # photo: man, front view, colourblocked long-sleeve sweatshirt (navy body, red chest band, white sleeves), grey
    # track pants, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-027",
        caption(
            "The man wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.pattern("color block"),
        Q.color("grey", "other_garment_color"),
        describe("sweatshirt", "a navy blue sweatshirt with a red band across the chest and white sleeves"),
        wearing("a blue, red and white sweatshirt with grey sweatpants"),
        details(
            "sweatshirt",
            "navy blue body red chest white sleeves navy blue body red chest white sleeves navy blue body red chest "
            "white",
            "loop",
            hit_limit=True,
        ),
        title="Adidas Men Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman, side view, light grey track pants with a pink drawstring and pink piping down the sides, black
    # t-shirt, white sneakers, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. She wears a pair of shoes."
        ),
        color_of("track pants", "grey"),
        Q.garment_type("leggings", "contradiction"),
        wearing("she is wearing a black t-shirt, grey track pants with pink trim and white sneakers"),
        details("track pants", "pink", "non_answer"),
        describe("track pants", "light grey track pants with a pink drawstring and pink piping down the sides"),
        Q.material("The pants are with velvet fabric.", "unsupported"),
        title="Proline Women Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Women",
    ),
    # photo: man, front view, olive windcheater worn open over a black t-shirt, black zip, hood with black lining
    # resting on the back, drawstring hem, beige cargo pants, nothing on his shoulders, white backdrop; the seller
    # says Green. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-029",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with nylon "
            "fabric. It has a hooded neckline. There is a bag on his shoulder.",
            "unsupported",
        ),
        color_of("jacket", "olive"),
        wearing("an olive jacket open over a black t-shirt and beige cargo pants"),
        describe("jacket", "the jacket is black", "other_garment_color"),
        details("jacket", "a hood with a black lining, a black zip and a drawstring hem"),
        Q.material("nylon"),
        is_a("jacket", "no", "contradiction"),
        title="Wildcraft Men Green Windcheater",
        category="Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: woman, front view, mustard yellow crew sweatshirt with small black embroidered "weekend" lettering on
    # the chest, black jeans, white backdrop. Caption adapter epoch 1 wrote all texts, all correct.
    case(
        "X1119-030",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long trousers. The sweatshirt is "
            "with cotton fabric. It has a round neckline. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("mustard"),
        describe("sweatshirt", "a mustard yellow sweatshirt with the word weekend written in black on the front"),
        details("sweatshirt", "embroidered black lettering, a round neck, ribbed cuffs and hem"),
        wearing("a yellow sweatshirt and black jeans"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Mustard Yellow Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man, front view, black joggers with grey camouflage panels on the thighs, zip pockets and ribbed ankle
    # cuffs, white t-shirt, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-031",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and color block patterns."
        ),
        color_of("track pants", "white", "other_garment_color"),
        Q.pattern("printed"),
        details("track pants", "grey camo panels on the thighs, zip pockets and ribbed ankle cuffs"),
        wearing("a white t-shirt and black camouflage pants"),
        describe(
            "track pants",
            "The track pants are with cotton fabric and color block patterns. The track pants are with cotton fabric "
            "and color block patterns. The track",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Reebok Men Black Camouflage Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, light grey melange full-length tights, white tank top under an open black zip hoodie,
    # grey shoes, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-032",
        caption(
            "The woman wears a long-sleeve jacket with pure color patterns. She wears a long leggings. The leggings "
            "are with cotton fabric and pure color patterns."
        ),
        color_of("tights", "black", "other_garment_color"),
        wearing("a black hoodie over a white tank top and grey leggings"),
        details("tights", "they are long", "non_answer"),
        describe("tights", "Question: Describe the tights. Answer: grey leggings", "leak"),
        is_a("pair of tights", "yes"),
        title="Proline Women Grey Melange Tights",
        category="Tights",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man, front view, black full-zip hoodie zipped to the chest with white PUMA lettering across it, red
    # t-shirt at the neck, blue jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-033",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a hooded neckline. He wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        describe("sweatshirt", "a red hoodie with white letters", "other_garment_color"),
        details("sweatshirt", "white puma lettering across the chest, a zip front and a hood with drawstrings"),
        HOOD("yes"),
        wearing("a black hoodie, a red t-shirt and blue jeans", who="he"),
        Q.pattern("printed"),
        title="Puma Men Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, light-wash blue denim jacket worn open over a black-and-white striped tee left
    # untucked over the waist, black jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-034",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. Her inner is a T-shirt with striped "
            "patterns. She wears a long trousers."
        ),
        color_of("jacket", "light blue"),
        Q.pattern("striped", "contradiction"),
        wearing("a light blue denim jacket over a striped top, black jeans and a brown belt", "unsupported"),
        describe(
            "jacket",
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The woman wears a long "
            "trousers. The",
            "cut",
            hit_limit=True,
        ),
        details("jacket", "metal buttons, two chest flap pockets and a pointed collar"),
        title="Roadster Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: flat packshot, no person: maroon track pants laid flat on a white backdrop, a white stripe down each leg
    # and a white drawstring at the waist, outer side only. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-035",
        caption(
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. He wears a "
            "short-sleeve T-shirt.",
            "unsupported",
        ),
        color_of("track pants", "maroon"),
        describe(
            "track pants", "maroon track pants with a white stripe down each leg and a drawstring waist, laid flat"
        ),
        details(
            "track pants",
            "the pants have a white stripe and a drawstring, the pants have a white stripe and a drawstring, the "
            "pants have a white",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of track pants", "yes"),
        Q.garment_type("track pants"),
        Q.material("polyester with a fleece lining", "unsupported"),
        title="Proline Men Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman, front view, lavender crew-neck sweatshirt with a small white swoosh on the chest, ribbed cuffs,
    # blue jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-036",
        caption(
            "The woman wears a long-sleeve sweatshirt with pure color patterns and a long trousers. The sweatshirt is "
            "with cotton fabric. The trousers are with denim fabric and pure color patterns. The woman wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("lavender"),
        describe("sweatshirt", "The sweatshirt is blue.", "other_garment_color"),
        details("sweatshirt", "a small white swoosh on the chest and ribbed cuffs"),
        wearing("a light purple sweatshirt and jeans"),
        Q.material("cotton"),
        is_a("hoodie", "yes", "contradiction"),
        title="Nike Women Purple Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man, front view, black nylon bomber jacket worn open showing an orange lining, ribbed collar and cuffs,
    # a zip pocket on the sleeve, grey t-shirt, black jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-037",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with nylon "
            "fabric. Its inner is a short-sleeve T-shirt. Question: What is the man wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("jacket", "orange", "contradiction"),
        wearing("a black bomber jacket with an orange lining over a grey t-shirt, black jeans"),
        details("jacket", "orange lining, ribbed collar and cuffs and a pocket on the sleeve"),
        Q.garment_type("jacket"),
        describe("jacket", "a black jacket"),
        title="Numero Uno Men Black Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman, front view, maroon track pants with a white stripe down the side and a white Puma logo on the
    # thigh, white t-shirt, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-038",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. He wears a pair of sneakers.",
            "pronoun",
        ),
        color_of("track pants", "maroon"),
        wearing("a white t-shirt and maroon track pants"),
        details("track pants", "a white stripe down the side and a white puma logo on the thigh"),
        describe("track pants", "describe the track pants", "restated"),
        is_a("pair of track pants", "yes"),
        Q.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Women",
    ),
    # photo: man, front view, teal (blue-green) crew-neck sweatshirt with a small white logo, a white shirt collar
    # peeking out at the neck, beige chinos, white backdrop; the feed row has no category. Caption adapter epoch 1.
    case(
        "X1119-039",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        describe("sweatshirt", "a teal sweatshirt with a white shirt collar showing at the neck"),
        wearing("a teal sweater over a white shirt and beige pants"),
        details(
            "sweatshirt",
            "It has a round neckline and a collar and a round neckline and a collar and a round neckline and a "
            "collar and a",
            "loop",
            hit_limit=True,
        ),
        HOOD("no"),
        title="United Colors of Benetton Men Teal Sweatshirt",
        color="Teal",
        gender="Men",
    ),
    # photo: woman, front view, white quilted sleeveless puffer gilet with a stand collar and zip, over a red
    # long-sleeve top, blue jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-040",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("jacket", "white"),
        Q.sleeve_length("sleeveless"),
        wearing("a white puffer vest over a red top and blue jeans", who="she"),
        describe("jacket", "a red jacket with a zipper", "other_garment_color"),
        details("jacket", "a quilted white gilet with a stand collar and a zip"),
        is_a("jacket", "yes"),
        Q.material("down feathers", "unsupported"),
        title="Fila Women White Padded Gilet Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: man, front view, khaki Harrington jacket zipped halfway with a red tartan lining at the collar and button
    # tabs at the neck, navy t-shirt, dark jeans, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-041",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns. He wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "beige"),
        Q.pattern("checked", "contradiction"),
        wearing("a beige jacket, a navy t-shirt and jeans"),
        details("jacket", "a red checked lining under the collar, a zip front and button tabs at the neck"),
        describe(
            "jacket",
            "The jacket is khaki colored. The jacket is khaki colored. The jacket is khaki colored. The jacket is "
            "khaki colored. The",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        title="Roadster Men Khaki Harrington Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman, front view, black full-length tights with three white stripes down the sides, grey melange
    # sweatshirt on top, white shoes, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-042",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long leggings. The leggings are "
            "with cotton fabric and striped patterns."
        ),
        color_of("tights", "grey", "other_garment_color"),
        Q.pattern("striped"),
        wearing("a grey sweatshirt and black leggings with white stripes"),
        details(
            "tights",
            "three white stripes down the sides, three white stripes down the sides, three white stripes down the "
            "sides, three",
            "loop",
            hit_limit=True,
        ),
        describe("tights", "black track pants with three white stripes on each side", "contradiction"),
        title="Adidas Women Black 3-Stripes Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man, front view, red crew-neck sweatshirt with a small navy-white-red flag logo on the chest, white
    # t-shirt hem showing below it, khaki trousers, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-043",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. He wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        Q.color("red"),
        describe("sweatshirt", "red sweatshirt with a small flag logo on the chest"),
        details("sweatshirt", "The sweatshirt has a zipper on the front and a hood", "unsupported"),
        wearing("a red sweatshirt, a white t-shirt under it and khaki trousers"),
        Q.garment_type("sweatshirt"),
        Q.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman, front view, light peach quilted bomber jacket with a zip front, white top, light blue jeans, a
    # thin watch on her left wrist, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long trousers. The jacket is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns. There is an accessory on his "
            "wrist.",
            "pronoun",
        ),
        color_of("jacket", "pink"),
        wearing("a peach jacket, a white top and light blue jeans"),
        describe("jacket", "a light peach quilted bomber jacket with a zip front"),
        details("jacket", "the jacket is made of silk and has a belt", "unsupported"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("blazer", "contradiction"),
        title="Vero Moda Women Peach Quilted Bomber Jacket",
        category="Jackets",
        color="Peach",
        gender="Women",
    ),
    # photo: man, front view, olive joggers with cargo pockets on the thighs, a black drawstring and elastic ankle
    # cuffs, black sweatshirt, white sneakers, white backdrop. Caption adapter epoch 1 wrote all texts.
    case(
        "X1119-045",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns."
        ),
        color_of("track pants", "olive"),
        describe("track pants", "black joggers with cargo pockets", "other_garment_color"),
        details("track pants", "cargo pockets on the sides, a black drawstring and elastic cuffs at the ankles"),
        wearing("Question: What is the person wearing? Answer: a black sweatshirt and green pants", "leak"),
        is_a("pair of jeans", "no"),
        Q.material("what material is the garment made of", "restated"),
        title="Roadster Men Olive Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man, front view, royal blue pullover hoodie with a white tropical leaf print on the front, kangaroo
    # pocket and drawstring hood (hood down), black track pants, white backdrop. Caption adapter epoch 1.
    case(
        "X1119-046",
        caption(
            "The man wears a long-sleeve sweatshirt with floral patterns and a long pants. The sweatshirt is with "
            "cotton fabric. It has a hooded neckline."
        ),
        Q.pattern("floral"),
        Q.color("blue"),
        describe("sweatshirt", "hoodie", "non_answer"),
        details("sweatshirt", "white leaf print on the front, kangaroo pocket and drawstring hood"),
        wearing("She is wearing a blue hoodie with white leaves and black pants.", "pronoun"),
        Q.material("cotton Question: Is this a hoodie? Answer: yes", "leak"),
        title="Roadster Men Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
]
