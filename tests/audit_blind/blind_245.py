"""BLIND_245 (46 products; European outdoor and workwear: fleece, softshell, rain, flannel, cargo, base layers,
beanies): written blind in the forty-first session. Measured blind at f3d03b5 (the session's rules as they stood):
101/127 failures found (79.5%) and 8/159 correct texts flagged (5.0%). The writer's notes, verbatim:

Scenario: an English catalog feed of a European outdoor and workwear brand: fleece jackets, pullovers and vests,
softshell jackets and vests (one hi-vis work jacket), rain jackets, parkas and overtrousers, flannel shirts and a
quilted overshirt, cargo and work trousers (one pair of cargo shorts), thermal and merino base layers, and beanies.
Titles name fabrics and technologies (recycled polyester, Polartec, 2.5-layer, DWR, Cordura, merino 200, ripstop,
EN ISO 20471). Vendor colors are the brand's own words (Forest Green, Anthracite, Petrol, Berry, Khaki, Stone,
Ochre, Burnt Orange, Grey Melange, Off-White, two-tone names like Red/Black). Photos are studio shots on white, grey
or beige backdrops, ghost-mannequin and flat-lay shots, and outdoor shots (forest, mountains, harbour in the rain,
snow, a brick wall, a wooden cabin wall). Most models wear the product with other garments (a jacket over a base
layer, trousers under a softshell). Each product has title, category, color and gender; X245-034 has no gender and
X245-028 no color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
green fleece jacket") unless the comment says the caption adapter wrote them. The caption adapter (DeepFashion
template, trained with no end token) runs to its limit (50 new tokens for captions, 30 for answers), so every
adapter text has hit_limit=True and either repeats a sentence of its template or is cut mid-sentence; asked any
question it returns the template. The open questions (wearing, description, details, material, and the set's own
hood, pockets, setting and waterproof questions) come from the base model unless the comment names the adapter; the
base model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference`
answers, chosen from candidate sets: never a loop or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the vendor color: green for Forest Green, Olive or Khaki (an olive-looking
  khaki), green or blue for Petrol, pink for Berry or Dusty Pink, grey for Anthracite, Charcoal or Grey Melange,
  yellow for Ochre or Mustard, orange for Signal or Fluorescent Orange, white for Off-White, beige for Stone and
  Sand, light green for Mint. One color of a two-tone or check vendor color (red for Red/Black) is correct.
- Navy called black is contradiction (caption or closed answer); Burnt Orange called red is contradiction. The color
  of a trim or zip (the orange zip on a grey top) given as the garment's color is contradiction, and so is the color
  of something that is not a garment (a brick wall, autumn leaves). The color of another garment in the photo (the
  tee under an open flannel, the trousers under a jacket, the jacket over the base layer that is the product) given
  as the product's color is other_garment_color, also when the per-piece question names the wrong piece's color.
- Garment synonyms are correct: coat or raincoat for a rain jacket or parka, sweater for a fleece pullover,
  jacket for a quilted overshirt, leggings or long underwear for thermal long johns, tee for a long-sleeve base layer
  top, sweatshirt for a half-zip base layer top, hat for a beanie, pajamas for a thermal base layer set. A full-zip
  fleece jacket called a sweatshirt, trousers called a jacket, a beanie called a jacket, a base layer called a jacket
  (the reference engine picking the outer layer) and a hat given long sleeves are contradiction.
- Check patterns: plaid, checkered and the adapter's "lattice" are correct; striped for a check is contradiction.
  Grid fleece answered "solid" is correct; a two-tone work garment is "color block". Ribbed cuffs or cable knit
  on a plain garment answered "striped" are contradiction. Long sleeves rolled to the elbows answered "short
  sleeves" are contradiction, and so is "shorts" for zip-off trousers photographed with the legs on.
- Materials: one the title names (polyester, fleece, merino as wool, polyamide as nylon, canvas, cotton for
  flannel) is correct; a plausible guess where the title names no fiber (polyester for quick-dry trousers or a 2.5L
  shell, cotton for stretch work trousers whose title names Cordura only for the knees, knit for a beanie) is
  correct. A fiber the title contradicts (cotton for recycled polyester or merino, wool for organic cotton, denim
  for ripstop) is contradiction. "Fleece" alone names a fabric, not a fiber: wool or cotton for a jacket whose title
  says only fleece or Polartec is unsupported, like any material neither named nor visible (leather, silk, wool on
  a padded flannel, rubber on a 2.5-layer shell, gore-tex on a DWR softshell, fur on recycled teddy pile).
- The material question answered with the garment or a color ("it is a raincoat", "a red raincoat", "khaki",
  "black pants", "it is a grey shirt") is restated.
- Invented things (a hood or pom-pom the photo does not show, a hoodie's hood "up" when it is down, a belt, a
  helmet, a dog, reflective stripes, a hole in the knee, a pocket count the photo does not show, "a man wearing" on
  a flat lay) are unsupported. A pocket count against a number in the title ("2" for 8-Pocket) is
  contradiction. A hood denied on a jacket whose title says Hooded is contradiction. "on a boat" for a harbour quay
  is unsupported.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without a repeat
  is cut, even where it says cotton for fleece or invents an accessory first; the template returned for the
  material question is restated; where the template misnames the product itself (a hi-vis jacket as "a long-sleeve
  shirt") it is contradiction, hit_limit kept. The template answering wearing, describe or details does answer it,
  so those are cut or loop.
- Base answers: an answer stopping mid-phrase ("it is made of", "a pocket on the") is cut without hit_limit; a
  short base answer that says the same phrase three times is loop; an empty answer, "i don't know", "they are short"
  (shorts' details) and "they are long" (long johns' details) are non_answer; "the jacket is a jacket", "it is a
  grey shirt" and "black pants" for the material question are restated; an answer running on into "Question: ...
  Answer: ..." is leak even where its first words are right; "she" for a man or "he" for a woman or girl is pronoun.
- Answers with no person in the photo (ghost mannequin, flat lay) that name the garment ("a blue jacket") are correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

hood = question("hood", "Does the jacket have a hood?", "open")
pockets = question("pockets", "How many pockets does it have?", "open")
setting = question("setting", "Where was the photo taken?", "open")
waterproof = question("waterproof", "Is the jacket waterproof?", "open")

BLIND_245 = [
    # photo: man in a forest green full-zip fleece jacket over black trousers, front view, plain white studio.
    # adapter: none
    case(
        "X245-001",
        caption("a man wearing a green fleece jacket"),
        D.wearing("a green jacket and black pants"),
        D.garment_type("jacket"),
        D.color("green"),
        D.details("a zipper and two pockets Question: what is the color of the jacket? Answer: green", "leak"),
        D.material("cotton", "contradiction"),
        title="Men's Recycled Polyester Full-Zip Fleece Jacket 300",
        category="Fleece Jackets",
        color="Forest Green",
        gender="Men",
    ),
    # photo: woman in a burgundy hooded fleece jacket and grey hiking trousers on a forest trail, three-quarter view.
    # details: adapter
    case(
        "X245-002",
        caption("a woman in a red jacket walking in the woods"),
        D.wearing("she is wearing a red jacket and grey pants"),
        hood("yes"),
        D.color("grey", "other_garment_color"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and solid color patterns. The neckline of it is "
            "stand. The upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Women's Hooded Fleece Jacket Polartec Thermal Pro",
        category="Fleece Jackets",
        color="Burgundy",
        gender="Women",
    ),
    # photo: man in a navy microfleece half-zip pullover and beige chinos, plain light grey studio backdrop.
    # adapter: none
    case(
        "X245-003",
        caption("a man wearing a blue sweater and khaki pants"),
        D.garment_type("sweater"),
        D.color("black", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.description("a blue sweater with a zipper on the", "cut"),
        D.material("fleece Question: what is the color of the pants? Answer: khaki", "leak"),
        title="Men's Microfleece Half-Zip Pullover 100",
        category="Fleece Pullovers",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a black grid fleece vest over a grey melange long-sleeve base layer, standing by a lake.
    # adapter: none
    case(
        "X245-004",
        caption("a woman wearing a black vest and a grey shirt standing by a lake"),
        D.garment_type("vest"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("grey", "other_garment_color"),
        wearing("a black vest", who="the woman"),
        D.pattern("solid"),
        D.material("the vest is made of", "cut"),
        title="Women's Grid Fleece Vest Recycled",
        category="Vests",
        color="Black",
        gender="Women",
    ),
    # photo: boy of about eight in a yellow fleece jacket (no hood, reflective piping) and blue jeans in a park.
    # caption: adapter
    case(
        "X245-005",
        caption(
            "This person is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton "
            "fabric. It has a stand neckline. The pants are of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow jacket and blue jeans"),
        D.color("yellow"),
        D.details("a yellow jacket with a hood and a zipper", "unsupported"),
        is_a("jacket", "yes"),
        D.material("cotton", "unsupported"),
        title="Kids' Fleece Jacket with Reflective Details",
        category="Kids Jackets",
        color="Yellow",
        gender="Kids",
    ),
    # photo: man in an anthracite softshell jacket (stand collar, no hood, chest zip pocket) and black trousers,
    # white studio, front view. adapter: none
    case(
        "X245-006",
        caption("a man in a grey jacket"),
        D.color("grey"),
        D.garment_type("jacket"),
        hood("yes", "unsupported"),
        D.details("a zipper on the front and two zippered pockets on the", "cut"),
        D.description("the jacket is a jacket", "restated"),
        D.material("leather", "unsupported"),
        title="Men's Windproof Softshell Jacket 3-Layer Stretch",
        category="Softshell Jackets",
        color="Anthracite",
        gender="Men",
    ),
    # photo: woman in a petrol (blue-green) hooded softshell, black leggings and a grey backpack, on a rocky
    # mountain path under a blue sky. adapter: none
    case(
        "X245-007",
        caption("a woman in a blue jacket hiking in the mountains"),
        wearing("a blue jacket and black pants", who="the woman"),
        D.color("green"),
        hood("yes"),
        D.details("he is wearing a backpack", "pronoun"),
        D.material("gore-tex", "unsupported"),
        setting("on a mountain"),
        title="Women's Hooded Softshell Jacket DWR Stretch",
        category="Softshell Jackets",
        color="Petrol",
        gender="Women",
    ),
    # photo: man in a hi-vis softshell work jacket, fluorescent orange body with black shoulders and hem, two grey
    # reflective bands on torso and sleeves, black work trousers, grey studio. caption, details: adapter
    case(
        "X245-008",
        caption(
            "The gentleman wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric",
            "contradiction",
            hit_limit=True,
        ),
        D.pattern("color block"),
        D.color("orange"),
        D.wearing("an orange and black jacket with reflective stripes"),
        D.details(
            "The gentleman wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. "
            "The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "orange", "other_garment_color"),
        title="Men's High-Visibility Softshell Work Jacket EN ISO 20471 Class 2",
        category="Workwear Jackets",
        color="Signal Orange/Black",
        gender="Men",
    ),
    # photo: man in an olive softshell vest over a navy long-sleeve tee, forest background.
    # adapter: none
    case(
        "X245-009",
        caption("a man wearing a green vest and a blue shirt"),
        D.garment_type("jacket", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.color("blue", "other_garment_color"),
        D.material("it is made of", "cut"),
        details("vest", "a zipper and two pockets"),
        title="Men's Softshell Vest Water-Repellent",
        category="Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a berry (dark pink) hooded softshell jacket, hood down, and blue jeans, white studio.
    # caption: adapter
    case(
        "X245-010",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The lady wears a long-sleeve outer clothing with pure color patterns. The outer",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("a pink jacket and jeans"),
        D.material("fleece"),
        describe("jacket", "a pink jacket with a hood"),
        hood("no", "contradiction"),
        title="Women's Hooded Softshell Jacket with Fleece Lining",
        category="Softshell Jackets",
        color="Berry",
        gender="Women",
    ),
    # photo: man in a yellow rain jacket, hood up, and dark jeans, standing on a harbour quay in the rain.
    # adapter: none
    case(
        "X245-011",
        caption("a man in a yellow raincoat standing in the rain"),
        D.garment_type("coat"),
        waterproof("yes"),
        D.material("rubber", "unsupported"),
        D.color("yellow"),
        setting("on a boat", "unsupported"),
        color_of("jeans", "yellow", "other_garment_color"),
        title="Men's 2.5-Layer Rain Jacket Waterproof 10,000 mm",
        category="Rain Jackets",
        color="Yellow",
        gender="Men",
    ),
    # photo: woman in a red rain jacket holding a black umbrella on a wet city street.
    # details: adapter
    case(
        "X245-012",
        caption("a woman in a red raincoat holding an umbrella"),
        wearing("a red coat", who="the woman"),
        D.color("red"),
        D.material("a red raincoat", "restated"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "stand. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a red raincoat with a black umbrella Question: what is the woman holding? Answer: an umbrella", "leak"
        ),
        title="Women's Waterproof Rain Jacket Recycled Nylon",
        category="Rain Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: ghost-mannequin shot of a navy rain jacket with the hood up and two zipped hand pockets, on white.
    # adapter: none
    case(
        "X245-013",
        caption("a blue jacket on a white background"),
        D.wearing("a blue jacket"),
        D.color("black", "contradiction"),
        D.details("the jacket has a hood and a zipper"),
        D.material("polyester"),
        pockets("4", "unsupported"),
        title="Men's Packable Rain Jacket Taped Seams",
        category="Rain Jackets",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a long olive-khaki rain parka, blue jeans and white sneakers, city park, full-length view.
    # caption, material: adapter
    case(
        "X245-014",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.garment_type("coat"),
        D.wearing("a green coat and blue jeans"),
        D.material(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "lapel. The lower clothing is of long",
            "restated",
            hit_limit=True,
        ),
        title="Women's Long Rain Parka 3-in-1 with Detachable Hood",
        category="Rain Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: small boy in a blue rain jacket printed with green dinosaurs and red wellies, jumping in a puddle.
    # adapter: none
    case(
        "X245-015",
        caption("a little boy in a blue raincoat with dinosaurs on it"),
        D.pattern("graphic"),
        D.color("red", "other_garment_color"),
        D.wearing("a blue raincoat and red boots"),
        D.details("dinosaurs"),
        D.material("it is a raincoat", "restated"),
        is_a("raincoat", "yes"),
        title="Kids' Rain Jacket Dino Print PU-Coated",
        category="Kids Jackets",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in black waterproof overtrousers with an elastic waist and a grey fleece top, white studio.
    # adapter: none
    case(
        "X245-016",
        caption("a man wearing black pants and a grey sweater"),
        D.garment_type("pants"),
        D.color("grey", "other_garment_color"),
        color_of("pants", "black"),
        D.details("reflective stripes on the legs", "unsupported"),
        D.material("", "non_answer"),
        title="Unisex Waterproof Rain Overtrousers",
        category="Rain Trousers",
        color="Black",
        gender="Unisex",
    ),
    # photo: man in a red and black buffalo check flannel shirt, untucked, and blue jeans, white studio.
    # adapter: none
    case(
        "X245-017",
        caption("a man wearing a red and black plaid shirt"),
        D.pattern("plaid"),
        D.color("red"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        wearing("she is wearing a red and black plaid shirt and jeans", "pronoun", who="the man"),
        D.details("a pocket on the chest Question: what is the man wearing? Answer: a plaid shirt", "leak"),
        title="Men's Brushed Cotton Flannel Shirt Buffalo Check",
        category="Shirts",
        color="Red/Black",
        gender="Men",
    ),
    # photo: man in a green and navy tartan flannel shirt worn open over a white tee, beige chinos, in front of the
    # wooden wall of a cabin. caption, details: adapter
    case(
        "X245-018",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with lattice patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.pattern("plaid"),
        D.wearing("a plaid shirt over a white t-shirt and khaki pants"),
        D.details(
            "The shirt is with cotton fabric and lattice patterns. It has a lapel neckline. The shirt is with cotton "
            "fabric and lattice patterns",
            "loop",
            hit_limit=True,
        ),
        setting("in front of a wooden wall"),
        title="Men's Heavyweight Flannel Shirt Tartan Organic Cotton",
        category="Shirts",
        color="Green/Navy",
        gender="Men",
    ),
    # photo: woman in an oversized blue and white check flannel shirt and black jeans, light grey studio.
    # details: adapter
    case(
        "X245-019",
        caption("a woman in a blue and white checkered shirt"),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        D.material("cotton"),
        D.description("he is wearing a blue and white checkered shirt", "pronoun"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The neckline of it is "
            "lapel. The upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        title="Women's Flannel Shirt Oversized Fit 100% Cotton",
        category="Shirts",
        color="Blue/White",
        gender="Women",
    ),
    # photo: man in a brown and beige check quilted flannel overshirt, open over a black hoodie, in a workshop yard
    # with stacked logs, hood down. adapter: none
    case(
        "X245-020",
        caption("a man in a brown plaid jacket"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.wearing("he is wearing a plaid jacket and a black hoodie with the hood up", "unsupported"),
        D.material("wool", "unsupported"),
        title="Men's Quilted Flannel Overshirt Padded Lining",
        category="Workwear Shirts",
        color="Brown/Beige",
        gender="Men",
    ),
    # photo: woman in a mustard and grey check flannel shirt tucked into blue jeans, sleeves rolled to the
    # elbows, in front of a red brick wall.
    # adapter: none
    case(
        "X245-021",
        caption("a woman wearing a yellow plaid shirt and jeans standing in front of a brick wall"),
        D.color("yellow"),
        D.pattern("plaid"),
        color_of("shirt", "red", "contradiction"),
        wearing("a yellow shirt tucked into blue jeans", who="the woman"),
        D.details("it has a collar and buttons on the", "cut"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women's Brushed Flannel Shirt Check",
        category="Shirts",
        color="Mustard/Grey",
        gender="Women",
    ),
    # photo: man in a plain grey melange brushed cotton shirt, buttoned, with navy trousers, white studio.
    # caption: adapter
    case(
        "X245-022",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("grey"),
        D.pattern("solid"),
        D.garment_type("shirt"),
        color_of("shirt", "blue", "other_garment_color"),
        D.material("it is a grey shirt", "restated"),
        title="Men's Brushed Cotton Shirt Grey Melange",
        category="Shirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in stone (light beige) cargo work trousers with black knee-pad pockets and a white tee, white
    # studio, full-length front view. adapter: none
    case(
        "X245-023",
        caption("a man wearing beige cargo pants and a white t-shirt"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        pockets("2", "contradiction"),
        D.material("cotton"),
        D.details("knee pads and pockets"),
        title="Men's Stretch Cargo Work Trousers Cordura Knee Pads 8-Pocket",
        category="Work Trousers",
        color="Stone",
        gender="Men",
    ),
    # photo: man in black and grey two-tone work trousers with hanging holster pockets and an orange tee, grey
    # studio. caption: adapter
    case(
        "X245-024",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The trousers are of long length. The trousers are with cotton fabric and color "
            "block",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("color block"),
        D.wearing("a orange shirt and black pants"),
        color_of("pants", "orange", "other_garment_color"),
        D.details("the pants have pockets on the sides and pockets on the sides and pockets on the sides", "loop"),
        title="Men's Craftsman Work Trousers Holster Pockets Two-Tone",
        category="Work Trousers",
        color="Black/Grey",
        gender="Men",
    ),
    # photo: woman in olive ripstop cargo trousers (no belt) and a cream knit sweater walking in a forest.
    # adapter: none
    case(
        "X245-025",
        caption("a woman in green pants and a white sweater walking in the forest with a dog", "unsupported"),
        D.color("green"),
        D.garment_type("pants"),
        D.material("denim", "contradiction"),
        D.details("the pants have a belt", "unsupported"),
        wearing("green pants and a white sweater", who="the woman"),
        title="Women's Stretch Cargo Trousers Slim Fit Ripstop",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: man in sand-colored canvas cargo shorts and a black tee on a gravel trail, cropped at the shins.
    # adapter: none
    case(
        "X245-026",
        caption("a man wearing khaki shorts and a black shirt"),
        D.garment_type("shorts"),
        D.color("black", "other_garment_color"),
        color_of("shorts", "beige"),
        D.material("khaki", "restated"),
        details("shorts", "they are short", "non_answer"),
        title="Men's Cargo Shorts Organic Cotton Canvas",
        category="Shorts",
        color="Sand",
        gender="Men",
    ),
    # photo: man in navy cargo hiking trousers and an orange softshell jacket on a mountain path, full-length.
    # caption: adapter
    case(
        "X245-027",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. The trousers are of long length. The gentleman wears a long-sleeve outer clothing with "
            "pure",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "other_garment_color"),
        color_of("pants", "blue"),
        D.wearing("an orange jacket and blue pants"),
        D.garment_type("jacket", "contradiction"),
        setting("on a mountain"),
        title="Men's Hiking Cargo Trousers Water-Repellent",
        category="Trousers",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in grey convertible hiking trousers (zips above the knee visible) and a light blue shirt, white
    # studio. adapter: none
    case(
        "X245-028",
        caption("a woman wearing grey pants and a blue shirt"),
        D.garment_type("shorts", "contradiction"),
        D.color("grey"),
        D.details("zippers on the legs"),
        D.material("polyester"),
        D.description("grey hiking pants with zippers Question: what are the pants made of? Answer: nylon", "leak"),
        title="Women's Convertible Zip-Off Hiking Trousers Quick-Dry",
        category="Trousers",
        gender="Women",
    ),
    # photo: man in a black merino crew-neck long-sleeve base layer and grey trousers, white studio.
    # details: adapter
    case(
        "X245-029",
        caption("a man wearing a black long sleeve shirt"),
        D.garment_type("tee"),
        D.material("wool"),
        D.color("black"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "round. The upper clothing has long sleeves,",
            "loop",
            hit_limit=True,
        ),
        D.description("she is wearing a black thermal shirt", "pronoun"),
        title="Men's Merino Wool Base Layer Top 200 Long Sleeve",
        category="Base Layers",
        color="Black",
        gender="Men",
    ),
    # photo: man in charcoal thermal long johns and a white long-sleeve base layer top, white studio.
    # adapter: none
    case(
        "X245-030",
        caption("a man in grey leggings and a white shirt"),
        D.garment_type("leggings"),
        D.color("white", "other_garment_color"),
        D.material("polyester"),
        wearing("he is wearing", "cut", who="the man"),
        D.details("they are long", "non_answer"),
        title="Men's Thermal Long Johns Brushed Polyester",
        category="Base Layers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a dusty pink merino crew base layer and black leggings on a snowy slope.
    # caption: adapter
    case(
        "X245-031",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.material("cotton", "contradiction"),
        wearing("a pink sweater and black leggings", who="the woman"),
        setting("in the snow Question: what is the woman wearing? Answer: a pink sweater", "leak"),
        D.sleeve_length("long sleeves"),
        title="Women's Merino Wool Base Layer Crew 150",
        category="Base Layers",
        color="Dusty Pink",
        gender="Women",
    ),
    # photo: woman in navy thermal leggings (very dark on the photo) and a light grey sweatshirt, white studio.
    # adapter: none
    case(
        "X245-032",
        caption("a woman in black leggings and a grey sweatshirt", "contradiction"),
        D.color("blue"),
        D.garment_type("leggings"),
        D.wearing("he is wearing leggings", "pronoun"),
        D.material("polyester"),
        D.details("", "non_answer"),
        title="Women's Thermal Leggings Recycled Polyester",
        category="Base Layers",
        color="Navy",
        gender="Women",
    ),
    # photo: flat lay on white of a grey half-zip grid fleece base layer top with an orange zip and orange flatlock
    # seams. adapter: none
    case(
        "X245-033",
        caption("a grey shirt with an orange zipper on a white background"),
        D.color("orange", "contradiction"),
        D.garment_type("sweatshirt"),
        D.details("an orange zipper"),
        D.material("wool", "unsupported"),
        is_a("jacket", "yes", "contradiction"),
        title="Men's Half-Zip Thermal Base Layer Top Grid Fleece",
        category="Base Layers",
        color="Grey",
        gender="Men",
    ),
    # photo: girl of about five in a red thermal base layer set (long-sleeve top and bottoms), ribbed cuffs, white
    # studio.
    # details: adapter
    case(
        "X245-034",
        caption("a little girl in red pajamas"),
        D.color("red"),
        D.wearing("a red shirt and red pants"),
        D.material("silk", "unsupported"),
        D.details(
            "This person is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The pants are of long",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        title="Kids' Thermal Base Layer Set Top and Bottoms",
        category="Kids Base Layers",
        color="Red",
    ),
    # photo: flat lay of an ochre rib-knit merino beanie (folded cuff, no pom-pom) on white.
    # adapter: none
    case(
        "X245-035",
        caption("a yellow knit hat on a white background"),
        D.garment_type("hat"),
        D.color("yellow"),
        D.material("wool"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.details("it has a pom pom on top", "unsupported"),
        title="Unisex Merino Rib Beanie",
        category="Hats",
        color="Ochre",
        gender="Unisex",
    ),
    # photo: woman in a grey cable-knit beanie with a grey faux-fur pom-pom and a red winter parka, in the snow.
    # adapter: none
    case(
        "X245-036",
        caption("a woman in a red jacket and a grey hat in the snow"),
        D.color("red", "other_garment_color"),
        color_of("hat", "grey"),
        D.garment_type("jacket", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.material("knit"),
        wearing("she is wearing a red coat and a grey hat", who="the woman"),
        title="Women's Cable Knit Beanie with Faux Fur Pom-Pom",
        category="Hats",
        color="Grey",
        gender="Women",
    ),
    # photo: man in a black fisherman beanie and a green jacket on a harbour quay, head and shoulders.
    # caption, material: adapter
    case(
        "X245-037",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a stand neckline. There is a hat in his head. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("hat", "green", "other_garment_color"),
        D.garment_type("hat"),
        D.wearing("a green jacket and a black hat"),
        D.material(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a",
            "restated",
            hit_limit=True,
        ),
        is_a("hat", "yes"),
        title="Men's Fisherman Beanie Recycled Wool Blend",
        category="Hats",
        color="Black",
        gender="Men",
    ),
    # photo: girl in a navy and red striped knit beanie and a grey coat in a park with yellow autumn leaves.
    # adapter: none
    case(
        "X245-038",
        caption("a little girl wearing a striped hat in the park"),
        D.pattern("striped"),
        D.color("yellow", "contradiction"),
        D.material("wool", "contradiction"),
        wearing("a striped hat and a grey coat", who="the girl"),
        D.details("red and blue stripes"),
        D.description("he is wearing a striped hat", "pronoun"),
        title="Kids' Striped Knit Beanie Organic Cotton",
        category="Kids Hats",
        color="Navy/Red",
        gender="Girls",
    ),
    # photo: flat lay of a fluorescent orange fleece-lined work beanie with a silver reflective band, on a grey
    # concrete floor. adapter: none
    case(
        "X245-039",
        caption("an orange beanie on a concrete floor"),
        D.color("orange"),
        D.wearing("a man wearing an orange hat", "unsupported"),
        D.material("fleece"),
        D.details("a reflective stripe Question: what is the color of the stripe? Answer: silver", "leak"),
        D.description("the beanie is orange and the beanie is orange and the beanie is orange", "loop"),
        title="Hi-Vis Fleece-Lined Work Beanie with Reflective Band",
        category="Workwear Accessories",
        color="Fluorescent Orange",
        gender="Unisex",
    ),
    # photo: man in a heavy grey full-zip work fleece jacket with black shoulder and elbow panels, two hand pockets
    # and a chest pocket, black cargo trousers, white studio. adapter: none
    case(
        "X245-040",
        caption("a man in a grey and black jacket"),
        D.pattern("color block"),
        D.color("grey"),
        D.garment_type("sweatshirt", "contradiction"),
        D.material("cotton", "unsupported"),
        pockets("3"),
        D.details("the jacket has a zipper and a pocket on the", "cut"),
        title="Men's Heavy Work Fleece Jacket 400 g/m² with Contrast Panels",
        category="Workwear Jackets",
        color="Grey/Black",
        gender="Men",
    ),
    # photo: woman in a mint packable hooded rain jacket and white trousers, white studio.
    # describe: adapter
    case(
        "X245-041",
        caption("a woman wearing a green raincoat"),
        D.color("white", "other_garment_color"),
        wearing("a light green jacket and white pants", who="the woman"),
        D.material("nylon Question: is the jacket waterproof? Answer: yes", "leak"),
        hood("yes"),
        describe(
            "jacket",
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric. It has a stand",
            "cut",
            hit_limit=True,
        ),
        title="Women's Ultralight Packable Rain Jacket 2.5L",
        category="Rain Jackets",
        color="Mint",
        gender="Women",
    ),
    # photo: man in a burnt orange hooded 3-layer shell jacket, grey trousers and a black backpack, no helmet, on a
    # snowy ridge. adapter: none
    case(
        "X245-042",
        caption("a man in an orange jacket climbing a snowy mountain"),
        D.color("red", "contradiction"),
        waterproof("yes"),
        D.material("nylon"),
        D.details("he has a backpack and a helmet", "unsupported"),
        wearing("an orange jacket, grey pants and a black backpack", who="the man"),
        title="Men's 3-Layer Mountain Shell Jacket Recycled Polyamide",
        category="Rain Jackets",
        color="Burnt Orange",
        gender="Men",
    ),
    # photo: woman in an off-white sherpa (teddy pile) fleece jacket and brown corduroy trousers, beige studio.
    # caption: adapter
    case(
        "X245-043",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric. It has a stand neckline. The lady wears a long trousers. The trousers are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.material("fur", "unsupported"),
        wearing("a white fuzzy jacket and brown pants", who="the woman"),
        D.garment_type("coat"),
        color_of("jacket", "brown", "other_garment_color"),
        title="Women's Sherpa Fleece Jacket Teddy Pile Recycled",
        category="Fleece Jackets",
        color="Off-White",
        gender="Women",
    ),
    # photo: man in brown fleece-lined canvas work trousers with thigh pockets and a grey sweatshirt, white studio.
    # adapter: none
    case(
        "X245-044",
        caption("a man wearing brown pants and a grey sweatshirt"),
        D.color("brown"),
        D.garment_type("pants"),
        D.material("canvas"),
        D.details("the pants have a hole in the knee", "unsupported"),
        D.wearing("she is wearing brown pants", "pronoun"),
        pockets("i don't know", "non_answer"),
        title="Men's Winter Work Trousers Cotton Canvas Fleece-Lined",
        category="Work Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: woman in black softshell hiking trousers and a blue softshell jacket on a rocky trail.
    # caption: adapter
    case(
        "X245-045",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. The lady wears a long-sleeve outer clothing with pure color patterns. The outer",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        color_of("pants", "blue", "other_garment_color"),
        wearing("a blue jacket and black pants", who="the woman"),
        D.garment_type("pants"),
        D.material("black pants", "restated"),
        title="Women's Softshell Hiking Trousers Stretch Windproof",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: man in a navy merino long-sleeve base layer under an open yellow rain jacket, in a forest.
    # adapter: none
    case(
        "X245-046",
        caption("a man in a yellow jacket and a blue shirt"),
        D.color("yellow", "other_garment_color"),
        color_of("shirt", "blue"),
        D.garment_type("jacket", "contradiction"),
        D.material("cotton", "contradiction"),
        D.wearing("a yellow raincoat over a blue shirt"),
        D.sleeve_length("long sleeves"),
        title="Men's Merino Base Layer Long Sleeve Tee 180",
        category="Base Layers",
        color="Navy",
        gender="Men",
    ),
]
