"""BLIND_333 (46 products; women's western tops, shirts, tees, crop tops, tunics and shrugs on models): written blind in
the forty-fourth session. Measured blind at e86e9a1 (the session's rules as they stood): 99/115 failures found
(86.1%) and 11/148 correct texts flagged (7.4%). The writer's notes, verbatim:

Scenario: an Indian marketplace's English catalog feed of women's western tops: solid, printed, striped and embroidered
tops and blouses, casual and formal shirts, t-shirts, crop tops, tunics and shrugs, shot on models who also wear jeans,
skirts, trousers or leggings, on a white backdrop or in a studio (grey paper, a pink or a yellow wall). Each row has
the seller's title, category, color and gender; one row misses the color and two miss the gender, as real feeds do.
Seller colors are the marketplace's shade names (Maroon, Mustard, Teal, Olive, Peach, Coral, Off White, Cream...).

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` wrote the captions and the open answers (what is the
person / she wearing, describe the top or shirt, details, material) unless the comment before a case says otherwise:
short, lowercase, it stops on its own and never carries hit_limit. The caption LoRA adapter (DeepFashion template,
no end-of-answer token) wrote the texts the comments name: it runs to its limit (50 new tokens for captions, 30 for
answers, hit_limit=True) and gives its template whatever it is asked. The VQA adapter (also trained with no end
token) answered a few open questions where the comment says so: it loops or is cut at 30 tokens, hit_limit=True.
The closed questions (garment_type, color, pattern, sleeve_length, the per-piece colors of the top, shirt, jeans,
skirt, trousers and leggings, and "Is this a ...?") are enrich's `--engine reference` answers from candidate sets:
never a loop or a cut, but often the wrong candidate; one case asks the VQA adapter the top's color as free text.

Labeling conventions and judgement calls:
- Shade words are correct: red for maroon or burgundy, blue for navy or teal, green for teal, olive or sage, yellow
  for mustard, pink for peach, coral or fuchsia, purple for lavender or lilac, white for off white or cream, beige
  for cream, orange for rust. A color of the print, the wall or a prop given as the garment's color is
  contradiction; the color of another garment worn in the photo (the jeans, the skirt, the camisole under a shrug or
  an open shirt) given to the product, or the product's color given to the jeans or trousers, is
  other_garment_color. "a grey shirt and grey pants" for a white top with black trousers (a color no piece has) is
  contradiction. Where the wrong color is both the print's and another garment's (white for a blue tunic with a
  white print over white leggings, black for a red tee with a black print over black jeans), it is
  other_garment_color. The sleeve length of the camisole under a shrug given to the shrug ("sleeveless") is
  contradiction.
- Garment synonyms are correct: blouse or shirt for a top, t-shirt / tee for a tshirt, cardigan or kimono for a
  shrug, sweater for a ribbed long-sleeve knit top, tank top for a camisole, lace for crochet, "a long top" or
  "shirt" for a shirt-style tunic. A tunic called a dress, a top called a dress where the jeans show, an open shirt
  called a jacket, a crop top called a jacket, and "no" to "Is this a crop top?" for a crop top are contradiction.
- Materials: one the title names is correct (satin, linen, rayon, denim, crochet, ribbed knit, georgette as
  chiffon); a plausible guess on a plain fabric the title does not name (cotton, polyester) is correct; a fabric
  that contradicts the title (silk on satin or crepe, linen on cotton) or that nothing shows (leather on a cotton
  corset top) is unsupported.
- Invented items not in the photo (a handbag, a belt, a necklace, a bracelet, a cap, boots on a photo cropped at the
  knees, a chest pocket, a back zipper a front view cannot show, the words of a print it cannot read) are
  unsupported. Items really in the photo (a straw hat held by the model, white sneakers on a full-length shot, a
  pink wall) are correct.
- Adapter texts: a text that repeats a sentence or a phrase of the template is loop; one that stops mid-sentence
  without repeating is cut; the template given for the material question is restated even though it is also cut.
  Where the template names another garment than the product (a tunic as a dress) that would be contradiction,
  hit_limit kept; no adapter text in this set does it ("shirt" for the shirt-style tunic is a synonym). The template
  answering "What is the person wearing?", "Describe the ..." or the details question answers it, so those are cut
  or loop.
- A base answer stopped early ("it is made of", "a pink top with a") is cut, without hit_limit. An empty answer,
  "the details of the top", "the t - shirt" for "Describe the t-shirt." and "it is made of fabric" are non_answer;
  "the shirt is a shirt" and a material question answered with the garment's color and name are restated.
- A base answer that runs on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "he" or "a man" for the women on these photos is pronoun.
- One kind per text: where a text has two faults, the one the auditor meets first (in reading order) is labelled.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    """ "What is she wearing?", the experiments' own wording of the wearing question."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def color_top(text, failure=None):
    return color_of("top", text, failure)


def color_shirt(text, failure=None):
    return color_of("shirt", text, failure)


def color_jeans(text, failure=None):
    return color_of("jeans", text, failure)


def color_skirt(text, failure=None):
    return color_of("skirt", text, failure)


def color_trousers(text, failure=None):
    return color_of("trousers", text, failure)


BLIND_333 = [
    # photo: model in a black solid round-neck short-sleeve top tucked into mid-blue skinny jeans, white backdrop,
    # front view, full length.
    case(
        "X333-001",
        caption("a woman in a black top and blue jeans"),
        she(
            "a black top and jeans Question: what is the color of the jeans? Answer: blue",
            "leak",
        ),
        color_top("black"),
        color_jeans("black", "other_garment_color"),
        D.material("cotton"),
        title="Women Black Solid Round Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon crepe v-neck blouse with three-quarter sleeves, black straight trousers, plain grey
    # studio backdrop, front view cropped at the knees.
    case(
        "X333-002",
        caption("a woman in a red blouse and black pants"),
        D.wearing("he is wearing a red top and black pants", "pronoun"),
        D.color("maroon"),
        describe("top", "it is a red top with a v neck"),
        color_trousers("red", "other_garment_color"),
        D.material("silk", "unsupported"),
        title="Women Maroon Solid V-Neck Crepe Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a white full-sleeve collared cotton shirt, light blue jeans, white backdrop, front view.
    # caption, material: caption adapter
    case(
        "X333-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a white shirt and jeans"),
        color_shirt("white"),
        D.pattern("striped", "contradiction"),
        is_a("shirt", "yes"),
        D.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women White Regular Fit Solid Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy-and-white horizontal striped crew-neck short-sleeve t-shirt tucked into a white denim
    # mini skirt, white backdrop, front view.
    case(
        "X333-004",
        caption("a woman in a striped shirt and white skirt"),
        D.wearing("a blue and white striped t - shirt and a white skirt"),
        D.pattern("striped"),
        color_skirt("blue", "other_garment_color"),
        D.sleeve_length("long sleeves", "contradiction"),
        details("t-shirt", "it has a pocket on the chest", "unsupported"),
        title="Women Navy Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard sleeveless cropped top with high-waist blue mom jeans, standing in front of a
    # pink painted wall in a studio, front view.
    case(
        "X333-005",
        caption("a woman in a yellow crop top standing in front of a pink wall"),
        she("a yellow top and pink pants", "contradiction"),
        color_top("pink", "contradiction"),
        is_a("crop top", "yes"),
        D.sleeve_length("sleeveless"),
        describe("top", "a yellow crop top with a pink background"),
        title="Women Mustard Yellow Solid Crop Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an olive green longline cotton tunic with roll-up sleeves and a shirt collar, black leggings,
    # white backdrop, full length.
    case(
        "X333-006",
        caption("a woman in a green shirt and black leggings"),
        D.wearing("a green tunic and black leggings"),
        D.garment_type("dress", "contradiction"),
        D.color("black", "other_garment_color"),
        D.material("linen", "unsupported"),
        is_a("tunic", "yes"),
        title="Women Olive Green Solid Cotton Longline Tunic",
        category="Tunics",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red peplum top with a small white floral print, white jeans, grey studio backdrop.
    # wearing and the open color of the top: VQA adapter
    case(
        "X333-007",
        caption("a woman in a red floral top and white jeans"),
        D.wearing(
            "a red top and white jeans, a red top and white jeans, a red top and white jeans, a red top and",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "top",
            "red-red-red-red-red-red-red-red-red-red-red-red-red-red-red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_jeans("red", "other_garment_color"),
        D.details("ruffles at the waist"),
        title="Women Red & White Floral Print Peplum Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a grey melange short-sleeve round-neck cotton t-shirt with black skinny jeans, white backdrop.
    case(
        "X333-008",
        caption("a woman wearing a grey t - shirt and black jeans"),
        she("he is wearing a grey shirt and black jeans", "pronoun"),
        color_top("grey"),
        color_jeans("grey", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("a grey t - shirt", "restated"),
        title="Women Grey Melange Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: model in a black sheer long-sleeve open-front shrug over a white camisole, blue jeans, white backdrop.
    case(
        "X333-009",
        caption("a woman in a white top and black cardigan"),
        D.wearing("a black cardigan over a white tank top and jeans"),
        D.garment_type("shrug"),
        D.color("white", "other_garment_color"),
        D.sleeve_length("sleeveless", "contradiction"),
        describe(
            "shrug",
            "a black shrug with a white top and blue jeans and a black belt",
            "unsupported",
        ),
        title="Women Black Sheer Open Front Shrug",
        category="Shrug",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach tie-up front crop top with short sleeves, off white wide-leg trousers, studio with a
    # beige backdrop, front view.
    case(
        "X333-010",
        caption("a woman in a pink top and white pants"),
        D.wearing(
            "a pink top and white pants Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        color_top("peach"),
        color_trousers("white"),
        details("top", "it has a knot at the front"),
        D.material("the top is made of cotton and the pants are made of", "cut"),
        title="Women Peach-Coloured Solid Tie-Up Crop Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a mid-blue chambray denim long-sleeve shirt, white straight trousers, white backdrop.
    # caption: caption adapter
    case(
        "X333-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue denim shirt and white pants"),
        color_trousers("blue", "other_garment_color"),
        D.material("denim"),
        title="Women Blue Chambray Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a teal puff-sleeve (short) top with a square neck, black a-line midi skirt, grey studio.
    case(
        "X333-012",
        caption("a woman in a green top and black skirt with a necklace", "unsupported"),
        she("a green blouse and a black skirt"),
        color_top("blue"),
        color_skirt("black"),
        D.sleeve_length("long sleeves", "contradiction"),
        details("top", "puff sleeves"),
        title="Women Teal Solid Puff Sleeve Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a white cotton top with white thread embroidery on the yoke, mid-blue jeans, white backdrop.
    case(
        "X333-013",
        caption("a woman in a white top and white jeans", "other_garment_color"),
        D.wearing("a white top and blue jeans"),
        D.pattern("embroidered"),
        details("top", "", "non_answer"),
        color_top("white"),
        title="Women White Embroidered Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black round-neck t-shirt with "STAY WILD" printed in white letters, blue ripped jeans,
    # white backdrop.
    case(
        "X333-014",
        caption("a woman wearing a black t - shirt with a white print"),
        D.wearing("a black shirt and ripped jeans"),
        D.color("white", "contradiction"),
        D.pattern("solid", "contradiction"),
        describe("t-shirt", "a black t - shirt with the word love on it", "unsupported"),
        title="Women Black Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender short-sleeve blouse with ruffles down the front, white jeans, white backdrop.
    # details: VQA adapter
    case(
        "X333-015",
        caption("a woman in a purple blouse and white jeans"),
        D.wearing("a purple top and white jeans"),
        details(
            "top",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the",
            "loop",
            hit_limit=True,
        ),
        D.color("lavender"),
        color_jeans("purple", "other_garment_color"),
        D.sleeve_length("short sleeves"),
        D.material("a purple blouse", "restated"),
        title="Women Lavender Ruffled Blouse",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a rust orange ribbed long-sleeve knit top, black trousers, grey studio backdrop.
    case(
        "X333-016",
        caption("a woman in an orange sweater and black pants"),
        D.wearing(
            "an orange top and black pants Question: what is the woman wearing? Answer: an orange top and",
            "leak",
        ),
        D.material("it is made of", "cut"),
        D.color("orange"),
        color_trousers("orange", "other_garment_color"),
        D.pattern("solid"),
        title="Women Rust Orange Ribbed Knit Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a yellow and white checked long-sleeve shirt, blue jeans, white backdrop, front view.
    case(
        "X333-017",
        caption(
            "a woman in a yellow and white checkered shirt and yellow pants",
            "other_garment_color",
        ),
        she("a shirt"),
        describe("shirt", "the shirt is a shirt", "restated"),
        D.pattern("checked"),
        D.color("yellow"),
        color_jeans("yellow", "other_garment_color"),
        title="Women Yellow & White Checked Casual Shirt",
        category="Shirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a white ribbed sleeveless crop top, pink pleated midi skirt, white backdrop; no bag.
    case(
        "X333-018",
        caption("a woman in a white top and a pink skirt"),
        color_top("pink", "other_garment_color"),
        color_skirt("pink"),
        is_a("crop top", "yes"),
        D.sleeve_length("sleeveless"),
        D.material("knit"),
        D.wearing(
            "a white crop top and a pink pleated skirt with a pink handbag",
            "unsupported",
        ),
        title="Women White Ribbed Sleeveless Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a blue shirt-style tunic with a white floral print, long sleeves, white leggings, white
    # backdrop. caption and description: caption adapter
    case(
        "X333-019",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears long leggings. The leggings are with cotton fabric and pure color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("tunic"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        describe(
            "tunic",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        color_of("leggings", "white"),
        title="Women Blue & White Floral Printed Shirt-Style Tunic",
        category="Tunics",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red off-shoulder bardot top with long bell sleeves, blue jeans, white backdrop, full length.
    case(
        "X333-020",
        caption("a woman in a red off the shoulder dress", "contradiction"),
        D.wearing("a red top and jeans"),
        color_top("red"),
        D.sleeve_length("long sleeves"),
        details(
            "top",
            "off the shoulder neckline with bell sleeves and a red belt",
            "unsupported",
        ),
        is_a("dress", "no"),
        title="Women Red Off-Shoulder Bardot Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue georgette blouse with white polka dots, white trousers, grey studio backdrop.
    case(
        "X333-021",
        caption(
            "a woman in a blue polka dot blouse and white pants Question: what is the woman wearing? Answer: a blue",
            "leak",
        ),
        D.wearing("a blue and white polka dot shirt and white pants"),
        D.color("navy blue"),
        D.pattern("checked", "contradiction"),
        D.material("chiffon"),
        title="Women Navy Blue Polka Dot Print Georgette Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink-and-white vertical striped long-sleeve cotton shirt, blue jeans, white backdrop.
    case(
        "X333-022",
        caption("a woman in a pink and white striped shirt and jeans"),
        D.wearing("a blue shirt and blue jeans", "other_garment_color"),
        D.pattern("striped"),
        color_shirt("red", "contradiction"),
        D.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "it has a collar and buttons down the front"),
        title="Women Pink & White Striped Cotton Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a cream crochet short-sleeve top over a nude lining, mid-blue jeans, white backdrop.
    case(
        "X333-023",
        caption("a woman in a white crochet top and jeans"),
        D.wearing("a white lace top and blue jeans"),
        describe("top", "he is wearing a white top with lace", "pronoun"),
        D.color("beige"),
        D.material("crochet"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Cream-Coloured Crochet Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a navy blue long-sleeve formal shirt tucked into beige trousers, grey studio backdrop.
    case(
        "X333-024",
        caption("a woman in a navy blue shirt and khaki pants"),
        color_shirt("black", "contradiction"),
        color_trousers("beige"),
        she("a blue shirt and blue pants", "other_garment_color"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Women Navy Blue Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a plain white round-neck t-shirt, black denim mini skirt, white backdrop, cropped at the
    # knees; bare neck, no jewelry.
    case(
        "X333-025",
        caption(
            "a woman in a white t - shirt and black skirt wearing a necklace",
            "unsupported",
        ),
        D.wearing("a white t - shirt and a black skirt and black boots", "unsupported"),
        color_top("white"),
        color_skirt("white", "other_garment_color"),
        is_a("t-shirt", "yes"),
        title="Women White Solid Round Neck Cotton T-shirt",
        category="Tshirts",
        color="White",
    ),
    # photo: model in a black racerback tank top, grey jogger trousers, white backdrop.
    # caption, material: caption adapter
    case(
        "X333-026",
        caption(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. The "
            "trousers the lady wears is of long length. The trousers are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        D.material(
            "Her tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round. "
            "The trousers the lady",
            "restated",
            hit_limit=True,
        ),
        D.wearing("a black tank top and grey pants"),
        D.color("black"),
        color_trousers("black", "other_garment_color"),
        title="Women Black Solid Racerback Tank Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a sage green oversized drop-shoulder t-shirt with elbow-length sleeves, blue jeans, white
    # backdrop.
    case(
        "X333-027",
        caption("a man wearing a green t - shirt and jeans", "pronoun"),
        D.wearing("a green t - shirt and blue jeans and a black cap", "unsupported"),
        D.color("green"),
        D.garment_type("t-shirt"),
        D.sleeve_length("half sleeves"),
        title="Women Sage Green Oversized Drop-Shoulder T-shirt",
        category="Tshirts",
        color="Green",
        gender="Women",
    ),
    # photo: model in a burgundy wrap top with a self tie at the side, black trousers, no belt, grey studio.
    case(
        "X333-028",
        caption("a woman in a red wrap top and black pants"),
        D.wearing("a burgundy top and black pants with a gold belt", "unsupported"),
        D.color("burgundy"),
        color_trousers("black"),
        D.pattern("striped", "contradiction"),
        details("top", "a wrap front with a tie at the waist"),
        title="Women Burgundy Solid Wrap Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a multicoloured (pink, blue, yellow) tie-dye round-neck t-shirt, blue jeans, white backdrop.
    case(
        "X333-029",
        caption("a woman wearing a tie dye shirt and jeans"),
        describe("t-shirt", "the t - shirt", "non_answer"),
        D.pattern("tie-dye"),
        D.color("multicolor"),
        color_jeans("blue"),
        D.wearing(
            "a colorful shirt and blue jeans Question: what is the woman wearing? Answer:",
            "leak",
        ),
        title="Women Multicoloured Tie-Dye Round Neck T-shirt",
        category="Tshirts",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a black sleeveless lace-up corset-style crop top, blue denim mini skirt, white backdrop.
    case(
        "X333-030",
        caption("a woman in a black corset top and denim skirt"),
        she("a black top and a blue denim skirt"),
        D.garment_type("jacket", "contradiction"),
        color_skirt("blue"),
        color_top("black"),
        D.sleeve_length("sleeveless"),
        D.material("leather", "unsupported"),
        title="Women Black Lace-Up Corset Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a powder blue button-down long-sleeve shirt, white jeans, white backdrop.
    # description: VQA adapter
    case(
        "X333-031",
        caption("a woman in a light blue shirt and white jeans"),
        describe(
            "shirt",
            "the shirt is a light blue button down shirt with long sleeves and a pointed collar, it is made of a thin "
            "cotton fabric and the",
            "cut",
            hit_limit=True,
        ),
        color_shirt("blue"),
        color_jeans("blue", "other_garment_color"),
        D.material("it is made of cotton and", "cut"),
        title="Women Powder Blue Solid Button-Down Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an off white satin blouse with a pussy-bow tie neck, black trousers, grey studio backdrop.
    case(
        "X333-032",
        caption("a woman in a white top and black pants"),
        D.wearing("a grey shirt and grey pants", "contradiction"),
        color_top("white"),
        color_trousers("black"),
        describe("top", "a white top with a bow at the neck"),
        D.material("silk", "unsupported"),
        title="Women Off White Satin Tie-Neck Blouse",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a long pink kimono shrug with a small floral print, worn open over a white tee, blue jeans,
    # white backdrop. caption: caption adapter
    case(
        "X333-033",
        caption(
            "The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with chiffon fabric. It has "
            "a V-shape neckline. The lady wears a long-sleeve cardigan with floral patterns. The cardigan is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral kimono over a white top and jeans"),
        D.garment_type("shrug"),
        D.color("white", "other_garment_color"),
        D.pattern("floral"),
        is_a("shrug", "no", "contradiction"),
        title="Women Pink Floral Printed Longline Kimono Shrug",
        category="Shrug",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green utility shirt with two flap chest pockets, black jeans, white backdrop.
    case(
        "X333-034",
        caption("a woman in a green shirt and black jeans"),
        describe(
            "shirt",
            "a green shirt with two pockets Question: what is the color of the jeans? Answer: black",
            "leak",
        ),
        color_shirt("green"),
        color_jeans("green", "other_garment_color"),
        details("shirt", "two flap pockets on the chest"),
        title="Women Olive Green Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a short-sleeve top with a multicoloured abstract print (rust, teal, mustard), white trousers,
    # grey studio backdrop. The feed row has no color.
    case(
        "X333-035",
        caption("a woman in a colorful blouse and white pants"),
        D.wearing("a multi colored top and white pants"),
        D.pattern("abstract"),
        D.color("white", "other_garment_color"),
        D.material("polyester"),
        D.sleeve_length("long sleeves", "contradiction"),
        title="Women Multicoloured Abstract Printed Top",
        category="Tops",
        gender="Women",
    ),
    # photo: model in a yellow floral square-neck puff-sleeve crop top, white jeans, holding a straw hat at her side,
    # white backdrop, front view.
    case(
        "X333-036",
        caption("a woman in a yellow top holding a straw hat"),
        she("a yellow floral top and white jeans"),
        color_top("white", "other_garment_color"),
        color_jeans("white"),
        D.details(
            "it has a square neck and puff sleeves and a zipper at the back",
            "unsupported",
        ),
        D.pattern("floral"),
        title="Women Yellow Floral Print Puff Sleeve Crop Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an emerald green satin sleeveless cowl-neck top, black midi skirt, grey studio backdrop.
    # caption, details: caption adapter
    case(
        "X333-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with satin fabric. It has "
            "a V-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The tank top is with satin fabric and pure color patterns. It has a V-shape neckline. The lady wears a "
            "long skirt. The skirt",
            "cut",
            hit_limit=True,
        ),
        color_top("green"),
        color_skirt("black"),
        D.wearing(
            "a green top and black skirt Question: what is the color of the skirt? Answer: black",
            "leak",
        ),
        D.material("satin"),
        title="Women Emerald Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white schiffli (eyelet) embroidered cotton top with short flutter sleeves, blue jeans, white
    # backdrop.
    case(
        "X333-038",
        caption("a woman in a white blouse and blue jeans Question: what", "leak"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.pattern("self design"),
        color_top("white"),
        details("top", "eyelet embroidery"),
        D.material("cotton"),
        title="Women White Schiffli Embroidered Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black-and-white horizontal striped short-sleeve crop top, black mini skirt, white backdrop.
    case(
        "X333-039",
        caption("a woman in a black and white striped top and black skirt"),
        she("he is wearing a striped top and a black skirt", "pronoun"),
        D.pattern("striped"),
        color_skirt("black"),
        is_a("crop top", "no", "contradiction"),
        title="Women Black & White Striped Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a coral pink top with short ruffled flutter sleeves, blue jeans, white backdrop.
    case(
        "X333-040",
        caption("a woman in a pink top and jeans"),
        details("top", "the details of the top", "non_answer"),
        color_top("pink"),
        D.sleeve_length("short sleeves"),
        D.wearing("he is wearing a pink top with ruffled sleeves and blue jeans", "pronoun"),
        D.material("it is made of fabric", "non_answer"),
        title="Women Coral Pink Ruffle Sleeve Top",
        category="Tops",
        color="Coral",
    ),
    # photo: model in a lilac round-neck t-shirt, white jeans and white sneakers, full length, white backdrop.
    case(
        "X333-041",
        caption("a woman in a purple shirt and white jeans"),
        D.material("a purple t - shirt", "restated"),
        color_top("purple"),
        color_jeans("purple", "other_garment_color"),
        D.wearing("a purple t - shirt and white jeans and white shoes"),
        title="Women Lilac Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a chocolate brown satin oversized long-sleeve shirt, cream wide-leg trousers, grey studio.
    case(
        "X333-042",
        caption("a woman in a black shirt and white pants", "contradiction"),
        D.wearing("a brown shirt and white pants"),
        color_shirt("brown"),
        color_trousers("brown", "other_garment_color"),
        D.material("silk", "unsupported"),
        D.sleeve_length("long sleeves"),
        title="Women Brown Satin Oversized Shirt",
        category="Shirts",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a red short-sleeve round-neck t-shirt with a black graphic print, black jeans, white backdrop.
    # caption, wearing, details: caption adapter
    case(
        "X333-043",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and graphic patterns. It has a round neckline. The T-shirt is with "
            "cotton fabric and graphic",
            "loop",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        color_jeans("black"),
        title="Women Red Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a white linen long-sleeve shirt worn open over a black camisole, blue jeans, white backdrop.
    case(
        "X333-044",
        caption("a woman in a white shirt over a black top and jeans"),
        D.wearing("a white jacket and a black top and jeans", "contradiction"),
        color_shirt("black", "other_garment_color"),
        D.material("linen"),
        is_a("shirt", "yes"),
        title="Women White Linen Relaxed Fit Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a fuchsia one-shoulder sleeveless top, white trousers, bare wrists, grey studio backdrop.
    case(
        "X333-045",
        caption("a woman in a pink one shoulder top and white pants"),
        describe("top", "a pink top with a", "cut"),
        D.color("red", "contradiction"),
        color_trousers("white"),
        D.sleeve_length("sleeveless"),
        D.wearing("a pink top and white pants and a silver bracelet", "unsupported"),
        title="Women Fuchsia One-Shoulder Top",
        category="Tops",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: model in a blue rayon top with a white floral print and a tie at the neck, white jeans, standing in front
    # of a yellow wall in a studio.
    case(
        "X333-046",
        caption("a woman in a blue floral top standing in front of a yellow wall"),
        D.wearing("a blue and white flowered top and white jeans"),
        D.color("yellow", "contradiction"),
        color_jeans("white"),
        D.material("rayon"),
        describe("top", "a blue top with white flowers and a tie at the", "cut"),
        title="Women Blue & White Floral Printed Rayon Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
]
