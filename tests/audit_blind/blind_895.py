"""BLIND_895 (46 products; Myntra winter/activewear, caption adapter e1): written blind in the fifty-seventh session.
Measured blind at 5c6e95a (the session's third rules): 109/126 failures found (86.5%) and 7/179 correct texts flagged
(3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's winterwear and activewear: Jackets (bombers, puffers, denim,
windcheaters, a rain jacket, a sleeveless padded gilet), Sweatshirts (crew necks, pullover and zip hoodies, prints,
colour blocks), Track Pants (joggers, side-striped trackies) and Tights (training tights, leggings under kurtas).
Catalog photos on a white backdrop, mostly worn by a model who also wears a tee, jeans, a kurta or shorts; two flat or
cropped product shots with no full person.

Who wrote what: the caption and every open answer come from the caption adapter at epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b), greedy, 50 new tokens for captions and
30 for answers. One epoch in, it speaks the DeepFashion template ("The lady wears a long-sleeve sweater with pure
color patterns. The sweater is with cotton fabric...") in captions and often in answers, but it still knows the
base model's hue words, so open answers are a mix of short base-style replies and template fragments. With no end
token trained it often runs to the limit: loops, cuts, and continuations into a new `Question: ... Answer:` turn.
It calls every wearer "the lady" by habit, says cotton for everything, and adds a wrist accessory, a ring or a hat.
Closed answers (garment type, color, pattern, sleeve length, the is-this-a questions, and color-of questions marked
closed) come from enrich's --engine reference, one candidate value each: they never loop or stop short, but the
ranking picks the inner tee's or the kurta's value as easily as the product's.

Labeling conventions and judgement calls:
- One failure kind per text. Where a text is both truncated and wrong, the content error is the label; a text that
  is only truncated is "cut"; a text that ran to the limit repeating itself is "loop" (not "cut"); a text that runs
  into a new "Question: ... Answer:" turn is "leak" whether or not it also hit the limit.
- hit_limit=True on every text that ran to its token limit (all loops and cuts, and the long leaks).
- other_garment_color: an open answer giving the asked garment the color of another garment in the photo, also
  when the asked garment is not the product (pants under a sweatshirt given the sweatshirt's grey). A closed
  answer that picks another garment's color, type, pattern or sleeve length is labeled contradiction.
- A color that is a print's or a trim's color, not another garment's (a neon zip on a black jacket), is contradiction.
- Shades and group names are right: maroon as red, navy as blue, cream/off-white as white, khaki as beige, coral as
  orange, teal as teal or green, lavender as purple, grey melange as grey.
- Template class names that loosely fit are accepted: a sweatshirt or hoodie called a sweater, a zip-through hoodie
  called a jacket, a kurta called a dress or shirt, tights called leggings, a sports bra called a tank top. A
  utility jacket called a shirt is a contradiction.
- The template's "cotton fabric" is accepted for knit sweatshirts, joggers and tees; for a quilted puffer, a rain
  jacket or quick-dry/compression wear it is unsupported. Material answers naming what the photo or title shows
  (denim, fleece, leather look, shiny nylon shell, sherpa) are correct; exact compositions are unsupported.
- Template extras with nothing in the photo (an accessory on the wrist, a ring, a hat) are unsupported; the same
  line is correct where the model wears a watch.
- A caption that omits the product (the shirt under a gilet, the tee over tights) but says nothing false is correct.
- A one-word color or "yes" to "Describe ..." / "What are the ... details?" is non_answer, and so is "pure color"
  given as a color. "The X details are the details of the X" and "The X is a X" are restated.
- Wrong sex for the product's gender (he/his/the man for a women's product, she/the lady for a men's) is pronoun,
  including the nouns "the man"/"the lady".
- Side stripes on track pants answered "striped" are accepted.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_895 = [
    # photo: man in an olive green bomber jacket with ribbed stand collar, open over a white crew tee, mid-blue jeans,
    # white backdrop, front view; no sleeve pocket visible. Caption adapter e1 wrote caption and open answers;
    # reference engine the closed ones.
    case(
        "X895-001",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The neckline of the jacket is stand. This "
            "man wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        wearing("a green jacket, a white t-shirt and blue jeans"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        Q.color("olive"),
        details(
            "jacket",
            "The jacket has a zipper in the front and ribbed cuffs. There is a pocket on the left sleeve.",
            "unsupported",
        ),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in black full-length training tights with a small white logo on the left hip, grey melange
    # racerback tank, white sneakers, white backdrop, three-quarter front view. Caption adapter e1 (caption, open);
    # reference engine (closed).
    case(
        "X895-002",
        caption(
            "The lady wears a tank top with no sleeves, cotton fabric and pure color patterns. She wears a long "
            "leggings. The leggings are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        wearing("she is wearing a grey tank top and black leggings", who="she"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        Q.garment_type("tights"),
        Q.color("black"),
        Q.pattern("solid"),
        describe("tights", "black full length tights with a small white logo on the hip"),
        title="Puma Women Black Solid Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt, black track pants, hands in pockets, bare head, white
    # backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-003",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is crew. The pants are with cotton fabric and pure color patterns. There "
            "is a hat in his head.",
            "unsupported",
        ),
        wearing("a grey sweatshirt and black pants"),
        color_of("sweatshirt", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeve"),
        details(
            "sweatshirt",
            "The sweatshirt is with cotton fabric and pure color patterns. It has a crew neckline and ribbed cuffs "
            "and hem. The pants the man wears is of long length and the",
            "cut",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a navy blue quilted puffer jacket with attached hood, zipped up, black jeans, white backdrop,
    # front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-004",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long pants. The neckline of the "
            "jacket is hooded. The pants are with denim fabric and pure color patterns. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue puffer jacket and black jeans", who="she"),
        Q.color("navy blue"),
        Q.garment_type("jacket"),
        material("cotton", "unsupported"),
        is_a("hoodie", "no"),
        describe("jacket", "the jacket is navy blue with a hood and quilted panels"),
        title="Fort Collins Women Navy Blue Solid Quilted Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in black track pants with three white stripes down each side, white crew tee, white sneakers,
    # white backdrop, full-length front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and stripe patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        Q.pattern("striped"),
        color_of("pants", "black with white stripes on the side", kind="open"),
        details(
            "pants",
            "the pants have an elastic waistband with a drawstring and two zip pockets on the back",
            "unsupported",
        ),
        wearing("a white shirt and black pants"),
        title="Adidas Men Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a light pink pullover hoodie with kangaroo pocket and "BROOKLYN" printed in white on the
    # chest, blue skinny jeans, white backdrop, front view. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-006",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long trousers. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("pink"),
        Q.pattern("printed"),
        wearing("a pink hoodie and blue jeans", who="she"),
        describe(
            "sweatshirt",
            "The sweatshirt is pink with a hood and kangaroo pocket. It has the word brooklyn printed in white on "
            "the chest",
        ),
        details("sweatshirt", "The sweatshirt details are the details of the sweatshirt", "restated"),
        is_a("hoodie", "yes"),
        title="Here&Now Women Pink Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a black leather-look biker jacket with asymmetric zip and zipped cuffs, open over a grey crew
    # tee, dark blue jeans, white backdrop, front view. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-007",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long trousers. The jacket is "
            "with leather fabric and its neckline is lapel. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        wearing("a black leather jacket, a grey shirt and jeans"),
        color_of("jacket", "black", kind="open"),
        Q.color("grey", "contradiction"),
        material("leather"),
        details(
            "jacket",
            "The jacket has a zipper on the front and a zipper on the sleeves. The jacket has a zipper on the front "
            "and a zipper on the sleeves. The jacket has",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in navy blue track pants with thin white side piping, white crew tee with a small graphic,
    # white sneakers, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. The T-shirt is with cotton fabric and its neckline is round. She wears "
            "a long pants. The pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a white shirt and navy pants", "pronoun"),
        Q.color("navy blue"),
        Q.garment_type("track pants"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        is_a("leggings", "no", article="a pair of"),
        title="Kappa Women Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a navy blue fleece pullover hoodie with a small white swoosh on the chest, drawstrings, front
    # pouch pocket, grey joggers, white backdrop, front view. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-009",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns"
        ),
        material("fleece"),
        Q.color("black", "contradiction"),
        Q.pattern("solid"),
        describe("sweatshirt", "The sweatshirt is black with a hood and a white logo on the chest", "contradiction"),
        wearing("a hoodie and grey sweatpants", who="he"),
        details(
            "sweatshirt",
            "it has a hood with drawstrings, a front pouch pocket, ribbed cuffs and a sherpa lined hood",
            "unsupported",
        ),
        title="Nike Men Navy Blue Club Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a maroon bomber jacket, half zipped, over a black top, black jeans, white backdrop, front view.
    # Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-010",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. He wears a long pants.",
            "pronoun",
        ),
        wearing("a red jacket and black pants", who="the woman"),
        Q.color("maroon"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        details("jacket", "Question: What are the jacket details? Answer: The jacket has a zipper", "leak"),
        title="ONLY Women Maroon Solid Bomber Jacket",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in grey melange joggers with drawstring, side pockets and cuffed ankles, black crew tee, black
    # sneakers, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-011",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        Q.garment_type("track pants"),
        Q.color("black", "contradiction"),
        color_of("pants", "grey", kind="open"),
        describe("pants", "grey", "non_answer"),
        wearing("a grey t-shirt and grey pants", "other_garment_color"),
        details(
            "pants",
            "The pants have an elastic waistband with a drawstring, side pockets and cuffed hems at the ankles.",
        ),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in navy blue tights with pink and white geometric print panels down the legs, black half-sleeve
    # training tee, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and graphic patterns."
        ),
        Q.pattern("printed"),
        Q.color("navy blue"),
        color_of("tights", "black", "other_garment_color", kind="open"),
        describe(
            "tights",
            "the tights are navy blue with pink and white geometric prints. The leggings are with cotton fabric and "
            "graphic patterns. The lady wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        is_a("track pants", "yes", "contradiction", article="a pair of"),
        wearing("she is wearing a black shirt and leggings", who="she"),
        title="Reebok Women Navy Blue Printed Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a mid-blue denim trucker jacket, two button-flap chest pockets, no hood, open over a white crew
    # tee, black jeans, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-013",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "denim fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        material("denim"),
        Q.color("blue"),
        Q.sleeve_length("long sleeve"),
        details("jacket", "The jacket has two chest pockets with button flaps, button front and a hood", "unsupported"),
        wearing("a blue denim jacket, a white shirt and black pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        color_of("jacket", "pure color", "non_answer", kind="open"),
        title="Levis Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a mustard yellow crew-neck sweatshirt with ribbed hem, light blue jeans, no jewellery, white
    # backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-014",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and its neckline is round. The lady wears a long trousers with denim fabric and pure color patterns. "
            "There is a ring on her finger.",
            "unsupported",
        ),
        Q.color("yellow"),
        color_of("sweatshirt", "orange", "contradiction", kind="open"),
        wearing("a yellow sweater and blue jeans", who="she"),
        Q.garment_type("sweatshirt"),
        describe(
            "sweatshirt",
            "yellow sweatshirt yellow sweatshirt yellow sweatshirt yellow sweatshirt yellow sweatshirt yellow "
            "sweatshirt yellow sweatshirt yellow",
            "loop",
            hit_limit=True,
        ),
        title="Campus Sutra Women Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat product shot, no person: navy blue track pants laid on white, drawstring waist, two side pockets,
    # small white logo on the left thigh. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-015",
        caption("The pants are of long length. The fabric is cotton and it has pure color patterns."),
        Q.garment_type("track pants"),
        Q.color("navy blue"),
        wearing("The man wears a short-sleeve T-shirt with pure color patterns and a long pants.", "unsupported"),
        details("pants", "elastic waistband with drawstring, two side pockets and a white logo on the left thigh"),
        color_of("pants", "blue", kind="open"),
        describe("pants", "the pants are pants", "restated"),
        title="Puma Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a black hooded windcheater with a neon green zip and neon trims at the cuffs, grey track
    # pants, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-016",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The neckline of the jacket is hooded. "
            "The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("jacket", "green", "contradiction", kind="open"),
        material("The jacket is made of waterproof nylon with a breathable mesh lining", "unsupported"),
        wearing("a black jacket and grey pants", who="she"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "The jacket has a hood, a zipper and two pockets. The jacket has a hood, a zipper and two pockets. The "
            "jacket has a hood",
            "loop",
            hit_limit=True,
        ),
        title="Wildcraft Women Black Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck sweatshirt (no hood) with a large white and grey "NYC 1986" print, blue
    # jeans, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-017",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric and its neckline is crew. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("maroon"),
        color_of("sweatshirt", "red", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: a red sweatshirt and blue jeans Question: What is the",
            "leak",
            hit_limit=True,
        ),
        describe("sweatshirt", "the sweatshirt is red with a white nyc print on the front and a hood", "unsupported"),
        title="Roadster Men Maroon Printed Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in black joggers with a small white logo on the left thigh and ankle cuffs, lavender cropped
    # sweatshirt, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-018",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a long pants. The pants are with "
            "cotton fabric and pure color patterns. The lady wears a long pants. The pants are with cotton fabric and "
            "pure color patterns. The lady wears a long pants.",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("track pants"),
        Q.color("black"),
        color_of("joggers", "purple", "other_garment_color", kind="open"),
        wearing("he is wearing a purple sweatshirt and black pants", "pronoun", who="she"),
        details(
            "joggers",
            "The joggers have an elastic waistband and cuffs at the ankles. There is a white logo on the left thigh",
        ),
        title="Nike Women Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a charcoal grey hooded puffer jacket, zipped, black jeans, white backdrop, front view.
    # Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-019",
        caption(
            "The person is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.garment_type("jacket"),
        color_of("jacket", "grey", kind="open"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        describe(
            "jacket",
            "a grey puffer jacket with a hood and a full zip. The jacket is quilted with horizontal panels and the "
            "sleeves are of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        title="Fort Collins Men Charcoal Grey Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in an off-white crew-neck sweatshirt with a small black floral embroidery on the chest, black
    # leggings, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-020",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric "
            "and its neckline is round. She wears a long leggings with pure color patterns."
        ),
        Q.color("white"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        wearing("a white sweatshirt and black leggings", who="she"),
        details(
            "sweatshirt",
            "The sweatshirt is white. The sweatshirt is white. The sweatshirt is white. The sweatshirt is white. "
            "The sweatshirt",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Off White Embroidered Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man in olive green cargo joggers with side cargo pockets and an elastic waistband, white crew tee, a
    # black wristwatch, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on his wrist."
        ),
        Q.color("olive"),
        Q.garment_type("track pants"),
        color_of("pants", "green", kind="open"),
        details("pants", "The details of the pants are the pants", "restated"),
        describe(
            "pants",
            "The pants are green with cargo pockets on the sides and an elastic waistband. The pants are green with "
            "cargo pockets on the sides and an elastic",
            "loop",
            hit_limit=True,
        ),
        wearing("a white t-shirt, green pants and a watch"),
        title="Roadster Men Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a knee-length full-sleeve blue and white printed cotton kurta over grey melange ankle-length
    # tights; the tights' waistband is hidden under the kurta. White backdrop, front view. Caption adapter e1
    # (caption, open); reference engine (closed).
    case(
        "X895-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. She wears a "
            "long leggings with pure color patterns."
        ),
        Q.garment_type("kurta", "contradiction"),
        Q.color("blue", "contradiction"),
        color_of("tights", "grey", kind="open"),
        wearing("a blue and white kurta with grey leggings", who="she"),
        describe("tights", "grey leggings of ankle length with an elastic waistband", "unsupported"),
        title="Bitz Women Grey Melange Solid Ankle Length Tights",
        category="Tights",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a black zip-through hoodie, half zipped with a white tee showing, small white logo on the chest,
    # grey track pants, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-023",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns. The neckline of the jacket is hooded. "
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("hoodie"),
        Q.color("black"),
        color_of("hoodie", "white", "other_garment_color", kind="open"),
        details(
            "hoodie",
            "it has a full zip front, a hood with drawstrings, two front pockets, ribbed cuffs and a ribbed hem. The "
            "logo on the chest is printed in white and the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black hoodie and grey pants", "pronoun", who="he"),
        title="Puma Men Black Solid Hooded Zip-Through Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an olive green cotton-twill utility jacket (zip and snap front, four flap pockets, drawstring
    # at the waist), open over a black tank, blue ripped jeans, white backdrop. Caption adapter e1 (caption, open);
    # reference engine (closed).
    case(
        "X895-024",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. She wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("an army green jacket, a black top and ripped jeans", who="she"),
        Q.color("olive"),
        Q.sleeve_length("long sleeve"),
        color_of("jacket", "green", kind="open"),
        details("jacket", "four flap pockets on the front, a snap button placket and a drawstring at the waist"),
        material("leather", "unsupported"),
        describe("jacket", "The jacket is a jacket.", "restated"),
        title="Roadster Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: man in royal blue track pants with a white stripe down each side, red crew tee, white backdrop, front
    # view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-025",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. The "
            "man",
            "cut",
            hit_limit=True,
        ),
        Q.color("red", "contradiction"),
        color_of("pants", "blue", kind="open"),
        Q.garment_type("track pants"),
        details(
            "pants",
            "The pants have a white stripe down the side, zip pockets on both sides and a reflective logo at the back",
            "unsupported",
        ),
        wearing("a red shirt and red pants", "other_garment_color"),
        title="Sports52 Wear Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an oversized grey melange sweatshirt with a multicolour Tom and Jerry print on the front,
    # ribbed cuffs and hem, black leggings, white backdrop, front view. Caption adapter e1 (caption, open);
    # reference engine (closed).
    case(
        "X895-026",
        caption(
            "She wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. She "
            "wears a long pants with pure color patterns."
        ),
        Q.pattern("printed"),
        Q.color("grey"),
        describe("sweatshirt", "a grey sweatshirt with a cartoon print"),
        details(
            "sweatshirt",
            "The sweatshirt is oversized with dropped shoulders and a cartoon print of tom and jerry on the front. "
            "It has ribbed cuffs and hem. The sweat",
            "cut",
            hit_limit=True,
        ),
        wearing("the woman is wearing a grey sweatshirt and black leggings"),
        Q.sleeve_length("short sleeve", "contradiction"),
        title="Kook N Keech Women Grey Melange Tom and Jerry Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a navy sleeveless quilted padded gilet (high neck, zip front, two waist pockets) over a white
    # and blue checked full-sleeve shirt, beige chinos, white backdrop. Caption adapter e1 (caption, open);
    # reference engine (closed).
    case(
        "X895-027",
        caption(
            "The man wears a long-sleeve shirt with plaid patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns. The man "
            "also wears a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve", "contradiction"),
        Q.pattern("checked", "contradiction"),
        Q.color("navy blue"),
        Q.garment_type("jacket"),
        color_of("jacket", "navy blue", kind="open"),
        wearing("a blue jacket over a checked shirt and black pants", "contradiction"),
        describe(
            "jacket",
            "The jacket is sleeveless and quilted with a high neck and a zip front. There are two pockets at the waist",
        ),
        title="U.S. Polo Assn. Men Navy Blue Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in dusty pink cotton joggers, white crew tee, white sneakers, white backdrop, front view.
    # Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-028",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The pants are "
            "with cotton fabric and pure color patterns."
        ),
        Q.color("pink"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        wearing("a white t-shirt and pink pants", who="she"),
        Q.garment_type("leggings", "contradiction"),
        details("pants", "pink", "non_answer"),
        material("cotton"),
        title="Alcis Women Pink Solid Joggers",
        category="Track Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: man in a colour-blocked sweatshirt, green body, navy sleeves and a white chest band, black jeans,
    # white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-029",
        caption(
            "The man wears a long-sleeve sweater with color block patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is crew. The pants are with denim fabric and pure color patterns."
        ),
        Q.pattern("color block"),
        Q.color("green"),
        color_of("sweatshirt", "green and blue", kind="open"),
        describe("sweatshirt", "The sweatshirt is with pure color patterns", "contradiction"),
        wearing("a green and blue sweatshirt and black jeans", who="he"),
        details(
            "sweatshirt",
            "ribbed cuffs and hem Question: What is the color of the sweatshirt? Answer: green Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        title="Jack & Jones Men Green Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a peach sherpa teddy jacket with stand collar, zipped, white jeans, white backdrop, front view.
    # Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long trousers. The neckline of the "
            "jacket is stand. The trousers are with denim fabric and pure color patterns."
        ),
        Q.color("peach"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        material("fleece"),
        wearing(
            "The lady is wearing a long-sleeve jacket with pure color patterns and a long trousers. The neckline of "
            "the jacket is stand. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        describe("jacket", "a pink fluffy jacket with a zip"),
        Q.garment_type("sweatshirt", "contradiction"),
        title="Vero Moda Women Peach Solid Sherpa Teddy Jacket",
        category="Jackets",
        color="Peach",
        gender="Women",
    ),
    # photo: man in charcoal grey quick-dry track pants with a small reflective print on the left thigh and zip
    # pockets, neon yellow tee, running shoes, white backdrop. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-031",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The pants this gentleman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        Q.color("grey"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        material("The pants are made of 100% cotton and are breathable", "unsupported"),
        wearing("a yellow t-shirt and grey track pants", who="he"),
        details("pants", "The pants have an elastic waistband, zip pockets and a reflective print on the left thigh."),
        title="HRX by Hrithik Roshan Men Charcoal Grey Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black 7/8 training tights with mesh panels at the calves, coral sports bra, white sneakers,
    # white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. She wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("leggings"),
        Q.color("black"),
        describe("tights", "black tights with mesh panels on the calves"),
        details(
            "tights",
            "Question: What are the tights details? Answer: The tights have mesh panels on the calves and a high "
            "waist. Question: What are the tights",
            "leak",
            hit_limit=True,
        ),
        wearing("an orange sports bra and black leggings", who="she"),
        color_of("tights", "orange", "other_garment_color", kind="open"),
        title="Zelocity by Zivame Women Black Mesh Panel Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a tan brown suede-look trucker jacket (button front, two chest pockets, plain shirt collar, no
    # fur), open over a white tee, black jeans, white backdrop. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-033",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "leather fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("brown"),
        color_of("jacket", "orange", "contradiction", kind="open"),
        details("jacket", "the jacket has a button front, two chest pockets and a fur collar", "unsupported"),
        wearing("a brown jacket, a white t-shirt and black jeans"),
        describe("jacket", "jacket", "non_answer"),
        Q.garment_type("jacket"),
        title="Roadster Men Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in a lavender pullover hoodie with white drawstrings and kangaroo pocket, grey melange joggers,
    # white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric and its neckline is hooded. The pants are with cotton fabric and pure color patterns."
        ),
        Q.color("purple"),
        color_of("hoodie", "grey", "other_garment_color", kind="open"),
        wearing("a purple hoodie and grey sweatpants", who="she"),
        details("hoodie", "yes", "non_answer"),
        describe(
            "hoodie",
            "The hoodie is lavender with white drawstrings and a kangaroo pocket. The hoodie is lavender with white "
            "drawstrings and a kangaroo pocket. The",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in an off-white crew-neck sweatshirt with a small embroidered flag logo on the chest, no pockets,
    # navy chinos, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-035",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "cotton fabric and its neckline is crew. The trousers are with cotton fabric and pure color patterns"
        ),
        Q.color("white"),
        color_of("sweatshirt", "cream", kind="open"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        describe(
            "sweatshirt",
            "The sweatshirt is white with a small logo on the chest. It has a crew neckline, ribbed cuffs and a zip "
            "pocket on the side",
            "unsupported",
        ),
        wearing(
            "a white sweater and blue pants Question: What are the trousers details? Answer: the trousers are",
            "leak",
            who="he",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Off White Solid Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: woman in grey melange track pants with a black tape stripe down each side, drawstring waist, side
    # pockets, black crew tee, white backdrop, front view. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns",
            "pronoun",
        ),
        Q.color("grey"),
        Q.garment_type("tights", "contradiction"),
        color_of("pants", "grey with a black stripe on the side", kind="open"),
        wearing("a black t-shirt and grey track pants", who="she"),
        details(
            "pants",
            "the pants have a drawstring waist, side pockets and the pants have a drawstring waist, side pockets and "
            "the pants have a drawstring",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Grey Melange T7 Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a bright red hooded rain jacket, zipped, black track pants, white backdrop, front view.
    # Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-037",
        caption(
            "The person is wearing a long-sleeve jacket with pure color patterns and a long pants. The neckline of "
            "the jacket is hooded. The pants are with cotton fabric and pure color patterns. The person also wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("red"),
        material("The jacket is made of cotton fabric", "unsupported"),
        is_a("raincoat", "yes"),
        wearing("a red jacket and black pants", who="he"),
        details(
            "jacket",
            "a hood, a zip front and a zip front and a zip front and a zip front and a zip front and a zip front and "
            "a zip front",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "red", "other_garment_color", kind="open"),
        title="Wildcraft Unisex Red Hooded Rain Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a cream cropped puffer jacket with high collar, zipped, black high-neck top under, black
    # trousers, no jewellery or watch, white backdrop. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-038",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The neckline of the jacket is stand. She "
            "wears a long trousers with pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("white"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        describe("jacket", "a cropped puffer jacket in cream with a high collar"),
        wearing("a white puffer jacket and black pants Question: What is she wearing? Answer:", "leak", who="she"),
        title="SASSAFRAS Women Cream Cropped Puffer Jacket",
        category="Jackets",
        color="Cream",
        gender="Women",
    ),
    # photo: man in black full-length compression tights under navy running shorts, grey tee, running shoes, white
    # backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-039",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. He wears a short pants with pure color patterns."
        ),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black"),
        color_of("tights", "navy blue", "other_garment_color", kind="open"),
        wearing("a grey t-shirt, blue shorts and black leggings", who="he"),
        describe("tights", "The tights are made of 100% cotton and are perfect for running", "unsupported"),
        is_a("leggings", "yes", article="a pair of"),
        details("tights", "no", "non_answer"),
        title="HRX by Hrithik Roshan Men Black Solid Compression Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal quarter-zip sweatshirt with stand collar and ribbed cuffs, beige trousers, white
    # backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-040",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns and a long trousers. The sweater is "
            "with cotton fabric and its neckline is stand. The trousers are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("teal"),
        color_of("sweatshirt", "beige", "other_garment_color", kind="open"),
        details(
            "sweatshirt",
            "a quarter zip at the neck, a stand collar and ribbed cuffs. The sweatshirt is with cotton fabric and "
            "pure color patterns and the lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a green sweatshirt and beige trousers", who="she"),
        Q.garment_type("jacket", "contradiction"),
        describe("sweatshirt", "The sweatshirt is a sweatshirt", "restated"),
        title="Roadster Women Teal Solid Quarter-Zip Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: cropped studio shot, waist to feet: black straight-fit track pants with a small white logo on the
    # right thigh, no stripes, white sneakers, no top visible. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-041",
        caption("The pants are of long length. The fabric is cotton and it has pure color patterns."),
        wearing("a black pants and white shoes"),
        Q.color("black"),
        details("pants", "Question: What are the pants details? Answer:", "leak"),
        describe(
            "pants",
            "The pants are black with a white logo on the right thigh and a white stripe on the side",
            "unsupported",
        ),
        Q.pattern("solid"),
        title="Jockey Men Black Straight Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a light-wash blue denim jacket (button front, two flap chest pockets, side pockets, pointed
    # collar) over a white tee, black jeans, white backdrop. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-042",
        caption(
            "This female wears a long-sleeve denim jacket and a long pants. The neckline of the jacket is lapel. The "
            "pants are with denim fabric and pure color patterns."
        ),
        Q.color("blue"),
        material("denim"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        wearing("he is wearing a denim jacket and black jeans", "pronoun", who="she"),
        details(
            "jacket",
            "the jacket has a button front, two flap pockets on the chest, two side pockets, button cuffs and a "
            "pointed collar. The jacket is with denim fabric and it",
            "cut",
            hit_limit=True,
        ),
        title="Levis Women Blue Light Wash Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a navy crew-neck sweatshirt with horizontal navy, white and red stripes across the chest, blue
    # jeans, white backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed). The feed
    # row has no base colour.
    case(
        "X895-043",
        caption(
            "The lady wears a long-sleeve sweater with stripe patterns and a long pants. The sweater is with cotton "
            "fabric and its neckline is crew. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.pattern("striped"),
        Q.color("navy blue"),
        describe("sweatshirt", "The sweatshirt is with pure color patterns and a crew neckline", "contradiction"),
        wearing("a striped sweater and jeans", who="he"),
        Q.garment_type("sweatshirt"),
        title="Roadster Men Navy Blue & White Striped Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: woman in a white short kurti with maroon block-print motifs over maroon ankle-length tights, white
    # backdrop, front view. Caption adapter e1 (caption, open); reference engine (closed).
    case(
        "X895-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        Q.color("white", "contradiction"),
        color_of("tights", "red", kind="open"),
        wearing("a white top and red leggings", who="she"),
        Q.garment_type("leggings"),
        details("tights", "The tights details are", "restated"),
        describe("tights", "white leggings of ankle length", "other_garment_color"),
        title="Go Colors Women Maroon Solid Ankle Length Tights",
        category="Tights",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a khaki windcheater, stand collar with the hood packed inside, full zip, two zip pockets,
    # elastic cuffs, navy joggers, white backdrop, front view. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-045",
        caption(
            "The man is wearing a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is with "
            "cotton fabric. The jacket",
            "loop",
            hit_limit=True,
        ),
        Q.color("beige"),
        color_of("jacket", "khaki", kind="open"),
        wearing("Question: What is he wearing? Answer: a khaki jacket and blue pants", "leak", who="he"),
        details("jacket", "stand collar with a hidden hood, full zip, two zip pockets and elastic cuffs"),
        Q.garment_type("jacket"),
        title="Campus Sutra Men Khaki Solid Windcheater Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black cropped crew-neck sweatshirt with a white logo print on the front (plain back), black
    # high-waist leggings, white backdrop, front view. Caption adapter e1 (caption, open); reference (closed).
    case(
        "X895-046",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a long leggings. The sweatshirt is "
            "with cotton fabric. The leggings are with cotton fabric and pure color patterns."
        ),
        Q.color("black"),
        color_of("sweatshirt", "black", kind="open"),
        Q.pattern("solid", "contradiction"),
        describe("sweatshirt", "a black crop sweatshirt with a white logo print"),
        wearing("she is wearing a black sweatshirt and black leggings", who="she"),
        details(
            "sweatshirt",
            "The sweatshirt is cropped with a white logo on the front and a zipper on the back",
            "unsupported",
        ),
        title="Puma Women Black Printed Cropped Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
]
