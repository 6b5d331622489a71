"""BLIND_532 (46 products; Myntra women's ethnic wear, experiments' own questions, four model variants): written blind
in the fiftieth session. Measured blind at e273f8d (the session's rules as they stood): 113/136 failures found
(83.1%) and 8/177 correct texts flagged (4.5%). The writer's notes, verbatim:

Scenario: the original experiments re-run on a Myntra-like English feed of women's ethnic wear: straight and A-line
kurtas, kurta sets (kurta with palazzos, trousers or churidar, often a dupatta), anarkalis, sarees with their
blouses, lehenga cholis, dupattas and palazzos sold alone (worn in the photo over a kurta or under a kurti that is not
sold). Photos are Myntra-style: a model standing front-on in a studio, against a colored wall, a wooden door, a brick
wall, a window with plants, an outdoor terrace or arch; most wear earrings or bangles. The questions are the
experiments' own ("What is she wearing?", "What is the color of the kurta / dupatta / saree / palazzos?", "Describe
the kurta.", "What are the kurta details?", asked of the product's garment), plus enrich's closed garment_type, color
and sleeve_length, and on some products pattern, material and a yes/no "Is this a ...?". Each row has the seller's
title, category, color and gender; two rows miss the gender and one the color, as real feeds do.

Who wrote what: the untuned base `Salesforce/blip2-opt-2.7b` wrote every text the comments do not assign elsewhere:
short, lowercase ("a woman in a yellow kurta and white pants"), stopping on its own (never hit_limit). The caption
adapter (epoch 1 or epoch 3, the comment says which) writes the DeepFashion template with no end token: every text of
it runs to its limit (50 new tokens for captions, 30 for answers), carries hit_limit=True, and it returns the template
to any question. It has no kurta, saree or lehenga in its vocabulary: a kurta is a "shirt", palazzos are "long pants"
or "trousers", a lehenga is a "long skirt", a saree a "dress". The VQA adapter (In-shop VQA pairs, one epoch, also no
end token) answers in In-shop words (dress, blouse, pants, a hue, yes) and repeats them to its 30-token limit; its
color answers are stored open. Closed answers (garment_type, color, pattern, sleeve_length, per-piece colors and the
yes/no question, unless a comment says the VQA adapter gave a color in free text) come from enrich's
`--engine reference`, chosen from candidate sets: never a loop or a cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- Shade words count as correct for the seller's color: red for maroon, blue for navy or indigo, green for teal, sea
  green or olive, yellow for mustard, pink for peach, fuchsia, magenta or coral, orange for coral or rust, brown for
  rust, purple for mauve or lavender, white or cream for off white and beige, grey for silver. "navy" and "maroon"
  given by the reference engine are correct. A two-tone garment (an ombre pink-to-orange saree) may be named by either
  of its colors; the base color of a multi-colored print (white on a "Multi" floral saree) is correct.
- A color that only the print, the border, the zari or the foil has (gold on a red Banarasi saree, blue on a white
  kurta with indigo block print), or only the wall has, given as the garment's color is contradiction. A color that
  another piece in the photo has (the palazzos, the dupatta, the blouse, the jacket, the unsold kurta under a dupatta,
  jeans) given to the product or to another piece is other_garment_color, even where the print also carries it.
  navy called black and mustard called orange are contradiction. A color that no piece has (a "gold blouse" on a
  saree with a black blouse, a "red kurta" that is green) is contradiction.
- Garments: kurta may be called shirt, top or tunic; palazzos pants or trousers; churidar leggings or pants; a
  lehenga a skirt; a dupatta a scarf; a saree a sari; an anarkali a dress (it is cut like a gown), and "kurta" for a
  kurta set is correct (its main piece). "dress" for a straight or A-line kurta worn over pants or leggings, and
  "dress" for a saree (the adapter's habit) are contradiction, as are "no" to "Is this a kurta?" for an anarkali
  kurta and "yes" to "Is this a dress?" for an asymmetric knee-length kurta.
- Sleeves: the saree's and lehenga's sleeve length is the blouse's. Three-quarter sleeves answered "long sleeves"
  and long sleeves answered "three-quarter sleeves" are contradiction.
- Materials: a material the title names is correct (chiffon for georgette too, net, organza, velvet, rayon, silk for a
  silk blend); a material that neither the title nor the photo supports (silk on a cotton print, on a net lehenga, on
  rayon palazzos, on a cotton phulkari, on a matte cotton-look or rayon-look kurta whose title names no fabric; cotton
  on a sheer georgette chikankari; linen for a pure cotton kurta; denim, the jeans' fabric, for the kurta) is
  unsupported.
- Invented items or features not in the photo (a belt, a purse, a necklace, buttons, a pocket, tassels, a border the
  dupatta lacks, a dupatta the photo lacks, a mirror-work border) are unsupported; those the photo shows (the gold
  necklace on the Banarasi saree, a handbag the model holds, jhumkas, a stool, a brick wall) are correct.
- Adapter texts: one that repeats a sentence or a clause of its own is loop, whatever it names; a non-repeating one
  that calls the product a "dress" where that is wrong (a saree) is contradiction, hit_limit kept; any other is cut.
  The template returned for the material question is restated. VQA adapter answers that repeat one word or phrase
  are loop.
- Base answers: one that stops early mid-phrase ("it is made of", "a blue kurta with pink") is cut, no hit_limit; an
  empty answer, "the saree details", "the kurta details", "the details of the kurta" and "the kurta has a lot of
  details" are non_answer; "they are palazzos" to describe them, "the kurta is red" for its details and "the kurta
  is purple" for its material are restated; a base answer that runs on into "Question: ... Answer: ..." is leak
  even where its first words are right.
- "he", "his" or "a man" for the woman in the photo is pronoun.
"""

from functools import partial

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

she = partial(wearing, who="she")

BLIND_532 = [
    # photo: model in a mustard straight cotton kurta with a small white-and-red floral print, three-quarter sleeves,
    # white palazzos, silver jhumkas; plain white studio backdrop, front view. All texts: base or reference engine.
    case(
        "X532-001",
        caption("a woman in a yellow kurta and white pants"),
        she("a yellow kurta with white palazzo pants"),
        color_of("kurta", "yellow"),
        color_of("palazzos", "yellow", "other_garment_color"),
        details("kurta", "floral print and three quarter sleeves"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("silk", "unsupported"),
        title="Women Mustard Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Mustard",
        gender="Women",
    ),
    # photo: floor-length maroon georgette anarkali, gold zari embroidery on the yoke, long sleeves, matching maroon
    # dupatta over one shoulder, no belt; cream studio backdrop. caption: caption adapter, epoch 3.
    case(
        "X532-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress with",
            "loop",
            hit_limit=True,
        ),
        she("a red anarkali dress"),
        color_of("kurta", "maroon"),
        describe(
            "kurta",
            "it is a long red dress with gold embroidery and a belt",
            "unsupported",
        ),
        B.garment_type("kurta"),
        B.pattern("embroidered"),
        details("kurta", "the details of the kurta", "non_answer"),
        title="Women Maroon Embroidered Georgette Anarkali Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy silk-blend saree with a wide gold zari border, navy elbow-sleeve blouse, pallu over the shoulder;
    # model standing in front of a carved wooden door.
    case(
        "X532-003",
        caption("a woman in a blue sari standing in front of a door"),
        she(
            "a blue saree with a gold border Question: what is the color of the blouse? Answer: blue",
            "leak",
        ),
        color_of("saree", "black", "contradiction"),
        describe("saree", "it is a blue saree with a gold border and a blouse"),
        details("saree", "the saree details", "non_answer"),
        B.garment_type("saree"),
        B.material("silk"),
        title="Navy Blue Woven Design Zari Silk Blend Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pink cotton kurta with a white floral print, three-quarter sleeves, V neck, pink trousers, white cotton
    # dupatta with a pink border; light grey backdrop. caption and details: caption adapter, epoch 1.
    case(
        "X532-004",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        she("a pink kurta with white flowers and a white scarf"),
        color_of("kurta", "pink"),
        color_of("dupatta", "pink", "other_garment_color"),
        details(
            "kurta",
            "The shirt is with cotton fabric and floral patterns. It has a V-shape neckline. The shirt is with cotton "
            "fabric and floral patterns. It has",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        title="Women Pink Floral Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: red net lehenga with gold embroidery, red sleeveless blouse, red net dupatta with a gold border; model
    # wears a maang tikka and jhumkas, no necklace; beige curtain behind.
    case(
        "X532-005",
        caption("a woman in a red and gold lehenga"),
        she("a red lehenga with a gold necklace", "unsupported"),
        B.garment_type("lehenga"),
        B.color("red"),
        color_of("dupatta", "gold", "contradiction"),
        describe("lehenga", "it is a red lehenga with gold embroidery and a net dupatta"),
        B.material("silk", "unsupported"),
        title="Red Embroidered Net Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Choli",
        color="Red",
        gender="Women",
    ),
    # photo: teal straight rayon kurta, solid, gota lace at the neck, three-quarter sleeves, white churidar; model
    # against a pastel pink wall.
    case(
        "X532-006",
        caption("a woman in a green kurta standing against a pink wall"),
        she("a green kurta and white leggings"),
        color_of("kurta", "pink", "contradiction"),
        B.garment_type("kurta"),
        describe("kurta", "a long green kurta with a lace border on the neck"),
        details("kurta", "the kurta details", "non_answer"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Teal Gotta Patti Straight Rayon Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white handloom cotton saree with a red border, red short-sleeve blouse; a room with potted plants.
    # caption and description: caption adapter, epoch 3.
    case(
        "X532-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger. The",
            "contradiction",
            hit_limit=True,
        ),
        she("a white sari with a red border"),
        color_of("saree", "white"),
        describe(
            "saree",
            "The dress is with cotton fabric and pure color patterns. The dress is with cotton fabric and pure color "
            "patterns. The dress is",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("saree"),
        B.material("cotton"),
        title="Off White & Red Solid Pure Cotton Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: black flared rayon palazzos, waistband hidden under a plain white short kurti (not sold), no visible
    # pockets; grey studio backdrop, full length front view.
    case(
        "X532-008",
        caption("a woman in black pants and a white shirt"),
        she("black palazzo pants"),
        color_of("palazzos", "white", "other_garment_color"),
        B.garment_type("palazzos"),
        details("palazzos", "they are black palazzos", "restated"),
        describe(
            "palazzos",
            "a pair of black palazzo pants with a drawstring and pockets",
            "unsupported",
        ),
        B.material("rayon"),
        title="Women Black Solid Flared Rayon Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: sleeveless olive cotton kurta under a long open cream jacket with a floral print (long sleeves), olive
    # trousers; white backdrop.
    case(
        "X532-009",
        caption("a woman in a green kurta and a white floral jacket"),
        she("a green dress with a white jacket", "contradiction"),
        color_of("kurta", "white", "other_garment_color"),
        describe("kurta", "a long sleeveless kurta with a", "cut"),
        is_a("kurta", "yes"),
        B.material("cotton"),
        title="Women Olive Green Cotton Kurta with Trousers & Printed Jacket",
        category="Kurta Sets",
        color="Olive",
        gender="Women",
    ),
    # photo: magenta chiffon dupatta with a gold gota border, draped over both shoulders of a model in a plain white
    # kurta and pants (not sold); white backdrop. wearing and the dupatta's color (open): VQA adapter.
    case(
        "X532-010",
        caption("a woman in a white outfit with a pink scarf"),
        she(
            "dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress dress "
            "dress dress dress dress dress dress dress dress dress dress dress dress dress",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dupatta",
            "pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("dupatta"),
        B.color("white", "other_garment_color"),
        is_a("dupatta", "yes"),
        title="Magenta Solid Chiffon Dupatta with Gotta Patti Border",
        category="Dupatta",
        color="Magenta",
        gender="Women",
    ),
    # photo: powder blue georgette anarkali with silver mirror work on yoke and sleeves, white churidar, sheer blue
    # dupatta; garden background. caption and wearing: caption adapter, epoch 1.
    case(
        "X532-011",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long pants. The pants are with "
            "cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "blue"),
        color_of("dupatta", "white", "other_garment_color"),
        details("kurta", "mirror work on the neck and sleeves"),
        B.garment_type("kurta set"),
        B.material("chiffon"),
        title="Women Blue Mirror Work Georgette Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: white straight cotton kurta with an indigo floral block print, long sleeves, white pants; model in front
    # of a red brick wall. details: VQA adapter.
    case(
        "X532-012",
        caption("a woman in a blue and white kurta standing in front of a brick wall"),
        she("a blue kurta with white print and white pants", "contradiction"),
        color_of("kurta", "blue", "contradiction"),
        B.pattern("printed"),
        describe("kurta", "it is a white kurta with blue flowers"),
        details(
            "kurta",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        title="Women White & Blue Block Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: ombre pink-to-orange georgette saree with scattered sequins, pink sleeveless blouse; grey backdrop; the
    # model holds nothing.
    case(
        "X532-013",
        caption("a woman in a pink and orange sari holding a purse", "unsupported"),
        she("a pink saree with sequins"),
        color_of("saree", "orange"),
        describe("saree", "he is wearing a pink and orange saree", "pronoun"),
        B.sleeve_length("sleeveless"),
        B.material("georgette"),
        title="Pink & Orange Ombre Sequinned Georgette Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: lime green long-sleeve cotton kurta with yellow thread embroidery on the yoke, V neck, yellow palazzos,
    # yellow dupatta; white backdrop. caption: caption adapter, epoch 3.
    case(
        "X532-014",
        caption(
            "The lady wears a long-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a green kurta and yellow pants with a yellow dupatta"),
        color_of("kurta", "green"),
        color_of("palazzos", "yellow"),
        color_of("dupatta", "green", "other_garment_color"),
        details("kurta", "the kurta has a v neck and yellow embroidery"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Lime Green Yoke Design Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Lime Green",
        gender="Women",
    ),
    # photo: black straight kurta in a matte cotton-look fabric with multicolor (red, green, yellow) Kashmiri
    # embroidery on the yoke, long sleeves, black pants; white backdrop. description and details: VQA adapter.
    case(
        "X532-015",
        caption("a woman in a black dress with colorful embroidery", "contradiction"),
        she("a black kurta with embroidery"),
        describe(
            "kurta",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse-blouse",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "black"),
        B.pattern("embroidered"),
        B.material("silk", "unsupported"),
        title="Women Black Kashmiri Embroidered Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: mint green lehenga with a pink floral print, pink short-sleeve blouse, plain mint net dupatta without a
    # border; outdoor terrace with railings.
    case(
        "X532-016",
        caption("a woman in a green and pink lehenga"),
        she("a green skirt and a pink top"),
        B.color("pink", "other_garment_color"),
        color_of("lehenga", "green"),
        describe(
            "lehenga",
            "a long green skirt with pink flowers and a long dupatta with a gold border",
            "unsupported",
        ),
        B.garment_type("lehenga"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Sea Green & Pink Floral Printed Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Sea Green",
        gender="Women",
    ),
    # photo: rust cotton kurta with a white floral print, round neck, short sleeves, white pants, no dupatta; white
    # backdrop. caption and details: caption adapter, epoch 1.
    case(
        "X532-017",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a short-sleeve shirt with floral patterns. The",
            "loop",
            hit_limit=True,
        ),
        she("an orange kurta with white flowers"),
        color_of("kurta", "brown"),
        describe(
            "kurta",
            "an orange kurta with white flowers and a white dupatta",
            "unsupported",
        ),
        details(
            "kurta",
            "The shirt is with cotton fabric and floral patterns. It has a round neckline. The lady wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        title="Women Rust Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Women",
    ),
    # photo: red Banarasi silk saree with gold zari buttis and border, red elbow-sleeve blouse; the model wears a gold
    # necklace and jhumkas; ornate carved backdrop.
    case(
        "X532-018",
        caption("a woman in a red sari with gold jewelry"),
        she("a red and gold saree with a gold necklace"),
        color_of("saree", "gold", "contradiction"),
        describe("saree", "a red banarasi saree with a", "cut"),
        details("saree", "gold zari work and a gold border"),
        B.material("silk"),
        B.sleeve_length("sleeveless", "contradiction"),
        is_a("saree", "yes"),
        title="Red & Gold-Toned Woven Design Banarasi Silk Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: off-white cotton palazzos with a gold foil print, worn under a plain pink kurta (not sold); white
    # backdrop. caption and description: caption adapter, epoch 3.
    case(
        "X532-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with cotton fabric and graphic patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("a pink kurta and white pants"),
        color_of("palazzos", "pink", "other_garment_color"),
        B.garment_type("palazzos"),
        describe(
            "palazzos",
            "The lady wears a long trousers. The trousers are with cotton fabric and graphic patterns. The lady wears "
            "a long trousers. The trousers",
            "loop",
            hit_limit=True,
        ),
        B.color("white"),
        title="Women Off White Foil Printed Cotton Palazzos",
        category="Palazzos",
        color="Off White",
        gender="Women",
    ),
    # photo: peach georgette anarkali with white thread embroidery on the yoke, three-quarter sleeves, round neck,
    # white net dupatta; white backdrop.
    case(
        "X532-020",
        caption("a woman in a peach dress"),
        she(
            "a pink anarkali dress Question: what is the color of the dupatta? Answer: white",
            "leak",
        ),
        color_of("kurta", "pink"),
        color_of("dupatta", "white"),
        describe(
            "kurta",
            "a long flowing anarkali with white embroidery on the yoke and gold buttons",
            "unsupported",
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Peach Thread Work Anarkali Kurta with Net Dupatta",
        category="Kurtas",
        color="Peach",
        gender="Women",
    ),
    # photo: navy kurta with a white floral print, round neck, navy trousers, navy-and-white printed dupatta; white
    # backdrop. description: VQA adapter.
    case(
        "X532-021",
        caption("a woman in a blue floral kurta"),
        she("a blue kurta with white flowers and blue pants"),
        color_of("kurta", "navy"),
        color_of("dupatta", "blue"),
        describe(
            "kurta",
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse "
            "blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse blouse",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "white flowers on his kurta and a round neck", "pronoun"),
        B.pattern("floral"),
        B.material("it is made of", "cut"),
        title="Women Navy Blue Floral Printed Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: grey chiffon saree with a black leaf print, black sleeveless blouse; grey wall. wearing and the saree's
    # color (open): VQA adapter.
    case(
        "X532-022",
        caption("a woman in a grey sari with black leaves"),
        she(
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "saree",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        B.garment_type("saree"),
        B.color("black", "other_garment_color"),
        B.material("chiffon"),
        title="Grey & Black Leaf Printed Pure Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: yellow georgette chikankari kurta, white thread embroidery all over, long sleeves, no pockets, white slip
    # and white pants; white backdrop. caption: caption adapter, epoch 1.
    case(
        "X532-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The lady wears a long-sleeve shirt with pure color patterns. "
            "The shirt is",
            "loop",
            hit_limit=True,
        ),
        she("a yellow kurta with white embroidery"),
        color_of("kurta", "yellow"),
        describe("kurta", "a long yellow kurta with white embroidery all over"),
        details("kurta", "white embroidery on the sleeves and a pocket", "unsupported"),
        B.material("cotton", "unsupported"),
        B.sleeve_length("long sleeves"),
        title="Women Yellow Chikankari Embroidered Georgette Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Women",
    ),
    # photo: white cotton kurta with a small red floral print, white palazzos in the same print, plain red dupatta;
    # white backdrop. The feed row has no gender.
    case(
        "X532-024",
        caption("a woman in a white and red outfit"),
        she("a white kurta with red flowers, white pants and a red scarf"),
        color_of("kurta", "red", "other_garment_color"),
        color_of("palazzos", "white"),
        color_of("dupatta", "red"),
        details("kurta", "the kurta details are", "cut"),
        B.pattern("striped", "contradiction"),
        title="White & Red Floral Printed Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
    ),
    # photo: mustard cotton saree with a black temple border, black blouse; model by a window with a green plant.
    # description: VQA adapter.
    case(
        "X532-025",
        caption("a woman in a yellow sari standing next to a plant"),
        she("a yellow saree"),
        color_of("saree", "orange", "contradiction"),
        describe(
            "saree",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details(
            "saree",
            "black border with a temple design and a gold blouse",
            "contradiction",
        ),
        B.garment_type("saree"),
        B.pattern("solid"),
        title="Mustard Solid Cotton Saree with Temple Border",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: sleeveless white cotton kurta with thin pink vertical stripes, round neck, no pocket, pink pants; model
    # wears a wristwatch; white backdrop. caption and wearing: caption adapter, epoch 3.
    case(
        "X532-026",
        caption(
            "The lady wears a sleeveless shirt with striped patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        she(
            "The lady wears a sleeveless shirt with striped patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.pattern("striped"),
        B.sleeve_length("sleeveless"),
        color_of("kurta", "pink", "other_garment_color"),
        B.material("cotton"),
        details("kurta", "pink stripes and a pocket", "unsupported"),
        title="Women White & Pink Striped Sleeveless Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: black velvet lehenga with silver embroidery and sequins, black blouse, silver net dupatta, no belt; dark
    # grey studio backdrop.
    case(
        "X532-027",
        caption("a woman in a black and silver lehenga"),
        she("a black lehenga with a silver dupatta"),
        B.color("black"),
        color_of("dupatta", "black", "other_garment_color"),
        B.material("velvet"),
        describe("lehenga", "a black lehenga with a silver and red dupatta", "contradiction"),
        details(
            "lehenga",
            "silver embroidery and sequins on the skirt and a belt",
            "unsupported",
        ),
        is_a("lehenga", "yes"),
        title="Black & Silver-Toned Embroidered Velvet Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Black",
        gender="Women",
    ),
    # photo: mauve A-line cotton kurta with a white lace hem, three-quarter sleeves, white leggings; white backdrop.
    case(
        "X532-028",
        caption("a woman in a purple kurta with white lace"),
        she("a purple kurta and white leggings"),
        color_of("kurta", "purple"),
        details("kurta", "the kurta has a lot of details", "non_answer"),
        B.garment_type("dress", "contradiction"),
        B.material("the kurta is purple", "restated"),
        title="Women Mauve A-Line Pure Cotton Kurta with Lace Detail",
        category="Kurtas",
        color="Mauve",
        gender="Women",
    ),
    # photo: emerald green silk kurta with gold embroidery at the neck, green trousers, gold organza dupatta; white
    # backdrop. description: VQA adapter.
    case(
        "X532-029",
        caption("a woman in a green and gold outfit"),
        she("a green kurta with gold embroidery"),
        color_of("dupatta", "green", "other_garment_color"),
        color_of("kurta", "green"),
        describe(
            "kurta",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green",
            "loop",
            hit_limit=True,
        ),
        details(
            "kurta",
            "gold embroidery on the neck Question: what is the color of the pants? Answer: green",
            "leak",
        ),
        B.material("silk"),
        title="Women Green Embroidered Silk Kurta with Trousers & Organza Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Women",
    ),
    # photo: white georgette saree with a multicolor floral print, red short-sleeve blouse; white backdrop. caption
    # and description: caption adapter, epoch 1.
    case(
        "X532-030",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger",
            "contradiction",
            hit_limit=True,
        ),
        she("a floral saree with a red blouse"),
        describe(
            "saree",
            "The dress is with chiffon fabric and floral patterns. It has a round neckline. The dress is with chiffon "
            "fabric and floral patterns.",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "white"),
        B.pattern("floral"),
        B.material("chiffon"),
        title="Multicoloured Floral Printed Georgette Saree",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: coral A-line cotton kurta with mirror work and tassels at the neck, three-quarter sleeves, worn with blue
    # jeans; white backdrop.
    case(
        "X532-031",
        caption("a woman in an orange kurta and jeans"),
        she("a pink top and blue jeans"),
        color_of("kurta", "blue", "other_garment_color"),
        details("kurta", "mirror work and tassels on the neck"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("denim", "unsupported"),
        describe(
            "kurta",
            "a pink kurta with a mirror work neckline and tassels and a pink dupatta",
            "unsupported",
        ),
        title="Women Coral Mirror Work A-Line Pure Cotton Kurta",
        category="Kurtas",
        color="Coral",
        gender="Women",
    ),
    # photo: orange cotton phulkari dupatta with pink, green and yellow thread embroidery, over the shoulders of a
    # model in a plain black kurta and pants (not sold); white backdrop. caption: caption adapter, epoch 3.
    case(
        "X532-032",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a round "
            "neckline. This lady wears neckwear. The lady wears a long pants. The pants are with cotton fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        she("a black kurta with an orange dupatta"),
        color_of("dupatta", "black", "other_garment_color"),
        B.garment_type("dupatta"),
        describe("dupatta", "it is an orange scarf with colorful embroidery"),
        B.material("silk", "unsupported"),
        title="Orange Phulkari Embroidered Pure Cotton Dupatta",
        category="Dupatta",
        color="Orange",
        gender="Women",
    ),
    # photo: floor-length fuchsia anarkali in a matte rayon-look fabric with a gold foil print, long sleeves, matching
    # pants and dupatta; model twirling under an outdoor sandstone arch.
    case(
        "X532-033",
        caption("a woman in a pink dress twirling"),
        she("a pink and gold anarkali"),
        color_of("kurta", "gold", "contradiction"),
        describe("kurta", "a long pink anarkali with gold print and a flared skirt"),
        details("kurta", "gold print"),
        B.sleeve_length("long sleeves"),
        is_a("kurta", "no", "contradiction"),
        B.material("silk", "unsupported"),
        title="Women Fuchsia Foil Printed Anarkali Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Fuchsia",
        gender="Women",
    ),
    # photo: white cotton straight kurta with thin black stripes, mandarin collar, long sleeves, black pants; a
    # short-haired model leaning on a wooden stool; white backdrop.
    case(
        "X532-034",
        caption("a man in a white striped shirt sitting on a stool", "pronoun"),
        she("a white striped shirt and black pants"),
        color_of("kurta", "white"),
        B.pattern("striped"),
        describe("kurta", "a white shirt with black stripes and a collar"),
        details("kurta", "the kurta is white", "restated"),
        B.sleeve_length("long sleeves"),
        B.material("linen", "unsupported"),
        title="Women White & Black Striped Mandarin Collar Pure Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: teal silk saree with a contrast pink zari border, pink elbow-sleeve blouse, no necklace; white backdrop.
    # wearing: VQA adapter.
    case(
        "X532-035",
        caption("a woman in a blue and pink sari"),
        she(
            "blouse and pants blouse and pants blouse and pants blouse and pants blouse and pants blouse and pants "
            "blouse and pants blouse",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "pink", "other_garment_color"),
        B.garment_type("saree"),
        describe(
            "saree",
            "a blue silk saree with a pink border and a gold necklace",
            "unsupported",
        ),
        is_a("saree", "yes"),
        title="Teal & Pink Zari Border Silk Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: beige kurta with a brown embroidered yoke, keyhole neck (no buttons), three-quarter sleeves, brown
    # palazzos; model against a beige wall.
    case(
        "X532-036",
        caption("a woman in a beige kurta and brown pants in front of a beige wall"),
        she("a beige kurta and brown palazzos"),
        color_of("kurta", "cream"),
        color_of("palazzos", "beige", "other_garment_color"),
        details("kurta", "embroidery on the yoke and buttons on the front", "unsupported"),
        B.garment_type("kurta set"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Women Beige Yoke Design Kurta with Palazzos",
        category="Kurta Sets",
        color="Beige",
        gender="Women",
    ),
    # photo: maroon velvet straight kurta with gold embroidery, long sleeves, gold pants; dark backdrop. caption,
    # details and material: caption adapter, epoch 3.
    case(
        "X532-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a maroon velvet kurta"),
        details(
            "kurta",
            "The shirt is with cotton fabric and pure color patterns. It has a round neckline. The lady wears a long "
            "pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The",
            "restated",
            hit_limit=True,
        ),
        color_of("kurta", "red"),
        B.sleeve_length("long sleeves"),
        title="Women Maroon Embroidered Velvet Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy rayon palazzos with white polka dots, worn with a white kurti (not sold); white backdrop. details:
    # VQA adapter.
    case(
        "X532-038",
        caption("a woman in a white top and blue polka dot pants"),
        she("palazzo pants"),
        describe("palazzos", "they are palazzos", "restated"),
        details(
            "palazzos",
            "pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants pants "
            "pants pants pants pants pants pants pants pants pants pants pants pants pants",
            "loop",
            hit_limit=True,
        ),
        color_of("palazzos", "blue"),
        B.pattern("polka dots"),
        B.material("silk", "unsupported"),
        title="Women Navy Blue Polka Dot Printed Rayon Palazzos",
        category="Palazzos",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pastel pink net lehenga with sequins all over, pink sleeveless blouse, pink net dupatta; white backdrop.
    # caption: caption adapter, epoch 1.
    case(
        "X532-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a pink lehenga"),
        color_of("lehenga", "pink"),
        B.sleeve_length("short sleeves", "contradiction"),
        details("lehenga", "sequins all over the skirt and blouse"),
        B.material("net"),
        describe("lehenga", "he is wearing a pink lehenga", "pronoun"),
        title="Pink Sequinned Net Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Women",
    ),
    # photo: green A-line cotton kurta with a white bandhani dot print, three-quarter sleeves, plain hem, white pants;
    # white backdrop. details: VQA adapter.
    case(
        "X532-040",
        caption("a woman in a red kurta with white dots", "contradiction"),
        she("a green kurta with white dots and white pants"),
        color_of("kurta", "green"),
        B.pattern("printed"),
        describe(
            "kurta",
            "a green kurta with white bandhani print and a mirror work border",
            "unsupported",
        ),
        details(
            "kurta",
            "dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress-dress",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        title="Women Green Bandhani Printed A-Line Pure Cotton Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black sequinned georgette party saree, black sleeveless blouse, plain pallu without tassels; ring light
    # reflected in a mirror behind.
    case(
        "X532-041",
        caption("a woman in a black sari with sequins"),
        she("a black saree"),
        describe("saree", "", "non_answer"),
        details(
            "saree",
            "it has sequins on the border and a tassel on the pallu",
            "unsupported",
        ),
        B.color("black"),
        color_of("saree", "grey", "contradiction"),
        B.material("sequins"),
        is_a("saree", "yes"),
        title="Black Sequinned Georgette Party Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: red cotton kurta, three-quarter sleeves, white palazzos with small red motifs, red-and-white printed
    # dupatta; white backdrop. caption: caption adapter, epoch 1.
    case(
        "X532-042",
        caption(
            "The lady wears a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and graphic patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a red kurta and red pants", "other_garment_color"),
        color_of("kurta", "red"),
        color_of("palazzos", "white"),
        color_of("dupatta", "red"),
        details("kurta", "the kurta is red", "restated"),
        B.garment_type("kurta"),
        title="Women Red Pure Cotton Kurta with Printed Palazzos & Dupatta",
        category="Kurta Sets",
        color="Red",
        gender="Women",
    ),
    # photo: indigo cotton kurta with white kantha embroidery and an asymmetric knee-length hem, white pants; the model
    # holds a brown leather handbag; white backdrop.
    case(
        "X532-043",
        caption("a woman in a blue kurta holding a bag"),
        she("a blue kurta and white pants with a brown bag"),
        color_of("kurta", "white", "other_garment_color"),
        describe("kurta", "it is a blue kurta with white embroidery and an asymmetric hem"),
        details(
            "kurta",
            "white embroidery Question: what is the color of the kurta? Answer: blue",
            "leak",
        ),
        is_a("dress", "yes", "contradiction"),
        title="Women Blue Kantha Embroidered Asymmetric Pure Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: sleeveless mustard anarkali with a red-and-green floral print, green chiffon dupatta; white backdrop.
    # the kurta's color (open): VQA adapter.
    case(
        "X532-044",
        caption("a woman in a yellow floral dress"),
        she("a yellow dress with flowers and a green scarf"),
        color_of(
            "kurta",
            "yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow-yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        color_of("dupatta", "yellow", "other_garment_color"),
        describe(
            "kurta",
            "a yellow anarkali with red and green flowers and long sleeves",
            "contradiction",
        ),
        B.sleeve_length("sleeveless"),
        B.pattern("floral"),
        title="Women Mustard Floral Printed Sleeveless Anarkali Kurta with Dupatta",
        category="Kurtas",
        color="Mustard",
        gender="Women",
    ),
    # photo: lavender organza saree with silver floral embroidery, silver short-sleeve blouse; outdoor lawn. caption:
    # caption adapter, epoch 3. The feed row has no gender.
    case(
        "X532-045",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        she("a purple saree with silver flowers"),
        color_of("saree", "grey", "other_garment_color"),
        B.material("organza"),
        describe("saree", "a light purple saree with silver embroidery and a silver blouse"),
        details(
            "saree",
            "silver embroidery Question: what is the color of the blouse? Answer: silver",
            "leak",
        ),
        title="Lavender Floral Embroidered Organza Saree",
        category="Sarees",
        color="Lavender",
    ),
    # photo: turquoise blue straight rayon kurta with pink floral embroidery at the neck and cuffs, long sleeves,
    # pink palazzos; white backdrop. The feed row has no color.
    case(
        "X532-046",
        caption("a woman in a blue kurta and pink pants"),
        she("he is wearing a blue kurta and pink pants", "pronoun"),
        color_of("kurta", "blue"),
        color_of("palazzos", "pink"),
        describe("kurta", "a blue kurta with pink", "cut"),
        details("kurta", "pink flowers embroidered on the neck and sleeves"),
        B.sleeve_length("three-quarter sleeves", "contradiction"),
        B.material("rayon"),
        title="Women Turquoise Blue Floral Embroidered Rayon Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
]
