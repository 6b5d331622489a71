"""BLIND_365 (46 products; men's ethnic and casual wear: kurtas, kurta sets, nehru jackets, shirts, tees, jeans):
written blind in the forty-fifth session. Measured blind at d19a016 (the session's rules as they stood): 115/131
failures found (87.8%) and 4/165 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a men's ethnic and casual catalog from an Indian marketplace, drawn at random: kurtas and kurta sets
(kurta with pyjama or churidar, some with a nehru jacket), nehru jackets sold alone, formal and casual shirts,
tshirts and polos, jeans, trousers and chinos, track pants, sweatshirts and hoodies, jackets (bomber, biker, denim,
puffer, suede). Model shots, mostly front view on studio backdrops, some against walls (brick, coloured paint), on a
beach, in the snow or in a gym; the product is often worn with other garments (a tee under a jacket, a kurta under a
nehru jacket, a shirt over the jeans being sold). Each row has the seller's title, category, color and gender; a few
rows miss the gender, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
white kurta ...") or from the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The adapter was
trained with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its template. Open questions (what is he wearing,
describe the ..., details, material) come from the base model or the VQA adapter, both of which stop on their own,
unless the comment names the caption adapter. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference` answers, chosen from
candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or light blue; red for maroon; yellow for
  mustard; green for olive, teal or sea green; grey for charcoal or grey melange; pink for peach; purple for
  lavender; white for off white; beige, tan or khaki for khaki; brown for tan. Maroon called brown, navy called
  black, olive called brown, mustard called orange are contradiction.
- The color of another garment in the photo (the pyjama under a kurta, the kurta under a nehru jacket, the tee
  above the jeans, the chinos under a shirt) given as the product's color is other_garment_color; so is a base
  answer that gives two garments one color only one of them has ("grey t-shirt and grey pants" for navy track
  pants, "grey sweater and grey pants" for a grey sweatshirt over black trousers). A color only the print, the
  embroidery or the wall has (gold embroidery on a black kurta, red flowers on a black shirt, a pink wall behind a
  teal kurta) is contradiction.
- Garment synonyms are correct: shirt or long shirt for a kurta, vest or jacket for a nehru jacket, pants,
  pajamas or pyjamas for a pyjama or churidar, sweatpants or pants for track pants, jacket for a zip-front
  sweatshirt, plaid for checked, jean jacket for a denim jacket, polo shirt or t-shirt for a polo. A kurta called a
  dress is contradiction, and so is "no" to "Is this a pair of jeans?" for jeans.
- On a two-colour striped or checked shirt either colour of the stripe or check is correct; side stripes on track
  pants answered "striped" are correct. A nehru jacket worn over a long-sleeved kurta answered "long sleeves" is
  contradiction (the jacket is sleeveless).
- Materials: one the title names is correct (cotton, silk blend, linen, velvet, suede, faux leather as "leather",
  rayon, denim for jeans); a plausible guess on a plain fabric that looks like it (cotton on a tee or a kurta,
  polyester on shiny track pants) is correct; a material neither named nor visible (silk on a cotton kurta, wool on
  a fleece hoodie, denim on a twill shirt) is unsupported.
- Invented items not in the photo (a tie, sunglasses, a belt, a fur collar, a brooch, embroidery on a kurta that has
  only buttons) are unsupported.
- Caption adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence
  without repeating is cut; the template returned for the material question is restated even though it is also
  cut. Where the template gets the person wrong ("The lady wears ...") the pronoun is what the auditor sees first
  (pronoun, hit_limit kept). Invented accessories in an adapter text that is cut ("There is an accessory on his
  wrist" when there is none) leave it labelled cut. The template calling a kurta a "shirt" is correct (synonym).
- Base answers: stopped early mid-phrase ("it is made of") is cut without hit_limit; an empty answer, "the details
  of the kurta" or "the shirt has details" is non_answer; the garment's name and color given for the material
  question is restated; text that runs on into "Question: ... Answer: ..." is leak even when the first words are
  right; "she" or "a woman" for a man is pronoun.
- Walls, props and backdrops named in captions ("in front of a yellow wall", "standing in the snow") are correct
  when the photo shows them.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")


def he(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is he wearing?"."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


BLIND_365 = [
    # photo: man in a plain white straight cotton kurta, mandarin collar, long sleeves, white pyjama; plain beige
    # backdrop, front view, full length.
    # no adapter text
    case(
        "X365-001",
        caption("a man in a white kurta standing in front of a beige wall"),
        he("a white kurta and pants"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Men White Solid Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: navy blue kurta with white pyjama (set), band collar, long sleeves; light grey studio backdrop, front.
    # details: caption adapter
    case(
        "X365-002",
        caption("a man in a black kurta and white pants", "contradiction"),
        he("a blue kurta"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("pyjama", "white"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The pants the gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Men Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta with a row of small gold buttons (no embroidery), cream churidar; grey backdrop.
    # caption: caption adapter
    case(
        "X365-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        he("a red kurta and white pants"),
        D.color("red"),
        color_bottom("red", "other_garment_color"),
        describe("kurta", "a red kurta with gold embroidery", "unsupported"),
        D.details("gold buttons"),
        D.material("silk"),
        title="Men Maroon Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard yellow kurta with small white printed motifs all over, white pyjama; white studio backdrop.
    # no adapter text
    case(
        "X365-004",
        caption("a man in a yellow kurta with white pants"),
        he("a yellow shirt and white pants"),
        D.color("orange", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of", "cut"),
        is_a("kurta", "no", "contradiction"),
        title="Men Mustard Yellow Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: three-piece set: black nehru jacket over a white kurta and white pyjama; beige backdrop, front view.
    # details: caption adapter
    case(
        "X365-005",
        caption("a man in a black vest and white kurta"),
        he("a black jacket and white kurta and a white scarf", "unsupported"),
        color_of("jacket", "black"),
        color_of("kurta", "black", "other_garment_color"),
        D.details(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric and its "
            "neckline is stand. The gentleman wears a sleeveless vest with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Men White Kurta Pyjama Set with Black Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: beige nehru jacket (the product) over a light blue kurta and white pyjama; white backdrop, front view.
    # wearing: caption adapter
    case(
        "X365-006",
        caption("a man wearing a beige vest over a blue kurta"),
        D.wearing(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. The "
            "gentleman wears a sleeveless vest with pure color patterns. The vest",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("blue", "other_garment_color"),
        D.pattern("solid"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Men Beige Solid Woven Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
    ),
    # photo: light blue slim-fit formal shirt, no tie, navy formal trousers; grey backdrop, front, hands in pockets.
    # no adapter text
    case(
        "X365-007",
        caption("a man in a blue shirt and blue pants"),
        he("a blue shirt and tie", "unsupported"),
        color_of("shirt", "white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the shirt has a collar and buttons"),
        title="Men Light Blue Slim Fit Formal Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: blue and white checked casual shirt, sleeves rolled to the elbow, beige chinos; white backdrop.
    # caption, material: caption adapter
    case(
        "X365-008",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a blue plaid shirt and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.pattern("checked"),
        D.details("the details of the shirt", "non_answer"),
        D.material(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green twill casual shirt with two flap chest pockets, black jeans; outdoors against a brick wall.
    # no adapter text
    case(
        "X365-009",
        caption("a man in a green shirt standing against a brick wall"),
        he("a green shirt and black jeans"),
        D.color("brown", "contradiction"),
        color_of("jeans", "green", "other_garment_color"),
        D.details("the shirt has two pockets on the chest"),
        D.pattern("checked", "contradiction"),
        D.material("denim", "unsupported"),
        title="Men Olive Green Solid Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black crew-neck tshirt, plain, blue jeans; white backdrop, front view, waist up to the knees.
    # no adapter text
    case(
        "X365-010",
        caption("a man in a black t - shirt and jeans"),
        he("a black shirt and jeans Question: what is he wearing? Answer: a black shirt and jeans", "leak"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.pattern("graphic", "contradiction"),
        D.details("", "non_answer"),
        title="Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: white tshirt with a large black tiger-face graphic on the chest, black track pants; grey backdrop.
    # caption, wearing: caption adapter
    case(
        "X365-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        he(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("graphic"),
        color_bottom("black"),
        describe(
            "t-shirt",
            "a white t - shirt with a black tiger print Question: what is the color of the pants? Answer: black",
            "leak",
        ),
        title="Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red polo tshirt, white tipping on the collar and sleeve hems, beige shorts; outdoors in a garden.
    # no adapter text
    case(
        "X365-012",
        caption("a woman in a red polo shirt standing in a garden", "pronoun"),
        he("a red shirt and shorts"),
        D.garment_type("polo shirt"),
        D.color("red"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the collar has white stripes and a logo on the chest", "unsupported"),
        title="Men Red Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: grey melange hooded sweatshirt with a kangaroo pocket, black joggers; white backdrop, front view.
    # caption: caption adapter
    case(
        "X365-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a woman in a grey hoodie and black pants", "pronoun"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.details("it has a hood and a kangaroo pocket"),
        D.material("wool", "unsupported"),
        title="Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy crew-neck sweatshirt with "BROOKLYN" printed in white across the chest, blue jeans; grey backdrop.
    # no adapter text
    case(
        "X365-014",
        caption("a man in a blue sweatshirt with the word brooklyn on it"),
        he("a sweatshirt and jeans"),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        D.details("the word brooklyn"),
        color_of("sweatshirt", "white", "contradiction"),
        title="Men Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: blue slim-fit jeans (the product), plain white tshirt untucked, white sneakers; grey backdrop, full length.
    # wearing: caption adapter
    case(
        "X365-015",
        caption("a man in a white t - shirt and blue jeans"),
        he(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        D.details("the jeans are slim fit with a button"),
        D.material("denim"),
        title="Men Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, grey tshirt hem visible, white sneakers; cropped from the waist down, white backdrop.
    # caption, details, material: caption adapter
    case(
        "X365-016",
        caption(
            "The trousers the gentleman wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        he("black jeans and white sneakers"),
        D.color("black"),
        D.pattern("solid"),
        D.details(
            "The trousers are with denim fabric and pure color patterns. The trousers the gentleman wears is of long "
            "length. The trousers are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The trousers the gentleman wears is of long length. The trousers are with denim fabric and pure color "
            "patterns. The gentleman",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: light blue distressed jeans ripped at the knees, white shirt untucked; outdoors on a city street.
    # no adapter text
    case(
        "X365-017",
        caption("a man in a white shirt and ripped jeans walking down the street"),
        he("a white shirt and blue jeans Question: what is the color of the shirt? Answer: white", "leak"),
        D.color("blue"),
        D.details("ripped knees"),
        describe("jeans", "they are jeans", "non_answer"),
        is_a("pair of jeans", "no", "contradiction"),
        D.material("a blue ripped jeans", "restated"),
        title="Men Light Blue Distressed Slim Fit Jeans",
        category="Jeans",
        color="Light Blue",
    ),
    # photo: khaki slim chinos, no belt, navy polo tshirt tucked out, white sneakers; white backdrop, full length.
    # no adapter text
    case(
        "X365-018",
        caption("a man in a blue polo shirt and khaki pants"),
        he("a blue shirt and khaki pants Question: what color are the shoes? Answer: white", "leak"),
        D.color("blue", "other_garment_color"),
        color_of("pants", "beige"),
        D.details("the pants have a black belt", "unsupported"),
        D.material("cotton"),
        title="Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: charcoal grey formal trousers, white shirt tucked in, black belt; grey backdrop, full length.
    # caption, details: caption adapter
    case(
        "X365-019",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers the gentleman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        he("a white shirt and grey pants with a black belt"),
        D.color("grey"),
        D.material("wool", "unsupported"),
        color_of("trousers", "white", "other_garment_color"),
        D.details(
            "The trousers the gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The trousers the gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: shiny black track pants with two white stripes down each side, white tshirt; white studio backdrop.
    # no adapter text
    case(
        "X365-020",
        caption("a man in a white t - shirt and black track pants"),
        he("a white shirt and black pants"),
        D.color("black"),
        D.pattern("striped"),
        D.details("white stripes on the side"),
        D.material("polyester"),
        D.garment_type("shorts", "contradiction"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: navy jogger track pants with drawstring and cuffed ankles, grey tshirt; in a gym, racks behind.
    # no adapter text
    case(
        "X365-021",
        caption("a man in a grey shirt and blue pants standing in a gym"),
        he("a grey t - shirt and grey pants", "other_garment_color"),
        D.color("black", "contradiction"),
        D.garment_type("pants"),
        D.details("the pants have an elastic waistband and a drawstring"),
        D.material("", "non_answer"),
        title="Men Navy Blue Solid Joggers Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive bomber jacket, open, over a white tshirt, black jeans; white backdrop, front view.
    # caption, description, material: caption adapter
    case(
        "X365-022",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        he("a green jacket and black jeans"),
        D.garment_type("jacket"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.details("the jacket has a zipper and ribbed cuffs"),
        D.color("green"),
        color_of("jacket", "white", "other_garment_color"),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket with asymmetric zip and zip pockets, grey tee, blue jeans; no glasses;
    # dark grey backdrop.
    # no adapter text
    case(
        "X365-023",
        caption("a man in a black leather jacket and jeans"),
        he("a black leather jacket, a gray shirt and sunglasses", "unsupported"),
        D.color("black"),
        describe(
            "jacket",
            "a black leather jacket with a zipper. Question: what is the color of the jacket? Answer: black",
            "leak",
        ),
        D.details("zippers and pockets"),
        D.material("leather"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue washed denim jacket, button front, two chest flap pockets, plain collar, over a white tee,
    # black jeans; white backdrop.
    # no adapter text
    case(
        "X365-024",
        caption("a man wearing a denim jacket and black jeans"),
        he("a blue jean jacket and a white shirt"),
        D.garment_type("jacket"),
        D.color("blue"),
        describe("jacket", "a blue denim jacket with a fur collar", "unsupported"),
        D.details("the jacket has buttons and two chest pockets"),
        D.material("denim"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: teal kurta, long sleeves, white churidar; standing in front of a pink painted wall, front view.
    # no adapter text
    case(
        "X365-025",
        caption("a man in a green kurta standing in front of a pink wall"),
        he("a blue kurta and white pants"),
        D.color("pink", "contradiction"),
        D.pattern("solid"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of cotton"),
        D.details("", "non_answer"),
        title="Men Teal Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: young man with long hair tied back, pastel pink kurta with mandarin collar and buttons, white pyjama;
    # beige backdrop.
    # no adapter text
    case(
        "X365-026",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        he("a pink kurta and white pajamas"),
        D.color("pink"),
        color_of("pyjama", "pink", "other_garment_color"),
        D.details("the kurta has a mandarin collar and buttons"),
        D.material("it is a kurta", "restated"),
        title="Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: off white chikankari kurta, white floral thread embroidery all over, white pyjama; white backdrop.
    # caption, details: caption adapter
    case(
        "X365-027",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        he("a white kurta and white pants"),
        D.color("white"),
        D.pattern("floral"),
        describe("kurta", "a white kurta with embroidery"),
        D.material("silk", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. Its neckline is stand. The shirt is with cotton "
            "fabric and floral patterns. Its neckline is",
            "loop",
            hit_limit=True,
        ),
        title="Men Off White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: sea green kurta with small white floral print, long sleeves, white pyjama; white backdrop.
    # details: caption adapter
    case(
        "X365-028",
        caption("a man in a green floral shirt"),
        he("a green floral kurta and white pants"),
        D.color("green"),
        D.pattern("floral"),
        D.material("the kurta is made of", "cut"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a stand neckline. The shirt is with cotton "
            "fabric and floral patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Men Sea Green Floral Printed Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # photo: bearded man in a peach kurta and white pyjama (set); beige backdrop, front view.
    # no adapter text
    case(
        "X365-029",
        caption("a man in a peach kurta and white pants"),
        he("a kurta pajama"),
        color_of("kurta", "pink"),
        color_of("pyjama", "peach", "other_garment_color"),
        D.details("the details of the kurta", "non_answer"),
        D.material("cotton"),
        D.pattern("floral", "contradiction"),
        title="Men Peach-Coloured Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: grey nehru jacket (the product) over a long-sleeved white kurta and white pyjama; no watch; white
    # backdrop.
    # details: caption adapter
    case(
        "X365-030",
        caption("a man in a grey vest and white kurta"),
        he("a gray nehru jacket over a white kurta"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric and its "
            "neckline is stand. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        title="Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon velvet nehru jacket with gold buttons, no brooch, over a black kurta and black pyjama; dark
    # backdrop.
    # no adapter text
    case(
        "X365-031",
        caption("a man in a brown velvet vest and black pants", "contradiction"),
        he("a red jacket and a black kurta and a red turban", "unsupported"),
        D.color("black", "other_garment_color"),
        D.pattern("solid"),
        describe("jacket", "a red velvet jacket with a brooch on the pocket", "unsupported"),
        D.details("gold buttons on the front"),
        D.material("velvet"),
        title="Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: white linen short-sleeved shirt with one chest pocket, beige trousers; on a beach, sea behind.
    # no adapter text
    case(
        "X365-032",
        caption("a man in a white shirt standing on the beach"),
        he("a white shirt and khaki pants"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a pocket and a collar Question: what is the material of the shirt? Answer: linen", "leak"),
        D.material("linen"),
        title="Men White Linen Short Sleeves Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black shirt with red and white floral print, long sleeves, dark blue jeans; grey backdrop.
    # caption, details: caption adapter
    case(
        "X365-033",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long-sleeve shirt with floral patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        he("a black floral shirt and jeans"),
        D.color("red", "contradiction"),
        D.pattern("floral"),
        D.garment_type("t-shirt", "contradiction"),
        D.material("rayon"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. Its neckline is lapel. There is an accessory on his "
            "wrist. The shirt is",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Floral Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy and white vertical striped formal shirt, grey trousers; light grey backdrop.
    # material: caption adapter
    case(
        "X365-034",
        caption("a man in a blue and white striped shirt"),
        he("a striped shirt and gray pants"),
        D.color("white"),
        D.pattern("striped"),
        color_of("pants", "blue", "other_garment_color"),
        D.material(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The",
            "restated",
            hit_limit=True,
        ),
        describe("shirt", "a blue and white striped shirt with a collar and buttons down the front"),
        title="Men Navy Blue & White Striped Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: yellow v-neck tshirt, blue jeans; in front of a yellow painted wall, front view.
    # no adapter text
    case(
        "X365-035",
        caption("a man in a yellow shirt standing in front of a yellow wall"),
        he("a yellow t - shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.details("v - neck"),
        D.material("cotton"),
        title="Men Yellow Solid V-Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: maroon long-sleeved henley tshirt with a three-button placket, black jeans; white backdrop.
    # caption, material: caption adapter
    case(
        "X365-036",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a red shirt and black jeans"),
        D.color("brown", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("buttons on the neck"),
        D.material(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Maroon Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy and white horizontal striped round-neck tshirt, khaki chinos; white backdrop.
    # no adapter text
    case(
        "X365-037",
        caption("a man in a striped shirt and khaki pants"),
        he("a blue and white striped t - shirt"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the details of the shirt are the details", "non_answer"),
        D.material("a blue striped t - shirt", "restated"),
        title="Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black padded puffer jacket, no hood, over a grey hoodie (its hood out), blue jeans; outdoors in snow.
    # details: caption adapter
    case(
        "X365-038",
        caption("a man in a black jacket standing in the snow"),
        he("a black jacket and a gray hoodie"),
        D.color("black"),
        describe("jacket", "a black puffer jacket"),
        D.material("it is made of", "cut"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "gentleman wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Solid Padded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: tan suede trucker jacket with zip front and chest pockets, white shirt, blue jeans; grey backdrop.
    # caption, description: caption adapter
    case(
        "X365-039",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a brown jacket and jeans", "pronoun"),
        D.color("brown"),
        D.details("the jacket has a zipper and pockets"),
        D.material("suede"),
        D.description(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Men Tan Brown Suede Trucker Jacket",
        category="Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: blue track pants (the product), white tshirt; leaning against a red brick wall.
    # no adapter text
    case(
        "X365-040",
        caption("a man in a white shirt and blue pants leaning against a red brick wall"),
        he("a white t - shirt and blue sweatpants"),
        D.garment_type("pants"),
        D.color("red", "contradiction"),
        D.pattern("striped", "contradiction"),
        color_of("pants", "blue"),
        D.details("the pants have an elastic waist"),
        D.material("the pants are made of", "cut"),
        title="Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
        gender="Men",
    ),
    # photo: grey zip-front sweatshirt with stand collar, no hood, black trousers; white backdrop.
    # caption, details: caption adapter
    case(
        "X365-041",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric "
            "and its neckline is stand. The gentleman wears a long-sleeve sweater with pure color patterns. The "
            "sweater",
            "loop",
            hit_limit=True,
        ),
        he("a grey sweater and grey pants", "other_garment_color"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.details(
            "The sweater is with cotton fabric and its neckline is stand. The gentleman wears a long trousers. The "
            "trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Men Grey Solid Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: blue kurta, white pyjama and a cream nehru jacket printed with red motifs (set); beige backdrop.
    # no adapter text
    case(
        "X365-042",
        caption("a man in a blue kurta and a printed vest"),
        he("a blue dress and a vest", "contradiction"),
        color_of("kurta", "blue"),
        color_of("pyjama", "white"),
        D.material("silk", "unsupported"),
        D.details("Question: what are the details of the garment? Answer: the jacket is printed", "leak"),
        title="Men Blue Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: beige pleated linen trousers, black tshirt tucked in, brown belt; white backdrop.
    # details, description: caption adapter
    case(
        "X365-043",
        caption("a man in a black shirt and beige pants"),
        he("a black t - shirt and tan pants"),
        D.color("black", "other_garment_color"),
        D.material("linen"),
        D.description(
            "The trousers the gentleman wears is of long length. The trousers are with linen fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The trousers the gentleman wears is of long length. The trousers are with linen fabric and pure color "
            "patterns. The trousers the gentleman wears is of long length. The",
            "loop",
            hit_limit=True,
        ),
        title="Men Beige Pleated Linen Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black kurta with gold thread embroidery on the yoke, white churidar, no watch; festive backdrop with
    # diyas and string lights.
    # description: caption adapter
    case(
        "X365-044",
        caption("a man in a black kurta with gold embroidery"),
        he("a black kurta and white pants"),
        D.color("gold", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is stand. There is an accessory on his wrist. The gentleman wears a long pants",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Ethnic Motifs Embroidered Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: lavender slim-fit casual shirt, white trousers; light grey backdrop.
    # no adapter text
    case(
        "X365-045",
        caption("a man in a purple shirt and white pants"),
        D.wearing("a woman in a purple shirt and white pants", "pronoun"),
        D.color("purple"),
        color_of("shirt", "white", "other_garment_color"),
        D.details("the shirt has details", "non_answer"),
        title="Men Lavender Slim Fit Casual Shirt",
        category="Shirts",
        color="Lavender",
    ),
    # photo: olive cargo trousers with side flap pockets, black tshirt; outdoors on a rocky trail.
    # material: caption adapter
    case(
        "X365-046",
        caption("a man in a black t - shirt and green cargo pants"),
        he("a black t - shirt and black pants", "other_garment_color"),
        D.color("green"),
        D.details("cargo pockets on the side"),
        describe("pants", "green pants with pockets Question: what is the color of the shirt? Answer: black", "leak"),
        D.material(
            "The trousers the gentleman wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
]
