"""BLIND_264 (46 products; women's casual and loungewear: tees, tops, sweatshirts, joggers, shorts, night suits):
written blind in the forty-second session. Measured blind at 3a84e7d (the session's rules as they stood): 117/136
failures found (86.0%) and 7/171 correct texts flagged (4.1%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's casual and loungewear: round-neck and graphic tshirts, tank
and crop tops, sweatshirts and hoodies, joggers and track pants, lounge and denim shorts, night suits and pyjama sets
(top with pyjamas or shorts, many printed: stars, hearts, clouds, polka dots, checks, stripes) and kaftans. Model
shots, some in the studio (plain grey, white or beige backdrop), some at home (bed, sofa, kitchen, balcony with
plants). A bottom is often photographed with a tee or sweatshirt over it, and a top with jeans or joggers under it.
Each row has the seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman
in a grey hoodie ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). The adapter was
trained with no end-of-answer token, so each of its texts runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its template. Open questions (wearing,
description, details, material) come from the base model unless the comment says the adapter answered; the base
model stops on its own and never has hit_limit. Closed questions (garment_type, color, pattern, sleeve_length, the
per-piece color questions, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate sets;
they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, purple for lavender, lilac or mauve (pink for mauve
  too: the base model says pink for dusty purples), pink for peach or dusty pink, green for olive, teal or lime,
  blue for navy, sky blue or turquoise, grey for charcoal or melange, orange for coral or rust, yellow for mustard,
  cream or white for off white, khaki for beige.
- The color of a print (white stars on navy, pink hearts on grey, white clouds, white dots, a white cat graphic, blue
  flowers on a white kaftan) given as the garment's or a piece's color is contradiction. The color of another
  garment worn in the photo (the tee over the joggers, the jeans under the top) given as the product's color is
  other_garment_color. Stripes and checks named as two colors ("pink and white striped") are correct.
- Garment synonyms are correct: dress for a kaftan, sweater for a sweatshirt, pants or sweatpants for joggers,
  pajamas for pyjamas or a night suit, jean shorts for denim shorts, hoodie for a hooded sweatshirt. The reference
  engine's wrong class (jacket for a zip hoodie, skirt for shorts, leggings for joggers, dress for a night suit,
  "yes" to "Is this a pair of jeans?" for pyjamas) is contradiction.
- Layered and multi-piece outfits named piece by piece in their own colors are correct. The base model's one color
  for every piece ("a blue sweatshirt and blue pants" where the pants are white) is contradiction; where the color
  repeated is the other piece's and lands on the product ("a white shirt and white pants" for black joggers worn
  with a white tee), it is other_garment_color.
- Materials: one the title names is correct; a plausible guess on a plain knit or printed fabric (cotton, spandex
  for cycling shorts) is correct; a material neither named nor visible (silk on a cotton night suit, linen on cotton
  shorts, silk on a printed kaftan) is unsupported. A material question answered with the garment's name or color,
  or with the adapter's template, is restated (also when the template is cut).
- Invented items or details not in the photo (a belt under a sweatshirt, sneakers on a photo cropped at the knees, a
  hood on a crew-neck sweatshirt, a chest logo on a plain tee, tassels, a bow) are unsupported.
- Adapter texts: one that repeats a sentence of its template is loop; one that stops mid-sentence without repeating
  is cut, even when it names an accessory the photo lacks (one kind per text). The template answering "What is the
  person wearing?" or a details question does answer it, so those are cut or loop, not restated.
- A base answer that stops mid-phrase ("it is made of", "written on the") is cut, without hit_limit. "the details of
  the pants", "it is a t-shirt" for a description and "the shorts are short" are non_answer; the question read back
  is restated. Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are
  right. "he" for a woman is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")

BLIND_264 = [
    # photo: model in a plain white round-neck cotton tee tucked into blue jeans, plain grey studio backdrop, front.
    # no adapter texts
    case(
        "X264-001",
        caption("a woman in a white t-shirt and white jeans", "contradiction"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.sleeve_length("short sleeves"),
        D.material("cotton"),
        D.description(
            "a white t-shirt with a round neck Question: what is the color of the t-shirt? Answer: white",
            "leak",
        ),
        title="Women White Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy long-sleeve notched-collar pyjama set with a small white star print, standing by a bed.
    # caption: adapter
    case(
        "X264-002",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue pajama set with stars"),
        color_top("blue"),
        color_pants("white", "contradiction"),
        D.pattern("printed"),
        D.material("cotton"),
        D.details(
            "The shirt is with cotton fabric and graphic patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and graphic patterns. It has a",
            "loop",
            hit_limit=True,
        ),
        title="Women Navy Blue Star Print Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a grey melange crew-neck sweatshirt (no hood) over black joggers, white studio backdrop.
    # no adapter texts
    case(
        "X264-003",
        caption("a woman wearing a grey sweatshirt and black pants"),
        D.wearing("a grey sweatshirt"),
        D.garment_type("sweatshirt"),
        D.color("black", "other_garment_color"),
        D.details("the sweatshirt has a hood", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.description("she is wearing a grey sweatshirt and grey pants", "contradiction"),
        title="Women Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a loose pink kaftan with a small white-and-green floral print, sitting on a beige sofa.
    # no adapter texts
    case(
        "X264-004",
        caption("a woman in a pink kaftan sitting on a couch"),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The lady "
            "wears a long-sleeve dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.description("a pink kaftan with flowers on it"),
        D.material("silk", "unsupported"),
        D.pattern("floral"),
        is_a("kaftan", "yes"),
        D.details("the kaftan has a", "cut"),
        title="Women Pink Floral Printed Kaftan Nightdress",
        category="Nightdress",
        color="Pink",
        gender="Women",
    ),
    # photo: model in black solid joggers with a white cropped tee, plain grey studio backdrop, no jewellery.
    # caption, details: adapter
    case(
        "X264-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard yellow tee with black "good vibes only" lettering, beige wall behind, front view.
    # no adapter texts
    case(
        "X264-006",
        caption("a woman in a yellow shirt with the words good vibes on it"),
        D.wearing("a yellow t-shirt with a black print"),
        D.color("orange", "contradiction"),
        D.pattern("typography"),
        D.details("the shirt says good vibes only"),
        D.material("it is made of", "cut"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Mustard Yellow Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in olive drawstring lounge shorts with side pockets and a white tank top, studio, cropped at knee.
    # no adapter texts
    case(
        "X264-007",
        caption("a woman in a white tank top and green shorts"),
        D.wearing("a white tank top and green shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details("the shorts have pockets and a drawstring"),
        D.description("the shorts are short", "non_answer"),
        D.material("the shorts are green", "restated"),
        title="Women Olive Green Solid Lounge Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a maroon satin long-sleeve button-down night shirt with matching pants, bedroom, front.
    # caption: adapter
    case(
        "X264-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red pajama set"),
        D.color("pink", "contradiction"),
        D.material("satin"),
        D.details("the shirt has buttons and a collar"),
        D.sleeve_length("long sleeves"),
        D.description("a red shirt and red pants with a white collar", "unsupported"),
        title="Women Maroon Solid Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in an oversized lavender hooded sweatshirt with kangaroo pocket, white joggers, studio.
    # no adapter texts
    case(
        "X264-009",
        caption("a woman in a purple hoodie"),
        D.wearing("a purple hoodie and purple pants", "contradiction"),
        D.garment_type("hoodie"),
        D.color("purple"),
        D.details("the hoodie has a kangaroo pocket and a drawstring"),
        D.material("the hoodie is purple", "restated"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Lavender Solid Hooded Oversized Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model sitting on a bed in blue-and-grey striped pyjama bottoms and a black tee.
    # no adapter texts
    case(
        "X264-010",
        caption("a woman in a black shirt and striped pants sitting on a bed"),
        D.wearing("a black shirt and blue and grey striped pajama pants"),
        D.color("black", "other_garment_color"),
        D.pattern("striped"),
        D.details(
            "the pants have a drawstring waist Question: what is the pattern of the pants? Answer: striped",
            "leak",
        ),
        is_a("pair of pajamas", "yes"),
        D.material("", "non_answer"),
        title="Women Blue Striped Lounge Pyjamas",
        category="Pyjamas",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a peach sleeveless ribbed tank top with blue denim shorts, balcony railing behind, no jewellery.
    # caption, material: adapter
    case(
        "X264-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and blue shorts"),
        D.garment_type("tank top"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("the top has a lace trim at the neck", "unsupported"),
        title="Women Peach Solid Ribbed Tank Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in charcoal grey joggers with cuffed hems and a white hoodie, plain white studio backdrop.
    # no adapter texts
    case(
        "X264-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The pants this lady wears is of long "
            "length. The pants are with cotton fabric and pure color patterns. The pants this lady wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white hoodie and grey sweatpants", "pronoun"),
        D.garment_type("pants"),
        D.color("grey"),
        D.details("the sweatpants have an elastic waistband and cuffed hems"),
        D.description("grey pants Question: Describe the pants. Answer: grey", "leak"),
        title="Women Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a red-and-white checked notched-collar night shirt with chest pocket and matching pants, studio.
    # no adapter texts
    case(
        "X264-013",
        caption("a woman in a red and white checkered pajama set"),
        D.wearing(
            "a red and white plaid pajamas Question: what is the color of the pajamas? Answer: red",
            "leak",
        ),
        D.pattern("checked"),
        color_top("red"),
        color_pants("red"),
        D.details("the top has a collar and a pocket on the chest"),
        D.material("wool", "unsupported"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Women Red & White Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Red",
        gender="Women",
    ),
    # photo: model in an oversized black tee with a white cat graphic and the word "meow", blue jeans, studio.
    # caption: adapter
    case(
        "X264-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt with a cat on it"),
        D.color("white", "contradiction"),
        D.description("a black t-shirt with a white cat on it and the word meow"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a pocket on the front", "unsupported"),
        title="Women Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in beige cotton lounge shorts and a black tank top, studio, cropped at the knees.
    # no adapter texts
    case(
        "X264-015",
        caption("a woman in a black top and black shorts", "contradiction"),
        D.wearing("a black top and khaki shorts"),
        D.garment_type("shorts"),
        D.color("black", "other_garment_color"),
        D.material("linen", "unsupported"),
        D.details("the shorts have a", "cut"),
        title="Women Beige Solid Cotton Lounge Shorts",
        category="Shorts",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a plain teal round-neck tee (no logo) and blue jeans, grey studio backdrop.
    # no adapter texts
    case(
        "X264-016",
        caption("a woman in a green t-shirt"),
        D.wearing("a green t-shirt and blue jeans"),
        D.color("green"),
        D.details("it has a small logo on the chest", "unsupported"),
        D.material("cotton"),
        D.garment_type("polo shirt", "contradiction"),
        D.description("a green t-shirt with a round neck and a", "cut"),
        title="Women Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a long white georgette kaftan with a blue floral print, v-neck, studio with a wicker chair.
    # caption: adapter
    case(
        "X264-017",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress with blue flowers"),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.material("chiffon"),
        is_a("kaftan", "yes"),
        D.description("a white dress with blue flowers and a black belt", "unsupported"),
        title="Women White & Blue Floral Printed Georgette Kaftan",
        category="Kaftan",
        color="White",
        gender="Women",
    ),
    # photo: model in a coffee-brown crew-neck fleece sweatshirt over blue jeans, hem covering the waist, studio.
    # details: adapter
    case(
        "X264-018",
        caption("a woman in a brown sweater and jeans"),
        D.wearing("a brown sweatshirt and blue jeans with a brown belt", "unsupported"),
        D.garment_type("sweatshirt"),
        D.color("brown"),
        D.details(
            "The sweater is with cotton fabric and pure color patterns. It has a round neckline. The sweater is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        D.pattern("striped", "contradiction"),
        title="Women Brown Solid Fleece Sweatshirt",
        category="Sweatshirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model sitting on a bed with pillows in a grey tee and shorts night suit with a small pink heart print.
    # no adapter texts
    case(
        "X264-019",
        caption("a woman sitting on a bed in a grey pajama shirt and shorts"),
        D.wearing("a pink t-shirt and grey shorts", "contradiction"),
        color_top("pink", "contradiction"),
        color_shorts("grey"),
        D.pattern("printed"),
        D.details("the shirt has pink hearts on it"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Grey Heart Printed Night Suit",
        category="Night suits",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a coral short puff-sleeve square-neck cotton top with white trousers, studio.
    # no adapter texts
    case(
        "X264-020",
        caption("a woman in an orange top and white pants"),
        D.wearing("a coral top with puff sleeves"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("the top has puff sleeves and a square neckline"),
        D.material("it is made of cotton and", "cut"),
        title="Women Coral Solid Puff Sleeve Cotton Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model in navy drawstring joggers with a grey tee, standing in a home kitchen.
    # caption: adapter
    case(
        "X264-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey shirt and grey pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("grey", "other_garment_color"),
        D.description("a pair of navy blue jogger pants with a drawstring"),
        D.details("the details of the pants", "non_answer"),
        title="Women Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a lime green and white tie-dye crew-neck sweatshirt (no hood, no pockets visible), studio.
    # no adapter texts
    case(
        "X264-022",
        caption("a woman in a tie dye sweatshirt"),
        D.wearing(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater with color",
            "loop",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("tie and dye"),
        D.material("what is the garment made of", "restated"),
        D.details("the sweatshirt has a hood and pockets", "unsupported"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Lime Green Tie-Dye Sweatshirt",
        category="Sweatshirts",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in black solid lounge pyjamas with an elastic waist and a pink tee, standing in a bedroom.
    # no adapter texts
    case(
        "X264-023",
        caption("a woman in a pink t-shirt and black pants standing in a bedroom"),
        D.wearing("a pink t-shirt and pink pajama pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("black"),
        is_a("pair of jeans", "yes", "contradiction"),
        D.details("the pants have an elastic waist"),
        D.description("black pants with a pink drawstring and pink pockets", "unsupported"),
        title="Women Black Solid Lounge Pyjamas",
        category="Pyjamas",
        color="Black",
        gender="Women",
    ),
    # photo: model in a long off-white cotton kaftan with gold embroidery at the neckline, wide long sleeves, studio.
    # caption: adapter
    case(
        "X264-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("cream"),
        D.details("the dress has gold embroidery around the neck"),
        D.sleeve_length("long sleeves"),
        D.material(
            "it is made of cotton Question: what is the color of the dress? Answer: white",
            "leak",
        ),
        title="Women Off White Embroidered Cotton Kaftan",
        category="Kaftan",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a plain red round-neck tee with black cotton shorts, grey studio backdrop.
    # details: adapter
    case(
        "X264-025",
        caption("a woman in a red shirt and black shorts"),
        D.wearing("a red shirt and black shorts"),
        D.color("black", "other_garment_color"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The shorts are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description("she is wearing a red t-shirt with a white logo", "unsupported"),
        title="Women Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sky blue pyjama set (tee and pyjamas) with a white cloud print, bedroom.
    # no adapter texts
    case(
        "X264-026",
        caption("a woman in blue pajamas with clouds on them"),
        D.wearing("a light blue pajama set"),
        color_top("blue"),
        color_pants("white", "contradiction"),
        D.description("he is wearing blue pajamas with white clouds", "pronoun"),
        D.material("blue pajamas", "restated"),
        title="Women Sky Blue Cloud Print Pyjama Set",
        category="Night suits",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: model in green shorts with a tropical leaf print and a plain white tee, garden behind, no bow.
    # caption: adapter
    case(
        "X264-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and floral patterns. The lady wears a "
            "short-sleeve T",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and green shorts with leaves"),
        D.color("green"),
        D.pattern("printed"),
        D.details("the shorts have a bow on the side", "unsupported"),
        D.description(
            "a pair of green shorts with palm leaves Question: what is the color of the shorts? Answer: green",
            "leak",
        ),
        title="Women Green Tropical Printed Shorts",
        category="Shorts",
        color="Green",
        gender="Women",
    ),
    # photo: model in a mauve sleeveless ribbed crop top with grey joggers, white studio backdrop.
    # no adapter texts
    case(
        "X264-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink top and grey pants"),
        D.garment_type("top"),
        D.color("purple"),
        D.sleeve_length("sleeveless"),
        D.material("ribbed cotton"),
        D.description("he is wearing a purple crop top", "pronoun"),
        title="Women Mauve Solid Ribbed Cotton Crop Top",
        category="Tops",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in black track pants with white side stripes and zip pockets, black tee, grey studio backdrop.
    # no adapter texts
    case(
        "X264-029",
        caption("a woman in black track pants with white stripes"),
        D.wearing("a black t-shirt and black pants with white stripes on the side"),
        D.color("black"),
        D.details("the pants have white stripes on the side and a zip pocket"),
        is_a("pair of leggings", "no"),
        D.material("polyester"),
        D.description(
            "a pair of black pants with white stripes on the sides Question: what is the material of the "
            "pants? Answer: polyester",
            "leak",
        ),
        title="Women Black Solid Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: model on a bed in a yellow short-sleeve collared shirt and shorts night suit with white flowers.
    # caption, details: adapter
    case(
        "X264-030",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and floral",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and shorts with flowers"),
        color_top("yellow"),
        color_shorts("white", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and floral patterns. It",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Women Yellow Floral Print Cotton Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a dusty pink sweatshirt with "BROOKLYN" in white letters, blue jeans, studio.
    # no adapter texts
    case(
        "X264-031",
        caption("a woman in a pink sweatshirt with the word brooklyn on it"),
        D.wearing("a pink sweatshirt and blue jeans"),
        D.color("pink"),
        D.description("a pink sweatshirt with the word brooklyn written on the", "cut"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("the sweatshirt has a zipper on the front", "unsupported"),
        title="Women Dusty Pink Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a navy kaftan with a white geometric print and a tie at the waist (no tassels), living room
    # with plants. no adapter texts
    case(
        "X264-032",
        caption("a woman in a blue and white kaftan standing in a living room with plants"),
        D.wearing("a blue and white dress"),
        D.color("white", "contradiction"),
        is_a("kaftan", "yes"),
        D.details("the kaftan has tassels on the sleeves", "unsupported"),
        D.material("cotton"),
        D.description(
            "a blue and white kaftan Question: what is the pattern of the kaftan? Answer: geometric",
            "leak",
        ),
        title="Women Navy Blue Geometric Printed Kaftan",
        category="Kaftan",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in olive joggers with ribbed ankle cuffs and a black crew-neck sweatshirt, grey studio backdrop.
    # caption, material: adapter
    case(
        "X264-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black sweatshirt and green pants"),
        D.garment_type("leggings", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("the pants have cuffs at the ankles"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white tee with a multicolour flower graphic on the front, grey joggers, studio.
    # no adapter texts; the row has no gender
    case(
        "X264-034",
        caption("a woman in a white t-shirt with flowers on it"),
        D.wearing("a white shirt and grey pants"),
        D.color("white"),
        D.pattern("graphic"),
        D.details("the shirt has a flower print on the front"),
        D.description("it is a t-shirt", "non_answer"),
        D.material("the t-shirt is white", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Floral Graphic Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: model in black cycling shorts and an oversized grey tee, studio, cropped just below the knees.
    # no adapter texts
    case(
        "X264-035",
        caption("a woman in a grey t-shirt and black shorts"),
        D.wearing("a grey shirt and black shorts and white sneakers", "unsupported"),
        D.garment_type("shorts"),
        D.color("grey", "other_garment_color"),
        is_a("pair of leggings", "no"),
        D.material("spandex"),
        D.details("the shorts are short", "non_answer"),
        title="Women Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue washed denim shorts with frayed hems and a white sleeveless top, outdoor wall.
    # caption: adapter
    case(
        "X264-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric. The shorts are with denim fabric and pure color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and white shorts", "other_garment_color"),
        D.color("blue"),
        D.material("denim"),
        D.details("the shorts have frayed hems and a button"),
        D.description(
            "blue shorts Question: what is the person wearing? Answer: a white top",
            "leak",
        ),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink-and-white striped short-sleeve collared night shirt and matching pants, bedroom.
    # details: adapter
    case(
        "X264-037",
        caption("a woman in a pink and white striped pajama set"),
        D.wearing("he is wearing pink and white striped pajamas", "pronoun"),
        D.pattern("striped"),
        color_top("pink"),
        color_pants("pink"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The shirt is with cotton fabric and striped patterns. It has a lapel neckline. The pants are with cotton "
            "fabric and striped patterns. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Pink Striped Night Suit",
        category="Night suits",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an open grey zip-up hooded sweatshirt with two pockets over a black tank, black leggings, studio.
    # no adapter texts
    case(
        "X264-038",
        caption("a woman in a grey hoodie and black leggings"),
        D.wearing("a grey hoodie over a black top and black leggings"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey"),
        D.details("the hoodie has a zipper and two pockets"),
        D.material("the hoodie is grey", "restated"),
        title="Women Grey Solid Hooded Zip Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a long turquoise-and-white tie-dye kaftan, v-neck, wide sleeves, no belt, studio.
    # caption: adapter; the row has no color
    case(
        "X264-039",
        caption(
            "The lady wears a short-sleeve dress with color block patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a short-sleeve dress with color block patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white tie dye dress"),
        D.color("blue"),
        D.pattern("tie and dye"),
        D.description("a long blue dress with a v neck and wide sleeves"),
        D.details("the dress has a belt", "unsupported"),
        D.material("silk", "unsupported"),
        title="Women Turquoise Blue Tie-Dye Kaftan",
        category="Kaftan",
        gender="Women",
    ),
    # photo: model in a black long-sleeve night shirt and pants with white polka dots, studio.
    # no adapter texts
    case(
        "X264-040",
        caption("a woman in black and white polka dot pajamas"),
        D.wearing("a black shirt with white dots and black pants"),
        color_top("white", "contradiction"),
        color_pants("black"),
        D.pattern("polka dots"),
        D.material("silk", "unsupported"),
        D.details("the shirt has a collar and the pants have", "cut"),
        title="Women Black Polka Dot Print Cotton Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: model on a sofa in a charcoal grey lounge tee with a chest pocket and light pink shorts.
    # no adapter texts
    case(
        "X264-041",
        caption("a woman sitting on a couch in a grey shirt and pink shorts"),
        D.wearing("a dark grey t-shirt and pink shorts"),
        D.color("pink", "other_garment_color"),
        D.details("the t-shirt has a pocket on the chest"),
        D.description("he is wearing a grey t-shirt", "pronoun"),
        D.sleeve_length("short sleeves"),
        D.material("", "non_answer"),
        title="Women Charcoal Grey Solid Lounge T-shirt",
        category="Lounge Tshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in white lounge shorts with black side piping and a black tee, bedroom.
    # caption: adapter
    case(
        "X264-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and white shorts"),
        D.garment_type("skirt", "contradiction"),
        D.color("black", "other_garment_color"),
        D.details("the shorts have black piping on the sides"),
        D.description(
            "white shorts with black trim Question: What is the color of the shorts? Answer: white",
            "leak",
        ),
        title="Women White Solid Lounge Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust orange high-neck sweatshirt with ribbed cuffs and cream trousers, studio.
    # material: adapter
    case(
        "X264-043",
        caption("a woman in an orange sweater"),
        D.wearing("an orange sweatshirt and orange pants", "contradiction"),
        D.color("orange"),
        D.sleeve_length("long sleeves"),
        D.details("the sweatshirt has a turtleneck and ribbed cuffs"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a stand neckline",
            "restated",
            hit_limit=True,
        ),
        D.description(
            "an orange turtleneck sweater Question: what is the person wearing? Answer: an orange sweater",
            "leak",
        ),
        title="Women Rust Solid High Neck Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Women",
    ),
    # photo: model in green-and-navy tartan checked pyjama bottoms and a white tee, bedroom.
    # no adapter texts
    case(
        "X264-044",
        caption("a woman in a white shirt and plaid pants"),
        D.wearing("a white shirt and green plaid pajama pants"),
        D.color("blue", "contradiction"),
        D.pattern("checked"),
        is_a("pair of pants", "yes"),
        D.details("the details of the pants are the details", "non_answer"),
        D.description("he is wearing plaid pajama pants", "pronoun"),
        title="Women Green Checked Cotton Pyjamas",
        category="Pyjamas",
        color="Green",
        gender="Women",
    ),
    # photo: model in a lilac tie-front top with a small butterfly print and blue jeans, balcony with plants.
    # material: adapter
    case(
        "X264-045",
        caption("a woman in a purple shirt standing on a balcony"),
        D.wearing("a purple top and blue jeans"),
        D.garment_type("top"),
        D.color("purple"),
        D.details("the top has a butterfly print and a tie at the front"),
        D.material(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Lilac Butterfly Print Tie-Front Top",
        category="Tops",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a navy crew-neck sweatshirt with white joggers, white studio backdrop.
    # caption: adapter
    case(
        "X264-046",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The lady "
            "wears a long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue sweatshirt and blue pants", "contradiction"),
        D.garment_type("sweatshirt"),
        D.color("blue"),
        D.sleeve_length("long sleeves"),
        D.material("the sweatshirt is blue", "restated"),
        title="Women Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
]
