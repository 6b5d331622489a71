"""BLIND_269 (46 products; department store girls' and boys' wear: party dresses, tops, shorts, uniforms, nightwear):
written blind in the forty-second session. Measured blind at cdc969f (the session's rules as they stood): 100/126
failures found (79.4%) and 8/153 correct texts flagged (5.2%). The writer's notes, verbatim:

Scenario: a department store's children's catalog feed, girls' and boys' wear: party dresses and everyday frocks,
tops and tees, leggings, shirts, shorts, dungarees, school uniform pieces (polo shirts, pinafores, jumpers,
cardigans, trousers) and nightwear (pyjamas, a nightdress, a dressing gown). Most photos show a child model on a
plain studio backdrop, some in front of a colored wall, a garden, a Christmas tree or in a bedroom; the rest are
flat-lays on white or on a wooden floor. Each row has the seller's title, category, color and gender (Girls or
Boys); a few rows miss one column, as real feeds do.

Who wrote what: the odd SKUs were run with the caption LoRA adapter of the original experiments for the caption and
for one or two richer open questions (details, description, sometimes material, as each comment says); the even
SKUs, and every other open answer, come from the untuned base `Salesforce/blip2-opt-2.7b`. The adapter writes the
DeepFashion template ("The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton
fabric ..."), was trained with no end-of-answer token and so runs to its limit (50 new tokens for captions, 30 for
answers): every adapter text has hit_limit=True, and asked any question it returns its template. The base model
writes short lowercase texts and stops on its own (never hit_limit). The closed questions (garment_type, color,
pattern, sleeve_length, the per-piece colors and "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: never a loop or a cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Every adapter text is a failure (it never stops): loop when it repeats a sentence or clause of the template, cut
  when it stops mid-sentence without repeating. Its template for the material question is restated (the question is
  not answered, even where the template says "cotton fabric", and even where it also loops). Where the template
  gets the person wrong ("The lady" for a boys' dressing gown) that is pronoun, and where it misnames the garment (a
  dress for dungarees) that is contradiction; both keep hit_limit=True. Invented accessories or wrong fabrics
  inside an adapter text that is already cut or looping are not labeled separately (one kind per text).
- DeepFashion's "The lady" / "The gentleman" for a girl / a boy is accepted: the template has no child words. On a
  flat-lay with no person, "The lady" for a girls' item is accepted, for a boys' item it is pronoun.
- Shade words count as correct: purple for lilac, blue for navy or teal, green for teal, olive or khaki-green, pink
  or orange for coral (the wearing answer "orange" and the closed "pink" for one coral set are both correct), white
  for cream or ivory, beige for stone, grey for grey marl, yellow for lemon, red for a red-and-navy check.
- Garment synonyms count as correct: overalls or jumpsuit for dungarees, nightgown or dress for a nightdress, robe
  for a dressing gown, sweatpants or pants for joggers, pants for leggings or trousers, jeans for denim trousers,
  tutu for a tulle skirt, sweater or jumper, polo shirt or shirt for a school polo, pajamas for a pyjama set, suit for
  a waistcoat suit set. A dress for a tulle skirt, or "dress" in the adapter's template for pink dungarees, is
  contradiction.
- A closed color of another piece in the photo (the tee under dungarees or over a skirt, the blouse under a
  pinafore, the sweatshirt over leggings, the navy shorts under a white polo) is other_garment_color, and so is an
  open answer that gives the product the color of the other piece. The color of a print (pink bunnies on a white
  nightdress, pink flowers on a navy dress) given as the garment's color is contradiction, and so is a background
  color moved onto the garment (pink roses of the garden as the dress's flowers), and navy answered black. Walls,
  floors, trees and props named as such are correct.
- A closed sleeve answer of another piece (the long-sleeved tee under sleeveless dungarees) is contradiction (there
  is no other_garment kind for sleeves); ribbing answered "striped" and a star print answered "floral" are
  contradiction, and so are plaid answered "striped" and cap sleeves answered "sleeveless"; a palm-leaf print
  answered "floral" is accepted. A closed garment_type that names another garment (joggers as leggings, shorts as
  pants, a tutu skirt as a dress) is contradiction, though "pants" in an open answer for leggings is accepted.
- Materials: one the title names, or plainly visible (denim, corduroy, tulle, sequins, velvet, fleece, flannel for
  brushed cotton) is correct; a plausible guess where the title names no fiber (cotton for a jersey tee, wool for a
  knitted cardigan, polyester for school shorts) is correct; a fiber the catalog contradicts (wool for a cotton
  jumper, polyester for a cotton nightdress) or silk for a satin party dress is unsupported.
- Invented items (a belt, a tie, a pocket square, a pocket, a zipper on a pullover hoodie, a hat, a necklace, a
  shirt with a flat-lay of shorts, a hoodie with joggers) are unsupported. One color given to two pieces that differ
  ("an orange shirt and orange shorts" over beige shorts, "a grey shirt" under a grey jumper) is contradiction. The
  title "2 Pack" against a caption that shows "a white shirt" is contradiction.
- Base answers: "it is made of", "a logo on the" are cut (no hit_limit); "", "they are leggings" or "they are
  short" or "the details of the shirt" for details, "it is made of fabric" and "the garment is made of material" are
  non_answer; a material question answered with the garment's name and color, or with its print ("camouflage"), is
  restated; running on into "Question: ... Answer: ..." is leak; a short repeated clause is loop; "he" for
  a girl or "a little girl" / "she" for a boy is pronoun.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")

BLIND_269 = [
    # photo: girl in a pink tulle party dress, sequinned bodice, short cap sleeves, full knee-length skirt, white
    # studio backdrop, front view. caption, details: adapter
    case(
        "X269-001",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her head. The lady wears a short-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. The dress is with "
            "chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("tulle"),
        title="Girls Pink Sequin Bodice Tulle Party Dress",
        category="Girls Party Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a sleeveless navy and white striped cotton frock, round neck, in front of a pale yellow painted
    # wall, white sandals, full length front view. all texts: base
    case(
        "X269-002",
        caption("a little girl in a blue and white striped dress standing in front of a yellow wall"),
        D.wearing("a striped dress"),
        D.color("navy"),
        D.description("he is wearing a blue and white striped dress", "pronoun"),
        D.details("a round neck and a yellow belt", "unsupported"),
        D.material("cotton"),
        title="Girls Navy Stripe Cotton Frock",
        category="Girls Dresses",
        color="Navy/White",
        gender="Girls",
    ),
    # photo: boy in a white short-sleeved school polo shirt tucked into grey school shorts, black shoes, flat grey
    # backdrop. caption, description: adapter
    case(
        "X269-003",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric. It has a lapel neckline. The shorts are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.color("white"),
        color_shorts("grey"),
        D.description(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a short-sleeve",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Boys White School Polo Shirt",
        category="School Uniform",
        color="White",
        gender="Boys",
    ),
    # photo: flat-lay of a pair of plain black girls' leggings with an elastic waistband, on a white background.
    # all texts: base
    case(
        "X269-004",
        caption("a pair of black leggings on a white background"),
        D.garment_type("leggings"),
        D.color("black"),
        is_a("pair of jeans", "yes", "contradiction", article="a"),
        D.details("they are leggings", "non_answer"),
        D.material("cotton"),
        title="Girls Black Cotton Rich Leggings",
        category="Girls Leggings",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a lilac short-sleeved cotton top with frill sleeves, printed with small white and yellow daisies,
    # and white leggings, pale wooden floor, white wall. caption, details: adapter
    case(
        "X269-005",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a purple shirt and white pants"),
        D.color("purple"),
        D.pattern("floral"),
        D.description("a white top with flowers", "other_garment_color"),
        D.details(
            "The T-shirt is with cotton fabric and floral patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and floral",
            "loop",
            hit_limit=True,
        ),
        title="Girls Lilac Daisy Print Frill Sleeve Top",
        category="Girls Tops",
        color="Lilac",
        gender="Girls",
    ),
    # photo: boy in blue denim dungarees (sleeveless bib, shoulder straps) over a red and white striped long-sleeved
    # tee, white sneakers, outdoors on green grass. all texts: base
    case(
        "X269-006",
        caption(
            "a little boy in overalls and a red hat standing in the grass",
            "unsupported",
        ),
        D.wearing("a red and white striped shirt and blue overalls"),
        is_a("pair of dungarees", "yes", article="a"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.material("denim"),
        title="Boys Mid Wash Denim Dungarees",
        category="Boys Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved red velvet party dress with a white lace collar, white tights, a red hair bow,
    # standing in front of a green Christmas tree with gold baubles. caption, details: adapter
    case(
        "X269-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her head. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress with a white collar and a necklace", "unsupported"),
        D.color("red"),
        D.description("a red velvet dress with a green christmas tree behind her"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a lapel neckline. There is an accessory "
            "on her head. The dress has",
            "cut",
            hit_limit=True,
        ),
        D.material("velvet"),
        title="Girls Red Velvet Lace Collar Party Dress",
        category="Girls Party Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat-lay of boys' stone (light beige) chino shorts with belt loops and two front pockets, no belt, on a
    # wooden floor. all texts: base
    case(
        "X269-008",
        caption("a pair of khaki shorts on a wooden floor"),
        D.wearing("a pair of shorts"),
        D.color("beige"),
        D.description("a pair of brown shorts with a belt", "unsupported"),
        D.details("they are short", "non_answer"),
        D.material("cotton"),
        title="Boys Stone Cotton Chino Shorts",
        category="Boys Shorts",
        color="Stone",
        gender="Boys",
    ),
    # photo: girl in a navy sleeveless school pinafore dress with a square neck over a white short-sleeved blouse
    # with a peter pan collar, white socks, grey backdrop. caption, details: adapter
    case(
        "X269-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue dress and a white shirt"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a square neckline. The dress is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        title="Girls Navy Polyester Viscose School Pinafore Dress",
        category="School Uniform",
        color="Navy",
        gender="Girls",
    ),
    # photo: boy in a light blue long-sleeved oxford shirt, buttoned, with navy chinos, hands in pockets, grey
    # backdrop. all texts: base
    case(
        "X269-010",
        caption("a young boy in a blue shirt and blue pants"),
        D.wearing("a white shirt and blue pants", "contradiction"),
        D.color("blue"),
        D.description("a blue shirt with a collar"),
        D.details("the details of the shirt", "non_answer"),
        D.material("cotton"),
        title="Boys Light Blue Oxford Shirt",
        category="Boys Shirts",
        color="Light Blue",
        gender="Boys",
    ),
    # photo: girl in a sleeveless yellow and white gingham cotton sundress with thin straps, in front of a white brick
    # wall. caption, description: adapter
    case(
        "X269-011",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with lattice patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow and white checkered dress and a straw hat", "unsupported"),
        D.color("yellow"),
        D.pattern("plaid"),
        D.description(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. There",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Girls Yellow Gingham Sundress",
        category="Girls Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a green short-sleeved t-shirt with a big dinosaur graphic on the front (no pocket) and grey
    # joggers, white backdrop. all texts: base
    case(
        "X269-012",
        caption("a little boy wearing a green dinosaur t-shirt"),
        D.wearing("a green t-shirt with a dinosaur on it"),
        D.color("green"),
        D.pattern("graphic"),
        D.details("a dinosaur on the front and a pocket", "unsupported"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: graphic",
            "leak",
        ),
        title="Boys Green Dinosaur Graphic T-Shirt",
        category="Boys T-Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a two-piece pyjama set, pink long-sleeved top with a white star print and plain pink bottoms,
    # sitting on a bed with white sheets. caption, material: adapter
    case(
        "X269-013",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.color("pink"),
        D.pattern("floral", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material(
            "The shirt is with cotton fabric and graphic patterns. It has a round neckline. The pants are with cotton "
            "fabric and graphic",
            "restated",
            hit_limit=True,
        ),
        title="Girls Pink Star Print Cotton Pyjamas",
        category="Girls Nightwear",
        color="Pink",
        gender="Girls",
    ),
    # photo: flat-lay of a boys' short pyjama set: navy short-sleeved tee with a rocket print, navy and grey striped
    # shorts, on white. all texts: base
    case(
        "X269-014",
        caption("a pair of pajamas with a rocket on it"),
        D.wearing("a blue shirt and shorts"),
        D.color("grey", "other_garment_color"),
        D.description("a navy blue shirt with a rocket and striped shorts"),
        D.details(
            "a rocket print Question: What is the color of the shorts? Answer: grey",
            "leak",
        ),
        D.material("cotton"),
        title="Boys Navy Rocket Short Pyjama Set",
        category="Boys Nightwear",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a fuchsia satin party dress with a tiered ruffle skirt and short puff sleeves, pink hair clip,
    # pale pink backdrop. caption, details: adapter
    case(
        "X269-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her head. The lady wears a short-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("pink"),
        D.sleeve_length("short sleeves"),
        D.details(
            "The dress is with chiffon fabric and pure color patterns. It has a round neckline. There is an accessory "
            "on her head. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.material("silk", "unsupported"),
        title="Girls Fuchsia Satin Ruffle Party Dress",
        category="Girls Party Dresses",
        color="Fuchsia",
        gender="Girls",
    ),
    # photo: boy in a grey v-neck school jumper over a white shirt with a striped tie, grey trousers, white backdrop.
    # all texts: base
    case(
        "X269-016",
        caption("a young boy in a school uniform"),
        D.wearing("a grey sweater, grey shirt and tie", "contradiction"),
        D.garment_type("sweater"),
        D.color("grey"),
        D.details("a v-neck and a white shirt under it"),
        D.material("wool", "unsupported"),
        title="Boys Grey Cotton V-Neck School Jumper",
        category="School Uniform",
        color="Grey",
        gender="Boys",
    ),
    # photo: boy in a white short-sleeved tee with a skateboard graphic and mid-blue denim shorts, white trainers,
    # white backdrop. product: the shorts. caption, details: adapter
    case(
        "X269-017",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue shorts"),
        D.garment_type("shorts"),
        D.color("white", "other_garment_color"),
        D.details(
            "The shorts are with denim fabric and pure color patterns. The shorts are with denim fabric and pure color "
            "patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Boys Mid Blue Denim Shorts",
        category="Boys Shorts",
        color="Mid Blue",
        gender="Boys",
    ),
    # photo: boy in a red pullover hoodie with a small white logo, black track pants, in front of a grey concrete
    # wall. all texts: base
    case(
        "X269-018",
        caption("a boy in a red hoodie standing in front of a grey wall"),
        D.wearing("a red hoodie and red pants", "contradiction"),
        D.garment_type("hoodie"),
        D.color("red"),
        D.description("a red hoodie with a white logo and a zipper", "unsupported"),
        D.material("it is made of", "cut"),
        title="Boys Red Logo Hoodie",
        category="Boys Sweatshirts & Hoodies",
        color="Red",
        gender="Boys",
    ),
    # photo: girl in a mint green tulle tutu skirt with a white cami top, ballet flats, white backdrop. product: the
    # skirt. caption: adapter
    case(
        "X269-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The skirt is with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white top and a green tutu"),
        D.garment_type("dress", "contradiction"),
        D.color("white", "other_garment_color"),
        is_a("pair of shorts", "no", article="a"),
        D.material("tulle"),
        title="Girls Mint Tulle Tutu Skirt",
        category="Girls Skirts",
        color="Mint",
        gender="Girls",
    ),
    # photo: boy in a red and navy tartan brushed cotton shirt worn open over a white tee, blue jeans, white
    # backdrop. product: the shirt. all texts: base
    case(
        "X269-020",
        caption("a young boy in a plaid shirt and jeans"),
        D.wearing("a red plaid shirt, a white t-shirt and blue jeans"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.details("the shirt is red and blue and red and blue and red and blue", "loop"),
        D.material("flannel"),
        title="Boys Red Check Brushed Cotton Shirt",
        category="Boys Shirts",
        color="Red/Navy",
        gender="Boys",
    ),
    # photo: girl in a light grey sweatshirt with a sequin heart and bright pink leggings, white backdrop. product:
    # the leggings. caption, details, material: adapter
    case(
        "X269-021",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns and a long leggings. The sweater is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey sweatshirt and pink leggings"),
        D.garment_type("leggings"),
        D.color("grey", "other_garment_color"),
        D.details(
            "The leggings are with cotton fabric and pure color patterns. There is an accessory on her wrist. The "
            "leggings are with cotton",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The leggings are with cotton fabric and pure color patterns. The sweater is with cotton fabric and "
            "graphic patterns. It has",
            "restated",
            hit_limit=True,
        ),
        title="Girls Bright Pink Leggings",
        category="Girls Leggings",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in olive green cargo shorts with side pockets and a black t-shirt, white backdrop. product: the
    # shorts. all texts: base
    case(
        "X269-022",
        caption("a young boy wearing a black t-shirt and black shorts", "contradiction"),
        D.wearing("a black shirt and green shorts"),
        D.color("green"),
        D.description("black shorts with pockets", "other_garment_color"),
        D.details("cargo pockets on the sides"),
        D.material("the garment is made of material", "non_answer"),
        title="Boys Olive Cargo Shorts",
        category="Boys Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in an ivory cotton broderie anglaise dress (white eyelet embroidery, no print) with short flutter
    # sleeves, standing in a garden in front of pink roses. caption, details: adapter
    case(
        "X269-023",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white dress"),
        D.color("white"),
        D.description("a white dress with pink flowers", "contradiction"),
        D.details(
            "The dress is with cotton fabric and pure color patterns. It has a round neckline. There is an accessory "
            "on her head. There is a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        title="Girls Ivory Broderie Cotton Dress",
        category="Girls Dresses",
        color="Ivory",
        gender="Girls",
    ),
    # photo: flat-lay of a 2 pack of white short-sleeved school shirts, folded side by side, on white. all texts: base
    case(
        "X269-024",
        caption("a white shirt on a white background", "contradiction"),
        D.wearing("a white shirt"),
        D.color("white"),
        D.description("a white shirt with a blue tie", "unsupported"),
        D.details("the shirt has a collar and a pocket"),
        D.material("polyester and cotton"),
        title="Boys White Short Sleeve Polycotton School Shirts 2 Pack",
        category="School Uniform",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a navy knitted v-neck school cardigan, buttoned, over a white polo shirt, grey pleated skirt,
    # grey backdrop. product: the cardigan. caption, details: adapter
    case(
        "X269-025",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric. It has a v-shape neckline. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue sweater and grey skirt"),
        D.garment_type("cardigan"),
        D.color("black", "contradiction"),
        D.details(
            "The sweater is with knitting fabric and pure color patterns. It has a v-shape neckline. The sweater is "
            "with knitting fabric and",
            "loop",
            hit_limit=True,
        ),
        D.material("wool"),
        title="Girls Navy Knitted School Cardigan",
        category="School Uniform",
        color="Navy",
        gender="Girls",
    ),
    # photo: boy in an orange short-sleeved linen-blend shirt with a small white palm-leaf print, beige shorts, white
    # backdrop. product: the shirt. all texts: base
    case(
        "X269-026",
        caption("a boy in an orange shirt and khaki shorts"),
        D.wearing("an orange shirt and orange shorts", "contradiction"),
        D.color("orange"),
        D.pattern("floral"),
        D.description("he is wearing an orange shirt with white palm trees"),
        D.details(
            "a button down collar Question: What is the color of the shorts? Answer: beige",
            "leak",
        ),
        D.material("linen"),
        title="Boys Orange Palm Print Linen Blend Shirt",
        category="Boys Shirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a black and white polka dot short-sleeved party dress with a red satin sash tied in a bow at the
    # waist, black shoes, white backdrop. caption, details, material: adapter
    case(
        "X269-027",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her waist. The lady wears a short-sleeve dress with graphic "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black and white polka dot dress with a red necklace", "unsupported"),
        D.color("black"),
        D.description("a black dress with white polka dots and a red bow"),
        D.details(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. There is an accessory on "
            "her waist. The dress",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. There is an "
            "accessory on her waist. The",
            "restated",
            hit_limit=True,
        ),
        title="Girls Black Spot Party Dress With Red Sash",
        category="Girls Party Dresses",
        color="Black/White",
        gender="Girls",
    ),
    # photo: flat-lay of boys' grey marl joggers with a drawstring waist and cuffed ankles, on white. all texts: base
    case(
        "X269-028",
        caption("a pair of grey sweatpants on a white background"),
        D.wearing("a pair of grey sweatpants and a grey hoodie", "unsupported"),
        D.garment_type("leggings", "contradiction"),
        D.color("grey"),
        D.description("grey sweatpants with a drawstring"),
        D.details("drawstring waist and cuffed ankles"),
        D.material("grey sweatpants", "restated"),
        title="Boys Grey Marl Joggers",
        category="Boys Trousers",
        color="Grey Marl",
        gender="Boys",
    ),
    # photo: girl in pink corduroy dungarees (bib and straps, full length) over a white tee with small pink hearts,
    # white backdrop. product: the dungarees. caption, details: adapter
    case(
        "X269-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a pink overalls and a white shirt"),
        D.garment_type("jumpsuit"),
        D.color("white", "other_garment_color"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color "
            "patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        D.material("corduroy"),
        title="Girls Pink Cord Dungarees",
        category="Girls Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy with longish hair in a navy crew neck school sweatshirt with an embroidered crest, grey trousers,
    # grey backdrop. all texts: base
    case(
        "X269-030",
        caption("a little girl in a blue sweatshirt", "pronoun"),
        D.wearing("a blue sweatshirt and grey pants"),
        D.color("navy"),
        D.description("a black sweatshirt with a logo", "contradiction"),
        D.details("a logo on the chest"),
        D.material("cotton"),
        title="Boys Navy Crest School Sweatshirt",
        category="School Uniform",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a lemon yellow ribbed long-sleeved top and blue jeans, white backdrop. product: the top.
    # caption, material: adapter
    case(
        "X269-031",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with denim fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and jeans"),
        D.color("yellow"),
        D.pattern("striped", "contradiction"),
        D.description("a yellow top"),
        D.material(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and pure",
            "restated",
            hit_limit=True,
        ),
        title="Girls Lemon Ribbed Long Sleeve Top",
        category="Girls Tops",
        color="Lemon",
        gender="Girls",
    ),
    # photo: flat-lay of boys' navy school shorts with an elastic back waist and side pockets, on white; no color
    # column in the feed. all texts: base
    case(
        "X269-032",
        caption("a pair of navy blue shorts"),
        D.wearing("a pair of blue shorts and a white shirt", "unsupported"),
        D.garment_type("pants", "contradiction"),
        D.color("blue"),
        D.details("elastic waist and pockets"),
        D.material("polyester"),
        title="Boys Navy School Shorts",
        category="School Uniform",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved white cotton nightdress with a pink bunny print, holding a teddy bear, standing
    # on a bedroom rug. caption: adapter
    case(
        "X269-033",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white nightgown"),
        D.garment_type("dress"),
        D.color("pink", "contradiction"),
        D.description("a white nightgown with pink bunnies and a teddy bear"),
        D.material("polyester", "unsupported"),
        title="Girls White Bunny Print Cotton Nightdress",
        category="Girls Nightwear",
        color="White",
        gender="Girls",
    ),
    # photo: boy in a three-piece party set: navy waistcoat over a white shirt, navy trousers and a navy bow tie, no
    # jacket, white backdrop. all texts: base
    case(
        "X269-034",
        caption("a young boy in a suit and bow tie"),
        D.wearing("a white shirt, a blue vest and a bow tie"),
        is_a("suit", "yes"),
        D.color("white", "other_garment_color"),
        D.description("he is wearing a suit and tie with a pocket square", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Boys Navy 3 Piece Waistcoat Suit Set",
        category="Boys Partywear",
        color="Navy",
        gender="Boys",
    ),
    # photo: girl in a coral cotton co-ord, short-sleeved top and matching shorts, white backdrop. caption, details:
    # adapter
    case(
        "X269-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("an orange shirt and orange shorts"),
        D.color("pink"),
        color_shorts("pink"),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a round neckline. The shorts are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.material("a coral top and shorts", "restated"),
        title="Girls Coral Top And Shorts Set",
        category="Girls Co-ords",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy in a blue and white breton striped long-sleeved top and navy shorts, white backdrop. product: the
    # top. all texts: base
    case(
        "X269-036",
        caption("a little girl in a blue and white striped shirt", "pronoun"),
        D.wearing("a blue striped shirt"),
        D.color("blue"),
        D.description(
            "a blue and white striped shirt with blue and white stripes and blue and white stripes",
            "loop",
        ),
        D.details("the stripes are blue and white"),
        D.material("cotton"),
        title="Boys Blue Breton Stripe Top",
        category="Boys Tops",
        color="Blue/White",
        gender="Boys",
    ),
    # photo: girl in a silver sequin mini skirt with a black long-sleeved top and black tights, white backdrop.
    # product: the skirt. caption, description: adapter
    case(
        "X269-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and a silver skirt"),
        D.garment_type("skirt"),
        D.color("black", "other_garment_color"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        D.material("sequins"),
        title="Girls Silver Sequin Skirt",
        category="Girls Skirts",
        color="Silver",
        gender="Girls",
    ),
    # photo: boy in mid blue denim jeans and a plain white tee, white trainers, white backdrop. product: the jeans.
    # all texts: base
    case(
        "X269-038",
        caption("a young boy in a white t-shirt and jeans"),
        D.wearing("he is wearing a white shirt and jeans"),
        D.garment_type("jeans"),
        D.color("white", "other_garment_color"),
        D.description("a pair of blue jeans with a", "cut"),
        D.material("denim"),
        title="Boys Mid Blue Slim Jeans",
        category="Boys Jeans",
        color="Mid Blue",
        gender="Boys",
    ),
    # photo: flat-lay of a boys' navy fleece hooded dressing gown with a tie belt and dinosaur spikes on the hood, on
    # white. caption, details: adapter
    case(
        "X269-039",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a blue robe with a hood"),
        D.garment_type("robe"),
        D.color("black", "contradiction"),
        D.details(
            "The coat is with cotton fabric and pure color patterns. It has a lapel neckline. There is an accessory on "
            "her waist. The coat",
            "cut",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Boys Navy Dinosaur Fleece Dressing Gown",
        category="Boys Nightwear",
        color="Navy",
        gender="Boys",
    ),
    # photo: boy in a white short-sleeved school polo shirt with an embroidered logo and navy shorts, standing in
    # front of a sky blue wall. product: the polo. all texts: base
    case(
        "X269-040",
        caption("a boy in a white shirt and blue shorts standing in front of a blue wall"),
        D.wearing("a white polo shirt"),
        D.color("blue", "other_garment_color"),
        D.description("she is wearing a white polo shirt", "pronoun"),
        D.details("a logo on the", "cut"),
        D.material("cotton"),
        title="Boys White Logo School Polo",
        category="School Uniform",
        color="White",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved navy jersey dress with a pink and white floral print, white sneakers, pale grey
    # wall. caption, description, material: adapter
    case(
        "X269-041",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue dress with flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The dress is with cotton fabric and floral patterns. It has a round neckline. The dress is with "
            "cotton fabric and floral patterns",
            "restated",
            hit_limit=True,
        ),
        title="Girls Navy Floral Jersey Dress",
        category="Girls Dresses",
        color="Navy",
        gender="Girls",
    ),
    # photo: flat-lay of boys' black slim fit school trousers with a flat front and belt loops, on white; no gender
    # column in the feed. all texts: base
    case(
        "X269-042",
        caption("a pair of black pants"),
        D.garment_type("pants"),
        D.color("black"),
        D.description("black dress pants"),
        D.details("", "non_answer"),
        D.material("black pants", "restated"),
        title="Boys Black Slim Fit Polyester School Trousers",
        category="School Uniform",
        color="Black",
    ),
    # photo: boy in a teal short-sleeved t-shirt with a white shark graphic and beige shorts, white backdrop.
    # product: the tee. caption, details, material: adapter
    case(
        "X269-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt with a shark on it and blue shorts", "contradiction"),
        D.color("blue"),
        D.pattern("graphic"),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The shorts are with "
            "cotton fabric and pure color",
            "restated",
            hit_limit=True,
        ),
        title="Boys Teal Shark Graphic T-Shirt",
        category="Boys T-Shirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: boy in a long-sleeved green and navy rugby stripe polo shirt and blue jeans, white backdrop. all texts:
    # base
    case(
        "X269-044",
        caption("a young boy wearing a green and blue striped shirt"),
        D.wearing("a striped shirt and jeans"),
        D.color("green"),
        D.pattern("striped"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.description(
            "a green and blue striped polo shirt Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        D.material("cotton"),
        title="Boys Green Rugby Stripe Long Sleeve Polo",
        category="Boys Tops",
        color="Green/Navy",
        gender="Boys",
    ),
    # photo: girl in a long-sleeved white cotton blouse with a lace collar, tucked into a navy pleated skirt, grey
    # backdrop. product: the blouse. caption, material: adapter
    case(
        "X269-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. It has a lapel neckline. The skirt is with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and a white skirt", "contradiction"),
        D.color("white"),
        color_skirt("navy"),
        D.description("a white blouse with a lace collar tucked into a blue skirt"),
        D.material(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The skirt is with "
            "cotton fabric and pure",
            "restated",
            hit_limit=True,
        ),
        title="Girls White Lace Collar Blouse",
        category="Girls Tops",
        color="White",
        gender="Girls",
    ),
    # photo: boy in green and brown camouflage print cotton shorts and a plain grey tee, white backdrop. product: the
    # shorts; no category column in the feed. all texts: base
    case(
        "X269-046",
        caption("a boy in a grey shirt and camouflage shorts"),
        D.wearing("a grey shirt and camo shorts"),
        D.color("green"),
        D.description("grey shorts with a camouflage pattern", "other_garment_color"),
        D.details(
            "pockets on the sides Question: What is the color of the shirt? Answer: grey",
            "leak",
        ),
        D.material("camouflage", "restated"),
        title="Boys Khaki Camo Print Shorts",
        color="Khaki",
        gender="Boys",
    ),
]
