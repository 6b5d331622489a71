"""BLIND_172 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, with is_a and
color_of questions): written blind in the twenty-second session. Measured blind at 0424240: 120/141 failures found
(85.1%) and 11/145 correct texts flagged (7.6%). The writer's notes, verbatim:

Blind corpus 172: BLIP-2 OPT-2.7b outputs on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' untuned base model and their fine-tuned LoRA adapters re-run on a Myntra-style
    catalog of women's ethnic wear: kurtas, kurtis, kurta sets, sarees, lehenga cholis, anarkali gowns, palazzos and
    dupattas, shot on models, on mannequins and as flat or folded packshots. Each product has a caption and the
    answers to enrich's default questionnaire (DEFAULT_QUESTIONS) or to the closed questions of BLIND_QUESTIONS,
    plus a few "Is this a ...?" (is_a) and "What is the color of the ...?" (color_of) questions, and in a few cases
    the experiments' own phrasings ("What is she wearing?", "Describe the kurti."). The seller's marketplace columns
    (gender, article type as category, base colour as color, product title as title) are passed to case(); a few
    products lack one or more of them (seller colour, title or gender missing).

Which system wrote which text (named per text in the comment above each case)
    - base: Salesforce/blip2-opt-2.7b, untuned, 8-bit, greedy, `Question: ... Answer:` prompts, stops on newline.
      Short answers, usually right; fails by giving one colour to every garment, by naming a wall, floor or sky
      colour, by the wrong pronoun, by invented details (pockets, zips, belts, a woman in a packshot), by empty or
      evasive answers, by echoing the question, and by loops on "details" questions.
    - cap1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1). DeepFashion template
      captions that still keep a hue word; never stops, so it runs to the limit or loops the template.
    - cap3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3). Pure DeepFashion template (no hue
      names, "patterns" for colour), returned for every prompt, cut at 50 (caption) or 30 (answer) new tokens.
    - vqa: leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter). In-shop garment classes (dress, blouse, skirt, pants),
      vendor colour names (Burgundy, Navy, Lilac, Taupe, Black-silver), DeepFashion pattern words ("pure color",
      "graphic"), yes/no loops, and prompt leaks: it learned to write `Question: ... Answer:` (unmasked labels).

How it was written
    Blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the Case/Text layout and the
    makers). I opened nothing else of the project and never saw the audits; the only thing run was an import check
    of this file. Every photo is imagined and described in the comment above its case; every label is judged
    against that photo.

Label conventions and judgement calls
    - One label per text. When a text has several faults, the label is, in order of precedence: leak (any
      `Question:`/`Answer:` text in the output) > loop (a phrase repeated until the limit) > cut (stopped
      mid-phrase) > the content fault. So a cap3 template cut at the token limit is "cut" even though it also
      ignores the question, says "The lady" in a packshot or calls a kurta a "shirt".
    - cut: hit_limit=True when the text ran to the limit (50 new tokens for captions, 30 for answers); a few texts
      stop mid-phrase before the limit (hit_limit=False). Loops and leaks that ran to the limit carry hit_limit=True.
    - Near-colour synonyms are correct: mustard -> yellow, maroon/burgundy/wine -> red/maroon, off-white/cream ->
      white, teal -> green, peach/coral -> pink/orange, rust -> brown/orange, lavender -> lilac/purple, beige with
      gold work -> gold/taupe, mint -> light green, navy -> blue. A print answered by its colours ("blue and white",
      "multicolor") is correct.
    - A colour that belongs to another garment in the photo (palazzo, blouse, churidar, jeans, the kurta under a
      dupatta, a top worn with palazzos) given for the product or for the wrong garment is other_garment_color.
      A colour of the background (wall, floor, sky) or an outright wrong colour/garment/pattern/sleeve is
      contradiction.
    - Garment names: dupatta -> "scarf", lehenga -> "skirt" (VQA class), palazzo -> "pants", anarkali gown ->
      "dress" (seller article type Ethnic Dresses) are correct; a kurta answered "dress" or "blouse", a saree
      answered "dress", a dupatta listing answered "kurta" are contradiction. Short shirt-collar kurti called
      "shirt" in a caption is correct.
    - Backgrounds, mannequins, jewellery and accessories that are visible in the photo and named in a caption are
      correct; a person, necklace, belt, pocket, zip, drawstring or waistband that the photo does not show is
      unsupported. A material that cannot be (leather, denim on a georgette gown) is unsupported; a plausible
      material for the fabric seen (cotton, rayon, chiffon for georgette) is correct.
    - "What is the person wearing?" on a packshot is not asked except where the answer is a failure for another
      reason (a pronoun, a template).
    - non_answer: empty, "I don't know", "nothing", "none", "no", "it has a lot of details", a DeepFashion pattern
      word ("pure color") given for a material, or an answer that names the product without any of the asked
      details. restated: the question's own words back ("the garment is a garment", "the material of the garment").
    - pronoun: he/man/gentleman for a woman, a female mannequin or a women's listing (even a packshot).
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

BLIND_172: list[Case] = [
    # Photo: model on a white studio backdrop in a mustard-yellow straight kurta with a small white floral print and
    # three-quarter sleeves, over white palazzos; no dupatta. caption, wearing, color, description,
    # material, palazzo colour: base; details: cap3.
    case(
        "LIB-KS-1001",
        caption("a woman in a yellow kurta and white palazzo pants"),
        D.wearing("a yellow kurta and white palazzo pants"),
        D.color("yellow"),
        D.description("a yellow kurta with white flowers and white palazzo pants with a white dupatta", "unsupported"),
        D.details(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        D.material("unknown", "non_answer"),
        color_of("palazzo", "yellow", "other_garment_color"),
        gender="Women",
        category="Kurta Sets",
        color="Mustard",
        title="Libas Women Mustard Yellow Floral Printed Kurta with Palazzos",
    ),
    # Photo: model, grey backdrop, maroon straight calf-length kurta with an off-white ethnic-motif print, three-quarter
    # sleeves, worn over off-white leggings. caption: cap3; garment_type, color, sleeves: vqa; is_a,
    # leggings colour: base.
    case(
        "ANK-K-2002",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        B.color("Burgundy"),
        B.sleeve_length("Question: What is the sleeve length of the garment? Answer: medium-sleeve", "leak"),
        is_a("kurta", "yes"),
        color_of("leggings", "maroon", "other_garment_color"),
        gender="Women",
        category="Kurtas",
        color="Maroon",
        title="Anouk Women Maroon & Off-White Ethnic Motifs Printed Straight Kurta",
    ),
    # Photo: model in front of beige curtains in a red Banarasi silk saree with a wide gold zari border, worn with a
    # gold short-sleeved blouse. caption, color, details, blouse colour: base; description: cap1;
    # is_a: vqa.
    case(
        "MIT-SA-3003",
        caption("a woman in a red and gold saree standing in front of a curtain"),
        D.color("red"),
        D.description(
            "The lady wears a long dress. The dress is with silk fabric. The lady wears a long dress. The dress is "
            "with silk fabric. The lady",
            "loop",
            hit_limit=True,
        ),
        D.details("gold zari border"),
        color_of("blouse", "red", "other_garment_color"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Sarees",
        color="Red",
        title="Mitera Red & Gold-Toned Zari Woven Banarasi Saree",
    ),
    # Photo: model in a palace courtyard in a pink lehenga with gold embroidery on the skirt, matching pink
    # short-sleeved blouse, sheer pink dupatta with a gold border over one shoulder. caption, details,
    # dupatta colour: base; description: cap3; material, is_a: vqa.
    case(
        "KAL-LC-4004",
        caption("a woman in a pink lehenga posing in front of a palace"),
        D.description(
            "The lady wears a long skirt with solid color patterns. The skirt is with chiffon fabric. The lady wears "
            "a short-sleeve blouse. The",
            "cut",
            hit_limit=True,
        ),
        D.details("gold embroidery on the skirt and a matching dupatta"),
        D.material("pure color", "non_answer"),
        is_a("saree", "yes", "contradiction"),
        color_of("dupatta", "pink"),
        gender="Women",
        category="Lehenga Choli",
        color="Pink",
        title="Kalini Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # Photo: headless female mannequin on white in a green georgette anarkali gown, full sleeves, gold gota trim at
    # the hem and cuffs; no belt. caption, wearing, description, material: base; color, pattern,
    # details: vqa.
    case(
        "IND-ED-5005",
        caption("a green dress on a mannequin"),
        D.wearing("he is wearing a green dress", "pronoun"),
        D.color("Emerald"),
        D.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic "
            "graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        D.description("a long green dress with gold trim and a belt", "unsupported"),
        D.details("Question: What are the details of the garment? Answer: The details of the garment are", "leak"),
        D.material("chiffon"),
        gender="Women",
        category="Ethnic Dresses",
        color="Green",
        title="Inddus Green Georgette Gotta Patti Anarkali Maxi Ethnic Dress",
    ),
    # Photo: model in white flared palazzos and a black short-sleeved top that hangs over the waistband; plain grey
    # backdrop. The product is the palazzo. caption, wearing, color, description, details: base;
    # material: cap3.
    case(
        "W-PZ-6006",
        caption("a woman in a black top and white palazzo pants"),
        D.wearing("a black top and white pants"),
        D.color("black", "other_garment_color"),
        D.description("a pair of white palazzo pants"),
        D.details("elastic waistband with a drawstring", "unsupported"),
        D.material(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="White",
        title="W Women White Solid Flared Palazzos",
    ),
    # Photo: packshot, no person: a magenta bandhani dupatta (fine white tie-dye dots) laid flat on white, gold gota
    # border, tassels at the ends. caption, garment_type, color: base; description: cap3;
    # is_a, sleeves: vqa.
    case(
        "SOCH-DP-7007",
        caption("a pink scarf with gold trim on a white background"),
        D.garment_type("scarf"),
        D.color("pink"),
        D.description(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve "
            "long-sleeve long-",
            "loop",
            hit_limit=True,
        ),
        is_a("dupatta", "no", "contradiction"),
        gender="Women",
        category="Dupatta",
        color="Magenta",
        title="SOCH Magenta & Gold-Toned Bandhani Printed Dupatta with Gotta Patti",
    ),
    # Photo: model against a red brick wall in a navy-blue hip-length kurti with a white floral print and
    # three-quarter sleeves, worn with light-blue jeans. The experiments' own questions. caption: cap1; wearing,
    # colours, describe: base; details: cap3.
    case(
        "JK-KT-8008",
        caption(
            "The lady wears a navy blue medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long denim jeans. The jeans are with denim fabric and solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue top and jeans", who="she"),
        color_of("kurti", "blue"),
        color_of("jeans", "blue"),
        describe("kurti", "it is a kurti", "restated"),
        details(
            "kurti",
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with cotton fabric. The shirt is "
            "with cotton fabric. The shirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Navy Blue",
        title="Jaipur Kurti Women Navy Blue & White Floral Printed Straight Kurti",
    ),
    # Photo: model standing in front of a mustard-yellow wall in a teal A-line kurta, solid, with a small gold print
    # on the yoke, long sleeves, white pants. caption, wearing, color, description, material: base;
    # pattern: vqa.
    case(
        "BIB-K-9009",
        caption("a woman in a teal kurta standing in front of a yellow wall"),
        D.wearing("she is wearing a green kurta and white pants"),
        D.color("teal"),
        D.pattern("Question: What is the pattern of the garment? Answer: pure color", "leak"),
        D.description("a yellow kurta with a gold border", "contradiction"),
        D.material("the material is the material of the garment", "restated"),
        gender="Women",
        category="Kurtas",
        color="Teal",
        title="Biba Women Teal Green Yoke Design A-Line Kurta",
    ),
    # Photo: model on a plain grey backdrop in an off-white chikankari kurta (white thread embroidery), off-white
    # palazzos and a sheer off-white dupatta; long sleeves. caption: cap3; wearing, color, pattern, details,
    # description: base; sleeves: vqa.
    case(
        "AUR-KS-1010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing("he is wearing a white kurta and white pants", "pronoun"),
        D.color("white"),
        D.pattern("embroidered"),
        D.details(
            "white embroidery, white embroidery, white embroidery, white embroidery, white embroidery, white "
            "embroidery, white embroidery, white embroidery, white embroidery, white",
            "loop",
            hit_limit=True,
        ),
        D.description("a white kurta with white palazzo pants and a white dupatta"),
        D.sleeve_length(
            "Question: How long are the sleeves? Answer: long Question: What is the color of the garment? Answer: "
            "white Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurta Sets",
        color="Off White",
        title="Aurelia Women Off-White Chikankari Embroidered Kurta with Palazzos & Dupatta",
    ),
    # Photo: model in a garden in a navy georgette saree with a white floral print, worn with a plain pink
    # short-sleeved blouse. caption, color, pattern, sleeves, blouse colour: base;
    # details: cap1.
    case(
        "SM-SA-11011",
        caption("a woman in a blue saree with white flowers standing in a garden"),
        D.color("pink", "other_garment_color"),
        D.pattern("floral"),
        D.sleeve_length("long", "contradiction"),
        color_of("blouse", "pink"),
        D.details("The lady wears a short-sleeve blouse with floral patterns. The blouse is with chiffon", "cut"),
        gender="Women",
        category="Sarees",
        color="Navy Blue",
        title="Saree mall Navy Blue & White Floral Printed Georgette Saree",
    ),
    # Photo: packshot, no person: a black kurta with a gold foil print, folded on a grey surface, one long sleeve
    # showing. caption, color, details: base; wearing: cap3; material, is_a: vqa.
    case(
        "IE-K-12012",
        caption("a black and gold kurta folded on a grey surface"),
        D.color("black"),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details("a woman wearing a black kurta with gold print", "unsupported"),
        D.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton "
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender="Women",
        category="Kurtas",
        color="Black",
        title="Indo Era Women Black & Gold-Toned Foil Printed Straight Kurta",
    ),
    # Photo: model in a peach (pinkish-orange) flared anarkali kurta with gold embroidery on the yoke, three-quarter
    # sleeves, matching peach trousers and dupatta. caption, color, sleeves, description, material:
    # base; wearing: vqa; details: cap3.
    case(
        "VAR-KS-13013",
        caption("a woman in a pink anarkali dress with a dupatta"),
        D.color("peach"),
        D.wearing("Question: What is the person wearing? Answer: dress", "leak"),
        D.sleeve_length("the sleeves are the length of the sleeves", "restated"),
        D.description("a peach anarkali kurta with gold embroidery on the neckline, matching pants and a dupatta"),
        D.details(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress",
            "cut",
            hit_limit=True,
        ),
        D.material("leather", "unsupported"),
        gender="Women",
        category="Kurta Sets",
        color="Peach",
        title="Varanga Women Peach-Coloured Embroidered Anarkali Kurta with Trousers & Dupatta",
    ),
    # Photo: female mannequin on white in a navy-blue velvet lehenga with heavy gold embroidery, navy short-sleeved
    # blouse, red net dupatta over the shoulders. caption, colours, pattern: base; garment_type, color,
    # is_a: vqa.
    case(
        "MIT-LC-14014",
        caption("a blue and red lehenga on a mannequin"),
        B.garment_type("skirt"),
        B.color("Navy"),
        B.pattern("plain", "contradiction"),
        color_of("dupatta", "blue", "other_garment_color"),
        color_of("lehenga", "blue"),
        is_a("lehenga", "Question: Is this a lehenga? Answer: yes", "leak"),
        gender="Women",
        category="Lehenga Choli",
        color="Navy Blue",
        title="Mitera Navy Blue & Red Embroidered Velvet Lehenga Choli with Dupatta",
    ),
    # Photo: packshot, no person: olive-green wide-leg palazzos laid flat on white, a drawstring visible at the
    # waist. caption, color, wearing, details: base; description: cap3.
    case(
        "GSK-PZ-15015",
        caption("a pair of green pants on a white background"),
        D.color("olive"),
        D.wearing("he is wearing green pants", "pronoun"),
        D.details("drawstring at the waist"),
        D.description(
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and pure "
            "color patterns. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Palazzos",
        color="Olive",
        title="GoSriKi Women Olive Green Solid Wide Leg Palazzos",
    ),
    # Photo: model on white in an indigo block-printed kurta (blue ground, white geometric motifs), mandarin collar,
    # button placket, long sleeves, white churidar. caption, color, details: base; description,
    # wearing, garment_type: vqa.
    case(
        "FAB-K-16016",
        caption("a woman wearing a blue and white printed kurta"),
        D.color("blue and white"),
        D.details("mandarin collar and buttons down the front"),
        D.description(
            "The color of the garment is Indigo-white. Question: Describe the garment. Answer: The garment is a "
            "blouse. Question: What is the",
            "leak",
            hit_limit=True,
        ),
        D.wearing("blouse", "contradiction"),
        D.garment_type(
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Blue",
        title="Fabindia Women Indigo Blue & White Block Printed Cotton Straight Kurta",
    ),
    # Photo: female mannequin on white draped in a plain yellow saree with a thin red border and a yellow blouse; no
    # jewellery. caption: cap3; color, garment_type, details, material, description: base.
    case(
        "KAL-SA-17017",
        caption(
            "The lady wears a long dress with pure color patterns. The dress is with chiffon fabric. It has a v-shape "
            "neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.garment_type("saree"),
        D.details("red border"),
        D.material("", "non_answer"),
        D.description("a yellow saree with a red border and a gold necklace", "unsupported"),
        gender="Women",
        category="Sarees",
        color="Yellow",
        title="Kalini Yellow Solid Saree with Contrast Border",
    ),
    # Photo: model on white in a rust (reddish brown-orange) kurta with three-quarter sleeves and beige straight
    # trousers. Seller colour missing. caption, color, wearing, colours, sleeves, description: base; details: vqa.
    case(
        "RNG-KS-18018",
        caption("a woman in an orange kurta and beige pants"),
        D.color("brown"),
        D.wearing("an orange kurta and beige pants"),
        color_of("pants", "orange", "other_garment_color"),
        color_of("kurta", "orange"),
        D.sleeve_length("sleeveless", "contradiction"),
        D.description(
            "a woman wearing an orange kurta with beige pants and a pair of sandals with a beige dupatta on her "
            "shoulder and a pair of",
            "cut",
            hit_limit=True,
        ),
        D.details("The details of the garment are the details of the garment.", "restated"),
        gender="Women",
        category="Kurta Sets",
        title="Rangriti Women Rust Solid Kurta with Trousers",
    ),
    # Photo: model in a white short-sleeved cotton kurti with blue thread embroidery round the neckline, blue jeans,
    # sunglasses pushed up on her head. caption, color, details, wearing: base; description: cap1;
    # material: vqa.
    case(
        "JUN-KT-19019",
        caption("a woman wearing a white top and jeans with sunglasses on her head"),
        D.color("white"),
        D.description(
            "The lady wears a white short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("blue embroidery on the neckline"),
        D.wearing("a man in a white shirt and jeans", "pronoun"),
        D.material("pure color", "non_answer"),
        gender="Women",
        category="Kurtis",
        color="White",
        title="Juniper Women White Embroidered Cotton Kurti",
    ),
    # Photo: model in a plain black kurta and black leggings with a cream chiffon dupatta with a gold border draped
    # over both shoulders. The product is the dupatta. All texts: base.
    case(
        "SNG-DP-20020",
        caption("a woman in a black kurta with a white dupatta"),
        D.garment_type("kurta", "contradiction"),
        D.color("black", "other_garment_color"),
        color_of("dupatta", "white"),
        D.description(
            "a woman wearing a black kurta with a cream dupatta with a gold border draped over her shoulders and black "
            "leggings and a pair of gold",
            "cut",
            hit_limit=True,
        ),
        is_a("dupatta", "yes"),
        gender="Women",
        category="Dupatta",
        color="Cream",
        title="Sangria Cream-Coloured Solid Chiffon Dupatta with Gotta Border",
    ),
    # Photo: headless mannequin on grey in a lavender solid straight kurta with three-quarter sleeves and a little
    # white embroidery at the hem. caption: cap3; color, garment_type: vqa; sleeves, kurta colour,
    # material: base.
    case(
        "AKS-K-21021",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is with cotton fabric. The dress is with cotton fabric. The dress is with "
            "cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        B.color("Lilac"),
        B.garment_type("blouse", "contradiction"),
        B.sleeve_length("three quarter"),
        color_of("kurta", "purple"),
        B.material("I don't know", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Lavender",
        title="AKS Women Lavender Solid Straight Kurta",
    ),
    # Photo: model in a garden (green trees behind) in a colour-block lehenga: yellow skirt with a small floral print,
    # pink short-sleeved blouse, pink dupatta. caption, colours, wearing, details: base; description: cap3.
    case(
        "KAL-LC-22022",
        caption("a woman in a yellow and pink lehenga standing in a garden"),
        color_of("lehenga", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        color_of("dupatta", "pink"),
        D.wearing("a yellow lehenga with a pink blouse and a pink dupatta"),
        D.description(
            "The lady wears a long skirt with floral patterns. The skirt is with cotton fabric. The lady wears a "
            "short-sleeve blouse. The blouse is",
            "cut",
            hit_limit=True,
        ),
        D.details("green leaves", "unsupported"),
        gender="Women",
        category="Lehenga Choli",
        color="Yellow",
        title="Kalini Yellow & Pink Printed Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # Photo: model on a dark studio backdrop in a black georgette anarkali gown covered in silver sequins, full
    # sleeves. caption, details, material: base; garment_type, color, wearing: vqa.
    case(
        "SOCH-ED-23023",
        caption("a woman in a black dress"),
        D.garment_type("dress"),
        D.color("Black-silver"),
        D.details(
            "sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, sequins, "
            "sequins, sequins, sequins, sequins",
            "loop",
            hit_limit=True,
        ),
        D.material("denim", "unsupported"),
        D.wearing(
            "Question: What cloth is the person wearing? Answer: dress Question: What is the color of the dress? "
            "Answer: Black Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        category="Ethnic Dresses",
        color="Black",
        title="Soch Black Sequinned Georgette Anarkali Ethnic Dress",
    ),
    # Photo: model on white in a sea-green printed kurta, long sleeves, white churidar, white dupatta over one
    # shoulder. caption: cap1; all the rest: base.
    case(
        "W-KS-24024",
        caption(
            "The lady wears a green long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.color("green"),
        D.wearing("a green kurta with white leggings and a white scarf"),
        color_of("churidar", "green", "other_garment_color"),
        color_of("dupatta", "white"),
        D.material("the material of the garment", "restated"),
        D.details("it has a lot of details", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Sea Green",
        title="W Women Sea Green Printed Kurta with Churidar & Dupatta",
    ),
    # Photo: packshot, no person: a purple silk saree folded on white, the gold zari border showing on the fold.
    # caption, garment_type, color, details, description: base; pattern: cap3; is_a: vqa.
    case(
        "MIT-SA-25025",
        caption("a purple and gold saree folded on a white background"),
        D.garment_type("saree"),
        D.color("purple"),
        D.pattern(
            "The lady wears a long dress with lattice patterns. The dress is with silk fabric. It has a v-shape "
            "neckline. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "gold border, gold border, gold border, gold border, gold border, gold border, gold border, gold border, "
            "gold border, gold border",
            "loop",
            hit_limit=True,
        ),
        D.description("a woman wearing a purple saree", "unsupported"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        category="Sarees",
        color="Purple",
        title="Mitera Purple & Gold-Toned Silk Blend Saree with Zari Border",
    ),
    # Photo: model in maroon flared palazzos with a white block print, worn with a plain white short kurti. The
    # product is the palazzo. caption, garment_type, color, wearing, description: base; details: vqa.
    case(
        "JK-PZ-26026",
        caption("a woman in a white top and red printed pants"),
        D.garment_type("pants"),
        D.color("white", "other_garment_color"),
        D.wearing("a white kurti and maroon palazzo pants"),
        D.description("a picture of a woman", "non_answer"),
        D.details("The garment is a pants. Question: What are the details of the garment? Answer:", "leak"),
        gender="Women",
        category="Palazzos",
        color="Maroon",
        title="Jaipur Kurti Women Maroon & White Printed Flared Palazzos",
    ),
    # Photo: model on a beige backdrop in a red kurta with mirror work on the yoke, long sleeves, and red palazzos
    # of the same red; no zip. caption: cap3; the rest: base.
    case(
        "LIB-K-27027",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has a "
            "stand neckline. The lady wears a long trousers. The trousers are with cotton fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.color("red"),
        color_of("palazzo", "red"),
        D.details("mirror work on the neckline"),
        D.description("a red kurta with mirror work and a zip at the back", "unsupported"),
        D.wearing("he is wearing a red kurta and red pants", "pronoun"),
        gender="Women",
        category="Kurtas",
        color="Red",
        title="Libas Women Red Yoke Design Mirror Work Kurta",
    ),
    # Photo: model in a knee-length grey and white striped shirt-style kurti with a collar, button placket and long
    # sleeves, blue jeans. Seller title missing. caption, pattern, color, sleeves, details, wearing: base;
    # description: cap1.
    case(
        "VSH-KT-28028",
        caption("a woman in a grey and white striped shirt"),
        D.pattern("striped"),
        D.color("grey"),
        D.sleeve_length("short", "contradiction"),
        D.details(
            "collar, buttons, sleeves, collar, buttons, sleeves, collar, buttons, sleeves, collar, buttons, sleeves, "
            "collar, buttons, sleeves, collar",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a grey long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "a woman in a grey and white striped shirt with a collar and buttons down the front and a pair of blue "
            "jeans and a pair of white",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtis",
        color="Grey",
    ),
    # Photo: packshot, no person: a phulkari dupatta on a hanger against a white wall, orange ground densely
    # embroidered with pink, green and yellow flowers. Seller gender missing. caption, garment_type, color, details,
    # description: base; wearing: cap3; material: vqa.
    case(
        "PHK-DP-29029",
        caption("a colorful scarf hanging on a wall"),
        D.garment_type("scarf"),
        D.color("multicolor"),
        D.details("flowers"),
        D.wearing(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.description("the garment is a garment", "restated"),
        D.material("cotton"),
        category="Dupatta",
        color="Multi",
        title="Phulkari Women Multicoloured Floral Embroidered Dupatta",
    ),
    # Photo: model on white in a pink floral-print kurta with matching pink floral trousers, three-quarter sleeves.
    # caption, colours, pattern, description, details: base; sleeves: vqa.
    case(
        "ANK-KS-30030",
        caption("a woman in a pink floral print kurta and pants"),
        color_of("kurta", "pink"),
        color_of("pants", "pink"),
        D.pattern("floral"),
        D.sleeve_length(
            "long long long long long long long long long long long long long long long long long long long long long "
            "long long long long long long long long long",
            "loop",
            hit_limit=True,
        ),
        D.description("a pink kurta with matching pants and", "cut"),
        D.details("nothing", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Pink",
        title="Anouk Women Pink Floral Printed Kurta with Trousers",
    ),
    # Photo: model on white in a green woven saree with a pink border and a pink short-sleeved blouse. caption,
    # color, blouse colour, description, material: base; wearing, garment_type: vqa.
    case(
        "SM-SA-31031",
        caption("a woman in a green saree with a pink border"),
        D.color("green"),
        color_of("blouse", "pink"),
        D.wearing("dress Question: What cloth is the person wearing? Answer: dress", "leak"),
        D.garment_type("dress", "contradiction"),
        D.description(
            "a green saree with a pink border and a pink blouse and a pink border and a pink blouse and a pink border "
            "and a",
            "loop",
            hit_limit=True,
        ),
        D.material("silk"),
        gender="Women",
        category="Sarees",
        color="Green",
        title="Saree mall Green & Pink Woven Design Saree",
    ),
    # Photo: mannequin on white in a beige lehenga covered in gold sequin work, a gold short-sleeved blouse and a
    # beige net dupatta. caption, sleeves, is_a, blouse colour, material: base; color, garment_type: vqa.
    case(
        "AUR-LC-32032",
        caption("a gold lehenga on a mannequin"),
        B.color("Taupe"),
        B.garment_type(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt "
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        is_a("lehenga", "yes"),
        color_of("blouse", "beige", "other_garment_color"),
        B.material("the garment is made of material", "restated"),
        gender="Women",
        category="Lehenga Choli",
        color="Beige",
        title="Aurelia Beige & Gold-Toned Embellished Lehenga Choli with Dupatta",
    ),
    # Photo: model in a royal-blue anarkali kurta with yellow and white flowers, long sleeves, white leggings. Seller
    # gender missing. caption, wearing, color, pattern, sleeves, details: base; description: cap3.
    case(
        "IE-AK-33033",
        caption("a woman wearing a blue floral anarkali kurta"),
        D.wearing("a man wearing a blue kurta", "pronoun"),
        D.color("blue"),
        D.pattern("floral"),
        D.sleeve_length("", "non_answer"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details("yellow and white flowers"),
        category="Kurtas",
        color="Blue",
        title="Indo Era Blue Floral Printed Anarkali Kurta",
    ),
    # Photo: model on white in a mint-green solid straight kurta with short sleeves and no pockets, worn with white
    # palazzos (sold separately). caption, color, kurta colour, description, details: base; is_a: vqa; material: cap3.
    case(
        "BIB-K-34034",
        caption("a woman in a light green kurta and white palazzo pants"),
        D.color("white", "other_garment_color"),
        is_a("kurta", "yes"),
        color_of("kurta", "mint"),
        D.description("a light green kurta with white palazzo pants"),
        D.details("pockets on the sides", "unsupported"),
        D.material(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        category="Kurtas",
        color="Green",
        title="Biba Women Mint Green Solid Straight Kurta",
    ),
    # Photo: mannequin on white in a black kurta with gold foil print, three-quarter sleeves, black trousers and a
    # black dupatta with a gold border. caption, color, pants colour, description, details, sleeves: base;
    # wearing: vqa.
    case(
        "SNG-KS-35035",
        caption("a black and gold outfit on a mannequin"),
        D.color("black"),
        color_of("pants", "black"),
        D.wearing(
            "Black-gold Black-gold Black-gold Black-gold Black-gold Black-gold Black-gold Black-gold Black-gold "
            "Black-gold",
            "loop",
            hit_limit=True,
        ),
        D.description("a black kurta with gold print, black pants and a black dupatta"),
        D.details("Answer: gold print", "leak"),
        D.sleeve_length("no", "non_answer"),
        gender="Women",
        category="Kurta Sets",
        color="Black",
        title="Sangria Women Black Foil Printed Kurta with Trousers & Dupatta",
    ),
    # Photo: model on white in solid black palazzos and a black short-sleeved top: all black. Seller title missing.
    # caption, color, wearing, details, material: base; pattern: vqa; description: cap3.
    case(
        "W-PZ-36036",
        caption("a woman in a black outfit"),
        D.color("black"),
        D.wearing("a man in a black shirt and black pants", "pronoun"),
        D.pattern("pure color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long pants. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black-",
            "loop",
            hit_limit=True,
        ),
        D.material("crepe"),
        gender="Women",
        category="Palazzos",
        color="Black",
    ),
    # Photo: model outdoors on a street in a yellow floral kurti (white flowers, green leaves), three-quarter sleeves,
    # blue jeans, white sneakers. caption: cap3; the rest: base.
    case(
        "GSK-KT-37037",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The "
            "shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long denim pants. The denim pants are with denim fabric and pure color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        D.color("yellow"),
        D.wearing("a yellow top and blue jeans"),
        color_of("jeans", "yellow", "other_garment_color"),
        D.details("white flowers and green leaves"),
        D.material("nothing", "non_answer"),
        gender="Women",
        category="Kurtis",
        color="Yellow",
        title="GoSriKi Women Yellow Floral Printed Kurti",
    ),
    # Photo: model on a beach under a blue sky in a solid orange georgette saree with an orange blouse. caption, color,
    # garment_type, wearing, material, details: base; description: cap1; pattern: vqa.
    case(
        "KAL-SA-38038",
        caption("a woman in an orange saree standing on the beach"),
        D.color("blue", "contradiction"),
        D.garment_type("saree"),
        D.wearing("an orange saree"),
        D.pattern("pure color Question: What is the color of the garment? Answer: Orange", "leak"),
        D.description(
            "The lady wears an orange long dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it is a saree", "non_answer"),
        gender="Women",
        category="Sarees",
        color="Orange",
        title="Kalini Orange Solid Georgette Saree",
    ),
    # Photo: packshot, no person: a white chikankari kurta (white thread embroidery, no pocket) laid flat on a brown
    # wooden floor, long sleeves spread out. All texts: base.
    case(
        "FAB-K-39039",
        caption("a white kurta laid out on a wooden floor"),
        D.color("brown", "contradiction"),
        D.pattern("embroidered"),
        D.details("none", "non_answer"),
        D.description("a white kurta with white embroidery and a pocket on the chest", "unsupported"),
        D.material("cotton"),
        gender="Women",
        category="Kurtas",
        color="White",
        title="Fabindia Women White Chikankari Embroidered Cotton Kurta",
    ),
    # Photo: model on a dark backdrop in a burgundy (wine) velvet kurta with gold embroidery round the neck, long
    # sleeves, matching trousers. caption, material, details, wearing, description: base; color, pattern: vqa.
    case(
        "SNG-KS-40040",
        caption("a woman in a maroon velvet kurta"),
        D.color("Wine"),
        D.material("velvet"),
        D.details("gold embroidery around the neck"),
        D.wearing("she is wearing a", "cut"),
        D.description("the garment is described as a garment", "restated"),
        D.pattern("Question: What is the pattern of the garment? Answer: solid Question: What is the", "leak"),
        gender="Women",
        category="Kurta Sets",
        color="Burgundy",
        title="Sangria Women Burgundy Embroidered Velvet Kurta with Trousers",
    ),
    # Photo: bride-style shoot: model in a red lehenga with heavy gold embroidery, red elbow-sleeved blouse, red
    # dupatta over her head, gold necklace and maang tikka. caption, color, details, description, sleeves: base;
    # wearing: cap3.
    case(
        "MIT-LC-41041",
        caption("a bride in a red lehenga with gold jewelry"),
        D.color("red"),
        D.wearing(
            "The lady wears a long skirt with floral patterns. The skirt is with silk fabric. There is an accessory on "
            "her neck. There is an accessory on her neck. There is",
            "loop",
            hit_limit=True,
        ),
        D.details("heavy gold embroidery"),
        D.description("a red lehenga with a blue blouse", "contradiction"),
        D.sleeve_length("elbow length"),
        gender="Women",
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red Embroidered Bridal Lehenga Choli with Dupatta",
    ),
    # Photo: model in a mustard-yellow anarkali kurta with an ethnic-motif print, long sleeves, and a mustard dupatta
    # with a red border. caption: cap1; color, sleeves, wearing, details, material: base; is_a: vqa.
    case(
        "VAR-AK-42042",
        caption(
            "The lady wears a yellow long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. The lady wears a yellow long-sleeve dress with graphic patterns. The dress is with "
            "cotton fabric. It has",
            "loop",
            hit_limit=True,
        ),
        D.color("mustard"),
        is_a("kurta", "yes"),
        is_a("saree", "no"),
        D.wearing("he is wearing a yellow dress", "pronoun"),
        D.details("red border on the dupatta and gold", "cut"),
        D.material("I am not sure", "non_answer"),
        gender="Women",
        category="Kurtas",
        color="Mustard",
        title="Varanga Women Mustard Yellow Ethnic Motifs Anarkali Kurta",
    ),
    # Photo: female mannequin on white in a plain white kurta with a pink sequinned net dupatta draped over both
    # shoulders. The product is the dupatta; seller colour missing. caption, colours, garment_type,
    # description: base; details: cap3.
    case(
        "IND-DP-43043",
        caption("a pink scarf draped over a white dress on a mannequin"),
        D.color("white", "other_garment_color"),
        color_of("dupatta", "pink"),
        D.garment_type("dupatta"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a",
            "cut",
            hit_limit=True,
        ),
        D.description(
            "a pink net dupatta with sequins and a pink net dupatta with sequins and a pink net dupatta with sequins "
            "and a pink",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        category="Dupatta",
        title="Inddus Pink Sequinned Net Dupatta",
    ),
    # Photo: model on white in a coral (orange-pink) solid sleeveless straight kurta with white trousers; no pocket,
    # no belt. caption, color, sleeves, wearing, details, pattern: base; description: cap3; material: vqa.
    case(
        "W-K-44044",
        caption("a woman in an orange kurta and white pants"),
        D.color("pink"),
        D.sleeve_length("sleeveless"),
        D.description(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is with cotton fabric. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        D.details("a pocket on the front and a belt", "unsupported"),
        D.pattern("striped", "contradiction"),
        D.material("Question: What material is the garment made of? Answer:", "leak"),
        gender="Women",
        category="Kurtas",
        color="Coral",
        title="W Women Coral Solid Straight Kurta",
    ),
]
