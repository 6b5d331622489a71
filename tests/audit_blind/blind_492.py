"""BLIND_492 (46 products; Myntra men's shirts, t-shirts, polos, jeans, trousers, shorts, jackets on models): written
blind in the forty-ninth session. Measured blind at 710b8e0 (the session's rules as they stood): 107/123 failures
found (87.0%) and 4/154 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra men's catalog feed: casual and formal shirts (solid, checked,
striped, printed, denim, linen), t-shirts and polos (solid, graphic, colour-blocked, henley, tipped collars), jeans,
chinos, formal trousers and cargos, shorts (chino, cargo, denim, camouflage) and jackets (bomber, denim, padded,
suede, faux leather, utility), every one photographed on a male model who wears other clothes with it (a t-shirt
under a jacket, a shirt over the jeans, shorts under a polo), mostly on studio backdrops, a few in front of a brick,
red or white wall, a window, a plant or a beach print. Each row has the seller's title, category, color and gender;
one misses the color and one the gender, as real feeds do. The questions are the experiments' own ("What is he
wearing?", "What is the color of the shirt / jeans / pants / shorts?", "What is the shirt color?", "Describe the
shirt.", "What are the shirt / jeans / pants / shorts details?") plus enrich's closed garment_type, color, pattern,
sleeve_length, the material question and the VQA data's yes/no "Is this a ...?".

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a man in a ...")
unless the comment says the caption adapter wrote them (epoch 1: `Data2_V2_BLIP2_Finetune_Caption_First_Epoch`,
which sometimes opens with a base-like phrase before falling into the DeepFashion template; epoch 3:
`Data2_V2_Blip2_Finetune_Caption`, the pure template, "The gentleman wears a long-sleeve shirt with pure color
patterns ..."). Following CONTEXT.md (the base answers short questions best, the caption adapter gives richer
"details"), the open questions come from the base model, except some "Describe the shirt." / details questions and
one "What is the shirt color?" that the caption adapter answered (the comment says which), and some free-form color
questions that the VQA adapter (`Data3_V3_BLIP2_VQA`) answered (stored open). Both adapters were trained with no
end-of-answer token, so their texts run to the limit (50 new tokens for captions, 30 for answers) and carry
hit_limit=True; the caption adapter returns its template to any question, the VQA adapter repeats its answer or runs
on into the next "Question: ... Answer:" of its training format. The base model stops on its own (never hit_limit).
The closed questions (garment_type, color, pattern, sleeve_length, the closed per-piece colors and "Is this a ...?")
are enrich's `--engine reference` answers chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or sky blue; grey for charcoal or grey
  melange; beige, brown or cream for khaki and beige; green for olive and teal; red for maroon; yellow for mustard;
  brown or orange for rust; light blue for a light wash. "navy" for navy blue and "olive" for olive are exact.
- Garment synonyms are correct: shirt for a t-shirt in the wearing answer, pants for chinos, trousers or cargos,
  t-shirt or polo shirt for a polo collar t-shirt, jacket for a bomber, trucker, padded or utility jacket, plaid or
  checkered for checked, camouflage for camo, hawaiian for a tropical print, tank top for a vest.
- The color of another piece the model wears (the t-shirt under a jacket, the tee over the jeans, the jacket over the
  tee) given as this product's or that piece's color is other_garment_color; this includes the base model's "one
  color for every garment" (black jeans under a black t-shirt when the jeans are blue). A color that no piece of the
  outfit has, a trim or print color given as the garment's color (navy tipping on a white polo, the red print on a
  grey tee, the green leaves on a yellow shirt), the color of the wall behind the model (white for a sky blue shirt
  by a white wall) and wrong shades (mustard as orange) are contradiction.
- A wrong closed garment_type (shirt for trousers, jeans for denim shorts), "no" to "Is this a polo shirt?" for a
  polo, a wrong pattern (checked as striped, colour-blocked as striped) are contradiction.
- Invented details not in the photo (a button-down collar on a mandarin collar, a hood, a drawstring, words in a
  graphic print) are unsupported; so is a material neither named in the title nor visible (leather for a nylon
  bomber, wool for plain formal trousers). A material the title names (linen, denim, suede, faux leather as
  "leather", cotton) is correct.
- Caption adapter texts: one that repeats a sentence or clause of the template is loop; one that stops
  mid-sentence without repeating is cut, even where it also invents "cotton fabric" or an accessory (one kind per
  text). Where the template itself misnames the garment, the length or the pattern (long pants for shorts, pure
  color for a striped shirt, short-sleeve for a full-sleeve henley) that is what the auditor sees first:
  contradiction, hit_limit kept. "The lady" for a male model in an adapter caption is pronoun, hit_limit kept. The
  template returned for "What is the shirt color?" gives no color at all: non_answer, hit_limit kept.
- VQA adapter texts: a repeated color ("green green green ...", "orange-orange-...") is loop; one that runs on into
  "Question: ... Answer: ..." is leak, even where its first word is right.
- Base texts that run on into "Question: ... Answer: ..." are leak; an empty answer, "none", "they are shorts" for
  the shorts' details, "the shirt details" and "the details of the shirt" are non_answer; "the shirt is a shirt" for
  "Describe the shirt.", "they are blue jeans" for the jeans' details and the garment's name (with or without its
  color: "pants", "grey t-shirt") for the material question are restated; a base answer stopped early ("the shirt
  has a", "it is made of", "a t-shirt and") is cut without hit_limit; "she" or "a woman" for a male model is pronoun.
- The experiments' color questions about the other piece (the color of the shirt for a jeans product) are answered
  about that piece; the right color of that piece is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

shirt_color = question("shirt_color", "What is the shirt color?", "open")

HE = "he"

BLIND_492 = [
    # photo: model in a navy blue and white checked full-sleeve casual shirt, untucked, with beige chinos, white
    # studio backdrop, front view. caption, details: caption adapter (epoch 3)
    case(
        "X492-001",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt and khaki pants", who=HE),
        color_of("shirt", "navy"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        B.pattern("checked"),
        B.garment_type("shirt"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Navy Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a plain black round-neck half-sleeve t-shirt and mid-blue jeans, grey studio backdrop.
    # all texts: base model and reference engine
    case(
        "X492-002",
        caption("a man in a black t-shirt and jeans standing in front of a grey wall"),
        wearing("a black t-shirt and blue jeans", who=HE),
        color_of("shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves"),
        B.material("cotton"),
        describe(
            "shirt",
            "it is a black t-shirt with a white logo on the chest",
            "unsupported",
        ),
        title="HRX by Hrithik Roshan Men Black Solid Cotton Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white full-sleeve formal shirt tucked into charcoal trousers, light blue backdrop, front view.
    # description, details: caption adapter (epoch 1)
    case(
        "X492-003",
        caption("a man in a white shirt and grey pants"),
        describe(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        B.color("white"),
        B.garment_type("shirt"),
        is_a("polo shirt", "no"),
        wearing("he is wearing a white shirt and a black tie", "unsupported", who=HE),
        title="Van Heusen Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in an olive green polo collar t-shirt with white chinos, white studio backdrop.
    # color of the shirt and of the pants: VQA adapter (free-form, stored open)
    case(
        "X492-004",
        caption("a man in a green polo shirt and white pants"),
        color_of(
            "shirt",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "white. Question: What is the color of the shirt? Answer: white. Question: What is the color of the "
            "pants? Answer: white.",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        B.color("olive"),
        describe(
            "shirt",
            "it is a green polo shirt with a collar Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        title="U.S. Polo Assn. Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in mid-blue slim jeans with a plain white t-shirt tucked in at the front, white backdrop,
    # photo framed from chest to feet. all texts: base model and reference engine
    case(
        "X492-005",
        caption("a man in blue jeans and a white t-shirt"),
        color_of("jeans", "blue", kind="open"),
        details("jeans", "they are blue jeans", "restated"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        B.material("blue jeans", "restated"),
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black nylon bomber jacket, zipped half open over a grey t-shirt, black jeans, grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X492-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and a grey shirt", who=HE),
        color_of("shirt", "grey", kind="open"),
        B.garment_type("jacket"),
        B.color("black"),
        B.material("leather", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Men Black Solid Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in khaki slim chinos with a white shirt tucked in and a brown leather belt, white backdrop.
    # all texts: base model and reference engine
    case(
        "X492-007",
        caption("a man wearing a white shirt and khaki pants"),
        color_of("pants", "brown", kind="open"),
        color_of("shirt", "white", kind="open"),
        details("pants", "the pants are khaki with a brown belt"),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        wearing("she is wearing a white shirt and khaki pants", "pronoun", who=HE),
        title="Highlander Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a light blue full-sleeve denim shirt, buttoned, with black jeans, in front of a red brick wall.
    # description: caption adapter (epoch 1)
    case(
        "X492-008",
        caption("a man in a denim shirt standing in front of a brick wall"),
        wearing(
            "a blue denim shirt and black jeans Question: what is the color of the shirt? Answer: blue",
            "leak",
            who=HE,
        ),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        B.material("denim"),
        describe(
            "shirt",
            "a man wearing a denim shirt. The shirt is with denim fabric and pure color patterns. It has a lapel "
            "neckline. The shirt is with denim fabric",
            "loop",
            hit_limit=True,
        ),
        title="WROGN Men Blue Slim Fit Solid Casual Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a grey melange round-neck t-shirt with a large red "NYC 1987" print on the chest, blue jeans,
    # white backdrop. details: caption adapter (epoch 3)
    case(
        "X492-009",
        caption("a man wearing a grey t-shirt with a red print"),
        color_of("shirt", "red", "contradiction", kind="open"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid", "contradiction"),
        B.color("grey"),
        B.material("grey t-shirt", "restated"),
        title="Roadster Men Grey Melange Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in navy blue knee-length chino shorts and a plain white t-shirt, white sneakers, white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X492-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        B.garment_type("shorts"),
        is_a("pair of shorts", "yes"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        title="Roadster Men Navy Blue Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a red and black buffalo-checked flannel shirt with two chest pockets, worn open over a black
    # t-shirt, blue jeans, grey backdrop. details: caption adapter (epoch 3)
    case(
        "X492-011",
        caption("a man in a red and black plaid shirt"),
        wearing("a red and black plaid shirt over a black t-shirt and blue jeans", who=HE),
        color_of("shirt", "red"),
        describe("shirt", "it is a red and black plaid shirt with a pocket on the chest"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves"),
        details(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        title="HIGHLANDER Men Red & Black Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a beige linen full-sleeve shirt with a mandarin (band) collar, white trousers, standing next to
    # a potted plant, off-white backdrop. all texts: base model and reference engine
    case(
        "X492-012",
        caption("a man in a beige shirt standing next to a plant"),
        describe("shirt", "it is a beige shirt with a button down collar", "unsupported"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        B.material("linen"),
        B.garment_type("shirt"),
        details("shirt", "the details of the shirt", "non_answer"),
        title="Mast & Harbour Men Beige Linen Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a white polo collar t-shirt with navy tipping on the collar and sleeve hems, grey shorts,
    # white backdrop. description: caption adapter (epoch 3)
    case(
        "X492-013",
        caption("a man in a white polo shirt and grey shorts"),
        wearing("a white polo shirt with blue stripes on the collar", who=HE),
        color_of("shirt", "navy", "contradiction"),
        is_a("polo shirt", "yes"),
        B.color("white"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        title="U.S. Polo Assn. Men White Solid Polo Collar T-shirt with Tipping",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in black slim jeans and an olive green crew-neck t-shirt, grey backdrop.
    # details: caption adapter (epoch 3)
    case(
        "X492-014",
        caption("a man in a black t-shirt and black jeans", "other_garment_color"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        color_of("shirt", "green", kind="open"),
        B.garment_type("jeans"),
        wearing(
            "a green shirt and black jeans Question: what is the color of the jeans? Answer: black",
            "leak",
            who=HE,
        ),
        title="Flying Machine Men Black Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: long-haired male model in a mustard yellow round-neck t-shirt and blue jeans, white backdrop.
    # all texts: base model and reference engine
    case(
        "X492-015",
        caption("a woman in a yellow t-shirt and jeans", "pronoun"),
        wearing("a yellow t-shirt and blue jeans", who=HE),
        color_of("shirt", "yellow"),
        B.color("orange", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe("shirt", "it is a yellow t-shirt with a pocket", "unsupported"),
        title="Roadster Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in charcoal grey formal trousers with a white shirt tucked in and a black belt, grey backdrop,
    # plain matte fabric. all texts: base model and reference engine
    case(
        "X492-016",
        caption("a man in a white shirt and grey pants"),
        color_of("pants", "grey"),
        details(
            "pants",
            "the pants are grey with a black belt Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        B.garment_type("shirt", "contradiction"),
        B.material("wool", "unsupported"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        title="Louis Philippe Men Charcoal Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a mid-blue denim trucker jacket over a plain white t-shirt, black jeans, white backdrop.
    # caption, details: caption adapter (epoch 1)
    case(
        "X492-017",
        caption(
            "a man wearing a denim jacket. The jacket is with denim fabric and pure color patterns. It has a lapel "
            "neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket and a white shirt", who=HE),
        color_of("shirt", "white", kind="open"),
        B.color("blue"),
        B.garment_type("jacket"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Blue Solid Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a white shirt with navy vertical stripes, full sleeves, navy chinos, light grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X492-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shirt", "blue and white", kind="open"),
        B.pattern("striped"),
        describe("shirt", "it is a blue and white striped shirt"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Men White & Navy Blue Regular Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a rust (orange-brown) oversized round-neck t-shirt with black joggers, white backdrop.
    # color of the shirt: VQA adapter (free-form, stored open)
    case(
        "X492-019",
        caption("a man in an orange t-shirt"),
        color_of(
            "shirt",
            "orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange-orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a t-shirt and", "cut", who=HE),
        B.color("brown"),
        B.garment_type("t-shirt"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        title="DILLINGER Men Rust Solid Oversized T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: model in grey cargo shorts with side flap pockets and a black t-shirt, white backdrop.
    # all texts: base model and reference engine
    case(
        "X492-020",
        caption("a man in a black shirt and grey shorts"),
        wearing("a black t-shirt and grey cargo shorts", who=HE),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "they have pockets on the side"),
        B.garment_type("shorts"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Roadster Men Grey Solid Cargo Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in light blue skinny jeans ripped at both knees, white shirt untucked, white backdrop.
    # all texts: base model and reference engine
    case(
        "X492-021",
        caption("a man in ripped jeans and a white shirt"),
        color_of("jeans", "light blue", kind="open"),
        details(
            "jeans",
            "they are ripped at the knees Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        B.garment_type("jeans"),
        B.material("jeans", "restated"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        title="Mast & Harbour Men Blue Skinny Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a teal blue polo collar t-shirt with beige chinos, white backdrop. (the feed has no color)
    # caption, details: caption adapter (epoch 3)
    case(
        "X492-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        is_a("polo shirt", "yes"),
        B.sleeve_length("short sleeves"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Men Teal Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: model in a black full-sleeve shirt with small white polka dots, black jeans, grey backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X492-023",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton "
            "fabric.",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        describe("shirt", "it is a black shirt with white polka dots"),
        B.pattern("printed"),
        details("shirt", "it has white dots and a pocket on the chest", "unsupported"),
        title="HERE&NOW Men Black & White Slim Fit Printed Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a navy blue padded puffer jacket, zipped open over a grey hoodie, black jeans, white backdrop.
    # all texts: base model and reference engine
    case(
        "X492-024",
        caption("a man in a blue puffer jacket"),
        wearing("a blue jacket and a gray hoodie", who=HE),
        color_of("jacket", "navy"),
        B.material("it is made of", "cut"),
        B.garment_type("jacket"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a plain white round-neck t-shirt and black trousers, standing in front of a red painted wall.
    # all texts: base model and reference engine
    case(
        "X492-025",
        caption("a man in a white t-shirt standing in front of a red wall"),
        color_of("shirt", "white", kind="open"),
        wearing("a white t-shirt and black pants", who=HE),
        B.color("white"),
        describe("shirt", "it is a plain white t-shirt with a round neck"),
        B.garment_type("t-shirt"),
        title="HRX by Hrithik Roshan Men White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a maroon full-sleeve henley t-shirt (three-button placket) and blue jeans, white backdrop.
    # description, details: caption adapter (epoch 3)
    case(
        "X492-026",
        caption("a man in a red shirt and jeans"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.color("maroon"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in olive green camouflage printed knee-length shorts and a black t-shirt, white backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X492-027",
        caption(
            "a man wearing camouflage shorts. The shorts are with cotton fabric and pure color patterns. The "
            "gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "contradiction",
            hit_limit=True,
        ),
        color_of("shorts", "green", kind="open"),
        details("shorts", "camouflage"),
        B.pattern("printed"),
        B.color("black", "other_garment_color"),
        B.garment_type("pants", "contradiction"),
        title="Roadster Men Olive Green Camouflage Printed Regular Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a pink full-sleeve formal shirt tucked into navy trousers, office backdrop with a desk.
    # description: caption adapter (epoch 1)
    case(
        "X492-028",
        caption("a man in a pink shirt and blue pants"),
        wearing("she is wearing a pink shirt", "pronoun", who=HE),
        color_of("shirt", "pink", kind="open"),
        color_of("pants", "navy"),
        B.garment_type("shirt"),
        describe(
            "shirt",
            "a man wearing a pink shirt. The shirt is with cotton fabric and pure color patterns. It has a lapel "
            "neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        title="Peter England Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in mid-blue straight jeans with a red and white checked shirt tucked in, white backdrop.
    # caption, details: caption adapter (epoch 1)
    case(
        "X492-029",
        caption(
            "a man in a red and white checked shirt and blue jeans. The shirt is with cotton fabric and lattice "
            "patterns. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "red", kind="open"),
        B.color("red", "other_garment_color"),
        details(
            "jeans",
            "The pants are with denim fabric and pure color patterns. The pants are with denim fabric and pure color "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a colour-blocked round-neck t-shirt, black body with white sleeves, black jeans, grey backdrop.
    # all texts: base model and reference engine
    case(
        "X492-030",
        caption("a man in a black and white t-shirt"),
        wearing("a black and white shirt and black pants", who=HE),
        describe("shirt", "it is a black t-shirt with white sleeves"),
        B.color("black"),
        B.pattern("striped", "contradiction"),
        details("shirt", "none", "non_answer"),
        title="Roadster Men Black & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a brown suede trucker jacket (no hood, point collar) over a white t-shirt, blue jeans,
    # white backdrop. caption: caption adapter (epoch 3)
    case(
        "X492-031",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown jacket with a hood", "unsupported", who=HE),
        B.material("suede"),
        color_of("shirt", "white", kind="open"),
        B.color("brown"),
        color_of("jeans", "brown", "other_garment_color", kind="open"),
        title="Roadster Men Brown Solid Suede Trucker Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: model in navy blue formal trousers and a light blue full-sleeve shirt tucked in, white backdrop.
    # caption: caption adapter (epoch 3)
    case(
        "X492-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "navy"),
        color_of("shirt", "blue", kind="open"),
        B.garment_type("shirt", "contradiction"),
        details("pants", "", "non_answer"),
        B.material("pants", "restated"),
        title="Arrow Men Navy Blue Tapered Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a yellow half-sleeve shirt printed with green palm leaves and pink hibiscus flowers, white
    # shorts, in front of a beach backdrop print. all texts: base model and reference engine
    case(
        "X492-033",
        caption("a man in a yellow hawaiian shirt on the beach"),
        describe("shirt", "it is a yellow shirt with palm trees and flowers"),
        color_of("shirt", "green", "contradiction", kind="open"),
        B.pattern("floral"),
        B.sleeve_length("long sleeves", "contradiction"),
        wearing(
            "a yellow shirt with flowers and white shorts and sunglasses",
            "unsupported",
            who=HE,
        ),
        title="HIGHLANDER Men Yellow Regular Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in a plain navy blue polo collar t-shirt with a two-button placket, blue jeans, white backdrop.
    # description: caption adapter (epoch 3)
    case(
        "X492-034",
        caption("a man in a blue polo shirt and jeans"),
        details("shirt", "it has a collar and two buttons"),
        is_a("polo shirt", "no", "contradiction"),
        B.color("navy"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Tommy Hilfiger Men Navy Blue Solid Polo Collar Slim Fit T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in olive green cargo trousers with side pockets and a black t-shirt, white backdrop.
    # color of the pants and of the shirt: VQA adapter (free-form, stored open)
    case(
        "X492-035",
        caption("a man in a black t-shirt and green cargo pants"),
        color_of(
            "pants",
            "olive green olive green olive green olive green olive green olive green olive green olive green olive "
            "green olive",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.color("black", "other_garment_color"),
        wearing("a black t-shirt and green pants", who=HE),
        title="Roadster Men Olive Green Regular Fit Solid Cargos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a white oversized t-shirt with a large black skull graphic (no lettering) on the chest, black
    # jeans, grey backdrop. all texts: base model and reference engine
    case(
        "X492-036",
        caption("a man in a white t-shirt with a skull on it"),
        describe(
            "shirt",
            "it is a white t-shirt with a black skull and the words rock and roll",
            "unsupported",
        ),
        color_of("shirt", "black", "contradiction"),
        B.pattern("graphic"),
        wearing("he is wearing a white t-shirt with a skull", who=HE),
        title="Bewakoof Men White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in khaki chino shorts (above the knee) and a white polo collar t-shirt, white backdrop.
    # caption, details: caption adapter (epoch 3); color of the shirt: VQA adapter (free-form, stored open)
    case(
        "X492-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "beige"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        color_of(
            "shirt",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Highlander Men Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a black faux leather biker jacket with an asymmetric zip, over a black t-shirt, blue jeans,
    # grey backdrop. all texts: base model and reference engine
    case(
        "X492-038",
        caption("a man wearing a black leather jacket"),
        wearing("a black leather jacket, black t-shirt and blue jeans", who=HE),
        B.material("leather"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        B.garment_type("jacket"),
        details("jacket", "it has a zipper and a belt", "unsupported"),
        title="Roadster Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a sky blue full-sleeve cotton oxford shirt, grey trousers, standing by a window, white wall.
    # details: caption adapter (epoch 1)
    case(
        "X492-039",
        caption("a man in a blue shirt standing by a window"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "contradiction"),
        B.material("cotton"),
        title="Mast & Harbour Men Blue Solid Pure Cotton Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in light grey faded slim jeans and a navy blue crew-neck t-shirt, white backdrop.
    # color of the shirt: VQA adapter (free-form, stored open)
    case(
        "X492-040",
        caption("a man in a blue shirt and grey jeans"),
        color_of("jeans", "blue", "other_garment_color"),
        color_of(
            "shirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jeans", "they are slim fit with a faded wash"),
        B.garment_type("jeans"),
        B.material("the jeans are made of", "cut"),
        title="Roadster Men Grey Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a green and white gingham-checked full-sleeve shirt and blue jeans, white backdrop.
    # (the feed has no gender) color of the shirt: VQA adapter (free-form, stored open);
    # description: caption adapter (epoch 3)
    case(
        "X492-041",
        caption("a man in a green and white checkered shirt"),
        color_of(
            "shirt",
            "green. Question: What cloth is the person wearing? Answer: blouse. Question: Is this a blouse? Answer: "
            "yes. Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        wearing("a green shirt and jeans", who=HE),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men Green & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # photo: model in blue washed denim shorts with rolled-up hems and a button fly (no drawstring), white sleeveless
    # vest, white backdrop. all texts: base model and reference engine
    case(
        "X492-042",
        caption("a man in denim shorts and a white tank top"),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "they have a drawstring and rolled up hem", "unsupported"),
        B.garment_type("jeans", "contradiction"),
        B.material("denim"),
        wearing("she is wearing denim shorts and a white tank top", "pronoun", who=HE),
        title="Kook N Keech Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in an olive green utility jacket with four flap pockets, over a white t-shirt, beige chinos,
    # white backdrop. caption, details: caption adapter (epoch 1)
    case(
        "X492-043",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green jacket and white shirt", who=HE),
        B.color("green"),
        B.garment_type("shirt", "contradiction"),
        color_of("shirt", "green", "other_garment_color", kind="open"),
        details(
            "jacket",
            "The jacket is with cotton fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Men Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a navy blue half-sleeve shirt printed with small white leaves, beige chino shorts,
    # white backdrop. all texts: base model and reference engine
    case(
        "X492-044",
        caption("a man in a blue shirt with white leaves"),
        details("shirt", "the shirt has a", "cut"),
        color_of("shirt", "navy"),
        color_of("shorts", "white", "contradiction", kind="open"),
        B.pattern("printed"),
        wearing("a blue shirt and shorts", who=HE),
        title="HERE&NOW Men Navy Blue & White Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a beige self-design (textured) polo collar t-shirt and brown chinos, white backdrop.
    # shirt color: caption adapter (epoch 3)
    case(
        "X492-045",
        caption("a man in a beige polo shirt and brown pants"),
        shirt_color(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        color_of("pants", "beige", "other_garment_color", kind="open"),
        B.color("cream"),
        is_a("polo shirt", "yes"),
        details("shirt", "the shirt details", "non_answer"),
        title="Louis Philippe Sport Men Beige Self Design Polo Collar T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in dark blue straight jeans, a black bomber jacket open over a grey t-shirt, grey backdrop.
    # all texts: base model and reference engine
    case(
        "X492-046",
        caption("a man in a black jacket and jeans"),
        wearing("he is wearing a black jacket and blue jeans", who=HE),
        color_of("jeans", "blue"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        B.garment_type("jacket", "contradiction"),
        details("jeans", "the jeans are dark blue with a straight fit"),
        title="SPYKAR Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
]
