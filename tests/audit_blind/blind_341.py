"""BLIND_341 (46 products; women's sarees, saree blouses and saree shapewear from many small sellers): written blind in
the forty-fourth session. Measured blind at 17c6481 (the session's rules as they stood): 92/121 failures found
(76.0%) and 7/152 correct texts flagged (4.6%). The writer's notes, verbatim:

Scenario: a marketplace feed of women's ethnic wear from many small sellers: silk (Banarasi, Kanjivaram, Paithani,
Chanderi), georgette, chiffon, organza, net, satin, linen and printed cotton sarees, readymade saree blouses and saree
shapewear (fish-cut petticoats). Photos are model shots with the saree draped (studio backdrops, painted walls, a
garden, steps, a sofa, props such as a brass pot or a chair), blouses on a mannequin, a hanger or shown from the back,
and folded flat-lays on floors, mats and tables with props (a diya, a rose). Many sarees come with a contrast blouse
and a contrast border, so a photo often holds three colors. Each row has the seller's title, category, color and
gender; a few rows miss the gender or the color, as real feeds do.

Who wrote what: the captions come from the untuned base `Salesforce/blip2-opt-2.7b` (short, lowercase, "a woman in a
red saree ...") unless the comment says the caption adapter wrote them. The caption-only LoRA adapter of the
experiments writes the DeepFashion template ("The lady wears a short-sleeve shirt with pure color patterns ...", or
"The upper clothing has ... The lower clothing is of long length ..."); it has no word for a saree, never stops
(hit_limit=True, 50 new tokens for captions, 30 for answers) and returns its template to any question it is asked.
The open questions (wearing, description, details, material, the experiments' "What is she wearing?", "Describe the
saree.", "What are the saree details?" and this set's border, print and neckline questions) come from the base model
with the VQA adapter's prompt format unless the comment names the caption adapter; the base model writes short
lowercase texts and stops on its own. The closed questions (garment_type, color, pattern, sleeve_length, the per-piece
colors of the saree, blouse and border, and the yes/no "Is this a ...?") are enrich's `--engine reference` answers,
chosen from candidate sets: never a loop or a cut.

Labeling conventions and judgement calls:
- Shade words are correct for the seller's color: red or maroon for wine, burgundy and maroon; pink for rani pink,
  magenta, peach and dusty rose; green for bottle green, sea green, mint and olive; blue for navy, teal, peacock and
  sky blue; purple for lavender; yellow for mustard and lemon; orange for coral and rust; white for cream and off
  white; yellow for a gold zari border, grey or silver for silver work; gold for a copper-gold zari border.
- The colour of another piece in the photo (the contrast blouse, the contrast border, the saree draped over a
  shapewear product, the saree worn with a blouse product) given as the product's or a piece's color is
  other_garment_color. The zari, trim or print color given as the whole garment's color (gold for a purple
  Kanjivaram), a wall's color given as the garment's, and a color no piece has are contradiction: white for a
  silver sequin border, white for a pastel pink flat-lay, black for a navy saree in the caption.
- Saree, sari and "drape" are the garment; "skirt" or "petticoat" is correct for a saree shapewear (a fish-cut
  petticoat is a skirt); "shirt", "top" or "upper clothing" is correct for a blouse. "dress" for a draped saree or a
  pre-stitched saree is contradiction, and so is the adapter's "long skirt" for the draped saree (the auditor sees
  a skirt where the seller sells a saree). The reference engine's "saree" for a blouse or a shapewear product shown
  with a saree is contradiction (the product is the blouse or the shapewear).
- Materials: one the title names is correct (satin, velvet, net, linen, sequins, spandex for Lycra, silk for a
  cotton silk or Chanderi silk, cotton for kota doria); chiffon for georgette or organza is correct (the sheer fabrics
  look alike); silk for a georgette, chiffon, organza, crepe, brocade or cotton saree, cotton for a georgette or
  linen saree or a Lycra shapewear, net for the shapewear worn under a net saree are unsupported.
- Invented items (a purse, a hat, a belt, a necklace, a border on a plain saree, buttons, a woman on a flat-lay) are
  unsupported. Props and jewellery that are in the photo (a diya called a candle, a brass pot called gold, a bride's
  jewellery and dupatta, a bindi, a chair) are correct.
- Reference engine mistakes: a sleeve length the blouse does not have (the pallu often hides one arm), "solid" for a
  woven or printed saree, "striped" for a saree with only a plain border, "yes" to "Is this a dress?" are
  contradiction.
- Adapter texts: one that repeats a sentence (or the start of one) of the template is loop; one that stops
  mid-sentence without repeating is cut; the template returned for the material question is restated even where it
  names a fabric. Where the template names the draped saree a dress or a long skirt, that is what the auditor sees
  first: contradiction, hit_limit kept. The template naming the worn blouse a shirt or tank top is not a misnaming.
- Base answers: "the saree is made of", "it is made of", "a red and gold saree with a lot of" (early stops) are cut
  without hit_limit; an empty answer, "it is a saree" or "the saree" for the details or the description, "the saree
  has a lot of details", "the details of the saree are green", and the piece's name and color for its details
  ("the blouse is white", "the saree is red", "the skirt is beige") are non_answer; "the garment is a saree" for the
  description, "the neckline of the blouse" and a material answered with the garment's name and color are restated;
  a run-on into "Question: ... Answer: ..." is leak even where the first words are right; "he" or "a man" for
  the woman is pronoun.
- Flat-lays and hanger shots: "What is the person wearing?" answered with the garment ("a red blouse") is correct;
  answered "a woman in/wearing ..." it invents a person: unsupported.
- A pack of two sarees described as one ("a red saree") is contradiction; "multicolor" for the pack is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

border = question("border", "What is the border of the saree?", "open")
print_q = question("print", "What is the print on the saree?", "open")
neckline = question("neckline", "What is the neckline of the blouse?", "open")

BLIND_341 = [
    # photo: model in a maroon Banarasi silk saree with small gold zari floral buttis and a wide gold zari border,
    # matching maroon blouse with elbow sleeves (the pallu hides the left arm), gold jhumkas and a gold necklace,
    # plain beige studio backdrop, front view.
    # adapter: none
    case(
        "X341-001",
        caption("a woman in a red saree with a gold border"),
        D.wearing("a maroon saree with gold jewelry"),
        B.color("maroon"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("silk"),
        details("saree", "the saree is red", "non_answer"),
        title="Roopkala Women Maroon Banarasi Silk Saree with Zari Border",
        category="Sarees",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a navy blue georgette saree with small white polka dots and a plain navy border, plain navy
    # short-sleeve blouse, white wall with a potted plant beside her.
    # adapter: none
    case(
        "X341-002",
        caption("a woman in a black saree standing next to a plant", "contradiction"),
        D.wearing("a blue saree with white polka dots"),
        B.color("black", "contradiction"),
        B.material("chiffon"),
        describe("saree", "a blue saree with white dots and a white border", "unsupported"),
        title="Women Navy Blue Polka Dot Printed Georgette Saree",
        category="Sarees",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: flat-lay, a mustard yellow cotton saree folded with a red ikat border showing along one edge and the red
    # blouse piece folded on top, on a wooden floor, no person.
    # caption: adapter
    case(
        "X341-003",
        caption(
            "The upper clothing has long sleeves, cotton fabric and lattice patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has lattice patterns. The upper clothing has long sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        color_of("saree", "red", "other_garment_color"),
        color_of("border", "red"),
        B.material("cotton"),
        D.description("a yellow saree with a red border"),
        D.details("the saree", "non_answer"),
        title="Handloom Women Mustard Cotton Saree with Ikat Border and Blouse Piece",
        category="Sarees",
        color="Mustard",
        gender="Women",
    ),
    # photo: model in a rani pink chiffon saree with scattered sequin work, sleeveless black blouse, plain grey
    # backdrop, front view, hands empty.
    # adapter: none
    case(
        "X341-004",
        caption("a woman in a pink saree and black blouse"),
        D.wearing("a pink saree with a black blouse and a black purse", "unsupported"),
        color_of("saree", "pink"),
        color_of("blouse", "pink", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        D.details("sequins"),
        B.material("silk", "unsupported"),
        title="Women Rani Pink Sequinned Chiffon Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in a readymade gold-toned brocade blouse with elbow sleeves and a sweetheart neck, worn with a
    # plain green saree, white studio backdrop, front view. The product is the blouse.
    # adapter: none
    case(
        "X341-005",
        caption("a woman wearing a green saree and gold blouse"),
        D.wearing("a green saree"),
        B.color("green", "other_garment_color"),
        B.garment_type("blouse"),
        neckline("the neckline of the blouse", "restated"),
        B.material("silk", "unsupported"),
        title="Women Gold-Toned Brocade Readymade Saree Blouse",
        category="Saree Blouses",
        color="Gold",
        gender="Women",
    ),
    # photo: model in a light peach organza saree with pastel floral embroidery, peach blouse with puff sleeves,
    # outdoors in a garden with a hedge behind her, no hat, no bag.
    # adapter: none
    case(
        "X341-006",
        caption("a woman in a pink saree standing in a garden"),
        describe("saree", "a light pink saree with flowers on it"),
        B.color("peach"),
        B.material("silk", "unsupported"),
        wearing("she is wearing a pink saree and a hat", "unsupported", who="she"),
        title="Women Peach Organza Saree with Floral Embroidery",
        category="Sarees",
        color="Peach",
        gender="Women",
    ),
    # photo: model in a bottle green silk saree with a gold zari border, green blouse with three-quarter sleeves,
    # cream studio backdrop.
    # caption, details, material: adapter
    case(
        "X341-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a long skirt with pure color patterns. The skirt is with cotton",
            "contradiction",
            hit_limit=True,
        ),
        D.wearing("a green saree with a gold border"),
        color_of("saree", "green"),
        color_of("border", "yellow"),
        D.details(
            "The shirt is with cotton fabric and pure color patterns. It has a v-shape neckline. The shirt is with "
            "cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("three-quarter sleeves"),
        B.material(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "v-shape neckline. The",
            "restated",
            hit_limit=True,
        ),
        title="Women Bottle Green Pure Silk Saree with Zari Border",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a skin-beige Lycra saree shapewear (fish-cut petticoat, ankle length) with a black tank top,
    # plain white backdrop, front view.
    # adapter: none
    case(
        "X341-008",
        caption("a woman in a beige skirt and black top"),
        D.wearing("a black tank top and a beige skirt"),
        B.color("black", "other_garment_color"),
        B.garment_type("skirt"),
        B.material("spandex"),
        D.details("the skirt is beige", "non_answer"),
        title="Women Skin-Coloured Lycra Blend Saree Shapewear Petticoat",
        category="Shapewear",
        color="Skin",
        gender="Women",
    ),
    # photo: model in a white cotton saree with a wide red border (Bengal style), red short-sleeve blouse, red bindi,
    # standing in front of a yellow painted wall.
    # adapter: none
    case(
        "X341-009",
        caption("a woman in a white saree with a red border standing in front of a yellow wall"),
        D.wearing("a white and red saree with a red bindi"),
        B.color("yellow", "contradiction"),
        B.pattern("striped", "contradiction"),
        color_of("blouse", "red"),
        color_of("border", "red"),
        title="Women White & Red Bengal Cotton Saree",
        category="Sarees",
        color="White",
        gender="Women",
    ),
    # photo: model in a black georgette saree with a silver sequin border, black sleeveless blouse, silver bangles,
    # dark grey backdrop.
    # caption, description, material: adapter
    case(
        "X341-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a sleeveless dress with",
            "contradiction",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        color_of("border", "white", "contradiction"),
        D.wearing("a black saree"),
        B.material(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape",
            "restated",
            hit_limit=True,
        ),
        title="Women Black Georgette Saree with Sequinned Border",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: flat-lay, a purple Kanjivaram silk saree folded with its gold pallu fanned out (gold peacock and
    # elephant motifs), plain white background, no person.
    # adapter: none
    case(
        "X341-011",
        caption("a purple and gold saree on a white background"),
        D.description("a purple saree with a gold border"),
        B.color("gold", "contradiction"),
        B.material("silk"),
        details("saree", "gold peacocks and elephants"),
        D.wearing("a woman in a purple saree", "unsupported"),
        title="Women Purple & Gold-Toned Kanjeevaram Silk Saree",
        category="Sarees",
        color="Purple",
        gender="Women",
    ),
    # photo: model in a sea green chiffon saree with a white and pink floral print, plain white short-sleeve blouse,
    # holding the pallu out with one hand, light grey studio backdrop.
    # adapter: none
    case(
        "X341-012",
        caption("a woman in a green floral saree"),
        wearing(
            "she is wearing a green saree and a green blouse",
            "other_garment_color",
            who="she",
        ),
        color_of("blouse", "green", "other_garment_color"),
        B.pattern("floral"),
        B.material("chiffon"),
        D.details("the details of the saree are green", "non_answer"),
        title="Women Sea Green Floral Printed Chiffon Saree",
        category="Sarees",
        color="Sea Green",
        gender="Women",
    ),
    # photo: model in a half-and-half georgette saree, orange pleats and a pink pallu with a thin gold border, pink
    # blouse, sitting on stone steps outdoors.
    # adapter: none
    case(
        "X341-013",
        caption("a woman in an orange and pink saree sitting on steps"),
        D.wearing("he is wearing an orange saree", "pronoun"),
        B.color("orange"),
        color_of("blouse", "orange", "other_garment_color"),
        describe("saree", "an orange and pink saree with a gold border"),
        B.material("silk", "unsupported"),
        title="Women Orange & Pink Half and Half Georgette Saree",
        category="Sarees",
        color="Orange",
        gender="Women",
    ),
    # photo: a red velvet readymade blouse with long sleeves and a boat neck on a headless mannequin torso, plain
    # white background, no saree.
    # caption, details, description: adapter
    case(
        "X341-014",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round",
            "loop",
            hit_limit=True,
        ),
        B.material("velvet"),
        B.color("red"),
        B.sleeve_length("long sleeves"),
        neckline("a boat neck"),
        D.description(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "upper clothing has long",
            "loop",
            hit_limit=True,
        ),
        D.details(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        title="Women Red Velvet Boat Neck Readymade Blouse",
        category="Saree Blouses",
        color="Red",
        gender="Women",
    ),
    # photo: model in a lavender net saree with silver stone work along the border, lavender sleeveless blouse, pale
    # pink wall behind her.
    # adapter: none
    case(
        "X341-015",
        caption("a woman in a purple saree"),
        D.wearing(
            "a purple saree with silver sequins Question: what is the color of the blouse? Answer: purple",
            "leak",
        ),
        B.color("purple"),
        B.material("net"),
        D.details("silver stones on the border"),
        D.description("it is a saree", "non_answer"),
        title="Women Lavender Embellished Net Saree",
        category="Sarees",
        color="Lavender",
        gender="Women",
    ),
    # photo: model in a yellow cotton saree with blue hand block printed flowers, blue blouse with elbow sleeves,
    # white backdrop.
    # adapter: none
    case(
        "X341-016",
        caption("a woman in a yellow and blue saree"),
        D.wearing(
            "a yellow saree Question: what is the color of the blouse? Answer: blue",
            "leak",
        ),
        B.color("blue", "other_garment_color"),
        print_q("blue flowers"),
        B.material("cotton"),
        title="Jaipuri Women Yellow Hand Block Print Cotton Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a cream Kerala kasavu cotton saree with a gold border, gold tissue blouse with short sleeves,
    # jasmine in her hair, wooden pillar behind her.
    # caption, details, material: adapter
    case(
        "X341-017",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        B.material(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long",
            "restated",
            hit_limit=True,
        ),
        color_of("saree", "white"),
        color_of("border", "gold"),
        color_of("blouse", "white", "other_garment_color"),
        D.wearing("a white saree with a gold border"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length",
            "loop",
            hit_limit=True,
        ),
        title="Women Cream & Gold Kerala Kasavu Cotton Saree",
        category="Sarees",
        color="Cream",
        gender="Women",
    ),
    # photo: model in a teal blue silk saree with a magenta border and small gold buttis, magenta short-sleeve blouse,
    # plain white backdrop.
    # adapter: none
    case(
        "X341-018",
        caption("a woman in a blue saree with a pink border"),
        color_of("saree", "pink", "other_garment_color"),
        color_of("border", "pink"),
        D.wearing("a blue saree and a pink blouse"),
        details(
            "saree",
            "a pink border and gold dots Question: what is the color of the blouse? Answer: pink",
            "leak",
        ),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Teal Blue Art Silk Saree with Contrast Border",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: flat-lay of a pack of two folded printed georgette sarees side by side, one red with small flowers, one
    # blue with small flowers, white background, no person.
    # adapter: none
    case(
        "X341-019",
        caption("two sarees on a white background"),
        B.color("multicolor"),
        D.description("a red saree", "contradiction"),
        B.pattern("solid", "contradiction"),
        B.material("chiffon"),
        title="Pack of 2 Women Floral Printed Georgette Sarees",
        category="Sarees",
        color="Multi",
        gender="Women",
    ),
    # photo: model in a black and white striped cotton saree with a red border, red short-sleeve blouse, white
    # backdrop.
    # adapter: none
    case(
        "X341-020",
        caption("a woman in a black and white striped saree"),
        B.pattern("striped"),
        B.color("black"),
        color_of("blouse", "black", "other_garment_color"),
        D.wearing("he is wearing a striped saree with a red blouse", "pronoun"),
        B.material("silk", "unsupported"),
        title="Women Black & White Striped Cotton Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: model in a wine satin saree with no border, matching sleeveless blouse, one hand on the back of a
    # wooden chair, grey studio backdrop.
    # caption, details: adapter
    case(
        "X341-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a sleeveless tank top with pure color patterns. The tank top",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a red saree"),
        B.color("maroon"),
        B.material("satin"),
        D.description("a red saree with a gold border", "unsupported"),
        D.details(
            "The tank top is with chiffon fabric and pure color patterns. It has a v-shape neckline. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        title="Women Wine Solid Satin Saree",
        category="Sarees",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a mint green georgette saree with white Lucknowi chikankari embroidery, white blouse, standing
    # by a lake with trees behind.
    # adapter: none
    case(
        "X341-022",
        caption("a woman in a green saree standing by a lake"),
        color_of("saree", "white", "other_garment_color"),
        describe("saree", "a light green saree with white embroidery"),
        B.material("cotton", "unsupported"),
        D.wearing("a green saree and a green blouse", "other_garment_color"),
        title="Women Mint Green Chikankari Embroidered Georgette Saree",
        category="Sarees",
        color="Mint Green",
        gender="Women",
    ),
    # photo: model in a coffee brown silk saree with a copper-gold zari border, brown blouse, plain cream backdrop.
    # adapter: none
    case(
        "X341-023",
        caption("a man in a brown saree", "pronoun"),
        D.wearing("a black saree", "contradiction"),
        B.color("brown"),
        color_of("border", "gold"),
        B.material("silk"),
        D.details("it is a saree", "non_answer"),
        title="Women Coffee Brown Silk Blend Saree with Zari Border",
        category="Sarees",
        color="Brown",
    ),
    # photo: model in a readymade black sequinned blouse with short sleeves and a V neck, worn with a black net saree,
    # dark backdrop. The product is the blouse.
    # caption, details, description: adapter
    case(
        "X341-024",
        caption(
            "The upper clothing has short sleeves, other fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        D.details(
            "The upper clothing has short sleeves, other fabric and pure color patterns. It has a v-shape neckline. "
            "The lower clothing is of",
            "cut",
            hit_limit=True,
        ),
        B.color("black"),
        B.sleeve_length("short sleeves"),
        B.material("sequins"),
        D.description(
            "The upper clothing has short sleeves, other fabric and pure color patterns. It has a v-shape neckline. "
            "The upper clothing has short",
            "loop",
            hit_limit=True,
        ),
        title="Women Black Sequinned Readymade Saree Blouse",
        category="Saree Blouses",
        color="Black",
        gender="Women",
    ),
    # photo: bride in a red Banarasi saree woven with heavy gold zari all over, red blouse, a red net dupatta over her
    # head, gold necklace and maang tikka, decorated wedding mandap with marigolds behind.
    # adapter: none
    case(
        "X341-025",
        caption("a bride in a red saree with gold jewelry"),
        D.wearing("a red saree and gold jewelry and a red dupatta"),
        B.color("red"),
        B.pattern("solid", "contradiction"),
        D.description("a red and gold saree with a lot of", "cut"),
        D.details("the saree has a lot of details", "non_answer"),
        title="Women Red & Gold-Toned Bridal Banarasi Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: flat-lay, a bottle green cotton handloom saree folded with its contrast pink blouse piece, on a jute mat
    # beside a small lit brass diya, no person.
    # adapter: none
    case(
        "X341-026",
        caption("a green saree and a pink blouse on a mat"),
        color_of("blouse", "pink"),
        D.description("a green saree with a pink blouse and a candle"),
        B.material("silk", "unsupported"),
        D.wearing("a woman in a green saree", "unsupported"),
        title="Women Bottle Green Handloom Cotton Saree with Blouse Piece",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: model in a magenta Bandhani georgette saree with tiny white tie-dye dots and a gold gota border, magenta
    # blouse, no belt, plain white backdrop.
    # adapter: none
    case(
        "X341-027",
        caption("a woman in a pink saree with white dots"),
        B.pattern("polka dots"),
        D.wearing("a pink saree with a gold border"),
        B.color("pink"),
        D.details("white dots and a gold border and a gold belt", "unsupported"),
        B.material("silk", "unsupported"),
        title="Women Magenta Bandhani Georgette Saree with Gota Border",
        category="Sarees",
        color="Magenta",
        gender="Women",
    ),
    # photo: model in a grey chiffon saree with a black floral print, black short-sleeve blouse, sitting on a beige
    # sofa in a living room.
    # adapter: none
    case(
        "X341-028",
        caption("a woman in a grey saree sitting on a couch"),
        B.color("black", "other_garment_color"),
        D.wearing("a grey and black saree"),
        B.pattern("floral"),
        B.material("chiffon"),
        D.description(
            "a grey saree with black flowers Question: what is the color of the blouse? Answer: black",
            "leak",
        ),
        title="Women Grey Floral Printed Chiffon Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: model in a yellow Paithani silk saree with a green pallu and green border, green blouse with elbow
    # sleeves, plain white backdrop.
    # caption, description, material: adapter
    case(
        "X341-029",
        caption(
            "The lady wears a medium-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium-sleeve shirt with color block patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        D.description(
            "The lady wears a medium-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lower",
            "cut",
            hit_limit=True,
        ),
        color_of("saree", "yellow"),
        color_of("border", "green"),
        color_of("blouse", "green"),
        B.material(
            "The lady wears a medium-sleeve shirt with color block patterns. The shirt is with cotton fabric. It has "
            "a round",
            "restated",
            hit_limit=True,
        ),
        title="Women Yellow & Green Paithani Silk Saree",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in a readymade white chikankari cotton blouse with three-quarter sleeves, worn with a navy saree,
    # white backdrop. The product is the blouse.
    # adapter: none
    case(
        "X341-030",
        caption("a woman in a white blouse and blue saree"),
        B.color("white"),
        wearing("she is wearing a blue saree with a white blouse", who="she"),
        B.sleeve_length("sleeveless", "contradiction"),
        B.material("cotton"),
        D.details("the blouse is white", "non_answer"),
        title="Women White Chikankari Cotton Readymade Blouse",
        category="Saree Blouses",
        color="White",
        gender="Women",
    ),
    # photo: model in a coral linen saree with a silver tissue border, white sleeveless blouse, no jewellery, pale
    # grey backdrop.
    # adapter: none
    case(
        "X341-031",
        caption("a woman in an orange saree"),
        B.color("orange"),
        B.material("cotton", "unsupported"),
        D.description("an orange saree with a silver border and a silver necklace", "unsupported"),
        B.sleeve_length("sleeveless"),
        color_of("border", "gold", "contradiction"),
        title="Women Coral Linen Saree with Silver Tissue Border",
        category="Sarees",
        color="Coral",
        gender="Women",
    ),
    # photo: back view of a model in a readymade beige blouse with a deep U back, a tie-up and tassels, worn with a
    # beige saree. The product is the blouse.
    # caption: adapter
    case(
        "X341-032",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. "
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        D.details("tassels on the back"),
        B.color("beige"),
        neckline("a deep back"),
        B.garment_type("saree", "contradiction"),
        title="Women Beige Deep Back Readymade Blouse with Tassels",
        category="Saree Blouses",
        color="Beige",
        gender="Women",
    ),
    # photo: flat-lay, a black Lycra saree shapewear (fish-cut petticoat) laid out flat on a white background.
    # caption, details: adapter
    case(
        "X341-033",
        caption(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lower "
            "clothing is of long length. The fabric is cotton and it has pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        B.color("black"),
        B.garment_type("skirt"),
        B.material("cotton", "unsupported"),
        D.description("a black skirt"),
        D.details(
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        title="Women Black Lycra Saree Shapewear",
        category="Shapewear",
        color="Black",
    ),
    # photo: model in a peacock blue silk saree with a green and gold border, peacock blue short-sleeve blouse,
    # plain white backdrop.
    # adapter: none
    case(
        "X341-034",
        caption("a woman in a blue saree with a green border"),
        color_of("border", "green"),
        color_of("blouse", "green", "other_garment_color"),
        D.wearing("a blue saree"),
        B.material("the saree is made of", "cut"),
        title="Women Peacock Blue Silk Saree with Contrast Border",
        category="Sarees",
        color="Blue",
        gender="Women",
    ),
    # photo: model in a lemon yellow organza saree with a sequin border, sleeveless yellow blouse, white painted brick
    # wall behind her.
    # adapter: none
    case(
        "X341-035",
        caption("a woman in a yellow saree standing in front of a brick wall"),
        B.color("yellow"),
        D.wearing("a yellow saree"),
        B.material("silk", "unsupported"),
        D.details("it has sequins on the border"),
        B.sleeve_length("short sleeves", "contradiction"),
        title="Women Lemon Yellow Organza Saree with Sequinned Border",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: model in an off-white crepe saree printed with red, blue and green flowers, plain red short-sleeve
    # blouse, studio backdrop.
    # caption, details, description: adapter
    case(
        "X341-036",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a short-sleeve shirt with floral",
            "loop",
            hit_limit=True,
        ),
        D.wearing("a floral saree"),
        B.color("white"),
        color_of("blouse", "red"),
        print_q("flowers"),
        D.description(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. There",
            "cut",
            hit_limit=True,
        ),
        B.material("silk", "unsupported"),
        D.details(
            "The shirt is with chiffon fabric and floral patterns. It has a round neckline. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        title="Women Off-White Floral Printed Crepe Saree",
        category="Sarees",
        color="Off White",
        gender="Women",
    ),
    # photo: model in a rust cotton silk saree with a temple border, rust blouse, holding a brass pot at her hip,
    # village courtyard backdrop.
    # adapter: none
    case(
        "X341-037",
        caption("a woman in an orange saree holding a pot"),
        B.color("orange"),
        D.description("an orange saree with a gold border and a gold pot"),
        B.material("cotton"),
        D.details("the saree is orange", "non_answer"),
        is_a("dress", "yes", "contradiction"),
        wearing("he is wearing an orange saree", "pronoun", who="she"),
        title="Women Rust Cotton Silk Saree with Temple Border",
        category="Sarees",
        color="Rust",
        gender="Women",
    ),
    # photo: model in a sky blue chiffon saree with a thin silver border, white short-sleeve blouse, white backdrop.
    # adapter: none
    case(
        "X341-038",
        caption("a woman in a light blue saree"),
        D.wearing("he is wearing a blue saree", "pronoun"),
        B.color("white", "other_garment_color"),
        color_of("border", "silver"),
        B.material("chiffon"),
        title="Women Sky Blue Chiffon Saree with Silver Border",
        category="Sarees",
        color="Sky Blue",
        gender="Women",
    ),
    # photo: flat-lay, a pastel pink Chanderi saree folded with small gold buttis, on a white table with a single red
    # rose laid on top, no person.
    # adapter: none
    case(
        "X341-039",
        caption("a pink saree with a rose on it"),
        B.color("white", "contradiction"),
        D.details("gold dots"),
        B.material("silk"),
        D.wearing("a woman wearing a pink saree", "unsupported"),
        title="Women Pastel Pink Chanderi Cotton Silk Saree",
        category="Sarees",
        color="Pink",
    ),
    # photo: model in a wine ready-to-wear pre-stitched georgette saree with a ruffled pallu and a gold embellished
    # belt at the waist, sleeveless wine blouse, grey backdrop.
    # adapter: none
    case(
        "X341-040",
        caption("a woman in a maroon saree with a belt"),
        B.color("red"),
        D.wearing("a maroon dress with a belt", "contradiction"),
        D.details("a gold belt and ruffles"),
        B.material("it is made of", "cut"),
        B.sleeve_length("long sleeves", "contradiction"),
        title="Women Wine Ready to Wear Pre-Stitched Ruffle Saree with Belt",
        category="Sarees",
        color="Wine",
        gender="Women",
    ),
    # photo: model in a dusty rose Kota Doria cotton saree with gota patti work, pink short-sleeve blouse, plain
    # white backdrop.
    # caption, details, description: adapter
    case(
        "X341-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long dress. The dress is with chiffon fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        color_of("saree", "pink"),
        D.details(
            "The shirt is with chiffon fabric and pure color patterns. It has a v-shape neckline. The shirt is with "
            "chiffon fabric and pure color patterns. It",
            "loop",
            hit_limit=True,
        ),
        B.material("cotton"),
        D.wearing("a pink saree"),
        D.description(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a v-shape",
            "cut",
            hit_limit=True,
        ),
        title="Women Dusty Rose Kota Doria Cotton Saree with Gota Patti",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: a maroon raw silk readymade blouse with mirror work and elbow sleeves on a wooden hanger against a pink
    # wall, front view, no buttons on the front, no person.
    # adapter: none
    case(
        "X341-042",
        caption("a red blouse hanging on a pink wall"),
        B.color("pink", "contradiction"),
        D.wearing("a red blouse"),
        D.details("mirrors"),
        B.sleeve_length("elbow sleeves"),
        B.material("silk"),
        D.description("a red blouse with gold buttons", "unsupported"),
        title="Women Maroon Raw Silk Mirror Work Readymade Blouse",
        category="Saree Blouses",
        color="Maroon",
        gender="Women",
    ),
    # photo: model in a Kanjivaram-style half-and-half silk saree, pink body and green pallu with a gold border,
    # green blouse, white backdrop.
    # adapter: none
    case(
        "X341-043",
        caption("a woman in a pink and green saree"),
        color_of("saree", "pink"),
        color_of("blouse", "green"),
        D.wearing(
            "a pink saree and green blouse Question: what is the color of the border? Answer: gold",
            "leak",
        ),
        B.material("silk"),
        color_of("border", "pink", "other_garment_color"),
        title="Women Pink & Green Half and Half Kanjeevaram Art Silk Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: model in an olive green cotton saree with a Kalamkari floral print in rust and black, olive blouse,
    # standing in front of a carved wooden door.
    # adapter: none
    case(
        "X341-044",
        caption("a woman in a green saree standing in front of a door"),
        D.description("the garment is a saree", "restated"),
        B.material("a green saree", "restated"),
        D.details("", "non_answer"),
        B.color("green"),
        print_q("a floral print"),
        title="Women Olive Green Kalamkari Printed Cotton Saree",
        category="Sarees",
        color="Olive",
        gender="Women",
    ),
    # photo: model wearing a black saree shapewear under a sheer pink net saree, the shapewear's silhouette visible
    # through the net, pink blouse, white backdrop. The product is the shapewear.
    # adapter: none
    case(
        "X341-045",
        caption("a woman in a pink saree"),
        B.garment_type("saree", "contradiction"),
        B.color("pink", "other_garment_color"),
        D.wearing("a pink saree over a black skirt"),
        B.material("net", "unsupported"),
        title="Women Black Saree Shapewear Petticoat",
        category="Shapewear",
        color="Black",
        gender="Women",
    ),
    # photo: model in a mustard and black checked cotton saree with tassels on the pallu, black short-sleeve blouse,
    # grey backdrop.
    # adapter: none
    case(
        "X341-046",
        caption("a woman in a yellow checked saree"),
        B.color("yellow"),
        D.wearing("a woman wearing a yellow and black checked saree"),
        D.details("checks and tassels"),
        B.sleeve_length("long sleeves", "contradiction"),
        B.material("silk", "unsupported"),
        title="Women Mustard & Black Checked Cotton Saree with Tassels",
        category="Sarees",
        color="Mustard",
    ),
]
