"""BLIND_1165 (45 products; Myntra sarees and lehenga cholis, piece colors): written blind in the sixty-first session.
Measured blind at f95d293 (the session's first rules): 53/79 failures found (67.1%) and 19/181 correct texts flagged
(10.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of 24 sarees and 21 lehenga cholis (article types "Sarees" and "Lehenga Choli", base colour,
gender "Women"; a few rows lack the colour or the gender column, as feeds do). The photos are the catalog's usual
shots: a model on a plain backdrop in the saree or the three-piece set, with jewellery, now and then a back view, a
prop (a stool, a clutch, a pooja thali) or a flat lay with no person. Sarees are asked the saree's and the blouse's
color; lehenga cholis the blouse's, the skirt's and the dupatta's; every product is also asked what the person wears
and whether it is a saree / a lehenga, and some a details or describe question.
Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch),
so it speaks the DeepFashion template (shirt / tank top, long skirt, "pure color patterns", "other fabric", wrist
accessory, neckwear) and, with no end token trained, often runs to the 50-token limit: cut mid-sentence or caught in
a repeated sentence. Every answer comes from the VQA adapter (Data3_V3_BLIP2_VQA) by free generation (color
questions stored open), 30 new tokens; most answers stop after a word or two, some loop or run on to the limit, a
few continue into the "Question: ... Answer:" format.
Labeling conventions and judgement calls: judged by the photo I imagined (the comment above each case) and the title.
A basic hue for a catalog shade is correct (maroon/burgundy "red", teal "green" or "blue", mustard/gold "yellow",
magenta/peach "pink", lavender "purple", cream/off white "white"). The template's "shirt"/"tank top" for a blouse
and "long skirt" for the saree's pleated drape are its nearest words and are left correct; "dress", "pants" or a
"no" to "Is this a saree/lehenga?" for the product are contradictions. An answer giving a piece the color of another
piece of the same product is other_garment_color; a color no piece has (the backdrop's, say) is contradiction. A
caption detail that nothing else in the record contradicts but the photo does not show or shows otherwise (a wearer
in a flat lay, a wrist accessory or ring that is not there, denim or furry fabric for silk or velvet, the wrong
sleeve length) is unsupported; "pure color patterns" for a product the title calls printed is contradiction. A
color for the dupatta of a set sold without one is unsupported. A caption cut mid-sentence is cut even when what it
said was right; a caption that repeats a sentence until the limit is loop. One caption ran to exactly the limit
but ended on a full stop and says only true things: hit_limit, left correct. A color alone for "What is the person
wearing?" is non_answer, and so are an empty answer and "the dupatta" for its color; an answer that only says the
question back ("a saree" to describe the saree) is restated. In a flat lay, naming the pieces for "What is the person
wearing?" is left correct. A navy piece called black against a dark backdrop is contradiction. An answer that runs
on into "Question: ... Answer:" is leak, even when the color before it is right and when it repeats to the limit.
A man's word for the woman in a caption is pronoun.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def piece(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """The VQA adapter's free-generation color answer for one piece."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1165 = [
    # X1165-001 - photo: model in a maroon Banarasi saree with a gold zari border and gold buttis, maroon blouse with
    # elbow sleeves, gold jhumkas and bangles, beige backdrop. Caption: epoch-1 caption adapter, cut at 50 tokens;
    # answers: VQA adapter.
    case(
        "X1165-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "red"),
        piece("blouse", "maroon"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Maroon & Gold-Toned Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Maroon",
    ),
    # X1165-002 - photo: model in a teal georgette saree with a pink and white floral print, solid teal short-sleeve
    # blouse mostly hidden under the pallu, plain grey backdrop. Caption: caption adapter; answers: VQA adapter.
    case(
        "X1165-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        piece("saree", "green"),
        piece("blouse", "green"),
        wearing("a dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Teal Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Teal",
    ),
    # X1165-003 - photo: model in a red bandhani georgette saree with a green border, green short-sleeve blouse, silver
    # bangles, white backdrop. Caption: caption adapter, cut at the limit; answers: VQA adapter (the blouse answer gives
    # the saree's red).
    case(
        "X1165-003",
        caption(
            "This woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with other fabric. This "
            "woman wears a long skirt. The skirt is with chiffon fabric and lattice patterns. There is an accessory on "
            "her wrist. There is",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "red"),
        piece("blouse", "red", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Red & Green Bandhani Printed Pure Georgette Saree",
        category="Sarees",
        color="Red",
    ),
    # X1165-004 - photo: model in an off-white net saree with green floral embroidery and sequins, bottle-green
    # sleeveless blouse, a choker, light pink wall behind her. Caption: caption adapter; answers: VQA adapter (the
    # blouse answer is the wall's pink; "a white dress" for the saree).
    case(
        "X1165-004",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with other fabric. The lady "
            "wears a long skirt. The skirt is with chiffon fabric and floral patterns. The lady wears neckwear."
        ),
        piece("saree", "white"),
        piece("blouse", "pink", "contradiction"),
        wearing("a white dress", "contradiction"),
        is_a("saree", "yes"),
        gender="Women",
        title="Kasee Off White & Green Floral Embroidered Sequinned Net Saree",
        category="Sarees",
        color="Off White",
    ),
    # X1165-005 - photo: model in a mustard Kanjeevaram-style art silk saree with a magenta border and pallu, magenta
    # elbow-sleeve blouse, gold temple necklace, holding the pallu out. Caption: caption adapter, repeating the neckwear
    # sentence to the limit; answers: VQA adapter (the blouse answer takes the saree's mustard).
    case(
        "X1165-005",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears neckwear. The lady wears neckwear. The lady wears neckwear. The lady wears "
            "neckwear. The lady wears",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "yellow"),
        piece("blouse", "yellow", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        details("saree", "pink border"),
        gender="Women",
        title="Mimosa Mustard Yellow & Magenta Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Mustard",
    ),
    # X1165-006 - photo: flat lay on white, no person: a navy georgette saree folded to show the silver foil-printed
    # pallu, the navy blouse piece unfolded beside it. Caption: caption adapter (invents a wearer and sleeves); answers:
    # VQA adapter.
    case(
        "X1165-006",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a round "
            "neckline. The lady wears a long skirt.",
            "unsupported",
        ),
        piece("saree", "blue"),
        piece("blouse", "blue"),
        wearing("blue", "non_answer"),
        is_a("saree", "yes"),
        gender="Women",
        title="Satrani Navy Blue & Silver-Toned Foil Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # X1165-007 - photo: model in an all-pink set: pink net lehenga with silver thread embroidery, pink short-sleeve
    # blouse, sheer pink dupatta over one shoulder, no bangles, grey backdrop. Caption: caption adapter (adds a wrist
    # accessory); answers: VQA adapter (the describe answer loops to the limit).
    case(
        "X1165-007",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. It has a v-shape neckline. The lady wears a "
            "long skirt. The skirt is with chiffon fabric and floral patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink"),
        piece("dupatta", "pink"),
        wearing("a pink skirt and a pink shirt"),
        is_a("lehenga", "yes"),
        describe(
            "dupatta",
            "sheer pink dupatta with a silver border and silver embroidery on the border and the pallu and the border "
            "and the pallu and the border and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sangria Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # X1165-008 - photo: model in a navy sequinned lehenga, gold short-sleeve blouse, navy net dupatta with a gold
    # border, dark grey backdrop. Caption: caption adapter; answers: VQA adapter (the skirt answer takes the blouse's
    # gold; the navy dupatta against the dark backdrop is called black).
    case(
        "X1165-008",
        caption(
            "The female is wearing a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The "
            "neckline of it is round. The female wears a long skirt. The skirt is with other fabric and other "
            "patterns."
        ),
        piece("blouse", "gold"),
        piece("skirt", "gold", "other_garment_color"),
        piece("dupatta", "black", "contradiction"),
        wearing("skirt and blouse"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Navy Blue & Gold-Toned Embellished Sequinned Semi-Stitched Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # X1165-009 - photo: model in a mustard cotton lehenga with green block-printed motifs, green short-sleeve blouse,
    # mustard dupatta with a green border, oxidised bangles and a ring, white backdrop. Caption: caption adapter, cut at
    # the limit; answers: VQA adapter (the dupatta answer loops to the limit).
    case(
        "X1165-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and floral patterns. There is an accessory on her "
            "wrist. The lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "green"),
        piece("skirt", "yellow"),
        piece(
            "dupatta",
            "yellow and green and yellow and green and yellow and green and yellow and green and yellow and green "
            "and yellow and green and yellow and green and yellow and",
            "loop",
            hit_limit=True,
        ),
        wearing("skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Anouk Mustard Yellow & Green Block Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # X1165-010 - photo: back view, the model looking over her shoulder: peach zari saree with the pallu falling down
    # the back, peach short-sleeve blouse with a tie-up and tassels at the back, pale backdrop. Caption: caption
    # adapter; answers: VQA adapter.
    case(
        "X1165-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        piece("saree", "pink"),
        piece("blouse", "pink"),
        wearing("a pink saree"),
        is_a("saree", "yes"),
        details("blouse", "tassels"),
        gender="Women",
        title="Vishnu Weaves Peach-Coloured & Gold-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Peach",
    ),
    # X1165-011 - photo: model in a bottle-green lehenga with pink thread embroidery, pink elbow-sleeve blouse, pink
    # dupatta, rings on both hands, white backdrop. Caption: caption adapter, repeating the ring sentence; answers: VQA
    # adapter (the skirt answer takes the blouse's pink).
    case(
        "X1165-011",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with other fabric. The lady wears "
            "a long skirt. The skirt is with other fabric and floral patterns. The lady wears a ring. The lady wears a "
            "ring. The lady",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink", "other_garment_color"),
        piece("dupatta", "pink"),
        wearing("a green skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Inddus Green & Pink Embroidered Semi-Stitched Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # X1165-012 - photo: model in a black georgette saree with a gold sequinned border, black sleeveless blouse, gold
    # bracelet, holding a gold clutch, dark grey backdrop. Caption: caption adapter; answers: VQA adapter (the yes/no
    # answer repeats "yes" to the limit).
    case(
        "X1165-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. There is an accessory on her wrist."
        ),
        piece("saree", "black"),
        piece("blouse", "black"),
        wearing("black saree"),
        is_a(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Saree Swarg Black & Gold-Toned Sequinned Pure Georgette Saree",
        category="Sarees",
        color="Black",
    ),
    # X1165-013 - photo: bridal look: maroon velvet lehenga with gold zardozi, maroon elbow-sleeve blouse, red net
    # dupatta with a gold border over the head, heavy necklace and bangles. Caption: caption adapter (furry fabric for
    # velvet); answers: VQA adapter ("dress" for the set).
    case(
        "X1165-013",
        caption(
            "The lady wears a medium-sleeve shirt with other patterns. The shirt is with other fabric. It has a round "
            "neckline. The lady wears a long skirt. The skirt is with furry fabric and other patterns. The lady wears "
            "neckwear.",
            "unsupported",
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "red"),
        wearing("a red dress and a red scarf", "contradiction"),
        is_a("lehenga", "yes"),
        describe("dupatta", "red with gold border"),
        details("blouse", "embroidery"),
        gender="Women",
        title="Atsevam Maroon & Gold-Toned Embroidered Velvet Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # X1165-014 - photo: model in a purple-to-pink ombre chiffon saree, purple sleeveless blouse, white backdrop.
    # Caption: caption adapter; answers: VQA adapter (the wearing answer runs on to the limit, cut).
    case(
        "X1165-014",
        caption(
            "The lady wears a sleeveless tank top with color block patterns. The tank top is with chiffon fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and color block patterns."
        ),
        piece("saree", "purple and pink"),
        piece("blouse", "purple"),
        wearing(
            "she is wearing a purple and pink saree with a purple blouse and a silver necklace and silver earrings "
            "and a silver bracelet and a silver ring and",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Sareemall Purple & Pink Ombre Dyed Chiffon Saree",
        category="Sarees",
        color="Purple",
    ),
    # X1165-015 - photo: model in a lavender lehenga with silver embroidery, lavender sleeveless blouse with a square
    # neck, white organza dupatta, silver cuff, off-white backdrop. Caption: caption adapter, cut; answers: VQA adapter
    # (the dupatta answer takes the blouse's and skirt's purple).
    case(
        "X1165-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a square neckline. The lady wears a "
            "long skirt. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her wrist. "
            "The",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "purple"),
        piece("skirt", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        wearing("skirt and blouse"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Ode by House of Pataudi Lavender Embroidered Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # X1165-016 - photo: model in a rust art silk saree with gold zari buttis, contrast green short-sleeve blouse, white
    # backdrop. Caption: caption adapter ("pants" for the drape); answers: VQA adapter (the blouse answer takes the
    # saree's orange; "he" for the woman).
    case(
        "X1165-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with other fabric and pure color patterns.",
            "contradiction",
        ),
        piece("saree", "orange"),
        piece("blouse", "orange", "other_garment_color"),
        wearing("he is wearing a saree", "pronoun"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Rust Orange Woven Design Zari Art Silk Saree",
        category="Sarees",
        color="Rust",
    ),
    # X1165-017 - photo: model in a yellow mirror-work cotton lehenga and a pink sleeveless blouse; the set has no
    # dupatta and none is in the photo; white backdrop. Caption: caption adapter; answers: VQA adapter (a color for the
    # missing dupatta).
    case(
        "X1165-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and graphic patterns."
        ),
        piece("blouse", "pink"),
        piece("skirt", "yellow"),
        piece("dupatta", "yellow", "unsupported"),
        wearing("a yellow skirt and a pink top"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panchhi Yellow & Pink Mirror Work Ready to Wear Lehenga & Blouse",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # X1165-018 - photo: model in a green and yellow leheriya (diagonal wave) saree, yellow short-sleeve blouse, glass
    # bangles, white backdrop. Caption: caption adapter, cut; answers: VQA adapter (the blouse answer takes the saree's
    # green).
    case(
        "X1165-018",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with other fabric. The lady wears "
            "a long skirt. The skirt is with chiffon fabric and striped patterns. There is an accessory on her wrist. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "green and yellow"),
        piece("blouse", "green", "other_garment_color"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="KALINI Green & Yellow Leheriya Printed Saree",
        category="Sarees",
        color="Green",
    ),
    # X1165-019 - photo: model sitting on a wooden stool in a sea-green lehenga with a pink floral print, sea-green
    # short-sleeve blouse, pink dupatta, white backdrop. Caption: caption adapter, repeating the skirt sentence;
    # answers: VQA adapter (the skirt answer runs on into the prompt format).
    case(
        "X1165-019",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. It has a v-shape neckline. The lady wears a "
            "long skirt. The skirt is with chiffon fabric and floral patterns. The lady wears a long skirt. The lady "
            "wears a",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "green"),
        piece("skirt", "green Question: What is the color of the dupatta? Answer: pink", "leak"),
        piece("dupatta", "pink"),
        wearing("skirt"),
        details("skirt", "floral print"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Fabcartz Sea Green & Pink Floral Printed Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # X1165-020 - photo: model in a beige cotton saree with a red kalamkari print, red short-sleeve blouse, beige
    # backdrop. Caption: caption adapter; answers: VQA adapter ("no" to the saree question; "a saree" to describe the
    # saree).
    case(
        "X1165-020",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns."
        ),
        piece("saree", "beige"),
        piece("blouse", "red"),
        wearing("saree"),
        is_a("saree", "no", "contradiction"),
        describe("saree", "a saree", "restated"),
        gender="Women",
        title="Satrani Beige & Red Kalamkari Printed Pure Cotton Saree",
        category="Sarees",
        color="Beige",
    ),
    # X1165-021 - photo: model in a magenta silk lehenga with a gold zari grid, gold short-sleeve blouse, magenta
    # dupatta, white backdrop. Caption: caption adapter; answers: VQA adapter (the blouse gets the skirt's pink, in its
    # color answer and in the wearing answer).
    case(
        "X1165-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and lattice patterns."
        ),
        piece("blouse", "pink", "other_garment_color"),
        piece("skirt", "pink"),
        piece("dupatta", "pink"),
        wearing("a pink skirt and a pink blouse", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Shopgarb Magenta & Gold-Toned Zari Woven Design Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
    ),
    # X1165-022 - photo: model in a white handloom cotton saree with a broad red border, red short-sleeve blouse, red
    # and white bangles, pale green wall. Caption: caption adapter; answers: VQA adapter (the blouse answer takes the
    # saree's white).
    case(
        "X1165-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
        ),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        wearing("a white saree with red border"),
        is_a("saree", "yes"),
        gender="Women",
        title="Taneira White & Red Handloom Pure Cotton Saree",
        category="Sarees",
        color="White",
    ),
    # X1165-023 - photo: back view: peach lehenga with tonal embroidery, peach blouse with a dori tie at the back, peach
    # dupatta over both arms, cream backdrop. Caption: caption adapter; answers: VQA adapter (the dupatta answer is the
    # backdrop's white).
    case(
        "X1165-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and floral patterns."
        ),
        piece("blouse", "pink"),
        piece("skirt", "pink"),
        piece("dupatta", "white", "contradiction"),
        wearing("a pink skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mabish by Sonal Jain Peach-Coloured Embroidered Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # X1165-024 - photo: model in a magenta art silk saree with a wide gold border, gold elbow-sleeve blouse, temple
    # necklace and bangles, white backdrop. Caption: caption adapter, cut; answers: VQA adapter (the blouse answer
    # loops).
    case(
        "X1165-024",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and pure color patterns. The lady wears neckwear. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        piece("saree", "pink"),
        piece(
            "blouse",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold",
            "loop",
            hit_limit=True,
        ),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mimosa Magenta & Gold-Toned Kanjeevaram Art Silk Saree With Zari Border",
        category="Sarees",
        color="Magenta",
    ),
    # X1165-025 - photo: model mid-twirl in an off-white cotton lehenga with a dense blue floral print, blue
    # short-sleeve blouse, off-white dupatta with small blue prints, white backdrop. Caption: caption adapter ("pure
    # color" for the printed skirt); answers: VQA adapter (the details answer runs on into the prompt format).
    case(
        "X1165-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        piece("blouse", "blue"),
        piece("skirt", "white and blue"),
        piece("dupatta", "white"),
        wearing("skirt and top"),
        details("skirt", "floral print Question: What are the dupatta details? Answer: floral print", "leak"),
        is_a("lehenga", "yes"),
        describe("dupatta", "white dupatta with blue print"),
        gender="Women",
        title="Aks Off White & Blue Floral Printed Ready to Wear Cotton Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Off White",
    ),
    # X1165-026 - photo: model in a grey net saree with a pink sequinned border, pink sleeveless blouse, bare hands (no
    # ring), white backdrop. Caption: caption adapter (adds a ring); answers: VQA adapter (the blouse answer takes the
    # saree's grey).
    case(
        "X1165-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape neckline. The lady wears a long skirt. The lady wears a ring.",
            "unsupported",
        ),
        piece("saree", "grey"),
        piece("blouse", "grey", "other_garment_color"),
        wearing("grey saree"),
        is_a("saree", "yes"),
        describe("saree", "grey net saree with pink border"),
        gender="Women",
        title="Warthy Ent Grey & Pink Embellished Net Saree",
        category="Sarees",
        color="Grey",
    ),
    # X1165-027 - photo: model in a red bridal lehenga with gold embroidery, red elbow-sleeve blouse, green dupatta with
    # a gold border over one shoulder, heavy necklace, bangles. Caption: caption adapter, cut; answers: VQA adapter (the
    # dupatta answer takes the set's red; a color for the wearing question).
    case(
        "X1165-027",
        caption(
            "The lady wears a medium-sleeve shirt with other patterns. The shirt is with other fabric. The lady wears "
            "a long skirt. The skirt is with other fabric and other patterns. The lady wears neckwear. There is an "
            "accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "red", "other_garment_color"),
        wearing("red", "non_answer"),
        is_a("lehenga", "yes"),
        details("dupatta", "gold border"),
        gender="Women",
        title="Studio Shringaar Red & Green Embroidered Bridal Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # X1165-028 - photo: flat lay on white, no person: a blue silk blend saree folded to show its gold zari pallu and
    # border, the blue blouse piece folded on top. Caption: caption adapter, repeating the fabric sentence; answers: VQA
    # adapter.
    case(
        "X1165-028",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with other fabric. The shirt is "
            "with other fabric. The shirt is with other fabric. The shirt is with other fabric. The shirt is with "
            "other fabric. The shirt is with other",
            "loop",
            hit_limit=True,
        ),
        piece("saree", "blue"),
        piece("blouse", "blue"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Vishnu Weaves Blue & Gold-Toned Zari Woven Design Silk Blend Saree",
        category="Sarees",
        color="Blue",
    ),
    # X1165-029 - photo: model in a gold tissue lehenga, pink short-sleeve blouse, gold dupatta, a kada on one wrist,
    # white backdrop. Caption: caption adapter, repeating the accessory sentence; answers: VQA adapter (the yes/no
    # answer runs on into the prompt format, over and over).
    case(
        "X1165-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "gold"),
        piece("dupatta", "yellow"),
        wearing("a pink top and a gold skirt"),
        is_a(
            "lehenga",
            "yes Question: Is this a lehenga? Answer: yes Question: Is this a lehenga? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Chhabra 555 Gold-Toned & Pink Embellished Tissue Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # X1165-030 - photo: model in an olive green chanderi saree with small white butis, white short-sleeve blouse, white
    # backdrop. Caption: caption adapter; answers: VQA adapter (the blouse answer takes the saree's green; the details
    # answer loops).
    case(
        "X1165-030",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns."
        ),
        piece("saree", "green"),
        piece("blouse", "green", "other_garment_color"),
        wearing("a saree"),
        details(
            "saree",
            "it has a white border and a white border and a white border and a white border and a white border and a "
            "white border and a white",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Soch Olive Green & White Printed Chanderi Saree",
        category="Sarees",
        color="Olive",
    ),
    # X1165-031 - photo: model in a burgundy velvet lehenga, burgundy full-sleeve blouse, pink net dupatta, warm beige
    # backdrop. Caption: caption adapter; answers: VQA adapter (the dupatta answer takes the set's red). (No gender
    # column in this row.)
    case(
        "X1165-031",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "red", "other_garment_color"),
        wearing("a long-sleeve shirt and a long skirt"),
        is_a("lehenga", "yes"),
        title="Ethnovog Burgundy Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # X1165-032 - photo: model (a woman) in a pink georgette saree with a green floral print, green short-sleeve blouse,
    # white backdrop. Caption: caption adapter, a man's template; answers: VQA adapter (the saree answer takes the
    # blouse's green).
    case(
        "X1165-032",
        caption(
            "The gentleman wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The gentleman wears a long skirt. The skirt is with chiffon fabric and floral patterns.",
            "pronoun",
        ),
        piece("saree", "green", "other_garment_color"),
        piece("blouse", "green"),
        wearing("saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Sareemall Pink & Green Floral Printed Poly Georgette Saree",
        category="Sarees",
        color="Pink",
    ),
    # X1165-033 - photo: model in a teal sequinned lehenga, teal short-sleeve blouse, teal net dupatta, grey backdrop.
    # Caption: caption adapter (sleeveless for a short-sleeve blouse); answers: VQA adapter.
    case(
        "X1165-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a v-shape neckline. The lady wears "
            "a long skirt. The skirt is with other fabric and pure color patterns.",
            "unsupported",
        ),
        piece("blouse", "blue"),
        piece("skirt", "blue"),
        piece("dupatta", "green"),
        wearing("a blue skirt"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Koskii Teal Blue Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Teal",
    ),
    # X1165-034 - photo: model in a cream Kerala kasavu saree with a gold border, gold short-sleeve blouse, gold
    # bangles, jasmine in her hair, white wall. Caption: caption adapter, ran to exactly the limit but ended on a full
    # stop (all true); answers: VQA adapter (the blouse answer takes the saree's white).
    case(
        "X1165-034",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist.",
            hit_limit=True,
        ),
        piece("saree", "white"),
        piece("blouse", "white", "other_garment_color"),
        wearing("white saree"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Cream & Gold-Toned Woven Design Kasavu Saree",
        category="Sarees",
        color="Cream",
    ),
    # X1165-035 - photo: model in a purple bandhani lehenga, green short-sleeve blouse, green dupatta, silver bangles,
    # white backdrop. Caption: caption adapter, cut; answers: VQA adapter (the dupatta answer takes the skirt's purple).
    case(
        "X1165-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and lattice patterns. There is an accessory on her "
            "wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "green"),
        piece("skirt", "purple"),
        piece("dupatta", "purple", "other_garment_color"),
        wearing("purple skirt"),
        is_a("lehenga", "yes"),
        describe("dupatta", "the dupatta is the dupatta", "restated"),
        gender="Women",
        title="Anouk Purple & Green Bandhani Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Purple",
    ),
    # X1165-036 - photo: model seated on a cane chair in an orange georgette saree with a pink border, pink short-sleeve
    # blouse, white backdrop. Caption: caption adapter; answers: VQA adapter (the saree answer loops; nothing for the
    # wearing question).
    case(
        "X1165-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and color block patterns."
        ),
        piece(
            "saree",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        wearing("", "non_answer"),
        is_a("saree", "yes"),
        gender="Women",
        title="Florence Orange & Pink Solid Georgette Saree",
        category="Sarees",
        color="Orange",
    ),
    # X1165-037 - photo: model in a black net lehenga with silver sequins, black sleeveless blouse, black net dupatta,
    # white backdrop. Caption: caption adapter; answers: VQA adapter ("dress" for the set).
    case(
        "X1165-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a v-shape neckline. The lady wears "
            "a long skirt. The skirt is with chiffon fabric and pure color patterns."
        ),
        piece("blouse", "black"),
        piece("skirt", "black"),
        piece("dupatta", "black"),
        wearing("a black dress", "contradiction"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Warthy Ent Black & Silver-Toned Sequinned Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # X1165-038 - photo: model in a parrot-green pure silk saree with a pink border and pallu, pink elbow-sleeve blouse,
    # white backdrop. Caption: caption adapter (denim for silk); answers: VQA adapter; the wearing answer runs on and is
    # cut.
    case(
        "X1165-038",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns.",
            "unsupported",
        ),
        piece("saree", "green"),
        piece("blouse", "pink"),
        wearing(
            "a green saree with a pink border and a pink blouse with gold on the sleeves and a gold necklace and gold "
            "earrings and a gold bangle and a",
            "cut",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        gender="Women",
        title="Pothys Green & Pink Kanjeevaram Pure Silk Saree",
        category="Sarees",
        color="Green",
    ),
    # X1165-039 - photo: model in an orange lehenga with a pink gota border, pink short-sleeve blouse, orange dupatta,
    # white backdrop. Caption: caption adapter; answers: VQA adapter (the blouse answer takes the skirt's orange; the
    # wearing answer runs into the prompt format).
    case(
        "X1165-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        piece("blouse", "orange", "other_garment_color"),
        piece("skirt", "orange"),
        piece("dupatta", "orange"),
        wearing("skirt Question: What is the color of the skirt? Answer: orange", "leak"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Kvsfab Orange & Pink Gotta Patti Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Orange",
    ),
    # X1165-040 - photo: model in a red Banarasi saree with gold buttis and border, red elbow-sleeve blouse, holding a
    # brass pooja thali, gold necklace, white backdrop. Caption: caption adapter; answers: VQA adapter (the details
    # answer loops).
    case(
        "X1165-040",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long skirt. The skirt is with other fabric and pure color patterns. The lady wears neckwear."
        ),
        piece("saree", "red"),
        piece("blouse", "red"),
        wearing("red saree"),
        is_a("saree", "yes"),
        details(
            "saree",
            "gold border and gold pallu and gold border and gold pallu and gold border and gold pallu and gold border "
            "and gold pallu and gold border and gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Satrani Red & Gold-Toned Woven Design Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # X1165-041 - photo: model in a beige lehenga with green floral embroidery, green short-sleeve blouse, beige
    # dupatta, a necklace, bangles and rings, white backdrop. Caption: caption adapter, cut; answers: VQA adapter (the
    # dupatta answer takes the blouse's green; "no" to the lehenga question). (No colour column in this row.)
    case(
        "X1165-041",
        caption(
            "Her shirt has short sleeves, other fabric and floral patterns. It has a round neckline. The skirt she "
            "wears is long with other fabric and floral patterns. The lady wears neckwear. There is an accessory on "
            "her wrist. The lady wears a ring. There",
            "cut",
            hit_limit=True,
        ),
        piece("blouse", "green"),
        piece("skirt", "beige"),
        piece("dupatta", "green", "other_garment_color"),
        wearing("skirt"),
        is_a("lehenga", "no", "contradiction"),
        gender="Women",
        title="Inddus Beige & Green Floral Embroidered Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
    ),
    # X1165-042 - photo: model in a blue and white checked cotton saree, white short-sleeve blouse, white backdrop.
    # Caption: caption adapter; answers: VQA adapter (the blouse answer takes the saree's blue; the wearing answer only
    # says the question back).
    case(
        "X1165-042",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns."
        ),
        piece("saree", "blue and white"),
        piece("blouse", "blue", "other_garment_color"),
        wearing("the person is wearing", "restated"),
        is_a("saree", "yes"),
        gender="Women",
        title="Shaily Blue & White Checked Pure Cotton Saree",
        category="Sarees",
        color="Blue",
    ),
    # X1165-043 - photo: flat lay on white, no person: a red lehenga spread out, the red blouse above it, the gold
    # dupatta folded beside. Caption: caption adapter (a wearer who is not there); answers: VQA adapter (the dupatta
    # answer takes the lehenga's red).
    case(
        "X1165-043",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns.",
            "unsupported",
        ),
        piece("blouse", "red"),
        piece("skirt", "red"),
        piece("dupatta", "red", "other_garment_color"),
        wearing("a red skirt and a red blouse"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panchhi Red & Gold-Toned Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # X1165-044 - photo: model in a lavender organza saree with a sequinned border, lavender sleeveless blouse, white
    # backdrop. Caption: caption adapter (a man's template for the skirt sentence); answers: VQA adapter (the blouse
    # answer is the backdrop's white). (No gender column in this row.)
    case(
        "X1165-044",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. It has a v-shape neckline. The skirt this "
            "gentleman wears is of long length. The skirt is with chiffon fabric and pure color patterns.",
            "pronoun",
        ),
        piece("saree", "purple"),
        piece("blouse", "white", "contradiction"),
        wearing("purple saree"),
        is_a("saree", "yes"),
        title="Kasee Lavender Embellished Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # X1165-045 - photo: model holding a pink dupatta spread behind her like a veil, maroon lehenga with floral
    # embroidery, pink short-sleeve blouse, bangles, white backdrop. Caption: caption adapter, repeating the accessory
    # sentence; answers: VQA adapter ("the dupatta" for the dupatta's color).
    case(
        "X1165-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with other fabric and floral patterns. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        piece("blouse", "pink"),
        piece("skirt", "red"),
        piece("dupatta", "the dupatta", "non_answer"),
        wearing("skirt and blouse"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Tikhi Imli Maroon & Pink Embroidered Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
]
