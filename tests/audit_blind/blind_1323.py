"""BLIND_1323 (45 products; Myntra women's party and evening wear): written blind in the sixty-third session. Measured
blind at d294d42 (the session's third rules): 82/98 failures found (83.7%) and 31/219 correct texts flagged (14.2%).
The writer's notes, verbatim:

Scenario: a Myntra women's party and evening wear feed: sequinned bodycon and mini dresses, satin slip and cowl dresses,
velvet and net maxi gowns, party crop tops worn with skirts or jeans, a few skirts, co-ord sets and one jumpsuit.
Columns as the feed has them: title, category (Myntra article type: Dresses, Tops, Skirts, Co-Ords, Jumpsuit), color
(base colour) and gender; the feed leaves gender blank on a few rows. Photos are the usual catalog shots: a model on a
plain light-grey backdrop wearing the product with heels and other clothes (jeans, a skirt, a blazer over a slip dress),
two flat lays, two back views, one shot with a chair as a prop, a clutch now and then.
Who wrote what: every caption is the epoch-2 caption adapter (LoRA on OPT q_proj/k_proj, trained on the
DeepFashion-MultiModal template captions, no end-of-text token trained); every answer is the 1-epoch VQA adapter
(Data3_V3_BLIP2_VQA), prompt "Question: ... Answer:", greedy, 50 new tokens for captions and 30 for answers, stopped on
a newline when the model emits one. The captions speak only the template: "pure color / graphic / lattice / stripe /
color block patterns", "other / chiffon / cotton / denim / leather / furry fabric", necklines, wrist accessory and ring
sentences, no hue names; a bit more than half of them run to the 50-token limit and end cut or repeating a sentence. The
VQA adapter answers short (a color, a garment, yes/no) and is mostly right on the product's own color; it goes wrong on
metallic and sequinned colors (silver for white or navy sequins, black for navy under studio light), on outfits (the
skirt's or jeans' color given to the top, one color for two garments), and it loops, runs on to the limit or goes on
with its own "Question: ... Answer:" on open questions it was not trained on (describe, details), and now and then adds
shoes or a belt nobody wears.
Labeling conventions and judgement calls: judged by the imagined photo and the title. Shade synonyms are correct (navy
-> blue, magenta -> pink, lavender/plum -> purple, mustard -> yellow, burgundy -> maroon/wine, champagne -> gold); a
different hue or a metallic near-miss is marked (copper -> gold, white sequins -> silver, peach -> white, navy ->
black). When the asked garment is the seller's product and the answer gives it another garment's color in the photo:
other_garment_color; when the asked garment is the companion piece (the model's jeans, the set's skirt) and it gets the
product's color: contradiction. A wrong garment kind against the title (jacket for a blazer dress, top for a skirt, tank
top and skirt for a gown) is contradiction, and so is a material the title rules out (cotton for mesh, leather for
satin). A material guess that fits the look and the title does not rule out (polyester, cotton for a plain bodycon,
chiffon, georgette) is left correct; silk for a satin co-ord, cotton for a sequinned dress and leather for a corset top
are marked unsupported. A pattern the photo does not show and no other text disputes (stripes for fringe or pleats) is
unsupported; one another text disputes is contradiction. Caption sentences about a wrist accessory are correct when the
model wears a bracelet or feather cuffs, unsupported on a flat lay. Captions that hit the 50-token limit and end
mid-sentence are cut, those that start repeating a sentence are loop (the first failure a reader meets decides the one
label); an answer that keeps adding "and a pink ..." to the limit is loop. "What is the person wearing?" answered with
the product on a flat lay is left correct. Bare restatements ("it is a dress" for "Describe the dress.") are restated;
an empty or generic reply ("the gown", "material") is non_answer.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1323 = [
    # Truth: black sequinned sleeveless V-neck bodycon mini dress on a model, black heels, thin silver bracelet, grey
    # backdrop. Caption: epoch-2 caption adapter (cut at 50 tokens); answers: VQA adapter.
    case(
        "X1323-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The lady wears a short dress. There is an accessory on her wrist. The lady wears a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        wearing("a black dress"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        details("dress", "sequins"),
        Q.material("cotton", "unsupported"),
        describe(
            "dress",
            "a black sequin dress with a v neckline and thin straps and a short hem and the model is wearing black "
            "heels and a silver",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Black Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: gold sequinned strappy crop top with a square neck, worn with a black satin high-waist maxi skirt; the
    # product is the top. Caption: caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-002",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. The neckline of it is square. The "
            "lady wears a long skirt, with other fabric and pure color patterns. Her navel is not covered."
        ),
        color_of("top", "gold"),
        color_of("skirt", "black"),
        Q.color("black", "other_garment_color"),
        is_a("crop top", "yes"),
        Q.sleeve_length("sleeveless"),
        describe("top", "gold sequin crop top with thin straps"),
        gender="Women",
        title="Gold-Toned Sequinned Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Truth: maroon velvet long-sleeve V-neck maxi gown, model standing, front view. Caption: caption adapter
    # (repeats its fabric sentence to the limit); answers: VQA adapter.
    case(
        "X1323-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The lady wears a long dress. The dress is with other fabric and pure color patterns. "
            "The dress is with other fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "maroon"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        is_a("gown", "yes"),
        wearing("a maroon dress"),
        details(
            "gown",
            "the sleeves, the neckline, the waist, the sleeves, the neckline, the waist, the sleeves, the neckline,",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Maroon Velvet Maxi Gown Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: navy blue sequinned long-sleeve wrap midi dress with a tie at the waist; under the studio light it reads
    # almost black. Caption: caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline."
        ),
        color_of("dress", "black", "contradiction"),
        wearing("a dress"),
        Q.pattern("solid"),
        details("dress", "wrap front with a tie at the waist"),
        is_a("wrap dress", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Navy Blue Sequinned Wrap Midi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: flat lay on white: pink satin slip midi dress with thin straps, no person. Caption: caption adapter
    # (complete, invents the wrist accessory); answers: VQA adapter.
    case(
        "X1323-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. There is an "
            "accessory on her wrist.",
            "unsupported",
        ),
        color_of("dress", "pink"),
        wearing("a pink dress"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "pink satin dress with thin straps"),
        details("dress", "", "non_answer"),
        gender="Women",
        title="Pink Satin Slip Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: black lace strappy crop top worn with white wide-leg trousers; the product is the top. Caption: caption
    # adapter (cut); answers: VQA adapter.
    case(
        "X1323-006",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. Her navel",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black"),
        color_of("pants", "black", "contradiction"),
        Q.pattern("solid"),
        is_a("crop top", "yes"),
        details("top", "lace"),
        wearing("a black top and white pants"),
        describe(
            "top",
            "black lace crop top with thin straps and a sweetheart neckline and black lace trim on the hem and black "
            "lace on the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Black Lace Crop Top",
        category="Tops",
        color="Black",
    ),
    # Truth: silver sequinned one-shoulder mini dress, model holding a silver clutch. Caption: caption adapter
    # (complete); answers: VQA adapter (the description runs on into its own next question).
    case(
        "X1323-007",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline."
        ),
        color_of("dress", "silver"),
        wearing("a silver dress", who="she"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        details("dress", "one shoulder"),
        describe("dress", "silver sequin dress Question: What is the color of the clutch? Answer: silver", "leak"),
        gender="Women",
        title="Silver-Toned Sequinned One-Shoulder Mini Dress",
        category="Dresses",
        color="Silver",
    ),
    # Truth: emerald green satin co-ord: cropped full-sleeve shirt with a collar and matching palazzos, bracelet on
    # the wrist. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. The neckline "
            "of the shirt is lapel. The lady wears a long pants. The pants are with other fabric and pure color "
            "patterns. Her navel is not",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "green"),
        color_of("pants", "green"),
        wearing("a green shirt and green pants"),
        Q.material("silk", "unsupported"),
        Q.sleeve_length("long sleeves"),
        is_a("jumpsuit", "no"),
        gender="Women",
        title="Green Satin Crop Shirt with Palazzos Co-Ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # Truth: back view: black net off-shoulder maxi gown with tiered ruffles, solid, no sleeves. Caption: caption
    # adapter (loops); answers: VQA adapter.
    case(
        "X1323-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The lady "
            "wears a long dress. The dress is with chiffon fabric and pure color patterns. The dress is with chiffon "
            "fabric and pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "black"),
        is_a("gown", "yes"),
        Q.sleeve_length("sleeveless"),
        details("gown", "ruffles"),
        wearing("a black gown", who="the woman"),
        Q.pattern("floral", "contradiction"),
        gender="Women",
        title="Black Net Ruffled Off-Shoulder Maxi Gown",
        category="Dresses",
        color="Black",
    ),
    # Truth: beige satin cowl-neck slip dress under an open black blazer, model standing. Caption: caption adapter
    # (cut); answers: VQA adapter.
    case(
        "X1323-010",
        caption(
            "This lady wears a long-sleeve blazer with pure color patterns and a long dress. The dress is with other "
            "fabric and pure color patterns. The outer clothing is with cotton fabric. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black", "other_garment_color"),
        Q.color("beige"),
        wearing("a black jacket and a beige dress"),
        is_a("dress", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("dress", "black blazer with lapels", "contradiction"),
        gender="Women",
        title="Beige Satin Cowl Neck Slip Dress",
        category="Dresses",
        color="Beige",
    ),
    # Truth: lavender co-ord: short-sleeve crop top with bead work at the neckline and a matching flared maxi skirt.
    # Caption: caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-011",
        caption(
            "Her tank top has short sleeves, chiffon fabric and pure color patterns. It has a round neckline. The "
            "lady wears a long skirt, with chiffon fabric and pure color patterns. Her navel is not covered."
        ),
        color_of("top", "purple"),
        color_of("skirt", "purple"),
        is_a("dress", "yes", "contradiction"),
        Q.pattern("solid"),
        details("top", "beads on the neckline"),
        wearing("a purple top and a purple skirt"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Lavender Embellished Crop Top with Skirt",
        category="Co-Ords",
        color="Lavender",
    ),
    # Truth: burgundy long-sleeve round-neck ruched bodycon midi dress, gold bracelet, ring. Caption: caption adapter
    # (starts the template again); answers: VQA adapter.
    case(
        "X1323-012",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears "
            "a long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "wine"),
        Q.material("polyester"),
        Q.sleeve_length("long sleeves"),
        details("dress", "ruched sides"),
        wearing("a wine bodycon dress"),
        is_a("bodycon dress", "yes"),
        gender="Women",
        title="Burgundy Ruched Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: teal sequinned maxi gown with cape sleeves and a leg slit, round neck. Caption: caption adapter
    # (complete, describes the gown as a top and a skirt); answers: VQA adapter.
    case(
        "X1323-013",
        caption(
            "Her tank top has short sleeves, other fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long skirt, with other fabric and pure color patterns.",
            "contradiction",
        ),
        color_of("gown", "teal"),
        Q.pattern("sequin"),
        is_a("gown", "yes"),
        describe("gown", "teal gown with a cape and a slit"),
        Q.material("sequin"),
        wearing("a blue dress Question: What is the color of the cape? Answer: blue", "leak"),
        gender="Women",
        title="Teal Sequinned Cape Sleeve Maxi Gown",
        category="Dresses",
        color="Teal",
    ),
    # Truth: gold sequinned A-line mini skirt worn with a black long-sleeve off-shoulder top; the product is the
    # skirt. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a short skirt. The skirt is with other fabric and graphic patterns. "
            "Her navel is not covered",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black", "other_garment_color"),
        Q.color("gold"),
        is_a("skirt", "yes"),
        Q.garment_type("top", "contradiction"),
        details("skirt", "sequins"),
        wearing("a black top and a gold skirt"),
        gender="Women",
        title="Gold-Toned Sequinned A-Line Mini Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Truth: white sleeveless round-neck sheath mini dress with a feather trim at the hem. Caption: caption adapter
    # (complete); answers: VQA adapter.
    case(
        "X1323-015",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline."
        ),
        color_of("dress", "white"),
        details("dress", "feathers on the hem"),
        Q.material("feathers"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="White Feather Trim Sheath Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: magenta satin one-shoulder maxi dress with a thigh slit, bangle on the wrist. Caption: caption adapter
    # (cut); answers: VQA adapter.
    case(
        "X1323-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a long dress. The dress is with other fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        is_a("maxi dress", "yes"),
        describe(
            "dress",
            "a pink dress with a slit on the left side and a pink dress with a slit on the left side and a pink "
            "dress with a",
            "loop",
            hit_limit=True,
        ),
        Q.material("satin"),
        gender="Women",
        title="Magenta Satin One-Shoulder Maxi Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Truth: navy blue sequinned co-ord: sleeveless V-neck crop top and a matching maxi skirt, no slit. Caption:
    # caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a V-shape neckline. The lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        color_of("top", "blue"),
        color_of("skirt", "blue"),
        Q.color("silver", "contradiction"),
        is_a("dress", "no"),
        wearing("a silver top and a silver skirt", "contradiction"),
        details(
            "skirt",
            "the skirt has a slit on the side and the skirt has a slit on the side and the skirt has a slit on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Navy Blue Sequinned Crop Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # Truth: red square-neck bodycon mini dress with puff short sleeves, woman holding a black clutch, black heels,
    # a bracelet. Caption: caption adapter (complete, "his" wrist); answers: VQA adapter.
    case(
        "X1323-018",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. There is an accessory on his wrist.",
            "pronoun",
        ),
        color_of("dress", "red"),
        Q.sleeve_length("short sleeves"),
        details("dress", "puff sleeves"),
        wearing("a red dress and black shoes"),
        Q.material("cotton"),
        gender="Women",
        title="Red Puff Sleeve Bodycon Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: black sequinned long-sleeve blazer dress with lapels and a belt at the waist. Caption: caption adapter
    # (loops back to its first sentence); answers: VQA adapter.
    case(
        "X1323-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric. The "
            "neckline of the jacket is lapel. There is an accessory in her waist. The lady wears a long-sleeve jacket "
            "with pure color patterns",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        Q.garment_type("jacket", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "belt"),
        Q.sleeve_length("long sleeves"),
        wearing("a black jacket", "contradiction"),
        gender="Women",
        title="Black Sequinned Blazer Dress with Belt",
        category="Dresses",
        color="Black",
    ),
    # Truth: mustard yellow floral print tiered maxi dress with flutter short sleeves and ruffles, V-neck. Caption:
    # caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-020",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long dress."
        ),
        color_of("dress", "yellow"),
        Q.pattern("floral"),
        describe("dress", "yellow floral dress with ruffles"),
        details("dress", "the dress is a dress", "restated"),
        is_a("skirt", "yes", "contradiction"),
        gender="Women",
        title="Mustard Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Truth: pink flared maxi skirt worn with a white sleeveless crop top, ring, no bracelet; the product is the
    # skirt. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-021",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long skirt, with chiffon fabric and pure color patterns. Her navel is not covered. The lady "
            "wears a ring",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        Q.color("white", "other_garment_color"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        wearing("a white top and a pink skirt", who="she"),
        Q.material("chiffon"),
        details("skirt", "it is a long skirt", "restated"),
        gender="Women",
        title="Pink Solid Flared Maxi Skirt",
        category="Skirts",
        color="Pink",
    ),
    # Truth: olive green satin halter-neck midi dress, solid, model standing. Caption: caption adapter (complete);
    # answers: VQA adapter (one answer echoes its prompt).
    case(
        "X1323-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline."
        ),
        color_of("dress", "green"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        details("dress", "halter neck"),
        Q.pattern("solid"),
        wearing("Question: What is the person wearing? Answer: a green dress", "leak"),
        gender="Women",
        title="Olive Green Satin Halter Neck Midi Dress",
        category="Dresses",
        color="Olive",
    ),
    # Truth: copper metallic knife-pleated long-sleeve midi dress, solid, round neck. Caption: caption adapter (cut);
    # answers: VQA adapter.
    case(
        "X1323-023",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric. It has a round "
            "neckline. The lady wears a long dress. The dress is with other fabric and lattice patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold", "contradiction"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        details("dress", "pleats"),
        gender="Women",
        title="Copper-Toned Metallic Pleated Midi Dress",
        category="Dresses",
        color="Copper",
    ),
    # Truth: white corset crop top with boning and a square neck, worn with a black satin midi skirt; the product is
    # the top. Caption: caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-024",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a square neckline. The lady "
            "wears a medium-length skirt, with other fabric and pure color patterns. Her navel is not covered."
        ),
        color_of("top", "white"),
        color_of("skirt", "white", "contradiction"),
        Q.garment_type("top"),
        describe("top", "a white corset top with a square neck"),
        Q.material("leather", "unsupported"),
        wearing("a white top and a white skirt", "contradiction"),
        gender="Women",
        title="White Corset Style Crop Top",
        category="Tops",
        color="White",
    ),
    # Truth: blush pink tulle ball gown, sleeveless V-neck bodice with 3D floral appliques and sequins, bracelet.
    # Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long skirt, with chiffon fabric and pure color patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "pink"),
        details("gown", "sequins on the bodice"),
        wearing("a pink gown"),
        is_a("gown", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        gender="Women",
        title="Pink Embellished Tulle Ball Gown",
        category="Dresses",
        color="Pink",
    ),
    # Truth: black halter-neck wide-leg jumpsuit, plain, model standing, no jewellery on the wrist. Caption: caption
    # adapter (cut); answers: VQA adapter.
    case(
        "X1323-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("jumpsuit", "black"),
        is_a("jumpsuit", "yes"),
        wearing("a black jumpsuit"),
        describe("jumpsuit", "black jumpsuit"),
        details("jumpsuit", "a jumpsuit", "restated"),
        Q.sleeve_length("long sleeves", "contradiction"),
        gender="Women",
        title="Black Halter Neck Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: back view: gold sequinned long-sleeve bodycon dress with a deep V at the back, nude heels. Caption:
    # caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline."
        ),
        color_of("dress", "gold"),
        Q.color("gold"),
        details(
            "dress",
            "the back of the dress is the back of the dress is the back of the dress is the back of the dress is the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        is_a("dress", "yes"),
        wearing("a gold dress and gold shoes", "unsupported"),
        gender="Women",
        title="Gold-Toned Sequinned Backless Bodycon Dress",
        category="Dresses",
        color="Gold",
    ),
    # Truth: black sequinned sleeveless crop top with a red tulle maxi skirt, sold as a set (base colour black); the
    # feed leaves gender blank. Caption: caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-028",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a round neckline. The lady "
            "wears a long skirt, with chiffon fabric and pure color patterns."
        ),
        color_of("top", "black"),
        color_of("skirt", "black", "contradiction"),
        wearing("a black top and a red skirt"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes", "contradiction"),
        title="Black & Red Sequinned Crop Top with Tulle Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # Truth: dusty rose net maxi gown with full sheer sleeves, embroidery on the sleeves and bodice, round neck,
    # bracelet and ring. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-029",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a long dress. The dress is with chiffon fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "pink"),
        Q.material("net"),
        details(
            "gown",
            "embroidery on the sleeves and the neckline and the waist and the sleeves and the neckline and the waist "
            "and the sleeves and the",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embellished"),
        is_a("gown", "yes"),
        wearing(
            "a pink gown with long sleeves and a pink belt and pink shoes and a pink clutch and a pink bracelet and a "
            "pink ring and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Rose Embellished Net Maxi Gown",
        category="Dresses",
        color="Rose",
    ),
    # Truth: silver sequinned short-sleeve crop top worn with black skinny jeans; the product is the top. Caption:
    # caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns."
        ),
        color_of("top", "silver"),
        color_of("jeans", "black"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("top"),
        wearing("a silver top and black jeans"),
        describe("top", "silver sequin top"),
        gender="Women",
        title="Silver-Toned Sequinned Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Truth: black mesh fit-and-flare dress with black flocked polka dots, sheer long sleeves, round neck. Caption:
    # caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-031",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline."
        ),
        color_of("dress", "black"),
        Q.pattern("polka dot"),
        Q.sleeve_length("long sleeves"),
        details("dress", "sheer sleeves with polka dots"),
        is_a("dress", "yes"),
        Q.material("cotton", "contradiction"),
        wearing("a black dress with white polka dots", "unsupported"),
        gender="Women",
        title="Black Polka Dot Mesh Fit & Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: white sequinned fringed bodycon mini dress with thin straps; the sequins catch the light silvery.
    # Caption: caption adapter (reads the fringe as stripes, then loops); answers: VQA adapter.
    case(
        "X1323-032",
        caption(
            "The lady wears a sleeveless dress with stripe patterns. The dress is with other fabric. It has a V-shape "
            "neckline. The lady wears a short dress. The dress is with other fabric and stripe patterns. The dress is "
            "with other fabric and stripe",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "silver", "contradiction"),
        details("dress", "fringe"),
        wearing("a white dress"),
        Q.pattern("striped", "unsupported"),
        gender="Women",
        title="White Sequinned Fringed Bodycon Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: black bandage bodycon dress with white side panels, sleeveless, round neck. Caption: caption adapter
    # (complete); answers: VQA adapter.
    case(
        "X1323-033",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        color_of("dress", "black and white"),
        Q.pattern("color block"),
        Q.color("grey", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "white panels on the sides"),
        wearing("a black and white dress"),
        gender="Women",
        title="Black & White Colourblocked Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: ruby red sequinned long-sleeve V-neck maxi gown with feather cuffs, model seated on a white chair
    # (prop). Caption: caption adapter (starts over); answers: VQA adapter.
    case(
        "X1323-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The lady wears a long dress. There is an accessory on her wrist. The lady wears a "
            "long-sleeve dress with pure",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "red"),
        details("gown", "feathers"),
        wearing("a red gown", who="she"),
        Q.material("sequins"),
        is_a("gown", "yes"),
        describe(
            "gown",
            "the gown is a red sequin gown with long sleeves and feathers on the sleeves and a v neckline and the "
            "model is sitting on a",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Red Sequinned Maxi Gown with Feather Detail",
        category="Dresses",
        color="Red",
    ),
    # Truth: peach off-shoulder ruffled crop top with long balloon sleeves, worn with a blue denim mini skirt; the
    # product is the top. Caption: caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. Her navel is not covered."
        ),
        color_of("top", "white", "contradiction"),
        color_of("skirt", "blue"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("blouse"),
        details("top", "ruffles"),
        is_a("crop top", "yes"),
        gender="Women",
        title="Peach Off-Shoulder Ruffled Crop Top",
        category="Tops",
        color="Peach",
    ),
    # Truth: black one-shoulder maxi gown with one long sleeve and a cut-out at the waist, no bracelet. Caption:
    # caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a long dress. The dress is with other fabric and pure color "
            "patterns. Her navel is not",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "black"),
        details("gown", "cut out at the waist"),
        Q.sleeve_length("long sleeves"),
        wearing("a black dress"),
        describe(
            "gown",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Black Cut-Out Detail One-Shoulder Gown",
        category="Dresses",
        color="Black",
    ),
    # Truth: gold metallic pleated midi skirt with a black long-sleeve round-neck bodysuit; the product is the skirt.
    # Caption: caption adapter (complete, reads the pleats as stripes); answers: VQA adapter.
    case(
        "X1323-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a medium-length skirt. The skirt is with other fabric and stripe "
            "patterns.",
            "unsupported",
        ),
        color_of("skirt", "gold"),
        color_of("top", "black"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        Q.material("metallic"),
        details("skirt", "pleats"),
        describe("skirt", "it is a skirt", "restated"),
        gender="Women",
        title="Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Truth: plum satin long-sleeve wrap top with a side tie, worn with black trousers, bracelet; the product is the
    # top. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        color_of("pants", "purple", "contradiction"),
        Q.sleeve_length("long sleeves"),
        wearing("a purple top and black pants"),
        Q.material("satin"),
        details("top", "wrap front with a tie on the side"),
        Q.pattern("floral", "contradiction"),
        gender="Women",
        title="Purple Satin Wrap Top",
        category="Tops",
        color="Purple",
    ),
    # Truth: flat lay: black sequinned strappy crop top and matching mini skirt side by side, no person. Caption:
    # caption adapter (complete, invents the wrist accessory); answers: VQA adapter.
    case(
        "X1323-039",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a round neckline. The lady wears a short skirt. The skirt is with other fabric. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        color_of("top", "black"),
        color_of("skirt", "black"),
        wearing("a black top and a black skirt"),
        is_a("dress", "no"),
        Q.sleeve_length("sleeveless"),
        Q.material("material", "non_answer"),
        gender="Women",
        title="Black Sequinned Crop Top & Mini Skirt Set",
        category="Co-Ords",
        color="Black",
    ),
    # Truth: back view: burgundy sequinned maxi gown with sheer long sleeves, a zip at the back, no belt. Caption:
    # caption adapter (complete); answers: VQA adapter.
    case(
        "X1323-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. The lady "
            "wears a long dress."
        ),
        color_of("gown", "maroon"),
        Q.sleeve_length("long sleeves"),
        describe(
            "gown",
            "maroon sequin gown with sheer sleeves Question: What is the color of the sleeves? Answer: maroon "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        details("gown", "the gown", "non_answer"),
        is_a("gown", "yes"),
        wearing("a maroon gown and a maroon belt", "unsupported"),
        gender="Women",
        title="Burgundy Sequinned Sheer Sleeve Gown",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: black lace bodycon midi dress with short sleeves and a round neck, lined, ring on her finger; the feed
    # leaves gender blank. Caption: caption adapter (cut); answers: VQA adapter.
    case(
        "X1323-041",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with other fabric. It has a round "
            "neckline. The lady wears a medium-length dress. The dress is with other fabric and lattice patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        Q.pattern("lace"),
        Q.material("lace"),
        details("dress", "lace"),
        Q.sleeve_length("short sleeves"),
        wearing("black dress"),
        is_a("dress", "yes"),
        title="Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: emerald green sequinned long-sleeve round-neck bodycon mini dress, gold heels. Caption: caption adapter
    # (complete); answers: VQA adapter.
    case(
        "X1323-042",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The lady wears a short dress."
        ),
        color_of(
            "dress",
            "green-green-green-green-green-green-green-green-green-green-green-green-green-green-green-",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        is_a("mini dress", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        details("dress", "sequins"),
        gender="Women",
        title="Green Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: champagne satin sleeveless cowl-neck maxi dress, bracelet and ring. Caption: caption adapter (cut);
    # answers: VQA adapter.
    case(
        "X1323-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "V-shape neckline. The lady wears a long dress. The dress is with other fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold"),
        Q.material("satin"),
        details("dress", "cowl neck"),
        Q.sleeve_length("sleeveless"),
        wearing("a gold dress", who="the woman"),
        describe("dress", "it is a dress", "restated"),
        gender="Women",
        title="Champagne Satin Cowl Neck Maxi Dress",
        category="Dresses",
        color="Beige",
    ),
    # Truth: red satin sleeveless square-neck corset crop top worn with a black leather mini skirt, bracelet; the
    # product is the top. Caption: caption adapter (loops back to the top); answers: VQA adapter.
    case(
        "X1323-044",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a square neckline. The lady "
            "wears a short skirt, with leather fabric and pure color patterns. Her navel is not covered. Her tank top "
            "has no sleeves",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "red"),
        color_of("skirt", "black"),
        Q.color("red"),
        Q.material("leather", "contradiction"),
        is_a("crop top", "yes"),
        Q.garment_type("tank top"),
        details(
            "top",
            "the top is a corset top with a square neckline and the skirt is a leather skirt with a zip at the back "
            "and the",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Red Satin Corset Crop Top",
        category="Tops",
        color="Red",
    ),
    # Truth: navy blue georgette midi dress with a cape overlay over short sleeves, bead work at the round neckline,
    # bracelet. Caption: caption adapter (cut); answers: VQA adapter (one answer spoken as if to a man).
    case(
        "X1323-045",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The lady wears a medium-length dress. The dress is with chiffon fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "navy"),
        wearing("he is wearing a navy blue dress with a cape", "pronoun", who="the model"),
        details(
            "dress",
            "cape sleeves and embellishment on the neckline and the cape sleeves and embellishment on the neckline and "
            "the cape sleeves and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("embellished"),
        Q.material("georgette"),
        Q.color("black", "contradiction"),
        gender="Women",
        title="Navy Blue Embellished Cape Midi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
]
