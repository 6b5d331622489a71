"""BLIND_1532 (45 products; Myntra women's dresses and tops, epoch-3 caption adapter + extractive QA): written blind in
the sixty-sixth session. Measured blind at 71dbb3c (the session's first rules): 91/112 failures found (81.2%) and
10/168 correct texts flagged (6.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's dresses and tops (article types Dresses, Tops, Tshirts; Myntra base colours;
gender Women, a column left out now and then). Photos are the catalog's usual shots: a model on a plain backdrop
wearing the product with jeans, trousers, shorts or a skirt, two flat lays, two back or layered shots, a hat or a bag
now and then. Every product was captioned by the epoch-3 caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption
on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens), then each question was answered by
timpal0l/mdeberta-v3-base-squad2 with the caption as its only context.
Who wrote what: the caption is BLIP-2 + the caption adapter; every answer is a span the QA model picked out of that
caption (or the empty string when it chose no answer). So the answers can only repeat the caption's
DeepFashion-MultiModal template words: "pure color", "floral", "lattice", "long-sleeve", "chiffon fabric", "its
neckline is V-shape", "upper clothing", and never a hue. Faults of the caption travel into the answers: a caption cut
at "with pure" gives a cut answer; "denim" from the jeans' sentence comes back as the top's material or color.
Labeling conventions and judgement calls:
- The adapter never learned to stop, so every caption ran to the 50-token limit: all captions carry hit_limit=True.
  A caption that reads complete (the rest was padding) and says nothing false is left unmarked. A caption with one
  fault gets that fault; with several, the content fault (wrong garment, wrong material against the title, wrong
  pronoun, invented hat or person, loop) is chosen over the mechanical cut at the end.
- Answers are extractive spans, so none ran to the 30-token limit and none leaks the prompt; no hit_limit on answers.
- A color question answered with a pattern word ("pure color", "floral", "graphic") or with nothing is a non_answer:
  the feed needs the hue and the caption never has one. "denim" given as the white top's color (it comes from the
  jeans' sentence) is other_garment_color.
- A material, pattern or sleeve length that belongs to the other garment in the photo (the jeans' "denim", the
  under-layer tee's "short-sleeve") is a contradiction; so is a garment class the title rules out (T-shirt for a
  T-shirt dress, shirt or T-shirt for a woven top with no collar in the closed garment-type question, sweater for a
  jersey top) and a material the title rules out (cotton for satin, chiffon for lace).
- A wrong sleeve length or an invented accessory/person that only the photo shows is unsupported.
- Loose wording I let pass: "shirt" or "T-shirt" inside an open wearing/description phrase; "chiffon" for georgette;
  "cotton" for a matte jersey or crepe whose title names no fabric; "tank top" for a sleeveless top; "floral" for
  paisley; "lattice" for checks; "suspenders" for spaghetti straps or halter; "knitting" for rib or crochet.
- "What is she wearing?" answered with a true but off-product span ("The pants", "glasses", the under-layer tee) is
  left unmarked: it is true of the photo. "Is this a dress?" answered with a span naming a dress counts as yes;
  an empty span is a non_answer; a span naming another garment is a contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def she(text, failure=None):
    return wearing(text, failure, who="she")


BLIND_1532 = [
    # Photo: black sleeveless bodycon mini, round neck, white sneakers, thin watch and a ring, grey backdrop.
    # Caption: epoch-3 caption adapter (cut at the limit); answers: mdeberta squad2 over the caption.
    case(
        "X1532-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of short length. There is an accessory on her wrist. There is a ring "
            "on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy V-neck top with small white flowers, short flutter sleeves, no collar or buttons, tucked into
    # light-blue jeans. Caption: caption adapter (cut); answers: extractive QA over it.
    case(
        "X1532-002",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with floral patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Roadster Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: mustard midi A-line, short puff sleeves, square neck, self-fabric waist tie, tan sandals, no jewellery.
    # Caption: caption adapter, starts over with its first sentence (loop); answers: extractive QA.
    case(
        "X1532-003",
        caption(
            "Her dress has short sleeves, cotton fabric and pure color patterns. It has a square neckline. The dress "
            "is of three-quarter length. There is a belt on her waist. This lady wears a ring. Her dress has short "
            "sleeves, cotton fabric",
            "loop",
            hit_limit=True,
        ),
        she("a ring", "unsupported"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        details("dress", "square neckline"),
        describe("dress", "short sleeves, cotton fabric and pure color patterns"),
        gender="Women",
        title="SASSAFRAS Women Mustard Yellow Solid A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: teal wrap top with white and pink flowers, long sleeves, V-neck, white trousers.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-004",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with floral patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("top", "its neckline is V-shape"),
        gender="Women",
        title="HERE&NOW Women Teal Floral Print Wrap Top",
        category="Tops",
        color="Teal",
    ),
    # Photo: maroon textured (self-design) sleeveless peplum top, round neck, black skinny jeans.
    # Caption: caption adapter, complete (padding after it); answers: extractive QA.
    case(
        "X1532-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns.",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        color_of("top", "pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="DressBerry Women Maroon Self Design Peplum Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: black tiered maxi with small white and red flowers, long sleeves, V-neck, no rings.
    # Caption: caption adapter, the ring sentence twice then cut (loop); answers: extractive QA.
    case(
        "X1532-006",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. The lady wears a ring on her finger. The lady wears a "
            "ring on her",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with floral patterns"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "its neckline is V-shape"),
        describe("dress", "a long-sleeve dress with floral patterns"),
        gender="Women",
        title="Vero Moda Women Black Printed Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: blue-and-white vertical-stripe shirt dress, knee length, collar, buttons, long sleeves rolled to the
    # forearm, self belt. Caption: caption adapter reads it as a shirt over a "lower clothing"; answers: extractive QA.
    case(
        "X1532-007",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lower clothing is of medium short length. There is an accessory in her waist. "
            "This lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        is_a("dress", "", "non_answer"),
        color_of("dress", "", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="ONLY Women Blue Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: peach woven crepe top, short puff sleeves, round neck, white jeans.
    # Caption: caption adapter (cut inside the jeans' sentence); answers: extractive QA.
    case(
        "X1532-008",
        caption(
            "This woman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. This woman wears a long pants. The pants are with denim fabric and "
            "pure color",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Harpa Women Peach-Coloured Solid Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: red fit-and-flare mini on spaghetti straps, sweetheart neck, gold bangle, no ring.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-009",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. The "
            "dress is of medium short length. There is an accessory on her wrist. This lady wears a ring on her "
            "finger. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        details("dress", "suspenders neckline"),
        gender="Women",
        title="Tokyo Talkies Women Red Solid Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model with a short crop in an olive shirt-style top (collar, buttons, long sleeves rolled up), blue
    # jeans. Caption: caption adapter calls her a gentleman; answers: extractive QA.
    case(
        "X1532-010",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("top", "lapel"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Shirt Style Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: black lace crop top, short sleeves, high round neck, a strip of midriff showing above black
    # high-waist trousers. Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric. It "
            "has a round neckline. The T-shirt covers her navel. The lady wears a long trousers. The trousers are "
            "with cotton",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        color_of("top", "pure color", "non_answer"),
        Q.material("chiffon", "contradiction"),
        Q.pattern("pure color"),
        details("top", "The T-shirt covers her navel", "unsupported"),
        gender="Women",
        title="Athena Women Black Lace Crop Top",
        category="Tops",
        color="Black",
    ),
    # Photo: yellow A-line knee dress with small white flowers, short puff sleeves, square neck; no hat.
    # Caption: caption adapter, complete but invents a hat; answers: extractive QA.
    case(
        "X1532-012",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of medium short length. The lady wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        details("dress", "its neckline is square"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        gender="Women",
        title="Sera Women Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: red sleeveless top with white polka dots and a ruffle at the round neck, white denim shorts.
    # Caption: caption adapter in its "upper clothing" template (cut); answers: extractive QA.
    case(
        "X1532-013",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and graphic patterns. The neckline of it is round. "
            "The lower clothing is of short length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("no sleeves"),
        gender="Women",
        title="RARE Women Red Polka Dot Print Top",
        category="Tops",
        color="Red",
    ),
    # Photo: white cotton schiffli (eyelet) top, short sleeves, round neck, mid-blue jeans.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns"),
        color_of("top", "denim", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("top", "its neckline is round"),
        gender="Women",
        title="Berrylush Women White Schiffli Embroidered Top",
        category="Tops",
        color="White",
    ),
    # Photo: emerald satin wrap midi, long sleeves, V-neck, tie at the waist, a ring.
    # Caption: caption adapter, gives it cotton (title says satin); answers: extractive QA.
    case(
        "X1532-015",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The dress is of three-quarter length. There is an accessory in her waist. There "
            "is a ring on her",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        details("dress", "its neckline is V-shape"),
        gender="Women",
        title="Zima Leto Women Green Satin Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: coral woven peplum top, short ruffled sleeves, round neck, white jeans.
    # Caption: caption adapter, complete; answers: extractive QA. (No category column in this row.)
    case(
        "X1532-016",
        caption(
            "Her T-shirt has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "pants the lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        she("The pants"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="KASSUALLY Women Coral Solid Peplum Top",
        color="Coral",
    ),
    # Photo: pink georgette midi, short flutter sleeves, V-neck, pleated skirt, bracelet and ring.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of three-quarter length. The lady wears a ring. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "three-quarter length"),
        gender="Women",
        title="AND Women Pink Georgette A-Line Midi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: lavender sleeveless top with a ruffle trim, round neck, tucked into a black midi skirt, thin belt.
    # Caption: caption adapter (cut mid-sentence); answers: extractive QA.
    case(
        "X1532-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory in her",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        details("top", "its neckline is round"),
        describe("top", "a sleeveless tank top with pure color patterns"),
        gender="Women",
        title="Street 9 Women Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: burgundy knee-length sheath, full sleeves, round neck, one bracelet.
    # Caption: caption adapter, the bracelet sentence repeats (loop); answers: extractive QA.
    case(
        "X1532-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium short length. There is an accessory on her wrist. There is "
            "an accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Marie Claire Women Burgundy Solid Sheath Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: white tee with thin black horizontal stripes, short sleeves, round neck, black jeans.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-020",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is a",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with striped patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
    ),
    # Photo: black fit-and-flare dress with white polka dots, short sleeves, shirt collar, thin belt, a ring.
    # Caption: caption adapter (cut, no full stop); answers: extractive QA.
    case(
        "X1532-021",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is lapel. The dress is of medium short length. There is an accessory in her waist. The lady "
            "wears a ring on her finger",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        color_of("dress", "", "non_answer"),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="Tokyo Talkies Women Black Polka Dot Printed Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: beige fitted rib-jersey top, long sleeves, square neck, brown trousers.
    # Caption: caption adapter calls it a sweater (cut); answers: extractive QA.
    case(
        "X1532-022",
        caption(
            "This woman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is square. This woman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        details("top", "its neckline is square"),
        gender="Women",
        title="H&M Women Beige Ribbed Jersey Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: flat lay on white: mustard top with a small black geometric print, short sleeves, round neck; no person.
    # Caption: caption adapter puts a lady in jeans into it; answers: extractive QA.
    case(
        "X1532-023",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with graphic patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("top", "its neckline is round"),
        gender="Women",
        title="Harpa Women Mustard Yellow Printed Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: back view: black long-sleeve bodycon midi with a criss-cross cut-out back; hands not in frame.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of three-quarter length. There is an accessory on her wrist. There is "
            "a ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress with Back Cut-Out",
        category="Dresses",
        color="Black",
    ),
    # Photo: rust crepe wrap midi, short sleeves, V-neck, holding a tan handbag, no bracelet.
    # Caption: caption adapter starts its first sentence again (loop); answers: extractive QA.
    case(
        "X1532-025",
        caption(
            "Her dress has short sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. The "
            "dress is of three-quarter length. There is an accessory on her wrist. Her dress has short sleeves, "
            "chiffon fabric and pure",
            "loop",
            hit_limit=True,
        ),
        she("dress"),
        color_of("dress", "pure color", "non_answer"),
        Q.material("chiffon"),
        Q.sleeve_length("short sleeves"),
        details("dress", "V-shape neckline"),
        describe("dress", "short sleeves, chiffon fabric and pure color patterns"),
        gender="Women",
        title="Berrylush Women Rust Solid Wrap Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: black rib tank top, light denim shorts, sunglasses pushed up on her head.
    # Caption: caption adapter, complete; answers: extractive QA.
    case(
        "X1532-026",
        caption(
            "Her tank top has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The shorts "
            "this lady wears is of short length. The shorts are with denim fabric and pure color patterns. This lady "
            "wears glasses.",
            hit_limit=True,
        ),
        she("glasses"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        gender="Women",
        title="ONLY Women Black Solid Tank Top",
        category="Tops",
        color="Black",
    ),
    # Photo: blue maxi with a white paisley print, sleeveless, V-neck, straw hat, bangles.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-027",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. The lady wears a hat. There is an accessory on her "
            "wrist. There is a ring on",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Sera Women Blue & White Printed Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black top with long puff sleeves gathered at the wrist, square neck, beige trousers.
    # Caption: caption adapter gives it short sleeves; answers: extractive QA. (No gender column.)
    case(
        "X1532-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a square neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns", "unsupported"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "unsupported"),
        details("top", "square"),
        title="DressBerry Women Black Solid Top with Puff Sleeves",
        category="Tops",
        color="Black",
    ),
    # Photo: blue denim shirt dress, short sleeves, collar, knee length, tie belt, no ring.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with denim fabric and its "
            "neckline is lapel. The dress is of medium short length. There is an accessory in her waist. This lady "
            "wears a ring. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        is_a("dress", "a short-sleeve dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        details("dress", "lapel"),
        gender="Women",
        title="Mast & Harbour Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: green top with a white floral print, long balloon sleeves, V-neck with a tie, black jeans.
    # Caption: caption adapter repeats the jeans' sentence (loop); answers: extractive QA.
    case(
        "X1532-030",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with floral patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="HERE&NOW Women Green Floral Print Top",
        category="Tops",
        color="Green",
    ),
    # Photo: navy-and-white Breton-stripe knit top, long sleeves, boat neck, white trousers.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-031",
        caption(
            "This woman is wearing a long-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. This woman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. This",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        details("top", "its neckline is round"),
        gender="Women",
        title="Marks & Spencer Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: white cotton tiered maxi on straps, square neck, holding a straw bag; no hat, no jewellery.
    # Caption: caption adapter invents a hat (and cuts); answers: extractive QA.
    case(
        "X1532-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of long length. The lady wears a hat. There is an accessory on her "
            "wrist. There is a ring on her",
            "unsupported",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("dress", "its neckline is square"),
        gender="Women",
        title="Berrylush Women White Solid Tiered Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: grey melange tee with a black "BROOKLYN" print, short sleeves, black joggers.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with graphic patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        details("T-shirt", "It has a round neckline"),
        gender="Women",
        title="Roadster Women Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # Photo: pink wrap midi with red flowers, short flutter sleeves, V-neck, a bracelet.
    # Caption: caption adapter, complete; answers: extractive QA.
    case(
        "X1532-034",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of three-quarter length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        color_of("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "V-shape"),
        gender="Women",
        title="Vero Moda Women Pink Floral Print Wrap Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: mustard rib-knit sleeveless crop top, square neck, midriff showing, high-waist mom jeans.
    # Caption: caption adapter (cut); answers: extractive QA. (No gender column.)
    case(
        "X1532-035",
        caption(
            "Her tank top has no sleeves, knitting fabric and pure color patterns. It has a square neckline. The "
            "pants this lady wears is of long length. The pants are with denim fabric and pure color patterns. Her "
            "navel is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.material("knitting"),
        Q.sleeve_length("no sleeves"),
        details("top", "square neckline"),
        title="StyleStone Women Mustard Yellow Ribbed Crop Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: model with short hair in a black oversized tee (drop shoulders, sleeves to the elbow), cargo pants.
    # Caption: caption adapter calls her a man; answers: extractive QA.
    case(
        "X1532-036",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Urbanic Women Black Solid Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # Photo: multicoloured abstract-print shirt-style top, collar, buttons, short sleeves, tucked into white trousers.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-037",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and its "
            "neckline is lapel. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with graphic patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Tokyo Talkies Women Multicoloured Printed Shirt Style Top",
        category="Tops",
        color="Multi",
    ),
    # Photo: navy knee-length sheath with cap sleeves over the shoulder, round neck, a watch.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium short length. There is an accessory on her wrist. There is a "
            "ring on her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("sleeveless", "unsupported"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="AND Women Navy Blue Solid Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black-and-white gingham top, short sleeves, square neck, no collar, blue jeans.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-039",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is square. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        details("top", "its neckline is square"),
        gender="Women",
        title="Harpa Women Black & White Checked Top",
        category="Tops",
        color="Black",
    ),
    # Photo: flat lay on grey: white regular top, short sleeves, round neck; no person, no trousers.
    # Caption: caption adapter puts a lady in jeans into it; answers: extractive QA.
    case(
        "X1532-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There is an",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("top", "It has a round neckline"),
        gender="Women",
        title="Harpa Women White Solid Regular Top",
        category="Tops",
        color="White",
    ),
    # Photo: red off-shoulder top, long sleeves, elasticated neckline across the upper arms, blue jeans.
    # Caption: caption adapter gives it a round neckline; answers: extractive QA.
    case(
        "X1532-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details("top", "its neckline is round", "contradiction"),
        gender="Women",
        title="ONLY Women Red Solid Off-Shoulder Top",
        category="Tops",
        color="Red",
    ),
    # Photo: cobalt-blue chiffon maxi, sleeveless halter neck, side slit, one bangle.
    # Caption: caption adapter, the bangle sentence over and over (loop); answers: extractive QA. (No color column.)
    case(
        "X1532-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        details("dress", "its neckline is suspenders"),
        gender="Women",
        title="Zima Leto Women Blue Solid Halter Neck Maxi Dress",
        category="Dresses",
    ),
    # Photo: black knee-length T-shirt dress with a white graphic print, short sleeves, white sneakers, a ring.
    # Caption: caption adapter reads it as a T-shirt over a "lower clothing"; answers: extractive QA.
    case(
        "X1532-043",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lower clothing is of medium short length. There is an accessory on her wrist. The "
            "lady wears a ring",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        is_a("dress", "", "non_answer"),
        color_of("dress", "graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="HERE&NOW Women Black Printed T-shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: cream crochet top, short sleeves, round neck, light denim shorts.
    # Caption: caption adapter (cut); answers: extractive QA.
    case(
        "X1532-044",
        caption(
            "Her T-shirt has short sleeves, knitting fabric and pure color patterns. It has a round neckline. The "
            "shorts this lady wears is of short length. The shorts are with denim fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("knitting"),
        Q.sleeve_length("short sleeves"),
        gender="Women",
        title="SASSAFRAS Women Cream Crochet Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: olive satin slip midi on spaghetti straps worn over a white short-sleeve tee (layered look).
    # Caption: caption adapter sees a T-shirt and a skirt, no dress; answers: extractive QA.
    case(
        "X1532-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with pure color patterns"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("dress", "pure color", "non_answer"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Vero Moda Women Olive Green Satin Slip Dress",
        category="Dresses",
        color="Olive",
    ),
]
