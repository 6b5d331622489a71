"""BLIND_1429 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions, VQA piece colors): written blind in the
sixty-fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 66/82 failures found (80.5%)
and 19/196 correct texts flagged (9.7%). The writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed of sarees and lehenga cholis (articleType "Sarees" and "Lehenga Choli", Myntra
base colours, gender Women or Girls; a row now and then lacks the gender or the colour). Photos are the catalog's
usual shots: a model on a plain grey, white or beige backdrop, jewellery (jhumkas, bangles, a necklace), now and then
a back view of the blouse, a flat lay, or a prop (a clutch, a stool, a pillar, a parasol, a chair). Each product gets
a caption and the color of each of its pieces (saree and blouse; skirt, blouse and dupatta), plus a few other
questions from the blind questionnaire (is it a saree / lehenga, garment type, color, pattern, sleeve length,
material, what the person is wearing, the details or a description of one piece).
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) with no
prompt; every answer is the VQA adapter (Data3_V3_BLIP2_VQA) with the `Question: ... Answer:` prompt, greedy, 50 and
30 new tokens. The caption adapter speaks only DeepFashion-MultiModal's template: shirt / tank top / T-shirt, long
skirt, chiffon / cotton / furry fabric, pure color / floral / graphic / complicated patterns, wrist accessory, ring,
belt, hat. About half the captions run to the 50-token limit and stop mid-sentence or loop; the rest end cleanly.
The VQA adapter mostly gives a short color; it sometimes loops a color to the limit, echoes the prompt template
after its answer, or answers the saree's / skirt's color for the blouse or the dupatta.
Labeling conventions and judgement calls: a caption that runs to the token limit is labelled cut when it stops
mid-sentence and loop when it repeats a sentence, whatever else is wrong in it (one label per text). In a caption that
ends cleanly the DeepFashion vocabulary is judged for what the photo shows in it: a choli or saree blouse as a "shirt"
or "tank top" and the draped saree or the lehenga as a "long skirt" are right; a fabric word is wrong (unsupported)
only when the title names another fabric, or when nothing in the photo supports it (cotton for a shiny georgette);
an accessory that is not in the photo (hat, ring) is unsupported; "the man", "his", "he" for a woman is pronoun. A
caption of a flat lay that describes a woman wearing it is unsupported. Near shades count as right (maroon/wine,
magenta/pink, mauve/pink, lavender/purple, cream/off white/white, rust/orange, silver/grey, gold/yellow for gold
fabric, teal answered as teal). A piece answered with another piece's color of the same outfit is
other_garment_color; a color taken from a prop or the backdrop, or a color nobody in the photo has, is
contradiction; "no" to "Is this a saree?" for a saree, a saree called a dress, a lehenga called a saree, an
accessory given as what she wears, and a sleeve length that disagrees with the photo are contradiction. A material
answer that differs from the title's fabric is unsupported. The prompt template echoed in an answer is leak even when
the color in it is right. An empty answer, or the question's words given back, is non_answer; a sentence that only
turns the question into its own answer is restated. A Girls product's child model called "the female" in the caption
is left unmarked (the template has no word for a child).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1429 = [
    # Photo: model on a grey backdrop in a maroon Banarasi saree with a broad gold zari border and gold buttas; matching
    # maroon blouse with elbow sleeves; gold jhumkas and bangles. Caption: epoch-1 adapter (cut at 50 tokens);
    # answers: VQA adapter.
    case(
        "X1429-001",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and complicated patterns. There is an accessory on her "
            "wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon"),
        is_a("saree", "yes"),
        Q.material("silk"),
        Q.sleeve_length("elbow length"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: model on white in a peach poly-georgette saree with small green and white flowers; plain green blouse with
    # short sleeves; she holds the pallu out with one hand. Caption: epoch-1 adapter (ran to the limit); answers: VQA
    # adapter. The blouse answer is the saree's color; the material is not the title's georgette.
    case(
        "X1429-002",
        caption(
            "The woman is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. She "
            "wears a long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory on her "
            "wrist. This woman wears a ring on",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "peach"),
        color_of("blouse", "peach", "other_garment_color"),
        wearing("a saree"),
        Q.pattern("floral"),
        Q.material("chiffon", "unsupported"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Peach-Coloured & Green Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Peach",
    ),
    # Photo: model on a light grey backdrop in a pink flared lehenga with gold thread embroidery at the hem, pink
    # sleeveless choli, pink net dupatta with a gold border over one shoulder; bangles. Caption: epoch-1 adapter
    # (ended cleanly); answers: VQA adapter. All right.
    case(
        "X1429-003",
        caption(
            "The lady wears a sleeveless tank top and a long skirt. The skirt is with chiffon fabric and complicated "
            "patterns. There is an accessory on her wrist."
        ),
        color_of("skirt", "pink"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="panchhi Pink & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: model on grey in a navy blue chiffon saree with a thin sequinned border; navy sleeveless blouse; a silver
    # bracelet. Caption: epoch-1 adapter (clean); answers: VQA adapter. The saree read as black (the seller and the
    # photo say navy), and so is what she wears; the blouse answer is right.
    case(
        "X1429-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. She "
            "wears a long skirt with pure color patterns. There is an accessory on her wrist."
        ),
        color_of("saree", "black", "contradiction"),
        color_of("blouse", "navy"),
        is_a("saree", "yes"),
        Q.material("chiffon"),
        Q.pattern("solid"),
        wearing("a woman in a black saree", "contradiction"),
        gender="Women",
        title="Ishin Navy Blue Solid Chiffon Saree with Sequinned Border",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: a girl of about seven on white, yellow lehenga with green floral embroidery, green short-sleeved choli,
    # green net dupatta across both shoulders. Caption: epoch-1 adapter (cut); answers: VQA adapter. The choli answered
    # with the skirt's yellow.
    case(
        "X1429-005",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and floral patterns. The female "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        color_of("dupatta", "green"),
        wearing("a yellow and green lehenga"),
        gender="Girls",
        title="Aarika Girls Yellow & Green Embroidered Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: model holding out the pallu of a red Kanjeevaram-style saree with a gold zari border; gold brocade blouse
    # with elbow sleeves; temple jewellery. Caption: epoch-1 adapter (loops to the limit); answers: VQA adapter. The
    # details answer loops.
    case(
        "X1429-006",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric. The lady wears a long skirt. The skirt is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "red"),
        color_of("blouse", "gold"),
        Q.material("silk"),
        is_a("saree", "yes"),
        details(
            "saree",
            "gold border, gold border, gold border, gold border, gold border, gold border, gold border, gold border, "
            "gold border, gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Kalakari India Red & Gold-Toned Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: model on a beige backdrop in a green lehenga with pink and gold embroidery, pink choli with elbow sleeves,
    # pink dupatta with a gota border, a gold kamarbandh at the waist. Caption: epoch-1 adapter (clean; the belt is
    # there); answers: VQA adapter. The dupatta answered with the skirt's green; its details only name it.
    case(
        "X1429-007",
        caption(
            "The lady wears a medium-sleeve shirt with complicated patterns and a long skirt. The skirt is with "
            "chiffon fabric and complicated patterns. She wears a belt. There is an accessory on her wrist."
        ),
        color_of("skirt", "green"),
        color_of("blouse", "pink"),
        color_of("dupatta", "green", "other_garment_color"),
        Q.garment_type("lehenga"),
        Q.sleeve_length("medium sleeve"),
        details("dupatta", "the dupatta", "non_answer"),
        gender="Women",
        title="Mabish by Sonal Jain Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: flat lay on white, no model: a mustard handloom cotton saree folded to show its plain body and a thin
    # striped border, the maroon blouse piece folded beside it. Caption: epoch-1 adapter (clean, but describes a woman
    # who is not there); answers: VQA adapter. The blouse piece answered with the saree's color; "no" to saree.
    case(
        "X1429-008",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "other_garment_color"),
        is_a("saree", "no", "contradiction"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Women",
        title="Unnati Silks Mustard Handloom Cotton Saree with Blouse Piece",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: model on grey, navy lehenga covered in small sequins, navy sleeveless choli, silver net dupatta over the
    # arms. Caption: epoch-1 adapter (cut); answers: VQA adapter, the In-shop "dress" for what she wears.
    case(
        "X1429-009",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "suspenders. The lower clothing is of long length. The fabric is chiffon and it has complicated patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "navy"),
        color_of("blouse", "navy"),
        color_of("dupatta", "silver"),
        wearing("a blue dress", "contradiction"),
        Q.pattern("the pattern", "non_answer"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Inddus Navy Blue & Silver-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: model on white in a teal georgette saree with a white floral print, teal short-sleeved blouse, a small gold
    # clutch in her hand, a thin bracelet. Caption: epoch-1 adapter (clean); answers: VQA adapter. The garment color
    # is the clutch's gold; silk is not the title's georgette.
    case(
        "X1429-010",
        caption(
            "The woman is wearing a short-sleeve shirt with floral patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. There is an accessory on her wrist."
        ),
        color_of("saree", "teal"),
        color_of("blouse", "teal"),
        Q.color("gold", "contradiction"),
        is_a("saree", "yes"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Mitera Teal Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: bridal pose on a cream backdrop: maroon velvet lehenga with heavy gold embroidery, maroon long-sleeved
    # choli, beige-gold net dupatta over her head; necklace, maang tikka. Caption: epoch-1 adapter (clean, "gentleman",
    # velvet as furry); answers: VQA adapter. The dupatta answered with the lehenga's maroon.
    case(
        "X1429-011",
        caption(
            "The gentleman wears a long-sleeve shirt with complicated patterns and a long skirt. The shirt is with "
            "furry fabric. The skirt is with furry fabric and complicated patterns. There is an accessory on his "
            "wrist.",
            "pronoun",
        ),
        color_of("skirt", "maroon"),
        color_of("blouse", "maroon"),
        color_of("dupatta", "maroon", "other_garment_color"),
        Q.material("velvet"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fusionic Maroon Embroidered Velvet Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: back view: the model turned away, magenta saree with a gold zari border, the pallu over her left
    # shoulder, a gold short-sleeved blouse with a deep U back and a tie-up with tassels. Caption: epoch-1 adapter
    # (cut); answers: VQA adapter. All answers right.
    case(
        "X1429-012",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. The neckline of it is "
            "round. The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        color_of("blouse", "gold"),
        details("blouse", "tie-up with tassels at the back"),
        is_a("saree", "yes"),
        gender="Women",
        title="Sangria Magenta Solid Saree with Zari Border",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: model on white in an off-white cotton lehenga with a red floral block print, red short-sleeved choli, red
    # dupatta. Caption: epoch-1 adapter, one of its base-model-like captions (clean); answers: VQA adapter. All right.
    case(
        "X1429-013",
        caption("a woman in a white and red lehenga posing for a photo"),
        color_of("skirt", "white"),
        color_of("blouse", "red"),
        color_of("dupatta", "red"),
        Q.material("cotton"),
        Q.pattern("floral"),
        gender="Women",
        title="Varanga Women Off White & Red Floral Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: model on grey in a black sequinned net saree, black sleeveless blouse, silver earrings. Caption: epoch-1
    # adapter (loops); answers: VQA adapter, the blouse color looping to the limit.
    case(
        "X1429-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric. The lady wears a long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "black"),
        color_of(
            "blouse",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.material("net"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: model seated on a brown wooden stool, mustard lehenga with mirror work, pink short-sleeved choli, pink
    # dupatta with a gota border; no hat. Caption: epoch-1 adapter (clean, a hat invented); answers: VQA adapter. The
    # dupatta answered with the stool's brown.
    case(
        "X1429-015",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. There is an accessory on her wrist. This woman wears a hat.",
            "unsupported",
        ),
        color_of("skirt", "yellow"),
        color_of("blouse", "pink"),
        color_of("dupatta", "brown", "contradiction"),
        wearing("a yellow skirt and a pink blouse"),
        gender="Women",
        title="Chhabra 555 Mustard & Pink Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: model on grey in a cream Kerala kasavu cotton saree with a gold border, green short-sleeved blouse.
    # Caption: epoch-1 adapter (clean); answers: VQA adapter. The blouse answered with the saree's white; a dress.
    case(
        "X1429-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and pure color patterns."
        ),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color"),
        is_a("saree", "yes"),
        Q.material("cotton"),
        details("saree", "gold border"),
        wearing("a white dress", "contradiction"),
        gender="Women",
        title="Anouk Cream-Coloured & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # Photo: a girl of about six on white, red lehenga with gold gota work, gold short-sleeved blouse, red dupatta
    # pinned at one shoulder. Caption: epoch-1 adapter (cut); answers: VQA adapter. The blouse answered red.
    case(
        "X1429-017",
        caption(
            "The female wears a short-sleeve shirt with complicated patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and complicated patterns. There is an accessory on her "
            "wrist. The female",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red"),
        color_of("blouse", "red", "other_garment_color"),
        color_of("dupatta", "red"),
        wearing("a red lehenga", who="the girl"),
        is_a("lehenga", "yes"),
        gender="Girls",
        title="Biba Girls Red & Gold-Toned Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model on white in a lavender organza saree with an embellished border, lavender sleeveless blouse.
    # Caption: epoch-1 adapter (cut); answers: VQA adapter; chiffon is not the title's organza; the blouse hooks at
    # the front, there is no zipper.
    case(
        "X1429-018",
        caption(
            "The woman is wearing a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric "
            "and it has a suspenders neckline. The woman wears a long skirt. The skirt is with chiffon fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "purple"),
        color_of("blouse", "purple"),
        Q.color("purple"),
        Q.material("chiffon", "unsupported"),
        is_a("saree", "yes"),
        details("blouse", "it has a zipper on the back", "unsupported"),
        gender="Women",
        title="KALINI Lavender Embellished Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # Photo: model on grey, turquoise net lehenga with silver thread work, turquoise sleeveless choli, turquoise
    # dupatta worn like a cape. Caption: epoch-1 adapter (cut); answers: VQA adapter, the dupatta answer echoing the
    # prompt template to the limit.
    case(
        "X1429-019",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long skirt. The tank top is with "
            "chiffon fabric and its neckline is V-shape. The skirt is with chiffon fabric and complicated patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "blue"),
        color_of("blouse", "blue"),
        color_of(
            "dupatta",
            "blue Question: What is the color of the dupatta? Answer: blue Question: What is the color of the dupatta? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("embroidered"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Warthy Ent Turquoise Blue Embroidered Net Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Turquoise Blue",
    ),
    # Photo: model on white in an orange art silk saree with a pink border, pink blouse with elbow sleeves. Caption:
    # epoch-1 adapter (clean; chiffon against the title's art silk); answers: VQA adapter. Sleeves read as short.
    case(
        "X1429-020",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and color block patterns.",
            "unsupported",
        ),
        color_of("saree", "orange"),
        color_of("blouse", "pink"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("saree", "yes"),
        Q.material("silk"),
        gender="Women",
        title="Mimosa Orange & Pink Art Silk Saree with Contrast Border",
        category="Sarees",
        color="Orange",
    ),
    # Photo: model on beige, peach lehenga with dense tone-on-tone embroidery, peach long-sleeved choli, peach net
    # dupatta with a scalloped border. Caption: epoch-1 adapter (clean); answers: VQA adapter; the description runs to
    # the limit; the dupatta called white.
    case(
        "X1429-021",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns and a long skirt. The skirt is with chiffon "
            "fabric and complicated patterns. There is an accessory on her wrist."
        ),
        color_of("skirt", "peach"),
        color_of("blouse", "peach"),
        color_of("dupatta", "white", "contradiction"),
        describe(
            "lehenga",
            "a peach lehenga with embroidery and a peach blouse with long sleeves and a peach dupatta with a "
            "scalloped border and a peach",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Ethnovog Peach-Coloured Embroidered Made to Measure Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: model on grey in a green bandhani print saree with a red border, red short-sleeved blouse. Caption: epoch-1
    # adapter (clean); answers: VQA adapter. "no" to saree; the description loops.
    case(
        "X1429-022",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns."
        ),
        color_of("saree", "green"),
        color_of("blouse", "red"),
        Q.pattern("polka dot"),
        Q.color("green and red"),
        is_a("saree", "no", "contradiction"),
        describe(
            "saree",
            "a green saree with red border and a red blouse with short sleeves and a green saree with red border and "
            "a red blouse with",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree Swarg Green & Red Bandhani Printed Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: model on grey, one hand on her hip, black lehenga with gold sequins, black sleeveless choli, black net
    # dupatta with a gold border. Caption: epoch-1 adapter (loops); answers: VQA adapter, all right.
    case(
        "X1429-023",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long skirt. The skirt is with "
            "chiffon fabric and complicated patterns. The skirt is with chiffon fabric and complicated patterns. The "
            "skirt is with chiffon fabric and",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        color_of("blouse", "black"),
        color_of("dupatta", "black"),
        wearing("she is wearing a black lehenga"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Zeel Clothing Black & Gold-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model on white in a royal blue saree with silver zari, silver-grey blouse with short sleeves. Caption:
    # epoch-1 adapter (clean, long sleeves against the photo); answers: VQA adapter; the details answer restates.
    case(
        "X1429-024",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and complicated patterns.",
            "contradiction",
        ),
        color_of("saree", "blue"),
        color_of("blouse", "grey"),
        Q.sleeve_length("short sleeve"),
        details("saree", "the details of the saree are the saree details", "restated"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Blue & Silver-Toned Zari Saree",
        category="Sarees",
        color="Blue",
    ),
    # Photo: bridal shot on a cream backdrop: red lehenga with heavy zardozi, red choli with three-quarter sleeves, red
    # dupatta over her head, necklace, maang tikka, bangles. Caption: epoch-1 adapter (clean; neckwear is the
    # necklace); answers: VQA adapter, which calls the outfit a saree.
    case(
        "X1429-025",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns and a long skirt. There is an accessory on "
            "her wrist. The lady has neckwear."
        ),
        color_of("skirt", "red"),
        color_of("blouse", "red"),
        color_of("dupatta", "red"),
        wearing("a red saree", "contradiction"),
        is_a("lehenga", "yes"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Odette Women Red Embroidered Semi-Stitched Bridal Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: model on white in a grey poly chiffon saree with pink flowers, pink short-sleeved blouse. Caption: epoch-1
    # adapter (cut); answers: VQA adapter; the blouse given the saree's grey; the type answered dress.
    case(
        "X1429-026",
        caption(
            "The woman is wearing a short-sleeve shirt with floral patterns and a long skirt. The shirt is with "
            "chiffon fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. There is "
            "an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "grey"),
        color_of("blouse", "grey", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        wearing("a grey saree with pink flowers"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Satrani Grey & Pink Floral Printed Poly Chiffon Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: model seated on a cane chair, indigo-blue block printed cotton lehenga, white short-sleeved choli, white
    # dupatta with a blue print; no rings. Caption: epoch-1 adapter (clean, a ring invented); answers: VQA adapter,
    # "no" to lehenga.
    case(
        "X1429-027",
        caption(
            "The female wears a short-sleeve T-shirt with pure color patterns and a long skirt. The skirt is with "
            "cotton fabric and graphic patterns. She wears a ring.",
            "unsupported",
        ),
        color_of("skirt", "blue"),
        color_of("blouse", "white"),
        color_of("dupatta", "white and blue"),
        Q.material("cotton"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Juniper Women Blue & White Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model leaning on a white pillar, sea green Kanjeevaram-style silk saree with a gold border, mustard-gold
    # blouse with elbow sleeves. Caption: epoch-1 adapter, base-like (clean); answers: VQA adapter; the blouse called
    # green like the saree.
    case(
        "X1429-028",
        caption("a woman in a green saree standing next to a pillar"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color"),
        Q.color("green"),
        is_a("saree", "yes"),
        Q.material("silk"),
        gender="Women",
        title="Mitera Sea Green & Gold-Toned Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # Photo: model on white, lime green lehenga with pink embroidery, pink short-sleeved choli, pink dupatta. Caption:
    # epoch-1 adapter (cut); answers: VQA adapter; the lime skirt called yellow.
    case(
        "X1429-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric. The skirt is with chiffon fabric and complicated patterns. There is an accessory on her wrist. "
            "There is a ring on",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "yellow", "contradiction"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink"),
        Q.sleeve_length("short sleeve"),
        gender="Women",
        title="Panchhi Women Lime Green & Pink Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # Photo: back view with the pallu spread over her back: purple Paithani silk blend saree, green and gold peacock
    # pallu, green blouse with short sleeves. Caption: epoch-1 adapter (clean; chiffon against the title's silk blend);
    # answers: VQA adapter, right.
    case(
        "X1429-030",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and graphic patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has graphic patterns.",
            "unsupported",
        ),
        color_of("saree", "purple"),
        color_of("blouse", "green"),
        details("saree", "peacock design on the pallu"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Purple & Green Silk Blend Paithani Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: model on a beige backdrop, beige georgette lehenga with gold mirror work, beige sleeveless choli, beige net
    # dupatta. Caption: epoch-1 adapter (clean); answers: VQA adapter: the dupatta answer echoes its prompt, cotton
    # for a shiny georgette.
    case(
        "X1429-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and pure color patterns. There is an accessory on her wrist."
        ),
        color_of("skirt", "cream"),
        color_of("blouse", "cream"),
        color_of(
            "dupatta",
            "Question: What is the color of the dupatta? Answer: white Question: What is the color of the dupatta? "
            "Answer: white",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Kvsfab Women Beige & Gold-Toned Mirror Work Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Beige",
    ),
    # Photo: model on grey in a rust satin saree worn with a black leather belt at the waist, black printed blouse with
    # short sleeves. Caption: epoch-1 adapter (clean; the belt is there); answers: VQA adapter; what she wears answered
    # with the belt; silk against the title's satin.
    case(
        "X1429-032",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt with pure color patterns. This "
            "lady wears a belt."
        ),
        color_of("saree", "orange"),
        color_of("blouse", "black"),
        wearing("a black belt", "contradiction"),
        is_a("saree", "yes"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Anouk Rust Solid Satin Saree with Printed Blouse and Belt",
        category="Sarees",
        color="Rust",
    ),
    # Photo: back view: mauve sequinned lehenga, mauve sleeveless choli with a tie-up dori at the back, mauve net
    # dupatta over one arm. Caption: epoch-1 adapter (cut); answers: VQA adapter, all right.
    case(
        "X1429-033",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has complicated patterns. There is an accessory on her wrist. This "
            "lady",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink"),
        details("blouse", "it has a tie-up at the back"),
        Q.sleeve_length("sleeveless"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Women Mauve Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Mauve",
    ),
    # Photo: model on white holding the pallu, pink pure georgette saree with a sequin border, pink short-sleeved
    # blouse; a bowl of flowers on a side table. Caption: epoch-1 adapter (cut); answers: VQA adapter, the blouse
    # looping.
    case(
        "X1429-034",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "chiffon fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her "
            "wrist. She",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        color_of(
            "blouse",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.material("georgette"),
        Q.pattern("solid"),
        gender="Women",
        title="Kasee Pink Pure Georgette Saree with Sequinned Border",
        category="Sarees",
        color="Pink",
    ),
    # Photo: model on white, yellow cotton lehenga with a blue floral print, blue short-sleeved choli, yellow dupatta
    # with a narrow blue border. Caption: epoch-1 adapter (clean, "The man"); answers: VQA adapter; the dupatta given
    # the choli's blue.
    case(
        "X1429-035",
        caption(
            "The man wears a short-sleeve shirt with floral patterns and a long skirt. The skirt is with cotton fabric "
            "and floral patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("skirt", "yellow"),
        color_of("blouse", "blue"),
        color_of("dupatta", "blue", "other_garment_color"),
        wearing("a woman in a yellow skirt and a blue top"),
        gender="Women",
        title="Varanga Women Yellow & Blue Floral Printed Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: model on grey in a white saree with a black geometric print, black sleeveless blouse. Caption: epoch-1
    # adapter (clean); answers: VQA adapter; the blouse called white.
    case(
        "X1429-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The skirt is with chiffon "
            "fabric and graphic patterns."
        ),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color"),
        Q.pattern("geometric"),
        Q.color("black and white"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin White & Black Geometric Printed Saree",
        category="Sarees",
        color="White",
    ),
    # Photo: model on beige holding a gold potli bag, rani pink silk lehenga with zari, rani pink choli with
    # three-quarter sleeves, orange dupatta. Caption: epoch-1 adapter (clean); answers: VQA adapter; the dupatta called
    # pink and the type saree.
    case(
        "X1429-037",
        caption(
            "The lady wears a long-sleeve shirt with complicated patterns and a long skirt. There is an accessory on "
            "her wrist."
        ),
        color_of("skirt", "pink"),
        color_of("blouse", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        Q.material("silk"),
        Q.sleeve_length("long sleeve"),
        Q.garment_type("saree", "contradiction"),
        gender="Women",
        title="Kalini Women Magenta & Orange Zari Woven Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # Photo: model on white holding a white lace parasol, pale yellow organza saree with a floral print, yellow
    # sleeveless blouse, no hat. Caption: epoch-1 adapter (clean; the parasol read as a hat); answers: VQA adapter; the
    # garment color is the parasol's white; chiffon against the title's organza.
    case(
        "X1429-038",
        caption(
            "The woman is wearing a sleeveless tank top with floral patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. This woman wears a hat.",
            "unsupported",
        ),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow"),
        Q.color("white", "contradiction"),
        Q.material("chiffon", "unsupported"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Yellow Floral Printed Organza Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Photo: model on grey, orange lehenga with green embroidery, green choli with elbow sleeves, orange leheriya
    # dupatta. Caption: epoch-1 adapter (cut); answers: VQA adapter; nothing came back for the dupatta.
    case(
        "X1429-039",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with chiffon fabric and complicated patterns. There is an accessory on her wrist. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "orange"),
        color_of("blouse", "green"),
        color_of("dupatta", "", "non_answer"),
        Q.garment_type("lehenga"),
        wearing("an orange and green lehenga choli"),
        gender="Women",
        title="Ethnovog Women Orange & Green Embroidered Lehenga Choli with Leheriya Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: model on white in a navy ikat print cotton saree, red short-sleeved blouse. Caption: epoch-1 adapter
    # (clean; ikat as lattice); answers: VQA adapter; the details answer loops.
    case(
        "X1429-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and lattice patterns."
        ),
        color_of("saree", "blue"),
        color_of("blouse", "red"),
        Q.pattern("geometric"),
        Q.material("cotton"),
        is_a("saree", "yes"),
        details(
            "saree",
            "the border, the pallu, the border, the pallu, the border, the pallu, the border, the pallu, the border, "
            "the",
            "loop",
            hit_limit=True,
        ),
        wearing("a woman in a blue saree and a red blouse"),
        gender="Women",
        title="Blissta Navy Blue & Red Ikat Print Cotton Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: model on grey, gold sequinned lehenga, peach short-sleeved choli, peach net dupatta draped over one
    # shoulder and across the front like a pallu. Caption: epoch-1 adapter (cut); answers: VQA adapter; the choli
    # called gold; "yes" to saree.
    case(
        "X1429-041",
        caption(
            "The woman is wearing a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "chiffon fabric and complicated patterns. There is an accessory on her wrist. The woman wears a ring. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "gold"),
        color_of("blouse", "gold", "other_garment_color"),
        color_of("dupatta", "peach"),
        Q.color("gold"),
        is_a("saree", "yes", "contradiction"),
        gender="Women",
        title="Chhabra 555 Women Gold-Toned & Peach Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Photo: model on white, coffee brown tussar silk saree with a multicolour kalamkari pallu, brown elbow-sleeved
    # blouse, a ring and bangles. Caption: epoch-1 adapter (cut); answers: VQA adapter, right but for a looping
    # description. The feed row has no gender.
    case(
        "X1429-042",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and graphic patterns. There is an accessory on her "
            "wrist. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "brown"),
        color_of("blouse", "brown"),
        Q.material("silk"),
        Q.pattern("floral"),
        wearing("a brown saree"),
        describe(
            "saree",
            "a brown saree with a colorful pallu and a brown blouse with a colorful pallu and a brown blouse with a "
            "colorful",
            "loop",
            hit_limit=True,
        ),
        title="Kalakari India Coffee Brown Kalamkari Print Tussar Silk Saree",
        category="Sarees",
        color="Coffee Brown",
    ),
    # Photo: model on white, multicolour Gujarati patchwork cotton lehenga with mirror work, black short-sleeved choli,
    # red dupatta. Caption: epoch-1 adapter (clean); answers: VQA adapter; what she wears runs on to the limit.
    case(
        "X1429-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton "
            "fabric and color block patterns."
        ),
        color_of("skirt", "multicolor"),
        color_of("blouse", "black"),
        color_of("dupatta", "red"),
        Q.pattern("patchwork"),
        Q.material("cotton"),
        wearing(
            "a woman in a colorful lehenga and a black top and a red dupatta with mirror work and a black top and a "
            "red",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Shubhkala Women Multicoloured Patchwork Mirror Work Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: model on grey, silver tissue saree, silver sleeveless blouse, diamond-look earrings. Caption: epoch-1
    # adapter (cut); answers: VQA adapter, "he" for the woman.
    case(
        "X1429-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "silver"),
        color_of("blouse", "grey"),
        wearing("he is wearing a silver saree", "pronoun"),
        is_a("saree", "yes"),
        Q.color("silver"),
        gender="Women",
        title="Mitera Silver-Toned Solid Tissue Saree",
        category="Sarees",
        color="Silver",
    ),
    # Photo: model on grey, teal lehenga with gold embroidery, gold sleeveless choli, teal net dupatta. Caption:
    # epoch-1 adapter (clean); answers: VQA adapter; the blouse details loop. The feed row has no base colour.
    case(
        "X1429-045",
        caption(
            "The lady wears a sleeveless tank top with complicated patterns and a long skirt. The skirt is with "
            "chiffon fabric and complicated patterns."
        ),
        color_of("skirt", "green"),
        color_of("blouse", "yellow"),
        color_of("dupatta", "green"),
        details(
            "blouse",
            "the sleeves, the neckline, the back, the sleeves, the neckline, the back, the sleeves, the neckline, the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Inddus Women Teal Green & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
    ),
]
