"""BLIND_477 (46 products; Myntra women's tops, shirts, dresses, jeans, skirts, shorts and jackets on models): written
blind in the forty-eighth session. Measured blind at 47ee318 (the session's rules as they stood): 111/122 failures
found (91.0%) and 4/154 correct texts flagged (2.6%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of women's western wear: tops, shirts, tees,
dresses, jeans, skirts, shorts and jackets, each photographed on a model who wears other clothes with it (jeans
under a top, a tee under a jacket or a slip dress, a shirt tucked into a skirt), mostly against plain studio
backdrops, some against a colored wall, a beach or a garden. The questions are the experiments' own ("What is she
wearing?", "What is the color of the shirt / jeans / pants / shorts?", "Describe the shirt.", "What are the shirt /
jeans / shorts details?"), asked of every photo whatever the product is, plus enrich's closed garment_type and color
and, for some rows, pattern, sleeve length, material and a yes/no "Is this a ...?". Each row has the seller's title,
category, color and gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: each product went through one run configuration. Captions and open answers come from the untuned
base `Salesforce/blip2-opt-2.7b` (short, lowercase, stops on its own on the newline, never hit_limit) unless the
comment names the caption adapter (epoch 1 or epoch 3) or the VQA adapter. Both adapters were trained with no end
token, so all their texts run to the limit (50 new tokens for captions, 30 for answers) and carry hit_limit=True.
The caption adapter writes the DeepFashion template ("The lady wears a long-sleeve shirt with pure color patterns.
The shirt is with cotton fabric. It has a lapel neckline. ...") to every prompt; epoch 1 repeats itself a little
less than epoch 3 but names pieces the same way. The VQA adapter answers with one In-shop word over and over
("blue blue blue ...") or, having learnt the prompt too, writes the next "Question: ... Answer: ..." pair; as a
captioner it writes a question-answer pair. Closed questions (garment_type, color, pattern, sleeve_length, the
per-piece colors stored closed and the yes/no question) are enrich's `--engine reference` picks from candidate sets:
a single value, never a loop or a cut. A per-piece color stored open was free generation (base or VQA adapter).

Labeling conventions and judgement calls:
- A per-piece color question is judged against the piece it names, not the product: "white" for the color of the
  shirt on a jeans product is correct when the tee she wears is white. The color of another piece of the outfit
  given for the piece asked, or for the product in the closed color question, is other_garment_color (the "grey
  shirt, grey jeans, grey pants" failure). The color of a wall, of the print or of the dots given as the
  garment's color is contradiction, and so is a wrong shade family (navy as black, maroon as brown, burgundy as
  pink, mustard as orange).
- Shade words are correct: blue for navy, sky blue or dark wash; green for olive, teal or sea green; yellow for
  mustard; red for maroon or burgundy; purple for lavender; white for off white or cream; pink or orange for coral;
  orange for rust; beige for khaki; pink for peach.
- Garment synonyms are correct: top or shirt for a blouse or tee, t-shirt for a tee, jacket for a coat or blazer,
  blazer or coat for a jacket, plaid for checked, pants for jeans and trousers, sweater for a knit top, "shirt"
  for a shacket (a shirt-jacket). The question "Describe the shirt." answered about the dress in a dress photo, or
  about the tee under a jacket, is correct.
- Garment contradictions: a denim shirt called a jacket, a t-shirt dress answered "yes" to "Is this a shirt?", a
  slip dress typed "t-shirt" (the tee under it), a jacket named "shirt" by the adapter template, a dress named
  "pants" by the base model. Pattern or sleeves of another piece (striped for a plain skirt under a striped shirt,
  short sleeves for a sleeveless dress over a tee) and pleats as striped are contradiction.
- Invented things not in the photo (a hood, a bow, a slit, a hat, sunglasses, a purse, heels in a photo cut at the
  knees, a chest pocket, a printed slogan the photo does not let anyone read) are unsupported; so is a material
  neither the title names nor the photo shows (silk for a plain cotton-look dress). A plausible material that the
  photo shows (denim, leather for faux leather, cotton for a plain tee, satin for a satin shirt) is correct.
- Adapter texts: a text that repeats a sentence or a clause of the template is loop; one that stops mid-sentence
  without repeating is cut, even where it also invents an accessory or a fabric (the cut is seen first). Where the
  template names the product as another garment (a jacket as "shirt"), contradiction, hit_limit kept. The template
  returned to a narrow question (a color or the material) is restated: verbose and off the question, whatever it
  ends on. The template returned to "What is she wearing?", "Describe the shirt." or a details question does answer
  it, so those are cut or loop.
- VQA adapter texts: the same word repeated is loop; a text that writes "Question: ... Answer: ..." is leak, even
  where its first word is right; a base answer that runs on into "Question: ... Answer: ..." is leak too.
- A base answer stopped after a dangling word ("the shirt has a") is cut, without hit_limit. An empty answer, a
  color or the bare garment name for a details question, "the details of the jeans", "the shirt has details",
  "they are short" or "they are blue jeans" for the details are non_answer; a material question answered with the
  garment's name and color ("blue jeans", "black leather jacket") is restated.
- "he" for the woman, and "a man" in a caption, are pronoun (the gender of the person is what is wrong).
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import (
    Text,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)


def she(text: str, failure: str | None = None, hit_limit: bool = False) -> Text:
    """The experiments' "What is she wearing?"."""
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_477 = [
    # photo: model in a white long-sleeve cotton shirt, buttoned, worn with mid-blue jeans; white studio backdrop.
    # details: caption adapter (epoch 3)
    case(
        "X477-001",
        caption("a woman in a white shirt and blue jeans"),
        she("a white shirt and jeans"),
        color_of("shirt", "white"),
        color_of("jeans", "white", "other_garment_color"),
        describe("shirt", "it is a white shirt with a collar and buttons"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="Women White Solid Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sleeveless fitted crop top with high-waist light blue jeans; beige wall behind.
    # caption, wearing: caption adapter (epoch 1)
    case(
        "X477-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("jeans", "blue"),
        B.garment_type("top"),
        B.sleeve_length("sleeveless"),
        title="Women Black Solid Fitted Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue A-line knee-length dress with a small white floral print, V-neck, short sleeves,
    # no belt; white studio backdrop, front view.
    case(
        "X477-003",
        caption("a woman in a blue floral dress standing in front of a white wall"),
        she("a blue dress with white flowers"),
        B.color("blue"),
        B.pattern("floral"),
        details("shirt", "the dress has a v neck and a belt", "unsupported"),
        B.material("silk", "unsupported"),
        title="Women Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in blue skinny jeans with a white tee tucked in and white sneakers; grey studio backdrop.
    # color of the jeans: VQA adapter
    case(
        "X477-004",
        caption("a woman in a white t-shirt and blue jeans"),
        she("she is wearing a white shirt and blue jeans"),
        color_of(
            "jeans",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        details("jeans", "the details of the jeans", "non_answer"),
        B.garment_type("jeans"),
        title="Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a mustard yellow ribbed short-sleeve fitted top with black trousers; white wall.
    case(
        "X477-005",
        caption("a woman in a yellow top and black pants"),
        she("a yellow top and black pants"),
        B.color("yellow"),
        color_of("pants", "black"),
        color_of("shirt", "orange", "contradiction", kind="open"),
        details("shirt", "yellow", "non_answer"),
        title="Women Mustard Yellow Solid Ribbed Fitted Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an olive green cotton utility jacket (flap chest pockets, zip front) open over a black tee,
    # black jeans; light grey studio backdrop.
    # caption, details: caption adapter (epoch 3)
    case(
        "X477-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with denim fabric and",
            "contradiction",
            hit_limit=True,
        ),
        she("a green jacket and black pants"),
        B.garment_type("jacket"),
        B.color("green"),
        color_of("jeans", "green", "other_garment_color"),
        details(
            "shirt",
            "The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton fabric. It has a "
            "lapel neckline. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Olive Green Solid Utility Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a red and white checked long-sleeve shirt, buttoned, with blue denim shorts; white backdrop.
    # wearing, color of the shirt: VQA adapter
    case(
        "X477-007",
        caption("a woman in a red and white checkered shirt and denim shorts"),
        she(
            "blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt blouse shirt "
            "blouse shirt blouse",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        color_of("shorts", "blue"),
        describe("shirt", "it is a red and white plaid shirt"),
        title="Women Red & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: short-haired model in a black denim jacket, buttoned, over a white top, with blue jeans; grey backdrop.
    case(
        "X477-008",
        caption("a man in a black denim jacket and blue jeans", "pronoun"),
        she("a black jacket and blue jeans"),
        B.garment_type("jacket"),
        B.color("black"),
        color_of("jeans", "black", "other_garment_color"),
        B.material("denim"),
        title="Women Black Solid Denim Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a peach short-sleeve wrap dress, V-neck, knee length; pale pink studio backdrop.
    # caption, wearing, material: caption adapter (epoch 1)
    case(
        "X477-009",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The lady wears a short-sleeve dress with pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        she(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.sleeve_length("short sleeves"),
        describe("shirt", "it is a pink wrap dress with a v neck"),
        B.material(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Peach-Coloured Solid Wrap Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: model in blue high-rise wide-leg jeans with a cream short-sleeve crop top; white backdrop.
    # wearing, details of the jeans: caption adapter (epoch 3)
    case(
        "X477-010",
        caption("a woman wearing a white top and blue jeans"),
        she(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The lady wears a long trousers. The "
            "trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        color_of("shirt", "blue", "other_garment_color"),
        details(
            "jeans",
            "The lady wears a long trousers. The trousers are with denim fabric and pure color patterns. The lady "
            "wears a long trousers. The trousers are with denim",
            "loop",
            hit_limit=True,
        ),
        title="Women Blue Wide Leg High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white cotton top with white schiffli embroidery on the sleeves and yoke, with light blue
    # jeans; bright yellow painted wall behind her.
    case(
        "X477-011",
        caption("a woman in a white top standing in front of a yellow wall"),
        she(
            "a white top and jeans Question: What is the color of the top? Answer: white",
            "leak",
        ),
        B.color("yellow", "contradiction"),
        color_of("jeans", "white", "other_garment_color"),
        describe("shirt", "the shirt is white with embroidery"),
        B.material("cotton"),
        title="Women White Embroidered Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black A-line mini skirt with a white and blue striped long-sleeve shirt tucked in; white
    # backdrop.
    # caption, wearing: caption adapter (epoch 3)
    case(
        "X477-012",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve shirt with striped patterns. The lady wears a long-sleeve shirt with "
            "striped patterns. The lady",
            "loop",
            hit_limit=True,
        ),
        B.color("white", "other_garment_color"),
        B.garment_type("skirt"),
        color_of("shirt", "white"),
        B.pattern("striped", "contradiction"),
        title="Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a maroon knee-length shirt dress, buttoned front, collar, self-fabric tie belt; studio.
    case(
        "X477-013",
        caption("a woman in a red shirt dress with a belt"),
        she("a red dress"),
        B.color("brown", "contradiction"),
        B.garment_type("dress"),
        describe("shirt", "the shirt is red with buttons down the", "cut"),
        B.material("silk", "unsupported"),
        title="Women Maroon Solid Shirt Dress with Belt",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in light blue denim shorts with a white tank top; white backdrop.
    # caption, wearing: VQA adapter
    case(
        "X477-014",
        caption(
            "Question: What is the color of the shorts? Answer: blue Question: What is the color of the shorts? "
            "Answer: blue Question: What is the color of the shorts? Answer: blue Question:",
            "leak",
            hit_limit=True,
        ),
        she(
            "shorts Question: What cloth is the person wearing? Answer: shorts Question: What cloth is the person "
            "wearing? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        color_of("shirt", "white"),
        details("shorts", "they are short", "non_answer"),
        B.garment_type("shorts"),
        title="Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a teal single-breasted blazer over a white tee, with white trousers; grey backdrop.
    # caption: caption adapter (epoch 1)
    case(
        "X477-015",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a green blazer and white pants", "pronoun"),
        B.color("green"),
        color_of("pants", "white"),
        color_of("shirt", "green", "other_garment_color"),
        describe("shirt", "it is a white t-shirt"),
        title="Women Teal Solid Single-Breasted Blazer",
        category="Jackets",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a lavender square-neck top with short puff sleeves, no bow, with white jeans, hands empty;
    # studio.
    case(
        "X477-016",
        caption("a woman in a purple top and white jeans holding a purse", "unsupported"),
        she("a purple top and white pants"),
        B.color("purple"),
        color_of("jeans", "white"),
        color_of("shirt", "white", "other_garment_color"),
        details(
            "shirt",
            "it has a square neckline and puff sleeves and a bow",
            "unsupported",
        ),
        title="Women Lavender Puff Sleeve Square Neck Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a black faux leather biker jacket (asymmetric zip, belted hem) over a white tee, blue jeans;
    # white backdrop.
    # caption, wearing: caption adapter (epoch 3)
    case(
        "X477-017",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric. It has a lapel neckline. There is an accessory on her wrist. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric. It",
            "cut",
            hit_limit=True,
        ),
        B.material("black leather jacket", "restated"),
        color_of("shirt", "white"),
        color_of("jeans", "blue"),
        details("shirt", "it has a zipper and a belt"),
        title="Women Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink floral print midi skirt with a black tank top tucked in; studio, full length.
    case(
        "X477-018",
        caption("a woman in a black top and pink floral skirt"),
        she("a black top and a pink skirt"),
        B.color("black", "other_garment_color"),
        B.pattern("floral"),
        color_of("shirt", "pink", "other_garment_color"),
        describe("shirt", "it is a black tank top"),
        title="Women Pink Floral Print Flared Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an off-white linen shirt, sleeves rolled up, with beige trousers; white backdrop.
    # caption: VQA adapter
    case(
        "X477-019",
        caption(
            "Question: What is the color of the shirt? Answer: white Question: What is the color of the pants? "
            "Answer: white Question: What is the color of the shirt? Answer: white",
            "leak",
            hit_limit=True,
        ),
        she("a white shirt and beige pants"),
        B.color("white"),
        B.material("linen"),
        color_of("pants", "white", "other_garment_color"),
        details("shirt", "the shirt has details", "non_answer"),
        title="Women Off White Solid Linen Casual Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a burgundy long-sleeve bodycon midi dress, no slit; photo cut at the knees; studio.
    case(
        "X477-020",
        caption("a woman in a red dress posing for a picture"),
        she("a red dress and black heels", "unsupported"),
        B.color("pink", "contradiction"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "it is a red dress with long sleeves and a slit", "unsupported"),
        title="Women Burgundy Solid Bodycon Midi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in black mom fit jeans with a grey short-sleeve tee; white backdrop.
    # caption, wearing, details: caption adapter (epoch 3)
    case(
        "X477-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt",
            "loop",
            hit_limit=True,
        ),
        she(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        color_of("jeans", "black"),
        color_of("shirt", "black", "other_garment_color"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The pants the lady wears is of long length. The pants are with denim fabric and pure color patterns. "
            "The pants the lady wears is of",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white tee with a small black text print (not legible at this size), with black shorts.
    case(
        "X477-022",
        caption("a woman in a white t-shirt with a black print"),
        she("a white t-shirt and black shorts"),
        B.color("white"),
        B.pattern("graphic"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details("shirt", "it says love yourself", "unsupported"),
        title="Women White Typography Printed Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust satin cowl-neck sleeveless top with black trousers; grey backdrop.
    case(
        "X477-023",
        caption("a woman in an orange satin top"),
        she("he is wearing an orange top and black pants", "pronoun"),
        B.color("orange"),
        B.material("satin"),
        color_of("pants", "black"),
        describe(
            "shirt",
            "a satin top with a cowl neck Question: What is the color of the pants? Answer: black",
            "leak",
        ),
        title="Women Rust Orange Satin Cowl Neck Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: model in khaki cargo shorts (side pockets) with a white cotton crop top; white backdrop.
    # caption, wearing, details: caption adapter (epoch 1)
    case(
        "X477-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a three-point shorts. "
            "The shorts are with",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "beige"),
        color_of("shirt", "white"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shorts"),
        title="Women Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: model in a navy shirt with white polka dots, long sleeves, with white jeans; no hat; studio.
    case(
        "X477-025",
        caption("a woman in a blue polka dot shirt and white pants"),
        she("a blue shirt with white polka dots and a white hat", "unsupported"),
        B.color("black", "contradiction"),
        B.pattern("polka dots"),
        color_of("jeans", "white"),
        details("shirt", "it has white polka dots and a collar"),
        title="Women Navy Blue Polka Dot Print Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an olive green sleeveless tiered maxi dress with thin straps and white sneakers; outdoors, trees.
    # caption, description: caption adapter (epoch 3)
    case(
        "X477-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        she("a green dress"),
        B.color("green"),
        B.sleeve_length("sleeveless"),
        describe(
            "shirt",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders",
            "cut",
            hit_limit=True,
        ),
        B.material("", "non_answer"),
        title="Women Olive Green Solid Tiered Maxi Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a blue denim shirt worn open over a white tank top, with black jeans; white backdrop.
    case(
        "X477-027",
        caption("a woman in a denim shirt and black jeans"),
        she("a denim shirt over a white tank top and black jeans"),
        color_of("shirt", "blue"),
        color_of("jeans", "blue", "other_garment_color"),
        B.material("denim"),
        B.garment_type("jacket", "contradiction"),
        title="Women Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in white shorts with thin blue vertical stripes and a drawstring, with a navy tee; studio.
    case(
        "X477-028",
        caption("a woman in a blue t-shirt and striped shorts"),
        she("a blue shirt and white shorts"),
        color_of("shorts", "white"),
        B.pattern("striped"),
        color_of("shirt", "blue"),
        details("shorts", "they are striped and have a drawstring"),
        title="Women White & Blue Striped Drawstring Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: model in a sheer black long-sleeve shirt over a black camisole, black trousers; all black; white wall.
    # wearing, details: caption adapter (epoch 1)
    case(
        "X477-029",
        caption("a woman in a black shirt and black pants"),
        she(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt with",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "black"),
        color_of("pants", "black"),
        describe("shirt", "it is sheer"),
        details(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Sheer Solid Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a red quilted puffer jacket with a stand collar, no hood, over a black turtleneck, black jeans.
    # caption, wearing: VQA adapter
    case(
        "X477-030",
        caption(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket "
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket",
            "loop",
            hit_limit=True,
        ),
        she(
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat",
            "loop",
            hit_limit=True,
        ),
        B.color("red"),
        B.garment_type("jacket"),
        color_of("shirt", "red", "other_garment_color"),
        details("shirt", "it has a hood", "unsupported"),
        title="Women Red Solid Quilted Puffer Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: model in a sea green sleeveless peplum top with white jeans, against a pastel pink wall.
    case(
        "X477-031",
        caption("a woman in a green top standing in front of a pink wall"),
        she("a green top and white jeans"),
        B.color("green"),
        color_of("jeans", "white"),
        describe("shirt", "it is a pink top", "contradiction"),
        details("shirt", "the shirt has a", "cut"),
        title="Women Sea Green Solid Peplum Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in dark-wash navy bootcut jeans with a pink short-sleeve top; studio.
    # caption: caption adapter (epoch 3); color of the jeans: VQA adapter
    case(
        "X477-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a pink top and jeans"),
        color_of(
            "jeans",
            "blue Question: What is the color of the jeans? Answer: blue Question: What is the color of the jeans? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "pink"),
        B.color("black", "contradiction"),
        details("jeans", "they are blue jeans", "non_answer"),
        title="Women Navy Blue Bootcut Dark Wash Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a beige longline belted trench coat over a white shirt, blue jeans; grey backdrop.
    # caption, wearing, details: caption adapter (epoch 1)
    case(
        "X477-033",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has a lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric. It has",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("beige"),
        color_of("jeans", "blue"),
        details(
            "shirt",
            "The lady wears a long-sleeve outer clothing with pure color patterns. The lady wears a long-sleeve "
            "outer clothing with pure",
            "loop",
            hit_limit=True,
        ),
        title="Women Beige Solid Longline Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a black and white horizontally striped short-sleeve t-shirt dress, knee length; no pockets.
    case(
        "X477-034",
        caption("a woman in a black and white striped dress"),
        she("a striped dress"),
        B.color("black"),
        B.pattern("striped"),
        is_a("shirt", "yes", "contradiction"),
        details("shirt", "it has a pocket on the chest", "unsupported"),
        title="Women Black & White Striped T-shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in light blue ripped boyfriend jeans with a yellow tee; white backdrop. The feed row has no gender.
    case(
        "X477-035",
        caption("a woman in a yellow shirt and ripped jeans"),
        she("a yellow t-shirt and ripped jeans"),
        color_of("jeans", "yellow", "other_garment_color"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        details("jeans", "they are ripped at the knees"),
        B.material("blue jeans", "restated"),
        title="Women Light Blue Boyfriend Fit Ripped Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model in a black pleated midi skirt with a beige knit long-sleeve top tucked in; studio.
    # caption, wearing, description: caption adapter (epoch 3)
    case(
        "X477-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. The "
            "lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped", "contradiction"),
        B.color("black"),
        B.garment_type("skirt"),
        describe(
            "shirt",
            "The sweater is with knitted fabric. It has a round neckline. The sweater is with knitted fabric. It "
            "has a round",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Solid Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: model in a coral short-sleeve crop shirt with a front knot, white shorts, no sunglasses; beach behind.
    case(
        "X477-037",
        caption("a woman in an orange shirt and white shorts on the beach"),
        she("an orange shirt and white shorts and sunglasses", "unsupported"),
        B.color("pink"),
        color_of("shorts", "white"),
        color_of("shirt", "orange", kind="open"),
        details("shirt", "it has a knot in the front"),
        B.material("orange shirt", "restated"),
        title="Women Coral Solid Tie-Up Crop Shirt",
        category="Shirts",
        color="Coral",
        gender="Women",
    ),
    # photo: model in a multicoloured floral print kimono jacket (open front, wide sleeves) over a black top and
    # black jeans; white backdrop.
    # caption, wearing: caption adapter (epoch 1)
    case(
        "X477-038",
        caption(
            "The lady wears a medium-sleeve outer clothing with floral patterns. The outer clothing is with chiffon "
            "fabric. There is an accessory on her wrist. The lady wears a long trousers. The trousers are",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a medium-sleeve outer clothing with floral patterns. The lady wears a medium-sleeve "
            "outer clothing with",
            "loop",
            hit_limit=True,
        ),
        B.color("black", "other_garment_color"),
        B.pattern("floral"),
        B.garment_type("jacket"),
        color_of("pants", "black"),
        title="Women Multicoloured Floral Print Kimono Jacket",
        category="Jackets",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a sky blue sleeveless ruffled top with white jeans; white backdrop.
    case(
        "X477-039",
        caption("a woman in a blue top and white jeans"),
        she(
            "she is wearing a blue top and white jeans Question: what is the color of the shirt? Answer: blue",
            "leak",
        ),
        B.color("blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "ruffles"),
        color_of("jeans", "white"),
        title="Women Sky Blue Ruffled Sleeveless Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in grey melange lounge shorts with an elastic waistband and a white tee; studio.
    # wearing, color of the shorts: VQA adapter
    case(
        "X477-040",
        caption("a woman in a white shirt and grey shorts"),
        she(
            "tee shorts tee shorts tee shorts tee shorts tee shorts tee shorts tee shorts tee shorts tee shorts tee "
            "shorts tee shorts",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shorts",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "other_garment_color"),
        details("shorts", "shorts", "non_answer"),
        B.garment_type("shorts"),
        title="Women Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a black satin slip dress (thin straps, midi) layered over a white short-sleeve tee; studio.
    case(
        "X477-041",
        caption("a woman in a black slip dress over a white t-shirt"),
        she("a white t-shirt and a black dress"),
        B.color("black"),
        color_of("shirt", "white"),
        B.garment_type("t-shirt", "contradiction"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: model in a pink satin long-sleeve shirt with black trousers; grey backdrop.
    # caption, wearing, color of the shirt: caption adapter (epoch 3)
    case(
        "X477-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The pants the lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long-sleeve shirt with "
            "pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The",
            "restated",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "black"),
        B.material("satin"),
        describe("shirt", "it is a pink satin shirt with buttons"),
        title="Women Pink Solid Satin Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white smocked top with a green leaf and flower print, short sleeves, with blue jeans;
    # studio. The feed row has no color.
    # caption, description: caption adapter (epoch 1)
    case(
        "X477-043",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a floral top and jeans"),
        B.color("green", "contradiction"),
        B.pattern("floral"),
        color_of("jeans", "blue"),
        describe(
            "shirt",
            "The lady wears a short-sleeve shirt with floral patterns. The lady wears a short-sleeve shirt with "
            "floral patterns.",
            "loop",
            hit_limit=True,
        ),
        title="Women White Floral Print Smocked Top",
        category="Tops",
        gender="Women",
    ),
    # photo: model in a brown corduroy shacket with two flap chest pockets, open over a white tee, blue jeans.
    case(
        "X477-044",
        caption("a woman in a brown jacket and jeans"),
        she("he is wearing a brown jacket and jeans", "pronoun"),
        B.garment_type("shirt"),
        B.color("brown"),
        B.material("corduroy"),
        color_of("jeans", "brown", "other_garment_color"),
        details("shirt", "it has two pockets on the chest"),
        title="Women Brown Solid Corduroy Shacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a blue floral print flared maxi skirt with a white short-sleeve tee tucked in; studio.
    # caption, description: caption adapter (epoch 3)
    case(
        "X477-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        she("a white top and blue skirt"),
        B.color("blue"),
        color_of("shirt", "white"),
        describe(
            "shirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="Women Blue Floral Print Flared Maxi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a white denim jacket, buttoned halfway, over a black knee-length dress; white backdrop.
    case(
        "X477-046",
        caption("a woman in a white denim jacket and a black dress"),
        she("a white jacket and black pants", "contradiction"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket"),
        details("shirt", "it has buttons and pockets"),
        B.material("denim"),
        title="Women White Solid Denim Jacket",
        category="Jackets",
        color="White",
        gender="Women",
    ),
]
