"""BLIND_216 (46 products; women's western wear, model shots, VQA adapter on the experiments' own questions): written
blind in the fortieth session. Measured blind at 160b8f3 (the session's rules as they stood): 85/111 failures found
(76.6%) and 2/141 correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's western wear (tops, shirts, blouses, sweaters, dresses, skirts, jeans,
jackets, blazers and coats), every photo a model shot: the product worn with other garments (a tee under a jacket, a
sweater tucked into a skirt, a shirt over jeans), on studio backdrops, coloured walls, brick walls, with props (a
plant, a chair, a handbag held, a straw hat worn). Each row has the seller's title, category, color and gender; a few
rows miss the gender or the color. The run asked the original experiments' own questions ("What cloth is the person
wearing?", "What is the color of the {garment}?", "Is this a {garment}?") plus some of the default questionnaire.

Who wrote what: the experiments' VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA) answered "What cloth is the person
wearing?" where the comment says so. It was trained with unmasked labels and no end-of-answer token, on In-shop class
names ("blouse/shirt", "tee/tank", "jacket/coat", "denim"), so it never stops: it repeats the class name or a color
to the 30-token limit, runs on into the `Question: ... Answer:` format it learned from the unmasked prompt, or
strings garments together until it is cut; every VQA adapter text has hit_limit=True. Elsewhere the cloth question
and all the other open questions (wearing, description, details, material) come from the untuned base model, which
writes short lowercase answers and stops on its own (never hit_limit). Captions come from the base model or from the
caption adapter (the DeepFashion template, no end token, always hit_limit=True) as each comment says. The closed
questions (the per-garment color questions, "Is this a ...?", garment_type, pattern, sleeve_length, color) are
enrich's `--engine reference` answers, one value from a candidate set: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, indigo, cobalt or dark wash; red for burgundy; yellow for mustard; green for
  olive, teal or emerald (and blue for teal); white for cream or off white; purple for lavender; pink for fuchsia or
  coral; beige for khaki; brown or tan for tan suede; brown for rust (rust sits between orange and brown). Grey for
  sage green is a contradiction: the seller says green and the reference engine had green among its candidates.
- One of a two-colour garment's own colours (white for a navy-and-white striped top, black for a black-and-white
  polka-dot blouse) is correct.
- The colour of another garment in the photo (the tucked-in tee, the top over the skirt, the leopard blouse, the
  dress under the jacket) given as the product's colour is other_garment_color. The colour of a wall, backdrop or
  prop given as the product's colour is contradiction. A colour the base model gives a second garment that it does
  not have (white jeans for light blue ones, a black hoodie for a grey one) is contradiction.
- Garment synonyms are correct: sweater for a ribbed knit top, pants for jeans, blazer for a jacket, coat for a
  trench, shirt for a blouse, denim for jeans. "denim" as the base model's answer to "What cloth is the person
  wearing?" for jeans is correct (it reads cloth as fabric, and the answer is right either way).
- The pattern question answered from another garment in the photo (striped for a skirt worn with a striped tee) and
  pleats or cable knit read as stripes are contradiction.
- Materials: one the title names, one plainly visible (denim, leather look, velvet, suede, knit) and plausible guesses
  on what the photo shows (cotton for a plain tee or shirt, wool for a chunky cable knit, nylon for a shiny quilted
  puffer, denim for chambray, chiffon for georgette, lace for broderie) are correct. A material neither named nor
  visible (silk for satin, leather for a cotton trench) is unsupported.
- Invented details (ruffled sleeves on plain ones, a zipper at the back of a front view, rips on a back view that
  shows none, heels on a photo cropped at the knees, buttons on a pullover) are unsupported. Items really in the
  photo (the handbag held, the straw hat, the chair, the plant, the brick wall) are correct.
- VQA adapter texts: a repeated class name, colour or phrase is loop; a run-on into "Question: ... Answer:" is leak
  (even where it also repeats, the leak comes first); a chain of garments and details that stops mid-phrase is cut,
  even where it invents an item (boots, a bag) on its way: one kind per text.
- Caption adapter texts: repeating a template sentence is loop; stopping mid-sentence without a repeat is cut (an
  invented accessory before the cut stays cut); misnaming the product (a dress as a shirt and pants, a puffer jacket
  as a sweater) is contradiction, hit_limit kept.
- Base model: "he" for the woman is pronoun; a run-on into "Question: ..." is leak; an answer stopped at "it is made
  of" is cut (no hit_limit); an empty answer or "the tank top details" is non_answer; the material question answered
  with the garment's name and colour is restated.
- The reference engine's wrong yes/no ("no" to "Is this a skirt?" for the skirt) and a wrong sleeve length are
  contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_216 = [
    # photo: model in a white long-sleeve cotton button-down shirt tucked into mid-blue jeans, plain grey backdrop,
    # front view. cloth: VQA adapter
    case(
        "X216-001",
        caption("a woman in a white shirt and blue jeans"),
        cloth(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        is_a("shirt", "yes"),
        D.material("cotton"),
        D.details("the details of the shirt", "non_answer"),
        title="Women White Solid Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black faux-leather biker jacket with an asymmetric zip and two zip pockets, worn open over
    # a white tee, black skinny jeans, white wall. caption: caption adapter
    case(
        "X216-002",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "leather fabric. It has a lapel neckline. The lady wears a long-sleeve jacket with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        cloth("a black leather jacket"),
        color_of("jacket", "white", "other_garment_color"),
        D.material("leather"),
        D.details("zippers on the front and pockets"),
        D.wearing("a black jacket, a black shirt and black jeans", "contradiction"),
        title="Women Black Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy wrap midi dress with a small white and pink floral print, plain short sleeves, self-tie
    # at the waist, potted plant beside her, beige backdrop. cloth: VQA adapter
    case(
        "X216-003",
        caption("a woman in a blue floral dress standing next to a plant"),
        cloth(
            "dress Question: What is the color of the dress? Answer: blue Question: Is this a dress? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "navy"),
        D.details("a tie at the waist and ruffled sleeves", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in light-wash high-rise straight jeans with a tucked-in black long-sleeve bodysuit, white
    # sneakers, white backdrop, full length. cloth: VQA adapter
    case(
        "X216-004",
        caption("a woman in a black top and jeans"),
        cloth(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "black", "other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        D.material("blue jeans", "restated"),
        title="Women Light Blue High-Rise Straight Fit Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a red satin camisole top with thin straps and black tailored trousers, grey backdrop.
    # caption: caption adapter
    case(
        "X216-005",
        caption(
            "The lady wears a tank top with pure color patterns and a long pants. The tank top is with chiffon "
            "fabric. The pants are with cotton fabric. It has a suspenders neckline. The pants are of",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "she is wearing a red top Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        color_of("top", "red"),
        B.sleeve_length("sleeveless"),
        D.material("satin"),
        D.details("lace trim on the neckline", "unsupported"),
        title="Women Red Satin Cami Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mid-blue denim mini skirt with a white tee tucked in, standing in front of a red brick
    # wall. cloth: VQA adapter
    case(
        "X216-006",
        caption("a woman standing in front of a brick wall wearing a denim skirt"),
        cloth(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        is_a("skirt", "yes"),
        D.wearing("a white t-shirt and a denim skirt"),
        title="Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mustard ribbed knit long-sleeve top, crew neck, no buttons, with white jeans, grey backdrop
    case(
        "X216-007",
        caption("a woman in a yellow sweater and white pants"),
        cloth("a yellow sweater and yellow pants", "contradiction"),
        color_of("top", "yellow"),
        B.garment_type("top"),
        D.details("it has buttons on the front", "unsupported"),
        D.material("cotton"),
        title="Women Mustard Ribbed Knit Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black sleeveless satin slip midi dress, holding a tan leather handbag, white backdrop.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X216-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory in her hand. The lady wears a sleeveless dress with pure "
            "color",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress and a brown bag"),
        color_of("dress", "black"),
        title="Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in an olive green cotton utility jacket with chest flap pockets and a front zip, open over a
    # white tank, blue jeans, grey backdrop
    case(
        "X216-009",
        caption("a woman wearing a green jacket and jeans"),
        cloth("he is wearing a green jacket", "pronoun"),
        color_of("jacket", "green"),
        D.details("pockets on the chest and a zipper"),
        title="Women Olive Green Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a blush pink pleated satin midi skirt with a cream crew-neck sweater tucked in, white backdrop.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X216-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. The skirt is with chiffon fabric. It has a round neckline. The skirt is with chiffon "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "skirt Question: What is the color of the skirt? Answer: pink Question: Is this a skirt? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        B.pattern("striped", "contradiction"),
        D.description("a long pink skirt with a slit", "unsupported"),
        title="Women Blush Pink Pleated Satin Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white crew-neck tee with "PARIS" printed in black on the chest, light blue jeans, grey
    # backdrop. cloth: VQA adapter
    case(
        "X216-011",
        caption("a woman wearing a white t-shirt with the word paris on it"),
        cloth(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        D.wearing("a white t-shirt and white jeans", "contradiction"),
        D.details("the word paris printed on the front"),
        title="Women White Typography Print Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a light blue chambray shirt dress, knee length, long sleeves rolled to the elbow, self-fabric
    # belt, white sneakers, white backdrop. caption: caption adapter
    case(
        "X216-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "denim fabric. It has a lapel neckline. There is a belt. The pants",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a blue shirt dress"),
        is_a("dress", "no", "contradiction"),
        color_of("dress", "blue"),
        B.sleeve_length("long sleeves"),
        D.material("denim"),
        title="Women Light Blue Chambray Belted Shirt Dress",
        category="Dresses",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in dark indigo skinny jeans with a cream chunky sweater, grey backdrop, full length.
    # cloth: VQA adapter
    case(
        "X216-013",
        caption("a woman in a white sweater and blue jeans"),
        cloth(
            "denim Question: What is the color of the denim? Answer: blue Question: What is the color of the pants? "
            "Answer: blue Question",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        D.details("skinny fit with five pockets"),
        D.description("blue jeans Question: What are the jeans details? Answer: skinny", "leak"),
        title="Women Indigo Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in an emerald green satin midi dress with a v-neck and long sleeves, in front of a pink wall
    case(
        "X216-014",
        caption("a woman in a green dress standing in front of a pink wall"),
        cloth("a green dress"),
        color_of("dress", "pink", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("a v-neck and long sleeves"),
        title="Women Emerald Green Satin V-Neck Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a light-wash cropped denim jacket with chest button pockets, worn over a short-sleeve floral
    # sundress, white backdrop. caption: caption adapter; cloth: VQA adapter
    case(
        "X216-015",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. It has a lapel neckline. The lady wears a long-sleeve denim jacket with pure color patterns. The "
            "denim",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "denim jacket/coat and a floral dress with a v-neck and a tie at the waist and short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "blue"),
        D.wearing("a denim jacket over a floral dress"),
        D.details("it has buttons and pockets on the chest and a hood", "unsupported"),
        title="Women Light Blue Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a navy-and-white Breton striped long-sleeve top, boat neck, with beige trousers, white backdrop.
    # cloth: VQA adapter
    case(
        "X216-016",
        caption("a woman wearing a blue and white striped shirt"),
        cloth(
            "tee/tank striped tee/tank striped tee/tank striped tee/tank striped tee/tank striped tee/tank striped",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "white"),
        B.pattern("striped"),
        D.material("cotton"),
        D.wearing("a blue and white striped shirt and blue pants", "contradiction"),
        title="Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy-White",
        gender="Women",
    ),
    # photo: model in a black tiered georgette mini skirt with white polka dots and a black tee, grey backdrop
    case(
        "X216-017",
        caption("a woman in a black and white polka dot skirt"),
        cloth("a black t-shirt and a skirt"),
        color_of("skirt", "black"),
        B.pattern("polka dot"),
        is_a("skirt", "no", "contradiction"),
        D.material("chiffon"),
        D.details("the skirt has details", "non_answer"),
        title="Women Black Polka Dot Tiered Georgette Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a beige cotton trench coat, belted, over a white shirt and blue jeans, no jewellery or bag,
    # grey backdrop. caption: caption adapter; cloth: VQA adapter
    case(
        "X216-018",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long denim pants. The coat is with "
            "cotton fabric. The pants are with denim fabric. It has a lapel neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "jacket/coat Question: What is the color of the jacket/coat? Answer: khaki Question: Is this a "
            "jacket/coat? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("coat", "beige"),
        D.wearing("a tan coat and blue jeans"),
        D.details("a belt at the waist and buttons"),
        D.material("leather", "unsupported"),
        title="Women Beige Cotton Belted Trench Coat",
        category="Jackets & Coats",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a white broderie anglaise blouse, square neck, short puff sleeves, with blue jeans, white
    # backdrop
    case(
        "X216-019",
        caption("a woman in a white top and blue jeans"),
        cloth("a white blouse"),
        color_of("blouse", "blue", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.details("white lace"),
        D.material("white blouse", "restated"),
        title="Women White Broderie Puff Sleeve Blouse",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a burgundy velvet mini dress, high neck, long sleeves, standing next to a wooden chair, grey
    # backdrop. cloth: VQA adapter
    case(
        "X216-020",
        caption("a woman in a red velvet dress next to a chair"),
        cloth(
            "dress red red red red red red red red red red red red red red red red red red red red red red red red red",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        D.material("velvet"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.description("it is a short red dress with long sleeves and a high neck"),
        title="Women Burgundy Velvet High Neck Mini Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a plain grey melange crew-neck sweatshirt and black leggings, white backdrop.
    # caption: caption adapter
    case(
        "X216-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric. The leggings are with cotton fabric. The lady wears a long-sleeve sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        cloth("a grey sweatshirt and black leggings"),
        color_of("sweatshirt", "black", "other_garment_color"),
        D.material("cotton"),
        D.details("a hood and a zipper", "unsupported"),
        title="Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # photo: model in a white maxi skirt with a blue floral print and a plain blue tank top tucked in, grey
    # backdrop. cloth: VQA adapter
    case(
        "X216-022",
        caption("a woman in a blue top and a white floral skirt"),
        cloth(
            "skirt Question: What is the color of the skirt? Answer: blue Question: Is this a skirt? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "blue", "other_garment_color"),
        D.details("blue flowers"),
        D.material("the skirt is made of", "cut"),
        title="Women White Floral Print Tiered Maxi Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: model in black high-waist flared jeans with a tucked-in white blouse, a potted plant and a stool beside
    # her, white backdrop
    case(
        "X216-023",
        caption("a woman in a white shirt and black pants"),
        cloth("black jeans and a white shirt"),
        color_of("jeans", "black"),
        is_a("jeans", "yes", article="a pair of"),
        D.details("flared legs and a high waist"),
        D.wearing(
            "a white shirt and black jeans Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        title="Women Black High-Rise Flared Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender blouse with short puff sleeves and a round neck, white wide-leg trousers, grey
    # backdrop. caption: caption adapter; cloth: VQA adapter
    case(
        "X216-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with cotton fabric. It has a round neckline. The shirt is with chiffon fabric. The",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "blouse/shirt Question: What is the color of the blouse/shirt? Answer: purple Question: Is this a "
            "blouse/shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        color_of("blouse", "purple"),
        D.wearing("a purple shirt and purple pants", "contradiction"),
        D.details("puff sleeves"),
        title="Women Lavender Puff Sleeve Blouse",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white linen-blend blazer with two buttons and flap pockets, over a black top, black
    # trousers, grey backdrop
    case(
        "X216-025",
        caption("a woman in a white jacket and black pants"),
        cloth("a white blazer and black pants"),
        color_of("blazer", "black", "other_garment_color"),
        D.material("linen"),
        D.details("two buttons and pockets"),
        D.wearing("a white jacket and white pants", "contradiction"),
        title="Women White Linen Blend Single-Breasted Blazer",
        category="Blazers",
        color="White",
        gender="Women",
    ),
    # photo: model in a red-and-white gingham sundress, sleeveless, square neck, ruffled hem, white backdrop.
    # cloth: VQA adapter
    case(
        "X216-026",
        caption("a woman in a red and white checkered dress"),
        cloth(
            "dress plaid dress plaid dress plaid dress plaid dress plaid dress plaid dress plaid dress plaid dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        B.pattern("checked"),
        D.details("ruffles at the hem and a square neck"),
        D.material("the dress is made of", "cut"),
        title="Women Red & White Gingham Checked Sundress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a teal sleeveless ribbed tank top with light blue jeans, white backdrop
    case(
        "X216-027",
        caption("a woman in a blue tank top and jeans"),
        cloth("she is wearing a tank top"),
        color_of("tank top", "green"),
        B.sleeve_length("sleeveless"),
        D.material("it is made of", "cut"),
        D.details("the tank top details", "non_answer"),
        title="Women Teal Ribbed Tank Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a khaki cotton A-line mini skirt with buttons down the front, a navy-and-white striped tee
    # tucked in, no belt, grey backdrop. caption: caption adapter; cloth: VQA adapter
    case(
        "X216-028",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a short skirt. The T-shirt is with "
            "cotton fabric. The skirt is with cotton fabric. It has a round neckline. The skirt is with cotton fabric."
            " The",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "skirt and a striped tee/tank with short sleeves and a round neckline and a button front skirt with a "
            "belt and pockets and a",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "beige"),
        B.pattern("striped", "contradiction"),
        D.details("buttons down the front"),
        title="Women Khaki Button-Front A-Line Mini Skirt",
        category="Skirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a light pink oversized long-sleeve cotton shirt worn open over a white tank, denim shorts,
    # white backdrop. cloth: VQA adapter
    case(
        "X216-029",
        caption("a woman in a pink shirt and denim shorts"),
        cloth(
            "blouse/shirt pink blouse/shirt pink blouse/shirt pink blouse/shirt pink blouse/shirt pink blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        D.wearing("a pink shirt over a white tank top and shorts"),
        D.material("cotton"),
        title="Women Pink Oversized Cotton Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a cobalt blue one-shoulder bodycon midi dress, photo cropped at the knees, grey backdrop.
    # caption: caption adapter
    case(
        "X216-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric. It has a suspenders neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        cloth("a blue dress"),
        color_of("dress", "blue"),
        D.details("one shoulder"),
        D.wearing("she is wearing a blue dress and black heels", "unsupported"),
        title="Women Cobalt Blue One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in light blue distressed boyfriend jeans with ripped knees and a grey crew-neck tee, white
    # backdrop. cloth: VQA adapter
    case(
        "X216-031",
        caption("a woman in a grey t-shirt and ripped jeans"),
        cloth(
            "denim Question: What is the color of the denim? Answer: blue Question: Is this a denim? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "grey", "other_garment_color"),
        D.details("ripped knees"),
        D.description("they are blue jeans with a white belt", "unsupported"),
        title="Women Light Blue Distressed Boyfriend Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a cream chunky cable-knit pullover with a brown midi skirt, white backdrop
    case(
        "X216-032",
        caption("a woman in a white sweater and a brown skirt"),
        cloth("a white sweater"),
        color_of("sweater", "white"),
        D.material("wool"),
        D.details("cable knit pattern"),
        B.pattern("striped", "contradiction"),
        D.wearing(
            "a white sweater and a brown skirt Question: What is the sweater made of? Answer: wool",
            "leak",
        ),
        title="Women Cream Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a black faux-leather mini skirt with a tucked-in long-sleeve leopard print blouse, a watch on
    # her wrist, grey backdrop. caption: caption adapter
    case(
        "X216-033",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a short skirt. The shirt is with chiffon "
            "fabric. The skirt is with leather fabric. It has a lapel neckline. There is an accessory on her wrist. "
            "The",
            "cut",
            hit_limit=True,
        ),
        cloth("a leopard print shirt and a black skirt"),
        color_of("skirt", "brown", "other_garment_color"),
        D.material("leather"),
        D.wearing("he is wearing a leopard print shirt and a black skirt", "pronoun"),
        title="Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sage green linen button-front midi dress with short sleeves, white backdrop.
    # cloth: VQA adapter
    case(
        "X216-034",
        caption("a woman in a green dress with buttons"),
        cloth(
            "dress green green green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "grey", "contradiction"),
        D.material("linen"),
        D.description("he is wearing a green dress with buttons down the front", "pronoun"),
        title="Women Sage Green Linen Button-Front Midi Dress",
        category="Dresses",
        color="Sage Green",
        gender="Women",
    ),
    # photo: model in a fuchsia tailored blazer with notch lapels and two buttons, white tee, blue jeans, grey
    # backdrop. caption: caption adapter; cloth: VQA adapter
    case(
        "X216-035",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "cotton fabric. The pants are with denim fabric. It has a lapel neckline. The jacket is with cotton "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        cloth(
            "blazer and jeans and a white tee/tank and a pink blazer and jeans and a white tee/tank and a pink blazer",
            "loop",
            hit_limit=True,
        ),
        color_of("blazer", "pink"),
        D.wearing("a pink blazer, a white t-shirt and jeans"),
        D.details("it has a collar, buttons and a belt", "unsupported"),
        title="Women Fuchsia Tailored Single-Breasted Blazer",
        category="Blazers",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a rust orange ribbed crop top with short sleeves and high-waist black jeans, white backdrop
    case(
        "X216-036",
        caption("a woman wearing an orange top and black jeans"),
        cloth("an orange crop top"),
        color_of("top", "brown"),
        D.details("", "non_answer"),
        B.sleeve_length("short sleeves"),
        D.material("it is a crop top", "restated"),
        title="Women Rust Ribbed Crop Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in dark-wash bootcut jeans with a blue denim shirt tucked in, brown belt, grey backdrop.
    # caption: caption adapter
    case(
        "X216-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "denim fabric. The pants are with denim fabric. It has a lapel neckline. There is a belt. The pants",
            "cut",
            hit_limit=True,
        ),
        cloth("a denim shirt and jeans"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue"),
        D.material("denim"),
        is_a("jeans", "no", "contradiction", article="a pair of"),
        title="Women Dark Blue Bootcut Jeans",
        category="Jeans",
        color="Dark Blue",
        gender="Women",
    ),
    # photo: model in a black-and-white polka-dot georgette blouse with long sleeves and a tie-neck bow, black
    # trousers, photo cropped at the thighs, no bag. cloth: VQA adapter
    case(
        "X216-038",
        caption("a woman in a black and white polka dot blouse with a bow"),
        cloth(
            "blouse/shirt with a bow at the neck and long sleeves and black pants and black shoes and a black bag "
            "and a",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "black"),
        D.details("a bow at the neck"),
        D.material("chiffon"),
        D.wearing("a black and white blouse, black pants and a black handbag", "unsupported"),
        title="Women Black & White Polka Dot Tie-Neck Georgette Blouse",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a grey-and-pink checked mini skirt with a black turtleneck sweater and black tights, white
    # backdrop. cloth: VQA adapter
    case(
        "X216-039",
        caption("a woman in a black sweater and a plaid skirt"),
        cloth(
            "skirt Question: What is the color of the skirt? Answer: black Question: Is this a skirt? Answer: yes "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        B.pattern("checked"),
        D.description("the skirt is plaid"),
        D.wearing("a black sweater and a black skirt", "contradiction"),
        title="Women Grey Checked Mini Skirt",
        category="Skirts",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a pastel yellow tiered cotton mini dress with short flutter sleeves and a straw hat, front
    # view, white backdrop
    case(
        "X216-040",
        caption("a woman in a yellow dress and a straw hat"),
        cloth("a yellow dress and a hat"),
        color_of("dress", "white", "contradiction"),
        D.material("cotton"),
        D.details("it has a zipper on the back", "unsupported"),
        D.wearing("a yellow dress, a hat and sunglasses", "unsupported"),
        title="Women Yellow Tiered Cotton Mini Dress",
        category="Dresses",
        color="Yellow",
    ),
    # photo: model in a black quilted puffer jacket with a stand collar, open over a grey hoodie, black leggings,
    # grey backdrop. caption: caption adapter; cloth: VQA adapter
    case(
        "X216-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long leggings. The sweater is with "
            "cotton fabric. The leggings are with cotton fabric. It has a stand neckline. The",
            "contradiction",
            hit_limit=True,
        ),
        cloth(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "black"),
        D.material("nylon"),
        D.wearing("a black jacket and a black hoodie", "contradiction"),
        title="Women Black Quilted Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white off-shoulder top with short ruffled sleeves and blue jeans, a palm in a pot behind
    # her, beige backdrop
    case(
        "X216-042",
        caption("a woman in a white off the shoulder top and jeans"),
        cloth("a white top"),
        color_of("top", "white"),
        D.material("a white top", "restated"),
        D.details("it has a zipper and buttons", "unsupported"),
        title="Women White Off-Shoulder Ruffle Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a tan suede jacket with fringe on the sleeves and yoke, open over a white midi dress, no hat,
    # bag or boots in frame (cropped at the knees), white backdrop. cloth: VQA adapter
    case(
        "X216-043",
        caption("a woman in a brown jacket with fringe"),
        cloth(
            "jacket/coat with fringe and a white dress and brown boots and a brown bag and a white hat and a brown",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color"),
        D.material("suede"),
        D.details("fringe on the sleeves"),
        title="Women Tan Suede Fringe Jacket",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: model in a grey knit turtleneck sweater dress, knee length, long sleeves, black knee boots, grey
    # backdrop. caption: caption adapter
    case(
        "X216-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "stand neckline. The dress is of knee length. There are boots on her",
            "cut",
            hit_limit=True,
        ),
        cloth("a grey sweater dress"),
        color_of("dress", "grey"),
        D.material("knit"),
        D.details("a turtleneck and a belt", "unsupported"),
        D.wearing("a grey dress and grey boots", "contradiction"),
        title="Women Grey Turtleneck Knit Sweater Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: back view of a model in pale blue mom jeans with back pockets and a leather patch at the waistband, a
    # black crop tee, white sneakers, white backdrop; no rips visible
    case(
        "X216-045",
        caption("the back of a woman wearing jeans"),
        cloth("denim"),
        color_of("jeans", "blue"),
        D.details("back pockets and a leather patch on the back"),
        D.description("the jeans have a ripped knee", "unsupported"),
        D.wearing("he is wearing blue jeans and a black shirt", "pronoun"),
        title="Women Light Blue Mom Fit Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: model in a coral sleeveless peplum top with a v-neck and a white midi skirt, grey backdrop.
    # caption: caption adapter; cloth: VQA adapter
    case(
        "X216-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. The skirt is with cotton fabric. It has a V-shape neckline. The skirt is of long",
            "cut",
            hit_limit=True,
        ),
        cloth(
            "tee/tank Question: What is the color of the tee/tank? Answer: orange Question: Is this a tee/tank? "
            "Answer: yes",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        D.details("ruffles at the waist"),
        D.wearing("a pink top and a pink skirt", "contradiction"),
        title="Women Coral Peplum Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
]
