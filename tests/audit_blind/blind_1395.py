"""BLIND_1395 (45 products; Myntra women's party and evening wear): written blind in the sixty-fourth session. Measured
blind at 7897fa2 (the session's third rules): 88/94 failures found (93.6%) and 23/211 correct texts flagged (10.9%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's party and evening wear: sequinned bodycon and mini dresses, satin slip and wrap
dresses, tulle and net gowns, blazer dresses, crop tops sold alone and worn with skirts, jeans or trousers, skirts
sold alone and worn with tops, co-ord sets, jumpsuits and a playsuit. Catalog columns as the feed has them: title,
category (Myntra's article type: Dresses, Tops, Skirts, Co-Ords, Jumpsuit, Playsuit), color (its base colour:
Gold, Silver, Rose Gold, Navy Blue, Sea Green, Multi...), gender (Women), now and then fabric; a column is missing
here and there. The photos are the usual studio shots on a plain grey, beige or white backdrop: the model wearing
the product with heels and other clothes, two flat lays with no person, one back view, one model holding a clutch.
Who wrote what: every caption is from the epoch-2 caption adapter (DeepFashion-MultiModal template: "The lady wears
a sleeveless dress with pure color patterns. The dress is with other fabric...", no hue names, fabric picked from
cotton/chiffon/denim/leather/knitted/furry/other); every answer is from the VQA adapter (In-shop questions, greedy,
30 new tokens; no end-of-answer token was trained, so some answers run on, loop, or go on into a new "Question:").
Labeling conventions and judgement calls: one label per text, the most visible failure when a text has two (a
caption that says "cotton" and also stops mid-sentence is marked cut). A caption's fabric is marked unsupported when
the photo plainly shows another (cotton or chiffon for sequins, satin or velvet); "other fabric" and "furry" for
feathers are taken as right. The template's "pure color patterns" is right for a one-colour sequinned or satin
garment. A caption that splits a one-piece (jumpsuit, playsuit, gown) into a top and a skirt or pants, or calls a
dress a jacket, is a contradiction. Colour families a buyer would accept are correct: maroon, wine or burgundy as
red, rose gold or coral as pink, lavender as purple, champagne as gold, cream as white, mustard as yellow, silver
sequins as grey and grey sequins as silver; gold called yellow and navy called black are wrong. On a skirt or a top
worn with other clothes, the closed colour, type or sleeve question answered from the other garment (or from the
clutch) is a contradiction; an open colour question answered so is other_garment_color. A flat lay's "The lady wears
... on her finger/wrist" is unsupported, but "a white dress" for what the person wears on a flat lay is taken as
right. "Is this a dress?" answered yes for a jumpsuit, playsuit or co-ord is a contradiction. A material answer that
gives a colour, or nothing, is a non_answer; one that names a fabric the photo or the fabric column rules out
(cotton for sequins or satin, denim taken from the jeans) is unsupported. A text marked hit_limit ran to the 50 or
30 new tokens; a loop that ran there is a loop, not cut.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_1395 = [
    # Photo: black sequinned sleeveless bodycon mini dress, square neck, nude heels, thin bracelet, grey backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is square. The dress is of short length. There is an accessory on her wrist."
        ),
        wearing("a black sequin dress"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "the dress has sequins all over it and a square neckline and the dress has sequins all over it and a "
            "square neckline and the dress",
            "loop",
            hit_limit=True,
        ),
        material("polyester"),
        gender="Women",
        title="Black Embellished Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        fabric="Polyester",
    ),
    # Photo: gold sequinned one-shoulder maxi gown with a thigh slit, gold strappy heels, beige backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-002",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. The "
            "dress is of long length. The dress is of long length. The dress is of long length. The dress is of "
            "long length. The dress is",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "yellow", "contradiction", kind="open"),
        Q.color("gold"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        wearing(
            "a gold dress Question: What is the color of the dress? Answer: gold Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        details("dress", "the dress has a slit on the side and a one shoulder neckline"),
        gender="Women",
        title="Gold-Toned Sequinned One-Shoulder Maxi Dress with Slit",
        category="Dresses",
        color="Gold",
    ),
    # Photo: navy blue sequinned co-ord: short-sleeve crop top and matching ankle-length flared skirt, silver heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns.",
            "unsupported",
        ),
        wearing(
            "a blue top and a blue skirt and a blue top and a blue skirt and a blue top and a blue skirt and a blue "
            "top and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        color_of("top", "blue", kind="open"),
        color_of("skirt", "blue", kind="open"),
        Q.pattern("pure color"),
        is_a("dress", "no"),
        gender="Women",
        title="Navy Blue Sequinned Crop Top with Flared Skirt Co-Ord Set",
        category="Co-Ords",
        color="Navy Blue",
    ),
    # Photo: silver sequinned halter crop top worn with black high-waist trousers and black heels, grey backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-004",
        caption(
            "The lady is wearing a sleeveless tank top with pure color patterns and a long pants. The tank top is "
            "with other fabric. It has a suspenders neckline. The pants are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a silver top and black pants"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("silver"),
        Q.garment_type("tank"),
        Q.sleeve_length("sleeveless"),
        is_a(
            "top",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Silver-Toned Sequinned Halter Neck Crop Top",
        category="Tops",
        color="Silver",
    ),
    # Photo: maroon velvet long-sleeve wrap midi dress, V-neck, self tie at the waist, black heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is V-shape. There is a belt on her waist. The dress is of medium length."
        ),
        wearing(
            "a maroon dress with long sleeves and a v neck and a tie at the waist and black heels and a black "
            "clutch and a gold necklace and",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "red", kind="open"),
        Q.sleeve_length("long-sleeve"),
        material("velvet"),
        details(
            "dress",
            "the dress has a v-neck, long sleeves and a tie at the waist. the skirt of the dress is wrapped and has "
            "a slit on the side and the sleeves are",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Maroon Velvet Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        fabric="Velvet",
    ),
    # Photo: emerald green satin slip midi dress, cowl neck, thin straps, gold hoop earrings, no bracelet or ring.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-006",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a suspenders neckline. The lady wears a ring on her finger. There is an accessory on her wrist. "
            "The lady has a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a green dress"),
        Q.color(
            "green Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        material("satin"),
        Q.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Women",
        title="Green Satin Cowl Neck Slip Midi Dress",
        category="Dresses",
        color="Green",
        fabric="Satin",
    ),
    # Photo: pink tulle tiered ball gown with a sequinned strapless sweetheart bodice, beige backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with chiffon fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a pink dress"),
        Q.garment_type("dress"),
        Q.color("pink"),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("dress", "tulle"),
        gender="Women",
        title="Pink Embellished Tulle Tiered Maxi Gown Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black sequin mini skirt (the product) worn with a white ribbed cotton crop top, black heels, a watch.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-008",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her "
            "wrist."
        ),
        wearing("a white top and a black skirt"),
        Q.color("white", "contradiction"),
        Q.garment_type("skirt"),
        color_of("skirt", "black", kind="open"),
        Q.pattern("pure color"),
        is_a("skirt", "yes"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Black Sequinned Mini Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: rose gold sequinned double-breasted long-sleeve blazer dress, mini length, bare legs, nude heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-009",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and its "
            "neckline is lapel. The lady wears a short pants. The pants are with denim fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing("a pink blazer dress"),
        Q.color("pink"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        material("sequin"),
        details("dress", "the dress has a lapel collar and buttons on the front"),
        gender="Women",
        title="Rose Gold Sequinned Double-Breasted Blazer Dress",
        category="Dresses",
        color="Rose Gold",
    ),
    # Photo: red ruched one-shoulder bodycon midi dress, no jewellery, red heels, grey backdrop. No gender column.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-010",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of medium length. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("red dress"),
        Q.color("red"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "ruched"),
        describe(
            "dress",
            "the dress is red and the dress is red and the dress is red and the dress is red and the dress is red "
            "and the dress is",
            "loop",
            hit_limit=True,
        ),
        title="Red Ruched One-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black lace A-line knee-length dress with sheer long sleeves and a round neck, black pumps.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-011",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a ring on her finger. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black lace dress"),
        Q.pattern("solid"),
        Q.sleeve_length("long-sleeve"),
        material("lace"),
        color_of("dress", "black", kind="open"),
        describe(
            "dress",
            "a black dress Question: What is the color of the dress? Answer: black Question: What is the",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Black Lace A-Line Dress with Sheer Sleeves",
        category="Dresses",
        color="Black",
    ),
    # Photo: teal sequinned sleeveless V-neck wide-leg jumpsuit, silver heels, grey backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-012",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with other fabric and its "
            "neckline is V-shape. The romper is of long length."
        ),
        wearing("a teal jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("teal"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "the jumpsuit has a v-neck and wide legs"),
        material("black", "non_answer"),
        gender="Women",
        title="Teal Sequinned V-Neck Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Teal",
    ),
    # Photo: lavender satin corset crop top with thin straps, worn with white wide-leg trousers, white heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-013",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is suspenders. The pants are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        wearing(
            "a purple top and white pants Question: What is the color of the top? Answer: purple Question: What "
            "is the color",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.color("purple"),
        Q.garment_type("tank"),
        Q.sleeve_length("sleeveless"),
        material("satin"),
        is_a("dress", "no"),
        gender="Women",
        title="Lavender Satin Corset Crop Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: champagne satin midi skirt (the product) worn with a black long-sleeve bodysuit, black heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-014",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a medium skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a black top and a gold skirt"),
        Q.color("black", "contradiction"),
        color_of("skirt", "gold", kind="open"),
        Q.garment_type("skirt"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Women",
        title="Champagne Satin Flared Midi Skirt",
        category="Skirts",
        color="Beige",
    ),
    # Photo: burgundy georgette fit-and-flare mini dress, sweetheart neck, short puff sleeves, no jewellery.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of short length. The lady wears a ring on her finger. The lady wears "
            "a ring on her finger. The lady wears a ring on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a red dress"),
        color_of("dress", "wine", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("solid"),
        details(
            "dress",
            "the dress has puff sleeves and a sweetheart neckline and the skirt is flared and the dress has a zip "
            "at the back and a",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        gender="Women",
        title="Burgundy Georgette Fit and Flare Dress with Puff Sleeves",
        category="Dresses",
        color="Burgundy",
        fabric="Georgette",
    ),
    # Photo: black and silver horizontally striped sequin mini dress, long sleeves, black heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-016",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric. The dress is "
            "of short length."
        ),
        wearing("a black and silver striped dress"),
        Q.color("black"),
        color_of("dress", "silver", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        material("cotton", "unsupported"),
        gender="Women",
        title="Black & Silver-Toned Striped Sequinned Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: purple ribbed-knit sleeveless bodycon mini dress with a cut-out at the waist, round neck.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is round. The dress is of short length."
        ),
        wearing("purple dress"),
        Q.garment_type("dress"),
        Q.color("purple"),
        Q.pattern("the pattern of the garment is", "restated"),
        details("dress", "the dress has a cut out at the waist"),
        is_a("dress", "yes"),
        gender="Women",
        title="Purple Cut-Out Detail Bodycon Mini Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: flat lay on white, no person: white sequinned sleeveless mini dress with a fringed hem.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress "
            "is of short length. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white dress"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details(
            "dress",
            "fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe fringe",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="White Embellished Fringed Sequin Mini Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: olive satin co-ord: cropped long-sleeve shirt with a collar and wide-leg trousers, gold heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-019",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a green shirt and green pants"),
        Q.garment_type("shirt"),
        Q.color("green"),
        color_of("pants", "green", kind="open"),
        material("cotton", "unsupported"),
        details(
            "shirt",
            "the shirt has a collar and buttons down the front and the sleeves are long and the pants are wide and "
            "have a high waist and pleats on",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Olive Green Satin Crop Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Olive",
        fabric="Satin",
    ),
    # Photo: magenta mini dress with thin straps and a feather trim at the hem, silver heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with furry fabric and its "
            "neckline is suspenders. The dress is of short length."
        ),
        Q.color("pink"),
        wearing("he is wearing a pink dress with feathers", "pronoun"),
        details("dress", "feathers"),
        material("feather"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Magenta Feather-Trim Strappy Mini Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: black velvet long-sleeve blazer dress with gold buttons, model with short cropped hair, black boots.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-021",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with other fabric and "
            "its neckline is lapel. There is an accessory on his wrist.",
            "pronoun",
        ),
        wearing("he is wearing a black suit", "pronoun"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black"),
        details("dress", "gold buttons"),
        is_a("dress", "no", "contradiction"),
        gender="Women",
        title="Black Velvet Blazer Dress with Gold-Toned Buttons",
        category="Dresses",
        color="Black",
        fabric="Velvet",
    ),
    # Photo: blue ombre sequinned maxi gown with cape sleeves, from navy at the hem to light blue at the top.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-022",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with other fabric. The dress "
            "is of long length."
        ),
        wearing("a blue dress"),
        Q.color("blue"),
        Q.pattern("color block"),
        color_of(
            "dress",
            "blue and silver and blue and silver and blue and silver and blue and silver and blue and silver and "
            "blue and silver and blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "a long blue sequin gown with a cape"),
        gender="Women",
        title="Blue Ombre Sequinned Maxi Gown with Cape Sleeves",
        category="Dresses",
        color="Blue",
    ),
    # Photo: gold metallic pleated midi skirt (the product) worn with a black sleeveless knit crop top.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium skirt. The tank top is with "
            "knitted fabric. The skirt is with other fabric and pure color patterns."
        ),
        wearing("a black top and a gold skirt"),
        Q.color("gold"),
        color_of("skirt", "black", "other_garment_color", kind="open"),
        Q.pattern("pure color"),
        is_a("skirt", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        gender="Women",
        title="Gold-Toned Metallic Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Gold",
    ),
    # Photo: black sheer mesh long-sleeve crop top with sequin embroidery, worn with black shorts, black heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-024",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a short pants. The shirt is with chiffon "
            "fabric. The pants are with leather fabric and pure color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("he is wearing a black top and black shorts", "pronoun"),
        Q.color("black"),
        Q.garment_type("blouse"),
        Q.sleeve_length("long-sleeve"),
        material("mesh"),
        details("top", "sheer sleeves with sequins"),
        gender="Women",
        title="Black Embellished Sheer Mesh Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: red sequinned strappy crop top worn with mid-blue skinny jeans, white sneakers, grey backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-025",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "other fabric and its neckline is suspenders. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a red top and blue jeans"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.garment_type("denim", "contradiction"),
        is_a("tank top", "yes"),
        material("denim", "unsupported"),
        gender="Women",
        title="Red Sequinned Strappy Crop Top",
        category="Tops",
        color="Red",
    ),
    # Photo: mustard satin wrap midi dress with a small white floral print, short flutter sleeves, V-neck.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-026",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with other fabric and its "
            "neckline is V-shape. The dress is of medium length."
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        color_of("dress", "yellow with white flowers", kind="open"),
        Q.sleeve_length("short-sleeve"),
        material("satin"),
        details(
            "dress",
            "the dress has a v-neck and a tie at the waist and the sleeves are short and the skirt is long and the "
            "skirt is long and the skirt is long and the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Mustard Floral Print Satin Wrap Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: peach tulle off-shoulder ruffled maxi gown, no sleeves, no jewellery on the hands, beige backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length. The lady wears a ring on her finger. There is an accessory on her wrist. The lady "
            "wears a ring on her finger. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: a long pink dress with ruffles Question: Describe the dress. "
            "Answer: a long pink",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Peach Tulle Off-Shoulder Ruffled Maxi Gown",
        category="Dresses",
        color="Peach",
    ),
    # Photo: black PU mini skirt (the product) with a white long-sleeve shirt tucked in, black heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The shirt is with "
            "cotton fabric and its neckline is lapel. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("a white shirt and a black leather skirt"),
        Q.color("black"),
        material("leather"),
        is_a("skirt", "yes"),
        Q.garment_type("shirt", "contradiction"),
        details("skirt", "skirt", "non_answer"),
        gender="Women",
        title="Black Solid PU Mini Pencil Skirt",
        category="Skirts",
        color="Black",
        fabric="PU",
    ),
    # Photo: back view only: silver metallic satin slip maxi dress with a low cowl back, model facing away.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric and its "
            "neckline is V-shape. The dress is of long length.",
            "unsupported",
        ),
        wearing(
            "she is wearing a silver dress and she is wearing a silver dress and she is wearing a silver dress and "
            "she is wearing a",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the back of the dress is open"),
        is_a("dress", "yes"),
        gender="Women",
        title="Silver-Toned Metallic Cowl Back Slip Maxi Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: navy blue shift dress, beads at the neck, three-quarter sleeves, knee length, no jewellery.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-030",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue dress"),
        color_of("dress", "navy", kind="open"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        details("dress", "beads on the neckline"),
        gender="Women",
        title="Navy Blue Embellished Shift Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: multicoloured rainbow-striped sequin co-ord: bralette crop top and mini skirt, silver heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-031",
        caption(
            "The lady wears a sleeveless tank top with striped patterns and a short skirt. The tank top is with other "
            "fabric. The skirt is with other fabric and striped patterns."
        ),
        Q.color("multicolor"),
        Q.pattern("striped"),
        wearing("a colorful top and skirt"),
        color_of("top", "rainbow", kind="open"),
        is_a("dress", "yes", "contradiction"),
        material("", "non_answer"),
        gender="Women",
        title="Multicoloured Striped Sequinned Bralette and Mini Skirt Co-Ord",
        category="Co-Ords",
        color="Multi",
    ),
    # Photo: cream lace short-sleeve crop top and cream pleated chiffon midi skirt co-ord. No gender column.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a medium skirt. The shirt is with other "
            "fabric and its neckline is round. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a white top and skirt"),
        Q.color("cream"),
        Q.garment_type("skirt"),
        Q.sleeve_length("short-sleeve"),
        material("lace"),
        details("top", "the top is a crop top"),
        is_a("dress", "yes", "contradiction"),
        title="Cream Lace Crop Top with Pleated Midi Skirt Co-Ord Set",
        category="Co-Ords",
        color="Cream",
    ),
    # Photo: black one-shoulder wide-leg jumpsuit with a thin gold belt, black heels, grey backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. There is a belt on her waist.",
            "contradiction",
        ),
        wearing("a black jumpsuit"),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        details(
            "jumpsuit",
            "the jumpsuit has a belt on the waist and the jumpsuit has a belt on the waist and the jumpsuit has a "
            "belt on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Black One-Shoulder Belted Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: green sequinned sleeveless bodycon maxi dress with a thigh slit; the model holds a silver clutch.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress is "
            "of long length. There is an accessory in her hand."
        ),
        wearing("a green dress and a silver purse"),
        Q.color("silver", "contradiction"),
        color_of("dress", "green", kind="open"),
        Q.pattern("solid"),
        details("dress", "slit"),
        material("sequins"),
        gender="Women",
        title="Green Sequinned Bodycon Maxi Dress with Thigh Slit",
        category="Dresses",
        color="Green",
    ),
    # Photo: pink satin strapless corset mini dress, no rings, pink heels, white backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-035",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of short length.",
            "unsupported",
        ),
        Q.color("pink"),
        Q.garment_type("dress"),
        material("satin"),
        Q.sleeve_length("sleeveless"),
        details("dress", "the dress details are", "non_answer"),
        wearing(
            "a pink dress Question: What is the color of the dress? Answer: pink Question: What is the color of",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Pink Satin Strapless Corset Mini Dress",
        category="Dresses",
        color="Pink",
        fabric="Satin",
    ),
    # Photo: black tulle midi skirt (the product) with a black sequinned cami top tucked in, black heels.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-036",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium skirt. The tank top is with "
            "other fabric and its neckline is suspenders. The skirt is with chiffon fabric and pure color patterns."
        ),
        wearing("a black dress", "contradiction"),
        Q.color("black"),
        is_a("skirt", "yes"),
        Q.garment_type("dress", "contradiction"),
        details(
            "skirt",
            "tulle tulle tulle tulle tulle tulle tulle tulle tulle tulle tulle tulle tulle tulle tulle",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Black Tulle Flared Midi Skirt",
        category="Skirts",
        color="Black",
    ),
    # Photo: burgundy sequinned bralette crop top worn under an open black blazer, black trousers.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-037",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long pants. The jacket is with other "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a black jacket and a red top"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        gender="Women",
        title="Burgundy Sequinned Bralette Crop Top",
        category="Tops",
        color="Burgundy",
    ),
    # Photo: grey sequinned long-sleeve bodycon mini dress, round neck, a silver bracelet on one wrist.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-038",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of short length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory",
            "loop",
            hit_limit=True,
        ),
        wearing("a silver dress"),
        Q.color("silver"),
        Q.sleeve_length("long-sleeve"),
        describe("dress", "the dress is a dress", "restated"),
        material("sequin"),
        is_a("dress", "yes"),
        gender="Women",
        title="Grey Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: royal blue satin halter maxi dress with an open back, gold earrings, grey backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length.",
            "unsupported",
        ),
        wearing("she is wearing a blue dress"),
        Q.color("blue"),
        color_of(
            "dress",
            "blue Question: What is the color of the dress? Answer: blue Question: What is the color of the dress? "
            "Answer: blue",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("dress", "the back of the dress is open"),
        Q.pattern("solid"),
        Q.garment_type("dress"),
        gender="Women",
        title="Blue Satin Halter Neck Maxi Dress with Cut-Out Back",
        category="Dresses",
        color="Blue",
        fabric="Satin",
    ),
    # Photo: black net maxi gown with sequin polka dots, sheer long sleeves, black heels, small earrings only.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-040",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. The dress is "
            "of long length."
        ),
        wearing(
            "a black dress with polka dots and a pair of black high heels and a black clutch and a pair of earrings "
            "and a necklace and a bracelet and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("polka dot"),
        Q.color("black"),
        material("net"),
        is_a("dress", "yes"),
        details("dress", "the dress has polka dots"),
        gender="Women",
        title="Black Embellished Net Maxi Gown with Sheer Sleeves",
        category="Dresses",
        color="Black",
        fabric="Net",
    ),
    # Photo: flat lay on white, no person: coral one-shoulder ruffled mini dress.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of short length. The lady wears a ring on her finger.",
            "unsupported",
        ),
        wearing("a pink dress"),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        details("dress", "ruffles"),
        describe(
            "dress",
            "a pink dress with ruffles on the shoulder and a pink dress with ruffles on the shoulder and a pink "
            "dress with ruffles on the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Coral One-Shoulder Ruffled Mini Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: white embellished sleeveless crop top with a feather hem, worn with a silver sequin mini skirt.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-042",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "furry fabric. The skirt is with other fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a white top and a silver skirt"),
        color_of("top", "white", kind="open"),
        Q.color("silver", "contradiction"),
        Q.garment_type("skirt", "contradiction"),
        material("feathers"),
        gender="Women",
        title="White Embellished Crop Top with Feather Hem",
        category="Tops",
        color="White",
    ),
    # Photo: black mini dress with white polka dots, short puff sleeves, black heels. No gender column.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-043",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of short length."
        ),
        Q.pattern("floral", "contradiction"),
        Q.color("black"),
        color_of("dress", "black and white", kind="open"),
        Q.sleeve_length("short-sleeve"),
        wearing("a black and white polka dot dress"),
        details("dress", "the dress details are the details of the dress", "restated"),
        title="Black Polka Dot Puff Sleeve Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: gold sequinned long-sleeve V-neck playsuit with shorts, gold heels, beige backdrop.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-044",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short pants. The shirt is with other "
            "fabric and its neckline is V-shape. The pants are with other fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a gold romper"),
        Q.garment_type("romper"),
        Q.color("gold"),
        is_a("dress", "yes", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        details(
            "playsuit",
            "the playsuit has a v-neck and long sleeves and the playsuit has a v-neck and long sleeves and the "
            "playsuit has a v-neck and",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Gold-Toned Sequinned V-Neck Playsuit",
        category="Playsuit",
        color="Gold",
    ),
    # Photo: sea green sleeveless net maxi dress with floral embroidery on the bodice, V-neck, a bangle on one wrist.
    # Caption: epoch-2 caption adapter. Answers: VQA adapter.
    case(
        "X1395-045",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with other fabric and its neckline "
            "is V-shape. The dress is of long length. There is an accessory on her wrist."
        ),
        wearing("a green dress"),
        Q.color("green"),
        Q.pattern("floral"),
        material("net"),
        details(
            "dress",
            "embroidery on the bodice and a net skirt and embroidery on the bodice and a net skirt and embroidery on "
            "the bodice and a net",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sea Green Embroidered Net Maxi Dress",
        category="Dresses",
        color="Sea Green",
        fabric="Net",
    ),
]
