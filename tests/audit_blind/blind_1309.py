"""BLIND_1309 (45 products; Myntra sarees and lehenga cholis): written blind in the sixty-third session. Measured blind
at 0a90725 (the session's third rules): 66/89 failures found (74.2%) and 16/190 correct texts flagged (8.4%). The
writer's notes, verbatim:

Scenario: a Myntra ethnic-wear feed, article types "Sarees" and "Lehenga Choli" (Women, a few Girls). Catalog photos:
mostly a model on a plain studio backdrop (beige, grey, white) wearing the product with jewellery (bangles, jhumkas,
necklaces), a few flat lays (folded saree with its blouse piece, a semi-stitched lehenga spread out with the unstitched
blouse fabric and dupatta), one back view, and props now and then (a potli bag, a chair). Sarees usually come with a
blouse that is either the saree's color or a contrast color; lehenga cholis have three pieces (skirt, blouse,
dupatta) that often differ. Columns are Myntra's: title (productDisplayName), category (articleType), color
(baseColour), gender; a few rows miss one column, as the feed does.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, greedy, 50 new tokens. Every answer is the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy,
30 new tokens, prompt "Question: ... Answer:". The piece colors ("What is the color of the saree / blouse / skirt /
dupatta?") were generated freely and stored as open texts; the closed questions (garment type, color of the garment,
pattern, sleeve length, "Is this a ...?") went through the reference engine, which keeps the raw text when it does not
map; material, wearing, describe and details are free generation.
Labeling conventions and judgement calls: the caption adapter only knows DeepFashion's template vocabulary, so I
accepted "shirt" / "tank top" for a blouse or choli, "long skirt" for a lehenga or for the lower drape of a saree,
"outer clothing" for a dupatta, "chiffon" for georgette/organza and "other fabric" for silk or velvet, as long as the
sleeve length and pattern words fit the photo; "pants" for a saree and "denim" for a net saree I marked as
contradictions. The captions never name hues (the training data had none). Because the caption adapter was trained
without an end token most captions run to the 50-token limit: those ending mid-sentence are `cut`, those repeating a
sentence are `loop`; one (X1309-031) ran to the limit but happens to end on a full stop with everything true, and I
left it unmarked with hit_limit=True. Captions of flat lays that invent a wearer ("The lady wears ...", "accessory on
her wrist") are `unsupported`, as is a hat that is not there. For colors I accepted near synonyms (maroon/burgundy/
wine, magenta/pink, lavender/purple, cream/beige, sea green/green, rust/orange, coral/peach) and judged each piece by
the photo: a blouse or dupatta given the saree's or skirt's color when it is visibly another color is
`other_garment_color` (the commonest answer failure here, the "one color for everything" habit); a color that matches no
piece (navy read as black, a prop's color) is `contradiction`. "dress" or "yes" to "Is this a dress?" for a saree or
lehenga is `contradiction`, a material that the title contradicts is `contradiction`, a color given to the material
question or an empty answer is `non_answer`, the question's words back is `restated`, an invented construction detail
(a zipper that is not visible) is `unsupported`, "he" for a woman or girl is `pronoun`. An answer that starts copying
the "Question: ... Answer:" format is `leak` even when the first word was right. Texts that were right stay unmarked
even when terse. About a third of the texts came out wrong rather than four in ten: most answers here are one-word
piece colors, and the VQA adapter gets those right whenever the pieces share a color or the question is about the
main piece; about two captions in three, on the other hand, are wrong in some way.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1309 = [
    # X1309-001 photo: model on a beige backdrop in a pink silk-blend Banarasi saree with gold zari border and small
    # gold buttas, a gold brocade blouse with elbow sleeves, gold jhumkas and bangles.
    # caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt. The shirt is with other "
            "fabric. The skirt is with other fabric and other patterns. There is an accessory on her wrist. The "
            "neckline of the shirt is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        Q.pattern("floral"),
        is_a("saree", "yes"),
        Q.material("silk"),
        gender="Women",
        title="Mitera Pink & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Pink",
    ),
    # X1309-002 photo: model on a grey backdrop, navy georgette saree with a red floral print, red sleeveless blouse,
    # pallu over the left shoulder. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-002",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt with floral "
            "patterns. The skirt is with chiffon fabric."
        ),
        color_of(
            "saree",
            "navy\nQuestion: What is the color of the blouse? Answer: red\nQuestion: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        Q.pattern("floral"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Saree mall Navy Blue & Red Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # X1309-003 photo: model in a maroon velvet lehenga with gold zari embroidery, matching maroon blouse with short
    # sleeves, a gold net dupatta over both arms. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-003",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt. The shirt is with other "
            "fabric. The skirt is with other fabric and other patterns. The lady also wears an outer clothing, with "
            "chiffon fabric. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "burgundy", kind="open"),
        color_of("blouse", "burgundy", kind="open"),
        color_of("dupatta", "burgundy", "other_garment_color", kind="open"),
        is_a("skirt", "yes"),
        Q.material("velvet"),
        gender="Women",
        title="Warthy Ent Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # X1309-004 photo: model in an all-pink ready-to-wear lehenga: light pink sequinned net skirt, pink sleeveless
    # blouse, pink net dupatta over one shoulder. caption: epoch-1 caption adapter (stopped); answers: VQA adapter.
    case(
        "X1309-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The lady also wears an outer clothing, with chiffon fabric."
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Ethnovog Pink Embroidered Sequinned Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # X1309-005 photo: model holding the pallu of a mustard yellow art silk saree with green bandhani dots and a green
    # border, green short-sleeve blouse, bangles and a ring. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-005",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with other patterns. The "
            "shirt is with cotton fabric. The skirt is with cotton fabric. There is an accessory on her wrist. There "
            "is a ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        Q.pattern("dotted"),
        is_a("saree", "yes"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Anouk Mustard Yellow & Green Bandhani Printed Art Silk Saree",
        category="Sarees",
        color="Mustard",
    ),
    # X1309-006 photo: model in a plain teal chiffon saree with a silver sequinned border, silver sleeveless blouse.
    # No color column in the feed row. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The skirt is with chiffon fabric. The skirt is with chiffon fabric. The skirt is with chiffon "
            "fabric. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "teal", kind="open"),
        color_of("blouse", "silver", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        wearing("a dress", "contradiction"),
        gender="Women",
        title="Kalini Teal Blue Solid Saree With Embellished Border",
        category="Sarees",
    ),
    # X1309-007 photo: a girl of about eight on a white backdrop in a peach lehenga with gold embroidery at the hem, a
    # peach short-sleeve blouse and a gold net dupatta over her shoulders. caption: epoch-1 caption adapter; answers:
    # VQA adapter.
    case(
        "X1309-007",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns and a long skirt with pure color "
            "patterns. The shirt is with cotton fabric. The skirt is with chiffon fabric. The female also wears an "
            "outer clothing. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        is_a("skirt", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Aarika Girls Peach-Coloured & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # X1309-008 photo: model in a red Kanjeevaram silk saree with gold zari floral motifs and a wide gold border, red
    # blouse with gold-bordered elbow sleeves, temple necklace and bangles. caption: epoch-1 caption adapter (stopped
    # early); answers: VQA adapter.
    case(
        "X1309-008",
        caption(
            "The lady wears a medium-sleeve shirt with other patterns and a long skirt with floral patterns. The "
            "shirt is with other fabric. The skirt is with other fabric. There is an accessory on her wrist. She "
            "wears a necklace."
        ),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        Q.pattern("floral"),
        Q.material("silk"),
        Q.garment_type("saree"),
        wearing(
            "a red saree with a gold border and a red blouse with a gold border and a red saree with a gold border and "
            "a red",
            "loop",
            hit_limit=True,
        ),
        details("saree", "gold zari border with peacock motifs and tassels on the pallu", "unsupported"),
        gender="Women",
        title="Saree mall Red & Golden Floral Woven Design Kanjeevaram Saree",
        category="Sarees",
        color="Red",
    ),
    # X1309-009 photo: model in a green lehenga with a small pink floral print, pink blouse with elbow sleeves, pink
    # dupatta over the left shoulder. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "The shirt is with chiffon fabric. The skirt is with cotton fabric and floral patterns. The lady also "
            "wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        Q.pattern("floral"),
        is_a("dress", "yes", "contradiction"),
        gender="Women",
        title="Fabcartz Green & Pink Printed Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # X1309-010 photo: flat lay, no person: a folded purple art silk saree with a gold zari border, the purple blouse
    # piece with a gold border folded on top. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-010",
        caption(
            "The lady wears a long skirt with other patterns. The skirt is with other fabric. There is an accessory "
            "on her wrist.",
            "unsupported",
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        Q.garment_type("saree"),
        Q.material(
            "silk\nQuestion: What is the color of the saree? Answer: purple\nQuestion: What is the",
            "leak",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Mimosa Purple Woven Design Zari Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Purple",
    ),
    # X1309-011 photo: model in a navy lehenga with silver sequins, navy sleeveless blouse, silver-grey net dupatta
    # across the front. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-011",
        caption(
            "The lady wears a sleeveless tank top with other patterns and a long skirt with other patterns. The tank "
            "top is with other fabric. The skirt is with chiffon fabric. The lady also wears an outer clothing, with "
            "chiffon fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "navy", kind="open"),
        color_of("blouse", "the color of the blouse", "restated", kind="open"),
        color_of(
            "dupatta",
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy navy",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("skirt", "yes"),
        gender="Women",
        title="panchhi Navy Blue & Silver-Toned Embroidered Sequinned Semi-Stitched Lehenga & Unstitched Blouse With "
        "Dupatta",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # X1309-012 photo: model in a black georgette saree with small gold polka dots, black short-sleeve blouse, hair
    # open. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-012",
        caption("The lady wears a short-sleeve shirt with pure color patterns and a long skirt with other patterns."),
        color_of("saree", "black-gold", kind="open"),
        color_of("blouse", "black", kind="open"),
        Q.pattern("polka dot"),
        Q.color("black"),
        Q.material("georgette"),
        wearing("a black saree and a black blouse"),
        gender="Women",
        title="Ishin Black & Gold-Toned Polka Dot Printed Poly Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # X1309-013 photo: back view of the model (long braid): yellow lehenga with mirror work, pink blouse with short
    # sleeves and a tie-up dori with tassels at the back, pink dupatta hanging from one shoulder.
    # caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-013",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns and a long skirt with other patterns. His "
            "shirt is with cotton fabric.",
            "pronoun",
        ),
        color_of("skirt", "yellow", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "yellow", "other_garment_color", kind="open"),
        wearing("a yellow skirt"),
        details("blouse", "tassels"),
        gender="Women",
        title="Tikhi Imli Yellow & Pink Embroidered Mirror Work Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # X1309-014 photo: model in a sea-green chiffon saree with a pink floral print, sea-green sleeveless blouse,
    # holding a gold potli bag (prop), bangles. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric. There is an accessory in her hand. There is an accessory on her wrist. "
            "There is an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        Q.pattern("floral"),
        Q.material("chiffon"),
        Q.color("gold", "contradiction"),
        wearing("a green saree and a gold handbag"),
        gender="Women",
        title="Inddus Sea Green Floral Printed Pure Chiffon Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # X1309-015 photo: bridal shot: model in a red lehenga with heavy gold embroidery, red short-sleeve blouse, red
    # net dupatta over her head. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-015",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt with other patterns. The shirt "
            "is with other fabric. The skirt is with other fabric and other patterns. The lady also wears an outer "
            "clothing, with chiffon fabric. There",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("skirt", "yes"),
        Q.material(
            "\nQuestion: What is the color of the skirt? Answer: red\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Chhabra 555 Red Embroidered Made to Measure Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # X1309-016 photo: model in an off-white handloom cotton saree with thin blue stripes and a blue border, blue
    # blouse with three-quarter sleeves. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-016",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with striped patterns. "
            "The shirt is with cotton fabric. The skirt is with cotton fabric. There is an accessory on her wrist."
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Sangria Off White & Blue Striped Handloom Cotton Saree",
        category="Sarees",
        color="Off White",
    ),
    # X1309-017 photo: model in a lime green silk-blend lehenga with a pink brocade border, pink short-sleeve blouse,
    # pink dupatta with a thin green edge. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-017",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt with pure color patterns. The "
            "shirt is with other fabric. The skirt is with other fabric and pure color patterns. The lady also wears "
            "an outer clothing, with chiffon fabric",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of(
            "dupatta",
            "the color of the dupatta is pink and the color of the dupatta is pink and the color of the dupatta is "
            "pink and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Kvsfab Lime Green & Pink Silk Blend Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Lime Green",
    ),
    # X1309-018 photo: model in a magenta pure silk saree with a gold zari border, contrast bottle-green blouse with
    # elbow sleeves, necklace and bangles. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-018",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with other fabric. The skirt is with other fabric. There is an accessory on her wrist. She "
            "wears a necklace. The",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.material("silk"),
        wearing("a pink saree"),
        gender="Women",
        title="Pothys Magenta Woven Design Zari Pure Silk Saree",
        category="Sarees",
        color="Magenta",
    ),
    # X1309-019 photo: model in a royal blue lehenga with gold foil print, blue short-sleeve blouse, white dupatta with
    # a blue border. No gender column. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-019",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long skirt with graphic patterns. The "
            "lady also wears an outer clothing."
        ),
        color_of(
            "skirt",
            "blue\nQuestion: What is the color of the skirt? Answer: blue\nQuestion: What is the color of the skirt",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "blue", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        title="Ahalyaa Blue & Gold-Toned Printed Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # X1309-020 photo: model in an ombre georgette saree, grey at the top fading to pink at the hem, scattered
    # sequins, pink sleeveless blouse. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with color block "
            "patterns. The tank top is with chiffon fabric. The skirt is with chiffon fabric and color block "
            "patterns. There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "grey and pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        Q.pattern("ombre"),
        Q.color(
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "georgette fabric with sequins and a pink blouse made of georgette fabric with sequins and a pink blouse "
            "made of georgette",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree mall Grey & Pink Ombre Dyed Sequinned Georgette Saree",
        category="Sarees",
        color="Grey",
    ),
    # X1309-021 photo: model in a rust orange lehenga with thread embroidery, rust short-sleeve blouse, cream dupatta
    # with rust embroidered border. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt with pure "
            "color patterns. The lady wears a long skirt with pure color patterns. The lady wears a long skirt with "
            "pure color",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "orange", kind="open"),
        color_of("blouse", "orange", kind="open"),
        color_of("dupatta", "cream", kind="open"),
        Q.color(
            "rust\nQuestion: What is the color of the dupatta? Answer: cream\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        gender="Women",
        title="Mitera Rust Orange Embroidered Thread Work Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Rust",
    ),
    # X1309-022 photo: model seated on a wooden chair (prop) in a lavender organza saree with white thread floral
    # embroidery, lavender sleeveless blouse, bangles. No color column. caption: epoch-1 caption adapter (stopped
    # early); answers: VQA adapter.
    case(
        "X1309-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric. There is an accessory on her wrist. She is sitting on a chair."
        ),
        color_of("saree", "purple", kind="open"),
        color_of(
            "blouse",
            "purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple-purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("chiffon"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("saree"),
        gender="Women",
        title="Kasee Lavender Embroidered Organza Saree",
        category="Sarees",
    ),
    # X1309-023 photo: a little girl in a mustard cotton lehenga with a red floral print, red short-sleeve blouse, red
    # dupatta with gota border. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with cotton fabric. The skirt is with cotton fabric and floral patterns. The lady also wears an "
            "outer clothing, with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "yellow", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "the dupatta", "non_answer", kind="open"),
        wearing("a yellow skirt and a red blouse", who="the girl"),
        Q.material("cotton"),
        gender="Girls",
        title="Bitiya by Bhama Girls Mustard Yellow & Red Printed Cotton Lehenga & Choli With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # X1309-024 photo: model in a beige saree with a maroon ethnic-motif print and maroon border, maroon long-sleeve
    # blouse; the pleats fall straight. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants with graphic patterns.",
            "contradiction",
        ),
        color_of("saree", "beige", kind="open"),
        color_of("blouse", "beige", "other_garment_color", kind="open"),
        Q.pattern("paisley"),
        Q.sleeve_length("long-sleeve"),
        is_a("saree", "yes"),
        gender="Women",
        title="Aasvaa Beige & Maroon Ethnic Motifs Printed Saree",
        category="Sarees",
        color="Beige",
    ),
    # X1309-025 photo: flat lay, no person: a sea-green semi-stitched lehenga spread out, the gold unstitched blouse
    # fabric beside it, a peach dupatta folded at the corner. caption: epoch-1 caption adapter (stopped early);
    # answers: VQA adapter.
    case(
        "X1309-025",
        caption(
            "The lady wears a long skirt with other patterns. The skirt is with chiffon fabric and other patterns.",
            "unsupported",
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        is_a("skirt", "yes"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Warthy Ent Sea Green & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # X1309-026 photo: model in a plain coral satin saree, coral short-sleeve blouse. caption: epoch-1 caption adapter
    # (stopped early); answers: VQA adapter.
    case(
        "X1309-026",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns."
        ),
        color_of("saree", "coral", kind="open"),
        color_of(
            "blouse",
            "coral coral coral coral coral coral coral coral coral coral coral coral coral coral coral coral coral "
            "coral coral coral coral coral coral coral coral coral coral coral coral coral",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.pattern("solid"),
        Q.color("coral"),
        gender="Women",
        title="Ishin Coral Pink Solid Satin Saree",
        category="Sarees",
        color="Coral",
    ),
    # X1309-027 photo: model in a teal lehenga with a pink embroidered hem, teal short-sleeve blouse, pink dupatta
    # with embroidered border over one arm. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-027",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "shirt is with chiffon fabric. The skirt is with chiffon fabric. The lady also wears an outer clothing, "
            "with chiffon fabric and floral patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "teal", kind="open"),
        color_of("blouse", "teal", kind="open"),
        color_of("dupatta", "teal", "other_garment_color", kind="open"),
        describe("dupatta", "a pink dupatta with an embroidered border"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="SOCH Women Teal & Pink Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # X1309-028 photo: model under warm, low-key light in a navy art silk saree with a gold border, navy blouse with
    # elbow sleeves, a ring. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-028",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with other fabric. The skirt is with other fabric and pure color patterns. There is an "
            "accessory on her wrist. There is a ring",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "black", "contradiction", kind="open"),
        color_of("blouse", "navy", kind="open"),
        Q.material("silk"),
        wearing("a saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mimosa Navy Blue & Gold-Toned Woven Design Art Silk Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # X1309-029 photo: model in a purple lehenga with silver sequins, silver sleeveless blouse, purple net dupatta.
    # caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-029",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with other patterns. The "
            "lady also wears an outer clothing, with chiffon fabric."
        ),
        color_of("skirt", "purple", kind="open"),
        color_of("blouse", "purple", "other_garment_color", kind="open"),
        color_of("dupatta", "purple", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("purple", "non_answer"),
        gender="Women",
        title="Inddus Women Purple & Silver-Toned Sequinned Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # X1309-030 photo: model in a green bandhani saree with a red pallu and red border, red short-sleeve blouse. The
    # feed row has no category. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with other patterns. The "
            "shirt is with cotton fabric. The skirt is with chiffon fabric and other patterns. There is an accessory "
            "on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        Q.pattern("tie-dye"),
        Q.garment_type("saree"),
        details(
            "saree",
            "bandhani print with a red pallu and a red border and the blouse is a red blouse with short sleeves and a "
            "round neckline and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Anouk Green & Red Bandhani Printed Saree",
        color="Green",
    ),
    # X1309-031 photo: model in a cream lehenga with gold embroidery, cream short-sleeve blouse, cream net dupatta
    # with gold border. caption: epoch-1 caption adapter, ran to 50 tokens but ends on a full stop; answers: VQA
    # adapter.
    case(
        "X1309-031",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt with other patterns. The shirt "
            "is with other fabric. The skirt is with other fabric and other patterns. The lady also wears an outer "
            "clothing, with chiffon fabric.",
            hit_limit=True,
        ),
        color_of("skirt", "beige", kind="open"),
        color_of("blouse", "beige", kind="open"),
        color_of("dupatta", "beige", kind="open"),
        is_a("dress", "no"),
        Q.pattern("embroidered"),
        gender="Women",
        title="Fabcartz Cream & Gold-Toned Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Cream",
    ),
    # X1309-032 photo: model in a black saree with a red floral border print, red short-sleeve blouse, hair in a bun,
    # no hat. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. "
            "There is a hat on her head.",
            "unsupported",
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Kalini Black & Red Printed Saree With Blouse Piece",
        category="Sarees",
        color="Black",
    ),
    # X1309-033 photo: model in a fuchsia pink mirror-work lehenga, green short-sleeve blouse with mirror work, green
    # dupatta with a pink border. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-033",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt with other patterns. The shirt "
            "is with cotton fabric. The skirt is with cotton fabric and other patterns. The lady also wears an outer "
            "clothing, with cotton",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of(
            "dupatta",
            "green\nQuestion: What is the color of the dupatta? Answer: green\nQuestion: What is the color of",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("blouse", "mirror work"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Tikhi Imli Pink & Green Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
    ),
    # X1309-034 photo: model in a plain mustard linen-blend saree with tassels on the pallu, white sleeveless blouse.
    # caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The skirt is with cotton fabric."
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        Q.material("linen"),
        Q.sleeve_length("sleeveless"),
        details("saree", "tassels"),
        gender="Women",
        title="Saree mall Mustard Linen Blend Saree with Tassels",
        category="Sarees",
        color="Mustard",
    ),
    # X1309-035 photo: model in a wine velvet lehenga with gold embroidery, wine velvet long-sleeve blouse, pink net
    # dupatta with gold border. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-035",
        caption(
            "The lady wears a long-sleeve shirt with other patterns and a long skirt with other patterns. The shirt "
            "is with other fabric. The shirt is with other fabric. The shirt is with other fabric. The shirt is with "
            "other fabric.",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        Q.material("velvet"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        wearing("a dress", "contradiction"),
        gender="Women",
        title="Ethnovog Wine Velvet Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # X1309-036 photo: model in an off-white and gold tissue kasavu saree with a broad gold border, gold short-sleeve
    # blouse, jasmine in her hair. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with other fabric. The skirt is with cotton fabric and pure color patterns. There is an "
            "accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "gold", kind="open"),
        color_of("blouse", "gold", kind="open"),
        describe("saree", "a gold saree with a gold border"),
        is_a("saree", "yes"),
        Q.color(
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Pothys Gold-Toned Tissue Kasavu Saree",
        category="Sarees",
        color="Gold",
    ),
    # X1309-037 photo: a girl with a short bob in a red lehenga with gold zari, gold short-sleeve blouse, red
    # dupatta. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-037",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long skirt with other patterns. The shirt "
            "is with other fabric. The skirt is with other fabric. The lady also wears an outer clothing, with "
            "chiffon fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "red", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        color_of("dupatta", "red", kind="open"),
        wearing("he is wearing a red dress", "pronoun"),
        is_a("skirt", "yes"),
        gender="Girls",
        title="Aks Kids Girls Red & Gold-Toned Zari Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # X1309-038 photo: model in an olive green saree with a white floral print, white short-sleeve blouse.
    # caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with floral patterns. The "
            "skirt is with chiffon fabric."
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "white", kind="open"),
        Q.pattern("floral"),
        Q.material(
            "the saree is made of georgette fabric and the blouse is made of cotton fabric and the saree is made of "
            "georgette fabric and the blouse",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("saree"),
        gender="Women",
        title="Mitera Olive Green Floral Printed Georgette Saree",
        category="Sarees",
        color="Olive",
    ),
    # X1309-039 photo: model in an orange and pink leheriya (diagonal wave stripe) lehenga, pink short-sleeve
    # blouse, orange dupatta with gota edge. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with striped patterns. The "
            "shirt is with cotton fabric. The skirt is with chiffon fabric and striped patterns. The lady also wears "
            "an outer clothing, with chiffon",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "orange", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Kvsfab Orange & Pink Leheriya Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # X1309-040 photo: model facing the camera in a maroon net saree with a stone-embellished border, maroon
    # short-sleeve blouse with a sweetheart neckline (the back is not visible). caption: epoch-1 caption adapter
    # (stopped early); answers: VQA adapter.
    case(
        "X1309-040",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with denim "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("saree", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        Q.material("net"),
        describe("blouse", "a short-sleeve blouse with a sweetheart neckline and a zipper at the back", "unsupported"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Maroon Embellished Net Saree",
        category="Sarees",
        color="Maroon",
    ),
    # X1309-041 photo: model holding the dupatta spread out behind her like a cape: peach net lehenga with tonal
    # embroidery, peach short-sleeve blouse, peach dupatta. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The shirt is with chiffon fabric. The skirt is with chiffon fabric and pure color patterns. The lady "
            "also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        Q.material("net"),
        is_a("dress", "yes", "contradiction"),
        details(
            "dupatta",
            "a peach net dupatta with a scalloped border and embroidered butis all over the dupatta and a scalloped "
            "border on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="panchhi Peach-Coloured Net Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # X1309-042 photo: model in a plain rani pink chiffon saree with a contrast black short-sleeve blouse. No gender
    # column. caption: epoch-1 caption adapter (stopped early); answers: VQA adapter.
    case(
        "X1309-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with pure color patterns. "
            "The skirt is with chiffon fabric."
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "black", kind="open"),
        Q.color("pink"),
        Q.material("chiffon"),
        wearing(
            "she is wearing a pink saree and a black blouse and she is wearing a pink saree and a black blouse and "
            "she is",
            "loop",
            hit_limit=True,
        ),
        title="Kalini Rani Pink Solid Chiffon Saree",
        category="Sarees",
        color="Pink",
    ),
    # X1309-043 photo: model in an all-mint lehenga: mint skirt with tonal thread work, mint sleeveless blouse, mint
    # dupatta over both arms. caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The lady also wears an outer clothing. The lady also wears an outer clothing. The lady also "
            "wears an outer clothing. The lady",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "green", kind="open"),
        color_of("dupatta", "green", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("", "non_answer"),
        gender="Women",
        title="SOCH Women Mint Green Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # X1309-044 photo: model in a rust orange cotton saree with black block print, black blouse with elbow sleeves.
    # caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-044",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns and a long skirt with graphic patterns. "
            "The shirt is with cotton fabric. The skirt is with cotton fabric and graphic patterns. There is an "
            "accessory on her wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        Q.pattern("the pattern of the saree", "restated"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Sangria Rust Orange Printed Cotton Saree",
        category="Sarees",
        color="Rust",
    ),
    # X1309-045 photo: model in a gold sequinned lehenga, pink short-sleeve blouse, pink net dupatta with gold edging.
    # caption: epoch-1 caption adapter; answers: VQA adapter.
    case(
        "X1309-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt with other patterns. The "
            "shirt is with chiffon fabric. The skirt is with other fabric and other patterns. The lady also wears an "
            "outer clothing, with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "gold", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "gold", "other_garment_color", kind="open"),
        Q.color("gold"),
        describe(
            "blouse",
            "a pink blouse with short sleeves and a round neckline with gold embroidery on the sleeves and the "
            "neckline and the back of the blouse and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Warthy Ent Gold-Toned & Pink Sequinned Lehenga With Blouse & Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
]
