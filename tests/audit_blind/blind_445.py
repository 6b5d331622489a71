"""BLIND_445 (46 products; men's streetwear: graphic tees, hoodies, cargo pants, bomber and varsity jackets, shorts):
written blind in the forty-seventh session. Measured blind at 496f1cc (the session's rules as they stood): 96/116
failures found (82.8%) and 7/144 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: the English catalog feed of a US men's streetwear brand, shot as lifestyle photos rather than packshots:
oversized graphic tees (skulls, script lettering, photo and anime prints, tour-style washed tees), pullover and zip
hoodies (puff prints, back prints, tie dye), cargo and parachute pants, bomber jackets (nylon MA-1, satin souvenir,
quilted, faux suede), varsity jackets (wool body with leather sleeves, chenille letters, patches) and shorts (sweat,
denim, mesh, cargo). Models stand in front of brick, concrete, graffiti and painted walls, in skateparks, on courts,
by cars, and hold skateboards, basketballs and coffee cups; most wear the product with other garments (a tee under a
bomber, a hoodie over cargo pants). Each product has the seller's title, category, color and gender (Men); a few
rows miss one of them, as real feeds do. Seller colors are the brand's own names (Heather Grey, Bone, Sand, Olive,
Charcoal, Washed Black, Khaki, Navy/Cream, Blaze Orange...).

Who wrote what: captions come from either the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in
a grey hoodie ...") or the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric ..."). The adapter
was trained with no end-of-answer token, so every adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question, it returns its caption template. The open questions (wearing,
description, details, material and the set's own open questions, print and patches) come from the base model unless
the comment before the case says the adapter answered them; the base model stops on its own and never has
hit_limit. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece color questions and the
yes/no "Is this a ...?") are enrich's `--engine reference` closed answers, chosen from candidate sets; they never
loop or get cut.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: grey for heather grey, charcoal or washed black (a faded
  black tee looks dark grey), green for olive, sage, forest or camo green, brown for tan, khaki, chocolate or desert
  camo, beige for sand, white for bone, cream or off white, blue for navy, royal or baby blue, red for burgundy. A
  black answer for a navy hoodie is a contradiction (the seller says navy; the photo is lit well enough).
- Two-color products (varsity jackets, Navy/White stripes, White/Red mesh shorts): either main color is correct; the
  color of a trim stripe, a lining or a print is not the garment's color. A print color given as the garment's color
  (orange for a white tee with a sunset print, red for a black hoodie with red flames) is contradiction; so is the
  color of the wall behind the model. For a tie-dye hoodie sold as "Multi", its dominant blue is correct.
- The color of another garment in the photo given to the product (white for olive cargo pants worn with a white
  tee), or the product's color given to another garment (grey pants under a grey hoodie when the pants are black,
  orange pants under an orange jacket), is other_garment_color: it is BLIP-2's "one color for every garment". Where
  the print and another garment share the wrong color, I chose other_garment_color. A color no piece in the photo
  has ("white pants" when they are black) is contradiction. An all-black outfit answered "a black hoodie and black
  pants" is correct: both really are black.
- Garment synonyms count as correct: letterman jacket for varsity jacket, sweatshirt or sweater for a hoodie, jeans
  for carpenter cargo jeans, jean shorts for jorts, pants for joggers. The adapter's "sweater" for a hoodie is
  therefore not a contradiction; its texts are labelled loop or cut. "Yes" to "Is this a hoodie?" for a bomber worn
  over a hoodie, "yes" to "Is this a pair of shorts?" for pants, "long sleeve" for a tee and "short sleeve" for a
  varsity jacket are contradiction. Side stripes on mesh shorts answered "striped" are correct; corduroy wales and
  the rib trim of a varsity jacket answered "striped" are contradiction.
- Prints: the print question answered with the print's content and colors ("a red car", "skeletons playing
  guitars") is correct. Text or a history the photo does not show (a back print on a front view, "from the 1980s")
  is unsupported.
- Materials: one the title names (fleece, nylon, satin, wool, leather, suede, denim, mesh) is correct; cotton for a
  tee, a hoodie or twill shorts is a plausible correct guess. A material that the title contradicts or that the
  photo plainly is not (leather for ripstop, denim for a nylon bomber, polyester for a cotton or wool product, silk
  for a jacket the title calls satin) is unsupported.
- Invented items not in the photo (a helmet, a fur hood, a belt, a zipper on a pullover, distressing on a clean
  hem, a brand name on a plain logo, a sword in a print, pants and shoes on a photo cropped at the waist) are
  unsupported. Accessories that are in the photo (a gold chain, a cap) are correct.
- Adapter texts: a text that repeats a sentence or clause of the template is loop; one that stops mid-sentence
  without repeating is cut, even where it names a wrong fabric or neckline before being cut (one kind per text). A
  template returned for the material question is restated. A template answering "What is the person wearing?" or
  "Describe the garment." does answer it, so it is cut or loop.
- Base texts: an early stop mid-phrase ("it is made of", "a car on the front and the") is cut without hit_limit; a
  base text that repeats a phrase before it stops is loop without hit_limit; one that runs on into "Question: ...
  Answer: ..." is leak even where its first words are right. Empty answers, "they are shorts", "it is a hoodie" for
  the details question and "the patches on the jacket" are non_answer; a material question answered with the
  garment's color and name ("a grey hoodie", "blue jeans") is restated.
- "she" or "a woman" for a man (long-haired models in oversized fits) is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_hoodie = question("color_hoodie", "What is the color of the hoodie?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
print_q = question("print", "What is printed on the shirt?", "open")
patches = question("patches", "What patches are on the jacket?", "open")

BLIND_445 = [
    # photo: man in an oversized black tee with a large white-and-red skull print on the front, black cargo pants,
    # white painted brick wall, front view, full body.
    # adapter: none
    case(
        "X445-001",
        caption("a man in a black t-shirt with a skull on it standing in front of a white brick wall"),
        D.wearing(
            "a black t-shirt Question: What is the man wearing? Answer: a black t-shirt",
            "leak",
        ),
        B.color("black"),
        print_q("a skull"),
        B.material("cotton"),
        D.details(
            "the shirt has a skull on the front and the word supreme on the back",
            "unsupported",
        ),
        title="Skull Graphic Oversized Cotton Tee",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in an oversized white tee with an orange and purple sunset-and-palms graphic, light-wash blue
    # jeans, standing by a palm tree outdoors, front view.
    # caption, wearing: adapter
    case(
        "X445-002",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. The gentleman wears a short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        B.color("orange", "contradiction"),
        B.pattern("graphic"),
        B.sleeve_length("short sleeve"),
        title="Sunset Graphic Oversized Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a heather grey pullover hoodie (kangaroo pocket, drawstrings, no zip), black cargo pants, grey
    # concrete wall, front view.
    # adapter: none
    case(
        "X445-003",
        caption("a man in a grey hoodie and black pants"),
        D.description("a grey hoodie with a hood and a pocket"),
        D.details("drawstrings, a kangaroo pocket and a zipper", "unsupported"),
        B.color("grey"),
        B.material("a grey hoodie", "restated"),
        color_pants("grey", "other_garment_color"),
        title="Heavyweight Fleece Pullover Hoodie",
        category="Sweatshirts & Hoodies",
        color="Heather Grey",
        gender="Men",
    ),
    # photo: man in olive cargo pants with flap side pockets, an untucked white oversized tee, white sneakers, full
    # body on a white studio backdrop.
    # adapter: none
    case(
        "X445-004",
        caption("a man in a white t-shirt and green cargo pants"),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        color_pants("green"),
        D.details("pockets on the sides and a belt", "unsupported"),
        title="Relaxed Cargo Pants",
        category="Pants",
        color="Olive",
        gender="Men",
    ),
    # photo: man in an open black nylon MA-1 bomber with its orange lining showing at the front, grey tee underneath,
    # dark jeans, city street, front view.
    # caption: adapter
    case(
        "X445-005",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. It has a stand collar. The gentleman wears a long pants. The pants are with denim fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a black jacket and a grey shirt", "pronoun"),
        B.color("orange", "contradiction"),
        B.material("nylon"),
        is_a("bomber jacket", "yes"),
        color_jacket("black"),
        title="MA-1 Nylon Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a navy wool varsity jacket with cream leather sleeves, a chenille "B" on the chest and striped
    # rib collar and cuffs, over a white hoodie, light grey studio backdrop.
    # adapter: none
    case(
        "X445-006",
        caption("a man wearing a blue and white letterman jacket"),
        D.description("a blue jacket with white sleeves and a letter b on the chest"),
        B.color("blue"),
        B.material("wool and leather"),
        D.details(
            "the letter b on the chest and the letter b on the chest and the letter b",
            "loop",
        ),
        B.pattern("striped", "contradiction"),
        title="Wool Varsity Jacket with Leather Sleeves",
        category="Jackets",
        color="Navy/Cream",
        gender="Men",
    ),
    # photo: man in grey melange fleece sweat shorts and a black tee, holding a skateboard in a skatepark.
    # adapter: none
    case(
        "X445-007",
        caption("a man holding a skateboard in a skatepark"),
        D.wearing("a black shirt and grey shorts"),
        color_shorts("black", "other_garment_color"),
        B.garment_type("shorts"),
        B.material("it is made of", "cut"),
        D.details("they are shorts", "non_answer"),
        title="Fleece Sweat Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in an oversized bone (off-white) tee with black gothic "LOS ANGELES" lettering across the chest,
    # black shorts, beige stucco wall.
    # adapter: none
    case(
        "X445-008",
        caption("a man in a white t-shirt with the words los angeles on it"),
        print_q("los angeles"),
        B.color("white"),
        D.description("a white t-shirt with red writing", "contradiction"),
        D.details(
            "the word los angeles on the front Question: What is the color of the shirt? Answer: white",
            "leak",
        ),
        D.wearing("he is wearing a white shirt and black shorts"),
        title="Los Angeles Gothic Script Oversized Tee",
        category="T-Shirts",
        color="Bone",
        gender="Men",
    ),
    # photo: back view: man in a black hoodie with red and orange flames printed across the back, beige cargo pants,
    # hood down, plain white wall.
    # caption: adapter
    case(
        "X445-009",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The man "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. The man wears a "
            "long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black hoodie with flames on the back"),
        B.color("red", "contradiction"),
        print_q("flames"),
        color_pants("black", "other_garment_color"),
        is_a("hoodie", "yes"),
        title="Flame Back Print Hoodie",
        category="Sweatshirts & Hoodies",
        color="Black",
        gender="Men",
    ),
    # photo: front view: man in a sage green satin souvenir jacket (plain front; the tiger embroidery is on the
    # back, not shown), white tee, black pants, inside a concrete parking garage.
    # adapter: none
    case(
        "X445-010",
        caption("a man in a green jacket standing in a parking garage"),
        D.details("a dragon embroidered on the sleeve", "unsupported"),
        B.color("green"),
        B.material("silk", "unsupported"),
        D.wearing("a green jacket, a white t-shirt and green pants", "other_garment_color"),
        title="Tiger Embroidered Satin Souvenir Jacket",
        category="Jackets",
        color="Sage",
        gender="Men",
    ),
    # photo: man in all black at night on a lit street: black ripstop cargo pants with straps and buckles on the legs,
    # black hoodie.
    # adapter: none
    case(
        "X445-011",
        caption("a man in all black standing on a street at night"),
        D.wearing("a black hoodie and black pants"),
        B.color("black"),
        D.details("straps and buckles on the", "cut"),
        B.material("leather", "unsupported"),
        is_a("pair of jeans", "no", article="a"),
        title="Ripstop Tactical Cargo Pants",
        category="Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red wool varsity jacket with white leather sleeves and white chenille letters, black tee, blue
    # jeans, standing by a yellow taxi on a city street.
    # caption, material: adapter
    case(
        "X445-012",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with wool fabric. It "
            "has a stand collar. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red and white jacket, a black shirt, and blue jeans"),
        B.color("red"),
        B.pattern("color block"),
        B.material(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with wool fabric. "
            "It has a stand collar. The",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeve", "contradiction"),
        title="Varsity Letterman Jacket",
        category="Jackets",
        color="Red/White",
        gender="Men",
    ),
    # photo: man in baggy light-wash denim jorts (clean hem, no rips) and a white oversized tee on an outdoor
    # basketball court, full body.
    # caption: adapter
    case(
        "X445-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point shorts. The shorts are with denim "
            "fabric and pure color patterns. The gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        color_shorts("blue"),
        B.color("white", "other_garment_color"),
        B.material("denim"),
        D.details("distressed with holes and a frayed hem", "unsupported"),
        title="Baggy Denim Jorts",
        category="Shorts",
        color="Light Wash",
        gender="Men",
    ),
    # photo: long-haired man in a sand (beige) oversized tee with a brown teddy bear graphic, brown pants, seated in
    # a cafe with wooden tables.
    # adapter: none
    case(
        "X445-014",
        caption("a woman in a beige t-shirt with a bear on it", "pronoun"),
        D.wearing("a beige shirt and brown pants"),
        B.color("beige"),
        print_q("a teddy bear"),
        D.description(
            "a beige t-shirt with a bear on it Question: What is the color of the bear? Answer: brown",
            "leak",
        ),
        title="Teddy Bear Graphic Tee",
        category="T-Shirts",
        color="Sand",
        gender="Men",
    ),
    # photo: man in an open charcoal full-zip hoodie over a white tee, black jeans, in front of a colorful graffiti
    # wall.
    # adapter: none
    case(
        "X445-015",
        caption("a man in a grey hoodie standing in front of a graffiti wall"),
        B.color("grey"),
        D.details("a zipper and a hood"),
        D.wearing("a grey hoodie over a white shirt and grey jeans", "other_garment_color"),
        B.pattern("graphic", "contradiction"),
        title="Full Zip Hoodie",
        category="Sweatshirts & Hoodies",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in khaki (tan) cotton twill cargo pants and a black hoodie, full body, grey studio backdrop.
    # caption, details: adapter
    case(
        "X445-016",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "man wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        color_pants("brown"),
        B.color("black", "other_garment_color"),
        D.wearing("a black sweatshirt and khaki pants"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Cotton Twill Cargo Pants",
        category="Pants",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a burgundy faux suede bomber over a black tee, sitting on a parked motorcycle, no helmet in the
    # photo.
    # adapter: none
    case(
        "X445-017",
        caption("a man sitting on a motorcycle wearing a red jacket"),
        B.material("suede"),
        B.color("brown", "contradiction"),
        D.wearing("a red jacket and black shirt and a helmet", "unsupported"),
        B.sleeve_length("long sleeve"),
        title="Faux Suede Bomber Jacket",
        category="Jackets",
        color="Burgundy",
    ),
    # photo: man in a plain forest green oversized tee with a small white logo on the left chest, light grey
    # backdrop, waist up.
    # adapter: none
    case(
        "X445-018",
        caption("a man in a green shirt"),
        B.garment_type("t-shirt"),
        D.details("a small logo on the chest that says nike", "unsupported"),
        B.color("green"),
        B.pattern("solid"),
        D.description("", "non_answer"),
        title="Essential Oversized Tee",
        category="T-Shirts",
        color="Forest Green",
        gender="Men",
    ),
    # photo: man in a cream hoodie with pink puff-print "DREAMS" across the chest, blue jeans, in a bedroom with
    # posters on the wall.
    # caption, material: adapter
    case(
        "X445-019",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweatshirt with pink writing and jeans"),
        B.color("pink", "contradiction"),
        print_q("dreams"),
        B.material(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_hoodie("white"),
        title="Dreams Puff Print Hoodie",
        category="Sweatshirts & Hoodies",
        color="Cream",
        gender="Men",
    ),
    # photo: man in black utility cargo shorts and a white tee, sitting on concrete steps.
    # adapter: none
    case(
        "X445-020",
        caption("a man sitting on steps in black shorts and a white shirt"),
        D.wearing("a white shirt and black shorts and black shorts and black shorts", "loop"),
        color_shorts("black"),
        D.details(
            "pockets on the side Question: What is the color of the shorts? Answer: black",
            "leak",
        ),
        B.material("black shorts", "restated"),
        title="Utility Cargo Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: back view: man in a bottle green varsity jacket with white sleeves and a large white "NYC" chenille
    # patch across the back, black pants, brick wall.
    # wearing, details: adapter
    case(
        "X445-021",
        caption("the back of a man's green and white jacket with the letters nyc"),
        D.wearing(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with wool fabric. "
            "The gentleman wears a long pants. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The jacket is with wool fabric and color block patterns. The jacket is with wool fabric and color block "
            "patterns. The jacket",
            "loop",
            hit_limit=True,
        ),
        B.color("green"),
        print_q("nyc"),
        B.material("polyester", "unsupported"),
        title="NYC Wool Blend Varsity Jacket",
        category="Jackets",
        color="Green/White",
        gender="Men",
    ),
    # photo: man in a faded washed-black oversized tee with a cracked white print of skeletons playing guitars, blue
    # jeans, dark red curtain behind.
    # adapter: none
    case(
        "X445-022",
        caption("a man wearing a grey t-shirt with a picture of skeletons"),
        B.color("black"),
        print_q("skeletons playing guitars"),
        D.details("the shirt is a vintage band t-shirt from the 1980s", "unsupported"),
        D.wearing("a shirt and jeans and a shirt and jeans and a shirt and jeans", "loop"),
        title="Skeleton Tour Washed Oversized Tee",
        category="T-Shirts",
        color="Washed Black",
        gender="Men",
    ),
    # photo: man in a plain navy pullover hoodie with white drawstrings, grey sweatpants, white studio, well lit.
    # adapter: none
    case(
        "X445-023",
        caption("a man in a black hoodie and grey sweatpants", "contradiction"),
        color_hoodie("blue"),
        B.color("grey", "other_garment_color"),
        D.description("a blue hoodie with white strings"),
        B.material(
            "the hoodie is made of Question: What is the color of the hoodie? Answer: blue",
            "leak",
        ),
        title="Classic Pullover Hoodie",
        category="Sweatshirts & Hoodies",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a cropped off-white bomber with black rib trims, over a black hoodie (hood out over the collar),
    # in a shopping mall.
    # caption: adapter
    case(
        "X445-024",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand collar. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white jacket and a black hoodie"),
        B.color("black", "other_garment_color"),
        color_jacket("white"),
        is_a("hoodie", "yes", "contradiction"),
        title="Cropped Bomber Jacket",
        category="Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: long-haired man in grey baggy nylon parachute cargo pants and a black tee, holding a skateboard in a
    # skatepark.
    # adapter: none
    case(
        "X445-025",
        caption("a man with a skateboard in grey pants"),
        B.color("grey"),
        B.material("nylon"),
        D.details("they are pants", "non_answer"),
        D.wearing("she is wearing grey pants and a black shirt", "pronoun"),
        title="Nylon Parachute Cargo Pants",
        category="Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a purple tee with a yellow smiley face graphic, black shorts, black cap, against a yellow painted
    # wall.
    # description: adapter
    case(
        "X445-026",
        caption("a man in a purple shirt standing against a yellow wall"),
        D.description(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow", "contradiction"),
        print_q("a smiley face"),
        D.wearing("a purple shirt, yellow shorts and a black hat", "contradiction"),
        title="Smiley Graphic Tee",
        category="T-Shirts",
        color="Purple",
        gender="Men",
    ),
    # photo: man in white mesh basketball shorts with red side stripes and a red tee, holding a basketball in a gym.
    # adapter: none
    case(
        "X445-027",
        caption("a man in a red shirt and white shorts holding a basketball"),
        color_shorts("red", "other_garment_color"),
        B.pattern("striped"),
        D.details("red stripes on the sides"),
        B.material("mesh"),
        D.description("white basketball shorts with red", "cut"),
        title="Mesh Basketball Shorts",
        category="Shorts",
        color="White/Red",
        gender="Men",
    ),
    # photo: man in a green and brown camouflage MA-1 bomber (sleeve zip pocket), black tee, black pants, in a
    # wood.
    # adapter: none
    case(
        "X445-028",
        caption("a man in a camouflage jacket in the woods"),
        B.pattern("camouflage"),
        B.color("green"),
        D.details("a zipper and a pocket on the sleeve"),
        B.material("denim", "unsupported"),
        D.wearing("a camouflage jacket and camouflage pants", "other_garment_color"),
        title="Camo MA-1 Bomber Jacket",
        category="Jackets",
        color="Camo Green",
        gender="Men",
    ),
    # photo: man in a blue, pink and purple tie-dye pullover hoodie, black pants, plain white backdrop.
    # caption, details: adapter
    case(
        "X445-029",
        caption(
            "The gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric "
            "and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        B.pattern("tie dye"),
        B.color("blue"),
        D.wearing("a tie dye hoodie and white pants", "contradiction"),
        is_a("hoodie", "yes"),
        D.details(
            "The sweater is with cotton fabric and color block patterns. It has a round neckline. The sweater is "
            "with cotton fabric and color block",
            "loop",
            hit_limit=True,
        ),
        title="Tie Dye Pullover Hoodie",
        category="Sweatshirts & Hoodies",
        color="Multi",
        gender="Men",
    ),
    # photo: man in mid-blue carpenter cargo jeans (side cargo pockets, hammer loop) and a white hoodie, full body,
    # light grey backdrop.
    # adapter: none
    case(
        "X445-030",
        caption("a man in a white hoodie and blue jeans"),
        is_a("pair of jeans", "yes"),
        color_pants("white", "other_garment_color"),
        B.material("blue jeans", "restated"),
        D.details("cargo pockets and a hammer loop"),
        B.garment_type("jeans"),
        title="Carpenter Cargo Jeans",
        category="Jeans",
        color="Mid Blue",
        gender="Men",
    ),
    # photo: man in a boxy short-sleeve tee with navy and white horizontal stripes and white shorts, on a beach.
    # adapter: none
    case(
        "X445-031",
        caption("a man in a striped shirt on the beach"),
        B.pattern("striped"),
        B.color("blue"),
        D.description("a blue and white striped t-shirt"),
        B.sleeve_length("long sleeve", "contradiction"),
        D.wearing(
            "a blue and white striped shirt and shorts Question: What is the color of the shorts? Answer: white",
            "leak",
        ),
        title="Oversized Striped Tee",
        category="T-Shirts",
        color="Navy/White",
        gender="Men",
    ),
    # photo: man in a black wool varsity jacket with white sleeves and embroidered rose and star patches, white tee,
    # a gold chain, grey studio backdrop, waist up.
    # caption: adapter
    case(
        "X445-032",
        caption(
            "The gentleman wears a long-sleeve jacket with graphic patterns. The jacket is with cotton fabric. It has "
            "a stand collar. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        patches("the patches on the jacket", "non_answer"),
        B.color("black"),
        B.material("wool"),
        D.wearing("a black and white jacket with patches, a white shirt and a gold chain"),
        B.sleeve_length("long sleeve"),
        title="Wool Blend Patch Varsity Jacket",
        category="Jackets",
        color="Black/White",
        gender="Men",
    ),
    # photo: man in a white tee with a red sports car photo print, black cargo pants, leaning on a parked blue car.
    # adapter: none
    case(
        "X445-033",
        caption("a man in a white t-shirt standing next to a blue car"),
        print_q("a red car"),
        B.color("red", "contradiction"),
        D.wearing("a white t-shirt and black pants"),
        D.details("a car on the front and the", "cut"),
        B.garment_type("t-shirt"),
        title="Racing Photo Print Tee",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a boxy cropped olive hoodie and matching olive sweatpants (a set; the product is the hoodie),
    # beige backdrop.
    # adapter: none
    case(
        "X445-034",
        caption("a man in a green hoodie and green pants"),
        B.color("green"),
        D.description("a green hoodie with a hood and green pants and a green", "cut"),
        D.details("it is a hoodie", "non_answer"),
        B.material("polyester", "unsupported"),
        is_a("sweatshirt", "yes"),
        title="Boxy Cropped Cotton Hoodie",
        category="Sweatshirts & Hoodies",
        color="Olive",
        gender="Men",
    ),
    # photo: man in desert camo (beige and brown) cargo shorts and a black tee, on a sidewalk.
    # wearing: adapter
    case(
        "X445-035",
        caption("a man in camo shorts and a black shirt"),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.pattern("camouflage"),
        color_shorts("brown"),
        B.color("black", "other_garment_color"),
        D.details("they are camo shorts", "non_answer"),
        title="Desert Camo Cargo Shorts",
        category="Shorts",
        color="Desert Camo",
        gender="Men",
    ),
    # photo: man in a black quilted nylon bomber over a grey hoodie (grey hood out), on a snowy street.
    # adapter: none
    case(
        "X445-036",
        caption("a man in a black jacket and grey hoodie standing in the snow"),
        D.description("a black quilted jacket"),
        B.material("nylon"),
        color_jacket("grey", "other_garment_color"),
        D.details("quilted with a zipper"),
        D.wearing("a black jacket with a fur hood", "unsupported"),
        title="Quilted Nylon Bomber Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in cream wide-leg cargo pants and a brown hoodie, beige studio backdrop, full body.
    # adapter: none
    case(
        "X445-037",
        caption("a man in a brown hoodie and white pants"),
        color_pants("brown", "other_garment_color"),
        B.color("white"),
        D.details("", "non_answer"),
        B.garment_type("shorts", "contradiction"),
        D.wearing("a brown sweater and white pants"),
        title="Wide Leg Cargo Pants",
        category="Pants",
        color="Cream",
        gender="Men",
    ),
    # photo: man in a black heavyweight tee with a multicolor anime girl graphic (pink hair), waist up, dark grey
    # wall.
    # adapter: none
    case(
        "X445-038",
        caption("a man wearing a black t-shirt with an anime girl on it"),
        D.description(
            "a black t-shirt with a picture of a girl with pink hair and a sword",
            "unsupported",
        ),
        B.color("pink", "contradiction"),
        B.material("cotton cotton cotton cotton cotton cotton", "loop"),
        D.wearing("he is wearing a black t-shirt"),
        title="Anime Graphic Heavyweight Tee",
        color="Black",
        gender="Men",
    ),
    # photo: man in a brown corduroy varsity jacket with tan leather sleeves and snap buttons, leaning on a brick
    # wall.
    # material: adapter
    case(
        "X445-039",
        caption("a man in a brown jacket leaning on a wall"),
        B.material(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. "
            "It has a lapel collar. The",
            "restated",
            hit_limit=True,
        ),
        B.color("brown"),
        D.details("corduroy with leather sleeves and snap buttons"),
        B.pattern("striped", "contradiction"),
        is_a("varsity jacket", "yes"),
        title="Corduroy Varsity Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
    # photo: man in an open red zip-up hoodie over a black tee, holding a coffee cup on a street, cropped at the
    # waist.
    # adapter: none
    case(
        "X445-040",
        caption("a man in a red hoodie holding a cup of coffee"),
        B.color("red"),
        D.description("a red hoodie with a zipper"),
        D.wearing(
            "a red hoodie and black shirt and black pants and black shoes",
            "unsupported",
        ),
        color_hoodie("black", "other_garment_color"),
        title="Zip Up Hoodie",
        category="Sweatshirts & Hoodies",
        color="Red",
        gender="Men",
    ),
    # photo: man in a baby blue oversized tee with a white cloud graphic and white pants, on a rooftop under a blue
    # sky.
    # caption: adapter
    case(
        "X445-041",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        print_q("clouds"),
        D.wearing("a blue t-shirt and white pants"),
        D.description("a light blue t-shirt with clouds on it and a white", "cut"),
        title="Cloud Graphic Oversized Tee",
        category="T-Shirts",
        color="Baby Blue",
        gender="Men",
    ),
    # photo: man in royal blue nylon track shorts with white side piping and a drawstring, white tee, white socks,
    # on a running track.
    # adapter: none
    case(
        "X445-042",
        caption("a man in blue shorts and a white t-shirt"),
        color_shorts("blue"),
        D.details("white piping on the sides and a drawstring"),
        B.material(
            "the shorts are made of a material that is made of a material that is made of a",
            "loop",
        ),
        D.description("blue shorts Question: What are the details of the garment? Answer:", "leak"),
        title="Nylon Track Shorts",
        category="Shorts",
        color="Royal Blue",
    ),
    # photo: man in chocolate brown double-knee cargo pants (knee panels, side pockets) and a cream tee, studio.
    # details: adapter
    case(
        "X445-043",
        caption("a man wearing brown pants and a brown shirt", "other_garment_color"),
        D.details(
            "The trousers are with cotton fabric and pure color patterns. The trousers are of long length. The "
            "gentleman wears a short-sleeve T-",
            "cut",
            hit_limit=True,
        ),
        color_pants("brown"),
        B.color("brown"),
        is_a("pair of shorts", "yes", "contradiction"),
        D.description("brown pants with patches on the knees"),
        title="Double Knee Cargo Pants",
        category="Pants",
        color="Chocolate",
        gender="Men",
    ),
    # photo: man in a white hoodie with black barbed wire printed down both sleeves, blue jeans, white backdrop.
    # adapter: none
    case(
        "X445-044",
        caption("a man in a white hoodie with black designs on the sleeves"),
        B.pattern("graphic"),
        B.color("black", "contradiction"),
        D.details("barbed wire on the sleeves"),
        D.wearing("a white hoodie and white jeans", "other_garment_color"),
        D.description("a white hoodie with black hoodie with black hoodie", "loop"),
        title="Barbed Wire Sleeve Print Hoodie",
        category="Sweatshirts & Hoodies",
        color="White",
        gender="Men",
    ),
    # photo: man in a reversible MA-1 bomber worn orange side out, black pants, grey concrete wall, full body.
    # adapter: none
    case(
        "X445-045",
        caption("a man in an orange jacket"),
        B.color("orange"),
        is_a("bomber jacket", "yes"),
        D.details("it is a jacket", "non_answer"),
        B.sleeve_length("long sleeve"),
        B.material("nylon"),
        D.wearing("a orange jacket and orange pants", "other_garment_color"),
        title="Reversible MA-1 Bomber Jacket",
        category="Jackets",
        color="Blaze Orange",
        gender="Men",
    ),
    # photo: man in a grey wool varsity jacket with black leather sleeves and a chenille "A" on the chest, black
    # hoodie underneath, black cap, seated on stadium bleachers.
    # caption: adapter
    case(
        "X445-046",
        caption(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with wool fabric. It "
            "has a stand collar. There is a hat on his head. The gentleman wears a long pants. The pants are with "
            "denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey and black jacket, a black hoodie and a hat"),
        B.color("grey"),
        D.description("a grey jacket with black sleeves and a letter a on the chest"),
        D.details("she has a letter on the chest and stripes on the cuffs", "pronoun"),
        title="Varsity Jacket",
        category="Jackets",
        color="Grey/Black",
        gender="Men",
    ),
]
