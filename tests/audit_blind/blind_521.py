"""BLIND_521 (46 products; Myntra women's ethnic wear, adapter captions + extractive QA beside the base model): written
blind in the fiftieth session. Measured blind at 29ab43a (the session's rules as they stood): 96/120 failures found
(80.0%) and 14/158 correct texts flagged (8.9%). The writer's notes, verbatim:

Scenario: the original experiments' third setup re-run on a Myntra-like women's ethnic catalog: straight and
anarkali kurtas, kurtis, kurta sets (kurta with palazzos, trousers, sharara and dupatta), sarees, lehenga cholis,
dupattas, palazzos and churidars, photographed on models in studios (grey, beige, white backdrops), a few against a
brick or painted wall or a garden, one dupatta shot flat. Bottoms and dupattas sold alone are worn with another
garment (a kurta over the churidar, a top over the palazzos), so two colors are always in the photo. Each row has the
seller's title, category, color and gender; a few miss the gender or the color.

Who wrote what: every caption comes from the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption, epoch 3):
the DeepFashion template ("The lady wears a long-sleeve dress with floral patterns. The dress is with cotton
fabric ..."), no hue names, no end token, so it runs to its 50-token limit (hit_limit=True) and often repeats a
sentence. The extractive QA model (mdeberta squad2) answers the default questionnaire's open questions
(description, details, material) and the set's own open questions (neckline, saree border) by copying a span of
that caption, or returns an empty string where it finds none; its spans never carry hit_limit. The untuned base
model answers its own short questions: What is she wearing? What is the color of the kurta / dupatta / bottoms?
Describe the kurta (lehenga, saree). What are the kurta details? Short lowercase texts that stop on their own. The
closed questions (garment_type, color, pattern, sleeve_length, "Is this a ...?" and the per-piece closed dupatta
color) are enrich's `--engine reference` answers, chosen from candidate sets. The comment before each case says
which texts came from the extractive QA over the caption; the rest of the open answers are the base model's.

Labeling conventions and judgement calls:
- Adapter captions: a caption that repeats a sentence of the template is loop; one that stops mid-sentence is cut.
  Where the template misnames the product itself (a saree as "a dress" or as "a shirt" and "a skirt", a flat-laid
  dupatta as a lady's shirt and pants, a long-sleeve kurta as sleeveless), that is what the auditor sees first:
  contradiction, hit_limit kept. A wrong fabric named before a cut or a loop does not change the label (the cut or
  loop is labelled). A caption that the limit happened to stop at the end of a sentence, with nothing wrong in it,
  is correct (three of them); one that ends cleanly but gives cotton for a velvet kurta is contradiction.
- Garment synonyms counted correct: dress for a kurta or an anarkali (the adapter's only word for a long top), shirt
  or top for a kurta or kurti, tank top for a sleeveless choli, skirt for a lehenga, pants, trousers or leggings for
  palazzos and churidars, salwar kameez for a kurta set, scarf or neckwear for a dupatta, gown for an anarkali,
  "outer clothing" for a kurta's jacket. "Dress" for a saree or a kurta with sharara is contradiction.
- Shade words counted correct: pink for peach, magenta, coral or fuchsia; red for maroon or rust-red; orange for
  rust; blue for navy, teal, indigo or powder blue; green for teal, olive or sea green; purple for lavender; yellow
  for mustard; cream or white for off white; grey or silver for a grey sequinned saree. Mustard given as orange and
  maroon given as brown are contradiction.
- The color of another piece in the photo (the kurta over a churidar, the top over palazzos, the red palazzos of a
  white kurta, the jeans under a kurti) given for the product or for a named piece is other_garment_color; the base
  model's one color for every piece (pink kurta, "pink" dupatta and "pink" bottoms where they are white) makes the
  repeated ones other_garment_color. A border, zari or print color given as the garment's color (gold for a navy
  foil-printed anarkali, blue for a yellow saree with a blue border, white for a black chikankari kurta) is
  contradiction, and so is a wall's or a backdrop's color or pattern (pink bottoms by a pink wall, floral for a
  mirror-work lehenga in a garden).
- Materials: the extractive span "cotton fabric" or "chiffon fabric" is correct where the title names that fabric,
  or names georgette (chiffon and georgette look alike), or names none and the fabric looks like it; it is
  contradiction where the title names another fabric (silk blend, art silk, velvet, net, chiffon for a cotton
  span, rayon for a chiffon span) and where it copies the jeans' "denim fabric" for a cotton kurti. An empty span is
  non_answer; a span that names the garment ("a long-sleeve dress") for the material question is restated.
- The extractive description that copies another garment's span (the top's "short-sleeve shirt" for palazzos, the
  kurta's for a churidar) is contradiction; one that copies the caption's wrong garment or sleeve is contradiction;
  a neckline span the title contradicts ("round" for a V-neck kurta) is contradiction; a span cut where the caption
  was cut ("cotton fabric and pure") is cut; a neckline or an accessory the photo lacks ("round neckline" as a flat
  dupatta's details, "an accessory on her wrist" with bare wrists) is unsupported.
- Base answers: invented details (a necklace, buttons, pockets, gold embroidery on a plain kurta) are unsupported;
  a color for a dupatta or bottoms the photo does not show is unsupported; "he" for the woman is pronoun; a run-on into
  "Question: ... Answer: ..." is leak even where the first words are right; an early stop ("a grey saree with a") is
  cut without hit_limit; "the kurta has a lot of details", "the kurta" and an empty answer are non_answer; "the
  kurta details" and the question's words echoed back are restated.
- Reference closed answers: a wrong candidate is contradiction (long sleeves for a sleeveless kurta, sleeveless for a
  kurta worn under a sleeveless jacket, solid for brocade, dress for a kurta with sharara, "yes" to "Is this a
  kurta?" for a churidar, printed for a plain churidar under a printed kurta), unless the value is another piece's
  color (other_garment_color).
- The saree's blouse sleeves answer sleeve_length (short sleeves for a sleeveless blouse and sleeveless for an
  elbow-sleeve one are contradiction); a saree with a plain body and a zari border is "solid".
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

color_dupatta_ref = question("color_dupatta", "What is the color of the dupatta?", "closed")
neckline = question("neckline", "What is the neckline of the kurta?", "open")
border = question("border", "What is the border of the saree?", "open")


def she(text: str, failure: str | None = None):
    """The base model's answer to "What is she wearing?"."""
    return wearing(text, failure, who="she")


def base_color(garment: str, text: str, failure: str | None = None):
    """The base model's free answer to "What is the color of the {garment}?" (stored open)."""
    return color_of(garment, text, failure, kind="open")


BLIND_521 = [
    # photo: model in a pink floral-printed straight cotton kurta, three-quarter sleeves, round neck, worn with plain
    # white trousers, white studio wall, front view.
    # extractive QA over the caption: material
    case(
        "X521-001",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        she("a pink kurta and white pants"),
        base_color("kurta", "pink"),
        base_color("bottoms", "pink", "other_garment_color"),
        D.material("cotton fabric"),
        D.pattern("floral"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Pink Floral Printed Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Pink",
        gender="Women",
    ),
    # photo: navy georgette kurta with gold zari embroidery on the yoke, navy palazzos, navy dupatta with a gold
    # border over one shoulder, beige backdrop, full length.
    # extractive QA over the caption: material
    case(
        "X521-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This female has neckwear. The lady wears a long-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        she("a blue salwar kameez with a dupatta"),
        base_color("dupatta", "blue"),
        base_color("bottoms", "blue"),
        describe(
            "kurta",
            "a blue kurta with gold embroidery Question: What are the kurta details? Answer: gold embroidery",
            "leak",
        ),
        details("kurta", "the kurta has a lot of details", "non_answer"),
        D.garment_type("kurta"),
        D.material("chiffon fabric"),
        title="Women Navy Blue Ethnic Motifs Embroidered Georgette Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: teal Banarasi saree woven with gold zari, wide gold border, pallu over the left shoulder, short-sleeve
    # matching blouse, plain grey backdrop.
    # extractive QA over the caption: material, border
    case(
        "X521-003",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The dress is",
            "contradiction",
            hit_limit=True,
        ),
        she("a green sari"),
        D.color("green"),
        D.material("chiffon fabric", "contradiction"),
        is_a("saree", "yes"),
        border("", "non_answer"),
        title="Teal Woven Design Zari Silk Blend Banarasi Saree",
        category="Sarees",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon lehenga with gold embroidery, short-sleeve maroon choli, pink net dupatta over the arms, plain
    # beige backdrop, full length.
    # extractive QA over the caption: none
    case(
        "X521-004",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The skirt this lady wears is of long length. The skirt is with chiffon fabric and floral",
            "cut",
            hit_limit=True,
        ),
        she("a red lehenga"),
        base_color("dupatta", "red", "other_garment_color"),
        describe("lehenga", "a red lehenga with gold embroidery"),
        D.garment_type("lehenga"),
        D.pattern("embroidered"),
        title="Maroon & Pink Embroidered Semi-Stitched Lehenga & Unstitched Blouse with Dupatta",
        category="Lehenga Cholis",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard yellow cotton dupatta with tasselled ends draped around the neck of a model in a plain white
    # kurta and white churidar, white backdrop.
    # extractive QA over the caption: material
    case(
        "X521-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. This female has neckwear. The lady wears a long pants. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        she("a white kurta and a yellow dupatta"),
        base_color("kurta", "yellow", "other_garment_color"),
        D.garment_type("dupatta"),
        D.color("white", "other_garment_color"),
        D.material("cotton fabric"),
        is_a("dupatta", "yes"),
        title="Mustard Yellow Solid Pure Cotton Dupatta with Tasselled Border",
        category="Dupatta",
        color="Mustard",
        gender="Women",
    ),
    # photo: plain white flared palazzos worn with a short black kurti printed with small white motifs, grey studio
    # backdrop, full length.
    # extractive QA over the caption: description
    case(
        "X521-006",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        she("a black top and white pants"),
        D.description("a short-sleeve shirt with graphic patterns", "contradiction"),
        D.color("black", "other_garment_color"),
        D.garment_type("pants"),
        title="Women White Solid Flared Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: floor-length flared magenta georgette anarkali, long sleeves, V-neck, gota patti on the yoke, white
    # churidar showing at the ankles, glass bangles on both wrists, no dupatta, studio.
    # extractive QA over the caption: material, neckline
    case(
        "X521-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        she("a pink dress"),
        base_color("bottoms", "pink", "other_garment_color"),
        base_color("dupatta", "pink", "unsupported"),
        D.sleeve_length("long sleeves"),
        D.material("chiffon fabric"),
        neckline("V-shape"),
        title="Women Magenta Gotta Patti Georgette Anarkali Kurta",
        category="Kurtas",
        color="Magenta",
        gender="Women",
    ),
    # photo: olive green solid cotton straight kurta, long sleeves, round neck, side pockets, white trousers; model
    # beside a potted plant in front of a red brick wall.
    # extractive QA over the caption: none
    case(
        "X521-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            hit_limit=True,
        ),
        she("a green kurta and white pants"),
        base_color("kurta", "green"),
        details("kurta", "it has pockets"),
        D.pattern("solid"),
        D.sleeve_length("three-quarter sleeves", "contradiction"),
        title="Women Olive Green Solid Pure Cotton Kurta with Pockets",
        category="Kurtas",
        color="Olive",
        gender="Women",
    ),
    # photo: red georgette saree with a small white floral print, sleeveless red blouse, pallu over the shoulder,
    # plain grey backdrop.
    # extractive QA over the caption: material
    case(
        "X521-009",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring on her finger. There is an",
            "contradiction",
            hit_limit=True,
        ),
        she("a red saree"),
        describe("saree", "he is wearing a red sari with flowers", "pronoun"),
        D.sleeve_length("short sleeves", "contradiction"),
        D.pattern("floral"),
        D.color("red"),
        D.material("chiffon fabric"),
        title="Red Floral Printed Pure Georgette Saree",
        category="Sarees",
        color="Red",
        gender="Women",
    ),
    # photo: peach kurta with pink floral thread embroidery, white palazzos, white dupatta with a thin peach border,
    # beige backdrop, full length.
    # extractive QA over the caption: none
    case(
        "X521-010",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric. The lady wears a long "
            "pants. The",
            "loop",
            hit_limit=True,
        ),
        she("a pink and white outfit"),
        base_color("kurta", "pink"),
        base_color("dupatta", "pink", "other_garment_color"),
        base_color("bottoms", "pink", "other_garment_color"),
        D.garment_type("kurta"),
        title="Women Peach-Coloured Floral Embroidered Kurta with Palazzos & Dupatta",
        category="Kurta Sets",
        color="Peach",
        gender="Women",
    ),
    # photo: black straight cotton kurta with white chikankari embroidery down the front, three-quarter sleeves,
    # black trousers, white backdrop.
    # extractive QA over the caption: none
    case(
        "X521-011",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        she("a black kurta"),
        details("kurta", "white embroidery on the kurta"),
        base_color("bottoms", "white", "contradiction"),
        D.pattern("embroidered"),
        D.color("white", "contradiction"),
        title="Women Black Chikankari Embroidered Pure Cotton Straight Kurta",
        category="Kurtas",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow kurta printed with small rust ethnic motifs, three-quarter sleeves, round neck, white
    # trousers, plain grey backdrop.
    # extractive QA over the caption: description
    case(
        "X521-012",
        caption(
            "Her dress has medium sleeves, cotton fabric and graphic patterns. The neckline of the dress is round. "
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        she("a yellow kurta and white pants"),
        base_color(
            "kurta",
            "yellow Question: what is the color of the pants? Answer: white",
            "leak",
        ),
        D.description("medium sleeves, cotton fabric and graphic patterns"),
        D.pattern("printed"),
        D.color("orange", "contradiction"),
        title="Women Mustard Yellow Ethnic Motifs Printed Kurta",
        category="Kurtas",
        color="Mustard",
    ),
    # photo: pink lehenga with gold sequin work, sleeveless pink choli, green net dupatta over one shoulder, pale
    # grey backdrop.
    # extractive QA over the caption: none
    case(
        "X521-013",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of the tank top is "
            "round. The skirt this lady wears is of long length. The skirt is with chiffon fabric and graphic "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        she("a pink lehenga with a green dupatta"),
        details("lehenga", "the lehenga has a lot of details", "non_answer"),
        color_dupatta_ref("pink", "other_garment_color"),
        is_a("lehenga", "yes"),
        D.sleeve_length("sleeveless"),
        title="Pink & Gold-Toned Embellished Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Pink",
        gender="Women",
    ),
    # photo: off-white cotton churidar gathered at the ankles, worn under a knee-length blue printed kurta, white
    # backdrop, full length.
    # extractive QA over the caption: description
    case(
        "X521-014",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a blue kurta and white pants"),
        D.description("a long-sleeve dress with graphic patterns", "contradiction"),
        D.color("cream"),
        D.garment_type("leggings"),
        is_a("kurta", "yes", "contradiction"),
        title="Women Off-White Solid Cotton Churidar",
        category="Churidar",
        color="Off White",
        gender="Women",
    ),
    # photo: floor-length navy anarkali with gold foil print all over, long sleeves, round neck, model holding the
    # flare out with both hands, no rings, studio.
    # extractive QA over the caption: neckline
    case(
        "X521-015",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        she("a blue gown"),
        describe("kurta", "a long blue dress with gold print"),
        base_color("bottoms", "blue", "unsupported"),
        D.color("gold", "contradiction"),
        D.sleeve_length("long sleeves"),
        neckline("round"),
        title="Women Navy Blue & Gold-Toned Foil Printed Anarkali Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust kurta with white block-printed flowers and rust palazzos, three-quarter sleeves, V-neck with no
    # placket, model standing in front of a pink-painted wall.
    # extractive QA over the caption: none
    case(
        "X521-016",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        she("an orange kurta and pants"),
        base_color("bottoms", "pink", "contradiction"),
        details("kurta", "it has a lot of buttons on the front", "unsupported"),
        D.color("orange"),
        D.pattern("floral"),
        title="Women Rust Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Rust",
        gender="Women",
    ),
    # photo: black net saree covered in small sequins, sleeveless black blouse, studio with a dark grey backdrop.
    # extractive QA over the caption: material
    case(
        "X521-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon "
            "fabric",
            "contradiction",
            hit_limit=True,
        ),
        she("a black sari with sequins"),
        details("saree", "sequins all over"),
        D.material("", "non_answer"),
        D.color("black"),
        D.garment_type("saree"),
        title="Black Sequinned Net Saree",
        category="Sarees",
        color="Black",
        gender="Women",
    ),
    # photo: sea green solid kurta, long sleeves, white palazzos, beige backdrop, full length.
    # extractive QA over the caption: material
    case(
        "X521-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a green kurta and white palazzos"),
        describe("kurta", "he is wearing a green kurta and white pants", "pronoun"),
        D.color("green"),
        D.sleeve_length("long sleeves"),
        D.material("", "non_answer"),
        title="Women Sea Green Solid Kurta with Palazzos",
        category="Kurta Sets",
        gender="Women",
    ),
    # photo: multicoloured phulkari dupatta (orange, pink, green and yellow thread on a red ground) over the
    # shoulders of a model in a plain black kurta and black pants, white backdrop.
    # extractive QA over the caption: material
    case(
        "X521-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. This female has neckwear. The lady wears a long pants. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        she("a black kurta and a colorful scarf"),
        D.color("black", "other_garment_color"),
        D.pattern("embroidered"),
        D.garment_type("dupatta"),
        D.material("cotton fabric", "contradiction"),
        title="Multicoloured Phulkari Embroidered Chiffon Dupatta",
        category="Dupatta",
        color="Multi",
        gender="Women",
    ),
    # photo: lavender sleeveless straight kurta with a white lace band at the hem, white trousers, white backdrop.
    # extractive QA over the caption: none
    case(
        "X521-020",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. The neckline of the dress is round. "
            "The pants this lady wears is of long length. The pants are with cotton fabric and pure color patterns. "
            "This lady",
            "cut",
            hit_limit=True,
        ),
        she("a purple kurta and white pants"),
        base_color("bottoms", "purple", "other_garment_color"),
        details("kurta", "lace on the bottom"),
        D.sleeve_length("long sleeves", "contradiction"),
        D.color("purple"),
        title="Women Lavender Solid Sleeveless Kurta with Lace Detail",
        category="Kurtas",
        color="Lavender",
        gender="Women",
    ),
    # photo: plain white kurta with red palazzos and a red dupatta over both arms, grey backdrop, full length.
    # extractive QA over the caption: none
    case(
        "X521-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This female has neckwear. The lady wears a long-sleeve dress with pure color patterns. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        she("a white kurta with red pants and a red dupatta"),
        base_color("kurta", "red", "other_garment_color"),
        base_color("dupatta", "red"),
        details("kurta", "red embroidery on the neck", "unsupported"),
        D.garment_type("kurta"),
        title="Women White Solid Kurta with Red Palazzos & Dupatta",
        category="Kurta Sets",
        color="White",
        gender="Women",
    ),
    # photo: plain yellow saree with a wide royal blue border, elbow-sleeve yellow blouse, studio.
    # extractive QA over the caption: border
    case(
        "X521-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        she("a yellow saree"),
        describe("saree", "a yellow sari with a blue border"),
        D.color("blue", "contradiction"),
        border("", "non_answer"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Yellow Solid Saree with Contrast Border",
        category="Sarees",
        color="Yellow",
        gender="Women",
    ),
    # photo: powder blue net lehenga with silver sequins, sleeveless blue choli, blue net dupatta behind the back,
    # white backdrop.
    # extractive QA over the caption: material
    case(
        "X521-023",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. The neckline of the tank top is "
            "V-shape. The skirt this lady wears is of long length. The skirt is with chiffon fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        she("a blue lehenga"),
        describe("lehenga", "he is wearing a blue lehenga", "pronoun"),
        base_color("dupatta", "blue"),
        D.material("chiffon fabric", "contradiction"),
        is_a("lehenga", "yes"),
        D.color("blue"),
        title="Powder Blue Sequinned Net Lehenga Choli with Dupatta",
        category="Lehenga Cholis",
        color="Blue",
        gender="Women",
    ),
    # photo: indigo cotton kurta with white block print and small round mirrors on the yoke, three-quarter sleeves,
    # white trousers, white backdrop.
    # extractive QA over the caption: material
    case(
        "X521-024",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        details("kurta", "mirror work on the neck"),
        describe("kurta", "a blue kurta with white prints and mirrors on it"),
        base_color("bottoms", "blue", "other_garment_color"),
        D.pattern("printed"),
        D.material("cotton fabric"),
        title="Women Indigo Blue Printed Mirror Work Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: green brocade kurta woven with gold motifs all over, long sleeves, gold churidar, bangles on both
    # wrists, beige backdrop.
    # extractive QA over the caption: none
    case(
        "X521-025",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are with",
            "cut",
            hit_limit=True,
        ),
        she("a green and gold kurta"),
        details("kurta", "the kurta details", "restated"),
        base_color("kurta", "green"),
        D.pattern("solid", "contradiction"),
        title="Women Green & Gold-Toned Woven Design Brocade Kurta",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: black palazzos with white ethnic-motif print, worn with a plain white short-sleeve top, grey backdrop.
    # extractive QA over the caption: material
    case(
        "X521-026",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The pants this lady wears is of long length. The pants are with chiffon fabric and "
            "graphic",
            "cut",
            hit_limit=True,
        ),
        she("a white top and black pants"),
        D.color("white", "other_garment_color"),
        D.pattern("printed"),
        D.garment_type("pants"),
        D.material("chiffon fabric", "contradiction"),
        title="Women Black Ethnic Motifs Printed Rayon Palazzos",
        category="Palazzos",
        color="Black",
    ),
    # photo: maroon velvet kurta with long sleeves and a round neck, maroon velvet trousers, no embroidery anywhere,
    # plain beige backdrop.
    # extractive QA over the caption: material
    case(
        "X521-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        she("a maroon outfit"),
        base_color("kurta", "red"),
        details("kurta", "gold embroidery on the sleeves", "unsupported"),
        D.material("cotton fabric", "contradiction"),
        D.garment_type("kurta"),
        title="Women Maroon Solid Velvet Kurta with Trousers",
        category="Kurta Sets",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink organza saree with floral thread embroidery, short-sleeve pink blouse, model holding the pallu
    # out, pink bangles, studio.
    # extractive QA over the caption: description
    case(
        "X521-028",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady",
            "contradiction",
            hit_limit=True,
        ),
        she("a pink saree"),
        D.description("a short-sleeve dress with floral patterns", "contradiction"),
        D.pattern("floral"),
        D.sleeve_length("short sleeves"),
        title="Pink Floral Embroidered Organza Saree",
        category="Sarees",
        color="Pink",
        gender="Women",
    ),
    # photo: plain white cotton kurta with a mandarin collar, long sleeves, white trousers, on a white backdrop.
    # extractive QA over the caption: neckline
    case(
        "X521-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        she("a white kurta"),
        describe("kurta", "a plain white cotton kurta"),
        neckline("standing"),
        D.color("white"),
        title="Women White Solid Mandarin Collar Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: green long-sleeve kurta under a sleeveless mustard jacket printed with ethnic motifs, green trousers,
    # grey backdrop.
    # extractive QA over the caption: description
    case(
        "X521-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady also wears an outer clothing, with cotton fabric and graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a green kurta with a yellow jacket"),
        base_color("kurta", "green"),
        D.description("an outer clothing, with cotton fabric and graphic patterns"),
        D.color("green"),
        D.sleeve_length("sleeveless", "contradiction"),
        title="Women Green & Mustard Printed Kurta with Jacket",
        category="Kurtas",
        color="Green",
        gender="Women",
    ),
    # photo: green lehenga with mirror work, short-sleeve green choli, pink dupatta, shot outdoors in a garden with
    # flowering bushes behind.
    # extractive QA over the caption: none
    case(
        "X521-031",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The skirt this lady wears is of long length. The skirt is with chiffon fabric and",
            "cut",
            hit_limit=True,
        ),
        she("a green lehenga and a pink dupatta"),
        base_color("bottoms", "green"),
        describe(
            "lehenga",
            "a green lehenga with a pink dupatta Question: What are the lehenga details? Answer: mirror work",
            "leak",
        ),
        D.pattern("floral", "contradiction"),
        D.garment_type("lehenga"),
        title="Green Mirror Work Lehenga Choli with Pink Dupatta",
        category="Lehenga Cholis",
        color="Green",
        gender="Women",
    ),
    # photo: white chikankari anarkali with floral embroidery, long sleeves, white churidar, silver bangles,
    # beige backdrop.
    # extractive QA over the caption: none
    case(
        "X521-032",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long pants.",
            hit_limit=True,
        ),
        she("a white dress"),
        details("kurta", "it has a lot of flowers on it"),
        D.pattern("embroidered"),
        D.sleeve_length("long sleeves"),
        title="Women White Chikankari Embroidered Anarkali Kurta",
        category="Kurtas",
        color="White",
        gender="Women",
    ),
    # photo: short coral cotton kurti with short sleeves worn with blue jeans, white backdrop, full length.
    # extractive QA over the caption: material
    case(
        "X521-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        she("a pink top and blue jeans"),
        base_color("kurta", "blue", "other_garment_color"),
        D.material("denim fabric", "contradiction"),
        D.garment_type("kurta"),
        D.sleeve_length("short sleeves"),
        title="Women Coral Solid Cotton Short Kurti",
        category="Kurtis",
        color="Coral",
        gender="Women",
    ),
    # photo: plain green art silk saree with a gold zari border, short-sleeve green blouse, grey backdrop.
    # extractive QA over the caption: material
    case(
        "X521-034",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. There is an accessory on her wrist. The lady wears a short-sleeve dress with pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        she("a saree Question: What is the color of the saree? Answer: green", "leak"),
        D.color("green"),
        D.pattern("solid"),
        is_a("saree", "yes"),
        D.material("chiffon fabric", "contradiction"),
        title="Green Solid Art Silk Saree with Zari Border",
        category="Sarees",
        color="Green",
        gender="Women",
    ),
    # photo: yellow kurta with small white printed buttis, white trousers, white dupatta over one arm, studio.
    # extractive QA over the caption: material
    case(
        "X521-035",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. This female has neckwear. The lady wears a long pants. The pants are with cotton "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        she("a yellow kurta with white pants and a white dupatta"),
        base_color("kurta", "yellow"),
        base_color(
            "dupatta",
            "white Question: What is the color of the bottoms? Answer: white",
            "leak",
        ),
        D.pattern("printed"),
        D.material("cotton fabric"),
        title="Women Yellow Printed Pure Cotton Kurta with Trousers & Dupatta",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: blue floral-printed kurta with long sleeves, matching blue trousers, white backdrop.
    # extractive QA over the caption: description, material
    case(
        "X521-036",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        she("a blue floral kurta and blue pants"),
        D.description("a sleeveless dress with floral patterns", "contradiction"),
        D.sleeve_length("long sleeves"),
        D.pattern("floral"),
        D.material("cotton fabric"),
        title="Women Blue Floral Printed Kurta with Trousers",
        category="Kurta Sets",
        color="Blue",
        gender="Women",
    ),
    # photo: purple solid straight kurta, three-quarter sleeves, white leggings, bare wrists, no jewellery,
    # grey backdrop.
    # extractive QA over the caption: details
    case(
        "X521-037",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are",
            "cut",
            hit_limit=True,
        ),
        she("a purple kurta and white leggings"),
        describe("kurta", "a purple kurta with a necklace", "unsupported"),
        D.details("There is an accessory on her wrist", "unsupported"),
        D.color("purple"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Purple Solid Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Women",
    ),
    # photo: red Banarasi dupatta with gold zari motifs and a wide gold border, spread flat on a white surface, no
    # model.
    # extractive QA over the caption: details
    case(
        "X521-038",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with chiffon fabric and graphic patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        she("a red and gold scarf"),
        D.garment_type("dupatta"),
        D.color("gold", "contradiction"),
        D.details("round neckline", "unsupported"),
        title="Red & Gold-Toned Woven Design Banarasi Dupatta",
        category="Dupatta",
        color="Red",
        gender="Women",
    ),
    # photo: teal solid straight kurta with a V-neck, three-quarter sleeves, white leggings, beige backdrop.
    # extractive QA over the caption: neckline
    case(
        "X521-039",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        she("a blue kurta and white leggings"),
        base_color("kurta", "blue"),
        details("kurta", "it has a v neck and a pocket", "unsupported"),
        neckline("round", "contradiction"),
        D.sleeve_length("three-quarter sleeves"),
        title="Women Teal Solid V-Neck Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Women",
    ),
    # photo: yellow cotton kurta with a small white floral print, matching yellow palazzos, bangles on one wrist,
    # white backdrop.
    # extractive QA over the caption: details
    case(
        "X521-040",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a long pants. The pants are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        she("a yellow kurta and palazzos"),
        base_color("bottoms", "yellow"),
        describe("kurta", "a yellow kurta with white flowers"),
        D.details("cotton fabric and pure", "cut"),
        D.color("yellow"),
        title="Women Yellow Floral Printed Pure Cotton Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Women",
    ),
    # photo: pink short kurta with thread embroidery on the neck, flared pink sharara, pink dupatta over one
    # shoulder, studio.
    # extractive QA over the caption: material
    case(
        "X521-041",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. This female has neckwear. The lady wears a long pants. The pants are with chiffon "
            "fabric",
            "cut",
            hit_limit=True,
        ),
        she("a pink kurta and sharara"),
        base_color("bottoms", "pink"),
        base_color("dupatta", "pink"),
        D.garment_type("dress", "contradiction"),
        is_a("kurta", "yes"),
        D.material("", "non_answer"),
        title="Women Pink Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Pink",
        gender="Women",
    ),
    # photo: grey georgette saree with silver sequins along the border, sleeveless grey blouse, grey backdrop.
    # extractive QA over the caption: material
    case(
        "X521-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        she("a silver saree"),
        describe("saree", "a grey saree with a", "cut"),
        D.color("grey"),
        is_a("saree", "yes"),
        D.material("chiffon fabric"),
        title="Grey Sequinned Georgette Saree",
        category="Sarees",
        color="Grey",
        gender="Women",
    ),
    # photo: plain blue rayon straight kurta, long sleeves, white trousers, grey backdrop.
    # extractive QA over the caption: material
    case(
        "X521-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        she("a blue kurta"),
        details("kurta", "the kurta", "non_answer"),
        D.material("a long-sleeve dress", "restated"),
        D.color("blue"),
        title="Women Blue Solid Rayon Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon velvet lehenga with gold zardozi embroidery, short-sleeve maroon choli, maroon dupatta on the
    # head, no jewellery, beige backdrop.
    # extractive QA over the caption: none
    case(
        "X521-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The skirt this lady wears is of long "
            "length. The skirt is with cotton fabric and graphic patterns. The skirt this lady wears is of long "
            "length. The",
            "loop",
            hit_limit=True,
        ),
        she("a red lehenga"),
        describe(
            "lehenga",
            "a red lehenga with a blouse and a dupatta and a necklace and earrings",
            "unsupported",
        ),
        D.garment_type("lehenga"),
        D.color("brown", "contradiction"),
        title="Maroon Embroidered Velvet Lehenga Choli",
        category="Lehenga Cholis",
        color="Maroon",
        gender="Women",
    ),
    # photo: blue and white vertically striped cotton kurta, long sleeves, worn with blue jeans, white backdrop.
    # extractive QA over the caption: material
    case(
        "X521-045",
        caption(
            "The lady wears a long-sleeve dress with stripe patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        she("a striped kurta and blue jeans"),
        describe("kurta", "a blue and white striped kurta"),
        details("kurta", "the details of the kurta are the details of the kurta", "restated"),
        D.pattern("striped"),
        D.color("blue"),
        D.material("cotton fabric"),
        title="Women Blue & White Striped Cotton Kurta",
        category="Kurtas",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon solid churidar gathered at the ankles, worn under a knee-length mustard printed kurta, white
    # backdrop, full length.
    # extractive QA over the caption: none
    case(
        "X521-046",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        she("a yellow kurta and red leggings"),
        base_color("bottoms", "yellow", "other_garment_color"),
        D.color("maroon"),
        D.garment_type("leggings"),
        D.pattern("printed", "contradiction"),
        title="Women Maroon Solid Churidar",
        category="Churidar",
        color="Maroon",
        gender="Women",
    ),
]
