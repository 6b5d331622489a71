"""BLIND_705 (46 products; Myntra women's knitwear and sweatshirts over jeans or skirts, caption + extractive QA):
written blind in the fifty-fourth session. Measured blind at 240db6d (the session's eighth rules): 112/133 failures
found (84.2%) and 3/197 correct texts flagged (1.5%). The writer's notes, verbatim:

Scenario: a Myntra women's winterwear feed (Sweaters and Sweatshirts: pullovers, cardigans, hoodies, sweater vests,
cropped and oversized sweatshirts). Every photo is a catalog shot of a model wearing the product over jeans or a
skirt, most on a white or light grey studio backdrop, a few on a wall, in a park or against a pastel backdrop. Some
carry a bag or a cup, some wear a watch. The feed has title, category (article_type), color (base_colour) and
gender; a few rows lack the color or the gender, as the real styles.csv sometimes does.

Who wrote what: the captions come from the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3), which writes
the DeepFashion template ("The lady wears a long-sleeve sweater with pure color patterns. The sweater is with
knitting fabric..."), hardly ever names a hue, invents accessories (rings, wrist accessories, hats, belts), and with
no end token sometimes loops a sentence or runs to the 50-token limit; a later batch was captioned by the epoch-1
adapter, which still talks like base OPT ("a woman in a blue sweatshirt and black skirt"), and a handful by the
untuned base. Open questions "What is the person wearing?", the open color questions, the neckline and the material
questions are answered by the extractive QA model (mdeberta squad2) over the caption: spans of the caption, an empty
string when it finds none, a span with a bad boundary now and then, and every fault of the caption carried over.
"Describe the X." is free generation by the untuned base (short, names hues, sometimes echoes the question or says
"yes"). "What are the X details?" is free generation by the VQA adapter (Data3_V3_BLIP2_VQA): it stops only when it
happens to emit a newline; otherwise it runs to the 30-token limit and loops or is cut, and it sometimes writes the
training format back ("Question: ... Answer: ..."). Closed questions (garment type, color, pattern, sleeve length, "Is
this a ...?") come from enrich's reference engine: one candidate value each, never looped or cut, but often the color
of the jeans, the skirt, the inner tee or the print instead of the product's.

Labeling conventions and judgement calls:
- The product is the row's sweater/sweatshirt/hoodie/cardigan; a closed color, pattern, sleeve or type answer is
  judged against that garment, not against whatever else she wears.
- A hue that belongs to another garment in the photo (jeans, skirt, inner tee, turtleneck under a cardigan) given to
  the garment asked about is other_garment_color, also when the jeans get the sweater's hue. A hue nobody wears, the
  color of a print or of a stripe rather than the seller's base color, and wrong patterns, sleeve lengths, garment
  types and fabrics the photo or title refutes are contradiction (also when the wrong value is the skirt's pattern or
  material, which are not colors). Where the wrong hue is both a stripe's and another garment's (black stripes
  on a white sweater over a black skirt), other_garment_color.
- Invented details nothing in the row speaks to (rings, wrist accessories, hats, belts, zips, pockets, buttons, a
  wrong neckline, a back print in a front view, a fiber the title does not name) are unsupported.
- The template's word "sweater" for a sweatshirt, hoodie or cardigan, "outer clothing" for an open cardigan and
  "vest" for a sweater vest are accepted; "jacket", "shirt", "T-shirt", "jeans" or "skirt" for the product are not.
  Navy is accepted as blue, maroon and burgundy as red, mustard as yellow, teal as blue, rust as orange,
  magenta and peach as pink, mauve and lavender as purple; a textured one-color knit (cable, rib) is "solid", and
  "striped" for ribbing is a contradiction.
- "cotton fabric" for a sweatshirt is accepted only where the title says cotton; "knitting fabric" for a knit and
  "furry" for a fuzzy knit are accepted (visible); wool or cashmere without the title saying so is unsupported.
- Extractive QA returning "" (no span), a pattern word ("pure color", "solid color") for a color question, a lone
  "yes" or one word to an open question are non_answer; an answer that only turns the question around ("the
  sweatshirt is a sweatshirt", "describe the sweater") is restated.
- A QA span that stops on "with", "and", "it has a" is cut even though the caption goes on; captions and VQA
  answers that ran to their limit carry hit_limit=True and are labelled loop when they repeat, else cut.
- A caption or span that calls the model "he", "his", "man" or "gentleman" is pronoun; a row without a gender column
  still shows a woman, but no pronoun failure is set there. A true but partial answer ("a long skirt" to "What is she
  wearing?") is correct. One label per text, the most salient fault when a text has two.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the sweater?", "open")

BLIND_705 = [
    # photo: grey melange pullover hoodie, kangaroo pocket, white drawcords, blue skinny jeans, white sneakers, white
    # backdrop, front view. Caption epoch-3 adapter; QA spans (none for the neckline); closed reference.
    case(
        "X705-001",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long denim pants. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("hoodie"),
        Q.color("grey"),
        neckline("", "non_answer"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Roadster Women Grey Melange Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy cable-knit crew-neck pullover, light blue ripped jeans, hands in pockets, no jewellery, white
    # backdrop. Caption epoch-3 (invents a V neck and a wrist accessory); QA spans; closed reference; describe
    # base (reads navy as black); details VQA loops to the limit.
    case(
        "X705-002",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is v-shape. The lady wears a long denim pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("blue"),
        Q.pattern("solid"),
        neckline("v-shape", "unsupported"),
        Q.material("knitting fabric"),
        describe("sweater", "a black sweater", "contradiction"),
        details(
            "sweater",
            "cable knit, cable knit, cable knit, cable knit, cable knit, cable knit, cable knit, cable knit, cable",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard open-front button cardigan (no belt, no pockets) over a white crew tee, black skinny jeans, tan
    # shoulder bag, light grey backdrop. Caption epoch-3; QA spans; closed reference; describe base; details VQA.
    case(
        "X705-003",
        caption(
            "This lady wears an outer clothing with long sleeves, knitting fabric and pure color patterns. Her inner "
            "top has a crew neckline. She wears a long trousers. The trousers are with denim fabric."
        ),
        wearing("an outer clothing with long sleeves, knitting fabric and pure color patterns", who="she"),
        Q.garment_type("cardigan"),
        Q.color("yellow"),
        color_of("jeans", "blue", "contradiction"),
        is_a("cardigan", "yes"),
        Q.sleeve_length("long"),
        describe("cardigan", "a yellow cardigan and a white t-shirt"),
        details("cardigan", "the cardigan has a belt and two patch pockets", "unsupported"),
        title="DressBerry Women Mustard Yellow Solid Open Front Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: pink crew-neck sweatshirt with a white "BROOKLYN 1998" print across the chest, black mini skirt, black
    # ankle boots, white backdrop. Caption epoch-3 (calls her a man); QA spans (no span for the hue); closed
    # reference; details VQA.
    case(
        "X705-004",
        caption(
            "This man wears a long-sleeve sweater with graphic patterns and a short skirt. The sweater is with cotton "
            "fabric and it has a crew neckline.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with graphic patterns and a short skirt", who="she"),
        Q.pattern("graphic"),
        Q.color("white", "contradiction"),
        color_of("skirt", "black"),
        details("sweatshirt", "brooklyn 1998 print on the front"),
        Q.material("cotton fabric"),
        color_of("sweatshirt", "", "non_answer", kind="open"),
        title="HERE&NOW Women Pink Typography Printed Cotton Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: off-white chunky knit turtleneck pullover, light blue straight jeans, beige backdrop, three-quarter side
    # view. Caption epoch-3 loops a sentence to the limit; QA spans; closed reference; describe base.
    case(
        "X705-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is high. The sweater is with knitting fabric and its neckline is high. The sweater is with "
            "knitting fabric and its",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("blue", "other_garment_color"),
        neckline("high"),
        Q.material("knitting fabric"),
        Q.garment_type("sweater"),
        describe("sweater", "yes", "non_answer"),
        title="Vero Moda Women Off White Self Design Turtle Neck Pullover",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: olive zip-up hoodie worn open over a black crop top, black skinny jeans, no rings, white backdrop.
    # Caption epoch-3 (invents a ring); QA spans; closed reference; describe base; details VQA loops to the limit.
    case(
        "X705-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "cotton fabric. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        describe("sweatshirt", "a green hoodie with a zipper"),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "the hoodie has a zipper and a hood with a drawstring, the hoodie has a zipper and a hood with a "
            "drawstring, the hoodie has a",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Olive Green Solid Cotton Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender cropped crew-neck sweatshirt, high-waist light blue mom jeans, white backdrop. Caption epoch-3,
    # cut at the limit; QA spans (one bad boundary); closed reference (calls it a T-shirt).
    case(
        "X705-007",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and it "
            "has a crew neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("purple"),
        color_of("sweatshirt", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long"),
        neckline("it has a crew", "cut"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Tokyo Talkies Women Lavender Solid Cotton Crop Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon V-neck cardigan with plain tonal buttons and no pockets, buttoned and worn as a top, black
    # pleated midi skirt, white backdrop. Caption epoch-3; QA spans; closed reference (ribbed knit read as
    # stripes); details VQA invents gold buttons and pockets.
    case(
        "X705-008",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is v-shape. The lady wears a long skirt with solid color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweater"),
        Q.color("red"),
        color_of("skirt", "black"),
        is_a("skirt", "yes", "contradiction"),
        Q.pattern("striped", "contradiction"),
        details("cardigan", "the cardigan has gold buttons and two pockets on the front", "unsupported"),
        title="Fort Collins Women Maroon Self Design Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: black pullover hoodie, hood down, small white Puma cat logo on the chest, black skinny jeans, grey studio
    # backdrop. Caption epoch-3 (invents a hat); QA spans; closed reference; describe base; details VQA (leaks).
    case(
        "X705-009",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long denim pants. The pants are with denim fabric and solid color patterns. This lady wears a "
            "hat.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.color("black"),
        Q.pattern("graphic"),
        describe("hoodie", "a black hoodie with a puma logo on the front"),
        details(
            "hoodie",
            "logo Answer: black Question: What is the color of the jeans? Answer: black Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton fabric"),
        title="Puma Women Black Printed Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige cable-knit pullover tucked into a brown-and-cream checked A-line mini skirt, black tights, white
    # backdrop. Caption epoch-3 gives the sweater the skirt's checks; QA spans; closed reference; describe base;
    # details VQA.
    case(
        "X705-010",
        caption(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. The "
            "lady wears a short skirt. The skirt is with lattice patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater with lattice patterns", "contradiction"),
        Q.pattern("solid"),
        Q.color("beige"),
        color_of("skirt", "brown"),
        Q.garment_type("sweater"),
        details("sweater", "the sweater details are the details of the sweater", "restated"),
        describe("sweater", "a grey sweater and a plaid skirt", "contradiction"),
        title="ONLY Women Beige Cable Knit Pullover",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: teal crew-neck sweatshirt, black denim mini skirt, holding a paper coffee cup, white backdrop. Caption
    # epoch-1 (names hues); QA spans (one picks the wrong hue word); closed reference (one gives the skirt's hue);
    # describe base; details VQA.
    case(
        "X705-011",
        caption("a woman in a blue sweatshirt and black skirt holding a cup of coffee"),
        wearing("a blue sweatshirt and black skirt"),
        color_of("sweatshirt", "blue", kind="open"),
        color_of("skirt", "blue", "other_garment_color", kind="open"),
        Q.garment_type("sweatshirt"),
        describe("sweatshirt", "a blue sweatshirt with a round neck"),
        details("sweatshirt", "the sweatshirt has a hood and a front pocket", "unsupported"),
        Q.color("black", "other_garment_color"),
        title="Kook N Keech Women Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: peach pullover hoodie, white pleated tennis skirt, white sneakers, pastel pink backdrop. Caption epoch-3;
    # QA spans; closed reference; details VQA loops to the limit.
    case(
        "X705-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. She "
            "wears a short skirt with pure color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("pink"),
        color_of("skirt", "pink", "other_garment_color"),
        is_a("skirt", "no"),
        Q.sleeve_length("long"),
        details(
            "hoodie",
            "the hoodie has a hood and a kangaroo pocket, the hoodie has a hood and a kangaroo pocket, the hoodie has "
            "a hood and a",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Peach-Coloured Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: red crew-neck pullover with white horizontal stripes, mid-blue straight jeans, white backdrop. Caption
    # epoch-3; QA spans (one cut short); closed reference; describe base; details VQA (invents buttons).
    case(
        "X705-013",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and it "
            "has a crew neckline. The lady wears a long denim pants."
        ),
        wearing("a long-sleeve sweater with", "cut"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        color_of("jeans", "blue"),
        describe("sweater", "a red and white striped sweater"),
        details("sweater", "the sweater has gold buttons on the shoulder", "unsupported"),
        title="Allen Solly Woman Red & White Striped Pullover",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: bottle-green button cardigan worn open over a white collared shirt (cuffs showing at the wrists), grey
    # wash jeans, white backdrop. Caption epoch-3 (layered template); QA spans; closed reference; details VQA;
    # describe base.
    case(
        "X705-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. This lady also "
            "wears an outer clothing, with knitting fabric and pure color patterns."
        ),
        wearing("an outer clothing, with knitting fabric and pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        is_a("cardigan", "yes"),
        Q.material("knitting fabric"),
        details("cardigan", "knitting", "non_answer"),
        describe("cardigan", "a green cardigan over a white shirt"),
        title="United Colors of Benetton Women Green Solid Cardigan",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal crew-neck sweatshirt, blue denim mini skirt, black ankle boots, red brick wall outdoors.
    # Caption epoch-3; QA spans; closed reference (the skirt's hue); details VQA leaks; describe base restates.
    case(
        "X705-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with denim fabric and solid color patterns."
        ),
        wearing(
            "a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The lady wears a "
            "short skirt"
        ),
        Q.color("blue", "other_garment_color"),
        details("sweatshirt", "grey Question: What is the color of the skirt? Answer: blue", "leak"),
        color_of("skirt", "blue"),
        describe("sweatshirt", "the sweatshirt is a sweatshirt", "restated"),
        title="Roadster Women Charcoal Grey Solid Cotton Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: cream sleeveless rib-knit pullover sweater vest (no buttons) over a light blue pinstriped shirt, black
    # mini skirt, white backdrop. Caption epoch-3 (describes the shirt first); QA spans; closed reference; details
    # VQA.
    case(
        "X705-016",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady also wears a vest. She wears a short skirt."
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.garment_type("vest"),
        is_a("sweater", "yes"),
        details("vest", "the vest has buttons down the front", "unsupported"),
        title="Mast & Harbour Women Cream-Coloured Solid Sweater Vest",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: burgundy ribbed turtleneck sweater, black faux-leather mini skirt, white backdrop. Caption epoch-3;
    # QA spans; closed reference (ribs read as stripes, the skirt's leather given as the fabric); describe base.
    case(
        "X705-017",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is high. The lady wears a short skirt. The skirt is with leather fabric and solid color "
            "patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("brown", "contradiction"),
        Q.material("leather fabric", "contradiction"),
        neckline("high"),
        Q.pattern("striped", "contradiction"),
        describe("sweater", "a brown turtleneck sweater", "contradiction"),
        title="DressBerry Women Burgundy Ribbed Turtle Neck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Women",
    ),
    # photo: navy and white color-block crew-neck sweatshirt (white chest panel), light blue jeans, white backdrop.
    # Caption epoch-3; QA spans; closed reference (the chest panel's white); details VQA invents a zip and pockets.
    case(
        "X705-018",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric and it "
            "has a crew neckline. The lady wears a long denim pants."
        ),
        wearing("a long-sleeve sweater with color block patterns"),
        Q.pattern("color block"),
        Q.color("white", "contradiction"),
        details("sweatshirt", "the sweatshirt has a zipper on the front and two pockets on the sides", "unsupported"),
        Q.sleeve_length("long"),
        neckline("crew"),
        title="HERE&NOW Women Navy Blue & White Colourblocked Cotton Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light grey longline open cardigan over a black short-sleeve crew tee, black skinny jeans, walking pose,
    # white backdrop. Caption epoch-3 in the male template; QA spans; closed reference (answers the tee).
    case(
        "X705-019",
        caption(
            "His T-shirt has short sleeves, cotton fabric and pure color patterns. It has a crew neckline. He wears a "
            "long trousers. The trousers are with denim fabric and solid color patterns. This man also wears an "
            "outer clothing, with knitting fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("His T-shirt has short sleeves", "pronoun", who="she"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("cardigan"),
        Q.sleeve_length("short", "contradiction"),
        is_a("cardigan", "yes"),
        title="Vero Moda Women Grey Solid Longline Open Front Cardigan",
        category="Sweaters",
        color="Grey",
        gender="Women",
    ),
    # photo: light blue crew-neck sweatshirt with a small red Levi's batwing logo, mid-blue jeans (both blue), white
    # wall. Caption epoch-1; QA spans; closed reference; details VQA invents a zip pocket.
    case(
        "X705-020",
        caption("a woman in a blue sweatshirt and blue jeans standing in front of a white wall"),
        wearing("a blue sweatshirt and blue jeans"),
        color_of("sweatshirt", "blue", kind="open"),
        color_of("jeans", "blue", kind="open"),
        Q.pattern("graphic"),
        Q.garment_type("jeans", "contradiction"),
        details("sweatshirt", "the sweatshirt has a zip pocket on the side", "unsupported"),
        title="Levis Women Blue Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: rust cable-knit V-neck cardigan, buttoned, cream knit midi skirt, gold watch on the left wrist, a thin
    # ring, white backdrop. Caption epoch-3 cut at the limit; QA spans; closed reference; details VQA echoes.
    case(
        "X705-021",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is v-shape. The lady wears a long skirt. The skirt is with knitting fabric and pure color "
            "patterns. There is an accessory on her wrist. There is a ring on her fing",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("orange"),
        Q.garment_type("cardigan"),
        color_of("skirt", "orange", "other_garment_color"),
        neckline("v-shape"),
        details("cardigan", "what are the cardigan details", "restated"),
        title="Marks & Spencer Women Rust Orange Cable Knit Cardigan",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: black pullover hoodie with a yellow-and-white Hogwarts crest print on the chest, blue ripped jeans,
    # white backdrop. Caption epoch-3; QA spans; closed reference (gives the print's hue); describe base; details
    # VQA says "his".
    case(
        "X705-022",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The lady "
            "wears a long denim pants. The pants are with denim fabric and solid color patterns."
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.color("yellow", "contradiction"),
        Q.pattern("graphic"),
        describe("hoodie", "a black hoodie with a harry potter logo on it"),
        is_a("hoodie", "yes"),
        Q.material("cotton fabric"),
        details("hoodie", "his hoodie has a harry potter print on the front", "pronoun"),
        title="The Souled Store Women Black Harry Potter Printed Cotton Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: mauve fuzzy mohair-look crew-neck pullover, light wash mom jeans, white backdrop. Caption epoch-3; QA
    # spans; closed reference (gives the jeans the sweater's hue); details VQA invents a fiber.
    case(
        "X705-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. The "
            "lady wears a long denim pants."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("purple"),
        Q.material("furry fabric"),
        details("sweater", "the sweater is made of mohair wool with long sleeves and a round neck", "unsupported"),
        Q.sleeve_length("long"),
        color_of("jeans", "purple", "other_garment_color"),
        title="Styli Women Mauve Fuzzy Knit Pullover Sweater",
        category="Sweaters",
        color="Mauve",
        gender="Women",
    ),
    # photo: bright yellow pullover hoodie, black denim mini skirt, white backdrop. Caption epoch-3; QA spans;
    # closed reference (the hoodie's yellow for the skirt); describe base says "he"; details VQA invents a lining
    # and a zip pocket.
    case(
        "X705-024",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with denim fabric and solid color patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("yellow"),
        color_of("skirt", "yellow", "other_garment_color"),
        Q.garment_type("hoodie"),
        describe("hoodie", "he is wearing a yellow hoodie with a hood", "pronoun"),
        details("hoodie", "the hoodie has a fleece lining and a zip pocket", "unsupported"),
        title="Campus Sutra Women Yellow Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: white crew-neck pullover with thin black horizontal stripes, black A-line midi skirt, white backdrop.
    # Caption epoch-3; QA spans; closed reference (the skirt's black; a "no" to its own type); details VQA.
    case(
        "X705-025",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and it "
            "has a crew neckline. The lady wears a long skirt with pure color patterns."
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        color_of("skirt", "black"),
        details("sweater", "striped sweater with long sleeves and a round neck"),
        is_a("sweater", "no", "contradiction"),
        title="Tokyo Talkies Women White & Black Striped Pullover",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: baby pink button cardigan with small white embroidered flowers, buttoned, light blue jeans, shoes out of
    # frame, white backdrop. Caption epoch-3; QA spans; closed reference (the flowers' white); describe base loops
    # to the limit.
    case(
        "X705-026",
        caption(
            "The lady wears a long-sleeve sweater with floral patterns. The sweater is with knitting fabric and its "
            "neckline is round. The lady wears a long denim pants."
        ),
        wearing("a long-sleeve sweater with floral patterns"),
        Q.pattern("floral"),
        Q.color("white", "contradiction"),
        describe(
            "cardigan",
            "a pink cardigan with white flowers on it and a pair of jeans and a pair of white sneakers and a pair of "
            "white sneakers and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("cardigan"),
        neckline("round"),
        title="Harpa Women Pink Floral Embroidered Cardigan",
        category="Sweaters",
        color="Pink",
        gender="Women",
    ),
    # photo: plain black crew-neck sweatshirt (no print), mid-blue skinny jeans, white backdrop. Caption epoch-1 gives
    # one color to both; QA spans inherit it; closed reference; describe base invents a logo; details VQA leaks.
    case(
        "X705-027",
        caption("a woman in a black sweatshirt and black jeans", "contradiction"),
        wearing("a black sweatshirt and black jeans", "contradiction"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.sleeve_length("long"),
        describe("sweatshirt", "a black sweatshirt with a white logo on the front", "unsupported"),
        details(
            "sweatshirt",
            "the sweatshirt has a crew neck Answer: black Question: What is the color of the jeans? Answer: black",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Black Solid Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy textured V-neck wool cardigan, buttoned with navy buttons, white shirt collar showing, grey pleated
    # knee-length skirt, white backdrop. Caption epoch-3 calls it cotton; QA spans; closed reference; describe base.
    case(
        "X705-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric and its "
            "neckline is v-shape. The lady wears a medium skirt.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.material("cotton fabric", "contradiction"),
        Q.color("blue"),
        color_of("skirt", "grey"),
        is_a("cardigan", "yes"),
        neckline("v-shape"),
        describe("cardigan", "a blue cardigan with white buttons", "unsupported"),
        title="Monte Carlo Women Navy Blue Self Design Pure Wool Cardigan",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive oversized crew-neck sweatshirt with white "NOT TODAY" text, black ripped jeans, bare wrists, beige
    # backdrop. Caption epoch-3 (invents a wrist accessory); QA spans; closed reference; details VQA.
    case(
        "X705-029",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and it has "
            "a crew neckline. The lady wears a long denim pants. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.color("green"),
        Q.pattern("graphic"),
        details("sweatshirt", "the sweatshirt has a slogan that says not today"),
        color_of("jeans", "blue", "contradiction"),
        title="FabAlley Women Olive Typography Printed Oversized Cotton Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: red pullover hoodie, blue denim button-front mini skirt, white backdrop. Caption epoch-3 repeats its
    # skirt sentence to the limit; QA spans; closed reference; details VQA cut at the limit.
    case(
        "X705-030",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with denim fabric and solid color patterns. The lady wears a "
            "short skirt. The skirt is with denim fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("red"),
        color_of("skirt", "solid color", "non_answer", kind="open"),
        Q.garment_type("skirt", "contradiction"),
        is_a("hoodie", "yes"),
        details(
            "hoodie",
            "the hoodie has a kangaroo pocket on the front and a drawstring hood with white cords and ribbed cuffs "
            "and a ribbed hem and a",
            "cut",
            hit_limit=True,
        ),
        title="Pepe Jeans Women Red Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Women",
    ),
    # photo: sea green crew-neck pullover, white jeans, white wall. Caption epoch-1; QA spans (no span for the
    # material); closed reference; details VQA invents cashmere; describe base answers one word.
    case(
        "X705-031",
        caption("a woman wearing a green sweater and white pants standing in front of a white wall"),
        wearing("a green sweater and white pants"),
        color_of("sweater", "green", kind="open"),
        color_of("pants", "white", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.material("", "non_answer"),
        details("sweater", "the sweater is made of cashmere", "unsupported"),
        describe("sweater", "green", "non_answer"),
        title="Van Heusen Woman Sea Green Solid Pullover",
        category="Sweaters",
        color="Sea Green",
        gender="Women",
    ),
    # photo: brown-and-cream checked fuzzy cardigan, buttoned, black mini skirt, white backdrop. Caption epoch-3; QA
    # spans; closed reference; describe base; details VQA leaks the training format to the limit.
    case(
        "X705-032",
        caption(
            "The lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. The "
            "lady wears a short skirt."
        ),
        wearing("a long-sleeve sweater with lattice patterns"),
        Q.pattern("checked"),
        Q.color("black", "other_garment_color"),
        describe("cardigan", "a brown and white plaid cardigan"),
        details(
            "cardigan",
            "the cardigan has buttons on the front Question: What is the color of the cardigan? Answer: brown "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("cardigan"),
        title="Tokyo Talkies Women Brown & Cream Checked Cardigan",
        category="Sweaters",
        color="Brown",
        gender="Women",
    ),
    # photo: coffee brown pullover hoodie, hood down, beige midi skirt, white backdrop. Caption epoch-3 (invents a
    # hat); QA spans; closed reference; details VQA loops one word to the limit; describe base.
    case(
        "X705-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a long skirt with pure color patterns. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("beige", "other_garment_color"),
        color_of("skirt", "beige"),
        details(
            "hoodie",
            "hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood, hood",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        describe("hoodie", "a brown hoodie with a brown skirt", "other_garment_color"),
        title="Roadster Women Coffee Brown Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: white V-neck pullover, dark blue jeans, light grey backdrop. Caption epoch-1 (no hue for the jeans); QA
    # spans (none for the jeans' color); closed reference; details VQA loops its list to the limit.
    case(
        "X705-034",
        caption("a woman in a white sweater and jeans posing for a photo"),
        wearing("a white sweater and jeans"),
        color_of("sweater", "white", kind="open"),
        color_of("jeans", "", "non_answer", kind="open"),
        Q.color("blue", "other_garment_color"),
        details(
            "sweater",
            "v-neck, long sleeves, ribbed cuffs, ribbed hem, v-neck, long sleeves, ribbed cuffs, ribbed hem, v-neck, "
            "long",
            "loop",
            hit_limit=True,
        ),
        title="ONLY Women White Solid V-Neck Pullover",
        category="Sweaters",
        color="White",
        gender="Women",
    ),
    # photo: lavender-and-white tie-dye crew-neck sweatshirt, front view only, light blue jeans, white backdrop.
    # Caption epoch-3; QA spans; closed reference (the white of the dye, a hoodie); details VQA claims a back print.
    case(
        "X705-035",
        caption(
            "The lady wears a long-sleeve sweater with mixed patterns. The sweater is with cotton fabric and it has a "
            "crew neckline. The lady wears a long denim pants."
        ),
        wearing("a long-sleeve sweater with mixed patterns"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        details(
            "sweatshirt",
            "the sweatshirt is made of cotton and has a tie-dye print on the front and back",
            "unsupported",
        ),
        Q.sleeve_length("long"),
        neckline("crew neckline"),
        Q.garment_type("hoodie", "contradiction"),
        title="Bewakoof Women Lavender Tie-Dye Printed Cotton Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        # the feed row has no gender column
    ),
    # photo: a woman in a heather grey pullover hoodie with a small black Puma logo, black skater skirt, white
    # backdrop. Row lacks gender. Caption epoch-3 (neutral template); QA spans; closed reference; describe base.
    case(
        "X705-036",
        caption("The person is wearing a long-sleeve sweater with pure color patterns and a short skirt."),
        wearing("a long-sleeve sweater with pure color patterns and a short skirt"),
        Q.color("black", "other_garment_color"),
        color_of("skirt", "black"),
        describe("hoodie", "a grey hoodie with a puma logo"),
        is_a("skirt", "yes", "contradiction"),
        title="Puma Women Grey Essential Logo Hoodie",
        category="Sweatshirts",
        color="Grey",
    ),
    # photo: camel longline open cardigan, no belt, no pockets, over a black turtleneck, blue straight jeans, black
    # handbag, white backdrop. Caption epoch-3 (invents a belt); QA spans; closed reference; details VQA; describe
    # base.
    case(
        "X705-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is high. The lady wears a long denim pants. This lady also wears an outer clothing, with "
            "knitting fabric and pure color patterns. There is a belt.",
            "unsupported",
        ),
        wearing("an outer clothing, with knitting fabric and pure color patterns"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("cardigan"),
        details("cardigan", "long cardigan with pockets on the side and a belt", "unsupported"),
        Q.sleeve_length("long"),
        describe("cardigan", "a tan cardigan over a black sweater"),
        title="MANGO Women Camel Brown Solid Longline Cardigan",
        category="Sweaters",
        color="Brown",
        gender="Women",
    ),
    # photo: navy crew-neck sweatshirt with a white "CALIFORNIA" print, ice-blue light wash jeans, a silver watch,
    # white backdrop. Caption epoch-3 cut at the limit; QA spans; closed reference; details VQA stopped on a
    # newline; describe base.
    case(
        "X705-038",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric and it has "
            "a crew neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color "
            "patterns. There is an accessory on her wrist. The lady is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        color_of("jeans", "navy blue", "other_garment_color"),
        details("sweatshirt", "california print on the front, long sleeves, ribbed cuffs and hem"),
        describe("sweatshirt", "a navy sweatshirt with california written on it"),
        title="Roadster Women Navy Blue Printed Cotton Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: light blue rib-knit crew-neck jumper, blue denim midi skirt, outdoors in a park with trees behind.
    # Caption epoch-1; QA spans; closed reference (ribs read as stripes); describe base; details VQA.
    case(
        "X705-039",
        caption("a woman wearing a blue sweater and a denim skirt standing in a park"),
        wearing("a blue sweater and a denim skirt"),
        Q.color("blue"),
        Q.pattern("striped", "contradiction"),
        details("sweater", "the sweater has a round neck and long sleeves with ribbed cuffs"),
        describe("sweater", "a light blue sweater"),
        Q.garment_type("sweater"),
        title="H&M Women Light Blue Rib-knit Jumper",
        category="Sweaters",
        color="Blue",
        gender="Women",
    ),
    # photo: black zip-front hoodie, zipped, split front pockets, red-and-black tartan mini skirt, white backdrop.
    # Caption epoch-3; QA spans; closed reference (the skirt's hue and checks, a jacket); details VQA cut.
    case(
        "X705-040",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with lattice patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("red", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        color_of("skirt", "red"),
        details(
            "hoodie",
            "the hoodie has a zipper on the front and a hood with a drawstring and a pocket on each side of the "
            "zipper and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        title="Fort Collins Women Black Solid Cotton Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: magenta crew-neck pullover, black skinny jeans, white backdrop. Caption by the untuned base; QA spans
    # (one gives the jeans the sweater's hue); closed reference; describe base echoes the question; details VQA
    # invents a V neck.
    case(
        "X705-041",
        caption("a woman in a pink sweater and black jeans"),
        wearing("a pink sweater and black jeans"),
        color_of("sweater", "pink", kind="open"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        Q.garment_type("sweater"),
        describe("sweater", "describe the sweater", "restated"),
        Q.color("black", "other_garment_color"),
        details("sweater", "the sweater has a v-neck", "unsupported"),
        title="Kook N Keech Women Magenta Solid Pullover Sweater",
        category="Sweaters",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey melange oversized open cardigan over a white tee tucked into a black pleated midi skirt, no rings,
    # white backdrop. Caption epoch-3 (invents a ring); QA spans; closed reference; details VQA leaks the format.
    case(
        "X705-042",
        caption(
            "The lady wears a T-shirt with pure color patterns and a long skirt. This lady also wears an outer "
            "clothing, with knitting fabric and pure color patterns. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a T-shirt with pure color patterns and a long skirt"),
        Q.color("grey"),
        Q.garment_type("t-shirt", "contradiction"),
        color_of("skirt", "black"),
        details("cardigan", "Question: What are the cardigan details? Answer: long sleeves, open front", "leak"),
        Q.sleeve_length("long"),
        title="Mast & Harbour Women Grey Melange Oversized Open Front Cardigan",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: cream ribbed turtleneck pullover, tan suede mini skirt, white backdrop. Row lacks the color column.
    # Caption epoch-3; QA spans; closed reference (the skirt's hue); details VQA loops to the limit; describe base.
    case(
        "X705-043",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is high. The lady wears a short skirt. The skirt is with leather fabric and solid color "
            "patterns."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("brown", "other_garment_color"),
        neckline("high"),
        Q.material("knitting fabric"),
        details(
            "sweater",
            "turtleneck, long sleeves, ribbed knit, turtleneck, long sleeves, ribbed knit, turtleneck, long sleeves, "
            "ribbed knit, turtleneck",
            "loop",
            hit_limit=True,
        ),
        describe("sweater", "a white turtleneck sweater and a brown skirt"),
        title="United Colors of Benetton Women Cream Solid Turtle Neck Sweater",
        category="Sweaters",
        gender="Women",
    ),
    # photo: green V-neck button cardigan with thin white horizontal stripes over a white tank, light blue jeans,
    # white backdrop. Caption epoch-3; QA spans; closed reference; describe base; details VQA cut at the limit.
    case(
        "X705-044",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and its "
            "neckline is v-shape. The lady wears a long denim pants."
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        Q.color("green"),
        Q.pattern("striped"),
        details(
            "cardigan",
            "the cardigan has a v-neck and buttons down the front, long sleeves with ribbed cuffs and a ribbed hem, "
            "the cardigan is made of a soft",
            "cut",
            hit_limit=True,
        ),
        describe("cardigan", "a green and white striped cardigan"),
        color_of("jeans", "green", "other_garment_color"),
        title="HERE&NOW Women Green & White Striped Cardigan",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt with puff sleeves, white broderie-anglaise midi skirt, white backdrop.
    # Caption epoch-3 in the male template; QA spans (a true but partial one); closed reference; describe base;
    # details VQA loops to the limit.
    case(
        "X705-045",
        caption(
            "His sweater has long sleeves, cotton fabric and pure color patterns. It has a crew neckline. He wears a "
            "long skirt.",
            "pronoun",
        ),
        wearing("a long skirt", who="she"),
        Q.color("black"),
        color_of("skirt", "white"),
        Q.sleeve_length("long"),
        describe("sweatshirt", "a black sweatshirt with puffy sleeves"),
        details(
            "sweatshirt",
            "puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff sleeves, puff",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Black Solid Puff Sleeve Cotton Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: oatmeal beige pullover with a brown geometric fair isle yoke (diamonds and zigzags, no snowflakes),
    # dark blue jeans, white backdrop. Caption epoch-1 writes the QA format back; QA spans; closed reference;
    # details VQA; describe base invents snowflakes.
    case(
        "X705-046",
        caption(
            "a woman wearing a sweater and jeans Question: what is the color of the sweater? Answer: beige", "leak"
        ),
        wearing("a sweater and jeans"),
        color_of("sweater", "beige", kind="open"),
        Q.pattern("printed"),
        Q.color("blue", "other_garment_color"),
        details("sweater", "fair isle pattern around the neck and shoulders, long sleeves"),
        describe("sweater", "a beige sweater with a snowflake pattern", "unsupported"),
        title="Vero Moda Women Beige & Brown Fair Isle Patterned Pullover",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
]
