"""BLIND_960 (46 products; Myntra dresses and jumpsuits, base zero-shot): written blind in the fifty-seventh session.
Measured blind at 5a92fc7 (the session's final rules): 109/131 failures found (83.2%) and 13/190 correct texts flagged
(6.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's dresses and jumpsuits (maxi, midi, bodycon, wrap and shirt dresses, culotte,
halter and denim jumpsuits). Photos are mostly catalog shots on a white or grey studio backdrop, worn by a model who
often carries a bag, wears heels, sneakers, boots, a belt, a hat or a jacket/coat/t-shirt layered with the product;
a few are outdoor lifestyle shots (garden, beach, pool, brick wall, rooftop, field) and two are back views.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, no adapter, zero-shot, greedy, with
the `Question: ... Answer:` prompt (30 new tokens for answers, 50 for the caption). Closed questions (garment type,
color, pattern, sleeve length, "Is this a ...?", the color of a named accessory) come from enrich's reference engine,
which picks one candidate, so they never loop or stop short but do pick the wrong garment's color or the wrong type.
Open answers and captions are free generation: usually short, lowercase, no final period; the base model mostly
stops on its own, but now and then it runs on to the limit (a repeated clause, or a long sentence cut mid-phrase),
continues into a new `Question: ... Answer:` turn, echoes the prompt, answers a one-word "yes"/"white", gives the
dress the color of the shoes, bag, belt, coat or the backdrop, invents pockets, zips, slits and fabrics, and once in
a while says "he"/"his"/"a man" for a woman model.

Labeling conventions and judgement calls:
- A color in the same coarse group as what the photo shows counts as right (maroon/burgundy read "red", peach
  "pink", mauve/lavender "purple", mustard "yellow"); for a two-color stripe or check either main color counts.
- Labels follow the photo, not the seller: the rust wrap dress the seller files as "Brown" is right as "orange" or
  "brown".
- The dress given the color of something else the model wears or carries (shoes, bag, clutch, belt, hat, jacket,
  coat, t-shirt, jeans) is other_garment_color; given the color of the backdrop (sea, grass, brick wall) or of its
  own print is contradiction.
- Sleeves of a layered garment (jacket, coat, t-shirt under a jumpsuit) answered as the product's sleeves, a wrong
  type (shirt, t-shirt, romper, coat, kurta, "dress" for a jumpsuit), a wrong pattern (ribs or pleats read as
  stripes) and a wrong yes/no are contradiction.
- Material: right when the title names the fabric or the photo shows it (sequins, velvet, lace, denim, satin sheen,
  ribbed knit, "stretchy" on a bodycon); a specific fiber the photo cannot show and the title does not name (cotton,
  silk, linen, chiffon, rayon, polyester, spandex) is unsupported, as are pockets, zips, slits, drawstrings and
  buckles that are not in the photo, or the front of a dress seen only from the back.
- A one-word, yes/no or empty answer to an open question, or one that gives only the type ("jumpsuit", "this is a
  jumpsuit"), is non_answer; an answer that says the question back ("the details of the garment are the details of
  the dress", "describe the garment in the picture", or the question copied before the answer) is restated.
- A new `Question: ... Answer:` turn, or an "Answer:" prefix, is leak, even when it then repeats until the limit;
  a repeated clause with no prompt text is loop. One label per text: the one that explains why it is unusable.
- Captions and answers that use "he"/"his"/"a man" for a row whose gender is Women are pronoun; a row without a
  gender column gets no pronoun label.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, is_a, wearing

BLIND_960 = [
    # photo: black solid sleeveless maxi dress, v-neck, side slit, no belt; gold hoops, black heels; white backdrop;
    # front view. All texts: base BLIP-2 zero-shot (closed ones via the reference engine).
    case(
        "X960-001",
        caption("a woman in a long black dress with a gold belt posing for a photo", "unsupported"),
        Q.wearing("a black maxi dress"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.details("the dress has a slit on the side and a zipper on the back", "unsupported"),
        Q.material("silk", "unsupported"),
        title="AASK Women Black Solid Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue tiered maxi dress with white and pink flowers, short puff sleeves, round neck; model holds a
    # tan straw tote; white backdrop; front view. Base model zero-shot.
    case(
        "X960-002",
        caption("a woman wearing a blue floral dress and holding a straw bag"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        describe("dress", "a long blue dress with white flowers and short sleeves"),
        Q.details("the dress has ruffles on the sleeves and a tie at the waist", "unsupported"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        Q.wearing(
            "a woman wearing a long navy blue dress with white and pink flowers on it and a straw bag on her arm, she"
            " is also wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        title="Sera Women Navy Blue Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red ribbed long-sleeve bodycon midi dress, round neck; black ankle boots; white backdrop; three-quarter
    # view. Base model zero-shot.
    case(
        "X960-003",
        caption("a woman in a red bodycon dress and black boots"),
        Q.garment_type("dress"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("ribbed knit"),
        wearing("he is wearing a red dress and black boots", "pronoun", who="she"),
        Q.description("a black dress with long sleeves", "other_garment_color"),
        title="SASSAFRAS Women Red Ribbed Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: emerald green satin wrap midi dress, long sleeves, v-neck, tie at the left waist; nude heels; plain grey
    # backdrop; front view. Base model zero-shot.
    case(
        "X960-004",
        caption("a woman in a green wrap dress standing in front of a gray wall"),
        Q.pattern("solid"),
        Q.color("green"),
        describe("dress", "the dress is a green wrap dress with a v neck and long sleeves"),
        Q.details(
            "the dress has a tie waist and a v-neck and a tie waist and a v-neck and a tie waist and a v-neck and"
            " a tie",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.wearing("Answer: she is wearing a green wrap dress", "leak"),
        title="FabAlley Women Green Solid Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: light blue denim shirt dress, short rolled-up sleeves, button front, two chest pockets, brown leather
    # belt; white sneakers; white backdrop; front view. Base model zero-shot.
    case(
        "X960-005",
        caption("a woman wearing a denim shirt dress with a brown belt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        color_of("belt", "brown"),
        Q.material("denim"),
        Q.details("the dress has buttons down the front and two chest pockets"),
        Q.sleeve_length("short sleeves"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.description("the garment is the garment that the person is wearing", "restated"),
        title="ONLY Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: olive sleeveless wide-leg jumpsuit, v-neck, self-fabric tie belt; white sneakers; white backdrop; front
    # view. Base model zero-shot.
    case(
        "X960-006",
        caption("a woman in a green jumpsuit and white sneakers"),
        Q.garment_type("jumpsuit"),
        is_a("dress", "yes", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.description("a green jumpsuit with a belt"),
        Q.wearing("a green jumpsuit"),
        title="StyleStone Women Olive Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard yellow fit-and-flare midi dress with white polka dots, short flutter sleeves, round neck; an
    # open light-blue denim jacket (long sleeves) over it; white backdrop; front view. Base model zero-shot.
    case(
        "X960-007",
        caption("a woman wearing a yellow polka dot dress and a denim jacket"),
        Q.color("blue", "other_garment_color"),
        color_of("jacket", "blue"),
        Q.pattern("polka dot"),
        Q.wearing("a yellow dress with white polka dots and a jean jacket"),
        Q.details(
            "the dress is made of a lightweight cotton fabric and has a button closure at the back", "unsupported"
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "a blue dress with white dots", "other_garment_color"),
        title="Tokyo Talkies Women Mustard Yellow Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: black sequinned one-shoulder bodycon mini dress, sleeveless; model holds a silver clutch; white
    # backdrop; front view. Base model zero-shot.
    case(
        "X960-008",
        caption("a woman in a black sequin dress holding a silver clutch"),
        Q.color("silver", "other_garment_color"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.material("sequins"),
        Q.description("describe the garment in the picture", "restated"),
        wearing("a black one shoulder dress", who="the woman"),
        title="Rare Women Black Embellished Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: off-white cotton schiffli (eyelet) tiered maxi dress, three-quarter sleeves, round neck; brown wide-brim
    # hat; outdoor, garden with green shrubs; front view. Base model zero-shot.
    case(
        "X960-009",
        caption("a woman in a white dress and a hat standing in a garden"),
        Q.color("white"),
        Q.material("cotton"),
        color_of("hat", "brown"),
        Q.sleeve_length("three-quarter sleeves"),
        describe(
            "dress",
            "the dress is a long white dress with lace on the bottom, it is a long white dress with lace on the bottom,"
            " it is a long",
            "loop",
            hit_limit=True,
        ),
        Q.details("the dress is white and has a tiered skirt and a drawstring at the neck", "unsupported"),
        Q.wearing("a brown dress and a hat", "other_garment_color"),
        title="Marks & Spencer Women Off White Schiffli Cotton Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: black and white vertical-striped culotte jumpsuit, wide straps, cropped wide legs; red block heels;
    # white backdrop; front view. Base model zero-shot.
    case(
        "X960-010",
        caption("a woman wearing a black and white striped jumpsuit and red heels"),
        Q.pattern("striped"),
        Q.color("red", "other_garment_color"),
        Q.garment_type("romper", "contradiction"),
        Q.wearing("she is wearing a striped jumpsuit"),
        Q.details("Question: What are the details of the garment? Answer: the jumpsuit has wide legs", "leak"),
        title="Athena Women Black & White Striped Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: peach wrap dress with small pink and green flowers, short sleeves, ruffled hem, tie waist; white block
    # heels, gold watch; white backdrop; front view. Base model zero-shot.
    case(
        "X960-011",
        caption("a woman in a pink floral dress"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.garment_type("dress"),
        Q.description(
            "the dress is a wrap dress with a ruffled hem and a v-neckline, short sleeves and a tie at the waist, it is"
            " perfect for a day out with",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Berrylush Women Peach-Coloured Floral Print Wrap Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: white shirt dress with blue vertical stripes, collar, button front, long sleeves, self-tie belt; brown
    # flat sandals; white backdrop; front view. Base model zero-shot.
    case(
        "X960-012",
        caption("a woman wearing a blue and white striped shirt dress"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("buttons", "non_answer"),
        Q.material("linen", "unsupported"),
        title="Mast & Harbour Women White & Blue Striped Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: maroon solid crepe maxi dress, long sleeves, round neck, gathered waist, no slit; thin gold necklace;
    # white backdrop; front view. Base model zero-shot.
    case(
        "X960-013",
        caption("a woman in a long red dress"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        Q.wearing("a long red dress with a gold necklace"),
        Q.details("the dress has a high slit on the left leg", "unsupported"),
        Q.material("velvet", "unsupported"),
        is_a("dress", "yes"),
        Q.pattern("floral", "contradiction"),
        Q.description(
            "a long maroon dress with long sleeves and a round neck, it has a gathered waist and falls to the floor,"
            " the dress is",
            "cut",
            hit_limit=True,
        ),
        title="DressBerry Women Maroon Solid Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal sleeveless square-neck bodycon dress under an open beige trench coat (long sleeves); nude heels;
    # white backdrop; front view. Base model zero-shot.
    case(
        "X960-014",
        caption("a woman in a beige trench coat and a green dress"),
        Q.color("beige", "other_garment_color"),
        color_of("coat", "beige"),
        Q.garment_type("coat", "contradiction"),
        Q.wearing("a woman in a trench coat and a dress"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Kassually Women Teal Solid Bodycon Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: navy blue jumpsuit with a white leaf print, short sleeves, tie waist, tapered legs; white backdrop;
    # front view. Base model zero-shot (the caption reads the navy as black).
    case(
        "X960-015",
        caption("a woman in a black jumpsuit with white leaves on it", "contradiction"),
        is_a("jumpsuit", "yes"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        Q.description("jumpsuit", "non_answer"),
        Q.details(
            "the jumpsuit has a tie at the waist and short sleeves Question: What is the color of the shoes? Answer:"
            " white",
            "leak",
        ),
        wearing("she is wearing a blue jumpsuit with a white leaf print", who="she"),
        title="Harpa Women Navy Blue Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black A-line midi dress with a red rose print, cap sleeves, sweetheart neck; black sunglasses, red
    # handbag; outdoor, in front of a brown brick wall; front view. Base model zero-shot.
    case(
        "X960-016",
        caption("a woman in a black floral dress standing in front of a brick wall"),
        color_of("dress", "brown", "contradiction", kind="open"),
        Q.pattern("floral"),
        color_of("bag", "red"),
        Q.wearing("a black and red floral dress, sunglasses and a red handbag"),
        Q.material("polyester", "unsupported"),
        Q.details("nothing", "non_answer"),
        title="Mango Women Black & Red Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: mauve solid wrap maxi dress, three-quarter flared sleeves, tie waist; silver strappy heels; white
    # backdrop; front view. Base model zero-shot.
    case(
        "X960-017",
        caption("a woman in a purple wrap dress"),
        Q.color("purple"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("dress"),
        Q.description("he is wearing a long purple dress with a tie at the waist", "pronoun"),
        Q.details(
            "the dress has a v-neck, a tie waist, flared sleeves and a flared sleeves and a flared sleeves and a flared"
            " sleeves and a flared",
            "loop",
            hit_limit=True,
        ),
        title="Zima Leto Women Mauve Solid Wrap Maxi Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: olive green cotton utility shirt dress, two flap chest pockets, long roll-tab sleeves, drawstring
    # waist; black crossbody bag; white backdrop; front view. Base model zero-shot.
    case(
        "X960-018",
        caption("a woman in an olive green shirt dress with a black bag"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("dress"),
        Q.details("the dress has two chest pockets with flaps and a drawstring at the waist"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        Q.wearing("a brown dress", "contradiction"),
        Q.description("the garment is a garment", "restated"),
        title="Roadster Women Olive Green Pure Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: white sleeveless halter bodycon dress with a cut-out at the waist; gold heels; light grey backdrop;
    # front view. Base model zero-shot.
    case(
        "X960-019",
        caption("a woman in a white dress with a cut out at the waist"),
        Q.sleeve_length("sleeveless"),
        Q.color("gold", "other_garment_color"),
        Q.wearing("white", "non_answer"),
        Q.details("Answer: the dress has a halter neck and a cut out at the waist", "leak"),
        Q.pattern("solid"),
        title="Qurvii Women White Solid Bodycon Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: orange, pink and yellow tie-dye maxi dress, spaghetti straps; sunglasses pushed up on the head;
    # outdoor, beach with sand, blue sea and sky; front view. Base model zero-shot.
    case(
        "X960-020",
        caption("a woman in a colorful maxi dress on the beach"),
        Q.color("blue", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.description("the dress is a long flowy dress with a tie-dye print in shades of orange, pink and yellow"),
        Q.material("rayon", "unsupported"),
        Q.details(
            "Question: What are the details of the garment? Answer: Question: What are the details of the garment?"
            " Answer: Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Rain & Rainbow Women Multicoloured Tie-Dye Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black off-shoulder jumpsuit with a ruffled neckline and flared legs, no visible pockets; gold chain
    # belt; white backdrop; front view. Base model zero-shot.
    case(
        "X960-021",
        caption("a woman in a black off the shoulder jumpsuit"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "gold", "other_garment_color", kind="open"),
        color_of("belt", "gold"),
        is_a("jumpsuit", "yes"),
        Q.description("the jumpsuit is black with a ruffled off shoulder neckline and wide legs"),
        Q.details("the jumpsuit has pockets on the side and a zipper at the back", "unsupported"),
        title="Sassafras Women Black Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: lavender accordion-pleated A-line midi dress, short sleeves, round neck, keyhole button at the back;
    # white backdrop; back view only. Base model zero-shot.
    case(
        "X960-022",
        caption("the back of a woman in a purple pleated dress"),
        Q.color("purple"),
        Q.pattern("striped", "contradiction"),
        Q.details("the dress has a keyhole button at the back and a pleated skirt"),
        Q.description("the dress has a v-neck at the front and a pleated skirt", "unsupported"),
        wearing("she is wearing a lavender pleated dress", who="she"),
        title="Vero Moda Women Lavender Solid Pleated A-Line Midi Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: rust (burnt orange) solid wrap midi dress, short puff sleeves, tie waist; the seller files it as Brown;
    # tan sandals; white backdrop; front view. Base model zero-shot.
    case(
        "X960-023",
        caption("a woman in an orange wrap dress"),
        Q.color("orange"),
        Q.garment_type("dress"),
        Q.sleeve_length("short sleeves"),
        Q.details("the dress has puff sleeves and a tie at the waist"),
        Q.wearing("a brown dress"),
        title="Tokyo Talkies Women Rust Solid Wrap Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: black and white gingham shirt dress, short sleeves, collar, button front; black sneakers, white socks;
    # white backdrop; front view. Base model zero-shot.
    case(
        "X960-024",
        caption("a woman wearing a black and white checkered shirt dress"),
        Q.pattern("checked"),
        Q.color("black"),
        Q.description(
            "it is a black and white checkered shirt dress with a collar and buttons down the front, it is a black and"
            " white checkered shirt dress",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        wearing("a shirt dress and sneakers", who="she"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="H&M Women Black & White Checked Shirt Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: yellow maxi dress with small white flowers, halter neck, sleeveless; model barefoot holding a straw
    # hat; outdoor, green grass field; front view. Base model zero-shot.
    case(
        "X960-025",
        caption("a woman in a yellow floral dress standing in a field"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details("his dress has a halter neck", "pronoun"),
        Q.wearing("a yellow maxi dress with flowers"),
        Q.material("the material is the material of the garment", "restated"),
        title="Sera Women Yellow Floral Print Halter Neck Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: burgundy velvet bodycon dress, long sleeves, v-neck; black clutch; dark grey studio backdrop, no party
    # or room in sight; front view. Base model zero-shot.
    case(
        "X960-026",
        caption("a woman in a maroon velvet dress at a party", "unsupported"),
        Q.material("velvet"),
        Q.color("red"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a burgundy velvet dress with long sleeves and a v neck, it is a bodycon dress that hugs the body and is"
            " perfect for a night out with",
            "cut",
            hit_limit=True,
        ),
        Q.details("no", "non_answer"),
        wearing("a black dress and a black clutch", "other_garment_color", who="she"),
        title="U&F Women Burgundy Solid Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: medium blue sleeveless denim jumpsuit worn over a white short-sleeve t-shirt; white sneakers; white
    # backdrop; front view. Base model zero-shot.
    case(
        "X960-027",
        caption("a woman in a denim jumpsuit and a white t-shirt"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.wearing("Question: What is the person wearing? Answer: a denim jumpsuit", "leak"),
        title="Roadster Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: pink satin slip midi dress, spaghetti straps, cowl neck, no slit; clear heels; white backdrop; front
    # view. The feed row has no color column. Base model zero-shot.
    case(
        "X960-028",
        caption("a woman in a pink satin dress"),
        Q.material("satin"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.details("the dress has spaghetti straps and a cowl neck"),
        Q.description("the dress is made of silk and has a slit on the side", "unsupported"),
        is_a("jumpsuit", "yes", "contradiction"),
        Q.wearing("a pink dress. Question: What is the material of the dress? Answer: satin", "leak"),
        title="Forever New Women Pink Satin Slip Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: navy blue wrap midi dress with white polka dots, long sleeves; red pumps; white backdrop; front view.
    # Base model zero-shot.
    case(
        "X960-029",
        caption("a woman in a navy blue polka dot wrap dress and red shoes"),
        Q.pattern("polka dot"),
        Q.color("red", "other_garment_color"),
        Q.wearing("a blue dress with white polka dots and red high heels"),
        Q.details("yes", "non_answer"),
        Q.sleeve_length("long sleeves"),
        describe("dress", "the dress is red with white polka dots", "other_garment_color"),
        title="Mast & Harbour Women Navy Blue & White Polka Dot Wrap Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige linen-blend shirt dress, short sleeves, collar, button front, self-fabric tie belt (no buckle);
    # brown loafers; model holds a black tote; white backdrop; front view. Base model zero-shot.
    case(
        "X960-030",
        caption("a woman in a beige shirt dress"),
        Q.material("linen"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("dress"),
        Q.description("she is wearing a beige dress with a belt"),
        Q.details("the dress has a collar, buttons down the front, and a belt with a gold buckle", "unsupported"),
        Q.wearing(
            "she is wearing a beige shirt dress with a collar and short sleeves, brown loafers and she is holding a"
            " black tote bag in her",
            "cut",
            hit_limit=True,
        ),
        title="Marks & Spencer Women Beige Solid Linen Blend Shirt Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: black maxi dress with a white abstract print, long sleeves, round neck, side slit; white backdrop;
    # front view. Base model zero-shot.
    case(
        "X960-031",
        caption("a woman in a black and white print maxi dress"),
        Q.pattern("floral", "contradiction"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        wearing(
            "she is wearing a black and white dress, she is wearing a black and white dress, she is wearing a black and"
            " white dress, she is",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.details("the dress has a slit on the side"),
        Q.material("chiffon", "unsupported"),
        title="Zima Leto Women Black & White Printed Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: grey melange ribbed t-shirt bodycon dress, short sleeves, knee length; white sneakers, black baseball
    # cap; white backdrop; front view. The feed row has no gender column. Base model zero-shot.
    case(
        "X960-032",
        caption("a woman in a grey t-shirt dress and white sneakers"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.wearing("a grey dress, white sneakers and a black baseball cap"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        title="Urbanic Women Grey Melange Ribbed Bodycon Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # photo: red halter-neck wide-leg jumpsuit tied at the back of the neck, no visible pockets; sunglasses;
    # outdoor, rooftop under a blue sky; front view. Base model zero-shot.
    case(
        "X960-033",
        caption("a woman in a red jumpsuit on a rooftop"),
        Q.color("red"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.description("a red jumpsuit with a halter neck and wide legs"),
        Q.details("her jumpsuit has a halter neck that ties at the back and side pockets", "unsupported"),
        Q.material("", "non_answer"),
        Q.wearing(
            "a red jumpsuit and sunglasses and sunglasses and sunglasses and sunglasses and sunglasses and sunglasses"
            " and sunglasses and sunglasses",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Red Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: green smocked A-line midi dress with small white and pink flowers, short puff sleeves, square neck; tan
    # sandals; white backdrop; front view. Base model zero-shot.
    case(
        "X960-034",
        caption("a woman in a green floral print dress with puff sleeves"),
        Q.color("white", "contradiction"),
        Q.pattern("floral"),
        Q.details("the dress has puff sleeves, a square neckline and a smocked bodice"),
        Q.sleeve_length("short sleeves"),
        Q.wearing("he is wearing a green dress with flowers", "pronoun"),
        Q.description("Describe the garment. the dress is green with white and pink flowers", "restated"),
        title="Sera Women Green Floral Print Smocked A-Line Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: long white cotton shirt dress, long sleeves, collar, chest pocket, high-low hem, worn over light blue
    # skinny jeans; white backdrop; front view. Base model zero-shot.
    case(
        "X960-035",
        caption("a woman in a white shirt dress and jeans"),
        Q.color("blue", "other_garment_color"),
        color_of("jeans", "blue"),
        Q.garment_type("shirt", "contradiction"),
        Q.details("the shirt has a collar, buttons down the front and a pocket on the chest"),
        Q.material("cotton"),
        title="Cottinfab Women White Solid Cotton Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: blue tiered maxi dress with a white paisley print, three-quarter sleeves, round neck, gathered waist;
    # silver jhumka earrings; white backdrop; front view. Base model zero-shot.
    case(
        "X960-036",
        caption("a woman in a blue and white printed dress"),
        Q.pattern("printed"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.description(
            "a long blue dress with a white paisley print and three quarter sleeves, the dress has a round neck and a"
            " tiered skirt with a gathered waist and",
            "cut",
            hit_limit=True,
        ),
        Q.details("what are the details of the garment", "restated"),
        title="Biba Women Blue Printed Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: sleeveless bodycon dress, black side panels and a white centre panel, no slit, back not shown; black
    # heels; white backdrop; front view. Base model zero-shot.
    case(
        "X960-037",
        caption("a woman in a black and white color block dress"),
        Q.pattern("colour blocked"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.details("the details of the garment are the details of the dress", "restated"),
        Q.material("the dress is made of a stretchy material"),
        Q.description("a fitted dress with a zip at the back and a slit at the hem", "unsupported"),
        title="Harpa Women Black & White Colourblocked Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white wrap maxi dress with a blue floral print, short flutter sleeves, tie waist; white sun hat;
    # outdoor, beside a pool of blue water; front view. Base model zero-shot.
    case(
        "X960-038",
        caption("a woman in a white floral dress standing by a pool"),
        Q.color("white"),
        color_of("hat", "white"),
        Q.pattern("floral"),
        Q.wearing("he is wearing a white dress and a white hat", "pronoun"),
        describe(
            "dress",
            "a white maxi dress with blue flowers, flutter sleeves and a wrap front that ties at the waist, the dress"
            " is flowy and falls to the",
            "cut",
            hit_limit=True,
        ),
        Q.details(
            "the dress has a wrap front and flutter sleeves and a tie at the waist. Question: What is the color of the"
            " hat? Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Berrylush Women White & Blue Floral Print Wrap Maxi Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: mustard yellow jumpsuit, collar, short sleeves, self belt, tapered legs; model holds a white handbag;
    # white backdrop; front view. Base model zero-shot.
    case(
        "X960-039",
        caption("a woman in a yellow jumpsuit holding a white bag"),
        Q.color("yellow"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        Q.details("the jumpsuit has a collar, short sleeves and a belt"),
        Q.description("this is a jumpsuit", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        title="Kassually Women Mustard Yellow Solid Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: black lace maxi dress, sheer long lace sleeves, lace bodice with a sweetheart neckline, no embroidery;
    # red lipstick; white backdrop; front view. The feed row has no category column. Base model zero-shot.
    case(
        "X960-040",
        caption("a woman in a black lace dress"),
        Q.material("lace"),
        Q.color("black"),
        Q.sleeve_length("long sleeves"),
        Q.wearing(
            "she is wearing a long black dress with lace sleeves Question: What is she wearing? Answer: a long black",
            "leak",
            hit_limit=True,
        ),
        Q.details(
            "the dress has lace sleeves and a lace bodice with a sweetheart neckline, it also has a sweetheart"
            " neckline, it also has a sweetheart neckline",
            "loop",
            hit_limit=True,
        ),
        Q.description("a black dress with gold embroidery on the sleeves", "unsupported"),
        title="Vero Moda Women Black Lace Maxi Dress",
        color="Black",
        gender="Women",
    ),
    # photo: coral sleeveless tiered ruffle midi dress, no pockets; brown belt, brown sandals; white backdrop; front
    # view. Base model zero-shot.
    case(
        "X960-041",
        caption("a woman in an orange ruffled dress"),
        Q.color("brown", "other_garment_color"),
        color_of("belt", "brown"),
        Q.sleeve_length("sleeveless"),
        Q.description("an orange dress with ruffles and pockets", "unsupported"),
        wearing("orange", "non_answer", who="she"),
        title="SASSAFRAS Women Coral Solid Tiered Midi Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: navy blue poplin shirt dress, white contrast buttons, long sleeves, knee length; white sneakers; white
    # backdrop; front view. Base model zero-shot.
    case(
        "X960-042",
        caption("a man in a blue shirt dress", "pronoun"),
        Q.color("navy blue"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves"),
        Q.details("the buttons are white"),
        Q.description(
            "the garment is a blue dress with a collar and buttons, the garment is a blue dress with a collar and"
            " buttons, the garment",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim", "unsupported"),
        title="Vero Moda Women Navy Blue Solid Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: magenta wrap-front jumpsuit, long sleeves, tie belt, wide legs; gold heels and a gold clutch; white
    # backdrop; front view. Base model zero-shot.
    case(
        "X960-043",
        caption("a woman in a pink jumpsuit"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        Q.wearing("a pink jumpsuit and gold heels"),
        Q.details("the jumpsuit has a wrap front and a tie belt"),
        is_a("dress", "no"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Athena Women Magenta Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Magenta",
        gender="Women",
    ),
    # photo: black knee-length wrap dress with a white floral print, short sleeves, v-neck, tie waist; white
    # sneakers; white backdrop; front view. Base model zero-shot.
    case(
        "X960-044",
        caption("a woman in a black and white floral wrap dress"),
        Q.pattern("solid", "contradiction"),
        Q.color("black"),
        Q.description(
            "the dress is a wrap dress with a v neck and short sleeves, it has a floral print and a tie at the waist."
            " it is made of a",
            "cut",
            hit_limit=True,
        ),
        Q.details("there is a tie at the waist"),
        Q.material("cotton", "unsupported"),
        title="Mast & Harbour Women Black Printed Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: peach halter-neck maxi dress with an open back and a bow tied at the back; beige wide-brim hat; plain
    # light grey backdrop; back view. Base model zero-shot.
    case(
        "X960-045",
        caption("a woman in a long pink dress with a bow on the back"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.details("the dress has a bow on the back and an open back"),
        Q.description("she is wearing a long peach dress with an open back"),
        Q.wearing(
            "Question: What is the person wearing? Answer: a long dress Question: What is the person wearing? Answer:"
            " a long dress Question",
            "leak",
            hit_limit=True,
        ),
        title="Rare Women Peach Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: cobalt blue one-shoulder sleeveless bodycon midi dress with ruching down the side; white backdrop;
    # front view. Base model zero-shot.
    case(
        "X960-046",
        caption("a woman in a blue one shoulder dress"),
        Q.color("blue"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.details("it has ruching on the side"),
        wearing("his dress is blue", "pronoun", who="she"),
        Q.material("spandex", "unsupported"),
        title="Sassafras Women Blue Ruched Bodycon Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
]
