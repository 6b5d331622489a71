"""BLIND_1613 (45 products; Myntra ethnic skirts, lehengas, sharara sets): written blind in the sixty-sixth session.
Measured blind at 5d4d43a (the session's fifth rules): 45/71 failures found (63.4%) and 16/194 correct texts flagged
(8.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's ethnic wear: 17 lehenga cholis (article type "Lehenga Choli"), 16 kurta sets with
a sharara or gharara ("Kurta Sets") and 12 ethnic skirts ("Skirts"). Catalog shots: a model on a plain backdrop,
mostly front views, a few back views, a cropped shot or two, one flat lay of a lehenga set and one of a skirt, props
now and then (a bench, a stool, a cane chair, a potli bag, a straw bag, a potted plant, a marigold garland). The
feed's columns are title, category (article type), color (base colour) and gender; one row has no base colour, one
no article type, two no gender.
Who wrote what: every text is base Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is the
unconditional caption (50 new tokens at most); the questions use `Question: ... Answer:`, greedy, 30 new tokens at
most, free generation (color questions stored open). The questionnaire depends on the article type and the pieces
named in the title: lehengas get a color question per piece (lehenga, blouse, dupatta when the title has one), "Is
this a lehenga?" and "What is the woman wearing?"; kurta sets get kurta / sharara (or gharara) / dupatta colors, the
garment type and the pattern; skirts get the skirt's color, the garment's color, the pattern, "Is this a skirt?" and
the material. The base model stops on the newline, so loops and answers cut at the limit are rare here; most
failures are colors given to the wrong piece of a multi-piece set and lehengas or sharara sets called sarees.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A color that belongs to
another piece in the same photo (the blouse's color given to the dupatta, the white top's color given to "the
garment" of a skirt listing) is other_garment_color; a color on no piece at all (a plant behind her, the potli bag,
brown for olive, blue for lavender) is contradiction. Near hues are accepted: navy and teal as blue, maroon and
burgundy as red, mustard as yellow, lavender as purple, rust as orange, off white as white, magenta as pink, "red
and white" for a red skirt with white dots. A lehenga or sharara set called a saree or sari, a sharara set called a
lehenga, "no" to "Is this a lehenga/skirt?" when it is one, and "a dress" as the answer to the garment-type question
are contradiction; "dress", "outfit", "salwar suit", "salwar kameez" and "pants" for the sharara are tolerated as loose
words in captions and wearing answers. A color given as the pattern, material or garment type, a pattern given as
the garment type, "a scarf" as the dupatta's color and "nothing" for the flat lay's wearing question are non_answer;
"sharara" and "the pattern of the garment" (the question's words back) are restated. Materials: correct when they
match the title or the fabric I imagined; a wrong guess where the title names no material is unsupported; so is
"at a wedding" for a studio shot. A leaked second question is labeled leak even when the leaked answer is right.
hit_limit only where the text ran to 50 (caption) or 30 (answer) new tokens. "a skirt" to "Is this a skirt?" counts
as yes. Stylistic words (bride-like styling, "twirling", "posing") are not marked.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
garment_type = BLIND_QUESTIONS.garment_type
garment_color = BLIND_QUESTIONS.color
material = BLIND_QUESTIONS.material


def piece(garment, text, failure=None, hit_limit=False):
    """Per-piece color question, free generation."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


def woman(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="the woman", hit_limit=hit_limit)


BLIND_1613 = [
    # ---------------------------------------------------------------- lehenga cholis
    # Truth: front view, grey backdrop; maroon velvet lehenga with gold zari, maroon blouse, gold-beige net dupatta over
    # one shoulder. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-001",
        caption("a woman in a maroon lehenga posing for a photo"),
        piece("lehenga", "maroon"),
        piece("blouse", "maroon"),
        piece("dupatta", "maroon", "other_garment_color"),
        is_a("lehenga", "yes"),
        woman("a maroon saree", "contradiction"),
        gender="Women",
        title="Women Embroidered Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Truth: front view, model holding the dupatta out; mustard cotton lehenga with small floral block print, mustard
    # blouse, pink dupatta with gota border. All texts: base BLIP-2 zero-shot (blouse and dupatta colors swapped).
    case(
        "X1613-002",
        caption("a woman in a yellow and pink lehenga"),
        piece("lehenga", "yellow"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        is_a("lehenga", "yes"),
        woman("yellow lehenga"),
        gender="Women",
        title="Women Printed Cotton Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Truth: model twirling, white backdrop; navy lehenga with multicolour thread and mirror work, navy blouse, cream
    # dupatta with a gold border. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-003",
        caption("a woman in a blue and white lehenga twirling"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        piece("dupatta", "blue", "other_garment_color"),
        is_a("lehenga", "yes"),
        woman("a blue and white saree", "contradiction"),
        gender="Women",
        title="Embroidered Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Truth: front view, bridal styling; pastel pink lehenga with silver sequins, pale pink blouse, pink net dupatta
    # worn over the head. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-004",
        caption("a woman in a pink saree with a veil", "contradiction"),
        piece("lehenga", "pink"),
        piece("blouse", "pink"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        woman("a pink lehenga"),
        gender="Women",
        title="Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Truth: model seated on a wooden bench, hands on her lap, hair in a bun, gold necklace and earrings; bottle green
    # silk lehenga with a gold woven border, gold brocade blouse, green dupatta over the shoulder. All texts: base
    # BLIP-2 zero-shot; the caption ran to 50 tokens.
    case(
        "X1613-005",
        caption(
            "a woman in a green lehenga sitting on a wooden bench with her hands on her lap and her dupatta draped over"
            " her shoulder and her hair in a bun with a gold necklace and a pair of gold earrings and a gold",
            "cut",
            hit_limit=True,
        ),
        piece("lehenga", "green"),
        piece("blouse", "green", "other_garment_color"),
        piece("dupatta", "green"),
        is_a("lehenga", "yes"),
        woman("green and gold lehenga"),
        gender="Women",
        title="Women Green & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Truth: front view; white lehenga with a large pink and green floral print, solid pink sleeveless blouse, no
    # dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-006",
        caption("a woman in a white floral lehenga and pink top"),
        piece("lehenga", "white"),
        piece("blouse", "white", "other_garment_color"),
        is_a("lehenga", "yes"),
        woman("a floral print lehenga"),
        gender="Women",
        title="Floral Printed Lehenga & Blouse",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Truth: back view, model facing away, dupatta across her back; red lehenga with gold foil print, red blouse, red
    # dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-007",
        caption("the back of a woman in a red saree", "contradiction"),
        piece("lehenga", "red"),
        piece("blouse", "red"),
        piece("dupatta", "red"),
        is_a("lehenga", "yes"),
        woman("a red sari", "contradiction"),
        gender="Women",
        title="Ready to Wear Foil Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Truth: front view, model holding a gold potli bag; peach lehenga with sequins, peach blouse, peach dupatta. All
    # texts: base BLIP-2 zero-shot (the dupatta answer took the bag's gold).
    case(
        "X1613-008",
        caption("a woman in a peach lehenga holding a gold purse"),
        piece("lehenga", "peach"),
        piece("blouse", "peach"),
        piece("dupatta", "gold", "contradiction"),
        is_a("lehenga", "yes"),
        woman("a peach lehenga and a gold clutch"),
        gender="Women",
        title="Women Peach-Coloured Embellished Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Truth: front view; mustard lehenga with red bandhani dots, red blouse, red dupatta with mustard bandhani. All
    # texts: base BLIP-2 zero-shot (one color for every piece).
    case(
        "X1613-009",
        caption("a woman in a yellow and red outfit"),
        piece("lehenga", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        piece("dupatta", "yellow", "other_garment_color"),
        is_a("lehenga", "no", "contradiction"),
        woman("a yellow and red lehenga"),
        gender="Women",
        title="Bandhani Printed Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Truth: pastel studio with a large potted plant beside the model; lavender organza lehenga with thread work,
    # lavender blouse, lavender dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-010",
        caption("a woman in a purple lehenga standing next to a plant"),
        piece("lehenga", "blue", "contradiction"),
        piece("blouse", "green", "contradiction"),
        piece("dupatta", "purple"),
        is_a("lehenga", "yes"),
        woman("a purple lehenga"),
        gender="Women",
        title="Women Lavender Embroidered Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Truth: white wall; black georgette lehenga with silver sequins, black blouse, black dupatta with a sequinned
    # border over her left shoulder. All texts: base BLIP-2 zero-shot; the wearing answer ran to 30 tokens.
    case(
        "X1613-011",
        caption("a woman in a black lehenga with silver sequins"),
        piece("lehenga", "black"),
        piece("blouse", "black"),
        piece("dupatta", "black"),
        is_a("lehenga", "yes"),
        woman(
            "she is wearing a black lehenga choli with silver sequin work on the skirt, the blouse and the border of"
            " the dupatta, which is draped over",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Black Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Truth: cropped at the shoulders, face out of frame; teal lehenga with a white geometric print, teal printed
    # blouse with white piping, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-012",
        caption("a person wearing a blue skirt and top"),
        piece("lehenga", "blue"),
        piece("blouse", "blue"),
        is_a("lehenga", "no", "contradiction"),
        woman("he is wearing a blue skirt", "pronoun"),
        gender="Women",
        title="Printed Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Truth: front view; rani pink lehenga, orange blouse, orange dupatta with a pink border. No base colour in the
    # feed. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-013",
        caption("a woman in a pink and orange saree", "contradiction"),
        piece("lehenga", "pink"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "orange"),
        is_a("lehenga", "yes"),
        woman("a pink and orange lehenga choli"),
        gender="Women",
        title="Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
    # Truth: marigold garland hanging behind; ivory lehenga with gold zari stripes, gold blouse, ivory dupatta. All
    # texts: base BLIP-2 zero-shot; the wearing answer looped to 30 tokens.
    case(
        "X1613-014",
        caption("a woman in a white and gold lehenga standing in front of flowers"),
        piece("lehenga", "white"),
        piece("blouse", "white", "other_garment_color"),
        piece("dupatta", "white"),
        is_a("lehenga", "yes"),
        woman(
            "a white and gold lehenga with a white and gold dupatta and a white and gold blouse and a white and gold"
            " dupatta and a white and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Women Off White & Gold-Toned Zari Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Truth: flat lay on a white surface, no model; sea green solid lehenga spread out, silver embroidered blouse on
    # top, sea green dupatta folded beside. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-015",
        caption("a green skirt and a silver top on a white background"),
        piece("lehenga", "green"),
        piece("blouse", "silver"),
        piece("dupatta", "green"),
        is_a("lehenga", "no", "contradiction"),
        woman("nothing", "non_answer"),
        gender="Women",
        title="Solid Flared Lehenga with Embroidered Blouse & Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Truth: front view; rust lehenga with gold foil print, rust blouse, beige dupatta with a rust print. All texts:
    # base BLIP-2 zero-shot.
    case(
        "X1613-016",
        caption("a woman in an orange saree and a white scarf", "contradiction"),
        piece("lehenga", "orange"),
        piece("blouse", "orange"),
        piece("dupatta", "orange", "other_garment_color"),
        is_a("lehenga", "yes"),
        woman("an orange saree", "contradiction"),
        gender="Women",
        title="Women Rust Printed Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Rust",
    ),
    # Truth: model holding a blush pink net dupatta spread behind her; burgundy lehenga, burgundy blouse. All texts:
    # base BLIP-2 zero-shot (the wearing answer came back with the prompt's "Answer:").
    case(
        "X1613-017",
        caption("a woman in a red lehenga with a pink dupatta"),
        piece("lehenga", "red"),
        piece("blouse", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        is_a("lehenga", "yes"),
        woman("Answer: a red lehenga", "leak"),
        gender="Women",
        title="Embellished Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # ---------------------------------------------------------------- kurta sets with sharara / gharara
    # Truth: front view; white kurta with a blue floral print, white sharara with a blue printed border, solid blue
    # dupatta. All texts: base BLIP-2 zero-shot (sharara and dupatta colors swapped).
    case(
        "X1613-018",
        caption("a woman in a white and blue outfit"),
        piece("kurta", "white"),
        piece("sharara", "blue", "other_garment_color"),
        piece("dupatta", "white", "other_garment_color"),
        garment_type("kurta"),
        pattern("floral"),
        gender="Women",
        title="Women Floral Printed Regular Kurta with Sharara & With Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # Truth: front view; olive green kurta with gold yoke embroidery, olive sharara, cream dupatta. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1613-019",
        caption("a woman in a green salwar kameez"),
        piece("kurta", "green"),
        piece("sharara", "sharara", "restated"),
        piece("dupatta", "green", "other_garment_color"),
        garment_type("salwar kameez"),
        pattern("solid"),
        gender="Women",
        title="Women Yoke Design Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # Truth: hand on hip, plain backdrop; baby pink short kurta with white chikankari, pink sharara, no dupatta. All
    # texts: base BLIP-2 zero-shot.
    case(
        "X1613-020",
        caption("a woman in a pink top and pants"),
        piece("kurta", "pink"),
        piece("sharara", "white", "other_garment_color"),
        garment_type("lehenga", "contradiction"),
        pattern("embroidered"),
        gender="Women",
        title="Embroidered Chikankari Kurta with Sharara",
        category="Kurta Sets",
        color="Pink",
    ),
    # Truth: white backdrop; black kurta with mirror work, black sharara, black dupatta with a mirror border. All
    # texts: base BLIP-2 zero-shot.
    case(
        "X1613-021",
        caption("a woman in a black outfit with mirror work"),
        piece("kurta", "black"),
        piece("sharara", "black"),
        piece("dupatta", "black"),
        garment_type("kurta"),
        pattern("mirror work"),
        gender="Women",
        title="Women Mirror Work Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Black",
    ),
    # Truth: front view, jhumkas; mustard kurta with a white print, white sharara with a mustard print, mustard
    # dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-022",
        caption("a woman in a yellow kurta and white pants"),
        piece("kurta", "yellow"),
        piece("sharara", "yellow", "other_garment_color"),
        piece("dupatta", "yellow"),
        garment_type("a dress", "contradiction"),
        pattern("printed"),
        gender="Women",
        title="Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
    ),
    # Truth: front view; powder blue kurta with silver gota, powder blue gharara gathered at the knee, white organza
    # dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-023",
        caption("a woman in a light blue dress and white scarf"),
        piece("kurta", "blue"),
        piece("gharara", "white", "other_garment_color"),
        piece("dupatta", "white"),
        garment_type("a dress", "contradiction"),
        pattern("embroidery"),
        gender="Women",
        title="Embroidered Gotta Patti Kurta with Gharara & Dupatta",
        category="Kurta Sets",
        color="Blue",
    ),
    # Truth: front view; red and white vertically striped kurta, solid red sharara, no dupatta. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1613-024",
        caption("a woman in a red and white striped top and red pants"),
        piece("kurta", "red and white"),
        piece("sharara", "red and white", "other_garment_color"),
        garment_type("kurta"),
        pattern("stripes"),
        gender="Women",
        title="Women Striped Kurta with Sharara",
        category="Kurta Sets",
        color="Red",
    ),
    # Truth: studio, model seated on a cane chair; maroon kurta with gold buti motifs, maroon sharara, mustard
    # dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-025",
        caption("a woman sitting on a chair wearing a red outfit at a wedding", "unsupported"),
        piece("kurta", "maroon"),
        piece("sharara", "maroon"),
        piece("dupatta", "yellow"),
        garment_type("saree", "contradiction"),
        pattern("printed"),
        gender="Women",
        title="Women Ethnic Motifs Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Truth: front view; peach kurta with floral embroidery at the neckline, peach sharara, peach dupatta with a lace
    # border. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-026",
        caption("a woman in a peach salwar suit"),
        piece("kurta", "peach"),
        piece("sharara", "peach"),
        piece("dupatta", "peach"),
        garment_type("salwar kameez"),
        pattern("floral"),
        gender="Women",
        title="Floral Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Peach",
    ),
    # Truth: front view; magenta bandhani kurta, magenta sharara, yellow dupatta with a magenta border. All texts:
    # base BLIP-2 zero-shot.
    case(
        "X1613-027",
        caption("a woman in a pink and yellow saree", "contradiction"),
        piece("kurta", "pink"),
        piece("sharara", "yellow", "other_garment_color"),
        piece("dupatta", "pink and yellow"),
        garment_type("salwar kameez"),
        pattern("polka dots"),
        gender="Women",
        title="Women Bandhani Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Magenta",
    ),
    # Truth: model with a short bob; grey short kurta with silver sequins, grey sharara, grey dupatta. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1613-028",
        caption("a man in a grey kurta and pants", "pronoun"),
        piece("kurta", "gray"),
        piece("sharara", "gray"),
        piece("dupatta", "a scarf", "non_answer"),
        garment_type("kurta"),
        pattern("sequins"),
        gender="Women",
        title="Embroidered Sequinned Short Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Grey",
    ),
    # Truth: back view, model facing away; indigo kurta with white dabu floral print, white sharara with an indigo
    # print, no dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-029",
        caption("the back of a woman wearing a blue and white outfit"),
        piece("kurta", "blue"),
        piece("sharara", "white"),
        garment_type("kurta"),
        pattern("floral"),
        title="Women Cotton Dabu Printed Kurta with Sharara",
        category="Kurta Sets",
        color="Navy Blue",
    ),
    # Truth: front view; lime green kurta with gota patti, lime green sharara, pink dupatta. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1613-030",
        caption("a woman in a green kurta and pink dupatta"),
        piece("kurta", "green"),
        piece("sharara", "green"),
        piece("dupatta", "pink"),
        garment_type("lehenga", "contradiction"),
        pattern("green", "non_answer"),
        gender="Women",
        title="Women Gotta Patti Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
    ),
    # Truth: front view; purple and white shibori kurta, solid purple sharara, plain white dupatta with a thin purple
    # border. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-031",
        caption("a woman in a purple and white tie dye outfit"),
        piece("kurta", "purple"),
        piece("sharara", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        garment_type("tie dye", "non_answer"),
        pattern("tie dye"),
        gender="Women",
        title="Women Tie & Dye Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Purple",
    ),
    # Truth: model holding the dupatta open; off-white chikankari kurta, off-white sharara, pink and green phulkari
    # dupatta. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-032",
        caption("a woman in a white kurta with a colorful scarf"),
        piece("kurta", "white"),
        piece("sharara", "white"),
        piece("dupatta", "white", "other_garment_color"),
        garment_type("white", "non_answer"),
        pattern("embroidered"),
        gender="Women",
        title="Women Chikankari Kurta with Sharara & Phulkari Dupatta",
        category="Kurta Sets",
        color="Off White",
    ),
    # Truth: front view; orange kurta and sharara with a floral print, green dupatta. All texts: base BLIP-2
    # zero-shot (the dupatta answer ran on into a made-up next question).
    case(
        "X1613-033",
        caption("a woman in an orange floral kurta set"),
        piece("kurta", "orange"),
        piece("sharara", "orange"),
        piece("dupatta", "green Question: What is the color of the sharara? Answer: orange", "leak"),
        garment_type("lehenga", "contradiction"),
        pattern("floral"),
        title="Women Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Orange",
    ),
    # ---------------------------------------------------------------- ethnic skirts
    # Truth: front view; navy cotton maxi skirt with a white floral block print, worn with a white crop top. All
    # texts: base BLIP-2 zero-shot.
    case(
        "X1613-034",
        caption("a woman in a blue floral skirt and white top"),
        piece("skirt", "blue"),
        garment_color("white", "other_garment_color"),
        pattern("floral"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Women Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Truth: model holding a straw bag; black cotton flared skirt with multicolour thread and mirror embroidery, worn
    # with a tucked-in white shirt. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-035",
        caption("a woman in a black skirt with colorful embroidery holding a straw bag"),
        piece("skirt", "black"),
        garment_color("white", "other_garment_color"),
        pattern("embroidered"),
        is_a("skirt", "yes"),
        material("silk", "unsupported"),
        gender="Women",
        title="Women Embroidered Mirror Work Flared Skirt",
        category="Skirts",
        color="Black",
    ),
    # Truth: back view; solid mustard tiered cotton maxi skirt, worn with a black top. All texts: base BLIP-2
    # zero-shot.
    case(
        "X1613-036",
        caption("a woman in a yellow skirt and black top"),
        piece("skirt", "yellow"),
        garment_color("black", "other_garment_color"),
        pattern("solid"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Women Solid Cotton Tiered Maxi Skirt",
        category="Skirts",
        color="Mustard",
    ),
    # Truth: front view; red cotton midi skirt with white bandhani dots, worn with a white t-shirt. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1613-037",
        caption("a woman wearing a red skirt with white polka dots"),
        piece("skirt", "red"),
        garment_color("red and white"),
        pattern("polka dot"),
        is_a("skirt", "yes"),
        material("polyester", "unsupported"),
        gender="Women",
        title="Women Bandhani Printed Flared Midi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Truth: model twirling; emerald satin flared skirt with a gold gota border, worn with a gold sequinned top. All
    # texts: base BLIP-2 zero-shot.
    case(
        "X1613-038",
        caption("a woman in a green skirt spinning around"),
        piece("skirt", "green"),
        garment_color("gold", "other_garment_color"),
        pattern("solid"),
        is_a("skirt", "no", "contradiction"),
        material("satin"),
        gender="Women",
        title="Women Solid Satin Flared Lehenga Skirt",
        category="Skirts",
        color="Green",
    ),
    # Truth: flat lay on a wooden floor, no model; white cotton A-line midi skirt with a blue floral print. All texts:
    # base BLIP-2 zero-shot.
    case(
        "X1613-039",
        caption("a white skirt with blue flowers on a wooden floor"),
        piece("skirt", "white"),
        garment_color("white"),
        pattern("floral"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Women Printed A-Line Midi Skirt",
        category="Skirts",
        color="White",
    ),
    # Truth: front view; cotton patchwork maxi skirt of red, blue, yellow and green block prints, worn with a black
    # crop top. All texts: base BLIP-2 zero-shot; the skirt's color looped to 30 tokens.
    case(
        "X1613-040",
        caption("a woman in a colorful patchwork skirt"),
        piece(
            "skirt",
            "red, blue, yellow, green, orange, purple, pink, black, white, brown, red, blue, yellow, green, orange",
            "loop",
            hit_limit=True,
        ),
        garment_color("black", "other_garment_color"),
        pattern("patchwork"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Women Cotton Patchwork Flared Maxi Skirt",
        category="Skirts",
        color="Multi",
    ),
    # Truth: beige backdrop; gold sequinned flared skirt on a net base, worn with a black blouse. All texts: base
    # BLIP-2 zero-shot.
    case(
        "X1613-041",
        caption("a woman in a gold skirt and black top"),
        piece("skirt", "gold"),
        garment_color("gold"),
        pattern("sequins"),
        is_a("skirt", "yes"),
        material("gold", "non_answer"),
        gender="Women",
        title="Women Sequinned Embellished Lehenga Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Truth: model seated on a wooden stool; indigo and white cotton ikat wrap midi skirt, white top tucked in. All
    # texts: base BLIP-2 zero-shot.
    case(
        "X1613-042",
        caption("a woman sitting on a stool wearing a blue and white skirt"),
        piece("skirt", "blue and white"),
        garment_color("blue and white"),
        pattern("geometric"),
        is_a("skirt", "yes"),
        material("denim", "unsupported"),
        gender="Women",
        title="Women Ikat Printed Wrap Midi Skirt",
        category="Skirts",
        color="Blue",
    ),
    # Truth: waist-down shot, only the skirt and gold juttis in frame; pink cotton tiered skirt with small white
    # flowers. No article type in the feed. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-043",
        caption("a pink skirt with white flowers"),
        piece("skirt", "pink"),
        garment_color("pink"),
        pattern("floral"),
        is_a("skirt", "yes"),
        material("cotton"),
        gender="Women",
        title="Women Floral Printed Cotton Tiered Flared Skirt",
        color="Pink",
    ),
    # Truth: grey backdrop; maroon velvet A-line skirt with a gold zari border, worn with a cream blouse. All texts:
    # base BLIP-2 zero-shot.
    case(
        "X1613-044",
        caption("a woman in a maroon skirt and white blouse"),
        piece("skirt", "maroon"),
        garment_color("white", "other_garment_color"),
        pattern("solid"),
        is_a("skirt", "yes"),
        material("velvet"),
        gender="Women",
        title="Women Embroidered Velvet Ethnic Skirt",
        category="Skirts",
        color="Maroon",
    ),
    # Truth: model with a hand in the skirt's pocket; olive green cotton kalidar maxi skirt with a rust floral print,
    # worn with a rust top. All texts: base BLIP-2 zero-shot.
    case(
        "X1613-045",
        caption("a woman in a green skirt and orange top with her hand in her pocket"),
        piece("skirt", "brown", "contradiction"),
        garment_color("green"),
        pattern("the pattern of the garment", "restated"),
        is_a("skirt", "a skirt"),
        material("the skirt is made of cotton"),
        gender="Women",
        title="Women Printed Cotton Kalidar Maxi Skirt",
        category="Skirts",
        color="Olive",
    ),
]
