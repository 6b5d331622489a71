"""BLIND_684 (46 products; Myntra women's dresses, VQA adapter): written blind in the fifty-fourth session. Measured
blind at 816d542 (the session's fourth rules): 122/147 failures found (83.0%) and 9/211 correct texts flagged (4.3%).
The writer's notes, verbatim:

Scenario: a Myntra women's dress feed (article_type Dresses: maxi, midi, bodycon, fit and flare, shirt, wrap, slip,
sweater and t-shirt dresses). Catalog shots, mostly on a white backdrop (a few grey, pale pink, pale blue, beige),
front view, the model often with something else on: a denim or leather jacket, a cardigan, a blazer, a white tee
under a slip dress, a shirt under a jumper dress, shoes, belts, bags, a straw hat.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA). The caption is the adapter's free generation on the caption prompt (max 50 new
tokens); since VQA-only training broke captioning, its captions are short, answer-like and now and then leak the
`Question: ... Answer:` format or loop. Open answers (wearing, cloth, describe, details, material, the open color
question) are greedy free generation, max 30 new tokens. The adapter was trained without an end-of-answer token:
it still often stops on the base model's newline, but a good share of its open answers run to the limit, as loops
or cut mid-phrase. Closed answers (garment type, color, pattern, sleeve length, the yes/no "Is this a ...?") come
from enrich's `--engine reference`, which picks one candidate value: they never loop or stop short, but the pick is
often the color of a jacket, belt, shoe or bag, of the backdrop, or of the print instead of the ground.

Labeling conventions and judgement calls:
- other_garment_color: the product is given the color of something else the model wears or carries (jacket,
  cardigan, blazer, tee or shirt underneath, belt, shoes, bag, hat). Accessories count as "another garment" here.
- contradiction: a color that is no worn item's (the backdrop's, the print's taken for the ground, a plain wrong
  hue), a wrong garment, a wrong pattern, a wrong sleeve length, a wrong yes/no. A sleeve length that belongs to a
  layer worn over or under a sleeveless dress is labeled contradiction, not other_garment_color (that kind is for
  colors only).
- "shirt" for a shirt dress, "t-shirt" for a t-shirt dress and "sweater" for a jumper dress as the garment type are
  contradictions: the seller's category is Dresses and the closed set has "dress". In free text, "a denim dress" or
  "a grey dress" for those is correct.
- Rust answered "brown" is a contradiction (the photo is plainly orange-rust); teal answered "blue", khaki answered
  "beige", coral answered "orange" in a caption, burgundy or maroon answered "red" are correct shade calls.
- For a Multi (tie-dye) row any of the dress's main colors is a correct closed color.
- material: correct only when the title names it or the photo shows it plainly (denim, velvet, satin sheen, lace,
  ribbed knit). A fiber the photo cannot show and the title does not name (cotton, linen, wool, chiffon for an
  untitled fabric) is unsupported; one the title contradicts is unsupported too.
- Details not visible from a front view (a back zip, a back bow, a back slit) or absent (pockets, a buckle) are
  unsupported.
- A text that ran to the 30-token limit (50 for captions) has hit_limit=True. It is labeled loop when it repeats,
  leak when it runs into a new `Question:`, cut otherwise; a repeated phrase at the very end still makes it a loop.
- restated: the question echoed ("Describe the dress. ...") or turned back on itself ("the dress details are the
  details of the dress", "the dress details are orange"). non_answer: empty, "yes", one word that gives nothing the
  question asks ("the dress" to Describe, a bare color to What are the details), or a one-word caption.
- "dress" to "What cloth is the person wearing?" is a correct answer (that is how the VQA data answers it).
- pronoun: "he" for a Women row. A row without a gender column gets no pronoun labels.
- Seller colors are taken as right except where the comment says otherwise; answers are judged against the photo.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = BLIND_QUESTIONS
cloth = question("cloth", "What cloth is the person wearing?", "open")

BLIND_684 = [
    # photo: black sleeveless knee-length bodycon, round neck, silver heels, white backdrop, front view; VQA adapter
    case(
        "X684-001",
        caption("a woman in a black bodycon dress"),
        wearing("a black dress"),
        color_of("dress", "black"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        details("dress", "the dress has a round neck and a zipper at the back", "unsupported"),
        describe(
            "dress",
            "black black black black black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy fit and flare with small white and pink flowers, flutter sleeves, above knee, white sneakers,
    # white backdrop; VQA adapter
    case(
        "X684-002",
        caption("a woman in a blue floral dress"),
        wearing("she is wearing a navy blue floral dress with white flowers", who="she"),
        color_of("dress", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "the dress is a white dress with pink flowers", "contradiction"),
        details(
            "dress",
            "the dress has a flared skirt and flutter sleeves and a flared skirt and flutter sleeves and a flared",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cotton shirt dress, collar, button placket, roll-up sleeves, fabric waist tie, knee length, tan
    # sandals, white backdrop; VQA adapter
    case(
        "X684-003",
        caption("a green shirt dress Question: What is the color of the dress? Answer: green", "leak"),
        wearing("a green shirt dress with a belt"),
        Q.color("olive"),
        Q.garment_type("shirt", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "the dress has a collar, buttons down the front, and a tie at the waist"),
        Q.material("it is made of denim", "unsupported"),
        title="Roadster Women Olive Green Solid Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon wrap maxi, V-neck, long sleeves, fabric side tie, black block heels, grey backdrop; VQA adapter
    case(
        "X684-004",
        caption("a woman in a long red dress"),
        wearing("he is wearing a maroon dress", "pronoun", who="she"),
        color_of("dress", "maroon"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "the dress is a long wrap dress with a v neck and a tie at the waist"),
        details("dress", "the dress has a slit on the side and a belt with a gold buckle", "unsupported"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        title="Berrylush Women Maroon Solid Wrap Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard A-line midi with a white floral print, puff sleeves, a blue denim jacket worn open over it,
    # white backdrop; VQA adapter
    case(
        "X684-005",
        caption("a woman in a yellow floral dress and a denim jacket"),
        wearing("a yellow dress and a blue jacket"),
        color_of("dress", "blue", "other_garment_color"),
        Q.pattern("floral"),
        describe(
            "dress",
            "a yellow dress with white flowers on it, a yellow dress with white flowers on it, a yellow dress with",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress details are the details of the dress", "restated"),
        is_a("jacket", "no"),
        title="Tokyo Talkies Women Mustard Yellow Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: white cotton shirt dress, long sleeves, two chest flap pockets, brown leather belt, knee length, white
    # sneakers, light grey backdrop; VQA adapter
    case(
        "X684-006",
        caption("a woman in a white shirt dress with a brown belt"),
        wearing("a white dress"),
        Q.color("white"),
        Q.sleeve_length("long sleeves"),
        details("dress", "the dress has a collar, buttons, a belt and two chest pockets"),
        Q.material("it is made of silk", "unsupported"),
        describe(
            "dress",
            "it is a white shirt dress with a brown belt, it is a white shirt dress with a brown belt, it is a",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Women White Solid Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black maxi with red and pink roses, spaghetti straps, side slit, nude strappy sandals, white backdrop;
    # VQA adapter
    case(
        "X684-007",
        caption("a woman in a black floral maxi dress standing in a garden", "unsupported"),
        wearing("a black dress with red flowers"),
        color_of("dress", "black"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has thin spaghetti straps, a sweetheart neckline, a long flowing skirt and a high slit on the",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "Question: Describe the dress. Answer: a black maxi dress with red flowers", "leak"),
        title="Vero Moda Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: bubblegum pink ribbed bodycon mini, long sleeves, round neck, white sneakers, black sling bag across
    # the body, white backdrop; VQA adapter
    case(
        "X684-008",
        caption("a woman in a pink dress with a black bag"),
        wearing("a pink bodycon dress"),
        color_of("dress", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("it is made of silk", "unsupported"),
        describe("dress", "a pink dress"),
        cloth("pink", "non_answer"),
        details(
            "dress",
            "long sleeves, ribbed fabric, round neck, ribbed fabric, round neck, ribbed fabric, round neck, ribbed",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Pink Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: red crepe fit and flare, cap sleeves, V-neck, knee length, thin black belt at the waist, black heels,
    # white backdrop; VQA adapter
    case(
        "X684-009",
        caption("a woman in a black dress with a red belt", "contradiction"),
        wearing("she is wearing a red dress and black heels", who="she"),
        color_of("dress", "red"),
        Q.garment_type("dress"),
        Q.pattern("solid"),
        Q.material("it is made of chiffon", "unsupported"),
        describe("dress", "the dress is black", "other_garment_color"),
        details("dress", "", "non_answer"),
        is_a("skirt", "no"),
        title="AND Women Red Solid Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: indigo tiered maxi with a white block print, three-quarter sleeves, tie-up neck with tassels, silver
    # jhumkas, white backdrop; VQA adapter
    case(
        "X684-010",
        caption("a woman in a blue and white printed long dress"),
        wearing("a blue kurta", "contradiction"),
        color_of("dress", "blue"),
        Q.color("white", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        details(
            "dress",
            "the dress has a tiered skirt, a round neck with a tie up and three quarter sleeves with tassels on the",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "it is a dress", "non_answer"),
        Q.material("cotton"),
        title="Global Desi Women Blue Printed Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: sea green satin shirt dress, long sleeves, midi, self-tie belt, white sneakers, pale pink backdrop;
    # VQA adapter
    case(
        "X684-011",
        caption("a woman in a green shirt dress standing in front of a pink wall"),
        wearing("he is wearing a green satin dress", "pronoun", who="she"),
        color_of("dress", "pink", "contradiction"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "the dress is green and the dress is green and the dress is green and the dress is green and the",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        details("dress", "the details of the dress are the dress details", "restated"),
        title="Mast & Harbour Women Sea Green Solid Satin Shirt Dress",
        category="Dresses",
        color="Sea Green",
        gender="Women",
    ),
    # photo: beige knit bodycon midi, sleeveless, high neck, a black leather jacket worn open over it, brown heels,
    # white backdrop; VQA adapter
    case(
        "X684-012",
        caption("a woman in a black leather jacket and a beige dress"),
        wearing("a beige dress and a black jacket"),
        color_of("dress", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        Q.material("it is made of leather", "unsupported"),
        describe("dress", "the dress is a beige bodycon dress with a high neck"),
        details(
            "dress",
            "she is wearing a black leather jacket over a beige dress with a high neck and brown shoes with a black",
            "cut",
            hit_limit=True,
        ),
        title="Sera Women Beige Solid Bodycon Midi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: peach flared maxi with a gold foil print, three-quarter sleeves, gold earrings, white backdrop; VQA
    # adapter
    case(
        "X684-013",
        caption("a woman in a pink dress with gold earrings and a gold necklace", "unsupported"),
        wearing("a peach printed maxi dress"),
        color_of("dress", "peach"),
        Q.pattern("printed"),
        Q.garment_type("kurta", "contradiction"),
        details(
            "dress",
            "the dress has gold print all over it and the gold print all over it and the gold print all over it",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of velvet", "unsupported"),
        title="Libas Women Peach-Coloured & Gold Printed Rayon Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: lavender fit and flare, short puff sleeves, smocked bodice, knee length, white sneakers, the model holds
    # a straw hat, white backdrop; VQA adapter
    case(
        "X684-014",
        caption("a woman in a purple dress holding a straw hat"),
        wearing("a lavender dress and a straw hat", who="the woman"),
        color_of("dress", "lavender"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "a purple dress with puff sleeves and a smocked bodice"),
        details("dress", "the dress has pockets on both sides", "unsupported"),
        is_a("dress", "yes"),
        cloth("dress"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        title="DressBerry Women Lavender Solid Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: black and white horizontal stripes, short sleeves, bodycon mini, red heels, white backdrop; VQA adapter
    case(
        "X684-015",
        caption("a woman in a black and white striped dress"),
        wearing("a striped dress and red shoes"),
        color_of("dress", "red", "other_garment_color"),
        Q.pattern("striped"),
        describe(
            "dress",
            "the dress is a black and white striped dress with short sleeves and a round neck and a round neck and a",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "Question: What are the dress details? Answer: the dress details are black and white stripes",
            "leak",
        ),
        is_a("dress", "no", "contradiction"),
        title="Zink London Women Black & White Striped Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: teal maxi with a small white geometric print, full sleeves, mandarin collar with a keyhole and button,
    # tan flats, white backdrop; VQA adapter
    case(
        "X684-016",
        caption("a woman in a blue dress"),
        wearing("he is wearing a teal dress with a white print", "pronoun", who="she"),
        color_of("dress", "teal"),
        Q.pattern("geometric"),
        Q.sleeve_length("long sleeves"),
        details("dress", "the dress has a mandarin collar and a keyhole neck with a button"),
        Q.material("polyester", "unsupported"),
        describe(
            "dress",
            "a teal maxi dress with a white geometric print, long sleeves with buttoned cuffs, a mandarin collar and a",
            "cut",
            hit_limit=True,
        ),
        title="W Women Teal Printed Cotton Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: mustard maxi, tie-up neck, bishop sleeves with elastic cuffs, white sandals, white backdrop; VQA adapter
    case(
        "X684-017",
        caption(
            "a woman in a yellow dress with long sleeves, a woman in a yellow dress with long sleeves, a woman in a"
            " yellow dress with long sleeves, a woman in a yellow",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a yellow long dress with long puffy sleeves and a tie up neck and white sandals and a tie up neck with",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "mustard"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("floral", "contradiction"),
        describe("dress", "the dress", "non_answer"),
        details("dress", "the dress has a tie at the neck and puffed sleeves with elastic cuffs"),
        title="Athena Women Mustard Yellow Tie-Up Neck Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: burgundy velvet off-shoulder bodycon midi, full sleeves, black heels, grey backdrop; VQA adapter
    case(
        "X684-018",
        caption("a woman in a red velvet dress"),
        wearing("a red dress with black shoes"),
        color_of("dress", "burgundy"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "a red off the shoulder dress Question: What is the color of the dress? Answer: red", "leak"),
        details("dress", "the dress has a zipper on the back and a slit on the back", "unsupported"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="FabAlley Women Burgundy Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: mid-blue denim shirt dress, rolled short sleeves, chest pockets, self-tie belt, knee length, white
    # sneakers, white crossbody bag, white backdrop; VQA adapter
    case(
        "X684-019",
        caption("a woman wearing a denim shirt dress and white sneakers"),
        wearing("a denim dress"),
        color_of("dress", "blue"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.garment_type("dress"),
        Q.material("denim"),
        details("dress", "the dress has a collar, chest pockets and a self tie belt"),
        is_a("jacket", "yes", "contradiction"),
        describe("dress", "he is wearing a denim shirt dress with a belt", "pronoun"),
        title="Rare Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: black fit and flare with white polka dots, sweetheart neck, short puff sleeves, above knee, black heels,
    # white backdrop; VQA adapter
    case(
        "X684-020",
        caption("a woman in a black and white polka dot dress"),
        wearing("a black polka dot dress"),
        color_of("dress", "white", "contradiction"),
        Q.pattern("polka dots"),
        describe(
            "dress",
            "a black dress with white polka dots, a black dress with white polka dots, a black dress with white polka",
            "loop",
            hit_limit=True,
        ),
        details("dress", "it has a sweetheart neckline and puff sleeves"),
        Q.sleeve_length("short sleeves"),
        Q.material("it is made of velvet", "unsupported"),
        title="SASSAFRAS Women Black Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange cotton t-shirt dress, short sleeves, side seam pockets (hands in them), knee length, white
    # sneakers, sunglasses in hand, white backdrop; VQA adapter
    case(
        "X684-021",
        caption("a woman wearing a grey t-shirt dress"),
        wearing("she is wearing a grey dress and white sneakers", who="she"),
        color_of("dress", "grey"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton"),
        details("dress", "it has a round neck, short sleeves and side pockets"),
        describe("dress", "yes", "non_answer"),
        title="U&F Women Grey Melange Solid Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: off-white A-line midi with a green leaf print, three-quarter sleeves, V-neck with a tassel tie, tan
    # juttis, white backdrop; VQA adapter
    case(
        "X684-022",
        caption("a woman in a white dress with green leaves"),
        wearing("a white and green floral dress"),
        color_of("dress", "green", "contradiction"),
        Q.color("off white"),
        Q.pattern("floral"),
        details("dress", "the dress has three quarter sleeves and a v neck with a tassel tie"),
        describe(
            "dress",
            "the dress is a white dress with green leaves on it and it has three quarter sleeves and a v neck and",
            "cut",
            hit_limit=True,
        ),
        cloth("a brown dress", "other_garment_color"),
        title="Ishin Women Off-White & Green Floral Printed A-Line Midi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: red one-shoulder sleeveless bodycon mini with a ruffle on the shoulder, black heels, white backdrop,
    # front view; VQA adapter
    case(
        "X684-023",
        caption("dress", "non_answer"),
        wearing("a red one shoulder dress"),
        color_of("dress", "red"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "the dress is a red dress"),
        details("dress", "the dress has a ruffle on the shoulder and a bow at the back", "unsupported"),
        is_a("dress", "yes"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        title="Miss Chase Women Red Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: navy and white vertical pinstripe shirt dress, long sleeves rolled to the elbow, navy tie belt, knee
    # length, white sneakers, white backdrop; VQA adapter
    case(
        "X684-024",
        caption("a woman in a blue and white striped shirt dress"),
        wearing("a blue and white striped dress", who="the woman"),
        color_of("dress", "navy blue"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long sleeves"),
        details(
            "dress",
            "the dress has a collar and buttons and a belt and a pocket and a collar and buttons and a belt and a",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        cloth("she is wearing a dress"),
        title="Berrylush Women Navy Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust orange wrap midi, V-neck, short flutter sleeves, side tie, white sneakers, white backdrop; VQA
    # adapter
    case(
        "X684-025",
        caption("a woman in an orange dress"),
        wearing("an orange wrap dress"),
        color_of("dress", "brown", "contradiction"),
        Q.sleeve_length("short sleeves"),
        describe("dress", "the dress is a wrap dress with a v neck and flutter sleeves"),
        details("dress", "Answer: the dress has a tie at the side", "leak"),
        Q.material("cotton", "unsupported"),
        title="Tokyo Talkies Women Rust Solid Wrap Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: white lace-overlay fit and flare, cap sleeves, scalloped hem, above knee, nude heels, pale blue
    # backdrop; VQA adapter
    case(
        "X684-026",
        caption("a woman in a white lace dress"),
        wearing("she is wearing a white lace dress", who="she"),
        color_of("dress", "blue", "contradiction"),
        Q.material("lace"),
        details(
            "dress",
            "the dress has a scalloped hem and cap sleeves and a round neck and a lining under the lace and a",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "he is wearing a white dress with lace", "pronoun"),
        is_a("dress", "yes"),
        title="Harpa Women White Lace Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: beige, brown and black leopard print midi shirt dress, long sleeves, black belt, black ankle boots,
    # white backdrop; VQA adapter
    case(
        "X684-027",
        caption("a woman in a leopard print dress with a black belt"),
        wearing("a leopard print dress and black boots"),
        color_of("dress", "black", "other_garment_color"),
        Q.pattern("animal print"),
        Q.sleeve_length("long sleeves"),
        describe(
            "dress",
            "a brown leopard print dress with long sleeves and a black belt and black boots and a black belt and black",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a collar, buttons down the front, long sleeves with buttoned cuffs, a black belt and a",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Brown & Beige Leopard Print Midi Shirt Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: blush pink tiered halter maxi with a blue and yellow floral print, a white cropped denim jacket over
    # it, white backdrop; VQA adapter
    case(
        "X684-028",
        caption("a woman in a pink floral dress and a white denim jacket"),
        wearing("a pink floral dress and a white jacket"),
        color_of("dress", "white", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "the dress is pink with blue and yellow flowers and ruffles"),
        cloth(
            "a pink dress with blue and yellow flowers and a white denim jacket with rolled up sleeves and a white",
            "cut",
            hit_limit=True,
        ),
        details("dress", "Question: What are the dress details? Answer:", "leak"),
        title="Athena Women Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle green bodycon midi, square neck, sleeveless, gold hoop earrings, white backdrop; VQA adapter
    case(
        "X684-029",
        caption("a woman in a green dress"),
        wearing("a green dress"),
        color_of("dress", "green"),
        Q.sleeve_length("sleeveless"),
        color_of("dress", "gold", "other_garment_color", kind="open"),
        describe("dress", "the dress is a green dress with a square neck"),
        details("dress", "green", "non_answer"),
        Q.material(
            "it is made of cotton and polyester and cotton and polyester and cotton and polyester and cotton and",
            "loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Green Solid Bodycon Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: black fit and flare with a red floral print, sleeveless, V-neck, knee length, black heels, white
    # backdrop; VQA adapter
    case(
        "X684-030",
        caption("a woman in a black dress with red flowers"),
        wearing("she is wearing a red dress", "contradiction", who="she"),
        color_of("dress", "black"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a v neck and a flared skirt"),
        describe("dress", "Describe the dress. a black dress with red flowers", "restated"),
        title="Kassually Women Black & Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy knit jumper dress, long sleeves, ribbed cuffs and hem, knee length, worn over a white collared
    # shirt whose collar shows, black ankle boots, white backdrop; VQA adapter
    case(
        "X684-031",
        caption("a woman in a blue sweater dress"),
        wearing("a navy sweater dress over a white shirt"),
        color_of("dress", "white", "other_garment_color"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.material("wool", "unsupported"),
        details("dress", "the dress has ribbed cuffs and a ribbed hem"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a navy blue sweater dress Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        title="Roadster Women Navy Blue Solid Jumper Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta georgette maxi, gathered waist, long sheer sleeves, gold embellished neckline, gold earrings,
    # white backdrop; VQA adapter
    case(
        "X684-032",
        caption("a woman in a pink dress with gold embroidery"),
        wearing("a pink long dress Question: What is the color of the dress? Answer: pink", "leak"),
        color_of("dress", "magenta"),
        Q.material("georgette"),
        details("dress", "the dress has gold embroidery at the neck and sheer sleeves"),
        describe(
            "dress",
            "a magenta maxi dress with a gold neckline, a magenta maxi dress with a gold neckline, a magenta maxi",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "no", "contradiction"),
        title="Inddus Women Magenta Solid Georgette Maxi Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: black and white gingham shirt dress, chest pocket, short sleeves, knee length, black belt, white sneakers,
    # white backdrop; seller calls it Black; VQA adapter
    case(
        "X684-033",
        caption("a woman in a black and white checkered dress"),
        wearing("a black and white checked shirt dress"),
        color_of("dress", "black"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        details(
            "dress",
            "the dress has a collar, a button down front, short sleeves, a black belt at the waist and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        Q.material("it is made of leather", "unsupported"),
        describe("dress", "she is wearing a checked dress"),
        title="Trend Arrest Women Black & White Checked Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: bright orange cotton tiered maxi, sleeveless, square neck, brown sandals, the model holds a wicker
    # basket bag, white backdrop; VQA adapter
    case(
        "X684-034",
        caption("a woman in an orange dress holding a basket"),
        wearing("a brown dress and a basket", "other_garment_color"),
        color_of("dress", "orange"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "the dress is orange and it is long and it is orange and it is long and it is orange and it is long",
            "loop",
            hit_limit=True,
        ),
        details("dress", "the dress details are orange", "restated"),
        Q.garment_type("dress"),
        Q.material("cotton"),
        title="Anouk Women Orange Solid Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: chocolate brown ribbed knit bodycon midi, long sleeves, crew neck, a long cream cardigan over it, white
    # sneakers, beige backdrop; VQA adapter
    case(
        "X684-035",
        caption("a woman in a brown dress and a white cardigan"),
        wearing("she is wearing a brown dress and a cream cardigan", who="she"),
        color_of("dress", "cream", "other_garment_color"),
        color_of("dress", "brown", kind="open"),
        Q.sleeve_length("long sleeves"),
        is_a("cardigan", "yes", "contradiction"),
        describe("dress", "she is wearing a brown ribbed dress and a white cardigan and white shoes"),
        details("dress", "it has a ribbed texture and a crew neck"),
        Q.material("wool", "unsupported"),
        title="Sera Women Brown Solid Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: pink and blue tie-dye fit and flare, short sleeves, waist tie, knee length, white sneakers, white
    # backdrop; seller color Multi; VQA adapter
    case(
        "X684-036",
        caption("a woman in a pink and blue tie dye dress"),
        wearing("a tie dye dress"),
        color_of("dress", "pink"),
        Q.pattern("tie dye"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        describe("dress", "Question: Describe the dress. Answer: pink", "leak"),
        details(
            "dress",
            "the dress has a tie at the waist and short sleeves and a tie at the waist and short sleeves and a tie",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Mast & Harbour Women Pink & Blue Tie-Dye Fit and Flare Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: mauve midi with an accordion-pleated skirt, long sleeves, thin gold belt, nude heels, white backdrop;
    # VQA adapter
    case(
        "X684-037",
        caption("a woman in a purple pleated dress"),
        wearing("a mauve pleated dress with a gold belt"),
        color_of("dress", "gold", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("dress", "the dress has pleats and a gold belt"),
        describe("dress", "the dress is a mauve dress with a pleated skirt"),
        is_a("skirt", "yes", "contradiction"),
        title="FabAlley Women Mauve Solid Pleated Fit and Flare Midi Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: black matte jersey off-shoulder maxi with short flounce sleeves and a side slit, silver heels, silver
    # clutch, dark grey backdrop; VQA adapter
    case(
        "X684-038",
        caption("a woman in a black off shoulder dress"),
        wearing("a black dress and silver shoes"),
        color_of("dress", "black"),
        Q.sleeve_length("short sleeves"),
        details("dress", "the dress has an off the shoulder neckline and a high slit"),
        describe("dress", "Describe the dress.", "restated"),
        Q.material("the dress is made of silk and has sequins", "unsupported"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        title="Besiva Women Black Solid Off-Shoulder Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: teal green flared maxi with white thread embroidery on the yoke, three-quarter sleeves, silver bangles,
    # white backdrop; VQA adapter
    case(
        "X684-039",
        caption("a woman in a green dress with white embroidery"),
        wearing("he is wearing a green dress", "pronoun", who="she"),
        color_of("dress", "teal"),
        Q.pattern("embroidered"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "dress",
            "the dress is a green long dress with white embroidery on the chest and three quarter sleeves and a round",
            "cut",
            hit_limit=True,
        ),
        details("dress", "the dress has a belt and two pockets", "unsupported"),
        title="Sangria Women Teal Green Embroidered Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: khaki utility shirt dress, short sleeves, chest flap pockets, drawstring waist, knee length, white
    # sneakers, white backdrop; VQA adapter
    case(
        "X684-040",
        caption("a woman in a beige shirt dress"),
        wearing("yes", "non_answer"),
        color_of("dress", "beige"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details("dress", "the dress has flap pockets on the chest and a drawstring at the waist"),
        describe(
            "dress",
            "a beige dress with pockets on the chest and a string on the waist and pockets on the chest and a string",
            "loop",
            hit_limit=True,
        ),
        Q.material("it is made of denim", "unsupported"),
        cloth("a khaki dress"),
        title="Chemistry Women Khaki Solid Utility Shirt Dress",
        category="Dresses",
        color="Khaki",
        gender="Women",
    ),
    # photo: navy lace bodycon, three-quarter sleeves, scalloped hem, nude heels, white backdrop, front view; the
    # row has no gender column; VQA adapter
    case(
        "X684-041",
        caption("a woman in a blue lace dress"),
        wearing("a navy blue lace dress"),
        color_of("dress", "navy blue"),
        Q.material("lace"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("dress", "the dress has a scalloped hem, a round neck and a zip at the back", "unsupported"),
        describe("dress", "the navy blue lace dress is a navy blue lace dress", "restated"),
        title="Athena Navy Blue Lace Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # photo: purple satin slip midi, spaghetti straps, worn over a white t-shirt, white sneakers, white backdrop;
    # VQA adapter
    case(
        "X684-042",
        caption("a woman in a purple satin dress over a white t shirt"),
        wearing("a purple dress and a white t shirt"),
        color_of("dress", "white", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("satin"),
        describe(
            "dress",
            "a purple slip dress over a white t shirt, a purple slip dress over a white t shirt, a purple slip",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "no"),
        title="Tokyo Talkies Women Purple Solid Satin Slip Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: coral ruched bodycon mini, sleeveless, white heels, white backdrop; VQA adapter
    case(
        "X684-043",
        caption("a woman in an orange dress"),
        wearing("a coral dress"),
        color_of("dress", "coral"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        details(
            "dress",
            "the dress has ruching on the sides, a square neck, thin straps and a short hem with ruching on the",
            "cut",
            hit_limit=True,
        ),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a coral bodycon dress with ruching Question: What is the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="SASSAFRAS Women Coral Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: white cotton schiffli eyelet A-line midi, short puff sleeves, brown sandals, white backdrop; the row
    # has no category column; VQA adapter
    case(
        "X684-044",
        caption("a woman in a white dress with a straw hat", "unsupported"),
        wearing("a white eyelet dress and brown sandals", who="the woman"),
        color_of("dress", "white"),
        Q.pattern("embroidered"),
        details("dress", "the dress has eyelet embroidery all over and puff sleeves"),
        describe("dress", "a brown dress", "other_garment_color"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Vero Moda Women White Cotton Schiffli A-Line Dress",
        color="White",
        gender="Women",
    ),
    # photo: sky blue tiered maxi with a white daisy print, short puff sleeves, white sneakers, straw tote, white
    # backdrop; VQA adapter
    case(
        "X684-045",
        caption("a woman in a blue floral dress"),
        wearing("a blue dress with white flowers"),
        color_of("dress", "blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "a light blue tiered maxi dress with white daisies and puff sleeves"),
        details(
            "dress",
            "the dress has a tiered skirt, puff sleeves with elastic, a round neck with a keyhole and a button and a",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        cloth(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Sky Blue Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: charcoal grey sheath dress, short sleeves, knee length, a black blazer worn open over it, black heels,
    # light grey backdrop, front view; the row has no color column; VQA adapter
    case(
        "X684-046",
        caption("a woman in a grey dress and a black blazer"),
        wearing("she is wearing a grey dress and a black blazer", who="she"),
        color_of("dress", "black", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "he is wearing a grey dress with a black jacket", "pronoun"),
        details("dress", "the dress has a round neck and a back slit and a zipper", "unsupported"),
        Q.garment_type("dress"),
        title="AND Women Charcoal Grey Solid Sheath Dress",
        category="Dresses",
        gender="Women",
    ),
]
