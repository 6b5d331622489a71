"""BLIND_308 (46 products; men's and women's shirts and t-shirts, model shots and packshots): written blind in the
forty-third session. Measured blind at f8e69bd (the session's rules as they stood): 121/142 failures found (85.2%)
and 6/177 correct texts flagged (3.4%). The writer's notes, verbatim:

Scenario: an English catalog feed (Myntra-like) of men's and women's shirts and t-shirts: formal and casual shirts
(solid, striped, checked, denim, linen, satin, corduroy, embroidered), polos, henleys, plain, graphic and oversized
tees, tank tops and multipacks. Model shots (the shirt worn with jeans, trousers, shorts or a skirt, sometimes
layered over a tee or under a blazer, in front of studio backdrops, coloured walls, a beach, a golf course, a gym)
and packshots (flat lays, folded, on a hanger or a ghost mannequin, sometimes with props). Each row has the seller's
title, category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short lowercase "a man in a white
shirt and grey pants") or from the caption LoRA adapter (DeepFashion template: "The gentleman wears a short-sleeve
T-shirt with pure color patterns. The T-shirt is with cotton fabric ..."), as each case's comment says. The adapter
has no end-of-answer token, so each of its texts runs to its limit (50 new tokens for captions, 30 for answers,
hit_limit=True) and it returns the template to any question. Open answers (wearing, description, details,
material, print) come from the base model unless the comment says the adapter answered; the base model stops on its
own (never hit_limit). Closed answers (garment_type, color, pattern, sleeve_length, the per-piece colors and "Is
this a ...?") are enrich's `--engine reference` choices from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: blue for navy, sky blue or teal blue; green for olive, sage or
  teal; red for maroon; yellow for mustard; pink for peach; purple for lavender; white for off white; grey for grey
  melange or charcoal; brown for rust; khaki or tan for beige. Black for charcoal grey is a contradiction.
- The color of a print, of stripes or dots, of the backdrop, of the grass or of the sea given as the garment's
  color is contradiction. A color of another piece in the photo (the jeans, the tee under an open shirt, the blazer
  over the shirt) given to the product, or the product's color given to the jeans, pants or shorts, is
  other_garment_color (the base model's one-color-for-everything failure).
- In open texts "shirt" is a generic word the base model uses for any top: "a green shirt" for a henley or a tee is
  correct. In the closed garment_type, whose candidate set separates shirt, t-shirt, polo shirt and tank top,
  "shirt" for a tee is a contradiction. A henley or a polo as "t-shirt" is correct (the feed files both under
  Tshirts); a henley as "tank top" is not. An overshirt called "jacket" and a shirt under a blazer called "jacket"
  are contradictions; "blouse" for a women's shirt is correct; "lace" for schiffli/eyelet embroidery is correct.
- Multipacks: the engine's color giving one of the pack's colors is correct (the candidates have no "multi"); an
  open text that describes the pack as one garment ("a black t-shirt" for a pack of three) is contradiction.
- Materials: the one the title names (linen, flannel, corduroy, denim, satin, cotton; polyester for poly-cotton) is
  correct; cotton for a plain tee whose title names no material is correct; a material the title contradicts
  (polyester or denim for a cotton title, wool for a flannel, linen for cotton) is contradiction; one the title does
  not name and the photo does not show (silk, nylon, polyester on a printed viscose-look shirt) is unsupported.
- Invented things (a tie, a belt, a hat, a hood, pockets or cuffs the photo lacks, pants in a waist-up crop, a bow
  on a back the front view does not show, a chest pocket on a back view) are unsupported. Props that are in the
  photo (a chair, a coffee cup, plants, a straw hat, a brick or blue wall) named in a caption are correct.
- Adapter texts: a repeated template sentence is loop; a text that stops mid-sentence without repeating is cut, even
  where it invents pants, an accessory or a fabric before the cut (one kind per text, the cut is seen first); the
  template returned for the material question is restated (hit_limit kept). The template answering wearing,
  description or details answers them, so those are cut or loop.
- Base answers cut by an early stop ("it is made of", "it is made of cotton and") are cut without hit_limit. Base
  answers running on into "Question: ... Answer: ..." are leak even where the first words are right. An empty
  answer, "the details of the shirt", "a white t-shirt" for the details, "the shirt is made of material" are
  non_answer; the material question answered with the garment's name, or with the question itself, is restated;
  "the details of the shirt are the details of the shirt" is restated.
- "he" for a woman, "she" for a man is pronoun. The empty "What is the person wearing?" for a packshot is
  non_answer; a packshot's wearing answer that names the garment is correct.
- Closed "Is this a shirt?" answered "no" for a shirt is contradiction; "hat" for the garment type of a shirt flat
  lay with a straw hat prop is contradiction.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a, question

color_shirt = question("color_shirt", "What is the color of the shirt?", "closed")
color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_shorts = question("color_shorts", "What is the color of the shorts?", "closed")
printed = question("print", "What is printed on the t-shirt?", "open")

BLIND_308 = [
    # photo: man in a white slim-fit formal shirt, spread collar, full sleeves, tucked into grey trousers, no tie;
    # plain grey studio backdrop, front view, full body.
    # adapter: none
    case(
        "X308-001",
        caption("a man in a white shirt and grey pants"),
        D.wearing("a white shirt and a black tie", "unsupported"),
        D.garment_type("shirt"),
        D.color("white"),
        color_pants("grey"),
        D.sleeve_length("long sleeves"),
        D.material("silk", "unsupported"),
        title="Men White Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: packshot, navy blue pique polo laid flat on white, white tipping on the collar, two-button placket,
    # small white embroidered logo, no pocket.
    # adapter: caption
    case(
        "X308-002",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("navy"),
        D.description("a blue polo shirt with white stripes on the collar"),
        D.details("two buttons and a pocket on the chest", "unsupported"),
        D.sleeve_length("short sleeves"),
        D.material("the polo shirt is made of", "cut"),
        title="Men Navy Blue Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in an oversized black tee with a large white-and-orange sunset print and "SUNSET CLUB" text,
    # light blue denim shorts; white brick wall backdrop.
    # adapter: none
    case(
        "X308-003",
        caption("a woman in a black t-shirt standing in front of a white brick wall"),
        D.wearing("a black t-shirt and blue shorts"),
        D.color("orange", "contradiction"),
        color_shorts("black", "other_garment_color"),
        printed("a sunset"),
        D.pattern("graphic"),
        D.material("polyester", "contradiction"),
        title="Women Black Graphic Printed Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: man in an olive green full-sleeve henley, three-button placket, no pocket, beige chinos; blurred street.
    # adapter: none
    case(
        "X308-004",
        caption("a man in a green shirt and khaki pants"),
        D.wearing("a green henley shirt and khaki pants"),
        D.garment_type("tank top", "contradiction"),
        D.color("olive"),
        color_pants("green", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.details("three buttons on the front and a pocket on the chest", "unsupported"),
        title="Men Olive Green Solid Henley Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a white ribbed sleeveless tank top, black high-waist jeans; beige studio backdrop.
    # adapter: details
    case(
        "X308-005",
        caption("a woman wearing a white tank top and black jeans"),
        D.wearing("he is wearing a white tank top and black jeans", "pronoun"),
        D.garment_type("tank top"),
        D.color("black", "other_garment_color"),
        color_jeans("black"),
        D.details(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lady wears a long trousers. The trousers are with",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        title="Women White Ribbed Tank Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: packshot, blue-and-white vertical striped short-sleeve casual shirt on a wooden hanger, white wall.
    # adapter: caption
    case(
        "X308-006",
        caption(
            "This gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a short-sleeve shirt with striped patterns. The shirt",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue"),
        D.description("a blue and white striped shirt on a hanger"),
        D.details("a white collar and white cuffs", "unsupported"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.garment_type("t-shirt", "contradiction"),
        title="Men Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: packshot, three folded crew-neck tees stacked (black, white, grey melange) on white.
    # adapter: none
    case(
        "X308-007",
        caption("three t-shirts stacked on top of each other"),
        D.garment_type("t-shirt"),
        D.color("black"),
        D.description("a black t-shirt", "contradiction"),
        D.material("polyester", "contradiction"),
        D.details("crew neck and short sleeves"),
        title="Men Pack of 3 Solid Round Neck Cotton T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a red-and-black buffalo check flannel shirt worn open over a white tee, black jeans; white
    # wall, wooden floor.
    # adapter: caption
    case(
        "X308-008",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red plaid shirt over a white t-shirt and black jeans"),
        D.color("white", "other_garment_color"),
        D.pattern("checked"),
        color_jeans("black"),
        D.material("wool", "contradiction"),
        title="Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: back view of a man in a white drop-shoulder oversized tee with large black "NO RULES" text across the
    # back, olive cargo pants; grey backdrop.
    # adapter: none
    case(
        "X308-009",
        caption("the back of a man wearing a white t-shirt with the words no rules"),
        D.wearing("a white t-shirt and white pants", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        color_pants("green"),
        printed("no rules"),
        D.details("a pocket on the chest", "unsupported"),
        title="Men White Typography Printed Drop-Shoulder Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a lavender short-sleeve polo tee, white trousers; pastel pink backdrop.
    # adapter: none
    case(
        "X308-010",
        caption("a woman in a purple shirt and white pants"),
        D.wearing("he is wearing a purple polo shirt and white pants", "pronoun"),
        D.color("white", "other_garment_color"),
        D.garment_type("polo shirt"),
        D.sleeve_length("short sleeves"),
        D.description(
            "a purple shirt with a collar and buttons Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        title="Women Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: packshot, black full-sleeve formal shirt folded with collar up, on a grey background.
    # adapter: description, details
    case(
        "X308-011",
        caption("a black shirt on a grey background"),
        D.garment_type("shirt"),
        D.color("black"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline. The shirt is with "
            "cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        D.material("polyester"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Men Black Solid Poly-Cotton Formal Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in a mustard yellow short-sleeve crop tee, blue denim mini skirt; white wall with potted plants.
    # adapter: none
    case(
        "X308-012",
        caption("a woman in a yellow shirt and a denim skirt standing next to a plant"),
        D.wearing("he is wearing a yellow crop top and a blue skirt", "pronoun"),
        D.color("yellow"),
        D.garment_type("t-shirt"),
        D.material("denim", "contradiction"),
        D.sleeve_length("short sleeves"),
        D.details("a pocket and a zipper", "unsupported"),
        title="Women Mustard Yellow Solid Cotton Crop T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: man in a maroon crew-neck tee, cropped at the waist (no lower garment visible); grey backdrop.
    # adapter: caption
    case(
        "X308-013",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "Its neckline is round. The gentleman wears a short-sleeve T-shirt with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red t-shirt and blue jeans", "unsupported"),
        D.color("maroon"),
        color_shirt("black", "contradiction"),
        D.details("", "non_answer"),
        D.material("cotton"),
        title="Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in a loose white linen shirt, long sleeves, beige linen trousers; beach, sand and blue sea.
    # adapter: caption
    case(
        "X308-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white pants", "other_garment_color"),
        D.color("blue", "contradiction"),
        D.material("linen"),
        D.sleeve_length("long sleeves"),
        D.description("a white button down shirt with a collar"),
        title="Women White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: packshot, grey melange crew-neck tee flat on a wooden table, navy-and-red "SPACE AGENCY" chest logo.
    # adapter: none
    case(
        "X308-015",
        caption("a grey t-shirt with a logo on a wooden table"),
        D.garment_type("t-shirt"),
        D.color("grey"),
        D.pattern("graphic"),
        printed("space agency"),
        D.description(
            "a grey t-shirt with a blue and red logo on the front Question: What is the logo? Answer: nasa",
            "leak",
        ),
        D.material("it is made of", "cut"),
        title="Men Grey Melange Graphic Printed Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a black strappy tank top, white wide-leg trousers; red backdrop.
    # adapter: caption
    case(
        "X308-016",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black tank top and white pants"),
        D.color("red", "contradiction"),
        color_pants("black", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        D.material("silk", "unsupported"),
        title="Women Black Solid Strappy Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: man in a light blue denim shirt buttoned up, button-down collar, two chest flap pockets, black trousers;
    # grey backdrop.
    # adapter: none
    case(
        "X308-017",
        caption("a man in a blue denim shirt and black pants"),
        D.wearing("a denim shirt and black jeans"),
        D.material("denim"),
        D.details("two pockets on the chest and a button down collar"),
        D.color("blue"),
        color_pants("blue", "other_garment_color"),
        D.pattern("striped", "contradiction"),
        title="Men Light Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in an oversized white tee with a pink roses print on the front, light blue jeans, the tee
    # untucked over the waist; pink backdrop.
    # adapter: none
    case(
        "X308-018",
        caption("a woman in a white t-shirt with pink flowers on it"),
        D.wearing("a white t-shirt with pink flowers and a pink skirt", "contradiction"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.description("a white t-shirt with pink roses and a black belt", "unsupported"),
        D.material("cotton"),
        title="Women White Floral Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a green-and-navy tartan short-sleeve shirt, one chest pocket, beige shorts; park, trees.
    # adapter: caption
    case(
        "X308-019",
        caption(
            "This man wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a three-point shorts. The shorts are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("she is wearing a plaid shirt and shorts", "pronoun"),
        D.color("green"),
        color_shorts("green", "other_garment_color"),
        D.pattern("checked"),
        D.sleeve_length("short sleeves"),
        D.details("the shirt has a pocket on the left side and a tie", "unsupported"),
        D.material("linen", "contradiction"),
        title="Men Green & Navy Blue Tartan Checked Cotton Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: woman in a long-sleeve Breton tee (white with navy horizontal stripes), boat neck, black knee skirt;
    # white backdrop.
    # adapter: none
    case(
        "X308-020",
        caption("a woman wearing a striped shirt and a black skirt"),
        D.wearing("a striped shirt"),
        D.pattern("solid", "contradiction"),
        D.color("blue", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.garment_type("shirt", "contradiction"),
        D.description("the shirt is striped"),
        D.details("the details of the shirt", "non_answer"),
        title="Women White & Navy Blue Breton Striped Boat Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a white pique polo with a small green embroidered logo, cropped at the waist; golf course.
    # adapter: none
    case(
        "X308-021",
        caption("a man in a white polo shirt on a golf course"),
        D.wearing("a white polo shirt and white pants", "unsupported"),
        D.color("green", "contradiction"),
        D.garment_type("polo shirt"),
        D.details("a green logo on the chest and two buttons"),
        D.material("polyester", "contradiction"),
        D.sleeve_length("short sleeves"),
        title="Men White Solid Cotton Pique Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a sky blue satin long-sleeve shirt, no pockets, black trousers; grey backdrop.
    # adapter: material
    case(
        "X308-022",
        caption("a woman in a blue shirt and black pants"),
        D.wearing("a light blue shirt and black pants"),
        D.color("blue"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady",
            "restated",
            hit_limit=True,
        ),
        D.garment_type("blouse"),
        D.details("buttons down the front and a pocket", "unsupported"),
        D.description("he is wearing a light blue shirt", "pronoun"),
        title="Women Blue Solid Satin Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: muscular man in a black gym vest with white "BEAST MODE" print, grey shorts; gym, dumbbells rack.
    # adapter: none
    case(
        "X308-023",
        caption("a man in a black tank top in a gym"),
        D.wearing("a black tank top and grey shorts"),
        D.garment_type("tank top"),
        D.color("white", "contradiction"),
        color_shorts("black", "other_garment_color"),
        D.sleeve_length("short sleeves", "contradiction"),
        printed("beast mode"),
        title="Men Black Typography Printed Gym Vest",
        category="Tank Tops",
        color="Black",
        gender="Men",
    ),
    # photo: woman in an off white oversized cotton shirt, black shorts, no belt, sitting on a wooden chair; white
    # wall.
    # adapter: wearing, material
    case(
        "X308-024",
        caption("a woman in a white shirt and black shorts sitting on a chair"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("white"),
        color_shorts("white", "other_garment_color"),
        D.description("a white oversized shirt with a black belt", "unsupported"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "restated",
            hit_limit=True,
        ),
        title="Women Off White Oversized Cotton Casual Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: packshot, charcoal grey short-sleeve henley on a ghost mannequin, three-button placket; white.
    # adapter: caption. The row has no gender.
    case(
        "X308-025",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        D.color("black", "contradiction"),
        D.details("buttons"),
        is_a("tank top", "no"),
        D.description(
            "a grey t-shirt with buttons on the front Question: What is the material of the t-shirt? Answer: cotton",
            "leak",
        ),
        D.sleeve_length("short sleeves"),
        title="Men Charcoal Grey Solid Henley T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # photo: woman in a navy blue short-sleeve shirt with white polka dots, beige trousers; beige backdrop.
    # adapter: none
    case(
        "X308-026",
        caption("a woman wearing a blue polka dot shirt and tan pants"),
        D.wearing("a blue shirt with white polka dots and white jeans", "contradiction"),
        D.color("white", "contradiction"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.details("the details of the shirt are the details of the shirt", "restated"),
        D.material("polyester", "unsupported"),
        title="Women Navy Blue Polka Dot Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in a sage green drop-shoulder oversized tee (no pocket), cream trousers, white sneakers, full
    # body; wall of green plants behind.
    # adapter: none
    case(
        "X308-027",
        caption("a man in a green t-shirt and white pants standing in front of plants"),
        D.wearing("a green t-shirt, white pants and white shoes"),
        D.color("green"),
        color_pants("green", "other_garment_color"),
        D.garment_type("t-shirt"),
        D.material("it is made of cotton and", "cut"),
        D.details("a pocket on the chest", "unsupported"),
        title="Men Sage Green Drop-Shoulder Oversized Pure Cotton T-shirt",
        category="Tshirts",
        color="Sage Green",
        gender="Men",
    ),
    # photo: packshot, two ribbed tank tops (one black, one white) laid side by side on white.
    # adapter: caption
    case(
        "X308-028",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("tank top"),
        D.color("black"),
        D.description("two tank tops, one black and one white"),
        D.wearing("a black tank top", "contradiction"),
        D.sleeve_length("sleeveless"),
        D.material("cotton"),
        title="Women Pack of 2 Solid Ribbed Tank Tops",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: man in a sky blue formal shirt under an open navy blazer, navy tie, no pocket square; office backdrop.
    # adapter: description
    case(
        "X308-029",
        caption("a man in a suit and tie"),
        D.wearing("a blue suit, a blue shirt and a blue tie"),
        D.color("navy", "other_garment_color"),
        D.garment_type("jacket", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details("a tie and a pocket square", "unsupported"),
        D.description(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long-sleeve shirt",
            "loop",
            hit_limit=True,
        ),
        title="Men Sky Blue Solid Pure Cotton Formal Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black tee with the white "FRIENDS" logo and coloured dots, ripped light blue jeans; street.
    # adapter: caption
    case(
        "X308-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black t-shirt and ripped jeans"),
        D.color("black"),
        color_jeans("black", "other_garment_color"),
        printed("the word friends"),
        D.details(
            "the friends logo on the front Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        title="Women Black FRIENDS Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: packshot, plain white crew-neck tee, front, on a white background with a soft grey shadow.
    # adapter: none
    case(
        "X308-031",
        caption("a white t-shirt on a white background"),
        D.garment_type("t-shirt"),
        D.color("grey", "contradiction"),
        D.pattern("solid"),
        D.description("a white t-shirt"),
        D.details("a white t-shirt", "non_answer"),
        D.material("cotton"),
        D.wearing("a white t-shirt"),
        title="Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in an olive utility shirt worn open over a white tee, two flap chest pockets, sleeves rolled
    # with tabs, black leggings; white backdrop.
    # adapter: caption
    case(
        "X308-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green jacket, a white shirt and black leggings", "contradiction"),
        D.color("olive"),
        D.details("two pockets on the chest and roll up sleeves"),
        D.garment_type("shirt"),
        D.material("denim", "contradiction"),
        title="Women Olive Green Solid Utility Cotton Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: man in a colour-blocked tee (navy top half, white bottom half, thin red band between), blue jeans;
    # grey backdrop.
    # adapter: none
    case(
        "X308-033",
        caption("a man in a blue and white shirt and jeans"),
        D.pattern("color block"),
        D.color("blue"),
        D.description("a blue and white t-shirt with a red stripe"),
        color_jeans("white", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.wearing("she is wearing a blue and white shirt and jeans", "pronoun"),
        title="Men Navy Blue & White Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a white schiffli (eyelet) embroidered cotton shirt, short puff sleeves, blue denim shorts;
    # garden with flowers.
    # adapter: none
    case(
        "X308-034",
        caption("a woman in a white shirt standing in a garden"),
        D.wearing("a white blouse and denim shorts"),
        D.color("white"),
        D.details("lace on the sleeves and the collar"),
        D.material("cotton"),
        D.sleeve_length("long sleeves", "contradiction"),
        color_shorts("white", "other_garment_color"),
        is_a("shirt", "no", "contradiction"),
        title="Women White Schiffli Embroidered Pure Cotton Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: man in a navy crew-neck tee with a chest pocket, grey joggers; blue painted wall.
    # adapter: none
    case(
        "X308-035",
        caption("a man in a blue t-shirt standing in front of a blue wall"),
        D.wearing("she is wearing a blue t-shirt and grey pants", "pronoun"),
        D.color("navy"),
        color_pants("blue", "other_garment_color"),
        D.details("a pocket on the chest"),
        D.description("a navy blue t-shirt with a pocket"),
        D.material("the t-shirt is made of", "cut"),
        title="Men Navy Blue Solid Pocket T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a peach V-neck tee, white jeans; white backdrop.
    # adapter: description, details
    case(
        "X308-036",
        caption("a woman in a pink shirt and white jeans"),
        D.wearing("she is wearing a pink top and white jeans"),
        D.color("white", "other_garment_color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a V-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and pure color patterns. It has a V-shape neckline. The T-shirt is "
            "with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("t-shirt"),
        title="Women Peach-Coloured Solid V-Neck T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in a rust brown corduroy shirt worn open over a black tee, black jeans, no hood; red brick wall.
    # adapter: none
    case(
        "X308-037",
        caption("a man in a brown shirt and black pants standing in front of a brick wall"),
        D.wearing("a brown shirt over a black t-shirt"),
        D.color("black", "other_garment_color"),
        D.material("the shirt is made of material", "non_answer"),
        D.garment_type("shirt"),
        color_shirt("brown"),
        D.description("a brown corduroy shirt with a hood", "unsupported"),
        title="Men Rust Brown Corduroy Casual Shirt",
        category="Shirts",
        color="Brown",
        gender="Men",
    ),
    # photo: tie-dye oversized tee (pink, blue and purple swirls), black biker shorts; white backdrop. The row has
    # no gender.
    # adapter: none
    case(
        "X308-038",
        caption("a woman in a tie dye t-shirt and black shorts"),
        D.color("pink"),
        D.pattern("printed"),
        D.wearing("a colorful shirt and black shorts"),
        color_shorts("pink", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.description("a tie dye t-shirt with a pocket", "unsupported"),
        title="Women Multicolour Tie-Dye Oversized T-shirt",
        category="Tshirts",
        color="Multi",
    ),
    # photo: packshot, white formal shirt with thin blue pinstripes, folded, no pocket; light grey background.
    # adapter: caption
    case(
        "X308-039",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. This gentleman wears a long-sleeve shirt with pure color patterns.",
            "loop",
            hit_limit=True,
        ),
        D.pattern("striped"),
        D.color("blue", "contradiction"),
        D.garment_type("shirt"),
        D.description("a white shirt with blue stripes"),
        D.sleeve_length("long sleeves"),
        D.details("a pocket on the chest and a white collar", "unsupported"),
        title="Men White & Blue Pinstriped Formal Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in a red crew-neck tee knotted at the front waist, blue jeans; yellow wall.
    # adapter: none
    case(
        "X308-040",
        caption("a woman in a red shirt and jeans in front of a yellow wall"),
        D.wearing("a red t-shirt tied at the waist and blue jeans"),
        D.color("yellow", "contradiction"),
        D.garment_type("t-shirt"),
        D.description("a red t-shirt with a knot"),
        D.details("a knot in the front"),
        D.material("what is the material of the t-shirt", "restated"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Red Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: man in a raglan baseball tee (white body, black three-quarter sleeves), blue jeans; grey backdrop.
    # adapter: caption
    case(
        "X308-041",
        caption(
            "The gentleman wears a long-sleeve T-shirt with color block patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a white shirt with black sleeves Question: What is the color of the jeans? Answer: black",
            "leak",
        ),
        D.sleeve_length("three-quarter sleeves"),
        D.color("white"),
        color_jeans("black", "other_garment_color"),
        D.garment_type("t-shirt"),
        title="Men White & Black Raglan Sleeves T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: woman in an oversized blue-and-white vertical striped long-sleeve shirt with one chest pocket, holding
    # a coffee cup; white wall. The row has no color.
    # adapter: wearing
    case(
        "X308-042",
        caption("a woman in a blue and white striped shirt holding a cup of coffee"),
        D.wearing(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with striped patterns",
            "loop",
            hit_limit=True,
        ),
        D.pattern("checked", "contradiction"),
        D.color("blue"),
        D.material("cotton"),
        D.details("a pocket on the chest and buttons"),
        is_a("shirt", "yes"),
        D.sleeve_length("short sleeves", "contradiction"),
        title="Women Blue & White Striped Oversized Cotton Shirt",
        category="Shirts",
        gender="Women",
    ),
    # photo: man in a black tee with a white skull and red roses print, black jeans, bare head; dark backdrop.
    # adapter: none
    case(
        "X308-043",
        caption("a man in a black t-shirt with a skull on it"),
        D.wearing("a black t-shirt and black jeans"),
        D.color("black"),
        printed("a skull with roses"),
        D.pattern("solid", "contradiction"),
        D.description(
            "a black t-shirt with a white skull and a red rose and a black hat",
            "unsupported",
        ),
        D.sleeve_length("short sleeves"),
        D.material("a black t-shirt", "restated"),
        title="Men Black Skull Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay of a beige linen-blend short-sleeve shirt (no pocket) with sunglasses and a straw hat as
    # props on a wooden floor.
    # adapter: none
    case(
        "X308-044",
        caption("a beige shirt with sunglasses and a straw hat"),
        D.garment_type("hat", "contradiction"),
        D.color("beige"),
        D.material("linen"),
        D.details("buttons down the front and a pocket", "unsupported"),
        D.wearing("", "non_answer"),
        D.pattern("striped", "contradiction"),
        title="Women Beige Linen Blend Short Sleeves Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: packshot, two folded short-sleeve polos (one navy, one white) side by side on white.
    # adapter: caption
    case(
        "X308-045",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("polo shirt"),
        D.color("navy"),
        D.description("two polo shirts, one blue and one white"),
        D.details("a collar and buttons"),
        D.material("it is a polo shirt", "restated"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Men Pack of 2 Solid Polo Collar T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in a teal blue ribbed tank top, white shorts, front view; poolside, blue water behind.
    # adapter: caption
    case(
        "X308-046",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a blue tank top and white shorts"),
        D.color("green"),
        color_shorts("blue", "other_garment_color"),
        D.sleeve_length("sleeveless"),
        D.description("a blue tank top with a bow on the back", "unsupported"),
        D.material("nylon", "unsupported"),
        title="Women Teal Blue Solid Ribbed Tank Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
]
