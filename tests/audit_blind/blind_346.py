"""BLIND_346 (46 products; men's jumpers, cardigans, sweatshirts, hoodies and fleece, UK retailer): written blind in the
forty-fourth session. Measured blind at 646a186 (the session's rules as they stood): 97/111 failures found (87.4%)
and 9/142 correct texts flagged (6.3%). The writer's notes, verbatim:

Scenario: a UK retailer's English catalog feed of men's knitwear and jersey tops: crew and v-neck jumpers (lambswool,
merino, cotton, cable knits, a fair isle yoke, a Christmas jumper), cardigans (button, shawl collar, zip-through),
crew sweatshirts (plain, graphic, colour-block), pullover and zip hoodies, knitted and jersey quarter-zips and
fleeces. Model shots, mostly front view on a plain studio backdrop (a few against a brick or concrete wall, one on a
wooden stool, one holding a coffee cup, one back view), the top worn over a shirt or a t-shirt with jeans or chinos.
Seller colours are the retailer's words (Navy, Charcoal Marl, Oatmeal, Ecru, Burgundy, Khaki, Camel, Teal, Rust...).
Each product has the seller's title, category, color and gender; a few rows miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a navy
sweater and jeans") unless the comment says the caption adapter wrote them (the DeepFashion template, "The gentleman
wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric ..."). The adapter was
trained with no end-of-answer token, so each adapter text runs to its limit (50 new tokens for captions, 30 for
answers) and carries hit_limit=True; asked a question it returns its template. The open questions (wearing,
description, details, material and the set's neckline and closure questions) come from the base model unless the
comment names the adapter; the base model stops on its own and never has hit_limit. The closed questions
(garment_type, color, pattern, sleeve_length, the per-piece colors, hood and the yes/no "Is this a ...?") are
enrich's `--engine reference` answers chosen from candidate sets; they never loop or get cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's colour: blue for navy, sky or teal, grey for charcoal or marl, red or
  maroon for burgundy, beige or khaki for stone, beige for oatmeal, white or cream for ecru, brown for camel or
  chocolate, green for khaki, olive, bottle or forest green, orange for rust, yellow for mustard. Navy answered
  black, burgundy answered pink and mustard answered orange are contradiction. "black" for a charcoal jumper worn
  with black jeans is other_garment_color (the jeans have it).
- Garment synonyms are correct: sweater, jumper or pullover for a jumper; sweatshirt or hooded sweatshirt for a
  hoodie; jacket or pullover for a fleece; sweater with buttons for a cardigan; shirt for a t-shirt worn under.
  A closed garment_type naming another class (hoodie for a quarter-zip sweatshirt, jacket for a zip-through knitted
  cardigan) and "yes" to "Is this a hoodie?" for a crew sweatshirt are contradiction; a striped jumper called "a
  striped shirt" is contradiction too.
- The colour of the shirt or t-shirt under the top, or of the jeans or chinos, given as the top's colour (or the
  top's colour given to the jeans) is other_garment_color. The colour of a print, a lining, a sleeve stripe or a
  fair isle motif given as the garment's colour is contradiction, and so is a colour from a prop (the stool).
- Layered outfits named piece by piece in their own colours are correct, as are walls, props and prints described
  in their own colours (a red brick wall, a white reindeer, the word brooklyn in blue letters).
- Pattern: one colour cable knit is "solid"; a colour-block sweatshirt is "color block"; a banded fair isle yoke and
  contrast tipping at a v-neck answered "striped" are contradiction, and "checked" for a plain jumper over a checked
  shirt is contradiction; a black hoodie with white sleeve stripes answered "solid" is correct.
- Materials: one the title names (lambswool, merino, organic cotton, fleece, microfleece as polyester) or a plausible
  guess where the title names none (wool for a chunky knit, cotton for a cricket jumper) is correct; one that the
  title contradicts (polyester for organic cotton, wool for a cotton jumper) is unsupported.
- Invented details not in the photo (a chest logo on a plain quarter-zip, sneakers on a photo cropped at the knees,
  a watch, a hat, a santa hat, a white collar on a jumper worn alone, a zipper on a button cardigan, a hood on a
  stand-collar fleece or a quarter-zip, a pocket on a crew jumper or sweatshirt, a kangaroo pocket on a back view)
  are unsupported.
- Adapter texts: repeating a template sentence is loop; stopping mid-sentence without repeating is cut; the template
  given to the material question is restated (even where it names a fabric), although it is also cut. Where the
  template misnames the garment itself (a jumper as a shirt), contradiction, hit_limit kept. A wrong neckline or
  fabric inside a cut template is labelled cut (one kind per text). The template answering the wearing or details
  question does answer it, so those are cut or loop. Every adapter text here is a failure.
- A base answer that stops early ("it is made of", "a zip pocket on the chest and a") is cut without hit_limit.
  "the details of the hoodie", "the hoodie has details", "the neckline", "it is made of fabric" and an empty answer
  are non_answer; the material question answered with the garment's name and colour, or with the question itself,
  is restated.
- A base answer that runs on into "Question: ... Answer: ..." (or echoes the prompt format) is leak, even where its
  first words are right.
- "she" or "a woman" for the male model is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

neckline = question("neckline", "What is the neckline of the garment?", "open")
closure = question("closure", "How does the garment fasten?", "open")
hood = question("hood", "Does the garment have a hood?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_tshirt = question("color_t_shirt", "What is the color of the t-shirt?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")

BLIND_346 = [
    # photo: navy lambswool crew-neck jumper, white oxford shirt collar showing at the neck, mid-blue jeans, plain
    # light grey studio backdrop, front view. No adapter text.
    case(
        "X346-001",
        caption("a man wearing a navy sweater and jeans"),
        D.wearing("a black sweater and a white shirt", "contradiction"),
        B.color("blue"),
        B.material("wool"),
        color_shirt("white"),
        D.details("it has a pocket on the chest", "unsupported"),
        title="Men's Navy Lambswool Crew Neck Jumper",
        category="Jumpers",
        color="Navy",
        gender="Men",
    ),
    # photo: charcoal marl pullover hoodie, drawstring hood down, kangaroo pocket, black jeans, white wall, front.
    # caption: adapter
    case(
        "X346-002",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants the gentleman wears is of long length. The pants are with denim "
            "fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and black jeans"),
        B.garment_type("hoodie"),
        B.color("black", "other_garment_color"),
        hood("yes"),
        D.details("the hoodie has details", "non_answer"),
        title="Men's Charcoal Marl Cotton Blend Overhead Hoodie",
        category="Hoodies",
        color="Charcoal Marl",
        gender="Men",
    ),
    # photo: burgundy merino v-neck jumper over a white crew t-shirt (visible in the v), stone chinos, grey backdrop.
    # No adapter text.
    case(
        "X346-003",
        caption("a man in a maroon sweater and khaki pants"),
        D.wearing("a red sweater and a white t - shirt"),
        B.color("white", "other_garment_color"),
        B.material("merino wool"),
        color_pants("white", "other_garment_color"),
        title="Men's Burgundy Merino V Neck Jumper",
        category="Jumpers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black full-zip hoodie worn open over a grey marl t-shirt, blue jeans, red brick wall behind, front view.
    # No adapter text.
    case(
        "X346-004",
        caption("a man in a black hoodie standing in front of a red brick wall"),
        D.wearing("a black hoodie, black shirt and blue jeans", "other_garment_color"),
        B.color("grey", "other_garment_color"),
        closure("it has a", "cut"),
        color_tshirt("grey"),
        is_a("hoodie", "yes"),
        title="Men's Black Zip Through Hoodie",
        category="Hoodies",
        color="Black",
        gender="Men",
    ),
    # photo: oatmeal cable-knit button cardigan, buttoned, over a light blue shirt, navy chinos, white backdrop.
    # caption and details: adapter
    case(
        "X346-005",
        caption(
            "The gentleman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a V-shape neckline. The gentleman wears a long-sleeve cardigan with pure color patterns. "
            "The cardigan is",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a beige cardigan and a blue shirt"),
        D.details(
            "The cardigan is with knitting fabric and pure color patterns. It has a V-shape neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("cardigan"),
        B.color("blue", "other_garment_color"),
        title="Men's Oatmeal Cable Knit Cardigan",
        category="Cardigans",
        color="Oatmeal",
        gender="Men",
    ),
    # photo: plain navy quarter-zip sweatshirt, zipped to the neck, no logo, beige chinos, white backdrop, front.
    # No adapter text.
    case(
        "X346-006",
        caption("a man wearing a navy blue quarter zip sweater"),
        D.wearing("a blue hoodie and khaki pants", "contradiction"),
        B.garment_type("hoodie", "contradiction"),
        neckline("a zipper collar"),
        D.details("a zipper on the front and a logo on the chest", "unsupported"),
        title="Men's Navy Quarter Zip Sweatshirt",
        category="Sweatshirts",
        color="Navy",
        gender="Men",
    ),
    # photo: grey marl crew sweatshirt, long-haired model, blue jeans, light grey backdrop, front. No adapter text.
    case(
        "X346-007",
        caption("a woman in a grey sweatshirt and jeans", "pronoun"),
        D.wearing("a grey sweatshirt and blue jeans"),
        B.color("grey"),
        color_jeans("grey", "other_garment_color"),
        title="Men's Grey Marl Crew Sweatshirt",
        category="Sweatshirts",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: forest green full-zip fleece, stand collar, two zip hand pockets, open over a black t-shirt, black jeans,
    # studio backdrop. No adapter text.
    case(
        "X346-008",
        caption("a man in a green fleece jacket"),
        D.wearing("a green jacket and black pants"),
        B.garment_type("jacket"),
        B.color("black", "other_garment_color"),
        B.material("fleece"),
        D.description("a black fleece jacket with a zipper", "other_garment_color"),
        title="Men's Forest Green Full Zip Fleece",
        category="Fleece",
        color="Forest Green",
        gender="Men",
    ),
    # photo: ecru crew-neck jumper with a fair isle yoke (navy and red bands, white snowflake motifs), blue jeans,
    # grey backdrop, front. caption: adapter
    case(
        "X346-009",
        caption(
            "The gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with wool fabric. It has "
            "a round neckline. The pants the gentleman wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater with a pattern"),
        B.pattern("striped", "contradiction"),
        B.color("red", "contradiction"),
        D.description("a white sweater with a snowflake pattern"),
        neckline("round"),
        title="Men's Ecru Fair Isle Yoke Crew Jumper",
        category="Jumpers",
        color="Ecru",
        gender="Men",
    ),
    # photo: black cotton crew-neck jumper, black jeans, pale grey wall, front. No adapter text.
    case(
        "X346-010",
        caption("a man in a black sweater and black jeans"),
        D.wearing("a black sweater with a white collar", "unsupported"),
        D.material("cotton Question: what is the color of the sweater? Answer: black", "leak"),
        B.color("black"),
        is_a("cardigan", "no"),
        title="Men's Black Cotton Crew Neck Jumper",
        category="Jumpers",
        color="Black",
        gender="Men",
    ),
    # photo: rust pullover hoodie with a white graphic logo print on the chest, light wash jeans, hands in the
    # kangaroo pocket, studio backdrop. No adapter text.
    case(
        "X346-011",
        caption("a man wearing an orange hoodie with a white logo"),
        D.wearing("an orange hoodie and jeans"),
        B.color("white", "contradiction"),
        B.pattern("graphic"),
        D.details("a white logo on the chest and a kangaroo pocket"),
        D.material("polyester", "unsupported"),
        title="Men's Rust Organic Cotton Graphic Hoodie",
        category="Hoodies",
        color="Rust",
        gender="Men",
    ),
    # photo: sky blue knitted quarter-zip jumper over a white t-shirt, navy chinos, white backdrop. No adapter text.
    case(
        "X346-012",
        caption("a man in a light blue sweater and navy pants"),
        D.wearing("a blue sweater and white pants", "other_garment_color"),
        color_pants("blue"),
        D.details(
            "a zipper on the neck Question: what color is the zipper? Answer: silver",
            "leak",
        ),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Men's Sky Blue Quarter Zip Knitted Jumper",
        category="Jumpers",
        color="Sky Blue",
        gender="Men",
    ),
    # photo: camel shawl-collar cardigan worn open over a white t-shirt, dark indigo jeans, grey backdrop.
    # caption and details: adapter
    case(
        "X346-013",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a lapel neckline. This man wears a long-sleeve sweater with pure color patterns. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a brown cardigan and a white shirt"),
        B.garment_type("cardigan"),
        B.color("white", "other_garment_color"),
        D.details(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a lapel",
            "cut",
            hit_limit=True,
        ),
        title="Men's Camel Shawl Collar Cardigan",
        category="Cardigans",
        color="Camel",
        gender="Men",
    ),
    # photo: grey marl zip hoodie, half zipped over a navy t-shirt, black jeans, studio backdrop. No adapter text.
    case(
        "X346-014",
        caption("a man in a grey zip up hoodie and black jeans"),
        D.wearing("he is wearing a grey hoodie and a blue hat", "unsupported"),
        color_tshirt("blue"),
        D.details("the hoodie has a zipper and a hood"),
        D.material("it is made of", "cut"),
        title="Men's Grey Marl Zip Through Hoodie",
        category="Hoodies",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: mustard crew sweatshirt with ribbed cuffs and hem, blue jeans, photo cropped at the knees. No adapter.
    case(
        "X346-015",
        caption("a man in a yellow sweatshirt and jeans"),
        D.wearing("a yellow sweater, jeans and white sneakers", "unsupported"),
        B.color("orange", "contradiction"),
        B.garment_type("sweatshirt"),
        D.material("a yellow sweatshirt", "restated"),
        D.description("a mustard yellow sweatshirt with ribbed cuffs"),
        title="Men's Mustard Crew Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy and white breton striped cotton crew jumper, stone chinos, white backdrop, front. No adapter text.
    case(
        "X346-016",
        caption("a man in a blue and white striped sweater"),
        D.wearing("a striped shirt and khaki pants", "contradiction"),
        B.pattern("striped"),
        B.color("blue"),
        color_pants("blue", "other_garment_color"),
        title="Men's Navy/White Breton Stripe Cotton Jumper",
        category="Jumpers",
        color="Navy/White",
        gender="Men",
    ),
    # photo: black quarter-zip fleece pullover, stand collar, over a grey t-shirt, mid-blue jeans, studio backdrop.
    # material and details: adapter
    case(
        "X346-017",
        caption("a man wearing a black fleece pullover"),
        B.garment_type("fleece"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a stand neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details(
            "It has a stand neckline. The sweater is with cotton fabric and pure color patterns. It has a stand "
            "neckline. The sweater",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        color_jeans("black", "other_garment_color"),
        title="Men's Black Quarter Zip Fleece",
        category="Fleece",
        color="Black",
        gender="Men",
    ),
    # photo: khaki green v-neck button cardigan with two patch pockets, buttoned over a white shirt, beige chinos,
    # grey backdrop. No adapter text.
    case(
        "X346-018",
        caption("a man in a green cardigan and a white shirt"),
        D.wearing("a green sweater with buttons"),
        B.garment_type("cardigan"),
        D.details("five buttons and a zipper", "unsupported"),
        D.material("it is a cardigan", "restated"),
        title="Men's Khaki Cotton V Neck Cardigan",
        category="Cardigans",
        color="Khaki",
        gender="Men",
    ),
    # photo: ecru chunky roll-neck jumper, charcoal chinos, model seated on a brown wooden stool, white backdrop.
    # No adapter text.
    case(
        "X346-019",
        caption("a man sitting on a wooden stool wearing a white turtleneck sweater"),
        D.wearing("a white sweater and grey pants"),
        neckline("turtleneck"),
        B.material("wool"),
        color_pants("brown", "contradiction"),
        D.details("", "non_answer"),
        title="Men's Ecru Chunky Roll Neck Jumper",
        category="Jumpers",
        color="Ecru",
        gender="Men",
    ),
    # photo: olive pullover hoodie, hood down, mid-blue jeans, long-haired model, grey backdrop.
    # caption and details: adapter
    case(
        "X346-020",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman",
            "loop",
            hit_limit=True,
        ),
        D.wearing("she is wearing a green hoodie and jeans", "pronoun"),
        B.color("green"),
        hood("yes"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a",
            "cut",
            hit_limit=True,
        ),
        title="Men's Olive Overhead Hoodie",
        category="Hoodies",
        color="Olive",
        gender="Men",
    ),
    # photo: grey marl crew sweatshirt with a navy "BROOKLYN" varsity print, white t-shirt hem showing below, blue
    # jeans, studio backdrop. No adapter text.
    case(
        "X346-021",
        caption("a man wearing a grey sweatshirt with the word brooklyn on it"),
        D.wearing("a blue sweatshirt and a white t - shirt", "contradiction"),
        B.color("blue", "contradiction"),
        B.pattern("graphic"),
        D.details("the word brooklyn in blue letters"),
        title="Men's Grey Marl Brooklyn Print Sweatshirt",
        category="Sweatshirts",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: navy zip-through hoodie with white drawcords, open over a white t-shirt, stone chinos, white backdrop.
    # No adapter text.
    case(
        "X346-022",
        caption("a man in a navy hoodie and beige pants"),
        D.wearing("a blue hoodie, a white t shirt and khaki pants"),
        D.description(
            "a navy blue hoodie with white strings Question: what is the color of the pants? Answer: beige",
            "leak",
        ),
        B.color("white", "other_garment_color"),
        closure("zip"),
        title="Men's Navy Zip Through Hoodie",
        category="Hoodies",
        color="Navy",
        gender="Men",
    ),
    # photo: burgundy cable-knit crew jumper over a light blue oxford shirt (collar out), navy chinos, grey backdrop.
    # No adapter text.
    case(
        "X346-023",
        caption("a man in a red sweater with a blue collared shirt"),
        D.wearing("a pink sweater and a blue shirt", "contradiction"),
        B.color("red"),
        color_shirt("blue"),
        color_pants("black", "contradiction"),
        D.details("cable knit pattern on the front"),
        title="Men's Burgundy Cable Crew Neck Jumper",
        category="Jumpers",
        color="Burgundy",
        gender="Men",
    ),
    # photo: teal knitted quarter-zip jumper, zipped, white t-shirt collar not visible, grey jeans, studio backdrop.
    # caption: adapter
    case(
        "X346-024",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The pants the gentleman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green sweater and jeans"),
        B.color("blue"),
        neckline("zipper neck"),
        D.details("it has a zipper and a hood", "unsupported"),
        title="Men's Teal Quarter Zip Jumper",
        category="Jumpers",
        color="Teal",
        gender="Men",
    ),
    # photo: charcoal cotton v-neck jumper over a white t-shirt, black jeans, white backdrop. No adapter text.
    case(
        "X346-025",
        caption("a man in a grey v - neck sweater and black jeans"),
        D.wearing("a black sweater and black jeans", "other_garment_color"),
        B.color("grey"),
        color_tshirt("white"),
        neckline("v neck"),
        D.material("wool", "unsupported"),
        title="Men's Charcoal Cotton V Neck Jumper",
        category="Jumpers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: back view of a navy pullover hoodie, hood down, large white mountain graphic across the back, blue
    # jeans, grey backdrop. No adapter text.
    case(
        "X346-026",
        caption("the back of a man wearing a blue hoodie with a mountain print"),
        D.wearing("a blue hoodie with a white mountain on the back"),
        B.pattern("graphic"),
        B.color("white", "contradiction"),
        D.details("a kangaroo pocket and drawstrings", "unsupported"),
        hood("yes"),
        title="Men's Navy Mountain Back Print Hoodie",
        category="Hoodies",
        color="Navy",
        gender="Men",
    ),
    # photo: grey marl button cardigan worn open over a navy polo shirt, beige chinos, studio backdrop.
    # material: adapter
    case(
        "X346-027",
        caption("a man in a grey cardigan and a blue polo shirt"),
        D.wearing("a grey cardigan over a blue shirt"),
        B.garment_type("cardigan"),
        B.color("blue", "other_garment_color"),
        D.material(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape",
            "restated",
            hit_limit=True,
        ),
        color_pants("blue", "other_garment_color"),
        title="Men's Grey Marl Button Cardigan",
        category="Cardigans",
        color="Grey Marl",
        gender="Men",
    ),
    # photo: white pullover hoodie with a small black chest logo, black chinos, light grey backdrop. No adapter text.
    case(
        "X346-028",
        caption("a man in a white hoodie and black pants"),
        D.wearing("a white hoodie"),
        D.details("the details of the hoodie", "non_answer"),
        B.color("white"),
        color_pants("white", "other_garment_color"),
        title="Men's White Logo Overhead Hoodie",
        category="Hoodies",
        color="White",
        gender="Men",
    ),
    # photo: bottle green lambswool crew jumper over a red and green tartan check shirt (collar and cuffs out), blue
    # jeans, grey backdrop. No adapter text.
    case(
        "X346-029",
        caption("a man in a green sweater with a plaid shirt"),
        D.wearing("a green sweater and a red plaid shirt"),
        B.pattern("checked", "contradiction"),
        B.color("green"),
        color_shirt("red"),
        D.material("a green sweater", "restated"),
        D.description("a blue sweater with a plaid shirt", "contradiction"),
        title="Men's Bottle Green Lambswool Crew Jumper",
        category="Jumpers",
        color="Bottle Green",
        gender="Men",
    ),
    # photo: navy Christmas jumper, white reindeer and snowflake intarsia with red bands, blue jeans, white backdrop.
    # No adapter text.
    case(
        "X346-030",
        caption("a man wearing a christmas sweater with reindeer on it"),
        D.wearing("a blue christmas sweater"),
        B.color("blue"),
        D.details("white reindeer and snowflakes"),
        D.description("a navy blue sweater with a reindeer and a santa hat", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Men's Navy Reindeer Christmas Jumper",
        category="Jumpers",
        color="Navy",
        gender="Men",
    ),
    # photo: light grey v-neck cardigan, buttoned over a white shirt and navy tie, navy chinos, grey backdrop.
    # caption: adapter
    case(
        "X346-031",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The gentleman wears a long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey cardigan, a white shirt and a blue tie"),
        is_a("cardigan", "yes"),
        B.color("white", "other_garment_color"),
        color_shirt("white"),
        title="Men's Light Grey Merino V Neck Cardigan",
        category="Cardigans",
        color="Light Grey",
        gender="Men",
    ),
    # photo: crew sweatshirt with a black body and grey raglan sleeves, blue jeans, white backdrop. No adapter text.
    case(
        "X346-032",
        caption("a man in a black and grey sweatshirt"),
        D.wearing("a black sweatshirt with grey sleeves"),
        B.pattern("color block"),
        B.color("blue", "other_garment_color"),
        D.description("a grey sweatshirt with black sleeves", "contradiction"),
        title="Men's Black/Grey Colour Block Raglan Sweatshirt",
        category="Sweatshirts",
        color="Black/Grey",
        gender="Men",
    ),
    # photo: cream borg fleece zip jacket, stand collar, no hood, open over a black t-shirt, black jeans, studio.
    # No adapter text.
    case(
        "X346-033",
        caption("a man in a white fleece jacket"),
        D.wearing("a white sherpa jacket and black jeans"),
        B.material("fleece"),
        B.garment_type("jacket"),
        D.details("a zipper and a hood", "unsupported"),
        B.color("black", "other_garment_color"),
        title="Men's Cream Borg Fleece Jacket",
        category="Fleece",
        color="Cream",
        gender="Men",
    ),
    # photo: red pullover hoodie worn with the hood up, blue jeans, grey backdrop. No adapter text.
    case(
        "X346-034",
        caption("a man in a red hooded sweatshirt with the hood up"),
        D.wearing("a red hoodie"),
        B.garment_type("hoodie"),
        B.color("red"),
        D.material("a red hoodie", "restated"),
        D.details("Question: what are the details of the garment? Answer:", "leak"),
        title="Men's Red Overhead Hoodie",
        category="Hoodies",
        color="Red",
        gender="Men",
    ),
    # photo: navy ribbed-knit quarter-zip jumper over a white t-shirt, stone chinos, white backdrop, three-quarter
    # view. details: adapter
    case(
        "X346-035",
        caption("a man in a navy sweater with a zipper"),
        D.wearing("a blue sweater and khaki pants"),
        D.details(
            "The sweater is with cotton fabric. It has a stand neckline. The sweater is with cotton fabric. It has a "
            "stand neckline. The",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "contradiction"),
        neckline("the neckline", "non_answer"),
        B.material("cotton"),
        title="Men's Navy Cotton Rich Ribbed Quarter Zip",
        category="Jumpers",
        color="Navy",
        gender="Men",
    ),
    # photo: heather grey crew sweatshirt with a small embroidered navy chest logo, black chinos, concrete wall.
    # No adapter text.
    case(
        "X346-036",
        caption("a man in a grey sweatshirt standing in front of a concrete wall"),
        D.wearing(
            "he is wearing a grey sweatshirt with a small logo Question: what is he wearing on his feet? Answer:",
            "leak",
        ),
        is_a("hoodie", "yes", "contradiction"),
        B.garment_type("sweatshirt"),
        D.details("a small embroidered logo on the chest"),
        color_pants("grey", "other_garment_color"),
        title="Men's Grey Embroidered Logo Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: chocolate zip-through knitted cardigan with a stand collar, over a white t-shirt, blue jeans, studio.
    # caption, wearing and material: adapter
    case(
        "X346-037",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The pants the gentleman wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The gentleman wears a long-sleeve "
            "sweater with pure color",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jacket", "contradiction"),
        B.color("brown"),
        closure("zipper"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        title="Men's Chocolate Zip Through Knitted Cardigan",
        category="Cardigans",
        color="Chocolate",
        gender="Men",
    ),
    # photo: pale pink cotton crew jumper, white t-shirt under (not visible), light wash jeans, white backdrop.
    # No adapter text.
    case(
        "X346-038",
        caption("a man in a pink sweater and jeans"),
        D.wearing("a pink sweater and pink jeans", "other_garment_color"),
        D.description("she is wearing a light pink sweater", "pronoun"),
        B.color("pink"),
        title="Men's Pale Pink Cotton Crew Jumper",
        category="Jumpers",
        color="Pale Pink",
        gender="Men",
    ),
    # photo: black full-zip hoodie zipped up, a white stripe down each sleeve, black jeans, grey backdrop.
    # material: adapter
    case(
        "X346-039",
        caption("a man in a black hoodie with white stripes on the sleeves"),
        D.wearing("a black hoodie and black jeans"),
        B.pattern("solid"),
        B.color("white", "contradiction"),
        D.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round",
            "restated",
            hit_limit=True,
        ),
        closure("zip"),
        title="Men's Black Sleeve Stripe Zip Hoodie",
        category="Hoodies",
        color="Black",
        gender="Men",
    ),
    # photo: navy half-zip microfleece with a zip chest pocket, over a grey t-shirt, blue jeans, studio backdrop.
    # No adapter text.
    case(
        "X346-040",
        caption("a woman wearing a navy fleece pullover", "pronoun"),
        D.wearing("a blue fleece and jeans"),
        D.details("a zip pocket on the chest and a", "cut"),
        B.color("blue"),
        B.material("polyester"),
        title="Men's Navy Half Zip Microfleece",
        category="Fleece",
        color="Navy",
        gender="Men",
    ),
    # photo: oatmeal marl crew sweatshirt, washed black jeans, model holding a takeaway coffee cup, no watch or
    # jewellery, white backdrop. No adapter text.
    case(
        "X346-041",
        caption("a man holding a cup of coffee wearing a beige sweatshirt"),
        D.wearing("a beige sweater, black jeans and a watch", "unsupported"),
        B.color("beige"),
        color_jeans("black"),
        D.material("cotton"),
        D.details("a pocket on the front", "unsupported"),
        title="Men's Oatmeal Marl Crew Sweatshirt",
        category="Sweatshirts",
        color="Oatmeal",
        gender="Men",
    ),
    # photo: forest green cable-knit crew jumper over a mid-blue denim shirt (collar out), beige chinos, studio.
    # caption: adapter
    case(
        "X346-042",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The pants the gentleman wears is of long length. The pants are with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green sweater and a denim shirt"),
        B.color("blue", "other_garment_color"),
        B.garment_type("sweater"),
        D.details("cable knit on the front and a pocket on the chest", "unsupported"),
        title="Men's Forest Green Cable Knit Crew Jumper",
        category="Jumpers",
        color="Forest Green",
        gender="Men",
    ),
    # photo: charcoal pullover hoodie with an orange-lined hood (lining visible), over a white t-shirt, grey chinos,
    # white backdrop. No adapter text.
    case(
        "X346-043",
        caption("a man wearing a dark grey hoodie"),
        D.wearing("a grey hoodie and grey pants"),
        B.color("orange", "contradiction"),
        D.details("an orange lined hood and a pocket"),
        hood("yes"),
        D.material("what material is the garment made of", "restated"),
        title="Men's Charcoal Contrast Lined Hoodie",
        category="Hoodies",
        color="Charcoal",
        gender="Men",
    ),
    # photo: ecru cable-knit v-neck cricket jumper with navy and red tipping at the v and cuffs, over a white t-shirt,
    # navy chinos, grey backdrop. No adapter text.
    case(
        "X346-044",
        caption("a man in a white sweater with a blue and red stripe on the neck"),
        D.wearing("a white sweater and white pants", "other_garment_color"),
        B.pattern("striped", "contradiction"),
        neckline("v - neck"),
        D.material("the sweater is made of", "cut"),
        title="Men's Ecru Cable Knit Cricket Jumper",
        category="Jumpers",
        color="Ecru",
        gender="Men",
    ),
    # photo: black merino crew-neck jumper, white t-shirt just visible at the neck, grey chinos, white backdrop.
    # No adapter text. The feed row has no gender.
    case(
        "X346-045",
        caption("a man in a black sweater and grey pants"),
        D.wearing("a black sweater and black pants", "other_garment_color"),
        B.color("black"),
        D.material("merino wool"),
        D.description(
            "a black crew neck sweater Question: what is the material? Answer: wool",
            "leak",
        ),
        title="Merino Crew Neck Jumper - Black",
        category="Jumpers",
        color="Black",
    ),
    # photo: light grey marl zip hoodie, open over a white t-shirt, blue jeans, grey backdrop. The feed row has no
    # color. caption, details and material: adapter
    case(
        "X346-046",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The sweater is with cotton fabric. It has a round neckline. The sweater is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and white t - shirt"),
        D.details(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The pants",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a",
            "restated",
            hit_limit=True,
        ),
        B.color("grey"),
        is_a("hoodie", "yes"),
        title="Men's Light Grey Marl Zip Hoodie",
        category="Hoodies",
        gender="Men",
    ),
]
