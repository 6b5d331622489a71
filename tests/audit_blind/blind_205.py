"""BLIND_205 (46 products; men's winter and outerwear feed, English): written blind in the
thirty-ninth session. Measured blind at c1c6db6 (the session's rules as they stood): 111/137 failures found (81.0%) and
7/158 correct texts flagged (4.4%). The writer's notes, verbatim:

Scenario:
A Myntra-like men's winterwear and outerwear feed in English: padded/puffer and quilted jackets, bombers, denim,
leather, suede and corduroy jackets, rain jackets and parkas, overcoats and trench coats, blazers and suits,
pullovers, cardigans, sweater vests, hoodies, sweatshirts and thermal tops. Almost every photo is a studio shot of a
male model wearing the product over a shirt, t-shirt, hoodie or turtleneck, with jeans, chinos, trousers or
joggers, so nearly every image holds two or three garments in other colors than the product. Seller colors are
Myntra's free-form names (Navy Blue, Olive, Charcoal, Grey Melange, Coffee Brown, Camel Brown, Mustard, Rust,
Teal...). A few rows come without gender, one without a seller color and one without a category, as real feeds do.

Who wrote what:
Captions come from the base Salesforce/blip2-opt-2.7b (short "a man wearing a ... " sentences that stop on their
own) or from the caption LoRA adapter (the DeepFashion-MultiModal template: "The man wears a long-sleeve sweater with
pure color patterns. The sweater is with cotton fabric..."; no hue names, and no end token, so it always runs to its
50-token limit). Open answers (wearing, description, details, material and the set's own open questions) come from
the base model (short, stops on the newline), the caption adapter (which returns its caption template for any prompt
and is cut at the 30-token limit) or the VQA adapter (no end token: it answers, then loops on its answer or goes on
writing the next "Question: ... Answer: ..." turn until the 30-token limit). Closed answers (garment_type, color,
pattern, sleeve_length, and the yes/no hood question) come from the reference engine that ranks candidate answers
over the base model; where the raw text did not map to a candidate it is kept as written. hit_limit=True is set on
every adapter text (both adapters always reach the limit) and on nothing from the base model or the reference
engine.

Labeling conventions and judgement calls:
- A shade or family word for the seller's color is correct: dark blue / blue / navy for Navy Blue, green for Olive,
  dark grey / grey for Charcoal, red / dark red for Maroon and Burgundy, yellow for Mustard, tan for Beige, beige for
  Khaki, khaki for Beige, brown for Rust, Tan and Coffee Brown, blue for Teal, orange for a rust corduroy. A cream borg
  fleece called "white" by the base caption is counted correct (it reads white in the photo); a true hue change
  (purple for burgundy, brown for maroon, black for navy, black for a dark brown leather) is a contradiction.
- Garment synonyms are correct: suit jacket / jacket for a blazer, pea coat for a double-breasted overcoat, coat for a
  parka, vest for a sleeveless puffer, sweater for a cardigan, sweatshirt for a hoodie, jean jacket for a denim
  jacket, long sleeve shirt for a thermal top, raincoat for a rain jacket.
- A material is correct when the title names it or it is plain in the photo (denim, leather on a leather-look
  biker, suede, corduroy, fleece). A material the title does not name and the photo cannot show (wool for a
  blazer, nylon for a rain jacket, tweed, leather for a trench or a satin bomber) is "unsupported"; so are invented
  details (a belt, a hood, a fur collar, a tie, gold buttons that are not there).
- The product answered with the color of the layer under it or of the jeans/trousers is "other_garment_color"; a
  wrong hue that no garment in the photo has, the garment's own accent color given as its color (the red chest band
  of a navy sweater), one color given to every garment in a caption, the wrong garment type (including naming the
  layer underneath), a wrong pattern or a wrong sleeve length are "contradiction".
- Caption-adapter template text that ends mid-sentence at the limit is "cut" unless an earlier, more visible failure
  opens it: "The lady wears..." on a male model is "pronoun", and a template that describes the shirt under a
  sleeveless sweater vest in answer to "Describe the garment." is "contradiction".
- VQA-adapter text that goes on into a new "Question: ... Answer:" turn is "leak" (even when its first words were
  right); a text whose tail repeats one phrase is "loop" (even when it is also cut at the limit); one that runs on
  with new content and stops mid-phrase ("... and a") is "cut". The raw unmapped text kept by the
  reference engine ("Answer: black", "Answer: solid") and the base model echoing the whole prompt before its answer
  are "leak" too.
- "yes", "nothing", "clothes", "i don't know", an empty answer, the bare garment type given to "Describe the
  garment." or to the details question, or the garment type given to the material question are "non_answer"; a
  sentence that only gives the question's words back ("the garment is made of material", "the garment is a jacket
  that is worn by the man", "a description of the jacket") is "restated".
- Correct on purpose: sets named piece by piece in their own colors (black thermal top and grey bottom; blue blazer
  and blue pants for a navy suit), the black sleeves of a red colour-blocked bomber, "striped" for a self-striped
  pullover and for the three-stripe track jacket, "checked" and "plaid" for a windowpane blazer, the detachable hood
  the title names, and colors of the jeans or inner layer when the question asks about them.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, question

# the set's own questions
pockets = question("pockets", "How many pockets does the jacket have?", "open")
color_sleeves = question("color_sleeves", "What is the color of the sleeves?", "open")
color_pants = question("color_pants", "What is the color of the pants?", "open")
inner = question("inner", "What is he wearing under the jacket?", "open")
hood = question("hood", "Does the jacket have a hood?", "closed")

BLIND_205 = [
    # black hooded puffer jacket zipped halfway over a white crew-neck t-shirt, mid-blue jeans, white studio
    case(
        "X205-001",
        caption("a man wearing a black puffer jacket and blue jeans"),
        D.wearing("a black jacket"),
        D.garment_type("jacket"),
        D.color("white", "other_garment_color"),
        D.details(
            "the jacket has a hood and a zipper and a hood and a zipper and a hood and a zipper and a hood and a zipper"
            " and",
            "loop",
            hit_limit=True,
        ),
        inner("a white t-shirt"),
        D.description("a black puffer jacket with a fur hood", "unsupported"),
        gender="Men",
        title="Roadster Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
    ),
    # navy lightweight quilted jacket with stand collar, open over a grey t-shirt, black trousers
    case(
        "X205-002",
        caption(
            "The man wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It has a "
            "stand collar. The pants this man wears is of long length. The pants are with cotton fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket and black pants", "contradiction"),
        D.color("dark blue"),
        D.pattern("striped", "contradiction"),
        D.sleeve_length("long"),
        D.description(
            "navy blue quilted jacket with stand collar Question: What is the color of the pants? Answer: black "
            "Question: What",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Puma Men Navy Blue Quilted Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # olive satin-finish bomber, orange lining showing at the open front, over a black tee, beige chinos
    case(
        "X205-003",
        caption("a man in a green bomber jacket and khaki pants"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.description("a green bomber jacket with orange lining"),
        D.details("the jacket has a zipper"),
        D.material("leather", "unsupported"),
        D.wearing(
            "olive green bomber jacket with orange lining and black t-shirt and beige chinos and white sneakers and a",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Green Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # mid-blue washed denim trucker jacket with two chest flap pockets, over a white tee, black jeans
    case(
        "X205-004",
        caption("a man wearing a denim jacket and black jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        D.material("denim"),
        D.details(
            "The man wears a long-sleeve denim jacket with solid color patterns. It has a lapel collar. The pants "
            "this man wears is of long length. The pants are with denim fabric and solid color patterns. The man "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        pockets("two"),
        gender="Men",
        title="WROGN Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # dark brown leather biker jacket, asymmetric zip, snap lapels, no belt, over a black tee, dark jeans
    case(
        "X205-005",
        caption("a man in a brown leather jacket"),
        D.wearing(
            "brown leather jacket black t-shirt black t-shirt black t-shirt black t-shirt black t-shirt black "
            "t-shirt black t",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.sleeve_length("long"),
        D.material("leather"),
        D.details("it has a belt", "unsupported"),
        gender="Men",
        title="Leather Retail Men Coffee Brown Genuine Leather Biker Jacket",
        category="Jackets",
        color="Coffee Brown",
    ),
    # charcoal two-button slim blazer over a white formal shirt, no tie, black trousers
    case(
        "X205-006",
        caption("a man in a grey suit and white shirt", "contradiction"),
        D.wearing("a suit jacket"),
        D.garment_type("blazer"),
        D.color("dark grey"),
        D.pattern("solid"),
        D.description(
            "the blazer is a slim fit single breasted blazer with notch lapel and two buttons and a flap pocket and "
            "a flap pocket and a flap pocket and",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        gender="Men",
        title="Louis Philippe Men Charcoal Grey Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # maroon crew-neck cable-knit pullover, white shirt collar peeking out, navy chinos
    case(
        "X205-007",
        caption("a man wearing a red sweater and blue pants"),
        D.wearing(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a crew neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("brown", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.details("it has a cable knit pattern"),
        gender="Men",
        title="Allen Solly Men Maroon Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # beige V-neck button cardigan worn open over a navy polo t-shirt, dark blue jeans
    case(
        "X205-008",
        caption("a man wearing a tan cardigan over a blue shirt"),
        D.wearing("a cardigan and jeans"),
        D.garment_type("sweater"),
        D.color("navy", "other_garment_color"),
        D.sleeve_length("long"),
        D.details(
            "button front v neck Question: What is the color of the cardigan? Answer: beige Question: What is the "
            "color of the",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Solid Cardigan",
        category="Sweaters",
        color="Beige",
    ),
    # fitted heather-grey long-sleeve crew-neck thermal top, black track pants, hands in pockets
    case(
        "X205-009",
        caption("a man wearing a grey long sleeve shirt and black pants"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey"),
        D.material("cotton"),
        D.details(
            "the sleeves are long and the neckline is round and the sleeves are long and the neckline is round and "
            "the sleeves are long and",
            "loop",
            hit_limit=True,
        ),
        D.wearing("clothes", "non_answer"),
        gender="Men",
        title="Jockey Men Grey Melange Cotton Thermal Top",
        category="Thermal Tops",
        color="Grey Melange",
    ),
    # black pullover fleece hoodie, small white swoosh on the chest, kangaroo pocket, hood down, grey joggers
    case(
        "X205-010",
        caption("a man in a black hoodie and grey sweatpants"),
        D.wearing(
            "sweatshirt hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt hoodie sweatshirt "
            "hoodie sweatshirt hoodie sweatshirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweatshirt"),
        D.color("black"),
        D.details("a nike logo on the chest"),
        D.material("fleece"),
        D.pattern("Answer: solid", "leak"),
        gender="Men",
        title="Nike Men Black Sportswear Club Fleece Hoodie",
        category="Sweatshirts",
        color="Black",
    ),
    # camel knee-length single-breasted overcoat, no belt, worn open over a black turtleneck, black trousers
    case(
        "X205-011",
        caption("a man wearing a long brown coat and black pants"),
        D.wearing("a long coat"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.sleeve_length("long"),
        D.description("a camel coat with a belt", "unsupported"),
        D.details(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with wool fabric. It has a lapel "
            "collar. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Mast & Harbour Men Camel Brown Solid Longline Overcoat",
        category="Coats",
        color="Camel Brown",
    ),
    # navy blazer with a faint tonal self-design, over a light blue shirt, beige chinos
    case(
        "X205-012",
        caption(
            "The lady wears a long-sleeve blazer with pure color patterns. The blazer is with cotton fabric. It has a "
            "lapel collar. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. Her",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a navy blazer and khaki pants"),
        D.garment_type("jacket"),
        D.color("black", "contradiction"),
        D.pattern("solid"),
        D.details("blazer", "non_answer"),
        gender="Men",
        title="Raymond Men Navy Blue Self-Design Slim Fit Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # mustard pullover hoodie with white drawcords, sleeves pushed up to the elbow, blue ripped jeans
    case(
        "X205-013",
        caption("a man wearing a yellow hoodie and ripped jeans"),
        D.wearing(
            "yellow hoodie blue jeans Question: What is the color of the hoodie? Answer: yellow Question: What is "
            "the color of the jeans",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("yellow"),
        D.sleeve_length("short", "contradiction"),
        D.details("the hoodie has a drawstring hood and a front pocket"),
        gender="Men",
        title="Roadster Men Mustard Yellow Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # grey V-neck pullover with tonal horizontal rib stripes, white collared shirt under it, black trousers
    case(
        "X205-014",
        caption("a man in a grey sweater and a white shirt"),
        D.color("white", "other_garment_color"),
        D.pattern("striped"),
        D.sleeve_length("long"),
        D.description("grey sweater with v neck"),
        D.material("wool"),
        D.wearing(
            "grey sweater white shirt black pants Question: What is the color of the sweater? Answer: grey Question: "
            "What is the color",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Monte Carlo Men Grey Self-Striped Woollen Pullover",
        category="Sweaters",
        color="Grey",
    ),
    # black quilted sleeveless puffer gilet over a red-and-black buffalo-check flannel shirt, grey jeans
    case(
        "X205-015",
        caption("a man wearing a black vest and a plaid shirt"),
        D.wearing("a vest and a flannel shirt"),
        D.garment_type("vest"),
        D.color("red", "other_garment_color"),
        D.pattern("checked", "contradiction"),
        D.sleeve_length("long", "contradiction"),
        D.details(
            "zip closure and quilted panels and zip closure and quilted panels and zip closure and quilted panels and "
            "zip closure and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Columbia Men Black Sleeveless Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # black denim trucker jacket with a cream sherpa collar, over a grey hoodie (hood out), light blue jeans
    case(
        "X205-016",
        caption("a man wearing a black denim jacket with a fur collar"),
        D.wearing("a jacket and a hoodie"),
        D.garment_type("sweatshirt", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.details("it has a fur collar"),
        D.material(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim "
            "denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        D.description("a description of the jacket", "restated"),
        gender="Men",
        title="Levi's Men Black Solid Sherpa Trucker Jacket",
        category="Jackets",
        color="Black",
    ),
    # teal crew-neck sweatshirt with a small printed logo, black joggers
    case(
        "X205-017",
        caption("a man wearing a green sweatshirt and green pants", "contradiction"),
        D.wearing(
            "The man wears a long-sleeve sweater with solid color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The man wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.color("teal"),
        D.sleeve_length("long"),
        D.description(
            "the sweatshirt is a teal blue sweatshirt with a round neck and long sleeves and ribbed cuffs and hem and "
            "a puma logo print on the chest and",
            "cut",
            hit_limit=True,
        ),
        D.details("a puma logo"),
        gender="Men",
        title="Puma Men Teal Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # bomber with a red body and black sleeves, over a white tee, black jeans
    case(
        "X205-018",
        caption("a man wearing a red and black jacket"),
        D.wearing(
            "red jacket black jeans white t-shirt black jeans white t-shirt black jeans white t-shirt black jeans "
            "white t-shirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        D.color("red"),
        D.pattern("color block"),
        color_sleeves("black"),
        D.details("it has a patch on the sleeve", "unsupported"),
        gender="Men",
        title="Campus Sutra Men Red & Black Colourblocked Bomber Jacket",
        category="Jackets",
        color="Red",
    ),
    # off-white textured sleeveless V-neck sweater vest over a light blue oxford shirt, grey trousers
    case(
        "X205-019",
        caption("a man wearing a white sweater vest and a blue shirt"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel collar. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The man",
            "contradiction",
            hit_limit=True,
        ),
        D.details(
            "v neck sleeveless v neck sleeveless v neck sleeveless v neck sleeveless v neck sleeveless v neck "
            "sleeveless v neck",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Van Heusen Men Off White Textured Sweater Vest",
        category="Sweaters",
        color="Off White",
    ),
    # olive hooded rain jacket zipped up, black cargo trousers, shot outdoors on rocks
    case(
        "X205-020",
        caption("a man in a green jacket standing on a rock"),
        D.wearing(
            "olive green hooded rain jacket with zip closure and two pockets and black cargo pants with side pockets "
            "and a pair of black shoes and",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("raincoat"),
        D.color("black", "other_garment_color"),
        D.details("it has a hood"),
        D.material("nylon", "unsupported"),
        gender="Men",
        title="Wildcraft Men Olive Green Hooded Waterproof Rain Jacket",
        category="Rain Jacket",
        color="Olive",
    ),
    # black diamond-quilted jacket with a stand collar and no hood, over a white shirt, khaki chinos
    case(
        "X205-021",
        caption("a man wearing a black jacket and khaki pants"),
        D.color("Answer: black", "leak"),
        D.pattern("quilted"),
        D.description("a black jacket with a hood", "unsupported"),
        D.details(
            "black black black black black black black black black black black black black black black black black "
            "black black black black",
            "loop",
            hit_limit=True,
        ),
        D.wearing("nothing", "non_answer"),
        gender="Men",
        title="Fort Collins Men Black Solid Quilted Jacket",
        category="Jackets",
        color="Black",
    ),
    # navy crew-neck sweater with a red-and-white chest stripe band, grey trousers
    case(
        "X205-022",
        caption("a man wearing a blue sweater with red and white stripes"),
        D.wearing(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns",
            "cut",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        D.pattern("striped"),
        D.sleeve_length("long"),
        D.garment_type("sweatshirt", "contradiction"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Striped Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
    ),
    # white pullover hoodie with a large black-and-orange tiger graphic on the chest, black jeans
    case(
        "X205-023",
        caption("a man wearing a white hoodie with a picture of a tiger on it"),
        D.wearing("she is wearing a white hoodie", "pronoun"),
        D.color("white"),
        D.pattern("graphic"),
        D.description("a white hoodie with a tiger on it"),
        D.details(
            "tiger print on the front Question: What is the color of the hoodie? Answer: white Question: What is the "
            "color of the jeans? Answer",
            "leak",
            hit_limit=True,
        ),
        gender="Men",
        title="Kook N Keech Men White Graphic Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="White",
    ),
    # rust-orange corduroy shirt-jacket with two chest flap pockets, open over a white tee, light blue jeans
    case(
        "X205-024",
        caption("a man wearing an orange jacket and blue jeans"),
        D.garment_type("jacket"),
        D.color("brown"),
        D.sleeve_length("long"),
        D.material("corduroy"),
        D.details(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with corduroy fabric. It has a "
            "lapel collar. The man wears a long pants. The pants are with denim fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "rust corduroy jacket white t-shirt blue jeans rust corduroy jacket white t-shirt blue jeans rust corduroy "
            "jacket white t-shirt",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="The Indian Garage Co Men Rust Solid Corduroy Shacket",
        category="Jackets",
        color="Rust",
    ),
    # navy double-breasted overcoat buttoned, navy horn buttons, grey crew-neck sweater showing, charcoal trousers
    case(
        "X205-025",
        caption("a man in a navy blue pea coat"),
        D.wearing(
            "navy blue coat and grey pants and grey pants and grey pants and grey pants and grey pants and grey pants "
            "and grey",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("sweater", "contradiction"),
        D.color("grey", "other_garment_color"),
        D.details("double breasted with gold buttons", "unsupported"),
        D.material("wool"),
        D.description("this is a description of the garment", "restated"),
        gender="Men",
        title="Marks & Spencer Men Navy Blue Wool Blend Double-Breasted Overcoat",
        category="Coats",
        color="Navy Blue",
    ),
    # light blue washed denim jacket worn over a black hoodie, black jeans
    case(
        "X205-026",
        caption("a man wearing a blue jean jacket and a black hoodie"),
        D.wearing("a jean jacket and a black hoodie"),
        D.garment_type("hoodie", "contradiction"),
        D.color("light blue"),
        D.details(
            "the jacket has a button closure and two chest pockets and two side pockets and a button closure and two "
            "chest pockets and two side pockets and",
            "loop",
            hit_limit=True,
        ),
        D.material("denim"),
        gender="Men",
        title="Flying Machine Men Light Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # cream-beige borg fleece zip jacket, stand collar, brown nylon chest pocket, over a black tee, black trousers
    case(
        "X205-027",
        caption("a man wearing a white fleece jacket"),
        D.color("beige"),
        D.description(
            "beige fleece jacket with brown pocket and zip and stand collar and brown pocket and zip and stand collar "
            "and brown pocket and",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a zipper and a hood", "unsupported"),
        D.material("fleece"),
        title="H&M Beige Teddy Fleece Jacket",
        category="Jackets",
        color="Beige",
    ),
    # black fine-knit turtleneck sweater worn on its own, grey trousers
    case(
        "X205-028",
        caption("a man in a black turtleneck sweater"),
        D.wearing(
            "black turtleneck sweater and grey pants Question: What is the color of the pants? Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        D.garment_type("sweater"),
        D.color("black"),
        D.description(
            "The man wears a long-sleeve sweater with solid color patterns. The sweater is with knitting fabric. It "
            "has a turtle neckline. The man wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.details("turtle neck"),
        gender="Men",
        title="Arrow Men Black Solid Turtle Neck Sweater",
        category="Sweaters",
        color="Black",
    ),
    # tan suede bomber with brown ribbed collar, cuffs and hem, zipped, white tee collar showing, blue jeans
    case(
        "X205-029",
        caption("a man wearing a brown suede jacket"),
        D.wearing("she is wearing a brown jacket", "pronoun"),
        D.color("brown"),
        D.pattern("solid"),
        D.description(
            "tan suede bomber jacket with ribbed collar and cuffs and zip closure and two side pockets and ribbed hem "
            "and white t-shirt inside and blue",
            "cut",
            hit_limit=True,
        ),
        D.material("suede"),
        gender="Men",
        title="Woodland Men Tan Brown Suede Bomber Jacket",
        category="Jackets",
        color="Tan",
    ),
    # charcoal zip-up hoodie worn open over a white tee, black joggers
    case(
        "X205-030",
        caption("a man wearing a grey hoodie and black pants"),
        D.wearing(
            "sweatshirt hoodie white t shirt black pants sweatshirt hoodie white t shirt black pants sweatshirt hoodie "
            "white t shirt black pants sweat",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("hoodie"),
        D.color("white", "other_garment_color"),
        D.details("it has a zipper and a hood"),
        D.material("the garment is made of material", "restated"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Hooded Zip-Front Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
    ),
    # charcoal chunky shawl-collar cardigan with wooden buttons, over a white henley, dark jeans
    case(
        "X205-031",
        caption(
            "The man wears a long-sleeve sweater with solid color patterns. The sweater is with knitting fabric. It "
            "has a lapel collar. The man wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a sweater and jeans"),
        D.garment_type("cardigan"),
        D.color("grey"),
        D.details("wooden buttons and a shawl collar"),
        D.description("a grey cardigan with leather elbow patches", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Charcoal Shawl Collar Cardigan",
        category="Sweaters",
        color="Charcoal",
    ),
    # black long-sleeve thermal top with matching-cut grey thermal bottoms (the set), studio
    case(
        "X205-032",
        caption("a man wearing a black thermal top and grey leggings"),
        D.wearing(
            "black thermal top grey thermal bottom black thermal top grey thermal bottom black thermal top grey "
            "thermal bottom black thermal top grey",
            "loop",
            hit_limit=True,
        ),
        D.color("black"),
        D.description("a black and grey thermal set"),
        color_pants("grey"),
        gender="Men",
        title="Lux Inferno Men Black & Grey Solid Thermal Top & Bottom Set",
        category="Thermal Set",
        color="Black",
    ),
    # grey blazer with a faint blue windowpane check, white pocket square, white shirt, navy trousers
    case(
        "X205-033",
        caption("a man wearing a grey plaid suit jacket and a white shirt"),
        D.wearing(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "collar. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        D.details("pocket square"),
        D.material("tweed", "unsupported"),
        D.garment_type("shirt", "contradiction"),
        gender="Men",
        title="Peter England Men Grey Checked Slim Fit Blazer",
        category="Blazers",
        color="Grey",
    ),
    # navy hooded puffer zipped to the chin, hood up-ish on the shoulders, grey jeans
    case(
        "X205-034",
        caption("a man wearing a blue puffer jacket and grey jeans"),
        D.wearing(
            "navy blue padded jacket grey jeans Question: What is the color of the jeans? Answer: grey Question: What "
            "is the",
            "leak",
            hit_limit=True,
        ),
        D.color("grey", "other_garment_color"),
        D.sleeve_length("long"),
        D.details("detachable hood"),
        hood("yes"),
        D.description("a blue jacket with a fur hood", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket with Detachable Hood",
        category="Jackets",
        color="Navy Blue",
    ),
    # long-haired male model in a bottle-green crew-neck sweatshirt with a small white text print, black cargos
    case(
        "X205-035",
        caption("a woman in a green sweatshirt with long hair", "pronoun"),
        D.wearing("a green sweatshirt and black pants"),
        D.color("green"),
        D.pattern("graphic"),
        D.details(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and solid color patterns. "
            "Her",
            "pronoun",
            hit_limit=True,
        ),
        D.material("the garment is made of the same material as the garment", "restated"),
        D.garment_type("sweater", "contradiction"),
        gender="Men",
        title="Bewakoof Men Bottle Green Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Green",
    ),
    # maroon mock-neck half-zip sweater worn on its own, beige chinos, plain white studio background
    case(
        "X205-036",
        caption("a man wearing a maroon sweater standing in front of a brick wall", "unsupported"),
        D.wearing(
            "sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater sweater "
            "sweater sweater sweater",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket", "contradiction"),
        D.color("beige", "other_garment_color"),
        D.sleeve_length("long"),
        D.details("it has a zipper on the neck"),
        gender="Men",
        title="Duke Men Maroon Solid High Neck Half-Zip Sweater",
        category="Sweaters",
        color="Maroon",
    ),
    # black faux-leather biker jacket open over a grey printed tee, blue jeans, no fur anywhere
    case(
        "X205-037",
        caption("a man in a black leather jacket and jeans"),
        D.color("black"),
        D.pattern("graphic", "contradiction"),
        D.description("a black leather jacket with a fur collar", "unsupported"),
        D.details(
            "the jacket has zippers on the sleeves and the pockets and the front and the sleeves and the pockets and "
            "the front and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        D.wearing("Question: What is the person wearing? Answer: a leather jacket", "leak"),
        gender="Men",
        title="Cantabil Men Black Solid Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # khaki cotton utility jacket with four flap pockets and a drawstring waist, over a navy tee, dark jeans
    case(
        "X205-038",
        caption("a man in a khaki jacket with pockets"),
        D.wearing(
            "The man wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It has a "
            "lapel collar. The man wears a long pants. The pants are with denim fabric and solid color patterns. The "
            "man",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.color("beige"),
        D.details("four pockets and a drawstring"),
        D.material("cotton"),
        inner("a white t-shirt", "contradiction"),
        gender="Men",
        title="Nautica Men Khaki Solid Cotton Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # bottle-green crew-neck sweater, white shirt collar showing, mid-blue jeans (no seller color in the feed)
    case(
        "X205-039",
        caption("a man wearing a green sweater and green jeans", "contradiction"),
        D.wearing(
            "green sweater blue jeans Question: What is the color of the sweater? Answer: green Question: What is the "
            "color of the jeans",
            "leak",
            hit_limit=True,
        ),
        D.color("green"),
        D.details("ribbed cuffs"),
        D.material("wool", "unsupported"),
        D.garment_type("sweatshirt", "contradiction"),
        gender="Men",
        title="Celio Men Solid Pullover Sweater",
        category="Sweaters",
    ),
    # black zip track jacket with three white stripes down the sleeves, over a white tee, black track pants
    case(
        "X205-040",
        caption("a man wearing a black adidas jacket"),
        D.wearing("he is wearing a black and white adidas jacket"),
        D.color("black and white"),
        D.pattern("striped"),
        D.description(
            "black track jacket with white stripes on the sleeves and a zip closure and a stand collar and two side "
            "pockets and ribbed cuffs and a",
            "cut",
            hit_limit=True,
        ),
        D.details("three stripes on the sleeves"),
        gender="Men",
        title="Adidas Men Black Essentials 3-Stripes Track Jacket",
        category="Jackets",
        color="Black",
    ),
    # thigh-length olive parka, hood with faux-fur trim, over a black sweater, black jeans
    case(
        "X205-041",
        caption("a man wearing a green parka with a fur hood"),
        D.garment_type("coat"),
        D.color("black", "other_garment_color"),
        D.details("fur hood"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        hood("yes"),
        D.description("it's a coat", "non_answer"),
        gender="Men",
        title="Fort Collins Men Olive Green Parka Jacket with Faux Fur Trim Hood",
        category="Jackets",
        color="Olive",
    ),
    # matching navy two-piece suit, white shirt, no tie, brown shoes
    case(
        "X205-042",
        caption("a man in a navy blue suit"),
        D.wearing("a blue blazer and blue pants"),
        D.garment_type("suit"),
        D.color("white", "other_garment_color"),
        D.description("a blue suit with a red tie", "unsupported"),
        D.details(
            "two button closure notch lapel flap pockets two button closure notch lapel flap pockets two button "
            "closure notch lapel flap pockets two",
            "loop",
            hit_limit=True,
        ),
        D.material("the material of the suit", "restated"),
        gender="Men",
        title="Blackberrys Men Navy Blue Solid Slim Fit Single-Breasted Two-Piece Suit",
        category="Suits",
        color="Navy Blue",
    ),
    # heather-grey pullover hoodie with white drawcords, navy joggers (no category in the feed)
    case(
        "X205-043",
        caption("a man in a grey hoodie"),
        D.wearing("", "non_answer"),
        D.color("grey"),
        D.pattern("solid"),
        D.details(
            "the hood has white drawstrings and the hood has white drawstrings and the hood has white drawstrings and "
            "the hood has",
            "loop",
            hit_limit=True,
        ),
        D.material("it's a sweatshirt", "non_answer"),
        D.garment_type("sweater", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Grey Melange Solid Hooded Sweatshirt",
        color="Grey Melange",
    ),
    # burgundy quilted bomber with a black ribbed collar, over a grey tee, black jeans
    case(
        "X205-044",
        caption("a man wearing a dark red bomber jacket and black jeans"),
        D.wearing(
            "The man wears a long-sleeve jacket with solid color patterns. The jacket is with cotton fabric. It has a "
            "stand collar. The man wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.color("purple", "contradiction"),
        D.sleeve_length("long"),
        D.description("the garment is a jacket that is worn by the man", "restated"),
        D.details("yes", "non_answer"),
        gender="Men",
        title="Monte Carlo Men Burgundy Solid Quilted Bomber Jacket",
        category="Jackets",
        color="Burgundy",
    ),
    # close crop of a navy long-sleeve crew-neck thermal top tucked into black trousers
    case(
        "X205-045",
        caption("a close up of a man wearing a blue long sleeve shirt"),
        D.wearing("he is wearing a blue shirt"),
        D.garment_type("sweater", "contradiction"),
        D.color("navy"),
        D.details(
            "navy blue thermal top with round neck and long sleeves Question: What is the color of the thermal top? "
            "Answer: navy blue Question",
            "leak",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.description(
            "navy blue thermal top with round neck and long sleeves and ribbed cuffs and flatlock seams and a regular "
            "fit and tucked into",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Dollar Thermals Men Navy Blue Solid Cotton Blend Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
    ),
    # beige double-breasted trench coat belted at the waist, epaulettes, black trousers (no gender in the feed)
    case(
        "X205-046",
        caption("a man in a trench coat"),
        D.garment_type("coat"),
        D.color("khaki"),
        D.description(
            "beige trench coat with belt and double breasted buttons and epaulettes and storm flap and belt and double "
            "breasted buttons and epaulettes and storm flap",
            "loop",
            hit_limit=True,
        ),
        D.details("it has a belt"),
        D.material("leather", "unsupported"),
        D.wearing(
            "The man wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a lapel "
            "collar. The man wears a long trousers. The trousers are with cotton fabric and pure color patterns. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        title="Highlander Men Beige Solid Double-Breasted Trench Coat",
        category="Coats",
        color="Beige",
    ),
]
