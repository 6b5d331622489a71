"""BLIND_509 (46 products; Myntra kids' wear for boys and girls, studio models and flat-lays): written blind in the
forty-ninth session. Measured blind at 0751e14 (the session's rules as they stood): 107/123 failures found (87.0%)
and 6/153 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed of kids' wear, one night's batch. Boys: t-shirts (printed, polo, henley),
casual shirts, shorts, track pants and joggers, kurta pyjama sets (some with a Nehru jacket), padded, denim, bomber
and windcheater jackets, a t-shirt-and-shorts set. Girls: frocks (polka dot, floral, tiered net, checked, smocked,
denim), tops (graphic, peplum, striped), leggings (one a pack of three), skirts (pleated, tulle), lehenga cholis
(net, mirror work, velvet, sequinned) and jumpsuits. Children model in a studio against plain backdrops, coloured
walls or props (a red curtain, a swing, a teddy bear, marigolds); a few products are flat-lays on white or grey.
Each row has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a little boy
in a ...") or from the caption adapter, epoch 1 (the DeepFashion template, "The gentleman wears a short-sleeve
T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). The caption adapter has no end token:
each of its texts runs to the limit (50 new tokens for captions, 30 for answers) and has hit_limit=True; asked any
question it returns its template. The VQA adapter (1 epoch) also never stops: its open answers loop ("black-black-
black...", "a t-shirt and shorts and a t-shirt and shorts ...") or are cut, always hit_limit=True. Open questions
(wearing, "What is the boy / girl wearing?", description, details, material, and the set's open color questions
on the t-shirt / frock / shorts / leggings) come from the base model unless the comment above the case names an
adapter; the base model stops on its own and never has hit_limit. Closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions asked closed, and "Is this a ...?") are enrich's `--engine reference`
answers chosen from candidate sets: never a loop or a cut, only right or wrong values.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or teal, green for teal, olive or sea green, yellow
  for mustard, red for maroon, pink for peach or fuchsia, orange for coral, purple for lavender, grey for grey
  melange or charcoal, white for off white or cream. The reference engine's "black" for navy is a contradiction.
- A color that belongs to the backdrop, a wall, a curtain, a plant or a print (the green leaves on a white shirt,
  the red of a Spider-Man print on a black tee, the gold border of a pink lehenga) given as the garment's color is
  contradiction. The color of another piece the child wears (the shorts with the polo, the choli of a lehenga set,
  the pyjama of a kurta set, the tucked-in tee over a skirt) given to the asked garment is other_garment_color.
- Garment synonyms are correct: dress for a frock, pants or joggers for track pants, pants or pajamas for pyjamas,
  vest for a Nehru jacket, romper for a jumpsuit, tutu for a tulle skirt, "kurta pajama" for a kurta set, shirt for
  a polo t-shirt or a henley, top and skirt for a choli and lehenga. A jumpsuit called a dress, or a tank top and
  trousers, is contradiction; "a pair of" leggings for a pack of three is contradiction (the count).
- Layered outfits: naming the inner garment as well ("a denim jacket and a white t-shirt") is correct. The closed
  sleeve answer must be the product's: "sleeveless" for a pinafore or jumpsuit worn over a t-shirt is correct,
  "short sleeves" taken from the tee underneath is contradiction.
- Materials: one the title names is correct; a plausible guess the photo supports (cotton on a plain cotton-look
  tee or print frock, polyester on a quilted padded jacket) is correct; silk, linen, wool or leather where nothing
  supports it is unsupported. A material question answered with the garment and its color is restated; "i don't
  know" and an empty answer are non_answer; "the details of the lehenga" is non_answer.
- Invented details (a logo, a fur hood, a chest pocket, a collar or a bow the photo does not show, a bow on the back
  in a front view) are unsupported; so is a material that contradicts the title (polyester for "Pure Cotton").
- Wrong closed values from the reference engine are contradiction: navy as black, "solid" for a printed kurta,
  "striped" for a check, "short sleeves" for a sleeveless frock or rolled-up long sleeves, "no" to "Is this a
  frock?" on a frock, "dress" for a jumpsuit; "jacket" for a denim shirt dress from the base model too.
- "nothing" to "What is the person wearing?" on a flat-lay says nothing of the product: non_answer. One clean case
  (X509-024) has no failure at all, as some products really come out.
- Adapter texts: repeating a sentence or phrase of the template is loop; stopping mid-sentence without repeating is
  cut (an accessory it invents before the cut does not change that: one kind per text, the cut is seen first).
  The template returned for the material question is restated (it does not answer, though it names a fabric). The
  template answering "What is the person wearing?", "Describe the garment." or the details question does answer,
  so it is cut or loop. Where the template misnames the garment itself (a jumpsuit as tank top and trousers), the
  misnaming is labelled contradiction, hit_limit kept. "The lady" for a girl and "the gentleman" for a boy are the
  template's words and not labelled pronoun.
- A base answer stopped early ("the shirt is made of") is cut, without hit_limit. Base answers running on into
  "Question: ... Answer: ..." are leak even when their first words are right. "he" for a girl or "she" for a boy is
  pronoun. "the frock is the color of the frock" is restated.
- Per-piece closed colors of a set ("grey" t-shirt with "navy" shorts) are judged piece by piece.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

boy_wearing = question("wearing", "What is the boy wearing?", "open")
girl_wearing = question("wearing", "What is the girl wearing?", "open")

BLIND_509 = [
    # photo: boy in a navy blue round-neck t-shirt with a white "LITTLE CHAMP" text print, grey knit shorts,
    # plain white studio backdrop, full front view.
    # adapters: none
    case(
        "X509-001",
        caption("a young boy in a blue t-shirt and grey shorts"),
        boy_wearing("a blue shirt and grey shorts Question: what is on the shirt? Answer: little champ", "leak"),
        D.color("navy"),
        D.pattern("printed"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        D.sleeve_length("short sleeves"),
        title="Boys Navy Blue Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a mustard yellow polo t-shirt with navy collar tipping, blue denim shorts, light grey backdrop.
    # caption adapter: caption
    case(
        "X509-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow polo shirt and jean shorts"),
        D.color("yellow"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel",
            "restated",
            hit_limit=True,
        ),
        is_a("polo shirt", "yes"),
        title="Boys Mustard Yellow Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Boys",
    ),
    # photo: boy in a white short-sleeve shirt with small blue gingham checks and a chest pocket, beige chino
    # shorts, white backdrop, front view.
    # caption adapter: details
    case(
        "X509-003",
        caption("a little boy wearing a checkered shirt and khaki shorts"),
        boy_wearing("a blue and white checkered shirt"),
        D.pattern("checked"),
        D.color("blue", "contradiction"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The gentleman wears a "
            "three-point shorts. The shorts are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.material("linen", "unsupported"),
        title="Boys White & Blue Gingham Checked Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in olive green cargo shorts with flap side pockets, plain black t-shirt, white backdrop.
    # caption adapter: details
    case(
        "X509-004",
        caption("a boy in a black t-shirt and green shorts standing on a white background"),
        color_of("shorts", "green"),
        D.garment_type("shorts"),
        D.description("black shorts with pockets", "other_garment_color"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.material("the shorts are green", "restated"),
        title="Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: boy in grey melange track pants with a drawstring waist and thin black side stripes, plain white
    # t-shirt, white sneakers, light grey backdrop, full view.
    # caption adapter: caption
    case(
        "X509-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        boy_wearing("a white t-shirt and white pants", "other_garment_color"),
        D.color("grey"),
        D.pattern("solid"),
        is_a("track pants", "yes", article="a pair of"),
        D.material("cotton"),
        D.details("the pants have a drawstring waist and black stripes on the sides"),
        title="Boys Grey Melange Solid Cotton Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy in an off-white mandarin-collar kurta with small gold buttons and white pyjamas, standing in front
    # of a red velvet curtain, full view.
    # caption adapter: details
    case(
        "X509-006",
        caption("a young boy in a white kurta standing in front of a red curtain"),
        boy_wearing("a white kurta and pajamas"),
        D.color("red", "contradiction"),
        color_of("kurta", "cream"),
        D.details(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Boys Off White Solid Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Off White",
        gender="Boys",
    ),
    # photo: boy in a navy blue kurta with a small white paisley print, white churidar and a mustard yellow Nehru
    # jacket over the kurta, beige backdrop, front view.
    # caption adapter: caption
    case(
        "X509-007",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        boy_wearing("a blue kurta and a yellow vest"),
        D.color("yellow", "other_garment_color"),
        color_of("jacket", "yellow"),
        is_a("kurta", "yes"),
        D.pattern("solid", "contradiction"),
        title="Boys Navy Blue Printed Kurta with Churidar & Mustard Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a red quilted padded jacket with a hood (no fur), zipped, two front pockets, no logo, blue
    # jeans, white backdrop, front view.
    # VQA adapter: wearing
    case(
        "X509-008",
        caption("a little boy in a red jacket and jeans"),
        boy_wearing(
            "red jacket red jacket red jacket red jacket red jacket red jacket red jacket red jacket red jacket red "
            "jacket red jacket red jacket red jacket red jacket red jacket",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("red"),
        D.material("polyester"),
        D.details("it has a hood and a zipper and two pockets on the front and a logo on the chest", "unsupported"),
        D.description("a red jacket with a fur hood", "unsupported"),
        title="Boys Red Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Red",
        gender="Boys",
    ),
    # photo: boy in a light blue washed denim jacket, open, over a white t-shirt with a small black graphic, black
    # joggers, white backdrop.
    # caption adapter: caption
    case(
        "X509-009",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "gentleman also wears an outer clothing, with denim fabric and pure color patterns. The gentleman also "
            "wears an outer clothing, with denim fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and a white t-shirt"),
        D.color("blue"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        D.material("denim Question: what is the boy wearing under the jacket? Answer: a white t-shirt", "leak"),
        D.sleeve_length("long sleeves"),
        title="Boys Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy in a black t-shirt with a large red and blue Spider-Man print, grey shorts, white backdrop.
    # adapters: none
    case(
        "X509-010",
        caption("a young boy in a spiderman t-shirt posing for a photo"),
        boy_wearing("a spiderman t-shirt and black shorts", "other_garment_color"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        D.color("black"),
        D.pattern("graphic"),
        is_a("t-shirt", "yes"),
        D.material("polyester", "unsupported"),
        title="Boys Black Spider-Man Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: flat-lay of a teal blue full-sleeve henley t-shirt with a three-button placket on a white background.
    # adapters: none
    case(
        "X509-011",
        caption("a blue long sleeved shirt on a white background"),
        D.wearing("nothing", "non_answer"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.details("buttons on the front"),
        D.material("the shirt is made of", "cut"),
        title="Boys Teal Blue Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: boy in black track pants with a zip pocket and an orange t-shirt, white sneakers, standing against a
    # painted blue wall.
    # caption adapter: material; VQA adapter: details
    case(
        "X509-012",
        caption("a boy in an orange shirt and black pants standing in front of a blue wall"),
        boy_wearing("orange t-shirt and black track pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.description("the pants are blue", "contradiction"),
        D.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "a zip pocket a zip pocket a zip pocket a zip pocket a zip pocket a zip pocket a zip pocket a zip pocket",
            "loop",
            hit_limit=True,
        ),
        title="Boys Black Solid Track Pants with Zip Pocket",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: boy in navy blue plain shorts with a white drawstring, white and red horizontally striped t-shirt,
    # white backdrop, full view.
    # caption adapter: caption
    case(
        "X509-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.garment_type("shorts"),
        boy_wearing("a striped shirt and blue shorts"),
        title="Boys Navy Blue Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a bright green t-shirt with a cartoon dinosaur print, blue jeans, yellow paper backdrop.
    # adapters: none
    case(
        "X509-014",
        caption("a little boy in a green dinosaur t-shirt on a yellow background"),
        boy_wearing("a green t-shirt with a dinosaur on it and yellow pants", "contradiction"),
        color_of("t-shirt", "yellow", "contradiction", kind="open"),
        D.material("cotton Question: what is the pattern of the garment? Answer: dinosaur", "leak"),
        D.pattern("graphic"),
        title="Boys Green Dinosaur Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: boy with shoulder-length hair in a sky blue mandarin-collar shirt, long sleeves rolled up to the
    # elbows, no pocket, white shorts, white backdrop.
    # adapters: none
    case(
        "X509-015",
        caption("a child wearing a light blue shirt and white shorts"),
        D.wearing("she is wearing a blue shirt and white shorts", "pronoun"),
        D.color("blue"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("a collar and a pocket on the chest", "unsupported"),
        title="Boys Blue Solid Mandarin Collar Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a black windcheater with red shoulder and sleeve panels, a hood and a front zip, on a
    # grey background.
    # caption adapter: caption, details
    case(
        "X509-016",
        caption(
            "This person is wearing a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. This person is wearing a long-sleeve shirt with color block patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("black"),
        D.pattern("color block"),
        D.material("nylon"),
        D.description("a red and black jacket with a hood"),
        D.details(
            "The shirt is with cotton fabric and color block patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and color block patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Boys Black & Red Colourblocked Nylon Windcheater Jacket",
        category="Jackets",
        color="Black",
    ),
    # photo: boy in a yellow kurta with white thread embroidery at the neck, white pyjamas, sitting on a wooden
    # stool, marigold garlands hanging behind him.
    # caption adapter: details
    case(
        "X509-017",
        caption("a young boy in a yellow kurta sitting on a stool"),
        boy_wearing("a yellow kurta and white pants"),
        color_of("pyjama", "yellow", "other_garment_color"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a stand neckline. The shirt is with "
            "cotton fabric and pure color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("kurta", "no", "contradiction"),
        title="Boys Yellow Embroidered Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: boy in navy blue joggers with elastic ankle cuffs, plain white t-shirt, white backdrop, full view.
    # caption adapter: caption
    case(
        "X509-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and blue pants Question: what color are the pants? Answer: blue", "leak"),
        D.color("black", "contradiction"),
        D.garment_type("pants"),
        D.details("elastic cuffs at the ankles"),
        D.material("cotton"),
        title="Boys Navy Blue Solid Cotton Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy in a white short-sleeve shirt with a green tropical leaf print, beige shorts, white backdrop.
    # caption adapter: caption, details
    case(
        "X509-019",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt with green leaves"),
        D.color("green", "contradiction"),
        D.pattern("printed"),
        D.details(
            "The shirt is with cotton fabric and floral patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and floral patterns. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        title="Boys White Tropical Printed Casual Shirt",
        category="Shirts",
        color="White",
        gender="Boys",
    ),
    # photo: boy in a grey melange t-shirt with a blue car print and navy blue shorts (the product is the set),
    # white backdrop, full view.
    # VQA adapter: details
    case(
        "X509-020",
        caption("a young boy wearing a grey t-shirt and grey shorts", "other_garment_color"),
        boy_wearing("grey t-shirt and blue shorts"),
        color_of("t-shirt", "grey"),
        color_of("shorts", "grey", "other_garment_color"),
        D.details(
            "a car a car a car a car a car a car a car a car a car a car a car a car a car a car a car",
            "loop",
            hit_limit=True,
        ),
        title="Boys Grey Melange & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        gender="Boys",
    ),
    # photo: boy in a maroon satin-finish bomber jacket with ribbed cuffs, black t-shirt, jeans, white backdrop.
    # VQA adapter: wearing; caption adapter: details
    case(
        "X509-021",
        caption("a boy in a maroon jacket and jeans"),
        D.wearing(
            "jacket, t-shirt, jeans, jacket, t-shirt, jeans, jacket, t-shirt, jeans, jacket, t-shirt, jeans, jacket",
            "loop",
            hit_limit=True,
        ),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.material("leather", "unsupported"),
        is_a("jacket", "yes"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman",
            "cut",
            hit_limit=True,
        ),
        title="Boys Maroon Solid Bomber Jacket",
        category="Jackets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: boy in an orange polo t-shirt with a two-button placket, no pocket, blue jeans, white backdrop.
    # adapters: none
    case(
        "X509-022",
        caption("a boy in an orange shirt"),
        D.garment_type("shirt"),
        D.color("orange"),
        D.wearing("he is wearing an orange polo shirt and blue jeans"),
        color_of("t-shirt", "orange", kind="open"),
        D.details("it has a collar and two buttons and a pocket", "unsupported"),
        D.material("", "non_answer"),
        title="Boys Orange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: boy in a sea green kurta and white pyjamas, plain beige backdrop, full view.
    # caption adapter: caption
    case(
        "X509-023",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The shirt",
            "cut",
            hit_limit=True,
        ),
        boy_wearing("she is wearing a green kurta pajama", "pronoun"),
        D.color("green"),
        color_of("pyjama", "white"),
        D.description("the kurta is green and the pyjama is green", "other_garment_color"),
        title="Boys Sea Green Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Boys",
    ),
    # photo: girl in a pink cotton frock with white polka dots and short puff sleeves, white backdrop.
    # adapters: none
    case(
        "X509-024",
        caption("a little girl in a pink polka dot dress"),
        girl_wearing("a pink dress with white polka dots"),
        color_of("frock", "pink and white", kind="open"),
        D.pattern("polka dots"),
        D.sleeve_length("short sleeves"),
        is_a("frock", "yes"),
        title="Girls Pink Polka Dot Print A-Line Cotton Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a yellow floral fit-and-flare frock with a white Peter Pan collar, sitting on a rope swing
    # prop, blue backdrop, front view.
    # caption adapter: caption
    case(
        "X509-025",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length. The lady wears a short-sleeve dress with floral patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        girl_wearing("a yellow dress with flowers"),
        color_of("frock", "blue", "contradiction"),
        D.details("a white collar and a bow on the back", "unsupported"),
        D.material("cotton"),
        title="Girls Yellow Floral Printed Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl in a sleeveless peach tiered net party frock, white backdrop.
    # adapters: none
    case(
        "X509-026",
        caption("a little girl in a pink tutu dress"),
        girl_wearing("he is wearing a pink dress", "pronoun"),
        D.color("pink"),
        D.material("net"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.garment_type("dress"),
        title="Girls Peach-Coloured Tiered Net Party Frock",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in a white top with a pastel unicorn print (no bows, no sequins), blue denim shorts, white
    # backdrop.
    # adapters: none
    case(
        "X509-027",
        caption("a girl wearing a white top with a unicorn on it and blue shorts"),
        girl_wearing("a white shirt and jean shorts"),
        D.color("white"),
        D.pattern("graphic"),
        D.details("a unicorn print and a bow on the shoulder", "unsupported"),
        D.material("i don't know", "non_answer"),
        title="Girls White Unicorn Printed Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl in black ankle-length leggings, red t-shirt, white sneakers, white backdrop, full view.
    # VQA adapter: color of the leggings
    case(
        "X509-028",
        caption("a little girl in a red shirt and black leggings"),
        girl_wearing("red top and black pants"),
        D.color("black"),
        color_of(
            "leggings",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("leggings"),
        D.material("the leggings are black", "restated"),
        title="Girls Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a navy blue knee-length pleated skirt with a white t-shirt tucked in, white backdrop.
    # caption adapter: caption
    case(
        "X509-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        girl_wearing("a white shirt and a black skirt", "contradiction"),
        color_of("skirt", "white", "other_garment_color"),
        D.pattern("solid"),
        D.garment_type("skirt"),
        title="Girls Navy Blue Pleated Flared Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a pink net lehenga with a broad gold zari border, pink sleeveless choli, orange net dupatta,
    # white backdrop.
    # caption adapter: details
    case(
        "X509-030",
        caption("a little girl in a pink and gold lehenga"),
        girl_wearing("a pink lehenga with an orange dupatta"),
        color_of("lehenga", "gold", "contradiction"),
        color_of("dupatta", "orange"),
        D.details(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Girls Pink & Gold-Toned Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a green mirror-work lehenga and a short-sleeve yellow choli, standing in front of a wall
    # decorated with marigold strings.
    # caption adapter: caption
    case(
        "X509-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "The lady wears a long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        girl_wearing("a green and yellow lehenga"),
        color_of("choli", "yellow"),
        D.color("yellow", "other_garment_color"),
        D.details("mirror work on the skirt Question: what is the color of the dupatta? Answer: green", "leak"),
        is_a("lehenga", "yes"),
        title="Girls Green & Yellow Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: girl in a sleeveless blue denim jumpsuit with a tie belt, worn over a white short-sleeve t-shirt,
    # white backdrop, full view.
    # caption adapter: caption, details
    case(
        "X509-032",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with denim fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        girl_wearing("a denim jumpsuit and a white t-shirt"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        D.material("denim"),
        is_a("jumpsuit", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The tank top is with denim fabric and pure color patterns. It has a suspenders neckline. The lady wears "
            "a long trousers. The",
            "contradiction",
            hit_limit=True,
        ),
        title="Girls Blue Denim Sleeveless Basic Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a red floral printed jumpsuit with ruffled cap sleeves, white backdrop, full view.
    # VQA adapter: details
    case(
        "X509-033",
        caption("a little girl in a red floral dress", "contradiction"),
        girl_wearing("a red floral jumpsuit"),
        D.color("red"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        D.details(
            "ruffles on the sleeves and ruffles on the sleeves and ruffles on the sleeves and ruffles on the sleeves "
            "and ruffles",
            "loop",
            hit_limit=True,
        ),
        title="Girls Red Floral Printed Basic Jumpsuit with Ruffles",
        category="Jumpsuit",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a lavender short-sleeve peplum top with a ruffle hem, round neck with no collar, white jeans,
    # white backdrop.
    # caption adapter: caption; VQA adapter: details
    case(
        "X509-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        girl_wearing("a purple shirt and white jeans"),
        D.color("purple"),
        D.description("purple top with a ruffle at the bottom and a white collar", "unsupported"),
        D.details(
            "the top has a ruffle at the bottom and a ruffle at the bottom and a ruffle at the bottom and a ruffle "
            "at the",
            "loop",
            hit_limit=True,
        ),
        title="Girls Lavender Solid Peplum Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl in a sleeveless red and black checked fit-and-flare frock with a black belt, white backdrop.
    # adapters: none
    case(
        "X509-035",
        caption("a little girl in a red plaid dress"),
        girl_wearing("he is wearing a red and black plaid dress with a black belt", "pronoun"),
        D.pattern("striped", "contradiction"),
        color_of("frock", "red", kind="open"),
        D.material("wool", "unsupported"),
        D.sleeve_length("sleeveless"),
        title="Girls Red & Black Checked Fit and Flare Dress with Belt",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of three folded leggings (pink, navy, grey) on a white background.
    # caption adapter: caption
    case(
        "X509-036",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        D.garment_type("leggings"),
        color_of("leggings", "pink, blue and grey", kind="open"),
        D.description("a pair of pink leggings", "contradiction"),
        D.material("cotton"),
        title="Girls Pack of 3 Solid Cotton Leggings",
        category="Leggings",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl in a black tulle tutu skirt with silver glitter stars (no bow) and a pink t-shirt, white backdrop.
    # adapters: none
    case(
        "X509-037",
        caption("a little girl in a pink shirt and a black tutu"),
        girl_wearing("a pink shirt and a black tutu"),
        color_of("skirt", "pink", "other_garment_color"),
        D.material("cotton", "unsupported"),
        D.details("silver stars and a pink bow at the waist", "unsupported"),
        D.garment_type("skirt"),
        title="Girls Black Embellished Tulle Flared Skirt",
        category="Skirts",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a sleeveless white A-line frock with white thread embroidery on the yoke, standing beside a
    # potted green plant, no bracelet or watch visible.
    # caption adapter: caption
    case(
        "X509-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        girl_wearing("a white dress Question: what is the girl holding? Answer: a flower", "leak"),
        D.color("white"),
        color_of("frock", "green", "contradiction", kind="open"),
        D.details("embroidery on the front"),
        title="Girls White Embroidered A-Line Cotton Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: girl in a maroon velvet lehenga and choli with a gold tissue dupatta, gold maang tikka and earrings,
    # dark brown backdrop.
    # adapters: none
    case(
        "X509-039",
        caption("a little girl in a red lehenga and gold jewelry"),
        girl_wearing("he is wearing a red lehenga", "pronoun"),
        D.color("maroon"),
        D.material("velvet"),
        D.details("the details of the lehenga", "non_answer"),
        color_of("dupatta", "gold"),
        title="Girls Maroon Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl in a navy and white horizontally striped short-sleeve top, red shorts, white backdrop.
    # VQA adapter: wearing
    case(
        "X509-040",
        caption("a girl in a striped shirt and red shorts"),
        girl_wearing(
            "a striped top and red shorts and a striped top and red shorts and a striped top and red shorts and a "
            "striped",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        color_of("shorts", "red", kind="open"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("polyester", "unsupported"),
        title="Girls Navy Blue & White Striped Pure Cotton Top",
        category="Tops",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a mustard yellow sleeveless culotte jumpsuit with a tie waist, standing against a pink wall.
    # adapters: none
    case(
        "X509-041",
        caption("a little girl in a yellow jumpsuit standing in front of a pink wall"),
        girl_wearing("he is wearing a yellow jumpsuit", "pronoun"),
        D.color("yellow"),
        D.garment_type("dress", "contradiction"),
        D.description("a yellow romper with a tie at the waist"),
        D.material("the jumpsuit is made of", "cut"),
        title="Girls Mustard Solid Culotte Jumpsuit with Tie-Up Waist",
        category="Jumpsuit",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl in a long-sleeve blue denim shirt dress with small embroidered flowers on the chest pocket,
    # white backdrop.
    # caption adapter: caption, material
    case(
        "X509-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The dress is of knee length. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        girl_wearing("a blue denim jacket", "contradiction"),
        D.color("blue"),
        D.details("flowers embroidered on the pocket"),
        D.material(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        is_a("frock", "yes"),
        title="Girls Blue Embroidered Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a navy blue lehenga with silver sequins, a sleeveless white choli with silver sequins, white
    # backdrop.
    # caption adapter: caption
    case(
        "X509-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        girl_wearing("she is wearing a blue skirt and a white top"),
        color_of("lehenga", "navy"),
        color_of("choli", "blue", "other_garment_color"),
        D.material("sequins"),
        D.sleeve_length("sleeveless"),
        title="Girls Navy Blue & White Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a fuchsia top with a white butterfly print (no bow) and white leggings (the set), white
    # backdrop.
    # adapters: none
    case(
        "X509-044",
        caption("a young girl wearing a pink top and white leggings"),
        girl_wearing("pink top and pink leggings", "other_garment_color"),
        color_of("top", "pink"),
        color_of("leggings", "pink", "other_garment_color"),
        D.details("a yellow bow on the top", "unsupported"),
        D.pattern("printed"),
        title="Girls Fuchsia & White Butterfly Printed Top with Leggings",
        category="Clothing Set",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: girl in a sleeveless olive green corduroy pinafore dress over a cream long-sleeve turtleneck top,
    # white backdrop.
    # caption adapter: description
    case(
        "X509-045",
        caption("a little girl in a green dress and a white sweater"),
        girl_wearing("a green dress and a green sweater", "other_garment_color"),
        D.color("green"),
        D.material("corduroy"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "high neckline. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Girls Olive Green Solid Corduroy Pinafore Dress",
        category="Dresses",
        color="Olive",
    ),
    # photo: girl in a coral smocked short-sleeve frock, holding a brown teddy bear, white backdrop.
    # caption adapter: details
    case(
        "X509-046",
        caption("a little girl holding a teddy bear"),
        girl_wearing("an orange dress"),
        color_of("frock", "the frock is the color of the frock", "restated", kind="open"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. The dress is of knee "
            "length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        is_a("frock", "no", "contradiction"),
        title="Girls Coral Smocked Pure Cotton Frock",
        category="Dresses",
        color="Coral",
        gender="Girls",
    ),
]
