"""BLIND_1371 (45 products; Myntra women's party and evening wear): written blind in the sixty-fourth session. Measured
blind at d381b30 (the session's first rules): 79/81 failures found (97.5%) and 13/186 correct texts flagged (7.0%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned and velvet dresses, satin slip dresses, gowns,
crop tops sold alone or as sets with skirts, co-ords, a jumpsuit, a playsuit, a blazer and two skirts. Catalog
shots: a model on a plain grey or white backdrop wearing the product with other clothes (black trousers, jeans, a
white shirt, a faux-fur stole, heels, a clutch), two flat lays, three back views, one shot with a chair as a prop.
Columns as the feed has them: title, category (Myntra article type), color (base colour), gender; two cases lack
gender and one lacks the colour.
Who wrote what: every caption comes from the epoch-2 caption adapter (DeepFashion-MultiModal template: "The lady
wears a ... with pure color patterns. The ... is with ... fabric."), which never learned to stop, so most captions
run to the 50-token limit and end cut mid-sentence or go round the same sentences. Every answer comes from the VQA
adapter (one epoch on In-shop questions), free generation up to 30 tokens: short answers to color and garment
questions are usually fine, the yes/no garment question is nearly always "yes", and the open "describe" and
"details" questions often come back empty of content, looping, cut, or running on into the next "Question: ...
Answer:" turn.
Labeling conventions and judgement calls: one failure kind per text, the most visible one (a caption that loops
and is also cut is "loop"). Color names close to the seller's base colour are correct (maroon or burgundy as red,
lavender as purple, magenta, peach and rose gold as pink, silver sequins as grey, cream as white, teal as blue or
green); a color of the heels, stole, jeans or the other garment in the shot is "other_garment_color"
when it belongs to something worn with the product, and "contradiction" when it belongs to a prop such as a
clutch. "Navy" answered "black", "mint" answered "blue", "peach" answered "white" and "burgundy" answered "purple"
are contradictions: the photo shows the colour plainly. A caption naming the garment actually shown beside the
product (a blazer over a bralette) is left correct; a caption giving the wrong kind of garment (top and trousers
for a jumpsuit) is "contradiction". A caption that says "cotton" for velvet or sequins, or that gives a ring or a
wrist accessory on a flat lay, is "unsupported"; so is "silk" for a polyester satin title and invented pockets or
zips. "The lady wears" on a flat lay is left alone. "a jumpsuit" or "it is short" for describe or details is
"non_answer"; "the dress is a dress" is "restated". "yes" to "Is this a pair of jeans?" for a top, or "jacket" for a
blazer dress, is "contradiction". hit_limit marks texts I judged to have used the whole 50 or 30 new tokens.
About three in ten texts are wrong: most captions fail, most short answers are right.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1371 = [
    # Black strappy sequinned bodycon mini dress, V-neck, model on grey backdrop, silver heels, a ring.
    # Caption: epoch-2 caption adapter (loops). Answers: VQA adapter; details run into a new turn.
    case(
        "X1371-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The lady wears a ring. The dress is with other fabric. It has a v-shape neckline. "
            "The dress",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress", who="she"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        details("dress", "sequins and a v neck Question: What is the color of the dress? Answer: black", "leak"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Navy blue embellished georgette maxi gown, full sleeves, round neck; model holds a small silver clutch.
    # Caption: caption adapter (stopped cleanly). Answers: VQA adapter; navy read as black, describe loops.
    case(
        "X1371-002",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline."
        ),
        wearing("a blue dress", who="she"),
        color_of("dress", "black", "contradiction"),
        describe(
            "dress",
            "the dress is a long dress with long sleeves and a round neckline and a long skirt with a long skirt "
            "and a long skirt and a long skirt",
            "loop",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        Q.material("chiffon"),
        gender="Women",
        title="Navy Blue Embellished Maxi Gown",
        category="Dresses",
        color="Navy Blue",
    ),
    # Gold-toned sequinned strappy crop top (the product), worn with a black high-waist flared skirt, bracelet.
    # Caption: caption adapter (cut at the limit). Answers: VQA adapter; top's colour taken from the skirt.
    case(
        "X1371-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with chiffon fabric and pure color patterns. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a gold top and a black skirt", who="she"),
        color_of("top", "black", "other_garment_color"),
        Q.garment_type("tank"),
        is_a("crop top", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Women Gold-Toned Sequinned Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Maroon velvet wrap midi dress, full sleeves, V-neck, model in black ankle boots.
    # Caption: caption adapter, stopped, but calls velvet cotton. Answers: VQA adapter; yes/no loops.
    case(
        "X1371-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline.",
            "unsupported",
        ),
        wearing("a red dress", who="she"),
        color_of("dress", "maroon"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeve"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Silver-toned metallic pleated midi skirt (the product), worn with a black long-sleeve bodysuit.
    # Caption: caption adapter (cut). Answers: VQA adapter; skirt colour taken from the bodysuit.
    case(
        "X1371-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric. The skirt is with other fabric and pure color patterns. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a silver skirt", who="she"),
        color_of("skirt", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        details("skirt", "pleats"),
        Q.garment_type("skirt"),
        gender="Women",
        title="Silver-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Emerald green satin slip dress, thin straps, flat lay on white, no model, no jewellery.
    # Caption: caption adapter, stopped, invents a wrist accessory. Answers: VQA adapter.
    case(
        "X1371-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a green dress", who="she"),
        color_of("dress", "green"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Red off-shoulder bodycon dress with short sleeves, model with a hand on her hip, a ring.
    # Caption: caption adapter (loops on the ring). Answers: VQA adapter; describe loops.
    case(
        "X1371-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. The lady wears a ring. The lady wears a ring. The lady wears a ring. The lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress", who="she"),
        color_of("dress", "red"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "a red dress with a red dress with a red dress with a red dress with a red dress with a red dress "
            "with a red",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeve"),
        gender="Women",
        title="Red Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Black floral-print tiered fit-and-flare chiffon dress with ruffled hem, short flutter sleeves, V-neck;
    # bracelet and ring. Feed row without gender. Caption: caption adapter (cut). Answers: VQA adapter; details loop.
    case(
        "X1371-008",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a ring. There is an accessory on her wrist. The dress is with chiffon",
            "cut",
            hit_limit=True,
        ),
        wearing("a black floral dress", who="she"),
        color_of("dress", "black"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        details(
            "dress",
            "ruffles on the bottom of the dress and ruffles on the sleeves and ruffles on the bottom of the dress and "
            "ruffles on the",
            "loop",
            hit_limit=True,
        ),
        title="Black Floral Print Tiered Fit & Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Burgundy one-shoulder satin maxi gown with a thigh slit, model facing the camera.
    # Caption: caption adapter (stopped early). Answers: VQA adapter; burgundy read as purple, "he".
    case(
        "X1371-009",
        caption("The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric."),
        wearing("a red dress", who="she"),
        color_of("dress", "purple", "contradiction"),
        describe("dress", "he is wearing a long red dress with a slit", "pronoun"),
        Q.material("satin"),
        is_a("gown", "yes"),
        gender="Women",
        title="Burgundy One-Shoulder Satin Maxi Gown",
        category="Dresses",
        color="Burgundy",
    ),
    # Lavender embellished sleeveless crop top with matching flared maxi skirt (a set), model on white.
    # Caption: caption adapter (stopped). Answers: VQA adapter; wearing loops, skirt details restate.
    case(
        "X1371-010",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with other fabric and pure color patterns."
        ),
        wearing(
            "a purple top and a purple skirt and a purple top and a purple skirt and a purple top and a purple skirt "
            "and a purple",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        color_of("skirt", "purple"),
        is_a("skirt", "yes"),
        details("skirt", "the skirt is a skirt", "restated"),
        gender="Women",
        title="Lavender Embellished Crop Top with Skirt",
        category="Clothing Set",
        color="Lavender",
    ),
    # Black double-breasted blazer dress, long sleeves, lapels, short-haired model, a watch and a ring.
    # Caption: caption adapter, calls her a gentleman (and is cut). Answers: VQA adapter; "jacket" for the dress.
    case(
        "X1371-011",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a lapel neckline. There is an accessory on his wrist. The gentleman wears a ring. The gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a black jacket", "contradiction", who="she"),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.garment_type("dress"),
        Q.sleeve_length("long sleeve"),
        gender="Women",
        title="Black Solid Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # Pink tulle tiered mini dress with puff short sleeves, round neck, model on white.
    # Caption: caption adapter (loops). Answers: VQA adapter; the material answer runs into the next turn.
    case(
        "X1371-012",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is with chiffon fabric. It has a round neckline. The dress is with chiffon "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress", who="she"),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeve"),
        Q.material("tulle Question: What is the sleeve length of the garment? Answer: short", "leak"),
        gender="Women",
        title="Pink Tulle Tiered Puff Sleeve Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Gold-toned shimmer lurex wrap midi dress, long sleeves, tie belt at the waist; bracelet, ring, gold clutch.
    # Caption: caption adapter (stopped). Answers: VQA adapter; details invent a zip and a pocket.
    case(
        "X1371-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring."
        ),
        wearing("a gold dress", who="she"),
        color_of("dress", "gold"),
        details("dress", "the dress has a belt and a zipper on the back and a pocket on the side", "unsupported"),
        is_a("dress", "yes"),
        Q.sleeve_length("long sleeve"),
        gender="Women",
        title="Gold-Toned Shimmer Wrap Midi Dress",
        category="Dresses",
        color="Gold",
    ),
    # Teal sequinned halter-neck wide-leg jumpsuit, model on grey.
    # Caption: caption adapter (cut). Answers: VQA adapter; describe says nothing.
    case(
        "X1371-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "other fabric. The trousers are with other fabric and pure color patterns. It has a suspenders "
            "neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jumpsuit", who="she"),
        Q.garment_type("romper"),
        Q.color("green"),
        is_a("jumpsuit", "yes"),
        describe("jumpsuit", "a jumpsuit", "non_answer"),
        gender="Women",
        title="Teal Sequinned Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Teal",
    ),
    # White lace bodycon dress with sheer long sleeves, round neck, model in black heels, a ring.
    # Caption: caption adapter (stopped). Answers: VQA adapter; wearing loops.
    case(
        "X1371-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The lady wears a ring."
        ),
        wearing(
            "a white dress with long sleeves and a white dress with long sleeves and a white dress with long sleeves "
            "and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        Q.pattern("lace"),
        details("dress", "lace"),
        is_a("dress", "yes"),
        gender="Women",
        title="White Lace Bodycon Dress",
        category="Dresses",
        color="White",
    ),
    # Black sheer mesh puff-sleeve top (the product), worn with white wide-leg trousers.
    # Caption: caption adapter (cut). Answers: VQA adapter; the garment colour comes from the trousers.
    case(
        "X1371-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a round neckline. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and white pants", who="she"),
        color_of("top", "black"),
        Q.garment_type("blouse"),
        Q.sleeve_length("long sleeve"),
        Q.color("white", "other_garment_color"),
        is_a("dress", "no"),
        gender="Women",
        title="Black Mesh Puff Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Magenta satin cowl-neck sleeveless top, worn with black trousers. Feed row without gender.
    # Caption: caption adapter (stopped). Answers: VQA adapter; "silk" for polyester satin.
    case(
        "X1371-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a pink top and black pants", who="she"),
        color_of("top", "pink"),
        is_a("top", "yes"),
        Q.material("silk", "unsupported"),
        Q.pattern("solid"),
        title="Magenta Satin Cowl Neck Top",
        category="Tops",
        color="Magenta",
    ),
    # Rose gold sequinned shift dress, short sleeves, back view with a keyhole opening.
    # Caption: caption adapter (loops). Answers: VQA adapter; details run on into a new turn.
    case(
        "X1371-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is with other fabric. It has a round neckline. The dress is with other "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress", who="she"),
        color_of("dress", "pink"),
        is_a("dress", "yes"),
        details("dress", "sequins Question: What is the color of the dress? Answer: pink", "leak"),
        gender="Women",
        title="Rose Gold Sequinned Shift Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Black velvet A-line mini skirt with gold buttons (the product), white collared shirt tucked in.
    # Caption: caption adapter (stopped). Answers: VQA adapter; type from the shirt, an unseen zip.
    case(
        "X1371-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric. The skirt is with other fabric and pure color patterns. It has a lapel neckline."
        ),
        wearing("a white shirt and black skirt", who="she"),
        color_of("skirt", "black"),
        details("skirt", "gold buttons on the front of the skirt and a zipper on the back", "unsupported"),
        is_a("skirt", "yes"),
        Q.garment_type("shirt", "contradiction"),
        gender="Women",
        title="Black Velvet A-Line Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Off-white sleeveless net gown with floral thread-and-sequin embroidery, V-neck; bangles and a ring.
    # Caption: caption adapter (loops). Answers: VQA adapter; describe cut at 30 tokens.
    case(
        "X1371-020",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring. There is an accessory on "
            "her wrist",
            "loop",
            hit_limit=True,
        ),
        wearing("a white dress", who="she"),
        color_of("dress", "white"),
        describe(
            "dress",
            "a long white gown with flowers embroidered all over the bodice and the skirt, with a v neckline and "
            "thin straps and a long",
            "cut",
            hit_limit=True,
        ),
        Q.material("net"),
        is_a("gown", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Off-White Embellished Net Gown",
        category="Dresses",
        color="Off White",
    ),
    # Coral ruched long-sleeve bodycon mini dress; model holds a black clutch in front of her.
    # Caption: caption adapter (stopped). Answers: VQA adapter; colour of the clutch, details loop.
    case(
        "X1371-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has "
            "a round neckline."
        ),
        wearing("an orange dress", who="she"),
        color_of("dress", "black", "contradiction"),
        is_a("dress", "yes"),
        details(
            "dress",
            "ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched ruched",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Coral Ruched Bodycon Mini Dress",
        category="Dresses",
        color="Coral",
    ),
    # Silver-toned sequinned co-ord: strappy crop top and mini skirt, model on white, no jewellery.
    # Caption: caption adapter (stopped). Answers: VQA adapter; wearing loops, the rest acceptable.
    case(
        "X1371-022",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric. The skirt is with other fabric and pure color patterns."
        ),
        wearing(
            "a silver top and a silver skirt, she is wearing a silver top and a silver skirt, she is wearing a silver "
            "top and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("top", "grey"),
        color_of("skirt", "grey"),
        is_a("skirt", "yes"),
        Q.garment_type("tank"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Silver-Toned Sequinned Co-Ord Set",
        category="Co-Ords",
        color="Silver",
    ),
    # Navy blue sequinned one-shoulder bodycon dress; a ring and a bracelet.
    # Caption: caption adapter (cut). Answers: VQA adapter; describe restates, "cotton" for sequins.
    case(
        "X1371-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a ring. There is an accessory on her wrist. The dress is with other "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress", who="she"),
        color_of("dress", "blue"),
        is_a("dress", "yes"),
        describe("dress", "the dress is a dress", "restated"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Navy Blue Sequinned One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Black satin corset top with square neck (the product), worn with mid-blue straight jeans.
    # Caption: caption adapter (stopped). Answers: VQA adapter; jeans called black, "yes" to jeans.
    case(
        "X1371-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. The pants are with denim fabric and pure color patterns. It has a square neckline."
        ),
        wearing("a black top and jeans", who="she"),
        color_of("top", "black"),
        color_of("jeans", "black", "other_garment_color"),
        is_a("pair of jeans", "yes", "contradiction"),
        Q.garment_type("tank"),
        gender="Women",
        title="Black Satin Corset Top",
        category="Tops",
        color="Black",
    ),
    # Mustard yellow peplum top with beaded neckline, sleeveless, worn with white palazzo trousers.
    # Caption: caption adapter (cut). Answers: VQA adapter; wearing runs into a new turn.
    case(
        "X1371-025",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a yellow top and white pants Question: What is the color of the pants? Answer: white",
            "leak",
            who="she",
        ),
        color_of("top", "yellow"),
        Q.color("yellow"),
        Q.garment_type("blouse"),
        Q.pattern("solid"),
        is_a("top", "yes"),
        gender="Women",
        title="Mustard Yellow Embellished Peplum Top",
        category="Tops",
        color="Mustard",
    ),
    # Black sequinned long-sleeve maxi dress, back view, model's long hair tied up.
    # Caption: caption adapter (stopped). Answers: VQA adapter; colour loops, "the man" in describe.
    case(
        "X1371-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline."
        ),
        wearing("a black dress", who="she"),
        color_of(
            "dress",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.sleeve_length("long sleeve"),
        describe("dress", "the man is wearing a long black dress", "pronoun"),
        gender="Women",
        title="Black Sequinned Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Peach ruffled tiered chiffon maxi dress, sleeveless, V-neck; model seated on a white chair (prop).
    # Caption: caption adapter (loops). Answers: VQA adapter; peach read as white.
    case(
        "X1371-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is with chiffon fabric. It has a v-shape neckline. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress", who="she"),
        color_of("dress", "white", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "ruffles"),
        gender="Women",
        title="Peach Ruffled Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Black sequinned bralette (the product), worn under an open black blazer with black trousers.
    # Caption: caption adapter, describes the blazer and trousers it sees (stopped). Answers: VQA adapter.
    case(
        "X1371-028",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with cotton "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        wearing("a black jacket and black pants", who="she"),
        color_of("top", "black"),
        describe("top", "he is wearing a black top with sequins", "pronoun"),
        Q.garment_type("jacket", "contradiction"),
        gender="Women",
        title="Black Sequinned Bralette Top",
        category="Tops",
        color="Black",
    ),
    # Bottle green velvet long-sleeve bodycon dress, flat lay, no jewellery in the shot.
    # Caption: caption adapter (stopped), calls velvet cotton and adds a ring. Answers: VQA adapter.
    case(
        "X1371-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a green dress", who="she"),
        color_of("dress", "green"),
        Q.material("velvet"),
        is_a("dress", "yes"),
        gender="Women",
        title="Bottle Green Velvet Bodycon Dress",
        category="Dresses",
        color="Green",
    ),
    # Black sequinned long-sleeve V-neck playsuit with shorts, model on grey.
    # Caption: caption adapter (cut). Answers: VQA adapter; "he", garment type "shorts".
    case(
        "X1371-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short shorts. The shirt is with other "
            "fabric. The shorts are with other fabric and pure color patterns. It has a v-shape neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black romper", "pronoun", who="she"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("black"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Black Sequinned Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Fuchsia satin cowl-neck slip dress, worn with a white faux-fur stole over the shoulders and arms.
    # Caption: caption adapter (cut). Answers: VQA adapter; colour and sleeves from the stole.
    case(
        "X1371-031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long dress. The jacket is with furry "
            "fabric. The dress is with other fabric and pure color patterns. There is an accessory on her wrist. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink dress and a white jacket", who="she"),
        color_of("dress", "white", "other_garment_color"),
        Q.sleeve_length("long sleeve", "contradiction"),
        is_a("dress", "yes"),
        gender="Women",
        title="Fuchsia Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Fuchsia",
    ),
    # Blue embellished midi dress with sheer long sleeves, round neck, a ring.
    # Caption: caption adapter (stopped). Answers: VQA adapter; describe cut, details loop.
    case(
        "X1371-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a ring."
        ),
        wearing("a blue dress", who="she"),
        color_of("dress", "blue"),
        describe(
            "dress",
            "a blue dress with long sheer sleeves and embellishment on the shoulders, the dress has a round neckline "
            "and a flared skirt that falls below the",
            "cut",
            hit_limit=True,
        ),
        details(
            "dress",
            "the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, the sleeves, the "
            "neckline, the sleeves",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="Blue Embellished Sheer Sleeve Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Olive green satin shirt with matching straight trousers (co-ord), model on white.
    # Caption: caption adapter (stopped). Answers: VQA adapter; details invent a chest pocket.
    case(
        "X1371-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with other "
            "fabric. The pants are with other fabric and pure color patterns. It has a lapel neckline."
        ),
        wearing("a green shirt and pants", who="she"),
        color_of("shirt", "green"),
        color_of("pants", "green"),
        Q.garment_type("shirt"),
        Q.material("satin"),
        details(
            "shirt",
            "the shirt has buttons down the front and a collar and long sleeves and a pocket on the chest",
            "unsupported",
        ),
        gender="Women",
        title="Olive Green Satin Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Olive",
    ),
    # Black sleeveless bodycon midi dress with lace-up corset bodice, square neck; model in red heels.
    # Caption: caption adapter (loops). Answers: VQA adapter; wearing loops, colour of the heels.
    case(
        "X1371-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. The dress is with other fabric. It has a square neckline. The dress is with other "
            "fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a black dress and red shoes and a black dress and red shoes and a black dress and red shoes and a black "
            "dress",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("dress", "red", "other_garment_color"),
        is_a("dress", "yes"),
        details("dress", "lace up"),
        gender="Women",
        title="Black Corset Detail Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Multicoloured (silver, gold, pink, blue) horizontal-stripe sequinned sleeveless bodycon dress, V-neck.
    # Caption: caption adapter (stopped). Answers: VQA adapter; details says only "yes".
    case(
        "X1371-035",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a "
            "v-shape neckline."
        ),
        wearing("a striped dress", who="she"),
        color_of("dress", "silver"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        details("dress", "yes", "non_answer"),
        gender="Women",
        title="Multicoloured Sequinned Striped Bodycon Dress",
        category="Dresses",
        color="Multi",
    ),
    # Black halter-neck wide-leg jumpsuit with a thin gold belt, model on grey.
    # Caption: caption adapter (stopped), reads it as a top and trousers. Answers: VQA adapter, all fine.
    case(
        "X1371-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is an accessory on her "
            "waist.",
            "contradiction",
        ),
        wearing("a black jumpsuit", who="she"),
        Q.garment_type("romper"),
        Q.color("black"),
        is_a("jumpsuit", "yes"),
        describe("jumpsuit", "black jumpsuit with a gold belt"),
        gender="Women",
        title="Black Halter Neck Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
    ),
    # Mint green tulle gown with sequinned sleeveless bodice, back view; bracelet and ring.
    # Caption: caption adapter (loops). Answers: VQA adapter; mint read as blue.
    case(
        "X1371-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring. The lady wears a ring. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("a green dress", who="she"),
        color_of("dress", "blue", "contradiction"),
        is_a("gown", "yes"),
        Q.material("tulle"),
        describe("gown", "a long dress"),
        gender="Women",
        title="Mint Green Embellished Tulle Gown",
        category="Dresses",
        color="Green",
    ),
    # Cream knit crop top with pearl embellishment, short sleeves, worn with black faux-leather trousers.
    # Caption: caption adapter (stopped). Answers: VQA adapter; details run into a new turn.
    case(
        "X1371-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "knitted fabric. The pants are with leather fabric and pure color patterns. It has a round neckline."
        ),
        wearing("a white top and black leather pants", who="she"),
        color_of("top", "white"),
        details("top", "pearls Question: What is the sleeve length of the garment? Answer: short", "leak"),
        Q.garment_type("tee"),
        Q.pattern("solid"),
        gender="Women",
        title="Cream Pearl Embellished Crop Top",
        category="Tops",
        color="Cream",
    ),
    # Burgundy sequinned single-breasted blazer over a black camisole and black trousers.
    # Caption: caption adapter (stopped). Answers: VQA adapter; jacket colour from the trousers.
    case(
        "X1371-039",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with other "
            "fabric. The pants are with cotton fabric and pure color patterns. It has a lapel neckline."
        ),
        wearing("a red jacket and black pants", who="she"),
        color_of("jacket", "black", "other_garment_color"),
        Q.garment_type("jacket"),
        is_a("dress", "no"),
        Q.sleeve_length("long sleeve"),
        gender="Women",
        title="Burgundy Sequinned Single-Breasted Blazer",
        category="Blazers",
        color="Burgundy",
    ),
    # Black fit-and-flare dress with an all-over gold foil print, short sleeves, round neck.
    # Caption: caption adapter (loops). Answers: VQA adapter; details go round the print.
    case(
        "X1371-040",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring. The dress is with cotton fabric. It has a round neckline. The "
            "lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a black and gold dress", who="she"),
        color_of("dress", "gold"),
        Q.pattern("print"),
        is_a("dress", "yes"),
        details(
            "dress",
            "the dress has a gold print on the front and a gold print on the back and a gold print on the sleeves "
            "and a gold",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Black & Gold-Toned Foil Print Fit & Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Pink sequinned mini skirt (the product), worn with a black sleeveless crop top.
    # Caption: caption adapter (stopped). Answers: VQA adapter; garment colour from the top.
    case(
        "X1371-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. The skirt is with other fabric and pure color patterns. It has a round neckline."
        ),
        wearing("a black top and pink skirt", who="she"),
        color_of("skirt", "pink"),
        is_a("skirt", "yes"),
        details("skirt", "it is short", "non_answer"),
        Q.color("black", "other_garment_color"),
        gender="Women",
        title="Pink Sequinned Mini Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Purple velvet off-shoulder gown with long sleeves, floor length; a ring and drop earrings.
    # Caption: caption adapter (stopped). Answers: VQA adapter; describe cut at 30 tokens.
    case(
        "X1371-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. The lady wears a ring."
        ),
        wearing("a purple dress", who="she"),
        color_of("dress", "purple"),
        Q.material("velvet"),
        describe(
            "dress",
            "a purple velvet dress with long sleeves and an off shoulder neckline, the dress is fitted at the waist "
            "and flows down to the",
            "cut",
            hit_limit=True,
        ),
        is_a("gown", "yes"),
        Q.sleeve_length("long sleeve"),
        gender="Women",
        title="Purple Velvet Off-Shoulder Gown",
        category="Dresses",
        color="Purple",
    ),
    # Black sequinned fringe flapper dress, sleeveless, V-neck, model mid-twirl; bracelet and a necklace.
    # Feed row without a colour. Caption: caption adapter (cut). Answers: VQA adapter; details loop.
    case(
        "X1371-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. There is an accessory on her neck. The lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("a black dress", who="she"),
        color_of("dress", "black"),
        details(
            "dress",
            "fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe "
            "fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        gender="Women",
        title="Black Sequinned Fringe Flapper Dress",
        category="Dresses",
    ),
    # Ivory satin draped sleeveless maxi gown, V-neck, a cuff bracelet.
    # Caption: caption adapter (stopped). Answers: VQA adapter; "wearing" runs into the next turn.
    case(
        "X1371-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist."
        ),
        wearing("a white dress Question: What is the color of the dress? Answer: white", "leak", who="she"),
        color_of("dress", "white"),
        is_a("gown", "yes"),
        Q.material("satin"),
        gender="Women",
        title="Ivory Satin Draped Maxi Gown",
        category="Dresses",
        color="Off White",
    ),
    # Silver-toned sequinned strappy crop top with a black layered tulle mini skirt (a set).
    # Caption: caption adapter (cut). Answers: VQA adapter; top's colour from the skirt.
    case(
        "X1371-045",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric. The skirt is with chiffon fabric and pure color patterns. It has a suspenders neckline. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and a black skirt", who="she"),
        color_of("top", "black", "other_garment_color"),
        color_of("skirt", "black"),
        is_a("skirt", "yes"),
        describe("skirt", "a short black tutu skirt"),
        gender="Women",
        title="Silver-Toned Sequinned Crop Top with Black Tulle Skirt",
        category="Clothing Set",
        color="Silver",
    ),
]
