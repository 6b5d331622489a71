"""BLIND_888 (46 products; old Myntra feed, mixed, caption adapter epoch 3): written blind in the fifty-seventh session.
Measured blind at c1acb3c (the session's second rules): 126/147 failures found (85.7%) and 10/208 correct texts flagged
(4.8%). The writer's notes, verbatim:

Scenario: the older Myntra "Fashion Product Images" feed, the kind of the shared photos: short seller titles
("Roadster Men Navy Tshirt"), a catalog mixing men's and women's wear (Tshirts, Shirts, Tops, Jeans, Trousers,
Shorts, Skirts, Dresses, Sweaters, Sweatshirts, Jackets, Track Pants, Kurtas). Photos are 224x224 catalog shots on a
white backdrop, almost all worn by a model who also wears other garments (jeans under a tee, a tee under a jacket,
leggings under a kurta); one pack shot of folded tees with no person. A few rows lack a column (no color, no
category), and one seller color is wrong for the photo (a "Brown" shirt that is plainly maroon).

Who wrote what: every caption and every open answer (wearing, description, details, material, the experiments'
"What is the color of the shirt?" asked open) is free generation by BLIP-2 OPT-2.7b with the caption adapter at
epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers. Its
habit is the DeepFashion-MultiModal template ("The lady wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric and its neckline is round.") with no hue names, returned for almost any prompt; now
and then it falls back on the base model's short plain phrasing with hues ("He is wearing a grey sweatshirt and
black pants"). With no end token trained it either stops where the padding was learned or runs to the limit, so
captions and answers are cut mid-sentence, loop a template sentence, or run on into a new "Question: ... Answer:".
It invents the template's accessories (a ring, an accessory on the wrist, a belt, a hat) and details (hoods,
pockets, prints). Closed answers (garment_type, color, pattern, sleeve length, "Is this a ...?" and the color
question where stored closed) come from enrich's --engine reference over the same adapter: one candidate value,
never cut or looping, but often the color of the jeans or tee worn with the product, or a wrong pattern or sleeve.

Labeling conventions and judgement calls:
- One label per text. Where a text shows two failures, the label is the first of: loop, leak, cut, pronoun,
  other_garment_color, contradiction, unsupported, restated, non_answer.
- other_garment_color: a color question (or a color inside an open answer) that gives a garment the color another
  visible garment has (the product given the jeans' blue, the pants given the shirt's white), whether the text is
  open or closed. A wrong color that no garment in the photo has is a contradiction.
- contradiction: a garment type, pattern, sleeve length, neckline, length or count the photo (and the title or
  other texts) contradicts, including another garment's pattern given to the product, and a kurta called a dress.
- A kurta called a "shirt" or a "long top" in the template is the adapter's nearest word, not a failure; a kurta
  called a "dress" is a contradiction. "Sweater" for a sweatshirt and "hoodie" for a hooded sweatshirt are correct.
- Template fabric words that match the look (cotton jersey, denim, knitting for a knit, leather for faux leather,
  chiffon for a sheer top) are correct; a fabric the photo does not show (silk for a matte cotton kurta, leather for
  a cotton bomber, furry for a plain fleece) is unsupported; the skirt's leather given to the sweater is a
  contradiction, because the caption of the same product says knitting.
- An accessory or detail the photo does not show (ring, wrist accessory, cap, hood, chest pocket, fur trim, belt
  under a sweater, back pocket in a front view) is unsupported; an accessory that is there (the watch, the belt
  over tucked shirts) is correct.
- The "Brown" shirt that is plainly maroon in the photo is answered "maroon": correct for the photo, whatever the
  seller's column says. The pack of three tees (seller color Multi) answered "multicolor" is correct; its caption,
  which has one man wearing one T-shirt, is a contradiction (count and person against the title and photo).
- non_answer: an empty answer, a yes/no or a bare garment word to an open question, or only the question's words
  back ("The shorts are short."). restated: a sentence that turns the question around without answering it ("The
  details of the trousers are that they are trousers.", "made of fabric").
- cut: stops mid-phrase, mostly at the 30- or 50-token limit (hit_limit=True); one stopped short of the limit where
  the adapter emitted its learned padding mid-sentence (hit_limit=False). Loops and run-on leaks that reach the
  limit also carry hit_limit=True.
- pronoun: she/her/lady for a Men row or he/his/man for a Women row, in a caption or an answer.
- Short correct answers ("denim", "cotton", "chiffon") to the material question are correct, not non-answers.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

D = DEFAULT_QUESTIONS
B = BLIND_QUESTIONS

BLIND_888 = [
    # photo: man in a solid navy crew-neck short-sleeve tee, light-blue jeans, white backdrop, front view; caption
    # adapter epoch 3 wrote the caption and open answers, the reference engine the closed ones
    case(
        "X888-001",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long denim pants."
        ),
        D.wearing("The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants."),
        D.garment_type("t-shirt"),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The pants "
            "this man wears is of",
            "cut",
            hit_limit=True,
        ),
        D.material("The T-shirt is with cotton fabric."),
        title="Roadster Men Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a sleeveless plain pink chiffon top, dark-blue skinny jeans, no jewellery, white backdrop;
    # caption adapter epoch 3 (caption, open answers), reference engine (closed)
    case(
        "X888-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. The lady wears a long denim pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("She is wearing a sleeveless top and blue jeans.", who="she"),
        color_of("top", "The top is blue.", "other_garment_color", kind="open"),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        B.material("chiffon"),
        title="Vero Moda Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a white long-sleeve shirt with thin blue checks, tucked into khaki chinos, brown belt, white
    # backdrop; caption adapter epoch 3 wrote every text (the experiments' questionnaire, all open)
    case(
        "X888-003",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers are with cotton fabric and pure color patterns. The person wears a belt."
        ),
        wearing("He is wearing a long-sleeve shirt with lattice patterns and a long trousers.", who="he"),
        color_of(
            "shirt",
            "The shirt is white with blue checks. Question: What is the color of the pants? Answer: The pants are",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "The pants are white.", "other_garment_color", kind="open"),
        describe("shirt", "The shirt has long sleeves, cotton fabric and lattice patterns. It has a lapel neckline."),
        details(
            "shirt",
            "The shirt has long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long "
            "sleeves, long sleeves",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Men Check White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon straight knee-length cotton kurta with a gold foil print around the yoke,
    # three-quarter sleeves, white churidar leggings, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-004",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a long leggings.",
            "contradiction",
        ),
        D.garment_type("kurta"),
        D.color("maroon"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.description(
            "The dress has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The leggings "
            "this lady wears is",
            "cut",
            hit_limit=True,
        ),
        D.details("It has medium sleeves and a round neckline. There is a gold print around the neckline."),
        D.material("The kurta is made of silk.", "unsupported"),
        title="Biba Women Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in mid-blue faded slim jeans with whiskering, white round-neck tee worn out, brown shoes, no belt
    # (tee covers the waist), white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("The man is wearing a white T-shirt and blue jeans."),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. The "
            "man wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("The jeans have a zipper fly, five pockets and a brown leather belt.", "unsupported"),
        D.material("denim"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless round-neck knee-length A-line dress with white polka dots, light crepe,
    # black heels, no jewellery, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-006",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is of medium length. This lady wears a "
            "ring. There is an accessory on her wrist. This lady wears a ring. There is an accessory on her wrist. "
            "This lady",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a black dress with white polka dots.", who="she"),
        B.color("black"),
        B.pattern("polka dots"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        B.material("The garment is made of the fabric of the garment.", "restated"),
        title="Mango Women Black Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with a black Puma logo print on the chest, no hood, black
    # track pants, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-007",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and its "
            "neckline is crew. The pants this man wears is of long length."
        ),
        D.wearing("The man is wearing a grey sweatshirt and grey pants.", "other_garment_color"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.pattern("graphic"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The sweater has long sleeves, cotton fabric and graphic patterns. It has a crew neckline and a hood.",
            "unsupported",
        ),
        D.details("The garment has long sleeves and a crew neckline. There is a logo on the chest."),
        D.material("The sweater is with cotton fabric."),
        title="Puma Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in dark-indigo skinny jeans, a pink short-sleeve tee tucked in, black ankle boots, white backdrop;
    # caption adapter epoch 3 wrote every text (experiments' questionnaire, open)
    case(
        "X888-008",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long denim pants. Her T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a pink T-shirt and blue jeans.", "pronoun", who="she"),
        color_of("jeans", "The jeans are pink.", "other_garment_color", kind="open"),
        color_of("shirt", "The shirt is pink.", kind="open"),
        describe(
            "jeans",
            "The pants this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
        ),
        details("jeans", "The details of the jeans are the jeans.", "restated"),
        title="Levis Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in khaki knee-length chino shorts, a navy pique polo tee, bare head, white backdrop; caption
    # adapter epoch 3 (caption, open) and reference engine (closed, the blind questions)
    case(
        "X888-009",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric and it has a lapel neckline.",
            "contradiction",
        ),
        wearing("He is wearing a navy polo shirt, khaki shorts and a cap.", "unsupported", who="he"),
        B.garment_type("shorts"),
        B.color("navy blue", "other_garment_color"),
        B.pattern("solid"),
        is_a("pair of shorts", "yes"),
        details("shorts", "They are short.", "non_answer"),
        B.material("cotton"),
        title="Nautica Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a red pleated knee-length georgette skirt with a visible elastic waistband, a white
    # short-sleeve blouse tucked in, black flats, no jewellery, white backdrop; caption adapter epoch 3, reference
    case(
        "X888-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a medium-length skirt. The skirt is with "
            "chiffon fabric and pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        D.wearing("The lady is wearing a white blouse and a red skirt."),
        D.garment_type("skirt"),
        D.color("red"),
        D.pattern("solid"),
        D.description(
            "The skirt is of long length. The skirt is with chiffon fabric and pure color patterns.", "contradiction"
        ),
        D.details(
            "Answer: The skirt has pleats and an elastic waistband. Question: What are the details of the garment? "
            "Answer: The",
            "leak",
            hit_limit=True,
        ),
        D.material("The skirt is made of denim.", "unsupported"),
        title="Only Women Red Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in a white long-sleeve knee-length cotton kurta with a mandarin collar, white pyjama, brown
    # sandals, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-011",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The pants are with cotton fabric and pure color patterns."
        ),
        B.garment_type("kurta"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        wearing("She is wearing a white kurta and white pants.", "pronoun", who="he"),
        B.material("cotton"),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: woman in a lavender short-sleeve round-neck sports tee with a small white Nike swoosh, black leggings,
    # white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-012",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. His T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length.",
            "pronoun",
        ),
        D.wearing("The woman is wearing a purple T-shirt and black leggings."),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The leggings "
            "this lady",
            "cut",
            hit_limit=True,
        ),
        D.details("The T-shirt has a Nike logo on the chest."),
        D.material("The T-shirt is made of polyester."),
        title="Nike Women Lavender Tshirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in an open black faux-leather biker jacket with an asymmetric zip and lapels, no hood, over a grey
    # round-neck tee, blue jeans, white backdrop; caption adapter epoch 3 wrote every text
    case(
        "X888-013",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it has "
            "a lapel neckline. The man wears a long denim pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a black leather jacket, a grey T-shirt and blue jeans.", who="he"),
        color_of("jacket", "The jacket is black.", kind="open"),
        color_of("shirt", "The shirt is black.", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "The jacket has long sleeves, leather fabric and pure color patterns. It has a lapel neckline and a "
            "zipper.",
        ),
        details("jacket", "The jacket has a hood and two pockets on the chest.", "unsupported"),
        B.material("The jacket is made of the material of the jacket.", "restated"),
        title="Roadster Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in beige high-waist straight formal trousers with a front crease, a black sleeveless top tucked
    # in, black heels, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The trousers this lady wears is of long length."
        ),
        D.wearing("The lady is wearing a black tank top and beige trousers."),
        D.garment_type("jeans", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "The trousers this lady wears is of long length. The trousers are with cotton fabric. The trousers this "
            "lady wears is of long length. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.details("The trousers have a front crease and side pockets."),
        D.material("The garment is made of cotton."),
        title="Van Heusen Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: man in navy track pants with three white side stripes, a plain white tee, white sneakers, white
    # backdrop; caption adapter epoch 3 (caption, open) and reference engine (closed)
    case(
        "X888-015",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and striped patterns."
        ),
        B.garment_type("track pants"),
        B.color("white", "other_garment_color"),
        B.pattern("striped"),
        is_a("pair of jeans", "no"),
        describe(
            "pants",
            "The pants have three stripes on the side, three stripes on the side, three stripes on the side, three "
            "stripes on the",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "Question: What material is the garment made of? Answer: The pants are with cotton fabric. Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a mustard cable-knit long-sleeve crew-neck sweater, blue jeans, no necklace, white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X888-016",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is crew. The lady wears a long denim pants. There is an accessory in her neck.",
            "unsupported",
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is with "
            "knitting fabric and its",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("yellow"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The sweater has long sleeves, knitting fabric and pure color patterns. It has a V-shape neckline.",
            "contradiction",
        ),
        D.details("The sweater has a cable-knit pattern on the front and ribbed cuffs."),
        D.material("wool"),
        title="Vero Moda Women Mustard Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a solid maroon long-sleeve formal shirt with one chest pocket (the seller says Brown; it is
    # plainly maroon), charcoal trousers, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-017",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers this man wears is of long length."
        ),
        D.garment_type("shirt"),
        D.color("maroon"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.wearing("The man is wearing a red shirt and grey pants."),
        D.description(
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is",
            "cut",
            hit_limit=True,
        ),
        D.details("The details of the shirt are the shirt's details.", "restated"),
        title="John Miller Men Brown Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a white short-sleeve round-neck chiffon top with a black floral print, no bow, light-blue
    # denim shorts, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-018",
        caption(
            "The female wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The female wears a short shorts. The shorts are with denim fabric."
        ),
        B.garment_type("top"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("short sleeves"),
        wearing(
            "She is wearing a short-sleeve shirt with floral patterns and a short shorts. The shirt is with chiffon "
            "fabric and its",
            "cut",
            who="she",
            hit_limit=True,
        ),
        details("top", "The top has a bow at the neck and floral patterns.", "unsupported"),
        B.material("chiffon"),
        title="Forever 21 Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a black short-sleeve tee with a large white-and-red skull graphic, grey jeans, white backdrop;
    # caption adapter epoch 3 and reference engine
    case(
        "X888-019",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long denim pants. The pants are with denim fabric."
        ),
        D.wearing("The man is wearing a black T-shirt with a skull print and black jeans.", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.pattern("graphic"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. There is a "
            "skull on the front."
        ),
        D.details(
            "The T-shirt has a skull print on the front, short sleeves, a round neckline, a skull print on the front, "
            "short sleeves, a",
            "loop",
            hit_limit=True,
        ),
        D.material("The T-shirt is with cotton fabric."),
        title="Flying Machine Men Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a long-sleeve V-neck maxi dress, navy base with white and pink flowers, no belt, brown
    # sandals, white backdrop; caption adapter epoch 3 wrote every text; the row has no color column
    case(
        "X888-020",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length."
        ),
        wearing("She is wearing a long floral dress and a hat.", "unsupported", who="she"),
        color_of("dress", "The dress is navy blue with floral patterns.", kind="open"),
        describe(
            "dress",
            "The dress has long sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. There is a "
            "belt on her waist.",
            "unsupported",
        ),
        details("dress", "dress", "non_answer"),
        B.material("The dress is with chiffon fabric."),
        title="AND Women Floral Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: man in black slim jeans (clean, no distressing), an olive long-sleeve henley, black boots, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is with "
            "cotton fabric and it has a round neckline.",
            "contradiction",
        ),
        D.wearing("He is wearing a green shirt and black jeans."),
        D.garment_type("jeans"),
        D.color("green", "other_garment_color"),
        D.pattern("solid"),
        D.description(
            "The pants this man wears is of long length. The pants are with denim fabric and pure color patterns. The "
            "T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.details("The jeans have a distressed knee and a red tab on the back pocket.", "unsupported"),
        D.material("denim"),
        title="Jack & Jones Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive long-sleeve button-up shirt with two flap chest pockets, sleeves down, black
    # trousers, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The trousers this lady wears is of long length."
        ),
        B.color("green"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("shirt", "yes"),
        color_of("shirt", "The shirt is black.", "other_garment_color", kind="open"),
        details("shirt", "The shirt has two chest pockets with flaps and buttons on the front."),
        B.material("The garment is made of fabric.", "restated"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a navy V-neck sweater over a white collared shirt (collar and cuffs show), beige chinos, the
    # waist covered by the sweater, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-023",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and its "
            "neckline is V-shape. The pants this man wears is of long length. The person wears a belt.",
            "unsupported",
        ),
        D.wearing("She is wearing a blue sweater over a white shirt and beige pants.", "pronoun"),
        D.garment_type("shirt", "contradiction"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The sweater has long sleeves, knitting fabric and pure color patterns. It has a V-shape neckline."
        ),
        D.details("The sweater has a V-neck and ribbed cuffs and hem."),
        title="Mast & Harbour Men Navy Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in black track pants with pink side piping and an elastic waistband, a pink tank top, white
    # sneakers, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("The lady is wearing a pink tank top and black pants."),
        D.garment_type("track pants"),
        D.color("pink", "other_garment_color"),
        D.pattern("solid"),
        D.description("yes", "non_answer"),
        D.details("The pants have pink piping on the sides and an elastic waistband."),
        D.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester "
            "polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a zipped olive cotton bomber jacket with a ribbed stand collar, blue jeans, white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-025",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and it has "
            "a stand neckline. The pants this man wears is of long length. The pants are with denim fabric."
        ),
        B.garment_type("jacket"),
        B.color("olive"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        wearing(
            "He is wearing an olive bomber jacket and blue jeans. Question: What is the color of the jacket? Answer: "
            "The jacket",
            "leak",
            who="he",
            hit_limit=True,
        ),
        describe("jacket", "jacket", "non_answer"),
        B.material("The jacket is made of leather.", "unsupported"),
        title="Wrangler Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a sleeveless sea-green A-line kurta with a white floral print, white palazzo pants, white
    # backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-026",
        caption(
            "The lady wears a long sleeveless top with floral patterns and a long pants. The top is with cotton fabric "
            "and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        B.garment_type("kurta"),
        B.color("green"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("kurta", "yes"),
        wearing(
            "She is wearing a long sleeveless top with floral patterns and a long pants. The top is with cotton fabric "
            "and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material("The top is with chiffon fabric.", "unsupported"),
        title="W Women Green Kurta",
        category="Kurtas",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in grey flat-front formal trousers, a light-blue long-sleeve formal shirt tucked in, a black belt,
    # black shoes, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-027",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton "
            "fabric. The trousers are with cotton fabric and pure color patterns. The person wears a belt."
        ),
        D.wearing(
            "Question: What is the person wearing? Answer: The man wears a long-sleeve shirt with pure color patterns "
            "and a",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("trousers"),
        D.color("blue", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.description(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        D.details("The details of the garment are the trousers.", "restated"),
        D.material("The trousers are with cotton fabric."),
        title="Arrow Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a peach V-neck short-sleeve tee, plain (no pocket), white jeans, white backdrop; caption
    # adapter epoch 3 wrote every text (experiments' questionnaire, open)
    case(
        "X888-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is V-shape. The lady wears a long denim pants."
        ),
        wearing("He is wearing a pink T-shirt and white jeans.", "pronoun", who="she"),
        color_of("shirt", "The shirt is white.", "other_garment_color", kind="open"),
        color_of("jeans", "The jeans are white.", kind="open"),
        describe(
            "shirt",
            "The T-shirt has short sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "pants this",
            "cut",
            hit_limit=True,
        ),
        details("shirt", "The T-shirt has a pocket on the chest.", "unsupported"),
        title="UCB Women Peach Tshirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: pack shot, no person: three folded pique polo tees (green, white, navy) stacked on a white backdrop;
    # caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-029",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a lapel neckline.",
            "contradiction",
        ),
        B.garment_type("t-shirt"),
        B.color("multicolor"),
        B.pattern("solid"),
        B.sleeve_length("short sleeves"),
        is_a("polo shirt", "yes"),
        D.description(
            "There are three T-shirts. There are three T-shirts. There are three T-shirts. There are three T-shirts. "
            "There are three",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Classic Polo Men Pack of 3 Tshirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in light-blue denim shorts with frayed hems and front pockets, a white tee with a black text
    # graphic, white sneakers, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short shorts. The shorts are with denim "
            "fabric and pure color patterns. The lady wears a short shorts. The shorts are with denim fabric and pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("The lady is wearing a white T-shirt and blue denim shorts."),
        D.garment_type("shorts"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.description("The shorts are short.", "non_answer"),
        D.details("The shorts have frayed hems and two front pockets."),
        D.material("denim"),
        title="Roadster Women Blue Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy long-sleeve kurta with a subtle self jacquard and a silk-blend sheen, mandarin collar,
    # button placket, no embroidery, cream churidar, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-031",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The pants this man wears is of long length."
        ),
        D.wearing("The man is wearing a blue kurta and blue pants.", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a stand neckline. The shirt is "
            "of long length."
        ),
        D.details("The kurta has embroidery on the collar and cuffs.", "unsupported"),
        D.material("The garment is made of silk."),
        title="Manyavar Men Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an open light-blue denim jacket over a black tee, black skinny jeans, white backdrop; caption
    # adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-032",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and it has "
            "a lapel neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        B.garment_type("jacket"),
        B.color("black", "other_garment_color"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        wearing(
            "She is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with denim "
            "fabric and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        B.material("denim"),
        title="Only Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy shirt with thin white vertical stripes and a chest pocket, long sleeves, beige chinos,
    # no watch, white backdrop; caption adapter epoch 3 wrote every text (experiments' questionnaire, open)
    case(
        "X888-033",
        caption(
            "The man wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The pants this man wears is of long length. The pants are with cotton fabric."
        ),
        wearing("shirt", "non_answer", who="he"),
        color_of("shirt", "The shirt is blue and white striped.", kind="open"),
        color_of("pants", "The pants are blue.", "other_garment_color", kind="open"),
        describe(
            "shirt",
            "The shirt has long sleeves, cotton fabric and stripe patterns. It has a lapel neckline. There is an "
            "accessory on his wrist.",
            "unsupported",
        ),
        details("shirt", "The shirt has a pocket on the chest and buttons on the front."),
        title="Arrow Men Stripes Navy Blue Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a pink hooded sweatshirt with a white "BROOKLYN" print, kangaroo pocket and drawstrings, grey
    # joggers, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-034",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and it has "
            "a hood. The pants this lady wears is of long length. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("The lady is wearing a pink hoodie and grey pants."),
        D.garment_type("sweatshirt"),
        D.color("pink"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("The hoodie is pink with white letters on the front."),
        D.details("The hoodie has a drawstring hood and a kangaroo pocket."),
        D.material("The sweater is with furry fabric.", "unsupported"),
        title="Roadster Women Pink Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in grey melange knit shorts with a drawstring waist and side pockets, a black tee with a small
    # logo, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-035",
        caption(
            "This gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns.",
            "contradiction",
        ),
        B.garment_type("shorts"),
        B.color("black", "other_garment_color"),
        B.pattern("solid"),
        is_a("pair of shorts", "yes"),
        wearing("She is wearing a black T-shirt and grey shorts.", "pronoun", who="he"),
        details("shorts", "The shorts have an elastic waistband with a drawstring and side pockets."),
        B.material("cotton"),
        title="Proline Men Grey Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a black long-sleeve ribbed top with a square neckline, blue jeans, white backdrop; caption
    # adapter epoch 3 and reference engine
    case(
        "X888-036",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is square. The female wears a long denim pants."
        ),
        D.wearing("The female wears a long-sleeve shirt with pure color patterns and a long denim pants."),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The shirt has long sleeves, cotton fabric and pure color patterns. It has a round neckline.",
            "contradiction",
        ),
        D.details(
            "Question: What are the details of the garment? Answer: The shirt has long sleeves, cotton fabric and pure",
            "leak",
            hit_limit=True,
        ),
        D.material("The shirt is with cotton fabric."),
        title="Mango Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red crew-neck sweatshirt with a small white Nike swoosh and ribbed cuffs, navy track pants,
    # white backdrop; caption adapter epoch 3 wrote every text (experiments' questionnaire, open)
    case(
        "X888-037",
        caption(
            "The woman wears a long-sleeve sweater with graphic patterns. Her sweater is with cotton fabric and its "
            "neckline is crew. The pants this woman wears is of long length.",
            "pronoun",
        ),
        wearing("He is wearing a red sweatshirt and blue pants.", who="he"),
        color_of("sweatshirt", "red", kind="open"),
        color_of("pants", "The pants are red.", "other_garment_color", kind="open"),
        describe(
            "sweatshirt",
            "The sweater has long sleeves, cotton fabric and graphic patterns. It has a crew neckline. The sweater has "
            "long sleeves,",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "The sweatshirt has a white logo on the chest and ribbed cuffs."),
        title="Nike Men Red Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in black slim ankle-length trousers, a white shirt tucked in, a gold watch on her left wrist,
    # nude heels, white backdrop; caption adapter epoch 3 and reference engine; the row has no color column
    case(
        "X888-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. There is an accessory on her wrist."
        ),
        D.wearing("The lady is wearing a white shirt, black trousers and a watch."),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        D.pattern("solid"),
        D.description("The trousers are ankle length with a slim fit."),
        D.details("The details of the trousers are that they are trousers.", "restated"),
        D.material("", "non_answer"),
        title="Allen Solly Women Black Trousers",
        category="Trousers",
        gender="Women",
    ),
    # photo: man in a mustard-yellow pique polo tee with thin navy horizontal stripes, short sleeves, blue jeans,
    # no watch, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-039",
        caption(
            "The man wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and it has a "
            "lapel neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        B.garment_type("t-shirt"),
        B.color("yellow"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves", "contradiction"),
        is_a("polo shirt", "yes"),
        wearing("He is wearing a yellow striped polo shirt and blue jeans.", who="he"),
        B.material("The T-shirt is made of T-shirt material.", "restated"),
        title="Classic Polo Men Stripes Yellow Polo Tshirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: woman in a plain blue denim mini skirt with a button front and two front pockets, a white-and-navy
    # striped tee tucked in, white backdrop; caption adapter epoch 3 wrote every text
    case(
        "X888-040",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns and a short skirt. The skirt is with denim "
            "fabric and pure color patterns. The lady wears a short skirt. The skirt is with denim fabric and pure "
            "color patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a striped T-shirt and a denim skirt.", who="she"),
        color_of("skirt", "The skirt is blue.", kind="open"),
        describe("skirt", "The skirt is short and has stripe patterns.", "contradiction"),
        details("skirt", "The skirt has buttons on the front and two pockets."),
        B.material("denim"),
        title="Levis Women Blue Denim Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in charcoal-grey jogger track pants with a drawstring and elastic cuffs, front view only, a white
    # tee, white sneakers, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-041",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns."
        ),
        D.wearing("yes", "non_answer"),
        D.garment_type("jeans", "contradiction"),
        D.color("grey"),
        D.pattern("solid"),
        D.description(
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        D.details("The pants have a drawstring, elastic cuffs and a zip pocket on the back.", "unsupported"),
        D.material(
            "The pants are made of cotton fabric and the T-shirt is made of cotton fabric and the pants are made of "
            "cotton fabric and the",
            "loop",
            hit_limit=True,
        ),
        title="Proline Men Grey Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a light-grey long-sleeve turtleneck sweater, a black faux-leather mini skirt, black tights,
    # white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed)
    case(
        "X888-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and it has a turtle neckline. The skirt is with leather fabric and pure color patterns."
        ),
        B.garment_type("sweater"),
        B.color("grey"),
        B.pattern("solid"),
        B.sleeve_length("long sleeves"),
        wearing(
            "She is wearing a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        B.material("The sweater is with leather fabric.", "contradiction"),
        title="Only Women Grey Sweater",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a zipped charcoal-grey quilted nylon puffer jacket with a plain hood (no fur) and side pockets,
    # black jeans, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-043",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket has a hood. The pants this man "
            "wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        D.wearing("The man is wearing a grey puffer jacket and black pants."),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The jacket has long sleeves and a hood. The jacket has long sleeves and a hood. The jacket has long "
            "sleeves and a",
            "loop",
            hit_limit=True,
        ),
        D.details("The jacket has a fur trim on the hood and two chest pockets.", "unsupported"),
        D.material("nylon"),
        title="Fort Collins Men Grey Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a white short-sleeve round-neck tee with a blue "NYC" text print, rolled blue jeans, white
    # backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-044",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. His T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long denim pants.",
            "pronoun",
        ),
        wearing(
            "She is wearing a white T-shirt with a print and blue jeans. She is wearing a white T-shirt with a print "
            "and blue jeans. She",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("graphic"),
        D.description(
            "The T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The word NYC "
            "is on the front."
        ),
        D.details("It has a print of a dog on the front.", "unsupported"),
        D.material(
            "Answer: cotton. Question: What is the color of the garment? Answer: white. Question: What is the pattern "
            "of the",
            "leak",
            hit_limit=True,
        ),
        title="Flying Machine Women Printed White Tshirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in khaki flat-front chinos with slant pockets, a white long-sleeve shirt tucked in, a brown belt,
    # brown loafers, white backdrop; caption adapter epoch 3 (caption, open), reference engine (closed); the row has
    # no category column
    case(
        "X888-045",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric and pure color patterns. The person wears a belt."
        ),
        B.garment_type("trousers"),
        B.color("beige"),
        B.pattern("striped", "contradiction"),
        is_a("pair of jeans", "no"),
        color_of("trousers", "The trousers are white.", "other_garment_color", kind="open"),
        wearing(
            "He is wearing a long-sleeve shirt with pure color patterns and a long trousers. The trousers are with "
            "cotton fabric",
            "cut",
            who="he",
            hit_limit=True,
        ),
        details("trousers", "The trousers have slant side pockets and a button closure."),
        title="Basics Men Khaki Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a red knee-length short-sleeve wrap dress with a V-neck and a self tie at the waist, no rings,
    # black heels, white backdrop; caption adapter epoch 3 and reference engine
    case(
        "X888-046",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of medium length. The lady wears a ring.",
            "unsupported",
        ),
        D.wearing("The lady is wearing a red dress."),
        D.garment_type("dress"),
        D.color("pink", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("short sleeves"),
        D.description("dress", "non_answer"),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        D.material("The dress is made of", "cut"),
        title="Dorothy Perkins Women Red Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
]
