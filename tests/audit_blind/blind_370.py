"""BLIND_370 (46 products; men's casual fast fashion: tees, polos, shirts, overshirts, jeans, chinos, jackets): written
blind in the forty-fifth session. Measured blind at 95e858e (the session's rules as they stood): 110/124 failures
found (88.7%) and 7/156 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: the English feed of a global fast-fashion site's men's casual range: crew-neck and graphic t-shirts, pique
polos, oxford, linen, flannel and resort shirts, overshirts (twill, corduroy, check), jeans in every wash and fit,
chinos, cargo pants, chino, cargo and denim shorts, hoodies, sweatshirts, bomber and denim jackets. Every photo is a
model shot on a plain studio backdrop (white, light grey, beige, pale blue), most front views, a few back views or
crops from the waist down; the model always wears a second garment (jeans or chinos under a top, a tee under a
jacket or with the bottoms), often three layers (a tee under an overshirt or a hoodie under a jacket). Each row has
the seller's title, category, color and gender; a few rows miss the color or the gender, as real feeds do. The
questionnaire is enrich's default one in English plus a fit question and per-piece color questions (the shirt, the
t-shirt, the pants, the jeans, the shorts, the jacket, the hoodie) and a few "Is this a ...?".

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a white
t-shirt and blue jeans") unless the comment says the caption adapter wrote them (the DeepFashion template, "The
gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. ..."). The adapter
has no end-of-answer token: every adapter text runs to its limit (50 new tokens for a caption, 30 for an answer),
carries hit_limit=True, and gives its template back to whatever it is asked. The open questions (wearing,
description, details, material) come from the base model unless the comment names the adapter; the base model stops
on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, fit, the
per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: right or
wrong, never looped and never cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, indigo, sky blue or light wash; grey for charcoal,
  melange or heather; beige or khaki for stone, sand or khaki; green for olive, khaki-green or forest; red for
  burgundy or maroon; yellow for mustard; white or cream for ecru and off white; brown for tan or camel. Navy read
  as black, mustard as orange or indigo denim as black is a contradiction.
- The color of another piece worn in the photo (the tee under the jacket, the jeans under the tee) given as the
  product's color (its color question or its own per-piece question) is other_garment_color. The product's color
  given to another piece ("red" pants under a red polo, "blue" jeans under a blue jacket when the jeans are black) is
  contradiction. The color of a print, of stripes or of a check given as the garment's color is contradiction (white
  for a navy-and-white striped tee, red for a white tee with a red rose). A wall color in a caption is correct when it
  is the backdrop's.
- Garment synonyms are correct: shirt for a t-shirt or a polo in an open answer, jacket or shirt for an overshirt,
  sweater for a sweatshirt, pants or trousers for chinos and cargo pants, jean jacket for a denim jacket, fur for a
  borg or sherpa collar, ripped for distressed. A closed garment_type or "Is this a ...?" that
  names a different class (jeans for denim shorts, "yes" to a t-shirt for a flannel shirt) is contradiction.
- Materials: one the title names, or denim for jeans and denim jackets, is correct; cotton or polyester as a plausible
  guess where the title names no fabric is correct; a material neither named nor visible (wool for a cotton
  sweatshirt, silk for a viscose resort shirt, leather for a nylon bomber) is unsupported.
- Details or items not in the photo (a chest pocket on a plain tee, a logo on a plain hoodie, a zipper on a pullover,
  a hood on a bomber, a back print on a front view, ripped knees on clean jeans, a belt on cargo shorts worn without
  one) are unsupported. Rolled sleeves on a long-sleeve shirt answered "short sleeves" is contradiction.
- Adapter texts: a text that starts the template over (repeats a sentence) is loop; one that stops mid-sentence
  without repeating is cut; the template given to the material question is restated even where it names a fabric.
  The template answering "What is the person wearing?", "Describe the garment." or the details question does answer
  them, so those are cut or loop. Where the adapter's template names the garment wrong (a "tank top" for a polo)
  the misnaming is labelled contradiction with hit_limit kept.
- A base answer that stops early on a dangling word ("it is made of", "a pair of blue jeans with a") is cut, without
  hit_limit. An empty answer, "there are no details", "the details of the shirt" and "the shirt is a shirt" are
  non_answer; a description or details answer that only names the garment with its color ("the shirt is pink", "a
  pair of shorts") is non_answer, and so is "it is made of material"; the material question answered with the
  garment's name and color ("blue jeans", "a yellow t-shirt") is restated.
- The base model sometimes repeats a phrase inside a short answer and then stops ("a collar and buttons and a
  collar"): loop, without hit_limit.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even when its first words are right.
- "she", "her" or "a woman" for the men's models is pronoun (all models are men; gender Men or missing).
- Fit: the reference engine's fit answer is judged against the title's fit (slim, skinny, regular, relaxed, straight,
  oversized); a different one is contradiction. Titles with no fit are not asked the fit question.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

fit = question("fit", "What is the fit of the garment?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tshirt = question("color_t-shirt", "What is the color of the t-shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")

BLIND_370 = [
    # photo: model in a plain white crew-neck t-shirt, untucked over mid-blue jeans, light grey backdrop, front view.
    # adapter: none
    case(
        "X370-001",
        caption("a man wearing a white t-shirt and white jeans", "contradiction"),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.material("cotton"),
        D.details("a white t-shirt with a pocket on the chest", "unsupported"),
        title="Men White Regular Fit Cotton Crew Neck T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a navy pique polo shirt, three white buttons at the placket, beige chinos, white backdrop.
    # caption: adapter
    case(
        "X370-002",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears long trousers. The trousers are with cotton fabric "
            "and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and khaki pants"),
        D.color("black", "contradiction"),
        is_a("polo shirt", "yes"),
        fit("slim"),
        D.details("the polo shirt has a collar and buttons and a collar", "loop"),
        title="Men Navy Slim Fit Pique Polo Shirt",
        category="Polo Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a plain black pullover hoodie (kangaroo pocket, white drawstrings), grey joggers, white
    # backdrop, front view. adapter: none
    case(
        "X370-003",
        caption("a man in a black hoodie and black pants", "contradiction"),
        D.wearing("a black hoodie with a white logo", "unsupported"),
        D.color("grey", "other_garment_color"),
        D.details("a hood, a front pocket and white drawstrings"),
        D.material("fleece"),
        title="Men Black Fleece Pullover Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in light-wash slim jeans with a plain white t-shirt worn untucked, grey backdrop, full length.
    # caption: adapter
    case(
        "X370-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears long denim pants. The gentleman wears a short-sleeve T-shirt "
            "with pure",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        fit("slim"),
        D.details("the jeans have ripped knees", "unsupported"),
        D.material("denim"),
        title="Men Light Blue Slim Fit Stretch Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in an olive cotton-twill overshirt (two flap chest pockets) worn open over a white t-shirt, black
    # jeans, beige backdrop. adapter: none
    case(
        "X370-005",
        caption("a man wearing a green jacket over a white t-shirt"),
        D.wearing("she is wearing a green jacket and black jeans", "pronoun"),
        D.color("green"),
        D.description("a green shirt with two pockets on the", "cut"),
        D.material("denim", "unsupported"),
        title="Men Olive Cotton Twill Overshirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a red and black buffalo-check flannel shirt, buttoned, long sleeves, blue jeans, white
    # backdrop. adapter: none
    case(
        "X370-006",
        caption("a man in a red and black plaid shirt"),
        D.wearing("a red and black flannel shirt and black jeans", "contradiction"),
        D.pattern("plaid"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Men Red Buffalo Check Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in khaki cargo pants (side cargo pockets) with a black t-shirt, grey backdrop, full length.
    # caption: adapter
    case(
        "X370-007",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. The man wears long pants. The pants are with cotton fabric and pure color patterns. The "
            "pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and khaki cargo pants"),
        D.color("black", "other_garment_color"),
        color_pants("beige"),
        D.details("the details of the pants", "non_answer"),
        title="Men Khaki Relaxed Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with ribbed cuffs and hem, blue jeans, white wall behind.
    # adapter: none
    case(
        "X370-008",
        caption("a man in a grey sweatshirt and jeans standing in front of a white wall"),
        D.wearing("she is wearing a grey sweater and blue jeans", "pronoun"),
        D.color("grey"),
        D.description("a grey sweatshirt with a crew neck and ribbed cuffs"),
        D.material("it is made of", "cut"),
        title="Men Grey Melange Crew Neck Sweatshirt",
        category="Hoodies & Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a mid-blue denim trucker jacket (flap chest pockets, metal buttons) over a white hoodie with
    # the hood out, black jeans, grey backdrop. adapter: none
    case(
        "X370-009",
        caption(
            "a man wearing a denim jacket, a white hoodie and white jeans",
            "contradiction",
        ),
        D.wearing("a blue denim jacket over a white hoodie"),
        D.color("white", "other_garment_color"),
        color_jacket("blue"),
        D.garment_type("jacket"),
        D.details(
            "the jacket has buttons and two pockets on the chest Question: what is the color of the jacket? Answer: "
            "blue",
            "leak",
        ),
        title="Men Mid Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in an olive nylon bomber jacket (zip front, ribbed collar, cuffs and hem, no hood) over a black
    # t-shirt, black jeans, white backdrop. caption: adapter
    case(
        "X370-010",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears long trousers. The trousers are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green bomber jacket with an orange lining", "unsupported"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.material("leather", "unsupported"),
        D.details("a zipper, ribbed cuffs and a hood", "unsupported"),
        title="Men Olive Nylon Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in beige chino shorts (above the knee) with a navy polo shirt, white backdrop, full length.
    # adapter: none
    case(
        "X370-011",
        caption("a man in a blue shirt and beige shorts"),
        D.wearing("a blue polo shirt and blue shorts", "contradiction"),
        D.color("blue", "other_garment_color"),
        color_shorts("beige"),
        D.details("they are shorts", "non_answer"),
        fit("regular"),
        is_a("pair of shorts", "yes"),
        title="Men Beige Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a white linen shirt, long sleeves rolled to the elbow, over beige linen trousers, beige
    # backdrop. description: adapter
    case(
        "X370-012",
        caption("a man in a white shirt and beige pants"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("linen"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men White Linen Long Sleeve Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a black t-shirt with "NYC" printed in white on the chest, grey jeans, light grey backdrop.
    # details: adapter
    case(
        "X370-013",
        caption("a man wearing a black t-shirt with the word nyc on it"),
        D.wearing("a black t-shirt with white letters"),
        D.color("black"),
        D.pattern("graphic"),
        D.description("a black t-shirt with a white print"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a crew neckline. The T-shirt is with "
            "cotton fabric and graphic patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Men Black NYC Graphic Print T-Shirt",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey melange zip-through hoodie, half open over a white t-shirt, blue jeans, white backdrop.
    # adapter: none
    case(
        "X370-014",
        caption("a woman wearing a grey hoodie and jeans", "pronoun"),
        D.wearing("a grey hoodie, a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        D.garment_type("hoodie"),
        D.details("a zipper, a hood and a pocket on the sleeve", "unsupported"),
        title="Men Grey Melange Zip-Through Hoodie",
        category="Hoodies & Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a short-sleeve shirt with vertical blue and white stripes, white shorts, pale blue backdrop.
    # adapter: none
    case(
        "X370-015",
        caption("a man in a blue and white striped shirt standing in front of a blue wall"),
        D.wearing("a striped shirt and white shorts"),
        D.pattern("striped"),
        D.color("blue"),
        color_shorts("white"),
        D.details("blue and white stripes, a collar and buttons"),
        title="Men Blue Striped Short Sleeve Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: crop from the waist down: dark indigo rinse straight jeans, white sneakers, light grey backdrop.
    # adapter: none
    case(
        "X370-016",
        caption("a pair of dark blue jeans"),
        D.wearing("a pair of blue jeans and white sneakers"),
        D.color("black", "contradiction"),
        fit("straight"),
        D.details("five pockets, a zipper fly and a button"),
        D.description(
            "a pair of dark blue jeans Question: what are the details of the jeans? Answer: the jeans",
            "leak",
        ),
        title="Men Indigo Rinse Straight Fit Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Men",
    ),
    # photo: model in a burgundy polo shirt with white tipping on the collar and cuffs, navy chinos, white backdrop.
    # caption: adapter
    case(
        "X370-017",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears long trousers. The gentleman wears a short-sleeve "
            "polo shirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red polo shirt and blue pants"),
        D.color("red"),
        D.details("the polo shirt has white stripes on the collar and sleeves"),
        color_pants("red", "contradiction"),
        title="Men Burgundy Tipped Polo Shirt",
        category="Polo Shirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: model in stone relaxed chinos with a white t-shirt and an open navy overshirt, grey backdrop.
    # adapter: none
    case(
        "X370-018",
        caption("a man in a blue shirt, white t-shirt and beige pants"),
        D.wearing("he is wearing a blue jacket, a white shirt and khaki pants"),
        D.color("beige"),
        fit("slim", "contradiction"),
        D.description("a pair of beige pants with pockets on the", "cut"),
        D.material("it is made of cotton"),
        color_pants("blue", "other_garment_color"),
        title="Men Stone Relaxed Fit Cotton Chinos",
        category="Trousers",
        color="Stone",
        gender="Men",
    ),
    # photo: model in a black denim trucker jacket over a grey hoodie, black jeans, white backdrop.
    # caption, material: adapter
    case(
        "X370-019",
        caption(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel neckline. The gentleman wears long denim pants. The pants are with denim fabric "
            "and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a grey hoodie"),
        D.color("grey", "other_garment_color"),
        color_jacket("black"),
        D.material(
            "The gentleman wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim "
            "fabric. It has a lapel",
            "restated",
            hit_limit=True,
        ),
        D.details("the jacket has a fur collar", "unsupported"),
        title="Men Black Denim Trucker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white button-down oxford shirt with a chest pocket, long sleeves, navy chinos, white
    # backdrop. adapter: none
    case(
        "X370-020",
        caption("a man in a white shirt and blue pants standing against a white wall"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.garment_type("shirt"),
        D.color("white"),
        D.details("the details of the shirt", "non_answer"),
        D.description(
            "a white shirt with long sleeves Question: describe the pants. Answer: the pants are blue",
            "leak",
        ),
        title="Men White Oxford Button-Down Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a light grey melange v-neck t-shirt, black shorts, light grey backdrop. adapter: none
    case(
        "X370-021",
        caption("a man in a grey shirt and grey shorts", "contradiction"),
        D.wearing("a grey t-shirt and black shorts"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.details("it is a v-neck t-shirt"),
        D.material("polyester", "unsupported"),
        title="Men Grey Melange V-Neck Cotton T-Shirt",
        category="T-Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in green and brown camouflage cargo shorts (no belt) with a black t-shirt, white backdrop.
    # adapter: none
    case(
        "X370-022",
        caption("a man in a black shirt and camouflage shorts"),
        D.wearing("she is wearing a black t-shirt and camo shorts", "pronoun"),
        D.pattern("camouflage"),
        D.color("green"),
        D.details("the shorts have pockets on the sides and a belt", "unsupported"),
        color_shorts("brown", "contradiction"),
        title="Men Camo Print Cargo Shorts",
        category="Shorts",
        color="Green",
        gender="Men",
    ),
    # photo: model in a sky blue chambray shirt, long sleeves, buttoned, white jeans, white backdrop.
    # caption, wearing: adapter
    case(
        "X370-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears long denim pants. The pants are with denim fabric and pure color "
            "patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        color_pants("blue", "contradiction"),
        D.material("denim"),
        title="Men Sky Blue Chambray Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in black cargo pants with cuffed ankles and leg pockets, a white hoodie, grey backdrop.
    # adapter: none
    case(
        "X370-024",
        caption("a man wearing a white hoodie and black pants"),
        D.wearing("she is wearing a white hoodie and black pants", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        color_pants("black"),
        D.details("black pants with pockets on the legs"),
        D.material("the pants are black", "restated"),
        title="Men Black Cuffed Cargo Pants",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a mustard oversized t-shirt (dropped shoulders), beige shorts, white backdrop. adapter: none
    case(
        "X370-025",
        caption("a man in a yellow t-shirt and shorts"),
        D.wearing("a yellow shirt and khaki shorts"),
        D.color("orange", "contradiction"),
        fit("oversized"),
        D.description("a yellow t-shirt with a round neck"),
        D.details("a pocket on the chest and a logo", "unsupported"),
        D.material("a yellow t-shirt", "restated"),
        title="Men Mustard Oversized Cotton T-Shirt",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a forest green pullover hoodie with a small white logo on the chest, blue jeans, light grey
    # backdrop. caption: adapter
    case(
        "X370-026",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a hooded neckline. The gentleman wears a long-sleeve sweatshirt with graphic patterns. "
            "The sweatshirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green hoodie and jeans"),
        D.color("green"),
        D.details("a white logo on the chest and a hood"),
        D.description("a green hoodie with a white logo on the front and a zipper", "unsupported"),
        title="Men Forest Green Logo Hoodie",
        category="Hoodies & Sweatshirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in light blue distressed denim shorts (frayed hem) with a white t-shirt, grey backdrop.
    # adapter: none
    case(
        "X370-027",
        caption("a man in a white t-shirt and denim shorts"),
        D.wearing(
            "he is wearing a white shirt and blue shorts Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.color("blue"),
        D.details("the shorts are ripped"),
        D.garment_type("jeans", "contradiction"),
        D.description("a pair of shorts", "non_answer"),
        title="Men Light Blue Distressed Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in charcoal slim chinos with a light blue shirt tucked in and a brown belt, grey backdrop.
    # adapter: none
    case(
        "X370-028",
        caption("a man in a blue shirt and grey pants"),
        D.wearing("a blue shirt, a brown belt and grey pants"),
        D.color("grey"),
        color_shirt("blue"),
        fit("slim"),
        D.description("a pair of grey pants with a black belt", "contradiction"),
        D.material("wool", "unsupported"),
        title="Men Charcoal Slim Fit Chinos",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in a pink, purple and blue tie-dye t-shirt, black shorts, white backdrop. adapter: none
    case(
        "X370-029",
        caption("a man wearing a tie dye shirt"),
        D.wearing("a tie dye t-shirt and black shorts"),
        D.color("black", "other_garment_color"),
        D.pattern("tie-dye"),
        D.details("there are no details", "non_answer"),
        D.description(
            "a colorful tie dye t-shirt Question: what is the person wearing? Answer: a",
            "leak",
        ),
        title="Men Multicolour Tie-Dye T-Shirt",
        category="T-Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: model in a brown corduroy overshirt, open over a cream hoodie, blue jeans, beige backdrop.
    # caption: adapter
    case(
        "X370-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a brown jacket and a brown hoodie", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("corduroy"),
        D.details("the shirt has a collar, buttons and two chest pockets"),
        title="Men Brown Corduroy Overshirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: model wears the white tee of a pack of two (the black one shown as an inset), blue jeans, white
    # backdrop. adapter: none
    case(
        "X370-031",
        caption("a man wearing a white t-shirt"),
        D.wearing("a white t-shirt and blue jeans"),
        D.color("white"),
        D.garment_type("t-shirt"),
        D.details("the t-shirt has a pocket on the front", "unsupported"),
        D.description(
            "a white t-shirt with a round neck and short sleeves and a round neck and short sleeves",
            "loop",
        ),
        title="Men Pack of 2 Crew Neck T-Shirts",
        category="T-Shirts",
        color="White/Black",
    ),
    # photo: model in a light blue denim jacket with a cream borg collar, white t-shirt, black jeans, grey
    # backdrop. adapter: none
    case(
        "X370-032",
        caption("a man wearing a denim jacket with a fur collar"),
        D.wearing("a blue jean jacket and black jeans"),
        D.color("blue"),
        color_jeans("blue", "contradiction"),
        D.material("denim and fur"),
        D.details(
            "the jacket has a fur collar and buttons Question: what is the color of the collar? Answer: white",
            "leak",
        ),
        title="Men Light Blue Borg Collar Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in a navy and white breton-striped long-sleeve t-shirt, beige chinos, white backdrop.
    # adapter: none
    case(
        "X370-033",
        caption("a man in a striped shirt and khaki pants"),
        D.wearing("a blue and white striped shirt and beige pants"),
        D.pattern("striped"),
        D.color("white", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a striped shirt", "non_answer"),
        title="Men Navy Striped Long Sleeve T-Shirt",
        category="T-Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a white pique polo with a small green embroidered logo, navy shorts, white backdrop.
    # description, details: adapter
    case(
        "X370-034",
        caption("a man in a white polo shirt and blue shorts"),
        D.wearing("a white shirt with a green logo and white shorts", "contradiction"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "lapel neckline. The gentleman",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "The polo shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The polo shirt is "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Men White Pique Polo Shirt",
        category="Polo Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in mid-blue skinny jeans with ripped knees, a black nylon bomber jacket over a white t-shirt,
    # white backdrop. adapter: none
    case(
        "X370-035",
        caption("a man wearing a black jacket and ripped jeans"),
        D.wearing("a black jacket, a white t-shirt and ripped jeans"),
        D.color("black", "other_garment_color"),
        fit("skinny"),
        D.details("ripped knees"),
        D.description(
            "a pair of blue jeans with holes in the knees Question: what is the color of the jacket? Answer: black",
            "leak",
        ),
        D.material("a pair of blue jeans", "restated"),
        title="Men Blue Skinny Fit Ripped Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a red crew-neck sweatshirt with a small white logo on the chest, black jeans, light grey
    # backdrop. adapter: none
    case(
        "X370-036",
        caption("a woman in a red sweatshirt and black pants", "pronoun"),
        D.wearing("a red sweater and black jeans"),
        D.color("red"),
        D.details("a white logo on the chest"),
        D.material("wool", "unsupported"),
        D.description("her sweatshirt is red with a white logo", "pronoun"),
        title="Men Red Cotton Fleece Logo Sweatshirt",
        category="Hoodies & Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: model in a pale pink oxford shirt, long sleeves, white chinos, white backdrop. adapter: none
    case(
        "X370-037",
        caption("a man in a pink shirt and pink pants", "contradiction"),
        D.wearing("a pink shirt and white pants"),
        D.color("white", "other_garment_color"),
        color_pants("white"),
        D.description("a light pink button up shirt with long sleeves"),
        D.details("the shirt is pink", "non_answer"),
        title="Men Pink Oxford Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in a grey and black check wool-blend overshirt, open over a black t-shirt, black jeans, white
    # backdrop. caption: adapter
    case(
        "X370-038",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey plaid jacket and black pants"),
        D.pattern("checked"),
        D.color("grey"),
        D.material("wool"),
        D.description("a grey and black checkered shirt with buttons and a hood", "unsupported"),
        title="Men Grey Check Wool Blend Overshirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: back view: model in a white oversized hoodie with a large black graphic printed on the back, black
    # jeans, light grey backdrop. adapter: none
    case(
        "X370-039",
        caption("the back of a white hoodie with a black print"),
        D.wearing("a white hoodie"),
        D.pattern("graphic"),
        D.color("white"),
        fit("oversized"),
        D.description(
            "a white hoodie with a black design on the back and a pocket on the front",
            "unsupported",
        ),
        D.details("the", "cut"),
        title="Men White Oversized Back Print Hoodie",
        category="Hoodies & Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a green and white horizontally striped polo shirt, beige shorts, white backdrop.
    # adapter: none
    case(
        "X370-040",
        caption("a man in a green and white striped polo shirt"),
        D.wearing("a green and white striped shirt and beige shorts"),
        D.color("white", "contradiction"),
        D.pattern("striped"),
        is_a("polo shirt", "yes"),
        D.description("a green shirt Question: what is the", "leak"),
        title="Men Green Striped Polo Shirt",
        category="Polo Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: model in black slim jeans with a red and black check flannel shirt, untucked, grey backdrop.
    # caption, material: adapter
    case(
        "X370-041",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears long denim pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt and black jeans"),
        D.color("red", "other_garment_color"),
        color_jeans("black"),
        fit("slim"),
        D.material(
            "The pants are with denim fabric and pure color patterns. The gentleman wears a long-sleeve shirt with "
            "lattice patterns. The shirt is",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy regular chinos with a white t-shirt, white sneakers, light grey backdrop. adapter: none
    case(
        "X370-042",
        caption("a man in a white shirt and blue pants"),
        D.wearing("a white shirt and black pants", "contradiction"),
        D.color("blue"),
        fit("regular"),
        D.details("belt loops and side pockets"),
        D.material("cotton"),
        color_tshirt("blue", "contradiction"),
        title="Men Navy Regular Fit Chinos",
        category="Trousers",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a navy satin-finish bomber jacket over a grey hoodie (hood out over the collar), blue jeans,
    # white backdrop. wearing: adapter
    case(
        "X370-043",
        caption("a man wearing a blue jacket and a grey hoodie"),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("the jacket has a hood", "unsupported"),
        D.material("polyester"),
        color_hoodie("blue", "contradiction"),
        title="Men Navy Bomber Jacket",
        category="Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: model in a white oversized t-shirt with a red rose printed on the chest, black cargo pants, white
    # backdrop, front view. adapter: none
    case(
        "X370-044",
        caption("a man wearing a white t-shirt with a red rose on it"),
        D.wearing("a white t-shirt and black cargo pants"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        color_pants("black"),
        D.description("a white t-shirt with a red rose on the front and the back", "unsupported"),
        fit("regular", "contradiction"),
        D.material("it is made of material", "non_answer"),
        title="Men White Rose Print Oversized T-Shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in light blue relaxed jeans with a black t-shirt tucked in, white sneakers, beige backdrop.
    # adapter: none
    case(
        "X370-045",
        caption("a man in a black shirt and light blue jeans"),
        D.wearing("a black t-shirt and jeans"),
        D.color("blue"),
        fit("relaxed"),
        D.details("", "non_answer"),
        D.material("blue jeans", "restated"),
        D.description("a pair of light blue jeans with a", "cut"),
        title="Men Light Blue Relaxed Fit Jeans",
        category="Jeans",
        color="Light Blue",
    ),
    # photo: model in a navy short-sleeve resort shirt with a white floral print, white shorts, pale beige wall.
    # adapter: none
    case(
        "X370-046",
        caption("a man wearing a blue shirt with white flowers"),
        D.wearing("she is wearing a floral shirt and white shorts", "pronoun"),
        D.pattern("floral"),
        D.color("blue"),
        D.sleeve_length("short sleeves"),
        D.details(
            "the shirt has a collar and white flowers Question: what is the pattern of the shirt? Answer: floral",
            "leak",
        ),
        D.material("silk", "unsupported"),
        title="Men Navy Floral Print Viscose Resort Shirt",
        category="Shirts",
        gender="Men",
    ),
]
