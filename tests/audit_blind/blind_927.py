"""BLIND_927 (46 products; Myntra innerwear and sleepwear, extractive QA): written blind in the fifty-seventh session.
Measured blind at 139f19f (the session's sixth rules): 102/130 failures found (78.5%) and 32/185 correct texts flagged
(17.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's and women's innerwear and sleepwear: briefs, trunks, boxers, innerwear vests,
camisoles, pyjamas and lounge pants, lounge shorts, night suits. Catalog shots on a white (twice a light grey)
backdrop, mostly worn by a model cropped to the product (hip crops for briefs and trunks, bare torso), often with a
second garment (a t-shirt over lounge shorts, jeans under a vest, a robe over briefs); five are flat lays of packs
with no person, one is a back view.

Who wrote what: the caption is the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on BLIP-2
OPT-2.7b, free generation, 50 new tokens. At epoch 1 it still mixes the base model's hue words ("navy blue briefs")
into the DeepFashion template ("cotton fabric and pure color patterns", "sleeves cut off", "lattice patterns",
"there is an accessory on his wrist"); it stops on a newline about two times in three, otherwise it runs to the
limit and is cut or loops. The open answers (wearing, color of the product, describe, details, material) are spans
that the extractive QA model (mdeberta-v3-base-squad2) picks from that caption: they inherit the caption's errors,
and pick the wrong garment's hue from a two-garment caption. Where the QA model found no span for describe, details
or material, the job fell back to base BLIP-2 OPT-2.7b free generation (`Question: ... Answer:`, 30 new tokens,
no adapter); each comment says which texts are fallbacks. Those fallbacks invent details, loop, leak the prompt
format, restate the question or run to the limit. An empty span for wearing or the color question is stored as
the empty string (no fallback for those). Closed answers (garment type, color, pattern, sleeve length, "Is this a
...?") are enrich's reference engine picking one candidate: never cut or looping, sometimes the wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most salient failure; I avoided writing texts with two distinct failures.
- A color that belongs to the other worn garment (the t-shirt over the shorts, the jeans under the vest) is
  other_garment_color, for closed answers too. A wrong color of the product's own part (its waistband, its print)
  or of the backdrop/wall is contradiction, as is a wrong hue outright (brown for maroon, orange for red).
- Caption errors propagate: when the caption says "brown underwear" for maroon briefs, the extractive spans that
  repeat "brown" are each labelled contradiction.
- Near hues are correct: red for maroon, pink for peach, blue for navy or teal, grey for charcoal or melange,
  green for olive, yellow for mustard, purple for lavender. "Tank top" for a vest or camisole, "underwear" for
  briefs or trunks, "shorts" for boxers and "pants" for pyjamas are correct; "briefs" for trunks, "shirt" for a
  vest and "robe" for briefs are contradictions.
- Material: "cotton fabric" is correct where the title says cotton or the photo shows a plain cotton knit; it is a
  contradiction where the title names another fabric (satin) or the span gives another garment's fabric (denim of
  the shorts for a cotton camisole, of the jeans for a vest); an invented fabric the title does not name and the
  photo does not show (chiffon, silk, lace) is unsupported.
- A small logo does not make a "graphic" pattern: "graphic" for a title that says Solid is a contradiction.
- A span that only gives the length ("short length", "long length") for details is non_answer; "pure color" for a
  color question is non_answer; "yes" or one hue word for "Describe ..." is non_answer; "a pair of lounge shorts",
  "the details of the vest" are restated.
- Prompt leaks are labelled leak even when the leaked answer after it is right; a fallback cut at 30 tokens whose
  content is right is cut; a text that ran to the limit and repeats itself is loop, not cut.
- Accessories, sneakers, back pockets, fly openings or logos that the crop or the view cannot show are unsupported.
- "He" for a woman's product or "the lady"/"a woman" for a male model is pronoun; a fallback answering about a
  person for a flat lay with no person ("she is wearing a black bra") is unsupported.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    wearing,
)

BLIND_927 = [
    # photo: man, hip crop, navy blue briefs with grey elastic waistband printed JOCKEY in white, bare torso, white
    # backdrop, front view. Caption adapter stopped; spans from it; closed by reference.
    case(
        "X927-001",
        caption(
            "a man wearing a pair of navy blue briefs with a grey waistband. the briefs are with cotton fabric "
            "and pure color patterns."
        ),
        wearing("a pair of navy blue briefs", who="he"),
        color_of("briefs", "navy blue", kind="open"),
        details("briefs", "a grey waistband"),
        Q.garment_type("briefs"),
        Q.color("navy blue"),
        title="Jockey Men Navy Blue Solid Briefs 1010",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay of three folded briefs on white: black, grey melange, royal blue, each with a black waistband
    # lettered Hanes; no person. Caption adapter; describe is a span; details a base fallback (empty span).
    case(
        "X927-002",
        caption(
            "three pairs of briefs in black, grey and blue are laid on a white surface. the briefs are with "
            "cotton fabric and pure color patterns."
        ),
        describe("briefs", "three pairs of briefs in black, grey and blue"),
        details("briefs", "black waistbands with white hanes letters"),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        Q.material("cotton fabric"),
        title="Hanes Men Pack of 3 Cotton Briefs",
        category="Briefs",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a white ribbed sleeveless vest with a scoop neck, tucked into mid-blue jeans, cropped at the
    # thighs, no pocket, white backdrop. Caption adapter; spans; details a base fallback; closed by reference.
    case(
        "X927-003",
        caption(
            "a man wearing a white vest and blue jeans. the vest has no sleeves, cotton fabric and pure color "
            "patterns. the neckline of it is round. the jeans are of long length."
        ),
        wearing("a white vest and blue jeans", who="he"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        describe("vest", "no sleeves, cotton fabric and pure color patterns"),
        Q.sleeve_length("sleeveless"),
        Q.color("white"),
        details("vest", "a pocket on the chest", "unsupported"),
        title="Jockey Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: male model in a grey melange crew-neck sleeveless vest and black track pants with white side stripes,
    # white backdrop, knee-up. Caption adapter (wrong pronoun); spans; closed by reference.
    case(
        "X927-004",
        caption(
            "the lady wears a grey tank top with sleeves cut off and black pants. the tank top is with cotton "
            "fabric and pure color patterns. the pants are of long length.",
            "pronoun",
        ),
        wearing("a grey tank top with sleeves cut off and black pants", who="he"),
        color_of("vest", "grey", kind="open"),
        details("vest", "sleeves cut off"),
        Q.garment_type("vest"),
        Q.color("black", "other_garment_color"),
        title="Van Heusen Men Grey Melange Innerwear Vest",
        category="Innerwear Vests",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in blue-and-white checked woven boxers and a plain white crew-neck t-shirt, cropped at the knees,
    # white backdrop. Caption adapter; spans; describe a base fallback that loops; closed by reference.
    case(
        "X927-005",
        caption(
            "a man wearing a white t-shirt and blue and white checked shorts. the shorts are with cotton fabric "
            "and lattice patterns. the t-shirt has short sleeves."
        ),
        wearing("a white t-shirt and blue and white checked shorts", who="he"),
        color_of("boxers", "blue and white", kind="open"),
        details("boxers", "cotton fabric and lattice patterns"),
        describe(
            "boxers",
            "blue and white checkered boxers with a white t-shirt and a white t-shirt and a white "
            "t-shirt and a white t-shirt and a white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("boxers"),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        title="Playboy Men Blue Checked Woven Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: man, hip crop, black short-leg trunks with a red waistband lettered Levi's in white, bare torso, white
    # backdrop. Caption ran to the limit and was cut; spans; describe a base fallback; closed by reference.
    case(
        "X927-006",
        caption(
            "a man wearing black trunks with a red waistband. the trunks are with cotton fabric and pure color "
            "patterns. the waistband of it has white letters. the trunks are of short length and the waistband "
            "is",
            "cut",
            hit_limit=True,
        ),
        wearing("black trunks with a red waistband", who="he"),
        color_of("trunks", "black", kind="open"),
        details("trunks", "white letters"),
        Q.garment_type("trunks"),
        Q.color("red", "contradiction"),
        describe("trunks", "she is wearing black trunks with a red waistband", "pronoun"),
        title="Levis Men Black Trunks 300LS",
        category="Trunk",
        color="Black",
        gender="Men",
    ),
    # photo: woman in light pink pyjama pants with a small white star print and a grey melange short-sleeve t-shirt,
    # full length, barefoot, white backdrop. Caption adapter; spans; details a base fallback that leaks.
    case(
        "X927-007",
        caption(
            "a woman wearing a grey t-shirt and pink pants with stars on it. the pants are of long length with "
            "cotton fabric and graphic patterns. the t-shirt has short sleeves."
        ),
        wearing("a grey t-shirt and pink pants with stars on it", who="she"),
        color_of("pyjamas", "grey", "other_garment_color", kind="open"),
        describe("pyjamas", "long length with cotton fabric and graphic patterns"),
        details("pyjamas", "white stars Question: What is the color of the stars? Answer: white", "leak"),
        Q.pattern("printed"),
        Q.color("pink"),
        title="Sweet Dreams Women Pink Printed Cotton Pyjamas",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in navy blue jersey lounge shorts with white piping and a white drawstring, white tank top,
    # cropped at the knees, front view, white backdrop. Caption loops; spans; describe a base fallback.
    case(
        "X927-008",
        caption(
            "a woman wearing a white tank top and navy blue shorts. the shorts are of short length. the shorts "
            "are of short length. the shorts are of short length. the shorts are of short length. the shorts "
            "are",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and navy blue shorts", who="she"),
        color_of("lounge shorts", "navy blue", kind="open"),
        details("lounge shorts", "short length", "non_answer"),
        describe("lounge shorts", "navy blue shorts with white piping and two back pockets", "unsupported"),
        Q.garment_type("shorts"),
        Q.color("navy blue"),
        title="Jockey Women Navy Blue Lounge Shorts 1301",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: man in charcoal jersey lounge pants with a white drawstring and slant side pockets (no zips), white
    # crew-neck t-shirt, white sneakers, full length, white backdrop. Caption adapter; spans; details a fallback.
    case(
        "X927-009",
        caption(
            "a man wearing a white t-shirt and dark grey pants. the pants are of long length with cotton fabric "
            "and pure color patterns. he wears a pair of white sneakers."
        ),
        wearing("a white t-shirt and dark grey pants", who="he"),
        color_of("lounge pants", "white", "other_garment_color", kind="open"),
        describe("lounge pants", "long length with cotton fabric and pure color patterns"),
        details(
            "lounge pants", "the lounge pants have a drawstring waist and zip pockets on both sides", "unsupported"
        ),
        Q.color("grey"),
        Q.garment_type("pants"),
        title="Chromozome Men Charcoal Solid Lounge Pants",
        category="Lounge Pants",
        color="Charcoal",
        gender="Men",
    ),
    # photo: flat lay of two folded white ribbed sleeveless vests with a cardboard tag, light grey backdrop, no
    # person. Caption adapter; describe a span; details a base fallback; closed by reference.
    case(
        "X927-010",
        caption(
            "two white tank tops are folded on a grey surface. the tank tops have sleeves cut off, cotton "
            "fabric and pure color patterns."
        ),
        describe("vest", "two white tank tops are folded on a grey surface"),
        details("vest", "the details of the vest", "restated"),
        Q.color("grey", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("vest"),
        title="Dollar Bigboss Men Pack of 2 White Cotton Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in a maroon satin night suit: long-sleeve notch-collar shirt with white piping, matching maroon
    # pyjama trousers, full length, white backdrop. Caption adapter; spans; details, describe base fallbacks.
    case(
        "X927-011",
        caption(
            "a woman wearing a red long-sleeve shirt and red pants. the shirt is with cotton fabric and pure "
            "color patterns. the pants are of long length with cotton fabric.",
            "contradiction",
        ),
        wearing("a red long-sleeve shirt and red pants", who="she"),
        Q.material("cotton fabric", "contradiction"),
        details(
            "night suit", "the night suit has white piping on the collar and a lace trim on the hem", "unsupported"
        ),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        describe("night suit", "a night suit", "restated"),
        title="Nite Flite Women Maroon Satin Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: woman in a white spaghetti-strap camisole with a lace-trimmed v-neck, light blue jeans, hip-up, white
    # backdrop. Caption adapter; spans; describe a base fallback that leaks; closed by reference.
    case(
        "X927-012",
        caption(
            "a woman wearing a white tank top and blue jeans. the tank top has sleeves cut off, cotton fabric "
            "and pure color patterns. the neckline of it is v-shape."
        ),
        wearing("a white tank top and blue jeans", who="she"),
        color_of("camisole", "blue", "other_garment_color", kind="open"),
        details("camisole", "v-shape"),
        describe(
            "camisole", "a white camisole with lace trim. Question: Describe the jeans. Answer: blue jeans", "leak"
        ),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        Q.color("blue", "other_garment_color"),
        title="Enamor Women White Lace Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: woman in lavender lounge shorts with a small white-and-pink floral print, plain white t-shirt, hip to
    # knee, white backdrop. Caption adapter (wrong pronoun); spans; describe a base fallback that loops.
    case(
        "X927-013",
        caption(
            "the gentleman wears a white t-shirt and purple shorts with floral patterns. the shorts are of "
            "short length with cotton fabric.",
            "pronoun",
        ),
        wearing("a white t-shirt and purple shorts with floral patterns", who="she"),
        color_of("lounge shorts", "purple", kind="open"),
        describe(
            "lounge shorts",
            "the shorts are purple with white flowers and pink flowers and pink flowers and "
            "pink flowers and pink flowers and pink flowers and pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt", "contradiction"),
        title="Hanes Women Lavender Floral Print Lounge Shorts",
        category="Lounge Shorts",
        color="Lavender",
        gender="Women",
    ),
    # photo: man in olive-and-navy checked woven lounge shorts with a drawstring, navy polo t-shirt, white
    # backdrop. Caption adapter; spans; describe a base fallback; closed by reference.
    case(
        "X927-014",
        caption(
            "a man wearing a navy blue polo shirt and green and blue plaid shorts. the shorts are of medium "
            "length with cotton fabric and lattice patterns."
        ),
        wearing("a navy blue polo shirt and green and blue plaid shorts", who="he"),
        color_of("lounge shorts", "navy blue", "other_garment_color", kind="open"),
        details("lounge shorts", "medium length with cotton fabric and lattice patterns"),
        describe("lounge shorts", "a pair of lounge shorts", "restated"),
        Q.pattern("checked"),
        Q.color("green"),
        title="U.S. Polo Assn. Men Olive Checked Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in red boxers with an all-over small white "fcuk" text print, plain black t-shirt hanging over the
    # waistband, white backdrop. Caption ran to the limit; spans; describe and details base fallbacks.
    case(
        "X927-015",
        caption(
            "a man wearing a black t-shirt and red shorts with white letters. the shorts are with cotton fabric "
            "and graphic patterns. the t-shirt has short sleeves, cotton fabric and pure color patterns. the",
            "cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and red shorts with white letters", who="he"),
        color_of("boxers", "red", kind="open"),
        describe("boxers", "red", "non_answer"),
        Q.color("red"),
        Q.pattern("printed"),
        Q.garment_type("boxers"),
        details("boxers", "an elastic waistband with a button fly", "unsupported"),
        title="FCUK Men Red Printed Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: man in a black ribbed crew-neck sleeveless muscle vest with deep armholes and grey melange knit shorts,
    # white backdrop. Caption adapter; spans; details a base fallback cut at 30 tokens; closed by reference.
    case(
        "X927-016",
        caption(
            "a man wearing a black tank top and grey shorts. the tank top is with cotton fabric and pure color "
            "patterns. the shorts are of short length."
        ),
        wearing("a black tank top and grey shorts", who="he"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        describe("vest", "cotton fabric and pure color patterns"),
        details(
            "vest",
            "the vest is black with a round neck and a ribbed texture and the armholes are deep and cut "
            "low on the sides of the",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Jockey Men Black Sleeveless Muscle Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: man, hip crop (arms out of frame), grey melange trunks with a black waistband lettered in grey, bare
    # torso, white backdrop. Caption adapter; spans; material and details base fallbacks.
    case(
        "X927-017",
        caption("a man in grey underwear with a black waistband. there is an accessory on his wrist.", "unsupported"),
        wearing("grey underwear with a black waistband", who="he"),
        color_of("trunks", "grey", kind="open"),
        Q.material("cotton"),
        details(
            "trunks",
            "black waistband, black waistband, black waistband, black waistband, black waistband, "
            "black waistband, black",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        Q.garment_type("briefs", "contradiction"),
        title="Van Heusen Men Grey Melange Cotton Stretch Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: woman in a light blue and white vertical-stripe night suit: short-sleeve collared button-front shirt and
    # long pyjama pants, full length, white backdrop. Caption adapter; spans; describe a fallback cut at 30 tokens.
    case(
        "X927-018",
        caption(
            "a woman wearing a blue and white striped shirt and blue and white striped pants. the shirt has "
            "short sleeves, cotton fabric and striped patterns. the pants are of long length."
        ),
        wearing("a blue and white striped shirt and blue and white striped pants", who="she"),
        details("night suit", "short sleeves, cotton fabric and striped patterns"),
        describe(
            "night suit",
            "a blue and white striped shirt with short sleeves and a collar and buttons down the "
            "front and blue and white striped pants with an elastic",
            "cut",
            hit_limit=True,
        ),
        color_of("pyjamas", "blue and white", kind="open"),
        Q.pattern("striped"),
        is_a("night suit", "no", "contradiction"),
        title="Sweet Dreams Women Blue Striped Night Suit",
        category="Night suits",
        color="Blue",
        gender="Women",
    ),
    # photo: man, hip crop, maroon briefs with a black waistband, bare torso, white backdrop. Caption adapter calls
    # the maroon brown; spans repeat it; details a base fallback; closed by reference.
    case(
        "X927-019",
        caption("a man wearing a pair of brown underwear with a black waistband.", "contradiction"),
        wearing("a pair of brown underwear with a black waistband", "contradiction", who="he"),
        color_of("briefs", "brown", "contradiction", kind="open"),
        Q.color("maroon"),
        Q.garment_type("briefs"),
        details("briefs", "the briefs have a pouch and a pocket on the side", "unsupported"),
        title="Jockey Men Maroon Briefs",
        category="Briefs",
        color="Maroon",
        gender="Men",
    ),
    # photo: woman in peach jersey lounge shorts with a white drawstring tied in a bow, white crop t-shirt, cropped
    # just above the knees (no feet), white backdrop. Caption adapter; spans; describe a fallback cut at 30 tokens.
    case(
        "X927-020",
        caption(
            "a woman wearing a white top and pink shorts. the shorts are of short length with cotton fabric "
            "and pure color patterns. she wears a pair of white sneakers.",
            "unsupported",
        ),
        wearing("a white top and pink shorts", who="she"),
        color_of("lounge shorts", "pink", kind="open"),
        details("lounge shorts", "a pair of white sneakers", "unsupported"),
        describe(
            "lounge shorts",
            "the shorts are peach with an elastic waistband and a white drawstring tied in a "
            "bow at the front and the hem is",
            "cut",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.pattern("solid"),
        title="Kanvin Women Peach Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Peach",
        gender="Women",
    ),
    # photo: man in navy pyjama pants with thin white vertical stripes and a plain navy t-shirt, full length, white
    # backdrop. Caption adapter; spans; describe a base fallback that leaks; closed by reference.
    case(
        "X927-021",
        caption(
            "a man wearing a blue t-shirt and blue striped pants. the pants are of long length with cotton "
            "fabric and striped patterns."
        ),
        wearing("a blue t-shirt and blue striped pants", who="he"),
        color_of("pyjamas", "blue", kind="open"),
        details("pyjamas", "long length", "non_answer"),
        describe(
            "pyjamas", "navy blue striped pyjamas Question: What is the color of the pyjamas? Answer: navy blue", "leak"
        ),
        Q.pattern("solid", "contradiction"),
        Q.color("navy blue"),
        title="Marks & Spencer Men Navy Striped Cotton Pyjamas",
        category="Lounge Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a white round-neck sleeveless vest under an open blue-and-white checked short-sleeve shirt,
    # beige chinos, white backdrop. Caption adapter; spans; describe a base fallback that loops.
    case(
        "X927-022",
        caption(
            "a man wearing a blue and white plaid shirt over a white tank top and khaki pants. the shirt has "
            "short sleeves, cotton fabric and lattice patterns."
        ),
        wearing("a blue and white plaid shirt over a white tank top and khaki pants", who="he"),
        color_of("vest", "blue and white", "other_garment_color", kind="open"),
        describe(
            "vest",
            "the vest is white and the shirt is blue and white and the shirt is blue and white and the "
            "shirt is blue and white and the shirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.pattern("checked", "contradiction"),
        Q.sleeve_length("sleeveless"),
        title="Hanes Men White Round Neck Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in black wide-leg jersey lounge pants with an elastic waist and a heather grey long-sleeve
    # t-shirt, full length, barefoot, white backdrop. Caption adapter (wrong pronoun); spans; describe a base
    # fallback; closed by reference.
    case(
        "X927-023",
        caption(
            "the gentleman wears a grey long-sleeve t-shirt and black pants. the pants are of long length with "
            "cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a grey long-sleeve t-shirt and black pants", who="she"),
        color_of("lounge pants", "black", kind="open"),
        Q.material("cotton fabric"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("pants"),
        describe("lounge pants", "grey wide-leg pants with an elastic waist", "other_garment_color"),
        title="Amante Women Black Solid Lounge Pants",
        category="Lounge Pants",
        color="Black",
        gender="Women",
    ),
    # photo: man in royal blue knit boxers with a navy waistband and a white sleeveless vest, white backdrop. Caption
    # loops; spans; describe a base fallback; closed by reference.
    case(
        "X927-024",
        caption(
            "a man wearing a white tank top and blue shorts. the shorts are of short length with cotton fabric "
            "and pure color patterns. the tank top has sleeves cut off, the tank top has sleeves cut off, the "
            "tank top has sleeves",
            "loop",
            hit_limit=True,
        ),
        wearing("a white tank top and blue shorts", who="he"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        details("boxers", "short length with cotton fabric and pure color patterns"),
        describe("boxers", "these are boxers", "restated"),
        Q.color("blue"),
        title="Jockey Men Blue Knit Boxer Shorts",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: flat lay of two camisoles side by side on white, one baby pink, one white, plain cotton jersey, no
    # person; the feed row has no colour. Caption adapter; spans; material and details base fallbacks.
    case(
        "X927-025",
        caption(
            "two tank tops in pink and white are on a white surface. the tank tops have sleeves cut off and pure "
            "color patterns."
        ),
        describe("camisole", "two tank tops in pink and white"),
        color_of("camisole", "pure color", "non_answer", kind="open"),
        Q.garment_type("camisole"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        Q.material("silk", "unsupported"),
        details("camisole", "thin straps Question: What is the color of the camisole? Answer: pink and white", "leak"),
        title="Lovable Women Pack of 2 Camisoles",
        category="Camisoles",
        gender="Women",
    ),
    # photo: man in black jersey lounge shorts with a small white Puma logo on the left leg and a plain red crew-neck
    # t-shirt, white backdrop. Caption adapter; spans; details a base fallback; closed by reference.
    case(
        "X927-026",
        caption(
            "a man wearing a red t-shirt and black shorts. the t-shirt has short sleeves and graphic patterns. "
            "the shorts are of short length with cotton fabric.",
            "unsupported",
        ),
        wearing("a red t-shirt and black shorts", who="he"),
        color_of("lounge shorts", "red", "other_garment_color", kind="open"),
        details("lounge shorts", "a white puma logo on the left leg"),
        Q.color("black"),
        Q.pattern("graphic", "contradiction"),
        title="Puma Men Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: woman in grey melange jogger pyjamas with a black drawstring and cuffed ankles, black t-shirt with white
    # "weekend" lettering, white slippers, full length, white backdrop. Caption adapter; spans; details a fallback.
    case(
        "X927-027",
        caption(
            "a woman wearing a black t-shirt with white letters and grey pants. the pants are of long length "
            "with cotton fabric and pure color patterns. she wears a pair of white shoes."
        ),
        wearing("a black t-shirt with white letters and grey pants", who="she"),
        color_of("pyjamas", "grey", kind="open"),
        details(
            "pyjamas",
            "the pyjamas have a drawstring waist and cuffs at the ankles and cuffs at the ankles and "
            "cuffs at the ankles and cuffs at the",
            "loop",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("pyjamas"),
        Q.pattern("graphic", "contradiction"),
        title="Jockey Women Grey Melange Jogger Pyjamas",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: man, hip-to-chest crop, white briefs with a wide black waistband lettered Calvin Klein in white, bare
    # chest, standing before a grey wall. Caption adapter; spans; describe a fallback cut at 30 tokens.
    case(
        "X927-028",
        caption("a man in white underwear with a black waistband standing in front of a grey wall."),
        wearing("white underwear with a black waistband", who="he"),
        color_of("briefs", "grey", "contradiction", kind="open"),
        details("briefs", "a black waistband"),
        describe(
            "briefs",
            "white briefs with a black waistband that says calvin klein in white letters all around "
            "the waist and the front of the",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        title="Calvin Klein Underwear Men White Briefs",
        category="Briefs",
        color="White",
        gender="Men",
    ),
    # photo: woman in red-and-black tartan flannel pyjama pants, white long-sleeve top worn untucked over the waist,
    # full length, white backdrop. Caption adapter; spans; describe and details base fallbacks.
    case(
        "X927-029",
        caption(
            "a woman wearing a white long-sleeve shirt and red and black plaid pants. the shirt is with cotton "
            "fabric and pure color patterns. the pants are of long length with cotton fabric and lattice "
            "patterns."
        ),
        wearing("a white long-sleeve shirt and red and black plaid pants", who="she"),
        color_of("pyjamas", "red and black", kind="open"),
        describe("pyjamas", "Question: Describe the pyjamas. Answer: red and black plaid pyjamas", "leak"),
        details("pyjamas", "an elastic waistband with a drawstring and two pockets", "unsupported"),
        Q.pattern("checked"),
        Q.color("red"),
        title="Marks & Spencer Women Red Checked Flannel Pyjamas",
        category="Lounge Pants",
        color="Red",
        gender="Women",
    ),
    # photo: man in a night suit: navy short-sleeve t-shirt and navy-and-grey checked pyjama pants, full length,
    # white backdrop. Caption ran to the limit; spans; details a base fallback; describe one that loops.
    case(
        "X927-030",
        caption(
            "a man wearing a blue t-shirt and blue and grey plaid pants. the t-shirt has short sleeves and pure "
            "color patterns. the pants are of long length with cotton fabric and lattice patterns. there",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt and blue and grey plaid pants", who="he"),
        color_of("night suit", "blue", kind="open"),
        details("night suit", "the details of the night suit", "restated"),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        describe(
            "night suit",
            "a blue t-shirt and blue pants and a blue t-shirt and blue pants and a blue t-shirt "
            "and blue pants and a blue t-shirt and",
            "loop",
            hit_limit=True,
        ),
        title="Nite Flite Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: flat lay of three women's briefs, plain cotton, black, nude and white, each with a wide elastic waist
    # and a small bow at the front, on white; no person. Caption adapter; spans (the color span came back empty);
    # wearing, material and details base fallbacks.
    case(
        "X927-031",
        caption("three pairs of underwear in black, beige and white on a white background."),
        describe("briefs", "three pairs of underwear in black, beige and white"),
        color_of("briefs", "", "non_answer", kind="open"),
        wearing("she is wearing a black bra and panties", "unsupported", who="she"),
        Q.material("lace", "unsupported"),
        Q.garment_type("briefs"),
        Q.pattern("solid"),
        details(
            "briefs",
            "the briefs are black, beige and white with a wide elastic waistband and a small bow at "
            "the front of the waistband and a",
            "cut",
            hit_limit=True,
        ),
        title="Hanes Women Pack of 3 Hipster Briefs",
        category="Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: man in an olive green racerback sleeveless vest with deep armholes and black shorts, white backdrop.
    # Caption ran to the limit; spans; describe a base fallback; closed by reference.
    case(
        "X927-032",
        caption(
            "a man wearing a green tank top and black shorts. the tank top has sleeves cut off, cotton fabric "
            "and pure color patterns. the shorts are of short length with cotton fabric and pure color patterns. "
            "the",
            "cut",
            hit_limit=True,
        ),
        wearing("a green tank top and black shorts", who="he"),
        color_of("vest", "green", kind="open"),
        describe("vest", "a green tank top with a black stripe down the side", "unsupported"),
        Q.color("olive"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "no", "contradiction"),
        title="Jockey Men Olive Green Racerback Sports Vest",
        category="Innerwear Vests",
        color="Olive",
        gender="Men",
    ),
    # photo: woman in a lavender shorts set (sleeveless cami top and shorts) with a small white cloud print, white
    # backdrop. Caption loops; spans; closed by reference.
    case(
        "X927-033",
        caption(
            "a woman wearing a purple tank top and purple shorts with graphic patterns. the shorts are of short "
            "length. the tank top has sleeves cut off. the tank top has sleeves cut off. the tank top has "
            "sleeves cut off. the tank",
            "loop",
            hit_limit=True,
        ),
        wearing("a purple tank top and purple shorts with graphic patterns", who="she"),
        color_of("night suit", "purple", kind="open"),
        details("night suit", "short length", "non_answer"),
        Q.color("lavender"),
        Q.pattern("printed"),
        title="Clovia Women Lavender Cloud Print Shorts Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Women",
    ),
    # photo: flat lay of two boxers on white: one navy-and-white checked woven, one plain grey knit; no person.
    # Caption adapter; describe a span; material and details base fallbacks.
    case(
        "X927-034",
        caption(
            "two pairs of shorts are laid on a white surface. one is blue with lattice patterns and the other is grey."
        ),
        describe("boxers", "two pairs of shorts are laid on a white surface"),
        details(
            "boxers",
            "blue and grey blue and grey blue and grey blue and grey blue and grey blue and grey blue "
            "and grey blue and grey",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.garment_type("boxers"),
        title="Jockey Men Pack of 2 Cotton Boxers",
        category="Boxers",
        color="Multi",
        gender="Men",
    ),
    # photo: woman in mustard yellow pyjama pants with white polka dots and a navy short-sleeve t-shirt, full
    # length, white backdrop. Caption adapter; spans; describe and details base fallbacks.
    case(
        "X927-035",
        caption(
            "a woman wearing a blue t-shirt and yellow pants with dots. the pants are of long length with cotton "
            "fabric and graphic patterns. the t-shirt has short sleeves and pure color patterns."
        ),
        wearing("a blue t-shirt and yellow pants with dots", who="she"),
        color_of("pyjamas", "blue", "other_garment_color", kind="open"),
        describe("pyjamas", "yellow", "non_answer"),
        details("pyjamas", "the pyjamas details", "restated"),
        Q.color("yellow"),
        Q.pattern("printed"),
        title="Sweet Dreams Women Mustard Polka Dot Pyjamas",
        category="Lounge Pants",
        color="Mustard",
        gender="Women",
    ),
    # photo: back view of a man in a white sleeveless vest and grey trousers, white backdrop. Caption ran to the
    # limit; spans; describe and details base fallbacks; closed by reference.
    case(
        "X927-036",
        caption(
            "the back view of a man wearing a white tank top and grey pants. the tank top has sleeves cut off, "
            "cotton fabric and pure color patterns. the pants are of long length with cotton fabric and pure "
            "color patterns. the man",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top and grey pants", who="he"),
        color_of("vest", "white", kind="open"),
        describe("vest", "yes", "non_answer"),
        details("vest", "the vest has a round neck and a small logo on the chest", "unsupported"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("vest"),
        title="Lux Cozi Men White Cotton Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: woman in teal jersey lounge shorts with white side stripes and a grey t-shirt, bare arms, no watch or
    # bracelet, white backdrop. Caption adapter; spans; describe a base fallback (wrong pronoun).
    case(
        "X927-037",
        caption(
            "a woman wearing a grey t-shirt and blue shorts with white stripes on the side. the shorts are of "
            "short length with cotton fabric. there is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a grey t-shirt and blue shorts with white stripes on the side", who="she"),
        color_of("lounge shorts", "blue", kind="open"),
        details("lounge shorts", "white stripes on the side"),
        describe("lounge shorts", "he is wearing blue shorts with white stripes", "pronoun"),
        Q.color("teal"),
        title="Jockey Women Teal Lounge Shorts with Side Taping",
        category="Lounge Shorts",
        color="Teal",
        gender="Women",
    ),
    # photo: man, hip crop, front view, navy blue trunks with a navy waistband, no visible fly, bare torso, white
    # backdrop. Caption loops; spans; describe and details base fallbacks.
    case(
        "X927-038",
        caption(
            "a man wearing a pair of blue underwear. the underwear is blue. the underwear is blue. the underwear "
            "is blue. the underwear is blue. the underwear is blue. the underwear is blue. the",
            "loop",
            hit_limit=True,
        ),
        wearing("a pair of blue underwear", who="he"),
        color_of("trunks", "blue", kind="open"),
        describe("trunks", "Answer: navy blue trunks with a navy waistband", "leak"),
        details("trunks", "the trunks have a fly opening at the front", "unsupported"),
        Q.color("navy blue"),
        title="Park Avenue Men Navy Blue Trunks",
        category="Trunk",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in a baby pink cotton camisole with adjustable straps and light blue denim shorts, white backdrop.
    # Caption adapter (wrong pronoun); spans; describe a base fallback; closed by reference.
    case(
        "X927-039",
        caption("a man wearing a pink tank top and blue denim shorts.", "pronoun"),
        wearing("a pink tank top and blue denim shorts", who="she"),
        color_of("camisole", "pink", kind="open"),
        Q.material("denim", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("camisole", "a blue denim camisole with thin straps", "other_garment_color"),
        title="Zivame Women Pink Cotton Camisole",
        category="Camisoles",
        color="Pink",
        gender="Women",
    ),
    # photo: man in blue lounge shorts with a small white anchor print and a white sleeveless vest, white backdrop.
    # Caption adapter; spans; describe a base fallback that leaks and runs to the limit.
    case(
        "X927-040",
        caption(
            "a man wearing a white tank top and blue shorts with graphic patterns. the shorts are of short "
            "length with cotton fabric."
        ),
        wearing("a white tank top and blue shorts with graphic patterns", who="he"),
        color_of("lounge shorts", "white", "other_garment_color", kind="open"),
        details("lounge shorts", "short length", "non_answer"),
        describe(
            "lounge shorts",
            "blue shorts with white anchors Question: What are the lounge shorts details? "
            "Answer: blue shorts with white anchors Question",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("printed"),
        Q.color("blue"),
        Q.garment_type("vest", "contradiction"),
        title="Van Heusen Men Blue Anchor Print Lounge Shorts",
        category="Lounge Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: woman in a black night suit with a pink heart print: long-sleeve notch-collar button-front shirt and
    # long pants, full length, white backdrop. Caption adapter; spans; details a fallback cut at 30 tokens.
    case(
        "X927-041",
        caption(
            "a woman wearing a black long-sleeve shirt and black pants with pink hearts. the shirt is with "
            "cotton fabric and graphic patterns. the pants are of long length."
        ),
        wearing("a black long-sleeve shirt and black pants with pink hearts", who="she"),
        color_of("night suit", "pink", "contradiction", kind="open"),
        details(
            "night suit",
            "the night suit has a black shirt with a notch collar and buttons down the front and "
            "black pants with pink hearts all over and an",
            "cut",
            hit_limit=True,
        ),
        Q.color("black"),
        Q.pattern("floral", "contradiction"),
        Q.garment_type("night suit"),
        title="Sweet Dreams Women Black Heart Print Night Suit",
        category="Night suits",
        color="Black",
        gender="Women",
    ),
    # photo: man in navy blue briefs with a navy waistband lettered in white, wearing an open white terry bathrobe,
    # white backdrop. Caption adapter (wrong pronoun); spans; details a base fallback; closed by reference.
    case(
        "X927-042",
        caption("a woman wearing a white robe and blue underwear.", "pronoun"),
        wearing("a white robe and blue underwear", who="he"),
        color_of("briefs", "white", "other_garment_color", kind="open"),
        details("briefs", "the briefs are made of cotton and have a white waistband", "unsupported"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("robe", "contradiction"),
        title="Jockey Men Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: woman in grey-and-white striped lounge pants with an elastic drawstring waist and two side pockets,
    # white t-shirt tucked in, full length, white backdrop; the feed row has no gender. Caption adapter; spans;
    # details a span; describe a base fallback cut at 30 tokens.
    case(
        "X927-043",
        caption(
            "a woman wearing a white t-shirt and grey and white striped pants. the pants are of long length "
            "with cotton fabric and striped patterns."
        ),
        wearing("a white t-shirt and grey and white striped pants"),
        color_of("lounge pants", "grey and white", kind="open"),
        describe(
            "lounge pants",
            "the lounge pants are grey and white striped with an elastic waistband and a "
            "drawstring and two side pockets and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("grey"),
        details("lounge pants", "long length", "non_answer"),
        title="Kanvin Grey Striped Lounge Pants",
        category="Lounge Pants",
        color="Grey",
    ),
    # photo: man in a red ribbed sleeveless vest and dark indigo jeans, white backdrop. Caption adapter calls the red
    # orange; spans repeat it; describe a base fallback that loops; closed by reference.
    case(
        "X927-044",
        caption(
            "a man wearing an orange tank top and dark blue jeans. the tank top has sleeves cut off, cotton "
            "fabric and pure color patterns. the jeans are of long length with denim fabric.",
            "contradiction",
        ),
        wearing("an orange tank top and dark blue jeans", "contradiction", who="he"),
        color_of("vest", "orange", "contradiction", kind="open"),
        Q.material("denim fabric", "contradiction"),
        describe(
            "vest",
            "a red vest with a red vest with a red vest with a red vest with a red vest with a red vest with a",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        Q.garment_type("vest"),
        title="Dixcy Scott Men Red Cotton Vest",
        category="Innerwear Vests",
        color="Red",
        gender="Men",
    ),
    # photo: woman in black satin lounge shorts with black lace trim at the hem and an ivory satin camisole, white
    # backdrop. Caption adapter invents chiffon; spans; describe a base fallback (wrong pronoun).
    case(
        "X927-045",
        caption(
            "a woman wearing a white tank top and black shorts. the shorts are of short length with chiffon "
            "fabric and pure color patterns. the tank top is with chiffon fabric.",
            "unsupported",
        ),
        wearing("a white tank top and black shorts", who="she"),
        color_of("lounge shorts", "black", kind="open"),
        details("lounge shorts", "short length with chiffon fabric", "unsupported"),
        describe("lounge shorts", "he is wearing black shorts with lace on the bottom", "pronoun"),
        Q.color("black"),
        Q.pattern("solid"),
        title="Hanes Women Black Solid Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: man in grey-and-black checked pyjama pants with a drawstring and a plain black t-shirt, full length,
    # white backdrop. Caption adapter; spans; describe and details base fallbacks; closed by reference.
    case(
        "X927-046",
        caption(
            "a man wearing a black t-shirt and grey plaid pants. the pants are of long length with cotton "
            "fabric and lattice patterns."
        ),
        wearing("a black t-shirt and grey plaid pants", who="he"),
        color_of("pyjamas", "grey", kind="open"),
        describe("pyjamas", "a pair of pyjamas", "restated"),
        details(
            "pyjamas",
            "the pyjamas have a drawstring Question: What are the pyjamas details? Answer: the pyjamas have a",
            "leak",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        title="Marks & Spencer Men Grey Checked Pyjamas",
        category="Lounge Pants",
        color="Grey",
        gender="Men",
    ),
]
