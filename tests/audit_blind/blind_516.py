"""BLIND_516 (46 products; Myntra kids' wear night: boys' tees to girls' lehenga cholis): written blind in the fiftieth
session. Measured blind at ba377c1 (the session's rules as they stood): 103/121 failures found (85.1%) and 0/153
correct texts flagged (0.0%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed of kidswear run overnight: boys' t-shirts (graphic, polo, striped, packs),
shirts, shorts, jeans, track pants, sweatshirts and kurta pyjama sets; girls' frocks, dresses, tops, leggings,
skirts, jumpsuits and lehenga cholis. Most photos are children modelling in a studio (plain grey or white backdrop,
a few pastel walls, props such as balloons, a teddy bear, marigold garlands), some are flat-lays on white. Each row
has the seller's title, category, color and gender (Boys / Girls); a few rows miss the color or the gender.

Who wrote what: the run asked enrich's default questionnaire plus the experiments' own questions ("What is the boy /
girl wearing?", "What is the color of the t-shirt / frock / shorts / ...?", "Is this a ...?"). Captions and open
answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its own, never
hit_limit) unless the comment above the case names the caption adapter (epoch 3). The adapter was trained with no
end-of-answer token on DeepFashion template captions: every adapter text runs to its limit (hit_limit=True), and
asked a question it returns its template ("The gentleman wears ..." for boys, "The lady wears ..." for girls). The
closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers with the VQA adapter, chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or denim, green for olive or teal, yellow for
  mustard, red for maroon, purple for lavender or lilac, pink for peach, orange or pink for coral, white for off white
  or cream, grey for grey melange. Navy answered "black" and olive answered "brown" are contradiction.
- Garment synonyms are correct: dress for a frock, pants for leggings, track pants or pyjamas, sweatpants for
  joggers, hoodie or sweater for a sweatshirt, overalls for dungarees, tutu for a tulle skirt, scarf for a
  dupatta, crown for a tiara, plaid for checks, jacket for a zip-front hooded sweatshirt (it is worn and looks as
  one). A denim shirt worn open over a tee called "a denim jacket" is contradiction (the seller sells a shirt), and
  so is a jumpsuit called a dress, by the base model, the reference engine ("Is this a dress?" yes) or the adapter.
- The color of the other piece of the outfit (the tee with the shorts, the tucked-in top, the choli with the
  lehenga, the jacket over the kurta) given as the product's color, or the product's color given to the other
  piece ("red" shorts under a red polo), is other_garment_color. A color that no garment in the photo has (the wall,
  balloons, the teddy bear, the print or the zari border) given as the garment's color is contradiction.
- "No" to "Is this a frock?" for a frock is contradiction (the VQA data never had frocks).
- A pack of three leggings answered "a pair of black leggings" is contradiction (one pair, not three); the closed
  color "black" for the same pack names one of its colors and is counted correct.
- Pleats answered "striped" and a graphic tee answered by its print color are contradiction; white-on-white
  schiffli answered "solid" is correct (the seller calls it self design).
- Materials: one the title names (linen, lycra as "spandex", velvet, fleece, rayon, denim, sequins, silk blend, net
  for a set with a net dupatta) is correct; cotton for a plain cotton-look kids' garment is correct; chiffon for
  georgette is correct; silk on a cotton kurta or a tulle dress, wool on a cotton sweatshirt, leather on a polyester
  skirt, polyester on cotton joggers and cotton on a plainly tulle tutu are unsupported. A material question
  answered with the garment's name and color, or with a bare color ("green"), is restated, and so is the
  questionnaire's own question given back as the answer; "the kurta is made of" and "the jeans are made of" (early
  stops of the base model) are cut without hit_limit.
- Invented items and features (a bow on a back a front view does not show, a belt, a hole in the knee, a hood on a
  crew-neck sweatshirt, a sleeve or chest pocket, a logo, shoes on a barefoot girl, a hat for a flower crown, a
  balloon or a chair in a caption) are unsupported.
- Checks answered "striped", a typography or colour-block print answered "solid", rolled-up long sleeves answered
  "short sleeves" and thin straps answered "short sleeves" are contradiction; a peplum top answered "dress" too.
- Adapter texts: a text that repeats one of its own sentences is loop; one that stops mid-sentence without repeating
  is cut; the template returned for the material question is restated. Where the template misnames the garment
  itself (a jumpsuit as a dress) it is contradiction. "Shirt" for a kurta and "sweater" for a sweatshirt in the
  template are not counted as misnaming; the cut is labelled, and so it is where the template invents an accessory
  (a ring) before it is cut. The template answering the details of a flat-lay ("The gentleman wears ...") is cut.
- Base answers that run into "question: ... answer: ..." are leak even when their first words are right. "she" for a
  boy (a boy with long hair included) or "he" for a girl is pronoun. "they are jeans", "they are blue jeans", "the
  leggings are leggings" for the details, "the details of the t-shirts" and an empty answer are non_answer. A base
  answer that repeats its own phrase ("a pink dress with a pink dress ...") is loop.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, wearing

BLIND_516 = [
    # photo: boy in a navy t-shirt with a green dinosaur print, grey shorts, white studio backdrop, front view.
    # adapter: none
    case(
        "X516-001",
        caption("a young boy in a blue t-shirt with a dinosaur on it"),
        wearing("a blue t-shirt and blue shorts", "other_garment_color", who="the boy"),
        color_of("t-shirt", "blue"),
        is_a("t-shirt", "yes"),
        D.details("the t-shirt has a dinosaur on it and a dinosaur on it and a dinosaur on it", "loop"),
        D.material("cotton"),
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a blue-and-white checked full-sleeve shirt with one chest pocket, navy jeans, grey backdrop.
    # caption, details: adapter
    case(
        "X516-002",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white checkered shirt and jeans", who="the boy"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Boys Blue & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay of olive cotton cargo shorts with side flap pockets, on white.
    # details: adapter
    case(
        "X516-003",
        caption("a pair of green shorts on a white background"),
        D.garment_type("shorts"),
        color_of("shorts", "green"),
        D.color("brown", "contradiction"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.material("green shorts", "restated"),
        title="Boys Olive Green Solid Pure Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in black track pants with white side taping, red t-shirt on top, grey studio backdrop.
    # material: adapter
    case(
        "X516-004",
        caption("a boy in a red shirt and black pants"),
        wearing("a red t-shirt and red track pants", "other_garment_color", who="the boy"),
        D.color("red", "other_garment_color"),
        D.pattern("solid"),
        color_of("pants", "black"),
        D.details("the pants have a white stripe on the side"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Boys Black Solid Track Pants with Side Taping",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in a grey melange hooded sweatshirt with a kangaroo pocket, blue jeans, white backdrop.
    # caption, details: adapter
    case(
        "X516-005",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey hoodie and jeans", who="the boy"),
        D.garment_type("sweatshirt"),
        D.color("grey"),
        D.description("a grey hoodie with a pocket in the front"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The gentleman wears "
            "a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Boys Grey Melange Solid Hooded Cotton Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy in a cream cotton kurta with a white pyjama, standing before a yellow wall hung with marigold garlands.
    # adapter: none
    case(
        "X516-006",
        caption("a little boy in a white kurta standing in front of a yellow wall"),
        wearing("a white kurta and pajama", who="the boy"),
        color_of("kurta", "white"),
        D.color("yellow", "contradiction"),
        is_a("kurta", "yes"),
        D.details("what are the details of the garment?", "restated"),
        D.material("silk", "unsupported"),
        title="Boys Cream-Coloured Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a sleeveless pink floral flared frock, white sandals, white backdrop, front view only.
    # adapter: none
    case(
        "X516-007",
        caption("a little girl in a pink dress with flowers"),
        wearing("a pink dress", who="the girl"),
        color_of("frock", "pink"),
        D.sleeve_length("sleeveless"),
        is_a("frock", "no", "contradiction"),
        D.details("the dress has a bow on the back", "unsupported"),
        title="Girls Pink Floral Print Fit & Flare Cotton Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a yellow A-line dress with white polka dots, short flutter sleeves, no belt, grey backdrop.
    # caption: adapter
    case(
        "X516-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric. It has a round neckline. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress with white polka dots", who="the girl"),
        D.color("yellow"),
        D.pattern("polka dots"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a yellow dress with white polka dots and a white belt", "unsupported"),
        title="Girls Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl in a white short-sleeve top with a unicorn print and the words "Dream Big", light blue denim shorts,
    # white backdrop.
    # adapter: none
    case(
        "X516-009",
        caption("a little girl wearing a white shirt with a unicorn on it"),
        wearing("a white shirt with a unicorn on it", who="the girl"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.details("it has a picture of a unicorn on it and the words 'i love you'", "unsupported"),
        D.material("a white shirt", "restated"),
        title="Girls White Unicorn Printed Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl in black ankle-length leggings with a red tunic top over them, grey studio backdrop.
    # adapter: none
    case(
        "X516-010",
        caption("a little girl in a red top and red leggings", "other_garment_color"),
        wearing("a red shirt and black pants", who="the girl"),
        D.garment_type("leggings"),
        D.color("red", "other_garment_color"),
        is_a("leggings", "yes", article="a pair of"),
        D.details("they are black leggings", "non_answer"),
        D.material("spandex"),
        title="Girls Black Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a blue denim A-line skirt with a button front, white t-shirt tucked in, white backdrop.
    # adapter: none
    case(
        "X516-011",
        caption("a girl in a white shirt and a blue skirt"),
        wearing("a white shirt and a white skirt", "other_garment_color", who="the girl"),
        color_of("skirt", "white", "other_garment_color"),
        D.material("denim"),
        D.details("the skirt has buttons down the front"),
        D.description("a blue denim skirt with a white skirt", "contradiction"),
        title="Girls Blue Denim A-Line Button-Front Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a pink short-sleeve choli and a magenta flared lehenga with a wide gold zari border, pink dupatta
    # over one shoulder, grey backdrop.
    # caption, details: adapter
    case(
        "X516-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink lehenga", who="the girl"),
        color_of("lehenga", "gold", "contradiction"),
        is_a("lehenga", "no", "contradiction"),
        D.details(
            "The skirt is with chiffon fabric and pure color patterns. The lady wears a short-sleeve shirt with pure "
            "color patterns. The shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        title="Girls Pink & Gold-Toned Zari Silk Blend Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a sleeveless teal jumpsuit with a waist tie belt, grey studio backdrop.
    # adapter: none
    case(
        "X516-013",
        caption("a little girl in a green jumpsuit"),
        wearing("a green dress", "contradiction", who="the girl"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        D.material("green", "restated"),
        title="Girls Teal Solid Basic Jumpsuit with Tie-Up Belt",
        category="Jumpsuit",
        color="Teal",
        gender="Girls",
    ),
    # photo: flat-lay of mid-blue slim-fit jeans, clean (no fading or rips), on white.
    # adapter: none
    case(
        "X516-014",
        caption("a pair of blue jeans on a white background"),
        color_of("jeans", "blue"),
        D.details("they are blue jeans", "non_answer"),
        D.material("the jeans are made of", "cut"),
        D.description("blue jeans with a hole in the knee", "unsupported"),
        title="Boys Blue Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a red polo t-shirt (navy collar tipping, two buttons, no pocket), navy shorts, white backdrop.
    # adapter: none
    case(
        "X516-015",
        caption("a boy wearing a red polo shirt and blue shorts"),
        wearing("a red shirt and blue shorts", who="the boy"),
        color_of("t-shirt", "red"),
        color_of("shorts", "red", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.details("it has a collar and two buttons and a pocket on the chest", "unsupported"),
        title="Boys Red Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of a mustard crew-neck sweatshirt with a white "NYC" print on the chest, on white.
    # description, material: adapter
    case(
        "X516-016",
        caption("a yellow sweatshirt with the word nyc on it"),
        D.garment_type("sweatshirt"),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.description(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Boys Mustard Yellow Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: barefoot girl in a red-and-white gingham frock with puff sleeves, before a pastel blue wall.
    # adapter: none
    case(
        "X516-017",
        caption("a little girl in a red and white checkered dress standing in front of a blue wall"),
        wearing("a red and white checkered dress and red shoes", "unsupported", who="the girl"),
        color_of("frock", "blue", "contradiction"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves"),
        is_a("frock", "yes"),
        D.material("a red and white checkered dress", "restated"),
        title="Girls Red & White Gingham Checked Puff Sleeve Frock",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy with shoulder-length hair in a white mandarin-collar long-sleeve shirt (sleeves rolled up, no
    # pocket), beige shorts, white backdrop.
    # adapter: none
    case(
        "X516-018",
        caption("a young boy in a white shirt and khaki shorts"),
        wearing("she is wearing a white shirt and shorts", "pronoun", who="the boy"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a collar and a pocket", "unsupported"),
        D.material("linen"),
        title="Boys White Solid Mandarin Collar Cotton Linen Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of navy joggers with a white drawstring and elastic cuffs, on white.
    # adapter: none
    case(
        "X516-019",
        caption("a pair of blue sweatpants"),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.details("the pants have a drawstring waist and elastic cuffs"),
        D.material("polyester", "unsupported"),
        is_a("jeans", "no", article="a pair of"),
        title="Boys Navy Blue Solid Cotton Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless lavender tiered georgette maxi dress with thin straps and ruffles, flower crown, grey
    # backdrop.
    # caption: adapter
    case(
        "X516-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "head. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple dress and a purple hat", "unsupported", who="the girl"),
        D.color("purple"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a long purple dress with ruffles"),
        D.material("chiffon"),
        title="Girls Lavender Tiered Georgette Maxi Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl in a coral peplum top with a smocked yoke and short sleeves, blue jeans, white backdrop.
    # description: adapter
    case(
        "X516-021",
        caption("a little girl in an orange top and jeans"),
        wearing("a pink shirt and blue jeans", who="the girl"),
        D.garment_type("dress", "contradiction"),
        D.color("orange"),
        D.details("the top has ruffles at the bottom"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        title="Girls Coral Solid Smocked Peplum Top",
        category="Tops",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy in a maroon silk-blend kurta with gold buttons and a mandarin collar, white pyjama, grey backdrop.
    # adapter: none
    case(
        "X516-022",
        caption("a boy in a red kurta and red pants", "other_garment_color"),
        wearing("a red and white outfit", who="the boy"),
        color_of("kurta", "red"),
        color_of("pyjama", "red", "other_garment_color"),
        D.details("the kurta has gold buttons and a mandarin collar"),
        D.material("the kurta is made of", "cut"),
        title="Boys Maroon Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: flat-lay of three folded leggings (black, grey, pink), on white.
    # adapter: none
    case(
        "X516-023",
        caption("three pairs of leggings in different colors"),
        D.wearing("a pair of black leggings", "contradiction"),
        D.garment_type("leggings"),
        D.color("black"),
        D.details("the leggings are leggings", "non_answer"),
        D.material("cotton"),
        title="Girls Pack of 3 Solid Cotton Lycra Ankle-Length Leggings",
        category="Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy in a white t-shirt with a red-and-blue Spider-Man print, blue jeans, grey backdrop.
    # caption, description: adapter
    case(
        "X516-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. The gentleman wears a long trousers",
            "loop",
            hit_limit=True,
        ),
        wearing("a spiderman t-shirt", who="the boy"),
        color_of("t-shirt", "red", "contradiction"),
        D.pattern("graphic"),
        D.sleeve_length("short sleeves"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Boys White Spider-Man Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a pink tulle tutu skirt, grey t-shirt with a silver star, white backdrop.
    # adapter: none
    case(
        "X516-025",
        caption("a little girl in a pink tutu"),
        wearing("a grey shirt and a pink tutu", who="the girl"),
        color_of("skirt", "pink"),
        D.color("grey", "other_garment_color"),
        D.material("cotton", "unsupported"),
        title="Girls Pink Layered Tulle Tutu Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in navy-and-green checked bermuda shorts with a drawstring, white t-shirt, white backdrop; no belt.
    # adapter: none
    case(
        "X516-026",
        caption("a boy in a white t-shirt and white shorts", "other_garment_color"),
        wearing("a white t-shirt and shorts", who="the boy"),
        color_of("shorts", "white", "other_garment_color"),
        D.pattern("checked"),
        D.details("the shorts have a drawstring"),
        D.description("plaid shorts with a drawstring waist and a belt", "unsupported"),
        title="Boys Navy Blue & Green Checked Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a navy velvet sleeveless party frock with a sequinned bodice, no bow, on white.
    # adapter: none
    case(
        "X516-027",
        caption("a blue velvet dress with sequins on the top"),
        D.garment_type("dress"),
        color_of("frock", "black", "contradiction"),
        D.material("velvet"),
        D.details("the dress has sequins on the top and a bow at the waist", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Girls Navy Blue Embellished Velvet Party Frock",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a crew-neck colour-blocked sweatshirt (red body, navy sleeves, white chest band), black jeans.
    # caption: adapter
    case(
        "X516-028",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and blue sweatshirt", who="the boy"),
        D.color("red"),
        D.pattern("solid", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("the sweatshirt has a hood", "unsupported"),
        title="Boys Red & Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in blue denim dungarees over a white t-shirt, white backdrop.
    # adapter: none
    case(
        "X516-029",
        caption("a little girl in denim overalls and a white shirt"),
        wearing("a white shirt and overalls", who="the girl"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.description("denim overalls with denim overalls with denim overalls", "loop"),
        title="Girls Blue Denim Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of two folded crew-neck t-shirts, one grey melange, one navy, on white.
    # adapter: none
    case(
        "X516-030",
        caption("two t-shirts, one grey and one blue"),
        D.garment_type("t-shirt"),
        D.description("a grey t-shirt and a blue t-shirt"),
        D.sleeve_length("short sleeves"),
        D.details("the details of the t-shirts", "non_answer"),
        D.material("cotton"),
        title="Boys Pack of 2 Solid Round Neck Pure Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a lilac short-sleeve top with a flip-sequin heart, white jeans, grey backdrop.
    # description, details: adapter
    case(
        "X516-031",
        caption("a little girl wearing a purple shirt with a heart on it"),
        wearing("a purple top and purple pants", "other_garment_color", who="the girl"),
        D.color("purple"),
        D.description(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        D.material("sequins"),
        title="Girls Lilac Embellished Sequinned Heart Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a light blue denim shirt worn open over a white printed t-shirt, black jeans, white backdrop.
    # adapter: none
    case(
        "X516-032",
        caption("a boy in a denim jacket and a white t-shirt", "contradiction"),
        wearing("a denim jacket, a white t-shirt and black jeans", "contradiction", who="the boy"),
        color_of("shirt", "blue"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("denim"),
        title="Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a white frock printed with orange flowers and green leaves, holding pink balloons, white backdrop.
    # adapter: none
    case(
        "X516-033",
        caption("a little girl in a floral dress holding balloons"),
        wearing(
            "a white dress with flowers question: what is the color of the dress? answer: white", "leak", who="the girl"
        ),
        D.color("pink", "contradiction"),
        color_of("frock", "white"),
        is_a("frock", "yes"),
        title="Girls White & Orange Floral Printed Cotton Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in black jeans, yellow t-shirt, grey backdrop.
    # adapter: none
    case(
        "X516-034",
        caption("a little boy in a yellow shirt and black jeans"),
        wearing(
            "he is wearing a yellow shirt and black pants question: what is the color of the jeans? answer: black",
            "leak",
            who="the boy",
        ),
        color_of("jeans", "black"),
        D.color("yellow", "other_garment_color"),
        D.details("they are jeans", "non_answer"),
        D.material("denim"),
        title="Boys Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a white schiffli-embroidered cotton dress with flutter sleeves, holding a brown teddy bear, no
    # bow, no balloon, grey backdrop.
    # adapter: none
    case(
        "X516-035",
        caption("a little girl in a white dress holding a teddy bear and a balloon", "unsupported"),
        wearing("a white dress", who="the girl"),
        D.color("brown", "contradiction"),
        D.pattern("solid"),
        D.material("cotton"),
        D.details("the dress has lace on the sleeves and a pink bow", "unsupported"),
        title="Girls White Self Design Schiffli Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a yellow kurta, white churidar and a blue printed nehru jacket over the kurta, grey backdrop.
    # caption, details: adapter
    case(
        "X516-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and a blue jacket", who="the boy"),
        color_of("kurta", "blue", "other_garment_color"),
        is_a("kurta", "yes"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a standing neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Boys Yellow Kurta with Churidar & Blue Printed Nehru Jacket",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: flat-lay of a black pleated polyester mini skirt, on white.
    # adapter: none
    case(
        "X516-037",
        caption("a black pleated skirt on a white background"),
        D.wearing("a black skirt question: what is the color of the skirt? answer: black", "leak"),
        D.garment_type("skirt"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        D.material("leather", "unsupported"),
        title="Girls Black Solid Pleated Polyester A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a mustard printed lehenga, green choli and an orange dupatta, bangles, pink curtain behind her.
    # adapter: none
    case(
        "X516-038",
        caption("a little girl in a yellow and green lehenga"),
        wearing("a yellow skirt and a green top with an orange scarf", who="the girl"),
        color_of("lehenga", "green", "other_garment_color"),
        D.pattern("printed"),
        D.material("cotton"),
        D.description("", "non_answer"),
        title="Girls Mustard & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        gender="Girls",
    ),
    # photo: boy in a navy-and-white horizontally striped t-shirt, red shorts, white backdrop.
    # adapter: none
    case(
        "X516-039",
        caption("a boy in a striped shirt and red shorts"),
        wearing("she is wearing a blue and white striped shirt and red shorts", "pronoun", who="the boy"),
        color_of("t-shirt", "red", "other_garment_color"),
        D.pattern("striped"),
        D.color("blue"),
        D.material("a blue and white striped t-shirt", "restated"),
        title="Boys Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a sleeveless mustard rayon jumpsuit with small white flowers, on white.
    # caption: adapter
    case(
        "X516-040",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a sleeveless dress with floral patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with flowers", "contradiction"),
        D.garment_type("jumpsuit"),
        D.color("yellow"),
        D.pattern("floral"),
        D.material("rayon"),
        title="Girls Mustard Floral Print Rayon Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in navy polyester sports shorts with white side piping, grey t-shirt, white backdrop.
    # adapter: none
    case(
        "X516-041",
        caption("a boy wearing a gray shirt and blue shorts"),
        wearing("a gray t-shirt and gray shorts", "other_garment_color", who="the boy"),
        color_of("shorts", "blue"),
        D.material("it is made of polyester"),
        D.details("white piping question: what is the color of the shorts? answer: blue", "leak"),
        title="Boys Navy Blue Dry-Fit Polyester Sports Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # photo: girl in a sleeveless peach tulle party dress with glitter, silver tiara, holding a wand, grey backdrop.
    # adapter: none
    case(
        "X516-042",
        caption("a little girl in a pink dress with a crown on her head"),
        wearing(
            "a pink dress and a crown question: what is the color of the dress? answer: pink", "leak", who="the girl"
        ),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description("a pink dress with a pink dress with a pink dress", "loop"),
        D.material("silk", "unsupported"),
        title="Girls Peach Glitter Tulle Layered Party Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy standing in a plain black zip-front hooded fleece sweatshirt (no logo), black track pants, white
    # backdrop.
    # adapter: none
    case(
        "X516-043",
        caption("a boy in a black hoodie and black pants sitting on a chair", "unsupported"),
        wearing("a black jacket and black pants", who="the boy"),
        D.color("black"),
        D.details("it has a hood and a zipper and a logo on the chest", "unsupported"),
        D.material("fleece"),
        title="Boys Black Solid Hooded Front-Open Fleece Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a navy top with a small white-and-pink floral print, white skirt, grey backdrop.
    # caption, wearing, material: adapter
    case(
        "X516-044",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("floral"),
        D.material(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls Navy Blue Floral Print Cotton Top",
        category="Tops",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a green crew-neck t-shirt with a small white "adventure" print on the chest, no pockets.
    # adapter: none
    case(
        "X516-045",
        caption("a green t-shirt with the word adventure on it"),
        D.garment_type("t-shirt"),
        D.color("green"),
        D.description("a green t-shirt with a white logo on the front and a pocket on the sleeve", "unsupported"),
        D.material("a green t-shirt", "restated"),
        title="Boys Green Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in an off-white choli and a red lehenga with gold sequins, red net dupatta over her head, no
    # mirror work, marigold garlands behind her.
    # adapter: none
    case(
        "X516-046",
        caption("a little girl in a red and white lehenga"),
        wearing("he is wearing a red lehenga", "pronoun", who="the girl"),
        color_of("lehenga", "red"),
        color_of("choli", "red", "other_garment_color"),
        D.details("the lehenga has gold sequins and a mirror work border", "unsupported"),
        D.material("net"),
        title="Girls Red & Off-White Embellished Ready to Wear Lehenga & Blouse With Net Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
]
