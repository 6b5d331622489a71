"""BLIND_251 (46 products; a general fashion marketplace's night of new women's, men's and kids' listings): written
blind in the forty-second session. Measured blind at 10522bb (the session's rules as they stood): 95/121 failures
found (78.5%) and 2/154 correct texts flagged (1.3%). The writer's notes, verbatim:

Scenario: one night of new listings on a general fashion marketplace: women's, men's and kids' apparel (tees, shirts,
hoodies, jeans, chinos, joggers, dresses, skirts, jumpsuits, coats, jackets, sweaters, swimwear, activewear, baby
rompers, pyjamas) under messy seller titles stuffed with brand-like words, sizes, packs and SEO words ("Oversized
Tshirt Women ... S-XXL", "Mens Cargo Pants ... 30-40"). Most photos show a model in a whole outfit (the product and
the pieces worn with it) on a studio backdrop, a coloured wall or a street; some are flat-lays with props (sneakers,
sunglasses, flip flops, a teddy bear) and some mannequins. Seller colors are free text (Navy, Charcoal, Olive, Khaki,
Mustard, Burgundy, Lilac, Sage Green, Multi...). Each row has title, category, color and gender; one misses the
gender and one the category, as real feeds do.

Who wrote what: the captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man
wearing a ...") or from the caption-only LoRA adapter of the original experiments (the DeepFashion template, "The
gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric ..."). The adapter never
learned an end token: every adapter text runs to its limit (50 new tokens for captions, 30 for answers) and carries
hit_limit=True, and asked any question it answers with its caption template. Open answers (wearing, description,
details, material, the set's own) come from the base model unless the comment before the case names the adapter;
the base model stops on its own and never has hit_limit. Closed answers (garment_type, color, pattern,
sleeve_length, the per-piece color questions, "Is this a ...?") are enrich's `--engine reference` picks from
candidate sets: they never loop or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy or royal blue, grey for charcoal or heather grey,
  green for olive, emerald or sage, red for burgundy, purple for lilac, yellow for mustard (the base model's word),
  brown or tan for camel and khaki, pink for hot pink. The reference engine's orange for mustard and red for hot
  pink are contradiction.
- The color of a print, trim or stripe given as the garment's color (white for a black tee with a white skull, green
  for blue swim shorts with green palms, white for a yellow dress with white flowers, white for a black tracksuit
  with white side stripes) is contradiction. The color of another piece worn in the photo (the tee under a jacket,
  the trousers under a sweater, the top with a skirt) given as the product's color is other_garment_color, in a
  closed answer or in a wearing answer ("a black top and black jeans" for light-wash jeans). The base model's one
  color for every garment the other way round ("a brown coat and brown pants" for a camel coat over black jeans, "a
  black leather jacket and a black shirt" over a white tee) gives a worn piece a color it does not have:
  contradiction. The color of the wall behind the model given as a garment's color is contradiction.
- Garment synonyms are correct: tee for t-shirt, pants or trousers for chinos, joggers as sweatpants, blazer as
  jacket, blouse as shirt, romper as jumpsuit, overalls for a pinafore dress, cardigan as sweater (a cardigan is a
  knitted sweater; the reference engine's "sweater" is accepted). A jumpsuit called a dress is contradiction, and so
  is a tutu skirt typed as dress, a polo shirt typed t-shirt (the candidate set has both) and a crew-neck sweatshirt
  typed hoodie. Small white flowers on a romper picked as "polka dot" are contradiction; a star print picked as
  "striped" too.
- Layers: a wearing answer or caption naming the product and the pieces worn with it is correct. The pattern or the
  sleeves of the tee under a pinafore dress given as the dress's pattern or sleeve length are contradiction.
  Rolled-up long sleeves answered "short sleeves" are contradiction.
- Materials: one the title names (fleece, linen, satin, denim, tulle, wool blend, faux leather as "leather") is
  correct; cotton for a plain tee, a baby romper or kids' pyjamas is a plausible guess and
  correct; wool for a rib-knit sweater is a plausible guess and correct. "down" for a coat sold as "Down
  Alternative", leather for a cotton bomber and silk for a floral polyester-look wrap dress are unsupported.
- Invented details not in the photo (a hood on a crew-neck sweatshirt or a romper, fur on a hood with none, a fur
  collar, a bow at the neck, a belt on a double-breasted coat or on a biker jacket, a slit, a chest pocket, pockets
  on a cardigan, a zip pocket, a pocket square, a chain, shoulder buttons, a logo, words in a print that has none)
  are unsupported, even where the rest of the answer is right.
- Adapter texts: a text that repeats a sentence or a clause of the template is loop; one that stops mid-sentence
  without repeating is cut; the template returned for the material question is restated, even where it names a
  fabric. Where the template misnames the product (the jumpsuit as a dress) that is what the auditor sees first:
  contradiction, hit_limit kept. The adapter's "The lady wears" on a flat-lay or a child is left to the cut or
  loop the text also has.
- A base answer that stops mid-phrase ("it is made of cotton and") is cut without hit_limit. An empty answer, "it is
  made of fabric", "it is made of material", "the details of the dress", "the shorts are short" and a details
  answer that only says what the person wears are non_answer; a material answer that gives the garment's name or
  color ("pajamas", "the leggings are black") is restated.
- Base answers that run on into "Question: ... Answer: ..." are leak, even when they start right.
- "she" or "a woman" for a man or a boy, "he" for a woman, a girl or a women's dress on a mannequin, and "a young
  boy" for the girl wearing a kids' hoodie (the feed row has no gender; the photo shows a girl) are pronoun.
- Flat-lays: a wearing answer that names the garment laid out ("pajamas", "a grey sweatshirt") is correct.
- The reference engine's picks on a multi-colored garment (blue for a blue-and-green check sold as Blue) are
  correct when they name one of its main colors that the seller also gives.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_top = question("color_top", "What is the color of the top?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")

BLIND_251 = [
    # photo: woman in an oversized white tee with a black "BROOKLYN" print across the chest, blue jeans, white
    # studio backdrop, front view. all texts: base / reference engine
    case(
        "X251-001",
        caption("a woman wearing a white t - shirt with the word brooklyn on it"),
        D.wearing("a white t-shirt and jeans"),
        D.garment_type("t-shirt"),
        D.color("white"),
        D.pattern("graphic"),
        D.details("the word brooklyn on the front"),
        D.material("cotton"),
        title="Oversized Tshirt Women Graphic Print Brooklyn Drop Shoulder Cotton Tee Loose Fit Summer S-XXL",
        category="T-Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in navy slim chinos with a white oxford shirt tucked in and a brown belt, grey backdrop, full body.
    # caption: adapter
    case(
        "X251-002",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The trousers are of long length. The trousers are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.details("the pants have pockets on the side and a brown belt"),
        D.material("cotton"),
        title="Men Slim Fit Chino Trousers Navy Stretch Cotton Casual Pants 30 32 34 36",
        category="Trousers",
        color="Navy",
        gender="Men",
    ),
    # photo: woman in a long-sleeve burgundy wrap midi dress with small white flowers, tie at the waist, standing in
    # front of a red brick wall. all texts: base / reference engine
    case(
        "X251-003",
        caption("a woman in a red floral dress standing in front of a brick wall"),
        D.wearing("a red dress with white flowers"),
        D.color("red"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.details("a v neck and a tie at the waist"),
        D.material("silk", "unsupported"),
        title="Womens Floral Wrap Midi Dress Long Sleeve V Neck Boho Maxi Dress Fall Casual Dresses Wine Red",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: flat-lay of a green toddler tee with a print of multicolored dinosaurs, on a white wooden floor.
    # all texts: base / reference engine
    case(
        "X251-004",
        caption("a green t - shirt with dinosaurs on it"),
        D.wearing("a green shirt with dinosaurs"),
        is_a("t-shirt", "yes"),
        D.color("green"),
        D.pattern("graphic"),
        D.details("the shirt has a dinosaur and the word roar on it", "unsupported"),
        D.material("it is made of", "cut"),
        title="Toddler Boys Dinosaur T Shirt Kids Short Sleeve Tee Tops 2-7T Green",
        category="Boys T-Shirts",
        color="Green",
        gender="Boys",
    ),
    # photo: long-haired, bearded man in a black pullover hoodie with a kangaroo pocket and grey joggers, grey
    # backdrop. details: adapter
    case(
        "X251-005",
        caption("a woman in a black hoodie and grey pants", "pronoun"),
        D.wearing("she is wearing a black hoodie and grey sweatpants", "pronoun"),
        D.garment_type("hoodie"),
        D.color("black"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. The gentleman wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.material("fleece"),
        title="Mens Pullover Hoodie Heavyweight Fleece Hooded Sweatshirt Black Plain Basic Hoody S M L XL 2XL",
        category="Hoodies & Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light-wash high-waisted mom jeans with ripped knees, a black tank top tucked in, white sneakers,
    # white studio. caption: adapter
    case(
        "X251-006",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black top and black jeans", "other_garment_color"),
        color_jeans("blue"),
        D.color("black", "other_garment_color"),
        D.details("the jeans have rips on the knees"),
        D.material("denim"),
        title="High Waisted Mom Jeans for Women Light Wash Ripped Vintage Denim Pants Boyfriend Straight Leg",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: woman in a mustard chunky cable-knit cardigan, buttoned, no pockets, over a white tee, blue jeans,
    # beige wall. material: adapter
    case(
        "X251-007",
        caption("a woman wearing a yellow cardigan and jeans"),
        D.garment_type("sweater"),
        D.color("orange", "contradiction"),
        D.details("the cardigan has buttons on the front and two pockets", "unsupported"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The lady wears a long denim",
            "restated",
            hit_limit=True,
        ),
        title="Women's Chunky Cable Knit Cardigan Button Down Sweater Coat Long Sleeve Mustard Outwear",
        category="Cardigans",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a red-and-black buffalo check flannel shirt worn open over a grey tee, blue jeans, white
    # backdrop. caption: adapter
    case(
        "X251-008",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a red and black plaid shirt and a grey shirt Question: what is he wearing on his legs? Answer: jeans",
            "leak",
        ),
        D.pattern("plaid"),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description("a red and black checkered shirt with a grey shirt underneath"),
        title="Mens Flannel Shirt Buffalo Plaid Long Sleeve Button Down Casual Shirts Red Black Check Lumberjack",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: girl of about five in a pink glitter tulle tutu skirt and a white tee with a unicorn, white backdrop.
    # all texts: base / reference engine
    case(
        "X251-009",
        caption("a little girl wearing a pink tutu and a white shirt"),
        D.wearing("a pink tutu and a pink shirt", "contradiction"),
        color_skirt("pink"),
        D.garment_type("dress", "contradiction"),
        D.details("the skirt has a bow on it", "unsupported"),
        D.material("tulle"),
        title="Girls Tutu Skirt Tulle Layered Glitter Ballet Party Skirt Kids 3-8 Years Pink",
        category="Girls Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in black high-waisted leggings (no pockets) and a grey sports bra, a rolled yoga mat at her
    # feet, studio. caption: adapter
    case(
        "X251-010",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. The lady wears a "
            "long leggings. The leggings are with cotton fabric and pure color patterns. The lady wears a tank top "
            "with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey sports bra and black leggings"),
        D.garment_type("leggings"),
        D.color("black"),
        D.details("the leggings have a pocket on the side", "unsupported"),
        D.material("the leggings are black", "restated"),
        title="Womens Yoga Leggings High Waist Tummy Control Workout Gym Pants Squat Proof Black Size XS-XL",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: man in a mid-blue denim trucker jacket (two chest flap pockets, metal buttons) over a white hoodie, black
    # jeans, grey backdrop. all texts: base / reference engine
    case(
        "X251-011",
        caption("a man wearing a denim jacket over a white hoodie"),
        D.wearing("a denim jacket, a white hoodie and black jeans"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the jacket has pockets on the chest and a fur collar", "unsupported"),
        D.material("denim"),
        title="Men's Classic Denim Jacket Trucker Jean Jacket Slim Fit Button Front Coat Blue Wash",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: emerald satin slip dress with a cowl neck and spaghetti straps on a dress form, white backdrop.
    # all texts: base / reference engine
    case(
        "X251-012",
        caption("a green dress on a mannequin"),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.color("green"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the details of the dress", "non_answer"),
        D.material("satin"),
        title="Satin Slip Dress Women Cowl Neck Spaghetti Strap Midi Party Cocktail Dress Emerald",
        category="Dresses",
        color="Emerald Green",
        gender="Women",
    ),
    # photo: flat-lay of a heather grey crew-neck sweatshirt (no hood) on a concrete floor with sunglasses and white
    # sneakers beside it. all texts: base / reference engine
    case(
        "X251-013",
        caption("a grey sweatshirt, a pair of sunglasses and a pair of sneakers"),
        D.wearing("a grey sweatshirt"),
        D.garment_type("hoodie", "contradiction"),
        D.color("grey"),
        D.details("the sweatshirt has a hood", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Mens Crewneck Sweatshirt Basic Plain Pullover Fleece Jumper Heather Grey",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in white linen wide-leg trousers with a drawstring waist, a beige knit short-sleeve top, tan
    # sandals, white studio. caption: adapter
    case(
        "X251-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with linen fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white pants and a beige top"),
        color_pants("white"),
        D.color("beige", "other_garment_color"),
        D.material("linen"),
        D.details("the pants have a drawstring waist Question: what is the color of the shoes? Answer: brown", "leak"),
        title="Womens Linen Wide Leg Pants High Waist Palazzo Trousers Summer Beach Loose White",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: boy of about eight in navy cargo shorts with side pockets and a white polo shirt, white backdrop.
    # details: adapter
    case(
        "X251-015",
        caption("a young boy wearing a white shirt and blue shorts"),
        D.wearing("a white polo shirt and white shorts", "other_garment_color"),
        color_shorts("blue"),
        D.garment_type("shorts"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts",
            "cut",
            hit_limit=True,
        ),
        title="Boys Cargo Shorts Kids Cotton Casual Summer Shorts with Pockets Navy 4-12Y",
        category="Boys Shorts",
        color="Navy",
        gender="Boys",
    ),
    # photo: woman in a long black quilted hooded puffer coat (plain hood, no fur), blue jeans, light grey studio.
    # caption: adapter
    case(
        "X251-016",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "hooded neckline. The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket"),
        D.garment_type("coat"),
        D.color("black"),
        D.sleeve_length("long sleeves"),
        D.details("the jacket has a fur trim on the hood", "unsupported"),
        D.material("down", "unsupported"),
        title="Women's Winter Puffer Coat Hooded Long Down Alternative Jacket Quilted Warm Parka Black",
        category="Coats & Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white pique polo with a small embroidered logo on the chest, khaki chinos, grey backdrop.
    # all texts: base / reference engine
    case(
        "X251-017",
        caption("a man wearing a white polo shirt and khaki pants"),
        D.wearing("a white polo shirt"),
        D.garment_type("t-shirt", "contradiction"),
        D.color("white"),
        D.details("the shirt has a logo on the chest"),
        D.material("the shirt is white", "restated"),
        title="Polo Shirt Men Short Sleeve Pique Cotton Golf Tennis Tshirt Classic Fit White S-3XL",
        category="Polo Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a navy-and-white striped long-sleeve boat-neck top and black trousers, white backdrop.
    # description: adapter
    case(
        "X251-018",
        caption("a woman in a striped shirt and black pants"),
        D.wearing("a striped shirt and black pants Question: what is the color of the shoes? Answer: white", "leak"),
        D.pattern("striped"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.description(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Breton Striped Top Women Long Sleeve Boat Neck Tee Cotton Mariniere Navy White Stripe",
        category="Tops",
        color="Navy/White",
        gender="Women",
    ),
    # photo: man in jet-black skinny jeans ripped at the knees (no chain) and a black tee, black boots, white backdrop.
    # all texts: base / reference engine
    case(
        "X251-019",
        caption("a man in a black t - shirt and black jeans"),
        D.wearing("a black shirt and black jeans"),
        color_jeans("black"),
        D.details("the jeans have rips on the knees and a chain", "unsupported"),
        D.material("denim Question: What is the color of the t-shirt? Answer: black", "leak"),
        title="Mens Skinny Jeans Stretch Slim Fit Denim Pants Jet Black Ripped Knee Biker",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: toddler girl in a sleeveless yellow cotton sundress with small white flowers and a ruffle hem, white
    # backdrop. details: adapter
    case(
        "X251-020",
        caption("a little girl in a yellow dress with flowers"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.material("cotton"),
        D.pattern("floral"),
        D.sleeve_length("sleeveless"),
        D.color("white", "contradiction"),
        D.details(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with floral patterns",
            "loop",
            hit_limit=True,
        ),
        title="Toddler Girl Summer Dress Sleeveless Floral Sundress Ruffle Cotton Casual Dresses 1-6T Yellow",
        category="Girls Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: man in an olive cotton bomber jacket (zip front, ribbed cuffs, sleeve pocket) over a black tee, blue
    # jeans, grey backdrop. caption, details: adapter
    case(
        "X251-021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket and a black shirt"),
        D.color("green"),
        D.garment_type("jacket"),
        D.details(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Men's Lightweight Bomber Jacket Flight Jacket Casual Windbreaker Zip Up Outerwear Army Green",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a red rib-knit turtleneck sweater and black trousers, grey backdrop, waist up.
    # all texts: base / reference engine
    case(
        "X251-022",
        caption("a woman wearing a red turtleneck sweater"),
        D.wearing("he is wearing a red sweater", "pronoun"),
        D.garment_type("sweater"),
        D.color("red"),
        D.details("the sweater has a high neck and buttons on the shoulder", "unsupported"),
        D.material("wool"),
        title="Womens Turtleneck Sweater Ribbed Knit Pullover Long Sleeve Jumper Top Fall Winter Red",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay of a black short-sleeve tee with a large white skull print, on a white backdrop.
    # details: adapter
    case(
        "X251-023",
        caption("a black t - shirt with a white skull on it"),
        D.wearing("a black t - shirt with a skull"),
        D.garment_type("t-shirt"),
        D.color("white", "contradiction"),
        D.pattern("graphic"),
        D.details(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a short-sleeve T-shirt with graphic",
            "loop",
            hit_limit=True,
        ),
        title="Skull Graphic Tee Mens Vintage Rock Band Style T-Shirt Black Cotton Short Sleeve Streetwear",
        category="T-Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in high-waisted frayed blue denim shorts and a white crop top, standing in front of a pink wall.
    # all texts: base / reference engine
    case(
        "X251-024",
        caption("a woman in a white top and denim shorts standing in front of a pink wall"),
        D.wearing("a white crop top and blue shorts"),
        color_shorts("pink", "contradiction"),
        D.details("the shorts are short", "non_answer"),
        D.material("denim"),
        title="Women Denim Shorts High Waisted Frayed Raw Hem Jean Shorts Summer Hot Pants Blue",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a charcoal two-button blazer and matching trousers (no pocket square), white shirt,
    # navy tie, grey backdrop.
    # caption: adapter
    case(
        "X251-025",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a tie",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey suit, a white shirt and a blue tie"),
        D.garment_type("jacket"),
        D.color("grey"),
        D.details("the blazer has two buttons and a pocket square", "unsupported"),
        D.material("a grey blazer", "restated"),
        title="Men's Slim Fit Blazer Two Button Suit Jacket Business Casual Sport Coat Charcoal Grey 38R-46L",
        category="Blazers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in a brown leopard-print satin midi slip skirt (no slit) and a black tee, white backdrop.
    # all texts: base / reference engine
    case(
        "X251-026",
        caption("a woman wearing a black t - shirt and a leopard print skirt"),
        color_skirt("brown"),
        D.color("black", "other_garment_color"),
        D.pattern("floral", "contradiction"),
        D.material("satin"),
        D.details("the skirt has a slit on the side", "unsupported"),
        title="Leopard Print Satin Midi Skirt Women High Waist Slip Skirt Elegant A Line Brown",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: girl of about ten in a royal blue zip-up fleece hoodie with a kangaroo pocket, black leggings, grey
    # backdrop. all texts: base / reference engine. The feed row has no gender.
    case(
        "X251-027",
        caption("a young boy wearing a blue hoodie", "pronoun"),
        D.wearing("a blue hoodie and blue pants", "contradiction"),
        D.garment_type("hoodie"),
        D.color("blue"),
        D.details("the hoodie has a zipper and a pocket"),
        D.material("", "non_answer"),
        title="Kids Zip Up Hoodie Boys Girls Hooded Sweatshirt Jacket Fleece Royal Blue 4-14 Years",
        category="Kids Hoodies",
        color="Royal Blue",
    ),
    # photo: man in khaki cargo trousers with side pockets and a black hoodie, white sneakers, grey backdrop.
    # caption: adapter
    case(
        "X251-028",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a hooded neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black hoodie and tan pants"),
        color_pants("brown"),
        D.color("black", "other_garment_color"),
        D.details("the pants have pockets on the sides"),
        D.material("it is made of cotton and", "cut"),
        title="Mens Cargo Pants Relaxed Fit Combat Trousers Multi Pocket Work Pants Khaki 30-40",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: woman in a lilac satin long-sleeve button-down blouse (plain collar, no bow) tucked into white
    # trousers, white backdrop. material: adapter
    case(
        "X251-029",
        caption("a woman in a purple blouse and white pants"),
        D.wearing("a purple shirt and purple pants", "contradiction"),
        D.garment_type("shirt"),
        D.color("purple"),
        D.details("the blouse has buttons down the front and a bow at the neck", "unsupported"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Satin Blouse Long Sleeve Button Down Shirt Office Work Top Silky Lilac",
        category="Shirts & Blouses",
        color="Lilac",
        gender="Women",
    ),
    # photo: flat-lay of blue swim trunks with a print of green palm leaves and a white drawstring (no zip pocket),
    # a pair of flip flops beside them, white backdrop. all texts: base / reference engine
    case(
        "X251-030",
        caption("a pair of blue shorts with palm leaves and a pair of flip flops"),
        is_a("pair of shorts", "yes"),
        D.color("green", "contradiction"),
        D.details("the shorts have a drawstring waist and a zipper pocket", "unsupported"),
        D.description("blue swim shorts with green leaves Question: what are the shoes? Answer: flip flops", "leak"),
        title="Mens Swim Trunks Quick Dry Board Shorts with Mesh Lining Tropical Print Beach Shorts Blue Palm",
        category="Swimwear",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black sleeveless halter wide-leg jumpsuit, black heels, white wall. details: adapter
    case(
        "X251-031",
        caption("a woman in a black jumpsuit"),
        D.wearing("a black dress", "contradiction"),
        D.garment_type("jumpsuit"),
        D.sleeve_length("sleeveless"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure",
            "contradiction",
            hit_limit=True,
        ),
        title="Womens Jumpsuit Halter Neck Sleeveless Wide Leg Romper Elegant Party Playsuit Black Long",
        category="Jumpsuits",
        color="Black",
        gender="Women",
    ),
    # photo: man in a white linen long-sleeve shirt (no chest pocket) with the sleeves rolled to the elbows, beige
    # shorts, sandy beige backdrop. all texts: base / reference engine
    case(
        "X251-032",
        caption("a man in a white shirt and beige shorts"),
        D.wearing("a white shirt and white shorts", "contradiction"),
        D.color("white"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("the shirt has a pocket on the chest and buttons", "unsupported"),
        D.material("linen"),
        title="Mens Linen Shirt Casual Button Down Long Sleeve Summer Beach Shirt Regular Fit White",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of a pink short-sleeve baby romper with small white flowers and snaps at the crotch, on a white
    # blanket with a teddy bear. all texts: base / reference engine
    case(
        "X251-033",
        caption("a pink baby romper with a teddy bear"),
        D.garment_type("jumpsuit"),
        D.color("pink"),
        D.pattern("polka dot", "contradiction"),
        D.details("the romper has snaps on the bottom and a hood", "unsupported"),
        D.material("cotton"),
        title="Baby Girl Romper Cotton Short Sleeve Bodysuit Floral Jumpsuit Outfit 0-24 Months Pink",
        category="Baby Rompers",
        color="Pink",
        gender="Girls",
    ),
    # photo: man in a plain navy crew-neck tee and grey shorts, white backdrop (one tee shown, sold as a 3 pack).
    # caption: adapter
    case(
        "X251-034",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and grey shorts"),
        D.garment_type("t-shirt"),
        D.color("grey", "other_garment_color"),
        D.description("a navy blue t - shirt"),
        D.details("he is wearing a t-shirt", "non_answer"),
        title="Mens Basic Tee Crew Neck Cotton T-Shirt Plain Short Sleeve Regular Fit Navy Blue 3 Pack",
        category="T-Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: woman walking on a city street in a long camel double-breasted wool-blend coat (no belt) over a black
    # turtleneck and black jeans. all texts: base / reference engine
    case(
        "X251-035",
        caption("a woman in a brown coat walking down the street"),
        D.wearing("a brown coat and brown pants", "contradiction"),
        D.garment_type("coat"),
        D.color("brown"),
        D.details("the coat has a belt", "unsupported"),
        D.material("wool"),
        title="Womens Wool Blend Coat Long Overcoat Double Breasted Trench Winter Pea Coat Camel",
        category="Coats",
        color="Camel",
        gender="Women",
    ),
    # photo: man in a black two-piece tracksuit (full-zip jacket and jogging pants) with white stripes down the
    # sleeves and legs, white sneakers, grey backdrop. details: adapter
    case(
        "X251-036",
        caption("a man in a black and white tracksuit"),
        D.wearing("a black jacket and black pants with white stripes"),
        is_a("tracksuit", "yes"),
        D.color("white", "contradiction"),
        color_pants("black"),
        D.details(
            "The gentleman wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers",
            "cut",
            hit_limit=True,
        ),
        title="Mens Tracksuit 2 Piece Set Full Zip Jacket Jogging Pants Sports Sweatsuit Black White Stripe",
        category="Tracksuits",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a hot pink ribbed long-sleeve square-neck bodycon mini dress, silver bracelet, grey backdrop.
    # caption: adapter
    case(
        "X251-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a pink dress"),
        D.color("red", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("it is made of material", "non_answer"),
        D.details("the dress has a square neck Question: what is the length of the dress? Answer: short", "leak"),
        title="Ribbed Bodycon Dress Women Long Sleeve Mini Dress Club Party Sexy Square Neck Hot Pink",
        category="Dresses",
        color="Hot Pink",
        gender="Women",
    ),
    # photo: boy of about six in a short-sleeve blue-and-green check button-down shirt and beige shorts, white
    # backdrop. all texts: base / reference engine
    case(
        "X251-038",
        caption("a young boy wearing a blue and green plaid shirt"),
        D.wearing("she is wearing a plaid shirt and shorts", "pronoun"),
        D.pattern("plaid"),
        D.sleeve_length("short sleeves"),
        D.color("blue"),
        D.material("the shirt is blue and green", "restated"),
        title="Boys Short Sleeve Button Down Shirt Plaid Check Kids Casual Cotton Shirts 3-12 Years Blue Green",
        category="Boys Shirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: woman in a sage green seamless sports bra and matching high-waist leggings, white backdrop.
    # details: adapter
    case(
        "X251-039",
        caption("a woman in a green sports bra and leggings"),
        D.wearing("a green sports bra and green leggings"),
        D.color("green"),
        color_top("green"),
        D.description("a green two piece workout set with a white logo on the front", "unsupported"),
        D.details(
            "The lady wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        title="Workout Sets for Women 2 Piece Seamless Yoga Outfit Sports Bra High Waist Leggings Gym Set Sage",
        category="Activewear Sets",
        color="Sage Green",
        gender="Women",
    ),
    # photo: man in a black faux leather biker jacket (silver zips, no belt) over a white tee, black jeans, grey
    # backdrop. caption: adapter
    case(
        "X251-040",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is "
            "with leather",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black leather jacket and a black shirt", "contradiction"),
        D.color("black"),
        D.details("the jacket has silver zippers and a belt", "unsupported"),
        D.material("leather"),
        title="Mens Faux Leather Jacket Motorcycle Biker Jacket PU Slim Fit Zip Up Moto Coat Black",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey-and-black tartan pleated mini skirt on a mannequin torso with a white fitted top, white backdrop.
    # all texts: base / reference engine. The feed row has no category.
    case(
        "X251-041",
        caption("a mannequin wearing a white top and a plaid skirt"),
        D.garment_type("skirt"),
        D.pattern("plaid"),
        color_skirt("grey"),
        D.color("white", "other_garment_color"),
        D.details("the skirt is pleated"),
        D.description(
            "a grey and black plaid skirt with a white shirt Question: what is the color of the top? Answer: white",
            "leak",
        ),
        title="Plaid Mini Skirt Women High Waist A Line Pleated Tartan School Skirt Y2K Grey Check",
        color="Grey",
        gender="Women",
    ),
    # photo: flat-lay of a girls' purple long-sleeve pyjama top and trousers with a print of small white stars.
    # caption: adapter
    case(
        "X251-042",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing("pajamas"),
        D.color("purple"),
        D.pattern("striped", "contradiction"),
        D.details("the pajamas have stars on them"),
        D.material("pajamas", "restated"),
        title="Girls Pajamas Set Kids Cotton Long Sleeve Sleepwear 2 Piece PJs Star Print Purple 2-12Y",
        category="Kids Nightwear",
        color="Purple",
        gender="Girls",
    ),
    # photo: man in a burgundy v-neck knit sweater over a white collared shirt, grey trousers, grey backdrop.
    # details, material: adapter
    case(
        "X251-043",
        caption("a man wearing a red sweater over a white shirt"),
        D.wearing("a red sweater and red pants", "contradiction"),
        D.garment_type("sweater"),
        D.color("red"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a V-shape neckline. The sweater is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It "
            "has a V-shape neckline. The gentleman wears a long",
            "restated",
            hit_limit=True,
        ),
        title="Mens V Neck Sweater Cotton Knit Pullover Jumper Slim Fit Long Sleeve Burgundy Wine",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: woman in a sleeveless mid-blue denim pinafore dress with a bib pocket, over a red-and-white striped
    # short-sleeve tee, white sneakers, white backdrop. details: adapter
    case(
        "X251-044",
        caption("a woman wearing a denim overall dress and a striped shirt"),
        D.wearing("a blue overall and a red and white striped shirt"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "suspenders neckline. The lady wears a short-sleeve T-shirt",
            "cut",
            hit_limit=True,
        ),
        D.material("denim"),
        title="Denim Overall Dress Women Pinafore Dress Adjustable Strap Jean Dress with Pockets Mid Blue",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: man in grey marl tapered joggers with zip pockets, a white tee and white sneakers, white backdrop.
    # caption: adapter
    case(
        "X251-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and grey sweatpants"),
        color_pants("grey"),
        D.color("grey"),
        D.details("the pants have a zipper pocket Question: what shoes is he wearing? Answer: white sneakers", "leak"),
        D.material("grey sweatpants", "restated"),
        title="Mens Joggers Sweatpants Slim Fit Tapered Track Pants Gym Running Trousers with Zip Pockets Grey Marl",
        category="Joggers",
        color="Grey",
        gender="Men",
    ),
    # photo: woman in an oversized pink, blue and yellow tie-dye tee and black bike shorts, white wall.
    # details, material: adapter
    case(
        "X251-046",
        caption("a woman in a tie dye shirt and black shorts"),
        D.wearing("a colorful shirt"),
        D.garment_type("t-shirt"),
        D.color("black", "other_garment_color"),
        D.details(
            "The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears",
            "restated",
            hit_limit=True,
        ),
        title="Tie Dye T Shirts for Women Oversized Short Sleeve Crewneck Tee Summer Casual Top Multicolor",
        category="T-Shirts",
        color="Multi",
        gender="Women",
    ),
]
