"""BLIND_498 (46 products; women's tops, t-shirts, shirts and sweatshirts on models in jeans, skirts, trousers): written
blind in the forty-ninth session. Measured blind at 7074bb3 (the session's rules as they stood): 112/126 failures
found (88.9%) and 5/166 correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's topwear: t-shirts (solid, striped, slogan and graphic prints,
tie-dye, polo), tops (floral, polka-dot and geometric prints, wrap, smocked, off-shoulder, crop, lace), shirts (solid,
gingham, buffalo and tartan checks, pinstripes, denim, leopard print, longline) and sweatshirts (solid, printed,
colour-blocked, hooded, cropped). Every photo shows the product on a model who also wears jeans, a skirt or trousers,
sometimes over a tee or with a wall, plant, stool or brick backdrop. Each row has the seller's title, category, color
and gender; a few rows miss one column, as real feeds do. The questions are the experiments' own (What is she
wearing? What is the color of the top? Describe the top. What are the top details?) plus enrich's closed
garment_type, color, pattern and sleeve_length, a few per-piece colors, "Is this a ...?" and the material question.

Who wrote what: the caption and the open answers come from the untuned base `Salesforce/blip2-opt-2.7b` unless the
comment above the case names an adapter. The base writes short lowercase texts ("a woman in a striped t - shirt and
jeans", BLIP's spaced "t - shirt" included) and stops on its own: never hit_limit. The caption adapter
(`leoreigoto/...Caption`, epoch 3, and `...Caption_First_Epoch`, epoch 1) was trained on DeepFashion templates with
no end token: it runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True) and returns the
template to any question; the epoch-1 adapter sometimes starts with a short real answer ("a blue denim shirt with two
pockets.") before it drifts into the template. The VQA adapter (`Data3_V3_BLIP2_VQA`) learned only one-word colors,
In-shop garment names and yes/no, also with no end token and with the prompt in its labels: it repeats its word
until the limit ("pink pink pink ...") or writes the next "Question: ... Answer: ..." itself; used as the captioner
it returns the same. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors and the
yes/no "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets: never a loop or a cut,
but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, teal or indigo; green for olive, teal or lime; red
  for maroon or burgundy; yellow for mustard; pink for peach or fuchsia; orange for coral; purple for lavender;
  white for off white or cream; grey for grey melange or charcoal. Two texts of one product that pick different
  shade words (blue and green for teal) are both correct.
- Wrong shade families are contradiction: navy as black, mustard as orange, burgundy as brown, charcoal given the
  red of its print, olive as grey. A closed or open color of the top that is the color of another visible garment
  (the jeans, the skirt, the trousers, the white tee under an open shirt) is other_garment_color. The color of a
  wall or backdrop given to a garment is contradiction (no garment in the photo has it).
- An outfit answer that gives the bottom the top's color ("yellow jeans" for black jeans, "black pants" for grey
  joggers) is contradiction, and so is a per-piece color question answered with the wrong color.
- Multi-colored garments named by all their colors ("a navy blue and white striped t - shirt" for Navy Blue, "a
  black and white floral top" for Black) are correct; so is naming the layered outfit ("a white t - shirt and a plaid
  shirt" for the shirt worn open over a tee), a leopard print as "animal", a tropical print as "floral", a polo as
  "t-shirt", a hoodie as "sweatshirt", a sweatshirt as "sweater", a shirt-style top as "shirt", a top as "blouse".
  A denim shirt called a jacket, a leopard shirt called a jacket, a colour-blocked sweatshirt called a jacket and a
  longline shirt-top called a dress are contradiction.
- Captions that only mention the backdrop ("a woman standing in front of a brick wall") or that name a wall, plant
  or stool next to a correct garment are correct.
- Invented details not in the photo (a pocket the tee lacks, a hood on a crew-neck sweatshirt, a skull on a band
  print, a bow or zipper on a back the front view does not show, a tie at the waist) are unsupported. A material
  the title names or the photo plainly shows (satin, denim, lace, fleece, cotton for a cotton shirt) is correct; a
  plausible "cotton" for a printed cotton-look top or sweatshirt is correct; wool, silk, velvet, linen, denim for a
  top (the jeans' fabric) or "cotton and lace" where there is no lace are unsupported.
- The wrong closed pattern or sleeve candidate (striped for checks or a solid, checked for stripes, floral for a
  solid, sleeveless for short or off-shoulder sleeves, long sleeves for short ones) is contradiction.
- Adapter and VQA texts (all hit_limit=True): one that repeats a sentence or a word of its own is loop; one that stops
  mid-sentence without repeating is cut; one that writes "Question: ... Answer:" is leak. The template returned for
  the material question or for the color question is the question not answered: restated for material (the
  template mentions "cotton fabric" but answers the template, not the question), non_answer for color (no color at
  all). The template answering "What is she wearing?", "Describe the top." or the details question does answer it:
  cut or loop. One epoch-3 details text happens to reach its limit at the end of a true sentence (X498-036): it says
  nothing wrong and is labelled correct, hit_limit kept.
- A base answer stopped early ("a grey sweatshirt and") is cut, without hit_limit. An empty answer, "it is a top",
  "it is a sweatshirt", "the details of the top", "the top has details" say nothing: non_answer. "describe the top"
  and "the top details" hand back the question: restated; so does a material answer that only names the garment.
- A base answer that runs on into "Question: ... Answer: ..." is leak even where its first words are right.
- "he" for a woman, and a caption saying "a man" for a woman model, are pronoun.
- The VQA adapter's "Is this a ...?" is never used; those are reference-engine yes/no answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")


def rep(word: str, times: int) -> str:
    """What the VQA adapter writes when it never stops: its one-word answer until the token limit."""
    return " ".join([word] * times)


BLIND_498 = [
    # photo: model in a navy and white horizontal striped short-sleeve round-neck tee tucked into light blue jeans;
    # plain white studio backdrop, front view. No adapter.
    case(
        "X498-001",
        caption("a woman wearing a striped t - shirt and jeans"),
        wearing("a striped shirt and jeans", who="she"),
        color_of("top", "blue"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        describe("top", "a navy blue and white striped t - shirt with a pocket", "unsupported"),
        title="Roadster Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black crepe top with a small white floral print, short flutter sleeves, round neck, with
    # white straight trousers; grey backdrop. caption, details: caption adapter (epoch 3)
    case(
        "X498-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white floral top and white pants", who="she"),
        color_of("top", "white", "other_garment_color"),
        D.pattern("floral"),
        details(
            "top",
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a short-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Women Black Floral Printed Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard crew-neck sweatshirt with ribbed cuffs and hem, black skinny jeans, hands in the
    # pockets; white backdrop. details: caption adapter (epoch 3)
    case(
        "X498-003",
        caption("a woman in a yellow sweatshirt and black jeans"),
        wearing("a yellow sweater and yellow jeans", "contradiction", who="she"),
        color_of("top", "yellow"),
        D.garment_type("sweatshirt"),
        D.sleeve_length("long sleeves"),
        details(
            "top",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Mast & Harbour Women Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a white short-sleeve tee with a black "BE KIND" slogan print, mid-blue denim mini skirt,
    # standing against a pink painted wall. color of the top: VQA adapter
    case(
        "X498-004",
        caption("a woman in a white t - shirt standing in front of a pink wall"),
        wearing("a white t - shirt with a pink skirt", "contradiction", who="she"),
        color_of("top", rep("pink", 30), "loop", kind="open", hit_limit=True),
        D.pattern("printed"),
        is_a("t-shirt", "yes"),
        describe("top", "a white t - shirt with the words be kind on it"),
        details("top", "the top has details", "non_answer"),
        title="Tokyo Talkies Women White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a red and black buffalo-check flannel shirt worn open over a black tank top, two chest flap
    # pockets, long sleeves, black skinny jeans; white backdrop. No adapter.
    case(
        "X498-005",
        caption("a woman wearing a red and black plaid shirt"),
        wearing("a red plaid shirt and red jeans", "contradiction", who="she"),
        color_of("top", "red"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        details("top", "the shirt has two pockets on the front and buttons down the front"),
        title="Roadster Women Red & Black Buffalo Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a solid peach top with short ruffled sleeves and a round neck, tucked into white high-waist
    # trousers; beige backdrop. caption, description: caption adapter (epoch 1)
    case(
        "X498-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and white pants", who="she"),
        color_of("top", "pink"),
        describe(
            "top",
            "a pink top with ruffles on the sleeves. The shirt is with cotton fabric and pure color patterns. It has "
            "a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        D.pattern("floral", "contradiction"),
        title="DressBerry Women Peach-Coloured Solid Ruffle Sleeve Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a grey melange crew-neck sweatshirt with a small white "HRX" chest print, black track pants;
    # white backdrop, front view. details: caption adapter (epoch 3)
    case(
        "X498-007",
        caption("a woman in a grey sweatshirt and black pants"),
        wearing(
            "a grey sweatshirt and black pants Question: what is the color of the pants? Answer: black",
            "leak",
            who="she",
        ),
        color_of("top", "grey"),
        D.garment_type("sweatshirt"),
        describe("top", "a grey sweatshirt with a hood", "unsupported"),
        details(
            "top",
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The sweater is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="HRX Women Grey Melange Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a black and white vertical-striped shirt-style top, spread collar, button placket, long
    # sleeves rolled to the elbow, tucked into a black mini skirt; white backdrop. No adapter.
    case(
        "X498-008",
        caption("a woman wearing a black and white striped shirt and a black skirt"),
        wearing("a striped shirt and a black skirt", who="she"),
        color_of("top", "black"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        details("top", "the top details", "restated"),
        title="SASSAFRAS Women Black & White Striped Shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: short-haired model in an olive green utility shirt with two flap pockets, long sleeves, worn untucked
    # over blue jeans; grey backdrop. No adapter.
    case(
        "X498-009",
        caption("a man wearing a green shirt and jeans", "pronoun"),
        wearing("a green shirt and blue jeans", who="she"),
        color_of("top", "green"),
        describe("top", "a green button up shirt with two pockets"),
        D.garment_type("shirt"),
        D.color("blue", "other_garment_color"),
        D.material("a green shirt", "restated"),
        title="Vero Moda Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a maroon top with a small white geometric print, three-quarter sleeves, keyhole neck with a
    # tie, black trousers; white backdrop. caption, wearing, color of the top: caption adapter (epoch 3)
    case(
        "X498-010",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        title="Harpa Women Maroon Geometric Printed Keyhole Neck Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an oversized white cotton poplin shirt, long sleeves, collar, light blue wide-leg jeans,
    # against a yellow wall with a potted plant beside her. description: caption adapter (epoch 3)
    case(
        "X498-011",
        caption("a woman in a white shirt and jeans standing next to a plant"),
        wearing("a white shirt and blue jeans", who="she"),
        color_of("top", "yellow", "contradiction"),
        describe(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.pattern("striped", "contradiction"),
        title="ONLY Women White Solid Oversized Cotton Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy hooded sweatshirt with a kangaroo pocket and white drawstrings, light grey jeans; white
    # backdrop. caption, wearing, color of the top: VQA adapter
    case(
        "X498-012",
        caption(rep("hoodie", 50), "loop", hit_limit=True),
        wearing(rep("sweatshirt", 30), "loop", who="she", hit_limit=True),
        color_of("top", rep("blue", 30), "loop", kind="open", hit_limit=True),
        D.garment_type("sweatshirt"),
        D.color("blue"),
        is_a("hoodie", "yes"),
        D.sleeve_length("long sleeves"),
        title="Mast & Harbour Women Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a blue and white gingham shirt, short sleeves, knotted at the waist, white straight jeans;
    # white backdrop. No adapter.
    case(
        "X498-013",
        caption("a woman wearing a blue and white checkered shirt and white jeans"),
        wearing("a blue and white plaid shirt and blue jeans", "contradiction", who="she"),
        color_of("top", "blue"),
        D.pattern("checked"),
        details("top", "the shirt is tied at the waist"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_jeans("blue", "contradiction"),
        title="Roadster Women Blue & White Gingham Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a lavender ribbed short-sleeve crop top, high-waist black jeans; white backdrop.
    # details: caption adapter (epoch 3)
    case(
        "X498-014",
        caption("a woman in a purple crop top and black jeans"),
        wearing("a crop top", who="she"),
        color_of("top", "purple"),
        describe("top", "it is a top", "non_answer"),
        details(
            "top",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The pants this lady "
            "wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("top"),
        D.material("denim", "unsupported"),
        title="Tokyo Talkies Women Lavender Ribbed Crop Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a coral top with white polka dots, short puff sleeves, square neck, blue skinny jeans;
    # white backdrop. caption, details: caption adapter (epoch 3)
    case(
        "X498-015",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The pants this lady wears is of long length. The pants are with denim fabric and solid "
            "color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange top with white polka dots and blue jeans", who="she"),
        color_of("top", "orange"),
        D.pattern("polka dots"),
        details(
            "top",
            "The shirt is with chiffon fabric and graphic patterns. It has a square neckline. The shirt is with "
            "chiffon fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="HERE&NOW Women Coral Orange Polka Dot Print Puff Sleeve Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a white off-shoulder top with thin black horizontal stripes, three-quarter sleeves, mid-blue
    # denim midi skirt; white backdrop. description: caption adapter (epoch 3)
    case(
        "X498-016",
        caption("a woman in a striped off the shoulder top"),
        wearing("a black and white striped shirt and a black skirt", "contradiction", who="she"),
        color_of("top", "white"),
        D.pattern("striped"),
        D.sleeve_length("sleeveless", "contradiction"),
        describe(
            "top",
            "The lady wears a medium-sleeve shirt with striped patterns. The shirt is with cotton fabric. The lady "
            "wears a medium-sleeve shirt with striped",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women White & Black Striped Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black short-sleeve tee with a red and white rock-band graphic (band name over a guitar),
    # tucked into a red tartan mini skirt; white backdrop. No adapter.
    case(
        "X498-017",
        caption("a woman wearing a black t - shirt and a red plaid skirt"),
        wearing("a black shirt and a plaid skirt", who="she"),
        color_of("top", "red", "other_garment_color"),
        D.pattern("graphic"),
        is_a("t-shirt", "yes"),
        details("top", "a skull on the front", "unsupported"),
        D.material("", "non_answer"),
        title="H&M Women Black Band Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal round-neck short-sleeve tee with a front knot, black jeans; grey backdrop.
    # description, details: caption adapter (epoch 1)
    case(
        "X498-018",
        caption("a woman in a blue t - shirt and black jeans"),
        wearing("a green shirt and black jeans", who="she"),
        color_of("top", "green"),
        describe(
            "top",
            "a blue t-shirt with a knot at the front. The T-shirt is with cotton fabric. It has a round neckline. "
            "The T-shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        details(
            "top",
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The pants this lady "
            "wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("short sleeves"),
        D.pattern("striped", "contradiction"),
        title="Roadster Women Teal Blue Solid Round Neck Knotted T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: model seated on a white wooden stool in a baby pink sweatshirt with a white script "Paris" print and
    # white trousers; white backdrop. No adapter. The feed row has no color.
    case(
        "X498-019",
        caption("a woman sitting on a stool wearing a pink sweatshirt"),
        wearing("a pink sweatshirt and white pants", who="she"),
        color_of("top", "pink"),
        details("top", "the details of the top", "non_answer"),
        D.material("a pink sweatshirt", "restated"),
        D.garment_type("sweatshirt"),
        title="Mast & Harbour Women Pink Typography Printed Sweatshirt",
        category="Sweatshirts",
        gender="Women",
    ),
    # photo: model in an oversized beige and brown checked shirt worn open over a white tee, brown trousers;
    # cream backdrop. wearing, description: caption adapter (epoch 3)
    case(
        "X498-020",
        caption("a woman in a plaid shirt and brown pants"),
        wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve",
            "loop",
            who="she",
            hit_limit=True,
        ),
        describe(
            "top",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color"),
        D.pattern("checked"),
        is_a("shirt", "yes"),
        title="Vero Moda Women Beige & Brown Checked Oversized Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black satin wrap top with long sleeves and a V neck, tucked into a white pleated midi skirt;
    # grey backdrop. No adapter.
    case(
        "X498-021",
        caption("a woman wearing a black top and a white skirt"),
        wearing("a black wrap top", who="she"),
        color_of("top", "black"),
        describe("top", "a black top with a v neck Question: what is the color of the skirt? Answer: white", "leak"),
        D.material("satin"),
        D.sleeve_length("long sleeves"),
        color_skirt("black", "contradiction"),
        title="DressBerry Women Black Solid Satin Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a yellow and white tie-dye short-sleeve tee, blue jeans; white backdrop.
    # wearing, color of the top: VQA adapter
    case(
        "X498-022",
        caption("a woman in a tie dye shirt and jeans"),
        wearing(rep("tee", 30), "loop", who="she", hit_limit=True),
        color_of("top", rep("yellow", 30), "loop", kind="open", hit_limit=True),
        D.pattern("striped", "contradiction"),
        D.color("yellow"),
        describe("top", "a yellow and white tie dye t - shirt"),
        title="HRX Women Yellow Tie-Dye Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a burgundy cropped sweatshirt with long sleeves, blue mom jeans, in front of a red-brown
    # brick wall. No adapter.
    case(
        "X498-023",
        caption("a woman standing in front of a brick wall"),
        wearing("a red sweatshirt and jeans", who="she"),
        color_of("top", "brown", "contradiction"),
        D.garment_type("sweatshirt"),
        D.sleeve_length("long sleeves"),
        details("top", "it is cropped Question: what is the color of the jeans? Answer: blue", "leak"),
        title="Roadster Women Burgundy Solid Cropped Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a white shirt with a blue floral print, long sleeves, collar, tucked into blue jeans; white
    # backdrop. caption, details, material: caption adapter (epoch 3)
    case(
        "X498-024",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and solid "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt with blue flowers and jeans", who="she"),
        color_of("top", "white"),
        details(
            "top",
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants",
            "restated",
            hit_limit=True,
        ),
        D.pattern("floral"),
        title="SASSAFRAS Women White & Blue Floral Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a green and white pinstriped shirt, long sleeves, tucked into beige trousers with a brown
    # belt; white backdrop. details: caption adapter (epoch 3)
    case(
        "X498-025",
        caption("a woman in a green striped shirt and beige pants"),
        wearing("he is wearing a green and white striped shirt", "pronoun", who="she"),
        color_of("top", "green"),
        D.pattern("striped"),
        details(
            "top",
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The pants this lady wears "
            "is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt"),
        color_pants("green", "contradiction"),
        title="ONLY Women Green & White Pinstriped Formal Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in a sleeveless V-neck white top with a tropical print of green leaves and pink flowers, mustard
    # yellow A-line skirt; white backdrop. description: caption adapter (epoch 1)
    case(
        "X498-026",
        caption("a woman in a floral top and yellow skirt"),
        wearing("a floral top and yellow skirt", who="she"),
        color_of("top", "yellow", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        describe(
            "top",
            "a white top with green leaves and pink flowers. The tank top is with chiffon fabric and floral patterns. "
            "It has a v-shape",
            "cut",
            hit_limit=True,
        ),
        details("top", "a v neck and a tie at the waist", "unsupported"),
        title="Tokyo Talkies Women White Tropical Printed Sleeveless Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a mustard solid shirt with long sleeves, black trousers, in front of a green leafy plant
    # backdrop. caption, wearing: caption adapter (epoch 1)
    case(
        "X498-027",
        caption(
            "a woman in a yellow shirt and black pants. The shirt is with cotton fabric and pure color patterns. It "
            "has a lapel neckline. The pants this lady wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a yellow shirt and black pants. The shirt is with cotton fabric and pure color patterns. The pants are "
            "with cotton fabric and pure color",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "orange", "contradiction"),
        D.garment_type("shirt"),
        D.sleeve_length("long sleeves"),
        title="Harpa Women Mustard Solid Casual Shirt",
        category="Shirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black fleece hoodie with white drawstrings and a kangaroo pocket, grey joggers; white
    # backdrop. details: caption adapter (epoch 3)
    case(
        "X498-028",
        caption("a woman wearing a black hoodie"),
        wearing("a black hoodie and black pants", "contradiction", who="she"),
        color_of("top", "grey", "other_garment_color"),
        details(
            "top",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater with pure",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        is_a("hoodie", "yes"),
        title="Roadster Women Black Solid Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink and white candy-striped shirt, short sleeves, white A-line skirt; white backdrop.
    # caption, wearing, color of the top: VQA adapter
    case(
        "X498-029",
        caption(
            "Question: What is the color of the shirt? Answer: pink Question: What is the color of the skirt? "
            "Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing(rep("blouse", 30), "loop", who="she", hit_limit=True),
        color_of("top", rep("pink", 30), "loop", kind="open", hit_limit=True),
        is_a("shirt", "yes"),
        D.pattern("striped"),
        D.color("pink"),
        title="DressBerry Women Pink & White Striped Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy top with a small white floral print, long balloon sleeves, round neck, blue jeans;
    # white backdrop, front view only. No adapter.
    case(
        "X498-030",
        caption("a woman in a blue floral top and jeans"),
        wearing("she is wearing a blue blouse Question: what is she wearing? Answer: a blouse", "leak", who="she"),
        color_of("top", "black", "contradiction"),
        D.sleeve_length("long sleeves"),
        describe("top", "a blue blouse with white flowers and a bow on the back", "unsupported"),
        D.pattern("floral"),
        title="HERE&NOW Women Navy Blue Floral Printed Balloon Sleeve Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an off-white drop-shoulder sweatshirt, brown checked mini skirt; white backdrop.
    # wearing, description, details: caption adapter (epoch 3)
    case(
        "X498-031",
        caption("a woman in a white sweatshirt and plaid skirt"),
        wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The skirt this",
            "cut",
            who="she",
            hit_limit=True,
        ),
        describe(
            "top",
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater with pure",
            "loop",
            hit_limit=True,
        ),
        details(
            "top",
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The skirt this lady "
            "wears is of short length. The",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "brown", "other_garment_color"),
        D.garment_type("sweatshirt"),
        title="Mast & Harbour Women Off-White Solid Drop-Shoulder Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: model in an olive short-sleeve tee with a white mountain graphic and "wanderlust" lettering, black
    # jeans; white backdrop. No adapter. The feed row has no category.
    case(
        "X498-032",
        caption("a woman wearing a green t - shirt with a mountain on it"),
        wearing("a grey t - shirt and black jeans", "contradiction", who="she"),
        color_of("top", "green"),
        D.pattern("graphic"),
        details("top", "", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Roadster Women Olive Green Graphic Printed T-shirt",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red smocked top with short puff sleeves and a square neck, mid-blue denim skirt; white
    # backdrop, front view. No adapter.
    case(
        "X498-033",
        caption("a woman in a red top and denim skirt"),
        wearing("a red blouse and a jean skirt", who="she"),
        color_of("top", "red"),
        describe("top", "a red top with puffy sleeves"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.material("cotton"),
        details("top", "the top has a zipper on the back", "unsupported"),
        title="Vero Moda Women Red Solid Smocked Puff Sleeve Cotton Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a colour-blocked sweatshirt, royal blue body and white sleeves, black straight trousers;
    # white backdrop. details: caption adapter (epoch 3)
    case(
        "X498-034",
        caption("a woman wearing a blue and white sweatshirt"),
        wearing("a blue and white sweatshirt and black pants", who="she"),
        color_of("top", "black", "other_garment_color"),
        D.pattern("color block"),
        details(
            "top",
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        D.garment_type("jacket", "contradiction"),
        title="HRX Women Blue & White Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a lime green sleeveless top with a tie neck, white skinny jeans; white backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X498-035",
        caption(
            "a woman in a green top and white jeans. The tank top is with cotton fabric and pure color patterns. The "
            "tank top is with cotton fabric and pure color patterns. The tank top is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a green tank top and white jeans", who="she"),
        color_of("top", "white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        details("top", "a bow at the neck"),
        D.material("cotton and lace", "unsupported"),
        title="SASSAFRAS Women Lime Green Solid Tie-Neck Sleeveless Top",
        category="Tops",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a brown and black leopard-print shirt, long sleeves, collar, black trousers; white backdrop.
    # details: caption adapter (epoch 3), stopped by the limit at the end of a sentence
    case(
        "X498-036",
        caption("a woman wearing a leopard print shirt"),
        wearing("a leopard print shirt and brown pants", "contradiction", who="she"),
        color_of("top", "brown"),
        D.pattern("animal"),
        describe("top", "a leopard print button up shirt with a collar"),
        details(
            "top",
            "The shirt is with chiffon fabric and graphic patterns. It has a lapel neckline. The shirt has long "
            "sleeves.",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        title="Harpa Women Brown & Black Leopard Print Chiffon Shirt",
        category="Shirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a grey and white thin-striped boat-neck top with long sleeves, black pencil skirt; white
    # backdrop. No adapter.
    case(
        "X498-037",
        caption("a woman in a grey striped shirt and black skirt"),
        wearing(
            "a grey striped shirt Question: what is the color of the skirt? Answer: black Question: what",
            "leak",
            who="she",
        ),
        color_of("top", "grey"),
        describe("top", "describe the top", "restated"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        title="ONLY Women Grey & White Striped Boat Neck Top",
        category="Tops",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a purple and lilac tie-dye crew-neck sweatshirt, light blue jeans; white backdrop.
    # wearing, color of the top, description: VQA adapter
    case(
        "X498-038",
        caption("a woman in a purple tie dye sweatshirt"),
        wearing(rep("sweatshirt", 30), "loop", who="she", hit_limit=True),
        color_of("top", rep("purple", 30), "loop", kind="open", hit_limit=True),
        describe(
            "top",
            "purple Question: What is the color of the pants? Answer: blue Question: What is the color of the "
            "shirt? Answer: purple",
            "leak",
            hit_limit=True,
        ),
        D.color("purple"),
        D.garment_type("sweatshirt"),
        title="Tokyo Talkies Women Purple Tie-Dye Sweatshirt",
        category="Sweatshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a navy and green tartan flannel shirt with long sleeves worn open over a white tee, blue
    # jeans; white backdrop. details, material: caption adapter (epoch 3)
    case(
        "X498-039",
        caption("a woman in a plaid shirt and jeans"),
        wearing("a white t - shirt and a plaid shirt", who="she"),
        color_of("top", "blue"),
        details(
            "top",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants",
            "restated",
            hit_limit=True,
        ),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Women Navy Blue & Green Tartan Checked Flannel Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a cream top with a lace yoke across the shoulders, short sleeves, blue jeans; grey backdrop.
    # No adapter.
    case(
        "X498-040",
        caption("a woman in a white top and white jeans", "contradiction"),
        wearing("a white lace top and jeans", who="she"),
        color_of("top", "white"),
        details("top", "lace on the shoulders and a pocket", "unsupported"),
        D.material("lace"),
        D.sleeve_length("short sleeves"),
        title="DressBerry Women Cream Solid Top with Lace Yoke",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a charcoal grey sweatshirt with a red varsity "BROOKLYN" print, blue jeans; white backdrop.
    # No adapter.
    case(
        "X498-041",
        caption("a woman wearing a gray sweatshirt with the word brooklyn on it"),
        wearing("a grey sweatshirt and", "cut", who="she"),
        color_of("top", "red", "contradiction"),
        D.garment_type("sweatshirt"),
        D.pattern("printed"),
        describe("top", "it is a sweatshirt", "non_answer"),
        title="HERE&NOW Women Charcoal Grey Varsity Printed Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a light blue denim shirt with long sleeves and two chest pockets, white trousers; white
    # backdrop. description: caption adapter (epoch 1)
    case(
        "X498-042",
        caption("a woman wearing a denim shirt and white pants"),
        wearing("a denim shirt", who="she"),
        color_of("top", "blue"),
        describe(
            "top",
            "a blue denim shirt with two pockets. The shirt is with denim fabric and pure color patterns. It has a "
            "lapel neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        is_a("jacket", "yes", "contradiction"),
        title="Mast & Harbour Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a fuchsia top with long sleeves, a square neck and ruching down the front, black jeans;
    # white backdrop. No adapter.
    case(
        "X498-043",
        caption("a woman in a pink top and black jeans"),
        wearing("a pink top and black jeans", who="she"),
        color_of("top", "pink"),
        describe("top", "he is wearing a pink shirt", "pronoun"),
        D.sleeve_length("long sleeves"),
        D.garment_type("top"),
        D.material("velvet", "unsupported"),
        title="Tokyo Talkies Women Pink Solid Ruched Square Neck Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a bottle green polo t-shirt with a collar and three-button placket, beige A-line skirt;
    # white backdrop. wearing, color of the top: VQA adapter
    case(
        "X498-044",
        caption("a woman in a green polo shirt and a beige skirt"),
        wearing(rep("polo shirt", 15), "loop", who="she", hit_limit=True),
        color_of("top", rep("green", 30), "loop", kind="open", hit_limit=True),
        D.garment_type("t-shirt"),
        is_a("polo shirt", "yes"),
        D.color("beige", "other_garment_color"),
        title="Roadster Women Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in an indigo top with a white block print, three-quarter sleeves, mandarin collar, white
    # trousers; white backdrop. caption, wearing: caption adapter (epoch 3). The feed row has no gender.
    case(
        "X498-045",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The pants this lady",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "blue"),
        D.pattern("printed"),
        D.sleeve_length("three-quarter sleeves"),
        D.material("silk", "unsupported"),
        title="Harpa Women Indigo Blue Block Printed Mandarin Collar Cotton Top",
        category="Tops",
        color="Blue",
    ),
    # photo: model in a black longline shirt-style top reaching mid-thigh, long sleeves, side slits, over blue
    # skinny jeans; white backdrop. No adapter.
    case(
        "X498-046",
        caption("a woman wearing a black dress", "contradiction"),
        wearing("a long black shirt and blue jeans", who="she"),
        D.garment_type("dress", "contradiction"),
        color_of("top", "black"),
        details("top", "slits on the sides"),
        D.material("silk", "unsupported"),
        title="SASSAFRAS Women Black Solid Longline Shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
]
