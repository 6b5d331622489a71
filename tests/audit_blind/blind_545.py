"""BLIND_545 (46 products; Myntra kids' wear: boys' tees, shirts, bottoms, ethnic sets; girls' frocks, lehengas):
written blind in the fiftieth session. Measured blind at 230bbc4 (the session's rules as they stood): 101/122
failures found (82.8%) and 6/155 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed for a kids' night: boys' t-shirts, shirts, shorts, jeans, joggers,
sweatshirts and kurta sets; girls' frocks, dresses, tops, leggings, skirts, lehenga cholis and jumpsuits. Most photos
show a child modelling in a studio (plain white or grey backdrops, a few coloured walls, a stool, a football, a
potted plant); some are flat-lays on white or on a wooden floor. Many outfits are layered or two-coloured (a tee under
an open shirt, a blouse under a pinafore, a kurta with contrasting pyjamas or dhoti, a choli and dupatta with a
lehenga), and many garments carry prints (dinosaurs, unicorns, anchors, cherries, camouflage, typography). Each row
has the seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes short lowercase texts ("a young boy in a blue
t-shirt ...") and stops on its own, so it never carries hit_limit; it answers the experiments' open questions (What
is the boy / girl wearing? What is the color of the t-shirt / shorts / jeans? Describe the frock. What are the frock
details?) and the material question unless a comment says otherwise. The caption-only LoRA adapter (epoch 1 or epoch
3, named in each comment) writes the DeepFashion template ("The lady wears a short-sleeve dress with pure color
patterns. The dress is with cotton fabric ..."); it was trained with no end token, so every adapter text runs to its
limit (50 new tokens for captions, 30 for answers) and carries hit_limit=True, and asked any question it returns its
template. The DeepFashion data is adults, mostly women: the template says "the lady", "her", "the gentleman" or
"this man". The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers with the VQA adapter, chosen from candidate sets;
they never loop or stop short. A per-piece color question marked open is the base model's free answer.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, red for maroon, pink for peach or coral, yellow for
  mustard (but orange for mustard is contradiction), green for olive, teal or sea green, grey for charcoal or grey
  melange, white for cream. For a pack of two colors, either color is correct; "multicolor" is correct for a pack of
  three colors.
- Garment synonyms are correct: dress for frock, shirt or top for a t-shirt or top, sweater or hoodie for a
  sweatshirt, sweatpants, jogger pants or camo pants for joggers, pants for pyjamas, dhoti or churidar, skirt for a
  lehenga, vest for a Nehru jacket, "indian outfit" for a lehenga choli. A jumpsuit called a dress, a frock called a
  tank top and skirt, a pinafore dress called a shirt and skirt, a jumpsuit called a shirt and pants, denim shorts
  called jeans, a lehenga called a dress: contradiction.
- The colour of a wall or a print given as the garment's color (green for a red tee before a green wall, green for the
  neon print on a black tee, red for cherries on a white frock, blue for the navy tipping of a white polo, red for the
  attached belt of a navy dress, gold for cream pyjamas beside a kurta with gold embroidery) is contradiction. Jeans
  named for the grey joggers worn under the product is contradiction (another garment). The colour of another piece
  worn in the photo (the inner tee, the leggings, the jacket of a kurta set, the dupatta, the dhoti) given to the
  product or to another piece is other_garment_color. For a kurta set the seller's color is the kurta's, so the
  jacket's or the dhoti's color answered to "the garment" is other_garment_color.
- A single garment named for a pack ("a pair of blue leggings" for a pack of 2, "a grey t-shirt" for a pack of 3) is
  contradiction. Closed sleeves or pattern that do not match the photo (long sleeves for half sleeves, short sleeves
  for a sleeveless jumpsuit, the blouse's long sleeves for a sleeveless pinafore, solid for a typography print or a
  sequin heart, striped for tiers) are contradiction.
- Invented details not in the photo (a bow on the back of a front-view frock, a rainbow, a necklace, a sash, a belt on
  flat-lay shorts, side stripes on camo joggers, zip pockets or a patch on a back the front view does not show, a
  collar on a collarless frock, a headband, a hat, embroidery on a printed lehenga, a football print because the boy
  holds a football) are unsupported. Silk for a kurta whose title names no fabric is unsupported; cotton for a plain
  cotton-look garment, denim for jeans, a denim shirt or a denim skirt, net for a net dress are correct.
- Adapter texts: a text that repeats a sentence (or the opening of a sentence) of the template is loop; one that stops
  mid-sentence without repeating is cut; the template returned for the material question is restated. Where the
  template misnames the garment, that is what is seen first: contradiction. "The lady" / "her" for a boy is pronoun
  (hit_limit kept); "the lady" for a girl is the template's wording and not a failure. An adapter text with a wrong
  fabric or an invented "accessory on her wrist" before it stops is labelled by its loop or cut.
- Base texts: "frock details", "they are short", "they are leggings", "the details of the dress", "the details are on
  the kurta" and an empty answer are non_answer; the details or material question answered with only the garment's
  name and color ("black jeans", "a yellow top", "green shorts"), "the sweatshirt is a sweatshirt" and "the shirt is a
  denim shirt" are restated; a base answer that stops early mid-phrase ("the dress is made of", "gold embroidery on
  the") is cut, without hit_limit; an answer that runs on into "Question: ... Answer: ..." is leak even where its
  first words are right; "he" for a girl or "she" for a boy is pronoun.
- The base model's caption that names only the backdrop or the prop ("a young boy standing in front of a green wall",
  "a young boy holding a soccer ball") is correct: it says nothing wrong.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_choli = question("color_choli", "What is the color of the choli?", "closed")


def boy(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="the boy", hit_limit=hit_limit)


def girl(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="the girl", hit_limit=hit_limit)


BLIND_545 = [
    # photo: boy in a navy blue round-neck t-shirt with a white dinosaur print and grey shorts, white studio backdrop.
    # adapter: none
    case(
        "X545-001",
        caption("a young boy in a blue t-shirt with a dinosaur on it"),
        boy("a blue shirt with a dinosaur on it Question: what is the color of the shorts? Answer: grey", "leak"),
        color_of("t-shirt", "blue"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        color_of("shorts", "blue", "other_garment_color", kind="open"),
        title="Boys Navy Blue Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a pink cotton frock with white polka dots, flutter sleeves and a peter pan collar, pale yellow
    # wall, front view. caption: adapter epoch 3
    case(
        "X545-002",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        girl("a pink dress with white polka dots"),
        color_of("frock", "pink"),
        describe("frock", "a pink frock with white polka dots"),
        details("frock", "the frock has a collar and a bow on the back", "unsupported"),
        B.pattern("polka dots"),
        title="Girls Pink Polka Dot Printed A-Line Cotton Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a red and navy checked long-sleeve shirt worn open over a white t-shirt, blue jeans, grey backdrop.
    # describe: adapter epoch 3
    case(
        "X545-003",
        caption("a young boy wearing a plaid shirt and jeans"),
        boy("a plaid shirt, a white t-shirt and jeans"),
        B.garment_type("shirt"),
        B.color("white", "other_garment_color"),
        B.pattern("checked"),
        B.sleeve_length("long sleeves"),
        describe(
            "shirt",
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Boys Red & Navy Blue Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat-lay of olive green cargo shorts with flap pockets on a white background.
    # adapter: none
    case(
        "X545-004",
        caption("a pair of green shorts on a white background"),
        color_of("shorts", "green"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        B.material("green shorts", "restated"),
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a red lehenga with gold zari embroidery, a red short-sleeve choli and a cream dupatta over one
    # shoulder, beige backdrop. caption: adapter epoch 1
    case(
        "X545-005",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        girl("a red and gold dress", "contradiction"),
        color_of("lehenga", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        describe("lehenga", "a red lehenga with gold embroidery on the", "cut"),
        B.garment_type("lehenga"),
        title="Girls Red & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in a grey melange hooded sweatshirt with "ADVENTURE" printed across the chest, black joggers, white
    # backdrop. caption: adapter epoch 3
    case(
        "X545-006",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The pants this gentleman wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        boy("a grey hoodie and grey pants", "other_garment_color"),
        B.color("grey"),
        B.sleeve_length("long sleeves"),
        B.pattern("solid", "contradiction"),
        describe("sweatshirt", "a grey sweatshirt with the word adventure on it"),
        title="Boys Grey Melange Typography Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve cotton top with a pink unicorn print, pink leggings, pastel blue wall.
    # adapter: none
    case(
        "X545-007",
        caption("a little girl in a white shirt with a unicorn on it"),
        girl("she is wearing a white top and pink leggings"),
        B.color("blue", "contradiction"),
        B.pattern("printed"),
        B.sleeve_length("short sleeves"),
        describe("top", "a white top with a unicorn and a rainbow", "unsupported"),
        title="Girls White Unicorn Printed Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in navy blue slim-fit light-fade jeans and a white t-shirt, front view, grey studio backdrop.
    # adapter: none
    case(
        "X545-008",
        caption("a boy in a white shirt and blue jeans"),
        boy("a white t-shirt and blue jeans Question: what is the color of the jeans? Answer: blue", "leak"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans are blue and have a zipper on the front and a button on the back", "unsupported"),
        B.garment_type("jeans"),
        B.material("denim"),
        title="Boys Navy Blue Slim Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow sleeveless fit-and-flare frock with a white daisy print, white sneakers, white backdrop.
    # caption: adapter epoch 3
    case(
        "X545-009",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. The neckline of it is round. The lady "
            "wears a short skirt. The skirt is with cotton fabric and floral patterns. Her tank",
            "contradiction",
            hit_limit=True,
        ),
        girl("she is wearing a yellow dress with a white collar", "unsupported"),
        color_of("frock", "yellow"),
        describe("frock", "it is a yellow dress with white flowers and no sleeves"),
        details("frock", "frock details", "non_answer"),
        B.sleeve_length("sleeveless"),
        title="Girls Yellow Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a mustard yellow mandarin-collar kurta with white pyjamas, beige backdrop.
    # adapter: none
    case(
        "X545-010",
        caption("a young boy in a yellow kurta and white pants"),
        boy("she is wearing a yellow kurta", "pronoun"),
        color_of("kurta", "yellow"),
        color_of("pyjamas", "yellow", "other_garment_color", kind="open"),
        B.garment_type("kurta"),
        B.material("silk", "unsupported"),
        title="Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl in black ankle-length leggings and a pink short-sleeve t-shirt, white backdrop.
    # caption: adapter epoch 1
    case(
        "X545-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers the lady wears is of long length. The trousers",
            "cut",
            hit_limit=True,
        ),
        girl("a pink shirt and black leggings"),
        B.color("pink", "other_garment_color"),
        B.garment_type("leggings"),
        is_a("pair of leggings", "yes"),
        details("leggings", "they are black leggings", "restated"),
        title="Girls Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in charcoal grey joggers with a black drawstring and side pockets, black t-shirt, white backdrop.
    # adapter: none
    case(
        "X545-012",
        caption("a boy in a black shirt and grey sweatpants"),
        boy("a black shirt and black pants", "other_garment_color"),
        color_of("joggers", "grey"),
        B.garment_type("joggers"),
        details(
            "joggers", "they have an elastic waist with a drawstring and two zip pockets on the back", "unsupported"
        ),
        B.pattern("solid"),
        title="Boys Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl in a light blue short-sleeve denim jumpsuit with a button front and a fabric tie belt, white
    # backdrop, no jewellery. caption: adapter epoch 3
    case(
        "X545-013",
        caption(
            "The lady wears a short-sleeve shirt with solid color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants",
            "contradiction",
            hit_limit=True,
        ),
        girl("a denim jumpsuit"),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.material("denim"),
        describe("jumpsuit", "it is a blue jumpsuit with a belt and a necklace", "unsupported"),
        title="Girls Blue Denim Basic Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat-lay of a white polo t-shirt with navy tipping on the collar and sleeves, white background.
    # adapter: none
    case(
        "X545-014",
        caption("a white polo shirt with blue trim on a white background"),
        color_of("t-shirt", "blue", "contradiction"),
        B.garment_type("t-shirt"),
        B.sleeve_length("short sleeves"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "the t-shirt is white Question: what are the t-shirt details? Answer: the t-shirt is white",
            "leak",
        ),
        title="Boys White Solid Polo Collar T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a lavender tiered flared skirt and a white short-sleeve top, white backdrop.
    # caption, describe: adapter epoch 1
    case(
        "X545-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        girl("a white shirt and a purple skirt"),
        color_of("skirt", "white", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        describe(
            "skirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        title="Girls Lavender Solid Tiered Flared Skirt",
        category="Skirts",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve kurta and white churidar under a navy blue Nehru jacket, grey backdrop.
    # caption: adapter epoch 3
    case(
        "X545-016",
        caption(
            "The gentleman wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve shirt with solid color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        boy("a white kurta and a blue vest"),
        B.color("blue", "other_garment_color"),
        color_of("jacket", "blue"),
        B.sleeve_length("long sleeves"),
        B.garment_type("kurta"),
        title="Boys White Kurta with Churidar & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a peach party frock with a sequinned bodice, cap sleeves and a layered net skirt, white backdrop.
    # details: adapter epoch 1
    case(
        "X545-017",
        caption("a little girl in a pink dress with a tutu"),
        girl("he is wearing a pink dress", "pronoun"),
        color_of("frock", "pink"),
        describe("frock", "a pink frock with sequins on the top and a tulle skirt and a pink headband", "unsupported"),
        details(
            "frock",
            "The dress is with chiffon fabric and solid color patterns. It has a round neckline. The dress is with "
            "chiffon fabric and solid",
            "loop",
            hit_limit=True,
        ),
        B.material("net"),
        title="Girls Peach-Coloured Embellished Net Fit & Flare Party Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a plain red round-neck t-shirt and blue denim shorts, standing before a green wall with a potted
    # plant. adapter: none
    case(
        "X545-018",
        caption("a young boy standing in front of a green wall"),
        boy("a red t-shirt and red shorts", "other_garment_color"),
        color_of("t-shirt", "green", "contradiction"),
        color_of("shorts", "blue"),
        B.sleeve_length("short sleeves"),
        B.pattern("solid"),
        title="Boys Red Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a maroon velvet A-line dress with long sleeves and a white peter pan collar, no jewellery, white
    # backdrop, front view. caption: adapter epoch 3
    case(
        "X545-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        girl("a red dress with a white collar"),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        B.material("the dress is made of", "cut"),
        details("dress", "the dress has a white collar and buttons on the back", "unsupported"),
        title="Girls Maroon Velvet A-Line Dress with Peter Pan Collar",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a black t-shirt with a neon green "GAME ON" print and blue joggers, white backdrop.
    # wearing: adapter epoch 3
    case(
        "X545-020",
        caption("a boy wearing a black shirt that says game on"),
        boy(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. This man wears a short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", "contradiction"),
        B.pattern("printed"),
        color_of("joggers", "black", "other_garment_color", kind="open"),
        B.garment_type("t-shirt"),
        title="Boys Black Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay of two pairs of leggings, one navy blue, one pink, side by side on a white background.
    # material: adapter epoch 3
    case(
        "X545-021",
        caption("two pairs of leggings on a white background"),
        B.garment_type("leggings"),
        B.color("blue"),
        describe("leggings", "a pair of blue leggings", "contradiction"),
        details("leggings", "they are leggings", "non_answer"),
        B.material(
            "The trousers the lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The trousers the lady wears is of",
            "restated",
            hit_limit=True,
        ),
        title="Girls Pack of 2 Solid Ankle Length Leggings",
        category="Leggings",
        color="Navy Blue & Pink",
        gender="Girls",
    ),
    # photo: boy in a light blue and white vertically striped half-sleeve shirt with a chest pocket, beige shorts,
    # white backdrop. caption: adapter epoch 3
    case(
        "X545-022",
        caption(
            "This man wears a short-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shorts this man wears is of short length. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        boy("a blue and white striped shirt and khaki shorts"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves", "contradiction"),
        color_of("shirt", "blue"),
        describe(
            "shirt",
            "the shirt is blue and white striped with a collar and a pocket Question: what is",
            "leak",
        ),
        title="Boys Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a teal green lehenga with mirror work, a pink short-sleeve choli and a pink dupatta, cream wall.
    # adapter: none
    case(
        "X545-023",
        caption("a little girl in a green and pink indian outfit"),
        girl("a green skirt and a green top", "other_garment_color"),
        color_of("lehenga", "pink", "other_garment_color"),
        color_choli("pink"),
        details(
            "lehenga",
            "the lehenga is green with mirror work and gold Question: what is the color of the dupatta? Answer: pink",
            "leak",
        ),
        B.garment_type("lehenga"),
        title="Girls Teal & Pink Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy in a navy blue crew-neck sweatshirt with a red colour-blocked chest panel, grey joggers, white
    # backdrop. caption: adapter epoch 1
    case(
        "X545-024",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants",
            "pronoun",
            hit_limit=True,
        ),
        boy("a blue and red sweatshirt and a pair of blue jeans", "contradiction"),
        B.pattern("colour blocked"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        title="Boys Navy Blue & Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a white cotton frock with a smocked bodice, red embroidered cherries and puff sleeves, no sash,
    # white backdrop. details: adapter epoch 3
    case(
        "X545-025",
        caption("a little girl in a white dress with red cherries on it"),
        girl("a white dress"),
        color_of("frock", "red", "contradiction"),
        describe(
            "frock",
            "a white frock with red cherries embroidered on the front and a red sash around the waist",
            "unsupported",
        ),
        details(
            "frock",
            "The dress is with cotton fabric and floral patterns. It has a square neckline. The dress is of medium "
            "length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Girls White Embroidered Smocked Cotton Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of blue acid-washed denim shorts with belt loops and no belt, on a wooden floor.
    # caption: adapter epoch 3
    case(
        "X545-026",
        caption(
            "The shorts are with denim fabric and pure color patterns. The shorts are of short length. The shorts "
            "are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        B.material("denim"),
        details("shorts", "the shorts have pockets and a brown belt", "unsupported"),
        B.garment_type("jeans", "contradiction"),
        title="Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a mustard yellow ribbed sleeveless top with ruffled shoulders and white shorts, white backdrop.
    # caption: adapter epoch 3
    case(
        "X545-027",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. The neckline of it is round. The "
            "shorts this lady wears is of short length. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        girl("a yellow top and white shorts"),
        B.color("orange", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.garment_type("top"),
        B.material("a yellow top", "restated"),
        title="Girls Mustard Yellow Ruffled Sleeveless Top",
        category="Tops",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy in olive green and brown camouflage joggers (no side stripes) and a white t-shirt, white backdrop.
    # material: adapter epoch 1
    case(
        "X545-028",
        caption("a young boy wearing camouflage pants and a white t-shirt"),
        B.pattern("printed"),
        color_of("joggers", "green and brown", kind="open"),
        B.color("white", "other_garment_color"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The pants",
            "restated",
            hit_limit=True,
        ),
        describe(
            "joggers",
            "they are green joggers with a camouflage pattern and white stripes on the side",
            "unsupported",
        ),
        title="Boys Olive Green Camouflage Printed Joggers",
        category="Track Pants",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a coral pink sleeveless floral-print jumpsuit, white backdrop.
    # adapter: none
    case(
        "X545-029",
        caption("a girl in a floral jumpsuit"),
        girl("a pink dress with flowers", "contradiction"),
        B.garment_type("jumpsuit"),
        B.color("pink"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("jumpsuit", "yes"),
        details(
            "jumpsuit",
            "the jumpsuit has flowers on it Question: what is the color of the jumpsuit? Answer: pink",
            "leak",
        ),
        title="Girls Coral Pink Floral Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy in a white long-sleeve mandarin-collar linen shirt and beige trousers, plain white backdrop.
    # caption, material: adapter epoch 3
    case(
        "X545-030",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        boy("a white shirt and white pants", "other_garment_color"),
        color_of("shirt", "white"),
        B.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with linen fabric. It "
            "has a stand neckline. The pants this gentleman",
            "restated",
            hit_limit=True,
        ),
        B.garment_type("shirt"),
        is_a("t-shirt", "no"),
        title="Boys White Solid Mandarin Collar Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a navy blue short-sleeve skater dress with a white anchor print and an attached red belt, white
    # backdrop. adapter: none
    case(
        "X545-031",
        caption("a girl in a blue dress with anchors and a red belt"),
        girl("a navy blue dress with a red belt"),
        color_of("frock", "red", "contradiction"),
        describe("dress", "a blue dress with white anchors on it and a red belt around the waist"),
        details("dress", "the details of the dress", "non_answer"),
        B.pattern("printed"),
        title="Girls Navy Blue Anchor Printed Skater Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy in a maroon long-sleeve kurta with gold embroidery at the neck and cream pyjamas, beige backdrop.
    # caption: adapter epoch 1
    case(
        "X545-032",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with silk fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve shirt with graphic patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        boy("a red kurta and white pants"),
        color_of("kurta", "red"),
        color_of("pyjamas", "gold", "contradiction"),
        B.garment_type("kurta"),
        details("kurta", "the details are on the kurta", "non_answer"),
        title="Boys Maroon Ethnic Motifs Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: girl in a white long-sleeve top with black horizontal stripes and blue jeans, white backdrop.
    # adapter: none
    case(
        "X545-033",
        caption("a young girl wearing a striped shirt and jeans"),
        girl("he is wearing a black and white striped shirt", "pronoun"),
        B.color("white"),
        B.pattern("striped"),
        B.sleeve_length("long sleeves"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        describe("top", "it is a white top with black stripes and long sleeves"),
        title="Girls White & Black Striped Round Neck Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: flat-lay of three short-sleeve round-neck t-shirts (yellow, grey, navy) fanned out on a white surface.
    # adapter: none
    case(
        "X545-034",
        caption("three t-shirts laid out on a white surface"),
        B.color("multicolor"),
        B.garment_type("t-shirt"),
        describe("t-shirt", "a grey t-shirt", "contradiction"),
        details("t-shirt", "", "non_answer"),
        B.sleeve_length("short sleeves"),
        title="Boys Pack of 3 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Boys",
    ),
    # photo: girl in a red and black tartan sleeveless pinafore dress over a white long-sleeve blouse, black tights,
    # white backdrop. caption: adapter epoch 3
    case(
        "X545-035",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice",
            "contradiction",
            hit_limit=True,
        ),
        girl("a red and black plaid dress and a white shirt"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("checked"),
        title="Girls Red & Black Checked Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in mid-blue mildly distressed jeans (rips at the knees) and a yellow t-shirt, white backdrop.
    # adapter: none
    case(
        "X545-036",
        caption("a boy in a yellow shirt and ripped jeans"),
        boy("jeans and a yellow shirt"),
        color_of("jeans", "blue"),
        details("jeans", "they are ripped at the knees and have a patch on the back pocket", "unsupported"),
        B.material("blue jeans", "restated"),
        is_a("pair of jeans", "yes"),
        title="Boys Blue Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a purple long-sleeve sweatshirt with a silver sequin heart and grey leggings, white backdrop.
    # caption: adapter epoch 3
    case(
        "X545-037",
        caption(
            "Her sweater has long sleeves, cotton fabric and graphic patterns. The neckline of it is round. The "
            "trousers the lady wears is of long length. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        girl("a purple sweater with a heart on it"),
        B.color("purple"),
        color_of("leggings", "purple", "other_garment_color", kind="open"),
        describe("sweatshirt", "a purple sweatshirt with a silver heart made of sequins"),
        B.pattern("solid", "contradiction"),
        title="Girls Purple Embellished Sweatshirt",
        category="Sweatshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in an orange round-neck t-shirt with a small chest logo print and navy shorts, holding a football,
    # light blue backdrop. details: adapter epoch 1
    case(
        "X545-038",
        caption("a young boy holding a soccer ball"),
        boy("an orange shirt and blue shorts"),
        color_of("t-shirt", "orange"),
        color_of("shorts", "orange", "other_garment_color"),
        describe("t-shirt", "an orange t-shirt with a soccer ball on it", "unsupported"),
        details(
            "t-shirt",
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a crew neckline. This man wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Boys Orange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: flat-lay of a sleeveless light green cotton frock with white lace trim at the hem, on a wooden floor.
    # describe: adapter epoch 1
    case(
        "X545-039",
        caption("a green dress with white lace on a wooden floor"),
        color_of("frock", "green"),
        describe(
            "frock",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        details("frock", "lace"),
        B.material("cotton"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Girls Green Solid A-Line Cotton Frock with Lace Detail",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: boy in a cream long-sleeve kurta with an orange dhoti, beige backdrop.
    # caption: adapter epoch 3
    case(
        "X545-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        boy("a white kurta and orange pants"),
        B.color("orange", "other_garment_color"),
        color_of("dhoti", "orange"),
        B.garment_type("kurta"),
        describe("kurta", "she is wearing a white kurta", "pronoun"),
        title="Boys Cream-Coloured & Orange Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a blue denim A-line skirt with a button front and a pink t-shirt, white backdrop.
    # adapter: none
    case(
        "X545-041",
        caption("a little girl wearing a pink shirt and a denim skirt"),
        girl("a pink shirt and a pink skirt", "other_garment_color"),
        color_of("skirt", "blue"),
        details(
            "skirt",
            "the skirt has buttons on the front Question: what is the color of the skirt? Answer: blue",
            "leak",
        ),
        B.garment_type("skirt"),
        B.material("denim"),
        title="Girls Blue Solid Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy in an unbuttoned blue long-sleeve denim shirt with two chest pockets over a white t-shirt, black
    # jeans, grey backdrop. adapter: none (the feed row has no gender)
    case(
        "X545-042",
        caption("a boy wearing a denim shirt over a white t-shirt"),
        boy("a denim shirt and a white t-shirt"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "the shirt is a denim shirt", "restated"),
        title="Boys Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: girl in a mustard yellow lehenga with a pink floral print (no embroidery), a pink short-sleeve choli and a
    # green dupatta, white backdrop. caption: adapter epoch 1 (the feed row has no color)
    case(
        "X545-043",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        girl("a yellow and pink lehenga Question: what is the color of the dupatta? Answer:", "leak"),
        color_of("lehenga", "yellow"),
        color_of("dupatta", "green"),
        details("lehenga", "it is made of silk and has gold embroidery", "unsupported"),
        B.pattern("floral"),
        title="Girls Mustard & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        gender="Girls",
    ),
    # photo: boy in a red zip-up hooded sweatshirt and blue jeans, sitting on a white stool, white backdrop.
    # details: adapter epoch 3
    case(
        "X545-044",
        caption("a young boy sitting on a stool in a red hoodie and a red hat", "unsupported"),
        boy("a red hoodie and blue jeans"),
        color_of("sweatshirt", "red", kind="open"),
        details(
            "sweatshirt",
            "His sweater has long sleeves, cotton fabric and pure color patterns. The neckline of it is hooded. The "
            "pants this man wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("sweatshirt"),
        is_a("jacket", "no"),
        title="Boys Red Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a white cap-sleeve fit-and-flare frock with multicoloured horizontal rainbow stripes, white
    # backdrop. describe: adapter epoch 3
    case(
        "X545-045",
        caption("a little girl in a rainbow striped dress"),
        girl("a striped dress"),
        color_of("frock", "white"),
        describe(
            "frock",
            "The lady wears a short-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with stripe",
            "loop",
            hit_limit=True,
        ),
        details("frock", "frock details", "non_answer"),
        B.pattern("striped"),
        title="Girls White & Multicoloured Striped Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy in black slim-fit jeans and a grey long-sleeve crew-neck sweatshirt, white backdrop.
    # caption: adapter epoch 3
    case(
        "X545-046",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        boy("a grey sweater and black pants"),
        color_of("jeans", "grey", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "black jeans", "restated"),
        B.material("denim"),
        title="Boys Black Slim Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Boys",
    ),
]
