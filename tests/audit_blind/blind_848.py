"""BLIND_848 (46 products; Myntra wedding/festival sarees and lehengas, base BLIP-2 zero-shot, each piece's color):
written blind in the fifty-sixth session. Measured blind at 2a72e81 (the session's fourth rules): 103/132 failures found
(78.0%) and 18/188 correct texts flagged (9.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's ethnic wear for weddings and festivals: 24 sarees and 22 lehenga cholis
(Banarasi, Kanjeevaram, Paithani, chiffon, georgette, net, organza, velvet, Navratri chaniya choli, bridal sets).
Photos are catalog shots, mostly a model on a white or grey backdrop, some on festive sets (marigold garlands,
a swing, lamps and rangoli, a palace-like set, fairy lights), one folded saree with no model, one bride photographed
beside the groom. Every piece of the outfit is asked its color: the saree and its blouse (sometimes the border),
the lehenga, its blouse (choli) and its dupatta. Catalog columns are title, category, color and gender; three rows
lack one column (color, gender, category), as real feeds do.

Who wrote what: the untuned Salesforce/blip2-opt-2.7b, zero-shot, wrote every caption and every open answer
(greedy, 50 new tokens for captions, 30 for answers; it stops on its own newline, so loops and cuts are rare and
happen only on long descriptive answers). Closed answers (color, pattern, sleeve length, garment type, "Is this a
...?") come from enrich's --engine reference scoring the base model over candidate values, so they never loop, leak
or stop short, but they often pick the color of a neighbouring piece. The base model's habits: short answers, one
color repeated for every piece, "dress" for a lehenga, invented occasions and materials, "he" now and then, and
the `Question: ... Answer:` format echoed into an answer.

Labeling conventions and judgement calls:
- A color that belongs to another piece of the outfit (blouse, dupatta, lehenga skirt, the groom's sherwani) given
  to the piece asked, open or closed, is other_garment_color. A color taken from the same garment's border, pallu,
  print or embroidery, from the backdrop or from jewelry is contradiction (it is not another garment's color).
- Shades in the seller's color group are correct: peach and rose answered "pink", maroon and burgundy "red", teal
  and turquoise "blue", mustard "yellow", rust "orange", silver "grey" or "silver", copper "gold". A hue outside the
  group is contradiction even where the shade invites it: "brown" for rust, "light blue" for sea green, "green" for
  turquoise, "purple" for burgundy, "black" for navy.
- "dress" for a lehenga, one type for the other, and "yes" to "Is this a ...?" naming the other type are contradiction
  (the seller's category says otherwise). "a colorful skirt and a black top" for a chaniya choli is correct.
- A material the title contradicts (silk for georgette, cotton for organza) or an invented provenance, occasion,
  motif, person or family is unsupported. A material the title does not name but the photo allows (silk for a
  Banarasi weave) is correct.
- A one-word or yes/no answer to "Describe the ..." (even an attribute like "sequins"), a bare color ("green") to
  "What is the person wearing?", or a bare "none"/"no" to the details question is non_answer; one detail word
  answering "What are the ... details?" is a correct answer, and so is "purple saree" to the wearing question.
- The question's own words given back ("the saree details are the details", "describe the lehenga") is restated.
- he/his for a woman model is pronoun; "the bride and groom" describing two people is correct.
- Cuts and loops are marked hit_limit=True; they ran to the 30-token answer limit. A loop keeps its label even when
  its first clause is right.
- A leak is any echo of "Question:" or "Answer:" in an open answer, whatever the rest says.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_848 = [
    # photo: model in a red Banarasi silk saree, gold zari border and small gold buttis, matching red blouse, gold
    # jewelry, white backdrop, front view. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-001",
        caption("a woman in a red saree with gold border"),
        wearing("a red and gold saree"),
        color_of("saree", "red"),
        color_of("blouse", "gold", "contradiction"),
        describe("saree", "it is a red silk saree with a gold border and a peacock on the pallu", "unsupported"),
        Q.material("silk"),
        Q.garment_type("saree"),
        title="Mitera Red & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mustard georgette saree with a small red floral print, sleeveless black blouse, white
    # backdrop, three-quarter pose. Base wrote caption and open answers; closed by reference engine.
    case(
        "X848-002",
        caption("a woman in a yellow saree posing for the camera at a wedding", "unsupported"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        details("saree", "floral print"),
        Q.material("silk", "unsupported"),
        wearing("she is wearing a yellow saree and a black blouse"),
        title="Saree mall Mustard Floral Printed Georgette Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a peach lehenga with gold embroidery, peach elbow-sleeve choli, sheer peach dupatta with a
    # gold border over one shoulder, white backdrop, front view. Base wrote caption and open answers.
    case(
        "X848-003",
        caption("a woman in a pink lehenga with gold embroidery"),
        color_of("lehenga", "pink"),
        color_of("dupatta", "peach"),
        color_of("blouse", "white", "contradiction"),
        describe("lehenga", "a pink lehenga with gold embroidery and pearl work on the waist", "unsupported"),
        wearing("a peach lehenga choli"),
        is_a("saree", "no"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Inddus Peach-Coloured & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: model in an emerald green Kanjeevaram-style saree with a wide pink border and gold zari, green blouse
    # with pink sleeve edges, white backdrop. Base wrote caption and open answers; closed by reference engine.
    case(
        "X848-004",
        caption("a woman in a green and pink silk saree"),
        color_of("saree", "green"),
        color_of("border", "pink"),
        color_of("blouse", "green"),
        describe(
            "saree",
            "it is a green saree with a pink border and gold zari work, it is made of pure silk from kanchipuram",
            "unsupported",
        ),
        Q.material("silk"),
        wearing("he is wearing a green saree", "pronoun"),
        title="Ishin Green & Pink Woven Design Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model styled as a bride in a red lehenga heavy with gold zardozi, red choli, red net dupatta over her
    # head, kundan jewelry, beige curtain backdrop. Base wrote caption and open answers; closed by reference engine.
    case(
        "X848-005",
        caption("a bride in a red lehenga"),
        color_of("lehenga", "red"),
        color_of("dupatta", "red"),
        color_of("blouse", "gold", "contradiction"),
        details(
            "lehenga",
            "gold embroidery gold embroidery gold embroidery gold embroidery gold embroidery gold embroidery gold "
            "embroidery gold embroidery gold embroidery gold embroidery",
            "loop",
            hit_limit=True,
        ),
        wearing("a red lehenga and a red dupatta with gold jewelry, she is a punjabi bride", "unsupported"),
        title="Chhabra 555 Red Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue chiffon saree with a silver sequin border, navy sleeveless blouse, grey backdrop.
    # Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-006",
        caption("a woman in a black saree with silver sequins", "contradiction"),
        color_of("saree", "blue"),
        color_of("blouse", "navy blue"),
        details("saree", "sequins"),
        Q.material("chiffon"),
        describe("saree", "the saree is a saree", "restated"),
        wearing("a blue saree with silver sequins and a silver blouse", "contradiction"),
        title="Sareemall Navy Blue Embellished Chiffon Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mint (sea green) lehenga with pink floral thread embroidery, pink choli, pink dupatta,
    # white backdrop, front view. Base wrote caption and open answers; closed by reference engine.
    case(
        "X848-007",
        caption("a woman in a green and pink lehenga"),
        color_of("lehenga", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink"),
        wearing("a green lehenga with a pink dupatta"),
        Q.pattern("floral"),
        describe("lehenga", "it is a pink lehenga", "other_garment_color"),
        title="Mitera Sea Green & Pink Embroidered Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a black georgette saree with a red border, red blouse, holding a gold clutch, white backdrop.
    # Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-008",
        caption("a woman in a black saree with red border holding a purse"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        wearing("a black saree and red blouse"),
        details("saree", "red border"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        title="Vishudh Black & Red Solid Georgette Saree with Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard lehenga with mirror work, green choli, mustard dupatta with a green border, standing
    # in front of a wall of marigold garlands (haldi set). Base wrote caption and open answers.
    case(
        "X848-009",
        caption("a woman in a yellow dress standing in front of flowers", "contradiction"),
        color_of("lehenga", "yellow"),
        color_of("blouse", "green"),
        color_of("dupatta", "yellow"),
        details("lehenga", "mirror work"),
        wearing("Question: What is she wearing? Answer: a yellow and green lehenga", "leak"),
        describe("lehenga", "yes", "non_answer"),
        title="Inddus Mustard Yellow & Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in an off-white Kerala kasavu cotton saree with a gold border, gold blouse, holding a brass plate
    # of flowers, white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-010",
        caption("a woman in a white saree holding a plate of flowers"),
        color_of("saree", "gold", "contradiction"),
        color_of("blouse", "gold"),
        color_of("border", "gold"),
        describe(
            "saree",
            "a white saree with a gold border, the blouse is gold and she is holding a plate of flowers in her hands "
            "and she is wearing a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white saree and a gold blouse, she is going to the temple", "unsupported"),
        Q.material("cotton"),
        is_a("lehenga", "yes", "contradiction"),
        title="Kasavu Off White & Gold-Toned Solid Cotton Kerala Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a navy velvet lehenga with silver embroidery, navy choli, silver-grey net dupatta, grey
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-011",
        caption("a woman in a blue lehenga with a silver dupatta"),
        color_of("lehenga", "grey", "other_garment_color"),
        color_of("dupatta", "grey"),
        color_of("blouse", "grey", "other_garment_color"),
        Q.material("silk", "unsupported"),
        details("lehenga", "Question: What are the lehenga details? Answer: embroidery", "leak"),
        wearing("a blue velvet lehenga"),
        title="Fabcartz Navy Blue & Silver-Toned Embroidered Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a pink organza saree printed with roses and green leaves, pink puff-sleeve blouse, pastel
    # pink backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-012",
        caption("a woman in a pink floral saree"),
        color_of("saree", "pink"),
        color_of("blouse", "green", "contradiction"),
        Q.pattern("floral"),
        describe("saree", "pink with flowers"),
        Q.material("chiffon", "unsupported"),
        wearing("he is wearing a pink saree with flowers on it", "pronoun"),
        title="Mitera Pink Floral Print Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a maroon silk-blend saree with a gold temple border, mustard contrast blouse, jasmine in her
    # hair, gold necklace, carved wooden door with brass bells behind her. Base wrote caption and open answers.
    case(
        "X848-013",
        caption("a woman in a maroon saree standing in front of a wooden door"),
        color_of("saree", "maroon"),
        color_of("blouse", "yellow"),
        wearing("a red saree"),
        describe(
            "saree",
            "a maroon saree with a gold border, she is wearing a yellow blouse and she is wearing a gold necklace and "
            "she is wearing a gold",
            "cut",
            hit_limit=True,
        ),
        details("saree", "the details of the saree are the details", "restated"),
        title="Ishin Maroon & Mustard Woven Design Silk Blend Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a pastel lavender sequinned lehenga, lavender choli, sheer lavender dupatta, white backdrop,
    # front view. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-014",
        caption("a woman in a purple lehenga"),
        color_of("lehenga", "purple"),
        color_of("blouse", "lavender"),
        color_of("dupatta", "white", "contradiction"),
        describe("lehenga", "purple", "non_answer"),
        is_a("lehenga", "yes"),
        wearing("Question: What is the person wearing? Answer: a purple lehenga", "leak"),
        title="Zeel Clothing Lavender Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a half-and-half orange and pink georgette saree with a gold gota border, pink blouse, white
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-015",
        caption("a woman in an orange and pink saree"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "other_garment_color"),
        wearing("she is wearing an orange saree and an orange blouse", "other_garment_color"),
        details("saree", "it has a gold border"),
        Q.garment_type("saree"),
        title="Saree mall Orange & Pink Gotta Patti Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a red and gold brocade lehenga, green velvet choli, red dupatta, on a stage decorated with
    # marigolds, full length. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-016",
        caption("a woman in a red and green lehenga posing for a photo"),
        color_of("lehenga", "red"),
        color_of("blouse", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        wearing(
            "a red lehenga with a green blouse, red dupatta, and red dupatta, red dupatta, red dupatta, red dupatta, "
            "red dupatta",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Panchhi Red & Green Woven Design Banarasi Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: model in a teal art silk saree with copper zari stripes, copper blouse, white backdrop. Base wrote
    # caption and open answers; closed answers by reference engine.
    case(
        "X848-017",
        caption("a woman in a blue saree with gold stripes"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "other_garment_color"),
        Q.pattern("striped"),
        describe("saree", "striped", "non_answer"),
        wearing("he is wearing a blue saree with stripes", "pronoun"),
        Q.material("cotton", "unsupported"),
        title="Mimosa Teal Striped Art Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in an ivory lehenga with multicolor floral thread embroidery (pink, green, blue), ivory choli,
    # pink dupatta, white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-018",
        caption("a woman in a white lehenga with colorful embroidery and a pink dupatta"),
        color_of("lehenga", "pink", "other_garment_color"),
        color_of("dupatta", "pink"),
        color_of("blouse", "off white"),
        details("lehenga", "floral embroidery in pink, green and blue"),
        describe(
            "lehenga",
            "the lehenga is white with pink flowers and green leaves and blue flowers and pink flowers and green "
            "leaves and blue flowers and pink flowers and green",
            "loop",
            hit_limit=True,
        ),
        title="Inddus Off White & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a plain purple cotton silk saree with a mustard border, purple blouse, standing beside a tall
    # brass lamp, white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-019",
        caption("a woman in a purple saree standing next to a lamp"),
        color_of("saree", "purple"),
        color_of("blouse", "purple"),
        color_of("border", "yellow"),
        wearing("purple saree"),
        describe(
            "saree",
            "it is a purple saree with a yellow border and it is made of cotton silk and it is a very beautiful saree "
            "and it is very comfortable to wear and it",
            "cut",
            hit_limit=True,
        ),
        is_a("lehenga", "yes", "contradiction"),
        Q.pattern("floral", "contradiction"),
        title="Saree Swarg Purple & Mustard Solid Cotton Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a black net lehenga with gold sequins, black choli, black dupatta with a thin gold edge, dark
    # grey backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-020",
        caption("a woman in a black lehenga"),
        color_of("lehenga", "black"),
        color_of("blouse", "gold", "contradiction"),
        color_of("dupatta", "black"),
        Q.material("net"),
        wearing("a black lehenga with gold sequins and a gold dupatta", "contradiction"),
        details("lehenga", "Answer: sequins", "leak"),
        title="Zeel Clothing Black & Gold-Toned Sequinned Net Lehenga",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: model in a rani pink (magenta) Banarasi saree with a gold border, green blouse, white backdrop. Base
    # wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-021",
        caption("a woman in a pink saree and green blouse"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        wearing("she is wearing a pink saree with a green blouse and a green dupatta", "unsupported"),
        details("saree", "gold border"),
        describe("saree", "yes", "non_answer"),
        Q.garment_type("lehenga", "contradiction"),
        title="Mitera Magenta & Green Zari Woven Banarasi Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a sky blue lehenga with white chikankari embroidery, sky blue choli, white dupatta, white
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-022",
        caption("a woman in a blue and white lehenga"),
        color_of("lehenga", "blue"),
        color_of("blouse", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        describe(
            "lehenga",
            "it is a blue lehenga with white embroidery, the dupatta is white, the blouse is blue, the lehenga is "
            "made of cotton and it has a",
            "cut",
            hit_limit=True,
        ),
        wearing("he's wearing a blue lehenga", "pronoun"),
        title="Ethnovog Blue Chikankari Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: a beige tissue saree folded on a white surface, gold border on top, the beige blouse piece fanned out
    # beside it; no model. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-023",
        caption("a folded beige saree with a gold border"),
        color_of("saree", "beige"),
        color_of("blouse", "white", "contradiction"),
        wearing("a woman wearing a beige saree", "unsupported"),
        describe("saree", "the saree is folded and has a gold border"),
        details("saree", "it is a beautiful saree for weddings and parties, it is made of pure silk", "unsupported"),
        Q.garment_type("saree"),
        title="Soch Beige & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: model turned three-quarter in a maroon velvet lehenga with gold embroidery, maroon choli, pink net
    # dupatta, on a palace-like set with arches. Base wrote caption and open answers; closed by reference engine.
    case(
        "X848-024",
        caption("a woman in a maroon lehenga standing in a palace"),
        color_of("lehenga", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        color_of("blouse", "maroon"),
        wearing("a maroon lehenga with a pink dupatta"),
        describe("lehenga", "Question: Describe the lehenga. Answer: maroon velvet with gold embroidery", "leak"),
        Q.sleeve_length("three-quarter sleeves"),
        title="Fabcartz Maroon & Gold-Toned Embroidered Velvet Lehenga Choli with Pink Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a lime green bandhani-printed saree with a pink border, pink blouse, no dupatta, white
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-025",
        caption("a woman in a green and pink saree with polka dots"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color"),
        Q.pattern("polka dots"),
        describe("saree", "it is a green saree with pink dots"),
        wearing("the woman is wearing a saree with a pink border and a pink blouse and a pink dupatta", "unsupported"),
        Q.garment_type("saree"),
        title="Kalini Lime Green & Pink Bandhani Printed Saree",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: model in a gold tissue lehenga, gold choli, red dupatta with a gold border, white backdrop. Base wrote
    # caption and open answers; closed answers by reference engine.
    case(
        "X848-026",
        caption("a woman in a gold lehenga with a red dupatta"),
        color_of("lehenga", "gold"),
        color_of("dupatta", "gold", "other_garment_color"),
        color_of("blouse", "gold"),
        wearing("he is wearing a gold lehenga and a red dupatta", "pronoun"),
        Q.material("silk"),
        details("lehenga", "the lehenga has details", "restated"),
        title="Panchhi Gold-Toned & Red Woven Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a grey shimmer saree with a black border, black sleeveless blouse, white backdrop. Base
    # wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-027",
        caption("a woman in a silver saree with black border"),
        color_of("saree", "black", "other_garment_color"),
        color_of("blouse", "black"),
        wearing("a grey saree with a black blouse"),
        details("saree", "black border"),
        describe("saree", "the saree is grey and the blouse is grey", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        title="Sareemall Grey & Black Shimmer Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a Navratri chaniya choli: patchwork skirt of red, green, yellow and blue panels with mirror
    # work, black mirror-work choli, red dupatta, holding dandiya sticks mid-dance, white backdrop. Base wrote texts.
    case(
        "X848-028",
        caption("a woman in a colorful lehenga holding sticks"),
        color_of("lehenga", "multicolor"),
        color_of("blouse", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        wearing("a colorful skirt and a black top"),
        details(
            "lehenga",
            "mirror work, mirror work, mirror work, mirror work, mirror work, mirror work, mirror work, mirror work, "
            "mirror work",
            "loop",
            hit_limit=True,
        ),
        describe("lehenga", "she is dancing at a wedding", "unsupported"),
        title="Fabcartz Multicoloured Mirror Work Navratri Chaniya Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a white Bengali cotton saree with a broad red border, red blouse, holding a small brass
    # plate, white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-029",
        caption("a woman in a white saree with red border holding a plate"),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color"),
        wearing("a white and red saree with a red blouse, she is a bengali bride", "unsupported"),
        Q.material("cotton"),
        details(
            "saree",
            "red border and the saree is white, red border and the saree is white, red border and the saree is "
            "white, red border and",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Bengal Handloom White & Red Solid Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a rust lehenga with gold foil print, rust choli, cream dupatta, white backdrop. The feed row
    # has no color column. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-030",
        caption("a woman in a brown lehenga", "contradiction"),
        color_of("lehenga", "orange"),
        color_of("blouse", "orange"),
        color_of("dupatta", "orange", "other_garment_color"),
        describe("lehenga", "lehenga", "non_answer"),
        Q.pattern("printed"),
        wearing("an orange lehenga with a cream dupatta"),
        title="Ethnovog Rust & Gold-Toned Foil Printed Lehenga Choli",
        category="Lehenga Choli",
        gender="Women",
    ),
    # photo: model in a navy and pink patola-print art silk saree (geometric diamonds only), pink blouse, white
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-031",
        caption("a woman in a blue saree with geometric pattern"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "other_garment_color"),
        Q.pattern("geometric"),
        wearing("a blue and pink saree"),
        describe("saree", "the saree is blue and pink and has a pattern of elephants and birds", "unsupported"),
        details("saree", "what are the saree details", "restated"),
        title="Mimosa Navy Blue & Pink Patola Printed Art Silk Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model seated on a flower-decked swing in a rose pink lehenga with silver mirror work, pink choli, pink
    # dupatta, full view. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-032",
        caption("a woman in a pink lehenga sitting on a swing"),
        color_of("lehenga", "pink"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink"),
        wearing("a pink dress", "contradiction"),
        details("lehenga", "silver mirrors and flowers on the swing"),
        describe("lehenga", "a pink lehenga with gold embroidery", "unsupported"),
        title="Zeel Clothing Pink Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a plain sea green chiffon saree with a silver lace border, silver sleeveless blouse, white
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-033",
        caption("a woman in a light blue saree", "contradiction"),
        color_of("saree", "green"),
        color_of("blouse", "silver"),
        Q.material("chiffon"),
        describe("saree", "his saree is green with a silver border", "pronoun"),
        wearing("she is wearing a green saree with a silver blouse"),
        details("saree", "the saree has a silver lace border and she is holding a silver clutch", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Saree mall Sea Green Solid Chiffon Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a bottle green velvet lehenga with gold embroidery at hem and waist, green full-sleeve choli,
    # gold net dupatta, white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-034",
        caption("a woman in a green lehenga with a gold dupatta"),
        color_of("lehenga", "green"),
        color_of("dupatta", "gold"),
        color_of("blouse", "gold", "other_garment_color"),
        wearing("Question: What is the person wearing? Answer: a green lehenga", "leak"),
        Q.material("velvet"),
        details("lehenga", "gold embroidery on the hem and waist"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("lehenga", "describe the lehenga", "restated"),
        title="Panchhi Green Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: model in a burgundy georgette saree scattered with gold sequins, gold blouse, gold necklace and
    # earrings, dark backdrop hung with fairy lights. Base wrote caption and open answers; closed by reference engine.
    case(
        "X848-035",
        caption("a woman in a red saree standing in front of lights"),
        color_of("saree", "purple", "contradiction"),
        color_of("blouse", "gold"),
        describe("saree", "sequins", "non_answer"),
        wearing("a red saree with a gold blouse and a gold necklace and earrings"),
        Q.material("georgette"),
        title="Mitera Burgundy Sequinned Georgette Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a lemon yellow lehenga printed with pink flowers, pink choli, yellow dupatta, holding a
    # marigold garland, garden backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-036",
        caption("a woman in a yellow lehenga holding a garland of flowers"),
        color_of("lehenga", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        color_of("dupatta", "yellow"),
        Q.pattern("floral"),
        wearing(
            "a yellow lehenga with pink flowers, a pink blouse, a yellow dupatta and a garland of flowers in her hand "
            "and a pink",
            "cut",
            hit_limit=True,
        ),
        describe("lehenga", "the lehenga is a lehenga", "restated"),
        title="Ethnovog Yellow & Pink Floral Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a green Paithani silk-blend saree with a red pallu woven with peacocks over her shoulder,
    # green blouse, white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-037",
        caption("a woman in a green saree with peacocks on the pallu"),
        color_of("saree", "red", "contradiction"),
        color_of("blouse", "green"),
        details("saree", "peacock motif"),
        wearing("green", "non_answer"),
        describe("saree", "green and red"),
        is_a("saree", "yes"),
        Q.material("cotton", "unsupported"),
        title="Ishin Green & Red Paithani Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white organza lehenga with a pastel floral print, white choli, mint green dupatta, white
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-038",
        caption("a woman in a white floral lehenga"),
        color_of("lehenga", "white"),
        color_of("dupatta", "white", "other_garment_color"),
        color_of("blouse", "white"),
        Q.material("cotton", "unsupported"),
        wearing("he is wearing a white lehenga", "pronoun"),
        Q.pattern("solid", "contradiction"),
        title="Inddus White Floral Printed Organza Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="White",
        gender="Women",
    ),
    # photo: model in a saffron silk-blend saree with a magenta border, magenta blouse, holding a puja thali with a
    # lit diya, rangoli on the floor and lamps around (Diwali set), alone. Base wrote caption and open answers.
    case(
        "X848-039",
        caption("a woman in an orange saree holding a plate with a candle"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "other_garment_color"),
        wearing("an orange saree with a pink blouse"),
        describe(
            "saree", "orange saree with pink border, the woman is celebrating diwali with her family", "unsupported"
        ),
        details("saree", "the details are the details of the saree", "restated"),
        title="Saree Swarg Orange & Magenta Woven Silk Blend Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a turquoise lehenga with gold gota work, turquoise choli, orange dupatta, white backdrop. The
    # feed row has no gender column. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-040",
        caption("a woman in a green lehenga with an orange dupatta", "contradiction"),
        color_of("lehenga", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        color_of("blouse", "turquoise"),
        describe("lehenga", "blue lehenga with gold work"),
        details("lehenga", "none", "non_answer"),
        is_a("saree", "yes", "contradiction"),
        title="Fabcartz Turquoise Blue & Orange Gotta Patti Lehenga Choli",
        category="Lehenga Choli",
        color="Turquoise Blue",
    ),
    # photo: back view of a model in a peach net saree with a heavy embroidered border, the pallu falling down her
    # back, peach blouse, white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-041",
        caption("the back of a woman in a pink saree"),
        color_of("saree", "white", "contradiction"),
        color_of("blouse", "peach"),
        Q.material("net"),
        details("saree", "embroidered border"),
        describe(
            "saree",
            "pink net saree with embroidery, she is wearing a pink saree with embroidery, she is wearing a pink saree "
            "with embroidery, she is",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a peach saree"),
        title="Chhabra 555 Peach-Coloured Embroidered Net Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: bride in a cream lehenga with a red embroidered border, red choli, red dupatta, beside the groom in a
    # cream sherwani and red safa, outdoor mandap with flowers. Base wrote caption and open answers.
    case(
        "X848-042",
        caption("a bride and groom posing for a picture"),
        color_of("lehenga", "red", "other_garment_color"),
        color_of("blouse", "red"),
        color_of("dupatta", "red"),
        wearing("a cream lehenga with a red dupatta"),
        describe("lehenga", "it is a cream lehenga with a red border, the groom is wearing a turban"),
        Q.garment_type("saree", "contradiction"),
        details("lehenga", "no", "non_answer"),
        title="Panchhi Cream & Red Embroidered Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a mauve georgette saree with sequins all over, mauve blouse, white backdrop. The feed row has
    # no category column. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-043",
        caption("a woman in a purple saree with sequins"),
        color_of("saree", "purple"),
        color_of("blouse", "purple"),
        describe(
            "saree",
            "the saree is made of pure silk and has sequins all over it and is perfect for weddings",
            "unsupported",
        ),
        details("saree", "sequins"),
        wearing("a purple saree Question: What is the color of the blouse? Answer: purple", "leak"),
        title="Sareemall Mauve Embellished Georgette Saree",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a royal blue lehenga with silver zari, pink short-sleeve choli, pink dupatta with a silver
    # border, in front of a flower wall. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-044",
        caption("a woman in a blue lehenga and pink dupatta standing in front of a flower wall"),
        color_of("lehenga", "blue"),
        color_of("blouse", "blue", "other_garment_color"),
        color_of("dupatta", "pink"),
        wearing("he is wearing a blue and pink lehenga", "pronoun"),
        describe(
            "lehenga",
            "it is a royal blue lehenga with silver zari work all over it and a pink dupatta with silver border, the "
            "blouse is pink and has short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves"),
        title="Zeel Clothing Blue & Pink Zari Woven Lehenga Choli",
        category="Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a lemon yellow chanderi saree with small silver buttis and a silver border, yellow blouse,
    # white backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-045",
        caption("a woman in a yellow saree"),
        color_of("saree", "yellow"),
        color_of("blouse", "white", "contradiction"),
        details("saree", "small silver dots"),
        describe("saree", "a yellow saree with silver polka dots and a silver border"),
        wearing(
            "a yellow saree and a yellow blouse and a yellow saree and a yellow blouse and a yellow saree and a yellow "
            "blouse and a yellow",
            "loop",
            hit_limit=True,
        ),
        is_a("lehenga", "yes", "contradiction"),
        title="Soch Yellow Chanderi Saree with Zari Buttis",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a magenta lehenga with gold embroidery, sleeveless gold choli, magenta dupatta, white
    # backdrop. Base wrote caption and open answers; closed answers by reference engine.
    case(
        "X848-046",
        caption("a woman in a pink lehenga with gold embroidery"),
        color_of("lehenga", "pink"),
        color_of("blouse", "gold"),
        color_of("dupatta", "gold", "other_garment_color"),
        wearing("a pink and gold lehenga"),
        details(
            "lehenga", "Answer: gold embroidery Question: What are the lehenga details? Answer: gold embroidery", "leak"
        ),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Chhabra 555 Magenta & Gold-Toned Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
]
