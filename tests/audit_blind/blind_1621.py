"""BLIND_1621 (45 products; Myntra sarees and lehenga cholis): written blind in the sixty-sixth session. Measured blind
at 0f3a531 (the session's sixth rules): 65/85 failures found (76.5%) and 5/182 correct texts flagged (2.7%). The
writer's notes, verbatim:

Scenario: a Myntra feed of 21 sarees, 22 lehenga cholis, one dupatta and one readymade saree blouse. Most photos are a
model on a plain studio backdrop wearing the product with its jewellery (bangles, jhumkas, necklaces); two are flat
lays with no person, two are back views, a few have a prop (stool, cane chair, clutch, potli, flower arch, teddy
bear). The feed's columns are title, category (Myntra article type), color (base colour) and gender; a few rows lack
gender or color. Each product was captioned once and then asked the color of each of its pieces (saree and blouse;
skirt, blouse and dupatta), plus a few of: is this a saree/lehenga, what is the person wearing, pattern, sleeve
length, material, details/describe.
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on
blip2-opt-2.7b, greedy, 50 new tokens; every answer is the VQA adapter (Data3_V3_BLIP2_VQA), greedy, free generation
(color answers stored open), 30 new tokens, stopping on a newline. The caption adapter never emits the newline after
its template, so almost every caption runs to 50 tokens; the VQA adapter usually stops after a word or two, and
otherwise loops, leaks a new "Question: ... Answer:" or is cut.
Labeling conventions and judgement calls:
- One label per text, the worst fault: a misnamed garment or a fabric the title contradicts ("chiffon" for a Banarasi
  silk, "cotton" for velvet) outranks a cut ending; a caption that describes a person in a flat lay is unsupported.
- The caption template has no saree: a draped saree called "a long dress" or "a long skirt" is a contradiction (the
  title says saree). A lehenga skirt called "a long skirt" is right; a choli called "shirt" or "tank top" is right
  when the sleeves are.
- "chiffon" for georgette or net I let pass (the template's nearest fabric); "chiffon" against a title's silk,
  organza or velvet I did not.
- Colors judged by family: maroon/wine answered "red" or "maroon", teal "blue" or "green", mauve "purple" or "pink",
  peach "pink", cream "white", magenta "pink" are right. Navy answered "black" is wrong.
- A piece answered with another piece's color is other_garment_color, even when the two pieces often match in such
  sets; where they truly match (same-color blouse and skirt) the answer is right. A color taken from the backdrop or
  a prop is a contradiction.
- A caption that ran to the limit but happens to end on a whole, true sentence I left unmarked (hit_limit kept).
- A girl called "the lady" in a kids' lehenga is not marked (the pronoun is right); "he" for her is.
- "There is an accessory on her wrist" is true in nearly every shot here (bangles) and left unmarked; a hat on a
  woman whose dupatta covers her head is unsupported.
- An answer that gives the color when asked the pattern, or the piece's name when asked its color, is a non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing


def col(garment, text, failure=None, hit_limit=False):
    """The VQA adapter's free-generation color answer for one piece."""
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1621 = [
    # Photo: model on a beige backdrop in a red Banarasi silk saree with gold zari buttas and a broad gold border,
    # pallu over the left shoulder; red stitched blouse with elbow sleeves; gold jhumkas and bangles.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-001",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There"
            " is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "red"),
        col("blouse", "red"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.material("silk"),
        wearing("a red saree with a gold border"),
        gender="Women",
        title="Mitera Red & Gold-Toned Woven Design Zari Banarasi Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: model on white in a navy georgette saree with an all-over pink floral print and a plain pink border;
    # stitched pink sleeveless blouse; a ring on her right hand holding the pallu.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a round neckline. The lady wears a saree. The saree is with chiffon fabric and floral patterns. There is"
            " a ring on her",
            "cut",
            hit_limit=True,
        ),
        col("saree", "navy"),
        col("blouse", "navy", "other_garment_color"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Women",
        title="Saree mall Navy Blue & Pink Floral Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
    ),
    # Photo: grey backdrop; mustard cotton saree with red bandhani dots and a red tasselled border, the model holding
    # the pallu out with one hand; plain red blouse with elbow sleeves.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-003",
        caption(
            "The lady wears a medium-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long dress. The dress is with cotton fabric and lattice patterns. The"
            " dress is with cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "yellow"),
        col("blouse", "red"),
        is_a("saree", "no", "contradiction"),
        BLIND_QUESTIONS.material("cotton"),
        wearing("dress", "contradiction"),
        gender="Women",
        title="Kalini Mustard Yellow Bandhani Printed Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
    ),
    # Photo: studio, side pose with a hand on the hip; cream Kanjeevaram saree with gold zari checks and a wide
    # maroon-and-gold border; maroon blouse with elbow sleeves and a V neck; bangles.
    # Caption: epoch-1 caption adapter (ran to the limit, last sentence whole). Answers: VQA adapter.
    case(
        "X1621-004",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. It has a V-shape neckline. The lady wears a"
            " saree with lattice patterns. The saree is with silk fabric. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        col("saree", "cream"),
        col("blouse", "maroon"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.pattern("lattice"),
        BLIND_QUESTIONS.material("silk"),
        gender="Women",
        title="Anouk Cream-Coloured & Gold-Toned Zari Silk Blend Kanjeevaram Saree",
        category="Sarees",
        color="Cream",
    ),
    # Photo: walking pose on white; plain pink chiffon saree with a thin silver sequinned border; silver sequinned
    # sleeveless blouse with broad straps; silver clutch in her hand.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a suspenders neckline. The lady wears a long dress. The dress is with chiffon fabric and pure color"
            " patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "pink"),
        col("blouse", "pink", "other_garment_color"),
        is_a("saree", "yes"),
        wearing("a pink saree"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Women",
        title="Sangria Pink Solid Chiffon Saree with Sequinned Border",
        category="Sarees",
        color="Pink",
    ),
    # Photo: plain blue wall; green art-silk saree with orange leheriya (diagonal wave stripes) and an orange border;
    # plain orange blouse with short sleeves.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a saree. The saree is with chiffon fabric and striped patterns. There is"
            " an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "green", "other_garment_color"),
        BLIND_QUESTIONS.pattern("striped"),
        BLIND_QUESTIONS.material("silk"),
        is_a("saree", "yes"),
        gender="Women",
        title="Ishin Green & Orange Leheriya Printed Art Silk Saree",
        category="Sarees",
        color="Green",
    ),
    # Photo: white backdrop; black net saree with silver sequins and stones; black sleeveless sequinned blouse with a
    # V neck; long silver earrings, no headwear.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a V-shape neckline. The lady wears a saree. The saree is with chiffon fabric and graphic patterns. The"
            " lady wears a hat. There is an",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "black"),
        col("blouse", "black"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.material("net"),
        wearing("a black saree"),
        BLIND_QUESTIONS.pattern("black", "non_answer"),
        gender="Women",
        title="Satrani Black & Silver-Toned Embellished Net Saree",
        category="Sarees",
        color="Black",
    ),
    # Photo: model seated on a wooden stool; magenta Paithani silk saree with a green-and-gold peacock border and
    # pallu; green blouse with elbow sleeves.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-008",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. The"
            " lady is sitting on a chair. The",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "pink"),
        col("blouse", "green"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.material("silk"),
        details(
            "saree",
            "the saree has a peacock border and a peacock pallu with a peacock border and a peacock pallu with a"
            " peacock border",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Royal Rajgharana Saree Magenta Woven Design Paithani Saree",
        category="Sarees",
        color="Magenta",
    ),
    # Photo: back view; peach art-silk saree with small gold motifs and a gold border, pallu hanging down the back;
    # peach blouse with short sleeves and a tie-up back with tassels; she turns her head to the camera.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a saree. The saree is with chiffon fabric and pure color patterns. There"
            " is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        col("saree", "peach"),
        col("blouse", "peach"),
        is_a("saree", "yes"),
        wearing("a saree"),
        BLIND_QUESTIONS.sleeve_length("short-sleeve"),
        gender="Women",
        title="Mimosa Peach-Coloured Art Silk Saree",
        category="Sarees",
        color="Peach",
    ),
    # Photo: plain wall with a potted plant; teal-blue saree with a white bandhani dot print; teal blouse with short
    # sleeves.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-010",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a saree. The saree is with cotton fabric and lattice patterns. The saree is with"
            " cotton fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "blue"),
        is_a("saree", "yes"),
        wearing("a blue saree"),
        title="Kasee Teal Blue Bandhani Printed Saree",
        category="Sarees",
        color="Teal",
    ),
    # Photo: studio, hand in her hair; grey georgette saree with a pink-and-white abstract print and a pink border;
    # pink blouse with elbow sleeves.
    # Caption: epoch-1 caption adapter (opens in the base model's words). Answers: VQA adapter.
    case(
        "X1621-011",
        caption(
            "a woman in a grey saree with a pink blouse. The lady wears a medium-sleeve shirt with pure color patterns."
            " The shirt is with chiffon fabric. It has a round neckline. The lady wears a saree. The saree is with"
            " chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        col("saree", "grey"),
        col("blouse", "pink"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.pattern("graphic"),
        describe(
            "saree",
            "the saree is grey with a pink and white abstract print and a pink border. the blouse is pink with elbow"
            " sleeves and a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Florence Grey & Pink Printed Pure Georgette Saree",
        category="Sarees",
        color="Grey",
    ),
    # Photo: pallu spread wide with both arms; maroon saree with gold woven buttis and a gold border; mustard-gold
    # blouse with elbow sleeves; bangles on both wrists.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-012",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a saree. The saree is with chiffon fabric and floral patterns. There is"
            " an accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        col("saree", "red"),
        col("blouse", "gold"),
        is_a("saree", "yes"),
        wearing("a maroon saree"),
        gender="Women",
        title="Vishudh Maroon & Gold-Toned Woven Design Saree",
        category="Sarees",
        color="Maroon",
    ),
    # Photo: yellow studio backdrop; half-and-half georgette saree, orange pleats and a pink pallu; pink sleeveless
    # blouse.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a round neckline. The lady wears a saree. The saree is with chiffon fabric and color block patterns."
            " There is an accessory",
            "cut",
            hit_limit=True,
        ),
        col("saree", "orange and pink"),
        col("blouse", "orange", "other_garment_color"),
        BLIND_QUESTIONS.pattern("color block"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Women",
        title="Shaily Orange & Pink Colourblocked Georgette Saree",
        category="Sarees",
        color="Orange",
    ),
    # Photo: model standing beside a cane chair; white cotton mulmul saree with an indigo floral block print and a
    # blue border; blue blouse with short sleeves.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a saree. The saree is with cotton fabric and floral patterns. There is a"
            " chair in the background. The",
            "cut",
            hit_limit=True,
        ),
        col("saree", "white"),
        col("blouse", "blue"),
        BLIND_QUESTIONS.material("cotton"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        wearing("a white saree with blue flowers"),
        gender="Women",
        title="Sangria White & Blue Floral Printed Pure Cotton Saree",
        category="Sarees",
        color="White",
    ),
    # Photo: dark studio; purple georgette saree with all-over sequins; purple sleeveless sequinned blouse, V neck;
    # a cocktail ring on her hand at the waist.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-015",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a V-shape neckline. The lady wears a saree. The saree is with chiffon fabric and pure color patterns. The"
            " lady wears a ring. She",
            "cut",
            hit_limit=True,
        ),
        col(
            "saree",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple"
            " purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "purple"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Women",
        title="Mitera Purple Embellished Sequinned Saree",
        category="Sarees",
        color="Purple",
    ),
    # Photo: flat lay, no model: folded royal-blue Banarasi saree showing the gold zari border and pallu, the
    # unstitched gold blouse piece folded on top.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color"
            " patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        col("saree", "blue"),
        col("blouse", "blue", "other_garment_color"),
        is_a("saree", "no", "contradiction"),
        wearing("a blue shirt and blue jeans", "unsupported"),
        gender="Women",
        title="Saree mall Blue & Gold-Toned Woven Design Banarasi Saree with Blouse Piece",
        category="Sarees",
        color="Blue",
    ),
    # Photo: studio; red georgette saree with a small white floral print and a black border; black blouse with short
    # sleeves; bangles.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a saree. The saree is with chiffon fabric and floral patterns. There is"
            " an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        col("saree", "red"),
        col("blouse", "black"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.pattern("floral"),
        describe("saree", "the saree is a saree", "restated"),
        title="Panchhi Red Floral Printed Georgette Saree",
        category="Sarees",
        color="Red",
    ),
    # Photo: lime-green sheer organza saree with a white thread-embroidered border; white sleeveless blouse; a white
    # potli bag in her hand.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a round neckline. The lady wears a saree. The saree is with chiffon fabric and pure color patterns."
            " There is an accessory in her hand",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "green"),
        col("blouse", "white"),
        BLIND_QUESTIONS.material("chiffon", "contradiction"),
        is_a("saree", "yes"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Women",
        title="Kalini Lime Green Solid Organza Saree with Embroidered Border",
        category="Sarees",
        color="Lime Green",
    ),
    # Photo: beige saree with a brown ethnic-motif print and a brown border; plain brown blouse with elbow sleeves.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-019",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long dress. The dress is with cotton fabric and graphic patterns. There"
            " is an accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "beige"),
        col("blouse", "beige", "other_garment_color"),
        is_a(
            "saree",
            "yes Question: Is this a saree? Answer: yes Question: Is this a saree? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        wearing("a beige saree and a brown blouse"),
        BLIND_QUESTIONS.pattern("printed"),
        gender="Women",
        title="Mirchi Fashion Beige & Brown Ethnic Motifs Printed Saree",
        category="Sarees",
        color="Beige",
    ),
    # Photo: rust silk-blend saree with a copper zari border, pallu held in one hand; rust blouse with elbow sleeves.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-020",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a saree. The saree is with chiffon fabric and pure color patterns. There"
            " is an accessory on her wrist. There",
            "contradiction",
            hit_limit=True,
        ),
        col("saree", "orange"),
        col("blouse", "orange"),
        BLIND_QUESTIONS.material("silk"),
        is_a("saree", "yes"),
        details("blouse", "the blouse details are the blouse details", "restated"),
        gender="Women",
        title="Chhabra 555 Rust Woven Design Silk Blend Saree",
        category="Sarees",
        color="Rust",
    ),
    # Photo: half-and-half saree, yellow pleats and a pink pallu with a gota border; pink blouse with elbow sleeves.
    # Caption: epoch-1 caption adapter (opens in the base model's words). Answers: VQA adapter.
    case(
        "X1621-021",
        caption(
            "a woman in a yellow and pink saree posing for a photo. The lady wears a medium-sleeve shirt with pure"
            " color patterns. It has a round neckline. The lady wears a saree. The saree is with chiffon fabric and"
            " color block patterns. There",
            "cut",
            hit_limit=True,
        ),
        col("saree", "yellow"),
        col("blouse", "pink"),
        is_a("saree", "yes"),
        wearing("a saree"),
        BLIND_QUESTIONS.pattern("yellow and pink", "non_answer"),
        gender="Women",
        title="Warthy Ent Yellow & Pink Half and Half Saree",
        category="Sarees",
        color="Yellow",
    ),
    # Photo: pink flared net lehenga skirt with a green-and-gold embroidered hem; plain green blouse with elbow
    # sleeves and a round neck, no collar or buttons; pink net dupatta over one shoulder and arm.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-022",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There"
            " is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "pink"),
        col("blouse", "green"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        wearing("a pink lehenga"),
        details("blouse", "the blouse has a collar and buttons down the front", "unsupported"),
        gender="Women",
        title="Inddus Pink & Green Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: maroon velvet lehenga with gold zardozi; maroon blouse with elbow sleeves; beige net dupatta with a maroon
    # border over her head, bridal style; no hat.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
            " The lady wears a hat. There",
            "unsupported",
            hit_limit=True,
        ),
        col("skirt", "maroon"),
        col("blouse", "maroon"),
        col("dupatta", "maroon", "other_garment_color"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.material("velvet"),
        gender="Women",
        title="Ethnovog Maroon Embellished Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Maroon",
    ),
    # Photo: model twirling; teal net lehenga with sequin embroidery, teal sleeveless blouse with a V neck, teal net
    # dupatta over the arms.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "green"),
        col("blouse", "green"),
        col("dupatta", "green"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        details("dupatta", "", "non_answer"),
        gender="Women",
        title="Aasvaa Teal Green Embroidered Sequinned Net Lehenga Choli",
        category="Lehenga Choli",
        color="Teal",
    ),
    # Photo: girl of about six on white; yellow lehenga skirt with a pink floral print, pink blouse with short
    # sleeves, pink dupatta; glass bangles.
    # Caption: epoch-1 caption adapter (ran to the limit, last sentence whole). Answers: VQA adapter.
    case(
        "X1621-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There"
            " is an accessory on her wrist.",
            hit_limit=True,
        ),
        col("skirt", "yellow"),
        col("blouse", "pink"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        wearing("a yellow skirt"),
        gender="Girls",
        title="Biba Girls Yellow & Pink Printed Ready to Wear Lehenga & Blouse With Dupatta",
        category="Lehenga Choli",
        color="Yellow",
    ),
    # Photo: navy silk lehenga with gold embroidered bands; navy blouse with elbow sleeves; gold tissue dupatta.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-026",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and striped patterns."
            " There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        col("skirt", "black", "contradiction"),
        col("blouse", "navy"),
        col("dupatta", "gold"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.material("silk"),
        gender="Women",
        title="Zeel Clothing Navy Blue & Gold-Toned Embroidered Silk Lehenga Choli",
        category="Lehenga Choli",
        color="Navy Blue",
    ),
    # Photo: red lehenga skirt with off-white thread embroidery; off-white blouse with short sleeves and red
    # embroidery; red net dupatta held over the arms.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-027",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round"
            " neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. The lady"
            " wears a long skirt. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        col("skirt", "red"),
        col("blouse", "red", "other_garment_color"),
        col("dupatta", "red"),
        is_a("lehenga", "yes"),
        wearing("a red lehenga with a white blouse"),
        gender="Women",
        title="Fabcartz Red & Off-White Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: sea-green georgette lehenga with a mirror-work hem; pink sleeveless blouse with mirror work; pink
    # dupatta.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-028",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color"
            " patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "green"),
        col("blouse", "green", "other_garment_color"),
        col("dupatta", "green", "other_garment_color"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Panchhi Sea Green Georgette Lehenga Choli with Mirror Work",
        category="Lehenga Choli",
        color="Sea Green",
    ),
    # Photo: flat lay on white, no model: mustard printed skirt spread in a circle, maroon blouse folded above it,
    # mustard dupatta folded beside.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-029",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There"
            " is an accessory on her wrist",
            "unsupported",
            hit_limit=True,
        ),
        col("skirt", "yellow"),
        col("blouse", "maroon"),
        col("dupatta", "yellow"),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Mimosa Mustard & Maroon Printed Lehenga Choli Set",
        category="Lehenga Choli",
        color="Mustard",
    ),
    # Photo: grey backdrop; black lehenga with gold sequin stripes; black sleeveless blouse with broad straps; gold
    # net dupatta; black-and-gold clutch in her hand.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and striped"
            " patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "black"),
        col("blouse", "black"),
        col("dupatta", "black", "other_garment_color"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.sleeve_length("sleeveless"),
        gender="Women",
        title="Mirchi Fashion Black & Gold-Toned Sequinned Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
    ),
    # Photo: model seated on a wooden bench; peach lehenga with silver thread embroidery, peach blouse with elbow
    # sleeves, peach dupatta with a scalloped edge.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-031",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
            " There is an accessory on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "peach"),
        col("blouse", "pink"),
        col(
            "dupatta",
            "peach Question: What is the color of the skirt? Answer: peach Question: What is the color of the blouse?"
            " Answer: peach Question",
            "leak",
            hit_limit=True,
        ),
        is_a("lehenga", "yes"),
        gender="Women",
        title="Soch Peach-Coloured Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Peach",
    ),
    # Photo: lavender georgette tiered lehenga; lavender blouse with short puff sleeves and a square neck; white
    # dupatta with a small lavender print.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " square neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
            " There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "purple"),
        col("blouse", "purple"),
        col("dupatta", "white"),
        is_a("lehenga", "no", "contradiction"),
        BLIND_QUESTIONS.pattern("pure color"),
        gender="Women",
        title="Shaily Lavender Georgette Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Lavender",
    ),
    # Photo: model holding the skirt out; multicoloured patchwork-print cotton lehenga (red, blue and yellow blocks);
    # red blouse with short sleeves; blue dupatta.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and color block patterns."
            " There is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        col(
            "skirt",
            "red, blue, yellow, red, blue, yellow, red, blue, yellow, red, blue, yellow, red, blue, yellow",
            "loop",
            hit_limit=True,
        ),
        col("blouse", "red"),
        col("dupatta", "blue"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.material("cotton"),
        gender="Women",
        title="Kasee Multicoloured Printed Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Multi",
    ),
    # Photo: cream backdrop; gold tissue lehenga, gold blouse with elbow sleeves, red dupatta with a gold border over
    # one shoulder.
    # Caption: epoch-1 caption adapter (opens in the base model's words). Answers: VQA adapter.
    case(
        "X1621-034",
        caption(
            "a woman in a gold lehenga with a red dupatta. The lady wears a medium-sleeve shirt with pure color"
            " patterns. It has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure"
            " color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "gold"),
        col("blouse", "gold"),
        col("dupatta", "gold", "other_garment_color"),
        is_a("lehenga", "yes"),
        wearing("a gold lehenga"),
        gender="Women",
        title="Ethnovog Gold-Toned Tissue Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Gold",
    ),
    # Photo: back view; wine velvet lehenga with a gold hem; wine blouse with a deep back and a tie-up dori with
    # tassels; cream net dupatta pinned at one shoulder and trailing down the back.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-035",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " V-shape neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns."
            " There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        col("skirt", "maroon"),
        col("blouse", "maroon"),
        col("dupatta", "white"),
        is_a("lehenga", "yes"),
        details("blouse", "the blouse has a tie-up back with tassels"),
        gender="Women",
        title="Inddus Wine Embroidered Velvet Lehenga Choli",
        category="Lehenga Choli",
        color="Burgundy",
    ),
    # Photo: orange bandhani lehenga; plain green blouse with elbow sleeves; green bandhani dupatta with a gota
    # border.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-036",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and lattice patterns. There"
            " is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "orange"),
        col("blouse", "green"),
        col("dupatta", "dupatta", "non_answer"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.pattern("dotted"),
        gender="Women",
        title="Zeel Clothing Orange & Green Bandhani Lehenga Choli",
        category="Lehenga Choli",
        color="Orange",
    ),
    # Photo: small girl on white holding a teddy bear; pink sequinned net lehenga, pink sleeveless blouse, white net
    # dupatta.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-037",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It has"
            " a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
            " There is an accessory in her hand",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "pink"),
        col("blouse", "pink"),
        col("dupatta", "pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        wearing("he is wearing a pink lehenga", "pronoun"),
        gender="Girls",
        title="Tikhi Imli Girls Pink Embellished Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
    ),
    # Photo: off-white cotton lehenga with a blue floral print; blue blouse with short sleeves; off-white dupatta with
    # a blue print; bangles.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There"
            " is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "white"),
        col("blouse", "blue"),
        col("dupatta", "white"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.material("cotton"),
        BLIND_QUESTIONS.pattern("floral"),
        details(
            "skirt",
            "the skirt has a blue floral print with a blue border at the hem and a drawstring waist with tassels and"
            " the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Libas Off-White & Blue Printed Cotton Lehenga Choli",
        category="Lehenga Choli",
        color="Off White",
    ),
    # Photo: mauve sequinned lehenga; mauve blouse with sheer long sleeves and a V neck; mauve dupatta held in both
    # hands; bangles over the sleeves.
    # Caption: epoch-1 caption adapter (ran to the limit, last sentence whole). Answers: VQA adapter.
    case(
        "X1621-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns."
            " There is an accessory on her wrist.",
            hit_limit=True,
        ),
        col("skirt", "purple"),
        col("blouse", "purple"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.sleeve_length("long-sleeve"),
        gender="Women",
        title="Aasvaa Mauve Sequinned Lehenga Choli",
        category="Lehenga Choli",
        color="Mauve",
    ),
    # Photo: royal-blue silk lehenga with a pink border; pink blouse with elbow sleeves; pink dupatta; rings and
    # bangles.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-040",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. It has a round neckline. The lady wears a"
            " long skirt with pure color patterns. There is an accessory on her wrist. She wears a ring on her finger."
            " The lady wears a",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "blue"),
        col("blouse", "blue", "other_garment_color"),
        col("dupatta", "pink"),
        is_a("lehenga", "yes"),
        BLIND_QUESTIONS.material("cotton", "contradiction"),
        title="Sutram Blue & Pink Silk Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Blue",
    ),
    # Photo: model under a pink flower-arch prop; bottle-green lehenga with gold floral embroidery; green blouse with
    # elbow sleeves; green dupatta with a gold border.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-041",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. There"
            " are flowers in the background",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "green"),
        col("blouse", "green"),
        col("dupatta", "pink", "contradiction"),
        is_a("lehenga", "yes"),
        wearing("a green lehenga"),
        gender="Women",
        title="Fabcartz Green Embroidered Lehenga with Blouse & Dupatta",
        category="Lehenga Choli",
        color="Green",
    ),
    # Photo: bridal red lehenga with heavy gold zari; red blouse with elbow sleeves; red dupatta over the head and a
    # second gold dupatta over the shoulders; heavy necklace and bangles.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-042",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. She"
            " has neckwear. There is an",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "red"),
        col("blouse", "red"),
        col("dupatta", "red and gold"),
        is_a("lehenga", "yes"),
        details(
            "dupatta",
            "the dupatta is a dupatta with a dupatta and a dupatta with a dupatta and a dupatta with a dupatta and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mimosa Red Bridal Lehenga Choli with Double Dupatta",
        category="Lehenga Choli",
        color="Red",
    ),
    # Photo: beige lehenga with maroon floral embroidery; plain maroon blouse with elbow sleeves; beige dupatta with
    # a maroon border.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-043",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long skirt. The skirt is with cotton fabric and floral patterns. There"
            " is an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        col("skirt", "beige"),
        col("blouse", "beige", "other_garment_color"),
        col("dupatta", "beige"),
        is_a("lehenga", "yes"),
        wearing("a beige skirt"),
        gender="Women",
        title="Chhabra 555 Beige & Maroon Embroidered Lehenga Choli",
        category="Lehenga Choli",
        color="Beige",
    ),
    # Photo: studio, cropped at the knee; model in a plain white long-sleeve kurta and white leggings with a pink
    # bandhani dupatta with a gotta patti border over both shoulders.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color"
            " patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        col("dupatta", "white", "other_garment_color"),
        is_a("dupatta", "yes"),
        wearing("a white shirt and white pants"),
        BLIND_QUESTIONS.color("pink"),
        gender="Women",
        title="Kalini Pink & Gold-Toned Bandhani Dupatta with Gotta Patti Border",
        category="Dupatta",
        color="Pink",
    ),
    # Photo: model wearing the gold sequinned readymade blouse (elbow sleeves, round neck) with a plain black
    # chiffon saree for styling.
    # Caption: epoch-1 caption adapter. Answers: VQA adapter.
    case(
        "X1621-045",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a"
            " round neckline. The lady wears a saree. The saree is with chiffon fabric and pure color patterns. There"
            " is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        col("blouse", "black", "other_garment_color"),
        BLIND_QUESTIONS.garment_type("saree", "contradiction"),
        is_a("blouse", "yes"),
        BLIND_QUESTIONS.sleeve_length("elbow"),
        gender="Women",
        title="Saree mall Gold-Toned Sequinned Readymade Saree Blouse",
        category="Blouse",
        color="Gold",
    ),
]
