"""BLIND_1275 (45 products; Myntra women's party and evening wear): written blind in the sixty-second session. Measured
blind at c5d464a (the session's eighth rules): 80/88 failures found (90.9%) and 27/203 correct texts flagged (13.3%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon, sheath and slip dresses, tulle, net and
velvet gowns, crop tops sold with matching or contrasting skirts (articleType "Clothing Set" or "Co-Ords"), a few
sequinned crop tops, skirts, a jumpsuit, a blazer dress and a shrug. Catalog photos: a model on a plain studio backdrop
wearing the product, often styled with something else (a shirt or bodysuit with a skirt, a jacket or fur stole over a
dress, a contrasting skirt under a top); two flat lays, a back view, props (a stool, a chair, a balloon, a cube, a
plant) and two coloured backdrops. Columns as the feed has them: title, category (Myntra articleType), color
(baseColour) and gender; one product has no gender, one no category, one no color.
Who wrote what: every caption is the epoch-2 caption adapter (DeepFashion-MultiModal template sentences, so no hue
names, "pure color patterns", a fabric from its short list, and a person even in a flat lay); every answer is the
VQA adapter with the `Question: ... Answer:` prompt, greedy, free generation, the raw text stored even for the closed
questions. The caption adapter rarely stops by itself: most captions run to 50 new tokens and end mid-sentence or
start the template over; a few stop on their own after three or four sentences. The VQA adapter usually gives a
short answer and stops, but sometimes goes on with the next `Question:` of its training data, repeats one word to the
limit, or runs a long description to the 30-token limit.
Labeling conventions and judgement calls: one kind per text. A caption that restarts its own template is `loop`
even when it is also cut or carries another error; otherwise a caption with a wrong garment, sleeve, pronoun or an
invented fabric/accessory is labeled for that; only a caption whose content is right before the cut is `cut`. A
caption that ran to the limit but happened to end on a full stop with right content is left unmarked (hit_limit
True). The template's "the lady wears" in a flat lay is not by itself a failure; an accessory "on her wrist" with no
person in the photo is `unsupported`. Near hues are accepted (teal as green or blue, burgundy or maroon as red,
lavender as purple, mauve as pink, rose gold as gold); navy sequins called "black" against the seller's Navy Blue is
`contradiction`. A color of a styled garment, a jacket or stole, given for the product is `other_garment_color`; the
backdrop's color given for the dress is `contradiction`. A material that the photo shows (satin sheen, net, velvet,
sequins, lace, tulle) or "polyester" for a sequinned synthetic is accepted; "cotton", "silk" for a titled satin,
"metal", or the material of a styled garment is `unsupported`. A garment type that names the styled garment or reads
a two-piece set as a dress is `contradiction`; "top" or "skirt" for a crop-top-and-skirt set is accepted as partial.
"nothing", "yes" or an empty string to an open question is `non_answer`; a sentence that only says the question
back ("the details of the dress are ...") is `restated`. A thin but true answer ("a peach gown", "sequin", "lace") is
correct. In-shop class names as answers ("dresses", "rompers_jumpsuits") are correct when they fit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1275 = [
    # Truth: model on a grey backdrop in a black sequinned sleeveless bodycon mini, black strappy heels.
    # Caption: epoch-2 caption adapter (restarts the template, cut at 50 tokens). Answers: VQA adapter.
    case(
        "X1275-001",
        caption(
            "The lady wears a sleeveless tank dress with pure color patterns. The tank dress is with cotton fabric. "
            "It has a round neckline. The lady wears a sleeveless tank dress with pure color patterns. The tank "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress", who="she"),
        color_of("dress", "black"),
        Q.sleeve_length("sleeveless"),
        details("dress", "sequins all over the dress"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("dress"),
        gender="Women",
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: navy blue sequinned one-shoulder midi sheath dress, silver clutch in hand, beige backdrop; in the studio
    # light the navy reads very dark. Caption: caption adapter (cut at 50). Answers: VQA adapter.
    case(
        "X1275-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. There is an "
            "accessory in her hand. The dress is of medium length. This lady wears a ring. The lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black", "contradiction"),
        Q.color("navy blue"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "a navy blue sequin dress with one shoulder"),
        gender="Women",
        title="SASSAFRAS Women Navy Blue Embellished Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: maroon sequinned strappy crop top with a matching maroon satin flared midi skirt, nude heels.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a square neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon top and a maroon skirt"),
        color_of("top", "maroon"),
        color_of("skirt", "maroon"),
        Q.garment_type("dress", "contradiction"),
        is_a("skirt", "yes"),
        Q.material("silk", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Maroon Sequinned Crop Top with Skirt",
        category="Clothing Set",
        color="Maroon",
    ),
    # Truth: teal off-shoulder tulle maxi gown with a sequinned sweetheart bodice, no sleeves, ruffled skirt with a
    # small train, thin bracelet, white backdrop. Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-004",
        caption(
            "This female is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. "
            "The dress is of long length. There is an accessory on her wrist."
        ),
        wearing("a green gown", who="she"),
        color_of("gown", "teal"),
        is_a("gown", "yes"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "gown",
            "the gown has a sweetheart neckline with a sequin bodice and a ruffled tulle skirt with a sweep train and "
            "a sheer tulle layer over the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Label Ritu Kumar Women Teal Embellished Off-Shoulder Maxi Gown",
        category="Dresses",
        color="Teal",
    ),
    # Truth: flat lay on white: a gold sequinned cami crop top with spaghetti straps; no person in the photo.
    # Caption: caption adapter (invents a wrist accessory, cut). Answers: VQA adapter.
    case(
        "X1275-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. There is an accessory on her wrist. The lady wears a short",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.color("gold"),
        wearing("a gold sequin top"),
        Q.sleeve_length("sleeveless"),
        Q.material("sequin"),
        gender="Women",
        title="Berrylush Women Gold-Toned Sequinned Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Truth: emerald green satin cowl-neck slip midi dress (sleeveless) with a black faux-leather biker jacket worn
    # over the shoulders, gold heels. Caption: caption adapter (jacket first, cut). Answers: VQA adapter.
    case(
        "X1275-006",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has "
            "a lapel neckline. The lady wears a long dress. The dress is with other fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black", "other_garment_color"),
        Q.color("green"),
        Q.material("silk", "unsupported"),
        is_a("dress", "yes"),
        Q.sleeve_length("long", "contradiction"),
        gender="Women",
        title="URBANIC Women Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: burgundy velvet off-shoulder bodycon mini with full sleeves; model seated on a wooden stool.
    # Caption: caption adapter (starts over, cut at 50). Answers: VQA adapter.
    case(
        "X1275-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The "
            "dress is of short length. There is an accessory on her wrist. The lady wears a long-sleeve dress with "
            "pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress", who="she"),
        color_of("dress", "maroon"),
        Q.sleeve_length("long"),
        Q.material("velvet"),
        is_a("dress", "yes"),
        gender="Women",
        title="Rare Women Burgundy Velvet Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: silver sequinned halter crop top and matching silver sequinned mini skirt, black heels.
    # Caption: caption adapter (cut). Answers: VQA adapter (one answer repeats "silver" to the limit).
    case(
        "X1275-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a short skirt. The skirt is with other fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and skirt"),
        color_of("top", "silver"),
        color_of(
            "skirt",
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver silver "
            "silver silver silver silver silver silver silver silver silver silver silver silver silver silver silver",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        Q.garment_type("top"),
        gender="Women",
        title="KASSUALLY Women Silver-Toned Sequinned Crop Top & Skirt Co-Ords",
        category="Co-Ords",
        color="Silver",
    ),
    # Truth: back view, face not shown, long hair: black sequinned backless floor-length gown with criss-cross straps.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-009",
        caption(
            "This person is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress is of long length. It has a suspenders neckline."
        ),
        wearing("a black dress", who="she"),
        color_of("gown", "black"),
        details("gown", "backless with straps"),
        is_a("gown", "no", "contradiction"),
        Q.pattern("solid"),
        gender="Women",
        title="Forever New Women Black Sequinned Backless Maxi Gown",
        category="Dresses",
        color="Black",
    ),
    # Truth: hot pink sequinned bodycon mini with short puff sleeves, round neck, bangle, against a pink backdrop.
    # Caption: caption adapter (cut). Answers: VQA adapter (one answer runs on into its training prompts).
    case(
        "X1275-010",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        Q.sleeve_length("short"),
        describe("dress", "a pink dress with puff sleeves and sequins"),
        Q.material("cotton", "unsupported"),
        wearing(
            "she is wearing a pink dress Question: What is the color of the dress? Answer: pink Question: What is the "
            "person wearing? Answer:",
            "leak",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="DODO & MOA Women Pink Sequinned Puff Sleeve Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: black satin bandeau crop top with a gold sequinned midi pencil skirt (set), black heels.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a long skirt. The skirt is with other fabric and graphic patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "gold", "other_garment_color"),
        color_of("skirt", "gold"),
        wearing("a black top and a gold skirt"),
        Q.garment_type("skirt"),
        is_a("dress", "no"),
        gender="Women",
        title="Mast & Harbour Women Black & Gold-Toned Crop Top with Skirt",
        category="Clothing Set",
        color="Black",
    ),
    # Truth: red tulle tiered maxi gown, sweetheart neckline, spaghetti straps, model holding the skirt out.
    # Caption: caption adapter (starts over). Answers: VQA adapter (the description loops).
    case(
        "X1275-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "red"),
        is_a("gown", "yes"),
        describe(
            "gown",
            "red gown with ruffles and a sweetheart neckline and spaghetti straps and a ruffled skirt and a ruffled "
            "skirt and a ruffled skirt and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("tulle"),
        gender="Women",
        title="Athena Women Red Tulle Tiered Maxi Gown",
        category="Dresses",
        color="Red",
    ),
    # Truth: champagne-gold sequinned halter jumpsuit with wide legs, model front, white backdrop.
    # Caption: caption adapter (ran to 50, ended on a full stop, reads the jumpsuit as top and trousers). Answers: VQA.
    case(
        "X1275-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The lady wears a long trousers. The trousers are with other fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        wearing("rompers_jumpsuits", who="she"),
        Q.color("gold"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details(
            "jumpsuit",
            "the jumpsuit has a halter neck and wide legs and a halter neck and wide legs and a halter neck and wide "
            "legs and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Gold-Toned Sequinned Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Gold",
    ),
    # Truth: black lace bodycon midi with long sheer lace sleeves and a round neck; potted plant beside the model.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-014",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric. It has a round "
            "neckline. The dress is of medium length."
        ),
        color_of("dress", "black"),
        Q.pattern("lace"),
        Q.sleeve_length("long"),
        details("dress", "lace"),
        Q.material("lace"),
        wearing("a black dress and black heels"),
        gender="Women",
        title="Vero Moda Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: lavender sequinned crop top with short puff sleeves and a lavender organza flared midi skirt, silver
    # heels. No gender in the feed row. Caption: caption adapter (ran to 50, full stop). Answers: VQA adapter.
    case(
        "X1275-015",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The female wears a long skirt. The skirt is with chiffon fabric and "
            "pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        color_of("skirt", "purple"),
        Q.garment_type("crop top"),
        wearing("he is wearing a purple top and skirt", "pronoun", who="she"),
        is_a("skirt", "yes"),
        title="STREET 9 Women Lavender Embellished Crop Top & Flared Skirt",
        category="Clothing Set",
        color="Lavender",
    ),
    # Truth: silver sequinned long-sleeve high-neck mini, model holding a silver foil balloon, white backdrop.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-016",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory in her hand. The dress is",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "silver"),
        Q.sleeve_length("long"),
        describe("dress", "a silver sequin dress with long sleeves"),
        Q.material("metal", "unsupported"),
        is_a("dress", "yes"),
        Q.pattern("floral", "contradiction"),
        gender="Women",
        title="ONLY Women Silver-Toned Sequinned Sheath Mini Dress",
        category="Dresses",
        color="Silver",
    ),
    # Truth: black sequinned pencil midi skirt styled with a white cotton shirt tucked in, white backdrop.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        Q.color("black"),
        is_a("skirt", "yes"),
        Q.garment_type("shirt", "contradiction"),
        wearing("a white shirt and a black skirt"),
        gender="Women",
        title="Tokyo Talkies Women Black Sequinned Pencil Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Truth: mauve satin cowl-neck slip midi, thin straps. Caption: caption adapter (stopped on its own, calls the
    # satin chiffon). Answers: VQA adapter.
    case(
        "X1275-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length.",
            "unsupported",
        ),
        color_of("dress", "pink"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        details("dress", "cowl neck and thin straps"),
        Q.pattern("solid"),
        gender="Women",
        title="Berrylush Women Mauve Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Truth: maroon velvet fit-and-flare maxi gown with full sleeves and gold embroidery at the neckline, necklace;
    # model standing beside a chair. Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory in her neck. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress", who="she"),
        color_of("gown", "maroon"),
        details(
            "gown",
            "gold embroidery on the neckline and the sleeves and the waist and the neckline and the sleeves and the "
            "waist and the neckline and the sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        is_a(
            "gown",
            "yes Question: Is this a dress? Answer: yes Question: Is this a skirt? Answer: no Question: Is this a "
            "jacket? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.material("velvet"),
        gender="Women",
        title="Kazo Women Maroon Embellished Velvet Fit & Flare Maxi Gown",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: black sequinned off-shoulder crop top with long sleeves, styled with high-waist white trousers.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-020",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. The lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("top"),
        wearing("a black top and white pants", who="she"),
        Q.sleeve_length("long"),
        details("top", "off shoulder"),
        gender="Women",
        title="Miss Chase Women Black Off-Shoulder Sequinned Crop Top",
        category="Tops",
        color="Black",
    ),
    # Truth: peach tulle ruffled maxi gown, V-neck, sheer short flutter sleeves, bracelet.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist."
        ),
        color_of("gown", "peach"),
        Q.sleeve_length("short"),
        describe("gown", "a peach gown"),
        is_a("gown", "yes"),
        Q.pattern("ruffle"),
        wearing(
            "a pink dress and a pink dress and a pink dress and a pink dress and a pink dress and a pink dress and a",
            "loop",
            who="she",
            hit_limit=True,
        ),
        gender="Women",
        title="SASSAFRAS Women Peach Ruffled Tulle Maxi Gown",
        category="Dresses",
        color="Peach",
    ),
    # Truth: black sequinned strapless bodycon mini with a feather-trimmed hem, bracelet.
    # Caption: caption adapter (starts over). Answers: VQA adapter.
    case(
        "X1275-022",
        caption(
            "The lady wears a sleeveless tank dress with pure color patterns. The tank dress is with furry fabric. "
            "There is an accessory on her wrist. The lady wears a sleeveless tank dress with pure color patterns. The "
            "tank dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a black dress with feathers"),
        Q.material("feathers"),
        details("dress", "yes", "non_answer"),
        is_a("dress", "yes"),
        color_of("dress", "black"),
        Q.sleeve_length("strapless"),
        gender="Women",
        title="URBANIC Women Black Embellished Feather Hem Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: emerald green satin corset crop top with a matching satin slit midi skirt, hand on hip, beige backdrop.
    # Caption: caption adapter (calls the satin chiffon, cut). Answers: VQA adapter.
    case(
        "X1275-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There is",
            "unsupported",
            hit_limit=True,
        ),
        color_of("top", "green"),
        color_of("skirt", "green"),
        Q.material("satin"),
        is_a("dress", "yes", "contradiction"),
        Q.garment_type("top"),
        gender="Women",
        title="Femella Women Green Satin Corset Crop Top with Midi Skirt",
        category="Co-Ords",
        color="Green",
    ),
    # Truth: model with a short pixie cut in a rose-gold sequinned wrap midi dress, three-quarter sleeves, tie at the
    # waist, bracelet. Caption: caption adapter (stopped on its own, "his"). Answers: VQA adapter.
    case(
        "X1275-024",
        caption(
            "His dress has medium sleeves, other fabric and pure color patterns. The neckline of it is v-shape. The "
            "dress is of medium length. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("a pink dress", who="she"),
        Q.sleeve_length("three-quarter"),
        color_of("dress", "gold"),
        details("dress", "wrap front with a tie at the waist"),
        is_a("dress", "yes"),
        gender="Women",
        title="AND Women Rose Gold-Toned Sequinned Wrap Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: white sequinned sleeveless bodycon mini, model in front of a solid royal blue backdrop.
    # Caption: caption adapter (cut). Answers: VQA adapter (one gives the backdrop's color).
    case(
        "X1275-025",
        caption(
            "The lady wears a sleeveless tank dress with pure color patterns. The tank dress is with other fabric. It "
            "has a round neckline. The tank dress is of short length. There is an accessory on her wrist. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue", "contradiction"),
        Q.color("white"),
        wearing("a white dress"),
        describe("dress", "a white dress with sequins on a blue background"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Lulu & Sky Women White Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: navy sequinned mermaid maxi with a sweetheart neckline and spaghetti straps.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter (the details loop).
    case(
        "X1275-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of long length."
        ),
        wearing("dresses"),
        color_of("dress", "blue"),
        Q.color("navy"),
        Q.garment_type("dress"),
        details(
            "dress",
            "the dress has a fitted bodice and a flared hem and spaghetti straps and a sweetheart neckline and a "
            "fitted bodice and a flared hem and",
            "loop",
            hit_limit=True,
        ),
        Q.material("sequin"),
        gender="Women",
        title="Zink London Women Navy Blue Sequinned Mermaid Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: white ribbed short-sleeve crop top with a black sequinned mini skirt (set).
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-027",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with other fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "white"),
        color_of("skirt", "white", "other_garment_color"),
        wearing("a white t-shirt and a black skirt"),
        is_a("skirt", "yes"),
        Q.sleeve_length("short"),
        gender="Women",
        title="Tokyo Talkies Women White Crop Top & Black Sequinned Skirt Set",
        category="Clothing Set",
        color="White",
    ),
    # Truth: champagne-gold sequinned sleeveless maxi with a thigh slit, white faux-fur stole over the shoulders.
    # Caption: caption adapter (starts over). Answers: VQA adapter.
    case(
        "X1275-028",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory in her neck. The lady wears a "
            "sleeveless",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "white", "other_garment_color"),
        Q.color("gold"),
        details("dress", "a high slit on the leg"),
        Q.material("sequin"),
        wearing("a gold dress and a white fur", who="she"),
        is_a("dress", "yes"),
        gender="Women",
        title="Forever New Women Champagne Sequinned Slit Maxi Dress",
        category="Dresses",
        color="Gold",
    ),
    # Truth: royal blue sequinned shift mini with cap sleeves and a round neck. No category in the feed row.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length."
        ),
        describe("dress", "the dress", "non_answer"),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        color_of("dress", "blue"),
        Q.sleeve_length("short"),
        wearing("a blue dress"),
        Q.color("purple", "contradiction"),
        gender="Women",
        title="Dressberry Women Blue Sequinned Shift Dress",
        color="Blue",
    ),
    # Truth: fuchsia sequinned bralette crop top with a fuchsia satin high-slit maxi skirt.
    # Caption: caption adapter (cut). Answers: VQA adapter (one runs on into its training prompts).
    case(
        "X1275-030",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "top",
            "pink Question: What is the color of the skirt? Answer: pink Question: What is the color of the shoes? "
            "Answer: silver",
            "leak",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        is_a("skirt", "yes"),
        Q.garment_type("crop top"),
        wearing("she is wearing a pink top and a pink skirt", who="she"),
        Q.sleeve_length("short", "contradiction"),
        gender="Women",
        title="Athena Women Fuchsia Sequinned Crop Top with Slit Skirt",
        category="Clothing Set",
        color="Fuchsia",
    ),
    # Truth: black satin halter-neck maxi, sleeveless, hair slicked back, three-quarter turn.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-031",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of long length."
        ),
        wearing("a black dress", who="she"),
        describe("dress", "he is wearing a long black dress with a halter neck", "pronoun"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Women",
        title="Mango Women Black Satin Halter Neck Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: maroon ruched one-shoulder bodycon midi with one long sleeve, bracelet.
    # Caption: caption adapter (cut). Answers: VQA adapter (the description runs to the limit).
    case(
        "X1275-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. The "
            "dress is of medium length. There is an accessory on her wrist. There is a ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        describe(
            "dress",
            "a maroon dress with ruching on the side and a one shoulder neckline with a long sleeve on the left arm "
            "and a fitted silhouette that hugs",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "maroon"),
        Q.pattern("solid"),
        is_a("dress", "yes"),
        gender="Women",
        title="Mast & Harbour Women Maroon Ruched One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: silver sequinned double-breasted blazer dress (a mini dress cut like a blazer), long sleeves, lapels.
    # Caption: caption adapter (stopped on its own, calls it a jacket). Answers: VQA adapter.
    case(
        "X1275-033",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. It has a "
            "lapel neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        Q.garment_type("dress"),
        color_of("dress", "silver"),
        details("dress", "buttons"),
        Q.sleeve_length("long"),
        Q.material("polyester"),
        wearing("a silver jacket", "contradiction"),
        gender="Women",
        title="Trend Arrest Women Silver-Toned Sequinned Blazer Dress",
        category="Dresses",
        color="Silver",
    ),
    # Truth: flat lay on white: black sequinned crop top above a black sequinned mini skirt; no person.
    # Caption: caption adapter (ran to 50, ended on a full stop). Answers: VQA adapter.
    case(
        "X1275-034",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with other fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("nothing", "non_answer"),
        color_of("top", "black"),
        color_of("skirt", "black"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Berrylush Women Black Sequinned Crop Top with Mini Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # Truth: olive net maxi gown with floral sequin embroidery on the bodice, sheer full sleeves, flared, bracelet.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter (the details run to the limit).
    case(
        "X1275-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist."
        ),
        color_of("gown", "green"),
        Q.pattern("floral"),
        Q.material("net"),
        details(
            "gown",
            "the gown has floral sequin embroidery on the bodice and sheer net sleeves with sequin cuffs and a flared "
            "net skirt that falls to the floor with a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        wearing("a green dress", who="she"),
        is_a("gown", "no", "contradiction"),
        gender="Women",
        title="Ishin Women Olive Green Embellished Net Maxi Gown",
        category="Dresses",
        color="Olive",
    ),
    # Truth: red sequinned bralette crop top styled with a black faux-leather mini skirt.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red"),
        Q.color("red"),
        wearing("a red top and a black skirt"),
        Q.garment_type("top"),
        Q.material("leather", "unsupported"),
        is_a("crop top", "no", "contradiction"),
        gender="Women",
        title="Women Red Sequinned Bralette Crop Top",
        category="Tops",
        color="Red",
    ),
    # Truth: blush pink strapless tulle ball gown scattered with sequins.
    # Caption: caption adapter (starts over). Answers: VQA adapter (one empty: it emitted only a newline).
    case(
        "X1275-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon fabric. The dress",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "pink"),
        describe("gown", "", "non_answer"),
        Q.sleeve_length("sleeveless"),
        is_a("gown", "yes"),
        Q.pattern("sequin"),
        gender="Women",
        title="SASSAFRAS Women Blush Pink Embellished Tulle Ball Gown",
        category="Dresses",
        color="Pink",
    ),
    # Truth: black sequinned long-sleeve midi with side cut-outs, round neck, gold clutch in hand, ring on her finger.
    # Caption: caption adapter (ran to 50, ended on a full stop). Answers: VQA adapter (one runs on into prompts).
    case(
        "X1275-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory in her hand. There is a ring on her "
            "finger.",
            hit_limit=True,
        ),
        wearing(
            "a black dress Question: What is the color of the dress? Answer: black Question: Is this a dress? Answer: "
            "yes",
            "leak",
            who="she",
            hit_limit=True,
        ),
        details("dress", "cut outs on the sides"),
        color_of("dress", "black"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        gender="Women",
        title="Rare Women Black Sequinned Cut-Out Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: teal satin one-shoulder crop top (no sleeves) with a matching teal satin slit midi skirt; bare midriff
    # visible. Caption: caption adapter (stopped on its own, reads the set as one dress). Answers: VQA adapter.
    case(
        "X1275-039",
        caption(
            "This woman wears a sleeveless tank dress with pure color patterns. The tank dress is with other fabric. "
            "It has a suspenders neckline. The tank dress is of long length. There is an accessory on her wrist.",
            "contradiction",
        ),
        color_of("top", "blue"),
        color_of("skirt", "blue"),
        Q.garment_type("dress", "contradiction"),
        is_a("skirt", "no", "contradiction"),
        wearing("a blue top and skirt", who="she"),
        gender="Women",
        title="KASSUALLY Women Teal Satin One-Shoulder Crop Top with Skirt",
        category="Co-Ords",
        color="Teal",
    ),
    # Truth: purple sequinned slip mini with thin straps and a V-neck, model seated on a white cube; back not shown.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-040",
        caption(
            "The lady wears a sleeveless tank dress with pure color patterns. The tank dress is with other fabric. It "
            "has a v-shape neckline. The tank dress is of short length."
        ),
        color_of("dress", "purple"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        details("dress", "sequins and a zipper on the back", "unsupported"),
        Q.material("sequin"),
        is_a("dress", "yes"),
        describe("dress", "dress", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Purple Sequinned Slip Mini Dress",
        category="Dresses",
        color="Purple",
    ),
    # Truth: black sheer embellished longline shrug with long sleeves, worn over a black slip maxi dress.
    # Caption: caption adapter (cut). Answers: VQA adapter.
    case(
        "X1275-041",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with chiffon fabric. The "
            "lady wears a long dress. The dress is with other fabric and pure color patterns. There is an accessory "
            "on her wrist",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        color_of("shrug", "black"),
        Q.sleeve_length("long"),
        describe("shrug", "a black sheer shrug with sequins"),
        wearing("a black dress and a black jacket"),
        gender="Women",
        title="Women Black Sheer Embellished Longline Shrug",
        category="Shrug",
        color="Black",
    ),
    # Truth: silver sequinned mini skirt styled with a black long-sleeve bodysuit tucked in.
    # Caption: caption adapter (ran to 50, ended on a full stop). Answers: VQA adapter.
    case(
        "X1275-042",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with knitting fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with other fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        is_a("skirt", "yes"),
        wearing("a black top and a silver skirt", who="she"),
        Q.color("silver"),
        Q.garment_type("skirt"),
        Q.material("sequin"),
        gender="Women",
        title="ONLY Women Silver-Toned Sequinned Mini Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Truth: red sequinned off-shoulder mermaid gown without sleeves, necklace. No color in the feed row.
    # Caption: caption adapter (starts over). Answers: VQA adapter.
    case(
        "X1275-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory in her neck. The lady wears a "
            "sleeveless dress with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress", who="she"),
        color_of("gown", "red"),
        Q.sleeve_length("sleeveless"),
        describe("gown", "red sequin gown with off shoulder"),
        Q.material("sequins"),
        gender="Women",
        title="Label Ritu Kumar Women Red Sequinned Off-Shoulder Mermaid Gown",
        category="Dresses",
    ),
    # Truth: off-white bodycon mini with pearl embellishment at the neckline, long puff sleeves, bracelet.
    # Caption: caption adapter (cut). Answers: VQA adapter (the description runs to the limit).
    case(
        "X1275-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist. There is an accessory "
            "in her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        details("dress", "pearls"),
        Q.pattern("embellished"),
        Q.sleeve_length("long"),
        describe(
            "dress",
            "a white dress with pearl details on the neckline and long puff sleeves, it is a short bodycon dress that "
            "is fitted at the waist and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Dressberry Women Off White Pearl Embellished Bodycon Dress",
        category="Dresses",
        color="Off White",
    ),
    # Truth: black and white horizontally striped sequinned sleeveless bodycon mini.
    # Caption: caption adapter (stopped on its own). Answers: VQA adapter.
    case(
        "X1275-045",
        caption(
            "The lady wears a sleeveless tank dress with striped patterns. The tank dress is with other fabric. It "
            "has a round neckline. The tank dress is of short length."
        ),
        color_of("dress", "black and white"),
        Q.pattern("striped"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "black and white stripes"),
        details("dress", "the dress has details on the dress", "restated"),
        gender="Women",
        title="Athena Women Black & White Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
]
