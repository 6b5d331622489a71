"""BLIND_1054 (46 products; Myntra sarees/lehengas, base model, piece colors): written blind in the fifty-ninth session.
Measured blind at d846855 (the session's fourth rules): 108/139 failures found (77.7%) and 21/189 correct texts flagged
(11.1%). The writer's notes, verbatim:

Scenario: a Myntra-like ethnic-wear feed, women's sarees (category "Sarees") and lehenga sets (category "Lehenga
Choli") sold for weddings, sangeet, haldi, Navratri, Onam, Durga Puja and Diwali. Catalog photos: a model on a
white, grey or beige studio backdrop, sometimes with a prop (clutch, potli bag, puja thali, diya, stool, plant),
mostly front views, a few side or back views. Every piece of the set gets its own color question: the saree and its
blouse (and border or pallu where it contrasts), the lehenga, its choli and its dupatta.

Who wrote what: every text is the untuned base model Salesforce/blip2-opt-2.7b, zero-shot, greedy, prompt
"Question: ... Answer:", 50 new tokens for captions and 30 for answers. The main piece's color ("What is the color
of the saree/lehenga?"), pattern, garment type, sleeve length and "Is this a ...?" are closed answers from enrich's
--engine reference (one candidate value picked, so they never loop, leak or stop short). The colors of the other
pieces (blouse, choli, dupatta, border, pallu), "What is she/the person wearing?", describe, details, material and
the caption are free generation. Base-model habits: short answers that usually stop on the newline; one color
carried over to every piece of a set (the choli or dupatta given the lehenga's color, the blouse the saree's);
invented fabrics and embellishments (silk, pearls, tassels, lace); now and then "he"/"his" for the model; the odd
greedy repetition that runs to the token limit, a long ramble cut at the limit, or a continuation that writes the
next "Question: ... Answer:" itself.

Labeling conventions and judgement calls:
- other_garment_color: a piece given the color that another piece of the same set (blouse, choli, dupatta, saree,
  lehenga) visibly has, including the main piece answered with its blouse's or dupatta's color. A wrong color that
  no piece of the set has (a peach dupatta called white, a magenta blouse called green after the saree's border,
  a red saree called gold after the zari and jewellery) is a contradiction.
- A border or pallu is part of the saree, not another garment: giving the blouse the border's color is a
  contradiction, not other_garment_color, unless the blouse itself is that color.
- Shades across coarse groups are wrong: mustard called orange, light grey tissue called white, burgundy velvet
  called black are contradictions (no piece of the set has that color).
- Shades within one coarse group count as right: teal/turquoise for blue-green, maroon for burgundy, pink for
  peach, rose, magenta or dusty pink, purple for lavender or mauve, silver for grey, white for off white or cream,
  red for a maroon dupatta, gold for gold-toned tissue. A caption calling a turquoise lehenga "green" is labelled a
  contradiction (the seller says Turquoise Blue and the other texts say turquoise/blue).
- unsupported: a fabric the catalog title contradicts (silk for georgette, organza or velvet, cotton for tussar
  silk, pure silk for art silk) or an embellishment, fabric quality or view-dependent detail the photo does not show
  (pearls, tassels, lace border, sequins, a black border, a backless choli on a front view, "very soft"). Where the
  title names no fabric, a fabric answer was not written at all, so no label depends on a guess.
- non_answer: an empty answer, "yes"/"no"/"nothing", or the bare garment word to an open describe/details question.
  restated: the answer only repeats the question's own words ("the details of the saree are the details of the
  saree").
- loop: greedy repetition that runs to the limit (hit_limit=True). cut: a fluent answer or caption that is still
  going at the limit and stops mid-phrase (hit_limit=True); a loop is labelled loop, not cut.
- leak: any text that contains the prompt format ("Question:" or "Answer:"), even when the answer before it is right.
- pronoun: "he"/"his" for a product whose gender is Women, in an answer or a caption; one label per text even when
  the rest of the text is right.
- Each failing text gets the one label of its most salient failure; correct answers may be terse ("maroon",
  "a saree"), name shades, prints, borders, props and backdrops, and the layered pieces of the set.
- Rows lack a column where a real feed would: X1054-015 has no gender, X1054-035 no category, X1054-043 no color.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
garment_type = BLIND_QUESTIONS.garment_type
material = BLIND_QUESTIONS.material
sleeve_length = BLIND_QUESTIONS.sleeve_length

SAREE, LEHENGA = "Sarees", "Lehenga Choli"

BLIND_1054 = [
    # photo: front view, maroon Banarasi silk-blend saree with gold zari border and small gold buti (floral motifs)
    # all over, matching maroon blouse with gold-bordered elbow sleeves, gold jhumkas, white backdrop. All base model.
    case(
        "X1054-001",
        caption("a woman in a maroon and gold saree standing in front of a white wall"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", kind="open"),
        color_of("border", "gold", kind="open"),
        wearing("a saree", who="she"),
        material("silk"),
        describe("saree", "a maroon saree with gold border and gold flowers all over it"),
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category=SAREE,
        color="Maroon",
        gender="Women",
    ),
    # photo: three-quarter view, pink poly georgette saree with silver sequins all over, silver sequinned
    # sleeveless blouse, grey studio backdrop. All base model.
    case(
        "X1054-002",
        caption("a woman in a pink saree with silver sequins posing for a photo"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", kind="open", failure="other_garment_color"),
        garment_type("dress", failure="contradiction"),
        material("silk", failure="unsupported"),
        details("saree", "sequins"),
        wearing("she is wearing a pink saree", who="she"),
        title="Saree mall Pink Sequinned Embellished Poly Georgette Saree",
        category=SAREE,
        color="Pink",
        gender="Women",
    ),
    # photo: bridal front view, red lehenga skirt with heavy gold zardozi embroidery, red choli with elbow sleeves,
    # red net dupatta with gold border and gold tassels draped over the head, white backdrop. All base model.
    case(
        "X1054-003",
        caption("a bride in a red lehenga with gold embroidery"),
        color_of("lehenga", "red"),
        color_of("choli", "red", kind="open"),
        color_of("dupatta", "red and gold", kind="open"),
        garment_type("saree", failure="contradiction"),
        details(
            "lehenga",
            "the lehenga has gold embroidery all over and a red net dupatta with a gold border and gold tassels on the"
            " ends of the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a red lehenga and a red dupatta", who="she"),
        details("choli", "backless with a tie-up back", failure="unsupported"),
        title="Fabcartz Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Red",
        gender="Women",
    ),
    # photo: front view, teal Kanjeevaram silk-blend saree with gold zari border and a mustard pallu over the
    # shoulder, mustard blouse, hands folded, white backdrop. All base model.
    case(
        "X1054-004",
        caption("a woman in a teal and gold silk saree standing with her hands folded"),
        color_of("saree", "teal"),
        color_of("blouse", "teal", kind="open", failure="other_garment_color"),
        color_of("pallu", "mustard", kind="open"),
        pattern("woven"),
        material("silk"),
        describe("saree", "saree", failure="non_answer"),
        wearing("he is wearing a teal saree", failure="pronoun"),
        title="KALINI Teal & Mustard Zari Woven Design Silk Blend Kanjeevaram Saree",
        category=SAREE,
        color="Teal",
        gender="Women",
    ),
    # photo: front view, pink lehenga with a multicolour floral print, pink blouse with mirror work, green organza
    # dupatta on one shoulder, beige wall with a potted plant beside her. All base model.
    case(
        "X1054-005",
        caption("a woman in a pink and green lehenga standing next to a plant"),
        color_of("lehenga", "pink"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open", failure="other_garment_color"),
        pattern("striped", failure="contradiction"),
        describe("lehenga", "a pink lehenga with flowers on it and a green dupatta"),
        details("blouse", "mirror work"),
        title="Inddus Pink & Green Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Women",
    ),
    # photo: front view, black georgette saree with a silver sequinned border, black sleeveless blouse, she holds a
    # silver clutch, grey backdrop. All base model.
    case(
        "X1054-006",
        caption("a woman in a black saree holding a clutch"),
        color_of("saree", "black"),
        color_of("blouse", "black", kind="open"),
        is_a("saree", "no", failure="contradiction"),
        material("chiffon", failure="unsupported"),
        details("saree", "the saree has a sequin border"),
        wearing("black saree and a black blouse", who="she"),
        describe(
            "saree",
            "it is a black saree with silver sequins on the border Question: What is the color of the blouse? Answer:"
            " black",
            failure="leak",
        ),
        title="Sangria Black Embellished Sequinned Georgette Saree",
        category=SAREE,
        color="Black",
        gender="Women",
    ),
    # photo: haldi look, front view, yellow cotton-silk saree with a red contrast border, red blouse, white
    # backdrop. All base model.
    case(
        "X1054-007",
        caption("a woman in a yellow saree with a red border"),
        color_of("saree", "red", failure="other_garment_color"),
        color_of("blouse", "red", kind="open"),
        describe("saree", "yes", failure="non_answer"),
        material("cotton"),
        wearing("an orange saree", who="she", failure="contradiction"),
        is_a("saree", "yes"),
        title="Vishudh Yellow & Red Cotton Silk Saree with Contrast Border",
        category=SAREE,
        color="Yellow",
        gender="Women",
    ),
    # photo: side view, navy blue velvet lehenga with silver embroidery, silver-grey choli with embroidered
    # sleeves, navy net dupatta with a silver scalloped border, white backdrop. No pearls or beads anywhere.
    # All base model.
    case(
        "X1054-008",
        caption("a woman in a blue lehenga with silver embroidery"),
        color_of("lehenga", "navy blue"),
        color_of("choli", "navy blue", kind="open", failure="other_garment_color"),
        color_of("dupatta", "blue", kind="open"),
        material("velvet"),
        details("choli", "no", failure="non_answer"),
        describe(
            "lehenga",
            "a blue lehenga with silver embroidery and a blue dupatta with a silver border, the blouse is silver and"
            " has silver embroidery on the sleeves and the",
            failure="cut",
            hit_limit=True,
        ),
        details("lehenga", "silver embroidery and pearls", failure="unsupported"),
        title="Warthy Ent Navy Blue & Silver-Toned Embroidered Velvet Semi-Stitched Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: Onam look, front view, off-white Kerala kasavu saree with a broad gold border, gold tissue blouse,
    # jasmine flowers in her hair, white backdrop. All base model.
    case(
        "X1054-009",
        caption("a woman in a white saree with a gold border and flowers in her hair"),
        color_of("saree", "gold", failure="other_garment_color"),
        color_of("blouse", "gold", kind="open"),
        wearing("he is wearing a white saree with a gold border", failure="pronoun"),
        garment_type("saree"),
        details("saree", "gold border"),
        is_a("lehenga", "no"),
        title="Kasee Off White & Gold-Toned Solid Kasavu Saree",
        category=SAREE,
        color="Off White",
        gender="Women",
    ),
    # photo: Navratri chaniya choli, twirling, mustard yellow lehenga with mirror work and multicolour thread
    # embroidery, green choli, pink dupatta with mirror border, white backdrop. All base model.
    case(
        "X1054-010",
        caption("a woman in a yellow lehenga twirling"),
        color_of("lehenga", "orange", failure="contradiction"),
        color_of("choli", "green", kind="open"),
        color_of("dupatta", "green", kind="open", failure="other_garment_color"),
        pattern("embroidered"),
        describe(
            "lehenga",
            "a yellow and green lehenga with a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta"
            " and a pink dupatta and",
            failure="loop",
            hit_limit=True,
        ),
        details("lehenga", "mirrors and embroidery"),
        title="panchhi Mustard Yellow & Green Embroidered Mirror Work Chaniya Choli with Dupatta",
        category=LEHENGA,
        color="Mustard",
        gender="Women",
    ),
    # photo: front view, purple organza saree with a pink-and-white floral print and a thin silver lace border,
    # purple blouse, white backdrop. All base model.
    case(
        "X1054-011",
        caption("a woman in a purple floral saree"),
        color_of("saree", "purple"),
        color_of("blouse", "purple", kind="open"),
        pattern("floral"),
        material("organza"),
        describe("saree", "no", failure="non_answer"),
        details("saree", "the saree details are the saree details", failure="restated"),
        wearing("a pink saree", who="she", failure="contradiction"),
        title="Satrani Purple Floral Printed Organza Saree",
        category=SAREE,
        color="Purple",
        gender="Women",
    ),
    # photo: sangeet look, front view, peach lehenga with sequins all over, peach choli with a V neck and short
    # sleeves, peach net dupatta with a sequin border, light grey backdrop. All base model.
    case(
        "X1054-012",
        caption(
            "a woman in a pink lehenga with a pink dupatta and a pink dupatta and a pink dupatta and a pink dupatta and"
            " a pink dupatta and a pink dupatta and a pink dupatta and a pink",
            failure="loop",
            hit_limit=True,
        ),
        color_of("lehenga", "peach"),
        color_of("choli", "peach", kind="open"),
        color_of("dupatta", "white", kind="open", failure="contradiction"),
        wearing("she is wearing a lehenga", who="she"),
        sleeve_length("sleeveless", failure="contradiction"),
        details(
            "lehenga",
            "the lehenga has sequins all over it and a matching dupatta with a sequin border. the blouse has a"
            " sweetheart neckline and spaghetti straps",
            failure="unsupported",
        ),
        title="Ethnovog Peach-Coloured Embellished Sequinned Ready to Wear Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Peach",
        gender="Women",
    ),
    # photo: back view showing the pallu, green art-silk Banarasi saree with a rani pink zari border, pink blouse,
    # white backdrop. All base model.
    case(
        "X1054-013",
        caption("the back of a woman in a green saree with a pink border"),
        color_of("saree", "pink", failure="other_garment_color"),
        color_of("blouse", "pink", kind="open"),
        wearing("a green saree", who="she"),
        describe("saree", "green with pink border"),
        details("saree", "what are the saree details", failure="restated"),
        material("pure silk", failure="unsupported"),
        title="Mitera Green & Pink Woven Design Zari Art Silk Banarasi Saree",
        category=SAREE,
        color="Green",
        gender="Women",
    ),
    # photo: front view, bandhani georgette saree, red body with yellow and green tie-dye dot panels and a gold gota
    # patti border, red blouse, white backdrop. All base model.
    case(
        "X1054-014",
        caption("a woman in a colorful dress with polka dots", failure="contradiction"),
        color_of("saree", "red"),
        color_of("blouse", "red", kind="open"),
        pattern("polka dot"),
        describe("saree", "a red saree with yellow and green dots and a gold border"),
        wearing("a red saree"),
        material("it is made of cotton", failure="unsupported"),
        title="Anouk Multicoloured Bandhani Printed Gotta Patti Pure Georgette Saree",
        category=SAREE,
        color="Multi",
        gender="Women",
    ),
    # photo: front view, sea green art-silk lehenga with gold floral brocade, gold brocade choli, plain sea green
    # net dupatta (no pearls), white backdrop. The row has no gender. All base model.
    case(
        "X1054-015",
        caption("a woman wearing a green and gold lehenga"),
        color_of("lehenga", "green"),
        color_of("choli", "green", kind="open", failure="other_garment_color"),
        color_of("dupatta", "green", kind="open"),
        garment_type("lehenga"),
        describe("lehenga", "a green lehenga with gold flowers and a green dupatta with pearls", failure="unsupported"),
        wearing("green lehenga Question: What is the color of the dupatta? Answer: green", failure="leak"),
        title="Zeel Clothing Sea Green & Gold-Toned Woven Design Art Silk Semi-Stitched Lehenga Choli",
        category=LEHENGA,
        color="Sea Green",
    ),
    # photo: front view, navy blue chiffon saree with a white-and-pink floral print and thin pink piping at the
    # edge (no lace), navy sleeveless blouse, white backdrop. All base model.
    case(
        "X1054-016",
        caption("a woman in a blue floral saree"),
        color_of("saree", "navy blue"),
        color_of("blouse", "blue", kind="open"),
        pattern("solid", failure="contradiction"),
        describe(
            "saree",
            "the saree is a blue saree with pink flowers on it and it has a lace border",
            failure="unsupported",
        ),
        details("blouse", "sleeveless"),
        wearing("he is wearing a blue saree", failure="pronoun"),
        title="Saree mall Navy Blue & Pink Floral Printed Chiffon Saree",
        category=SAREE,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: front view, black lehenga with multicolour thread embroidery, black choli, red net dupatta with a gold
    # gota border and no tassels, white backdrop. All base model.
    case(
        "X1054-017",
        caption("a woman in a black and red lehenga"),
        color_of("lehenga", "red", failure="other_garment_color"),
        color_of("choli", "red", kind="open", failure="other_garment_color"),
        color_of("dupatta", "red", kind="open"),
        details("lehenga", "embroidery"),
        wearing(
            "a black lehenga with a red dupatta and a red dupatta and a red dupatta and a red dupatta and a red dupatta"
            " and",
            who="she",
            failure="loop",
            hit_limit=True,
        ),
        describe("dupatta", "red dupatta with a gold border and tassels", failure="unsupported"),
        title="Shubhkala Black & Red Embroidered Thread Work Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category=LEHENGA,
        color="Black",
        gender="Women",
    ),
    # photo: front view, rose pink organza saree with a pink-and-silver embroidered border and scattered sequins,
    # pink blouse, small stud earrings and no necklace, she holds a gold potli bag, beige backdrop. All base model.
    case(
        "X1054-018",
        caption("a woman in a pink saree holding a purse"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", kind="open"),
        describe("saree", "it is a pink saree with a red border", failure="contradiction"),
        wearing("a pink saree with a pink blouse and a pearl necklace", who="she", failure="unsupported"),
        details("saree", "the saree details", failure="restated"),
        title="KALINI Rose Pink Embroidered Organza Saree",
        category=SAREE,
        color="Rose",
        gender="Women",
    ),
    # photo: front view, lavender lehenga with pearl and bead work, lavender choli, lavender net dupatta, white
    # backdrop. All base model.
    case(
        "X1054-019",
        caption("a woman wearing a purple lehenga with pearls"),
        color_of("lehenga", "white", failure="contradiction"),
        color_of("choli", "lavender", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        details("lehenga", "pearls and beads"),
        describe("lehenga", "lehenga", failure="non_answer"),
        pattern("embellished"),
        wearing("Answer: a purple lehenga", who="she", failure="leak"),
        title="Ethnovog Lavender Embellished Pearl Work Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Lavender",
        gender="Women",
    ),
    # photo: front view, rust orange pure cotton saree with a black Kalamkari print of paisleys and creepers (no
    # animals), black blouse, white backdrop. All base model.
    case(
        "X1054-020",
        caption("a woman in an orange and black saree"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", kind="open", failure="other_garment_color"),
        material("cotton"),
        pattern("printed"),
        details("saree", "the saree has peacocks and elephants on it", failure="unsupported"),
        wearing(
            "an orange saree with a black blouse and a black blouse and a black blouse and a black blouse and a black"
            " blouse and a black",
            who="she",
            failure="loop",
            hit_limit=True,
        ),
        title="Inddus Rust Orange & Black Kalamkari Printed Pure Cotton Saree",
        category=SAREE,
        color="Rust",
        gender="Women",
    ),
    # photo: front view, burgundy velvet lehenga with gold zari embroidery, burgundy choli, beige-gold net dupatta,
    # white backdrop. All base model.
    case(
        "X1054-021",
        caption("a woman in a maroon lehenga"),
        color_of("lehenga", "maroon"),
        color_of("choli", "black", kind="open", failure="contradiction"),
        color_of("dupatta", "maroon", kind="open", failure="other_garment_color"),
        wearing("she is wearing a maroon lehenga and a gold dupatta", who="she"),
        material("silk", failure="unsupported"),
        describe("lehenga", "", failure="non_answer"),
        title="Fabcartz Burgundy & Gold-Toned Embroidered Velvet Semi-Stitched Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Burgundy",
        gender="Women",
    ),
    # photo: front view, hand on hip, sky blue net saree with silver stone work, silver sleeveless blouse, white
    # backdrop. No pearls. All base model.
    case(
        "X1054-022",
        caption(
            "a woman in a light blue saree with silver stone work and a silver sleeveless blouse standing with her"
            " hand on her hip in front of a white wall and looking at the camera with her head tilted to the",
            failure="cut",
            hit_limit=True,
        ),
        color_of("saree", "blue"),
        color_of("blouse", "blue", kind="open", failure="other_garment_color"),
        details("saree", "stone work"),
        describe("saree", "the saree is made of silk and has a silver border with pearls", failure="unsupported"),
        garment_type("saree"),
        wearing("a white saree", who="she", failure="contradiction"),
        title="Sangria Blue Embellished Net Saree",
        category=SAREE,
        color="Blue",
        gender="Women",
    ),
    # photo: front view, off-white georgette lehenga with white chikankari embroidery, off-white choli, mint green
    # dupatta, white backdrop. All base model.
    case(
        "X1054-023",
        caption("a woman in a white lehenga with a green dupatta"),
        color_of("lehenga", "green", failure="other_garment_color"),
        color_of("choli", "white", kind="open"),
        color_of("dupatta", "light green", kind="open"),
        describe(
            "lehenga",
            "white lehenga with white embroidery Question: What is the color of the dupatta? Answer: green",
            failure="leak",
        ),
        material("cotton", failure="unsupported"),
        title="Soch Off White Chikankari Embroidered Georgette Lehenga Choli with Mint Dupatta",
        category=LEHENGA,
        color="Off White",
        gender="Women",
    ),
    # photo: front view, magenta Paithani silk-blend saree with a green-and-gold border and peacock motifs on the
    # pallu, magenta blouse, white backdrop. All base model.
    case(
        "X1054-024",
        caption("a woman in a pink saree with a green border and a peacock on it"),
        color_of("saree", "magenta"),
        color_of("blouse", "green", kind="open", failure="contradiction"),
        pattern("woven"),
        details("saree", "peacock"),
        wearing("a pink saree with a green border", who="she"),
        is_a("saree", "yes"),
        material("cotton", failure="unsupported"),
        title="Vishudh Magenta & Green Zari Woven Design Paithani Silk Blend Saree",
        category=SAREE,
        color="Magenta",
        gender="Women",
    ),
    # photo: front view, gold tissue lehenga with sequins, gold choli, gold net dupatta, bridal jewellery, white
    # backdrop. All base model.
    case(
        "X1054-025",
        caption("a woman in a gold lehenga"),
        color_of("lehenga", "gold"),
        color_of("choli", "gold", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        details("lehenga", "the details of the lehenga", failure="restated"),
        is_a("saree", "yes", failure="contradiction"),
        describe(
            "lehenga",
            "the lehenga is gold and it is a gold lehenga and it is a gold lehenga and it is a gold lehenga and it"
            " is a",
            failure="loop",
            hit_limit=True,
        ),
        wearing("he is wearing a gold lehenga", failure="pronoun"),
        title="Warthy Ent Gold-Toned Embellished Sequinned Tissue Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Gold",
        gender="Women",
    ),
    # photo: front view, beige tussar silk saree with a red-and-black Madhubani print, red blouse, white backdrop.
    # All base model.
    case(
        "X1054-026",
        caption("a woman in a beige saree with a red blouse"),
        color_of("saree", "beige"),
        color_of("blouse", "beige", kind="open", failure="other_garment_color"),
        pattern("printed"),
        describe("saree", "a cream saree with red and black paintings on it"),
        material("cotton", failure="unsupported"),
        garment_type("lehenga", failure="contradiction"),
        title="Kasee Beige & Red Madhubani Printed Tussar Silk Saree",
        category=SAREE,
        color="Beige",
        gender="Women",
    ),
    # photo: rani pink lehenga with gold gota patti, pink choli, orange dupatta, she sits on a wooden stool, white
    # backdrop. All base model.
    case(
        "X1054-027",
        caption("a woman in a red lehenga sitting on a stool", failure="contradiction"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open", failure="other_garment_color"),
        wearing("pink lehenga and orange dupatta", who="she"),
        describe("dupatta", "orange Question: What is the color of the lehenga? Answer: pink", failure="leak"),
        details("lehenga", "yes", failure="non_answer"),
        title="panchhi Pink & Orange Gotta Patti Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Women",
    ),
    # photo: front view, green chiffon saree with thin diagonal gold stripes, green blouse, white backdrop.
    # All base model.
    case(
        "X1054-028",
        caption("a woman in a green striped saree"),
        color_of("saree", "green"),
        color_of("blouse", "green", kind="open"),
        pattern("striped"),
        describe("saree", "a green saree with gold stripes"),
        material("chiffon"),
        title="Satrani Green & Gold-Toned Striped Chiffon Saree",
        category=SAREE,
        color="Green",
        gender="Women",
    ),
    # photo: front view, royal blue lehenga with silver mirror work, pink choli with short sleeves, royal blue
    # dupatta, white backdrop. All base model.
    case(
        "X1054-029",
        caption("a woman in a blue and pink lehenga"),
        color_of("lehenga", "blue"),
        color_of("choli", "blue", kind="open", failure="other_garment_color"),
        color_of("dupatta", "pink", kind="open", failure="other_garment_color"),
        details("lehenga", "mirrors"),
        describe("choli", "the choli is pink and has short sleeves"),
        sleeve_length("long", failure="contradiction"),
        title="Ethnic Junction Blue & Pink Mirror Work Lehenga Choli",
        category=LEHENGA,
        color="Blue",
        gender="Women",
    ),
    # photo: bridal front view, red Banarasi saree with heavy gold zari, red blouse, sindoor and gold jewellery,
    # white backdrop. All base model.
    case(
        "X1054-030",
        caption("an indian bride in a red saree with gold jewelry"),
        color_of("saree", "gold", failure="contradiction"),
        color_of("blouse", "red", kind="open"),
        wearing("a red saree", who="she"),
        describe("saree", "red and gold"),
        details("saree", "gold border Question: What is the color of the blouse? Answer: red", failure="leak"),
        title="Mitera Red & Gold-Toned Zari Woven Design Banarasi Saree",
        category=SAREE,
        color="Red",
        gender="Women",
    ),
    # photo: front view, parrot green lehenga with a broad pink border and pink-and-gold thread embroidery (no
    # sequins), pink choli, pink dupatta without tassels, white backdrop. All base model.
    case(
        "X1054-031",
        caption("a woman in a green lehenga with a pink border"),
        color_of("lehenga", "green"),
        color_of("choli", "green", kind="open", failure="other_garment_color"),
        color_of("dupatta", "pink", kind="open"),
        describe(
            "lehenga",
            "a green lehenga with pink border and gold sequins and a pink dupatta with gold tassels",
            failure="unsupported",
        ),
        wearing("she is wearing a green lehenga and a pink top", who="she"),
        title="Inddus Green & Pink Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Lime Green",
        gender="Women",
    ),
    # photo: front view, grey tissue saree with silver floral zari and a wide silver border, silver sleeveless
    # blouse, bare neck (no necklace), white backdrop. All base model.
    case(
        "X1054-032",
        caption("a woman in a silver saree"),
        color_of("saree", "white", failure="contradiction"),
        color_of("blouse", "silver", kind="open"),
        wearing("a silver saree with a silver top and a diamond necklace", failure="unsupported"),
        details(
            "saree",
            "the saree has silver flowers all over the body and a wide silver border, and it comes with a matching"
            " sleeveless blouse that has a",
            failure="cut",
            hit_limit=True,
        ),
        pattern("floral"),
        title="KALINI Grey & Silver-Toned Woven Design Tissue Saree",
        category=SAREE,
        color="Grey",
        gender="Women",
    ),
    # photo: front view, dark green lehenga with gold zari, maroon choli, maroon dupatta, white backdrop.
    # All base model.
    case(
        "X1054-033",
        caption("a woman in a green lehenga and a red dupatta"),
        color_of("lehenga", "maroon", failure="other_garment_color"),
        color_of("choli", "maroon", kind="open"),
        color_of("dupatta", "maroon", kind="open"),
        describe("lehenga", "green with gold"),
        wearing("a red lehenga and a red dupatta", who="she", failure="other_garment_color"),
        garment_type("lehenga"),
        details("choli", "the choli is a choli", failure="restated"),
        title="Shubhkala Green & Maroon Zari Woven Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Green",
        gender="Women",
    ),
    # photo: Durga Puja look, front view, white tant cotton saree with a red border, red blouse, she holds a brass
    # puja thali, white backdrop. All base model.
    case(
        "X1054-034",
        caption("a woman in a white and red saree holding a plate"),
        color_of("saree", "white"),
        color_of("blouse", "white", kind="open", failure="other_garment_color"),
        material("cotton"),
        describe(
            "saree", "a white saree with a red border, it is made of silk and it is very soft", failure="unsupported"
        ),
        wearing("he is wearing a white saree with a red border", failure="pronoun"),
        title="Vishudh White & Red Solid Tant Cotton Saree",
        category=SAREE,
        color="White",
        gender="Women",
    ),
    # photo: front view, turquoise lehenga with a white-and-pink floral print, turquoise choli, plain white dupatta
    # with a thin turquoise piping (no lace, no pom poms), white backdrop. The row has no category. All base model.
    case(
        "X1054-035",
        caption("a woman in a green floral lehenga", failure="contradiction"),
        color_of("lehenga", "turquoise"),
        color_of("choli", "turquoise", kind="open"),
        color_of("dupatta", "blue", kind="open", failure="other_garment_color"),
        pattern("floral"),
        wearing("he is wearing a blue lehenga with flowers", failure="pronoun"),
        details("lehenga", "floral print"),
        describe("dupatta", "white dupatta with a lace border and pom poms", failure="unsupported"),
        title="Zeel Clothing Turquoise Blue Floral Printed Lehenga Choli With Dupatta",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: side view, hands joined in namaste, purple Kanjeevaram silk-blend saree with an orange border with gold
    # zari, orange blouse with a gold zari edge on the sleeves, white backdrop. All base model.
    case(
        "X1054-036",
        caption("a woman in a purple saree with her hands together"),
        color_of("saree", "purple"),
        color_of("blouse", "purple", kind="open", failure="other_garment_color"),
        color_of("border", "orange", kind="open"),
        wearing("purple saree", who="she"),
        material("silk"),
        is_a("saree", "no", failure="contradiction"),
        details("saree", "the details of the saree are the details of the saree", failure="restated"),
        describe(
            "saree",
            "a purple saree with an orange border and gold zari work on the border and the pallu, and an orange"
            " blouse with gold zari on the",
            failure="cut",
            hit_limit=True,
        ),
        title="KALINI Purple & Orange Zari Kanjeevaram Silk Blend Saree",
        category=SAREE,
        color="Purple",
        gender="Women",
    ),
    # photo: front view, dusty pink lehenga with silver zari, dusty pink choli with short puff sleeves, off-white
    # net dupatta, white backdrop. All base model.
    case(
        "X1054-037",
        caption("a woman in a pink lehenga with a white dupatta"),
        color_of("lehenga", "pink"),
        color_of("choli", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open", failure="other_garment_color"),
        sleeve_length("short"),
        describe("choli", "the choli is pink with long sleeves", failure="contradiction"),
        wearing("pink lehenga Question: What is the color of the choli? Answer: pink", who="she", failure="leak"),
        title="Soch Dusty Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Women",
    ),
    # photo: front view, mustard georgette saree with a pink-and-mustard leheriya (diagonal wave stripe) print,
    # pink blouse, white backdrop. All base model.
    case(
        "X1054-038",
        caption("a woman in a yellow and pink striped saree"),
        color_of("saree", "yellow"),
        color_of("blouse", "pink", kind="open"),
        pattern("striped"),
        material("silk", failure="unsupported"),
        details("saree", "stripes"),
        wearing("she is wearing a saree"),
        title="Anouk Mustard & Pink Leheriya Printed Georgette Saree",
        category=SAREE,
        color="Mustard",
        gender="Women",
    ),
    # photo: front view, hands on hips, cream lehenga with multicolour resham embroidery, maroon velvet choli,
    # maroon dupatta, white backdrop. All base model.
    case(
        "X1054-039",
        caption("a woman in a white and maroon lehenga with his hands on his hips", failure="pronoun"),
        color_of("lehenga", "cream"),
        color_of("choli", "cream", kind="open", failure="other_garment_color"),
        color_of("dupatta", "red", kind="open"),
        garment_type("saree", failure="contradiction"),
        details(
            "lehenga",
            "the lehenga is made of silk and velvet and has zardozi embroidery with real gold thread",
            failure="unsupported",
        ),
        wearing("a lehenga and a blouse and a dupatta", who="she"),
        title="Warthy Ent Cream-Coloured & Maroon Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Cream",
        gender="Women",
    ),
    # photo: Diwali look, front view, orange silk-blend saree with a pink zari border, pink blouse, she holds a lit
    # diya, white backdrop. All base model.
    case(
        "X1054-040",
        caption("a woman in an orange saree holding a lamp"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", kind="open", failure="other_garment_color"),
        wearing("an orange and pink saree Answer: orange", who="she", failure="leak"),
        material("silk"),
        details("saree", "nothing", failure="non_answer"),
        is_a("lehenga", "yes", failure="contradiction"),
        title="Saree mall Orange & Pink Zari Woven Design Silk Blend Saree",
        category=SAREE,
        color="Orange",
        gender="Women",
    ),
    # photo: front view, looking down, magenta Banarasi brocade lehenga, magenta choli, gold tissue dupatta, white
    # backdrop. All base model.
    case(
        "X1054-041",
        caption("a woman in a purple lehenga", failure="contradiction"),
        color_of("lehenga", "magenta"),
        color_of("choli", "magenta", kind="open"),
        color_of("dupatta", "magenta", kind="open", failure="other_garment_color"),
        describe("lehenga", "he is wearing a pink lehenga with gold work", failure="pronoun"),
        pattern("woven"),
        details("lehenga", "pearls and gold embroidery", failure="unsupported"),
        title="Fabcartz Magenta Woven Design Banarasi Lehenga Choli With Dupatta",
        category=LEHENGA,
        color="Magenta",
        gender="Women",
    ),
    # photo: front view, coffee brown Bhagalpuri silk saree with a printed blue border, blue blouse, no sequins,
    # white backdrop. All base model.
    case(
        "X1054-042",
        caption("a woman in a brown saree with a blue border"),
        color_of("saree", "blue", failure="other_garment_color"),
        color_of("blouse", "blue", kind="open"),
        pattern("checked", failure="contradiction"),
        describe("saree", "a brown saree"),
        wearing(
            "a brown saree with a blue border Question: What is the person wearing? Answer: a saree",
            failure="leak",
        ),
        details("saree", "it has a blue border and blue blouse and gold sequins", failure="unsupported"),
        title="Inddus Coffee Brown & Blue Printed Bhagalpuri Silk Saree",
        category=SAREE,
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: bridal front view, red lehenga with gold thread embroidery (no pearls or stones, floor length, no
    # train), red choli, pink net dupatta over the head, white backdrop. The row has no color. All base model.
    case(
        "X1054-043",
        caption("a woman in a red lehenga with a pink dupatta"),
        color_of("lehenga", "red"),
        color_of("choli", "red", kind="open"),
        color_of("dupatta", "red", kind="open", failure="other_garment_color"),
        wearing(
            "she is wearing a red lehenga with a red lehenga with a red lehenga with a red lehenga with a red lehenga"
            " with a red",
            who="she",
            failure="loop",
            hit_limit=True,
        ),
        garment_type("lehenga"),
        details("lehenga", "gold embroidery with pearls and stones and a long train", failure="unsupported"),
        title="Shubhkala Red & Pink Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category=LEHENGA,
        gender="Women",
    ),
    # photo: front view, sea green organza saree with a pink floral print and a thin pink border, pink blouse,
    # white backdrop.
    # All base model.
    case(
        "X1054-044",
        caption("a woman in a green saree with pink flowers"),
        color_of("saree", "green"),
        color_of("blouse", "green", kind="open", failure="other_garment_color"),
        describe("saree", "", failure="non_answer"),
        details(
            "saree",
            "the saree has pink flowers all over it and a thin pink border, and it comes with a pink blouse piece"
            " that has the same",
            failure="cut",
            hit_limit=True,
        ),
        pattern("floral"),
        wearing("a blue saree with pink flowers", who="she", failure="contradiction"),
        material("net", failure="unsupported"),
        title="Satrani Sea Green & Pink Floral Printed Organza Saree",
        category=SAREE,
        color="Sea Green",
        gender="Women",
    ),
    # photo: front view, she holds the dupatta open behind her, grey net lehenga with silver sequins, grey choli,
    # grey net dupatta with silver sequins and a grey border, white backdrop. All base model.
    case(
        "X1054-045",
        caption("a woman in a grey lehenga holding her dupatta"),
        color_of("lehenga", "grey"),
        color_of("choli", "grey", kind="open"),
        color_of("dupatta", "silver", kind="open"),
        details("lehenga", "the lehenga details are the lehenga details", failure="restated"),
        describe(
            "lehenga",
            "a grey lehenga with silver sequins and a grey dupatta with a black border",
            failure="unsupported",
        ),
        wearing("a black lehenga", who="she", failure="contradiction"),
        title="Ethnovog Grey Embellished Sequinned Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Grey",
        gender="Women",
    ),
    # photo: front view, mauve crepe saree, plain body with a sequinned border, mauve blouse, white backdrop.
    # All base model.
    case(
        "X1054-046",
        caption("a woman in a purple saree"),
        color_of("saree", "purple"),
        color_of("blouse", "purple", kind="open"),
        pattern("floral", failure="contradiction"),
        wearing("a purple saree Question: What is she wearing? Answer: a purple saree", who="she", failure="leak"),
        describe("saree", "the saree is a plain purple saree with a sequin border"),
        material("silk", failure="unsupported"),
        title="Sangria Mauve Solid Crepe Saree with Embellished Border",
        category=SAREE,
        color="Mauve",
        gender="Women",
    ),
]
