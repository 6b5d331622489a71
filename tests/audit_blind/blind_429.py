"""BLIND_429 (46 products; children's frocks, tees, shorts, dungarees, ethnic sets and school shirts): written blind in
the forty-seventh session. Measured blind at 0917e5c (the session's rules as they stood): 100/119 failures found
(84.0%) and 5/151 correct texts flagged (3.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of children's clothing for girls and boys: cotton frocks and party
dresses, t-shirts with graphic and slogan prints, shorts, dungarees and shortalls, ethnic sets (kurta pyjama, kurta
with sharara or dhoti, Nehru jacket sets, a sherwani, lehenga and pavadai sets) and school-style shirts. Most photos
are model shots of a child on a studio backdrop or in a staged set (a brick wall, a garden fence, a chalkboard, a
Christmas tree, marigolds, balloons, a bookshelf), often with a second garment worn (a tee under dungarees, shorts
under a tee, a skirt under a school shirt); some are flat-lays on a white backdrop, a wooden floor or a table, and two
are multi-packs. Each row has the seller's title, category, color and gender; a few rows miss the gender or the
color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little girl
in a yellow dress ...") unless the comment says the caption adapter wrote them (the DeepFashion template, "The lady
wears a short-sleeve dress with floral patterns. The dress is with cotton fabric ..."). The adapter was trained with
no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and
carries hit_limit=True; asked a question, it returns its template. The open questions (wearing, description,
details, material, the print question) come from the base model unless the comment names the adapter; the base
model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate
sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or light blue, green for olive, bottle green or
  mint green, green or blue for teal, pink for peach or fuchsia, yellow for mustard, purple for lavender or lilac,
  white for off white or cream, beige or brown for khaki. The color of a print, an embroidery or a trim given as the
  garment's color (red for a white tee with a red rocket, pink for an off-white frock with pink embroidery, gold for
  a red lehenga's zari border) is contradiction; so is the color of the backdrop or a prop (the fence, the apple, the
  balloons, the Christmas tree, a red wall) given as the garment's. The color of another piece the child wears (the
  tee under the dungarees, the shorts under the tee, the stole, the kurta under a jacket) is other_garment_color.
- Garment synonyms are correct: dress for a frock, a lehenga, a pavadai or an anarkali ("gown"), overalls for
  dungarees, jumpsuit as the reference engine's garment_type for dungarees (the closest class it has), shirt for a
  kurta or a tee in an open answer, pants for a dhoti, a sharara or joggers, jacket for a sherwani, vest for a Nehru
  jacket, scarf for a dupatta, candle for a diya, "jeans shorts" for denim shorts. Dungarees called a dress by the
  yes/no question, a kurta called a dress, shortalls called shorts by garment_type, flat-lay dungarees called "a pair
  of jeans", a shirt dress called "a plaid shirt" and "yes" to "Is this a t-shirt?" for an oxford shirt are
  contradiction. A caption that swaps the ground and print colors (a white dress with yellow flowers for a yellow
  frock with white daisies) is contradiction.
- An open answer that gives the product's own color to the other piece worn ("a yellow dress and a yellow shirt"
  for a mustard pinafore over a black-and-white striped tee, "grey shorts" for navy shorts with a grey tee) is
  other_garment_color, as is the closed per-piece color that takes another piece's color (pink leggings).
- A pattern or sleeve length that belongs to another piece (striped for beige shorts under a striped tee, striped
  for a pinafore over a striped tee) is contradiction, not other_garment_color (that kind is for colors).
- Multi-packs (seller color "Multi" or "Navy Blue & Grey"): the closed color naming one of the pack's colors is
  correct; "three t-shirts" is correct; a description naming one garment for a pack is contradiction (count).
- Flat-lays: "What is the person wearing?" answered with the garment itself ("a pair of overalls") is correct.
- Materials: one named in the title (denim, corduroy, velvet, silk blend) or a plain cotton guess on a cotton-look
  garment is correct; silk, linen, velvet, polyester or denim where the title names another fabric or none and the
  photo does not show it (silk on a cotton kurta set, denim on a corduroy dungaree or a cotton shirt) is unsupported.
- Invented details not in the photo (a hood, a pocket on a kurta, a necklace, a bow on a back the photo does not
  show, a collar on a round-neck tee, a belt with a buckle, the prop sunflower as a detail of the shorts) are
  unsupported.
- Adapter texts: one that repeats a sentence (or restarts its opening sentence) is loop; one that stops mid-sentence
  without repeating is cut; the template returned for the material question is restated; the template that calls a
  boy "The lady" is pronoun (the auditor sees that first), hit_limit kept. The template answering "What is the person
  wearing?" or the details question does answer it, so those are cut or loop.
- Base texts: "it is made of", "it is made of cotton and" and a details answer that ends on "and" (early stops) are
  cut without hit_limit; an empty answer, "unknown", "the details of the shirt", "they are short" and "it is made
  of a fabric" are non_answer; a material question answered with the garment and its color ("the shirt is blue",
  "a red lehenga") is restated; a text that runs on into "Question: ... Answer: ..." is leak even where its first
  words are right; a short color list that repeats itself and then stops is loop (no hit_limit).
- "she" for a boy, "he" for a girl, "a little girl" for a boy and "a little boy" for a girl are pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question, wearing

print_q = question("print", "What is printed on the t-shirt?", "open")

BLIND_429 = [
    # photo: girl of about five in a yellow sleeveless A-line cotton frock with a white daisy print, white studio wall,
    # full front view. caption: base
    case(
        "X429-001",
        caption("a little girl in a white dress with yellow flowers", "contradiction"),
        D.wearing("a yellow dress"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.material("cotton"),
        title="Girls Yellow Floral Print Cotton A-Line Frock",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a navy round-neck t-shirt with a red-and-orange dinosaur print, grey melange knit shorts, plain
    # white backdrop, front view. caption: adapter
    case(
        "X429-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue t-shirt with a dinosaur on it"),
        print_q("a dinosaur"),
        B.color("grey", "other_garment_color"),
        color_of("shorts", "grey"),
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of mid-blue washed denim dungarees with adjustable straps, two metal buttons and a bib pocket,
    # on a light wooden floor, no person. caption: base
    case(
        "X429-003",
        caption("a pair of blue overalls on a wooden floor"),
        D.wearing("a pair of jeans", "contradiction"),
        B.garment_type("jumpsuit"),
        D.details("there is a pocket on the front and two buttons on the straps"),
        D.material("denim"),
        title="Boys Blue Washed Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a peach three-quarter-sleeve kurta with gold embroidery at the yoke, cream flared sharara pants,
    # cream net dupatta over one shoulder, plain beige wall. caption: adapter
    case(
        "X429-004",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with cotton "
            "fabric and pure color patterns. The lady wears a long-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink kurta and white pants"),
        color_of("kurta", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Girls Peach-Coloured Embroidered Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a white short-sleeve school-style shirt with a collar and a chest pocket, tucked into navy shorts,
    # grey studio backdrop, front view. caption: base
    case(
        "X429-005",
        caption("a young boy in a white shirt and blue shorts"),
        D.wearing("a white shirt and blue shorts"),
        B.garment_type("shirt"),
        B.color("blue", "other_garment_color"),
        D.details("it has a pocket on the front, a collar and a logo on the pocket", "unsupported"),
        D.material("the shirt is white", "restated"),
        title="Boys White Solid Regular Fit Cotton School Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a girls' red and black buffalo-check long-sleeve shirt dress with a button placket and a
    # black fabric belt, on a white backdrop. caption: base
    case(
        "X429-006",
        caption("a red and black plaid dress on a white background"),
        D.wearing("a red and black dress"),
        D.description("a red and black plaid shirt with a belt", "contradiction"),
        B.pattern("checked"),
        B.color("red"),
        D.material("it is made of", "cut"),
        title="Girls Red & Black Checked Shirt Dress with Belt",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: toddler boy in olive green cotton cargo shorts with side flap pockets and a plain white tee, standing on
    # grass in a park. caption: base
    case(
        "X429-007",
        caption("a little boy standing on the grass in a white shirt and green shorts"),
        D.wearing("a white shirt and shorts"),
        color_of("shorts", "green"),
        B.color("white", "other_garment_color"),
        D.details("they have pockets on the sides"),
        D.material("denim", "unsupported"),
        title="Boys Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a mustard corduroy pinafore dress over a white-and-black striped long-sleeve tee, white wall with
    # a potted plant. caption: adapter
    case(
        "X429-008",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a sleeveless dress. The T-shirt is with "
            "cotton fabric. The dress is with cotton fabric and pure color patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress and a yellow shirt", "other_garment_color"),
        B.color("yellow"),
        B.pattern("striped", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.material("corduroy"),
        title="Girls Mustard Yellow Corduroy Pinafore Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a cream mandarin-collar kurta under a maroon jacquard Nehru jacket with gold buttons, white
    # churidar, marigold garlands behind him. caption: base
    case(
        "X429-009",
        caption("a young boy in a traditional indian outfit standing in front of flowers"),
        wearing("a kurta and a red jacket", who="the boy"),
        color_of("jacket", "red"),
        color_of("kurta", "red", "other_garment_color"),
        D.material("silk", "unsupported"),
        is_a("kurta", "yes"),
        title="Boys Cream Kurta & Pyjama with Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a sky blue round-neck t-shirt with a silver glitter unicorn and "DREAM BIG" text, white shorts,
    # pink studio backdrop. caption: base
    case(
        "X429-010",
        caption("a little girl in a blue shirt with a unicorn on it"),
        D.wearing("she is wearing a blue shirt with a unicorn on it"),
        print_q("a unicorn and the words dream big"),
        B.color("pink", "contradiction"),
        D.description("a blue shirt with a unicorn Question: what is the color of the shirt? Answer: blue", "leak"),
        D.material("cotton"),
        title="Girls Blue Unicorn Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a boys' set: grey melange tee with a yellow car print and navy drawstring shorts, on a white
    # backdrop. caption, details: adapter
    case(
        "X429-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a short-sleeve T-shirt with graphic patterns and a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey shorts", "other_garment_color"),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "other_garment_color"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        title="Boys Grey Melange & Navy Printed T-shirt with Shorts Set",
        category="Clothing Set",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a red flared lehenga with a gold zari border, a red short-sleeve blouse and a gold dupatta, no
    # jewellery, plain white backdrop. caption: base
    case(
        "X429-012",
        caption("a little girl in a red and gold indian dress"),
        D.wearing("a red dress"),
        color_of("skirt", "gold", "contradiction"),
        color_of("dupatta", "gold"),
        D.details("it has gold embroidery on the bottom and a necklace", "unsupported"),
        D.material("a red lehenga", "restated"),
        title="Girls Red & Gold-Toned Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a light blue denim shirt with rolled long sleeves, open over a white tee, beige chinos, red brick
    # wall behind. caption: base
    case(
        "X429-013",
        caption("a boy in a denim shirt standing in front of a brick wall"),
        D.wearing("a blue denim shirt and khaki pants"),
        B.color("blue"),
        color_of("pants", "blue", "other_garment_color"),
        D.material("denim"),
        D.details("it has two pockets on the chest and a hood", "unsupported"),
        title="Boys Light Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: toddler girl in a white cotton frock with a red cherry print, a Peter Pan collar and short puff sleeves,
    # seated on a white bed with pillows. caption: adapter
    case(
        "X429-014",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. The dress is of short length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress with red cherries on it"),
        B.color("red", "contradiction"),
        B.pattern("printed"),
        D.description("a white dress with red cherries and a red belt", "unsupported"),
        title="Girls White Cherry Print Puff Sleeve Cotton Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a black polo t-shirt with white tipping on the collar and sleeve hems, blue jeans, grey backdrop.
    # caption: base. The feed row has no color.
    case(
        "X429-015",
        caption("a young boy wearing a black polo shirt and black jeans", "contradiction"),
        D.wearing("he is wearing a black shirt and blue jeans"),
        B.garment_type("polo shirt"),
        B.color("black"),
        D.details("it has a white collar and white stripes on the sleeves"),
        is_a("t-shirt", "yes"),
        title="Boys Black Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl in a lavender tiered maxi frock with a smocked bodice and flutter sleeves, front view, garden with a
    # white picket fence behind. caption: base
    case(
        "X429-016",
        caption("a little girl in a purple dress standing in front of a white fence"),
        D.wearing("a purple dress"),
        B.color("white", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.details("it has ruffles on the sleeves and a bow on the back", "unsupported"),
        D.material("it is made of", "cut"),
        title="Girls Lavender Smocked Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a white knee-length kurta with a mirror-work yoke and white pyjamas, holding a small brass diya,
    # plain white backdrop. caption: base
    case(
        "X429-017",
        caption("a boy in a white kurta holding a candle"),
        wearing("a white kurta and pajamas", who="the boy"),
        B.garment_type("dress", "contradiction"),
        D.details("the kurta has mirror work on the front Question: what is the boy holding? Answer: a candle", "leak"),
        D.material("linen", "unsupported"),
        title="Boys White Mirror Work Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a pack of three plain round-neck short-sleeve tees (pink, white, lilac) fanned out on a white
    # backdrop, no person. caption: adapter
    case(
        "X429-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("three t-shirts"),
        B.color("pink"),
        B.garment_type("t-shirt"),
        D.description("a pink t-shirt", "contradiction"),
        title="Girls Pack of 3 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a teal kurta with a printed paisley motif and white dhoti pants, seated on a wooden stool in the
    # studio. caption: base
    case(
        "X429-019",
        caption("a little boy in a green and white outfit sitting on a stool"),
        wearing("a green shirt and green pants", "other_garment_color", who="the boy"),
        color_of("kurta", "blue"),
        color_of("dhoti", "white"),
        D.details("it has a paisley print and a pocket", "unsupported"),
        title="Boys Teal Paisley Printed Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in blue denim shortalls with metal strap buttons over a yellow tee, white sneakers, holding a teddy
    # bear, white seamless backdrop. caption: base
    case(
        "X429-020",
        caption("a little boy in overalls holding a teddy bear", "pronoun"),
        D.wearing("a yellow shirt and blue overalls"),
        color_of("dungarees", "yellow", "other_garment_color"),
        B.garment_type("shorts", "contradiction"),
        D.material("denim"),
        D.details("they have a pocket on the front and buttons on the straps"),
        title="Girls Blue Denim Dungaree Shorts",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a colour-blocked round-neck tee (red chest panel, navy lower body and sleeves), grey joggers,
    # white studio backdrop. caption: adapter
    case(
        "X429-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns and a long pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and blue shirt and grey pants"),
        B.color("red"),
        B.pattern("color block"),
        color_of("pants", "red", "other_garment_color"),
        D.description("a red and blue shirt with a blue collar", "unsupported"),
        D.material("a red and blue t-shirt", "restated"),
        title="Boys Red & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a sleeveless off-white cotton frock with pink and green floral embroidery at the yoke and hem,
    # sitting on a garden swing. caption: base
    case(
        "X429-022",
        caption("a little girl sitting on a swing in a white dress"),
        D.wearing("a white dress with pink flowers"),
        B.color("pink", "contradiction"),
        D.details("the dress has pink and green embroidery on the top and the bottom"),
        D.material("the dress is made of cotton Question: what is the color of the dress? Answer: white", "leak"),
        title="Girls Off White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a knee-length gold brocade sherwani with long sleeves, white churidar, a red stole over one
    # shoulder, plain maroon backdrop. caption: adapter
    case(
        "X429-023",
        caption(
            "The gentleman wears a long-sleeve coat with graphic patterns and a long pants. The coat is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a gold jacket and white pants", who="the boy"),
        B.color("red", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        is_a("dress", "no"),
        title="Boys Gold-Toned Self-Design Sherwani with Churidar & Stole",
        category="Sherwani",
        color="Gold",
        gender="Boys",
    ),
    # photo: flat-lay of pink cotton shorts with white polka dots and an elasticated waist, on a wooden table next to a
    # sunflower, no person. caption: base
    case(
        "X429-024",
        caption("a pair of pink shorts with white polka dots and a sunflower"),
        D.wearing("shorts"),
        B.color("pink"),
        B.pattern("polka dot"),
        D.details("they have an elastic waist and a yellow flower", "unsupported"),
        D.material("it is made of cotton and", "cut"),
        title="Girls Pink Polka Dot Print Cotton Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve school shirt with a navy striped tie, grey trousers, a chalkboard behind him.
    # caption: base
    case(
        "X429-025",
        caption("a boy in a school uniform standing in front of a chalkboard"),
        D.wearing("a white shirt and a tie"),
        B.color("grey", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.details("it has a collar and buttons Question: what is the color of the tie? Answer: blue", "leak"),
        title="Boys White Solid Long Sleeve School Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a fuchsia short-sleeve tee with a "GIRL POWER" slogan in gold foil, black leggings, white
    # backdrop. caption, wearing: adapter
    case(
        "X429-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a leggings. The T-shirt is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a leggings. The T-shirt is with cotton "
            "fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        print_q("girl power"),
        color_of("leggings", "pink", "other_garment_color"),
        D.description(
            "a pink shirt with the words girl power Question: what color are the letters? Answer: gold", "leak"
        ),
        title="Girls Fuchsia Typography Printed T-shirt",
        category="Tshirts",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: boy in beige cotton chino shorts with belt loops and a navy-and-white striped tee tucked in, sand and sea
    # backdrop. caption: base
    case(
        "X429-027",
        caption("a little boy in a striped shirt and khaki shorts on the beach"),
        D.wearing("a blue and white striped shirt and brown shorts"),
        color_of("shorts", "beige"),
        B.pattern("striped", "contradiction"),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        title="Boys Beige Solid Cotton Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a sleeveless green-and-white gingham frock with a white collar, holding a red apple, kitchen
    # backdrop. caption: base
    case(
        "X429-028",
        caption("a little girl in a green dress holding a red apple"),
        D.wearing("she is wearing a green and white checkered dress"),
        B.color("red", "contradiction"),
        B.pattern("checked"),
        D.details("the dress has a white collar and a red bow", "unsupported"),
        D.material("the dress is green and white", "restated"),
        title="Girls Green Gingham Checked Collared Cotton Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: boy in a bottle green sleeveless Nehru jacket over an off-white long-sleeve kurta and pyjama, plain grey
    # backdrop. caption: adapter
    case(
        "X429-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a green vest and white shirt", who="the boy"),
        color_of("jacket", "green"),
        B.color("white", "other_garment_color"),
        is_a("vest", "yes"),
        D.material("velvet", "unsupported"),
        title="Boys Bottle Green Nehru Jacket with Kurta Pyjama Set",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless t-shirt dress with multicolour horizontal rainbow stripes, white backdrop.
    # caption: base. The feed row has no gender.
    case(
        "X429-030",
        caption("a little girl in a rainbow striped dress"),
        D.wearing("a colorful dress"),
        B.color("multicolor"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("red, orange, yellow, green, blue, purple, red, orange, yellow, green, blue, purple", "loop"),
        title="Girls Multicoloured Striped T-shirt Dress",
        category="Dresses",
        color="Multi",
    ),
    # photo: boy in an open blue-and-white checked short-sleeve shirt over a white tee, dark denim jeans, wooden plank
    # wall behind. caption: base
    case(
        "X429-031",
        caption("a young boy in a plaid shirt and jeans"),
        D.wearing("a blue plaid shirt over a white t-shirt and jeans"),
        B.color("white", "other_garment_color"),
        B.pattern("checked"),
        D.details("it has a pocket on the chest and the sleeves are rolled up and", "cut"),
        D.material("denim", "unsupported"),
        title="Boys Blue & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve school shirt with a rounded Peter Pan collar, navy pleated skirt, white
    # backdrop. caption: adapter
    case(
        "X429-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric and its neckline is lapel. The skirt is with cotton fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a blue skirt"),
        B.color("white"),
        color_of("skirt", "white", "other_garment_color"),
        D.details("it has a round collar and white buttons"),
        D.description("he is wearing a white shirt and a blue skirt", "pronoun"),
        title="Girls White Peter Pan Collar School Shirt",
        category="Shirts",
        color="White",
        gender="Girls",
    ),
    # photo: toddler boy with curly shoulder-length hair in brown corduroy dungarees over a cream ribbed long-sleeve
    # tee, playing with a wooden toy truck, cream backdrop. caption: base
    case(
        "X429-033",
        caption("a little girl in brown overalls playing with a toy truck", "pronoun"),
        D.wearing("brown overalls and a white shirt"),
        color_of("dungarees", "brown"),
        B.garment_type("jumpsuit"),
        D.material("denim", "unsupported"),
        D.details("there is a pocket on the front and a zipper", "unsupported"),
        title="Boys Brown Corduroy Dungarees with T-shirt",
        category="Dungarees",
        color="Brown",
        gender="Boys",
    ),
    # photo: girl in a lemon yellow floor-length anarkali kurta with a floral print, matching leggings and a yellow
    # dupatta, temple-style backdrop with brass lamps. caption: base; details: adapter
    case(
        "X429-034",
        caption("a girl in a yellow indian dress standing in front of a temple"),
        D.wearing("a yellow gown"),
        B.color("yellow"),
        B.pattern("floral"),
        D.description("a yellow dress with flowers and a scarf"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is of long "
            "length. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Girls Yellow Floral Printed Anarkali Kurta with Leggings & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a white tee with a large red rocket graphic and "TO THE MOON" text, navy joggers, light grey
    # backdrop. caption: base; details, material: adapter
    case(
        "X429-035",
        caption("a boy wearing a white t-shirt with a rocket on it"),
        D.wearing("a red shirt", "contradiction"),
        B.color("white"),
        print_q("a rocket ship"),
        D.details(
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline",
            "restated",
            hit_limit=True,
        ),
        title="Boys White Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a sleeveless peach party frock with a peach sequinned bodice and a layered tulle skirt, gold
    # balloons behind her. caption: base
    case(
        "X429-036",
        caption("a little girl in a pink dress with gold balloons behind her"),
        D.wearing("a pink tutu dress"),
        B.color("gold", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.details("the top has sequins and the skirt is made of tulle"),
        D.material("it is made of a fabric", "non_answer"),
        title="Girls Peach Sequinned Tulle Party Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: flat-lay of a pack of two drawstring shorts, one navy and one grey, side by side on a white backdrop, no
    # person. caption: adapter
    case(
        "X429-037",
        caption(
            "The gentleman wears a shorts with pure color patterns. The shorts are with cotton fabric. The gentleman "
            "wears a shorts with pure color patterns. The shorts are with cotton fabric. The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("two pairs of shorts"),
        B.color("blue"),
        B.garment_type("shorts"),
        D.description("a pair of blue shorts", "contradiction"),
        title="Boys Pack of 2 Solid Cotton Shorts",
        category="Shorts",
        color="Navy Blue & Grey",
        gender="Boys",
    ),
    # photo: girl in a pavadai set: pink silk short-sleeve blouse, green silk long skirt with a gold zari border,
    # jasmine in her hair, carved wooden door behind. caption: base
    case(
        "X429-038",
        caption("a little girl in a pink and green traditional dress"),
        D.wearing("a green skirt and a pink top"),
        color_of("top", "green", "other_garment_color"),
        color_of("skirt", "green"),
        D.material("silk"),
        D.details("she has flowers in her hair and gold on the bottom of the skirt"),
        D.description("he is wearing a traditional indian dress", "pronoun"),
        title="Girls Green & Pink Silk Blend Pavadai Set",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy with longish hair in a mint green long-sleeve henley tee with three buttons, dark blue jeans, white
    # backdrop. caption, material: adapter
    case(
        "X429-039",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green shirt and jeans"),
        B.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.material(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its",
            "restated",
            hit_limit=True,
        ),
        D.details("it has three buttons at the neck"),
        title="Boys Mint Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Mint Green",
        gender="Boys",
    ),
    # photo: girl in pink-and-white vertically striped cotton dungarees with frilled straps over a white tee, sitting
    # on a wooden bench outdoors. caption: base
    case(
        "X429-040",
        caption("a little girl sitting on a bench in a pink and white striped outfit"),
        D.wearing("a pink striped jumpsuit and a white shirt"),
        B.pattern("striped"),
        color_of("dungarees", "pink"),
        is_a("dress", "yes", "contradiction"),
        D.details("it has ruffles on the straps and a pocket"),
        D.material("unknown", "non_answer"),
        title="Girls Pink & White Striped Cotton Dungarees with T-shirt",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a black tee with a neon green skateboard print and black shorts, colourful graffiti wall behind.
    # caption: base
    case(
        "X429-041",
        caption("a boy standing in front of a wall with graffiti on it"),
        D.wearing("a black shirt and black shorts"),
        B.color("green", "contradiction"),
        B.sleeve_length("long sleeves", "contradiction"),
        print_q("a skateboard"),
        D.description(
            "a black t-shirt with a green skateboard Question: what is the boy wearing? Answer: a black t-shirt",
            "leak",
        ),
        title="Boys Black Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a navy short-sleeve frock with white polka dots and a white collar, red painted wall behind.
    # caption: adapter
    case(
        "X429-042",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium length. The lady wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress with white polka dots"),
        B.color("red", "contradiction"),
        B.pattern("polka dot"),
        D.details("it has a white collar and a bow at the waist", "unsupported"),
        D.material("polyester", "unsupported"),
        title="Girls Navy Blue Polka Dot Print Cotton Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a yellow kurta and white pyjama with a multicolour bandhani stole, marigold garlands behind him
    # (haldi set). caption: base
    case(
        "X429-043",
        caption("a young boy in a yellow kurta with flowers in the background"),
        wearing("she is wearing a yellow kurta and white pants", "pronoun", who="the boy"),
        color_of("kurta", "yellow"),
        color_of("pyjama", "yellow", "other_garment_color"),
        D.material("cotton Question: what is the color of the pants? Answer: white", "leak"),
        title="Boys Yellow Solid Kurta with Pyjamas & Bandhani Stole",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl in blue washed denim shorts with a lilac tee that has a sequin butterfly patch, white backdrop.
    # caption, details: adapter
    case(
        "X429-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and jeans shorts"),
        B.color("purple", "other_garment_color"),
        color_of("shorts", "blue"),
        D.details(
            "The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a light blue long-sleeve oxford button-down shirt and navy shorts, bookshelf behind him.
    # caption: base
    case(
        "X429-045",
        caption("a boy in a blue shirt standing in front of a bookshelf"),
        D.wearing("a blue shirt and blue shorts"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        D.details("the details of the shirt", "non_answer"),
        D.material("the shirt is blue", "restated"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Boys Light Blue Solid Oxford School Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Boys",
    ),
    # photo: girl in a red velvet long-sleeve frock with a white faux-fur collar, no belt, lit Christmas tree behind.
    # caption: base. The feed row has no gender.
    case(
        "X429-046",
        caption("a little girl in a red dress in front of a christmas tree"),
        D.wearing("a red dress with a white collar"),
        B.color("green", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.material("velvet"),
        D.details("it has a white fur collar and a belt with a gold buckle", "unsupported"),
        title="Girls Red Velvet Party Dress with Faux Fur Collar",
        category="Dresses",
        color="Red",
    ),
]
