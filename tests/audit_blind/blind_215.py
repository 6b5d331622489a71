"""BLIND_215 (46 products; UK high-street women's patterned knitwear, shirts and trousers): written blind in the
fortieth session. Measured blind at 16cc4c4 (the session's rules as they stood): 102/131 failures found (77.9%) and
7/167 correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: a UK high-street retailer's feed of women's knitwear, shirts and trousers in busy patterns: Breton
stripes, ginghams and checks (tartan, dogtooth, Prince of Wales), florals, leopard, zebra and snake prints, Fair Isle
knits, colour-blocked jumpers and cardigans. Most photos are model shots on a plain studio backdrop, some in front of
a coloured or brick wall, many layered (a shirt under a jumper, a cardigan over a Breton top, a blazer over the
trousers); a few are close-up detail shots of the fabric with no person in them. Each row has the seller's title,
category, color and gender; the colors are the retailer's own (Navy Mix, Ecru Multi, Oatmeal, Mono, Camel), and a few
rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
striped sweater and jeans") or from the caption-only LoRA adapter (the DeepFashion template, "The lady wears a
long-sleeve sweater with striped patterns. The sweater is with cotton fabric ..."), which was trained with no end
token: all its texts run to the limit (50 new tokens for captions, 30 for answers), carry hit_limit=True, and when it
is asked a question it returns its template. The open questions (wearing, description, details, material, the
per-garment open color questions) come from the base model unless the comment says the adapter answered; the base
model stops on its own and never has hit_limit. The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece colors asked closed, "Is this a ...?") are enrich's `--engine reference` answers chosen from candidate
sets: they never loop or get cut, but they pick the wrong candidate on busy prints and layered outfits.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy, white or cream for ecru and off white, beige
  for oatmeal, stone or camel, brown for tan, camel or a brown leopard, purple for lilac, green for forest or olive,
  grey for charcoal, multicolor for Multi. Where the seller's color is a mix (Navy Mix, Ecru Multi, Black/White,
  Mono) any color of the garment's own stripes, blocks or print is correct. Where the seller names one ground color
  (Pink, Cream, Brown, Blue), the color of the print's spots or flowers, or of a trim (the gold button of leopard
  trousers), given as the garment's color is contradiction.
- The color of another piece (the jeans, the roll neck under it, the shirt collar under a vest, the jumper over a
  shirt) given as the product's color is other_garment_color, also where the print happens to share it. A color no
  piece has (the pink of the wall given to a white tee) is contradiction.
- Garment synonyms count as correct: jumper = sweater, trousers = pants, blouse = shirt, sweater for a cardigan (a
  cardigan is a sweater that opens), sweater vest for a knitted tank, jacket for an overshirt (a shacket). A
  cardigan called a coat or a jacket, wide-leg trousers called a skirt, cropped trousers called shorts, the blazer
  or the jumper worn over the product picked as the garment type, a jumper answered "yes" to "Is this a cardigan?",
  a cardigan answered "no": contradiction.
- Patterns: checked for gingham, tartan, dogtooth and Prince of Wales check; geometric for Fair Isle and argyle;
  animal print for leopard, zebra and snake. Gingham or check called striped, Fair Isle called floral or striped,
  a ditsy floral called polka dot, the Breton top's stripes given as a plain colour-block cardigan's pattern:
  contradiction. Sleeves of the shirt under a sleeveless knitted vest given as the vest's sleeves: contradiction.
- Materials: one the title names is correct, and so is a plausible guess on a knit with no fiber named (wool,
  cotton) and flannel for brushed cotton; silk on a matte print, faux fur on a jacquard knit, cashmere on a knit
  whose title names no fiber and denim on linen trousers are unsupported.
- Invented items (a belt, a necklace, a tie, a scarf, a chest pocket or patch pockets the photo does not show, a zip
  fly hidden under a blazer, a drawstring on an elasticated waist) are unsupported.
- Adapter texts: a text that repeats a sentence (or the opening of one) of the template is loop; one that stops
  mid-sentence without repeating is cut, even where it invented a belt or a wrong neckline before stopping; the
  template returned for the material question is restated (hit_limit kept). On a close-up with no person the
  adapter still writes "the lady wears": the loop or cut is what the auditor sees first.
- Base answers: an empty answer, "nothing", "none", "i don't know", "fabric", "a soft material", "the details of the
  blouse", and "they are pants" or "it is a blouse" for "Describe the garment." are non_answer; a material or details
  question answered with what the garment or the person is ("the pants are floral", "a pink cardigan", "she is wearing
  a striped sweater") is restated; an early stop ("it is made of") is cut without hit_limit; a phrase said over again
  ("ruffled collar, ruffled collar") is loop; a run-on into "Question: ... Answer: ..." is leak even where the first
  words are right; "he", "his" or "a man" for a woman is pronoun, also on a close-up where no person shows.
- The base model's layered answers ("a grey sweater and a blue and white striped shirt" for the shirt under the
  jumper) are correct: they name each piece in its own color.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a

BLIND_215 = [
    # photo: model in a navy and ecru Breton stripe crew-neck jumper, long sleeves, light blue jeans, white backdrop.
    # adapter: none
    case(
        "X215-001",
        caption("a woman wearing a blue and white striped sweater and jeans"),
        D.wearing("a striped sweater and jeans"),
        D.garment_type("sweater"),
        D.color("navy"),
        D.pattern("striped"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Navy Stripe Cotton Breton Jumper",
        category="Knitwear",
        color="Navy Mix",
        gender="Women",
    ),
    # photo: model in a red and white gingham long-sleeve shirt with a chest pocket, tucked into black trousers,
    # grey backdrop. caption: adapter
    case(
        "X215-002",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears a long-sleeve shirt with lattice",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and white checkered shirt and black pants"),
        D.color("black", "other_garment_color"),
        D.pattern("checked"),
        is_a("shirt", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.details("it has a pocket on the chest and buttons down the front"),
        title="Red Gingham Cotton Shirt",
        category="Shirts & Blouses",
        color="Red",
        gender="Women",
    ),
    # photo: model in brown, tan and black leopard print wide-leg trousers (matte crepe), black fitted roll neck,
    # full length, grey backdrop. adapter: none
    case(
        "X215-003",
        caption("a woman in leopard print pants and a black top"),
        D.wearing("he is wearing leopard print pants", "pronoun"),
        color_of("trousers", "black", "other_garment_color"),
        D.pattern("animal print"),
        D.material("silk", "unsupported"),
        D.description("the pants are wide leg with a high waist"),
        title="Leopard Print Wide Leg Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a cream Fair Isle jumper, navy, red and mustard yoke with snowflake motifs, crew neck, long
    # sleeves, blue jeans, white backdrop. caption: adapter
    case(
        "X215-004",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with wool fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sweater with a snowflake pattern"),
        D.color("cream"),
        D.pattern("floral", "contradiction"),
        D.material("wool"),
        D.details(
            "the sweater has a snowflake pattern on the yoke and a zip at the neck",
            "unsupported",
        ),
        D.sleeve_length("long sleeves"),
        title="Fair Isle Yoke Wool Blend Jumper",
        category="Knitwear",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a colour-block V-neck cardigan (pink body, red sleeves, orange button band), buttoned, white
    # tee showing at the neck, blue jeans, white backdrop. adapter: none
    case(
        "X215-005",
        caption("a woman wearing a pink and red cardigan"),
        D.wearing("a pink cardigan and a white shirt"),
        D.color("white", "other_garment_color"),
        is_a("cardigan", "yes"),
        D.details(
            "the cardigan has buttons on the front and a v neck and a v neck and a v neck",
            "loop",
        ),
        D.material("a pink cardigan", "restated"),
        D.pattern("color block"),
        title="Colour Block V Neck Cardigan",
        category="Cardigans",
        color="Pink Mix",
        gender="Women",
    ),
    # photo: close-up detail shot of an oatmeal cable-knit jumper front, no person, light grey surface.
    # adapter: none
    case(
        "X215-006",
        caption("a close up of a knitted blanket", "contradiction"),
        D.garment_type("sweater"),
        D.color("beige"),
        D.material("wool"),
        D.details("cable knit"),
        D.wearing(
            "a sweater Question: What is the color of the garment? Answer: beige",
            "leak",
        ),
        D.description("it is a beige cable knit sweater"),
        title="Cable Knit Crew Neck Jumper",
        category="Knitwear",
        color="Oatmeal",
        gender="Women",
    ),
    # photo: model in a black blouse with pink and yellow roses, long puff sleeves, tie neck, white jeans, in
    # front of a white brick wall. adapter: none
    case(
        "X215-007",
        caption("a woman in a floral blouse standing in front of a white brick wall"),
        D.color("white", "other_garment_color"),
        D.wearing("a black floral top and white jeans"),
        D.description("the blouse is black with pink flowers and a bow at the neck"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.material("it is made of", "cut"),
        title="Black Floral Tie Neck Blouse",
        category="Shirts & Blouses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rainbow multi-stripe crew-neck cardigan worn open over a black vest top, black trousers,
    # white backdrop. details, description: adapter
    case(
        "X215-008",
        caption("a woman in a striped cardigan and black pants"),
        D.details(
            "The cardigan is with knitting fabric and striped patterns. It has a round neckline. The cardigan is "
            "with knitting fabric and striped",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric. It "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("multicolor"),
        D.garment_type("cardigan"),
        D.material(
            "The lady wears a long-sleeve cardigan with striped patterns. The cardigan is with knitting fabric. It "
            "has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Rainbow Stripe Crew Neck Cardigan",
        category="Cardigans",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a tan and black leopard print satin shirt, long sleeves, tucked into blue jeans, no belt
    # (plain waistband shows), cream backdrop. adapter: none
    case(
        "X215-009",
        caption("a woman wearing a leopard print shirt and jeans"),
        D.wearing("a leopard print shirt and blue jeans with a brown belt", "unsupported"),
        D.color("blue", "other_garment_color"),
        D.material("satin"),
        D.pattern("animal print"),
        D.details(
            "it has a collar and buttons Question: what is the color of the shirt? Answer: brown",
            "leak",
        ),
        title="Leopard Print Satin Shirt",
        category="Shirts & Blouses",
        color="Brown",
        gender="Women",
    ),
    # photo: model in grey and pink Prince of Wales check tapered trousers, a pink crew-neck jumper tucked in,
    # white trainers, white backdrop. adapter: none
    case(
        "X215-010",
        caption("a woman in a pink sweater and plaid pants"),
        color_of("trousers", "pink", "other_garment_color"),
        D.wearing("a pink sweater and grey plaid pants"),
        D.pattern("checked"),
        D.garment_type("pants"),
        is_a("pants", "yes", article="a pair of"),
        D.description(
            "the pants are grey and pink plaid with a high waist and a belt",
            "unsupported",
        ),
        title="Prince of Wales Check Tapered Trousers",
        category="Trousers",
        color="Grey Mix",
        gender="Women",
    ),
    # photo: close-up detail of a blue ditsy floral shirt (small white flowers), collar edge and two white buttons,
    # no person. adapter: none
    case(
        "X215-011",
        caption("a close up of a blue and white floral shirt"),
        D.color("blue"),
        D.pattern("polka dot", "contradiction"),
        D.details("small white flowers and white buttons"),
        D.material("the shirt is made of", "cut"),
        D.wearing("he is wearing a blue shirt", "pronoun"),
        title="Blue Ditsy Floral Cotton Shirt",
        category="Shirts & Blouses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red and ecru Breton stripe jumper with gold buttons on the left shoulder, navy trousers,
    # white backdrop. caption: adapter
    case(
        "X215-012",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric. The lady wears a "
            "long-sleeve sweater with striped patterns",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red and white striped sweater and navy pants"),
        D.color("navy", "other_garment_color"),
        D.details("it has buttons on the shoulder"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        D.material("it is a red and white striped sweater", "restated"),
        title="Cotton Rich Breton Jumper with Button Shoulder",
        category="Knitwear",
        color="Red Mix",
        gender="Women",
    ),
    # photo: model in an oversized black and white gingham shirt worn open over a black vest top, black jeans,
    # no pockets, white backdrop. adapter: none
    case(
        "X215-013",
        caption("a woman wearing a black and white checkered shirt over a black tank top"),
        D.color("black"),
        D.garment_type("shirt"),
        D.pattern("striped", "contradiction"),
        D.wearing("black and white checkered shirt, black and white checkered shirt", "loop"),
        D.material("cotton"),
        D.details(
            "the shirt is oversized and has a collar and a pocket on the chest",
            "unsupported",
        ),
        D.description("he is wearing a checkered shirt", "pronoun"),
        title="Gingham Oversized Cotton Shirt",
        category="Shirts & Blouses",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a navy Fair Isle cardigan (red, cream, green pattern), buttoned, white shirt collar out over
    # the neck, beige chinos, grey backdrop. caption, details: adapter
    case(
        "X215-014",
        caption(
            "The lady wears a long-sleeve cardigan with color block patterns. The cardigan is with knitting fabric. "
            "It has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric. The lady "
            "wears a long-sleeve cardigan with color",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.wearing("a navy sweater with a white collar and khaki pants"),
        D.pattern("floral", "contradiction"),
        D.material("wool"),
        D.details(
            "The cardigan is with knitting fabric and graphic patterns. It has a v-shape neckline. The lady wears a "
            "long pants. The",
            "cut",
            hit_limit=True,
        ),
        is_a("cardigan", "no", "contradiction"),
        title="Fair Isle Button Through Cardigan",
        category="Cardigans",
        color="Navy",
        gender="Women",
    ),
    # photo: model in green wide-leg linen trousers with large white and orange flowers, elasticated waist (no
    # drawstring), side pockets, white tee tucked in, in front of a pale pink wall. adapter: none
    case(
        "X215-015",
        caption("a woman in a white t-shirt and floral pants standing in front of a pink wall"),
        color_of("trousers", "green"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        D.details("the pants have pockets on the side and a drawstring waist", "unsupported"),
        D.wearing("floral pants and a pink shirt", "contradiction"),
        title="Floral Linen Blend Wide Leg Trousers",
        category="Trousers",
        color="Green",
        gender="Women",
    ),
    # photo: model in a camel, black and cream leopard jacquard knit jumper, crew neck, long sleeves, black
    # leather-look trousers, grey backdrop. adapter: none
    case(
        "X215-016",
        caption("a woman wearing a leopard print sweater and black pants"),
        D.color("black", "other_garment_color"),
        D.wearing(
            "a leopard print sweater and black pants Question: what is the material of the sweater? Answer: wool",
            "leak",
        ),
        D.material("faux fur", "unsupported"),
        D.pattern("animal print"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Leopard Jacquard Crew Neck Jumper",
        category="Knitwear",
        color="Camel",
        gender="Women",
    ),
    # photo: model in an oversized blue and white vertical stripe poplin shirt, white jeans, holding a straw bag,
    # white backdrop. adapter: none
    case(
        "X215-017",
        caption("a woman in a blue and white striped shirt holding a straw bag"),
        D.wearing("a blue striped shirt and blue jeans", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.garment_type("shirt"),
        D.details("the shirt has a collar and buttons and it is oversized"),
        D.material(
            "cotton Question: What is the pattern of the garment? Answer: striped",
            "leak",
        ),
        title="Blue Stripe Oversized Poplin Shirt",
        category="Shirts & Blouses",
        color="Blue",
        gender="Women",
    ),
    # photo: close-up detail of brown leopard print trousers at the waistband: gold button, belt loop, no person.
    # caption, material: adapter
    case(
        "X215-018",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns. This lady wears "
            "a long pants. The pants are with cotton fabric and graphic patterns. The lower clothing is of long",
            "loop",
            hit_limit=True,
        ),
        D.color("gold", "contradiction"),
        D.garment_type("pants"),
        D.details("a gold button and a belt loop"),
        D.description("leopard print pants"),
        D.material(
            "The lower clothing is of long length. The fabric is cotton and it has graphic patterns. This lady wears "
            "a long pants. The",
            "restated",
            hit_limit=True,
        ),
        title="Leopard Print Straight Leg Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a colour-block crew-neck jumper (ecru body, green sleeves, blue hem band), blue jeans, white
    # backdrop. adapter: none
    case(
        "X215-019",
        caption("a woman wearing a white sweater with green sleeves"),
        D.color("green"),
        D.pattern("color block"),
        D.wearing("a white and green sweater and blue jeans"),
        D.description(
            "the sweater is white with green sleeves and a blue stripe at the bottom and a blue stripe at the bottom "
            "and a blue stripe",
            "loop",
        ),
        D.material("wool"),
        is_a("cardigan", "yes", "contradiction"),
        title="Colour Block Crew Neck Jumper",
        category="Knitwear",
        color="Ecru Multi",
        gender="Women",
    ),
    # photo: model in a cream short-sleeve camp-collar shirt with red poppies, no pockets, red wide-leg
    # trousers, white backdrop. adapter: none
    case(
        "X215-020",
        caption("a woman in a white floral shirt and red pants"),
        D.color("red", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.pattern("floral"),
        D.wearing("a floral shirt and red pants"),
        D.details(
            "the shirt has a collar and buttons and a pocket on the chest",
            "unsupported",
        ),
        is_a("blouse", "yes"),
        title="Poppy Print Camp Collar Shirt",
        category="Shirts & Blouses",
        color="Cream",
        gender="Women",
    ),
    # photo: model in pink and white gingham cropped straight-leg trousers, a white long-sleeve blouse, white
    # backdrop. caption: adapter
    case(
        "X215-021",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns and a long pants. The blouse is with "
            "chiffon fabric. It has a round neckline. The pants are with cotton fabric and lattice patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("trousers", "pink"),
        D.wearing("a white shirt and pink and white checkered pants"),
        D.garment_type("shorts", "contradiction"),
        D.pattern("checked"),
        D.material("the pants are pink and white checkered", "restated"),
        title="Pink Gingham Cropped Trousers",
        category="Trousers",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a brown, mustard and cream Fair Isle knitted vest (sleeveless) over a white long-sleeve shirt,
    # blue jeans, white backdrop. adapter: none
    case(
        "X215-022",
        caption("a woman wearing a sweater vest over a white shirt"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("vest"),
        D.color("white", "other_garment_color"),
        D.pattern("polka dot", "contradiction"),
        D.wearing("a sweater vest and a white shirt and jeans"),
        D.material("the vest is made of", "cut"),
        title="Fair Isle Knitted Vest",
        category="Knitwear",
        color="Brown Mix",
        gender="Women",
    ),
    # photo: model in a black and white zebra print satin shirt, long sleeves, no pockets, black trousers, grey
    # backdrop. adapter: none
    case(
        "X215-023",
        caption("a man wearing a black and white zebra print shirt", "pronoun"),
        D.pattern("animal print"),
        D.color("black"),
        D.material("fabric", "non_answer"),
        D.details("it has a pocket on the chest and long sleeves", "unsupported"),
        D.wearing("a zebra print shirt and black pants"),
        title="Zebra Print Satin Shirt",
        category="Shirts & Blouses",
        color="Mono",
        gender="Women",
    ),
    # photo: close-up detail of a red, navy and white Fair Isle yoke knit, no person. adapter: none
    case(
        "X215-024",
        caption("a close up of a red and white knitted sweater"),
        D.details("", "non_answer"),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.material("wool"),
        D.garment_type("scarf", "contradiction"),
        title="Wool Blend Fair Isle Jumper",
        category="Knitwear",
        color="Red Mix",
        gender="Women",
    ),
    # photo: model in a split colour-block cardigan (left half yellow, right half lilac), V-neck, buttoned, white
    # tee under, light blue jeans, grey backdrop. caption: adapter
    case(
        "X215-025",
        caption(
            "The lady wears a long-sleeve cardigan with color block patterns. The cardigan is with knitting fabric. "
            "It has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("purple"),
        D.wearing("a yellow and purple sweater and jeans"),
        D.details("buttons"),
        is_a("cardigan", "yes"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long sleeves"),
        title="Colour Block V Neck Cardigan",
        category="Cardigans",
        color="Lilac Mix",
        gender="Women",
    ),
    # photo: model in black and white dogtooth check wide-leg trousers, black knit top, black ankle boots, front
    # view, white backdrop. adapter: none
    case(
        "X215-026",
        caption("a woman in black and white checkered pants and black boots"),
        D.pattern("checked"),
        D.wearing("a black sweater, black and white pants and black shoes"),
        D.description("they are pants", "non_answer"),
        D.material("the pants are made of wool and the pants are made of wool", "loop"),
        D.garment_type("skirt", "contradiction"),
        title="Dogtooth Check Wide Leg Trousers",
        category="Trousers",
        color="Black/White",
        gender="Women",
    ),
    # photo: model in a sheer pink floral blouse with a ruffle collar, long sleeves, pink camisole under, no
    # jewellery, white backdrop. adapter: none
    case(
        "X215-027",
        caption("a woman in a pink floral blouse with ruffles"),
        D.color("pink"),
        D.wearing("a pink blouse with flowers and a necklace", "unsupported"),
        D.details("ruffled collar, ruffled collar, ruffled collar", "loop"),
        D.material("chiffon"),
        D.description("it is a blouse", "non_answer"),
        D.sleeve_length("long sleeves"),
        title="Floral Ruffle Collar Chiffon Blouse",
        category="Shirts & Blouses",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a brown and black leopard print knit cardigan, V-neck, buttoned, black jeans, white backdrop.
    # description, details: adapter
    case(
        "X215-028",
        caption("a woman in a leopard print cardigan"),
        D.description(
            "The lady wears a long-sleeve cardigan with graphic patterns. The cardigan is with knitting fabric. It "
            "has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The cardigan is with knitting fabric and graphic patterns. It has a v-shape neckline. The cardigan is "
            "with knitting fabric and graphic patterns",
            "loop",
            hit_limit=True,
        ),
        D.color("orange", "contradiction"),
        D.pattern("animal print"),
        D.wearing("a leopard print cardigan and black jeans"),
        title="Leopard Print V Neck Cardigan",
        category="Cardigans",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a green and navy tartan brushed cotton shirt (two chest pockets) worn open over a white tee,
    # black jeans, grey backdrop. adapter: none
    case(
        "X215-029",
        caption("a man wearing a plaid shirt and black jeans", "pronoun"),
        D.color("green"),
        D.pattern("checked"),
        D.wearing(
            "a plaid shirt, a white t-shirt and black jeans Question: What is the color of the shirt? Answer: green",
            "leak",
        ),
        D.material("flannel"),
        D.details("two pockets on the chest and buttons down the front"),
        D.sleeve_length("long sleeves"),
        title="Tartan Brushed Cotton Shirt",
        category="Shirts & Blouses",
        color="Green Check",
        gender="Women",
    ),
    # photo: model in a cropped ecru and navy Breton stripe cardigan, buttoned, red wide-leg trousers, white
    # backdrop. caption: adapter
    case(
        "X215-030",
        caption(
            "The lady wears a long-sleeve cardigan with striped patterns and a long pants. The cardigan is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a long-sleeve cardigan with striped",
            "loop",
            hit_limit=True,
        ),
        D.color("red", "other_garment_color"),
        D.wearing("a striped sweater and red pants"),
        D.garment_type("cardigan"),
        D.material("cotton"),
        D.details("she is wearing a striped sweater", "restated"),
        title="Breton Stripe Cropped Cardigan",
        category="Cardigans",
        color="Ecru/Navy",
        gender="Women",
    ),
    # photo: model in multicolour floral straight-leg trousers, black blazer over a black tee, the blazer hanging
    # over the waistband, white backdrop. adapter: none
    case(
        "X215-031",
        caption("a woman in a black blazer and floral pants"),
        D.garment_type("jacket", "contradiction"),
        color_of("trousers", "multicolor"),
        D.wearing("a black jacket and floral pants"),
        D.details("a zip fly and two pockets", "unsupported"),
        D.material("the pants are floral", "restated"),
        title="Floral Print Straight Leg Trousers",
        category="Trousers",
        color="Multi",
        gender="Women",
    ),
    # photo: close-up detail of a navy and white gingham shirt cuff with one button, no person. adapter: none
    case(
        "X215-032",
        caption("a close up of a blue and white checkered shirt"),
        D.color("blue"),
        D.pattern("checked"),
        D.details("a button on the cuff"),
        D.garment_type("shirt"),
        title="Navy Gingham Cotton Shirt",
        category="Shirts & Blouses",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a grey and beige snake print V-neck blouse (matte), long sleeves, tucked into beige trousers,
    # white backdrop. adapter: none
    case(
        "X215-033",
        caption("a woman wearing a snake print blouse and beige pants"),
        D.color("beige"),
        D.pattern("animal print"),
        D.wearing("she is wearing a blouse"),
        D.details("the details of the blouse", "non_answer"),
        D.material("silk", "unsupported"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Snake Print V Neck Blouse",
        category="Shirts & Blouses",
        color="Neutral",
        gender="Women",
    ),
    # photo: model in a rainbow horizontal stripe jumper (red, orange, yellow, green, blue), blue jeans, in front of
    # a yellow wall. adapter: none. The row has no gender.
    case(
        "X215-034",
        caption("a woman in a striped sweater standing in front of a yellow wall"),
        D.color("yellow"),
        D.wearing("a rainbow striped sweater and jeans"),
        D.pattern("striped"),
        D.material("cotton"),
        D.details("it has a round neck and a round neck and a round neck", "loop"),
        title="Rainbow Stripe Jumper",
        category="Knitwear",
        color="Multi",
    ),
    # photo: model in brown and cream check wide-leg trousers, a cream roll-neck jumper tucked in, white backdrop.
    # wearing, material: adapter
    case(
        "X215-035",
        caption("a woman in a white sweater and brown plaid pants"),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "wool fabric. It has a high",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_of("trousers", "brown"),
        D.pattern("striped", "contradiction"),
        D.material(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The pants are with "
            "cotton fabric and lattice",
            "restated",
            hit_limit=True,
        ),
        title="Check Wide Leg Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a grey crew-neck jumper with a blue and white striped poplin shirt under it (collar, cuffs and
    # hem showing), dark jeans, white backdrop; the product is the shirt. adapter: none
    case(
        "X215-036",
        caption("a woman wearing a grey sweater over a striped shirt"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.pattern("striped"),
        is_a("shirt", "yes"),
        D.material("cotton poplin"),
        D.wearing("a grey sweater and a blue and white striped shirt"),
        title="Blue Stripe Cotton Poplin Shirt",
        category="Shirts & Blouses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a pink brushed-knit jumper with red leopard spots, crew neck, blue jeans, white backdrop.
    # adapter: none
    case(
        "X215-037",
        caption("a woman in a pink leopard print sweater"),
        D.color("red", "contradiction"),
        D.pattern("animal print"),
        D.sleeve_length("long sleeves"),
        D.wearing("a pink sweater and blue jeans"),
        D.material("it is made of a soft material", "non_answer"),
        D.details("he has a leopard print on the front", "pronoun"),
        title="Pink Leopard Brushed Knit Jumper",
        category="Knitwear",
        color="Pink",
        gender="Women",
    ),
    # photo: model in navy and white vertical stripe wide-leg linen trousers with a tie waist, white linen shirt
    # tucked in, no belt, white backdrop. caption: adapter
    case(
        "X215-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with linen "
            "fabric. It has a lapel neckline. The pants are with linen fabric and striped patterns. There is a belt",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        color_of("trousers", "blue"),
        D.wearing("a white shirt and black pants", "contradiction"),
        D.material("denim", "unsupported"),
        D.details("they have a tie at the waist"),
        title="Stripe Linen Blend Tie Waist Trousers",
        category="Trousers",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a colour-block cardigan (navy, red and white panels), buttons, no pockets, worn open over a
    # navy and white Breton top, blue jeans, white backdrop. adapter: none
    case(
        "X215-039",
        caption("a woman wearing a red white and blue sweater over a striped shirt"),
        D.pattern("striped", "contradiction"),
        D.color("red"),
        D.garment_type("jacket", "contradiction"),
        D.wearing("a red white and blue cardigan and a striped top"),
        D.details("it has buttons and a pocket on the front", "unsupported"),
        title="Colour Block Cardigan",
        category="Cardigans",
        color="Navy Mix",
        gender="Women",
    ),
    # photo: model in a lilac and white gingham seersucker shirt, short sleeves, white jeans, white backdrop.
    # adapter: none
    case(
        "X215-040",
        caption("a woman in a purple checkered shirt and white jeans"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("white", "other_garment_color"),
        D.material("cotton"),
        D.details("none", "non_answer"),
        D.description("it is a purple and white checkered shirt with short sleeves and buttons down the front"),
        D.wearing("nothing", "non_answer"),
        title="Lilac Gingham Seersucker Cotton Shirt",
        category="Shirts & Blouses",
        color="Lilac",
        gender="Women",
    ),
    # photo: model in a forest green Fair Isle roll-neck jumper (cream and red pattern), tan cord trousers, grey
    # backdrop. caption, wearing: adapter
    case(
        "X215-041",
        caption(
            "The upper clothing has long sleeves, wool fabric and graphic patterns. The neckline of it is round. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has long sleeves",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with wool fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.pattern("geometric"),
        D.material("cashmere", "unsupported"),
        color_of("trousers", "green", "other_garment_color"),
        title="Fair Isle Roll Neck Jumper",
        category="Knitwear",
        color="Forest Green",
        gender="Women",
    ),
    # photo: model in a blue shirt with pink and white flowers, long sleeves, beige trousers, white backdrop.
    # adapter: none (the color questions asked open, free generation)
    case(
        "X215-042",
        caption("a woman wearing a blue floral shirt and beige pants"),
        color_of("shirt", "pink", "contradiction", kind="open"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        D.description("the shirt is blue with pink and white flowers"),
        D.wearing(
            "a blue floral shirt and beige pants Question: what is the color of the pants? Answer: blue",
            "leak",
        ),
        D.material(
            "the shirt is made of cotton and the pants are made of cotton and the shirt is made of cotton",
            "loop",
        ),
        title="Blue Floral Print Relaxed Shirt",
        category="Shirts & Blouses",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a navy, pink and grey argyle jumper with a white shirt collar out over the neck, no tie,
    # grey trousers, white backdrop. adapter: none
    case(
        "X215-043",
        caption("a woman in a blue and pink argyle sweater"),
        D.color("white", "other_garment_color"),
        D.pattern("geometric"),
        D.wearing("an argyle sweater over a white shirt and a red tie", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("i don't know", "non_answer"),
        title="Argyle Crew Neck Jumper",
        category="Knitwear",
        color="Navy",
        gender="Women",
    ),
    # photo: model in a longline colour-block cardigan (camel, cream and black blocks) with patch pockets, hands in
    # the pockets, black trousers, no scarf, white backdrop. adapter: none. The row has no color.
    case(
        "X215-044",
        caption("a woman in a beige and black cardigan with her hands in her pockets"),
        D.color("beige"),
        D.details("it has two pockets on the front"),
        D.description("his cardigan is long and has pockets", "pronoun"),
        D.garment_type("coat", "contradiction"),
        D.wearing("a beige cardigan, black pants and a white scarf", "unsupported"),
        D.material(
            "the cardigan is made of Question: what is the color of the cardigan? Answer: beige",
            "leak",
        ),
        title="Colour Block Longline Cardigan",
        category="Cardigans",
        gender="Women",
    ),
    # photo: close-up detail of a cream jumper front with embroidered pink and green flowers, no person.
    # adapter: none
    case(
        "X215-045",
        caption("a close up of a white sweater with flowers on it"),
        D.details("the sweater has flowers embroidered on it"),
        D.color("white"),
        D.pattern("floral"),
        D.wearing("a white sweater with flowers on it and a pink skirt", "unsupported"),
        D.material("it is made of", "cut"),
        is_a("sweater", "yes"),
        title="Floral Embroidered Jumper",
        category="Knitwear",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a red and black buffalo check wool overshirt with two chest pockets, worn open over a black
    # roll neck, blue jeans, grey backdrop. adapter: none
    case(
        "X215-046",
        caption("a woman wearing a red and black plaid jacket"),
        D.garment_type("shirt"),
        D.color("red"),
        D.pattern("checked"),
        D.wearing("a red and black plaid shirt and a black turtleneck"),
        D.details("buttons and two chest pockets. Question: what is the material", "leak"),
        D.material("wool"),
        title="Buffalo Check Wool Blend Overshirt",
        category="Shirts & Blouses",
        color="Red",
        gender="Women",
    ),
]
