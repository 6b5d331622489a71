"""BLIND_233 (46 products; men's and women's activewear and athleisure from a sports chain): written blind in the forty-
first session. Measured blind at 10c9c9b (the session's rules as they stood): 87/108 failures found (80.6%) and 2/138
correct texts flagged (1.4%). The writer's notes, verbatim:

Scenario: a sports chain's English catalog feed of men's and women's activewear and athleisure: running tees,
training tanks and singlets, track pants, joggers, running and training shorts, leggings and yoga pants, compression
tops and tights, windbreakers and anoraks, pullover and zip hoodies. Titles carry performance fabric names (Dri-FIT,
DryCell, HeatGear, Tech Fleece, AeroLite, French Terry, Nylon) and fits; photos are studio shots (white, grey, black
or pink backdrops, a brick or concrete wall) and gym shots (dumbbells, kettlebells, barbells, treadmills, yoga mats,
mirrors). Most products are worn with another garment (a tee over the shorts, a bra under an open hoodie, a hoodie
over track pants), so every photo holds two colors at least. Each row has the seller's title, category, color and
gender; one row misses the gender and one the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
blue t-shirt and black shorts") or from the caption-only LoRA adapter of the original experiments (the DeepFashion
template: "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric.
..."). The adapter learned no end-of-answer token, so each of its texts runs to its limit (50 new tokens for
captions, 30 for answers) and carries hit_limit=True; asked a question, it returns its template. The comment above
each case says which texts the adapter wrote; every other open text (wearing, description, details, material, fit)
is the base model, which stops on its own and never has hit_limit. The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece color questions, "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: they never loop or hit a limit, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, cobalt, royal blue or teal; grey for charcoal
  or heather grey; red for burgundy (also "maroon"); pink for coral or dusty rose; purple for lilac or lavender;
  green for olive, sage or mint; yellow or green for volt (a neon yellow-green); white for cream.
- The color of another garment in the photo given as the product's color (the tee's color for the shorts, the
  leggings' color for the tank, the bra's color for an open hoodie) is other_garment_color; this includes a base
  answer that gives every garment one color ("grey shirt and grey shorts" for cobalt shorts under a grey tee).
- A color nowhere on the garment (brown for burgundy, black for navy, pink for a lilac hoodie in front of a pink
  wall), the color of a print, logo or liner given as the garment's color, and a wrong color for a part of the
  garment ("a white hood" on a mint hoodie, "black sleeves" on an all-white tee) are contradiction.
- Garment synonyms count as correct: sweatshirt for a hoodie, jacket for a zip hoodie or an anorak, pants or
  sweatpants for joggers and track pants, yoga pants or leggings for tights and flared yoga pants, shirt for a tee or
  a long-sleeve top, vest for a singlet, top for a compression top. A reference answer naming another class
  (hoodie for an anorak, shorts for tights worn under shorts, yes to "Is this a pair of leggings?" for bike shorts)
  is contradiction; so are "short sleeves" for a sleeveless tank or a long-sleeve top and "striped" for ribbing.
  Side stripes or piping on track pants do not make the pattern striped: "solid" is correct for them.
- Materials: a fabric the title names is correct (fleece for Tech Fleece, mesh, nylon, spandex for compression
  and bike shorts); a plausible guess on a fabric the title does not name is correct (polyester for a training tee
  or a windbreaker, cotton for a plain training tee, cotton for a pullover "Fleece" hoodie, since cotton fleece is
  common); a fabric the title rules out (cotton for Dri-FIT, DryCell or Mesh) or that is nowhere near the
  photo (leather, denim, wool) is unsupported.
- Invented items or details not in the photo (a hat, gloves, a watch, a second logo, a zip pocket where the pockets
  are open, a white zipper on a black one, a v-neck on a crew neck) are unsupported.
- Adapter texts: one that returns to a sentence it already wrote is loop; one that stops mid-sentence without
  repeating is cut (hit_limit kept), even where it invents a fabric before the cut; a template returned for the
  material question is restated; an adapter caption that names the garment a sweater when the photo shows a hoodie
  with the hood up is contradiction (the misnaming is what the auditor sees first). The template answering "What
  is the person wearing?" or the details question does answer it: those are cut or loop.
- A base answer cut short by an early stop ("it is made of", "they have a") is cut without hit_limit. "they are
  short" for the shorts' details, "the details of the top", "it is made of fabric" and an empty answer are
  non_answer; a material question answered with the garment's color and name ("a red tank top") is restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "he" or "his" for a woman and "she" for a man are pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    is_a,
    question,
    wearing,
)

fit = question("fit", "What is the fit of the garment?", "open")

BLIND_233 = [
    # photo: man in a navy short-sleeve crew-neck running tee and black running shorts, white studio backdrop, front.
    # adapter: none
    case(
        "X233-001",
        caption("a man in a blue t-shirt and black shorts"),
        wearing("a black shirt and black shorts", "other_garment_color", who="the man"),
        B.color("blue"),
        B.sleeve_length("short sleeves"),
        B.material("cotton", "unsupported"),
        title="Men's Dri-FIT Running Tee",
        category="T-Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a heather grey racerback tank and black leggings, gym with a dumbbell rack behind her.
    # caption, details: adapter
    case(
        "X233-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey tank top and black leggings", who="the woman"),
        B.color("black", "other_garment_color"),
        B.garment_type("tank top"),
        is_a("sports bra", "no"),
        D.details(
            "The tank top is with cotton fabric. It has a round neckline. The tank top is with cotton fabric. It has "
            "a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Women's Seamless Racerback Training Tank",
        category="Tank Tops",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: man in black track pants with two white stripes down each side (open side pockets), white tee, grey
    # sneakers, full body, grey backdrop.
    # description: adapter
    case(
        "X233-003",
        caption("a man in a white shirt and black pants"),
        describe(
            "pants",
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a long pants. The pants are "
            "with cotton fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        B.pattern("solid"),
        D.details(
            "the pants have a white stripe on the side and a zipper pocket",
            "unsupported",
        ),
        B.material("polyester"),
        title="Men's Tricot Track Pants",
        category="Track Pants",
        color="Black/White",
        gender="Men",
    ),
    # photo: woman in burgundy high-waisted 7/8 leggings with a drop-in pocket on the thigh and a black sports bra,
    # on a yoga mat, light wood floor, white wall.
    # adapter: none
    case(
        "X233-004",
        caption("a woman in a black sports bra and red leggings doing yoga"),
        wearing("black sports bra and maroon leggings", who="the woman"),
        color_of("leggings", "black", "other_garment_color"),
        B.material("spandex"),
        D.details("they have a high waist and a pocket on the back", "unsupported"),
        title="Women's SculptFlex High-Waisted 7/8 Leggings",
        category="Leggings",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a charcoal full-zip hoodie, hood down, zipped halfway over a white tee, black joggers, grey
    # concrete wall.
    # caption: adapter
    case(
        "X233-005",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a hooded neckline. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey hoodie and black pants", who="the man"),
        B.color("grey"),
        B.garment_type("hoodie"),
        D.details("it has a zipper, a hood and a logo on the sleeve", "unsupported"),
        B.material("fleece"),
        title="Men's Tech Fleece Full-Zip Hoodie",
        category="Hoodies & Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in coral running shorts with white piping and a white drawstring, white tank top, white studio.
    # adapter: none
    case(
        "X233-006",
        caption("a woman wearing a white tank top and pink shorts"),
        color_of("shorts", "white", "other_garment_color"),
        D.details("they are short", "non_answer"),
        describe("shorts", "pink running shorts with white piping and a drawstring"),
        wearing("he is wearing pink shorts and a white top", "pronoun", who="the woman"),
        title="Women's 3\" Lightweight Running Shorts",
        category="Shorts",
        color="Coral",
        gender="Women",
    ),
    # photo: muscular man in a black long-sleeve compression top (one small white logo on the chest) and grey shorts,
    # holding a kettlebell, gym floor with more kettlebells.
    # adapter: none
    case(
        "X233-007",
        caption("a man in a black shirt holding a kettlebell"),
        B.sleeve_length("long sleeves"),
        B.garment_type("tank top", "contradiction"),
        B.material("polyester"),
        D.details("it has a logo on the chest and a logo on the sleeve", "unsupported"),
        title="Men's HeatGear Compression Long Sleeve Top",
        category="Compression Wear",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a teal windbreaker with white shoulder panels, stand collar, black leggings, pale blue backdrop.
    # caption: adapter
    case(
        "X233-008",
        caption(
            "The lady wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The lady wears a long-sleeve jacket with color block patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue and white jacket and black leggings", who="the woman"),
        B.color("blue"),
        B.pattern("color block"),
        B.material("leather", "unsupported"),
        title="Women's Packable Nylon Windbreaker",
        category="Jackets",
        color="Teal/White",
        gender="Women",
    ),
    # photo: man in olive joggers with cargo pockets on the thighs, black tee, white sneakers, white brick wall.
    # adapter: none
    case(
        "X233-009",
        caption("a man in a black shirt and green pants standing in front of a brick wall"),
        color_of("pants", "black", "other_garment_color"),
        describe(
            "pants",
            "green cargo pants with pockets on the side and a belt",
            "unsupported",
        ),
        is_a("pair of jeans", "no"),
        B.material("denim", "unsupported"),
        title="Men's Stretch Cargo Training Joggers",
        category="Joggers",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a lilac cropped pullover hoodie with drawstrings and kangaroo pocket, high-waisted black
    # leggings, pink paper backdrop.
    # adapter: none
    case(
        "X233-010",
        caption("a woman in a purple hoodie and black leggings standing in front of a pink wall"),
        wearing("a purple sweatshirt and black pants", who="the woman"),
        B.color("pink", "contradiction"),
        B.garment_type("hoodie"),
        D.details("it has a hood, a drawstring and a kangaroo pocket"),
        B.material("it is made of", "cut"),
        title="Women's French Terry Cropped Hoodie",
        category="Hoodies & Sweatshirts",
        color="Lilac",
        gender="Women",
    ),
    # photo: man in a white tee with a black "RUN CLUB" print on the chest, grey shorts, white backdrop.
    # caption: adapter
    case(
        "X233-011",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a black logo", who="the man"),
        B.pattern("graphic"),
        B.color("black", "contradiction"),
        D.details(
            "the shirt has a print on the front Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        title="Men's Graphic Running Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: back view of a woman in a black tank with a mesh panel across the back, grey leggings, gym mirror.
    # adapter: none
    case(
        "X233-012",
        caption("the back of a woman in a black tank top"),
        describe("tank top", "a black tank top with a mesh back"),
        color_of("leggings", "grey"),
        B.sleeve_length("sleeveless"),
        wearing("she is wearing a black tank top and gray leggings", who="the woman"),
        B.material("mesh"),
        title="Women's Mesh Back Training Tank",
        category="Tank Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man running on an indoor track in black 2-in-1 shorts with a lime green compression liner showing at
    # the hem, grey tee, no hat.
    # adapter: none
    case(
        "X233-013",
        caption("a man running on a track"),
        color_of("shorts", "green", "contradiction"),
        D.details("they have a green compression liner underneath"),
        wearing(
            "a grey shirt and black shorts and a black hat",
            "unsupported",
            who="the man",
        ),
        B.garment_type("shorts"),
        title="Men's 2-in-1 7\" Running Shorts",
        category="Shorts",
        color="Black/Lime",
        gender="Men",
    ),
    # photo: woman sitting on a studio bench in heather grey joggers and a white short-sleeve crop tee.
    # caption, details: adapter
    case(
        "X233-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and grey sweatpants", who="the woman"),
        color_of("pants", "grey"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lady wears a long pants. The pants are "
            "with cotton fabric and pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        B.material("fleece"),
        title="Women's Fleece Joggers",
        category="Joggers",
        color="Heather Grey",
        gender="Women",
    ),
    # photo: man in a black full-zip windbreaker (black zipper) with a red chest panel and a hood, grey joggers,
    # grey backdrop.
    # adapter: none
    case(
        "X233-015",
        caption("a man in a black and red jacket and black pants", "contradiction"),
        B.color("black"),
        B.garment_type("jacket"),
        B.material("polyester"),
        describe(
            "jacket",
            "a black jacket with a red stripe, a hood and a white zipper",
            "unsupported",
        ),
        B.sleeve_length("long sleeves"),
        title="Men's Water-Resistant Windbreaker Jacket",
        category="Jackets",
        color="Black/Red",
        gender="Men",
    ),
    # photo: woman in a neon yellow-green (volt) running tee and black shorts, white studio.
    # details: adapter
    case(
        "X233-016",
        caption("a woman in a yellow shirt and black shorts"),
        B.color("green"),
        wearing(
            "a yellow shirt and black shorts Question: What color is the shirt? Answer: yellow",
            "leak",
        ),
        B.material("cotton", "unsupported"),
        B.sleeve_length("short sleeves"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Women's DryCell Short Sleeve Running Tee",
        category="T-Shirts",
        color="Volt",
        gender="Women",
    ),
    # photo: man on a treadmill in black full-length compression tights under black shorts, grey tee; a small
    # reflective logo at the ankle.
    # adapter: none
    case(
        "X233-017",
        caption("a man running on a treadmill"),
        wearing("black leggings and a gray shirt", who="the man"),
        is_a("pair of leggings", "yes"),
        B.garment_type("shorts", "contradiction"),
        D.details("they have a reflective logo on the", "cut"),
        title="Men's Compression Running Tights",
        category="Compression Wear",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a black oversized hoodie, hood up, small white logo on the chest, black bike shorts, grey
    # backdrop.
    # caption, material: adapter
    case(
        "X233-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a hooded neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a black hoodie and black shorts", who="the woman"),
        B.color("black"),
        B.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a hooded neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.details("he has a hood on his head", "pronoun"),
        title="Women's Oversized Training Hoodie",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in a red sleeveless muscle tank with dropped armholes, black shorts, gym with a pull-up bar.
    # adapter: none
    case(
        "X233-019",
        caption("a man in a red tank top standing in a gym"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("tank top"),
        wearing("a red tank top and black shorts and", "cut", who="the man"),
        B.material("a red tank top", "restated"),
        title="Men's Muscle Training Tank",
        category="Tank Tops",
        color="Red",
        gender="Men",
    ),
    # photo: woman in green/black/grey camouflage leggings and a white crop top, white studio.
    # adapter: none
    case(
        "X233-020",
        caption("a woman in camouflage leggings and a white top"),
        B.pattern("camouflage"),
        wearing("camouflage leggings and a white top and a", "cut", who="the woman"),
        color_of("leggings", "green"),
        B.color("white", "other_garment_color"),
        D.details("the leggings have a floral pattern", "contradiction"),
        title="Women's Camo Print High-Rise Leggings",
        category="Leggings",
        color="Green Camo",
        gender="Women",
    ),
    # photo: man in a burgundy pullover hoodie with a kangaroo pocket, blue jeans, white backdrop.
    # adapter: none
    case(
        "X233-021",
        caption("a man in a red hoodie and jeans"),
        B.color("brown", "contradiction"),
        wearing("a red hoodie and blue jeans", who="the man"),
        D.details("it has a hood and a pocket on the front and a zipper", "unsupported"),
        B.material("cotton"),
        title="Men's Pullover Fleece Hoodie",
        category="Hoodies & Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in navy tapered track pants with white side piping, a pink tee, white sneakers, studio.
    # caption, details: adapter
    case(
        "X233-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", "contradiction"),
        wearing("a pink shirt and blue pants", who="the woman"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The lady wears a short-sleeve T-shirt with "
            "pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of pants", "yes"),
        title="Women's Tapered Track Pants",
        category="Track Pants",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a blue and grey horizontally striped (space-dye) crew-neck tee, black shorts, grey backdrop.
    # adapter: none
    case(
        "X233-023",
        caption("a man in a blue striped shirt"),
        B.pattern("striped"),
        B.color("blue"),
        D.description(
            "a blue and grey striped t-shirt with a crew neck and a pocket on the chest",
            "unsupported",
        ),
        B.material("", "non_answer"),
        title="Men's Striped Seamless Running Tee",
        category="T-Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a pink nylon half-zip anorak with a hood and a kangaroo pocket, black leggings, grey backdrop.
    # adapter: none
    case(
        "X233-024",
        caption("a woman in a pink jacket"),
        B.garment_type("hoodie", "contradiction"),
        wearing("he is wearing a pink jacket and black pants", "pronoun", who="the woman"),
        D.details("it has a zipper on the front, a hood and a pocket"),
        B.material("nylon"),
        title="Women's Nylon Half-Zip Anorak Windbreaker",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: man in grey training shorts and a black sleeveless tank, standing by a loaded barbell on a gym floor.
    # caption: adapter
    case(
        "X233-025",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. "
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. The "
            "gentleman wears a sleeveless tank top with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "grey"),
        wearing(
            "a black tank top and grey shorts Question: What is the man holding? Answer: a barbell",
            "leak",
            who="the man",
        ),
        D.details("the shorts are short", "non_answer"),
        B.material("polyester"),
        title="Men's 9\" Training Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in black bike shorts and an oversized white tee knotted at the waist, studio with a potted plant.
    # adapter: none
    case(
        "X233-026",
        caption("a woman in a white t-shirt and black shorts standing next to a plant"),
        color_of("shorts", "white", "other_garment_color"),
        B.garment_type("shorts"),
        is_a("pair of leggings", "yes", "contradiction"),
        B.material("spandex"),
        wearing(
            "a white shirt and black shorts Question: What is the woman wearing? Answer: a white shirt",
            "leak",
            who="the woman",
        ),
        title="Women's 5\" Compression Bike Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an orange long-sleeve half-zip running top and black tights, white studio, front view only.
    # adapter: none
    case(
        "X233-027",
        caption("a man in an orange shirt and black pants"),
        B.sleeve_length("long sleeves"),
        wearing(
            "she is wearing an orange long sleeve shirt and black tights",
            "pronoun",
            who="the man",
        ),
        D.details(
            "it has a zipper on the front and a reflective strip on the back",
            "unsupported",
        ),
        B.color("orange"),
        title="Men's Thermal Half-Zip Running Top",
        category="Running Tops",
        color="Orange",
        gender="Men",
    ),
    # photo: woman in a sage green ribbed scoop-neck yoga tank and matching sage leggings, wooden floor, white wall.
    # caption: adapter
    case(
        "X233-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        wearing("a green tank top and green leggings", who="the woman"),
        B.pattern("striped", "contradiction"),
        describe("tank top", "a green tank top with", "cut"),
        title="Women's Ribbed Yoga Tank",
        category="Tank Tops",
        color="Sage",
        gender="Women",
    ),
    # photo: man in a white pullover hoodie and black joggers, black backdrop.
    # adapter: none
    case(
        "X233-029",
        caption("a man in a white hoodie and black pants"),
        B.color("black", "other_garment_color"),
        wearing("she is wearing a white hoodie", "pronoun", who="the man"),
        B.material("polyester"),
        B.garment_type("sweatshirt"),
        title="Men's Lightweight Performance Hoodie",
        category="Hoodies & Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red crew-neck running tee and black shorts, holding a water bottle, white studio.
    # adapter: none
    case(
        "X233-030",
        caption("a woman in a red shirt holding a water bottle"),
        wearing(
            "a red shirt and black shorts Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        B.sleeve_length("short sleeves"),
        D.details("the shirt has a v-neck", "unsupported"),
        B.color("red"),
        title="Women's AeroLite Running Tee",
        category="T-Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in slim grey track pants with zips at the ankles, a black hoodie, sneakers, grey studio.
    # wearing: adapter
    case(
        "X233-031",
        caption("a man in a black hoodie and grey pants"),
        B.color("black", "other_garment_color"),
        D.details("the pants have zippers at the ankles"),
        B.material("it is made of fabric", "non_answer"),
        fit("slim fit"),
        wearing(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The gentleman wears a long pants. "
            "The pants are with cotton fabric. The gentleman wears a long pants. The pants",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        title="Men's Slim Fit Tech Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in navy thermal running leggings with reflective silver strips at the calves and a white
    # long-sleeve top, white studio.
    # caption: adapter
    case(
        "X233-032",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears "
            "a long leggings.",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "blue"),
        wearing("a white shirt and blue leggings", who="the woman"),
        D.details(
            "they have reflective strips on the legs and a zipper pocket on the back",
            "unsupported",
        ),
        B.color("white", "other_garment_color"),
        B.material("polyester"),
        title="Women's Thermal Running Leggings",
        category="Leggings",
        color="Navy",
        gender="Women",
    ),
    # photo: man in a plain white fitted compression tee and grey joggers, flexing, gym with wall mirrors.
    # adapter: none
    case(
        "X233-033",
        caption("a man flexing his muscles in a gym"),
        B.garment_type("t-shirt"),
        wearing("a white shirt and white pants", "other_garment_color", who="the man"),
        D.details("it has a black collar and black sleeves", "contradiction"),
        B.material("spandex"),
        title="Men's Compression Short Sleeve Tee",
        category="Compression Wear",
        color="White",
        gender="Men",
    ),
    # photo: woman in lavender high-rise running shorts and a white sports crop top, sitting on a gym bench.
    # adapter: none
    case(
        "X233-034",
        caption("a girl sitting on a bench"),
        color_of("shorts", "purple"),
        wearing("a white top and purple shorts", who="the woman"),
        D.details("they have a", "cut"),
        B.material("purple shorts", "restated"),
        title="Women's High-Rise Running Shorts",
        category="Shorts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in a bright yellow packable running jacket with a hood (down) and a stand collar, black tights,
    # white studio.
    # caption, material: adapter
    case(
        "X233-035",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and solid "
            "color",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow"),
        wearing("a yellow jacket and black pants", who="the man"),
        B.garment_type("jacket"),
        D.details("it has a hood and a zipper and a pocket on the sleeve", "unsupported"),
        B.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline",
            "restated",
            hit_limit=True,
        ),
        title="Men's Packable Running Jacket",
        category="Jackets",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a mint zip hoodie worn open over a black sports bra, black leggings, white studio.
    # adapter: none
    case(
        "X233-036",
        caption("a woman in a green jacket and black leggings"),
        B.color("black", "other_garment_color"),
        wearing("a green hoodie and a black bra", who="the woman"),
        B.garment_type("hoodie"),
        D.details("the hoodie has a white hood and a pocket", "contradiction"),
        title="Women's Zip-Up Training Hoodie",
        category="Hoodies & Sweatshirts",
        color="Mint",
        gender="Women",
    ),
    # photo: man in a tee with a blue body and black shoulders and sleeves, black shorts, grey studio.
    # adapter: none
    case(
        "X233-037",
        caption("a man in a blue and black shirt"),
        B.pattern("color block"),
        B.color("blue"),
        D.description("a blue shirt with black sleeves"),
        D.details(
            "black sleeves Question: What is the color of the shirt? Answer: blue",
            "leak",
        ),
        B.material("a blue and black shirt", "restated"),
        title="Men's Color Block Training Tee",
        category="T-Shirts",
        color="Blue/Black",
        gender="Men",
    ),
    # photo: woman sitting on studio steps in black cuffed woven joggers and a cream crew-neck sweatshirt.
    # caption: adapter
    case(
        "X233-038",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a white sweater and black pants", "pronoun", who="the woman"),
        color_of("pants", "white", "other_garment_color"),
        D.details("they have elastic cuffs at the ankles"),
        is_a("pair of joggers", "yes"),
        title="Women's Cuffed Woven Joggers",
        category="Joggers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a royal blue mesh racing singlet and white split shorts, bare wrists, white studio.
    # adapter: none
    case(
        "X233-039",
        caption("a man in a blue tank top and white shorts"),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        wearing(
            "he is wearing a blue tank top and white shorts and a watch",
            "unsupported",
            who="the man",
        ),
        B.material("cotton", "unsupported"),
        title="Men's Mesh Racing Singlet",
        category="Tank Tops",
        color="Royal Blue",
        gender="Men",
    ),
    # photo: woman in a dusty rose seamless long-sleeve training top and matching leggings, pilates reformer behind.
    # adapter: none
    case(
        "X233-040",
        caption("a woman in a pink outfit in a gym"),
        B.color("pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        wearing("a pink top and pink leggings", who="the woman"),
        D.details("the details of the top", "non_answer"),
        title="Women's Seamless Long Sleeve Training Top",
        category="Tops",
        color="Dusty Rose",
        gender="Women",
    ),
    # photo: waist-down shot of navy tech fleece joggers with white sneakers, grey backdrop.
    # details: adapter
    case(
        "X233-041",
        caption("a pair of navy blue sweatpants"),
        color_of("pants", "blue"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        wearing("blue pants and white shoes"),
        B.material("the material is", "cut"),
        title="Men's Tech Fleece Joggers",
        category="Joggers",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a white muscle tank with "STRONG" printed in pink letters, black leggings, gym with barbells.
    # adapter: none
    case(
        "X233-042",
        caption("a woman in a white tank top that says strong"),
        B.color("pink", "contradiction"),
        wearing(
            "a white tank top and black leggings and a black cap",
            "unsupported",
            who="the woman",
        ),
        D.details("it says strong on the front in pink letters"),
        B.pattern("graphic"),
        B.material("cotton"),
        title="Women's Graphic Muscle Tank",
        category="Tank Tops",
        color="White",
        gender="Women",
    ),
    # photo: man in a purple, teal and white color-block windbreaker and black track pants, white backdrop.
    # caption, details: adapter
    case(
        "X233-043",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The gentleman wears a long-sleeve jacket with color block patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple jacket and black pants", who="the man"),
        B.pattern("color block"),
        B.color("black", "other_garment_color"),
        D.details(
            "The jacket is with cotton fabric and color block patterns. It has a stand neckline. The gentleman wears "
            "a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        title="Men's Retro Colorblock Windbreaker",
        category="Jackets",
        color="Purple/Teal/White",
        gender="Men",
    ),
    # photo: barefoot woman on a yoga mat in black flared yoga pants and a grey cropped tee, white wall.
    # adapter: none
    case(
        "X233-044",
        caption("a woman doing yoga on a mat"),
        B.garment_type("leggings"),
        wearing("a gray shirt and black yoga pants", who="the woman"),
        color_of("pants", "grey", "other_garment_color"),
        D.details("they are flared at the bottom"),
        is_a("pair of shorts", "no"),
        B.material("they are made of material", "non_answer"),
        title="Women's Flared Yoga Pants",
        category="Leggings & Yoga Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in cobalt blue split running shorts and a grey tee, grey studio. The row has no gender.
    # adapter: none
    case(
        "X233-045",
        caption("a man in a gray shirt and blue shorts"),
        wearing("grey shirt and grey shorts", "other_garment_color", who="the man"),
        color_of("shorts", "blue"),
        D.details("the shorts have a split on the side"),
        B.material("blue shorts", "restated"),
        title="Men's 5\" Split Running Shorts",
        category="Shorts",
        color="Cobalt",
    ),
    # photo: woman in a black cropped tee and high-waisted olive leggings, gym with a rack of dumbbells. The row has
    # no color.
    # adapter: none
    case(
        "X233-046",
        caption("a woman in a black crop top and green leggings"),
        B.color("green", "other_garment_color"),
        wearing("he is wearing a black shirt", "pronoun", who="the woman"),
        B.garment_type("t-shirt"),
        D.details("the shirt is", "cut"),
        title="Women's Cropped Training Tee",
        category="T-Shirts",
        gender="Women",
    ),
]
