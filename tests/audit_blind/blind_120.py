"""BLIND_120 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear): written blind
in the twentieth session. Measured blind at ada65a5: 119/141 failures found (84.4%) and 16/143 correct texts flagged
(11.2%). The writer's notes, verbatim:

Blind corpus 120: BLIP-2 OPT-2.7b on a Myntra-style catalog of women's ethnic wear.

Scenario
    The original experiments' untuned base model and their fine-tuned adapters re-run on a Myntra-style catalog of
    women's ethnic wear: kurtas, kurta sets, anarkalis, sarees, lehenga cholis, salwar suits, dupattas and ethnic
    jackets, photographed on models, on mannequins and as flat packshots. Every product was asked enrich's default
    questionnaire (DEFAULT_QUESTIONS; a few also got the VQA data's "Is this a ...?" question); a question may be
    missing where the run dropped it. The seller's marketplace columns are passed to case(): gender, category
    (article type), color (base colour) and title (the seller's own words); some products lack one or more.

Which system wrote which text (named in the comment above each case)
    - base:   the untuned Salesforce/blip2-opt-2.7b (stops on its own, short answers).
    - cap-e1: leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch (caption adapter, epoch 1).
    - cap-e3: leoreigoto/Data2_V2_Blip2_Finetune_Caption (caption adapter, epoch 3): answers every prompt with the
              DeepFashion-MultiModal caption template ("The lady wears a long-sleeve shirt with pure color patterns.").
    - vqa:    leoreigoto/Data3_V3_BLIP2_VQA (VQA adapter, 1 epoch): In-shop classes and vendor colors, loops.
    Closed questions are answered by ranking candidates with the named model (a short candidate label), or, where
    the comment says "raw", the generated text is kept because it did not map to a candidate. Greedy decoding,
    30 new tokens for answers and 50 for captions, prompt "Question: <question> Answer:".

How it was written
    Blind: I read only ../shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py (layout, makers, TARGETS).
    I did not read the audits, their tests, the other corpora or any other file; all photos are imagined and
    described in the comment above each case, and every label was judged against that imagined photo.

Label conventions and judgement calls
    - One label per text. When a text has several faults, the label is the first that applies in this order:
      loop, leak, cut, then the fault of content (pronoun, other_garment_color, contradiction, unsupported,
      restated, non_answer). E.g. a caption-template answer that calls a kurta a "shirt" and stops at the token
      limit is labelled cut.
    - hit_limit=True on every text that ran to the 30 (answer) or 50 (caption) new-token limit: cut texts, loops
      and leaks that kept going. A text that ends mid-phrase before the limit is cut with hit_limit=False.
    - Near-color synonyms are correct: mustard~yellow, maroon/burgundy~(dark) red, off-white~white/cream,
      teal~green, navy/indigo/turquoise~blue, rust/coral~orange, magenta~pink, lavender/mauve~purple,
      peach~light pink, charcoal~grey, olive~green, multi~multicolor. A plainly different hue is a failure.
    - Product color: the color of the product the seller sells (the kurta of a kurta set, the saree, not its
      blouse; the jacket, not the kurta under it; the dupatta, not the outfit). A closed color answer giving
      another garment's or the border's color is a contradiction; an open answer (wearing, description) that gives
      the product another garment's color is other_garment_color. Giving each garment its own color is correct.
    - Garment names: "top" for a short kurti, "scarf" for a dupatta, "vest"/"jacket" for an ethnic jacket,
      "skirt and top" for a lehenga choli, and "dress"/"gown" for a floor-length anarkali in free text are correct.
      "shirt" or "dress" for a straight kurta, "saree" for a lehenga, and a closed garment_type of another category
      (dress for an anarkali kurta sold as Kurtas, kurta for a jacket or a dupatta, an accessory) are contradictions.
      Those inside a caption-template text that is cut are labelled cut (rule above).
    - Captions that name the background, the mannequin or the other garments of a layered look are correct.
    - Packshots (no person): naming the product for "What is the person wearing?" is correct; "nothing" is a
      non_answer; "she is wearing ..." on a folded packshot invents a person (unsupported); "he" is a pronoun failure.
    - A material that is plausible from the photo and not contradicted by the title is correct; invented hidden
      parts (zips, linings, pockets, drawstrings under a kurta) are unsupported; "made of fabric/cloth/material" is
      restated; "i don't know", "unknown", "nothing", "" and pattern words answered as a color are non_answer.
    - A text that starts with or continues into "Question:"/"Answer:" is a leak.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import Case, caption, case, is_a

W = "Women"

BLIND_120: list[Case] = [
    # 1. Model in a mustard-yellow straight kurta with a white floral block print, three-quarter sleeves, over white
    # palazzos, white studio wall. caption/wearing/material: base; closed: base ranking; description/details: cap-e3.
    case(
        "MYN-ETH-12001",
        caption("a woman in a yellow kurta and white pants standing against a white wall"),
        D.wearing("a yellow kurta and white palazzo pants"),
        D.color("yellow"),
        D.pattern("floral"),
        D.description(
            "The lady wears a three-quarter-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a round",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The lady wears a three-quarter-sleeve shirt with floral patterns. It has a round neckline. The shirt is "
            "with",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Mustard",
        title="Saanjh Women Mustard Yellow & White Floral Printed Straight Kurta",
    ),
    # 2. Model in a floor-length maroon anarkali with gold zari embroidery on the yoke, full sleeves, matching
    # trousers and a maroon dupatta on one shoulder. caption/wearing/description: base; closed: base ranking;
    # details: cap-e1; material: vqa (raw).
    case(
        "MYN-ETH-12002",
        caption("a woman in a maroon dress with gold embroidery on the neck"),
        D.wearing("she is wearing a maroon anarkali suit with a dupatta"),
        D.garment_type("kurta set"),
        D.color("maroon"),
        D.description("a long maroon dress with gold embroidery and long sleeves"),
        D.details(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is with chiffon fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "polyester-polyester-polyester-polyester-polyester-polyester-polyester-polyester-polyester-polyester",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Maroon",
        title="Varnika Women Maroon Embroidered Anarkali Kurta with Trousers & Dupatta",
    ),
    # 3. Model in a red Banarasi silk saree with a broad gold zari border and small gold buttis, matching red blouse.
    # caption/details: cap-e3; wearing/description/material: base; closed: base ranking.
    case(
        "MYN-ETH-12003",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. This lady wears a ring. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        D.garment_type("saree"),
        D.color("red"),
        D.description("a red saree with a gold border and gold flowers"),
        D.details(
            "This woman wears a short-sleeve dress with lattice patterns. The dress is with silk fabric. It has a "
            "v-shape neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.material("silk"),
        gender=W,
        category="Sarees",
        color="Red",
        title="Kalanidhi Red & Gold-Toned Woven Design Zari Banarasi Saree",
    ),
    # 4. Flat packshot, no person: navy-blue straight kurta, long sleeves, white thread embroidery around the round
    # neck, on a white background. caption/wearing/description/details/material: base; color: vqa (raw);
    # sleeve_length: base ranking.
    case(
        "MYN-ETH-12004",
        caption("a navy blue kurta with white embroidery on a white background"),
        D.wearing("a blue kurta"),
        D.color(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        D.sleeve_length("long"),
        D.description("he is wearing a blue kurta with white embroidery", "pronoun"),
        D.details("the details of the garment are the details of the kurta", "restated"),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Indigo Tale Women Navy Blue Yoke Design Straight Kurta",
    ),
    # 5. Headless mannequin in a pink lehenga choli: pink skirt with gold embroidery, pink blouse, a green net
    # dupatta draped over one shoulder. caption/wearing: base; closed: base ranking; description: cap-e1;
    # details: cap-e3.
    case(
        "MYN-ETH-12005",
        caption("a pink and green lehenga on a mannequin"),
        D.wearing("a pink lehenga with a green dupatta"),
        D.garment_type("lehenga choli"),
        D.color("green", "contradiction"),
        D.pattern("embroidered"),
        D.description(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is with chiffon fabric. It has a round neckline. The dress is with chiffon fabric. It has a "
            "round neckline. The dress",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Rangrez Pink & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 6. Model in a teal straight kurta with a small white floral print, three-quarter sleeves, with white leggings.
    # Seller colour missing. caption/wearing/details: base; closed: base ranking; description: cap-e3; material: vqa.
    case(
        "MYN-ETH-12006",
        caption("a woman in a green kurta and white leggings"),
        D.wearing("a white kurta and white leggings", "other_garment_color"),
        D.color("teal"),
        D.pattern("floral"),
        D.description(
            "This lady wears a three-quarter-sleeve shirt with floral patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a round neck and three quarter sleeves"),
        D.material(
            "cotton Question: What is the color of the kurta? Answer: green Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        title="Aavya Women Teal Printed Straight Kurta",
    ),
    # 7. Model in an off-white chikankari kurta (white thread embroidery), three-quarter sleeves, white palazzos,
    # beige wall. caption/wearing/details/material: base; closed: base ranking; description: cap-e3.
    case(
        "MYN-ETH-12007",
        caption("a woman in a white kurta standing in front of a beige wall"),
        D.wearing("a white kurta and white pants"),
        D.color("cream"),
        D.sleeve_length("three-quarter"),
        D.description(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a v neck with a slit and a pocket on the side", "unsupported"),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Off White",
        title="Lucknowi Threads Women Off-White Chikankari Embroidered Pure Cotton Kurta",
    ),
    # 8. Flat packshot, no person: a folded yellow dupatta with a gold gota-patti border and tassels at the ends.
    # caption/wearing/details/material: base; closed: base ranking; description: vqa.
    case(
        "MYN-ETH-12008",
        caption("a yellow scarf with gold trim"),
        D.wearing("nothing", "non_answer"),
        D.garment_type("dupatta"),
        D.color("yellow"),
        D.description(
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            hit_limit=True,
        ),
        D.details("it has gold tassels on the ends"),
        D.material("chiffon"),
        gender=W,
        category="Dupatta",
        color="Yellow",
        title="Saanjh Yellow Gotta Patti Dupatta",
    ),
    # 9. Model in a sleeveless black ethnic jacket with a gold block print, worn over a plain white kurta and white
    # palazzos. The product is the jacket. caption/wearing/description: base; closed: base ranking; details: cap-e3.
    case(
        "MYN-ETH-12009",
        caption("a woman wearing a black jacket over a white kurta"),
        D.wearing("a white kurta and a black vest"),
        D.garment_type("kurta", "contradiction"),
        D.color("black"),
        D.sleeve_length("sleeveless"),
        D.description("it is a white jacket with gold print", "other_garment_color"),
        D.details(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "v-shape neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Jackets",
        color="Black",
        title="Indigo Tale Women Black & Gold-Toned Printed Ethnic Jacket",
    ),
    # 10. Model in a peach georgette saree with a sequinned border and a peach sleeveless blouse, grey studio.
    # caption/wearing/description/details: base; closed: base ranking; material: cap-e3.
    case(
        "MYN-ETH-12010",
        caption("a woman in a peach colored saree posing for a photo"),
        D.wearing("a light pink saree"),
        D.color("peach"),
        D.pattern("embellished"),
        D.description("she is wearing a peach saree with sequins on the border"),
        D.details("it has sequins on the border and a zipper on the back", "unsupported"),
        D.material(
            "The dress is with chiffon fabric. It has a v-shape neckline. The lady wears a ring. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Peach",
        title="Mirra Peach Sequinned Georgette Saree",
    ),
    # 11. Model in a bottle-green salwar suit: green kurta with a gold embroidered neckline, green salwar, green and
    # gold dupatta. This run used cap-e3 for everything (the caption template for every prompt); closed answers raw
    # where they did not map; pattern mapped to a candidate.
    case(
        "MYN-ETH-12011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.garment_type(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.color("pure color", "non_answer"),
        D.pattern("pure color"),
        D.details(
            "It has a round neckline. The shirt is with cotton fabric. It has a round neckline. The shirt is with "
            "cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Salwar Suits",
        color="Green",
        title="Rangrez Women Green Embroidered Kurta with Salwar & Dupatta",
    ),
    # 12. Flat packshot: blue and white vertically striped cotton straight kurta, mandarin collar, button placket,
    # long roll-up sleeves, white background. caption/wearing/details: base; closed: base ranking; description: cap-e1.
    case(
        "MYN-ETH-12012",
        caption("a blue and white striped kurta on a white background"),
        D.wearing("a blue and white striped shirt", "contradiction"),
        D.color("blue"),
        D.pattern("striped"),
        D.description(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.details("it has buttons on the front and a collar"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Cotton Kahani Women Blue & White Striped Pure Cotton Straight Kurta",
    ),
    # 13. Headless dress form in a magenta straight kurta with a gold foil print, three-quarter sleeves.
    # caption/wearing/material: base; closed: base ranking; details: cap-e3.
    case(
        "MYN-ETH-12013",
        caption("a pink kurta with gold print on a mannequin"),
        D.wearing("a pink and gold kurta"),
        D.garment_type("kurta"),
        D.color("pink"),
        D.pattern("printed"),
        D.details(
            "The lady wears a three-quarter-sleeve dress with graphic patterns. The dress is with cotton fabric. It "
            "has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("it is made of fabric", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Magenta",
        title="Varnika Women Magenta & Gold-Toned Foil Printed Kurta",
    ),
    # 14. Model in a kurta set: white-ground kurta with a red, green and blue floral print, three-quarter sleeves,
    # matching trousers, no dupatta. caption/wearing/details: base; closed: base ranking; description: vqa.
    case(
        "MYN-ETH-12014",
        caption("a woman in a colorful floral dress", "contradiction"),
        D.wearing("a floral print kurta and pants"),
        D.color("multicolor"),
        D.pattern("floral"),
        D.description(
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "the kurta has a round neck and three quarter sleeves and the pants have a drawstring", "unsupported"
        ),
        gender=W,
        category="Kurta Sets",
        color="Multi",
        title="Jaipur Kala Women Multicoloured Floral Printed Kurta with Trousers",
    ),
    # 15. Model in a rust A-line kurta, three-quarter sleeves, cream palazzos, silver jhumkas. Seller gender and
    # colour missing. caption/description/details: base; wearing: cap-e1; closed: base ranking.
    case(
        "MYN-ETH-12015",
        caption("a woman in an orange kurta and white pants"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. This lady",
            "cut",
            hit_limit=True,
        ),
        D.garment_type("kurta"),
        D.color("white", "contradiction"),
        D.sleeve_length("three-quarter"),
        D.description("a man wearing an orange kurta", "pronoun"),
        D.details("the kurta has a round neck and a slit on the side"),
        category="Kurtas",
        title="Women Rust Solid A-Line Kurta",
    ),
    # 16. Model in a lavender net lehenga with silver sequin embroidery, lavender blouse and sheer lavender dupatta.
    # caption: cap-e3; wearing/description/details: base; closed: base ranking; material: cap-e1.
    case(
        "MYN-ETH-12016",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with floral patterns. The dress is with chiffon "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a purple lehenga"),
        D.garment_type("lehenga choli"),
        D.color("purple"),
        D.description("a light purple lehenga with silver sequins and a dupatta"),
        D.details("the lehenga has sequins all over and a net dupatta"),
        D.material(
            "The dress is with chiffon fabric. It has a v-shape neckline. The dress is of long length. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Lavender",
        title="Mirra Lavender Embellished Sequinned Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 17. Model in a cream cotton saree with a red border, red short-sleeve blouse. caption/wearing/description/
    # material: base; closed: base ranking; details: cap-e3.
    case(
        "MYN-ETH-12017",
        caption("a woman in a white and red saree"),
        D.wearing("a red saree", "other_garment_color"),
        D.color("cream"),
        D.description("a red blouse and a white saree"),
        D.details(
            "The lady wears a short-sleeve shirt with pure color patterns. It has a round neckline. The shirt is with "
            "cotton fabric. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Sarees",
        color="Cream",
        title="Taant Ghar Cream & Red Pure Cotton Saree",
    ),
    # 18. Model in a floor-length black anarkali kurta with multicoloured thread embroidery on yoke and hem, full
    # sleeves. caption: cap-e1; wearing and details: vqa; closed: vqa ranking; description: base.
    case(
        "MYN-ETH-12018",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. This lady wears earrings. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        D.wearing(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        D.garment_type("dress", "contradiction"),
        D.color("black"),
        D.pattern("embroidered"),
        D.description("a black dress with colorful embroidery"),
        D.details(
            "Question: What are the details of the garment? Answer: black Question: What is the color of the dress? "
            "Answer: black",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Varnika Women Black Embroidered Anarkali Kurta",
    ),
    # 19. Model in a lime-green kurta with pink gota trim, lime-green trousers and a pink dupatta with a lime border.
    # caption/wearing/description/material: base; closed: base ranking; details: cap-e3.
    case(
        "MYN-ETH-12019",
        caption("a woman in a green kurta and pink dupatta"),
        D.wearing("a pink kurta with green pants", "other_garment_color"),
        D.color("pink", "contradiction"),
        D.description("a green kurta with pink trim and a pink dupatta"),
        D.details(
            "The lady wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("cotton"),
        gender=W,
        category="Kurta Sets",
        color="Lime Green",
        title="Saanjh Women Lime Green Gotta Patti Kurta with Trousers & Pink Dupatta",
    ),
    # 20. Flat packshot on grey: indigo A-line kurta with a white dabu floral block print, round neck, no pockets.
    # caption: cap-e1; wearing/description/details/material: base; closed: base ranking.
    case(
        "MYN-ETH-12020",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a blue and white kurta"),
        D.color("blue"),
        D.pattern("solid", "contradiction"),
        D.description("it is a blue kurta with white flowers and a pocket", "unsupported"),
        D.details("", "non_answer"),
        D.material("cotton"),
        gender=W,
        category="Kurtas",
        color="Navy Blue",
        title="Jaipur Kala Women Indigo Dabu Printed A-Line Pure Cotton Kurta",
    ),
    # 21. Headless mannequin in a burgundy velvet longline ethnic jacket, long sleeves, gold zardozi embroidery,
    # open front. caption/details/material: base; closed: base ranking except color (vqa, raw); description: cap-e3.
    case(
        "MYN-ETH-12021",
        caption("a dark red velvet jacket with gold embroidery on a mannequin"),
        D.garment_type("jacket"),
        D.color("burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy-burgundy", "loop", hit_limit=True),
        D.sleeve_length("long"),
        D.description(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. It has "
            "a lapel neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.details("it has gold embroidery on the front and a zipper on the side", "unsupported"),
        D.material("velvet"),
        gender=W,
        category="Ethnic Jackets",
        color="Burgundy",
        title="Rangrez Women Burgundy Embroidered Velvet Longline Ethnic Jacket",
    ),
    # 22. Model in a plain white kurta and white churidar with a sea-green organza dupatta (embroidered floral border)
    # over both shoulders. The product is the dupatta. All texts: base (closed by ranking).
    case(
        "MYN-ETH-12022",
        caption("a woman in a white kurta and green dupatta"),
        D.wearing("a white kurta with a green scarf"),
        D.garment_type("kurta", "contradiction"),
        D.color("white", "contradiction"),
        D.description("a white kurta with long sleeves", "other_garment_color"),
        D.details("the dupatta has a floral border"),
        gender=W,
        category="Dupatta",
        color="Sea Green",
        title="Mirra Sea Green Embroidered Organza Dupatta",
    ),
    # 23. Model in a white straight kurta with blue thread embroidery on the yoke and sleeve hems, three-quarter
    # sleeves, blue palazzos. caption/wearing/details: base; closed: base ranking; description: cap-e3; material: vqa.
    case(
        "MYN-ETH-12023",
        caption("a woman in a white kurta with blue embroidery and blue pants"),
        D.wearing("he is wearing a white kurta and blue pants", "pronoun"),
        D.color("white"),
        D.pattern("embroidered"),
        D.sleeve_length("three-quarter"),
        D.description(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.details("blue embroidery on the neck and sleeves"),
        D.material(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="White",
        title="Lucknowi Threads Women White Embroidered Straight Kurta",
    ),
    # 24. Model on a street in a short pink kurti with a white floral print, short sleeves, with blue jeans.
    # caption/description/details/material: base; wearing: cap-e1; closed: base ranking.
    case(
        "MYN-ETH-12024",
        caption("a woman in a pink top and jeans standing on the street"),
        D.wearing(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        D.color("blue", "contradiction"),
        D.pattern("floral"),
        D.description("she is wearing a blue kurti with white flowers", "other_garment_color"),
        D.details("the details of the garment are shown in the picture", "non_answer"),
        D.material("denim", "contradiction"),
        gender=W,
        category="Kurtis",
        color="Pink",
        title="Aavya Women Pink Floral Printed Kurti",
    ),
    # 25. Model in a charcoal-grey straight kurta with silver mirror work on the yoke, charcoal trousers, white wall.
    # caption/wearing/material: base; closed: base ranking; description: vqa; details: cap-e3.
    case(
        "MYN-ETH-12025",
        caption("a woman in a grey kurta and pants"),
        D.wearing("a grey kurta with mirror work"),
        D.garment_type("kurta set"),
        D.color("grey"),
        D.description(
            "grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey-grey", "loop", hit_limit=True
        ),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        D.material("the garment is made of cloth", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Charcoal",
        title="Cotton Kahani Women Charcoal Grey Mirror Work Kurta with Trousers",
    ),
    # 26. Bride-styled model in a red lehenga choli with heavy gold embroidery, red net dupatta over the head,
    # jewellery. caption/wearing: base; closed: base ranking; description/details/material: cap-e3.
    case(
        "MYN-ETH-12026",
        caption("a bride in a red lehenga"),
        D.wearing("a red lehenga with gold embroidery and a veil"),
        D.garment_type("saree", "contradiction"),
        D.color("red"),
        D.description(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "There is an accessory on her wrist. This lady wears a ring. There is an accessory on her wrist. This "
            "lady wears a ring. There",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "The dress is with chiffon fabric. It has a v-shape neckline. There is an accessory on her wrist. This "
            "lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Kalanidhi Red & Gold-Toned Embroidered Bridal Lehenga Choli with Dupatta",
    ),
    # 27. Flat packshot: a royal-blue Kanjeevaram silk saree folded to show its pink border and a pallu with pink
    # paisley motifs, white background. caption/wearing/description/material: base; color/pattern: base ranking;
    # details and is_a: vqa.
    case(
        "MYN-ETH-12027",
        caption("a blue and pink silk saree folded on a white background"),
        D.wearing("a blue saree"),
        D.color("pink", "contradiction"),
        D.pattern("paisley"),
        D.description("she is wearing a blue saree with a pink border", "unsupported"),
        D.details("blue-pink-blue-pink-blue-pink-blue-pink-blue-pink-blue-pink-blue-pink-blue", "loop", hit_limit=True),
        D.material("silk"),
        is_a("lehenga", "yes", "contradiction"),
        gender=W,
        category="Sarees",
        color="Blue",
        title="Kalanidhi Blue & Pink Kanjeevaram Silk Saree",
    ),
    # 28. Model in a floor-length yellow anarkali ethnic dress with a white floral print and full sleeves.
    # caption/wearing: base; closed: base ranking; description: cap-e1; details: cap-e3; material: vqa.
    case(
        "MYN-ETH-12028",
        caption("a woman in a long yellow dress"),
        D.wearing("a yellow gown"),
        D.garment_type("dress"),
        D.color("yellow"),
        D.sleeve_length("short", "contradiction"),
        D.description(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The dress is of long length. The dress is with cotton fabric. The dress is of long length. The dress is "
            "with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        D.material(
            "Answer: cotton Question: What is the color of the dress? Answer: yellow Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Dresses",
        color="Yellow",
        title="Aavya Women Yellow Floral Printed Anarkali Maxi Ethnic Dress",
    ),
    # 29. Model in a purple straight kurta with an ethnic-motif print and side slits, black leggings, sunglasses
    # pushed up on her head. All texts: base (closed by ranking).
    case(
        "MYN-ETH-12029",
        caption("a woman in a purple kurta and black leggings wearing sunglasses"),
        D.wearing("a black kurta and black leggings", "other_garment_color"),
        D.garment_type("sunglasses", "contradiction"),
        D.description("he is wearing a purple kurta", "pronoun"),
        D.details("the details of the kurta are printed", "restated"),
        D.material("i don't know", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Purple",
        title="Indigo Tale Women Purple Ethnic Motifs Printed Straight Kurta",
    ),
    # 30. Model in a sleeveless olive-green longline printed ethnic jacket over a long-sleeve black kurta and black
    # pants. The product is the jacket. caption/wearing/description: base; closed: base ranking; details: vqa.
    case(
        "MYN-ETH-12030",
        caption("a woman in a green jacket and black pants"),
        D.wearing("a green jacket over a black kurta"),
        D.color("black", "contradiction"),
        D.sleeve_length("long", "contradiction"),
        D.description("a black jacket with green print", "other_garment_color"),
        D.details(
            "olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive-olive",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Ethnic Jackets",
        color="Olive",
        title="Rangrez Women Olive Green Printed Longline Ethnic Jacket",
    ),
    # 31. Mannequin in a coral kurta set: coral kurta with white chikan embroidery, coral trousers, white dupatta.
    # caption/description/material: base; wearing: cap-e3; color: base ranking; details: cap-e1.
    case(
        "MYN-ETH-12031",
        caption("an orange kurta with a white dupatta on a mannequin"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        D.color("orange"),
        D.description("a white kurta with orange pants and a white dupatta", "other_garment_color"),
        D.details(
            "Question: What are the details of the garment? Answer: The lady wears a long-sleeve shirt with pure "
            "color patterns. The shirt",
            "leak",
            hit_limit=True,
        ),
        D.material("it is made of a material", "restated"),
        gender=W,
        category="Kurta Sets",
        color="Coral",
        title="Lucknowi Threads Women Coral Embroidered Kurta with Trousers & Dupatta",
    ),
    # 32. Model in a gold tissue saree with a silver border and a black sleeveless blouse. caption: cap-e1;
    # wearing/description/details: base; color: base ranking; is_a: vqa (raw).
    case(
        "MYN-ETH-12032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon",
            "cut",
            hit_limit=True,
        ),
        D.wearing("a gold saree and a black blouse"),
        D.color("gold"),
        D.description("a black saree with a gold border", "other_garment_color"),
        D.details("the saree has a shiny finish and a silver border"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Gold",
        title="Mirra Gold-Toned Tissue Saree with Zari Border",
    ),
    # 33. Flat packshot: turquoise-blue straight kurta with a white geometric print, round neck, no collar, no
    # pockets. Seller title missing. caption/wearing/details/material: base; pattern: base ranking; description: cap-e3.
    case(
        "MYN-ETH-12033",
        caption("a blue and white kurta on a white background"),
        D.wearing("a blue shirt", "contradiction"),
        D.pattern("geometric"),
        D.description(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this",
            "cut",
            hit_limit=True,
        ),
        D.details("it has a collar and pockets", "unsupported"),
        D.material("unknown", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # 34. Headless mannequin in a mint-green lehenga with pink floral embroidery and a mint blouse, no dupatta.
    # caption: vqa (VQA training broke captions); wearing/description/details: base; closed: base ranking.
    case(
        "MYN-ETH-12034",
        caption(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a green lehenga with pink flowers"),
        D.color("green"),
        D.pattern("floral"),
        D.description("a pink lehenga with green embroidery", "contradiction"),
        D.details("it has a drawstring waist with tassels and a hidden zip", "unsupported"),
        gender=W,
        category="Lehenga Choli",
        color="Green",
        title="Saanjh Mint Green Floral Embroidered Lehenga Choli",
    ),
    # 35. Model in a black-and-white geometric printed straight kurta with black trousers. caption/details/material:
    # base; wearing: cap-e3; color: base ranking; description: vqa.
    case(
        "MYN-ETH-12035",
        caption("a woman in a black and white kurta"),
        D.wearing(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants",
            "cut",
            hit_limit=True,
        ),
        D.color("black"),
        D.description(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        D.details("he is wearing a black and white kurta", "pronoun"),
        D.material("it is made of", "cut"),
        gender=W,
        category="Kurtas",
        color="Black",
        title="Cotton Kahani Women Black & White Geometric Printed Kurta",
    ),
    # 36. Model in a plain white kurta and white churidar with an orange bandhani dupatta (white dots, red border)
    # over one shoulder. The product is the dupatta. caption/wearing/description/details: base; closed: base ranking;
    # material: vqa.
    case(
        "MYN-ETH-12036",
        caption("a woman in a white kurta with an orange dupatta"),
        D.wearing("a white kurta and an orange dupatta"),
        D.garment_type("dupatta"),
        D.color("orange"),
        D.description("a white kurta with long sleeves and a round neck", "other_garment_color"),
        D.details("the dupatta has small white dots and a red border"),
        D.material(
            "Question: What material is the garment made of? Answer: cotton Question: What material is the garment "
            "made of?",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Orange",
        title="Jaipur Kala Orange & Red Bandhani Dupatta",
    ),
    # 37. Model in a wine salwar suit: wine kurta, wine salwar and a gold-toned dupatta. All texts: base.
    case(
        "MYN-ETH-12037",
        caption("a woman in a maroon salwar kameez with a gold dupatta"),
        D.wearing("she is wearing a gold kurta and maroon pants", "other_garment_color"),
        D.description("it is a garment", "restated"),
        D.details("i don't know", "non_answer"),
        D.material("the kurta is made of silk and the dupatta is made of pure gold thread", "unsupported"),
        gender=W,
        category="Salwar Suits",
        color="Burgundy",
        title="Varnika Women Wine Kurta with Salwar & Gold-Toned Dupatta",
    ),
    # 38. Model in a garden in a sky-blue chikankari kurta with white thread embroidery, white palazzos, no dupatta.
    # Seller colour missing. caption/description/details/material: base; wearing: cap-e1; color: base (raw).
    case(
        "MYN-ETH-12038",
        caption("a woman in a light blue kurta standing in a garden"),
        D.wearing(
            "The lady wears a long-sleeve shirt with pure color patterns. The lady wears a long-sleeve shirt with "
            "pure color patterns. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        D.color("light", "non_answer"),
        D.description("a blue kurta with white embroidery and a matching dupatta", "unsupported"),
        D.details("the details of the garment are the embroidery on the garment", "restated"),
        D.material("Answer: cotton", "leak"),
        gender=W,
        category="Kurtas",
        title="Lucknowi Threads Women Blue Chikankari Embroidered Kurta",
    ),
    # 39. Model in a pink-to-orange ombre georgette saree with a gold border and a pink blouse. caption/wearing/
    # details/material: base; color: base ranking; description: cap-e3.
    case(
        "MYN-ETH-12039",
        caption("a woman in an orange and pink saree"),
        D.wearing("a man in a pink saree", "pronoun"),
        D.color("multicolor"),
        D.description(
            "The lady wears a sleeveless dress with color block patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an",
            "cut",
            hit_limit=True,
        ),
        D.details("nothing", "non_answer"),
        D.material("Question: What material is the garment made of? Answer: chiffon", "leak"),
        gender=W,
        category="Sarees",
        color="Multi",
        title="Mirra Pink & Orange Ombre Georgette Saree",
    ),
    # 40. Model in a dark-green velvet kurta with gold gota trim and green trousers, no belt, no pockets visible.
    # caption/wearing/description: base; color: base ranking; details: cap-e1.
    case(
        "MYN-ETH-12040",
        caption("a woman in a green velvet kurta"),
        D.wearing("the person is wearing clothes", "restated"),
        D.color("dark green"),
        D.description("a green velvet kurta with gold trim, a pocket on the side and a matching belt", "unsupported"),
        D.details(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with velvet fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Green",
        title="Rangrez Women Green Velvet Gotta Patti Kurta with Trousers",
    ),
    # 41. Flat packshot on grey: white straight kurta with a red and black Kalamkari print, round neck, no placket,
    # no pockets. All texts: base (pattern by ranking).
    case(
        "MYN-ETH-12041",
        caption("a white kurta with red and black print on a grey background"),
        D.wearing("", "non_answer"),
        D.pattern("printed"),
        D.details("it has a mandarin collar, side pockets and a button placket", "unsupported"),
        D.material("the garment is made of the material of the garment", "restated"),
        gender=W,
        category="Kurtas",
        color="White",
        title="Jaipur Kala Women White & Red Kalamkari Printed Kurta",
    ),
    # 42. Flat packshot: a mauve lehenga skirt with silver zari, folded mauve blouse fabric and dupatta, white surface.
    # caption/wearing/description: base; color: base ranking; details: vqa.
    case(
        "MYN-ETH-12042",
        caption("a purple skirt and top laid out on a white surface"),
        D.wearing("nothing", "non_answer"),
        D.color("mauve"),
        D.description("she is wearing a purple lehenga with silver work", "unsupported"),
        D.details(
            "silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver-silver",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Mauve",
        title="Kalanidhi Mauve Zari Woven Semi-Stitched Lehenga Choli",
    ),
    # 43. Model in a short brown printed ethnic jacket (cream floral print) over a plain cream kurta. The product is
    # the jacket. Seller gender missing. All texts: base (color by ranking).
    case(
        "MYN-ETH-12043",
        caption("a woman in a brown jacket over a white kurta"),
        D.color("brown"),
        D.description("a cream jacket with brown flowers", "other_garment_color"),
        D.details("he is wearing a brown jacket", "pronoun"),
        D.material("it is made of cotton and it has a lining inside", "unsupported"),
        category="Ethnic Jackets",
        color="Brown",
        title="Indigo Tale Brown Printed Short Ethnic Jacket",
    ),
    # 44. Model in a yellow kurta with mirror work, white palazzos and a multicoloured floral dupatta. Seller colour
    # missing. caption/wearing/details: base; description/material: vqa.
    case(
        "MYN-ETH-12044",
        caption("a woman in a yellow kurta with a floral dupatta and white palazzo pants"),
        D.wearing("a white kurta and white pants", "other_garment_color"),
        D.description(
            "Answer: yellow Answer: yellow Answer: yellow Answer: yellow Answer: yellow Answer: yellow Answer: yellow "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        D.details("the details", "non_answer"),
        D.material(
            "Question: What is the pattern of the garment? Answer: floral Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        title="Saanjh Women Yellow Mirror Work Kurta with Palazzos & Dupatta",
    ),
]
