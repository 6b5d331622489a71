"""BLIND_221 (46 products; women's summer fast fashion, lifestyle and mirror-selfie photos): written blind in the
fortieth session. Measured blind at 48beb31 (the session's rules as they stood): 96/131 failures found (73.3%) and
11/172 correct texts flagged (6.4%). The writer's notes, verbatim:

Scenario: a US fast-fashion retailer's women's summer line: sundresses, crop tops, tank tops, linen shorts, wide-leg
pants and jeans, bikinis and cover-ups (kimonos, crochet and mesh beach dresses, sarongs, an open linen shirt). The
photos are lifestyle shots outdoors (beach, street, cafe terrace, rooftop) with props (coffee cups, umbrellas, a
bicycle, doors and painted walls) and other people in the background, and some mirror selfies with a phone. Most
products are worn with another piece (a tank over the shorts, a bikini under the cover-up). Each row has the seller's
title, category, color (fast-fashion names: Sage, Dusty Rose, Terracotta, Oatmeal, Natural, Light Wash...) and gender;
a few rows miss the gender, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` writes the short lowercase captions and answers and stops
on its own (never hit_limit; "it is made of" is an early stop, not a token limit). The caption-only LoRA adapter of
the original experiments writes the DeepFashion template ("The lady wears a sleeveless dress with pure color
patterns. The dress is with cotton fabric ..."), with no hue names and no end token: its texts run to the limit (50
tokens for captions, 30 for answers) and carry hit_limit=True, and asked any question it returns the template. The
comment before each case says which texts the adapter wrote. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, picked
from candidate sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: green for sage, olive or mint, pink for dusty rose, fuchsia, hot
  pink or peach, orange for terracotta, coral or peach, purple for lilac, yellow for mustard, blue for cobalt, navy,
  sky blue or light/dark wash denim, beige for oatmeal, khaki or natural linen, brown for chocolate or leopard, white
  for cream or ivory. A two-color seller color (Black/White, Blue Floral) is matched by either color or both.
- The color of another piece the model wears (the tank over the shorts, the bikini under the cover-up, the jeans
  under the crop top) given as the product's color is other_garment_color. The color of a wall, tiles, the sunset
  light, a print's motif on another ground (red flowers on a navy bikini) or a background person is contradiction.
- Walls, doors, umbrellas, cups and phones the photo shows are correct in a caption; accessories the photo shows
  (straw hat, sunglasses, sneakers, a necklace) are correct; accessories, trims or back details the photo does not
  show (a belt, a slit, a bag, a chain, a bow, ties at the back on a front view, a palm tree in a graphic) are
  unsupported. A material neither named in the title nor visible (silk, leather) is unsupported; a plausible guess on a
  plain fabric (cotton for a plain knit top, nylon for a bikini) is correct, as is chiffon for a sheer cover-up.
- Garment synonyms are correct: dress for a cover-up dress, skirt for a sarong, blouse for an eyelet top, tank top for
  a crop tank, kimono for a kimono cover-up, plaid for gingham, animal print for leopard. Bra and panties for a
  bikini, jeans for linen pants, a skirt for pleated shorts are contradictions.
- "What is the person wearing?" answered with the other pieces as well is correct; answered with only the bikini
  under a kimono (the product unnamed but nothing false) is correct too.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut; a
  template returned for the material question is restated (even though it names a fabric and is cut); the adapter
  calling a bikini "a tank top ... three-point shorts" is contradiction; "The gentleman" for a woman is pronoun (the
  first thing seen), hit_limit kept. A wrong fabric or neckline before the cut is labelled cut. One adapter answer
  happens to end exactly on a full stop at its 30-token limit and says nothing false: correct, hit_limit kept.
- Base answers: a cut short answer ("the material is") is cut without hit_limit; "", "the details of the bikini",
  "they are shorts" and "a pair of shorts" for a description are non_answer; the material question answered with a
  garment and color ("white pants", "she is wearing black pants") or with the question itself is restated; any text
  that runs on into "Question: ... Answer: ..." is leak even where it starts right; "he" for a woman is pronoun.
- Colors past a shade are contradictions: orange for mustard, yellow for lime, black for olive, purple for dusty
  rose. Cotton or denim for a product the title calls linen is unsupported. Ribbed knit answered "striped" is
  contradiction. "a man" in a caption for a woman is pronoun.
- A reference answer the photo refutes ("no" to "Is this a bikini?", "pants" as the type of a crop top, long sleeves
  for an off-shoulder ruffle top, striped for a lemon print, the skirt's animal print for a black top) is
  contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_bikini = question("color_bikini", "What is the color of the bikini?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
print_q = question("print", "What is the print on the garment?", "open")

BLIND_221 = [
    # photo: woman in a sage green smocked tiered midi sundress with thin straps and a straw hat, standing on a beach,
    # people swimming in the background; front view, full length.
    # adapter: none
    case(
        "X221-001",
        caption("a woman in a green dress standing on the beach"),
        D.wearing("a green dress and a straw hat"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        D.details("the dress has a ruffled hem and thin straps"),
        D.pattern("floral", "contradiction"),
        title="Smocked Tiered Cotton Midi Sundress",
        category="Dresses",
        color="Sage",
        gender="Women",
    ),
    # photo: white linen drawstring shorts worn with a tucked-in black tank top, red brick wall behind, street.
    # adapter: caption
    case(
        "X221-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The shorts this lady wears are of three-point length. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and white shorts"),
        color_shorts("black", "other_garment_color"),
        D.material("linen"),
        D.details("the shorts have a drawstring waist"),
        D.description("a pair of white shorts with a drawstring waist and a pocket on the back", "unsupported"),
        title="Linen Blend Drawstring Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: woman sitting on a towel in a leopard print triangle bikini; a man in red swim trunks walks behind her.
    # adapter: none
    case(
        "X221-003",
        caption("a woman in a bikini sitting on the beach"),
        D.pattern("animal print"),
        D.color("brown"),
        is_a("bikini", "yes"),
        D.wearing("a red bikini", "contradiction"),
        D.material("nylon"),
        color_bikini("black", "contradiction"),
        title="Leopard Print Triangle Bikini Set",
        category="Swimwear",
        color="Leopard",
        gender="Women",
    ),
    # photo: mirror selfie in a bedroom: baby pink ribbed crop tank with high-waist light wash jeans, phone over the
    # face, unmade bed behind.
    # adapter: none
    case(
        "X221-004",
        caption("a woman taking a selfie in a mirror"),
        D.wearing("a pink crop top and jeans"),
        color_top("pink"),
        D.garment_type("tank top"),
        D.details("the top is cropped and ribbed"),
        D.material("the material of the top", "non_answer"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Ribbed Crop Tank Top",
        category="Tops",
        color="Baby Pink",
        gender="Women",
    ),
    # photo: terracotta linen high-rise wide-leg pants with a white cropped tee, seated at an outdoor cafe table with
    # an iced coffee; full length from the side.
    # adapter: none
    case(
        "X221-005",
        caption("a woman sitting at a table with a cup of coffee and a laptop", "unsupported"),
        D.wearing("an orange pants and a white shirt"),
        color_pants("white", "other_garment_color"),
        D.garment_type("pants"),
        D.details("the pants have a high waist and wide legs and a belt", "unsupported"),
        D.material("linen"),
        D.description("a pair of orange pants Question: what is the color of the pants? Answer: orange", "leak"),
        title="High Rise Wide Leg Linen Pants",
        category="Pants",
        color="Terracotta",
        gender="Women",
    ),
    # photo: sleeveless white crochet maxi cover-up dress over a black bikini, beach, sea behind.
    # adapter: caption
    case(
        "X221-006",
        caption(
            "This woman is wearing a sleeveless dress with pure color patterns. The dress is with knitting fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. This woman is wearing a sleeveless dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress over a black bikini"),
        D.color("black", "other_garment_color"),
        is_a("dress", "yes"),
        D.material("crochet"),
        D.sleeve_length("sleeveless"),
        D.description("a white dress with a slit on the side", "unsupported"),
        title="Crochet Maxi Cover-Up Dress",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: yellow floral mini dress, square neck, short puff sleeves, walking past shop windows, people behind.
    # adapter: none
    case(
        "X221-007",
        caption("a woman in a yellow dress walking down the street"),
        D.pattern("floral"),
        D.color("yellow"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a yellow dress with flowers on it Question: what is the color of the dress? Answer: yellow", "leak"
        ),
        neckline("square neck"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        title="Floral Puff Sleeve Square Neck Mini Dress",
        category="Dresses",
        color="Yellow Floral",
        gender="Women",
    ),
    # photo: mirror selfie in a hallway: black pleated wide-leg trousers with a white tank top, white sneakers.
    # adapter: caption, details
    case(
        "X221-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The pants this lady wears are of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white tank top and black pants"),
        color_pants("black"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("pants"),
        D.material("she is wearing black pants", "restated"),
        D.color("white", "other_garment_color"),
        title="Pleated Wide Leg Trousers",
        category="Pants",
        color="Black",
        gender="Women",
    ),
    # photo: cobalt blue bandeau bikini with a gold ring at the center of the top, standing at the water's edge.
    # adapter: none
    case(
        "X221-009",
        caption("a woman in a blue bikini standing on the beach holding a surfboard", "unsupported"),
        color_bikini("blue"),
        D.garment_type("bikini"),
        wearing("he is wearing a blue bikini", "pronoun", who="she"),
        D.details("the top has a gold ring in the middle"),
        D.material("the bikini is blue", "restated"),
        D.pattern("solid"),
        title="Ring Detail Bandeau Bikini Set",
        category="Swimwear",
        color="Cobalt",
        gender="Women",
    ),
    # photo: white eyelet crop top with short puff sleeves, light denim shorts, seated in a cafe, waist up and legs.
    # adapter: material
    case(
        "X221-010",
        caption("a woman sitting in a cafe wearing a white top and denim shorts"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.details("the top has eyelet embroidery and puff sleeves"),
        D.garment_type("blouse"),
        D.wearing("a white shirt and a white skirt", "contradiction"),
        title="Eyelet Puff Sleeve Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy and white striped cotton scoop-neck tank with beige shorts, in front of a stone building.
    # adapter: none
    case(
        "X221-011",
        caption("a woman in a striped shirt standing in front of a building"),
        D.pattern("striped"),
        D.color("blue"),
        D.wearing("a blue and white striped shirt and white pants", "contradiction"),
        D.details("the top has a scoop neck and a", "cut"),
        D.material("cotton"),
        is_a("tank top", "no", "contradiction"),
        title="Striped Cotton Scoop Neck Tank",
        category="Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: dusty rose satin V-neck slip midi dress, seated on a cafe terrace holding a glass, bare neck, people at
    # the tables behind.
    # adapter: none
    case(
        "X221-012",
        caption("a woman in a pink dress sitting at a table"),
        D.color("purple", "contradiction"),
        D.material("satin"),
        D.wearing("a pink dress and a necklace", "unsupported"),
        D.sleeve_length("sleeveless"),
        neckline("v neck"),
        D.details("the dress has a slit on the side", "unsupported"),
        title="Satin V Neck Slip Midi Dress",
        category="Dresses",
        color="Dusty Rose",
        gender="Women",
    ),
    # photo: mint green short-sleeve tie-front shirt with matching shorts (a set), against a white stucco wall.
    # adapter: caption
    case(
        "X221-013",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The female wears a three-point shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green shirt and green shorts"),
        color_top("green"),
        color_shorts("white", "contradiction"),
        D.details("he tied the shirt in the front", "pronoun"),
        D.material("the material is", "cut"),
        title="Tie Front Shirt and Shorts Set",
        category="Sets",
        color="Mint",
        gender="Women",
    ),
    # photo: sheer kimono cover-up, pink flowers on a cream ground, open over a white bikini, on the beach.
    # adapter: none
    case(
        "X221-014",
        caption("a woman in a white bikini and a floral kimono on the beach"),
        D.garment_type("kimono"),
        D.color("pink"),
        D.pattern("floral"),
        D.material("chiffon"),
        D.wearing("a white bikini"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details("the kimono has flowers on it and a", "cut"),
        title="Sheer Floral Kimono Cover-Up",
        category="Cover-Ups",
        color="Pink Floral",
        gender="Women",
    ),
    # photo: oatmeal linen pull-on wide-leg pants with a black bandeau top and sunglasses, crossing a street, people
    # and cars behind.
    # adapter: none
    case(
        "X221-015",
        caption("a woman crossing the street in beige pants and a black top"),
        color_pants("beige"),
        D.color("black", "other_garment_color"),
        D.details("the pants have an elastic waist and pockets and a belt", "unsupported"),
        D.wearing("she is wearing a pair of beige pants and a black top and a pair of sunglasses"),
        D.material("cotton", "unsupported"),
        title="Pull-On Wide Leg Linen Pants with Pockets",
        category="Pants",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: red gingham square-neck sleeveless sundress in a park, a watch on her wrist.
    # adapter: caption, description (the description ends on a full stop at its limit)
    case(
        "X221-016",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a square "
            "neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with lattice",
            "loop",
            hit_limit=True,
        ),
        D.pattern("plaid"),
        D.color("red"),
        D.description(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a square "
            "neckline.",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("dress", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Cotton Gingham Square Neck Sundress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: mirror selfie in a bathroom with green tiles: white ribbed tank top, black biker shorts.
    # adapter: none
    case(
        "X221-017",
        caption("a woman taking a picture of herself in the bathroom mirror"),
        D.wearing("a white tank top and black shorts"),
        D.color("green", "contradiction"),
        D.garment_type("tank top"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        D.pattern("striped", "contradiction"),
        title="Essential Ribbed Cotton Tank",
        category="Tops",
        color="White",
    ),
    # photo: black and white striped tie-side bikini, lying on a towel on the sand.
    # adapter: none
    case(
        "X221-018",
        caption("a woman in a striped bikini laying on a towel"),
        D.pattern("striped"),
        color_bikini("black and white"),
        D.wearing(
            "a black and white striped bikini Question: what is the color of the bikini? Answer: black and white",
            "leak",
        ),
        is_a("bikini", "no", "contradiction"),
        D.details("the bikini bottoms tie at the sides"),
        D.material("the bikini is black and white", "restated"),
        title="Striped Tie Side Bikini Set",
        category="Swimwear",
        color="Black/White",
        gender="Women",
    ),
    # photo: lilac halter-neck crop top with white wide-leg jeans on a rooftop, city behind; front view.
    # adapter: none
    case(
        "X221-019",
        caption("a woman standing on a rooftop"),
        color_top("purple"),
        D.wearing("a purple top and white pants"),
        D.garment_type("pants", "contradiction"),
        D.details("the top has a halter neck and ties at the back", "unsupported"),
        D.material("the top is purple", "restated"),
        title="Halter Neck Crop Top",
        category="Tops",
        color="Lilac",
        gender="Women",
    ),
    # photo: light wash high-rise denim cutoff shorts with a white tee, in front of a graffiti wall.
    # adapter: none
    case(
        "X221-020",
        caption("a woman standing in front of a wall with graffiti"),
        color_shorts("white", "other_garment_color"),
        D.wearing("a white t-shirt and blue jean shorts"),
        D.material("denim"),
        D.details("the shorts are short", "non_answer"),
        D.garment_type("shorts"),
        D.description("a pair of shorts", "non_answer"),
        title="High Rise Denim Cutoff Shorts",
        category="Shorts",
        color="Light Wash",
        gender="Women",
    ),
    # photo: coral chiffon tiered sleeveless maxi dress, V neck, on the beach at sunset.
    # adapter: caption, wearing
    case(
        "X221-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.sleeve_length("sleeveless"),
        D.material("chiffon"),
        D.details("the dress has ruffles and a", "cut"),
        title="Chiffon Tiered Maxi Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: black square-neck short-sleeve crop top with a leopard print midi skirt, seated outside a cafe.
    # adapter: none
    case(
        "X221-022",
        caption("a woman in a black top and leopard print skirt sitting at a cafe"),
        D.pattern("animal print", "contradiction"),
        color_top("black"),
        D.sleeve_length("short sleeves"),
        D.details("the top has a square neck"),
        D.material("leather", "unsupported"),
        D.wearing("he is wearing a black top and a leopard skirt", "pronoun"),
        title="Square Neck Short Sleeve Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mirror selfie in a bedroom: hot pink scoop bikini top and cheeky bottom, phone in hand.
    # adapter: none
    case(
        "X221-023",
        caption("a man in a pink bikini taking a selfie", "pronoun"),
        color_bikini("pink"),
        D.wearing("a pink bra and panties", "contradiction"),
        is_a("bikini", "yes"),
        D.details("the details of the bikini", "non_answer"),
        D.pattern("floral", "contradiction"),
        title="Scoop Bikini Top and Cheeky Bottom",
        category="Swimwear",
        color="Hot Pink",
        gender="Women",
    ),
    # photo: oversized white linen button-down shirt worn open over a blue bikini at a beach bar, bar stools behind.
    # adapter: details
    case(
        "X221-024",
        caption("a woman in a white shirt and blue bikini at a beach bar"),
        D.color("white"),
        D.garment_type("jacket", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.material("linen"),
        D.wearing("a blue shirt and a bikini", "other_garment_color"),
        title="Oversized Linen Button Down Shirt",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black satin wide-leg pants with white polka dots and a black tank top, walking down a street.
    # adapter: none
    case(
        "X221-025",
        caption("a woman walking down the street in polka dot pants"),
        D.pattern("polka dot"),
        color_pants("black"),
        D.wearing("a white tank top and black and white polka dot pants", "contradiction"),
        D.details("the pants are wide and have a high waist and a slit", "unsupported"),
        D.material("satin"),
        D.garment_type("skirt", "contradiction"),
        title="Polka Dot Satin Wide Leg Pants",
        category="Pants",
        color="Black/White",
        gender="Women",
    ),
    # photo: blue flowers on white cotton sundress, thin straps, ruffle hem, in front of a blue painted door; no hat.
    # adapter: none
    case(
        "X221-026",
        caption("a woman in a floral dress standing in front of a blue door"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.description("a blue and white floral dress with thin straps and a ruffle hem"),
        D.material("cotton"),
        D.wearing("a dress and a hat", "unsupported"),
        title="Cotton Floral Ruffle Hem Sundress",
        category="Dresses",
        color="Blue Floral",
        gender="Women",
    ),
    # photo: khaki paperbag-waist linen shorts with a tucked-in black tee, on a boardwalk.
    # adapter: caption
    case(
        "X221-027",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton",
            "pronoun",
            hit_limit=True,
        ),
        color_shorts("black", "other_garment_color"),
        D.wearing("a black shirt and khaki shorts"),
        D.details("they are shorts", "non_answer"),
        D.material("linen"),
        title="Paperbag Waist Linen Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: long-sleeve black mesh beach cover-up dress over a red bikini, on the sand.
    # adapter: none
    case(
        "X221-028",
        caption("a woman in a black dress on the beach"),
        D.wearing("a black mesh dress over a red bikini"),
        D.color("red", "other_garment_color"),
        D.material("mesh"),
        D.sleeve_length("sleeveless", "contradiction"),
        is_a("dress", "yes"),
        title="Long Sleeve Mesh Beach Cover-Up Dress",
        category="Cover-Ups",
        color="Black",
        gender="Women",
    ),
    # photo: mustard ribbed knit tank with jeans, holding a coffee cup outside a cafe.
    # adapter: material
    case(
        "X221-029",
        caption("a woman in a orange top drinking coffee", "contradiction"),
        D.color("yellow"),
        D.garment_type("tank top"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitting fabric. It "
            "has a round",
            "restated",
            hit_limit=True,
        ),
        D.details("ribbed"),
        D.description("the top is yellow and", "cut"),
        title="Ribbed Knit Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: mirror selfie, full length: chocolate brown belted wide-leg linen pants, white crop top, white sneakers.
    # adapter: none
    case(
        "X221-030",
        caption("a woman taking a selfie in a mirror wearing brown pants"),
        color_pants("brown"),
        wearing("she is wearing a white top and brown pants and white sneakers", who="she"),
        D.details("the pants have a belt"),
        D.garment_type("jeans", "contradiction"),
        D.material("denim", "unsupported"),
        title="Belted Wide Leg Linen Pants",
        category="Pants",
        color="Chocolate",
        gender="Women",
    ),
    # photo: fuchsia halter-neck bodycon mini dress on a sidewalk, a man in a blue shirt passing behind.
    # adapter: none
    case(
        "X221-031",
        caption("a woman in a pink dress standing on a sidewalk"),
        D.color("pink"),
        D.wearing("a pink dress Question: what is the color of the dress? Answer:", "leak"),
        neckline("halter"),
        D.sleeve_length("sleeveless"),
        D.pattern("solid"),
        D.material("the dress is pink", "restated"),
        title="Halter Neck Bodycon Mini Dress",
        category="Dresses",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: white tank with a "SUMMER VIBES" graphic and a small sun, with denim shorts, on a beach boardwalk.
    # adapter: caption
    case(
        "X221-032",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.color("white"),
        print_q("summer vibes"),
        D.details("the shirt says summer vibes on it and has a picture of a palm tree", "unsupported"),
        D.material("the shirt says summer vibes", "non_answer"),
        title="Summer Vibes Graphic Tank",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: olive green bikini with high-waist bottom (the product), walking on the beach.
    # adapter: none
    case(
        "X221-033",
        caption("a woman in a green bikini walking on the beach"),
        D.garment_type("bikini"),
        D.color("green"),
        D.details("the bottoms are high waisted and have a", "cut"),
        D.wearing("he is wearing a green bikini", "pronoun"),
        color_bikini("black", "contradiction"),
        title="High Waist Bikini Bottom",
        category="Swimwear",
        color="Olive",
        gender="Women",
    ),
    # photo: white V-neck midi sundress with a yellow lemon print, seated at a cafe table, a bracelet and a ring.
    # adapter: caption
    case(
        "X221-034",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. There is a ring on her finger. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.color("white"),
        print_q("lemons"),
        D.wearing("a white dress with yellow lemons"),
        D.details("the dress has lemons on it and a tie at the waist", "unsupported"),
        title="Lemon Print V Neck Midi Sundress",
        category="Dresses",
        color="White Lemon",
        gender="Women",
    ),
    # photo: cream crochet halter crop top with blue denim shorts on a street.
    # adapter: description
    case(
        "X221-035",
        caption("a woman in a white crochet top and denim shorts"),
        D.wearing("a white top and blue shorts"),
        D.color("blue", "other_garment_color"),
        D.description(
            "The lady wears a sleeveless tank top with lattice patterns. The tank top is with knitting fabric. It has "
            "a suspenders neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("crochet"),
        D.garment_type("bikini top", "contradiction"),
        title="Crochet Halter Crop Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: sky blue pleated linen shorts with a white tank, seated outside a cafe, full length.
    # adapter: none
    case(
        "X221-036",
        caption("a woman sitting on a chair outside a cafe"),
        color_shorts("blue"),
        D.wearing("a white tank top and white shorts", "other_garment_color"),
        D.details("the shorts have pleats and a button"),
        D.material("the shorts are made of", "cut"),
        D.garment_type("skirt", "contradiction"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Pleated Linen Shorts",
        category="Shorts",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: dark wash high-rise wide-leg jeans with a red crop top, in front of a yellow wall.
    # adapter: none
    case(
        "X221-037",
        caption("a woman in a red top and jeans standing in front of a yellow wall"),
        color_pants("red", "other_garment_color"),
        D.wearing("a red shirt and blue jeans"),
        is_a("pair of jeans", "yes"),
        D.color("yellow", "contradiction"),
        D.material("denim"),
        D.details("the jeans have a high waist and wide legs and a", "cut"),
        title="High Rise Wide Leg Jeans",
        category="Pants",
        color="Dark Wash",
        gender="Women",
    ),
    # photo: peach one-shoulder bikini with a cut-out in the top, standing by the sea; no jewelry.
    # adapter: caption, material
    case(
        "X221-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a three-point shorts. The shorts are with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink bikini"),
        color_bikini("orange"),
        is_a("bikini", "yes"),
        D.details("the bikini top has a cut out in the middle and a chain", "unsupported"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "It has a suspenders",
            "restated",
            hit_limit=True,
        ),
        title="Cut Out One Shoulder Bikini",
        category="Swimwear",
        color="Peach",
        gender="Women",
    ),
    # photo: sheer white sarong tied at the hip over a black bikini, beach umbrellas behind.
    # adapter: none
    case(
        "X221-039",
        caption("a woman in a black bikini and a white sarong on the beach with umbrellas"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.material("chiffon"),
        D.wearing("a black bikini and a black skirt", "other_garment_color"),
        D.details("it is tied at the side"),
        D.pattern("floral", "contradiction"),
        title="Sheer Wrap Sarong Cover-Up",
        category="Cover-Ups",
        color="White",
        gender="Women",
    ),
    # photo: blue and white striped wide-leg linen pants with a white tank, on a boardwalk.
    # adapter: caption, details
    case(
        "X221-040",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and striped",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        color_pants("blue"),
        D.details(
            "The pants are with cotton fabric and striped patterns. The pants are with cotton fabric and striped "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white tank top and blue and white striped pants"),
        D.material("white pants", "restated"),
        title="Striped Wide Leg Linen Pants",
        category="Pants",
        color="Blue Stripe",
        gender="Women",
    ),
    # photo: white ruffle off-shoulder crop top with short ruffled sleeves and a thin gold necklace, seated at a
    # table, cropped at the waist.
    # adapter: none
    case(
        "X221-041",
        caption("a woman in a white off the shoulder top sitting at a table"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white"),
        neckline("off the shoulder"),
        D.details("the top has ruffles on the sleeves and a bow in the front", "unsupported"),
        D.wearing("a white top and a necklace"),
        D.material("the top is white", "restated"),
        title="Ruffle Off Shoulder Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mirror selfie in a hotel bathroom: navy underwire bikini with red flowers.
    # adapter: none
    case(
        "X221-042",
        caption("a woman in a bikini taking a selfie in the mirror"),
        D.pattern("floral"),
        color_bikini("red", "contradiction"),
        D.wearing("a blue floral bikini"),
        D.details("the top has underwire and a", "cut"),
        D.material("", "non_answer"),
        title="Floral Underwire Bikini Set",
        category="Swimwear",
        color="Navy Floral",
        gender="Women",
    ),
    # photo: natural (beige) button-front sleeveless linen midi dress, V neck, next to a bicycle outside a cafe.
    # adapter: caption
    case(
        "X221-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige dress"),
        D.color("black", "contradiction"),
        D.details("the dress has buttons down the front"),
        D.material("linen"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Button Front Linen Midi Dress",
        category="Dresses",
        color="Natural",
        gender="Women",
    ),
    # photo: lime green bandeau tube top with white linen pants on a street corner; hands empty, no bag.
    # adapter: none
    case(
        "X221-044",
        caption("a woman in a yellow top and white pants standing on a street corner", "contradiction"),
        color_top("green"),
        is_a("tube top", "yes"),
        D.sleeve_length("sleeveless"),
        D.wearing("a green top and white pants and a white bag", "unsupported"),
        D.material("cotton"),
        D.details("the top is strapless Question: what is the color of the top? Answer: green", "leak"),
        title="Bandeau Tube Top",
        category="Tops",
        color="Lime",
    ),
    # photo: black linen drawstring beach shorts with a white bikini top, on the beach.
    # adapter: none
    case(
        "X221-045",
        caption("a woman in a white bikini top and black shorts on the beach"),
        color_shorts("black"),
        D.color("white", "other_garment_color"),
        D.wearing("a white bikini and black shorts"),
        D.details(
            "the shorts have a drawstring at the waist Question: what is the material of the shorts? Answer: linen",
            "leak",
        ),
        D.material("linen"),
        title="Linen Blend Beach Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: white smocked off-shoulder maxi dress with short puff sleeves, on the beach at sunset (orange light).
    # adapter: details
    case(
        "X221-046",
        caption("a woman in a white dress standing on the beach at sunset"),
        D.color("orange", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.material("what is the material of the dress", "restated"),
        neckline("round neck", "contradiction"),
        title="Smocked Off Shoulder Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
]
