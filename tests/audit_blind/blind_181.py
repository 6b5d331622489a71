"""BLIND_181 (48 products; children's wear and school uniforms from an Indian marketplace, Myntra-like, English):
written blind in the thirty-seventh session. Measured blind at 7bd63c6: 126/139 failures found (90.6%) and 10/144
correct texts flagged (6.9%). The writer's notes, verbatim:

Scenario: a kids' catalog: boys' and girls' t-shirts, school shirts, trousers, shorts, pinafores, skirts and blazers,
frocks and party dresses, ethnic kurta-pyjama / kurta-sharara / kurta-dhoti sets, night suits, rompers and bodysuits,
hoodies, track pants, joggers, leggings, vests. Photos are child models on white backdrops (often with a parent's hand
or a toy), flat-lays, and packs of several garments. Catalog columns: title, category, color (seller's words: "Navy
Blue", "Teal", "Mustard", "Peach", "Multi" for packs), gender ("Boys", "Girls", "Unisex"); some products lack a
column (no category on a few, no color on one).

Which system wrote which text (nothing in the data marks it; the phrasing does):
- Untuned base blip2-opt-2.7b: short lowercase texts ("a young boy in a white shirt and navy blue pants"). Stops on
  its own (hit_limit=False). Its failures: one color for every garment, wrong pronoun for the child (often echoing a
  "she"/"he" in the experiments' question), invented details (logos, pockets, hoods, fur lining), bare non-answers
  ("pants", "nothing", "", "i don't know") and restatements ("the shirt is a shirt").
- Caption adapters (leoreigoto caption epoch 1 / epoch 3): the DeepFashion-MultiModal template ("This gentleman
  wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric...") for every open prompt,
  no hue names, no end token: always hit_limit=True, so always a failure: cut mid-sentence, looping the template,
  "The lady"/"This man" for the wrong child, or an invented "accessory"/"hat".
- VQA adapter (Data3_V3): a one-word In-shop answer ("tee", "blouse", "romper", "grey", "yes") that never stops:
  repeats itself to the 30-token limit or runs on into "Question: ... Answer:" (hit_limit=True always).
- Reference engine: closed answers picked from candidates ("navy blue", "kurta set", "short sleeves", "yes"); never
  loops, hit_limit=False; sometimes picks another garment's color (the shirt, the tie, the dupatta) or the wrong
  garment (the shirt under a pinafore).

Labeling conventions and judgement calls:
- One label per failure, the one an auditor would see first. A template or VQA output that loops is "loop" even
  though it also hit the limit; one with "Question:"/"Answer:" in it is "leak" even if it also repeats; a template
  that stops mid-sentence without repeating is "cut". A caption-adapter caption saying "The lady"/"This man" for a
  boy/girl is "pronoun"; one that ends on an invented accessory/hat is "unsupported".
- The caption template returned for a question it cannot answer (a color question, "Is this a kurta?") is
  "non_answer": it gives no color and no yes/no at all.
- non_answer: empty, "nothing", "i don't know", or the bare garment word for a details question ("pants", "they are
  shorts"). restated: the question's words turned back into a sentence ("she is wearing", "the shirt is a shirt",
  "the garment is made of material").
- other_garment_color: the product (or the asked garment) given the color of another garment in the photo (white
  shirt's "white" for navy trousers, the tie's red for a navy blazer, the dupatta's cream for a teal kurta set).
  contradiction: a wrong color that belongs to no other garment, a wrong garment type, a wrong yes/no, wrong sleeves.
  A toy's color given as the garment's color (pink doll, yellow stars print as the color of the night suit) is
  "contradiction", not other_garment_color, since the toy/print is not another garment.
- Pronoun failures only on Boys/Girls products; a Unisex product with a girl model is not a pronoun case. An answer
  with no pronoun to a question that asks about "he" for a girl is correct (the question is wrong, not the text).
- Correct hard texts: a question about the shirt answered with the shirt's color on a trousers/pinafore/kurta
  product; toys' colors and print colors named alongside the garment ("holding a brown teddy bear", "grey pajamas
  with yellow stars"); packs answered "multi" or with every color; close color names taken as correct (teal as
  "green", coral as "orange", lavender top as "purple", maroon as "red"); no correct text calls a kurta set a
  "dress" (the reference engine's "dress" for the teal kurta-sharara set is a contradiction).
- Closed pattern/sleeve picks that the photo and the title plainly deny are "contradiction": "striped" for a solid
  polo with a tipped collar, "solid" for a printed night suit, "short sleeves" for sleeveless rompers or a full-sleeve
  hoodie, "floral" for a denim pinafore. A text that invents an item (a tie, a hat, a hood, a logo, a fur lining,
  leather) is "unsupported" even where it is also a wrong material/garment.
- Pack of 3 leggings answered with one color ("black") by the reference engine against seller "Multi": labeled
  contradiction (the only such call; other packs were answered "multi").
- hit_limit=True only on caption-adapter and VQA-adapter texts (they never stop); never on a correct text.
- Counts: 48 products, 283 texts: 139 failures (cut 27, loop 24, other_garment_color 19, contradiction 17, leak 16,
  unsupported 11, pronoun 9, non_answer 9, restated 7) and 144 correct texts.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_181 = [
    # Boy (~8) on a white backdrop: white half-sleeve school shirt tucked into navy blue flat-front trousers with
    # belt loops, black school shoes. Product: the trousers.
    case(
        "MYN-181-24110301",
        caption("a young boy in a white shirt and navy blue pants standing in front of a white wall"),
        wearing("he is wearing a white shirt and blue pants and a blue tie", "unsupported", who="he"),
        color_of("pants", "navy blue"),
        color_of("shirt", "white"),
        details(
            "pants",
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color"
            " patterns. The pants this gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.color("white", "other_garment_color"),
        gender="Boys",
        title="Boys Navy Blue Solid Regular Fit School Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Girl (~5) in a pink sleeveless fit-and-flare dress with small white and yellow flowers, holding a brown teddy
    # bear, white sandals. Front view only; no bow or zip visible.
    case(
        "MYN-181-24110302",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round"
            " neckline. There is an accessory in her hands. The lady wears a sleeveless dress with floral patterns."
            " The dress is with",
            "loop",
            hit_limit=True,
        ),
        D.color("pink"),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink"
            " pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.description("a pink dress with white and yellow flowers, she is holding a brown teddy bear"),
        D.details("it has a big bow on the back and a zip", "unsupported"),
        gender="Girls",
        title="Girls Pink Floral Printed Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Flat-lay: two half-sleeve crew-neck t-shirts side by side, one mustard yellow with a rocket print, one grey
    # melange with "SPACE CREW" text print.
    case(
        "MYN-181-24110303",
        caption("two t-shirts with space designs on a white background"),
        D.color("multi"),
        color_of(
            "shirt",
            "yellow Question: What is the color of the pants? Answer: grey Question: What is the color of the shorts?"
            " Answer: grey Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The"
            " upper clothing has short sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.description("a grey t-shirt with the words space crew and a yellow t-shirt with a rocket"),
        gender="Unisex",
        title="Kids Set of 2 Printed T-shirts",
        category="Tshirts",
        color="Multi",
    ),
    # Boy in a white half-sleeve school shirt with one chest pocket (no logo), navy blue shorts, grey belt; a
    # parent's hand rests on his shoulder.
    case(
        "MYN-181-24110304",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " neckline of the shirt is lapel. This gentleman wears a three-point shorts. The shorts are with cotton"
            " fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and blue shorts", who="he"),
        color_of("shirt", "white"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shirt", "a white shirt with a pocket on the chest and short sleeves"),
        details("shirt", "the shirt has a pocket, buttons and an embroidered school logo", "unsupported"),
        gender="Boys",
        title="Boys White Solid Half Sleeves School Shirt",
        category="Shirts",
        color="White",
    ),
    # Girl in a sleeveless navy blue box-pleated school pinafore over a white short-sleeve Peter Pan collar blouse,
    # white socks, black shoes. Product: the pinafore.
    case(
        "MYN-181-24110305",
        caption("a little girl in a school uniform"),
        wearing("a blue dress and a white shirt", who="she"),
        color_of("shirt", "white"),
        D.color("navy blue"),
        D.garment_type("shirt", "contradiction"),
        D.description(
            "The female is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It"
            " has a square neckline. The female is wearing a",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated pleated"
            " pleated pleated pleated pleated pleated pleated pleated pleated",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Navy Blue Solid Pleated School Pinafore",
        category="Dresses",
        color="Navy Blue",
    ),
    # Boy in a mustard yellow long-sleeve mandarin-collar cotton kurta with small wooden buttons, white pyjama,
    # brown sandals; a small toy drum at his feet.
    case(
        "MYN-181-24110306",
        caption("a young boy wearing a yellow kurta and white pants"),
        is_a("kurta", "yes"),
        wearing(
            "blouse Question: What is the color of the blouse? Answer: yellow Question: Is this a blouse? Answer: yes"
            " Question:",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of("shirt", "yellow"),
        color_of("pants", "yellow", "other_garment_color"),
        D.details("the details of the garment are the details", "restated"),
        gender="Boys",
        title="Boys Mustard Yellow Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Girl in a peach knee-length A-line kurta with gold foil print on the yoke, three-quarter sleeves, white
    # leggings; a stuffed grey rabbit sits beside her.
    case(
        "MYN-181-24110307",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round"
            " neckline. The lady wears a leggings. The leggings are with cotton fabric and pure color patterns. There"
            " is a",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        D.color("peach"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description("a peach kurta with gold print and white leggings, there is a grey bunny next to her"),
        color_of("pants", "white", kind="open"),
        gender="Girls",
        title="Girls Peach Foil Printed A-Line Kurta with Leggings",
        category="Kurta Sets",
        color="Peach",
    ),
    # Flat-lay: grey melange full-sleeve top and pyjama, all-over small yellow star print; a plush moon toy in the
    # corner.
    case(
        "MYN-181-24110308",
        caption("a pair of pajamas with stars on them"),
        D.color("grey"),
        D.description("grey pajamas with yellow stars and a yellow moon pillow"),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The"
            " lower clothing is of long",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a yellow shirt and yellow pants", "contradiction"),
        D.material("the garment is made of material", "restated"),
        gender="Unisex",
        title="Kids Grey Melange Star Printed Night Suit",
        category="Night Suits",
        color="Grey",
    ),
    # Baby boy lying on a white sheet in a teal half-sleeve romper with small white duck prints and snap buttons;
    # a parent's hand holds his foot.
    case(
        "MYN-181-24110309",
        caption("a baby laying on a bed wearing a green onesie"),
        D.garment_type("romper"),
        D.color("teal"),
        wearing("she is wearing a green onesie with ducks on it", "pronoun", who="the baby"),
        D.details(
            "romper Question: What is the color of the romper? Answer: green Question: What cloth is the person"
            " wearing? Answer: romper Question",
            "leak",
            hit_limit=True,
        ),
        D.description(
            "The person wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a"
            " round neckline. There is a hand on",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Baby Boys Teal Duck Printed Cotton Romper",
        category="Rompers",
        color="Teal",
    ),
    # Boy in a black pullover hoodie (hood down) with kangaroo pocket, white drawstrings and a small white "NYC"
    # print on the chest, blue jeans. No hat, no watch.
    case(
        "MYN-181-24110310",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric."
            " This gentleman wears a long denim pants. The pants are with denim fabric and pure color patterns. There"
            " is a hat on his head",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black hoodie and jeans", who="he"),
        color_of("jeans", "blue"),
        color_of(
            "shirt",
            "black black black black black black black black black black black black black black black black black"
            " black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.details("a black hoodie with a zip and two side pockets", "unsupported"),
        D.garment_type("hoodie"),
        gender="Boys",
        title="Boys Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # Boy in a red crew-neck t-shirt and navy track pants with two white side stripes and elastic cuffs, holding a
    # black-and-white football. Product: the track pants.
    case(
        "MYN-181-24110311",
        caption("a boy holding a soccer ball"),
        color_of("pants", "red", "other_garment_color"),
        color_of("shirt", "red"),
        D.color("navy blue"),
        describe(
            "pants",
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and striped"
            " patterns. This gentleman wears a short-sleeve T-shirt with pure",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "tee Question: What is the color of the tee? Answer: red Question: What is the color of the pants? Answer:"
            " navy",
            "leak",
            who="he",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Navy Blue Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Flat-lay: three ankle-length leggings fanned out: black, maroon and mustard.
    case(
        "MYN-181-24110312",
        caption("three pairs of leggings in different colors"),
        D.color("black", "contradiction"),
        D.garment_type("leggings"),
        D.description("black, maroon and yellow leggings"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower"
            " clothing is of long length. The fabric is cotton",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "black Question: What is the color of the leggings? Answer: black Question: What is the color of the"
            " leggings? Answer: black",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Pack of 3 Solid Ankle Length Leggings",
        category="Leggings",
        color="Multi",
    ),
    # Boy in a white t-shirt with a blue car print and olive green cargo shorts with flap side pockets.
    # Product: the shorts.
    case(
        "MYN-181-24110313",
        caption("a young boy wearing a white shirt and green shorts"),
        color_of("shorts", "olive"),
        color_of("shirt", "white with a blue car", kind="open"),
        details("shorts", "they are shorts", "non_answer"),
        wearing(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. This gentleman",
            "cut",
            who="he",
            hit_limit=True,
        ),
        D.material("", "non_answer"),
        gender="Boys",
        title="Boys Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Girl in a lavender zip-front hooded sweatshirt with a small white heart print on the pocket, grey leggings.
    # Plain fleece-back cotton; no fur anywhere. (No category column.)
    case(
        "MYN-181-24110314",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. This"
            " man wears a long leggings. The leggings are with cotton fabric and pure color patterns. There is an"
            " accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a purple jacket and grey pants", who="she"),
        D.color("lavender"),
        D.details("a zipper, a hood and a heart on the pocket"),
        D.material("it is made of wool and has a fur lining inside", "unsupported"),
        gender="Girls",
        title="Girls Lavender Solid Hooded Front-Open Sweatshirt",
        color="Lavender",
    ),
    # Styled flat-lay: grey pleated school shorts with belt loops, a folded white school shirt placed above them.
    # Product: the shorts.
    case(
        "MYN-181-24110315",
        caption("a pair of grey shorts and a white shirt"),
        color_of(
            "shorts",
            "grey Question: What are the shorts details? Answer: grey Question: What are the shorts details? Answer:"
            " grey Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.color("grey"),
        details(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The shorts are with cotton fabric and pure"
            " color patterns. The shorts are with",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        describe("shorts", "grey shorts with belt loops and pleats"),
        gender="Boys",
        title="Boys Grey Solid Pleated School Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Girl in a blue-and-white checked box-pleated school skirt, white short-sleeve shirt, navy blue tie.
    # Product: the skirt.
    case(
        "MYN-181-24110316",
        caption("a girl in a school uniform with a blue and white checkered skirt"),
        D.pattern("checked"),
        D.color("navy blue", "other_garment_color"),
        wearing("a white shirt, a blue tie and a plaid skirt", who="she"),
        D.details(
            "The lower clothing is of short length. The fabric is cotton and it has lattice patterns. The lower"
            " clothing is of short length. The fabric is",
            "loop",
            hit_limit=True,
        ),
        D.material("i don't know", "non_answer"),
        gender="Girls",
        title="Girls Blue & White Checked Pleated School Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Boy wearing a maroon full-sleeve V-neck school pullover with two white stripes on the V and cuffs, white shirt
    # collar showing, grey trousers.
    case(
        "MYN-181-24110317",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric."
            " It has a v-shape neckline. This gentleman wears a long trousers. The trousers are with cotton fabric"
            " and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon sweater, a white shirt and grey pants", who="he"),
        D.color("maroon"),
        color_of("pants", "grey"),
        D.details(
            "sweater Question: What is the color of the sweater? Answer: red Question: Is this a sweater? Answer: yes"
            " Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Unisex",
        title="Unisex Kids Maroon V-Neck School Pullover",
        category="Sweaters",
        color="Maroon",
    ),
    # Flat-lay: three sleeveless rompers: white with a grey elephant print, solid peach, light blue with white
    # stripes.
    case(
        "MYN-181-24110318",
        caption("three baby onesies laid out on a white surface"),
        D.color("multi"),
        D.description(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The"
            " lower clothing is of short length. The fabric is cotton and it has",
            "cut",
            hit_limit=True,
        ),
        D.details("one has an elephant, one is peach and one has blue and white stripes"),
        D.sleeve_length("short sleeves", "contradiction"),
        gender="Unisex",
        title="Kids Set of 3 Printed Sleeveless Cotton Rompers",
        category="Rompers",
        color="Multi",
    ),
    # Girl in a white half-sleeve night top with a pink cartoon cat print and pink pyjama with white polka dots,
    # hugging a pillow.
    case(
        "MYN-181-24110319",
        caption("a little girl in pajamas holding a pillow"),
        color_of("pants", "pink"),
        color_of("shirt", "pink", "other_garment_color"),
        wearing("he is wearing pink pajamas with a cat on it", "pronoun", who="he"),
        D.pattern("printed"),
        D.description("pajamas", "non_answer"),
        gender="Girls",
        title="Girls White & Pink Printed Night Suit",
        category="Night Suits",
        color="White",
    ),
    # Boy in a teal short-sleeve polo with white tipping on the collar and a two-button placket, beige chinos.
    # Product: the polo.
    case(
        "MYN-181-24110320",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " neckline of the shirt is lapel. This gentleman wears a long trousers. The trousers are with cotton"
            " fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green", kind="open"),
        describe("shirt", "a green polo shirt with white stripes on the collar"),
        details(
            "shirt",
            "polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo polo"
            " polo polo polo polo polo polo polo polo polo",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "green", "other_garment_color", kind="open"),
        D.garment_type("polo shirt"),
        D.pattern("striped", "contradiction"),
        gender="Boys",
        title="Boys Teal Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Teal",
    ),
    # Boy in a red crew-neck t-shirt with a green dinosaur print, blue denim shorts, holding a green toy dinosaur.
    case(
        "MYN-181-24110321",
        caption("a little boy in a red shirt holding a toy dinosaur"),
        D.color("green", "contradiction"),
        D.description("a red t-shirt with a green dinosaur on the front"),
        color_of("shorts", "blue"),
        D.details(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a crew neckline. The"
            " lower clothing is of short",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic tee graphic"
            " tee graphic tee",
            "loop",
            who="he",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Red Dinosaur Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
    ),
    # Girl in a yellow short puff-sleeve frock with a white collar and lace trim at the hem, holding a pink doll.
    case(
        "MYN-181-24110322",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " lapel neckline. There is an accessory in her hands. The lady wears a short-sleeve dress with pure color"
            " patterns. The",
            "loop",
            hit_limit=True,
        ),
        D.color("pink", "contradiction"),
        wearing("a yellow dress with a white collar", who="she"),
        D.description("a yellow dress, she is holding a pink doll"),
        D.material("it is made of the material of the dress", "restated"),
        gender="Girls",
        title="Girls Yellow Solid Lace Detail Fit and Flare Frock",
        category="Dresses",
        color="Yellow",
    ),
    # Boy in a cream long kurta and cream pyjama under a maroon sleeveless brocade Nehru jacket with gold motifs,
    # standing beside a red toy car. Set of 3; seller color Cream.
    case(
        "MYN-181-24110323",
        caption("a young boy in a traditional indian outfit standing next to a toy car"),
        D.color("maroon", "other_garment_color"),
        color_of("shirt", "cream"),
        wearing(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " neckline of the shirt is stand. This gentleman wears a",
            "cut",
            who="he",
            hit_limit=True,
        ),
        D.details("a maroon vest with gold designs and buttons over a cream kurta"),
        gender="Boys",
        title="Boys Cream Kurta with Pyjamas & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Boy in mid-blue slim jeans with light whiskering, a plain white t-shirt and white sneakers. Product: the jeans.
    case(
        "MYN-181-24110324",
        caption("a young boy in jeans and a white t-shirt"),
        color_of(
            "jeans",
            "blue Question: What is the color of the shirt? Answer: blue Question: What is the color of the pants?"
            " Answer: blue Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details(
            "jeans",
            "The pants this gentleman wears is of long length. The pants are with denim fabric and pure color"
            " patterns. The pants this gentleman wears is of long",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("jeans"),
        D.material("denim"),
        gender="Boys",
        title="Boys Blue Slim Fit Mid-Rise Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Girl in a mustard-and-white horizontally striped round-neck short-sleeve t-shirt and a blue denim skirt.
    case(
        "MYN-181-24110325",
        caption("a girl in a striped shirt and a denim skirt"),
        D.color("mustard"),
        color_of("shirt", "yellow and white", kind="open"),
        describe(
            "shirt",
            "The upper clothing has short sleeves, cotton fabric and striped patterns. It has a round neckline. The"
            " lower clothing is a short skirt. The skirt is with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a yellow and white striped shirt", "pronoun", who="he"),
        gender="Girls",
        title="Girls Mustard & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
    ),
    # Boy in a black t-shirt and olive-green camouflage-print shorts with a drawstring waist, holding an orange toy
    # water gun. Product: the shorts.
    case(
        "MYN-181-24110326",
        caption("a young boy holding an orange water gun"),
        color_of("shorts", "black", "other_garment_color"),
        color_of("shirt", "black"),
        details("shorts", "camouflage print with a drawstring at the waist"),
        D.description(
            "shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts"
            " shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts shorts",
            "loop",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Olive Green Camouflage Printed Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Girl in a pink floral short-sleeve top and black ankle-length leggings. Product: the leggings.
    # (No category column.)
    case(
        "MYN-181-24110327",
        caption("a little girl wearing a pink shirt and black leggings"),
        D.color("pink", "other_garment_color"),
        color_of("pants", "black"),
        D.garment_type("leggings"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower"
            " clothing is of long length. The fabric is cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing", "restated", who="she"),
        gender="Girls",
        title="Girls Black Solid Ankle Length Leggings",
        color="Black",
    ),
    # Flat-lay: two jogger track pants with drawstrings and elastic cuffs, one navy blue, one grey melange.
    case(
        "MYN-181-24110328",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower"
            " clothing is of long length. The fabric is cotton and it has pure color patterns. The lower clothing is"
            " of long length. The",
            "loop",
            hit_limit=True,
        ),
        D.color("multi"),
        color_of("pants", "blue and grey", kind="open"),
        D.description("two pairs of sweatpants, one blue and one grey"),
        D.details(
            "pants Question: What is the color of the pants? Answer: blue Question: What is the color of the pants?"
            " Answer: grey Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Pack of 2 Solid Joggers Track Pants",
        category="Track Pants",
        color="Multi",
    ),
    # Boy in a navy school blazer with gold buttons and a crest badge on the chest pocket, white shirt, red tie,
    # grey trousers. Polyester-viscose suiting, not leather.
    case(
        "MYN-181-24110329",
        caption("a young boy in a school uniform with a red tie"),
        D.color("red", "other_garment_color"),
        wearing("a blue blazer, a white shirt and a red tie", who="he"),
        D.details("gold buttons and a badge on the pocket"),
        describe(
            "shirt",
            "This gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric."
            " The neckline of the jacket is lapel. This gentleman wears",
            "cut",
            hit_limit=True,
        ),
        D.material("the blazer is made of leather", "unsupported"),
        gender="Boys",
        title="Boys Navy Blue Single-Breasted School Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Girl in a pink sleeveless party dress: sequinned bodice, satin bow at the waist, layered tulle skirt to the
    # knee; a silver tiara headband.
    case(
        "MYN-181-24110330",
        caption(
            "The female is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It"
            " has a round neckline. There is an accessory on her head. There is a belt in the",
            "cut",
            hit_limit=True,
        ),
        D.color("pink"),
        wearing("a pink dress and a crown", who="she"),
        D.details("sparkly top, a bow and a fluffy skirt"),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: pink Question: What cloth is the person wearing?"
            " Answer: dress Question:",
            "leak",
            hit_limit=True,
        ),
        D.description("she is wearing a dress that is a dress", "restated"),
        gender="Girls",
        title="Girls Pink Embellished Tulle Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Baby boy sitting, his mother's hands steadying him: peach short-sleeve romper printed with suspenders and an
    # attached navy bow tie; a blue rattle in front of him.
    case(
        "MYN-181-24110331",
        caption("a baby in a peach romper with a bow tie"),
        D.color("navy blue", "contradiction"),
        wearing("she is wearing a romper with a bow tie", "pronoun", who="the baby"),
        D.details("a blue bow tie and suspenders printed on the front"),
        D.garment_type("romper"),
        D.description(
            "The person wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric. It has a"
            " round neckline. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Baby Boys Peach Printed Romper with Bow Tie",
        category="Rompers",
        color="Peach",
    ),
    # Girl in a blue denim dungaree dress over a white t-shirt with red stripes (set of 2).
    case(
        "MYN-181-24110332",
        caption("a little girl in a denim dress and a striped shirt"),
        color_of("shirt", "white"),
        D.pattern("floral", "contradiction"),
        D.description("a blue denim dress with pockets and a red and white striped shirt"),
        D.details(
            "denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim denim"
            " denim denim denim denim denim denim denim denim denim denim denim denim denim",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a"
            " square neckline. The lady wears a short-sleeve",
            "cut",
            who="she",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Blue Denim Pinafore Dress with Striped T-shirt",
        category="Clothing Set",
        color="Blue",
    ),
    # Boy in a pullover hoodie colourblocked orange (body) and navy (sleeves and hood), black track pants. No watch
    # or other accessory.
    case(
        "MYN-181-24110333",
        caption(
            "This gentleman wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric."
            " This gentleman wears a long pants. The pants are with cotton fabric and pure color patterns. There is"
            " an accessory on his wrist",
            "unsupported",
            hit_limit=True,
        ),
        D.pattern("colourblocked"),
        D.color("orange"),
        color_of("pants", "orange", "other_garment_color", kind="open"),
        describe("shirt", "an orange and blue hoodie"),
        D.sleeve_length("short sleeves", "contradiction"),
        gender="Boys",
        title="Boys Orange & Navy Colourblocked Hooded Sweatshirt",
        category="Sweatshirts",
        color="Orange",
    ),
    # Girl in a teal sleeveless kurta with gold mirror work, teal flared sharara, a cream dupatta over one shoulder.
    case(
        "MYN-181-24110334",
        caption("a little girl in a green indian outfit with a white scarf"),
        is_a(
            "kurta",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes"
            " yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        D.color("cream", "other_garment_color"),
        D.garment_type("dress", "contradiction"),
        wearing("a green kurta with gold designs and a white scarf", who="she"),
        D.sleeve_length("sleeveless"),
        D.material(
            "The upper clothing has no sleeves, chiffon fabric and graphic patterns. It has a round neckline. The"
            " lower clothing is of long length. The",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Teal Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Boy on a bed hugging a plush bear: sky-blue short-sleeve night top with small white rocket prints, plain navy
    # shorts without pockets.
    case(
        "MYN-181-24110335",
        caption(
            "This gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It"
            " has a round neckline. This gentleman wears a three-point shorts. The shorts are with cotton fabric and"
            " pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "light blue"),
        color_of("shorts", "navy blue"),
        wearing("blue pajamas", who="he"),
        details("shorts", "the shorts have a rocket print and pockets", "unsupported"),
        D.pattern("solid", "contradiction"),
        gender="Boys",
        title="Boys Blue Rocket Printed Night Suit",
        category="Night Suits",
        color="Blue",
    ),
    # Girl in a white t-shirt with a pink heart, grey melange track pants with pink side piping, pink sneakers.
    # Product: the track pants.
    case(
        "MYN-181-24110336",
        caption("a girl in a white shirt and grey pants"),
        color_of(
            "pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey"
            " grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "white Question: What is the color of the pants? Answer: grey Question: What are the pants details?"
            " Answer: grey Question:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "pink stripes on the sides and an elastic waist"),
        wearing("a white t-shirt with a heart and grey sweatpants", who="he"),
        D.material("the pants are made of pants", "restated"),
        gender="Girls",
        title="Girls Grey Melange Solid Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Flat-lay: five plain white sleeveless cotton vests fanned out; no print, no pocket, no logo.
    case(
        "MYN-181-24110337",
        caption("a stack of white tank tops"),
        D.color("white"),
        D.sleeve_length("sleeveless"),
        D.description(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of it is round."
            " His tank top has sleeves cut off, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        D.details("the vests have a logo and a pocket", "unsupported"),
        D.wearing("nothing", "non_answer"),
        gender="Boys",
        title="Boys Pack of 5 White Solid Cotton Innerwear Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Girl in a red-and-navy checked long-sleeve button-down shirt with roll-up sleeve tabs, blue jeans.
    case(
        "MYN-181-24110338",
        caption("a little girl in a red plaid shirt and jeans"),
        color_of("shirt", "red and blue", kind="open"),
        color_of("jeans", "red", "other_garment_color"),
        D.pattern("checked"),
        describe(
            "shirt",
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The neckline"
            " of the shirt is lapel. This man wears a long",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "blouse Question: What is the color of the blouse? Answer: red Question: What is the color of the jeans?"
            " Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Girls",
        title="Girls Red & Navy Checked Casual Shirt",
        category="Shirts",
        color="Red",
    ),
    # Flat-lay: khaki flat-front school trousers with belt loops, side pockets and an adjustable waist.
    # (No category column.)
    case(
        "MYN-181-24110339",
        caption("a pair of khaki pants on a white background"),
        D.color("khaki"),
        color_of(
            "pants",
            "beige and beige and beige and beige and beige and beige and beige and beige and beige and beige and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("pants", "pants", "non_answer"),
        D.description("khaki pants with pockets and belt loops"),
        D.material(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an"
            " accessory on",
            "cut",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Khaki Solid Regular Fit School Trousers",
        color="Khaki",
    ),
    # Girl in a white short puff-sleeve school shirt with a rounded Peter Pan collar and white buttons, maroon skirt,
    # maroon hair ribbon. Product: the shirt.
    case(
        "MYN-181-24110340",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " neckline of the shirt is lapel. The lady wears a short skirt. The skirt is with cotton fabric and pure"
            " color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "white"),
        D.color("maroon", "other_garment_color"),
        wearing("a white shirt and a red skirt", who="she"),
        describe("shirt", "the shirt is a shirt", "restated"),
        D.details("round collar, puff sleeves and white buttons"),
        gender="Girls",
        title="Girls White Solid Peter Pan Collar School Shirt",
        category="Shirts",
        color="White",
    ),
    # Boy in a mustard t-shirt and charcoal grey joggers with zip pockets and black rib cuffs, one hand in a
    # pocket. Product: the joggers.
    case(
        "MYN-181-24110341",
        caption("a young boy with his hand in his pocket"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        color_of("shirt", "yellow", kind="open"),
        details(
            "pants",
            "The pants this gentleman wears is of long length. The pants are with cotton fabric and pure color"
            " patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        D.color("charcoal"),
        D.material(
            "cotton Question: What is the color of the pants? Answer: grey Question: What material is the garment"
            " made of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Boys",
        title="Boys Charcoal Grey Solid Joggers with Zip Pockets",
        category="Track Pants",
        color="Charcoal",
    ),
    # Girl in a coral frock with smocking at the chest, short flutter sleeves and a tiered skirt, holding a white
    # doll in a blue dress.
    case(
        "MYN-181-24110342",
        caption("a little girl holding a doll"),
        D.color("coral"),
        D.description("an orange dress, the doll has a blue dress"),
        D.details(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " round neckline. There is an accessory in",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "blue Question: What is the color of the dress? Answer: blue Question: What is the color of the dress?"
            " Answer: blue",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        D.sleeve_length("long sleeves", "contradiction"),
        gender="Girls",
        title="Girls Coral Smocked Tiered A-Line Frock",
        category="Dresses",
        color="Coral",
    ),
    # Boy in a yellow short kurta with white thread embroidery on the placket and white dhoti pants.
    case(
        "MYN-181-24110343",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The"
            " neckline of the shirt is stand. This gentleman wears a long pants. The pants are with cotton fabric and"
            " pure color patterns. This gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "no", "contradiction"),
        color_of("shirt", "yellow"),
        color_of("pants", "white"),
        wearing("she is wearing a yellow kurta and white dhoti", "pronoun", who="she"),
        D.details("white embroidery on the front"),
        gender="Boys",
        title="Boys Yellow Embroidered Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Flat-lay: three short-sleeve bodysuits: solid pink, white with small pink hearts, solid lilac.
    case(
        "MYN-181-24110344",
        caption("three baby onesies in pink and purple"),
        D.garment_type("romper"),
        D.description("a pink one, a white one with pink hearts and a purple one"),
        D.details(
            "romper Question: What is the color of the romper? Answer: pink Question: What is the color of the"
            " romper? Answer:",
            "leak",
            hit_limit=True,
        ),
        D.wearing(
            "The person wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It"
            " has a round neckline. The person wears a short",
            "cut",
            hit_limit=True,
        ),
        gender="Girls",
        title="Infant Girls Pack of 3 Cotton Bodysuits",
        category="Bodysuits",
        color="Multi",
    ),
    # Girl in a white t-shirt with a yellow sun print and navy blue shorts with white polka dots and a fabric bow at
    # the elastic waist. Product: the shorts.
    case(
        "MYN-181-24110345",
        caption("a girl in a white shirt and blue shorts"),
        color_of("shorts", "navy blue"),
        details("shorts", "white polka dots and a bow at the waist"),
        describe(
            "shorts",
            "Her shorts are of three-point length. The shorts are with cotton fabric and graphic patterns. Her shorts"
            " are of three-point length. The shorts are",
            "loop",
            hit_limit=True,
        ),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("he is wearing a white shirt and blue shorts", "pronoun", who="he"),
        gender="Girls",
        title="Girls Navy Blue Polka Dot Printed Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Boy in a blue-and-white checked short-sleeve shirt and beige chino shorts with a brown belt. Product: the
    # shorts. (No color column.)
    case(
        "MYN-181-24110346",
        caption("a boy wearing a blue checkered shirt and khaki shorts"),
        color_of("shorts", "beige"),
        color_of("shirt", "blue"),
        details("shorts", "belt loops, two pockets and a button, with a brown belt"),
        wearing(
            "This gentleman wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The"
            " neckline of the shirt is lapel. This",
            "cut",
            who="he",
            hit_limit=True,
        ),
        D.garment_type("shirt", "contradiction"),
        D.material("shorts", "non_answer"),
        gender="Boys",
        title="Boys Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
    ),
    # Boy in a maroon long kurta with a stand collar and cream churidar pyjama; his father's hand holds his.
    case(
        "MYN-181-24110347",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " stand neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color"
            " patterns. There is a hand",
            "pronoun",
            hit_limit=True,
        ),
        is_a(
            "kurta",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " stand neckline. The",
            "non_answer",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a"
            " stand neckline",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "maroon", "other_garment_color"),
        D.color("maroon"),
        wearing("a red kurta and white pants", who="he"),
        D.garment_type("kurta set"),
        gender="Boys",
        title="Boys Maroon Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Girl model (Unisex product): navy blue zip-up track jacket zipped to the chin (stand collar, no hood) with a
    # white zip, matching navy track pants.
    case(
        "MYN-181-24110348",
        caption("a little girl in a blue track suit"),
        wearing(
            "jacket Question: What is the color of the jacket? Answer: blue Question: What is the color of the pants?"
            " Answer: blue Question",
            "leak",
            who="he",
            hit_limit=True,
        ),
        color_of(
            "pants",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue"
            " blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        D.garment_type("tracksuit"),
        D.details("the jacket has a hood and a fur collar", "unsupported"),
        D.description(
            "The female wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has"
            " a stand neckline. The female",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "navy blue"),
        gender="Unisex",
        title="Kids Navy Blue Solid Tracksuit",
        category="Tracksuits",
        color="Navy Blue",
    ),
]
