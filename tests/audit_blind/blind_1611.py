"""BLIND_1611 (45 products; Myntra women's party and evening wear): written blind in the sixty-sixth session. Measured
blind at 5d4d43a (the session's fifth rules): 76/85 failures found (89.4%) and 27/194 correct texts flagged (13.9%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear (sequinned bodycon and slip dresses, satin and velvet
midis, maxi gowns, one ethnic net gown, crop and corset tops, sequin and satin skirts, co-ord sets, jumpsuits, a
sequin blazer and a shrug). Catalog columns as Myntra exports them: title (brand first), category as the article
type, color as the base colour, gender "Women"; a few rows lack one column. Photos are the usual studio shots on a
plain backdrop: a model wearing the product with other clothes, two flat lays, two back views, a prop now and then
(a clutch, a chair, a pillar).
Who wrote what: every caption is the epoch-2 caption adapter (LoRA on q_proj/k_proj, trained on DeepFashion-MultiModal
template captions with unmasked labels): template sentences ("The lady wears a sleeveless dress with pure color
patterns. The dress is with other fabric."), no hue names, a fabric from the template's small set. It has no trained
stop, so half the captions ran to the 50-token limit, cut mid-sentence or looping on one template sentence; the
other half stopped on their own after a full stop. Every answer is the VQA adapter (one epoch on In-shop VQA pairs):
mostly short lowercase answers, sometimes a loop to the 30-token limit, sometimes the Question/Answer format leaking
back.
Labeling conventions and judgement calls: one failure kind per text. A text that ran to the limit and loops is `loop`;
one that ran to the limit and stops mid-sentence is `cut`, even where it also holds a wrong detail (noted in the
comment). One caption ran to exactly 50 tokens ending on a full stop with nothing wrong in it: left unmarked, with
hit_limit. Near hues a shopper would accept are correct (grey for silver sequins, silver for gunmetal grey, white or
cream for off-white, purple for lavender, red or maroon for burgundy, gold for champagne beige); another hue family is
wrong. A color answer that gives the product the color of the other garment in the photo is `other_garment_color`;
giving the second garment the product's color is `contradiction`. A fabric the title names and the answer or caption
denies is `contradiction`; a fabric or detail the photo does not show and the title does not name is `unsupported`.
"The lady wears" on a flat lay (no person) is `unsupported`. "his"/"he"/"gentleman" for the women's model is
`pronoun`. An answer that only returns the question's noun ("the dress", "the skirt is a skirt") is `non_answer`; one
that restates the question as a sentence and adds nothing is `restated`. The caption template's "cotton" is left
unmarked where the fabric in the photo could pass for it (ruched jersey, knit) and marked where it plainly cannot
(sequins, satin).
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
    material,
    wearing,
)

BLIND_1611 = [
    # Photo: model front on grey, black sequinned sleeveless bodycon mini with a square neckline, black heels, a thin
    # ring on her right hand. Caption: epoch-2 caption adapter (ran to 50 tokens). Answers: VQA adapter.
    case(
        "X1611-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. The dress this lady wears is of medium short length. This lady wears a ring on her "
            "finger. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        details("dress", "sequins"),
        gender="Women",
        title="SASSAFRAS Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gold sequinned strappy crop top worn with black high-waist trousers, white backdrop. Caption: caption
    # adapter (stopped on its own). Answers: VQA adapter; the top's color took the trousers' black; the yes/no looped.
    case(
        "X1611-002",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "trousers this lady wears is of long length."
        ),
        color_of("top", "black", "other_garment_color"),
        Q.garment_type("tank top"),
        is_a(
            "tank top",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Gold-Toned Embellished Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Photo: maroon satin wrap midi dress, long sleeves, V-neck, tie at the waist, nude heels. Caption: caption adapter,
    # looping on two template sentences to the limit. Answers: VQA adapter ("wine" is an accepted near hue).
    case(
        "X1611-003",
        caption(
            "This female is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. "
            "It has a v-shape neckline. The dress is with chiffon fabric. It has a v-shape neckline. The dress is "
            "with chiffon fabric. It",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "wine"),
        Q.material("satin"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "the dress has a tie at the waist"),
        wearing("dress"),
        gender="Women",
        title="Berrylush Women Maroon Satin Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: silver sequinned one-shoulder maxi gown with a thigh slit, silver strappy heels, grey backdrop. Caption:
    # caption adapter, cut at 50 tokens (its "v-shape neckline" is also wrong for a one-shoulder). Answers: VQA
    # adapter; the description ran to the limit mid-phrase.
    case(
        "X1611-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress this lady wears is of long length. This lady wears a ring on her finger. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "grey"),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        details("dress", "slit on the side"),
        describe(
            "dress",
            "a long silver dress with a slit on the side and a one shoulder strap with sequins all over the dress "
            "and a pair of silver",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Silver-Toned Embellished One-Shoulder Maxi Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: black satin corset top, sweetheart neckline, thin straps, worn with blue jeans; white backdrop. Caption:
    # caption adapter (stopped); "cotton" for a shiny satin corset. Answers: VQA adapter.
    case(
        "X1611-005",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The pants this woman wears is of long length.",
            "unsupported",
        ),
        color_of("top", "black"),
        color_of("jeans", "blue"),
        Q.garment_type("tank top"),
        Q.pattern("solid"),
        wearing("a black top and blue jeans"),
        gender="Women",
        title="DressBerry Women Black Solid Corset Top",
        category="Tops",
        color="Black",
    ),
    # Photo: green satin slip midi dress, spaghetti straps, cowl neck, gold hoop earrings. Caption: caption adapter
    # (stopped), "chiffon" against the title's satin. Answers: VQA adapter; the closed color question looped.
    case(
        "X1611-006",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline.",
            "contradiction",
        ),
        color_of("dress", "green"),
        Q.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        details("dress", "the dress has a cowl neck and thin straps"),
        gender="Women",
        title="MANGO Green Satin Finish Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: co-ord set, black sequinned sleeveless crop top with a black-and-silver striped sequin mini skirt.
    # Caption: caption adapter, cut at 50 tokens. Answers: VQA adapter.
    case(
        "X1611-007",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a round neckline. The skirt this lady wears is of medium short length. The skirt is with other "
            "fabric and striped patterns. There",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "black"),
        color_of("skirt", "black and silver"),
        Q.pattern("striped"),
        wearing("a black top and a skirt"),
        is_a("skirt", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Black & Silver-Toned Embellished Top with Skirt",
        category="Co-Ords",
        color="Black",
    ),
    # Photo: red off-shoulder mini dress with a ruffle trim and short puff sleeves, model holds a small gold clutch.
    # Caption: caption adapter (stopped), invents a lapel neckline. Answers: VQA adapter, "he" for the woman.
    case(
        "X1611-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline.",
            "unsupported",
        ),
        color_of("dress", "red"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "ruffles on the sleeves"),
        describe(
            "dress",
            "a red dress with a red dress with a red dress with a red dress with a red dress with a red dress with a",
            "loop",
            hit_limit=True,
        ),
        wearing("he is wearing a red dress", "pronoun"),
        gender="Women",
        title="Qurvii Women Red Ruffled Off-Shoulder Mini Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy sequinned single-button blazer worn open over a black bralette and black trousers, long sleeves.
    # Caption: caption adapter, cut. Answers: VQA adapter; the blazer's color came from the black clothes under it.
    case(
        "X1611-009",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with other "
            "fabric. It has a lapel neckline. The trousers this lady wears is of long length. The trousers are with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("blazer", "black", "other_garment_color"),
        is_a("jacket", "yes"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("jacket"),
        material("leather", "unsupported"),
        gender="Women",
        title="Vero Moda Women Navy Blue Sequinned Single-Breasted Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # Photo: black velvet long-sleeve bodycon mini, round neck, sheer black tights, black pumps. Caption: caption
    # adapter (stopped; "knitted" passes for velvet jersey). Answers: VQA adapter; sleeve wrong; the yes/no leaked.
    case(
        "X1611-010",
        caption(
            "This female is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric. "
            "It has a round neckline. This female wears socks in shoes."
        ),
        color_of("dress", "black"),
        Q.material("velvet"),
        Q.pattern("solid"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Black Velvet Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gold metallic pleated midi skirt, white t-shirt tucked in, white sneakers. Caption: caption adapter, cut.
    # Answers: VQA adapter; the skirt's color question answered with the t-shirt's white.
    case(
        "X1611-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of three-quarter length. The skirt is with other "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "white", "other_garment_color"),
        Q.color("gold"),
        is_a("skirt", "yes"),
        Q.garment_type("skirt"),
        details("skirt", "pleats"),
        describe("skirt", "the skirt is a skirt", "non_answer"),
        gender="Women",
        title="StyleStone Women Gold-Toned Metallic Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: black top with a small pink floral print, short puff sleeves, sweetheart neckline, white wide trousers.
    # Caption: caption adapter (stopped). Answers: VQA adapter; the top's color was read off the small pink flowers.
    case(
        "X1611-012",
        caption(
            "This woman wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The trousers this woman wears is of long length."
        ),
        color_of("top", "pink", "contradiction"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        color_of("trousers", "white"),
        details("top", "puff sleeves"),
        gender="Women",
        title="Antheaa Black Floral Print Puff Sleeve Top",
        category="Tops",
        color="Black",
    ),
    # Photo: fuchsia one-shoulder ruched bodycon midi with a single long sleeve on the left arm. Caption: caption
    # adapter, stuck on "round neckline" to the limit. Answers: VQA adapter; "sleeveless" misses the one long sleeve.
    case(
        "X1611-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dress", "ruching on the side"),
        is_a("dress", "yes"),
        wearing("pink dress"),
        gender="Women",
        title="Miss Chase Women Fuchsia One-Shoulder Ruched Bodycon Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: back view, off-white sleeveless tulle maxi with an embellished bodice and a concealed back zip. Caption:
    # caption adapter (stopped). Answers: VQA adapter; the description looped on a train the dress does not have.
    case(
        "X1611-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "this lady wears is of long length."
        ),
        color_of("dress", "white"),
        Q.color("cream"),
        details("dress", "zipper"),
        describe(
            "dress",
            "a long white dress with a long train and a long train and a long train and a long train and a long "
            "train and",
            "loop",
            hit_limit=True,
        ),
        material("lace", "unsupported"),
        gender="Women",
        title="Label Ritu Kumar Off-White Embellished Tulle Maxi Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: lavender satin cowl-neck camisole worn with a black satin midi skirt. Caption: caption adapter, cut.
    # Answers: VQA adapter; the skirt was given the top's purple.
    case(
        "X1611-015",
        caption(
            "Her tank top has no sleeves, other fabric and pure color patterns. It has a suspenders neckline. The "
            "skirt this lady wears is of three-quarter length. The skirt is with other fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "purple"),
        color_of("skirt", "purple", "contradiction"),
        Q.garment_type("tank top"),
        Q.material("satin"),
        wearing("a purple top and a black skirt"),
        gender="Women",
        title="Cation Lavender Satin Cowl Neck Camisole Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: black sequinned mini skirt, cream chunky knit sweater tucked in, black ankle boots. Caption: caption
    # adapter (stopped). Answers: VQA adapter; the closed color took the sweater; the details answer leaked.
    case(
        "X1611-016",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The skirt this lady wears is of medium short length."
        ),
        color_of("skirt", "black"),
        Q.color("white", "other_garment_color"),
        Q.pattern("solid"),
        is_a("skirt", "no", "contradiction"),
        details(
            "skirt",
            "sequins\nQuestion: What are the skirt details? Answer: sequins\nQuestion: What are the skirt details? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="H&M Women Black Sequinned Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: red sequinned halter crop top with a black leather-look mini skirt. Caption: caption adapter, looping.
    # Answers: VQA adapter; "leather" belongs to the skirt, not the top.
    case(
        "X1611-017",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. The "
            "tank top is with other fabric. The tank top is with other fabric. The tank top is with other fabric. "
            "The tank",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "red"),
        Q.garment_type("tank top"),
        material("leather", "unsupported"),
        Q.sleeve_length("sleeveless"),
        describe("top", "red sequin top"),
        gender="Women",
        title="URBANIC Women Red Sequinned Halter Neck Crop Top",
        category="Tops",
        color="Red",
    ),
    # Photo: mustard satin tiered maxi dress, long puff sleeves, square neck. Caption: caption adapter (stopped).
    # Answers: VQA adapter; "brown" is another hue family; the details looped.
    case(
        "X1611-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "square neckline. The dress this lady wears is of long length."
        ),
        color_of("dress", "yellow"),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        details(
            "dress",
            "the dress has a tiered skirt and a tiered skirt and a tiered skirt and a tiered skirt and a tiered",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="AASK Women Mustard Yellow Satin Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black halter-neck wide-leg jumpsuit, thin gold belt, gold heels. Caption: caption adapter, cut at the
    # limit. Answers: VQA adapter ("romper" is the VQA data's romper/jumpsuit class); the wearing answer looped.
    case(
        "X1611-019",
        caption(
            "This lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric. The "
            "trousers this lady wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("jumpsuit", "black"),
        is_a("jumpsuit", "yes"),
        Q.garment_type("romper"),
        wearing(
            "a black jumpsuit with a gold belt and a gold belt and a gold belt and a gold belt and a gold belt and a",
            "loop",
            hit_limit=True,
        ),
        details("jumpsuit", "belt"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Mast & Harbour Black Halter Neck Wide Leg Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: flat lay of a silver sequinned strappy mini dress on a white surface, no model. Caption: caption adapter
    # (stopped) describes a lady. Answers: VQA adapter; a back zip cannot be seen from the front.
    case(
        "X1611-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline.",
            "unsupported",
        ),
        color_of("dress", "silver"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress has a zipper on the back", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Silver-Toned Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: black high-neck long-sleeve maxi with a waist cut-out and a thigh slit, model holds a black clutch.
    # Caption: caption adapter, cut. Answers: VQA adapter; the description ran to the limit and stopped mid-phrase
    # (the slit it adds is real).
    case(
        "X1611-021",
        caption(
            "This female is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric. "
            "It has a round neckline. The dress this female wears is of long length. There is an accessory in her "
            "hand. This",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        details("dress", "cut out at the waist"),
        describe(
            "dress",
            "black dress with long sleeves and a cut out at the waist, the dress is long and has a slit on the left "
            "side of the",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        wearing("a black dress"),
        gender="Women",
        title="Trendyol Women Black Cut-Out Detail Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gold sequinned cropped shrug, open front, long sleeves, over a black slip dress. Caption: caption adapter
    # (stopped). Answers: VQA adapter; the shrug's color came from the dress; the yes/no leaked the prompt format.
    # The feed row has no color column.
    case(
        "X1611-022",
        caption(
            "This lady wears a long-sleeve outer clothing with pure color patterns. The dress this lady wears is of "
            "medium short length."
        ),
        color_of("shrug", "black", "other_garment_color"),
        Q.garment_type("cardigan"),
        is_a(
            "cardigan",
            "yes\nQuestion: Is this a cardigan? Answer: yes\nQuestion: Is this a cardigan? Answer: yes\nQuestion:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Athena Women Gold-Toned Sequinned Cropped Shrug",
        category="Shrug",
    ),
    # Photo: white strapless bodycon mini with a feather trim at the hem. Caption: caption adapter, cut (the ring and
    # wrist accessory are not in the photo either). Answers: VQA adapter; "fur" for feathers.
    case(
        "X1611-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. The dress "
            "this lady wears is of medium short length. This lady wears a ring on her finger. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "white"),
        details("dress", "feathers at the bottom"),
        Q.material("fur", "unsupported"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Women",
        title="Lulu & Sky Women White Feather Trim Strapless Bodycon Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: co-ord, purple satin long-sleeve shirt with matching purple wide trousers. Caption: caption adapter
    # (stopped). Answers: VQA adapter; same purple for both garments is right here.
    case(
        "X1611-024",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It "
            "has a lapel neckline. The trousers this woman wears is of long length."
        ),
        color_of("shirt", "purple"),
        color_of("pants", "purple"),
        Q.garment_type("blouse"),
        wearing("she is wearing a purple shirt and purple pants"),
        Q.material("satin"),
        gender="Women",
        title="Street 9 Women Purple Satin Shirt with Trousers",
        category="Co-Ords",
        color="Purple",
    ),
    # Photo: black lace bodycon midi, sheer long lace sleeves, lined body. Caption: caption adapter, looping. Answers:
    # VQA adapter; the description looped too.
    case(
        "X1611-025",
        caption(
            "This female is wearing a long-sleeve dress with lattice patterns. The dress is with other fabric. The "
            "dress is with other fabric. The dress is with other fabric. The dress is with other fabric. The dress "
            "is with other",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "black"),
        Q.pattern("lace"),
        Q.material("lace"),
        Q.sleeve_length("long-sleeve"),
        describe(
            "dress",
            "a black lace dress with long sleeves and a black lace dress with long sleeves and a black lace dress "
            "with long",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Vero Moda Women Black Lace Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: peach net anarkali-style gown, embellished yoke, sheer full sleeves, matching dupatta over one shoulder.
    # Caption: caption adapter (stopped; the dupatta is its "neckwear"). Answers: VQA adapter; "cotton" against net.
    case(
        "X1611-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress this lady wears is of long length. This lady has neckwear."
        ),
        color_of("dress", "peach"),
        is_a("dress", "yes"),
        details("dress", "embroidery on the neck"),
        material("cotton", "contradiction"),
        Q.pattern("solid"),
        wearing("a pink dress and a scarf"),
        gender="Women",
        title="Inddus Women Peach-Coloured Embellished Net Ethnic Gown with Dupatta",
        category="Ethnic Dresses",
        color="Peach",
    ),
    # Photo: back view, royal blue sequinned mini dress with a low back and criss-cross straps. Caption: caption
    # adapter, cut. Answers: VQA adapter; the description only restates the question.
    case(
        "X1611-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress this lady wears is of medium short length. This lady wears a ring on "
            "her finger. This lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue"),
        details("dress", "cross straps at the back"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        wearing("blue dress", who="she"),
        describe("dress", "the dress is described as a dress", "restated"),
        gender="Women",
        title="SASSAFRAS Women Blue Sequinned Backless Bodycon Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black satin bias-cut midi skirt worn with a white corset top, black heels. Caption: caption adapter
    # (stopped). Answers: VQA adapter; the closed color took the top's white; the details looped.
    case(
        "X1611-028",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The skirt this lady wears is of "
            "three-quarter length. The skirt is with other fabric and pure color patterns."
        ),
        color_of("skirt", "black"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("solid"),
        details(
            "skirt",
            "the skirt is a skirt that is a skirt that is a skirt that is a skirt that is a skirt that",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Black Satin Midi Slip Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: black off-shoulder long-sleeve bodycon midi, model leaning on a wooden chair. Caption: caption adapter
    # (stopped) calls her a gentleman. Answers: VQA adapter; the yes/no repeated the prompt first.
    case(
        "X1611-029",
        caption(
            "This gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric.",
            "pronoun",
        ),
        color_of("dress", "black"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "off the shoulder"),
        wearing("a black dress", who="she"),
        is_a("dress", "Question: Is this a dress? Answer: yes", "leak"),
        gender="Women",
        title="Qurvii Women Black Off-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: co-ord, emerald green sequinned short-sleeve crop top and matching green sequinned mini skirt. Caption:
    # caption adapter, cut. Answers: VQA adapter, all correct. The feed row has no category.
    case(
        "X1611-030",
        caption(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric. It "
            "has a round neckline. The skirt this lady wears is of medium short length. The skirt is with other "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "green"),
        color_of("skirt", "green"),
        Q.sleeve_length("short-sleeve"),
        is_a("skirt", "yes"),
        material("sequin"),
        describe("top", "a green sequin top with short sleeves"),
        gender="Women",
        title="Cation Women Green Sequinned Crop Top with Mini Skirt",
        color="Green",
    ),
    # Photo: baby pink tulle tiered mini dress with short puff sleeves, round neck. Caption: caption adapter, looping.
    # Answers: VQA adapter; "sleeveless" misses the puff sleeves; the description looped.
    case(
        "X1611-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        Q.sleeve_length("sleeveless", "contradiction"),
        details("dress", "ruffles"),
        describe(
            "dress",
            "the dress is pink and the dress is pink and the dress is pink and the dress is pink and the",
            "loop",
            hit_limit=True,
        ),
        material("chiffon"),
        gender="Women",
        title="Athena Women Pink Tulle Tiered Puff Sleeve Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black mini dress with white polka dots, short puff sleeves, sweetheart neckline. Caption: caption adapter
    # (stopped), "pure color" for a dotted dress. Answers: VQA adapter, all correct.
    case(
        "X1611-032",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "contradiction",
        ),
        color_of("dress", "black"),
        Q.pattern("dotted"),
        is_a("dress", "yes"),
        details("dress", "polka dots"),
        Q.sleeve_length("short sleeve"),
        gender="Women",
        title="Athena Black & White Polka Dot Puff Sleeve Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gunmetal grey sequinned wrap mini, long sleeves, black heels, a silver bracelet. Caption: caption adapter,
    # ran to exactly 50 tokens and ended on a full stop, nothing wrong in it. Answers: VQA adapter; "black" is wrong,
    # and the details answer names nothing.
    case(
        "X1611-033",
        caption(
            "This female is wearing a long-sleeve dress with pure color patterns. The dress is with other fabric. It "
            "has a v-shape neckline. The dress this female wears is of medium short length. There is an accessory "
            "on her wrist.",
            hit_limit=True,
        ),
        color_of("dress", "silver"),
        Q.color("black", "contradiction"),
        details("dress", "the dress has details", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        wearing("a grey dress"),
        gender="Women",
        title="Vero Moda Women Grey Sequinned Wrap Mini Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: black sheer mesh long-sleeve ruched top over a black bralette, black leather pants. Caption: caption
    # adapter (stopped). Answers: VQA adapter. All correct (both garments really are black).
    case(
        "X1611-034",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. It has "
            "a round neckline. The pants this woman wears is of long length. The pants are with leather fabric."
        ),
        color_of("top", "black"),
        color_of("pants", "black"),
        Q.garment_type("blouse"),
        material("mesh"),
        Q.sleeve_length("long-sleeve"),
        details("top", "sheer"),
        gender="Women",
        title="Tokyo Talkies Women Black Sheer Mesh Ruched Top",
        category="Tops",
        color="Black",
    ),
    # Photo: silver metallic foil mini skirt with a black long-sleeve bodysuit and black boots. Caption: caption
    # adapter, cut. Answers: VQA adapter; the skirt's color looped on black; "shorts" for a skirt.
    case(
        "X1611-035",
        caption(
            "This lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this lady wears is of medium short length. The skirt is with leather "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "skirt",
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.color("silver"),
        is_a("skirt", "yes"),
        Q.garment_type("shorts", "contradiction"),
        details("skirt", "shiny"),
        gender="Women",
        title="FOREVER 21 Women Silver-Toned Metallic Mini Skirt",
        category="Skirts",
        color="Silver",
    ),
    # Photo: burgundy velvet midi dress, long puff sleeves, square neck, no belt. Caption: caption adapter (stopped).
    # Answers: VQA adapter; "red" accepted for burgundy; the belt is invented.
    case(
        "X1611-036",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "square neckline. The dress this lady wears is of three-quarter length."
        ),
        color_of("dress", "red"),
        Q.material("velvet"),
        details("dress", "puff sleeves"),
        Q.sleeve_length("long-sleeve"),
        wearing("a red dress and a black belt", "unsupported"),
        gender="Women",
        title="Lulu & Sky Burgundy Velvet Puff Sleeve Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: emerald green satin strappy V-neck jumpsuit with wide legs and a tie belt. Caption: caption adapter,
    # looping. Answers: VQA adapter; "pants" for a jumpsuit. The feed row has no gender.
    case(
        "X1611-037",
        caption(
            "This lady wears a sleeveless romper with pure color patterns. The romper is with other fabric. The "
            "trousers this lady wears is of long length. The trousers this lady wears is of long length. The "
            "trousers this lady wears is",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "green"),
        is_a("jumpsuit", "yes"),
        Q.garment_type("pants", "contradiction"),
        details("jumpsuit", "tie at the waist"),
        Q.sleeve_length("sleeveless"),
        title="Berrylush Women Emerald Green Satin Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Green",
    ),
    # Photo: flat lay of a black sequinned long-sleeve crop top on white, no model. Caption: caption adapter (stopped)
    # puts it on a lady. Answers: VQA adapter, correct.
    case(
        "X1611-038",
        caption(
            "This lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric. It "
            "has a round neckline.",
            "unsupported",
        ),
        color_of("top", "black"),
        Q.garment_type("tee"),
        Q.sleeve_length("long-sleeve"),
        is_a("sweater", "no"),
        material("sequin"),
        gender="Women",
        title="Tokyo Talkies Black Sequinned Long Sleeve Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: gold metallic pleated halter maxi dress, model beside a white pillar. Caption: caption adapter, cut (its
    # "round neckline" is also wrong for a halter). Answers: VQA adapter; the closed color said the pillar's white.
    case(
        "X1611-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress this lady wears is of long length. There is an accessory on her wrist. This "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "gold"),
        Q.color("white", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "pleats"),
        describe("dress", "gold dress"),
        gender="Women",
        title="Qurvii Gold-Toned Metallic Pleated Halter Neck Maxi Dress",
        category="Dresses",
        color="Gold",
    ),
    # Photo: wine ruched jersey mini dress with spaghetti straps, black strappy heels, a wine clutch. Caption: caption
    # adapter (stopped; cotton passes for this jersey). Answers: VQA adapter; the description says nothing.
    case(
        "X1611-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress this lady wears is of medium short length."
        ),
        color_of("dress", "maroon"),
        Q.color("maroon"),
        details("dress", "ruching"),
        describe("dress", "the dress", "non_answer"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Rare Women Burgundy Ruched Bodycon Mini Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: champagne satin bias midi skirt with a black sleeveless turtleneck bodysuit. Caption: caption adapter,
    # cut. Answers: VQA adapter ("gold" accepted for champagne); the details looped on a slit that is not there.
    case(
        "X1611-041",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a standing neckline. The skirt this lady wears is of three-quarter length. The skirt is with other "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "gold"),
        color_of("top", "black"),
        Q.garment_type("skirt"),
        is_a("skirt", "yes"),
        details(
            "skirt",
            "the skirt has a slit on the side and a slit on the side and a slit on the side and a slit on the side",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mast & Harbour Women Champagne Satin Bias Cut Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: black sleeveless V-neck mini with tiers of sequinned fringe, model mid-turn. Caption: caption adapter
    # (stopped). Answers: VQA adapter; the fringe tiers read as stripes; the wearing answer looped.
    case(
        "X1611-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress this lady wears is of medium short length."
        ),
        color_of("dress", "black"),
        details("dress", "fringes"),
        Q.pattern("striped", "contradiction"),
        Q.material("sequin"),
        wearing(
            "she is wearing a black dress with fringes and she is wearing a black dress with fringes and she is "
            "wearing a",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Women",
        title="Antheaa Women Black Sequinned Fringe Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: red satin long puff-sleeve blouse tucked into a black sequinned mini skirt. Caption: caption adapter, cut.
    # Answers: VQA adapter; the skirt was given the blouse's red.
    case(
        "X1611-043",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. The skirt this woman wears is of medium short length. The skirt is with other "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red"),
        color_of("skirt", "red", "contradiction"),
        Q.garment_type("blouse"),
        Q.sleeve_length("long-sleeve"),
        Q.material("satin"),
        gender="Women",
        title="Vero Moda Women Red Satin Puff Sleeve Top",
        category="Tops",
        color="Red",
    ),
    # Photo: cobalt blue satin one-shoulder midi dress with a side slit. Caption: caption adapter (stopped), "his" and
    # "this man". Answers: VQA adapter; the closed color leaked the prompt format to the limit.
    case(
        "X1611-044",
        caption(
            "His dress has no sleeves, other fabric and pure color patterns. The dress this man wears is of "
            "three-quarter length.",
            "pronoun",
        ),
        color_of("dress", "blue"),
        Q.color(
            "blue Question: What is the color of the dress? Answer: blue Question: What is the color of the dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        details("dress", "slit"),
        Q.sleeve_length("sleeveless"),
        material("satin"),
        gender="Women",
        title="ONLY Women Blue One-Shoulder Satin Midi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black tulle tiered maxi skirt worn with a white satin corset top. Caption: caption adapter, cut. Answers:
    # VQA adapter; "chiffon" against the title's tulle; the details only restate the question; "he" for the model.
    case(
        "X1611-045",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline. The skirt this lady wears is of long length. The skirt is with chiffon "
            "fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        Q.garment_type("skirt"),
        Q.material("chiffon", "contradiction"),
        describe("skirt", "long black skirt with layers"),
        details("skirt", "the details of the skirt are the skirt details", "restated"),
        wearing("he is wearing a white top and a black skirt", "pronoun"),
        gender="Women",
        title="Trendyol Women Black Tulle Tiered Maxi Skirt",
        category="Skirts",
        color="Black",
    ),
]
