"""BLIND_246 (46 products; women's western wear on an Indian marketplace, studio and outdoor model shots): written blind
in the forty-first session. Measured blind at bd8551b (the session's rules as they stood): 99/117 failures found
(84.6%) and 4/150 correct texts flagged (2.7%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English catalog feed of women's western wear: tops (cotton, satin, velvet, knit,
graphic tees, shirts), dresses (floral, polka dot, checked, lace, bodycon, denim shirt dresses), jeans (skinny, mom,
wide leg, flared, boyfriend), jumpsuits (utility, striped, denim dungarees, polka dot), co-ord sets (shirt and shorts,
crop top and skirt, blazer and trousers, satin shirt and pants) and shrugs (crochet, knit, sheer, mesh) worn over
other garments. Model shots outdoors (streets, gardens, beaches, brick and graffiti walls, rooftops) and in studios
(white, grey, pink or beige backdrops); many photos carry accessories (handbags, sling and straw bags, clutches,
sunglasses, earrings, watches, a straw hat) and many carry none. Each product has the seller's title, category,
color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short and lowercase, "a
woman in a white top and blue jeans ...") or the caption-only LoRA adapter of the original experiments (the
DeepFashion template, "The lady wears a short-sleeve shirt with lattice patterns ..." or "The upper clothing has
...") that has no end token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and
has hit_limit=True, and asked any question it returns its template. The open answers come from the base model unless
the comment above the case says the adapter answered them; the base model stops on its own and never has hit_limit.
The closed questions (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a ...?") come from
enrich's `--engine reference` and are values from candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: yellow for mustard, purple for lavender or lilac, pink for peach or
  fuchsia, red for maroon, blue for navy, teal or dark blue, green for teal or olive, orange or brown for rust, white
  for off white. Mustard as orange, maroon as purple and navy as black are contradiction.
- The color of another garment in the photo (the tee tucked into the jeans, the dress under the shrug, the jacket
  over the cami, the crop top worn with the jeans) given for the product is other_garment_color. The color of a print
  or a trim (the black letters of a graphic tee, the blue flowers of a white dress, the white collar of a black
  dress), of a wall or of a handbag given as the garment's color is contradiction.
- Garment synonyms are correct: cardigan, sweater, kimono or jacket for a shrug, overalls for dungarees, suit for a
  blazer co-ord, blouse or shirt for a top, t-shirt for a tee, sweater for a ribbed knit top, purse for a handbag.
  A jumpsuit called a dress, "a striped shirt and pants" or "a t-shirt and jeans" (for dungarees) is contradiction; a
  shirt dress called "a denim shirt" is contradiction. "sunglasses" as the answer to what the person wears (the
  accessory instead of the garment) is contradiction.
- Materials: the one the title names (cotton, linen, satin, velvet, denim, lace, chiffon, mesh, crochet, rayon for
  viscose rayon) or the visible one (knit on a knitted garment, denim on jeans) is correct; silk on satin or crepe,
  wool on an acrylic or unnamed knit, linen on a cotton sundress, denim on a cotton jumpsuit or on a cotton cami
  worn under a denim jacket are unsupported.
- Invented details not in the photo (a pocket, a slit, a bow, tassels, a hood, buttons, a zip, a zipper on a back the
  photo does not show, a belt, a necklace, a hat) are unsupported. Accessories that are in the photo (the brown
  handbag, the gold watch, the straw hat, the earrings) are correct.
- Adapter texts: a text that repeats a sentence (or a sentence's start, "The upper clothing has long sleeves,") of
  the template is loop; one that stops mid-sentence without repeating is cut, even where it also invents an
  accessory or a wrong fabric before the cut; a template returned for the material question is restated; a template
  that misnames the garment (a jumpsuit as a dress) is contradiction, hit_limit kept. The template answering the
  wearing or details question does answer it, so those are cut or loop, not restated.
- Base answers: an early stop ("it is made of", "it has a", "they are ripped at the") is cut without hit_limit; an
  empty answer, "it is made of fabric", "the details of the dress", "the shrug has details" and "they are blue jeans"
  for the jeans' details are non_answer; the material question answered with the garments' names ("it is a blue
  dress") is restated; a run into "Question: ... Answer: ..." is leak even where the first words are right;
  "he" for the woman is pronoun.
- Co-ord sets named piece by piece in their colors are correct; the per-piece closed colors are asked of co-ords. The
  yes/no garment question is asked where a real run would (jeans, a skirt set, a shirt dress, shorts).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_246 = [
    # photo: model in a white cotton top with short puff sleeves and a square neck, tucked into blue high-rise jeans,
    # a tan brown handbag on her arm, sunglasses pushed up on her head, city street outdoors.
    # no adapter texts
    case(
        "X246-001",
        caption("a woman in a white top and blue jeans holding a brown handbag"),
        D.wearing("a white top and blue jeans"),
        D.color("brown", "contradiction"),
        D.details("it has puff sleeves and a bow at the back", "unsupported"),
        D.material("cotton"),
        title="Women White Solid Puff Sleeve Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard yellow midi wrap dress with a small white floral print, short flutter sleeves, tie at
    # the waist, sunglasses, in a garden outdoors; no pockets.
    # caption: adapter
    case(
        "X246-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow floral dress"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "it is a yellow dress with white flowers and a pocket", "unsupported"),
        title="Women Mustard Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: light blue distressed skinny jeans, ripped at the knees, worn with a black crop top, white studio
    # backdrop, full-length front view.
    # no adapter texts
    case(
        "X246-003",
        caption("a woman in a black top and ripped jeans"),
        color_of("jeans", "blue"),
        D.color("black", "other_garment_color"),
        details("jeans", "they are ripped at the", "cut"),
        is_a("pair of jeans", "yes"),
        B.material("denim"),
        title="Women Light Blue Skinny Fit Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: olive green sleeveless utility jumpsuit with a self belt and patch pockets on the chest and legs, model in
    # front of a red brick wall outdoors.
    # no adapter texts
    case(
        "X246-004",
        caption("a woman in a green jumpsuit standing in front of a brick wall"),
        D.wearing("a green dress", "contradiction"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a belt and pockets"),
        D.material("denim", "unsupported"),
        title="Women Olive Green Solid Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: co-ord set: pink and white checked short-sleeve crop shirt with a collar and matching shorts, a small
    # white sling bag, light grey studio backdrop.
    # caption, material: adapter
    case(
        "X246-005",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a shorts. The shirt is with cotton "
            "fabric. The shorts are with cotton fabric and lattice patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink and white checkered shirt and shorts"),
        color_of("top", "pink"),
        color_of("shorts", "pink"),
        D.pattern("striped", "contradiction"),
        B.material(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The shorts are with cotton",
            "restated",
            hit_limit=True,
        ),
        title="Women Pink & White Checked Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: black longline crochet shrug with long sleeves, open at the front over a white tank top and blue jeans,
    # model on a beach boardwalk outdoors.
    # no adapter texts
    case(
        "X246-006",
        caption("a woman in a black cardigan and white top"),
        D.wearing(
            "a black shrug over a white top and jeans Question: What is the color of the shrug? Answer: black",
            "leak",
        ),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        details("shrug", "the shrug has details", "non_answer"),
        D.material("crochet"),
        title="Women Black Crochet Longline Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue full-sleeve bodycon midi dress, no slit, a gold watch on the wrist, plain grey studio backdrop.
    # no adapter texts
    case(
        "X246-007",
        caption("a woman in a black dress and a gold watch", "contradiction"),
        D.wearing("a blue dress"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        D.details("it has a slit on the side", "unsupported"),
        B.material("it is a blue dress", "restated"),
        title="Women Navy Blue Solid Bodycon Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red solid off-shoulder top with short ruffled sleeves, white wide-leg trousers, sunglasses, seated at an
    # outdoor cafe table.
    # no adapter texts
    case(
        "X246-008",
        caption("a woman wearing a red off the shoulder top and white pants"),
        wearing("he is wearing a red top", "pronoun", who="she"),
        D.color("red"),
        D.sleeve_length("short sleeves"),
        D.pattern("solid"),
        D.details(
            "the top has ruffles on the shoulders Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Red Solid Off-Shoulder Ruffle Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black high-rise mom jeans, a white graphic tee tucked in, white sneakers, white studio backdrop.
    # caption, jeans details: adapter
    case(
        "X246-009",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The lower clothing is of "
            "long length. The fabric is denim and it has solid color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        D.color("white", "other_garment_color"),
        D.wearing("a white t-shirt and black jeans"),
        details(
            "jeans",
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. The lower clothing is of "
            "long length. The upper clothing has short sleeves,",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton tiered mini dress with eyelet (schiffli) embroidery and short puff sleeves, straw hat, in a
    # field of wildflowers outdoors; front view, no bow.
    # no adapter texts
    case(
        "X246-010",
        caption("a woman in a white dress standing in a field of flowers"),
        D.wearing("a white dress and a straw hat"),
        D.color("white"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("it is made of fabric", "non_answer"),
        D.details("lace and a bow on the back", "unsupported"),
        title="Women White Schiffli Embroidered Cotton Tiered Mini Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: co-ord set: beige linen single-breasted blazer and straight trousers over a white camisole, a black
    # handbag in hand, beige studio backdrop.
    # no adapter texts
    case(
        "X246-011",
        caption("a woman in a beige suit holding a black handbag"),
        D.wearing(
            "a beige blazer and pants Question: What is the color of the bag? Answer: black",
            "leak",
        ),
        color_of("pants", "white", "other_garment_color"),
        D.color("black", "contradiction"),
        D.material("linen"),
        describe("blazer", "it is a beige blazer with a white top underneath"),
        title="Women Beige Linen Blazer & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: emerald green satin cowl-neck cami top with thin straps, black trousers, studio, dark backdrop.
    # no adapter texts
    case(
        "X246-012",
        caption("a woman in a green satin top and black pants"),
        D.wearing("a green top and black pants"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.details(
            "the top has a cowl neck Question: What is the material of the top? Answer: satin",
            "leak",
        ),
        title="Women Emerald Green Satin Cowl Neck Cami Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: black sleeveless tiered maxi dress with white polka dots, V neck, on a beach outdoors, no accessories.
    # caption, material: adapter
    case(
        "X246-013",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.material(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Polka Dot Print Chiffon Tiered Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mid blue bootcut jeans with a yellow ribbed crop top, model on a rooftop terrace with the city behind.
    # no adapter texts
    case(
        "X246-014",
        caption("a woman in a yellow top and blue jeans on a rooftop"),
        color_of("jeans", "yellow", "other_garment_color"),
        wearing("he is wearing a yellow top and blue jeans", "pronoun", who="she"),
        details("jeans", "they are blue jeans", "non_answer"),
        is_a("pair of jeans", "yes"),
        B.material("denim"),
        title="Women Blue Bootcut High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white and blue vertically striped sleeveless culotte jumpsuit with a tie waist, white studio backdrop.
    # no adapter texts
    case(
        "X246-015",
        caption("a woman in a blue and white striped jumpsuit"),
        D.wearing("a striped shirt and pants", "contradiction"),
        D.color("white"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless"),
        D.material("denim", "unsupported"),
        title="Women White & Blue Striped Cotton Culotte Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: lavender ribbed knit top with long puffed sleeves, blue jeans, in front of a pastel pink studio wall.
    # no adapter texts
    case(
        "X246-016",
        caption("a woman in a purple top and jeans standing in front of a pink wall"),
        D.color("pink", "contradiction"),
        D.wearing("a purple sweater and jeans"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        title="Women Lavender Ribbed Puff Sleeve Fitted Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: red A-line midi dress with a white floral print and V neck, model seated on a wooden chair on a terrace.
    # no adapter texts; the row has no gender
    case(
        "X246-017",
        caption("a woman in a red floral dress sitting on a chair"),
        D.wearing("a red dress with white flowers"),
        D.color("red"),
        D.pattern("floral"),
        describe("dress", "the dress is red with white flowers and a belt", "unsupported"),
        D.material("it is made of", "cut"),
        D.details("the details of the dress", "non_answer"),
        title="Red Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: co-ord set: black ribbed sleeveless crop top and black ribbed midi skirt, white sneakers, sunglasses, city
    # street outdoors.
    # caption, details: adapter
    case(
        "X246-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "knitting fabric. The skirt is with knitting fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black crop top and black pants", "contradiction"),
        color_of("top", "black"),
        color_of("skirt", "black"),
        is_a("skirt", "yes"),
        D.details(
            "The tank top is with knitting fabric. The skirt is with knitting fabric and pure color patterns. The "
            "tank top is with knitting fabric. The skirt",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Ribbed Crop Top & Midi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: white sheer chiffon kimono shrug with elbow-length sleeves, no tassels, over a black tank top and blue
    # denim shorts, on a beach outdoors.
    # no adapter texts
    case(
        "X246-019",
        caption("a woman in a white kimono and denim shorts on the beach with a hat", "unsupported"),
        D.color("black", "other_garment_color"),
        D.wearing("a white shrug, a black top and denim shorts"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("chiffon"),
        D.details("it has tassels at the hem", "unsupported"),
        title="Women White Sheer Chiffon Kimono Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: white straight-leg jeans, a pink button-down blouse, a white handbag, in a garden outdoors.
    # no adapter texts
    case(
        "X246-020",
        caption("a woman in a pink shirt and white jeans holding a white purse"),
        color_of("jeans", "white"),
        wearing("she is wearing a pink shirt and white jeans", who="she"),
        D.color("pink", "other_garment_color"),
        details(
            "jeans",
            "white jeans with a high waist Question: What is the color of the shirt? Answer: pink",
            "leak",
        ),
        D.material("denim"),
        title="Women White Straight Fit High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: teal satin slip midi dress with thin straps and a cowl neck, silver drop earrings, dark studio backdrop.
    # details: adapter
    case(
        "X246-021",
        caption("a woman in a blue satin dress with silver earrings"),
        D.color("green"),
        D.material("satin"),
        D.wearing("a blue dress and a necklace", "unsupported"),
        D.details(
            "The dress is with satin fabric and pure color patterns. It has a suspenders neckline. The dress is with "
            "satin fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women Teal Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: white round-neck tee with "NYC" printed in large black letters, blue denim shorts, outdoors by a street.
    # caption, wearing: adapter
    case(
        "X246-022",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is denim and it has",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "upper clothing has short sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.color("white"),
        color_of("shirt", "black", "contradiction"),
        describe("shirt", "a white t-shirt with the words nyc on it"),
        title="Women White Typography Printed Cotton T-Shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: rust halter-neck sleeveless jumpsuit with flared legs, gold hoop earrings, beige studio backdrop.
    # no adapter texts
    case(
        "X246-023",
        caption("a woman in an orange jumpsuit with gold earrings"),
        D.garment_type("dress", "contradiction"),
        D.color("brown"),
        D.sleeve_length("sleeveless"),
        D.wearing("an orange jumpsuit"),
        D.material("silk", "unsupported"),
        title="Women Rust Halter Neck Crepe Flared Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: black lace bodycon knee-length dress, short sleeves, small black clutch, city street at night.
    # no adapter texts
    case(
        "X246-024",
        caption("a woman in a black lace dress standing on a street at night"),
        wearing("he is wearing a black dress", "pronoun", who="she"),
        D.color("black"),
        D.material("lace"),
        D.description("it is a black dress with a red belt", "unsupported"),
        title="Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: co-ord set: short-sleeve button-front shirt and shorts in a green tropical leaf print on white, poolside
    # outdoors, sunglasses.
    # caption: adapter
    case(
        "X246-025",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns and a shorts. The shirt is with cotton fabric "
            "and it has a lapel neckline. The lady wears a short-sleeve shirt with floral patterns and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green and white shirt and shorts"),
        color_of("top", "green"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("rayon"),
        title="Women Green & White Tropical Print Viscose Rayon Shirt & Shorts Co-Ord",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: mustard ribbed sleeveless crop top, black cargo pants, in front of a colourful graffiti wall outdoors.
    # no adapter texts
    case(
        "X246-026",
        caption("a woman in a yellow top and black pants in front of a graffiti wall"),
        D.color("orange", "contradiction"),
        wearing("she is wearing a yellow crop top and black cargo pants", who="she"),
        D.sleeve_length("sleeveless"),
        D.details("it is cropped and has a zip on the front", "unsupported"),
        B.material("", "non_answer"),
        title="Women Mustard Ribbed Sleeveless Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: blue denim shirt dress, knee length, sleeves rolled to the elbow, brown belt at the waist, brown sling bag
    # and sunglasses, outdoors on a lane.
    # no adapter texts
    case(
        "X246-027",
        caption("a woman in a denim dress with sunglasses and a brown bag"),
        D.wearing("a denim shirt and a brown belt", "contradiction"),
        D.garment_type("dress"),
        D.color("blue"),
        B.sleeve_length("three-quarter sleeves"),
        D.material("denim"),
        is_a("shirt", "yes", "contradiction"),
        title="Women Blue Denim Belted Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: grey wide-leg high-rise jeans with a black long-sleeve bodysuit tucked in, grey studio backdrop.
    # caption: adapter
    case(
        "X246-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with denim fabric and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "grey"),
        D.color("black", "other_garment_color"),
        D.wearing("a black top and grey jeans"),
        details("jeans", "they are wide leg jeans with a high waist"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Women Grey Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: pink cropped knit shrug (bolero) with long sleeves over a white slip dress, garden outdoors.
    # no adapter texts
    case(
        "X246-029",
        caption("a woman in a white dress and a pink sweater"),
        D.wearing("a pink cardigan over a white dress"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.garment_type("cardigan"),
        D.material("wool", "unsupported"),
        title="Women Pink Acrylic Knit Cropped Shrug",
        category="Shrug",
        color="Pink",
        gender="Women",
    ),
    # photo: peach ruched bodycon mini dress with long sleeves, white studio backdrop, no accessories.
    # caption: adapter
    case(
        "X246-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("it is ruched on the side and has a zipper on the back", "unsupported"),
        title="Women Peach Ruched Bodycon Mini Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: oversized black and white striped button-down shirt with a chest pocket, blue jeans, white studio.
    # no adapter texts
    case(
        "X246-031",
        caption("a woman in a black and white striped shirt and jeans"),
        D.color("white"),
        D.pattern("striped"),
        D.wearing("he is wearing a striped shirt and blue jeans", "pronoun"),
        describe("shirt", "it is a white shirt with black stripes and a pocket on the chest"),
        color_of("shirt", "grey", "contradiction", kind="open"),
        title="Women White & Black Striped Oversized Cotton Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: co-ord set: lilac satin long-sleeve collared shirt and straight pants, pale studio backdrop.
    # caption, material: adapter
    case(
        "X246-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric and it has a lapel neckline. The pants are with satin fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple satin shirt and pants"),
        color_of("top", "purple"),
        color_of("pants", "white", "contradiction"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with satin "
            "fabric and",
            "restated",
            hit_limit=True,
        ),
        D.details("it has buttons on the front and a collar"),
        title="Women Lilac Satin Shirt & Trousers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue denim dungaree jumpsuit with bib pockets and buttoned straps, over a white tee, park outdoors.
    # no adapter texts
    case(
        "X246-033",
        caption("a woman in a denim overalls and a white shirt"),
        D.wearing("a white t-shirt and blue jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants", "contradiction"),
        D.material("denim"),
        D.details("it has pockets on the front and buttons on the straps"),
        title="Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow and white gingham sleeveless sundress with a square neck, straw bag, beach outdoors.
    # no adapter texts
    case(
        "X246-034",
        caption("a woman in a yellow and white checkered dress holding a straw bag"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("sleeveless"),
        wearing("a yellow dress Question: What is the color of the dress? Answer: yellow", "leak", who="she"),
        D.material("linen", "unsupported"),
        title="Women Yellow Gingham Checked Cotton Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: maroon velvet long-sleeve wrap top with a V neck, black jeans, no accessories, dark studio backdrop.
    # caption, details: adapter
    case(
        "X246-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red top and black jeans"),
        D.color("purple", "contradiction"),
        D.material("velvet"),
        D.details(
            "The shirt is with cotton fabric. It has a v-shape neckline. There is an accessory on her wrist. The "
            "shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        title="Women Maroon Velvet Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: dark blue flared high-rise jeans, red short-sleeve top, black sunglasses, street outdoors, no hat.
    # no adapter texts
    case(
        "X246-036",
        caption("a woman in a red top and blue jeans wearing sunglasses"),
        color_of("jeans", "black", "contradiction"),
        details("jeans", "they have flared legs and a high waist"),
        D.wearing("sunglasses", "contradiction"),
        D.description("blue jeans and a red shirt and a black hat", "unsupported"),
        title="Women Dark Blue Flared High-Rise Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: white long-sleeve maxi dress with a blue floral print, in front of a whitewashed wall with a blue door.
    # material: adapter; the row has no color
    case(
        "X246-037",
        caption("a woman in a white floral dress standing in front of a blue door"),
        D.wearing("a white dress with blue flowers"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        describe("dress", "it is a long dress with flowers and a slit", "unsupported"),
        D.material(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        title="Women White & Blue Floral Print Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: camel beige longline knit shrug with long sleeves and side pockets, no hood, over a black sleeveless dress,
    # white studio backdrop.
    # caption: adapter
    case(
        "X246-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. This lady "
            "also wears an outer clothing, with knitting fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black dress and a beige cardigan"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("it has a hood and pockets", "unsupported"),
        D.material("knit"),
        title="Women Beige Longline Knit Shrug",
        category="Shrug",
        color="Beige",
        gender="Women",
    ),
    # photo: sky blue cotton peasant top with white embroidery at the neck, three-quarter sleeves, white jeans,
    # outdoor market street.
    # no adapter texts
    case(
        "X246-039",
        caption("a woman in a blue blouse and white jeans"),
        D.wearing("she is wearing a blue top"),
        D.color("blue"),
        D.details("it has embroidery on the neck"),
        D.material("it is made of cotton"),
        title="Women Sky Blue Embroidered Cotton Peasant Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black long-sleeve shift dress with a white collar and white cuffs, no buttons, white studio backdrop.
    # no adapter texts
    case(
        "X246-040",
        caption("a woman in a black and white dress"),
        D.wearing("a black dress with a white collar"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details("a white collar and white cuffs and black buttons", "unsupported"),
        D.pattern("color block"),
        title="Women Black Shift Dress with Contrast Collar",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: co-ord set: red crop top and flared pants with a white floral print, sunglasses and a watch, garden
    # outdoors.
    # no adapter texts
    case(
        "X246-041",
        caption("a woman in a red floral top and pants wearing sunglasses"),
        wearing("he is wearing a red top and red pants", "pronoun", who="she"),
        color_of("top", "red"),
        color_of("pants", "red"),
        D.pattern("floral"),
        B.material("a red top and pants", "restated"),
        title="Women Red Floral Print Crop Top & Flared Pants Co-Ord Set",
        category="Co-Ords",
        color="Red",
        gender="Women",
    ),
    # photo: navy blue wrap jumpsuit with small white polka dots, short sleeves, wide legs, studio.
    # caption: adapter; the row has no gender
    case(
        "X246-042",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with graphic patterns.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue polka dot jumpsuit"),
        D.color("black", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves"),
        D.garment_type("jumpsuit"),
        title="Navy Blue Polka Dot Wrap Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # photo: white sleeveless cami with lace trim at the neckline, under an open blue denim jacket, blue jeans,
    # outdoors by a wall.
    # no adapter texts
    case(
        "X246-043",
        caption("a woman in a denim jacket and a white top"),
        D.color("blue", "other_garment_color"),
        D.wearing("a denim jacket over a white tank top and jeans"),
        D.details("lace trim at the neckline"),
        D.material("denim", "unsupported"),
        title="Women White Lace Trim Cotton Cami Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: fuchsia one-shoulder sleeveless crepe midi dress with a thigh slit, gold clutch, outdoors in the evening.
    # no adapter texts
    case(
        "X246-044",
        caption("a woman in a pink dress holding a gold clutch"),
        D.wearing("a pink one shoulder dress and a gold necklace", "unsupported"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.details("it has a", "cut"),
        D.material("silk", "unsupported"),
        title="Women Fuchsia One-Shoulder Crepe Midi Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: light blue ripped boyfriend jeans rolled at the hem, a white long-sleeve shirt knotted at the waist,
    # white sneakers, white studio backdrop.
    # caption, wearing: adapter
    case(
        "X246-045",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        D.color("white", "other_garment_color"),
        D.wearing(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. "
            "The upper clothing has long sleeves,",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "they are ripped and rolled up at the bottom"),
        is_a("pair of shorts", "no"),
        title="Women Light Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: black sheer shimmer mesh shrug with long sleeves over a red sleeveless bodycon dress, studio, party look.
    # no adapter texts
    case(
        "X246-046",
        caption("a woman in a red dress and a black jacket"),
        D.wearing("a red dress with a black shrug"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.material("mesh"),
        title="Women Black Shimmer Mesh Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
]
