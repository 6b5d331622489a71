"""BLIND_580 (46 products; older Myntra feed, VQA adapter + caption epoch 3): written blind in the fifty-first session.
Measured blind at b5c78a9 (the session's final rules): 125/147 failures found (85.0%) and 10/217 correct texts flagged
(4.6%). The writer's notes, verbatim:

Scenario: one night's enrichment of the older Myntra 'Fashion Product Images' feed: short free-form seller titles,
article types Tshirts, Shirts, Tops, Kurtas, Jeans, Trousers, Shorts, Track Pants, Sweaters, Sweatshirts, Jackets,
Dresses, Skirts; genders Men, Women, Boys, Girls, Unisex. Photos are catalog shots, mostly on a white backdrop (a few
on a light grey or beige wall), worn by a model who also wears other garments (a tee under an open shirt or jacket,
jeans under a kurta, a shirt tucked into trousers). Some rows lack a column (no colour, no title, no gender).

Who wrote what: captions by the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption, 50 new
tokens): DeepFashion-MultiModal template sentences with no hue names ("pure color", "lattice", "graphic" patterns,
"cotton"/"denim"/"knitting" fabric, "The gentleman wears ..."), which cannot name a kurta or a sweatshirt, sometimes
invent an accessory, repeat a sentence until the limit or stop mid-sentence at it. Open answers (wearing, description,
details, material) by the fine-tuned VQA adapter (Data3_V3_BLIP2_VQA, 30 new tokens, greedy): short In-shop style
answers when it stops on a newline; otherwise it keeps going into loops, gets cut at 30 tokens, or writes the next
"Question: ... Answer:" turn itself; it picks up the color of the other garment in the photo, answers yes/no or one
word, echoes the question, and uses he/she regardless of who is in the photo. Closed answers (garment_type, color,
pattern, sleeve_length) by enrich's --engine reference, one candidate value each: they never loop or stop short,
but pick the other garment's color, the visible top's type for a bottom, stripes for pleats or tipping, "short" for
rolled sleeves.

Labeling conventions and judgement calls:
- One label per text; where a text has two faults I wrote it so one dominates, and a text that ran to the limit and
  ends mid-phrase is "cut" even if it also drifted into invented content before the cut.
- hit_limit=True only on texts that ran to the token limit (loops, cuts, leaks that run on); no correct text hit it.
- Colors are judged by the seller's color group: cream answered white, olive answered green, navy answered blue,
  peach answered pink, teal answered green (the seller's own title says green) are all correct.
- A color that belongs to another garment or accessory in the photo (the jeans, the tee under the jacket, the belt)
  is other_garment_color, for the closed color question and for open answers that give it to the product; the
  product's color given to the other garment ("red top and red jeans") is a contradiction. A print's color picked
  as the garment color (the yellow cartoon on a teal tee) is a contradiction, not another garment's color.
- Caption garment names: a Tops item called shirt/T-shirt/tank top and a polo T-shirt called a shirt are accepted
  (nearest template class); a kurta called shirt or dress, a sweatshirt called sweater and chinos called denim pants
  are contradictions (another article type of the feed, or the title's fabric).
- Material: the evident generic fabric (denim for jeans, cotton for a plain tee, shirt or kurta, knit for a
  sweater, leather for a leather-look jacket, cotton twill for chinos) is correct; a specific fibre, blend, lining or
  finish the photo cannot show and the title does not state (wool, linen, rayon, cashmere, "100% cotton pique",
  "genuine leather") is unsupported; a fabric against the title or the caption (cotton for a "Silk Kurta", leather
  for a matte twill bomber the caption calls cotton) is a contradiction.
- Invented parts or accessories not in the photo (a ring, a cap, a hat, pen in the pocket, a fur collar, a hood,
  chest flap pockets on a bomber, anything on the unseen back) are unsupported.
- "Yes"/"no" or a bare color word to Describe/details is non_answer; "it is a skirt" to details is non_answer; an
  answer that only echoes the question's words ("the details of the garment are the details ...") is restated.
- Rolled-up long sleeves answered "short", short flutter sleeves answered "sleeveless" are contradictions.
- "The lady" for a girl is accepted (female); "The lady" for a boy, "he" for a woman or girl, "she" for a boy are
  pronoun failures. Unisex products carry no pronoun failure.
- Sleeve length was not asked for bottoms (jeans, trousers, shorts, track pants, skirts) in this set.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case

BLIND_580 = [
    # photo: man in a yellow crew-neck tee with a small black Puma cat logo on the chest, mid-blue jeans, white
    # backdrop, front view. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-001",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long pants. The pants are with denim fabric."
        ),
        Q.wearing("a yellow tee and blue jeans"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("short"),
        Q.description("a yellow t-shirt with a small black logo on the chest, on a white background"),
        Q.material("cotton"),
        title="Puma Men Spine Tee Yellow Tshirts",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a peach long-sleeve scoop-neck tee, white skinny jeans, no jewellery visible, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-002",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric. There is a ring on her finger.",
            "unsupported",
        ),
        Q.wearing("he is wearing a pink t-shirt and white pants", "pronoun"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("peach"),
        Q.sleeve_length("long"),
        Q.details("scoop neck, long sleeves and a plain front"),
        Q.material("cotton"),
        title="Benetton Women Light Winter Peach T-Shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a black tee with a large white-and-red skull graphic, dark grey jeans, white backdrop, front.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-003",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing("a black graphic tee and grey jeans"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        Q.description(
            "a black t-shirt with a large white and red skull print on the front, short sleeves and a round neck with "
            "a ribbed collar and a",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "skull print skull print skull print skull print skull print skull print skull print skull print skull "
            "print skull print",
            "loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Printed Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white shirt with a big navy-and-red check, long sleeves rolled to the elbow, khaki chinos,
    # white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("checked"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a white and blue checked shirt with a collar and buttons down the front"),
        Q.details(
            "checked collar, button front Question: What is the color of the shirt? Answer: white and blue "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("linen with a soft brushed finish", "unsupported"),
        title="Wrangler Men Urban Big Check White Shirts",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon straight kurta with gold block-printed motifs, three-quarter sleeves, mandarin
    # collar, beige leggings, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference.
    case(
        "X580-005",
        caption(
            "This lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and "
            "it has a stand neckline. The lady wears a long leggings.",
            "contradiction",
        ),
        Q.wearing("a maroon kurta and beige leggings"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        Q.description(
            "a maroon kurta with gold print and a mandarin collar and a slit at the side and a slit at the side and "
            "a slit at the side and a",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Biba Women Printed Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in mid-blue faded slim jeans, white tee worn untucked, white sneakers, white backdrop, front view.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-006",
        caption(
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. "
            "His T-shirt has short sleeves, cotton fabric and pure color patterns."
        ),
        Q.wearing("white t-shirt and blue jeans"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.details(
            "faded wash, five pockets, button fly and a zip fly with a button fly and a zip fly with a button fly and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Spykar Men Blue Slim Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless top with a lace panel at the yoke, blue denim shorts, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. The lady wears a short denim shorts."
        ),
        Q.wearing("a black top and blue shorts"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("black", "non_answer"),
        Q.details("lace panel on the yoke and a round neck"),
        Q.material(
            "a soft stretchy fabric that is comfortable to wear and easy to wash and dry and can be worn with jeans "
            "or a skirt or",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a plain white long-sleeve kurta, mandarin collar, half button placket, white churidar, light grey
    # wall behind. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-008",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long pants.",
            "contradiction",
        ),
        Q.wearing("a white kurta and white pyjamas"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.description(
            "a white kurta with a mandarin collar and a half button placket, photographed against a grey wall"
        ),
        Q.details(
            "a white kurta with a mandarin collar and a half button placket and two side pockets and a curved hem "
            "and a slit at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Men Cotton White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in dark navy skinny jeans, a grey melange tee, black ankle boots, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants are with denim fabric. The lady wears a long pants. The pants are "
            "with denim",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a grey t-shirt and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "dark blue skinny jeans with a mid rise and a five pocket design and a zip fly with a button closure and a "
            "slim fit through the",
            "cut",
            hit_limit=True,
        ),
        Q.details("the details of the garment are the details of the jeans", "restated"),
        Q.material("denim"),
        title="Levis Women Skinny Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in charcoal-grey flat-front formal trousers, light blue shirt tucked in, black belt, black shoes,
    # white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-010",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers this man wears is of long length."
        ),
        Q.wearing("light blue shirt and grey trousers with a black belt"),
        Q.garment_type("trousers"),
        Q.color("blue", "other_garment_color"),
        Q.description(
            "a pair of grey trousers with a flat front and a flat front and a flat front and a flat front and a flat "
            "front and a",
            "loop",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        Q.material("wool", "unsupported"),
        title="Arrow Men Formal Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: boy in an orange tee with a cartoon print of a boy character on the front, blue shorts, white
    # backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a three-point shorts.",
            "pronoun",
        ),
        Q.wearing("orange t-shirt with a cartoon on it and blue shorts"),
        Q.garment_type("t-shirt"),
        Q.color("orange"),
        Q.pattern("graphic"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("an orange t-shirt with a cartoon boy printed on the front"),
        title="Chhota Bheem Kids Boys Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: man in a navy V-neck cable-knit sweater over a white collared shirt (collar and cuffs show), beige
    # chinos, white backdrop; the row has no gender. Caption: caption adapter ep3; open: VQA; closed: reference.
    case(
        "X580-012",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a V-shape neckline. The gentleman wears a long trousers."
        ),
        Q.wearing("a navy sweater over a white shirt and khaki pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description("the garment is a garment that is worn", "restated"),
        Q.details("cable knit front, v neck and ribbed cuffs"),
        Q.material("acrylic wool blend", "unsupported"),
        title="Monte Carlo Men Navy Blue Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # photo: woman in a blue sleeveless knee-length dress with small white and pink flowers, light flowy slightly
    # sheer fabric, tan belt at the waist, brown sandals, white backdrop. Caption ep3; open VQA; closed reference.
    case(
        "X580-013",
        caption(
            "Her tank dress has no sleeves, chiffon fabric and floral patterns. It is of knee length. There is a "
            "belt in her clothing."
        ),
        Q.wearing("a blue floral dress and a brown belt"),
        Q.garment_type("dress"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a blue dress with white flowers and pink flowers and white flowers and pink flowers and white flowers "
            "and pink flowers and white",
            "loop",
            hit_limit=True,
        ),
        Q.details("yes", "non_answer"),
        Q.material("polyester", "unsupported"),
        title="Mango Women Floral Blue Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in black running shorts with a white swoosh and side splits, plain grey tee, bare wrists, white
    # backdrop, cropped at the knees. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-014",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts this man wears is of three-point length. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.wearing("grey t-shirt and black track pants", "contradiction"),
        Q.garment_type("shorts"),
        Q.color("black"),
        Q.description("black shorts with a white logo on the left leg"),
        Q.details(
            "Question: What is the color of the shorts? Answer: black Question: What is the color of the shorts? "
            "Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("nylon mesh with a cotton lining", "unsupported"),
        title="Nike Men Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a pink knee-length pleated skirt, white sleeveless top tucked in, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The skirt this lady wears is of medium "
            "length. The skirt is with chiffon fabric and pure color patterns."
        ),
        Q.wearing("a white top and pink skirt"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.description("a pink pleated skirt that falls just below the knee"),
        Q.details("pleated, knee length with a side zip and a satin lining", "unsupported"),
        Q.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Only Women Pink Pleated Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in an olive matte-twill bomber jacket, open, over a white tee, black jeans; zip front, rib collar,
    # cuffs and hem, side welt pockets; white backdrop. Caption: caption adapter ep3; open: VQA; closed: reference.
    case(
        "X580-016",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "gentleman wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("he is wearing a green jacket with a white t-shirt and black jeans"),
        Q.garment_type("jacket"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.details("zip front, ribbed collar, ribbed cuffs and two flap pockets on the chest", "unsupported"),
        Q.material("leather", "contradiction"),
        title="Roadster Men Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a grey melange crew-neck sweatshirt with a pink Puma print on the chest, black track pants,
    # no hood, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-017",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and it has "
            "a round neckline. The lady wears a long pants.",
            "contradiction",
        ),
        Q.wearing("a grey sweatshirt and black pants"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.description("Describe the garment. Answer: grey sweatshirt with pink logo", "leak"),
        Q.details("pink logo on the chest, ribbed cuffs and hem and a hood", "unsupported"),
        Q.material("cotton"),
        title="Puma Women Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in navy track pants with three white stripes down the sides, a red tee, white sneakers, white
    # backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-018",
        caption(
            "The pants this man wears is of long length. The pants are with cotton fabric and striped patterns. His "
            "T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline."
        ),
        Q.wearing("red t-shirt and blue track pants"),
        Q.garment_type("track pants"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.description("navy blue track pants with white stripes on the side and an elastic waist"),
        Q.details("the details of the track pants", "restated"),
        Q.material("cotton with a brushed fleece inside", "unsupported"),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white short-sleeve top with small black polka dots, blue jeans, front view only, white
    # backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-019",
        caption(
            "This female is wearing a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and "
            "it has a round neckline. This female wears a long pants. The pants are with denim fabric."
        ),
        Q.wearing("Question: What is the person wearing? Answer: a white top", "leak"),
        Q.garment_type("top"),
        Q.color("white"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        Q.details(
            "black polka dots on white, round neck, short sleeves and a button on the back of the neck", "unsupported"
        ),
        Q.material("silk", "unsupported"),
        title="Forever New Women Printed White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a cream long-sleeve shirt with thin brown vertical stripes, navy trousers, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-020",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long trousers."
        ),
        Q.wearing(
            "a cream shirt and navy pants Question: What is the color of the shirt? Answer: cream Question: What is "
            "the color of the pants? Answer",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("an off white shirt with thin brown stripes"),
        Q.details(
            "a button down collar, a chest pocket and a chest pocket and a chest pocket and a chest pocket and a "
            "chest pocket and a chest",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="Peter England Men Stripes Cream Shirt",
        category="Shirts",
        color="Cream",
        gender="Men",
    ),
    # photo: woman in a green A-line kurta with a white floral print, three-quarter sleeves, round neck, white
    # palazzo, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-021",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers.",
            "contradiction",
        ),
        Q.wearing("he is wearing a green kurta with white flowers and white pants", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter"),
        Q.description("a green kurta with a white floral print and three quarter sleeves"),
        Q.material("rayon", "unsupported"),
        title="W Women Green Printed Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: man in black slim jeans, a blue denim shirt worn untucked, white backdrop, front view.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-022",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has "
            "a lapel neckline. The pants this man wears is of long length. The pants are with denim fabric."
        ),
        Q.wearing("a blue denim shirt and black jeans"),
        Q.garment_type("jeans"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a pair of black jeans with a slim fit and a slim fit and a slim fit and a slim fit and a slim fit",
            "loop",
            hit_limit=True,
        ),
        Q.details("five pockets, button closure and zip fly"),
        Q.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        title="Flying Machine Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red pullover hoodie with a white Nike swoosh, kangaroo pocket, hood down, bare head, black
    # joggers, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-023",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "person wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.wearing("a red hoodie and black pants and a black cap", "unsupported"),
        Q.garment_type("sweatshirt"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a red hoodie with a white nike logo on the chest and a kangaroo pocket on the front and ribbed cuffs and "
            "hem and a drawstring",
            "cut",
            hit_limit=True,
        ),
        Q.details("hood with drawstrings, kangaroo pocket and white logo on the chest"),
        title="Nike Unisex Red Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Unisex",
    ),
    # photo: woman in a plain lavender V-neck training tee with a small Nike logo, black leggings, photo cropped at
    # the knees, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a V-shape neckline. The lady wears a long leggings."
        ),
        Q.wearing("a purple t-shirt and black leggings"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description(
            "a lavender t-shirt with a v neck and the nike logo on the chest. she is wearing black leggings and black "
            "shoes and white socks",
            "unsupported",
        ),
        Q.details("the details of the garment", "restated"),
        Q.material("cotton"),
        title="Nike Women Trainng Lavender T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck fine-knit sweater, blue jeans, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-025",
        caption(
            "His sweater has long sleeves, knitting fabric and pure color patterns. It has a round neckline. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing("a wine red sweater and jeans"),
        Q.garment_type("sweater"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.description(
            "maroon sweater Question: What is the color of the sweater? Answer: maroon Question: What is the color "
            "of the jeans? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.details("ribbed neck, ribbed cuffs and ribbed hem"),
        Q.material("knit"),
        title="Indian Terrain Men Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: girl in a yellow sleeveless frock with a white Peter Pan collar and a small white bow at the neck,
    # full length, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-026",
        caption(
            "Her tank dress has no sleeves, cotton fabric and pure color patterns. It has a lapel neckline. It is of "
            "medium length."
        ),
        Q.wearing("he is wearing a yellow dress", "pronoun"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.description("yellow", "non_answer"),
        Q.details(
            "white collar white collar white collar white collar white collar white collar white collar white collar "
            "white collar white",
            "loop",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Yellow Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in a green pique polo tee with white tipping on the collar and sleeve bands, embroidered logo,
    # two-button placket, beige chinos, white backdrop. Caption ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-027",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long trousers."
        ),
        Q.wearing("a beige polo shirt and beige pants", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.color("green"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        Q.description("a green polo t-shirt with white stripes on the collar and sleeves"),
        Q.details(
            "polo collar with white tipping, two button placket, embroidered logo on the chest and a side slit on the "
            "hem, a side slit on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("100% cotton pique", "unsupported"),
        title="U.S. Polo Assn. Men Green Polo Tshirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in black straight formal trousers, a white shirt tucked in, a watch on her left wrist, white
    # backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric. "
            "There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a white shirt and black pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.description("the garment is described as a garment", "restated"),
        title="Van Heusen Women Black Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a short-sleeve navy shirt with white and red checks worn open over a grey tee, khaki shorts,
    # white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-029",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. This man wears a three-point shorts."
        ),
        Q.wearing("a navy checked shirt over a grey t-shirt and khaki shorts"),
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked"),
        Q.sleeve_length("long", "contradiction"),
        Q.description("a blue shirt with white and red checks and short sleeves, worn open"),
        Q.details(
            "check check check check check check check check check check check check check check check check check "
            "check check check check check check check check check check check check check",
            "loop",
            hit_limit=True,
        ),
        title="Quiksilver Men Navy Blue Check Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a light-blue denim jacket, full-length sleeves, chest flap pockets, open over a white top, black
    # skinny jeans, plain denim collar, white backdrop. Caption: caption adapter ep3; open: VQA; closed: reference.
    case(
        "X580-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and it has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        Q.wearing("she is wearing a blue denim jacket, white top and black jeans"),
        Q.garment_type("jacket"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short", "contradiction"),
        Q.description("a blue denim jacket with a faux fur collar", "unsupported"),
        Q.details(
            "button front, two chest flap pockets, buttoned cuffs, and two side welt pockets with a button tab at the "
            "waist and a tab at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Vero Moda Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a cream silk kurta with tonal gold embroidery at the collar and placket, long sleeves, white
    # churidar, beige wall behind. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-031",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a stand neckline. The gentleman wears a long pants.",
            "contradiction",
        ),
        Q.wearing("a cream kurta and white pants in front of a beige wall"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.description("a cream kurta with gold embroidery on the collar and the placket"),
        Q.details("no", "non_answer"),
        Q.material("cotton", "contradiction"),
        title="Manyavar Men Cream Silk Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: boy in khaki cargo shorts and a white tee with a blue print, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-032",
        caption(
            "This person wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "shorts this person wears is of three-point length. The shorts are with cotton fabric."
        ),
        Q.wearing("white t-shirt and beige shorts"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.description("she is wearing khaki shorts with cargo pockets", "pronoun"),
        Q.details("cargo pockets on the sides and a button waist"),
        Q.material("cotton"),
        title="Gini and Jony Boys Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: woman in a red off-shoulder top with short flutter sleeves and a ruffle, blue jeans, front view, white
    # backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-033",
        caption(
            "This female is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. "
            "This female wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing("a red top and red jeans", "contradiction"),
        Q.garment_type("top"),
        Q.color("red"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.description("a red off shoulder top with a ruffle"),
        Q.details("off shoulder neckline with ruffle trim and a smocked back", "unsupported"),
        Q.material("the garment is made of", "restated"),
        title="Miss Chase Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in black track pants with a small white Puma logo on the right thigh, elastic waist with drawstring,
    # white tee, white backdrop; the row has no title. Caption ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-034",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "pants are with cotton fabric and pure color patterns. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("white t-shirt and black track pants"),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.description(
            "black track pants with a white puma logo on the right thigh and an elastic waist with a drawstring"
        ),
        Q.details("yes", "non_answer"),
        Q.material("polyester", "unsupported"),
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light-blue ripped boyfriend jeans rolled at the ankle, black tee tucked in, white sneakers,
    # front view, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        Q.wearing("he is wearing a black t-shirt and ripped jeans", "pronoun"),
        Q.garment_type("jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("light blue jeans with rips on the knees and the cuffs rolled up at the ankle"),
        Q.details("distressed knees, rolled cuffs and a leather patch at the back", "unsupported"),
        Q.material("denim"),
        title="Kraus Women Light Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a red hooded windcheater, zipped, two zip pockets, black trousers, black watch on his wrist,
    # white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-036",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "it has a hooded neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a red jacket and black pants"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description("a red hooded jacket with a full zip and two zip pockets"),
        Q.details("the details of the garment are the jacket details", "restated"),
        Q.material("waterproof nylon with a fleece lining", "unsupported"),
        title="Wildcraft Men Red Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a navy A-line mini skirt with white polka dots, a mustard yellow tee tucked in, white
    # backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The skirt this lady wears is of short "
            "length. The skirt is with cotton fabric and graphic patterns."
        ),
        Q.wearing("a yellow top and a blue skirt with white dots"),
        Q.garment_type("skirt"),
        Q.color("yellow", "other_garment_color"),
        Q.pattern("printed"),
        Q.description(
            "a short navy skirt with white polka dots Question: What is the color of the top? Answer: yellow "
            "Question: Describe the top. Answer: a",
            "leak",
            hit_limit=True,
        ),
        Q.details("it is a skirt", "non_answer"),
        title="Vero Moda Women Navy Blue Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a charcoal crew-neck sweatshirt with "PROLINE" in white letters across the chest, blue jeans,
    # white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-038",
        caption(
            "His sweater has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.wearing("a dark grey sweatshirt and blue jeans"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.pattern("graphic"),
        Q.sleeve_length("long"),
        Q.description("a blue sweatshirt with proline written across the chest", "other_garment_color"),
        Q.details(
            "white proline print across the chest, ribbed cuffs, ribbed hem and a ribbed neckline with a v insert at "
            "the front of the neck and",
            "cut",
            hit_limit=True,
        ),
        title="Proline Men Charcoal Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an indigo-blue sleeveless kurta with a white ikat print, round neck, side slits, white
    # leggings, white backdrop; the row has no colour. Caption ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-039",
        caption(
            "Her tank dress has no sleeves, cotton fabric and graphic patterns. The neckline of it is round. It is of "
            "long length.",
            "contradiction",
        ),
        Q.wearing("a blue sleeveless kurta and white leggings"),
        Q.garment_type("kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description(
            "a blue kurta with a white ikat print all over it, a round neck with a keyhole opening, side slits and a "
            "hem that falls below the",
            "cut",
            hit_limit=True,
        ),
        Q.details("round neck, side slits, ikat print"),
        title="Global Desi Women Blue Kurta",
        category="Kurtas",
        gender="Women",
    ),
    # photo: man in khaki cotton chinos, a navy polo tee tucked in, brown belt, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-040",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has "
            "a lapel neckline. The pants this man wears is of long length. The pants are with denim fabric.",
            "contradiction",
        ),
        Q.wearing("blue polo shirt and beige pants"),
        Q.garment_type("trousers"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.description("khaki", "non_answer"),
        Q.details("slant pockets, belt loops, button closure and a zip fly"),
        Q.material("cotton twill"),
        title="Blackberrys Men Khaki Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: girl in a pink short-sleeve top with a glitter unicorn print, denim shorts, white backdrop.
    # Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short shorts. The shorts are with denim fabric."
        ),
        Q.wearing("pink top with a unicorn on it and denim shorts"),
        Q.garment_type("top"),
        Q.color("pink"),
        Q.pattern("graphic"),
        Q.description("she is wearing a pink t-shirt with a unicorn print and blue denim shorts"),
        Q.details("the details of the garment are the details", "restated"),
        Q.material("polyester and spandex blend", "unsupported"),
        title="Doodle Girls Pink Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a plain lavender formal shirt, long sleeves, spread collar, a dark navy tie, grey trousers,
    # black belt with a silver buckle, empty chest pocket, white backdrop. Caption ep3; open: VQA; closed: reference.
    case(
        "X580-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "it has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        Q.wearing("a purple shirt, a blue tie and grey pants"),
        Q.garment_type("shirt"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long"),
        Q.description(
            "a lavender shirt with a spread collar and a navy tie worn with grey trousers and a black belt with a "
            "silver buckle and black formal",
            "cut",
            hit_limit=True,
        ),
        Q.details("spread collar, button cuffs and a chest pocket with a pen in it", "unsupported"),
        title="Arrow Men Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: woman in a beige open-front knit cardigan with two patch pockets and ribbed cuffs and hem, over a black
    # top, blue jeans, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.wearing("a beige cardigan over a black top and blue jeans"),
        Q.garment_type("sweater"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long"),
        Q.description("he is wearing a cream open front cardigan with long sleeves and pockets", "pronoun"),
        Q.details(
            "open front with no buttons, two patch pockets at the hip and ribbed cuffs and a ribbed hem that sits "
            "just below the hip with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("cashmere", "unsupported"),
        title="Vero Moda Women Beige Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: man in a teal tee with a yellow cartoon face print and the word "Nonsense" under it, black shorts,
    # white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-044",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The shorts "
            "this man wears is of three-point length. The shorts are with cotton fabric."
        ),
        Q.wearing("green t-shirt and black shorts"),
        Q.garment_type("t-shirt"),
        Q.color("yellow", "contradiction"),
        Q.pattern("graphic"),
        Q.description("he is wearing a green t-shirt with a cartoon on the front and the word nonsense under it"),
        Q.details(
            "Question: What are the details of the garment? Answer: graphic print Question: What are the details of "
            "the garment? Answer: graphic print",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Mr. Men Men Nonsense Green Tshirts",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: woman in high-waist blue denim shorts with a frayed hem, a white tee tucked in, cropped at the thigh,
    # white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a short shorts. The shorts are with denim fabric and pure color patterns."
        ),
        Q.wearing("he is wearing a white t-shirt and denim shorts", "pronoun"),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        Q.description("blue denim shorts with a frayed hem and a high waist"),
        Q.details(
            "frayed hem frayed hem frayed hem frayed hem frayed hem frayed hem frayed hem frayed hem frayed hem "
            "frayed hem",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        title="Roadster Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a brown leather-look biker jacket, zipped, asymmetric zip, zip pockets, notch collar, no belt,
    # no hood, black jeans, white backdrop. Caption: caption adapter ep3; open: VQA adapter; closed: reference engine.
    case(
        "X580-046",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "it has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric."
        ),
        Q.wearing(
            "Question: What is the person wearing? Answer: a brown jacket Question: What is the color of the jacket? "
            "Answer: brown Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("brown"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        Q.description(
            "a brown leather jacket with a zip front and a belted waist and a belted waist and a belted waist and a "
            "belted waist",
            "loop",
            hit_limit=True,
        ),
        Q.details(
            "asymmetric zip, zip pockets and a notch collar with snap buttons and a detachable hood", "unsupported"
        ),
        Q.material("genuine leather", "unsupported"),
        title="Fort Collins Men Brown Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
]
