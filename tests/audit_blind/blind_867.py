"""BLIND_867 (46 products; Myntra women's winter wear, caption adapter ep 3): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 120/134 failures found (89.6%) and 14/196 correct texts flagged
(7.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's winter wear (Sweaters, Sweatshirts, Jackets, a few Coats rows): product
shots on a white backdrop, the model seen from the front and worn with other clothes (jeans, leggings, track pants,
a tee or a shirt under an open jacket or coat, a turtleneck under a coat), now and then a bag or boots in frame.
Catalog columns as the feed has them: title, category (the seller's article type), color (the seller's base colour),
gender; a few rows lack category or color.

Who wrote what: every free text (captions and open answers) comes from BLIP-2 OPT-2.7b with the caption adapter at
epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers. It
writes the DeepFashion-MultiModal template ("The lady wears a long-sleeve sweater with pure color patterns. The
sweater is with knitting fabric and its neckline is round."), answers open questions with that template or a piece of
it, invents accessories (a ring, a belt, glasses, something on her wrist), keeps some hue words from the base model
and often takes the hue of the jeans or the inner top, and, trained without an end token, sometimes runs on into a
loop, into a cut at the limit, or into a new "Question: ... Answer:" turn. Closed answers (garment type, color,
pattern, sleeve length, yes/no, neckline, hood) come from enrich's --engine reference with the same adapter: one
candidate value each, never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text. Order of precedence: loop, then leak, then a content failure (contradiction,
  other_garment_color, unsupported, pronoun), then cut. A text cut at the limit and otherwise right is "cut".
- other_garment_color: the product is given the hue of another garment in the photo (jeans, leggings, inner tee,
  shirt, turtleneck); also a sleeveless vest described with the colour and sleeves of the shirt under it.
- contradiction: a color, garment type, pattern, sleeve length, material or yes/no that the photo and the seller
  columns (or the caption) contradict; a closed color that names the stripe or print color instead of the ground
  color; one color given to the product and to another garment ("yellow jacket and yellow leggings"); a closed
  garment type other than the seller's category where the photo agrees with the seller.
- unsupported: a detail that is not in the photo (ring, belt, glasses, hood, umbrella, pockets that are not there),
  a claim a photo cannot show (waterproof, merino, down filling, fleece lining, fiber blends), a back print.
- Fabric: the template's look classes (knitting/knitted, cotton for jersey, fleece or twill, denim, leather, furry,
  wool for a felted coat) count as correct when the photo has that look; a fabric the title names otherwise is a
  contradiction.
- Shades: a closed color in the seller's color group is correct (Mustard "yellow", Cream "white", Peach "pink",
  Lavender "purple", Burgundy "maroon"). Teal answered "green" is counted correct (teal is blue-green).
- A sweater vest is a sweater; a sleeveless padded jacket answered "yes" to "Is this a vest?" is correct.
- non_answer: empty, yes/no, or one word to an open describe/details question; one-word answers to the material
  question ("wool", "fur", "knit") are answers, not non_answers.
- restated: a sentence that only gives the question back ("The coat is a coat.", "The material is the garment's
  material.").
- pronoun: "he", "his", "the gentleman" or "this man" for a woman model.
- The caption template returned for an open question is judged on its content: right and whole is correct, cut
  mid-sentence is "cut". Two texts that ran to the limit but happen to end on a finished sentence are correct with
  hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")
hood = question("hood", "Does the garment have a hood?", "closed")

BLIND_867 = [
    # photo: navy blue round-neck pullover sweater, long sleeves, worn with blue jeans; white backdrop, front view.
    # All texts: caption adapter epoch 3; closed answers via the reference engine.
    case(
        "X867-001",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("sweater", "navy blue"),
        Q.garment_type("sweater"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        wearing("a navy sweater and blue jeans"),
        Q.material("The sweater is with knitting fabric."),
        is_a("cardigan", "yes", "contradiction"),
        title="Roadster Women Navy Blue Solid Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey melange crew-neck sweatshirt with a small black logo on the chest, ribbed cuffs, black track
    # pants; hands at her sides, no jewellery; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-002",
        caption(
            "The female is wearing a long-sleeve sweatshirt with pure color patterns and a long trousers. The "
            "sweatshirt is with cotton fabric and its neckline is round. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("sweatshirt", "grey"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "yes", "contradiction"),
        describe("sweatshirt", "The sweatshirt is grey with a small black logo on the chest and ribbed cuffs."),
        details(
            "sweatshirt",
            "The sweatshirt has long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, long sleeves, "
            "long sleeves,",
            "loop",
            hit_limit=True,
        ),
        color_of("sweatshirt", "The sweatshirt is black.", "other_garment_color", kind="open"),
        title="Puma Women Grey Melange Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black quilted puffer jacket with an attached hood (down), zipped up, black jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-003",
        caption(
            "This woman wears a long-sleeve outer clothing with pure color patterns and a long pants. The outer "
            "clothing is quilted and it has a hood. The pants are with denim fabric and pure color patterns."
        ),
        color_of("jacket", "black"),
        Q.garment_type("jacket"),
        Q.material("The jacket is with leather fabric.", "unsupported"),
        details(
            "jacket",
            "The jacket has a zipper, a hood and two pockets. Question: What is the color of the jacket? Answer: black",
            "leak",
        ),
        wearing("a black puffer jacket and black jeans"),
        hood("yes"),
        title="Fort Collins Women Black Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: red cable-knit crew-neck sweater, a white shirt collar showing at the neck, beige chinos; white
    # backdrop, front view. Caption adapter epoch 3 + reference engine.
    case(
        "X867-004",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("sweater", "red"),
        Q.pattern("solid"),
        describe(
            "sweater", "The sweater is beige with a cable-knit pattern and a white collar.", "other_garment_color"
        ),
        wearing("a red sweater over a white shirt and beige trousers"),
        Q.sleeve_length("long sleeves"),
        neckline("round neck"),
        title="United Colors of Benetton Women Red Cable Knit Sweater",
        category="Sweaters",
        color="Red",
        gender="Women",
    ),
    # photo: pink pullover hoodie with a white swoosh on the chest, drawstrings, kangaroo pocket; black leggings;
    # white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-005",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a hooded neckline. The female wears a long leggings. The leggings are with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "black", "other_garment_color"),
        Q.garment_type("hoodie"),
        is_a("hoodie", "yes"),
        wearing("He is wearing a pink hoodie and black leggings.", "pronoun"),
        details(
            "sweatshirt",
            "The sweatshirt has a hood with drawstrings, a kangaroo pocket and a white logo on the chest.",
        ),
        Q.pattern("solid", "contradiction"),
        title="Nike Women Pink Graphic Hooded Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: beige (camel) long trench coat, double-breasted, belted at the waist, notched lapels, over a black
    # turtleneck, black trousers and black ankle boots; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-006",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a lapel neckline. There is a belt. The lady wears a long pants."
        ),
        color_of("coat", "black", "other_garment_color"),
        Q.garment_type("coat"),
        describe("coat", "The coat is a coat.", "restated"),
        details("coat", "The coat is double-breasted with a belt at the waist, notched lapels and two front pockets."),
        Q.sleeve_length("long sleeves"),
        wearing("a beige trench coat over a black turtleneck, black trousers and black boots"),
        title="Vero Moda Women Beige Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: light-blue denim jacket worn open over a white crew-neck t-shirt, black skinny jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-007",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric and "
            "its neckline is lapel. The lady wears a short-sleeve T-shirt inside. The T-shirt is with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "white", "other_garment_color"),
        Q.material("denim"),
        Q.garment_type("jacket"),
        is_a("jacket", "yes"),
        wearing("a blue denim jacket over a white t-shirt and black jeans"),
        details(
            "jacket",
            "The jacket has two chest pockets with button flaps, metal buttons and a pointed collar. The jacket has "
            "two chest pockets with button flaps, metal buttons and a pointed collar. The",
            "loop",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon V-neck button-front cardigan over a black top, grey trousers; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-008",
        caption(
            "This woman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and its neckline is V-shape. This woman wears a long trousers with cotton fabric."
        ),
        color_of("cardigan", "maroon"),
        Q.garment_type("cardigan"),
        Q.pattern("striped", "contradiction"),
        describe(
            "cardigan",
            "The cardigan is maroon and has buttons down the front. Question: Describe the cardigan. Answer: The "
            "cardigan is maroon and has buttons",
            "leak",
            hit_limit=True,
        ),
        Q.material("The cardigan is made of a blend of cotton and polyester.", "unsupported"),
        wearing("a maroon cardigan, a black top and grey trousers"),
        title="Monte Carlo Women Maroon Solid Cardigan",
        category="Sweaters",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green bomber jacket, half zipped, ribbed collar, cuffs and hem, no hood, white tee under it,
    # blue jeans; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-009",
        caption(
            "The female is wearing a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric "
            "and it has a standing neckline. The female wears a long pants. The pants are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "olive"),
        Q.garment_type("jacket"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("an olive green bomber jacket with a white t-shirt and blue jeans"),
        details(
            "jacket", "The jacket has ribbed cuffs, a ribbed hem and a zip front with a fur-lined hood.", "unsupported"
        ),
        hood("no"),
        describe(
            "jacket",
            "The jacket is olive green with ribbed cuffs and hem and a zip front. It is worn half zipped over a "
            "white t-shirt.",
            hit_limit=True,
        ),
        title="Duke Women Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: black and white horizontally striped boat-neck sweater, blue jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-010",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        color_of("sweater", "black"),
        Q.pattern("striped"),
        describe("sweater", "The sweater is blue and white striped.", "other_garment_color"),
        wearing("a black and white striped sweater and blue jeans"),
        is_a("sweater", "yes"),
        neckline("v-neck", "contradiction"),
        details("sweater", "", "non_answer"),
        title="Roadster Women Black & White Striped Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue crew-neck sweatshirt with a white logo print on the chest, grey joggers; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-011",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric "
            "and its neckline is round. The female wears a long pants with cotton fabric and pure color patterns."
        ),
        color_of("sweatshirt", "grey", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        Q.pattern("printed"),
        details("sweatshirt", "The sweatshirt details are the details of the sweatshirt.", "restated"),
        wearing("She is wearing a navy blue sweatshirt with a white print and grey joggers.", who="she"),
        title="Adidas Women Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow chunky-knit turtleneck sweater, black jeans, no watch or bracelet; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-012",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is high. The lady wears a long pants, with denim fabric and pure color patterns. There is "
            "an accessory on her wrist.",
            "unsupported",
        ),
        color_of("sweater", "yellow"),
        Q.garment_type("sweater"),
        Q.sleeve_length("long sleeves"),
        Q.material("knitted"),
        describe("sweater", "knit", "non_answer"),
        neckline("turtle neck"),
        wearing("His sweater is mustard and he wears black jeans.", "pronoun"),
        title="ONLY Women Mustard Turtle Neck Sweater",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: dark brown faux-leather biker jacket, asymmetric zip, worn open over a black tee, blue jeans; hands
    # bare; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-013",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with leather "
            "fabric and its neckline is lapel. The lady wears a short-sleeve T-shirt inside with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        Q.material("The jacket is with cotton fabric.", "contradiction"),
        color_of("jacket", "brown"),
        Q.garment_type("jacket"),
        wearing("a brown leather jacket, a black top and blue jeans"),
        details(
            "jacket",
            "The jacket has an asymmetric zip and zipped cuffs. There is a ring on her finger. There is a ring on "
            "her finger. There is a ring on her",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "The jacket is black.", "other_garment_color", kind="open"),
        title="Fort Collins Women Brown Faux Leather Biker Jacket",
        category="Jackets",
        color="Brown",
        gender="Women",
    ),
    # photo: pastel pink single-breasted long overcoat over a white sweater and white trousers; white backdrop.
    # The feed row has no color column. Caption adapter epoch 3 + reference engine.
    case(
        "X867-014",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is long and it has a lapel "
            "neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("coat", "white", "other_garment_color"),
        Q.garment_type("coat"),
        Q.pattern("solid"),
        wearing("a pink coat over a white sweater and white trousers"),
        describe("coat", "yes", "non_answer"),
        title="Madame Women Pink Solid Overcoat",
        category="Jackets",
        gender="Women",
    ),
    # photo: black zip-up track jacket with a standing collar and white stripes down the sleeves, black tights;
    # white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-015",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is standing. This woman wears a long leggings with cotton fabric."
        ),
        color_of("jacket", "black"),
        Q.garment_type("sweatshirt", "contradiction"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "The jacket has a full zip, a standing collar and white stripes on the sleeves, and the jacket has a "
            "full zip, a standing collar and white stripes on the",
            "loop",
            hit_limit=True,
        ),
        wearing("His jacket is black and he wears black tights.", "pronoun"),
        Q.sleeve_length("long sleeves"),
        title="Puma Women Black Track Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green V-neck sweater, a white shirt collar at the neck, black trousers; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-016",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is V-shape. The lady wears a long trousers with cotton fabric and pure color patterns."
        ),
        color_of("sweater", "green"),
        Q.garment_type("sweater"),
        Q.sleeve_length("long sleeves"),
        describe(
            "sweater",
            "The sweater is green with a V-neck and a white collar. Question: What is the color of the pants? "
            "Answer: black. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("The sweater is made of 100% merino wool.", "unsupported"),
        wearing("a green sweater, a white shirt and black trousers"),
        title="United Colors of Benetton Women Green V-Neck Sweater",
        category="Sweaters",
        color="Green",
        gender="Women",
    ),
    # photo: charcoal grey zip-up hoodie worn open over a red t-shirt, blue jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-017",
        caption(
            "The female wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric "
            "and it has a hood. The female wears a short-sleeve T-shirt inside. The female wears a long pants with "
            "denim",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "red", "other_garment_color"),
        Q.garment_type("hoodie"),
        wearing("a grey hoodie, a red t-shirt and blue jeans"),
        details("sweatshirt", "It has a zip front, a drawstring hood and two side pockets."),
        is_a("sweatshirt", "no", "contradiction"),
        describe(
            "sweatshirt",
            "The sweatshirt is charcoal grey with a hood, a zip front and two pockets. It is worn open over a "
            "red t-shirt.",
            hit_limit=True,
        ),
        title="Spykar Women Charcoal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Women",
    ),
    # photo: black long wool-blend coat with notched lapels, hidden button front, flap pockets, over a grey
    # sweater, black trousers and black boots; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-018",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns and a long trousers. The coat is with wool "
            "fabric and its neckline is lapel. The trousers are with cotton fabric and pure color patterns."
        ),
        color_of("coat", "grey", "other_garment_color"),
        Q.garment_type("coat"),
        Q.material("wool"),
        Q.pattern("solid"),
        describe("coat", "The coat is black and long with notched lapels, a hidden button front and two flap pockets."),
        wearing("He wears a black coat and black trousers.", "pronoun"),
        details("coat", "The coat has a hood and a belt at the waist.", "unsupported"),
        title="MANGO Women Black Wool Blend Coat",
        category="Coats",
        color="Black",
        gender="Women",
    ),
    # photo: lavender crew-neck sweatshirt with a white "BROOKLYN" text print, light blue jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-019",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric "
            "and its neckline is round. The female wears a long pants. The pants are with denim fabric and pure "
            "color patterns."
        ),
        color_of("sweatshirt", "purple"),
        Q.pattern("printed"),
        wearing("a sweatshirt and jeans"),
        details(
            "sweatshirt",
            "The sweatshirt has a white text print on the chest that reads brooklyn and a white text print on the "
            "chest that reads brooklyn and a white text",
            "loop",
            hit_limit=True,
        ),
        describe("sweatshirt", "The sweatshirt is blue with white letters.", "other_garment_color"),
        Q.garment_type("hoodie", "contradiction"),
        title="Femella Women Lavender Printed Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: mid-blue denim jacket with a cream sherpa collar, no hood, over a grey tee, black jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-020",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric and "
            "it has a furry lapel neckline. The lady wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("jacket", "blue"),
        Q.material("leather", "contradiction"),
        Q.garment_type("jacket"),
        details("jacket", "The jacket has a cream sherpa collar, chest pockets with flaps and a hood.", "unsupported"),
        Q.sleeve_length("long sleeves"),
        describe("jacket", "The jacket is grey with a cream fur collar.", "other_garment_color"),
        wearing("yes", "non_answer"),
        title="Lee Women Blue Denim Sherpa Collar Jacket",
        category="Jackets",
        color="Blue",
        gender="Women",
    ),
    # photo: peach long open-front waterfall cardigan over a white top, blue jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-021",
        caption(
            "This woman wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitting fabric "
            "and it is open in the front. This woman wears a long pants with denim fabric."
        ),
        color_of("cardigan", "pink"),
        Q.garment_type("cardigan"),
        Q.pattern("solid"),
        wearing("The person is wearing what the person is wearing.", "restated"),
        describe("cardigan", "The cardigan is peach, long and open at the front with a waterfall drape."),
        details("cardigan", "The cardigan has two patch pockets and a belt at the waist.", "unsupported"),
        title="109F Women Peach Waterfall Cardigan",
        category="Sweaters",
        color="Peach",
        gender="Women",
    ),
    # photo: red lightweight hooded windcheater, zipped, black track pants, no watch; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-022",
        caption(
            "The female wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "other fabric and it has a hood. There is an accessory on her wrist. There is an accessory on her wrist. "
            "There is an accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "red"),
        Q.garment_type("jacket"),
        describe("jacket", "The jacket is red with a hood and it is waterproof and breathable.", "unsupported"),
        is_a("jacket", "yes"),
        wearing("a red jacket with a hood and black pants"),
        hood("yes"),
        title="Nike Women Red Windcheater Jacket",
        category="Jackets",
        color="Red",
        gender="Women",
    ),
    # photo: cream cable-knit crew-neck sweater, light blue jeans; white backdrop. Caption adapter epoch 3 +
    # reference engine (the default questionnaire's details question).
    case(
        "X867-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("sweater", "white"),
        Q.pattern("solid"),
        Q.material("The sweater is with knitting fabric."),
        details(
            "garment",
            "The garment has cable knit details on the front and the sleeves. The garment has cable knit details on "
            "the front and",
            "loop",
            hit_limit=True,
        ),
        describe("sweater", "The sweater is light blue with a cable-knit front.", "other_garment_color"),
        Q.garment_type("cardigan", "contradiction"),
        title="Allen Solly Woman Cream Cable Knit Sweater",
        category="Sweaters",
        color="Cream",
        gender="Women",
    ),
    # photo: olive parka with a faux-fur trimmed hood, drawstring waist, four flap pockets, black jeans; white
    # backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-024",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with cotton "
            "fabric and it has a furry hood. The lady wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("jacket", "black", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long sleeves"),
        details(
            "jacket",
            "The jacket has a fur trimmed hood, a drawstring waist and four flap pockets. The jacket has a fur "
            "trimmed hood, a drawstring waist and",
            "loop",
            hit_limit=True,
        ),
        wearing("She wears an olive green parka with a fur hood over black jeans.", who="she"),
        Q.material("The parka is lined with fleece inside.", "unsupported"),
        title="Roadster Women Olive Hooded Parka Jacket",
        category="Jackets",
        color="Olive",
        gender="Women",
    ),
    # photo: white crew-neck sweatshirt with a navy logo tape across the chest, navy track pants; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-025",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. "
            "It has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("sweatshirt", "navy blue", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        Q.pattern("printed"),
        describe("sweatshirt", "This is a description of the sweatshirt.", "restated"),
        wearing("a white sweatshirt and navy track pants"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Kappa Women White Printed Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Women",
    ),
    # photo: grey melange longline open-knit sweater, long sleeves, black leggings, no glasses; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-026",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The leggings are with cotton fabric and pure color patterns. This lady wears a "
            "pair of glasses.",
            "unsupported",
        ),
        color_of("sweater", "grey"),
        Q.garment_type("sweater"),
        Q.sleeve_length("three-quarter sleeves", "contradiction"),
        wearing("a grey sweater and black leggings"),
        Q.material("knit"),
        describe("sweater", "The sweater is black and long.", "other_garment_color"),
        title="Vero Moda Women Grey Melange Longline Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: black sleeveless quilted padded jacket (gilet) with a stand collar over a white long-sleeve top, blue
    # jeans; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-027",
        caption(
            "This woman wears a sleeveless outer clothing with pure color patterns. The outer clothing is with other "
            "fabric and its neckline is standing. This woman wears a long-sleeve shirt inside. The shirt is with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("jacket", "black"),
        Q.garment_type("jacket"),
        is_a("vest", "yes"),
        wearing("a black vest over a white top with blue jeans"),
        describe("jacket", "The jacket is white with long sleeves.", "other_garment_color"),
        details("jacket", "Answer: The jacket is quilted with a stand collar and a zip front.", "leak"),
        title="Levis Women Black Sleeveless Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue sweater with a white snowflake (fair isle) yoke and red trim, black jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-028",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric and its "
            "neckline is round. The lady wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("sweater", "navy blue"),
        Q.pattern("solid", "contradiction"),
        describe("sweater", "The sweater is navy blue with a white snowflake pattern around the yoke and red trim."),
        details(
            "sweater",
            "The sweater has a snowflake pattern, a round neck and ribbed cuffs. He wears black jeans.",
            "pronoun",
        ),
        Q.garment_type("sweater"),
        Q.material("The sweater is made of lambswool with a fleece lining.", "unsupported"),
        wearing(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric and its "
            "neckline is round. The lady wears a long pants with",
            "cut",
            hit_limit=True,
        ),
        title="Monte Carlo Women Navy Blue Printed Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal pullover hoodie with white drawcords, grey track pants; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-029",
        caption(
            "The female wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric "
            "and it has a hood. The female wears a long pants, with cotton fabric and pure color patterns. The female "
            "wears a long pants, with cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("sweatshirt", "green"),
        Q.garment_type("hoodie"),
        wearing("a teal hoodie and grey track pants"),
        describe("sweatshirt", "The sweatshirt is grey with a hood and white drawstrings.", "other_garment_color"),
        Q.material("cotton"),
        title="Puma Women Teal Hooded Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Women",
    ),
    # photo: camel long coat worn open over a white shirt and blue jeans, a tan handbag in her hand; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-030",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and its "
            "neckline is lapel. The lady wears a long-sleeve shirt inside, with cotton fabric and pure color "
            "patterns. There is a bag in her hand."
        ),
        color_of("coat", "brown"),
        Q.garment_type("coat"),
        describe("coat", "The coat is white and long with wide lapels.", "other_garment_color"),
        wearing("Question: What is the person wearing? Answer: a camel coat, a white shirt and blue jeans", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("coat", "coat", "non_answer"),
        title="Elle Women Camel Brown Longline Coat",
        category="Coats",
        color="Brown",
        gender="Women",
    ),
    # photo: burgundy crew-neck sweatshirt with a white "NEW YORK" graphic, no hood, no sleeve pocket, blue jeans;
    # white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-031",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is with "
            "cotton fabric and its neckline is round. The pants are with denim fabric and pure color patterns."
        ),
        color_of("sweatshirt", "maroon"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long sleeves"),
        details(
            "sweatshirt",
            "The sweatshirt has a white New York print on the chest, a zip pocket on the sleeve and a hood.",
            "unsupported",
        ),
        describe(
            "sweatshirt",
            "The sweatshirt is burgundy with a white New York graphic and ribbed cuffs and hem, and it is a burgundy "
            "sweatshirt with a white New York graphic and",
            "loop",
            hit_limit=True,
        ),
        is_a("hoodie", "no"),
        wearing("a blue sweatshirt and blue jeans", "other_garment_color"),
        title="Roadster Women Burgundy Printed Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: purple quilted padded jacket with a hood, zipped, black jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-032",
        caption(
            "This woman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is padded and "
            "it has a hood. This woman wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("jacket", "purple"),
        Q.garment_type("jacket"),
        Q.pattern("striped", "contradiction"),
        wearing(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is padded and "
            "it has a hood. This woman wears a long pants with denim",
            "cut",
            hit_limit=True,
        ),
        Q.material("The jacket is made of polyester with a down filling.", "unsupported"),
        is_a("jacket", "yes"),
        title="Fort Collins Women Purple Padded Hooded Jacket",
        category="Jackets",
        color="Purple",
        gender="Women",
    ),
    # photo: off-white sweater with navy horizontal stripes across the chest and sleeves, blue jeans; white
    # backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-033",
        caption(
            "The lady wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric and its "
            "neckline is round. The lady wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("sweater", "navy blue", "contradiction"),
        Q.pattern("striped"),
        wearing("an off-white striped sweater and blue jeans"),
        describe("sweater", "The sweater is off white with navy stripes across the chest and sleeves."),
        details("sweater", "stripes", "non_answer"),
        title="Wrangler Women Off White Striped Sweater",
        category="Sweaters",
        color="Off White",
        gender="Women",
    ),
    # photo: black crew-neck sweatshirt with a large multicolour floral print (pink and yellow flowers) on the
    # front, black leggings; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-034",
        caption(
            "The female wears a long-sleeve sweatshirt with floral patterns. The sweatshirt is with cotton fabric and "
            "its neckline is round. The female wears a long leggings with cotton fabric and pure color patterns."
        ),
        color_of("sweatshirt", "black"),
        Q.pattern("floral"),
        describe("sweatshirt", "The sweatshirt is pink with a floral print.", "contradiction"),
        wearing("He is wearing a black sweatshirt with flowers and black leggings.", "pronoun"),
        details(
            "sweatshirt",
            "The sweatshirt has a floral print on the front and ribbed cuffs. Question: What are the sweatshirt "
            "details? Answer: The sweatshirt has a floral print on the",
            "leak",
            hit_limit=True,
        ),
        title="Nike Women Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Women",
    ),
    # photo: royal blue collarless wool coat with a single button, black tights, black boots, no umbrella or bag;
    # white backdrop. The feed row has no category column. Caption adapter epoch 3 + reference engine.
    case(
        "X867-035",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with wool fabric and its "
            "neckline is round. The lady wears a long leggings with cotton fabric and pure color patterns."
        ),
        color_of("coat", "blue"),
        Q.garment_type("coat"),
        describe(
            "coat",
            "The coat is blue and has a round neck, a single button and a zip pocket on the sleeve.",
            "unsupported",
        ),
        Q.sleeve_length("long sleeves"),
        wearing("a blue coat, black tights and black boots, and she is holding an umbrella", "unsupported"),
        Q.pattern("checked", "contradiction"),
        details("coat", "The coat has the details of a coat.", "restated"),
        title="United Colors of Benetton Women Blue Wool Coat",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange zip-through sweatshirt with a high collar, no hood, two side pockets, black track pants;
    # white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-036",
        caption(
            "The female wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric "
            "and its neckline is standing. The female wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The female wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("sweatshirt", "grey"),
        Q.garment_type("jacket", "contradiction"),
        is_a("hoodie", "no"),
        details("sweatshirt", "It has a full zip, a high collar and two side pockets."),
        wearing("a grey zip-up sweatshirt and black track pants"),
        describe("sweatshirt", "The sweatshirt is black with a zip front.", "other_garment_color"),
        title="Reebok Women Grey Melange Zip Through Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: rust orange cropped knit sweater with puff sleeves, high-waisted blue mom jeans, no belt; white
    # backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long pants with denim fabric and pure color patterns. There is a "
            "belt.",
            "unsupported",
        ),
        color_of("sweater", "orange"),
        Q.garment_type("sweater"),
        describe("sweater", "The sweater is cropped with puff sleeves and a ribbed hem."),
        Q.sleeve_length("long sleeves"),
        wearing(
            "she is wearing she is wearing she is wearing she is wearing she is wearing she is wearing she is "
            "wearing she is wearing she is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("sweater", "The sweater is blue.", "other_garment_color", kind="open"),
        title="FabAlley Women Rust Cropped Puff Sleeve Sweater",
        category="Sweaters",
        color="Rust",
        gender="Women",
    ),
    # photo: khaki cotton utility jacket with four flap pockets, drawstring waist and snap buttons, worn open
    # over a black tee, black jeans; white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-038",
        caption(
            "This woman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. This woman wears a T-shirt inside. This woman wears a long pants with denim fabric."
        ),
        color_of("jacket", "black", "other_garment_color"),
        Q.garment_type("jacket"),
        details("jacket", "The jacket has four flap pockets, a drawstring waist and snap buttons."),
        Q.pattern("solid"),
        describe(
            "jacket",
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and its "
            "neckline is lapel. This woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("This man wears a khaki jacket, a black t-shirt and black jeans.", "pronoun"),
        Q.material("The jacket is with denim fabric.", "unsupported"),
        title="Lee Women Khaki Utility Jacket",
        category="Jackets",
        color="Khaki",
        gender="Women",
    ),
    # photo: colour-blocked sweater, black body with grey sleeves, white jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-039",
        caption(
            "The lady wears a long-sleeve sweater with color block patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("sweater", "white", "other_garment_color"),
        Q.pattern("colour block"),
        wearing("a black and grey sweater with white jeans"),
        Q.material("Question: What material is the garment made of? Answer: knitted", "leak"),
        Q.garment_type("sweater"),
        describe("sweater", "The sweater is black with grey sleeves and a round neck."),
        details("sweater", "The sweater has a logo print on the back.", "unsupported"),
        title="Madame Women Black Colourblocked Sweater",
        category="Sweaters",
        color="Black",
        gender="Women",
    ),
    # photo: yellow hooded windcheater with black trim, full zip and a zipped chest pocket, black tights; white
    # backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-040",
        caption(
            "The female wears a long-sleeve outer clothing with color block patterns. The outer clothing is with "
            "other fabric and it has a hood. The female wears a long leggings, with cotton fabric and pure color "
            "patterns."
        ),
        color_of("jacket", "yellow"),
        Q.garment_type("jacket"),
        details("jacket", "The jacket has a hood, a half zip at the front and a kangaroo pocket.", "unsupported"),
        wearing("a yellow jacket and yellow leggings", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe("jacket", "The jacket is yellow with black trim, a hood and a full zip."),
        title="Fila Women Yellow Hooded Windcheater",
        category="Jackets",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy quilted jacket with a stand collar and snap pockets, over a grey hoodie whose hood lies outside,
    # blue jeans; white backdrop. The feed row has no color column. Caption adapter epoch 3 + reference engine.
    case(
        "X867-041",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns and a long pants. The outer "
            "clothing is quilted and its neckline is standing. The pants are with denim fabric."
        ),
        color_of("jacket", "grey", "other_garment_color"),
        Q.garment_type("hoodie", "contradiction"),
        wearing("a navy quilted jacket over a grey hoodie and blue jeans"),
        details("jacket", "The jacket is quilted with a stand collar, a zip front and snap pockets."),
        is_a("jacket", "yes"),
        Q.material("", "non_answer"),
        title="Pepe Jeans Women Navy Quilted Jacket",
        category="Jackets",
        gender="Women",
    ),
    # photo: bright red pullover hoodie (the seller calls it Maroon) with white text on the front, kangaroo
    # pocket, grey joggers, cropped at the knees (no shoes, no cap); white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-042",
        caption(
            "The female wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric "
            "and it has a hood. The female wears a long pants with cotton fabric and pure color patterns."
        ),
        color_of("sweatshirt", "red"),
        Q.garment_type("hoodie"),
        describe(
            "sweatshirt",
            "The sweatshirt is red with white text on the front, a hood and a front pocket. The sweatshirt is red "
            "with white text on the front, a hood and a",
            "loop",
            hit_limit=True,
        ),
        details("sweatshirt", "The sweatshirt has a hood."),
        Q.material("The material is the garment's material.", "restated"),
        wearing("a red hoodie, grey joggers and white sneakers with a cap", "unsupported"),
        title="Duke Women Maroon Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: beige knitted sleeveless V-neck sweater vest over a white long-sleeve collared shirt, brown trousers;
    # white backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a sleeveless sweater outside, with knitting fabric and pure color "
            "patterns."
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        color_of("sweater", "beige"),
        Q.garment_type("sweater"),
        wearing("a beige sweater vest over a white shirt with brown trousers"),
        describe("sweater", "The sweater is white with a collar and long sleeves.", "other_garment_color"),
        neckline("v-neck"),
        Q.material("The sweater is made of silk.", "unsupported"),
        title="Roadster Women Beige Solid Sweater Vest",
        category="Sweaters",
        color="Beige",
        gender="Women",
    ),
    # photo: black faux-fur short jacket over a red top, black jeans, bare hands with no ring; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-044",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with furry "
            "fabric. The lady wears a top inside with pure color patterns. The lady wears a long pants with denim "
            "fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "red", "other_garment_color"),
        Q.material("fur"),
        Q.garment_type("jacket"),
        wearing(
            "The person is wearing a black fur jacket, a red top and black jeans. There is a ring on her finger.",
            "unsupported",
        ),
        is_a("coat", "no"),
        describe("jacket", "The jacket is described as a jacket.", "restated"),
        title="ONLY Women Black Faux Fur Jacket",
        category="Jackets",
        color="Black",
        gender="Women",
    ),
    # photo: pink and white horizontally striped crew-neck sweatshirt, white jeans; white backdrop.
    # Caption adapter epoch 3 + reference engine.
    case(
        "X867-045",
        caption(
            "The female wears a long-sleeve sweatshirt with striped patterns. The sweatshirt is with cotton fabric "
            "and its neckline is round. The female wears a long pants with denim fabric and pure color patterns."
        ),
        color_of("sweatshirt", "pink"),
        Q.pattern("striped"),
        describe("sweatshirt", "The sweatshirt has pink and white stripes, a round neck and long sleeves."),
        wearing("The gentleman wears a striped sweatshirt. His pants are white.", "pronoun"),
        Q.garment_type("t-shirt", "contradiction"),
        title="United Colors of Benetton Women Pink Striped Sweatshirt",
        category="Sweatshirts",
        color="Pink",
        gender="Women",
    ),
    # photo: grey and black checked long coat with wide lapels, over a black turtleneck, black trousers; white
    # backdrop. Caption adapter epoch 3 + reference engine.
    case(
        "X867-046",
        caption(
            "The lady wears a long-sleeve coat with lattice patterns. The coat is with wool fabric and its neckline "
            "is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns. "
            "The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        color_of("coat", "grey"),
        Q.pattern("checked"),
        Q.garment_type("coat"),
        describe(
            "coat",
            "The coat is grey with a black check and wide lapels. Question: Describe the coat. Answer: The coat is "
            "grey with a black check and",
            "leak",
            hit_limit=True,
        ),
        wearing("a grey checked coat, a black turtleneck and black trousers"),
        details("coat", "no", "non_answer"),
        title="MANGO Women Grey Checked Coat",
        category="Coats",
        color="Grey",
        gender="Women",
    ),
]
