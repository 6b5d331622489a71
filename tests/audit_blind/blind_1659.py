"""BLIND_1659 (45 products; Myntra women's party and evening wear): written blind in the sixty-seventh session. Measured
blind at c7905fe (the session's first rules): 65/73 failures found (89.0%) and 27/181 correct texts flagged (14.9%).
The writer's notes, verbatim:

Scenario: a Myntra women's party and evening wear feed: sequinned dresses, satin and tulle gowns, crop tops sold
alone or as co-ord sets with skirts or palazzos, party skirts and tops shot with other clothes, a shrug, two
jumpsuits. Catalog columns as the feed has them: title, category (Myntra article type: Dresses, Tops, Skirts,
Co-Ords, Jumpsuit, Shrug), color (base colour), gender; a few rows lack one of them. Photos are the usual studio
shots on a plain backdrop; one flat lay (021), one back view (020), one with a clutch held as a prop (045), a
bag in 007.
Who wrote what: every caption comes from the epoch-2 caption adapter (DeepFashion-MultiModal template captions: no
hue words, patterns as "pure color", fabrics from its closed list, "The lady wears a ring." tails); every answer
comes from the VQA adapter (one epoch on In-shop pairs: short hue words, garment names, yes/no, and for questions
it was never trained on, short or runaway answers). Neither learned to stop, so long captions run into the 50-token
limit and some answers into the 30-token limit, looping or leaking the "Question: ... Answer:" format.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A caption cut mid-sentence at
the limit is "cut" even when what came before is right; a caption that reached the limit exactly at a sentence end (026)
is hit_limit but unmarked. Loops and leaks that also run to the limit are labeled loop / leak, not cut; short answers
that stopped are not hit_limit. Near hues are counted right: silver as grey, maroon or burgundy as red, rose gold and
mauve and peach as pink, teal as blue or green, gold as yellow, copper as brown, nude as beige; navy called black (005),
champagne called white (011) and nude called white (027) are counted wrong. An answer that gives the product the color
of the other garment in the shot (a top with a skirt, a skirt with a shirt, a clutch), or gives both garments the other
one's color ("a white top and a white skirt"), is other_garment_color. The two-tone dress (041) answered "gold" by the
closed color question is counted right though the seller says Black. Fabric words are judged against the title and the
photo: the caption's "chiffon" for satin and "furry" for velvet, the VQA adapter's "cotton" for sequins or lace, "denim"
(the jeans' fabric) for a corset top and "silk" for satin or metallic are unsupported; "furry" for a feather trim and
"cotton" where the title names no fabric are let pass; "other fabric" is never wrong. Ring, bracelet and belt tails are
unsupported when the photo shows none (or cannot, as in the back view). A wrong pattern or sleeve length in the caption
is contradiction where another text or the title states the right one. A jumpsuit captioned as a tank top and pants is
contradiction, and so is "pants" as its closed type. "The lady wears ..." in a flat lay is unsupported. A shrug answered
"jacket" for the closed garment type and a wrap top answered "shirt" are counted right (the closed set has no shrug);
"no" to "Is this a gown?" / "Is this a shrug?" / "Is this a dress?" when it is one is contradiction. "he" for the model
and "His"/"This man" in captions are pronoun. "the gown" for describe, "skirt" and "the sleeves" for details, and "yes"
to "What is the person wearing?" are non_answer; "the dress is a dress" is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

W = "Women"

BLIND_1659 = [
    # Photo: model on a white backdrop in a black sequinned sleeveless bodycon mini dress, round neck, black heels,
    # small studs, a thin silver bracelet. Caption: epoch-2 caption adapter; answers: VQA adapter.
    case(
        "X1659-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium short length. There is an accessory on her wrist. The lady "
            "wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sequin dress", who="she"),
        color_of("dress", "black"),
        details("dress", "sequins"),
        is_a("dress", "yes"),
        material("sequin"),
        gender=W,
        title="Sassafras Black Embellished Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: silver sequinned one-shoulder maxi gown with a thigh slit, grey backdrop, hands empty, no ring.
    # Caption: caption adapter (fabric and ring invented); answers: VQA adapter.
    case(
        "X1659-002",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. "
            "The dress is of long length. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a silver dress"),
        color_of("gown", "grey"),
        is_a("gown", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        describe(
            "gown",
            "the gown is a long dress with a slit on the side and a slit on the side and a slit on the side and a "
            "slit on the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Emmyrobe Silver-Toned Sequinned One-Shoulder Maxi Gown",
        category="Dresses",
        color="Silver",
    ),
    # Photo: gold sequinned spaghetti-strap crop top (the product) worn with a black high-waist satin midi skirt.
    # Caption: caption adapter; answers: VQA adapter (the top's color question answered with the skirt's color).
    case(
        "X1659-003",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with other fabric and pure color patterns."
        ),
        color_of("top", "black", "other_garment_color"),
        wearing("a gold top and a black skirt"),
        Q.garment_type("top"),
        Q.pattern("solid"),
        details("top", "sequins and spaghetti straps"),
        gender=W,
        title="Tokyo Talkies Gold-Toned Sequinned Strappy Crop Top",
        category="Tops",
        color="Gold",
    ),
    # Photo: pink sequinned square-neck crop top and matching pink mini skirt (a co-ord set), a cocktail ring.
    # Caption: caption adapter, cut at the limit; answers: VQA adapter ("cotton" for sequins).
    case(
        "X1659-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "other fabric. It has a square neckline. The skirt is with other fabric and pure color patterns. The "
            "lady wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a pink top and a pink skirt"),
        color_of("top", "pink"),
        color_of("skirt", "pink"),
        is_a("skirt", "yes"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Berrylush Women Pink Embellished Crop Top With Skirt Co-Ord Set",
        category="Co-Ords",
        color="Pink",
    ),
    # Photo: navy blue sequinned sheath dress, cap sleeves, V-neck, knee length; under the studio light the navy
    # reads almost black. Caption: caption adapter; answers: VQA adapter (calls it black; yes/no loops).
    case(
        "X1659-005",
        caption(
            "The person wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a v-shape neckline. The dress is of medium length."
        ),
        color_of("dress", "black", "contradiction"),
        wearing("a dress", who="she"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Lulu & Sky Navy Blue Sequinned Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: maroon velvet wrap midi dress, long sleeves, V-neck, self-tie at the waist.
    # Caption: caption adapter ("furry" for velvet); answers: VQA adapter.
    case(
        "X1659-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "v-shape neckline. There is a belt in her clothing.",
            "unsupported",
        ),
        color_of("dress", "red"),
        material("velvet"),
        details("dress", "the dress has a v-neck and a tie at the waist"),
        Q.sleeve_length("long sleeve"),
        gender=W,
        title="DressBerry Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: red satin cowl-neck slip midi dress, spaghetti straps; she holds a small gold bag, gold bracelet, no
    # ring visible. Caption: caption adapter (chiffon, ring); answers: VQA adapter ("silk" for satin).
    case(
        "X1659-007",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is suspenders. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a red dress and a gold purse"),
        color_of("dress", "red"),
        material("silk", "unsupported"),
        is_a("dress", "yes"),
        gender=W,
        title="URBANIC Red Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: emerald green off-shoulder satin gown, floor length, slit on the left leg.
    # Caption: caption adapter, looping until the limit; answers: VQA adapter.
    case(
        "X1659-008",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The dress is "
            "of long length. The dress is of long length. The dress is of long length. The dress",
            "loop",
            hit_limit=True,
        ),
        color_of("gown", "green"),
        wearing("a green dress", who="she"),
        Q.garment_type("dress"),
        describe("gown", "it is a long green dress with a slit"),
        gender=W,
        title="Athena Green Off-Shoulder Satin Maxi Gown",
        category="Dresses",
        color="Green",
    ),
    # Photo: black tulle flared midi skirt (the product) with a white sleeveless bodysuit tucked in.
    # Caption: caption adapter; answers: VQA adapter (the bodysuit's white given to the skirt too).
    case(
        "X1659-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        Q.color("white", "other_garment_color"),
        color_of("skirt", "black"),
        is_a("skirt", "yes"),
        wearing("a white top and a white skirt", "other_garment_color"),
        Q.material("net"),
        gender=W,
        title="SASSAFRAS Women Black Solid Flared Tulle Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: rose gold sequinned mini skirt (the product) with a black long-sleeve turtleneck crop sweater.
    # Caption: caption adapter; answers: VQA adapter. All right.
    case(
        "X1659-010",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns and a short skirt. The sweater is with "
            "knitting fabric and its neckline is stand. The skirt is with other fabric and pure color patterns."
        ),
        color_of("skirt", "pink"),
        wearing("a black sweater and a pink skirt", who="she"),
        details("skirt", "the skirt is a mini skirt with sequins"),
        Q.pattern("solid"),
        gender=W,
        title="Tokyo Talkies Rose Gold-Toned Sequinned Mini Skirt",
        category="Skirts",
        color="Rose Gold",
    ),
    # Photo: champagne (light beige, sheen) satin cowl-neck sleeveless top with black straight trousers.
    # Caption: caption adapter ("chiffon" for satin); answers: VQA adapter ("white" for champagne).
    case(
        "X1659-011",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric and its neckline is round. The pants are with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("top", "white", "contradiction"),
        wearing("a top and black pants"),
        Q.garment_type("top"),
        material("satin"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Forever New Champagne Satin Cowl Neck Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: lavender tiered ruffled maxi dress, flutter sleeves, V-neck.
    # Caption: caption adapter; answers: VQA adapter (describe loops).
    case(
        "X1659-012",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The dress is of long length."
        ),
        color_of("dress", "purple"),
        details("dress", "ruffles"),
        describe(
            "dress",
            "the dress is a long dress with ruffles on the bottom and a ruffle on the bottom and a ruffle on the "
            "bottom and a ruff",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a purple dress", who="she"),
        gender=W,
        title="StyleStone Lavender Tiered Ruffled Georgette Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: black sequinned double-breasted blazer dress, long sleeves, mini; the model has a short bob.
    # Caption: caption adapter ("His"); answers: VQA adapter (closed type says jacket).
    case(
        "X1659-013",
        caption(
            "His dress has long sleeves, other fabric and pure color patterns. It has a lapel neckline. The dress is "
            "of short length.",
            "pronoun",
        ),
        color_of("dress", "black"),
        is_a("blazer", "yes"),
        Q.garment_type("jacket", "contradiction"),
        wearing("a black dress"),
        gender=W,
        title="Kazo Black Sequinned Double-Breasted Blazer Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: teal crop top with floral embellishment, matching flared lehenga-style skirt (co-ord set), bangles.
    # Caption: caption adapter, cut; answers: VQA adapter (top details loop).
    case(
        "X1659-014",
        caption(
            "This lady is wearing a sleeveless tank top with graphic patterns and a long skirt. The tank top is with "
            "other fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her "
            "wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "blue"),
        color_of("skirt", "green"),
        wearing("a blue top and a blue skirt"),
        Q.pattern("floral"),
        details(
            "top",
            "the top has a sweetheart neckline and a sweetheart neckline and a sweetheart neckline and a sweetheart "
            "neckline",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Label Ritu Kumar Teal Embellished Crop Top With Flared Skirt",
        category="Co-Ords",
        color="Teal",
    ),
    # Photo: multicoloured horizontal-stripe sequinned bodycon dress, short sleeves, round neck.
    # Caption: caption adapter; answers: VQA adapter (details restates the question).
    case(
        "X1659-015",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium short length."
        ),
        color_of("dress", "multicolored"),
        Q.pattern("striped"),
        wearing("a striped dress", who="she"),
        is_a("dress", "yes"),
        details("dress", "the details of the dress are the details of the dress", "restated"),
        gender=W,
        title="Rare Multicoloured Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: white strapless mini dress with a feather trim at the hem, white backdrop. Feed row lacks the color.
    # Caption: caption adapter ("furry" for the feathers: fair); answers: VQA adapter.
    case(
        "X1659-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric. It has a "
            "suspenders neckline. The dress is of short length."
        ),
        color_of("dress", "white"),
        details("dress", "feathers"),
        material("feathers"),
        describe(
            "dress",
            "the dress is white with feathers on the bottom of the dress and the top of the dress is white with "
            "feathers on the bottom of the",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Zink London White Feather Trim Strapless Mini Dress",
        category="Dresses",
    ),
    # Photo: burgundy ruched long-sleeve bodycon midi dress with a side cut-out, rings on both hands.
    # Caption: caption adapter, cut; answers: VQA adapter (color answer leaks the prompt format).
    case(
        "X1659-017",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "maroon Question: What is the color of the dress? Answer: maroon Question: What is the color of the "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        details("dress", "cut out"),
        Q.sleeve_length("long"),
        wearing("the person is wearing a red dress"),
        gender=W,
        title="Besiva Burgundy Ruched Bodycon Midi Dress With Cut-Out Detail",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: black halter-neck jumpsuit with a sequinned bodice and wide legs.
    # Caption: caption adapter (reads it as a tank top and pants); answers: VQA adapter.
    case(
        "X1659-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric and its neckline is suspenders. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black jumpsuit"),
        is_a("jumpsuit", "yes"),
        Q.garment_type("jumpsuit"),
        color_of("jumpsuit", "black"),
        details("jumpsuit", "sequins on the top"),
        gender=W,
        title="Only Black Sequinned Bodice Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: gold metallic pleated midi skirt (the product) with a black fitted long-sleeve top.
    # Caption: caption adapter (pleats read as stripes); answers: VQA adapter (garment color from the top).
    case(
        "X1659-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with cotton "
            "fabric and its neckline is round. The skirt is with other fabric and striped patterns.",
            "contradiction",
        ),
        color_of("skirt", "gold"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        wearing("a black top and a gold skirt", who="she"),
        gender=W,
        title="Mast & Harbour Gold-Toned Metallic Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: back view: silver sequinned midi dress with an open back and criss-cross straps; hands out of frame.
    # Caption: caption adapter (ring tail it cannot see); answers: VQA adapter.
    case(
        "X1659-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress "
            "is of medium length. The lady wears a ring.",
            "unsupported",
        ),
        color_of("dress", "silver"),
        details("dress", "the back is open"),
        wearing("a silver dress", who="she"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Emmyrobe Silver-Toned Sequinned Backless Midi Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: flat lay on white: black sequinned strappy crop top, no person.
    # Caption: caption adapter (a lady who is not there); answers: VQA adapter ("yes" to the open question).
    case(
        "X1659-021",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric and "
            "its neckline is suspenders.",
            "unsupported",
        ),
        wearing("yes", "non_answer"),
        color_of("top", "black"),
        is_a("top", "yes"),
        Q.garment_type("top"),
        details("top", "sequins"),
        gender=W,
        title="Tokyo Talkies Black Sequinned Strappy Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: magenta one-shoulder ruched bodycon mini dress, sleeveless, a bangle on the right wrist.
    # Caption: caption adapter, looping its accessory tails; answers: VQA adapter (sleeves "short").
    case(
        "X1659-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of short length. The lady wears a ring. There is an accessory on her wrist. The lady wears a ring. "
            "There is",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        wearing("a pink dress"),
        details("dress", "one shoulder"),
        Q.sleeve_length("short", "contradiction"),
        is_a("dress", "yes"),
        gender=W,
        title="Berrylush Magenta One-Shoulder Ruched Bodycon Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: peach net gown, floral embroidered bodice, sheer full sleeves, floor length.
    # Caption: caption adapter; answers: VQA adapter. All right.
    case(
        "X1659-023",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        color_of("gown", "pink"),
        is_a("gown", "yes"),
        material("net"),
        describe(
            "gown",
            "the gown is made of a sheer fabric with a floral embroidery on the top and a sheer skirt",
        ),
        Q.pattern("floral"),
        gender=W,
        title="Panit Peach Embroidered Net Maxi Gown",
        category="Dresses",
        color="Peach",
    ),
    # Photo: black corset top with sequinned panels (the product) worn with light blue straight jeans.
    # Caption: caption adapter; answers: VQA adapter (garment color and material from the jeans).
    case(
        "X1659-024",
        caption(
            "This woman wears a sleeveless tank top with pure color patterns and a long denim pants. The tank top is "
            "with other fabric. Its neckline is suspenders. The pants are with denim fabric and solid color patterns."
        ),
        color_of("top", "black"),
        Q.color("blue", "other_garment_color"),
        wearing("a black top and jeans"),
        is_a("corset", "yes"),
        Q.material("denim", "unsupported"),
        gender=W,
        title="URBANIC Black Sequinned Corset Top",
        category="Tops",
        color="Black",
    ),
    # Photo: royal blue shimmer halter crop top with matching wide palazzo pants (co-ord set).
    # Caption: caption adapter, cut; answers: VQA adapter. Answers right.
    case(
        "X1659-025",
        caption(
            "The person wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. Its neckline is suspenders. The pants are with other fabric and pure color patterns. The "
            "person wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue top and blue pants"),
        color_of("pants", "blue"),
        color_of("top", "blue"),
        details("pants", "the pants are wide"),
        gender=W,
        title="StyleStone Blue Shimmer Halter Neck Crop Top With Palazzos",
        category="Co-Ords",
        color="Blue",
    ),
    # Photo: olive satin spaghetti-strap maxi dress with a thigh slit, gold bracelet and two rings.
    # Caption: caption adapter, complete but it ran to the limit; answers: VQA adapter (details leaks the format).
    case(
        "X1659-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. The dress is of long length. The lady wears a ring. There is an accessory on "
            "her wrist.",
            hit_limit=True,
        ),
        color_of("dress", "green"),
        wearing("a green dress with a slit", who="she"),
        material("satin"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "slit Question: What are the dress details? Answer: slit Question: What are the dress details? Answer: "
            "slit Question",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Antheaa Olive Green Satin Slit Maxi Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: nude mesh mini dress with silver crystal embellishment, sheer long sleeves.
    # Caption: caption adapter; answers: VQA adapter (closed color "white"; describe loops).
    case(
        "X1659-027",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length."
        ),
        color_of("dress", "beige"),
        Q.color("white", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "beads"),
        describe(
            "dress",
            "the dress is a short dress with a sheer top and a sheer skirt and a sheer top and a sheer skirt and a "
            "sheer top",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Forever New Nude Embellished Mesh Mini Dress",
        category="Dresses",
        color="Nude",
    ),
    # Photo: purple sequinned shift dress with rows of fringe, sleeveless, V-neck.
    # Caption: caption adapter (fringe rows read as stripes); answers: VQA adapter.
    case(
        "X1659-028",
        caption(
            "The female wears a sleeveless dress with striped patterns. The dress is with other fabric. It has a "
            "v-shape neckline.",
            "contradiction",
        ),
        color_of("dress", "purple"),
        details("dress", "fringe"),
        Q.pattern("solid"),
        wearing("a purple dress"),
        gender=W,
        title="Rare Purple Sequinned Fringe Detail Shift Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: silver sequinned open-front long-sleeve shrug (the product) over a black slip dress; a ring visible.
    # Caption: caption adapter, cut; answers: VQA adapter (shrug color from the dress, "no" to shrug).
    case(
        "X1659-029",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The cardigan is with other fabric. The "
            "lady wears a sleeveless dress. The dress is with other fabric and pure color patterns. The lady wears "
            "a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        color_of("shrug", "black", "other_garment_color"),
        wearing("a silver jacket and a black dress", who="she"),
        is_a("shrug", "no", "contradiction"),
        Q.garment_type("jacket"),
        Q.sleeve_length("long"),
        gender=W,
        title="Kazo Silver-Toned Sequinned Open Front Shrug",
        category="Shrug",
        color="Silver",
    ),
    # Photo: black tulle ball gown, strapless sweetheart neckline, floor length; a ring and a cuff bracelet. Feed row
    # lacks the gender.
    # Caption: caption adapter, cut; answers: VQA adapter (describe returns the garment's name).
    case(
        "X1659-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("gown", "black"),
        describe("gown", "the gown", "non_answer"),
        is_a("gown", "yes"),
        wearing("a black dress"),
        title="Emmyrobe Black Sweetheart Neck Tulle Ball Gown",
        category="Dresses",
        color="Black",
    ),
    # Photo: red off-shoulder bodycon mini dress with short puff sleeves, rings on her fingers.
    # Caption: caption adapter; answers: VQA adapter ("he" for the model).
    case(
        "X1659-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of short length. The lady wears a ring."
        ),
        wearing("he is wearing a red dress", "pronoun"),
        color_of("dress", "red"),
        Q.sleeve_length("short"),
        details("dress", "off shoulder"),
        gender=W,
        title="SASSAFRAS Red Off-Shoulder Puff Sleeve Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: gold sequinned long-sleeve wrap top (the product) with white wide-leg trousers, rings on one hand.
    # Caption: caption adapter, cut; answers: VQA adapter (closed color from the trousers; describe cut).
    case(
        "X1659-032",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with other "
            "fabric. It has a v-shape neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a ring on",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "yellow"),
        wearing("a gold top and white pants", who="she"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shirt"),
        describe(
            "top",
            "the top is a wrap top with a v neck and long sleeves and it is made of a shiny sequin fabric that is "
            "tied at the side of the",
            "cut",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        gender=W,
        title="Athena Gold-Toned Sequinned Wrap Top",
        category="Tops",
        color="Gold",
    ),
    # Photo: navy blue velvet A-line maxi skirt (the product) with a white satin shirt tucked in.
    # Caption: caption adapter; answers: VQA adapter (white for the skirt too; details is only the garment's name).
    case(
        "X1659-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long skirt. The shirt is with chiffon "
            "fabric and its neckline is lapel. The skirt is with other fabric and pure color patterns."
        ),
        color_of("skirt", "blue"),
        Q.material("velvet"),
        Q.color("blue"),
        wearing("a white shirt and a white skirt", "other_garment_color"),
        details("skirt", "skirt", "non_answer"),
        gender=W,
        title="DressBerry Navy Blue Velvet A-Line Maxi Skirt",
        category="Skirts",
        color="Navy Blue",
    ),
    # Photo: pink sequinned A-line mini skirt (the product) with an oversized white shirt, front tucked. Feed row
    # lacks the color. Caption: caption adapter, cut; answers: VQA adapter (details loops).
    case(
        "X1659-034",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with cotton "
            "fabric and its neckline is lapel. The skirt is with other fabric and pure color patterns. There is an "
            "accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "pink"),
        color_of("shirt", "white"),
        is_a("skirt", "yes"),
        wearing("a white shirt and a pink skirt"),
        details(
            "skirt",
            "sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins sequins "
            "sequins sequins",
            "loop",
            hit_limit=True,
        ),
        gender=W,
        title="Tokyo Talkies Pink Sequinned A-Line Mini Skirt",
        category="Skirts",
    ),
    # Photo: black maxi dress with lace panels and lace full sleeves.
    # Caption: caption adapter (lace as lattice: fair); answers: VQA adapter ("cotton" for lace).
    case(
        "X1659-035",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of long length."
        ),
        color_of("dress", "black"),
        Q.pattern("lace"),
        Q.material("cotton", "unsupported"),
        wearing("she is wearing a black dress with lace sleeves", who="she"),
        gender=W,
        title="Label Ritu Kumar Black Lace Panelled Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: emerald green sequinned crop top and matching midi skirt (co-ord set), no jewellery on the hands.
    # Caption: caption adapter, looping the ring tail; answers: VQA adapter. Answers right.
    case(
        "X1659-036",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long skirt. The tank top is "
            "with other fabric. The skirt is with other fabric and pure color patterns. The lady wears a ring. The "
            "lady wears a ring. The lady wears a",
            "loop",
            hit_limit=True,
        ),
        wearing("a green top and a green skirt"),
        color_of("top", "green"),
        color_of("skirt", "green"),
        is_a("skirt", "yes"),
        Q.sleeve_length("sleeveless"),
        gender=W,
        title="Lulu & Sky Green Sequinned Crop Top & Skirt Co-Ord Set",
        category="Co-Ords",
        color="Green",
    ),
    # Photo: grey shimmer long-sleeve bodycon mini dress, round neck.
    # Caption: caption adapter; answers: VQA adapter ("no" to the dress; describe restates).
    case(
        "X1659-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has "
            "a round neckline. The dress is of short length."
        ),
        color_of("dress", "silver"),
        wearing("a grey dress"),
        is_a("dress", "no", "contradiction"),
        Q.sleeve_length("long"),
        describe("dress", "the dress is a dress", "restated"),
        gender=W,
        title="Mast & Harbour Grey Shimmer Bodycon Mini Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: white satin strapless corset gown with a thigh-high slit; no belt. Feed row lacks the category.
    # Caption: caption adapter (belt invented); answers: VQA adapter ("wedding dress" invented).
    case(
        "X1659-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress "
            "is of long length. There is a belt in her clothing.",
            "unsupported",
        ),
        color_of("gown", "white"),
        is_a("gown", "yes"),
        material("satin"),
        details("gown", "the gown has a slit on the side"),
        wearing("she is wearing a white wedding dress", "unsupported", who="she"),
        gender=W,
        title="Emmyrobe White Satin Corset Gown With Thigh-High Slit",
        color="White",
    ),
    # Photo: copper metallic cowl-neck slip midi dress, a thin bracelet, a ring.
    # Caption: caption adapter, cut; answers: VQA adapter ("silk" invented).
    case(
        "X1659-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is suspenders. The dress is of medium length. There is an accessory on her wrist. The lady "
            "wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "brown"),
        wearing("a brown dress"),
        material("silk", "unsupported"),
        Q.pattern("solid"),
        gender=W,
        title="Only Copper-Toned Metallic Cowl Neck Slip Dress",
        category="Dresses",
        color="Copper",
    ),
    # Photo: mustard yellow tiered ruffled mini dress, short puff sleeves, square neck.
    # Caption: caption adapter; answers: VQA adapter (wearing leaks the format).
    case(
        "X1659-040",
        caption(
            "This lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. The dress is of short length."
        ),
        color_of("dress", "yellow"),
        details("dress", "ruffles and puff sleeves"),
        Q.sleeve_length("short"),
        wearing(
            "a yellow dress Question: What is the person wearing? Answer: a yellow dress Question: What is the "
            "person wearing?",
            "leak",
            hit_limit=True,
        ),
        gender=W,
        title="Berrylush Mustard Yellow Tiered Ruffled Mini Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black and gold horizontal-stripe sequinned bodycon dress, long sleeves, V-neck.
    # Caption: caption adapter; answers: VQA adapter (empty material answer).
    case(
        "X1659-041",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of short length."
        ),
        color_of("dress", "black and gold"),
        Q.color("gold"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        Q.material("", "non_answer"),
        gender=W,
        title="Rare Black & Gold-Toned Striped Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: maroon embellished blouson top with flared long sleeves (the product) and black trousers.
    # Caption: caption adapter, cut; answers: VQA adapter (closed color from the trousers; vague details).
    case(
        "X1659-042",
        caption(
            "The female wears a long-sleeve shirt with graphic patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a round neckline. The pants are with cotton fabric and solid color patterns. The female "
            "wears",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red"),
        wearing("a red shirt and black pants", who="she"),
        Q.color("black", "other_garment_color"),
        details("top", "the sleeves", "non_answer"),
        Q.sleeve_length("long"),
        gender=W,
        title="Ishin Maroon Embellished Flared Sleeve Georgette Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: black strapless wide-leg jumpsuit with a self belt.
    # Caption: caption adapter (a tank top and pants again); answers: VQA adapter (closed type "pants").
    case(
        "X1659-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric. The pants are with other fabric and pure color patterns. There is a belt in her clothing.",
            "contradiction",
        ),
        wearing("a black jumpsuit"),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "black"),
        details("jumpsuit", "belt"),
        Q.garment_type("pants", "contradiction"),
        gender=W,
        title="Vero Moda Black Strapless Wide-Leg Jumpsuit With Belt",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: sky blue cold-shoulder ruffled maxi gown, short ruffle sleeves, round neck.
    # Caption: caption adapter ("This man"); answers: VQA adapter (details cut at the limit).
    case(
        "X1659-044",
        caption(
            "This man is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is of long length.",
            "pronoun",
        ),
        color_of("gown", "blue"),
        wearing("a blue dress", who="she"),
        is_a("gown", "yes"),
        describe("gown", "a long blue dress with ruffles"),
        details(
            "gown",
            "the gown has ruffles on the sleeves and the bottom of the gown and the shoulders are cut out so that "
            "you can see the",
            "cut",
            hit_limit=True,
        ),
        gender=W,
        title="StyleStone Sky Blue Cold-Shoulder Ruffled Maxi Gown",
        category="Dresses",
        color="Blue",
    ),
    # Photo: mauve sequinned fit-and-flare mini dress, V-neck; she sits on a stool holding a silver clutch, a ring
    # and a bracelet on the same hand.
    # Caption: caption adapter, cut; answers: VQA adapter (closed color from the clutch).
    case(
        "X1659-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of short length. The lady wears a ring. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pink"),
        wearing("a pink dress and a silver purse"),
        is_a("dress", "yes"),
        Q.color("silver", "other_garment_color"),
        details("dress", "sequins and a flared skirt"),
        gender=W,
        title="Kazo Mauve Sequinned Fit & Flare Dress",
        category="Dresses",
        color="Mauve",
    ),
]
