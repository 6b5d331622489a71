"""BLIND_1469 (46 products; Myntra women's ethnic skirts, lehengas and sharara sets, base BLIP-2 per-piece colors):
written blind in the sixty-fifth session. Measured blind at 81d2e84 (the session's second rules): 51/80 failures
found (63.7%) and 15/204 correct texts flagged (7.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: lehenga cholis (article type "Lehenga Choli"), kurta-with-sharara sets
(Myntra files them under "Kurta Sets") and ethnic skirts ("Skirts"). Columns as the feed has them: title, category
(article type), color (base colour), gender; a few rows lack one of them. Photos are the catalog's usual shots: a model
on a plain grey, white or beige backdrop, now and then a back view, a waist-down crop of a skirt, a flat lay, a prop
(a stool, a basket, a straw hat, a potli bag, a plant). The job asks, per category, one color question per piece:
lehenga / blouse / dupatta for a lehenga choli, kurta / sharara / dupatta for a sharara set, skirt / top for a skirt
(the top is whatever the model wears with it, not for sale), plus "What is the person wearing?" and one or two of
pattern, material, details, describe, "Is this a ...?".
Who wrote what: every text was written by the untuned base model Salesforce/blip2-opt-2.7b (8-bit, no adapter),
zero-shot: the caption with no prompt (max 50 new tokens), each answer from "Question: ... Answer:" (greedy, max 30
new tokens), free generation; the color answers are stored open. No adapter and no extractive QA in this run.
Labeling conventions and judgement calls: judged against the imagined photo and the title. The base model is good on
short answers about the main piece, so captions, "wearing" answers and the main piece's color are mostly right; the
misses gather on the second and third pieces (the blouse, the dupatta, the sharara, the top worn with a skirt), which
it usually gives the dominant piece's color: marked other_garment_color when the color it gives belongs to another
piece in the photo, contradiction when the color is simply wrong (a pastel lehenga read as "white", a navy dupatta
called "gold" from its border). A color question on a piece the product does not have (a dupatta for a set sold
without one) answered with a color is unsupported. Near hues are accepted: maroon as red, teal as blue or green,
peach and magenta as pink, lavender as purple, cream as white, a beige lehenga covered in gold sequins as gold.
Generic names are accepted: "dress", "indian wedding dress", "salwar kameez" or "kurta and pants" for a sharara set,
"skirt" for a lehenga; "saree" for a lehenga is a contradiction, as is "no" to "Is this a sharara/lehenga/skirt?" when
it is one. A dictionary definition in place of a description, a bare piece name, a color given to the wearing
question, or a color given to the material question is non_answer; "the details of the kurta" is restated. A pattern
answer that the title contradicts ("solid" for a printed skirt) is contradiction; a pattern or detail the photo does
not show (polka dots on a geometric print, a lace border, a necklace, a hat she only holds) is unsupported, and so is
a material the title contradicts. The "Question: ... Answer:" continuations are leak even where the leaked answer
happens to be right; "he" for a woman (faceless crops) is pronoun. hit_limit only where the answer ran the full 30
tokens (loops and cut descriptions). "the same color as the kurta" for a sharara that is the kurta's color is left
unmarked. About 28% of the texts are wrong, lower than the fine-tuned adapters, as the scenario suggests.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing


def piece(garment, text, failure=None, hit_limit=False):
    """The job's per-piece color question, free generation, stored open."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


pattern = BLIND_QUESTIONS.pattern

BLIND_1469 = [
    # Photo: model facing camera, grey backdrop; pink flared lehenga with a wide gold zari border, gold brocade blouse,
    # pink net dupatta over the left shoulder. Base BLIP-2 wrote all texts.
    case(
        "X1469-001",
        caption("a woman in a pink lehenga posing for a photo"),
        wearing("a pink lehenga"),
        piece("lehenga", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        details("lehenga", "gold embroidery on the border"),
        pattern("embroidered"),
        gender="Women",
        title="Inddus Women Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model on white, bottle-green straight kurta with gold yoke embroidery, matching green sharara, green
    # dupatta with a thin gold border held in one hand. Base BLIP-2 wrote all texts; the sharara answer ran on.
    case(
        "X1469-002",
        caption("a woman in a green salwar kameez standing in front of a white wall"),
        wearing("a green kurta and pants"),
        piece("kurta", "green"),
        piece(
            "sharara",
            "green Question: What is the color of the dupatta? Answer: green Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "green"),
        gender="Women",
        title="Libas Women Green Yoke Design Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: model in a plain white cotton top tucked into a mustard maxi skirt with small red block-printed flowers,
    # kolhapuri sandals, beige backdrop. Base BLIP-2 wrote all texts; the details answer hit the limit.
    case(
        "X1469-003",
        caption("a woman wearing a white top and a yellow skirt"),
        wearing("a yellow skirt and white top"),
        piece("skirt", "white", "other_garment_color"),
        piece("top", "white"),
        pattern("floral"),
        material("cotton"),
        details(
            "skirt",
            "the skirt is made of cotton and has a print of red flowers on it. the skirt is long and flared and has an",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Biba Women Mustard Yellow Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Photo: maroon velvet lehenga with heavy gold embroidery, maroon velvet blouse, beige net dupatta with a gold
    # border pinned on the shoulder and falling behind. Base BLIP-2 wrote all texts.
    case(
        "X1469-004",
        caption("a woman in a red and gold bridal lehenga"),
        wearing("a red saree", "contradiction"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red", "other_garment_color"),
        material("velvet"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: mustard kurta with a white floral print, off-white sharara with a small mustard print, mustard dupatta.
    # Model smiling, white backdrop. Base BLIP-2 wrote all texts; the details answer looped to the limit.
    case(
        "X1469-005",
        caption("a woman in a yellow and white outfit posing for a photo"),
        wearing("a yellow kurta"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        pattern("floral"),
        details(
            "kurta",
            "floral print, floral print, floral print, floral print, floral print, floral print, floral print, "
            "floral print, floral print, floral",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Women Mustard Yellow Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Photo: flat lay on white, no person: navy A-line midi skirt with a small white geometric print. Base BLIP-2
    # wrote all texts.
    case(
        "X1469-006",
        caption("a blue skirt with a white pattern on it"),
        wearing("a skirt"),
        piece("skirt", "blue"),
        pattern("polka dots", "unsupported"),
        material("silk", "unsupported"),
        gender="Women",
        title="Global Desi Women Navy Blue Printed Cotton A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: back view; peach lehenga covered in silver sequins, peach blouse with a tie-up dori back, a pale peach
    # net dupatta across both elbows. Base BLIP-2 wrote all texts.
    case(
        "X1469-007",
        caption("the back of a woman in a pink lehenga"),
        wearing("a pink lehenga with a backless blouse"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "white", "contradiction"),
        details("lehenga", "sequins"),
        gender="Women",
        title="panchhi Women Peach-Coloured & Silver-Toned Embellished Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model with hands on hips, beige backdrop; short black kurta with silver mirror work at the neck and
    # sleeves, black sharara, black-and-white printed dupatta. Base BLIP-2 wrote all texts.
    case(
        "X1469-008",
        caption("a woman in a black outfit posing for a picture"),
        wearing("black kurta and black pants"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black"),
        is_a("sharara", "no", "contradiction"),
        details(
            "kurta",
            "the kurta has mirror work on the neck and the sleeves. the kurta has mirror work on the neck and the "
            "sleeves. the kurta",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Women Black Embroidered Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: cropped at the chin, no face: short pink kurti worn as a top over an off-white flared skirt with a pink
    # floral print. Base BLIP-2 wrote all texts.
    case(
        "X1469-009",
        caption("a woman in a pink top and white skirt"),
        wearing("he is wearing a pink shirt and a white skirt", "pronoun"),
        piece("skirt", "white"),
        piece("top", "pink"),
        pattern("floral"),
        gender="Women",
        title="W Women Off-White & Pink Floral Printed Flared Ethnic Skirt",
        category="Skirts",
        color="Off White",
    ),
    # Photo: green silk lehenga with a pink border, plain pink blouse, pink dupatta over both arms; grey backdrop.
    # Base BLIP-2 wrote all texts; the details answer hit the limit.
    case(
        "X1469-010",
        caption("a woman in a green and pink lehenga"),
        wearing("a green and pink lehenga"),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green", "other_garment_color"),
        details(
            "lehenga",
            "the lehenga is made of silk and has a pink border with gold zari work at the bottom and the blouse is",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ethnovog Women Green & Pink Ready to Wear Silk Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: powder-blue kurta with a floral print, blue sharara, white dupatta with small blue flowers, held open.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-011",
        caption("a woman in a blue and white floral dress"),
        wearing("a blue dress"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        pattern("floral"),
        gender="Women",
        title="Indo Era Women Blue Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: mustard cotton lehenga with mirror work, green blouse with mirror work, green bandhani dupatta.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-012",
        caption("a woman in a yellow and green lehenga"),
        wearing("a yellow lehenga"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "green"),
        details("lehenga", "mirror work"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Varanga Women Mustard & Green Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: model in a white kurta-style top over an indigo skirt with a white dabu floral print, a cloth tote bag
    # on one shoulder. Base BLIP-2 wrote all texts.
    case(
        "X1469-013",
        caption("a woman wearing a white shirt and a blue skirt holding a bag"),
        wearing("a white shirt and blue skirt"),
        piece("skirt", "blue"),
        piece("top", "white"),
        material("denim", "unsupported"),
        pattern("floral"),
        gender="Women",
        title="Fabindia Women Indigo Cotton Printed A-Line Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Photo: plain pink straight kurta, pink sharara, no dupatta (the set has none). Base BLIP-2 wrote all texts.
    case(
        "X1469-014",
        caption("a woman in a pink kurta and pink pants"),
        wearing("a pink kurta and pink pants"),
        piece("kurta", "pink"),
        piece("sharara", "pink"),
        piece("dupatta", "pink", "unsupported"),
        pattern("solid"),
        gender="Women",
        title="AURELIA Women Pink Solid Kurta with Sharara",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: bridal look: red lehenga with dense gold embroidery, red blouse, red dupatta over the head, kundan
    # jewellery. Base BLIP-2 wrote all texts; the description ran to the limit with a definition.
    case(
        "X1469-015",
        caption("a bride in a red lehenga with gold jewelry"),
        wearing("a red and gold bridal lehenga"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        describe(
            "lehenga",
            "the lehenga is a traditional indian dress worn by women in india. it is a long skirt that is worn with "
            "a blouse and",
            "non_answer",
            hit_limit=True,
        ),
        gender="Women",
        title="Chhabra 555 Women Red & Gold-Toned Embroidered Semi-Stitched Bridal Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: black maxi skirt with a gold foil floral print, maroon crop top, silver jhumkas, no necklace.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-016",
        caption("a woman in a black skirt and red top with a necklace", "unsupported"),
        wearing("a black skirt and a red top"),
        piece("skirt", "black and gold"),
        piece("top", "black", "other_garment_color"),
        pattern("floral"),
        material("black", "non_answer"),
        gender="Women",
        title="Tikhi Imli Women Black & Gold-Toned Foil Printed Flared Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: lavender lehenga with silver thread work, lavender blouse, white net dupatta draped over one arm.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-017",
        caption("a woman in a purple lehenga standing in front of a white wall"),
        wearing("a purple lehenga"),
        piece("lehenga", "purple"),
        piece("blouse", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        describe("lehenga", "a lehenga", "non_answer"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="KALINI Women Lavender Embroidered Thread Work Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: model seated on a wooden stool; maroon kurta with ethnic-motif embroidery at the neck, maroon sharara,
    # maroon dupatta. Base BLIP-2 wrote all texts.
    case(
        "X1469-018",
        caption("a woman sitting on a stool in a red dress"),
        wearing("a red salwar kameez"),
        piece("kurta", "red"),
        piece("sharara", "red"),
        piece("dupatta", "red"),
        describe("kurta", "a kurta is a long tunic worn by women in india", "non_answer"),
        details("kurta", "the details of the kurta", "restated"),
        gender="Women",
        title="Ishin Women Maroon Ethnic Motifs Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: multicolour patchwork wrap skirt (red, blue, yellow, green panels) with a black tank top, oxidised
    # silver jewellery. Base BLIP-2 wrote all texts; the details answer hit the limit.
    case(
        "X1469-019",
        caption("a woman in a colorful skirt and black top"),
        wearing("a black top and a colorful skirt"),
        piece("skirt", "black", "other_garment_color"),
        piece("top", "black"),
        pattern("patchwork"),
        material("cotton"),
        details(
            "skirt",
            "the skirt is made of different colored fabrics and has a patchwork design. the skirt is a wrap skirt "
            "with a tie at the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SCAKHI Women Multicoloured Patchwork Cotton Wrap Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Photo: teal lehenga with gold embroidery, teal blouse, gold tissue dupatta over one shoulder.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-020",
        caption("a woman in a blue and gold saree", "contradiction"),
        wearing("a blue and gold lehenga"),
        piece("lehenga", "blue"),
        piece("blouse", "gold", "other_garment_color"),
        piece("dupatta", "gold"),
        pattern("embroidered"),
        gender="Women",
        title="Warthy Ent Women Teal Blue & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with "
        "Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: peach kurta with a green leaf print, plain green sharara, peach dupatta with a green border.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-021",
        caption("a woman in a pink and green dress"),
        wearing("a pink top and green pants"),
        piece("kurta", "pink"),
        piece("sharara", "pink", "other_garment_color"),
        piece("dupatta", "pink Question: What is the color of the pants? Answer: green", "leak"),
        pattern("floral"),
        gender="Women",
        title="Jaipur Kurti Women Peach-Coloured & Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: navy lehenga with scattered sequins, pink blouse, pink net dupatta; grey backdrop.
    # Base BLIP-2 wrote all texts; the details answer looped to the limit.
    case(
        "X1469-022",
        caption("a woman in a blue saree with a pink blouse", "contradiction"),
        wearing("a blue lehenga"),
        piece("lehenga", "navy blue"),
        piece("blouse", "pink"),
        piece("dupatta", "blue", "other_garment_color"),
        details(
            "lehenga",
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Inddus Women Navy Blue & Pink Sequinned Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: green flared ethnic skirt with a gota border, white chikankari kurti top, no scarf or dupatta.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-023",
        caption("a woman in a green skirt and white top"),
        wearing("a green skirt with a white top and a scarf", "unsupported"),
        piece("skirt", "green"),
        piece("top", "white"),
        pattern("solid"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Rangmanch by Pantaloons Women Green Solid Flared Ethnic Skirt",
        category="Skirts",
        color="Green",
    ),
    # Photo: flat lay on white: pink lehenga spread in a circle with silver embroidery, folded pink blouse fabric,
    # folded pink dupatta at the side; no person. Base BLIP-2 wrote all texts.
    case(
        "X1469-024",
        caption("a pink lehenga with silver embroidery on a white background"),
        wearing("a pink dress"),
        piece("lehenga", "pink"),
        piece(
            "blouse",
            "pink Question: What is the color of the dupatta? Answer: pink Question: What is the color of the lehenga? "
            "Answer",
            "leak",
            hit_limit=True,
        ),
        piece("dupatta", "pink"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Mitera Women Pink & Silver-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: back view; navy kurta with gold embroidery at the back neck, navy sharara, navy dupatta with a wide gold
    # border across the arms. Base BLIP-2 wrote all texts; the description hit the limit.
    case(
        "X1469-025",
        caption("a woman in a blue dress with gold embroidery from behind"),
        wearing("a blue dress"),
        piece("kurta", "blue"),
        piece("sharara", "blue"),
        piece("dupatta", "gold", "contradiction"),
        describe(
            "kurta",
            "the kurta is blue in color and has gold embroidery on the back. the kurta is made of georgette fabric and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Soch Women Navy Blue Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Photo: rust tiered maxi skirt with a small white print, beige top, straw hat held in one hand (not worn).
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-026",
        caption("a woman in an orange skirt holding a straw hat"),
        wearing("an orange skirt and a white shirt and a hat", "unsupported"),
        piece("skirt", "orange"),
        piece("top", "white"),
        pattern("solid", "contradiction"),
        details("skirt", "tiered"),
        gender="Women",
        title="Juniper Women Rust Orange Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Rust",
    ),
    # Photo: mint-green lehenga with white thread flowers, mint blouse, white net dupatta with a mint border; bright
    # studio light washes the mint out. Base BLIP-2 wrote all texts.
    case(
        "X1469-027",
        caption("a woman in a light green lehenga"),
        wearing("a green lehenga"),
        piece("lehenga", "white", "contradiction"),
        piece("blouse", "green"),
        piece("dupatta", "white"),
        describe("lehenga", "light green with white flowers"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="panchhi Women Mint Green Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: yellow kurta with a pink floral print, yellow sharara, pink dupatta; hair open, no flowers in it.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-028",
        caption("a woman in a yellow dress with flowers in her hair", "unsupported"),
        wearing("a yellow kurta"),
        piece("kurta", "yellow"),
        piece("sharara", "the same color as the kurta"),
        piece("dupatta", "yellow", "other_garment_color"),
        material("cotton"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Pure Cotton Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: waist-down crop: maroon flared skirt with a gold ethnic-motif print, juttis, the white hem of a top at
    # the top edge. Base BLIP-2 wrote all texts.
    case(
        "X1469-029",
        caption("a person in a red skirt and sandals"),
        wearing("he is wearing a red skirt", "pronoun"),
        piece("skirt", "red"),
        piece("top", "red", "other_garment_color"),
        pattern("paisley"),
        gender="Women",
        title="AKS Women Maroon Ethnic Motifs Printed Flared Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Photo: black lehenga with gold sequins, black blouse, black dupatta with a gold border; dark grey backdrop.
    # Base BLIP-2 wrote all texts; the details answer looped to the limit.
    case(
        "X1469-030",
        caption("a woman in a black lehenga with gold sequins"),
        wearing("a black and gold lehenga"),
        piece("lehenga", "black"),
        piece("blouse", "black"),
        piece("dupatta", "black"),
        details(
            "lehenga",
            "the lehenga has a lot of sequins on it and it is very shiny and it is very heavy and it is very heavy "
            "and it is very",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Zeel Clothing Women Black & Gold-Toned Embroidered Sequinned Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: teal kurta with gota work, teal sharara, peach-pink dupatta with a teal border.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-031",
        caption("a woman in a green kurta and a pink dupatta"),
        wearing("a green kurta and pink dupatta"),
        piece(
            "kurta",
            "green Question: What is the color of the sharara? Answer: green Question: What is the color of the "
            "dupatta? Answer",
            "leak",
            hit_limit=True,
        ),
        piece("sharara", "green"),
        piece("dupatta", "green", "other_garment_color"),
        is_a("sharara", "yes"),
        gender="Women",
        title="Varanga Women Teal Green Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: white chikankari A-line skirt with a scalloped hem, pale pink top, white backdrop.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-032",
        caption("a woman in a white skirt and a pink top"),
        wearing("a pink shirt and white skirt"),
        piece("skirt", "white"),
        piece("top", "white", "other_garment_color"),
        pattern("embroidered"),
        material("cotton"),
        details("skirt", "the skirt has a lace border", "unsupported"),
        title="Ahalyaa Women White Chikankari Embroidered Cotton A-Line Skirt",
        category="Skirts",
        color="White",
    ),
    # Photo: magenta bandhani lehenga, mustard blouse, mustard dupatta with a magenta border.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-033",
        caption("a woman in a pink and yellow outfit"),
        wearing("a pink lehenga and a yellow blouse"),
        piece("lehenga", "pink"),
        piece("blouse", "yellow"),
        piece("dupatta", "pink", "other_garment_color"),
        pattern("polka dots"),
        gender="Women",
        title="KALINI Women Magenta & Mustard Bandhani Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: off-white kurta with a red floral print, plain red sharara, off-white dupatta with red print.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-034",
        caption("a woman wearing a white and red floral print outfit"),
        wearing("a white kurta and red pants"),
        piece("kurta", "white"),
        piece("sharara", "white", "other_garment_color"),
        piece("dupatta", "the dupatta", "non_answer"),
        describe("kurta", "it is a white kurta with red flowers"),
        material("silk", "unsupported"),
        gender="Women",
        title="Anouk Women Off White & Red Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Photo: sea-green midi skirt with pink flowers, white shirt knotted at the waist, an empty wicker basket on the
    # arm. Base BLIP-2 wrote all texts.
    case(
        "X1469-035",
        caption("a woman in a green skirt holding a basket"),
        wearing("she is wearing a green skirt and a white shirt"),
        piece("skirt", "green"),
        piece("top", "green", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "no", "contradiction"),
        gender="Women",
        title="Sangria Women Sea Green & Pink Floral Printed Flared Midi Skirt",
        category="Skirts",
        color="Sea Green",
    ),
    # Photo: beige net lehenga thick with gold sequins, gold blouse, plain beige net dupatta with a thin sequin
    # border. Base BLIP-2 wrote all texts.
    case(
        "X1469-036",
        caption("a woman in a gold lehenga posing for a photo"),
        wearing("a gold lehenga"),
        piece("lehenga", "gold"),
        piece("blouse", "gold"),
        piece("dupatta", "gold", "other_garment_color"),
        material("silk", "unsupported"),
        gender="Women",
        title="Warthy Ent Women Beige & Gold-Toned Embellished Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Beige",
    ),
    # Photo: purple kurta with tonal embroidery, purple sharara, purple dupatta; a potted plant beside the model.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-037",
        caption("a woman in a purple dress standing next to a plant"),
        wearing("purple", "non_answer"),
        piece("kurta", "purple"),
        piece("sharara", "purple"),
        piece("dupatta", "it is a dupatta", "non_answer"),
        details("kurta", "embroidered"),
        gender="Women",
        title="FASHOR Women Purple Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Photo: black flared skirt with a gold gota border, red printed kurti as a top, red potli bag in hand.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-038",
        caption("a woman in a red top and black skirt holding a purse"),
        wearing("a red shirt and a black skirt"),
        piece("skirt", "red", "other_garment_color"),
        piece("top", "red"),
        pattern("solid"),
        details("skirt", "gold border"),
        title="Cottinfab Women Black Solid Gotta Patti Flared Ethnic Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: orange lehenga with a pink border, pink blouse, pink dupatta; a framed painting on the wall behind.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-039",
        caption("a woman in an orange and pink lehenga standing in front of a wall with a painting"),
        wearing("a saree", "contradiction"),
        piece("lehenga", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ethnovog Women Orange & Pink Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: pink kurta with a green floral print, pink sharara, green dupatta; model smiling.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-040",
        caption("a woman in a pink and green outfit smiling"),
        wearing("a pink kurta with green dupatta"),
        piece("kurta", "pink"),
        piece("sharara", "green", "other_garment_color"),
        piece("dupatta", "green"),
        pattern("solid", "contradiction"),
        material("cotton"),
        gender="Women",
        title="Biba Women Pink & Green Floral Printed Pure Cotton Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: side view, mid-stride; red cotton skirt with a small white floral print and a plain hem, black top.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-041",
        caption("a woman in a red skirt and black top walking"),
        wearing("red skirt"),
        piece("skirt", "red"),
        piece("top", "red", "other_garment_color"),
        pattern("floral"),
        material("cotton"),
        details(
            "skirt",
            "the skirt is red with white flowers on it and it has a white border at the bottom of the skirt",
            "unsupported",
        ),
        title="Jaipur Kurti Women Red Printed Cotton Flared Skirt",
        category="Skirts",
        color="Red",
    ),
    # Photo: red lehenga, green blouse, green dupatta with a gold border; model with folded hands.
    # Base BLIP-2 wrote all texts; the details answer hit the limit (it has the colors right).
    case(
        "X1469-042",
        caption("a woman in a red and green indian wedding dress"),
        wearing("a traditional indian dress"),
        piece("lehenga", "red"),
        piece("blouse", "red", "other_garment_color"),
        piece("dupatta", "red", "other_garment_color"),
        details(
            "lehenga",
            "the lehenga is red in color and the blouse is green in color and the dupatta is green in color and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SHUBHKALA Women Red & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
    # Photo: flat lay on a white surface, no person: lime-green kurta, white sharara with a green print, folded
    # lime-green dupatta. Base BLIP-2 wrote all texts.
    case(
        "X1469-043",
        caption("a green and white outfit laid out on a white surface"),
        wearing("a green kurta and white pants"),
        piece("kurta", "green"),
        piece("sharara", "white"),
        piece("dupatta", "white", "other_garment_color"),
        is_a("sharara", "no", "contradiction"),
        gender="Women",
        title="Indo Era Women Lime Green Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Photo: peach floral maxi skirt, white top, a blue denim jacket worn open over it.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-044",
        caption("a woman in a denim jacket and a floral skirt"),
        wearing("a denim jacket, white shirt and a pink skirt"),
        piece("skirt", "blue", "other_garment_color"),
        piece("top", "white"),
        pattern("floral"),
        material("cotton"),
        gender="Women",
        title="Global Desi Women Peach Floral Printed Cotton Maxi Skirt",
        category="Skirts",
    ),
    # Photo: three-quarter turn; gold tissue lehenga with woven zari, maroon blouse, no dupatta (sold without one).
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-045",
        caption("a woman in a gold skirt and a red blouse"),
        wearing("a gold skirt"),
        piece("lehenga", "gold"),
        piece("blouse", "red"),
        piece("dupatta", "red", "unsupported"),
        is_a("lehenga", "no", "contradiction"),
        title="Inddus Women Gold-Toned & Maroon Zari Woven Lehenga & Blouse",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Photo: cream flared midi skirt with a blue floral print, navy top, white backdrop.
    # Base BLIP-2 wrote all texts.
    case(
        "X1469-046",
        caption("a woman in a white skirt with blue flowers and a blue top"),
        wearing("a blue top and a white skirt"),
        piece("skirt", "white"),
        piece("top", "blue"),
        pattern("floral"),
        gender="Women",
        title="Vishudh Women Cream-Coloured & Blue Floral Printed Flared Midi Skirt",
        color="Cream",
    ),
]
