"""BLIND_1142 (46 products; Myntra girls' and women's dresses, frocks and jumpsuits, caption adapter epoch 2): written
blind in the sixtieth session. Measured blind at 2135623 (the session's eighth rules): 116/124 failures found (93.5%)
and 7/177 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of girls' and women's dresses, frocks and jumpsuits (article types Dresses and
Jumpsuit; frocks sit under Dresses with "Frock" in the title). Product shots on a white backdrop, front view, worn by
a model or a child model; some are layered (denim jacket, shrug, blazer, turtleneck under a pinafore, flannel tied at
the waist, a dupatta), some carry a prop (clutch, sling bag, teddy bear, straw hat). Two rows lack a column (one has
no base colour, one no article type).

Who wrote what: every caption and open answer is free generation by the caption LoRA (q_proj, k_proj) at its
epoch-2 checkpoint on blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for answers. At epoch 2 the adapter
has mostly, not wholly, lost question answering: many open answers fall back to the DeepFashion-MultiModal caption
template ("The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric."), which
names patterns and fabrics but rarely hues, and invents template accessories (a ring, "an accessory on her wrist",
a hat, a belt). Some captions are still base-style one-liners ("a woman in a teal wrap dress"). No end-of-answer
token was trained, so texts loop on a template sentence or a phrase, or stop mid-phrase at the limit, and some echo
the `Question: ... Answer:` format. Closed answers (garment_type, color, pattern, sleeve length, neckline, "Is this
a ...?") come from enrich's --engine reference with the same adapter ranking candidates: one clean value each, their
errors are picking a layered garment's or prop's color, the outer layer's type or sleeves, or a wrong candidate.

Labeling conventions and judgement calls:
- One label per text: a loop or a cut that also misreads the garment is labeled loop or cut (the dominant failure).
- Closed color for a "Multi" seller color: any hue that is clearly in the print counts as correct.
- Shade synonyms in the seller's color group are correct (maroon for Burgundy, pink for Peach or Magenta, purple for
  Mauve, orange for Rust or Coral, blue for Teal, yellow for Mustard, grey for Charcoal); turquoise answered "green"
  is a contradiction because the seller puts it in Blue.
- other_garment_color: the color of something worn with the product (jacket, shrug, blazer, turtleneck, tights,
  flannel, dupatta, hat, bag, shoes). A prop's color (teddy bear) is labeled contradiction.
- The outer layer's garment type ("jacket") or its sleeves ("long sleeves" for a sleeveless pinafore or slip dress)
  answered for the product is a contradiction.
- Calling a jumpsuit "a tank top and long trousers" or "a T-shirt and long pants", a shirt dress a "shirt", or a
  T-shirt dress a "T-shirt" is a contradiction of the seller's type.
- A bare garment noun answering "What is the person wearing?" is correct; a single word (a color, "dress", "pleated",
  "no") answering Describe or details is non_answer; a text that only turns the question around ("the details of the
  garment are the garment details", "the person is wearing") is restated.
- A material the title names, contradicted by the answer (cotton for a velvet dress, leather for velvet), is a
  contradiction; a material nothing supports (denim or leather for a georgette or tulle look) is unsupported.
- Template accessories and details that the photo does not show (ring, wrist accessory, hat, belt, necklace, bow at
  the back in a front view, a pocket) are unsupported; the ones the photo does show (earrings, bracelet, belt, bag,
  hat) are correct.
- "The man"/"his"/"he" for a Women or Girls row is pronoun; "the lady" for a girl is not flagged.
- hit_limit is set on every loop and cut, and on leaks that ran on into a second "Question:".
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = DEFAULT_QUESTIONS
B = BLIND_QUESTIONS
neckline = question("neckline", "What is the neckline of the dress?", "closed")

BLIND_1142 = [
    # photo: knee-length sleeveless navy cotton fit-and-flare dress with small white polka dots, round neck, nude heels,
    # white backdrop, front view; caption and open answers by the epoch-2 caption adapter, closed by the reference
    case(
        "X1142-001",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        Q.color("navy blue"),
        Q.pattern("polka dots"),
        Q.sleeve_length("sleeveless"),
        Q.details(
            "the dress has a round neckline and a flared skirt with a fitted waist. the dress has a round "
            "neckline and a flared skirt with a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing(
            "The lady wears a sleeveless dress with graphic patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        title="AND Women Navy Blue Printed Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl of about six in a pink tulle party frock, sequinned bodice, cap sleeves, flared net skirt, white
    # shoes, white backdrop, front view; caption base-style one-liner, answers by the epoch-2 caption adapter
    case(
        "X1142-002",
        caption("a little girl in a pink dress standing in front of a white wall"),
        color_of("frock", "pink"),
        is_a("dress", "yes"),
        describe(
            "frock",
            "The girl is wearing a short-sleeve dress with pure color patterns. The dress is with "
            "chiffon fabric. The dress is with chiffon fabric. The dress is",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is with denim fabric.", "unsupported"),
        wearing("she is wearing a pink dress with a big bow on the back", "unsupported", who="she"),
        title="Cutecumber Girls Pink Embellished Party Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: black sleeveless culotte jumpsuit, V-neck, self tie belt at the waist, matte cotton-look fabric, white
    # sneakers, white backdrop; texts by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X1142-003",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long trousers. The trousers "
            "are with cotton fabric.",
            "contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        color_of("jumpsuit", "white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("the jumpsuit is black with a v-neckline and a tie belt at the waist"),
        Q.details(
            "Question: What are the details of the garment? Answer: the jumpsuit has a v-neck and a belt "
            "Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.material("The jumpsuit is with cotton fabric and pure color patterns."),
        title="Tokyo Talkies Women Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: maroon ankle-length cotton flared dress with a gold block-printed border at hem and cuffs, three-quarter
    # sleeves, round neck, gold jhumka earrings, white backdrop; all free texts by the epoch-2 caption adapter
    case(
        "X1142-004",
        caption(
            "The woman wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. This "
            "woman wears earrings."
        ),
        Q.color("red"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.wearing("he is wearing a long maroon dress with gold print", "pronoun"),
        Q.details(
            "the dress has gold print on the border and the sleeves, the neckline, the sleeves, the neckline, "
            "the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        title="Biba Women Maroon Printed Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: white short-sleeve shift dress above the knee, worn under an open light-blue denim jacket, white
    # sneakers, no jewellery, white backdrop; caption and open answers by the epoch-2 caption adapter
    case(
        "X1142-005",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns and a dress. The jacket is with "
            "denim fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.description("the dress is white and has a short sleeve. it is worn with a denim jacket."),
        is_a("dress", "yes"),
        Q.material("The dress is with cotton fabric."),
        title="Vero Moda Women White Solid Shift Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: girl in a yellow sleeveless fit-and-flare dress with a white and green floral print, white sandals,
    # white backdrop; texts by the epoch-2 caption adapter, closed by the reference engine
    case(
        "X1142-006",
        caption(
            "The girl wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The dress "
            "is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress "
            "is with",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.wearing("The girl is wearing a sleeveless dress with floral patterns."),
        Q.description("yellow", "non_answer"),
        Q.details(
            "the dress has a yellow floral print with green leaves all over, a round neckline, a gathered "
            "waist and a flared skirt that falls just above the",
            "cut",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: olive shirt dress, pointed collar, button placket, long sleeves rolled up with button tabs, self-tie
    # fabric belt, brown leather sling bag on the shoulder, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-007",
        caption("a woman in a green shirt dress with a brown bag"),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "the dress has a collar, buttons down the front, a belt at the waist and roll-up sleeves with button tabs"
        ),
        Q.material("The dress is with cotton fabric."),
        title="Harpa Women Olive Green Solid Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard culotte jumpsuit, short flutter sleeves, V-neck, wide legs, no belt, worn alone with tan heels,
    # white backdrop; epoch-2 caption adapter for free texts, reference engine for closed ones
    case(
        "X1142-008",
        caption(
            "The woman wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with chiffon "
            "fabric. Its neckline is v-shape. The woman wears a short-sleeve jumpsuit with pure color patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.garment_type("jumpsuit"),
        B.sleeve_length("short sleeves"),
        wearing("she is wearing a yellow jumpsuit with a belt and a white t-shirt", "unsupported", who="she"),
        describe("jumpsuit", "The jumpsuit is yellow with short sleeves and wide-legged pants."),
        is_a("dress", "yes", "contradiction"),
        title="Athena Women Mustard Yellow Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: knee-length cotton A-line dress with horizontal red, white and navy stripes, short sleeves, round
    # neck, bare legs and white sneakers, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-009",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. The "
            "neckline of it is round."
        ),
        Q.color("red"),
        Q.pattern("striped"),
        Q.sleeve_length("short sleeves"),
        Q.description("The dress is a dress.", "restated"),
        Q.details("the dress has red, white and blue stripes"),
        Q.wearing(
            "The lady is wearing a short-sleeve dress with striped patterns and a long pants. The pants are "
            "with denim fabric.",
            "unsupported",
        ),
        title="Sassafras Women Multicoloured Striped A-Line Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: girl in a red and white gingham pinafore dress (sleeveless) over a white puff-sleeve blouse with a
    # round white collar, white socks, black shoes, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-010",
        caption("a little girl in a red and white checkered dress"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        B.sleeve_length("short sleeves", "contradiction"),
        Q.wearing("she is wearing a red and white checkered pinafore dress over a white shirt"),
        Q.details(
            "the dress has a white collar and white buttons and white buttons and white buttons and white "
            "buttons and white buttons and white",
            "loop",
            hit_limit=True,
        ),
        title="Peppermint Girls Red Checked Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: black long-sleeve bodycon midi in a fine knit, crew neck, black heels, model holds a red clutch, white
    # backdrop; epoch-2 caption adapter for caption and open answers (one color question asked open)
    case(
        "X1142-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It "
            "has a crew neckline."
        ),
        Q.color("red", "other_garment_color"),
        Q.garment_type("dress"),
        Q.material("The dress is with knitting fabric."),
        Q.description("black", "non_answer"),
        color_of("dress", "The color of the dress is the color of the dress.", "restated", kind="open"),
        title="Mango Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: teal knee-length wrap dress, V-neck, short sleeves, tie at the left waist, nude heels, no jewellery,
    # white backdrop; base-style caption and template answers from the epoch-2 caption adapter
    case(
        "X1142-012",
        caption("a woman in a teal wrap dress posing for a photo"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves"),
        neckline("v-neck"),
        Q.details("the dress has a v-neck, a wrap front with a tie at the waist, and short sleeves"),
        Q.wearing(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "There is a ring on her finger.",
            "unsupported",
        ),
        describe("dress", "the dress is teal with a wrap front, short sleeves and a tie at the waist"),
        title="Rare Women Teal Blue Solid Wrap Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in a light-blue denim dungaree jumpsuit (bib pocket, metal side buttons, adjustable straps) over a
    # white-and-pink striped short-sleeve tee, white sneakers, bare head, white backdrop; epoch-2 caption adapter
    case(
        "X1142-013",
        caption(
            "The girl wears a short-sleeve T-shirt with striped patterns and a long pants. The pants are with "
            "denim fabric.",
            "contradiction",
        ),
        Q.color("white", "other_garment_color"),
        is_a("jumpsuit", "yes"),
        Q.material("denim"),
        Q.details("the dungarees have a bib pocket, metal buttons at the sides and adjustable straps"),
        Q.wearing("she is wearing a denim dungaree over a striped t-shirt and a red cap", "unsupported"),
        title="StyleStone Girls Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # photo: peach ankle-length tiered maxi dress, spaghetti straps, smocked bodice, flat sandals, white backdrop;
    # epoch-2 caption adapter for free texts, reference engine for closed ones
    case(
        "X1142-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "has a smocked bodice with thin straps, and the skirt falls in three tiers to her ankles. Its "
            "neckline is",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description("the dress is a peach maxi dress with spaghetti straps and tiers"),
        Q.wearing("He is wearing a long peach dress.", "pronoun"),
        title="Berrylush Women Peach-Coloured Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: emerald green cotton midi with a small white floral print, puff short sleeves, square neck, shirred bodice,
    # white sneakers, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-015",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline."
        ),
        Q.color("green"),
        Q.pattern("floral"),
        Q.details(
            "Question: What are the details of the garment? Answer: The lady wears a short-sleeve dress with "
            "floral patterns. Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.material("The dress is with leather fabric.", "unsupported"),
        B.sleeve_length("short sleeves"),
        title="Tokyo Talkies Women Green Printed Shirred Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: navy jumpsuit with thin white vertical pinstripes, collar, short sleeves, button front, black belt,
    # flowing rayon-look fabric, red sneakers, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-016",
        caption("a woman in a blue striped jumpsuit with a belt"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        Q.garment_type("jumpsuit"),
        Q.wearing("jumpsuit"),
        Q.details(
            "the jumpsuit has a collar, buttons down the front, short sleeves and a black belt at the waist. "
            "the jumpsuit has a collar, buttons down",
            "loop",
            hit_limit=True,
        ),
        Q.material("The jumpsuit is with denim fabric.", "unsupported"),
        title="FabAlley Women Navy Blue Striped Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a lavender cotton frock with a white Peter Pan collar and short ruffled sleeves, no hair
    # accessory, white shoes, holding a brown teddy bear, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-017",
        caption("a little girl in a purple dress holding a teddy bear"),
        Q.color("brown", "contradiction"),
        Q.garment_type("dress"),
        wearing("she is wearing a purple dress with a white collar", who="the girl"),
        details("frock", "the dress has a white collar and short sleeves with ruffles"),
        Q.material("cotton"),
        describe(
            "frock", "she is wearing a purple dress with a white collar and a pink bow in her hair", "unsupported"
        ),
        title="Hopscotch Girls Lavender Cotton Frock",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: rust sleeveless sheath midi, high round neck, side slit, plain cotton fabric, gold cuff bracelet,
    # black heels, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. There "
            "is an accessory on her wrist. Its neckline is round."
        ),
        Q.color("orange"),
        B.sleeve_length("sleeveless"),
        Q.pattern("floral", "contradiction"),
        Q.wearing("she is wearing an orange dress and a gold bracelet"),
        Q.details(
            "the dress is a sheath dress with a high neck, a slit on the side, a slit on the side, a slit on "
            "the side, a slit on the",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Rust Solid Midi Sheath Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: off-white cotton schiffli (eyelet-embroidered) midi, short sleeves, V-neck with tassel ties, brown
    # sandals, the dress nearly blends into the white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-019",
        caption("a woman in a white dress standing in front of a white wall"),
        Q.color("white"),
        color_of("dress", "brown", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        Q.details("the dress has embroidery all over and tassels at the neck"),
        Q.description(
            "Question: Describe the garment. Answer: a white dress with embroidery Question: Describe the "
            "garment. Answer: a white dress with",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("His dress has short sleeves, cotton fabric and pure color patterns.", "pronoun"),
        title="Libas Women Off-White Cotton Schiffli Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: girl in a mid-blue denim shirt dress, pointed collar, buttons all down the front, two flap chest
    # pockets, long sleeves rolled up, white sneakers, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-020",
        caption(
            "The girl wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a lapel collar. The girl wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.garment_type("dress"),
        Q.material("denim"),
        Q.details(
            "the dress has two flap pockets on the chest, a pointed collar, buttons all the way down the "
            "front and long sleeves rolled up to the",
            "cut",
            hit_limit=True,
        ),
        is_a("shirt", "yes", "contradiction"),
        title="Budding Bees Girls Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: burgundy velvet bodycon mini, long sleeves, sweetheart neck, sheer black tights, black heels, white
    # backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with leather fabric.",
            "contradiction",
        ),
        Q.color("maroon"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        Q.wearing("She is wearing a red dress and black tights."),
        Q.pattern("solid"),
        Q.details("the dress", "non_answer"),
        title="DressBerry Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: olive cotton utility jumpsuit, zip front, chest and thigh cargo pockets, long sleeves rolled, tie belt,
    # white sneakers, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-022",
        caption("a woman in a green jumpsuit with pockets"),
        Q.color("green"),
        Q.garment_type("jacket", "contradiction"),
        Q.details(
            "the jumpsuit has a zip in the front, pockets on the chest, pockets on the legs, pockets on the "
            "chest, pockets on the legs, pockets on the",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("the person is wearing", "restated"),
        Q.material("cotton"),
        title="Roadster Women Olive Green Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: girl in a white short-sleeve cotton frock with a multicolour unicorn and rainbow print, gathered
    # waist, pink tulle underskirt peeking at the hem, bare head, white backdrop;
    # epoch-2 caption adapter, reference engine
    case(
        "X1142-023",
        caption("The girl wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric."),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.description("the dress has a unicorn print and a rainbow on the front"),
        wearing(
            "The girl wears a short-sleeve dress with graphic patterns. There is a hat on her head.",
            "unsupported",
            who="she",
        ),
        is_a("dress", "yes"),
        Q.details("no", "non_answer"),
        title="Naughty Ninos Girls Multicoloured Printed Frock",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: grey melange knee-length T-shirt dress, short sleeves, crew neck, a red-and-black checked flannel shirt
    # tied at the waist, white sneakers, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "Its neckline is crew.",
            "contradiction",
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.description("the dress is grey and has a checked shirt tied around the waist"),
        Q.wearing(
            "she is wearing a grey t-shirt dress with a red and black checked shirt tied around her waist and "
            "a pair of white sneakers on her",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Grey Melange Solid T-Shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: pink georgette maxi with a large blue and white floral print, long sleeves, V-neck, model holds a tan
    # straw hat in her hand, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-025",
        caption("a woman in a pink floral dress holding a hat"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.material("georgette"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.details(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "lady wears a long-sleeve dress with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("He wears a long dress with a floral print", "pronoun"),
        title="Femella Women Pink Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: white sleeveless halter-neck cotton-look jumpsuit, wide legs, gold hoop earrings, tan wedge sandals, white
    # backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-026",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "This lady wears earrings."
        ),
        Q.color("brown", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        Q.description("the jumpsuit is white and has a halter neck and wide legs"),
        Q.details("The details of the garment are the garment details.", "restated"),
        title="Mast & Harbour Women White Solid Jumpsuit",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: girl in a red velvet party dress, long sleeves, white lace collar, white tights, black patent shoes,
    # white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-027",
        caption("a little girl in a red dress with a white collar"),
        Q.color("white", "other_garment_color"),
        Q.material("The dress is with cotton fabric.", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "she is wearing a red velvet dress with a white lace collar, white tights and black shoes", who="the girl"
        ),
        Q.details(
            "Question: What are the details of the garment? Answer: the dress has a white lace collar and "
            "long sleeves Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Red Velvet Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: black light-chiffon midi with white polka dots, long puff sleeves, square neck, ruffled hem, black sling
    # bag on the shoulder, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-028",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. She "
            "carries a bag on her shoulder."
        ),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        neckline("round", "contradiction"),
        Q.description(
            "the dress is black with white polka dots, a square neckline, puff sleeves and a ruffle at the hem"
        ),
        Q.details(
            "the dress has polka dots, the dress has polka dots, the dress has polka dots, the dress has polka "
            "dots, the dress has",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and white polka dot dress", who="she"),
        Q.material("The material of the garment is the garment material.", "restated"),
        title="Zink London Women Black Polka Dot Print Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: blue and white tie-dye cotton shift dress, short sleeves, round neck, no belt, no rings, white sneakers,
    # white backdrop; the feed row has no base colour; epoch-2 caption adapter, reference engine
    case(
        "X1142-029",
        caption("a woman wearing a blue and white tie dye dress"),
        Q.color("blue"),
        Q.pattern("tie and dye"),
        Q.material("cotton"),
        Q.description("she is wearing a blue and white tie dye dress with a belt", "unsupported"),
        B.sleeve_length("short sleeves"),
        Q.wearing(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. This "
            "lady wears a ring.",
            "unsupported",
        ),
        title="Sera Women Blue & White Tie-Dye Shift Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: red off-shoulder jumpsuit with a ruffle layer over an elastic bardot neckline, cropped straight legs,
    # two slant pockets, black block heels, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-030",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric. "
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("dress", "contradiction"),
        Q.wearing("he is wearing a red jumpsuit with an off-shoulder neckline", "pronoun"),
        Q.details(
            "the jumpsuit has an off-shoulder neckline with a ruffle layer, an elastic band at the top, "
            "cropped legs and two slant pockets at the",
            "cut",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        title="Tokyo Talkies Women Red Solid Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a mint-green sleeveless cotton frock with a smocked chest and white embroidered flowers at the
    # hem, a white short-sleeve knit shrug over it, pink hairband, white backdrop; epoch-2 adapter, reference engine
    case(
        "X1142-031",
        caption(
            "The girl wears a short-sleeve cardigan with pure color patterns and a dress. The cardigan is with "
            "knitting fabric."
        ),
        Q.color("white", "other_garment_color"),
        color_of("dress", "green"),
        Q.wearing("she is wearing a green dress with a white sweater and a pink headband"),
        Q.details(
            "the dress has white flowers on the bottom and a smocked top. the dress has white flowers on the "
            "bottom and a smocked top. the dress",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Cherry Crumble Girls Green Smocked Cotton Frock",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: mauve knee-length A-line dress with an accordion-pleated skirt, sleeveless, round neck, no belt,
    # silver heels, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The "
            "neckline of it is round. This lady wears a belt.",
            "unsupported",
        ),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.description("pleated", "non_answer"),
        Q.details("Question: What are the details of the garment? Answer: the dress has pleats", "leak"),
        Q.sleeve_length("sleeveless"),
        title="all about you Women Mauve Solid Pleated A-Line Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: lemon-yellow crinkled cotton kaftan midi with a black geometric print, elbow-length batwing sleeves,
    # V-neck with tassels, no pockets, black sunglasses pushed up on her head, white backdrop; epoch-2 adapter
    case(
        "X1142-033",
        caption("a woman in a yellow kaftan with sunglasses on her head"),
        Q.color("yellow"),
        Q.pattern("geometric"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.description(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. "
            "Its neckline is v-shape with tassels on",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("she is wearing a yellow and black dress"),
        Q.material("cotton"),
        Q.details("the dress has tassels at the neck and a pocket on the side", "unsupported"),
        title="Mabish by Sonal Jain Women Yellow Printed Kaftan Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: beige linen sleeveless V-neck jumpsuit with wide legs, brown leather belt, black wide-brim hat, white
    # backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-034",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "There is a hat on her head. This lady wears a belt."
        ),
        Q.color("black", "other_garment_color"),
        Q.material("linen"),
        Q.garment_type("jumpsuit"),
        Q.wearing("she is wearing a beige jumpsuit with a black hat and a brown belt"),
        Q.details("the jumpsuit is a jumpsuit", "restated"),
        is_a("jumpsuit", "no", "contradiction"),
        title="Sassafras Women Beige Solid Linen Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender="Women",
    ),
    # photo: girl in a navy cotton A-line dress with a white anchor print, cap sleeves, round neck, red belt, red ballet
    # flats, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-035",
        caption(
            "The girl wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. There "
            "is a belt around her waist, and the skirt of the dress is flared. The neckline of the dress is round "
            "and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("printed"),
        Q.description("the dress is blue with white anchors and a red belt"),
        wearing("He is wearing a blue dress with a red belt", "pronoun", who="she"),
        Q.details("the dress has anchors"),
        title="Allen Solly Junior Girls Navy Blue Printed A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: sea-green maxi with small white bandhani-style dots, three-quarter sleeves, round neck with a keyhole,
    # a contrast pink dupatta over both shoulders, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-036",
        caption("a woman in a green dress with a pink scarf"),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("printed"),
        Q.wearing(
            "The lady wears a medium-sleeve dress with graphic patterns and a scarf. The dress is with cotton "
            "fabric. The lady wears a medium-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        Q.details("dupatta", "non_answer"),
        title="Ahalyaa Women Sea Green Printed Flared Maxi Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: coral jumpsuit with a ruffled one-shoulder neckline and palazzo legs, soft chiffon, gold clutch in hand,
    # white backdrop; the feed row has no article type; epoch-2 caption adapter, reference engine
    case(
        "X1142-037",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric. "
            "There is a bag in her hand."
        ),
        Q.color("orange"),
        Q.garment_type("jumpsuit"),
        Q.description("the jumpsuit has a one shoulder neckline with ruffles and wide legs"),
        Q.material("The jumpsuit is with denim fabric.", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: one shoulder ruffle Question: What are the "
            "details of the garment? Answer: one",
            "leak",
            hit_limit=True,
        ),
        title="Berrylush Women Coral Solid Ruffled One-Shoulder Jumpsuit",
        color="Coral",
        gender="Women",
    ),
    # photo: girl in a full-length yellow sleeveless jumpsuit with a small white daisy print, tie straps, elastic
    # waist, wide legs, white sandals, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-038",
        caption("a little girl in a yellow jumpsuit with white flowers"),
        Q.color("yellow"),
        Q.pattern("floral"),
        is_a("jumpsuit", "yes"),
        wearing(
            "The girl wears a sleeveless tank top with floral patterns and a long pants. The pants are with "
            "cotton fabric.",
            "contradiction",
            who="she",
        ),
        details(
            "jumpsuit",
            "the jumpsuit has tie straps on both shoulders, a small white daisy print all over, an "
            "elastic waist and long wide legs that end at the",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material", "restated"),
        title="Hopscotch Girls Yellow Floral Print Jumpsuit",
        category="Jumpsuit",
        color="Yellow",
        gender="Girls",
    ),
    # photo: turquoise sleeveless ribbed-knit bodycon midi, square neck, no jewellery, white sneakers, white
    # backdrop; epoch-2 caption adapter (one color question asked open), reference engine
    case(
        "X1142-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitting fabric. It "
            "has a square neckline."
        ),
        Q.color("green", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("The dress is with knitting fabric."),
        Q.wearing(
            "the lady wears a sleeveless dress with pure color patterns. the dress is with knitting fabric. "
            "the lady wears a sleeveless dress with pure color patterns. the",
            "loop",
            hit_limit=True,
        ),
        Q.description("she is wearing a blue dress and a gold necklace", "unsupported"),
        color_of("dress", "The dress is with pure color patterns.", "non_answer", kind="open"),
        title="Harpa Women Turquoise Blue Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: brown-and-beige checked pinafore dress (sleeveless, square neck, two patch pockets, wide straps) over a
    # black long-sleeve turtleneck, black ankle boots, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-040",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a dress with lattice patterns. The "
            "sweater is with knitting fabric."
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        B.sleeve_length("long sleeves", "contradiction"),
        Q.description("the dress is brown and beige checked with a square neck, worn over a black turtleneck"),
        Q.details(
            "the pinafore has two patch pockets on the front, wide shoulder straps and a square neckline, and "
            "it is worn over a black turtleneck with",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Brown Checked Pinafore Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: girl in a purple party dress, sequinned sleeveless bodice, layered tulle skirt, silver hair clip, feet
    # out of frame, white backdrop, front view; epoch-2 caption adapter, reference engine
    case(
        "X1142-041",
        caption("The girl wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric."),
        Q.color("purple"),
        Q.garment_type("dress"),
        describe("dress", "the dress is purple with a sparkly top and a tutu skirt"),
        Q.details("the dress has sequins on the top and a net skirt with layers and a bow at the back", "unsupported"),
        wearing("he is wearing a purple party dress and a silver hair clip", "pronoun", who="the girl"),
        title="Gini and Jony Girls Purple Sequinned Party Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: magenta chiffon fit-and-flare midi, long bell sleeves, V-neck, silver heels, white backdrop; base-style
    # caption and template answers from the epoch-2 caption adapter, reference engine for closed ones
    case(
        "X1142-042",
        caption("a woman in a pink dress with long sleeves"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        neckline("v-neck"),
        Q.wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "Its neckline is v-shape. The dress is of",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "Question: What are the details of the garment? Answer: The lady wears a long-sleeve dress with "
            "pure color patterns. The dress is with",
            "leak",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        title="Ira Soleil Women Magenta Solid Chiffon Fit and Flare Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: charcoal-grey cotton jersey jumpsuit, short sleeves, crew neck, drawstring waist, jogger cuffs, white
    # sneakers, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is "
            "with cotton fabric. The trousers are with cotton fabric. The lady wears a short-sleeve T-shirt with "
            "pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("jumpsuit"),
        Q.description("the jumpsuit is grey with short sleeves, a drawstring at the waist and cuffed legs"),
        Q.material("cotton"),
        Q.wearing("What is the person wearing? a grey jumpsuit", "leak"),
        title="Rigo Women Charcoal Grey Solid Cotton Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: girl in a white lace fit-and-flare dress with a pink satin sash tied in a bow at the front, short
    # sleeves, holding a small pink purse, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-044",
        caption("a little girl in a white dress holding a pink purse"),
        Q.color("pink", "other_garment_color"),
        Q.material("lace"),
        Q.wearing("she is wearing a white lace dress with a pink sash"),
        Q.details("the dress has lace all over, short sleeves and a pink satin sash with a bow at the front"),
        B.sleeve_length("short sleeves"),
        Q.description("dress", "non_answer"),
        title="Nauti Nati Girls White Lace Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: black satin slip midi with thin straps and a cowl neck, under an open oversized beige cotton blazer, black
    # heels, white backdrop; epoch-2 caption adapter, reference engine
    case(
        "X1142-045",
        caption(
            "The lady wears a long-sleeve blazer with pure color patterns and a dress. The blazer is with cotton "
            "fabric."
        ),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        Q.description("the dress is black satin with thin straps and a cowl neck, worn under a beige blazer"),
        Q.wearing("he is wearing a black dress and a beige blazer", "pronoun"),
        title="SASSAFRAS Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: dark-green jumpsuit with a tropical leaf print in lighter green and white, sleeveless, V-neck, wide legs,
    # tie belt, light chiffon-look fabric, brown flat sandals, white backdrop; the feed row has no gender;
    # epoch-2 caption adapter, reference engine
    case(
        "X1142-046",
        caption("a woman in a green jumpsuit with a leaf print"),
        Q.color("green"),
        Q.pattern("tropical"),
        Q.garment_type("jumpsuit"),
        Q.wearing(
            "she wears a green jumpsuit with a leaf print, a v-neck and a tie belt at the waist, with a pair "
            "of brown flat sandals on her",
            "cut",
            hit_limit=True,
        ),
        Q.description(
            "a green jumpsuit with a leaf print Question: Describe the garment. Answer: a green jumpsuit "
            "with a leaf print Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        Q.material("The jumpsuit is with chiffon fabric."),
        Q.details("the jumpsuit has pockets on the sides and a zip at the back", "unsupported"),
        title="Style Quotient Women Green Tropical Print Jumpsuit",
        category="Jumpsuit",
        color="Green",
    ),
]
