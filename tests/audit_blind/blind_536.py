"""BLIND_536 (46 products; Myntra kids' night: boys' casual and ethnic wear, girls' frocks, lehengas, night suits):
written blind in the fiftieth session. Measured blind at 6f9400c (the session's rules as they stood): 99/111 failures
found (89.2%) and 4/138 correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for kids: boys' t-shirts, shirts, shorts, jeans, track pants,
sweatshirts, kurta pyjama sets and nehru jackets; girls' frocks, dresses, tops, leggings, skirts, lehenga cholis and
night suits. Most photos show a child modelling in a studio (plain backdrops, some coloured walls, a few props: a
potted plant, a bed with a teddy bear); some are flat-lays. Many products are worn with another garment that is not
for sale (the t-shirt over the shorts on sale, the kurti over the leggings on sale), so two colors are in the photo.
Each product has the seller's title, category, color and gender; a few rows miss the color or the gender.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little boy in
a blue t-shirt ...") unless the comment says the caption adapter wrote them: the caption-only LoRA of the original
experiments, epoch 1 or epoch 3 (the DeepFashion template, "The gentleman wears a short-sleeve T-shirt with pure
color patterns ..."). The adapter was trained with no end-of-answer token, so each of its texts runs to its limit
(50 new tokens for captions, 30 for answers) and carries hit_limit=True; asked any question it returns its template.
The open questions (the experiments' "What is the boy / girl wearing?", "Describe the shirt.", "What are the shorts
details?", "What is the shirt color?", enrich's description, details and material) come from the base model unless
the comment names the adapter; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece "What is the color of the t-shirt / frock / shorts /
kurta ...?" stored closed, and "Is this a ...?") are enrich's `--engine reference` answers with the VQA adapter,
chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon, blue for navy or teal, green for teal, mint or olive, yellow for mustard,
  pink for peach, white for cream or off white, grey for charcoal or grey melange, purple for lavender. Navy called
  black, maroon called brown and mustard called orange are contradictions.
- Colors from the photo that belong to no garment (an orange wall, a pink wall, a blue backdrop, a yellow wall)
  given as the product's color are contradiction. The color of another garment in the photo (the t-shirt worn over
  the shorts on sale, the jacket over the kurta, the lehenga under the choli) given for the product or for another
  piece is other_garment_color. The color of the print (white dots on a red frock, a gold border on a pink lehenga)
  given as the garment's color is contradiction.
- Garment synonyms are correct: shirt for a polo t-shirt or a t-shirt, pants or sweatpants for track pants, pajamas
  for a night suit, hoodie for a hooded sweatshirt, sweater for a sweatshirt (the adapter's template word), vest for
  a nehru jacket, long-sleeve shirt for a kurta (a kurta is a long shirt), dress for a frock, long skirt for a
  lehenga, top or dress for a long kurti worn over leggings. The reference engine naming another piece of the outfit
  as the product's garment_type ("shirt" for the jeans on sale, "skirt" for the crop top on sale) is contradiction;
  so is "yes" to "Is this a pair of jeans?" for track pants and "no" to "Is this a frock?" for a frock.
- Pattern and sleeves: a pattern or sleeve length that belongs to another piece of the outfit (the printed t-shirt
  over solid shorts, the sleeveless nehru jacket over a long-sleeve kurta) is contradiction; pleats answered
  "striped" is contradiction. Track pants with white side stripes answered "solid" are correct.
- Materials: one the title names or that is plainly visible (denim, lace, tulle, linen, lycra as "spandex") is
  correct; a plausible guess for a plain knit (cotton, polyester for track pants) is correct. A material neither
  named nor visible (silk on a cotton kurta or on an embroidered lehenga, wool on a cotton fleece sweatshirt, velvet
  on a net frock) is unsupported; the floor's "wood" is unsupported too; the jeans' "denim" given for the cotton top
  worn over them is contradiction (another garment's material, against the title).
- Invented details not in the photo (a pocket, a hood on a crew neck, rips, gold buttons, a belt, a bow on the back
  of a front-view photo, a red scarf, a teddy bear print where the teddy is a prop) are unsupported.
- Adapter texts: a text that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut (even where it invented an accessory or a wrong fabric before the cut: one kind per text); the
  template returned for the material question is restated. "The lady wears ..." for a boy (the template's gender
  slipping) is pronoun, hit_limit kept: the wrong person is what the auditor sees first. The template answering
  "What is the boy wearing?", "Describe the garment." or "What are the details?" does answer it: loop or cut, not
  restated. "The gentleman" for a boy and "The lady" for a girl are the template's words for the child, not pronoun
  errors.
- Base answers: "she" for a boy or "he" for a girl is pronoun, and so is a caption calling a boy "a little girl".
  One color repeated for two garments ("a grey shirt and grey pants" for black track pants under a grey t-shirt, "a
  black t-shirt and black jeans" for blue jeans) is other_garment_color, like "red" for the navy t-shirt above the
  red shorts on sale. Answers that run on into "Question: ... Answer: ..." are leak, even where the first words are
  right. An empty answer, "the details of the t-shirt", "they are shorts", "the top is a top" and "the leggings are
  leggings" are non_answer; a material question answered with the garment's name or color ("black pants", "the
  dress", "red polka dot dress") is restated, and so is "the shorts are red shorts" for the shorts' details. A base
  answer that stops early on a dangling word ("the kurta has", "the skirt is made of", "sequins on the") is cut,
  without hit_limit.
- A flat-lay asked "What is the boy wearing?" is not asked here; flat-lays get description, details and the closed
  questions only.
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

shirt_color = question("shirt_color", "What is the shirt color?", "open")

BLIND_536 = [
    # photo: boy in a navy blue round-neck t-shirt with a green dinosaur print, plain grey shorts, white studio
    # backdrop, front view, full length.
    # all base / reference
    case(
        "X536-001",
        caption("a little boy in a blue t-shirt with a dinosaur on it"),
        wearing("a t-shirt and shorts", who="the boy"),
        color_of("t-shirt", "navy"),
        color_of("shorts", "navy", "other_garment_color"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "a dinosaur on the front and a pocket on the chest",
            "unsupported",
        ),
        title="Boys Navy Blue Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a red solid polo t-shirt (collar, two buttons) with mid-blue jeans, light grey backdrop.
    # caption: adapter, epoch 3
    case(
        "X536-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt "
            "is with cotton fabric and its neckline is lapel. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a red shirt and blue jeans", who="the boy"),
        color_of("t-shirt", "red"),
        B.garment_type("t-shirt"),
        B.color("blue", "other_garment_color"),
        details(
            "t-shirt",
            "it has a collar and buttons Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of a white t-shirt with thin blue horizontal stripes, short sleeves, on a light wooden floor.
    # all base / reference
    case(
        "X536-003",
        caption("a white and blue striped t-shirt on a wooden floor"),
        D.description("a white t-shirt with blue stripes"),
        B.color("white"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("wood", "unsupported"),
        title="Boys White & Blue Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in olive green cargo shorts (flap side pockets) and a white t-shirt with a black skateboard print,
    # white backdrop, full length.
    # all base / reference
    case(
        "X536-004",
        caption("a young boy in a white t-shirt and green shorts"),
        wearing("a white shirt and shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        B.garment_type("shorts"),
        B.pattern("printed", "contradiction"),
        details("shorts", "they have pockets on the sides"),
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in mid-blue denim shorts with a plain yellow t-shirt, plain blue backdrop.
    # caption and material: adapter, epoch 1
    case(
        "X536-005",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with denim fabric and solid color "
            "patterns. The person wears",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a yellow shirt and blue shorts", "pronoun", who="the boy"),
        color_of("shorts", "blue"),
        details("shorts", "they are shorts", "non_answer"),
        B.material(
            "The person wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is",
            "restated",
            hit_limit=True,
        ),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a half-sleeve shirt with red and navy checks, beige chino shorts, white backdrop.
    # all base / reference
    case(
        "X536-006",
        caption("a boy in a plaid shirt and khaki shorts"),
        wearing("a plaid shirt", who="the boy"),
        shirt_color("red and blue"),
        describe(
            "shirt",
            "it is a plaid shirt with a collar Question: What is the shirt color? Answer: red",
            "leak",
        ),
        B.pattern("checked"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of a white full-sleeve linen shirt, spread collar, on a light grey background.
    # caption and details: adapter, epoch 3
    case(
        "X536-007",
        caption(
            "The shirt is with linen fabric and pure color patterns. It has long sleeves and a lapel neckline. The "
            "shirt is with linen fabric and pure color patterns. It has long sleeves and",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.material("linen"),
        title="Boys White Solid Linen Full Sleeves Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in blue slim-fit jeans (plain, no rips) and a black t-shirt with a white graphic, white backdrop.
    # all base / reference
    case(
        "X536-008",
        caption("a young boy wearing a black t-shirt and black jeans", "other_garment_color"),
        wearing("jeans and a black t-shirt", who="the boy"),
        color_of("jeans", "black", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "they are ripped at the knees", "unsupported"),
        title="Boys Blue Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in black track pants with one white stripe down each side and a plain grey t-shirt, white backdrop.
    # all base / reference
    case(
        "X536-009",
        caption("a boy in a grey t-shirt and black pants standing on a white background"),
        wearing("a grey shirt and grey pants", "other_garment_color", who="the boy"),
        color_of("pants", "black"),
        B.pattern("solid"),
        is_a("pair of jeans", "yes", "contradiction"),
        B.material("black pants", "restated"),
        title="Boys Black Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a grey melange hooded sweatshirt with "ADVENTURE" printed across the chest, black joggers,
    # white backdrop.
    # caption and wearing: adapter, epoch 1
    case(
        "X536-010",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "gentleman wears a long-sleeve sweater with graphic patterns. The sweater",
            "loop",
            who="the boy",
            hit_limit=True,
        ),
        B.color("grey"),
        B.garment_type("sweatshirt"),
        B.sleeve_length("long sleeves"),
        title="Boys Grey Melange Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: flat-lay of a maroon crew-neck sweatshirt with ribbed cuffs and hem, on white.
    # description: adapter, epoch 1
    case(
        "X536-011",
        caption("a red sweatshirt on a white background"),
        D.description(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        B.material("wool", "unsupported"),
        title="Boys Maroon Solid Cotton Fleece Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy in a cream straight kurta (mandarin collar, self-coloured buttons) and white pyjama, beige backdrop.
    # all base / reference
    case(
        "X536-012",
        caption("a little boy in a white kurta and pajamas"),
        wearing("a kurta and pajamas", who="the boy"),
        color_of("kurta", "white"),
        details("kurta", "it has a mandarin collar and gold buttons", "unsupported"),
        B.material("silk", "unsupported"),
        title="Boys Cream-Coloured Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: boy in a yellow long-sleeve kurta, white pyjama and a sleeveless blue printed nehru jacket (three-piece
    # set), white backdrop.
    # all base / reference
    case(
        "X536-013",
        caption("a young boy in a blue jacket and yellow kurta"),
        wearing("a yellow kurta and a blue jacket", who="the boy"),
        color_of("kurta", "blue", "other_garment_color"),
        color_of("jacket", "blue"),
        B.color("yellow"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Boys Yellow Kurta with Pyjamas & Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: boy in a navy blue nehru jacket (stand collar, sleeveless) over a white kurta and white pyjama, grey
    # backdrop.
    # caption and description: adapter, epoch 3
    case(
        "X536-014",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a white kurta and a black vest", "contradiction", who="the boy"),
        B.garment_type("vest"),
        B.color("white", "other_garment_color"),
        D.description(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a sleeveless vest with pure",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="Boys Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a mint green kurta and a white pyjama laid side by side on white.
    # all base / reference
    case(
        "X536-015",
        caption("a green kurta and white pants on a white background"),
        D.description("a light green kurta with white pajama pants"),
        color_of("kurta", "green"),
        color_of("pyjama", "green", "other_garment_color"),
        D.details("the kurta has", "cut"),
        title="Boys Mint Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: boy in a mustard yellow t-shirt with a rocket graphic and blue jeans, standing in front of an orange
    # painted wall.
    # all base / reference
    case(
        "X536-016",
        caption("a boy in a yellow shirt standing in front of an orange wall"),
        wearing("a yellow shirt and jeans", who="the boy"),
        color_of("t-shirt", "orange", "contradiction"),
        B.pattern("printed"),
        details(
            "t-shirt",
            "a rocket on the front and the word nasa on the back",
            "unsupported",
        ),
        B.sleeve_length("short sleeves"),
        title="Boys Mustard Yellow Graphic Printed T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: flat-lay of charcoal grey track pants with drawstring waist and cuffed ankles, on white.
    # caption: adapter, epoch 1
    case(
        "X536-017",
        caption(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants are with cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.description("grey sweatpants with a drawstring"),
        B.color("grey"),
        B.garment_type("pants"),
        B.material("", "non_answer"),
        title="Boys Charcoal Grey Solid Joggers Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: boy in a crew-neck sweatshirt, blue on the chest and sleeves, white from the waist up to the chest
    # (colour-blocked), navy joggers, white backdrop.
    # all base / reference
    case(
        "X536-018",
        caption("a little girl wearing a blue and white sweatshirt", "pronoun"),
        wearing("a sweatshirt and pants", who="the boy"),
        B.color("blue"),
        B.pattern("colourblocked"),
        details("sweatshirt", "the sweatshirt has a hood", "unsupported"),
        B.material("cotton Question: What is the color of the pants? Answer: blue", "leak"),
        title="Boys Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in red sports shorts with an elastic waistband and a navy t-shirt, white backdrop.
    # all base / reference
    case(
        "X536-019",
        caption("a young boy in a blue shirt and red shorts"),
        wearing("she is wearing a blue shirt and red shorts", "pronoun", who="the boy"),
        color_of("shorts", "red"),
        color_of("t-shirt", "red", "other_garment_color"),
        details("shorts", "the shorts are red shorts", "restated"),
        title="Boys Red Solid Sports Shorts",
        category="Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in a teal t-shirt and navy shorts sold as a set, white backdrop.
    # caption: adapter, epoch 3; details: adapter, epoch 3
    case(
        "X536-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a green shirt and blue shorts", who="the boy"),
        color_of("t-shirt", "green"),
        color_of("shorts", "navy"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. Its neckline is round. The shorts are with "
            "cotton fabric and pure color patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        title="Boys Teal T-shirt with Shorts Clothing Set",
        category="Clothing Set",
        color="Teal",
        gender="Boys",
    ),
    # photo: boy in black jeans, a red checked shirt worn open over a white t-shirt, white backdrop.
    # all base / reference
    case(
        "X536-021",
        caption("a boy in a red plaid shirt and black jeans"),
        wearing("a plaid shirt, a white t-shirt and black jeans", who="the boy"),
        color_of("jeans", "red", "other_garment_color"),
        B.garment_type("shirt", "contradiction"),
        details("jeans", "slim fit with five pockets"),
        title="Boys Black Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay of a white t-shirt printed "COOL KID" in black letters, on a plain blue paper backdrop.
    # all base / reference
    case(
        "X536-022",
        caption("a white t-shirt with the words cool kid on a blue background"),
        B.color("blue", "contradiction"),
        B.pattern("printed"),
        D.description(
            "a white t-shirt with black text Question: What is the color of the text? Answer: black",
            "leak",
        ),
        D.details("the details of the t-shirt", "non_answer"),
        title="Boys White Typography Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in a green hooded sweatshirt with a kangaroo pocket and blue jeans, white backdrop.
    # caption, details and material: adapter, epoch 3
    case(
        "X536-023",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with cotton fabric. It has a hooded neckline. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a green hoodie", who="the boy"),
        details(
            "sweatshirt",
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with cotton fabric. It has a hooded",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater "
            "is with cotton fabric. It has a hooded",
            "restated",
            hit_limit=True,
        ),
        B.color("green"),
        title="Boys Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink frock with a white and red floral print, front view, white backdrop; a bow
    # at the back is not visible.
    # all base / reference
    case(
        "X536-024",
        caption("a little girl in a pink floral dress"),
        wearing("she is wearing a pink dress with flowers", who="the girl"),
        color_of("frock", "pink"),
        B.pattern("floral"),
        is_a("frock", "yes"),
        D.details("the dress has a bow at the back", "unsupported"),
        B.material("the dress", "restated"),
        title="Girls Pink Floral Print Fit & Flare Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a yellow fit-and-flare dress with short puff sleeves and no belt, light grey backdrop.
    # caption and wearing: adapter, epoch 1
    case(
        "X536-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dress", "yellow"),
        B.sleeve_length("short sleeves"),
        describe("dress", "a yellow dress with puffy sleeves and a white belt", "unsupported"),
        title="Girls Yellow Solid Puff Sleeve Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat-lay of a red frock with white polka dots, short sleeves and a white peter pan collar, on white.
    # all base / reference
    case(
        "X536-026",
        caption("a red and white polka dot dress"),
        color_of("frock", "white", "contradiction"),
        B.pattern("polka dots"),
        D.description("a red dress with white polka dots and a white collar"),
        B.material("red polka dot dress", "restated"),
        title="Girls Red Polka Dot Print A-Line Frock",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a navy blue short-sleeve dress with a white collar, standing in front of a pink wall.
    # all base / reference
    case(
        "X536-027",
        caption("a girl in a blue dress standing in front of a pink wall"),
        wearing("a navy dress with a white collar", who="the girl"),
        color_of("dress", "pink", "contradiction"),
        B.garment_type("dress"),
        details("dress", "he is wearing a blue dress with a white collar", "pronoun"),
        title="Girls Navy Blue Solid A-Line Dress with Collar",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a sleeveless lavender party frock, sequinned bodice, layered tulle skirt, white backdrop; no
    # bracelet or watch.
    # caption: adapter, epoch 3
    case(
        "X536-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress", who="the girl"),
        color_of("frock", "purple"),
        B.material("tulle"),
        details("frock", "sequins on the", "cut"),
        is_a("frock", "no", "contradiction"),
        title="Girls Lavender Embellished Tulle Party Frock",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl in a white short-sleeve top with small printed butterflies, tucked into blue jeans, white backdrop.
    # all base / reference
    case(
        "X536-029",
        caption("a little girl wearing a white top and jeans"),
        wearing("a white shirt with butterflies on it", who="the girl"),
        color_of("top", "blue", "other_garment_color"),
        B.pattern("printed"),
        B.material("denim", "contradiction"),
        title="Girls White Butterfly Printed Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl in a peach short-sleeve crop top and a blue denim mini skirt, white backdrop.
    # wearing: adapter, epoch 1
    case(
        "X536-030",
        caption("a girl in a pink top and a denim skirt"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short denim skirt. The T-shirt is "
            "with cotton fabric and its neckline is round. The skirt is",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        color_of("top", "peach"),
        B.garment_type("skirt", "contradiction"),
        B.pattern("solid"),
        title="Girls Peach-Coloured Solid Crop Top",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in black ankle-length leggings under a knee-length pink kurti, white backdrop.
    # all base / reference
    case(
        "X536-031",
        caption("a little girl in a pink dress and black leggings"),
        wearing("a pink top and black leggings", who="the girl"),
        color_of("leggings", "pink", "other_garment_color"),
        B.garment_type("leggings"),
        details("leggings", "the leggings are leggings", "non_answer"),
        B.material("spandex"),
        title="Girls Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: flat-lay of maroon ankle-length leggings, folded at the knee, on white.
    # description: adapter, epoch 3
    case(
        "X536-032",
        caption("a pair of maroon leggings on a white background"),
        D.description(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        B.color("brown", "contradiction"),
        B.garment_type("leggings"),
        title="Girls Maroon Solid Ankle-Length Leggings",
        category="Leggings",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl in a blue denim button-front skirt with two patch pockets, white t-shirt tucked in, white
    # backdrop.
    # all base / reference
    case(
        "X536-033",
        caption("a little girl in a white shirt and a blue skirt"),
        wearing("a denim skirt and a white t-shirt", who="the girl"),
        color_of("skirt", "white", "other_garment_color"),
        details("skirt", "it has a button front and two pockets"),
        B.material("denim Question: What is the color of the top? Answer: white", "leak"),
        title="Girls Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a red pleated knee-length skirt (no belt) and a black short-sleeve top, white backdrop.
    # all base / reference
    case(
        "X536-034",
        caption("a girl in a black top and red skirt"),
        wearing("a black top and a red skirt", who="the girl"),
        color_of("skirt", "red"),
        B.pattern("striped", "contradiction"),
        details("skirt", "the skirt is pleated and has a black belt", "unsupported"),
        B.material("the skirt is made of", "cut"),
        title="Girls Red Solid Pleated Flared Skirt",
        category="Skirts",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a pink lehenga with a wide gold embroidered border at the hem, pink choli, sheer pink net
    # dupatta, cream backdrop.
    # all base / reference
    case(
        "X536-035",
        caption("a little girl in a pink and gold lehenga"),
        wearing("a pink lehenga choli with a dupatta", who="the girl"),
        color_of("lehenga", "gold", "contradiction"),
        color_of("dupatta", "pink"),
        B.material("silk", "unsupported"),
        details("lehenga", "gold embroidery at the hem"),
        title="Girls Pink Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a green flared lehenga and a mustard embroidered short-sleeve choli, no dupatta, white backdrop.
    # caption and wearing: adapter, epoch 1
    case(
        "X536-036",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The lady wears a short-sleeve shirt with",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        color_of("lehenga", "green"),
        color_of("choli", "green", "other_garment_color"),
        B.color("green"),
        title="Girls Green & Mustard Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: girl in a purple long-sleeve night suit: top with a big unicorn print, pyjama with small white stars,
    # white backdrop.
    # caption: adapter, epoch 3
    case(
        "X536-037",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. The lady wears a long-sleeve T-shirt with graphic patterns and a long",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas", who="the girl"),
        B.color("purple"),
        B.pattern("printed"),
        details("night suit", "the top has a unicorn and the pants have stars on them"),
        B.material("the girl is wearing pajamas", "restated"),
        title="Girls Purple Unicorn Printed Night Suit",
        category="Night suits",
        color="Purple",
        gender="Girls",
    ),
    # photo: flat-lay of a blue short-sleeve top and blue shorts printed with small white cats, on white.
    # details: adapter, epoch 3
    case(
        "X536-038",
        caption("a blue shirt and shorts with a cat print"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. Its neckline is round. The shorts are with "
            "cotton fabric and graphic patterns. The T-shirt is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        B.garment_type("pajamas"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Girls Blue Cat Printed Night Suit with Shorts",
        category="Night suits",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a sleeveless mustard dress with a small white floral print, standing beside a potted plant,
    # white backdrop.
    # all base / reference
    case(
        "X536-039",
        caption("a little girl in a yellow dress standing next to a plant"),
        wearing("a yellow floral dress", who="the girl"),
        color_of("dress", "orange", "contradiction"),
        B.pattern("floral"),
        D.description(
            "a yellow dress with flowers Question: What is the color of the dress? Answer: yellow",
            "leak",
        ),
        title="Girls Mustard Yellow Floral Print Sleeveless Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl in a white full-sleeve lace frock, round neck, on a light blue backdrop.
    # caption and details: adapter, epoch 3
    case(
        "X536-040",
        caption(
            "The lady wears a long-sleeve dress with lace patterns. The dress is with lace fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with lace patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress", who="the girl"),
        color_of("frock", "white"),
        B.material("lace"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The dress is with lace fabric and lace patterns. It has a round neckline. The dress is with lace fabric "
            "and lace patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        title="Girls White Self Design Lace Full Sleeves Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: girl in an orange and white horizontally striped short-sleeve top with white shorts, white backdrop.
    # all base / reference
    case(
        "X536-041",
        caption("a little girl in an orange striped shirt and white shorts"),
        wearing("an orange top and orange shorts", "other_garment_color", who="the girl"),
        color_of("top", "orange"),
        B.pattern("striped"),
        D.details("the top is a top", "non_answer"),
        B.material("cotton Question: What is the color of the shorts? Answer: white", "leak"),
        title="Girls Orange & White Striped Top",
        category="Tops",
        color="Orange",
        gender="Girls",
    ),
    # photo: flat-lay of a sleeveless teal net frock with a silver sequinned yoke, on white.
    # all base / reference
    case(
        "X536-042",
        caption("a blue dress with sequins on a white background"),
        color_of("frock", "green"),
        B.garment_type("dress"),
        D.details("sequins on the top and a belt at the waist", "unsupported"),
        B.material("velvet", "unsupported"),
        title="Girls Teal Sequinned Net Fit and Flare Frock",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: girl in grey melange leggings under a long-sleeve red kurti, white backdrop.
    # caption and material: adapter, epoch 1
    case(
        "X536-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress and grey leggings", who="the girl"),
        color_of("leggings", "red", "other_garment_color"),
        B.color("grey"),
        B.garment_type("leggings"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a round",
            "restated",
            hit_limit=True,
        ),
        title="Girls Grey Melange Solid Leggings",
        category="Leggings",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: girl in a black and white checked knee-length skirt and a plain white top, against a yellow wall.
    # all base / reference
    case(
        "X536-044",
        caption("a girl in a black and white checkered skirt standing against a yellow wall"),
        wearing("he is wearing a white top and a checkered skirt", "pronoun", who="the girl"),
        color_of("skirt", "yellow", "contradiction"),
        B.pattern("checked"),
        D.details("", "non_answer"),
        title="Girls Black & White Checked A-Line Skirt",
        category="Skirts",
        color="Black",
    ),
    # photo: boy in a navy blue long-sleeve kurta with a white pyjama, no scarf or stole, grey backdrop.
    # caption: adapter, epoch 3
    case(
        "X536-045",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a stand neckline. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta and white pants", who="the boy"),
        color_of("kurta", "black", "contradiction"),
        is_a("kurta", "yes"),
        D.details("a blue kurta with white pajamas and a red scarf", "unsupported"),
        title="Boys Navy Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        gender="Boys",
    ),
    # photo: girl in a pink long-sleeve night suit printed with small white stars, sitting on a bed next to a brown
    # teddy bear (a prop).
    # all base / reference
    case(
        "X536-046",
        caption("a little girl in pink pajamas sitting on a bed with a teddy bear"),
        wearing("pink pajamas with stars", who="the girl"),
        B.color("pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("a pink pajama set with a teddy bear print", "unsupported"),
        title="Girls Pink Star Printed Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
]
