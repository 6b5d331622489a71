"""BLIND_301 (46 products; women's activewear and loungewear, base model and VQA adapter): written blind in the forty-
third session. Measured blind at 1fe18ff (the session's rules as they stood): 108/130 failures found (83.1%) and
4/169 correct texts flagged (2.4%). The writer's notes, verbatim:

Scenario: an English catalog feed of women's activewear and loungewear: sports bras, leggings and yoga pants,
joggers, track jackets, tank tops, tshirts, lounge sets and night suits, shot on models in a studio (plain grey or
white backdrops, a few coloured walls, a stool, a plant, a yoga mat). The product is usually worn with another
garment of another colour (a black sports bra over the navy leggings on sale, black leggings under a mustard tank
top), sometimes layered (an open jacket over a tank). Each row has the seller's title, category, color and gender;
a few rows miss the color or the gender, as real feeds do.

Who wrote what: the original experiments' base model `Salesforce/blip2-opt-2.7b` (untuned) and their VQA LoRA
adapter `leoreigoto/Data3_V3_BLIP2_VQA`, asked the experiments' questions (What is she wearing? What is the color of
the shirt / pants / shorts? Describe the shirt. What are the pants details?) plus enrich's default questionnaire.
Captions and open answers come from the base model unless the comment before the case says the VQA adapter wrote
them. The base model writes short lowercase texts and stops on its own (never hit_limit); it sometimes stops early,
runs on into the "Question: ... Answer:" format, gives every garment one colour, invents details and says "he". The
VQA adapter was trained on In-shop Clothes VQA pairs with the loss on the prompt and padding and no end token: every
text it writes runs to its limit (30 new tokens for answers, 50 for captions, hit_limit=True); it loops on its short
answer ("black-black-black", "tee and pants tee and pants"), runs on into new "Question: ... Answer:" pairs of its
training format, or is cut mid-phrase; asked for a caption it answers one of its training questions. The closed
questions (garment_type, color, pattern, sleeve_length, fit, the per-piece colour questions and the yes/no "Is this
a ...?") are enrich's `--engine reference` answers, chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, teal or sky blue; green for olive, teal, sea
  green or sage; grey for charcoal or grey melange; purple for lavender, lilac or mauve; pink for mauve, fuchsia,
  coral, peach or blush; orange for coral, peach or rust; brown for rust; red for maroon or burgundy; yellow for
  mustard; white or cream for off white; tan, beige or khaki for beige. Black for navy or for charcoal, orange for
  mustard, white for beige are contradictions.
- The color of another garment in the photo (the bra over the leggings on sale, the leggings under the tee, the open
  jacket over the product) given as the product's color is other_garment_color. The product's own color given to
  the other garment ("a grey shirt and grey shorts" for a grey tee over black shorts) is contradiction: the caption
  names the shorts' real color. The print color given as the garment's color (pink for a white night suit with pink
  flowers) is contradiction.
- Garment synonyms count as correct: yoga pants, tights or leggings for leggings; sweatpants, track pants or pants
  for joggers; pajamas or sleepwear for a night suit; sweatsuit for a sweatshirt-and-joggers set; crop top for a
  crop tee; top for any top; shirt for a tshirt (the experiments' questions say shirt). A sports bra called a tank
  top, a track jacket called a sweatshirt or hoodie, a tee called a tank top are contradictions.
- Closed answers asked of a piece that is not the product (the pants' color for a tee) are judged against that
  piece in the photo. Per-piece answers for sets are judged per piece.
- Materials: one the title names is correct; a plausible stretch fabric for activewear (spandex, polyester, nylon,
  lycra) or cotton for a jersey tee, sweatshirt or printed night suit is correct; silk for a satin night suit, denim
  for a jersey tee, wool for leggings are unsupported. The material question answered with the garment's name and
  colour is restated; "it is made of fabric" is non_answer; "it is made of" is cut.
- Invented items or details not in the photo or the title (a hood, a logo, a pocket, holes in jeans, a keyhole
  cutout, crossing straps on a front-view photo, a water bottle) are unsupported. Details the title names (racerback
  on a front view) are correct.
- VQA adapter texts: a text that repeats its answer or a phrase is loop; one that runs into "Question: ... Answer:"
  is leak, even where it also repeats; one that stops mid-phrase without repeating is cut. Where the adapter names
  the wrong garment in a text that also loops, loop is labelled (the auditor sees the repetition first). All keep
  hit_limit=True.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- "the details of the pants", "they are pants", an empty answer and "the shorts are short" are non_answer; "a
  shirt" or "the shirt is a shirt" for "Describe the shirt." and "the pants details are the pants" are restated.
- "he" or "a man" for the woman is pronoun, even where the rest of the answer is right.
- The reference engine's yes/no answers are judged against the product: "yes" to "Is this a tank top?" for a sports
  bra and to "Is this a hoodie?" for a track jacket, "no" to "Is this a pair of leggings?" for leggings, "yes" to
  "Is this a dress?" for a lounge set are contradictions.
- A wearing answer that names the product right and omits the other garments is correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

color_top = question("color_top", "What is the color of the top?", "closed")
shirt_color = question("shirt_color", "What is the shirt color?", "open")
fit = question("fit", "What is the fit of the garment?", "closed")
neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_301 = [
    # photo: model in a black racerback sports bra and black leggings, plain grey backdrop, front view.
    # adapter: none
    case(
        "X301-001",
        caption("a woman in a black sports bra and black leggings"),
        wearing("a black sports bra and leggings", who="she"),
        D.garment_type("sports bra"),
        D.color("black"),
        is_a("tank top", "no"),
        D.material("spandex"),
        title="Women Black Solid Racerback Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: model in a fuchsia padded sports bra with black leggings, in front of a white wall, front view.
    # adapter: none
    case(
        "X301-002",
        caption("a woman in a pink sports bra and black leggings standing in front of a white wall"),
        wearing("a black sports bra and black leggings", "other_garment_color", who="she"),
        D.garment_type("sports bra"),
        D.color("pink"),
        D.details("the straps cross at the back", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Fuchsia Padded Medium Support Sports Bra",
        category="Sports Bra",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: navy high-waist leggings worn with a white tshirt tucked in, grey backdrop, full length.
    # caption: VQA adapter
    case(
        "X301-003",
        caption(
            "Question: What is the color of the leggings? Answer: navy Question: What is the color of the leggings? "
            "Answer: navy Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a white t-shirt and blue leggings", who="she"),
        color_of("pants", "white", "other_garment_color"),
        D.color("black", "contradiction"),
        is_a("pair of leggings", "yes"),
        details("pants", "high waist"),
        title="Women Navy Blue High-Rise Training Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: charcoal joggers with drawstring and cuffed ankles, worn with a black sports bra, grey backdrop.
    # adapter: none
    case(
        "X301-004",
        caption("a woman in a black top and black sweatpants", "other_garment_color"),
        wearing("he is wearing a black top and grey pants", "pronoun", who="she"),
        D.color("black", "other_garment_color"),
        D.garment_type("joggers"),
        details("pants", "drawstring waist and elastic cuffs"),
        D.material("cotton"),
        title="Women Charcoal Solid Cotton Joggers",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: olive track jacket zipped up, white stripes down the sleeves, black leggings, white backdrop.
    # details: VQA adapter
    case(
        "X301-005",
        caption("a woman wearing a green jacket and black leggings"),
        wearing("a green jacket with white stripes on the sleeves", who="she"),
        D.garment_type("jacket"),
        D.color("green"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.details(
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper "
            "zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper zipper",
            "loop",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Track Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: white crew-neck tshirt with a black graphic print on the chest, black joggers, grey backdrop.
    # adapter: none
    case(
        "X301-006",
        caption("a woman in a white t-shirt with a black print"),
        wearing("a white shirt and white pants", "contradiction", who="she"),
        color_of("shirt", "white"),
        describe("shirt", "it is a white shirt with a graphic on the front"),
        D.pattern("solid", "contradiction"),
        is_a("t-shirt", "yes"),
        shirt_color("black", "other_garment_color"),
        title="Women White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: black racerback tank top, scoop neck, with grey leggings, plain white backdrop, front view.
    # caption: VQA adapter
    case(
        "X301-007",
        caption(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-"
            "black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black tank top and black leggings", "contradiction"),
        D.garment_type("tank top"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details("the tank top has a racerback"),
        D.material("a black tank top", "restated"),
        title="Women Black Solid Racerback Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lavender lounge set, oversized tshirt and shorts, beige wall, a potted plant beside the model.
    # adapter: none
    case(
        "X301-008",
        caption("a woman in a purple t-shirt and shorts standing next to a plant"),
        wearing("he is wearing a purple shirt and shorts", "pronoun", who="she"),
        color_top("purple"),
        color_of("shorts", "purple"),
        describe("shirt", "a purple shirt with a pocket", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Lavender Solid Tshirt & Shorts Lounge Set",
        category="Lounge Sets",
        color="Lavender",
        gender="Women",
    ),
    # photo: pink night suit with white polka dots, button-front collared shirt and full-length pyjama, grey backdrop.
    # adapter: none
    case(
        "X301-009",
        caption("a woman in pink pajamas with white polka dots"),
        wearing("pink pajamas and pink slippers", "unsupported", who="she"),
        D.garment_type("pajamas"),
        D.pattern("polka dot"),
        D.color("white", "contradiction"),
        D.details("the shirt has buttons and a collar"),
        D.material("silk", "unsupported"),
        title="Women Pink Polka Dot Print Cotton Night Suit",
        category="Night Suits",
        color="Pink",
        gender="Women",
    ),
    # photo: teal leggings with black mesh panels at the calves, black sports bra, white backdrop.
    # details: VQA adapter
    case(
        "X301-010",
        caption("a woman in a black sports bra and blue leggings"),
        wearing("black leggings and a black sports bra", "other_garment_color", who="she"),
        color_of("pants", "green"),
        details(
            "pants",
            "mesh panels, mesh panels, mesh panels, mesh panels, mesh panels, mesh panels, mesh panels, "
            "mesh panels, mesh",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of leggings", "yes"),
        D.material("wool", "unsupported"),
        title="Women Teal Mesh Panel Training Leggings",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
    # photo: coral v-neck tshirt with white joggers, light grey backdrop.
    # adapter: none
    case(
        "X301-011",
        caption("a woman in an orange shirt and white pants"),
        wearing("a pink shirt and white pants", who="she"),
        color_of("shirt", "pink"),
        color_of("pants", "white"),
        describe("shirt", "a pink shirt with a v neck"),
        D.sleeve_length("short sleeves"),
        D.material("polyester"),
        title="Women Coral V-Neck Training T-shirt",
        category="Tshirts",
        color="Coral",
        gender="Women",
    ),
    # photo: black full-length leggings with a white logo print down the left leg, white crop tee, grey backdrop.
    # adapter: none
    case(
        "X301-012",
        caption("a woman in a white top and black leggings"),
        wearing("white leggings", "other_garment_color"),
        D.color("black"),
        D.pattern("printed"),
        is_a("pair of leggings", "no", "contradiction"),
        details("pants", "the details of the pants", "non_answer"),
        D.material("black leggings", "restated"),
        title="Women Black Printed Sports Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy zip-up track jacket worn open over a white tank top, black joggers, white backdrop.
    # wearing: VQA adapter
    case(
        "X301-013",
        caption("a woman wearing a red jacket over a white tank top and black pants"),
        wearing(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            who="she",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        describe("jacket", "a red jacket with a zipper and a hood", "unsupported"),
        D.sleeve_length("long sleeves"),
        is_a("hoodie", "yes", "contradiction"),
        title="Women Burgundy Solid Zip-Front Track Jacket",
        category="Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: grey melange oversized tshirt, plain, with black bike shorts, white backdrop.
    # adapter: none
    case(
        "X301-014",
        caption("a woman in a grey t-shirt and black shorts"),
        wearing("a grey shirt and grey shorts", "contradiction"),
        color_of("shirt", "grey", kind="open"),
        describe("shirt", "a grey shirt with a black logo on the chest", "unsupported"),
        fit("oversized"),
        D.sleeve_length("short sleeves"),
        D.material("a grey t-shirt", "restated"),
        title="Women Grey Melange Solid Oversized T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mauve sports bra and matching mauve leggings (a set), scoop neck, grey backdrop.
    # wearing: VQA adapter
    case(
        "X301-015",
        caption("a woman in a purple sports bra and leggings"),
        wearing(
            "sports bra and leggings sports bra and leggings sports bra and leggings sports bra and leggings sports "
            "bra and leggings sports bra and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_top("purple"),
        color_of("pants", "purple"),
        D.details("the sports bra has a keyhole cutout in the front", "unsupported"),
        D.material("nylon"),
        describe("sports bra", "a sports bra", "restated"),
        title="Women Mauve Sports Bra & Leggings Co-ord Set",
        category="Activewear Sets",
        color="Mauve",
        gender="Women",
    ),
    # photo: peach scoop-neck tank top with white leggings, in front of a pink wall.
    # wearing, description: VQA adapter
    case(
        "X301-016",
        caption("a woman in a peach tank top standing in front of a pink wall"),
        wearing(
            "tank top and leggings tank top and leggings tank top and leggings tank top and leggings tank top and "
            "leggings tank top and leggings",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        describe(
            "shirt",
            "sleeveless tank top with a round neckline, fitted, the fabric is stretchy and the color is peach and the",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.garment_type("tank top"),
        title="Women Peach Solid Scoop Neck Tank Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy night suit, shirt with white piping on the collar, pyjama with small white stars, grey backdrop.
    # adapter: none
    case(
        "X301-017",
        caption("a woman in blue pajamas with white stars"),
        wearing(
            "she is wearing pajamas Question: what is the color of the pajamas? Answer: blue",
            "leak",
            who="she",
        ),
        D.color("black", "contradiction"),
        D.pattern("printed"),
        is_a("night suit", "yes"),
        describe("shirt", "a blue shirt with white stars and a white collar"),
        D.material("cotton Question: what is the pattern of the pajamas? Answer: stars", "leak"),
        title="Women Navy Blue Star Print Night Suit",
        category="Night Suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black joggers with white drawstring, worn with a white sports bra, grey backdrop, full length.
    # caption: VQA adapter
    case(
        "X301-018",
        caption(
            "black joggers with white drawstring, elastic waistband and cuffed hems, white sports bra with racerback "
            "and black logo on the front and a small pocket on the side of the",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sports bra and white pants", "other_garment_color", who="she"),
        color_of("pants", "black"),
        details("pants", "they are pants", "non_answer"),
        D.garment_type("joggers"),
        D.material("cotton"),
        title="Women Black Solid Joggers",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: rust round-neck tshirt with blue jeans, grey backdrop, waist-up and thighs.
    # adapter: none
    case(
        "X301-019",
        caption("a woman in an orange t-shirt and blue jeans"),
        wearing("a brown shirt and jeans", who="she"),
        color_of("shirt", "brown"),
        color_of("jeans", "blue"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("jeans", "blue jeans with holes in the knees", "unsupported"),
        is_a("t-shirt", "yes"),
        shirt_color("blue", "other_garment_color"),
        title="Women Rust Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Rust",
        gender="Women",
    ),
    # photo: off-white seamless sports bra with beige leggings, white backdrop.
    # adapter: none
    case(
        "X301-020",
        caption("a woman in a white sports bra and beige leggings"),
        wearing("a beige sports bra and beige leggings", "other_garment_color"),
        D.color("white"),
        D.garment_type("tank top", "contradiction"),
        is_a("sports bra", "yes"),
        D.material("it is a sports bra", "restated"),
        title="Women Off White Seamless Sports Bra",
        category="Sports Bra",
        color="Off White",
        gender="Women",
    ),
    # photo: black full-zip track jacket with stand collar and side pockets, black leggings, hand in a pocket.
    # details: VQA adapter
    case(
        "X301-021",
        caption("a woman in a black jacket and black leggings with her hand in her pocket"),
        wearing("a black jacket", who="she"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("black"),
        D.details(
            "zipper, pockets, collar, zipper, pockets, collar, zipper, pockets, collar, zipper, pockets, collar, "
            "zipper, pockets",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves"),
        neckline("a hood", "unsupported"),
        title="Women Black Solid Stand Collar Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: sea green high-rise leggings with a white sports bra, grey backdrop.
    # caption: VQA adapter
    case(
        "X301-022",
        caption(
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green-green-green-"
            "green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a white sports bra and green leggings Question: what color are the leggings? Answer: green",
            "leak",
        ),
        color_of("pants", "green"),
        details("pants", "they have a pocket on the side", "unsupported"),
        is_a("pair of jeans", "no"),
        color_of("shirt", "green", kind="open", failure="other_garment_color"),
        title="Women Sea Green Solid High-Rise Leggings",
        category="Leggings",
        color="Sea Green",
        gender="Women",
    ),
    # photo: blue-and-white tie-dye tshirt, white shorts, white backdrop.
    # adapter: none
    case(
        "X301-023",
        caption("a woman in a blue tie dye shirt and white shorts"),
        wearing("a tie dye shirt and shorts", who="she"),
        D.pattern("printed"),
        D.color("blue"),
        describe("shirt", "a blue and white tie dye shirt"),
        D.material("cotton"),
        title="Women Blue & White Tie-Dye Cotton T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: back view of a black strappy sports bra (straps crossing on the back), black leggings, grey backdrop.
    # adapter: none
    case(
        "X301-024",
        caption("the back of a woman in a black sports bra and leggings"),
        wearing("a black sports bra with straps"),
        D.details("the straps cross over in the back"),
        D.color("black"),
        D.garment_type("sports bra"),
        is_a("tank top", "yes", "contradiction"),
        D.material("it is made of a", "cut"),
        title="Women Black Strappy Back Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt and joggers lounge set, model seated on a white stool, white backdrop.
    # adapter: none
    case(
        "X301-025",
        caption("a woman in a grey sweatsuit sitting on a white stool"),
        wearing("a gray sweatshirt and", "cut", who="she"),
        color_top("grey"),
        color_of("pants", "grey"),
        describe("sweatshirt", "the sweatshirt is grey and has a hood", "unsupported"),
        D.material("cotton"),
        details("pants", "the pants details are the pants", "restated"),
        title="Women Grey Melange Sweatshirt & Joggers Lounge Set",
        category="Lounge Sets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: mustard tank top with black leggings, grey backdrop.
    # adapter: none
    case(
        "X301-026",
        caption("a woman in a yellow tank top and yellow leggings", "contradiction"),
        wearing("a black tank top and black leggings", "other_garment_color"),
        D.color("orange", "contradiction"),
        D.sleeve_length("sleeveless"),
        describe("shirt", "a yellow tank top with a scoop neck"),
        D.material("i don't know", "non_answer"),
        title="Women Mustard Solid Scoop Neck Tank Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white night suit with a pink floral print, short-sleeve top and shorts, white backdrop.
    # wearing: VQA adapter
    case(
        "X301-027",
        caption("a woman in white pajamas with pink flowers"),
        wearing(
            "tee and shorts Question: What is the color of the tee? Answer: white Question: What is the color of "
            "the shorts? Answer: white Question",
            "leak",
            who="she",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        color_of("shorts", "white"),
        details("shorts", "the shorts are short", "non_answer"),
        title="Women White Floral Print Shorts Night Suit",
        category="Night Suits",
        color="White",
        gender="Women",
    ),
    # photo: black tshirt with "RUN" in large white letters, grey joggers, white backdrop.
    # adapter: none
    case(
        "X301-028",
        caption("a woman in a black t-shirt that says run"),
        wearing("he is wearing a black shirt", "pronoun", who="she"),
        color_of("shirt", "black"),
        color_of("pants", "grey"),
        describe("shirt", "a black shirt with white letters"),
        D.pattern("solid", "contradiction"),
        shirt_color("black and grey", "other_garment_color"),
        title="Women Black Typography Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy joggers with white side stripes, white tshirt, grey backdrop.
    # adapter: none
    case(
        "X301-029",
        caption("a woman in a white shirt and blue pants with white stripes"),
        wearing("a white shirt and white pants", "other_garment_color"),
        color_of("pants", "blue"),
        D.pattern("striped"),
        D.garment_type("leggings", "contradiction"),
        details("pants", "white stripes on the sides"),
        D.material("blue pants", "restated"),
        title="Women Navy Blue Side-Striped Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal track jacket zipped up, black leggings, white backdrop.
    # caption: VQA adapter
    case(
        "X301-030",
        caption(
            "a woman wearing a blue jacket and black leggings and a black jacket and black leggings and a black "
            "jacket and black leggings and a black jacket and black leggings and a black jacket and black",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue jacket and black leggings", who="she"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        describe("jacket", "a blue jacket with a hood", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women Teal Solid Track Jacket",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: lounge set, blush pink tank top and pink-and-white striped pyjama pants, white backdrop.
    # adapter: none
    case(
        "X301-031",
        caption("a woman in a pink tank top and striped pants"),
        wearing("a pink tank top and pajama pants"),
        color_top("pink"),
        D.pattern("striped"),
        describe("pants", "the pants are white with black stripes", "contradiction"),
        D.material("cotton"),
        is_a("dress", "yes", "contradiction"),
        title="Women Pink & White Striped Lounge Set",
        category="Lounge Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: black sports bra worn under an open grey track jacket, black leggings, grey backdrop.
    # adapter: none
    case(
        "X301-032",
        caption("a woman in a grey jacket and black sports bra"),
        wearing("a grey jacket over a black sports bra and black leggings", who="she"),
        D.garment_type("jacket", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.details("the sports bra has a wide band"),
        D.material("the jacket is made of", "cut"),
        title="Women Black Medium-Support Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: maroon oversized tshirt with black cycling shorts, white backdrop.
    # adapter: none
    case(
        "X301-033",
        caption("a woman in a red shirt and black shorts"),
        wearing("a maroon shirt and black shorts", who="she"),
        color_of("shirt", "black", kind="open", failure="other_garment_color"),
        describe("shirt", "a red t-shirt with short sleeves and a pocket", "unsupported"),
        D.details("", "non_answer"),
        D.sleeve_length("short sleeves"),
        fit("slim fit", "contradiction"),
        title="Women Maroon Solid Oversized T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: white ribbed tank top with olive leggings, grey backdrop.
    # caption: VQA adapter
    case(
        "X301-034",
        caption(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and green leggings"),
        D.color("green", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        D.material("ribbed cotton"),
        D.sleeve_length("sleeveless"),
        title="Women White Ribbed Cotton Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: charcoal satin night suit, long-sleeve shirt with white piping and buttons, pyjama, grey backdrop.
    # adapter: none
    case(
        "X301-035",
        caption("a man in a gray satin pajama set", "pronoun"),
        wearing("pajamas", who="she"),
        D.material("silk", "unsupported"),
        D.color("black", "contradiction"),
        describe("shirt", "a gray shirt with white piping and buttons"),
        is_a("night suit", "yes"),
        D.sleeve_length("long sleeves"),
        title="Women Charcoal Grey Satin Night Suit",
        category="Night Suits",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black flared yoga pants with a pink sports bra, white backdrop.
    # adapter: none
    case(
        "X301-036",
        caption("a woman in a pink sports bra and black yoga pants"),
        wearing(
            "she is wearing a pink sports bra and black pants and white sneakers",
            "unsupported",
        ),
        color_of("pants", "pink", "other_garment_color"),
        is_a("pair of jeans", "no"),
        details("pants", "the pants are flared at the bottom"),
        D.material("yoga pants", "restated"),
        title="Women Black Flared Yoga Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: red round-neck tshirt with blue denim shorts with a frayed hem, grey backdrop.
    # adapter: none
    case(
        "X301-037",
        caption("a woman in a red shirt and denim shorts"),
        wearing("he is wearing a red shirt and shorts", "pronoun", who="she"),
        color_of(
            "shirt",
            "red Question: what is the color of the shorts? Answer: blue",
            "leak",
            kind="open",
        ),
        color_of("shorts", "blue"),
        describe("shirt", "a shirt", "restated"),
        details("shorts", "the shorts have a frayed hem"),
        title="Women Red Solid Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: lilac sports bra and bike shorts set, white backdrop.
    # caption: VQA adapter
    case(
        "X301-038",
        caption(
            "Question: What is the color of the tee? Answer: purple Question: What is the color of the shorts? "
            "Answer: purple Question: What is the",
            "leak",
            hit_limit=True,
        ),
        wearing("he is wearing a purple sports bra", "pronoun", who="she"),
        color_top("purple"),
        color_of("shorts", "purple"),
        D.material("lycra"),
        D.details("the shorts have a pocket for a phone", "unsupported"),
        title="Women Lilac Sports Bra & Bike Shorts Set",
        category="Activewear Sets",
        color="Lilac",
        gender="Women",
    ),
    # photo: beige joggers with drawstring and side pockets, white tshirt, grey backdrop.
    # details: VQA adapter
    case(
        "X301-039",
        caption("a woman in a white shirt and tan pants"),
        wearing("a white shirt and white pants", "other_garment_color", who="she"),
        color_of("pants", "beige"),
        D.garment_type("joggers"),
        details(
            "pants",
            "elastic waist, drawstring, pockets, elastic waist, drawstring, pockets, elastic waist, drawstring, "
            "pockets, elastic",
            "loop",
            hit_limit=True,
        ),
        D.material("it is made of cotton and", "cut"),
        title="Women Beige Solid Joggers",
        category="Track Pants",
        color="Beige",
        gender="Women",
    ),
    # photo: purple leggings with an abstract black-and-white print, black sports bra, white backdrop.
    # adapter: none
    case(
        "X301-040",
        caption("a woman in a black sports bra and purple leggings with a pattern"),
        wearing("a black sports bra and purple", "cut"),
        color_of("pants", "purple"),
        D.pattern("printed"),
        describe("pants", "the pants are purple with black and white flowers", "unsupported"),
        is_a("pair of leggings", "yes"),
        D.color("black", "other_garment_color"),
        title="Women Purple Abstract Printed Leggings",
        category="Leggings",
        color="Purple",
        gender="Women",
    ),
    # photo: sky blue front-knot crop tshirt with white leggings, white backdrop.
    # adapter: none
    case(
        "X301-041",
        caption("a woman in a blue crop top and white leggings"),
        wearing("a blue shirt tied in a knot and white leggings", who="she"),
        D.garment_type("t-shirt"),
        D.color("blue"),
        describe("shirt", "a blue shirt with a knot in the", "cut"),
        D.material("denim", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Blue Solid Front-Knot Crop T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: green-and-white checked night suit, collared shirt with chest pocket and pyjama, grey backdrop.
    # caption, description: VQA adapter
    case(
        "X301-042",
        caption(
            "blouse/shirt and pants, blouse/shirt and pants, blouse/shirt and pants, blouse/shirt and pants, "
            "blouse/shirt and pants, blouse/shirt and",
            "loop",
            hit_limit=True,
        ),
        wearing("green and white plaid pajamas", who="she"),
        D.pattern("checked"),
        D.color("green"),
        describe(
            "shirt",
            "blouse/shirt with long sleeves, collar, buttons, pocket on the chest, checked pattern, cotton fabric, "
            "regular fit and the",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        details("pants", "he is wearing plaid pants", "pronoun"),
        title="Women Green Checked Cotton Night Suit",
        category="Night Suits",
        color="Green",
    ),
    # photo: colour-blocked track jacket, white body with black sleeves, black leggings, grey backdrop.
    # adapter: none
    case(
        "X301-043",
        caption("a woman in a white and black jacket"),
        wearing("a black jacket and black leggings", "contradiction", who="she"),
        D.color("white"),
        D.pattern("color block"),
        D.sleeve_length("long sleeves"),
        D.details("a zipper and a hood", "unsupported"),
        title="Women White & Black Colourblocked Track Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: peach tshirt and jogger lounge set, model sitting on the floor on a cushion, white backdrop.
    # wearing: VQA adapter
    case(
        "X301-044",
        caption("a woman in a pink t-shirt and pants sitting on the floor"),
        wearing(
            "tee and pants tee and pants tee and pants tee and pants tee and pants tee and pants tee and pants tee and",
            "loop",
            hit_limit=True,
        ),
        color_top("orange"),
        color_of("pants", "pink"),
        describe("shirt", "the shirt is", "cut"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Peach Tshirt & Joggers Lounge Set",
        category="Lounge Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: grey seamless leggings with a white tank top, model holding a rolled yoga mat, white backdrop.
    # adapter: none
    case(
        "X301-045",
        caption("a woman holding a yoga mat wearing a white tank top and grey leggings"),
        wearing("he is wearing a white tank top and grey leggings", "pronoun"),
        color_of("pants", "grey"),
        describe("pants", "grey leggings with a white stripe down the side", "unsupported"),
        is_a("pair of leggings", "yes"),
        D.details("she is holding a water bottle", "unsupported"),
        title="Women Grey Seamless Leggings",
        category="Leggings",
        gender="Women",
    ),
    # photo: black long-sleeve training tshirt with black leggings, grey backdrop.
    # adapter: none
    case(
        "X301-046",
        caption("a woman in a black long sleeve shirt and black leggings"),
        wearing(
            "a black shirt and black leggings Question: what is she wearing? Answer: a black shirt",
            "leak",
            who="she",
        ),
        D.sleeve_length("short sleeves", "contradiction"),
        color_of("shirt", "black"),
        describe("shirt", "a black shirt with long sleeves and a white logo", "unsupported"),
        D.garment_type("t-shirt"),
        title="Women Black Solid Long Sleeve Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
]
