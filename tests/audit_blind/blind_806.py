"""BLIND_806 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 117/141 failures found (83.0%) and 15/188 correct texts flagged
(8.0%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra kids' wear feed (Boys, Girls, a few Unisex rows): t-shirts, shorts,
dresses, t-shirt-and-shorts clothing sets, kurta sets and lehenga cholis. Photos are catalog shots, mostly a child
model on a white or pastel studio backdrop wearing the product with other clothes (a tee over the labelled shorts,
a Nehru jacket over a kurta, a dupatta over a choli), now and then a prop (teddy bear, balloon, football, wand) or a
flat lay with no child at all.

Who wrote what: captions come from the caption adapter (Data2_V2_Blip2_Finetune_Caption, epoch 3) for western wear;
it writes the DeepFashion template ("This man wears a short-sleeve T-shirt with graphic patterns and a shorts. The
T-shirt is with cotton fabric..."), names patterns ("pure color", "lattice") instead of hues, calls boys "man" or
"gentleman" and girls "lady" or "woman", adds template accessories (a hat, a ring, "an accessory on her wrist"),
and, trained without an end token, sometimes repeats a sentence or stops at the 50-token limit mid-sentence. Ethnic
sets were captioned by the untuned base model (prompt "a photo of"), which writes one short line with hues
("a young boy in a yellow kurta and white pants") and calls lehengas and anarkalis "dress". Open answers are spans
that timpal0l/mdeberta-v3-base-squad2 extracts from that caption; when no span scores above the threshold, enrich
falls back to free generation with the VQA adapter (Data3_V3_BLIP2_VQA, `Question: ... Answer:`, 30 new tokens),
which loops, stops at the limit, echoes the prompt format, answers one word, or says silk/chiffon/velvet. Closed
answers (garment type, color, pattern, sleeve length, "Is this a ...?", the color of a named garment) come from the
reference engine ranking candidate values with the base model: always a clean value, sometimes the wrong one, most
often the color of the other garment in the photo.

Labeling conventions and judgement calls:
- One label per text: when a text has two faults, the one that would be noticed first is kept (a cut caption that
  also invents an accessory is "cut"; a looping VQA answer that names an invented trim is "loop").
- other_garment_color: the product (or the garment asked about) is given the color of another garment worn in the
  photo. The reverse, the second garment given the product's color (pants "yellow" under a yellow kurta, shorts
  "pink" under a pink tee), is labelled contradiction (one color for two garments). A color from a print, a prop
  or a balloon rather than a garment is contradiction, not other_garment_color.
- A "color" answer that is a pattern word from the template ("pure color", "lattice") is non_answer: no hue given.
- A span that only names the wearer ("The gentleman", "The female"), an empty answer, "yes" or one word to an open
  question are non_answer; "they are of short length" for the shorts' details is non_answer; a span or generation
  that is only the question's garment word back ("shorts", "a t-shirt", "the t-shirt is a t-shirt") is restated.
- Material: "cotton" for a knit tee, knit shorts or a plain kurta, "denim" for visibly denim shorts, and any
  material the title names are correct; silk, chiffon, velvet, or a material the title contradicts (cotton for a
  "Rapid-Dry" or silk-blend item, chiffon for net or tulle) are unsupported; "denim" for a t-shirt whose own caption
  says cotton (the shorts' material) is contradiction.
- Template wording that is loose but not false is correct: "lapel" for a polo or Peter Pan collar, "suspenders
  neckline" for wide straps, "a belt" for a tied sash, "The person wears" on a flat lay, "dress" for a lehenga or
  anarkali in a caption or the wearing answer. The closed garment type or "Is this a dress?" answered "dress"/"yes"
  for a kurta set or lehenga choli is contradiction (the seller's category says otherwise).
- Template accessories not in the photo (hat, ring, wrist accessory, socks on a barefoot child, a scarf "on her
  head" when the dupatta is on the shoulder) and invented trims (pocket, zip, logo) are unsupported.
- pronoun: her/his (or "lady" with "her") for a child of the other gender in the seller's gender column; a span
  carrying the wrong pronoun is labelled pronoun even if the rest of it is true (the wand is in a hand).
- cut: a caption that stops mid-sentence at 50 tokens, a VQA answer that stops at 30 (hit_limit on both); a span
  that ends where its cut caption ends is cut too, without hit_limit (the QA model did not hit a limit).
- loop: a caption or generation that repeats a phrase until the limit (hit_limit), and a span copied out of a
  looping caption that repeats (no hit_limit).
- leak: any answer that carries "Question:" or "Answer:" from the prompt format.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

gtype = BLIND_QUESTIONS.garment_type
col = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeve = BLIND_QUESTIONS.sleeve_length
mat = BLIND_QUESTIONS.material

BLIND_806 = [
    # photo: boy, front view, white backdrop; navy blue round-neck tee with a green and orange dinosaur print, grey
    # melange knit shorts, white sneakers. Caption: caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-001",
        caption(
            "This guy wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is crew. The shorts are of short length."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="the boy"),
        color_of("t-shirt", "navy blue"),
        color_of("shorts", "grey"),
        details("t-shirt", "its neckline is crew"),
        pattern("graphic"),
        mat("cotton"),
        title="Gini and Jony Boys Navy Blue Dinosaur Print Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, peach A-line dress with a small white floral print and short flutter sleeves, white sneakers,
    # holding a brown teddy bear, pale pink backdrop. Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X806-002",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is of knee length. It is with "
            "chiffon fabric. There is an accessory in her hand.",
            "contradiction",
        ),
        wearing("a sleeveless dress with floral patterns", "contradiction", who="the girl"),
        color_of("dress", "pink"),
        sleeve("short"),
        mat("chiffon", "unsupported"),
        describe("dress", "knee length"),
        details("dress", "There is an accessory in her hand"),
        is_a("dress", "yes"),
        title="Doodle Girls Peach-Coloured Floral Print A-Line Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, red polo t-shirt with white tipping on collar and sleeve hems, a small chest logo and a two-button
    # placket, navy chino shorts, hands in pockets, white backdrop. Caption: caption adapter; open: QA spans,
    # describe by VQA fallback; closed: reference engine.
    case(
        "X806-003",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        col("red"),
        color_of("shorts", "navy blue"),
        gtype("polo shirt"),
        details("shirt", "its neckline is lapel"),
        describe(
            "shirt",
            "the shirt is a red polo shirt with a white collar and white trim on the sleeves and a small logo on the "
            "chest and a button placket with two",
            "cut",
            hit_limit=True,
        ),
        sleeve("short"),
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl, yellow tee with "Sunshine" in pink glitter letters, mid-blue denim shorts, white sandals, white
    # backdrop, no jewellery. Caption: caption adapter (stopped at 50 tokens); open: QA spans; closed: reference.
    case(
        "X806-004",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The shorts this woman wears is of short length. The shorts are with denim fabric and "
            "pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        details("t-shirt", "It has a round neckline"),
        describe("shorts", "denim fabric and pure color patterns"),
        mat("cotton"),
        pattern("solid", "contradiction"),
        title="Kids Ville Girls Yellow Typography Print T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, side-angle view; olive green cargo shorts with flap side pockets, plain white crew-neck tee, white
    # backdrop. Caption: caption adapter; open: QA spans, details and material by VQA fallback; closed: reference.
    case(
        "X806-005",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "white", "other_garment_color"),
        color_of("t-shirt", "white"),
        details(
            "shorts",
            "side pockets, side pockets, side pockets, side pockets, side pockets, side pockets, side pockets, side "
            "pockets, side",
            "loop",
            hit_limit=True,
        ),
        gtype("shorts"),
        is_a("pair of shorts", "yes"),
        describe("shorts", "three-point shorts"),
        mat("denim", "unsupported"),
        title="YK Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl, clothing set: pink-and-white horizontal striped round-neck tee with short sleeves, solid pink knit
    # shorts, white backdrop. Caption: caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-006",
        caption(
            "The female wears a short-sleeve T-shirt with stripe patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with stripe patterns and a shorts", who="she"),
        pattern("striped"),
        col("pink"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "shorts", "restated"),
        mat("cotton"),
        sleeve("long", "contradiction"),
        title="Babyhug Girls Pink & White Striped T-shirt with Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, mustard yellow cotton kurta with mandarin collar and three wooden buttons, white pyjama, brown
    # mojaris, white backdrop. Caption: base model ("a photo of"); open: QA spans, details and material by VQA
    # fallback; closed: reference engine.
    case(
        "X806-007",
        caption("a young boy in a yellow kurta and white pants standing against a white background"),
        wearing("a yellow kurta and white pants", who="the boy"),
        color_of("kurta", "mustard"),
        color_of("pants", "yellow", "contradiction"),
        details(
            "kurta",
            "mandarin collar and buttons, mandarin collar and buttons, mandarin collar and buttons, mandarin collar "
            "and buttons, mandarin",
            "loop",
            hit_limit=True,
        ),
        mat("silk", "unsupported"),
        gtype("kurta"),
        title="Jashvi Boys Mustard Yellow Cotton Kurta with White Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl, pink lehenga skirt with a gold zari border, green short-sleeve choli, pink net dupatta over one
    # shoulder, white backdrop. Caption: base model; open: QA spans, details by VQA fallback; closed: reference.
    case(
        "X806-008",
        caption("a little girl in a pink and green dress with a gold border"),
        wearing("a pink and green dress with a gold border", who="the girl"),
        color_of("lehenga", "green", "other_garment_color"),
        color_of("dupatta", "pink"),
        gtype("dress", "contradiction"),
        details("lehenga", "gold border Question: What are the lehenga details? Answer: gold border", "leak"),
        sleeve("short"),
        title="Aarika Girls Pink & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, white tee with a red-and-blue Spider-Man print, blue jeans, red sneakers, white backdrop. Caption:
    # caption adapter; open: QA spans, describe by VQA fallback; closed: reference engine.
    case(
        "X806-009",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        color_of("pants", "blue"),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        details("t-shirt", "It has a round neckline"),
        sleeve("short"),
        describe("t-shirt", "a t-shirt", "restated"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Marvel by Wear Your Mind Boys White Spider-Man Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl, navy blue polka-dot fit-and-flare dress with a white Peter Pan collar and short puff sleeves,
    # white socks, black shoes, white backdrop. Caption: caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-010",
        caption(
            "This lady wears a short-sleeve dress with floral patterns. The dress is of knee length. The dress is "
            "with cotton fabric. Its neckline is lapel.",
            "contradiction",
        ),
        pattern("polka dot"),
        col("navy blue"),
        wearing("a short-sleeve dress", who="she"),
        details("dress", "Its neckline is lapel"),
        mat("cotton"),
        describe("dress", "floral patterns", "contradiction"),
        title="Cherokee Kids Girls Navy Blue Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy with chin-length hair, black tee with "GAME ON" in lime green letters, black shorts with a white
    # side stripe, white backdrop. Caption: caption adapter; open: QA spans, t-shirt color by VQA fallback; closed:
    # reference engine.
    case(
        "X806-011",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. Her T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and stripe patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="the child"),
        col("black"),
        color_of("t-shirt", "green", "contradiction", kind="open"),
        details("t-shirt", "Her T-shirt is with cotton fabric", "pronoun"),
        mat("cotton", "unsupported"),
        color_of("shorts", "black"),
        title="HRX by Hrithik Roshan Boys Black Printed Rapid-Dry T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, light blue washed denim shorts with a frayed hem, white sleeveless ruffle top, white backdrop.
    # Caption: caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-012",
        caption(
            "The female wears a sleeveless top with pure color patterns and a shorts. The top is with cotton fabric. "
            "The shorts are with denim fabric and pure color patterns."
        ),
        color_of("shorts", "light blue"),
        details("shorts", "denim fabric and pure color patterns"),
        describe("shorts", "The shorts are with denim fabric and pure color patterns"),
        gtype("shorts"),
        wearing("a sleeveless top with pure color patterns and a shorts", who="she"),
        mat("denim"),
        title="Pepe Jeans Kids Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy, orange round-neck tee, beige shorts, holding a white football, white backdrop. Caption: caption
    # adapter (repeats a sentence to the limit); open: QA spans; closed: reference engine.
    case(
        "X806-013",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are of short length. The shorts are of short length. The "
            "shorts are of short length. The shorts",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a shorts", who="he"),
        color_of("t-shirt", "orange"),
        color_of("shorts", "orange", "contradiction"),
        details(
            "shorts",
            "The shorts are of short length. The shorts are of short length. The shorts are of short length",
            "loop",
        ),
        is_a("t-shirt", "yes"),
        mat("cotton"),
        title="Palm Tree Boys Orange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl, lavender sleeveless fit-and-flare dress with a smocked bodice and wide shoulder straps, holding a
    # yellow balloon, pale grey backdrop, no bracelet. Caption: caption adapter; open: QA spans, dress color by VQA
    # fallback; closed: reference engine.
    case(
        "X806-014",
        caption(
            "This woman wears a tank dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        col("purple"),
        sleeve("sleeveless"),
        details("dress", "It has a suspenders neckline"),
        wearing("a tank dress with pure color patterns", who="the girl"),
        describe("dress", "There is an accessory on her wrist", "unsupported"),
        mat("cotton"),
        color_of("dress", "yellow", "contradiction", kind="open"),
        title="Hopscotch Girls Lavender Solid Smocked Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, green polo t-shirt with a white chest panel, navy shorts, bare head, white backdrop. Caption:
    # caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-015",
        caption(
            "The man wears a short-sleeve shirt with color block patterns and a shorts. The shirt is with cotton "
            "fabric and its neckline is lapel. The shorts are of short length. There is a hat on his head.",
            "unsupported",
        ),
        col("navy blue", "other_garment_color"),
        pattern("colour block"),
        color_of("shorts", "navy blue"),
        wearing("a short-sleeve shirt with color block patterns and a shorts", who="he"),
        details("shirt", "There is a hat on his head", "unsupported"),
        gtype("polo shirt"),
        title="Allen Solly Junior Boys Green Colourblocked Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Boys",
    ),
    # photo: girl, off-white straight kurta with a small green and yellow floral print, pink sharara, pink dupatta,
    # white backdrop. Caption: base model; open: QA spans, material and details by VQA fallback; closed: reference.
    case(
        "X806-016",
        caption("a little girl in a white and pink outfit with a pink scarf"),
        wearing("a white and pink outfit with a pink scarf", who="the girl"),
        color_of("kurta", "pink", "other_garment_color"),
        color_of("pants", "pink"),
        describe("kurta", "white and pink outfit"),
        mat("The garment is made of cotton"),
        is_a("dress", "yes", "contradiction"),
        details("kurta", "white", "non_answer"),
        title="Biba Girls Off-White & Pink Floral Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy, mid-blue denim shorts with rolled hems, plain black tee, white backdrop. Caption: caption adapter
    # (stopped at 50 tokens); open: QA spans; closed: reference engine.
    case(
        "X806-017",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a shorts. The shorts are with denim "
            "fabric and pure color patterns. The T-shirt is with cotton fabric. It has a round neckline. The shorts "
            "this man wears is of",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", "other_garment_color"),
        describe("shorts", "denim fabric and pure color patterns"),
        details("shorts", "The shorts this man wears is of", "cut"),
        mat("denim"),
        gtype("shorts"),
        title="Mothercare Boys Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, red-and-white gingham sleeveless A-line dress with a fabric sash tied in a bow at the waist, white
    # sandals, white backdrop, front view. Caption: caption adapter; open: QA spans, describe by VQA fallback;
    # closed: reference engine.
    case(
        "X806-018",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is of knee length. The dress is with "
            "cotton fabric. It has a round neckline. There is a belt."
        ),
        pattern("checked"),
        col("red"),
        wearing("a sleeveless dress with lattice patterns", who="the girl"),
        color_of("dress", "lattice", "non_answer", kind="open"),
        details("dress", "There is a belt"),
        sleeve("short", "contradiction"),
        describe("dress", "the dress has a zip at the back and a bow at the waist", "unsupported"),
        title="Peppermint Girls Red & White Checked A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, cream kurta under a navy blue Nehru jacket with small gold buttons, cream pyjama, white wall behind.
    # Caption: base model; open: QA spans, details and material by VQA fallback; closed: reference engine.
    case(
        "X806-019",
        caption("a young boy in a blue vest and white pants standing in front of a white wall"),
        wearing("a blue vest and white pants", who="the boy"),
        color_of("kurta", "navy blue", "other_garment_color"),
        color_of("jacket", "navy blue"),
        gtype("kurta"),
        details(
            "kurta",
            "mandarin collar and a button placket and a button placket and a button placket and a button placket and "
            "a button placket and a",
            "loop",
            hit_limit=True,
        ),
        mat("silk", "unsupported"),
        title="Aj Dezines Boys Cream Kurta with Pyjamas & Navy Blue Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl, white tee with a rainbow unicorn graphic, pink shorts, white backdrop. Caption: caption adapter;
    # open: QA spans; closed: reference engine.
    case(
        "X806-020",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. His shorts are of short length.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="she"),
        col("pink", "other_garment_color"),
        color_of("shorts", "pink"),
        details("t-shirt", "His shorts are of short length", "pronoun"),
        sleeve("short"),
        mat("cotton"),
        pattern("striped", "contradiction"),
        title="Bodycare Kids Girls White Unicorn Print T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy, clothing set: yellow ribbed-neck tee with a blue car print, plain grey knit shorts, white backdrop.
    # Caption: caption adapter; open: QA spans, t-shirt color and details by VQA fallback; closed: reference engine.
    case(
        "X806-021",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with "
            "cotton fabric and it has a round neckline. The shorts are with cotton fabric and graphic patterns.",
            "unsupported",
        ),
        col("yellow"),
        color_of("shorts", "grey"),
        color_of("t-shirt", "grey", "other_garment_color", kind="open"),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="he"),
        gtype("t-shirt"),
        describe("shorts", "cotton fabric and graphic patterns", "unsupported"),
        details(
            "t-shirt",
            "the t-shirt has a car print on the front and a round neckline with ribbed trim, and the sleeves are "
            "short with ribbed cuffs and the hem is",
            "cut",
            hit_limit=True,
        ),
        title="Little Kangaroos Boys Yellow & Grey Printed T-shirt with Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl, maroon calf-length net fit-and-flare party dress with a sequinned sleeveless bodice, silver
    # sandals, white backdrop. Caption: caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of long length. The dress is "
            "with chiffon fabric.",
            "unsupported",
        ),
        col("red"),
        mat("chiffon", "unsupported"),
        details("dress", "dress", "restated"),
        sleeve("sleeveless"),
        is_a("dress", "no", "contradiction"),
        wearing("a sleeveless dress", who="she"),
        title="Toy Balloon Kids Girls Maroon Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy, navy blue knit shorts with a white drawstring, white tee with a small blue print, white backdrop.
    # Caption: caption adapter (stopped at 50 tokens); open: QA spans; closed: reference engine.
    case(
        "X806-023",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. The neckline of the "
            "T-shirt is",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "navy blue"),
        color_of("t-shirt", "navy blue", "contradiction"),
        details("shorts", "pure color patterns"),
        wearing("a short-sleeve T-shirt with graphic patterns and a three-point shorts", who="the boy"),
        describe("shorts", "three-point shorts"),
        mat("cotton"),
        gtype("shorts"),
        title="United Colors of Benetton Kids Boys Navy Blue Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, teal blue anarkali kurta with a gold foil print, white churidar, off-white dupatta, white backdrop.
    # Caption: base model; open: QA spans, material and details by VQA fallback; closed: reference engine.
    case(
        "X806-024",
        caption("a little girl in a blue dress and white leggings"),
        wearing("a blue dress and white leggings", who="the girl"),
        color_of("kurta", "white", "other_garment_color"),
        color_of("dupatta", "white"),
        gtype("dress", "contradiction"),
        mat("Answer: cotton Question: What is the color of the kurta? Answer: blue", "leak"),
        details("kurta", "gold", "non_answer"),
        title="Aks Kids Girls Teal Blue Printed Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Teal",
        gender="Girls",
    ),
    # photo: boy, sky blue tee with white horizontal stripes, short sleeves, khaki shorts, white backdrop. Caption:
    # caption adapter; open: QA spans, describe by VQA fallback; closed: reference engine.
    case(
        "X806-025",
        caption(
            "This lady wears a short-sleeve T-shirt with stripe patterns and a shorts. Her T-shirt is with cotton "
            "fabric and its neckline is crew. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        pattern("striped"),
        col("blue"),
        color_of("shorts", "beige"),
        wearing("a short-sleeve T-shirt with stripe patterns and a shorts", who="he"),
        details("t-shirt", "its neckline is crew"),
        sleeve("long", "contradiction"),
        describe("t-shirt", "T-shirt", "restated"),
        title="Gini and Jony Boys Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, pink tee with a Minnie Mouse print, white shorts, white backdrop. Caption: caption adapter (repeats
    # a phrase to the limit); open: QA spans; closed: reference engine.
    case(
        "X806-026",
        caption(
            "This lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns and pure "
            "color patterns and pure color patterns and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="she"),
        col("pink"),
        color_of("shorts", "pink", "contradiction"),
        details("t-shirt", "pure color patterns and pure color patterns and pure color patterns", "loop"),
        mat("cotton"),
        title="Disney by Wear Your Mind Girls Pink Minnie Mouse Print T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, maroon silk-blend kurta with gold embroidery around the neck, no pockets, cream churidar, white
    # backdrop. Caption: base model; open: QA spans, material and describe by VQA fallback; closed: reference.
    case(
        "X806-027",
        caption("a young boy in a red kurta and white pants with gold embroidery"),
        color_of("kurta", "maroon"),
        color_of("pants", "maroon", "contradiction"),
        mat("cotton", "unsupported"),
        details("kurta", "gold embroidery"),
        wearing("a red kurta and white pants with gold embroidery", who="he"),
        is_a("kurta", "yes"),
        describe("kurta", "the kurta has gold embroidery on the neckline and a pocket on the chest", "unsupported"),
        title="Sojanya Kids Boys Maroon Silk Blend Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Boys",
    ),
    # photo: flat lay, no child: yellow short-sleeve A-line dress with a white and orange floral print on a white
    # surface. Caption: caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-028",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of knee length. The dress is with "
            "cotton fabric. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns"),
        col("yellow"),
        pattern("polka dot", "contradiction"),
        details("dress", "There is a ring on her finger", "unsupported"),
        describe("dress", "knee length"),
        title="Nauti Nati Girls Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, grey melange tee with short black raglan sleeves, black shorts, white backdrop. Caption: caption
    # adapter; open: QA spans; closed: reference engine.
    case(
        "X806-029",
        caption(
            "This man wears a long-sleeve T-shirt with color block patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are of short length.",
            "contradiction",
        ),
        sleeve("short"),
        col("grey"),
        color_of("shorts", "black"),
        wearing("a long-sleeve T-shirt with color block patterns and a shorts", "contradiction", who="he"),
        mat("cotton"),
        title="Puma Kids Boys Grey Melange Solid Raglan T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl, clothing set: navy-and-white striped tee with plain shoulders and no pocket, red knit shorts,
    # white backdrop. Caption: caption adapter; open: QA spans, details by VQA fallback; closed: reference engine.
    case(
        "X806-030",
        caption(
            "The female wears a short-sleeve T-shirt with stripe patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "navy blue", "contradiction"),
        color_of("t-shirt", "navy blue"),
        describe("t-shirt", "short-sleeve T-shirt with stripe patterns"),
        details("t-shirt", "a pocket on the chest and buttons on the shoulder", "unsupported"),
        wearing("The female", "non_answer", who="she"),
        title="Hopscotch Girls Navy & White Striped T-shirt with Red Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy, white chikankari-embroidered cotton kurta and white pyjama, white backdrop. Caption: base model;
    # open: QA spans, details and material by VQA fallback; closed: reference engine.
    case(
        "X806-031",
        caption("a young boy in a white kurta and white pants"),
        wearing("a white kurta and white pants", who="the boy"),
        col("white"),
        color_of("pants", "white"),
        details(
            "kurta",
            "the kurta has embroidery on the front and the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        mat("Question: What material is the garment made of? Answer: cotton", "leak"),
        pattern("embroidered"),
        title="Fabindia Boys White Chikankari Cotton Kurta Pyjama Set",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, barefoot, red knit shorts with white piping, white printed tee, white backdrop. Caption: caption
    # adapter; open: QA spans, describe by VQA fallback; closed: reference engine.
    case(
        "X806-032",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns. The lady wears a pair of socks.",
            "unsupported",
        ),
        color_of("shorts", "white", "other_garment_color"),
        gtype("shorts"),
        details("shorts", "The shorts are with cotton fabric and pure color patterns"),
        describe("shorts", "Question: Describe the shorts. Answer: the shorts are red", "leak"),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="she"),
        title="Kids Ville Girls Red Solid Regular Shorts",
        category="Shorts",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, lime green tee with "DINO" printed in black, navy denim shorts, holding a toy dinosaur, white
    # backdrop. Caption: caption adapter; open: QA spans, color and describe by VQA fallback; closed: reference.
    case(
        "X806-033",
        caption(
            "This guy wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns."
        ),
        col("green"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        details("t-shirt", "T-shirt", "restated"),
        mat("denim", "contradiction"),
        wearing("a short-sleeve T-shirt with graphic patterns", who="he"),
        describe(
            "t-shirt",
            "dino dino dino dino dino dino dino dino dino dino dino dino dino dino dino dino dino dino dino dino dino "
            "dino dino dino dino dino dino dino dino dino",
            "loop",
            hit_limit=True,
        ),
        title="YK Boys Lime Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Lime Green",
        gender="Boys",
    ),
    # photo: girl, white cotton A-line dress with blue embroidery on the yoke and short flutter sleeves, white
    # backdrop. Caption: caption adapter (repeats its first sentence); open: QA spans, details by VQA fallback;
    # closed: reference engine.
    case(
        "X806-034",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is of three-point length. The "
            "dress is with cotton fabric. It has a round neckline. The female wears a short-sleeve dress with pure "
            "color patterns. The dress is of",
            "loop",
            hit_limit=True,
        ),
        col("white"),
        describe("dress", "a short-sleeve dress with pure color patterns"),
        details("dress", "the details of the dress", "restated"),
        mat("cotton"),
        wearing("a short-sleeve dress", who="the girl"),
        sleeve("sleeveless", "contradiction"),
        title="Fabindia Girls White Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy, olive long-sleeve henley tee with a three-button placket, blue jeans, no watch, white backdrop.
    # Caption: caption adapter; open: QA spans, describe by VQA fallback; closed: reference engine.
    case(
        "X806-035",
        caption(
            "This man wears a long-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns. There is an accessory on his "
            "wrist.",
            "unsupported",
        ),
        sleeve("long"),
        col("blue", "other_garment_color"),
        color_of("pants", "blue"),
        details("t-shirt", "an accessory on his wrist", "unsupported"),
        wearing("a long-sleeve T-shirt with pure color patterns and a long pants", who="he"),
        gtype("shirt", "contradiction"),
        describe("t-shirt", "long", "non_answer"),
        title="Mothercare Boys Olive Green Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl, green mirror-work lehenga, yellow choli, orange dupatta draped over one shoulder (head bare),
    # white backdrop. Caption: base model; open: QA spans, details and material by VQA fallback; closed: reference.
    case(
        "X806-036",
        caption("a little girl in a green and yellow dress with an orange scarf on her head", "unsupported"),
        wearing("a green and yellow dress with an orange scarf", who="the girl"),
        color_of("lehenga", "green"),
        color_of("blouse", "green", "contradiction"),
        details(
            "lehenga",
            "mirror work and gota patti border on the lehenga and the choli and the dupatta and the lehenga and the "
            "choli and the dupatta and the",
            "loop",
            hit_limit=True,
        ),
        mat("velvet", "unsupported"),
        title="Bitiya by Bhama Girls Green & Yellow Mirror Work Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, red tee with a Chhota Bheem print, blue denim shorts, white backdrop. Caption: caption adapter;
    # open: QA spans, describe by VQA fallback; closed: reference engine.
    case(
        "X806-037",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with "
            "cotton fabric. It has a round neckline. The shorts are with denim fabric and pure color patterns."
        ),
        color_of("t-shirt", "blue", "other_garment_color"),
        describe("t-shirt", "the t-shirt is a t-shirt", "restated"),
        details("t-shirt", "graphic patterns"),
        wearing("The gentleman", "non_answer", who="the boy"),
        mat("cotton"),
        color_of("shorts", "blue"),
        title="Chhota Bheem Kids Boys Red Printed T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl, grey melange tee with a pink sequin heart, black shorts, white backdrop. Caption: caption adapter
    # (stopped at 50 tokens); open: QA spans, describe by VQA fallback (empty); closed: reference engine.
    case(
        "X806-038",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. This woman "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        col("black", "other_garment_color"),
        sleeve("short"),
        details("t-shirt", "its neckline is round"),
        pattern("striped", "contradiction"),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="she"),
        describe("t-shirt", "", "non_answer"),
        title="Allen Solly Junior Girls Grey Melange Embellished T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Girls",
    ),
    # photo: boy, orange kurta with mandarin collar, button placket and full sleeves, cream dhoti pants, white
    # backdrop. Caption: base model; open: QA spans, details and material by VQA fallback; closed: reference engine.
    case(
        "X806-039",
        caption("a young boy in an orange kurta and white dhoti"),
        color_of("kurta", "cream", "other_garment_color"),
        color_of("pants", "cream"),
        gtype("kurta"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a front button placket with three buttons, and the sleeves are full "
            "length with a straight hem and the",
            "cut",
            hit_limit=True,
        ),
        mat("cotton Question: What is the color of the kurta? Answer: orange", "leak"),
        wearing("an orange kurta and white dhoti", who="he"),
        title="Vastramay Boys Orange & Cream Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl, pink knee-length tulle party dress with a sequinned sleeveless bodice, holding a silver star wand,
    # pastel backdrop. Caption: caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-040",
        caption(
            "This lady wears a sleeveless dress with pure color patterns. The dress is of knee length. The dress is "
            "with chiffon fabric. There is an accessory in his hand.",
            "pronoun",
        ),
        col("pink"),
        mat("chiffon", "unsupported"),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        details("dress", "There is an accessory in his hand", "pronoun"),
        is_a("dress", "yes"),
        gtype("skirt", "contradiction"),
        title="Pink Chick Girls Pink Embellished Tulle Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, navy blue polo with white-striped collar tipping, grey shorts, sitting on a white stool, white
    # backdrop. Caption: caption adapter (stopped at 50 tokens); open: QA spans, describe by VQA fallback; closed:
    # reference engine.
    case(
        "X806-041",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns and a shorts. The shirt is with cotton "
            "fabric and its neckline is lapel. The shorts are with cotton fabric and pure color patterns. The shorts "
            "this man wears is of three",
            "cut",
            hit_limit=True,
        ),
        color_of("shirt", "grey", "other_garment_color"),
        color_of("shorts", "grey"),
        gtype("polo shirt"),
        details("shirt", "its neckline is lapel"),
        describe("shirt", "Question: Describe the shirt. Answer: The shirt is a navy blue polo shirt", "leak"),
        mat("cotton"),
        title="Tommy Hilfiger Kids Boys Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, indigo blue straight kurta with a white block print, white palazzos, glass bangles, no earrings,
    # white backdrop. Caption: base model; open: QA spans, material and details by VQA fallback; closed: reference.
    case(
        "X806-042",
        caption(
            "a little girl in a blue and white printed dress with white pants and a pair of gold earrings",
            "unsupported",
        ),
        wearing("a blue and white printed dress with white pants", who="she"),
        color_of("kurta", "blue"),
        color_of("pants", "white"),
        pattern("solid", "contradiction"),
        mat(
            "The garment is made of 100% cotton and is machine washable. The garment is made of 100% cotton and is "
            "machine washable. The",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "yes", "non_answer"),
        title="Biba Girls Blue & White Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy, khaki chino shorts with a brown woven belt, light blue tee tucked in, white backdrop. Caption:
    # caption adapter; open: QA spans; closed: reference engine.
    case(
        "X806-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a shorts. The T-shirt is with cotton "
            "fabric. Her shorts are with cotton fabric and pure color patterns. There is a belt.",
            "pronoun",
        ),
        color_of("shorts", "blue", "other_garment_color"),
        color_of("t-shirt", "light blue"),
        details("shorts", "There is a belt"),
        describe("shorts", "shorts", "restated"),
        mat("cotton"),
        gtype("shorts"),
        title="Pepe Jeans Kids Boys Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Boys",
    ),
    # photo: girl, mint green tee with "Be Kind" in white script, blue jeans, white backdrop. Caption: caption adapter
    # (repeats its first sentence to the limit); open: QA spans; closed: reference engine.
    case(
        "X806-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. The lady wears "
            "a short-sleeve T-shirt with graphic patterns and",
            "loop",
            hit_limit=True,
        ),
        col("blue", "other_garment_color"),
        color_of("pants", "blue"),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="she"),
        describe("t-shirt", "short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "graphic patterns and", "cut"),
        sleeve("long", "contradiction"),
        title="Marks & Spencer Girls Green Typography Print T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: flat lay, no child: blue tee with a yellow submarine print, no pocket, and yellow shorts on a white
    # surface. Caption: caption adapter (repeats a sentence); open: QA spans, describe by VQA fallback; closed:
    # reference engine. The feed has no gender for this row.
    case(
        "X806-045",
        caption(
            "The person wears a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is with cotton "
            "fabric. It has a round neckline. The shorts are of short length. The shorts are of short length. The "
            "shorts are of short length. The",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "yellow", "other_garment_color"),
        color_of("shorts", "blue", "contradiction"),
        wearing("a short-sleeve T-shirt with graphic patterns and a shorts", who="the child"),
        details("shorts", "The shorts are of short length", "non_answer"),
        mat("cotton"),
        describe("t-shirt", "the t-shirt has a submarine print and a pocket on the chest", "unsupported"),
        title="Babyhug Kids Blue & Yellow Printed T-shirt with Shorts Set",
        category="Clothing Set",
        color="Blue",
    ),
    # photo: girl, red silk-blend pattu pavadai (long skirt) with small zari motifs and a wide gold border, red
    # blouse with gold sleeve bands, gold necklace, white backdrop. Caption: base model; open: QA spans, material,
    # details and describe by VQA fallback; closed: reference engine. The feed has no color for this row.
    case(
        "X806-046",
        caption("a little girl in a red and gold dress with a gold necklace"),
        wearing("a red and gold dress with a gold necklace", who="the girl"),
        col("red"),
        gtype("lehenga"),
        mat("silk Question: Is this a lehenga? Answer: yes", "leak"),
        details("skirt", "gold border"),
        describe(
            "skirt",
            "the skirt is a long red silk skirt with a wide gold border at the hem and gold zari motifs all over and "
            "a gold waistband with a",
            "cut",
            hit_limit=True,
        ),
        title="Kinder Kids Girls Red & Gold-Toned Silk Blend Pattu Pavadai Set",
        category="Lehenga Choli",
        gender="Girls",
    ),
]
