"""BLIND_1196 (45 products; Myntra dresses and tops, caption + QA): written blind in the sixty-first session. Measured
blind at e097e3a (the session's fifth rules): 89/126 failures found (70.6%) and 8/210 correct texts flagged (3.8%).
The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses and tops (article types Dresses, Tops, Tshirts, Shirts, Tunics; base
colours as Myntra writes them; gender "Women", left out on a few rows as feeds do). Photos are the usual catalog
shots: a model on a plain light backdrop wearing the product with jeans, trousers, a skirt or shorts, now and then a
flat lay, a back view, a prop (a hat held in the hand, a bag on the shoulder, sunglasses on the bedsheet), and two
layered looks (a pinafore over a tee, a check dress over a turtleneck).
Who wrote what: every caption is BLIP-2 OPT-2.7b with leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3), greedy,
50 new tokens; no terminator was trained, so every caption runs to the limit (hit_limit=True on all of them), mostly
cut mid-sentence, sometimes looping a sentence, a few ending on a full stop by chance. The captions keep the
DeepFashion-MultiModal template (lady/female/woman, "with pure color patterns", "is with cotton fabric", "a long
trousers", neckline names, wrist/ring/hat accessories) and never name a hue. Every answer is an extractive span that
timpal0l/mdeberta-v3-base-squad2 took from that caption (an empty string when it chose no answer), so answers never
run to the 30-token limit; they can only be as right as the caption. Dresses were asked: what is she wearing, type,
colour, pattern, sleeve length, material, dress details. Tops were asked: what is she wearing, type, colour of the top,
pattern, sleeve length, describe the top.
Labeling conventions and judgement calls: one label per text, the most serious error wins (a cut caption that also
invents a hat or turns a dress into a shirt and a skirt is labeled for the invention or the contradiction, not the
cut). A hue question answered with a pattern word ("pure color", "solid color", "floral", "striped", "lattice",
"graphic", "complicated") or an empty span is non_answer; when the word comes from the other garment's sentence of
the caption ("denim" from the jeans, "pure color" from the plain trousers under a striped shirt) it is
other_garment_color. "denim" for a garment that is itself blue denim is accepted. "shirt" or "blouse" for a woven
blouse-like top is accepted (the In-shop class is blouse/shirt); "T-shirt" for a woven peplum, lace or puff-sleeve
top, "sweater" for a thin rib top, "tank top" or "T-shirt"/"skirt" for a dress are contradictions. Polka dots called
"graphic" are accepted as "printed". Material is judged loosely from the photo (georgette as "chiffon", crepe or
poly blends as "cotton" left unmarked) unless the title names another fabric (satin, denim), then contradiction;
"other" as the material or the description is non_answer. An answer that is true of the photo but about the other
garment ("a long skirt" to "what is she wearing?") is left correct; the same answer to a question about the product
(its type, sleeves, pattern, material, details) is a contradiction. Accessories, trousers or a person the photo
does not show are unsupported. "his"/"gentleman" for the woman model is pronoun. A span that stops where the caption
was cut ("There is an accessory on") is cut.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, color_of, describe, details, wearing

BLIND_1196 = [
    # Truth: front view, black sleeveless fit-and-flare knee-length dress, round neck, black heels, thin silver
    # bracelet.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a medium short dress. The dress is "
            "with cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        details("dress", "It has a round neckline"),
        gender="Women",
        title="DressBerry Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: maroon rib-knit bodycon midi, long sleeves, square neck, white sneakers; model turned three-quarters.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-002",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It "
            "has a square neckline. The female wears a long dress. The dress is with knitted fabric and pure color "
            "patterns. The female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("knitted"),
        details("dress", "It has a square neckline"),
        gender="Women",
        title="SASSAFRAS Women Maroon Solid Bodycon Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: pink georgette tiered maxi with small white-and-green flowers, short flutter sleeves, V-neck; the model
    # holds a straw hat in her hand (prop), she does not wear it.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-003",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a hat. The lady wears a long dress. The dress is with chiffon fabric and "
            "floral patterns. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Athena Women Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: navy woven top with small white polka dots, short puff sleeves, round neck, tucked into light-blue jeans.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-004",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "denim", "other_garment_color"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "a short-sleeve shirt with graphic patterns"),
        gender="Women",
        title="Roadster Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Truth: flat lay, white cotton crew-neck T-shirt on a pale wooden floor, no person, nothing else in the frame.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-005",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a crew neckline. The person wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        BQ.garment_type("T-shirt"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "a short-sleeve T-shirt with pure color patterns"),
        gender="Women",
        title="HERE&NOW Women White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Truth: mustard rib-knit fitted sleeveless top, square neck, black straight trousers.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-006",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a square neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The female",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", who="she"),
        BQ.garment_type("tank top"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        describe("top", "a sleeveless tank top with pure color patterns"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
    ),
    # Truth: olive cotton shirt dress, collar, button placket, long sleeves rolled to the elbow, fabric tie belt,
    # knee length. The caption reads it as a shirt and a skirt.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        BQ.garment_type("shirt", "contradiction"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Shirt Dress",
        category="Dresses",
        color="Olive",
    ),
    # Truth: red wrap midi with a white floral print, three-quarter sleeves, V-neck, waist tie; hand on the hip, no
    # ring, no bracelet.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-008",
        caption(
            "The dress this lady wears has long sleeves, chiffon fabric and floral patterns. It has a v-shape "
            "neckline. There is an accessory on her wrist. There is a ring on her finger. The dress this lady wears "
            "has long sleeves, chiffon fabric and floral",
            "loop",
            hit_limit=True,
        ),
        wearing("a ring on her finger", "unsupported", who="she"),
        BQ.garment_type("dress"),
        BQ.color("floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("long sleeves", "contradiction"),
        BQ.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Berrylush Women Red Floral Printed Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: black shirt with tonal self stripes, collar, long sleeves, untucked over white trousers. No gender column.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-009",
        caption(
            "This woman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this woman wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. This woman",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "pure color", "other_garment_color"),
        BQ.pattern("striped"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "a long-sleeve shirt with striped patterns"),
        title="Vero Moda Women Black Self-Striped Shirt",
        category="Shirts",
        color="Black",
    ),
    # Truth: back view, teal sleeveless A-line mini with a concealed back zip; the model faces the wall, neckline
    # not visible (the front is a round neck).
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a medium short dress. The dress is with cotton fabric and pure color "
            "patterns. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        details("dress", "It has a v-shape neckline", "unsupported"),
        gender="Women",
        title="AND Women Teal Blue Solid A-Line Dress",
        category="Dresses",
        color="Teal",
    ),
    # Truth: peach georgette peplum top, short flutter sleeves, round neck, with mid-blue skinny jeans.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-011",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon "
            "fabric. It has a round neckline. The female wears a long pants. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        BQ.garment_type("T-shirt", "contradiction"),
        color_of("top", "", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "chiffon fabric"),
        gender="Women",
        title="Harpa Women Peach-Coloured Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Truth: multicoloured ethnic-print maxi, long sleeves, round neck with keyhole and tassels, two bangles on the
    # left wrist, a clutch in the right hand.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-012",
        caption(
            "The lady wears a long-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long dress. The dress is with cotton fabric and complicated patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with complicated patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("complicated", "non_answer"),
        BQ.pattern("complicated"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="Global Desi Women Multicoloured Printed Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Truth: white cotton broderie anglaise off-shoulder top, short puff sleeves, with light denim shorts.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-013",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns. The blouse is with cotton fabric. It has a "
            "suspenders neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse with pure color patterns", who="she"),
        BQ.garment_type("blouse"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "a short-sleeve blouse with pure color patterns"),
        gender="Women",
        title="ONLY Women White Broderie Anglaise Top",
        category="Tops",
        color="White",
    ),
    # Truth: lavender cotton smocked mini, tiered skirt, short puff sleeves, square neck.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-014",
        caption(
            "The female is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a square neckline. The female wears a medium short dress. The female wears a medium short dress. The "
            "female wears a medium",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        details("dress", "medium short dress. The female wears a medium short dress", "loop"),
        gender="Women",
        title="Sera Women Lavender Smocked Tiered Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Truth: navy-and-white Breton striped jersey top, long sleeves, boat neck, beige chinos.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-015",
        caption(
            "This woman wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this woman wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns", who="she"),
        BQ.garment_type("T-shirt"),
        color_of("top", "striped", "non_answer"),
        BQ.pattern("striped"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "a long-sleeve T-shirt with striped patterns"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Truth: black satin slip midi, spaghetti straps, cowl neck, gold hoop earrings, bare neck (no necklace).
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-016",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. The neckline of it is suspenders. The "
            "dress is of long length. The fabric is cotton and it has pure color patterns. The lady has neckwear. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("neckwear", "unsupported", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("no sleeves"),
        BQ.material("cotton", "contradiction"),
        details("dress", "The neckline of it is suspenders"),
        gender="Women",
        title="Tokyo Talkies Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: light-blue washed denim shirt, long sleeves rolled, collar, over black jeans, watch on the left wrist.
    # No gender column.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-017",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "denim"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "a long-sleeve shirt with pure color patterns"),
        title="Roadster Women Blue Washed Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Truth: green midi with white daisies, sleeveless, V-neck, a thin tan belt at the waist.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-018",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a belt. The lady wears a long dress. The dress is with chiffon fabric "
            "and floral patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("chiffon"),
        details("dress", "a belt"),
        gender="Women",
        title="DressBerry Women Green Floral Print Fit & Flare Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: rust thin rib-knit cropped top, long sleeves, round neck, black faux-leather mini skirt.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-019",
        caption(
            "The female wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The female wears a medium short skirt. The skirt is with leather fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium short skirt", who="she"),
        BQ.garment_type("sweater", "contradiction"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "knitted fabric"),
        gender="Women",
        title="Trendyol Women Rust Orange Solid Ribbed Crop Top",
        category="Tops",
        color="Rust",
    ),
    # Truth: yellow-and-white gingham mini, short puff sleeves, sweetheart neckline, no jewellery.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-020",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The lady wears a medium short dress. The dress is with cotton fabric and lattice "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("lattice", "non_answer"),
        BQ.pattern("lattice"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        details("dress", "There is an accessory on", "cut"),
        gender="Women",
        title="Berrylush Women Yellow Checked A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: cream linen-blend shirt, collar, long sleeves, tucked into mid-blue jeans with a brown belt.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-021",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a belt",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "a long-sleeve shirt with pure color patterns"),
        gender="Women",
        title="H&M Women Cream-Coloured Linen-Blend Shirt",
        category="Shirts",
        color="Cream",
    ),
    # Truth: indigo cotton tunic with white block-print motifs, three-quarter sleeves, mandarin collar, white leggings.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-022",
        caption(
            "The female is wearing a long-sleeve shirt with complicated patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The female wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The female",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with complicated patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "complicated", "non_answer"),
        BQ.pattern("complicated"),
        BQ.sleeve_length("long-sleeve", "contradiction"),
        describe("top", "cotton fabric"),
        gender="Women",
        title="Anouk Women Blue Ethnic Motifs Printed Tunic",
        category="Tunics",
        color="Blue",
    ),
    # Truth: magenta satin wrap top, long balloon sleeves, V-neck, black trousers.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-023",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "v-shape neckline. This female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This female",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "other fabric", "non_answer"),
        gender="Women",
        title="StyleStone Women Magenta Satin Wrap Top",
        category="Tops",
        color="Magenta",
    ),
    # Truth: sea-green halter maxi, sleeveless, flowing georgette, nothing else visible.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady wears a long dress. The dress is with chiffon fabric and pure color "
            "patterns. The lady wears a long dress.",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("chiffon"),
        details("dress", "suspenders neckline"),
        gender="Women",
        title="Kassually Women Sea Green Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Truth: woman with a short pixie cut, grey melange cotton crew-neck tee, half-tucked into black jeans.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-025",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The gentleman wears a long trousers. The trousers are with denim fabric "
            "and pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        BQ.garment_type("T-shirt"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "a short-sleeve T-shirt with pure color patterns"),
        gender="Women",
        title="Roadster Women Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Truth: red off-shoulder Bardot top with short ruffled sleeves sewn to the elastic band, white jeans. The feed
    # row has no base colour.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-026",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. The female wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The female",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction", who="she"),
        BQ.garment_type("tank top", "contradiction"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless", "contradiction"),
        describe("top", "cotton fabric"),
        gender="Women",
        title="Miss Chase Women Red Off-Shoulder Bardot Top",
        category="Tops",
    ),
    # Truth: back view, black sleeveless bodycon midi with an open back, model looking over her shoulder, bare wrists.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-027",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a long dress. The dress is with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Black Backless Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: black cotton tee with a white "BROOKLYN" text print, short sleeves, crew neck, blue denim shorts.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-028",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The person wears a three-point shorts. The shorts are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        BQ.garment_type("T-shirt"),
        color_of("top", "graphic", "non_answer"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "a short-sleeve T-shirt with graphic patterns"),
        gender="Women",
        title="Roadster Women Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Truth: blue denim pinafore dress (sleeveless, square bib, above the knee) over a white short-sleeve tee. The
    # caption sees only the tee and a skirt.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-029",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium short skirt. The skirt is with denim fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve", "contradiction"),
        BQ.material("cotton", "contradiction"),
        details("dress", "medium short skirt", "contradiction"),
        gender="Women",
        title="U.S. Polo Assn. Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: black rib-knit tank top, round neck, beige wide-leg trousers, thin gold chain necklace.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-030",
        caption(
            "Her tank top has sleeves cut off, knitted fabric and pure color patterns. The neckline of her tank top is "
            "round. The pants the lady wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The lady has",
            "cut",
            hit_limit=True,
        ),
        wearing("Her tank top", who="she"),
        BQ.garment_type("tank top"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeves cut off"),
        describe("top", "sleeves cut off, knitted fabric and pure color patterns"),
        gender="Women",
        title="ONLY Women Black Ribbed Tank Top",
        category="Tops",
        color="Black",
    ),
    # Truth: off-white textured shift dress, short sleeves, round neck, knee length, a straw bag on the shoulder,
    # bare hands and wrists.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-031",
        caption(
            "The female is wearing a short-sleeve dress with pure color patterns. The dress is with other fabric. It "
            "has a round neckline. The female wears a medium short dress. There is an accessory on her wrist. The "
            "female wears a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("other", "non_answer"),
        details("dress", "a ring on her", "cut"),
        gender="Women",
        title="Mango Women Off-White Self Design Shift Dress",
        category="Dresses",
        color="Off White",
    ),
    # Truth: white shirt-style top with thin black vertical stripes, collar, buttons, long sleeves, knotted hem,
    # black trousers.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-032",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "striped", "non_answer"),
        BQ.pattern("striped"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "a long-sleeve shirt with striped patterns"),
        gender="Women",
        title="Berrylush Women White & Black Striped Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Truth: teal woven top with small pink flowers, short puff sleeves, square neck, tucked into a long white skirt.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-033",
        caption(
            "The lady wears a short-sleeve T-shirt with floral patterns. The T-shirt is with chiffon fabric. It has a "
            "square neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long skirt", who="she"),
        BQ.garment_type("T-shirt", "contradiction"),
        color_of("top", "floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "chiffon fabric"),
        gender="Women",
        title="Athena Women Teal Green Floral Print Puff Sleeves Top",
        category="Tops",
        color="Teal",
    ),
    # Truth: black dress with white polka dots, short flutter sleeves, V-neck, knee length, ruffled hem.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-034",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a medium short dress. The dress is with chiffon fabric and graphic "
            "patterns. The lady wears a medium short dress. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("graphic", "non_answer"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("chiffon"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Dodo & Moa Women Black Polka Dot Ruffled Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: flat lay on a white bedsheet, pink cotton crop tee with a white butterfly print, short sleeves, crew
    # neck; a pair of sunglasses lies beside it. No person, no trousers.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-035",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The person wears sunglasses. The person wears a long trousers. The trousers are "
            "with denim fabric and",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        BQ.garment_type("T-shirt"),
        color_of("top", "graphic", "non_answer"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "a short-sleeve T-shirt with graphic patterns"),
        gender="Women",
        title="Tokyo Talkies Women Pink Printed Crop T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # Truth: black maxi with a white abstract print, long sleeves, V-neck.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-036",
        caption(
            "This woman wears a long-sleeve dress with complicated patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. This woman wears a long dress. The dress is with chiffon fabric and complicated "
            "patterns. This woman wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with complicated patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("", "non_answer"),
        BQ.pattern("complicated"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("chiffon"),
        details("dress", "The dress", "restated"),
        gender="Women",
        title="Harpa Women Black & White Abstract Printed Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: rust satin wrap top, long balloon sleeves, V-neck, black pencil skirt, no rings. No gender column.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-037",
        caption(
            "The upper clothing has long sleeves, other fabric and pure color patterns. The neckline of it is v-shape. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. The "
            "lady wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "unsupported", who="she"),
        BQ.garment_type("upper clothing", "non_answer"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long sleeves"),
        describe("top", "long sleeves, other fabric and pure color patterns"),
        title="AND Women Rust Orange Solid Wrap Top",
        category="Tops",
        color="Rust",
    ),
    # Truth: yellow rib-knit T-shirt dress, short sleeves, crew neck, knee length, white sneakers. The caption splits
    # it into a tee and a skirt.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-038",
        caption(
            "The female is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with knitted "
            "fabric. It has a crew neckline. The female wears a medium short skirt. The skirt is with knitted fabric "
            "and pure color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("knitted"),
        details("dress", "crew neckline"),
        gender="Women",
        title="Qurvii Women Yellow Solid Ribbed T-shirt Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: black lace top with scalloped hem, short sleeves, round neck, lined body, blue jeans.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-039",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with other fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        BQ.garment_type("T-shirt", "contradiction"),
        color_of("top", "pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        describe("top", "other fabric", "non_answer"),
        gender="Women",
        title="Chemistry Women Black Lace Top",
        category="Tops",
        color="Black",
    ),
    # Truth: mid-blue denim sleeveless A-line mini, button front, square neck, a silver watch on the left wrist.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric. It has a "
            "square neckline. The lady wears a medium short dress. The dress is with denim fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        BQ.garment_type("dress"),
        BQ.color("denim"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("denim"),
        details("dress", "square neckline"),
        gender="Women",
        title="ONLY Women Blue Denim A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: green sweetheart corset-style crop top on thin straps, with mid-blue wide-leg jeans.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-041",
        caption(
            "This female wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a suspenders neckline. This female wears a long pants. The pants are with denim fabric and pure "
            "color patterns. This female",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", who="she"),
        BQ.garment_type("tank top"),
        color_of("top", "denim", "other_garment_color"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        describe("top", "a sleeveless tank top with pure color patterns"),
        gender="Women",
        title="URBANIC Women Green Solid Corset Style Crop Top",
        category="Tops",
        color="Green",
    ),
    # Truth: woman with a short cropped haircut, black sleeveless round-neck midi dress, plain backdrop. The caption
    # makes her a gentleman in a tank top and pants.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-042",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. The neckline of his tank top is "
            "round. The pants the gentleman wears is of long length. The pants are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("The pants", "contradiction", who="she"),
        BQ.garment_type("tank top", "contradiction"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeves cut off"),
        BQ.material("cotton"),
        details("dress", "The neckline of his tank top is round", "pronoun"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: sea-green woven top, long puff sleeves, square neck, smocked back, white jeans.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-043",
        caption(
            "The lady wears a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. It has a "
            "square neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns", who="she"),
        BQ.garment_type("blouse"),
        color_of("top", "", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "chiffon fabric"),
        gender="Women",
        title="SASSAFRAS Women Sea Green Puff Sleeves Top",
        category="Tops",
        color="Sea Green",
    ),
    # Truth: grey-and-black check sleeveless A-line mini dress worn over a black long-sleeve turtleneck. The caption
    # takes the turtleneck for the top and the dress for a skirt.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-044",
        caption(
            "The female is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. "
            "It has a stand neckline. The female wears a medium short skirt. The skirt is with cotton fabric and "
            "lattice patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="she"),
        BQ.garment_type("sweater", "contradiction"),
        BQ.color("lattice", "non_answer"),
        BQ.pattern("pure color", "contradiction"),
        BQ.sleeve_length("long-sleeve", "contradiction"),
        BQ.material("knitted", "contradiction"),
        details("dress", "medium short skirt", "contradiction"),
        gender="Women",
        title="Zink London Women Grey Checked A-Line Dress",
        category="Dresses",
        color="Grey",
    ),
    # Truth: blue blouse with white flowers, long sleeves, V-neck with a tie, beige trousers.
    # Wrote: caption by the epoch-3 caption adapter; every answer a mdeberta-v3-base-squad2 span of the caption.
    case(
        "X1196-045",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a long trousers.",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", who="she"),
        BQ.garment_type("shirt"),
        color_of("top", "floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("long-sleeve"),
        describe("top", "a long-sleeve shirt with floral patterns"),
        gender="Women",
        title="H&M Women Blue Floral Print Blouse",
        category="Tops",
        color="Blue",
    ),
]
