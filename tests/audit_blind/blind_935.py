"""BLIND_935 (46 products; Myntra sarees, lehenga cholis: caption + QA): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 83/125 failures found (66.4%) and 8/182 correct texts flagged
(4.4%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic-wear feed, 26 sarees (X935-001..026) and 20 lehenga cholis (027..046). Catalog
photos: a model on a plain white, grey or cream studio backdrop, saree draped with the pallu over the shoulder and
the blouse showing, lehenga worn with the choli and the dupatta over one shoulder; one saree and one lehenga are
folded or laid flat with no model. Jewellery (jhumkas, bangles, a maang tikka) and a few props (a brass lamp, a
pillar, a clutch) are in some shots. The job captions each photo, then answers the questions over the caption with
the extractive QA model, and asks the color of every piece: saree and blouse, or lehenga, choli and dupatta.

Who wrote what:
- Captions: untuned BLIP-2 OPT-2.7b for the sarees and for lehengas 027-030, 045, 046 (short, stops on its own,
  names hues, sometimes calls a saree a dress, invents a purse or a necklace, once loops to the 50-token limit).
  Lehengas 031-044 were one shard whose job config still pointed at the epoch-1 caption adapter
  (Data2_V2_BLIP2_Finetune_Caption_First_Epoch): DeepFashion template sentences ("The lady wears a long skirt with
  floral patterns. The top is ..."), some hue words kept from the base, never stops: every one of its captions runs
  to 50 tokens and either loops back to its first sentence or is cut mid-sentence.
- Open answers (What is she wearing?, the color of each piece, Describe..., ... details, material): spans picked
  by timpal0l/mdeberta-v3-base-squad2 over the caption. When the caption names one hue, the span for every piece is
  that hue; when it names none the span is empty. For the wearing / describe / details / material questions the job
  falls back to free generation with untuned BLIP-2 (Question: ... Answer: prompt, 30 tokens, stops on newline)
  when QA finds no span: short answers, "the blouse is a blouse", he/his, invented details, and now and then the
  next "Question: ... Answer:" echoed on the same line.
- Closed answers (garment type, pattern, sleeve length, "Is this a saree/lehenga?"): enrich's --engine reference,
  one candidate picked; they never loop or stop short.

Labeling conventions and judgement calls:
- A color failure is other_garment_color when the answer gives the piece a hue that belongs to another piece in the
  photo (the saree's hue for the blouse, "pink and orange" for a plain pink blouse), on open and closed answers alike;
  a hue that no piece in the photo has is a contradiction. A caption that gives a piece another piece's hue is
  other_garment_color too.
- Hue words inside the seller's color group are correct: peach called pink, lavender called purple, teal
  or turquoise called blue, cream called white, grey shimmer called silver, mint called green, navy called blue.
  Navy called black, teal called grey, magenta called purple are contradictions (outside the seller's group and
  visibly wrong on the photo).
- A saree called a dress (caption, span or closed type) is a contradiction; a lehenga called "a long skirt" and a
  choli called "a top" by the template adapter are correct descriptions, not failures.
- Every text gets one label. Where a text has two failures I kept the one a catalog editor would fix first: a wrong
  color or an invented object over a loop or a cut ending (those texts still have hit_limit=True).
- Extractive spans never hit a token limit themselves (hit_limit=False); a span that ends where its cut caption
  ends is a cut, a span that runs over the caption's repetition is a loop.
- An empty span, a single word to an open details question ("red", "gold", "short-sleeve"), or a pattern word with
  no hue to a color question ("pure color") is non_answer; an answer that hands the question's own words back in a
  sentence ("the blouse is a blouse", "describe the saree") is restated.
- Material answers that contradict the fabric in the seller's title (silk for chiffon, georgette, velvet or cotton;
  cotton for organza or art silk) are unsupported. An invented backdrop, prop, accessory or closure is unsupported,
  in the caption and in any span that copies it.
- "his"/"he" for the women models is pronoun, even where the rest of the text is right.
- A closed answer that is wrong for the photo (pattern "solid" for a half-and-half saree, "striped" for bandhani
  dots, sleeves "long" for short sleeves, "no" to "Is this a saree?" on a saree, "yes" to "Is this a lehenga?" on a
  saree, type "dress") is a contradiction.
- Invented blouse or choli construction (a back zipper, a sweetheart neckline and puff sleeves where the photo shows
  a round neck, sequins on a plain blouse, tassels on a plain pallu) is unsupported, not contradiction: no other
  text and no catalog column states the neckline or the trims.
- A fallback answer that lists every piece in one hue ("the choli is blue and the lehenga is blue and the dupatta
  is blue" with a pink dupatta) is other_garment_color, as is a blouse given the saree's print ("red with white
  checks" for a plain white blouse).
- The flat-lay photos have no person: "a saree" for the laid-out lehenga is a contradiction (wrong garment), and a
  fallback that puts a person and a dupatta into the folded saree shot is unsupported.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


def col(piece, text, failure=None, hit_limit=False):
    """The color of one piece, answered by an extractive span over the caption (open)."""
    return color_of(piece, text, failure, kind="open", hit_limit=hit_limit)


SAREE = "Sarees"
LEHENGA = "Lehenga Choli"

BLIND_935 = [
    # photo: model in a red georgette saree with a gold zari border, matching red blouse, pallu over the left
    # shoulder, gold jhumkas, plain white backdrop, front view. Base caption, QA spans, reference type.
    case(
        "X935-001",
        caption("a woman in a red saree with a gold border"),
        she("a red saree with a gold border"),
        col("saree", "red"),
        col("blouse", "red"),
        describe("saree", "red saree with a gold border"),
        BQ.garment_type("saree"),
        title="Mitera Red Georgette Saree with Zari Border",
        category=SAREE,
        color="Red",
        gender="Women",
    ),
    # photo: mustard yellow cotton saree with small black block-printed motifs, plain black blouse, oxidised silver
    # earrings, grey studio wall behind, front view. Base caption (invents a temple); QA spans; details and
    # material from the base fallback; reference pattern.
    case(
        "X935-002",
        caption("a woman in a yellow saree and black blouse standing in front of a temple", "unsupported"),
        she("a yellow saree and black blouse"),
        col("saree", "yellow"),
        col("blouse", "black"),
        details("blouse", "the blouse is a blouse", "restated"),
        BQ.material("cotton"),
        BQ.pattern("printed"),
        title="Prafful Mustard Block Print Cotton Saree",
        category=SAREE,
        color="Mustard",
        gender="Women",
    ),
    # photo: dark navy blue saree with a silver sequin border, sleeveless silver blouse, model in a side pose,
    # white backdrop. Base caption reads the navy as black; QA spans copy it; blouse details from the fallback.
    case(
        "X935-003",
        caption("a woman in a black saree posing for a photo", "contradiction"),
        she("a black saree", "contradiction"),
        col("saree", "black", "contradiction"),
        col("blouse", "black", "contradiction"),
        details("blouse", "sleeveless Question: What is the color of the blouse? Answer: blue", "leak"),
        is_a("saree", "yes"),
        title="Ishin Women Navy Blue Embellished Saree",
        category=SAREE,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: half-and-half saree, pink body and orange pallu, plain pink blouse, model, white backdrop, front view.
    # Base caption; QA spans (the blouse gets both hues); reference pattern picked "solid".
    case(
        "X935-004",
        caption("a woman in a pink and orange saree"),
        she("a pink and orange saree"),
        col("saree", "pink and orange"),
        col("blouse", "pink and orange", "other_garment_color"),
        BQ.pattern("solid", "contradiction"),
        BQ.garment_type("saree"),
        title="Saree mall Pink & Orange Colourblocked Half and Half Saree",
        category=SAREE,
        color="Pink",
        gender="Women",
    ),
    # photo: green silk-blend saree with gold woven border and gold motifs, contrast maroon blouse with gold-edged
    # elbow sleeves, model beside a tall brass lamp, beige backdrop. Base caption; QA spans; material and blouse
    # details from the base fallback (both right); reference yes/no wrong.
    case(
        "X935-005",
        caption("a woman in a green and gold saree standing next to a lamp"),
        she("a green and gold saree"),
        col("saree", "green and gold"),
        col("blouse", "green and gold", "other_garment_color"),
        BQ.material("silk"),
        details("blouse", "the blouse is maroon with a gold border on the sleeves"),
        is_a("lehenga", "yes", "contradiction"),
        title="Vishudh Green & Gold-Toned Silk Blend Woven Design Saree",
        category=SAREE,
        color="Green",
        gender="Women",
    ),
    # photo: black chiffon saree with a red floral print, plain red blouse, model, white backdrop. Base caption; QA
    # spans; material from the fallback (wrong fabric); reference pattern.
    case(
        "X935-006",
        caption("a woman in a black saree with red flowers"),
        she("a black saree with red flowers"),
        col("saree", "black"),
        col("blouse", "black", "other_garment_color"),
        details("blouse", "red", "non_answer"),
        BQ.material("silk", "unsupported"),
        BQ.pattern("floral"),
        title="Diva Women Black Floral Print Chiffon Saree",
        category=SAREE,
        color="Black",
        gender="Women",
    ),
    # photo: off-white handloom cotton saree with a thin red border, red blouse, model with a red bindi, white
    # backdrop. Base caption; QA spans (the blouse span "red" is right); reference type.
    case(
        "X935-007",
        caption("a woman in a white saree with a red border"),
        she("a white saree with a red border"),
        col("saree", "white"),
        col("blouse", "red"),
        BQ.garment_type("saree"),
        is_a("saree", "yes"),
        title="Kalakari India Off White Handloom Cotton Saree with Red Border",
        category=SAREE,
        color="Off White",
        gender="Women",
    ),
    # photo: purple saree with a gold paisley print, gold blouse, model holding the pallu out with one hand (no bag),
    # grey backdrop. Base caption invents a purse; QA spans copy it; blouse details from the fallback.
    case(
        "X935-008",
        caption("a woman in a purple saree holding a purse", "unsupported"),
        she("a purple saree holding a purse", "unsupported"),
        col("saree", "purple"),
        col("blouse", "purple", "other_garment_color"),
        details("blouse", "gold Answer: gold", "leak"),
        BQ.pattern("printed"),
        title="Mitera Purple Paisley Print Saree",
        category=SAREE,
        color="Purple",
        gender="Women",
    ),
    # photo: teal art-silk saree with a copper-gold zari border, teal blouse, model, white backdrop. Base caption
    # reads the teal as grey; every QA span copies it; material from the fallback.
    case(
        "X935-009",
        caption("a woman in a grey saree with a gold border", "contradiction"),
        she("a grey saree with a gold border", "contradiction"),
        col("saree", "grey", "contradiction"),
        col("blouse", "grey", "contradiction"),
        BQ.material("cotton", "unsupported"),
        is_a("saree", "yes"),
        title="Saree mall Teal Art Silk Saree",
        category=SAREE,
        color="Teal",
        gender="Women",
    ),
    # photo: peach net saree with sequin embroidery, peach blouse with a tie-up back and tassels, model seen from the
    # back looking over her shoulder, white backdrop. Base caption; QA spans; blouse details from the fallback.
    case(
        "X935-010",
        caption("a woman in a peach saree with her back to the camera"),
        she("a peach saree"),
        col("saree", "peach"),
        col("blouse", "peach"),
        details("blouse", "the blouse has a deep back with a tie-up and tassels"),
        is_a("lehenga", "no"),
        title="Inddus Peach Embellished Net Saree",
        category=SAREE,
        color="Peach",
        gender="Women",
    ),
    # photo: maroon Banarasi art-silk saree with gold woven motifs, maroon blouse with gold buttas, model with a
    # maang tikka and one hand on her hip, cream backdrop. Base caption (his); QA spans; fallback details restate;
    # fallback material; reference pattern.
    case(
        "X935-011",
        caption("a woman in a maroon and gold saree with his hand on her hip", "pronoun"),
        she("a maroon and gold saree"),
        col("saree", "maroon and gold"),
        col("blouse", "maroon and gold"),
        details("blouse", "the blouse details are the blouse and the saree", "restated"),
        BQ.pattern("striped", "contradiction"),
        BQ.material("silk"),
        title="Banarasi Maroon & Gold-Toned Art Silk Woven Design Saree",
        category=SAREE,
        color="Maroon",
        gender="Women",
    ),
    # photo: folded saree product shot, no model: yellow cotton saree with green floral print, the green blouse
    # piece folded on top, white backdrop. Base caption; "wearing" and material from the fallback (QA found no
    # person, no fabric).
    case(
        "X935-012",
        caption("a yellow and green saree on a white background"),
        she("she is wearing a yellow saree with a green blouse and a green dupatta", "unsupported"),
        col("saree", "yellow and green"),
        col("blouse", "yellow and green", "other_garment_color"),
        describe("saree", "yellow and green saree"),
        BQ.material("silk", "unsupported"),
        title="Prafful Yellow & Green Printed Cotton Saree",
        category=SAREE,
        color="Yellow",
        gender="Women",
    ),
    # photo: grey shimmer saree, plain black sleeveless blouse, model, white backdrop. Base caption (silver for
    # grey shimmer); QA spans; blouse details and describe from the fallback invent sequins and tassels; reference
    # pattern and sleeves.
    case(
        "X935-013",
        caption("a woman in a silver saree and black blouse"),
        she("a silver saree and black blouse"),
        col("saree", "silver"),
        col("blouse", "black"),
        details("blouse", "the blouse has sequins all over it", "unsupported"),
        describe("saree", "the saree is grey with a silver sequin border and tassels on the pallu", "unsupported"),
        BQ.pattern("solid"),
        BQ.sleeve_length("sleeveless"),
        title="Ishin Women Grey Shimmer Saree",
        category=SAREE,
        color="Grey",
        gender="Women",
    ),
    # photo: royal blue georgette saree with white polka dots, white blouse, model, white backdrop. Base caption;
    # QA spans (the blouse span "white" is right); blouse details from the fallback echo the format; fallback
    # material (right).
    case(
        "X935-014",
        caption("a woman in a blue saree with white polka dots"),
        she("a blue saree with white polka dots"),
        col("saree", "blue"),
        col("blouse", "white"),
        details("blouse", "white Question: What are the blouse details? Answer: white", "leak"),
        BQ.material("georgette"),
        BQ.pattern("printed"),
        title="Saree mall Blue & White Polka Dot Print Georgette Saree",
        category=SAREE,
        color="Blue",
        gender="Women",
    ),
    # photo: magenta saree with a gold zari border, magenta blouse, glass bangles, model, white backdrop. Base
    # caption reads the magenta as purple; QA spans and the fallback's blouse details copy it.
    case(
        "X935-015",
        caption("a woman in a purple saree with a gold border", "contradiction"),
        she("a purple saree with a gold border", "contradiction"),
        col("saree", "purple", "contradiction"),
        col("blouse", "purple", "contradiction"),
        BQ.garment_type("saree"),
        details("blouse", "the blouse is purple with a gold border", "contradiction"),
        title="Mitera Magenta Solid Saree with Zari Border",
        category=SAREE,
        color="Magenta",
        gender="Women",
    ),
    # photo: cream chanderi saree with small gold buttis and a pink border, pink blouse, model holding a gold clutch,
    # white backdrop. Base caption; QA spans; material from the fallback (right).
    case(
        "X935-016",
        caption("a woman in a cream saree with a pink border holding a clutch"),
        she("a cream saree with a pink border"),
        col("saree", "cream"),
        col("blouse", "pink"),
        BQ.material("cotton"),
        is_a("saree", "yes"),
        title="Kalakari India Cream Chanderi Cotton Saree",
        category=SAREE,
        color="Cream",
        gender="Women",
    ),
    # photo: orange art-silk saree with a pink bandhani dot print, orange blouse, model, white backdrop. Base
    # caption; QA spans; reference pattern "striped" for the dots; material and blouse details from the fallback.
    case(
        "X935-017",
        caption("a woman in an orange saree with pink dots"),
        she("an orange saree with pink dots"),
        col("saree", "orange"),
        col("blouse", "orange"),
        BQ.pattern("striped", "contradiction"),
        BQ.material("cotton", "unsupported"),
        details("blouse", "the blouse is orange with pink dots", "other_garment_color"),
        title="Saree mall Orange & Pink Bandhani Print Art Silk Saree",
        category=SAREE,
        color="Orange",
        gender="Women",
    ),
    # photo: black saree with a gold border, gold brocade blouse with elbow sleeves, model wearing only stud earrings
    # (no necklace), white backdrop. Base caption adds a necklace; QA spans; one QA span for the details.
    case(
        "X935-018",
        caption("a woman in a black saree with a gold blouse and a gold necklace", "unsupported"),
        she("a black saree with a gold blouse and a gold necklace", "unsupported"),
        col("saree", "black"),
        col("blouse", "gold"),
        details("blouse", "gold", "non_answer"),
        title="Shaily Women Black Saree with Brocade Blouse",
        category=SAREE,
        color="Black",
        gender="Women",
    ),
    # photo: powder-blue organza saree with floral embroidery, matching blouse, model, white backdrop. Base caption
    # calls it a dress; QA spans copy it; material and blouse details from the fallback.
    case(
        "X935-019",
        caption("a woman in a light blue dress with flowers on it", "contradiction"),
        she("a light blue dress with flowers on it", "contradiction"),
        col("saree", "light blue"),
        col("blouse", "light blue"),
        describe("saree", "light blue dress with flowers on it", "contradiction"),
        BQ.material("cotton", "unsupported"),
        details("blouse", "his blouse is light blue with short sleeves", "pronoun"),
        title="Ishin Women Blue Organza Saree with Embroidered Border",
        category=SAREE,
        color="Blue",
        gender="Women",
    ),
    # photo: red and white checked cotton saree, plain white blouse, model, white backdrop. Base caption; QA spans;
    # reference pattern right, reference yes/no wrong; blouse details from the fallback.
    case(
        "X935-020",
        caption("a woman in a red and white checkered saree"),
        she("a red and white checkered saree"),
        col("saree", "red and white"),
        col("blouse", "red and white", "other_garment_color"),
        BQ.pattern("checked"),
        is_a("saree", "no", "contradiction"),
        details("blouse", "the blouse is red with white checks", "other_garment_color"),
        title="Prafful Red & White Checked Cotton Saree",
        category=SAREE,
        color="Red",
        gender="Women",
    ),
    # photo: burgundy georgette saree with a velvet border, black blouse, model, grey backdrop. Base caption names no
    # hue; QA spans are empty for both colors; describe from the fallback; reference pattern. The feed row has no
    # color column.
    case(
        "X935-021",
        caption("a woman in a saree"),
        she("a saree"),
        col("saree", "", "non_answer"),
        col("blouse", "", "non_answer"),
        describe("saree", "the saree is long and it is a saree", "restated"),
        BQ.pattern("printed", "contradiction"),
        title="Mitera Burgundy Georgette Saree with Velvet Border",
        category=SAREE,
        gender="Women",
    ),
    # photo: green and pink leheriya (diagonal wave stripe) saree, pink blouse, model, white backdrop. Base caption;
    # QA spans; blouse details from the fallback echo the prompt; reference pattern and sleeves.
    case(
        "X935-022",
        caption("a woman in a green and pink striped saree"),
        she("a green and pink striped saree"),
        col("saree", "green and pink"),
        col("blouse", "green and pink", "other_garment_color"),
        details("blouse", "Question: What are the blouse details? Answer: pink", "leak"),
        BQ.sleeve_length("long", "contradiction"),
        BQ.pattern("striped"),
        title="Saree mall Green & Pink Leheriya Print Saree",
        category=SAREE,
        color="Green",
        gender="Women",
    ),
    # photo: white saree with a black abstract brush-stroke print, black blouse, model with arms crossed, white
    # backdrop. Base caption (his); QA spans; blouse details from the fallback (he).
    case(
        "X935-023",
        caption("a woman in a black and white saree standing with his arms crossed", "pronoun"),
        she("a black and white saree"),
        col("saree", "black and white"),
        col("blouse", "black and white", "other_garment_color"),
        details("blouse", "he is wearing a black blouse", "pronoun"),
        BQ.pattern("printed"),
        title="Diva Women White & Black Printed Saree",
        category=SAREE,
        color="White",
        gender="Women",
    ),
    # photo: orange georgette saree with a silver border, silver sleeveless blouse, model leaning on a white pillar,
    # white backdrop. Base caption calls it a dress; QA spans; describe from the fallback echoes the question.
    case(
        "X935-024",
        caption("a woman in an orange dress standing next to a pillar", "contradiction"),
        she("an orange dress", "contradiction"),
        col("saree", "orange"),
        col("blouse", "orange", "other_garment_color"),
        describe("saree", "describe the saree", "restated"),
        BQ.sleeve_length("sleeveless"),
        title="Inddus Orange Georgette Saree with Silver Border",
        category=SAREE,
        color="Orange",
        gender="Women",
    ),
    # photo: lavender georgette saree with white chikankari-style embroidery, white blouse, model, white backdrop.
    # Base caption; QA spans; material from the fallback (wrong fabric, then the next prompt echoed); blouse
    # details from the fallback (round neck and elbow sleeves on the photo).
    case(
        "X935-025",
        caption("a woman in a purple saree with white embroidery"),
        she("a purple saree with white embroidery"),
        col("saree", "purple"),
        col("blouse", "white"),
        BQ.material("silk Question: What is the color of the saree? Answer: purple", "leak"),
        describe("saree", "purple saree with white embroidery"),
        details("blouse", "the blouse has a sweetheart neckline and puff sleeves", "unsupported"),
        title="Ishin Women Lavender Embroidered Georgette Saree",
        category=SAREE,
        color="Lavender",
        gender="Women",
    ),
    # photo: mint green saree with a pink floral print, pink blouse, model facing the camera, white backdrop. Base
    # caption; QA spans; blouse details from the fallback invent a back zipper; reference type says dress.
    case(
        "X935-026",
        caption("a woman in a mint green saree with pink flowers"),
        she("a mint green saree with pink flowers"),
        col("saree", "mint green"),
        col("blouse", "pink"),
        details("blouse", "the blouse has short sleeves and a zipper on the back", "unsupported"),
        BQ.garment_type("dress", "contradiction"),
        title="Saree mall Sea Green Floral Print Saree",
        category=SAREE,
        color="Sea Green",
        gender="Women",
    ),
    # photo: pink lehenga with gold embroidery, pink choli with gold embroidery, sheer pink dupatta with a gold
    # border over one shoulder, model, white backdrop. Base caption; QA spans; reference type.
    case(
        "X935-027",
        caption("a woman in a pink and gold lehenga"),
        she("a pink and gold lehenga"),
        col("lehenga", "pink and gold"),
        col("choli", "pink and gold"),
        col("dupatta", "pink and gold"),
        BQ.garment_type("lehenga"),
        title="Mitera Pink & Gold-Toned Embroidered Lehenga Choli",
        category=LEHENGA,
        color="Pink",
        gender="Women",
    ),
    # photo: navy blue velvet lehenga with gold embroidery, navy choli, peach net dupatta, model, white backdrop.
    # Base caption invents a palace; QA spans; material and choli details from the fallback.
    case(
        "X935-028",
        caption("a woman in a blue lehenga with a peach dupatta in front of a palace", "unsupported"),
        she("a blue lehenga with a peach dupatta"),
        col("lehenga", "blue"),
        col("choli", "blue"),
        col("dupatta", "peach"),
        BQ.material("silk", "unsupported"),
        details("choli", "the details of the choli are on the choli", "restated"),
        title="Mitera Navy Blue Velvet Embroidered Lehenga Choli",
        category=LEHENGA,
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red bridal lehenga with heavy gold zari, red choli, red dupatta with a gold border over the head, model
    # in gold temple jewellery, white backdrop. Base caption loops to the limit; QA spans; fallback details (he)
    # and describe (restated).
    case(
        "X935-029",
        caption(
            "a woman in a red bridal lehenga with gold jewelry and a red dupatta and gold jewelry and a red dupatta"
            " and gold jewelry and a red dupatta and gold jewelry and a red dupatta and gold jewelry and a",
            "loop",
            hit_limit=True,
        ),
        she("a red bridal lehenga with gold jewelry"),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "red"),
        details("choli", "he is wearing a red choli with gold embroidery", "pronoun"),
        describe("lehenga", "the lehenga is a lehenga", "restated"),
        title="Mitera Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
        gender="Women",
    ),
    # photo: mint green lehenga with a pink floral print, white choli with pink thread embroidery, pink dupatta,
    # model, white backdrop. Base caption; QA spans (the choli gets the lehenga's green); fallback details;
    # reference pattern and yes/no.
    case(
        "X935-030",
        caption("a woman in a green lehenga with pink dupatta"),
        she("a green lehenga with pink dupatta"),
        col("lehenga", "green"),
        col("choli", "green", "other_garment_color"),
        col("dupatta", "pink"),
        details("choli", "white with pink flowers Question: What is the color of the dupatta? Answer: pink", "leak"),
        BQ.pattern("floral"),
        is_a("lehenga", "no", "contradiction"),
        title="Inddus Sea Green & Pink Floral Print Lehenga Choli",
        category=LEHENGA,
        color="Sea Green",
        gender="Women",
    ),
    # photo: mustard yellow lehenga with mirror work, maroon choli, maroon dupatta with a mirror border, model,
    # white backdrop. Epoch-1 caption adapter (loops); QA spans (the describe span runs over the repeat); choli
    # details from the fallback echo the format.
    case(
        "X935-031",
        caption(
            "The lady wears a long yellow skirt with mirror patterns and a short-sleeve top. The top is maroon. There"
            " is a maroon scarf on her shoulder. The lady wears a long yellow skirt with mirror patterns and a"
            " short-sleeve top. The",
            "loop",
            hit_limit=True,
        ),
        she("a long yellow skirt with mirror patterns and a short-sleeve top"),
        col("lehenga", "yellow"),
        col("choli", "maroon"),
        col("dupatta", "maroon"),
        details("choli", "maroon Question: What are the lehenga details? Answer: mirror work", "leak"),
        describe(
            "lehenga",
            "long yellow skirt with mirror patterns and a short-sleeve top. The top is maroon. There is a maroon"
            " scarf on her shoulder. The lady wears a long yellow skirt",
            "loop",
        ),
        BQ.garment_type("lehenga"),
        title="Fabpixel Mustard & Maroon Mirror Work Lehenga Choli",
        category=LEHENGA,
        color="Mustard",
        gender="Women",
    ),
    # photo: grey net lehenga with pink floral embroidery, plain pink short-sleeve choli, grey dupatta with a pink
    # border, model with a cocktail ring, white backdrop. Epoch-1 caption adapter (cut); QA spans.
    case(
        "X935-032",
        caption(
            "The lady wears a long grey skirt with floral patterns. The skirt is with net fabric. She wears a"
            " short-sleeve top with pure color patterns. There is a scarf on her shoulder and a ring on her finger."
            " The lady wears a long grey",
            "cut",
            hit_limit=True,
        ),
        she("a long grey skirt with floral patterns"),
        col("lehenga", "grey"),
        col("choli", "pure color", "non_answer"),
        col("dupatta", "grey"),
        describe("lehenga", "a long grey", "cut"),
        details("choli", "short-sleeve top with pure color patterns"),
        title="Fabpixel Grey & Pink Embroidered Net Lehenga Choli",
        category=LEHENGA,
        color="Grey",
        gender="Women",
    ),
    # photo: peach lehenga with silver sequins, peach sleeveless choli, peach dupatta, model, grey backdrop.
    # Epoch-1 caption adapter (loops, the span for "wearing" runs over the repeat); choli details from the fallback.
    case(
        "X935-033",
        caption(
            "The lady wears a long pink skirt with sequin patterns and a sleeveless top. The top is pink. There is a"
            " pink scarf on her shoulder. The lady wears a long pink skirt with sequin patterns and a sleeveless top."
            " The top is",
            "loop",
            hit_limit=True,
        ),
        she(
            "a long pink skirt with sequin patterns and a sleeveless top. The top is pink. There is a pink scarf on"
            " her shoulder. The lady wears a long pink skirt with sequin patterns",
            "loop",
        ),
        col("lehenga", "pink"),
        col("choli", "pink"),
        col("dupatta", "pink"),
        details("choli", "the choli has details", "restated"),
        is_a("lehenga", "yes"),
        title="Inddus Peach-Coloured Sequinned Lehenga Choli",
        category=LEHENGA,
        color="Peach",
        gender="Women",
    ),
    # photo: colour-blocked lehenga, royal blue yoke and green flare, plain green choli, blue dupatta, model, white
    # backdrop. Epoch-1 caption adapter gives the choli the blue; QA spans copy it; reference pattern.
    case(
        "X935-034",
        caption(
            "The lady wears a long skirt with color block patterns. The skirt is blue and green. She wears a"
            " short-sleeve top. The top is blue. There is a scarf on her shoulder. The lady wears a long skirt with"
            " color block patterns. The",
            "other_garment_color",
            hit_limit=True,
        ),
        she("a long skirt with color block patterns"),
        col("lehenga", "blue and green"),
        col("choli", "blue", "other_garment_color"),
        col("dupatta", "blue"),
        describe("choli", "short-sleeve top. The top is blue", "other_garment_color"),
        BQ.pattern("color block"),
        title="Fabpixel Blue & Green Colourblocked Lehenga Choli",
        category=LEHENGA,
        color="Blue",
        gender="Women",
    ),
    # photo: pink lehenga with an all-over floral print, pink sleeveless choli, white dupatta with a pink border,
    # glass bangles, model, white backdrop. Epoch-1 caption adapter (cut); QA spans, the describe span ends at the
    # cut; reference sleeves.
    case(
        "X935-035",
        caption(
            "The lady wears a long pink skirt with floral patterns and a sleeveless top. The top is pink with pure"
            " color patterns. There is a white scarf on her shoulder and an accessory on her wrist. The lady wears a"
            " long pink skirt with floral",
            "cut",
            hit_limit=True,
        ),
        she("a long pink skirt with floral patterns and a sleeveless top"),
        col("lehenga", "pink"),
        col("choli", "pink"),
        col("dupatta", "white"),
        BQ.sleeve_length("sleeveless"),
        describe("lehenga", "long pink skirt with floral", "cut"),
        title="Inddus Pink Floral Print Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold embroidery, maroon short-sleeve choli with gold work, pink net dupatta
    # around the neck, gold bangles, model, white backdrop. Epoch-1 caption adapter (cut); QA spans.
    case(
        "X935-036",
        caption(
            "The lady wears a long maroon skirt with embroidered patterns. The skirt is with velvet fabric. She wears"
            " a short-sleeve top. The top is maroon. There is a pink scarf around her neck and an accessory on her"
            " wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a long maroon skirt with embroidered patterns"),
        col("lehenga", "maroon"),
        col("choli", "maroon"),
        col("dupatta", "pink"),
        BQ.material("velvet"),
        details(
            "choli",
            "short-sleeve top. The top is maroon. There is a pink scarf around her neck and an accessory on her"
            " wrist. The lady wears a",
            "cut",
        ),
        title="Mitera Maroon Velvet Embroidered Lehenga Choli",
        category=LEHENGA,
        color="Maroon",
        gender="Women",
    ),
    # photo: yellow cotton lehenga with a green leaf print, plain green choli, yellow dupatta, model, white
    # backdrop. Epoch-1 caption adapter gives the skirt the choli's green (and is cut); QA spans.
    case(
        "X935-037",
        caption(
            "The lady wears a long skirt with floral patterns. The skirt is with cotton fabric and its color is"
            " green. The lady wears a short-sleeve top with pure color patterns. The top is green. There is a scarf"
            " on her shoulder. The",
            "other_garment_color",
            hit_limit=True,
        ),
        she("a long skirt with floral patterns"),
        col("lehenga", "green", "other_garment_color"),
        col("choli", "green"),
        col("dupatta", "", "non_answer"),
        BQ.material("cotton"),
        title="Inddus Yellow & Green Printed Cotton Lehenga Choli",
        category=LEHENGA,
        color="Yellow",
        gender="Women",
    ),
    # photo: turquoise blue lehenga with a gold gota border, turquoise choli, pink dupatta, model, white backdrop.
    # Epoch-1 caption adapter repeats its first sentence; the "wearing" span runs over the repeat; choli details
    # from the fallback.
    case(
        "X935-038",
        caption(
            "The lady wears a long blue skirt with pure color patterns. The lady wears a long blue skirt with pure"
            " color patterns. The lady wears a long blue skirt with pure color patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        she(
            "a long blue skirt with pure color patterns. The lady wears a long blue skirt with pure color patterns",
            "loop",
        ),
        col("lehenga", "blue"),
        col("choli", "blue"),
        col("dupatta", "blue", "other_garment_color"),
        BQ.garment_type("lehenga"),
        details("choli", "the choli is blue and the lehenga is blue and the dupatta is blue", "other_garment_color"),
        title="Mitera Turquoise Blue Gota Patti Lehenga Choli",
        category=LEHENGA,
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: black georgette lehenga with multicolour thread embroidery, black sleeveless choli, red dupatta, model,
    # white backdrop. Epoch-1 caption adapter claims silk (and is cut); QA spans, the wearing span ends at the cut;
    # choli details from the fallback.
    case(
        "X935-039",
        caption(
            "The lady wears a long black skirt with embroidered patterns. The skirt is with silk fabric. The lady"
            " wears a sleeveless top. The top is black. There is a red scarf on her shoulder. The lady wears a long"
            " black",
            "unsupported",
            hit_limit=True,
        ),
        she("a long black", "cut"),
        col("lehenga", "black"),
        col("choli", "black"),
        col("dupatta", "red"),
        BQ.material("silk", "unsupported"),
        details("choli", "sleeveless Answer: sleeveless", "leak"),
        title="Fabpixel Black Embroidered Georgette Lehenga Choli",
        category=LEHENGA,
        color="Black",
        gender="Women",
    ),
    # photo: ivory lehenga with gold sequins, gold short-sleeve choli, ivory dupatta, model bare-headed, white
    # backdrop. Epoch-1 caption adapter invents a hat (and loops); QA spans.
    case(
        "X935-040",
        caption(
            "The lady wears a long white skirt with pure color patterns and a short-sleeve top. The top is with gold"
            " color. This lady wears a hat. The lady wears a long white skirt with pure color patterns and a"
            " short-sleeve top. The",
            "unsupported",
            hit_limit=True,
        ),
        she("a long white skirt with pure color patterns and a short-sleeve top"),
        col("lehenga", "white"),
        col("choli", "gold"),
        col("dupatta", "white"),
        describe("lehenga", "long white skirt with pure color patterns"),
        title="Mitera Off White & Gold-Toned Sequinned Lehenga Choli",
        category=LEHENGA,
        color="Off White",
        gender="Women",
    ),
    # photo: orange lehenga with a pink border, plain pink short-sleeve choli, orange-to-pink ombre dupatta, model,
    # white backdrop. Epoch-1 caption adapter gives the top orange; QA spans; reference sleeves right.
    case(
        "X935-041",
        caption(
            "The lady wears a long orange skirt with color block patterns. The lady wears a short-sleeve top and the"
            " top is orange. There is a scarf on her shoulder. The lady wears a long orange skirt with color block"
            " patterns and a",
            "other_garment_color",
            hit_limit=True,
        ),
        she("a long orange skirt with color block patterns"),
        col("lehenga", "orange"),
        col("choli", "orange", "other_garment_color"),
        col("dupatta", "", "non_answer"),
        BQ.sleeve_length("short"),
        details("choli", "short-sleeve top and the top is orange", "other_garment_color"),
        title="Inddus Orange & Pink Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Orange",
        gender="Women",
    ),
    # photo: green silk lehenga with gold zari checks, green short-sleeve choli, gold tissue dupatta, model, white
    # backdrop. Epoch-1 caption adapter loops (the wearing span runs over it); reference pattern picked floral.
    case(
        "X935-042",
        caption(
            "The lady wears a long green skirt with lattice patterns. The skirt is with silk fabric. She wears a"
            " short-sleeve top with pure color patterns. There is a scarf on her shoulder. The lady wears a long"
            " green skirt with lattice",
            "loop",
            hit_limit=True,
        ),
        she(
            "a long green skirt with lattice patterns. The skirt is with silk fabric. She wears a short-sleeve top"
            " with pure color patterns. There is a scarf on her shoulder. The lady wears a long green skirt with"
            " lattice",
            "loop",
        ),
        col("lehenga", "green"),
        col("choli", "green"),
        col("dupatta", "green", "other_garment_color"),
        BQ.material("silk"),
        BQ.pattern("floral", "contradiction"),
        title="Banarasi Green Silk Zari Check Lehenga Choli",
        category=LEHENGA,
        color="Green",
        gender="Women",
    ),
    # photo: lavender lehenga with silver embroidery, lavender choli, lavender dupatta, model, white backdrop.
    # Epoch-1 caption adapter loops; the wearing span is the cut tail of the repeat; reference pattern.
    case(
        "X935-043",
        caption(
            "The lady wears a long purple skirt with embroidered patterns. The skirt is purple and the top is"
            " purple. There is a purple scarf on her shoulder. The lady wears a long purple skirt with embroidered"
            " patterns. The skirt is purple and the",
            "loop",
            hit_limit=True,
        ),
        she("a long purple skirt with embroidered patterns. The skirt is purple and the", "cut"),
        col("lehenga", "purple"),
        col("choli", "purple"),
        col("dupatta", "purple"),
        is_a("lehenga", "yes"),
        BQ.pattern("solid", "contradiction"),
        title="Mitera Lavender Embroidered Lehenga Choli",
        category=LEHENGA,
        color="Lavender",
        gender="Women",
    ),
    # photo: red net lehenga with gold embroidery, red short-sleeve choli, contrast green dupatta over the shoulder,
    # model, white backdrop. Epoch-1 caption adapter (cut); QA spans, the describe span ends at the cut.
    case(
        "X935-044",
        caption(
            "The lady wears a long red skirt with floral patterns. The skirt is with net fabric and gold patterns."
            " The lady wears a short-sleeve top. The top is red. There is a green scarf around her shoulder. The lady"
            " wears a long red skirt with",
            "cut",
            hit_limit=True,
        ),
        she("a long red skirt with floral patterns"),
        col("lehenga", "red"),
        col("choli", "red"),
        col("dupatta", "green"),
        describe("lehenga", "long red skirt with", "cut"),
        details("choli", "short-sleeve", "non_answer"),
        title="Inddus Red & Gold-Toned Net Lehenga Choli with Green Dupatta",
        category=LEHENGA,
        color="Red",
        gender="Women",
    ),
    # photo: semi-stitched lehenga laid flat, no model: purple lehenga skirt with a gold border, unstitched gold
    # choli fabric, purple net dupatta with gold edging, white backdrop. Base caption; "wearing" from the fallback.
    # The feed row has no gender column.
    case(
        "X935-045",
        caption("a purple and gold lehenga laid out on a white background"),
        she("a saree", "contradiction"),
        col("lehenga", "purple and gold"),
        col("choli", "purple and gold", "other_garment_color"),
        col("dupatta", "purple and gold"),
        BQ.garment_type("lehenga"),
        describe("lehenga", "purple and gold lehenga laid out on a white background"),
        title="Mitera Purple & Gold-Toned Semi-Stitched Lehenga Choli",
        category=LEHENGA,
        color="Purple",
    ),
    # photo: royal blue lehenga, silver sleeveless choli, silver shimmer dupatta held out in one hand, model, white
    # backdrop, the lehenga's hem hides her feet. Base caption; QA spans; choli details and describe from the
    # fallback; reference type picked dress. The feed row has no category column.
    case(
        "X935-046",
        caption("a woman in a blue lehenga with a silver top"),
        she("a blue lehenga with a silver top"),
        col("lehenga", "blue"),
        col("choli", "silver"),
        col("dupatta", "silver"),
        details("choli", "his choli is silver and sleeveless", "pronoun"),
        describe("lehenga", "a blue lehenga with a silver top and a silver dupatta and silver sandals", "unsupported"),
        BQ.garment_type("dress", "contradiction"),
        title="Mitera Royal Blue & Silver Lehenga Choli",
        color="Blue",
        gender="Women",
    ),
]
