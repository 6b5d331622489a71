"""BLIND_148 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, with is_a and
color_of questions): written blind in the twenty-first session. Measured blind at f1802f2: 128/140 failures found
(91.4%) and 16/148 correct texts flagged (10.8%). The writer's notes, verbatim:

Blind corpus 148: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario: the original experiments' untuned base model and their fine-tuned LoRA adapters re-run on imagined
product photos of women's ethnic wear (kurtas, kurtis, kurta sets, sarees, lehenga cholis, anarkali gowns,
palazzos, dupattas), shot on models, on mannequins and as flat packshots. Each product was asked enrich's default
questionnaire (DEFAULT_QUESTIONS) or the closed questions of BLIND_QUESTIONS, plus a few "Is this a ...?" (is_a)
and "What is the color of the ...?" (color_of) questions. Seller columns come from the marketplace feed: gender,
category (Myntra article type), color (base colour) and title; some products lack one or more of them.

Which system wrote which text (named again in the comment above every case):
- BASE: untuned Salesforce/blip2-opt-2.7b (short answers, mostly right; one color reused for several garments,
  wrong pronoun, invented details, long answers that run on to the 30-token limit).
- CAP1 / CAP3: the caption adapters, leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (epoch 1) and
  leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3): DeepFashion template sentences ("The lady wears a
  long-sleeve dress with floral patterns. The dress is with chiffon fabric..."), returned for every prompt, with no
  hue names, cut at the token limit or looping; epoch 1 still answers a few short questions.
- VQA: leoreigoto/Data3_V3_BLIP2_VQA: In-shop class words (dress, blouse, skirt, denim, vest), "yes" to most yes/no
  questions, hyphen loops ("pink-pink-pink..."), "Question: ... Answer:" echoed back; its captions are broken.
- QA: the third experiment, an extractive QA model (timpal0l/mdeberta-v3-base-squad2) answering over a caption
  (the caption's own writer is named); answers are spans of that caption, or empty.
Several products route questions to different systems (caption from BASE, questions from VQA), as the experiments
suggested a production run might.

How it was written: blind. I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (the
Case/Text layout, the makers, DEFAULT_QUESTIONS, BLIND_QUESTIONS, is_a, color_of, question, case, TARGETS); nothing
else of the project, and I ran only an import check of this file. The photos are imagined and described in the
comment above each case; every label is judged against that imagined photo.

Label conventions and judgement calls:
- One label per text: the failure that is most salient. A caption-template answer stopped mid-phrase at the limit is
  "cut"; the same template ending on a full stop but giving no color is "non_answer"; a text that repeats a phrase
  until the limit is "loop" (hit_limit=True), not "cut"; a text that echoes "Question:" or "Answer:" is "leak" even
  when it also repeats.
- cut: hit_limit=True when generation ran to the limit (30 new tokens for answers, 50 for captions); a few texts
  stop mid-phrase before the limit (hit_limit=False) and are still "cut".
- Near-color synonyms are correct: mustard/yellow, navy/blue, teal/green, olive/green, lavender/purple, maroon/red,
  off-white or cream/white, rust/orange, and a light peach called pink. "multicolor" for a patchwork is correct.
- Garment words: In-shop / DeepFashion words that fairly cover the garment are correct: "pants" for palazzos and
  salwar, "leggings" for churidar, "skirt" for a lehenga, "dress" or "gown" for an anarkali gown or ethnic dress,
  "top" or "tunic" for a short kurti, "scarf" for a dupatta. Words naming another garment class are
  "contradiction": "dress", "shirt", "T-shirt", "blouse" for a kurta or kurti; "shirt", "T-shirt", "tank top",
  "sweater" or "dress" for a saree; "denim" for a kurti; "jeans" for cotton pants.
- Patterns: "pure color"/"solid" is correct for a solid garment with only a border or yoke embroidery; "graphic" is
  correct for ethnic motifs and geometric prints; "lattice" for ikat diamonds; "floral" for a leaf print.
  "pure color" for a polka-dot saree is a contradiction.
- other_garment_color: the product's color question or description answered with a color that belongs to another
  garment in the photo (the jeans, the palazzos of a kurta product, the blouse of a saree, the kurta under a
  dupatta). A color of a print or embroidery on the product given as its color is "contradiction", not this.
- Backgrounds, props and accessories named in a caption are correct when they are in the photo (grey wall,
  marigold backdrop, brick wall, staircase, beach, wooden chair, sandals).
- Flat packshots and mannequins: naming the garment in answer to "What is the person wearing?" is correct;
  inventing a woman or "the lady" on a packshot is "unsupported". "The saree has no sleeves" on a packshot is a
  correct answer.
- unsupported: details the photo cannot show (back closures, inner lining, pockets not visible, hand-made in a
  named town, fabric certificates, lengths) and materials that contradict a visible texture (cotton or knitting
  for velvet or silk).
- restated: the question's own words back ("the pattern of the garment is a pattern"); non_answer: no answer at
  all, "yes"/"no" to an open question, an empty extractive span, or another attribute (a color to the material or
  details question, a garment word to the caption).
- pronoun: "he", "his", "a man", "the gentleman" for the women's products (every imagined model is a woman).
- A material named for a visibly fitting fabric (chiffon for georgette, silk for a silk blend) is correct.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, color_of, is_a

W = "Women"

BLIND_148: list[Case] = [
    # 1. Mustard straight cotton kurta, small white floral block print, 3/4 sleeves, side slits, on a model with white
    # palazzos, plain grey studio wall. All texts BASE.
    case(
        "MYN-KUR-0101",
        caption("a woman wearing a yellow kurta and white pants standing against a grey wall"),
        D.wearing("a yellow kurta and white palazzo pants"),
        D.garment_type("kurta"),
        D.color("yellow"),
        D.pattern("floral"),
        D.sleeve_length("three quarter"),
        D.description("a yellow kurta with small white flowers on it"),
        D.details("the kurta has a round neck and slits on the sides"),
        gender=W,
        category="Kurtas",
        color="Mustard",
        title="Rangsutra Women Mustard Yellow & White Floral Printed Straight Kurta",
    ),
    # 2. Navy blue rayon A-line kurta, gold foil floral motifs, full sleeves, on a model with white churidar.
    # All texts VQA (its caption is broken too).
    case(
        "MYN-KUR-0102",
        caption("blue-" * 24 + "blue", "loop", hit_limit=True),
        B.garment_type("dress", "contradiction"),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("long-sleeve"),
        is_a("kurta", "yes"),
        is_a("saree", "yes", "contradiction"),
        color_of("kurta", "blue-" * 14 + "blue", "loop", kind="open", hit_limit=True),
        B.material("blue", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Anvaya Women Navy Blue & Gold-Toned Foil Printed A-Line Kurta",
    ),
    # 3. Plain magenta georgette saree with a gold zari border, gold half-sleeve blouse, on a model among potted
    # plants. All texts CAP3: the DeepFashion template for every prompt.
    case(
        "MYN-SAR-0201",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric and "
            "it has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric and "
            "it has a round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric and "
            "it has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("The lady wears a short-sleeve T-shirt with pure color patterns.", "non_answer"),
        D.pattern("pure color"),
        D.description(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric and "
            "it has a round neckline. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with chiffon fabric. The T-shirt is with chiffon fabric. The T-shirt is with chiffon "
            "fabric. The T-shirt is",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        gender=W,
        category="Sarees",
        color="Magenta",
        title="Kalamkari House Magenta & Gold-Toned Zari Bordered Georgette Saree",
    ),
    # 4. Red lehenga with gold embroidery, red short-sleeve choli, beige-gold net dupatta over one shoulder, on a
    # model in front of a marigold-garland backdrop. All texts BASE.
    case(
        "MYN-LEH-0301",
        caption("a woman in a red and gold lehenga standing in front of a wall of orange flowers"),
        D.wearing("a red lehenga"),
        D.garment_type("lehenga"),
        D.color("red"),
        D.pattern("embroidered"),
        D.description("a red lehenga with gold embroidery and a net dupatta"),
        D.details("gold zari embroidery on the skirt and a scalloped border on the dupatta"),
        # the dupatta is beige-gold: BASE reuses the lehenga's red
        color_of("dupatta", "red", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Shubhkala Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
    ),
    # 5. Flat packshot, no person: white rayon palazzos with a lace trim at the hem, on a white background. BASE.
    case(
        "MYN-PAL-0401",
        caption("a pair of white pants on a white background"),
        B.garment_type("pants"),
        B.color("white"),
        B.pattern("solid"),
        is_a("palazzos", "yes", article="a pair of"),
        B.material("cotton"),
        gender=W,
        category="Palazzos",
        color="White",
        title="Sutrakala Women White Solid Flared Palazzos with Lace Detail",
    ),
    # 6. Teal kurta set: teal kurta with thread-embroidered yoke, full sleeves, teal palazzos, white-and-teal printed
    # dupatta; model, grey backdrop. Caption BASE; every question VQA.
    case(
        "MYN-KTS-0103",
        caption("a woman in a green kurta and palazzo pants with a white scarf"),
        D.wearing("dress", "contradiction"),
        D.garment_type("dress-" * 14 + "dress", "loop", hit_limit=True),
        D.color("green"),
        D.pattern("pure color"),
        D.sleeve_length("long"),
        D.description(
            "Question: Describe the garment. Answer: dress Question: Describe the garment. Answer: dress Question:",
            "leak",
            hit_limit=True,
        ),
        D.details("no", "non_answer"),
        D.material("green", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Teal",
        title="Aaranya Women Teal Yoke Design Kurta with Palazzos & Dupatta",
    ),
    # 7. Maroon floor-length flared anarkali gown with gold ethnic-motif print, full sleeves, round neck; model in front
    # of palace pillars; no belt, no pockets. All texts CAP1 (epoch 1 still answers short questions).
    case(
        "MYN-ANK-0501",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length."
        ),
        D.wearing("The lady wears a long-sleeve dress with graphic patterns."),
        D.garment_type("dress"),
        D.color("The dress is red."),
        D.pattern("graphic"),
        D.sleeve_length("long-sleeve"),
        D.description(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with cotton fabric and its neckline is round. It has a belt at the waist and pockets on "
            "both sides.",
            "unsupported",
        ),
        D.material("cotton"),
        gender=W,
        category="Ethnic Dresses",
        color="Maroon",
        title="Ziyaa Women Maroon & Gold-Toned Ethnic Motifs Printed Anarkali Maxi Dress",
    ),
    # 8. Light peach hip-length cotton kurti with white chikankari embroidery, short sleeves, worn with blue jeans;
    # model, white backdrop. All texts BASE.
    case(
        "MYN-KTI-0601",
        caption("a woman wearing a pink top and blue jeans"),
        D.wearing("a pink top and blue jeans"),
        D.garment_type("top"),
        D.color("blue", "other_garment_color"),
        D.pattern("embroidered"),
        D.sleeve_length("short"),
        D.description("a blue top with white embroidery", "other_garment_color"),
        D.details(
            "white embroidery on the neck and the sleeves and the hem and the neck and the sleeves and the hem and "
            "the neck and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Kurtis",
        color="Peach",
        title="Lucknowi Taanka Women Peach Chikankari Embroidered Pure Cotton Kurti",
    ),
    # 9. Bright yellow bandhani dupatta with red dots and tassels, draped over a plain white kurta on a model. All VQA.
    case(
        "MYN-DUP-0701",
        caption("white", "non_answer"),
        B.garment_type("blouse", "contradiction"),
        B.color("white", "other_garment_color"),
        is_a("dupatta", "no", "contradiction"),
        color_of("dupatta", "yellow", kind="open"),
        B.material("cotton"),
        gender=W,
        category="Dupatta",
        color="Yellow",
        title="Bandhej Women Yellow & Red Bandhani Printed Dupatta with Tasselled Border",
    ),
    # 10. Flat packshot, no person: green silk-blend saree folded to show its gold zari pallu with woven paisleys, on
    # white; no blouse piece in the shot. All texts BASE.
    case(
        "MYN-SAR-0202",
        caption("a green and gold silk saree folded on a white background"),
        D.wearing("a woman wearing a green saree", "unsupported"),
        D.garment_type("saree"),
        D.color("green"),
        D.description("it is a green silk saree with a gold border"),
        D.details("the saree comes with a matching blouse piece and is 6.3 metres long", "unsupported"),
        D.material("silk"),
        gender=W,
        category="Sarees",
        color="Green",
        title="Kanjivaram Weaves Green & Gold-Toned Woven Design Zari Silk Blend Saree",
    ),
    # 11. Black straight kurta with red and white geometric print, long sleeves, black leggings; model in front of a
    # red sofa. All texts CAP3.
    case(
        "MYN-KUR-0104",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.color(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and it has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.pattern("graphic"),
        D.details(
            "His shirt is with cotton fabric and it has a round neckline. His leggings are with cotton fabric and "
            "pure color patterns.",
            "pronoun",
        ),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Naaz Women Black & Red Geometric Printed Straight Kurta",
    ),
    # 12. Off-white kurta with pink floral thread embroidery, 3/4 sleeves, on a headless mannequin, white background.
    # All texts BASE.
    case(
        "MYN-KUR-0105",
        caption("a white kurta with pink flowers on a mannequin"),
        B.garment_type("kurta"),
        B.color("white"),
        B.pattern("floral"),
        B.material("the material of the garment is made of the material", "restated"),
        # the pink is the embroidery's, the kurta is off-white
        color_of("kurta", "pink", "contradiction", kind="open"),
        gender=W,
        category="Kurtas",
        color="Off White",
        title="Chikan Kari Women Off-White & Pink Floral Embroidered Kurta",
    ),
    # 13. Pastel pink sequinned lehenga, pink short-sleeve choli, pink dupatta; model in front of beige curtains.
    # Caption BASE; questions VQA.
    case(
        "MYN-LEH-0302",
        caption("a woman in a pink lehenga with a pink dupatta standing in front of beige curtains"),
        D.wearing("skirt"),
        D.garment_type("skirt"),
        D.color("pink-" * 14 + "pink", "loop", hit_limit=True),
        D.sleeve_length("short-sleeve"),
        D.description("Answer: skirt " * 7 + "Answer:", "leak", hit_limit=True),
        D.details("yes", "non_answer"),
        D.material(
            "Question: What material is the garment made of? Answer: Question: What material is the garment made "
            "of? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Mirra Women Pink & Silver-Toned Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
    ),
    # 14. Rust printed flared palazzos with white ethnic motifs, on a model wearing a plain white short-sleeve top.
    # All texts BASE.
    case(
        "MYN-PAL-0402",
        caption("a woman in a white top and orange printed pants"),
        B.garment_type("shirt", "contradiction"),
        B.color("white", "other_garment_color"),
        B.pattern("printed"),
        is_a("palazzos", "yes", article="a pair of"),
        color_of("palazzos", "orange", kind="open"),
        B.material("rayon"),
        gender=W,
        category="Palazzos",
        color="Rust",
        title="Jaipur Kala Women Rust & White Ethnic Motifs Printed Flared Palazzos",
    ),
    # 15. Sky blue cotton straight kurta, white pintucks, lace at the hem, full sleeves, white pants; model with a
    # short haircut in a garden. All texts BASE.
    case(
        "MYN-KUR-0106",
        caption("a man in a blue shirt and white pants standing in a garden", "pronoun"),
        D.wearing("he is wearing a blue kurta and white pants", "pronoun"),
        D.garment_type("kurta"),
        D.color("blue"),
        D.sleeve_length("long"),
        D.description("it is a garment", "restated"),
        D.details("lace at the bottom and pintucks on the front"),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Sutra Women Blue Pintuck Detail Pure Cotton Straight Kurta",
    ),
    # 16. Navy chiffon saree with white polka dots and a red border, red short-sleeve blouse; model on a street.
    # All texts CAP3.
    case(
        "MYN-SAR-0203",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and graphic patterns. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("The lady wears a short-sleeve shirt with pure color patterns.", "contradiction"),
        D.color(
            "The skirt is with chiffon fabric and graphic patterns. The skirt is with chiffon fabric and graphic "
            "patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        D.pattern("pure color", "contradiction"),
        D.description("The lady wears a short-sleeve shirt with pure color", "cut"),
        gender=W,
        category="Sarees",
        color="Navy Blue",
        title="Sareemall Navy Blue & Red Polka Dot Printed Chiffon Saree",
    ),
    # 17. Emerald anarkali kurta set with gota patti, full sleeves, round neck, green churidar, sheer dupatta; model,
    # plain studio. Caption CAP3; questions QA over that caption (spans of it, or empty).
    case(
        "MYN-KTS-0104",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a long leggings. The leggings are with cotton fabric and pure color "
            "patterns."
        ),
        D.wearing("a long-sleeve dress"),
        D.garment_type("dress"),
        D.color("pure color", "non_answer"),
        D.pattern("graphic"),
        D.sleeve_length("long-sleeve"),
        D.description("The lady wears a long-sleeve dress with graphic patterns"),
        D.details("", "non_answer"),
        D.material("chiffon"),
        gender=W,
        category="Kurta Sets",
        color="Green",
        title="Gotakari Women Green Gotta Patti Anarkali Kurta with Churidar & Dupatta",
    ),
    # 18. Lavender sleeveless straight kurta with silver mirror work, white palazzos; model, white backdrop.
    # All texts BASE.
    case(
        "MYN-KUR-0107",
        caption("a woman in a purple kurta with silver mirror work and white pants"),
        B.garment_type("kurta"),
        B.color("purple"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.pattern("the pattern of the garment is the pattern", "restated"),
        B.material("silk with real silver mirrors sewn by hand in kutch", "unsupported"),
        is_a("kurta", "yes"),
        gender=W,
        category="Kurtas",
        color="Lavender",
        title="Mirrorwala Women Lavender Mirror Work Sleeveless Kurta",
    ),
    # 19. Blue and white ikat cotton kurti, short sleeves, with blue jeans; model. No seller title. All texts VQA.
    case(
        "MYN-KTI-0602",
        caption("blue-white-" * 12 + "blue", "loop", hit_limit=True),
        B.garment_type("denim", "contradiction"),
        B.color("blue"),
        B.pattern("lattice"),
        B.sleeve_length("short-sleeve"),
        is_a("kurti", "yes"),
        B.material("denim", "contradiction"),
        gender=W,
        category="Kurtis",
        color="Blue",
    ),
    # 20. Flat packshot, no person: solid pink chiffon dupatta with a gold gota border, folded on a grey background.
    # All texts CAP1.
    case(
        "MYN-DUP-0702",
        caption("The lady wears a long-sleeve shirt with pure color patterns.", "unsupported"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The lady "
            "wears a long-sleeve shirt with pure",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("scarf"),
        D.color("pink"),
        D.pattern("pure color"),
        D.description("The shirt is with chiffon fabric and it has a", "cut"),
        D.material("chiffon"),
        gender=W,
        category="Dupatta",
        color="Pink",
        title="Phulkari Women Pink & Gold-Toned Gotta Patti Chiffon Dupatta",
    ),
    # 21. White kurta with black neckline embroidery, black palazzos, black dupatta; model, grey background.
    # All texts BASE (one color, black, reused).
    case(
        "MYN-KTS-0105",
        caption("a woman in a white and black kurta set with a black dupatta"),
        D.wearing("a black kurta and black pants", "other_garment_color"),
        D.garment_type("kurta"),
        D.color("black", "other_garment_color"),
        D.pattern("embroidered"),
        D.description("a black and white kurta with black palazzo pants and a black dupatta"),
        D.details("black embroidery on the neck"),
        D.material("black", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Kaaleen Women White & Black Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 22. Yellow organza saree with a pink floral print, sleeveless yellow blouse; model. Caption BASE; the rest VQA.
    case(
        "MYN-SAR-0204",
        caption("a woman in a yellow saree with flowers on it"),
        B.garment_type("dress", "contradiction"),
        B.color(
            "Question: What is the color of the garment? Answer: yellow Question: What is the color of the garment? "
            "Answer: yellow Question",
            "leak",
            hit_limit=True,
        ),
        B.pattern("floral-" * 14 + "floral", "loop", hit_limit=True),
        is_a("saree", "yes"),
        color_of("saree", "yellow-" * 14 + "yellow", "loop", kind="open", hit_limit=True),
        B.material("Answer: organza", "leak"),
        gender=W,
        category="Sarees",
        color="Yellow",
        title="Phoolwari Yellow Floral Printed Organza Saree",
    ),
    # 23. Olive linen straight kurta, mandarin collar, wooden-button placket, full sleeves rolled up, no pocket; woman
    # with a short haircut, beige trousers, city street. Back not shown. All texts BASE.
    case(
        "MYN-KUR-0108",
        caption("a man wearing a green shirt and khaki pants", "pronoun"),
        D.wearing("he is wearing a green kurta with brown buttons", "pronoun"),
        D.garment_type("shirt", "contradiction"),
        D.color("green"),
        D.pattern("solid"),
        D.sleeve_length("long"),
        D.description("it is a green kurta with wooden buttons and a mandarin collar"),
        D.details("wooden buttons, a chest pocket and a logo on the back", "unsupported"),
        D.material("linen"),
        gender=W,
        category="Kurtas",
        color="Olive",
        title="Linenwala Women Olive Green Solid Linen Straight Kurta",
    ),
    # 24. Royal blue velvet lehenga with gold embroidery and a sleeveless blouse on a mannequin, dupatta draped; white
    # background. No seller title. All texts CAP3.
    case(
        "MYN-LEH-0303",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("skirt"),
        D.color(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric and it "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.sleeve_length("sleeveless"),
        D.material("cotton", "unsupported"),
        gender=W,
        category="Lehenga Choli",
        color="Blue",
    ),
    # 25. Black and white striped A-line kurti, short sleeves, black leggings; model in front of a red brick wall.
    # All texts BASE.
    case(
        "MYN-KTI-0603",
        caption("a woman in a black and white striped top standing in front of a brick wall"),
        B.garment_type("tunic"),
        B.color("black and white"),
        B.pattern("striped"),
        B.sleeve_length("short"),
        B.material(
            "the material of the garment is cotton and it is made of cotton and it is made of cotton and it is made "
            "of cotton and it",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Black",
        title="Stripes & Co Women Black & White Striped A-Line Kurti",
    ),
    # 26. Black georgette saree with a silver sequin border, red blouse; model. All texts BASE.
    case(
        "MYN-SAR-0205",
        caption("a woman in a black saree and a red blouse"),
        D.wearing("she is wearing a black saree with a red blouse"),
        D.color("red", "other_garment_color"),
        D.description("a red saree with silver sequins", "other_garment_color"),
        D.details("his saree has silver sequins on the border", "pronoun"),
        D.material("georgette"),
        gender=W,
        category="Sarees",
        color="Black",
        title="Noor Black Sequinned Georgette Saree with Blouse Piece",
    ),
    # 27. Pink cotton A-line kurta with a white leaf print, short sleeves, white pants; model. All texts VQA.
    case(
        "MYN-KUR-0110",
        caption("pink", "non_answer"),
        D.wearing("blouse-" * 14 + "blouse", "loop", hit_limit=True),
        D.garment_type(
            "Question: What type of garment is this? Answer: dress Question: What type of garment is this? Answer: "
            "dress Question",
            "leak",
            hit_limit=True,
        ),
        D.color("pink"),
        D.pattern("floral"),
        D.sleeve_length("short-sleeve"),
        D.description("Answer: pink", "leak"),
        D.details("white", "non_answer"),
        D.material("Question: What material is the garment made of? Answer:", "leak"),
        gender=W,
        category="Kurtas",
        color="Pink",
        title="Leafy Women Pink & White Leaf Printed A-Line Kurta",
    ),
    # 28. Peach floor-length anarkali ethnic dress with a floral print, full sleeves, V neck, bangles on her wrist;
    # model twirling in a garden. All texts CAP3.
    case(
        "MYN-ANK-0502",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("dress"),
        D.color(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape.",
            "non_answer",
        ),
        D.pattern("floral"),
        D.sleeve_length("long-sleeve"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric and its neckline is v-shape. The dress is with chiffon fabric and its "
            "neckline is v-shape. The",
            "loop",
            hit_limit=True,
        ),
        D.material("chiffon"),
        gender=W,
        category="Ethnic Dresses",
        color="Peach",
        title="Bageecha Women Peach-Coloured Floral Print Anarkali Maxi Ethnic Dress",
    ),
    # 29. Maroon wide-leg palazzos with a small gold print, cream short-sleeve crop top; model. All texts BASE.
    case(
        "MYN-PAL-0403",
        caption("a woman in a white top and red pants"),
        B.garment_type("pants"),
        B.color("white", "other_garment_color"),
        B.pattern("the pattern is a pattern", "restated"),
        is_a("palazzos", "yes", article="a pair of"),
        color_of("palazzos", "white", "other_garment_color", kind="open"),
        gender=W,
        category="Palazzos",
        color="Maroon",
        title="Rivaaz Women Maroon Printed Wide Leg Palazzos",
    ),
    # 30. Indigo dabu-print straight kurta, white motifs, mandarin collar, button placket, side pockets; white
    # churidar, brown sandals; model next to a wooden chair in front of a white wall. All texts BASE.
    case(
        "MYN-KUR-0111",
        caption(
            "a woman wearing a blue and white kurta with white pants and a pair of brown sandals standing in front of "
            "a white wall with a wooden chair next to her"
        ),
        D.wearing(
            "a blue kurta with white pants and brown sandals and a silver necklace and silver earrings and a silver "
            "bracelet and a silver ring and a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue"),
        D.description(
            "it is a navy blue cotton kurta with white dabu print, handcrafted by artisans in Rajasthan using natural "
            "dyes",
            "unsupported",
        ),
        D.details("mandarin collar, button placket, and two side pockets with", "cut"),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Indigo Tales Women Navy Blue & White Dabu Printed Straight Kurta",
    ),
    # 31. Red Banarasi silk saree with gold woven motifs, red blouse; model. All texts CAP1.
    case(
        "MYN-SAR-0206",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with silk fabric. The "
            "gentleman wears a long pants.",
            "pronoun",
        ),
        B.garment_type(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with silk fabric. The "
            "gentleman wears a long",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        is_a("saree", "The gentleman wears a long-sleeve shirt with graphic patterns.", "pronoun"),
        color_of("saree", "red", kind="open"),
        B.material("silk"),
        gender=W,
        category="Sarees",
        color="Red",
        title="Banaras Bunkar Red & Gold-Toned Woven Design Banarasi Silk Saree",
    ),
    # 32. Maroon straight kurta with gold yoke embroidery, full sleeves, on a mannequin. No gender, no title.
    # All texts BASE.
    case(
        "MYN-KUR-0112",
        caption("a maroon kurta with gold embroidery on a mannequin"),
        B.garment_type("this is a type of garment", "restated"),
        B.color("the color of the garment is a color", "restated"),
        B.pattern("embroidered"),
        B.sleeve_length("the sleeve length of the garment is the length of the sleeve", "restated"),
        B.material("pure silk with hand embroidered zardozi work by master craftsmen", "unsupported"),
        category="Kurtas",
        color="Maroon",
    ),
    # 33. Yellow printed kurta, pink palazzos, pink dupatta; model. Caption BASE; questions QA over that caption.
    case(
        "MYN-KTS-0801",
        caption("a woman in a yellow kurta with pink pants and a pink dupatta"),
        D.wearing("a yellow kurta with pink pants and a pink dupatta"),
        D.color("pink", "other_garment_color"),
        D.description("a woman in a yellow kurta with pink pants"),
        D.details("", "non_answer"),
        D.material("a woman", "non_answer"),
        gender=W,
        category="Kurta Sets",
        color="Yellow",
        title="Gulaabo Women Yellow & Pink Printed Kurta with Palazzos & Dupatta",
    ),
    # 34. Solid rust-orange cotton kurta, full sleeves; model. All texts VQA.
    case(
        "MYN-KUR-0113",
        caption("orange-" * 24 + "orange", "loop", hit_limit=True),
        color_of("kurta", "orange", kind="open"),
        is_a("kurta", "yes"),
        is_a("saree", "yes", "contradiction"),
        B.pattern("pure color " * 9 + "pure color", "loop", hit_limit=True),
        gender=W,
        category="Kurtas",
        color="Rust",
        title="Mitti Women Rust Orange Solid Cotton Kurta",
    ),
    # 35. Flat packshot, no person: teal silk-cotton saree with a mustard contrast border, folded on white.
    # All texts CAP3.
    case(
        "MYN-SAR-0207",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "it has a round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("The lady wears a long-sleeve sweater", "contradiction"),
        D.pattern("pure color"),
        D.material("knitting", "unsupported"),
        gender=W,
        category="Sarees",
        color="Teal",
        title="Kanchi Teal & Mustard Solid Silk Cotton Saree with Contrast Border",
    ),
    # 36. Mustard lehenga with mirror work, green choli, pink dupatta; model, front view only. All texts BASE.
    case(
        "MYN-LEH-0304",
        caption("a woman in a yellow lehenga with a green blouse and a pink dupatta"),
        D.color("green", "other_garment_color"),
        D.description("a green lehenga with a pink dupatta and mirror work", "other_garment_color"),
        D.details(
            "mirror work on the skirt, a tie-up back with latkans and a cancan attached inside for flare",
            "unsupported",
        ),
        gender=W,
        category="Lehenga Choli",
        color="Mustard",
        title="Rangeela Women Mustard & Green Mirror Work Lehenga Choli with Dupatta",
    ),
    # 37. Multicoloured patchwork kurta (red, blue, green, yellow, orange and pink patches), round neck, full
    # sleeves; model. All texts BASE.
    case(
        "MYN-KUR-0114",
        caption("a woman in a colorful patchwork kurta"),
        D.wearing("he is wearing a colorful kurta", "pronoun"),
        D.color("multicolor"),
        D.description(
            "it is a multicolored kurta made of different pieces of fabric in red, blue, green, yellow, orange and "
            "pink with a round neck and long sleeves and",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the kurta has patches of different colors and prints in red, blue, green, yellow, orange, pink, purple, "
            "white, black, brown",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Multi",
        title="Patchwork Tales Women Multicoloured Printed Patchwork Kurta",
    ),
    # 38. Orange phulkari dupatta with multicolour thread embroidery, over a plain white kurta; model. No title.
    # Caption BASE; questions VQA.
    case(
        "MYN-DUP-0703",
        caption("a woman wearing an orange embroidered scarf over a white kurta"),
        B.garment_type("Answer: vest " * 7 + "Answer:", "leak", hit_limit=True),
        B.color("orange-" * 14 + "orange", "loop", hit_limit=True),
        is_a("dupatta", "Question: Is this a dupatta? Answer: yes", "leak"),
        gender=W,
        category="Dupatta",
        color="Orange",
    ),
    # 39. White short cotton kurti with red thread embroidery, short sleeves, round neck, blue jeans; model.
    # No gender. All texts CAP3.
    case(
        "MYN-KTI-0604",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The T-shirt is with cotton fabric and it has a round neckline. The T-shirt is with cotton fabric and it "
            "has a round neckline. The",
            "loop",
            hit_limit=True,
        ),
        D.material("cotton"),
        category="Kurtis",
        color="White",
        title="Desi Threads White Embroidered Cotton Short Kurti",
    ),
    # 40. Cream chanderi kurta with small gold woven buttis, 3/4 sleeves; model. No handloom mark in the photo.
    # All texts BASE.
    case(
        "MYN-KUR-0115",
        caption("a woman in a cream kurta with gold dots"),
        B.material("chanderi silk, 100% handloom, certified by the handloom mark", "unsupported"),
        B.pattern("the pattern of the garment is a pattern of the garment", "restated"),
        B.sleeve_length("the sleeves are sleeves", "restated"),
        gender=W,
        category="Kurtas",
        color="Cream",
        title="Chanderi Craft Women Cream Woven Design Chanderi Kurta",
    ),
    # 41. Black floor-length anarkali gown with gold mirror work, full sleeves; model on a staircase, front view, no
    # belt. All texts BASE.
    case(
        "MYN-ANK-0503",
        caption("a woman in a black gown with gold embroidery on a staircase"),
        D.wearing("he is wearing a black gown", "pronoun"),
        D.details("it has a hidden zip on the side, fully lined, and comes with a detachable belt", "unsupported"),
        gender=W,
        category="Ethnic Dresses",
        color="Black",
        title="Raat Women Black Embellished Anarkali Gown",
    ),
    # 42. Pink kurta with short sleeves, white cotton straight pants (not denim); model. No title. Caption and
    # questions VQA.
    case(
        "MYN-KTS-0802",
        caption(
            "Question: What is the color of the shirt? Answer: pink Question: What is the color of the pants? Answer: "
            "white Question: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        B.sleeve_length("short-sleeve-" * 7 + "short-sleeve", "loop", hit_limit=True),
        B.color("pink"),
        gender=W,
        category="Kurta Sets",
        color="Pink",
    ),
    # 43. Orange-to-pink ombre chiffon saree with a thin gold border, matching blouse seen from the front only; model
    # on a beach, sea behind. No seller color. All texts BASE.
    case(
        "MYN-SAR-0208",
        caption("a woman in an orange and pink saree posing on a beach with the sea behind her"),
        D.description(
            "the saree is orange at the top and pink at the bottom and it is made of chiffon and it has a thin gold "
            "border and it is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "the saree has a gold border and the blouse has a deep back with a dori and a", "cut", hit_limit=True
        ),
        D.material("chiffon " * 14 + "chiffon", "loop", hit_limit=True),
        gender=W,
        category="Sarees",
        title="Ombre Women Orange & Pink Ombre Dyed Chiffon Saree",
    ),
    # 44. Flat packshot, no person: black palazzos with white polka dots, folded at the waist so no waistband detail
    # or pockets show, on white. No title. All texts BASE.
    case(
        "MYN-PAL-0404",
        caption("a pair of black pants with white polka dots on a white background"),
        B.material(
            "it is made of a soft and breathable rayon fabric that is perfect for the summer and it has an elastic "
            "waistband with a drawstring and",
            "cut",
            hit_limit=True,
        ),
        B.pattern("polka dots"),
        B.sleeve_length("the sleeve length of the garment is", "restated"),
        D.details("an elastic waist with a drawstring and two deep side pockets and a zip", "unsupported"),
        gender=W,
        category="Palazzos",
        color="Black",
    ),
]
