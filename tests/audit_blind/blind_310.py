"""BLIND_310 (46 products; men's and women's jeans and denim: jeans, shorts, jackets, shirts, dungarees): written blind
in the forty-third session. Measured blind at f4df4c4 (the session's rules as they stood): 119/141 failures found
(84.4%) and 4/172 correct texts flagged (2.3%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's and women's denim: skinny, slim, straight, bootcut, mom and
wide-leg jeans, denim shorts, denim jackets (trucker, cropped, sherpa collar), denim shirts and dungarees (full
length and short). Most photos are model shots on studio backdrops (white, grey, beige, pink, yellow walls, a red
brick wall, a graffiti wall, plants), usually layered with a tee, a sweater, a blazer or a coat; some are flat-lays
(on wood, marble, a sheet, hung on a hook or a rack) with props (sunglasses, a phone, a bag, flip-flops, a belt).
Each row has the seller's title, category, color and gender; a few rows miss the color or the gender.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
white t-shirt and blue jeans") or from the caption-only LoRA adapter of the original experiments (the
DeepFashion-MultiModal template: "The gentleman wears a long trousers. The trousers are with denim fabric and solid
color patterns."; no hue names, and it says "lady" far more often than "gentleman"). The adapter never learned an
end token: each of its texts runs to its limit (50 new tokens for captions, 30 for answers) and has hit_limit=True;
asked a question, it returns its template. Open answers (wearing, description, details, material, fit, wash) come
from the base model unless the comment says the adapter answered; the base model stops on its own (never
hit_limit) and answers in a few lowercase words. Closed answers (garment_type, color, pattern, sleeve_length, the
per-piece colors and "Is this a ...?") are enrich's `--engine reference` picks from candidate sets: never a loop
or a cut, but sometimes the wrong candidate (the tee's color, the wall's color, the tee's stripes).

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy, indigo or mid-wash; light blue for stone or acid wash; grey for charcoal;
  white for off white, ecru or cream; "dark" or "light" for the wash. Black for a blue or navy pair is
  contradiction, unless another piece in the photo is black (then other_garment_color); so is black for
  charcoal.
- A color of another piece of the outfit (the tee, the sweater, the blazer, the coat, the dress under the jacket)
  given as the product's color is other_garment_color, and so is an open answer that gives the product that color
  ("a grey hoodie and grey jeans"). The color of the wall, the backdrop or a plant given as the garment's color is
  contradiction (no piece has it). An open answer that gives another piece a color no piece has, or the product's
  color ("blue pants" for white trousers under a blue shirt), is contradiction.
- The reference engine's pattern or sleeve length taken from another piece (the dress's "sleeveless" for the jacket
  over it, the tee's "short sleeves" for dungarees, "striped" for plain shorts under a striped tee, "graphic" for
  jeans under a graphic tee) is contradiction; so is "striped" for a plain twill denim shirt, and white (the dots)
  for a navy polka dot shirt. A small embroidered flower on a title that says "Floral Embroidered" makes "floral"
  correct.
- Garment synonyms are correct: pants or trousers for jeans, jean jacket for denim jacket, overalls or dungarees for
  either, "jumpsuit" for dungarees (the nearest one-piece class in the candidate set), "ripped" for distressed.
  "jacket" for a denim shirt worn open, "shirt" for a trucker jacket, "dress" for a jacket worn over a dress,
  "Is this a pair of jeans?" answered yes for denim shorts, and the adapter's "long pants" for shorts are
  contradiction (the garment itself misnamed). "shirt" for a polo worn with the jeans product is contradiction too.
- Materials: denim, cotton (denim is cotton twill) and "stretch denim" (title says stretchable) are correct; silk,
  wool, leather or linen on a denim product is unsupported. The material question answered with the garment's name
  ("black jeans", "overalls") is restated; so is the adapter's template returned for it (hit_limit kept).
- Invented details (a belt, a tie, a watch, a drawstring, rips on a clean-look pair, a hood on the jacket that
  belongs to the hoodie under it, patches, colored buttons, a chain that belongs to the bag beside the jeans) are
  unsupported. Items really in the photo, even props (the belt laid beside a flat-lay, a brown belt worn with the
  jeans, a straw bag held by the model, the walls), are correct.
- Adapter texts: repeating a sentence of its template is loop; stopping mid-sentence without repeating is cut;
  naming the man "the lady" is pronoun (the auditor sees the person before the cut); misnaming the garment is
  contradiction; template for the material question is restated. Accessories the adapter invents before a cut
  ("an accessory on her wrist") leave the text labelled cut.
- Base model: "he" for a woman or "she" for a man is pronoun; an answer that runs on into "Question: ... Answer:"
  is leak even where the first words are right; "the details of the jeans", "the jacket has details" and an empty
  answer are non_answer; "they are jeans" for details and "the shorts are short" are restated; an early stop
  ("it is made of") is cut without hit_limit.
- On a flat-lay, "What is the person wearing?" answered with the garment ("jeans", "shorts") is correct; "nothing"
  is non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
color_jacket = question("color_jacket", "What is the color of the jacket?", "closed")
fit = question("fit", "What is the fit of the jeans?", "open")
wash = question("wash", "What is the wash of the denim?", "open")

BLIND_310 = [
    # photo: man in blue slim fit jeans, white crew-neck tee, white sneakers, plain grey studio backdrop, full length.
    # adapter: none
    case(
        "X310-001",
        caption("a man in a white t-shirt and blue jeans"),
        D.wearing("a white t-shirt and blue jeans"),
        D.garment_type("jeans"),
        D.color("blue"),
        fit("slim"),
        D.material("denim"),
        D.details("the jeans have a rip on the left knee", "unsupported"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in black high-rise skinny jeans and a light pink cropped sweater, beige backdrop, full length.
    # caption: adapter
    case(
        "X310-002",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long denim pants. The pants are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink sweater and black jeans"),
        D.color("black"),
        color_jeans("pink", "other_garment_color"),
        fit("skinny"),
        D.material("stretch denim"),
        D.description(
            "she is wearing black skinny jeans Question: What is she wearing? Answer: black jeans",
            "leak",
        ),
        title="Women Black Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay of dark indigo straight fit jeans on a white surface, front view, zip fly and button showing.
    # adapter: none
    case(
        "X310-003",
        caption("a pair of dark blue jeans on a white background"),
        D.wearing("", "non_answer"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("a zipper and a button"),
        wash("dark"),
        D.description("a pair of black jeans", "contradiction"),
        title="Men Navy Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in light blue mom jeans with rips at both knees, white tank top tucked in, brown belt, standing
    # against a red brick wall. adapter: none
    case(
        "X310-004",
        caption("a woman in a white tank top and ripped jeans standing against a brick wall"),
        D.wearing("she is wearing a white tank top and jeans"),
        D.color("white", "other_garment_color"),
        color_jeans("red", "contradiction"),
        D.details("ripped knees and a brown belt"),
        D.description("he is wearing a pair of light blue mom jeans", "pronoun"),
        D.material("denim"),
        title="Women Light Blue Mom Fit High-Rise Highly Distressed Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in black skinny jeans, grey pullover hoodie, black boots, white backdrop, full length.
    # caption: adapter
    case(
        "X310-005",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The gentleman wears a long pants. The pants are with denim fabric. The gentleman wears a "
            "long-sleeve sweatshirt with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a grey hoodie and grey jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("black"),
        is_a("pair of jeans", "yes"),
        D.material("black jeans", "restated"),
        title="Men Black Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light blue denim shorts with a frayed hem, yellow-and-white striped tee tucked in, white
    # backdrop, full length to the sandals. adapter: none
    case(
        "X310-006",
        caption("a woman in a yellow striped shirt and denim shorts"),
        D.wearing(
            "a yellow and white striped shirt and blue shorts Question: What is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.garment_type("shorts"),
        D.color("blue"),
        D.pattern("striped", "contradiction"),
        D.details("frayed hem"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Women Light Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a mid-blue trucker denim jacket (button front, two chest flap pockets) over a black tee, black
    # jeans, grey backdrop. caption: adapter
    case(
        "X310-007",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman also wears an outer clothing, with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a denim jacket and black jeans"),
        D.garment_type("jacket"),
        D.color("black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.details("the jacket has buttons, two chest pockets and a hood", "unsupported"),
        D.material("denim"),
        title="Men Blue Washed Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue high-rise wide-leg jeans, cream knit top tucked in, holding a straw tote bag, white
    # backdrop, no belt. adapter: none
    case(
        "X310-008",
        caption("a woman in a white sweater and wide leg jeans holding a straw bag"),
        D.wearing("he is wearing a white sweater and blue jeans", "pronoun"),
        D.color("blue"),
        is_a("pair of jeans", "yes"),
        fit("wide leg"),
        D.details("the jeans have a high waist and a belt", "unsupported"),
        D.material("it is made of", "cut"),
        title="Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of grey tapered jeans on a light wooden floor, front view.
    # adapter: none
    case(
        "X310-009",
        caption("a pair of grey jeans on a wooden floor"),
        D.garment_type("pants"),
        D.color("black", "contradiction"),
        D.details("the details of the jeans", "non_answer"),
        D.material("grey", "restated"),
        is_a("pair of jeans", "yes"),
        title="Men Grey Tapered Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
    ),
    # photo: woman in a mid-blue long-sleeve button-down denim shirt tucked into white jeans, beige backdrop.
    # caption, details: adapter
    case(
        "X310-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue shirt and white jeans"),
        D.garment_type("shirt"),
        D.material("denim"),
        D.color("white", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The shirt is with denim fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "denim fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Regular Fit Casual Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: man in mid-blue full-length denim dungarees over a white tee, white sneakers, grey backdrop.
    # adapter: none
    case(
        "X310-011",
        caption("a man in a pair of overalls"),
        D.wearing("she is wearing overalls and a white t-shirt", "pronoun"),
        D.garment_type("jumpsuit"),
        D.color("blue"),
        is_a("pair of jeans", "no"),
        D.material("overalls", "restated"),
        title="Men Blue Solid Denim Dungarees",
        category="Dungarees",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in dark navy high-rise bootcut jeans, black blazer over a black top, black heels, white wall.
    # adapter: none
    case(
        "X310-012",
        caption("a woman in a black jacket and black pants", "other_garment_color"),
        D.wearing("she is wearing a black blazer and dark blue jeans"),
        D.garment_type("jeans"),
        D.color("blue"),
        fit("bootcut"),
        color_jeans("black", "other_garment_color"),
        D.description(
            "a pair of dark blue bootcut jeans with a high waist and a black belt",
            "unsupported",
        ),
        title="Women Navy Blue Bootcut High-Rise Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a light blue long-sleeve denim shirt, sleeves rolled to the elbow, one chest pocket, khaki
    # chinos, a potted palm beside him, white backdrop. caption, material: adapter
    case(
        "X310-013",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue denim shirt and khaki pants"),
        D.color("light blue"),
        D.pattern("striped", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("buttons and a pocket on the chest"),
        D.material(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel",
            "restated",
            hit_limit=True,
        ),
        title="Men Light Blue Slim Fit Casual Denim Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a cropped black denim jacket over a white dress with a small blue floral print, potted plants
    # on the sides, white backdrop. details: adapter
    case(
        "X310-014",
        caption("a woman wearing a black denim jacket over a floral dress"),
        D.wearing("a black jacket and a white dress with flowers"),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.pattern("solid"),
        B.sleeve_length("long sleeves"),
        D.details(
            "The outer clothing is with denim fabric and solid color patterns. The lady wears a sleeveless dress with "
            "floral patterns. The dress is with",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        title="Women Black Cropped Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: man in blue ripped skinny jeans, black leather biker jacket over a white tee, leaning against a red
    # brick wall. adapter: none
    case(
        "X310-015",
        caption("a man in a leather jacket and ripped jeans leaning against a brick wall"),
        D.wearing("he is wearing a black leather jacket, a white t-shirt and blue ripped jeans"),
        color_jeans("blue"),
        D.color("black", "other_garment_color"),
        D.details("ripped knees and holes"),
        D.material("leather", "unsupported"),
        title="Men Blue Skinny Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in white straight-leg jeans and a navy-and-white striped breton top, white backdrop.
    # caption: adapter
    case(
        "X310-016",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue and white striped shirt and white jeans"),
        D.color("white"),
        color_jeans("blue", "other_garment_color"),
        D.pattern("solid"),
        fit("straight"),
        D.description(
            "white jeans with a straight leg Question: What is the color of the jeans? Answer: white",
            "leak",
        ),
        title="Women White Straight Fit High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: man in black denim shorts (button, belt loops), red checked shirt worn open over a grey tee, white
    # backdrop. adapter: none
    case(
        "X310-017",
        caption("a man in a red plaid shirt and black shorts"),
        D.wearing("she is wearing a red shirt, a grey t-shirt and black shorts", "pronoun"),
        D.garment_type("shirt", "contradiction"),
        D.color("red", "other_garment_color"),
        D.details("the shorts have a drawstring", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Men Black Solid Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of stone-wash light blue mom jeans on a white sheet, sunglasses and a phone beside; clean
    # look, no rips. adapter: none
    case(
        "X310-018",
        caption("a pair of jeans, sunglasses and a phone on a white sheet"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("jeans"),
        D.color("light blue"),
        wash("the wash of the denim", "non_answer"),
        D.details("the jeans have a tear on the knee", "unsupported"),
        D.material("denim"),
        title="Women Light Blue Mom Fit Stone Wash Clean Look Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in a dark blue denim jacket with a cream sherpa collar over a grey hoodie (hood out), black jeans,
    # white backdrop. caption, wearing: adapter
    case(
        "X310-019",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. This gentleman also wears an outer clothing, with denim fabric and solid color patterns. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. The gentleman wears a long-sleeve sweatshirt",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jacket"),
        is_a("denim jacket", "yes"),
        D.color("grey", "other_garment_color"),
        D.details("a fur collar and buttons"),
        D.material("the jacket is made of", "cut"),
        title="Men Navy Blue Denim Jacket with Sherpa Collar",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in blue denim dungaree shorts over a white tee, white sneakers, standing in front of a mustard
    # yellow wall. wearing: adapter
    case(
        "X310-020",
        caption("a woman in denim overalls standing in front of a yellow wall"),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details("a bib pocket and a red heart patch", "unsupported"),
        D.garment_type("jumpsuit"),
        D.color("yellow", "contradiction"),
        is_a("pair of dungarees", "yes"),
        D.material("cotton"),
        title="Women Blue Denim Dungaree Shorts",
        category="Dungarees",
        color="Blue",
        gender="Women",
    ),
    # photo: man in mid-blue straight fit jeans, olive green bomber jacket over a white tee, grey backdrop.
    # caption: adapter
    case(
        "X310-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color",
            "pronoun",
            hit_limit=True,
        ),
        D.wearing("a green jacket and blue jeans"),
        D.color("blue"),
        fit("the jeans fit", "restated"),
        color_jeans("green", "other_garment_color"),
        D.description(
            "a pair of blue jeans with a straight leg Question: Describe the jeans. Answer: blue jeans",
            "leak",
        ),
        title="Men Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in grey skinny jeans, black turtleneck sweater, black ankle boots, white backdrop.
    # description: adapter
    case(
        "X310-022",
        caption("a woman in a black turtleneck and grey jeans"),
        D.wearing("she's wearing a black sweater and grey jeans"),
        D.color("grey"),
        color_jeans("black", "other_garment_color"),
        fit("skinny"),
        D.details("a zipper at the ankle", "unsupported"),
        D.description(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long-sleeve sweater with",
            "loop",
            hit_limit=True,
        ),
        D.material("wool", "unsupported"),
        title="Women Grey Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: man in an indigo long-sleeve denim shirt with a small white polka dot print, one chest pocket, worn with
    # blue jeans (double denim), grey backdrop. adapter: none
    case(
        "X310-023",
        caption("a man in a blue shirt and blue jeans"),
        D.wearing("a blue shirt with white dots and jeans"),
        D.pattern("polka dots"),
        color_shirt("white", "contradiction"),
        B.sleeve_length("long sleeves"),
        D.details("white polka dots and a pocket on the chest"),
        D.description(
            "a blue shirt with white polka dots Question: Describe the shirt. Answer: it is a blue shirt",
            "leak",
        ),
        title="Men Navy Blue Polka Dot Print Denim Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black bootcut jeans hung by the belt loops on a hook against a white painted brick wall, no person.
    # caption, material: adapter
    case(
        "X310-024",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long length. The fabric is denim and it has solid color patterns. The lower",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("black"),
        fit("bootcut"),
        D.details("a button and a zipper"),
        is_a("pair of jeans", "yes"),
        D.material(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: man in medium blue denim shorts with a rolled hem, white linen shirt, big green palm leaves behind,
    # no belt. adapter: none
    case(
        "X310-025",
        caption("a man in a white shirt and blue shorts in front of a palm tree"),
        D.wearing("a white shirt and denim shorts"),
        D.color("blue"),
        color_shorts("white", "other_garment_color"),
        D.details("rolled hem and a belt", "unsupported"),
        D.material("linen", "unsupported"),
        title="Men Blue Washed Slim Fit Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in blue slim fit jeans and a red top, sitting on a wooden stool, white backdrop.
    # adapter: none
    case(
        "X310-026",
        caption("a woman sitting on a stool in a red top and jeans"),
        D.wearing("a red shirt and red jeans", "other_garment_color"),
        D.garment_type("jeans"),
        D.color("blue"),
        D.details("they are jeans", "restated"),
        fit("slim"),
        D.description("he is wearing blue jeans", "pronoun"),
        title="Women Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: man in a black denim jacket over a white hoodie (hood out over the collar), blue jeans, grey backdrop.
    # caption, details: adapter
    case(
        "X310-027",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a hooded neckline. This gentleman also wears an outer clothing, with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black jacket, a white hoodie and blue jeans"),
        color_jacket("black"),
        D.color("white", "other_garment_color"),
        D.description("a black denim jacket with a white hood", "unsupported"),
        B.sleeve_length("long sleeves"),
        D.details(
            "This gentleman also wears an outer clothing, with denim fabric and solid color patterns. The gentleman "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        title="Men Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: woman in off-white wide-leg jeans, beige trench coat open over a white tee, white backdrop.
    # description: adapter
    case(
        "X310-028",
        caption("a woman in a beige coat and white pants"),
        D.wearing("a trench coat and white jeans"),
        D.color("beige", "other_garment_color"),
        color_jeans("white"),
        fit("wide leg Question: What is the color of the jeans? Answer: white", "leak"),
        D.details("", "non_answer"),
        D.material("cotton"),
        D.description(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has a "
            "lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Off White Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Off White",
        gender="Women",
    ),
    # photo: man in mid-blue straight jeans, navy polo shirt tucked in, brown leather belt, tan loafers, white
    # backdrop; no watch. caption: adapter
    case(
        "X310-029",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The polo shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue polo shirt and jeans"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        is_a("pair of jeans", "yes"),
        D.details("a brown belt and a watch", "unsupported"),
        title="Men Blue Regular Fit Straight Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an oversized light blue long-sleeve denim shirt worn open over a black camisole, blue jeans,
    # white backdrop. adapter: none
    case(
        "X310-030",
        caption("a woman in a denim shirt and jeans"),
        D.wearing("he is wearing a denim shirt and jeans", "pronoun"),
        D.garment_type("jacket", "contradiction"),
        D.color("light blue"),
        B.sleeve_length("long sleeves"),
        D.material("denim"),
        color_shirt("black", "other_garment_color"),
        title="Women Light Blue Oversized Denim Shirt",
        category="Shirts",
        color="Light Blue",
        gender="Women",
    ),
    # photo: flat-lay of folded charcoal slim jeans on white, a brown leather belt laid beside them as a prop.
    # caption: adapter
    case(
        "X310-031",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. There is an "
            "accessory on her wrist. There is a ring on her finger. The lower clothing is of",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.color("black", "contradiction"),
        D.details("a brown leather belt"),
        wash("dark grey"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Men Charcoal Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: woman in black full-length denim dungarees over a black-and-white striped tee, white backdrop.
    # adapter: none
    case(
        "X310-032",
        caption("a woman in a black and white striped shirt and black overalls"),
        D.wearing("a striped shirt and black overalls"),
        D.garment_type("jumpsuit"),
        D.pattern("striped", "contradiction"),
        D.color("black"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.material("black overalls", "restated"),
        title="Women Black Solid Denim Dungarees",
        category="Dungarees",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue acid wash denim jacket over a black tee, black jeans, in front of a colorful
    # graffiti wall (red, green, yellow). adapter: none
    case(
        "X310-033",
        caption("a man standing in front of a graffiti wall"),
        D.wearing("a blue jean jacket and black pants"),
        D.color("light blue"),
        color_jacket("black", "other_garment_color"),
        D.description(
            "a light blue acid wash jean jacket Question: What is the color of the jacket? Answer: light blue",
            "leak",
        ),
        D.pattern("solid"),
        D.details("a red and green patch on the sleeve", "unsupported"),
        title="Men Light Blue Acid Wash Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in dark blue high-rise skinny jeans with a raw hem, white puff-sleeve blouse tucked in, pastel pink
    # backdrop. caption, wearing: adapter
    case(
        "X310-034",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has "
            "a round neckline. The lady wears a long-sleeve blouse with pure color patterns. The blouse is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has "
            "a round",
            "cut",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        color_jeans("blue"),
        fit("skinny"),
        title="Women Blue Skinny Fit High-Rise Raw Hem Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: back view of a man in light blue relaxed fit jeans (two back pockets, leather label patch on the
    # waistband) and a grey sweatshirt, white backdrop. adapter: none
    case(
        "X310-035",
        caption("the back of a man in a grey sweatshirt and jeans"),
        D.wearing("a grey sweatshirt and grey jeans", "other_garment_color"),
        D.color("light blue"),
        fit("loose Question: What is the color of the jeans? Answer: blue", "leak"),
        D.details("two back pockets and a leather patch"),
        D.material("denim"),
        title="Men Light Blue Relaxed Fit Mid-Rise Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in black high-waisted denim shorts, white tee tucked in, black belt, white backdrop.
    # caption: adapter
    case(
        "X310-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The lady wears a long denim pants. The pants are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a white t-shirt and black shorts"),
        D.color("black"),
        D.garment_type("jeans", "contradiction"),
        is_a("pair of shorts", "yes"),
        D.details(
            "a belt and a button Question: What are the details of the shorts? Answer: a belt",
            "leak",
        ),
        title="Women Black High-Rise Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an indigo long-sleeve denim shirt buttoned up, beige chinos, holding a takeaway coffee cup,
    # white backdrop. description: adapter
    case(
        "X310-037",
        caption("a man holding a cup of coffee in a denim shirt"),
        D.wearing("she is wearing a blue shirt and beige pants", "pronoun"),
        D.garment_type("shirt"),
        D.color("beige", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        D.details("the shirt has buttons"),
        B.material("silk", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The "
            "gentleman wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        title="Men Navy Blue Regular Fit Denim Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a cropped light blue denim jacket (silver metal buttons) over a yellow sleeveless sundress,
    # white backdrop. caption: adapter
    case(
        "X310-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. This lady also wears an outer clothing, with denim fabric and solid color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow dress and a denim jacket"),
        D.color("yellow", "other_garment_color"),
        D.garment_type("jacket"),
        color_jacket("light blue"),
        B.sleeve_length("sleeveless", "contradiction"),
        D.description("a blue denim jacket with yellow buttons", "unsupported"),
        title="Women Light Blue Cropped Denim Jacket",
        category="Jackets",
        color="Light Blue",
        gender="Women",
    ),
    # photo: man in black ripped skinny jeans, white tee with a black graphic print, white sneakers, grey backdrop.
    # adapter: none
    case(
        "X310-039",
        caption("a man in a white t-shirt with a graphic print and black ripped jeans"),
        D.wearing("a white t - shirt and black jeans"),
        D.color("black"),
        D.pattern("graphic", "contradiction"),
        D.details("ripped knees and a chain on the pocket", "unsupported"),
        fit("skinny"),
        D.material("jeans", "restated"),
        title="Men Black Skinny Fit Mildly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of ecru straight jeans on a white marble surface beside a beige handbag with a gold chain strap.
    # adapter: none
    case(
        "X310-040",
        caption("a pair of white jeans and a beige bag on a marble table"),
        D.garment_type("jeans"),
        D.color("white"),
        D.details("they have a zipper, pockets and a gold chain", "unsupported"),
        D.material("white jeans", "restated"),
        wash("light"),
        title="Women Cream Straight Fit High-Rise Jeans",
        category="Jeans",
        color="Cream",
        gender="Women",
    ),
    # photo: woman in blue wide-leg jeans with a small white embroidered flower on each front pocket, white
    # knit sweater, green monstera plant beside her, white backdrop. caption: adapter
    case(
        "X310-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and floral "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white sweater and blue jeans with flowers"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.details("embroidered flowers on the pockets"),
        D.material("the jeans are made of", "cut"),
        title="Women Blue Wide Leg Floral Embroidered Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: flat-lay of light blue denim shorts on a wooden deck with flip-flops and sunglasses.
    # adapter: none
    case(
        "X310-042",
        caption("a pair of denim shorts, flip flops and sunglasses on a wooden deck"),
        D.wearing("shorts"),
        D.garment_type("shorts"),
        D.color("blue"),
        color_shorts("brown", "contradiction"),
        D.details("the shorts are short", "restated"),
        D.material("denim"),
        title="Men Light Blue Denim Shorts",
        category="Shorts",
        color="Light Blue",
        gender="Men",
    ),
    # photo: woman in a dark blue long-sleeve denim shirt knotted at the waist, white wide-leg trousers, white
    # backdrop. material: adapter
    case(
        "X310-043",
        caption("a woman in a denim shirt tied at the waist and white pants"),
        D.wearing("a blue shirt and blue pants", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.color("blue"),
        is_a("shirt", "no", "contradiction"),
        D.details("a knot at the front"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline.",
            "restated",
            hit_limit=True,
        ),
        title="Women Navy Blue Tie-Up Cropped Denim Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in mid-blue slim jeans, white shirt and navy blazer, brown belt, no tie, white backdrop.
    # caption, description: adapter
    case(
        "X310-044",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. This gentleman also wears an outer clothing, with cotton fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a navy blazer, a white shirt and blue jeans"),
        D.garment_type("jacket", "contradiction"),
        D.color("blue"),
        fit("the fit of the jeans", "non_answer"),
        D.material("cotton"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("a brown belt and a tie", "unsupported"),
        title="Men Blue Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in mid-blue paperbag-waist mom jeans, black crop top, white backdrop.
    # details: adapter
    case(
        "X310-045",
        caption("a woman in a black crop top and blue jeans"),
        D.wearing("he is wearing a black top and jeans", "pronoun"),
        D.color("blue"),
        color_jeans("black", "other_garment_color"),
        fit("mom"),
        D.details(
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns. The lower "
            "clothing is of long",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "high waisted jeans with a paper bag waist Question: What is the fit of the jeans? Answer: mom",
            "leak",
        ),
        D.material("it's made of denim"),
        title="Women Blue Mom Fit Paperbag Waist Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: dark blue denim jacket on a wooden hanger on a coat rack, grey wall, no person.
    # caption: adapter
    case(
        "X310-046",
        caption(
            "The upper clothing has long sleeves, denim fabric and solid color patterns. It has a lapel neckline. The "
            "upper clothing has long sleeves, denim fabric and solid color patterns. It has",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a denim jacket"),
        D.garment_type("shirt", "contradiction"),
        D.color("blue"),
        B.sleeve_length("long sleeves"),
        D.details("the jacket has details", "non_answer"),
        D.material("blue", "restated"),
        title="Men Navy Blue Washed Denim Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
]
