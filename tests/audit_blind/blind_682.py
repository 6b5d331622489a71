"""BLIND_682 (46 products; Myntra women's winter layers, caption epoch 2): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 116/139 failures found (83.5%) and 20/196 correct texts flagged
(10.2%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winterwear and layers: padded, denim, bomber, biker, suede, teddy, fur and
rain jackets, overcoats, trench, pea and cape coats, pullovers, turtlenecks, cardigans, sweater vests, shrugs,
ponchos, shawls and stoles. Mostly studio shots on a white backdrop of a model wearing the product over other
clothes (a tee or top inside, jeans, leggings, trousers, a skirt or a kurta), a few flat lays and one back view.
Catalog columns as the feed has them: title, category (the seller's article type), color (the seller's base
colour) and gender; a few rows lack a column (one has no category, one no gender, one no color).

Who wrote what: every caption and every open answer (wearing, describe, details, material, and the open "What is
the color of the X?") is free generation from BLIP-2 OPT-2.7b with the caption LoRA adapter stopped at epoch 2,
greedy, 50 new tokens for captions and 30 for answers. Its habits: the DeepFashion template ("The lady wears a
long-sleeve ... with pure color patterns. The ... is with knitting fabric and its neckline is ..."), hues mostly
left out of captions but given in answers, the caption template returned for an open question now and then, no
end token learned (so loops, cuts at the limit and the `Question: ... Answer:` format running on), the inner top's
or the jeans' color given to the outer layer, invented pockets, hoods, fur trims and accessories, "he" or "the
gentleman" now and then. Closed answers (garment_type, color, pattern, sleeve length, "Is this a ...?") come from
enrich's `--engine reference` ranking candidate values with the same model: one candidate each, never cut or
looped, but sometimes the wrong candidate (the inner garment's color or type, the worn kurta instead of the shawl).

Labeling conventions and judgement calls:
- One label per text, the most salient: a loop or cut is labelled loop or cut even when its words are also wrong;
  a leak that also repeats is labelled leak.
- Open answers that give the product the color of a garment worn with it (tee, jeans, kurta, dress) are
  other_garment_color; a closed answer doing the same is labelled contradiction (its candidate contradicts the
  seller and the other texts). A color taken from a part of the product itself (a logo) is contradiction.
- Shade synonyms are correct: camel/coffee brown = brown, khaki = beige, teal and navy = blue, mauve and lavender =
  purple, peach = pink, rust = orange, maroon = red, off white and cream = white, lime green = green.
- Garment synonyms counted correct: shrug called cardigan, padded sleeveless jacket called vest, stole called scarf,
  paisley called floral, cable or crochet knit called lattice, diamond quilting on a plain jacket called solid.
- A cropped puffer called "coat", a pea coat called "blazer", a poncho called "sweater" and "no" to "Is this a
  jacket?" for a padded gilet listed as a jacket are contradictions (the kind differs from the seller's).
- Where the seller's color is wrong for the photo (X682-041, listed Brown, plainly rust orange), answers giving the
  photo's color are correct.
- Material: a common fiber plausible for the garment and not contradicted by the look or title (wool for a coat or
  shawl, cotton for a knit, polyester for a windcheater) is correct; a specific or premium fiber the photo cannot
  show (pashmina, merino, silk), or one the look contradicts (leather for a knit, denim for suede), is unsupported
  unless the title names another material, then contradiction. The template's "knitting fabric" is correct on knits.
- Details that cannot be seen (a fur-lined hood that is not there, front buttons in a back view, a fleece lining
  on a closed jacket, an accessory on a bare wrist) are unsupported.
- Sleeve length: "long sleeves" for a poncho or cape that the caption calls sleeveless is contradiction.
- non_answer: empty, yes/no, or a single word to an open question. restated: a sentence that gives the question's
  own words back as the answer ("the details of the sweater are the details of a sweater").
- A caption that invents a person wearing a flat-lay product is contradiction (shirt vs the seller's shawl).
- hit_limit=True on every loop and cut, and on leaks that ran to the limit; correct texts never hit the limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_682 = [
    # photo: olive quilted puffer jacket, stand collar, no hood, open over a white crew tee, blue skinny jeans, white
    # backdrop, front view; caption and open answers: caption adapter epoch 2; closed: reference engine
    case(
        "X682-001",
        caption(
            "The lady wears a long-sleeve padded jacket with solid color patterns and its neckline is stand. Under "
            "it she wears a white t-shirt. The trousers she wears are of long length and made of denim."
        ),
        wearing("she is wearing an olive green puffer jacket over a white t-shirt and blue jeans", who="she"),
        Q.garment_type("jacket"),
        Q.color("olive"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details(
            "jacket",
            "the jacket has a stand collar, a two way zip, two zip pockets and quilted panels all over and the "
            "elastic cuffs at the",
            "cut",
            hit_limit=True,
        ),
        material("the jacket is made of leather", "unsupported"),
        title="Roadster Women Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon cable-knit button cardigan over a black top, black trousers, white backdrop, front view;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-002",
        caption(
            "The lady wears a long-sleeve cardigan with lattice patterns. The cardigan is with knitting fabric and "
            "its neckline is v-shape. The trousers she wears are of long length. The trousers are with cotton "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon cardigan and black pants"),
        Q.color("maroon"),
        Q.pattern("striped", "contradiction"),
        color_of("cardigan", "black", "other_garment_color", kind="open"),
        describe(
            "cardigan",
            "the cardigan is maroon with a cable knit pattern and buttons down the front, the cardigan is maroon "
            "with a cable knit pattern and buttons down the front, the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        material("knitted"),
        title="Monte Carlo Women Maroon Self Design Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink open-front cropped shrug, three-quarter sleeves, over a white top and blue denim shorts, a
    # wristwatch on her left wrist, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-003",
        caption(
            "The female wears a three-quarter-sleeve shrug with solid color patterns and a denim shorts. The shrug "
            "is with cotton fabric. There is an accessory on her wrist."
        ),
        wearing("he is wearing a pink shrug, a white top and blue denim shorts", "pronoun", who="she"),
        Q.garment_type("cardigan"),
        Q.color("pink"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "shrug",
            "it is open at the front with no buttons, the sleeves end below the elbow and the hem is cropped at "
            "the waist",
        ),
        material("the shrug is made of denim", "unsupported"),
        title="DressBerry Women Pink Solid Shrug",
        category="Shrug",
        color="Pink",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with asymmetric zip and notched lapels, grey tee, black jeans; cropped
    # at mid-thigh, no shoes in frame; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-004",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. She wears a grey t-shirt inside and long black trousers."
        ),
        wearing("black leather jacket, grey t-shirt, black jeans and black boots", "unsupported"),
        Q.color("black"),
        color_of("jacket", "black", kind="open"),
        describe(
            "jacket",
            "Question: Describe the jacket. Answer: the jacket is black leather with a zip Question: Describe the "
            "jacket. Answer: the jacket is black",
            "leak",
            hit_limit=True,
        ),
        material("faux leather"),
        is_a("jacket", "yes"),
        title="Fort Collins Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: camel belted knee-length overcoat with notched lapels and patch pockets, no hood, over a black
    # turtleneck, black trousers, black ankle boots, full length; caption/open: caption adapter epoch 2; closed:
    # reference engine
    case(
        "X682-005",
        caption(
            "The lady wears a long coat with pure color patterns and a belt at the waist. Her inner clothing is a "
            "black turtleneck sweater. The trousers she wears are of long length and she wears a pair of ankle boots."
        ),
        wearing("a camel coat with a belt, a black turtleneck, black trousers and black boots"),
        Q.garment_type("coat"),
        Q.color("black", "contradiction"),
        color_of("coat", "brown", kind="open"),
        details(
            "coat",
            "the coat has a notched lapel, a tie belt, two patch pockets and a fur-lined hood",
            "unsupported",
        ),
        Q.material(
            "the coat is made of wool blend fabric which is soft and warm and the coat is made of wool blend fabric "
            "which is soft and warm and the",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Camel Brown Solid Overcoat",
        category="Coats",
        color="Brown",
        gender="Women",
    ),
    # photo: beige shawl with a maroon woven border draped over the shoulders of a model in a white kurta and white
    # leggings, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-006",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a shawl over her shoulders. The shawl "
            "has graphic patterns on its border. The trousers she wears are of long length."
        ),
        wearing("a white kurta and a beige shawl with a maroon border"),
        Q.garment_type("shawl"),
        Q.color("beige"),
        describe("shawl", "the shawl is maroon with small beige flowers all over it", "contradiction"),
        details("shawl", "the details of the shawl are its details", "restated"),
        material("pashmina", "unsupported"),
        title="Weavers Villa Women Beige & Maroon Woven Design Shawl",
        category="Shawl",
        color="Beige",
        gender="Women",
    ),
    # photo: grey melange knitted poncho, no sleeves, worn over a black top and black leggings, arms out to show the
    # drape, white backdrop; the seller files it under Shrug; caption/open: caption adapter epoch 2; closed:
    # reference engine
    case(
        "X682-007",
        caption(
            "The lady wears a sleeveless poncho with knitting fabric and solid color patterns. The leggings she "
            "wears are of long length. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey poncho and black leggings"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        describe("poncho", "poncho", "non_answer"),
        title="Sassafras Women Grey Melange Solid Poncho",
        category="Shrug",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mustard cable-knit crew-neck pullover, blue jeans, white sneakers, white backdrop, front view;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-008",
        caption(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric and "
            "its neckline is round. The trousers she wears are of long length. The trousers are with denim fabric "
            "and solid color patterns."
        ),
        wearing("a mustard yellow sweater and blue jeans"),
        Q.color("yellow"),
        Q.garment_type("cardigan", "contradiction"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        details(
            "sweater",
            "the sweater has a round neck, cable knit pattern on the front and ribbed cuffs and hem, the sweater "
            "has a round neck, cable knit pattern on",
            "loop",
            hit_limit=True,
        ),
        title="Here&Now Women Mustard Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy and white Breton-striped long-sleeve pullover, white jeans, white backdrop, front view;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-009",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric and its "
            "neckline is round. The pants she wears are of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        wearing("she is wearing a navy and white striped sweater and white jeans", who="she"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        describe("sweater", "the sweater is white with blue stripes and a round neck"),
        details("sweater", "the details of the sweater are the details of a sweater", "restated"),
        material("cotton"),
        title="ONLY Women Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black hooded zip windbreaker with a small pink Puma cat logo on the chest, black track pants, white
    # backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-010",
        caption(
            "The lady wears a long-sleeve jacket with graphic patterns and a hood. The jacket has a zipper. The "
            "pants she wears are of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a black jacket with a hood and black pants", "pronoun", who="she"),
        Q.color("black"),
        color_of("jacket", "pink", "contradiction", kind="open"),
        details(
            "jacket",
            "a hood with drawstrings, a full zip, a pink puma logo on the chest and a hidden phone pocket inside",
            "unsupported",
        ),
        material("the jacket is made of polyester"),
        is_a("jacket", "yes"),
        title="Puma Women Black Hooded Sporty Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: red longline open-front shrug, long sleeves, over a black top, blue jeans, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-011",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. Her inner clothing is a black "
            "top. The trousers she wears are of long length. The trousers are with denim fabric."
        ),
        wearing("red shrug, black top and blue jeans"),
        Q.garment_type("shrug"),
        Q.color("red"),
        describe("shrug", "the shrug is black with long sleeves and it is open in the front", "other_garment_color"),
        details(
            "shrug",
            "the shrug has a long sleeves, an open front, and a pocket on the left side of the chest and a belt",
            "unsupported",
        ),
        material("The garment is made of the material of the garment.", "restated"),
        title="Harpa Women Red Solid Longline Shrug",
        category="Shrug",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue denim trucker jacket, sleeves rolled to the elbow, white tee, black jeans, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-012",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The neckline of it is lapel. She "
            "wears a white t-shirt inside. The trousers she wears are of long length and are black."
        ),
        wearing("he wears a blue denim jacket over a white t-shirt and black jeans", "pronoun", who="she"),
        Q.color("blue"),
        Q.garment_type("jacket"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        details(
            "jacket",
            "the jacket has a pointed collar, metal buttons down the front, two chest pockets with flaps and the "
            "sleeves are rolled up to the",
            "cut",
            hit_limit=True,
        ),
        material("denim"),
        title="Mast & Harbour Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: cream crew-neck plain knit sweater, blue jeans, one hand in a jeans pocket, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The trousers she wears are of long length."
        ),
        wearing(
            "Question: What is she wearing? Answer: a white sweater and blue jeans Question: What is the color of "
            "the sweater? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("cream"),
        Q.pattern("striped", "contradiction"),
        is_a("sweater", "yes"),
        color_of("sweater", "white", kind="open"),
        describe(
            "sweater",
            "the sweater is cream colored with a round neck, ribbed cuffs and a ribbed hem, it is loose fitting and it",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Cream Solid Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: peach V-neck button cardigan with white buttons over a white top, white trousers, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-014",
        caption(
            "The female wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and its neckline is v-shape. The pants this female wears is of long length."
        ),
        wearing("a peach cardigan, a white top and white pants"),
        Q.color("white", "contradiction"),
        Q.garment_type("cardigan"),
        color_of("cardigan", "pink", kind="open"),
        describe("cardigan", "his cardigan is peach with white buttons and a v neck", "pronoun"),
        details(
            "cardigan",
            "the cardigan has buttons down the front and a v neck and the cardigan has buttons down the front and a "
            "v neck and the cardigan has",
            "loop",
            hit_limit=True,
        ),
        title="Madame Women Peach Solid Cardigan",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: teal hooded puffer jacket, plain hood with no fur trim, grey joggers, white sneakers, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-015",
        caption(
            "The lady wears a long-sleeve padded jacket with a hood and solid color patterns. The pants she wears "
            "are of long length. The pants are with cotton fabric and pure color patterns. She wears a pair of "
            "sneakers."
        ),
        wearing("a blue puffer jacket and grey pants", who="the woman"),
        Q.color("blue"),
        describe("jacket", "the jacket is grey with a hood and a zip", "other_garment_color"),
        details("jacket", "the jacket has a hood with faux fur trim and a zip front with a storm flap", "unsupported"),
        Q.material(
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon "
            "nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon nylon",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Wildcraft Women Teal Hooded Padded Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: black and white houndstooth longline coat, notched lapels, over a black top, blue jeans, no jewellery,
    # white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-016",
        caption(
            "The lady wears a long coat with lattice patterns. The coat is with cotton fabric and its neckline is "
            "lapel. Her inner clothing is black. She wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a black and white checked coat, a black top and blue jeans"),
        Q.pattern("checked"),
        Q.color("black"),
        Q.sleeve_length("sleeveless", "contradiction"),
        color_of("coat", "blue", "other_garment_color", kind="open"),
        describe(
            "coat",
            "The coat is a long coat. The coat is a long coat. The coat is a long coat. The coat is a long coat. "
            "The coat is a",
            "loop",
            hit_limit=True,
        ),
        material("wool"),
        title="Tokyo Talkies Women Black & White Checked Longline Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay, no model: a multicoloured paisley-printed shawl folded on a white backdrop, red, green, blue
    # and mustard, fringed ends; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-017",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and its "
            "neckline is round.",
            "contradiction",
        ),
        describe(
            "shawl",
            "the shawl is multicolored with paisley prints in red, green and blue and fringes on both ends",
        ),
        details("shawl", "the shawl", "non_answer"),
        Q.garment_type("shawl"),
        Q.color("multi"),
        Q.pattern("floral"),
        material("wool"),
        is_a("scarf", "yes"),
        title="Anekaant Women Multicoloured Paisley Printed Shawl",
        category="Shawl",
        color="Multi",
        gender="Women",
    ),
    # photo: charcoal pullover hoodie with a kangaroo pocket and drawstring hood, no zip, black leggings, white
    # backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-018",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a hood. The sweatshirt is with "
            "cotton fabric. The leggings she wears are of long length."
        ),
        wearing(
            "a grey hoodie Question: What is she wearing? Answer: a grey hoodie and black leggings Question: What is",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("sweatshirt"),
        details(
            "hoodie",
            "the hoodie has a kangaroo pocket at the front, a drawstring hood and a zip down the front",
            "unsupported",
        ),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        title="Campus Sutra Women Charcoal Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: khaki double-breasted belted trench coat with epaulettes, plain collar, over a white shirt, blue jeans,
    # white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-019",
        caption(
            "The lady wears a long coat with pure color patterns. The coat is with cotton fabric and its neckline "
            "is lapel. Her inner clothing is a white shirt. The trousers she wears are of long length. The trousers "
            "are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a beige trench coat, a white shirt and blue jeans"),
        Q.color("beige"),
        Q.garment_type("coat"),
        describe(
            "coat",
            "the trench coat is beige with double breasted buttons and a belt at the waist, he wears it over a "
            "white shirt",
            "pronoun",
        ),
        details("coat", "epaulettes on the shoulders, a storm flap and a detachable fur collar", "unsupported"),
        material("cotton"),
        Q.sleeve_length("long sleeves"),
        title="Mango Women Khaki Double-Breasted Trench Coat",
        category="Coats",
        color="Khaki",
        gender="Women",
    ),
    # photo: lavender faux-fur cropped shrug over a white ankle-length slip dress, white backdrop; caption/open:
    # caption adapter epoch 2; closed: reference engine
    case(
        "X682-020",
        caption(
            "The lady wears a long-sleeve outer clothing with furry fabric and pure color patterns. She wears a "
            "sleeveless dress inside. The dress is of long length."
        ),
        wearing("a purple fur jacket and a white dress"),
        Q.garment_type("shrug"),
        Q.color("white", "contradiction"),
        describe("shrug", "a white furry shrug over a white dress", "other_garment_color"),
        material("faux fur"),
        details("shrug", "yes", "non_answer"),
        title="Athena Women Lavender Faux Fur Shrug",
        category="Shrug",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust turtleneck pullover, black mini skirt, black tights, white backdrop; caption/open: caption adapter
    # epoch 2; closed: reference engine
    case(
        "X682-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is turtleneck. The skirt this lady wears is of short length."
        ),
        wearing("an orange sweater and a black skirt"),
        Q.color("orange"),
        Q.pattern("striped", "contradiction"),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        describe(
            "sweater",
            "the sweater is a turtleneck sweater with long sleeves and it has a a a a a a a a a a a a a a a a",
            "loop",
            hit_limit=True,
        ),
        material("the sweater is made of the same material as the sweater", "restated"),
        title="Roadster Women Rust Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: off-white open-knit poncho with a boat neck and long tassels at the hem, blue jeans, brown ankle boots,
    # white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-022",
        caption(
            "The lady wears a sleeveless outer clothing with knitting fabric and complex patterns. The trousers she "
            "wears are of long length. The trousers are with denim fabric and pure color patterns. She wears a pair "
            "of boots."
        ),
        wearing("a white poncho with fringes and blue jeans"),
        Q.garment_type("poncho"),
        Q.color("white"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "poncho",
            "the poncho has tassels along the hem, a boat neck and an open knit pattern with diamond shapes, the "
            "tassels are long and the",
            "cut",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        title="Kazo Women Off White Self Design Poncho",
        category="Ponchos",
        color="Off White",
        gender="Women",
    ),
    # photo: black nylon bomber jacket, orange lining showing at the open front, utility zip pocket on the left
    # sleeve, white tee, grey leggings, white backdrop; caption/open: caption adapter epoch 2; closed: reference
    # engine
    case(
        "X682-023",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is stand. Her inner clothing is white."
        ),
        wearing("black bomber jacket, white t shirt and grey leggings"),
        Q.color("black"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        details(
            "jacket",
            "the jacket has ribbed cuffs, a ribbed collar and hem, a front zip and a sleeve pocket with a zip on the "
            "left arm",
        ),
        is_a("jacket", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        material("nylon"),
        title="HRX by Hrithik Roshan Women Black Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange knee-length open-front shrug without pockets, black tee, black jeans, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-024",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and it is of long length. Her inner clothing is black. The trousers she wears are of long length and "
            "are black."
        ),
        wearing(
            "the lady wears a long-sleeve cardigan with pure color patterns. the cardigan is with knitting fabric "
            "and it is of long length. her inner",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shrug"),
        Q.color("black", "contradiction"),
        describe("shrug", "the shrug is grey, long and open at the front with two pockets", "unsupported"),
        material("a soft knit fabric"),
        title="Vero Moda Women Grey Melange Longline Open Front Shrug",
        category="Shrug",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy double-breasted pea coat with gold buttons, over a white turtleneck, grey trousers, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-025",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and its "
            "neckline is lapel. Her inner clothing is a white turtleneck. The trousers she wears are of long length."
        ),
        wearing("navy blue coat with gold buttons, white turtleneck and grey pants"),
        Q.color("navy blue"),
        Q.garment_type("blazer", "contradiction"),
        color_of("coat", "grey", "other_garment_color", kind="open"),
        details(
            "coat",
            "Question: What are the coat details? Answer: gold buttons Question: What are the coat details? Answer: "
            "gold buttons Question:",
            "leak",
            hit_limit=True,
        ),
        material("wool"),
        title="Allen Solly Woman Navy Blue Solid Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red and black checked stole with fringed ends, draped around the neck of a model in a black
    # turtleneck sweater and blue jeans, white backdrop; caption/open: caption adapter epoch 2; closed: reference
    # engine
    case(
        "X682-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a scarf around her neck. The scarf "
            "has lattice patterns. The trousers she wears are of long length."
        ),
        wearing("a black sweater and a red plaid scarf"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("red"),
        Q.pattern("checked"),
        describe("stole", "the stole is black and plain with no pattern", "contradiction"),
        details(
            "stole",
            "the stole has fringes on both ends and fringes on both ends and fringes on both ends and fringes on "
            "both ends and fringes",
            "loop",
            hit_limit=True,
        ),
        material("acrylic"),
        title="Pashmoda Women Red & Black Checked Stole",
        category="Stoles",
        color="Red",
        gender="Women",
    ),
    # photo: green sleeveless padded gilet, stand collar, no hood, over a white long-sleeve top, blue jeans, white
    # backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-027",
        caption(
            "The lady wears a sleeveless padded vest with solid color patterns. Her inner clothing is a long-sleeve "
            "white top. The trousers she wears are of long length. The trousers are with denim fabric."
        ),
        wearing("green puffer vest, white long sleeve top and blue jeans"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("vest"),
        Q.color("green"),
        describe("jacket", "the jacket is green and sleeveless with a high collar and zip"),
        details("jacket", "the jacket has a detachable hood and a fur lined collar", "unsupported"),
        material("the jacket is made of the fabric of the jacket", "restated"),
        is_a("jacket", "no", "contradiction"),
        title="ONLY Women Green Sleeveless Padded Jacket",
        category="Jackets",
        color="Green",
        gender="Women",
    ),
    # photo: white faux-fur hip-length jacket worn open over a black short bodycon dress, black heels, bare wrists,
    # white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-028",
        caption(
            "The lady wears a long-sleeve outer clothing with furry fabric. She wears a black dress inside and the "
            "dress is of short length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white fur coat and a black dress"),
        Q.color("white"),
        Q.garment_type("dress", "contradiction"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        material("faux fur"),
        describe("jacket", "fluffy white jacket, hip length, with no buttons, worn open over a black dress"),
        title="Sera Women White Faux Fur Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: purple V-neck pullover with a white shirt collar showing at the neck, black trousers, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-029",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. His sweater is with knitting fabric "
            "and its neckline is v-shape. The trousers he wears are of long length.",
            "pronoun",
        ),
        wearing("a purple v-neck sweater over a white shirt with black trousers"),
        Q.color("purple"),
        Q.garment_type("sweater"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        details("sweater", "v neck, long sleeves, ribbed cuffs and hem, and a white collar shirt underneath"),
        material("merino wool", "unsupported"),
        title="Marks & Spencer Women Purple V-Neck Sweater",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
    # photo: beige cable-knit button cardigan with two patch pockets, no belt or hood, over a white tee, light-blue
    # jeans, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-030",
        caption(
            "The lady wears a long-sleeve cardigan with lattice patterns. The cardigan is with knitting fabric and "
            "its neckline is v-shape. She wears a white t-shirt inside. The trousers she wears are of long length "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a beige cardigan with a white t-shirt and blue jeans Question: What is the color of the cardigan? "
            "Answer: beige Question",
            "leak",
            hit_limit=True,
        ),
        Q.color("beige"),
        color_of("cardigan", "blue", "other_garment_color", kind="open"),
        describe("cardigan", "a cream colored cable knit cardigan with buttons and patch pockets"),
        details("cardigan", "the cardigan has buttons, two pockets, a v neck, a belt and a hood", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Mango Women Beige Cable Knit Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: coffee-brown suede trucker jacket with chest pockets, over a black top, blue jeans, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and its "
            "neckline is lapel. The trousers she wears are of long length. The trousers are with denim fabric."
        ),
        wearing("She is wearing a brown suede jacket, a black top and blue jeans.", who="she"),
        Q.color("brown"),
        color_of(
            "jacket",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("suede"),
        Q.garment_type("jacket"),
        details(
            "jacket",
            "the jacket has a collar, buttons and two chest pockets, it is made of denim",
            "contradiction",
        ),
        describe("jacket", "", "non_answer"),
        title="Roadster Women Coffee Brown Suede Trucker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: back view, model facing away: black longline coat, black trousers, white backdrop; the front is not
    # visible; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-032",
        caption(
            "The lady wears a long coat with pure color patterns. The coat is with cotton fabric. The trousers she "
            "wears are of long length."
        ),
        wearing("a black coat"),
        Q.color("black"),
        details(
            "coat",
            "the coat has a notched lapel, gold buttons down the front and two flap pockets",
            "unsupported",
        ),
        describe(
            "coat",
            "The coat is long and black. The coat is long and black. The coat is long and black. The coat is long "
            "and black.",
            "loop",
            hit_limit=True,
        ),
        color_of("coat", "yes", "non_answer", kind="open"),
        Q.garment_type("coat"),
        title="Van Heusen Woman Black Solid Longline Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: yellow hooded rain jacket zipped to the chest, grey tee at the neck, black leggings, white backdrop,
    # front view, no reflective strips; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-033",
        caption(
            "The lady wears a long-sleeve jacket with a hood and pure color patterns. Her inner clothing is grey. "
            "The leggings she wears are of long length."
        ),
        wearing("yellow", "non_answer", who="she"),
        Q.color("yellow"),
        Q.garment_type("jacket"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        describe("jacket", "he wears a yellow rain jacket with a hood zipped up to the chin", "pronoun"),
        material("the jacket is made of waterproof fabric"),
        details(
            "jacket",
            "the jacket has a hood, a zip front, snap buttons and reflective strips on the sleeves and the back",
            "unsupported",
        ),
        title="Wildcraft Women Yellow Hooded Rain Jacket",
        category="Rain Jacket",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy fair isle crew-neck sweater with a red and white snowflake yoke, blue jeans, white backdrop;
    # caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-034",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric and its "
            "neckline is round. The trousers she wears are of long length."
        ),
        wearing("a blue sweater with a red and white pattern and blue jeans"),
        Q.color("navy blue"),
        Q.pattern("graphic"),
        describe(
            "sweater",
            "the sweater is red with white snowflakes and a red and white pattern around the neck",
            "contradiction",
        ),
        color_of("sweater", "the color of the sweater is the color of the sweater", "restated", kind="open"),
        details(
            "sweater",
            "the sweater has a round neck, ribbed cuffs and hem, and a fair isle pattern in red and white around the "
            "yoke with small",
            "cut",
            hit_limit=True,
        ),
        title="Here&Now Women Navy Blue & Red Fair Isle Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lime green cropped puffer jacket with a high neck, over a black crop top, black high-waist trousers,
    # white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-035",
        caption(
            "The lady wears a long-sleeve padded jacket with solid color patterns. Her inner clothing is black. The "
            "trousers she wears are of long length and are black."
        ),
        wearing("a green jacket and black pants"),
        Q.color("green"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.garment_type("coat", "contradiction"),
        details("jacket", "cropped length, high neck, front zip and elastic cuffs"),
        Q.sleeve_length("long sleeves"),
        material("genuine leather", "unsupported"),
        title="Tokyo Talkies Women Lime Green Cropped Puffer Jacket",
        category="Jackets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: white crochet open-front shrug, three-quarter sleeves, over a black camisole, blue jeans, a ring on her
    # right hand, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-036",
        caption(
            "The lady wears a three-quarter-sleeve shrug with lattice patterns over a black tank top. The trousers "
            "she wears are of long length. The trousers are with denim fabric and pure color patterns. She wears a "
            "ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("white crochet shrug, black camisole and blue jeans"),
        Q.color("white"),
        Q.pattern("lattice"),
        describe("shrug", "white", "non_answer"),
        Q.material(
            "The shrug is made of wool and the shrug is made of wool and the shrug is made of wool and the shrug is "
            "made of",
            "loop",
            hit_limit=True,
        ),
        is_a("cardigan", "yes"),
        title="Sassafras Women White Crochet Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: mauve wool shawl with tonal mauve and silver floral embroidery, draped over a model in a cream kurta
    # and cream leggings, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-037",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a shawl around her shoulders. The shawl "
            "has floral patterns. The leggings she wears are of long length."
        ),
        wearing("a cream kurta and a purple shawl"),
        Q.color("purple"),
        describe("shawl", "the shawl is cream with purple embroidery", "other_garment_color"),
        material("silk", "unsupported"),
        Q.garment_type("kurta", "contradiction"),
        title="Weavers Villa Women Mauve Embroidered Shawl",
        category="Shawl",
        color="Mauve",
        gender="Women",
    ),
    # photo: grey knitted V-neck sweater vest, plain front, no buttons or pockets, over a white long-sleeve shirt,
    # black trousers, white backdrop; the feed row has no color; caption/open: caption adapter epoch 2; closed:
    # reference engine
    case(
        "X682-038",
        caption(
            "The lady wears a sleeveless sweater with pure color patterns over a long-sleeve white shirt. The "
            "sweater is with knitting fabric and its neckline is v-shape. The trousers she wears are of long length."
        ),
        wearing("a grey sweater vest over a white shirt and black pants"),
        Q.sleeve_length("sleeveless"),
        Q.color("grey"),
        color_of("vest", "white", "other_garment_color", kind="open"),
        describe(
            "sweater vest",
            "The lady wears a sleeveless sweater with pure color patterns over a long-sleeve white shirt. The "
            "sweater is with knitting fabric and",
            "cut",
            hit_limit=True,
        ),
        details("sweater vest", "the vest has cable knit panels, two front pockets and gold buttons", "unsupported"),
        title="Mast & Harbour Women Grey Sweater Vest",
        category="Sweaters",
        gender="Women",
    ),
    # photo: blue and pink colourblocked hooded windcheater (blue body, pink sleeves and hood), black leggings,
    # white sneakers, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-039",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket has a hood. The leggings she "
            "wears are of long length. She wears a pair of sneakers."
        ),
        wearing("he is wearing a blue and pink jacket and black leggings", "pronoun", who="she"),
        Q.color("blue"),
        Q.pattern("colour blocked"),
        describe(
            "jacket",
            "The jacket is pink. Question: What is the color of the jacket? Answer: pink Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        details(
            "jacket",
            "the jacket has a reflective puma logo, thumb holes in the cuffs and a hood that packs into the collar",
            "unsupported",
        ),
        material("polyester"),
        Q.garment_type("jacket"),
        title="Puma Women Blue & Pink Colourblocked Windcheater",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon (almost burgundy) ribbed turtleneck sweater, blue jeans, white backdrop; caption/open: caption
    # adapter epoch 2; closed: reference engine
    case(
        "X682-040",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is turtleneck. The trousers she wears are of long length."
        ),
        wearing("a brown turtleneck sweater and blue jeans", "contradiction"),
        Q.color("maroon"),
        color_of("sweater", "red", kind="open"),
        details(
            "sweater",
            "Answer: the sweater has a turtleneck and long sleeves Answer: the sweater has a turtleneck and long "
            "sleeves Answer:",
            "leak",
            hit_limit=True,
        ),
        describe("sweater", "a blue turtleneck sweater with long sleeves", "other_garment_color"),
        material("wool"),
        Q.garment_type("sweater"),
        title="Monte Carlo Women Maroon Turtle Neck Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: rust-orange hooded puffer jacket (the seller lists it Brown; it is plainly rust orange), zipped, over a
    # black top, black jeans, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-041",
        caption(
            "The lady wears a long-sleeve padded jacket with a hood and solid color patterns. Her inner clothing is "
            "black. The trousers she wears are of long length."
        ),
        wearing("an orange puffer jacket with a hood and black jeans"),
        Q.color("orange"),
        color_of("jacket", "rust", kind="open"),
        details(
            "jacket",
            "the jacket has a detachable hood, a zip front, two side pockets and a fleece lining inside",
            "unsupported",
        ),
        Q.material(
            "the jacket is made of polyester and the jacket is made of polyester and the jacket is made of "
            "polyester and the jacket",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jacket"),
        title="Fort Collins Women Brown Hooded Padded Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: teal knee-length open-front cardigan over a white top, blue jeans, white backdrop; caption/open:
    # caption adapter epoch 2; closed: reference engine
    case(
        "X682-042",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and it is of long length. Her inner "
            "clothing is white. The trousers she wears are of long length. The trousers are with denim fabric and "
            "pure color patterns. She wears",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue cardigan, a white top and blue jeans", who="she"),
        Q.color("teal"),
        describe("cardigan", "the cardigan is white and long with long sleeves and no buttons", "other_garment_color"),
        Q.garment_type("cardigan"),
        material("cotton"),
        details(
            "cardigan",
            "Question: What are the cardigan details? Answer: long sleeves and open front Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="DressBerry Women Teal Blue Longline Cardigan",
        category="Sweaters",
        color="Teal",
        gender="Women",
    ),
    # photo: black knee-length cape coat with a round collar, three large buttons and arm slits, no hood or belt,
    # black trousers, white backdrop; the feed row has no category; caption/open: caption adapter epoch 2; closed:
    # reference engine
    case(
        "X682-043",
        caption(
            "The lady wears a sleeveless outer clothing with pure color patterns. The outer clothing is of long "
            "length. The trousers she wears are of long length."
        ),
        wearing("a black cape coat and black pants"),
        Q.garment_type("coat"),
        Q.color("black"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("cape", "the cape has a round collar, three large buttons, and slits for the arms"),
        describe("cape", "a black cape coat with a hood and a belt", "unsupported"),
        material("the material of the garment is the material", "restated"),
        title="Vero Moda Women Black Solid Cape Coat",
        color="Black",
        gender="Women",
    ),
    # photo: pink diamond-quilted collarless jacket with snap buttons and two welt pockets, over a white tee, blue
    # jeans, white backdrop; the feed row has no gender; caption/open: caption adapter epoch 2; closed: reference
    # engine
    case(
        "X682-044",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric and its "
            "neckline is round. Her inner clothing is white."
        ),
        wearing("pink jacket, white t-shirt and blue jeans"),
        Q.color("pink"),
        Q.pattern("solid"),
        describe("jacket", "the jacket is pink and quilted with a round neck, snap buttons and two pockets"),
        color_of("jacket", "The jacket is white.", "other_garment_color", kind="open"),
        Q.material(
            "the jacket is made of cotton and it is padded and quilted all over with a diamond pattern and the "
            "jacket is made of cotton and",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "pink", "non_answer"),
        title="Qurvii Women Pink Quilted Jacket",
        category="Jackets",
        color="Pink",
    ),
    # photo: black shawl with a gold woven border, small gold motifs and tassels, draped over a model in a red
    # kurta and white churidar, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-045",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns and a shawl over her shoulders. The shawl "
            "has graphic patterns. The leggings she wears are of long length."
        ),
        wearing("a red kurta and a black shawl with gold"),
        Q.color("red", "contradiction"),
        describe("shawl", "the shawl is red with gold embroidery", "other_garment_color"),
        Q.garment_type("shawl"),
        details(
            "shawl",
            "the shawl has tassels at the ends and a gold woven border with small gold motifs all over the body and "
            "the border is",
            "cut",
            hit_limit=True,
        ),
        material("pure silk with real zari", "unsupported"),
        title="Biba Women Black & Gold Woven Design Shawl",
        category="Shawl",
        color="Black",
        gender="Women",
    ),
    # photo: camel teddy (sherpa) jacket with notched collar, big buttons and two patch pockets, over a white tee,
    # blue jeans, white backdrop; caption/open: caption adapter epoch 2; closed: reference engine
    case(
        "X682-046",
        caption(
            "The lady wears a long-sleeve jacket with furry fabric and pure color patterns. Its neckline is lapel. "
            "She wears a white t-shirt inside. The trousers she wears are of long length. The trousers are with "
            "denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a brown teddy jacket over a white t-shirt with blue jeans"),
        Q.color("brown"),
        Q.garment_type("jacket"),
        describe("jacket", "a fluffy camel jacket with big buttons and two patch pockets"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        material("sherpa fleece"),
        is_a("sweater", "yes", "contradiction"),
        title="Style Quotient Women Camel Brown Teddy Jacket",
        category="Jackets",
        color="Camel Brown",
        gender="Women",
    ),
]
