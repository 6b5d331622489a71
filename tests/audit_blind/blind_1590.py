"""BLIND_1590 (45 products; Myntra men's ethnic wear, base BLIP-2 zero-shot): written blind in the sixty-sixth session.
Measured blind at 9074ceb (the session's fourth rules): 51/57 failures found (89.5%) and 23/220 correct texts flagged
(10.5%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic wear feed: kurtas, kurta pyjama / churidar sets, sherwanis and Nehru jackets. The
columns are the feed's own: title, category (Myntra's article type: Kurtas, Kurta Sets, Sherwani, Nehru Jackets),
color (the base colour) and gender; a few rows lack one of them, as feeds do. The photos are the usual catalog shots:
a male model on a plain light backdrop wearing the product with its bottoms (white pyjamas, churidars, jeans,
chinos), Nehru jackets always over a kurta, sherwanis with a safa, a stole or a brooch; now and then a flat lay, a
back view, or a prop (a chair, a plant, sunglasses).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, greedy decoding, no adapter. The
caption is the unprompted generation (50 new tokens at most). Open questions (wearing, description, details,
material) are free generations after `Question: ... Answer:` (30 new tokens at most, stopped at the newline when
the model emits one). Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") are answered
by enrich's reference engine over the same model: it ranks the candidate answers and keeps the raw text when the
generation maps to none of them.
Labeling conventions and judgement calls: a text is wrong if it is wrong for the photo I imagined (described in the
comment above each case) or for the title. Closed garment types are held to the product: "shirt" for a kurta,
"kurta" for a sherwani or for a Nehru jacket are contradictions; in free text, "shirt" or "long shirt" for a kurta,
"vest" for a Nehru jacket and "suit" for a sherwani are loose but not false, and left unmarked. Colors: adjacent
shades a person would also say are not counted wrong (cream or off-white as "white", navy as "blue", peach as
"pink", olive as "green", mustard as "yellow", lavender as "purple"); a color that belongs to the bottoms, the kurta
under a jacket, or a stole or safa is other_garment_color; a trim color given as the garment's color (gold for a navy
sherwani) is contradiction. For sets that include a Nehru jacket, the jacket's color is a color of the product and
left unmarked. Sleeve length "long sleeves" for a sleeveless Nehru jacket (the kurta's sleeves) is contradiction.
Material: correct when the title states it or the fabric is unmistakable in the photo; a fabric the title
contradicts is contradiction; a fabric guessed with nothing in the title or photo to support it is unsupported.
Invented pockets, pocket squares, embroidery or mirror work are unsupported. Woven gold motifs called
"embroidered" are left unmarked (they read as embroidery in the photo); a visibly patterned kurta called "solid"
is contradiction. "it is a kurta" as the details, "there is no detail", "the garment is a garment" and a raw closed
answer that names the shot instead of the garment are non_answer; "the details of the garment are the details ..."
is restated. "she" or "a woman" for the male models is pronoun. Repetition that runs to the token limit is loop,
and a sentence stopped by the limit without repeating is cut; both carry hit_limit. A text that goes on into a new
"Question: ... Answer:" is leak, whatever it says before. A set typed "kurta" is left unmarked (the kurta is the
main garment). A correct generic sentence about sherwanis at weddings is left unmarked.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a

BLIND_1590 = [
    # Photo: front, navy kurta with small white printed motifs, white churidar, tan mojaris, grey backdrop.
    # Caption and open answers: base BLIP-2; closed: reference engine. Material guessed (title says nothing).
    case(
        "X1590-001",
        caption("a man in a blue kurta and white pants"),
        Q.wearing("a blue kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Anouk Men Navy Blue Ethnic Motifs Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: side pose, plain white cotton kurta (mandarin collar, no pocket) and white pyjama, white wall.
    # Base BLIP-2 caption/open; closed by the reference engine. The details invent a chest pocket.
    case(
        "X1590-002",
        caption("a man in a white kurta and white pants standing in front of a white wall"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.material("cotton"),
        Q.description("a white kurta with a mandarin collar"),
        Q.details("the kurta has a pocket on the left side", "unsupported"),
        gender="Men",
        title="House of Pataudi Men White Pure Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: light cream solid kurta (reads almost white), matching churidar, a maroon stole over the left shoulder.
    # Base BLIP-2; the closed color picks the stole; the details invent embroidery on a plain kurta.
    case(
        "X1590-003",
        caption("a man in a white kurta with a red scarf"),
        Q.wearing("a white kurta and a red scarf"),
        Q.color("red", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("embroidery", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream-Coloured Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: maroon sherwani with gold woven buttis and gold buttons, cream churidar, maroon-and-gold safa, mojaris.
    # Base BLIP-2; closed by the engine. "embroidered" for woven motifs left unmarked; "silk" is a guess.
    case(
        "X1590-004",
        caption("a man in a red and gold sherwani with a turban"),
        Q.wearing("a sherwani"),
        Q.garment_type("sherwani"),
        Q.color("maroon"),
        Q.pattern("embroidered"),
        Q.description("a red sherwani with gold embroidery and a turban"),
        Q.details("gold buttons"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Vastramay Men Maroon & Gold-Toned Woven Design Sherwani Set",
        category="Sherwani",
        color="Maroon",
    ),
    # Photo: black sleeveless Nehru jacket over a white full-sleeve kurta and white pyjama.
    # Base BLIP-2; engine for closed. Sleeve length and the yes/no take the kurta under the jacket.
    case(
        "X1590-005",
        caption("a man in a black vest and white pants"),
        Q.wearing("a black vest and a white kurta"),
        Q.garment_type("nehru jacket"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves", "contradiction"),
        is_a("nehru jacket", "no", "contradiction"),
        gender="Men",
        title="KISAH Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # Photo: blue-and-white pinstriped straight kurta, knee length, white pyjama, front view.
    # Base BLIP-2 caption ("shirt" in free text, loose); the engine ranks "shirt" as the garment type.
    case(
        "X1590-006",
        caption("a man in a blue and white striped shirt and white pants"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        Q.details("buttons on the front"),
        gender="Men",
        title="Jompers Men Blue Striped Straight Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: rust slim-fit cotton kurta, blue jeans, white sneakers, outdoor-looking beige backdrop.
    # Base BLIP-2; the engine's color picks the jeans.
    case(
        "X1590-007",
        caption("a man in an orange kurta and jeans"),
        Q.wearing("orange kurta and blue jeans"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("solid"),
        Q.material("cotton"),
        Q.description("a orange kurta with a mandarin collar"),
        gender="Men",
        title="Fabindia Men Rust Orange Cotton Slim Fit Kurta",
        category="Kurtas",
        color="Rust",
    ),
    # Photo: beige sherwani with tonal thread embroidery, beige churidar, pink safa, a small brooch on the chest.
    # Base BLIP-2; the engine's color picks the safa; material guessed.
    case(
        "X1590-008",
        caption("a man in a beige sherwani and a pink turban"),
        Q.wearing("a sherwani and a turban"),
        Q.garment_type("sherwani"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.details("it has a brooch on the chest"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Manyavar Men Beige Embroidered Sherwani",
        category="Sherwani",
        color="Beige",
    ),
    # Photo: cream self-design kurta, cream churidar, maroon Nehru jacket (part of the set) on top.
    # Base BLIP-2; closed by the engine. "maroon" is the set's jacket: left unmarked.
    case(
        "X1590-009",
        caption("a man in a maroon vest and white pants"),
        Q.wearing("a maroon jacket and a white kurta"),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Sojanya Men Cream-Coloured & Maroon Self Design Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
    ),
    # Photo: flat lay, olive green solid kurta folded on white, no person.
    # Base BLIP-2 caption/open; the engine ranks "shirt" for the type; the details invent a pocket and a collar.
    case(
        "X1590-010",
        caption("a green shirt on a white background"),
        Q.wearing("a green shirt"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        Q.description("a green shirt with a mandarin collar"),
        Q.details("the shirt has a pocket on the left side and a button down collar", "unsupported"),
        gender="Men",
        title="Ethnix by Raymond Men Green Solid Kurta",
        category="Kurtas",
        color="Green",
    ),
    # Photo: back view, white kurta with white chikankari embroidery all over the back, white pyjama.
    # Base BLIP-2; the engine calls the pattern solid; the details say nothing.
    case(
        "X1590-011",
        caption("the back of a man in a white kurta"),
        Q.color("white"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("there is no detail", "non_answer"),
        gender="Men",
        title="Anouk Men White Chikankari Embroidered Kurta",
        category="Kurtas",
        color="White",
    ),
    # Photo: pink solid kurta, white pyjama, the model has shoulder-length hair and a light beard.
    # Base BLIP-2 takes the model for a woman in the caption and the wearing answer; closed by the engine.
    case(
        "X1590-012",
        caption("a woman in a pink kurta and white pants", "pronoun"),
        Q.wearing("she is wearing a pink kurta", "pronoun"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Jompers Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: mustard jacquard Nehru jacket over a white kurta and white pyjama.
    # Base BLIP-2; the engine types the kurta under it and gives the kurta's color; material guessed.
    case(
        "X1590-013",
        caption("a man in a yellow vest and white pants"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.description("a yellow vest with buttons"),
        Q.material("silk", "unsupported"),
        gender="Men",
        title="Mag Men Mustard Yellow Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # Photo: heavily gold-embroidered sherwani, cream churidar, pearl mala, cream safa.
    # Base BLIP-2; the description runs on and is cut by the 30-token limit.
    case(
        "X1590-014",
        caption("a man in a gold sherwani with a turban and a necklace"),
        Q.garment_type("sherwani"),
        Q.color("gold"),
        Q.pattern("embroidered"),
        Q.description(
            "the sherwani is made of silk and has gold embroidery on the front and the sleeves, the collar is "
            "embroidered with gold thread and the buttons are",
            "cut",
            hit_limit=True,
        ),
        Q.details("gold embroidery"),
        gender="Men",
        title="Manyavar Men Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Gold",
    ),
    # Photo: sky blue solid kurta, white churidar, front view.
    # Base BLIP-2; the wearing answer goes on into a new question of its own.
    case(
        "X1590-015",
        caption("a man in a light blue kurta and white pants"),
        Q.wearing("a blue kurta Question: What is the color of the pants? Answer: white", "leak"),
        Q.description("a light blue kurta with white pants"),
        Q.color("blue"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Svanik Men Sky Blue Solid Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # Photo: black kurta with gold embroidery on the yoke and cuffs, black churidar.
    # Base BLIP-2; the details loop to the limit.
    case(
        "X1590-016",
        caption("a man in a black kurta with gold embroidery"),
        Q.garment_type("kurta"),
        Q.color("black"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.details(
            "gold embroidery on the collar, gold embroidery on the sleeves, gold embroidery on the collar, gold "
            "embroidery on the sleeves, gold",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Sanwara Men Black & Gold-Toned Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Black",
    ),
    # Photo: off-white linen kurta, khaki chinos, brown loafers.
    # Base BLIP-2; description and details say nothing.
    case(
        "X1590-017",
        caption("a man in a white kurta and khaki pants"),
        Q.color("white"),
        Q.material("linen"),
        Q.description("the garment is a garment", "non_answer"),
        Q.details("the details of the garment are the details", "restated"),
        gender="Men",
        title="even Men Off-White Linen Kurta",
        category="Kurtas",
        color="Off White",
    ),
    # Photo: teal kurta with a small white geometric print, white pyjama.
    # Base BLIP-2; the engine's color takes the pyjama's white; material guessed.
    case(
        "X1590-018",
        caption("a man in a green and white printed kurta"),
        Q.wearing("a green kurta and white pajamas"),
        Q.garment_type("kurta"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Anouk Men Teal Green & White Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
    ),
    # Photo: navy solid Nehru jacket with two welt pockets and a chest pocket, over a white kurta, beige trousers.
    # Base BLIP-2; closed by the engine. The feed row has no gender. Material guessed.
    case(
        "X1590-019",
        caption("a man in a blue vest and white shirt"),
        Q.garment_type("jacket"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        Q.sleeve_length("sleeveless"),
        Q.details("it has two pockets on the front"),
        Q.material("wool", "unsupported"),
        title="Hangup Men Navy Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # Photo: peach self-design kurta, cream churidar, the model stands beside a wooden chair.
    # Base BLIP-2; closed by the engine. "pink" for peach left unmarked.
    case(
        "X1590-020",
        caption("a man in a pink kurta standing next to a chair"),
        Q.wearing("a pink kurta and white pants"),
        Q.color("pink"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("buttons"),
        gender="Men",
        title="Manyavar Men Peach-Coloured Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
    ),
    # Photo: white kurta with a silver sequinned yoke, white churidar, white mojaris.
    # Base BLIP-2; the caption loops on the white items to the 50-token limit.
    case(
        "X1590-021",
        caption(
            "a man in a white kurta with silver sequins and white pants and white shoes and white socks and white "
            "shoes and white socks and white shoes and white socks and white shoes and white socks and white",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a white kurta"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.pattern("embroidered"),
        gender="Men",
        title="Vastramay Men White & Silver-Toned Sequinned Kurta Set",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: grey melange solid kurta, black jeans, front view.
    # Base BLIP-2; the engine reads the melange texture as stripes; material guessed.
    case(
        "X1590-022",
        caption("a man in a grey kurta and black pants"),
        Q.wearing("a grey shirt and black pants"),
        Q.color("grey"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.description("a grey kurta"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Ives Men Grey Melange Solid Kurta",
        category="Kurtas",
        color="Grey",
    ),
    # Photo: olive hip-length short kurta, sleeves rolled to the elbow, blue jeans.
    # Base BLIP-2; closed by the engine. All right.
    case(
        "X1590-023",
        caption("a man in a green shirt and jeans"),
        Q.wearing("a green kurta and jeans"),
        Q.garment_type("kurta"),
        Q.color("green"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="The Indian Garage Co Men Olive Solid Short Kurta",
        category="Kurtas",
        color="Olive",
    ),
    # Photo: cream self-design sherwani, cream churidar, maroon velvet stole, maroon safa.
    # Base BLIP-2; the engine's color picks the stole; the material answer is the stole's; description cut.
    case(
        "X1590-024",
        caption("a man in a white sherwani with a red scarf and a red turban"),
        Q.wearing("a white suit and a red turban"),
        Q.garment_type("sherwani"),
        Q.color("maroon", "other_garment_color"),
        Q.pattern("solid"),
        Q.description(
            "a white sherwani with a red scarf and a red turban, the sherwani has a high collar and buttons on the "
            "front and the scarf is",
            "cut",
            hit_limit=True,
        ),
        Q.material("velvet", "unsupported"),
        gender="Men",
        title="Manyavar Men Cream Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
    ),
    # Photo: yellow kurta with white thread embroidery on the neckline and placket, white pyjama.
    # Base BLIP-2; closed by the engine. All right.
    case(
        "X1590-025",
        caption("a man in a yellow kurta and white pants"),
        Q.wearing("a yellow kurta and white pajamas"),
        Q.color("yellow"),
        Q.sleeve_length("long sleeves"),
        Q.description("a yellow kurta with white embroidery"),
        Q.details("white embroidery on the neck"),
        gender="Men",
        title="Jompers Men Yellow Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="Yellow",
    ),
    # Photo: black velvet bandhgala sherwani with gold buttons, black trousers.
    # Base BLIP-2; closed by the engine. All right.
    case(
        "X1590-026",
        caption("a man in a black suit"),
        Q.wearing("he is wearing a black suit"),
        Q.garment_type("sherwani"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.details("gold buttons"),
        Q.material("velvet"),
        gender="Men",
        title="Sojanya Men Black Velvet Sherwani",
        category="Sherwani",
        color="Black",
    ),
    # Photo: flat lay, grey Nehru jacket with a small paisley print, no pocket square.
    # Base BLIP-2; the details invent a pocket square.
    case(
        "X1590-027",
        caption("a grey vest with a paisley pattern"),
        Q.wearing("a vest"),
        Q.garment_type("nehru jacket"),
        Q.color("grey"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.details("a pocket square in the pocket", "unsupported"),
        gender="Men",
        title="Hangup Men Grey Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: indigo dabu-printed cotton kurta, white pyjama.
    # Base BLIP-2; the description continues into a question of its own.
    case(
        "X1590-028",
        caption("a man in a blue and white kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.description(
            "a blue kurta with white print Question: What is the material of the garment? Answer: cotton", "leak"
        ),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Indigo Cotton Printed Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: lavender solid kurta, white churidar, bearded model.
    # Base BLIP-2; "she" in the wearing answer only.
    case(
        "X1590-029",
        caption("a man in a purple kurta"),
        Q.wearing("she is wearing a purple kurta", "pronoun"),
        Q.description("a purple kurta with a mandarin collar"),
        Q.color("purple"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="House of Pataudi Men Lavender Solid Kurta",
        category="Kurtas",
        color="Lavender",
    ),
    # Photo: maroon kurta, gold printed Nehru jacket (part of the set), white churidar.
    # Base BLIP-2; the wearing answer loops over the three garments to the limit.
    case(
        "X1590-030",
        caption("a man in a red kurta and gold vest"),
        Q.wearing(
            "a maroon kurta, a gold vest, white pants, a gold vest, a maroon kurta, white pants, a gold vest, a maroon",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("maroon"),
        Q.description("a maroon kurta with a gold nehru jacket"),
        gender="Men",
        title="Ethnix by Raymond Men Maroon Kurta with Churidar and Nehru Jacket",
        category="Kurta Sets",
        color="Maroon",
    ),
    # Photo: beige linen kurta with a chest pocket, brown trousers, the model holds sunglasses.
    # Base BLIP-2; the engine's color takes the trousers.
    case(
        "X1590-031",
        caption("a man in a beige kurta holding sunglasses"),
        Q.wearing("beige kurta and brown pants"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.details("it has a pocket on the chest"),
        Q.material("linen"),
        gender="Men",
        title="Manu Men Beige Linen Kurta",
        category="Kurtas",
        color="Beige",
    ),
    # Photo: red silk-blend kurta with a slight sheen, white pyjama.
    # Base BLIP-2; the material contradicts the title; the details only name the garment.
    case(
        "X1590-032",
        caption("a man in a red kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("red"),
        Q.description("a red kurta with a white pajama"),
        Q.details("it is a kurta", "non_answer"),
        Q.material("cotton", "contradiction"),
        gender="Men",
        title="DEYANN Men Red Silk Blend Kurta with Pyjamas",
        category="Kurta Sets",
        color="Red",
    ),
    # Photo: ivory knee-length sherwani, matching churidar, white mojaris, no props.
    # Base BLIP-2 caption calls it a kurta (free text, loose); the engine types it kurta too but says yes to sherwani.
    case(
        "X1590-033",
        caption("a man in a white kurta and white pants"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("white"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        is_a("sherwani", "yes"),
        gender="Men",
        title="Vastramay Men Ivory Solid Sherwani Set",
        category="Sherwani",
        color="Off White",
    ),
    # Photo: navy kurta with thread embroidery on the placket and cuffs, white churidar.
    # Base BLIP-2; the details are cut by the limit.
    case(
        "X1590-034",
        caption("a man in a navy blue kurta with embroidery"),
        Q.garment_type("kurta"),
        Q.color("navy blue"),
        Q.pattern("embroidered"),
        Q.details(
            "the kurta has embroidery on the front and the sleeves, it has a mandarin collar and a button placket, "
            "the buttons are made of",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Sanwara Men Navy Blue Embroidered Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
    ),
    # Photo: bottle green silk-blend kurta, cream churidar, the model wears his long hair tied back.
    # Base BLIP-2; "a woman" in the caption only; the details answer "yes".
    case(
        "X1590-035",
        caption("a woman in a green kurta and white pants", "pronoun"),
        Q.wearing("a green kurta and white pants"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.material("silk"),
        Q.details("yes", "non_answer"),
        gender="Men",
        title="Sojanya Men Green Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Green",
    ),
    # Photo: off-white Nehru jacket with a red floral print over a red kurta.
    # Base BLIP-2; the engine keeps the raw "white and red" (unmapped), which is right.
    case(
        "X1590-036",
        caption("a man in a white and red floral vest"),
        Q.wearing("a red kurta and a white vest"),
        Q.garment_type("jacket"),
        Q.color("white and red"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.details("flowers"),
        gender="Men",
        title="KISAH Men Off-White & Red Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
    ),
    # Photo: back view, black solid kurta, white pyjama.
    # Base BLIP-2; the engine keeps a raw type that names the shot.
    case(
        "X1590-037",
        caption("the back of a man in a black shirt and white pants"),
        Q.wearing("black shirt and white pants"),
        Q.garment_type("the back of a man", "non_answer"),
        Q.color("black"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        gender="Men",
        title="Jompers Men Black Solid Kurta",
        category="Kurtas",
        color="Black",
    ),
    # Photo: blue kurta with an ethnic motif print, white pyjama; no embroidery, no mirror work.
    # Base BLIP-2; the description invents the embellishment; the details only restate the question.
    case(
        "X1590-038",
        caption("a man in a blue printed kurta and white pajamas"),
        Q.wearing("a blue kurta"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.garment_type("kurta"),
        Q.description("a blue kurta with gold embroidery and mirror work", "unsupported"),
        Q.details("the details of the garment are the details of the kurta", "restated"),
        gender="Men",
        title="Anouk Men Blue Ethnic Motifs Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
    ),
    # Photo: dusty pink kurta with small woven buttis all over, cream churidar, a potted plant beside the model.
    # Base BLIP-2; the engine calls the buttis solid.
    case(
        "X1590-039",
        caption("a man in a pink kurta standing next to a plant"),
        Q.color("pink"),
        Q.pattern("solid", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.details("buttons on the front"),
        gender="Men",
        title="Manyavar Men Pink Woven Design Kurta Set",
        category="Kurta Sets",
        color="Pink",
    ),
    # Photo: white cotton kurta and white pyjama with a drawstring, front view.
    # Base BLIP-2; the details go on into a question about the pants.
    case(
        "X1590-040",
        caption("a man in a white kurta and white pajamas"),
        Q.garment_type("kurta"),
        Q.color("white"),
        Q.description("a white kurta pajama set"),
        Q.details("buttons Question: What are the details of the pants? Answer: drawstring", "leak"),
        Q.material("cotton"),
        gender="Men",
        title="Ives Men White Pure Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
    ),
    # Photo: charcoal grey self-design Nehru jacket over a white kurta, white pyjama.
    # Base BLIP-2; material loops to the limit; the engine's sleeve length is the kurta's.
    case(
        "X1590-041",
        caption("a man in a grey vest and white shirt"),
        Q.garment_type("jacket"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material(
            "cotton and polyester and cotton and polyester and cotton and polyester and cotton and polyester and "
            "cotton and polyester and",
            "loop",
            hit_limit=True,
        ),
        gender="Men",
        title="Mag Men Charcoal Grey Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
    ),
    # Photo: maroon solid kurta with side slits, white pyjama. The feed row has no color.
    # Base BLIP-2; material guessed.
    case(
        "X1590-042",
        caption("a man in a maroon kurta and white pants"),
        Q.wearing("a red kurta and white pants"),
        Q.color("maroon"),
        Q.description("a maroon kurta with a mandarin collar and buttons on the front"),
        Q.details("it has side slits"),
        Q.material("cotton", "unsupported"),
        gender="Men",
        title="Svanik Men Maroon Solid Kurta",
        category="Kurtas",
    ),
    # Photo: sea green solid kurta, white pyjama.
    # Base BLIP-2; the description is cut by the limit.
    case(
        "X1590-043",
        caption("a man in a green kurta and white pants"),
        Q.color("green"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        Q.description(
            "a green kurta with a white pajama, the kurta has a mandarin collar and a button placket, the sleeves "
            "are long and the kurta has a slit on",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="Manyavar Men Sea Green Solid Kurta Set",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # Photo: mustard cotton kurta without pockets, blue jeans. The feed row has no category.
    # Base BLIP-2; the description gives the kurta the jeans' blue; the details invent a chest pocket.
    case(
        "X1590-044",
        caption("a man in a yellow kurta and blue jeans"),
        Q.wearing("yellow kurta and jeans"),
        Q.garment_type("kurta"),
        Q.color("yellow"),
        Q.description("a blue kurta with jeans", "other_garment_color"),
        Q.details("there is a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        gender="Men",
        title="Fabindia Men Mustard Cotton Kurta",
        color="Mustard",
    ),
    # Photo: navy sherwani with gold embroidery at the collar and cuffs, cream churidar, cream stole.
    # Base BLIP-2; the engine's color takes the gold trim.
    case(
        "X1590-045",
        caption("a man in a blue sherwani with gold embroidery"),
        Q.wearing("a blue sherwani and a white scarf"),
        Q.color("gold", "contradiction"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves"),
        Q.description("the sherwani is a traditional indian garment worn by men at weddings"),
        Q.details("gold embroidery on the collar and sleeves"),
        gender="Men",
        title="Vastramay Men Navy Blue & Gold-Toned Embroidered Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
    ),
]
