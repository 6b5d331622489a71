"""BLIND_717 (46 products; Myntra girls' frocks, tops, sets; VQA adapter): written blind in the fifty-fourth session.
Measured blind at dc30159 (the session's tenth rules): 113/126 failures found (89.7%) and 9/181 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: a Myntra kids' feed of girls' dresses, frocks, tops, skirts and top-with-skirt sets (article types Dresses,
Tops, Skirts, Clothing Set). Photos are 3:4 catalog shots, mostly a girl of 2-10 years standing on a white backdrop,
front view, wearing the product with other clothes (leggings, jeans, shorts, a shrug or a denim jacket over a dress,
a tucked-in tee above a skirt), shoes and hairbands; a few have a coloured backdrop, artificial grass or a prop
(teddy bear, balloon, beach ball, stool, straw hat); one is a flat shot without a model.

Who wrote what: every text comes from Salesforce/blip2-opt-2.7b with the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA.
Captions are its free generation on an empty prompt: usually a short base-model caption ("a little girl in a pink
dress"), but it was trained on `Question: ... Answer:` strings with no end token, so some captions write a question
and answer of their own, loop or run to the 50-token limit. Open answers (wearing, describe, details, material, the
color question asked open, "what is printed") are free generation, 30 tokens: mostly short, sometimes looping on a
phrase or a color, cut at the limit, echoing the format, one word, or restating the question. Closed answers
(garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's --engine reference, one candidate
picked by the adapter, so they never loop or stop short; their failures are wrong picks.

Labeling conventions and judgement calls:
- The photo is the truth. Where the seller's color is wrong (X717-036 "Pink" frock that is plainly orange), an answer
  true to the photo is correct.
- Shades of one family are correct: peach or coral called pink, lavender or magenta in words that keep the family
  (purple for lavender), maroon called red, teal or navy called blue, off white called white.
- Color-block or two-tone products: either block's color is correct (X717-029 grey for a grey-and-pink dress).
- For top-with-skirt sets either piece is a correct garment type; "dress" for a set is a contradiction.
- A shirt dress or t-shirt dress answered "shirt" / "t-shirt" (closed type or yes to "Is this a shirt?") is labeled
  contradiction: the product is a dress.
- other_garment_color only on open answers: the product given the color of another worn item (leggings, jeans,
  shorts, top, skirt, cardigan, shoes, hat, hairband). A closed answer that picks another item's color is labeled
  contradiction, as is any answer (open or closed) that gives the color of the backdrop, the floor or a prop.
- Sleeve length of a layer worn over or under the product (cardigan, t-shirt under a pinafore) is a contradiction.
- unsupported: a feature the photo does not show (zip, pockets, hood, belt, lining, slit, things at the back of a
  front view) or a fabric the title contradicts or the photo cannot show. A fabric the title names or the photo
  plainly shows (denim, net, velvet, lace, satin) is correct.
- non_answer: empty output, yes/no, or one word to an open describe/details question, even when the word is true.
  restated: the answer only turns the question's words back ("the skirt is a skirt", the question echoed).
  A caption that names no garment at all ("a girl") is a non_answer.
- pronoun: he/his for a girl; one caption's "he" counts the same. Rows without a gender column get no pronoun label.
- cut and loop texts ran to the token limit (hit_limit=True); a text that leaks the format and runs on is labeled
  leak, with hit_limit where it reached the limit. Each text carries one label, the most visible failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

print_top = question("print", "What is printed on the top?", "open")
print_dress = question("print", "What is printed on the dress?", "open")

BLIND_717 = [
    # photo: girl in a pink sleeveless A-line dress with a small white flower print, white sandals, white backdrop,
    # front view only. VQA adapter: caption and open answers; reference engine: closed answers.
    case(
        "X717-001",
        caption("a little girl wearing a pink dress with white flowers"),
        wearing(
            "she is wearing a pink dress Question: What is the color of the dress? Answer: pink", "leak", who="she"
        ),
        color_of("dress", "pink"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless"),
        details("dress", "the dress has a round neck and a zipper at the back", "unsupported"),
        title="Gini and Jony Girls Pink Printed A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a navy-and-white horizontally striped fit-and-flare dress with short sleeves and a navy bow at
    # the waist, red ballet flats, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-002",
        caption("a little girl in a blue and white striped dress"),
        wearing("a blue and white striped dress with a bow", who="the girl"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        B.pattern("striped"),
        describe(
            "dress",
            "the dress is blue and white striped with a bow on the front and a bow on the back and a bow on the"
            " front and a bow on the back",
            "loop",
            hit_limit=True,
        ),
        is_a("frock", "yes"),
        title="Tiny Girl Girls Navy Blue & White Striped Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a yellow short-sleeved cotton jersey top with a ruffled hem, blue denim shorts, white backdrop.
    # VQA adapter open texts; reference engine closed.
    case(
        "X717-003",
        caption("a young girl in a yellow top and blue denim shorts"),
        wearing("he is wearing a yellow shirt and blue shorts", "pronoun", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        B.garment_type("top"),
        B.sleeve_length("short sleeves"),
        details("top", "the top has ruffles at the hem"),
        B.material("denim", "unsupported"),
        title="Doodle Girls Yellow Solid Ruffle Hem Top",
        category="Tops",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl in a red sleeveless top with a small white heart print and a white tiered skirt (the set), white
    # sandals, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-004",
        caption("a little girl wearing a red top and a white skirt"),
        wearing("a red top and white skirt", who="the girl"),
        color_of("skirt", "red", "contradiction"),
        B.garment_type("dress", "contradiction"),
        B.pattern("printed"),
        describe("skirt", "the skirt is a tiered skirt with ruffles"),
        details("top", "Question: What are the top details? Answer: the top has a heart print", "leak"),
        title="Nauti Nati Girls Red & White Printed Top with Skirt",
        category="Clothing Set",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a peach sleeveless flared ankle-length ethnic dress, gold embroidered yoke, gold border at the
    # hem, light grey backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-005",
        caption("a young girl in a peach dress with gold embroidery"),
        wearing("she is wearing a pink dress", who="she"),
        color_of("dress", "peach"),
        B.sleeve_length("long sleeves", "contradiction"),
        details(
            "dress",
            "the dress has gold embroidery on the yoke and a gold border on the hem and sequins on the sleeves",
            "unsupported",
        ),
        B.material("silk", "unsupported"),
        is_a("skirt", "no"),
        title="Biba Girls Peach Embroidered Cotton Flared Ethnic Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in a grey melange long-sleeved top with a pink glitter unicorn print, black leggings, white
    # backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-006",
        caption("a girl wearing a grey top with a pink unicorn on it"),
        wearing("a grey top and black leggings", who="the girl"),
        color_of("top", "black", "other_garment_color", kind="open"),
        print_top("a unicorn"),
        B.sleeve_length("long sleeves"),
        B.pattern("graphic"),
        describe("top", " ".join(["grey"] * 30), "loop", hit_limit=True),
        title="612 League Girls Grey Melange Unicorn Print Top",
        category="Tops",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: girl in a lavender sleeveless party dress, sequinned bodice, knee-length layered net skirt, silver
    # hairband, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-007",
        caption(
            "a little girl in a purple dress with a tutu skirt and a silver headband standing on a white background"
            " with her hands at her sides and the skirt of the dress is made of layers of tulle and the",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a silver dress", "other_garment_color", who="she"),
        color_of("dress", "lavender"),
        B.material("net"),
        details("dress", "the dress has sequins on the bodice and a layered skirt"),
        describe("dress", "a purple dress with a sequined bodice and a long train", "unsupported"),
        B.sleeve_length("sleeveless"),
        title="Cutecumber Girls Lavender Embellished Net Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: girl in a mustard cotton shirt dress printed with white daisies: collar, buttons down the front, fabric
    # belt, roll-up sleeves; brown sandals, white backdrop. Caption leaks the VQA format (adapter).
    case(
        "X717-008",
        caption("Question: What is the girl wearing? Answer: a yellow dress with white flowers", "leak"),
        wearing("a yellow dress"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        details("dress", "the dress has a collar, buttons down the front and a belt at the waist"),
        B.pattern("solid", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.material("cotton"),
        title="Peppermint Girls Mustard Printed Cotton Shirt Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: flat shot, no model: a white sleeveless lace top with a scalloped hem laid on a white backdrop.
    # VQA adapter open texts; reference engine closed.
    case(
        "X717-009",
        caption("a white lace top on a white background"),
        wearing("a white top"),
        B.color("white"),
        B.material("lace"),
        details("top", "the top has a lace pattern and a scalloped hem"),
        B.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes", "contradiction"),
        title="Hopscotch Girls White Lace Sleeveless Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl in a white dress with large red and blue flowers, flutter sleeves, a light-blue denim jacket worn
    # open over it, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-010",
        caption("a little girl in a floral dress and a denim jacket"),
        wearing("she is wearing a floral dress and a denim jacket", who="she"),
        color_of("dress", "multi"),
        describe("dress", "a denim dress with a floral print", "contradiction"),
        B.pattern("floral"),
        details(
            "dress",
            "the dress has a floral print and a floral print and a floral print and a floral print and a floral"
            " print and a floral print and",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes", "contradiction"),
        title="Gini and Jony Girls Multicoloured Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl in a teal knee-length flared skirt with a white printed t-shirt tucked in, white sneakers, white
    # backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-011",
        caption("a young girl wearing a white t-shirt and a teal skirt"),
        wearing("a white shirt and a blue skirt", who="the girl"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        B.garment_type("t-shirt", "contradiction"),
        describe("skirt", "the skirt is a skirt", "restated"),
        B.pattern("solid"),
        title="YK Girls Teal Solid Flared Skirt",
        category="Skirts",
        color="Teal",
        gender="Girls",
    ),
    # photo: girl in a coral pink peplum top with cap sleeves and a white bird print, white jeans, hand on hip,
    # white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-012",
        caption("a girl in a pink top and white pants posing for the camera"),
        wearing("he is wearing a pink top and white jeans", "pronoun", who="she"),
        color_of("top", "white", "contradiction"),
        describe("top", "a pink top with a bird print and a peplum"),
        details("top", "the top has cap sleeves and a peplum hem and a button closure at the back", "unsupported"),
        B.pattern("printed"),
        title="Allen Solly Junior Girls Coral Pink Bird Print Peplum Top",
        category="Tops",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a green short-sleeved blouse with gold border and a pink printed ankle-length flared skirt with a
    # gold border, pink net dupatta over one shoulder, white backdrop. VQA adapter open; reference engine closed.
    case(
        "X717-013",
        caption("a little girl in a green and pink indian outfit"),
        wearing("she is wearing a green top and a pink skirt", who="she"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        B.garment_type("skirt"),
        B.pattern("printed"),
        describe(
            "skirt",
            "the skirt is a long pink skirt with a gold border at the bottom and a green blouse with gold border on"
            " the sleeves and a pink dupatta with a",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        title="Bitiya by Bhama Girls Green & Pink Printed Ready to Wear Lehenga with Blouse and Dupatta",
        category="Clothing Set",
        color="Green",
        gender="Girls",
    ),
    # photo: girl in a red-and-white gingham pinafore dress with buttoned straps and a front patch pocket, over a
    # white long-sleeved t-shirt, white tights, black shoes, white backdrop. VQA adapter open; reference closed.
    case(
        "X717-014",
        caption("a little girl wearing a red and white checkered dress"),
        wearing("a red checkered dress over a white shirt", who="the girl"),
        color_of("dress", "red"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("checked"),
        describe("dress", "he is wearing a red and white checked dress with a white shirt underneath", "pronoun"),
        details("dress", "the dress has two buttons on the straps and a pocket on the front"),
        title="Mothercare Girls Red Checked Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a mid-blue denim shirt dress, long sleeves rolled to the elbow, two chest pockets, white
    # sneakers, holding a straw hat, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-015",
        caption("a girl in a denim dress holding a hat"),
        wearing("she is wearing a blue denim dress and white shoes", who="she"),
        B.material("denim"),
        color_of("dress", "blue", kind="open"),
        details(
            "dress",
            "Question: What are the dress details? Answer: the dress has two pockets on the chest Question: What is"
            " the color of the hat? Answer: brown Question:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        is_a("shirt", "yes", "contradiction"),
        title="Pepe Jeans Kids Girls Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in an off-white boat-neck top with thin black horizontal stripes and three-quarter sleeves, a black
    # skirt, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-016",
        caption(
            "a young girl wearing a black and white striped shirt and a black skirt and a black and white striped"
            " shirt and a black skirt and a black and white striped shirt and a black skirt and a black and white",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped shirt and a black skirt"),
        B.color("white"),
        B.sleeve_length("three-quarter sleeves"),
        B.pattern("striped"),
        describe("top", "a black skirt", "contradiction"),
        details("top", "", "non_answer"),
        B.material("linen", "unsupported"),
        title="Nauti Nati Girls Off White & Black Striped Top",
        category="Tops",
        color="Off White",
        gender="Girls",
    ),
    # photo: toddler in a bright pink sleeveless frock with a big satin bow at the waist and a frilled hem, white
    # tights, holding a white teddy bear, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-017",
        caption("a little girl in a pink dress holding a teddy bear"),
        wearing("a white dress", "other_garment_color", who="she"),
        color_of("frock", "pink"),
        is_a("frock", "yes"),
        describe("frock", "the frock is a pink frock", "restated"),
        details("frock", "white", "non_answer"),
        B.sleeve_length("sleeveless"),
        title="Lilliput Girls Pink Solid Party Frock with Bow",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a sea green short-sleeved top with a white palm tree print, blue denim shorts, holding a red,
    # yellow and blue beach ball, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-018",
        caption("a girl holding a ball wearing a green shirt and denim shorts"),
        wearing("she is wearing a blue top and denim shorts", "other_garment_color", who="she"),
        color_of("top", "red", "contradiction"),
        print_top("the top is printed", "restated"),
        describe("top", "a green top with a palm tree print and a pocket on the chest and a zipper", "unsupported"),
        B.garment_type("top"),
        title="United Colors of Benetton Kids Girls Sea Green Printed Top",
        category="Tops",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: girl in a maroon velvet long-sleeved A-line dress with a white peter pan collar, black tights, black
    # ballet flats, body turned slightly, white backdrop. Caption ran to the limit (VQA adapter).
    case(
        "X717-019",
        caption(
            "a little girl in a maroon velvet dress with a white collar and black tights and black shoes standing in"
            " front of a white wall with her hands behind her back and her hair in a ponytail and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon dress with a white collar and black tights", who="the girl"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        B.material("velvet"),
        describe("dress", "a long sleeved dress with a white collar and white cuffs and a white belt", "unsupported"),
        B.sleeve_length("short sleeves", "contradiction"),
        B.pattern("solid"),
        title="Tiny Girl Girls Maroon Velvet A-Line Dress with Collar",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: girl in a light blue t-shirt with a cat face graphic, worn untucked over a navy skirt with white polka
    # dots (the set), white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-020",
        caption("a girl in a blue shirt with a cat on it and a polka dot skirt"),
        wearing("Answer: she is wearing a blue top and skirt", "leak", who="she"),
        print_top("a cat"),
        color_of("skirt", "navy blue"),
        B.pattern("polka dot"),
        details("skirt", "the skirt has polka dots and an elastic waistband", "unsupported"),
        describe(
            "top",
            "the top is a blue top with a cat on the front and a cat on the back and a cat on the front and a cat on"
            " the back and a cat on",
            "loop",
            hit_limit=True,
        ),
        title="Doodle Girls Blue Cat Print T-shirt with Polka Dot Skirt",
        category="Clothing Set",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a white sleeveless cotton dress with eyelet (schiffli) embroidery, yellow sandals, standing in
    # front of a pale blue wall. VQA adapter open texts; reference engine closed.
    case(
        "X717-021",
        caption("a little girl in a white dress standing in front of a blue wall"),
        wearing("she is wearing a blue dress", "contradiction", who="she"),
        color_of("dress", "white"),
        B.material("cotton"),
        details("dress", "his dress has eyelet embroidery all over", "pronoun"),
        B.sleeve_length("sleeveless"),
        is_a("top", "no"),
        title="Hopscotch Girls White Schiffli Cotton Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: girl in an olive green tiered maxi dress with spaghetti straps, tan sandals, holding a straw bag, white
    # backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-022",
        caption("a girl wearing a green dress and holding a bag"),
        wearing("a long green dress and sandals", who="the girl"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        B.pattern("solid"),
        describe(
            "dress",
            "a long green dress with tiers and spaghetti straps and a slit on the side",
            "unsupported",
        ),
        details("dress", "Answer: the dress has three tiers", "leak"),
        B.garment_type("dress"),
        title="Gini and Jony Girls Olive Green Solid Tiered Maxi Dress",
        category="Dresses",
        color="Olive",
        gender="Girls",
    ),
    # photo: girl in a black short-sleeved top with a gold sequin star on the front, pink tulle tutu skirt, pink
    # ballet flats, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-023",
        caption("a young girl in a black top and a pink tutu"),
        wearing("she is wearing a black shirt with a gold star and a pink tutu skirt", who="she"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        B.garment_type("skirt", "contradiction"),
        details("top", "the top has a gold sequin star on the front"),
        describe(
            "top",
            "a black t-shirt with a gold sequin star in the middle of the front and short sleeves and a round neck"
            " and a pink tutu skirt with a pink",
            "cut",
            hit_limit=True,
        ),
        title="StyleStone Kids Girls Black Sequinned Star Top",
        category="Tops",
        color="Black",
        gender="Girls",
    ),
    # photo: girl sitting on a white stool in a magenta satin sleeveless party dress with a fabric flower at the
    # waist and a flared skirt, white backdrop. Caption loops (VQA adapter).
    case(
        "X717-024",
        caption(
            "a little girl sitting on a stool in a pink dress sitting on a stool in a pink dress sitting on a stool"
            " in a pink dress sitting on a stool in a pink dress sitting on a stool in a pink dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink party dress", who="she"),
        color_of("dress", "red", "contradiction"),
        B.material("satin"),
        details("dress", "the dress has a flower on the waist"),
        describe("dress", "a pink dress with a flower on the waist and a net lining under the skirt", "unsupported"),
        title="Cutecumber Girls Magenta Satin Party Dress",
        category="Dresses",
        color="Magenta",
        gender="Girls",
    ),
    # photo: girl in a rust orange long-sleeved ribbed top with puffed shoulders, beige trousers, white backdrop.
    # VQA adapter open texts; reference engine closed.
    case(
        "X717-025",
        caption("a girl in an orange top and khaki pants"),
        wearing("an orange top and beige pants"),
        color_of("top", "orange"),
        B.sleeve_length("long sleeves"),
        describe("top", "an orange ribbed top with puffed sleeves"),
        details(
            "top",
            "the top has puff sleeves and ribbed fabric and puff sleeves and ribbed fabric and puff sleeves and"
            " ribbed fabric and puff sleeves and ribbed",
            "loop",
            hit_limit=True,
        ),
        B.material("wool", "unsupported"),
        title="612 League Girls Rust Solid Ribbed Puff Sleeve Top",
        category="Tops",
        color="Rust",
        gender="Girls",
    ),
    # photo: girl in a mint green short-sleeved dress with small pink floral embroidery at the neckline, pink
    # hairband, white sneakers, white backdrop. Caption one word short of saying anything (VQA adapter).
    case(
        "X717-026",
        caption("a girl", "non_answer"),
        wearing(
            "she is wearing a green dress with pink flowers embroidered around the neck and short sleeves and white"
            " sneakers and a pink headband in her hair and she",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "pink", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves"),
        details("dress", "the dress has floral embroidery on the neck"),
        is_a("dress", "yes"),
        title="Nauti Nati Girls Mint Green Fit and Flare Dress with Floral Embroidery",
        color="Green",
        gender="Girls",
    ),
    # photo: girl in a mustard sleeveless top and a red ankle-length skirt with mustard block-print motifs (the
    # set), silver anklets, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-027",
        caption("a girl in a yellow top and red skirt"),
        wearing("he is wearing a yellow top and a red skirt", "pronoun", who="she"),
        color_of("top", "mustard"),
        color_of("skirt", "red", kind="open"),
        B.pattern("printed"),
        describe(
            "skirt",
            "a long red skirt with a yellow print and a yellow top with a yellow print and a red skirt with a yellow"
            " print and a yellow top",
            "loop",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        title="Biba Girls Mustard & Red Printed Cotton Top with Skirt",
        category="Clothing Set",
        color="Mustard",
        gender="Girls",
    ),
    # photo: girl in a red short-sleeved top with "HELLO SUMMER" in white letters, blue jeans, hands in pockets,
    # white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-028",
        caption("a girl wearing a red t-shirt that says hello summer"),
        wearing("a red shirt and jeans", who="the girl"),
        print_top("hello summer"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        B.pattern("graphic"),
        describe("top", "Question: Describe the top. Answer: a red t-shirt with white letters", "leak"),
        is_a("t-shirt", "yes"),
        title="Gini and Jony Girls Red Typography Print Top",
        category="Tops",
        color="Red",
        gender="Girls",
    ),
    # photo: girl in a colour-blocked cotton dress, grey melange bodice and pink gathered skirt, short sleeves, grey
    # sneakers, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-029",
        caption("a little girl in a grey and pink dress"),
        wearing("she is wearing a grey and pink dress and sneakers", who="she"),
        color_of("dress", "grey"),
        B.pattern("color block"),
        details("dress", "the dress has a grey top and pink skirt"),
        describe("dress", "a dress", "non_answer"),
        B.material("cotton"),
        title="Tiny Girl Girls Pink & Grey Colourblocked Cotton Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl twirling, barefoot, in a purple floral tiered midi skirt with a shirred elastic waist and a white
    # sleeveless top tucked in, white backdrop, slight motion blur. VQA adapter open; reference engine closed.
    case(
        "X717-030",
        caption("a little girl twirling in a purple floral skirt"),
        wearing(
            "she is wearing a white top and a purple skirt with flowers on it and she is spinning around with her"
            " arms out and her hair is flying and she is",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "white", "contradiction"),
        B.garment_type("skirt"),
        B.pattern("floral"),
        details("skirt", "the skirt has three tiers and an elastic waist"),
        describe(
            "skirt",
            "a purple skirt with white and pink flowers and a ruffled hem and a matching purple belt",
            "unsupported",
        ),
        title="Hopscotch Girls Purple Floral Print Tiered Skirt",
        category="Skirts",
        color="Purple",
        gender="Girls",
    ),
    # photo: girl in a black sleeveless dress with white polka dots and a red belt, red shoes, white backdrop.
    # Caption leaks the format and runs to the limit (VQA adapter).
    case(
        "X717-031",
        caption(
            "Question: What is the color of the dress? Answer: black and white polka dots Question: What is the color"
            " of the belt? Answer: red Question: What is",
            "leak",
            hit_limit=True,
        ),
        wearing("a black polka dot dress with a red belt and red shoes", who="the girl"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        B.pattern("polka dot"),
        B.sleeve_length("sleeveless"),
        describe(
            "dress",
            "the dress is black and white with polka dots and a red belt and red shoes and a red bow in her hair"
            " and a red bag",
            "unsupported",
        ),
        details("dress", "What are the dress details?", "restated"),
        title="UFO Girls Black & White Polka Dot Dress with Belt",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: girl in a white collared button-down top with a small blue floral print, rolled-up sleeves with button
    # tabs, light pink shorts, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-032",
        caption("a little girl wearing a white shirt with blue flowers and pink shorts"),
        wearing("she is wearing a white shirt and pink shorts", who="she"),
        color_of("top", "pink", "contradiction"),
        B.garment_type("shirt"),
        details("top", "none", "non_answer"),
        describe(
            "top",
            "the top is white with blue flowers and the shorts are pink and the top is white with blue flowers and"
            " the shorts are pink and the top",
            "loop",
            hit_limit=True,
        ),
        title="Nauti Nati Girls White & Blue Floral Print Shirt Style Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl in a navy blue self-design dress with a white collar and flutter sleeves, holding a yellow balloon,
    # pastel pink backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-033",
        caption("a little girl in a navy dress holding a yellow balloon"),
        wearing(
            "she is wearing a navy blue dress with a white collar and short flutter sleeves and she is holding a"
            " yellow balloon on a string in her right hand and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "pink", "contradiction", kind="open"),
        B.pattern("solid"),
        describe("dress", "a navy blue dress with a white collar and flutter sleeves"),
        details("dress", "the dress has a white collar and two pockets on the side", "unsupported"),
        title="Allen Solly Junior Girls Navy Blue Self Design Dress with Collar",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: girl in a peach cotton top with a crochet yoke and short sleeves, a blue denim skirt, white backdrop.
    # VQA adapter open texts; reference engine closed.
    case(
        "X717-034",
        caption("a girl in a peach top and denim skirt"),
        wearing("she is wearing a pink top and a blue skirt", who="she"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        B.material("cotton"),
        details(
            "top",
            "the top has a crochet yoke with a scalloped edge and short sleeves with a crochet trim and a round neck"
            " and a straight hem that is tucked into the",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Gini and Jony Girls Peach Cotton Top with Crochet Yoke",
        category="Tops",
        color="Peach",
        gender="Girls",
    ),
    # photo: girl in a turquoise sleeveless A-line dress with a yellow lemon print, a white long-sleeved cardigan open
    # over it, white sandals, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-035",
        caption("a little girl in a blue dress with lemons and a white cardigan"),
        wearing("she is wearing a white sweater and blue dress", who="she"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("printed"),
        print_dress("lemons"),
        describe("dress", "the dress is blue with yellow lemons on it"),
        details("dress", "the dress details are on the dress", "restated"),
        title="Doodle Girls Turquoise Blue Lemon Print A-Line Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: toddler in a plainly orange (coral-orange) sleeveless frock with a white bunny print, white shoes, white
    # backdrop; the seller calls it Pink. VQA adapter open texts; reference engine closed.
    case(
        "X717-036",
        caption("a baby girl in an orange dress with white bunnies"),
        wearing("an orange dress", who="the girl"),
        color_of("frock", "orange"),
        describe(
            "frock",
            "an orange frock with white bunnies printed all over it and a round neck and a gathered waist and a"
            " frilled hem at the bottom and the bunnies have long",
            "cut",
            hit_limit=True,
        ),
        details("frock", "yes", "non_answer"),
        is_a("frock", "yes"),
        B.sleeve_length("sleeveless"),
        B.material("wool", "unsupported"),
        title="Lilliput Girls Pink Printed Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: girl in a white peplum top with flutter sleeves, black leggings, white backdrop.
    # VQA adapter open texts; reference engine closed.
    case(
        "X717-037",
        caption("a girl in a white top and black leggings"),
        wearing("he is wearing a white shirt and black pants", "pronoun", who="she"),
        color_of("top", "white"),
        describe("top", "a white top with a ruffle at the bottom and flutter sleeves"),
        details("top", "the top details are the details of the top", "restated"),
        B.garment_type("top"),
        title="YK Girls White Solid Peplum Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: girl in a gold shimmer sleeveless dress with a pleated skirt and a black velvet bow at the waist, gold
    # shoes, dark grey backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-038",
        caption("a little girl in a gold dress with a black bow"),
        wearing("she is wearing a gold dress", who="she"),
        color_of("dress", "grey", "contradiction"),
        B.pattern("solid"),
        details(
            "dress",
            "the dress has a pleated skirt and a black bow at the waist and a black bow at the waist and a black bow"
            " at the waist and a black bow",
            "loop",
            hit_limit=True,
        ),
        B.material("polyester", "unsupported"),
        title="Cutecumber Girls Gold-Toned Shimmer Pleated Party Dress",
        category="Dresses",
        color="Gold",
        gender="Girls",
    ),
    # photo: girl in a yellow sundress with a small white flower print and tie-up spaghetti straps, white sun hat,
    # standing on artificial grass before a white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-039",
        caption("a little girl in a yellow dress and a white hat standing on grass"),
        wearing("she is wearing a yellow dress and a hat", who="she"),
        color_of("dress", "green", "contradiction", kind="open"),
        B.sleeve_length("sleeveless"),
        describe("dress", "a yellow sundress with white flowers and thin straps"),
        details(
            "dress",
            "the dress has thin straps that tie at the shoulders and a smocked panel at the back and a ruffle at"
            " the hem and a white flower print all over the",
            "cut",
            hit_limit=True,
        ),
        title="Palm Tree Girls Yellow Floral Print Sundress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: girl in a grey-and-white striped long-sleeved t-shirt dress with a red heart-shaped patch pocket, white
    # sneakers, white backdrop. Caption uses "he" (VQA adapter); closed by the reference engine.
    case(
        "X717-040",
        caption("he is standing in a grey and white striped dress with a red heart pocket", "pronoun"),
        wearing("a striped t-shirt dress", who="the girl"),
        color_of("dress", "red", "contradiction"),
        B.sleeve_length("long sleeves"),
        B.garment_type("t-shirt", "contradiction"),
        details("dress", "the dress has a heart shaped pocket on the front"),
        describe("dress", "a grey and white striped dress with a red heart pocket and a hood", "unsupported"),
        title="Peppermint Girls Grey & White Striped T-shirt Dress",
        category="Dresses",
        color="Grey",
        gender="Girls",
    ),
    # photo: girl in a light pink sleeveless top with a sequin butterfly and a matching pink pleated skirt, white
    # backdrop. The feed row has no gender column. VQA adapter open texts; reference engine closed.
    case(
        "X717-041",
        caption("a little girl in a pink top and a pink skirt"),
        wearing(
            "a pink top and a pink skirt and a pink top and a pink skirt and a pink top and a pink skirt and a pink"
            " top and a pink skirt",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        B.pattern("solid"),
        details("top", "the top has a butterfly made of sequins and a zip at the side", "unsupported"),
        describe("skirt", "pink", "non_answer"),
        title="Gini and Jony Girls Pink Sleeveless Top with Pleated Skirt",
        category="Clothing Set",
        color="Pink",
    ),
    # photo: girl in a blue washed denim A-line skirt with buttons down the front and two front pockets, a yellow
    # t-shirt tucked in, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-042",
        caption("a girl in a yellow t-shirt and a denim skirt"),
        wearing("she is wearing a yellow shirt and a blue skirt", who="she"),
        color_of("skirt", "yellow", "other_garment_color", kind="open"),
        B.material("denim"),
        B.garment_type("skirt"),
        details("skirt", "the skirt has buttons down the front and two pockets"),
        describe(
            "skirt",
            "Question: Describe the skirt. Answer: a blue denim skirt Question: Describe the skirt. Answer: a blue"
            " denim skirt Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Blue Washed Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: girl in a sleeveless top with horizontal rainbow stripes (red, orange, yellow, green, blue), white
    # shorts, white backdrop. Caption ran to the limit (VQA adapter).
    case(
        "X717-043",
        caption(
            "a young girl in a rainbow striped tank top and white shorts standing on a white background with her"
            " hands on her hips and smiling at the camera with her hair in two pigtails and a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a striped top and white shorts", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        B.pattern("striped"),
        B.sleeve_length("sleeveless"),
        describe("top", "the top is a striped top", "restated"),
        title="Hopscotch Girls Multicoloured Rainbow Striped Tank Top",
        category="Tops",
        color="Multi",
        gender="Girls",
    ),
    # photo: girl in a navy short-sleeved fit-and-flare dress with a white anchor print and red piping at the neck
    # and sleeves, red sandals, white backdrop. The row has no color column. VQA adapter open; reference closed.
    case(
        "X717-044",
        caption("a little girl in a navy blue dress with anchors on it"),
        wearing("she is wearing a blue dress and red shoes", who="she"),
        color_of("dress", "navy blue"),
        print_dress("anchors"),
        describe("dress", "he is wearing a blue dress with white anchors on it", "pronoun"),
        details(
            "dress",
            "the dress has red piping on the neck and the sleeves and a white anchor print all over and a round neck"
            " and short sleeves and a flared skirt with a",
            "cut",
            hit_limit=True,
        ),
        title="United Colors of Benetton Kids Girls Navy Printed Fit and Flare Dress",
        category="Dresses",
        gender="Girls",
    ),
    # photo: girl in an off-white short kurti-style top with a pink floral print and a solid pink flared skirt, gold
    # juttis, white backdrop. The row has no category column. VQA adapter open texts; reference engine closed.
    case(
        "X717-045",
        caption("a girl in a white top with pink flowers and a pink skirt"),
        wearing("she is wearing a white top and a pink skirt", who="she"),
        color_of("top", "off white"),
        color_of("skirt", "pink"),
        B.garment_type("dress", "contradiction"),
        details("top", "flowers", "non_answer"),
        describe(
            "top",
            "a white top with pink flowers and a pink skirt with a gold border and gold mirror work on the skirt",
            "unsupported",
        ),
        title="Biba Girls Off-White & Pink Printed Top with Skirt",
        color="Off White",
        gender="Girls",
    ),
    # photo: girl in a black sleeveless skater dress with a pink short-sleeved shrug worn over it (sold together),
    # black shoes, white backdrop. VQA adapter open texts; reference engine closed.
    case(
        "X717-046",
        caption("a little girl wearing a black dress and a pink cardigan"),
        wearing("she is wearing a black dress with a pink jacket", who="she"),
        color_of("dress", "pink", "other_garment_color", kind="open"),
        color_of("shrug", "pink"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a black skater skirt and a pink shrug with short sleeves and a pink shrug with short"
            " sleeves and a pink shrug with short sleeves and a pink",
            "loop",
            hit_limit=True,
        ),
        title="Doodle Girls Black Solid Skater Dress with Pink Shrug",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
]
