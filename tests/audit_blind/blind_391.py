"""BLIND_391 (46 products; kids' and teens' everyday, ethnic and nightwear, models and flat-lays): written blind in the
forty-fifth session. Measured blind at dacb731 (the session's rules as they stood): 119/139 failures found (85.6%)
and 9/186 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog of kids' and teens' clothes drawn at random from one night's run: t-shirts,
shirts, shorts, jeans, joggers, track pants, dresses, tops, skirts, ethnic kurta sets, lehengas, sweatshirts,
jackets and night suits. Most photos show a child model wearing the product with other garments (a tee under a
jacket, shorts under a shirt, a top tucked into a skirt), against studio backdrops, coloured walls, a brick wall, a
playground, a bed or a Christmas tree; the rest are flat-lays. Each row has the seller's title, category, color and
gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little boy
wearing a blue t-shirt ...") unless the comment says the caption adapter wrote them. The caption adapter of the
original experiments writes the DeepFashion template ("The gentleman wears a short-sleeve T-shirt with pure color
patterns ..."), was trained with no end token, runs to its limit (50 tokens for captions, 30 for answers) and carries
hit_limit=True; asked a question, it returns the template. The experiments' VQA adapter (also no end token) answered
the experiments' open color questions ("What is the color of the pants?") and "Describe the <garment>." on about a
third of the products: it repeats its short answer to the limit ("black black black ...", "blue-blue-blue ...") or
chains clauses until it is cut, hit_limit=True. The comment over each case names its adapter texts. Every other open
answer (wearing, description, details, material, print) comes from the base model, which stops on its own and never
has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors of the top, bottom
and dupatta, hood, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a
loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal, green for olive or teal, yellow for mustard, purple for lavender,
  pink for magenta or peach, red for maroon, white for off white or cream, grey for grey melange.
- Synonyms are correct: plaid or checkered for checked, hoodie for a hooded sweatshirt, pajamas for a night suit,
  dress for an anarkali kurta or a lehenga, scarf for a dupatta, vest for a Nehru jacket, sweatpants or pants for
  track pants and joggers, shirt for a kurta in the adapter's template, sweater for a sweatshirt.
- A closed color that is another piece's color in the photo (the tee under the jacket, the palazzos, the dupatta,
  the top over the shorts) is other_garment_color; a color of the print or trim, of the wall or backdrop, or of a
  prop (the Christmas tree) given as the product's color is contradiction, and so is a wrong shade (navy as black).
- An open answer that gives a second piece the product's color or one color to two pieces ("blue shorts" under
  a blue tee over grey shorts, "green pants" under a green top, "a green kurta and a green dupatta") is
  contradiction; so is a color of the wall given to the garment ("a red sweatshirt" in front of a brick wall).
- A pattern or sleeve length that belongs to another garment in the photo (the striped top over a plain skirt, the
  long-sleeved tee under a sleeveless pinafore) is contradiction: the auditor sees the product's attribute wrong.
- garment_type answers naming another kind than the title's (dress for a kurta set, jacket for a 3-piece kurta set)
  are contradiction; "pants" for joggers is correct. "a pair of shorts" for a pack of 2 is contradiction.
- Invented items or details not in the photo (a tie, a dupatta, fur on a hood, rips on clean jeans, a back bow on a
  front flat-lay, a zip on a pullover, a print on plain pyjamas, a chest pocket) are unsupported; so is a material
  neither named nor visible (silk on a printed cotton-look kurta set or a lehenga, wool on a fleece sweatshirt,
  leather on a nylon bomber). A material the catalog contradicts (leather for a denim jacket) is contradiction.
  Visible materials are correct even unnamed (tulle skirt, velvet, leather-look biker jacket); so are plausible
  guesses (cotton on a tee, polyester on a padded jacket or track pants).
- Adapter texts: a text that repeats a sentence of the template is loop; one that stops mid-sentence without a
  repeated sentence is cut (a sentence restarted for a few words only counts as cut), even where the template says
  "The lady" over a flat-lay or invents "an accessory on her wrist". VQA adapter texts that repeat a word or a
  clause are loop, even where the repeated color is right; a VQA text that chains new clauses to the limit without
  repeating one is cut, even where it invents a pocket on the way.
- "yes" to "Is this a dress?" for a top and to "Is this a pair of jeans?" for track pants is contradiction.
- Base answers that stop early mid-phrase ("it is made of") are cut without hit_limit; base answers that run on
  into "Question: ... Answer: ..." are leak even when the first words are right; "the details of the dress" and
  "the shorts are short" are non_answer; the material question answered with the color or garment is restated.
- "a little boy"/"he" for a girl and "a little girl"/"she" for a boy are pronoun. The adapter's "The lady" for a girl
  is not a pronoun failure. Row 038 has no gender: its texts are judged on the photo only.
- Flat-lays asked "What is the person wearing?" answered with the garment ("pajamas") are correct.
"""

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

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")
color_dupatta = question("color_dupatta", "What is the color of the dupatta?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")
print_q = question("print", "What is printed on the garment?", "open")


def child(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the child", hit_limit=hit_limit)


def girl(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the girl", hit_limit=hit_limit)


def boy(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the boy", hit_limit=hit_limit)


BLIND_391 = [
    # photo: boy in a navy crew-neck t-shirt with a green dinosaur print, grey shorts, white studio backdrop.
    # no adapter texts
    case(
        "X391-001",
        caption("a little boy wearing a blue t-shirt with a dinosaur on it"),
        child("a blue shirt and blue shorts", "contradiction"),
        D.color("blue"),
        D.pattern("printed"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: printed",
            "leak",
        ),
        print_q("a dinosaur"),
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a mustard sleeveless A-line dress with small white flowers, round neck, front view, white.
    # caption: caption adapter
    case(
        "X391-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. The lady wears a sleeveless dress with floral patterns. The "
            "dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with flowers"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a bow on the back", "unsupported"),
        title="Girls Mustard Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in a blue-and-white checked half-sleeve shirt, beige chino shorts, light grey backdrop.
    # color of the shirt: VQA adapter (open)
    case(
        "X391-003",
        caption("a young boy in a plaid shirt and khaki shorts"),
        child("she is wearing a plaid shirt and shorts", "pronoun"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        color_bottom("beige"),
        D.sleeve_length("short sleeves"),
        describe("shirt", "a blue and white checkered shirt with buttons"),
        color_of(
            "shirt",
            "blue-and-white-blue-and-white-blue-and-white-blue-and-white-blue-and-white-blue-and-white-blue-and-"
            "white-blue-and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys Blue & White Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a pink crew-neck sweatshirt with a unicorn print, blue jeans, grey backdrop.
    # caption: caption adapter
    case(
        "X391-004",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long pants. The sweater is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        girl("a pink sweatshirt and jeans"),
        D.color("pink"),
        color_bottom("pink", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.details("the sweatshirt has details", "non_answer"),
        title="Girls Pink Unicorn Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, side view, in black joggers with a drawstring and side pockets, white crew-neck tee, white sneakers.
    # color of the pants: VQA adapter (open)
    case(
        "X391-005",
        caption("a boy in a white shirt and black pants"),
        child("a white t-shirt and black pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("joggers"),
        D.details(
            "they have an elastic waistband Question: What is the color of the shoes? Answer: white",
            "leak",
        ),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys Black Solid Joggers",
        category="Joggers",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a red printed straight kurta with white palazzos (no dupatta), marigold garlands behind her.
    # no adapter texts
    case(
        "X391-006",
        caption("a little girl in a red and white outfit standing in front of flowers"),
        girl("a red kurta and white pants"),
        color_top("red"),
        color_bottom("red", "other_garment_color"),
        D.garment_type("kurta set"),
        D.material("silk", "unsupported"),
        D.description("a red kurta with white palazzo pants and a dupatta", "unsupported"),
        title="Girls Red Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of olive green cargo shorts with side flap pockets on a wooden floor.
    # color of the shorts: VQA adapter (open)
    case(
        "X391-007",
        caption("a pair of green shorts on a wooden floor"),
        D.wearing("a pair of shorts"),
        D.color("brown", "contradiction"),
        D.garment_type("shorts"),
        D.details("there are pockets on the side"),
        D.material("the shorts are made of", "cut"),
        color_of(
            "shorts",
            "green green green green green green green green green green green green green green green green green "
            "green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys Olive Green Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in blue skinny jeans and a white short-sleeve tee tucked in, park with trees behind.
    # caption: caption adapter
    case(
        "X391-008",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. The lady wears a short-sleeve T-"
            "shirt with pure",
            "loop",
            hit_limit=True,
        ),
        child("he is wearing jeans and a white shirt", "pronoun"),
        D.color("blue"),
        color_top("white"),
        details("jeans", "the details of the jeans", "non_answer"),
        D.material("denim"),
        title="Girls Blue Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in a grey melange pullover hoodie with a kangaroo pocket (no zip), black track pants, white backdrop.
    # describe the hoodie: VQA adapter (open)
    case(
        "X391-009",
        caption("a young boy wearing a gray hoodie"),
        child("a grey hoodie and grey pants", "contradiction"),
        D.color("grey"),
        hood("yes"),
        D.details("it has a zipper", "unsupported"),
        D.material("cotton"),
        describe(
            "hoodie",
            "a grey hoodie with a hood and a pocket on the front and long sleeves and ribbed cuffs and a ribbed hem "
            "and a",
            "cut",
            hit_limit=True,
        ),
        title="Boys Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a magenta flared lehenga with gold zari borders, pink blouse, pink net dupatta, no belt,
    # beige wall.
    # no adapter texts
    case(
        "X391-010",
        caption("a little girl in a pink dress with gold trim"),
        girl("a pink lehenga"),
        D.color("gold", "contradiction"),
        color_dupatta("pink"),
        D.garment_type("lehenga"),
        D.details("it has gold embroidery and a belt", "unsupported"),
        D.material("it is made of", "cut"),
        title="Girls Magenta & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve kurta with a mandarin collar and cream pyjamas, plain backdrop.
    # caption: caption adapter; color of the kurta: VQA adapter (open)
    case(
        "X391-011",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a stand-up collar. The pants are with cotton fabric and pure color patterns. The "
            "gentleman",
            "cut",
            hit_limit=True,
        ),
        boy("a white kurta"),
        D.color("white"),
        color_bottom("white"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a white kurta with a mandarin collar and buttons Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        color_of(
            "kurta",
            "white white white white white white white white white white white white white white white white white "
            "white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a plain blue denim A-line mini skirt with a button front (no belt), red-and-white striped
    # top, white backdrop.
    # color of the skirt: VQA adapter (open)
    case(
        "X391-012",
        caption("a little girl in a striped shirt and a denim skirt"),
        girl("a red and white striped shirt and a blue skirt"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.garment_type("skirt"),
        D.details("the skirt has a belt", "unsupported"),
        color_of(
            "skirt",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-"
            "blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Girls Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in navy track pants with white side stripes, orange tee, outdoors on grass.
    # color of the pants: VQA adapter (open)
    case(
        "X391-013",
        caption("a young boy standing on the grass"),
        child("an orange shirt and orange pants", "contradiction"),
        D.color("orange", "other_garment_color"),
        D.pattern("solid"),
        details("pants", "they have white stripes on the side"),
        D.material("polyester"),
        color_of(
            "pants",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a pink night suit with a teddy-bear print: long-sleeve top and long pyjamas, white.
    # caption: caption adapter
    case(
        "X391-014",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and graphic patterns. There is an accessory on her wrist. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.color("pink"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a pink pajama set with teddy bears on it"),
        D.details("the details of the night suit", "non_answer"),
        title="Girls Pink Teddy Bear Printed Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a washed blue denim jacket, chest pockets, no hood, open over a grey tee,
    # black jeans.
    # no adapter texts
    case(
        "X391-015",
        caption("a boy in a denim jacket and black jeans"),
        child("a jean jacket and a grey shirt"),
        D.color("grey", "other_garment_color"),
        D.garment_type("jacket"),
        D.material("leather", "contradiction"),
        details("jacket", "it has buttons and a hood", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a white sleeveless peplum top with black polka dots, blue denim shorts, white backdrop.
    # color of the shorts: VQA adapter (open)
    case(
        "X391-016",
        caption("a little girl in a polka dot top and blue shorts"),
        child("he is wearing a white shirt with black dots", "pronoun"),
        D.color("black", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("sleeveless"),
        D.description("a white top with black polka dots and a ruffle at the bottom"),
        color_of(
            "shorts",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Girls White & Black Polka Dot Print Peplum Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a red polo t-shirt with a two-button placket, khaki shorts, white.
    # describe the shirt: VQA adapter (open)
    case(
        "X391-017",
        caption("a little girl in a red polo shirt", "pronoun"),
        child("a red polo shirt and khaki shorts"),
        D.color("red"),
        D.garment_type("t-shirt"),
        D.details("it has a collar and buttons"),
        D.material("it is a red polo shirt", "restated"),
        describe(
            "shirt",
            "a red polo shirt with a collar and buttons on the front and a pocket on the chest and a logo on the",
            "cut",
            hit_limit=True,
        ),
        title="Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a navy sleeveless party dress, sequinned bodice, layered tulle skirt, silver hairband.
    # caption: caption adapter; color of the dress: VQA adapter (open)
    case(
        "X391-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her head. The dress is of knee length. The lady",
            "cut",
            hit_limit=True,
        ),
        girl("he is wearing a blue dress", "pronoun"),
        D.color("black", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("tulle"),
        D.details("it has sequins on the top and a tulle skirt"),
        color_of(
            "dress",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Girls Navy Blue Embellished Fit & Flare Party Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a glossy red padded jacket with a plain hood (no fur), zipped, blue jeans, no hat,
    # white backdrop.
    # color of the jacket: VQA adapter (open); the row has no category
    case(
        "X391-019",
        caption("a young boy wearing a red jacket and a red hat", "unsupported"),
        child("a red jacket and jeans"),
        D.color("red"),
        D.material("polyester"),
        hood("yes"),
        D.details("it has a zipper and a fur-lined hood", "unsupported"),
        color_of(
            "jacket",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys Red Solid Padded Jacket with Hood",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a yellow anarkali kurta with floral embroidery, yellow churidar, green dupatta, cream wall.
    # describe the kurta: VQA adapter (open)
    case(
        "X391-020",
        caption("a girl in a yellow dress with a green scarf"),
        girl("a yellow dress"),
        color_dupatta("green"),
        color_bottom("green", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        D.material("cotton"),
        describe(
            "kurta",
            "a yellow kurta with a green dupatta and a yellow churidar and a green dupatta and a yellow churidar and "
            "a green",
            "loop",
            hit_limit=True,
        ),
        title="Girls Yellow Floral Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a navy half-sleeve shirt with a tropical palm-leaf print (green leaves), no pocket,
    # white shorts, sky-blue wall.
    # caption: caption adapter
    case(
        "X391-021",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel collar. The gentleman wears a short-sleeve shirt with floral patterns and a "
            "shorts. The shirt is",
            "loop",
            hit_limit=True,
        ),
        child("a blue shirt with leaves on it and white shorts"),
        D.color("green", "contradiction"),
        D.pattern("floral"),
        color_bottom("white"),
        describe(
            "shirt",
            "a blue shirt with palm leaves on it and a pocket on the chest",
            "unsupported",
        ),
        title="Boys Navy Blue Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a red-and-black tartan pleated skirt, white tee tucked in, white backdrop.
    # no adapter texts
    case(
        "X391-022",
        caption("a little girl wearing a white shirt and a plaid skirt"),
        girl("a white shirt and a red skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.garment_type("skirt"),
        D.details("it has pleats"),
        color_top("white"),
        D.material("wool", "unsupported"),
        title="Girls Red & Black Checked Pleated Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in light blue denim shorts with a yellow crew-neck tee, white backdrop.
    # describe the shorts: VQA adapter (open)
    case(
        "X391-023",
        caption("a boy in a yellow shirt and jean shorts"),
        child("shorts and a yellow t-shirt"),
        color_bottom("blue"),
        color_top("blue", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        D.material("denim"),
        describe(
            "shorts",
            "blue denim shorts with a button and a zipper and a button and a zipper and a button and a zipper and a",
            "loop",
            hit_limit=True,
        ),
        title="Boys Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a lavender short-sleeve tee with "HAPPY" printed in white, white jeans, pale grey backdrop.
    # no adapter texts
    case(
        "X391-024",
        caption("a girl in a purple shirt that says happy"),
        child("a purple shirt and purple pants", "contradiction"),
        D.color("purple"),
        print_q("it says happy"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.material("it is a purple t-shirt", "restated"),
        title="Girls Lavender Typography Printed T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a navy crew-neck sweatshirt with a white "NYC" print, no hood, black jeans, in front of a red
    # brick wall.
    # describe the sweatshirt: VQA adapter (open)
    case(
        "X391-025",
        caption("a young boy standing in front of a brick wall"),
        child("a red sweatshirt", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        print_q("nyc"),
        D.details("it has a white logo and a hood", "unsupported"),
        describe(
            "sweatshirt",
            "a navy blue sweatshirt with a white print on the front and a white print on the back and a white print "
            "on the",
            "loop",
            hit_limit=True,
        ),
        title="Boys Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless blue denim pinafore dress over a white long-sleeve tee with thin blue stripes.
    # caption: caption adapter
    case(
        "X391-026",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with denim "
            "fabric. The",
            "cut",
            hit_limit=True,
        ),
        girl("a denim dress and a striped shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("denim"),
        D.details("the dress has details", "non_answer"),
        title="Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy sitting on a bed in a blue night suit with a car print on both pieces, pillows behind.
    # description: VQA adapter (open)
    case(
        "X391-027",
        caption("a little boy sitting on a bed in pajamas"),
        child("pajamas"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("there are cars on the shirt and the pants"),
        D.description(
            "pajama pajama pajama pajama pajama pajama pajama pajama pajama pajama pajama pajama pajama pajama pajama",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Boys Blue Car Printed Pure Cotton Night Suit",
        category="Night Suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a teal ribbed long-sleeve top, black leggings, white backdrop.
    # color of the top: VQA adapter (open)
    case(
        "X391-028",
        caption("a young girl wearing a green top and black leggings"),
        girl("a green top and green pants", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.pattern("solid"),
        D.material("it is a green top", "restated"),
        color_of(
            "top",
            "green green green green green green green green green green green green green green green green green "
            "green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        title="Girls Teal Green Ribbed Top",
        category="Tops",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in clean black slim jeans (no rips), white long-sleeve shirt, white sneakers, grey backdrop.
    # caption: caption adapter; color of the jeans: VQA adapter (open)
    case(
        "X391-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric. It has a lapel collar. The pants are with denim fabric and pure color patterns. There is "
            "an accessory on his",
            "cut",
            hit_limit=True,
        ),
        child("black jeans and a white shirt"),
        D.color("black"),
        color_top("black", "other_garment_color"),
        D.details("there are rips on the knees", "unsupported"),
        D.garment_type("jeans"),
        color_of(
            "jeans",
            "black black black black black black black black black black black black black black black black black "
            "black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a blue flared lehenga with mirror work, sleeveless peach blouse, blue dupatta over one arm, no
    # jewellery.
    # caption: caption adapter
    case(
        "X391-030",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The top is with cotton "
            "fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her wrist. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        girl("a blue skirt and a pink top"),
        color_top("blue", "other_garment_color"),
        color_bottom("blue"),
        D.details("it has small mirrors on it"),
        D.garment_type("lehenga"),
        D.material("silk", "unsupported"),
        D.description("a blue lehenga with a dupatta and a necklace", "unsupported"),
        title="Girls Blue & Peach Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a white short-sleeve round-neck tee with navy horizontal stripes, no pocket, white.
    # no adapter texts
    case(
        "X391-031",
        caption("a white and blue striped shirt on a white background"),
        D.wearing("a striped shirt"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a white shirt with blue stripes and a pocket", "unsupported"),
        D.material("it is made of cotton and", "cut"),
        is_a("t-shirt", "yes"),
        title="Boys White & Navy Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl with short hair in a glossy pink nylon bomber jacket with ribbed cuffs, white tee, blue jeans.
    # color of the jacket: VQA adapter (open)
    case(
        "X391-032",
        caption("a little boy wearing a pink jacket", "pronoun"),
        girl("a pink jacket, a white shirt and blue jeans"),
        D.color("pink"),
        D.garment_type("jacket"),
        D.details("it has a zipper and ribbed cuffs"),
        D.material("leather", "unsupported"),
        color_of(
            "jacket",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Girls Pink Solid Bomber Jacket",
        category="Jackets",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in grey melange track pants with a drawstring, black tee, on an outdoor basketball court.
    # caption: caption adapter; color of the pants: VQA adapter (open)
    case(
        "X391-033",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is "
            "with cotton fabric. The pants are with cotton fabric. The T-shirt is with cotton fabric. The pants are "
            "with cotton fabric. The T",
            "loop",
            hit_limit=True,
        ),
        boy("a black shirt and gray sweatpants"),
        D.color("black", "other_garment_color"),
        details("pants", "they have a drawstring"),
        D.garment_type("track pants"),
        color_of(
            "pants",
            "gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray gray",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Boys Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in a maroon long-sleeve velvet A-line dress with a white lace Peter Pan collar (no bow),
    # green Christmas tree behind.
    # describe the dress: VQA adapter (open)
    case(
        "X391-034",
        caption("a little girl in a red dress standing in front of a christmas tree"),
        girl("a red velvet dress"),
        D.color("green", "contradiction"),
        D.material("velvet"),
        D.sleeve_length("long sleeves"),
        D.details("it has a white collar and a bow", "unsupported"),
        describe(
            "dress",
            "a red velvet dress with a white collar and long sleeves and a white collar and long sleeves and a white "
            "collar and",
            "loop",
            hit_limit=True,
        ),
        title="Girls Maroon Velvet A-Line Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a blue printed kurta, beige Nehru jacket, white pyjamas, festive backdrop with lamps.
    # color of the kurta: VQA adapter (open)
    case(
        "X391-035",
        caption("a young boy in a traditional indian outfit"),
        boy("a blue kurta and a beige vest"),
        D.color("blue"),
        color_bottom("white"),
        D.garment_type("jacket", "contradiction"),
        D.description(
            "he is wearing a blue kurta with a beige jacket and white pants Question: what is the occasion? Answer: "
            "wedding",
            "leak",
        ),
        D.material("cotton"),
        color_of(
            "kurta",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-"
            "blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Boys Blue Printed Kurta with Pyjamas & Nehru Jacket",
        category="Kurta Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on a bed holding a teddy, in a purple night suit (short-sleeve tee with a unicorn
    # only, printed shorts).
    # caption: caption adapter
    case(
        "X391-036",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and graphic patterns. There is an "
            "accessory in her",
            "cut",
            hit_limit=True,
        ),
        girl("a purple pajama set"),
        D.color("purple"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.details("it has a unicorn and a rainbow on the shirt", "unsupported"),
        D.material("the material of the night suit is", "cut"),
        title="Girls Purple Unicorn Printed Shorts Night Suit",
        category="Night Suits",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a plain white long-sleeve formal shirt (no tie), grey trousers, black belt, grey backdrop.
    # describe the shirt: VQA adapter (open)
    case(
        "X391-037",
        caption("a young boy in a white shirt and gray pants"),
        boy("a white shirt and tie", "unsupported"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.pattern("solid"),
        describe(
            "shirt",
            "white shirt white shirt white shirt white shirt white shirt white shirt white shirt white shirt white "
            "shirt",
            "loop",
            hit_limit=True,
        ),
        D.material("the shirt", "restated"),
        title="Boys White Solid Regular Fit Formal Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl on a playground slide in plain pink joggers with ribbed ankle cuffs, white tee.
    # no adapter texts; the row has no gender
    case(
        "X391-038",
        caption("a young girl on a playground wearing pink pants"),
        child("pink pants and a white shirt"),
        D.color("pink"),
        D.garment_type("pants"),
        details("pants", "they have cuffs at the ankles"),
        D.material("it is pink", "restated"),
        D.pattern("striped", "contradiction"),
        D.description("pink pants with a white stripe on the side", "unsupported"),
        title="Girls Pink Solid Joggers",
        category="Joggers",
        color="Pink",
    ),
    # photo: boy in a green short-sleeve tee with a Hulk graphic, black shorts, white backdrop.
    # details: caption adapter
    case(
        "X391-039",
        caption("a little boy wearing a green shirt with the hulk on it"),
        child("a green t-shirt and green shorts", "contradiction"),
        D.color("green"),
        print_q("the hulk"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        title="Boys Green Hulk Printed T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a plain yellow flared midi skirt, white top with white floral embroidery tucked in, pale
    # yellow wall.
    # color of the skirt: VQA adapter (open)
    case(
        "X391-040",
        caption("a little girl in a white top and a yellow skirt"),
        girl("a white shirt tucked into a yellow skirt"),
        D.color("yellow"),
        color_top("yellow", "other_garment_color"),
        D.garment_type("skirt"),
        D.description("a yellow skirt with white flowers", "unsupported"),
        D.material("it is a skirt", "restated"),
        color_of(
            "skirt",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-"
            "yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Girls Yellow Solid Flared Midi Skirt",
        category="Skirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a black leather-look biker jacket with an asymmetric zip, notch collar (no fur), white tee, black
    # jeans, grey backdrop.
    # caption: caption adapter
    case(
        "X391-041",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel collar. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with leather fabric. The",
            "loop",
            hit_limit=True,
        ),
        boy("a black leather jacket"),
        D.color("black"),
        D.material("leather"),
        D.details("it has a zipper"),
        D.description("a black leather jacket with a fur collar", "unsupported"),
        is_a("jacket", "yes"),
        title="Boys Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a green short kurta, pink sharara pants, pink dupatta, plain white backdrop.
    # no adapter texts
    case(
        "X391-042",
        caption("a little girl in a green and pink dress"),
        girl("a green kurta and a green dupatta", "contradiction"),
        color_top("green"),
        color_bottom("green", "other_garment_color"),
        color_dupatta("pink"),
        D.garment_type("kurta set"),
        D.details("the details of the dress", "non_answer"),
        title="Girls Green & Pink Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: flat-lay of two pairs of plain knit shorts with drawstrings and no pockets, one navy and one grey, white
    # background.
    # no adapter texts
    case(
        "X391-043",
        caption("two pairs of shorts on a white background"),
        D.wearing("shorts"),
        D.color("blue"),
        D.description("a pair of blue shorts", "contradiction"),
        D.material("cotton"),
        D.details("they have a drawstring and pockets", "unsupported"),
        D.pattern("solid"),
        title="Boys Pack of 2 Solid Cotton Shorts",
        category="Shorts",
        color="Navy Blue & Grey",
        gender="Boys",
    ),
    # photo: girl in an off-white pullover hoodie with a bear face and ears on the hood, pink wall behind.
    # description: caption adapter
    case(
        "X391-044",
        caption("a little girl in a white hoodie with bear ears"),
        child("he is wearing a white sweatshirt", "pronoun"),
        D.color("pink", "contradiction"),
        hood("yes"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        title="Girls Off White Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Girls",
    ),
    # photo: flat-lay of a night suit: grey long-sleeve tee with a rocket print, plain navy pyjamas.
    # no adapter texts; the row has no color
    case(
        "X391-045",
        caption("a gray shirt and blue pants with a rocket on it"),
        D.wearing("pajamas"),
        color_top("grey"),
        color_bottom("grey", "other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves"),
        D.description(
            "a grey shirt with a rocket on it and blue pants with a rocket",
            "unsupported",
        ),
        title="Boys Grey & Navy Blue Printed Night Suit",
        category="Night Suits",
        gender="Boys",
    ),
    # photo: girl in a black short-sleeve tee with a red sequin heart, pink tulle tutu skirt, white backdrop.
    # color of the skirt: VQA adapter (open)
    case(
        "X391-046",
        caption("a little girl wearing a black shirt and a pink tutu"),
        girl("a black shirt with a heart and a pink skirt"),
        D.color("pink", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("there is a sequin heart on the front"),
        D.material("cotton Question: What is the color of the skirt? Answer: pink", "leak"),
        color_of(
            "skirt",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Girls Black Embellished Heart T-shirt",
        category="Tshirts",
        color="Black",
        gender="Girls",
    ),
]
