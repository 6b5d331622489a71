"""BLIND_1604 (46 products; Myntra tops and dresses, captions + span QA): written blind in the sixty-sixth session.
Measured blind at 5d4d43a (the session's fifth rules): 100/117 failures found (85.5%) and 12/151 correct texts
flagged (7.9%). The writer's notes, verbatim:

Scenario: a Myntra women's dresses and tops feed (article types Dresses, Tops, Tshirts, Shirts; base colour; gender),
the usual catalog shots: a model on a plain backdrop wearing the product with jeans, trousers, shorts or a skirt, now
and then a flat lay, a back view, a held bag or a hat. Each photo was captioned by BLIP-2 OPT-2.7b with the epoch-3
caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens; then every question was answered
by timpal0l/mdeberta-v3-base-squad2 over that caption alone.
Who wrote what: the caption is the adapter's; every answer is a span the extractive QA model cut out of that caption
(or its empty "no answer"), so no answer holds a word the caption lacks. The adapter speaks only the
DeepFashion-MultiModal template: "pure color", "floral", "graphic", "lattice", "striped" are its only "colors", the
garment is often "the upper clothing", fabrics come from its short list (cotton, chiffon, denim, knitted, leather,
other), and it never learned to stop, so nearly every caption runs to the 50-token limit, most of them mid-sentence,
some of them circling on "There is an accessory on her wrist".
Labeling conventions and judgement calls: a caption that ran to the limit and stops mid-sentence is `cut`
(hit_limit=True) unless something worse is in it (a loop, a wrong pronoun, an invented garment or accessory, a pattern
the title contradicts), then that kind, still with hit_limit=True. Three captions ran to the limit but happen to end
on a full sentence with nothing wrong in them: hit_limit=True, left unmarked. Any answer to a color question that
names no hue ("pure color", "solid color", "floral", "graphic", "lattice", empty) is `non_answer`, except where the
span is the other garment's template "color" while the product's own is a different one (a floral or striped top
answered with the jeans' "solid color"): `other_garment_color`. An empty span and a bare "upper clothing" for the
garment type are `non_answer`. A material or pattern the title contradicts (satin called chiffon, polka dots called
pure color, an off-shoulder called suspenders) is `contradiction`; one only the photo contradicts (a matte rayon
called chiffon, a block print called floral, an invented ring or pants) is `unsupported`. The other garment, a
jacket's fabric or an accessory given for the product is `contradiction`. "Shirt" and "T-shirt" for a Myntra top, and
"tank top" for a cami or crop top, are accepted; "sweater" for a thin ribbed top and "shirt" for a shirt dress are
not. The sleeve answer "medium length", lifted from the dress-length sentence, is `restated`. Tonal embroidery counts
as pure color; a buffalo check as lattice; an abstract or motif print as graphic. No prompt leak is possible here (the
QA model only copies the caption, and the caption has no question prompt), so there is none.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1604 = [
    # Front shot: black short-sleeve round-neck cotton top tucked into blue jeans, white sneakers.
    # Caption: epoch-3 caption adapter, cut at 50 tokens; answers: extractive QA over the caption.
    case(
        "X1604-001",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Regular Top",
        category="Tops",
        color="Black",
    ),
    # Knee-length maroon floral A-line dress, flutter short sleeves, V-neck, watch on the left wrist, tan sandals.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-002",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of medium length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("floral", "non_answer"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "a short-sleeve dress"),
        gender="Women",
        title="HERE&NOW Women Maroon Floral Print A-Line Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Black sleeveless bodycon mini, square neck, silver bracelet, clutch in hand, heels.
    # Caption: adapter, loops on the accessory sentence to the limit; answers: extractive QA.
    case(
        "X1604-003",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        Q.color("", "non_answer"),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Mustard ribbed sleeveless crop top, high neck, white wide-leg trousers, thin bangle.
    # Caption: adapter, cut; answers: extractive QA (no answer for the color).
    case(
        "X1604-004",
        caption(
            "Her tank top has no sleeves, knitted fabric and pure color patterns. It has a standing neckline. She "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top", who="she"),
        Q.garment_type("tank top"),
        Q.material("knitted"),
        Q.color("", "non_answer"),
        Q.sleeve_length("no sleeves"),
        gender="Women",
        title="SASSAFRAS Women Mustard Yellow Ribbed Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # White long-sleeve shirt-style top with collar and buttons, front-tucked into light-blue jeans.
    # Caption: adapter ("upper clothing" template), cut; answers: extractive QA.
    case(
        "X1604-005",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        details("top", "It has a lapel neckline"),
        Q.color("solid color", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women White Solid Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Red midi wrap dress, short puff sleeves, V-neck, self tie belt, white heels; bare wrists, no rings.
    # Caption: adapter, ran to the limit on two invented accessories; answers: extractive QA.
    case(
        "X1604-006",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. The lady wears a belt. There is an accessory on her wrist. There is a ring on "
            "her finger.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "The lady wears a belt"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Berrylush Women Red Solid Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Mid-blue denim shirt dress, long sleeves rolled once, collar, button front, knee length, tan belt.
    # Caption: adapter reads it as a shirt over a skirt, cut; answers: extractive QA.
    case(
        "X1604-007",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a belt. The lower clothing is of medium short length. The fabric is "
            "denim and it has",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        is_a("dress", "", "non_answer"),
        Q.material("denim"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="AND Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Black satin cami top, thin straps, V-neck, beige trousers, a ring on the right hand.
    # Caption: adapter, ran to the limit ending on a full sentence, all of it right; answers: extractive QA.
    case(
        "X1604-008",
        caption(
            "Her tank top has no sleeves, chiffon fabric and pure color patterns. It has a suspenders neckline. She "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is a ring on her "
            "finger.",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.garment_type("tank top"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Vero Moda Women Black Solid Satin Top",
        category="Tops",
        color="Black",
    ),
    # Pink peplum top, cap sleeves, round neck with bead embellishment, white jeans.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-009",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        details("top", "its neckline is round"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("shirt"),
        Q.pattern("pure color"),
        gender="Women",
        title="DressBerry Women Pink Embellished Peplum Top",
        category="Tops",
        color="Pink",
    ),
    # Short-haired woman, three-quarter angle: olive oversized tee, black cycling shorts, sneakers.
    # Caption: adapter calls her a gentleman, runs to the limit; answers: extractive QA.
    case(
        "X1604-010",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and pure color",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Olive Green Solid Oversized T-shirt",
        category="Tshirts",
        color="Olive",
    ),
    # Navy floral maxi dress, three-quarter sleeves, round neck, ankle length; straw bag on the forearm.
    # Caption: adapter splits it into upper and lower clothing, cut; answers: extractive QA ("dress" not in caption).
    case(
        "X1604-011",
        caption(
            "The upper clothing has medium sleeves, chiffon fabric and floral patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has floral patterns. There is an accessory "
            "on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.sleeve_length("medium sleeves"),
        Q.pattern("floral"),
        describe("dress", "The upper clothing has medium sleeves, chiffon fabric and floral patterns"),
        is_a("dress", "", "non_answer"),
        gender="Women",
        title="Sera Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Flat lay on white: peach georgette top, short flutter sleeves, round neck with keyhole. No person, no pants.
    # Caption: adapter invents a lady in denim pants, cut; answers: extractive QA.
    case(
        "X1604-012",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        wearing("a long pants", "unsupported", who="she"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Harpa Women Peach Solid Georgette Top",
        category="Tops",
        color="Peach",
    ),
    # Black and white horizontal stripes, long sleeves, wide boat neck, black trousers.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-013",
        caption(
            "The lady is wearing a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("striped", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("T-shirt"),
        details("top", "its neckline is round"),
        gender="Women",
        title="Athena Women Black & White Striped Top",
        category="Tops",
        color="Black",
    ),
    # Back view: rust sleeveless fit-and-flare dress with a tie-up back; the neckline cannot be seen.
    # Caption: adapter, loops on the accessory sentence; answers: extractive QA.
    case(
        "X1604-014",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of medium length. There is an accessory on her wrist. There is an "
            "accessory on her wrist",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        details("dress", "its neckline is v-shape", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Rust Orange Solid Fit and Flare Dress",
        category="Dresses",
        color="Rust",
    ),
    # Off-white cotton top with tonal chikankari embroidery, three-quarter sleeves, round neck, blue jeans.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-015",
        caption(
            "The lady is wearing a medium-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("medium-sleeve"),
        describe("top", "a medium-sleeve shirt with pure color patterns"),
        Q.color("solid color", "non_answer"),
        gender="Women",
        title="Anouk Women Off-White Embroidered Cotton Top",
        category="Tops",
        color="Off White",
    ),
    # Blue and white checked long-sleeve shirt worn open over a white tank, black jeans.
    # Caption: adapter describes the tank as the upper clothing, cut on the outer layer; answers: extractive QA.
    case(
        "X1604-016",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. This lady also "
            "wears an outer clothing",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("no sleeves", "contradiction"),
        Q.pattern("pure color", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Blue & White Checked Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Lavender top, short puff sleeves, square neck, tucked into a white mini skirt.
    # Caption: adapter, ran to the limit ending on a full sentence, all right; answers: extractive QA.
    case(
        "X1604-017",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is square. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("shirt"),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        details("top", "its neckline is square"),
        gender="Women",
        title="SASSAFRAS Women Lavender Solid Puff Sleeves Top",
        category="Tops",
        color="Lavender",
    ),
    # Green and white geometric block-print midi dress, three-quarter sleeves, round neck, kolhapuri flats.
    # Caption: adapter calls the print floral, cut; answers: extractive QA.
    case(
        "X1604-018",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. The lady wears a ring "
            "on her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral", "unsupported"),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        gender="Women",
        title="Ishin Women Green & White Printed A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # White short-sleeve fitted crop top, round neck, high-waist black denim shorts. (The feed has no colour here.)
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-019",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. She wears "
            "a three-point shorts. The shorts are with denim fabric and solid color patterns. There is an accessory on "
            "her wrist. She",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        wearing("a three-point shorts", "contradiction", who="she"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("pure color"),
        gender="Women",
        title="Tokyo Talkies Women White Solid Crop Top",
        category="Tops",
    ),
    # Yellow floral tiered maxi, sleeveless, V-neck, matte opaque rayon; bangles, a ring, flat sandals.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-020",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. There is a ring on "
            "her finger. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        describe("dress", "a sleeveless dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Global Desi Women Yellow Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Black long-sleeve lace top, sheer sleeves, round neck, black knee-length skirt.
    # Caption: adapter ("other fabric" for lace), cut; answers: extractive QA.
    case(
        "X1604-021",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is round. The lady wears a medium short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.material("other", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "non_answer"),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        Q.garment_type("shirt"),
        gender="Women",
        title="Harpa Women Black Lace Top",
        category="Tops",
        color="Black",
    ),
    # Athletic woman, ponytail, side angle: charcoal short-sleeve round-neck tee, black track pants.
    # Caption: adapter calls her "this man", runs to the limit; answers: extractive QA.
    case(
        "X1604-022",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.color("pure color", "non_answer"),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        Q.material("cotton"),
        gender="Women",
        title="HRX by Hrithik Roshan Women Charcoal Grey Solid Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
    ),
    # Red floral wrap top, short sleeves, V-neck, white jeans.
    # Caption: adapter, cut; answers: extractive QA (the color span is the jeans' "solid color").
    case(
        "X1604-023",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("solid color", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("top", "its neckline is v-shape"),
        Q.garment_type("shirt"),
        gender="Women",
        title="Sassafras Women Red Floral Print Wrap Top",
        category="Tops",
        color="Red",
    ),
    # Emerald satin slip midi dress, thin straps, cowl neck; gold bracelet and a ring.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-024",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of long length. There is an accessory on her wrist. There is a ring "
            "on her finger",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        is_a("dress", "a sleeveless dress"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Athena Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Coral off-shoulder smocked top, short puff sleeves, light denim shorts.
    # Caption: adapter loops on its second sentence; answers: extractive QA (the details span takes the loop).
    case(
        "X1604-025",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is suspenders. The shirt is with cotton fabric and its neckline is suspenders. The shirt is "
            "with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        details(
            "top",
            "The shirt is with cotton fabric and its neckline is suspenders. The shirt is with cotton fabric and its "
            "neckline is suspenders",
            "loop",
        ),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="FabAlley Women Coral Pink Solid Smocked Top",
        category="Tops",
        color="Coral",
    ),
    # Navy top with white ethnic-motif print, three-quarter sleeves, mandarin collar, plain white palazzos.
    # Caption: adapter, cut; answers: extractive QA (the color span is the palazzos' "pure color").
    case(
        "X1604-026",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a standing neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. The lady wears "
            "a ring on her",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.garment_type("upper clothing", "non_answer"),
        details("top", "It has a standing neckline"),
        Q.color("pure color", "other_garment_color"),
        Q.sleeve_length("medium sleeves"),
        gender="Women",
        title="Vishudh Women Navy Blue Ethnic Motifs Print Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Cream thin ribbed long-sleeve top, high neck, tucked into brown trousers.
    # Caption: adapter calls it a sweater, cut; answers: extractive QA.
    case(
        "X1604-027",
        caption(
            "The lady is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric "
            "and its neckline is standing. The lady wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.material("knitted"),
        Q.sleeve_length("long-sleeve"),
        Q.color("", "non_answer"),
        gender="Women",
        title="Marks & Spencer Women Cream-Coloured Ribbed Top",
        category="Tops",
        color="Cream",
    ),
    # Black and white polka-dot fit-and-flare dress, short sleeves, round neck, self belt.
    # Caption: adapter calls the dots pure color, runs to the limit; answers: extractive QA.
    case(
        "X1604-028",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady wears "
            "a belt. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        details("dress", "The lady wears a belt"),
        gender="Women",
        title="Berrylush Women Black & White Polka Dot Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Flat lay: blue denim pinafore dress with straps, knee length. No person.
    # Caption: adapter, loops on an accessory nobody wears; answers: extractive QA.
    case(
        "X1604-029",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with denim fabric and its "
            "neckline is suspenders. The dress is of medium short length. There is an accessory on her wrist. There is "
            "an accessory on",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="Sera Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Maroon long-sleeve henley tee, dark jeans.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-030",
        caption(
            "This woman wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This woman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        wearing("a long-sleeve T-shirt with pure color patterns", who="she"),
        Q.pattern("pure color"),
        gender="Women",
        title="Roadster Women Maroon Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Maroon",
    ),
    # Sleeveless multicoloured abstract-print top, round neck, black trousers, a cuff bracelet.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-031",
        caption(
            "Her tank top has no sleeves, chiffon fabric and graphic patterns. It has a round neckline. She wears a "
            "long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist. "
            "There",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("graphic", "non_answer"),
        Q.garment_type("tank top"),
        Q.material("chiffon"),
        wearing("tank top", who="she"),
        gender="Women",
        title="Zink London Women Multicoloured Abstract Print Top",
        category="Tops",
        color="Multi",
    ),
    # Teal long-sleeve wrap midi dress, V-neck, a watch. (The feed has no article type here.)
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-032",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "its neckline is v-shape. The dress is of medium length. There is an accessory on her wrist. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        is_a("dress", "a long-sleeve dress"),
        gender="Women",
        title="Tokyo Talkies Women Teal Blue Solid Wrap Dress",
        color="Teal",
    ),
    # White schiffli broderie top, short sleeves, V-neck, blue jeans.
    # Caption: adapter, cut; answers: extractive QA (no answer for the details).
    case(
        "X1604-033",
        caption(
            "The lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is v-shape. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        details("top", "", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("shirt"),
        gender="Women",
        title="DressBerry Women White Embroidered Schiffli Top",
        category="Tops",
        color="White",
    ),
    # Black full-sleeve bodycon midi, round neck, tan leather jacket over the shoulders, ankle boots.
    # Caption: adapter, cut; answers: extractive QA (the fabric span is the jacket's).
    case(
        "X1604-034",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. This lady also wears an outer clothing, with leather fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Peach sleeveless peplum top, round neck, white full-length trousers.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-035",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.sleeve_length("no sleeves"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="Athena Women Peach-Coloured Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Washed blue denim shirt, long sleeves, collar, black skinny jeans.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-036",
        caption(
            "The lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long-sleeve"),
        details("shirt", "its neckline is lapel"),
        Q.color("solid color", "non_answer"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Shirt",
        category="Shirts",
        color="Blue",
    ),
    # Black cold-shoulder maxi dress: short sleeves hang below bare shoulders, round neck, a bracelet.
    # Caption: adapter calls it sleeveless and loops on the accessory; answers: extractive QA.
    case(
        "X1604-037",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "unsupported"),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        describe("dress", "a sleeveless dress with pure color patterns", "unsupported"),
        gender="Women",
        title="U&F Women Black Solid Cold-Shoulder Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Pink floral tiered mini dress, short puff sleeves, square neck, sneakers, canvas tote on the forearm.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-038",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of medium short length. There is an accessory on her wrist. There is a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.color("floral", "non_answer"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        gender="Women",
        title="Vero Moda Women Pink Floral Print Tiered Mini Dress",
        category="Dresses",
        color="Pink",
    ),
    # Black tee with a large front graphic, short sleeves, round neck, light jeans.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-039",
        caption(
            "This woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This woman wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("graphic", "non_answer"),
        Q.garment_type("T-shirt"),
        Q.material("cotton"),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="HERE&NOW Women Black Graphic Printed T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Back view, hair tied up: navy long-sleeve shirt, blue jeans.
    # Caption: adapter ("upper clothing" template) turns to "this gentleman" as it hits the limit; answers: QA.
    case(
        "X1604-040",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is denim and it has solid color patterns. This gentleman "
            "wears a",
            "pronoun",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.material("cotton"),
        Q.color("solid color", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Solid Shirt",
        category="Shirts",
        color="Navy Blue",
    ),
    # Mustard cotton A-line dress with white block print, short sleeves, round neck, knee length, a watch.
    # Caption: adapter, cut; answers: extractive QA (the sleeve span comes from the length sentence).
    case(
        "X1604-041",
        caption(
            "The lady is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring on",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("medium length", "restated"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        gender="Women",
        title="Libas Women Mustard Printed A-Line Cotton Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Black short-sleeve round-neck top, blue jeans. (The feed has no gender here.)
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-042",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.sleeve_length("short-sleeve"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        Q.color("pure color", "non_answer"),
        title="Tokyo Talkies Women Black Solid Top",
        category="Tops",
        color="Black",
    ),
    # Blue and white vertical stripes, off-shoulder, long sleeves, plain white shorts.
    # Caption: adapter, cut; answers: extractive QA (the color span is the shorts' "pure color").
    case(
        "X1604-043",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is suspenders. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("pure color", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        details("top", "its neckline is suspenders", "contradiction"),
        gender="Women",
        title="Sera Women Blue Striped Off-Shoulder Top",
        category="Tops",
        color="Blue",
    ),
    # Black sleeveless sheath midi, round neck; sunglasses pushed up on her head, a watch.
    # Caption: adapter, ran to the limit ending on a full sentence, all right; answers: extractive QA.
    case(
        "X1604-044",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. The lady wears a pair of glasses. There is an accessory "
            "on her wrist.",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        details("dress", "The lady wears a pair of glasses", "contradiction"),
        gender="Women",
        title="FOREVER 21 Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Red and black buffalo-check long-sleeve shirt, collar, blue jeans.
    # Caption: adapter, cut; answers: extractive QA.
    case(
        "X1604-045",
        caption(
            "The lady is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a long pants. The pants are with denim fabric and solid color patterns. "
            "The",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.color("lattice", "non_answer"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("shirt"),
        gender="Women",
        title="Kook N Keech Women Red Checked Shirt",
        category="Shirts",
        color="Red",
    ),
    # White floral sleeveless maxi dress, square neck; wide straw hat, bracelet, a ring.
    # Caption: adapter starts on the accessories and is cut on the neckline; answers: extractive QA.
    case(
        "X1604-046",
        caption(
            "The lady wears a hat. There is an accessory on her wrist. There is a ring on her finger. The lady is "
            "wearing a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline is",
            "cut",
            hit_limit=True,
        ),
        details("dress", "its neckline is", "cut"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        wearing("a hat", "contradiction", who="she"),
        Q.color("floral", "non_answer"),
        gender="Women",
        title="Cottinfab Women White Floral Printed Maxi Dress",
        category="Dresses",
        color="White",
    ),
]
