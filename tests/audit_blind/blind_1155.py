"""BLIND_1155 (46 products; Lehengas and ethnic skirts, caption adapter epoch 3): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 102/119 failures found (85.7%) and 29/162 correct texts flagged
(17.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of 28 lehenga cholis (18 women's, 10 girls') and 18 ethnic skirts (14 women's, 4 girls').
Catalog photos: mostly a model on a white or light grey studio backdrop, front or three-quarter view, one back view, one
set against a wall of marigold garlands. A lehenga choli is three pieces: the flared skirt (lehenga), the blouse
(choli), often a dupatta in another color; the seller's base colour is the lehenga's. Ethnic skirts are worn with a top
or short kurti of another color, sometimes the same color. Jewellery (jhumkas, bangles, maang tikka) where noted.

Who wrote what: every caption and every open answer (wearing, describe, details, material, open color questions) is
free generation by the caption adapter at epoch 3 (leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b,
8-bit, greedy, 50 new tokens for captions, 30 for answers). Its habits: the DeepFashion template ("The lady wears a
sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon fabric...") with no hues,
returned even for questions; the template's stock endings ("There is an accessory on her wrist", "a ring", "a hat",
"a belt") whether or not the photo shows one; no end token, so some texts loop or are cut at the limit, and the
`Question: ... Answer:` format leaks back in; yet many short answers still end on the base model's newline and read
like the untuned base ("a red top and a black skirt"), and a few captions are base-style ("a woman in a red lehenga").
Closed answers (garment_type, color, pattern, sleeve_length, color_of ... closed, is_a) come from enrich's
`--engine reference` ranking candidate values with the same adapter: one clean value, never looped or cut, but often
the wrong one (the blouse's or dupatta's color for the lehenga, a dupatta's color when there is no dupatta).

Labeling conventions and judgement calls:
- One label per text: the failure a reader meets first. A looped text is `loop`, a leaked format is `leak` (both with
  hit_limit=True when they ran to the limit); a template returned for a color question is `non_answer` even when it
  was also cut (hit_limit=True is still set); a template returned for a wearing/describe question that is cut is
  `cut`, since it does answer.
- One text ran to its 30-token limit and yet ends on a complete, correct sentence (X1155-045's wearing): left
  unlabeled with hit_limit=True.
- "lehenga" is the skirt of a lehenga choli; calling it "a long skirt" is right, calling the set "a dress" or "a
  saree", or a plain ethnic skirt "a lehenga", is a `contradiction` (it contradicts the seller's category).
- The product's color is the seller's base colour (the lehenga's for a lehenga choli). Giving the lehenga or skirt
  the blouse's, top's or dupatta's color, or the blouse/dupatta the lehenga's color, is `other_garment_color`. A
  wrong color taken from a print motif or from the backdrop (no other garment) is `contradiction`.
- Shades count as the same color: magenta is pink, burgundy and wine are maroon, mauve and lavender are purple,
  rust is orange, off-white and cream are white, sea green and lime green are green, turquoise and navy are blue.
  For a "Multi" product any dominant color of the print is right.
- The template's pattern words: embroidered or printed flowers are "floral", gota or zari lines are "striped",
  patchwork is "color block", sequin or woven motifs are "graphic". "pure color patterns" is right for a plain piece.
- A material the photo or title contradicts ("chiffon" for a net lehenga, "furry" for velvet, "denim") and any
  jewellery, belt, zipper, slit, pocket or dupatta the photo does not show is `unsupported`. A closed color for the
  dupatta of a set sold and shown without one is `unsupported` too.
- `non_answer`: empty, yes/no, or only the garment's name back for an open question. `restated`: the question's
  wording turned into the answer ("the skirt details are the skirt details").
- `pronoun`: he/his/"the gentleman" for a woman or girl; only on rows whose feed has a gender.
- Some rows lack a feed column (gender, color or category), as real feeds do; their texts are labeled the same way.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1155 = [
    # photo: woman in a pink flared lehenga with gold zari embroidery along the hem, plain pink short-sleeve choli,
    # gold net dupatta over one shoulder, jhumkas; white backdrop, front view. Caption adapter epoch 3; closed: ref.
    case(
        "X1155-001",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. The skirt is with "
            "embroidered patterns and its length is ankle. There is an accessory on her ear."
        ),
        color_of("lehenga", "pink"),
        color_of("dupatta", "gold"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("skirt", "contradiction"),
        describe(
            "lehenga",
            "The skirt is with chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral "
            "patterns. The skirt is with chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Chhabra 555 Women Pink & Gold Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: young girl in a mustard matte-cotton lehenga with a small green floral print, green sleeveless choli with a
    # gota edge, green dupatta round her neck, glass bangles; white backdrop, front view. Adapter epoch 3; closed: ref.
    case(
        "X1155-002",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns. There is an accessory on her wrist. The girl",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "mustard"),
        color_of("choli", "mustard", "other_garment_color"),
        wearing("a yellow and green lehenga with a green dupatta", who="the girl"),
        Q.garment_type("lehenga choli"),
        details(
            "lehenga",
            "The skirt is with cotton fabric and floral patterns. Its length is ankle. There is a belt at the waist.",
            "unsupported",
        ),
        title="Biba Girls Mustard & Green Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Girls",
    ),
    # photo: woman in a navy blue cotton maxi skirt with small white-and-orange block-printed flowers, one hand in a
    # side pocket, plain white short-sleeve top tucked in; white backdrop, front view. Adapter epoch 3; closed: ref.
    case(
        "X1155-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "navy blue"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        is_a("lehenga", "yes", "contradiction"),
        details("skirt", "The skirt has pockets on both sides and a printed pattern with small flowers."),
        wearing("a white top and a blue skirt"),
        title="Global Desi Women Navy Blue Printed Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a maroon silk-blend lehenga with a wide gold woven border, gold brocade elbow-sleeve choli, maroon
    # gold-edged dupatta over her head, maang tikka, bangles; light grey backdrop, front. Adapter ep. 3; closed: ref.
    case(
        "X1155-004",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long dress. The dress is with silk "
            "fabric and pure color patterns. There is an accessory on her head.",
            "contradiction",
        ),
        color_of("lehenga", "maroon"),
        color_of("blouse", "gold"),
        Q.material("silk"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("elbow sleeves"),
        title="Mitera Women Maroon & Gold-Toned Silk Blend Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: little girl in a baby-pink net lehenga scattered with sequins, pink sleeveless choli, off-white net
    # dupatta, a hair clip; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-005",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a long skirt. His skirt is of "
            "ankle length.",
            "pronoun",
        ),
        Q.color("pink"),
        Q.pattern("embellished"),
        Q.sleeve_length("long sleeves", "contradiction"),
        wearing("a pink lehenga choli", who="the girl"),
        details("lehenga", "The skirt has sequins all over and a net layer on top of the lining."),
        color_of("dupatta", "white"),
        title="Kidling Girls Pink Embellished Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a bottle-green cotton A-line ankle skirt with gold foil print, cream long-sleeve short kurti over
    # it, jhumkas; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. There is an accessory on her ear."
        ),
        color_of("skirt", "cream", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "skirt",
            "The skirt is green with gold print and it is long. The skirt is green with gold print and it is long. "
            "The skirt is green with",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Soch Women Green & Gold Printed Cotton Flared Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: bridal look: red lehenga with heavy gold and green embroidery, red half-sleeve blouse, red net dupatta over
    # her head, heavy necklace; cream backdrop, front view. Caption adapter epoch 3 (base-style caption); closed: ref.
    case(
        "X1155-007",
        caption("a woman in a red and gold bridal lehenga with a veil over her head"),
        color_of("lehenga", "red"),
        Q.garment_type("saree", "contradiction"),
        details(
            "lehenga",
            "Question: What are the lehenga details? Answer: The skirt is with chiffon fabric and floral patterns. "
            "Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.material("velvet", "unsupported"),
        wearing("She is wearing a red lehenga with gold embroidery and a red dupatta on her head."),
        title="Fabcartz Women Red Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a peach layered net skirt with a sequinned waistband, plain ivory sleeveless top, holding the skirt
    # out at the sides; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-008",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and pure color patterns. The girl wears a long skirt. The skirt is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "peach"),
        Q.pattern("embellished"),
        wearing("a white top and a white skirt", "other_garment_color", who="the girl"),
        is_a("skirt", "yes"),
        title="Cutecumber Girls Peach-Coloured Embellished Flared Ethnic Skirt",
        category="Skirts",
        color="Peach",
        gender="Girls",
    ),
    # photo: woman in a teal lehenga printed with pink flowers and a pink hem border, pink sleeveless choli, pink
    # dupatta held in one hand, bangles; white backdrop, three-quarter view. Adapter epoch 3; closed: reference.
    case(
        "X1155-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "teal"),
        color_of("choli", "pink"),
        Q.sleeve_length("sleeveless"),
        describe("lehenga", "The lehenga is teal with pink flowers printed all over and a pink border at the hem."),
        Q.material("denim", "unsupported"),
        details("lehenga", "", "non_answer"),
        title="Panchhi Women Teal & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a black flared maxi skirt with gold geometric foil print and a plain black sleeveless crop top
    # (same color on purpose); white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with other "
            "fabric and graphic patterns."
        ),
        Q.color("black"),
        wearing("a black top and a black skirt with gold print"),
        Q.pattern("geometric"),
        Q.garment_type("dress", "contradiction"),
        details("skirt", "the skirt details are the skirt details", "restated"),
        describe(
            "skirt",
            "The skirt is black and long with a gold print of squares and triangles and it flares out from the waist "
            "down to the",
            "cut",
            hit_limit=True,
        ),
        title="Rangmanch by Pantaloons Women Black & Gold Printed Flared Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a lime-green lehenga with mirror work and a pink border, pink three-quarter-sleeve choli, pink
    # dupatta, oxidised necklace; white backdrop, front view. Caption adapter epoch 3; closed answers: reference.
    case(
        "X1155-011",
        caption(
            "The lady wears a three-quarter sleeve top with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and its length is ankle. There is an accessory on her neck."
        ),
        Q.color("pink", "other_garment_color"),
        Q.sleeve_length("three-quarter sleeves"),
        details("lehenga", "mirror work and a pink border at the hem"),
        wearing("a green and pink lehenga choli with a pink dupatta"),
        is_a("dress", "no"),
        Q.material(
            "cotton Question: What is the color of the garment? Answer: green Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Inddus Women Lime Green & Pink Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
        gender="Women",
    ),
    # photo: girl in a purple satin lehenga and a purple cap-sleeve choli with gold lace trim; no dupatta, no jewellery;
    # white backdrop, front view. Caption adapter epoch 3 wrote the free texts; closed answers: reference engine.
    case(
        "X1155-012",
        caption(
            "The girl wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("lehenga", "purple"),
        wearing("He is wearing a purple skirt and a purple top", "pronoun", who="the girl"),
        Q.pattern("solid"),
        color_of("dupatta", "purple", "unsupported"),
        title="Aarika Girls Purple Solid Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in an off-white flared ankle skirt with indigo block-printed flowers, indigo blue sleeveless top, a
    # silver bangle, no ring; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns. There is an accessory on her wrist. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("skirt", "off white"),
        color_of("top", "blue"),
        Q.pattern("checked", "contradiction"),
        describe(
            "skirt", "The skirt is white with blue flowers printed on it and it is long and flared at the bottom."
        ),
        Q.material(
            "The skirt is with cotton fabric and floral patterns. The skirt is with cotton fabric and floral patterns. "
            "The skirt is with",
            "loop",
            hit_limit=True,
        ),
        title="W Women Off-White & Blue Printed Flared Skirt",
        category="Skirts",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a navy lehenga with tonal navy sequins and a thin silver zari border, navy sleeveless choli,
    # silver net dupatta; dark grey backdrop, front view. Caption adapter epoch 3 (base-style caption); closed: ref.
    case(
        "X1155-014",
        caption("a woman in a navy blue and silver sequined lehenga standing in front of a grey wall"),
        Q.color("silver", "other_garment_color"),
        Q.pattern("embellished"),
        Q.sleeve_length("sleeveless"),
        wearing("a blue lehenga with sequins and a silver dupatta"),
        details(
            "lehenga",
            "The skirt is with chiffon fabric and graphic patterns. Its length is ankle. The skirt has a zipper at "
            "the back.",
            "unsupported",
        ),
        color_of(
            "dupatta",
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver silver",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        title="Warthy Ent Women Navy Blue & Silver Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a mustard skirt with a red-and-white bandhani dot print, red short-sleeve top worn untucked over
    # the waistband; white backdrop, side view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and its length is ankle."
        ),
        color_of("skirt", "red", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        wearing("a red top and a yellow skirt"),
        details(
            "skirt",
            "The skirt has small white dots all over in a tie dye print and an elasticated waist.",
            "unsupported",
        ),
        title="Sangria Women Mustard Yellow Bandhani Print Flared Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: girl in a red lehenga with gold foil polka dots, green short-sleeve choli, red dupatta with gota edge,
    # glass bangles on both wrists; white backdrop, front view. Caption adapter epoch 3; closed: reference engine.
    case(
        "X1155-016",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and graphic patterns. There is an accessory on her wrist. The girl wears a short-sleeve top with "
            "pure color patterns and a long",
            "loop",
            hit_limit=True,
        ),
        color_of("lehenga", "red"),
        color_of("choli", "red", "other_garment_color"),
        Q.garment_type("lehenga choli"),
        is_a("dress", "yes", "contradiction"),
        wearing("a red and green lehenga choli with a red dupatta and bangles", who="she"),
        title="Bhama Couture Girls Red & Green Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a peach net lehenga with thread-and-sequin floral embroidery, peach choli with long sheer sleeves,
    # peach dupatta, drop earrings; white backdrop, three-quarter view. Adapter epoch 3; closed: reference engine.
    case(
        "X1155-017",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is an accessory on her ear.",
            "unsupported",
        ),
        Q.color("peach"),
        Q.material("net"),
        Q.sleeve_length("long sleeves"),
        describe(
            "lehenga",
            "The lehenga is peach with floral embroidery and sequins and it is made of net. The blouse has long sheer "
            "sleeves and the dupatta is also",
            "cut",
            hit_limit=True,
        ),
        title="Zeel Clothing Women Peach Embroidered Net Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a plain maroon flared ankle skirt with a gold gota border at the hem, mustard long-sleeve short
    # kurti over it; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns."
        ),
        color_of("skirt", "maroon"),
        Q.color("mustard", "other_garment_color"),
        describe("skirt", "skirt", "non_answer"),
        details(
            "skirt", "The skirt has a golden border at the hem and it is flared. The top is yellow with long sleeves."
        ),
        Q.material(
            "The skirt is with cotton fabric and pure color patterns. The hem of the skirt has a golden border and "
            "the top is with",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Maroon Solid Flared Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a yellow lehenga with a pink floral print and pink border, yellow short-sleeve choli, pink dupatta;
    # white backdrop, front view. Caption adapter epoch 3 (base-style caption); closed answers: reference engine.
    case(
        "X1155-019",
        caption("a little girl in a yellow and pink lehenga standing in front of a white background"),
        Q.garment_type("dress", "contradiction"),
        Q.pattern("floral"),
        wearing(
            "Question: What is the girl wearing? Answer: a yellow dress Question: What is the girl wearing? Answer: a "
            "yellow dress Question:",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        color_of("dupatta", "pink"),
        describe("lehenga", "The lehenga is yellow with pink flowers and it has pockets on both sides", "unsupported"),
        title="Kid1 Girls Yellow & Pink Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a magenta art-silk bandhani lehenga with a gota-patti border, magenta elbow-sleeve choli, green
    # bandhani dupatta, bangles; white backdrop, front view. Caption adapter epoch 3; closed answers: reference.
    case(
        "X1155-020",
        caption(
            "The lady wears a medium-sleeve top with graphic patterns and a long skirt. The skirt is with silk fabric "
            "and graphic patterns. There is an accessory on her wrist."
        ),
        color_of("lehenga", "pink"),
        color_of("dupatta", "green"),
        Q.pattern("tie and dye"),
        describe(
            "lehenga",
            "The lehenga is magenta with small white dots and a golden border. The lehenga is magenta with small "
            "white dots and a golden border. The",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a pink lehenga and a green dupatta", "pronoun"),
        Q.material("cotton", "contradiction"),
        title="Chhabra 555 Women Magenta Bandhani Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
    # photo: woman in an indigo cotton wrap skirt with white dabu leaf print, tied at the side, white sleeveless top, a
    # silver watch; white backdrop, front view. Feed row has no gender. Adapter epoch 3; closed: reference engine.
    case(
        "X1155-021",
        caption(
            "The person wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and floral patterns. There is an accessory on her wrist."
        ),
        color_of("skirt", "blue"),
        details(
            "skirt", "it is a wrap skirt that ties at the side with a fabric tie and it has a white print of leaves"
        ),
        Q.pattern("striped", "contradiction"),
        is_a("skirt", "yes"),
        wearing(
            "a white sleeveless top and a blue wrap skirt with white leaf print that ties at the side with a long "
            "fabric tie and a silver watch on her left",
            "cut",
            hit_limit=True,
        ),
        title="Jaipur Kurti Women Indigo Blue Printed Cotton Wrap Skirt",
        category="Skirts",
        color="Blue",
    ),
    # photo: woman in a beige tissue lehenga with gold embroidery, gold sleeveless choli, beige net dupatta, earrings,
    # hands clasped, no hat; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with other "
            "fabric and graphic patterns. There is an accessory on her ear. The lady wears a hat.",
            "unsupported",
        ),
        Q.color("gold"),
        color_of("dupatta", "beige"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("lehenga", "a gold lehenga"),
        title="Ethnovog Women Gold-Toned & Beige Embellished Made to Measure Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: girl in a fuchsia cotton skirt with gold embroidery at the hem, white short-sleeve t-shirt with a pink
    # print, hair loose with no band; white backdrop, front view. Caption adapter epoch 3; closed: reference engine.
    case(
        "X1155-023",
        caption(
            "The girl wears a short-sleeve T-shirt with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a white t-shirt and a pink skirt", who="the girl"),
        color_of(
            "skirt",
            "The girl wears a short-sleeve T-shirt with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric and pure",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        Q.color("pink"),
        details("skirt", "The skirt has gold embroidery along the hem and a pink hair band.", "unsupported"),
        title="YK Girls Pink Embroidered Ethnic Flared Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a black lehenga with red-and-gold floral embroidery, red sleeveless choli tied at the back with a
    # tasselled dori, red dupatta; white backdrop, three-quarter back view. Adapter epoch 3; closed: reference engine.
    case(
        "X1155-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. Her tank top has tassels on the back."
        ),
        color_of("lehenga", "black"),
        color_of("blouse", "black", "other_garment_color"),
        wearing("a red top and a black skirt with red flowers"),
        details(
            "choli",
            "The back of the choli has a tie up with tassels. The back of the choli has a tie up with tassels. The "
            "back of the",
            "loop",
            hit_limit=True,
        ),
        title="Fusionic Women Black & Red Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a plain rust-orange tiered cotton ankle skirt with thin gold zari piping at the tier seams,
    # off-white sleeveless blouse tucked in; light grey backdrop, front view. Adapter epoch 3; closed: reference.
    case(
        "X1155-025",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and striped patterns.",
            "contradiction",
        ),
        color_of("skirt", "orange"),
        Q.pattern("solid"),
        Q.material("cotton"),
        describe("skirt", "The skirt is a long orange skirt with three tiers and it has gold lines between the tiers."),
        wearing(
            "Question: What is the person wearing? Answer: The lady wears a sleeveless shirt with pure color patterns "
            "and a long skirt. The",
            "leak",
            hit_limit=True,
        ),
        title="Fabindia Women Rust Orange Cotton Tiered Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: girl twirling in a turquoise silk lehenga with a wide pink brocade border, pink short-sleeve choli,
    # turquoise dupatta; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-026",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and its hem has a wide border of pink brocade with golden",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        wearing("she is wearing a blue lehenga and a pink top", who="the girl"),
        Q.sleeve_length("short sleeves"),
        is_a("lehenga", "no", "contradiction"),
        describe("lehenga", "yes", "non_answer"),
        title="Fashion Dream Girls Turquoise Blue & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: woman in a green lehenga with a yellow paisley print and thin yellow border, yellow elbow-sleeve choli,
    # yellow dupatta, bangles; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-027",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. There is an accessory on her wrist."
        ),
        Q.color("yellow", "other_garment_color"),
        color_of("lehenga", "green", kind="open"),
        Q.pattern("paisley"),
        describe("lehenga", "he is wearing a green skirt with yellow paisley print", "pronoun"),
        details("lehenga", "The lehenga has a yellow paisley print all over and a thin yellow border"),
        title="Mirchi Fashion Women Green & Yellow Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a beige georgette maxi skirt with a pink-and-green floral print, pink short-sleeve kurti top worn
    # over it, a wristwatch; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-028",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is an accessory on her wrist."
        ),
        color_of("skirt", "beige"),
        Q.pattern("floral"),
        wearing("a pink top and a beige skirt with flowers on it"),
        is_a("dress", "yes", "contradiction"),
        Q.material(
            "The skirt is with chiffon fabric and floral patterns. The skirt is with chiffon fabric and floral "
            "patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        title="Aurelia Women Beige & Pink Printed Flared Maxi Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a dove-grey lehenga with pink thread-embroidered flowers, pink sleeveless choli, grey dupatta with
    # a pink border, no belt; white backdrop, front view. Caption adapter epoch 3 (base-style caption); closed: ref.
    case(
        "X1155-029",
        caption("a woman in a pink lehenga and a pink top posing for a photo", "other_garment_color"),
        Q.color("grey"),
        color_of("blouse", "pink"),
        details(
            "lehenga",
            "The lehenga has pink embroidery of flowers and the dupatta has a pink border. There is a belt on her "
            "waist",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("Question: What material is the garment made of? Answer: chiffon", "leak"),
        title="Kalini Women Grey & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Grey",
        gender="Women",
    ),
    # photo: girl in an off-white cotton skirt with red block-printed flowers and a red sleeveless top; white backdrop,
    # front view. Caption adapter epoch 3 wrote the free texts; closed answers: reference engine.
    case(
        "X1155-030",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns."
        ),
        color_of("skirt", "red", "other_garment_color"),
        wearing("a red top and a white skirt with red flowers", who="the girl"),
        describe(
            "skirt",
            "The skirt is white with red flowers. The skirt is white with red flowers. The skirt is white with red "
            "flowers. The skirt",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        Q.pattern("solid", "contradiction"),
        title="Global Desi Girl Girls Off-White & Red Printed Flared Skirt",
        category="Skirts",
        color="Off White",
        gender="Girls",
    ),
    # photo: woman in a burgundy velvet lehenga with gold zari embroidery, burgundy velvet long-sleeve choli, gold net
    # dupatta, jhumkas; black backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with furry "
            "fabric and graphic patterns. There is an accessory on her ear.",
            "unsupported",
        ),
        Q.material("velvet"),
        color_of("lehenga", "maroon"),
        Q.garment_type("lehenga choli"),
        details("lehenga", "The details of the lehenga are the details of the lehenga", "restated"),
        wearing(
            "a maroon velvet lehenga with gold embroidery and a gold dupatta. She is also wearing a maroon velvet "
            "lehenga with gold embroidery and a gold",
            "loop",
            hit_limit=True,
        ),
        title="Shubhkala Women Wine Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a cotton patchwork maxi skirt of printed panels (red, blue, green, yellow), plain black short-
    # sleeve top tucked in; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-032",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and color block patterns."
        ),
        Q.color("multi"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        describe(
            "skirt",
            "The skirt is made of many patches of different colors and prints. It has mirror work on every patch.",
            "unsupported",
        ),
        details("skirt", "The skirt details are", "restated"),
        title="Prakrti Women Multicoloured Patchwork Cotton Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: girl in an orange silk lehenga with vertical gold gota stripes, pink sleeveless choli, pink dupatta; white
    # backdrop, front view. Caption adapter epoch 3 wrote the free texts; closed answers: reference engine.
    case(
        "X1155-033",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and striped patterns."
        ),
        Q.color("orange"),
        Q.pattern("striped"),
        wearing("yes", "non_answer", who="the girl"),
        color_of("dupatta", "orange", "other_garment_color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Ahalyaa Girls Orange & Pink Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Orange",
        gender="Girls",
    ),
    # photo: woman in a sea-green net lehenga with silver thread embroidery of leaves and flowers, sea-green sleeveless
    # choli, white net dupatta, earrings; white backdrop, front view. Feed row has no color. Adapter ep. 3; closed: ref.
    case(
        "X1155-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and floral patterns. There is an accessory on her ear."
        ),
        Q.color("green"),
        Q.garment_type("lehenga choli"),
        describe(
            "lehenga",
            "The lehenga is green with silver embroidery of flowers and leaves. It has a silver border and a "
            "drawstring with silver tassels at",
            "cut",
            hit_limit=True,
        ),
        Q.material(
            "Question: What material is the garment made of? Answer: net Question: What is the color of the garment? "
            "Answer: green",
            "leak",
            hit_limit=True,
        ),
        title="Atsevam Women Sea Green Embroidered Net Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: woman in a purple cotton flared skirt with pink thread embroidery at the hem, white long-sleeve crop top,
    # a thin bracelet; white backdrop, three-quarter view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns. There is an accessory on her wrist."
        ),
        color_of("skirt", "purple"),
        details("skirt", "The skirt has pink embroidery at the hem and two pockets with zip", "unsupported"),
        wearing("he is wearing a white shirt and a purple skirt", "pronoun"),
        Q.pattern("embroidered"),
        Q.garment_type("lehenga choli", "contradiction"),
        describe(
            "skirt",
            "The skirt is purple and long with pink embroidery at the bottom. It is flared and it has a lining inside "
            "and the",
            "cut",
            hit_limit=True,
        ),
        title="Anouk Women Purple Embroidered Flared Skirt",
        category="Skirts",
        color="Purple",
        gender="Women",
    ),
    # photo: girl in a cream silk lehenga with a maroon floral-embroidered border, maroon elbow-sleeve choli, maroon
    # dupatta, tiny maang tikka; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-036",
        caption(
            "The girl wears a medium-sleeve top with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and pure color patterns. There is an accessory on her head."
        ),
        color_of("lehenga", "maroon", "other_garment_color"),
        color_of("choli", "maroon"),
        describe("lehenga", "lehenga", "non_answer"),
        Q.sleeve_length("elbow sleeves"),
        wearing(
            "a cream lehenga and a maroon top Question: What is the girl wearing? Answer: a cream lehenga and a maroon "
            "top Question:",
            "leak",
            who="the girl",
            hit_limit=True,
        ),
        title="Ethnovog Girls Cream & Maroon Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Cream",
        gender="Girls",
    ),
    # photo: woman in a royal-blue Banarasi silk lehenga with small gold woven motifs and a wide gold border, gold
    # brocade short-sleeve choli, blue dupatta, necklace; white backdrop, front. Adapter epoch 3; closed: reference.
    case(
        "X1155-037",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with silk fabric "
            "and graphic patterns. There is an accessory on her neck. There is an accessory on her neck. There is an "
            "accessory",
            "loop",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("blouse", "gold"),
        Q.pattern("woven design"),
        details(
            "lehenga",
            "The lehenga has small gold woven motifs all over the blue silk and a wide gold border at the hem, and "
            "the blouse is",
            "cut",
            hit_limit=True,
        ),
        Q.material("silk"),
        wearing("a gold top and a gold skirt", "other_garment_color"),
        title="Chhabra 555 Women Blue & Gold-Toned Woven Design Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a red cotton maxi skirt with a black-and-white ikat print, black sleeveless top, no slit; white
    # backdrop, front view. Caption adapter epoch 3 wrote the free texts; closed answers: reference engine.
    case(
        "X1155-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns."
        ),
        Q.color("red"),
        wearing("a black top and a black skirt", "other_garment_color"),
        Q.pattern("printed"),
        describe(
            "skirt", "The skirt is red with a black and white print and it has a slit up to the knee.", "unsupported"
        ),
        title="Vishudh Women Red Printed Flared Maxi Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: girl in a green silk lehenga with gold zari stripes, gold short-sleeve choli, no dupatta, bangles, holding
    # her skirt out; white backdrop, front view. Caption adapter epoch 3; closed answers: reference engine.
    case(
        "X1155-039",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with silk "
            "fabric and striped patterns. There is an accessory on her wrist."
        ),
        Q.color("green"),
        color_of("dupatta", "gold", "unsupported"),
        wearing("Question: What is the girl wearing? Answer: a green lehenga", "leak", who="the girl"),
        Q.garment_type("lehenga choli"),
        details("lehenga", "no", "non_answer"),
        title="Bitiya by Bhama Girls Green & Gold-Toned Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: woman in a white cotton lehenga with multicoloured mirror work and thread embroidery, short-sleeve choli
    # embroidered mostly in red, red dupatta, bangles and necklace; white backdrop, front. Adapter ep. 3; closed: ref.
    case(
        "X1155-040",
        caption(
            "The gentleman wears a short-sleeve top with graphic patterns and a long skirt. The skirt is with cotton "
            "fabric and graphic patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        Q.color("white"),
        color_of("dupatta", "red"),
        color_of("blouse", "white", "other_garment_color"),
        Q.pattern("embroidered"),
        is_a("lehenga", "yes"),
        describe(
            "lehenga",
            "The lehenga is white with colorful mirror work and embroidery all over it. The lehenga is white with "
            "colorful mirror work and embroidery all",
            "loop",
            hit_limit=True,
        ),
        details("lehenga", "What are the lehenga details?", "restated"),
        title="Panchhi Women White & Multicoloured Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="White",
        gender="Women",
    ),
    # photo: woman in a pink chiffon skirt with horizontal bands of silver gota patti, plain white sleeveless crop top,
    # no jewellery on the wrists; white backdrop, front view. Caption adapter epoch 3; closed answers: reference.
    case(
        "X1155-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and striped patterns."
        ),
        color_of("skirt", "pink"),
        Q.material(
            "The skirt is with chiffon fabric and striped patterns. There is an accessory on her wrist.", "unsupported"
        ),
        details("skirt", "the skirt", "non_answer"),
        wearing("a white top and a pink skirt with silver bands"),
        Q.pattern("floral", "contradiction"),
        title="Mokshi Women Pink Gota Patti Chiffon Flared Ethnic Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: girl in a navy net skirt with gold sequin polka dots, gold sleeveless top, gold hairband; white backdrop,
    # front view. Caption adapter epoch 3 wrote the free texts; closed answers: reference engine.
    case(
        "X1155-042",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns. There is an accessory on her head."
        ),
        color_of("skirt", "gold", "other_garment_color"),
        wearing("a gold top and a blue skirt with gold dots", who="the girl"),
        describe(
            "skirt",
            "The girl wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        is_a("skirt", "yes"),
        title="Pspeaches Girls Navy Blue Embellished Ethnic Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: woman in a mauve georgette lehenga with tonal sequins, mauve sleeveless choli, sheer mauve dupatta over her
    # arm, a silver clutch in hand; light grey backdrop, front. Adapter epoch 3 (base-style caption); closed: ref.
    case(
        "X1155-043",
        caption("a woman in a purple lehenga holding a clutch"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing(
            "She is wearing a purple sleeveless blouse and a purple lehenga with sequins and a sheer dupatta over her "
            "arm"
        ),
        details("lehenga", "The lehenga details are the details of the lehenga", "restated"),
        Q.material("satin", "unsupported"),
        title="Mitera Women Mauve Sequinned Georgette Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Mauve",
        gender="Women",
    ),
    # photo: back view: woman in a teal cotton skirt with small white floral buti print, drawstring with two tassels at
    # the back waist, peach short-sleeve top; face and neck not visible; white backdrop. Adapter epoch 3; closed: ref.
    case(
        "X1155-044",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and floral patterns."
        ),
        color_of("skirt", "teal"),
        details("skirt", "The back of the skirt has a drawstring at the waist with two tassels hanging down"),
        describe("skirt", "The skirt is white with small flowers", "contradiction"),
        Q.pattern("floral"),
        wearing("she is wearing a peach top with a teal skirt and a necklace", "unsupported"),
        Q.material(
            "The skirt is with cotton fabric and floral patterns. Its waist has a drawstring with tassels at the back "
            "and the skirt is of ankle",
            "cut",
            hit_limit=True,
        ),
        title="Biba Women Teal Printed Cotton Flared Ethnic Skirt",
        category="Skirts",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in a plain lavender net lehenga, lavender short-sleeve choli with frilled sleeves, white dupatta;
    # white backdrop, front view. Caption adapter epoch 3 (base-style caption); closed answers: reference engine.
    case(
        "X1155-045",
        caption("a little girl in a purple lehenga and a white dupatta"),
        Q.color("purple"),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        wearing(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns.",
            who="the girl",
            hit_limit=True,
        ),
        describe(
            "lehenga", "The lehenga is light purple and flared with a net layer, and the top has frills on the sleeves."
        ),
        title="Mint N Oranges Girls Lavender Net Lehenga Choli with Dupatta",
        color="Lavender",
        gender="Girls",
    ),
    # photo: woman in a yellow georgette lehenga with small white printed flowers, yellow sleeveless choli, white
    # dupatta with a yellow print; backdrop a wall of orange marigold garlands, front. Adapter ep. 3; closed: ref.
    case(
        "X1155-046",
        caption("a woman in a yellow lehenga standing in front of a wall of orange flowers"),
        Q.color("orange", "contradiction"),
        color_of("dupatta", "white"),
        Q.pattern("floral"),
        describe(
            "lehenga",
            "The lehenga is yellow with small white flowers printed all over and a yellow border with white flowers "
            "and a yellow border with white flowers and",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette"),
        D.details("the details of the garment are the details of the garment", "restated"),
        title="Kvsfab Women Yellow Floral Printed Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
]
