"""BLIND_606 (46 products; Myntra women's activewear model shots): written blind in the fifty-second session. Measured
blind at 0748eb3 (the session's twelfth rules): 113/131 failures found (86.3%) and 4/184 correct texts flagged (2.2%).
The writer's notes, verbatim:

Scenario: a night's enrichment of Myntra women's activewear and sportswear (sports bras, tights, capris, track pants
and joggers, gym t-shirts, tank tops, track and running jackets, hoodies, running and cycling shorts). Every photo is
a catalog model shot on a white or light grey studio backdrop; the model nearly always wears a second garment (tights
under a sports bra, a tee over the track pants, an open jacket over a bra), a few are back or side views.

Who wrote what: the captions come from the untuned base model Salesforce/blip2-opt-2.7b (short lowercase "a woman
in a ... and ..." sentences, 50 new tokens); it gets garments right but swaps shades (magenta called purple, maroon
called purple), drifts to the other garment's color and sometimes invents a scene. Every open answer (wearing,
describe, details, material, the back question) comes from the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30
new tokens, cut at the first newline by enrich. Trained without an end token, it mostly stops at a newline but
sometimes loops, runs to the 30-token limit mid-phrase, or goes on with a fresh "Question: ... Answer:" pair; it
likes to answer the color question with the color of whatever garment fills most of the frame, and it invents
pockets, zips, logos and fabrics it cannot see. The closed answers (garment type, color, pattern, sleeve length,
"Is this a ...?") are enrich's --engine reference, one candidate each, so they never loop or stop short; their
failures are wrong picks only.

Labeling conventions and judgement calls:
- One label per text, the most salient failure: a text that loops is "loop" even when what it repeats is wrong; a
  text that runs to the token limit mid-phrase is "cut" even when it also holds a doubtful detail; a text that goes
  on into a new "Question: ... Answer:" pair is "leak" even when its first words were right.
- other_garment_color: the product is given the color of another garment worn in the photo (the tights' black for
  the sports bra). Where the wrong color belongs to no garment in the photo, or the shade is a different color group
  from the seller's (maroon called purple, olive called khaki, neon green called yellow), it is "contradiction".
- Shades within the seller's color group are correct: teal or turquoise called blue, coral or peach called pink or
  orange, charcoal or grey melange called grey, lavender or lilac called purple, navy called blue or dark blue.
- For a color-blocked product, naming one of its own colors is correct (the maroon of black-and-maroon tights).
- Side stripes or piping down a track pant count as "striped" for the closed pattern question; a logo print on a
  tee is "printed"; a melange is "solid".
- Capri-length tights answered "leggings", joggers answered "track pants", a hooded sweat jacket answered "jacket"
  or "hoodie" are correct; biker shorts answered "leggings" and a sports bra answered "jacket" are contradictions.
- Material: a generic fabric that fits the garment and the title (polyester for Dri-FIT or Rapid-Dry, cotton for a
  cotton-titled short, polyester and spandex for tights) is correct; a fabric the title contradicts is
  "contradiction"; invented specifics (100% organic cotton, anti-odour finish, recycled polyester) are "unsupported".
- Details of a side of the garment the photo does not show (a back logo on a front view, a front zip on a back view)
  and features not visible (zip pockets, removable pads, inner brief) are "unsupported".
- A bare garment name or color as the whole answer to describe/details/wearing ("a tank top", "black", "yes") is
  "non_answer"; a sentence that only turns the question back ("the details of the sports bra are the details of the
  sports bra") is "restated". A short but informative answer ("a grey t-shirt" to "Describe the shirt.") is correct.
- A caption that sets the studio shot in a scene (a gym, a trail, a tennis court, a bench) or adds a prop (a
  basketball) is "unsupported"; a caption that names the white backdrop ("in front of a white wall") is correct.
- "he" or "his" for a product whose seller gender is Women is "pronoun"; rows with no gender column get none.
- hit_limit=True on every loop and cut and on leaks that ran to the 30-token limit; never on closed answers.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

back = question("back", "What does the back of the garment look like?", "open")

BLIND_606 = [
    # photo: black racerback sports bra with a white PUMA logo band under the bust, worn with black high-waist
    # tights, white backdrop, front view. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-001",
        caption("a woman in a black sports bra and black leggings"),
        wearing("sports bra and leggings"),
        Q.garment_type("sports bra"),
        Q.color("black"),
        Q.pattern("solid"),
        describe(
            "sports bra", "a black racerback sports bra with a wide elastic band under the bust and a white logo on it"
        ),
        Q.material("nylon and spandex blend with moisture-wicking technology and UV protection", "unsupported"),
        details(
            "sports bra",
            "the sports bra has a logo on the band under the bust and a logo on the band under the bust and a logo on",
            "loop",
            hit_limit=True,
        ),
        title="Puma Women Black Solid Training Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue full-length tights with a thin pink stripe down each side, worn with a white tank top and white
    # sneakers, white backdrop, front view. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-002",
        caption("a woman in a white tank top and blue leggings"),
        color_of("tights", "white", "other_garment_color"),
        wearing("she is wearing a white tank top and navy blue leggings", who="she"),
        details("tights", "the tights have a pink stripe on the side and a wide waistband"),
        is_a("pair of tights", "yes"),
        back("there is a zip pocket at the back of the waistband", "unsupported"),
        describe(
            "tights",
            "navy blue tights navy blue tights navy blue tights navy blue tights navy blue tights navy blue tights "
            "navy",
            "loop",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Navy Blue Solid Rapid-Dry Training Tights",
        category="Tights",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: charcoal grey track pants with three white stripes down the sides and open hems, worn with a fitted black
    # t-shirt, three-quarter view, white backdrop. Caption base, open answers VQA adapter, closed reference engine.
    case(
        "X606-003",
        caption("a woman wearing a black shirt and grey pants with white stripes"),
        color_of("pants", "black", "other_garment_color"),
        Q.garment_type("track pants"),
        Q.pattern("striped"),
        details(
            "pants",
            "The pants have an elastic waistband with a drawstring, zip pockets and ribbed cuffs at the ankles",
            "unsupported",
        ),
        wearing("Question: What is the person wearing? Answer: track pants and a t-shirt", "leak"),
        title="Adidas Women Charcoal Grey Solid 3-Stripes Track Pants",
        category="Track Pants",
        color="Charcoal",
        gender="Women",
    ),
    # photo: coral round-neck short-sleeve training tee with a small white swoosh on the chest, worn with black shorts,
    # front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-004",
        caption("a woman in an orange shirt and black shorts"),
        Q.color("pink"),
        Q.sleeve_length("short sleeves"),
        wearing("he is wearing a pink t-shirt and black shorts", "pronoun", who="she"),
        Q.material("polyester"),
        is_a("tank top", "yes", "contradiction"),
        describe("t-shirt", "the t-shirt is a round neck with short sleeves and a small white logo on the chest"),
        details(
            "t-shirt",
            "a nike logo on the chest, a nike logo on the sleeve, a nike logo on the chest, a nike logo on the "
            "sleeve, a",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Coral Dri-FIT Legend Training T-shirt",
        category="Tshirts",
        color="Coral",
        gender="Women",
    ),
    # photo: loose olive green racerback tank top, black sports bra straps showing at the back of the shoulders,
    # grey melange joggers, front view, white backdrop. Caption base, open VQA adapter, closed reference engine.
    case(
        "X606-005",
        caption("a woman wearing a green tank top and grey sweatpants"),
        color_of("top", "grey", "other_garment_color"),
        Q.garment_type("tank top"),
        Q.sleeve_length("sleeveless"),
        wearing("tank top and joggers"),
        describe("tank top", "a tank top", "non_answer"),
        details("tank top", "racerback with a scoop neck and a curved hem, worn over a black bra"),
        title="Ajile by Pantaloons Women Olive Green Solid Racerback Tank Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: black lightweight running jacket, full zip with lime green zip pullers, two side pockets, elastic cuffs,
    # hood down, worn open over a lime green sports bra with black tights, front view, white backdrop. Caption base,
    # open answers VQA adapter, closed answers reference engine.
    case(
        "X606-006",
        caption("a woman in a black jacket and black leggings with a green bra"),
        Q.color("green", "other_garment_color"),
        wearing(
            "a black jacket, a green sports bra and black leggings Question: Is this a jacket? Answer: yes", "leak"
        ),
        describe(
            "jacket",
            "The jacket is a black zip-up with a hood, long sleeves and green zip pulls on the front, and it is worn "
            "open over a green sports bra with black",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "The jacket has a hood, a full zip with green pullers, two side pockets, elastic cuffs and a drawcord at "
            "the hem so it can be tightened around the",
            "cut",
            hit_limit=True,
        ),
        title="Reebok Women Black Solid Running Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: light grey melange knit shorts with a white drawstring and a folded hem, worn with a white crop tee,
    # front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-007",
        caption("a woman in a white shirt and grey shorts holding a basketball", "unsupported"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "they are short", "non_answer"),
        Q.material("cotton"),
        wearing("a white t-shirt and grey shorts"),
        Q.pattern("solid"),
        title="Jockey Women Grey Melange Cotton Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: purple and pink tie-dye print sports bra with wide straps, worn with black tights, front view, white
    # backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-008",
        caption("a woman in a purple and pink sports bra and black leggings"),
        Q.pattern("printed"),
        Q.color("black", "other_garment_color"),
        describe(
            "bra",
            "The bra is a floral print with a floral print and a floral print and a floral print and a floral print",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a tie-dye sports bra and black leggings", who="she"),
        is_a("sports bra", "yes"),
        details("bra", "It has wide straps, a scoop neck and removable pads", "unsupported"),
        title="Enamor Women Purple Tie-Dye Print Non-Wired Lightly Padded Sports Bra",
        category="Bra",
        color="Purple",
        gender="Women",
    ),
    # photo: navy blue joggers with a white drawstring, slant side pockets and ribbed ankle cuffs, worn with a pink
    # t-shirt and white sneakers, front view, white backdrop. Caption base, open VQA adapter, closed reference engine.
    case(
        "X606-009",
        caption("a woman wearing a pink shirt and black pants", "contradiction"),
        color_of("pants", "navy blue"),
        Q.garment_type("track pants"),
        details(
            "pants",
            "The pants have an elastic waistband with a white drawstring, side pockets and ribbed cuffs at the ankles.",
        ),
        wearing("she is wearing a pink t-shirt and navy blue joggers with white sneakers", who="she"),
        describe(
            "pants",
            "Navy blue joggers with a tapered fit. Question: What is the color of the pants? Answer: navy blue",
            "leak",
        ),
        title="Puma Women Navy Blue Solid Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white slim-fit t-shirt with a large black "TRAIN HARD" text print across the chest, worn with black
    # tights, front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-010",
        caption("a woman in a white t-shirt that says train hard"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        wearing("a black t-shirt with white text and black leggings", "other_garment_color"),
        details("t-shirt", "the t-shirt has a print on the front that says 'train hard' and a crew neck"),
        describe(
            "t-shirt",
            "The shirt is a white t-shirt with a black and white striped pattern on the front and back",
            "contradiction",
        ),
        Q.sleeve_length("short sleeves"),
        title="HRX by Hrithik Roshan Women White Printed Slim Fit Training T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: back view of a fitted black tank top with a black mesh panel down the middle of the back, worn with black
    # tights, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-011",
        caption("the back of a woman in a black tank top and black leggings in a gym", "unsupported"),
        Q.color("black"),
        back("there is a mesh panel in the middle of the back"),
        describe(
            "top",
            "a black tank top with a mesh back, a round neckline and a small logo on the front chest",
            "unsupported",
        ),
        wearing("a black tank top and black tights"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="C9 Airwear Women Black Solid Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: lavender track jacket zipped up, stand collar, white piping down the sleeves, two zip pockets, worn with
    # black joggers, front view, light grey backdrop. Caption base, open VQA adapter, closed reference engine.
    case(
        "X606-012",
        caption("a woman in a purple jacket and black pants"),
        color_of("jacket", "purple"),
        wearing(
            "purple jacket and black pants purple jacket and black pants purple jacket and black pants purple "
            "jacket and",
            "loop",
            hit_limit=True,
        ),
        details("jacket", "It has a high collar, a full zip, white piping along the sleeves and two zip pockets"),
        Q.material("polyester"),
        Q.garment_type("jacket"),
        describe(
            "jacket",
            "The jacket is lavender with white piping, a stand collar with a hood folded inside it and a zip pocket on "
            "the left sleeve for a key and a",
            "cut",
            hit_limit=True,
        ),
        title="Puma Women Lavender Solid Track Jacket",
        category="Jackets",
        color="Lavender",
        gender="Women",
    ),
    # photo: side view, black three-quarter tights with a grey geometric print on the calves, teal tank top, grey
    # sneakers, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-013",
        caption("a woman in a blue tank top and black capri pants"),
        Q.garment_type("leggings"),
        color_of("leggings", "teal", "other_garment_color"),
        Q.pattern("printed"),
        describe("leggings", "his leggings are black with a grey print on the calves", "pronoun"),
        details(
            "leggings",
            "The leggings are three-quarter length with a grey geometric print on the lower legs and a wide waistband",
        ),
        wearing("teal tank top and black leggings Question: What is she holding? Answer: nothing", "leak", who="she"),
        title="Proline Active Women Black Printed Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: white high-neck sports bra with a front zip, worn with grey melange tights, front view, white backdrop.
    # Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-014",
        caption("a woman in a white top and grey leggings"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sports bra"),
        describe("sports bra", "The sports bra is white with a zip in the front and a high neck"),
        wearing("a white sports bra with a front zip and grey melange leggings"),
        details("sports bra", "the details of the sports bra are the details of the sports bra", "restated"),
        Q.material(
            "The sports bra is made of a soft stretchy fabric with a zip at the front and a high neck that covers the "
            "collarbone and a wide band under the",
            "cut",
            hit_limit=True,
        ),
        title="Adidas Women White High-Neck Zip Front Sports Bra",
        category="Sports Bra",
        color="White",
        gender="Women",
    ),
    # photo: black track pants with a small white HRX print on the left thigh and open hems, worn with a yellow tank
    # top, front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-015",
        caption("a woman in yellow tank top and black pants"),
        color_of("pants", "yellow", "other_garment_color"),
        Q.pattern("solid"),
        wearing("She is wearing a yellow tank top and black track pants.", who="she"),
        details(
            "pants", "the pants have a logo on the left thigh, an elastic waistband and zippered ankles", "unsupported"
        ),
        Q.material("cotton", "contradiction"),
        title="HRX by Hrithik Roshan Women Black Solid Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
    # photo: relaxed grey melange round-neck tee with side slits and a curved hem, worn with black shorts, front view,
    # white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-016",
        caption("a woman in a grey shirt and black shorts standing in front of a white wall"),
        Q.color("grey"),
        wearing("grey t-shirt and black shorts"),
        describe("shirt", "a heather grey t-shirt"),
        details(
            "shirt",
            "The shirt has a round neck, short sleeves, side slits at the hem and a curved hem that is longer at the "
            "back than at the front and the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Alcis Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black running shorts with pink piping along the side splits, worn with a pink crop t-shirt, front view,
    # white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-017",
        caption("a woman in pink top and blue shorts", "contradiction"),
        color_of("shorts", "pink", "other_garment_color"),
        details("shorts", "The shorts have pink piping along the side splits and an elastic waistband"),
        wearing("a pink crop top and black running shorts"),
        describe("shorts", "He is wearing black running shorts with pink trim", "pronoun"),
        Q.garment_type("shorts"),
        title="Nike Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: fluorescent green sports bra with a black elastic underband and a black PUMA logo, worn with black tights,
    # front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-018",
        caption("a woman wearing a neon green sports bra and black leggings"),
        Q.color("yellow", "contradiction"),
        wearing("neon sports bra and black tights"),
        color_of("sports bra", "green", kind="open"),
        describe(
            "sports bra",
            "the sports bra is green with black straps and a black logo. the sports bra is green with black straps and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester and elastane"),
        details(
            "sports bra", "black band under the bust Question: What is the color of the leggings? Answer: black", "leak"
        ),
        title="Puma Women Fluorescent Green Solid Training Sports Bra",
        category="Sports Bra",
        color="Fluorescent Green",
        gender="Women",
    ),
    # photo: teal blue hooded windcheater, zipped up, elasticated cuffs, worn with black tights, three-quarter view,
    # white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-019",
        caption("a woman in a blue jacket and black leggings running on a trail", "unsupported"),
        Q.color("blue"),
        details(
            "jacket",
            "It has a hood, a full zip, and elasticated cuffs. It is water resistant and packs into its own pocket",
            "unsupported",
        ),
        wearing("a teal hooded jacket"),
        describe("jacket", "It is the jacket the woman is wearing", "restated"),
        Q.sleeve_length("long sleeves"),
        is_a("jacket", "yes"),
        title="Wildcraft Women Teal Blue Solid Hooded Windcheater",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: black crew-neck running tee with a silver-grey reflective logo print on the chest, worn with black
    # tights, front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-020",
        caption("a woman in a black shirt and black leggings"),
        Q.color("black"),
        Q.pattern("printed"),
        wearing("yes", "non_answer"),
        describe("shirt", "The shirt is black with a grey logo on the chest"),
        details("shirt", "short sleeves, a round neck and a silver reflective logo"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Reebok Women Black Printed Running T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: black tights with maroon panels down the outer legs from hip to ankle, worn with a black sports bra,
    # front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-021",
        caption("a woman in a black sports bra and black and red leggings"),
        Q.pattern("color block"),
        Q.color("maroon"),
        describe("tights", "The tights are black with maroon panels along the sides from the hip to the ankle"),
        wearing(
            "She is wearing a sports bra and leggings. Question: What is the color of the leggings? Answer: black "
            "and red",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.material("100% organic cotton", "unsupported"),
        title="Puma Women Black and Maroon Colourblocked Training Tights",
        category="Tights",
        color="Black",
        gender="Women",
    ),
    # photo: loose white tank top with a small pink floral print with green leaves, scoop neck, worn with black
    # shorts, front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-022",
        caption("a woman in a white floral tank top and black shorts"),
        Q.color("white"),
        Q.pattern("floral"),
        describe(
            "top",
            "The top is white with pink flowers and a scoop neck, sleeveless, and it is worn with black shorts, and "
            "the flowers are small and pink with green leaves on the",
            "cut",
            hit_limit=True,
        ),
        details("top", "it has a pocket on the chest and buttons down the front", "unsupported"),
        wearing("he is wearing a white tank top with flowers and black shorts", "pronoun"),
        title="Ajile by Pantaloons Women White Floral Print Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black cropped hoodie with white drawcords and ribbed cuffs, worn with grey melange sweatpants, front
    # view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-023",
        caption("a woman in a black hoodie and grey sweatpants sitting on a bench", "unsupported"),
        Q.garment_type("hoodie"),
        color_of("hoodie", "grey", "other_garment_color"),
        wearing(
            "black hoodie and grey sweatpants black hoodie and grey sweatpants black hoodie and grey sweatpants black",
            "loop",
            hit_limit=True,
        ),
        details("hoodie", "cropped with a hood and white drawstrings, long sleeves with ribbed cuffs"),
        Q.sleeve_length("long sleeves"),
        title="Puma Women Black Solid Cropped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: side view, navy blue cycling shorts ending above the knee, worn with a white sports bra, white backdrop.
    # Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-024",
        caption("a woman in a white sports bra and blue shorts"),
        color_of("shorts", "navy blue"),
        Q.garment_type("leggings", "contradiction"),
        describe("shorts", "The shorts are tight fitting and end above the knee with a wide waistband"),
        details("shorts", "Question: What are the shorts details? Answer: The shorts details are", "leak"),
        wearing("shorts and a sports bra"),
        Q.material("The shorts are made of recycled polyester with a silicone grip at the hem", "unsupported"),
        title="Jockey Women Navy Blue Solid Cycling Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange track pants with a black tape stripe down each side, drawstring waist, elastic ankle cuffs,
    # worn with a black tank top and white sneakers, front view, white backdrop. Caption base, open VQA adapter, closed
    # reference engine. The feed row has no color column.
    case(
        "X606-025",
        caption("a woman in a black tank top and gray sweatpants"),
        Q.color("black", "other_garment_color"),
        color_of("pants", "grey", kind="open"),
        details(
            "pants",
            "The pants have a black stripe on the sides, a drawstring waistband and elastic cuffs at the ankles",
        ),
        describe("pants", "they are pants", "non_answer"),
        is_a("pair of jeans", "no"),
        wearing(
            "she is wearing a black tank top and grey track pants with a black stripe down the side of each leg and "
            "white sneakers with a black",
            "cut",
            who="she",
            hit_limit=True,
        ),
        title="Kappa Women Grey Melange Track Pants",
        category="Track Pants",
        gender="Women",
    ),
    # photo: back view, black sports bra with thin straps crossing over the back, black high-waist tights, white
    # backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-026",
        caption("the back of a woman wearing a black sports bra"),
        back("crisscross straps across the back"),
        describe("sports bra", "the sports bra has a front zip and a logo at the centre of the chest", "unsupported"),
        Q.color("black"),
        wearing(
            "she is wearing a black sports bra with straps that cross at the back and black leggings with a high "
            "waist and a pocket on the back of the",
            "cut",
            who="she",
            hit_limit=True,
        ),
        is_a("sports bra", "no", "contradiction"),
        title="Enamor Women Black Strappy Back Sports Bra",
        category="Sports Bra",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow oversized tee with dropped shoulders and a black PUMA logo on the chest, worn with black
    # biker shorts, front view, white backdrop. Caption base, open answers VQA adapter, closed reference engine.
    case(
        "X606-027",
        caption("a woman in a yellow shirt and black shorts"),
        Q.color("yellow"),
        wearing("yellow t-shirt and black bike shorts"),
        describe("shirt", "It is an oversized mustard tee with dropped shoulders and a black logo on the chest"),
        Q.sleeve_length("short sleeves"),
        Q.material("The shirt is made of cotton jersey"),
        details("shirt", "The details are the details on the shirt", "restated"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Puma Women Mustard Yellow Printed Oversized T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: red half-zip pullover training jacket with black side panels and thumbholes, worn with black tights,
    # front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-028",
        caption("a woman in a red jacket and black leggings posing for a photo"),
        color_of("jacket", "black", "other_garment_color"),
        Q.pattern("color block"),
        wearing("red and black jacket, black leggings"),
        details("jacket", "half zip, thumbholes, black side panels"),
        describe("jacket", "red", "non_answer"),
        Q.garment_type("sweater", "contradiction"),
        title="Under Armour Women Red Colourblocked Half-Zip Training Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: olive green and brown camouflage print tights with a plain black waistband, worn with a black sports bra,
    # front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-029",
        caption("a woman in a camouflage leggings and black sports bra"),
        Q.color("green"),
        Q.pattern("camouflage"),
        wearing(
            "camo leggings and a black sports bra black sports bra black sports bra black sports bra black sports bra",
            "loop",
            hit_limit=True,
        ),
        describe("tights", "The tights are green and brown camouflage with a black waistband"),
        is_a("pair of jeans", "yes", "contradiction"),
        details("tights", "they have a pocket on the side for a phone and mesh panels behind the knees", "unsupported"),
        title="HRX by Hrithik Roshan Women Olive Green Camouflage Print Tights",
        category="Tights",
        color="Olive",
        gender="Women",
    ),
    # photo: dusty pink scoop-neck sports bra worn under an open grey melange zip jacket, black tights, front view,
    # white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-030",
        caption("a woman wearing a grey jacket over a pink sports bra and black leggings"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "pink", kind="open"),
        wearing("She is wearing a grey zip-up jacket, a pink sports bra and black leggings.", who="she"),
        describe("sports bra", "the sports bra is pink with a scoop neck and wide straps"),
        details("sports bra", "she has removable cups and a keyhole at the back", "unsupported"),
        Q.garment_type("jacket", "contradiction"),
        title="C9 Airwear Women Pink Solid Sports Bra",
        category="Sports Bra",
        color="Pink",
        gender="Women",
    ),
    # photo: turquoise blue cropped tank top with a thin white band at the hem, worn with navy blue tights, front
    # view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-031",
        caption("a woman in a blue tank top and blue leggings"),
        Q.color("blue"),
        color_of("top", "navy blue", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("top", "the top is a cropped tank in a light blue with a thin white band at the hem"),
        details("top", "The top details are the top details of the top", "restated"),
        wearing("he is wearing a blue crop top and navy leggings", "pronoun"),
        title="Fila Women Turquoise Blue Solid Crop Tank Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: beige wide-leg track pants with a drawstring waist and side pockets, worn with a white tee tucked in,
    # front view, light grey backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-032",
        caption("a woman in a white shirt and tan pants"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("track pants"),
        wearing("a white t-shirt tucked into beige track pants"),
        details("pants", "The pants are wide leg with an elastic waistband, a drawstring and two side pockets"),
        describe("pants", "the pants are beige"),
        Q.material("linen", "unsupported"),
        title="Ajile by Pantaloons Women Beige Solid Wide Leg Track Pants",
        category="Track Pants",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon slim v-neck tee with white contrast stitching, worn with grey shorts, front view, white backdrop.
    # Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-033",
        caption("a woman in a purple shirt and gray shorts", "contradiction"),
        Q.color("maroon"),
        wearing("maroon v-neck t-shirt and grey shorts"),
        describe("t-shirt", "The t-shirt has a v-neck, short sleeves and a slim fit"),
        details(
            "t-shirt",
            "the t-shirt has a v-neck and short sleeves, a v-neck and short sleeves, a v-neck and short sleeves, a",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        Q.material("no", "non_answer"),
        title="Proline Active Women Maroon Solid V-Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue 2-in-1 running shorts, loose blue shell over black inner cycling shorts that reach mid-thigh, worn
    # with a white tank top, white ankle socks and white running shoes, front view. Caption base, open VQA adapter.
    case(
        "X606-034",
        caption("a woman in a white tank top and blue shorts with black leggings underneath"),
        color_of("shorts", "white", "other_garment_color"),
        Q.garment_type("leggings", "contradiction"),
        describe("shorts", "blue shorts with a black inner layer that reaches mid-thigh"),
        wearing(
            "She is wearing a white tank top, blue running shorts over black cycling shorts, white ankle socks and "
            "white running shoes, and her hair is tied back in a",
            "cut",
            who="she",
            hit_limit=True,
        ),
        Q.material("polyester"),
        title="Puma Women Blue Solid 2-in-1 Running Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey seamless ribbed tights worn with a matching grey seamless sports bra, front view, white backdrop.
    # Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-035",
        caption("a woman in a gray sports bra and gray leggings"),
        Q.color("grey"),
        wearing(
            "a grey sports bra and grey leggings with a grey sports bra and grey leggings with a grey sports bra and",
            "loop",
            hit_limit=True,
        ),
        details("tights", "seamless with ribbed texture on the waistband and ankles"),
        describe(
            "tights", "The tights are grey with a high waistband and a small white logo on the back", "unsupported"
        ),
        is_a("pair of tights", "no", "contradiction"),
        title="Jockey Women Grey Seamless Ribbed Tights",
        category="Tights",
        color="Grey",
        gender="Women",
    ),
    # photo: white full-zip track jacket with three navy stripes on each sleeve and a stand collar, worn zipped with
    # navy track pants, front view, white backdrop. Caption base, open answers VQA adapter, closed reference engine.
    case(
        "X606-036",
        caption("a woman in a white jacket and blue pants standing on a tennis court", "unsupported"),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        wearing("Question: What is she wearing? Answer: a white jacket and navy blue pants", "leak", who="she"),
        details("jacket", "the jacket has three navy stripes on each sleeve, a stand collar and a full zip"),
        Q.sleeve_length("long sleeves"),
        Q.material("polyester"),
        title="Adidas Women White Solid Track Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
    # photo: fitted black long-sleeve training tee with thumbholes and a small white swoosh on the left chest, worn
    # with black shorts, front view, white backdrop. Caption base, open answers VQA adapter, closed reference engine.
    case(
        "X606-037",
        caption("a woman in a black long sleeve shirt and black shorts"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("black"),
        describe(
            "shirt",
            "A fitted black long sleeve top with thumbholes at the cuffs and a small white logo on the left chest",
        ),
        wearing("black", "non_answer"),
        details("shirt", "The shirt has a mesh back panel for ventilation and flatlock seams", "unsupported"),
        title="Nike Women Black Pro Long Sleeve Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: red racerback tank top with a black "JUST DO IT" print on the front, worn with black tights, front view,
    # white backdrop. Caption base, open answers VQA adapter, closed answers reference engine. No gender column.
    case(
        "X606-038",
        caption("a woman in a red tank top and black leggings"),
        Q.color("red"),
        Q.pattern("printed"),
        wearing("red tank top and black leggings"),
        describe("top", "the top is red with a black print on the front and back", "unsupported"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "top",
            "racerback, the print on the front, the racerback, the print on the front, the racerback, the print on the",
            "loop",
            hit_limit=True,
        ),
        title="Nike Women Red Printed Racerback Tank Top",
        category="Tops",
        color="Red",
    ),
    # photo: olive green cargo joggers with flap pockets on both legs, drawstring waist and elastic cuffs, worn with a
    # black crop top, front view, white backdrop. Caption base, open answers VQA adapter, closed reference engine.
    case(
        "X606-039",
        caption("a woman in a black crop top and green cargo pants"),
        Q.color("khaki", "contradiction"),
        color_of("pants", "olive green", kind="open"),
        details("pants", "The pants have cargo pockets on both legs, a drawstring waist and elastic cuffs"),
        wearing("he is wearing a black crop top and olive cargo joggers", "pronoun", who="she"),
        Q.garment_type("track pants"),
        describe(
            "pants",
            "olive green joggers with cargo pockets Question: What is the color of the top? Answer: black Question:",
            "leak",
            hit_limit=True,
        ),
        title="HRX by Hrithik Roshan Women Olive Green Solid Cargo Joggers",
        category="Track Pants",
        color="Olive",
        gender="Women",
    ),
    # photo: peach sports shorts with a white waistband and a small white logo on the left leg, worn with a white tee,
    # front view, white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-040",
        caption("a woman in a white shirt and pink shorts"),
        Q.color("pink"),
        describe("shorts", "The shorts are peach with a white waistband and a small white logo on the left leg"),
        details("shorts", "they have a zip pocket on the back and a built-in brief", "unsupported"),
        wearing(
            "a white t shirt and pink shorts she is wearing a white t shirt and pink shorts she is wearing a white t",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.pattern("striped", "contradiction"),
        title="Kappa Women Peach Solid Sports Shorts",
        category="Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: navy blue medium-impact sports bra with a white elastic underband printed with a navy logo, worn with
    # grey tights, front view, white backdrop. Caption base, open answers VQA adapter, closed reference engine.
    case(
        "X606-041",
        caption("a woman wearing a blue sports bra and gray leggings"),
        Q.color("grey", "other_garment_color"),
        color_of("sports bra", "dark blue", kind="open"),
        wearing("she is wearing a sports bra", who="she"),
        describe(
            "sports bra",
            "The sports bra is navy blue with a white elastic band under the bust printed with the Reebok logo in "
            "navy, wide straps and a scoop",
            "cut",
            hit_limit=True,
        ),
        Q.material("polyester and spandex"),
        details("sports bra", "the sports bra details are on the sports bra", "restated"),
        is_a("sports bra", "yes"),
        title="Reebok Women Navy Blue Solid Medium Impact Sports Bra",
        category="Sports Bra",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange zip-through hooded sweat jacket with a pink hood lining, two side pockets and ribbed cuffs,
    # worn open over a pink sports bra with black tights, front view, white backdrop. Caption base, open answers VQA
    # adapter, closed answers reference engine.
    case(
        "X606-042",
        caption("a woman in a grey hoodie with a pink bra and black leggings"),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("jacket"),
        wearing("he is wearing a grey hoodie and black pants", "pronoun"),
        details("jacket", "It has a hood with a pink lining, a full zip, two side pockets and ribbed cuffs"),
        Q.sleeve_length("long sleeves"),
        describe(
            "jacket",
            "The jacket is grey with a pink hood lining and a full zip. It has a zip pocket on the left sleeve, "
            "thumbholes and a reflective strip across the",
            "cut",
            hit_limit=True,
        ),
        title="Puma Women Grey Melange Solid Hooded Sweat Jacket",
        category="Jackets",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: side view, magenta high-rise tights, worn with a black tank top, white backdrop. Caption base, open
    # answers VQA adapter, closed answers reference engine.
    case(
        "X606-043",
        caption("a woman in a black top and purple leggings", "contradiction"),
        Q.color("pink"),
        wearing("black tank top and pink leggings"),
        describe("tights", "pink tights with a high waist"),
        is_a("pair of tights", "yes"),
        details(
            "tights",
            "high waist, high waist, high waist, high waist, high waist, high waist, high waist, high waist, high",
            "loop",
            hit_limit=True,
        ),
        Q.material("The tights are made of cotton lycra with four-way stretch and an anti-odour finish", "unsupported"),
        title="Alcis Women Magenta Solid High-Rise Training Tights",
        category="Tights",
        color="Magenta",
        gender="Women",
    ),
    # photo: sea green round-neck running tee with white raglan short sleeves, worn with black joggers, front view,
    # white backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-044",
        caption("a woman wearing a green and white shirt and black pants"),
        Q.color("green"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeves"),
        describe("shirt", "green t-shirt with white raglan sleeves and a round neck"),
        details("shirt", "it has a zip pocket at the back and reflective dots on the sleeves", "unsupported"),
        wearing("the woman is wearing what she is wearing", "restated", who="she"),
        title="Asics Women Sea Green Colourblocked Running T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: grey melange muscle tank with deep armholes showing a black sports bra underneath, black shorts, front
    # view, white backdrop. Caption base, open answers VQA adapter, closed reference engine. No category column.
    case(
        "X606-045",
        caption("a woman in a gray tank top and black shorts"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tank top"),
        wearing("a grey tank top over a black sports bra and black shorts"),
        describe("tank top", "The tank top is grey with deep armholes that show the black sports bra underneath"),
        details("tank top", "the tank top", "non_answer"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Performax Women Grey Melange Muscle Tank Top",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black flared yoga pants with a wide fold-over waistband, worn with a lilac t-shirt, front view, white
    # backdrop. Caption base, open answers VQA adapter, closed answers reference engine.
    case(
        "X606-046",
        caption("a woman in a purple shirt and black yoga pants"),
        color_of("pants", "black"),
        Q.garment_type("jeans", "contradiction"),
        Q.color("purple", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        wearing("lilac t-shirt and black flared pants"),
        details("pants", "the pants are flared at the bottom with a wide foldover waistband"),
        describe(
            "pants",
            "Question: What is the pattern of the pants? Answer: solid Question: What is the pattern of the pants?",
            "leak",
            hit_limit=True,
        ),
        title="Enamor Women Black Solid Flared Yoga Pants",
        category="Track Pants",
        color="Black",
        gender="Women",
    ),
]
