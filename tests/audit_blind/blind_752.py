"""BLIND_752 (46 products; Myntra sarees, epoch-1 caption LoRA, piece colors): written blind in the fifty-fifth session.
Measured blind at 63d1c61 (the session's fourth rules): 120/151 failures found (79.5%) and 17/218 correct texts flagged
(7.8%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of sarees (article_type "Sarees", gender Women), each photographed the way Myntra shoots
them: a model in the draped saree and its blouse on a white, grey, beige or black studio backdrop, often with
earrings, bangles or a clutch; two products are flat-lays of the folded saree with its blouse piece (no person). The
job asks, per product, a caption, the color of each piece (saree, blouse, border, pallu) and a few of: what the
person is wearing, describe the saree, the saree details, the material, the pattern, "Is this a saree?".

Who wrote what: every free-generated text (captions, "wearing", "describe", "details", material, and the pallu
color, asked open because pallus are multi-colored and have no single candidate) is from BLIP-2 OPT-2.7b with the
caption adapter at epoch 1 (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens for
captions and 30 for answers. At epoch 1 the adapter still knows hue words from the base model but has picked up the
DeepFashion template ("The lady is wearing ...", "The saree is with chiffon fabric and pure color patterns", "There
is an accessory on her wrist"), its fabric list (chiffon, cotton, denim, leather, other) and its habits: sarees
called a long skirt or a long dress, invented rings, hats and necklines, the same color for every piece. It has no
trained end token, yet for short answers it often still stops on the newline as the base model does; long answers
run to the limit and loop or stop mid-phrase. The saree, blouse and border colors, the pattern and "Is this a
saree?" are closed answers from enrich's --engine reference with the same adapter ranking a candidate list, so they
are always one clean candidate value, wrong or right.

Labeling conventions and judgement calls:
- A closed color answer that gives a piece another piece's color (blouse "navy blue" when only the saree is navy) is
  labeled contradiction, since the kind other_garment_color is defined for open answers; an open text that does
  the same (pallu "green" when the body is green and the pallu magenta, "a gold saree with a purple blouse") is
  other_garment_color.
- A color present nowhere on the product (pallu "black" for an all-silver saree shot on a black backdrop, border
  "gold" for a burgundy sequinned border) is contradiction.
- Calling the saree itself a "long skirt" or "long dress" is contradiction (the seller says Sarees); the blouse
  called a blouse is right.
- A fabric the title contradicts (chiffon for a georgette, organza or crepe saree, denim, leather, cotton for a silk
  blend) is unsupported, as are invented accessories (ring, hat, belt, heels, necklace, dupatta, petticoat),
  invented necklines, zips, tassels or sleeves, and any "the lady is wearing" for a flat-lay with no person.
  "Chiffon" is right where the title says chiffon.
- Near shades are right: maroon for a Burgundy listing, green for olive or sea green, blue for teal, pink for
  magenta, white for cream or off-white, orange for rust, purple for lavender or mauve, gold for zari.
- When a text has two faults it carries one label: a text cut at the limit is cut even if it also invented a
  detail; a loop is loop even where the looped phrase is wrong; a leak is leak.
- hit_limit=True on every loop and cut, and on leaks that ran on to the limit; never on a correct text.
- A one-word or yes/no reply to an open question, an empty reply, or only the question's own words ("the saree")
  is non_answer; a full sentence that says nothing beyond the question ("The saree details are the details of the
  saree.") or the question echoed back is restated.
- Pronoun failures are "he", "his", "the man" or "the gentleman" for the women models; "she" or "the lady" for a
  flat-lay is unsupported, not pronoun.
- Seller labels are kept as a real feed has them, including a Burgundy saree that looks maroon, a "Green" listing
  that is mint or sea green, and rows without a color or gender column; an answer that matches the photo is right.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing


def saree(text, failure=None):
    return color_of("saree", text, failure)


def blouse(text, failure=None):
    return color_of("blouse", text, failure)


def border(text, failure=None):
    return color_of("border", text, failure)


def pallu(text, failure=None, hit_limit=False):
    return color_of("pallu", text, failure, kind="open", hit_limit=hit_limit)


pattern = BLIND_QUESTIONS.pattern
material = BLIND_QUESTIONS.material

BLIND_752 = [
    # photo: model in a red poly-georgette saree with a gold zari border studded with small stones, red elbow-sleeve
    # blouse, gold jhumkas, white backdrop, full-length front view. Adapter wrote the open texts; reference the rest.
    case(
        "X752-001",
        caption(
            "The lady is wearing a long red saree with golden border and a red blouse. The blouse is medium-sleeve "
            "and its neckline is round. There is an accessory on her ear."
        ),
        saree("red"),
        blouse("red"),
        border("gold"),
        pallu(
            "red with gold border. Question: What is the color of the blouse? Answer: red",
            "leak",
            hit_limit=True,
        ),
        material("the saree is with chiffon fabric", "unsupported"),
        details("saree", "gold zari border, embellished with stones along the border and the pallu"),
        wearing("she is wearing a red saree with a gold border and a pink dupatta", "unsupported"),
        title="Mitera Red Embellished Poly Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a navy blue Banarasi silk-blend saree with a pink border, pallu pink with gold woven motifs,
    # pink short-sleeve blouse, grey backdrop. Adapter wrote the open texts; reference engine the closed colors.
    case(
        "X752-002",
        caption(
            "The woman is wearing a navy blue saree with a pink border and a pink blouse. The blouse is short-sleeve "
            "and its neckline is round. The saree is with silk fabric and the",
            "cut",
            hit_limit=True,
        ),
        saree("navy blue"),
        blouse("navy blue", "contradiction"),
        border("pink"),
        pallu("pink with gold woven motifs"),
        wearing("a saree"),
        describe("saree", "a pink silk saree with a navy border", "other_garment_color"),
        details(
            "saree",
            "the border is pink and the pallu is pink and the border is pink and the pallu is pink and the border "
            "is pink and",
            "loop",
            hit_limit=True,
        ),
        title="Saree mall Navy Blue & Pink Silk Blend Banarasi Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a mustard cotton saree with a black-and-white geometric printed border, pallu mustard with
    # black and white printed stripes held out to the side, black sleeveless blouse, white backdrop. Adapter + ref.
    case(
        "X752-003",
        caption(
            "The lady wears a yellow saree with a black printed border and a black sleeveless blouse. The saree is "
            "with cotton fabric and graphic patterns."
        ),
        saree("mustard"),
        blouse("black"),
        border("black"),
        pallu("yellow with black and white printed stripes"),
        wearing("a mustard saree with a black blouse", who="she"),
        pattern("printed"),
        material("cotton"),
        title="Kalini Mustard & Black Printed Cotton Saree",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a peach chiffon saree with a small white-and-pink floral print and a silver sequinned border,
    # peach pallu, peach sleeveless blouse, holding a silver clutch, white backdrop. Adapter + reference engine.
    case(
        "X752-004",
        caption(
            "The lady is wearing a sleeveless blouse with floral patterns and a long skirt. The skirt is with "
            "chiffon fabric and floral patterns. The lady holds a bag in her hand.",
            "contradiction",
        ),
        saree("peach"),
        blouse("peach"),
        border("silver"),
        pallu("the pallu is silver", "other_garment_color"),
        describe(
            "saree",
            "a peach floral print chiffon saree with a silver sequin border and a matching sleeveless blouse",
        ),
        details(
            "saree",
            "silver sequin border, floral print, sequin border, floral print, sequin border, floral print, sequin "
            "border, floral print",
            "loop",
            hit_limit=True,
        ),
        material("chiffon"),
        title="Indya Peach Floral Printed Chiffon Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a green Kanjeevaram silk saree with a magenta zari border, magenta pallu with gold zari, green
    # blouse with magenta trim on the sleeves, temple-jewellery necklace, beige backdrop. Adapter + reference engine.
    case(
        "X752-005",
        caption(
            "The lady is wearing a green silk saree with a magenta border and a green blouse. There is an accessory "
            "on her neck. The saree is with pure color patterns."
        ),
        saree("green"),
        blouse("magenta", "contradiction"),
        border("magenta"),
        pallu("green", "other_garment_color"),
        wearing("she is wearing a magenta saree with a green border", "other_garment_color"),
        material("silk"),
        details(
            "saree",
            "the saree has a magenta border with gold zari and the blouse has a magenta border, the saree has a "
            "magenta border with gold zari and the",
            "loop",
            hit_limit=True,
        ),
        title="Varkala Silk Sarees Green & Magenta Zari Woven Kanjeevaram Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a black net saree with sequins all over and a black sequinned border, black sleeveless blouse,
    # silver earrings, dark grey backdrop; the saree covers her feet. Adapter + reference engine.
    case(
        "X752-006",
        caption(
            "The lady is wearing a black sleeveless blouse and a long black dress. The dress is with other fabric "
            "and pure color patterns. There is an accessory on her ear.",
            "contradiction",
        ),
        saree("black"),
        blouse("black"),
        border("black"),
        pallu(
            "the pallu is black and the pallu is black and the pallu is black and the pallu is black and the pallu is",
            "loop",
            hit_limit=True,
        ),
        describe("saree", "a black net saree with sequins and a sleeveless blouse"),
        material("net"),
        wearing("a black saree with sequins and black high heels", "unsupported"),
        title="Shaily Black Embellished Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in an off-white Kerala kasavu cotton saree with a gold zari border, pallu off-white with gold
    # zari stripes, gold tissue elbow-sleeve blouse, jasmine in her hair, white backdrop. Adapter + reference engine.
    case(
        "X752-007",
        caption(
            "The lady wears a white saree with golden border and a golden blouse. The saree is with cotton fabric "
            "and pure color patterns. There is an accessory in her hair."
        ),
        saree("off white"),
        blouse("white", "contradiction"),
        border("gold"),
        pallu("white with gold stripes"),
        wearing("a white and gold saree"),
        details(
            "saree",
            "gold zari border and gold stripes on the pallu. Question: What are the blouse details? Answer: gold",
            "leak",
            hit_limit=True,
        ),
        material("the saree is with cotton fabric and the blouse is with leather fabric", "unsupported"),
        title="Apco Off-White & Gold-Toned Kasavu Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: flat-lay, no person: a teal crepe saree printed with mustard paisleys and a mustard printed border,
    # folded on a white surface with the pallu on top and the teal blouse piece folded beside it. Adapter + ref.
    case(
        "X752-008",
        caption(
            "The lady is wearing a teal printed saree with a mustard border. Her blouse is short-sleeve and its "
            "neckline is round. There is an accessory on her wrist.",
            "unsupported",
        ),
        saree("teal"),
        blouse("teal"),
        border("mustard"),
        pallu("teal with mustard paisley print"),
        pattern("paisley"),
        describe("saree", "the saree is described as a saree", "restated"),
        material("the saree is with chiffon fabric", "unsupported"),
        title="Saree Mall Teal & Mustard Paisley Printed Crepe Saree",
        category="Sarees",
        color="Teal",
    ),
    # photo: model in a maroon Banarasi silk saree with a wide gold zari border and gold buttis, heavy gold zari pallu
    # with paisley motifs, maroon blouse with gold sleeve borders, off-white backdrop. Adapter + reference engine.
    case(
        "X752-009",
        caption(
            "The woman is wearing a maroon saree with a gold border and a maroon blouse. The saree is with silk "
            "fabric and woven gold patterns."
        ),
        saree("maroon"),
        blouse("maroon"),
        border("gold"),
        pallu("gold"),
        wearing("he is wearing a maroon saree with a gold border", "pronoun", who="she"),
        describe(
            "saree",
            "Question: Describe the saree. Answer: a maroon saree with a gold border. Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        details(
            "saree",
            "gold zari border and gold buttis all over the saree, the pallu is gold with woven paisley motifs and "
            "the blouse has a gold border on the",
            "cut",
            hit_limit=True,
        ),
        title="Mimosa Burgundy Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Burgundy",
        gender="Women",
    ),
    # photo: model in a lavender organza saree with a pink-and-white floral embroidered border, lavender sleeveless
    # blouse with a round neckline, front view only, white backdrop. Adapter + reference engine.
    case(
        "X752-010",
        caption(
            "The lady is wearing a purple saree with floral border and a sleeveless blouse. The saree is with "
            "chiffon fabric and floral patterns. The saree is with chiffon fabric and floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        saree("lavender"),
        blouse("lavender"),
        border("pink"),
        pallu("lavender with a floral embroidered border"),
        material("organza"),
        details(
            "saree",
            "floral embroidery on the border, and the blouse is sleeveless with a deep V-shape neckline and a back "
            "tie with tassels",
            "unsupported",
        ),
        wearing("a pink saree", "other_garment_color"),
        title="Kalista Lavender Floral Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a georgette bandhani saree: red body with yellow and green tie-dye dotted panels, green border,
    # yellow pallu with red dots, red short-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-011",
        caption(
            "The lady wears a multicolor saree with dots and a red short-sleeve blouse. The saree is with other "
            "fabric and graphic patterns."
        ),
        saree("multi"),
        blouse("red"),
        border("green"),
        pallu("yellow"),
        wearing("The gentleman is wearing a colorful saree with a red blouse", "pronoun"),
        pattern("printed"),
        details(
            "saree",
            "the saree is with tie-dye dots all over, a green border and a yellow pallu with red dots, and the "
            "blouse is red with short sleeves and a",
            "cut",
            hit_limit=True,
        ),
        title="Sangria Multicoloured Bandhani Printed Georgette Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a grey linen saree with a silver zari border, pallu grey with silver stripes at the end, grey
    # elbow-sleeve blouse, oxidised silver necklace, no belt, white backdrop. Adapter + reference engine.
    case(
        "X752-012",
        caption(
            "The lady is wearing a grey saree with a silver border and a grey blouse. The blouse is medium-sleeve. "
            "There is an accessory on her neck."
        ),
        saree("grey"),
        blouse("black", "contradiction"),
        border("silver"),
        pallu("grey with silver stripes at the end"),
        material(
            "the saree is with linen fabric, the blouse is with linen fabric, the saree is with linen fabric, the "
            "blouse is with linen",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey saree with a silver border and a silver belt", "unsupported"),
        describe(
            "saree",
            "The saree is with pure color patterns and its border is silver. The saree is with pure color patterns "
            "and its border is silver. The",
            "loop",
            hit_limit=True,
        ),
        title="Mitera Grey Solid Linen Saree with Zari Border",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in an orange georgette leheriya saree with diagonal pink and yellow stripes, gold gota border,
    # pallu orange with gold gota, orange short-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-013",
        caption(
            "The lady is wearing an orange saree with striped patterns and a golden border. Her blouse is "
            "short-sleeve with pure color patterns."
        ),
        saree("orange"),
        blouse("orange"),
        border("gold"),
        pallu("the pallu is orange"),
        describe("saree", "an orange leheriya saree with a gold gota border"),
        pattern("solid", "contradiction"),
        wearing("The gentleman is wearing an orange saree with a gold border", "pronoun"),
        details("saree", "the details of the saree are the saree", "restated"),
        title="Anouk Orange Leheriya Printed Georgette Saree with Gota Patti Border",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: model in a purple art-silk saree with a gold border, pallu purple with gold zari stripes, gold brocade
    # elbow-sleeve blouse, grey backdrop. Adapter + reference engine.
    case(
        "X752-014",
        caption(
            "The lady wears a purple saree with a golden border and a golden blouse. The blouse is medium-sleeve "
            "and its neckline is round."
        ),
        saree("purple"),
        blouse("gold"),
        border("gold"),
        pallu("yes", "non_answer"),
        wearing("a gold saree with a purple blouse", "other_garment_color"),
        details("saree", "The saree details are the details of the saree.", "restated"),
        material("the saree is with silk fabric and the blouse is with brocade fabric"),
        title="Ishin Purple & Gold-Toned Art Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a cream chanderi saree with small gold buttis and a pink border, pallu cream with gold buttis,
    # pink short-sleeve blouse, gold bangles on one wrist, white backdrop. Adapter + reference engine.
    case(
        "X752-015",
        caption(
            "The lady is wearing a white saree with a pink border and a pink blouse. The saree is with cotton fabric "
            "and pure color patterns."
        ),
        saree("pink", "contradiction"),
        blouse("pink"),
        border("pink"),
        pallu("pink", "other_garment_color"),
        describe("saree", "a cream chanderi saree with a pink border, gold buttis and a pink blouse"),
        material(
            "chanderi silk, chanderi silk, chanderi silk, chanderi silk, chanderi silk, chanderi silk, chanderi",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "The lady is wearing a cream saree with a pink border and a pink blouse. There is an accessory on her "
            "wrist and a ring on her",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Cream & Pink Chanderi Silk Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a turquoise blue georgette saree with a white floral print and a white lace border, white
    # short-sleeve blouse, no rings, white backdrop. Adapter + reference engine.
    case(
        "X752-016",
        caption(
            "The lady is wearing a blue saree with white floral patterns and a white short-sleeve blouse. The saree "
            "is with other fabric and floral patterns. She wears a ring on her finger.",
            "unsupported",
        ),
        saree("turquoise blue"),
        blouse("white"),
        border("turquoise blue", "contradiction"),
        pallu("blue with white flowers"),
        wearing("blue", "non_answer"),
        pattern("floral"),
        describe("saree", "a white saree with blue flowers", "other_garment_color"),
        title="Sangria Turquoise Blue Floral Printed Georgette Saree",
        category="Sarees",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: model in a magenta silk saree with a green zari border, contrast green pallu with gold zari, green
    # short-sleeve blouse, beige backdrop. Adapter + reference engine.
    case(
        "X752-017",
        caption(
            "The lady is wearing a pink saree with a green border and a green blouse. The saree is with silk fabric.",
        ),
        saree("magenta"),
        blouse("green"),
        border("green"),
        pallu("green with gold zari"),
        describe(
            "saree",
            "a magenta saree with a green border Question: Describe the blouse. Answer: a green blouse",
            "leak",
        ),
        details(
            "saree",
            "green border, gold zari, green border, gold zari, green border, gold zari, green border, gold zari, green",
            "loop",
            hit_limit=True,
        ),
        wearing("a green saree with a pink border", "other_garment_color"),
        title="Kalamandir Magenta & Green Zari Woven Pure Silk Saree",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a yellow georgette saree with a pink gota border, yellow pallu, pink short-sleeve blouse, pink
    # glass bangles, round neckline, white backdrop. Adapter + reference engine.
    case(
        "X752-018",
        caption(
            "The lady wears a yellow saree with a pink border and a pink blouse. There is an accessory on her wrist.",
        ),
        saree("yellow"),
        blouse("yellow", "contradiction"),
        border("pink"),
        pallu("the pallu is pink", "other_garment_color"),
        wearing("a yellow saree with a pink border"),
        material("the saree is with chiffon fabric and its neckline is round", "unsupported"),
        details("saree", "saree", "non_answer"),
        title="Mitera Yellow & Pink Georgette Saree with Gota Border",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a beige-gold tissue saree with a gold border, beige-gold pallu, black sleeveless blouse, white
    # backdrop. Adapter + reference engine.
    case(
        "X752-019",
        caption(
            "The lady is wearing a black sleeveless blouse with pure color patterns and a long beige saree. The "
            "saree is with other fabric."
        ),
        saree("beige"),
        blouse("black"),
        border("gold"),
        pallu("black", "other_garment_color"),
        describe("saree", "a black saree with a gold border", "other_garment_color"),
        wearing("she is wearing a beige saree and a black blouse"),
        details("saree", "the saree details are on the saree", "restated"),
        title="Suta Beige & Gold-Toned Tissue Saree",
        category="Sarees",
        color="Beige",
        gender="Women",
    ),
    # photo: model in an olive khadi cotton saree with a rust border, pallu olive with rust stripes, rust short-
    # sleeve blouse, oxidised earrings, white backdrop. Adapter + reference engine.
    case(
        "X752-020",
        caption(
            "The lady is wearing a green saree with an orange border and an orange blouse. The saree is with cotton "
            "fabric and pure color patterns."
        ),
        saree("olive"),
        blouse("rust"),
        border("rust"),
        pallu(
            "olive with rust stripes, rust stripes, rust stripes, rust stripes, rust stripes, rust stripes, rust",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        wearing("The man is wearing a green saree with an orange border", "pronoun"),
        describe(
            "saree",
            "the saree is with cotton fabric and its border is orange. The blouse is short-sleeve and its neckline "
            "is round. The saree is with cotton fabric and its",
            "cut",
            hit_limit=True,
        ),
        title="Handloom Olive Green & Rust Khadi Cotton Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: model in a rust handloom cotton saree with a black temple border, pallu rust with black temple motifs,
    # black short-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-021",
        caption(
            "The lady wears a rust saree with a black border and a black blouse. The blouse is short-sleeve and its "
            "neckline is round. The saree is with cotton fabric and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        saree("black", "contradiction"),
        blouse("black"),
        border("black"),
        pallu("rust with black temple motifs"),
        describe("saree", "a rust saree with black border"),
        material("the saree is with denim fabric", "unsupported"),
        details("saree", "", "non_answer"),
        title="Unnati Silks Rust Handloom Cotton Saree with Temple Border",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a pink-to-purple ombre georgette saree, the pallu purple, silver sequin border, pink
    # sleeveless blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-022",
        caption(
            "The lady is wearing a pink and purple saree and a pink blouse. The saree is with color block patterns."
        ),
        saree("pink"),
        blouse("pink"),
        border("pink", "contradiction"),
        pallu("purple"),
        wearing("a dress", "contradiction"),
        details("saree", "pink", "non_answer"),
        pattern("colourblocked"),
        title="Inddus Pink & Purple Ombre Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a sea green crepe saree with a white floral print and a thin white printed border, sea green
    # short-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-023",
        caption(
            "The lady is wearing a green saree with white floral patterns. The blouse is short-sleeve with pure "
            "color patterns. The saree is with other fabric and floral patterns and its border is white and the",
            "cut",
            hit_limit=True,
        ),
        saree("sea green"),
        blouse("sea green"),
        border("white"),
        pallu(
            ": the pallu is green with white flowers. Question: What is the color of the border? Answer: white. "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a green floral saree"),
        material("crepe"),
        describe(
            "saree",
            "a green saree with a green blouse and white floral print and a green border",
            "other_garment_color",
        ),
        title="Satrani Sea Green Floral Printed Crepe Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a white Bengali tant cotton saree with a red border, pallu white with broad red stripes, red
    # short-sleeve blouse, red-and-white shankha-pola bangles, no necklace, white backdrop. Adapter + ref.
    case(
        "X752-024",
        caption(
            "The lady wears a red saree with a white border and a red blouse. There is an accessory on her wrist.",
            "other_garment_color",
        ),
        saree("white"),
        blouse("red"),
        border("red"),
        pallu("red and white stripes"),
        describe("saree", "a red saree with a white border", "other_garment_color"),
        is_a("saree", "yes"),
        wearing(
            "a white saree with a red border, a red blouse, red and white bangles and a gold necklace", "unsupported"
        ),
        title="Bengal Handloom White & Red Tant Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a navy blue chiffon saree with white polka dots and a white lace border, pallu navy with white
    # dots and tassels, navy short-sleeve V-neck blouse, light grey backdrop. Adapter + reference engine.
    case(
        "X752-025",
        caption(
            "The lady is wearing a blue saree with white dots and a blue blouse. The saree is with chiffon fabric "
            "and graphic patterns. The blouse is short-sleeve and its neckline is V-shape."
        ),
        saree("navy blue"),
        blouse("white", "contradiction"),
        border("white"),
        pallu("navy blue with white polka dots"),
        pattern("polka dots"),
        details(
            "saree",
            "white polka dots, a lace border and a tassel on the pallu, and the saree comes with an unstitched blouse "
            "piece and a matching petticoat",
            "unsupported",
        ),
        wearing("a white saree with a navy blue blouse", "other_garment_color"),
        title="Ishin Navy Blue Polka Dot Printed Chiffon Saree with Lace Border",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: model in a black Banarasi silk saree with gold zari buttis and a gold border, gold zari pallu, black
    # silk blouse with gold sleeve borders, grey backdrop. Adapter + reference engine.
    case(
        "X752-026",
        caption(
            "The lady is wearing a black saree with gold patterns and a black blouse. The saree is with silk fabric.",
        ),
        saree("black"),
        blouse("gold", "contradiction"),
        border("gold"),
        pallu(
            "gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold-gold",
            "loop",
            hit_limit=True,
        ),
        wearing("black saree"),
        material("the saree is with silk fabric and the blouse is with velvet fabric", "unsupported"),
        describe("saree", "a black saree with gold buttis and a gold border, and a black blouse with gold sleeves"),
        details("saree", "The saree details are the saree details.", "restated"),
        title="Saree mall Black & Gold-Toned Zari Woven Banarasi Silk Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a gold tissue saree with a gold border edged thinly in maroon, gold pallu, maroon short-sleeve
    # blouse, gold earrings, white backdrop. Adapter + reference engine.
    case(
        "X752-027",
        caption("The lady wears a golden saree and a maroon short-sleeve blouse. There is an accessory on her ear."),
        saree("gold"),
        blouse("maroon"),
        border("maroon", "contradiction"),
        pallu("maroon", "other_garment_color"),
        describe("saree", "a gold tissue saree with a maroon blouse"),
        wearing(
            "she is wearing a gold saree and a maroon blouse with short sleeves and a round neckline and there is an "
            "accessory on her ear and",
            "cut",
            hit_limit=True,
        ),
        material(
            "the saree is with tissue fabric. Question: What is the color of the blouse? Answer: maroon",
            "leak",
            hit_limit=True,
        ),
        title="Mimosa Gold-Toned Solid Tissue Saree",
        category="Sarees",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a peach georgette saree with a mirror-work border, peach pallu with mirror work, peach
    # sleeveless blouse with mirror work, white backdrop. Adapter + reference engine.
    case(
        "X752-028",
        caption(
            "The lady is wearing a peach saree with a mirror border and a peach blouse. The blouse is sleeveless and "
            "its neckline is round. The saree is with chiffon fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        saree("peach"),
        blouse("peach"),
        border("silver"),
        pallu("the color of the pallu is the color of the pallu", "restated"),
        details("saree", "mirror work on the border and the blouse"),
        material("chiffon", "unsupported"),
        title="Kalini Peach Mirror Work Georgette Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a green georgette saree with a maroon velvet border, pallu green with a maroon velvet band,
    # maroon velvet short-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-029",
        caption(
            "The lady is wearing a green saree with a maroon border and a maroon blouse. The blouse is with velvet "
            "fabric."
        ),
        saree("maroon", "contradiction"),
        blouse("maroon"),
        border("maroon"),
        pallu("green with maroon border"),
        wearing(
            "a saree with a velvet border, the saree is green and the border is maroon and the blouse is maroon and "
            "the saree is green and the",
            "cut",
            hit_limit=True,
        ),
        material("georgette with a velvet border"),
        describe("saree", "a maroon saree with a green border", "other_garment_color"),
        title="Mitera Green Georgette Saree with Velvet Border",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a silver-toned sequinned saree, silver sequinned border and pallu, silver sleeveless blouse,
    # small silver earrings, no necklace, black studio backdrop. Adapter + reference engine.
    case(
        "X752-030",
        caption(
            "The lady is wearing a silver saree and a silver sleeveless blouse. The saree is with other fabric and "
            "pure color patterns. The background is black."
        ),
        saree("silver"),
        blouse("silver"),
        border("silver"),
        pallu("black", "contradiction"),
        describe("saree", "a silver saree with a silver blouse and a silver necklace", "unsupported"),
        wearing("yes", "non_answer"),
        title="Shaily Silver-Toned Sequinned Party Saree",
        category="Sarees",
        color="Silver",
        gender="Women",
    ),
    # photo: model in a half-and-half saree: royal blue pleats, green pallu, thin gold border, green short-sleeve
    # blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-031",
        caption(
            "The lady is wearing a blue and green saree with a green blouse. The saree is with color block patterns.",
        ),
        saree("blue"),
        blouse("green"),
        border("gold"),
        pallu("green"),
        wearing("a blue saree with a blue blouse", "other_garment_color"),
        details("saree", "the pallu is green and the pleats are blue"),
        material("the saree is with cotton fabric", "unsupported"),
        describe("saree", "no", "non_answer"),
        title="Saree mall Blue & Green Half and Half Silk Blend Saree",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a coffee brown silk saree with a cream border, pallu brown with cream stripes, cream
    # short-sleeve blouse with a round neckline, white backdrop. Adapter + reference engine.
    case(
        "X752-032",
        caption(
            "The gentleman is wearing a brown saree with a cream border and a cream blouse. The saree is with silk "
            "fabric.",
            "pronoun",
        ),
        saree("brown"),
        blouse("brown", "contradiction"),
        border("cream"),
        pallu("brown with cream stripes"),
        material("the saree is with chiffon fabric", "unsupported"),
        describe(
            "saree",
            "a brown silk saree with a cream border and a cream blouse with short sleeves and a round neckline, and "
            "the saree is with silk fabric and the border",
            "cut",
            hit_limit=True,
        ),
        title="Varkala Silk Sarees Coffee Brown Solid Silk Saree",
        category="Sarees",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: model in a white georgette saree with a black floral print and a black border, pallu white with black
    # flowers, black short-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-033",
        caption("The lady is wearing a white saree with black floral patterns and a black blouse."),
        saree("white"),
        blouse("black"),
        border("black"),
        pallu("black", "other_garment_color"),
        describe("saree", "a black saree with white flowers", "other_garment_color"),
        pattern("floral"),
        wearing("she is wearing a white saree with black flowers and a black blouse"),
        material(
            "the saree is with chiffon fabric, the blouse is with chiffon fabric, the saree is with chiffon",
            "loop",
            hit_limit=True,
        ),
        title="Anouk White & Black Floral Printed Georgette Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a plain mauve satin saree with a silver lace border, mauve pallu, mauve short-sleeve blouse
    # with plain sleeves, front view, white backdrop. Adapter + reference engine.
    case(
        "X752-034",
        caption(
            "The lady wears a purple saree with a silver border and a purple blouse. The saree is with other fabric "
            "and pure color patterns. The saree is with other fabric and pure color patterns. The saree",
            "loop",
            hit_limit=True,
        ),
        saree("mauve"),
        blouse("mauve"),
        border("silver"),
        pallu("silver", "other_garment_color"),
        material("satin"),
        details(
            "saree",
            "the saree has a silver lace border and the blouse has puff sleeves with a zipper at the back",
            "unsupported",
        ),
        describe("saree", "Describe the saree.", "restated"),
        title="Mitera Mauve Solid Satin Saree with Lace Border",
        category="Sarees",
        color="Mauve",
        gender="Women",
    ),
    # photo: model in a red-and-black gamcha-check cotton saree with a black border, pallu red and black checks,
    # black short-sleeve blouse, no belt, white backdrop. Adapter + reference engine.
    case(
        "X752-035",
        caption(
            "The lady is wearing a red saree with lattice patterns and a black blouse. The saree is with "
            "cotton fabric.",
        ),
        saree("red"),
        blouse("red", "contradiction"),
        border("black"),
        pallu("red and black checks"),
        pattern("checked"),
        wearing("What is the person wearing?", "restated"),
        describe("saree", "a red checked saree with a black blouse and a black belt", "unsupported"),
        title="Sangria Red & Black Checked Cotton Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: model in a pink Banarasi saree with a silver zari border and silver woven motifs, pallu pink with silver
    # zari stripes, silver short-sleeve blouse, earrings and bangles, white backdrop. Adapter + reference engine.
    case(
        "X752-036",
        caption(
            "The lady is wearing a pink saree with a silver border and a silver blouse. There is an accessory on her "
            "ear and an accessory on her wrist."
        ),
        saree("pink"),
        blouse("pink", "contradiction"),
        border("silver"),
        pallu("pink with silver zari stripes"),
        describe(
            "saree",
            "a pink saree with a silver border and a silver blouse. Question: What is the color of the saree? "
            "Answer: pink. Question",
            "leak",
            hit_limit=True,
        ),
        details("saree", "silver zari border and silver woven motifs all over"),
        wearing("he is wearing a saree", "pronoun"),
        title="Mimosa Pink & Silver-Toned Banarasi Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a yellow Paithani silk saree with a green-and-magenta border, green pallu with woven peacock
    # motifs, green elbow-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-037",
        caption(
            "The lady is wearing a yellow saree with a green border and a green blouse. The saree is with silk "
            "fabric and the pallu has peacock patterns and the border has peacock patterns and the",
            "cut",
            hit_limit=True,
        ),
        saree("yellow"),
        blouse("green"),
        border("green"),
        pallu("yellow", "other_garment_color"),
        wearing("she wears a yellow paithani saree"),
        is_a("saree", "yes"),
        material("silk"),
        details(
            "saree",
            "peacock motifs on the pallu and the border, and the saree is with silk fabric, and the blouse is with "
            "silk fabric and the",
            "cut",
            hit_limit=True,
        ),
        title="Yeola Paithani Yellow & Green Pure Silk Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a lime green georgette saree with a white lace border, pallu lime green with white lace, lime
    # green sleeveless blouse, bare head, white backdrop. Adapter + reference engine.
    case(
        "X752-038",
        caption(
            "The lady is wearing a green saree with a white border and a green blouse. She wears a hat.",
            "unsupported",
        ),
        saree("lime green"),
        blouse("lime green"),
        border("lime green", "contradiction"),
        pallu("green with white lace"),
        details("saree", "yes", "non_answer"),
        wearing("a green saree and a white hat", "unsupported"),
        title="Kalini Lime Green Georgette Saree with Lace Border",
        category="Sarees",
        color="Lime Green",
        gender="Women",
    ),
    # photo: flat-lay, no person: a navy blue saree with gold woven stripes and a gold border, folded to show the
    # pallu of gold stripes on navy, the navy blouse piece with gold stripes beside it, white surface. Adapter + ref.
    case(
        "X752-039",
        caption("The saree is navy blue with gold stripes. The blouse is navy blue with gold stripes."),
        saree("navy blue"),
        blouse("navy blue"),
        border("navy blue", "contradiction"),
        pallu("gold stripes on navy blue"),
        wearing(
            "The lady is wearing a navy blue saree with gold stripes. There is an accessory on her wrist.",
            "unsupported",
        ),
        pattern("striped"),
        describe(
            "saree",
            "a navy blue saree with gold stripes. Question: Describe the blouse. Answer: a navy blue blouse with gold",
            "leak",
            hit_limit=True,
        ),
        title="Navy Blue & Gold-Toned Striped Woven Saree with Blouse Piece",
        category="Sarees",
        color="Navy Blue",
    ),
    # photo: model in a peach kota doria cotton saree with small woven checks and a gold border, peach pallu, peach
    # short-sleeve blouse with a round neckline, white backdrop. Adapter + reference engine.
    case(
        "X752-040",
        caption(
            "The lady is wearing a peach saree with lattice patterns and a peach blouse. The saree is with cotton "
            "fabric."
        ),
        saree("peach"),
        blouse("peach"),
        border("peach", "contradiction"),
        pallu("Answer: peach", "leak"),
        describe("saree", "the saree", "non_answer"),
        material("cotton"),
        details(
            "saree",
            "small checks all over the saree, a gold border, and the blouse has a V-shape neckline and a zipper at the",
            "cut",
            hit_limit=True,
        ),
        title="Kota Doria Peach Checked Cotton Saree",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a teal patola-print saree with red-and-white geometric motifs, red border, red pallu with
    # geometric motifs, red short-sleeve blouse, no tassels, white backdrop. Adapter + reference engine.
    case(
        "X752-041",
        caption(
            "The lady is wearing a long dress with graphic patterns and a red border. Her blouse is red and "
            "short-sleeve.",
            "contradiction",
        ),
        saree("teal"),
        blouse("red"),
        border("red"),
        pallu("red"),
        details(
            "saree",
            "geometric patola print in red and white, with a red border, a red pallu and a tassel on the pallu, and "
            "a red blouse with a",
            "cut",
            hit_limit=True,
        ),
        pattern("printed"),
        wearing("The man is wearing a blue saree", "pronoun"),
        describe("saree", "a red saree with a teal border", "other_garment_color"),
        title="Saree mall Teal & Red Patola Printed Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: model in a black-and-white striped saree with a red border, pallu black and white stripes edged in red,
    # red short-sleeve blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-042",
        caption("The lady is wearing a striped saree with a red border and a red blouse."),
        saree("red", "contradiction"),
        blouse("red"),
        border("red"),
        pallu("black and white stripes with a red border"),
        wearing("a red saree", "other_garment_color"),
        pattern("striped"),
        describe(
            "saree",
            "black and white stripes with a red border, red border, red border, red border, red border, red border, "
            "red border",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Black & White Striped Saree with Contrast Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mint green organza saree with a pink floral print and a pink printed border, pallu mint with
    # pink flowers, mint sleeveless blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-043",
        caption(
            "The lady is wearing a green saree with pink floral patterns and a green blouse. The saree is with "
            "chiffon fabric.",
            "unsupported",
        ),
        saree("green"),
        blouse("pink", "contradiction"),
        border("pink"),
        pallu("mint green with pink flowers"),
        describe(
            "saree",
            "a mint green organza saree with pink floral print, the saree is with chiffon fabric, the saree is with "
            "chiffon fabric, the saree is with",
            "loop",
            hit_limit=True,
        ),
        title="Mint Green & Pink Floral Printed Organza Saree",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a royal blue silk saree with a silver zari border, pallu blue with small silver buttis, silver
    # short-sleeve blouse, holding a silver potli bag, white backdrop. Adapter + reference engine.
    case(
        "X752-044",
        caption(
            "The lady is wearing a blue saree with a silver border and a silver blouse. The lady holds a bag in her "
            "hand."
        ),
        saree("blue"),
        blouse("blue", "contradiction"),
        border("silver"),
        pallu("silver", "other_garment_color"),
        wearing("Question: What is the person wearing? Answer: a blue saree", "leak"),
        material("silk"),
        describe("saree", "a silver saree with a blue border", "other_garment_color"),
        details("saree", "The details of the saree are the details on the saree.", "restated"),
        title="Ishin Royal Blue Silk Saree with Zari Border",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a half-and-half saree, orange pleats and a pink pallu, thin gold border, pink short-sleeve
    # blouse, white backdrop. Adapter + reference engine.
    case(
        "X752-045",
        caption(
            "The lady is wearing an orange and pink saree with a pink blouse. The saree is with color block patterns.",
        ),
        saree("orange"),
        blouse("orange", "contradiction"),
        border("gold"),
        pallu("pink"),
        describe(
            "saree",
            "an orange saree with a pink pallu, an orange saree with a pink pallu, an orange saree with a pink pallu, "
            "an orange",
            "loop",
            hit_limit=True,
        ),
        details("saree", "the border is with pure color patterns"),
        material("the saree is with denim fabric and its neckline is round", "unsupported"),
        title="Orange & Pink Half and Half Georgette Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a burgundy georgette saree with sequins all over and a burgundy sequinned border, burgundy
    # pallu with sequins, burgundy sleeveless blouse, white backdrop. Feed row has no color. Adapter + ref.
    case(
        "X752-046",
        caption(
            "The lady is wearing a red saree and a red blouse. The saree is with other fabric and pure color patterns."
        ),
        saree("maroon"),
        blouse("maroon"),
        border("gold", "contradiction"),
        pallu("maroon with sequins"),
        wearing("he is wearing a maroon saree", "pronoun"),
        material("the saree is with chiffon fabric", "unsupported"),
        details("saree", "sequins all over the saree and the blouse, and the blouse has full sleeves", "unsupported"),
        title="Burgundy Sequinned Georgette Saree",
        category="Sarees",
        gender="Women",
    ),
]
