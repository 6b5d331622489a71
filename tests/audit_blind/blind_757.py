"""BLIND_757 (46 products; lehengas & ethnic skirts, caption adapter ep. 3): written blind in the fifty-fifth session.
Measured blind at 6e339a9 (the session's fifth rules): 110/125 failures found (88.0%) and 25/178 correct texts flagged
(14.0%). The writer's notes, verbatim:

Scenario: a Myntra-like ethnic-wear feed, 28 lehenga choli / chaniya choli / pattu pavadai rows and 18 ethnic skirt
rows, for women and girls. Catalog shots on a white or light grey studio backdrop, front view unless the comment says
otherwise; the lehenga is worn with its choli and a dupatta (often in a contrast color), the skirts are worn with a
kurti, crop top or tee that is not the product. Girls' rows show a child model. Jewelry (jhumkas, bangles, maang
tikka) and a few props (dandiya sticks, a jute bag, a brass diya, a balloon, a potli bag) appear where the comment
says so.

Who wrote what: every caption and every open answer is free generation by the caption adapter at epoch 3
(leoreigoto/Data2_V2_Blip2_Finetune_Caption on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers).
It writes in the DeepFashion template ("The lady wears a sleeveless top with floral patterns and a long skirt. The
skirt is with chiffon fabric."), calls a choli a "top" or "blouse" and a lehenga a "long skirt" as often as not,
mixes in base-model hue words, often answers a question with the caption template, has no trained end token (so some
texts loop or run to the limit and stop mid-sentence), and sometimes keeps writing the "Question: ... Answer:" format.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?", and color_of questions unless marked
open) come from enrich's --engine reference with the same adapter, one candidate value each, so they never loop or
stop short; when they are wrong they are wrong whole.

Labeling conventions and judgement calls:
- The product of a lehenga choli row is the set, and its seller color names the lehenga (skirt) color; a closed or
  open color for the lehenga that is the choli's or dupatta's color is wrong. For captions and open answers I label it
  other_garment_color; for a closed pick I label it contradiction (the kind is defined for open answers).
- An open answer that names a hue nobody in the photo wears (purple for burgundy, beige for grey) is contradiction, not
  other_garment_color.
- "long skirt" for a lehenga, "top"/"blouse" for a choli and "scarf" for a dupatta are correct: DeepFashion words
  for the same garment. "dress", "saree", "kurta", "pants" or "short skirt" for a lehenga or maxi skirt are
  contradiction.
- DeepFashion pattern words count as correct where they fit: "lattice" for zari checks, "graphic" for block prints,
  "color block" for patchwork, "pure color" for a plain choli or top.
- Fabric claims: right when the title names the fabric or the photo shows it unmistakably (velvet pile, net, sheen of
  satin, a cotton block print); a fabric that the title contradicts, or pockets, zips, can-can, padding, lining, wash
  care and flare widths that the photo cannot show, are unsupported.
- A caption or answer that stops mid-sentence at its limit is cut (hit_limit=True) even when the part before the
  stop is right; a text that repeats a phrase or sentence until the limit is loop (hit_limit=True) even when it also
  stops mid-word. Each text carries one label, the first failure a reader meets.
- An open answer that only gives the question's words back ("The skirt details are the details of the skirt.") is
  restated; "yes", "no", "The lady.", a bare "fabric" or a bare garment word ("skirt", "the skirt") for an open
  question is non_answer.
- Texts that stopped on their own (the adapter sometimes emits the newline) carry hit_limit=False; every cut and loop
  text ran to its limit and carries hit_limit=True.
- Any "Question:" or "Answer:" in the output is leak, even when the answer before it is right.
- Pronoun: "he", "his", "the gentleman", "the man", "the boy" in a text about a women's or girls' product are
  pronoun failures; "the girl" for a woman or "the lady" for a girl are not labeled.
- For a skirt row, an answer about the top worn with it (its color, its sleeves) is correct when asked about the top
  and contradiction when given as the product's attribute (closed sleeve length "long" for a skirt).
- Rows without a color, category or gender column are as the feed had them; answers are judged on the photo.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

dupatta_color = question("color_dupatta", "What is the color of the dupatta?", "open")
neckline = question("neckline", "What is the neckline of the choli?", "closed")

BLIND_757 = [
    # photo: woman in a pink net lehenga with silver sequin work, pink short-sleeve choli, pink net dupatta on the left
    # shoulder; white backdrop. Caption adapter epoch 3 (caption, open), reference engine (closed).
    case(
        "X757-001",
        caption(
            "The lady wears a short-sleeve choli with embroidered patterns and a long pink lehenga. The lehenga is"
            " with net fabric and sequin details. She wears a dupatta over her shoulder."
        ),
        wearing("a pink lehenga choli with a matching pink dupatta"),
        color_of("lehenga", "pink"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short"),
        material("The lehenga is with silk fabric and its lining is cotton.", "unsupported"),
        details(
            "lehenga",
            "sequins on the lehenga, sequins on the dupatta, sequins on the choli, sequins on the lehenga, sequins"
            " on the dupatta, sequins on the",
            "loop",
            hit_limit=True,
        ),
        title="Panchhi Women Pink Net Semi-Stitched Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: girl (about six) in a red lehenga with a gold gota border, gold brocade sleeveless choli, red net dupatta
    # draped over both arms; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-002",
        caption(
            "The girl wears a sleeveless choli with gold patterns and a long red lehenga. The lehenga has a golden"
            " border at the hem. The dupatta is draped over her arms."
        ),
        wearing("The gentleman wears a sleeveless top and a long skirt.", "pronoun", who="the girl"),
        color_of("lehenga", "gold", "contradiction"),
        Q.garment_type("lehenga choli"),
        is_a("dress", "no"),
        describe(
            "choli",
            "The choli is gold brocade with no sleeves, a round neckline and a hook closure at the back with a soft"
            " cotton lining.",
            "unsupported",
        ),
        title="Biba Kids Girls Red & Gold Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a mustard cotton flared maxi skirt with white block-print motifs, worn with a plain white short-
    # sleeve top; she holds the skirt out to show the flare; white backdrop. Caption adapter / reference engine.
    case(
        "X757-003",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt. The top is with cotton"
            " fabric and its neckline is round. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        details(
            "skirt",
            "The skirt has an elasticated waistband, two side pockets and a hidden zip at the back.",
            "unsupported",
        ),
        material("cotton"),
        is_a("skirt", "yes"),
        title="Global Desi Women Mustard Printed Flared Maxi Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a maroon velvet lehenga with gold zari embroidery, maroon three-quarter-sleeve choli, gold tissue
    # dupatta; maang tikka and a choker; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-004",
        caption(
            "The lady wears a medium-sleeve blouse with embroidered patterns and a long skirt. The skirt is with"
            " velvet fabric. There is an accessory on her neck. The lady wears a medium-sleeve blouse with embroidered"
            " patterns and a long skirt. The skirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("She is wearing a maroon lehenga choli with gold embroidery and a golden dupatta."),
        color_of("lehenga", "maroon"),
        Q.sleeve_length("three-quarter"),
        describe("dupatta", "The dupatta is maroon with a gold border.", "other_garment_color"),
        material("velvet"),
        is_a("saree", "no"),
        title="Zeel Women Maroon Velvet Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Maroon",
        gender="Women",
    ),
    # photo: girl in a multicoloured patchwork ghagra skirt (pink, green and orange panels with mirror work and a
    # tasselled drawstring), plain green sleeveless top; side pose; white backdrop. Caption adapter / reference engine.
    case(
        "X757-005",
        caption(
            "The girl wears a sleeveless top with pure color patterns and a long skirt with color block patterns."
            " There are mirrors on the skirt."
        ),
        wearing(
            "Question: What is the girl wearing? Answer: a skirt Question: What is the color of the skirt? Answer:"
            " pink",
            "leak",
            who="the girl",
        ),
        Q.color("multi"),
        Q.pattern("patchwork"),
        details("skirt", "The skirt has mirror work on the panels and a drawstring with tassels at the waist."),
        Q.material("The skirt is with denim fabric.", "unsupported"),
        title="Fabindia Girls Multicoloured Patchwork Ghagra Skirt",
        category="Skirts",
        color="Multi",
        gender="Girls",
    ),
    # photo: woman in a bottle-green silk-blend lehenga with gold zari checks and a wide gold border, pink elbow-sleeve
    # round-neck choli with gold zari on the sleeves and thin gold borders, pink dupatta; white backdrop. Caption
    # adapter (caption, open), reference engine (closed).
    case(
        "X757-006",
        caption(
            "The lady wears a medium-sleeve choli with pure color patterns and a long lehenga with lattice patterns."
            " The lehenga is with silk fabric. She wears a pink dupatta on her shoulder."
        ),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        Q.color("green"),
        describe("lehenga", "The lehenga is green with gold checks woven all over and a wide gold border."),
        details(
            "choli",
            "The choli is pink with gold zari on the sleeves and a round neckline, and the sleeves end at the elbow"
            " with a thin gold border and a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("elbow"),
        title="Mitera Women Green & Pink Silk Blend Lehenga Choli",
        category="Lehenga Choli",
        color="Green",
        gender="Women",
    ),
    # photo: woman in a navy blue A-line maxi skirt with white and red floral print and gota trim at the hem, worn with
    # a white three-quarter-sleeve short kurti; silver bangles; white backdrop. Caption adapter / reference engine.
    case(
        "X757-007",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns and a long skirt with floral patterns. There"
            " is an accessory on her wrist."
        ),
        wearing("The lady wears a white top and a white skirt with floral patterns.", "other_garment_color"),
        Q.color("navy blue"),
        color_of("top", "white"),
        details("skirt", "gota trim at the hem"),
        is_a("skirt", "yes"),
        title="W Women Navy Blue Printed A-Line Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a yellow cotton lehenga with a multicolour floral print, yellow sleeveless choli with mirror work,
    # orange dupatta around her neck; she holds the lehenga out; white backdrop. Caption adapter / reference engine.
    case(
        "X757-008",
        caption(
            "The girl wears a sleeveless blouse and a long skirt with floral patterns. The skirt is with cotton"
            " fabric. There is an orange dupatta around her neck."
        ),
        wearing("He is wearing a yellow lehenga and an orange dupatta.", "pronoun", who="she"),
        color_of("lehenga", "orange", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        describe("lehenga", "The lehenga is yellow with small flowers printed in pink, green and blue."),
        title="Utsa Girls Yellow Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a navy georgette lehenga with vertical silver sequin stripes, silver sequinned short-sleeve choli,
    # navy net dupatta on her shoulder; light grey backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-009",
        caption(
            "The lady wears a short-sleeve blouse with sequin stripes and a long navy skirt. The skirt is with"
            " chiffon fabric and striped patterns. There is a navy scarf on her shoulder and the scarf is with",
            "cut",
            hit_limit=True,
        ),
        Q.color("silver", "contradiction"),
        color_of("lehenga", "navy blue", kind="open"),
        details(
            "lehenga",
            "The lehenga has a can-can attached inside and a side zip with latkans on the drawstring.",
            "unsupported",
        ),
        material("georgette"),
        Q.garment_type("lehenga choli"),
        title="Inddus Women Navy Blue Georgette Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black cotton flared maxi skirt with multicolour kantha embroidery near the hem, worn with a
    # white short-sleeve crop top; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-010",
        caption(
            "The lady wears a short-sleeve crop top with pure color patterns and a long skirt with embroidered"
            " patterns. The skirt is with cotton fabric. The lady wears a short-sleeve crop top with pure color"
            " patterns and a long skirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a white crop top and a black embroidered maxi skirt"),
        color_of("skirt", "black"),
        describe("skirt", "The skirt is a skirt.", "restated"),
        Q.pattern("embroidered"),
        Q.material("The skirt is with leather fabric.", "unsupported"),
        is_a("skirt", "no", "contradiction"),
        title="Vishudh Women Black Embroidered Flared Maxi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a peach net lehenga with pastel thread embroidery and pearl work, peach sleeveless choli, ivory
    # dupatta on one shoulder; hand on hip; white backdrop. Caption adapter / reference engine.
    case(
        "X757-011",
        caption(
            "The lady wears a sleeveless top with floral patterns and a long skirt with floral patterns. The skirt is"
            " with net fabric. She has a white scarf on her shoulder."
        ),
        wearing("a peach lehenga with an ivory dupatta"),
        color_of("lehenga", "peach"),
        details(
            "lehenga",
            "pearls, pearls, pearls, pearls, pearls, pearls, pearls, pearls, pearls, pearls, pearls, pearls, pearls,"
            " pearls, pearls",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        is_a("lehenga", "yes"),
        Q.material("net"),
        title="Ethnovog Women Peach-Coloured Embroidered Made to Measure Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
        gender="Women",
    ),
    # photo: girl in a pink and gold brocade lehenga, pink choli with puffed short sleeves, pink dupatta with a gold
    # border; white backdrop. The feed row has no color. Caption adapter / reference engine.
    case(
        "X757-012",
        caption("The boy wears a short-sleeve shirt with pure color patterns and a long skirt.", "pronoun"),
        wearing("a pink lehenga choli and a pink dupatta with a gold border", who="the girl"),
        Q.color("pink"),
        Q.pattern("woven"),
        Q.sleeve_length("short"),
        describe(
            "lehenga",
            "The lehenga is pink with gold brocade and it has a zip closure and pockets on the side.",
            "unsupported",
        ),
        title="Aarika Girls Pink Brocade Lehenga Choli",
        category="Lehenga Choli",
        gender="Girls",
    ),
    # photo: woman in a red bandhani-print flared cotton skirt (white dots), worn with a black sleeveless top; oxidised
    # jhumkas; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with dotted patterns. The"
            " skirt is with cotton fabric. She wears earrings."
        ),
        wearing("The lady wears a black top and a black skirt.", "other_garment_color"),
        color_of("skirt", "red"),
        Q.pattern("striped", "contradiction"),
        details("skirt", "Answer: The skirt has white dots all over it.", "leak"),
        material("yes", "non_answer"),
        is_a("skirt", "yes"),
        title="Rangmayee Women Red Bandhani Print Flared Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: woman in an off-white cotton lehenga with white chikankari thread work, mint green elbow-sleeve choli, mint
    # dupatta; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-014",
        caption(
            "The lady wears a medium-sleeve blouse with pure color patterns and a long white skirt with embroidered"
            " patterns. She has a green scarf."
        ),
        color_of("lehenga", "mint green", "other_garment_color", kind="open"),
        Q.color("off white"),
        describe("lehenga", "It is an ivory lehenga with white thread embroidery all over."),
        dupatta_color("mint green"),
        Q.material("The lehenga is made of pure silk with a satin lining.", "unsupported"),
        Q.garment_type("dress", "contradiction"),
        details(
            "lehenga",
            "The lehenga has white thread work, white thread work on the hem, white thread work, white thread work on"
            " the hem, white thread",
            "loop",
            hit_limit=True,
        ),
        title="Ada Women Off-White Chikankari Lehenga with Mint Choli",
        category="Lehenga Choli",
        color="Off White",
        gender="Women",
    ),
    # photo: girl in a turquoise satin lehenga with silver gota stripes, pink short-sleeve choli, pink net dupatta
    # around her shoulders; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-015",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt with striped patterns. The"
            " skirt is with satin fabric and it has silver lines. The girl wears a pink scarf around her"
            " shoulders and a",
            "cut",
            hit_limit=True,
        ),
        wearing("a turquoise lehenga, a pink choli and a pink dupatta", who="the girl"),
        color_of("lehenga", "pink", "contradiction"),
        Q.pattern("striped"),
        is_a("lehenga", "yes"),
        details(
            "lehenga",
            "The lehenga has silver gota stripes and comes with a matching potli bag and a can-can.",
            "unsupported",
        ),
        title="Kid1 Girls Turquoise Blue & Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Turquoise Blue",
        gender="Girls",
    ),
    # photo: woman in an olive green tiered cotton skirt with gold foil print, worn with an off-white long-sleeve kurti;
    # jute bag on her shoulder; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-016",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long skirt with graphic patterns. She"
            " carries a bag on her shoulder."
        ),
        wearing("an off-white kurti and an olive green tiered skirt with gold print"),
        color_of("skirt", "olive"),
        describe("skirt", "The skirt is cream with gold print and tiers.", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "skirt",
            "The tiers, the tiers, the tiers, the tiers, the tiers, the tiers, the tiers, the",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Women Olive Green Foil Print Tiered Cotton Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a magenta raw-silk lehenga with a broad gold zari border, magenta elbow-sleeve choli with gold
    # embroidery and a round neckline, orange dupatta; white backdrop. Caption adapter (caption, open), reference engine
    # (closed).
    case(
        "X757-017",
        caption(
            "The lady wears a medium-sleeve top with embroidered patterns and a long skirt with pure color patterns."
            " The skirt is with silk fabric. She wears an orange scarf."
        ),
        wearing("The lady is wearing a magenta lehenga choli with an orange dupatta."),
        color_of("lehenga", "orange", "other_garment_color", kind="open"),
        Q.color("magenta"),
        details("lehenga", "what are the lehenga details", "restated"),
        material("raw silk"),
        neckline("round"),
        title="Fabcartz Women Magenta Raw Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Magenta",
        gender="Women",
    ),
    # photo: girl in a South Indian pattu pavadai: maroon silk long skirt with a wide gold zari border, gold silk short-
    # sleeve blouse; jasmine in her hair; white backdrop. Caption adapter / reference engine.
    case(
        "X757-018",
        caption(
            "The girl wears a short-sleeve blouse with pure color patterns and a long skirt. The skirt is with silk"
            " fabric and has a gold border."
        ),
        wearing("a maroon silk skirt with a gold border and a gold blouse", who="the girl"),
        Q.garment_type("saree", "contradiction"),
        color_of("skirt", "gold", "other_garment_color", kind="open"),
        Q.color("maroon"),
        describe("skirt", "yes", "non_answer"),
        title="Sethu Girls Maroon & Gold-Toned Pattu Pavadai Set",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: woman in a black net chaniya choli with multicolour thread embroidery and mirror work; black sleeveless
    # choli; black dupatta; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-019",
        caption(
            "The lady wears a sleeveless top with embroidered patterns and a long skirt with embroidered patterns."
            " There are mirrors on the skirt and the top."
        ),
        wearing("a black chaniya choli with colorful embroidery and mirror work"),
        color_of("lehenga", "black"),
        Q.sleeve_length("long", "contradiction"),
        describe(
            "lehenga",
            "The lehenga is black with red, green and yellow embroidery and mirrors, and it has a flare of 4 meters"
            " with a can-can.",
            "unsupported",
        ),
        material("The lady wears a sleeveless top. Question: What material is the skirt made of? Answer:", "leak"),
        details("lehenga", "The lady.", "non_answer"),
        title="Atsevam Women Black Embroidered Mirror Work Chaniya Choli",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a pink ikat-print maxi skirt (white ikat motifs), worn with a navy blue short-sleeve top that
    # hangs over the waistband; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-020",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with graphic patterns. The"
            " skirt is with cotton fabric."
        ),
        color_of("skirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("pink"),
        Q.pattern("ikat"),
        describe("skirt", "It is a pink maxi skirt with a white ikat print."),
        details("skirt", "The skirt has a 3 meter flare and a drawstring with latkans.", "unsupported"),
        wearing("skirt", "non_answer"),
        title="Jaipur Kurti Women Pink Ikat Print Maxi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a lavender organza lehenga with silver thread embroidery, lavender sleeveless choli, white organza
    # dupatta over her arms; light grey backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-021",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long purple skirt with embroidered"
            " patterns. She has a white scarf on her arms."
        ),
        wearing(
            "The lady wears a lavender lehenga with silver embroidery and a white dupatta on her arms, and a"
            " sleeveless lavender choli with a",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "lavender"),
        Q.pattern("embroidered"),
        details(
            "lehenga",
            "The lehenga has silver embroidery, silver embroidery on the hem, silver embroidery on the waist, silver"
            " embroidery on the hem, silver embroidery on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("The lehenga is with cotton fabric.", "unsupported"),
        is_a("lehenga", "yes"),
        title="Mirari Women Lavender Organza Embroidered Lehenga Set",
        category="Lehenga Choli",
        color="Lavender",
        gender="Women",
    ),
    # photo: girl in an orange lehenga with a green border, green short-sleeve choli, orange dupatta; white backdrop.
    # Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-022",
        caption(
            "The girl wears a short-sleeve top and a long orange skirt. The skirt has a green border at the bottom."
        ),
        wearing("The boy wears a green shirt and an orange skirt.", "pronoun", who="the girl"),
        color_of("lehenga", "orange"),
        color_of("choli", "green"),
        Q.sleeve_length("short"),
        describe("lehenga", "It is orange with a green border and it is fully lined with cotton.", "unsupported"),
        details("lehenga", "green border Question: What are the choli details? Answer: green", "leak"),
        title="Biba Girls Orange & Green Lehenga Choli",
        category="Lehenga Choli",
        color="Orange",
        gender="Girls",
    ),
    # photo: woman in a beige cotton skirt with an indigo dabu block print, worn with an indigo blue three-quarter-
    # sleeve kurti; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-023",
        caption(
            "The lady wears a blue medium-sleeve top and a long blue skirt with graphic patterns.",
            "other_garment_color",
        ),
        wearing("an indigo kurti with a beige printed skirt"),
        Q.color("blue", "contradiction"),
        details("skirt", "The skirt has indigo block-printed motifs on a beige base."),
        Q.material("cotton"),
        is_a("skirt", "yes"),
        title="Okhai Women Beige Dabu Block Print Cotton Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a teal georgette lehenga covered in gold sequins, gold short-sleeve choli, teal net dupatta on her
    # shoulder; gold bangles; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-024",
        caption(
            "The lady wears a short-sleeve blouse with gold patterns and a long teal skirt. The skirt is with chiffon"
            " fabric and has sequins all over it. She wears a teal scarf on her shoulder. There is an accessory on"
            " her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("She is wearing a teal sequinned lehenga with a gold choli."),
        color_of("lehenga", "gold", "other_garment_color", kind="open"),
        Q.color("teal"),
        Q.pattern("sequinned"),
        material("georgette"),
        details(
            "lehenga",
            "sequins all over, sequins all over, sequins all over, sequins all over, sequins all over, sequins all"
            " over, sequins",
            "loop",
            hit_limit=True,
        ),
        title="Varanga Women Teal Sequinned Georgette Lehenga Choli",
        category="Lehenga Choli",
        color="Teal",
        gender="Women",
    ),
    # photo: woman in a white cotton skirt with white chikankari embroidery, worn with a red short kurti with short
    # sleeves; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-025",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with embroidered patterns."
            " The skirt is with cotton fabric."
        ),
        wearing("a red kurti and a red skirt", "other_garment_color"),
        color_of("skirt", "white"),
        color_of("top", "red"),
        details("skirt", "The skirt has white chikan embroidery all over."),
        describe("skirt", "The skirt is a long white skirt with", "cut", hit_limit=True),
        Q.pattern("embroidered"),
        Q.garment_type("kurta", "contradiction"),
        title="Ada Women White Chikankari Embroidered Cotton Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: girl in a purple silk lehenga with gold buttis, purple choli with cap sleeves, peach dupatta; white
    # backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-026",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long purple skirt with gold dots. She"
            " wears a peach scarf."
        ),
        wearing("a purple lehenga choli with a peach dupatta", who="the girl"),
        color_of("lehenga", "peach", "contradiction"),
        Q.pattern("woven"),
        describe("lehenga", "the lehenga", "restated"),
        dupatta_color("peach"),
        material("The lehenga is with pure Kanjeevaram silk woven by hand.", "unsupported"),
        title="Aks Kids Girls Purple Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a gold tissue lehenga with a maroon border, maroon elbow-sleeve choli, gold dupatta; white
    # backdrop; maang tikka. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-027",
        caption(
            "The lady wears a medium-sleeve blouse with pure color patterns and a long golden skirt. The skirt has a"
            " maroon border. There is an accessory on her head."
        ),
        wearing("a gold lehenga with a maroon border, a maroon choli and a gold dupatta"),
        color_of("lehenga", "maroon", "other_garment_color", kind="open"),
        Q.color("gold"),
        Q.sleeve_length("elbow"),
        details("lehenga", "The lehenga is hand woven in Banaras by master weavers.", "unsupported"),
        Q.garment_type("lehenga choli"),
        title="Shubhkala Women Gold-Toned & Maroon Tissue Lehenga Choli",
        category="Lehenga Choli",
        color="Gold",
        gender="Women",
    ),
    # photo: woman in a blue floral-print flared maxi skirt, worn with a white short kurti with three-quarter sleeves;
    # silver jhumkas; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-028",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns and a long skirt with floral patterns. She"
            " wears earrings."
        ),
        wearing("a white kurti and a blue floral skirt"),
        color_of("skirt", "white", "contradiction"),
        describe("skirt", "The skirt is blue with white and yellow flowers."),
        details("skirt", "Describe the skirt. The skirt has flowers. Question: What", "leak"),
        Q.material("The skirt is made of silk with a satin finish.", "unsupported"),
        title="Anouk Women Blue Floral Printed Flared Maxi Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a multicolour bandhani chaniya choli (red, yellow and green panels), red mirror-work sleeveless
    # choli, yellow dupatta; mirror work on the waistband and hem; she holds two dandiya sticks; white backdrop. Caption
    # adapter / reference engine.
    case(
        "X757-029",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt with color block patterns."
            " She holds two sticks in her hands."
        ),
        wearing("a colorful chaniya choli with a yellow dupatta, holding dandiya sticks"),
        Q.color("multi"),
        color_of("lehenga", "yellow", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        details(
            "lehenga",
            "The lehenga has bandhani dots in red, yellow and green panels with mirror work on the waistband and the"
            " hem, and the panels are joined with a",
            "cut",
            hit_limit=True,
        ),
        is_a("dress", "yes", "contradiction"),
        describe("lehenga", "The lehenga is a lehenga choli.", "restated"),
        title="Atsevam Women Multicoloured Bandhani Chaniya Choli",
        category="Lehenga Choli",
        color="Multi",
        gender="Women",
    ),
    # photo: girl in a pink flared ethnic skirt with gold foil print, worn with a white short-sleeve tee; white
    # backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-030",
        caption(
            "The girl wears a short-sleeve T-shirt with pure color patterns and a long skirt with graphic patterns."
        ),
        wearing(
            "a white t-shirt and a pink skirt with gold print Question: What is the color of the skirt? Answer: pink",
            "leak",
            who="the girl",
        ),
        Q.color("pink"),
        describe("skirt", "His skirt is pink with gold print.", "pronoun"),
        Q.garment_type("skirt"),
        Q.material("fabric", "non_answer"),
        title="Cherry Crumble Girls Pink Foil Print Flared Ethnic Skirt",
        category="Skirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a red bridal lehenga with heavy gold zari and zardozi, red elbow-sleeve high round-neck choli, red
    # net dupatta over her head; bridal jewelry; white backdrop. The feed row has no gender. Caption adapter / reference
    # engine.
    case(
        "X757-031",
        caption(
            "The lady wears a medium-sleeve blouse with embroidered patterns and a long red skirt with embroidered"
            " patterns. She has a red scarf on her head. There is an accessory on her neck."
        ),
        wearing(
            "The lady wears a red bridal lehenga with gold embroidery and a red dupatta over her head, and there is a"
            " gold necklace on her neck and",
            "cut",
            hit_limit=True,
        ),
        color_of("lehenga", "red"),
        Q.pattern("embroidered"),
        details(
            "lehenga",
            "gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery, gold embroidery,"
            " gold embroidery",
            "loop",
            hit_limit=True,
        ),
        material("The lehenga is with velvet fabric and it has a cotton lining inside.", "unsupported"),
        neckline("sweetheart", "contradiction"),
        title="Soch Women Red Embroidered Silk Bridal Lehenga Choli",
        category="Lehenga Choli",
        color="Red",
    ),
    # photo: woman in a maroon velvet flared skirt with gold embroidery at the hem, worn with a black full-sleeve top;
    # white backdrop. Title has no brand. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-032",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long skirt. The skirt is with velvet"
            " fabric and it has embroidered patterns at the hem."
        ),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.color("maroon"),
        Q.sleeve_length("long", "contradiction"),
        describe(
            "skirt",
            "The lady wears a long skirt. The lady wears a long skirt. The lady wears a long skirt. The"
            " lady wears a long skirt. The",
            "loop",
            hit_limit=True,
        ),
        material("velvet"),
        title="Maroon Velvet Embroidered Ethnic Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a sea green cotton lehenga with a white floral print, white short-sleeve choli, sea green dupatta;
    # white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-033",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with cotton fabric. She wears a green scarf."
        ),
        wearing("The gentleman wears a white shirt and a green skirt with flowers.", "pronoun"),
        color_of("lehenga", "sea green"),
        Q.pattern("floral"),
        describe("lehenga", "The lehenga is green with white flowers printed all over."),
        details(
            "choli",
            "The choli is white with a round neck, short sleeves and a back zip with padded cups.",
            "unsupported",
        ),
        title="Libas Women Sea Green Printed Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: girl in a cream lehenga with pink floral embroidery (green leaves, pink hem border), pink sleeveless choli,
    # cream net dupatta; she holds a small potli bag; white backdrop. Caption adapter (caption, open), reference engine
    # (closed).
    case(
        "X757-034",
        caption(
            "The girl wears a sleeveless top with pure color patterns and a long skirt with floral patterns. She"
            " holds a small bag in her hand."
        ),
        wearing("a cream lehenga with pink flowers, a pink choli and a cream dupatta", who="the girl"),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        Q.color("cream"),
        Q.sleeve_length("short", "contradiction"),
        details(
            "lehenga",
            "The lehenga has pink flowers embroidered on the cream fabric, with green leaves between the flowers and a"
            " pink border along the hem of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("The lehenga is with organic cotton and it is machine washable.", "unsupported"),
        title="Babyhug Girls Cream & Pink Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Cream",
        gender="Girls",
    ),
    # photo: woman in a rust solid cotton flared skirt with tassels on the waist tie, worn with a white sleeveless ganji
    # top; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color patterns."
            " The skirt is with cotton fabric."
        ),
        wearing("Question: What is the person wearing? Answer: a white tank top and a rust skirt", "leak"),
        color_of("skirt", "rust"),
        Q.pattern("solid"),
        details("skirt", "the skirt", "non_answer"),
        describe("skirt", "The skirt is white with tassels at the waist.", "other_garment_color"),
        is_a("skirt", "yes"),
        title="Global Desi Women Rust Solid Flared Skirt with Tassels",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: woman in a yellow lehenga with mirror work and a mirror border at the hem, yellow short-sleeve choli, pink
    # dupatta with yellow tassels; marigold garlands hang behind her on a white backdrop. Caption adapter (caption,
    # open), reference engine (closed).
    case(
        "X757-036",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long yellow skirt. There are flowers"
            " behind her. She wears a pink scarf."
        ),
        wearing("She is wearing a yellow lehenga choli with mirror work and a pink dupatta."),
        color_of("lehenga", "pink", "other_garment_color", kind="open"),
        Q.color("yellow"),
        Q.pattern("floral", "contradiction"),
        details(
            "lehenga",
            "The lehenga has small round mirrors all over and a border of mirrors at the hem, and the dupatta is"
            " pink with yellow tassels at the",
            "cut",
            hit_limit=True,
        ),
        material("Question: What material is the garment made of? Answer: cotton", "leak"),
        title="Inddus Women Yellow Mirror Work Lehenga Choli",
        category="Lehenga Choli",
        color="Yellow",
        gender="Women",
    ),
    # photo: BACK view of a woman in a pink lehenga with gold border; pink sleeveless choli with a tie-up back and gold
    # latkans; dupatta over one arm; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-037",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long pink skirt. There is a string at"
            " the back of her top."
        ),
        wearing("a pink lehenga choli seen from the back"),
        color_of("lehenga", "pink"),
        details("choli", "The choli has a tie-up back with gold tassels."),
        describe("choli", "The choli has a deep V neckline in front and a padded bust.", "unsupported"),
        Q.sleeve_length("sleeveless"),
        title="Panchhi Women Pink Lehenga Choli",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a teal skirt with a kalamkari print (mustard and rust motifs), worn with a mustard short-sleeve
    # top; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-038",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with graphic patterns. The"
            " skirt is with cotton fabric. The lady wears a short-sleeve top with pure color patterns and a long"
            " skirt with graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a mustard top with a teal printed skirt"),
        color_of("skirt", "mustard", "other_garment_color", kind="open"),
        Q.color("teal"),
        Q.pattern("printed"),
        describe("skirt", "The skirt is blue-green with kalamkari motifs in mustard and rust."),
        details("skirt", "The skirt has a side zip and an inner lining of cotton voile.", "unsupported"),
        title="Aurelia Women Teal Kalamkari Print Flared Skirt",
        category="Skirts",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in a blue printed ethnic skirt (white and pink flowers), worn with a yellow short-sleeve top; she
    # holds a balloon; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-039",
        caption(
            "The girl wears a short-sleeve top with pure color patterns and a long skirt with floral patterns. She"
            " holds a balloon."
        ),
        wearing("a yellow top and a blue skirt with flowers", who="she"),
        color_of("skirt", "yellow", "contradiction"),
        describe(
            "skirt",
            "The skirt is blue with pink and white flowers printed on it, and it is long and flared and it reaches"
            " her ankles, and the flowers are",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "The skirt details are the details of the skirt.", "restated"),
        Q.garment_type("skirt"),
        title="Peppermint Girls Blue Floral Print Ethnic Skirt",
        category="Skirts",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a burgundy velvet lehenga with gold zari work, burgundy full-sleeve choli, gold net dupatta; white
    # backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-040",
        caption(
            "The lady wears a long-sleeve blouse with embroidered patterns and a long skirt with embroidered"
            " patterns. The skirt is with velvet fabric. She wears a golden scarf."
        ),
        wearing("a wine velvet lehenga choli with a gold dupatta"),
        color_of("lehenga", "burgundy"),
        Q.sleeve_length("long"),
        describe("lehenga", "The lehenga is purple with gold zari work.", "contradiction"),
        details("dupatta", "The dupatta is gold net with a scalloped border."),
        material("The material is the material of the garment.", "restated"),
        title="Kalki Women Burgundy Velvet Zari Lehenga Choli",
        category="Lehenga Choli",
        color="Burgundy",
        gender="Women",
    ),
    # photo: woman in a multicolour banjara patchwork skirt with mirrors and cowrie shells, worn with a black sleeveless
    # top; white backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-041",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt with color block patterns."
            " There are mirrors and shells on the skirt."
        ),
        wearing("a black sleeveless top and a colorful patchwork skirt"),
        Q.color("black", "contradiction"),
        Q.pattern("patchwork"),
        details(
            "skirt",
            "mirrors, shells, mirrors, shells, mirrors, shells, mirrors, shells, mirrors, shells, mirrors, shells,"
            " mirrors",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Folklore Women Multicoloured Banjara Patchwork Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: woman in a silver-grey net lehenga with silver sequins, silver short-sleeve choli, grey dupatta; light grey
    # backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-042",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long grey skirt with sequins. The"
            " wall behind her is grey."
        ),
        wearing("He wears a grey lehenga with a silver blouse.", "pronoun"),
        color_of("lehenga", "grey"),
        Q.pattern("sequinned"),
        describe("lehenga", "The lehenga is beige with silver sequins.", "contradiction"),
        material("net"),
        Q.garment_type("lehenga choli"),
        title="Ethnovog Women Grey Sequinned Net Lehenga Choli",
        category="Lehenga Choli",
        color="Grey",
        gender="Women",
    ),
    # photo: girl in a parrot green lehenga with a pink border, pink short-sleeve choli, pink dupatta; white backdrop.
    # The feed row has no category. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-043",
        caption(
            "The girl wears a short-sleeve top and a long pink skirt. She wears a pink scarf.", "other_garment_color"
        ),
        wearing("a green lehenga with a pink choli and a pink dupatta", who="the girl"),
        Q.color("green"),
        is_a("lehenga", "no", "contradiction"),
        describe("lehenga", "The lehenga is green with a pink border at the hem."),
        details("choli", "Answer: pink Answer: pink Answer: pink", "leak"),
        title="Kinder Kids Girls Green & Pink Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: woman in an off-white flared skirt with a gold foil print, worn with a maroon short-sleeve crop top; white
    # backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-044",
        caption(
            "The lady wears a short-sleeve crop top with pure color patterns and a long skirt with graphic patterns."
        ),
        wearing("The lady wears a maroon crop top and a maroon skirt.", "other_garment_color"),
        color_of("skirt", "off white"),
        Q.pattern("printed"),
        describe("skirt", "An off-white skirt with a gold foil print and a wide flare."),
        Q.material("The skirt is with chiffon fabric and it has a cotton lining.", "unsupported"),
        title="Sangria Women Off-White & Gold Foil Print Flared Skirt",
        category="Skirts",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a mustard lehenga with a maroon floral print, maroon elbow-sleeve choli, mustard dupatta; white
    # backdrop. Caption adapter (caption, open), reference engine (closed).
    case(
        "X757-045",
        caption(
            "The lady wears a medium-sleeve top with pure color patterns and a long skirt with floral patterns. The"
            " skirt is with cotton fabric and its color is mustard. The lady wears a scarf around her neck and the"
            " scarf is with cotton fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a mustard lehenga with a maroon choli"),
        color_of("lehenga", "maroon", "other_garment_color", kind="open"),
        Q.color("mustard"),
        Q.sleeve_length("elbow"),
        details("lehenga", "The lehenga has a red border and a dupatta.", "contradiction"),
        title="Libas Women Mustard Printed Lehenga Choli",
        category="Lehenga Choli",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a black flared skirt with gota-patti work on the hem, worn with a pink short-sleeve blouse; brass
    # diya in her hands; white backdrop. The feed row has no category. Caption adapter / reference engine.
    case(
        "X757-046",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long skirt. She holds a lamp in her"
            " hands."
        ),
        wearing("a pink blouse and a black skirt with gota work"),
        color_of("skirt", "black"),
        describe("skirt", "The skirt is pink with gold work at the hem.", "other_garment_color"),
        details("skirt", "no", "non_answer"),
        material("The skirt is with pure georgette and the gota is real silver.", "unsupported"),
        Q.pattern("embroidered"),
        title="Juniper Women Black Gota Patti Ethnic Skirt",
        color="Black",
        gender="Women",
    ),
]
