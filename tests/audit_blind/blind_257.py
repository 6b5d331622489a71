"""BLIND_257 (46 products; mixed-gender sportswear and loungewear, studio model shots): written blind in the forty-
second session. Measured blind at bed60cf (the session's rules as they stood): 104/128 failures found (81.2%) and
6/158 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: an English catalog feed of men's, women's and a few unisex sportswear and loungewear products: track
jackets (plain, piped, striped sleeves, colour-blocked, hooded), sports t-shirts (solid, raglan, typography and graphic
prints, long-sleeve quarter-zip), tank tops, sports bras, leggings and tights (solid, mesh-panel, camouflage and
abstract prints), running and training shorts, joggers and track pants, and co-ord lounge sets (tee and shorts, tee
and pants, sweatshirt or hoodie and joggers, shirt and shorts). Studio model shots, front or side view, most models
wearing a second garment from outside the product (a tee under a track jacket, leggings with a sports bra, a tank
with shorts); some photos have a coloured wall, a sofa, a stool, a chair, a plant, a yoga mat, dumbbells or a mug.
Each row has the seller's title, category, color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its
own) or from the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The gentleman
wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric ..."), which has no end token
and so runs to its limit (hit_limit=True): it is cut mid-sentence or loops back into its first sentence, and it
returns the template to any question it is asked. The comment before each case says which texts the caption adapter
wrote; three open color answers come from the VQA adapter, which also never stops and loops on one color word
(hit_limit=True, stored open). Every other open answer (wearing, description, details, material, neckline,
waistband, closure) comes from the base model and never has hit_limit. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece color questions and "Is this a ...?") are enrich's `--engine reference`
answers chosen from candidate sets: never a loop or a cut, but often the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue or teal; green for olive, teal, sage or
  bottle green; grey for charcoal or grey melange; red or maroon for burgundy and maroon; pink for coral, dusty pink
  or peach; purple for lavender or lilac; yellow for mustard or neon yellow; cream or white for off white. Navy as
  black, mustard as orange, orange as red, neon yellow as green, sky blue as white, maroon as pink and olive as black
  are contradiction.
- A color that belongs to another garment in the photo (the tee under the jacket, the leggings with the bra, the
  shorts with the tee, the white stripes of a striped tee given as the shorts' color) is other_garment_color; a color
  that belongs to no garment (the wall, the sofa, the stool, the yoga mat, the plant) is contradiction.
- The per-piece color questions are asked of whatever the model wears: "white" for the shirt worn with lavender
  shorts is correct even though the shirt is not the product.
- Garment synonyms are correct: sweatpants or pants for joggers and track pants, pants or tights for leggings,
  pajamas or sweatsuit for a lounge set, sweater for a ribbed knit lounge top, bra for a sports bra, hoodie for the
  hooded top of a lounge set. A sports bra as tank top, a tank top as t-shirt, a track jacket as hoodie or sweater
  (the jacket's category is Track Jackets) and shorts answered "no" to "Is this a pair of shorts?" are contradiction.
- Pattern: stripes down the side of track pants are "striped" (correct); piping on an otherwise plain jacket is
  "solid" (correct); a printed eagle on a tank answered "solid" is contradiction.
- Materials: one the title names is correct; polyester, spandex or nylon for a stretch sports garment whose title
  names no material is a plausible reading of the visible fabric and is correct; a material other than the one the
  title names (cotton for a polyester tee, silk for a modal set, wool for a ribbed cotton set) is contradiction.
  "it is made of fabric" is non_answer; a bare "it is made of" is cut (base model, no hit_limit).
- Invented details the photo does not show (a logo on a plain tank, bra or shorts, white sneakers on a photo cropped
  at the knees, a hood on a stand-collar jacket, a pocket on a pocketless tee, a zipper on biker shorts or on a back
  pocket, crossed straps on the back of a front-view bra, a v neck on a round-neck tee, buttons on a zip jacket) are
  unsupported.
- Adapter texts: a text that goes back to a sentence it already wrote is loop; one that stops mid-sentence without
  repeating is cut; the template returned for the material question is restated even though it mentions a fabric.
  Where the adapter's template says "The lady" for a man, the wrong person is what the auditor sees first: pronoun;
  where it names the wrong garment (a sweater for a track jacket), contradiction. hit_limit is kept on all of them.
- "he" for a woman and "a man" for a woman in a hooded lounge set are pronoun, and so is the adapter's "The lady"
  for a man. "What is she wearing?" asked of the man in the unisex joggers photo, answered without any pronoun, is
  correct.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right. The
  details question answered "they are short", "the details of the pants" or "the jacket has details", or left
  empty, is non_answer, and so are "the shirt is made of a material" and "i don't know"; "the shirt is a shirt", "the
  waistband of the shorts", "the neckline of the garment" and a material question answered "a blue shirt" are
  restated.
- One color for every garment (the base model's habit): "a green jacket and green pants" for black joggers, "a grey
  t-shirt" for the black tee worn with grey joggers, is other_garment_color; "striped shorts" for the plain shorts
  worn with a striped tee is contradiction (a pattern, not a color).
- A base answer that stops after "and a white" or "has a" is cut (no hit_limit).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
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

neckline = question("neckline", "What is the neckline of the garment?", "open")
waistband = question("waistband", "What kind of waistband does it have?", "open")
closure = question("closure", "How does the jacket close?", "open")

BLIND_257 = [
    # photo: woman in a black full-zip track jacket, zipped up, thin white piping down the sleeves, black leggings,
    # plain grey studio backdrop, front view.
    # caption adapter: none
    case(
        "X257-001",
        caption("a woman in a black track jacket and black leggings"),
        wearing("a black jacket with white stripes", who="she"),
        B.garment_type("jacket"),
        B.color("black"),
        B.pattern("solid"),
        closure("a zipper"),
        title="Women Black Solid Polyester Track Jacket",
        category="Track Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy round-neck sports t-shirt with a small white logo on the chest, grey shorts, white
    # backdrop, front view.
    # caption adapter: caption
    case(
        "X257-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The shorts this gentleman wears is of short length. The shorts are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and grey shorts", who="he"),
        color_of("shirt", "navy"),
        color_of("shorts", "navy", "other_garment_color"),
        details("shirt", "the shirt has a small logo on the chest"),
        B.material("cotton", "contradiction"),
        title="Men Navy Blue Rapid-Dry Polyester Training T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a coral racerback sports bra and black leggings, white backdrop, front view.
    # caption adapter: none
    case(
        "X257-003",
        caption("a woman in a pink sports bra and black leggings"),
        wearing("she is wearing a pink sports bra and black leggings", who="she"),
        B.garment_type("sports bra"),
        B.color("black", "other_garment_color"),
        is_a("sports bra", "yes"),
        describe(
            "top",
            "a pink sports bra with a racer back and a white logo on the front",
            "unsupported",
        ),
        B.material("spandex"),
        title="Women Coral Solid Racerback Workout Sports Bra",
        category="Sports Bra",
        color="Coral",
        gender="Women",
    ),
    # photo: man in grey melange joggers with drawstring, side pockets and cuffed ankles, black t-shirt, white
    # sneakers, white backdrop, full length front view.
    # caption adapter: none
    case(
        "X257-004",
        caption("a man in a grey t - shirt and grey sweatpants", "other_garment_color"),
        wearing("a black shirt and grey pants", who="he"),
        color_of("pants", "black", "other_garment_color"),
        details("pants", "the pants have a drawstring and pockets"),
        B.material("cotton"),
        is_a("pair of joggers", "yes"),
        title="Men Grey Melange Solid Cotton Joggers",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a lilac co-ord lounge set (short-sleeve round-neck tee and matching wide-leg pants), sitting on
    # a white cube, beige backdrop.
    # caption adapter: caption
    case(
        "X257-005",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The lady wears a short-sleeve T-shirt with "
            "pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a purple shirt and purple pants", "pronoun", who="she"),
        color_of("shirt", "purple"),
        color_of("pants", "purple"),
        B.material("cotton"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Lilac Solid Cotton T-shirt & Pants Lounge Set",
        category="Lounge Sets",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in a plain red sleeveless gym tank top (no logo), black shorts, white backdrop, front view.
    # caption adapter: none
    case(
        "X257-006",
        caption("a man in a red tank top and black shorts"),
        wearing("he is wearing a red tank top and black shorts", who="he"),
        B.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "the shirt has a nike logo on the chest", "unsupported"),
        B.material("it is made of", "cut"),
        title="Men Red Solid Training Tank Top",
        category="Tank Tops",
        color="Red",
        gender="Men",
    ),
    # photo: woman in black high-rise leggings with mesh panels on the calves, white crop tank top, side view, grey
    # backdrop.
    # caption adapter: caption
    case(
        "X257-007",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a white tank top and black leggings Question: What is the color of the leggings? Answer: black",
            "leak",
            who="she",
        ),
        color_of("pants", "white", "other_garment_color"),
        details("pants", "the pants have mesh panels"),
        B.material("mesh"),
        waistband("high waist"),
        title="Women Black High-Rise Mesh Panel Leggings",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive track jacket with a black contrast yoke, stand collar, no hood, zipped; black joggers;
    # white backdrop, front view.
    # caption adapter: none; color_jacket from the VQA adapter (free generation)
    case(
        "X257-008",
        caption("a man in a green jacket and black pants"),
        wearing("a green jacket and green pants", "other_garment_color", who="he"),
        B.color("olive"),
        B.pattern("color block"),
        color_of(
            "jacket",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jacket", "the jacket has a zipper and a hood", "unsupported"),
        closure("it has a zipper"),
        title="Men Olive Colourblocked Track Jacket",
        category="Track Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white crew-neck t-shirt with the word "RUN" printed in black, grey leggings, standing in
    # front of a pink wall.
    # caption adapter: none
    case(
        "X257-009",
        caption("a woman in a white t-shirt standing in front of a pink wall"),
        wearing("a white t-shirt with black writing and grey leggings", who="she"),
        B.color("pink", "contradiction"),
        B.pattern("graphic"),
        describe("shirt", "a white t-shirt with the word run on it"),
        neckline("the neckline of the garment", "restated"),
        title="Women White Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a royal blue short-sleeve sports t-shirt with neon yellow side panels, black shorts, white
    # backdrop, front view.
    # caption adapter: caption, details
    case(
        "X257-010",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts this lady wears is of short length. The shorts are with cotton fabric "
            "and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a blue shirt and black shorts", who="he"),
        color_of("shirt", "blue"),
        color_of("shorts", "yellow", "other_garment_color"),
        B.pattern("color block"),
        details(
            "shirt",
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Men Blue Colourblocked Dri-Fit Sports T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman sitting cross-legged on a purple yoga mat in black-and-white abstract print leggings (no pockets)
    # and a black sports bra, white backdrop.
    # caption adapter: none
    case(
        "X257-011",
        caption("a woman sitting on a yoga mat in black and white leggings"),
        wearing("a black sports bra and black and white leggings", who="she"),
        B.color("purple", "contradiction"),
        B.pattern("printed"),
        details(
            "leggings",
            "the leggings have a high waist and a pocket on the side",
            "unsupported",
        ),
        B.material("polyester"),
        title="Women Black & White Abstract Print Polyester Leggings",
        category="Tights",
        color="Black",
    ),
    # photo: man in a grey melange co-ord lounge set (crew-neck sweatshirt and joggers with elastic cuffs), white
    # sneakers, grey backdrop, front view.
    # caption adapter: none
    case(
        "X257-012",
        caption("a man in a grey sweatsuit"),
        wearing("he is wearing a grey sweatshirt and grey sweatpants", who="he"),
        color_of("pants", "grey"),
        details(
            "pants",
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The pants this gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        B.material("fleece"),
        waistband("elastic Question: What is the color of the pants? Answer: grey", "leak"),
        title="Men Grey Melange Cotton Fleece Sweatshirt & Joggers Lounge Set",
        category="Lounge Sets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a mustard activewear co-ord (sports bra and matching leggings), white backdrop, front view.
    # caption adapter: none
    case(
        "X257-013",
        caption("a woman in a yellow sports bra and yellow leggings"),
        wearing(
            "he is wearing a yellow sports bra and yellow leggings",
            "pronoun",
            who="she",
        ),
        B.color("orange", "contradiction"),
        color_of("top", "yellow"),
        B.sleeve_length("sleeveless"),
        details("top", "the details of the top", "non_answer"),
        title="Women Mustard Solid Sports Bra & Leggings Activewear Set",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in black track pants with three white stripes down each side, plain white t-shirt, white backdrop,
    # front view.
    # caption adapter: caption
    case(
        "X257-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The trousers this gentleman wears is of long length. The trousers are with cotton "
            "fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and black pants with white stripes", who="he"),
        color_of("pants", "white", "other_garment_color"),
        B.pattern("striped"),
        details(
            "pants",
            "The trousers are with cotton fabric and stripe patterns. The trousers this gentleman wears is of long "
            "length. The trousers are with cotton fabric and stripe",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester"),
        title="Men Black Striped Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a sage green lounge set (short-sleeve button-down shirt with collar and matching shorts),
    # sitting on a beige sofa, beige wall behind.
    # caption adapter: none
    case(
        "X257-015",
        caption("a woman sitting on a couch in green pajamas"),
        wearing("a green shirt and shorts", who="she"),
        color_of("shirt", "green"),
        color_of("shorts", "beige", "contradiction"),
        details("shirt", "the shirt has buttons and a collar"),
        B.material("silk", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="Women Sage Green Modal Shirt & Shorts Lounge Set",
        category="Lounge Sets",
        color="Sage Green",
        gender="Women",
    ),
    # photo: man in a white sleeveless training tank with a large black eagle graphic on the front, grey joggers,
    # grey concrete wall behind.
    # caption adapter: none
    case(
        "X257-016",
        caption("a man in a white tank top with a black eagle on it"),
        wearing("a white tank top and", "cut", who="he"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("sleeveless"),
        describe(
            "shirt",
            "a white shirt with a black eagle Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Men White Graphic Printed Training Tank Top",
        category="Tank Tops",
        color="White",
        gender="Men",
    ),
    # photo: woman in a navy zip-up track jacket worn open over a white sports bra, navy leggings, white backdrop,
    # front view.
    # caption adapter: caption, material
    case(
        "X257-017",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue jacket, a white bra and blue leggings", who="she"),
        color_of("jacket", "white", "other_garment_color"),
        B.garment_type("jacket"),
        B.material(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        closure("zip"),
        title="Women Navy Blue Solid Track Jacket",
        category="Track Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man running (side view) in black 5-inch running shorts with a small reflective logo, grey t-shirt,
    # white backdrop.
    # caption adapter: none
    case(
        "X257-018",
        caption("a man running in a grey shirt and black shorts"),
        wearing("a black shirt and black shorts", "other_garment_color", who="he"),
        color_of("shorts", "grey", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        B.material("polyester"),
        is_a("pair of shorts", "yes"),
        title="Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a maroon crew-neck oversized sweatshirt (no hood) and matching joggers, holding a white mug,
    # white backdrop.
    # caption adapter: none
    case(
        "X257-019",
        caption("a woman in a red sweatshirt and sweatpants holding a coffee mug"),
        wearing("a maroon sweatshirt and maroon pants", who="she"),
        color_of("shirt", "pink", "contradiction"),
        color_of("pants", "maroon"),
        describe("sweatshirt", "a red sweatshirt with a hood", "unsupported"),
        B.material("fleece"),
        title="Women Maroon Fleece Sweatshirt & Joggers Lounge Co-ord Set",
        category="Lounge Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: man in a black full-zip hooded track jacket worn open over a white t-shirt, black joggers, white
    # backdrop, front view.
    # caption adapter: caption
    case(
        "X257-020",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black jacket and a white shirt", who="he"),
        color_of("jacket", "black"),
        color_of("shirt", "black", "other_garment_color"),
        B.garment_type("jacket"),
        details("jacket", "the jacket has details", "non_answer"),
        title="Men Black Solid Hooded Track Jacket",
        category="Track Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal v-neck short-sleeve sports t-shirt, black shorts, white backdrop, front view.
    # caption adapter: none
    case(
        "X257-021",
        caption("a woman in a blue shirt and black shorts"),
        wearing("he is wearing a blue t-shirt and black shorts", "pronoun", who="she"),
        B.color("green"),
        B.sleeve_length("long sleeves", "contradiction"),
        describe("shirt", "the shirt is a shirt", "restated"),
        neckline("v neck"),
        B.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a V-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Teal Solid V-Neck Sports T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: man in a charcoal co-ord lounge set (short-sleeve tee and drawstring shorts), sitting on a wooden stool,
    # white wall.
    # caption adapter: none
    case(
        "X257-022",
        caption("a man sitting on a wooden stool in a grey t-shirt and shorts"),
        wearing("a grey t shirt and grey shorts", who="he"),
        color_of("shirt", "grey"),
        color_of("shorts", "brown", "contradiction"),
        details(
            "shorts",
            "the shorts have a drawstring Question: What is the color of the shorts? Answer: grey",
            "leak",
        ),
        B.material("cotton"),
        title="Men Charcoal Cotton T-shirt & Shorts Lounge Set",
        category="Lounge Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a black strappy sports bra and black leggings, front view cropped at the hips (the back is not
    # shown), grey backdrop.
    # caption adapter: caption
    case(
        "X257-023",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a tank top with pure color patterns. The tank top is with cotton "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a black sports bra", who="she"),
        B.garment_type("tank top", "contradiction"),
        B.color("black"),
        details("bra", "the bra has straps crossing in the back", "unsupported"),
        B.material("nylon"),
        title="Women Black Strappy Nylon Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: man in a bright orange short-sleeve training t-shirt, black joggers, white backdrop, front view.
    # caption adapter: none
    case(
        "X257-024",
        caption("a man in an orange shirt and black pants"),
        wearing("an orange shirt and black pants", who="he"),
        color_of("shirt", "red", "contradiction"),
        color_of(
            "pants",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shirt", "", "non_answer"),
        B.material("the shirt is made of a material", "non_answer"),
        title="Men Orange Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: woman in lavender high-waist biker shorts (no zipper, small side pocket) and a white oversized t-shirt
    # knotted at the side, white backdrop, front view.
    # caption adapter: none
    case(
        "X257-025",
        caption("a woman in a white t - shirt and white shorts", "other_garment_color"),
        wearing("a white shirt and purple shorts", who="she"),
        color_of("shorts", "white", "other_garment_color"),
        color_of("shirt", "white"),
        details(
            "shorts",
            "the shorts are purple and have a pocket on the side and a zipper",
            "unsupported",
        ),
        is_a("pair of shorts", "yes"),
        B.material("spandex"),
        title="Women Lavender Solid High-Rise Biker Shorts",
        category="Shorts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a navy track jacket with white sleeves (colour-blocked), stand collar, grey joggers, white
    # backdrop, front view.
    # caption adapter: caption, description
    case(
        "X257-026",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white jacket and grey pants", who="he"),
        B.color("grey", "other_garment_color"),
        B.pattern("color block"),
        describe(
            "jacket",
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.material("polyester"),
        title="Men Navy Blue & White Colourblocked Track Jacket",
        category="Track Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a dusty pink cropped racerback tank top, grey joggers, white backdrop, front view.
    # caption adapter: none
    case(
        "X257-027",
        caption("a woman in a pink tank top and grey sweatpants"),
        wearing(
            "she is wearing a pink tank top and grey sweatpants Question: What is the color of the tank top? Answer: "
            "pink",
            "leak",
            who="she",
        ),
        B.garment_type("tank top"),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        details(
            "top",
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of long",
            "cut",
            hit_limit=True,
        ),
        title="Women Dusty Pink Solid Cropped Racerback Tank Top",
        category="Tank Tops",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: man holding two dumbbells, in plain black training shorts (no stripes) and a black sleeveless tank, grey
    # backdrop, front view.
    # caption adapter: none
    case(
        "X257-028",
        caption("a man holding two dumbbells in black shorts"),
        wearing("a black tank top and black shorts", who="he"),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a white stripe on the side", "unsupported"),
        B.material("it is made of fabric", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Men Black Solid Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in olive/khaki/brown camouflage print leggings and a black crop top, white backdrop, front view.
    # caption adapter: caption, details
    case(
        "X257-029",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and graphic "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and black leggings", "other_garment_color", who="she"),
        B.pattern("camouflage"),
        B.color("black", "other_garment_color"),
        details(
            "leggings",
            "The trousers this lady wears is of long length. The trousers are with cotton fabric and graphic patterns. "
            "The trousers this lady wears is of long length. The trousers",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester"),
        title="Women Olive Camouflage Print Polyester Leggings",
        category="Tights",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a sky blue long-sleeve quarter-zip running top (no pockets), black shorts over black tights, white
    # backdrop, front view.
    # caption adapter: none
    case(
        "X257-030",
        caption("a man in a blue shirt and black shorts"),
        wearing("a blue shirt and blue shorts", "other_garment_color", who="he"),
        B.sleeve_length("long sleeves"),
        color_of("shirt", "white", "contradiction"),
        describe(
            "shirt",
            "a blue shirt with a zipper on the front and two pockets on the chest",
            "unsupported",
        ),
        B.material("a blue shirt", "restated"),
        title="Men Sky Blue Quarter-Zip Long Sleeve Running T-shirt",
        category="Tshirts",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: woman in a peach ribbed-knit lounge set (long-sleeve henley top with three buttons and joggers), white
    # backdrop, front view.
    # caption adapter: caption
    case(
        "X257-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with knitted fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink sweater and pink pants", who="she"),
        color_of("shirt", "pink"),
        color_of("pants", "pink"),
        details(
            "shirt",
            "The sweater is with knitted fabric. It has a round neckline. The sweater is with knitted fabric. It has a "
            "round neckline. The sweater",
            "loop",
            hit_limit=True,
        ),
        B.material("wool", "contradiction"),
        title="Women Peach Ribbed Cotton Henley & Joggers Lounge Set",
        category="Lounge Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: man in black joggers and a white t-shirt, white backdrop, front view (unisex product, male model).
    # caption adapter: none
    case(
        "X257-032",
        caption("a man in black sweatpants and a white t - shirt"),
        wearing("a white shirt and black pants", who="she"),
        color_of("pants", "black"),
        details("pants", "the details of the pants", "non_answer"),
        is_a("pair of joggers", "yes"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants",
            "restated",
            hit_limit=True,
        ),
        title="Unisex Black Solid Cotton Joggers",
        category="Track Pants",
        color="Black",
        gender="Unisex",
    ),
    # photo: woman in an off-white round-neck short-sleeve sports t-shirt and black leggings, next to a green potted
    # plant, white wall.
    # caption adapter: none
    case(
        "X257-033",
        caption("a woman in a white shirt and black leggings standing next to a plant"),
        wearing("he is wearing a white shirt and black leggings", "pronoun", who="she"),
        B.color("cream"),
        color_of("pants", "green", "contradiction"),
        describe("shirt", "a white t-shirt with a v neck", "unsupported"),
        neckline("round"),
        B.material("cotton"),
        title="Women Off White Solid Cotton Sports T-shirt",
        category="Tshirts",
        color="Off White",
        gender="Women",
    ),
    # photo: man in a bottle green zipped track jacket with two white stripes down each sleeve, zip pockets, no logo,
    # black joggers, white backdrop, front view.
    # caption adapter: none
    case(
        "X257-034",
        caption("a man in a green jacket with white stripes on the sleeves"),
        wearing("a man in a green jacket", who="he"),
        color_of("jacket", "green"),
        details(
            "jacket",
            "the jacket has a zipper and two pockets and white stripes on the sleeves and a logo on the chest",
            "unsupported",
        ),
        color_of("pants", "green", "other_garment_color"),
        B.material("polyester Question: What is the color of the jacket? Answer: green", "leak"),
        is_a("jacket", "yes"),
        title="Men Bottle Green Polyester Track Jacket",
        category="Track Jackets",
        color="Bottle Green",
        gender="Men",
    ),
    # photo: woman (hair tied back, hood down) in a grey melange lounge set: hoodie with kangaroo pocket and
    # drawstring hood, matching joggers; white backdrop, front view.
    # caption adapter: material
    case(
        "X257-035",
        caption("a man in a grey hoodie and sweatpants", "pronoun"),
        wearing("a grey hoodie and grey sweatpants", who="she"),
        color_of("shirt", "grey"),
        color_of("pants", "grey"),
        details("shirt", "the hoodie has a kangaroo pocket and a drawstring hood"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a hooded neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Grey Melange Hooded Sweatshirt & Joggers Lounge Set",
        category="Lounge Sets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man in a white raglan sports t-shirt with black sleeves, black shorts, white backdrop, front view.
    # caption adapter: caption
    case(
        "X257-036",
        caption(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts this lady wears is of short length. The shorts are with cotton fabric "
            "and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white shirt and white shorts", "other_garment_color", who="he"),
        B.color("white"),
        B.pattern("color block"),
        color_of("shorts", "white", "other_garment_color"),
        title="Men White Raglan Sleeve Sports T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red sleeveless training tank with "TRAIN HARD" printed in white, black leggings, side view,
    # white backdrop.
    # caption adapter: none
    case(
        "X257-037",
        caption("a woman in a red tank top with the words train hard"),
        wearing("red tank top and black leggings", who="she"),
        B.garment_type("t-shirt", "contradiction"),
        B.pattern("graphic"),
        describe("top", "a red tank top with white letters on the front and a white", "cut"),
        B.material("polyester", "contradiction"),
        title="Women Red Typography Printed Cotton Training Tank Top",
        category="Tank Tops",
        color="Red",
        gender="Women",
    ),
    # photo: man in black compression tights (no logo) under grey shorts, black t-shirt, grey backdrop, front view.
    # caption adapter: none
    case(
        "X257-038",
        caption("a man in black leggings and grey shorts"),
        wearing("a black shirt, grey shorts and black tights", who="he"),
        color_of("pants", "grey", "other_garment_color"),
        is_a("pair of leggings", "yes"),
        B.material("spandex"),
        details(
            "pants",
            "the pants are black Question: What is the color of the shirt? Answer: black",
            "leak",
        ),
        title="Men Black Compression Spandex Tights",
        category="Tights",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a blue-and-white tie-dye lounge set (short-sleeve tee and shorts), white backdrop, front view.
    # caption adapter: caption, details
    case(
        "X257-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The shorts this lady wears is of short length. The shorts are with cotton fabric and "
            "graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white tie dye shirt and shorts", who="she"),
        B.pattern("floral", "contradiction"),
        B.color("blue"),
        color_of("shorts", "blue"),
        details(
            "shirt",
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The shorts this lady wears is of",
            "cut",
            hit_limit=True,
        ),
        title="Women Blue Tie-Dye Cotton T-shirt & Shorts Lounge Set",
        category="Lounge Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: man running (side view) in a neon yellow mesh running tank top, black shorts, white backdrop; cropped
    # at the knees.
    # caption adapter: none; color_shirt from the VQA adapter (free generation)
    case(
        "X257-040",
        caption("a man running in a yellow tank top and black shorts"),
        wearing("a yellow shirt, black shorts and white sneakers", "unsupported", who="he"),
        B.color("green", "contradiction"),
        B.sleeve_length("sleeveless"),
        color_of(
            "shirt",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("mesh"),
        title="Men Neon Yellow Mesh Running Tank Top",
        category="Tank Tops",
        color="Neon Yellow",
        gender="Men",
    ),
    # photo: woman in navy joggers with a white drawstring and elastic cuffs, white crop top, white backdrop, front
    # view.
    # caption adapter: none
    case(
        "X257-041",
        caption("a woman in a white crop top and blue sweatpants"),
        wearing("white top and navy blue pants", who="she"),
        color_of("pants", "black", "contradiction"),
        details(
            "pants",
            "the pants have a drawstring waist, elastic cuffs and a zipper on the back pocket",
            "unsupported",
        ),
        is_a("pair of joggers", "yes"),
        waistband("drawstring"),
        B.material("cotton Question: What is the color of the pants? Answer: blue", "leak"),
        title="Women Navy Solid Joggers",
        category="Track Pants",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a navy-and-white horizontally striped crew-neck tee (no pocket) and solid navy shorts, lounge
    # co-ord, white backdrop, front view.
    # caption adapter: material
    case(
        "X257-042",
        caption("a man in a blue and white striped shirt and blue shorts"),
        wearing("a striped shirt and striped shorts", "contradiction", who="he"),
        B.pattern("striped"),
        color_of("shorts", "white", "other_garment_color"),
        describe(
            "shirt",
            "a blue and white striped shirt with a pocket on the chest",
            "unsupported",
        ),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The shorts",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Striped T-shirt & Shorts Lounge Set",
        category="Lounge Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white sports bra with a wide black underband printed with a white logo word, black shorts,
    # white backdrop, front view.
    # caption adapter: none
    case(
        "X257-043",
        caption("a woman in a white sports bra and black shorts"),
        wearing("he is wearing a white bra and black shorts", "pronoun", who="she"),
        B.color("black", "other_garment_color"),
        B.garment_type("sports bra"),
        is_a("bra", "yes"),
        details("bra", "the bra has a wide black band at the bottom with white letters"),
        B.material("nylon"),
        title="Women White Colourblocked Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # photo: man in a burgundy full-zip track jacket with black side panels, worn open over a black tee, black
    # joggers, white backdrop, front view.
    # caption adapter: caption, details
    case(
        "X257-044",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with color block patterns. The jacket is",
            "loop",
            hit_limit=True,
        ),
        wearing("a red jacket and red pants", "other_garment_color", who="he"),
        color_of("jacket", "red"),
        details(
            "jacket",
            "The jacket is with cotton fabric. It has a stand neckline. The jacket is with cotton fabric. It has a "
            "stand neckline. The jacket is",
            "loop",
            hit_limit=True,
        ),
        closure("buttons", "unsupported"),
        B.material("polyester"),
        is_a("hoodie", "yes", "contradiction"),
        title="Men Burgundy Colourblocked Track Jacket",
        category="Track Jackets",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in an olive co-ord lounge set (oversized tee and cycling shorts), sitting on a white chair, white
    # backdrop.
    # caption adapter: none
    case(
        "X257-045",
        caption("a woman in a green t-shirt and shorts sitting on a chair"),
        wearing("she is wearing a green shirt and green shorts", who="she"),
        color_of("shirt", "black", "contradiction"),
        color_of("shorts", "green"),
        details("shirt", "the shirt has a", "cut"),
        B.material("i don't know", "non_answer"),
        title="Women Olive Cotton Oversized T-shirt & Cycling Shorts Lounge Set",
        category="Lounge Sets",
        gender="Women",
    ),
    # photo: man in charcoal grey training shorts with a zip pocket on the right side, white tank top, white
    # backdrop, front view.
    # caption adapter: none
    case(
        "X257-046",
        caption("a man in a white tank top and grey shorts"),
        wearing("a white tank top and grey shorts", who="he"),
        color_of("shorts", "grey"),
        details(
            "shorts",
            "The gentleman wears a tank top with pure color patterns. The tank top is with cotton fabric. The shorts "
            "this gentleman wears is of short",
            "cut",
            hit_limit=True,
        ),
        waistband("the waistband of the shorts", "restated"),
        B.material("polyester"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Men Charcoal Grey Zip Pocket Training Shorts",
        color="Charcoal Grey",
        gender="Men",
    ),
]
