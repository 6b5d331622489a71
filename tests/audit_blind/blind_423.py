"""BLIND_423 (46 products; a night's run over a women's Myntra-like catalog: kurtas to co-ords, model shots): written
blind in the forty-sixth session. Measured blind at 0917e5c (the session's rules as they stood): 108/124 failures
found (87.1%) and 4/154 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's wear, drawn at random from one night's run: kurtas and kurta
sets (often worn with palazzos, leggings or a dupatta), tops, tshirts, shirts, dresses, jeans, trousers, leggings,
sarees, sweaters, jackets and co-ords. All are model shots, mostly on plain studio backdrops (white, grey, beige),
some on a coloured wall, a brick wall, a wooden door or a garden. The product is often worn with other garments
(jeans under a top, a kurta over leggings, a shirt over a tank top), which is where most colour mistakes come from.
Each row has the seller's title, category, color and gender; a few miss the gender or the color.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
blue kurta ...") unless the comment says the caption adapter wrote them (DeepFashion template, "The lady wears ...",
"The upper clothing has ..."; no end token, so hit_limit=True, and it returns its template to any question). A few
open answers come from the original experiments' VQA adapter (also trained with no end token: it repeats short
answers until the limit, hit_limit=True); the comment says so. Every other open answer is the base model's: short,
lowercase, stopping on its own (never hit_limit). The closed questions (garment_type, color, pattern, sleeve_length,
the per-piece color questions and "Is this a ...?") are enrich's `--engine reference` answers, one candidate of a
set: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct: blue for navy or teal, red for maroon, yellow for mustard, pink for peach or magenta,
  purple for lavender or lilac, white for off-white or cream, tan or khaki for beige, green for olive or teal,
  orange for rust, grey for grey melange.
- Garment synonyms are correct: sari for saree, shirt for a t-shirt, top for a short kurti, sweater for a
  cardigan, suit for blazer and trousers, pants for trousers, palazzos or churidar, scarf for a dupatta, dress for a
  flared calf-length anarkali kurta. "dress" for a straight kurta or a kurta set, "shirt" for a shirt dress, and the
  adapter's "dress" for a saree are contradiction.
- The colour of another piece worn in the photo (the jeans under a top, the kurta over leggings, a saree's blouse,
  the top under a jacket), given as the product's colour, is other_garment_color; so is one colour given to both
  pieces ("gray shirt and gray leggings") when it is the other piece's colour. A colour no garment has (the wall,
  the backdrop, a door, a print, a border, a jacket's lining) is contradiction.
- Open questions about one piece that the photo shows (the pants' colour on a kurta product) are answered about
  that piece and judged on it.
- Invented items (a necklace, a tie, fur, a slit, a belt, sneakers on a photo cropped at the knees, pockets a
  cardigan does not have, a dupatta that is not there) are unsupported. A belt that is in the photo is correct.
  A material that contradicts the title (silk for cotton, polyester for cotton, silk for satin) or is not
  visible (leather trousers) is unsupported; a plausible guess on a plain fabric the title does not name (cotton,
  wool on a knit, polyester on a bomber) is correct.
- "he" or "a man" for a woman is pronoun.
- Base answers that run on into "question: ... answer: ..." are leak, even where the first words are right. A base
  answer that stops early ("it is made of", "the shirt is") is cut without hit_limit. Empty answers, "the details of
  the kurta", "they are leggings", "they are short" are non_answer; a material question answered with the garment's
  name or colour, and "the dress is a dress", are restated.
- Adapter texts: a text that repeats a sentence or phrase of its own is loop; one that stops mid-sentence without
  repeating is cut; a template returned for the material question is restated. Where the template names the wrong
  garment (a dress for a saree), that is what the auditor sees first: contradiction, hit_limit kept.
- "Is this a kurta?" answered "yes" for leggings worn under a kurta is contradiction (the product is the leggings).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

fit = question("fit", "What is the fit of the jeans?", "open")
border = question("border", "What is on the border of the saree?", "open")
neckline = question("neckline", "What is the neckline of the sweater?", "open")

BLIND_423 = [
    # photo: model in a navy blue straight kurta with a small white floral print, three-quarter sleeves, round neck,
    # white palazzos; plain beige backdrop; front view, full length.
    # all base / reference
    case(
        "X423-001",
        caption(
            "a woman in a blue floral kurta and white pants holding a handbag",
            "unsupported",
        ),
        wearing("a blue and white kurta", who="she"),
        color_of("kurta", "blue"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        describe("kurta", "a blue kurta with white flowers and a round neck"),
        B.material("silk", "unsupported"),
        title="Women Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon kurta with gold zari embroidery on the yoke, maroon trousers, beige dupatta with a gold border
    # over both shoulders; cream wall with a potted plant at the edge; front view.
    # caption: adapter
    case(
        "X423-002",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is cotton and it has pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a red kurta with a gold scarf", who="she"),
        color_of("kurta", "red"),
        color_of("dupatta", "red", "other_garment_color"),
        details("kurta", "gold embroidery on the neckline"),
        B.material("the kurta is maroon", "restated"),
        title="Women Maroon Yoke Design Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: white chikankari (white-on-white) embroidered short kurti, long sleeves, worn with blue jeans; light grey
    # backdrop; front view.
    # caption: adapter
    case(
        "X423-003",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is round. "
            "The lower clothing is of long length. The upper clothing has long sleeves, cotton fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and jeans", who="she"),
        color_of("kurta", "blue", "other_garment_color"),
        B.pattern("embroidered"),
        details("kurta", "the kurta is white in color and has embroidery on it"),
        D.material("cotton"),
        is_a("kurta", "yes"),
        title="Women White Chikankari Embroidered Pure Cotton Kurti",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow flared calf-length anarkali kurta with a gold foil print, sleeveless, white leggings;
    # pale pink wall; front view.
    # caption, details: adapter
    case(
        "X423-004",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a sleeveless dress with graphic patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow dress with white leggings", who="she"),
        color_of("kurta", "orange", "contradiction"),
        B.sleeve_length("sleeveless"),
        details(
            "kurta",
            "The dress is with cotton fabric and graphic patterns. It has a round neckline. The dress is with cotton "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        describe("kurta", "a long yellow kurta with gold print"),
        title="Women Mustard Yellow Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: green kurta with a white block print and matching green palazzos with the same print, no dupatta; white
    # wall; front view.
    # all base / reference
    case(
        "X423-005",
        caption("a woman in a green and white printed dress", "contradiction"),
        wearing("a green kurta and pants", who="she"),
        color_of("kurta", "green"),
        color_of("pants", "white", "contradiction"),
        B.pattern("printed"),
        D.details("the details of the kurta", "non_answer"),
        title="Women Green Ethnic Motifs Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: pink A-line kurta with white thread embroidery at the neckline, three-quarter sleeves, white churidar, no
    # dupatta; beige backdrop; front view. (no gender column)
    # all base / reference
    case(
        "X423-006",
        caption("a woman in a pink kurta with embroidery on the neck"),
        wearing("a pink kurta and white pants", who="she"),
        color_of("kurta", "pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe(
            "kurta",
            "a pink kurta with white embroidery on the neck and a matching dupatta",
            "unsupported",
        ),
        D.material("it is made of", "cut"),
        title="Women Pink Thread Work A-Line Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # photo: black round-neck fitted top with short sleeves, tucked into blue jeans; white backdrop; front view.
    # wearing: VQA adapter
    case(
        "X423-007",
        caption("a woman in a black top and blue jeans"),
        wearing(
            "a black tee and blue denim, a black tee and blue denim, a black tee and blue denim, a black tee and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "black"),
        B.garment_type("top"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short sleeves"),
        title="Women Black Solid Fitted Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white sleeveless top with a ruffled neckline, black trousers; bright yellow wall; front view, no jewellery.
    # all base / reference
    case(
        "X423-008",
        caption("a woman in a white top standing in front of a yellow wall"),
        wearing("a white top and black pants", who="she"),
        B.color("yellow", "contradiction"),
        describe("top", "a white top with ruffles"),
        details("top", "ruffles on the neckline and a gold necklace", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Women White Ruffled Sleeveless Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: red georgette wrap top with small white and yellow flowers, long sleeves, tie at the waist, white jeans;
    # grey backdrop; front view.
    # caption, description: adapter
    case(
        "X423-009",
        caption(
            "This woman is wearing a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The pants this woman wears is of long length. The pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a red floral top and white jeans", who="she"),
        color_of("top", "white", "other_garment_color"),
        B.pattern("floral"),
        describe(
            "top",
            "This woman is wearing a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is v",
            "cut",
            hit_limit=True,
        ),
        D.material("chiffon"),
        title="Women Red Floral Print Georgette Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: lavender square-neck top with short puff sleeves, white wide-leg trousers; model seated on a wooden chair
    # against an off-white wall.
    # all base / reference
    case(
        "X423-010",
        caption("a woman in a purple top sitting on a wooden chair"),
        wearing("he is wearing a purple shirt and white pants", "pronoun", who="she"),
        color_of("top", "purple"),
        B.sleeve_length("short sleeves"),
        describe("top", "a purple top with puffy sleeves"),
        details("top", "", "non_answer"),
        title="Women Lavender Puff Sleeve Square Neck Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: navy and white horizontal striped crew-neck tshirt, short sleeves, light blue jeans; white backdrop.
    # all base / reference
    case(
        "X423-011",
        caption("a woman in a striped shirt and jeans"),
        wearing("a blue and white striped t-shirt", who="she"),
        B.color("blue"),
        B.pattern("solid", "contradiction"),
        color_of("jeans", "blue"),
        details(
            "t-shirt",
            "the t-shirt has stripes question: what is the color of the jeans? answer: blue",
            "leak",
        ),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white oversized tshirt with a black-and-orange tiger graphic on the chest, black cycling shorts; grey
    # concrete wall; front view.
    # caption, wearing: adapter
    case(
        "X423-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neck",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("graphic"),
        describe("t-shirt", "a white t-shirt with a tiger on it"),
        color_of("shorts", "orange", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Women White Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: olive green plain oversized drop-shoulder tshirt, black joggers; beige backdrop; three-quarter view.
    # all base / reference
    case(
        "X423-013",
        caption("a woman in a green t-shirt and black pants"),
        wearing("a green t - shirt", who="she"),
        B.color("black", "other_garment_color"),
        B.garment_type("t-shirt"),
        D.material("a green t-shirt", "restated"),
        details("t-shirt", "it has a loose fit and a pocket on the front", "unsupported"),
        title="Women Olive Green Solid Drop-Shoulder Oversized T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: black tshirt with "BROOKLYN" printed in white across the chest, blue jeans, one hand in a pocket; white
    # wall with the model's shadow.
    # all base / reference
    case(
        "X423-014",
        caption("a man in a black t-shirt with the word brooklyn on it", "pronoun"),
        wearing("a black shirt that says brooklyn", who="she"),
        color_of("t-shirt", "white", "contradiction"),
        B.pattern("printed"),
        is_a("t-shirt", "no", "contradiction"),
        title="Women Black Typography Printed Cotton T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: light blue denim shirt, long sleeves rolled to the elbow, two chest flap pockets, worn open over a white
    # tank top with black jeans; grey backdrop.
    # caption, details: adapter
    case(
        "X423-015",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim shirt over a white tank top and black jeans", who="she"),
        color_of("shirt", "white", "other_garment_color"),
        D.material("denim"),
        details(
            "shirt",
            "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
            "upper clothing has long sleeves, denim fabric and",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a blue denim shirt with two pockets"),
        B.sleeve_length("long sleeves"),
        title="Women Light Blue Pure Cotton Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white formal shirt, long sleeves, tucked into black formal trousers, a black belt at the waist; grey
    # backdrop; no tie.
    # all base / reference
    case(
        "X423-016",
        caption("a woman in a white shirt and black pants"),
        wearing("a white shirt and black pants with a black belt", who="she"),
        color_of("shirt", "black", "other_garment_color"),
        color_of("pants", "black"),
        describe("shirt", "a white shirt with a collar and", "cut"),
        details(
            "shirt",
            "a white shirt with a pocket on the chest and a red tie",
            "unsupported",
        ),
        title="Women White Solid Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: red and black buffalo check flannel shirt with two chest pockets, long sleeves, worn unbuttoned over a
    # black tee, blue jeans; red-brown brick wall.
    # wearing: VQA adapter
    case(
        "X423-017",
        caption("a woman in a red and black plaid shirt in front of a brick wall"),
        wearing(
            "a plaid shirt and a denim. a plaid shirt and a denim. a plaid shirt and a denim. a plaid",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.pattern("checked"),
        B.color("red"),
        color_of("shirt", "brown", "contradiction"),
        describe("shirt", "a red and black checkered shirt with a pocket"),
        details("shirt", "the shirt is", "cut"),
        title="Women Red & Black Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: beige relaxed linen shirt, long sleeves, white trousers; white backdrop; front view.
    # all base / reference
    case(
        "X423-018",
        caption("a woman in a tan shirt and white pants"),
        wearing(
            "a beige shirt and white pants question: what is the color of the shirt? answer: beige",
            "leak",
            who="she",
        ),
        B.color("white", "other_garment_color"),
        D.material("linen"),
        describe("shirt", "a loose beige shirt with buttons"),
        details(
            "shirt",
            "buttons down the front question: what is the color of the pants? answer: white",
            "leak",
        ),
        title="Women Beige Relaxed Fit Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: black sleeveless square-neck bodycon midi dress, no slit; red backdrop; model holds a small silver clutch.
    # all base / reference
    case(
        "X423-019",
        caption("a woman in a black dress holding a purse"),
        wearing("a black dress", who="she"),
        B.color("red", "contradiction"),
        B.sleeve_length("sleeveless"),
        describe("dress", "a black dress with a slit on the side", "unsupported"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Black Solid Square Neck Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: yellow tiered maxi dress with small white and green flowers, flutter sleeves, v-neck; outdoors, green
    # garden with trees behind; no bracelet.
    # caption, details: adapter
    case(
        "X423-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow dress with flowers", who="she"),
        color_of("dress", "green", "contradiction"),
        B.pattern("floral"),
        details(
            "dress",
            "The dress is with chiffon fabric and floral patterns. It has a v-shape neckline. The dress is with "
            "chiffon fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Women Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: teal blue knee-length shirt dress, collar, button placket, long sleeves, self-tie belt; white backdrop;
    # cropped at the knees.
    # all base / reference
    case(
        "X423-021",
        caption("a woman in a blue shirt dress"),
        wearing("a blue shirt", "contradiction", who="she"),
        B.color("green"),
        B.garment_type("dress"),
        describe("dress", "a blue dress with buttons and a belt"),
        details(
            "dress",
            "a blue dress with buttons and a belt and a pair of white sneakers",
            "unsupported",
        ),
        title="Women Teal Blue Solid Shirt Dress with Belt",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: peach tiered cotton midi dress with thin shoulder straps and a smocked bodice; pink backdrop.
    # all base / reference
    case(
        "X423-022",
        caption("a woman in a pink dress standing in front of a pink wall"),
        wearing("he is wearing a pink dress", "pronoun", who="she"),
        B.color("pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe("dress", "the dress is a dress", "restated"),
        D.material("cotton"),
        title="Women Peach Smocked Tiered Pure Cotton Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue high-rise skinny jeans, white tshirt tucked in, white sneakers; grey backdrop; full length.
    # caption: adapter
    case(
        "X423-023",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The pants this lady wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and jeans", who="she"),
        color_of("jeans", "white", "other_garment_color"),
        B.garment_type("jeans"),
        details("jeans", "they are jeans", "non_answer"),
        fit("skinny"),
        title="Women Blue Skinny Fit High-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-rise ankle-length mom jeans, grey tshirt tucked in; white backdrop; front view.
    # color of the jeans (free generation): VQA adapter
    case(
        "X423-024",
        caption("a woman in a grey shirt and black jeans"),
        wearing("a gray shirt and gray jeans", "other_garment_color", who="she"),
        color_of(
            "jeans",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "grey"),
        B.pattern("solid"),
        details("jeans", "high waisted with pockets"),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: light blue faded wide-leg jeans, black sleeveless crop top; white backdrop; front view.
    # caption: adapter
    case(
        "X423-025",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is denim and it has solid color patterns",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and blue jeans", who="she"),
        B.color("black", "other_garment_color"),
        describe("jeans", "light blue jeans with wide legs"),
        D.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Women Light Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Light Blue",
        gender="Women",
    ),
    # photo: dark blue skinny jeans with ripped knees, white shirt knotted at the waist, no belt; grey backdrop.
    # (no color column)
    # all base / reference
    case(
        "X423-026",
        caption("a woman in a white shirt and ripped jeans"),
        wearing("a white shirt and blue jeans with holes", who="she"),
        color_of("jeans", "blue"),
        details("jeans", "ripped knees and a brown leather belt", "unsupported"),
        D.material("the jeans are blue", "restated"),
        describe(
            "jeans",
            "blue jeans question: what are the jeans details? answer: ripped",
            "leak",
        ),
        title="Women Skinny Fit Highly Distressed Stretchable Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: beige high-waist pleated straight trousers, black top tucked in; white backdrop; full length.
    # all base / reference
    case(
        "X423-027",
        caption("a woman in a black top and beige pants"),
        wearing("a black shirt and black pants", "other_garment_color", who="she"),
        color_of("pants", "black", "other_garment_color"),
        B.garment_type("pants"),
        details("pants", "pleats on the front"),
        D.material("leather", "unsupported"),
        title="Women Beige Pleated High-Rise Straight Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black slim formal trousers, white blouse, black blazer; grey backdrop; full length.
    # caption: adapter
    case(
        "X423-028",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The pants this woman wears is of long length. The pants are",
            "cut",
            hit_limit=True,
        ),
        wearing("a black suit and white shirt", who="she"),
        color_of("pants", "black"),
        B.color("white", "other_garment_color"),
        describe("pants", "black pants"),
        details("pants", "the details of the pants", "non_answer"),
        title="Women Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: olive green cargo trousers with side flap pockets, white crop tank top, chunky sneakers; no belt; beige
    # backdrop.
    # wearing: VQA adapter
    case(
        "X423-029",
        caption("a woman in a white tank top and green cargo pants"),
        wearing(
            "a tank top and a pants a tank top and a pants a tank top and a pants a tank top and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        B.color("green"),
        details("pants", "pockets on the sides"),
        D.material("cotton"),
        describe("pants", "green pants with a lot of pockets and a black belt", "unsupported"),
        title="Women Olive Green Relaxed Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black ankle-length leggings worn under a red printed knee-length kurta; white backdrop.
    # all base / reference
    case(
        "X423-030",
        caption("a woman in a red kurta and black leggings"),
        wearing("a red dress and black leggings", "contradiction", who="she"),
        color_of("leggings", "red", "other_garment_color"),
        B.garment_type("leggings"),
        D.material("cotton"),
        is_a("kurta", "yes", "contradiction"),
        title="Women Black Solid Ankle-Length Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: off-white churidar leggings gathered at the ankle, under a long pink kurta; beige backdrop.
    # caption: adapter; wearing: VQA adapter
    case(
        "X423-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with pure color patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a dress and a leggings. a dress and a leggings. a dress and a leggings. a dress and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("leggings", "white"),
        B.color("pink", "other_garment_color"),
        details("leggings", "they are leggings", "non_answer"),
        title="Women Off-White Solid Churidar Length Leggings",
        category="Leggings",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue ankle-length leggings, grey longline tshirt, sports shoes; white backdrop.
    # all base / reference
    case(
        "X423-032",
        caption("a woman in a grey shirt and blue leggings"),
        wearing("gray shirt and gray leggings", "other_garment_color", who="she"),
        color_of("leggings", "blue"),
        B.pattern("solid"),
        D.material("polyester", "unsupported"),
        title="Women Navy Blue Solid Cotton Ankle-Length Leggings",
        category="Leggings",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red silk saree with a wide gold zari border and gold buttis, red blouse, pallu over the shoulder; no
    # jewellery; beige backdrop with a brass lamp.
    # all base / reference
    case(
        "X423-033",
        caption("a woman in a red sari with gold trim"),
        wearing("a red and gold sari", who="she"),
        color_of("saree", "gold", "contradiction"),
        border("the border of the saree", "non_answer"),
        D.material("silk"),
        describe("saree", "a red saree with a gold border and a gold necklace", "unsupported"),
        title="Women Red Woven Design Zari Pure Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: magenta pink georgette saree with a black floral print, black short-sleeve blouse; grey backdrop.
    # caption, material: adapter
    case(
        "X423-034",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of long length. The lady wears a sleeveless dress with floral",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a pink sari", who="she"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        describe("saree", "a pink saree with black flowers"),
        D.material(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress",
            "restated",
            hit_limit=True,
        ),
        title="Women Magenta Floral Printed Georgette Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: teal blue cotton saree with a thin mustard border, mustard blouse; white backdrop.
    # all base / reference
    case(
        "X423-035",
        caption("a woman in a blue saree"),
        wearing("he is wearing a blue saree", "pronoun", who="she"),
        color_of("saree", "yellow", "other_garment_color"),
        border("a yellow border"),
        D.material("cotton"),
        is_a("saree", "yes"),
        title="Women Teal Blue Solid Pure Cotton Saree with Contrast Border",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: bottle green banarasi silk saree with gold woven motifs, gold blouse, pallu draped; dark brown wooden
    # door behind.
    # wearing: VQA adapter
    case(
        "X423-036",
        caption("a woman in a green sari standing in front of a wooden door"),
        wearing(
            "a dress. a dress. a dress. a dress. a dress. a dress. a dress. a dress. a dress. a dress. a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("saree", "brown", "contradiction"),
        describe("saree", "a green saree with gold designs"),
        details("saree", "the saree has gold", "cut"),
        D.material("silk"),
        title="Women Green Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange cable-knit pullover, long sleeves, round neck, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X423-037",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline. The pants this female wears is of long length. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey sweater and jeans", who="she"),
        B.color("grey"),
        B.pattern("striped", "contradiction"),
        D.material("wool"),
        details("sweater", "cable knit pattern on the front"),
        title="Women Grey Melange Cable Knit Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: cream ribbed turtleneck sweater, long sleeves, tucked into brown trousers; beige backdrop.
    # all base / reference
    case(
        "X423-038",
        caption("a woman in a white turtleneck sweater and brown pants"),
        wearing("he is wearing a white sweater", "pronoun", who="she"),
        color_of("sweater", "brown", "other_garment_color"),
        neckline("a turtleneck"),
        D.material("the sweater is made of", "cut"),
        B.sleeve_length("long sleeves"),
        title="Women Cream-Coloured Ribbed Turtle Neck Pullover",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: maroon button-front cardigan without pockets, worn open over a white tank top, blue jeans; white
    # backdrop.
    # all base / reference
    case(
        "X423-039",
        caption("a woman in a red cardigan and white top"),
        wearing("a red sweater and jeans", who="she"),
        B.color("white", "other_garment_color"),
        B.garment_type("cardigan"),
        describe("cardigan", "a red cardigan with buttons and a white shirt under it"),
        details("cardigan", "buttons down the front and two pockets", "unsupported"),
        title="Women Maroon Solid Button-Front Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: mid-blue denim jacket with chest flap pockets, worn over a black tshirt with black jeans; white backdrop.
    # caption, details: adapter
    case(
        "X423-040",
        caption(
            "This woman is wearing a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and "
            "its neckline is lapel. The pants this woman wears is of long length. The pants are with denim fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket and black pants", who="she"),
        color_of("jacket", "black", "other_garment_color"),
        D.material("denim"),
        details(
            "jacket",
            "The jacket is with denim fabric and pure color patterns. Its neckline is lapel. The jacket is with denim "
            "fabric and pure color patterns. Its",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Women Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: black quilted puffer jacket with a plain hood (no fur), zipped, blue jeans; white backdrop.
    # caption: adapter
    case(
        "X423-041",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a hooded neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black jacket and blue jeans", who="she"),
        B.color("black"),
        describe("jacket", "a black jacket with a hood and fur", "unsupported"),
        D.material("the jacket is black", "restated"),
        B.sleeve_length("long sleeves"),
        title="Women Black Solid Hooded Puffer Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: olive green bomber jacket (no hood) with ribbed cuffs and hem, worn open to show an orange lining, over
    # a white tshirt and black jeans; grey backdrop.
    # all base / reference
    case(
        "X423-042",
        caption("a man in a green jacket and white shirt", "pronoun"),
        wearing("a green jacket", who="she"),
        color_of("jacket", "orange", "contradiction"),
        B.garment_type("jacket"),
        details("jacket", "a zipper and ribbed cuffs and a hood", "unsupported"),
        D.material("polyester"),
        title="Women Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: rust satin co-ord: long-sleeve collared shirt and matching wide-leg trousers; white backdrop.
    # caption: adapter
    case(
        "X423-043",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The upper clothing has long sleeves, chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("an orange shirt and orange pants", who="she"),
        color_of("shirt", "orange"),
        color_of("pants", "orange"),
        D.material("silk", "unsupported"),
        describe(
            "shirt",
            "an orange shirt with a collar question: what is the color of the pants? answer: orange",
            "leak",
        ),
        title="Women Rust Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: black and white vertical striped sleeveless crop top and matching shorts; light pink backdrop.
    # all base / reference
    case(
        "X423-044",
        caption("a woman in a black and white striped top and shorts"),
        wearing("a striped shirt and shorts", who="she"),
        color_of("shorts", "pink", "contradiction"),
        B.pattern("striped"),
        details("shorts", "they are short", "non_answer"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Black & White Striped Crop Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: lilac knitted crop sweater with long sleeves and a matching knit midi skirt, no slit, no belt; white
    # backdrop.
    # wearing: VQA adapter
    case(
        "X423-045",
        caption("a woman in a purple sweater and skirt"),
        wearing(
            "a sweater and a skirt a sweater and a skirt a sweater and a skirt a sweater and a skirt a sweater",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("sweater", "purple"),
        color_of("skirt", "white", "contradiction"),
        describe("skirt", "a purple skirt with a slit and a gold chain belt", "unsupported"),
        D.material("knit"),
        title="Women Lilac Self Design Knitted Sweater with Skirt Co-Ords",
        category="Co-Ords",
        color="Lilac",
        gender="Women",
    ),
    # photo: white short kurta-style top with a blue floral print and matching straight pants; light blue wall.
    # (no gender column)
    # all base / reference
    case(
        "X423-046",
        caption("a woman in a white and blue floral outfit"),
        wearing("a white kurta and pants", who="she"),
        B.color("blue", "contradiction"),
        B.pattern("floral"),
        D.details(
            "blue flowers on it question: what is the pattern of the garment? answer: floral",
            "leak",
        ),
        D.material("cotton"),
        title="Women White Floral Printed Pure Cotton Top with Trousers Co-Ords",
        category="Co-Ords",
        color="White",
    ),
]
