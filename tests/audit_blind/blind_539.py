"""BLIND_539 (46 products; women's western wear, adapter captions with extractive QA and base color answers): written
blind in the fiftieth session. Measured blind at 49ac3c2 (the session's rules as they stood): 104/130 failures found
(80.0%) and 2/163 correct texts flagged (1.2%). The writer's notes, verbatim:

Scenario: the original experiments' third setup re-run on a Myntra women's western catalog feed: tops, t-shirts,
shirts, dresses, jumpsuits (dungarees included), jeans, skirts, shorts and jackets, photographed on models in studio
or on location (plain backdrops, brick and painted walls, plants, sofas, a beach), most tops shown with jeans or
trousers and most bottoms with a top, jackets worn open over a tee. Each row has the seller's title, category, color
and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: every caption comes from the caption-only LoRA adapter (epoch 1 or epoch 3, named in the comment),
which returns its DeepFashion template ("The lady wears a short-sleeve T-shirt with pure color patterns. The
T-shirt is with cotton fabric. ...") and, trained with no end token, runs to its 50-token limit (hit_limit=True).
The open questions What is she wearing?, What is the material?, Describe the dress. and What are the top details?
are answered by the extractive QA model (timpal0l/mdeberta-v3-base-squad2) copying a span of that caption, or no
span at all (an empty answer): these spans are not generated, so they carry no hit_limit, but they inherit every
error of the caption. The per-piece color questions (What is the color of the top / dress / jeans?) are the untuned
base model's own short lowercase answers, stored open; the base model stops on its own and never hits the limit.
The closed questions (garment_type, color, pattern, sleeve_length, "Is this a ...?") are enrich's
`--engine reference` answers, chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Captions: the adapter text that repeats a sentence of its template is loop; one that stops mid-sentence is cut,
  even where it invented an accessory (a ring, a hat, "an accessory on her wrist") before being cut. Where the
  template misnames the product itself (a jumpsuit as "a tank top ... long pants" or as a dress, a shirt dress as a
  shirt and skirt, a denim or utility jacket as a shirt, a sweater dress as a sweater, shorts as long pants, a skirt
  as shorts) the misnaming is what the auditor sees first: contradiction, even where it also loops or is cut.
  "The gentleman" / "this gentleman" for a woman is pronoun. Dungarees named "pants" under a striped tee is taken as
  close enough (cut). Three captions happen to reach the limit at the end of a sentence with everything in them
  right (X539-006, -020, -041): they are labelled correct, hit_limit kept.
- DeepFashion's pattern words are correct for what they mean: "pure color" for a solid (or white-on-white
  embroidered) garment, "lattice" for checks, "stripe" for stripes, "graphic" for a text print or polka dots,
  "floral" for a leaf print. "medium-sleeve" is three-quarter sleeves, "lapel neckline" a shirt or polo collar,
  "suspenders neckline" a strappy or halter top, "knitting" a knit fabric. T-shirt or shirt for a top is a synonym.
- Extractive spans: a span naming another worn piece for "What is she wearing?" (the tee over the jeans, the tank
  over the shorts) answers the question truly and is correct, even where the seller's category is the bottom. A span
  that copies the caption's misnaming is contradiction; one that copies an invented accessory is unsupported; an
  empty span, or the garment's bare name for the details question, is non_answer; a pattern phrase or the garment's
  description for the material question is restated; a span ending mid-phrase ("denim fabric and pure") is cut;
  a span that runs through a repeated template sentence is loop.
- Materials: one the title names, or plausibly visible (cotton on a plain tee, chiffon on a light flowy print,
  knitting on a bodycon or sweater dress), is correct; chiffon for a sheer black mesh top is accepted (the model
  cannot tell the sheer fabrics apart). A material contradicting the one the title names (cotton for lace, chiffon
  for satin, furry for velvet, cotton for denim dungarees or denim jeans) is contradiction, and so is a span that
  copies another piece's fabric ("denim" from the shorts for a georgette top). A material neither named nor
  visible (cotton for a shiny satin-look pleated skirt whose title names no fabric) is unsupported.
- Colors: shade words are correct: red for maroon or burgundy, pink for peach, orange for coral or rust, brown for
  rust, blue or green for teal, green for olive, beige for khaki, purple for lavender, grey for grey melange, white
  or cream for off white, yellow for mustard; orange for mustard, black for navy, brown for maroon and purple for
  burgundy are contradiction. Stripes or a print named with the ground ("blue and white" for navy-white stripes,
  "black and white" for a black tee with a white print) are correct; the print's color alone (pink for a black dress
  with pink flowers, red for a navy dress with red flowers, black for an off-white top with black dots) and a
  backdrop's color (green foliage, a yellow wall, a red brick wall) are contradiction.
- Another piece's color given as the product's (the closed color of jeans or shorts answered with the top's, the
  jeans question for denim shorts answered with the tank's white, the top answered with the white trousers' color,
  a shirt answered with the tank under it) is other_garment_color. The base model giving a piece that is not the
  product another piece's color ("grey" jeans under a "grey" tee, "orange" jeans under a coral top, a white tee over
  a pink skirt answered "pink") is contradiction: that piece is not the product, and its own color is plain. For a
  jacket worn open over a tee, "What is the color of the top?" answered with the tee's color would be correct; here
  the base answered with the jacket's color, which is correct as well.
- Base answers that run on into "Question: ... Answer: ..." are leak even where the first word is right; "he" for
  the woman is pronoun; "the dress is the color of the dress" is restated; "it is a pair of pants" (or shorts) for
  a color question is non_answer; an invented logo on a plain tee is unsupported.
- Reference closed answers that are wrong are contradiction (jumpsuit as dress, a denim skirt as shorts, pleats as
  striped, a solid dungaree answered with the striped tee's pattern, three-quarter as short sleeves, sleeveless as
  short sleeves, "yes" to "Is this a dress?" for a skirt or a jumpsuit, "no" to "Is this a pair of shorts?" for
  shorts), except where the color given is another piece's (other_garment_color).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

material = question("material", "What is the material?", "open")


def she(text, failure=None):
    return wearing(text, failure, who="she")


def top_color(text, failure=None):
    return color_of("top", text, failure, kind="open")


def dress_color(text, failure=None):
    return color_of("dress", text, failure, kind="open")


def jeans_color(text, failure=None):
    return color_of("jeans", text, failure, kind="open")


BLIND_539 = [
    # photo: model in a plain white crew-neck t-shirt tucked into light blue jeans, grey studio backdrop, front view.
    # caption: adapter epoch 3; wearing, material: spans of the caption; top and jeans colors: base
    case(
        "X539-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        material("cotton"),
        top_color("white with a black logo", "unsupported"),
        jeans_color("light blue"),
        B.garment_type("t-shirt"),
        title="Women White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: navy and white horizontal striped round-neck top, three-quarter sleeves, white jeans, white brick wall.
    # caption: adapter epoch 1; wearing, details: spans of the caption; top and jeans colors: base
    case(
        "X539-002",
        caption(
            "The lady wears a medium-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium-sleeve T-shirt with stripe patterns. The T-shirt is with "
            "cotton fabric",
            "loop",
            hit_limit=True,
        ),
        she("a medium-sleeve T-shirt with stripe patterns"),
        details("top", "The T-shirt", "non_answer"),
        top_color("blue and white"),
        jeans_color("blue", "contradiction"),
        B.pattern("striped"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Navy Blue & White Striped Regular Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black knee-length fit and flare dress with small pink-and-white flowers, flutter sleeves, V-neck,
    # light flowy fabric, model beside a potted plant, white backdrop, no jewellery.
    # caption: adapter epoch 3; description, material, wearing: spans of the caption; dress color: base
    case(
        "X539-003",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring. The dress is of medium "
            "short length. The",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a short-sleeve dress with floral patterns"),
        material("chiffon"),
        she("an accessory on her wrist", "unsupported"),
        dress_color("pink", "contradiction"),
        B.color("black"),
        title="Women Black Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless olive jumpsuit with a tie belt and long straight legs, white sneakers, grey backdrop.
    # caption: adapter epoch 3; wearing, material: spans of the caption; dress color: base
    case(
        "X539-004",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        she("a tank top with pure color patterns", "contradiction"),
        material("a tank top with pure color patterns", "restated"),
        dress_color("green"),
        B.garment_type("jumpsuit"),
        is_a("dress", "no"),
        title="Women Olive Green Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans, black fitted tee tucked in, white sneakers, white backdrop, full length.
    # caption: adapter epoch 1; wearing, material: spans of the caption; jeans and top colors: base
    case(
        "X539-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        material("cotton", "contradiction"),
        jeans_color("blue"),
        top_color("blue", "contradiction"),
        B.color("black", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Denim Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white long-sleeve button-down formal shirt with a collar, black trousers, light grey backdrop.
    # caption: adapter epoch 3 (ends on a full stop at the limit); details, wearing, material: spans; top color: base
    case(
        "X539-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        details("top", "lapel neckline"),
        she("a long-sleeve shirt with pure color patterns"),
        material("cotton"),
        top_color("white"),
        B.sleeve_length("long sleeves"),
        title="Women White Regular Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: mustard sleeveless georgette top with a ruffle at the round neck, blue denim shorts, beige wall.
    # caption: adapter epoch 1; details, material: spans of the caption; top color: base
    case(
        "X539-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The shorts this lady wears is of three-point length. The shorts are with denim",
            "cut",
            hit_limit=True,
        ),
        details("top", "round neckline"),
        material("denim", "contradiction"),
        top_color("orange", "contradiction"),
        B.sleeve_length("sleeveless"),
        B.color("yellow"),
        title="Women Mustard Yellow Solid Ruffled Georgette Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black t-shirt with a white "BROOKLYN" text print, blue jeans, pink backdrop, front view.
    # caption: adapter epoch 3; wearing: span of the caption (runs through the repeat); top and jeans colors: base
    case(
        "X539-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with "
            "cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        she(
            "a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a short-sleeve T-shirt with graphic patterns",
            "loop",
        ),
        top_color("black and white"),
        jeans_color("black", "contradiction"),
        B.pattern("graphic"),
        B.color("black"),
        title="Women Black Typography Printed Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: maroon long-sleeve bodycon midi dress, square neck, white wall with a wooden chair, no jewellery.
    # caption: adapter epoch 3; description, material: spans of the caption; dress color: base
    case(
        "X539-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a square neckline. The dress is of three-quarter length. There is an accessory on her wrist. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        material("knitting"),
        dress_color("red Question: What is the color of the chair? Answer: brown", "leak"),
        B.color("brown", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Women Maroon Solid Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: light blue washed denim shorts with frayed hems, white cropped tank top, palm plant, full body.
    # caption: adapter epoch 1; wearing, material: spans of the caption; jeans color: base
    case(
        "X539-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The shorts this lady wears is of three-point length. The shorts are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns"),
        material("denim"),
        jeans_color("white", "other_garment_color"),
        B.garment_type("shorts"),
        B.color("white", "other_garment_color"),
        is_a("skirt", "no"),
        title="Women Light Blue Washed Denim Shorts with Frayed Hem",
        category="Shorts",
        color="Blue",
    ),
    # photo: mid-blue denim trucker jacket worn open over a white tee, black jeans, grey backdrop.
    # caption: adapter epoch 3; wearing, material, details: spans of the caption; top color: base
    case(
        "X539-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "contradiction"),
        material("denim"),
        details("top", "lapel neckline"),
        top_color("blue"),
        B.garment_type("jacket"),
        B.color("blue"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white gingham A-line mini skirt, black tee tucked in, tan backdrop.
    # caption: adapter epoch 1; wearing, material: spans of the caption; top color: base
    case(
        "X539-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of three-point length. The skirt is with cotton "
            "fabric and lattice",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        material("cotton"),
        top_color("he is wearing a black t-shirt", "pronoun"),
        B.pattern("checked"),
        B.garment_type("skirt"),
        is_a("dress", "yes", "contradiction"),
        title="Women Black & White Checked A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: peach square-neck top with short puff sleeves, white jeans, white backdrop.
    # caption: adapter epoch 3; details, material: spans of the caption; top and jeans colors: base
    case(
        "X539-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a square neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        details("top", "square neckline"),
        material("", "non_answer"),
        top_color("pink"),
        jeans_color("pink", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Women Peach-Coloured Solid Puff Sleeve Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black culotte jumpsuit with white polka dots, short sleeves, V-neck, white backdrop.
    # caption: adapter epoch 1; wearing, material: spans of the caption; dress color: base
    case(
        "X539-014",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon "
            "fabric. It",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve dress with graphic patterns", "contradiction"),
        material("graphic patterns", "restated"),
        dress_color("black and white"),
        B.garment_type("dress", "contradiction"),
        B.pattern("polka dots"),
        title="Women Black & White Polka Dot Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: blue and white pinstriped oversized shirt, sleeves rolled to the forearm, over a white tank, beige
    # trousers, white wall with a framed picture.
    # caption: adapter epoch 3; wearing, details: spans of the caption; top and jeans colors: base
    case(
        "X539-015",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with stripe patterns"),
        details("top", "stripe patterns"),
        top_color("blue and white"),
        jeans_color("blue", "contradiction"),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        title="Women Blue & White Striped Oversized Casual Shirt",
        category="Shirts",
        color="Blue",
    ),
    # photo: red sleeveless tiered maxi dress with white flowers, V-neck, garden with green foliage behind.
    # caption: adapter epoch 1; description, wearing, material: spans of the caption; dress color: base
    case(
        "X539-016",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a sleeveless dress with floral patterns"),
        she("a sleeveless dress"),
        material("a sleeveless dress with floral patterns", "restated"),
        dress_color("green", "contradiction"),
        B.color("red"),
        B.sleeve_length("sleeveless"),
        title="Women Red & White Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: lavender drop-shoulder oversized t-shirt, black biker shorts, white backdrop.
    # caption: adapter epoch 3; wearing: span of the caption; top and jeans colors: base
    case(
        "X539-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The shorts this gentleman wears is of three-point length. The shorts are with "
            "cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        top_color("purple"),
        jeans_color("purple Question: What is the color of the shorts? Answer: black", "leak"),
        B.garment_type("t-shirt"),
        B.color("purple"),
        title="Women Lavender Solid Drop-Shoulder Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black wide-leg high-rise jeans, white sleeveless crop top, brown belt, white backdrop.
    # caption: adapter epoch 1; wearing, material: spans of the caption; jeans and top colors: base
    case(
        "X539-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns"),
        material("denim"),
        jeans_color("black"),
        top_color("white Question: What is the color of the belt? Answer: brown", "leak"),
        B.garment_type("jeans"),
        B.color("white", "other_garment_color"),
        title="Women Black Wide Leg High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: navy short-sleeve shirt dress with a collar, button front and self-tie belt, knee length, grey studio.
    # caption: adapter epoch 3; wearing, description: spans of the caption (no span for the dress); dress color: base
    case(
        "X539-019",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The skirt this lady wears is of medium short length. The skirt is with cotton fabric "
            "and pure",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns", "contradiction"),
        describe("dress", "", "non_answer"),
        dress_color("black", "contradiction"),
        B.garment_type("dress"),
        B.color("navy"),
        title="Women Navy Blue Solid Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton top with white eyelet embroidery, three-quarter sleeves, V-neck, blue jeans, pale pink wall.
    # caption: adapter epoch 3 (ends on a full stop at the limit); details, material: spans; top, jeans colors: base
    case(
        "X539-020",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a V-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        details("top", "V-shape neckline"),
        material("cotton"),
        top_color("white"),
        jeans_color("blue Question: What is the color of the top? Answer: white", "leak"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women White Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: rust sleeveless halter jumpsuit with a tie waist and wide legs, beige wall with a plant.
    # caption: adapter epoch 1; wearing, material: spans of the caption; dress color: base
    case(
        "X539-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The pants this lady wears is of long length. The pants are with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns", "contradiction"),
        material("cotton"),
        dress_color("orange"),
        B.garment_type("jumpsuit"),
        B.color("brown"),
        is_a("dress", "yes", "contradiction"),
        title="Women Rust Solid Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # photo: green and white checked long-sleeve shirt worn open over a black tank, blue jeans, grey backdrop.
    # caption: adapter epoch 3; details, material: spans of the caption; top and jeans colors: base
    case(
        "X539-022",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        details("top", "lattice patterns"),
        material("cotton"),
        top_color("black", "other_garment_color"),
        jeans_color("blue"),
        B.pattern("checked"),
        B.color("green"),
        title="Women Green & White Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: yellow midi wrap dress with a small white and green floral print, short sleeves, V-neck, white wall
    # outdoors, no jewellery.
    # caption: adapter epoch 3; description, wearing, material: spans of the caption; dress color: base
    case(
        "X539-023",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of three-quarter length. The lady wears a ring. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a short-sleeve dress with floral patterns"),
        she("a ring", "unsupported"),
        material("chiffon"),
        dress_color("yellow"),
        B.pattern("floral"),
        title="Women Yellow Floral Print Georgette Wrap Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: black faux-leather biker jacket with zips over a grey tee, blue jeans, white backdrop.
    # caption: adapter epoch 1; material, details: spans of the caption; top and jeans colors: base
    case(
        "X539-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        material("leather"),
        details("top", "denim fabric and pure", "cut"),
        top_color("he is wearing a black leather jacket", "pronoun"),
        jeans_color("black", "contradiction"),
        B.garment_type("jacket"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: pink shiny satin-look pleated midi skirt, white tee tucked in, white backdrop.
    # caption: adapter epoch 3; wearing, material: spans of the caption; top color: base
    case(
        "X539-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of three-quarter length. The skirt is with chiffon "
            "fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt"),
        material("cotton", "unsupported"),
        top_color("pink", "contradiction"),
        B.pattern("striped", "contradiction"),
        B.color("pink"),
        title="Women Pink Accordion Pleated Flared Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: red cropped t-shirt with a small white graphic, light blue high-waist mom jeans, yellow backdrop.
    # caption: adapter epoch 1; wearing: span of the caption; top and jeans colors: base
    case(
        "X539-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color patterns. Her",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        top_color("yellow", "contradiction"),
        jeans_color("red", "contradiction"),
        B.color("red"),
        is_a("t-shirt", "yes"),
        title="Women Red Graphic Printed Cropped T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: teal sleeveless A-line knee-length dress, round neck, white backdrop.
    # caption: adapter epoch 3; description, material: spans of the caption; dress color: base
    case(
        "X539-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a sleeveless dress with pure color patterns"),
        material("", "non_answer"),
        dress_color("the dress is the color of the dress", "restated"),
        B.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Teal Blue Solid A-Line Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: black sheer mesh long-sleeve top over a black bralette, blue jeans, red brick wall.
    # caption: adapter epoch 1; material, details: spans of the caption; top and jeans colors: base
    case(
        "X539-028",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        material("chiffon"),
        details("top", "pure color patterns"),
        top_color("black"),
        jeans_color("red", "contradiction"),
        B.sleeve_length("long sleeves"),
        title="Women Black Sheer Mesh Fitted Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: khaki cotton cargo shorts with side pockets, black tank top, white sneakers, white backdrop.
    # caption: adapter epoch 3; wearing, material: spans of the caption; jeans color: base
    case(
        "X539-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The pants this lady wears is of long length. The pants are with cotton "
            "fabric and",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless tank top"),
        material("cotton"),
        jeans_color("it is a pair of shorts", "non_answer"),
        B.garment_type("shorts"),
        B.color("black", "other_garment_color"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Women Khaki Solid Pure Cotton Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: off-white lace sheath dress with cap sleeves, knee length, model beside a grey sofa, no jewellery.
    # caption: adapter epoch 1; description, material, wearing: spans of the caption; dress color: base
    case(
        "X539-030",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady "
            "wears a ring",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a short-sleeve dress with pure color patterns"),
        material("cotton", "contradiction"),
        she("a short-sleeve dress"),
        dress_color("white Question: What is the color of the sofa? Answer: grey", "leak"),
        B.color("cream"),
        title="Women Off White Self Design Lace Sheath Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: cobalt blue sleeveless peplum top with a white leaf print, white trousers, white backdrop.
    # caption: adapter epoch 3; details: span of the caption; top and jeans colors: base
    case(
        "X539-031",
        caption(
            "The lady wears a sleeveless shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        details("top", "floral patterns"),
        top_color("white", "other_garment_color"),
        jeans_color("white"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        title="Women Blue & White Tropical Print Peplum Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: light blue ripped boyfriend jeans with rolled hems, white shirt knotted at the waist, tan backdrop.
    # caption: adapter epoch 1; wearing, material: spans of the caption; jeans and top colors: base
    case(
        "X539-032",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and pure",
            "pronoun",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        material("denim"),
        jeans_color("blue Question: What is the color of the shirt? Answer: white", "leak"),
        top_color("white"),
        is_a("pair of jeans", "yes"),
        B.color("light blue"),
        title="Women Light Blue Boyfriend Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress with thin straps and a cowl neck, dark grey backdrop, no jewellery.
    # caption: adapter epoch 3; material, description, wearing: spans of the caption; dress color: base
    case(
        "X539-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of three-quarter length. There is an accessory on her wrist. The lady "
            "wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        material("chiffon", "contradiction"),
        describe("dress", "a sleeveless dress with pure color patterns"),
        she("an accessory on her wrist", "unsupported"),
        dress_color("green"),
        B.sleeve_length("sleeveless"),
        title="Women Green Solid Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange crew-neck t-shirt, black jeans, white backdrop.
    # caption: adapter epoch 1; material, details: spans of the caption; top and jeans colors: base
    case(
        "X539-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is "
            "with cotton fabric.",
            "loop",
            hit_limit=True,
        ),
        top_color("grey"),
        jeans_color("grey", "contradiction"),
        material("cotton"),
        details("top", "The T-shirt is with", "cut"),
        B.color("grey"),
        title="Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: blue denim dungarees (bib and straps) over a white tee with black stripes, full body, white backdrop.
    # caption: adapter epoch 3; wearing, material: spans of the caption; dress color: base
    case(
        "X539-035",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with stripe patterns"),
        material("cotton", "contradiction"),
        dress_color("blue"),
        B.garment_type("jumpsuit"),
        B.pattern("striped", "contradiction"),
        B.color("white", "other_garment_color"),
        title="Women Blue Solid Denim Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: black satin long-sleeve shirt tucked into beige trousers, grey backdrop.
    # caption: adapter epoch 1; material, details: spans of the caption; top and jeans colors: base
    case(
        "X539-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        material("chiffon", "contradiction"),
        details("top", "The shirt", "non_answer"),
        top_color("black"),
        jeans_color("it is a pair of pants", "non_answer"),
        B.color("black"),
        title="Women Black Solid Satin Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: coral cropped top with a front tie knot, short sleeves, V-neck, high-rise blue jeans, white backdrop.
    # caption: adapter epoch 3; details, wearing: spans of the caption (no span for wearing); top, jeans colors: base
    case(
        "X539-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. The pants this lady wears is of long length. "
            "The pants are",
            "cut",
            hit_limit=True,
        ),
        details("top", "V-shape neckline"),
        she("", "non_answer"),
        top_color("orange"),
        jeans_color("orange", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Women Coral Solid Tie-Up Crop Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: sleeveless halter maxi dress with pink, orange, yellow and blue horizontal stripes, beach and blue sky
    # behind, no hat, no glasses.
    # caption: adapter epoch 1; description, wearing: spans of the caption; dress color: base
    case(
        "X539-038",
        caption(
            "The lady wears a sleeveless dress with stripe patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. There is a hat on her head. The lady wears glasses. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a sleeveless dress with stripe patterns"),
        she("a hat", "unsupported"),
        dress_color("pink and orange striped"),
        B.pattern("striped"),
        B.color("multi"),
        title="Women Multicoloured Striped Halter Neck Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: olive green cotton utility jacket with chest pockets, open over a white tee, black jeans, potted
    # plants behind.
    # caption: adapter epoch 3; details, material: spans of the caption; top and jeans colors: base
    case(
        "X539-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The pants this lady wears is of long length. The "
            "pants are with",
            "contradiction",
            hit_limit=True,
        ),
        details("top", "an accessory on her wrist", "unsupported"),
        material("cotton"),
        top_color("green"),
        jeans_color("green", "contradiction"),
        B.color("green"),
        B.garment_type("jacket"),
        title="Women Olive Green Solid Cotton Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: blue denim button-front A-line mini skirt, white tee with a black graphic, white backdrop.
    # caption: adapter epoch 1; wearing, material: spans of the caption; jeans color: base
    case(
        "X539-040",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this lady wears is of three-point length. The shorts are with denim fabric "
            "and pure",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        material("denim"),
        jeans_color("blue"),
        B.garment_type("shorts", "contradiction"),
        B.color("white", "other_garment_color"),
        is_a("skirt", "yes"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
    ),
    # photo: navy polo t-shirt with thin white stripes and a collar, white shorts, grey backdrop.
    # caption: adapter epoch 3 (ends on a full stop at the limit); details, wearing: spans; top color: base
    case(
        "X539-041",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "lapel neckline. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        details("top", "lapel neckline"),
        she("a short-sleeve T-shirt with stripe patterns"),
        top_color("navy blue"),
        B.pattern("striped"),
        B.color("white", "other_garment_color"),
        title="Women Navy Blue & White Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black ribbed turtleneck sweater dress, long sleeves, mini, black tights and ankle boots, white backdrop.
    # caption: adapter epoch 1; wearing, material: spans of the caption; dress color: base
    case(
        "X539-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a standing neckline. The lady wears a long-sleeve sweater with pure color patterns. The sweater is "
            "with knitting fabric",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve sweater", "contradiction"),
        material("knitting"),
        dress_color("black Question: What is the color of the boots? Answer: black", "leak"),
        B.sleeve_length("long sleeves"),
        B.garment_type("dress"),
        title="Women Black Ribbed Turtle Neck Sweater Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: off-white long-sleeve shirt-style top with black polka dots and a collar, black trousers, white backdrop.
    # caption: adapter epoch 3; details, material: spans of the caption; top and jeans colors: base
    case(
        "X539-043",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        details("top", "graphic patterns"),
        material("chiffon fabric and pure color", "cut"),
        top_color("black", "contradiction"),
        jeans_color("black"),
        B.color("white"),
        B.pattern("polka dots"),
        title="Women Off White & Black Polka Dot Print Shirt Style Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: navy short-sleeve V-neck jumpsuit with small red flowers and a self belt, pink wall.
    # caption: adapter epoch 1; wearing, material: spans of the caption; dress color: base
    case(
        "X539-044",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring. There",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns", "contradiction"),
        material("chiffon"),
        dress_color("red", "contradiction"),
        B.garment_type("jumpsuit"),
        B.color("navy"),
        title="Women Navy Blue & Red Floral Print Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white high-rise cotton shorts with a paperbag waist, black sleeveless top tucked in, beige wall.
    # caption: adapter epoch 3; material, wearing: spans of the caption; jeans and top colors: base
    case(
        "X539-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The shorts this lady wears is of three-point length. The shorts are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        material("pure color patterns", "restated"),
        she("a sleeveless tank top"),
        jeans_color("white"),
        top_color("she is wearing a black top"),
        B.color("white"),
        is_a("pair of shorts", "yes"),
        title="Women White Solid High-Rise Paperbag Waist Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: burgundy velvet long-sleeve wrap top, black skirt, dark backdrop with a floor lamp.
    # caption: adapter epoch 1; material, details: spans of the caption; top color: base
    case(
        "X539-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with furry fabric. It has a "
            "V-shape neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with furry "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        material("furry", "contradiction"),
        details("top", "V-shape neckline"),
        top_color("purple", "contradiction"),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        title="Women Burgundy Solid Velvet Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
]
