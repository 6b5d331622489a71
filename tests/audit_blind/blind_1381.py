"""BLIND_1381 (45 products; Myntra sarees and lehenga cholis, epoch-1 captions + VQA colors): written blind in the
sixty-fourth session. Measured blind at bfeca02 (the session's second rules): 63/80 failures found (78.8%) and 16/178
correct texts flagged (9.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of sarees, lehenga cholis and their separately sold pieces (saree blouses, dupattas, ethnic
skirts). Catalog shots: a model on a plain grey, white or beige backdrop wearing the product with whatever the stylist
paired it with (a contrast blouse, a plain kurta under a dupatta, a crop top over a skirt), a few back views, three flat
lays, now and then a prop (a potli bag, a pooja thali, a flower basket). Feed columns: title, category (Myntra's article
type), color (base colour), gender; a few rows lack one of them, as Myntra exports do.
Who wrote what: every caption is from the epoch-1 caption adapter on blip2-opt-2.7b
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy, 50 new tokens). It writes the DeepFashion-MultiModal
template (shirt / tank top / long skirt, chiffon / cotton / other fabric, pure color / graphic / floral patterns,
accessories on the wrist or neck) and never a hue; about a quarter of its captions stopped on their own, the rest ran to
the limit. Every answer is from the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA): the color of each piece (saree, blouse;
skirt, blouse, dupatta for a set) by free generation, stored open, 30 new tokens; the closed questions (garment type,
pattern, sleeve length, "Is this a ...?") ranked over the questionnaire's options; the material and "What is the person
wearing?" questions free. Colors come back in vendor words (navy, wine, multi).
Labeling conventions and judgement calls: one label per text. A caption that ran to the limit and stops mid-sentence is
`cut`, unless it repeats a sentence first (`loop`) or says something false before the cut (that claim's kind). The
template's nearest words are accepted: shirt or tank top for a blouse or choli, long skirt for a lehenga skirt and for a
saree's pleated drape, chiffon for georgette or organza, cotton for a linen blend, other fabric anywhere; cotton for
silk, and chiffon for crepe or net, are `unsupported`. A lady, pants or shorts in a flat lay, a hat or a ring that is
not in the photo: `unsupported`. A saree or lehenga called a dress, or a wrong yes/no, against the title:
`contradiction`. Colors: near hues are right (teal as blue, magenta as pink, lavender as purple, burgundy as maroon or
wine, mustard as yellow, grey tissue as silver); either color of a two-tone piece is right; the color of another garment
in the photo (the styled saree, the kurta under a dupatta, the contrast blouse) is `other_garment_color`; a hue that is
on no garment (a border only, a prop) is `contradiction`; the color of a piece that is not in the photo (the folded
blouse piece) is `unsupported`. "solid" for a plain body with only a woven or embellished border is right. A color given
to the material question, or "fabric", is `non_answer`; the question's words given back as the answer are `restated`.
"The gentleman" or "a man" for the women's model is `pronoun`. Loops and prompt leaks ran to 30 tokens and carry
hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1381 = [
    # Model on grey backdrop in a red Banarasi silk saree with gold zari border and buttis, matching red elbow-sleeve
    # blouse, gold jhumkas and bangles. Caption: epoch-1 caption adapter, ran to the limit. Answers: VQA adapter.
    case(
        "X1381-001",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("woven design"),
        gender="Women",
        title="Mitera Red & Gold-Toned Woven Design Zari Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # Model on white backdrop in a pink georgette saree with a blue-and-white floral print, plain pink sleeveless
    # blouse. Caption: epoch-1 adapter, cut at the limit. Answers: VQA adapter.
    case(
        "X1381-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        Q.pattern("floral"),
        Q.material("georgette"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Pink",
    ),
    # Model in a navy blue silk-blend saree with a gold woven border, worn with a contrast mustard yellow short-sleeve
    # blouse. Caption: epoch-1 adapter, stopped on its own; it calls the silk blend cotton. Answers: VQA adapter; the
    # blouse gets the saree's navy.
    case(
        "X1381-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("saree", "navy", kind="open"),
        color_of("blouse", "navy", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        Q.pattern("woven design"),
        gender="Women",
        title="KALINI Navy Blue & Mustard Woven Design Silk Blend Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Back view: bottle green chiffon saree with a sequinned border, pallu over the shoulder, matching green sleeveless
    # blouse with a tie-up back and tassels. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the blouse question
    # looped to the limit.
    case(
        "X1381-004",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. The "
            "skirt this lady wears is of long length. The skirt is with chiffon fabric and pure color patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of(
            "blouse",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Mitera Green Embellished Sequinned Pure Chiffon Saree",
        category="Sarees",
        color="Green",
    ),
    # Model in a maroon velvet lehenga with gold embroidery, maroon blouse, a light pink net dupatta over one shoulder,
    # a kundan necklace. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the dupatta gets the skirt's maroon.
    case(
        "X1381-005",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "maroon", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        color_of("dupatta", "maroon", "other_garment_color", kind="open"),
        is_a("lehenga", "yes"),
        Q.material("velvet"),
        gender="Women",
        title="Inddus Maroon & Gold-Toned Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Flat lay on white: a folded mustard yellow cotton saree with a black block-printed border, a black blouse piece
    # unfolded beside it; no person. Caption: epoch-1 adapter, which puts a lady in long pants in it. Answers: VQA
    # adapter; it says this is not a saree.
    case(
        "X1381-006",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is an",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "black", kind="open"),
        Q.pattern("printed"),
        Q.material("cotton"),
        is_a("saree", "no", "contradiction"),
        gender="Women",
        title="Fabindia Mustard Yellow & Black Block Print Cotton Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Model in a teal art silk Kanjeevaram-style saree with a broad magenta zari border, magenta elbow-sleeve blouse,
    # holding a gold potli bag. Caption: epoch-1 adapter, cut. Answers: VQA adapter; garment type "dress".
    case(
        "X1381-007",
        caption(
            "The lady wears a medium-sleeve shirt with color block patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and color block patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue", kind="open"),
        color_of("blouse", "pink", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Satrani Teal & Magenta Woven Design Zari Art Silk Kanjeevaram Saree",
        category="Sarees",
        color="Teal",
    ),
    # The product is the blouse: a gold-toned brocade short-sleeve padded blouse, styled on a model with a plain cream
    # chiffon saree. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the generic color question answers the
    # cream saree that fills most of the frame.
    case(
        "X1381-008",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "gold", kind="open"),
        Q.sleeve_length("short"),
        Q.garment_type("blouse"),
        is_a("blouse", "yes"),
        Q.color("cream", "other_garment_color"),
        gender="Women",
        title="Studio Shringaar Gold-Toned Brocade Padded Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
    # A girl of about eight in a pink lehenga with gold gota patti, pink sleeveless blouse, pink net dupatta. Caption:
    # epoch-1 adapter, cut. Answers: VQA adapter; "What is the person wearing?" calls the set a dress.
    case(
        "X1381-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "pink", kind="open"),
        color_of("dupatta", "pink", kind="open"),
        wearing("a pink dress", "contradiction"),
        gender="Girls",
        title="Aarika Girls Pink & Gold-Toned Embroidered Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Model on a dark grey backdrop in a black net saree with scattered sequins, black sleeveless blouse, a silver
    # bracelet. Caption: epoch-1 adapter, stopped on its own, right. Answers: VQA adapter; the net is called chiffon.
    case(
        "X1381-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt with pure "
            "color patterns. There is an accessory on her wrist."
        ),
        color_of("saree", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        Q.pattern("embellished"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Mitera Black Embellished Sequinned Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Model in an off-white handloom cotton saree with a red border (Bengal style), red short-sleeve blouse. Caption:
    # epoch-1 adapter, which repeats its skirt sentences until the limit. Answers: VQA adapter, all right.
    case(
        "X1381-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with cotton fabric and pure color patterns. The lady wears a long skirt. The skirt is with cotton fabric "
            "and pure color patterns. The lady wears",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "red", kind="open"),
        is_a("saree", "yes"),
        Q.material("cotton"),
        Q.pattern("solid"),
        gender="Women",
        title="Taneira Off White & Red Pure Cotton Handloom Saree",
        category="Sarees",
        color="Off White",
    ),
    # The product is the dupatta: a mustard yellow bandhani dupatta with red dots, draped round the neck of a model in
    # a plain white cotton kurta and white leggings. Caption: epoch-1 adapter (the dupatta is its "accessory on her
    # neck"), ran to the limit. Answers: VQA adapter; the color and the type answer the kurta.
    case(
        "X1381-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "white", "other_garment_color", kind="open"),
        is_a("dupatta", "yes"),
        Q.pattern("printed"),
        Q.garment_type("kurta", "contradiction"),
        gender="Women",
        title="SOCH Mustard Yellow & Red Bandhani Printed Dupatta",
        category="Dupatta",
        color="Mustard",
    ),
    # Model in a lavender organza saree with a small floral print and a pearl-edged border, matching lavender blouse
    # with short puff sleeves. Caption: epoch-1 adapter, which makes the blouse sleeveless. Answers: VQA adapter.
    case(
        "X1381-013",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns.",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        Q.pattern("floral"),
        is_a("saree", "yes"),
        Q.sleeve_length("short"),
        gender="Women",
        title="KALINI Lavender Floral Printed Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # Model in a mustard cotton lehenga with mirror work, a green sleeveless blouse, a green-and-pink dupatta; a brass
    # diya on a stool beside her. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the blouse gets the skirt's
    # yellow.
    case(
        "X1381-014",
        caption(
            "The lady wears a sleeveless shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. There "
            "is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "yellow", kind="open"),
        color_of("blouse", "yellow", "other_garment_color", kind="open"),
        color_of("dupatta", "green", kind="open"),
        is_a("lehenga", "yes"),
        Q.garment_type("lehenga"),
        gender="Women",
        title="Ethnovog Mustard & Green Mirror Work Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Model in a rust orange linen-blend saree with thin silver zari stripes, a contrast white sleeveless blouse.
    # Caption: epoch-1 adapter, stopped on its own, right. Answers: VQA adapter, all right.
    case(
        "X1381-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and striped patterns."
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "white", kind="open"),
        Q.pattern("striped"),
        is_a("saree", "yes"),
        wearing("a saree and a white top"),
        gender="Women",
        title="Anouk Rust Orange & Silver-Toned Striped Linen Blend Saree",
        category="Sarees",
        color="Rust",
    ),
    # Model in a magenta bandhani-printed georgette saree, matching magenta blouse with elbow sleeves. Caption:
    # epoch-1 adapter, cut. Answers: VQA adapter; the blouse answer runs on into the next training prompt.
    case(
        "X1381-016",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of(
            "blouse",
            "pink Question: What is the color of the saree? Answer: pink Question: What is the color of the saree? "
            "Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        is_a("saree", "yes"),
        gender="Women",
        title="Mitera Magenta Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Model holding a brass pooja thali, in a cream Kerala kasavu cotton saree with a gold tissue border, dark green
    # short-sleeve blouse. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the saree is given its border's gold.
    case(
        "X1381-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "gold", "contradiction", kind="open"),
        color_of("blouse", "green", kind="open"),
        is_a("saree", "yes"),
        Q.material("cotton"),
        Q.garment_type("saree"),
        gender="Women",
        title="Pothys Cream & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
    ),
    # Model in a peach net lehenga covered in sequins, peach sleeveless blouse, peach net dupatta. Caption: epoch-1
    # adapter, which loops on the skirt. Answers: VQA adapter; says it is not a lehenga; material restates the
    # question.
    case(
        "X1381-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a long skirt. The lady wears a long skirt. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        color_of("dupatta", "peach", kind="open"),
        Q.pattern("embellished"),
        is_a("lehenga", "no", "contradiction"),
        Q.material("the garment is made of the garment", "restated"),
        gender="Women",
        title="panchhi Peach-Coloured Embellished Sequinned Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Model in a half-and-half saree, pink above and grey below (chiffon), grey short-sleeve blouse. Caption: epoch-1
    # adapter, cut. Answers: VQA adapter; the blouse gets the saree's pink.
    case(
        "X1381-019",
        caption(
            "The lady wears a short-sleeve shirt with color block patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and color block",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        Q.pattern("colourblocked"),
        is_a("saree", "yes"),
        gender="Women",
        title="Saree mall Grey & Pink Half and Half Dyed Saree",
        category="Sarees",
        color="Grey",
    ),
    # Flat lay on white: a red raw-silk sleeveless padded blouse, front up, back ties laid out; no person. Caption:
    # epoch-1 adapter, which adds a lady in denim shorts. Answers: VQA adapter, all right.
    case(
        "X1381-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        color_of("blouse", "red", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("blouse"),
        is_a("blouse", "yes"),
        gender="Women",
        title="Salwar Studio Red Solid Sleeveless Padded Readymade Saree Blouse",
        category="Blouse",
        color="Red",
    ),
    # Model in a plain coffee brown silk-blend saree with a narrow gold border, worn with a gold brocade elbow-sleeve
    # blouse, gold bangles. Caption: epoch-1 adapter, short and right. Answers: VQA adapter; the blouse gets brown.
    case(
        "X1381-021",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lady wears a long skirt with pure color "
            "patterns. There is an accessory on her wrist."
        ),
        color_of("saree", "brown", kind="open"),
        color_of("blouse", "brown", "other_garment_color", kind="open"),
        is_a("saree", "yes"),
        Q.material("silk"),
        wearing("a saree"),
        gender="Women",
        title="Ishin Coffee Brown & Gold-Toned Zari Silk Blend Saree",
        category="Sarees",
        color="Coffee Brown",
    ),
    # Model in a royal blue silk lehenga with gold brocade, blue elbow-sleeve blouse, gold tissue dupatta, a choker.
    # Caption: epoch-1 adapter, cut. Answers: VQA adapter; the skirt question loops; type "dress".
    case(
        "X1381-022",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("blouse", "blue", kind="open"),
        color_of("dupatta", "gold", kind="open"),
        Q.garment_type("dress", "contradiction"),
        gender="Women",
        title="Chhabra 555 Blue & Gold-Toned Woven Design Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Model in a bright yellow chiffon saree with a pink border, pink short-sleeve blouse, bare-headed, open hair.
    # Caption: epoch-1 adapter, stopped on its own, invents a hat. Answers: VQA adapter, all right.
    case(
        "X1381-023",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt with pure "
            "color patterns. There is a hat on her head.",
            "unsupported",
        ),
        color_of("saree", "yellow", kind="open"),
        color_of("blouse", "pink", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Kasee Yellow & Pink Solid Chiffon Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Back view: sea green net saree with an embroidered border, sea green blouse with a deep back; the feed row has no
    # gender. Caption: epoch-1 adapter, loops on the skirt. Answers: VQA adapter; the blouse answer is empty.
    case(
        "X1381-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The lady wears a long skirt. The skirt is "
            "with chiffon fabric and pure color patterns. The skirt is with chiffon fabric and pure color patterns. "
            "The skirt is",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "", "non_answer", kind="open"),
        is_a("saree", "yes"),
        Q.pattern("embroidered"),
        wearing("she is wearing a green saree"),
        title="Warthy Ent Sea Green Embroidered Net Saree",
        category="Sarees",
        color="Sea Green",
    ),
    # The product is the dupatta: a pink net dupatta with a gold gota border, over an ivory long-sleeve anarkali kurta;
    # bangles, no ring in sight. Caption: epoch-1 adapter, stopped on its own, invents a ring. Answers: VQA adapter;
    # the generic color answers the kurta.
    case(
        "X1381-025",
        caption(
            "She wears a long-sleeve dress with pure color patterns. It is with chiffon fabric. There is an accessory "
            "on her neck. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("dupatta", "pink", kind="open"),
        is_a("dupatta", "yes"),
        Q.material("net"),
        Q.color("white", "other_garment_color"),
        Q.pattern("embellished"),
        gender="Women",
        title="Dupatta Bazaar Pink & Gold-Toned Gotta Patti Net Dupatta",
        category="Dupatta",
        color="Pink",
    ),
    # Model in a multicoloured (red, green, yellow) patola-printed saree, red short-sleeve blouse. Caption: epoch-1
    # adapter, cut. Answers: VQA adapter; the material question gets a color.
    case(
        "X1381-026",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and lattice patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "multi", kind="open"),
        color_of("blouse", "red", kind="open"),
        Q.pattern("geometric"),
        is_a("saree", "yes"),
        Q.material("red", "non_answer"),
        gender="Women",
        title="Saree mall Multicoloured Ethnic Motifs Printed Patola Saree",
        category="Sarees",
        color="Multi",
    ),
    # Model in a beige cotton lehenga with a pastel floral print, beige sleeveless blouse, sheer mint green dupatta.
    # Caption: epoch-1 adapter, cut. Answers: VQA adapter; the dupatta answer leaks the prompt.
    case(
        "X1381-027",
        caption(
            "Her tank top has no sleeves, cotton fabric and floral patterns. It has a v-shape neckline. The skirt this "
            "lady wears is of long length. The skirt is with cotton fabric and floral patterns. There is an accessory "
            "on",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "beige", kind="open"),
        color_of("blouse", "beige", kind="open"),
        color_of(
            "dupatta",
            "green Question: What is the color of the dupatta? Answer: green Question: What is the color of the "
            "dupatta? Answer:",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Anouk Beige & Green Floral Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Beige",
    ),
    # Model in a purple art silk saree with silver zari weaving, matching purple blouse. Caption: epoch-1 adapter,
    # cut. Answers: VQA adapter; the saree is called blue, and the wearer a man.
    case(
        "X1381-028",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue", "contradiction", kind="open"),
        color_of("blouse", "purple", kind="open"),
        is_a("saree", "yes"),
        Q.garment_type("saree"),
        wearing("a man in a purple saree", "pronoun"),
        gender="Women",
        title="Mimosa Purple & Silver-Toned Woven Design Art Silk Saree",
        category="Sarees",
        color="Purple",
    ),
    # The product is the skirt: a red flared cotton maxi skirt with gold foil print, worn with a white short-sleeve
    # crop top. Caption: epoch-1 adapter, stopped on its own, right. Answers: VQA adapter; the generic color answers
    # the top.
    case(
        "X1381-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("skirt", "red", kind="open"),
        is_a("skirt", "yes"),
        Q.pattern("printed"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        gender="Women",
        title="Ethnovog Red & Gold-Toned Foil Printed Flared Maxi Skirt",
        category="Skirts",
        color="Red",
    ),
    # Model in a bottle green pure silk Kanjeevaram saree with a red zari border, red elbow-sleeve blouse, temple
    # jewellery. Caption: epoch-1 adapter, calls the silk cotton before the cut. Answers: VQA adapter; the blouse gets
    # green.
    case(
        "X1381-030",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. There "
            "is an",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "green", kind="open"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        Q.material("silk"),
        is_a("saree", "yes"),
        Q.pattern("woven design"),
        gender="Women",
        title="Taneira Green & Red Pure Silk Kanjeevaram Saree",
        category="Sarees",
        color="Green",
    ),
    # Model in a navratri chaniya choli: black skirt with multicolour mirror-work embroidery, black sleeveless choli,
    # a red bandhani dupatta; oxidised necklace. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the dupatta gets
    # black.
    case(
        "X1381-031",
        caption(
            "The lady wears a sleeveless shirt with graphic patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", kind="open"),
        color_of("blouse", "black", kind="open"),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        Q.garment_type("lehenga choli"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="SHUBHKALA Black & Red Mirror Work Navratri Chaniya Choli With Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Model in a white organza saree with floral embroidery, silver sequinned sleeveless blouse, a silver waist belt
    # and a bracelet. Caption: epoch-1 adapter, stopped on its own, right. Answers: VQA adapter, all right.
    case(
        "X1381-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The lady wears a long skirt with floral "
            "patterns. There is an accessory in her waist. There is an accessory on her wrist."
        ),
        color_of("saree", "white", kind="open"),
        color_of("blouse", "silver", kind="open"),
        Q.pattern("floral"),
        is_a("saree", "yes"),
        Q.material("organza"),
        gender="Women",
        title="Mitera White Floral Embroidered Organza Saree",
        category="Sarees",
        color="White",
    ),
    # Model in a burgundy crepe saree with a small floral print, matching burgundy short-sleeve blouse. Caption:
    # epoch-1 adapter, calls the printed drape pure color before the cut. Answers: VQA adapter; crepe called chiffon.
    case(
        "X1381-033",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with other fabric. It has a round "
            "neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. There is "
            "an",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "wine", kind="open"),
        color_of("blouse", "maroon", kind="open"),
        Q.pattern("floral"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Shaily Burgundy Floral Printed Crepe Saree",
        category="Sarees",
        color="Burgundy",
    ),
    # The product is the blouse: a green velvet blouse with three-quarter sleeves and zari embroidery, styled with a
    # plain cream saree. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the yes/no and the type answer the saree.
    case(
        "X1381-034",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a round "
            "neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "green", kind="open"),
        Q.sleeve_length("three-quarter"),
        Q.material("velvet"),
        is_a("blouse", "no", "contradiction"),
        Q.garment_type("saree", "contradiction"),
        gender="Women",
        title="Studio Shringaar Green Embroidered Velvet Saree Blouse",
        category="Blouse",
        color="Green",
    ),
    # Bride-style shot: red lehenga with heavy gold zari, red elbow-sleeve blouse, red net dupatta pulled over the head,
    # maang tikka, necklace. Caption: epoch-1 adapter, stopped on its own; the veil becomes a hat. Answers: VQA
    # adapter; "What is the person wearing?" runs to the limit.
    case(
        "X1381-035",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The lady wears a long skirt with graphic "
            "patterns. There is a hat on her head. There is an accessory on her neck.",
            "unsupported",
        ),
        color_of("skirt", "red", kind="open"),
        color_of("blouse", "red", kind="open"),
        color_of("dupatta", "red", kind="open"),
        is_a("lehenga", "yes"),
        wearing(
            "a red and gold wedding dress with a red veil and a gold necklace and gold earrings and a gold headpiece "
            "and a red and gold",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Inddus Red & Gold-Toned Embroidered Bridal Semi-Stitched Lehenga & Unstitched Blouse With Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Model in an indigo cotton saree with a white ikat pattern, white sleeveless blouse; the feed row has no color.
    # Caption: epoch-1 adapter, cut. Answers: VQA adapter; the blouse gets the saree's blue.
    case(
        "X1381-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "blue and white", kind="open"),
        color_of("blouse", "blue", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        is_a("saree", "yes"),
        gender="Women",
        title="Fabindia Indigo Blue & White Ikat Cotton Saree",
        category="Sarees",
    ),
    # Flat lay: a pink pure silk saree folded to show the gold border and the pallu; the blouse piece is folded inside
    # and not visible; no person. Caption: epoch-1 adapter, a lady in long pants. Answers: VQA adapter; it gives a
    # color to the blouse piece nobody can see.
    case(
        "X1381-037",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with other fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with other fabric and pure color patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        color_of("saree", "pink", kind="open"),
        color_of("blouse", "pink", "unsupported", kind="open"),
        is_a("saree", "yes"),
        Q.material("silk"),
        gender="Women",
        title="Pothys Pink & Gold-Toned Pure Silk Saree",
        category="Sarees",
        color="Pink",
    ),
    # Model holding a wicker basket of pink roses, in a lavender organza lehenga with floral embroidery, lavender
    # sleeveless blouse, lavender dupatta. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the dupatta gets the
    # roses' pink.
    case(
        "X1381-038",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "purple", kind="open"),
        color_of("blouse", "purple", kind="open"),
        color_of("dupatta", "pink", "contradiction", kind="open"),
        Q.pattern("floral"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mitera Lavender Embroidered Sequinned Semi-Stitched Lehenga Choli With Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Back view: a model with a short bob in a grey tissue saree with a silver woven border, black short-sleeve
    # blouse. Caption: epoch-1 adapter, stopped on its own; a gentleman in long pants. Answers: VQA adapter, right.
    case(
        "X1381-039",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. The "
            "gentleman wears a long pants. The pants are with other fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("saree", "silver", kind="open"),
        color_of("blouse", "black", kind="open"),
        is_a("saree", "yes"),
        wearing("a grey saree"),
        gender="Women",
        title="Satrani Grey Woven Design Tissue Saree",
        category="Sarees",
        color="Grey",
    ),
    # The product is the dupatta: a multicolour phulkari-embroidered dupatta over a model in a black kurta and black
    # palazzos. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the dupatta gets the kurta's black; material
    # "fabric".
    case(
        "X1381-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("dupatta", "black", "other_garment_color", kind="open"),
        is_a("dupatta", "yes"),
        Q.pattern("embroidered"),
        Q.garment_type("dupatta"),
        Q.material("fabric", "non_answer"),
        gender="Women",
        title="Swishchick Multicoloured Phulkari Embroidered Dupatta",
        category="Dupatta",
        color="Multi",
    ),
    # Model in a peach pure chiffon saree with a gota patti border, peach short-sleeve blouse. Caption: epoch-1
    # adapter, cut. Answers: VQA adapter, all right.
    case(
        "X1381-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "peach", kind="open"),
        color_of("blouse", "peach", kind="open"),
        Q.material("chiffon"),
        is_a("saree", "yes"),
        Q.sleeve_length("short"),
        wearing("a saree"),
        gender="Women",
        title="Kasee Peach-Coloured Gotta Patti Pure Chiffon Saree",
        category="Sarees",
        color="Peach",
    ),
    # Model in an olive green block-printed cotton lehenga, white short-sleeve blouse, olive dupatta; the feed row has
    # no category. Caption: epoch-1 adapter, stopped on its own, right. Answers: VQA adapter; blouse restated, dupatta
    # loops.
    case(
        "X1381-042",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a long skirt. The skirt is with cotton fabric and graphic patterns."
        ),
        color_of("skirt", "green", kind="open"),
        color_of("blouse", "the color of the blouse is the color of the blouse", "restated", kind="open"),
        color_of(
            "dupatta",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        Q.pattern("printed"),
        gender="Women",
        title="Libas Olive Green & White Printed Lehenga & Blouse With Dupatta",
        color="Olive",
    ),
    # The product is the blouse, back view: a black sequinned sleeveless blouse with a deep back and tassel ties, worn
    # with a black saree. Caption: epoch-1 adapter, cut. Answers: VQA adapter; sleeve length "long".
    case(
        "X1381-043",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "skirt this lady wears is of long length. The skirt is with chiffon fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        color_of("blouse", "black", kind="open"),
        Q.sleeve_length("long", "contradiction"),
        is_a("blouse", "yes"),
        Q.pattern("embellished"),
        gender="Women",
        title="Sangria Black Embellished Sequinned Saree Blouse",
        category="Blouse",
        color="Black",
    ),
    # The product is the skirt: a pink silk ethnic flared skirt with a gold woven hem, worn with an ivory short-sleeve
    # crop top. Caption: epoch-1 adapter, cut. Answers: VQA adapter; the generic color answers the top.
    case(
        "X1381-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink", kind="open"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        wearing("a pink skirt and a white top"),
        gender="Women",
        title="Biba Pink & Gold-Toned Woven Design Ethnic Flared Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Model in an orange-and-pink leheriya-printed georgette saree, plain pink short-sleeve blouse. Caption: epoch-1
    # adapter, makes the blouse sleeveless before the cut. Answers: VQA adapter, all right.
    case(
        "X1381-045",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and striped",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "orange", kind="open"),
        color_of("blouse", "pink", kind="open"),
        Q.pattern("striped"),
        is_a("saree", "yes"),
        Q.material("georgette"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Mitera Orange & Pink Leheriya Printed Georgette Saree",
        category="Sarees",
        color="Orange",
    ),
]
