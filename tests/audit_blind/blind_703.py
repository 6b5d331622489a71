"""BLIND_703 (46 products; Myntra sarees + contrast blouses, base zero-shot): written blind in the fifty-fourth session.
Measured blind at 240db6d (the session's eighth rules): 110/137 failures found (80.3%) and 10/196 correct texts flagged
(5.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (cotton, pure silk and silk blends, chiffon, georgette, organza, crepe,
net; solid, printed, woven and embroidered), each worn by a model with a blouse in a contrasting color. Catalog shots
on a white backdrop (one on a light grey backdrop, one seated on a stool, one back view), jewellery and clutches now
and then. Feed columns: title, category (Sarees), color (the seller's base colour), gender; a few rows lack one.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, 8-bit, greedy. Captions
(no prompt, 50 new tokens) and open answers (`Question: ... Answer:`, 30 new tokens) are free generation; closed
answers (colors, pattern, sleeve length, "Is this a saree?", garment type) come from enrich's `--engine reference`,
which ranks the candidate values and keeps one, so they never loop, leak or stop short. Habits of the base model:
short answers that stop on the newline; when it rambles (Describe the saree.) it runs on, repeats a clause until the
30-token limit or is cut there; it sometimes carries on with a new `Question: ... Answer:` of its own; it gives the
blouse's color (or the border's) for the saree and the saree's for the blouse; it invents a dupatta, a necklace,
sequins, a "silk" fabric; it says "he" now and then for the woman model; it answers an open question with "yes",
"none" or the garment's bare name.

Labeling conventions and judgement calls:
- other_garment_color: the saree (the product) or its border/pallu given the blouse's color, in a caption, open or
  closed answer. The blouse given the saree's color (or the border's, or the backdrop's) is a contradiction.
- When the saree's print shares the blouse's color (red roses on black, pink flowers on white) and the saree is
  answered with that color, it is still other_garment_color: the seller's base colour and the photo's ground are
  the saree's color; the print is not.
- A color the photo does not have at all (grey backdrop for a mauve saree, black for a wine saree), a wrong garment
  type ("dress", "lehenga", "no" to "Is this a saree?") and a wrong pattern or sleeve length are contradictions.
- Shades are correct when they name the same hue family: peach or coral as pink/orange, magenta as pink, teal and
  turquoise as blue, maroon and wine as red/maroon, olive and sea green as green, cream and off-white as white.
- Blouse sleeve length answers the sleeve question (the saree itself has no sleeves).
- A material the catalog contradicts (silk for a cotton or crepe saree, velvet for georgette) and any accessory,
  dupatta, embroidery or sequins not in the photo are unsupported; a fabric the title names ("art silk", "net",
  "organza") is correct when the model repeats it.
- non_answer: "yes", "none", the garment's bare name, or "it is a saree" to an open question. A single true
  attribute word ("elephants") or two ("gold border") to a details question is a (terse) correct answer.
- restated: the answer only hands back the question's words ("the saree details", "the saree is a saree").
- A leak that also runs to the token limit is labeled leak with hit_limit=True; a loop that fills the 30 tokens is a
  loop with hit_limit=True; a cut is a sentence stopped mid-phrase at the limit with no repetition.
- pronoun: "he"/"his" for the woman model (gender Women), in any open answer, whatever else the answer gets right.
- A color shared by the blouse and a trim (gold blouse and gold embroidery, navy blouse and a turquoise saree of the
  same hue family) given as the saree's color is other_garment_color even where a hue-family check cannot see it.
- One failure label per text, the most salient: a restating loop is a loop, a leak carrying a color is a leak.
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
saree_color = question("saree_color", "What is the saree color?", "open")


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_703 = [
    # photo: mustard cotton saree, small maroon floral block print, plain maroon border (no zari, no tassels), maroon
    # short-sleeve blouse; model front full length, white backdrop. Base BLIP-2 zero-shot wrote all; closed answers
    # by the reference engine.
    case(
        "X703-001",
        caption("a woman in a yellow saree with a red border"),
        she("a yellow saree"),
        color_of("saree", "maroon", "other_garment_color"),
        color_of("blouse", "maroon"),
        describe("saree", "it is a yellow saree with red flowers on it"),
        Q.material("silk", "unsupported"),
        details("saree", "the saree has a gold zari border and tassels on the pallu", "unsupported"),
        title="Saree mall Mustard & Maroon Floral Printed Cotton Blend Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: royal blue Banarasi silk-blend saree, gold zari border and gold buttis, pink elbow-sleeve blouse edged in
    # gold, gold jhumkas; front view, white backdrop. Base BLIP-2 zero-shot (open, caption), reference engine (closed).
    case(
        "X703-002",
        caption("a woman in a blue and gold saree"),
        she("a blue saree with a pink blouse"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "contradiction"),
        details("saree", "gold border"),
        is_a("saree", "yes"),
        Q.material("silk"),
        describe(
            "saree",
            "a blue silk saree with a gold border and gold flowers. the model is wearing a pink blouse with a gold"
            " border and gold earrings and a",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Blue & Pink Zari Woven Design Silk Blend Banarasi Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: peach solid chiffon saree with a sequinned border, navy sleeveless blouse; three-quarter view, model holds
    # the pallu, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-003",
        caption("a woman in a pink saree posing for a photo"),
        she("a pink saree and a blue blouse"),
        color_of("saree", "navy blue", "other_garment_color"),
        describe("saree", "he is wearing a pink saree", "pronoun"),
        Q.material("chiffon"),
        Q.sleeve_length("sleeveless"),
        title="Sangria Peach-Coloured Solid Chiffon Saree with Sequinned Border",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: white pure cotton saree with a broad red border (tant style), red short-sleeve blouse, red bangles, no
    # dupatta; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-004",
        caption("a woman in a white saree with a red border"),
        she("a red saree", "other_garment_color"),
        color_of("saree", "white"),
        color_of("blouse", "red"),
        details(
            "saree",
            "red border and red bangles and red bangles and red bangles and red bangles and red bangles and red",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        is_a("saree", "yes"),
        describe("saree", "white saree with a red border and a red and gold dupatta", "unsupported"),
        title="Vishudh White & Red Solid Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: green georgette saree with an all-over white polka dot print, black short-sleeve blouse; front view,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-005",
        caption("a woman in a green polka dot saree"),
        Q.pattern("polka dots"),
        color_of("saree", "green"),
        color_of("blouse", "white", "contradiction"),
        describe("saree", "green with white dots"),
        she(
            "she is wearing a green saree with white polka dots and a black blouse Question: what is the color of "
            "the saree? Answer: green",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Anouk Green & White Polka Dot Printed Georgette Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: maroon Kanjeevaram silk saree with a gold temple border, mustard blouse, gold necklace and earrings;
    # side-front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-006",
        caption("a woman in a red saree and gold jewelry"),
        she("a red and gold saree"),
        color_of("saree", "mustard", "other_garment_color"),
        color_of("blouse", "mustard"),
        describe("saree", "red silk saree with gold border and a matching red dupatta", "unsupported"),
        Q.material("silk"),
        Q.garment_type("lehenga", "contradiction"),
        title="Kalini Maroon & Mustard Zari Woven Kanjeevaram Silk Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey and black ikat print cotton saree, orange three-quarter-sleeve blouse, oxidised silver earrings;
    # front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-007",
        caption("a woman wearing a grey saree and an orange blouse"),
        Q.pattern("printed"),
        color_of("saree", "orange", "other_garment_color"),
        Q.sleeve_length("three-quarter"),
        details("saree", "the saree details are the saree details", "restated"),
        Q.material("cotton"),
        describe("saree", "a grey saree with a black and orange border", "other_garment_color"),
        title="Tikhi Imli Grey & Black Ikat Print Pure Cotton Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: red solid chiffon saree with a thin gold zari border, green short-sleeve blouse; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-008",
        caption("a woman in a red saree with a green blouse"),
        she("a red saree"),
        describe("saree", "saree", "non_answer"),
        color_of("blouse", "green"),
        saree_color("red"),
        Q.material("chiffon"),
        details("saree", "gold border"),
        title="Saree mall Red Solid Chiffon Saree with Zari Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: lavender organza saree, pastel floral embroidery on the pallu, mint green sleeveless blouse; front view,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-009",
        caption("a woman in a green saree with flowers on it", "other_garment_color"),
        she("a purple saree"),
        color_of("saree", "green", "other_garment_color"),
        color_of("blouse", "purple", "contradiction"),
        describe("saree", "it is a saree with flowers"),
        Q.material("cotton", "unsupported"),
        title="Ishin Lavender Floral Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: black cotton saree with a white geometric block print, red short-sleeve blouse, silver jhumkas; front
    # view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-010",
        caption("a woman in a black and white saree"),
        wearing("a black and white saree with a red blouse"),
        Q.pattern("geometric"),
        color_of("saree", "black"),
        color_of("blouse", "black", "contradiction"),
        details("saree", "the saree has a red border", "other_garment_color"),
        Q.material("cotton"),
        title="KALINI Black & White Geometric Printed Cotton Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: plain teal art silk saree, broad magenta border, magenta short-sleeve blouse; front view, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine. The feed row has no gender.
    case(
        "X703-011",
        caption("a woman in a blue saree with a pink border"),
        she(
            "she is wearing a blue saree with a pink border and a pink blouse and a pink blouse and a pink blouse"
            " and a",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "teal"),
        color_of("blouse", "pink"),
        is_a("saree", "yes"),
        Q.material("art silk"),
        describe("saree", "the saree is blue with a pink border and gold embroidery on the pallu", "unsupported"),
        title="Silk Land Teal & Magenta Art Silk Saree with Contrast Border",
        category="Sarees",
        color="Teal",
    ),
    # photo: pastel pink chiffon saree with a silver sequin border, silver-grey sleeveless blouse, silver clutch in
    # hand; model turned to the side, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-012",
        caption("a woman in a pink saree holding a purse"),
        she("pink saree"),
        color_of("blouse", "silver"),
        color_of("saree", "silver", "other_garment_color"),
        describe(
            "saree",
            "a pink saree with a silver border and a silver purse Question: what is the color of the blouse? Answer:"
            " silver",
            "leak",
        ),
        details("saree", "sequins on the border"),
        Q.sleeve_length("short", "contradiction"),
        title="Mitera Pink Embellished Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: yellow and orange leheriya (diagonal wave stripe) georgette saree, royal blue blouse; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-013",
        caption("a woman in a yellow and orange striped saree"),
        Q.pattern("striped"),
        color_of("saree", "blue", "other_garment_color"),
        describe("saree", "the saree is yellow and orange with stripes"),
        she("he is wearing a yellow saree", "pronoun"),
        Q.material("georgette"),
        color_of("blouse", "yellow", "contradiction"),
        title="Satrani Yellow & Orange Leheriya Printed Georgette Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold border, green blouse, jasmine flowers in the hair;
    # front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-014",
        caption("a woman in a white saree with flowers in her hair"),
        she("a white saree with a green border", "other_garment_color"),
        color_of("saree", "cream"),
        color_of("blouse", "gold", "contradiction"),
        details("saree", "gold border"),
        describe("saree", "the saree is made of silk and has a gold border", "unsupported"),
        Q.material("cotton"),
        title="Pothys Off White Solid Kerala Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: navy blue saree with a small white floral print, yellow short-sleeve blouse; front view, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-015",
        caption("a woman in a blue floral saree"),
        wearing("a blue saree with white flowers and a yellow top"),
        color_of("saree", "yellow", "other_garment_color"),
        color_of("blouse", "yellow"),
        Q.pattern("floral"),
        details("saree", "white flowers"),
        describe("saree", "he is wearing a blue saree with white flowers", "pronoun"),
        Q.material("cotton Question: is the saree made of cotton? Answer: yes", "leak"),
        title="Saree mall Navy Blue & White Floral Print Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige tussar silk saree with a multicolour kalamkari printed border and pallu, maroon elbow-sleeve
    # blouse; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-016",
        caption("a woman in a saree with a red blouse"),
        color_of("saree", "maroon", "other_garment_color"),
        color_of("blouse", "maroon"),
        describe("saree", "it is a beige saree with a printed border"),
        details("saree", "the saree has a lot of details", "restated"),
        she("a beige saree with a red blouse"),
        Q.material("silk"),
        Q.sleeve_length("long", "contradiction"),
        title="Indethnic Beige & Maroon Kalamkari Print Tussar Silk Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: mauve solid satin saree, no border, black short-sleeve blouse; side pose against a light grey studio
    # backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-017",
        caption("a woman in a purple saree standing in front of a grey wall"),
        she("a purple saree with a black blouse"),
        color_of("saree", "grey", "contradiction"),
        describe("saree", "the saree is shiny and purple"),
        Q.material("satin"),
        details("saree", "the saree has a gold border", "unsupported"),
        Q.sleeve_length("short"),
        title="Sangria Mauve Solid Satin Saree",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: multicolour patola print silk-blend saree (red, green, yellow and black geometric grid), black blouse;
    # front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-018",
        caption("a woman in a colorful saree"),
        she("a multicolored saree with a black blouse"),
        color_of("saree", "black", "other_garment_color"),
        Q.pattern("geometric"),
        describe("saree", "it is a saree", "non_answer"),
        details(
            "saree",
            "the saree has a red border with gold and green and yellow and black and red and green and yellow and "
            "black and red",
            "loop",
            hit_limit=True,
        ),
        title="Kasee Multicoloured Patola Printed Silk Blend Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: sky blue chiffon saree with a small white flower print, coral pink short-sleeve blouse, no bag; front
    # view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-019",
        caption("a woman in a light blue saree with flowers on it"),
        color_of("saree", "blue"),
        color_of("blouse", "pink"),
        describe("saree", "blue saree with white flowers and a pink blouse and a matching pink clutch", "unsupported"),
        Q.material("chiffon"),
        she("a blue saree"),
        is_a("saree", "no", "contradiction"),
        title="Shaily Blue Floral Print Chiffon Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard silk Paithani saree with a red border woven with gold peacocks, red elbow-sleeve blouse; front
    # view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-020",
        caption("a woman in a yellow saree with a red and gold border"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "contradiction"),
        details("saree", "peacocks on the border"),
        describe(
            "saree",
            "the saree is a traditional indian garment worn by women in india. it is a long piece of cloth that is"
            " draped around the body and",
            "cut",
            hit_limit=True,
        ),
        she("she is wearing a yellow saree"),
        Q.material("cotton", "unsupported"),
        title="Chhabra 555 Mustard & Red Paithani Silk Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: olive green pure cotton saree with black kantha running-stitch embroidery, rust blouse; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-021",
        caption("a woman in a green saree and an orange blouse"),
        she("a green saree"),
        color_of("saree", "olive"),
        color_of("blouse", "orange"),
        describe("saree", "a green saree with gold sequins all over it", "unsupported"),
        Q.material("silk", "unsupported"),
        Q.pattern("embroidered"),
        title="Suta Olive Green Kantha Embroidered Pure Cotton Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: black georgette saree with a red rose print, red short-sleeve blouse; front view, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-022",
        caption("a woman in a black saree with red roses"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "red"),
        Q.pattern("floral"),
        she("a black saree with red flowers"),
        describe("saree", "yes", "non_answer"),
        Q.material("georgette"),
        Q.sleeve_length("long", "contradiction"),
        title="Anouk Black & Red Floral Print Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: cream cotton saree, indigo dabu print of small flowers and leaves, indigo border, indigo elbow-sleeve
    # blouse; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-023",
        caption("a woman in a white and blue saree"),
        she("a blue saree with a white blouse", "contradiction"),
        color_of("saree", "white"),
        color_of("blouse", "blue"),
        Q.material("cotton"),
        details("saree", "the saree details", "restated"),
        describe(
            "saree",
            "a white saree with blue print and a blue blouse. the print is made of small flowers and leaves and the"
            " border is blue with white",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Cream & Indigo Dabu Print Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: red bandhani georgette saree with a gold gota patti border, green short-sleeve blouse, red and green
    # glass bangles; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-024",
        caption("a woman in a red saree with green bangles"),
        she("a red saree with white dots"),
        is_a("saree", "yes"),
        color_of("saree", "red"),
        color_of("blouse", "red", "contradiction"),
        describe(
            "saree",
            "it is a red saree with a gold border and a green blouse and a red and green dupatta",
            "unsupported",
        ),
        details("saree", "he has a red saree with a gold border", "pronoun"),
        title="Saree mall Red Bandhani Georgette Saree with Gota Patti Border",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: pale grey chiffon saree, thin silver stripes, pink sleeveless blouse, no necklace; front, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-025",
        caption("a woman in a grey striped saree with a silver necklace", "unsupported"),
        Q.pattern("striped"),
        color_of("saree", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        Q.material("chiffon"),
        describe("saree", "the saree is grey with silver stripes and a pink blouse"),
        Q.sleeve_length("sleeveless"),
        title="Mitera Grey Striped Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: bottle green Banarasi silk saree with gold floral buttas, red short-sleeve blouse, no necklace, pallu
    # over the arm; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-026",
        caption("a woman in a green and gold saree with a red blouse"),
        she("she is wearing a green saree and a gold necklace", "unsupported"),
        color_of("saree", "green"),
        color_of("blouse", "gold", "contradiction"),
        details("saree", "gold flowers"),
        Q.material("silk"),
        describe("saree", "green silk saree with gold motifs Answer: green", "leak"),
        title="Kalini Green & Gold-Toned Banarasi Silk Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: orange cotton saree with thin white checks, black short-sleeve blouse; front view, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-027",
        caption("a woman in an orange checkered saree"),
        Q.pattern("checked"),
        color_of("saree", "orange"),
        color_of("blouse", "white", "contradiction"),
        she("an orange saree with a black blouse"),
        details("saree", "white checks"),
        Q.material(
            "it is made of cotton and it is made of cotton and it is made of cotton and it is made of cotton and it is",
            "loop",
            hit_limit=True,
        ),
        title="Tikhi Imli Orange & White Checked Cotton Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: wine (burgundy) georgette saree with a gold embroidered border, gold brocade short-sleeve blouse; front
    # view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine. The row has no gender.
    case(
        "X703-028",
        caption("a woman in a maroon saree with a gold blouse"),
        color_of("saree", "maroon"),
        color_of("blouse", "gold"),
        describe("saree", "a maroon saree with gold embroidery on the border"),
        she("a black saree", "contradiction"),
        Q.material("velvet", "unsupported"),
        saree_color("gold", "other_garment_color"),
        title="Sangria Burgundy Embroidered Georgette Saree",
        category="Sarees",
        color="Burgundy",
    ),
    # photo: magenta pure silk saree with a broad orange border, orange elbow-sleeve blouse; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-029",
        caption("a woman in a pink saree with an orange border"),
        she("a pink saree"),
        color_of("saree", "orange", "other_garment_color"),
        color_of("blouse", "orange"),
        is_a("saree", "yes"),
        describe(
            "saree",
            "the saree is pink and orange Question: what is the color of the blouse? Answer: orange Question: what"
            " is the",
            "leak",
            hit_limit=True,
        ),
        Q.material("silk"),
        details(
            "saree",
            "the saree details are the saree details are the saree details are the saree details are the saree",
            "loop",
            hit_limit=True,
        ),
        title="Nalli Magenta & Orange Pure Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: brown crepe saree with a beige abstract print, teal short-sleeve blouse, no border; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-030",
        caption("a woman wearing a brown printed saree and a blue blouse"),
        color_of("saree", "brown"),
        color_of("blouse", "brown", "contradiction"),
        Q.pattern("abstract"),
        Q.material("cotton", "unsupported"),
        details("saree", "the saree has a blue border", "other_garment_color"),
        she("he is wearing a brown saree", "pronoun"),
        title="Saree mall Brown & Beige Abstract Print Crepe Saree",
        category="Sarees",
        color="Brown",
        gender="Women",
    ),
    # photo: lemon yellow solid chiffon saree, purple short-sleeve blouse; model seated on a wooden stool, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-031",
        caption("a woman in a yellow saree sitting on a stool"),
        she("a yellow saree and a purple blouse"),
        color_of("saree", "yellow"),
        Q.pattern("solid"),
        describe("saree", "it is yellow and made of silk", "unsupported"),
        details("saree", "none", "non_answer"),
        color_of("blouse", "yellow", "contradiction"),
        title="Shaily Yellow Solid Chiffon Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: charcoal grey cotton silk saree with a pink border, pink short-sleeve blouse; front view, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-032",
        caption("a woman in a grey saree with pink border"),
        color_of("saree", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        she("she is wearing a grey saree with a pink border and a pink blouse"),
        describe("saree", "a saree", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("dress", "contradiction"),
        details(
            "saree",
            "the saree is a saree with a border and a border and a border and a border and a border and a border and",
            "loop",
            hit_limit=True,
        ),
        title="Ahalyaa Charcoal Grey & Pink Cotton Silk Saree",
        category="Sarees",
        color="Charcoal",
        gender="Women",
    ),
    # photo: turquoise net saree with scattered silver sequins, navy sleeveless blouse; front view, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-033",
        caption("a woman in a blue saree with sequins"),
        she("a blue saree"),
        color_of("saree", "turquoise"),
        color_of("blouse", "turquoise", "contradiction"),
        Q.material("net"),
        details("saree", "the saree has details", "restated"),
        describe("saree", "he is wearing a blue saree with sequins", "pronoun"),
        saree_color("navy blue and silver", "other_garment_color"),
        title="Mitera Turquoise Blue Embellished Net Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: sea green cotton saree with small white paisley motifs, red short-sleeve blouse; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-034",
        caption("a woman in a green saree with a red blouse"),
        Q.pattern("paisley"),
        color_of("saree", "red", "other_garment_color"),
        describe("saree", "the saree is green with white paisley print and a red blouse"),
        details("saree", "the saree is made of silk and has a silk border and a silk pallu", "unsupported"),
        she("yes", "non_answer"),
        Q.material("silk", "unsupported"),
        title="Vishudh Sea Green Paisley Print Cotton Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: blush pink organza saree with a pastel floral print, no border, sage green short-sleeve blouse, small
    # potli bag in hand; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-035",
        caption("a woman in a purple saree holding a bag", "contradiction"),
        color_of("saree", "pink"),
        color_of("blouse", "green"),
        Q.pattern("floral"),
        describe("saree", "a pink floral saree with a green blouse and a green border", "other_garment_color"),
        Q.material("organza"),
        she("a pink saree with flowers on it and a green blouse"),
        details("saree", "Question: What are the saree details? Answer: flowers", "leak"),
        title="Ishin Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: plain black silk-blend saree with a red and gold zari border, red elbow-sleeve blouse; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-036",
        caption("a woman in a black saree with a red blouse"),
        she("a black saree"),
        color_of("saree", "red", "other_garment_color"),
        color_of("blouse", "black", "contradiction"),
        details("saree", "the details of the saree", "restated"),
        describe(
            "saree",
            "the saree is black and gold. the saree is black and gold. the saree is black and gold. the saree is",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="Kalini Black Zari Border Silk Blend Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: coral solid chiffon saree with a cream lace border, teal elbow-sleeve blouse, no dupatta; walking pose,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-037",
        caption("a woman in an orange saree walking"),
        color_of("saree", "orange"),
        color_of("blouse", "blue"),
        describe("saree", "the saree has a lace border"),
        Q.material("chiffon Question: what is the color of the saree? Answer: orange", "leak"),
        Q.sleeve_length("elbow"),
        she("she is wearing an orange saree with a blue blouse and a blue dupatta", "unsupported"),
        title="Sangria Coral Solid Chiffon Saree with Lace Border",
        category="Sarees",
        color="Coral",
        gender="Women",
    ),
    # photo: colour-block poly georgette saree, lime green pleats and a pink pallu, pink short-sleeve blouse, no
    # embroidery; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-038",
        caption("a woman in a green and pink saree"),
        Q.pattern("color block"),
        color_of("saree", "green"),
        color_of("blouse", "green", "contradiction"),
        she("she is wearing a green and pink saree"),
        describe(
            "saree",
            "the saree is half green and half pink with a pink blouse and it is draped over the left shoulder with"
            " the pallu hanging down to the",
            "cut",
            hit_limit=True,
        ),
        Q.material("georgette"),
        details("saree", "embroidered border with mirror work", "unsupported"),
        title="Saree mall Lime Green & Pink Colourblocked Poly Georgette Saree",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: purple cotton silk saree with a golden yellow zari border, golden yellow short-sleeve blouse; front view,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine. The row has no category.
    case(
        "X703-039",
        caption("a woman in a purple saree with a yellow border"),
        she("a purple saree and a yellow blouse"),
        color_of("saree", "yellow", "other_garment_color"),
        color_of("blouse", "yellow"),
        details("saree", "the saree details are", "restated"),
        describe(
            "saree",
            "a purple saree with a yellow border and a yellow blouse. the saree is made of cotton and silk and the"
            " border is made of zari and the",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "no", "contradiction"),
        title="Pothys Purple & Yellow Cotton Silk Saree",
        color="Purple",
        gender="Women",
    ),
    # photo: light pink cotton saree block printed with indigo elephants, indigo short-sleeve blouse, no embroidery;
    # front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-040",
        caption("a woman in a pink saree with elephants on it"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "contradiction"),
        Q.pattern("printed"),
        details("saree", "elephants"),
        describe("saree", "it is a pink saree with blue elephants and gold embroidery", "unsupported"),
        she("saree", "non_answer"),
        Q.material("silk", "unsupported"),
        title="Fabindia Pink & Blue Elephant Block Print Cotton Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: royal blue georgette saree with a silver foil dot print and no border, black sleeveless blouse, hands
    # empty; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-041",
        caption("a woman in a blue saree with silver dots holding a clutch", "unsupported"),
        color_of("saree", "black", "other_garment_color"),
        she("he is wearing a blue saree and a black top", "pronoun"),
        Q.material("georgette"),
        describe("saree", "blue saree with silver print"),
        Q.sleeve_length("sleeveless"),
        details("saree", "the saree has a black border and black sequins", "other_garment_color"),
        title="Anouk Blue Foil Print Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: white crepe saree with pink roses and green leaves, pink short-sleeve blouse; front view, white backdrop.
    # Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-042",
        caption("a woman in a white floral saree with a pink blouse"),
        color_of("saree", "pink", "other_garment_color"),
        color_of("blouse", "pink"),
        Q.pattern("floral"),
        details("saree", "Answer: flowers", "leak"),
        Q.material("silk", "unsupported"),
        describe(
            "saree",
            "a white saree with pink and green flowers on it. the flowers are roses and the leaves are green and the"
            " blouse is pink with short",
            "cut",
            hit_limit=True,
        ),
        title="Satrani White & Pink Floral Print Crepe Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: maroon and mustard ajrakh print cotton saree (geometric blocks), black short-sleeve blouse; front view,
    # white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-043",
        caption("a woman in a red saree with a black blouse"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon", "contradiction"),
        Q.pattern("geometric"),
        describe("saree", "the saree is a saree", "restated"),
        she("a red printed saree and a black blouse"),
        saree_color("black", "other_garment_color"),
        Q.material("cotton"),
        title="Tikhi Imli Maroon & Mustard Ajrakh Print Cotton Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: teal (peacock blue) Kanjeevaram silk saree with a green and gold border, pink blouse, gold clutch, small
    # studs and no necklace; front view, white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-044",
        caption("a woman in a blue saree holding a gold purse"),
        color_of("saree", "blue"),
        color_of("blouse", "pink"),
        she("a blue saree with a gold border and a pink blouse and a gold purse and a gold necklace", "unsupported"),
        details("saree", "gold border"),
        Q.material("silk"),
        describe("saree", "blue Question: what is the color of the blouse? Answer: pink", "leak"),
        saree_color("pink", "other_garment_color"),
        title="Nalli Teal Blue & Green Zari Border Kanjeevaram Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: back view: dusty rose plain silk-blend saree with a thin silver border, navy short-sleeve blouse tied at
    # the back with tassels; white backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine.
    case(
        "X703-045",
        caption("the back of a woman in a pink dress", "contradiction"),
        color_of("saree", "pink"),
        color_of("blouse", "navy blue"),
        details("saree", "tassels on the back of the blouse"),
        describe("saree", "pink saree with flowers on it", "unsupported"),
        she("a pink saree with a blue blouse"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Mitera Rose Pink Silk Blend Saree",
        category="Sarees",
        color="Rose",
        gender="Women",
    ),
    # photo: sea green georgette saree with white chikankari embroidery, peach short-sleeve blouse; front view, white
    # backdrop. Base BLIP-2 zero-shot; closed answers by the reference engine. The row has no colour.
    case(
        "X703-046",
        caption("a woman in a green saree with white embroidery"),
        color_of("saree", "peach", "other_garment_color"),
        color_of("blouse", "peach"),
        she("green saree"),
        describe(
            "saree",
            "the saree is green with white embroidery on it. the saree is green with white embroidery on it. the"
            " saree is green with",
            "loop",
            hit_limit=True,
        ),
        Q.material("georgette"),
        Q.pattern("embroidered"),
        details("saree", "yes", "non_answer"),
        title="Ishin Sea Green Chikankari Embroidered Georgette Saree",
        category="Sarees",
        gender="Women",
    ),
]
