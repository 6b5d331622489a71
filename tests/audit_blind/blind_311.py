"""BLIND_311 (46 products; a global marketplace's night of new listings, all categories, mixed photography): written
blind in the forty-third session. Measured blind at f4df4c4 (the session's rules as they stood): 95/122 failures
found (77.9%) and 7/155 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: one night of new listings on a global fashion marketplace, across its categories: tops (shirts, tees,
blouses, polos, hoodies), dresses, outerwear (coats, puffers, denim, bomber, trench, teddy), knitwear (jumpers,
cardigans, a Fair Isle, a quarter zip), bottoms (jeans, chinos, skirts, trousers, joggers, shorts), swimwear,
sleepwear and kids' wear. The photography is mixed, as on any marketplace: studio shots on a model, street and beach
lifestyle shots, ghost mannequins, hangers against painted walls, flat lays with props (a straw hat, shells, a mug,
a toy). The feed gives the seller's title, category, color and gender; seller colors are the seller's own words
(Ecru, Camel, Stone, Charcoal, Mid Wash, Red Check, Multi) and a few rows miss the gender or the color.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` with enrich's default questionnaire wrote every caption
and open answer unless the "# adapter:" comment above the case names it as written by the caption adapter (the
caption-only LoRA of the original experiments); the adapter was used on 14 of the 46 items. The base model writes
short lowercase texts and stops on its own (never hit_limit). The adapter writes the DeepFashion template ("The
lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline."),
with its fabric words (cotton, denim, chiffon, knitting, furry, leather) and its "lady"/"gentleman" for everyone; it was
trained with no end token, so it runs to its limit (50 new tokens for captions, 30 for answers: hit_limit=True) and
returns the template to any question. The closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions, "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate sets:
never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, mid wash or baby blue; white or cream for ecru,
  ivory or cream; brown or tan for camel; beige for khaki, stone or champagne; green for sage or olive; red or
  maroon for burgundy; grey for charcoal or grey marl; purple or lavender for lilac. For a two-color stripe
  (navy/white Breton) either stripe color is correct; for "Multi" the main print color is correct.
- A color taken from the print or the motif (the white skull on a black hoodie, blue flowers on a white nightdress,
  cherries on a pink set, pink flowers on a navy dress, white snowflakes on a red jumper) is contradiction. A color
  taken from the backdrop or a prop (a pink wall, a black umbrella, pool water) is contradiction. A color of another
  garment in the photo (the jeans under a shirt, the tee under a jacket, the polo over the shorts, a hat, the hem of
  a tee above joggers) is other_garment_color.
- One color repeated for every garment (CONTEXT, item 3): "a white shirt and white pants" for a white shirt on blue
  jeans, "grey pants" for red check pants under a grey tee, the skirt's black given for the beige top: the wrong
  piece's color is contradiction (the product's own color is right, another piece gets a color it does not have).
- Garment synonyms are correct: jumper/sweater, trousers/pants, jean jacket/denim jacket, swim trunks/shorts,
  bathing suit/swimsuit, bikini answered "swimsuit", nightdress answered "dress", romper answered "jumpsuit", teddy
  jacket answered "coat", cardigan described as "a sweater", rash guard called "a shirt" and answered "swimsuit",
  a Fair Isle jumper called "a christmas sweater", sweatshirt for a hoodie. A robe answered "coat", a quarter-zip
  pullover answered "jacket", linen trousers answered "jeans", a swimsuit called "a striped dress", and a swimsuit or
  a shirt dress named as a tank top or a shirt by the adapter are contradiction (the garment itself is wrong; for
  adapter texts that misname the garment the misnaming is labelled, hit_limit kept).
- Closed pattern and sleeve answers: ribs or pleats answered "striped" and snowflake motifs answered "polka dot"
  are contradiction; gingham as "checked", a tropical leaf print as "floral", a cable knit as "solid" are correct.
  Puff or rolled short sleeves answered "sleeveless" or "long sleeves", a folded long-sleeve top answered "short
  sleeves", straps answered "long sleeves" are contradiction.
- Materials: one the title names or the photo plainly shows (linen, denim, wool on a chunky or merino knit, fleece,
  flannel, satin, nylon, knit) is correct; a plausible guess on a cotton-look fabric (cotton for a pique polo, a
  ribbed tank, a quarter-zip knit, linen trousers that look like cotton) is correct; silk for a satin dress, leather
  for a nylon puffer, wool for a cotton waffle robe, cotton for swimwear are unsupported.
- Invented things not in the photo (a belt on an unbelted coat, a chest pocket, a logo, a ripped knee, a zipper on a
  pullover hoodie or a swimsuit, a tiara, a straw hat, a white hat, sunglasses, a surfboard, a fur hood, a hood on a
  denim jacket, a necklace, a bow, a collar, lettering on a print, a shirt on a shirtless man, a pink jacket the
  pink wall suggests, a teddy bear printed on a teddy jacket) are unsupported.
- Details answered with props rather than the garment (the hat and sunglasses of a flat lay) are contradiction (an
  accessory answered as the garment).
- No person in the photo (flat lays, hangers, mannequins): "What is the person wearing?" answered with the product
  is correct; "nothing" or an empty answer is non_answer.
- Adapter texts: a text that repeats one of its sentences is loop; one that stops mid-sentence without repeating a
  sentence is cut (an invented fabric or accessory before the cut does not change the label); the template returned
  for the material question is restated. The template answering "What is the person wearing?" or "What are the
  details of the garment?" does answer it: cut or loop, not restated. "The lady" for a girl is not a pronoun error
  (same gender); the loop is labelled.
- Base answers: an empty answer, "nothing", "the details of the pants", "the dress has details", "they are short"
  are non_answer; a material question answered with the garment's name or color ("it is a bikini", "the material is
  pink", "the coat is red") is restated; a text that runs on into "Question: ... Answer:" is leak even when its first
  words are right; "he"/"she"/"girl" against the catalog gender (a woman, a man, a boy) is pronoun. A base answer
  that stops early mid-phrase ("it is made of") is cut without hit_limit.
- Sleeve length is not asked of bottoms, swim shorts or bikinis; pattern is not asked of the cherry print set (no
  candidate fits a fruit print).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")

BLIND_311 = [
    # ---------------------------------------------------------------- tops
    # photo: woman in a white linen button-up shirt (no pockets) tucked into blue straight jeans, white studio
    # backdrop, front view.
    # adapter: none
    case(
        "X311-001",
        caption("a woman wearing a white shirt and blue jeans"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.garment_type("shirt"),
        D.color("blue", "other_garment_color"),
        D.details("the shirt has a pocket on the chest", "unsupported"),
        D.material("linen"),
        title="Women Relaxed Linen Shirt",
        category="Shirts & Blouses",
        color="White",
        gender="Women",
    ),
    # photo: flat lay of a plain navy crew-neck tee on grey concrete, no pocket, no print.
    # adapter: caption, wearing
    case(
        "X311-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The gentleman wears a short-sleeve T-shirt with pure color patterns. The "
            "T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The",
            "cut",
            hit_limit=True,
        ),
        D.color("navy"),
        D.description("a blue t-shirt"),
        D.details("the t-shirt has a pocket on the chest", "unsupported"),
        title="Men Essential Cotton Crew Tee",
        category="T-Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a sage green ribbed cropped tank with a scoop neck and white wide-leg trousers, outdoors against
    # a beige stucco wall.
    # adapter: none
    case(
        "X311-003",
        caption("a woman in a green top and white pants standing against a wall"),
        D.wearing("a green tank top and green pants", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        neckline("scoop neck"),
        D.material("cotton"),
        title="Ribbed Cropped Tank Top",
        category="Tops",
        color="Sage",
        gender="Women",
    ),
    # photo: young man in an oversized black pullover hoodie (no zip) with a large white skull print on the front,
    # hood down, dark grey backdrop.
    # adapter: none
    case(
        "X311-004",
        caption("a man wearing a black hoodie with a skull on it"),
        D.wearing("a black sweatshirt"),
        D.garment_type("hoodie"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details("a skull on the front and a zipper", "unsupported"),
        title="Oversized Graphic Hoodie",
        category="Sweatshirts & Hoodies",
        color="Black",
        gender="Unisex",
    ),
    # photo: ghost mannequin, ivory chiffon blouse with small blue flowers, long puff sleeves, round neck (no bow),
    # on white.
    # adapter: caption, details
    case(
        "X311-005",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a round "
            "neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.description("a white blouse with blue flowers and a bow", "unsupported"),
        D.details(
            "The shirt is with chiffon fabric and floral patterns. It has a round neckline. The lady wears a "
            "long-sleeve shirt with floral",
            "cut",
            hit_limit=True,
        ),
        title="Floral Print Puff Sleeve Blouse",
        category="Blouses",
        color="Ivory",
        gender="Women",
    ),
    # photo: man on a city street in a plain burgundy short-sleeve pique polo (two-button placket, no logo) and beige
    # chinos, cropped at the knee.
    # adapter: none
    case(
        "X311-006",
        caption("a man in a red polo shirt standing on a street"),
        D.wearing("a maroon shirt and khaki pants"),
        D.garment_type("polo shirt"),
        D.color("brown", "contradiction"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a collar and a logo on the chest", "unsupported"),
        D.material("cotton"),
        title="Men Pique Polo Shirt",
        category="Polos",
        color="Burgundy",
        gender="Men",
    ),
    # photo: flat lay on a wooden floor: a folded navy-and-white Breton striped long-sleeve top, a straw hat and a pair
    # of sunglasses beside it. No person.
    # adapter: none
    case(
        "X311-007",
        caption("a striped shirt, a straw hat and sunglasses on a wooden floor"),
        D.wearing("a striped shirt"),
        D.color("blue"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("a hat and sunglasses", "contradiction"),
        D.material(
            "it is made of cotton Question: what is the color of the shirt? Answer: blue and white",
            "leak",
        ),
        title="Breton Stripe Long Sleeve Top",
        category="Tops",
        color="Navy/White",
        gender="Women",
    ),
    # ---------------------------------------------------------------- dresses
    # photo: woman in a red satin slip midi dress with spaghetti straps, white wall, a potted plant beside her.
    # adapter: none
    case(
        "X311-008",
        caption("a woman in a red dress standing next to a plant"),
        D.wearing("he is wearing a red dress", "pronoun"),
        D.garment_type("dress"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("spaghetti straps"),
        D.material("silk", "unsupported"),
        title="Satin Slip Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a garden in a navy wrap maxi dress printed with pink and yellow flowers, short flutter sleeves,
    # v-neck, no jewellery visible.
    # adapter: caption, details
    case(
        "X311-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.description("a blue floral dress"),
        D.details(
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. There is an accessory on "
            "her wrist. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Floral Wrap Maxi Dress",
        category="Dresses",
        color="Navy",
        gender="Women",
    ),
    # photo: black long-sleeve knit bodycon mini dress on a white dress form, studio.
    # adapter: none
    case(
        "X311-010",
        caption("a black dress on a mannequin"),
        D.color("black"),
        D.description("a black dress with a white collar", "unsupported"),
        D.details(
            "it has long sleeves Question: what is the material of the dress? Answer: cotton",
            "leak",
        ),
        D.material("knit"),
        title="Long Sleeve Knit Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a field in a yellow-and-white gingham sundress, square neck, short puff sleeves, no belt,
    # bareheaded.
    # adapter: none
    case(
        "X311-011",
        caption("a woman in a yellow dress standing in a field"),
        D.wearing("a yellow dress and a straw hat", "unsupported"),
        D.color("yellow"),
        D.pattern("checked"),
        D.sleeve_length("sleeveless", "contradiction"),
        neckline("square neck"),
        D.details("the dress has a belt", "unsupported"),
        title="Gingham Puff Sleeve Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a white broderie anglaise midi dress with a ruffled hem, standing in front of a pink wall.
    # adapter: none
    case(
        "X311-012",
        caption("a woman in a white dress standing in front of a pink wall"),
        D.wearing("a white dress and a pink jacket", "unsupported"),
        D.description("a white dress"),
        D.color("pink", "contradiction"),
        D.details("it has a ruffled hem"),
        D.material("cotton"),
        title="Broderie Cotton Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: woman in a light blue denim shirt dress, short rolled sleeves, collar, self-tie belt, white studio.
    # adapter: caption
    case(
        "X311-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue denim dress with a belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the dress has details", "non_answer"),
        D.material("denim"),
        title="Denim Belted Shirt Dress",
        category="Dresses",
        color="Light Blue",
        gender="Women",
    ),
    # ---------------------------------------------------------------- outerwear
    # photo: woman walking on a city street in a camel double-breasted longline coat (buttons, no belt), black
    # turtleneck and black trousers.
    # adapter: none
    case(
        "X311-014",
        caption("a woman in a brown coat walking down the street"),
        D.wearing("a tan coat and black pants"),
        D.color("black", "other_garment_color"),
        D.details("it has a belt and buttons", "unsupported"),
        D.material("wool"),
        title="Wool Blend Longline Coat",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: black hooded nylon puffer jacket (plain hood, no fur) on a hanger against a white wall, front view.
    # adapter: caption, details
    case(
        "X311-015",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket with a fur hood", "unsupported"),
        D.garment_type("jacket"),
        D.color("black"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Men Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mid-blue denim trucker jacket (two button-flap chest pockets) over a white tee, black mini
    # skirt, no hood, no glasses, grey studio.
    # adapter: none
    case(
        "X311-016",
        caption(
            "a woman wearing a denim jacket, a black skirt and sunglasses",
            "unsupported",
        ),
        D.wearing("a jean jacket, a white t-shirt and a black skirt"),
        color_jacket("blue"),
        D.color("white", "other_garment_color"),
        D.description("a blue denim jacket with a hood", "unsupported"),
        D.details("it has two chest pockets with buttons"),
        title="Classic Denim Trucker Jacket",
        category="Jackets",
        color="Mid Blue",
        gender="Women",
    ),
    # photo: flat lay of an olive nylon bomber jacket, open, showing its orange lining, on white.
    # adapter: none
    case(
        "X311-017",
        caption("an olive green bomber jacket on a white background"),
        D.garment_type("jacket"),
        D.color("green"),
        D.description("a green jacket with an orange lining"),
        D.details("orange lining and a zipper"),
        D.material("nylon"),
        title="Nylon Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a stone-colored belted trench coat in the rain, holding a black umbrella, wet street.
    # adapter: caption, description
    case(
        "X311-018",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is an accessory in her hand. The lady wears a long-sleeve coat with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a trench coat"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Double-Breasted Trench Coat",
        category="Coats",
        color="Stone",
        gender="Women",
    ),
    # photo: cream faux-shearling teddy jacket on a headless mannequin, plain front with a zip, grey backdrop.
    # adapter: none
    case(
        "X311-019",
        caption("a white fluffy jacket on a mannequin"),
        D.wearing("a white jacket and a white hat", "unsupported"),
        D.garment_type("coat"),
        D.color("white"),
        D.details("a teddy bear on the front", "unsupported"),
        D.material("fleece"),
        title="Faux Shearling Teddy Jacket",
        category="Jackets",
        color="Cream",
        gender="Women",
    ),
    # ---------------------------------------------------------------- knitwear
    # photo: woman sitting on a grey sofa in an ecru chunky cable-knit jumper and light blue jeans.
    # adapter: none
    case(
        "X311-020",
        caption("a woman sitting on a couch wearing a white sweater"),
        D.wearing("she is wearing a white sweater and white jeans", "contradiction"),
        D.garment_type("sweater"),
        D.color("blue", "other_garment_color"),
        D.details(
            "cable knit pattern on the front Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        D.material("wool"),
        title="Chunky Cable Knit Jumper",
        category="Knitwear",
        color="Ecru",
        gender="Women",
    ),
    # photo: man in a navy merino v-neck sweater over a white collared shirt, studio.
    # adapter: caption, wearing
    case(
        "X311-021",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt "
            "is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        neckline("v-neck"),
        D.material("wool"),
        title="Men Merino V-Neck Sweater",
        category="Knitwear",
        color="Navy",
        gender="Men",
    ),
    # photo: lilac cropped button cardigan (no pockets) on a wooden hanger against a pale pink wall. No person.
    # adapter: none
    case(
        "X311-022",
        caption("a purple sweater hanging on a pink wall"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("cardigan"),
        D.color("pink", "contradiction"),
        D.description("a lavender sweater"),
        D.details("buttons on the front and a pocket", "unsupported"),
        title="Cropped Button Cardigan",
        category="Knitwear",
        color="Lilac",
        gender="Women",
    ),
    # photo: woman outdoors in snow in a red Fair Isle jumper with bands of white snowflakes, jeans, front view.
    # adapter: none
    case(
        "X311-023",
        caption("a woman in a red and white sweater standing in the snow"),
        D.wearing("a christmas sweater"),
        D.color("white", "contradiction"),
        D.pattern("polka dot", "contradiction"),
        D.details("snowflakes on the sweater"),
        D.material("wool"),
        title="Fair Isle Knit Sweater",
        category="Knitwear",
        color="Red",
        gender="Women",
    ),
    # photo: man in a charcoal quarter-zip knit pullover (zip stand collar, zipped up) and dark jeans, red brick wall.
    # adapter: none
    case(
        "X311-024",
        caption("a man standing in front of a brick wall wearing a grey sweater"),
        D.wearing("she is wearing a grey sweater and jeans", "pronoun"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey"),
        neckline("a round neck", "contradiction"),
        D.details("a zipper at the neck"),
        D.material("cotton"),
        title="Quarter Zip Knit Pullover",
        category="Knitwear",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay on a white bedsheet: a baby blue oversized mohair-blend sweater, a coffee mug beside it.
    # adapter: caption, details, material
    case(
        "X311-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.color("blue"),
        D.description("a light blue fuzzy sweater and a cup of coffee"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a round neckline. The sweater is with "
            "knitting fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        title="Oversized Mohair Blend Sweater",
        category="Knitwear",
        color="Baby Blue",
        gender="Women",
    ),
    # ---------------------------------------------------------------- bottoms
    # photo: woman in mid-wash high-rise straight jeans (no rips) with a white tee tucked in, white studio.
    # adapter: none
    case(
        "X311-026",
        caption("a woman wearing a white t-shirt and blue jeans"),
        D.wearing("a white shirt and jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        color_pants("blue"),
        D.details("the jeans have a ripped knee", "unsupported"),
        D.material("denim"),
        title="High Rise Straight Leg Jeans",
        category="Jeans",
        color="Mid Wash",
        gender="Women",
    ),
    # photo: man on a beach boardwalk in khaki chino shorts and a navy polo shirt, white sneakers.
    # adapter: caption, wearing
    case(
        "X311-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears a three-point shorts. The shorts are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is lapel. The",
            "cut",
            hit_limit=True,
        ),
        color_shorts("beige"),
        D.color("blue", "other_garment_color"),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        title="Men Cotton Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a black pleated satin midi skirt with a beige knit top tucked in, studio.
    # adapter: none
    case(
        "X311-028",
        caption("a woman in a black skirt and a beige sweater"),
        D.wearing("a black pleated skirt and a tan top"),
        D.color("black"),
        D.pattern("striped", "contradiction"),
        color_top("black", "contradiction"),
        D.material(
            "it is made of satin Question: what is the color of the skirt? Answer: black",
            "leak",
        ),
        title="Pleated Satin Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay of cream linen wide-leg trousers on a white background.
    # adapter: none
    case(
        "X311-029",
        caption("a pair of white pants on a white background"),
        D.garment_type("jeans", "contradiction"),
        is_a("skirt", "no"),
        D.color("white"),
        D.details("the details of the pants", "non_answer"),
        D.material("cotton"),
        title="Linen Wide Leg Trousers",
        category="Trousers",
        color="Cream",
    ),
    # photo: cropped from the waist down: grey marl fleece joggers with elastic cuffs and a drawstring, white sneakers,
    # the hem of a black tee visible at the top.
    # adapter: none
    case(
        "X311-030",
        caption("a man wearing grey sweatpants and white sneakers"),
        D.wearing("she is wearing grey sweatpants", "pronoun"),
        D.color("black", "other_garment_color"),
        D.details("elastic cuffs and a drawstring"),
        D.material("fleece"),
        title="Men Fleece Joggers",
        category="Joggers",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: woman on a beach in light-wash frayed denim cut-off shorts and a white crop top.
    # adapter: none
    case(
        "X311-031",
        caption("a woman in a white top and denim shorts on the beach"),
        D.wearing("a white top and white shorts", "contradiction"),
        color_shorts("white", "other_garment_color"),
        D.details(
            "frayed hem Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.material("denim"),
        title="Denim Cut-Off Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Women",
    ),
    # ---------------------------------------------------------------- swimwear
    # photo: woman by a pool in a black scoop-back one-piece swimsuit, three-quarter back view.
    # adapter: caption, details
    case(
        "X311-032",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a tank top with pure color patterns. The tank top is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black bathing suit"),
        D.garment_type("swimsuit"),
        is_a("tank top", "no"),
        D.color("black"),
        D.details(
            "The tank top is with cotton fabric and pure color patterns. It has a round neckline. The lady wears a "
            "tank top with",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        title="Scoop Back Swimsuit",
        category="Swimwear",
        color="Black",
        gender="Women",
    ),
    # photo: flat lay on sand: triangle bikini with a white ground and green tropical leaves, side-tie bottoms tied in
    # bows, two seashells as props.
    # adapter: none
    case(
        "X311-033",
        caption("a bikini with leaves on it laying on the sand"),
        D.color("green"),
        D.pattern("floral"),
        D.details("a bow on the front and a necklace", "unsupported"),
        D.material("it is a bikini", "restated"),
        title="Tropical Print Triangle Bikini Set",
        category="Swimwear",
        color="Multi",
        gender="Women",
    ),
    # photo: man on a beach in plain red swim shorts with a white drawstring, shirtless, empty hands.
    # adapter: none
    case(
        "X311-034",
        caption(
            "a man in red swim trunks holding a surfboard on the beach",
            "unsupported",
        ),
        D.wearing("he is wearing red shorts and a white shirt", "unsupported"),
        D.garment_type("shorts"),
        D.color("orange", "contradiction"),
        D.details("a white drawstring"),
        title="Men Swim Shorts",
        category="Swimwear",
        color="Red",
        gender="Men",
    ),
    # photo: navy-and-white horizontal striped halter one-piece swimsuit on a mannequin torso, no zip, grey backdrop.
    # adapter: none
    case(
        "X311-035",
        caption("a blue and white striped swimsuit on a mannequin"),
        D.wearing("a blue and white striped dress", "contradiction"),
        D.color("navy"),
        D.pattern("striped"),
        neckline("halter"),
        D.description("a striped bathing suit with a halter neck"),
        D.details("it has a zipper on the front", "unsupported"),
        title="Striped Halter Swimsuit",
        category="Swimwear",
        color="Navy",
        gender="Women",
    ),
    # photo: woman standing waist-deep in a blue pool in a black bikini with white polka dots, halter top.
    # adapter: none
    case(
        "X311-036",
        caption("a woman in a blue bikini in a swimming pool", "contradiction"),
        D.wearing("a black and white polka dot bikini"),
        D.garment_type("swimsuit"),
        D.color("blue", "contradiction"),
        D.pattern("polka dot"),
        D.details("he has a bikini on", "pronoun"),
        title="Polka Dot Halter Bikini",
        category="Swimwear",
        color="Black",
        gender="Women",
    ),
    # ---------------------------------------------------------------- sleepwear
    # photo: woman sitting on a bed in a champagne satin pyjama set: long-sleeve button shirt with notch collar and
    # long pants.
    # adapter: caption, details
    case(
        "X311-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing pajamas"),
        D.color("beige"),
        color_pants("beige"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Satin Pyjama Set",
        category="Sleepwear",
        color="Champagne",
        gender="Women",
    ),
    # photo: man sitting on a bed in red-and-black flannel check lounge pants and a plain grey tee.
    # adapter: none
    case(
        "X311-038",
        caption("a man in plaid pajama pants sitting on a bed"),
        D.wearing("he is wearing a grey shirt and grey pants", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("plaid"),
        color_pants("red"),
        D.material(
            "it is made of flannel Question: what is the color of the shirt? Answer: grey",
            "leak",
        ),
        title="Men Flannel Check Lounge Pants",
        category="Sleepwear",
        color="Red Check",
        gender="Men",
    ),
    # photo: ghost mannequin, white sleeveless cotton nightdress with small blue flowers, round neck, on white.
    # adapter: caption, wearing, details
    case(
        "X311-039",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        is_a("nightgown", "yes"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is with cotton "
            "fabric and floral patterns.",
            "loop",
            hit_limit=True,
        ),
        title="Cotton Floral Nightdress",
        category="Nightwear",
        color="White",
        gender="Women",
    ),
    # photo: grey waffle-knit bathrobe with a tie belt and two patch pockets on a hook in a bathroom, white towels on a
    # rail beside it. No person.
    # adapter: none
    case(
        "X311-040",
        caption("a grey robe hanging in a bathroom"),
        D.wearing("", "non_answer"),
        D.garment_type("coat", "contradiction"),
        is_a("robe", "yes"),
        D.color("grey"),
        D.description("a bath robe"),
        D.details("a belt and two pockets"),
        D.material("wool", "unsupported"),
        title="Waffle Knit Robe",
        category="Sleepwear",
        color="Grey",
        gender="Women",
    ),
    # photo: flat lay of a pink cami and shorts pyjama set printed with small red cherries, on white.
    # adapter: none
    case(
        "X311-041",
        caption("a pink pajama set with cherries on it"),
        D.wearing("pink pajamas with cherries"),
        D.color("red", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.description("a pink cami and shorts with cherries"),
        D.material("the material is pink", "restated"),
        title="Cherry Print Cami Pyjama Set",
        category="Sleepwear",
        color="Pink",
        gender="Women",
    ),
    # ---------------------------------------------------------------- kids' wear
    # photo: little boy in a green tee with a dinosaur print (no lettering) and navy shorts, playground background.
    # adapter: none
    case(
        "X311-042",
        caption("a little girl wearing a green shirt with a dinosaur on it", "pronoun"),
        D.wearing("she is wearing a green shirt and blue shorts", "pronoun"),
        D.color("green"),
        D.pattern("graphic"),
        color_shorts("blue"),
        D.details("a dinosaur and the word roar on the front", "unsupported"),
        title="Boys Dino Graphic Tee",
        category="Kids T-Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a pink sleeveless party dress, sequinned bodice and layered tulle tutu skirt, no headwear, white
    # studio.
    # adapter: caption, material
    case(
        "X311-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress and a tiara", "unsupported"),
        D.color("pink"),
        D.details("sequins on the top and a tutu skirt"),
        D.material(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls Sequin Tutu Party Dress",
        category="Girls Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat lay of a yellow baby romper printed with small white ducks, snap buttons at the crotch, a brown teddy
    # bear toy beside it.
    # adapter: none
    case(
        "X311-044",
        caption("a yellow baby onesie with ducks on it next to a teddy bear"),
        D.garment_type("jumpsuit"),
        D.color("yellow"),
        D.description("a baby onesie"),
        D.details("snaps on the bottom"),
        D.material("cotton"),
        title="Baby Duck Print Cotton Romper",
        category="Baby Clothing",
        color="Yellow",
        gender="Unisex",
    ),
    # photo: little girl in the snow in a red padded hooded parka with faux-fur trim on the hood, white knit hat and
    # white mittens.
    # adapter: none
    case(
        "X311-045",
        caption("a little girl in a red coat and white hat in the snow"),
        D.wearing("a red jacket and a white hat"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("a hood with fur trim"),
        D.material("the coat is red", "restated"),
        title="Kids Hooded Padded Parka",
        category="Kids Outerwear",
        color="Red",
        gender="Girls",
    ),
    # photo: boy on a beach in a blue long-sleeve rash guard with a grey shark print, front view.
    # adapter: details
    case(
        "X311-046",
        caption("a little boy in a blue shirt with sharks on it on the beach"),
        D.garment_type("swimsuit"),
        D.color("blue"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The gentleman wears a "
            "long-sleeve T-shirt with graphic",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton", "unsupported"),
        title="Boys Shark Print Rash Guard",
        category="Kids Swimwear",
        color="Blue",
    ),
]
