"""BLIND_324 (46 products; European mixed fashion catalog: knitwear, shirts, trousers, denim, dresses, outerwear):
written blind in the forty-fourth session. Measured blind at abf161b (the session's rules as they stood): 114/135
failures found (84.4%) and 6/169 correct texts flagged (3.6%). The writer's notes, verbatim:

Scenario: the English catalog feed of a European online retailer selling women's and men's fashion: knitwear
(jumpers, cardigans, roll necks, a sweater vest, a knitted polo), shirts and blouses, trousers (chinos, cargos,
corduroys, tailored), jeans, dresses, coats and jackets, skirts. Titles use the retailer's colour names (Stone, Ecru,
Khaki, Oatmeal, Camel, Sage, Rust, Charcoal, Indigo, Burgundy). Most photos are model shots on a plain grey studio
backdrop; some are on location (street, harbour, garden, forest path, station platform, cafe terrace, rooftop).
Models are styled in whole outfits, so nearly every photo shows other garments next to the product. Each row has
title, category, color and gender; one row misses the gender, one the color, one the category.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` with enrich's default questionnaire wrote most
captions and open answers (short, lowercase, stops on its own, never hit_limit). On some items the caption adapter
of the original experiments (DeepFashion template, trained with no end token) answered the caption or some open
questions, as the comment above each case says: it runs to its limit (hit_limit=True) and returns its template to
any question, with no hue names. Closed questions (garment_type, color, pattern, sleeve_length, per-piece colors,
"Is this a ...?") are enrich's `--engine reference` answers picked from candidate sets: never a loop or a cut, but
they can pick the wrong candidate (often the color of another garment in the outfit).

Labeling conventions and judgement calls:
- Retailer colour names and their shade words: Stone is beige, khaki or light grey; Ecru, Ivory and Cream are white,
  cream or off white; Oatmeal is beige or cream; Camel and Tan are brown or beige; Khaki is green when the garment
  is olive (cargos, field jacket, shirt dress), beige or khaki when it is tan (chinos, trench); Sage is green; Rust
  is orange or brown; Burgundy is red; Charcoal and Grey Marl are grey; Navy and Indigo are blue. Navy or dark
  indigo answered black is a contradiction.
- A color of another garment in the outfit given as the product's color (the tucked-in tee, the trousers under a
  jumper, the hoodie under a gilet) is other_garment_color; the color of the product's own print (white dots on a
  navy dress, pink flowers on a burgundy dress) given as its color is contradiction. A per-piece question about a
  piece that is not the product, answered with the product's color ("white" pants under a white shirt), is
  contradiction.
- A white shirt with thin blue stripes sold as "Blue": "white" for the shirt's color is counted correct (the ground
  is white) and so is "a blue and white striped shirt".
- Garment synonyms counted correct: sweater or jumper for a knit, sweater for a cardigan (a kind of sweater), vest
  for a gilet or a sweater vest, jacket for a blazer, coat for a trench or peacoat, pants for trousers, turtleneck for
  a roll neck, "striped shirt" for a fine striped cotton jumper (the base model's loose word for a top), leather for
  suede. A suit for trousers worn without a jacket, a shirt for a shirt dress, or the adapter's "sweater and skirt"
  for a knit dress are contradictions; the reference engine answering garment_type or "Is this a ...?" with the
  other garment of the outfit (coat for a dress under a coat, jacket for trousers under a blazer, yes to "Is this a
  jacket?" for jeans) is contradiction.
- Sleeves: a sleeveless gilet or sweater vest answered "long sleeves" (the sleeves of the hoodie or shirt under it)
  is contradiction; a long-sleeved oxford shirt with rolled sleeves answered "long sleeves" is correct. A pattern of
  another garment (plaid of the coat over a plain jumper) is contradiction. Pleats answered "striped" is
  contradiction.
- Materials: the title's material, or a plausible guess on a plain fabric the title does not name (cotton for a
  chino or an overshirt, polyester for a quilted gilet), is correct; silk for a polyester satin blouse or satin slip
  dress, wool for a cotton cardigan are unsupported; leather for a wool jumper (the skirt's material) is
  contradiction.
- Invented details not in the photo (a belt hidden by an untucked polo, a hood, a fur collar, a slit, a side stripe,
  gold buttons on dark horn ones, sleeve stripes, a back pocket in a front view) are unsupported.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without a repeat is cut (also
  where it invents "an accessory on her wrist" before the cut); the template returned for the material question is
  restated; where the template misnames the product itself (shirt for a field jacket or a shirt dress, sweater and
  skirt for a knit dress) that is what the auditor sees first: contradiction, hit_limit kept.
- Base texts: "it is made of" stopped early is cut without hit_limit; an empty answer, "the details of the sweater",
  "they are jeans" / "they are pants" for the details are non_answer; a material or details question answered with
  the garment's name and color is restated; "Question: ... Answer: ..." run-ons are leak even where the start is
  right; "he" for a woman or "she" for a man is pronoun; a short "denim and denim and denim" is loop.
- One color for two garments in an open text ("a white shirt and white pants" for stone trousers under a white
  tee, "a blue vest and a blue hoodie" for a navy gilet over a grey hoodie) is contradiction; "a woman" in the
  caption of a man's photo is pronoun.
- Walls, props and places in the caption (a graffiti wall, a wooden chair, a car, a cafe table) are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_sweater = question("color_sweater", "What is the color of the sweater?", "closed")

BLIND_324 = [
    # photo: woman in an oatmeal crew-neck jumper tucked into navy wide-leg trousers, grey studio backdrop, front view.
    # adapter: none
    case(
        "X324-001",
        caption("a woman in a beige sweater and navy pants"),
        D.wearing("a beige sweater and blue pants"),
        D.garment_type("cardigan", "contradiction"),
        D.color("navy", "other_garment_color"),
        D.material("a beige sweater", "restated"),
        D.sleeve_length("long sleeves"),
        title="Women's Oatmeal Wool-Blend Crew Neck Jumper",
        category="Knitwear",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in an ecru cable-knit crew-neck jumper, black jeans, grey studio backdrop, front view.
    # adapter: caption
    case(
        "X324-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white sweater and black jeans"),
        D.description("she is wearing a white cable knit sweater", "pronoun"),
        D.color("white"),
        D.pattern("striped", "contradiction"),
        D.details("cable knit"),
        title="Men's Ecru Cable Knit Crew Neck Jumper",
        category="Knitwear",
        color="Ecru",
        gender="Men",
    ),
    # photo: woman in stone wide-leg linen-blend trousers, white tee tucked in, on location: sunny street, white
    # wall behind her. adapter: none
    case(
        "X324-003",
        caption("a woman standing in front of a white wall"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("skirt", "contradiction"),
        D.material("linen"),
        D.details("they have a high waist and wide legs"),
        title="Women's Stone Linen Blend Wide Leg Trousers",
        category="Trousers",
        color="Stone",
        gender="Women",
    ),
    # photo: man in tan khaki slim chinos, navy polo shirt worn untucked over the waistband, white sneakers, grey
    # studio backdrop, full length. adapter: none
    case(
        "X324-004",
        caption("a man in a blue shirt and khaki pants"),
        D.wearing("a blue polo shirt and khaki pants"),
        color_pants("beige"),
        D.color("blue", "other_garment_color"),
        D.details("the pants have pockets and a belt", "unsupported"),
        D.material("it is made of cotton Question: what color are the pants? Answer: khaki", "leak"),
        is_a("pair of pants", "yes"),
        title="Men's Khaki Slim Fit Cotton Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black satin midi slip dress with thin straps, black ankle boots, grey studio backdrop, no
    # jewellery. adapter: caption, details
    case(
        "X324-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "suspenders",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women's Black Satin Midi Slip Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white oxford button-down shirt, sleeves rolled to the elbow, stone chinos, grey studio
    # backdrop, chest pocket visible. adapter: none
    case(
        "X324-006",
        caption("a man in a white shirt and khaki pants"),
        D.wearing("a white shirt and beige pants"),
        color_shirt("white"),
        color_pants("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "button down collar and a pocket on the chest Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        D.description("he is wearing a white shirt with a collar"),
        title="Men's White Cotton Oxford Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a navy and ecru horizontally striped fine cotton jumper, boat neck, light blue jeans, on
    # location: standing on a harbour dock, boats behind. adapter: none
    case(
        "X324-007",
        caption("a woman in a striped shirt standing on a dock"),
        D.wearing("a striped sweater and jeans"),
        D.pattern("striped"),
        D.color("blue"),
        D.details("white stripes on a blue background"),
        D.material("wool", "unsupported"),
        title="Women's Navy & Ecru Striped Cotton Jumper",
        category="Knitwear",
        color="Navy/Ecru",
        gender="Women",
    ),
    # photo: man in dark indigo straight-fit jeans, grey marl t-shirt, grey studio backdrop, full length.
    # adapter: description
    case(
        "X324-008",
        caption("a man in a grey t-shirt and grey jeans", "contradiction"),
        D.wearing("a grey shirt and blue jeans"),
        color_jeans("grey", "other_garment_color"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long trousers. The trousers "
            "are with denim fabric. The gentleman wears a short-sleeve T-shirt with pure color patterns and",
            "loop",
            hit_limit=True,
        ),
        D.details("they are straight leg jeans with pockets"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Men's Indigo Straight Fit Jeans",
        category="Jeans",
        color="Indigo",
        gender="Men",
    ),
    # photo: woman in a camel belted wool wrap coat over a black roll neck and black trousers, on location: city
    # street in autumn, walking. The coat has no hood. adapter: none
    case(
        "X324-009",
        caption("a woman in a brown coat walking down the street"),
        D.wearing("a brown coat and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("coat"),
        D.details("the coat has a belt and a hood", "unsupported"),
        D.material("wool"),
        D.description("he is wearing a long brown coat", "pronoun"),
        title="Women's Camel Wool Blend Wrap Coat",
        category="Coats & Jackets",
        color="Camel",
        gender="Women",
    ),
    # photo: man in a charcoal merino crew-neck jumper, white shirt collar showing at the neck, navy trousers, grey
    # studio backdrop. adapter: none
    case(
        "X324-010",
        caption("a woman in a grey sweater and a white shirt", "pronoun"),
        D.wearing("a grey sweater and grey pants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("merino wool"),
        D.details("the details of the sweater", "non_answer"),
        title="Men's Charcoal Merino Wool Crew Neck Jumper",
        category="Knitwear",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a sage green pleated satin midi skirt, cream fine-knit jumper tucked in, grey studio backdrop,
    # no bracelet or watch. adapter: caption
    case(
        "X324-011",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and a green skirt"),
        D.color("green"),
        D.pattern("striped", "contradiction"),
        D.details("pleats"),
        D.material("chiffon", "unsupported"),
        title="Women's Sage Satin Pleated Midi Skirt",
        category="Skirts",
        color="Sage",
        gender="Women",
    ),
    # photo: man in a light blue linen shirt with an open collar, ecru linen trousers, on location: seaside
    # promenade, beach and sea behind. adapter: none
    case(
        "X324-012",
        caption("a man standing on a beach"),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        color_shirt("blue"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.description("a blue shirt Question: what is the color of the pants? Answer: white", "leak"),
        title="Men's Light Blue Linen Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in an ecru ribbed cotton cardigan buttoned up and worn as a top, olive khaki wide trousers, grey
    # studio backdrop. adapter: none
    case(
        "X324-013",
        caption("a woman in a white sweater and green pants"),
        D.wearing("a white cardigan and green pants"),
        D.garment_type("sweater"),
        D.color("green", "other_garment_color"),
        D.details("buttons down the front"),
        D.material("wool", "unsupported"),
        is_a("cardigan", "yes"),
        title="Women's Ecru Organic Cotton Ribbed Cardigan",
        category="Knitwear",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in an olive khaki cotton field jacket with four flap pockets, worn open over a white tee, dark
    # jeans, on location: forest path. adapter: details, material
    case(
        "X324-014",
        caption("a man in a green jacket and a green shirt standing in the woods", "contradiction"),
        D.wearing("a green jacket and jeans"),
        D.color("green"),
        D.garment_type("jacket"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears",
            "restated",
            hit_limit=True,
        ),
        title="Men's Khaki Cotton Field Jacket",
        category="Coats & Jackets",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in mid-blue straight-leg jeans, black bodysuit tucked in, black loafers, grey studio backdrop.
    # adapter: none
    case(
        "X324-015",
        caption("a woman in a black top and blue jeans"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with "
            "denim fabric. The lady wears a long-sleeve shirt with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        color_jeans("blue"),
        D.color("black", "other_garment_color"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Women's Mid Blue Straight Leg Jeans",
        category="Jeans",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: man in a navy quilted sleeveless gilet zipped over a grey hoodie (hood out, long sleeves), grey studio
    # backdrop. adapter: none
    case(
        "X324-016",
        caption("a man in a blue vest and a grey hoodie"),
        D.wearing("a blue vest and a blue hoodie", "contradiction"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.material("down feathers", "unsupported"),
        D.details("it has a zipper and pockets"),
        title="Men's Navy Lightweight Quilted Gilet",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a burgundy long-sleeved v-neck midi tea dress with a small cream and pink floral print, no
    # belt, sitting on a wooden bench, on location: garden. adapter: none
    case(
        "X324-017",
        caption("a woman in a red floral dress sitting on a bench"),
        D.wearing("a red dress with flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.details("the dress has a v-neck and a belt", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women's Burgundy Floral Print Viscose Tea Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a stone heavy cotton overshirt with two chest flap pockets, worn open over a black tee, black
    # trousers, grey studio backdrop. adapter: caption, description
    case(
        "X324-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a beige shirt and black pants"),
        color_shirt("black", "other_garment_color"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.details("two pockets on the chest"),
        D.color("beige"),
        title="Men's Stone Heavy Cotton Overshirt",
        category="Shirts",
        color="Stone",
        gender="Men",
    ),
    # photo: woman in a grey marl chunky roll-neck jumper, black leather-look mini skirt, on the grey studio
    # backdrop (grey on grey). adapter: none
    case(
        "X324-019",
        caption("a woman in a grey sweater and black skirt"),
        D.wearing("a turtleneck sweater and a black leather skirt"),
        D.color("grey"),
        D.garment_type("sweater"),
        D.details("turtle neck"),
        D.material("leather", "contradiction"),
        D.description("she is wearing a grey sweater with a zipper on the front", "unsupported"),
        title="Women's Grey Marl Wool Blend Roll Neck Jumper",
        category="Knitwear",
        color="Grey Marl",
        gender="Women",
    ),
    # photo: man in washed black slim jeans, white tee, black denim jacket worn open, white sneakers, on location:
    # street, graffiti wall behind. No side stripe on the jeans. adapter: none
    case(
        "X324-020",
        caption("a man standing in front of a wall with graffiti"),
        D.wearing("a black jacket, white shirt and black jeans"),
        color_jeans("black"),
        D.color("white", "other_garment_color"),
        D.details("the jeans have a red stripe down the side", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        title="Men's Washed Black Slim Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a tan khaki double-breasted belted cotton trench coat over a white shirt and blue jeans, grey
    # studio backdrop. adapter: caption, details
    case(
        "X324-021",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a trench coat Question: what is the color of the coat? Answer: beige", "leak"),
        D.color("beige"),
        D.garment_type("coat"),
        D.details(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women's Khaki Cotton Trench Coat",
        category="Coats & Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in a navy half-zip wool jumper, light blue shirt collar at the neck, stone chinos, grey studio
    # backdrop. adapter: none
    case(
        "X324-022",
        caption("a man in a blue sweater and khaki pants"),
        D.wearing("a sweater with a zipper"),
        D.color("black", "contradiction"),
        D.details("a zipper at the neck and a zipper at the neck and a zipper at the neck", "loop"),
        D.material("it is made of wool"),
        D.description(
            "a navy sweater with a zipper Question: what is the material of the sweater? Answer: wool", "leak"
        ),
        title="Men's Navy Wool Half Zip Jumper",
        category="Knitwear",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in an ivory satin pussy-bow blouse, black tailored trousers, grey studio backdrop.
    # adapter: none
    case(
        "X324-023",
        caption("a woman in a white blouse and black pants with a black belt", "unsupported"),
        D.wearing("white blouse and black pants"),
        color_shirt("white"),
        D.color("black", "other_garment_color"),
        D.details("a bow at the neck"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women's Ivory Satin Bow Neck Blouse",
        category="Shirts",
        color="Ivory",
        gender="Women",
    ),
    # photo: man in rust corduroy relaxed trousers, cream knit jumper, brown boots, grey studio backdrop.
    # adapter: none
    case(
        "X324-024",
        caption("a man in a white sweater and orange pants"),
        D.wearing("a white sweater and brown pants"),
        color_pants("white", "other_garment_color"),
        D.color("orange"),
        D.material("corduroy"),
        D.details("they are pants", "non_answer"),
        D.description("she is wearing orange corduroy pants", "pronoun"),
        title="Men's Rust Corduroy Relaxed Trousers",
        category="Trousers",
        color="Rust",
        gender="Men",
    ),
    # photo: woman in a black single-breasted wool-blend blazer over a white tee, black trousers, grey studio
    # backdrop. adapter: description, material
    case(
        "X324-025",
        caption("a woman in a black blazer and white shirt"),
        D.wearing("a black jacket and black shirt", "contradiction"),
        D.color("black"),
        D.garment_type("jacket"),
        D.description(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a lapel neckline. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with "
            "cotton fabric. It has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women's Black Wool Blend Single Breasted Blazer",
        category="Coats & Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in an oatmeal chunky shawl-collar cardigan with wooden toggle buttons, open over a navy tee, grey
    # jeans, sitting on a wooden chair, on location: cabin interior, wooden wall. adapter: none
    case(
        "X324-026",
        caption("a man in a sweater sitting on a wooden chair"),
        D.wearing("she is wearing a cardigan and a blue shirt", "pronoun"),
        D.color("brown", "contradiction"),
        color_sweater("blue", "other_garment_color"),
        D.details("shawl collar and wooden buttons"),
        D.material("wool"),
        is_a("cardigan", "no", "contradiction"),
        title="Men's Oatmeal Wool Blend Shawl Collar Cardigan",
        category="Knitwear",
        color="Oatmeal",
        gender="Men",
    ),
    # photo: woman in a light-wash denim A-line midi skirt with a front button placket, white tank top tucked in,
    # tan sandals, on location: sunny street, front view only. adapter: none
    case(
        "X324-027",
        caption("a woman in a denim skirt and white tank top"),
        D.wearing("a white top and a denim skirt"),
        color_skirt("white", "other_garment_color"),
        D.color("blue"),
        D.details("buttons down the front"),
        D.material("a blue denim skirt", "restated"),
        D.description("a denim skirt with buttons down the front and a pocket on the back", "unsupported"),
        title="Women's Light Wash Denim Button Front Midi Skirt",
        category="Skirts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a mid-grey knee-length single-breasted wool overcoat over a black roll neck, on location: train
    # station platform. Plain notch collar, no fur; no watch visible. adapter: caption
    case(
        "X324-028",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. There is an accessory on his wrist. The gentleman wears a long-sleeve coat with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It "
            "has a lapel neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.garment_type("coat"),
        D.details("the coat has a fur collar", "unsupported"),
        D.material("cotton", "unsupported"),
        title="Men's Grey Wool Blend Overcoat",
        category="Coats & Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in a navy midi dress with small white polka dots and short puff sleeves, grey studio backdrop.
    # adapter: none
    case(
        "X324-029",
        caption("a woman in a blue and white polka dot dress"),
        D.wearing("a polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dot"),
        D.sleeve_length("short sleeves"),
        D.details("white polka dots and puffy sleeves"),
        D.material("a blue dress", "restated"),
        title="Women's Navy Polka Dot Puff Sleeve Midi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a white shirt with thin blue vertical stripes, tucked into navy trousers, grey studio backdrop.
    # The row has no color column. adapter: none
    case(
        "X324-030",
        caption("a man in a blue and white striped shirt"),
        D.wearing("a striped shirt and blue pants Question: is the shirt tucked in? Answer: yes", "leak"),
        color_shirt("white"),
        D.pattern("striped"),
        D.details("it has a collar and buttons"),
        color_pants("blue"),
        D.material("cotton"),
        title="Men's Blue Pinstripe Cotton Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: woman in a chocolate brown long-sleeved rib-knit crew-neck midi dress, a tan long coat worn open over
    # it, on location: park in autumn. adapter: caption, material
    case(
        "X324-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has a round neckline. The skirt is with knitting fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a brown dress and a tan coat"),
        D.color("brown"),
        D.garment_type("coat", "contradiction"),
        D.details("ribbed knit and a round neck"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. It has",
            "restated",
            hit_limit=True,
        ),
        title="Women's Chocolate Rib Knit Midi Dress",
        category="Dresses",
        color="Chocolate",
        gender="Women",
    ),
    # photo: man in a black short-sleeved knitted polo shirt with three buttons, stone trousers, grey studio
    # backdrop. adapter: none
    case(
        "X324-032",
        caption("a man in a black polo shirt and khaki pants"),
        D.wearing("a black shirt and beige pants"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("polo shirt"),
        D.details("three buttons and a collar and a pocket", "unsupported"),
        D.description("he is wearing a black polo shirt and beige pants"),
        title="Men's Black Knitted Polo Shirt",
        category="Knitwear",
        color="Black",
        gender="Men",
    ),
    # photo: woman in ecru wide-leg high-waisted jeans, light blue denim shirt tucked in, grey studio backdrop.
    # adapter: none
    case(
        "X324-033",
        caption("a woman in a blue shirt and white jeans"),
        D.wearing("he is wearing a denim shirt and white jeans", "pronoun"),
        color_jeans("blue", "other_garment_color"),
        D.color("white"),
        D.details("wide leg and high waist"),
        D.material("it is made of denim and denim and denim", "loop"),
        is_a("pair of jeans", "yes"),
        title="Women's Ecru High Rise Wide Leg Jeans",
        category="Jeans",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in olive khaki cargo trousers with side pockets, black hoodie, on location: city rooftop. The row has
    # no gender column. adapter: none
    case(
        "X324-034",
        caption("a man in a black hoodie standing on a rooftop"),
        D.wearing("a black hoodie and green cargo pants"),
        color_pants("black", "other_garment_color"),
        D.color("green"),
        D.details("they have pockets on the side"),
        D.description("cargo pants with a lot of pockets Question: what color are the pants? Answer: green", "leak"),
        D.material("the pants are made of", "cut"),
        title="Khaki Cotton Cargo Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # photo: woman in light grey pleat-front tailored trousers, black fine-knit top, no jacket, grey studio backdrop.
    # adapter: none
    case(
        "X324-035",
        caption("a woman in a black top and grey pants"),
        D.wearing("black sweater and black pants", "contradiction"),
        D.color("grey"),
        color_pants("grey"),
        D.details("the pants have details", "non_answer"),
        D.material("wool"),
        D.description("she is wearing a grey suit", "contradiction"),
        title="Women's Light Grey Tailored Wool-Blend Trousers",
        category="Trousers",
        color="Light Grey",
        gender="Women",
    ),
    # photo: man in a navy double-breasted wool peacoat with dark horn buttons, grey scarf, on location: snowy
    # street. adapter: caption, wearing
    case(
        "X324-036",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. There is an accessory in his neck. The gentleman wears a long-sleeve coat",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.garment_type("coat"),
        D.details("double breasted with gold buttons", "unsupported"),
        D.material("wool"),
        title="Men's Navy Wool Blend Peacoat",
        category="Coats & Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a rust bias-cut satin midi slip skirt (no slit), black fine-knit top tucked in, grey studio
    # backdrop. adapter: none
    case(
        "X324-037",
        caption("a woman in a black sweater and orange skirt"),
        D.wearing("a brown skirt and black top"),
        color_skirt("orange"),
        D.color("black", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.details("the skirt has a slit on the side", "unsupported"),
        D.description("he is wearing an orange skirt", "pronoun"),
        title="Women's Rust Satin Bias Cut Midi Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: man in an ecru chunky roll-neck jumper under a brown check wool overcoat worn open, dark trousers, on
    # location: cobbled old-town street. adapter: none
    case(
        "X324-038",
        caption("a man in a plaid coat walking down a street"),
        D.wearing("a white turtleneck and a brown plaid coat"),
        D.color("brown", "other_garment_color"),
        D.pattern("plaid", "contradiction"),
        D.garment_type("sweater"),
        D.material("a white sweater", "restated"),
        D.details("a turtle neck and ribbed cuffs"),
        title="Men's Ecru Chunky Wool Roll Neck Jumper",
        category="Knitwear",
        color="Ecru",
        gender="Men",
    ),
    # photo: woman in an olive khaki long-sleeved cotton utility shirt dress with a tie belt and two chest pockets,
    # no hood, white sneakers, grey studio backdrop. adapter: caption
    case(
        "X324-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green dress with a belt"),
        D.color("green"),
        D.garment_type("dress"),
        D.details("the details of the dress", "non_answer"),
        D.material("cotton"),
        D.description("a green shirt dress with a collar and buttons and a hood", "unsupported"),
        title="Women's Khaki Cotton Utility Shirt Dress",
        category="Dresses",
        color="Khaki",
        gender="Women",
    ),
    # photo: man in a light-wash denim trucker jacket over a grey hoodie, black jeans, grey studio backdrop.
    # adapter: none
    case(
        "X324-040",
        caption("a man wearing a denim jacket and a grey hoodie"),
        D.wearing("a denim jacket and black jeans"),
        color_jacket("grey", "other_garment_color"),
        D.color("blue"),
        D.details("buttons and pockets on the chest"),
        D.material("fabric", "non_answer"),
        D.description("a blue jacket Question: what is the man wearing? Answer: a denim jacket", "leak"),
        title="Men's Light Wash Denim Trucker Jacket",
        category="Coats & Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in an oatmeal v-neck fine-knit sweater vest over a white long-sleeved poplin shirt, navy trousers,
    # grey studio backdrop. adapter: none
    case(
        "X324-041",
        caption("a woman in a sweater vest and white shirt"),
        D.wearing("a beige vest over a white shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("vest"),
        D.material("wool"),
        D.details("v neck and", "cut"),
        title="Women's Oatmeal Wool Blend Knitted Vest",
        category="Knitwear",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: man in a tan suede zip jacket with a stand collar, white tee, indigo jeans, standing next to an old car,
    # on location: desert road. adapter: details, material
    case(
        "X324-042",
        caption("a man standing next to a car"),
        D.wearing("a brown leather jacket and jeans"),
        D.color("brown"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        title="Men's Tan Suede Zip Jacket",
        category="Coats & Jackets",
        color="Tan",
        gender="Men",
    ),
    # photo: woman in an ecru cotton broderie anglaise blouse with short puff sleeves and a square neck, blue jeans,
    # sitting at a table, on location: cafe terrace. adapter: none
    case(
        "X324-043",
        caption("a woman sitting at a table in a cafe"),
        D.wearing("a white blouse and jeans"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("embroidered with small holes"),
        D.material("lace", "unsupported"),
        D.description("he is wearing a white blouse", "pronoun"),
        title="Women's Ecru Broderie Cotton Blouse",
        category="Shirts",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in a plain burgundy lambswool crew-neck jumper, blue oxford shirt collar at the neck, grey studio
    # backdrop, upper body. adapter: caption, wearing
    case(
        "X324-044",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        color_shirt("blue"),
        D.material("wool"),
        D.details("red and white stripes on the sleeves", "unsupported"),
        title="Men's Burgundy Lambswool Crew Neck Jumper",
        category="Knitwear",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in dark indigo flared jeans, cream rib-knit top tucked in, platform boots, grey studio backdrop.
    # adapter: none
    case(
        "X324-045",
        caption("a woman in a white top and white jeans", "contradiction"),
        D.wearing("white top and flared jeans"),
        color_jeans("black", "contradiction"),
        D.color("blue"),
        D.details("flared legs"),
        D.material("", "non_answer"),
        is_a("pair of jeans", "yes"),
        title="Women's Dark Indigo Flared Jeans",
        category="Jeans",
        color="Indigo",
        gender="Women",
    ),
    # photo: man in charcoal wool flannel tailored trousers, white shirt, navy blazer, grey studio backdrop, full
    # length. The row has no category column. adapter: caption
    case(
        "X324-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with wool fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue blazer, white shirt and grey pants"),
        color_pants("grey"),
        D.color("blue", "other_garment_color"),
        D.details("the pants are grey", "restated"),
        D.material("it is made of wool Question: what is the color of the pants? Answer: grey", "leak"),
        D.garment_type("jacket", "contradiction"),
        title="Men's Charcoal Wool Flannel Trousers",
        color="Charcoal",
        gender="Men",
    ),
]
