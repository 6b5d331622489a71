"""BLIND_258 (46 products; women's western wear: dresses, tops, shirts, jeans, trousers, skirts, co-ords, jackets):
written blind in the forty-second session. Measured blind at 322ac7a (the session's rules as they stood): 103/119
failures found (86.6%) and 4/157 correct texts flagged (2.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western wear: dresses, tops, shirts, jeans, trousers, skirts,
jumpsuits, co-ord sets and jackets, photographed on models against studio backdrops (white, grey, beige, pink) and on
streets (brick and painted walls, graffiti, cafes, gardens, a beach). Most photos show the product worn with other
garments (a tee tucked into jeans, a shirt over a skirt, a jacket over a dress), so the other pieces' colors sit in
the photo. Each row has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase, "a woman in a red
top ...") or from the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The lady
wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric ..."). The adapter has no
end-of-answer token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True, and asked a question it returns its template. Open answers (wearing, description, details, material)
come from the base model unless the comment says the adapter answered them; the base model stops on its own and
never has hit_limit. Closed answers (garment_type, color, pattern, sleeve_length, per-piece colors, "Is this a
...?") come from enrich's `--engine reference`, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, pink for peach or blush, purple for lavender or
  lilac, green for olive, teal, mint or sea green, blue for navy, cobalt or teal blue, white for cream or off white,
  tan or beige for a beige coat. The engine's wrong picks are contradiction: "blue" for a mint or sea green
  garment, "black" for navy, "brown" for olive.
- The color of another piece in the photo given as the product's color (the tucked-in tee's white for jeans, the
  blazer's black for grey trousers) is other_garment_color, and so is the base model's one color for every garment
  ("a green shirt and green pants" for white pants); a color no piece has, a print's dot color or a wall's
  color given as the garment's color is contradiction.
- Garment synonyms are correct: pants for trousers, jean jacket for a denim jacket, overalls for dungarees, blouse
  for a shirt or top, coat for a trench coat, plaid for checks, suit for a blazer co-ord. A jumpsuit called a dress,
  or the adapter's "shirt ... pants" for a jumpsuit or "T-shirt ... denim pants" for dungarees, is a contradiction
  (the misnaming comes first, hit_limit kept). The engine's garment_type naming the jacket worn over the product
  trousers is a contradiction with the seller's category.
- The pattern of another piece (the top's stripes for plain jeans) and ribs or pleats answered "striped" are
  contradiction; long sleeves for a sleeveless or short-sleeved product (and the reverse) are contradiction.
- Materials: one the title names is correct (linen, satin, denim, lace, flannel, faux leather as "leather", rayon,
  chiffon for georgette); chambray answered "denim" is correct (the model cannot tell them apart); a plausible
  "cotton" on a cotton-look plain or printed fabric is correct; silk for satin or georgette, wool for an acrylic knit,
  satin for matte polyester, leather for a nylon bomber, denim for cotton twill cargos, velvet for crepe, cotton for
  a linen the title names are unsupported.
- Invented things not in the photo (a belt, a slit, a hood, a fur collar, a necklace, a hat, a bow, a back zip on a
  front view, rips, polka dots on a plain shirt) are unsupported.
- Adapter texts: a repeated template sentence is a loop; a text stopped mid-sentence without repeating is cut (even
  where it names a wrong fabric or an accessory before the cut). The template answering "What is the person
  wearing?", "Describe the garment." or "What are the details of the garment?" answers it, so those are cut or loop.
- Base texts: "he"/"his" or "a man" for a woman is pronoun; a run-on into "Question: ... Answer: ..." is leak even
  when the first words are right; an early stop ("it is made of", "a short dress with ruffles and") is cut without
  hit_limit; an empty answer, "they are jeans" and "the shirt is white" for details are non_answer; the material
  question answered with the garment's name and color is restated; the same phrase said twice over is loop.
- The engine's garment_type "dress" for a maxi skirt worn with a top is contradiction; "the details of the skirt"
  is non_answer.
- Co-ord sets named piece by piece in their colors are correct; garment_type is not asked of co-ords.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")

BLIND_258 = [
    # photo: model in a black sleeveless bodycon midi dress with a square neck, no slit, plain white studio
    # backdrop, front view.
    # adapter: none
    case(
        "X258-001",
        caption("a woman in a black dress posing for a photo"),
        D.wearing("a black dress"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description("a black dress with a square neckline and a slit on the side", "unsupported"),
        title="Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy and white striped short-sleeve collared shirt dress with a self belt, red brick wall, street.
    # caption: adapter
    case(
        "X258-002",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her waist. The lady wears a short-sleeve dress with striped",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped dress"),
        D.color("black", "contradiction"),
        D.pattern("striped"),
        D.material("cotton"),
        title="Women Navy Blue & White Striped Cotton Shirt Dress with Belt",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow floral print wrap top with flutter sleeves tucked into white jeans, street, daylight.
    # adapter: none
    case(
        "X258-003",
        caption("a woman in a yellow top and white jeans standing on a street"),
        D.wearing("a yellow floral top and white jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        D.material("silk", "unsupported"),
        title="Women Mustard Yellow Floral Print Georgette Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: light blue high-rise skinny jeans (no rips) with a white tee tucked in, white sneakers, grey studio.
    # caption: adapter
    case(
        "X258-004",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers the lady wears is of long length. The trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("blue"),
        D.details("ripped knees", "unsupported"),
        title="Women Light Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon ribbed fitted top, full sleeves, round neck, tucked into black trousers, grey studio backdrop.
    # adapter: none
    case(
        "X258-005",
        caption("a woman in a red top and black pants"),
        D.wearing("a red top and a red pants", "other_garment_color"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.pattern("striped", "contradiction"),
        D.details("ribbed fabric and a round neck"),
        title="Women Maroon Ribbed Fitted Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green short-sleeve utility jumpsuit, chest pockets, self belt, street with a parked car behind.
    # caption: adapter
    case(
        "X258-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green jumpsuit"),
        D.garment_type("jumpsuit"),
        D.color("brown", "contradiction"),
        D.details("a belt at the waist and pockets on the chest"),
        title="Women Olive Green Solid Basic Jumpsuit with Belt",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: white schiffli-embroidered puff-sleeve cotton top with light blue denim shorts, outdoor terrace.
    # adapter: none
    case(
        "X258-007",
        caption("a woman in a white top and denim shorts"),
        D.wearing("a white blouse and shorts"),
        D.color("white"),
        color_shorts("white", "other_garment_color"),
        D.details("puff sleeves and a bow at the neck", "unsupported"),
        D.material("cotton"),
        title="Women White Schiffli Embroidered Puff Sleeve Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black faux leather biker jacket, open, over a white tee and blue jeans, street with shop fronts.
    # caption, details: adapter
    case(
        "X258-008",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and jeans"),
        D.color("black"),
        D.material("leather"),
        D.description("a black leather jacket with a zipper and a fur collar", "unsupported"),
        D.details(
            "The jacket is with leather fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: pink accordion-pleated midi skirt, matte polyester, white tee tucked in, plain white studio.
    # adapter: none
    case(
        "X258-009",
        caption("a woman in a pink skirt and white top"),
        D.wearing("a white shirt and a pink skirt"),
        D.garment_type("skirt"),
        D.color("pink"),
        D.pattern("striped", "contradiction"),
        D.description("a pink skirt with a white t-shirt tucked in and", "cut"),
        D.material("satin", "unsupported"),
        title="Women Pink Accordion Pleated Flared Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: red off-shoulder bardot top with a ruffle band, no sleeves, blue jeans, in front of a yellow wall.
    # adapter: none
    case(
        "X258-010",
        caption("a woman in a red top standing in front of a yellow wall"),
        D.wearing("a red off the shoulder top and a yellow skirt", "contradiction"),
        D.color("yellow", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("he has a ruffle on the top", "pronoun"),
        title="Women Red Off-Shoulder Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: black high-rise wide-leg trousers with a cream satin shirt tucked in, beige studio backdrop.
    # caption: adapter
    case(
        "X258-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and black pants"),
        D.garment_type("trousers"),
        D.color("white", "other_garment_color"),
        color_pants("black"),
        D.material("silk", "unsupported"),
        title="Women Black Solid High-Rise Wide Leg Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: teal blue floral print georgette maxi dress, V-neck, long sleeves, tie at the waist, garden, front view;
    # no slit in the skirt. adapter: none
    case(
        "X258-012",
        caption("a woman in a blue floral dress standing in a garden"),
        D.wearing("a blue floral dress and a necklace", "unsupported"),
        D.color("green"),
        D.pattern("floral"),
        D.material("chiffon"),
        D.details("a v neckline and a slit", "unsupported"),
        title="Women Teal Blue Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: beige knitted co-ord: ribbed long-sleeve crop top and matching wide-leg pants, studio, acrylic knit.
    # adapter: none
    case(
        "X258-013",
        caption("a woman in a beige top and pants"),
        D.wearing(
            "she is wearing a beige sweater and pants Question: what color is the sweater? Answer: beige", "leak"
        ),
        D.color("beige"),
        D.sleeve_length("long sleeves"),
        D.material("wool", "unsupported"),
        D.details("ribbed knit and a crop top"),
        title="Women Beige Knitted Top with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: light blue washed denim jacket over a black knee-length dress, street, buildings behind.
    # details: adapter
    case(
        "X258-014",
        caption("a woman wearing a denim jacket and a black dress"),
        D.wearing("a jean jacket"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.description("a blue jean jacket with", "cut"),
        D.details(
            "The lady wears a long-sleeve denim with pure color patterns. The denim is with denim fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: lavender satin slip midi dress with spaghetti straps, white studio backdrop.
    # caption: adapter
    case(
        "X258-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple dress"),
        D.color("purple"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.description("a light purple dress with spaghetti straps"),
        title="Women Lavender Satin Slip Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue and white checked oversized cotton shirt, full sleeves, with black jeans, grey studio.
    # adapter: none
    case(
        "X258-016",
        caption("a man in a blue and white checkered shirt", "pronoun"),
        D.wearing("a plaid shirt and black jeans"),
        D.pattern("checked"),
        D.color("black", "other_garment_color"),
        D.description(
            "a blue and white shirt with a collar and buttons Question: what is the color of the shirt? Answer: blue",
            "leak",
        ),
        D.material("cotton"),
        title="Women Blue & White Checked Oversized Cotton Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black denim A-line mini skirt, button front and two patch pockets, white tank top, white studio.
    # caption: adapter
    case(
        "X258-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and a black skirt"),
        D.color("black"),
        color_skirt("white", "other_garment_color"),
        D.details("buttons down the front, pockets and a belt", "unsupported"),
        D.material("denim"),
        title="Women Black Denim A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: yellow sundress with white polka dots, spaghetti straps, no belt, park with trees, daylight.
    # adapter: none
    case(
        "X258-018",
        caption("a woman in a yellow dress with white polka dots"),
        D.wearing(
            "a yellow and white polka dot dress Question: what is the color of the dress? Answer: yellow", "leak"
        ),
        D.color("white", "contradiction"),
        D.pattern("polka dots"),
        D.sleeve_length("sleeveless"),
        D.details("a yellow dress with white polka dots and a white belt", "unsupported"),
        title="Women Yellow Polka Dot Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: emerald green satin shirt, full sleeves, with white trousers, white studio backdrop.
    # description: adapter
    case(
        "X258-019",
        caption("a woman in a green shirt and white pants"),
        D.wearing("a green shirt and green pants", "other_garment_color"),
        D.garment_type("shirt"),
        D.color("green"),
        D.material("silk", "unsupported"),
        D.description(
            "The shirt is with silk fabric and pure color patterns. It has a lapel neckline. The shirt is with silk "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women Green Satin Formal Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: black and white checked single-breasted blazer over a black top and black trousers, studio.
    # caption: adapter
    case(
        "X258-020",
        caption(
            "The lady wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "suit neckline. The trousers the lady wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white jacket and black pants"),
        D.pattern("checked"),
        D.color("black"),
        D.material("a black and white jacket", "restated"),
        is_a("blazer", "no", "contradiction"),
        title="Women Black & White Checked Single-Breasted Blazer",
        category="Blazers",
        color="Black",
        gender="Women",
    ),
    # photo: peach tiered ruffled fit-and-flare mini dress, short puff sleeves, in front of a pink painted backdrop.
    # adapter: none
    case(
        "X258-021",
        caption("a woman in a pink dress posing in front of a pink wall"),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.details("ruffles on the skirt and a bow on the back", "unsupported"),
        D.description("a short dress with ruffles and", "cut"),
        title="Women Peach-Coloured Tiered Ruffled Fit & Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue bootcut mid-rise jeans with a red and white striped long-sleeve top, white studio.
    # adapter: none
    case(
        "X258-022",
        caption("a woman in a striped shirt and jeans"),
        D.wearing("a red and white striped shirt and blue jeans"),
        D.color("red", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        color_jeans("blue"),
        D.details("they are jeans", "non_answer"),
        title="Women Navy Blue Bootcut Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white linen wide-leg trousers with drawstring waist, black tank top, seaside boardwalk.
    # caption: adapter
    case(
        "X258-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The trousers the lady wears is of long length. The trousers are with linen",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and black pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("white"),
        D.material("cotton", "unsupported"),
        D.details("a drawstring at the waist"),
        title="Women White Linen Wide Leg Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: red and black buffalo check flannel shirt, full sleeves, worn open over a black tee with blue jeans,
    # outdoors with trees. adapter: none
    case(
        "X258-024",
        caption("a woman in a red and black plaid shirt"),
        D.wearing("a plaid shirt over a black t-shirt and jeans"),
        D.color("red"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("flannel"),
        D.description("he is wearing a red and black plaid shirt", "pronoun"),
        title="Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: white co-ord with blue floral print: short-sleeve collared shirt with a chest pocket and shorts, street.
    # caption: adapter
    case(
        "X258-025",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. The pants are with cotton fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and shorts with blue flowers"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        color_shorts("white"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and floral",
            "loop",
            hit_limit=True,
        ),
        title="Women White & Blue Floral Printed Shirt with Shorts Co-Ord Set",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: black halter-neck wide-leg jumpsuit, no belt, plain grey studio backdrop, full length.
    # adapter: none
    case(
        "X258-026",
        caption("a woman in a black dress", "contradiction"),
        D.wearing("a black jumpsuit"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        D.description("a black jumpsuit with a halter neck and a belt", "unsupported"),
        title="Women Black Solid Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue square-neck top with puff sleeves, white midi skirt, white wall behind.
    # adapter: none
    case(
        "X258-027",
        caption("a woman in a blue top and white skirt standing in front of a white wall"),
        D.wearing("a blue shirt and a blue skirt", "other_garment_color"),
        D.color("blue"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("puffy sleeves and a square neck"),
        D.material("cotton. Question: what is the pattern of the garment? Answer: solid", "leak"),
        title="Women Blue Puff Sleeves Square Neck Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green cotton cargo trousers with side pockets, white crop tee, in front of a graffiti wall.
    # adapter: none
    case(
        "X258-028",
        caption("a woman standing in front of a wall with graffiti"),
        D.wearing("a white crop top and green cargo pants"),
        D.color("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("pockets on the sides"),
        D.material("denim", "unsupported"),
        title="Women Olive Green Relaxed Fit Cotton Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: beige longline trench coat with belt and buttons, no hood, over a black turtleneck and jeans, city
    # street. caption: adapter
    case(
        "X258-029",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a tan trench coat"),
        D.color("beige"),
        D.garment_type("coat"),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a lapel neckline. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.description("a long beige coat with a belt and a hood", "unsupported"),
        title="Women Beige Solid Longline Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: grey melange t-shirt dress with a tiger face graphic on the front, short sleeves, white studio.
    # adapter: none
    case(
        "X258-030",
        caption("a woman wearing a grey t-shirt dress"),
        D.wearing("a grey dress with a print on it"),
        D.pattern("graphic"),
        D.color("grey"),
        D.details("a tiger on the front"),
        title="Women Grey Melange Graphic Printed T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: lavender tie-dye co-ord: long-sleeve sweatshirt and drawstring joggers, pink studio backdrop.
    # caption: adapter
    case(
        "X258-031",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The pants the lady wears is of long length. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple sweatshirt and sweatpants"),
        D.color("purple"),
        D.pattern("tie-dye"),
        D.material("the sweatshirt and the pants", "restated"),
        D.details("the sweatshirt and pants have a tie dye pattern and the pants have a drawstring"),
        title="Women Lavender Tie-Dye Sweatshirt & Joggers Co-Ord Set",
        category="Co-Ords",
        color="Lavender",
    ),
    # photo: mint green smocked cotton midi dress, square neck, short puff sleeves, grass field, daylight.
    # details: adapter
    case(
        "X258-032",
        caption("a woman in a green dress standing in a field"),
        D.wearing("a light green dress and a straw hat", "unsupported"),
        D.color("blue", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a square neckline. The dress is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Mint Green Smocked Cotton Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white long-sleeve formal shirt with a black pencil skirt, office backdrop with desk and plant.
    # adapter: none
    case(
        "X258-033",
        caption("a woman in a white shirt and black skirt standing in an office"),
        D.wearing("a white blouse and a black skirt"),
        D.color("black", "other_garment_color"),
        D.garment_type("shirt"),
        D.description("a white shirt"),
        D.details("the shirt is white", "non_answer"),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: blue denim dungarees over a white short-sleeve tee, white studio, full length.
    # caption: adapter
    case(
        "X258-034",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long denim pants. The pants are with denim",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("overalls and a white t-shirt"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Women Blue Denim Dungarees",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: black ribbed cotton tank top with light blue mom jeans, white studio backdrop.
    # adapter: none
    case(
        "X258-035",
        caption("a woman in a black tank top and jeans"),
        D.wearing("a black tank top and black jeans", "other_garment_color"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description(
            "a black tank top with a round neck Question: what is the woman wearing? Answer: a black tank top", "leak"
        ),
        D.details("", "non_answer"),
        title="Women Black Solid Ribbed Cotton Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: multicoloured abstract print short-sleeve viscose shirt with beige trousers, beige studio.
    # caption: adapter
    case(
        "X258-036",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The trousers the lady wears is of long length. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a colorful shirt and beige pants"),
        D.color("multicolor"),
        D.pattern("printed"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("rayon"),
        D.details(
            "The shirt is with chiffon fabric and graphic patterns. It has a lapel neckline. The shirt is with "
            "chiffon fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        title="Women Multicoloured Abstract Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Multi",
        gender="Women",
    ),
    # photo: blush pink blazer with matching trousers over a white camisole, studio with a pink backdrop.
    # adapter: none
    case(
        "X258-037",
        caption("a woman in a pink suit"),
        D.wearing("a pink blazer and pink pants"),
        D.color("pink"),
        color_pants("white", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("velvet", "unsupported"),
        D.details("he has a pink blazer with buttons", "pronoun"),
        title="Women Pink Solid Blazer with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: chocolate brown satin slip midi skirt with a cream knit sweater, street cafe front.
    # caption: adapter
    case(
        "X258-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with wool fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with satin fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and a brown skirt"),
        D.color("brown"),
        color_skirt("white", "other_garment_color"),
        D.material("satin"),
        D.description("a brown skirt with a slit", "unsupported"),
        title="Women Brown Satin Slip Midi Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: black lace sheath dress, short lace sleeves, round neck, front view only, white studio.
    # caption: adapter
    case(
        "X258-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black lace dress"),
        D.color("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("lace"),
        D.details("lace on the sleeves and a zipper in the back", "unsupported"),
        title="Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green nylon bomber jacket with ribbed cuffs, white tee, black jeans, street with parked bikes.
    # adapter: none
    case(
        "X258-040",
        caption("a man in a green jacket and black jeans", "pronoun"),
        D.wearing("a green bomber jacket"),
        D.color("black", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("a zipper and ribbed cuffs"),
        D.material("leather", "unsupported"),
        title="Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # photo: black wide-leg high-rise jeans with a grey cropped hoodie, white studio.
    # caption: adapter
    case(
        "X258-041",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The pants the lady wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black jeans"),
        D.color("grey", "other_garment_color"),
        color_jeans("black"),
        D.details("the jeans are wide leg and high waisted"),
        D.description("a pair of black jeans with a pair of black jeans", "loop"),
        title="Women Black Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: multicolour printed tiered maxi skirt (orange, blue, green motifs) with a white top, beach, sea behind.
    # adapter: none
    case(
        "X258-042",
        caption("a woman in a long skirt on the beach"),
        D.wearing("a white top and a colorful skirt"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.garment_type("dress", "contradiction"),
        D.material("cotton"),
        D.details("the details of the skirt", "non_answer"),
        title="Women Multicolour Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: maroon long-sleeve wrap dress with a tie at the waist, V-neck, in front of a white brick wall.
    # adapter: none
    case(
        "X258-043",
        caption("a woman in a red dress standing in front of a brick wall"),
        D.wearing("a red wrap dress and a black belt", "unsupported"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.details("a tie at the waist and a v neck"),
        D.material("it is made of", "cut"),
        title="Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey checked slim-fit formal trousers, white shirt and black blazer on top, office corridor.
    # caption: adapter
    case(
        "X258-044",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "suit neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket and grey pants"),
        D.garment_type("jacket", "contradiction"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        color_pants("grey"),
        title="Women Grey Checked Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: plain blue chambray shirt, sleeves rolled to the elbow, over a white tank top with white shorts, studio.
    # adapter: none
    case(
        "X258-045",
        caption("a woman in a blue shirt and white shorts"),
        D.wearing("a denim shirt and white shorts"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.details("rolled up sleeves and two pockets"),
        D.description("a blue shirt with white polka dots", "unsupported"),
        title="Women Blue Solid Chambray Casual Shirt",
        category="Shirts",
        gender="Women",
    ),
    # photo: sea green sleeveless peplum top with white jeans, front view, grey studio backdrop.
    # caption: adapter
    case(
        "X258-046",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long denim pants. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green top and white jeans"),
        D.color("blue", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.details("a peplum waist and a zip in the back", "unsupported"),
        D.material("a green top", "restated"),
        title="Women Sea Green Solid Peplum Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
]
