"""BLIND_220 (46 products; men's DeepFashion In-shop model shots: tees, polos, shirts, sweaters, jackets, denim):
written blind in the fortieth session. Measured blind at 48beb31 (the session's rules as they stood): 97/116 failures
found (83.6%) and 6/141 correct texts flagged (4.3%). The writer's notes, verbatim:

Scenario: a DeepFashion In-shop style men's catalog: one model per photo on a plain white backdrop, mostly front
views (one back view), each product worn with other garments (a tee under a jacket, jeans under a sweater, a shirt
tucked into chinos). Categories follow the In-shop folders (Tees_Tanks, Shirts_Polos, Sweaters,
Sweatshirts_Hoodies, Jackets_Vests, Denim, Shorts, Pants); the seller's colors are free-form (Heather grey,
Navy-white, Olive camo, Stone, Ecru). Each row has title, category, color and gender; a few rows miss the gender.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
white shirt and blue pants") or from the caption-only LoRA adapter (the DeepFashion template, "The gentleman wears a
short-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The adapter has no trained end
token, so its texts run to the limit (50 new tokens for captions, 30 for answers) and carry hit_limit=True; asked a
question it returns its caption template. A few open answers come from the VQA adapter (also no end token: it
repeats its short answer, or runs on, until the limit, hit_limit=True); the comments say which. Every other open
answer is the base model's, which stops on its own and never has hit_limit. Closed questions (garment_type, color,
pattern, sleeve_length, the per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers, picked from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: grey for heather grey or charcoal (in open text), blue for navy,
  indigo, chambray or sky blue, red for burgundy, yellow for mustard, brown for tan, beige or khaki for stone,
  white for ecru, green for olive. The reference engine's "black" for charcoal, "brown" for olive and "orange" for
  mustard are contradiction.
- The color of another garment in the photo (the tee under the jacket, the jeans, the hoodie under the vest) given
  for the product or for a piece is other_garment_color; the color of a print, a stripe, a collar or a trim of the
  product itself given as its color is contradiction.
- Garment synonyms are correct: sweater for a sweatshirt or a cardigan, shirt for a henley or a polo in open text,
  pants for jeans or chinos, hawaiian shirt for a camp-collar print shirt, fur collar for sherpa, checkered for
  gingham. A vest answered "long sleeves" (the sleeves of the hoodie under it) is contradiction.
- Materials: one the title names or the photo plainly shows (denim, leather, corduroy, fleece, linen) is correct; a
  plausible guess on a plain-looking fabric (cotton on a tee, wool on a knit sweater, nylon or polyester on a puffer
  or windbreaker shell) is correct; a material neither named nor visible (cashmere, silk, leather on a cotton field
  jacket) is unsupported.
- Invented items (a hat, a pocket square, a hood or fur-lined hood on a hoodless jacket, a belt, a logo on a plain
  chest, a chest pocket on a back view, a button fly on a zip-fly pair, a red stripe on a navy-and-white tee) are
  unsupported.
- A vest called a jacket (caption) and a cardigan answered "no" to "Is this a cardigan?" are contradiction;
  "Is this a hoodie?" for a zip hoodie and "jacket" for a blazer are correct.
- Caption-adapter texts: a text that repeats a template sentence is loop; one that stops mid-sentence without
  repeating is cut, even where it names a wrong fabric (denim for wool trousers) before stopping; the template
  returned for the material question is restated. "The lady wears" for a man is pronoun (what the auditor sees
  first), hit_limit kept. VQA-adapter texts that repeat their phrase are loop; one that runs on without repeating
  and stops mid-phrase is cut.
- Base texts: running on into "Question: ... Answer: ..." is leak; an early stop ("it is made of") is cut without
  hit_limit; an empty answer, "the details of the jeans", "they are short" or "the pants are pants" is non_answer; a
  material question answered with the garment's name and color, or with the question back, is restated; "she" or
  "a woman" for a man is pronoun.
- Layered outfits described as seen ("a blue sweater over a white shirt", "a blue sweater with a white collar" where
  the shirt's collar shows) are correct; so are walls and backdrops named in captions.
- Per-piece color questions about another garment in the photo (the shirt worn with the chinos) are correct when
  they give that garment's own color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
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

neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_220 = [
    # photo: front view, model in a heather grey crew neck tee, dark blue jeans, white sneakers, white backdrop.
    # no adapter text
    case(
        "X220-001",
        caption("a man wearing a grey t - shirt and blue jeans"),
        D.wearing("a grey t - shirt and jeans"),
        B.garment_type("t-shirt"),
        B.color("grey"),
        B.sleeve_length("short sleeves"),
        color_of("jeans", "grey", "other_garment_color"),
        D.material("a grey t - shirt", "restated"),
        title="Heathered Crew Neck Tee",
        category="Tees_Tanks",
        color="Heather grey",
        gender="Men",
    ),
    # photo: front view, navy pique polo with white tipping on the collar and cuffs, khaki chinos, white backdrop.
    # caption: caption adapter
    case(
        "X220-002",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        B.color("blue"),
        is_a("polo shirt", "yes"),
        D.details(
            "a white collar, a white stripe on the sleeves and a logo on the chest",
            "unsupported",
        ),
        D.material("cotton"),
        title="Tipped Pique Polo",
        category="Shirts_Polos",
        color="Navy-white",
        gender="Men",
    ),
    # photo: front view, black washed denim trucker jacket (two flap chest pockets, no hood) open over a white tee,
    # black jeans, white backdrop. no adapter text
    case(
        "X220-003",
        caption("a man in a black denim jacket and white t - shirt"),
        D.wearing("a black jacket and a white shirt"),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        D.details("buttons on the front and two chest pockets with a hood", "unsupported"),
        D.material("denim"),
        title="Washed Denim Trucker Jacket",
        category="Jackets_Vests",
        color="Black",
        gender="Men",
    ),
    # photo: front view, red and navy plaid flannel shirt worn open over a grey tee, blue jeans, white backdrop.
    # caption and wearing: caption adapter
    case(
        "X220-004",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        B.pattern("plaid"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material("flannel"),
        title="Plaid Flannel Shirt",
        category="Shirts_Polos",
        color="Red-navy",
        gender="Men",
    ),
    # photo: front view, white oxford button-down shirt with one chest pocket, tucked into navy chinos, brown belt,
    # white backdrop. no adapter text
    case(
        "X220-005",
        caption("a man in a white shirt and blue pants standing in front of a white wall"),
        color_of("shirt", "white"),
        color_of("pants", "white", "other_garment_color"),
        D.description("a white button - down shirt with a pocket on the chest"),
        D.details(
            "the collar is buttoned down Question: What is the shirt made of? Answer: cotton",
            "leak",
        ),
        title="Oxford Button-Down Shirt",
        category="Shirts_Polos",
        color="White",
        gender="Men",
    ),
    # photo: front view, charcoal cable-knit crew neck sweater, mid-blue jeans, white backdrop.
    # caption: caption adapter; details: VQA adapter
    case(
        "X220-006",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweater and jeans"),
        B.color("grey"),
        B.pattern("solid"),
        D.material("wool"),
        D.details(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the collar, the",
            "loop",
            hit_limit=True,
        ),
        title="Cable Knit Crew Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view, khaki flat-front chino shorts, navy crew tee, white sneakers, white backdrop.
    # no adapter text
    case(
        "X220-007",
        caption("a man in a blue shirt and khaki shorts"),
        color_of("shorts", "blue", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        D.material("khaki shorts", "restated"),
        title="Flat Front Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: front view, black-and-white breton striped long-sleeve tee, black slim pants, white backdrop.
    # caption: caption adapter
    case(
        "X220-008",
        caption(
            "The gentleman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and black pants"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.color("black"),
        is_a("t-shirt", "yes"),
        title="Breton Stripe Long Sleeve Tee",
        category="Tees_Tanks",
        color="Black-white",
        gender="Men",
    ),
    # photo: front view, olive nylon bomber jacket zipped halfway over a black tee, black jeans, white backdrop.
    # no adapter text
    case(
        "X220-009",
        caption("a man wearing a green jacket and black jeans"),
        D.wearing("she is wearing a green jacket", "pronoun"),
        B.color("green"),
        D.material("nylon"),
        D.details("a zipper on the front and a fur lined hood", "unsupported"),
        title="Nylon Bomber Jacket",
        category="Jackets_Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, light-wash slim jeans, white crew tee untucked, white sneakers, white backdrop.
    # caption: caption adapter
    case(
        "X220-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers are of long length. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t - shirt and blue jeans", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the details of the jeans", "non_answer"),
        D.material("jeans", "restated"),
        title="Slim Fit Light Wash Jeans",
        category="Denim",
        color="Light blue",
        gender="Men",
    ),
    # photo: front view, burgundy fleece pullover hoodie (drawstrings, kangaroo pocket), grey sweatpants, white
    # backdrop. no adapter text
    case(
        "X220-011",
        caption("a woman in a red hoodie and grey sweatpants", "pronoun"),
        B.color("red"),
        B.garment_type("sweatshirt"),
        D.details("a hood with drawstrings and a kangaroo pocket"),
        D.material("fleece"),
        color_of("pants", "red", "other_garment_color"),
        title="Fleece Pullover Hoodie",
        category="Sweatshirts_Hoodies",
        color="Burgundy",
        gender="Men",
    ),
    # photo: front view, light blue chambray short-sleeve shirt, white chino shorts, white backdrop.
    # caption, wearing and material: caption adapter
    case(
        "X220-012",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The pants are of three-point",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        D.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Chambray Short Sleeve Shirt",
        category="Shirts_Polos",
        color="Light blue",
        gender="Men",
    ),
    # photo: front view, grey marl long-sleeve henley with a three-button placket, dark jeans, white backdrop.
    # no adapter text
    case(
        "X220-013",
        caption("a man wearing a grey shirt and jeans"),
        D.description(
            "a grey long sleeve shirt with buttons on the neck and a pocket on the chest",
            "unsupported",
        ),
        neckline("a henley neck with three buttons"),
        B.garment_type("t-shirt"),
        D.material("cotton"),
        D.details(
            "three buttons at the neck Question: What is the color of the shirt? Answer: grey",
            "leak",
        ),
        title="Long Sleeve Henley",
        category="Tees_Tanks",
        color="Grey",
        gender="Men",
    ),
    # photo: front view, navy unstructured two-button blazer (no pocket square) over a white dress shirt, grey
    # trousers, white backdrop. caption: caption adapter
    case(
        "X220-014",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman also wears an outer clothing, with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue blazer, a white shirt and grey pants"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        D.details("two buttons and a pocket square", "unsupported"),
        D.material("wool", "unsupported"),
        title="Unstructured Cotton Blazer",
        category="Jackets_Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: front view, black crew tee with a large white mountain graphic on the chest, black jeans, white
    # backdrop. no adapter text
    case(
        "X220-015",
        caption("a man wearing a black t - shirt with a white mountain on it"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        D.description("a black t - shirt with a picture of a", "cut"),
        D.material("", "non_answer"),
        title="Mountain Graphic Tee",
        category="Tees_Tanks",
        color="Black",
        gender="Men",
    ),
    # photo: front view, tan slim chinos, light blue oxford shirt tucked in, brown belt, white backdrop.
    # caption: caption adapter
    case(
        "X220-016",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "brown"),
        B.garment_type("pants"),
        wearing("a blue shirt and khaki pants", who="he"),
        details("pants", "they are long", "non_answer"),
        color_of("shirt", "blue"),
        title="Slim Stretch Chinos",
        category="Pants",
        color="Tan",
        gender="Men",
    ),
    # photo: front view, white ribbed tank top, grey jersey shorts, bare head, white backdrop.
    # no adapter text
    case(
        "X220-017",
        caption("a man in a white tank top and grey shorts"),
        B.sleeve_length("sleeveless"),
        B.garment_type("tank top"),
        D.wearing("a white tank top and a pair of grey shorts and a hat", "unsupported"),
        B.color("white"),
        D.material("a white tank top", "restated"),
        title="Ribbed Tank Top",
        category="Tees_Tanks",
        color="White",
        gender="Men",
    ),
    # photo: front view, dark indigo straight-leg rigid jeans, grey crew sweatshirt, white backdrop.
    # details: VQA adapter
    case(
        "X220-018",
        caption("a man in a grey sweater and grey jeans", "other_garment_color"),
        color_of("jeans", "blue"),
        wearing(
            "a man wearing a grey sweater and a pair of jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
            who="he",
        ),
        details(
            "jeans",
            "the jeans, the pockets, the zipper, the jeans, the pockets, the zipper, the jeans, the pockets, the "
            "zipper, the",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Straight Leg Rigid Jeans",
        category="Denim",
        color="Indigo",
        gender="Men",
    ),
    # photo: front view, light grey zip-front hoodie zipped halfway over a white tee, black joggers, white backdrop.
    # caption: caption adapter
    case(
        "X220-019",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        B.color("grey"),
        is_a("hoodie", "yes"),
        D.details("a hood and a zipper on the front"),
        D.description(
            "he is wearing a grey hoodie with a zipper and a logo on the chest",
            "unsupported",
        ),
        title="Zip Front Hoodie",
        category="Sweatshirts_Hoodies",
        color="Light grey",
        gender="Men",
    ),
    # photo: front view, blue-and-white gingham short-sleeve shirt, button-down collar, one chest pocket, khaki
    # shorts, white backdrop. no adapter text
    case(
        "X220-020",
        caption("a man in a blue and white checkered shirt and khaki shorts"),
        B.pattern("striped", "contradiction"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        D.description("a blue and white checkered shirt with a button down collar and a pocket"),
        D.material("a blue and white shirt", "restated"),
        title="Gingham Short Sleeve Shirt",
        category="Shirts_Polos",
        color="Blue-white",
        gender="Men",
    ),
    # photo: front view, black faux-leather moto jacket (asymmetric zip, zipped cuffs, no belt) over a grey tee,
    # black jeans, white backdrop. caption: caption adapter
    case(
        "X220-021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket, black jeans and a black hat", "unsupported"),
        B.color("black"),
        D.material("leather"),
        D.details("zippers on the sleeves and a belt at the waist", "unsupported"),
        color_of("jacket", "grey", "other_garment_color"),
        title="Faux Leather Moto Jacket",
        category="Jackets_Vests",
        color="Black",
        gender="Men",
    ),
    # photo: front view, white classic-fit polo, two-button placket, navy shorts, white backdrop.
    # no adapter text
    case(
        "X220-022",
        caption("a man in a white polo shirt and blue shorts"),
        is_a("polo shirt", "yes"),
        B.color("blue", "other_garment_color"),
        D.details(
            "a collar with two buttons Question: What is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.wearing("a woman wearing a white polo shirt and blue shorts", "pronoun"),
        title="Classic Fit Polo",
        category="Shirts_Polos",
        color="White",
        gender="Men",
    ),
    # photo: front view, grey wool-blend dress trousers with a pressed crease and belt loops, white dress shirt
    # tucked in, white backdrop. caption: caption adapter; wearing: VQA adapter
    case(
        "X220-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The trousers are of long length. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "grey"),
        D.material("wool"),
        details("pants", "a crease down the front and a black belt", "unsupported"),
        wearing(
            "a white shirt and grey pants and a white shirt and grey pants and a white shirt and grey pants and a "
            "white",
            "loop",
            who="he",
            hit_limit=True,
        ),
        title="Wool Blend Dress Pants",
        category="Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: front view, navy merino v-neck sweater over a white collared shirt (collar showing), grey chinos,
    # white backdrop. no adapter text
    case(
        "X220-024",
        caption("a man wearing a blue sweater over a white shirt"),
        B.color("blue"),
        B.garment_type("sweater"),
        neckline("a v - neck"),
        D.material("wool"),
        D.description("a blue sweater with a white collar"),
        title="Merino V-Neck Sweater",
        category="Sweaters",
        color="Navy",
        gender="Men",
    ),
    # photo: front view, green-and-brown camouflage cargo shorts, black crew tee, white backdrop.
    # no adapter text
    case(
        "X220-025",
        caption("a man in a black t - shirt and camouflage shorts"),
        color_of("shorts", "black", "other_garment_color"),
        B.pattern("camouflage"),
        details("shorts", "cargo pockets on the sides"),
        D.wearing(
            "he is wearing a black t - shirt and camouflage shorts Question: What is the color of the shorts? Answer: "
            "green",
            "leak",
        ),
        D.material("cotton"),
        title="Camo Cargo Shorts",
        category="Shorts",
        color="Olive camo",
        gender="Men",
    ),
    # photo: front view, mustard crew neck fleece sweatshirt, mid-blue jeans, white backdrop.
    # caption and material: caption adapter; description: VQA adapter
    case(
        "X220-026",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        D.wearing("a yellow sweatshirt and jeans"),
        D.description(
            "a yellow sweatshirt with a round neckline and long sleeves and ribbed cuffs and a ribbed hem and a yellow "
            "sweatshirt with a round",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Crew Neck Fleece Sweatshirt",
        category="Sweatshirts_Hoodies",
        color="Mustard",
        gender="Men",
    ),
    # photo: front view, dark blue western denim shirt (snap buttons, two chest pockets), black pants, white
    # backdrop. details: VQA adapter (cut, not a loop)
    case(
        "X220-027",
        caption("a man in a denim shirt and black pants"),
        color_of("shirt", "black", "other_garment_color"),
        B.garment_type("shirt"),
        D.details(
            "the shirt has snap buttons on the front and two pockets on the chest with flaps and the sleeves have snap "
            "buttons on the cuffs and the",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        B.sleeve_length("long sleeves"),
        title="Western Denim Shirt",
        category="Shirts_Polos",
        color="Dark blue",
        gender="Men",
    ),
    # photo: front view, black track pants with a white side stripe and elastic waist, grey tee, white backdrop.
    # no adapter text
    case(
        "X220-028",
        caption("a man in a grey t - shirt and black pants with a white stripe"),
        color_of("pants", "white", "contradiction"),
        details("pants", "a white stripe on the side and an elastic waist"),
        D.material("it is made of", "cut"),
        wearing("he is wearing a grey shirt and black pants", who="he"),
        title="Side Stripe Track Pants",
        category="Pants",
        color="Black",
        gender="Men",
    ),
    # photo: front view, light pink short-sleeve linen shirt, white chinos, white backdrop.
    # caption: caption adapter
    case(
        "X220-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing(
            "a man wearing a pink shirt and white pants Question: What is the man wearing? Answer: a pink shirt",
            "leak",
        ),
        B.color("pink"),
        D.material("linen"),
        color_of("pants", "pink", "other_garment_color"),
        title="Linen Short Sleeve Shirt",
        category="Shirts_Polos",
        color="Pink",
        gender="Men",
    ),
    # photo: front view, olive cotton field jacket (four flap pockets, zip and snap placket) open over a white tee,
    # blue jeans, white backdrop. no adapter text
    case(
        "X220-030",
        caption("a man in a green jacket standing in front of a white background"),
        D.wearing("a green jacket, a white t - shirt and blue jeans"),
        B.color("brown", "contradiction"),
        D.details("four pockets on the front and a", "cut"),
        D.material("leather", "unsupported"),
        title="Cotton Field Jacket",
        category="Jackets_Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, navy crew tee with a small chest pocket, white shorts, white backdrop.
    # no adapter text
    case(
        "X220-031",
        caption("a man in a blue shirt and white shorts"),
        B.garment_type("t-shirt"),
        B.color("blue"),
        D.details("a pocket on the chest"),
        D.description(
            "a man wearing a blue t - shirt and white shorts Question: What is he wearing? Answer: a blue t - shirt",
            "leak",
        ),
        title="Pocket Crew Tee",
        category="Tees_Tanks",
        color="Navy",
    ),
    # photo: front view, ecru shawl-collar cardigan with large buttons and two patch pockets, worn over a grey tee,
    # dark jeans, white backdrop. caption: caption adapter
    case(
        "X220-032",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and jeans"),
        B.color("grey", "other_garment_color"),
        is_a("cardigan", "no", "contradiction"),
        D.details("large buttons and two pockets on the front"),
        D.material("cashmere", "unsupported"),
        title="Shawl Collar Cardigan",
        category="Sweaters",
        color="Ecru",
        gender="Men",
    ),
    # photo: front view, black skinny jeans, white button-up shirt untucked, white backdrop.
    # details: VQA adapter
    case(
        "X220-033",
        caption("a man in a white shirt and blue jeans", "contradiction"),
        color_of("jeans", "black"),
        details(
            "jeans",
            "the jeans are black, the jeans are black, the jeans are black, the jeans are black, the jeans are "
            "black, the",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        wearing(
            "he is wearing a white shirt and jeans Question: What color are the jeans? Answer: black",
            "leak",
            who="he",
        ),
        title="Skinny Black Jeans",
        category="Denim",
        color="Black",
        gender="Men",
    ),
    # photo: front view, sky blue slim polo with a small embroidered logo on the chest, white shorts, white
    # backdrop. caption: caption adapter
    case(
        "X220-034",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a short-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        D.wearing("a light blue polo shirt and white shorts"),
        D.details("the shirt has details", "non_answer"),
        B.garment_type("polo shirt"),
        title="Slim Fit Polo",
        category="Shirts_Polos",
        color="Sky blue",
        gender="Men",
    ),
    # photo: front view, heather grey fleece joggers (drawstring waist, cuffed ankles), black hoodie, white
    # backdrop. wearing: VQA adapter
    case(
        "X220-035",
        caption("a man in a black hoodie and grey sweatpants"),
        color_of("pants", "grey"),
        details("pants", "a drawstring at the waist and", "cut"),
        D.wearing(
            "a black sweatshirt and grey pants, a black sweatshirt and grey pants, a black sweatshirt and grey pants, "
            "a",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Fleece Jogger Pants",
        category="Pants",
        color="Heather grey",
        gender="Men",
    ),
    # photo: front view, colorblock crew tee (white body, navy chest panel), blue jeans, white backdrop.
    # no adapter text
    case(
        "X220-036",
        caption("a man wearing a blue and white shirt and jeans"),
        B.pattern("striped", "contradiction"),
        B.color("white"),
        D.description("a blue and white t - shirt with a red stripe", "unsupported"),
        D.material("what is the shirt made of?", "restated"),
        title="Colorblock Crew Tee",
        category="Tees_Tanks",
        color="White-navy",
        gender="Men",
    ),
    # photo: front view, navy quilted puffer vest (stand collar, zip front) over a grey hoodie, black pants, white
    # backdrop. no adapter text
    case(
        "X220-037",
        caption("a man in a blue jacket and a grey hoodie", "contradiction"),
        B.garment_type("vest"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("grey", "other_garment_color"),
        D.material("polyester"),
        D.details("quilted with a zipper on the front"),
        title="Quilted Puffer Vest",
        category="Jackets_Vests",
        color="Navy",
        gender="Men",
    ),
    # photo: front view, stone relaxed cargo pants with side leg pockets, black tee, white backdrop.
    # caption: caption adapter
    case(
        "X220-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers are of long length. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "beige"),
        details("pants", "cargo pockets on the legs and a belt", "unsupported"),
        wearing("a black shirt and khaki pants", who="he"),
        describe("pants", "the pants are pants", "non_answer"),
        title="Relaxed Cargo Pants",
        category="Pants",
        color="Stone",
        gender="Men",
    ),
    # photo: front view, navy camp-collar short-sleeve shirt with a white hibiscus print, khaki shorts, white
    # backdrop. no adapter text
    case(
        "X220-039",
        caption("a man wearing a blue shirt with white flowers on it"),
        B.pattern("floral"),
        B.color("white", "contradiction"),
        D.wearing("a blue shirt with white flowers and white shorts", "contradiction"),
        D.details("a floral print and a camp collar"),
        D.material("silk", "unsupported"),
        title="Floral Print Camp Shirt",
        category="Shirts_Polos",
        color="Navy",
        gender="Men",
    ),
    # photo: front view, charcoal quarter-zip pullover sweater over a white tee, khaki chinos, white backdrop.
    # caption: caption adapter
    case(
        "X220-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a gray sweater and gray pants", "other_garment_color"),
        B.color("black", "contradiction"),
        D.details("a zipper at the neck"),
        D.material("a gray sweater", "restated"),
        title="Quarter Zip Pullover",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view, medium-wash denim shorts with rolled hems and a zip fly, white tee, white backdrop.
    # wearing: VQA adapter
    case(
        "X220-041",
        caption("a man in a white t - shirt and denim shorts"),
        color_of("shorts", "blue"),
        details("shorts", "rolled hems and a button fly", "unsupported"),
        B.garment_type("shorts"),
        wearing(
            "white shirt white shirt white shirt white shirt white shirt white shirt white shirt white shirt white "
            "shirt white",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.material("denim"),
        title="5-Pocket Denim Shorts",
        category="Denim",
        color="Medium blue",
        gender="Men",
    ),
    # photo: front view, black-and-grey colorblock hooded windbreaker zipped up, black pants, white backdrop.
    # no adapter text
    case(
        "X220-042",
        caption("a man in a black and grey jacket"),
        D.wearing("a black and gray jacket with a hood and black pants"),
        B.pattern("color block"),
        B.color("black"),
        D.material("nylon"),
        D.details("a hood with a drawstring and a zipper"),
        title="Colorblock Windbreaker",
        category="Jackets_Vests",
        color="Black-grey",
    ),
    # photo: back view, light grey slim v-neck tee, black jeans, white backdrop (neckline and front not visible).
    # no adapter text
    case(
        "X220-043",
        caption("the back of a man wearing a grey t - shirt and black jeans"),
        D.details("a v - neck and a chest pocket", "unsupported"),
        B.color("grey"),
        B.sleeve_length("short sleeves"),
        color_of("jeans", "grey", "other_garment_color"),
        title="Slim V-Neck Tee",
        category="Tees_Tanks",
        color="Grey",
        gender="Men",
    ),
    # photo: front view, red crew neck sweater with a white-and-navy fair isle yoke, blue jeans, white backdrop.
    # caption: caption adapter; description: VQA adapter
    case(
        "X220-044",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red sweater with a white pattern and jeans"),
        B.pattern("solid", "contradiction"),
        B.color("red"),
        D.material("wool"),
        D.description(
            "a red sweater with a white and blue pattern on the chest and shoulders and a red sweater with a white "
            "and blue pattern on",
            "loop",
            hit_limit=True,
        ),
        title="Fair Isle Crew Sweater",
        category="Sweaters",
        color="Red",
        gender="Men",
    ),
    # photo: front view, brown corduroy trucker jacket with a cream sherpa collar, buttoned, black hoodie hood
    # hanging out at the back, black jeans, white backdrop. no adapter text
    case(
        "X220-045",
        caption("a man wearing a brown corduroy jacket with a white fur collar"),
        B.color("white", "contradiction"),
        D.material("corduroy"),
        D.details("a fur collar and buttons down the front"),
        D.wearing("she is wearing a brown jacket", "pronoun"),
        is_a("jacket", "yes"),
        title="Corduroy Sherpa Trucker Jacket",
        category="Jackets_Vests",
        color="Brown",
        gender="Men",
    ),
    # photo: front view, navy long-sleeve rugby shirt with wide green hoops and a white collar, blue jeans, white
    # backdrop. caption: caption adapter
    case(
        "X220-046",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and green striped shirt and jeans"),
        B.pattern("striped"),
        B.color("white", "contradiction"),
        D.details("a white collar and buttons at the neck"),
        color_of("jeans", "blue"),
        D.material(
            "the rugby shirt is made of cotton and has a white collar Question: What is the pattern? Answer: striped",
            "leak",
        ),
        title="Striped Rugby Shirt",
        category="Shirts_Polos",
        color="Navy-green",
        gender="Men",
    ),
]
