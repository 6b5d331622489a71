"""BLIND_273 (46 products; men's casual wear on models: tees, polos, shirts, sweatshirts, jackets, bottoms): written
blind in the forty-second session. Measured blind at d0333cd (the session's rules as they stood): 102/120 failures
found (85.0%) and 9/149 correct texts flagged (6.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's casual wear drawn at random: round-neck and graphic tees,
polos (filed under "Tshirts", as Myntra does), casual shirts (checked, striped, printed, linen, oxford), sweatshirts
and hoodies, jackets (bomber, denim, puffer, biker, overshirt, quilted gilet), jeans, chinos and cargo trousers,
shorts and track pants. Every photo is a model shot, so every product is worn with other garments (a tee under a
jacket, a shirt over chinos, a tee with the jeans being sold), against studio backdrops and a few colored walls,
brick walls and props. Each row has the seller's title, category, color and gender; a few miss the gender or the
color, as real feeds do. The default questionnaire, plus per-piece color questions, a fit and a neckline question.

Who wrote what: captions come either from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man
in a white t-shirt and blue jeans") or from the caption-only LoRA adapter of the original experiments (the
DeepFashion template, "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with
cotton fabric ..."). The adapter was trained with no end-of-answer token, so every adapter text runs to its limit
(50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its caption
template. Open questions (wearing, description, details, material, fit, neckline) come from the base model unless
the comment says the adapter answered them; the base model stops on its own and never has hit_limit. Closed
questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, green for olive, teal or sea green, yellow for
  mustard, red for maroon, orange for rust, grey for charcoal or grey melange, purple for lavender, beige or brown
  for khaki. Navy given as black and mustard given as orange (the reference engine does both) are contradiction.
- A color that belongs to another piece in the photo (the tee under the jacket, the jeans under the shirt, the shirt
  over the chinos, the hoodie's hood showing at a puffer's collar) given as the product's color is
  other_garment_color. A color that no garment has (the yellow or pink wall behind the model) or a trim's color (a
  polo's navy collar on a teal body, the red of a print on a black tee) given as the garment's color is
  contradiction. A base answer that repeats one color for two garments ("grey shirt and grey pants" for black and
  white, "grey jeans" under a grey sweatshirt for black jeans) is contradiction, and so is a color given to the
  other piece that it does not have ("blue pants" for the white chinos under a navy striped tee).
- Model shots of bottoms: the reference engine's garment_type naming the tee worn on top ("t-shirt" for jeans or
  track pants) is contradiction; the caption or wearing answer naming both pieces is correct.
- Garment synonyms are correct in open texts: hoodie for a hooded sweatshirt, sweater for a sweatshirt, sweatpants
  for joggers, plaid for checked, vest for a quilted sleeveless jacket, shirt for a tee in a wearing answer, jacket
  for an overshirt. The closed garment_type is held to its candidate: "shirt" for a henley tee is contradiction;
  "t-shirt" for a polo is correct where the seller's own title says "Polo Collar T-shirt"; "hoodie" for a hooded
  sweatshirt and "vest" for a gilet are correct.
- Sleeves: a rolled-up full sleeve is "long sleeves" (correct); "long sleeves" for a sleeveless gilet worn over a
  full-sleeve shirt is contradiction (the title says sleeveless), not other_garment_color.
- Materials: one the title names (linen, denim, flannel) is correct; a plausible guess for the fabric the photo shows
  (cotton for a tee or chinos, fleece for a sweatshirt, polyester for track pants, nylon for a puffer, leather for
  a biker jacket with a leather sheen) is correct; a material neither named nor visible (wool for a sweatshirt,
  leather for a bomber, suede for an overshirt, linen for chinos, denim for chinos) is unsupported.
- Invented items and details not in the photo (sunglasses, a cap, a watch on a covered wrist, a chest logo on a
  plain tee, rips on clean jeans, a hood on a crew-neck sweatshirt, a fur collar, a second pocket, text that is not
  the printed word) are unsupported.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut;
  the template returned for the material question is restated, even though it is also cut and names a fabric; the
  template answering "What is the person wearing?", "Describe the garment." or the details question does answer it,
  so those are cut or loop. "The lady wears ..." for a man is pronoun, with hit_limit kept (the auditor sees the
  wrong person first). Where the adapter names a shirt for a polo or adds "an accessory on his wrist" before it is
  cut, the cut is labelled (one kind per text).
- Base answers: a run-on into "Question: ... Answer: ..." (or one that opens by echoing the prompt) is leak even
  where the answer is right; an early stop ("it is made of", "the shorts have") is cut without hit_limit; a short
  repeated phrase ("pink flowers pink flowers ...") is loop; an empty answer, "the details of the t-shirt", "they are
  short", "the hoodie has details", "it is made of material" and "the garment is made of the garment" are
  non_answer; a question answered with the garment's name ("it's a polo shirt" for details, "a blue vest" or "it is a
  yellow t-shirt" for material, "they are shorts" for the description) or with the question itself is restated.
  "she" or "a woman" for a man is pronoun.
- A fully correct product is kept where BLIP-2 would plausibly get everything right (plain grey sweatshirt on a
  white backdrop); the mix leans to color errors because every shot holds two or three garments.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
fit = question("fit", "What is the fit of the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_273 = [
    # photo: man in a navy blue solid polo with white tipping on the collar, beige chinos, white studio backdrop, front.
    # adapter: none
    case(
        "X273-001",
        caption("a man wearing a navy polo shirt and khaki pants"),
        D.wearing("a blue polo shirt and blue jeans", "contradiction"),
        D.garment_type("polo shirt"),
        D.color("black", "contradiction"),
        D.details("white stripes on the collar"),
        D.material("cotton"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white round-neck tee with a black skull-and-roses print on the chest, blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X273-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a long pants. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt with a skull on it"),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a white t-shirt with a black skull and roses printed on the front"),
        D.material("it is made of material", "non_answer"),
        title="Men White Graphic Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a blue-and-white checked shirt with a chest pocket, sleeves rolled to the elbow, black jeans,
    # red brick wall behind. adapter: none
    case(
        "X273-003",
        caption("a man in a blue and white checkered shirt standing in front of a brick wall"),
        D.wearing("he is wearing a blue and white checkered shirt and blue jeans", "contradiction"),
        D.pattern("checked"),
        color_shirt("blue"),
        D.details("the sleeves are rolled up and there is a pocket on the chest"),
        color_jeans("black"),
        title="Men Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a grey melange pullover hoodie with drawstrings and a kangaroo pocket, black track pants, white
    # backdrop. caption: adapter
    case(
        "X273-004",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. He wears a long pants. The pants are "
            "with cotton fabric and pure color patterns. His sweater has long sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.wearing("a grey hoodie and grey pants", "contradiction"),
        D.details("the hoodie has details", "non_answer"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in mid-blue slim jeans with a light fade on the thighs, white tee, white sneakers, grey backdrop.
    # adapter: none
    case(
        "X273-005",
        caption("a man in a white t-shirt and blue jeans"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details("the jeans are faded"),
        D.material("denim"),
        title="Men Blue Slim Fit Mid-Rise Light Fade Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in an olive green bomber jacket (zipped half way, ribbed collar and cuffs) over a black tee, black
    # jeans, grey backdrop. adapter: none
    case(
        "X273-006",
        caption("a man in a green bomber jacket and black jeans"),
        D.wearing("a green jacket and a black shirt"),
        D.color("green"),
        color_jacket("black", "other_garment_color"),
        D.details("a zipper and ribbed cuffs"),
        D.material("leather", "unsupported"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a plain maroon round-neck tee, grey joggers, white backdrop. caption: adapter
    case(
        "X273-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a red t-shirt and grey pants"),
        D.color("maroon"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a maroon t-shirt with a round neck and a logo on the chest", "unsupported"),
        title="Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in beige slim chinos, white linen shirt half tucked in, brown loafers, white backdrop.
    # adapter: none
    case(
        "X273-008",
        caption("a man in a white shirt and beige pants"),
        color_pants("beige"),
        color_shirt("white"),
        D.color("white", "other_garment_color"),
        D.garment_type("trousers"),
        D.details("they are pants", "non_answer"),
        D.material("linen", "unsupported"),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: man in black track pants with white side taping and an elastic waistband, black tee, white sneakers,
    # white backdrop; short hair. adapter: none
    case(
        "X273-009",
        caption("a woman in black track pants and a black t-shirt", "pronoun"),
        D.garment_type("track pants"),
        D.pattern("solid"),
        D.details("white stripes on the side and an elastic waistband"),
        D.material("polyester"),
        D.wearing(
            "he is wearing a black t - shirt and black pants Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="Men Black Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue washed denim jacket (button front, two flap chest pockets) over a white hoodie, black
    # jeans, grey backdrop. caption: adapter
    case(
        "X273-010",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue denim jacket and blue jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("buttons on the front and two chest pockets"),
        is_a("hoodie", "no"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a mustard yellow polo with a two-button placket, blue jeans, white backdrop. adapter: none
    case(
        "X273-011",
        caption("a man in a yellow polo shirt and yellow jeans", "contradiction"),
        D.garment_type("t-shirt"),
        D.color("orange", "contradiction"),
        D.details("a collar with two buttons"),
        D.material("cotton"),
        title="Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a black-and-white vertical striped short-sleeve shirt, black trousers, white backdrop.
    # adapter: none
    case(
        "X273-012",
        caption("a man in a grey shirt and grey pants", "contradiction"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.wearing("a black and white striped shirt"),
        color_pants("grey", "contradiction"),
        D.description("a black and white striped shirt with a collar and buttons"),
        title="Men Black & White Striped Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy zip-through sweatshirt with a mock collar, open over a grey tee, blue jeans, white
    # backdrop. caption, wearing: adapter
    case(
        "X273-013",
        caption(
            "His sweater has long sleeves, cotton fabric and solid color patterns. It has a stand neckline. He wears a "
            "long pants. The pants are with denim fabric and solid color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "His sweater has long sleeves, cotton fabric and solid color patterns. His sweater has long sleeves, "
            "cotton fabric and solid color",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("blue"),
        D.details("a zipper on the front and a grey t-shirt underneath"),
        D.material("it is made of", "cut"),
        title="Men Navy Blue Solid Front-Open Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in olive cargo shorts with flap side pockets, white tee, white backdrop, cropped below the knees.
    # adapter: none
    case(
        "X273-014",
        caption("a man in a white shirt and green shorts"),
        color_shorts("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("they have pockets on the sides"),
        D.description("they are short", "non_answer"),
        D.wearing("she is wearing a white t-shirt and green shorts", "pronoun"),
        title="Men Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a red-and-black buffalo-check flannel shirt worn open over a black tee, black jeans, grey
    # backdrop. adapter: none
    case(
        "X273-015",
        caption("a man in a red and black plaid shirt"),
        D.pattern("checked"),
        D.color("red"),
        D.wearing("a red and black plaid shirt and a red t-shirt", "contradiction"),
        D.material("flannel"),
        D.details("red and black plaid red and black plaid red and black plaid", "loop"),
        title="Men Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white round-neck tee with a small chest pocket, light stone-wash jeans, in front of a pastel
    # pink wall. adapter: none
    case(
        "X273-016",
        caption("a man standing in front of a pink wall wearing a white t-shirt"),
        D.color("white"),
        D.wearing("a white t-shirt and blue jeans and a white t-shirt and blue jeans", "loop"),
        D.details("a pocket on the chest"),
        D.description("a pink t-shirt", "contradiction"),
        title="Men White Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a teal polo with a contrast navy collar and navy cuffs, grey chinos, white backdrop.
    # caption, material: adapter
    case(
        "X273-017",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel",
            "restated",
            hit_limit=True,
        ),
        D.color("navy", "contradiction"),
        D.garment_type("polo shirt"),
        D.wearing("a green polo shirt and grey pants"),
        title="Men Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in black skinny jeans (clean, no rips), grey crew sweatshirt, white sneakers, white backdrop.
    # adapter: none
    case(
        "X273-018",
        caption("a man wearing a grey sweatshirt and black jeans"),
        color_jeans("black"),
        D.color("grey", "other_garment_color"),
        D.details("the jeans are ripped at the knees", "unsupported"),
        D.wearing("a grey sweater and grey jeans", "contradiction"),
        is_a("pair of jeans", "yes"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: man in a rust orange hoodie with "BROOKLYN" printed in white across the chest, blue jeans, white
    # backdrop. adapter: none
    case(
        "X273-019",
        caption("a man in an orange hoodie with the word brooklyn on it"),
        D.color("orange"),
        D.pattern("printed"),
        D.details("the word brooklyn in white letters on the front"),
        D.description("an orange hoodie with the word new york on it", "unsupported"),
        D.wearing("an orange hoodie and orange pants", "contradiction"),
        title="Men Rust Orange Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a light blue linen shirt with a mandarin collar, long sleeves, white trousers, beige backdrop.
    # the feed row has no gender. caption, wearing: adapter
    case(
        "X273-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It has "
            "a stand",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.details("a mandarin collar and buttons down the front"),
        title="Men Blue Solid Linen Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: man in charcoal grey joggers with a drawstring and elastic ankle cuffs, white tee, grey backdrop.
    # adapter: none
    case(
        "X273-021",
        caption("a man in a white t-shirt and grey sweatpants"),
        D.garment_type("track pants"),
        D.color("grey"),
        color_pants("white", "other_garment_color"),
        D.details("elastic cuffs at the ankles and a drawstring"),
        D.material("it is made of cotton Question: What is the fit of the garment? Answer: slim", "leak"),
        title="Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in an oversized black tee with a large red-and-yellow anime girl print, black shorts, white
    # backdrop; no sunglasses. adapter: none
    case(
        "X273-022",
        caption("a man in a black t-shirt with a picture of a girl on it"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a picture of a woman on it"),
        D.material("the t-shirt is made of a t-shirt", "restated"),
        D.wearing(
            "he is wearing a black t-shirt with a picture of a girl on it and a pair of sunglasses", "unsupported"
        ),
        title="Men Black Anime Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white polo with a navy blue chest panel (colour-blocked), navy shorts, white backdrop.
    # caption: adapter
    case(
        "X273-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a short-sleeve T-shirt with color block patterns. The "
            "T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.pattern("colorblocked"),
        D.color("white"),
        color_shorts("navy"),
        D.details("it's a polo shirt", "restated"),
        D.wearing(
            "a white and blue shirt and blue shorts Question: What is the color of the shorts? Answer: blue", "leak"
        ),
        title="Men White & Navy Blue Colourblocked Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a plain light grey melange crew-neck sweatshirt with ribbed cuffs and hem, dark blue jeans,
    # white backdrop. adapter: none
    case(
        "X273-024",
        caption("a man in a grey sweater and blue jeans"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.sleeve_length("long sleeves"),
        D.details("ribbed cuffs and hem"),
        D.material("fleece"),
        title="Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in dark navy straight jeans, light blue full-sleeve shirt tucked in (cuffs buttoned over the wrists),
    # brown belt, white backdrop. adapter: none
    case(
        "X273-025",
        caption("a man in a blue shirt and blue jeans with a brown belt"),
        color_jeans("black", "contradiction"),
        color_shirt("blue"),
        D.wearing("he is wearing a blue shirt and blue jeans and a watch", "unsupported"),
        fit("straight"),
        D.details("the details of the jeans are the jeans", "non_answer"),
        title="Men Navy Blue Straight Fit Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a lavender button-down oxford shirt, white chinos, a potted plant beside him, white backdrop.
    # adapter: none
    case(
        "X273-026",
        caption("a man in a purple shirt standing next to a plant"),
        D.color("purple"),
        D.wearing("a blue shirt and white pants", "contradiction"),
        D.details("buttons on the collar"),
        D.material("cotton cotton cotton cotton cotton", "loop"),
        D.description("a purple shirt with a", "cut"),
        title="Men Lavender Solid Oxford Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: man in a black zipped puffer jacket with a grey hoodie's hood showing at the collar, black jeans, grey
    # backdrop. caption, details: adapter
    case(
        "X273-027",
        caption(
            "This man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. Its neckline "
            "is stand. The man wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("grey", "other_garment_color"),
        D.material("nylon"),
        D.details(
            "This man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. Its neckline "
            "is stand. The man",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Solid Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in blue washed denim shorts with frayed hems, white printed tee, white backdrop. adapter: none
    case(
        "X273-028",
        caption("a man in a white t-shirt and denim shorts"),
        color_shorts("white", "other_garment_color"),
        D.material("denim"),
        D.details("the shorts are frayed at the bottom"),
        D.garment_type("shorts"),
        D.wearing("she's wearing a white shirt and jean shorts", "pronoun"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a sea green long-sleeve henley tee with a three-button placket, black jeans, white backdrop.
    # adapter: none
    case(
        "X273-029",
        caption("a man in a green shirt with buttons"),
        D.sleeve_length("long sleeves"),
        D.garment_type("shirt", "contradiction"),
        D.color("green"),
        D.details("three buttons on the neck"),
        neckline("henley"),
        D.material("", "non_answer"),
        title="Men Sea Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: man in khaki relaxed cargo trousers with side pockets, black tee, black boots, grey backdrop.
    # caption: adapter
    case(
        "X273-030",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_pants("brown"),
        D.garment_type("trousers"),
        D.details("there are pockets on the side of the pants"),
        D.description("black pants with pockets", "contradiction"),
        D.wearing("a black t-shirt and khaki pants Question: What is the color of the shirt? Answer: black", "leak"),
        title="Men Khaki Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a navy short-sleeve shirt with white and pink tropical flowers, white shorts, in front of a
    # mustard yellow wall. adapter: none
    case(
        "X273-031",
        caption("a man in a floral shirt standing in front of a yellow wall"),
        D.pattern("floral"),
        D.color("yellow", "contradiction"),
        D.wearing("a blue shirt with flowers and white shorts"),
        D.description("a blue shirt with pink flowers"),
        D.details("pink flowers pink flowers pink flowers pink flowers", "loop"),
        title="Men Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a plain grey round-neck tee (no pocket), black jeans, white backdrop; the feed row has no color.
    # adapter: none
    case(
        "X273-032",
        caption("a man in a grey t-shirt and black jeans"),
        D.color("grey"),
        D.description("a grey t-shirt with a round neck and a pocket", "unsupported"),
        D.details("the details of the t-shirt", "non_answer"),
        D.material("cotton"),
        title="Men Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: man in a black leather-look biker jacket with zipped pockets, white tee, blue jeans, grey backdrop.
    # caption: adapter
    case(
        "X273-033",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black leather jacket", "pronoun"),
        D.color("black"),
        D.material("leather"),
        D.details("zippers on the sleeves and a fur collar", "unsupported"),
        is_a("jacket", "yes"),
        title="Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white full-sleeve slim shirt, blue jeans, white backdrop. adapter: none
    case(
        "X273-034",
        caption("a man in a white shirt and blue jeans"),
        D.color("blue", "other_garment_color"),
        color_shirt("white"),
        D.description(
            "a white shirt with buttons and a collar Question: What is the color of the jeans? Answer: blue", "leak"
        ),
        D.wearing("a white shirt and white jeans", "contradiction"),
        title="Men White Solid Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in navy track pants with a drawstring, red round-neck tee, bare head, white backdrop. adapter: none
    case(
        "X273-035",
        caption("a man in a red shirt and blue pants"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("red", "other_garment_color"),
        color_pants("navy"),
        D.details("the pants have a drawstring"),
        D.wearing("a red t shirt and blue track pants and a red cap", "unsupported"),
        title="Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in an olive hoodie with black raglan sleeves (colour-blocked), black joggers, white backdrop.
    # wearing: adapter
    case(
        "X273-036",
        caption("a man in a black hoodie and black pants", "contradiction"),
        D.pattern("solid", "contradiction"),
        D.color("green"),
        D.wearing(
            "His sweater has long sleeves, cotton fabric and color block patterns. He wears a long pants. The pants "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.description("a green hoodie with black sleeves"),
        D.material("cotton"),
        title="Men Olive Green & Black Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in light blue slim jeans with rips at both knees, black tee, white backdrop.
    # caption, material: adapter
    case(
        "X273-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_jeans("blue"),
        D.details("there are rips on the knees"),
        D.description("a pair of black jeans with holes", "contradiction"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men Blue Slim Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a yellow tee with a small embroidered logo on the left chest (no pocket), white shorts, white
    # backdrop. adapter: none
    case(
        "X273-038",
        caption("a man in a yellow shirt with a logo on it"),
        D.color("yellow"),
        D.details("a small logo on the chest and a pocket", "unsupported"),
        D.wearing("a yellow shirt and white shorts"),
        D.material("it is a yellow t-shirt", "restated"),
        D.description("a yellow t-shirt a yellow t-shirt a yellow t-shirt a yellow t-shirt", "loop"),
        title="Men Yellow Brand Logo Embroidered T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a beige overshirt (shacket) with two flap chest pockets, open over a white tee, black trousers,
    # white backdrop. adapter: none
    case(
        "X273-039",
        caption("a man wearing a beige jacket over a white shirt"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details(
            "two pockets on the chest and buttons Question: What material is the garment made of? Answer: cotton",
            "leak",
        ),
        D.material("it is made of suede", "unsupported"),
        D.wearing("he is wearing a jacket"),
        title="Men Beige Solid Overshirt Shacket",
        category="Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: man in grey-and-black checked shorts, plain grey tee, white backdrop. adapter: none
    case(
        "X273-040",
        caption("a man in a grey shirt and grey shorts"),
        D.pattern("checked"),
        color_shorts("grey"),
        D.description("they are shorts", "restated"),
        D.details("the shorts have", "cut"),
        D.wearing("a grey t-shirt and plaid shorts"),
        title="Men Grey Checked Casual Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: man seated on a wooden stool in a black crew-neck sweatshirt with a white space-agency style logo, blue
    # jeans, white backdrop; no hood. caption, wearing: adapter
    case(
        "X273-041",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.details("a white logo on the front"),
        D.description("a black sweatshirt with a white logo and a hood", "unsupported"),
        title="Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a mint green short-sleeve shirt with small white leaf prints, beige chinos, white backdrop; the
    # feed row has no gender. adapter: none
    case(
        "X273-042",
        caption("a man in a green shirt and khaki pants"),
        D.pattern("floral"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a pocket on the left side and buttons on the sleeves", "unsupported"),
        D.wearing("a green shirt and beige pants"),
        D.material("what material is the garment made of?", "restated"),
        title="Men Green Printed Casual Shirt",
        category="Shirts",
        color="Green",
    ),
    # photo: man in a navy quilted sleeveless gilet, zipped, over a white full-sleeve shirt, blue jeans, white
    # backdrop. adapter: none
    case(
        "X273-043",
        caption("a man in a blue vest and white shirt"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white", "other_garment_color"),
        D.details("quilted with a zipper"),
        D.material("a blue vest", "restated"),
        title="Men Navy Blue Solid Quilted Sleeveless Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a navy-and-white horizontal striped (breton) round-neck tee, white chinos, white backdrop.
    # caption, details: adapter
    case(
        "X273-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        D.wearing("a blue and white striped shirt and blue pants", "contradiction"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("the garment is made of the garment", "non_answer"),
        title="Men Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in light grey slim chinos, navy tee, white sneakers, wooden floor, three-quarter side view.
    # adapter: none
    case(
        "X273-045",
        caption("a man in a blue shirt and grey pants"),
        color_pants("blue", "other_garment_color"),
        D.garment_type("trousers"),
        D.wearing("a navy t-shirt and grey chinos"),
        D.material("denim", "unsupported"),
        D.details("question: what are the details of the garment? answer: the pants have pockets", "leak"),
        title="Men Grey Slim Fit Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a black zip-up hoodie worn open over a grey tee, black track pants, white backdrop.
    # adapter: none
    case(
        "X273-046",
        caption("a man in a black hoodie and black pants"),
        D.garment_type("hoodie"),
        D.color("grey", "other_garment_color"),
        D.wearing("a black hoodie"),
        D.details("a hood and a zipper and a zipper and a zipper and a zipper", "loop"),
        D.material("cotton Question: What", "leak"),
        title="Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
]
