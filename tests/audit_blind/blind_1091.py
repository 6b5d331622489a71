"""BLIND_1091 (46 products; Myntra sarees/lehengas, caption+extractive QA): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 79/115 failures found (68.7%) and 7/164 correct texts flagged
(4.3%). The writer's notes, verbatim:

Scenario: a night's run over a Myntra feed of women's ethnic wear: 25 sarees and 21 lehenga cholis (article types
"Sarees" and "Lehenga Choli"). The photos are ordinary catalog shots: a model on a plain white, beige or grey studio
backdrop (one beside a potted plant, one in front of a wooden door, one seated on a chair, one on the floor), wearing
the saree with its blouse, or the lehenga with its choli and dupatta, plus jewellery; one saree is a folded flat shot
with no model. Each product was captioned once, then every question was answered by extractive QA over that caption,
and each piece's color was asked separately: saree and blouse for sarees; lehenga, choli and dupatta for lehengas.

Who wrote what: captions came from BLIP-2 OPT-2.7b. Most (28) from the untuned base model: short, ends by itself,
names hues but often the wrong one (peach as orange, sea green as blue, lime as yellow) and sometimes invents an
accessory (clutch, purse, pearl necklace, gold belt, long train) or a fabric ("silk" for net). Sixteen came from the
caption adapter after epoch 1 (Data2_V2..._First_Epoch): no end token was trained, so every one of them runs to the
50-token limit and ends mid-sentence, loops ("a green blouse with a green dupatta and a green blouse..."), or leaks
the training format ("Question: ... Answer: ..."); it also writes "he"/"his" for women. Two came from the epoch-3
caption adapter, which writes the DeepFashion template ("The lady is wearing a long-sleeve dress with floral
patterns...") with pattern words and no hue at all. The open answers (wearing, describe, details, material, each
piece's color) are spans of the caption picked by timpal0l/mdeberta-v3-base-squad2: an empty string where it chose
no-answer, often the right span for the wrong piece (the saree's color given to the blouse, the lehenga's to the
dupatta), and whatever the caption said wrong copied over. Closed answers (garment color, garment type, pattern,
sleeve length, "Is this a lehenga/saree?") are the reference engine's one candidate value.

Labeling conventions and judgement calls:
- One label per text, the fault a reader would see first. Every epoch-1 and epoch-3 caption has hit_limit=True;
  it is labelled loop if it repeats, leak if it holds "Question:"/"Answer:", else pronoun, contradiction or
  unsupported if it carries such a fault, and cut only when the cut is its only fault.
- Extractive spans: an answer copied from a caption keeps its own label (a wrong hue copied from the caption is a
  contradiction again; "a flared skirt and a" taken from a cut caption is cut, hit_limit False). One span that the
  QA pipeline's 15-token max_answer_len chopped mid-phrase is cut with hit_limit=True.
- A piece's color answered with another piece's color (blouse given the saree's hue, choli or dupatta given the
  lehenga's) is other_garment_color. A closed answer that picks the blouse's or print's color for the product is
  contradiction (closed answers are never other_garment_color here). A wrong hue for the product itself, in a
  caption or answer, is contradiction; so is "dress"/"shirt" for a saree or choli, "saree" for a lehenga, a yes to
  the wrong garment, a pattern contradicted by the photo, and jewellery or a purse given as the garment's details.
- The print's own color given as the blouse's color ("white" from "white flowers") is contradiction, not
  other_garment_color, since the print belongs to the product.
- Shades within one color group count as correct: maroon as "red", cream/off-white as "white", magenta as "pink",
  navy or indigo as "blue", grey as "silver", rust as "orange", mustard as "yellow". Teal answered "green" is
  correct because the titles say "Teal Green"; sea green answered "green" is correct. Peach as "orange", lime green
  as "yellow" and sea green as "blue" cross groups and are contradictions. "colorful" for a Multi product is correct.
- A matching blouse or choli given the saree's or lehenga's hue is correct even though the QA took the span from
  the main garment (it is right for the photo).
- unsupported: an accessory, fabric or feature the photo does not show and the title does not back ("chiffon" for
  georgette, "cotton" for an embroidered georgette lehenga, "silk" for net, "striped" for an abstract print,
  "a long train"). "silk" for an art-silk saree is correct.
- non_answer: the empty span, a one-word answer to an open question ("bridal", "pink", "lehenga"), a pose or
  backdrop phrase for a description ("sitting on a chair"), and a pattern word ("floral patterns") or nothing for
  a color question. restated: a span that is the question's own phrasing ("what is the color of the saree?", "the
  lehenga details are the details of the lehenga", "the color of the blouse is red" even with the hue in it).
- pronoun: "he"/"his" for these women's products; a span that carries the wrong pronoun is pronoun even when it is
  also a pose phrase.
- Feed gaps on purpose: X1091-015 has no gender, X1091-025 no category, X1091-033 no color.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS


def worn(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


def _piece(name):
    def make(text, failure=None, hit_limit=False):
        return color_of(name, text, failure, kind="open", hit_limit=hit_limit)

    return make


saree_color = _piece("saree")
blouse_color = _piece("blouse")
lehenga_color = _piece("lehenga")
choli_color = _piece("choli")
dupatta_color = _piece("dupatta")

SAREE, LEHENGA, W = "Sarees", "Lehenga Choli", "Women"

BLIND_1091 = [
    # photo: model in a maroon silk-blend Banarasi saree with gold zari border and small gold buttis, matching maroon
    # blouse with gold-trimmed elbow sleeves, pallu over the left shoulder, gold jhumkas; plain white backdrop, front
    # view. Caption by the base model; open answers by extractive QA over it; color by the reference engine.
    case(
        "X1091-001",
        caption("a woman in a maroon and gold silk saree posing for the camera"),
        worn("a maroon and gold silk saree"),
        saree_color("maroon"),
        blouse_color("maroon"),
        describe("saree", "maroon and gold silk saree"),
        material("silk"),
        Q.color("maroon"),
        title="Saree mall Maroon & Gold-Toned Silk Blend Woven Design Banarasi Saree",
        category=SAREE,
        color="Maroon",
        gender=W,
    ),
    # photo: pink silk-blend Kanjeevaram saree with a wide gold zari border, contrast green blouse with gold zari,
    # gold temple necklace; white backdrop, front view. Base caption; QA spans; closed by the reference engine.
    case(
        "X1091-002",
        caption("a woman in a pink saree with a green blouse"),
        worn("a pink saree with a green blouse"),
        saree_color("pink"),
        blouse_color("pink", "other_garment_color"),
        details("saree", "pink", "non_answer"),
        Q.color("green", "contradiction"),
        Q.garment_type("saree"),
        title="Mitera Pink & Gold-Toned Zari Silk Blend Kanjeevaram Saree",
        category=SAREE,
        color="Pink",
        gender=W,
    ),
    # photo: teal lehenga with a gold embroidered hem band, teal choli with gold work and elbow sleeves, peach net
    # dupatta over one shoulder; grey studio backdrop, front view. Caption by the epoch-1 caption adapter (loops to
    # the limit); QA spans; yes/no by the reference engine.
    case(
        "X1091-003",
        caption(
            "a woman wearing a green lehenga with a green dupatta and a green blouse with a green dupatta and a green "
            "blouse with a green dupatta and a green blouse with a green",
            "loop",
            hit_limit=True,
        ),
        worn("a green lehenga with a green dupatta and a green blouse", "contradiction"),
        lehenga_color("green"),
        choli_color("green"),
        dupatta_color("green", "other_garment_color"),
        is_a("lehenga", "yes"),
        title="Inddus Teal Green & Golden Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category=LEHENGA,
        color="Teal",
        gender=W,
    ),
    # photo: navy net saree covered in silver sequins, navy sleeveless blouse, model in side view with one hand on
    # the hip, no bag or clutch anywhere; white backdrop. Base caption; QA spans; pattern by the reference engine.
    case(
        "X1091-004",
        caption("a woman in a navy blue saree with silver sequins and a matching clutch", "unsupported"),
        worn("a navy blue saree with silver sequins and a matching clutch", "unsupported"),
        saree_color("navy blue"),
        blouse_color("navy blue"),
        describe("saree", "silver sequins"),
        Q.pattern("embellished"),
        title="KALINI Navy Blue & Silver-Toned Sequinned Net Saree",
        category=SAREE,
        color="Navy Blue",
        gender=W,
    ),
    # photo: mustard-yellow georgette saree with a small white-and-maroon floral print, mustard blouse with elbow
    # sleeves, thin gold bangles; white backdrop, front view. Caption by the epoch-3 caption adapter (DeepFashion
    # template, no hues, runs to the limit); QA spans; garment type by the reference engine.
    case(
        "X1091-005",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        worn("a long-sleeve dress with floral patterns", "contradiction"),
        saree_color("floral patterns", "non_answer"),
        blouse_color("", "non_answer"),
        material("chiffon", "unsupported"),
        Q.garment_type("saree"),
        title="Ishin Mustard Yellow Printed Georgette Saree",
        category=SAREE,
        color="Mustard",
        gender=W,
    ),
    # photo: red lehenga with heavy gold zardozi embroidery, floor length with no train, red choli, red net dupatta
    # with a gold border draped over the head; beige studio backdrop. Base caption; QA spans.
    case(
        "X1091-006",
        caption("a woman in a red and gold bridal lehenga with a long train", "unsupported"),
        worn("a red and gold bridal lehenga"),
        lehenga_color("red and gold"),
        choli_color("red and gold"),
        dupatta_color("red and gold"),
        describe("lehenga", "bridal", "non_answer"),
        details("lehenga", "a long train", "unsupported"),
        title="Fabcartz Red & Gold-Toned Embroidered Semi-Stitched Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
        gender=W,
    ),
    # photo: bottle-green chiffon saree with a thin sequinned border, black sleeveless blouse, no belt, small silver
    # earrings and a thin necklace, feet hidden under the saree; white backdrop, side view holding the pallu.
    # Caption by the epoch-1 adapter (invents a belt and heels, cut at the limit); QA spans.
    case(
        "X1091-007",
        caption(
            "a woman in a green saree with a black blouse and a black belt on her waist. she is wearing a pair of "
            "earrings and a necklace. she is wearing a pair of black heels. she",
            "unsupported",
            hit_limit=True,
        ),
        worn("a green saree with a black blouse and a black belt", "unsupported"),
        saree_color("green"),
        blouse_color("black"),
        details("saree", "a pair of earrings and a necklace", "contradiction"),
        title="Saree Swarg Green Solid Chiffon Saree with Sequinned Border",
        category=SAREE,
        color="Green",
        gender=W,
    ),
    # photo: baby-pink lehenga with silver mirror work, pink short-sleeve choli, silver-grey organza dupatta; white
    # backdrop. Base caption; QA spans; sleeve length and pattern by the reference engine.
    case(
        "X1091-008",
        caption("a woman in a pink lehenga with a silver dupatta"),
        worn("a pink lehenga with a silver dupatta"),
        lehenga_color("pink"),
        choli_color("pink"),
        dupatta_color("pink", "other_garment_color"),
        Q.sleeve_length("short sleeve"),
        Q.pattern("solid", "contradiction"),
        title="Ethnovog Pink Mirror Work Ready to Wear Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Pink",
        gender=W,
    ),
    # photo: saree with a multicoloured geometric print (orange, blue, yellow), navy blouse; white backdrop. Base
    # caption; QA spans; color and pattern by the reference engine.
    case(
        "X1091-009",
        caption("a woman wearing a colorful saree with a blue blouse"),
        worn("a colorful saree with a blue blouse"),
        saree_color("blue", "other_garment_color"),
        blouse_color("blue"),
        describe("saree", "colorful saree"),
        Q.color("multi"),
        Q.pattern("solid", "contradiction"),
        title="Sangria Multicoloured Printed Saree",
        category=SAREE,
        color="Multi",
        gender=W,
    ),
    # photo: navy velvet lehenga with pink-and-gold embroidered flowers, pink choli, pink dupatta held spread behind
    # the back; white backdrop. Caption by the epoch-1 adapter (leaks the QA format); QA spans.
    case(
        "X1091-010",
        caption(
            "a woman wearing a blue lehenga with a pink top and a pink dupatta. Question: what is the color of the "
            "lehenga? Answer: blue. Question: what is the color of the lehenga? Answer:",
            "leak",
            hit_limit=True,
        ),
        worn("a blue lehenga with a pink top and a pink dupatta"),
        lehenga_color("blue"),
        choli_color("pink"),
        dupatta_color("Answer: blue", "leak"),
        details("lehenga", "what is the color of the lehenga?", "restated"),
        title="Mirchi Fashion Navy Blue & Pink Embroidered Velvet Semi-Stitched Lehenga Choli",
        category=LEHENGA,
        color="Navy Blue",
        gender=W,
    ),
    # photo: peach art-silk saree with a silver woven border, peach blouse; white backdrop, front view. Base caption
    # (calls it orange); QA spans copy the hue; color by the reference engine.
    case(
        "X1091-011",
        caption("a woman in an orange saree", "contradiction"),
        worn("an orange saree", "contradiction"),
        saree_color("orange", "contradiction"),
        blouse_color("orange", "contradiction"),
        Q.color("peach"),
        title="Mimosa Peach-Coloured Art Silk Woven Design Saree",
        category=SAREE,
        color="Peach",
        gender=W,
    ),
    # photo: black georgette saree with a gold sequin border, gold brocade blouse; side view, white backdrop. Base
    # caption; QA spans; yes/no by the reference engine.
    case(
        "X1091-012",
        caption("a woman in a black saree with gold sequins"),
        worn("a black saree with gold sequins"),
        saree_color("black"),
        blouse_color("black", "other_garment_color"),
        details("saree", "gold sequins"),
        material("", "non_answer"),
        is_a("saree", "yes"),
        title="Satrani Black & Golden Embellished Georgette Saree",
        category=SAREE,
        color="Black",
        gender=W,
    ),
    # photo: mustard flared cotton lehenga with a green floral block print, green choli with mirror work, mustard
    # dupatta with a green border, gold earrings and bangles; white backdrop. Caption by the epoch-1 adapter ("his"
    # wrists, cut at the limit); QA spans.
    case(
        "X1091-013",
        caption(
            "a woman in a yellow lehenga with a green blouse and a yellow dupatta with a green border. she is wearing "
            "a pair of gold earrings and bangles on his wrists. the lehenga has a flared skirt and a",
            "pronoun",
            hit_limit=True,
        ),
        worn("a yellow lehenga with a green blouse and a yellow dupatta"),
        lehenga_color("yellow"),
        choli_color("yellow", "other_garment_color"),
        dupatta_color("yellow"),
        describe("lehenga", "a flared skirt and a", "cut"),
        title="SHUBHKALA Mustard Yellow & Green Printed Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Mustard",
        gender=W,
    ),
    # photo: purple Kanjeevaram silk saree with a gold border, contrast mustard blouse; model seated on a wooden
    # chair; white backdrop. Base caption (blouse not named); QA spans; garment type by the reference engine.
    case(
        "X1091-014",
        caption("a woman in a purple silk saree sitting on a chair"),
        worn("a purple silk saree"),
        saree_color("purple"),
        blouse_color("purple", "other_garment_color"),
        describe("saree", "sitting on a chair", "non_answer"),
        material("silk"),
        Q.garment_type("saree"),
        title="Kasee Purple Woven Design Kanjeevaram Silk Saree",
        category=SAREE,
        color="Purple",
        gender=W,
    ),
    # photo: cream lehenga with gold sequin stripes, cream choli, maroon dupatta with a gold border; white
    # backdrop. Base caption; QA spans; color by the reference engine. The feed row has no gender.
    case(
        "X1091-015",
        caption("a woman in a white lehenga and a red dupatta"),
        worn("a white lehenga and a red dupatta"),
        lehenga_color("white"),
        choli_color("red", "other_garment_color"),
        dupatta_color("red"),
        Q.color("cream"),
        title="Inddus Cream-Coloured & Gold-Toned Embellished Semi-Stitched Lehenga & Blouse with Dupatta",
        category=LEHENGA,
        color="Cream",
    ),
    # photo: red bandhani saree with white tie-dye dots and a green border, green blouse; white backdrop with a
    # potted plant beside the model. Base caption; QA spans; pattern by the reference engine.
    case(
        "X1091-016",
        caption("a woman in a red and green saree standing next to a plant"),
        worn("a red and green saree"),
        saree_color("red and green"),
        blouse_color("red", "other_garment_color"),
        describe("saree", "standing next to a plant", "non_answer"),
        Q.pattern("printed"),
        title="Vishudh Red & Green Bandhani Printed Saree",
        category=SAREE,
        color="Red",
        gender=W,
    ),
    # photo: lavender net lehenga with silver thread embroidery, sleeveless lavender choli, lavender dupatta with a
    # scalloped lavender border; white backdrop. Caption by the epoch-1 adapter (loops); QA spans; sleeve length
    # by the reference engine.
    case(
        "X1091-017",
        caption(
            "a woman in a purple lehenga with a purple blouse and a purple dupatta with a purple border and a purple "
            "border and a purple border and a purple border and a purple border and",
            "loop",
            hit_limit=True,
        ),
        worn("a purple lehenga with a purple blouse and a purple dupatta"),
        lehenga_color("purple"),
        choli_color("purple"),
        dupatta_color("purple border and a purple border and a purple border", "loop"),
        Q.sleeve_length("sleeveless"),
        title="Zeel Clothing Lavender Embroidered Net Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Lavender",
        gender=W,
    ),
    # photo: off-white Kerala kasavu cotton saree with a gold-and-red border, red blouse, jasmine in the hair; white
    # backdrop. Base caption; QA spans; color by the reference engine.
    case(
        "X1091-018",
        caption("a woman in a white saree with a red blouse"),
        worn("a white saree with a red blouse"),
        saree_color("red", "other_garment_color"),
        blouse_color("red"),
        details("saree", "white", "non_answer"),
        Q.color("white"),
        title="Mitera Off-White & Red Kerala Kasavu Cotton Saree",
        category=SAREE,
        color="Off White",
        gender=W,
    ),
    # photo: green georgette lehenga with pink floral embroidery, pink short-sleeve choli, green dupatta, bangles;
    # white backdrop. Caption by the epoch-3 adapter (template: "shirt", "skirt", "cotton", no hues); QA spans.
    case(
        "X1091-019",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. She wears a long skirt. The skirt is with "
            "cotton fabric and floral patterns. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        worn("a short-sleeve shirt with floral patterns", "contradiction"),
        lehenga_color("floral patterns", "non_answer"),
        choli_color("", "non_answer"),
        material("cotton", "unsupported"),
        title="Warthy Ent Green & Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Green",
        gender=W,
    ),
    # photo: turquoise georgette saree with a white floral print, turquoise blouse, hands empty (no purse); white
    # backdrop. Base caption (invents a purse); QA spans; pattern by the reference engine.
    case(
        "X1091-020",
        caption("a woman in a blue saree with white flowers holding a purse", "unsupported"),
        worn("a blue saree with white flowers"),
        saree_color("blue"),
        blouse_color("white", "contradiction"),
        describe("saree", "white flowers holding a purse", "unsupported"),
        Q.pattern("floral"),
        title="Saree mall Turquoise Blue Poly Georgette Floral Printed Saree",
        category=SAREE,
        color="Turquoise Blue",
        gender=W,
    ),
    # photo: maroon velvet lehenga with gold embroidery, maroon choli, gold tissue dupatta; white backdrop. Base
    # caption; QA spans (choli and dupatta swapped); garment type by the reference engine.
    case(
        "X1091-021",
        caption("a woman in a maroon velvet lehenga with gold embroidery and a gold dupatta"),
        worn("a maroon velvet lehenga with gold embroidery and a gold dupatta"),
        lehenga_color("maroon"),
        choli_color("gold", "other_garment_color"),
        dupatta_color("maroon", "other_garment_color"),
        material("velvet"),
        Q.garment_type("lehenga"),
        title="panchhi Maroon & Gold-Toned Embroidered Velvet Lehenga Choli",
        category=LEHENGA,
        color="Maroon",
        gender=W,
    ),
    # photo: grey net saree with silver sequin work, grey blouse, model holding a silver clutch; white backdrop.
    # Base caption; QA spans; color by the reference engine.
    case(
        "X1091-022",
        caption("a woman in a silver saree with a silver purse"),
        worn("a silver saree with a silver purse"),
        saree_color("silver"),
        blouse_color("silver"),
        details("saree", "a silver purse", "contradiction"),
        Q.color("grey"),
        title="Shaily Grey Embellished Net Saree",
        category=SAREE,
        color="Grey",
        gender=W,
    ),
    # photo: peach lehenga with gold sequin flowers, peach choli, peach net dupatta, gold necklace and earrings,
    # model mid-twirl; white backdrop. Caption by the epoch-1 adapter (cut at the limit); QA spans.
    case(
        "X1091-023",
        caption(
            "a woman in a peach lehenga with a peach dupatta and a peach blouse. she is wearing a gold necklace and "
            "gold earrings. she is standing in front of a white background and she",
            "cut",
            hit_limit=True,
        ),
        worn("a peach lehenga with a peach dupatta and a peach blouse"),
        lehenga_color("peach"),
        choli_color("peach"),
        dupatta_color("peach"),
        title="Ethnovog Peach-Coloured Embroidered Made to Measure Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Peach",
        gender=W,
    ),
    # photo: magenta Banarasi saree with a gold woven border and pallu, gold brocade blouse; white backdrop. Base
    # caption; QA spans; yes/no by the reference engine.
    case(
        "X1091-024",
        caption("a woman in a pink and gold saree"),
        worn("a pink and gold saree"),
        saree_color("pink"),
        blouse_color("pink", "other_garment_color"),
        describe("saree", "pink and gold"),
        is_a("lehenga", "yes", "contradiction"),
        title="Kalamandir Magenta Woven Design Banarasi Saree",
        category=SAREE,
        color="Magenta",
        gender=W,
    ),
    # photo: indigo cotton lehenga with a white dabu print, indigo choli, plain white cotton dupatta; white
    # backdrop. Base caption; QA spans; pattern by the reference engine. The feed row has no category.
    case(
        "X1091-025",
        caption("a woman in a blue lehenga with a white dupatta"),
        worn("a blue lehenga with a white dupatta"),
        lehenga_color("blue"),
        choli_color("white", "other_garment_color"),
        dupatta_color("white"),
        Q.pattern("printed"),
        title="Fusionic Blue & White Printed Cotton Lehenga Choli with Dupatta",
        color="Blue",
        gender=W,
    ),
    # photo: teal handloom cotton saree with a mustard border, mustard blouse; side view, white backdrop. Base
    # caption; QA spans; color by the reference engine.
    case(
        "X1091-026",
        caption("a woman in a green saree with a yellow blouse"),
        worn("a green saree with a yellow blouse"),
        saree_color("yellow", "other_garment_color"),
        blouse_color("yellow"),
        Q.color("green"),
        title="Sangam Prints Teal Green Handloom Cotton Saree",
        category=SAREE,
        color="Teal",
        gender=W,
    ),
    # photo: black lehenga with gold sequin embroidery, black full-sleeve choli, black net dupatta with a gold
    # border; white backdrop. Caption by the epoch-1 adapter (loops); QA spans, the wearing span chopped by the QA
    # pipeline's answer-length limit; sleeve length by the reference engine.
    case(
        "X1091-027",
        caption(
            "a woman in a black lehenga with gold embroidery and a black dupatta with gold embroidery and a black "
            "blouse with gold embroidery and a black dupatta with gold embroidery and a black",
            "loop",
            hit_limit=True,
        ),
        worn("a black lehenga with gold embroidery and a black dupatta with gold embroidery and a", "cut", True),
        lehenga_color("black"),
        choli_color("black"),
        dupatta_color("black"),
        Q.sleeve_length("long sleeve"),
        title="Atsevam Black & Gold-Toned Embellished Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Black",
        gender=W,
    ),
    # photo: yellow organza saree with pink floral woven motifs, pink blouse; white backdrop. Base caption; QA
    # spans (the blouse's "pink" comes from the flowers, right by luck); garment type by the reference engine.
    case(
        "X1091-028",
        caption("a woman in a yellow saree with pink flowers on it"),
        worn("a yellow saree with pink flowers on it"),
        saree_color("yellow"),
        blouse_color("pink"),
        describe("saree", "yellow saree with pink flowers"),
        Q.garment_type("dress", "contradiction"),
        title="Mitera Yellow & Pink Floral Woven Design Organza Saree",
        category=SAREE,
        color="Yellow",
        gender=W,
    ),
    # photo: orange lehenga with a pink gota border, pink choli, pink dupatta held in her hand, gold earrings and a
    # maang tikka; white backdrop. Caption by the epoch-1 adapter (cut at the limit); QA spans.
    case(
        "X1091-029",
        caption(
            "a woman wearing an orange lehenga with a pink blouse and a pink dupatta. she is wearing a pair of gold "
            "earrings and a maang tikka on her forehead. she is holding the dupatta in her",
            "cut",
            hit_limit=True,
        ),
        worn("an orange lehenga with a pink blouse and a pink dupatta"),
        lehenga_color("orange"),
        choli_color("orange", "other_garment_color"),
        dupatta_color("orange", "other_garment_color"),
        title="Mirchi Fashion Orange & Pink Gota Patti Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Orange",
        gender=W,
    ),
    # photo: white georgette saree with a black abstract print, black blouse, black oxidised jhumkas and necklace,
    # left hand on the hip; white wall behind. Caption by the epoch-1 adapter ("he"); QA spans; pattern and color
    # by the reference engine.
    case(
        "X1091-030",
        caption(
            "a woman wearing a white saree with black print and a black blouse. he is wearing a pair of black earrings "
            "and a black necklace. he is standing in front of a white wall with his left hand on his",
            "pronoun",
            hit_limit=True,
        ),
        worn("a white saree with black print and a black blouse"),
        saree_color("white"),
        blouse_color("black"),
        describe("saree", "he is standing in front of a white wall", "pronoun"),
        Q.pattern("printed"),
        Q.color("black", "contradiction"),
        title="Saree mall White & Black Abstract Printed Georgette Saree",
        category=SAREE,
        color="White",
        gender=W,
    ),
    # photo: rust-orange lehenga with gold embroidery, rust choli, off-white dupatta; studio set with a brown wooden
    # door behind. Base caption; QA spans.
    case(
        "X1091-031",
        caption("a woman in an orange lehenga standing in front of a wooden door"),
        worn("an orange lehenga"),
        lehenga_color("orange"),
        choli_color("orange"),
        dupatta_color("orange", "other_garment_color"),
        details("lehenga", "lehenga", "non_answer"),
        title="Bollywood Vogue Rust Orange Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Rust",
        gender=W,
    ),
    # photo: beige tissue saree with a gold embroidered border, beige blouse; white backdrop. Caption by the epoch-1
    # adapter (all leaked QA format); QA spans; color by the reference engine.
    case(
        "X1091-032",
        caption(
            "Question: what is the woman wearing? Answer: a saree. Question: what is the color of the saree? Answer: "
            "gold. Question: what is the color of the saree? Answer: gold. Question",
            "leak",
            hit_limit=True,
        ),
        worn("a saree"),
        saree_color("what is the color of the saree?", "restated"),
        blouse_color("gold", "contradiction"),
        details("saree", "Answer: a saree. Question", "leak"),
        Q.color("beige"),
        title="Chhabra 555 Beige & Gold-Toned Embroidered Tissue Saree",
        category=SAREE,
        color="Beige",
        gender=W,
    ),
    # photo: fuchsia lehenga with a royal-blue border, royal-blue choli, blue dupatta with a pink border, gold
    # kundan choker (no pearls); white backdrop. Base caption (invents pearls); QA spans; garment type by the
    # reference engine. The feed row has no color.
    case(
        "X1091-033",
        caption("a woman in a pink and blue lehenga with a pearl necklace", "unsupported"),
        worn("a pink and blue lehenga with a pearl necklace", "unsupported"),
        lehenga_color("pink and blue"),
        choli_color("pink", "other_garment_color"),
        dupatta_color("pink and blue"),
        Q.garment_type("lehenga"),
        title="Ethnovog Pink & Blue Embroidered Lehenga Choli",
        category=LEHENGA,
        gender=W,
    ),
    # photo: plain orange chiffon saree, blouse with a black-and-white abstract print (no stripes); white backdrop.
    # Base caption (calls the print striped); QA spans; pattern by the reference engine.
    case(
        "X1091-034",
        caption("a woman in an orange saree and a black and white striped blouse", "unsupported"),
        worn("an orange saree and a black and white striped blouse", "unsupported"),
        saree_color("orange"),
        blouse_color("black and white"),
        Q.pattern("solid"),
        title="Anouk Orange Solid Chiffon Saree with Printed Blouse",
        category=SAREE,
        color="Orange",
        gender=W,
    ),
    # photo: gold shimmer lehenga, gold choli, cream net dupatta; white backdrop. Base caption; QA spans; yes/no by
    # the reference engine.
    case(
        "X1091-035",
        caption("a woman in a gold lehenga and a white dupatta"),
        worn("a gold lehenga and a white dupatta"),
        lehenga_color("gold"),
        choli_color("white", "other_garment_color"),
        dupatta_color("white"),
        is_a("saree", "yes", "contradiction"),
        title="Inddus Gold-Toned & Cream Embellished Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Gold",
        gender=W,
    ),
    # photo: red georgette saree with an embroidered gold border, red short-sleeve blouse, model holding the pallu;
    # white backdrop. Caption by the epoch-1 adapter ("his", "he", cut at the limit); QA spans.
    case(
        "X1091-036",
        caption(
            "a woman in a red saree with a gold border. his saree is made of georgette fabric and has a gold border. "
            "he is wearing a red blouse with short sleeves and a pair of",
            "pronoun",
            hit_limit=True,
        ),
        worn("a red saree with a gold border"),
        saree_color("red"),
        blouse_color("red"),
        material("georgette"),
        describe("saree", "his saree is made of georgette fabric", "pronoun"),
        title="Saree mall Red Georgette Saree with Embroidered Border",
        category=SAREE,
        color="Red",
        gender=W,
    ),
    # photo: sea-green lehenga with silver embroidery, sea-green choli, white net dupatta; white backdrop. Base
    # caption (calls it blue); QA spans copy the hue; color by the reference engine.
    case(
        "X1091-037",
        caption("a woman in a blue lehenga with silver embroidery", "contradiction"),
        worn("a blue lehenga with silver embroidery", "contradiction"),
        lehenga_color("blue", "contradiction"),
        choli_color("blue", "contradiction"),
        dupatta_color("", "non_answer"),
        Q.color("green"),
        title="Fabcartz Sea Green Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Sea Green",
        gender=W,
    ),
    # photo: light-pink poly-georgette saree with a blue-and-green floral print and a plain pink border, pink
    # blouse, small earrings; white backdrop. Caption by the epoch-1 adapter ("chiffon", cut at the limit); QA
    # spans; pattern by the reference engine.
    case(
        "X1091-038",
        caption(
            "a woman in a pink saree with floral print and a pink blouse. she is wearing a pair of earrings. the saree "
            "is made of chiffon and has a pink border. the blouse has",
            "unsupported",
            hit_limit=True,
        ),
        worn("a pink saree with floral print and a pink blouse"),
        saree_color("pink"),
        blouse_color("pink"),
        material("chiffon", "unsupported"),
        details("saree", "floral print"),
        Q.pattern("striped", "contradiction"),
        title="KALINI Pink Floral Printed Poly Georgette Saree",
        category=SAREE,
        color="Pink",
        gender=W,
    ),
    # photo: magenta-pink silk lehenga with gold zari, magenta choli, green dupatta; white backdrop. Caption by the
    # epoch-1 adapter (leaks the QA format); QA spans.
    case(
        "X1091-039",
        caption(
            "a woman in a pink lehenga with a green dupatta. Question: what is the color of the dupatta? Answer: "
            "green. Question: what is the color of the lehenga? Answer: pink. Question",
            "leak",
            hit_limit=True,
        ),
        worn("a pink lehenga with a green dupatta"),
        lehenga_color("pink"),
        choli_color("green", "other_garment_color"),
        dupatta_color("green"),
        details("lehenga", "Question: what is the color of the dupatta? Answer: green", "leak"),
        title="Mitera Magenta & Gold Embroidered Silk Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Magenta",
        gender=W,
    ),
    # photo: royal-blue patola silk saree with a multicoloured geometric weave, red blouse; white backdrop. Caption
    # by the epoch-1 adapter (loops on "the color of..."); QA spans; pattern by the reference engine.
    case(
        "X1091-040",
        caption(
            "a woman wearing a blue saree with a red blouse. the color of the saree is blue and the color of the "
            "blouse is red and the color of the blouse is red and the color of the",
            "loop",
            hit_limit=True,
        ),
        worn("a blue saree with a red blouse"),
        saree_color("blue"),
        blouse_color("the color of the blouse is red", "restated"),
        details(
            "saree",
            "the color of the saree is blue and the color of the blouse is red and the color of the blouse is red",
            "loop",
        ),
        Q.pattern("geometric"),
        title="Mitera Blue & Red Woven Design Patola Silk Saree",
        category=SAREE,
        color="Blue",
        gender=W,
    ),
    # photo: red net lehenga with gold gota patti, red choli, red dupatta; model seated on the floor with the
    # lehenga spread around her; white backdrop. Base caption ("silk"); QA spans; garment type by the reference
    # engine.
    case(
        "X1091-041",
        caption("a woman in a red silk lehenga sitting on the floor", "unsupported"),
        worn("a red silk lehenga", "unsupported"),
        lehenga_color("red"),
        choli_color("red"),
        dupatta_color("red"),
        details("lehenga", "sitting on the floor", "non_answer"),
        material("silk", "unsupported"),
        Q.garment_type("saree", "contradiction"),
        title="Zeel Clothing Red Embroidered Net Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Red",
        gender=W,
    ),
    # photo: coffee-brown saree with a cream paisley print, cream blouse, no belt; white backdrop. Base caption
    # (invents a gold belt); QA spans; pattern by the reference engine.
    case(
        "X1091-042",
        caption("a woman in a brown saree with a white blouse and a gold belt", "unsupported"),
        worn("a brown saree with a white blouse and a gold belt", "unsupported"),
        saree_color("brown"),
        blouse_color("brown", "other_garment_color"),
        Q.pattern("printed"),
        title="Saree mall Coffee Brown Paisley Printed Saree",
        category=SAREE,
        color="Coffee Brown",
        gender=W,
    ),
    # photo: patchwork lehenga in red, green, yellow and blue with mirror work, black choli, red dupatta, silver
    # oxidised earrings and necklace; white backdrop. Caption by the epoch-1 adapter (cut at the limit); QA spans.
    case(
        "X1091-043",
        caption(
            "a woman in a colorful lehenga with a black blouse and a red dupatta. she is wearing a pair of silver "
            "earrings and a silver necklace. the lehenga has a patchwork design with mirror work and",
            "cut",
            hit_limit=True,
        ),
        worn("a colorful lehenga with a black blouse and a red dupatta"),
        lehenga_color("colorful"),
        choli_color("colorful", "other_garment_color"),
        dupatta_color("red"),
        details("lehenga", "a patchwork design with mirror work and", "cut"),
        title="Fusionic Multicoloured Patchwork Lehenga with Choli & Dupatta",
        category=LEHENGA,
        color="Multi",
        gender=W,
    ),
    # photo: lime-green net saree with scattered sequins, pink blouse; white backdrop. Base caption (calls it
    # yellow); QA spans; color by the reference engine.
    case(
        "X1091-044",
        caption("a woman in a yellow saree with a pink blouse", "contradiction"),
        worn("a yellow saree with a pink blouse", "contradiction"),
        saree_color("yellow", "contradiction"),
        blouse_color("pink"),
        Q.color("green"),
        title="Shaily Lime Green Embellished Net Saree",
        category=SAREE,
        color="Lime Green",
        gender=W,
    ),
    # photo: beige lehenga with pink floral embroidery, pink choli, beige dupatta; white backdrop. Caption by the
    # epoch-1 adapter (loops on "the lehenga details"); QA spans.
    case(
        "X1091-045",
        caption(
            "a woman wearing a beige lehenga with a pink blouse and a beige dupatta. the lehenga details are the "
            "details of the lehenga. the lehenga details are the details of the",
            "loop",
            hit_limit=True,
        ),
        worn("a beige lehenga with a pink blouse and a beige dupatta"),
        lehenga_color("beige"),
        choli_color("pink"),
        dupatta_color("pink", "other_garment_color"),
        details("lehenga", "the lehenga details are the details of the lehenga", "restated"),
        title="Inddus Beige & Pink Embroidered Lehenga Choli with Dupatta",
        category=LEHENGA,
        color="Beige",
        gender=W,
    ),
    # photo: no model: a sea-green art-silk saree folded flat with a silver zari border, the matching sea-green
    # blouse piece laid on top; white background. Base caption; QA spans; yes/no by the reference engine.
    case(
        "X1091-046",
        caption("a green and silver silk saree folded on a white background"),
        describe("saree", "green and silver silk saree"),
        saree_color("green and silver"),
        blouse_color("green and silver"),
        material("silk"),
        is_a("saree", "yes"),
        title="Mimosa Sea Green Woven Design Art Silk Saree",
        category=SAREE,
        color="Sea Green",
        gender=W,
    ),
]
