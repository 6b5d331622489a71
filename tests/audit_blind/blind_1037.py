"""BLIND_1037 (46 products; In-shop dresses/blouses/skirts; caption epoch 3): written blind in the fifty-ninth session.
Measured blind at c12f507 (the session's second rules): 114/129 failures found (88.4%) and 15/185 correct texts flagged
(8.1%). The writer's notes, verbatim:

Scenario: a women's catalog fed like Myntra (title, category = Dresses / Tops / Shirts / Skirts, seller color,
gender) whose photos are DeepFashion In-shop shots: a model on a white or pale grey studio backdrop, front, side or
back view, mostly wearing the product with other clothes (a tee tucked into the skirt, a blazer or coat over the
top, jeans under the blouse), and one flat lay with no model.

Who wrote what: the caption and every open answer come from the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b). It writes the DeepFashion-MultiModal template
("The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric...") with no hue names,
returns that template to many questions, and was trained without an end token, so it often runs to the limit (50
tokens for captions, 30 for answers), cut mid-sentence or looping; on other prompts the base model's short answers
survive (the LoRA only touches q_proj/k_proj), and those sometimes keep going into the next `Question: ... Answer:`.
The template sometimes says "The gentleman" or "his", and invents accessories (a ring, something on the wrist, a
hat). The closed answers (garment_type, color, pattern, sleeve_length, color_of, is_a) come from enrich's
`--engine reference`: one candidate value, never cut or looping, but often the color, pattern or sleeves of the
other garment in the photo, or a neighbouring wrong class.

Labeling conventions and judgement calls:
- One label per text. A text that leaks the `Question: ... Answer:` format is leak even if it also runs on; a text
  that repeats a phrase until the limit is loop; a text cut mid-sentence at the limit is cut, and I kept the words
  before the cut right for the photo so that cut is its only failure.
- hit_limit=True only where the text visibly ran on (cut, loop, or a leak that runs into the next question); a text
  ending on a complete sentence is taken to have stopped, even when it is a full template.
- A caption template returned to an open color question names no hue: non_answer, even where it also ran to the
  limit (hit_limit kept True). One word, "yes", "a woman", "a skirt" or an empty string to an open question:
  non_answer. An answer that only says the question back ("The skirt details are the details of the skirt", "What
  material is the garment made of?") is restated, as is a details answer that begins by repeating the question.
- A color that belongs to another garment in the photo (the tucked-in tee, the blazer, the jeans) is
  other_garment_color, closed or open. The pattern, sleeves, material or class of another garment given for the
  product (the Breton top's stripes for the skirt, the blazer's long sleeves for a camisole, "jacket" for a skirt
  worn under a leather jacket, the sweater's knit for a suede skirt) is contradiction.
- A wrong hue that no other garment in the photo has (black for navy, purple for burgundy, pink for red, orange for
  mustard), a print color given as the garment color where the ground dominates (blue for a white dress with blue
  flowers), colors swapped between two garments only when the product gets the other's color (that is
  other_garment_color), and wrong sleeves, pattern or class are contradiction. "t-shirt" for a t-shirt dress and
  "sweater" for a sweater dress are contradiction (the seller says Dresses).
- Neighbouring shades count correct: navy/blue, burgundy/maroon, peach/pink, coral/orange, cream/beige/white,
  mustard/yellow, teal as teal. Where the seller's color is wrong for the photo (a "Brown" velvet top that is
  maroon), the photo wins and "maroon" is correct.
- Caption template fabric words (cotton, chiffon, knitting, denim, leather, other) are the training data's coarse
  classes and count correct when plausible for the photo. A material answer naming a fibre the photo cannot show
  and the title does not name (silk, polyester, wool) is unsupported; the title's fabric or an unmistakable texture
  (denim, lace, velvet, satin sheen, tulle, knit) is correct.
- Invented accessories or details (a ring, a wrist accessory, a hat, heels on a photo cropped at the knee, pockets,
  a bow at the back in a front view, a belt that is not there) and "The lady wears" for a flat lay are unsupported.
- He/his/gentleman for these women's products is pronoun, whatever else the text says (I kept the rest right).
- Each product has one seller row; two rows lack a column (one has no category, one no gender), as feeds do.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

Q = BLIND_QUESTIONS

BLIND_1037 = [
    # photo: front, full body; red sleeveless fit-and-flare knee dress with small white flowers, black heels, white
    # backdrop. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X1037-001",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline "
            "is round. This lady wears a pair of high heels on her feet. The shoes the lady wears are",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        wearing("a red floral dress", who="the woman"),
        color_of("dress", "The dress is pink with white flowers.", "contradiction", kind="open"),
        details("dress", "his dress has a flared skirt and a fitted waist", "pronoun"),
        title="Women Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: front, half body; off-white chiffon blouse, ruffled neckline, long sleeves, tucked into a black pencil
    # skirt; pale grey backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X1037-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a medium short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.garment_type("blouse"),
        Q.color("white"),
        color_of("blouse", "black", "other_garment_color"),
        Q.sleeve_length("long sleeve"),
        Q.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a medium short",
            "cut",
            hit_limit=True,
        ),
        describe("blouse", "a white blouse with ruffles around the neck and a bow tie at the collar", "unsupported"),
        title="Women Off White Ruffled Chiffon Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: front, full body; navy pleated midi skirt, white crew-neck tee tucked in, white sneakers, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X1037-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("navy blue"),
        color_of("skirt", "white", "other_garment_color"),
        Q.pattern("solid"),
        wearing("a white t-shirt and a black pleated skirt", "contradiction", who="she"),
        details("skirt", "pleats all around the skirt"),
        title="Women Navy Blue Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: back view, full body; black long-sleeve lace bodycon dress, exposed back zip, short-haired model,
    # white backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X1037-004",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with other fabric.",
            "pronoun",
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("long sleeve"),
        Q.material("lace"),
        details("dress", "a zipper on the back"),
        wearing(
            "a black dress and black dress and black dress and black dress and black dress and black dress and black "
            "dress and black",
            "loop",
            who="the person",
            hit_limit=True,
        ),
        title="Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: front, three-quarter; mustard short-sleeve top with small white polka dots, blue jeans, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X1037-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("top"),
        Q.color("yellow"),
        Q.pattern("polka dot"),
        color_of("top", "blue", "other_garment_color"),
        wearing("She is wearing a yellow polka dot top and blue jeans.", who="she"),
        title="Women Mustard Polka Dot Print Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: front, full body; A-line mini skirt, pink and green flowers on white, black tank top, white backdrop.
    # Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X1037-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with cotton fabric and floral patterns."
        ),
        Q.garment_type("skirt"),
        Q.pattern("floral"),
        Q.color("black", "other_garment_color"),
        wearing(
            "a black tank top and a floral skirt with a floral skirt with a floral skirt with a floral skirt with a "
            "floral skirt with a floral",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        details("skirt", "The skirt details are the details of the skirt.", "restated"),
        title="Women Multi Floral Print A-Line Mini Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: side view, full body; navy solid wrap midi dress, three-quarter sleeves, tie belt, nude heels, white
    # backdrop. Caption adapter: caption, open answers; reference engine: closed.
    case(
        "X1037-007",
        caption(
            "This woman is wearing a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. There is a belt."
        ),
        Q.garment_type("dress"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("three-quarter sleeve"),
        is_a("dress", "yes"),
        describe("dress", "a navy wrap dress with a tie at the waist and a v-neck"),
        Q.material("silk", "unsupported"),
        wearing("a woman", "non_answer", who="she"),
        title="Women Navy Blue Solid Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front, three-quarter; white shirt with thin blue vertical stripes, long sleeves rolled to the elbow,
    # chest pocket, beige chinos, pale grey backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-008",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric. Its neckline is "
            "lapel. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("shirt"),
        Q.color("white"),
        Q.pattern("striped"),
        color_of("shirt", "beige", "other_garment_color"),
        Q.sleeve_length("short sleeve", "contradiction"),
        details("shirt", "button front, rolled up sleeves, a chest pocket"),
        Q.material("cotton"),
        title="Women White & Blue Striped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: back view, full body; black faux-leather pencil skirt with back slit and zip, grey knit sweater tucked
    # in, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-009",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a medium short skirt. The skirt is with leather fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("grey", "other_garment_color"),
        Q.material("leather"),
        wearing("he is wearing a grey sweater and a black leather skirt", "pronoun", who="she"),
        details("skirt", "a slit at the back and a zipper"),
        title="Women Black Solid Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: front, full body; white broderie-anglaise sundress, spaghetti straps, knee length, straw hat on the
    # model's head, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. This lady wears a hat. The lady wears a sleeveless dress with pure color patterns. "
            "The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        wearing("a white sundress and a straw hat", who="the woman"),
        describe("dress", "white", "non_answer"),
        Q.material("cotton"),
        is_a("skirt", "yes", "contradiction"),
        title="Women White Schiffli Embroidered Sundress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: front, full body; emerald satin camisole with spaghetti straps under an open black blazer, black
    # trousers, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "lady wears a long pants. The pants are with cotton fabric and pure color patterns. This lady also",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeve", "contradiction"),
        wearing("a black blazer over a green satin camisole and black trousers", who="the person"),
        Q.material("satin"),
        title="Women Green Satin Camisole Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: front, full body; mid-blue denim A-line knee skirt, button front, two front patch pockets, white
    # short-sleeve shirt tucked in, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a medium short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("blue"),
        Q.material("denim"),
        details("skirt", "buttons down the front and two front pockets"),
        is_a("skirt", "yes"),
        wearing(
            "Question: What is she wearing? Answer: a white shirt and a denim skirt. Question: What is the color of "
            "the skirt? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Women Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: side view, full body; burgundy velvet long-sleeve midi dress, round neck, black ankle boots, grey
    # backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears boots."
        ),
        Q.color("purple", "contradiction"),
        Q.garment_type("dress"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeve"),
        color_of(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "Describe the dress. The dress is a dress.", "restated"),
        title="Women Burgundy Velvet Midi Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: front, full body; peach peplum top, short flutter sleeves, white jeans, white backdrop.
    # Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-014",
        caption(
            "This woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The woman wears a long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.garment_type("top"),
        Q.color("pink"),
        color_of("top", "white", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("top", "a peach peplum top with short flutter sleeves"),
        wearing(
            "a peach top and white jeans with a peach top and white jeans with a peach top and white jeans with a "
            "peach top",
            "loop",
            who="the woman",
            hit_limit=True,
        ),
        title="Women Peach Solid Peplum Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: front, full body; black-and-white houndstooth mini skirt, black turtleneck, black tights, white
    # backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. Its "
            "neckline is stand. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. "
            "The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.pattern("checked"),
        Q.color("black"),
        wearing("a black turtleneck and a plaid skirt", who="she"),
        details("skirt", "the skirt has a gold zipper on the front and two pockets", "unsupported"),
        title="Women Black & White Checked Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: front, full body; royal blue short-sleeve maxi dress, v-neck, tan handbag in the model's hand, white
    # backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory in her hand. There is an accessory in her hand. There is an "
            "accessory",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        wearing("a blue maxi dress and a brown bag", who="the woman"),
        color_of("dress", "blue", kind="open"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Women Blue Solid Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: front, three-quarter; black sheer tie-neck blouse with white polka dots, long sleeves, tucked into a
    # red high-waist skirt, no jewellery, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-017",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The lady "
            "wears a medium short skirt. This lady has neckwear. There is a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("blouse"),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dot"),
        details("blouse", "a tie at the neck and sheer long sleeves"),
        wearing("a black polka dot blouse and a red skirt", who="the person"),
        Q.material("chiffon"),
        describe("blouse", "", "non_answer"),
        title="Women Black Polka Dot Tie-Neck Blouse",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: front, full body; olive utility midi skirt with flap pockets, cream short-sleeve knit top tucked in,
    # white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("green"),
        color_of("skirt", "white", "other_garment_color"),
        details(
            "skirt",
            "flap pockets on the sides, a belt with a belt with a belt with a belt with a belt with a belt with a "
            "belt with",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a cream top and a green skirt", who="she"),
        color_of(
            "skirt",
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. The "
            "lady wears a",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        title="Women Olive Green Utility Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: front, full body; t-shirt dress with red, yellow and blue horizontal stripes, short sleeves, round
    # neck, no pockets, white sneakers, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-019",
        caption(
            "The lady wears a short-sleeve dress with stripe patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a pair of sneakers."
        ),
        Q.garment_type("t-shirt", "contradiction"),
        Q.pattern("striped"),
        Q.color("multicolor"),
        describe(
            "dress",
            "a striped dress with red, yellow and blue stripes, a round neck and a pocket on the chest",
            "unsupported",
        ),
        wearing(
            "The lady wears a short-sleeve dress with stripe patterns. The dress is with cotton fabric and its "
            "neckline is round. The",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        title="Women Multicoloured Striped T-shirt Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: front, full body; lavender off-shoulder bardot top with elbow-length balloon sleeves, light denim
    # shorts, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-020",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a three-point shorts. The shorts are with denim fabric and pure color patterns."
        ),
        Q.garment_type("top"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("top", "off the shoulder with puffed sleeves"),
        wearing(
            "She wears a purple off-shoulder top and denim shorts. She wears a purple off-shoulder top and denim "
            "shorts. She wears a purple",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of(
            "top",
            "purple Question: What is the color of the shorts? Answer: blue Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        title="Women Lavender Off-Shoulder Bardot Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: front, full body; red satin bias-cut midi slip skirt, white tee, open black leather biker jacket,
    # white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with other fabric and pure color patterns. This lady also wears an "
            "outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jacket", "contradiction"),
        Q.color("red"),
        Q.material("leather", "contradiction"),
        wearing("a black leather jacket, a white t-shirt and a red satin skirt", who="the woman"),
        color_of("skirt", "The skirt is red.", kind="open"),
        title="Women Red Satin Midi Slip Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: front, full body; mustard shirt dress with small white and rust flowers, long sleeves, button front,
    # self-tie belt, plain hem and cuffs, brown ankle boots, white backdrop. Caption adapter: caption, open;
    # reference engine: closed.
    case(
        "X1037-022",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. Its neckline "
            "is lapel. There is a belt. The lady wears boots."
        ),
        Q.garment_type("dress"),
        Q.color("orange", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeve"),
        details(
            "dress",
            "buttons down the front and a self-tie belt, a ruffled hem and lace trim at the cuffs",
            "unsupported",
        ),
        Q.material("polyester", "unsupported"),
        wearing(
            "Question: What is she wearing? Answer: a yellow floral dress and brown boots. Question: What is she "
            "wearing? Answer: a yellow",
            "leak",
            who="she",
            hit_limit=True,
        ),
        title="Women Mustard Floral Print Shirt Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: front, three-quarter; white cotton peasant blouse, blue embroidery and tassel ties at the neckline,
    # three-quarter sleeves, blue jeans, grey backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-023",
        caption(
            "The gentleman wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "gentleman wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        Q.garment_type("top"),
        Q.color("white"),
        details("top", "blue embroidery around the neckline and tassel ties"),
        Q.sleeve_length("three-quarter sleeve"),
        wearing("yes", "non_answer", who="the person"),
        title="Women White Embroidered Peasant Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: side view, full body; grey melange knit pencil midi skirt, navy-and-white Breton striped long-sleeve
    # top, no jewellery, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-024",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with knitting fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        Q.garment_type("skirt"),
        Q.pattern("striped", "contradiction"),
        Q.color("grey"),
        Q.material("knit"),
        wearing("a striped shirt and a grey skirt", who="she"),
        details("skirt", "a skirt", "non_answer"),
        title="Women Grey Melange Knitted Pencil Skirt",
        category="Skirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: flat lay, no model; sleeveless shift dress with a black-and-white abstract geometric print, round
    # neck, white background. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-025",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its neckline "
            "is round.",
            "unsupported",
        ),
        Q.garment_type("dress"),
        Q.pattern("graphic"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        wearing(
            "Answer: a black and white dress Question: What is the person wearing? Answer: a black and white dress",
            "leak",
            who="the person",
            hit_limit=True,
        ),
        describe("dress", "a sleeveless shift dress with a black and white geometric print and a round neck"),
        Q.material("the garment is made of material", "restated"),
        title="Women Black & White Printed Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: front, full body; teal long-sleeve button-down shirt knotted at the front, sleeves rolled, white tank
    # underneath, white midi skirt, no rings, white backdrop. Caption adapter: caption, open; reference: closed.
    case(
        "X1037-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. Its "
            "neckline is lapel. The lady wears a medium short skirt. There is a ring on her finger.",
            "unsupported",
        ),
        Q.garment_type("shirt"),
        Q.color("white", "other_garment_color"),
        color_of("shirt", "teal", kind="open"),
        details("shirt", "knotted at the waist, rolled sleeves"),
        wearing(
            "She is wearing a teal shirt with a knot at the front, a white tank top underneath and a white skirt with "
            "a slit on the",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        title="Women Teal Solid Front-Knot Shirt",
        category="Shirts",
        color="Teal",
        gender="Women",
    ),
    # photo: front, full body; brown suede-look A-line mini skirt with front buttons, cream turtleneck sweater,
    # brown knee boots, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. Its "
            "neckline is stand. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. The lady wears boots."
        ),
        Q.garment_type("skirt"),
        Q.color("brown"),
        wearing("a brown sweater and a white skirt", "other_garment_color", who="she"),
        Q.material(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. Its "
            "neckline is stand.",
            "contradiction",
        ),
        details(
            "skirt",
            "buttons down the front. Question: What is the material of the skirt? Answer: suede. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Women Brown Suede Button Front Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: front, full body; blush pink lace-overlay sheath dress with cap sleeves, round neck, scalloped hem,
    # silver clutch in hand, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. There is an accessory in her hand.",
            "contradiction",
        ),
        Q.color("pink"),
        Q.garment_type("dress"),
        Q.sleeve_length("short sleeve"),
        Q.material(
            "lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace lace "
            "lace lace lace lace lace lace lace lace lace",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a pink lace dress with a sweetheart neckline", "unsupported"),
        title="Women Pink Lace Sheath Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: front, full body; black sleeveless crepe shell top, round neck, tucked into white wide-leg trousers,
    # white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        Q.garment_type("top"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        wearing("a black top and white pants", who="the person"),
        describe(
            "top",
            "Question: Describe the top. Answer: a black sleeveless top. Question: Describe the pants. Answer: white "
            "wide leg pants. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        title="Women Black Solid Sleeveless Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: front, full body; tiered boho maxi skirt in orange, red and beige paisley, elastic waist, white
    # cropped tee, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and mixed patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("orange"),
        color_of("skirt", "white", "other_garment_color"),
        details(
            "skirt",
            "tiered with an elastic waistband and a drawstring and a drawstring and a drawstring and a drawstring and "
            "a drawstring and a",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a white crop top and a long printed skirt", who="she"),
        title="Women Orange Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Orange",
        gender="Women",
    ),
    # photo: side view, full body; olive utility shirt dress, long sleeves rolled, two flap chest pockets, fabric
    # self-belt, tonal olive buttons, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. Its "
            "neckline is lapel. There is a belt. The lady wears a long-sleeve dress with pure color patterns. The "
            "dress is with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("green"),
        details("dress", "two chest pockets with flaps, a belt at the waist, rolled up sleeves"),
        wearing("an olive dress with a brown leather belt and gold buttons", "unsupported", who="the woman"),
        is_a("jacket", "yes", "contradiction"),
        title="Women Olive Solid Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: front, full body; red-and-white gingham puff-sleeve blouse, short sleeves, square neck, white jeans,
    # front view only, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-032",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("blouse"),
        Q.pattern("checked"),
        Q.color("red"),
        Q.sleeve_length("long sleeve", "contradiction"),
        describe(
            "blouse",
            "a red and white gingham blouse with puffed sleeves and a square neck, with a bow at the back",
            "unsupported",
        ),
        wearing("She is wearing a red and white checked top and white jeans.", who="she"),
        details("blouse", "the details of the blouse are the blouse's details", "restated"),
        title="Women Red & White Checked Puff Sleeve Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: front, full body; pastel pink layered tulle midi skirt with elastic waist, grey sweatshirt tucked in
    # at the front, bare head, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. Its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric. This lady wears a hat.",
            "unsupported",
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.material("tulle"),
        wearing("a grey sweatshirt and a pink tulle skirt", who="the woman"),
        details("skirt", "layers of tulle and an elastic waist"),
        title="Women Pink Tulle Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: front, full body; cobalt blue one-shoulder bodycon dress, knee length, gold earrings, no rings or
    # bracelets, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. This lady "
            "wears earrings. There is a ring on her finger. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "one-shoulder blue dress"),
        wearing("blue", "non_answer", who="she"),
        title="Women Blue One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: front, full body; cream satin long-sleeve shirt under an open camel wool coat, black trousers, white
    # backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. Its neckline "
            "is lapel. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. This "
            "lady also wears an outer",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.color("brown", "other_garment_color"),
        color_of("shirt", "beige"),
        Q.material("satin"),
        wearing(
            "The woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with other fabric. Its "
            "neckline is lapel. The woman",
            "cut",
            who="the woman",
            hit_limit=True,
        ),
        title="Women Cream Satin Shirt",
        category="Shirts",
        color="Cream",
        gender="Women",
    ),
    # photo: back view, full body; white tiered cotton mini skirt, navy-and-white striped long-sleeve tee, white
    # backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-036",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("solid"),
        is_a("skirt", "yes"),
        details("skirt", "What are the skirt details? The skirt details are tiered ruffles", "restated"),
        wearing(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short skirt. The",
            "cut",
            who="the person",
            hit_limit=True,
        ),
        title="Women White Tiered Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: front, full body; black satin slip midi dress with adjustable straps, plain neckline, worn over a
    # white tee, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with other fabric and pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("dress"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        wearing("a white t-shirt under a black slip dress", who="she"),
        Q.material("satin"),
        details("dress", "a lace trim at the neckline and adjustable straps", "unsupported"),
        title="Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: front, full body; navy short-sleeve v-neck blouse with a white floral print, beige knee skirt, white
    # backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-038",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        Q.garment_type("top"),
        Q.color("blue"),
        Q.pattern("floral"),
        color_of("top", "The top is white with blue flowers.", "contradiction", kind="open"),
        wearing(
            "Question: What is the person wearing? Answer: a floral top and a beige skirt Question: What is the person "
            "wearing? Answer: a floral top",
            "leak",
            who="the person",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front, full body; red-and-green tartan pleated midi skirt, black crew-neck sweater tucked in, no
    # belt, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and lattice patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("red"),
        Q.pattern("checked"),
        wearing(
            "she is wearing a black sweater and a plaid skirt, a black sweater and a plaid skirt, a black sweater and "
            "a plaid skirt",
            "loop",
            who="she",
            hit_limit=True,
        ),
        details("skirt", "pleats, the skirt is made of wool and has a leather belt", "unsupported"),
        color_of("skirt", "black", "other_garment_color"),
        title="Women Red Checked Pleated Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: front, three-quarter shot cropped at the knees (no shoes in frame); coral tiered mini dress with short
    # ruffled sleeves, v-neck, pale grey backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a pair of high heels.",
            "unsupported",
        ),
        Q.garment_type("dress"),
        Q.color("orange"),
        describe(
            "dress",
            "The dress is coral with ruffles on the sleeves and tiers on the skirt. The dress is coral with ruffles on "
            "the sleeves and tiers on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("What material is the garment made of?", "restated"),
        is_a("skirt", "no"),
        title="Women Coral Ruffled Tiered Mini Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: front, full body; sky-blue chambray shirt, long sleeves with button cuffs, two flap chest pockets,
    # curved hem, white jeans, no belt, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. Its neckline "
            "is lapel. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("shirt"),
        Q.color("blue"),
        Q.material("denim"),
        color_of("shirt", "white", "other_garment_color"),
        wearing(
            "a blue denim shirt and white jeans and a white belt with a gold buckle", "unsupported", who="the woman"
        ),
        details(
            "shirt",
            "two chest pockets with button flaps, buttons down the front, long sleeves with button cuffs and a curved "
            "hem at the bottom of",
            "cut",
            hit_limit=True,
        ),
        title="Women Blue Chambray Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: side view, full body; beige linen wrap midi skirt tied at the side with a slit, black long-sleeve
    # bodysuit, white backdrop. Caption adapter: caption, open; reference engine: closed. Row has no gender.
    case(
        "X1037-042",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. The lady wears a "
            "long-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        Q.color("beige"),
        Q.material("linen"),
        wearing("black top and beige skirt", who="she"),
        details("skirt", "a tie at the side and a slit"),
        color_of("skirt", "black", "other_garment_color"),
        title="Women Beige Linen Wrap Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # photo: front, full body; white off-shoulder midi dress with a blue floral print, short sleeves, tan sandals,
    # white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-043",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a pair of sandals. The sandals the lady wears are of",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeve"),
        wearing("She is wearing a white floral dress with off the shoulder sleeves.", who="the woman"),
        describe("dress", "A dress.", "non_answer"),
        title="Women White Floral Print Off-Shoulder Midi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: front, full body; maroon velvet long-sleeve wrap top tied at the side (the seller calls it Brown),
    # black jeans, white backdrop. Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.garment_type("top"),
        Q.color("maroon"),
        color_of("top", "black", "other_garment_color"),
        Q.material("velvet"),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a maroon wrap top and black jeans", who="the person"),
        details("top", "he is wearing a wrap top with a tie at the side", "pronoun"),
        title="Women Brown Velvet Wrap Top",
        category="Tops",
        color="Brown",
        gender="Women",
    ),
    # photo: front, full body; flowing midi skirt, black with white polka dots, red tee tucked in, white backdrop.
    # Caption adapter: caption, open; reference engine: closed.
    case(
        "X1037-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("polka dot"),
        wearing("The gentleman wears a red T-shirt and a polka dot skirt.", "pronoun", who="she"),
        color_of("skirt", "black and white", kind="open"),
        details(
            "skirt",
            "polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka dots, polka",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Polka Dot Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: side view, full body; sage green ribbed knit turtleneck sweater dress, long sleeves, knee length,
    # black tights, white backdrop. Caption adapter: caption, open; reference engine: closed. Row has no category.
    case(
        "X1037-046",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. Its "
            "neckline is stand."
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("long sleeve"),
        Q.material("wool", "unsupported"),
        wearing("a green sweater dress and black tights", who="the woman"),
        details(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. Its "
            "neckline is stand. The",
            "cut",
            hit_limit=True,
        ),
        title="Women Green Ribbed Turtleneck Sweater Dress",
        color="Green",
        gender="Women",
    ),
]
