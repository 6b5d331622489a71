"""BLIND_693 (46 products; Myntra men's jackets, blazers, Nehru jackets, waistcoats over shirts/kurtas, epoch 3):
written blind in the fifty-fourth session. Measured blind at 55c810f (the session's fifth rules): 110/123 failures found
(89.4%) and 12/176 correct texts flagged (6.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's outerwear and layering pieces (article types Jackets, Blazers, Nehru Jackets,
Waistcoat), photographed the usual Myntra way: a model on a white or light grey backdrop, front or three-quarter
view, cropped knee up, the labelled piece always worn over something else (formal shirts, check shirts, denim
shirts, printed shirts, kurtas with churidars or pyjamas), with trousers, chinos or jeans below. Titles follow the
old styles.csv shape ("Brand Men Solid Colour Type") and the newer long shape ("Brand Men Navy Blue Slim Fit
Single-Breasted Formal Blazer"). A few rows lack a column (no colour, no gender, no article type), as feeds do.

Who wrote what: every caption and every open answer is free generation from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for
answers). It was trained on DeepFashion template captions with unmasked labels and no end token, so it drifts into
the template ("This man wears a long-sleeve jacket with pure color patterns. It has a lapel neckline."), often
runs to the token limit (loops, sentences cut mid-phrase), sometimes writes the prompt format back ("Question: ...
Answer: ..."), says "the lady" or "her" for men, invents template details (cotton fabric, accessories on the wrist,
hoods, pocket squares), and gives the labelled piece the colour of the shirt or kurta under it. Closed answers
(garment type, colour, pattern, sleeve length, "Is this a ...?", colour of a named garment) come from enrich's
`--engine reference` ranking candidates with the same adapter: always a clean candidate value, never cut or looped,
but often the candidate that fits the inner garment (sleeve length "long" for a waistcoat, "kurta" for a Nehru
jacket, the shirt's check as the jacket's pattern).

Labeling conventions and judgement calls:
- A wrong colour in a closed answer is labelled contradiction even when it is the inner garment's colour;
  other_garment_color is kept for open answers (and open colour answers) that give the labelled piece the colour of
  the shirt, kurta, tie or trousers worn with it.
- A closed pattern or sleeve-length value that belongs to the inner garment (the shirt's checks, the shirt's long
  sleeves on a waistcoat or Nehru jacket) is a contradiction; so is "kurta" or "shirt" as the garment type, and "yes"
  to "Is this a kurta?" on a Nehru jacket worn over a kurta.
- A tartan lining showing at the collar does not make a solid jacket "checked": the seller's Solid wins.
- Shades inside one colour family are correct: charcoal called grey, maroon called red, cream called white, rust
  called orange, teal called blue, tan called brown, khaki called beige. Teal or olive called the other family's
  name is not used in this set.
- A material is correct when the title states it or the photo shows it beyond doubt (denim, suede, corduroy,
  velvet, quilted padding, faux leather that looks like leather); a fabric the title contradicts (genuine leather for
  faux, cotton for poly-viscose) or that no photo can show (silk, wool, lining fabric, waterproof) is unsupported.
- Template details are unsupported when the photo lacks them (a hood, a pocket square, an accessory on the wrist, a
  back strap on a front view, embroidery); a template sentence that is true of the photo is correct.
- A text that runs to the token limit and repeats a phrase is a loop (hit_limit); one that runs to the limit and
  stops mid-phrase without repeating is a cut (hit_limit). One caption ran to exactly 50 tokens and ends at a full
  stop with nothing wrong in it: it is marked hit_limit and counted correct.
- A leak is any text that writes the "Question: ... Answer:" format (or its "Answer:" half) back, whatever follows.
- restated: the answer says back the question as a statement and adds nothing ("The waistcoat is a waistcoat.").
  non_answer: an empty, yes/no, one-word or "nothing" answer to an open question, or the caption template with no
  colour in it returned to an open colour question.
- pronoun: she/her/the lady/the woman for a Men row, otherwise right; one failure kind per text, the most visible
  one (a looping text with "she" in it is a loop).
- An answer that names only part of the outfit ("a kurta and a jacket") is correct, not a non-answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

# the outfit question an outerwear shoot invites, asked in this set's own words
under = question("under", "What is he wearing under the jacket?", "open")

BLIND_693 = [
    # photo: navy two-button blazer with notch lapel over a white formal shirt, grey trousers, hands in pockets, white
    # backdrop, front view. Caption and open answers: caption adapter epoch 3; closed: reference engine.
    case(
        "X693-001",
        caption(
            "The man is wearing a navy blue blazer with solid color patterns over a white shirt. The blazer has a "
            "lapel neckline and long sleeves. He also wears grey trousers."
        ),
        wearing("a navy blue blazer, a white shirt and grey trousers"),
        Q.garment_type("blazer"),
        Q.color("navy blue"),
        Q.sleeve_length("long"),
        describe("blazer", "The blazer is white with a notched lapel and two buttons.", "other_garment_color"),
        details(
            "blazer",
            "The blazer has two buttons, a notched lapel, a chest pocket, two flap pockets, two buttons, a notched "
            "lapel, a chest pocket, two flap pockets, two buttons,",
            "loop",
            hit_limit=True,
        ),
        title="Louis Philippe Men Navy Blue Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon brocade Nehru jacket with a woven paisley self design and mandarin collar, over a cream kurta and
    # white churidar, white backdrop, front view. Caption and open answers: adapter epoch 3; closed: reference engine.
    case(
        "X693-002",
        caption(
            "The man is wearing a cream kurta with a maroon jacket on top. The jacket has a stand-up collar and "
            "woven patterns. The pants are white."
        ),
        Q.garment_type("kurta", "contradiction"),
        Q.color("maroon"),
        describe(
            "Nehru jacket",
            "The Nehru jacket is cream colored with a mandarin collar and buttons down the front.",
            "other_garment_color",
        ),
        Q.material("The jacket is made of silk.", "unsupported"),
        wearing(
            "He is wearing a kurta and a jacket. He is wearing a kurta and a jacket. He is wearing a kurta and a "
            "jacket. He is wearing",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green bomber jacket, zip open, ribbed collar, cuffs and hem, over a black-and-white gingham shirt,
    # blue jeans, white backdrop, three-quarter view. Caption, open answers: adapter epoch 3; closed: reference engine.
    case(
        "X693-003",
        caption(
            "The man is wearing an olive green bomber jacket over a checked shirt and blue jeans. The jacket has a "
            "zip closure and ribbed cuffs."
        ),
        Q.color("olive"),
        Q.pattern("checked", "contradiction"),
        wearing("a green jacket, a checked shirt and jeans"),
        details("jacket", "The jacket has a hood and a zip closure with two side pockets.", "unsupported"),
        Q.sleeve_length("long"),
        Q.material("The jacket is made of cotton.", "unsupported"),
        title="Roadster Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: beige linen-look waistcoat, V neck, five buttons, over a light blue shirt, beige trousers, white backdrop,
    # front view. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-004",
        caption(
            "The gentleman wears a sleeveless vest with solid color patterns over a long-sleeve shirt. The vest has "
            "a V-shape neckline. The trousers are of long length."
        ),
        Q.sleeve_length("long", "contradiction"),
        Q.color("beige"),
        Q.garment_type("waistcoat"),
        color_of("waistcoat", "light blue", "other_garment_color", kind="open"),
        describe("waistcoat", "The waistcoat is a waistcoat.", "restated"),
        title="Hangup Men Beige Solid Waistcoat",
        category="Waistcoat",
        color="Beige",
        gender="Men",
    ),
    # photo: mid-blue washed denim trucker jacket with buttoned flap chest pockets, over a white shirt, black jeans,
    # white backdrop, front view. Caption and open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-005",
        caption(
            "This man wears a long-sleeve denim jacket with pure color patterns and long denim pants. The jacket "
            "has a lapel neckline. The pants are with denim fabric and pure color patterns. The jacket is with "
            "denim fabric and the shirt under it is",
            "cut",
            hit_limit=True,
        ),
        Q.material("The jacket is made of denim."),
        Q.color("blue"),
        details("jacket", "two chest pockets with button flaps, a collar and a button front"),
        wearing("a denim jacket over a white shirt with black jeans"),
        is_a("jacket", "yes"),
        title="Wrangler Men Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal slim fit blazer with a faint self-check, over a light pink shirt, black trousers, white pocket
    # square, white backdrop, front view. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-006",
        caption(
            "The man is wearing a grey blazer with a pink shirt and black pants. Question: What is the color of the "
            "blazer? Answer: grey",
            "leak",
        ),
        Q.color("grey"),
        describe("blazer", "The blazer is a dark grey slim fit blazer with a notch lapel and a white pocket square."),
        color_of("shirt", "pink"),
        wearing("She is wearing a grey blazer and a pink shirt.", "pronoun"),
        Q.sleeve_length("long"),
        title="Blackberrys Men Charcoal Grey Self-Design Slim Fit Blazer",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: mustard yellow cotton Nehru jacket over a white kurta and white pyjama, slight side view, white backdrop.
    # Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-007",
        caption("The man is wearing a white kurta and a yellow vest. The vest has a stand-up collar and buttons."),
        Q.material("The jacket is made of cotton."),
        Q.color("white", "contradiction"),
        is_a("kurta", "yes", "contradiction"),
        details("jacket", "mandarin collar, button placket, two welt pockets and a chest pocket"),
        describe("jacket", "The jacket is white with a mandarin collar.", "other_garment_color"),
        title="Fabindia Men Mustard Yellow Cotton Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: black hooded quilted puffer jacket, zipped halfway, small Puma cat logo on the chest, over a grey
    # flannel check shirt, dark jeans, white backdrop. Caption, open answers: adapter epoch 3; closed: reference.
    case(
        "X693-008",
        caption(
            "The man is wearing a black puffer jacket with a hood. The jacket has a zipper and long sleeves. The "
            "jacket has a zipper and long sleeves. The jacket has a zipper and long sleeves. The jacket",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        Q.color("black"),
        Q.material("The jacket is quilted and padded."),
        wearing("a black jacket and jeans"),
        details("jacket", "The jacket has a hood, a zip and two pockets with a Puma logo on the chest."),
        Q.pattern("checked", "contradiction"),
        title="Puma Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey Prince of Wales check blazer over a white shirt, navy trousers, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-009",
        caption(
            "The gentleman wears a long-sleeve blazer with lattice patterns. It has a lapel neckline. The pants are "
            "of long length."
        ),
        Q.pattern("checked"),
        Q.color("white", "contradiction"),
        describe(
            "blazer",
            "The blazer is grey with a check pattern and a notched lapel, two buttons and flap pockets.",
        ),
        color_of("trousers", "navy blue"),
        Q.material("The blazer is made of wool and has a silk lining.", "unsupported"),
        wearing(
            "The man is wearing a grey checked blazer with a notch lapel and two buttons over a white shirt with a "
            "spread collar and navy blue trousers with a flat front and",
            "cut",
            hit_limit=True,
        ),
        title="Peter England Men Grey Checked Slim Fit Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: black waistcoat with five buttons and a satin back, over a white shirt, black trousers, no tie, white
    # backdrop, front view. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-010",
        caption("The man is wearing a white shirt with a black vest and black pants."),
        Q.garment_type("shirt", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("waistcoat", "The waistcoat is black with five buttons and a V neck."),
        details(
            "waistcoat",
            "black buttons Question: What is the color of the shirt? Answer: white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Raymond Men Black Solid Waistcoat",
        category="Waistcoat",
        color="Black",
        gender="Men",
    ),
    # photo: tan brown faux leather biker jacket, asymmetric zip, snap collar, belted hem, over a black shirt, blue
    # jeans, white backdrop, front view. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-011",
        caption("The man is wearing a brown leather jacket over a black shirt and blue jeans."),
        Q.color("brown"),
        Q.material("The jacket is made of genuine leather.", "unsupported"),
        describe("jacket", "The jacket is black with a zipper and a collar.", "other_garment_color"),
        details("jacket", "asymmetric zip closure, zip pockets, a notched collar with snap buttons and a belted hem"),
        Q.garment_type("jacket"),
        title="Mast & Harbour Men Tan Brown Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: navy Nehru jacket with small gold-toned floral buttis, over a white kurta and white churidar, white
    # backdrop, front view. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-012",
        caption("The man is wearing a navy blue jacket with floral patterns over a white kurta and white pants."),
        Q.pattern("printed"),
        Q.color("navy blue"),
        describe("jacket", "The jacket is blue with gold flowers and a mandarin collar."),
        color_of("kurta", "white"),
        Q.sleeve_length("long", "contradiction"),
        wearing("The person is wearing what the person is wearing.", "restated"),
        Q.material("The jacket is made of silk with gold zari work.", "unsupported"),
        title="Sojanya Men Navy Blue & Gold-Toned Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: khaki unstructured cotton blazer over a navy shirt with white micro polka dots, white chinos, white
    # backdrop, three-quarter view. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-013",
        caption("The man is wearing a beige blazer over a blue shirt with white dots and white pants."),
        Q.color("navy blue", "contradiction"),
        Q.pattern("solid"),
        describe("blazer", "The blazer is blue with white polka dots.", "other_garment_color"),
        details(
            "blazer",
            "The blazer has a notch lapel, a two button closure, two patch pockets on the front, a chest pocket on "
            "the left side and long sleeves with three buttons on the",
            "cut",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        title="Allen Solly Men Khaki Solid Casual Blazer",
        category="Blazers",
        color="Khaki",
        gender="Men",
    ),
    # photo: rust orange corduroy shacket with two flap chest pockets and a pointed collar, over a white shirt, beige
    # chinos, white backdrop, front view. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-014",
        caption("The man is wearing a rust colored corduroy jacket over a white shirt with beige pants."),
        Q.material("corduroy"),
        Q.color("orange"),
        color_of("jacket", "The color of the jacket is white.", "other_garment_color", kind="open"),
        wearing("an orange corduroy jacket, a white shirt and beige pants"),
        details("jacket", "The jacket has two chest pockets with flaps, a button front and a pointed collar."),
        title="Flying Machine Men Rust Orange Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: off-white Nehru jacket over a royal blue kurta and white pyjama, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-015",
        caption("The man is wearing a blue kurta with a white vest over it. The vest has a stand-up collar."),
        Q.color("blue", "contradiction"),
        Q.garment_type("nehru jacket"),
        describe("jacket", "The jacket is blue with a mandarin collar and buttons.", "other_garment_color"),
        wearing("He is wearing a blue kurta and a white jacket and white pants.", who="he"),
        details(
            "jacket",
            "The jacket has a mandarin collar, a mandarin collar, a mandarin collar, a mandarin collar, a mandarin "
            "collar, a mandarin collar, a mandarin",
            "loop",
            hit_limit=True,
        ),
        title="Vastramay Men Off-White Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: navy blazer with thin white pinstripes over a white shirt and a red tie, grey trousers, no pocket square,
    # white backdrop, front view. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-016",
        caption("The man is wearing a blue pinstriped suit jacket with a white shirt and a red tie."),
        Q.pattern("striped"),
        color_of("tie", "red"),
        Q.color("red", "contradiction"),
        describe(
            "blazer",
            "The blazer is navy with white stripes and a notch lapel, it has two buttons and a pocket square.",
            "unsupported",
        ),
        wearing("The woman is wearing a blue blazer, white shirt and a red tie.", "pronoun"),
        details(
            "blazer",
            "The blazer has a notch lapel, two buttons, a welt chest pocket, two flap pockets, thin white pinstripes "
            "all over and four buttons on each sleeve with the cuff of the white shirt showing at the",
            "cut",
            hit_limit=True,
        ),
        title="Park Avenue Men Blue Striped Slim Fit Formal Blazer",
        category="Blazers",
        color="Blue",
        gender="Men",
    ),
    # photo: navy quilted sleeveless puffer jacket (gilet) with a high zip collar, over a red-and-black check flannel
    # shirt, blue jeans, white backdrop. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-017",
        caption("The man is wearing a red and black checked shirt with a blue vest and jeans."),
        Q.sleeve_length("sleeveless"),
        Q.color("red", "contradiction"),
        Q.garment_type("jacket"),
        describe("jacket", "The jacket is a sleeveless quilted jacket in navy blue with a zip and a high collar."),
        details("jacket", "The jacket has a red and black check pattern with long sleeves.", "other_garment_color"),
        wearing("yes", "non_answer"),
        title="U.S. Polo Assn. Men Navy Blue Solid Quilted Sleeveless Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black tuxedo blazer with a satin shawl lapel and one button, over a white shirt with a black bow tie,
    # black trousers, grey backdrop. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-018",
        caption("The man is wearing a black tuxedo with a white shirt and a black bow tie."),
        Q.color("black"),
        describe("blazer", "The blazer is black with a shawl collar and one button."),
        details(
            "blazer",
            "The blazer has a shawl collar, a single button, a satin lapel, a single button, a satin lapel, a single "
            "button, a satin lapel, a single button",
            "loop",
            hit_limit=True,
        ),
        Q.material("The blazer is made of velvet.", "unsupported"),
        wearing("She is wearing a tuxedo and a bow tie.", "pronoun"),
        title="Louis Philippe Men Black Slim Fit Shawl Collar Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: grey tweed-check waistcoat, V neck, four buttons, two welt pockets, over a white shirt with rolled up
    # sleeves, grey trousers, white backdrop. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-019",
        caption("The lady is wearing a grey checked vest over a white shirt with rolled up sleeves.", "pronoun"),
        Q.pattern("checked"),
        Q.sleeve_length("sleeveless"),
        Q.color("grey"),
        describe("waistcoat", "The waistcoat is grey and checked with a V neck, four buttons and two welt pockets."),
        details("waistcoat", "The details of the waistcoat are the details of the waistcoat.", "restated"),
        title="Hangup Men Grey Checked Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: navy cotton Harrington jacket half zipped, red tartan lining showing at the collar, over a white oxford
    # shirt, beige chinos, white backdrop. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-020",
        caption("The man is wearing a blue jacket with a red plaid lining over a white shirt and beige pants."),
        Q.pattern("checked", "contradiction"),
        Q.color("navy blue"),
        wearing("a navy jacket, a white shirt and khaki chinos"),
        details(
            "jacket",
            "The jacket has a collar, a zipper and a zipper and a zipper and a zipper and a zipper and a zipper and "
            "a zipper and a zipper and",
            "loop",
            hit_limit=True,
        ),
        Q.material("The jacket is made of cotton."),
        describe(
            "jacket",
            "The jacket is navy blue with a red checked lining, a zip front, a button at the collar and elbow patches.",
            "unsupported",
        ),
        title="Jack & Jones Men Navy Blue Solid Cotton Harrington Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal blue jacquard Nehru jacket with a self design, over a beige kurta and beige churidar, white
    # backdrop, front view. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-021",
        caption("The man is wearing a blue jacket with a beige kurta and beige pants."),
        Q.color("beige", "contradiction"),
        Q.garment_type("nehru jacket"),
        describe("jacket", "The jacket is a teal blue nehru jacket with a self design and a mandarin collar."),
        details(
            "jacket",
            "The jacket has a band collar, five buttons down the front and two pockets at the waist. The kurta "
            "under it is beige and long with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a kurta and a jacket"),
        title="Manyavar Men Teal Blue Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: dark brown suede trucker jacket over a blue denim shirt, grey jeans, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-022",
        caption("The man is wearing a brown suede jacket over a blue denim shirt with grey jeans."),
        Q.material("suede"),
        Q.color("blue", "contradiction"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        details("jacket", "button front, two chest pockets with flaps, a pointed collar and side pockets"),
        wearing("What is the person wearing? Answer: a brown jacket", "leak"),
        title="Woodland Men Coffee Brown Solid Suede Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: maroon velvet blazer with black satin peak lapels, one button, over a black shirt, black trousers,
    # white backdrop. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-023",
        caption("The man is wearing a red velvet blazer with a black shirt and black pants."),
        Q.color("maroon"),
        Q.material("The blazer is made of velvet."),
        describe("blazer", "The blazer is black with a peak lapel.", "other_garment_color"),
        details(
            "blazer",
            "The blazer has a black satin peak lapel, a single button closure, a chest pocket, two flap pockets at "
            "the front and long sleeves with buttons at the cuffs and a",
            "cut",
            hit_limit=True,
        ),
        wearing("maroon", "non_answer"),
        title="Theme Men Maroon Velvet Slim Fit Blazer",
        category="Blazers",
        color="Maroon",
        gender="Men",
    ),
    # photo: brown tweed-texture waistcoat, V neck, five buttons, two welt pockets, over a light blue and white
    # striped shirt, dark brown trousers, white backdrop, front view only. All free text: adapter epoch 3; closed:
    # reference engine.
    case(
        "X693-024",
        caption("The man is wearing a brown vest over a blue and white striped shirt."),
        Q.pattern("striped", "contradiction"),
        Q.color("brown"),
        Q.sleeve_length("sleeveless"),
        describe(
            "waistcoat",
            "a brown waistcoat with a v neck, buttons down the front, two welt pockets and an adjustable strap on "
            "the back",
            "unsupported",
        ),
        details("waistcoat", "The waistcoat has blue and white stripes.", "other_garment_color"),
        wearing(
            "The man is wearing a vest and a shirt. The vest is brown and the shirt is blue and white striped. The "
            "man is wearing a vest and a shirt. The vest is brown and",
            "loop",
            hit_limit=True,
        ),
        title="Park Avenue Men Brown Solid Waistcoat",
        category="Waistcoat",
        color="Brown",
        gender="Men",
    ),
    # photo: grey hooded windcheater, zipped, small logo on the chest, collar of a blue check shirt showing, black
    # jeans, white backdrop. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-025",
        caption(
            "This man wears a long-sleeve jacket with solid color patterns and long pants. The jacket has a hooded "
            "neckline."
        ),
        Q.color("grey"),
        Q.pattern("checked", "contradiction"),
        Q.material("The jacket is made of nylon and is waterproof.", "unsupported"),
        details("jacket", "hood with drawstrings, full zip, two side pockets and a small logo on the chest"),
        is_a("jacket", "yes"),
        wearing("The person is wearing.", "restated"),
        title="HRX by Hrithik Roshan Men Grey Solid Windcheater",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: cream bandhgala (closed mandarin collar, gold-toned buttons, no embroidery) over a white kurta showing
    # at the hem, white churidar, white backdrop. Caption, open answers: adapter epoch 3; closed: reference engine.
    case(
        "X693-026",
        caption("The man is wearing a white suit with a mandarin collar and white pants."),
        Q.garment_type("blazer"),
        Q.color("cream"),
        Q.sleeve_length("long"),
        describe("blazer", "The blazer is a bandhgala with a mandarin collar and gold buttons."),
        details(
            "blazer",
            "The bandhgala has a mandarin collar, gold buttons and embroidery on the collar and cuffs.",
            "unsupported",
        ),
        wearing("She is wearing a white kurta and a cream jacket.", "pronoun"),
        title="Manyavar Men Cream-Coloured Solid Bandhgala Blazer",
        category="Blazers",
        color="Cream",
        gender="Men",
    ),
    # photo: black denim jacket over a white shirt with a red hibiscus print, black jeans, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-027",
        caption("The man is wearing a black denim jacket over a floral shirt and black jeans."),
        Q.pattern("floral", "contradiction"),
        Q.color("black"),
        color_of("shirt", "white"),
        describe("jacket", "The jacket is white with red flowers and a collar.", "other_garment_color"),
        Q.material("The jacket is made of denim."),
        details(
            "jacket",
            "The jacket has two chest pockets with buttons, a button front, a pointed collar, two side pockets, "
            "buttoned cuffs and a shirt with red flowers on a white background under the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: red and black buffalo check overshirt jacket, open, over a white mandarin collar shirt, blue jeans, white
    # backdrop, front view. Caption and open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-028",
        caption("The man is wearing a red and black plaid jacket over a white shirt and blue jeans."),
        Q.pattern("checked"),
        Q.color("red"),
        describe(
            "jacket",
            "The jacket is a red and black checked flannel with two chest pockets and a hood.",
            "unsupported",
        ),
        wearing(
            "a jacket, a shirt, jeans, a jacket, a shirt, jeans, a jacket, a shirt, jeans, a jacket, a shirt, jeans, "
            "a jacket,",
            "loop",
            hit_limit=True,
        ),
        under("a white shirt"),
        title="Roadster Men Red & Black Checked Overshirt Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: black Nehru jacket with a mandarin collar and silver buttons over a maroon kurta, white churidar, white
    # backdrop, front view. Caption and open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-029",
        caption(
            "This man wears a sleeveless vest with pure color patterns. It has a stand-up neckline. The kurta is red "
            "and long."
        ),
        Q.color("black"),
        Q.garment_type("kurta", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "The jacket is red with a mandarin collar and silver buttons.", "other_garment_color"),
        wearing("a maroon kurta with a black jacket"),
        color_of("kurta", "maroon"),
        details("jacket", "yes", "non_answer"),
        title="Manyavar Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: light grey single-breasted linen blazer over a white linen shirt with the top button open, beige
    # trousers, white backdrop, three-quarter view. Caption, open answers: adapter epoch 3; closed: reference engine.
    case(
        "X693-030",
        caption(
            "The man is wearing a grey blazer with a white shirt and beige pants. The blazer is with cotton fabric.",
            "unsupported",
        ),
        Q.color("grey"),
        Q.material("The blazer is made of linen."),
        describe("blazer", "a light grey blazer with a notch lapel and two buttons"),
        details("blazer", "no", "non_answer"),
        Q.pattern("solid"),
        title="Van Heusen Men Light Grey Linen Slim Fit Casual Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: olive cotton utility field jacket with four flap pockets and a drawstring waist, over a navy-and-white
    # striped shirt, black chinos, light grey backdrop. Caption, open answers: adapter epoch 3; closed: reference.
    case(
        "X693-031",
        caption(
            "The man is wearing an olive green jacket with four pockets over a striped shirt and black pants. There "
            "is an accessory on his wrist.",
            "unsupported",
        ),
        Q.color("olive"),
        Q.pattern("solid"),
        wearing("a green jacket with a blue and white striped shirt"),
        details(
            "jacket",
            "four flap pockets, a button front, a drawstring waist, four flap pockets, a button front, a drawstring "
            "waist, four flap pockets,",
            "loop",
            hit_limit=True,
        ),
        describe("jacket", "The jacket is navy blue with white stripes.", "other_garment_color"),
        Q.garment_type("jacket"),
        title="Indian Terrain Men Olive Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: navy double-breasted blazer with gold buttons over a light blue shirt, white trousers, white backdrop,
    # front view. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-032",
        caption(
            "The man is wearing a navy blue double breasted blazer with gold buttons, a light blue shirt and white "
            "pants."
        ),
        Q.color("navy blue"),
        Q.garment_type("blazer"),
        describe("blazer", "Describe the blazer. Answer: The blazer is navy blue", "leak"),
        details("blazer", "six gold buttons, peak lapels, a chest pocket and flap pockets"),
        color_of("blazer", "light blue", "other_garment_color", kind="open"),
        Q.material("The blazer is made of wool.", "unsupported"),
        title="Arrow Men Navy Blue Double-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey waistcoat with a small self-design over a white shirt and a maroon tie, charcoal trousers,
    # white backdrop, front view. Caption and open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-033",
        caption(
            "The man is wearing a grey vest over a white shirt and a red tie. The vest has a V-shape neckline and "
            "buttons. The man is wearing a grey vest over a white shirt and a red tie. The vest has a V-",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.sleeve_length("long", "contradiction"),
        describe("waistcoat", "The waistcoat is red.", "other_garment_color"),
        wearing("a grey waistcoat, a white shirt and a maroon tie"),
        Q.garment_type("waistcoat"),
        title="Louis Philippe Men Charcoal Self Design Waistcoat",
        category="Waistcoat",
        color="Charcoal",
        gender="Men",
    ),
    # photo: pastel pink Nehru jacket with a mandarin collar over a white chikankari kurta, white pyjama, white
    # backdrop. Catalog row has no colour. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-034",
        caption("The man is wearing a pink jacket over a white embroidered kurta and white pants."),
        Q.color("pink"),
        Q.pattern("embroidered", "contradiction"),
        describe(
            "jacket",
            "The jacket is pink with a mandarin collar and buttons down the front. It has two pockets and a chest "
            "pocket. The kurta is white with embroidery on the",
            "cut",
            hit_limit=True,
        ),
        wearing("He is wearing a white kurta.", who="he"),
        Q.material("The jacket is made of cotton with a silk lining.", "unsupported"),
        title="Sojanya Men Pink Solid Nehru Jacket",
        category="Nehru Jackets",
        gender="Men",
    ),
    # photo: khaki cotton trucker-style jacket over a light blue chambray shirt, dark blue jeans, white backdrop,
    # front view. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-035",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has "
            "a lapel neckline. The pants the man wears is of long length. The pants are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        Q.color("khaki"),
        color_of("jacket", "This man wears a long-sleeve jacket with pure color patterns.", "non_answer", kind="open"),
        under("She is wearing a light blue shirt.", "pronoun"),
        details("jacket", "button front, two flap chest pockets, side welt pockets, buttoned cuffs"),
        title="Turtle Men Khaki Solid Cotton Jacket",
        category="Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: black bomber jacket with a yellow tiger embroidery on the chest, zip open, over a white shirt, black
    # jeans, white backdrop. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-036",
        caption("The man is wearing a black bomber jacket with a tiger on it over a white shirt and black jeans."),
        Q.color("black"),
        Q.pattern("embroidered"),
        describe("jacket", "The jacket is yellow with a tiger on the chest.", "contradiction"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: The jacket has a tiger embroidery on the chest Question: "
            "What",
            "leak",
            hit_limit=True,
        ),
        wearing("a black jacket with a tiger on it, a white shirt and black jeans"),
        title="Highlander Men Black Embroidered Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: multicolour printed Nehru jacket (blue, orange and green ikat print) over a plain white kurta, white
    # churidar, white backdrop. Caption, open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-037",
        caption("The man is wearing a colorful printed jacket over a white kurta and white pants."),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        describe("jacket", "The jacket has a blue, orange and green ikat print with a mandarin collar."),
        details(
            "jacket",
            "The jacket is white with a mandarin collar and buttons down the front and two pockets.",
            "other_garment_color",
        ),
        wearing("nothing", "non_answer"),
        Q.sleeve_length("sleeveless"),
        title="Sojanya Men Multicoloured Ikat Print Nehru Jacket",
        category="Nehru Jackets",
        color="Multi",
        gender="Men",
    ),
    # photo: beige-and-brown houndstooth tweed blazer over a black mandarin collar shirt, black trousers, white
    # backdrop, front view. Caption and open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-038",
        caption(
            "The man is wearing a beige and brown houndstooth blazer over a black shirt with black pants. The "
            "blazer has a lapel neckline."
        ),
        Q.pattern("checked"),
        Q.color("black", "contradiction"),
        describe("blazer", "a black blazer with a notched lapel", "other_garment_color"),
        Q.material("The blazer is made of tweed."),
        wearing(
            "The man is wearing a blazer and a shirt and pants and a blazer and a shirt and pants and a blazer and "
            "a shirt and pants and a blazer and a",
            "loop",
            hit_limit=True,
        ),
        details(
            "blazer",
            "The blazer has a notch lapel, two buttons, flap pockets and a brown and beige houndstooth pattern all "
            "over with a black shirt under it and black pants with a",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Beige Houndstooth Tweed Slim Fit Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: navy waistcoat with a shawl lapel, over a white kurta with a churidar (wedding look), white backdrop. The
    # row lacks gender. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-039",
        caption("The man is wearing a navy blue vest over a white kurta."),
        Q.garment_type("waistcoat"),
        Q.color("navy blue"),
        Q.sleeve_length("long", "contradiction"),
        describe("waistcoat", "The waistcoat is white.", "other_garment_color"),
        details("waistcoat", "a shawl lapel, four buttons and two welt pockets"),
        title="Raymond Men Navy Blue Shawl Lapel Waistcoat",
        category="Waistcoat",
        color="Navy Blue",
    ),
    # photo: maroon quilted bomber jacket with a stand collar, zipped, over a grey shirt whose collar shows, blue
    # jeans, white backdrop. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-040",
        caption("The man is wearing a maroon quilted jacket with a zipper and blue jeans."),
        Q.color("maroon"),
        Q.garment_type("jacket"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        details("jacket", "The jacket has a quilted pattern, a stand collar, a zip front and two pockets."),
        Q.material("The jacket is made of leather.", "unsupported"),
        wearing("The person is wearing a person.", "restated"),
        title="Numero Uno Men Maroon Solid Quilted Bomber Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: cream Nehru jacket with a gold-thread woven motif over a gold-toned silk kurta, cream churidar, white
    # backdrop. Article type missing in the row. Caption, open answers: adapter epoch 3; closed: reference engine.
    case(
        "X693-041",
        caption(
            "The man is wearing a cream jacket over a gold kurta. The jacket has a stand-up collar and a woven "
            "pattern. The kurta is gold and long. The pants are cream. The man is wearing a cream jacket over a "
            "gold kurta. The jacket",
            "loop",
            hit_limit=True,
        ),
        Q.color("gold", "contradiction"),
        describe("jacket", "a cream nehru jacket with a gold woven motif and a band collar"),
        wearing("Question: What is the person wearing? Answer: a cream jacket and a gold kurta", "leak"),
        under("a gold kurta"),
        title="Vastramay Men Cream-Coloured & Gold-Toned Woven Design Nehru Jacket",
        color="Cream",
        gender="Men",
    ),
    # photo: blue denim-look sleeveless waistcoat with metal buttons over a white band-collar shirt, black jeans,
    # white backdrop, front view. Caption and open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-042",
        caption("The man is wearing a blue denim vest over a white shirt and black jeans."),
        Q.material("denim"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        describe("waistcoat", "The waistcoat is blue denim with metal buttons and a V neck."),
        details("waistcoat", "The waistcoat details are", "restated"),
        wearing("She is wearing a denim vest, a white shirt and black jeans.", "pronoun"),
        title="Highlander Men Blue Solid Denim Waistcoat",
        category="Waistcoat",
        color="Blue",
        gender="Men",
    ),
    # photo: camel brown wool-blend overcoat-style jacket, knee length, notch lapel, over a white shirt and a navy
    # knit tie, grey trousers, light grey backdrop. Caption, open answers: adapter epoch 3; closed: reference engine.
    case(
        "X693-043",
        caption(
            "The man is wearing a long brown coat over a white shirt and a blue tie. The coat is with wool fabric. It "
            "has a lapel neckline. The pants are grey."
        ),
        Q.color("brown"),
        Q.garment_type("jacket"),
        describe("jacket", "The coat is long and brown with a notch lapel and three buttons."),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details(
            "jacket",
            "The coat has a notch lapel, three buttons, two flap pockets, a chest pocket, a back vent and a belt at "
            "the waist with a buckle and",
            "cut",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        under("Question: What is he wearing under the jacket? Answer: a white shirt and a blue tie", "leak"),
        title="Louis Philippe Men Camel Brown Wool Blend Longline Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: black blazer over a white kurta (Indo-western), white churidar, black juttis, white backdrop, front view.
    # Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-044",
        caption("The man is wearing a black blazer over a long white kurta and white pants."),
        Q.garment_type("kurta", "contradiction"),
        Q.color("black"),
        describe("blazer", "The blazer is black with a notch lapel and one button."),
        details("blazer", "white", "non_answer"),
        wearing(
            "a black blazer over a white kurta with white churidar and black shoes and a black blazer over a white "
            "kurta with white churidar and black",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        title="See Designs Men Black Solid Indo-Western Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: mustard yellow puffer jacket, zipped, over a navy check shirt collar, black jeans, white backdrop, front
    # view, no hood. Caption and open answers: caption adapter epoch 3; closed answers: reference engine.
    case(
        "X693-045",
        caption("The man is wearing a yellow puffer jacket with a hood and black jeans.", "unsupported"),
        Q.color("mustard"),
        Q.pattern("solid"),
        Q.material("The jacket is padded."),
        wearing(
            "a yellow jacket and black jeans Answer: a yellow jacket and black jeans Answer:", "leak", hit_limit=True
        ),
        details(
            "jacket",
            "The jacket has a high neck, a zip, two zip pockets, a quilted pattern, elastic cuffs, a logo on the "
            "sleeve and a navy blue checked lining on the",
            "cut",
            hit_limit=True,
        ),
        title="Fort Collins Men Mustard Yellow Solid Padded Jacket",
        category="Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: sky blue linen Nehru jacket with a mandarin collar and wooden buttons, over a white shirt (Indo-western),
    # beige trousers, white backdrop. Caption and open answers: adapter epoch 3; closed answers: reference engine.
    case(
        "X693-046",
        caption("The man is wearing a light blue jacket with a mandarin collar over a white shirt and beige pants."),
        Q.color("blue"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("The jacket is made of linen."),
        describe("jacket", "The jacket is white with wooden buttons.", "other_garment_color"),
        details("jacket", "mandarin collar, wooden buttons, two welt pockets and a chest pocket"),
        wearing("He is wearing a blue jacket over a white shirt.", who="he"),
        title="Fabindia Men Blue Linen Nehru Jacket",
        category="Nehru Jackets",
        color="Blue",
        gender="Men",
    ),
]
