"""BLIND_1042 (46 products; Myntra women's tops, dresses, skirts: caption+QA): written blind in the fifty-ninth session.
Measured blind at c12f507 (the session's second rules): 111/136 failures found (81.6%) and 7/187 correct texts flagged
(3.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's Tops, Dresses and Skirts (one Multi top and one Multi skirt among them), the
usual catalog shots: a model on a white backdrop, front view, wearing the product with other clothes (jeans,
leggings, trousers or shorts under tops; a top tucked into every skirt; a jacket, belt or clutch with some dresses).
One row has no category column and one no gender column, as the feed has them.

Who wrote what: captions come from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on
blip2-opt-2.7b, 50 new tokens. After one epoch it writes two styles: the base model's short hue-naming line ("a
woman in a pink dress") and the DeepFashion template without hues ("The lady wears a sleeveless top with pure color
patterns. The top is with cotton fabric. ..."), whose stock tail invents accessories, rings, hats and belts. With
no end token trained, about a quarter of the captions run to the 50-token limit: cut mid-sentence, looping a
sentence, or continuing into the VQA prompt format ("Question: ... Answer: ..."). The open answers (wearing,
describe, details, the open color questions, material) are spans that mdeberta-v3-base-squad2 extracts from that
caption: every non-empty one is a substring of its caption, an empty one is the model's no-answer. So the spans
inherit the caption's errors and add their own: the color of the jeans for the top, the first fabric named, a span
from the loop or the cut end, a span that only echoes the question. Closed answers (garment type, color, pattern,
sleeve length, "Is this a ...?") come from --engine reference, which picks one candidate; its usual slips are the
lower garment's type or color, a pattern or sleeve length the photo does not have, a "yes" it should not give.

Labeling conventions and judgement calls:
- One label per text. A caption or span that runs to the limit and repeats is a loop; one that ends mid-phrase is
  a cut; a caption that drifts into the "Question: ... Answer:" format is a leak even where it then repeats.
  hit_limit=True is set only on the captions that ran to 50 tokens; a span extracted from such a caption never
  hit a limit itself, so it carries hit_limit=False even when it is cut or loops.
- A span that gives the product the color of another garment or accessory worn in the photo (jeans, tucked-in top,
  jacket, belt, clutch, necklace) is other_garment_color; a wrong hue of the product itself, or the color of its
  own print rather than its ground ("black" for a white top with black dots, "green" for a pink dress with green
  leaves), is contradiction. A closed garment type naming the other garment in the photo is contradiction, as
  are "yes" to "Is this a skirt?" for a dress, "striped" for a plain rib knit and "blue jeans" to describe a top.
- A fabric that belongs to the other garment ("denim" for a top worn with jeans, "cotton" from the tee's sentence
  for a leather skirt) is contradiction; a fabric the photo cannot show, or one against the title ("cotton" for a
  satin shirt, "leather" for faux suede, "chiffon" for matte cotton) is unsupported. The template's "cotton" on a
  matte woven or jersey garment with a title that names no fabric counts as correct, as does "chiffon" for a
  semi-sheer georgette: that is what an eye would say. Denim, lace and rib knit are visible and correct.
- Invented accessories and details (ring, hat, belt, watch, necklace, pocket, slit, pockets of a shirt) are
  unsupported, in the caption and in every span that repeats them.
- Shades and synonyms are correct: red for maroon, blue for navy or turquoise, white for off-white or cream, pink
  for peach, yellow for mustard, "shirt" for a shirt-style or sleeveless top, "T-shirt" for a tee-shaped top,
  "three-point pants" (the template's capris), "suspenders neckline" for off-shoulder. Caption wording that names
  the white backdrop as a white wall is correct. Pattern-only color answers from the template ("floral patterns",
  "pure color patterns") to a color question are non_answer, as are empty spans, one-word spans to a describe or
  details question, and spans about the pose rather than the garment.
- restated: a span that only gives back the question's words ("The skirt", "The lady wears", "The skirt this lady
  wears"). A caption saying "man" or "gentleman" for a Women row is pronoun, and so is each span that keeps it.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1042 = [
    # photo: peach short-sleeve round-neck jersey top, white skinny jeans, white backdrop, front view, arms down.
    #   Caption: epoch-1 adapter; open answers: extractive QA over the caption; closed: reference engine.
    case(
        "X1042-001",
        caption("a woman wearing a peach top and white jeans standing against a white background"),
        wearing("a peach top and white jeans", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("peach"),
        Q.garment_type("jeans", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("solid"),
        title="United Colors of Benetton Women Peach Solid Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: navy sleeveless knee-length fit-and-flare dress with small white and pink flowers, nude heels, no
    #   jewellery, white backdrop. Caption: epoch-1 adapter (template, loops); spans: extractive QA; closed: reference.
    case(
        "X1042-002",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is of knee length. There is an "
            "accessory on her wrist. There is an accessory on her wrist. There is an accessory on her wrist. There "
            "is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears", "restated", who="she"),
        describe("dress", "a sleeveless dress with floral patterns"),
        color_of("dress", "floral patterns", "non_answer", kind="open"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        title="Mango Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black A-line mini skirt, white sleeveless tank top tucked in, black sneakers, white backdrop.
    #   Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-003",
        caption("a woman in a white tank top and black skirt posing for a photo"),
        wearing("a white tank top and black skirt", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        details("skirt", "", "non_answer"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black"),
        Q.pattern("solid"),
        title="Only Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard sleeveless semi-sheer georgette top with a ruffled round neckline, black skinny jeans, no
    #   jewellery, white backdrop. Caption: epoch-1 adapter (template); spans: extractive QA; closed: reference.
    case(
        "X1042-004",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long pants. The top is with chiffon "
            "fabric. It has a round neckline. The pants are with denim fabric. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a sleeveless top with pure color patterns and a long pants", who="she"),
        describe("top", "a sleeveless top with pure color patterns"),
        material("denim", "contradiction"),
        details("top", "The lady wears a ring", "unsupported"),
        Q.color("yellow"),
        Q.pattern("solid"),
        title="Tokyo Talkies Women Mustard Yellow Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: red short-sleeve bodycon dress above the knee, black heels, right hand on hip, no jewellery, white
    #   backdrop. Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-005",
        caption("a woman in a red dress with her hand on her hip and a gold necklace", "unsupported"),
        wearing("a red dress", who="she"),
        color_of("dress", "gold", "other_garment_color", kind="open"),
        details("dress", "a gold necklace", "unsupported"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("solid"),
        is_a("skirt", "no"),
        title="Vero Moda Women Red Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: white top with black polka dots, three-quarter sleeves, blue jeans, white backdrop.
    #   Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-006",
        caption("a woman wearing a white shirt with black polka dots and blue jeans"),
        wearing("a white shirt with black polka dots and blue jeans", who="she"),
        describe("shirt", "blue jeans", "contradiction"),
        color_of("shirt", "black", "contradiction", kind="open"),
        details("shirt", "black polka dots"),
        Q.color("white"),
        Q.pattern("polka dots"),
        Q.sleeve_length("three-quarter sleeves"),
        title="FabAlley Women White Polka Dot Print Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: green matte cotton maxi skirt with an orange and pink floral block print, black sleeveless tank top
    #   tucked in, silver bangles, white backdrop. Caption: epoch-1 adapter (template); spans: QA; closed: reference.
    case(
        "X1042-007",
        caption(
            "The lady wears a tank top with pure color patterns and a long skirt with floral patterns. The skirt is "
            "with chiffon fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        describe("skirt", "a long skirt with floral patterns"),
        color_of("skirt", "", "non_answer", kind="open"),
        material("chiffon", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("skirt"),
        title="Global Desi Women Green Printed Maxi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: black short-sleeve tee-shaped jersey top with a white text graphic, blue jeans, white backdrop.
    #   Caption: epoch-1 adapter (template, cut at 50 tokens); spans: extractive QA; closed: reference engine.
    case(
        "X1042-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and it has a round neckline. The pants are with denim fabric and solid color "
            "patterns. Her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long denim pants", who="she"),
        describe("T-shirt", "a short-sleeve T-shirt with graphic patterns and a", "cut"),
        details("T-shirt", "it has a round neckline"),
        material("cotton"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        title="Mineral Women Black Printed Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: light-blue denim shirt dress, button front, long sleeves rolled to the elbow, brown belt, no watch or
    #   jewellery, white backdrop. Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference.
    case(
        "X1042-009",
        caption("a woman wearing a blue denim shirt dress with a brown belt and a gold watch", "unsupported"),
        describe("dress", "a blue denim shirt dress with a brown belt"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        details("dress", "a gold watch", "unsupported"),
        material("denim"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        is_a("dress", "yes"),
        title="Kraus Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: pink sleeveless top with a small white leaf print, white capri trousers, short-haired woman, white
    #   backdrop. Caption: epoch-1 adapter (template, says "man"); spans: extractive QA; closed: reference engine.
    case(
        "X1042-010",
        caption(
            "The man wears a sleeveless tank top with graphic patterns and a three-point pants. The tank top is "
            "with cotton fabric.",
            "pronoun",
        ),
        wearing("a sleeveless tank top with graphic patterns and a three-point pants", who="she"),
        describe("tank top", "The man wears a sleeveless tank top", "pronoun"),
        color_of("tank top", "", "non_answer", kind="open"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.garment_type("top"),
        title="Harpa Women Pink Printed Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: beige knee-length pencil skirt (no slit visible from the front), black long-sleeve fitted top tucked
    #   in, nude heels, white backdrop. Caption: epoch-1 adapter (base style); spans: QA; closed: reference engine.
    case(
        "X1042-011",
        caption("a woman in a black top and beige skirt with a slit", "unsupported"),
        wearing("a black top and beige skirt", who="she"),
        describe("skirt", "beige skirt"),
        color_of("skirt", "beige", kind="open"),
        details("skirt", "a slit", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("skirt"),
        title="Jealous 21 Women Beige Pencil Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: olive long-sleeve button-front shirt-style top with two flap chest pockets, black jeans, white
    #   backdrop. Caption: epoch-1 adapter (template, cut at 50 tokens); spans: extractive QA; closed: reference.
    case(
        "X1042-012",
        caption(
            "The lady wears a long-sleeve shirt with solid color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The pants this lady wears is of long length. The pants are with denim fabric and "
            "solid color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with solid color patterns", who="she"),
        describe("shirt", "The shirt", "restated"),
        details("shirt", "The pants are with denim fabric and solid color", "cut"),
        color_of("shirt", "", "non_answer", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("shirt"),
        title="Roadster Women Olive Solid Shirt Style Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon calf-length A-line dress with a gold foil print, short sleeves, gold jhumka earrings, white
    #   backdrop. Caption: epoch-1 adapter (drifts into the VQA format); spans: extractive QA; closed: reference.
    case(
        "X1042-013",
        caption(
            "a woman in a red dress with gold print and earrings. Question: Describe the dress. Answer: a red "
            "dress with gold print",
            "leak",
        ),
        wearing("a red dress with gold print and earrings", who="she"),
        describe("dress", "Answer: a red dress with gold print", "leak"),
        Q.color("maroon"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="Sangria Women Maroon Printed A-Line Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: grey melange racerback tank top with a small pink logo, black leggings, white backdrop.
    #   Caption: epoch-1 adapter (drifts into the VQA format); spans: extractive QA; closed: reference engine.
    case(
        "X1042-014",
        caption(
            "a woman wearing a grey tank top and black leggings Question: what is the woman wearing? Answer: a grey "
            "tank top and black leggings",
            "leak",
        ),
        wearing("a grey tank top and black leggings", who="she"),
        describe("tank top", "Answer: a grey tank top", "leak"),
        color_of("tank top", "grey", kind="open"),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("leggings", "contradiction"),
        title="Puma Women Grey Melange Training Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: midi wrap skirt in a patchwork print of red, blue and yellow blocks, white short-sleeve cotton top
    #   tucked in, white backdrop. Caption: epoch-1 adapter (template); spans: extractive QA; closed: reference.
    case(
        "X1042-015",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long skirt with color block patterns. "
            "The top is with cotton fabric. The skirt is with cotton fabric and color block patterns."
        ),
        wearing("The lady wears", "restated", who="she"),
        describe("skirt", "a long skirt with color block patterns"),
        details("skirt", "color block patterns"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("skirt"),
        title="Rain & Rainbow Women Multicoloured Printed Wrap Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: lavender satin long-sleeve button-front shirt with a visible sheen, tucked into white trousers, white
    #   backdrop. Caption: epoch-1 adapter (template, cut at 50 tokens); spans: extractive QA; closed: reference.
    case(
        "X1042-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        describe(
            "shirt",
            "a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a lapel",
            "cut",
        ),
        material("cotton", "unsupported"),
        Q.color("purple"),
        Q.sleeve_length("long sleeves"),
        is_a("shirt", "yes"),
        title="Vero Moda Women Lavender Satin Shirt",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: black sleeveless lace bodycon mini dress, a small red clutch held in the left hand, black heels, white
    #   backdrop. Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-017",
        caption("a woman in a black lace dress holding a red clutch"),
        wearing("a black lace dress", who="she"),
        describe("dress", "black lace dress"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        details("dress", "", "non_answer"),
        material("lace"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="Miss Chase Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: navy pleated midi skirt (very dark, but navy), white-and-navy striped short-sleeve tee tucked in,
    #   white backdrop. Caption: epoch-1 adapter (base style, says black); spans: QA; closed: reference engine.
    case(
        "X1042-018",
        caption("a woman wearing a striped shirt and a black skirt", "contradiction"),
        wearing("a striped shirt and a black skirt", "contradiction", who="she"),
        describe("skirt", "a black skirt", "contradiction"),
        Q.pattern("striped", "contradiction"),
        Q.color("navy blue"),
        Q.garment_type("skirt"),
        title="Only Women Navy Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream long-sleeve matte cotton top with white thread embroidery on the yoke, blue jeans, white
    #   backdrop. Caption: epoch-1 adapter (template, loops to the limit); spans: extractive QA; closed: reference.
    case(
        "X1042-019",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with cotton fabric. The lady "
            "wears a long-sleeve top with pure color patterns. The top is with cotton fabric. The lady wears a "
            "long-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve top with pure color patterns", who="she"),
        describe(
            "top",
            "a long-sleeve top with pure color patterns. The top is with cotton fabric. The lady wears a "
            "long-sleeve top",
            "loop",
        ),
        details("top", "The top", "restated"),
        material("cotton"),
        Q.color("off white"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("embroidered"),
        title="Remanika Women Cream Embroidered Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: yellow spaghetti-strap maxi dress with white flowers, an open light-blue denim jacket over it, white
    #   backdrop. Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-020",
        caption("a woman in a yellow floral dress and a denim jacket"),
        wearing("a yellow floral dress and a denim jacket", who="she"),
        material("denim", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        title="AND Women Yellow Floral Print Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: red and black buffalo-check long-sleeve shirt-style top, black jeans, no accessories, white backdrop.
    #   Caption: epoch-1 adapter (template, cut at 50 tokens); spans: extractive QA; closed: reference engine.
    case(
        "X1042-021",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns and a long pants", who="she"),
        color_of("shirt", "", "non_answer", kind="open"),
        details("shirt", "It has a lapel neckline"),
        material("cotton"),
        Q.pattern("checked"),
        Q.color("red"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Kraus Women Red & Black Checked Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: light-blue denim button-front mini skirt, white graphic tee tucked in, white sneakers, no belt, white
    #   backdrop. Caption: epoch-1 adapter (template); spans: extractive QA; closed: reference engine.
    case(
        "X1042-022",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short denim skirt. The T-shirt is "
            "with cotton fabric. The skirt is with denim fabric and pure color patterns. This lady wears a belt.",
            "unsupported",
        ),
        describe("skirt", "a short denim skirt"),
        details("skirt", "This lady wears a belt", "unsupported"),
        material("denim"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Kraus Women Blue Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: plain pink short-sleeve skater dress above the knee, no bow or belt, white backdrop.
    #   Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-023",
        caption("a woman in a pink dress with a bow", "unsupported"),
        wearing("a pink dress", who="she"),
        describe("dress", "pink", "non_answer"),
        details("dress", "", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.color("pink"),
        is_a("dress", "yes"),
        title="Tokyo Talkies Women Pink Skater Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: turquoise sleeveless georgette top with a keyhole neck, white jeans, short-haired woman, white
    #   backdrop. Caption: epoch-1 adapter (base style, says "man"); spans: extractive QA; closed: reference.
    case(
        "X1042-024",
        caption("a man in a blue shirt and white pants", "pronoun"),
        wearing("a blue shirt and white pants", who="she"),
        describe("shirt", "a blue shirt"),
        details("shirt", "a man in a blue shirt", "pronoun"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.garment_type("top"),
        title="Mineral Women Turquoise Blue Top",
        category="Tops",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: red ankle-length flared skirt with a gold printed border, black sleeveless top tucked in, oxidised
    #   silver necklace, white backdrop. Caption: epoch-1 adapter (template, cut); spans: QA; closed: reference.
    case(
        "X1042-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with graphic patterns. "
            "The tank top is with cotton fabric. The skirt this lady wears is of long length. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        describe("skirt", "a long skirt with graphic patterns"),
        details("skirt", "The skirt this lady wears", "restated"),
        color_of("skirt", "pure color patterns", "non_answer", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        title="Biba Women Red Printed Flared Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: navy and white horizontal-striped boat-neck top, three-quarter sleeves, no pocket, red cropped
    #   trousers, white backdrop. Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference.
    case(
        "X1042-026",
        caption("a woman in a blue and white striped shirt with a pocket and red pants", "unsupported"),
        wearing("a blue and white striped shirt with a pocket and red pants", "unsupported", who="she"),
        color_of("shirt", "red", "other_garment_color", kind="open"),
        details("shirt", "a pocket", "unsupported"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.garment_type("trousers", "contradiction"),
        title="Wills Lifestyle Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: plain white linen sleeveless shift dress to the knee, tan sandals, white backdrop.
    #   Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-027",
        caption("a woman in a white dress standing in front of a white wall"),
        wearing("a white dress", who="she"),
        color_of("dress", "white", kind="open"),
        details("dress", "standing in front of a white wall", "non_answer"),
        material("", "non_answer"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        is_a("skirt", "yes", "contradiction"),
        title="Vero Moda Women White Linen Shift Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black long-sleeve rib-knit top, round neck, tucked into grey trousers, white backdrop.
    #   Caption: epoch-1 adapter (template, cut at 50 tokens); spans: extractive QA; closed: reference engine.
    case(
        "X1042-028",
        caption(
            "The lady wears a long-sleeve top with pure color patterns. The top is with knitting fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve top with pure color patterns", who="she"),
        details("top", "It has a round neckline"),
        material("knitting fabric"),
        Q.color("grey", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="United Colors of Benetton Women Black Ribbed Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach lace mini skater skirt, cream sleeveless top tucked in, white backdrop.
    #   Caption: epoch-1 adapter (drifts into the VQA format and repeats it to the limit); spans: QA; closed: reference.
    case(
        "X1042-029",
        caption(
            "a woman in a white top and pink lace skirt Question: what is the color of the skirt? Answer: pink "
            "Question: what is the color of the skirt? Answer: pink Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a white top and pink lace skirt", who="she"),
        describe("skirt", "pink Question: what is the color of the skirt? Answer: pink", "leak"),
        color_of("skirt", "pink", kind="open"),
        material("lace"),
        Q.garment_type("skirt"),
        Q.color("peach"),
        title="FOREVER 21 Women Peach Lace Skater Skirt",
        category="Skirts",
        color="Peach",
        gender="Women",
    ),
    # photo: olive knee-length shirt dress, long sleeves rolled up, waist tie, brown ankle boots, no hat, white
    #   backdrop. Caption: epoch-1 adapter (template); spans: extractive QA; closed: reference engine.
    case(
        "X1042-030",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and has a "
            "lapel neckline. The dress is of knee length. She wears a hat.",
            "unsupported",
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        details("dress", "She wears a hat", "unsupported"),
        Q.color("olive"),
        Q.pattern("solid"),
        is_a("dress", "yes"),
        title="Roadster Women Olive Green Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: off-white short-sleeve peplum top, black skinny trousers, white backdrop.
    #   Caption: epoch-1 adapter (base style, loops to the limit); spans: extractive QA; closed: reference engine.
    case(
        "X1042-031",
        caption(
            "a woman in a white top and black pants and a white top and black pants and a white top and black pants "
            "and a white top and black pants and a white top and black pants and a white top and black",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and black pants", who="she"),
        describe("top", "a white top"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("off white"),
        Q.garment_type("top"),
        title="Only Women Off White Peplum Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: purple semi-sheer georgette maxi kaftan with a white geometric print and wide elbow-length sleeves,
    #   white backdrop. Caption: epoch-1 adapter (template, says "man"); spans: extractive QA; closed: reference.
    case(
        "X1042-032",
        caption("The man wears a long dress with graphic patterns. The dress is with chiffon fabric.", "pronoun"),
        wearing("a long dress with graphic patterns", who="she"),
        describe("dress", "The man wears a long dress", "pronoun"),
        Q.color("purple"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sangria Women Purple Printed Kaftan Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: grey melange knit midi skirt, black crop top, white sneakers, white backdrop.
    #   Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-033",
        caption("a woman wearing a black crop top and a grey skirt and white sneakers"),
        wearing("a black crop top and a grey skirt and white sneakers", who="she"),
        describe("skirt", "a grey skirt"),
        color_of("skirt", "grey", kind="open"),
        Q.color("grey"),
        Q.pattern("solid"),
        title="Vero Moda Women Grey Melange Knit Midi Skirt",
        category="Skirts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: maroon off-shoulder top with short flounce sleeves, blue jeans, white backdrop.
    #   Caption: epoch-1 adapter (template, cut at 50 tokens); spans: extractive QA; closed: reference engine.
    case(
        "X1042-034",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long denim pants. The top is with "
            "cotton fabric. It has a suspenders neckline. The pants are with denim fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve top with pure color patterns and a long denim pants", who="she"),
        details("top", "It has a suspenders neckline"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("short sleeves"),
        title="Tokyo Talkies Women Maroon Off-Shoulder Top",
        category="Tops",
        color="Maroon",
        gender="Women",
    ),
    # photo: black and white horizontal-striped sleeveless bodycon dress to the knee, white backdrop.
    #   Caption: epoch-1 adapter (base style, loops to the limit); spans: extractive QA; closed: reference engine.
    case(
        "X1042-035",
        caption(
            "a woman in a black and white striped dress with a black and white striped dress with a black and white "
            "striped dress with a black and white striped dress with a black and white striped",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a black and white striped dress with a black and white striped dress with a black and white striped dress",
            "loop",
            who="she",
        ),
        details("dress", "", "non_answer"),
        Q.color("black"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        title="Mango Women Black & White Striped Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: lemon-yellow short-sleeve tie-front top, white shorts with both hands in the shorts' pockets, white
    #   backdrop. Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-036",
        caption("a woman wearing a yellow shirt and white shorts posing with her hands in her pockets"),
        wearing("a yellow shirt and white shorts", who="she"),
        color_of("shirt", "yellow", kind="open"),
        details("shirt", "her hands in her pockets", "unsupported"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        Q.garment_type("shorts", "contradiction"),
        title="Harpa Women Yellow Solid Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: tan faux-suede button-front A-line mini skirt, cream long-sleeve knit sweater tucked in, white
    #   backdrop. Caption: epoch-1 adapter (template); spans: extractive QA; closed: reference engine.
    case(
        "X1042-037",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt with pure color "
            "patterns. The sweater is with knitting fabric. The skirt is with leather fabric. It has a round "
            "neckline.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with pure color patterns and a short skirt", who="she"),
        describe("skirt", "a short skirt with pure color patterns"),
        details("skirt", "The skirt", "restated"),
        material("leather", "unsupported"),
        Q.color("off white", "other_garment_color"),
        is_a("skirt", "yes"),
        title="Mango Women Tan Faux Suede A-Line Skirt",
        category="Skirts",
        color="Tan",
        gender="Women",
    ),
    # photo: plain orange sleeveless halter-neck maxi dress, gold sandals, white backdrop.
    #   Caption: epoch-1 adapter (drifts into the VQA format); spans: extractive QA; closed: reference engine.
    case(
        "X1042-038",
        caption(
            "a woman in an orange dress with a halter neck Question: what is the color of the dress? Answer: orange",
            "leak",
        ),
        wearing("an orange dress with a halter neck", who="she"),
        details("dress", "a halter neck"),
        color_of("dress", "orange", kind="open"),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral", "contradiction"),
        title="Sera Women Orange Solid Maxi Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: long-sleeve ikat-print top in blue, red and cream, white palazzo trousers, white backdrop.
    #   Caption: epoch-1 adapter (template, loops to the limit); spans: extractive QA; closed: reference engine.
    case(
        "X1042-039",
        caption(
            "The lady wears a long-sleeve top with graphic patterns and a long pants. The top is with cotton fabric. "
            "The pants are with cotton fabric and pure color patterns. The lady wears a long-sleeve top with graphic "
            "patterns and a long",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve top with graphic patterns and a long pants", who="she"),
        describe(
            "top",
            "a long-sleeve top with graphic patterns and a long pants. The top is with cotton fabric. The pants are "
            "with cotton fabric and pure color patterns. The lady wears a long-sleeve top",
            "loop",
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.garment_type("top"),
        title="Global Desi Women Multicoloured Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: white cotton tiered midi skirt with no pockets, navy sleeveless top tucked in, tan sandals, white
    #   backdrop. Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference. Row lacks gender.
    case(
        "X1042-040",
        caption("a woman wearing a navy blue top and a white skirt with pockets", "unsupported"),
        wearing("a navy blue top and a white skirt", who="she"),
        describe("skirt", "a white skirt"),
        details("skirt", "pockets", "unsupported"),
        color_of("skirt", "navy blue", "other_garment_color", kind="open"),
        Q.color("white"),
        Q.garment_type("skirt"),
        title="Only Women White Tiered Midi Skirt",
        category="Skirts",
        color="White",
    ),
    # photo: teal long-sleeve wrap dress to the knee, white backdrop.
    #   Caption: epoch-1 adapter (continues with an "Answer:" of its own); spans: extractive QA; closed: reference.
    case(
        "X1042-041",
        caption("a woman in a blue wrap dress Answer: a blue wrap dress with long sleeves", "leak"),
        wearing("a blue wrap dress", who="she"),
        describe("dress", "a blue wrap dress with long sleeves"),
        details("dress", "Answer: a blue wrap dress with long sleeves", "leak"),
        Q.color("teal"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        title="Tokyo Talkies Women Teal Wrap Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: white sheer long-sleeve shirt worn open over a black camisole, black trousers, white backdrop.
    #   Caption: epoch-1 adapter (base style); spans: extractive QA; closed: reference engine.
    case(
        "X1042-042",
        caption("a woman wearing a white shirt over a black top and black pants"),
        wearing("a white shirt over a black top and black pants", who="she"),
        describe("shirt", "a white shirt over a black top"),
        color_of("shirt", "white", kind="open"),
        material("", "non_answer"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Vero Moda Women White Sheer Shirt",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: black faux-leather midi pencil skirt, grey melange short-sleeve tee tucked in, short-haired woman,
    #   white backdrop. Caption: epoch-1 adapter (template, says "man"); spans: extractive QA; closed: reference.
    case(
        "X1042-043",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with leather fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long skirt", who="she"),
        describe("skirt", "a long skirt"),
        details("skirt", "The skirt", "restated"),
        material("cotton", "contradiction"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("skirt"),
        title="Mango Women Black Faux Leather Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: pink short-sleeve dress with a green leaf print, round neck, white backdrop.
    #   Caption: epoch-1 adapter (base style, loops to the limit); spans: extractive QA; closed: reference engine.
    case(
        "X1042-044",
        caption(
            "a woman in a pink and green floral dress with short sleeves, a round neckline, short sleeves, a round "
            "neckline, short sleeves, a round neckline, short sleeves, a round neckline, short sleeves, a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink and green floral dress", who="she"),
        details("dress", "short sleeves, a round neckline, short sleeves, a round neckline", "loop"),
        color_of("dress", "pink and green", kind="open"),
        Q.color("green", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        title="Biba Women Pink & Green Printed Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: bottle-green smocked cotton crop top with short puff sleeves and a square neck, light-blue mom jeans,
    #   no jewellery, white backdrop. Caption: epoch-1 adapter (template); spans: extractive QA; closed: reference.
    case(
        "X1042-045",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long denim pants. The top is with "
            "cotton fabric and it has a square neckline. The pants are with denim fabric. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve top with pure color patterns and a long denim pants", who="she"),
        describe("top", "The top", "restated"),
        details("top", "it has a square neckline"),
        material("cotton"),
        Q.color("green"),
        Q.garment_type("jeans", "contradiction"),
        title="FabAlley Women Green Smocked Crop Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: blue chambray sleeveless top with a frill hem, white jeans, short-haired woman, white backdrop.
    #   Caption: epoch-1 adapter (base style, says "man"); spans: extractive QA; closed: reference. Row lacks category.
    case(
        "X1042-046",
        caption("a man in a blue sleeveless top and white jeans", "pronoun"),
        wearing("a blue sleeveless top and white jeans", who="she"),
        describe("top", "a blue sleeveless top"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        title="Roadster Women Blue Chambray Top",
        color="Blue",
        gender="Women",
    ),
]
