"""BLIND_474 (46 products; women's tops and shirts worn with jeans, skirts and trousers): written blind in the forty-
eighth session. Measured blind at 8ccc46a (the session's rules as they stood): 107/128 failures found (83.6%) and
6/159 correct texts flagged (3.8%). The writer's notes, verbatim:

Scenario: a Myntra English catalog feed of women's tops and shirts: crop tops, peplum tops, casual and formal shirts,
blouses, tunics and camisoles, each photographed on a model who wears them with jeans, a skirt or trousers (studio
backdrops, a few painted walls, a chair or a plant as props). Each row has the seller's title (brand first, as Myntra
writes it), category (Tops, Shirts, Tunics), base color and gender; a few rows miss the gender or the color. The
questions are the experiments' own (What is she wearing? What is the color of the top / shirt? Describe the top.
What are the top details?) plus enrich's closed garment_type, color, pattern and sleeve_length, the per-piece color
questions (jeans, skirt, pants), the yes/no "Is this a ...?" and the open material question.

Who wrote what: captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
white shirt and blue jeans") unless the comment says the caption adapter wrote them. The caption adapter (DeepFashion
template, "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric ...") was
trained with no end token, so it runs to its limit (50 new tokens for captions, 30 for answers, hit_limit=True) and
returns its template whatever it is asked. The VQA adapter, where a comment names it, answers an open question with
the right first word and then repeats it to the limit ("yellow yellow yellow ..."), hit_limit=True. Every other open
answer is the base model's: short, lowercase, stopping on its own (never hit_limit). The closed questions
(garment_type, color, pattern, sleeve_length, color_of the top / shirt / jeans / skirt / pants, "Is this a ...?")
are enrich's `--engine reference` answers, one value chosen from a candidate set: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: yellow for mustard or lemon, red for maroon or burgundy, blue for
  navy, teal or cobalt, pink for peach, coral or magenta, purple for lavender, green for olive, mint, emerald or sea
  green, orange for rust, white or cream for off white, grey for grey and white checks.
- A color of the print or of the stripes / dots given as the garment's color (red for a black top with red roses,
  white for a black graphic tee with a white print) is contradiction; so is a color nothing in the outfit has (the
  pink wall, the painted blue sky, navy as black).
- The color of another piece in the photo (the jeans, the skirt, the trousers, the camisole under an open shirt)
  given as the top's color is other_garment_color, whether the base model or the reference engine gave it.
- The top's color given to the other piece (black jeans for grey jeans next to a black top, "a blue shirt and blue
  jeans" for black trousers, a yellow answer to the jeans' color question) is contradiction: the product's own color
  is right, the other piece's is wrong.
- Garment synonyms are correct: blouse or shirt for a button-down top, tank top for a camisole, kurta for a tunic,
  sweater for a ribbed knit turtleneck top, t-shirt for a tee-shaped printed top, plaid for checked. A tunic or a
  peplum top called a dress (base answer, reference garment_type, or yes to "Is this a dress?") is contradiction, and
  so is a utility shirt called a jacket or a denim shirt answered yes to "Is this a jacket?".
- Layered outfits named piece by piece ("a white shirt over a black top and black jeans") are correct.
- Invented details not in the photo (a zip or bow on a back the front view does not show, a pocket on a sleeve, a
  necklace, a belt, a drawstring, sneakers on a photo cropped above the knee, a chair or a surfboard in the caption)
  are unsupported. A wrong material (silk for georgette or for a cotton-look tunic, wool or polyester for a rib knit,
  cotton for satin) is unsupported. Chiffon for georgette is correct, and lace for a camisole with lace trim.
- The reference engine's wrong closed values (three-quarter as long sleeves, short as long, long as short, a
  one-shoulder top as short sleeves, lace short sleeves as sleeveless, ribbed or gingham as striped, leopard as
  floral, navy as black) are contradiction.
- Adapter texts: one that repeats a sentence of the template is loop; one that stops mid-sentence without repeating
  is cut; where the template misnames the garment (a tunic as a dress) or the wearer ("The gentleman" for a woman),
  that is what the auditor sees first, so contradiction or pronoun with hit_limit kept. The template returned for the
  material question is restated; for a color question it is non_answer (no hue at all). The template answering
  wearing, describe or details does answer it, so those are cut or loop.
- The VQA adapter's one word repeated to the limit is loop, even where the word is right.
- A base answer cut off by an early stop ("it is made of", "a pink top with a") is cut, without hit_limit.
- A base answer running on into "Question: ... Answer: ..." is leak, even where its first words are right.
- "it is a top", "the details of the shirt", "it is made of fabric" are non_answer; a material question answered with
  the garment's color and name, or a details question answered with the garment's name alone, is restated.
- "a man" or "he" for a woman is pronoun (the caption or answer names the wearer wrongly). "wearing_person" is the
  experiments' "What is the person wearing?", asked beside "What is she wearing?" on a few products.
- An empty answer and "clothes" for "What is she wearing?" are non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the top?", "open")
person = question("wearing_person", "What is the person wearing?", "open")

BLIND_474 = [
    # photo: model in a white solid cotton shirt, long sleeves rolled to the elbow, tucked into blue mid-rise jeans;
    # plain grey studio backdrop, front view.
    # no adapter text
    case(
        "X474-001",
        caption("a woman in a white shirt and blue jeans"),
        wearing("a white shirt and jeans", who="she"),
        color_of("shirt", "white"),
        B.garment_type("shirt"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        title="Roadster Women White Solid Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sleeveless square-neck crop top with high-waist light blue jeans; white backdrop.
    # caption: caption adapter
    case(
        "X474-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a black crop top and jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
            who="she",
        ),
        color_of("top", "blue", "other_garment_color"),
        B.pattern("solid"),
        is_a("crop top", "yes"),
        title="Tokyo Talkies Women Black Solid Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard peplum top with short flutter sleeves and a ruffled hem, black skinny jeans; light
    # grey backdrop, front view (the back is not shown).
    # no adapter text
    case(
        "X474-003",
        caption("a woman in a yellow top and black jeans"),
        color_of("top", "orange", "contradiction", kind="open"),
        describe("top", "it is a yellow peplum top with short sleeves"),
        details("top", "the top has a ruffled hem and a zipper on the back", "unsupported"),
        B.garment_type("dress", "contradiction"),
        B.sleeve_length("short sleeves"),
        title="SASSAFRAS Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a navy blue and white striped shirt, long sleeves, one chest pocket, worn untucked (no
    # belt shows) over white trousers; beige wall, front view.
    # caption: caption adapter
    case(
        "X474-004",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a striped shirt, white pants and a belt", "unsupported", who="she"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "contradiction"),
        B.pattern("striped"),
        details("shirt", "the shirt has a pocket on the chest and buttons down the front"),
        title="Mast & Harbour Women Navy Blue & White Striped Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink sheer georgette blouse with ruffles down the front and long balloon sleeves, tucked into
    # a black pencil skirt; white studio.
    # details: caption adapter
    case(
        "X474-005",
        caption("a woman wearing a pink blouse and black skirt"),
        wearing("she is wearing a pink blouse and a black skirt", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "a pink blouse with ruffles"),
        B.material("silk", "unsupported"),
        B.sleeve_length("long sleeves"),
        details(
            "top",
            "The shirt is with chiffon fabric and pure color patterns. It has a round neckline. The shirt is with "
            "chiffon fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="DressBerry Women Pink Solid Ruffled Georgette Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green utility shirt with two flap chest pockets, sleeves rolled up, black jeans;
    # studio with a potted plant beside her.
    # caption and details: caption adapter
    case(
        "X474-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a green shirt and black jeans", who="she"),
        color_of("shirt", "green"),
        color_of("jeans", "black"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. The lady wears a long trousers. The trousers "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket", "contradiction"),
        title="HERE&NOW Women Olive Green Solid Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a white cotton camisole with lace trim at the neckline, spaghetti straps, light blue jeans;
    # she stands in front of a plain pink painted wall.
    # no adapter text
    case(
        "X474-007",
        caption("a woman in a white tank top standing in front of a pink wall"),
        color_of("top", "pink", "contradiction", kind="open"),
        B.garment_type("tank top"),
        B.sleeve_length("sleeveless"),
        details("top", "lace trim on the neckline"),
        B.material("lace"),
        wearing("clothes", "non_answer", who="she"),
        title="Berrylush Women White Lace Trim Cotton Camisole",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a maroon tunic, three-quarter sleeves, mandarin collar, tonal floral embroidery on the yoke,
    # reaching mid-thigh, with white cigarette trousers; cream backdrop, front view.
    # caption: caption adapter
    case(
        "X474-008",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The dress is of long length. The lady wears a long pants. The pants",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a red tunic and white pants", who="she"),
        color_of("top", "red"),
        describe("top", "a maroon tunic with embroidery on the neck"),
        B.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "no"),
        B.material("silk", "unsupported"),
        title="Anouk Women Maroon Embroidered Tunic",
        category="Tunics",
        color="Maroon",
        gender="Women",
    ),
    # photo: model with her hair tied back in a lavender satin button-down shirt, long sleeves, black trousers;
    # grey backdrop.
    # color_of shirt (open): VQA adapter
    case(
        "X474-009",
        caption("a woman in a purple shirt and black pants"),
        person("a man in a purple shirt and black pants", "pronoun"),
        color_of(
            "shirt",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("cotton", "unsupported"),
        B.pattern("solid"),
        details("shirt", "the shirt has buttons on the front and a collar"),
        title="StyleStone Women Lavender Satin Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a white top with a small red floral print, square neck, short puff sleeves, blue jeans;
    # white backdrop.
    # caption and describe: caption adapter
    case(
        "X474-010",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a floral top and jeans", who="she"),
        color_of("top", "white"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("short sleeves"),
        describe(
            "top",
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women White & Red Floral Print Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a black sheer mesh top with flocked polka dots, long sleeves, over a black bralette, with a red
    # satin midi skirt, no jewellery; grey backdrop.
    # details: caption adapter
    case(
        "X474-011",
        caption("a woman in a black top and red skirt"),
        wearing("a black top, a red skirt and a necklace", "unsupported", who="she"),
        color_of("top", "red", "other_garment_color"),
        color_of("skirt", "red"),
        B.pattern("polka dots"),
        details(
            "top",
            "The shirt is with chiffon fabric and graphic patterns. It has a round neckline. The shirt is with chiffon "
            "fabric and graphic patterns. It",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Polka Dot Sheer Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a teal blue wrap top with a tie at the waist, V neck, three-quarter sleeves, white jeans;
    # white backdrop.
    # caption: caption adapter; color_of top (open): VQA adapter
    case(
        "X474-012",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "top",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a blue top and white jeans", who="she"),
        B.sleeve_length("three-quarter sleeves"),
        details("top", "it has a tie at the waist and a zipper on the side", "unsupported"),
        title="ONLY Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a peach ribbed knit crop top, short sleeves, round neck, high-rise black jeans; white backdrop.
    # no adapter text
    case(
        "X474-013",
        caption("a woman in a pink crop top and black jeans"),
        wearing("she is wearing a pink crop top and", "cut", who="she"),
        color_of("top", "pink"),
        B.pattern("striped", "contradiction"),
        is_a("crop top", "yes"),
        B.material("polyester", "unsupported"),
        title="HERE&NOW Women Peach-Coloured Ribbed Crop Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a white schiffli (eyelet) embroidered top, short sleeves, round neck, tucked into a mustard
    # pleated midi skirt; white backdrop.
    # caption and details: caption adapter
    case(
        "X474-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. The "
            "lady wears a long skirt. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and a yellow skirt", who="she"),
        color_of("top", "yellow", "other_garment_color", kind="open"),
        color_of("skirt", "yellow"),
        details(
            "top",
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The lady wears a long "
            "skirt. The skirt is",
            "cut",
            hit_limit=True,
        ),
        title="W Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a red and black checked flannel shirt worn open over a white tank top, long sleeves, blue jeans;
    # brick-textured studio wall.
    # no adapter text
    case(
        "X474-015",
        caption("a woman in a red plaid shirt and jeans"),
        wearing("a red and black plaid shirt over a white tank top and jeans", who="she"),
        color_of("shirt", "white", "other_garment_color"),
        B.pattern("checked"),
        B.garment_type("shirt"),
        B.material("flannel"),
        person("a man wearing a plaid shirt and jeans", "pronoun"),
        title="Roadster Women Red & Black Checked Flannel Casual Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: model in a black off-shoulder (bardot) top with long sleeves, grey ripped jeans; white backdrop.
    # caption and details: caption adapter
    case(
        "X474-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black top and grey jeans", who="she"),
        color_of("top", "black"),
        color_of("jeans", "black", "contradiction"),
        describe("top", "a black off the shoulder top"),
        details(
            "top",
            "The shirt is with cotton fabric and pure color patterns. It has a suspenders neckline. The lady wears a "
            "long trousers. The",
            "cut",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Black Solid Bardot Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a light-wash blue denim shirt, long sleeves, two chest pockets, black trousers; grey backdrop.
    # no adapter text
    case(
        "X474-017",
        caption("a woman in a denim shirt and black pants"),
        wearing("a blue shirt and blue jeans", "contradiction", who="she"),
        color_of("shirt", "blue"),
        is_a("jacket", "yes", "contradiction"),
        B.material("denim"),
        details(
            "shirt",
            "it has two pockets on the chest and a pocket on the sleeve",
            "unsupported",
        ),
        title="Mast & Harbour Women Blue Solid Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a yellow tunic with small blue flowers, V neck, three-quarter sleeves, reaching mid-thigh, over
    # white straight trousers; white backdrop.
    # caption: caption adapter
    case(
        "X474-018",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow dress", "contradiction", who="she"),
        color_of("top", "blue", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("three-quarter sleeves"),
        describe("top", "a yellow top with blue flowers"),
        title="Anouk Women Yellow & Blue Floral Print Tunic",
        category="Tunics",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a white oversized cotton shirt, long sleeves, half tucked into a black mini skirt; three-quarter
    # view, grey backdrop.
    # no adapter text
    case(
        "X474-019",
        caption("a woman in a white shirt and black skirt"),
        wearing(
            "a white shirt and a black skirt Question: What is the color of the shirt? Answer: white",
            "leak",
            who="she",
        ),
        color_of("shirt", "white"),
        color_of("skirt", "white", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.material("cotton"),
        title="HERE&NOW Women White Oversized Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a coral smocked crop top with short puff sleeves and a square neck, light blue jeans, sitting on
    # a wooden stool; white backdrop.
    # caption: caption adapter
    case(
        "X474-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a square neckline. The T-shirt is with cotton fabric and pure color patterns. It has a square",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a pink top and blue jeans Question: What is the color of the top? Answer: pink",
            "leak",
            who="she",
        ),
        color_of("top", "pink"),
        details("top", "the top has puff sleeves and elastic on the chest"),
        B.garment_type("crop top"),
        B.material("pink crop top", "restated"),
        title="Tokyo Talkies Women Coral Smocked Crop Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: model standing in a beige linen shirt, short sleeves, dark brown wide trousers; white backdrop, no props.
    # describe: caption adapter
    case(
        "X474-021",
        caption("a woman in a beige shirt and brown pants sitting on a chair", "unsupported"),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        wearing("a beige shirt and brown pants", who="she"),
        B.material("linen"),
        B.sleeve_length("short sleeves"),
        describe(
            "shirt",
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a short-sleeve shirt with pure color",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Beige Solid Linen Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: model in an emerald green satin cowl-neck camisole, spaghetti straps, black wide-leg trousers; grey
    # backdrop.
    # caption: caption adapter; describe: VQA adapter
    case(
        "X474-022",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "lady wears a long pants. The pants are with chiffon fabric and pure color patterns. Her tank top has no "
            "sleeves, chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a green top and black pants", who="she"),
        color_of("top", "black", "other_garment_color"),
        B.material("satin"),
        is_a("camisole", "yes"),
        describe(
            "top",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="DressBerry Women Green Solid Satin Cowl Neck Camisole",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black and white gingham checked peplum top, sleeveless, white jeans; white backdrop, front
    # view only.
    # no adapter text
    case(
        "X474-023",
        caption("a woman in a black and white checkered top and white jeans"),
        wearing("a black and white top", who="she"),
        color_of("top", "white"),
        B.pattern("striped", "contradiction"),
        B.garment_type("dress", "contradiction"),
        details(
            "top",
            "the top has a ruffle at the bottom and a bow on the back",
            "unsupported",
        ),
        title="Berrylush Women Black & White Checked Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a navy blue formal shirt, long sleeves, tucked into grey formal trousers; office-like backdrop
    # with a desk.
    # caption: caption adapter
    case(
        "X474-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a blue shirt and grey pants", who="she"),
        color_of("shirt", "black", "contradiction"),
        color_of("pants", "grey"),
        B.pattern("solid"),
        describe(
            "shirt",
            "a blue shirt and grey pants Question: What is the color of the pants? Answer: grey",
            "leak",
        ),
        title="Van Heusen Woman Navy Blue Solid Formal Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a white crochet lace top, short sleeves, round neck, blue flared jeans; white backdrop.
    # color_of top (open): VQA adapter
    case(
        "X474-025",
        caption("a woman in a white lace top and jeans"),
        B.material("lace"),
        color_of(
            "top",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("top", "the top has lace and a pocket", "unsupported"),
        B.sleeve_length("sleeveless", "contradiction"),
        wearing("a white top and blue jeans", who="she"),
        title="Harpa Women White Lace Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: model in a red ribbed knit turtleneck top, long sleeves, black mini skirt; grey backdrop.
    # no adapter text
    case(
        "X474-026",
        caption("a woman in a red sweater and black skirt"),
        wearing("a red top and a black skirt", who="she"),
        color_of("top", "black", "other_garment_color"),
        B.garment_type("top"),
        describe("top", "it is a red turtleneck sweater with long sleeves"),
        B.material("wool", "unsupported"),
        details("top", "the top details", "non_answer"),
        title="ONLY Women Red Ribbed Turtle Neck Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mint green georgette blouse with a tie-up bow at the neck, long sleeves, white trousers;
    # white backdrop.
    # caption: caption adapter
    case(
        "X474-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a green blouse and white pants", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a green blouse with a bow at the neck"),
        B.material("chiffon"),
        neckline("it is a neckline", "restated"),
        title="Vero Moda Women Mint Green Solid Tie-Up Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black tee-shaped top with "PARIS" printed in white across the chest, short sleeves, blue
    # jeans; white backdrop.
    # no adapter text
    case(
        "X474-028",
        caption("a woman wearing a black t-shirt with the word paris on it"),
        B.pattern("graphic"),
        color_of("top", "white", "contradiction"),
        wearing(
            "a black shirt with white letters Question: What is the color of the shirt? Answer: black",
            "leak",
            who="she",
        ),
        B.garment_type("t-shirt"),
        details("top", "the top has the word paris on it"),
        title="Roadster Women Black Printed Round Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rust orange satin shirt without pockets, long sleeves, beige trousers; white backdrop.
    # caption: caption adapter
    case(
        "X474-029",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("an orange shirt and beige pants", who="she"),
        color_of("shirt", "orange"),
        B.material("satin"),
        B.sleeve_length("long sleeves"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        title="StyleStone Women Rust Orange Satin Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a white cotton tunic with a blue block print, three-quarter sleeves, blue jeans; white
    # backdrop. The feed row has no gender.
    # no adapter text
    case(
        "X474-030",
        caption("a woman wearing a white and blue tunic and jeans"),
        wearing("a white kurta and blue jeans", who="she"),
        color_of("top", "white"),
        B.pattern("printed"),
        is_a("dress", "yes", "contradiction"),
        B.material("it is made of", "cut"),
        title="Anouk Women White & Blue Block Print Cotton Tunic",
        category="Tunics",
        color="White",
    ),
    # photo: model in a sheer white georgette shirt, long sleeves, worn open over a black camisole, black jeans;
    # grey backdrop.
    # no adapter text
    case(
        "X474-031",
        caption("a woman in a white shirt and black jeans"),
        wearing("a white shirt over a black top and black jeans", who="she"),
        color_of("shirt", "black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        describe("shirt", "a sheer white shirt"),
        B.material("chiffon"),
        title="DressBerry Women White Sheer Georgette Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a magenta ruched crop top (no drawstring), long sleeves, round neck, black cargo trousers;
    # white backdrop.
    # caption: caption adapter
    case(
        "X474-032",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and black pants", who="she"),
        color_of("top", "pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top is ruched on the sides and has a drawstring", "unsupported"),
        is_a("crop top", "yes"),
        title="SASSAFRAS Women Magenta Ruched Crop Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a white shirt with thin black vertical pinstripes, long sleeves, knotted at the waist, black
    # trousers; grey backdrop.
    # no adapter text
    case(
        "X474-033",
        caption("a woman in a white shirt and black pants"),
        wearing(
            "a white shirt with black stripes Question: What is the color of the pants? Answer: black",
            "leak",
            who="she",
        ),
        B.pattern("striped"),
        color_of("shirt", "white"),
        details("shirt", "the shirt is tied at the waist"),
        B.garment_type("shirt"),
        B.material("a white shirt", "restated"),
        title="Tokyo Talkies Women White & Black Pinstriped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue top with small white polka dots, short sleeves, round neck, tucked into a red flared
    # skirt; white backdrop.
    # caption: caption adapter
    case(
        "X474-034",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. The "
            "lady wears a long skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue top with white polka dots and a red skirt", who="she"),
        color_of("top", "red", "other_garment_color"),
        B.pattern("polka dots"),
        color_of("skirt", "red"),
        describe("top", "it is a top", "non_answer"),
        title="Harpa Women Navy Blue Polka Dot Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in an off-white chikankari embroidered cotton shirt, long sleeves, no pockets, blue jeans;
    # white backdrop.
    # wearing: VQA adapter
    case(
        "X474-035",
        caption("a woman in a white embroidered shirt and jeans"),
        color_of("shirt", "cream"),
        wearing(
            "shirt and jeans shirt and jeans shirt and jeans shirt and jeans shirt and jeans shirt and jeans shirt and "
            "jeans shirt and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        describe("shirt", "the shirt is white with embroidery on it"),
        B.material("cotton"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("shirt", "the shirt has embroidery and a pocket on the chest", "unsupported"),
        title="House of Pataudi Women Off-White Chikankari Embroidered Shirt",
        category="Shirts",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a sea green solid cotton tunic with side slits, mandarin collar with a button placket,
    # three-quarter sleeves, white palazzo trousers; white backdrop.
    # caption: caption adapter
    case(
        "X474-036",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a green top and white pants", who="she"),
        color_of("top", "white", "other_garment_color"),
        B.sleeve_length("three-quarter sleeves"),
        details(
            "top",
            "the top has slits on the sides Question: What is the color of the pants? Answer: white",
            "leak",
        ),
        B.material("cotton"),
        title="Libas Women Sea Green Solid Cotton Tunic",
        category="Tunics",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a brown and black leopard print wrap top with a waist tie, long sleeves, black trousers, no
    # jewellery; white backdrop.
    # no adapter text
    case(
        "X474-037",
        caption("a woman in a leopard print shirt and black pants"),
        color_of("top", "brown"),
        B.pattern("floral", "contradiction"),
        wearing("she is wearing a leopard print top", who="she"),
        details("top", "the top has a leopard print and a gold necklace", "unsupported"),
        B.garment_type("blouse"),
        describe("top", "a leopard print top with a", "cut"),
        title="Mast & Harbour Women Brown & Black Animal Print Wrap Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: model in a lemon yellow sleeveless shirt-style top with a collar and button placket, light blue jeans;
    # white backdrop.
    # caption: caption adapter; color_of top (open): VQA adapter
    case(
        "X474-038",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "top",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a yellow shirt and jeans", who="she"),
        B.sleeve_length("sleeveless"),
        color_of("jeans", "yellow", "contradiction"),
        B.material("a yellow shirt", "restated"),
        title="HERE&NOW Women Yellow Solid Sleeveless Shirt Style Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a burgundy velvet top, square neck, long sleeves, black jeans; grey backdrop.
    # no adapter text
    case(
        "X474-039",
        caption("a woman in a red velvet top and black jeans"),
        describe("top", "it is a top", "non_answer"),
        B.material("velvet"),
        color_of("top", "black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        neckline("square"),
        wearing("a red top and", "cut", who="she"),
        title="Berrylush Women Burgundy Velvet Square Neck Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a pale blue and white striped oversized shirt, short sleeves, knee-length denim skirt; photo
    # cropped above the knee, white backdrop.
    # caption: caption adapter; wearing_person: VQA adapter
    case(
        "X474-040",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a blue and white striped shirt, a denim skirt and white sneakers",
            "unsupported",
            who="she",
        ),
        person(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt "
            "blouse/shirt blouse/shirt",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue"),
        color_of("skirt", "blue"),
        B.pattern("striped"),
        details("shirt", "the details of the shirt", "non_answer"),
        title="Roadster Women Blue & White Striped Oversized Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: model in an orange halter-neck crop top (the halter tie shows as a bow over her shoulder), white
    # wide-leg trousers; painted backdrop of a beach and a blue sky.
    # no adapter text
    case(
        "X474-041",
        caption(
            "a woman in an orange top and white pants standing on a beach with a surfboard",
            "unsupported",
        ),
        color_of("top", "blue", "contradiction", kind="open"),
        wearing("an orange crop top and white pants", who="she"),
        B.garment_type("crop top"),
        B.sleeve_length("sleeveless"),
        color_of("pants", "orange", "contradiction"),
        details("top", "it has a halter neck and ties at the back"),
        title="Tokyo Talkies Women Orange Solid Halter Neck Crop Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: short-haired model in a grey and white checked oversized shirt, long sleeves, black trousers; grey
    # backdrop.
    # no adapter text
    case(
        "X474-042",
        caption("a man in a grey checkered shirt and black pants", "pronoun"),
        wearing("she is wearing a grey shirt and black pants", who="she"),
        color_of("shirt", "grey"),
        B.pattern("checked"),
        B.garment_type("shirt"),
        details("shirt", "it is a shirt", "restated"),
        B.material("", "non_answer"),
        title="Roadster Women Grey & White Checked Oversized Casual Shirt",
        category="Shirts",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a black chiffon top with a red rose print, V neck, long sleeves, blue jeans; white backdrop.
    # caption and describe: caption adapter
    case(
        "X474-043",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a black floral top and jeans", who="she"),
        color_of("top", "red", "contradiction"),
        B.pattern("floral"),
        describe(
            "top",
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        B.material("chiffon"),
        title="Vero Moda Women Black & Red Floral Print Chiffon Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: model in a white cotton cropped shirt with short sleeves, tied in a knot at the front, high-waist black
    # skirt; white backdrop. The feed row has no color.
    # no adapter text
    case(
        "X474-044",
        caption("a woman in a white crop top and black skirt"),
        wearing(
            "a white shirt and a black skirt Question: What is she holding? Answer: a bag",
            "leak",
            who="she",
        ),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        color_of("skirt", "black"),
        details("shirt", "it is tied in the front"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="StyleStone Women White Tie-Up Crop Shirt",
        category="Shirts",
        gender="Women",
    ),
    # photo: model in a cobalt blue one-shoulder top with a ruffle along the neckline, white jeans; white backdrop.
    # material: caption adapter
    case(
        "X474-045",
        caption("a woman in a blue one shoulder top and white jeans"),
        wearing("a blue top and blue jeans", "contradiction", who="she"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline",
            "restated",
            hit_limit=True,
        ),
        color_of("top", "blue"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("top", "the top has one shoulder and a ruffle"),
        title="ONLY Women Blue Solid One-Shoulder Ruffled Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a black cold-shoulder top, three-quarter sleeves, round neck, red trousers; white backdrop.
    # caption: caption adapter
    case(
        "X474-046",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and red pants", who="she"),
        color_of("top", "red", "other_garment_color", kind="open"),
        B.material("it is made of fabric", "non_answer"),
        describe("top", "a black cold shoulder top"),
        B.sleeve_length("three-quarter sleeves"),
        title="DressBerry Women Black Solid Cold Shoulder Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
]
