"""BLIND_663 (46 products; Myntra kids' wear, caption adapter at epoch 3): written blind in the fifty-fourth session.
Measured blind at 6e41e08 (the session's first rules): 118/137 failures found (86.1%) and 7/189 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed (Boys and Girls) of t-shirts, dresses, shorts and clothing sets. Photos are Myntra
catalog shots on a white backdrop: mostly a child model in the full outfit (the listed garment plus whatever the
stylist paired with it), some flat lays of two-piece sets with no child at all. Catalog columns as the feed has them:
title, category (Tshirts, Dresses, Shorts, Clothing Set), color (Myntra base colour) and gender; a few rows lack a
column, and two older rows carry gender "Men" for a boys' item, as the real data set does.

Who wrote what: every caption and every open answer is free generation by the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens for captions and 30 for
answers, prompt "Question: ... Answer:"). It answers almost every prompt with the DeepFashion caption template
("The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric..."), calls
boys "the gentleman" and girls "the lady", names patterns where a hue is asked, has no trained end token so some
texts loop or run to the limit, and now and then writes the next "Question:" itself. Where its language-model prior
shows through it gives short plain answers with hue names. Closed answers (garment type, color, pattern, sleeve
length, the "Is this a ...?" questions) come from enrich's --engine reference, one candidate picked per question:
they never loop or stop short, they are simply right or wrong.

Labeling conventions and judgement calls:
- One label per text. A text that loops is "loop" even when the looped clause is also wrong; a text that writes
  "Question:" or "Answer:" is "leak" even when it also runs to the limit; "cut" is a text ended mid-phrase at the
  token limit (hit_limit=True) with nothing else wrong in what it managed to say.
- Adult nouns for children ("the gentleman" for a boy, "the lady" for a girl) are the template's words and not a
  failure; a noun or pronoun of the other gender for the catalog's gender is "pronoun". Rows without a gender
  column get no pronoun label.
- Flat lays: the questionnaire still asks what "the person" is wearing; an answer that names the garments right is
  correct even though no one wears them, but an invented extra garment or shoes is "unsupported".
- A color answer that gives the color of another garment in the photo (the paired shorts, the tee under a pinafore,
  the other piece of a set) is "other_garment_color". A color taken from a print, an embroidery, a sash or a
  hairband, which are not another garment, is "contradiction", as is a hue that nothing in the photo has.
- A pattern or sleeve length taken from another garment (stripes of the tee worn under the product, long sleeves
  of an undershirt) is "contradiction", not "other_garment_color", which I kept for colors only.
- Garment type for a clothing set: naming one of the set's pieces (t-shirt, top, skirt) is correct; naming a garment
  that is not in the photo, or "jeans"/"pants" for shorts, "skirt" for a dress, is "contradiction".
- An open color question answered with the template's pattern words and no hue ("The shorts are with denim fabric
  and pure color patterns") is "non_answer"; so are "yes", "clothes", one bare color word to "Describe ...", and
  "the shorts" back for the shorts' details. "restated" is reserved for answers that repeat the question's own
  wording as the answer ("The t-shirt details are the t-shirt details.", "Describe the dress. ...").
- Fabrics: "cotton" for a jersey tee or a cotton dress is accepted as visible; a fabric that the title contradicts
  or that the photo cannot support (chiffon for a cotton dress, wool, leather, silk) is "unsupported", as are
  invented pockets, hoods, zips, bows, rings and hats.
- Seller colors are taken as true except where the photo note says otherwise; Myntra's shade names are accepted in
  their color group (teal as blue, magenta and peach as pink, khaki as beige, charcoal as grey).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

printed = question("print", "What is printed on the t-shirt?", "open")

BLIND_663 = [
    # photo: boy on white backdrop, front view, navy blue crew-neck tee with a white-and-orange "ROAR" dinosaur print on
    # the chest, khaki chino shorts, white sneakers. Caption and open answers: caption adapter epoch 3; closed:
    # reference engine.
    case(
        "X663-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("He is wearing a short-sleeve T-shirt with graphic patterns and a pair of shorts.", who="he"),
        Q.color("khaki", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        details("t-shirt", "The T-shirt has a dinosaur print on the chest and a round neckline."),
        Q.material(
            "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. "
            "The T-shirt is with",
            "loop",
        ),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on white backdrop, front view, pink short-sleeve tee with a glitter heart print and a small satin bow
    # at the neckline, tucked into a blue denim mini skirt; no bracelet or watch. Caption adapter epoch 3 wrote caption
    # and open answers; closed: reference engine.
    case(
        "X663-002",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short skirt. The T-shirt is with cotton "
            "fabric. The skirt is with denim fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("She is wearing a pink t-shirt and a denim skirt.", who="she"),
        Q.color("pink"),
        color_of("t-shirt", "The T-shirt is with graphic patterns.", "non_answer", kind="open"),
        Q.garment_type("t-shirt"),
        details(
            "t-shirt",
            "The t-shirt has a heart print in the front and a small bow at the neckline. The sleeves are short and the "
            "hem is",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Tiny Girl Girls Pink Printed T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on white backdrop, olive green chino shorts with slant pockets, plain white crew-neck tee, white canvas
    # sneakers. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-003",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The shorts this gentleman wears is of three-point length. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        Q.garment_type("shorts"),
        Q.color("white", "other_garment_color"),
        color_of("shorts", "The shorts are olive green.", kind="open"),
        details("shorts", "The shorts are short.", "non_answer"),
        Q.material("cotton"),
        is_a("pair of shorts", "yes"),
        Q.pattern("checked", "contradiction"),
        title="United Colors of Benetton Kids Boys Olive Solid Chino Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl on white backdrop, red sleeveless A-line cotton dress with small white polka dots and a white Peter
    # Pan collar, knee length, white sandals. Caption adapter epoch 3 for caption and open answers; closed answers by
    # the reference engine.
    case(
        "X663-004",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length."
        ),
        Q.pattern("polka dots"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("red"),
        describe("dress", "The dress is a dress.", "restated"),
        Q.material("The dress is with chiffon fabric.", "unsupported"),
        is_a("dress", "yes"),
        title="Cherokee Kids Girls Red Printed Cotton A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: flat lay on white, no child: royal blue crew-neck tee with a red-and-yellow race car print, grey melange
    # knit shorts with a white drawstring. Caption adapter epoch 3: caption and open answers; reference engine: closed
    # answers.
    case(
        "X663-005",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("The person is wearing a t-shirt and shorts."),
        Q.garment_type("t-shirt"),
        color_of("t-shirt", "blue"),
        color_of("shorts", "grey"),
        details(
            "t-shirt",
            "The t-shirt has a car print on the front. The car print is on the front. The car print is on the front. "
            "The car print is",
            "loop",
            hit_limit=True,
        ),
        is_a("clothing set", "yes"),
        title="Babyhug Boys Blue & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy on white backdrop, black crew-neck tee with a multicolor Avengers logo print, mid-blue jeans, front
    # view. Caption adapter epoch 3 wrote the caption and open answers; reference engine the closed ones.
    case(
        "X663-006",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The pants this gentleman wears is of long length. The pants are with denim fabric "
            "and solid color patterns."
        ),
        wearing("She is wearing a t-shirt with graphic patterns and a pair of jeans.", "pronoun", who="he"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        color_of("jeans", "The jeans are black.", "other_garment_color", kind="open"),
        Q.material("cotton"),
        title="Marvel by Wear Your Mind Boys Black Avengers Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl on white backdrop, mustard yellow fit-and-flare dress with a small white-and-pink floral print,
    # flutter sleeves, knee length, white hairband, no hat. Caption adapter epoch 3: caption and open answers; reference
    # engine: closed.
    case(
        "X663-007",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. There is a hat in her head.",
            "unsupported",
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        details(
            "dress",
            "The dress has a floral print and flutter sleeves. The dress has a floral print and flutter sleeves. The "
            "dress has a floral print and",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes", "contradiction"),
        Q.garment_type("dress"),
        title="Hopscotch Girls Mustard Yellow Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl on white backdrop, dark indigo denim shorts with frayed hems and white flower embroidery on the left
    # leg, a white-and-pink striped tee tucked in. Caption adapter epoch 3 for caption and open answers; reference
    # engine for closed.
    case(
        "X663-008",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The "
            "shorts this lady wears is of three-point length. The shorts are with denim fabric and floral patterns."
        ),
        Q.color("navy blue"),
        color_of("shorts", "The shorts are white and pink.", "other_garment_color", kind="open"),
        details("shorts", "The shorts have a frayed hem and flower embroidery on the left leg."),
        Q.material("denim"),
        Q.pattern("striped", "contradiction"),
        wearing(
            "She is wearing a striped t-shirt and denim shorts. Question: What is the color of the shorts? Answer:",
            "leak",
            who="she",
        ),
        title="Tiny Girl Girls Navy Blue Embroidered Denim Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, pink sleeveless top with a white butterfly print, white cotton shorts with pink
    # piping and no pockets, front view. Caption adapter epoch 3: caption and open answers; reference engine: closed
    # answers.
    case(
        "X663-009",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        color_of("top", "pink"),
        color_of("shorts", "pink", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("top", "The top is pink with white butterflies printed all over it and a round neck."),
        Q.material(
            "The top is with cotton fabric and the shorts are with cotton fabric and the shorts are with cotton fabric "
            "and the shorts are with",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "The shorts have pink piping on the sides and two zip pockets.", "unsupported"),
        title="Nauti Nati Girls Pink & White Printed Top with Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy on white backdrop, bottle green pique polo with white tipping on the collar and a two-button placket,
    # no chest pocket, beige chinos. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-010",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns."
        ),
        Q.garment_type("polo shirt"),
        Q.color("green"),
        color_of("t-shirt", "The t-shirt is beige.", "other_garment_color", kind="open"),
        details("t-shirt", "The polo shirt has a collar and a button placket and a chest pocket.", "unsupported"),
        wearing("yes", "non_answer", who="he"),
        Q.pattern("solid"),
        title="Allen Solly Junior Boys Green Solid Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl on white backdrop, navy-and-white vertical striped cotton shirt dress, full-length sleeves with
    # buttoned cuffs, button front, self tie belt, knee length, white sneakers. Caption adapter epoch 3: caption and
    # open answers; reference engine: closed.
    case(
        "X663-011",
        caption(
            "The lady is wearing a long-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of knee length."
        ),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("short", "contradiction"),
        details("dress", "The dress has a collar, buttons down the front and a tie belt at the waist."),
        Q.material("The dress is with denim fabric.", "unsupported"),
        is_a("dress", "yes"),
        title="YK Girls Navy Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy on white backdrop, grey melange knit shorts with an elastic waistband, white drawstring and two side
    # pockets, black crew-neck tee with a small white chest logo. Caption adapter epoch 3: caption and open answers;
    # reference engine: closed.
    case(
        "X663-012",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        color_of("shorts", "The shorts are grey.", kind="open"),
        details("shorts", "The shorts have an elastic waistband with a drawstring and two side pockets."),
        Q.garment_type("shorts"),
        wearing("The girl is wearing a black t-shirt and grey shorts.", "pronoun", who="the boy"),
        is_a("skirt", "yes", "contradiction"),
        title="Pepe Jeans Boys Grey Melange Solid Knit Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: boy on white backdrop, red crew-neck tee with a navy "SUPER KID" text print, navy shorts with a red side
    # stripe. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-013",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        Q.color("red"),
        color_of("shorts", "navy blue"),
        color_of("t-shirt", "The t-shirt is navy blue.", "other_garment_color", kind="open"),
        describe("t-shirt", "The t-shirt is described as a t-shirt.", "restated"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Doodle Boys Red & Navy Blue Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: girl on white backdrop, white crew-neck tee with a large multicolor rainbow and the word "HAPPY", light
    # blue jeans. Caption adapter epoch 3 for the caption and open answers; reference engine for closed.
    case(
        "X663-014",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue", "other_garment_color"),
        color_of("t-shirt", "The t-shirt is white with a rainbow print.", kind="open"),
        printed("a rainbow and the word happy"),
        Q.pattern("graphic"),
        wearing("He is wearing a white t-shirt and blue jeans.", "pronoun", who="she"),
        title="United Colors of Benetton Kids Girls White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: girl on white backdrop, dusty pink cotton tiered maxi dress, sleeveless with thin shoulder straps, ankle
    # length. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length.",
            "unsupported",
        ),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        details("dress", "The dress has three tiers and thin shoulder straps and it is ankle length."),
        Q.material("cotton"),
        is_a("dress", "no", "contradiction"),
        title="Peppermint Girls Pink Solid Cotton Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl on white backdrop, lemon yellow cotton shorts with a paper-bag waist and a self bow, white sleeveless
    # top with a yellow lemon print. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-016",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. The "
            "shorts this lady wears is of three-point length. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("yellow"),
        color_of("shorts", "The shorts are white.", "other_garment_color", kind="open"),
        details("shorts", "the shorts", "non_answer"),
        Q.pattern("solid"),
        is_a("skirt", "no"),
        wearing(
            "Answer: The lady wears a sleeveless tank top with graphic patterns and a three-point shorts.",
            "leak",
            who="she",
        ),
        title="Gini and Jony Girls Yellow Solid Paper Bag Shorts",
        category="Shorts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: flat lay on white, no child: lavender long-sleeve top with a unicorn print, grey leggings with a small
    # white star print; no shoes. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-017",
        caption(
            "The lady wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and graphic patterns."
        ),
        wearing(
            "The person is wearing a long-sleeve t-shirt and leggings and a pair of white sneakers.", "unsupported"
        ),
        color_of("top", "grey", "other_garment_color"),
        color_of("leggings", "grey"),
        Q.sleeve_length("long"),
        Q.garment_type("top"),
        details(
            "top",
            "The top has a unicorn print on the front. The top has a unicorn print on the front. The top has a unicorn "
            "print on the",
            "loop",
            hit_limit=True,
        ),
        title="Babyhug Girls Purple Printed Top with Leggings",
        category="Clothing Set",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy on white backdrop, orange tee with a plain ribbed crew neck (no buttons) and a Chhota Bheem cartoon
    # character print, blue denim shorts. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    # Older row, gender "Men".
    case(
        "X663-018",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns."
        ),
        Q.color("orange"),
        printed("a cartoon character"),
        color_of("shorts", "The shorts are orange.", "other_garment_color", kind="open"),
        wearing(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. Question: What is the color of the "
            "T-shirt? Answer: The T-shirt is",
            "leak",
            who="he",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "The t-shirt has a cartoon print on the front, a contrast collar and buttons on the shoulder.",
            "unsupported",
        ),
        title="Chhota Bheem Kids Boys Journey to Petra Orange Tshirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: girl on white backdrop, teal A-line dress with a self-design lace yoke, cap sleeves, knee length, a silver
    # glitter belt. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-019",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with lace fabric. It has a "
            "round neckline. The dress is of knee length."
        ),
        Q.color("teal"),
        Q.pattern("checked", "contradiction"),
        describe(
            "dress",
            "The dress is with lace fabric and it has a round neckline. The dress is with lace fabric and it has a "
            "round neckline. The dress is",
            "loop",
            hit_limit=True,
        ),
        details("dress", "The dress has a lace yoke, short cap sleeves and a silver belt at the waist."),
        is_a("dress", "yes"),
        Q.garment_type("jumpsuit", "contradiction"),
        title="Nauti Nati Girls Teal Self Design A-Line Dress",
        category="Dresses",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy on white backdrop, mid-blue washed denim shorts with turned-up hems, five pockets, plain back pockets,
    # plain yellow tee. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-020",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with denim "
            "fabric and pure color patterns."
        ),
        Q.garment_type("jeans", "contradiction"),
        Q.color("blue"),
        color_of("shorts", "The shorts are with denim fabric and pure color patterns.", "non_answer", kind="open"),
        Q.material("denim"),
        details(
            "shorts",
            "The shorts have a button fly, five pockets, turned-up hems, and a zipper on the back pocket.",
            "unsupported",
        ),
        wearing("He is wearing what he is wearing.", "restated", who="he"),
        title="Cherokee Kids Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: boy on white backdrop, white short-sleeve shirt with thin navy stripes, spread collar and a chest pocket,
    # navy shorts with an elastic waist, brown sandals. Caption adapter epoch 3: caption and open answers; reference
    # engine: closed.
    case(
        "X663-021",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. The gentleman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        Q.pattern("striped"),
        wearing("He is wearing a striped shirt and navy shorts and a pair of sandals.", who="he"),
        describe("shirt", "The shirt is white with navy stripes and has a collar and a pocket on the chest."),
        is_a("dress", "yes", "contradiction"),
        Q.material("cotton"),
        details(
            "shorts",
            "The shorts are navy blue with an elastic waist. The shorts are navy blue with an elastic waist. The "
            "shorts are navy",
            "loop",
            hit_limit=True,
        ),
        title="Mothercare Boys White & Navy Blue Striped Shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: girl on white backdrop, purple-and-pink horizontal striped tee with puff sleeves and a round neck, white
    # shorts. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-022",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.pattern("striped"),
        Q.color("purple"),
        color_of("t-shirt", "The t-shirt is purple and pink striped.", kind="open"),
        details("t-shirt", "The t-shirt has puff sleeves and a round neck."),
        wearing("She is wearing.", "restated", who="she"),
        Q.sleeve_length("short"),
        describe(
            "t-shirt",
            "The t-shirt is purple and pink striped with puff sleeves. Question: Describe the shorts. Answer: The "
            "shorts are",
            "leak",
            hit_limit=True,
        ),
        title="Gini and Jony Girls Purple Striped Puff Sleeve T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: girl on white backdrop, white sleeveless cotton dress with blue flowers embroidered along the hem, knee
    # length, blue hairband. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-023",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of knee length. There is an accessory on her head."
        ),
        Q.color("blue", "contradiction"),
        Q.pattern("floral"),
        details("dress", "The dress has blue flowers embroidered on the hem."),
        Q.material("The dress is made of silk and lace.", "unsupported"),
        describe("dress", "A white dress with blue flowers on the bottom. Answer: A white dress with blue", "leak"),
        title="Hopscotch Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: flat lay on white, no child: peach cotton shorts with a small white-and-green floral print and an
    # elasticated waist. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-024",
        caption("The lady wears a three-point shorts. The shorts are with cotton fabric and floral patterns."),
        Q.color("pink"),
        Q.pattern("floral"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts.", "unsupported"
        ),
        details(
            "shorts",
            "The shorts have an elastic waistband and a floral print. The shorts have an elastic waistband and a "
            "floral print. The shorts have",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        Q.garment_type("skirt", "contradiction"),
        title="Nauti Nati Girls Peach Floral Print Shorts",
        category="Shorts",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl on white backdrop, mustard top with short ruffle sleeves, light blue denim shorts, white sneakers.
    # Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-025",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "yellow"),
        color_of("shorts", "The shorts are yellow.", "other_garment_color", kind="open"),
        wearing(
            "She wears a top and shorts. She wears a top and shorts. She wears a top and shorts. She wears a top and "
            "shorts. She",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        Q.material("The top is made of cotton and the shorts are made of denim."),
        title="Nauti Nati Girls Mustard Ruffle Top with Denim Shorts",
        category="Clothing Set",
        color="Mustard",
        gender="Girls",
    ),
    # photo: boy on white backdrop, charcoal grey crew-neck tee with a neon green "GAME ON" print, no hood, black track
    # pants. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The pants this lady wears is of long length. Her pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        Q.color("grey"),
        Q.pattern("graphic"),
        color_of("t-shirt", "The t-shirt is green.", "contradiction", kind="open"),
        describe("t-shirt", "The t-shirt has a print that says game on and a hood.", "unsupported"),
        Q.sleeve_length("short"),
        title="YK Boys Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl on white backdrop, maroon party dress: sleeveless velvet bodice, maroon tulle skirt to the knee, a
    # gold ribbon belt tied in a bow at the waist. Caption adapter epoch 3: caption and open answers; reference engine:
    # closed answers.
    case(
        "X663-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a round neckline. The dress is of knee "
            "length. There is a belt on her waist."
        ),
        Q.color("red"),
        Q.material("velvet"),
        Q.garment_type("skirt", "contradiction"),
        details(
            "dress",
            "The dress has a velvet bodice and a net skirt with a gold bow at the waist. The dress has a velvet bodice "
            "and a net",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Cherokee Kids Girls Maroon Velvet Party Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy on white backdrop, navy shorts with a thin white-and-red check, white polo tee. Caption adapter epoch
    # 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-028",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "lattice patterns."
        ),
        Q.pattern("checked"),
        Q.color("navy blue"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: The shorts are with cotton fabric and lattice patterns.",
            "leak",
        ),
        wearing("The boy is wearing a shirt with pure color patterns and shorts with lattice patterns.", who="the boy"),
        title="Allen Solly Junior Boys Navy Blue Checked Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: flat lay on white, no child: white crew-neck tee with a green dinosaur print, solid green cotton knit
    # shorts with an elastic waist. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-029",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "green", "other_garment_color"),
        color_of("shorts", "green"),
        printed("a dinosaur"),
        Q.garment_type("clothing set"),
        details("shorts", "The shorts have an elastic waist."),
        wearing("clothes", "non_answer"),
        Q.material("denim", "unsupported"),
        title="Babyhug Boys White & Green Dinosaur Print T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
        gender="Boys",
    ),
    # photo: girl on white backdrop, plain sea green (mint) tee with a knotted hem, short sleeves, light grey leggings;
    # no print front or back. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("green"),
        color_of("t-shirt", "The t-shirt is grey.", "other_garment_color", kind="open"),
        details(
            "t-shirt",
            "The t-shirt has a knot at the hem and a round neck and short sleeves and a print of a cat on the back.",
            "unsupported",
        ),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        wearing("She is wearing a green t-shirt and grey leggings.", who="she"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Pepe Jeans Girls Sea Green Solid Knot Hem T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: girl on white backdrop, mid-blue denim pinafore dress (sleeveless, bib front, knee length) over a white-
    # and-red striped long-sleeve tee. Caption adapter epoch 3: caption and open answers; reference engine: closed
    # answers.
    case(
        "X663-031",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns.",
            "contradiction",
        ),
        Q.sleeve_length("long", "contradiction"),
        Q.color("blue"),
        Q.material("denim"),
        color_of("dress", "The dress is blue.", kind="open"),
        Q.pattern("solid"),
        is_a("dress", "yes"),
        title="Gini and Jony Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, black cycling shorts, a pink oversized graphic tee hanging over the waistband so
    # the waist is not visible. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("pink", "other_garment_color"),
        color_of("shorts", "The shorts are black.", kind="open"),
        Q.garment_type("shorts"),
        details(
            "shorts",
            "The shorts are made of lycra and have a high waist with a drawstring and two side pockets.",
            "unsupported",
        ),
        Q.material(
            "The shorts are with cotton fabric and pure color patterns. Question: What is the color of the shorts? "
            "Answer: The shorts are with cotton",
            "leak",
            hit_limit=True,
        ),
        title="Cherokee Kids Girls Black Solid Cycling Shorts",
        category="Shorts",
        color="Black",
        gender="Girls",
    ),
    # photo: girl on white backdrop, matching sky blue co-ord: sleeveless top with ruffled shoulders and shorts, both
    # with a white daisy print; back not shown. Caption adapter epoch 3: caption and open answers; reference engine:
    # closed.
    case(
        "X663-033",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and floral "
            "patterns."
        ),
        color_of("top", "blue"),
        color_of("shorts", "blue"),
        Q.pattern("floral"),
        wearing("she is wearing a floral top and shorts", who="she"),
        describe(
            "top",
            "The top is blue with white daisies and it has a ruffle on the shoulders and a zipper at the back.",
            "unsupported",
        ),
        Q.garment_type("romper", "contradiction"),
        details("shorts", "The shorts details are shorts.", "restated"),
        title="Peppermint Girls Blue Floral Print Top with Shorts",
        category="Clothing Set",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy on white backdrop, red long-sleeve henley tee with a three-button placket, olive cargo pants. Caption
    # adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-034",
        caption(
            "The gentleman is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "cotton fabric and pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.color("green", "other_garment_color"),
        color_of("t-shirt", "red", kind="open"),
        details("t-shirt", "The t-shirt has three buttons on the placket."),
        wearing("He is wearing a red henley t-shirt and olive cargo pants.", who="he"),
        Q.garment_type("sweater", "contradiction"),
        title="Mothercare Boys Red Solid Henley T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl on white backdrop, black knee-length dress with a pink and yellow fruit print, short puff sleeves, a
    # pink sash at the waist; no rings or jewellery. Caption adapter epoch 3: caption and open answers; reference
    # engine: closed.
    case(
        "X663-035",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length. This lady wears a ring.",
            "unsupported",
        ),
        Q.color("pink", "contradiction"),
        Q.pattern("graphic"),
        color_of("dress", "The dress is black with a fruit print.", kind="open"),
        Q.sleeve_length("short"),
        describe("dress", "black", "non_answer"),
        title="Nauti Nati Girls Black Printed Fit and Flare Dress",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: boy on white backdrop, khaki cargo shorts with flap pockets on the sides, no belt, navy blue crew-neck tee.
    # Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-036",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns. There is a belt on his waist.",
            "unsupported",
        ),
        Q.color("beige"),
        color_of(
            "shorts",
            "The shorts are khaki. The shorts are khaki. The shorts are khaki. The shorts are khaki. The shorts are",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("shorts", "The shorts have cargo pockets on the sides with flaps."),
        Q.garment_type("pants", "contradiction"),
        Q.material("cotton"),
        wearing("The lady is wearing a t-shirt and cargo shorts.", "pronoun", who="he"),
        title="Gini and Jony Boys Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: flat lay on white, no child: royal blue tee with a red Spider-Man face print, red shorts with a black web
    # print. Caption adapter epoch 3: caption and open answers; reference engine: closed answers. No gender column.
    case(
        "X663-037",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "graphic patterns."
        ),
        color_of("t-shirt", "blue"),
        color_of("shorts", "blue", "other_garment_color"),
        printed("spiderman"),
        details("shorts", "The shorts are red with a black spider web print and an elastic waist."),
        wearing(
            "Question: What is the person wearing? Answer: The gentleman is wearing a short-sleeve T-shirt with "
            "graphic patterns. Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("t-shirt"),
        title="Marvel Boys Blue Spider-Man Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Blue",
    ),
    # photo: girl on white backdrop, fuchsia tee with a silver foil star print, three-quarter sleeves, black leggings.
    # Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-038",
        caption(
            "The lady wears a medium-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        Q.sleeve_length("three-quarter"),
        Q.color("pink"),
        color_of("t-shirt", "The t-shirt is black.", "other_garment_color", kind="open"),
        details("t-shirt", "The t-shirt details are the t-shirt details.", "restated"),
        Q.pattern("graphic"),
        wearing("The girl is wearing a pink t-shirt and black leggings.", who="the girl"),
        is_a("dress", "yes", "contradiction"),
        title="Lilliput Girls Fuchsia Foil Print T-shirt",
        category="Tshirts",
        color="Magenta",
        gender="Girls",
    ),
    # photo: girl on white backdrop, green-and-white gingham check dress with a smocked bodice, short puff sleeves and a
    # gathered skirt, knee length; she holds a brown teddy bear. Caption adapter epoch 3: caption and open answers;
    # reference engine: closed.
    case(
        "X663-039",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of knee length."
        ),
        Q.pattern("checked"),
        Q.color("green"),
        details("dress", "The dress has a smocked bodice, short puff sleeves and a gathered skirt."),
        describe(
            "dress",
            "The dress is green and white checked. The dress is green and white checked. The dress is green and white "
            "checked. The",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a checked dress and holding a teddy bear.", "pronoun", who="she"),
        Q.garment_type("dress"),
        Q.material("cotton"),
        title="Peppermint Girls Green Checked Smocked Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # photo: girl on white backdrop, white denim shorts with rolled hems, belt loops and a button closure, coral red
    # tee. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns."
        ),
        Q.color("white"),
        color_of("shorts", "The shorts are white.", kind="open"),
        Q.material("denim"),
        details(
            "shorts",
            "The shorts have rolled hems, a button closure, belt loops, two front pockets and two back pockets and a "
            "small",
            "cut",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        wearing("He is wearing a red t-shirt and white denim shorts.", "pronoun", who="she"),
        title="Gini and Jony Girls White Denim Shorts",
        category="Shorts",
        color="White",
        gender="Girls",
    ),
    # photo: girl on white backdrop, white short-sleeve round-neck top (no collar, no pocket) with a red cherry print,
    # red flared cotton skirt. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        color_of("top", "red", "other_garment_color"),
        color_of("skirt", "red"),
        Q.garment_type("skirt"),
        printed("cherries"),
        Q.material(
            "The top is with cotton fabric. The skirt is with cotton fabric. The top is with cotton fabric. The skirt "
            "is with cotton fabric. The top",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("top", "The top has a cherry print, a peter pan collar and a pocket on the chest.", "unsupported"),
        describe("skirt", "red", "non_answer"),
        title="Tiny Girl Girls White & Red Printed Top with Skirt",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: boy on white backdrop, mustard short-sleeve tee with a navy chest pocket, grey chino shorts. Caption
    # adapter epoch 3: caption and open answers; reference engine: closed answers. No color column in this row.
    case(
        "X663-042",
        caption(
            "The gentleman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        Q.color("yellow"),
        details("t-shirt", "The t-shirt has a pocket."),
        color_of("shorts", "The shorts are yellow.", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        describe("t-shirt", "yes", "non_answer"),
        Q.sleeve_length("short"),
        title="Cherokee Kids Boys Mustard Solid Pocket T-shirt",
        category="Tshirts",
        gender="Boys",
    ),
    # photo: girl on white backdrop, lavender sleeveless party dress with a sequinned bodice and a layered tulle skirt
    # to mid-calf, silver ballet flats. Caption adapter epoch 3: caption and open answers; reference engine: closed.
    case(
        "X663-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a pair of shoes. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        Q.sleeve_length("sleeveless"),
        details("dress", "The dress has sequins on the bodice and a layered tulle skirt."),
        Q.material("leather", "unsupported"),
        Q.garment_type("dress"),
        describe("dress", "Describe the dress. The dress is a party dress.", "restated"),
        title="Hopscotch Girls Lavender Sequinned Tulle Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy on white backdrop, maroon knit track shorts with white piping down the sides, no pockets or logo
    # visible, grey crew-neck tee. Caption adapter epoch 3: caption and open answers; reference engine: closed. Older
    # row, gender "Men".
    case(
        "X663-044",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and "
            "pure color patterns."
        ),
        Q.color("grey", "other_garment_color"),
        color_of("shorts", "The shorts are maroon with white piping on the sides.", kind="open"),
        details(
            "shorts",
            "The shorts have white piping on the sides, a zip pocket at the back and a logo on the leg.",
            "unsupported",
        ),
        wearing("He is wearing a grey t-shirt and maroon shorts.", who="he"),
        Q.garment_type("shorts"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Palm Tree Kids Boys Maroon Track Shorts",
        category="Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: girl on white backdrop, navy-and-white striped top with a plain white sailor collar (no bow), white shorts
    # with navy buttons. Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-045",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        color_of("top", "navy blue"),
        color_of("shorts", "navy blue", "other_garment_color"),
        Q.pattern("striped"),
        details("top", "The top has a sailor collar with a red bow.", "unsupported"),
        wearing(
            "She is wearing a striped top and white shorts. She is wearing a striped top and white shorts. She is "
            "wearing",
            "loop",
            who="she",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Navy Blue & White Striped Top with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl on white backdrop, turquoise tee with a white "SUMMER VIBES" text and palm tree print, white shorts.
    # Caption adapter epoch 3: caption and open answers; reference engine: closed answers.
    case(
        "X663-046",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The shorts this",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        printed("summer vibes"),
        color_of("t-shirt", "The t-shirt is white.", "other_garment_color", kind="open"),
        Q.garment_type("top"),
        Q.material("wool", "unsupported"),
        Q.pattern("striped", "contradiction"),
        describe("t-shirt", "Describe the t-shirt: the t-shirt.", "restated"),
        title="Allen Solly Junior Girls Turquoise Blue Printed T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Girls",
    ),
]
