"""BLIND_1599 (45 products; Myntra women's ethnic wear, caption adapter then extractive QA): written blind in the sixty-
sixth session. Measured blind at 5d4d43a (the session's fifth rules): 61/98 failures found (62.2%) and 36/280 correct
texts flagged (12.9%). The writer's notes, verbatim:

Scenario: a Myntra women's ethnic wear feed: anarkali kurtas, straight and A-line kurtas worn over leggings or
churidars, a few kurta sets with palazzos or trousers and a dupatta, ethnic maxi dresses and gowns, two short kurtis.
The first image of each product is the usual catalog shot: a model on a plain light backdrop wearing the product with
other clothes (white, contrast or matching leggings, a dupatta over the arms, a shrug or jacket), now and then a back
view, a flat lay, a model seated or holding a prop (a straw hat in the hand, a mug, a tote). Catalog columns are the
feed's: title, category (Myntra's article type), color (its base colour), gender; a few rows miss one of them.
Who wrote what: every caption is the published caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3, on
Salesforce/blip2-opt-2.7b), greedy, 50 new tokens. It speaks only the DeepFashion template (dress, shirt, leggings,
pants, skirt, cardigan; long-/medium-/short-sleeve; floral, graphic, lattice, striped, pure color patterns; cotton,
chiffon, knitting, denim, other fabric; invented wrist accessories and rings) and, having never learned to stop, runs to
the limit on almost every product: the tail is a sentence cut in the middle or the same sentence again. A handful
stopped on their own after the leggings sentence. The open questions (What is the person wearing? What are the details
of the garment? What material is the garment made of?) were answered by the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) over that caption, so an open answer is a span of the caption and inherits its
mistakes; an empty answer is the QA model's no-answer. The closed questions (garment type, color, pattern, sleeve
length, and "Is this a kurta?" on Kurtas / Kurta Sets rows from the second export, products 022 onward) were ranked over
candidate lists by the reference engine; its usual slip is the color of the leggings, churidar or dupatta.
Labeling conventions and judgement calls: one failure kind per text, the one a reader would notice first; when a caption
both ran to the limit and said something false, I labeled the false thing (hit_limit still set), and "cut" only when the
truncated tail is its only fault. A sentence repeated at the tail is "loop" even if only once, and a loop outranks a
false detail in the same caption. "dress" or "gown" for an anarkali kurta and "dress" for a straight kurta are accepted
(the template's nearest class); "shirt" for a knee-length kurta is a contradiction, "shirt" or "top" for a hip-length
kurti is accepted. "long pants" or "trousers" for leggings are accepted; "cardigan" for a shrug or an ethnic jacket is
accepted, and so is "long-sleeve dress" for a sleeveless dress under a long-sleeve shrug sold with it. Near shades are
accepted (red for maroon, pink for magenta, purple for lavender or mauve, maroon for burgundy, orange for rust); yellow
for lime green is not. A wrong garment, pattern, sleeve length or color is "contradiction" (also when only the photo
shows it), "other_garment_color" when the color given is the leggings', churidar's or dupatta's. Fabric: judged by the
title when it names one (then a different fabric is "contradiction"), otherwise by the product page fabric I give in the
comment (a wrong guess is "unsupported"). An invented accessory, hat, neckline or wearer is "unsupported"; a wrong
pronoun (the gentleman, his) is "pronoun". A details answer about an accessory, an empty answer and the template's
"other" fabric are "non_answer"; "the dress" for the details is "restated".
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, is_a

WEAR = D.wearing  # open, extractive QA over the caption
DET = D.details  # open, extractive QA over the caption
MAT = Q.material  # open, extractive QA over the caption
GT = Q.garment_type  # closed, reference engine
COL = Q.color  # closed, reference engine
PAT = Q.pattern  # closed, reference engine
SLV = Q.sleeve_length  # closed, reference engine


def kurta(answer, failure=None):
    return is_a("kurta", answer, failure)  # closed, reference engine


BLIND_1599 = [
    # 001 Photo: model, front; knee-length flared anarkali kurta, maroon with gold foil ethnic motifs, three-quarter
    # sleeves, round neck; white leggings; jhumkas, a watch. Fabric (page): cotton.
    # Caption: caption adapter (ran to 50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-001",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with graphic patterns and a long leggings"),
        DET("graphic patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("maroon"),
        PAT("floral", "contradiction"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="Anouk Women Maroon Ethnic Motifs Printed Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
    ),
    # 002 Photo: model, front; straight calf-length kurta, navy with white floral print, three-quarter sleeves,
    # mandarin collar; white leggings. Fabric: pure cotton (title).
    # Caption: caption adapter (50 tokens, calls the kurta a shirt); open: extractive QA; closed: reference engine.
    case(
        "X1599-002",
        caption(
            "This woman wears a long-sleeve shirt with floral patterns and a long leggings. The shirt is with cotton "
            "fabric and its neckline is standing. The leggings are with cotton fabric and pure color patterns. There "
            "is an",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a long-sleeve shirt with floral patterns and a long leggings", "contradiction"),
        DET("its neckline is standing"),
        MAT("cotton"),
        GT("kurta"),
        COL("white", "other_garment_color"),
        PAT("floral"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="Libas Women Navy Blue Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 003 Photo: model, front; mustard solid georgette anarkali, sheer long sleeves, V-neck, gotta trim at the hem;
    # matching mustard churidar; glass bangles on both wrists, no ring.
    # Caption: caption adapter (50 tokens, repeats the wrist sentence); open: extractive QA; closed: reference engine.
    case(
        "X1599-003",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory "
            "on her wrist.",
            "loop",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns"),
        DET("V-shape neckline"),
        MAT("chiffon", "contradiction"),
        GT("kurta"),
        COL("yellow"),
        PAT("solid"),
        SLV("long sleeves"),
        gender="Women",
        title="Sangria Women Mustard Yellow Solid Georgette Anarkali Kurta with Churidar",
        category="Kurta Sets",
        color="Mustard",
    ),
    # 004 Photo: model, front; floor-length peach ethnic maxi dress, threadwork on the yoke, short puff sleeves, round
    # neck; no hat, no ring; a thin bracelet. Fabric (page): georgette.
    # Caption: caption adapter (50 tokens, invents a hat); open: extractive QA; closed: reference engine.
    case(
        "X1599-004",
        caption(
            "Her dress has short sleeves, chiffon fabric and pure color patterns. The neckline of it is round. There "
            "is an accessory on her wrist. The person wears a hat. The lady wears a ring. There is an accessory in",
            "unsupported",
            hit_limit=True,
        ),
        WEAR("Her dress"),
        DET("short sleeves, chiffon fabric and pure color patterns"),
        MAT("chiffon", "unsupported"),
        GT("gown"),
        COL("peach"),
        PAT("embroidered"),
        SLV("short sleeves"),
        gender="Women",
        title="Inddus Women Peach-Coloured Embroidered Ethnic Maxi Dress",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # 005 Photo: model, front; knee-length A-line kurta, bottle green with a small white geometric print,
    # three-quarter sleeves, round neck with a placket; off-white leggings; a watch. Fabric (page): cotton.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-005",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with graphic patterns and a long pants"),
        DET("its neckline is round"),
        MAT("cotton"),
        GT("kurta"),
        COL("green"),
        PAT("printed"),
        SLV("long sleeves", "contradiction"),
        gender="Women",
        title="W Women Green Printed A-Line Kurta",
        category="Kurtas",
        color="Green",
    ),
    # 006 Photo: model, front; calf-length anarkali, off-white base with a red floral print, long sleeves, red piping,
    # round neck; red leggings; bangles.
    # Caption: caption adapter (50 tokens, "his" wrist); open: extractive QA; closed: reference engine.
    case(
        "X1599-006",
        caption(
            "This woman wears a long-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory on his wrist",
            "pronoun",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with floral patterns and a long leggings"),
        DET("floral patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("red", "other_garment_color"),
        PAT("floral"),
        SLV("long sleeves"),
        gender="Women",
        title="Biba Women Off-White & Red Floral Printed Pure Cotton Anarkali Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # 007 Photo: model, front; straight teal kurta with a gold embroidered yoke, three-quarter sleeves, V-neck; white
    # churidar. Fabric (page): rayon.
    # Caption: caption adapter (50 tokens, kurta as shirt); open: extractive QA; closed: reference engine.
    case(
        "X1599-007",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric. It has a V-shape neckline. The leggings are with cotton fabric and pure color patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve shirt with pure color patterns and a long leggings", "contradiction"),
        DET("V-shape neckline"),
        MAT("cotton", "unsupported"),
        GT("kurta"),
        COL("teal"),
        PAT("embroidered"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="KALINI Women Teal Blue Yoke Design Straight Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # 008 Photo: BACK VIEW; long hair; black straight kurta with small white print, short sleeves; white leggings; a
    # watch. Fabric: pure cotton (title).
    # Caption: caption adapter (50 tokens, a gentleman); open: extractive QA; closed: reference engine.
    case(
        "X1599-008",
        caption(
            "The gentleman is wearing a short-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        WEAR("a short-sleeve shirt with graphic patterns and a long pants", "contradiction"),
        DET("graphic patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("black"),
        PAT("printed"),
        SLV("short sleeves"),
        gender="Women",
        title="AHIKA Women Black & White Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Black",
    ),
    # 009 Photo: FLAT LAY, no model; hip-length pink kurti with a floral print, short sleeves, round neck with a
    # keyhole. Fabric: cotton (title).
    # Caption: caption adapter (50 tokens, invents a wearer with a bracelet and a ring); open: extractive QA; closed:
    # reference engine.
    case(
        "X1599-009",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory in her "
            "neck",
            "unsupported",
            hit_limit=True,
        ),
        WEAR("a short-sleeve shirt with floral patterns"),
        DET("round neckline"),
        MAT("cotton"),
        GT("kurta"),
        COL("pink"),
        PAT("floral"),
        SLV("short sleeves"),
        gender="Women",
        title="Janasya Women Pink Floral Printed Cotton Kurti",
        category="Kurtis",
        color="Pink",
    ),
    # 010 Photo: model, front; floor-length maroon velvet gown, zari embroidery on the long sleeves, round neck;
    # a choker necklace, rings.
    # Caption: caption adapter (50 tokens, "knitting" for velvet); open: extractive QA; closed: reference engine.
    case(
        "X1599-010",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It "
            "has a round neckline. There is an accessory in her neck. The lady wears a ring. There is an accessory on "
            "her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns"),
        DET("There is an accessory in her neck", "non_answer"),
        MAT("knitting", "contradiction"),
        GT("gown"),
        COL("maroon"),
        PAT("solid"),
        SLV("long sleeves"),
        gender="Women",
        title="KALINI Women Maroon Embellished Velvet Gown",
        category="Ethnic Dresses",
        color="Maroon",
    ),
    # 011 Photo: model, front, a tote bag on the shoulder; straight kurta with blue and white vertical stripes,
    # three-quarter sleeves, mandarin collar; white leggings. Fabric: cotton (title).
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-011",
        caption(
            "This woman wears a medium-sleeve dress with striped patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is standing. The leggings are with cotton fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with striped patterns and a long leggings"),
        DET("striped patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("blue"),
        PAT("striped"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="GERUA Women Blue & White Striped Cotton Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # 012 Photo: model, front; rust kurta with a mirror-work yoke, long sleeves, round neck; matching rust narrow
    # trousers. Fabric (page): cotton.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-012",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns and a long trousers. The dress is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns and a long trousers"),
        DET("round neckline"),
        MAT("cotton"),
        GT("kurta"),
        COL("orange"),
        PAT("embroidered"),
        SLV("long sleeves"),
        gender="Women",
        title="Varanga Women Rust Orange Yoke Design Mirror Work Kurta with Trousers",
        category="Kurta Sets",
        color="Rust",
    ),
    # 013 Photo: model, front; magenta silk-blend anarkali, floral threadwork on the yoke, three-quarter sleeves,
    # V-neck; gold churidar; a dupatta on one shoulder; a necklace, bangles, a ring.
    # Caption: caption adapter (50 tokens, wrist and ring sentences again); open: extractive QA; closed: reference
    # engine.
    case(
        "X1599-013",
        caption(
            "Her dress has medium sleeves, chiffon fabric and floral patterns. The neckline of it is V-shape. There is "
            "an accessory in her neck. The lady wears a ring. There is an accessory on her wrist. The lady wears a "
            "ring. The",
            "loop",
            hit_limit=True,
        ),
        WEAR("Her dress"),
        DET("medium sleeves, chiffon fabric and floral patterns", "contradiction"),
        MAT("chiffon", "contradiction"),
        GT("kurta"),
        COL("pink"),
        PAT("embroidered"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="Soch Women Magenta Floral Embroidered Silk Blend Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
    ),
    # 014 Photo: model, front, holding a straw hat in her hand (not worn); tiered yellow maxi dress with a small blue
    # floral print, sleeveless, V-neck; a bracelet, no ring. Fabric (page): viscose rayon.
    # Caption: caption adapter (50 tokens, puts the hat on her); open: extractive QA; closed: reference engine.
    case(
        "X1599-014",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a hat. There is an accessory on her wrist. The lady wears a ring. The",
            "unsupported",
            hit_limit=True,
        ),
        WEAR("a sleeveless dress with floral patterns"),
        DET("V-shape neckline"),
        MAT("cotton", "unsupported"),
        GT("dress"),
        COL("yellow"),
        PAT("floral"),
        SLV("sleeveless"),
        gender="Women",
        title="Global Desi Women Yellow Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # 015 Photo: model, front; straight grey kurta with a black ethnic motif block print, three-quarter sleeves,
    # round neck; black leggings; bangles. Fabric: cotton (title).
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-015",
        caption(
            "The person is wearing a medium-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with graphic patterns and a long leggings"),
        DET("graphic patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("black", "other_garment_color"),
        PAT("ethnic motifs"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="Anubhutee Women Grey Ethnic Motifs Printed Cotton Straight Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # 016 Photo: model, front; floor-length navy georgette gown, sequinned bodice, sheer long sleeves, round neck; a
    # contrast pink dupatta draped over both arms and round the back of the neck; earrings only.
    # Caption: caption adapter (50 tokens, "chiffon" for georgette, a wrist accessory and a ring she does not wear);
    # open: extractive QA; closed: reference engine (the dupatta drape reads as a saree).
    case(
        "X1599-016",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. There is an accessory in her neck. There is an accessory on her wrist. The lady "
            "wears a ring. There",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns"),
        DET("There is an accessory in her neck", "non_answer"),
        MAT("chiffon", "contradiction"),
        GT("saree", "contradiction"),
        COL("pink", "other_garment_color"),
        PAT("embroidered"),
        SLV("long sleeves"),
        gender="Women",
        title="Janasya Women Navy Blue Embroidered Georgette Gown with Dupatta",
        category="Ethnic Dresses",
        color="Navy Blue",
    ),
    # 017 Photo: model, front; straight lavender kurta, plain with a lace trim at the hem, three-quarter sleeves,
    # boat neck; white leggings. Fabric: cotton (title).
    # Caption: caption adapter (stopped on its own, 44 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-017",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns."
        ),
        WEAR("a medium-sleeve dress with pure color patterns and a long leggings"),
        DET("its neckline is round"),
        MAT("cotton"),
        GT("kurta"),
        COL("purple"),
        PAT("solid"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="Rangriti Women Lavender Solid Cotton Straight Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # 018 Photo: model, front; straight red kurta with a gold-printed yoke, three-quarter sleeves, round neck; red
    # palazzos; a gold-print dupatta over the arms and round the neck.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-018",
        caption(
            "This woman wears a medium-sleeve dress with graphic patterns and a long pants. The dress is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There is an "
            "accessory in her neck. There",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with graphic patterns and a long pants"),
        DET("graphic patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("red"),
        PAT("printed"),
        SLV("long sleeves", "contradiction"),
        gender="Women",
        title="Libas Women Red Yoke Design Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
    ),
    # 019 Photo: model, front, holding a coffee mug; olive A-line kurta with a tiny white floral print, short rolled
    # sleeves, mandarin collar with a button placket; white leggings. Fabric (page): rayon.
    # Caption: caption adapter (50 tokens, kurta as shirt, lapel); open: extractive QA; closed: reference engine.
    case(
        "X1599-019",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns and a long leggings. The shirt is with "
            "cotton fabric and it has a lapel neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is a",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a short-sleeve shirt with floral patterns and a long leggings", "contradiction"),
        DET("lapel neckline", "unsupported"),
        MAT("cotton", "unsupported"),
        GT("kurta"),
        COL("green"),
        PAT("floral"),
        SLV("short sleeves"),
        gender="Women",
        title="Vishudh Women Olive Green Floral Printed A-Line Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # 020 Photo: model, front, black heels; knee-length fit-and-flare ethnic dress, black with a gold foil print,
    # sleeveless, round neck; a bracelet. Fabric (page): rayon.
    # Caption: caption adapter (50 tokens, starts the caption over); open: extractive QA; closed: reference engine.
    case(
        "X1599-020",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady is wearing a sleeveless dress with graphic "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        WEAR("a sleeveless dress with graphic patterns"),
        DET("round neckline"),
        MAT("cotton", "unsupported"),
        GT("dress"),
        COL("black"),
        PAT("printed"),
        SLV("sleeveless"),
        gender="Women",
        title="Sangria Women Black & Gold-Toned Printed Fit and Flare Ethnic Dress",
        category="Ethnic Dresses",
        color="Black",
    ),
    # 021 Photo: model seated on a wooden stool; straight mustard kurta with all-over threadwork on the front,
    # three-quarter sleeves, V-neck; white leggings. Fabric (page): cotton.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-021",
        caption(
            "The female is wearing a medium-sleeve dress with pure color patterns and a long leggings. The dress is "
            "with cotton fabric. It has a V-shape neckline. The leggings are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with pure color patterns and a long leggings"),
        DET("V-shape neckline"),
        MAT("cotton"),
        GT("kurta"),
        COL("yellow"),
        PAT("solid", "contradiction"),
        SLV("three-quarter sleeves"),
        gender="Women",
        title="Indo Era Women Mustard Yellow Embroidered Straight Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # 022 Photo: model, front; straight pink kurta with a green floral print, long sleeves, round neck; green churidar;
    # a green dupatta over the arms. Fabric: cotton (title).
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine (second export: kurta asked).
    case(
        "X1599-022",
        caption(
            "This woman wears a long-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory in her",
            "cut",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with floral patterns and a long leggings"),
        DET("floral patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("green", "other_garment_color"),
        PAT("floral"),
        SLV("long sleeves"),
        kurta("yes"),
        gender="Women",
        title="Biba Women Pink & Green Floral Printed Cotton Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Pink",
    ),
    # 023 Photo: model, front, white backdrop; straight white kurta with lace at the hem, three-quarter sleeves,
    # mandarin collar; white leggings. Fabric: cotton (title). Feed row has no color.
    # Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine.
    case(
        "X1599-023",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is standing. The leggings are with cotton fabric and pure color patterns."
        ),
        WEAR("a medium-sleeve dress with pure color patterns and a long leggings"),
        DET("its neckline is standing"),
        MAT("cotton"),
        GT("kurta"),
        COL("white"),
        PAT("solid"),
        SLV("three-quarter sleeves"),
        kurta("yes"),
        gender="Women",
        title="Aurelia Women White Solid Cotton Straight Kurta",
        category="Kurtas",
    ),
    # 024 Photo: model mid-twirl; calf-length flared anarkali kurta, sea green with a pink floral print, sleeveless,
    # round neck; pink leggings; bangles. Fabric (page): georgette.
    # Caption: caption adapter (50 tokens, reads the anarkali as a shirt and a skirt); open: extractive QA; closed:
    # reference engine (reads the flare as a lehenga, so not a kurta).
    case(
        "X1599-024",
        caption(
            "The lady wears a sleeveless shirt with floral patterns and a long skirt. The shirt is with chiffon "
            "fabric. It has a round neckline. The skirt is with chiffon fabric and floral patterns. There is an "
            "accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a sleeveless shirt with floral patterns and a long skirt", "contradiction"),
        DET("round neckline"),
        MAT("chiffon", "unsupported"),
        GT("lehenga", "contradiction"),
        COL("green"),
        PAT("floral"),
        SLV("sleeveless"),
        kurta("no", "contradiction"),
        gender="Women",
        title="Ahalyaa Women Sea Green Floral Printed Anarkali Kurta",
        category="Kurtas",
        color="Sea Green",
    ),
    # 025 Photo: model, front; beige A-line kurta with a subtle self-design jacquard weave, long sleeves, round neck;
    # brown leggings; a watch. Fabric (page): cotton blend.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-025",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns and a long leggings"),
        DET("The dress", "restated"),
        MAT("cotton"),
        GT("kurta"),
        COL("beige"),
        PAT("solid"),
        SLV("long sleeves"),
        kurta("yes"),
        gender="Women",
        title="W Women Beige Self Design A-Line Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # 026 Photo: BACK VIEW; yellow kurta with a white floral print, tie-up dori at the back of the neck, three-quarter
    # sleeves; white leggings; a watch. Fabric: pure cotton (title).
    # Caption: caption adapter (50 tokens, "his" wrist); open: extractive QA; closed: reference engine.
    case(
        "X1599-026",
        caption(
            "The person is wearing a medium-sleeve dress with floral patterns and a long leggings. The dress is with "
            "cotton fabric. The leggings are with cotton fabric and pure color patterns. There is an accessory on his "
            "wrist. The person",
            "pronoun",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with floral patterns and a long leggings"),
        DET("floral patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("yellow"),
        PAT("floral"),
        SLV("long sleeves", "contradiction"),
        kurta("yes"),
        gender="Women",
        title="Libas Women Yellow Floral Printed Pure Cotton Kurta",
        category="Kurtas",
        color="Yellow",
    ),
    # 027 Photo: model, front; sleeveless teal maxi dress with a floral print, round neck, worn under a sheer
    # long-sleeve open shrug (sold with it); bangles, a ring. Fabric (page): rayon dress, chiffon shrug.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-027",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The outer clothing is a cardigan. There is an accessory on her wrist. The lady wears a "
            "ring. The",
            "cut",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with floral patterns"),
        DET("The outer clothing is a cardigan"),
        MAT("chiffon", "unsupported"),
        GT("dress"),
        COL("teal"),
        PAT("floral"),
        SLV("sleeveless"),
        gender="Women",
        title="Juniper Women Teal Floral Printed Ethnic Maxi Dress with Shrug",
        category="Ethnic Dresses",
        color="Teal",
    ),
    # 028 Photo: model, front; straight pink kurta with a gold bandhani (tie-dye dot) print, three-quarter sleeves,
    # V-neck with gotta trim; gold leggings. Fabric (page): cotton.
    # Caption: caption adapter (50 tokens, "lattice" for bandhani dots); open: extractive QA; closed: reference engine
    # (polka dots for the bandhani).
    case(
        "X1599-028",
        caption(
            "The lady wears a medium-sleeve dress with lattice patterns and a long leggings. The dress is with cotton "
            "fabric. It has a V-shape neckline. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with lattice patterns and a long leggings", "contradiction"),
        DET("V-shape neckline"),
        MAT("cotton"),
        GT("kurta"),
        COL("pink"),
        PAT("polka dots", "contradiction"),
        SLV("three-quarter sleeves"),
        kurta("yes"),
        gender="Women",
        title="Anouk Women Pink & Gold-Toned Bandhani Printed Kurta",
        category="Kurtas",
        color="Pink",
    ),
    # 029 Photo: model, front, a jhola bag on the shoulder; indigo hand-block printed kurta, long sleeves, round neck
    # with a slit; white churidar. Fabric: cotton (title).
    # Caption: caption adapter (50 tokens, "denim" for indigo cotton); open: extractive QA; closed: reference engine.
    case(
        "X1599-029",
        caption(
            "This woman wears a long-sleeve shirt with graphic patterns and a long leggings. The shirt is with denim "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. There is "
            "an accessory",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a long-sleeve shirt with graphic patterns and a long leggings", "contradiction"),
        DET("graphic patterns"),
        MAT("denim", "contradiction"),
        GT("kurta"),
        COL("blue"),
        PAT("printed"),
        SLV("long sleeves"),
        kurta("yes"),
        gender="Women",
        title="Fabindia Women Indigo Hand Block Printed Cotton Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 030 Photo: model, front, heels; floor-length mauve net gown covered in sequins, cap sleeves, sweetheart neck;
    # a bracelet, no ring.
    # Caption: caption adapter (50 tokens, wrist sentence again); open: extractive QA; closed: reference engine.
    case(
        "X1599-030",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a square neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory on "
            "her wrist. The",
            "loop",
            hit_limit=True,
        ),
        WEAR("a short-sleeve dress with pure color patterns"),
        DET("square neckline", "unsupported"),
        MAT("other", "non_answer"),
        GT("gown"),
        COL("purple"),
        PAT("embellished"),
        SLV("short sleeves"),
        gender="Women",
        title="Mabish by Sonal Jain Women Mauve Sequinned Net Gown",
        category="Ethnic Dresses",
        color="Mauve",
    ),
    # 031 Photo: model, front; maroon kurta with a beige floral print, three-quarter sleeves, round neck; beige
    # leggings (part of the set). Fabric: cotton (title).
    # Caption: caption adapter (50 tokens, starts the caption over); open: extractive QA; closed: reference engine.
    case(
        "X1599-031",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "The lady is wearing a medium",
            "loop",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with floral patterns and a long leggings"),
        DET("floral patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("red"),
        PAT("floral"),
        SLV("three-quarter sleeves"),
        kurta("yes"),
        gender="Women",
        title="Jaipur Kurti Women Maroon & Beige Floral Printed Cotton Kurta with Leggings",
        category="Kurta Sets",
        color="Maroon",
    ),
    # 032 Photo: model, front; white chikankari kurta (floral shadow-work embroidery), long sleeves, round neck; white
    # leggings; a silver bracelet and a ring. Fabric: pure cotton (title).
    # Caption: caption adapter (50 tokens, wrist and ring sentences again); open: extractive QA; closed: reference
    # engine.
    case(
        "X1599-032",
        caption(
            "Her dress has long sleeves, cotton fabric and floral patterns. The neckline of it is round. There is an "
            "accessory on her wrist. The lady wears a ring. There is an accessory on her wrist. The lady wears a ring. "
            "There",
            "loop",
            hit_limit=True,
        ),
        WEAR("Her dress"),
        DET("long sleeves, cotton fabric and floral patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("white"),
        PAT("embroidered"),
        SLV("long sleeves"),
        kurta("yes"),
        gender="Women",
        title="Ada Women White Chikankari Embroidered Pure Cotton Kurta",
        category="Kurtas",
        color="White",
    ),
    # 033 Photo: model, front; hip-length yellow solid kurti, sleeveless, round neck; bright pink leggings fill the
    # lower half of the frame; a watch. Fabric: cotton (title).
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine (picks the leggings).
    case(
        "X1599-033",
        caption(
            "The lady is wearing a sleeveless shirt with pure color patterns and a long leggings. The shirt is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        WEAR("a sleeveless shirt with pure color patterns and a long leggings"),
        DET("its neckline is round"),
        MAT("cotton"),
        GT("leggings", "contradiction"),
        COL("pink", "other_garment_color"),
        PAT("solid"),
        SLV("sleeveless"),
        gender="Women",
        title="Juniper Women Yellow Solid Cotton Kurti",
        category="Kurtis",
        color="Yellow",
    ),
    # 034 Photo: model, front; turquoise kurta with floral threadwork, three-quarter sleeves, V-neck; white leggings;
    # bangles and a ring. Fabric (page): rayon.
    # Caption: caption adapter (50 tokens, skipped the fabric sentence); open: extractive QA (no fabric in the caption,
    # no answer); closed: reference engine.
    case(
        "X1599-034",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns and a long leggings. It has a V-shape "
            "neckline. The leggings are with pure color patterns. There is an accessory on her wrist. The lady wears "
            "a ring. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with floral patterns and a long leggings"),
        DET("V-shape neckline"),
        MAT("", "non_answer"),
        GT("kurta"),
        COL("blue"),
        PAT("embroidered"),
        SLV("three-quarter sleeves"),
        kurta("yes"),
        gender="Women",
        title="Varanga Women Turquoise Blue Floral Embroidered Kurta",
        category="Kurtas",
        color="Turquoise Blue",
    ),
    # 035 Photo: model, front; rust printed wrap-style maxi dress, three-quarter sleeves, V-neck, a fabric tie belt at
    # the waist; bangles, a ring. Fabric (page): crepe. Feed row has no color.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-035",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. There is a belt. There is an accessory on her wrist. The lady wears a ring. There is "
            "an",
            "cut",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with floral patterns"),
        DET("There is a belt"),
        MAT("chiffon", "unsupported"),
        GT("dress"),
        COL("orange"),
        PAT("printed"),
        SLV("long sleeves", "contradiction"),
        gender="Women",
        title="Ishin Women Rust Printed Wrap Maxi Ethnic Dress with Belt",
        category="Ethnic Dresses",
    ),
    # 036 Photo: FLAT LAY, no model; a green floral kurta, floral palazzos and a plain dupatta laid side by side;
    # kurta with three-quarter sleeves, round neck. Fabric: pure cotton (title).
    # Caption: caption adapter (50 tokens, a wearer and a shirt); open: extractive QA; closed: reference engine.
    case(
        "X1599-036",
        caption(
            "The lady is wearing a long-sleeve shirt with floral patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is round. The pants are with cotton fabric and floral patterns. There is an "
            "accessory in",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a long-sleeve shirt with floral patterns and a long pants", "contradiction"),
        DET("floral patterns"),
        MAT("cotton"),
        GT("kurta"),
        COL("green"),
        PAT("floral"),
        SLV("long sleeves", "contradiction"),
        kurta("yes"),
        gender="Women",
        title="Libas Women Green Floral Printed Pure Cotton Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Green",
    ),
    # 037 Photo: model, front; burgundy floor-length anarkali kurta, gold embroidery at the neckline and hem, long
    # sleeves, round neck; earrings only, no necklace, no ring. Fabric (page): cotton.
    # Caption: caption adapter (50 tokens, invents a necklace and a ring); open: extractive QA; closed: reference
    # engine (says it is not a kurta).
    case(
        "X1599-037",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory in her neck. The lady wears a ring. There is an accessory on her "
            "wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns"),
        DET("round neckline"),
        MAT("cotton"),
        GT("gown"),
        COL("maroon"),
        PAT("embroidered"),
        SLV("long sleeves"),
        kurta("no", "contradiction"),
        gender="Women",
        title="Biba Women Burgundy Embroidered Floor-Length Anarkali Kurta",
        category="Kurtas",
        color="Burgundy",
    ),
    # 038 Photo: model, front; straight navy crepe kurta with a white geometric print, long sleeves, round neck; white
    # leggings.
    # Caption: caption adapter (stopped on its own, "cotton" for crepe); open: extractive QA; closed: reference engine.
    case(
        "X1599-038",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        WEAR("a long-sleeve dress with graphic patterns and a long leggings"),
        DET("graphic patterns"),
        MAT("cotton", "contradiction"),
        GT("kurta"),
        COL("navy blue"),
        PAT("geometric"),
        SLV("long sleeves"),
        kurta("yes"),
        gender="Women",
        title="Nayo Women Navy Blue Geometric Printed Crepe Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # 039 Photo: model, front; straight lime green kurta with a small floral print, three-quarter sleeves, V-neck;
    # white leggings. Fabric (page): cotton.
    # Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine.
    case(
        "X1599-039",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns and a long leggings. The dress is with "
            "cotton fabric. It has a V-shape neckline. The leggings are with cotton fabric and pure color patterns."
        ),
        WEAR("a medium-sleeve dress with floral patterns and a long leggings"),
        DET("V-shape neckline"),
        MAT("cotton"),
        GT("kurta"),
        COL("yellow", "contradiction"),
        PAT("floral"),
        SLV("three-quarter sleeves"),
        kurta("yes"),
        gender="Women",
        title="Anouk Women Lime Green Floral Printed Straight Kurta",
        category="Kurtas",
        color="Lime Green",
    ),
    # 040 Photo: model, front; red flared ethnic maxi dress, gold embroidery on the yoke and cuffs, long sleeves,
    # round neck; the matching red dupatta round the neck, both ends in front; bangles, a ring. Fabric (page):
    # chiffon.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a scarf. There is an accessory on her wrist. The lady wears a ring. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns"),
        DET("round neckline"),
        MAT("chiffon"),
        GT("dress"),
        COL("red"),
        PAT("embroidered"),
        SLV("long sleeves"),
        gender="Women",
        title="KALINI Women Red Embroidered Ethnic Maxi Dress with Dupatta",
        category="Ethnic Dresses",
        color="Red",
    ),
    # 041 Photo: model, front; black solid kurta with long sleeves and a round neck under a long sleeveless printed
    # ethnic jacket (sold together); black leggings; a bracelet. Fabric: cotton (title). Feed row has no gender.
    # Caption: caption adapter (50 tokens); open: extractive QA; closed: reference engine.
    case(
        "X1599-041",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns and a long leggings. The outer clothing "
            "is a cardigan. The dress is with cotton fabric. It has a round neckline. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with pure color patterns and a long leggings"),
        DET("The outer clothing is a cardigan"),
        MAT("cotton"),
        GT("kurta"),
        COL("black"),
        PAT("printed"),
        SLV("long sleeves"),
        kurta("yes"),
        title="Aurelia Women Black Solid Cotton Kurta with Printed Ethnic Jacket",
        category="Kurta Sets",
        color="Black",
    ),
    # 042 Photo: model, front; straight purple kurta with a white floral print, long sleeves, round neck; white
    # leggings. Fabric (page): rayon.
    # Caption: caption adapter (50 tokens, starts the caption over); open: extractive QA (the wearing span runs past
    # the sentence); closed: reference engine.
    case(
        "X1599-042",
        caption(
            "This woman wears a long-sleeve dress with floral patterns and a long leggings. The dress is with cotton "
            "fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. This woman "
            "wears a long",
            "loop",
            hit_limit=True,
        ),
        WEAR("a long-sleeve dress with floral patterns and a long leggings. The dress", "cut"),
        DET("its neckline is round"),
        MAT("cotton", "unsupported"),
        GT("kurta"),
        COL("purple"),
        PAT("floral"),
        SLV("long sleeves"),
        kurta("yes"),
        gender="Women",
        title="Libas Women Purple Floral Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
    ),
    # 043 Photo: model in a three-quarter turn; flared green anarkali with gold ethnic motifs, three-quarter sleeves,
    # round neck; gold churidar. Fabric: rayon (title).
    # Caption: caption adapter (50 tokens, "cotton" for rayon); open: extractive QA; closed: reference engine.
    case(
        "X1599-043",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a medium-sleeve dress with graphic patterns and a long leggings"),
        DET("graphic patterns"),
        MAT("cotton", "contradiction"),
        GT("kurta"),
        COL("green"),
        PAT("ethnic motifs"),
        SLV("three-quarter sleeves"),
        kurta("yes"),
        gender="Women",
        title="Sangria Women Green & Gold-Toned Ethnic Motifs Printed Rayon Flared Anarkali Kurta",
        category="Kurtas",
        color="Green",
    ),
    # 044 Photo: model, front; straight pink solid kurta, short sleeves, round neck; grey leggings. Fabric (page):
    # cotton. Feed row has no category.
    # Caption: caption adapter (stopped on its own); open: extractive QA; closed: reference engine (picks the
    # leggings).
    case(
        "X1599-044",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric and its neckline is round."
        ),
        WEAR("a short-sleeve dress with pure color patterns and a long leggings"),
        DET("The dress", "restated"),
        MAT("cotton"),
        GT("kurta"),
        COL("grey", "other_garment_color"),
        PAT("solid"),
        SLV("short sleeves"),
        gender="Women",
        title="Vishudh Women Pink Solid Straight Kurta",
        color="Pink",
    ),
    # 045 Photo: model, front; navy kaftan-style kurta with a white print, wide batwing sleeves to the elbow, V-neck;
    # white leggings. Fabric (page): cotton.
    # Caption: caption adapter (50 tokens, "pure color" for a printed kurta); open: extractive QA; closed: reference
    # engine.
    case(
        "X1599-045",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns and a long leggings. The dress is with "
            "cotton fabric. It has a V-shape neckline. The leggings are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        WEAR("a short-sleeve dress with pure color patterns and a long leggings", "contradiction"),
        DET("V-shape neckline"),
        MAT("cotton"),
        GT("kurta"),
        COL("navy blue"),
        PAT("printed"),
        SLV("sleeveless", "contradiction"),
        kurta("yes"),
        gender="Women",
        title="Anouk Women Navy Blue Printed Kaftan Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
]
