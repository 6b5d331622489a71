"""BLIND_775 (46 products; Myntra party dresses/tops, caption LoRA epoch 2): written blind in the fifty-fifth session.
Measured blind at d6ee66b (the session's seventh rules): 111/124 failures found (89.5%) and 13/178 correct texts flagged
(7.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's party wear, 46 rows: 25 dresses (sequinned bodycon and shift dresses, satin
slip and wrap dresses, velvet bodycon and skater dresses, lace sheath and fit-and-flare dresses, maxi gowns) and 21
tops (sequinned, satin cami and wrap tops, velvet crop and puff-sleeve tops, lace tops and peplums). Catalog shots on
a white, light grey or pink studio backdrop, front view, the model wearing the product: the tops always with a
bottom (black or blue jeans, black, white or beige trousers, red satin trousers, a black leather-look, red, pink
satin, silver sequinned or white satin skirt), one top under an open black blazer, one dress under a denim jacket
worn over the shoulders. Props: a clutch in hand, earrings, a choker, a feather headband, boots and heels. The
seller's columns are title, category (Dresses, Tops), color (Myntra base colours, plus the free-form "Rose Gold" and
"Coral" that newer feeds carry) and gender; two rows lack gender, one lacks color, one lacks category.

Who wrote what: every text comes from one run of BLIP-2 OPT-2.7b with the caption LoRA stopped after its second
epoch (the checkpoint between the published epoch-1 and epoch-3 adapters), loaded for every question. Captions (50
new tokens) follow the DeepFashion-MultiModal template ("The lady wears a sleeveless dress with pure color patterns.
The dress is with satin fabric. It has a v-shape neckline."), with pattern words instead of hues, "lattice" for lace,
"a long trousers", and invented accessories ("an accessory on her wrist", "a ring on her finger", a hat, a belt).
Open answers (wearing, describe, details, material, open color; 30 new tokens) are free generation: at epoch 2 the
adapter still answers short questions in the base model's plain style with hues and usually stops on the newline,
but some answers drift back into the caption template, run on to the token limit (cut mid-sentence or looping), or
continue into the next "Question: ... Answer:" turn because no end token was trained. Closed answers (garment_type,
color, pattern, sleeve_length, the yes/no "Is this a ...?" and the closed color_of) come from enrich's
`--engine reference`: one candidate value, never looped or cut; their failures are a wrong candidate, often the
color or type of the other garment in the photo (the jeans, the skirt, the blazer).

Labeling conventions and judgement calls:
- One label per text: the first thing that goes wrong reading left to right. A caption that invents a wrist
  accessory and then runs to the limit is "unsupported"; a text that starts right and then repeats is "loop".
- "loop" when a word or clause repeats until the limit (hit_limit=True); "cut" when the text stops mid-phrase at the
  limit without repeating (hit_limit=True); "leak" when the text echoes or continues the "Question: ... Answer:"
  format, whatever the answer in it says (hit_limit=True where it ran on to the limit).
- Colors are judged by the seller's coarse color group and the photo: burgundy/wine answered "red" or "maroon",
  magenta or rose gold answered "pink", lavender answered "purple", silver answered "grey", cream answered "white",
  navy answered "blue" are correct. Navy answered "black", burgundy answered "purple", peach answered "orange",
  beige or blush pink answered "white" are contradictions. Judgement calls: teal answered "blue" is correct (Teal
  is in the Blue group); coral answered "orange" is correct (coral sits between orange and pink); bronze answered
  "gold" or "brown" is correct (metallic shades of the same dress).
- A color taken from the other garment the model wears (jeans, trousers, skirt, blazer, denim jacket, boots) is
  "other_garment_color", in closed and open answers alike. A wrong color taken from part of the product itself (a
  nude lining, a gold collar, black lace trim) or from an accessory (a choker) is "contradiction".
- The other garment's type ("skirt", "jacket" for a top) or its material ("denim", "leather", "sequin", "satin" for
  a velvet or lace top), and "yes" to "Is this a skirt?" for a top shot with a skirt, are "contradiction": they
  contradict the seller's category or title. "long sleeves" for a sleeveless dress worn under a denim jacket too.
- Fabric: where the title names the fabric (satin, velvet) and the text gives another, "contradiction"; lace and
  sequins are not a fiber, so "cotton", "silk", "chiffon" or "velvet" for a lace or sequinned garment the title
  does not name a fabric for is "unsupported". The caption template's "sequin fabric", "lace fabric" are correct.
- Details the front-view photo cannot show (a zip or an open back, pockets, buttons on the cuffs, a belt, a hat,
  a ring, a wrist accessory) are "unsupported". A clutch called "a bag", a choker "a necklace", a tie belt "a belt",
  a feather headband "an accessory on her head" are correct.
- Patterns: a single-color garment in sequins, satin or velvet is "solid"/"pure color" (correct); single-color lace
  answered "floral", "lattice" or "solid" is correct; plain satin answered "floral", fringe answered "striped"
  and polka dots captioned "pure color" are contradictions.
- "non_answer": a one-word or yes/no reply to an open question ("yes", "no", "dress", "sequins") or a sentence that
  says nothing ("the top has details"). "restated": the question's words given back as the answer ("the details
  of the dress are the dress details", "the top is a purple top").
- "pronoun": he/his for a Women row, also "His" inside a caption that began with "The lady". No pronoun failure was
  written for the rows without gender. "the person", "she", "the lady" are correct.
- Caption-template text returned for an open question is correct when it is true of the photo and stops cleanly.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_775 = [
    # photo: black sequinned sleeveless bodycon mini dress, round neck, worn by the model holding a silver clutch;
    # white backdrop, front view. All texts: caption LoRA epoch 2 (closed ones via the reference engine).
    case(
        "X775-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with sequin fabric. It has a "
            "round neckline. She holds a bag in her hand."
        ),
        wearing("a black sequined dress"),
        color_of("dress", "black"),
        B.sleeve_length("sleeveless"),
        details("dress", "the dress has a round neckline and a zipper on the back", "unsupported"),
        B.material("cotton", "unsupported"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a black sequin dress Question: Describe the dress. Answer: a "
            "black sequin dress Question:",
            "leak",
            hit_limit=True,
        ),
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, V-neck, spaghetti straps; model wears small gold hoop earrings;
    # light grey backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-002",
        caption(
            "The woman is wearing a sleeveless dress with pure color patterns. The dress is with satin fabric. It "
            "has a v-shape neckline. The woman wears earrings."
        ),
        wearing("a green satin dress"),
        B.color("green"),
        describe("dress", "The dress is a dress.", "restated"),
        B.pattern("floral", "contradiction"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a v neckline and thin straps and it falls to the mid calf with a soft drape through the "
            "skirt and the",
            "cut",
            hit_limit=True,
        ),
        title="MANGO Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: maroon velvet wrap top with long sleeves and a tie at the left waist, worn with black skinny jeans;
    # white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-003",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with denim "
            "fabric. The shirt is with velvet fabric."
        ),
        wearing("a maroon top and black jeans"),
        color_of("top", "black", "other_garment_color"),
        B.sleeve_length("long sleeves"),
        details("top", "the top has a wrap front and a tie at the waist"),
        B.material("velvet"),
        describe(
            "top",
            "the top is maroon velvet with long sleeves and a wrap front that ties on the left side of the waist "
            "with a long",
            "cut",
            hit_limit=True,
        ),
        title="Sassafras Women Maroon Velvet Wrap Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: navy blue lace fit-and-flare knee-length dress, cap sleeves, scalloped hem, navy lining; nude heels;
    # white backdrop, front view, no jewellery. Caption LoRA epoch 2.
    case(
        "X775-004",
        caption(
            "The lady is wearing a short-sleeve dress with lattice patterns. The dress is with lace fabric. It has a "
            "round neckline. The lady wears a ring on her finger. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a blue lace dress"),
        color_of("dress", "navy blue"),
        describe(
            "dress",
            "the dress is blue with lace and a scalloped hem at the knee the dress is blue with lace and a scalloped "
            "hem at the knee the dress is blue with",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("short sleeves"),
        is_a("top", "no"),
        title="Dressberry Women Navy Blue Lace Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: gold sequinned sleeveless shell top, tucked into black high-waisted straight trousers; white backdrop,
    # front view. Caption LoRA epoch 2.
    case(
        "X775-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "sequin fabric. The trousers are with pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold sequin top and black pants"),
        B.color("black", "other_garment_color"),
        color_of("top", "gold", kind="open"),
        details(
            "top",
            "Question: What are the top details? Answer: the top has sequins Question: What are the top details? "
            "Answer: the top has",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("top"),
        title="Forever New Women Gold-Toned Sequinned Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: black velvet off-shoulder bodycon midi dress with long fitted sleeves; black heels; white backdrop,
    # front view. Caption LoRA epoch 2.
    case(
        "X775-006",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with velvet fabric. The "
            "neckline of it is off-shoulder."
        ),
        wearing("he is wearing a black dress", "pronoun"),
        color_of("dress", "black"),
        B.sleeve_length("sleeveless", "contradiction"),
        describe("dress", "black velvet off shoulder dress with long sleeves"),
        details("dress", "no", "non_answer"),
        title="Berrylush Women Black Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rose pink satin cami top, spaghetti straps, lace trim along the neckline, tucked into white wide-leg
    # trousers; pale pink wall as backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "satin fabric. The pants are with pure color patterns."
        ),
        wearing("a pink satin top and white trousers"),
        color_of("top", "white", "other_garment_color"),
        B.pattern("solid"),
        details("top", "lace trim on the neckline and thin straps"),
        B.material("satin"),
        is_a("dress", "no"),
        describe(
            "top",
            "pink satin cami top with lace on the neckline and thin straps tucked into white high waisted trousers "
            "with a wide leg and a",
            "cut",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Pink Satin Cami Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: silver sequinned shift dress above the knee, three-quarter sleeves, round neck; white backdrop, front
    # view. Caption LoRA epoch 2.
    case(
        "X775-008",
        caption(
            "The woman wears a medium-sleeve dress with pure color patterns. The dress is with sequin fabric. The "
            "dress is with sequin fabric. The dress is with sequin fabric. The dress is with sequin fabric. The "
            "dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a silver sequin dress"),
        B.color("grey"),
        B.sleeve_length("three-quarter sleeves"),
        B.material("sequins"),
        details("dress", "dress", "non_answer"),
        title="SCAKHI Women Silver-Toned Embellished Sequinned Shift Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: burgundy (wine) velvet wrap midi dress, long sleeves, V-neck, self tie belt; the model holds a black
    # clutch; white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-009",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It "
            "has a v-shape neckline. There is a belt at her waist. She holds a bag."
        ),
        wearing("a red velvet dress"),
        color_of("dress", "purple", "contradiction"),
        describe(
            "dress",
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric.",
            "contradiction",
        ),
        B.sleeve_length("long sleeves"),
        details(
            "dress",
            "a wrap front with a tie belt at the waist and long sleeves and the skirt of the dress falls below the "
            "knee with a",
            "cut",
            hit_limit=True,
        ),
        title="Label Ritu Kumar Women Burgundy Velvet Wrap Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black lace peplum top with short sleeves, worn with a red pencil midi skirt; white backdrop, front
    # view. Caption LoRA epoch 2.
    case(
        "X775-010",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a long skirt. The skirt is with pure color "
            "patterns. The shirt is with lace fabric."
        ),
        wearing("a black lace top and a red skirt"),
        color_of("top", "red", "other_garment_color"),
        describe("top", "black lace peplum top with short sleeves"),
        B.garment_type("skirt", "contradiction"),
        details(
            "top",
            "the top is black with a peplum the skirt is red the top is black with a peplum the skirt is red the top "
            "is black with",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Black Lace Peplum Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: midnight navy sequinned sleeveless maxi gown, V-neck, thigh-high slit; dark grey backdrop, front view.
    # Caption LoRA epoch 2.
    case(
        "X775-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is long.",
            "unsupported",
        ),
        wearing("a long blue sequin gown"),
        B.color("black", "contradiction"),
        B.pattern("solid"),
        describe("dress", "a navy sequinned maxi dress with a slit on the leg"),
        is_a("dress", "yes"),
        title="Zink London Women Navy Blue Sequinned Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: off-white lace top with long sheer lace sleeves and a round neck, worn with black skinny trousers;
    # white backdrop, front view, no hat. Caption LoRA epoch 2.
    case(
        "X775-012",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with lace "
            "fabric. The trousers are with pure color patterns. She wears a hat.",
            "unsupported",
        ),
        wearing("a white lace top and black pants"),
        color_of("top", "black", "other_garment_color", kind="open"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        B.material("lace"),
        details("top", "the top has details", "non_answer"),
        title="Vero Moda Women Off-White Lace Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: magenta satin one-shoulder ruched mini dress; silver strappy heels; white backdrop, front view.
    # Caption LoRA epoch 2.
    case(
        "X775-013",
        caption(
            "The female is wearing a sleeveless dress with pure color patterns. The dress is with satin fabric. It "
            "has a one-shoulder neckline. The female wears a pair of shoes."
        ),
        wearing(
            "Question: What is the person wearing? Answer: a pink dress Question: What is the color of the dress? "
            "Answer: pink Question:",
            "leak",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        details("dress", "yes", "non_answer"),
        B.sleeve_length("sleeveless"),
        B.material("satin"),
        title="U&F Women Magenta Satin One-Shoulder Ruched Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: short-sleeve top in horizontal stripes of black and gold sequins, worn with a black leather-look mini
    # skirt; white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-014",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns and a short skirt. The skirt is with leather "
            "fabric and pure color patterns."
        ),
        wearing("a black and gold striped top and a black skirt"),
        B.pattern("striped"),
        B.color("black"),
        describe("top", "a sequin top with stripes"),
        details("top", "the top has gold stripes and a zipper on the shoulder", "unsupported"),
        B.material("silk", "unsupported"),
        title="ONLY Women Black & Gold-Toned Striped Sequinned Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: champagne beige satin wrap midi dress with short flutter sleeves and a tie at the waist; no jewellery;
    # white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-015",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with satin fabric. It "
            "has a v-shape neckline. There is an accessory on her wrist. The lady wears a ring on her finger. There "
            "is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a beige satin wrap dress"),
        color_of("dress", "white", "contradiction"),
        B.sleeve_length("short sleeves"),
        describe("dress", "satin wrap dress with flutter sleeves and a tie at the waist"),
        details("dress", "the details of the dress are the dress details", "restated"),
        title="Cover Story Women Beige Satin Wrap Midi Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: red sequinned bodycon mini dress, long sleeves, square neck; white backdrop, front view. The feed row
    # has no gender. Caption LoRA epoch 2.
    case(
        "X775-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with sequin fabric. It has a "
            "square neckline."
        ),
        wearing("a red sequin dress with long sleeves"),
        B.color("red"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        details(
            "dress",
            "Question: What are the dress details? Answer: the dress is red Question: What are the dress details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Athena Women Red Sequinned Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # photo: teal velvet top with long puff sleeves and a square neck, worn with light blue jeans; white backdrop,
    # front view. Caption LoRA epoch 2.
    case(
        "X775-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "velvet fabric. It has a square neckline."
        ),
        wearing("a teal velvet top and blue jeans"),
        color_of("top", "blue"),
        details("top", "puff sleeves and a square neck"),
        B.material("denim", "contradiction"),
        B.garment_type("top"),
        describe(
            "top",
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "velvet",
            "cut",
            hit_limit=True,
        ),
        title="StyleStone Women Teal Velvet Puff Sleeve Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: black lace long-sleeve sheath dress over a nude lining, round neck, knee length; white backdrop, front
    # view. Caption LoRA epoch 2.
    case(
        "X775-018",
        caption(
            "The lady is wearing a long-sleeve dress with lattice patterns. The dress is with lace fabric. It has a "
            "round neckline. The lady wears a long-sleeve dress with lattice patterns. The dress is with lace "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a black lace dress"),
        color_of("dress", "beige", "contradiction"),
        describe("dress", "a black lace dress with long sleeves and a nude lining underneath"),
        B.pattern("floral"),
        B.material("lace"),
        title="Harpa Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white satin shirt-style top, long sleeves, buttons down the front, no pocket, tucked into a black
    # sequinned midi skirt; light grey backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with satin "
            "fabric. The skirt is with sequin fabric."
        ),
        wearing("a white shirt and a black sequin skirt"),
        color_of("shirt", "black", "other_garment_color"),
        describe("shirt", "a white satin shirt with buttons down the front and long sleeves"),
        details("shirt", "the shirt has a pocket on the chest and a collar", "unsupported"),
        B.sleeve_length("long sleeves"),
        is_a("skirt", "yes", "contradiction"),
        title="AND Women White Satin Shirt Style Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: lavender sequinned slip mini dress with spaghetti straps; white backdrop, front view. Caption LoRA
    # epoch 2.
    case(
        "X775-020",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with sequin fabric. It has a "
            "suspenders neckline."
        ),
        wearing("purple dress"),
        B.color("purple"),
        describe(
            "dress",
            "The lady wears a sleeveless dress with pure color patterns. The dress is with sequin fabric. It has a "
            "suspenders neckline. The lady",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        details(
            "dress",
            "Question: What are the dress details? Answer: sequins Question: What is the color of the dress? Answer: "
            "purple",
            "leak",
            hit_limit=True,
        ),
        title="Forever New Women Lavender Sequinned Slip Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # photo: olive satin cowl-neck cami top under an open black blazer, with black straight trousers; white
    # backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-021",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns, a sleeveless tank top and a long pants. "
            "The tank top is with satin fabric."
        ),
        wearing("a black blazer over a green top and black pants"),
        color_of("top", "black", "other_garment_color"),
        B.color("black", "other_garment_color"),
        B.garment_type("jacket", "contradiction"),
        details("top", "a cowl neck and thin straps"),
        B.material("satin"),
        title="MANGO Women Olive Satin Cowl Neck Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: mustard yellow velvet bodycon mini dress, long sleeves; brown knee boots; white backdrop, front view.
    # Caption LoRA epoch 2.
    case(
        "X775-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. She wears "
            "a pair of boots."
        ),
        wearing("a yellow dress and brown boots"),
        color_of("dress", "brown", "other_garment_color"),
        describe(
            "dress",
            "the dress is mustard the dress is mustard the dress is mustard the dress is mustard the dress is mustard "
            "the dress is",
            "loop",
            hit_limit=True,
        ),
        B.pattern("solid"),
        is_a("dress", "no", "contradiction"),
        title="Tokyo Talkies Women Mustard Velvet Bodycon Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # photo: black velvet sleeveless crop top with a sweetheart neckline, worn with a silver sequinned mini skirt;
    # white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-023",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a short skirt. The shirt is with velvet "
            "fabric. The skirt is with sequin fabric and pure color patterns."
        ),
        wearing("a black top and a silver skirt"),
        color_of("top", "silver", "other_garment_color"),
        describe("top", "a black velvet crop top with a sweetheart neckline"),
        B.sleeve_length("sleeveless"),
        B.material("sequin", "contradiction"),
        details("top", "he wears it with a silver sequin skirt", "pronoun"),
        title="Miss Chase Women Black Velvet Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach lace A-line knee-length dress, short sleeves with scalloped edges, round neck; nude heels; white
    # backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-024",
        caption(
            "The lady is wearing a short-sleeve dress with lattice patterns. The dress is with lace fabric. His dress "
            "is knee length.",
            "pronoun",
        ),
        wearing("a pink lace dress"),
        B.color("orange", "contradiction"),
        details("dress", "lace all over and a scalloped edge on the sleeves"),
        B.sleeve_length("short sleeves"),
        B.material("cotton", "unsupported"),
        title="Dressberry Women Peach Lace A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: rose gold sequinned top with long sleeves, worn with black skinny jeans; white backdrop, front view.
    # Caption LoRA epoch 2.
    case(
        "X775-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "sequin fabric. The pants are with pure color patterns."
        ),
        wearing("a pink sequin top and black jeans"),
        B.color("black", "other_garment_color"),
        describe(
            "top",
            "Question: Describe the top. Answer: a sequin top with long sleeves Question: Describe the top. Answer: "
            "a sequin top with long",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        details("top", "sequins", "non_answer"),
        title="Sassafras Women Rose Gold Sequinned Top",
        category="Tops",
        color="Rose Gold",
        gender="Women",
    ),
    # photo: black satin halter-neck maxi dress, front view only (the back is not shown); white backdrop. Caption
    # LoRA epoch 2.
    case(
        "X775-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "halter neckline. The dress is long. The lady wears a long dress. The dress is with satin fabric. The "
            "lady wears a long",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a long black satin dress"),
        B.color("black"),
        describe("dress", "a long black halter dress with an open back", "unsupported"),
        B.pattern("solid"),
        B.material("satin"),
        title="Zink London Women Black Satin Halter Neck Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: black sleeveless top embroidered with pink and green sequin flowers, worn with white straight
    # trousers; white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-027",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a long pants. The pants are with pure "
            "color patterns."
        ),
        wearing("a black floral top and white pants"),
        B.color("white", "other_garment_color"),
        B.pattern("floral"),
        details("top", "pink and green sequin flowers on a black top"),
        describe("top", "the top is a top with a top", "restated"),
        B.material("chiffon", "unsupported"),
        title="Label Ritu Kumar Women Black & Pink Embellished Sequinned Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: maroon velvet skater midi dress, three-quarter sleeves, round neck with a lace yoke, flared skirt;
    # white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-028",
        caption(
            "The lady is wearing a medium-sleeve dress with pure color patterns. The dress is with velvet fabric. It "
            "has a round neckline. The neckline is with lace."
        ),
        wearing("a maroon dress"),
        color_of("dress", "black", "contradiction", kind="open"),
        details(
            "dress",
            "lace at the neck and three quarter sleeves and a flared skirt and lace at the neck and three quarter "
            "sleeves and a flared skirt and",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        is_a("skirt", "no"),
        title="Harpa Women Maroon Velvet Skater Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: sheer black lace long-sleeve top over a black camisole, worn with red satin wide-leg trousers; white
    # backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-029",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long trousers. The shirt is with lace "
            "fabric. The trousers are with satin fabric."
        ),
        wearing("a black top and red pants"),
        color_of("top", "red", "other_garment_color", kind="open"),
        describe("top", "a sheer black lace top with a camisole underneath"),
        B.material("cotton", "unsupported"),
        B.garment_type("top"),
        details("top", "the details of the top are on the top", "restated"),
        title="Vero Moda Women Black Sheer Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: grey satin slip midi dress with black lace trim at the neckline and hem, spaghetti straps; the model
    # wears a black velvet choker; white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-030",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with satin fabric. It has a "
            "suspenders neckline. She wears a necklace."
        ),
        wearing("a grey satin dress with black lace"),
        B.color("black", "contradiction"),
        details("dress", "black lace trim on the neckline and hem"),
        B.sleeve_length("short sleeves", "contradiction"),
        describe("dress", "his dress is grey satin with spaghetti straps", "pronoun"),
        title="ONLY Women Grey Satin Slip Dress with Lace Trim",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: cobalt blue sequinned top with short puff sleeves, worn with a black mini skirt; no hat; white
    # backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short skirt. The shirt is with sequin "
            "fabric. The skirt is with pure color patterns. There is a hat on her head.",
            "unsupported",
        ),
        wearing("a blue sequin top and a black skirt"),
        color_of("top", "blue"),
        B.garment_type("top"),
        details(
            "top",
            "puff puff puff puff puff puff puff puff puff puff puff puff puff puff puff puff puff puff puff puff puff "
            "puff puff puff puff puff puff puff puff puff",
            "loop",
            hit_limit=True,
        ),
        B.material("sequins"),
        B.sleeve_length("sleeveless", "contradiction"),
        title="Berrylush Women Blue Sequinned Puff Sleeve Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: black velvet long-sleeve shift dress with a gold sequinned Peter Pan collar, plain cuffs; white
    # backdrop, front view. The feed row has no gender. Caption LoRA epoch 2.
    case(
        "X775-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with velvet fabric. It has a "
            "round neckline."
        ),
        wearing("a black dress with a gold collar"),
        color_of("dress", "gold", "contradiction"),
        describe(
            "dress",
            "a black velvet dress with a gold collar and long sleeves and gold buttons on the cuffs",
            "unsupported",
        ),
        B.pattern("solid"),
        details(
            "dress",
            "the collar is gold and the dress is black and the collar is gold and the dress is black and the collar "
            "is gold",
            "loop",
            hit_limit=True,
        ),
        title="AND Women Black Velvet Shift Dress with Embellished Collar",
        category="Dresses",
        color="Black",
    ),
    # photo: blush pink lace-bodice maxi gown with a tulle skirt, sleeveless, V-neck; white backdrop, front view.
    # Caption LoRA epoch 2.
    case(
        "X775-033",
        caption(
            "The lady is wearing a sleeveless dress with lattice patterns. The dress is with lace fabric. It has a "
            "v-shape neckline. The lady wears a sleeveless dress with lattice patterns. The dress is with lace "
            "fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        wearing("a long white dress", "contradiction"),
        B.color("pink"),
        describe("dress", "dress", "non_answer"),
        details("dress", "a lace bodice with a tulle skirt that goes to the floor"),
        B.material("lace"),
        is_a("dress", "yes"),
        title="Tokyo Talkies Women Pink Lace Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: emerald green velvet top with long sleeves and a keyhole neckline, worn with white flared trousers;
    # light grey backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with velvet "
            "fabric. The pants are with pure color patterns. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a green top and white pants"),
        color_of("top", "white", "other_garment_color"),
        describe("top", "a green velvet top with long sleeves and a keyhole at the neck"),
        details("top", "the top details are the details of the top", "restated"),
        B.sleeve_length("long sleeves"),
        title="Mast & Harbour Women Green Velvet Keyhole Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: black sleeveless flapper dress covered in rows of sequinned fringe; the model wears a black feather
    # headband; white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with sequin fabric. There is an "
            "accessory on her head."
        ),
        wearing("a black flapper dress with fringe"),
        B.color("black"),
        details("dress", "fringe at the hem and sequins all over and a pocket on the side", "unsupported"),
        B.pattern("striped", "contradiction"),
        B.garment_type("dress"),
        B.material("velvet", "unsupported"),
        title="Athena Women Black Embellished Fringe Sequinned Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red satin wrap top with long sleeves, tucked into black leather-look skinny trousers; white backdrop,
    # front view. Caption LoRA epoch 2.
    case(
        "X775-036",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long leather pants. The shirt is with "
            "satin fabric."
        ),
        wearing("he is wearing a red shirt and black leather pants", "pronoun"),
        color_of("top", "red"),
        describe("top", "a red satin wrap top with long sleeves"),
        details(
            "top",
            "Question: What are the top details? Answer: Question: What are the top details? Answer: Question: What "
            "are the top details? Answer:",
            "leak",
            hit_limit=True,
        ),
        B.material("leather", "contradiction"),
        B.color("black", "other_garment_color"),
        title="Sassafras Women Red Satin Wrap Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: cream sequinned sheath midi dress with sheer long sleeves and a round neck, no belt; the cream dress on
    # a white backdrop, front view. The feed row has no category. Caption LoRA epoch 2.
    case(
        "X775-037",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with sequin fabric. The "
            "sleeves are sheer."
        ),
        wearing("a white sequin dress"),
        B.color("white"),
        B.sleeve_length("long sleeves"),
        describe("dress", "a cream sequin dress with sheer sleeves and a belt", "unsupported"),
        B.material(
            "sequins Question: What is the color of the dress? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        title="Label Ritu Kumar Women Cream-Coloured Sequinned Sheath Dress",
        color="Cream",
        gender="Women",
    ),
    # photo: purple velvet camisole with lace trim at the neckline, worn with black skinny jeans; no jewellery;
    # white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-038",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with velvet fabric. The pants are with pure color patterns. There is an accessory on her wrist. The "
            "lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a purple velvet cami and black jeans"),
        color_of("top", "purple"),
        B.sleeve_length("sleeveless"),
        details("top", "lace trim"),
        is_a("top", "yes"),
        describe("top", "the top is a purple top", "restated"),
        B.color("black", "other_garment_color"),
        title="Miss Chase Women Purple Velvet Lace Trim Camisole",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: navy velvet off-shoulder top with a ruffle along the neckline and long fitted sleeves, tucked into
    # beige trousers, no belt; white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "velvet fabric. The trousers are with pure color patterns. There is a belt at her waist.",
            "unsupported",
        ),
        wearing("a navy top and beige pants"),
        color_of("top", "beige", "other_garment_color"),
        B.color("blue"),
        describe("top", "a dark blue velvet off shoulder top with a ruffle"),
        B.sleeve_length("long sleeves"),
        details(
            "top",
            "off-shoulder neckline with a ruffle and long sleeves that are fitted at the wrist and the top is tucked "
            "into",
            "cut",
            hit_limit=True,
        ),
        title="U&F Women Navy Blue Velvet Off-Shoulder Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black satin sleeveless slip dress with a lace hem, a light blue denim jacket worn over the shoulders;
    # white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-040",
        caption(
            "The lady wears a long-sleeve denim jacket and a sleeveless dress. The dress is with satin fabric and "
            "pure color patterns."
        ),
        wearing("a blue denim jacket over a black dress"),
        color_of("dress", "blue", "other_garment_color"),
        describe("dress", "a blue denim dress with long sleeves", "other_garment_color"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("satin"),
        is_a("jacket", "no"),
        title="Forever New Women Black Satin Slip Dress with Lace Detail",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: coral lace sleeveless bodycon dress with a scalloped hem and a coral lining, round neck; white
    # backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-041",
        caption(
            "The lady is wearing a sleeveless dress with lattice patterns. The dress is with lace fabric. It has a "
            "round neckline."
        ),
        wearing("a coral lace dress"),
        B.color("orange"),
        describe("dress", "the lace dress is a lace dress that is a dress", "restated"),
        details(
            "dress",
            "a scalloped hem and lace all over the bodice and the skirt with a lining underneath in the same coral "
            "colour and a",
            "cut",
            hit_limit=True,
        ),
        B.pattern("solid"),
        is_a("top", "yes", "contradiction"),
        title="Harpa Women Coral Lace Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # photo: black sequinned top with long sheer mesh sleeves, worn with a white satin midi skirt; white backdrop,
    # front view. The feed row has no color. Caption LoRA epoch 2.
    case(
        "X775-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with sequin "
            "fabric. The skirt is with satin fabric."
        ),
        wearing("a black top with a white skirt"),
        color_of("top", "white", "other_garment_color"),
        describe("top", "black sequins with sheer sleeves"),
        B.garment_type("top"),
        details("top", "he has sheer mesh sleeves and the sequins cover the front", "pronoun"),
        B.material("satin", "contradiction"),
        title="ONLY Women Black Sequinned Mesh Sleeve Top",
        category="Tops",
        gender="Women",
    ),
    # photo: royal blue velvet long-sleeve midi dress dotted with small silver sequin polka dots, round neck; white
    # backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-043",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with velvet fabric.",
            "contradiction",
        ),
        wearing("a blue polka dot dress"),
        B.pattern("polka dots"),
        B.color("blue"),
        describe("dress", "a blue velvet dress with silver dots and long sleeves"),
        B.material("velvet"),
        details(
            "dress",
            "silver sequin dots all over and long sleeves with a round neck and a zip on the back",
            "unsupported",
        ),
        title="Cover Story Women Blue Polka Dot Velvet Midi Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: white lace crop top with short sleeves and a scalloped hem, worn with a pink satin midi skirt; white
    # backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-044",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a long skirt. The shirt is with lace "
            "fabric. The skirt is with satin fabric and pure color patterns. She wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and pink skirt"),
        color_of("top", "pink", "other_garment_color"),
        B.color("pink", "other_garment_color"),
        describe("top", "a white lace crop top with short sleeves and a scalloped hem"),
        B.sleeve_length("short sleeves"),
        title="Dressberry Women White Lace Crop Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: bronze metallic satin wrap dress, knee length, long sleeves, V-neck; the model holds a gold clutch;
    # white backdrop, front view. Caption LoRA epoch 2.
    case(
        "X775-045",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with satin fabric. It "
            "has a v-shape neckline. She holds a bag."
        ),
        wearing("a gold satin wrap dress"),
        B.color("brown"),
        describe(
            "dress",
            "The dress is with satin fabric. The dress is with satin fabric. The dress is with satin fabric. The "
            "dress is with satin",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        details("dress", "the dress", "non_answer"),
        title="MANGO Women Bronze-Toned Satin Wrap Dress",
        category="Dresses",
        color="Bronze",
        gender="Women",
    ),
    # photo: plum purple satin sleeveless peplum top, worn with black slim trousers; white backdrop, front view.
    # Caption LoRA epoch 2.
    case(
        "X775-046",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long trousers. The shirt is with satin "
            "fabric. The trousers are with pure color patterns. His trousers are black.",
            "pronoun",
        ),
        wearing("a purple top and black pants"),
        color_of("top", "black", "other_garment_color"),
        describe("top", "Describe the top. Answer: a purple satin top with a peplum", "leak"),
        B.garment_type("top"),
        details("top", "the top has a peplum"),
        title="StyleStone Women Purple Satin Peplum Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
]
