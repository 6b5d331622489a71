"""BLIND_599 (46 products; DeepFashion In-shop style photos, base blip2-opt-2.7b + caption adapter epoch 1): written
blind in the fifty-second session. Measured blind at 902cbd0 (the session's ninth rules): 121/132 failures found (91.7%)
and 8/190 correct texts flagged (4.2%). The writer's notes, verbatim:

Scenario: a Myntra-like apparel feed (Women and Men; tops, tees, shirts, dresses, jumpsuits, skirts, jeans, trousers,
shorts, sweaters, sweatshirts, jackets and coats) whose photos look like DeepFashion In-shop shots: one model on a
plain white, light grey or beige studio backdrop, front, side, back and full-body views, the product worn with other
clothes (a tee under a jacket, jeans under a top). Seller columns: title, category (the seller's article type),
color (the seller's base colour), gender. Ten rows have no category and one row has no color, as the feed sent them.

Who wrote what: the captions come from the caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b: DeepFashion-MultiModal template sentences ("The lady wears a short-sleeve T-shirt with pure color
patterns. The T-shirt is with cotton fabric ..."), pattern words instead of hues, a stock "There is an accessory on
her wrist", and, with no end token trained, many run to the 50-token limit and stop mid-sentence or repeat a
sentence. At epoch 1 some captions still stop on their own after the last full sentence. The "details" answers and
the longer "Describe the ..." answers are also the adapter's (richer, template-like, same stopping trouble, sometimes
echoing the "Question: ... Answer:" frame); on one row every open question but "wearing" went through the adapter.
"What is he/she/the person wearing?", the open color questions, the material question and the short "Describe"
answers are the untuned base: short lowercase phrases, the one color of the outfit
given to every garment, a he/she that does not fit the model, now and then the prompt frame continued. Closed
questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference: one
candidate value, never looping or cut, but often the color of the tee under the jacket, of the backdrop or of the
print, or a near garment class.

Labeling conventions and judgement calls:
- One label per text, the failure a reviewer would name first: leak (any "Question:"/"Answer:" frame text) over loop
  over cut over the content failures.
- cut: the text ran to the token limit (hit_limit=True) and ends mid-sentence. loop: a sentence or phrase repeated
  at least twice more in a row (hit_limit=True). A caption that stopped on its own after a full sentence is not cut.
- other_garment_color: the product (or the garment asked about) given the hue of another garment the model wears in
  the photo. contradiction: a hue that belongs to no worn garment (the backdrop, a bag, the print's ink, or just
  wrong), a wrong garment class, a wrong sleeve length or pattern, or a text contradicting the caption/seller.
  A pattern or sleeve length borrowed from the layer underneath is a contradiction, not other_garment_color.
- A color of a two-tone product (stripes, checks) is correct when it names the seller's base color or the dominant
  ground; I avoided the other stripe color in closed answers so no label rests on that call.
- Shades and synonyms are correct: red for maroon, tan or brown for camel/khaki, purple for lavender, blue for navy
  or indigo, grey for charcoal or melange; tee/t-shirt/top, blouse/shirt, pants/trousers, coat/jacket, hoodie/
  sweatshirt/sweater, jumpsuit/romper.
- Template fabric words: the nearest DeepFashion class is correct (chiffon for satin or georgette, cotton for linen or
  jersey, knitting for a knit); "cotton" for a wool coat or a nylon puffer, or a free-text material that the photo
  and title contradict (linen for crepe, leather for nylon, denim for twill), is unsupported.
- unsupported: an invented detail (logo, pocket, fur collar, pocket square, hat, ring or wrist accessory that the
  photo does not show), or a front detail claimed from a back view when the title does not give it.
- non_answer: an open question answered by a bare garment word, yes/no, "unknown", or the caption template with no
  hue given to a color question. A one-word hue to an open color question is a correct answer; a one-word hue to
  "Describe the ..." is a non_answer.
- restated: the question's words handed back ("the color of the shirt", "describe the jacket", "the jacket is a
  jacket"). An answer that echoes the question and then gives the fact ("the pants are black") is correct.
- pronoun: he/his for a Women row or she/her for a Men row in an answer otherwise right; "the person" or "they" is
  never a pronoun failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_599 = [
    # photo: front view, white backdrop; woman in a navy short-sleeve chiffon-like top with small white and pink
    # flowers all over, round neck, worn untucked over white skinny jeans. Caption and details: adapter; wearing and
    # material: base; color, pattern, sleeve: reference engine.
    case(
        "X599-001",
        caption(
            "The lady wears a short-sleeve blouse with floral patterns. The blouse is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a floral top and white jeans"),
        color_of("top", "white", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("short"),
        details(
            "top",
            "The top has short sleeves, a round neckline and small flowers all over. It is loose at the hem.",
        ),
        B.material("chiffon"),
        title="Roadster Women Navy Blue Floral Print Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, light grey backdrop; man in a red pique polo shirt with white tipping on the collar, two
    # buttons, tucked out over beige chinos. Caption and description: adapter; wearing and material: base.
    case(
        "X599-002",
        caption(
            "The gentleman wears a short-sleeve polo shirt with pure color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The gentleman wears long trousers."
        ),
        wearing("a red polo shirt and khaki pants", who="he"),
        color_of("shirt", "red"),
        describe(
            "shirt",
            "The shirt is a red polo with a white collar and two buttons on the placket. She wears it with beige "
            "pants.",
            "pronoun",
        ),
        B.garment_type("polo shirt"),
        B.material("cotton Question: What material is the garment made of? Answer: cotton Question: What", "leak"),
        is_a("t-shirt", "yes"),
        title="U.S. Polo Assn. Men Red Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: side view, white backdrop; woman in a black sleeveless bodycon midi dress of matte stretch jersey,
    # holding a small gold clutch, black heels; no slit. Caption and details: adapter; wearing, material: base.
    case(
        "X599-003",
        caption(
            "The female wears a tank dress with pure color patterns. The dress is with knitting fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory in her hand. The female wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress and a gold necklace", "unsupported"),
        B.color("black"),
        B.sleeve_length("long sleeve", "contradiction"),
        details(
            "dress",
            "The dress has no sleeves, a fitted waist and a slit at the back. The dress has no sleeves, a fitted waist "
            "and a slit at the back. The dress has no sleeves,",
            "loop",
            hit_limit=True,
        ),
        B.material("jersey"),
        is_a("dress", "yes"),
        title="Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in an olive green nylon bomber jacket worn open over a plain white crew
    # tee, black slim jeans; ribbed collar, cuffs and hem, zip front, side welt pockets. Caption and details:
    # adapter; wearing and material: base.
    case(
        "X599-004",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The man "
            "also wears a short-sleeve T-shirt with pure color patterns. The man wears a long trousers. The trousers "
            "are with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a green jacket, white shirt and black jeans", who="he"),
        color_of("jacket", "white", "other_garment_color"),
        B.garment_type("jacket"),
        details(
            "jacket",
            "The jacket has a zipper in the front, ribbed cuffs and a ribbed collar. There is a zip pocket on the left "
            "sleeve.",
            "unsupported",
        ),
        B.material("leather", "unsupported"),
        is_a("coat", "no"),
        title="Roadster Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: back view, full body, white backdrop; woman in a grey melange crew-neck pullover sweater, plain back,
    # black leggings, white sneakers. No seller category. Caption, details: adapter; wearing, describe: base.
    case(
        "X599-005",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is cotton and it has pure color patterns."
        ),
        wearing("a grey sweater and black leggings", who="she"),
        color_of("sweater", "grey"),
        B.garment_type("sweater"),
        details("sweater", "The sweater has a logo on the front and two pockets at the waist.", "unsupported"),
        describe("sweater", "sweater", "non_answer"),
        B.pattern("solid"),
        title="Women Grey Melange Pullover",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: full body, front view, white backdrop; man in khaki slim chinos, a navy blue crew tee tucked out,
    # brown suede shoes. Caption, details: adapter; wearing, material: base.
    case(
        "X599-006",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is crew. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        wearing("a blue shirt and tan pants", who="he"),
        color_of("pants", "navy blue", "other_garment_color"),
        details(
            "pants",
            "The pants have a zipper fly, a button at the waist and two slant pockets at the front. The pants have a "
            "zipper fly, a button at the waist and two slant",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.material("unknown", "non_answer"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: front view, white backdrop; woman in a pink ribbed-knit tank top with thin straps, scoop neck, tucked
    # into light blue denim shorts with frayed hems. Caption, details: adapter; wearing, shorts color: base.
    case(
        "X599-007",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "this woman wears is of short length. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a pink tank top and denim shorts"),
        color_of("top", "pink"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details(
            "top",
            "The top is a pink tank top with a scoop neck and thin straps. It is ribbed and fitted. The woman also "
            "wears blue denim shorts with a frayed hem and a",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        B.pattern("striped", "contradiction"),
        title="Women Pink Ribbed Tank Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a black crew-neck tee with a large white skull print on the chest,
    # grey slim jeans. Caption, description: adapter; wearing, jeans details, material: base.
    case(
        "X599-008",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "crew neckline. The man wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt with a skull on it", who="he"),
        color_of("shirt", "white", "contradiction"),
        B.pattern("graphic"),
        describe(
            "shirt",
            "The shirt is a black t-shirt with a white skull graphic on the front. It has short sleeves and a round "
            "neckline.",
        ),
        details("jeans", "the jeans are black", "other_garment_color"),
        B.material("cotton"),
        title="Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: side view, full body, white backdrop; woman in a sleeveless blue maxi dress printed with yellow flowers,
    # v-neck, holding a straw hat at her side (not wearing it), bare feet. No seller category. Caption and details:
    # adapter; wearing: base.
    case(
        "X599-009",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a hat.",
            "unsupported",
        ),
        wearing("he is wearing a blue and yellow floral dress", "pronoun"),
        B.color("yellow", "contradiction"),
        B.garment_type("dress"),
        B.sleeve_length("sleeveless"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has no sleeves, floral patterns and a long "
            "skirt. Question: What are the dress",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "no"),
        title="Women Blue Floral Print Maxi Dress",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a light-wash blue denim trucker jacket, buttoned halfway, over a grey
    # pullover hoodie with the hood out, black pants. Caption, details: adapter; wearing, describe: base.
    case(
        "X599-010",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and "
            "its neckline is lapel. The gentleman wears a long-sleeve sweater with pure color patterns. The sweater "
            "is with cotton fabric and it has",
            "cut",
            hit_limit=True,
        ),
        wearing("a denim jacket and a grey hoodie", who="he"),
        color_of("jacket", "grey", "other_garment_color"),
        B.garment_type("jacket"),
        details(
            "jacket",
            "The jacket has two chest pockets with button flaps, metal buttons down the front and button cuffs.",
        ),
        B.material("denim"),
        describe("jacket", "he is wearing a jacket", "non_answer"),
        title="Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: back view, full body, white backdrop; woman in dark navy skinny jeans with two back pockets, a white
    # long-sleeve cotton blouse tucked in, nude flats. Caption, details: adapter; wearing, shirt color: base.
    case(
        "X599-011",
        caption(
            "The lower clothing is of long length. The fabric is denim and it has pure color patterns. The upper "
            "clothing has long sleeves, cotton fabric and pure color patterns."
        ),
        wearing("white shirt and blue jeans"),
        color_of("jeans", "black", "contradiction"),
        details("jeans", "The jeans have two back pockets, belt loops and a button at the waist."),
        B.garment_type("jeans"),
        color_of("shirt", "white", kind="open"),
        B.pattern("solid"),
        title="Women Navy Blue Skinny Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: side view, light grey backdrop; man in a white shirt with thin blue vertical stripes, button-down
    # collar, chest pocket, long sleeves rolled to the elbows, navy trousers. Caption, details: adapter; wearing,
    # material: base.
    case(
        "X599-012",
        caption(
            "The gentleman wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        wearing(
            "a blue and white striped shirt Question: What is he wearing? Answer: a blue and white striped shirt",
            "leak",
            who="he",
        ),
        color_of("shirt", "white"),
        B.pattern("striped"),
        B.sleeve_length("short sleeve", "contradiction"),
        details(
            "shirt",
            "The shirt has a button-down collar and a chest pocket, and the sleeves are rolled up to the elbows.",
        ),
        B.material("linen", "unsupported"),
        title="Men White & Blue Striped Slim Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: full body, front view, white backdrop; woman in a black-and-white gingham short-sleeve playsuit with a
    # tie belt at the waist, round neck, white sneakers. No seller category. Caption, describe: adapter; wearing:
    # base.
    case(
        "X599-013",
        caption(
            "The female wears a short-sleeve jumpsuit with lattice patterns. The jumpsuit is with cotton fabric. It "
            "has a round neckline. The jumpsuit is of short length. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a black and white checkered romper"),
        B.garment_type("dress", "contradiction"),
        B.pattern("checked"),
        B.color("black"),
        describe(
            "romper",
            "The romper has short sleeves, a round neckline, a tie belt at the waist and shorts. The romper has short "
            "sleeves, a round neckline, a tie belt at the waist and shorts. The romper",
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        title="Women Black & White Checked Playsuit",
        color="Black",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a maroon pullover hoodie with kangaroo pocket and white drawstrings,
    # grey marl joggers. Caption, details: adapter; wearing, pants color, pants description: base.
    case(
        "X599-014",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a red hoodie and grey sweatpants", who="he"),
        color_of("shirt", "red"),
        color_of("pants", "red", "other_garment_color", kind="open"),
        details("shirt", "The shirt has a hood with drawstrings, a front kangaroo pocket and ribbed cuffs and hem."),
        B.garment_type("hoodie"),
        describe("pants", "she is wearing grey sweatpants", "pronoun"),
        title="Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: front view, white backdrop; woman in a sheer white long-sleeve shirt-style top with a ruffled collar and
    # ruffled cuffs, buttons down the front, no pocket, tucked into a black pencil skirt. Caption, details: adapter;
    # wearing, skirt description, material: base.
    case(
        "X599-015",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The lady wears a medium skirt. The skirt is with cotton fabric."
        ),
        wearing("a white blouse and black skirt"),
        color_of("shirt", "black", "other_garment_color"),
        details(
            "shirt",
            "The shirt has ruffles around the collar and buttons down the front. The sleeves have ruffled cuffs. "
            "There is a pocket on the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeve"),
        B.material("chiffon"),
        describe("skirt", "the skirt is white", "other_garment_color"),
        title="Women White Ruffle Neck Shirt Style Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: full body, side view, white backdrop; man in navy blue cotton drawstring shorts and a plain white crew
    # tee, white sneakers. Caption, details: adapter; wearing, describe: base.
    case(
        "X599-016",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts the man wears is of short length. The shorts are with cotton fabric."
        ),
        wearing("white t-shirt and navy shorts", who="he"),
        color_of("shorts", "blue"),
        details(
            "shorts",
            "The shorts are short. The shorts are short. The shorts are short. The shorts are short. The shorts are "
            "short. The shorts are short. The shorts",
            "loop",
            hit_limit=True,
        ),
        describe("shorts", "they are shorts", "non_answer"),
        B.garment_type("pants", "contradiction"),
        B.pattern("solid"),
        title="Men Navy Blue Solid Regular Fit Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, white backdrop; woman in a mustard yellow chunky-knit open-front cardigan with patch
    # pockets, over a black-and-white horizontally striped tee, blue jeans. Caption, details: adapter; wearing,
    # describe: base.
    case(
        "X599-017",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "v-shape. The lower clothing is of long length. The fabric is denim and it has pure color patterns."
        ),
        wearing("a yellow cardigan, a striped shirt and jeans", who="she"),
        color_of("sweater", "black", "other_garment_color"),
        B.pattern("solid"),
        details(
            "sweater",
            "The sweater has long sleeves, an open front with no buttons and two patch pockets at the hips. It is made "
            "of a chunky knit.",
        ),
        B.garment_type("cardigan"),
        describe("sweater", "he is wearing a yellow sweater", "pronoun"),
        title="Women Mustard Yellow Open Front Cardigan",
        category="Sweaters",
        color="Mustard",
        gender="Women",
    ),
    # photo: side view, white backdrop; man in a knee-length charcoal grey wool-blend single-breasted overcoat with
    # notch lapels and flap pockets, over a black turtleneck, dark grey trousers. No seller category. Caption,
    # details: adapter; wearing, material: base.
    case(
        "X599-018",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers.",
            "unsupported",
        ),
        wearing("a grey coat and a black sweater", who="he"),
        color_of("jacket", "black", "other_garment_color"),
        details(
            "jacket",
            "The jacket has notch lapels and two flap pockets. Question: What is the color of the jacket? "
            "Answer: The jacket is",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("coat"),
        B.material("wool"),
        is_a("jacket", "yes"),
        title="Men Charcoal Grey Wool Blend Overcoat",
        color="Charcoal",
        gender="Men",
    ),
    # photo: full body, front view, white backdrop; woman in black leggings with a white stripe down each side, a
    # lavender sleeveless sports tank, white sneakers. No seller category. All open answers through the adapter on
    # this row except wearing (base).
    case(
        "X599-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and stripe "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple tank top and black leggings"),
        color_of("pants", "purple", "other_garment_color"),
        details("pants", "The pants have a white stripe down each side and an elastic waistband. They are tight."),
        B.garment_type("leggings"),
        B.pattern("striped"),
        color_of(
            "leggings",
            "The leggings are with cotton fabric and stripe patterns.",
            "non_answer",
            kind="open",
        ),
        title="Women Black Side Stripe Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a navy cable-knit crew-neck pullover, a white shirt collar showing at
    # the neck, khaki trousers. Caption, details: adapter; wearing, describe, material: base.
    case(
        "X599-020",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The gentleman wears a long trousers."
        ),
        wearing("a blue sweater over a white collared shirt and khaki pants", who="he"),
        color_of("sweater", "navy blue"),
        B.pattern("solid"),
        details(
            "sweater",
            "The sweater has a cable knit pattern on the front, ribbed cuffs and hem, and a crew neck. The sweater has "
            "a cable knit pattern on the front, ribbed cuffs and hem, and a crew",
            "loop",
            hit_limit=True,
        ),
        B.material("wool"),
        describe("sweater", "describe the sweater", "restated"),
        title="Men Navy Blue Cable Knit Pullover",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: full body, front view, white backdrop; woman in a red accordion-pleated midi skirt with an elastic
    # waistband, a black short-sleeve tee tucked in, black ankle boots. Caption, details: adapter; wearing, shirt
    # color: base.
    case(
        "X599-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric."
        ),
        wearing("a black shirt and a red skirt"),
        color_of("skirt", "white", "contradiction"),
        details(
            "skirt",
            "The skirt has pleats all around and an elastic waistband. The skirt has pleats all around and an elastic "
            "waistband. The skirt has pleats",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        B.pattern("solid"),
        color_of("shirt", "black", kind="open"),
        title="Women Red Pleated Midi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: side view, white backdrop; man in a heather grey v-neck tee, plain, no pocket or logo, dark blue jeans.
    # Caption, details: adapter; wearing, jeans color, describe: base.
    case(
        "X599-022",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is v-shape. The man wears a long trousers."
        ),
        wearing("a grey shirt and jeans", who="he"),
        color_of("shirt", "grey"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt has a v-neck and short sleeves. There is a small logo on the left chest and a pocket.",
            "unsupported",
        ),
        B.sleeve_length("short sleeve"),
        describe("shirt", "a grey v-neck t-shirt"),
        title="Men Grey Melange V-Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: back view, full body, white backdrop; woman in light-wash high-waisted denim shorts with frayed hems and
    # two back pockets, a white cropped short-sleeve tee, sandals. Caption, details: adapter; wearing, describe:
    # base.
    case(
        "X599-023",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "shorts this female wears is of short length. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and denim shorts", who="she"),
        color_of("shorts", "blue"),
        details(
            "shorts",
            "The shorts have a frayed hem, two back pockets and belt loops. He wears them with a white crop top.",
            "pronoun",
        ),
        B.garment_type("shorts"),
        describe("shorts", "shorts", "non_answer"),
        B.pattern("solid"),
        title="Women Blue Washed High-Rise Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a black faux-leather biker jacket with an asymmetric silver zip,
    # notched collar without fur, zip pockets, worn open over a white crew tee, blue jeans. No seller category.
    # Caption, details: adapter; wearing, shirt color: base.
    case(
        "X599-024",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and "
            "its neckline is lapel. The gentleman wears a short-sleeve T-shirt with pure color patterns."
        ),
        wearing("a black leather jacket, white t-shirt and jeans", who="he"),
        color_of("jacket", "black"),
        color_of("shirt", "black", "other_garment_color", kind="open"),
        details(
            "jacket",
            "The jacket has an asymmetric zipper, zippered pockets and a fur-lined collar.",
            "unsupported",
        ),
        B.material("the garment is made of material", "restated"),
        B.garment_type("jacket"),
        title="Men Black Faux Leather Biker Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: side view, white backdrop; woman in a sage green satin camisole with thin straps and lace trim at the
    # v-neck, cream wide-leg trousers. Caption, details: adapter; wearing, describe, material: base.
    case(
        "X599-025",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. The pants "
            "this woman wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a green top and white pants"),
        color_of("top", "beige", "other_garment_color"),
        details("top", "The top has thin spaghetti straps, lace trim along the neckline and a v-neck."),
        B.sleeve_length("sleeveless"),
        B.material("satin"),
        describe(
            "top",
            "a green top Question: Describe the top. Answer: a green top Question: Describe the top. Answer: a green",
            "leak",
            hit_limit=True,
        ),
        title="Women Sage Green Satin Cami Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a red-and-black buffalo check flannel shirt worn open over a black
    # crew tee, grey jeans. Caption, details: adapter; wearing, material: base.
    case(
        "X599-026",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its neckline "
            "is lapel. The man wears a short-sleeve T-shirt with pure color patterns. The man wears a long trousers. "
            "The trousers",
            "cut",
            hit_limit=True,
        ),
        wearing("a red and black plaid shirt over a black t-shirt", who="he"),
        color_of("shirt", "green", "contradiction"),
        B.pattern("checked"),
        details(
            "shirt",
            "The shirt has two chest pockets with button flaps and a curved hem. The shirt has two chest pockets with "
            "button flaps and a curved hem. The shirt has two",
            "loop",
            hit_limit=True,
        ),
        B.material("flannel"),
        is_a("jacket", "yes", "contradiction"),
        title="Men Red & Black Checked Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: full body, front view, beige backdrop; woman in a navy sleeveless wide-leg crepe jumpsuit with a v-neck
    # and a self belt, holding a tan leather handbag. Caption, details: adapter; wearing, material: base.
    case(
        "X599-027",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It has "
            "a v-shape neckline. The jumpsuit is of long length. There is an accessory in her hand."
        ),
        wearing("a blue jumpsuit"),
        B.color("beige", "contradiction"),
        B.garment_type("jumpsuit"),
        details(
            "jumpsuit",
            "The jumpsuit has a v-neck, a belt at the waist and wide legs. She is holding a brown bag.",
        ),
        B.sleeve_length("sleeveless"),
        B.material("linen", "unsupported"),
        title="Women Navy Blue Belted Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: full body, front view, white backdrop; man in black slim formal trousers, a light blue long-sleeve dress
    # shirt tucked in, black belt, black shoes. Caption, details: adapter; wearing, colors, describe: base.
    case(
        "X599-028",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric."
        ),
        wearing("a blue shirt, black pants and a belt", who="he"),
        color_of("pants", "light blue", "other_garment_color"),
        details(
            "pants",
            "The pants have a flat front, belt loops, side pockets and a turn-up at the hem.",
            "unsupported",
        ),
        B.garment_type("pants"),
        color_of("shirt", "the color of the shirt", "restated", kind="open"),
        describe("pants", "the pants are black"),
        title="Men Black Slim Fit Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: back view, white backdrop; woman in a camel double-breasted trench coat, belted, with a back storm flap
    # and a centre vent, black jeans and black boots below. Caption, details, describe: adapter; wearing: base.
    case(
        "X599-029",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. The neckline of it is lapel. "
            "This lady also wears an outer clothing, with cotton fabric and pure color patterns. The lower clothing "
            "is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan trench coat", who="she"),
        color_of("jacket", "beige"),
        details(
            "jacket",
            "Answer: The jacket has a belt at the waist, a storm flap on the back and a vent at the hem.",
            "leak",
        ),
        B.garment_type("coat"),
        describe(
            "jacket",
            "The jacket is double-breasted with eight gold buttons and two flap pockets with zips on the front.",
            "unsupported",
        ),
        is_a("dress", "yes", "contradiction"),
        title="Women Beige Double-Breasted Trench Coat",
        category="Jackets",
        color="Beige",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a navy and white horizontally striped polo shirt, white cotton
    # shorts. No seller category. Caption, details: adapter; wearing, shorts color: base.
    case(
        "X599-030",
        caption(
            "The man wears a short-sleeve polo shirt with stripe patterns. The polo shirt is with cotton fabric and "
            "its neckline is lapel. The man wears a short shorts."
        ),
        wearing("a striped polo shirt and white shorts", who="he"),
        B.color("navy blue"),
        B.pattern("solid", "contradiction"),
        color_of("shorts", "navy blue", "other_garment_color", kind="open"),
        details(
            "shirt",
            "The shirt has a collar with three buttons and short sleeves with ribbed cuffs. The shirt has a collar "
            "with three buttons and short sleeves with ribbed cuffs. The",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("polo shirt"),
        title="Men Navy Blue Striped Polo T-shirt",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, white backdrop; woman in a white crew-neck tee with "LOVE" printed across the chest in pink
    # letters, a black midi skirt. Caption, describe: adapter; wearing, shirt details, material: base.
    case(
        "X599-031",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt."
        ),
        wearing("a white t-shirt that says love and a black skirt"),
        color_of("shirt", "pink", "contradiction"),
        describe(
            "shirt",
            'The shirt is white with the word "LOVE" printed across the chest in pink letters. It has short sleeves.',
        ),
        details("shirt", "the shirt details are the shirt details", "restated"),
        B.pattern("graphic"),
        B.material("cotton"),
        title="Women White Typography Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: side view, full body, white backdrop; man in olive green cotton-twill cargo trousers with flap side
    # pockets and drawstring ankle cuffs, a black pullover hoodie. Caption, details: adapter; the rest base.
    case(
        "X599-032",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has a "
            "hooded neckline. The man wears a long pants. The pants are with cotton fabric."
        ),
        wearing("black hoodie and green cargo pants", who="he"),
        color_of("pants", "brown", "contradiction"),
        details(
            "pants",
            "The pants have large flap pockets on the sides of the legs, drawstring cuffs at the ankles and belt "
            "loops. The pants have large flap pockets on the sides of the",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        describe("pants", "pants", "non_answer"),
        B.material("denim", "unsupported"),
        title="Men Olive Green Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, white backdrop; woman in a lavender crew-neck sweatshirt with a small tonal embroidered logo
    # on the chest, light blue jeans. Caption, details: adapter; wearing, jeans color, describe: base.
    case(
        "X599-033",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric."
        ),
        wearing("a purple sweatshirt and jeans"),
        color_of("sweater", "white", "contradiction"),
        color_of("jeans", "light blue", kind="open"),
        details("sweater", "The sweater has ribbed cuffs and hem and a small embroidered logo on the chest."),
        describe("sweater", "yes", "non_answer"),
        B.garment_type("sweatshirt"),
        title="Women Lavender Solid Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: front view, light grey backdrop; man in a light grey single-breasted two-button blazer, empty chest
    # pocket, over a white shirt, navy trousers. Caption, details: adapter; wearing, pants color: base.
    case(
        "X599-034",
        caption(
            "The gentleman wears a long-sleeve suit with pure color patterns. The suit is with cotton fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey suit jacket, white shirt and blue pants", who="he"),
        color_of("jacket", "black", "contradiction"),
        details(
            "jacket",
            "The jacket has notch lapels, two buttons and a white pocket square in the chest pocket.",
            "unsupported",
        ),
        B.garment_type("jacket"),
        color_of("pants", "grey", "other_garment_color", kind="open"),
        neckline("lapel"),
        title="Men Grey Slim Fit Single-Breasted Blazer",
        category="Blazers",
        color="Grey",
        gender="Men",
    ),
    # photo: side view, white backdrop; woman in an emerald green jersey wrap dress, three-quarter sleeves, v-neck,
    # tie at the waist, knee length, nude heels. No seller category and no color column. Caption, details: adapter;
    # wearing, describe, material: base.
    case(
        "X599-035",
        caption(
            "The female wears a medium-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of medium length."
        ),
        wearing("a green dress", who="she"),
        B.color("green"),
        B.sleeve_length("short sleeve", "contradiction"),
        details(
            "dress",
            "The dress has a wrap front that ties at the waist, a v-neckline and three-quarter sleeves. The skirt "
            "falls to the knee.",
        ),
        describe("dress", "Answer: a green dress with a belt", "leak"),
        B.material("polyester"),
        title="Women Green Solid Wrap Dress",
        gender="Women",
    ),
    # photo: full body, front view, white backdrop; man in light-wash slim jeans ripped at both knees, a black crew
    # tee, white sneakers. Caption, details: adapter; wearing, describe: base.
    case(
        "X599-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The man wears a long trousers. The trousers are with denim fabric."
        ),
        wearing("a black t-shirt and ripped jeans", who="he"),
        color_of("jeans", "black", "other_garment_color"),
        details(
            "jeans",
            "The jeans have rips at the knees, a faded wash and five pockets. They are slim fit and end at the ankles. "
            "The jeans have rips at the knees, a faded",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        describe("jeans", "light blue jeans with holes in the knees and a chain on the belt loop", "unsupported"),
        B.pattern("solid"),
        title="Men Blue Light Wash Distressed Slim Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, white backdrop; woman in a black-and-white horizontally striped long-sleeve boat-neck top,
    # red cropped trousers. Caption, details: adapter; wearing, pants color: base.
    case(
        "X599-037",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long pants.",
            "contradiction",
        ),
        wearing("a striped shirt and red pants"),
        color_of("shirt", "red", "other_garment_color"),
        color_of("pants", "red", kind="open"),
        details(
            "shirt",
            "The shirt has a boat neckline, long sleeves and horizontal stripes. He is wearing red pants.",
            "pronoun",
        ),
        B.pattern("striped"),
        B.sleeve_length("long sleeve"),
        title="Women Black & White Striped Boat Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a plain white cotton sleeveless athletic tank, no logo, black
    # basketball shorts. Caption, details: adapter; wearing, describe: base.
    case(
        "X599-038",
        caption(
            "His tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "this man wears is of short length. The shorts are with cotton fabric."
        ),
        wearing("a white tank top and black shorts", who="he"),
        color_of("shirt", "white"),
        B.sleeve_length("sleeveless"),
        details(
            "shirt",
            "The shirt has no sleeves. The shirt has no sleeves. The shirt has no sleeves. The shirt has no sleeves. "
            "The shirt has no sleeves. The shirt has no",
            "loop",
            hit_limit=True,
        ),
        describe("shirt", "a white tank top with a nike logo", "unsupported"),
        B.garment_type("tank top"),
        title="Men White Solid Sleeveless Tank T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: full body, front view, white backdrop; woman in a blue denim A-line mini skirt with a button front, two
    # front pockets and a raw hem, a pink long-sleeve knit sweater tucked in, no bracelet. No seller category.
    # Caption, details: adapter; wearing, describe: base.
    case(
        "X599-039",
        caption(
            "The upper clothing has long sleeves, knitting fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of short length. The fabric is denim and it has pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink sweater and a denim skirt", who="she"),
        color_of("skirt", "pink", "other_garment_color"),
        details("skirt", "The skirt has a button front, two front pockets and a raw hem."),
        B.garment_type("skirt"),
        describe("skirt", "Question: Describe the skirt. Answer: a denim skirt", "leak"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Women Blue Denim A-Line Mini Skirt",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a bright orange nylon quilted puffer jacket zipped to a stand
    # collar, two zip side pockets, black pants, bare head. Caption, details: adapter; wearing, describe, material:
    # base.
    case(
        "X599-040",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric and "
            "its neckline is stand. The gentleman wears a long trousers.",
            "unsupported",
        ),
        wearing("an orange jacket", who="he"),
        color_of("jacket", "orange"),
        details(
            "jacket",
            "The jacket is quilted with horizontal channels, has a high collar and a zip front with two zip pockets at "
            "the sides.",
        ),
        B.material("nylon"),
        describe(
            "jacket",
            "he is wearing an orange jacket and black pants and black shoes and a black hat",
            "unsupported",
        ),
        B.garment_type("jacket"),
        title="Men Orange Padded Puffer Jacket",
        category="Jackets",
        color="Orange",
        gender="Men",
    ),
    # photo: back view, full body, white backdrop; woman in a light blue chambray long-sleeve shirt dress, knee
    # length, plain back with a yoke, white sneakers. Caption, details: adapter; wearing, describe: base.
    case(
        "X599-041",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric and its "
            "neckline is lapel. The dress is of medium length. The lady wears a long-sleeve dress with pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        B.garment_type("shirt", "contradiction"),
        B.color("blue"),
        details(
            "dress",
            "The dress has buttons down the front, a chest pocket and a belt at the waist.",
            "unsupported",
        ),
        B.sleeve_length("long sleeve"),
        describe("dress", "the dress is described as a dress", "restated"),
        title="Women Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in a beige knit v-neck sweater vest over a white long-sleeve shirt,
    # brown trousers. Caption, details: adapter; wearing, material: base.
    case(
        "X599-042",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with knitting fabric. It has "
            "a v-shape neckline. The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with "
            "cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a tan sweater vest over a white shirt", who="he"),
        color_of("sweater", "white", "other_garment_color"),
        B.sleeve_length("long sleeve", "contradiction"),
        details("sweater", "The sweater has a v-neck, ribbed armholes and hem, and it is sleeveless."),
        B.garment_type("vest"),
        B.material("wool"),
        title="Men Beige Sleeveless Sweater Vest",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: front view, white backdrop; woman in a white cotton broderie (eyelet) off-shoulder peplum top, short
    # sleeves, blue jeans, no jewellery on her wrists. Caption, details: adapter; wearing, describe, jeans color,
    # material: base.
    case(
        "X599-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with denim fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white off the shoulder top and jeans"),
        color_of("top", "white"),
        details(
            "top",
            "The top has an off-shoulder neckline with elastic, eyelet embroidery all over and a ruffled peplum at "
            "the waist.",
        ),
        describe("top", "Question: What is she wearing? Answer: a white top", "leak"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        B.material("cotton"),
        title="Women White Schiffli Off-Shoulder Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: side view, white backdrop; man in a black zip-up track jacket with two white stripes down each sleeve,
    # stand collar, over a grey tee, black track pants. Caption, details: adapter; wearing, describe: base.
    case(
        "X599-044",
        caption(
            "The man wears a long-sleeve jacket with stripe patterns. The jacket is with cotton fabric and its "
            "neckline is stand. The man wears a long pants. The pants are with cotton fabric."
        ),
        wearing("a black track jacket and track pants", who="he"),
        color_of("jacket", "white", "contradiction"),
        details(
            "jacket",
            "The jacket has a full zip, a stand collar, two white stripes down each sleeve and zip pockets. The jacket "
            "has a full zip, a stand collar, two white stripes down each sleeve and zip",
            "loop",
            hit_limit=True,
        ),
        B.pattern("striped"),
        describe("jacket", "the jacket is a jacket", "restated"),
        B.garment_type("jacket"),
        title="Men Black Track Jacket with Contrast Taping",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: full body, front view, white backdrop; woman in white wide-leg linen trousers with a drawstring high
    # waist and side pockets, a rust knit short-sleeve top. No seller category. Caption, details: adapter;
    # wearing, describe, material: base.
    case(
        "X599-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric."
        ),
        wearing("an orange top and white pants"),
        color_of("pants", "orange", "other_garment_color"),
        details(
            "pants",
            "The pants have a high waist, wide legs and a drawstring at the waist. There are side pockets and the hem "
            "is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("pants"),
        B.material("linen"),
        describe("pants", "white pants with a black belt", "unsupported"),
        title="Women White Wide Leg Linen Trousers",
        color="White",
        gender="Women",
    ),
    # photo: front view, white backdrop; man in an indigo denim long-sleeve shirt with two snap-button chest pockets
    # and contrast stitching, beige chinos. Caption, details: adapter; wearing, describe, pants color: base.
    case(
        "X599-046",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns."
        ),
        wearing("a denim shirt and khaki pants", who="he"),
        color_of("shirt", "blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        details("shirt", "The shirt has two chest pockets with snap buttons, a pointed collar and contrast stitching."),
        describe("shirt", "she is wearing a blue denim shirt", "pronoun"),
        B.garment_type("jacket", "contradiction"),
        title="Men Indigo Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
]
