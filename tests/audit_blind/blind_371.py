"""BLIND_371 (46 products; women's western wear on model shots: tops, tees, shirts, dresses, bottoms, co-ords): written
blind in the forty-fifth session. Measured blind at 95e858e (the session's rules as they stood): 119/127 failures
found (93.7%) and 3/158 correct texts flagged (1.9%). The writer's notes, verbatim:

Scenario: a women's western catalog drawn at random from a night's run on an Indian marketplace feed: tops, tshirts,
shirts, dresses, jumpsuits, co-ord sets, jeans, trousers, skirts, shorts, shrugs and jackets, all shot on a model,
mostly on plain studio backdrops, a few against coloured walls, curtains, brick, stairs, plants or a street. The
product is one garment, but the model wears a whole outfit (a top over the jeans sold, jeans under the top sold, a
camisole under a shrug, a beanie with a puffer). Each row has the seller's title, category, color and gender; a few
rows miss one column (gender, color or category), as real feeds do.

Who wrote what: the questions are the experiments' ("What is she wearing?", the color of the top / the bottom,
"Describe the ...", "What are the ... details?", "What is the shirt color?") plus enrich's default questionnaire,
asked in English. Captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its
own, never hit_limit) or from the caption-only LoRA adapter (DeepFashion template, "The lady wears a short-sleeve
T-shirt with pure color patterns..."; no end token, so it always runs to its limit and carries hit_limit=True; asked
a question, it returns the template). Open answers come from the base model unless the comment names the caption
adapter or the VQA adapter; the VQA adapter (Data3_V3_BLIP2_VQA) was also trained without an end token, so its
answers run to the 30-token limit (hit_limit=True) and loop or are cut. Closed answers (garment_type, color,
pattern, sleeve_length, the per-piece color questions asked closed, "Is this a ...?") are enrich's
`--engine reference` picks from candidate sets: never a loop or a cut; their failures are wrong picks.

Labeling conventions and judgement calls:
- Shade words are correct: orange for rust, yellow for mustard, purple for lavender or lilac, green for olive,
  emerald or teal, blue for navy, sky blue or teal blue, brown for tan or camel, white for cream, gray/grey for grey
  melange. Black for bottle green is a contradiction.
- The color of another piece worn in the photo (the jeans under the top, the top over the shorts, the camisole
  under a shrug, the beanie on a puffer-jacket model) given to the product or to the piece asked about is
  other_garment_color. A color no piece has (the pink wall, the red curtain, the green plant, the beige backdrop) or
  the print color given as the garment's color (red cartoon on a white tee, black dots on a white jumpsuit, green
  leaves on a white shirt) is contradiction.
- Garment synonyms are correct: cardigan for a shrug, overall for a dungaree jumpsuit, romper for a jumpsuit (the
  adapter's In-shop class), suit for a blazer co-ord, crop top for a crop tee, sweatshirt for a hoodie, shirt for a
  wrap top. A jumpsuit called a dress, or called "a T-shirt and a long denim pants" by the adapter, is contradiction
  (hit_limit kept on the adapter's). The reference engine's wrong garment picks are contradiction: a shrug or an
  open denim overshirt as "jacket", trousers as "jeans" (and "yes" to "Is this a pair of jeans?" for trousers), a
  mini skirt as "shorts", "yes" to "Is this a shirt?" for a denim jacket, a jumpsuit as "dress".
- Pleats answered "striped", a solid garment answered "striped" because the top is striped, stripes answered
  "solid", and checks described as polka dots are contradiction. Sleeveless answered "short sleeves", puff short
  sleeves answered "long sleeves" and a long-sleeve shrug answered "sleeveless" likewise.
- Invented items or details not in the photo (a belt, a slit, a bow on a back not shown, a back zipper, heels on a
  photo cropped at the calves, a chest pocket, a collar and buttons, a front zipper, other text on a print) are
  unsupported; a material neither named nor visible (velvet on jersey, silk on satin, silk on a printed crepe skirt,
  down feathers on a puffer whose title says padded, chiffon on a crepe jumpsuit) is unsupported. Plausible fabrics
  (cotton on a tee, denim, crochet, knit on a knit set, leather on faux leather, chiffon for georgette, linen named
  in the title) are correct.
- Adapter texts: repeating a template sentence or a phrase is loop; stopping mid-sentence without repeating is cut,
  even where an accessory was invented before the cut; the template (or a garment and its color) returned for the
  material question is restated. Two adapter captions end on a full stop right at the limit with nothing wrong in
  them: correct, hit_limit=True.
- VQA adapter answers repeat themselves until the limit: loop ("blue-blue-blue...", "a sweater and jeans a sweater
  and jeans..."); one that lists items without repeating and is cut at the limit is cut.
- A base answer stopped early ("it has a", "it is made of", "a black dress and a red") is cut without hit_limit. An
  empty answer, "they are short" for the shorts' details, "the details of the garment", "the details of the jumpsuit
  are the jumpsuit" and "it is made of fabric" are non_answer.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "he" (or "a man" in a caption) for a woman is pronoun, even where the rest of the answer is right.
- A caption that says only where she stands ("a woman standing in front of a brick wall") is correct: it says
  nothing wrong. An answer naming only the other piece ("a white dress" under a black shrug) is correct.
- On co-ord sets the reference engine's garment_type is not asked; both pieces in one color are correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_371 = [
    # photo: model in a white ruffled off-shoulder crop top with blue skinny jeans, white wall, front view.
    # caption adapter: none
    case(
        "X371-001",
        caption("a woman in a white off shoulder top and jeans"),
        she("a white top and blue jeans"),
        color_of("top", "white"),
        color_of("jeans", "white", "other_garment_color"),
        describe("top", "it is a white off the shoulder top with ruffles"),
        D.material("Question: What material is the garment made of? Answer: cotton Question: What", "leak"),
        title="Women White Ruffled Off-Shoulder Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black tshirt with a white typography print, light blue mom jeans, grey backdrop.
    # caption: caption adapter
    case(
        "X371-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        she("a black t - shirt and jeans"),
        color_of("top", "black"),
        B.pattern("graphic"),
        D.material("a black t - shirt", "restated"),
        is_a("t-shirt", "yes"),
        title="Women Black Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sky blue oversized shirt, sleeves rolled to the elbow, tucked into white trousers, beige wall.
    # details: VQA adapter
    case(
        "X371-003",
        caption("a woman wearing a blue shirt and white pants"),
        she("he is wearing a blue shirt and white pants", "pronoun"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color"),
        details(
            "shirt",
            "the shirt has a collar and buttons, the collar, the buttons, the sleeves, the collar, the buttons, the "
            "sleeves, the",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        title="Women Sky Blue Oversized Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a yellow floral print fit-and-flare midi dress, short puff sleeves, no belt, white backdrop.
    # caption, material: caption adapter
    case(
        "X371-004",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a short-sleeve dress with floral "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        she("a yellow floral dress"),
        D.garment_type("dress"),
        D.color("white", "contradiction"),
        D.pattern("floral"),
        D.description("a yellow dress with white flowers and a belt", "unsupported"),
        D.material(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow Floral Print Georgette Fit and Flare Midi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an olive green sleeveless wide-leg jumpsuit with a self belt and side pockets, white sneakers,
    # white backdrop, front view. caption adapter: none
    case(
        "X371-005",
        caption("a woman in a green jumpsuit and white sneakers"),
        she("a green jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("green"),
        D.sleeve_length("sleeveless"),
        D.details("it has a belt and pockets and a zipper on the back", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Women Olive Green Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a rust ribbed crop top with matching high-waist flared trousers, next to a potted plant,
    # cream wall. caption adapter: none
    case(
        "X371-006",
        caption("a woman in an orange top and pants standing next to a plant"),
        she("an orange crop top and orange pants"),
        color_of("top", "orange"),
        color_of("pants", "orange"),
        D.description("a green top and pants", "contradiction"),
        D.material("Question: What material is the garment made of? Answer: cotton Question: What is the", "leak"),
        title="Women Rust Ribbed Crop Top With Flared Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: model in light blue ripped straight-leg jeans, white crop tank top, side view, grey backdrop.
    # caption, material: caption adapter
    case(
        "X371-007",
        caption(
            "The lady wears a tank tank top with pure color patterns and a long denim pants. The tank top is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("white top and blue jeans"),
        color_of("jeans", "white", "other_garment_color"),
        details("jeans", "the jeans are ripped at the knees"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.material(
            "The lady wears a tank tank top with pure color patterns and a long denim pants. The tank top is with "
            "cotton fabric. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Women Light Blue Straight Fit High-Rise Slash Knee Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in beige pleated wide-leg trousers with a black bodysuit tucked in, white backdrop.
    # caption adapter: none
    case(
        "X371-008",
        caption("a woman in a black top and beige pants"),
        she("black top and black pants", "other_garment_color"),
        color_of("pants", "beige"),
        color_of("top", "black"),
        details("pants", "the pants details are the pants", "non_answer"),
        B.garment_type("jeans", "contradiction"),
        title="Women Beige Solid Pleated Wide Leg Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black satin pleated midi skirt, white tshirt tucked in, red brick wall behind, front view.
    # caption adapter: none
    case(
        "X371-009",
        caption("a woman standing in front of a brick wall"),
        she("a white t-shirt and a black skirt"),
        color_of("skirt", "white", "other_garment_color"),
        color_of("top", "white"),
        D.pattern("striped", "contradiction"),
        D.material("satin"),
        describe("skirt", "a black pleated skirt with a slit on the side", "unsupported"),
        title="Women Black Satin Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in white denim shorts with a frayed hem, red checked shirt knotted at the waist, garden backdrop.
    # caption adapter: none
    case(
        "X371-010",
        caption("a woman in a red plaid shirt and white shorts"),
        she("red shirt and white shorts"),
        color_of("shorts", "red", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        D.garment_type("shirt", "contradiction"),
        D.color("white"),
        title="Women White Denim Frayed Hem Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: model in a sheer white longline open-front shrug with long sleeves over a black camisole and black
    # jeans, white backdrop. caption: caption adapter
    case(
        "X371-011",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns and a long pants. The cardigan is with "
            "chiffon fabric. It has a open neckline. The pants are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a white cardigan and black pants"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("chiffon"),
        title="Women White Sheer Georgette Longline Shrug",
        category="Shrug",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue denim jacket over a white tshirt, black jeans, no bag, white backdrop.
    # "What is she wearing?": VQA adapter
    case(
        "X371-012",
        caption("a woman wearing a denim jacket and black jeans"),
        she(
            "a denim jacket, a white t - shirt, black jeans, white sneakers, a black bag, a",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "black", "other_garment_color"),
        D.material("denim"),
        D.details("it has buttons and pockets on the chest"),
        is_a("shirt", "yes", "contradiction"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mustard ribbed square-neck top with short puff sleeves, black trousers, pink wall behind.
    # description of the top: VQA adapter
    case(
        "X371-013",
        caption("a woman in a yellow top and black pants posing in front of a pink wall"),
        she("a pink top and black pants", "contradiction"),
        color_of("top", "yellow"),
        color_of("pants", "black"),
        describe(
            "top",
            "the top is yellow with puffy sleeves the top is yellow with puffy sleeves the top is yellow with",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Mustard Puff Sleeve Square Neck Ribbed Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a grey melange oversized drop-shoulder tshirt, black cycling shorts, white sneakers, white
    # backdrop. caption: caption adapter
    case(
        "X371-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        she("grey t - shirt and black shorts"),
        color_of("top", "grey"),
        color_of("shorts", "grey", "other_garment_color"),
        D.material("cotton"),
        D.details("Question: What are the details of the garment? Answer: it is a grey t - shirt", "leak"),
        title="Women Grey Melange Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a white shirt with navy vertical stripes, collar, long sleeves, no pocket, blue jeans, white
    # backdrop. description of the shirt: VQA adapter
    case(
        "X371-015",
        caption("a woman in a striped shirt and jeans"),
        she("a blue and white striped shirt and jeans"),
        shirt_color("white"),
        D.pattern("striped"),
        describe(
            "shirt",
            "the shirt is white with blue stripes and a collar the shirt is white with blue stripes and a collar the "
            "shirt is white with",
            "loop",
            hit_limit=True,
        ),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women White & Navy Blue Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black long-sleeve bodycon mini dress in matte jersey, red velvet curtain behind.
    # description of the dress: VQA adapter
    case(
        "X371-016",
        caption("a woman in a black dress standing in front of a red curtain"),
        she("a black dress and a red", "cut"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a black dress with long sleeves a black dress with long sleeves a black dress with long sleeves a black",
            "loop",
            hit_limit=True,
        ),
        D.material("velvet", "unsupported"),
        title="Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy denim dungaree-style full-length jumpsuit over a white tshirt, white backdrop.
    # caption: caption adapter
    case(
        "X371-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric. It has a round neckline. The pants are with denim fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        she("a denim overall and a white shirt"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.details("the details of the jumpsuit are the jumpsuit", "non_answer"),
        D.material("denim"),
        title="Women Navy Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model sitting on a wooden stool in a white shirt-and-shorts co-ord printed with green tropical leaves,
    # white backdrop. "What is she wearing?": VQA adapter. The row has no gender.
    case(
        "X371-018",
        caption("a woman sitting on a stool wearing a floral shirt and shorts"),
        she(
            "a floral shirt and shorts, a floral shirt and shorts, a floral shirt and shorts, a floral shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "green", "contradiction"),
        color_of("shorts", "white"),
        D.pattern("floral"),
        D.details("the shirt has a collar and the shorts have", "cut"),
        title="Women White & Green Tropical Printed Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="White",
    ),
    # photo: model in black skinny mid-rise jeans with a beige knit sweater half tucked, white backdrop, full length.
    # "What is she wearing?": VQA adapter
    case(
        "X371-019",
        caption("a woman in a beige sweater and black jeans"),
        she(
            "a sweater and jeans a sweater and jeans a sweater and jeans a sweater and jeans a sweater and jeans a",
            "loop",
            hit_limit=True,
        ),
        color_of("jeans", "beige", "other_garment_color"),
        color_of("top", "beige"),
        details("jeans", "skinny fit with five pockets"),
        D.garment_type("jeans"),
        D.material("it is made of jeans", "restated"),
        title="Women Black Skinny Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in bottle green high-waist straight trousers with a cream shirt tucked in, holding a coffee cup,
    # grey backdrop. caption adapter: none
    case(
        "X371-020",
        caption("a woman holding a cup of coffee"),
        she("she is wearing a white shirt and green pants"),
        color_of("pants", "black", "contradiction"),
        D.material("it is made of", "cut"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Women Bottle Green Straight Fit High-Rise Trousers",
        category="Trousers",
        color="Green",
        gender="Women",
    ),
    # photo: model in a blue denim A-line mini skirt with a button front and patch pocket, black tank top,
    # sunglasses on her head, no belt, white backdrop. caption: caption adapter
    case(
        "X371-021",
        caption(
            "The lady wears a tank tank top with pure color patterns and a short denim skirt. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The skirt is with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a black tank top and a denim skirt and sunglasses"),
        color_of("skirt", "blue"),
        color_of("top", "black"),
        details("skirt", "it has buttons down the front and a pocket and a belt", "unsupported"),
        D.garment_type("shorts", "contradiction"),
        title="Women Blue Denim A-Line Button Front Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in black high-waist paperbag shorts with a tie belt, white sleeveless top, palm leaf prop, front
    # view. caption adapter: none
    case(
        "X371-022",
        caption("a woman in a white top and black shorts"),
        she("a white top and black shorts Question: What is the color of the shorts? Answer: black", "leak"),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a bow on the back", "unsupported"),
        D.pattern("solid"),
        D.material("cotton"),
        title="Women Black Paperbag Waist Shorts with Tie-Up Belt",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender satin cowl-neck cami top with thin straps, white wide-leg pants, no jewellery,
    # white backdrop. caption adapter: none
    case(
        "X371-023",
        caption("a woman in a purple top and white pants"),
        she("he is wearing a purple top and white pants", "pronoun"),
        color_of("top", "white", "other_garment_color"),
        D.material("satin"),
        D.sleeve_length("sleeveless"),
        describe("top", "a purple satin top with a cowl neck and a necklace", "unsupported"),
        title="Women Lavender Satin Cowl Neck Cami Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white tshirt with a large red-and-black Mickey Mouse print, blue ripped jeans, yellow wall.
    # caption: caption adapter (ends on a full stop at the limit)
    case(
        "X371-024",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns.",
            hit_limit=True,
        ),
        she("he is wearing a white t - shirt with mickey mouse on it", "pronoun"),
        color_of("top", "red", "contradiction"),
        color_of("jeans", "blue"),
        B.pattern("graphic"),
        is_a("t-shirt", "yes"),
        title="Women White Mickey Mouse Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black satin-finish long-sleeve shirt with black trousers, monochrome look, white backdrop.
    # "What is the shirt color?": VQA adapter
    case(
        "X371-025",
        caption("a woman in a black shirt and black pants"),
        she("black shirt and black pants"),
        shirt_color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "Question: Describe the shirt. Answer: a black shirt with buttons Question: What is the color of the",
            "leak",
        ),
        D.material("silk", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Black Satin Finish Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red-and-white gingham tiered midi dress, sweetheart neck, puff sleeves, by a wooden fence
    # outdoors. caption: caption adapter
    case(
        "X371-026",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "sweetheart neckline. The dress is of long length. The lady wears a short-sleeve dress with lattice",
            "loop",
            hit_limit=True,
        ),
        she("a red and white checkered dress"),
        D.color("red"),
        D.pattern("checked"),
        D.description("a red dress with white polka dots", "contradiction"),
        D.details("it has a ruffle at the bottom and puffy sleeves"),
        D.material("cotton"),
        title="Women Red & White Checked Tiered Cotton Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black halter-neck wide-leg jumpsuit, gold hoop earrings, white backdrop.
    # caption adapter: none
    case(
        "X371-027",
        caption("a woman in a black jumpsuit with gold earrings"),
        she("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        D.description("a black dress with a halter neck", "contradiction"),
        D.details("it has a", "cut"),
        D.material("chiffon", "unsupported"),
        title="Women Black Crepe Halter Neck Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lilac knitted crop top with a matching knit midi skirt, beige backdrop.
    # caption adapter: none. The row has no gender.
    case(
        "X371-028",
        caption("a woman in a purple sweater and skirt"),
        she("a purple sweater and a purple skirt"),
        color_of("top", "purple"),
        color_of("skirt", "beige", "contradiction"),
        D.material("knit"),
        D.details("the details of the garment", "non_answer"),
        title="Women Lilac Knitted Crop Top with Midi Skirt Co-Ords",
        category="Co-Ords",
        color="Lavender",
    ),
    # photo: model in dark navy bootcut jeans with a brown belt, white shirt knotted at the waist, white backdrop.
    # caption: caption adapter; jeans details: VQA adapter
    case(
        "X371-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("white shirt and blue jeans with a brown belt"),
        color_of("jeans", "blue"),
        details(
            "jeans",
            "the jeans, the pockets, the belt loops, the jeans, the pockets, the belt loops, the jeans, the pockets, "
            "the",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        title="Women Navy Blue Bootcut High-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in white linen-blend straight trousers with a blue-and-white striped top, white backdrop.
    # "What is she wearing?": VQA adapter
    case(
        "X371-030",
        caption("a woman in a striped shirt and white pants"),
        she(
            "a striped top and white pants a striped top and white pants a striped top and white pants a",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white"),
        D.pattern("striped", "contradiction"),
        D.material("linen"),
        is_a("skirt", "no"),
        title="Women White Linen Blend Straight Fit Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: model sitting on concrete stairs in a green floral printed crepe wrap midi skirt, black crop top.
    # caption adapter: none. The row has no color.
    case(
        "X371-031",
        caption("a woman sitting on the stairs in a floral skirt"),
        she("a black top and a floral skirt Question: What is the color of the skirt? Answer: green", "leak"),
        color_of("skirt", "black", "other_garment_color"),
        color_of("top", "black"),
        describe("skirt", "it is a long skirt with flowers on it"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        title="Women Green Floral Print Crepe Wrap Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: model in light blue denim shorts with a frayed hem, white graphic tee tucked in, white sneakers, white
    # backdrop. caption: caption adapter; "What is she wearing?": VQA adapter
    case(
        "X371-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a denim shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with denim fabric and solid color patterns. There",
            "cut",
            hit_limit=True,
        ),
        she(
            "a white t - shirt and blue shorts a white t - shirt and blue shorts a white t - shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        color_of("top", "white"),
        details("shorts", "they are denim shorts with a frayed hem"),
        D.material("Question: What material is the garment made of? Answer: denim Question: What is the", "leak"),
        title="Women Light Blue High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black crochet open-front shrug with long sleeves over a white slip dress, white backdrop.
    # caption adapter: none
    case(
        "X371-033",
        caption("a woman in a white dress and a black cardigan"),
        she("she is wearing a white dress"),
        D.color("white", "other_garment_color"),
        D.garment_type("shrug"),
        D.material("it is made of crochet"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a black shrug with a white dress Question: Describe the garment. Answer:", "leak"),
        title="Women Black Crochet Open Front Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: model in a tan faux-leather biker jacket with an asymmetric zip, black top, blue jeans, grey backdrop.
    # caption: caption adapter (ends on a full stop at the limit); "What is she wearing?": VQA adapter
    case(
        "X371-034",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "leather fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        she(
            "a brown jacket and jeans and a black top and jeans and a black top and jeans and a black top and",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "brown"),
        D.details("it has zippers on the front and pockets"),
        D.material("leather"),
        D.color("black", "other_garment_color"),
        title="Women Tan Brown Faux Leather Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: model in a white schiffli-embroidered cotton peplum top, short sleeves, blue jeans, white wall with
    # window light. description of the top: VQA adapter
    case(
        "X371-035",
        caption("a woman in a white top and jeans"),
        she("white top and blue jeans"),
        color_of("top", "blue", "other_garment_color"),
        describe(
            "top",
            "the top is white with a ruffled hem and white lace details the top is white with a ruffled hem and white",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        D.material("cotton"),
        title="Women White Schiffli Embroidered Cotton Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a pink crop tshirt printed "BROOKLYN" in white, black joggers, white backdrop.
    # caption adapter: none
    case(
        "X371-036",
        caption("a woman wearing a pink shirt that says brooklyn"),
        she("a pink crop top and black pants"),
        color_of("top", "pink"),
        color_of("pants", "pink", "other_garment_color"),
        D.details("the shirt says new york", "unsupported"),
        is_a("t-shirt", "no", "contradiction"),
        title="Women Pink Typography Print Crop T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an oversized blue denim shirt worn open over a white tank top, black shorts, white backdrop.
    # caption: caption adapter; "What is the shirt color?": VQA adapter
    case(
        "X371-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a shorts. The shirt is with denim fabric. "
            "It has a lapel neckline. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a denim shirt over a white tank top and black shorts"),
        shirt_color(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        D.garment_type("jacket", "contradiction"),
        title="Women Blue Oversized Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an emerald green satin slip midi dress with thin straps, side view, small black clutch in hand,
    # dark grey backdrop, cropped at the calves. caption adapter: none
    case(
        "X371-038",
        caption("a woman in a green dress holding a purse"),
        she("a green satin dress"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a long green dress with a slit in the front and a pair of heels", "unsupported"),
        D.material("satin"),
        title="Women Emerald Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white jumpsuit with black polka dots, short sleeves, v-neck wrap front, belt, white backdrop.
    # caption: caption adapter. The row has no gender.
    case(
        "X371-039",
        caption(
            "The lady wears a short-sleeve romper with graphic patterns. The romper is with chiffon fabric. It has a "
            "v-shape neckline. The romper is of long length. The lady wears a short-sleeve romper with graphic",
            "loop",
            hit_limit=True,
        ),
        she("a black and white polka dot jumpsuit"),
        D.color("black", "contradiction"),
        D.pattern("polka dots"),
        D.garment_type("dress", "contradiction"),
        D.details("it has a belt and a collar and buttons", "unsupported"),
        title="Women White & Black Polka Dot Print Belted Jumpsuit",
        category="Jumpsuit",
        color="White",
    ),
    # photo: model in a black blazer and matching black trousers co-ord over a white camisole, white backdrop.
    # "What is she wearing?": VQA adapter
    case(
        "X371-040",
        caption("a woman in a black suit and white top"),
        she(
            "a black blazer and black pants and a white top and a black blazer and black pants and a white top and",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        D.description(
            "Question: Describe the garment. Answer: black blazer and pants Question: What is the material of the "
            "garment? Answer:",
            "leak",
        ),
        D.material("it is made of fabric", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Women Black Solid Blazer With Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: model in grey wide-leg high-rise jeans, lilac hoodie, white sneakers, white backdrop, front view.
    # caption adapter: none
    case(
        "X371-041",
        caption("a woman in a purple hoodie and grey jeans"),
        she("he is wearing a purple sweatshirt and gray jeans", "pronoun"),
        color_of("jeans", "purple", "other_garment_color"),
        details("jeans", "wide leg jeans with a zipper on the side", "unsupported"),
        D.color("grey"),
        is_a("pair of jeans", "yes"),
        title="Women Grey Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in black-and-white houndstooth cigarette trousers with a black turtleneck, white backdrop.
    # caption, details: caption adapter
    case(
        "X371-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a stand neckline. The pants are with cotton fabric and lattice patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a black sweater and checkered pants"),
        color_of("pants", "black"),
        D.pattern("checked"),
        D.material("black and white pants", "restated"),
        D.details(
            "The pants are with cotton fabric and lattice patterns. The lady wears a long-sleeve sweater with pure",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of trousers", "yes"),
        title="Women Black & White Houndstooth Checked Cigarette Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: model in a brown faux-leather mini skirt with a plain front, cream turtleneck sweater tucked in, knee
    # boots, street with autumn trees behind. caption adapter: none
    case(
        "X371-043",
        caption("a woman in a white sweater and brown skirt walking down the street"),
        she("he is wearing a white sweater and a brown skirt", "pronoun"),
        color_of("skirt", "brown"),
        color_of("top", "white"),
        D.material("leather"),
        D.details("it has a zipper on the front and pockets", "unsupported"),
        title="Women Brown Solid Faux Leather Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model in navy-and-white striped cotton shorts with a drawstring, white tshirt, white backdrop.
    # caption adapter: none
    case(
        "X371-044",
        caption("a woman in a white t-shirt and blue shorts"),
        she("white t - shirt and striped shorts"),
        color_of("shorts", "blue"),
        D.pattern("solid", "contradiction"),
        D.details("the shorts have a drawstring and are striped"),
        describe("shorts", "", "non_answer"),
        title="Women Navy Blue & White Striped Cotton Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black zipped padded puffer jacket with a high collar and no hood, blue jeans, red beanie,
    # white backdrop. caption adapter: none. The row has no category.
    case(
        "X371-045",
        caption("a man in a black jacket and a red hat", "pronoun"),
        she("a black puffer jacket and a red hat"),
        color_of("jacket", "red", "other_garment_color"),
        D.material("it is made of down feathers", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.details("Question: What are the details of the garment? Answer: zipper Question: What is the", "leak"),
        title="Women Black Solid Padded Puffer Jacket",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal blue full-sleeve wrap top with a v-neck, black mini skirt, white backdrop.
    # caption, material: caption adapter
    case(
        "X371-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with chiffon "
            "fabric. It has a v-shape neckline. The skirt is with cotton fabric and pure color patterns. The skirt",
            "cut",
            hit_limit=True,
        ),
        she("a blue top and a black skirt"),
        color_of("top", "green"),
        color_of("skirt", "blue", "other_garment_color"),
        describe("top", "a blue shirt with a v - neck"),
        B.sleeve_length("long sleeves"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with chiffon "
            "fabric. It has a v-shape",
            "restated",
            hit_limit=True,
        ),
        title="Women Teal Blue Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
]
