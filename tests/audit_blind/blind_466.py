"""BLIND_466 (46 products; women's western and ethnic wear on Myntra: tops, shirts, dresses, kurtis, jeans): written
blind in the forty-eighth session. Measured blind at 38c1dba (the session's rules as they stood): 109/134 failures
found (81.3%) and 4/170 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western and ethnic wear: tops, shirts, dresses, kurtis and
kurta sets, palazzos, jeans and jackets. Most photos show a model in a full outfit (the product with other garments:
jeans under a top, a tee under a jacket, palazzos under a kurti, a dupatta), against studio backdrops, coloured walls,
doors, brick, plants, streets or a beach; a few are flat-lays on a table, floor or plain background. Each row has the
seller's title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: enrich's default questionnaire. The caption, wearing, description and material answers come from the
untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its own, never hit_limit). The details question
("What are the details of the garment?") is answered by the caption LoRA adapter of the original experiments: it
returns its DeepFashion template ("The lady wears a long-sleeve dress with pure color patterns. The dress is with
cotton fabric ..."), has no end token and runs to its 30-token limit, so every details text has hit_limit=True. The
closed questions (garment_type, color, pattern, sleeve_length, the per-piece pants color and "Is this a ...?") are
enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy or indigo, yellow for mustard, pink
  for peach or coral, purple for lavender, cream or white for off white, brown or orange for rust, orange for coral,
  beige or tan for beige. The color of the print (pink roses on a white dress, white dots on navy, blue block print
  on a white kurta), of the trim (gold border on a red kurta) or of the backdrop (wall, floor, door, sea) given as the
  garment's color is contradiction; the color of another worn piece (the jeans, the tee under a jacket, the
  palazzos under a kurti) is other_garment_color.
- Garment synonyms are correct: pants for palazzos or jeans, top or blouse for a short kurti worn with jeans, coat
  for a trench jacket, sweater for a ribbed knit top, leggings for churidar, scarf for a dupatta, shirt for a shacket.
  "dress" for a kurti or a kurta set, "saree" for a kurta set and "shirt" for a shirt dress are contradiction.
- Adapter details: the template has no kurta, so it calls kurtas "dress" (contradiction, what the auditor sees first,
  even when the text also loops or is cut) or "blouse" for a short kurti (accepted). A text that repeats a sentence
  or a clause of the template is loop; one that stops mid-sentence is cut, even where it invents a piece (a shirt on
  a flat-lay of jeans) or misreads the pattern before the cut. A template that happens to end on a full, right
  sentence at the limit is correct, hit_limit kept.
- Materials: one the title names (cotton, denim, georgette as chiffon, satin, corduroy, faux leather as leather) is
  correct; a material neither named nor visible (silk on a yoke-design kurta set, linen on a cotton shirt, wool on a
  trench, silk on rayon palazzos, on a satin dress or on an unnamed fabric) is unsupported. A material answer that is
  the garment's name or the question back is restated; an empty answer is non_answer; "it is made of" is cut (base
  early stop, no hit_limit).
- Invented details not in the photo (a slit, a belt, a necklace, a pocket, shoes on a photo cropped at the knees)
  are unsupported; visible ones (zippers, a gold chain, a hood, holes in the knees, gold buttons) are correct.
- "he" or "a man" for a woman is pronoun. A base answer that runs on into "Question: ... Answer: ..." is leak.
- A color the base model gives a piece that no piece has (grey pants for black jeans, white jeans for blue ones: one
  color for every garment) is contradiction, and so is "a red dress" for a red top with jeans. A flat-lay answered
  with a garment it does not show ("a pair of jeans and a white shirt") is unsupported.
- Reference-engine closed answers: a wrong sleeve length or pattern is contradiction; a seller color Multi answered
  with the jeans' blue is other_garment_color. "pants" as garment_type for jeans is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")

BLIND_466 = [
    # photo: model in a white cotton shirt tucked into blue jeans, plain grey studio backdrop, front view.
    # details: adapter
    case(
        "X466-001",
        caption("a woman in a white shirt and blue jeans"),
        D.wearing("a white shirt and white jeans", "contradiction"),
        D.garment_type("shirt"),
        D.color("white"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "trousers. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White Solid Regular Fit Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue A-line kurti with a white floral print, white palazzos, beige backdrop.
    # details: adapter
    case(
        "X466-002",
        caption("a woman in a blue kurta and white pants"),
        D.wearing("she is wearing a blue and white dress", "contradiction"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        D.description("a blue kurta with white flowers"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. The lady "
            "wears a long-sleeve dress with floral",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Navy Blue Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in black skinny jeans with a mustard yellow top tucked in, white backdrop, full length.
    # details: adapter
    case(
        "X466-003",
        caption("a woman in a yellow top and black jeans"),
        D.wearing("a yellow shirt and yellow pants", "contradiction"),
        D.garment_type("jeans"),
        D.color("yellow", "other_garment_color"),
        D.details(
            "The trousers are with denim fabric and solid color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of a red and white horizontally striped short-sleeve cotton top on a white background.
    # details: adapter
    case(
        "X466-004",
        caption("a red and white striped shirt on a white background with a pair of sunglasses", "unsupported"),
        D.garment_type("top"),
        D.color("red"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and striped patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and striped patterns",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Red & White Striped Pure Cotton Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in an olive green utility jacket (no hood), open over a white tee, blue jeans, grey backdrop.
    # details: adapter
    case(
        "X466-005",
        caption("a woman wearing a green jacket and jeans"),
        D.wearing("a green jacket, white shirt and blue jeans"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.description("a green jacket with a hood", "unsupported"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "jacket is with cotton fabric. The jacket is",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a maroon sleeveless bodycon midi dress (no slit), red brick wall, cropped at the knees.
    # details: adapter
    case(
        "X466-006",
        caption("a woman in a red dress standing in front of a brick wall"),
        D.wearing("a red dress and black heels", "unsupported"),
        D.color("red"),
        D.sleeve_length("sleeveless"),
        D.description("a red dress with a slit on the side", "unsupported"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Women Maroon Solid Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white chikankari embroidered straight kurta with white palazzos, pale pink wall behind.
    # details: adapter
    case(
        "X466-007",
        caption("a woman in a white kurta and white pants"),
        D.wearing("he is wearing a white kurta", "pronoun"),
        D.color("pink", "contradiction"),
        D.pattern("embroidered"),
        D.description("a white kurta with embroidery"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White Chikankari Embroidered Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: model in a light blue denim shirt, sleeves down, tucked into black jeans, grey backdrop.
    # details: adapter
    case(
        "X466-008",
        caption("a woman in a blue denim shirt and black jeans"),
        D.wearing("a blue shirt and blue jeans", "contradiction"),
        D.garment_type("shirt"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The lady wears a long "
            "trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Light Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in mustard yellow flared palazzos with a short white kurti with a small mustard print, studio.
    # details: adapter
    case(
        "X466-009",
        caption("a woman in a white top and yellow pants"),
        D.wearing("a white shirt and white pants", "contradiction"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.description("a pair of yellow pants"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The lady wears a short-sleeve shirt with "
            "graphic patterns. The shirt is with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Solid Flared Rayon Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black short-sleeve crop tee printed "DREAM" in white, blue jeans, white wall.
    # details: adapter
    case(
        "X466-010",
        caption("a woman wearing a black t-shirt with the word dream on it"),
        D.wearing("a black shirt and black jeans", "contradiction"),
        D.color("black"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description("a black t-shirt with the word dream in white letters"),
        D.details(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        D.material("a black t-shirt", "restated"),
        title="Women Black Typography Printed Crop T-shirt Style Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long-sleeve white maxi dress with a pink rose print, standing in a garden.
    # details: adapter
    case(
        "X466-011",
        caption("a woman in a floral dress standing in a garden"),
        D.wearing("a white dress with pink flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women White Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of blue high-rise mom jeans, folded at the hem, no belt, on a light wooden floor.
    # details: adapter
    case(
        "X466-012",
        caption("a pair of blue jeans on a wooden floor"),
        D.garment_type("jeans"),
        D.color("brown", "contradiction"),
        D.description("a pair of blue jeans with a brown belt", "unsupported"),
        D.details(
            "The trousers are with denim fabric and solid color patterns. The lady wears a long-sleeve shirt with "
            "pure color patterns. The shirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model in a green anarkali kurta with a gold print, white churidar, green dupatta; no jewellery.
    # details: adapter
    case(
        "X466-013",
        caption("a woman in a green dress with a gold necklace", "unsupported"),
        D.wearing("a green kurta and white pants"),
        D.color("gold", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Green Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: model in an oversized white shirt with one chest pocket, beige trousers, potted plant beside her.
    # details: adapter
    case(
        "X466-014",
        caption("a woman in a white shirt and beige pants standing next to a plant"),
        D.wearing("a white shirt and khaki pants"),
        D.color("white"),
        D.sleeve_length("long sleeves"),
        D.description("a white button down shirt with a pocket"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        title="Women White Solid Oversized Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a peach sleeveless ruffled top with white jeans, white backdrop.
    # details: adapter
    case(
        "X466-015",
        caption("a woman in a pink top and white jeans"),
        D.wearing("a pink top and pink jeans", "contradiction"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("a pink top with ruffles"),
        D.details(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of it is round. The "
            "lady wears a long trousers. The",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Peach Ruffled Georgette Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a black and white checked long-sleeve shirt with black jeans, grey backdrop.
    # details: adapter
    case(
        "X466-016",
        caption("a woman in a black and white checkered shirt"),
        D.wearing("a black and white plaid shirt and black pants"),
        D.color("black"),
        D.pattern("checked"),
        D.description(
            "a black and white plaid shirt Question: what is the material of the shirt? Answer: cotton", "leak"
        ),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The lady wears a long "
            "trousers. The trousers are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        title="Women Black & White Checked Cotton Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue short-sleeve wrap dress with white polka dots, white backdrop.
    # details: adapter
    case(
        "X466-017",
        caption("a woman in a blue polka dot dress"),
        D.wearing("a blue dress with white polka dots Question: what is the color of the dress? Answer: blue", "leak"),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves"),
        D.material("silk", "unsupported"),
        D.details(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Women Navy Blue Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in plain lavender palazzos with a white crop top, light grey studio backdrop.
    # details: adapter
    case(
        "X466-018",
        caption("a woman wearing a white crop top and purple pants"),
        D.wearing("a white top and white pants", "contradiction"),
        D.garment_type("pants"),
        D.color("purple"),
        D.details(
            "The trousers are with chiffon fabric and pure color patterns. The lady wears a sleeveless tank top with "
            "pure color patterns. The tank top",
            "cut",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        title="Women Lavender Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a light blue denim jacket over a black knee-length dress, white backdrop.
    # details: adapter
    case(
        "X466-019",
        caption("a woman in a denim jacket and a black dress"),
        D.wearing("a blue jean jacket and a black dress"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. The denim jacket is with denim",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a short mustard straight kurti, white floral print, v-neck, three-quarter sleeves, blue jeans.
    # details: adapter (ends on a full sentence at the limit)
    case(
        "X466-020",
        caption("a woman in a yellow kurta and blue jeans"),
        D.wearing("a yellow top and yellow jeans", "contradiction"),
        D.garment_type("kurta"),
        D.color("white", "contradiction"),
        D.description("a yellow kurta with white flowers"),
        D.details(
            "The lady wears a medium-sleeve blouse with floral patterns. The blouse is with cotton fabric. It has a "
            "v-shape neckline.",
            hit_limit=True,
        ),
        title="Women Mustard Yellow Floral Printed Straight Short Kurti",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket with silver zippers, grey tee, black jeans, on a street.
    # details: adapter
    case(
        "X466-021",
        caption("a woman in a black leather jacket standing on a street"),
        D.wearing("a black leather jacket, a black shirt and black jeans", "contradiction"),
        D.color("black"),
        D.description("a black leather jacket with silver zippers"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The jacket is with leather fabric",
            "loop",
            hit_limit=True,
        ),
        D.material("leather"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white square-neck top, short puff sleeves, no bow, blue jeans, in front of a pink wall.
    # details: adapter (ends on a full sentence at the limit)
    case(
        "X466-022",
        caption("a woman in a white top standing in front of a pink wall"),
        D.wearing("a white blouse and blue jeans"),
        D.color("pink", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a white top with puffy sleeves and a bow", "unsupported"),
        D.details(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has "
            "a square neckline.",
            hit_limit=True,
        ),
        title="Women White Puff Sleeve Square Neck Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: flat-lay of a white straight kurta with a blue block print, on a white marble surface.
    # details: adapter
    case(
        "X466-023",
        caption("a white and blue kurta on a marble table"),
        D.garment_type("kurta"),
        D.color("blue", "contradiction"),
        D.pattern("printed"),
        D.description("a white shirt with a blue print", "contradiction"),
        D.details(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White & Blue Block Print Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: model in blue ripped skinny jeans (holes at the knees), white tee, white sneakers, grey backdrop.
    # details: adapter
    case(
        "X466-024",
        caption("a woman in a white t-shirt and ripped jeans"),
        D.wearing("a white shirt and blue jeans and white shoes"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.description("a pair of blue jeans with holes in the knees"),
        D.details(
            "The trousers are with denim fabric and solid color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.material("blue jeans", "restated"),
        title="Women Blue Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red yoke-design kurta with gold zari border, red palazzos, red dupatta, festive backdrop.
    # details: adapter
    case(
        "X466-025",
        caption("a woman in a red and gold saree", "contradiction"),
        D.wearing("a red kurta and pants with a scarf"),
        D.color("gold", "contradiction"),
        D.description("a red kurta with gold trim"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "round neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Red Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sky blue long-sleeve shirt dress with a brown belt at the waist, studio backdrop.
    # details: adapter
    case(
        "X466-026",
        caption("a woman in a light blue shirt dress with a belt"),
        D.wearing("a blue dress and a brown belt"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.description("a blue dress with a collar and buttons"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. It has a lapel neckline. It",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Solid Belted Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black high-neck ribbed long-sleeve top, beige blazer draped on her shoulders, black trousers.
    # details: adapter
    case(
        "X466-027",
        caption("a woman in a black top and a beige blazer"),
        D.wearing("a black sweater and black jacket", "contradiction"),
        D.garment_type("top"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a high neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Black Solid Ribbed High Neck Cotton Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in an off-white embroidered A-line knee-length kurti with pink sharara pants, beige backdrop.
    # details: adapter
    case(
        "X466-028",
        caption("a woman in a white dress and pink pants", "contradiction"),
        D.wearing("she is wearing a white kurta and pink pants"),
        D.color("cream"),
        color_pants("pink"),
        D.details(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Women Off White Embroidered A-Line Kurti with Sharara",
        category="Kurta Sets",
        color="Off White",
        gender="Women",
    ),
    # photo: flat-lay of a cropped blue denim jacket with a plain denim collar on a white background.
    # details: adapter
    case(
        "X466-029",
        caption("a blue denim jacket on a white background"),
        D.garment_type("jacket"),
        D.color("white", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a blue denim jacket with a white fur collar", "unsupported"),
        D.details(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The denim jacket is with denim "
            "fabric. It has a lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Blue Cropped Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink and white vertically striped long-sleeve shirt (no pockets), white trousers, studio.
    # details: adapter
    case(
        "X466-030",
        caption("a woman in a pink striped shirt and white pants"),
        D.wearing("a pink and white striped shirt and white pants"),
        D.color("pink"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a pink and white striped shirt with a collar and a pocket", "unsupported"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and striped patterns. It has",
            "loop",
            hit_limit=True,
        ),
        title="Women Pink & White Striped Cotton Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in black wide-leg palazzos with a grey tank top, white backdrop, full length.
    # details: adapter
    case(
        "X466-031",
        caption("a man in a grey tank top and black pants", "pronoun"),
        D.wearing("a grey tank top and black pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.description("a pair of black pants Question: what is the material of the pants? Answer: cotton", "leak"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The lady wears a sleeveless tank top with "
            "pure color patterns. The tank top is",
            "cut",
            hit_limit=True,
        ),
        D.material("the pants are made of", "cut"),
        title="Women Black Solid Flared Crepe Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: model in a multicolor paisley-printed boho top with a neck tie and three-quarter sleeves, blue jeans.
    # details: adapter
    case(
        "X466-032",
        caption("a woman in a colorful top and jeans"),
        D.wearing("a colorful blouse and blue jeans"),
        D.color("blue", "other_garment_color"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.description("a colorful top with a tie at the neck"),
        D.details(
            "The lady wears a long-sleeve blouse with floral patterns. The blouse is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Women Multicoloured Paisley Print Tie-Up Neck Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: model in an emerald green sleeveless satin slip dress, thin gold chain necklace, on a staircase.
    # details: adapter
    case(
        "X466-033",
        caption("a woman in a green dress standing on a staircase"),
        D.wearing("a green dress and a gold necklace"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description("a green satin dress with thin straps"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "v-shape neckline. The dress is with satin",
            "loop",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Women Emerald Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: model in an indigo straight kurta with a white floral block print and matching indigo pants.
    # details: adapter
    case(
        "X466-034",
        caption("a woman in a blue kurta and pants"),
        D.wearing("a blue kurta with white print Question: what is the pattern of the kurta? Answer: floral", "leak"),
        D.color("blue"),
        D.pattern("floral"),
        D.details(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Women Indigo Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black satin long-sleeve shirt with gold buttons, tan trousers, no jewellery, white backdrop.
    # details: adapter
    case(
        "X466-035",
        caption("a woman in a black shirt and tan pants"),
        D.wearing("he is wearing a black shirt", "pronoun"),
        D.color("brown", "other_garment_color"),
        D.description("a black shirt with gold buttons and a gold necklace", "unsupported"),
        D.details(
            "The shirt is with polyester fabric and pure color patterns. It has a lapel neckline. The lady wears a "
            "long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("satin"),
        title="Women Black Solid Satin Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rust corduroy shacket with patch pockets over a white tee, blue jeans; cropped at the knees.
    # details: adapter
    case(
        "X466-036",
        caption("a woman wearing a brown jacket and jeans"),
        D.wearing("a brown jacket and blue jeans and white shoes", "unsupported"),
        D.color("orange"),
        D.description("a brown corduroy jacket with", "cut"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("corduroy"),
        title="Women Rust Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a yellow sleeveless top with a small white floral print, white trousers, studio.
    # details: adapter
    case(
        "X466-037",
        caption("a woman in a yellow floral top"),
        D.wearing("he is wearing a yellow top and white pants", "pronoun"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description("it is a garment", "non_answer"),
        D.details(
            "Her tank top has no sleeves, cotton fabric and floral patterns. The neckline of it is round. The lady "
            "wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        title="Women Yellow Floral Print Sleeveless Top",
        category="Tops",
        color="Yellow",
    ),
    # photo: model in dark navy bootcut jeans with a red fitted top, plain studio backdrop.
    # details: adapter
    case(
        "X466-038",
        caption("a woman in a red top and blue jeans"),
        D.wearing("a red dress", "contradiction"),
        D.garment_type("pants"),
        D.color("red", "other_garment_color"),
        D.details(
            "The trousers are with denim fabric and solid color patterns. The trousers are with denim fabric and "
            "solid color patterns. The trousers are",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Women Navy Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pastel pink kurti with mirror work and embroidery, white churidar, before a wooden door.
    # details: adapter
    case(
        "X466-039",
        caption("a woman in a pink kurta standing in front of a wooden door"),
        D.wearing("a pink dress and white pants", "contradiction"),
        D.color("brown", "contradiction"),
        D.description("a pink kurta with mirrors and embroidery"),
        D.material("a pink kurta", "restated"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        title="Women Pink Mirror Work Embroidered Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white broderie anglaise cotton dress, short puff sleeves, no belt, bareheaded, on a beach.
    # details: adapter
    case(
        "X466-040",
        caption("a woman in a white dress on the beach"),
        D.wearing("a white dress and a straw hat", "unsupported"),
        D.color("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.description("a white dress with lace and a blue belt", "unsupported"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women White Schiffli Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: model in a beige belted longline trench jacket over a black top and black jeans, city street.
    # details: adapter
    case(
        "X466-041",
        caption("a woman in a beige trench coat"),
        D.wearing("a tan coat, black shirt and black pants"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("a beige trench coat with a belt and buttons"),
        D.details(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Women Beige Solid Longline Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in blue and white geometric printed palazzos with a plain white kurti, studio backdrop.
    # details: adapter
    case(
        "X466-042",
        caption("a woman in a white top and blue printed pants"),
        D.wearing("a woman", "non_answer"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.description("a pair of blue and white pants"),
        D.details(
            "The trousers are with cotton fabric and graphic patterns. The lady wears a long-sleeve blouse with pure "
            "color patterns. The blouse is with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("what material is the garment made of", "restated"),
        title="Women Blue & White Geometric Printed Palazzos",
        category="Palazzos",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black hooded padded puffer jacket (no fur) over a grey hoodie, black jeans, white backdrop.
    # details: adapter
    case(
        "X466-043",
        caption("a woman in a black puffer jacket"),
        D.wearing("black jacket and grey pants", "contradiction"),
        D.color("black"),
        D.description("a black puffer jacket with a hood and a fur trim", "unsupported"),
        D.details(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "high neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Solid Hooded Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sage green wrap top with three-quarter sleeves and a v-neck, white jeans, studio.
    # details: adapter (ends on a full sentence at the limit)
    case(
        "X466-044",
        caption("a woman in a green top and white jeans"),
        D.wearing("he is wearing a green shirt and white pants", "pronoun"),
        D.color("green"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details(
            "The lady wears a medium-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It "
            "has a v-shape neckline.",
            hit_limit=True,
        ),
        D.material("it is made of", "cut"),
        title="Women Sage Green Solid Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: flat-lay of grey straight-fit jeans, button and zip fly showing, on a concrete floor.
    # details: adapter
    case(
        "X466-045",
        caption("a pair of grey jeans on a concrete floor"),
        D.wearing("a pair of jeans and a white shirt", "unsupported"),
        D.garment_type("jeans"),
        D.color("grey"),
        D.description("a pair of grey jeans with a button and zipper"),
        D.details(
            "The trousers are with denim fabric and solid color patterns. The trousers are with denim fabric and "
            "solid color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Women Grey Straight Fit Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a coral floral-print tiered georgette maxi dress, flutter sleeves, no belt, sandals, balcony.
    # details: adapter
    case(
        "X466-046",
        caption("a woman in an orange dress standing on a balcony"),
        D.wearing("she is wearing an orange dress and sandals"),
        D.color("pink"),
        D.pattern("solid", "contradiction"),
        D.description("an orange dress with white flowers and a white belt", "unsupported"),
        D.details(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Coral Floral Print Tiered Georgette Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
]
