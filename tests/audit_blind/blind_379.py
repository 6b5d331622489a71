"""BLIND_379 (46 products; girls' and women's western fast-fashion: tops, dresses, bottoms, layers, co-ords): written
blind in the forty-fifth session. Measured blind at 00e4e2c (the session's rules as they stood): 110/134 failures
found (82.1%) and 7/165 correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: a global fast-fashion site's English catalog feed of western wear for women and girls: tees, tanks, cami
and blouses, dresses (slip, wrap, floral, polka dot, bodycon), skirts, shorts, jeans and trousers, cardigans, knit
vests, jackets and coats, co-ord sets and jumpsuits. Model shots on plain studio backdrops (white, grey, beige, cream)
with the product usually styled over or under other garments (a tee under a jacket, a blouse tucked into a skirt).
Each row has the seller's title, category, color and gender; a few miss the gender or the color.

Who wrote what: every caption comes from the caption-only LoRA adapter of the original experiments (the
DeepFashion template, "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton
fabric ..."). It was trained with no end token, so every adapter text runs to its limit (50 new tokens for captions,
30 for answers) and carries hit_limit=True; asked a question, it returns its template. Where a comment says so, the
adapter also answered the details or material question (the experiments found its "details" richer). All other open
questions (wearing, description, details, material, neckline, fit) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short lowercase texts that stop on their own, never hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors, "Is this a ...?") are enrich's
`--engine reference` answers chosen from candidate sets: they never loop or get cut.

Labeling conventions and judgement calls:
- Adapter captions: one that repeats a sentence of its template is loop; one that stops mid-sentence without
  repeating is cut, even when it also got a fabric or neckline wrong before the cut (one kind per text: the cut).
  Where the template names the product as another garment (a jumpsuit as "a tank top and a long pants", shorts as
  "a medium short skirt", a slip dress over a tee as "a T-shirt ... and a long skirt", a sweater vest left out for
  "a shirt ... and a long pants") or gives "pure color patterns" for a floral product, that is contradiction
  (hit_limit kept). A caption that happens to end on a full stop at the limit, with nothing wrong, is correct
  (hit_limit kept); one whose last full sentence invents a wrist accessory the photo lacks is unsupported.
- "sweater" for a cardigan and "coat"/"jacket" for a blazer or trench are synonyms, correct; so are overalls for a
  dungaree jumpsuit, sweat suit for a hoodie and jogger set, jean jacket / jean skirt for denim.
- Shade words are correct: maroon or red for burgundy, blue for navy or light wash, purple for lilac and lavender,
  green for sage, olive, mint (base model; see below for the reference engine) and emerald, tan or beige for khaki
  and apricot, white for cream, brown for rust, yellow for mustard. The reference engine answering "pink" for lilac,
  "blue" for mint and "orange" for yellow is contradiction; "black" for navy from the base model is contradiction.
- For two-color products (black and white gingham, navy and white breton stripes) either color is correct. For a
  print on a ground (white top with red cherries, navy dress with pink flowers) the print color given as the
  garment's color is contradiction; the ground color is correct even where the seller's color names the print
  (X379-040: seller "Blue", white dress with blue flowers, "white" correct).
- The color of another garment in the photo given for the product (the tee under the jacket, the jeans, the cami
  under the cardigan, the skirt of the outfit for the blouse) is other_garment_color; where that color is also in
  the print (the black jeans with a black slogan print) the other garment is what I label. The product's own color
  given to another garment ("the skirt is orange" for a black skirt under an orange blouse, "a black top" for a
  white top over black jeans) is contradiction.
- The base model's habit of one color for every garment: where the wearing answer gives the other garment the
  product's color ("a white tank top and white jeans" for the white tank, "a black jacket and a black hoodie"), it
  is contradiction; where it gives the product the other garment's color ("a white shirt and a white skirt" for the
  blue denim skirt, "a black shirt and a black skirt" for the red skirt), it is other_garment_color.
- Materials: one the title names or the photo plainly shows (denim, linen, satin, chiffon, tweed, mesh, knit,
  faux leather as "leather") is correct, and so is cotton for a plain tee or jersey fabric. Silk for a satin dress,
  silk for a printed viscose skirt, leather for a cotton trench, wool for a flannel shirt and down for a puffer are
  unsupported.
  Eyelet embroidery described as "lace" is correct (it looks like lace at this size).
- Invented items not in the photo (a slit, pockets, a belt, a straw hat, sandals on a photo cropped at the knee, a
  bow on the back of a front view, a chain trim) are unsupported.
- Reference engine errors: pleats as "striped", short ruffle sleeves as "long", a flowing dress as "long" sleeves
  where it is sleeveless, a jumpsuit answered "yes" to "Is this a dress?" are contradiction. The short sleeves of the
  tee under a sleeveless slip dress answered as the dress's sleeve length is contradiction too.
- Base non-answers: "the skirt has details", "it is made of fabric", "it's a jacket" for the details, "it is a
  shirt", "it is a blazer" and "they are jeans" for the fit, "the neckline of the dress" for the neckline, "they are
  short" for the shorts' details. Details or material answered with only the garment and its color ("the pants are
  white", "the shirt is white", "the overalls are blue", "a pink t-shirt") are restated. A base answer that stops
  on a dangling word ("it is made of", "a bow on the") is cut without hit_limit. Base answers that run on into
  "Question: ... Answer:" (or begin by echoing the prompt) are leak. "he" for a woman or a girl is pronoun.
- Adapter answers: the template returned for the material question is restated; for the details question it is
  cut or loop (it does list neckline and fabric, so it answers, but it runs on).
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

neckline = question("neckline", "What is the neckline of the garment?", "open")
fit = question("fit", "What is the fit of the garment?", "open")
color_top = question("color_top", "What is the color of the top?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_cardigan = question("color_cardigan", "What is the color of the cardigan?", "closed")

BLIND_379 = [
    # photo: woman in a white ribbed cropped tank top with thin straps and a scoop neck, light blue straight jeans,
    # plain grey backdrop, front view cropped at the knee.
    # caption: adapter
    case(
        "X379-001",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The neckline "
            "of it is suspenders. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and white jeans", "contradiction"),
        D.garment_type("tank top"),
        D.color("white"),
        neckline("scoop neck"),
        fit("tight"),
        D.material("cotton"),
        title="Women Solid Rib Knit Crop Cami Top",
        category="Women Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a navy midi wrap dress with a small pink and white floral print, V-neck, short flutter sleeves,
    # self-tie at the waist, beige backdrop, full length.
    # caption: adapter
    case(
        "X379-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "short-sleeve dress with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue floral dress"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short"),
        neckline("v-neck"),
        D.details("the dress has a tie at the waist and a slit on the side", "unsupported"),
        title="Women Ditsy Floral Print Wrap Midi Dress",
        category="Women Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a pink short-sleeve t-shirt with a unicorn and rainbow print, mid-blue denim shorts, white
    # backdrop, full length.
    # caption: adapter
    case(
        "X379-003",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with denim fabric and solid color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a pink t-shirt with a unicorn on it", "pronoun"),
        D.color("pink"),
        is_a("t-shirt", "yes"),
        D.description("a pink t-shirt with a unicorn and a rainbow"),
        D.material("a pink t-shirt", "restated"),
        title="Girls Unicorn Rainbow Print Tee",
        category="Girls T-Shirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in light-wash high-waist straight-leg jeans with a black cropped tee tucked in, grey backdrop,
    # full length, no belt.
    # caption: adapter
    case(
        "X379-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns.",
            hit_limit=True,
        ),
        D.wearing("a black shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("black", "other_garment_color"),
        color_jeans("blue"),
        fit("straight"),
        D.details("high waisted with two front pockets and a belt", "unsupported"),
        title="Women High Waist Straight Leg Jeans",
        category="Women Jeans",
        color="Light Wash",
        gender="Women",
    ),
    # photo: woman in a black faux leather biker jacket worn open over a white crew-neck tee, black jeans, white
    # backdrop, cropped at mid-thigh.
    # caption: adapter
    case(
        "X379-005",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a black shirt", "contradiction"),
        D.color("white", "other_garment_color"),
        color_jacket("black"),
        D.material("leather"),
        D.details("zippers on the front and pockets"),
        is_a("jacket", "yes"),
        title="Women Zip Up Faux Leather Biker Jacket",
        category="Women Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an oversized beige cable-knit button cardigan (no pockets) over a white cami, blue jeans,
    # beige backdrop, cropped at the knee.
    # caption: adapter
    case(
        "X379-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a V-shape neckline. The lady wears a long denim pants. The pants are with denim fabric and solid "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan sweater and jeans"),
        D.color("white", "other_garment_color"),
        color_cardigan("beige"),
        fit("oversized"),
        D.material("knit"),
        D.details("the sweater has buttons down the front and a pocket", "unsupported"),
        title="Women Oversized Cable Knit Button Front Cardigan",
        category="Women Cardigans",
        color="Apricot",
        gender="Women",
    ),
    # photo: woman in a sage green satin slip midi dress with spaghetti straps and a cowl neck, white backdrop, full
    # length, no jewellery.
    # caption: adapter
    case(
        "X379-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of it is suspenders. The dress is of long length. There is an accessory on her wrist. She "
            "wears a ring",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green satin dress"),
        D.color("green"),
        neckline("the neckline of the dress", "non_answer"),
        D.sleeve_length("sleeveless"),
        D.material("silk", "unsupported"),
        title="Women Cowl Neck Satin Cami Midi Dress",
        category="Women Dresses",
        color="Sage Green",
        gender="Women",
    ),
    # photo: woman in a mid-blue A-line denim mini skirt with a white long-sleeve blouse tucked in, grey backdrop,
    # full length.
    # caption: adapter
    case(
        "X379-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with denim fabric and solid color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a white skirt", "other_garment_color"),
        D.garment_type("skirt"),
        D.color("white", "other_garment_color"),
        color_skirt("blue"),
        D.details("the skirt has details", "non_answer"),
        D.material("denim"),
        title="Women High Waist A Line Denim Mini Skirt",
        category="Women Skirts",
        color="Medium Wash",
        gender="Women",
    ),
    # photo: woman in a black and white gingham blouse with short puff sleeves and a square neck, black trousers,
    # white backdrop, cropped at the hip.
    # caption: adapter
    case(
        "X379-009",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white checkered top and black pants"),
        D.pattern("plaid"),
        D.color("black"),
        D.sleeve_length("short"),
        neckline("square"),
        D.description(
            "a black and white gingham top Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="Women Gingham Puff Sleeve Square Neck Blouse",
        category="Women Blouses",
        color="Black and White",
        gender="Women",
    ),
    # photo: woman in a mustard yellow sleeveless sundress with small white daisies, square neck, knee length, no
    # hat, white backdrop, cropped just below the knee.
    # caption: adapter
    case(
        "X379-010",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a square "
            "neckline. There is a hat on her head. The lady wears a sleeveless dress with floral patterns. The dress "
            "is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with white flowers"),
        D.color("yellow"),
        D.pattern("floral"),
        D.details("a yellow dress with a straw hat and sandals", "unsupported"),
        D.sleeve_length("long", "contradiction"),
        title="Women Daisy Print Square Neck Sundress",
        category="Women Dresses",
        color="Mustard Yellow",
        gender="Women",
    ),
    # photo: woman in an oversized heather grey hoodie with a kangaroo pocket, black biker shorts, bare wrists, white
    # backdrop, full length; a pullover with no zip.
    # caption: adapter
    case(
        "X379-011",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "The lady wears a three-point shorts. The shorts are with cotton fabric and solid color patterns. There "
            "is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black shorts"),
        D.color("black", "other_garment_color"),
        D.garment_type("hoodie"),
        fit("oversized"),
        D.details("it has a hood and a pocket in the front and a zipper", "unsupported"),
        title="Women Drop Shoulder Kangaroo Pocket Oversized Hoodie",
        category="Women Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a burgundy rib-knit bodycon midi dress with long sleeves and a crew neck, grey backdrop, full
    # length.
    # caption: adapter
    case(
        "X379-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a maroon dress"),
        D.color("red"),
        D.sleeve_length("long"),
        fit("tight"),
        D.material("it is made of fabric", "non_answer"),
        neckline("v neck", "contradiction"),
        title="Women Rib Knit Crew Neck Bodycon Midi Dress",
        category="Women Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a lilac linen-blend co-ord: short-sleeve cropped camp-collar shirt and matching wide-leg
    # trousers, white backdrop, full length.
    # caption: adapter
    case(
        "X379-013",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and pants"),
        color_top("purple"),
        color_pants("purple"),
        D.color("pink", "contradiction"),
        D.description(
            "a purple two piece set with a shirt and pants Question: what is the material? Answer: linen",
            "leak",
        ),
        D.material("linen"),
        title="Women Linen Blend Crop Shirt And Wide Leg Pants Co-ord Set",
        category="Women Co-ords",
        color="Lilac",
        gender="Women",
    ),
    # photo: woman in a black sleeveless V-neck wide-leg jumpsuit with a self-tie belt and no visible pockets, grey
    # backdrop, full length.
    # caption: adapter
    case(
        "X379-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The neckline of it is V-shape. The pants are with cotton fabric and solid color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        D.color("black"),
        D.details("it has a belt and a v neck and pockets", "unsupported"),
        title="Women Belted Wide Leg Sleeveless Jumpsuit",
        category="Women Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a white broderie (eyelet) cotton blouse with puff sleeves and a frilled round collar, pink
    # skirt, white backdrop, full length.
    # caption, material: adapter
    case(
        "X379-015",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The female wears a short skirt. The skirt is with cotton fabric and solid color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a pink skirt"),
        D.color("pink", "other_garment_color"),
        is_a("blouse", "yes"),
        D.details("it has lace on the sleeves and ruffles"),
        D.material(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls Eyelet Embroidery Puff Sleeve Blouse",
        category="Girls Tops",
        color="White",
        gender="Girls",
    ),
    # photo: woman in olive green cargo shorts with flap pockets, white tank top, white backdrop, full length.
    # caption: adapter
    case(
        "X379-016",
        caption(
            "The lady wears a tank tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric. The neckline of it is round. The shorts are with cotton fabric and solid color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and green shorts"),
        D.color("green"),
        color_shorts("brown", "contradiction"),
        D.details("they are short", "non_answer"),
        D.garment_type("shorts"),
        D.material("cotton"),
        title="Women Flap Pocket Cargo Shorts",
        category="Women Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a navy single-breasted blazer over a white tee, blue jeans, grey backdrop, cropped at the knee.
    # caption: adapter
    case(
        "X379-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears a long denim pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black blazer and a white shirt", "contradiction"),
        D.color("blue"),
        color_jacket("blue"),
        D.details("it has two buttons and pockets"),
        fit("it is a blazer", "non_answer"),
        title="Women Single Breasted Tailored Blazer",
        category="Women Blazers",
        color="Navy",
        gender="Women",
    ),
    # photo: woman in a rust satin long-sleeve button-front blouse tucked into a black midi skirt, white backdrop,
    # full length.
    # caption: adapter
    case(
        "X379-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt and a black skirt"),
        D.color("brown"),
        D.description("the shirt is orange and the skirt is orange", "contradiction"),
        D.material("satin"),
        D.sleeve_length("long"),
        title="Women Satin Button Front Long Sleeve Shirt",
        category="Women Blouses",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in a white short-sleeve tee with "PARIS" printed in black letters, black jeans, grey backdrop,
    # cropped at the thigh.
    # caption: adapter
    case(
        "X379-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with the word paris on it"),
        D.color("black", "other_garment_color"),
        D.pattern("graphic"),
        D.details("the shirt says paris in black letters"),
        D.material("the shirt is white", "restated"),
        title="Women Paris Letter Graphic Tee",
        category="Women T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in a white pleated tennis mini skirt and a grey cropped sweatshirt, a thin silver bracelet on her
    # left wrist, white backdrop, full length.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X379-020",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a short skirt. The sweatshirt is "
            "with cotton fabric. It has a round neckline. The skirt is with cotton fabric and solid color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a white sweatshirt and white skirt", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        color_skirt("white"),
        D.details("the skirt is pleated"),
        title="Women High Waist Pleated Tennis Skirt",
        category="Women Skirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in an oversized light-wash denim jacket over a black turtleneck, black mini skirt, white
    # backdrop, cropped at the knee.
    # caption, details: adapter
    case(
        "X379-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel neckline. The lady wears a medium short skirt. The skirt is with leather fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a jean jacket and a black skirt"),
        D.color("blue"),
        color_jacket("black", "other_garment_color"),
        D.material("denim"),
        D.details(
            "The jacket is with denim fabric and pure color patterns. It has a lapel neckline. The jacket is with "
            "denim fabric and",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Women Oversized Drop Shoulder Denim Jacket",
        category="Women Jackets",
        color="Light Blue",
        gender="Women",
    ),
    # photo: woman in a terracotta tiered maxi skirt with a cream floral print (viscose, opaque), white tee tucked
    # in, tan backdrop, full length.
    # caption: adapter
    case(
        "X379-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a long skirt"),
        color_skirt("white", "other_garment_color"),
        D.pattern("floral"),
        D.description("a long skirt with a floral print and ruffles"),
        D.material("silk", "unsupported"),
        is_a("dress", "no"),
        title="Women Floral Print Tiered Maxi Skirt",
        category="Women Skirts",
        color="Multicolor",
        gender="Women",
    ),
    # photo: woman in a black one-shoulder bodycon mini dress with one long sleeve, bare arms otherwise, grey
    # backdrop, full length, no belt.
    # caption: adapter
    case(
        "X379-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist. There is a ring on "
            "her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black dress with a black belt", "unsupported"),
        neckline("one shoulder"),
        D.sleeve_length("long"),
        fit("bodycon"),
        D.details("the dress is black", "restated"),
        title="Women One Shoulder Bodycon Mini Dress",
        category="Women Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a navy and white breton-striped long-sleeve tee, blue jeans, white backdrop, cropped at the
    # knee; no chest pocket.
    # caption: adapter
    case(
        "X379-024",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears a long-sleeve T-shirt with striped patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and jeans"),
        D.pattern("striped"),
        D.color("white"),
        D.sleeve_length("long"),
        D.description("a long sleeve striped shirt with a pocket on the chest", "unsupported"),
        title="Women Breton Stripe Long Sleeve Tee",
        category="Women T-Shirts",
        color="Navy and White",
    ),
    # photo: woman in a mint green short-sleeve cropped button cardigan worn as a top, white jeans, front view,
    # white backdrop, cropped at the thigh.
    # caption: adapter
    case(
        "X379-025",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a V-shape neckline. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweater and white jeans"),
        D.color("blue", "contradiction"),
        D.garment_type("cardigan"),
        D.sleeve_length("short"),
        D.details("the sweater has buttons on the front and a bow on the back", "unsupported"),
        title="Women Short Sleeve Crop Knit Cardigan",
        category="Women Cardigans",
        color="Mint Green",
        gender="Women",
    ),
    # photo: woman in black ripped skinny jeans (torn knees) with a white cropped tank top, grey backdrop, full
    # length.
    # caption: adapter
    case(
        "X379-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a long denim pants. The pants are with denim fabric and solid "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and black ripped jeans", "contradiction"),
        color_jeans("black"),
        D.color("black"),
        D.details("the jeans have holes in the knees"),
        fit("they are jeans", "non_answer"),
        D.material("denim"),
        title="Women Ripped Knee Skinny Jeans",
        category="Women Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an oversized red and black plaid flannel shirt worn open over a black tank, blue jeans, white
    # backdrop, cropped at the knee.
    # caption: adapter
    case(
        "X379-027",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a red plaid shirt and jeans", "pronoun"),
        D.color("blue", "other_garment_color"),
        D.pattern("plaid"),
        D.material("wool", "unsupported"),
        title="Women Oversized Plaid Flannel Shirt",
        category="Women Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a red dress with white polka dots, short puff sleeves and a white Peter Pan collar, white
    # backdrop, full length, a red bow in her hair.
    # caption: adapter
    case(
        "X379-028",
        caption(
            "The female wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her head. The female wears a short-sleeve dress with graphic "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress with white polka dots"),
        D.color("red"),
        D.pattern("polka dot"),
        D.details("white collar and short sleeves"),
        D.description(
            "a red and white polka dot dress Question: what is the color of the shoes? Answer:",
            "leak",
        ),
        title="Girls Polka Dot Peter Pan Collar Dress",
        category="Girls Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in white linen wide-leg trousers and a beige ribbed tank, beige wall behind, full length.
    # caption: adapter
    case(
        "X379-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white pants and a white top", "contradiction"),
        D.color("white"),
        color_pants("beige", "other_garment_color"),
        fit("wide leg"),
        D.material("linen"),
        D.details("the pants are white", "restated"),
        title="Women Linen Wide Leg Trousers",
        category="Women Pants",
        color="White",
        gender="Women",
    ),
    # photo: woman in a pink tweed cropped jacket with gold buttons (no chain trim) over a white cami, matching pink
    # tweed mini skirt, grey backdrop, full length.
    # caption: adapter
    case(
        "X379-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a short skirt. The jacket is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and solid color patterns. There "
            "is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink jacket and a pink skirt and a pink shirt", "contradiction"),
        color_jacket("pink"),
        color_skirt("white", "other_garment_color"),
        D.material("tweed"),
        D.details("gold buttons and a chain on the pocket", "unsupported"),
        D.description("a pink jacket and skirt set"),
        title="Women Tweed Crop Jacket And Mini Skirt Set",
        category="Women Co-ords",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a sky blue off-the-shoulder top with short ruffle sleeves, denim shorts, white backdrop, full
    # length.
    # caption: adapter
    case(
        "X379-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. The neckline of it is V-shape. The shorts are with denim fabric and solid color "
            "patterns. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue top and jean shorts"),
        neckline("off the shoulder"),
        D.color("blue"),
        color_shorts("blue"),
        D.sleeve_length("long", "contradiction"),
        D.details("ruffles on the top and a bow on the", "cut"),
        title="Women Off Shoulder Ruffle Trim Blouse",
        category="Women Blouses",
        color="Light Blue",
        gender="Women",
    ),
    # photo: woman in a khaki belted cotton trench coat over a black top and blue jeans, grey backdrop, full length.
    # caption: adapter
    case(
        "X379-032",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a tan trench coat and jeans"),
        D.color("beige"),
        D.garment_type("coat"),
        D.details("a belt and buttons on the front"),
        D.material("leather", "unsupported"),
        title="Women Double Breasted Belted Cotton Trench Coat",
        category="Women Coats",
        color="Khaki",
        gender="Women",
    ),
    # photo: woman in a white square-neck top with a red cherry print and short puff sleeves, blue jeans, white
    # backdrop, cropped at the hip.
    # caption, details: adapter
    case(
        "X379-033",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with cherries on it"),
        D.color("red", "contradiction"),
        neckline("square"),
        D.sleeve_length("short"),
        D.description("a white top with red cherries and puffy sleeves"),
        D.details(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Women Cherry Print Puff Sleeve Square Neck Top",
        category="Women Tops",
        color="White",
        gender="Women",
    ),
    # photo: woman in a heather grey hoodie and jogger lounge set, white backdrop, full length.
    # caption: adapter
    case(
        "X379-034",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and solid color "
            "patterns. The pants are with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sweat suit"),
        color_top("grey"),
        color_pants("grey"),
        D.material("cotton Question: what is the color of the pants? Answer: grey", "leak"),
        fit("loose"),
        D.details(
            "Question: What are the details of the garment? Answer: a hood and pockets",
            "leak",
        ),
        title="Women Hoodie And Jogger Lounge Set",
        category="Women Co-ords",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a white chiffon long-sleeve blouse with a pink floral print and a pussy-bow neck, tucked into
    # black trousers, white backdrop, cropped at the knee.
    # caption, material: adapter
    case(
        "X379-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white blouse with pink flowers and black pants"),
        D.color("white"),
        D.pattern("floral"),
        D.details("a bow at the neck"),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "stand neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        title="Women Floral Print Tie Neck Chiffon Blouse",
        category="Women Blouses",
        color="White",
        gender="Women",
    ),
    # photo: woman in black high-waist paperbag shorts with a self-tie belt, cream short-sleeve knit top, cream
    # backdrop, full length.
    # caption: adapter
    case(
        "X379-036",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns and a medium short skirt. The sweater is "
            "with knitted fabric. It has a round neckline. The skirt is with cotton fabric and solid color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white sweater and black shorts", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("shorts"),
        D.details("a belt and a bow at the waist"),
        is_a("skirt", "no"),
        title="Women Paperbag Waist Belted Shorts",
        category="Women Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in an emerald green ruched mesh long-sleeve top, black trousers, white backdrop, cropped at the
    # thigh.
    # caption: adapter
    case(
        "X379-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green pants", "contradiction"),
        D.color("green"),
        D.description("a green top with a gathered front"),
        D.details("ruching on the sides"),
        D.material("mesh"),
        fit("it is a shirt", "non_answer"),
        title="Women Ruched Mesh Long Sleeve Top",
        category="Women Tops",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a mid-blue denim dungaree (overall with long legs, bib and buttoned straps) over a white tee,
    # white backdrop, full length.
    # caption: adapter
    case(
        "X379-038",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The female wears a long denim pants. The pants are with denim fabric and solid "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue overalls and a white shirt"),
        D.color("white", "other_garment_color"),
        D.garment_type("jumpsuit"),
        D.details("the overalls are blue", "restated"),
        title="Girls Denim Dungaree",
        category="Girls Jumpsuits",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a black satin cami top with lace trim at the V-neck, blue jeans, grey backdrop, cropped at the
    # hip.
    # caption: adapter
    case(
        "X379-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "neckline of it is V-shape. The lady wears a long denim pants. The pants are with denim fabric and solid "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black lace top and black jeans", "contradiction"),
        D.color("blue", "other_garment_color"),
        neckline("v neck"),
        D.material("satin"),
        D.details("lace around the neck"),
        D.sleeve_length("sleeveless"),
        title="Women Lace Trim Satin Cami Top",
        category="Women Tops",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a white chiffon mini dress with a small blue floral print, long puff sleeves, V-neck and a
    # ruffle hem, no belt, white backdrop, full length.
    # caption: adapter
    case(
        "X379-040",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of short length. There is an accessory on her wrist. There is a ring on "
            "her finger. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress with blue flowers"),
        D.color("white"),
        D.pattern("floral"),
        D.sleeve_length("long"),
        D.description(
            "a white and blue floral dress with ruffles and long sleeves and a belt",
            "unsupported",
        ),
        D.material("chiffon"),
        title="Women Ditsy Floral Ruffle Hem Chiffon Dress",
        category="Women Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a black cropped puffer jacket over a grey hoodie, black leggings, white backdrop, full length.
    # caption: adapter
    case(
        "X379-041",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and solid color "
            "patterns. The lady wears a long leggings. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and a black hoodie", "contradiction"),
        D.color("grey", "other_garment_color"),
        color_jacket("black"),
        D.details("it's a jacket", "non_answer"),
        fit("cropped"),
        D.material("down", "unsupported"),
        title="Women Cropped Puffer Jacket",
        category="Women Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a black maxi slip dress with white polka dots and spaghetti straps, layered over a white
    # short-sleeve tee, white backdrop, full length.
    # caption: adapter
    case(
        "X379-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic "
            "patterns. There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress and a white t-shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dot"),
        is_a("dress", "yes"),
        D.sleeve_length("short", "contradiction"),
        title="Women Polka Dot Cami Maxi Dress",
        category="Women Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a cream cable-knit V-neck sweater vest over a white long-sleeve shirt, brown trousers, white
    # backdrop, full length, a watch on her wrist; the vest has no pockets.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X379-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "There is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a sweater vest"),
        D.color("white"),
        D.garment_type("vest"),
        D.sleeve_length("sleeveless"),
        D.material("knit"),
        D.details("a v neck and cable knit pattern and a pocket", "unsupported"),
        title="Women Cable Knit V Neck Sweater Vest",
        category="Women Sweater Vests",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in a red satin bias-cut midi skirt (no slit), black long-sleeve top, grey backdrop, full length.
    # caption: adapter
    case(
        "X379-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and solid color patterns. "
            "There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black shirt and a black skirt", "other_garment_color"),
        D.color("red"),
        color_skirt("red"),
        D.material("satin"),
        D.description("a long red skirt with a slit", "unsupported"),
        title="Women Satin Bias Cut Midi Skirt",
        category="Women Skirts",
        color="Red",
    ),
    # photo: girl in a lavender knit cardigan with small embroidered flowers, open over a white cotton dress, white
    # backdrop, full length.
    # caption: adapter
    case(
        "X379-045",
        caption(
            "The female wears a long-sleeve sweater with floral patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The female wears a long-sleeve sweater with floral patterns. The sweater is with "
            "knitted fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple sweater and a white dress"),
        D.color("white", "other_garment_color"),
        color_cardigan("purple"),
        D.details("it has flowers on it"),
        D.material("it is made of", "cut"),
        D.description("he is wearing a purple cardigan", "pronoun"),
        title="Girls Floral Embroidered Knit Cardigan",
        category="Girls Cardigans",
        color="Lavender",
        gender="Girls",
    ),
    # photo: woman in a yellow rib-knit tank top and matching yellow biker shorts set, a white watch on her left
    # wrist, white backdrop, full length.
    # caption: adapter (ends on a full stop at its limit)
    case(
        "X379-046",
        caption(
            "The lady wears a tank tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric. The neckline of it is round. The shorts are with cotton fabric and solid color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        D.wearing("a yellow tank top and shorts"),
        color_top("yellow"),
        color_shorts("orange", "contradiction"),
        fit("tight"),
        D.material("cotton"),
        D.details("the top and shorts are yellow", "restated"),
        title="Women Rib Knit Tank Top And Biker Shorts Set",
        category="Women Co-ords",
        color="Yellow",
        gender="Women",
    ),
]
