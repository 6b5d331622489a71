"""BLIND_432 (46 products; men's and boys' football and cricket jerseys, training tops, track pants, shorts): written
blind in the forty-seventh session. Measured blind at 7f96428 (the session's rules as they stood): 89/124 failures
found (71.8%) and 7/155 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: an English catalog feed from a sports retailer: football jerseys (home, away, goalkeeper, striped, hooped,
sashed, kits of jersey and shorts), cricket jerseys (coloured one-day and T20 shirts with polo collars), cricket
whites (cream shirts, white trousers, knitted sweaters and sweater vests), training tops (tees, polos, vests, a
quarter-zip, a track jacket, a compression top), track pants and joggers, and training and football shorts, for men
and boys. Most photos show a model in the product worn with another garment (a jersey over shorts, a tee over track
pants) on a studio backdrop, some against a green wall, a stadium print or a wooden floor, some with a prop (a
cricket bat, a cricket ball, a football, a bench); a few are flat lays. Each row has the seller's title, category,
color and gender; a few rows miss one of them, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a red
soccer jersey ...") or from the caption-only LoRA adapter of the original experiments (the DeepFashion template,
"The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."). The
adapter was trained without an end-of-answer token, so each of its texts runs to its limit (50 new tokens for a
caption, 30 for an answer) and has hit_limit=True; asked any question, it returns its template. Open questions
(wearing, description, details, material, sport, collar) come from the base model unless a comment names the
adapter; the base model stops on its own and never has hit_limit. Closed questions (garment_type, color, pattern,
sleeve_length, the per-piece color questions and the yes/no "Is this a ...?") are enrich's `--engine reference`
answers, picked from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, royal blue, sky blue or teal; green for teal, olive, lime or neon green;
  red for maroon; white for cream; grey for charcoal or grey melange. Navy as black, maroon as brown or purple are
  contradictions. The closed candidate "navy" or "maroon" for those sellers' colors is correct.
- Striped and hooped jerseys in two colors (red and blue stripes, blue and white hoops): either stripe color alone is
  correct for the closed color question, and "striped" is correct for hoops, a sash, pinstripes or a chest band.
  "solid" for a pinstriped jersey is a contradiction. A multicolour print named by one of its hues is correct.
- A trim, print or panel color given as the garment's color (yellow for a green jersey with yellow trims, green for a
  white tee with a green print, red for a white jersey with a red chest band) is contradiction; the color of another
  garment in the photo (the shorts under the jersey, the tee over the track pants, the socks) is other_garment_color,
  and so is one color given to both garments where the product gets the other one's color. Where the product keeps
  its own color and the other garment gets it ("a blue shirt and blue shorts" for a blue jersey worn with white
  shorts), or the other garment is misnamed (leggings for shorts), the label is contradiction. Colors of the wall, the
  floor or a prop given as the product's color are contradiction; the same colors named as the wall's, the floor's
  or the prop's are correct.
- Garment synonyms are correct: shirt, t-shirt, tee, jersey, soccer jersey, top for a football or cricket jersey;
  polo shirt for a collared cricket shirt; sweatpants, joggers, pants for track pants; sweatshirt or zip-up top for a
  quarter-zip; tank top for a training vest; sweater vest for the cricket slipover. Shorts as pants, track pants as
  shorts, track pants as jeans, a jersey as "not a t-shirt", a sweater as a jacket are contradictions; so is the
  adapter's "long pants" for shorts, which the auditor sees before the limit.
- Materials: polyester for jerseys, track pants and shorts is correct (what this sportswear is made of) unless the
  title says otherwise; a material the title names (cotton, mesh, fleece, wool blend, knitted, compression) is
  correct; wool for a knitted cricket vest is correct. Silk, wool on a track top, cotton for shorts the title calls
  polyester, and cotton for a jersey, track jacket or training tee whose title names no material (they are shiny
  synthetics in the photo) are unsupported. The material question answered with the garment's name or color is
  restated.
- Invented details are unsupported: a number on a back the front view does not show, a garment on a flat lay that
  holds one piece (a shirt, jeans), a prop not in the photo (a bat, gloves, a ball), a zip pocket, a badge, a club or
  national team the title does not name (barcelona, india), a brand logo (nike, adidas) the title does not name,
  buttons on a crew neck, a crest, thumb holes. A number or logo visible in the photo is correct. A sport
  contradicting the title (soccer for a cricket jersey) is contradiction.
- Adapter texts: a text that repeats a sentence of the template is loop; one stopped mid-sentence without repeating
  is cut (even where it invented a fabric, "denim", before the cut); the template given for the material question is
  restated; the template given for wearing, description or details answers them, so it is cut or loop. Where the
  template misnames the garment (long pants for shorts) the label is contradiction, and where it calls the man "the
  lady" it is pronoun; hit_limit stays True.
- A base answer stopped early ("it is made of", "the pants have a") is cut without hit_limit. An empty answer, "they
  are shorts", "the jersey has details" and "the details of the pants" are non_answer; "it has a blue and white
  striped shirt" for the details is restated. A base answer that runs on into "Question: ... Answer: ..." is leak,
  even where its start is right.
- "she", "girl" or "lady" for a man or a boy is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jersey = question("color_jersey", "What is the color of the jersey?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
sport = question("sport", "What sport is this jersey for?", "open")
collar = question("collar", "What is the collar of the shirt?", "open")

BLIND_432 = [
    # photo: man in a red short-sleeve football jersey with a white V-neck trim and black shorts, front view, white
    # studio wall. no adapter text
    case(
        "X432-001",
        caption("a man in a red soccer jersey standing in front of a white wall"),
        D.wearing("a red shirt and black shorts"),
        B.garment_type("polo shirt", "contradiction"),
        B.color("red"),
        D.details("a v-neck collar and the number 10 on the back", "unsupported"),
        B.material("cotton", "unsupported"),
        title="Men Red Home Football Jersey",
        category="Jerseys",
        color="Red",
        gender="Men",
    ),
    # photo: boy in a sky blue cricket jersey with orange side panels and a polo collar, navy track pants, holding a
    # cricket bat, grey backdrop. caption: adapter
    case(
        "X432-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a blue jersey and holding a cricket bat", "pronoun"),
        B.color("blue"),
        B.pattern("solid", "contradiction"),
        is_a("polo shirt", "yes"),
        sport("cricket"),
        title="Boys Sky Blue Printed Cricket Jersey",
        category="Jerseys",
        color="Sky Blue",
        gender="Boys",
    ),
    # photo: black track pants with three white side stripes, model cropped at the waist (grey tee hem visible),
    # white sneakers, side-front view, white backdrop. no adapter text
    case(
        "X432-003",
        caption("a man wearing black pants with white stripes"),
        D.wearing("black adidas track pants and white sneakers", "unsupported"),
        B.garment_type("pants"),
        B.color("black"),
        B.pattern("striped"),
        D.details(
            "The pants are with cotton fabric and pure color patterns. The gentleman wears a long pants. The pants "
            "are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.material("it is made of polyester"),
        title="Men Black Striped Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: man in navy training shorts with a zip pocket and a plain white t-shirt, front view, light grey backdrop.
    # no adapter text
    case(
        "X432-004",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The "
            "T-shirt is with cotton fabric. The shorts are with cotton fabric and pure color patterns. The gentleman "
            "wears a three-point",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and navy shorts"),
        color_shorts("white", "other_garment_color"),
        B.garment_type("shorts"),
        D.details(
            "the shorts have a zip pocket Question: what is the color of the shorts? Answer: navy",
            "leak",
        ),
        B.material("polyester"),
        title="Men Navy Blue Training Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a cream long-sleeve collared cricket shirt with a button placket and white trousers, in front of a
    # printed stadium backdrop with green grass. caption: adapter
    case(
        "X432-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants"),
        B.sleeve_length("long sleeves"),
        B.color("white"),
        D.description(
            "a white long sleeve shirt with a collar and a blue badge on the chest",
            "unsupported",
        ),
        is_a("polo shirt", "yes"),
        title="Men Cream Full Sleeve Cricket Shirt",
        category="Cricket Whites",
        color="Cream",
        gender="Men",
    ),
    # photo: boy in a yellow football jersey with a green collar and green sleeve cuffs and green shorts (the set),
    # holding a football, white backdrop. no adapter text
    case(
        "X432-006",
        caption("a young boy in a yellow shirt holding a soccer ball"),
        D.wearing("a yellow shirt and yellow shorts", "other_garment_color"),
        color_jersey("yellow"),
        color_shorts("green"),
        D.description(
            "a yellow and green soccer uniform Question: what is the color of the shorts? Answer: green",
            "leak",
        ),
        D.details("a green collar and green trim on the sleeves"),
        title="Boys Yellow & Green Football Jersey and Shorts Set",
        category="Jersey Sets",
        color="Yellow",
        gender="Boys",
    ),
    # photo: man in a maroon short-sleeve training t-shirt with a small white retailer logo on the chest, black track
    # pants, grey wall. no adapter text
    case(
        "X432-007",
        caption("a man in a red t-shirt and black pants"),
        D.wearing("she is wearing a red shirt and black pants", "pronoun"),
        B.color("purple", "contradiction"),
        B.sleeve_length("short sleeves"),
        B.material(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.details("the shirt has a small logo on the chest"),
        title="Men Maroon Dri-Fit Training T-Shirt",
        category="T-Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in a long-sleeve neon green goalkeeper jersey with a black geometric print, black round collar and
    # padded elbows, black track pants, white backdrop. caption: adapter
    case(
        "X432-008",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and black goalkeeper jersey"),
        B.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.pattern("graphic"),
        D.details("padded elbows, a black collar and goalkeeper gloves", "unsupported"),
        title="Men Neon Green Printed Goalkeeper Jersey",
        category="Jerseys",
        color="Neon Green",
        gender="Men",
    ),
    # photo: flat lay of black football shorts with an elastic waist on a white surface. no adapter text
    case(
        "X432-009",
        caption("a pair of black shorts on a white background"),
        D.wearing("a pair of black shorts and a black shirt", "unsupported"),
        B.garment_type("shorts"),
        B.color("black"),
        D.details("they are shorts", "non_answer"),
        B.material("black shorts", "restated"),
        is_a("pair of jeans", "no"),
        title="Boys Black Football Shorts",
        category="Shorts",
        color="Black",
        gender="Boys",
    ),
    # photo: man in a red and blue vertically striped football jersey with a navy crew collar and navy shorts, front
    # view, white backdrop. no adapter text
    case(
        "X432-010",
        caption("a man in a red and blue striped shirt"),
        D.wearing("a red and blue striped jersey and blue shorts"),
        B.color("red"),
        B.pattern("striped"),
        B.material("cotton", "unsupported"),
        D.description("a barcelona soccer jersey", "unsupported"),
        D.details("the shirt has red and blue stripes and a yellow collar", "contradiction"),
        title="Men Red & Blue Striped Football Jersey",
        category="Jerseys",
        color="Red/Blue",
        gender="Men",
    ),
    # photo: man in white cricket trousers and a white cricket shirt, standing on a cricket field backdrop, full
    # length. no adapter text
    case(
        "X432-011",
        caption("a man in white clothes standing on a cricket field"),
        D.wearing("white pants and a white shirt and a cricket bat", "unsupported"),
        B.garment_type("pants"),
        color_pants("white"),
        D.details("the pants have belt loops and two pockets"),
        B.material("the pants are white", "restated"),
        title="Men White Cricket Trousers",
        category="Cricket Whites",
        color="White",
        gender="Men",
    ),
    # photo: man in a grey melange quarter-zip long-sleeve training top and black track pants, white backdrop.
    # details: adapter
    case(
        "X432-012",
        caption("a man in a grey sweatshirt and black pants"),
        D.wearing("a grey sweater and grey pants", "contradiction"),
        D.details(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a stand neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        B.color("grey"),
        B.garment_type("sweatshirt"),
        B.material("wool", "unsupported"),
        title="Men Grey Melange Quarter-Zip Training Top",
        category="Training Tops",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: boy in a royal blue football jersey with a white number 7 printed on the chest and white shorts, in front
    # of a green painted wall. no adapter text
    case(
        "X432-013",
        caption("a boy in a blue jersey standing in front of a green wall"),
        D.wearing("a blue shirt and blue shorts", "contradiction"),
        B.color("green", "contradiction"),
        is_a("t-shirt", "yes"),
        D.details("he has a white number 7 on the front"),
        title="Boys Royal Blue Football Jersey",
        category="Jerseys",
        color="Royal Blue",
        gender="Boys",
    ),
    # photo: man in a black T20 cricket jersey with a gold sublimated pattern and a polo collar, black trousers,
    # white backdrop. caption, wearing: adapter
    case(
        "X432-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a lapel",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.pattern("printed"),
        sport("soccer", "contradiction"),
        B.material("polyester"),
        title="Men Black & Gold T20 Cricket Jersey",
        category="Jerseys",
        color="Black",
        gender="Men",
    ),
    # photo: man in olive green training shorts with a black elastic waistband and drawstring, black t-shirt, white
    # backdrop. no adapter text
    case(
        "X432-015",
        caption("a man in a black shirt and green shorts"),
        D.wearing("a black shirt and black shorts", "other_garment_color"),
        color_shorts("green"),
        D.details("elastic waistband with drawstring"),
        D.description("green shorts with a black waistband and a zip pocket", "unsupported"),
        B.material("polyester"),
        title="Men Olive Green Training Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: boy in a cream knitted cricket sweater vest with navy and maroon stripes around the V-neck, over a white
    # long-sleeve cricket shirt, white trousers, grey backdrop. caption: adapter
    case(
        "X432-016",
        caption(
            "The gentleman wears a sleeveless vest with striped patterns. The vest is with knitting fabric. It has a "
            "V-shape neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater vest over a white shirt"),
        B.sleeve_length("sleeveless"),
        B.color("blue", "contradiction"),
        B.pattern("striped"),
        B.material("wool"),
        is_a("sweater", "yes"),
        title="Boys Cream Knitted Cricket Sweater Vest",
        category="Cricket Whites",
        color="Cream",
        gender="Boys",
    ),
    # photo: man in navy track pants with thin white piping and an orange football jersey, white backdrop. no adapter
    # text
    case(
        "X432-017",
        caption("a man in an orange shirt and blue pants"),
        D.wearing("an orange jersey and orange pants", "other_garment_color"),
        color_pants("orange", "other_garment_color"),
        B.garment_type("pants"),
        D.details("the pants have a", "cut"),
        B.material("polyester"),
        title="Men Navy Slim Fit Track Pants",
        category="Track Pants",
        color="Navy",
        gender="Men",
    ),
    # photo: man in a white away football jersey with thin black pinstripes and a black V-neck collar, white shorts,
    # light grey backdrop. no adapter text
    case(
        "X432-018",
        caption("a man in a white and black striped shirt"),
        B.color("white"),
        B.pattern("solid", "contradiction"),
        D.wearing("a white jersey and white shorts"),
        D.details(
            "black pinstripes, a black v-neck collar and a crest on the chest",
            "unsupported",
        ),
        D.description(
            "a white shirt with black stripes Question: what is the color of the shorts? Answer: white",
            "leak",
        ),
        title="Men White Pinstripe Away Football Jersey",
        category="Jerseys",
        color="White",
        gender="Men",
    ),
    # photo: flat lay of an orange crew-neck cotton training t-shirt on a grey surface. caption: adapter
    case(
        "X432-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("an orange t-shirt with a white logo", "unsupported"),
        B.color("orange"),
        B.garment_type("t-shirt"),
        B.material("cotton"),
        D.details("", "non_answer"),
        title="Boys Orange Cotton Training T-Shirt",
        category="T-Shirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: man in a teal mesh sleeveless training vest and black shorts, arms bare, white backdrop, no logo visible.
    # no adapter text
    case(
        "X432-020",
        caption("a man in a blue tank top"),
        D.wearing("a green tank top and black shorts"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.garment_type("tank top"),
        B.material("mesh"),
        D.details("it has a nike logo on the chest", "unsupported"),
        title="Men Teal Mesh Training Vest",
        category="Training Tops",
        color="Teal",
        gender="Men",
    ),
    # photo: man in charcoal football shorts with a neon orange stripe down each side and a plain white t-shirt,
    # white backdrop. no adapter text
    case(
        "X432-021",
        caption("a man in a white t-shirt and grey shorts"),
        D.wearing(
            "a white shirt and grey shorts Question: what is the color of the shorts? Answer: grey",
            "leak",
        ),
        color_shorts("white", "other_garment_color"),
        D.details("an orange stripe on the side"),
        is_a("pair of shorts", "yes"),
        title="Men Charcoal Football Shorts with Contrast Stripe",
        category="Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: boy in black track pants with white side piping and a zip pocket, a red hoodie on top, white backdrop.
    # caption: adapter
    case(
        "X432-022",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "The gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "gentleman wears a long pants",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red hoodie and black pants"),
        color_pants("red", "other_garment_color"),
        B.garment_type("pants"),
        D.details("white piping down the side and a zip pocket"),
        B.material("the pants are black", "restated"),
        title="Boys Black Track Pants with Piping",
        category="Track Pants",
        color="Black",
        gender="Boys",
    ),
    # photo: man in a blue cricket fan jersey with orange shoulder panels and a polo collar, in front of a printed
    # stadium backdrop. no adapter text
    case(
        "X432-023",
        caption("a man in a blue cricket jersey"),
        D.wearing("an india cricket jersey", "unsupported"),
        B.color("blue"),
        B.pattern("solid", "contradiction"),
        B.sleeve_length("short sleeves"),
        D.details("orange stripes on the shoulders and a collar"),
        title="Men Blue Cricket Fan Jersey",
        category="Jerseys",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a white cotton pique training polo with black tipping on the collar and black shorts, grey
    # backdrop. no adapter text
    case(
        "X432-024",
        caption("a man in a white polo shirt"),
        D.wearing("she is wearing a white polo shirt and black shorts", "pronoun"),
        B.garment_type("polo shirt"),
        B.color("black", "other_garment_color"),
        collar(
            "a black and white collar Question: what is the color of the shirt? Answer: white",
            "leak",
        ),
        B.material("cotton"),
        title="Men White Cotton Pique Training Polo",
        category="T-Shirts",
        color="White",
        gender="Men",
    ),
    # photo: boy in a purple football jersey with a white diagonal sash and white collar, no crest, purple shorts,
    # white backdrop. no adapter text
    case(
        "X432-025",
        caption("a boy in a purple shirt with a white stripe"),
        D.wearing("a purple and white soccer uniform"),
        B.color("purple"),
        B.pattern("striped"),
        D.details("it has a white stripe across the", "cut"),
        is_a("t-shirt", "no", "contradiction"),
        D.description("a purple shirt with a white sash and a team logo", "unsupported"),
        title="Boys Purple Sash Football Jersey",
        category="Jerseys",
        color="Purple",
        gender="Boys",
    ),
    # photo: man in a black full-zip track jacket with white stripes on the shoulders and black track pants, white
    # backdrop. caption, description: adapter
    case(
        "X432-026",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The jacket is with cotton fabric and pure color patterns. It has a stand neckline. The jacket is with "
            "cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("black"),
        B.sleeve_length("long sleeves"),
        B.material("cotton", "unsupported"),
        title="Men Black Full-Zip Track Jacket",
        category="Training Tops",
        color="Black",
        gender="Men",
    ),
    # photo: man sitting on a wooden bench in grey fleece joggers with cuffed ankles and a drawstring, white
    # t-shirt, white backdrop. no adapter text
    case(
        "X432-027",
        caption("a man sitting on a bench wearing grey sweatpants"),
        D.wearing("a white t-shirt and grey sweatpants"),
        B.garment_type("shorts", "contradiction"),
        color_pants("grey"),
        D.details(
            "cuffed ankles and a drawstring waist Question: what is the material of the pants? Answer: fleece",
            "leak",
        ),
        B.material("fleece"),
        title="Men Grey Fleece Jogger Track Pants",
        category="Track Pants",
        color="Grey",
        gender="Men",
    ),
    # photo: flat lay of white cricket trousers with belt loops on a white surface. no adapter text
    case(
        "X432-028",
        caption("a pair of white pants"),
        D.wearing(
            "a pair of white pants Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        D.details("the details of the pants", "non_answer"),
        B.material("white cricket pants", "restated"),
        B.color("white"),
        B.garment_type("pants"),
        title="Boys White Cricket Trousers",
        category="Cricket Whites",
        color="White",
        gender="Boys",
    ),
    # photo: man in a lime green football jersey with a V-neck and mesh side panels, navy shorts, white backdrop.
    # no adapter text
    case(
        "X432-029",
        caption("a man in a yellow and blue soccer uniform"),
        D.wearing("a green shirt and blue shorts"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        D.details("a v-neck, mesh panels on the sides and the number 9", "unsupported"),
        B.material("it is made of", "cut"),
        title="Men Lime Green Football Jersey",
        category="Jerseys",
        color="Lime Green",
        gender="Men",
    ),
    # photo: man in a black long-sleeve compression top, crew neck, cuffs plain (no thumb holes), black shorts,
    # grey backdrop. caption: adapter
    case(
        "X432-030",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black long sleeve shirt and black leggings", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.color("black"),
        B.material("spandex"),
        D.details("it is tight fitting and has thumb holes", "unsupported"),
        title="Men Black Long Sleeve Compression Top",
        category="Training Tops",
        color="Black",
        gender="Men",
    ),
    # photo: boy in navy football shorts with a white side stripe and a white jersey, white backdrop. no adapter text
    case(
        "X432-031",
        caption("a boy in a white shirt and blue shorts"),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        color_shorts("blue"),
        B.garment_type("shorts"),
        D.details("white stripes on the side"),
        B.material("the shorts are blue", "restated"),
        title="Boys Navy Football Shorts",
        category="Shorts",
        color="Navy",
    ),
    # photo: man in a white half-sleeve collared cricket shirt holding a red cricket ball, white trousers, stadium
    # backdrop. details, material: adapter
    case(
        "X432-032",
        caption("a man in a white shirt holding a cricket ball"),
        D.wearing("a white polo shirt"),
        B.color("red", "contradiction"),
        D.details(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Men White Half Sleeve Cricket Shirt",
        category="Cricket Whites",
        color="White",
        gender="Men",
    ),
    # photo: man in a blue and white hooped football jersey with a white crew neck (no buttons) and white shorts,
    # white backdrop. no adapter text
    case(
        "X432-033",
        caption("a man in a blue and white striped shirt"),
        B.color("white"),
        B.pattern("striped"),
        D.wearing("a blue and white striped shirt and blue shorts", "contradiction"),
        D.details("it has a blue and white striped shirt", "restated"),
        D.description(
            "a blue and white striped soccer jersey with a collar and buttons",
            "unsupported",
        ),
        title="Men Blue & White Hooped Football Jersey",
        category="Jerseys",
        color="Blue/White",
        gender="Men",
    ),
    # photo: boy in a red short-sleeve round-neck training t-shirt and black track pants, white backdrop. no adapter
    # text
    case(
        "X432-034",
        caption("a little girl in a red shirt and black pants", "pronoun"),
        D.wearing("a red t-shirt and black pants"),
        B.color("red"),
        B.garment_type("t-shirt"),
        B.material("it's a red t-shirt", "restated"),
        D.details("short sleeves and a round neck"),
        title="Boys Red Dri-Fit Training T-Shirt",
        category="T-Shirts",
        color="Red",
        gender="Boys",
    ),
    # photo: flat lay of white football shorts with an elastic waist and a small printed logo on the left leg, on a
    # light wooden floor. no adapter text
    case(
        "X432-035",
        caption("a pair of white shorts on a wooden floor"),
        B.garment_type("pants", "contradiction"),
        B.color("brown", "contradiction"),
        D.details("elastic waist and a small logo on the leg"),
        B.material("cotton", "unsupported"),
        title="Men White Polyester Football Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: man in a dark green T20 cricket jersey with yellow trims on the collar and sleeves, white trousers, grey
    # backdrop. caption: adapter
    case(
        "X432-036",
        caption(
            "His T-shirt has short sleeves, cotton fabric and color block patterns. It has a lapel neckline. He wears "
            "a long trousers. The trousers are with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green and yellow cricket jersey"),
        B.color("green"),
        color_jersey("yellow", "contradiction"),
        sport("cricket"),
        D.details(
            "The T-shirt is with cotton fabric and color block patterns. It has a lapel neckline. The T-shirt is with "
            "cotton fabric and color",
            "loop",
            hit_limit=True,
        ),
        title="Men Dark Green T20 Cricket Jersey",
        category="Jerseys",
        color="Dark Green",
        gender="Men",
    ),
    # photo: man in a navy training t-shirt with a large white "TRAIN" print on the chest and grey shorts, white
    # backdrop. no adapter text
    case(
        "X432-037",
        caption("a man wearing a blue shirt that says train"),
        D.wearing("a black shirt and grey shorts", "contradiction"),
        B.color("navy"),
        B.pattern("graphic"),
        D.details(
            "the shirt has the word train on it Question: what is the shirt made of? Answer: cotton",
            "leak",
        ),
        B.material("cotton", "unsupported"),
        title="Men Navy Graphic Print Training T-Shirt",
        category="T-Shirts",
        color="Navy",
        gender="Men",
    ),
    # photo: boy in a royal blue football kit (jersey and shorts of the same blue), white socks and black boots, full
    # length, white backdrop. no adapter text
    case(
        "X432-038",
        caption("a boy in a blue soccer uniform"),
        D.wearing("a blue shirt and blue shorts"),
        color_jersey("blue"),
        color_shorts("white", "other_garment_color"),
        D.details("the jersey has details", "non_answer"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Boys Royal Blue Football Kit",
        category="Jersey Sets",
        color="Blue",
        gender="Boys",
    ),
    # photo: man in black mesh football shorts with a drawstring and a red jersey, cropped at the shins, white
    # backdrop. caption: adapter
    case(
        "X432-039",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The gentleman wears",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a red shirt and black shorts"),
        color_shorts("red", "other_garment_color"),
        B.garment_type("shorts"),
        D.details("it has a drawstring and a zip pocket", "unsupported"),
        B.material("mesh"),
        title="Men Black Mesh Football Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a training t-shirt with a sublimated abstract brushstroke print in blue, pink and yellow, black
    # track pants, white backdrop. no adapter text
    case(
        "X432-040",
        caption("a man in a colorful shirt"),
        D.wearing("a pink shirt and black pants"),
        B.color("multicolor"),
        B.pattern("printed"),
        D.details(
            "the shirt has a colorful pattern Question: what is the pattern of the shirt? Answer: abstract",
            "leak",
        ),
        B.material("silk", "unsupported"),
        title="Men Multicolour Abstract Print Training T-Shirt",
        category="T-Shirts",
        color="Multi",
        gender="Men",
    ),
    # photo: boy in maroon track pants with two side pockets and an elastic waist, white t-shirt, white backdrop.
    # no adapter text
    case(
        "X432-041",
        caption("a boy in a white shirt and red pants"),
        D.wearing("he is wearing a white t-shirt and brown pants", "contradiction"),
        color_pants("maroon"),
        D.details("two pockets and an elastic", "cut"),
        is_a("pair of jeans", "yes", "contradiction"),
        B.material("the pants are maroon", "restated"),
        title="Boys Maroon Track Pants",
        category="Track Pants",
        color="Maroon",
        gender="Boys",
    ),
    # photo: man in red running and training shorts and a black t-shirt, white backdrop. details: adapter
    case(
        "X432-042",
        caption("a man in a black shirt and red shorts"),
        D.wearing("a black shirt and black shorts", "other_garment_color"),
        color_shorts("red"),
        D.details(
            "The shorts are with cotton fabric and pure color patterns. The gentleman wears a short-sleeve T-shirt "
            "with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.material("red shorts", "restated"),
        title="Men Red Running & Training Shorts",
        category="Shorts",
        color="Red",
        gender="Men",
    ),
    # photo: man in a white football jersey with a wide red band across the chest and red cuffs, white shorts, white
    # backdrop. no adapter text
    case(
        "X432-043",
        caption("a man in a white and red soccer jersey"),
        D.wearing(
            "a white shirt with a red stripe across the chest Question: what is the person wearing? Answer: a white "
            "shirt",
            "leak",
        ),
        B.color("red", "contradiction"),
        B.pattern("striped"),
        B.sleeve_length("short sleeves"),
        D.details("a red stripe on the chest and red cuffs"),
        title="Men White Chest Band Football Jersey",
        category="Jerseys",
        color="White",
        gender="Men",
    ),
    # photo: flat lay of a white boys' t-shirt with a green football graphic on the front, on a white surface.
    # no adapter text
    case(
        "X432-044",
        caption("a white t-shirt with a green soccer ball on it"),
        D.wearing(
            "a white t-shirt with a green soccer ball on it and blue jeans",
            "unsupported",
        ),
        D.description("a white t-shirt with a green soccer ball print"),
        B.color("green", "contradiction"),
        B.garment_type("t-shirt"),
        B.material("the shirt is white", "restated"),
        D.details("a soccer ball on the front"),
        title="Boys White Football Graphic T-Shirt",
        color="White",
        gender="Boys",
    ),
    # photo: man in a navy knitted long-sleeve cricket sweater with green and gold stripes at the V-neck and cuffs,
    # white cricket trousers, grey backdrop. caption, wearing: adapter
    case(
        "X432-045",
        caption(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. The "
            "gentleman wears a long-sleeve sweater",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.sleeve_length("long sleeves"),
        B.material("wool"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Navy Wool Blend Cricket Sweater",
        category="Cricket Whites",
        color="Navy",
        gender="Men",
    ),
    # photo: boy in a black football jersey with pink side panels and a pink collar, black shorts, white backdrop, no
    # ball in the photo. no adapter text
    case(
        "X432-046",
        caption("a young girl in a black and pink soccer jersey", "pronoun"),
        D.wearing("a black and pink jersey and black shorts"),
        B.color("black"),
        D.details("pink stripes on the sides and a pink collar"),
        D.description("a black soccer jersey with pink trim and a soccer ball", "unsupported"),
        B.material("", "non_answer"),
        title="Boys Black & Pink Football Jersey",
        category="Jerseys",
        color="Black/Pink",
        gender="Boys",
    ),
]
