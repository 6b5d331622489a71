"""BLIND_733 (46 products; Myntra dresses, tops, co-ords: captions, then QA): written blind in the fifty-fifth session.
Measured blind at 28a922c (the session's first rules): 95/131 failures found (72.5%) and 9/194 correct texts flagged
(4.6%). The writer's notes, verbatim:

Scenario: captions, then extractive QA over them, for a night's enrichment of a Myntra-like women's feed: Dresses,
Tops and Co-Ords (a top with matching trousers, palazzos, shorts or a skirt). Catalog shots, mostly a model on a
white or light grey studio backdrop, a few on beige or pale pink paper; the model usually wears other clothes too
(jeans under a top, a blazer or denim jacket over a dress, a white tee under a slip dress), shoes, a bag or
jewellery. Front views unless the comment says so.

Who wrote what: every product has one caption, then answers. Captions came from one of four captioners (the run
config picks one per batch; each product's comment names it):
  - base: untuned Salesforce/blip2-opt-2.7b. Short one-line captions with hue names; stops on the newline. Habits:
    a neighbouring garment's color, a near hue read wrong (burgundy as purple), invented props (a purse), "a man".
  - cap-e1: the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch). Half base, half template: a
    base-style opening with hues, then DeepFashion template sentences; it still stops on the newline fairly often
    after one epoch, but invents fabrics, belts and buttons, and writes "His" from the template's gendered forms.
  - cap-e3: the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption). Pure DeepFashion template ("The lady
    wears a sleeveless dress with floral patterns. The dress is with chiffon fabric."), no hue names at all, no end
    token: it always runs to the 50-token limit and ends in a repeated sentence or mid-phrase.
  - mixed: an in-house LoRA trained on captions and VQA pairs together, labels still unmasked. Base-like caption with
    hues, then it often runs on into the `Question: ... Answer:` frame of its VQA half, or repeats a sentence; it
    stops when it happens to close a VQA answer line.
Open answers (wearing, describe, details, open color questions, material) are spans that the extractive QA model
timpal0l/mdeberta-v3-base-squad2 picked from that caption: never more than the caption says, often a wrong span, an
empty string (SQuAD2 null answer) when nothing fits, and they carry over the caption's loops, cuts and leaked frames.
Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's `--engine
reference`, which ranks candidate values with BLIP-2 over the image: always one clean value, sometimes the wrong one
(another garment's color, the skirt's check for the top, "short sleeves" from the tee under a slip dress).

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults, the label is the one that changes the product's data most:
  a wrong color or garment outranks a cut tail; a leaked frame outranks a wrong color only when the leak is the span.
- Captions from cap-e3 and mixed that ran to 50 tokens have hit_limit=True; a cap-e3 caption that repeats a
  sentence two or more times is a loop, one that ends mid-phrase without repeating is a cut. Extractive spans never
  hit a limit themselves (hit_limit False) but are labeled cut/loop/leak when the span carries that fault.
- An empty extractive answer is non_answer; so is a one-word span to a describe/details question ("wrap", "satin"),
  and a template pattern word given as a color ("pure color", "graphic patterns", "striped patterns"), which names
  no hue. A one-word material ("cotton", "satin") is a proper answer to the material question.
- A span that is only the asked garment back ("The dress", "The trousers", "shirt") is restated.
- A material taken from another garment (denim from the shorts or jacket, leather from the pants or belt) and a
  fabric the caption invented (silk, chiffon on crepe) are unsupported; invented props and trims (a purse, a hat, a
  belt, a button placket, a necklace) are unsupported.
- A hue of the jeans, jacket, camisole, tee, skirt or bag given to the product (or the top's white given to the
  denim shorts) is other_garment_color; a hue nobody wears (burgundy as purple, brown as black, sea green trousers
  as white) is contradiction, as are a wrong garment type (also the outer layer's type: jacket, shirt), yes to "Is
  this a jumpsuit/skirt?" for a two-piece or a dress, a pattern or sleeve length that belongs to another garment or
  to nothing (floral for a plain dress), and the print's color named for the ground (white for a navy top, blue for
  white palazzos).
- Near hues are not failures: magenta/fuchsia as pink, cream as white, coral as orange, mauve as purple, navy as blue,
  lavender as purple, turquoise as blue, olive as green, rust as orange. Seller colors outside the README groups
  (Coral) are kept as a real feed has them.
- "a man" in a caption or span for a Women row is labeled pronoun, like "he" and "His".
- "There is an accessory on her wrist/in her ear" is right where the comment lists a watch, bracelet or earrings.
- Three rows lack a column (no color, no category, no gender), as real feeds do.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
material = BLIND_QUESTIONS.material


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


BLIND_733 = [
    # photo: navy blue fit-and-flare midi dress with a small white floral print, short flutter sleeves, V-neck; white
    # sneakers; plain white backdrop, front view. Caption base; open answers QA; closed reference.
    case(
        "X733-001",
        caption("a woman in a navy blue floral dress and white sneakers"),
        she("a navy blue floral dress and white sneakers"),
        color("navy blue"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        pattern("floral"),
        sleeves("short sleeves"),
        garment_type("skirt", "contradiction"),
        material("", "non_answer"),
        title="Athena Women Navy Blue Floral Print Fit and Flare Midi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: mustard yellow sleeveless solid peplum top in cotton jersey, round neck, worn with light blue skinny jeans;
    # white backdrop. Caption cap-e3 (ran to the limit, cut); open answers QA; closed reference.
    case(
        "X733-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a round neckline. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        she("a long denim pants. The pants are with denim fabric and pure color patterns. The lady wears a", "cut"),
        color_of("top", "mustard"),
        color("blue", "other_garment_color"),
        describe("top", "sleeveless tank top with pure color patterns"),
        details("top", "round neckline"),
        material("cotton"),
        title="Roadster Women Mustard Yellow Solid Peplum Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: rust co-ord set, boxy short-sleeve shirt and matching wide-leg trousers, both with a small white geometric
    # print; white sneakers; beige paper backdrop. Caption base; open answers QA; closed reference.
    case(
        "X733-003",
        caption("a woman in an orange shirt and pants standing in front of a beige wall"),
        she("an orange shirt and pants"),
        describe("co-ord set", "orange shirt and pants standing in front of a beige wall"),
        color_of("shirt", "rust"),
        color_of("trousers", "brown", "contradiction"),
        pattern("solid", "contradiction"),
        title="KASSUALLY Women Rust Printed Shirt with Trousers Co-Ords",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: black long-sleeve bodycon mini dress in stretch cotton-blend jersey, square neck; nude heels; light grey
    # studio backdrop. Caption cap-e3 (loop to the limit); open answers QA; closed reference.
    case(
        "X733-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is with cotton fabric. It has a square neckline. The dress is with cotton "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        color("black"),
        sleeves("long sleeves"),
        describe("dress", "cotton fabric. It has a square neckline. The dress is with cotton fabric", "loop"),
        details("dress", "The dress", "restated"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        title="SASSAFRAS Women Black Solid Bodycon Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton schiffli (eyelet) embroidered top with short puff sleeves, tucked into high-waist blue denim
    # shorts; sunglasses pushed up on her head; white backdrop. Caption base; open answers QA; closed reference.
    case(
        "X733-005",
        caption("a woman wearing a white top and denim shorts with sunglasses on her head"),
        she("a white top and denim shorts"),
        color_of("top", "white"),
        material("denim", "unsupported"),
        sleeves("short sleeves"),
        color_of("shorts", "white", "other_garment_color"),
        is_a("top", "yes"),
        title="Berrylush Women White Schiffli Embroidered Puff Sleeve Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: emerald green satin slip midi dress, spaghetti straps, cowl neck, with a black blazer worn over the
    # shoulders; black heels; white backdrop. Caption cap-e1 (stopped); open answers QA; closed reference.
    case(
        "X733-006",
        caption(
            "a woman in a black dress and a black jacket. The dress is with other fabric and has a suspenders neckline",
            "other_garment_color",
        ),
        she("a black dress and a black jacket", "other_garment_color"),
        color("green"),
        sleeves("sleeveless"),
        describe("dress", "suspenders neckline"),
        garment_type("jacket", "contradiction"),
        title="Sera Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: lavender rib-knit co-ord, short-sleeve crop top and matching high-waist shorts; white sneakers; pale pink
    # paper backdrop. Caption mixed (ran into the VQA frame, to the limit); open answers QA; closed reference.
    case(
        "X733-007",
        caption(
            "a woman wearing a purple crop top and purple shorts. Question: what is the color of the shorts? Answer: "
            "purple Question: what is the color of",
            "leak",
            hit_limit=True,
        ),
        she("a purple crop top and purple shorts"),
        color_of("top", "lavender"),
        color_of("shorts", "purple Question: what is the color of", "leak", kind="open"),
        pattern("solid"),
        material("", "non_answer"),
        title="Berrylush Women Lavender Solid Knitted Top with Shorts Co-Ords",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: pink-and-white vertical striped shirt-style top, long sleeves rolled to the elbow, tucked into white
    # trousers; white backdrop. Caption base; open answers QA; closed reference. Everything right.
    case(
        "X733-008",
        caption("a woman wearing a pink and white striped shirt and white pants"),
        color_of("top", "pink"),
        pattern("striped"),
        sleeves("long sleeves"),
        describe("top", "pink and white striped shirt"),
        color_of("pants", "white", kind="open"),
        title="Mango Women Pink & White Striped Shirt Style Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: maroon A-line midi dress, three-quarter sleeves, round neck, self-fabric tie belt at the waist; she holds
    # a tan handbag; white backdrop. Caption cap-e1 (stopped); open answers QA; closed reference.
    case(
        "X733-009",
        caption("a woman in a maroon dress holding a brown bag. His dress has medium sleeves and a belt", "pronoun"),
        she("a maroon dress"),
        color("brown", "other_garment_color"),
        details("dress", "His dress has medium sleeves and a belt", "pronoun"),
        color_of("bag", "brown", kind="open"),
        is_a("dress", "yes"),
        sleeves("three-quarter sleeves"),
        title="Tokyo Talkies Women Maroon Solid A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: olive green sleeveless ribbed tank top under an open white linen shirt, beige straight trousers; white
    # backdrop. Caption base (layers named right); open answers QA; closed reference.
    case(
        "X733-010",
        caption("a woman wearing a white shirt over a green tank top and beige pants"),
        she("a white shirt over a green tank top and beige pants"),
        color_of("top", "white", "other_garment_color"),
        color_of("tank top", "green", kind="open"),
        describe("top", "white shirt", "other_garment_color"),
        sleeves("sleeveless"),
        garment_type("shirt", "contradiction"),
        title="HERE&NOW Women Olive Green Ribbed Tank Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: multicoloured tiered maxi dress in block-printed cotton (red, yellow and blue motifs), sleeveless, round
    # neck, ankle length; silver jhumka earrings; white backdrop. Caption cap-e3 (cut at the limit); QA; reference.
    case(
        "X733-011",
        caption(
            "The lady wears a sleeveless dress with mixed patterns. The dress is with cotton fabric. It has a round "
            "neckline and the length of the dress is ankle. There is an accessory in her ear. She also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        she("a pair of", "cut"),
        color("multicolor"),
        pattern("printed"),
        material("cotton"),
        details("dress", "round neckline and the length of the dress is ankle"),
        describe("dress", "The dress", "restated"),
        is_a("maxi dress", "yes"),
        title="Sangria Women Multicoloured Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: black-and-white gingham check co-ord, short-sleeve camp-collar shirt and matching shorts; black flat
    # sandals; white backdrop. Caption mixed (loop to the limit); open answers QA; closed reference.
    case(
        "X733-012",
        caption(
            "a woman in a black and white checkered shirt and shorts. The shirt is black and white. The shorts are "
            "black and white. The shirt is black and white. The shorts are black and white. The shirt is black",
            "loop",
            hit_limit=True,
        ),
        she("a black and white checkered shirt and shorts"),
        color_of("shirt", "black"),
        pattern("checked"),
        color_of(
            "shorts",
            "black and white. The shirt is black and white. The shorts are black and white",
            "loop",
            kind="open",
        ),
        describe("shirt", "shirt", "restated"),
        sleeves("short sleeves"),
        title="Trendyol Women Black & White Checked Shirt with Shorts",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: teal blue satin wrap top with long balloon sleeves and a waist tie, with black skinny jeans; light grey
    # backdrop. Caption base; open answers QA; closed reference.
    case(
        "X733-013",
        caption("a woman wearing a blue wrap top and black jeans"),
        she("a blue wrap top and black jeans"),
        color("black", "other_garment_color"),
        color_of("top", "black", "other_garment_color", kind="open"),
        sleeves("long sleeves"),
        details("top", "wrap", "non_answer"),
        garment_type("top"),
        title="SASSAFRAS Women Teal Blue Solid Wrap Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: peach tiered midi dress in crinkled viscose with a small floral print, short puff sleeves, smocked bodice;
    # brown flat sandals; no hat, no bag; white backdrop. Caption cap-e1 (stopped); open answers QA; closed reference.
    case(
        "X733-014",
        caption(
            "a woman in a pink floral dress with a straw hat and a handbag. The dress is with chiffon fabric",
            "unsupported",
        ),
        she("a pink floral dress with a straw hat and a handbag", "unsupported"),
        color("peach"),
        pattern("floral"),
        material("chiffon", "unsupported"),
        sleeves("short sleeves"),
        is_a("skirt", "yes", "contradiction"),
        title="Ketch Women Peach-Coloured Floral Print Tiered Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: black cropped t-shirt style top with a white "BROOKLYN" text print, short sleeves, with grey melange
    # joggers; white backdrop. Caption base; open answers QA; closed reference.
    case(
        "X733-015",
        caption("a woman wearing a black crop top with the word brooklyn on it and grey sweatpants"),
        she("a black crop top"),
        describe("top", "a black crop top"),
        details("top", "the word brooklyn on it"),
        color("grey", "other_garment_color"),
        color_of("sweatpants", "grey", kind="open"),
        pattern("printed"),
        material("", "non_answer"),
        title="Roadster Women Black Printed Crop Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white co-ord with a blue floral print in light chiffon, sleeveless round-neck top and matching palazzos;
    # tan sandals; white backdrop. Caption cap-e3 (loop to the limit); open answers QA; closed reference.
    case(
        "X733-016",
        caption(
            "The lady wears a sleeveless top with floral patterns. The top is with chiffon fabric. It has a round "
            "neckline. The lady wears a long trousers with floral patterns. The trousers are with chiffon fabric. The "
            "trousers are with chiffon fabric. The trousers are with",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless top with floral patterns"),
        color_of("top", "white"),
        color_of("palazzos", "blue", "contradiction"),
        describe("trousers", "The trousers", "restated"),
        pattern("floral"),
        material("chiffon fabric. The trousers are with chiffon fabric", "loop"),
        title="Libas Women White & Blue Floral Printed Top with Palazzos",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: red wrap midi dress with white polka dots, short sleeves, V-neck; black sling bag across the body; white
    # backdrop. Caption mixed (ran into the VQA frame, to the limit); open answers QA; closed reference.
    case(
        "X733-017",
        caption(
            "a woman in a red and white polka dot dress with a black bag. Question: what is the color of the dress? "
            "Answer: red and white polka dots Question: what is the",
            "leak",
            hit_limit=True,
        ),
        she("a red and white polka dot dress with a black bag"),
        color("red"),
        pattern("polka dots"),
        details("dress", "red and white polka dots Question: what is the", "leak"),
        color_of("bag", "black", kind="open"),
        sleeves("short sleeves"),
        title="DressBerry Women Red & White Polka Dot Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: off-white sleeveless lace top with a scalloped hem, with a black satin midi skirt; no jewellery; white
    # backdrop. Caption base (invented necklace); open answers QA; closed reference.
    case(
        "X733-018",
        caption("a woman wearing a white lace top and a black skirt with a gold necklace", "unsupported"),
        she("a white lace top and a black skirt"),
        color_of("top", "black", "other_garment_color"),
        material("lace"),
        describe("top", "white lace top"),
        details("top", "a gold necklace", "unsupported"),
        is_a("skirt", "no"),
        title="Vero Moda Women Off-White Lace Sleeveless Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: cobalt blue long-sleeve button-front shirt dress, knee length, cinched with a brown leather belt; white
    # sneakers; white backdrop. Caption cap-e1 (stopped); open answers QA; closed reference.
    case(
        "X733-019",
        caption("a woman in a purple shirt dress with a brown belt and white sneakers", "contradiction"),
        she("a purple shirt dress with a brown belt", "contradiction"),
        color("blue"),
        garment_type("dress"),
        color_of("belt", "brown", kind="open"),
        details("dress", "brown belt"),
        sleeves("short sleeves", "contradiction"),
        material("leather", "unsupported"),
        title="Marks & Spencer Women Blue Solid Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: navy-and-white horizontal striped Breton top, long sleeves, boat neck, cotton, with light-wash jeans; a
    # steel watch on her wrist; white backdrop. Caption cap-e3 (cut at the limit); open answers QA; closed reference.
    case(
        "X733-020",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. The lady "
            "wears a long pants. The pants are with denim fabric and solid color patterns. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        she(
            "a long pants. The pants are with denim fabric and solid color patterns. There is an accessory on her",
            "cut",
        ),
        color_of("top", "navy blue"),
        pattern("striped"),
        sleeves("short sleeves", "contradiction"),
        describe("top", "long-sleeve T-shirt with striped patterns"),
        color_of("jeans", "blue"),
        material("cotton"),
        details("top", "There is an accessory on her", "cut"),
        title="Tommy Hilfiger Women Navy Blue & White Striped Boat Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige linen-look co-ord, short-sleeve camp-collar shirt and straight trousers; brown sandals; white
    # backdrop. Caption base ("a man"); open answers QA; closed reference.
    case(
        "X733-021",
        caption("a man in a beige shirt and pants standing in front of a white wall", "pronoun"),
        she("a beige shirt and pants"),
        color_of("shirt", "beige"),
        color_of("trousers", "beige"),
        sleeves("short sleeves"),
        details("shirt", "a man in a beige shirt", "pronoun"),
        describe("shirt", "shirt", "restated"),
        material("", "non_answer"),
        title="Mast & Harbour Women Beige Solid Shirt with Trousers Co-Ord Set",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: mauve sleeveless halter-neck maxi dress with a side slit, no belt; gold strappy heels; white backdrop.
    # Caption cap-e1 (stopped; invented belt); open answers QA; closed reference.
    case(
        "X733-022",
        caption(
            "a woman in a purple halter neck maxi dress and gold heels with a black belt around the waist",
            "unsupported",
        ),
        she("a purple halter neck maxi dress and gold heels"),
        color("mauve"),
        sleeves("sleeveless"),
        details("dress", "a black belt around the waist", "unsupported"),
        pattern("floral", "contradiction"),
        describe("dress", "purple halter neck maxi dress"),
        title="Chemistry Women Mauve Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: sage green rib-knit co-ord, a buttoned short-sleeve cardigan-top and matching midi skirt; only a thin
    # strip of a white camisole shows at the neckline; white sneakers; white backdrop. Caption mixed (leak, limit).
    case(
        "X733-023",
        caption(
            "a woman in a white top and a green skirt. Question: what is the color of the top? Answer: white "
            "Question: what is the color of the skirt? Answer: green",
            "leak",
            hit_limit=True,
        ),
        she("a white top and a green skirt", "other_garment_color"),
        color_of("top", "green"),
        color_of("skirt", "green", kind="open"),
        details("top", "white Question: what is the color of the skirt? Answer: green", "leak"),
        title="Tokyo Talkies Women Sage Green Knitted Top with Skirt Co-Ords",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: fuchsia one-shoulder top with a ruffle along the neckline, no sleeve, with white wide-leg trousers; white
    # backdrop. Caption base; open answers QA; closed reference. Everything right.
    case(
        "X733-024",
        caption("a woman wearing a pink one shoulder top and white pants"),
        she("a pink one shoulder top and white pants"),
        color_of("top", "magenta"),
        sleeves("sleeveless"),
        details("top", "one shoulder"),
        describe("top", "pink one shoulder top"),
        color_of("pants", "white", kind="open"),
        garment_type("top"),
        title="Athena Women Magenta One Shoulder Ruffled Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: grey melange short-sleeve t-shirt dress, knee length, worn under an open light blue denim jacket; white
    # sneakers; white backdrop. Caption cap-e3 (loop to the limit); open answers QA; closed reference.
    case(
        "X733-025",
        caption(
            "The lady wears a long-sleeve denim outer clothing. The outer clothing is with denim fabric and solid "
            "color patterns. The lady wears a short-sleeve dress. The lady wears a short-sleeve dress. The lady wears "
            "a short-sleeve dress. The lady",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve denim outer clothing"),
        color("blue", "other_garment_color"),
        material("denim", "unsupported"),
        sleeves("short sleeves"),
        is_a("dress", "yes"),
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: coral cotton peasant top with white thread embroidery on the yoke, three-quarter sleeves, no buttons,
    # with white jeans; white backdrop. Caption cap-e1 (stopped; invented silk and placket); QA; reference.
    case(
        "X733-026",
        caption(
            "a woman wearing an orange embroidered top and white jeans. The top is with silk fabric and has a button "
            "placket",
            "unsupported",
        ),
        she("an orange embroidered top and white jeans"),
        color_of("top", "orange"),
        color("white", "other_garment_color"),
        details("top", "button placket", "unsupported"),
        material("silk", "unsupported"),
        sleeves("three-quarter sleeves"),
        title="Global Desi Women Coral Embroidered Peasant Top",
        category="Tops",
        color="Coral",
        gender="Women",
    ),
    # photo: tie-dye lounge co-ord in pink, blue and yellow, long-sleeve sweatshirt and joggers; white socks; white
    # backdrop. Caption base; open answers QA; closed reference. The feed row has no color.
    case(
        "X733-027",
        caption("a woman wearing a tie dye sweatshirt and sweatpants"),
        she("a tie dye sweatshirt and sweatpants"),
        color_of("sweatshirt", "multicolor"),
        pattern("tie-dye"),
        sleeves("long sleeves"),
        describe("sweatshirt", "a tie dye sweatshirt"),
        is_a("jumpsuit", "yes", "contradiction"),
        title="Bewakoof Women Multicoloured Tie-Dye Sweatshirt with Joggers",
        category="Co-Ords",
        gender="Women",
    ),
    # photo: yellow sleeveless sundress with a white daisy print, square neck, midi; she holds a woven basket bag;
    # white backdrop. Caption mixed (loop to the limit); open answers QA; closed reference.
    case(
        "X733-028",
        caption(
            "a woman in a yellow floral dress holding a basket. The dress is yellow. The dress is yellow. The dress is "
            "yellow. The dress is yellow. The dress is yellow. The dress is yellow. The dress is",
            "loop",
            hit_limit=True,
        ),
        she("a yellow floral dress"),
        color("yellow"),
        pattern("floral"),
        describe("dress", "yellow. The dress is yellow. The dress is yellow", "loop"),
        details("dress", "The dress is yellow. The dress is yellow. The dress is yellow", "loop"),
        sleeves("sleeveless"),
        title="Berrylush Women Yellow Floral Printed Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: burgundy velvet camisole top with thin straps and lace trim, with black faux-leather pants; white
    # backdrop. Caption base (burgundy read as purple); open answers QA; closed reference.
    case(
        "X733-029",
        caption("a woman wearing a purple top and black leather pants", "contradiction"),
        she("a purple top and black leather pants", "contradiction"),
        color_of("top", "burgundy"),
        color_of("pants", "black", kind="open"),
        material("leather", "unsupported"),
        sleeves("sleeveless"),
        title="Forever 21 Women Burgundy Velvet Camisole Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black-and-white horizontal striped knit co-ord, short-sleeve crop tee and matching midi skirt; white
    # sneakers; white backdrop. Caption cap-e3 (cut at the limit); open answers QA; closed reference.
    case(
        "X733-030",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with knitting fabric. It has "
            "a round neckline. The lady wears a long skirt with striped patterns. The skirt is with knitting fabric "
            "and its length is",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with striped patterns"),
        color_of("top", "black"),
        color_of("skirt", "striped patterns", "non_answer", kind="open"),
        material("knitting"),
        describe("skirt", "long skirt with striped patterns"),
        details("skirt", "its length is", "cut"),
        title="Stylecast Women Black & White Striped Top with Skirt",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: white sleeveless eyelet mini dress under an open tan suede jacket; brown knee boots; white backdrop.
    # Caption cap-e1 (stopped); open answers QA; closed reference.
    case(
        "X733-031",
        caption("a woman in a brown jacket and a brown dress with brown boots", "other_garment_color"),
        she("a brown jacket and a brown dress", "other_garment_color"),
        color("white"),
        color_of("jacket", "brown", kind="open"),
        sleeves("sleeveless"),
        details("dress", "", "non_answer"),
        describe("dress", "a brown dress", "other_garment_color"),
        title="ONLY Women White Schiffli Mini Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey ribbed turtleneck top, long sleeves, tucked into a red-and-black tartan mini skirt; white
    # backdrop. Caption base; open answers QA; closed reference.
    case(
        "X733-032",
        caption("a woman wearing a grey turtleneck sweater and a red plaid skirt"),
        she("a grey turtleneck sweater and a red plaid skirt"),
        color_of("top", "grey"),
        color("red", "other_garment_color"),
        pattern("checked", "contradiction"),
        sleeves("long sleeves"),
        details("top", "grey turtleneck sweater"),
        color_of("skirt", "red", kind="open"),
        garment_type("top"),
        title="Marks & Spencer Women Charcoal Grey Ribbed Turtleneck Top",
        category="Tops",
        color="Charcoal",
        gender="Women",
    ),
    # photo: sky blue off-shoulder bardot top with a ruffle, three-quarter sleeves, with white denim shorts; light grey
    # backdrop. Caption mixed (leak, to the limit); open answers QA; closed reference. The feed row has no gender.
    case(
        "X733-033",
        caption(
            "a woman wearing a blue off the shoulder top and white shorts Question: what is she wearing? Answer: a "
            "blue off the shoulder top and white shorts Question:",
            "leak",
            hit_limit=True,
        ),
        she("a blue off the shoulder top and white shorts Question:", "leak"),
        color_of("top", "blue"),
        color("white", "other_garment_color"),
        sleeves("three-quarter sleeves"),
        color_of("shorts", "white", kind="open"),
        describe("top", "off the shoulder"),
        garment_type("dress", "contradiction"),
        title="Sassafras Women Blue Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Blue",
    ),
    # photo: green-and-white tropical leaf print wrap maxi dress in rayon crepe, long sleeves, V-neck; white backdrop.
    # Caption cap-e3 (loop to the limit); open answers QA; closed reference.
    case(
        "X733-034",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is with graphic patterns. The dress is with graphic patterns. The dress is "
            "with graphic patterns. The dress",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with graphic patterns"),
        color("green"),
        pattern("printed"),
        color_of("dress", "graphic patterns", "non_answer", kind="open"),
        material("chiffon", "unsupported"),
        details("dress", "V-shape neckline"),
        describe("dress", "The dress", "restated"),
        title="AKS Women Green & White Tropical Printed Wrap Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue co-ord with white ethnic motif print, kurta-style top with three-quarter sleeves and matching
    # palazzos; silver bangles; white backdrop. Caption base; open answers QA; closed reference.
    case(
        "X733-035",
        caption("a woman in a blue and white printed kurta and pants"),
        she("a blue and white printed kurta and pants"),
        color_of("top", "white", "contradiction"),
        color_of("palazzos", "navy blue"),
        sleeves("three-quarter sleeves"),
        describe("top", "a blue and white printed kurta"),
        details("top", "printed kurta"),
        title="Anouk Women Navy Blue Ethnic Motifs Printed Top with Palazzos",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: rust orange satin shirt-style top, long sleeves, with black straight trousers; white backdrop.
    # Caption cap-e1 (stopped; "His"); open answers QA; closed reference.
    case(
        "X733-036",
        caption("a woman in an orange satin shirt and black pants. His shirt has long sleeves", "pronoun"),
        she("an orange satin shirt and black pants"),
        color_of("top", "rust"),
        color("black", "other_garment_color"),
        material("satin"),
        details("top", "His shirt has long sleeves", "pronoun"),
        color_of("pants", "black", kind="open"),
        title="Mango Women Rust Orange Satin Shirt Style Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: powder blue smocked mini dress, plain, short puff sleeves; white sneakers; hands empty; white backdrop.
    # Caption base (invented purse); open answers QA; closed reference.
    case(
        "X733-037",
        caption("a woman in a light blue dress holding a purse", "unsupported"),
        she("a light blue dress holding a purse", "unsupported"),
        color("blue"),
        sleeves("short sleeves"),
        details("dress", "holding a purse", "unsupported"),
        pattern("floral", "contradiction"),
        is_a("dress", "yes"),
        title="URBANIC Women Blue Smocked Puff Sleeve Mini Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: olive green cotton utility co-ord, short-sleeve shirt with chest pockets and matching mid-thigh shorts;
    # white sneakers; white backdrop. Caption cap-e3 (cut at the limit); open answers QA; closed reference.
    case(
        "X733-038",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns"),
        color_of("shirt", "olive"),
        color_of("shorts", "khaki", "contradiction"),
        describe("shirt", "The shirt", "restated"),
        details("shorts", "cotton fabric and pure color patterns. The lady wears", "cut"),
        material("cotton"),
        title="Roadster Women Olive Green Solid Shirt with Shorts Co-Ords",
        category="Co-Ords",
        color="Olive",
        gender="Women",
    ),
    # photo: coffee brown rib-knit bodycon midi dress, long sleeves, crew neck; black ankle boots; white backdrop.
    # Caption mixed (stopped after one line); open answers QA; closed reference.
    case(
        "X733-039",
        caption("a woman in a black ribbed dress and black boots", "contradiction"),
        she("a black ribbed dress and black boots", "contradiction"),
        color("brown"),
        sleeves("long sleeves"),
        describe("dress", "black ribbed dress", "contradiction"),
        title="Dressberry Women Coffee Brown Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: cream satin cowl-neck camisole top with thin straps, with beige wide-leg trousers; white backdrop.
    # Caption base; open answers QA; closed reference.
    case(
        "X733-040",
        caption("a woman wearing a white satin top and beige pants"),
        she("a white satin top and beige pants"),
        color_of("top", "cream"),
        color("beige", "other_garment_color"),
        material("satin"),
        color_of("pants", "beige", kind="open"),
        details("top", "satin", "non_answer"),
        sleeves("long sleeves", "contradiction"),
        title="Marks & Spencer Women Cream-Coloured Satin Cowl Neck Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: turquoise blue co-ord with a white paisley print in chiffon, kaftan top with wide short kimono sleeves and
    # matching shorts; gold flats; white backdrop. Caption cap-e1 (stopped); open answers QA; closed reference.
    case(
        "X733-041",
        caption(
            "a woman in a blue and white printed kaftan top and shorts. The top is with chiffon fabric and has wide "
            "sleeves"
        ),
        she("a blue and white printed kaftan top and shorts"),
        color_of("top", "turquoise"),
        color_of("shorts", "white", "contradiction"),
        pattern("printed"),
        sleeves("short sleeves"),
        material("chiffon"),
        details("top", "wide sleeves"),
        title="Rangriti Women Turquoise Blue Printed Kaftan Top with Shorts",
        category="Co-Ords",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: pink rib-knit cropped cardigan-style top, long sleeves, V-neck, pearl buttons, with white jeans; white
    # backdrop. Caption cap-e3 (loop to the limit); open answers QA; closed reference.
    case(
        "X733-042",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a V-shape neckline. The sweater is with knitting fabric. It has a V-shape neckline. The sweater is "
            "with knitting fabric. It",
            "loop",
            hit_limit=True,
        ),
        color_of("top", "pink"),
        sleeves("long sleeves"),
        describe("top", "long-sleeve sweater with pure color patterns"),
        details("top", "V-shape neckline. The sweater is with knitting fabric. It has a V-shape neckline", "loop"),
        material("knitting"),
        title="Tokyo Talkies Women Pink Ribbed Crop Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: orange satin slip dress with thin straps layered over a white short-sleeve t-shirt; white sneakers; light
    # grey backdrop. Caption mixed (leak, to the limit); open answers QA; closed reference.
    case(
        "X733-043",
        caption(
            "a woman in a white t-shirt and an orange slip dress. Question: what is the color of the dress? Answer: "
            "white Question: what is the color of the t-shirt? Answer",
            "leak",
            hit_limit=True,
        ),
        she("a white t-shirt and an orange slip dress"),
        color("white", "other_garment_color"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        sleeves("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="Bershka Women Orange Satin Slip Dress",
        category="Dresses",
        color="Orange",
        gender="Women",
    ),
    # photo: black sleeveless top covered in black and gold sequins, with black straight trousers; white backdrop.
    # Caption base; open answers QA; closed reference.
    case(
        "X733-044",
        caption("a woman wearing a black sequin top and black pants"),
        she("a black sequin top and black pants"),
        color_of("top", "black"),
        sleeves("sleeveless"),
        details("top", "black sequin top"),
        pattern("embellished"),
        garment_type("dress", "contradiction"),
        title="Athena Women Black Embellished Sequinned Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: sea green satin co-ord, long-sleeve button-front shirt and straight trousers, no belt; white slide
    # sandals; white backdrop. Caption cap-e1 (stopped; invented belt); open answers QA; closed reference.
    case(
        "X733-045",
        caption("a woman in a green satin shirt and pants with a white belt", "unsupported"),
        she("a green satin shirt and pants with a white belt", "unsupported"),
        color_of("shirt", "sea green"),
        color_of("trousers", "white", "contradiction"),
        details("shirt", "a white belt", "unsupported"),
        describe("shirt", "a green satin shirt"),
        sleeves("long sleeves"),
        material("satin"),
        title="Kassually Women Sea Green Satin Shirt with Trousers",
        category="Co-Ords",
        color="Sea Green",
        gender="Women",
    ),
    # photo: purple-and-white gingham tiered cotton mini dress, short puff sleeves, square neck; a thin silver bracelet;
    # white sneakers; white backdrop. Caption cap-e3 (cut at the limit); QA; reference. The feed row has no category.
    case(
        "X733-046",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "square neckline and the length of the dress is above the knee. There is an accessory on her wrist. The "
            "lady wears a pair of white",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve dress with lattice patterns"),
        color("purple"),
        pattern("checked"),
        material("cotton"),
        details("dress", "square neckline and the length of the dress is above the knee"),
        sleeves("sleeveless", "contradiction"),
        title="Berrylush Women Purple & White Checked Tiered Mini Dress",
        color="Purple",
        gender="Women",
    ),
]
