"""BLIND_442 (46 products; women's western tops and dresses: blouses, shirts, tunics, bodycon, A-line, wrap): written
blind in the forty-seventh session. Measured blind at 496f1cc (the session's rules as they stood): 87/105 failures
found (82.9%) and 2/130 correct texts flagged (1.5%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of women's western wear: blouses and tops (peplum, ruffled, puff-sleeve,
wrap, lace, cami), shirts (cotton, linen, satin, denim, checked, striped, utility), tunics worn over jeans or
leggings, and dresses (bodycon, A-line, wrap, shirt dresses, sweater dress, tiered maxi, colour-blocked). Most
photos are studio shots on a plain backdrop; some are outdoors (garden, beach) or against walls (brick, concrete,
white staircase) and a few have props (a handbag, a chair). Tops are photographed worn with jeans, trousers, shorts
or skirts that are not part of the product. Each row has the seller's title, category, color and gender; a few rows
miss the gender or the color, as real feeds do.

Who wrote what: the captions and open answers come from the untuned base `Salesforce/blip2-opt-2.7b` (short,
lowercase, stops on its own, never hit_limit) unless the comment above the case names the caption adapter (the
caption-only LoRA of the original experiments). The adapter writes the DeepFashion template ("The lady wears a
long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel neckline. ..."), was
trained without an end-of-answer token, so it runs to its limit (50 tokens for captions, 30 for answers) and carries
hit_limit=True; asked any question it returns its template. The closed questions (garment_type, color, pattern,
sleeve_length, per-piece colors, "Is this a ...?") are enrich's `--engine reference` answers, chosen from candidate
sets: they never loop or get cut, but they can pick the wrong candidate.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red for maroon, blue for navy, teal or powder blue, green for teal,
  olive or sea green, pink for peach, coral or mauve, orange for coral or rust, brown for rust, purple for lavender,
  lilac or mauve, yellow for mustard, white for off white, grey for charcoal. Mustard answered orange and navy
  answered black are contradiction.
- The color of a print (white dots, red roses) given as the garment's color is contradiction; the color of a piece
  worn with the product (the jeans, the skirt, the trousers, the tee under an open shirt) given as the product's
  color, or a bottom given the top's color, is other_garment_color. A background color (garden green, brick red)
  chosen by the reference engine is contradiction. For a "Multi" seller color, any main color of the print is right.
  Where a wrong color is both a print color and the color of a piece worn with the product (blue embroidery and blue
  jeans, white gingham and white jeans), the auditor sees the other piece first: other_garment_color. A beige shirt
  called white over a white tank top and white shorts is other_garment_color too.
- Garment synonyms are correct: top or shirt for a blouse, shirt or top for a collared tunic, tank top for a cami,
  belt for a self-tie sash, checkered or plaid for checked, lace for schiffli eyelet trim. A tunic called a dress, a
  shirt dress called a shirt, a sweater dress called a sweater (by the reference engine), and a colour-blocked
  one-piece dress read as "a white top and a black skirt" are contradiction.
- Sleeves and pattern: three-quarter sleeves answered "long sleeves" or "short sleeves" are contradiction, and so is
  a short puff sleeve answered "sleeveless"; puff or flutter sleeves answered "short sleeves" are correct. Small
  polka dots answered "solid", and "striped" for a plain blouse worn with a pleated skirt, are contradiction.
- Materials: one the title names or the photo plainly shows (denim, satin, lace, linen, knit, flannel) is correct;
  chiffon for georgette is correct; cotton as a plausible guess on a plain matte fabric is correct; silk for a matte
  crepe and leather for a printed jersey are unsupported. "fabric", "cloth" and "i don't know" are non_answer; the
  garment's name and color given for the material is restated.
- Invented items the photo does not show (a slit, a necklace, earrings, a straw hat, a belt, a chain belt, a white
  collar, pockets, buttons, a zipper on a back the front view hides; heels, boots or sneakers on a photo cropped
  above the feet) are unsupported. A handbag or a chair that is in the photo is correct.
- Adapter texts: a text that repeats a sentence of its template is loop; one cut mid-sentence without repeating is
  cut (even where it invents an accessory or names a fabric before the cut); the template returned for the material
  question is restated; a template that names the garment wrongly (a shirt dress as a shirt) is contradiction,
  hit_limit kept. The template answering wearing, description or details does answer them (cut or loop, not
  restated).
- A base answer stopping mid-phrase ("it is made of", "... and") is cut without hit_limit; a base answer running on
  into "Question: ... Answer: ..." is leak; an empty answer or "the details of the dress" is non_answer; the
  garment's name alone for the details question, and "the print on the garment" for the print question, are
  restated. A bare but true answer ("a yellow dress" to "Describe the garment.") is correct.
- "he" or "a man" for a woman is pronoun.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, details, is_a, question, wearing

color_pants = question("color_pants", "What is the color of the pants?", "closed")
color_jeans = question("color_jeans", "What is the color of the jeans?", "closed")
color_skirt = question("color_skirt", "What is the color of the skirt?", "closed")
neckline = question("neckline", "What is the neckline of the garment?", "open")
print_q = question("print", "What is the print on the garment?", "open")

BLIND_442 = [
    # photo: model in a white full-sleeve cotton shirt with a collar and buttons, no pocket, tucked into blue
    # jeans; light grey studio backdrop, front view.
    # caption: adapter
    case(
        "X442-001",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and blue jeans"),
        D.color("white"),
        B.sleeve_length("long sleeves"),
        D.material("cotton"),
        D.details(
            "the shirt has a collar and buttons and a pocket on the chest",
            "unsupported",
        ),
        title="Women White Solid Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: knee-length navy A-line dress with a small white floral print, V-neck, flutter sleeves; white backdrop.
    # no adapter texts
    case(
        "X442-002",
        caption("a woman in a blue floral dress"),
        D.wearing("a navy blue dress with white flowers"),
        D.color("black", "contradiction"),
        D.pattern("floral"),
        D.details(
            "the dress has a v neck and short sleeves Question: what is the pattern of the dress? Answer: floral",
            "leak",
        ),
        title="Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless square-neck bodycon midi dress, no slit; beige wall with a potted plant beside the model.
    # caption: adapter
    case(
        "X442-003",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a black dress"),
        D.description(
            "a black bodycon dress with a square neckline and a slit on the side",
            "unsupported",
        ),
        D.color("black"),
        title="Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: maroon matte-crepe wrap midi dress, three-quarter sleeves, self-tie sash at the waist; white backdrop.
    # no adapter texts
    case(
        "X442-004",
        caption("a woman in a red wrap dress"),
        D.wearing("a red dress with a belt"),
        D.color("red"),
        B.sleeve_length("long sleeves", "contradiction"),
        D.material("silk", "unsupported"),
        title="Women Maroon Solid Crepe Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard puff-sleeve round-neck top worn untucked with white jeans, no belt; white backdrop.
    # details: adapter
    case(
        "X442-005",
        caption("a woman in a yellow top and white jeans"),
        D.wearing("a yellow top and white pants with a white belt", "unsupported"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        color_pants("yellow", "other_garment_color"),
        title="Women Mustard Yellow Solid Puff Sleeve Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: off-white cotton top with schiffli eyelet embroidery and a scalloped hem, ruffled short sleeves, worn
    # with light blue denim shorts, no hat; white backdrop.
    # no adapter texts
    case(
        "X442-006",
        caption(
            "a woman wearing a white top and denim shorts and a straw hat",
            "unsupported",
        ),
        D.wearing(
            "a white top and blue shorts Question: what is the color of the shorts? Answer: blue",
            "leak",
        ),
        D.color("white"),
        D.details("it has ruffled sleeves and a lace trim"),
        D.material("cotton"),
        title="Women Off White Schiffli Embroidered Cotton Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: white shirt with black vertical stripes, long sleeves, worn with black trousers; grey backdrop.
    # caption: adapter
    case(
        "X442-007",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a black and white striped shirt and black pants"),
        D.pattern("striped"),
        D.color("black"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Black & White Striped Regular Fit Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: peach A-line midi dress with a smocked bodice and short puff sleeves; outdoors in a garden, green trees.
    # no adapter texts
    case(
        "X442-008",
        caption("a woman in a pink dress standing in a garden"),
        D.wearing("a pink dress"),
        D.color("green", "contradiction"),
        D.details("it has a smocked bodice and puff sleeves"),
        D.material("a pink dress", "restated"),
        title="Women Peach Smocked A-Line Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue denim shirt dress, knee length, long sleeves rolled to the elbow, buttons down the front, a
    # brown belt (sold with it); white backdrop.
    # caption: adapter
    case(
        "X442-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. There is a belt around her waist. The lower clothing is of",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a blue denim shirt dress with a belt"),
        is_a("dress", "yes"),
        D.garment_type("shirt", "contradiction"),
        D.material("denim"),
        title="Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: olive thigh-length tunic with a mandarin collar and roll-up sleeves, no pockets, worn over blue skinny
    # jeans; white backdrop.
    # no adapter texts
    case(
        "X442-010",
        caption("a woman wearing a green shirt and jeans"),
        D.wearing("a green tunic and blue jeans"),
        D.color("green"),
        D.garment_type("dress", "contradiction"),
        D.details(
            "it has a mandarin collar, roll up sleeves and a pocket on the chest",
            "unsupported",
        ),
        title="Women Olive Green Solid Longline Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: red ribbed-knit long-sleeve bodycon mini dress, round neck, no jewellery; plain white backdrop.
    # caption: adapter
    case(
        "X442-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a long-sleeve dress with pure color",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red dress with long sleeves and a", "cut"),
        D.color("red"),
        D.material("knit"),
        D.description("a red dress with a gold necklace", "unsupported"),
        title="Women Red Ribbed Bodycon Mini Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: lavender sleeveless peplum top with a small white-and-pink floral print, worn with white trousers;
    # white backdrop.
    # no adapter texts
    case(
        "X442-012",
        caption("a woman in a purple top and white pants"),
        D.wearing("a purple floral top and white pants"),
        D.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        D.details("the top has a peplum hem and a", "cut"),
        title="Women Lavender Floral Print Peplum Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal satin long-sleeve shirt worn with black straight trousers; grey backdrop.
    # caption, material: adapter
    case(
        "X442-013",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a green shirt and black pants"),
        D.color("blue"),
        title="Women Teal Blue Satin Formal Shirt",
        category="Shirts",
        color="Teal",
        gender="Women",
    ),
    # photo: black wrap dress with white polka dots, short sleeves, V-neck, knee length; white backdrop.
    # no adapter texts
    case(
        "X442-014",
        caption("a woman in a black and white polka dot dress"),
        D.wearing("a black dress with white polka dots"),
        D.color("white", "contradiction"),
        D.description("a black wrap dress with white polka dots and a v neck"),
        D.material("it is made of", "cut"),
        title="Women Black Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rust tiered maxi dress on spaghetti straps, ruffled hem, no belt and no slit; on a beach, blue sea behind.
    # details: adapter
    case(
        "X442-015",
        caption("a woman in an orange dress on the beach"),
        D.wearing("an orange dress"),
        D.color("brown"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        D.description("a long orange dress with a slit and a belt", "unsupported"),
        title="Rust Tiered Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # photo: white cotton tunic with blue thread embroidery on the V-neck yoke, three-quarter sleeves, worn with blue
    # jeans; white backdrop.
    # caption: adapter
    case(
        "X442-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        D.details("the top has blue embroidery on the neckline"),
        D.color("blue", "other_garment_color"),
        D.material("cotton"),
        title="Women White Embroidered Cotton Tunic",
        category="Tunics",
        color="White",
        gender="Women",
    ),
    # photo: pink satin wrap top, long sleeves, tie at the side, V-neck, no buttons, worn with black trousers; white
    # backdrop.
    # no adapter texts
    case(
        "X442-017",
        caption("a woman wearing a pink blouse and black pants"),
        D.wearing("a pink top and black pants"),
        D.material("the top is made of", "cut"),
        D.color("pink"),
        D.details("it has a tie on the side and buttons on the sleeves", "unsupported"),
        title="Women Pink Satin Wrap Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: short-haired model in a blue-and-white gingham shirt with a chest pocket, short sleeves, worn with white
    # jeans; white backdrop.
    # no adapter texts
    case(
        "X442-018",
        caption("a man in a blue and white checkered shirt", "pronoun"),
        D.wearing("a blue checkered shirt and white jeans"),
        D.pattern("checked"),
        D.color("white", "other_garment_color"),
        details("shirt", "it has a pocket on the chest and a", "cut"),
        title="Women Blue & White Gingham Checked Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black one-shoulder bodycon dress, no sleeves; model standing against a red brick wall.
    # details: adapter
    case(
        "X442-019",
        caption("a woman in a black dress standing in front of a brick wall"),
        D.wearing("a black one shoulder dress"),
        D.details(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        D.color("red", "contradiction"),
        B.sleeve_length("sleeveless"),
        D.material("i don't know", "non_answer"),
        title="Women Black One Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: coral V-neck blouse with ruffled flutter sleeves, worn with blue jeans; white backdrop.
    # no adapter texts
    case(
        "X442-020",
        caption("a woman wearing an orange top and jeans"),
        D.wearing("a pink top and blue jeans"),
        D.color("pink"),
        D.description(
            "a coral blouse with ruffles on the sleeves Question: what is the color of the blouse? Answer: coral",
            "leak",
        ),
        D.material("fabric", "non_answer"),
        title="Women Coral Ruffled Flutter Sleeve Blouse",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: beige oversized linen shirt worn open over a white tank top, with white shorts; white backdrop.
    # caption: adapter
    case(
        "X442-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is a tank top under it. The shorts this lady wears is of short length. The shorts "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and white shorts", "other_garment_color"),
        D.color("white", "other_garment_color"),
        D.material("linen"),
        title="Women Beige Oversized Linen Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: green floral shirt dress, midi, short sleeves, collar, buttons down the front; the model holds a brown
    # handbag; white backdrop, front view only, cropped at mid-calf. The feed row has no color.
    # no adapter texts
    case(
        "X442-022",
        caption("a woman in a green floral dress holding a brown bag"),
        D.wearing("a green floral dress and white sneakers", "unsupported"),
        D.pattern("floral"),
        D.details("it has buttons down the front and a zipper on the back", "unsupported"),
        D.color("green"),
        title="Women Green Floral Print Shirt Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: navy blue tunic with side slits and three-quarter sleeves, round neck, worn with white leggings; white
    # backdrop.
    # wearing: adapter
    case(
        "X442-023",
        caption("a woman wearing a blue top and white leggings"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        color_pants("white"),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Navy Blue Solid Tunic with Side Slits",
        category="Tunics",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black top with sheer lace sleeves and a round neck (no collar), worn with a black knee-length skirt;
    # grey backdrop.
    # no adapter texts
    case(
        "X442-024",
        caption("a woman in a black lace top and skirt"),
        wearing(
            "a black top and a black skirt Question: what is she wearing? Answer: a black top",
            "leak",
            who="she",
        ),
        D.material("lace"),
        D.details("the sleeves are sheer and made of lace"),
        D.description("a black top with lace sleeves and a white collar", "unsupported"),
        title="Women Black Lace Sleeve Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: yellow sleeveless A-line georgette dress with a white floral print, V-neck; the model sits on a wooden
    # garden bench.
    # caption: adapter
    case(
        "X442-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a yellow dress with white flowers"),
        D.color("white", "contradiction"),
        D.material("chiffon"),
        D.description("a yellow dress"),
        title="Women Yellow Floral Print Georgette A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: olive green cotton utility shirt with two flap pockets, long sleeves, worn with black jeans; no watch or
    # bracelet; white backdrop.
    # details: adapter
    case(
        "X442-026",
        caption("a woman in an olive green shirt and black jeans"),
        D.wearing("a green shirt and black pants"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        D.material("cloth", "non_answer"),
        title="Women Olive Green Cotton Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: short-haired model in a red-and-black buffalo-check flannel shirt worn open over a black t-shirt, with
    # blue jeans; white backdrop.
    # no adapter texts
    case(
        "X442-027",
        caption("a man wearing a red and black plaid shirt", "pronoun"),
        D.wearing("a red plaid shirt over a black t-shirt and jeans"),
        D.color("red"),
        D.description(
            "a red and black checkered shirt Question: describe the shirt Answer: a red and black checkered shirt",
            "leak",
        ),
        D.material("flannel"),
        title="Women Red & Black Checked Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: emerald green satin wrap midi dress, three-quarter puff sleeves, V-neck; no rings; white backdrop.
    # caption, description: adapter
    case(
        "X442-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. The dress is of long length. There is a ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "The dress is with silk fabric. It has a v-shape neckline. The dress is with silk fabric. It has a v-shape",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green dress"),
        D.material("satin"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Emerald Green Satin Wrap Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: white short-sleeve cotton blouse with a Peter Pan collar, worn with a pink pleated midi skirt; white
    # backdrop.
    # no adapter texts
    case(
        "X442-029",
        caption("a woman wearing a white shirt and a pink skirt"),
        D.wearing("a white blouse and a pink skirt"),
        D.color("pink", "other_garment_color"),
        color_skirt("pink"),
        D.details("it has a peter pan collar"),
        D.pattern("striped", "contradiction"),
        title="Women White Peter Pan Collar Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey ribbed-knit turtleneck sweater dress, long sleeves, knee length, black ankle boots; grey
    # backdrop.
    # no adapter texts
    case(
        "X442-030",
        caption("a woman in a grey sweater dress and black boots"),
        D.wearing("a grey sweater dress and black boots"),
        D.garment_type("sweater", "contradiction"),
        D.color("grey"),
        D.material("knitted"),
        is_a("dress", "no", "contradiction"),
        title="Women Charcoal Grey Ribbed Sweater Dress",
        category="Dresses",
        color="Charcoal",
        gender="Women",
    ),
    # photo: pink floral-print tunic, short sleeves, round neck with a keyhole, worn with white jeans; white backdrop.
    # caption: adapter
    case(
        "X442-031",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a pink floral top and white jeans"),
        D.color("white", "other_garment_color"),
        D.details("a pink floral top", "restated"),
        neckline("round neck with a keyhole"),
        title="Women Pink Floral Printed Tunic",
        category="Tunics",
        color="Pink",
        gender="Women",
    ),
    # photo: blue-and-white vertical-striped shirt dress, belted, long sleeves rolled up, knee length, no pockets;
    # white wall with window shadows.
    # no adapter texts
    case(
        "X442-032",
        caption("a woman in a blue and white striped shirt dress"),
        D.wearing("a blue and white striped shirt", "contradiction"),
        D.pattern("striped"),
        D.color("blue"),
        D.details(
            "it has a belt and buttons down the front and two pockets on the chest",
            "unsupported",
        ),
        title="Women Blue & White Striped Belted Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: mauve ruched long-sleeve bodycon mini dress, plain jersey; photo cropped above the knees; white backdrop.
    # no adapter texts
    case(
        "X442-033",
        caption(
            "a woman in a purple dress and high heels posing for a picture",
            "unsupported",
        ),
        D.wearing(
            "a purple dress Question: what is the color of the dress? Answer: purple",
            "leak",
        ),
        D.color("pink"),
        D.details("it is ruched on the side"),
        D.material("cotton"),
        title="Women Mauve Ruched Bodycon Mini Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: short-haired model in a mid-blue denim shirt with two chest pockets, long sleeves, worn with white
    # trousers; white backdrop.
    # no adapter texts
    case(
        "X442-034",
        caption("a woman in a denim shirt and white pants"),
        D.wearing("he is wearing a blue denim shirt and white pants", "pronoun"),
        D.material("denim"),
        D.color("white", "other_garment_color"),
        details("shirt", "it has two pockets on the front"),
        title="Women Blue Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: white cropped square-neck top with short puff sleeves, worn with black high-waist trousers; white
    # backdrop.
    # details, material: adapter
    case(
        "X442-035",
        caption("a woman wearing a white top and black pants"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a short-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The",
            "restated",
            hit_limit=True,
        ),
        D.color("white"),
        color_pants("black"),
        title="Women White Square Neck Puff Sleeve Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black floral maxi wrap dress with red and pink roses, long sleeves; model on a white staircase.
    # no adapter texts
    case(
        "X442-036",
        caption("a woman in a black floral dress standing on stairs"),
        D.wearing("a black dress with red flowers"),
        D.color("red", "contradiction"),
        D.description("a long black dress with red flowers and a", "cut"),
        B.sleeve_length("long sleeves"),
        title="Women Black Floral Print Maxi Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sea green satin cami top on spaghetti straps, worn with a black midi skirt; white backdrop.
    # caption, material: adapter
    case(
        "X442-037",
        caption(
            "Her tank top has no sleeves, silk fabric and pure color patterns. It has a suspenders neckline. The skirt "
            "this lady wears is of medium length. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a green top and a black skirt"),
        D.color("green"),
        D.garment_type("tank top"),
        D.material(
            "Her tank top has no sleeves, silk fabric and pure color patterns. It has a suspenders neckline. The skirt",
            "restated",
            hit_limit=True,
        ),
        color_skirt("green", "other_garment_color"),
        title="Women Sea Green Satin Cami Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: navy crepe shirt with small white polka dots, long sleeves, tucked into beige trousers; white backdrop.
    # no adapter texts
    case(
        "X442-038",
        caption("a woman wearing a navy blue polka dot shirt and beige pants"),
        wearing("a blue shirt with white dots and", "cut", who="she"),
        D.pattern("solid", "contradiction"),
        D.color("blue"),
        D.material("silk", "unsupported"),
        title="Women Navy Blue Polka Dot Print Crepe Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red sleeveless bodycon midi dress with a cut-out at the waist, no belt; grey concrete wall behind.
    # no adapter texts
    case(
        "X442-039",
        caption("a woman in a red dress leaning against a wall"),
        D.wearing("a red dress"),
        D.details("", "non_answer"),
        D.color("red"),
        is_a("bodycon dress", "yes"),
        D.description(
            "a red dress with a cut out at the waist and a gold chain belt",
            "unsupported",
        ),
        title="Women Red Cut-Out Bodycon Midi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: tunic with an abstract geometric print in blue, orange and white, three-quarter sleeves, V-neck, worn
    # with blue jeans; white backdrop. The feed row has no gender.
    # caption: adapter
    case(
        "X442-040",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a colorful top and blue jeans"),
        D.color("blue"),
        D.garment_type("tunic"),
        print_q("the print on the garment", "restated"),
        title="Multicoloured Geometric Print Tunic",
        category="Tunics",
        color="Multi",
    ),
    # photo: black satin long-sleeve shirt worn with white wide-leg trousers; white backdrop.
    # wearing: adapter
    case(
        "X442-041",
        caption("a woman in a black shirt and white pants"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a "
            "lapel neckline. The pants this lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        D.material("satin Question: what is the color of the shirt? Answer: black", "leak"),
        is_a("shirt", "yes"),
        title="Women Black Satin Regular Fit Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: lilac smocked fit-and-flare mini dress, square neck, short puff sleeves; the model sits on a white chair.
    # no adapter texts
    case(
        "X442-042",
        caption("a woman in a purple dress sitting on a chair"),
        D.wearing("a purple dress"),
        D.details("the details of the dress", "non_answer"),
        D.color("purple"),
        D.material("a purple dress", "restated"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Lilac Smocked Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: mustard wrap top with long sleeves and a tie at the waist, worn with blue jeans; hair over the ears, no
    # jewellery; white backdrop.
    # no adapter texts
    case(
        "X442-043",
        caption(
            "a woman wearing a yellow wrap top and jeans with gold earrings",
            "unsupported",
        ),
        D.wearing("a yellow top and blue jeans"),
        D.color("orange", "contradiction"),
        D.details("it has a tie at the", "cut"),
        B.sleeve_length("long sleeves"),
        title="Women Mustard Yellow Solid Wrap Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: brown-and-black leopard-print jersey bodycon dress, long sleeves, high neck; cropped at the knees; white
    # backdrop.
    # no adapter texts
    case(
        "X442-044",
        caption("a woman in a leopard print dress"),
        D.wearing("a leopard print dress and black boots", "unsupported"),
        D.color("brown"),
        D.material("leather", "unsupported"),
        D.description("a brown and black leopard print dress with long sleeves and a high neck"),
        title="Women Brown Animal Print Bodycon Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: short-haired model in a powder blue oversized cotton shirt with a chest pocket, long sleeves, worn with
    # mid-blue jeans; white backdrop.
    # caption: adapter
    case(
        "X442-045",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.wearing("he is wearing a light blue shirt and blue jeans", "pronoun"),
        D.color("blue"),
        color_jeans("blue"),
        D.details("it has buttons down the front and a pocket"),
        D.material("a light blue shirt", "restated"),
        title="Women Powder Blue Oversized Cotton Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: colour-blocked sleeveless bodycon dress, white bodice and black skirt part in one piece; white backdrop.
    # no adapter texts
    case(
        "X442-046",
        caption("a woman in a black and white dress"),
        D.wearing("a white top and a black skirt", "contradiction"),
        D.color("black"),
        is_a("dress", "yes"),
        D.description("a black and white sleeveless bodycon dress"),
        title="Women Black & White Colourblocked Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
]
