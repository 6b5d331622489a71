"""BLIND_1144 (46 products; Myntra women's winterwear, caption adapter epoch 3): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 117/129 failures found (90.7%) and 6/183 correct texts flagged
(3.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sweaters, cardigans, shrugs, sweatshirts and hoodies, jackets (denim, puffer,
biker, bomber, parka, gilet, rain jacket, shacket) and coats (overcoats, trench, pea coat). Catalog photos on a white
backdrop, almost all worn by a female model with other clothes (jeans, trousers, a tee or turtleneck under an open
jacket or coat, a kurta under a long cardigan), front view unless said; one flat lay of a hoodie with no model.
The seller columns are title, category (Myntra article type), color (base colour) and gender; two rows lack a column.

Who wrote what: every caption and every open answer is free generation (greedy, 50 new tokens for captions, 30 for
answers) by blip2-opt-2.7b with the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption). It was
trained on DeepFashion-MultiModal template captions without an end token, so it writes the template ("The lady is
wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has a round
neckline...") for captions and often for questions too, runs captions into the 50-token limit, loops on short
phrases, sometimes continues into a new "Question: ... Answer:" turn, and now and then writes "gentleman"/"he" from
the men's half of its data. It names hues when asked directly (the base model's knowledge) but often takes the hue of
the jeans, inner tee or turtleneck. Closed answers (garment_type, color, pattern, sleeve_length, closure,
"Is this a ...?", and color_of(..., kind="closed")) come from enrich's --engine reference ranking the candidate values
with the same adapter: always one clean value, never a loop or a cut, but sometimes the inner garment's value.

Labeling conventions and judgement calls:
- One label per text. Order when a text has two problems: leak, then loop, then a content failure (pronoun,
  contradiction, other_garment_color, unsupported), then cut. A text that ran to its limit mid-sentence and is
  otherwise right is "cut"; a pronoun error in a cut caption is labeled "pronoun" and still has hit_limit=True.
- hit_limit=True is set on every text that ran to its token limit (all loops, all cuts, the long leaks); texts that
  stopped at a newline or period before the limit have hit_limit=False.
- contradiction: a wrong garment type, pattern, sleeve length or yes/no; a closed color that is the inner garment's
  or print's hue; any answer (open or closed) giving a non-product garment (jeans, tee, skirt) the product's color.
- other_garment_color: an open answer (color, description, wearing) giving the product the hue of another worn
  garment.
- unsupported: details or materials neither the photo nor the title shows (pockets, hoods, zips, logos on the
  back, slogan text that is not the printed text, accessories not worn, the template's "lady" for a flat lay).
  Materials: the template's fabric words are judged against the photo: "cotton fabric" is accepted for sweatshirt
  jersey, tees, trench gabardine and matte cotton twill, "knitting fabric"/"knit" for any knit, "furry" for faux fur,
  "leather" for a leather-look or suede-finish jacket, "denim", "corduroy"; a fiber the photo cannot show (wool,
  cashmere, genuine leather, genuine suede) is unsupported unless the title names it, and "cotton" for a nylon
  puffer or windcheater, "denim" for flannel, "leather" for PVC are unsupported.
- non_answer: empty, yes/no, a lone word ("striped", "quilted", "sweater") to an open question even when the word is
  true; the caption template returned for an open color question (it gives a pattern, no hue) is non_answer. A bare
  "Question: ... Answer:" echo, or an answer starting with "Answer:", is a leak, not a non_answer.
- For the flat lay (no model), "a grey zip-up hoodie" to "What is the person wearing?" is accepted (it names the
  garment shown); the template's "The lady is wearing..." for it is unsupported.
- restated: the question said back as an answer ("The details of the garment are the details of the garment.").
- Shades inside one family are right: maroon/burgundy answered "red" or "maroon", mustard "yellow", peach "pink",
  lavender "purple", tan/camel/coffee "brown", khaki "beige", off white/cream "white", teal "green" (the title says
  Teal Green). A parka answered "coat", a gilet answered "vest", a shrug answered "cardigan", a shacket captioned
  "shirt" are accepted; a corduroy jacket captioned "shirt" is a contradiction (the title says Jacket, not shacket).
- The template's "accessory on her waist" for a trench coat's own belt is accepted; "dress" for a kurta is accepted.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, is_a, question

closure = question("closure", "How does the garment fasten?", "closed")

BLIND_1144 = [
    # photo: woman in a navy blue pullover hoodie with kangaroo pocket and white drawstrings, light blue skinny jeans,
    # white backdrop, front view. Caption adapter epoch 3 wrote caption and open answers; reference engine the closed.
    case(
        "X1144-001",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a hood. The pants this lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("navy blue"),
        D.pattern("solid"),
        D.description("a navy blue hooded sweatshirt with a kangaroo pocket and white drawstrings"),
        D.material(
            "The sweatshirt is with cotton fabric. The sweatshirt is with cotton fabric. The sweatshirt is with cotton "
            "fabric. The sweatshirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue hoodie and light blue jeans"),
        title="Roadster Women Navy Blue Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a grey melange crew-neck pullover with ribbed cuffs and hem (no pockets), black trousers, white
    # backdrop. Caption adapter epoch 3: caption, open answers; reference engine: closed answers.
    case(
        "X1144-002",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants she wears is of long length."
        ),
        D.color("grey"),
        color_of(
            "sweater",
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric.",
            "non_answer",
            kind="open",
        ),
        color_of("pants", "black"),
        D.details(
            "the sweater has a round neckline, ribbed cuffs and a ribbed hem, and a pocket on the chest", "unsupported"
        ),
        D.sleeve_length("long"),
        D.wearing("a grey sweater and grey pants", "contradiction"),
        title="United Colors of Benetton Women Grey Melange Solid Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a black quilted nylon puffer jacket, zipped, with hood, mid-blue jeans, white backdrop.
    # Caption adapter epoch 3: caption, open answers; reference engine: closed answers.
    case(
        "X1144-003",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "lady wears a long trousers. The trousers are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        D.garment_type("jacket"),
        D.color("black"),
        D.description(
            "a black jacket with a black jacket with a black jacket with a black jacket with a black jacket with a "
            "black jacket with a",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        is_a("jacket", "yes"),
        D.wearing("a black puffer jacket and blue jeans"),
        title="Fort Collins Women Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a tan (camel) notch-lapel longline overcoat worn open, two flap pockets, over a black
    # turtleneck and black trousers, black ankle boots, white backdrop. Adapter epoch 3 open texts; reference closed.
    case(
        "X1144-004",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        color_of("coat", "the coat is brown", kind="open"),
        D.wearing(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.details("the coat has a notch lapel collar and two flap pockets at the hips"),
        D.sleeve_length("long"),
        is_a("coat", "yes"),
        title="Mango Women Tan Solid Wool Blend Longline Overcoat",
        category="Coats",
        color="Tan",
        gender="Women",
    ),
    # photo: woman in a pink crew-neck sweatshirt with a large white PUMA logo print across the chest, black
    # leggings, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-005",
        caption(
            "This woman is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The pants this woman wears is of long length."
        ),
        D.pattern("graphic"),
        D.color("white", "contradiction"),
        D.description(
            "This woman is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink sweatshirt with a white logo and black leggings"),
        D.material(
            "cotton fabric Question: What is the pattern of the sweatshirt? Answer: graphic Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Puma Women Pink Printed Cotton Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a maroon high-neck cable-knit pullover, mid-blue jeans, white backdrop.
    # Adapter epoch 3: caption, open answers; reference engine: closed.
    case(
        "X1144-006",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The lady wears a long denim pants."
        ),
        D.color("red"),
        D.details("the sweater has a high neck and cable knit pattern on the front and sleeves"),
        D.wearing("she is wearing a maroon sweater and blue jeans"),
        color_of("jeans", "maroon", "contradiction", kind="open"),
        D.description("a blue knitted sweater with a high neck", "other_garment_color"),
        title="ONLY Women Maroon Self-Design Pullover",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in an olive green cotton-twill utility jacket with four flap pockets and button front, worn open
    # over a white t-shirt, black skinny jeans, white backdrop. Adapter epoch 3 open texts; reference closed.
    case(
        "X1144-007",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is",
            "cut",
            hit_limit=True,
        ),
        D.color("olive"),
        D.wearing("an olive green jacket, a white t-shirt and black jeans"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        D.details("the jacket has four flap pockets and button closure"),
        D.garment_type("jacket"),
        closure("buttons"),
        title="Vero Moda Women Olive Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a red cable-knit crew-neck sweater, white jeans, white backdrop.
    # Adapter epoch 3: caption, open answers; reference engine: closed.
    case(
        "X1144-008",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a crew neckline. The pants this female wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("striped", "contradiction"),
        D.description("a red sweater with cable knit and a crew neck"),
        color_of("pants", "white"),
        D.wearing("he is wearing a red sweater and white jeans", "pronoun"),
        title="Duke Women Red Cable Knit Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: woman in a beige V-neck button-front cardigan without pockets, worn open over a black top, black
    # trousers, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-009",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. It has a V-shape neckline. The lady wears a long pants. The pants are with cotton fabric."
        ),
        D.garment_type("cardigan"),
        D.color("black", "contradiction"),
        D.description(
            "a beige cardigan with a beige cardigan with a beige cardigan with a beige cardigan with a beige cardigan "
            "with a",
            "loop",
            hit_limit=True,
        ),
        D.material("The cardigan is with knitting fabric."),
        closure("buttons"),
        D.details("the cardigan has buttons down the front, two patch pockets and ribbed cuffs", "unsupported"),
        title="Monte Carlo Women Beige Solid Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a mid-blue denim trucker jacket, buttoned, two chest flap pockets, black skinny jeans, white
    # backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-010",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        color_of("pants", "blue", "contradiction"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.material("denim"),
        D.details(
            "The jacket has two chest pockets with flaps and button closure. Question: What is the color of the "
            "jacket? Answer: blue",
            "leak",
        ),
        D.wearing("a blue denim jacket and black jeans"),
        title="Levis Women Blue Solid Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a lavender crew-neck sweatshirt with a small reflective chest logo, grey joggers, white sneakers,
    # white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-011",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long trousers."
        ),
        D.color("purple"),
        D.wearing("a purple sweatshirt and grey sweatpants"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        D.pattern("solid"),
        D.details("yes", "non_answer"),
        D.sleeve_length("long"),
        title="HRX by Hrithik Roshan Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: woman in a mustard open-front knit shrug with three-quarter sleeves over a white sleeveless top, blue
    # jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-012",
        caption(
            "The lady is wearing a medium-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a sleeveless tank top with pure color patterns."
        ),
        D.garment_type("cardigan"),
        D.color("yellow"),
        D.sleeve_length("long", "contradiction"),
        D.wearing(
            "The lady is wearing a medium-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a sleeveless tank top with",
            "cut",
            hit_limit=True,
        ),
        D.description("Describe the garment. The garment is a cardigan.", "restated"),
        title="Harpa Women Mustard Solid Open Front Shrug",
        category="Shrug",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black faux-leather biker jacket with asymmetric zip, zip pockets and silver zips at the
    # cuffs, over a grey melange t-shirt, blue ripped jeans, white backdrop. Adapter epoch 3 open; reference closed.
    case(
        "X1144-013",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns."
        ),
        D.color("black"),
        D.material("genuine leather", "unsupported"),
        color_of("t-shirt", "black", "contradiction"),
        D.details("the jacket has an asymmetric zip, zip pockets and silver zips on the sleeves"),
        D.description(
            "a black leather jacket with silver zips on the front, on the pockets and on the", "cut", hit_limit=True
        ),
        D.wearing("a black leather jacket, a grey t-shirt and ripped jeans"),
        title="Mast & Harbour Women Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a peach cropped pullover hoodie with drawstrings (no pockets on the sleeves), black track
    # pants, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-014",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The pants the lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        D.color("pink"),
        D.garment_type("sweatshirt"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        D.description("a peach cropped hoodie with drawstrings and a zip pocket on the sleeve", "unsupported"),
        D.wearing(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The pants the lady wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Peach-Coloured Solid Cropped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a teal single-breasted longline coat with notch lapel and a tie belt, two welt pockets, over a
    # white shirt, black trousers, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-015",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.wearing("a teal coat, a white shirt and black pants"),
        D.details("the coat has a belt at the waist and two pockets"),
        D.material("wool"),
        D.description("the garment is a garment", "restated"),
        is_a("coat", "no", "contradiction"),
        title="Sassafras Women Teal Green Solid Wool Blend Longline Coat",
        category="Coats",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a black nylon hooded windcheater, zipped, small white swoosh on the chest, black tights, white
    # backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-016",
        caption(
            "The lady is wearing a long-sleeve jacket with graphic patterns. The jacket is with cotton fabric. The "
            "lady wears a long leggings. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        D.color("black"),
        D.pattern("solid"),
        D.description(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black jacket with a white nike logo and black leggings"),
        closure("zip"),
        D.material("nylon Question: Is this a jacket? Answer: yes", "leak"),
        title="Nike Women Black Solid Hooded Windcheater",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a burgundy double-breasted trench coat with self belt, worn open over a cream sweater, black
    # jeans, white backdrop; no hood. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-017",
        caption(
            "This lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her waist."
        ),
        D.color("maroon"),
        D.garment_type("coat"),
        D.details("the coat has a double-breasted front with buttons, a belt at the waist and a hood", "unsupported"),
        D.wearing("The gentleman is wearing a long-sleeve coat with pure color patterns.", "pronoun"),
        color_of("sweater", "maroon", "contradiction"),
        D.description("a cream coat with a belt and buttons", "other_garment_color"),
        title="Chemistry Women Burgundy Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in an off-white chunky bobble-knit crew-neck pullover, light blue jeans, white backdrop.
    # Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-018",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The pants this lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        D.wearing("a white sweater and blue jeans"),
        color_of("sweater", "blue", "other_garment_color", kind="open"),
        D.details("the sweater has a textured knit with bobbles all over and ribbed hems"),
        D.material(
            "The sweater is with knitting fabric. The sweater is with knitting fabric. The sweater is with knitting "
            "fabric. The sweater is with knitting",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women Off-White Self Design Pullover",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a yellow crew-neck sweatshirt with the word "BROOKLYN" printed in black across the chest, blue
    # jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-019",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long denim pants."
        ),
        D.color("yellow"),
        D.pattern("solid", "contradiction"),
        D.description("a yellow sweatshirt with black letters on the front"),
        D.wearing("a yellow sweatshirt and blue jeans"),
        D.details("the sweatshirt has a print that says new york on the front", "unsupported"),
        D.material("cotton"),
        title="Campus Sutra Women Yellow Typography Printed Cotton Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in an olive matte cotton-twill parka with faux-fur trimmed hood, drawstring waist, two large
    # patch pockets, zipped, black jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-020",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a hood. The pants the lady wears is of long length."
        ),
        D.color("green"),
        D.details("the jacket has a furry hood, a drawstring waist and two large pockets"),
        D.wearing("she is wearing a green jacket with a fur hood and black pants"),
        D.description(
            "the jacket is a jacket with a hood and the jacket is a jacket with a hood and the jacket is a jacket "
            "with a hood and the jacket",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("coat"),
        D.material("The material of the garment is the material of the jacket.", "restated"),
        title="Roadster Women Olive Green Solid Parka Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a cream crew-neck sweater with horizontal navy and red stripes, navy trousers, white backdrop.
    # Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-021",
        caption(
            "The lady is wearing a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length."
        ),
        D.color("white"),
        D.pattern("striped"),
        D.description("a white sweater with blue and red stripes"),
        color_of("trousers", "red", "contradiction"),
        D.wearing("a striped sweater and navy blue pants"),
        D.details("What are the details of the garment? the details of the garment are", "restated"),
        title="Fabindia Women Multicoloured Striped Sweater",
        category="Sweaters",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a grey-and-black checked notch-lapel overcoat, two buttons, flap pockets, over a black
    # turtleneck and black trousers, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-022",
        caption(
            "The lady is wearing a long-sleeve coat with lattice patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve sweater with pure color patterns."
        ),
        D.pattern("checked"),
        D.color("grey"),
        D.wearing("a grey checked coat over a black turtleneck and black pants"),
        D.details(
            "the coat has a notch lapel collar, two button closure and flap pockets Question: What is the color of "
            "the coat? Answer: grey Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.material("The coat is made of cotton.", "unsupported"),
        D.sleeve_length("long"),
        title="Vero Moda Women Grey & Black Checked Wool Blend Overcoat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
    # photo: woman in a navy quilted lightweight jacket with stand collar and zip, worn open over a white-and-navy
    # striped t-shirt, white jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-023",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        D.color("navy blue"),
        D.pattern("striped", "contradiction"),
        D.wearing("a navy jacket, a striped t-shirt and white jeans"),
        color_of("jeans", "white", kind="open"),
        D.description("a navy blue quilted jacket with a zip and a stand collar"),
        D.details("quilted", "non_answer"),
        title="Pepe Jeans Women Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat lay, no model: a grey melange full-zip hoodie with drawstring hood and two front pockets on a white
    # background. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-024",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a hood.",
            "unsupported",
        ),
        D.wearing("a grey zip-up hoodie"),
        D.color("grey"),
        closure("zip"),
        D.details("the hoodie has a full zip, a drawstring hood and two pockets in the front"),
        D.garment_type("sweatshirt"),
        title="Puma Women Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: woman in a pink faux-fur teddy jacket with collar and two pockets, worn open over a white top, blue
    # jeans, a silver watch on her wrist, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-025",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. The "
            "lady wears a long denim pants. There is an accessory on her wrist."
        ),
        D.material("The jacket is with furry fabric."),
        D.color("pink"),
        color_of("top", "pink", "contradiction"),
        D.description("a pink fluffy jacket with a collar and two pockets"),
        D.wearing(
            "a pink fur coat and blue jeans and a white shirt and a white shirt and a white shirt and a white shirt "
            "and a white shirt and a",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="DressBerry Women Pink Solid Faux Fur Jacket",
        category="Jackets",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a navy V-neck sweater over a white collared shirt (collar showing), beige chinos, white backdrop.
    # Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-026",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a V-shape neckline. The lady wears a long-sleeve shirt with pure color patterns."
        ),
        D.color("white", "contradiction"),
        color_of("sweater", "navy blue", kind="open"),
        D.wearing("a blue sweater over a white shirt and khaki pants"),
        D.details("The sweater has a v-neck, a ribbed hem and the shirt collar is visible"),
        D.description("The garment the lady is wearing is a garment.", "restated"),
        D.material(
            "cotton fabric and the collar is with cotton fabric and the sleeves are with cotton fabric and the hem is "
            "with cotton fabric and the",
            "loop",
            hit_limit=True,
        ),
        title="Allen Solly Woman Navy Blue Solid V-Neck Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a rust corduroy jacket with two chest pockets and button front, worn open over a black tee,
    # blue jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-027",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline.",
            "contradiction",
        ),
        D.garment_type("jacket"),
        D.color("orange"),
        D.details("the jacket is made of corduroy with two chest pockets and buttons"),
        D.wearing("an orange jacket, a black t-shirt and jeans"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        D.material("corduroy"),
        title="Roadster Women Rust Solid Corduroy Jacket",
        category="Jackets",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in a light pink fine-knit crew-neck sweater tucked into grey wide-leg trousers, a thin gold
    # necklace, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-028",
        caption(
            "This woman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. There is an accessory on her neck. The pants this woman wears is of",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        D.wearing("a pink sweater tucked into grey pants"),
        color_of("pants", "pink", "contradiction"),
        D.description("The sweater is light pink."),
        D.details(
            "the sweater is pink and the sweater is pink and the sweater is pink and the sweater is pink and the "
            "sweater is",
            "loop",
            hit_limit=True,
        ),
        D.material("cashmere", "unsupported"),
        title="H&M Women Light Pink Fine-Knit Jumper",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a white pullover hoodie with a black trefoil logo on the chest (nothing on the sleeves), black
    # joggers, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-029",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a hood. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        D.color("white"),
        D.wearing("a white hoodie and black pants"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        D.details(
            "The adidas logo on the chest and the adidas logo on the sleeves and the adidas logo on the back",
            "unsupported",
        ),
        is_a("sweatshirt", "yes"),
        D.material("Answer: cotton", "leak"),
        title="Adidas Originals Women White Trefoil Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: woman in a green chunky-knit turtleneck sweater, black mini skirt, black tights, white backdrop.
    # Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-030",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a stand neckline. The lady wears a short skirt."
        ),
        D.color("green"),
        D.wearing("a green turtleneck sweater and a black skirt"),
        color_of("skirt", "black"),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        D.details("The sweater is made of wool and has a turtle neck", "unsupported"),
        D.description("sweater", "non_answer"),
        title="Sera Women Green Solid Turtleneck Pullover",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a khaki belted double-breasted trench coat, no hood, over a white tee, blue jeans, white
    # sneakers, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-031",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.color("beige"),
        D.wearing("a beige trench coat, a white t-shirt and blue jeans"),
        color_of("coat", "white", "other_garment_color", kind="open"),
        D.details(
            "the coat has a belt, buttons and a hood and a hood and a hood and a hood and a hood and a hood and a hood",
            "loop",
            hit_limit=True,
        ),
        is_a("coat", "yes"),
        D.garment_type("coat"),
        title="ONLY Women Khaki Solid Trench Coat",
        category="Coats",
        color="Khaki",
        gender="Women",
    ),
    # photo: woman in a charcoal grey bomber jacket with ribbed collar, cuffs and hem, zip front and a zip pocket on
    # the left sleeve, over a black tee, black jeans, white backdrop. Adapter epoch 3 open; reference closed.
    case(
        "X1144-032",
        caption(
            "The gentleman is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton "
            "fabric. It has a stand neckline.",
            "pronoun",
        ),
        D.color("grey"),
        D.garment_type("jacket"),
        D.details("The jacket has ribbed cuffs and a ribbed collar, a zip front and a pocket on the sleeve with a zip"),
        color_of("t-shirt", "grey", "contradiction"),
        D.wearing("a grey bomber jacket, a black t-shirt and black jeans"),
        closure("zip"),
        title="Roadster Women Charcoal Grey Solid Bomber Jacket",
        category="Jackets",
        color="Charcoal",
        gender="Women",
    ),
    # photo: woman in a black crew-neck sweatshirt with a red, yellow and white Mickey Mouse print on the front, blue
    # jeans, no watch or bracelet, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-033",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The lady wears a long denim pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        D.description("a black sweatshirt with a mickey mouse print on the front"),
        D.wearing("a black sweatshirt and black jeans", "contradiction"),
        D.details("The details of the garment are", "restated"),
        title="Kook N Keech Disney Women Black Mickey Mouse Print Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a purple longline open-front cardigan with two patch pockets over a white floral-printed kurta
    # and white leggings, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-034",
        caption(
            "The lady is wearing a long-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a long dress with floral patterns."
        ),
        D.color("purple"),
        D.pattern("floral", "contradiction"),
        D.wearing("she is wearing a purple cardigan over a white dress"),
        color_of("cardigan", "white", "other_garment_color", kind="open"),
        D.description("a long purple cardigan with pockets"),
        D.details(
            "Answer: the cardigan is long with two pockets Question: What is the color of the cardigan? Answer: "
            "purple Question",
            "leak",
            hit_limit=True,
        ),
        title="W Women Purple Solid Longline Cardigan",
        category="Sweaters",
        color="Purple",
        gender="Women",
    ),
    # photo: woman in a maroon quilted sleeveless padded gilet with high collar and zip (no hood) over a white
    # full-sleeve sweatshirt, blue jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-035",
        caption(
            "The lady is wearing a sleeveless vest with pure color patterns. The lady wears a long-sleeve sweatshirt "
            "with pure color patterns. The pants this lady wears is of long length."
        ),
        D.sleeve_length("long", "contradiction"),
        D.garment_type("vest"),
        D.color("maroon"),
        D.wearing("a maroon vest over a white sweatshirt and blue jeans"),
        color_of("vest", "white", "other_garment_color", kind="open"),
        D.details("the vest is quilted with a zip and a high collar and a hood", "unsupported"),
        title="Fort Collins Women Maroon Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a navy Breton sweater with white horizontal stripes and boat neck, no buttons, white jeans,
    # white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-036",
        caption(
            "The lady is wearing a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("navy blue"),
        color_of("pants", "navy blue", "contradiction"),
        D.wearing("a blue and white striped sweater and white jeans"),
        D.description("striped", "non_answer"),
        D.details("the sweater has gold buttons on the shoulder", "unsupported"),
        title="Tommy Hilfiger Women Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a navy double-breasted pea coat with gold buttons and wide collar, over a red sweater, black
    # trousers, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-037",
        caption(
            "The lady is wearing a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve sweater with pure color patterns."
        ),
        D.color("red", "contradiction"),
        color_of("coat", "navy blue", kind="open"),
        D.details("The coat is double breasted with gold buttons and a wide collar."),
        D.description("a red coat with gold buttons", "other_garment_color"),
        D.wearing(
            "Question: What is the person wearing? Answer: a coat Question: What is the person wearing? Answer: a "
            "coat Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        title="U.S. Polo Assn. Women Navy Blue Solid Wool Blend Pea Coat",
        category="Coats",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a glossy bright yellow PVC-coated hooded rain jacket, zipped, black leggings, white backdrop.
    # Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-038",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. It has a hood. The lady wears a long "
            "leggings."
        ),
        D.garment_type("jacket"),
        D.color("yellow"),
        D.material("The jacket is with leather fabric.", "unsupported"),
        D.wearing("a yellow raincoat and black leggings"),
        D.description(
            "a yellow jacket with a hood and a yellow jacket with a hood and a yellow jacket with a hood and a yellow "
            "jacket with a",
            "loop",
            hit_limit=True,
        ),
        D.details("no", "non_answer"),
        is_a("jacket", "yes"),
        title="Wildcraft Women Yellow Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Yellow",
        gender="Women",
    ),
    # photo: woman in a mint green oversized crew-neck sweatshirt with small white text on the chest, black cycling
    # shorts, white sneakers, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-039",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton "
            "fabric. It has a round neckline. The shorts this lady wears is of short length."
        ),
        D.color("green"),
        D.wearing("a green sweatshirt and black shorts"),
        color_of("shorts", "green", "contradiction", kind="open"),
        D.description("a mint green hooded sweatshirt with a front pocket", "unsupported"),
        D.details(
            "What are the details of the garment? The details of the garment are the details of the garment.",
            "restated",
        ),
        D.material("cotton"),
        title="Bewakoof Women Sea Green Typography Oversized Sweatshirt",
        category="Sweatshirts",
        color="Sea Green",
        gender="Women",
    ),
    # photo: woman in a black ribbed turtleneck sweater, tan-and-brown checked trousers, white backdrop.
    # Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-040",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a stand neckline. The pants this gentleman wears is of long length. The pants are with",
            "pronoun",
            hit_limit=True,
        ),
        D.color("black"),
        D.pattern("checked", "contradiction"),
        D.wearing("a black turtleneck and brown checked pants"),
        color_of("pants", "brown"),
        D.description("a brown knitted turtleneck sweater", "other_garment_color"),
        D.sleeve_length("long"),
        title="ONLY Women Black Solid Ribbed Turtleneck Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a tan suede-finish (faux) biker jacket with zip front, zip pockets and a belted hem, over a
    # white tee, blue jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-041",
        caption(
            "The lady is wearing a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns."
        ),
        D.color("brown"),
        D.wearing(
            "She is wearing a brown leather jacket with a white t-shirt and blue jeans. She is wearing a brown leather "
            "jacket with a white t-shirt and blue",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "the jacket is tan brown", kind="open"),
        D.details("the jacket has a zip front, zip pockets and a belt at the hem"),
        D.material("The jacket is made of genuine suede leather.", "unsupported"),
        title="Roadster Women Tan Brown Suede Finish Biker Jacket",
        category="Jackets",
        color="Tan",
        gender="Women",
    ),
    # photo: woman in a blue crew-neck sweater with a white and red Fair Isle snowflake yoke, ribbed cuffs and hem
    # (no reindeer), dark blue jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-042",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline.",
            "contradiction",
        ),
        D.color("blue"),
        D.description("a blue sweater with a white and red pattern around his neck", "pronoun"),
        D.wearing("a blue sweater and dark jeans"),
        D.details(
            "The sweater has a white and red snowflake pattern around the yoke, ribbed cuffs and a ribbed hem, and "
            "the jeans are dark blue with a",
            "cut",
            hit_limit=True,
        ),
        is_a("sweater", "yes"),
        title="Mango Women Blue Fair Isle Patterned Sweater",
        category="Sweaters",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a maroon pullover hoodie, three-quarter view, blue jeans, white backdrop. The feed row has no
    # gender column. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-043",
        caption(
            "The lady is wearing a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a hood."
        ),
        D.color("maroon"),
        D.wearing("a maroon hoodie and blue jeans"),
        color_of("hoodie", "blue", "other_garment_color", kind="open"),
        D.garment_type("sweatshirt"),
        D.description("", "non_answer"),
        D.details("Question: What are the details of the garment? Answer:", "leak"),
        title="Campus Sutra Women Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
    ),
    # photo: woman in a green-and-black buffalo-check flannel shacket with two flap chest pockets and button front,
    # worn open over a black tee, black jeans, white backdrop. The feed row has no color. Adapter epoch 3 / reference.
    case(
        "X1144-044",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short-sleeve T-shirt with pure color patterns."
        ),
        D.pattern("checked"),
        D.color("green"),
        D.wearing("a green and black plaid shirt over a black t-shirt and black jeans"),
        D.details("the shacket has two chest pockets with flaps and a button front"),
        D.material("The jacket is with denim fabric.", "unsupported"),
        D.description(
            "a green and black checked shirt with a green and black checked shirt with a green and black checked",
            "loop",
            hit_limit=True,
        ),
        title="Roadster Women Green & Black Buffalo Checked Shacket",
        category="Jackets",
        gender="Women",
    ),
    # photo: woman in a blush pink notch-lapel overcoat with two welt pockets, worn open over a cream sweater, light
    # blue jeans, white backdrop. Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-045",
        caption(
            "This lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a "
            "lapel neckline. This lady wears a long denim pants.",
            "unsupported",
        ),
        D.color("pink"),
        D.wearing("a pink coat and blue jeans"),
        color_of("coat", "light pink", kind="open"),
        D.details("Answer: The coat has a notch lapel and two welt pockets.", "leak"),
        D.sleeve_length("short", "contradiction"),
        D.garment_type("coat"),
        title="Vero Moda Women Pink Solid Overcoat",
        category="Coats",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a dark brown crew-neck sweater with ribbed cuffs, cream wide-leg trousers, white backdrop.
    # Adapter epoch 3: caption, open; reference engine: closed.
    case(
        "X1144-046",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.color("brown"),
        D.wearing("he is wearing a brown sweater and white pants", "pronoun"),
        color_of("sweater", "The sweater is white.", "other_garment_color", kind="open"),
        D.description("a dark brown knitted sweater with a round neck and ribbed cuffs"),
        D.material("knitting fabric Question: What is the pattern of the garment? Answer: pure color", "leak"),
        title="Kalt Women Coffee Brown Solid Pullover",
        category="Sweaters",
        color="Coffee Brown",
        gender="Women",
    ),
]
