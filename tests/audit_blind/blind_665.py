"""BLIND_665 (46 products; Myntra sarees + blouses, caption ep1, VQA colors): written blind in the fifty-fourth session.
Measured blind at 66d12ac (the session's second rules): 99/128 failures found (77.3%) and 23/177 correct texts flagged
(13.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's sarees (article type Sarees): printed georgette, chiffon, crepe and cotton
sarees, woven silk (Banarasi, Kanjeevaram, Paithani, Chanderi, kasavu), plain georgette with embellished borders and
half-and-half sarees. Photos are catalog shots on a white, grey or beige backdrop, mostly a model with the pallu over
the left shoulder, a stitched blouse, earrings, bangles, sometimes a clutch, a tote, a stool or a vase of flowers;
two are flat lays or folded product shots with no person at all.

Who wrote what: every caption is the caption adapter at epoch 1 (Data2_V2_BLIP2_Finetune_Caption_First_Epoch). At
epoch 1 it still knows the word "saree" but mostly speaks the DeepFashion template ("The saree is with chiffon
fabric", "There is an accessory on her wrist", patterns as pure color / floral / graphic / lattice / color block),
sometimes falls back to "long dress" or "shirt ... long skirt", and, with no end token, often runs to its 50 tokens
(cut mid-phrase or looping a sentence). Every answer is the VQA adapter (Data3_V3_BLIP2_VQA): the open answers
(what she is wearing, describe, details, material, some per-piece colors) are free generation with 30 new tokens;
the closed per-piece colors (saree, blouse, border, pallu), pattern and "Is this a saree?" come from enrich's
`--engine reference`, which ranks the candidates with the VQA adapter and returns one value.

Labeling conventions and judgement calls:
- A text with several faults gets the one that dominates how it reads: a loop, a leak or a cut at the token limit
  is labeled as that, even if it also says something wrong.
- Shades in the seller's color group count as right: magenta or peach called pink, maroon or burgundy called red,
  cream or off white called white, mustard called yellow, teal or turquoise called blue, rust called orange,
  lavender called purple, a beige-and-gold tissue saree called gold. The colors a model is visibly wearing count,
  even if the seller sells a blouse piece.
- Half-and-half sarees: either half's color is a correct saree color; the pallu's color is the pallu half's.
- A closed per-piece color that picks another piece's color (the saree's color for the blouse, the border's for the
  saree) is labeled contradiction; an open answer that gives a piece another piece's color is other_garment_color.
- A saree's body and its border or pallu are separate pieces for these questions.
- The template's fabric words have no silk or georgette: "chiffon fabric" for a georgette, chiffon or net saree and
  "other fabric" count as right; "cotton" for a silk or organza saree is unsupported (the catalog says otherwise).
- Paisley called floral, geometric called lattice and bandhani dots called polka dots count as right.
- A caption that names the saree only as a "long dress" or a "shirt ... long skirt" contradicts the seller's category
  and is labeled contradiction; one that invents a person, a bag, a hat, sunglasses, a ring or a belt that the photo
  does not show is unsupported. A he/his for a woman is pronoun.
- One word, "yes", or only the question's words back ("the saree", "the details of the saree") to an open question
  is non_answer; a sentence that turns the question back into an answer ("she is wearing what she is wearing") is
  restated.
- Correct open answers ended on their own (newline); every text that ran to its limit is marked hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, material, wearing

Q = BLIND_QUESTIONS


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_665 = [
    # photo: model in a red georgette saree printed with small black-and-white flowers, thin black border, pallu over
    # the left shoulder; black short-sleeve blouse; gold jhumkas; white backdrop; front view. Caption: caption
    # adapter epoch 1; answers: VQA adapter.
    case(
        "X665-001",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse with pure color patterns. There is an accessory in her ear."
        ),
        she("a red saree with a black blouse"),
        color_of("saree", "red"),
        color_of("blouse", "red", "contradiction"),
        color_of("border", "black"),
        describe("saree", "a red saree with black and white flowers all over it and a thin black border"),
        details("saree", "the pallu has tassels at the end and the blouse has a zip at the back", "unsupported"),
        title="Mitera Women Red & Black Floral Print Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a magenta Banarasi woven silk saree with small gold zari buttis and a wide gold border, holding
    # the heavy gold pallu out with her right hand; matching magenta blouse with gold zari on the elbow sleeves; gold
    # bangles; light grey backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-002",
        caption(
            "The lady is wearing a long dress with graphic patterns. The dress is with other fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady is wearing a long dress with graphic patterns. "
            "The dress is",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing a pink and gold saree"),
        color_of("saree", "magenta"),
        color_of("blouse", "magenta"),
        color_of("border", "gold"),
        color_of(
            "pallu",
            "gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold gold "
            "gold gold gold gold gold gold gold gold gold gold",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("silk"),
        title="Mimosa Women Magenta & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model turned three-quarters in a half-and-half georgette saree, navy blue pleats and a pink upper half and
    # pallu, thin gold edging; pink short-sleeve blouse; thin gold bangles; white backdrop. Caption: caption adapter
    # epoch 1; answers: VQA adapter.
    case(
        "X665-003",
        caption(
            "The lady is wearing a saree with color block patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. The blouse is with pure color patterns. There is an accessory on her wrist. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        she("a blue and pink saree"),
        color_of("saree", "navy blue"),
        color_of("blouse", "navy blue", "contradiction"),
        color_of("pallu", "pink", kind="open"),
        describe("saree", "a half and half saree, navy blue at the bottom and pink on top with a thin gold border"),
        details("saree", "he is wearing a saree with a pink blouse", "pronoun"),
        title="Kalini Women Navy Blue & Pink Half and Half Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard cotton saree with indigo dabu block print, indigo border and striped indigo pallu;
    # indigo blouse with three-quarter sleeves; oxidised silver jhumkas; white backdrop. Caption: caption adapter
    # epoch 1; answers: VQA adapter.
    case(
        "X665-004",
        caption(
            "The lady is wearing a long-sleeve shirt with graphic patterns. The lady wears a long skirt. The skirt "
            "is with cotton fabric and graphic patterns. There is an accessory in her ear.",
            "contradiction",
        ),
        she("a yellow saree with a blue blouse"),
        color_of("saree", "mustard"),
        color_of("blouse", "blue", kind="open"),
        color_of("border", "yellow", "other_garment_color", kind="open"),
        describe("saree", "a mustard cotton saree with blue block print and a blue border, the pallu has blue stripes"),
        material("cotton"),
        title="Handloom Haat Women Mustard & Indigo Dabu Block Print Pure Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model, hand on hip, in a plain peach georgette saree with a sequinned border; sleeveless peach blouse;
    # small silver clutch in her left hand; no bangles; white backdrop. Caption: caption adapter epoch 1; answers:
    # VQA adapter.
    case(
        "X665-005",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless blouse. She holds a bag in her hand."
        ),
        she("she is wearing a silver saree and holding a silver clutch", "other_garment_color"),
        color_of("saree", "peach"),
        color_of("blouse", "pink"),
        describe(
            "saree",
            "a peach saree with a sequin border and a silver clutch and a silver clutch and a silver clutch and a "
            "silver clutch and a",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the border has sequins"),
        is_a("saree", "yes"),
        title="Saree mall Women Peach Solid Georgette Saree with Embellished Border",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a green Kanjeevaram-style woven silk saree with a wide contrast maroon border and a maroon pallu
    # woven with gold peacocks; maroon elbow-sleeve blouse; temple necklace and bangles; grey backdrop; front view.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-006",
        caption(
            "The lady is wearing a saree with lattice patterns. The saree is with silk fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her neck. The lady has long hair and",
            "cut",
            hit_limit=True,
        ),
        she("a green saree with a maroon border"),
        color_of("saree", "maroon", "contradiction"),
        color_of("blouse", "maroon"),
        color_of("border", "maroon"),
        describe("saree", "a green silk saree with a maroon border and gold zari work on the pallu and the border"),
        details(
            "saree",
            "the saree has a maroon border and a maroon pallu with gold peacock motifs and a matching maroon blouse "
            "with a",
            "cut",
            hit_limit=True,
        ),
        title="Mitera Women Green & Maroon Woven Design Kanjeevaram Silk Blend Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model mid-step in a teal chiffon saree printed with white geometric shapes, pallu flying; sleeveless
    # white blouse; the hem covers her feet; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-007",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless blouse with pure color patterns. This lady wears a pair of sandals.",
            "unsupported",
        ),
        she("a teal saree with a white blouse"),
        color_of("saree", "teal"),
        color_of("blouse", "teal", "other_garment_color", kind="open"),
        color_of("pallu", "teal and white", kind="open"),
        describe("saree", "the saree", "non_answer"),
        title="Sangria Women Teal Blue & White Geometric Print Chiffon Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model at three-quarter view in a half-and-half saree, grey georgette pleats and a black upper half and
    # pallu with silver sequins; black short-sleeve blouse; silver earrings; white backdrop. Caption: caption adapter
    # epoch 1; answers: VQA adapter.
    case(
        "X665-008",
        caption(
            "The lady is wearing a saree with color block patterns. She wears a short-sleeve blouse. There is an "
            "accessory in her ear."
        ),
        she("she is wearing a grey and black saree"),
        color_of("saree", "black"),
        color_of("blouse", "grey", "contradiction"),
        color_of("pallu", "black", kind="open"),
        details(
            "saree",
            "the pallu is black with sequins Question: What is the color of the blouse? Answer: black Question: "
            "What is the",
            "leak",
            hit_limit=True,
        ),
        title="Vastranand Women Grey & Black Half and Half Embellished Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a cream Kerala kasavu cotton saree with a broad gold border and gold pallu stripes; gold tissue
    # blouse; jasmine in her hair; gold bangles, no rings visible; white backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-009",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist and a ring on her finger.",
            "unsupported",
        ),
        she("a white saree with a gold border"),
        color_of("saree", "cream"),
        color_of("blouse", "gold"),
        color_of("border", "gold"),
        describe(
            "saree",
            "a white saree with a gold border and a white blouse, she has flowers in her hair",
            "other_garment_color",
        ),
        material("cotton"),
        title="Kasavu Kada Women Cream & Gold-Toned Solid Kerala Kasavu Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a leheriya-printed georgette saree with diagonal yellow, pink and orange stripes and a thin gold
    # border; plain yellow short-sleeve blouse; red bangles; white backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-010",
        caption(
            "The lady is wearing a saree with striped patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse with pure color patterns. There is an accessory on her wrist. The saree is with "
            "chiffon fabric. The saree",
            "loop",
            hit_limit=True,
        ),
        she("a colorful striped saree with a yellow blouse"),
        color_of("saree", "multicolor"),
        color_of("blouse", "yellow"),
        Q.pattern("striped"),
        describe("saree", "a yellow saree with pink and orange stripes and a pink blouse", "other_garment_color"),
        details("saree", "the stripes go diagonally across the saree and across the blouse", "unsupported"),
        title="Anouk Women Multicoloured Leheriya Printed Georgette Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: no person: a royal blue Banarasi silk saree folded flat with its gold zari border and buttis showing,
    # the plain blue blouse piece with a thin gold edge laid on top; white backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-011",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with silk fabric. There is an accessory "
            "on her wrist.",
            "unsupported",
        ),
        color_of("saree", "blue"),
        color_of("blouse", "red", "contradiction"),
        color_of("border", "gold"),
        describe("saree", "a folded blue silk saree with a gold border and gold flowers woven in it"),
        details(
            "saree",
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        is_a("saree", "yes"),
        title="Royal Blue & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Blue",
    ),
    # photo: model in a black georgette saree printed with red roses and green leaves, thin red border, pallu draped
    # over her forearm; red short-sleeve blouse; white backdrop. Caption: caption adapter epoch 1; answers: VQA
    # adapter.
    case(
        "X665-012",
        caption(
            "The lady is wearing a saree with floral patterns. She wears a short-sleeve blouse with pure color "
            "patterns."
        ),
        she("he is wearing a black saree with red flowers", "pronoun"),
        color_of("saree", "black"),
        color_of("blouse", "red"),
        describe("saree", "a red saree with black flowers", "contradiction"),
        details("saree", "red roses with green leaves on a black background and a red border"),
        title="Ishin Women Black & Red Floral Print Georgette Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a lavender organza saree with silver floral embroidery along the border; lavender V-neck
    # blouse; silver bangles; no belt, no bag; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-013",
        caption(
            "The lady is wearing a long dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        she("a purple saree"),
        color_of("saree", "lavender"),
        color_of("blouse", "lavender"),
        describe("saree", "a light purple saree with silver flowers embroidered on the border"),
        details("saree", "the saree has a silver border and a silver belt and a silver clutch", "unsupported"),
        title="Koskii Women Lavender Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a maroon woven silk-blend saree with gold zari jaal, gold border and an all-gold pallu she
    # holds up; maroon blouse with gold borders; kundan necklace and bangles; beige backdrop. Caption: caption
    # adapter epoch 1; answers: VQA adapter.
    case(
        "X665-014",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with silk fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her neck. There is an accessory on her wrist. There is "
            "an accessory on her",
            "loop",
            hit_limit=True,
        ),
        she("she is wearing a red saree with gold border and gold jewellery"),
        color_of("saree", "maroon"),
        color_of("blouse", "maroon"),
        color_of("border", "gold"),
        color_of("pallu", "maroon", "other_garment_color", kind="open"),
        details(
            "saree",
            "the saree has a gold border and gold pallu Question: What is the color of the blouse? Answer: maroon "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        describe(
            "saree",
            "the saree is maroon the saree is maroon the saree is maroon the saree is maroon the saree is maroon "
            "the saree is",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Women Maroon & Gold-Toned Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a lemon yellow Chanderi saree with small gold buttis and a green border; contrast green
    # short-sleeve blouse; hands empty, no bag; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-015",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse. The lady has a bag on her shoulder.",
            "unsupported",
        ),
        she("a yellow saree with a green blouse"),
        color_of("saree", "yellow"),
        color_of("blouse", "yellow", "contradiction"),
        color_of("border", "green", kind="open"),
        describe(
            "saree",
            "the saree is yellow and the blouse is yellow and the border is green",
            "other_garment_color",
        ),
        title="Weavers Villa Women Yellow & Green Chanderi Saree with Zari Buttis",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a half-and-half georgette saree, orange pleats and a pink upper half and pallu, thin gold
    # edging; orange short-sleeve blouse; glass bangles; white backdrop. Caption: caption adapter epoch 1; answers:
    # VQA adapter.
    case(
        "X665-016",
        caption(
            "The lady is wearing a saree with color block patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist."
        ),
        she("she is wearing a pink and orange saree with an orange blouse"),
        color_of("saree", "pink"),
        color_of("blouse", "orange"),
        color_of("pallu", "orange", "other_garment_color", kind="open"),
        describe("saree", "a pink and orange half and half saree with a thin gold border"),
        details("saree", "the saree has a pocket on the side", "unsupported"),
        title="Kalini Women Pink & Orange Half and Half Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a white cotton saree with a broad red border (lal paar) and red pallu stripes; red short-sleeve
    # blouse; red bindi, white shell and red bangles; white backdrop. Caption: caption adapter epoch 1; answers: VQA
    # adapter.
    case(
        "X665-017",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse with pure color patterns. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a white saree with a red border and a red blouse"),
        color_of("saree", "red", "contradiction"),
        color_of("blouse", "red"),
        color_of("border", "red"),
        describe(
            "saree",
            "a white cotton saree with a red border and red embroidered flowers on the pallu",
            "unsupported",
        ),
        details("saree", "red", "non_answer"),
        title="Tant Ghar Women White & Red Solid Pure Cotton Saree with Contrast Border",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue georgette saree with small white polka dots; sleeveless white blouse; white
    # backdrop; front view. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-018",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless blouse."
        ),
        she("a blue saree with white dots"),
        color_of("saree", "navy blue"),
        color_of("blouse", "white"),
        Q.pattern("polka dots"),
        describe("saree", "a blue saree with white polka dots and a white blouse with long sleeves", "contradiction"),
        details(
            "saree",
            "the saree has white polka dots and a white polka dots and a white polka dots and a white polka dots and "
            "a white",
            "loop",
            hit_limit=True,
        ),
        title="Sangria Women Navy Blue & White Polka Dot Print Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a rust orange crepe saree with a white bandhani-dot print and a black border; black
    # short-sleeve blouse; grey backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-019",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and graphic patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        she("an orange saree with a black blouse"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "other_garment_color", kind="open"),
        color_of("border", "black"),
        describe("saree", "Describe the saree. the saree is orange with white dots", "restated"),
        title="Rust Orange Bandhani Print Crepe Saree",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: model, one hand on the pallu, in a sea green (mint) georgette saree with a gold gota patti border; mint
    # short-sleeve blouse; small gold studs; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-020",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. There is an accessory in her ear. The lady is wearing a saree with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        she("a light green saree with a gold border"),
        color_of("saree", "blue", "contradiction"),
        color_of("blouse", "green"),
        color_of("border", "gold"),
        describe("saree", "a mint green saree with a gold gota border Answer: green", "leak"),
        material("georgette"),
        title="Sea Green Solid Georgette Saree with Gota Patti Border",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: waist-up crop of a model in a beige-and-gold tissue saree with a gold border; sleeveless beige blouse;
    # gold choker; front view only; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-021",
        caption(
            "The lady is wearing a saree with pure color patterns. She wears a sleeveless blouse. There is an "
            "accessory on her neck."
        ),
        she("a gold saree"),
        color_of("saree", "beige"),
        color_of("blouse", "beige"),
        describe(
            "saree",
            "the saree is beige and it is beige and it is beige and it is beige and it is beige and it is beige and it",
            "loop",
            hit_limit=True,
        ),
        details(
            "saree",
            "the saree has a gold border and the blouse has a deep back with tie-up dori and tassels",
            "unsupported",
        ),
        title="Soch Women Beige & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: model in a red bridal Banarasi silk saree covered in gold zari with a wide gold border; red blouse with
    # gold; red chooda bangles, necklace, rings; white backdrop. Caption: caption adapter epoch 1; answers: VQA
    # adapter.
    case(
        "X665-022",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with silk fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist. There is an accessory on her neck. She wears "
            "a ring",
            "cut",
            hit_limit=True,
        ),
        she("he is wearing a red saree", "pronoun"),
        color_of("saree", "red"),
        color_of("blouse", "red"),
        color_of("border", "red", "contradiction"),
        describe("saree", "a red banarasi silk saree with gold zari weaving all over and a wide gold border"),
        details("saree", "gold", "non_answer"),
        title="Mimosa Women Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in an olive green cotton saree with a white and rust ikat print, olive border with white ikat;
    # rust short-sleeve blouse; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-023",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse."
        ),
        she("a green saree and an orange blouse"),
        color_of("saree", "olive"),
        color_of("blouse", "rust"),
        color_of("border", "orange", "other_garment_color", kind="open"),
        describe(
            "saree",
            "a green saree with white and orange ikat prints and a matching orange blouse and a matching orange "
            "blouse and a matching orange",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the saree is made of silk with a zari border", "unsupported"),
        title="Fabindia Women Olive Green & Rust Ikat Print Pure Cotton Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a pink georgette saree with silver sequins scattered all over; sleeveless pink blouse; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-024",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless blouse. There is an accessory on her wrist."
        ),
        she(
            "she is wearing a pink saree Question: What is the color of the saree? Answer: pink Question: What is",
            "leak",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        color_of("blouse", "purple", "contradiction"),
        describe("saree", "a pink saree with silver sequins scattered all over"),
        is_a("saree", "yes"),
        title="Mitera Women Pink Embellished Sequinned Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a teal silk-blend saree with a patola print (elephants and parrots in the pallu), red border;
    # red short-sleeve blouse; the red pallu end over her shoulder; white backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-025",
        caption(
            "The lady is wearing a long dress with graphic patterns. The dress is with silk fabric. She has a red "
            "shawl on her shoulder.",
            "contradiction",
        ),
        she("a blue saree with red border"),
        color_of("saree", "red", "other_garment_color", kind="open"),
        color_of("blouse", "red"),
        color_of("border", "red"),
        Q.pattern("printed"),
        details(
            "saree",
            "the saree has a patola print with elephants and parrots in the pallu and a red border with small white "
            "flowers and a matching red",
            "cut",
            hit_limit=True,
        ),
        title="Ishin Women Teal & Red Patola Print Silk Blend Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a turquoise Paithani woven silk saree with a pink border and a gold pallu with pink and green
    # peacocks; pink short-sleeve blouse; gold bangles; grey backdrop. Caption: caption adapter epoch 1; answers: VQA
    # adapter.
    case(
        "X665-026",
        caption(
            "The lady is wearing a saree with graphic patterns. She wears a short-sleeve blouse with pure color "
            "patterns. There is an accessory on his wrist.",
            "pronoun",
        ),
        she("a blue saree with a pink border"),
        color_of("saree", "turquoise"),
        color_of("blouse", "pink"),
        color_of("border", "pink"),
        color_of("pallu", "pink and gold with peacocks", kind="open"),
        describe("saree", "a pink saree with a blue border", "contradiction"),
        details("saree", "the details of the saree are the saree details on the saree", "restated"),
        title="Turquoise Blue & Pink Woven Design Paithani Silk Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: model seated on a wooden stool in a lilac chiffon saree with a white floral print; lilac short-sleeve
    # blouse; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-027",
        caption(
            "The lady is sitting on a chair. She is wearing a saree with floral patterns. The saree is with chiffon "
            "fabric. She wears a short-sleeve blouse."
        ),
        she("a white saree with purple flowers", "contradiction"),
        color_of("saree", "lavender"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        describe("saree", "a light purple chiffon saree with white flowers, she is sitting on a wooden stool"),
        details("saree", "The saree details are the details of the saree", "restated"),
        title="Anouk Women Lilac & White Floral Print Chiffon Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a charcoal grey georgette saree with a mustard paisley print and a mustard border; mustard
    # short-sleeve blouse; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-028",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse."
        ),
        she("she is wearing a grey saree with a yellow blouse"),
        color_of("saree", "yellow", "contradiction"),
        color_of("blouse", "mustard"),
        color_of("border", "mustard", kind="open"),
        describe("saree", "saree", "non_answer"),
        details(
            "saree",
            "the saree has a mustard border and the mustard paisleys and the mustard border and the mustard paisleys "
            "and the mustard border and",
            "loop",
            hit_limit=True,
        ),
        title="Saree mall Women Charcoal Grey & Mustard Paisley Print Georgette Saree",
        category="Sarees",
        color="Charcoal",
        gender="Women",
    ),
    # photo: model in a half-and-half art silk saree, burgundy pleats and a royal blue upper half and pallu, gold
    # border; royal blue short-sleeve blouse; gold jhumkas; white backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-029",
        caption(
            "The lady is wearing a saree with color block patterns. The saree is with silk fabric. She wears a "
            "short-sleeve blouse. There is an accessory in her ear."
        ),
        she("a red and blue saree"),
        color_of("saree", "burgundy"),
        color_of("blouse", "burgundy", "contradiction"),
        color_of("pallu", "burgundy", "other_garment_color", kind="open"),
        describe(
            "saree",
            "the saree is a half and half saree with a maroon bottom and a blue top and a gold border and a",
            "cut",
            hit_limit=True,
        ),
        details("saree", "yes", "non_answer"),
        title="Kalini Women Burgundy & Blue Half and Half Art Silk Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a white cotton saree with a black abstract brush-stroke print; black short-sleeve blouse; a
    # canvas tote on her shoulder; grey backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-030",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse. She carries a bag."
        ),
        she("a white saree with black print and a black blouse and a bag"),
        color_of("saree", "white"),
        color_of("blouse", "white", "other_garment_color", kind="open"),
        describe("saree", "a black saree with white print", "contradiction"),
        material(
            "cotton Question: What is the color of the blouse? Answer: black Question: What is the color of the",
            "leak",
        ),
        title="Suta Women White & Black Abstract Print Pure Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a half-and-half georgette saree, rani pink pleats and a mustard upper half and pallu; mustard
    # short-sleeve blouse; bangles and jhumkas; white backdrop. The feed row has no color. Caption: caption adapter
    # epoch 1; answers: VQA adapter.
    case(
        "X665-031",
        caption(
            "The lady is wearing a saree with color block patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist. There is an accessory in her ear. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a pink and yellow saree"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        color_of("pallu", "mustard", kind="open"),
        details(
            "saree",
            "the saree has a contrast pallu and a thin gold border Question: What is the color of the pallu? Answer: "
            "yellow",
            "leak",
        ),
        title="Vastranand Women Rani Pink & Mustard Half and Half Georgette Saree",
        category="Sarees",
        gender="Women",
    ),
    # photo: model holding out the pallu of an off white organza saree with a pink and green floral print; sleeveless
    # off white blouse; no sunglasses, no jewellery but studs; white backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-032",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless blouse. She wears a pair of sunglasses.",
            "unsupported",
        ),
        she("a white saree with flowers"),
        color_of("saree", "off white"),
        color_of("blouse", "off white"),
        describe("saree", "a white saree with pink and green flowers printed all over"),
        details(
            "saree",
            "the saree details are the flowers and the flowers and the flowers and the flowers and the flowers and "
            "the flowers",
            "loop",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        title="Koskii Women Off White Floral Print Organza Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a bottle green georgette saree with small round mirrors along a silver-threaded border; black
    # short-sleeve blouse; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-033",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse."
        ),
        she("the man is wearing a green saree", "pronoun"),
        color_of("saree", "green"),
        color_of("blouse", "black"),
        color_of("border", "black", "contradiction"),
        describe("saree", "a dark green saree with mirror work on the border"),
        details(
            "saree",
            "the saree has small round mirrors stitched along the border and a plain green pallu with mirrors at the",
            "cut",
            hit_limit=True,
        ),
        title="Green Mirror Work Georgette Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a coffee brown crepe saree with a beige geometric print; coffee brown short-sleeve blouse; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-034",
        caption(
            "The lady is wearing a saree with lattice patterns. The saree is with other fabric. She wears a "
            "short-sleeve blouse."
        ),
        she("a black saree", "contradiction"),
        color_of("saree", "brown"),
        color_of("blouse", "black", "contradiction"),
        describe("saree", "brown", "non_answer"),
        details(
            "saree",
            "the saree has a geometric print in beige and brown and a plain brown blouse Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Sangria Women Coffee Brown Geometric Print Crepe Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: back view of a model in a royal blue georgette saree with a silver zari border; sleeveless royal blue
    # blouse with a tie-up and tassels at the back; hair in a long plait; white backdrop. Caption: caption adapter
    # epoch 1; answers: VQA adapter.
    case(
        "X665-035",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless blouse. The lady has long hair. The lady is wearing a saree with pure color patterns. The "
            "saree is",
            "loop",
            hit_limit=True,
        ),
        she("a blue saree"),
        color_of("saree", "blue"),
        color_of("blouse", "blue"),
        color_of("border", "silver"),
        details("saree", "the blouse has a tie-up at the back with tassels"),
        describe("saree", "a blue saree with a gold border and gold zari flowers on the pallu", "contradiction"),
        title="Mitera Women Blue Solid Georgette Saree with Zari Border",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a red and white checked cotton saree with a plain red border; white short-sleeve blouse; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-036",
        caption(
            "The lady is wearing a saree with lattice patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse."
        ),
        she("she is wearing what she is wearing", "restated"),
        color_of("saree", "red"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        describe(
            "saree",
            "a red and white checked saree with tassels on the pallu and a zipper on the blouse",
            "unsupported",
        ),
        title="Suta Women Red & White Checked Pure Cotton Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a mauve georgette saree with pastel floral embroidery (pink, green, white threads) along the
    # border; mauve short-sleeve blouse; small embroidered clutch; no belt; white backdrop. Caption: caption adapter
    # epoch 1; answers: VQA adapter.
    case(
        "X665-037",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. She holds a bag."
        ),
        she("a purple saree with a purple blouse and a clutch"),
        color_of("saree", "mauve"),
        color_of("blouse", "mauve"),
        describe("saree", "the saree has flowers embroidered on the border in pink green and white threads"),
        details("saree", "embroidered flowers on the border, a sequinned belt at the waist", "unsupported"),
        title="Soch Women Mauve Embroidered Georgette Saree",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a saffron orange Kanjeevaram woven silk saree with a purple and gold border and a purple pallu
    # with gold; purple short-sleeve blouse; temple jewellery; grey backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-038",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with silk fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist. There is an accessory on her neck."
        ),
        she("she is wearing an orange saree with a purple border"),
        color_of("saree", "orange"),
        color_of("blouse", "orange", "contradiction"),
        color_of("border", "purple"),
        color_of(
            "pallu",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("saree", "an orange silk saree with a purple border and a pearl waist belt", "unsupported"),
        title="Mimosa Women Orange & Purple Woven Design Kanjeevaram Silk Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: no person: flat lay of a pink georgette saree printed with white flowers and green leaves, spread in
    # folds, with the matching plain pink blouse piece beside it; white backdrop. Caption: caption adapter epoch 1;
    # answers: VQA adapter.
    case(
        "X665-039",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. She wears a "
            "sleeveless blouse.",
            "unsupported",
        ),
        color_of("saree", "pink"),
        color_of("blouse", "pink"),
        describe("saree", "a pink saree with flowers printed on it and a blouse piece"),
        details("saree", "the saree has flowers and leaves and the model is wearing gold bangles", "unsupported"),
        is_a("saree", "yes"),
        title="Pink Floral Print Georgette Saree with Blouse Piece",
        category="Sarees",
        color="Pink",
    ),
    # photo: model in a black net saree with a gold sequinned border; sleeveless black blouse; gold bangles; white
    # backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-040",
        caption(
            "The lady is wearing a long dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "sleeveless design. There is an accessory on her wrist. The lady is wearing a long dress with pure color",
            "loop",
            hit_limit=True,
        ),
        she("a black saree with a matching black shawl and gloves", "unsupported"),
        color_of("saree", "black"),
        color_of("blouse", "gold", "contradiction"),
        color_of("border", "gold"),
        details("saree", "he is wearing a black saree with a gold border", "pronoun"),
        title="Koskii Women Black Embellished Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a parrot green Chanderi silk-cotton saree with a pink border; pink short-sleeve blouse; gold
    # earrings; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-041",
        caption(
            "The lady is wearing a saree with pure color patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse. There is an accessory in her ear. She wears a",
            "cut",
            hit_limit=True,
        ),
        she("a green saree with a pink blouse"),
        color_of("saree", "green"),
        color_of("blouse", "green", "other_garment_color", kind="open"),
        color_of("border", "pink"),
        material("silk"),
        title="Weavers Villa Women Green & Pink Chanderi Silk Cotton Saree",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: side profile of a model in a navy blue Banarasi georgette saree with gold zari jaal and a heavy gold
    # pallu; navy blue short-sleeve blouse; gold bangles; white backdrop. Caption: caption adapter epoch 1; answers:
    # VQA adapter.
    case(
        "X665-042",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist."
        ),
        she("a navy blue saree with gold"),
        color_of("saree", "gold", "contradiction"),
        color_of("blouse", "navy blue"),
        color_of("pallu", "gold", kind="open"),
        describe(
            "saree",
            "a dark blue saree with gold threads woven in and a gold pallu Question: What are the saree details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        details(
            "saree",
            "the saree has a gold zari border and a gold pallu with a hand painted madhubani motif",
            "unsupported",
        ),
        title="Mitera Women Navy Blue & Gold-Toned Woven Design Banarasi Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model beside a tall vase of dried flowers in a peach chiffon saree printed with grey flowers; grey
    # short-sleeve blouse; white backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-043",
        caption(
            "The lady is wearing a saree with floral patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. There are flowers next to her."
        ),
        she("a peach saree with grey flowers and a peach blouse", "other_garment_color"),
        color_of("saree", "grey", "other_garment_color", kind="open"),
        color_of("blouse", "grey"),
        describe("saree", "a peach saree with grey flowers standing next to a vase of flowers"),
        details("saree", "the details of the saree", "non_answer"),
        title="Sangria Women Peach & Grey Floral Print Chiffon Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: neck-down crop of a model in a sky blue georgette saree with a white bandhani-dot print; white
    # short-sleeve blouse; the head is out of frame; white backdrop. Caption: caption adapter epoch 1; answers: VQA
    # adapter.
    case(
        "X665-044",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with chiffon fabric. She wears a "
            "short-sleeve blouse. The lady wears a hat.",
            "unsupported",
        ),
        she("a light blue saree with white dots, she is wearing earrings and a bindi", "unsupported"),
        color_of("saree", "blue"),
        color_of("blouse", "blue", "contradiction"),
        describe(
            "saree",
            "a blue saree with white bandhani dots all over Question: Describe the saree. Answer: a blue saree with",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("polka dots"),
        title="Anouk Women Sky Blue Bandhani Print Georgette Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a purple woven silk saree with silver zari buttis and a silver border; purple short-sleeve
    # blouse; silver bangles; grey backdrop. Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-045",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with silk fabric. She wears a "
            "short-sleeve blouse. There is an accessory on her wrist."
        ),
        she("a saree"),
        color_of("saree", "purple"),
        color_of("blouse", "purple"),
        color_of("border", "silver"),
        describe("saree", "a blue saree with silver border", "contradiction"),
        details(
            "saree",
            "the zari butis and the border and the pallu and the zari butis and the border and the pallu and the "
            "zari butis and the border",
            "loop",
            hit_limit=True,
        ),
        title="Mimosa Women Purple & Silver-Toned Woven Design Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a rust cotton mul saree with an ajrakh print in red, black and indigo and a black border; black
    # short-sleeve blouse; silver jhumkas and bangles; barefoot, no belt; white backdrop. The feed row has no title.
    # Caption: caption adapter epoch 1; answers: VQA adapter.
    case(
        "X665-046",
        caption(
            "The lady is wearing a saree with graphic patterns. The saree is with cotton fabric. She wears a "
            "short-sleeve blouse. There is an accessory in her ear. There is an accessory on her wrist. She is "
            "standing in front",
            "cut",
            hit_limit=True,
        ),
        she("she is wearing a rust saree with black and blue prints and a black blouse"),
        color_of("saree", "rust"),
        color_of("blouse", "black"),
        color_of("border", "rust", "other_garment_color", kind="open"),
        describe("saree", "the saree is the saree she is wearing", "restated"),
        details(
            "saree", "she is wearing a cotton saree with a black blouse and a black belt and black boots", "unsupported"
        ),
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
]
