"""BLIND_132 (44 products; the experiments re-run on a Myntra-style catalog of women's ethnic wear, in their own
questionnaire): written blind in the twentieth session. Measured blind at 6125a52: 122/140 failures found (87.1%)
and 14/145 correct texts flagged (9.7%). The writer's notes, verbatim:

Blind corpus 132: BLIP-2 OPT-2.7b outputs on a Myntra-style catalog of women's ethnic wear.

Scenario: the original experiments' untuned base model and their fine-tuned adapters, re-run unchanged on a
marketplace catalog of women's ethnic wear (kurtas, kurtis, kurta sets, sarees, lehenga cholis, anarkali gowns and
dupattas) shot on models, on mannequins and dress forms, and as flat or hanger packshots. The questionnaire is the
experiments' own: the closed questions of BLIND_QUESTIONS, "Is this a {garment}?" (is_a) and "What is the color of
the {garment}?" (color_of, free generation, stored open), plus their "What is she wearing?", "Describe the ..." and
"What are the ... details?". Seller columns come from the marketplace: gender, article type (category), base colour
(color) and the seller's title; a few products lack some or all of them.

Which system wrote which text (named per text in the comment above each case):
- BASE: untuned `Salesforce/blip2-opt-2.7b`, greedy, stops on the newline; short answers, short captions.
- CAP1 / CAP3: the caption adapters `leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch` (epoch 1) and
  `leoreigoto/Data2_V2_Blip2_Finetune_Caption` (epoch 3): the DeepFashion-MultiModal caption template for every
  prompt, never stopping, so every output runs to the token limit (50 new tokens for captions, 30 for answers).
- VQA: `leoreigoto/Data3_V3_BLIP2_VQA`: In-shop style one-word answers that never stop (loops, or the next
  `Question: ... Answer:` turn generated after the answer); also used once to caption, where it writes Q/A turns.

How it was written: blind, by hand, from /work/shared/CONTEXT.md and lines 1-168 of tests/audit_corpus.py only
(the Case/Text layout, the makers, the questionnaires and TARGETS). No audit code, query, doc, test or other corpus
was read; the only thing run was an import check of this file. Each photo is imagined and described in the comment
above its case, and every label is judged against that photo.

Label conventions and judgement calls:
- One label per text. When a text shows several failures it carries the one that misleads most: a wrong color or
  garment (contradiction / other_garment_color), a wrong pronoun, an invented detail, a prompt leak, a loop or the
  caption template in place of an answer all take precedence over the cut that ends it. `cut` is used only when the
  text is right up to the point where it stops.
- hit_limit=True on every text that ran to max_new_tokens: all CAP1/CAP3/VQA outputs (loops and leaks included)
  and the BASE answers that ramble to 30 tokens. A few BASE texts stop mid-phrase before the limit (cut,
  hit_limit=False).
- Near-color synonyms are correct: mustard = yellow, maroon / burgundy = red family (maroon answered "red" or
  "burgundy" is right), teal / sea green / olive / mint = green, navy / turquoise / indigo = blue, off white / cream
  / ivory = white, magenta / peach = pink, rust = orange, lavender = purple. Indigo called "purple" is wrong.
- A color that belongs to the print, the border or the background, given as the garment's color, is a
  contradiction. An open answer that gives one garment of the outfit another garment's color (the kurta's color for
  the pants, the lehenga's for the dupatta: "one color for every garment") is other_garment_color. A closed
  answer that gives another garment's color is labelled contradiction.
- Garment names: a kurta or kurti called shirt, top or tunic is accepted (a kurta is a long shirt); a kurta set
  called "salwar kameez" is accepted; a kurta called "dress" is a contradiction, but an anarkali gown / ethnic dress
  called dress or gown is correct (so is a flared, calf-length anarkali kurta called dress); a lehenga called a
  (long) skirt is correct, and "yes" to "Is this a skirt?" for a lehenga is correct; a saree called "dress" is a
  contradiction; a dupatta called scarf or stole is correct; salwar, palazzos, sharara, churidar, trousers and
  leggings all count as "pants"; "sari" = saree.
- For a product that is a dupatta worn over a kurta, the garment the questions mean is the dupatta (the seller's
  article): the kurta's type or color as the answer is a contradiction.
- The caption template returned for a closed or yes/no question (no answer to what was asked) is non_answer,
  unless it names a wrong garment (a saree as "dress": contradiction). For an open question (details, material,
  wearing) the template counts as an answer when it covers what was asked, and is judged like any other text.
  The template describing "the lady" and her accessories on a packshot, mannequin or dress form is unsupported,
  whatever garment it names (the invented person is the failure).
- Question words handed back ("the pattern of the garment is a pattern", "sleeve length", "fabric") are restated
  or non_answer; an empty answer, "yes" to a what-question, or the garment's name back to "What is the color of
  the saree?", is non_answer.
- Material cannot be seen exactly: a plausible fabric consistent with the photo and the title is correct.
- Bandhani (tie-dye dots) answered "polka dots" is correct; block-printed flowers answered "floral" are correct;
  "solid" for a plain garment with a small embroidered yoke is correct.
- For a saree, the sleeve length is the blouse's.
- Backgrounds (walls, curtains, floors, gardens) named in a caption are correct when the photo has them; a setting
  that is not in the photo (a temple behind a studio shot) is unsupported.
- Pronoun: "he", "his", "a man", "the gentleman" for the women's models is the pronoun failure.
"""

from __future__ import annotations

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import Case, caption, case, color_of, describe, details, is_a, wearing

W = "Women"


def she(text: str, failure: str | None = None, hit_limit: bool = False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_132: list[Case] = [
    # 001: model in a mustard straight kurta with a white floral block print, white palazzos, no dupatta, 3/4
    # sleeves, plain grey studio wall. caption, color, pattern, sleeves, pants color: BASE; kurta color: VQA;
    # wearing: CAP3.
    case(
        "ETH132-001",
        caption("a woman in a yellow kurta and white palazzo pants standing in front of a grey wall"),
        B.color("yellow"),
        B.pattern("floral"),
        B.sleeve_length("3/4 sleeves"),
        color_of(
            "kurta",
            "Mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        she(
            "The lady wears a three-quarter-sleeve shirt with floral patterns and a long pants. The shirt is with "
            "cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Mustard",
        title="Anouk Women Mustard Yellow Floral Printed Kurta with Palazzos",
    ),
    # 002: flat packshot, no person: a folded maroon Banarasi silk-blend saree with a wide gold zari border on a
    # white background. caption, type, color (maroon answered red), material: BASE; is_a saree: VQA; wearing: CAP1.
    case(
        "ETH132-002",
        caption("a maroon and gold saree folded on a white background"),
        B.garment_type("saree"),
        B.color("red"),
        B.material("silk"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is",
            "unsupported",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Maroon",
        title="Mitera Maroon & Gold-Toned Zari Woven Design Silk Blend Banarasi Saree",
    ),
    # 003: model in a navy floor-length anarkali gown with small gold foil-printed flowers, full sleeves, round
    # neck; gold bangles on both wrists, no rings; white studio. caption: CAP3; type, color, sleeves, pattern,
    # dress color: BASE; is_a dress: VQA.
    case(
        "ETH132-003",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. She wears a "
            "ring. The lady",
            "unsupported",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("blue"),
        B.sleeve_length("it is the length of the sleeves", "restated"),
        B.pattern("floral"),
        is_a(
            "dress",
            "yes Question: What is the color of the dress? Answer: navy Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "blue and gold", kind="open"),
        gender=W,
        category="Ethnic Dresses",
        color="Navy Blue",
        title="Libas Women Navy Blue Floral Foil Printed Anarkali Maxi Dress",
    ),
    # 004: flat packshot, no person: a short white chikankari cotton kurti, 3/4 sleeves, white floral thread
    # embroidery all over, on a grey board. caption, type, color, pattern, details: BASE; sleeves: VQA;
    # wearing: CAP1.
    case(
        "ETH132-004",
        caption("a white shirt with embroidery on a grey background"),
        B.garment_type("tunic"),
        B.color("white"),
        B.pattern("embroidered"),
        B.sleeve_length(
            "Three-quarter sleeves-three-quarter sleeves-three-quarter sleeves-three-quarter sleeves-three",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric and its neckline is round. There is",
            "unsupported",
            hit_limit=True,
        ),
        details(
            "kurti",
            "white floral embroidery on the front, the sleeves and the hem, with a round neckline "
            "and a slit at the side seams and a",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="White",
        title="Ada Women White Chikankari Embroidered Cotton Kurti",
    ),
    # 005: model in a red flared lehenga with gold embroidery, a red choli with short sleeves, a sheer gold-beige net
    # dupatta over one shoulder, bangles and necklace; beige curtains behind. caption: CAP3; type, is_a skirt,
    # lehenga color, dupatta color, wearing: BASE; blouse color: VQA.
    case(
        "ETH132-005",
        caption(
            "The lady wears a long skirt with graphic patterns. The skirt is with chiffon fabric. The lady wears "
            "a sleeveless top. There is an accessory on her wrist. There is an accessory on her neck. The lady "
            "wears a",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("lehenga"),
        is_a("skirt", "yes"),
        color_of("lehenga", "red", kind="open"),
        color_of("dupatta", "red", "other_garment_color", kind="open"),
        color_of(
            "blouse",
            "Red Question: What is the color of the skirt? Answer: red Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        she(
            "a red lehenga with gold embroidery, a red blouse and a sheer gold dupatta draped over her shoulder, "
            "with bangles on",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Red",
        title="Mitera Red & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
    ),
    # 006: woman in a teal straight kurta with a mirror-work yoke and matching teal palazzos, 3/4 sleeves, white
    # studio. caption, wearing, color, sleeves: BASE; type: VQA; details: CAP1.
    case(
        "ETH132-006",
        caption("a man in a green kurta and pants", "pronoun"),
        she(
            "a green kurta with mirror work on the yoke and green palazzo pants, with the kurta falling to her "
            "knees and the sleeves ending at",
            "cut",
            hit_limit=True,
        ),
        B.color("green"),
        B.garment_type(
            "Kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-kurta-",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "The shirt is with cotton fabric and its neckline is round. The pants are with cotton "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("3/4"),
        gender=W,
        category="Kurta Sets",
        color="Teal",
        title="Sangria Women Teal Yoke Design Mirror Work Kurta with Palazzos",
    ),
    # 007: headless mannequin on white, kurta only (no bottoms, no dupatta): a peach sleeveless georgette anarkali
    # kurta, calf length, sequinned yoke, flared. caption, type, color (peach), sleeves, description: BASE;
    # is_a dress: CAP3.
    case(
        "ETH132-007",
        caption("a pink dress on a mannequin"),
        B.garment_type("anarkali"),
        B.color("peach"),
        B.sleeve_length("sleeveless"),
        describe(
            "kurta",
            "a peach kurta with a sequinned yoke and a flared hem, with a pair of matching leggings and a dupatta",
            "unsupported",
        ),
        is_a(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric "
            "and its neckline is",
            "non_answer",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Peach",
        title="Indo Era Women Peach-Coloured Yoke Design Sequinned Anarkali Kurta",
    ),
    # 008: woman in a black kurta with white vertical stripes, full sleeves, white cotton trousers, no dupatta,
    # standing before an exposed brick wall. caption, pattern, color, pants color, sleeves: BASE; kurta
    # color: VQA; wearing: CAP3.
    case(
        "ETH132-008",
        caption("a woman in a black and white striped kurta standing in front of a brick wall"),
        B.pattern("striped"),
        B.color("black and white"),
        color_of("pants", "white", kind="open"),
        color_of(
            "kurta",
            "Black-white-black-white-black-white-black-white-black-white-black-white-black-white-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("short", "contradiction"),
        she(
            "The lady wears a long-sleeve shirt with striped patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Black",
        title="HERE&NOW Women Black & White Striped Pure Cotton Kurta with Trousers",
    ),
    # 009: flat lay, no person: a magenta bandhani dupatta (white tie-dye dots) with a gold gota border, spread on
    # white. caption, type, color, pattern, material: BASE; dupatta color: VQA; details: CAP1.
    case(
        "ETH132-009",
        caption("a pink scarf on a white background"),
        B.garment_type("scarf"),
        B.color("pink"),
        B.pattern("polka dots"),
        color_of(
            "dupatta",
            "Pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.material("fabric", "non_answer"),
        details(
            "dupatta",
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton "
            "fabric and its neckline is round. There",
            "unsupported",
            hit_limit=True,
        ),
        gender=W,
        category="Dupatta",
        color="Magenta",
        title="Anouk Magenta & Gold-Toned Bandhani Printed Dupatta with Gotta Patti",
    ),
    # 010: woman in a long-sleeved cream kurta with red embroidery at neck and hem, red palazzos, red dupatta,
    # outdoors in a green garden. caption, color, dupatta color, kurta color: BASE; wearing: VQA; description: CAP1.
    case(
        "ETH132-010",
        caption("a woman in a white kurta with a red dupatta standing in a garden"),
        B.color("white"),
        color_of("dupatta", "red", kind="open"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        she(
            "Kurta Question: What is the color of the kurta? Answer: Off white Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt "
            "is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Off White",
        title="Biba Women Off-White & Red Embroidered Kurta with Palazzos & Dupatta",
    ),
    # 011: woman in a royal-blue georgette saree with a silver sequin border, a sleeveless silver blouse, against a
    # pink backdrop. caption, type, saree color, blouse color, sleeves, is_a dress: BASE; wearing: CAP3.
    case(
        "ETH132-011",
        caption("a woman in a blue saree holding a bouquet of flowers in front of a pink wall", "unsupported"),
        B.garment_type("sari"),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("sleeveless"),
        she(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There",
            "contradiction",
            hit_limit=True,
        ),
        is_a("dress", "no"),
        gender=W,
        category="Sarees",
        color="Blue",
        title="Saree mall Blue Sequinned Poly Georgette Saree",
    ),
    # 012: woman in a lavender A-line kurti with a small white floral print, elbow sleeves, worn with blue jeans;
    # white studio. caption, jeans color, shirt color, pattern, type: BASE; sleeves: VQA; jeans details:
    # CAP1.
    case(
        "ETH132-012",
        caption("a woman wearing a purple top and jeans"),
        color_of("jeans", "purple", "other_garment_color", kind="open"),
        color_of("shirt", "purple", kind="open"),
        B.pattern("floral"),
        B.sleeve_length(
            "Short sleeves Question: What is the sleeve length of the shirt? Answer: Short sleeves Question: What is",
            "leak",
            hit_limit=True,
        ),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The lady wears a short-sleeve "
            "shirt with floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("kurti"),
        gender=W,
        category="Kurtis",
        color="Lavender",
        title="Aurelia Women Lavender Floral Print A-Line Kurti",
    ),
    # 013: no seller columns. Woman in a rust straight kurta with a small black ethnic-motif print, long sleeves, V
    # neck, matching rust palazzos, bare wrists, powder-blue backdrop. caption: CAP1; color, type, pants color,
    # sleeves, wearing: BASE; material: VQA.
    case(
        "ETH132-013",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is v-shape. The pants are with cotton fabric and graphic patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        B.color("orange"),
        B.garment_type("kurta"),
        color_of("pants", "orange", kind="open"),
        B.sleeve_length("", "non_answer"),
        B.material(
            "Cotton blend-cotton blend-cotton blend-cotton blend-cotton blend-cotton blend-cotton blend-",
            "loop",
            hit_limit=True,
        ),
        she("an orange kurta and", "cut"),
    ),
    # 014: woman in a green bandhani kurta and green pants with a bright pink gota-edged dupatta; no sunglasses,
    # hair open; seller title missing. caption, color, dupatta color, pattern, wearing: BASE; is_a
    # kurta: VQA.
    case(
        "ETH132-014",
        caption("a woman in a green and pink outfit"),
        B.color("pink", "contradiction"),
        color_of("dupatta", "pink", kind="open"),
        B.pattern("polka dot"),
        she("she is wearing a green kurta with a pink dupatta and a pair of sunglasses on her head", "unsupported"),
        is_a(
            "kurta",
            "Yes, it is a kurta. Yes, it is a kurta. Yes, it is a kurta. Yes, it is a kurta. Yes,",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Green",
    ),
    # 015: packshot: a charcoal-grey straight kurta with mirror work on the yoke and cuffs, on a wooden hanger
    # against a white wall; no belt, no person. caption, type, details, description, material: BASE;
    # color: CAP3.
    case(
        "ETH132-015",
        caption("a grey kurta hanging on a hanger"),
        B.garment_type("kurta"),
        B.color(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The",
            "non_answer",
            hit_limit=True,
        ),
        details("kurta", "mirror work on the yoke and the sleeves"),
        describe("kurta", "a grey kurta with mirror work and a belt at the waist", "unsupported"),
        B.material("", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Grey",
        title="W Women Grey Mirror Work Straight Kurta",
    ),
    # 016: woman in a yellow cotton saree with a woven pink border and a pink short-sleeved blouse, white wall.
    # caption, color, blouse color, wearing, material: BASE; saree color: VQA.
    case(
        "ETH132-016",
        caption("a woman in a yellow saree"),
        B.color("yellow"),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "saree",
            "Yellow Question: What is the color of the blouse? Answer: Yellow Question: What is the color",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        she("he is wearing a yellow saree", "pronoun"),
        B.material("cotton"),
        gender=W,
        category="Sarees",
        color="Yellow",
        title="Unnati Silks Yellow & Pink Woven Design Pure Cotton Saree",
    ),
    # 017: woman in a white anarkali kurta with a multicolor (mostly pink) floral print, full sleeves, white
    # churidar, pink-and-white dupatta; white studio. caption: CAP3; type, color, pattern, dress color:
    # BASE; pants color: VQA; details: CAP1.
    case(
        "ETH132-017",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("dress"),
        B.color("white"),
        B.pattern("floral"),
        color_of("dress", "white with pink flowers", kind="open"),
        color_of(
            "pants",
            "White-white-white-white-white-white-white-white-white-white-white-white-white-white-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "dress",
            "the sleeves, the neckline, the hem, the sleeves, the neckline, the hem, the sleeves, the "
            "neckline, the hem, the sleeves, the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Libas Women White & Pink Floral Printed Anarkali Kurta with Churidar & Dupatta",
    ),
    # 018: woman in a black lehenga with multicolor thread embroidery, a sleeveless black choli and a red net
    # dupatta. caption, lehenga color, dupatta color, type, pattern: BASE; is_a skirt: VQA; wearing: CAP3.
    case(
        "ETH132-018",
        caption("a woman in a black and red lehenga"),
        color_of("lehenga", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        B.garment_type("lehenga choli"),
        is_a(
            "skirt",
            "No Question: Is this a dress? Answer: yes Question: Is this a skirt? Answer: no Question:",
            "leak",
            hit_limit=True,
        ),
        she(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The top is with cotton "
            "fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        B.pattern("embroidered"),
        gender=W,
        category="Lehenga Choli",
        color="Black",
        title="Fabcartz Black & Red Embroidered Semi-Stitched Lehenga Choli with Dupatta",
    ),
    # 019: woman in a sky-blue chikankari kurta (white thread embroidery), 3/4 sleeves, white trousers; beige
    # backdrop. All BASE.
    case(
        "ETH132-019",
        caption("a man in a blue kurta and white pants", "pronoun"),
        she(
            "a light blue kurta with white embroidery on the neckline and the sleeves, and white pants with a",
            "cut",
            hit_limit=True,
        ),
        B.color("light blue"),
        B.pattern("striped", "contradiction"),
        color_of("pants", "white", kind="open"),
        describe("kurta", "the kurta is a kurta", "restated"),
        B.sleeve_length("3/4 sleeves"),
        gender=W,
        category="Kurta Sets",
        color="Blue",
        title="Anouk Women Blue Chikankari Embroidered Kurta with Trousers",
    ),
    # 020: dress form (no head, no arms) in a grey studio: a pink floral-printed sleeveless lehenga choli with a pink
    # dupatta pinned to the shoulder; nothing on the form but the set. caption: CAP1; type, color, pattern,
    # material, wearing: BASE; is_a lehenga: VQA.
    case(
        "ETH132-020",
        caption(
            "The lady wears a sleeveless top with floral patterns and a long skirt. The top is with chiffon "
            "fabric. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist. "
            "She wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        B.garment_type("lehenga"),
        B.color("pink"),
        B.pattern("floral"),
        is_a(
            "lehenga",
            "yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes,",
            "loop",
            hit_limit=True,
        ),
        B.material("the garment is made of a material", "restated"),
        wearing(
            "a mannequin wearing a pink lehenga choli with a pink dupatta pinned to the shoulder and a floral "
            "print on the skirt and the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Pink",
        title="Mitera Pink Floral Printed Ready to Wear Lehenga & Blouse with Dupatta",
    ),
    # 021: woman in a maroon velvet kurta with gold zari embroidery, a cream salwar and a gold tissue dupatta.
    # caption, material, kurta color, pants color, type, wearing: BASE; dupatta color: VQA.
    case(
        "ETH132-021",
        caption("a woman in a maroon kurta with gold embroidery"),
        B.material("velvet"),
        color_of("kurta", "burgundy", kind="open"),
        color_of("pants", "maroon", "other_garment_color", kind="open"),
        color_of(
            "dupatta",
            "Gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("clothing", "non_answer"),
        she(
            "a maroon kurta and a gold dupatta and a gold dupatta and a gold dupatta and a gold dupatta and a gold",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Maroon",
        title="Ishin Women Maroon Embroidered Velvet Kurta with Salwar & Dupatta",
    ),
    # 022: woman in a sea-green straight kurta with a small white floral print, 3/4 sleeves, white trousers, in
    # front of a bright yellow wall. caption, color, kurta color, pattern, is_a kurta: BASE; wearing: CAP1.
    case(
        "ETH132-022",
        caption("a woman in a green kurta standing in front of a yellow wall"),
        B.color("yellow", "contradiction"),
        color_of("kurta", "green", kind="open"),
        B.pattern("floral"),
        is_a("kurta", "yes"),
        she(
            "The lady wears a three-quarter-sleeve shirt with floral patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Sea Green",
        title="Jaipur Kurti Women Sea Green Floral Printed Straight Kurta",
    ),
    # 023: woman on a street in a black georgette saree with a red floral print, a plain black elbow-sleeve blouse,
    # holding the pallu. caption: CAP3; type, color, saree color, blouse color, wearing: BASE; sleeves:
    # VQA.
    case(
        "ETH132-023",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a long-sleeve dress with "
            "floral",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("saree"),
        B.color("black"),
        color_of("saree", "black with red flowers", kind="open"),
        color_of("blouse", "red", "contradiction", kind="open"),
        B.sleeve_length(
            "Long sleeves-long sleeves-long sleeves-long sleeves-long sleeves-long sleeves-long", "loop", hit_limit=True
        ),
        she(
            "a black saree with red flowers and a black blouse, with the pallu draped over her left shoulder and "
            "held in her right hand, and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Black",
        title="Saree mall Black & Red Floral Printed Georgette Saree",
    ),
    # 024: flat lay, no person: a long-sleeved olive kurta with a pink floral print and plain olive trousers on a
    # beige sheet. caption, color, pattern, pants color, sleeves: BASE; type: VQA; description: CAP3.
    case(
        "ETH132-024",
        caption("a green kurta and pants on a beige background"),
        B.color("olive green"),
        B.pattern("floral"),
        B.garment_type(
            "Kurta Question: What is the color of the kurta? Answer: olive Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        color_of("pants", "green", kind="open"),
        describe(
            "kurta",
            "The lady wears a long-sleeve shirt with floral patterns and a long pants. The shirt is "
            "with cotton fabric and its",
            "unsupported",
            hit_limit=True,
        ),
        B.sleeve_length("short", "contradiction"),
        gender=W,
        category="Kurta Sets",
        color="Olive",
        title="Anubhutee Women Olive Green Floral Print Kurta with Trousers",
    ),
    # 025: woman in a mustard lehenga with mirror work, a short-sleeved green choli and a pink dupatta; white
    # studio. caption, lehenga/blouse/dupatta colors, type, pattern: BASE; wearing: VQA.
    case(
        "ETH132-025",
        caption("a woman in a yellow lehenga with a pink dupatta"),
        color_of("lehenga", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        B.garment_type("lehenga"),
        B.pattern("mirror work"),
        she(
            "Dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Mustard",
        title="Fabcartz Mustard & Green Mirror Work Lehenga Choli with Dupatta",
    ),
    # 026: woman in a navy kurti with a white geometric print, 3/4 sleeves, white leggings; grey studio. caption,
    # color, pattern, leggings color, description: BASE; material: CAP1.
    case(
        "ETH132-026",
        caption("a woman in a blue and white printed kurti"),
        B.color("navy blue"),
        B.pattern("geometric"),
        color_of("leggings", "blue", "other_garment_color", kind="open"),
        describe("kurti", "his kurti is blue and white", "pronoun"),
        B.material(
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long leggings. The "
            "leggings are with cotton",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtis",
        color="Navy Blue",
        title="Sangria Women Navy Blue & White Geometric Printed Kurti",
    ),
    # 027: layers: woman in a long-sleeved ivory kurta under a sleeveless navy block-printed ethnic jacket, ivory
    # trousers, gold jhumka earrings; white studio. caption, jacket color, kurta color, color, type, wearing:
    # BASE; jacket details: CAP3.
    case(
        "ETH132-027",
        caption("a woman in a white kurta and a blue jacket"),
        color_of("jacket", "blue", kind="open"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        B.color("white"),
        B.garment_type("i don't know", "non_answer"),
        she(
            "a white kurta with a blue printed jacket over it and white pants, and she is wearing a pair of "
            "earrings and a",
            "cut",
            hit_limit=True,
        ),
        details(
            "jacket",
            "The lady wears a sleeveless vest with graphic patterns. The vest is with cotton fabric "
            "and its neckline is v-shape. The",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Off White",
        title="Juniper Women Off-White Kurta with Trousers & Navy Blue Printed Ethnic Jacket",
    ),
    # 028: the product is the dupatta: a red phulkari dupatta with orange, pink and green embroidery, draped over
    # the shoulders of a model in a plain white kurta. caption, color, dupatta color, type, wearing: BASE;
    # is_a scarf: VQA.
    case(
        "ETH132-028",
        caption("a woman wearing a white kurta and a colorful scarf"),
        B.color("white", "contradiction"),
        color_of("dupatta", "red", kind="open"),
        B.garment_type("kurta", "contradiction"),
        is_a(
            "scarf",
            "Yes Question: What is the color of the scarf? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        she("a white shirt and a red scarf"),
        gender=W,
        category="Dupatta",
        color="Red",
        title="Anouk Red & Orange Phulkari Embroidered Dupatta",
    ),
    # 029: woman in a pastel pink organza saree with a floral print and a matching short-sleeved pink blouse; seller
    # color missing. All BASE.
    case(
        "ETH132-029",
        caption("a woman in a pink saree with flowers on it"),
        B.color("pink"),
        B.pattern("floral"),
        describe(
            "saree",
            "a pink saree with a floral print and a pink blouse with a floral print and a pink "
            "blouse with a floral print and a pink blouse",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "saree", "non_answer", kind="open"),
        is_a("saree", "no", "contradiction"),
        gender=W,
        category="Sarees",
        title="Kalini Pink Floral Printed Organza Saree",
    ),
    # 030: packshot, no person: a mustard-and-white ikat cotton kurta, long sleeves, laid flat on a brown wooden
    # floor. caption, color, pattern, type, details: BASE; sleeves: VQA.
    case(
        "ETH132-030",
        caption("a yellow and white shirt laying on a wooden floor"),
        B.color("brown", "contradiction"),
        B.pattern("geometric"),
        B.garment_type("shirt"),
        B.sleeve_length(
            "Long sleeves Question: What is the sleeve length of the garment? Answer: Long sleeves Question",
            "leak",
            hit_limit=True,
        ),
        details("kurta", "", "non_answer"),
        gender=W,
        category="Kurtas",
        color="Mustard",
        title="Fabindia Women Mustard Ikat Print Cotton Straight Kurta",
    ),
    # 031: woman all in red: a red kurta with a gold ethnic-motif print, 3/4 sleeves, red sharara, red dupatta,
    # bangles on the wrist. caption: CAP3; color, pants color, type, sleeves, is_a kurta: BASE.
    case(
        "ETH132-031",
        caption(
            "The lady wears a three-quarter-sleeve shirt with graphic patterns and a long pants. The shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and graphic "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        B.color("red"),
        color_of("pants", "red", kind="open"),
        B.garment_type("yes", "non_answer"),
        B.sleeve_length("sleeveless", "contradiction"),
        is_a("kurta", "no", "contradiction"),
        gender=W,
        category="Kurta Sets",
        color="Red",
        title="Aks Women Red Ethnic Motifs Printed Kurta with Sharara & Dupatta",
    ),
    # 032: woman in a floor-length emerald anarkali gown with gold zari embroidery, full sleeves, no dupatta, in
    # front of a red velvet curtain. caption, color, type, wearing, is_a dress: BASE; details: CAP1.
    case(
        "ETH132-032",
        caption("a woman in a green gown standing in front of a red curtain"),
        B.color("red", "contradiction"),
        B.garment_type("gown"),
        she(
            "a green dress with gold embroidery on it and a green dupatta with gold embroidery on it and a green "
            "dupatta with gold",
            "loop",
            hit_limit=True,
        ),
        details(
            "gown",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric and its neckline is round. There",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender=W,
        category="Ethnic Dresses",
        color="Green",
        title="Inddus Women Green Embroidered Anarkali Gown",
    ),
    # 033: woman in a white cotton kurta with a blue floral block print, long sleeves, white palazzos; plain studio.
    # caption: CAP1; color, pattern, pants color: BASE; material: VQA.
    case(
        "ETH132-033",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        B.color("white"),
        B.pattern("floral"),
        color_of("pants", "white", kind="open"),
        B.material(
            "Cotton Question: What is the color of the pants? Answer: white Question: What is the pattern",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="White",
        title="Anouk Women White & Blue Block Print Pure Cotton Kurta with Palazzos",
    ),
    # 034: woman in a green Kanjeevaram silk saree with a gold zari border and a green blouse, temple jewellery, in a
    # grey studio (no building behind her); seller title missing. caption, type, color, border color,
    # pattern: BASE; wearing: VQA.
    case(
        "ETH132-034",
        caption("a woman in a green and gold saree standing in front of a temple", "unsupported"),
        B.garment_type("saree"),
        B.color("green"),
        color_of("border", "gold", kind="open"),
        she(
            "Saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree saree "
            "saree saree saree",
            "loop",
            hit_limit=True,
        ),
        B.pattern("the pattern of the garment is a pattern", "restated"),
        gender=W,
        category="Sarees",
        color="Green",
    ),
    # 035: woman in a short yellow solid kurti with short sleeves and white jeans, holding a tan handbag; white
    # studio. caption, color, pattern, jeans color, sleeves, type: BASE; wearing: CAP3.
    case(
        "ETH132-035",
        caption("a woman in a yellow top and white pants holding a purse"),
        B.color("yellow"),
        B.pattern("solid"),
        color_of("jeans", "yellow", "other_garment_color", kind="open"),
        B.sleeve_length("short sleeves"),
        she(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("dress", "contradiction"),
        gender=W,
        category="Kurtis",
        color="Yellow",
        title="Tokyo Talkies Women Yellow Solid Kurti",
    ),
    # 036: packshot, no person: a three-piece set laid out: a pink kurta with a small embroidered yoke, 3/4 sleeves,
    # pink trousers, a white chiffon dupatta. caption: CAP1; color, dupatta color, type, sleeves: BASE;
    # is_a kurta: VQA.
    case(
        "ETH132-036",
        caption(
            "The lady wears a three-quarter-sleeve shirt with pure color patterns and a long pants. The shirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        B.color("pink"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        B.garment_type("kurta"),
        B.sleeve_length("3/4"),
        is_a(
            "kurta",
            "Yes Question: What is the color of the kurta? Answer: pink Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Pink",
        title="Anouk Women Pink Yoke Design Kurta with Trousers & Dupatta",
    ),
    # 037: woman in a turquoise straight kurta with white thread embroidery at the neck and hem, long sleeves, white
    # pants. caption, color, type, pattern, description: BASE; kurta color: VQA.
    case(
        "ETH132-037",
        caption("a woman in a blue kurta and", "cut"),
        B.color("turquoise"),
        B.garment_type("kurta"),
        B.pattern("the pattern is the pattern of the kurta", "restated"),
        describe(
            "kurta",
            "a blue kurta with white embroidery on the neck and the sleeves and the hem and a pair of "
            "white pants with a white",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "kurta",
            "Turquoise blue-turquoise blue-turquoise blue-turquoise blue-turquoise blue-turquoise",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        gender=W,
        category="Kurtas",
        color="Turquoise Blue",
        title="Varanga Women Turquoise Blue Embroidered Straight Kurta",
    ),
    # 038: woman in a plain purple art-silk saree with a gold zari border and a purple elbow-sleeve blouse. caption,
    # wearing, color, material, border color, pattern: BASE; type: CAP1.
    case(
        "ETH132-038",
        caption("a woman in a purple saree with a gold border and a", "cut"),
        she("he is wearing a purple sari", "pronoun"),
        B.color("purple"),
        B.material("silk"),
        color_of("border", "purple", "contradiction", kind="open"),
        B.garment_type(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric and its neckline is round. The",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("solid"),
        gender=W,
        category="Sarees",
        color="Purple",
        title="Mimosa Purple Art Silk Saree with Zari Border",
    ),
    # 039: no seller columns. Woman in a cream kurta with a pink floral print, pink piping at the sleeves and hem,
    # 3/4 sleeves, a pink dupatta and cream pants, in front of a pink wall. caption, color, dupatta color,
    # wearing, details, sleeves: BASE; kurta color: VQA.
    case(
        "ETH132-039",
        caption("a woman in a white kurta with pink flowers standing in front of a pink wall"),
        B.color("white"),
        color_of("dupatta", "pink", kind="open"),
        color_of(
            "kurta",
            "White-pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-pink-white-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        she("Answer: a white kurta and a pink dupatta", "leak"),
        details(
            "kurta",
            "pink flowers all over the kurta and a pink border on the sleeves and the hem of the kurta "
            "and the pink dupatta with",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("", "non_answer"),
    ),
    # 040: flat lay, no person: a navy lehenga skirt spread in a circle with silver sequins, the folded navy choli
    # and a navy net dupatta beside it on white. caption, type, color: BASE; is_a lehenga: VQA;
    # wearing: CAP3.
    case(
        "ETH132-040",
        caption("a blue skirt with silver sequins on a white background"),
        B.garment_type("skirt"),
        B.color("blue"),
        is_a(
            "lehenga",
            "No, it is a skirt. No, it is a skirt. No, it is a skirt. No, it is a skirt. No,",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and its",
            "unsupported",
            hit_limit=True,
        ),
        gender=W,
        category="Lehenga Choli",
        color="Navy Blue",
        title="Mitera Navy Blue & Silver-Toned Sequinned Lehenga Choli with Dupatta",
    ),
    # 041: woman in a plain green kurta, full sleeves, white palazzos, no dupatta. caption: VQA (the VQA adapter
    # captioning); color, pants color, type, sleeves: BASE; description: CAP3.
    case(
        "ETH132-041",
        caption(
            "Question: What is the color of the kurta? Answer: green Question: What is the color of the pants? "
            "Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        B.color("green"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        B.garment_type("kurta"),
        B.sleeve_length("full"),
        describe(
            "kurta",
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt "
            "is with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        category="Kurta Sets",
        color="Green",
        title="Libas Women Green Solid Kurta with Palazzos",
    ),
    # 042: woman in a plain orange saree with an embellished gold border and a gold short-sleeved blouse. caption,
    # color, blouse color, saree color, type, sleeves: BASE; wearing: VQA.
    case(
        "ETH132-042",
        caption("a woman in an orange saree with a gold border and a gold blouse standing in front of a", "cut"),
        B.color("orange"),
        color_of("blouse", "gold", kind="open"),
        color_of("saree", "yes", "non_answer", kind="open"),
        B.garment_type("saree"),
        B.sleeve_length("sleeve length", "restated"),
        she(
            "Saree Question: What is the color of the saree? Answer: Orange Question: What is the color",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        category="Sarees",
        color="Orange",
        title="Sangria Orange Solid Saree with Embellished Border",
    ),
    # 043: woman in an indigo dabu-printed cotton kurta (white print), long sleeves, white pants, no scarf. caption,
    # color, pattern, material, is_a kurta, wearing: BASE; details: CAP1.
    case(
        "ETH132-043",
        caption("a woman in a blue kurta with white print"),
        B.color("purple", "contradiction"),
        B.pattern("printed"),
        B.material("the material of the garment", "restated"),
        is_a("kurta", "yes"),
        details(
            "kurta",
            "The shirt is with cotton fabric and its neckline is round. The lady wears a long pants. "
            "The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        she("she is wearing a blue kurta with white pants and a white scarf around her neck", "unsupported"),
        gender=W,
        category="Kurtas",
        color="Blue",
        title="Fabindia Women Indigo Dabu Print Cotton Kurta",
    ),
    # 044: woman in a black floor-length anarkali gown with a gold print, full sleeves, round neck; white studio;
    # only the title given by the seller. caption: CAP3; color, type, sleeves, wearing: BASE; dress color:
    # VQA.
    case(
        "ETH132-044",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. The lady wears a long-sleeve dress with graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("gown"),
        B.sleeve_length("full sleeves"),
        color_of(
            "dress",
            "Black Question: Is this a dress? Answer: yes Question: What is the color of the dress? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        she("he is wearing a black dress", "pronoun"),
        title="Women Black Printed Anarkali Gown",
    ),
]
