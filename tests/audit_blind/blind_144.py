"""BLIND_144 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, in their own
questionnaire): written blind in the twenty-first session. Measured blind at 424a701: 122/140 failures found (87.1%)
and 20/145 correct texts flagged (13.8%). The writer's notes, verbatim:

Blind corpus 144: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' models, re-run on a Myntra-style catalog of women's ethnic wear: kurtas, kurta sets,
    anarkalis, sarees, lehenga cholis, dupattas and ethnic jackets, photographed on models, on mannequins and as flat
    or hung packshots. Each product has a caption and answers to the experiments' own questionnaire: the closed
    questions of BLIND_QUESTIONS (garment type, color, pattern, sleeve length) and its open material question, the
    VQA data's "Is this a {garment}?" yes/no questions, "What is the color of the {garment}?" questions (closed where
    the garment is the product, open where it asks about a single garment of an outfit), and now and then the
    experiments' "What is she wearing?" / "What is the person wearing?". Seller columns come from the marketplace
    (gender, category = Myntra article type, color = base colour, title = the seller's title); a few are missing.

Which system wrote which text (named in the comment above every case)
    - base: untuned `Salesforce/blip2-opt-2.7b`. Short captions ("a woman in a yellow kurta ..."), short answers
      that stop on the newline. Its failures: colors wrong or one color given to every garment of an outfit,
      backgrounds taken for the garment, "a man"/"he" for the woman model, invented details (jewellery, pockets,
      zippers), restating the question, empty or "unknown" answers, now and then a garment word loop.
    - cap-e1 / cap-e3: the caption adapters (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, epoch 1;
      leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3). They answer every prompt with the DeepFashion caption
      template ("The lady wears a long-sleeve shirt with pure color patterns ..."), never stop, and are cut at the
      token limit (50 new tokens for captions, 30 for answers) or loop on the template.
    - vqa: the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA). Answers with In-shop classes and DeepFashion pattern
      words ("blouse", "pure color", "graphic"), leans to "yes", never stops: loops ("cotton cotton cotton ...",
      "grey-grey-grey ...") or runs on into the next `Question: ... Answer:` of its training format (a prompt leak).
    Closed answers that mapped onto a candidate are stored as the short answer; unmapped raw text is kept as is.

How it was written
    Blind: I read only /work/shared/CONTEXT.md and lines 1-168 of /work/main/tests/audit_corpus.py (the Case/Text
    layout, the makers, the questionnaires and TARGETS). I read no audit, query, enrich or docs code, no other corpus
    and no test of the audits; the only code run was an import check of this file (its label counts were taken
    from its text). The photos are imagined and described in the comment above each case; every label is judged
    against that description and the seller columns.

Label conventions and judgement calls
    - One label per text. Where a text has several faults the most visible one wins, in the order loop > leak > cut
      > the rest (a caption-template answer cut at the limit is "cut" even if it also names the wrong garment).
    - cut: stops mid-phrase. hit_limit=True when the text ran to the token limit (30 new tokens for answers, 50 for
      captions); a few are cut before the limit (hit_limit=False). A text that ran to the limit but ends on a whole
      sentence is labelled by its other fault.
    - loop: the same word or phrase repeated until the limit (hit_limit=True).
    - leak: the text runs on into "Question: ... Answer:" of the prompt format.
    - non_answer: empty, "unknown", "not sure", "clothing", "yes" to a color question, or a pattern word ("pure
      color") to a color or material question: it says nothing about what was asked.
    - restated: only the question's words back ("the material is a material", "it is a type of garment").
    - contradiction: a color, garment, pattern or sleeve the photo or the seller contradicts, including "yes" to
      "Is this a pair of jeans?" on a kurta, "no" to "Is this a saree?" on a saree, a backdrop's color given as the
      garment's color, a closed color answer that is another garment's color, sleeves claimed for a dupatta.
    - other_garment_color: an open answer that gives one garment of the outfit the color of another garment in the
      photo (the dupatta asked, the kurta's color answered; white palazzos called blue like the kurta).
    - unsupported: details the photo does not show: jewellery, a bindi, heels, pockets, zippers, a wearer on a
      packshot, a place of origin.
    - pronoun: "a man", "he" for the woman model (all products are women's wear; every model is a woman).
    - Correct, judged leniently on near colors: mustard ~ yellow, maroon/burgundy ~ red, off-white/cream ~ white,
      peach ~ light pink, coral ~ pink, teal ~ blue or green, lavender/mauve ~ purple, rani pink ~ magenta, lime ~
      green, beige ~ tan, sea green ~ mint green, navy ~ blue, chambray called denim.
    - Correct: a dupatta called a "scarf", a short kurti called a "tunic" or "top", a Nehru jacket called a "vest".
      A backdrop's color named in a caption as the backdrop is correct. A saree's "sleeve length" is the blouse's;
      "sleeveless"/"no sleeves" for a dupatta is correct. "solid" for a kurta whose only decoration is a yoke or
      whose print is only on the dupatta is correct. "a woman ..." for a caption of a model; "on a mannequin" for a
      mannequin. A material the title states or the photo plainly shows (sheen, velvet pile, net) is correct.
    - The DeepFashion template words "lady", "tank top", "shirt", "dress" in a caption-adapter text are not judged
      separately once the text is labelled cut or loop.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, is_a, wearing

W = "Women"

BLIND_144: list[Case] = [
    # Model in a mustard-yellow straight kurta with a small white floral block print, 3/4 sleeves, white palazzos,
    # plain grey studio backdrop; hair open over the ears, no jewellery visible.
    # caption, color, pattern, pants, wearing: base; sleeve length, jeans: vqa.
    case(
        "MYN-KRT-1001",
        caption("a woman in a yellow kurta and white palazzo pants"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length(
            "three-quarter sleeve three-quarter sleeve three-quarter sleeve three-quarter sleeve three-quarter sleeve"
            " three-quarter sleeve three-quarter",
            "loop",
            hit_limit=True,
        ),
        color_of("pants", "white", kind="open"),
        is_a("pair of jeans", "yes", "contradiction"),
        wearing("she is wearing a yellow kurta with white pants and a pair of gold earrings", "unsupported", who="she"),
        gender=W,
        category="Kurtas",
        color="Mustard",
        title="Women Mustard Yellow Floral Printed Straight Kurta",
    ),
    # Model in a maroon floor-length anarkali with a gold zari yoke, long sleeves, a beige dupatta over one
    # shoulder; carved wooden door behind her.
    # caption, kurta color, dupatta, sleeves: base; pattern: cap-e3.
    case(
        "MYN-ANK-1002",
        caption("a woman in a red anarkali dress standing in front of a wooden door"),
        color_of("kurta", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        B.sleeve_length("long"),
        B.pattern(
            "The lady wears a long-sleeve dress with solid color patterns. The dress is with cotton fabric. It has a"
            " round neckline. The lady also wears",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Maroon",
        title="Women Maroon Yoke Design Anarkali Kurta",
    ),
    # Model in a navy-blue straight kurta with white thread embroidery at the neckline, white straight trousers,
    # white dupatta; white studio background.
    # caption: cap-e1; color, pants, kurta?, wearing: base; garment type, material: vqa.
    case(
        "MYN-KST-1003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with cotton"
            " fabric and pure color patterns. The trousers are with cotton fabric and pure color patterns. The"
            " trousers are with cotton",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        is_a("kurta", "yes"),
        B.garment_type("blouse", "contradiction"),
        B.material(
            "cotton Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is the"
            " color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a man in a blue kurta with white pants", "pronoun"),
        gender=W,
        category="Kurta Sets",
        color="Navy Blue",
        title="Women Navy Blue Embroidered Kurta with Trousers & Dupatta",
    ),
    # Packshot, no person: a folded pink Banarasi silk saree with a gold zari border and gold buttis, the gold
    # blouse piece folded on top, white background.
    # caption, color, material: base; pattern: vqa; wearing: cap-e3.
    case(
        "MYN-SAR-2001",
        caption("a pink and gold saree folded on a white background"),
        B.color("pink"),
        B.pattern(
            "graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic"
            " graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic graphic"
            " graphic graphic graphic graphic",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve shirt with graphic patterns and a long skirt. The shirt is with silk fabric."
            " The skirt is with silk fabric and",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material("silk"),
        gender=W,
        category="Sarees",
        color="Pink",
        title="Women Pink & Gold-Toned Woven Design Zari Banarasi Saree",
    ),
    # Model in a black georgette saree with a sequinned border, black sleeveless blouse; night-time city bokeh with
    # yellow lights behind her.
    # caption, saree color, sleeves, wearing, type: base; material, dress?: vqa.
    case(
        "MYN-SAR-2002",
        caption("a woman in a black saree posing in front of city lights"),
        color_of("saree", "yellow", "contradiction", kind="open"),
        B.sleeve_length("sleeveless"),
        wearing("a black saree and a black blouse", who="she"),
        B.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon"
            " chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon"
            " chiffon chiffon chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        B.garment_type("a garment", "restated"),
        gender=W,
        category="Sarees",
        color="Black",
        title="Women Black Embellished Sequinned Saree",
    ),
    # Headless dress form (mannequin) in a red lehenga choli: flared red skirt with gold embroidery, red short-sleeve
    # choli, gold net dupatta pinned on the shoulder; white background. No jewellery on the form.
    # caption, type, sleeves, dupatta, material: base; pattern: cap-e3; lehenga color: vqa.
    case(
        "MYN-LEH-3001",
        caption("a red and gold lehenga on a mannequin"),
        B.garment_type("lehenga"),
        B.sleeve_length("short"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        B.pattern(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with chiffon"
            " fabric and graphic patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        B.material("silk with gold embroidery and a pearl necklace", "unsupported"),
        color_of("lehenga", "yes", "non_answer"),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Women Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # Packshot: a magenta bandhani dupatta with small white tie-dye dots and a gold gota border, spread flat on a
    # beige floor.
    # caption, type, sleeves, dupatta?: base; pattern: vqa.
    case(
        "MYN-DUP-4001",
        caption("a pink scarf with white polka dots on a beige background"),
        B.garment_type("scarf"),
        B.pattern(
            "dots Question: What is the color of the garment? Answer: pink Question: What is the sleeve length of the"
            " garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        is_a("dupatta", "no", "contradiction"),
        gender=W,
        category="Dupatta",
        color="Magenta",
        title="Women Magenta Bandhani Printed Dupatta with Gotta Patti",
    ),
    # Model in a sleeveless olive-green ikat-print Nehru-style jacket over a plain white long-sleeve kurta and white
    # pants; plain white background.
    # caption, jacket color, sleeves, pattern: base; type: vqa; material: cap-e1.
    case(
        "MYN-JKT-5001",
        caption("a woman wearing a green jacket over a white kurta"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        B.sleeve_length("long", "contradiction"),
        B.pattern("geometric"),
        B.garment_type("vest"),
        B.material(
            "The lady wears a sleeveless vest with graphic patterns and a long pants. The vest is with cotton fabric."
            " It has a v-shape neckline. The pants are",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Jackets",
        color="Olive",
        title="Women Olive Green & White Ikat Print Sleeveless Ethnic Jacket",
    ),
    # Model in a teal A-line kurta with a small white floral print, 3/4 sleeves, white leggings, holding a brown
    # leather handbag; garden behind her.
    # caption, kurta color, color, pattern, material: base; sleeves: vqa.
    case(
        "MYN-KRT-1004",
        caption("a woman in a green floral print kurti holding a brown handbag in a garden"),
        color_of("kurta", "brown", "contradiction", kind="open"),
        B.color("teal"),
        B.pattern("floral"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("i don't know", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Teal",
        title="Women Teal Floral Printed A-Line Kurta",
    ),
    # Model in a white chikankari-embroidered straight kurta, long sleeves, pastel-blue palazzos; white wall behind
    # her; long hair, clearly a woman.
    # caption, kurta color, pants, pattern: base; material: vqa.
    case(
        "MYN-KRT-1005",
        caption("a man in a white kurta standing against a white wall", "pronoun"),
        color_of("kurta", "white"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.pattern("embroidered"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="White",
        title="Women White Chikankari Embroidered Straight Kurta",
    ),
    # Flat-lay packshot, no person: a peach kurta with gold foil print (3/4 sleeves), peach pants and a peach
    # organza dupatta laid out together on white.
    # caption, color, wearing, sleeves: base; pattern: vqa; material: cap-e1.
    case(
        "MYN-KST-1101",
        caption("a peach and gold outfit laid out on a white background"),
        B.color("light pink"),
        wearing("she is wearing a peach kurta with gold print", "unsupported", who="she"),
        B.sleeve_length("3/4 sleeves"),
        B.pattern(
            "graphic Question: Is this a kurta? Answer: yes Question: Is this a kurta? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a three-quarter sleeve shirt with graphic patterns and a long pants. The shirt is with"
            " chiffon fabric. The pants",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Peach",
        title="Women Peach-Coloured Foil Printed Kurta with Trousers & Dupatta",
    ),
    # Model in a royal-blue floor-length anarkali, solid body, silver mirror work on the yoke only, long sleeves;
    # palace courtyard behind her; no rings, a thin bangle on one wrist.
    # caption: cap-e3; kurta color, pattern, type, material: base; sleeves: vqa.
    case(
        "MYN-ANK-1201",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The lady wears a ring on her finger. There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        B.pattern("solid"),
        B.garment_type("anarkali"),
        B.sleeve_length("long"),
        B.material("not sure", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Women Blue Mirror Work Anarkali Kurta",
    ),
    # Model in a lavender lehenga with silver sequin work, lavender sleeveless choli, light-pink net dupatta; a
    # backdrop of orange marigold garlands.
    # caption, color, dupatta, sleeves, type: base; pattern: vqa; wearing: cap-e3.
    case(
        "MYN-LEH-3002",
        caption("a woman in a purple lehenga standing in front of orange flowers"),
        B.color("purple"),
        color_of("dupatta", "purple", "other_garment_color", kind="open"),
        B.sleeve_length("sleeveless"),
        B.pattern(
            "pure color pure color pure color pure color pure color pure color pure color pure color pure color pure"
            " color pure color pure color pure color pure color pure color",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with"
            " chiffon fabric. The skirt is with",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.garment_type("it is a type of garment", "restated"),
        gender=W,
        category="Lehenga Choli",
        color="Lavender",
        title="Women Lavender Sequinned Lehenga & Blouse with Dupatta",
    ),
    # Model in a rust-orange straight kurta with a black geometric print, 3/4 sleeves, black pants; plain backdrop.
    # No gender, no title from the seller.
    # caption, color, kurta color, pattern, material: base; sleeves: vqa.
    case(
        "MYN-KRT-1006",
        caption("a woman in an orange and black kurta"),
        B.color("black", "contradiction"),
        color_of("kurta", "orange"),
        B.pattern("geometric"),
        B.sleeve_length("", "non_answer"),
        B.material("it is made of the material", "restated"),
        category="Kurtas",
        color="Rust",
    ),
    # Model in a bottle-green pure cotton saree with a mustard floral print, mustard short-sleeve blouse; white
    # curtains behind her; no bindi, no jewellery but small studs.
    # caption, blouse, material, sleeves, saree?, wearing: base; type: vqa; saree color: cap-e3.
    case(
        "MYN-SAR-2003",
        caption("a woman in a green and yellow saree standing by a window"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        B.material("cotton"),
        B.sleeve_length("short sleeves"),
        is_a("saree", "yes"),
        B.garment_type(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress"
            " dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a green saree with a yellow blouse and a red bindi", "unsupported"),
        color_of(
            "saree",
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The shirt is with cotton"
            " fabric. The skirt is with cotton",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Green",
        title="Women Green & Mustard Floral Printed Pure Cotton Saree",
    ),
    # Model with a short haircut in a black straight kurta with red and gold embroidery at the neckline, long
    # sleeves; plain grey background.
    # caption, wearing, color, sleeves: base; pattern: vqa; material: cap-e3.
    case(
        "MYN-KRT-1007",
        caption("a man in a black kurta with red embroidery on the neck", "pronoun"),
        wearing("a black kurta with red embroidery"),
        B.color("black"),
        B.pattern(
            "graphic Question: What is the sleeve length of the garment? Answer: long-sleeve Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        B.material(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton"
            " fabric. It has a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Women Black Thread Work Straight Kurta",
    ),
    # Model in a sea-green straight kurta with a white floral print, sea-green pants, white dupatta with a
    # sea-green border.
    # caption, color, pants, type, material: base; jeans?: vqa; pattern: cap-e1.
    case(
        "MYN-KST-1102",
        caption("a woman in a green kurta and pants with a white dupatta"),
        B.color("mint green"),
        color_of("pants", "white", "other_garment_color", kind="open"),
        B.garment_type("kurta"),
        is_a("pair of jeans", "yes", "contradiction"),
        B.material("unknown", "non_answer"),
        B.pattern(
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the neckline, the"
            " hem, the sleeves",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Sea Green",
        title="Women Sea Green Floral Printed Kurta with Trousers & Dupatta",
    ),
    # A coral organza saree with silver floral embroidery draped on a mannequin torso, white blouse piece; white
    # backdrop.
    # caption, color, pattern, material: base; type: cap-e1; saree?: vqa.
    case(
        "MYN-SAR-2004",
        caption("a pink saree on a mannequin"),
        B.color("coral"),
        B.pattern("floral"),
        B.material("organza"),
        B.garment_type(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a"
            " v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a(
            "saree",
            "yes Question: Is this a saree? Answer: yes Question: Is this a saree? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Coral",
        title="Women Coral Floral Embroidered Organza Saree",
    ),
    # Model in an off-white pure cotton straight kurta with small red block-printed buttis, short sleeves, hand on
    # her hip; a potted plant beside her.
    # caption, color, pattern, sleeves: base; kurta color: vqa; type: cap-e1.
    case(
        "MYN-KRT-1008",
        caption("a woman in a white and red printed kurta standing next to a plant"),
        B.color("cream"),
        B.pattern("block print"),
        B.sleeve_length("long", "contradiction"),
        color_of(
            "kurta",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red"
            " red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type(
            "The lady wears a short-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton"
            " fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Off White",
        title="Women Off-White & Red Ethnic Motifs Block Print Pure Cotton Kurta",
    ),
    # Model in a mustard lehenga skirt with multicolour mirror embroidery, a green long-sleeve choli and a green
    # dupatta.
    # caption, blouse, skirt, color, material: base; sleeves: vqa; pattern: cap-e3.
    case(
        "MYN-LEH-3003",
        caption("a woman in a yellow and green lehenga choli"),
        color_of("blouse", "green", kind="open"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        B.color("yellow"),
        B.sleeve_length(
            "long-sleeve Question: What is the material of the garment? Answer: cotton Question: What",
            "leak",
            hit_limit=True,
        ),
        B.pattern("The lady wears a long-sleeve shirt with", "cut"),
        B.material("silk with mirror work from gujarat", "unsupported"),
        gender=W,
        category="Lehenga Choli",
        color="Mustard",
        title="Women Mustard & Green Mirror Work Lehenga Choli with Dupatta",
    ),
    # Packshot: a cream dupatta with a pastel multicolour floral print and tassels on the ends, hung on a hanger
    # against a pale-blue wall. No title from the seller.
    # caption, color, pattern, type, material: base; sleeves, dupatta?: vqa.
    case(
        "MYN-DUP-4002",
        caption("a white floral scarf hanging on a blue wall"),
        B.color("blue", "contradiction"),
        B.pattern("floral"),
        B.garment_type("scarf"),
        B.material("cotton with tassels and a silver zipper", "unsupported"),
        B.sleeve_length("long-sleeve", "contradiction"),
        is_a(
            "dupatta",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Cream",
    ),
    # Model with short hair in a long-sleeve maroon velvet ethnic jacket with gold embroidery, worn open over a
    # black kurta and black pants; plain beige background.
    # caption, jacket color, material, sleeves, wearing, color: base; type: vqa.
    case(
        "MYN-JKT-5002",
        caption("a woman in a maroon velvet jacket and black pants"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        B.material("velvet"),
        B.sleeve_length("long"),
        B.garment_type(
            "jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket"
            " jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket jacket"
            " jacket",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a maroon jacket with gold embroidery over a black kurta", "pronoun", who="she"),
        B.color("", "non_answer"),
        gender=W,
        category="Ethnic Jackets",
        color="Maroon",
        title="Women Maroon Embroidered Velvet Longline Ethnic Jacket",
    ),
    # Model in a bright pink sleeveless straight kurta with a mirror-work yoke, white cigarette pants.
    # caption: cap-e1; color, sleeves, pants, pattern: base; material: vqa.
    case(
        "MYN-KRT-1009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with"
            " cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. The"
            " lady",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.sleeve_length("sleeveless"),
        color_of("pants", "white"),
        B.pattern("the pattern of the garment is pink", "restated"),
        B.material(
            "cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton cotton"
            " cotton",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Pink",
        title="Women Pink Mirror Work Straight Kurta",
    ),
    # Model in a silver-grey satin saree with a black border, black short-sleeve blouse; black studio background;
    # framed from the knees up.
    # caption, blouse, material, saree?, wearing: base; saree color, sleeves: vqa.
    case(
        "MYN-SAR-2005",
        caption("a woman in a grey saree against a black background"),
        color_of(
            "saree",
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "black", kind="open"),
        B.material("satin"),
        B.sleeve_length("short-sleeve"),
        is_a("saree", "no", "contradiction"),
        wearing("a grey saree with a black blouse and high heels", "unsupported"),
        gender=W,
        category="Sarees",
        color="Grey",
        title="Women Grey & Black Solid Satin Saree",
    ),
    # Model in a solid yellow kurta with long sleeves, yellow sharara pants and a pink-and-green printed dupatta.
    # No gender from the seller.
    # caption, kurta color, color, pattern, wearing: base; material: vqa.
    case(
        "MYN-KST-1103",
        caption("a woman in a yellow kurta and sharara with a colorful dupatta"),
        color_of("kurta", "pink", "other_garment_color", kind="open"),
        B.color("yellow"),
        B.pattern("solid"),
        wearing("she is wearing a yellow kurta with a pink and green dupatta", who="she"),
        B.material(
            "silk Question: What is the pattern of the garment? Answer: pure color Question: What is the",
            "leak",
            hit_limit=True,
        ),
        category="Kurta Sets",
        color="Yellow",
        title="Women Yellow Kurta with Sharara & Printed Dupatta",
    ),
    # Model in a sky-blue A-line kurta with a white floral print, short sleeves, no pockets, worn with blue jeans.
    # caption (cut before the limit), kurta?, pattern, material, wearing, sleeves: base; type: vqa.
    case(
        "MYN-KRT-1010",
        caption("a woman in a blue floral kurta and", "cut"),
        is_a("kurta", "yes"),
        B.garment_type("denim", "contradiction"),
        B.pattern("floral"),
        B.material("denim", "contradiction"),
        wearing("a blue shirt with two pockets on the chest and blue jeans", "unsupported"),
        B.sleeve_length("short sleeves"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Women Blue Floral Printed A-Line Kurta",
    ),
    # Model in a bottle-green anarkali with a gold print, long sleeves, green churidar, gold dupatta; diyas behind.
    # caption: cap-e3; kurta color, dupatta, pattern, material: base; type: vqa.
    case(
        "MYN-ANK-1202",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a"
            " round neckline. The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon"
            " fabric. It has",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "dark green"),
        color_of("dupatta", "gold", kind="open"),
        B.pattern("printed"),
        B.garment_type(
            "dress Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        B.material("the garment is made of material", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Green",
        title="Women Green Ethnic Motifs Printed Anarkali Kurta with Churidar & Dupatta",
    ),
    # Packshot: a folded teal Kanjeevaram saree with a magenta zari border on a wooden table, no person.
    # caption, color, material, sleeves, pattern: base; wearing: cap-e3; type, jeans?: vqa.
    case(
        "MYN-SAR-2006",
        caption("a blue and pink silk saree on a wooden table"),
        B.color("blue"),
        wearing(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The shirt is with silk fabric."
            " The skirt is with silk",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.material("silk"),
        B.sleeve_length("there are no sleeves"),
        B.pattern("i'm not sure", "non_answer"),
        is_a("pair of jeans", "no"),
        B.garment_type(
            "skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt"
            " skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt skirt",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Teal",
        title="Women Teal & Magenta Zari Silk Blend Kanjeevaram Saree",
    ),
    # Model sitting on a stool in a burgundy straight kurta with a gold foil print, long sleeves; white background;
    # no necklace, no earrings visible. No title from the seller.
    # caption, color, pattern, sleeves, material, wearing: all base.
    case(
        "MYN-KRT-1011",
        caption("a woman sitting on a stool wearing a red kurta with gold print"),
        B.color("maroon"),
        B.pattern("", "non_answer"),
        B.sleeve_length("long"),
        B.material("it's a kurta", "non_answer"),
        wearing("she is wearing a red kurta with gold print and a gold necklace and earrings", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Burgundy",
    ),
    # Model twirling on a lawn in a navy-blue lehenga with silver embroidery, navy short-sleeve blouse, silver net
    # dupatta.
    # caption, lehenga color, sleeves, lehenga?: base; pattern: vqa; material (cut before the limit): cap-e1.
    case(
        "MYN-LEH-3004",
        caption("a woman in a blue lehenga twirling on the grass"),
        color_of("lehenga", "navy blue"),
        B.pattern(
            "floral Question: What is the color of the lehenga? Answer: blue Question: What is the color of the"
            " dupatta? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short"),
        B.material(
            "The lady wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with", "cut"
        ),
        is_a("lehenga", "yes"),
        gender=W,
        category="Lehenga Choli",
        color="Navy Blue",
        title="Women Navy Blue Embroidered Lehenga & Blouse with Dupatta",
    ),
    # Model with a short bob in a white-and-blue vertically striped pure cotton kurta with a collar, long sleeves,
    # blue jeans.
    # caption, color, pattern, sleeves, material: base; kurta color: vqa.
    case(
        "MYN-KRT-1012",
        caption("a man in a blue and white striped kurta", "pronoun"),
        B.color("white and blue"),
        B.pattern("striped"),
        color_of(
            "kurta",
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("short", "contradiction"),
        B.material("pure color", "non_answer"),
        gender=W,
        category="Kurtas",
        color="White",
        title="Women White & Blue Striped Pure Cotton Kurta",
    ),
    # Model in a half-and-half saree: orange body, purple pallu, purple short-sleeve blouse. No title from the
    # seller.
    # caption, color, blouse, pattern, saree color: base; material: cap-e3; sleeves: vqa.
    case(
        "MYN-SAR-2007",
        caption("a woman in a purple and orange saree"),
        B.color("purple and orange"),
        color_of("blouse", "purple", kind="open"),
        B.pattern("color block"),
        B.material(
            "The lady wears a short-sleeve shirt with color block patterns and a long skirt. The shirt is with cotton"
            " fabric. It has a round",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless"
            " sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "the saree is the color of the saree", "restated", kind="open"),
        gender=W,
        category="Sarees",
        color="Multi",
    ),
    # Model in a black kurta with white polka dots, 3/4 sleeves, black pants, no dupatta; pink wall behind her.
    # caption, color, pattern, pants, wearing: base; material: vqa; type: cap-e1.
    case(
        "MYN-KST-1104",
        caption("a woman in a black polka dot kurta standing in front of a pink wall"),
        B.color("pink", "contradiction"),
        B.pattern("polka dots"),
        color_of("pants", "black"),
        wearing("a black kurta with white polka dots and a black dupatta with gold border", "unsupported"),
        B.material("pure color", "non_answer"),
        B.garment_type(
            "The lady wears a three-quarter sleeve shirt with dots patterns and a long pants. The shirt is with"
            " cotton fabric. It",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Black",
        title="Women Black Polka Dot Printed Kurta with Trousers",
    ),
    # Packshot: a folded gold silk dupatta with a red woven border on white, no person.
    # caption, color, sleeves, dupatta?, wearing: base; type: vqa.
    case(
        "MYN-DUP-4003",
        caption("a gold and red silk scarf folded on a white background"),
        B.color("gold"),
        B.garment_type(
            "tee Question: What is the color of the tee? Answer: pure color Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long", "contradiction"),
        is_a("dupatta", "yes"),
        wearing("a woman in a red sari with a gold scarf", "unsupported", who="she"),
        gender=W,
        category="Dupatta",
        color="Gold",
        title="Women Gold-Toned & Red Woven Design Silk Dupatta",
    ),
    # Model in a lime-green straight kurta with gota lace trims, 3/4 sleeves, white palazzos. No gender from the
    # seller.
    # caption, pants, sleeves, material: base; pattern: cap-e1; color: vqa.
    case(
        "MYN-KRT-1013",
        caption("a woman in a bright green kurta and white pants"),
        B.pattern(
            "The lady wears a three-quarter sleeve shirt with pure color patterns and a long pants. The shirt is with"
            " cotton fabric. It has",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "green", "other_garment_color", kind="open"),
        B.sleeve_length("three quarter"),
        B.material("cotton"),
        B.color("pure color", "non_answer"),
        category="Kurtas",
        color="Lime Green",
        title="Lime Green Gotta Patti Straight Kurta",
    ),
    # Packshot: a long cream ethnic jacket with multicolour thread embroidery, long sleeves, on a hanger against
    # white; no person, nothing else in the frame.
    # caption, color, pattern, wearing: base; type, sleeves, dress?: vqa.
    case(
        "MYN-JKT-5003",
        caption("a white embroidered jacket hanging on a hanger"),
        B.color("white"),
        B.pattern("embroidered"),
        B.garment_type("jacket"),
        B.sleeve_length(
            "long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve long-sleeve"
            " long-sleeve long-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a white jacket and a pair of blue jeans", "unsupported", who="she"),
        is_a("dress", "yes", "contradiction"),
        gender=W,
        category="Ethnic Jackets",
        color="Cream",
        title="Women Cream-Coloured Thread Work Longline Ethnic Jacket",
    ),
    # Model in a plain beige linen saree with a thin black border, black full-sleeve blouse; white background.
    # No gender from the seller.
    # caption, saree color, color, sleeves, material: base; pattern: vqa; wearing: cap-e3.
    case(
        "MYN-SAR-2008",
        caption("a woman in a beige saree and black blouse"),
        color_of("saree", "black", "other_garment_color", kind="open"),
        B.color("tan"),
        B.sleeve_length("long"),
        B.material("linen"),
        B.pattern("pure color Question: What is the material of the garment? Answer: linen Question:", "leak"),
        wearing(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton"
            " fabric. It has a round neckline. The skirt is",
            "cut",
            hit_limit=True,
        ),
        category="Sarees",
        color="Beige",
        title="Women Beige Solid Linen Saree with Contrast Border",
    ),
    # Packshot: a peach lehenga skirt with gold embroidery spread flat in a circle, the blouse piece and the dupatta
    # folded beside it. No title from the seller.
    # caption, color, pattern, type, material: base; wearing: cap-e3; sleeves: cap-e1.
    case(
        "MYN-LEH-3005",
        caption("a peach and gold lehenga laid out on the floor"),
        B.color("peach"),
        wearing(
            "The lady wears a sleeveless tank top with graphic patterns and a long skirt. The tank top is with chiffon"
            " fabric. The skirt is with",
            "cut",
            who="she",
            hit_limit=True,
        ),
        B.pattern("embroidered"),
        B.garment_type("lehenga"),
        B.material("the material is a material", "restated"),
        B.sleeve_length(
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline,"
            " the collar",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Peach",
    ),
    # Model in a white kurta with a yellow floral print, yellow palazzos, a yellow dupatta draped over both
    # shoulders.
    # caption, color, dupatta, pattern, material, wearing: base; sleeves: vqa.
    case(
        "MYN-KRT-1014",
        caption("a woman in a white and yellow floral kurta with a yellow dupatta"),
        B.color("white"),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        B.pattern("floral"),
        B.sleeve_length(
            "three-quarter Question: What is the pattern of the garment? Answer: floral Question: What is the sleeve",
            "leak",
            hit_limit=True,
        ),
        B.material("cotton"),
        wearing("he is wearing a white kurta and yellow pants", "pronoun", who="she"),
        gender=W,
        category="Kurtas",
        color="White",
        title="Women White & Yellow Floral Printed Kurta",
    ),
    # Model in a red silk-blend saree with a gold zari border, red short-sleeve blouse, gold necklace and bangles.
    # caption: cap-e3; color, wearing, pattern, type: base; material, dress?: vqa.
    case(
        "MYN-SAR-2009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with silk"
            " fabric. It has a round neckline. The lady wears a ring. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        wearing("a red saree and gold jewelry", who="she"),
        B.pattern("solid with a gold border"),
        B.material(
            "silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk silk"
            " silk silk silk silk silk silk silk silk silk",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes Question: Is this a dress? Answer: yes Question: Is this a", "leak"),
        B.garment_type("clothing", "non_answer"),
        gender=W,
        category="Sarees",
        color="Red",
        title="Women Red & Gold-Toned Zari Silk Blend Saree",
    ),
    # Model with a long braid in a mauve straight kurta with tonal thread work, mauve trousers, mauve dupatta with
    # lace edging.
    # caption, color, pattern, dupatta, kurta?: base; material: cap-e1.
    case(
        "MYN-KST-1105",
        caption("a man in a purple kurta and pants", "pronoun"),
        B.color("purple"),
        B.pattern("embroidered"),
        color_of("dupatta", "purple", kind="open"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton"
            " fabric. It has a v-shape neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurta Sets",
        color="Mauve",
        title="Women Mauve Thread Work Kurta with Trousers & Dupatta",
    ),
    # Model in a hip-length blue chambray kurti with an embroidered yoke, short sleeves, white jeans.
    # caption, type, material, jeans, sleeves: base; color: vqa; pattern: cap-e1.
    case(
        "MYN-KRT-1015",
        caption("a woman in a blue denim top and white jeans"),
        B.garment_type("tunic"),
        B.material("denim"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("short"),
        B.color("yes", "non_answer"),
        B.pattern(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with denim"
            " fabric. It has a round neckline",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Women Blue Embroidered Yoke Design Chambray Kurti",
    ),
    # Model in a white anarkali with a multicolour floral print, long sleeves, white churidar, in front of a bright
    # red backdrop; photographed from the front only. No gender, no title from the seller.
    # caption, color, pattern, sleeves, material, type: base; kurta color: vqa.
    case(
        "MYN-ANK-1203",
        caption("a woman in a white floral anarkali dress against a red background"),
        B.color("red", "contradiction"),
        B.pattern("floral"),
        B.sleeve_length("long"),
        color_of(
            "kurta",
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("it is made of cotton and has a zipper on the back", "unsupported"),
        B.garment_type("unknown", "non_answer"),
        category="Kurtas",
        color="White",
    ),
    # A mannequin dressed in a rani-pink kurta with a gold print, matching pink palazzos and a pink dupatta; shop
    # floor backdrop. The kurta has side slits, no pockets.
    # caption, color, pattern, material: base; wearing, shorts?: vqa; sleeves: cap-e3.
    case(
        "MYN-KST-1106",
        caption("a pink kurta set displayed on a mannequin"),
        B.color("magenta"),
        B.pattern("printed"),
        wearing(
            "dress Question: What is the color of the dress? Answer: pure color Question: What is the",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length(
            "The lady wears a three-quarter sleeve shirt with graphic patterns and a long pants. The shirt is with"
            " cotton fabric. It has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes", "contradiction"),
        B.material("cotton with a hidden pocket", "unsupported"),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Women Pink Foil Printed Kurta with Palazzos & Dupatta",
    ),
]
