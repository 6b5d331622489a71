"""BLIND_1059 (46 products; Myntra women's crop, peplum, wrap, off-shoulder tops, caption adapter epoch 1): written
blind in the fifty-ninth session. Measured blind at 7d273ef (the session's fifth rules): 124/132 failures found (93.9%)
and 3/185 correct texts flagged (1.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's tops, shirts and t-shirts (article_type Tops, Shirts, Tshirts): crop tops,
peplum tops, wrap tops, off-shoulder and bardot tops, cropped and tie-up shirts, cropped tees. Catalog photos, mostly
a model on a white or light studio backdrop, front view, wearing the top with jeans, trousers, shorts or a skirt;
a few with a bag, sunglasses or jewellery, one outdoor beach shot, one pink and one grey backdrop.

Who wrote what: the caption and every open answer (wearing, describe, details, material, neckline, open colors of the
other garment) are free generation by BLIP-2 OPT-2.7b with the caption adapter after one epoch
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for captions and 30 for answers.
After one epoch the adapter still knows hue names from the base model but has taken the DeepFashion template
("The lady wears a short-sleeve T-shirt with pure color patterns ... The T-shirt is with cotton fabric. It has a
round neckline."), returns that template to many prompts, never learnt to stop (no end token: loops and answers cut
at the limit), sometimes goes on with the `Question: ... Answer:` format, invents template accessories, pockets,
zips and fabrics, says "the gentleman" or "he" now and then, and lends a top the color of the jeans or skirt.
The closed answers (color_of the product, garment_type, pattern, sleeve_length, is_a) come from enrich's
`--engine reference`, which ranks candidate values with the same model and picks one: never looped or cut, but
often the other garment's color, the print's color or a wrong type or sleeve.

Labeling conventions and judgement calls:
- One label per text, the most visible failure: a repeating text is "loop" even when it also ran out; a text that
  runs on into the template and stops mid-sentence at the limit is "cut" even when an earlier clause is wrong;
  a text that continues into "Question: ... Answer:" is "leak" whatever else it says.
- hit_limit=True on every text that ran to its token limit (all loops and cuts, the leaks that ran on).
- A wrong color in a closed answer is "contradiction", even when it is the jeans' or skirt's color;
  "other_garment_color" is kept for open answers (describe, details, wearing) that give the product the color of
  another garment worn in the photo.
- An open answer giving the other garment (jeans, shorts, skirt, pants) the top's color is "contradiction"
  (one color for two garments); a legitimately same-colored outfit (black tee with black leggings) is correct.
- A color inversion (ground and print swapped) or the print's color given as the garment's is "contradiction".
- Seller shades are correct under their group: Peach or Magenta -> pink, Burgundy -> maroon, Teal or Turquoise ->
  blue, Khaki -> beige, Mustard -> yellow, Rust -> orange, Olive or Lime -> green, Mauve -> purple, Charcoal ->
  grey, Off White -> white. A group change (Rust -> brown, Charcoal -> black, Lime -> yellow) is "contradiction".
- For a Multi floral the ground color (white) is counted correct.
- "blouse" and "top" count as right types for article_type Tops; "t-shirt" for Tshirts; "shirt" for Shirts.
- An invented detail that nothing in the photo supports (zip, pockets, lace, logo on the back, belt, watch, the
  template's "accessory on her wrist", a brick wall behind a studio shot) or a wrong fabric (denim, leather, silk
  for a cotton or satin top) is "unsupported". A neckline or sleeve claim that the title or another text
  contradicts (round neck for an Off-Shoulder title, short sleeves for long ones) is "contradiction".
- A template caption returned for an open question is correct when everything it says is right for the photo.
- A bare color, "yes", "floral" or "It is a shirt." to an open describe/details/wearing question is "non_answer";
  echoing the question's words ("the top details are the details of the top") is "restated".
- "he", "his" or "the gentleman" for these women's products is "pronoun"; the one row without a gender column has
  no pronoun failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the top?", "open")

BLIND_1059 = [
    # photo: black ribbed sleeveless crop top, round neck, with light-blue high-waist mom jeans; white backdrop,
    # front view. Caption and open answers: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-001",
        caption(
            "The lady wears a black sleeveless crop top with pure color patterns and a long denim pants. The top is "
            "with cotton fabric and its neckline is round."
        ),
        wearing("a black crop top and blue jeans", who="she"),
        color_of("top", "black"),
        Q.sleeve_length("sleeveless"),
        details(
            "top",
            "The top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is denim and it has",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black", "contradiction", kind="open"),
        describe("top", "The top is blue and sleeveless with a round neckline.", "other_garment_color"),
        title="Roadster Women Black Solid Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton-poplin off-shoulder bardot crop top, short puff sleeves, smocked elastic neckline, with a
    # mid-blue denim mini skirt; beige backdrop, front view. Free texts: caption adapter; closed: reference engine.
    case(
        "X1059-002",
        caption("a woman in a white off the shoulder top and a denim skirt"),
        wearing("She is wearing a white off-shoulder top with a blue denim skirt.", who="the woman"),
        color_of("top", "blue", "contradiction"),
        describe("top", "The top is blue with short sleeves and an off-shoulder neckline.", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("The top is made of denim.", "unsupported"),
        title="SASSAFRAS Women White Off-Shoulder Bardot Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy peplum top with small white polka dots, short flutter sleeves, round neck, with white skinny
    # jeans; white backdrop, hand on hip. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-003",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long pants. The top is with chiffon fabric "
            "and its neckline is round. The pants are with denim fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue polka dot peplum top and white jeans", who="she"),
        color_of("top", "navy blue"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("top", "The top has a peplum hem, short flutter sleeves and white polka dots."),
        describe("top", "The top is white with navy blue polka dots and a peplum waist.", "contradiction"),
        title="Vero Moda Women Navy Blue Printed Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink-and-white horizontal striped cropped t-shirt, short sleeves, crew neck, with black high-waist
    # trousers; grey backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-004",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "black", "contradiction"),
        Q.pattern("striped"),
        wearing(
            "She is wearing a pink striped t-shirt and black pants. She is wearing a pink striped t-shirt and black "
            "pants. She is wearing a pink",
            "loop",
            who="she",
            hit_limit=True,
        ),
        describe("t-shirt", "The t-shirt is black and white striped with short sleeves", "other_garment_color"),
        is_a("t-shirt", "yes"),
        title="ONLY Women Pink Striped Crop T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard-yellow wrap top, V-neck, long sleeves, tie at the waist, with black trousers; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "chiffon fabric. It has a V-shape neckline. The trousers are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow wrap top and black pants"),
        color_of("top", "yellow"),
        Q.sleeve_length("long sleeves"),
        details("top", "the top has a v-neck and a tie at the waist"),
        Q.material("The top is made of leather.", "unsupported"),
        describe(
            "top",
            "The top is black with long sleeves and a V-neck. It is tied at the waist.",
            "other_garment_color",
        ),
        title="Tokyo Talkies Women Mustard Solid Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white sleeveless peplum top with a small pink-and-green floral print, square neck, with blue skinny
    # jeans and a tan sling bag on the shoulder; white backdrop. Free: caption adapter epoch 1; closed: reference.
    case(
        "X1059-006",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long denim pants. The tank top is with "
            "cotton fabric and its neckline is square. She carries a bag."
        ),
        wearing("a white floral top, blue jeans and a brown bag", who="she"),
        color_of("top", "white"),
        Q.pattern("floral"),
        details("top", "The top has a peplum hem, a square neckline and a button placket at the front.", "unsupported"),
        Q.garment_type("top"),
        color_of("jeans", "blue", kind="open"),
        title="DressBerry Women Off-White Floral Print Peplum Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: black cropped tee with white "BROOKLYN" lettering on the chest, short sleeves, with grey melange track
    # pants; pink backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-007",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black graphic t-shirt and grey sweatpants", who="she"),
        color_of("t-shirt", "grey", "contradiction"),
        describe("t-shirt", "The t-shirt is pink with white letters on the front.", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: The t-shirt has a graphic print on the front.",
            "leak",
        ),
        title="FOREVER 21 Women Black Printed Crop T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: olive-green satin wrap top, three-quarter sleeves, side tie, with beige trousers; plain grey backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-008",
        caption("a woman in a green wrap top and beige pants"),
        wearing("a green top and beige pants"),
        color_of("top", "olive"),
        color_of("pants", "green", "contradiction", kind="open"),
        describe("top", "The top is a green wrap top with three-quarter sleeves and a tie at the side."),
        Q.material("satin"),
        details("top", "The top has a wrap front, a tie at the side and a zip on the left side.", "unsupported"),
        is_a("shirt", "no"),
        title="Mast & Harbour Women Olive Solid Wrap Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: red off-shoulder top with long bell sleeves and a ruffle layer along the neckline, with blue ripped
    # jeans; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-009",
        caption("The gentleman wears a long-sleeve top with pure color patterns and a long denim pants.", "pronoun"),
        wearing("a red off the shoulder top and ripped jeans", who="she"),
        color_of("top", "red"),
        Q.sleeve_length("short sleeves", "contradiction"),
        color_of("jeans", "red", "contradiction", kind="open"),
        details("top", "The top has long bell sleeves and a ruffle around the neckline."),
        describe(
            "top",
            "the top is red the top is red the top is red the top is red the top is red the top is red the top is",
            "loop",
            hit_limit=True,
        ),
        title="StyleStone Women Red Off-Shoulder Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: lavender off-shoulder crop top with a ruffled layer and short sleeves, with white denim shorts; white
    # backdrop, three-quarter side view. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-010",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a three-point shorts. The top is with "
            "chiffon fabric. It has a suspenders neckline. The shorts are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple top and white shorts"),
        color_of("top", "white", "contradiction"),
        color_of("shorts", "white", kind="open"),
        describe("top", "The top is white with ruffles and short sleeves.", "other_garment_color"),
        Q.pattern("solid"),
        neckline("off-shoulder"),
        details("top", "The top has a ruffled layer over the shoulders and a lace-up back.", "unsupported"),
        title="Berrylush Women Lavender Ruffled Off-Shoulder Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white cotton cropped button-up shirt, pointed collar, long sleeves rolled to the elbow, with black
    # high-waist trousers, no belt; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The lady wears a belt.",
            "unsupported",
        ),
        wearing("white shirt and black pants", who="she"),
        color_of("shirt", "white"),
        Q.garment_type("shirt"),
        details("shirt", "The shirt has a collar, buttons down the front and the sleeves are rolled up."),
        Q.material("cotton"),
        describe("shirt", "It is a shirt.", "non_answer"),
        title="H&M Women White Cropped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: maroon wrap top, short sleeves, V-neck, with a black mini skirt and gold hoop earrings; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-012",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a short skirt. The top is with cotton "
            "fabric. It has a V-shape neckline. The skirt is with leather fabric and pure color patterns. There is "
            "an accessory in",
            "cut",
            hit_limit=True,
        ),
        wearing("a red top and black skirt", who="she"),
        color_of("top", "maroon"),
        color_of("skirt", "maroon", "contradiction", kind="open"),
        details("top", "the top details are the details of the top", "restated"),
        Q.sleeve_length("short sleeves"),
        describe("top", "The top is black with short sleeves and a V-neck.", "other_garment_color"),
        title="Harpa Women Maroon Solid Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy-and-white horizontal striped sleeveless peplum top, boat neck, with tan chinos; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-013",
        caption("a woman in a blue and white striped top and tan pants"),
        wearing(
            "The lady wears a sleeveless top with striped patterns and a long trousers. The top is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "navy blue"),
        Q.pattern("striped"),
        describe("top", "The top is tan with navy blue stripes and a peplum.", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        title="Marks & Spencer Women Navy Blue & White Striped Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal cotton-jersey off-shoulder top, elbow-length sleeves, elastic neckline, with dark-blue jeans, no
    # jewellery; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-014",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns and a long denim pants. The top is with "
            "knitting fabric. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
        ),
        color_of("top", "blue"),
        wearing("a teal off-shoulder top and blue jeans", who="she"),
        color_of("jeans", "blue", kind="open"),
        describe(
            "top",
            "The top is blue with an off-shoulder neckline and elbow-length sleeves. The top is with knitting "
            "fabric. The lady",
            "cut",
            hit_limit=True,
        ),
        details("top", "the top has an elastic neckline that sits off the shoulders"),
        Q.material("wool", "unsupported"),
        title="AND Women Teal Solid Off-Shoulder Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: grey melange crop tee, short sleeves, round neck, plain, with black track pants with white side
    # stripes; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric."
        ),
        color_of("t-shirt", "grey"),
        Q.garment_type("t-shirt"),
        wearing(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("t-shirt", "The t-shirt has a chest pocket and a logo on the sleeve.", "unsupported"),
        describe("t-shirt", "a grey cropped t-shirt with short sleeves and a round neck"),
        title="Roadster Women Grey Melange Solid Crop T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: fitted black off-shoulder top with long sleeves, with a red midi skirt printed with white flowers;
    # white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-016",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. The top is with knitting fabric."
        ),
        wearing("a black top and red floral skirt", who="she"),
        color_of("top", "red", "contradiction"),
        Q.pattern("floral", "contradiction"),
        describe("top", "The top is red with white flowers and long sleeves.", "other_garment_color"),
        neckline("off the shoulder"),
        details(
            "top",
            "Question: What are the top details? Answer: long sleeves Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women Black Off-Shoulder Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach peplum top, cap sleeves, round neck, front view (no zip or pockets visible), with white trousers;
    # white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-017",
        caption("a woman wearing a peach top and white pants"),
        wearing(
            "The lady wears a short-sleeve top with pure color patterns and a long trousers. The top is with cotton "
            "fabric.",
            who="she",
        ),
        color_of("top", "pink"),
        details("top", "The top has a zip at the back and two pockets at the front.", "unsupported"),
        describe(
            "top",
            "Question: Describe the top. Answer: The top is peach with a peplum. Question: What are the top details? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        neckline("the neckline of the top is the neckline", "restated"),
        title="Sera Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: light-blue and white pinstripe button-down shirt, long sleeves, tucked into navy trousers; white
    # backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-018",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue striped shirt tucked into navy pants", who="she"),
        color_of("shirt", "blue"),
        Q.pattern("striped"),
        details(
            "shirt",
            "the shirt has a collar, buttons and long sleeves. the shirt has a collar, buttons and long sleeves. the "
            "shirt has a collar, buttons",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        is_a("shirt", "yes"),
        title="Van Heusen Woman Blue Striped Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: yellow wrap crop top with a small white floral print, short puff sleeves, V-neck, with white wide-leg
    # trousers; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-019",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long trousers. The top is with chiffon "
            "fabric. It has a V-shape neckline."
        ),
        color_of("top", "white", "contradiction"),
        wearing("a yellow floral top and white pants", who="she"),
        describe("top", "yes", "non_answer"),
        Q.pattern("floral"),
        color_of("trousers", "yellow", "contradiction", kind="open"),
        details("top", "The top has a wrap front with a tie, puff sleeves and lace trim on the hem.", "unsupported"),
        title="Tokyo Talkies Women Yellow Floral Print Wrap Crop Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: hot-pink off-shoulder crop top with short ruffled sleeves, with blue denim shorts, sunglasses pushed up
    # on the head; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-020",
        caption("a woman in a pink off the shoulder top and denim shorts with sunglasses on her head"),
        wearing("a pink top and pink shorts", "contradiction"),
        color_of("top", "pink"),
        color_of("shorts", "pink", "contradiction", kind="open"),
        Q.sleeve_length("short sleeves"),
        neckline("the neckline of the top", "restated"),
        title="Marie Claire Women Pink Solid Off-Shoulder Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black-and-white gingham check shirt, long sleeves, knotted at the waist, with blue jeans; white
    # backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-021",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long denim pants. The shirt is with cotton "
            "fabric. It has a lapel neckline."
        ),
        color_of("shirt", "black"),
        Q.pattern("checked"),
        color_of("jeans", "black", "contradiction", kind="open"),
        wearing("a checked shirt and blue jeans", who="she"),
        describe("shirt", "The shirt is blue and white checked with long sleeves and a collar", "other_garment_color"),
        details("shirt", "the shirt is tied in a knot at the front and has buttons"),
        Q.material("The shirt is made of silk and has a satin finish.", "unsupported"),
        title="Mango Women Black & White Checked Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: sea-green peplum top with a white geometric print, short sleeves, round neck, with black jeans; white
    # backdrop. The feed row has no gender column. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-022",
        caption(
            "The lady wears a short-sleeve top with graphic patterns and a long denim pants. The top is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "green"),
        wearing("a green printed top and black jeans"),
        describe("top", "The top is black with a white print and a peplum hem.", "other_garment_color"),
        Q.pattern("printed"),
        details(
            "top",
            "The top has a peplum hem and a round neckline. The top has a peplum hem and a round neckline. The top",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Femella Women Sea Green Printed Peplum Top",
        category="Tops",
        color="Sea Green",
    ),
    # photo: black cropped training tee with a small white logo on the chest, short sleeves, dry-fit polyester, with
    # black leggings; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long leggings. The T-shirt is with "
            "cotton fabric. It has a round neckline. The leggings are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("t-shirt", "black"),
        color_of("leggings", "black", kind="open"),
        wearing(
            "She is wearing a black t-shirt and black leggings. She is wearing a black t-shirt and black leggings. "
            "She is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("t-shirt", "a white logo on the chest"),
        Q.material("polyester"),
        Q.garment_type("t-shirt"),
        title="Puma Women Black Solid Cropped Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: rust-orange wrap top with long balloon sleeves, V-neck, with cream trousers; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-024",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long trousers. The top is with chiffon "
            "fabric. It has a V-shape neckline."
        ),
        color_of("top", "brown", "contradiction"),
        wearing("He is wearing an orange top and cream pants.", "pronoun", who="she"),
        describe("top", "The top is orange with a V neck and long puffed sleeves"),
        details("top", "the details of the top are the details", "restated"),
        Q.sleeve_length("long sleeves"),
        title="AND Women Rust Solid Wrap Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: white crop tee with a red cherry graphic on the chest, short sleeves, with a blue denim mini skirt;
    # white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-025",
        caption("a woman wearing a white t-shirt with a red cherry print and a denim skirt"),
        color_of("t-shirt", "white"),
        describe("t-shirt", "The t-shirt is red with a cherry print on the front", "contradiction"),
        wearing("a white t-shirt and a blue skirt", who="she"),
        details(
            "t-shirt",
            "The T-shirt is with cotton fabric. It has a round neckline. The lady wears a short skirt. The skirt is "
            "with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        color_of("skirt", "white", "contradiction", kind="open"),
        is_a("t-shirt", "yes"),
        title="ONLY Women White Printed Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: burgundy satin wrap top, long cuffed sleeves, V-neck, side tie, with black skinny jeans and a thin gold
    # necklace; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-026",
        caption(
            "a woman in a burgundy wrap top and black jeans wearing a gold necklace standing in front of a brick wall",
            "unsupported",
        ),
        color_of("top", "maroon"),
        wearing("black", "non_answer", who="she"),
        details("top", "The top has a wrap front with a side tie and long cuffed sleeves."),
        Q.material("satin"),
        describe(
            "top",
            "The top is burgundy with long sleeves. The top is burgundy with long sleeves. The top is burgundy with "
            "long sleeves. The top",
            "loop",
            hit_limit=True,
        ),
        title="Dorothy Perkins Women Burgundy Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: lime-green cropped tee, short sleeves, round neck, with grey denim shorts; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "yellow", "contradiction"),
        color_of("shorts", "grey", kind="open"),
        wearing("a green t-shirt and grey shorts", who="she"),
        describe("t-shirt", "The T-shirt is grey with short sleeves and a round neckline.", "other_garment_color"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "The t-shirt has a small pocket on the chest and a brand label on the hem.", "unsupported"),
        title="Kook N Keech Women Lime Green Solid Cropped T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Women",
    ),
    # photo: khaki cropped utility shirt with two flap chest pockets, short sleeves, buttoned, with black wide-leg
    # trousers, no belt, no watch; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-028",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline."
        ),
        color_of("shirt", "beige"),
        details("shirt", "two flap pockets on the chest and buttons down the front"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing(
            "She is wearing a khaki shirt and black pants with a brown belt and a watch.", "unsupported", who="she"
        ),
        describe("shirt", "Answer: a khaki shirt with pockets", "leak"),
        title="Style Quotient Women Khaki Cropped Utility Shirt",
        category="Shirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: off-shoulder top, white ground with large blue and yellow flowers, three-quarter sleeves, with
    # light-blue jeans; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-029",
        caption(
            "The lady wears a medium-sleeve top with floral patterns and a long denim pants. The top is with chiffon "
            "fabric."
        ),
        color_of("top", "white"),
        wearing("Question: What is she wearing? Answer: a floral top and jeans", "leak", who="she"),
        describe("top", "The top is white with blue and yellow flowers and it has an off-shoulder neckline"),
        Q.pattern("striped", "contradiction"),
        details("top", "floral", "non_answer"),
        neckline("round", "contradiction"),
        title="Athena Women Multicoloured Floral Print Off-Shoulder Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: mid-blue denim cropped shirt, collar, metal buttons, long sleeves, plain back (not shown), with black
    # shorts; white backdrop, front view. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short pants. The shirt is with denim "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        Q.material("denim"),
        color_of("shirt", "blue"),
        wearing("a denim shirt and black shorts", who="she"),
        details("shirt", "the shirt has a collar, metal buttons and a embroidered logo on the back", "unsupported"),
        describe("shirt", "The shirt is black with long sleeves", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        title="Roadster Women Blue Denim Cropped Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: mauve (dusty purple) wrap crop top, short flutter sleeves, V-neck, with grey trousers; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-031",
        caption(
            "The gentleman is wearing a short-sleeve top with pure color patterns and a long trousers. The top is "
            "with chiffon fabric. It has a V-shape neckline.",
            "pronoun",
        ),
        color_of("top", "purple"),
        wearing("a purple wrap top and grey pants", who="she"),
        describe("top", "The top is a mauve wrap crop top with flutter sleeves and a V neckline."),
        details(
            "top",
            "the top has flutter sleeves and a wrap front Question: What is the color of the top? Answer: purple "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Berrylush Women Mauve Solid Wrap Crop Top",
        category="Tops",
        color="Mauve",
        gender="Women",
    ),
    # photo: white crop tee with a red batwing logo in the centre of the chest, short sleeves, with blue mom jeans;
    # white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "white"),
        color_of("jeans", "white", "contradiction", kind="open"),
        wearing("a white t-shirt with a red logo and blue jeans", who="she"),
        details("t-shirt", "The t-shirt has a red logo printed on the chest."),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "The t-shirt is blue with a red logo and short sleeves.", "other_garment_color"),
        title="Levis Women White Batwing Logo Crop T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: charcoal-grey jersey wrap top, long sleeves, V-neck, with black trousers, a black handbag in her hand;
    # white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-033",
        caption("a woman in a grey top and black pants holding a black bag"),
        color_of("top", "black", "contradiction"),
        wearing("a grey wrap top, black pants and a black handbag", who="she"),
        describe(
            "top",
            "the top is grey with long sleeves and a v neck it is a wrap top the top is grey with long sleeves and a "
            "v neck it is a wrap",
            "loop",
            hit_limit=True,
        ),
        details("top", "The top has a wrap front and long sleeves."),
        Q.material("jersey"),
        title="Vero Moda Women Charcoal Grey Solid Wrap Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: light-pink cotton formal shirt, long sleeves, collar, tucked into a black knee-length pencil skirt, no
    # watch or bracelet; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a skirt. The shirt is with cotton "
            "fabric. It has a lapel neckline. The skirt is with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "pink"),
        wearing("a pink shirt and a black skirt", who="she"),
        describe("shirt", "a black shirt", "other_garment_color"),
        details(
            "shirt",
            "The shirt has a collar and buttons on the front. The lady wears a short skirt. The skirt is with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material("The shirt is with chiffon fabric.", "unsupported"),
        title="Arrow Woman Pink Solid Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: turquoise off-shoulder top, short sleeves, plain hem, with white shorts; outdoor beach backdrop with
    # sand and sea. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-035",
        caption("a woman standing on a beach wearing a blue off the shoulder top and white shorts"),
        color_of("top", "blue"),
        wearing("a blue top and white shorts", who="she"),
        describe(
            "top",
            "The top is blue with short sleeves and an off-shoulder neckline. The lady is standing on the beach.",
        ),
        details("top", "The top has a ruffled hem and a bow on the back.", "unsupported"),
        color_of("shorts", "blue", "contradiction", kind="open"),
        Q.pattern("solid"),
        title="SASSAFRAS Women Turquoise Blue Off-Shoulder Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: bright-yellow boxy crop tee, short sleeves, plain front, with black cargo pants; white backdrop, front
    # view. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow"),
        wearing("yellow t-shirt and black cargo pants", who="she"),
        describe(
            "t-shirt",
            "The T-shirt is yellow. The T-shirt is yellow. The T-shirt is yellow. The T-shirt is yellow. The T-shirt "
            "is yellow. The",
            "loop",
            hit_limit=True,
        ),
        details("t-shirt", "The t-shirt has a graphic print on the back and a small pocket.", "unsupported"),
        Q.garment_type("t-shirt"),
        Q.material("yes", "non_answer"),
        title="Bewakoof Women Yellow Solid Crop T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black peplum top with a sheer mesh yoke and long sleeves, with red trousers; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-037",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long trousers. The top is with chiffon "
            "fabric. It has a round neckline."
        ),
        color_of("top", "black"),
        wearing("a black top and red pants", who="she"),
        color_of("pants", "black", "contradiction", kind="open"),
        describe("top", "The top is red with a peplum and long sleeves.", "other_garment_color"),
        details("top", "The top has a sheer yoke and a peplum hem."),
        is_a("peplum top", "yes"),
        title="Athena Women Black Solid Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton wrap top, short ruffle sleeves, V-neck, side tie, with olive-green trousers; white
    # backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-038",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long trousers. The top is with cotton "
            "fabric. It has a V-shape neckline. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("top", "green", "contradiction"),
        wearing("white top and green pants", who="she"),
        describe("top", "The top is green with short ruffle sleeves and a tie at the side.", "other_garment_color"),
        details("top", "ruffle sleeves and a side tie"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        title="FabAlley Women White Solid Wrap Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: off-shoulder top, black ground with small red and white roses, three-quarter flared sleeves, with blue
    # jeans; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-039",
        caption("The lady wears a medium-sleeve top with floral patterns and a long denim pants."),
        color_of("top", "black"),
        Q.pattern("floral"),
        color_of("jeans", "black", "contradiction", kind="open"),
        wearing(
            "The person is wearing a black floral top and blue jeans. The person is wearing a black floral top and "
            "blue jeans. The",
            "loop",
            hit_limit=True,
        ),
        describe(
            "top",
            "The top is black with red and white flowers, an off-shoulder neckline and three-quarter sleeves.",
        ),
        details("top", "These are the details of the top.", "restated"),
        title="Tokyo Talkies Women Black Floral Print Off-Shoulder Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sand-beige crop tee with a small black swoosh on the left chest, short sleeves, with black biker
    # shorts; white backdrop. The feed row has no color column. Free: caption adapter epoch 1; closed: reference.
    case(
        "X1059-040",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. It has a round neckline.",
            "pronoun",
        ),
        color_of("t-shirt", "beige"),
        wearing("a beige t-shirt and black shorts", who="she"),
        describe("t-shirt", "The T-shirt is black with a white Nike logo on the chest.", "other_garment_color"),
        details("t-shirt", "a small black nike logo on the left chest"),
        Q.garment_type("t-shirt"),
        title="Nike Women Sportswear Essential Cropped T-shirt",
        category="Tshirts",
        gender="Women",
    ),
    # photo: magenta wrap top, long sleeves, V-neck, no buttons or pockets, with a black mini skirt; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-041",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a short skirt. The top is with chiffon "
            "fabric. It has a V-shape neckline. The skirt is with leather fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        wearing("a pink wrap top and black skirt", who="she"),
        describe(
            "top",
            "The top is pink with long sleeves and a wrap front. He is wearing it with a black skirt.",
            "pronoun",
        ),
        Q.sleeve_length("long sleeves"),
        details("top", "The top has a button placket and two patch pockets.", "unsupported"),
        title="Femella Women Magenta Solid Wrap Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: maroon crop shirt tied in a knot at the front, short sleeves, collar, with black high-waist jeans;
    # white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        color_of("shirt", "black", "contradiction"),
        wearing("red shirt, black jeans", who="she"),
        describe("shirt", "the shirt is maroon with short sleeves and a tie at the front"),
        details(
            "shirt",
            "Question: What are the shirt details? Answer: The shirt details are",
            "leak",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes", "contradiction"),
        Q.material(
            "The shirt is with leather fabric. The lady wears a long denim pants. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Maroon Solid Tie-Up Crop Shirt",
        category="Shirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: deep-purple crepe peplum top, sleeveless, round neck, with black skinny trousers and a silver watch;
    # white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-043",
        caption("a woman in a purple peplum top and black pants"),
        color_of("top", "purple"),
        wearing("a purple top, black pants and a watch", who="she"),
        describe(
            "top",
            "The lady wears a sleeveless top with pure color patterns and a long trousers. The top is with cotton "
            "fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        details("top", "The top has a zipper at the front and lace on the shoulders.", "unsupported"),
        Q.material("crepe"),
        title="ONLY Women Purple Solid Peplum Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: blue-and-white tie-dye crop tee, short sleeves, with light-grey joggers; white backdrop.
    # Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-044",
        caption("a woman wearing a blue tie dye t-shirt and grey sweatpants"),
        color_of("t-shirt", "blue"),
        Q.pattern("tie-dye"),
        wearing("blue and white t-shirt and grey pants", who="she"),
        describe("t-shirt", "The T-shirt is grey with white patches.", "other_garment_color"),
        details("t-shirt", "blue", "non_answer"),
        Q.sleeve_length("short sleeves"),
        title="Kook N Keech Women Blue Tie-Dye Crop T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald-green polyester-georgette wrap top with a small white floral print, long sleeves, V-neck, tie at
    # the waist, with white jeans; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-045",
        caption(
            "The lady wears a long-sleeve top with floral patterns and a long denim pants. The top is with chiffon "
            "fabric. It has a V-shape neckline. The pants are with denim fabric and pure color patterns."
        ),
        color_of("top", "green"),
        wearing("green floral wrap top and white jeans", who="she"),
        describe("top", "The top is a top.", "restated"),
        Q.pattern("floral"),
        details(
            "top",
            "the top has a v neckline, long sleeves and a tie at the waist and the top has a v neckline, long sleeves "
            "and a tie at the waist and",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette"),
        title="Berrylush Women Green Floral Print Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: off-white peplum shirt with thin black vertical stripes, short sleeves, collar, buttons, with black
    # trousers; white backdrop. Free texts: caption adapter epoch 1; closed: reference engine.
    case(
        "X1059-046",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a long trousers. The shirt is with cotton "
            "fabric. It has a lapel neckline."
        ),
        color_of("shirt", "black", "contradiction"),
        wearing("white striped shirt and black pants", who="she"),
        describe("shirt", "The shirt is black with white stripes, short sleeves and a peplum hem.", "contradiction"),
        Q.pattern("striped"),
        details(
            "shirt",
            "The shirt has a peplum hem, a collar and buttons. The shirt has a peplum hem, a collar and buttons. The "
            "shirt has",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Mango Women Off White Striped Peplum Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
]
