"""BLIND_376 (46 products; men's and women's sportswear on an Indian marketplace: tees, bras, joggers, tracksuits):
written blind in the forty-fifth session. Measured blind at d06d7cd (the session's rules as they stood): 113/135
failures found (83.7%) and 7/170 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: an Ajio/Myntra-like English feed of sportswear for men and women: training and running t-shirts, gym tank
tops, sports bras, tights, track pants, joggers, shorts, tracksuits, jackets, windcheaters and sweatshirts, all shot on
models. Most photos show the product worn with another garment (a tee over the track pants, tights under the sports
bra, a jacket open over a tank top), some in a gym, on a running track, on a tennis court or against a painted or brick
wall, some with props (dumbbell, yoga mat, water bottle, racket). Each row has the seller's title, category, color and
gender, the vendor's shade names (Navy Blue, Grey Melange, Charcoal, Olive, Teal Blue, Coral, Mustard, Lavender, Peach,
Off White, Sea Green, Beige, Multi); a few rows miss the gender or the category, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a black
t-shirt and grey shorts") or, where the comment says so, from the caption-only LoRA adapter (the DeepFashion template,
"The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). The
adapter never learnt an end token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers),
carries hit_limit=True, and asked a question it returns its template. The open questions (wearing, description,
details, material, print, neckline) come from the base model unless the comment names the adapter; the base model
stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, picked from candidate sets:
never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue or navy for Navy Blue, grey for Charcoal and Grey
  Melange, green for Olive, Teal Blue and Sea Green, red for Maroon, pink for Coral and Peach, yellow for Mustard,
  purple for Lavender, white or cream for Off White, brown for Beige. Mustard given as orange and navy given as black
  are contradiction. A tie-dye tee sold as Multi answered with one of its colors (blue) is correct.
- The color of another piece in the photo (the tee worn over the track pants, the bra worn with the tights, the
  shorts under the tee, the white sneakers) given as the product's color is other_garment_color. The color of a wall,
  of a colour-block panel or of the print given as the product's color is contradiction.
- One color for two garments that the photo shows in two colors ("a black t-shirt and black shorts" over grey shorts)
  is contradiction; the same words are correct where both pieces really share the color (X376-022).
- Garment synonyms are correct: sweatpants, joggers or pants for track pants, leggings for tights, hoodie or sweater
  for a sweatshirt, top or crop top for a sports bra, tracksuit for a jacket-and-pants set, polo shirt for a polo
  tee. The reference engine calling a tank top a t-shirt, a sports bra a tank top or running shorts a skirt is
  contradiction.
- Materials: polyester, spandex or cotton on sportswear whose title names no fabric are plausible guesses and
  correct; wool, leather, denim, silk or lace on a training garment, neither named nor visible, are unsupported.
  The material question answered with the print ("camouflage") or with the outfit is restated.
- The reference engine's "striped" for a solid tracksuit with stripes down the sleeves, for a colour-blocked tee or
  for a floral-print tank is contradiction (the title says solid, colourblocked or printed); "solid" for printed
  tights is contradiction. Wrong yes/no answers ("no" to "Is this a t-shirt?" for a t-shirt, "yes" to "Is this a
  skirt?" for running shorts) are contradiction.
- Invented details are unsupported: a logo, a brand swoosh or lettering on a plain garment, a hood on a crew-neck
  sweatshirt, a pocket or a keyhole on a back the front-view photo does not show.
- Adapter texts: one that repeats a sentence of the template is loop; one cut mid-sentence without repeating is cut.
  Where the adapter's template misnames the product itself (the sports bra as "a sleeveless tank top"), that is what
  the auditor sees first: contradiction, hit_limit kept. Where it misnames or gives a wrong fabric to another piece
  of the outfit, or gives the product a wrong fabric before the cut, the text is cut. The template returned for the
  material question is restated; returned for "What is the person wearing?" or "What are the details?" it is cut or
  loop.
- A base answer that stops mid-phrase ("the sweatshirt is made of") is cut, without hit_limit. An empty answer,
  "the details of the sweatshirt", "they are leggings" for the details and "the shorts are short" are non_answer; the
  material question answered with the garment's name and color is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right, and so
  is one that starts by echoing the prompt.
- "she" for a man and "he" for a woman are pronoun; rows without gender have no pronoun failures.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_tshirt = question("color_tshirt", "What is the color of the t-shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_tights = question("color_tights", "What is the color of the tights?", "closed")
color_bra = question("color_bra", "What is the color of the sports bra?", "closed")
print_q = question("print", "What is printed on the garment?", "open")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_376 = [
    # photo: man in a black round-neck training t-shirt and grey shorts, white studio backdrop, front view.
    # no adapter text
    case(
        "X376-001",
        caption("a man in a black t-shirt and grey shorts"),
        D.wearing("a black t-shirt and black shorts", "contradiction"),
        B.garment_type("t-shirt"),
        B.color("black"),
        B.sleeve_length("short sleeves"),
        B.material("polyester"),
        is_a("t-shirt", "yes"),
        D.description("a black t-shirt with a white logo on the chest", "unsupported"),
        title="Men Black Solid Round Neck Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a navy sports bra with a small white geometric print and black tights, gym with a grey wall,
    # front view. caption: adapter (calls the bra a tank top)
    case(
        "X376-002",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue sports bra and black leggings"),
        B.color("blue"),
        color_bra("black", "other_garment_color"),
        B.pattern("printed"),
        D.details("a wide band under the bust and a hook closure at the back", "unsupported"),
        title="Women Navy Blue Printed Medium Support Sports Bra",
        category="Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in grey melange track pants with a white drawstring, white t-shirt, white sneakers, full length,
    # white backdrop. no adapter text
    case(
        "X376-003",
        caption("a man in a white t-shirt and grey sweatpants"),
        D.wearing("a white t-shirt and grey pants"),
        B.color("white", "other_garment_color"),
        color_pants("grey"),
        D.details("the pants have a drawstring waist and side pockets"),
        B.material(
            "it is made of cotton Question: What is the color of the t-shirt? Answer: white",
            "leak",
        ),
        title="Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in black high-rise tights and a pink sports bra, side view, white backdrop.
    # caption: adapter
    case(
        "X376-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing black leggings and a pink sports bra", "pronoun"),
        B.color("black"),
        color_tights("pink", "other_garment_color"),
        B.material("spandex"),
        is_a("pair of tights", "yes"),
        D.details("the details of the leggings", "non_answer"),
        title="Women Black Solid High-Rise Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy tracksuit (full-zip jacket with two white stripes down each sleeve, matching pants),
    # white backdrop. no adapter text
    case(
        "X376-005",
        caption("a man in a blue tracksuit"),
        D.wearing("a navy blue jacket and navy blue pants"),
        B.garment_type("tracksuit"),
        B.color("navy"),
        B.pattern("striped", "contradiction"),
        D.details("white stripes on the sleeves and a zipper"),
        B.material("polyester"),
        D.description(
            "a blue jacket and blue pants with white stripes on the pants",
            "unsupported",
        ),
        title="Men Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a coral racerback tank top with a small white floral print and black shorts, outdoors in a
    # park with trees behind, front view. no adapter text
    case(
        "X376-006",
        caption("a woman in a pink tank top standing in a park"),
        D.wearing("a pink tank top and black shorts"),
        B.color("black", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        print_q("flowers"),
        D.details("it has a racerback"),
        title="Women Coral Printed Racerback Tank Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: man in olive joggers with ankle cuffs and a black pullover hoodie, hands in the hoodie pocket, grey
    # concrete wall. caption, material: adapter
    case(
        "X376-007",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The trousers the gentleman wears is of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and green pants"),
        color_pants("green"),
        B.color("black", "other_garment_color"),
        D.details("the joggers have elastic cuffs at the ankles and a drawstring"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The trousers",
            "restated",
            hit_limit=True,
        ),
        title="Men Olive Green Solid Joggers",
        category="Joggers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a lavender cropped crew-neck sweatshirt and white joggers, white backdrop.
    # no adapter text
    case(
        "X376-008",
        caption("a woman in a purple sweatshirt and white pants"),
        D.wearing("a purple sweatshirt and purple pants", "contradiction"),
        B.garment_type("sweatshirt"),
        B.color("purple"),
        B.sleeve_length("long sleeves"),
        B.material("wool", "unsupported"),
        D.details(
            "it is cropped Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Lavender Solid Crop Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a white t-shirt with a large black "RUN" typographic print on the chest, black shorts, light blue
    # painted wall. no adapter text
    case(
        "X376-009",
        caption("a man in a white t-shirt with the word run on it"),
        D.wearing("a white t-shirt and black shorts"),
        B.color("white"),
        B.pattern("graphic"),
        print_q("run Question: What is the color of the t-shirt? Answer: white", "leak"),
        D.description("a white t-shirt with a black nike logo", "unsupported"),
        B.material("a white t-shirt", "restated"),
        title="Men White Typography Printed Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in charcoal running shorts and a neon green t-shirt, on a red running track, front view.
    # caption: adapter
    case(
        "X376-010",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt "
            "is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green t-shirt and grey shorts"),
        B.color("green", "other_garment_color"),
        color_shorts("grey"),
        D.details("the shorts have a zip pocket at the back", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Men Charcoal Solid Running Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a black hooded windcheater worn open over a white tank top, black tights, grey backdrop.
    # caption: adapter
    case(
        "X376-011",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket, a white tank top and black leggings"),
        B.color("white", "other_garment_color"),
        B.garment_type("jacket"),
        B.sleeve_length("long sleeves"),
        D.details("the jacket has a hood and a zipper"),
        B.material("leather", "unsupported"),
        title="Women Black Solid Hooded Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck sweatshirt and blue jeans, standing in front of a red brick wall.
    # no adapter text
    case(
        "X376-012",
        caption("a man in a red sweatshirt standing in front of a brick wall"),
        D.wearing("a red sweater and red jeans", "contradiction"),
        B.color("red"),
        D.description("a red sweatshirt with a hood", "unsupported"),
        D.details("the details of the sweatshirt", "non_answer"),
        B.material("cotton"),
        title="Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a teal blue running t-shirt and black shorts, white backdrop, front view.
    # caption, wearing, description: adapter
    case(
        "X376-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.sleeve_length("short sleeves"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Women Teal Blue Solid Running T-shirt",
        category="Tshirts",
        color="Teal Blue",
        gender="Women",
    ),
    # photo: muscular man in a black gym tank top (deep armholes) and grey shorts cropped at mid-thigh, holding a
    # dumbbell, gym with weight racks behind. no adapter text
    case(
        "X376-014",
        caption("a man holding a dumbbell in a gym"),
        D.wearing("a black tank top and black shorts", "contradiction"),
        B.garment_type("t-shirt", "contradiction"),
        B.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        B.material("a black tank top", "restated"),
        title="Men Black Solid Gym Tank Top",
        category="Tank Tops",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey melange joggers and a black sports bra, full length, white backdrop.
    # no adapter text
    case(
        "X376-015",
        caption("a woman in a black sports bra and grey sweatpants"),
        D.wearing(
            "she is wearing a black sports bra and grey joggers Question: What is the color of the joggers? Answer: "
            "grey",
            "leak",
        ),
        B.color("grey"),
        color_pants("black", "other_garment_color"),
        D.details("elastic cuffs and a drawstring"),
        is_a("pair of track pants", "no", "contradiction"),
        title="Women Grey Melange Solid Joggers",
        category="Joggers",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a red training t-shirt with black shoulder panels (colour-blocked) and black track pants, white
    # backdrop. caption: adapter
    case(
        "X376-016",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers the gentleman wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and black t-shirt and black pants"),
        B.color("red"),
        B.pattern("striped", "contradiction"),
        is_a("t-shirt", "yes"),
        D.details("black panels on the shoulders"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Men Red & Black Colourblocked Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: woman in a mustard non-padded sports bra and grey tights, sitting cross-legged on a blue yoga mat, white
    # wall. no adapter text
    case(
        "X376-017",
        caption("a woman sitting on a yoga mat"),
        D.wearing("a yellow sports bra and yellow leggings", "contradiction"),
        B.color("orange", "contradiction"),
        color_bra("yellow"),
        D.details("a cross back and a zipper in the front", "unsupported"),
        B.material("it is made of", "cut"),
        title="Women Mustard Solid Non-Padded Sports Bra",
        category="Bra",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in blue camouflage-print shorts (navy, slate and grey blotches) and a white tank top, on a rooftop
    # with sky behind. no adapter text
    case(
        "X376-018",
        caption("a man in a white tank top and camouflage shorts"),
        D.wearing("a white tank top and blue shorts"),
        B.color("white", "other_garment_color"),
        B.pattern("printed"),
        print_q("camouflage"),
        color_shorts("green", "contradiction"),
        B.material("camouflage", "restated"),
        title="Men Blue Camouflage Printed Sports Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black track pants with a white stripe down each side and a black crop top, white backdrop.
    # no adapter text
    case(
        "X376-019",
        caption("a woman in black pants with white stripes on the side"),
        D.wearing("a black top and black pants with white stripes"),
        B.color("black"),
        B.pattern("solid"),
        D.details("white stripes on the side"),
        D.description("they are pants", "non_answer"),
        B.material("polyester"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Women Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy pullover hoodie with a kangaroo pocket and black jeans, hands in the pocket, white
    # backdrop. caption, material: adapter. (the feed row has no gender)
    case(
        "X376-020",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue hoodie and black pants"),
        B.color("navy"),
        B.garment_type("jacket", "contradiction"),
        D.details("a hood and a kangaroo pocket"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # photo: woman in a plain pink tracksuit (zip jacket, joggers) and white sneakers, white backdrop, no logo.
    # no adapter text
    case(
        "X376-021",
        caption("a woman in a pink tracksuit and white sneakers"),
        D.wearing("a pink jacket and pink pants"),
        B.color("pink"),
        color_jacket("pink"),
        color_pants("white", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a pink zip-up jacket with a white logo on the chest", "unsupported"),
        title="Women Pink Solid Tracksuit",
        category="Tracksuits",
        color="Pink",
        gender="Women",
    ),
    # photo: man running on a road in a black running t-shirt with a small reflective logo and black shorts, smart
    # watch on his wrist. no adapter text
    case(
        "X376-022",
        caption("a man running on a road"),
        D.wearing("a black t-shirt and black shorts"),
        B.color("black"),
        B.material("polyester"),
        D.details("a reflective logo on the chest"),
        is_a("tank top", "no"),
        title="Men Black Solid Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in olive training shorts with a white drawstring and a white t-shirt, white backdrop.
    # caption: adapter
    case(
        "X376-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and green shorts"),
        B.color("green"),
        color_shorts("white", "other_garment_color"),
        D.details(
            "the shorts have a white drawstring and a white stripe on the side",
            "unsupported",
        ),
        B.material("denim", "unsupported"),
        title="Women Olive Green Solid Training Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a grey full-zip track jacket with a stand collar (no hood) over a black t-shirt, black track
    # pants, white backdrop. no adapter text
    case(
        "X376-024",
        caption("a man in a grey jacket and black pants"),
        D.wearing("a grey jacket and grey pants", "contradiction"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        D.details("a zipper and a hood", "unsupported"),
        neckline("a high collar"),
        B.material("polyester"),
        title="Men Grey Solid Full-Zip Track Jacket",
        category="Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in black tights with a white abstract line print and a black sports bra, white backdrop.
    # no adapter text
    case(
        "X376-025",
        caption("a woman in black leggings with white print"),
        D.wearing("black leggings and a black top"),
        B.color("black"),
        B.pattern("solid", "contradiction"),
        print_q("geometric shapes"),
        D.details("they are leggings", "non_answer"),
        B.material(
            "it is made of spandex Question: What is the pattern of the garment? Answer: solid",
            "leak",
        ),
        title="Women Black Printed Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white sports polo (collar, three-button placket) and navy shorts, holding a tennis racket on a
    # green tennis court. no adapter text
    case(
        "X376-026",
        caption("a man holding a tennis racket on a tennis court"),
        D.wearing("she is wearing a white polo shirt and blue shorts", "pronoun"),
        B.color("white"),
        B.garment_type("polo shirt"),
        B.sleeve_length("short sleeves"),
        D.description(
            "a white polo shirt with a collar and three buttons Question: What is the color of the shorts? Answer: "
            "blue",
            "leak",
        ),
        B.material("a white polo shirt", "restated"),
        title="Men White Solid Polo Collar Sports T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red sports bra and matching red tights, front view, white backdrop.
    # no adapter text
    case(
        "X376-027",
        caption("a woman in a red sports bra and red leggings"),
        D.wearing("she is wearing a red bra and red leggings"),
        B.color("red"),
        color_bra("red"),
        color_tights("red"),
        D.details("the bra has a keyhole in the back", "unsupported"),
        B.material("a red sports bra", "restated"),
        is_a("tank top", "yes", "contradiction"),
        title="Women Red Solid Sports Bra",
        category="Bra",
        color="Red",
        gender="Women",
    ),
    # photo: man in navy track pants with white side piping and a navy t-shirt, white backdrop.
    # no adapter text
    case(
        "X376-028",
        caption("a man in a blue t-shirt and blue pants"),
        D.wearing("a blue shirt and black pants", "contradiction"),
        B.color("black", "contradiction"),
        color_pants("navy"),
        D.details("white piping on the sides"),
        is_a("pair of jeans", "no"),
        title="Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white oversized t-shirt with a small black logo on the chest and black cycling shorts,
    # against a pastel pink wall. no adapter text
    case(
        "X376-029",
        caption("a woman in a white t-shirt standing against a pink wall"),
        D.wearing("a white t-shirt and white shorts", "contradiction"),
        B.color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.details("a small logo on the chest"),
        B.material("silk", "unsupported"),
        title="Women White Solid Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in black training shorts and a grey tank top, gym with a mirror behind.
    # caption, wearing, details, material: adapter
    case(
        "X376-030",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman wears a sleeveless tank top with pure color patterns. The tank "
            "top",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        color_shorts("grey", "other_garment_color"),
        B.material(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Men Black Solid Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a grey hooded zip jacket with thumbholes at the cuffs, worn open over a black sports bra, black
    # tights, white backdrop. no adapter text
    case(
        "X376-031",
        caption("a woman in a grey hoodie and black leggings"),
        D.wearing("a grey jacket and a black sports bra"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        D.details("the jacket has a hood and thumb holes"),
        B.material("polyester"),
        D.description("a grey jacket with a hood Question: Is this a jacket? Answer: yes", "leak"),
        title="Women Grey Solid Hooded Sporty Jacket",
        category="Jackets",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a blue and purple tie-dye t-shirt and black joggers, white backdrop.
    # no adapter text
    case(
        "X376-032",
        caption("a man in a tie dye t-shirt"),
        D.wearing("a blue and purple t-shirt and black pants"),
        B.color("blue"),
        B.pattern("printed"),
        D.description("a colorful t-shirt"),
        B.material("cotton"),
        D.details("she is wearing a tie dye shirt", "pronoun"),
        title="Men Multicolour Tie-Dye Printed Training T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a black muscle tank top and olive joggers, holding a water bottle, white wall, front view.
    # no adapter text
    case(
        "X376-033",
        caption("a woman holding a water bottle"),
        D.wearing("a black tank top and green pants"),
        B.color("green", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        D.details("the tank top has a deep armhole and a logo on the back", "unsupported"),
        B.material("a black tank top and green pants", "restated"),
        title="Women Black Solid Muscle Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy tracksuit whose jacket has a red chest panel, navy pants, white backdrop.
    # caption, material: adapter
    case(
        "X376-034",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The trousers the gentleman wears is of long length. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and red jacket and blue pants"),
        B.color("red", "contradiction"),
        color_jacket("navy"),
        color_pants("navy"),
        B.material(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a standing neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue & Red Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a plain peach crew-neck sweatshirt and blue jeans, beige wall. (the feed row has no gender)
    # no adapter text
    case(
        "X376-035",
        caption("a woman in a pink sweatshirt and jeans"),
        D.wearing("a pink sweater and blue jeans"),
        B.color("pink"),
        D.description("a pink sweatshirt with the word love on it", "unsupported"),
        B.sleeve_length("long sleeves"),
        B.material("the sweatshirt is made of", "cut"),
        neckline("a v-neck", "contradiction"),
        title="Peach Solid Round Neck Sweatshirt",
        category="Sweatshirts",
        color="Peach",
    ),
    # photo: man in a black long-sleeve compression t-shirt and black shorts, dark gym background.
    # no adapter text
    case(
        "X376-036",
        caption("a man in a black long sleeve shirt"),
        D.wearing("she is wearing a black shirt and black shorts", "pronoun"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("t-shirt"),
        B.material("spandex"),
        D.details("", "non_answer"),
        title="Men Black Solid Long Sleeve Compression T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman running on an outdoor track in navy running shorts and a light grey t-shirt, side view.
    # no adapter text
    case(
        "X376-037",
        caption("a woman running on a track"),
        D.wearing("a grey t-shirt and blue shorts"),
        color_shorts("navy"),
        B.color("grey", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        is_a("skirt", "yes", "contradiction"),
        title="Women Navy Blue Solid Running Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in beige joggers with side pockets and a white t-shirt, white backdrop.
    # caption: adapter
    case(
        "X376-038",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers the gentleman wears is of long length. The trousers are with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and white pants", "contradiction"),
        B.color("beige"),
        color_pants("white", "other_garment_color"),
        D.details("elastic cuffs and side pockets and a zip pocket at the back", "unsupported"),
        B.material("cotton"),
        title="Men Beige Solid Joggers",
        category="Joggers",
        color="Beige",
        gender="Men",
    ),
    # photo: woman in black ankle-length tights and a black sports bra, front view, white backdrop.
    # caption, details, material: adapter
    case(
        "X376-039",
        caption(
            "The lady wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady "
            "wears a long leggings with pure color patterns. The leggings are with cotton fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("black leggings and a black sports bra"),
        B.color("black"),
        color_tights("black"),
        is_a("pair of leggings", "yes"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Solid Ankle Length Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in a sky blue round-neck training t-shirt and navy shorts, white backdrop.
    # no adapter text
    case(
        "X376-040",
        caption("a man in a light blue t-shirt and navy shorts"),
        D.wearing("a blue shirt and blue shorts"),
        B.color("navy", "other_garment_color"),
        D.description("a blue t-shirt with a v-neck", "contradiction"),
        B.material(
            "polyester Question: What is the pattern of the garment? Answer: solid",
            "leak",
        ),
        B.pattern("solid"),
        is_a("t-shirt", "no", "contradiction"),
        title="Men Sky Blue Solid Training T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black and pink colour-blocked hooded windcheater (pink sleeves, black body) and black tights,
    # outdoors on a hill trail. no adapter text
    case(
        "X376-041",
        caption("a woman in a black and pink jacket"),
        D.wearing("a pink jacket and black leggings"),
        B.color("black"),
        B.pattern("color block"),
        D.details("a hood and a zipper"),
        B.material("Question: What material is the garment made of? Answer: nylon", "leak"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Black & Pink Colourblocked Windcheater Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a grey melange crew-neck sweatshirt with ribbed cuffs and hem, black track pants, white backdrop.
    # caption: adapter. (the feed row has no category)
    case(
        "X376-042",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The trousers the gentleman wears is of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and grey pants", "contradiction"),
        B.color("grey"),
        B.garment_type("sweatshirt"),
        B.sleeve_length("long sleeves"),
        D.details("ribbed cuffs and hem"),
        B.material("wool", "unsupported"),
        title="Men Grey Melange Solid Sweatshirt",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a sea green short-sleeve running t-shirt and black tights, white backdrop.
    # no adapter text
    case(
        "X376-043",
        caption("a woman in a green t-shirt and black leggings"),
        D.wearing("he is wearing a green t-shirt and black pants", "pronoun"),
        B.color("green"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.details("the t-shirt has a round neck and short sleeves"),
        color_tshirt("black", "other_garment_color"),
        title="Women Sea Green Solid Running T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: man in a tracksuit of a black zip jacket and grey pants, white backdrop.
    # no adapter text
    case(
        "X376-044",
        caption("a man in a black jacket and grey pants"),
        D.wearing("a black jacket and black pants", "contradiction"),
        color_jacket("black"),
        color_pants("black", "other_garment_color"),
        B.garment_type("tracksuit"),
        B.material("the jacket is made of", "cut"),
        D.details("the details of the jacket and the pants", "non_answer"),
        title="Men Black & Grey Solid Tracksuit",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a plain off white longline sports bra and beige joggers, white backdrop, no logo.
    # no adapter text
    case(
        "X376-045",
        caption("a woman in a white sports bra and beige pants"),
        D.wearing("a white crop top and brown pants"),
        B.color("white"),
        color_bra("cream"),
        B.garment_type("tank top", "contradiction"),
        D.description("a white sports bra with a black nike swoosh", "unsupported"),
        B.material("lace", "unsupported"),
        title="Women Off White Solid Longline Sports Bra",
        category="Bra",
        color="Off White",
        gender="Women",
    ),
    # photo: man in an olive t-shirt with a white "BEAST MODE" chest print (plain sleeves) and black shorts, gym with
    # battle ropes behind. caption, material: adapter
    case(
        "X376-046",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green t-shirt with beast mode written on it and black shorts"),
        B.color("green"),
        print_q("beast mode"),
        D.description(
            "a green t-shirt with white letters on it and white letters on the sleeves",
            "unsupported",
        ),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Olive Typography Printed Training T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
]
