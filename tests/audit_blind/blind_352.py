"""BLIND_352 (46 products; men's sportswear and athleisure: track pants, joggers, shorts, tees, tanks, tracksuits):
written blind in the forty-fourth session. Measured blind at d9788e8 (the session's rules as they stood): 105/127
failures found (82.7%) and 8/162 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: an English catalog feed of men's sportswear and athleisure: track pants and joggers (side stripes, cargo
pockets, camouflage), running, training and 2-in-1 shorts, training t-shirts (plain, melange, printed, graphic),
tank tops and sleeveless hoodies, tracksuits (jacket and pants, sometimes in two colors), windcheaters, hoodies and
compression wear. Model shots in gyms (mirrors, brick and painted walls, rubber floors, turf) and on running tracks,
and flat-lays on plain or wooden backgrounds. Most model shots show a second garment (the tee over the track pants,
the shorts under the tank top). Each row has the seller's title, category, color and gender; a few rows miss the
color or the gender, as real feeds do.

Who wrote what: captions and open answers (wearing, description, details, material) come from the untuned base
`Salesforce/blip2-opt-2.7b`: short, lowercase, and it stops on its own (never hit_limit). Where a comment says so,
the caption-only LoRA adapter of the original experiments wrote the caption or an open answer: the DeepFashion
template ("The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric ..."),
with no end-of-answer token, so it runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True)
and returns the template to whatever it is asked. The closed questions (garment_type, color, pattern,
sleeve_length, fit, the per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine
reference` answers, chosen from candidate sets: they never loop or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, teal or light blue; green for olive, lime or
  camouflage olive; grey for charcoal, grey melange or marl; red for maroon; yellow for mustard. Orange for a
  mustard tee is contradiction (the reference engine picked the wrong candidate).
- The color of another garment in the photo (the tee worn over the track pants, the shorts under the tank top, the
  tee under the hoodie) given as the product's color is other_garment_color. A color in the photo that is no
  garment's (the yellow wall, the green turf, the black flat-lay background) given as the garment's color is
  contradiction, and so is the color of the garment's own trim, print, piping, stripes, drawstrings or liner
  (white for a black tank with a white print, red for black pants with red piping, grey for black shorts whose
  liner is grey).
- Garment synonyms count as correct: sweatpants or joggers for track pants, sweat suit for a tracksuit, hooded
  sweatshirt for a hoodie, windbreaker for a windcheater, leggings for compression tights, vest for a tank top.
  The adapter's "sweater" for a hoodie is taken as the template's name for a pullover top, not a misnaming; "shorts"
  for compression tights worn under shorts is contradiction (the product is the tights). "Yes" to "Is this a pair of
  leggings?" for mid-thigh compression shorts is contradiction.
- Side stripes or piping on track pants make "striped" an acceptable pattern; a camouflage print is "printed".
- Materials: the title's material (polyester, nylon, cotton, fleece, spandex, mesh) or a plausible blend is correct;
  "it is made of fabric" is non_answer; a material question answered with the garment's name and color is restated.
- Invented details not in the photo (a pocket on the chest of a plain tee, a hood on a tank top, a zipper on a
  pullover hoodie, a stripe on a plain tracksuit, a collar and buttons on a crew-neck tee, a racer back or a back
  pocket on a front-view photo) are unsupported. A wrong neckline the photo contradicts is unsupported as well.
- A man called "she" or "a woman" is pronoun.
- Adapter texts: repeating a sentence of the template is loop; stopping mid-sentence without repeating is cut;
  the template returned for the material question is restated (even if it names a fabric, and even though it is
  also cut); an accessory the adapter invents before it is cut is labelled cut (one kind per text, the first one
  the auditor would see). The template answering "What is the person wearing?" or "What are the details?" does
  answer it, so it is cut or loop there, not restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right. Empty
  answers, "the details of the pants", "the hoodie has details" and "the shorts are short" are non_answer. A base
  answer that stops after "it is made of" is cut, without hit_limit.
- Two-color tracksuits named piece by piece in their own colors are correct; the product color is the seller's.
- One color for two garments (CONTEXT.md's "grey shirt, grey jeans"): "a white shirt and white pants" for a white
  tee over navy track pants, or "a grey t-shirt and grey shorts" for a grey tee over black shorts, is contradiction
  (whichever piece carries the wrong color); a caption that gives the product the other piece's color ("a red tank
  top" for a black tank worn with red shorts) is other_garment_color.
- Wrong reference candidates other than colors are contradiction: "loose" for a slim-fit jogger, "sleeveless" or
  "long sleeves" for a short-sleeve tee, "short sleeves" for a tank, "t-shirt" for a tank top, "yes" to "Is this a
  pair of shorts?" for full-length joggers.
- A garment invented on a flat-lay ("a black and white jacket and black pants" for a jacket alone) is unsupported,
  and so are denim for cotton cargo joggers and silk for a polyester tracksuit. "The leggings are long" is
  non_answer. A base answer that stops mid-phrase ("a blue windbreaker with a hood and a", "a black jacket and a
  pair of") is cut, without hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")

BLIND_352 = [
    # photo: model in a plain white crew-neck tee and navy track pants with two white side stripes, standing on a
    # red running track, full-length front view.
    # no adapter texts
    case(
        "X352-001",
        caption("a man in a white shirt and white pants standing on a running track", "contradiction"),
        D.wearing("a white t-shirt and navy pants"),
        color_pants("blue"),
        B.color("white", "other_garment_color"),
        B.pattern("striped"),
        D.details("white stripes on the side and a zipper pocket on the back", "unsupported"),
        B.material("polyester"),
        title="Men Navy Blue Solid Polyester Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of black cotton joggers with ribbed cuffs at the ankles and a white drawstring, grey background.
    # caption: adapter
    case(
        "X352-002",
        caption(
            "The trousers are with cotton fabric and solid color patterns. The trousers are of long length. The "
            "trousers are with cotton fabric and solid color patterns. The trousers are of long",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pair of black sweatpants"),
        B.garment_type("pants"),
        B.color("black"),
        D.details(
            "The trousers are with cotton fabric and solid color patterns. The trousers are of long length. The "
            "trousers are with",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Men Black Solid Cotton Blend Joggers",
        category="Joggers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey melange crew-neck training tee with a small reflective logo on the chest and black
    # shorts, lifting dumbbells in a gym with mirrors, three-quarter view.
    # no adapter texts
    case(
        "X352-003",
        caption("a man in a grey shirt lifting dumbbells in a gym"),
        D.wearing("a grey t-shirt and grey shorts", "contradiction"),
        B.color("grey"),
        B.sleeve_length("short sleeves"),
        D.description("a grey t-shirt with a logo on the chest"),
        B.material("it is made of", "cut"),
        title="Men Grey Melange Slim Fit Training T-shirt",
        category="T-Shirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a plain red tank top with wide armholes and black shorts, gym with a rack of weights,
    # front view cropped at the knees.
    # caption: adapter
    case(
        "X352-004",
        caption(
            "The gentleman wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red tank top and black shorts"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        D.details("a logo on the chest and a zipper pocket", "unsupported"),
        title="Men Red Solid Gym Tank Top",
        category="Tank Tops",
        color="Red",
        gender="Men",
    ),
    # photo: model in a plain olive tracksuit (zip jacket with two side pockets and matching pants), white sneakers,
    # standing on a running track, full-length front view; no stripes anywhere.
    # no adapter texts
    case(
        "X352-005",
        caption("a man in a green tracksuit standing on a track"),
        D.wearing("a green jacket and black pants", "contradiction"),
        color_jacket("green"),
        color_pants("green"),
        D.description("a green tracksuit with white stripes on the sleeves", "unsupported"),
        D.details("a zipper on the front and two pockets"),
        B.material("polyester"),
        title="Men Olive Green Solid Polyester Tracksuit",
        category="Tracksuits",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a navy hooded nylon windcheater, zipped up, and black joggers, on a track in the rain,
    # full-length front view.
    # caption: adapter
    case(
        "X352-006",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It "
            "has a hooded neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue jacket and black pants"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        D.details("a hood and a zipper"),
        D.description("a blue windbreaker with a hood and a", "cut"),
        B.material("nylon"),
        title="Men Navy Blue Hooded Nylon Windcheater",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black long-sleeve compression top and grey shorts, doing pull-ups in a gym, front view.
    # no adapter texts
    case(
        "X352-007",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black long sleeve shirt and black shorts", "contradiction"),
        B.sleeve_length("long sleeves"),
        fit("slim"),
        B.color("grey", "other_garment_color"),
        B.material("spandex"),
        title="Men Black Long Sleeve Compression T-shirt",
        category="Compression Wear",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a white crew-neck tee with "TRAIN HARD" printed in black across the chest, light wooden
    # floor.
    # no adapter texts
    case(
        "X352-008",
        caption("a white t-shirt with the words train hard on it"),
        D.wearing("a white t-shirt"),
        B.color("white"),
        B.pattern("graphic"),
        D.details("black letters on the front"),
        B.material("Question: What is the color of the t-shirt? Answer: white", "leak"),
        title="Men White Typography Printed Cotton T-shirt",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a charcoal pullover hoodie (hood up, kangaroo pocket, drawstrings) and black track pants,
    # gym with concrete walls, front view.
    # caption: adapter
    case(
        "X352-009",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black pants"),
        B.color("grey"),
        is_a("hoodie", "yes"),
        D.details("a hood with drawstrings and a zipper on the front", "unsupported"),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline",
            "restated",
            hit_limit=True,
        ),
        title="Men Charcoal Grey Solid Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model running on a blue track in royal blue running shorts and a white tank top, side view.
    # no adapter texts
    case(
        "X352-010",
        caption(
            "The gentleman wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point shorts. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing blue shorts and a white top", "pronoun"),
        B.color("blue"),
        color_shorts("white", "other_garment_color"),
        D.details("a zipper pocket on the back", "unsupported"),
        B.material("polyester"),
        title="Men Blue Solid Running Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of a black track jacket with white panels over the shoulders and upper sleeves, stand collar,
    # full zip, white background.
    # no adapter texts
    case(
        "X352-011",
        caption("a black and white jacket on a white background"),
        D.wearing("a black and white jacket and black pants", "unsupported"),
        B.color("black"),
        B.pattern("color block"),
        D.description("a black jacket with white sleeves"),
        B.material("polyester Question: What is the color of the jacket? Answer: black", "leak"),
        title="Men Black Colourblocked Track Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a black tee and maroon slim joggers with white sneakers, standing in front of a red brick
    # wall in a gym, full-length front view.
    # no adapter texts
    case(
        "X352-012",
        caption("a man in black shirt and red pants standing in front of a brick wall"),
        D.wearing("a black shirt and maroon joggers"),
        B.color("black", "other_garment_color"),
        color_pants("red"),
        fit("loose", "contradiction"),
        B.material("cotton"),
        D.description("maroon joggers with white stripes down the sides", "unsupported"),
        title="Men Maroon Slim Fit Cotton Joggers",
        category="Joggers",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in teal mid-thigh compression shorts and a black tank top, gym with rubber floor, front view.
    # caption: adapter
    case(
        "X352-013",
        caption(
            "The gentleman wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a round neckline. The gentleman wears a tank shirt with pure color patterns. The tank",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black tank top and blue shorts"),
        color_shorts("black", "other_garment_color"),
        B.garment_type("shorts"),
        is_a("pair of leggings", "yes", "contradiction"),
        B.material(
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and solid color patterns. "
            "The shorts",
            "restated",
            hit_limit=True,
        ),
        title="Men Teal Compression Shorts",
        category="Shorts",
        color="Teal",
        gender="Men",
    ),
    # photo: model in a mustard yellow round-neck running tee and navy shorts, jogging on a track, front view.
    # no adapter texts
    case(
        "X352-014",
        caption("a man in a yellow shirt and yellow shorts running on a track", "contradiction"),
        D.wearing("a yellow shirt and blue shorts"),
        B.color("orange", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.description("a yellow t-shirt with a round neck"),
        B.material("polyester"),
        title="Men Mustard Yellow Dri-Fit Running T-shirt",
        category="T-Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: flat-lay of a black tracksuit, jacket and pants side by side, thin red piping down the sleeves and
    # the legs, grey background.
    # details: adapter
    case(
        "X352-015",
        caption("a black tracksuit with red stripes"),
        D.wearing("a black jacket and a pair of", "cut"),
        color_jacket("black"),
        color_pants("red", "contradiction"),
        B.garment_type("tracksuit"),
        B.material("silk", "unsupported"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Men Black Tracksuit with Contrast Piping",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: model in a grey marl pullover hoodie and black joggers, in front of a bright yellow painted wall in a
    # gym, front view.
    # no adapter texts
    case(
        "X352-016",
        caption("a man in a grey hoodie standing in front of a yellow wall"),
        D.wearing("a grey hoodie and grey pants", "contradiction"),
        B.color("yellow", "contradiction"),
        D.description("a grey hooded sweatshirt with a front pocket"),
        D.details("the hoodie has details", "non_answer"),
        B.material("fleece"),
        title="Men Grey Marl Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: flat-lay of navy shorts with a white drawstring and two side pockets, grey background.
    # caption and material: adapter
    case(
        "X352-017",
        caption(
            "The shorts are with cotton fabric and solid color patterns. The shorts are of three-point length. The "
            "shorts are with cotton fabric and solid color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.garment_type("shorts"),
        D.details("white drawstring and two side pockets"),
        B.material(
            "The gentleman wears a three-point shorts. The shorts are with cotton fabric and solid color patterns. "
            "The shorts are of three",
            "restated",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Training Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a black tank top with "BEAST" printed large in white, and grey joggers, gym with mirrors
    # behind him, front view.
    # no adapter texts
    case(
        "X352-018",
        caption(
            "The gentleman wears a tank shirt with graphic patterns. The tank shirt is with cotton fabric. It has a "
            "round neckline. The gentleman wears a tank shirt with graphic patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black tank top and black sweatpants", "contradiction"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        B.sleeve_length("sleeveless"),
        D.description("a black tank top with a white logo and a hood", "unsupported"),
        title="Men Black Graphic Printed Gym Vest",
        category="Tank Tops",
        color="Black",
        gender="Men",
    ),
    # photo: model in olive cargo joggers with side cargo pockets and a white hoodie, on an outdoor track,
    # full-length front view.
    # no adapter texts
    case(
        "X352-019",
        caption("a woman in a white hoodie and green pants", "pronoun"),
        D.wearing("a white hoodie and green pants"),
        color_pants("white", "other_garment_color"),
        B.color("green"),
        D.details("cargo pockets on the sides"),
        fit("regular"),
        B.material("denim", "unsupported"),
        title="Men Olive Regular Fit Cargo Joggers",
        category="Joggers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a red hooded windcheater with black side panels and black shorts, on a track, front view.
    # caption: adapter
    case(
        "X352-020",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with nylon fabric. It "
            "has a hooded neckline. There is an accessory on his wrist. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red jacket and black shorts"),
        B.color("red"),
        D.description("a red and black windbreaker with a hood"),
        D.details(
            "Question: What are the details of the garment? Answer: a hood and a zipper",
            "leak",
        ),
        B.material(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with nylon fabric. It "
            "has a",
            "restated",
            hit_limit=True,
        ),
        title="Men Red Colourblocked Hooded Windcheater",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: flat-lay of a plain white sleeveless gym vest on a black background.
    # no adapter texts
    case(
        "X352-021",
        caption("a white tank top on a black background"),
        B.color("black", "contradiction"),
        B.garment_type("t-shirt", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.details("", "non_answer"),
        B.material("a white tank top", "restated"),
        title="Men White Solid Cotton Gym Vest",
        category="Tank Tops",
        color="White",
        gender="Men",
    ),
    # photo: model in a plain grey tracksuit (zip hoodie jacket and tapered pants), gym with black rubber floor,
    # full-length front view; no stripes.
    # no adapter texts
    case(
        "X352-022",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The pants this gentleman wears is of long length. The pants",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and grey sweatpants"),
        color_top("grey"),
        color_pants("grey"),
        D.description("a grey tracksuit with a black stripe down the side", "unsupported"),
        B.material("it is made of fabric", "non_answer"),
        title="Men Grey Solid Hooded Tracksuit",
        category="Tracksuits",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a red tee and black track pants with three white stripes down each leg, gym, full-length
    # front view.
    # no adapter texts
    case(
        "X352-023",
        caption("a man in a red shirt and black pants with white stripes"),
        D.wearing("a red shirt and black pants"),
        B.color("red", "other_garment_color"),
        color_pants("black"),
        B.pattern("striped"),
        D.details("white stripes on the sides of the legs"),
        B.material("polyester Question: What is the color of the pants? Answer: black", "leak"),
        title="Men Black Track Pants with Contrast Stripes",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light blue round-neck training tee and black shorts, gym with a dark grey wall, front view.
    # caption: adapter
    case(
        "X352-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a blue shirt and black shorts"),
        B.color("blue"),
        D.description("a light blue t-shirt with a v neck", "unsupported"),
        B.material("polyester"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Men Light Blue Solid Training T-shirt",
        category="T-Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: model in black full-length compression tights worn under black shorts, with a grey tee, gym, full-length
    # front view (layered).
    # no adapter texts
    case(
        "X352-025",
        caption("a man in a grey shirt and black shorts with black leggings"),
        D.wearing("a grey shirt, black shorts and black leggings"),
        B.color("black"),
        is_a("pair of leggings", "yes"),
        B.garment_type("shorts", "contradiction"),
        fit("slim"),
        B.material("spandex"),
        D.details("the leggings are long", "non_answer"),
        title="Men Black Compression Tights",
        category="Compression Wear",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of a navy pullover hoodie with white drawstrings and a kangaroo pocket, no zip, white
    # background.
    # no adapter texts
    case(
        "X352-026",
        caption("a blue hoodie with white strings"),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "contradiction"),
        D.details("a hood, a pocket and a zipper", "unsupported"),
        B.material("cotton"),
        title="Men Navy Blue Pullover Hoodie",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in grey training shorts with side pockets, a black tank top and white socks, gym, front view.
    # caption: adapter
    case(
        "X352-027",
        caption(
            "The gentleman wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a round neckline. The gentleman wears a three-point shorts. The gentleman wears a tank shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black tank top and grey shorts", "pronoun"),
        color_shorts("grey"),
        B.color("black", "other_garment_color"),
        D.details("pockets on the side"),
        D.description("grey shorts with a white stripe on the side", "unsupported"),
        title="Men Grey Solid Training Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a lime green plain training tee and black shorts running on a track, front view; no pocket.
    # no adapter texts
    case(
        "X352-028",
        caption("a man in a bright green shirt running on a track"),
        D.wearing("a green shirt and green shorts", "contradiction"),
        B.color("green"),
        B.sleeve_length("short sleeves"),
        D.description("a green shirt with a pocket on the chest", "unsupported"),
        B.material("polyester Question: What is the color of the shirt? Answer: green", "leak"),
        title="Men Lime Green Solid Training T-shirt",
        category="T-Shirts",
        color="Lime Green",
        gender="Men",
    ),
    # photo: model in a black windcheater with a stand collar and reflective strips, black joggers, on a track at
    # dusk, front view.
    # caption and details: adapter
    case(
        "X352-029",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with nylon fabric. It "
            "has a stand neckline. The pants this gentleman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("jacket"),
        D.wearing("she is wearing a black jacket and black pants", "pronoun"),
        D.details(
            "The jacket is with nylon fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "nylon fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        B.material("nylon"),
        title="Men Black Reflective Nylon Windcheater",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in a two-color tracksuit: navy zip jacket and grey pants, white sneakers, on a track,
    # full-length front view.
    # no adapter texts
    case(
        "X352-030",
        caption("a man in a blue jacket and grey pants"),
        D.wearing("she is wearing a blue and grey tracksuit", "pronoun"),
        color_jacket("grey", "other_garment_color"),
        color_pants("grey"),
        D.description("a blue jacket with a zipper and grey pants"),
        B.material("polyester"),
        title="Men Navy Blue and Grey Colourblocked Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in white training shorts and a navy tee, standing on a running track, front view cropped at the
    # shins.
    # no adapter texts
    case(
        "X352-031",
        caption("a man in a blue shirt and blue shorts on a track", "contradiction"),
        D.wearing("a blue shirt and white shorts"),
        B.color("white"),
        color_shorts("blue", "other_garment_color"),
        D.details("the shorts are short", "non_answer"),
        B.material("polyester"),
        D.description("white shorts with a black logo on the left leg", "unsupported"),
        title="Men White Solid Training Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: model in olive camouflage joggers and a black hoodie, gym with a concrete wall, full-length front view.
    # no adapter texts
    case(
        "X352-032",
        caption("a man in a black hoodie and camouflage pants"),
        D.wearing("a black hoodie and black pants", "contradiction"),
        B.color("green"),
        B.pattern("printed"),
        color_pants("black", "other_garment_color"),
        D.description("green camouflage pants with a drawstring"),
        B.material("cotton"),
        title="Men Olive Camouflage Printed Joggers",
        category="Joggers",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a black sleeveless hoodie (cut-off armholes, hood down) and black shorts, gym with a punching
    # bag, front view.
    # caption: adapter
    case(
        "X352-033",
        caption(
            "The gentleman wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has "
            "a hooded neckline. The tank shirt is with cotton fabric. It has a hooded neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black sleeveless hoodie and black shorts"),
        B.garment_type("hoodie"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.color("black"),
        B.material("cotton"),
        D.details("a hood and a zipper", "unsupported"),
        title="Men Black Sleeveless Hooded Gym Vest",
        category="Tank Tops",
        color="Black",
        gender="Men",
    ),
    # photo: model in a blue crew-neck tee with an all-over white abstract print and black joggers, gym, front view.
    # no adapter texts
    case(
        "X352-034",
        caption("a man in a blue and white shirt in a gym"),
        D.wearing("a blue and white shirt and blue pants", "contradiction"),
        B.color("blue"),
        B.pattern("printed"),
        D.description("a blue shirt with a collar and buttons", "unsupported"),
        B.material("the shirt is blue", "restated"),
        title="Men Blue Printed Training T-shirt",
        category="T-Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of black 2-in-1 running shorts with a grey inner liner showing at the hem and a zip pocket,
    # white background.
    # caption: adapter
    case(
        "X352-035",
        caption(
            "The shorts are with polyester fabric and solid color patterns. The gentleman wears a three-point shorts. "
            "The shorts are with polyester fabric and solid color patterns. The gentleman",
            "loop",
            hit_limit=True,
        ),
        B.color("grey", "contradiction"),
        B.garment_type("shorts"),
        D.details("an inner liner and a zip pocket"),
        B.material("polyester"),
        title="Men Black 2-in-1 Running Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: model in grey joggers and a white tee, standing on a black rubber gym floor, full-length front view.
    # no adapter texts
    case(
        "X352-036",
        caption("a man in a white t-shirt and grey sweatpants standing on a black floor"),
        D.wearing("a white shirt and white pants", "contradiction"),
        B.color("grey"),
        color_pants("grey"),
        fit("slim"),
        D.details(
            "Question: What are the details of the garment? Answer: Question: What are the",
            "leak",
        ),
        B.material("cotton"),
        title="Men Grey Slim Fit Joggers",
        category="Joggers",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a royal blue tracksuit (stand-collar zip jacket and matching pants) and white sneakers on a
    # track, full-length front view.
    # caption and wearing: adapter
    case(
        "X352-037",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        color_jacket("blue"),
        color_pants("blue"),
        B.material("it is made of fabric", "non_answer"),
        D.details(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        title="Men Blue Solid Tracksuit",
        category="Tracksuits",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a plain black tank top and red shorts, lifting a barbell in a gym, front view.
    # no adapter texts
    case(
        "X352-038",
        caption("a man in a red tank top lifting weights", "other_garment_color"),
        D.wearing("a black tank top and red shorts"),
        B.color("red", "other_garment_color"),
        is_a("tank top", "yes"),
        D.description("a black tank top with a racer back", "unsupported"),
        B.material("cotton"),
        title="Men Black Solid Gym Tank Top",
        category="Tank Tops",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of navy slim track pants with two zipped side pockets and an elastic waistband, white
    # background.
    # no adapter texts
    case(
        "X352-039",
        caption("a pair of black track pants", "contradiction"),
        B.color("blue"),
        B.garment_type("pants"),
        B.pattern("solid"),
        D.details("zippered pockets and an elastic waistband"),
        B.material("navy blue track pants", "restated"),
        title="Men Navy Blue Slim Fit Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # photo: model in a rust orange training tee and grey shorts doing push-ups on green artificial turf, side view.
    # no adapter texts
    case(
        "X352-040",
        caption("a man in an orange shirt doing push ups on green turf"),
        D.wearing("an orange shirt and orange shorts", "contradiction"),
        B.color("green", "contradiction"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.description("an orange t-shirt"),
        B.material("polyester and cotton"),
        title="Men Rust Orange Cotton Polyester Training T-shirt",
        category="T-Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: model in a white tracksuit with black stripes down the sleeves and the legs, gym, full-length front view.
    # no adapter texts
    case(
        "X352-041",
        caption("a woman in a white tracksuit standing in a gym", "pronoun"),
        D.wearing("a white jacket and white pants with black stripes"),
        color_jacket("white"),
        color_pants("black", "contradiction"),
        B.pattern("striped"),
        B.material("polyester"),
        title="Men White Striped Tracksuit",
        category="Tracksuits",
        color="White",
        gender="Men",
    ),
    # photo: model in a grey pullover hoodie (no zip) over a black compression tee (black hem and collar showing),
    # black joggers, gym, front view.
    # details: adapter
    case(
        "X352-042",
        caption("a man in a grey hoodie with a black shirt underneath"),
        D.wearing("a grey hoodie and a black shirt"),
        B.color("black", "other_garment_color"),
        B.garment_type("hoodie"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded",
            "cut",
            hit_limit=True,
        ),
        B.material("a grey hoodie", "restated"),
        title="Men Grey Solid Pullover Hoodie",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in black joggers and a black tee (all black), running on a track, side view.
    # no adapter texts
    case(
        "X352-043",
        caption("a man in all black running on a track"),
        D.wearing("a black shirt and black pants"),
        B.color("black"),
        color_pants("black"),
        D.details("the details of the pants", "non_answer"),
        fit("slim"),
        is_a("pair of shorts", "yes", "contradiction"),
        B.material("cotton and polyester"),
        title="Men Black Slim Fit Joggers",
        category="Joggers",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of yellow mesh basketball shorts with black side trim and a black drawstring, grey background.
    # no adapter texts
    case(
        "X352-044",
        caption("yellow basketball shorts with black trim"),
        D.wearing("a pair of shorts"),
        B.color("yellow"),
        B.garment_type("shorts"),
        D.details("black trim on the sides and a drawstring waist"),
        B.material("mesh"),
        title="Men Yellow Mesh Basketball Shorts",
        category="Shorts",
        color="Yellow",
        gender="Men",
    ),
    # photo: model in a grey melange sleeveless tank and black compression tights, on a track, front view; no
    # jewellery.
    # caption and material: adapter
    case(
        "X352-045",
        caption(
            "The gentleman wears a tank shirt with pure color patterns and a necklace. The tank shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long leggings. The leggings",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a grey tank top and black leggings"),
        B.color("grey"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The tank shirt is with cotton fabric and pure color patterns. It has a round neckline. The tank shirt "
            "is with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has",
            "restated",
            hit_limit=True,
        ),
        title="Men Grey Melange Running Tank Top",
        category="Tank Tops",
        gender="Men",
    ),
    # photo: model in a maroon pullover hoodie with white "ATHLETIC" letters on the chest (maroon sleeves) and black
    # sweatpants, gym, front view.
    # no adapter texts
    case(
        "X352-046",
        caption("a man in a red hoodie with a white logo"),
        D.wearing("a maroon hooded sweatshirt and black sweatpants"),
        B.color("red"),
        B.pattern("graphic"),
        D.details("white letters on the chest and a", "cut"),
        D.description("a maroon hoodie with white letters and white sleeves", "contradiction"),
        B.material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What",
            "leak",
        ),
        title="Men Maroon Graphic Printed Hoodie",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
]
