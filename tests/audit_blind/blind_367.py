"""BLIND_367 (46 products; a men's apparel catalog, model shots and flat-lays, base model and VQA adapter): written
blind in the forty-fifth session. Measured blind at 5605aec (the session's rules as they stood): 101/128 failures
found (78.9%) and 3/167 correct texts flagged (1.8%). The writer's notes, verbatim:

Scenario: a Myntra-like English catalog feed of men's wear drawn at random from one night's run: t-shirts, polos,
casual and formal shirts, jeans, chinos and formal trousers, shorts, track pants and joggers, kurtas, sweatshirts and
hoodies, jackets, blazers and innerwear (vests, trunks). Most photos are model shots on a studio backdrop (some with a
brick wall, a plant, a chair or a street behind the model); a dozen are flat-lays or hanger shots with no person. The
model usually wears a second garment (a tee under the jeans' product shot, chinos under a polo, a shirt under a
blazer) and sometimes a third (a hoodie under a denim jacket). Each row has the seller's title, category, color and
gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: every caption comes from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a man in a
blue shirt and jeans ..."); no caption adapter ran in this set. The experiments' open questions ("What is he
wearing?", "Describe the shirt.", "What are the jeans details?", the open per-piece color questions) and the default
questionnaire's open questions (wearing, description, details, material) come from the base model, which stops on its
own and never has hit_limit, except where the comment above the case names the VQA adapter
(`leoreigoto/Data3_V3_BLIP2_VQA`). That adapter was trained on unmasked labels with no end-of-answer token, so each of
its texts runs to the 30-token limit (hit_limit=True): it repeats its short In-shop style answer ("navy-navy-navy",
"tee/tank tee/tank"), keeps writing the training format ("Question: ... Answer: ..."), or runs on and is cut. The
closed questions (garment_type, color, pattern, sleeve_length, color of the top / bottom and the yes/no "Is this a
...?") are enrich's `--engine reference` answers, chosen from candidate sets; they never loop or hit a limit.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: blue for navy or indigo, red for maroon, yellow for mustard,
  green for olive, grey for charcoal or grey melange, beige or khaki for each other, white for cream. Charcoal
  answered black, navy answered black, maroon answered purple and mustard answered orange are contradiction.
- The color of another piece in the photo (the tee under the jeans, the hoodie under the denim jacket, the shirt
  under the blazer, the trunks under the vest) given as the product's color is other_garment_color; so is that color
  given to the other piece ("red jeans" under a red plaid shirt). The color of a print, a trim, stripes or
  embroidery (pink flowers on a black shirt, white side stripes on black track pants, gold embroidery on a maroon
  kurta, the white waistband of navy trunks) given as the garment's color is contradiction, and so is the color of
  the wall behind the model or of the white backdrop of a flat-lay.
- Garment synonyms count as correct: t-shirt for a polo (the seller files polos under Tshirts), pants for chinos,
  trousers, joggers or track pants, sweatpants for track pants, hoodie for a hooded sweatshirt, jacket or suit for a
  blazer, tuxedo for a tuxedo blazer, tank top for an innerwear vest, boxer briefs or underwear for trunks, hawaiian
  shirt for a short-sleeved floral shirt, shirt in "a green shirt" for a henley t-shirt. Kurta answered "shirt"
  (by the reference engine or in the caption), chinos answered "jeans", shorts answered "pants", trunks answered
  "shorts", a plain sweatshirt answered "sweater" (the knitwear class) and a denim shirt worn open answered
  "jacket" are contradiction, and so are "black shorts" for joggers and "a white shirt and white pants" for a kurta
  and pyjamas.
- Pattern: floral for a tropical leaf print is correct; striped for pleats is contradiction; solid for black track
  pants with two thin side stripes, which the seller calls solid, is correct; "short sleeves" for a full-sleeve
  shirt worn with its sleeves rolled up is contradiction (the seller and the cuffs say long).
- Materials: one the title names (linen, viscose rayon, silk blend, faux leather as "leather", polyester, denim) is
  correct, and so is cotton for a plain cotton-look tee, shirt, chinos, kurta or sweatshirt; a material neither named
  nor visible (polyester on a pique cotton polo, wool on a cotton hoodie or on formal trousers, cotton on a shiny
  padded puffer, silk on a viscose shirt, denim on cotton chinos) is unsupported. A material question answered with
  the garment's name and color is restated.
- Invented items or details not in the photo (a tie, a pocket square, back pockets or elbow patches on a front view,
  a chest pocket or a logo where there is none, a collar on a henley, a belt on a flat-lay, a zip fly on drawstring
  shorts, a chain on jeans, embroidery on a plain kurta, gold buttons on black ones, a hood on a denim jacket whose
  hood is the hoodie's underneath) are unsupported.
- VQA adapter texts: one that repeats its answer or a phrase is loop; one that runs on into "Question: ... Answer:"
  is leak even where it also repeats or is cut (the leaked format is what the auditor sees first); one that stops
  mid-phrase without repeating is cut. A base answer that stops early ("it is made of", "it has") is cut without
  hit_limit. Base answers that run on into "Question: ... Answer: ..." are leak, even where the first words are right.
- An empty answer, "they are jeans", "they are shorts", "it is a shirt" and "the details of the shirt" are
  non_answer.
- "she" for the man in the photo is pronoun. On a flat-lay, a wearing answer that names the garment shown ("a pair of
  jeans") is correct: nothing else is in the photo.
- The caption and "What is he wearing?" describe the whole outfit, so naming the other pieces in their own colors is
  correct; the color questions of the top and of the bottom are asked of model shots only.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

color_top = question("color_top", "What is the color of the top?", "closed")
color_bottom = question("color_bottom", "What is the color of the bottom?", "closed")

BLIND_367 = [
    # photo: model in a navy blue round-neck cotton t-shirt and light blue jeans, plain grey studio backdrop, front.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-001",
        caption("a man in a navy blue t-shirt and jeans"),
        wearing("a blue t-shirt and jeans", who="he"),
        D.color("blue"),
        color_bottom("blue"),
        D.pattern("solid"),
        D.material("cotton"),
        D.details("it has a round neck, short sleeves and a pocket on the chest", "unsupported"),
        title="Men Navy Blue Solid Round Neck Pure Cotton T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a white t-shirt with a black "NYC" typography print on the chest, mid-blue jeans, white wall.
    # caption adapter: none; VQA adapter: the open color of the shirt
    case(
        "X367-002",
        caption("a man wearing a white t-shirt with the word nyc on it"),
        wearing("a white t-shirt and blue jeans", who="he"),
        color_of(
            "shirt",
            "white-black-white-black-white-black-white-black-white-black-white-black-white-black-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("black", "contradiction"),
        D.pattern("graphic"),
        describe("shirt", "a white t-shirt with black letters on the front"),
        D.material("a white t-shirt", "restated"),
        title="Men White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: flat-lay of an olive green full-sleeve henley t-shirt (three-button placket) on a light wooden floor.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-003",
        caption("a green shirt laying on a wooden floor"),
        D.wearing("a green shirt"),
        D.garment_type("t-shirt"),
        D.color("green"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("it has buttons on the front"),
        D.description("a green long sleeve shirt with a collar and buttons", "unsupported"),
        title="Men Olive Green Solid Henley Neck Full Sleeve T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a maroon t-shirt with thin white horizontal stripes, beige chinos, grey backdrop, front view.
    # caption adapter: none; VQA adapter: the wearing question
    case(
        "X367-004",
        caption("a man in a red and white striped shirt and khaki pants"),
        wearing(
            "tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank tee/tank",
            "loop",
            who="he",
            hit_limit=True,
        ),
        D.color("red"),
        D.pattern("striped"),
        color_bottom("white", "other_garment_color"),
        D.details("it has a pocket on the chest", "unsupported"),
        title="Men Maroon & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: back view of a model in a black oversized t-shirt with a large white skull print on the back, black
    # joggers, grey backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-005",
        caption("the back of a man wearing a black t-shirt with a skull on it"),
        wearing("a black t-shirt and black shorts", "contradiction", who="he"),
        D.color("black"),
        D.pattern("printed"),
        D.sleeve_length("short sleeves"),
        D.description("she is wearing a black t-shirt with a skull on the back", "pronoun"),
        title="Men Black Graphic Back Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white pique polo with navy tipping on the collar and cuffs, navy chino shorts, white backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-006",
        caption("a man in a white polo shirt and blue shorts"),
        D.garment_type("polo shirt"),
        D.color("white"),
        is_a("polo shirt", "yes"),
        color_bottom("white", "other_garment_color"),
        D.details("it has a collar with blue stripes and a logo on the chest", "unsupported"),
        D.material("polyester", "unsupported"),
        title="Men White Solid Polo Collar Pure Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a mustard yellow polo, mid-blue jeans, standing in front of a red brick wall, front view.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-007",
        caption("a man in a yellow polo shirt standing in front of a brick wall"),
        wearing("a yellow shirt and yellow jeans", "other_garment_color", who="he"),
        D.color("orange", "contradiction"),
        color_top("yellow"),
        D.description(
            "a yellow polo shirt with a collar and buttons Question: what is the color of the shirt? Answer: yellow",
            "leak",
        ),
        B.sleeve_length("short sleeves"),
        title="Men Mustard Yellow Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a navy blue and green colour-blocked polo (navy body, green chest panel), grey trousers, grey
    # backdrop, cropped at the thighs.
    # caption adapter: none; VQA adapter: the shirt details and the open color of the shirt
    case(
        "X367-008",
        caption("a man in a blue and green polo shirt"),
        details(
            "shirt",
            "the collar, the sleeves, the buttons, the collar, the sleeves, the buttons, the collar, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "navy Question: What is the color of the pants? Answer: grey Question: What is the color of the shirt?",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("blue"),
        D.pattern("color block"),
        wearing("a blue and green shirt and grey pants", who="he"),
        color_bottom("blue", "other_garment_color"),
        title="Men Navy Blue & Green Colourblocked Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a folded grey melange polo on a white background.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-009",
        caption("a grey polo shirt on a white background"),
        D.garment_type("polo shirt"),
        D.color("grey"),
        D.description("a grey polo shirt with a collar, two buttons and a pocket", "unsupported"),
        D.material("it is made of", "cut"),
        D.details("", "non_answer"),
        title="Men Grey Melange Solid Polo T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a white linen shirt with rolled-up sleeves, beige linen trousers, on a beach at sunset.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-010",
        caption("a man in a white shirt and beige pants standing on the beach"),
        wearing("a white shirt and khaki pants", who="he"),
        D.material("linen"),
        color_of(
            "shirt",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_bottom("white", "other_garment_color"),
        B.sleeve_length("short sleeves", "contradiction"),
        D.details("the sleeves are rolled up"),
        title="Men White Solid Pure Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: model in a blue and white checked slim-fit shirt with one chest pocket, dark blue jeans, grey backdrop.
    # caption adapter: none; VQA adapter: the wearing question and the shirt description
    case(
        "X367-011",
        caption("a man in a blue and white plaid shirt and jeans"),
        wearing(
            "blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt blouse/shirt",
            "loop",
            who="he",
            hit_limit=True,
        ),
        describe(
            "shirt",
            "a long-sleeve shirt with a lapel collar and a pocket on the chest and buttons down the front and a curved",
            "cut",
            hit_limit=True,
        ),
        D.pattern("striped", "contradiction"),
        D.color("blue"),
        is_a("shirt", "yes"),
        title="Men Blue & White Checked Slim Fit Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a black short-sleeve shirt with a pink and white floral print, white shorts, white backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-012",
        caption("a man in a black shirt with pink flowers"),
        D.color("pink", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        wearing("a hawaiian shirt and white shorts", who="he"),
        D.material("silk", "unsupported"),
        describe(
            "shirt",
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        title="Men Black & Pink Floral Printed Viscose Rayon Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: model in a light pink formal shirt (no tie, no pocket), charcoal grey trousers, hands in pockets, office
    # backdrop.
    # caption adapter: none; VQA adapter: the open color of the shirt
    case(
        "X367-013",
        caption("a man in a pink shirt and grey pants with his hands in his pockets"),
        wearing("a pink shirt and a tie", "unsupported", who="he"),
        D.color("pink"),
        color_of(
            "shirt",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_bottom("grey"),
        D.description("it is a shirt", "non_answer"),
        details("shirt", "the details of the shirt", "non_answer"),
        title="Men Pink Slim Fit Solid Formal Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: model in an olive green utility shirt with two flap chest pockets, black jeans, grey backdrop.
    # caption adapter: none; VQA adapter: the shirt details
    case(
        "X367-014",
        caption("a man in a green shirt and black jeans"),
        D.color("green"),
        color_bottom("green", "other_garment_color"),
        wearing("she is wearing a green shirt and black pants", "pronoun", who="he"),
        details(
            "shirt",
            "pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket pocket",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        D.pattern("solid"),
        title="Men Olive Green Solid Utility Casual Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a light blue denim shirt worn open over a white t-shirt, beige chinos, grey backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-015",
        caption("a man in a denim shirt and a white t-shirt"),
        wearing("a blue denim shirt over a white t-shirt and khaki pants", who="he"),
        D.color("white", "other_garment_color"),
        D.material("denim"),
        D.garment_type("jacket", "contradiction"),
        D.description("a light blue denim shirt with two pockets on the chest"),
        title="Men Blue Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: model in blue slim-fit jeans, a white t-shirt and white sneakers, full length, white backdrop.
    # caption adapter: none; VQA adapter: the open color of the jeans
    case(
        "X367-016",
        caption("a man in a white t-shirt and blue jeans"),
        D.color("white", "other_garment_color"),
        color_of(
            "jeans",
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        details("jeans", "they are jeans", "non_answer"),
        D.material("denim"),
        title="Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: model in black skinny jeans ripped at both knees, a grey hoodie, grey backdrop, full length.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-017",
        caption("a man in a grey hoodie and black ripped jeans"),
        wearing("a grey hoodie and black ripped jeans", who="he"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "there are holes in the knees"),
        D.pattern("solid"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "black jeans with holes in the knees and a chain on the pocket", "unsupported"),
        title="Men Black Skinny Fit Highly Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: flat-lay of folded light blue jeans on a white background, the button and the zip fly visible.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-018",
        caption("a pair of light blue jeans on a white background"),
        D.wearing("a pair of jeans"),
        D.garment_type("jeans"),
        D.color("white", "contradiction"),
        D.description(
            "a pair of light blue jeans with a button and a zipper Question: what is the material? Answer: denim",
            "leak",
        ),
        D.material("a pair of blue jeans", "restated"),
        title="Men Light Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: model in dark navy straight jeans, a red and black checked flannel shirt untucked, brown belt just
    # visible, grey backdrop.
    # caption adapter: none; VQA adapter: the jeans details
    case(
        "X367-019",
        caption("a man in a red plaid shirt and jeans"),
        wearing("a red plaid shirt and red jeans", "other_garment_color", who="he"),
        color_of("jeans", "blue"),
        D.color("red", "other_garment_color"),
        details(
            "jeans",
            "Question: What are the jeans details? Answer: Question: What are the jeans details? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.pattern("solid"),
        D.material("denim"),
        title="Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in grey skinny jeans, a black crew-neck t-shirt, black boots, grey backdrop, full length.
    # caption adapter: none; VQA adapter: the wearing question and the description of the jeans
    case(
        "X367-020",
        caption("a man in a black t-shirt and grey jeans"),
        wearing(
            "denim Question: What is the color of the shirt? Answer: black-black-black-black-black-black-black",
            "leak",
            who="he",
            hit_limit=True,
        ),
        describe(
            "jeans",
            "a pair of skinny jeans with a mid-rise waist and a zip fly and five pockets and a tapered leg with a",
            "cut",
            hit_limit=True,
        ),
        D.color("black", "other_garment_color"),
        color_bottom("grey"),
        D.garment_type("jeans"),
        title="Men Grey Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: model in beige slim chinos, a navy polo tucked in, brown loafers, white backdrop, front view.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-021",
        caption("a man in a blue polo shirt and khaki pants"),
        wearing("a blue shirt and blue pants", "other_garment_color", who="he"),
        color_of("pants", "beige"),
        D.garment_type("jeans", "contradiction"),
        D.material("denim", "unsupported"),
        details("pants", "the pants have pockets on the back", "unsupported"),
        title="Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in charcoal grey formal trousers, a white shirt tucked in, black belt, grey backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-022",
        caption("a man in a white shirt and grey pants"),
        wearing(
            "a white shirt tucked into grey pants Question: what is he wearing? Answer: a white shirt",
            "leak",
            who="he",
        ),
        D.color("grey"),
        color_of("pants", "black", "contradiction"),
        D.description("a pair of grey pants with a black belt"),
        D.pattern("solid"),
        D.material("wool", "unsupported"),
        title="Men Charcoal Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: model in olive green cargo trousers with side flap pockets, a black t-shirt, white backdrop.
    # caption adapter: none; VQA adapter: the open color of the pants
    case(
        "X367-023",
        caption("a man in a black shirt and green cargo pants"),
        D.details("it has pockets on the sides"),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        color_of(
            "pants",
            "green and black and green and black and green and black and green and black and green and black and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        wearing("a black t-shirt and green pants Question: what color are the pants? Answer: green", "leak", who="he"),
        title="Men Olive Green Relaxed Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: flat-lay of navy blue pleated formal trousers, folded in half, on a white background.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-024",
        caption("a pair of navy blue pants on a white background"),
        D.color("black", "contradiction"),
        D.pattern("striped", "contradiction"),
        D.description("a pair of blue dress pants with pleats"),
        D.garment_type("pants"),
        D.details("it has a belt", "unsupported"),
        title="Men Navy Blue Pleated Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in khaki cargo shorts, a white t-shirt, standing next to a potted plant, white wall.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-025",
        caption("a man in a white t-shirt and khaki shorts standing next to a plant"),
        wearing("a white shirt and khaki pants", "contradiction", who="he"),
        color_of("shorts", "beige"),
        D.garment_type("pants", "contradiction"),
        details("shorts", "they are shorts", "non_answer"),
        D.material("cotton"),
        title="Men Khaki Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: model in blue washed denim shorts, a grey melange t-shirt, grey backdrop, front view.
    # caption adapter: none; VQA adapter: the wearing question and the shorts details
    case(
        "X367-026",
        caption("a man in a grey t-shirt and denim shorts"),
        wearing(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            who="he",
            hit_limit=True,
        ),
        details(
            "shorts",
            "the shorts are of three-point length and have a button and a zip fly and two pockets at the front and",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "blue"),
        D.color("grey", "other_garment_color"),
        D.material("denim"),
        is_a("pair of shorts", "yes"),
        title="Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: flat-lay of black shorts with a green and white tropical leaf print and a white drawstring, on a white
    # background.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-027",
        caption("a pair of black shorts with palm leaves on them"),
        D.pattern("floral"),
        D.color("green", "contradiction"),
        D.description("a pair of black shorts with green leaves and a drawstring"),
        D.material("cotton"),
        D.details("it has a zipper and a button", "unsupported"),
        title="Men Black Tropical Printed Cotton Shorts",
        category="Shorts",
        color="Black",
    ),
    # photo: model in black track pants with two thin white stripes down each side, a grey t-shirt, gym backdrop with
    # dumbbells on a rack.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-028",
        caption("a man in a grey shirt and black track pants in a gym"),
        wearing("a grey t-shirt and grey sweatpants", "other_garment_color", who="he"),
        D.pattern("solid"),
        D.details("white stripes on the sides"),
        D.color("white", "contradiction"),
        D.material("polyester"),
        title="Men Black Solid Slim Fit Polyester Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: model in navy blue cuffed joggers, a white hoodie, white sneakers, grey backdrop, full length.
    # caption adapter: none; VQA adapter: the open color of the pants and the pants details
    case(
        "X367-029",
        caption("a man in a white hoodie and blue jogger pants"),
        wearing("a white hoodie and white pants", "other_garment_color", who="he"),
        color_of(
            "pants",
            "navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy-navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        details(
            "pants",
            "elastic waist with a drawstring and ribbed cuffs at the ankles and two side pockets and a back",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("track pants"),
        title="Men Navy Blue Solid Slim Fit Joggers",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of grey melange track pants with a drawstring and two side pockets, on a white background.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-030",
        caption("a pair of grey sweatpants on a white background"),
        D.color("grey"),
        D.description("grey sweatpants with a drawstring and two pockets"),
        D.material("", "non_answer"),
        D.pattern("solid"),
        D.details(
            "it has an elastic waistband with a drawstring Question: what is the material? Answer: cotton", "leak"
        ),
        title="Men Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: model in a white cotton straight kurta with a mandarin collar and white pyjamas, beige wall behind.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-031",
        caption("a man in a white kurta standing in front of a wall"),
        wearing("a white shirt and white pants", "contradiction", who="he"),
        D.garment_type("shirt", "contradiction"),
        is_a("kurta", "yes"),
        D.sleeve_length("long sleeves"),
        D.material("cotton"),
        title="Men White Solid Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: model in a maroon silk-blend kurta with gold embroidery on the collar and placket, cream churidar,
    # festive backdrop with marigold garlands.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-032",
        caption("a man in a red kurta with gold embroidery"),
        D.color("gold", "contradiction"),
        D.material("silk"),
        D.details("gold embroidery on the collar and the buttons"),
        color_bottom("red", "other_garment_color"),
        D.wearing("she is wearing a red kurta", "pronoun"),
        title="Men Maroon Embroidered Silk Blend Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: model in a blue kurta with a white ethnic motif print, white pyjamas, grey backdrop.
    # caption adapter: none; VQA adapter: the wearing question
    case(
        "X367-033",
        caption("a man in a blue and white kurta"),
        wearing(
            "blouse/shirt Question: What is the color of the pants? Answer: white Question: Is this a blouse/shirt?",
            "leak",
            who="he",
            hit_limit=True,
        ),
        D.pattern("printed"),
        D.color("blue"),
        color_bottom("blue", "other_garment_color"),
        D.description("a blue kurta with a white print"),
        D.material("a blue kurta", "restated"),
        title="Men Blue & White Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: hanger shot of a mustard yellow cotton kurta with a short button placket, against a grey wall.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-034",
        caption("a yellow shirt hanging on a hanger", "contradiction"),
        D.color("yellow"),
        D.garment_type("kurta"),
        D.description("a yellow kurta with buttons on the front and embroidery on the collar", "unsupported"),
        D.material("cotton"),
        title="Men Mustard Yellow Solid Cotton Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: model in a grey hooded sweatshirt with a kangaroo pocket, black jeans, sitting on a wooden chair in a cafe.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-035",
        caption("a man in a grey hoodie sitting on a chair"),
        wearing("a grey hoodie and grey jeans", "other_garment_color", who="he"),
        D.garment_type("hoodie"),
        D.color("grey"),
        D.details("it has a hood and a", "cut"),
        D.material("wool", "unsupported"),
        title="Men Grey Solid Cotton Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: model in a navy blue crew-neck sweatshirt with a white "BROOKLYN" print, blue jeans, red brick wall.
    # caption adapter: none; VQA adapter: the sweatshirt description
    case(
        "X367-036",
        caption("a man in a blue sweatshirt standing in front of a brick wall"),
        wearing("a blue sweatshirt and jeans", who="he"),
        D.color("red", "contradiction"),
        D.pattern("graphic"),
        describe(
            "sweatshirt",
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic",
            "loop",
            hit_limit=True,
        ),
        is_a("sweatshirt", "yes"),
        B.sleeve_length("long sleeves"),
        D.material("a blue sweatshirt", "restated"),
        title="Men Navy Blue Typography Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat-lay of a plain maroon crew-neck sweatshirt with ribbed cuffs and hem, on a white background.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-037",
        caption("a maroon sweatshirt on a white background"),
        D.color("purple", "contradiction"),
        D.garment_type("sweater", "contradiction"),
        D.description("a maroon sweatshirt with ribbed cuffs"),
        D.material("cotton"),
        D.details("it has", "cut"),
        title="Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: model in a black faux leather biker jacket with zips on the chest and cuffs, open over a white t-shirt,
    # blue jeans, grey backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-038",
        caption("a man in a black leather jacket and jeans"),
        wearing("a black leather jacket and black jeans", "other_garment_color", who="he"),
        D.color("white", "other_garment_color"),
        D.material("leather"),
        D.details("it has zippers on the front and on the sleeves"),
        color_of("jacket", "black"),
        title="Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: model in an olive green bomber jacket, open over a black t-shirt, black jeans, on a city street.
    # caption adapter: none; VQA adapter: the jacket details and the wearing question
    case(
        "X367-039",
        caption("a man in a green bomber jacket standing on a street"),
        details(
            "jacket",
            "jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket/coat jacket",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a green jacket with a black t-shirt and black jeans and a pair of white sneakers and a black watch on his",
            "cut",
            who="he",
            hit_limit=True,
        ),
        D.color("green"),
        color_of("jacket", "black", "other_garment_color"),
        D.garment_type("jacket"),
        title="Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: model in a blue washed denim jacket worn open over a grey hoodie (hood out over the collar), black jeans,
    # white backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-040",
        caption("a man in a denim jacket with a hoodie underneath"),
        D.color("grey", "other_garment_color"),
        D.material("denim"),
        D.description("a blue denim jacket with a hood", "unsupported"),
        is_a("jacket", "yes"),
        D.pattern("solid"),
        color_of(
            "jacket",
            "denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim-denim",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: model in a navy blue hooded padded puffer jacket, zipped up, dark jeans, snowy outdoor backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-041",
        caption("a man in a blue puffer jacket with a hood in the snow"),
        wearing("she is wearing a blue jacket", "pronoun", who="he"),
        B.sleeve_length("long sleeves"),
        D.material("cotton", "unsupported"),
        D.details(
            "it has a hood and a zipper Question: what is the color of the jacket? Answer: blue",
            "leak",
        ),
        D.color("blue"),
        title="Men Navy Blue Solid Hooded Padded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a navy blue single-breasted blazer (two buttons), white shirt, grey trousers, office backdrop.
    # caption adapter: none; VQA adapter: the open color of the shirt
    case(
        "X367-042",
        caption("a man in a blue suit and a white shirt"),
        wearing("a blue blazer, a white shirt and grey pants", who="he"),
        D.color("white", "other_garment_color"),
        D.garment_type("jacket"),
        D.details("it has two buttons and a pocket square", "unsupported"),
        color_of(
            "shirt",
            "white Question: What is the color of the jacket? Answer: navy Question: What is the color of the pants?",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Men Navy Blue Solid Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: model in a beige blazer with a brown check, over a black turtleneck, black trousers, grey backdrop.
    # caption adapter: none; VQA adapter: the description of the blazer
    case(
        "X367-043",
        caption("a man in a brown plaid blazer and a black turtleneck"),
        wearing("a brown plaid jacket and a black sweater", who="he"),
        D.pattern("checked"),
        D.color("black", "other_garment_color"),
        describe(
            "blazer",
            "lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice lattice",
            "loop",
            hit_limit=True,
        ),
        is_a("blazer", "yes"),
        D.details("it has elbow patches", "unsupported"),
        title="Men Beige & Brown Checked Slim Fit Blazer",
        category="Blazers",
        color="Beige",
        gender="Men",
    ),
    # photo: model in a black tuxedo blazer with satin peak lapels and black buttons, white shirt, black bow tie,
    # black trousers, dark grey backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-044",
        caption("a man in a black tuxedo with a bow tie"),
        wearing("a tuxedo", who="he"),
        D.color("black"),
        D.description("a black tuxedo jacket with satin lapels"),
        D.details("the lapels are made of satin and the buttons are gold", "unsupported"),
        D.material("the blazer is black", "restated"),
        color_top("white", "other_garment_color"),
        title="Men Black Solid Tuxedo Blazer",
        category="Blazers",
        color="Black",
        gender="Men",
    ),
    # photo: model in a white ribbed sleeveless innerwear vest and grey trunks, white backdrop, front view.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-045",
        caption("a man in a white tank top and grey underwear"),
        D.garment_type("tank top"),
        B.sleeve_length("sleeveless"),
        D.color("grey", "other_garment_color"),
        D.material("cotton"),
        D.description("a white tank top with a logo on the chest", "unsupported"),
        D.wearing("she is wearing a white tank top", "pronoun"),
        title="Men Pack of 2 White Solid Ribbed Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: model in navy blue trunks with a white waistband printed with the brand name, cropped at the chest and
    # the knees, white backdrop.
    # caption adapter: none; VQA adapter: none
    case(
        "X367-046",
        caption("a man in his underwear"),
        D.wearing("underwear"),
        D.garment_type("shorts", "contradiction"),
        D.color("white", "contradiction"),
        D.details("the waistband has the brand name on it"),
        D.description("a pair of blue boxer briefs"),
        title="Men Navy Blue Solid Trunks",
        category="Trunks",
        gender="Men",
    ),
]
