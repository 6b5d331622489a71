"""BLIND_679 (46 products; Myntra women's tops/tees/shirts, caption e3+VQA): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 121/136 failures found (89.0%) and 7/197 correct texts flagged
(3.6%). The writer's notes, verbatim:

Scenario: a Myntra-like women's feed of Tops, Tshirts and Shirts. Product shots on a white backdrop, the top worn by
a model together with other clothes (jeans, trousers, shorts, skirts, leggings, now and then an open jacket, blazer
or shirt over the product, or a tank top under it). Seller columns: title, category (article_type), color
(base_colour), gender; one row lacks the color, one the category, one the gender.

Who wrote what: every caption comes from the caption adapter at epoch 3 (Data2_V2_Blip2_Finetune_Caption). It
writes the DeepFashion template ("The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with
cotton fabric. It has a round neckline. The lady wears a long pants...") with pattern words, never hue names, and
with no end token it runs to the 50-token limit, cut mid-sentence or looping a template sentence, and sometimes adds
a template accessory sentence that the photo does not support, or calls the woman "the man"/"the gentleman". Every
answer comes from the VQA adapter (Data3_V3_BLIP2_VQA) with the experiments' questions: "What is she wearing?",
"What is the color of the <garment>?", "What is the <garment> color?", "Describe the <garment>.", "What are the
<garment> details?", "Is this a <garment>?", pattern, sleeve length and material. The color, pattern, sleeve and
yes/no questions are closed (enrich --engine reference picks one candidate, so they never loop or stop short); the
"What is the <garment> color?" question, wearing, describe, details and material are free generation, which loops,
runs on into the next "Question: ... Answer:", echoes the question or answers with one word.

Labeling conventions and judgement calls:
- Shade synonyms in the seller's color group are correct (peach -> pink, olive -> green, navy -> blue, off white
  or cream -> white, maroon or burgundy -> red, turquoise -> blue). A hue in another group is a contradiction
  (navy -> black, maroon -> brown, rust -> brown, turquoise -> green, fuchsia -> purple, beige -> white).
- A wrong color for the product that is the color of another garment in the photo (jeans, trousers, shorts, skirt,
  leggings, an open jacket or blazer, a tank top underneath) is other_garment_color, also when that color also
  appears in a thin stripe of the product (035: black for a white shirt with hairline black stripes worn with black
  trousers). The color of the product's own print or sequins (pink flowers on a grey tee, silver sequins on a
  black top, blue flowers on a yellow shirt) is a contradiction, not another garment's color.
- The same color for the product and the other garment is correct when both really have it (042 black on black).
- A wrong garment kind or sleeve/pattern that another text or the title contradicts is a contradiction; "yes" to
  "Is this a jacket?" when a jacket is worn over the t-shirt being sold counts as a contradiction (the product is
  the t-shirt); "kurta" for a tunic-length top sold as Tops also.
- Fabrics: the caption template always names one. A fabric the photo makes plausible (cotton for jersey, denim for
  jeans, chiffon for a floaty top, silk for satin) is correct; one the photo or title rules out (denim for a fine
  pinstripe shirt, linen for a shirt titled Cotton, silk for a matte cotton shirt) is unsupported. Invented pockets,
  cuffs, belts, rings, hats or wrist accessories are unsupported; a wrist accessory that is there (bangles, a watch)
  is correct.
- A text that runs to the limit and ends mid-sentence is cut even if it also says something doubtful before the cut;
  a text that repeats a phrase until the limit is a loop; a text that continues into "Question: ... Answer:" (or starts
  with "Answer:") is a leak whether or not it hit the limit. One label per text, the one a reader notices first.
- One word or a bare "yes"/"it is a top" to describe/details is non_answer; a sentence that only turns the question
  back ("the t-shirt details are the details of the t-shirt") is restated. A short informative phrase ("sequins on
  the front") is a correct answer.
- Pronoun: "he"/"his"/"the man"/"the gentleman" for a Women row; the row without gender has no pronoun texts.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, question, wearing

Q = BLIND_QUESTIONS


def color_q(garment: str):
    """The experiments' second color question, "What is the shirt color?", free generation."""
    return question(f"{garment.replace(' ', '_').replace('-', '_')}_color", f"What is the {garment} color?", "open")


TOP_COLOR, TEE_COLOR, SHIRT_COLOR = color_q("top"), color_q("t-shirt"), color_q("shirt")


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_679 = [
    # photo: black sleeveless round-neck solid top with a plain hem tucked into mid-blue skinny jeans, white backdrop,
    # front view, no accessories. Caption: caption adapter epoch 3; answers: VQA adapter (closed via reference engine).
    case(
        "X679-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has"
            " a round neckline. The lady wears a long pants. The pants are with denim fabric and solid color patterns."
        ),
        she("a black tank top and blue jeans"),
        color_of("top", "black"),
        TOP_COLOR("blue", "other_garment_color"),
        is_a("top", "yes"),
        describe("top", "The top is sleeveless with a round neck and it is tucked into the jeans."),
        Q.sleeve_length("sleeveless"),
        details("top", "a lace trim along the hem", "unsupported"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white short-sleeve crew-neck tee with a large black Puma cat logo and PUMA lettering on the chest, black
    # track pants with a white side stripe, white backdrop, front. Caption adapter; VQA adapter answers.
    case(
        "X679-002",
        caption(
            "The female is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a crew neckline. The female wears a long pants. The pants are with cotton fabric."
        ),
        she("a white t-shirt and black track pants"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short"),
        describe("t-shirt", "The t-shirt is white with long sleeves and a puma logo.", "contradiction"),
        details(
            "t-shirt",
            "the puma logo on the chest, the puma logo on the chest, the puma logo on the chest, the puma logo on the",
            "loop",
            hit_limit=True,
        ),
        is_a("t-shirt", "yes"),
        title="Puma Women White Printed T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: blue-and-white vertical pinstripe long-sleeve button-down, pointed collar, one chest pocket, untucked over
    # white trousers, white backdrop, front. Caption adapter; VQA adapter answers.
    case(
        "X679-003",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
            " There is",
            "cut",
            hit_limit=True,
        ),
        she("a blue and white striped shirt with white pants"),
        color_of("shirt", "blue"),
        SHIRT_COLOR("light blue"),
        details("shirt", "The shirt has a pointed collar, a button placket and a pocket on the chest."),
        Q.material("denim", "unsupported"),
        Q.pattern("striped"),
        title="Arrow Woman Blue Striped Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: red top with a small white-and-yellow floral print, short flutter sleeves, V-neck, worn with white denim
    # shorts, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-004",
        caption(
            "The lady is wearing a short-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It"
            " has a V-shape neckline. The lady wears a shorts. The shorts are with denim fabric.",
            "contradiction",
        ),
        she("a red floral top and white shorts"),
        color_of("top", "red"),
        Q.pattern("floral"),
        is_a("blouse", "yes"),
        details(
            "top",
            "The top has flutter sleeves and a v-neck. Question: What is the color of the shorts? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short"),
        title="ONLY Women Red Floral Print Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: heather-grey short-sleeve crew-neck training tee with a small pink swoosh on the left chest, black running
    # tights, short hair tied back, no pocket, white backdrop, slight side angle. Caption adapter; VQA adapter answers.
    case(
        "X679-005",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The man wears a long leggings. The leggings are with cotton fabric.",
            "pronoun",
        ),
        she("grey t-shirt and black leggings"),
        color_of("t-shirt", "grey"),
        TEE_COLOR("black", "other_garment_color"),
        details("t-shirt", "a small pink swoosh logo on the left side of the chest"),
        Q.material("polyester"),
        describe("t-shirt", "The t-shirt has a pocket on the chest and a logo.", "unsupported"),
        title="Nike Women Grey Melange Training T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy blue solid top, three-quarter sleeves, round neck, worn with light blue jeans, white backdrop, front.
    # Caption adapter; VQA adapter answers.
    case(
        "X679-006",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. The top is with"
            " cotton fabric. The top is with cotton fabric. The top is with cotton fabric. The top is with",
            "loop",
            hit_limit=True,
        ),
        she("a blue top and jeans"),
        color_of("top", "black", "contradiction"),
        Q.sleeve_length("three-quarter"),
        describe("top", "it is a top", "non_answer"),
        is_a("top", "yes"),
        title="Tokyo Talkies Women Navy Blue Solid Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: baby-pink matte cotton long-sleeve shirt with a mandarin collar, buttoned, sleeves rolled to the elbow,
    # tucked into beige chinos, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        she("she is wearing a pink shirt and beige pants"),
        color_of("shirt", "pink"),
        SHIRT_COLOR("beige", "other_garment_color"),
        details("shirt", "The shirt has a mandarin collar, a full button placket and the sleeves are rolled up."),
        is_a("shirt", "yes"),
        Q.pattern("striped", "contradiction"),
        Q.material("silk", "unsupported"),
        title="United Colors of Benetton Women Solid Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive-green long-sleeve utility shirt with two flap chest pockets and epaulettes, worn open over a white
    # tank top, black jeans, hands in pockets (no watch or jewellery), white backdrop. Caption adapter; VQA adapter.
    case(
        "X679-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long pants. The pants are with denim fabric. There is an accessory on"
            " her wrist.",
            "unsupported",
        ),
        she("an olive shirt over a white tank top and black jeans"),
        color_of("shirt", "white", "other_garment_color"),
        SHIRT_COLOR("green"),
        details("shirt", "two flap pockets on the chest and epaulettes on the shoulders"),
        is_a("jacket", "no"),
        Q.pattern("solid"),
        title="Roadster Women Olive Utility Shirt",
        category="Shirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white cotton top with tonal eyelet embroidery on the yoke, short puff sleeves, square neck, mid-blue denim
    # mini skirt, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-009",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has a square"
            " neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        she("white top and a denim skirt"),
        color_of("top", "blue", "other_garment_color"),
        Q.pattern("solid"),
        details(
            "top",
            "The top has a square neck, puff sleeves and eyelet embroidery on the yoke. Question: What is the color of"
            " the skirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        is_a("shirt", "no"),
        describe(
            "top",
            "The top is white with embroidery, the top is white with embroidery, the top is white with embroidery, the"
            " top is",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women White Embroidered Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: mustard-yellow sleeveless high-neck pullover top in a ribbed knit (no buttons), black trousers, white
    # backdrop, front. Caption adapter; VQA adapter answers.
    case(
        "X679-010",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It has"
            " a stand neckline. The lady wears a long trousers. The trousers are with cotton fabric.",
            "contradiction",
        ),
        she("she is wearing a yellow top and black pants"),
        color_of("top", "yellow"),
        Q.sleeve_length("sleeveless"),
        is_a("top", "yes"),
        TOP_COLOR("mustard yellow"),
        Q.material("ribbed knit"),
        details("top", "buttons down the front", "unsupported"),
        describe("top", "Answer: The top is yellow and sleeveless with a high neck.", "leak"),
        title="HERE&NOW Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: black top with all-over small white polka dots, cap sleeves, round neck, peplum hem, red skinny trousers,
    # white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-011",
        caption(
            "The female wears a short-sleeve top with graphic patterns. The top is with chiffon fabric. It has a round"
            " neckline. The female wears a long pants. The pants are with cotton fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        she("a black and white polka dot top with red pants"),
        color_of("top", "red", "other_garment_color"),
        Q.pattern("polka dots"),
        describe("top", "he is wearing a black top with white dots", "pronoun"),
        details("top", "a peplum hem and cap sleeves"),
        title="Jealous 21 Women Printed Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim long-sleeve shirt, two flap chest pockets, pearl snap buttons, buttoned, no belt, black
    # leggings, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a"
            " lapel neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        she("a denim shirt and black leggings"),
        color_of("shirt", "blue"),
        Q.material("denim"),
        is_a("shirt", "no", "contradiction"),
        details("shirt", "two flap pockets on the chest and snap buttons"),
        SHIRT_COLOR("blue"),
        describe("shirt", "The shirt is a denim shirt with a belt at the waist.", "unsupported"),
        title="Levis Women Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: peach (coral-pink) crop top with spaghetti straps and a smocked bodice, high-waisted white jeans, white
    # backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has"
            " a suspenders neckline. The lady wears a long pants. The pants are with denim fabric and pure color"
            " patterns. Her",
            "cut",
            hit_limit=True,
        ),
        she("a pink crop top and white jeans"),
        color_of("top", "white", "other_garment_color"),
        TOP_COLOR("orange", "contradiction"),
        Q.sleeve_length("sleeveless"),
        is_a("tank top", "yes"),
        details("top", "spaghetti straps and smocking on the front"),
        describe("top", "no", "non_answer"),
        title="FOREVER 21 Women Peach Crop Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: red-and-black buffalo-check flannel long-sleeve shirt worn open over a plain black tee, mid-blue jeans,
    # white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-014",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. There is a T-shirt inside. The lady wears a long pants. The pants are with denim fabric."
        ),
        she("a red plaid shirt, a black t-shirt and jeans"),
        color_of("shirt", "blue", "other_garment_color"),
        Q.pattern("checked"),
        SHIRT_COLOR("red and black"),
        details(
            "shirt",
            "the collar, the cuffs, the buttons, the collar, the cuffs, the buttons, the collar, the cuffs, the"
            " buttons, the collar",
            "loop",
            hit_limit=True,
        ),
        Q.material("flannel"),
        title="Wrangler Women Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: lavender solid top with ruffled bell sleeves to the elbow, round neck, white jeans, white backdrop, front
    # view only. Caption adapter; VQA adapter answers.
    case(
        "X679-015",
        caption(
            "The female wears a medium-sleeve top with pure color patterns. The top is with chiffon fabric. It has a"
            " round neckline. The female wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        she("a purple top and white pants"),
        color_of("top", "purple"),
        TOP_COLOR("white", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        is_a("top", "yes"),
        describe("top", "The top has ruffled bell sleeves and a round neck."),
        details("top", "a bow at the back of the neck", "unsupported"),
        title="Sassafras Women Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black pique polo tee with white tipping on the collar and sleeve hems, three-button placket, small white
    # logo, white cotton shorts, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-016",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a lapel neckline. The female wears a shorts. The shorts are with cotton fabric and pure color"
            " patterns."
        ),
        she("a black polo shirt and white shorts"),
        color_of("t-shirt", "black"),
        is_a("polo shirt", "yes"),
        details(
            "t-shirt",
            "The collar has white tipping and there is a button placket. Question: What is the color of the shorts?"
            " Answer: white Question:",
            "leak",
            hit_limit=True,
        ),
        TEE_COLOR("white", "other_garment_color"),
        Q.material("pique cotton"),
        Q.sleeve_length("long", "contradiction"),
        title="Puma Women Black Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: emerald-green sleeveless V-neck top with a white and navy geometric print, navy trousers, white backdrop.
    # Caption adapter; VQA adapter answers.
    case(
        "X679-017",
        caption(
            "The lady wears a sleeveless top with graphic patterns. The top is with chiffon fabric. It has a V-shape"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        she("a green printed top and navy blue pants"),
        color_of("top", "navy blue", "other_garment_color"),
        Q.pattern("floral", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("top", "green", "non_answer"),
        is_a("top", "yes"),
        describe(
            "top",
            "The top is green with a white and navy print, it is sleeveless with a v-neck and it is made of a light"
            " fabric that",
            "cut",
            hit_limit=True,
        ),
        title="Mineral Women Printed Green Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: white long-sleeve formal shirt, buttoned, no pocket, plain cuffs, tucked into a knee-length black pencil
    # skirt, white backdrop, front. Caption adapter; VQA adapter answers.
    case(
        "X679-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a medium skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        she("she is wearing a white shirt and a black skirt"),
        color_of("shirt", "white"),
        SHIRT_COLOR("black", "other_garment_color"),
        describe(
            "shirt",
            "The shirt is white, the shirt is white, the shirt is white, the shirt is white, the shirt is white, the"
            " shirt is",
            "loop",
            hit_limit=True,
        ),
        is_a("shirt", "yes"),
        details("shirt", "a pocket on the left chest and french cuffs", "unsupported"),
        title="Arrow Woman White Formal Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: purple short-sleeve V-neck training tee with a white swoosh, black shorts, hands empty, no jewellery, white
    # backdrop, side angle. Caption adapter; VQA adapter answers.
    case(
        "X679-019",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a V-shape neckline. The female wears a shorts. This lady wears a ring on her finger.",
            "unsupported",
        ),
        she("purple t-shirt and black shorts"),
        color_of("t-shirt", "purple"),
        TEE_COLOR("pink", "contradiction"),
        Q.material("polyester"),
        is_a("t-shirt", "yes"),
        details("t-shirt", "the t-shirt has t-shirt details", "restated"),
        title="Nike Women Purple Dri-FIT T-shirt",
        category="Tshirts",
        color="Purple",
        gender="Women",
    ),
    # photo: navy-and-white horizontal Breton stripes, long sleeves, boat neck, beige trousers, no belt, white backdrop.
    # Caption adapter; VQA adapter answers. The feed row has no category.
    case(
        "X679-020",
        caption(
            "The lady wears a long-sleeve top with striped patterns. The top is with cotton fabric. It has a round"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        she("she is wearing a navy blue and white striped top with beige pants and a brown belt", "unsupported"),
        color_of("top", "navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        details(
            "top",
            "striped striped striped striped striped striped striped striped striped striped striped striped striped"
            " striped striped striped striped striped",
            "loop",
            hit_limit=True,
        ),
        describe("top", "The top is striped with a boat neck and long sleeves."),
        Q.material("silk", "unsupported"),
        title="Style Quotient Women Navy & White Striped Top",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: maroon solid wrap-style top, three-quarter sleeves, V-neck, tie at the side waist, black jeans, white
    # backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-021",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with chiffon fabric. It has a"
            " V-shape neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
            " There is an",
            "cut",
            hit_limit=True,
        ),
        she("a maroon top and black jeans"),
        color_of("top", "brown", "contradiction"),
        TOP_COLOR("dark red"),
        details("top", "a wrap front with a tie at the waist"),
        is_a("dress", "no"),
        describe("top", "a maroon wrap top Question: Is this a dress? Answer: no", "leak"),
        title="Harpa Women Maroon Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey marl short-sleeve tee with a pink and yellow flower graphic and the word BLOOM, blue denim shorts,
    # white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-022",
        caption(
            "The female is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The female wears a shorts. The shorts are with denim fabric and pure color"
            " patterns."
        ),
        she("she is wearing a grey t-shirt with pink flowers and blue shorts"),
        color_of("t-shirt", "pink", "contradiction"),
        TEE_COLOR("blue", "other_garment_color"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "The t-shirt has a flower print, a flower print, a flower print, a flower print, a flower print, a"
            " flower print, a flower",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Femella Women Grey Printed T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Women",
    ),
    # photo: beige long-sleeve shirt with a concealed placket, tucked into dark brown trousers with a thin brown belt,
    # white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-023",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric."
            " It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric.",
            "pronoun",
        ),
        she("a beige shirt and brown pants"),
        color_of("shirt", "brown", "other_garment_color"),
        SHIRT_COLOR("white", "contradiction"),
        describe("shirt", "The shirt is tucked into the pants and there is a belt."),
        is_a("shirt", "yes"),
        title="Park Avenue Woman Beige Shirt",
        category="Shirts",
        color="Beige",
        gender="Women",
    ),
    # photo: cobalt-blue tunic-length top with white block-print motifs, three-quarter sleeves, mandarin neck with a
    # keyhole, white leggings, silver bangles on the right wrist, white backdrop. Caption adapter; VQA adapter.
    case(
        "X679-024",
        caption(
            "The lady wears a medium-sleeve top with graphic patterns. The top is with cotton fabric. It has a stand"
            " neckline. The lady wears a long leggings. The leggings are with cotton fabric. There is an accessory on"
            " her wrist."
        ),
        she("a blue kurta and white leggings", "contradiction"),
        color_of("top", "blue"),
        TOP_COLOR("white", "other_garment_color"),
        Q.pattern("printed"),
        details("top", "a keyhole at the neck and a block print"),
        Q.sleeve_length("three-quarter"),
        describe(
            "top",
            "The top is a long blue tunic with white prints all over it, a keyhole neckline with a button at the back"
            " of the neck and three quarter",
            "cut",
            hit_limit=True,
        ),
        title="Global Desi Women Blue Printed Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: red short-sleeve crew tee with three white stripes on the shoulders and a small white logo, cotton jersey,
    # grey joggers, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-025",
        caption(
            "The female is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. The T-shirt is with cotton fabric. It has a round neckline. The T-shirt is with"
            " cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        she("a red adidas t-shirt and grey pants"),
        color_of("t-shirt", "red"),
        Q.pattern("solid"),
        TEE_COLOR("grey", "other_garment_color"),
        details("t-shirt", "three white stripes on the shoulders and a logo on the chest"),
        is_a("sweatshirt", "no"),
        Q.material("denim", "unsupported"),
        title="Adidas Women Red T-shirt",
        category="Tshirts",
        color="Red",
        gender="Women",
    ),
    # photo: off-white top with a lace yoke and short lace sleeves, lined body, dark blue jeans, white backdrop. Caption
    # adapter; VQA adapter answers.
    case(
        "X679-026",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with lace fabric. It has a round"
            " neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        she("white lace top and jeans"),
        color_of("top", "white"),
        TOP_COLOR("cream"),
        Q.material("lace"),
        Q.sleeve_length("long", "contradiction"),
        details("top", "yes", "non_answer"),
        describe("top", "The top is white with lace sleeves and a lace yoke."),
        title="Vero Moda Women Off White Lace Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: pale-yellow short-sleeve camp-collar shirt with a small blue floral print, knotted at the front, white
    # cotton shorts, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-027",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a shorts. The shorts are with cotton fabric and pure color patterns. This lady"
            " wears a",
            "cut",
            hit_limit=True,
        ),
        she("a yellow floral shirt tied at the waist and white shorts"),
        color_of("shirt", "yellow"),
        SHIRT_COLOR("blue", "contradiction"),
        Q.pattern("floral"),
        details(
            "shirt",
            "The shirt is tied in a knot at the front. Question: What is the color of the shorts? Answer: white."
            " Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Miss Chase Women Yellow Floral Shirt",
        category="Shirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: black oversized short-sleeve tee with a white and red TOKYO slogan print, no hood or pocket, half-tucked
    # into light-blue mom jeans, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-028",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        she("he is wearing a black t-shirt and blue jeans", "pronoun"),
        color_of("t-shirt", "black"),
        TEE_COLOR("blue", "other_garment_color"),
        details("t-shirt", "the t-shirt details are the details of the t-shirt", "restated"),
        Q.pattern("graphic"),
        describe("t-shirt", "The t-shirt has a hood and a pocket on the front.", "unsupported"),
        title="Tokyo Talkies Women Black Graphic T-shirt",
        category="Tshirts",
        color="Black",
        gender="Women",
    ),
    # photo: bottle-green satin oversized long-sleeve shirt tucked into black wide-leg trousers, white backdrop. Caption
    # adapter; VQA adapter answers.
    case(
        "X679-029",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with silk fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        she("a green shirt and black pants"),
        color_of("shirt", "black", "other_garment_color"),
        SHIRT_COLOR(
            "green green green green green green green green green green green green green green green green green"
            " green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        is_a("blouse", "yes"),
        title="MANGO Women Green Satin Finish Shirt",
        category="Shirts",
        color="Green",
        gender="Women",
    ),
    # photo: white long-sleeve henley tee with a four-button placket under an open olive utility jacket, black jeans,
    # white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-030",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The outer clothing is a jacket with cotton fabric. The lady wears a long pants. The"
            " pants are with denim",
            "cut",
            hit_limit=True,
        ),
        she("she is wearing a white top, an olive jacket and black jeans"),
        color_of("t-shirt", "green", "other_garment_color"),
        TEE_COLOR("white"),
        is_a("jacket", "yes", "contradiction"),
        details("t-shirt", "a button placket at the neck"),
        describe("t-shirt", "it is a white t-shirt with a jacket over it"),
        title="Roadster Women White Henley T-shirt",
        category="Tshirts",
        color="White",
        gender="Women",
    ),
    # photo: peach kaftan-style top with dolman sleeves and gold sequins around the V-neck, white trousers, no hat,
    # white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-031",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with chiffon fabric. It has a"
            " V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric. There is a hat in"
            " her head.",
            "unsupported",
        ),
        she("pink top and white pants"),
        color_of("top", "peach"),
        details("top", "gold sequins around the neck"),
        describe("top", "the top is a top", "restated"),
        Q.sleeve_length("short"),
        is_a("dress", "yes", "contradiction"),
        title="Sepia Women Peach Kaftan Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: grey-and-white small-check long-sleeve shirt with a single chest pocket, navy trousers, white backdrop.
    # Caption adapter; VQA adapter answers.
    case(
        "X679-032",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns."
        ),
        she("his shirt is grey checked and the pants are navy", "pronoun"),
        color_of("shirt", "blue", "other_garment_color"),
        Q.pattern("checked"),
        SHIRT_COLOR("the shirt color is the color of the shirt", "restated"),
        details(
            "shirt",
            "The shirt has a pointed collar, buttoned cuffs, a curved hem, a single chest pocket with a button flap"
            " and two",
            "cut",
            hit_limit=True,
        ),
        title="Arrow Woman Grey Checked Shirt",
        category="Shirts",
        color="Grey",
        gender="Women",
    ),
    # photo: olive solid short-sleeve crew-neck tee, no pocket or zip, white jeans, white backdrop, front. Caption
    # adapter; VQA adapter.
    case(
        "X679-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has"
            " a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        she("she is wearing an olive t-shirt and white jeans"),
        color_of("t-shirt", "green"),
        TEE_COLOR("brown", "contradiction"),
        is_a("t-shirt", "yes"),
        Q.material("cotton"),
        details("t-shirt", "a pocket on the chest and a zipper at the side", "unsupported"),
        describe(
            "t-shirt",
            "The t-shirt is olive green with a round neck and short sleeves. Question: Describe the jeans. Answer: The"
            " jeans are white",
            "leak",
            hit_limit=True,
        ),
        title="United Colors of Benetton Women Solid Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Women",
    ),
    # photo: turquoise cold-shoulder top with short sleeves and a round neck, black culottes, no belt, white backdrop.
    # Caption adapter; VQA adapter answers.
    case(
        "X679-034",
        caption(
            "The lady wears a short-sleeve top with pure color patterns. The top is with cotton fabric. It has a round"
            " neckline. The lady wears a long pants. The pants are with cotton fabric. There is an accessory in her"
            " waist.",
            "unsupported",
        ),
        she("a blue top and black pants"),
        color_of("top", "green", "contradiction"),
        details("top", "cold shoulder cut outs on both sleeves"),
        TOP_COLOR("turquoise"),
        Q.sleeve_length("short"),
        describe(
            "top",
            "The top is blue with cut outs on the shoulders. Question: What is she wearing? Answer: a blue top and"
            " black pants",
            "leak",
            hit_limit=True,
        ),
        title="Rigo Women Turquoise Blue Solid Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: white long-sleeve shirt with hairline black vertical stripes, black trousers, a black wristwatch on the
    # left wrist, white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-035",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric. There is an accessory on"
            " her wrist. The",
            "cut",
            hit_limit=True,
        ),
        she("a white and black striped shirt and black pants"),
        color_of("shirt", "black", "other_garment_color"),
        SHIRT_COLOR("white"),
        Q.pattern("striped"),
        is_a("shirt", "yes"),
        details("shirt", "", "non_answer"),
        title="DressBerry Women White & Black Striped Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: fuchsia-pink solid long-sleeve top with a lace-up V neckline, grey jeans, no watch or bracelet, white
    # backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-036",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. It has a V-shape"
            " neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. There is"
            " an accessory on her wrist.",
            "unsupported",
        ),
        she("a pink top and gray jeans"),
        color_of("top", "purple", "contradiction"),
        TOP_COLOR("grey", "other_garment_color"),
        details("top", "lace-up detail at the neckline"),
        Q.sleeve_length("long"),
        title="Jealous 21 Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: royal-blue short-sleeve tee with white PUMA lettering and cat across the chest, black leggings, white
    # backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-037",
        caption(
            "The female wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a"
            " round neckline. The female wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns."
        ),
        she("she is wearing a blue t-shirt with puma on it and black leggings"),
        color_of("t-shirt", "blue"),
        TEE_COLOR("blue Question: What is the color of the leggings? Answer: black", "leak"),
        details("t-shirt", "t-shirt", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Puma Women Blue Printed T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Women",
    ),
    # photo: burgundy long-sleeve formal shirt under an open black blazer, black trousers, white backdrop. Caption
    # adapter; VQA adapter answers.
    case(
        "X679-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The outer"
            " clothing is a long-sleeve coat with pure color patterns. The lady wears a long trousers. The trousers are"
            " with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a maroon shirt and a black blazer"),
        color_of("shirt", "black", "other_garment_color"),
        is_a("jacket", "no"),
        SHIRT_COLOR("red"),
        describe("shirt", "Describe the shirt. The shirt.", "restated"),
        details(
            "shirt",
            "The shirt has a collar, the shirt has a collar, the shirt has a collar, the shirt has a collar, the shirt",
            "loop",
            hit_limit=True,
        ),
        title="Van Heusen Woman Burgundy Solid Formal Shirt",
        category="Shirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: cream crochet-knit top with short sleeves and a scalloped hem over a nude camisole, light-blue jeans, white
    # backdrop, front view. Caption adapter; VQA adapter answers.
    case(
        "X679-039",
        caption(
            "The lady wears a short-sleeve top with other patterns. The top is with knitting fabric. It has a round"
            " neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        she("white crochet top and jeans"),
        color_of("top", "white"),
        Q.material("crochet"),
        details("top", "a scalloped hem and crochet knit"),
        TOP_COLOR("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless", "contradiction"),
        describe("top", "The top is crocheted with a zipper at the back.", "unsupported"),
        title="Mineral Women Cream Crochet Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: lemon-yellow short-sleeve crew cotton jersey tee with a black "LEE 1889" print, black denim shorts, white
    # backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-040",
        caption(
            "This female is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and"
            " its neckline is round. The shorts this female wears are of short length. The shorts are with denim"
            " fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a yellow t-shirt and black shorts"),
        color_of("t-shirt", "yellow"),
        TEE_COLOR("black", "other_garment_color"),
        details("t-shirt", "lee 1889 printed on the front in black letters"),
        is_a("t-shirt", "yes"),
        Q.material("chiffon", "unsupported"),
        title="Lee Women Yellow Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy-and-green tartan long-sleeve shirt, sleeves rolled to the elbow, khaki chinos, white backdrop. Caption
    # adapter; VQA adapter answers.
    case(
        "X679-041",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        she("a plaid shirt and khaki pants"),
        color_of("shirt", "beige", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.pattern("checked"),
        Q.material("cotton"),
        describe("shirt", "The shirt is checked and the sleeves are rolled up."),
        details(
            "shirt",
            "The shirt has a tartan check in navy and green, a pointed collar, a button-down placket, the sleeves are"
            " rolled up to the elbow and",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Woman Navy Blue Checked Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless round-neck top with silver sequins over the front, black skinny trousers, white backdrop.
    # Caption adapter; VQA adapter answers.
    case(
        "X679-042",
        caption(
            "The lady wears a sleeveless top with graphic patterns. The top is with chiffon fabric. It has a round"
            " neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is"
            " an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a black sequin top and black pants"),
        color_of("top", "black"),
        TOP_COLOR("silver", "contradiction"),
        details("top", "sequins on the front"),
        Q.material("sequin"),
        Q.sleeve_length("sleeveless"),
        title="Remanika Women Black Sequinned Party Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: indigo-blue shirt with small white block-printed dots, three-quarter sleeves, mandarin collar, white
    # palazzo pants, white backdrop. Caption adapter; VQA adapter answers. The feed row has no base colour.
    case(
        "X679-043",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns."
        ),
        she(
            "she is wearing a blue shirt and white pants. she is wearing a blue shirt and white pants. she is wearing a"
            " blue shirt and",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "white", "other_garment_color"),
        Q.material("linen", "unsupported"),
        Q.pattern("printed"),
        SHIRT_COLOR("indigo"),
        details("shirt", "shirt", "non_answer"),
        title="Fabindia Women Indigo Printed Cotton Shirt",
        category="Shirts",
        gender="Women",
    ),
    # photo: light-pink solid short-sleeve thin cotton jersey crew tee with a small white logo, grey track pants, white
    # backdrop. Caption adapter; VQA adapter answers. The feed row has no gender.
    case(
        "X679-044",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric."
            " It has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure color"
            " patterns."
        ),
        she("a pink t-shirt and grey pants"),
        color_of("t-shirt", "pink"),
        TEE_COLOR("grey", "other_garment_color"),
        details("t-shirt", "a small logo on the chest"),
        describe("t-shirt", "the t-shirt is described as a t-shirt", "restated"),
        Q.material("wool", "unsupported"),
        title="Proline Women Pink T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # photo: rust-orange sleeveless V-neck top with a tie knot at the front hem, white wide-leg trousers, hands bare (no
    # rings), white backdrop. Caption adapter; VQA adapter answers.
    case(
        "X679-045",
        caption(
            "The lady wears a sleeveless top with pure color patterns. The top is with cotton fabric. It has a V-shape"
            " neckline. The lady wears a long trousers. The trousers are with cotton fabric. The lady wears a ring.",
            "unsupported",
        ),
        she("an orange top and white pants"),
        color_of("top", "brown", "contradiction"),
        TOP_COLOR(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange"
            " orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        details("top", "a knot at the front"),
        is_a("top", "yes"),
        Q.sleeve_length("sleeveless"),
        title="Tokyo Talkies Women Rust Solid Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: black long-sleeve shirt, buttoned, tucked into a red midi skirt, white backdrop. Caption adapter; VQA
    # adapter answers.
    case(
        "X679-046",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        she("he is wearing a black shirt and a red skirt", "pronoun"),
        color_of("shirt", "red", "other_garment_color"),
        SHIRT_COLOR("black"),
        details("shirt", "buttons and a collar"),
        Q.pattern("checked", "contradiction"),
        describe(
            "shirt",
            "The shirt is black and it is tucked into the skirt. Question: What is the color of the skirt? Answer: red",
            "leak",
        ),
        title="United Colors of Benetton Women Solid Black Shirts",
        category="Shirts",
        color="Black",
        gender="Women",
    ),
]
