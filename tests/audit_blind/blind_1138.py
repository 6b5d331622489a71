"""BLIND_1138 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the sixtieth session.
Measured blind at 3e76d66 (the session's seventh rules): 110/135 failures found (81.5%) and 20/199 correct texts flagged
(10.1%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of infants' and kids' wear: rompers, bodysuits (single and multi-packs), night suits,
clothing sets (top and shorts, top and leggings, kurta sets, a lehenga choli) and frocks. Most photos show a child
model on a white studio backdrop; some infants lie on a sheet, blanket or rug; a few multi-packs are flat lays; one
frock was shot outdoors on a lawn. Children often wear things the seller does not sell (a tee under dungarees,
leggings under a frock, a cap, a headband, jeans under a bodysuit) or hold a prop (teddy bear, toy car, cushion).

Who wrote what: every caption comes from the caption adapter after one epoch
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens). It mostly writes
the DeepFashion template ("The female is wearing a short-sleeve T-shirt with pure color patterns...") but, one epoch
in, it still names hues and scenes the way the base model does, and it often still stops after a sentence as the
base does; it never learned an end token, though, so some captions loop or are cut at 50 tokens. Open answers
(wearing, describe, details, open color questions, material) are spans that the extractive QA model
(timpal0l/mdeberta-v3-base-squad2) picked out of that caption, so they inherit the caption's mistakes and sometimes
pick the wrong span (the leggings' color for the frock, "pure color" for a color, "The baby" for what the baby
wears). When the QA model's no-answer score wins, the job falls back to free generation with the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens): short fallbacks (a color, a fabric, yes/no) stop on their own,
longer ones loop, get cut, or leak the "Question: ... Answer:" format; it answers colors with DeepFashion pattern
words, restates the question, and uses he/she freely. The photo comment of each product says which open answers are
fallbacks. Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's
--engine reference, which picks one candidate, so they never loop or stop short.

Labeling conventions and judgement calls:
- One label per text: the failure a reader would notice first. A loop that also runs into the token limit is "loop";
  a text that ends mid-phrase without repeating is "cut". hit_limit=True only on texts that were themselves generated
  to their limit (captions at 50 tokens, VQA fallbacks at 30); a QA span taken from a cut caption is labelled "cut"
  when it ends mid-phrase, but has hit_limit=False because the QA model did not hit a limit.
- A span copied from a wrong caption carries the caption's failure (the caption and the span are both labelled).
- Infant one-pieces: romper, bodysuit, onesie, sleepsuit and jumpsuit are taken as the same garment family, so a
  "romper" for a seller's "Bodysuit" is correct. "T-shirt", "tank shirt", "sweater" or "shirt and shorts" for a
  bodysuit or romper is a wrong garment and labelled "contradiction". Template words for the parts of sets ("shirt"
  for a night-suit top or a kurta, "T-shirt" for a set's top, "long pants" for pyjamas, "skirt" for a lehenga) are
  taken as correct.
- A bodysuit with an attached tutu answered "dress" by the closed engine is taken as correct: it looks like a dress.
- A color taken from another worn garment or accessory (leggings, tee underneath, cap, hat, beanie, shoes,
  jeans, an attached jacket of the set) is "other_garment_color", for open and closed answers alike. A color taken from
  the backdrop, bedding, a chair, the lawn or a prop held by the child is "contradiction" (nothing worn has it). A
  description or details span that is only the sentence about the leggings is also "other_garment_color".
- The color of a print on a mostly-white garment given as the garment's color (pink for a white romper with pink
  flowers) is "contradiction". Shade synonyms (coral as red, cream as off white, magenta as pink, navy for Navy Blue,
  khaki as beige) are correct. Seller "Multi" answered with the list of tier colors or "multicolor" is correct.
- A sleeve length or pattern of another garment (the tee's short sleeves for a sleeveless romper) is "contradiction".
- Material: a fabric nothing in the photo or title supports, or a fabric of another worn garment, is "unsupported";
  chambray answered as "denim fabric" is taken as correct. A caption that says "The person is wearing" over a flat
  lay invents a wearer, but both flat-lay captions here also call the bodysuits a T-shirt or tank shirt, and the
  wrong garment is what a reader notices first, so they are labelled "contradiction".
- DeepFashion pattern words given as a color ("pure color", "graphic"), a span that names only the child ("The baby"),
  a yes/no, or a span about the bed or the chair given as the garment's details are "non_answer". A span that is only
  the garment's name back ("the romper", "a shorts") is "restated".
- Pronouns: "lady", "female", "her" for a boy, "gentleman", "his", "he" for a girl are "pronoun". Adult words with the
  right gender ("the lady" for a girl) are not labelled. On Unisex rows no pronoun is labelled.
- Seller rows as feeds have them: some rows lack a color or a title; the seller's color is kept even where the photo
  reads a little differently (a "Coral" romper that reads red).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1138 = [
    # photo: infant boy lying on a white sheet, blue-and-white horizontal striped short-sleeve cotton romper with
    # snap buttons at the neck, bare feet, seen from above. Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-001",
        caption(
            "The baby is wearing a short-sleeve romper with striped patterns. The romper is blue and white and it is "
            "with cotton fabric. It has a round neckline."
        ),
        wearing("a short-sleeve romper with striped patterns", who="the baby"),
        color_of("romper", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("long", "contradiction"),
        details("romper", "It has a round neckline"),
        describe("romper", "romper", "restated"),
        Q.material("cotton fabric"),
        title="Mothercare Infant Boys Pure Cotton Blue Striped Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: flat lay on white, pack of three short-sleeve bodysuits: white, grey melange, and white with small grey
    # elephants. No child. Caption: caption adapter; material: VQA fallback; rest QA spans and reference.
    case(
        "X1138-002",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns. It has a round neckline.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("bodysuit"),
        Q.color("multicolor"),
        is_a("bodysuit", "yes"),
        Q.sleeve_length("short"),
        Q.material("polyester", "unsupported"),
        title="Babyhug Unisex Infant Pack of 3 Pure Cotton Bodysuits",
        category="Bodysuit",
        color="Multi",
        gender="Unisex",
    ),
    # photo: girl of about four standing on a white backdrop in a red sleeveless flared frock with small white
    # flowers, white leggings, red sandals. Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-003",
        caption(
            "The girl wears a sleeveless dress with floral patterns and a pair of leggings. The dress is red and it is "
            "with cotton fabric. The leggings are white. It has a round neckline."
        ),
        color_of("dress", "white", "other_garment_color", kind="open"),
        wearing("The girl", "non_answer", who="the girl"),
        Q.color("red"),
        Q.pattern("floral"),
        describe("dress", "a sleeveless dress with floral patterns"),
        is_a("dress", "yes"),
        Q.sleeve_length("short", "contradiction"),
        title="Cherry Crumble Girls Red Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy of about five, navy full-sleeve night-suit top with small red and yellow cars all over, matching navy
    # pyjamas, barefoot, white backdrop, no watch or band. Color of the top: VQA fallback; rest QA spans, reference.
    case(
        "X1138-004",
        caption(
            "The gentleman is wearing a long-sleeve shirt with graphic patterns and a long pants. The shirt is with "
            "cotton fabric. The pants are navy and with graphic patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve shirt with graphic patterns and a long pants", who="the boy"),
        color_of("pants", "navy", kind="open"),
        color_of(
            "top",
            "Answer: navy blue with cars Question: What is the color of the pants? Answer: navy blue Question: What",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("night suit"),
        Q.color("navy blue"),
        Q.pattern("graphic"),
        details("pants", "There is an accessory on his wrist", "unsupported"),
        title="Gini and Jony Boys Navy Blue Car Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on white backdrop, pink short-sleeve top with a white unicorn print and frilled hem, white shorts
    # with pink polka dots, white sneakers. Caption loops to 50 tokens; color of the top: VQA fallback.
    case(
        "X1138-005",
        caption(
            "The female is wearing a short-sleeve shirt with graphic patterns and a shorts. The shorts are with cotton "
            "fabric and pure color patterns. The shorts are with cotton fabric and pure color patterns. The shorts "
            "are with",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "top",
            "pink and white and pink and white and pink and white and pink and white and pink and white and pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.garment_type("clothing set"),
        color_of("shorts", "white"),
        details("shorts", "The shorts are with cotton fabric and pure color patterns", "contradiction"),
        Q.sleeve_length("short"),
        title="Hopscotch Girls Pink Unicorn Print Top with Polka Dot Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: baby girl sitting on a pale blue blanket, yellow sleeveless romper with frilled shoulders and white
    # daisies, white headband with a bow. Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-006",
        caption(
            "The baby is wearing a sleeveless romper with floral patterns. The romper is yellow and it is with cotton "
            "fabric. There is an accessory in her hair. There is a ring on her finger.",
            "unsupported",
        ),
        color_of("romper", "yellow", kind="open"),
        Q.color("blue", "contradiction"),
        describe("romper", "a sleeveless romper with floral patterns"),
        Q.material("cotton fabric"),
        is_a("romper", "yes"),
        details("romper", "romper", "restated"),
        title="Tiny Girl Infant Girls Yellow Floral Print Frill Romper",
        category="Rompers",
        color="Yellow",
        gender="Girls",
    ),
    # photo: infant boy lying on a grey blanket, olive green short-sleeve bodysuit with "Little Explorer" printed in
    # white, beige knit cap. Open color of the bodysuit: VQA fallback; rest QA spans and reference.
    case(
        "X1138-007",
        caption(
            "The lady is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. This lady wears a hat.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction", who="the baby"),
        Q.color("beige", "other_garment_color"),
        color_of("bodysuit", "beige", "other_garment_color", kind="open"),
        Q.garment_type("bodysuit"),
        details("bodysuit", "It has a round neckline"),
        Q.pattern("graphic"),
        title="Babyoye Infant Boys Olive Green Printed Bodysuit",
        category="Bodysuit",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl standing on white in a lavender tulle party frock with a sequinned bodice and cap sleeves, silver
    # ballet shoes, a thin silver bracelet. Material and details: VQA fallbacks; rest QA spans and reference.
    case(
        "X1138-008",
        caption(
            "The girl wears a short-sleeve dress with pure color patterns. The dress is purple. It has a round "
            "neckline. There is an accessory on her wrist."
        ),
        Q.color("silver", "other_garment_color"),
        color_of("dress", "purple", kind="open"),
        describe("dress", "a short-sleeve dress with pure color patterns"),
        Q.material("cotton", "unsupported"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has a round neckline. Question: What are the",
            "leak",
            hit_limit=True,
        ),
        title="Pspeaches Girls Lavender Embellished Net Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy standing on white, white short-sleeve collared shirt with a small navy anchor print (no pocket), navy
    # shorts, white sneakers. Wearing: VQA fallback; rest QA spans and reference.
    case(
        "X1138-009",
        caption(
            "The boy is wearing a short-sleeve shirt with graphic patterns and a shorts. The shirt is white and the "
            "shorts are navy. It has a lapel neckline. There is a pocket on the chest.",
            "unsupported",
        ),
        color_of("shirt", "navy", "other_garment_color", kind="open"),
        color_of("shorts", "navy", kind="open"),
        Q.garment_type("clothing set"),
        Q.color("white"),
        describe("shirt", "a short-sleeve shirt with graphic patterns"),
        details("shirt", "There is a pocket on the chest", "unsupported"),
        is_a("romper", "no"),
        wearing("she is wearing a white shirt and navy shorts", "pronoun", who="the child"),
        title="612 League Boys White and Navy Anchor Print Shirt with Shorts",
        category="Clothing Set",
        color="White",
        gender="Boys",
    ),
    # photo: girl on white holding a brown teddy bear, peach three-quarter-sleeve top with a bunny print, peach pyjamas
    # with small hearts. Caption cut at 50 tokens; color of the top: VQA fallback; rest QA spans and reference.
    case(
        "X1138-010",
        caption(
            "The female is wearing a medium-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. The female "
            "also",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("three-quarter"),
        Q.color("peach"),
        color_of("top", "brown", "contradiction", kind="open"),
        wearing("a medium-sleeve T-shirt with graphic patterns and a long pants", who="the girl"),
        describe("night suit", "night suit", "restated"),
        details("top", "The female also", "cut"),
        title="Doodle Girls Peach Bunny Print Night Suit",
        category="Night suits",
        color="Peach",
        gender="Girls",
    ),
    # photo: baby lying on a white fluffy rug, white full-length footed sleepsuit with small grey stars and a front
    # zip, seen from above. Caption: caption adapter; open: QA spans; closed: reference. All correct.
    case(
        "X1138-011",
        caption(
            "The baby is wearing a long-sleeve romper with graphic patterns. The romper is white and it is with cotton "
            "fabric. There is a zipper on the front."
        ),
        wearing("a long-sleeve romper with graphic patterns", who="the baby"),
        color_of("romper", "white", kind="open"),
        Q.pattern("graphic"),
        Q.garment_type("romper"),
        details("romper", "There is a zipper on the front"),
        title="Babyhug Unisex Infant White Star Print Full Sleeves Sleepsuit",
        category="Rompers",
        color="White",
        gender="Unisex",
    ),
    # photo: girl on white in a mustard yellow sleeveless cotton frock with a white embroidered yoke, a blue denim
    # jacket worn open over it. Dress details: VQA fallback; rest QA spans and reference.
    case(
        "X1138-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns and an outer clothing. The outer clothing is "
            "with denim fabric. The dress is yellow and it is with cotton fabric."
        ),
        color_of("dress", "blue", "other_garment_color"),
        Q.material("denim fabric", "unsupported"),
        wearing("a sleeveless dress with pure color patterns and an outer clothing", who="the girl"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "The dress is yellow and it is with cotton fabric"),
        details(
            "dress",
            "embroidery on the yoke, embroidery on the yoke, embroidery on the yoke, embroidery on the yoke, embroi",
            "loop",
            hit_limit=True,
        ),
        title="Nauti Nati Girls Mustard Yellow Embroidered Yoke Cotton A-Line Dress",
        category="Dresses",
        color="Mustard",
        gender="Girls",
    ),
    # photo: toddler boy on white in blue denim dungaree shorts over a white short-sleeve tee, both sold together.
    # Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-013",
        caption(
            "The boy is wearing a short-sleeve T-shirt with pure color patterns and a overalls. The overalls are with "
            "denim fabric. The T-shirt is white and it is with cotton fabric."
        ),
        Q.color("white", "other_garment_color"),
        color_of("dungarees", "white", "other_garment_color", kind="open"),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        Q.material("denim fabric"),
        Q.garment_type("romper"),
        wearing("a short-sleeve T-shirt with pure color patterns and a overalls", who="the boy"),
        details("overalls", "The overalls are with denim fabric"),
        title="Little Kangaroos Boys Blue Denim Dungarees with White T-shirt",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: baby girl sitting on white, pink full-sleeve bodysuit with a ruffled collar, grey leggings (not sold).
    # Details: VQA fallback; rest QA spans and reference.
    case(
        "X1138-014",
        caption(
            "The baby is wearing a long-sleeve T-shirt with pure color patterns and a leggings. The leggings are grey "
            "and the T-shirt is pink.",
            "contradiction",
        ),
        color_of("bodysuit", "grey", "other_garment_color", kind="open"),
        Q.color("pink"),
        Q.garment_type("leggings", "contradiction"),
        is_a("bodysuit", "yes"),
        details("bodysuit", "no", "non_answer"),
        describe("bodysuit", "The leggings are grey", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Mothercare Infant Girls Pink Ruffle Collar Bodysuit",
        category="Bodysuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy sitting on a bed with white sheets, grey melange short-sleeve tee with a green dinosaur and the words
    # "Dino Mite", dark green shorts. Caption loops to 50 tokens; open: QA spans.
    case(
        "X1138-015",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is grey and the "
            "shorts are green. The shorts are green and the shorts are green and the shorts are green and the shorts "
            "are",
            "loop",
            hit_limit=True,
        ),
        color_of("t-shirt", "grey", kind="open"),
        color_of("shorts", "green and the shorts are green and the shorts are green", "loop", kind="open"),
        Q.color("grey"),
        Q.pattern("graphic"),
        details("t-shirt", "The T-shirt is grey and the shorts are green"),
        title="YK Boys Grey Melange and Green Dinosaur Print Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl on white, red-and-white striped sleeveless top with a red bow, blue denim shorts, bare wrists.
    # Color of the top: VQA fallback; rest QA spans and reference.
    case(
        "X1138-016",
        caption(
            "The female is wearing a tank shirt with striped patterns and a shorts. The shorts are with denim fabric. "
            "The tank shirt is with cotton fabric. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.pattern("striped"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        wearing("a tank shirt with striped patterns and a shorts", who="the girl"),
        Q.sleeve_length("sleeveless"),
        details("shorts", "The shorts are with denim fabric"),
        details("top", "There is an accessory on her wrist", "unsupported"),
        title="Allen Solly Junior Girls White and Red Striped Top with Denim Shorts",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: baby lying on a beige faux-fur rug, cream cable-knit long-sleeve romper with wooden buttons, brown knit
    # beanie. Color of the romper: VQA fallback; rest QA spans and reference.
    case(
        "X1138-017",
        caption(
            "The baby is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. "
            "This baby wears a hat.",
            "contradiction",
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("off white"),
        color_of("romper", "brown", "other_garment_color", kind="open"),
        Q.material("knitting fabric"),
        is_a("romper", "no", "contradiction"),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction", who="the baby"),
        title="Beebay Unisex Infant Cream Cable Knit Romper",
        category="Rompers",
        color="Cream",
        gender="Unisex",
    ),
    # photo: girl on white, navy A-line frock with white polka dots, puff sleeves, white Peter Pan collar, no belt,
    # white shoes. Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-018",
        caption(
            "The girl wears a short-sleeve dress with graphic patterns. The dress is blue and white. It has a lapel "
            "neckline. There is a belt on her waist.",
            "unsupported",
        ),
        Q.pattern("striped", "contradiction"),
        color_of("dress", "blue and white", kind="open"),
        Q.color("navy blue"),
        describe("dress", "a short-sleeve dress with graphic patterns"),
        details("dress", "There is a belt on her waist", "unsupported"),
        title="Peppermint Girls Navy Blue Polka Dot A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy standing, hands in pockets, red full-zip hooded sweatshirt and black joggers with red side stripes,
    # white sneakers. Caption cut at 50 tokens; color of the joggers: VQA fallback; rest QA spans and reference.
    case(
        "X1138-019",
        caption(
            "The boy is wearing a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "red and with cotton fabric. The pants are black and with cotton fabric and color block patterns. This "
            "boy wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "black", kind="open"),
        color_of("sweatshirt", "red", kind="open"),
        color_of("joggers", "white", "other_garment_color", kind="open"),
        Q.garment_type("clothing set"),
        Q.sleeve_length("long"),
        Q.material("cotton"),
        details("sweatshirt", "The sweatshirt is red and with cotton fabric"),
        wearing("The boy", "non_answer", who="the boy"),
        title="U.S. Polo Assn. Kids Boys Red Hooded Sweatshirt with Black Joggers",
        category="Clothing Set",
        color="Red",
        gender="Boys",
    ),
    # photo: baby girl lying on a pink blanket, white muslin romper with small pink flowers, puff sleeves, lace trim,
    # pink booties. Details: VQA fallback; rest QA spans and reference.
    case(
        "X1138-020",
        caption(
            "The baby is wearing a short-sleeve romper with floral patterns. The romper is pink and it is with cotton "
            "fabric.",
            "contradiction",
        ),
        color_of("romper", "pink", "contradiction", kind="open"),
        Q.color("white"),
        Q.pattern("floral"),
        wearing("a short-sleeve romper with floral patterns", who="the baby"),
        is_a("romper", "yes"),
        details(
            "romper",
            "Answer: The romper has puff sleeves and lace on the collar. Question: What are the romper details?",
            "leak",
            hit_limit=True,
        ),
        title="Mothercare Infant Girls White Floral Print Muslin Romper",
        category="Rompers",
        color="White",
        gender="Girls",
    ),
    # photo: flat lay on white, pack of two sleeveless vest bodysuits, one sky blue and one navy with small whales. No
    # child. Describe: VQA fallback; rest QA spans and reference.
    case(
        "X1138-021",
        caption(
            "The person is wearing a sleeveless tank shirt with graphic patterns. The tank shirt is blue and it is "
            "with cotton fabric.",
            "contradiction",
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        details("bodysuit", "cotton fabric"),
        describe(
            "bodysuit",
            "The bodysuit is a sleeveless bodysuit with a whale print on the front and a snap closure at the bottom of",
            "cut",
            hit_limit=True,
        ),
        is_a("bodysuit", "yes"),
        title="Mothercare Infant Boys Pack of 2 Sleeveless Bodysuits",
        category="Bodysuit",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl sitting on a grey sofa holding a cushion, lilac satin night suit: long-sleeve notch-collar shirt with
    # white piping and matching pyjamas. Color of the shirt and details: VQA fallbacks; rest QA spans, reference.
    case(
        "X1138-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a lapel neckline. The pants are with chiffon fabric and pure color patterns.",
            "unsupported",
        ),
        color_of("shirt", "grey", "contradiction", kind="open"),
        Q.color("lavender"),
        Q.garment_type("night suit"),
        Q.material("chiffon fabric", "unsupported"),
        details("night suit", "night suit details", "restated"),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="the girl"),
        title="Kanvin Girls Lilac Satin Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: toddler boy standing on a wooden floor against a white wall, sleeveless khaki cotton romper with a small
    # palm-tree print and a button front. Describe and material: VQA fallbacks; rest QA spans and reference.
    case(
        "X1138-023",
        caption(
            "The boy is wearing a sleeveless romper with graphic patterns. The romper is with cotton fabric. It has a "
            "lapel neckline."
        ),
        Q.color("beige"),
        describe(
            "romper",
            "The romper is a sleeveless romper with a palm tree print on the front and a button closure on the front "
            "of the romper. The romper is",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        details("romper", "It has a lapel neckline"),
        is_a("dress", "no"),
        Q.material("linen", "unsupported"),
        title="FirstCry Boys Khaki Palm Print Cotton Romper",
        category="Rompers",
        color="Beige",
        gender="Boys",
    ),
    # photo: toddler girl standing on white, white long-sleeve top with "Daddy's Princess" in pink, pink-and-white
    # striped leggings. Color of the top: VQA fallback; rest QA spans and reference.
    case(
        "X1138-024",
        caption(
            "The gentleman wears a long-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt is with "
            "cotton fabric. The leggings are with cotton fabric and striped patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve T-shirt with graphic patterns and a long leggings", who="the child"),
        Q.color("white"),
        color_of(
            "t-shirt",
            "white Question: What is the color of the leggings? Answer: pink Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("leggings", "The leggings are with cotton fabric and striped patterns"),
        describe("leggings", "a long leggings", "restated"),
        title="Babyhug Girls White Printed Top with Striped Leggings",
        category="Clothing Set",
        color="White",
        gender="Girls",
    ),
    # photo: baby sitting in a grey bouncer chair, mustard yellow ribbed long-sleeve bodysuit, bare legs and feet.
    # Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-025",
        caption(
            "The baby is wearing a long-sleeve romper with pure color patterns. The romper is yellow and with knitting "
            "fabric. The baby is sitting in a grey chair. This baby wears a pair of socks.",
            "unsupported",
        ),
        Q.color("grey", "contradiction"),
        color_of("bodysuit", "yellow", kind="open"),
        Q.garment_type("romper"),
        Q.sleeve_length("long"),
        Q.material("knitting fabric"),
        wearing("a long-sleeve romper with pure color patterns", who="the baby"),
        details("bodysuit", "The baby is sitting in a grey chair", "non_answer"),
        category="Bodysuit",
        color="Mustard",
        gender="Unisex",
    ),
    # photo: girl twirling on white in a sleeveless tiered frock, tiers of pink, yellow, blue and green, white shoes.
    # Wearing and details: VQA fallbacks; rest QA spans and reference.
    case(
        "X1138-026",
        caption(
            "The girl wears a sleeveless dress with striped patterns. The dress is pink, yellow, blue and green and it "
            "is with cotton fabric."
        ),
        color_of("dress", "pink, yellow, blue and green", kind="open"),
        Q.color("multicolor"),
        Q.pattern("striped"),
        is_a("dress", "yes"),
        describe("dress", "a sleeveless dress with striped patterns"),
        wearing(
            "a dress with pink, yellow, blue and green stripes and a pair of white shoes and a",
            "cut",
            who="the girl",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress is with cotton fabric and it is with cotton fabric and it is with cotton fabric and it is with",
            "loop",
            hit_limit=True,
        ),
        title="Wish Karo Girls Multicoloured Tiered Cotton Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy lying on a bed with a blue pillow, white sleeveless top with a blue rocket, blue-and-white checked
    # shorts. Color and description of the top: VQA fallbacks; rest QA spans and reference.
    case(
        "X1138-027",
        caption(
            "The boy is wearing a tank shirt with graphic patterns and a shorts. The shorts are with cotton fabric and "
            "lattice patterns. The boy is lying on a bed."
        ),
        wearing("a tank shirt with graphic patterns and a shorts", who="the boy"),
        color_of("shorts", "blue"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        details("shorts", "a shorts", "restated"),
        describe(
            "top",
            "The top is a white tank top with a blue rocket on the front and the words on the front of the top are",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        title="Cucumber Boys White Rocket Print Night Suit with Checked Shorts",
        category="Night suits",
        color="White",
        gender="Boys",
    ),
    # photo: girl of about two on white, coral sleeveless romper with tie-up shoulder straps and small white flowers,
    # over a white short-sleeve tee, white sun hat, bare wrists. Caption: caption adapter; open: QA spans; closed:
    # reference.
    case(
        "X1138-028",
        caption(
            "The female is wearing a sleeveless romper with floral patterns and a short-sleeve T-shirt. The romper is "
            "red and the T-shirt is white. This female wears a hat. There is an accessory on her wrist.",
            "unsupported",
        ),
        color_of("romper", "white", "other_garment_color", kind="open"),
        Q.color("red"),
        wearing("a sleeveless romper with floral patterns and a short-sleeve T-shirt", who="the girl"),
        Q.garment_type("romper"),
        Q.sleeve_length("short", "contradiction"),
        describe("romper", "The romper is red and the T-shirt is white"),
        title="Hopscotch Girls Coral Floral Print Romper",
        category="Rompers",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy standing on white in a cream kurta with gold buttons, white pyjama and a maroon Nehru jacket, all
    # three sold together. Details: VQA fallback; rest QA spans and reference.
    case(
        "X1138-029",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long pants. The gentleman "
            "also wears a vest. The vest is red and the shirt is white."
        ),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        Q.color("cream"),
        Q.garment_type("dress", "contradiction"),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="the boy"),
        details("vest", "The vest is red and the shirt is white"),
        details(
            "kurta",
            "gold buttons on the front of the kurta and gold buttons on the front of the kurta and gold buttons on the",
            "loop",
            hit_limit=True,
        ),
        title="Aj Dezines Boys Cream Kurta with Pyjama and Maroon Nehru Jacket",
        category="Clothing Set",
        color="Cream",
        gender="Boys",
    ),
    # photo: baby girl on white, sleeveless pink bodysuit with an attached grey tulle tutu, pink floral headband.
    # Caption loops to 50 tokens; open: QA spans; closed: reference.
    case(
        "X1138-030",
        caption(
            "The baby is wearing a sleeveless dress with pure color patterns. The dress is pink and grey and pink and "
            "grey and pink and grey and pink and grey and pink and grey and pink and grey and pink",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("pink"),
        color_of("bodysuit", "pink and grey and pink and grey and pink and grey", "loop", kind="open"),
        is_a("bodysuit", "yes"),
        Q.sleeve_length("sleeveless"),
        title="Tiny Girl Infant Girls Pink Bodysuit with Attached Tutu",
        category="Bodysuit",
        color="Pink",
        gender="Girls",
    ),
    # photo: infant boy lying on a white bed, grey melange long-sleeve hooded romper with bear ears on the hood, front
    # zip, hood up. Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-031",
        caption(
            "The baby is wearing a long-sleeve romper with pure color patterns. The romper is grey and with cotton "
            "fabric. The hood is on her head.",
            "pronoun",
        ),
        wearing("a long-sleeve romper with pure color patterns", who="the baby"),
        color_of("romper", "grey", kind="open"),
        Q.garment_type("sweatshirt", "contradiction"),
        details("romper", "The hood is on her head", "pronoun"),
        Q.material("cotton fabric"),
        title="Babyhug Infant Boys Grey Melange Hooded Bear Romper",
        category="Rompers",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl on white holding a yellow star cushion, blue-and-white full-sleeve night suit printed with clouds and
    # moons. Caption cut at 50 tokens; color of the pyjamas and describe: VQA fallbacks; rest QA spans, reference.
    case(
        "X1138-032",
        caption(
            "The girl is wearing a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. The girl "
            "is holding a",
            "cut",
            hit_limit=True,
        ),
        Q.color("blue"),
        color_of("pyjamas", "graphic", "non_answer", kind="open"),
        Q.garment_type("night suit"),
        wearing("a long-sleeve T-shirt with graphic patterns and a long pants", who="the girl"),
        Q.pattern("graphic"),
        details("top", "The T-shirt is with cotton fabric. It has a round neckline"),
        describe(
            "night suit",
            "a night suit with clouds and moons Question: What is the color of the night suit? Answer: blue and white",
            "leak",
            hit_limit=True,
        ),
        title="Cherry Crumble Girls Blue Cloud Print Night Suit",
        gender="Girls",
        category="Night suits",
    ),
    # photo: baby lying on white, seen from above, mint green three-piece set: long-sleeve top, long pants and a cap,
    # all with white polka dots. Material and wearing: VQA fallbacks; rest QA spans and reference.
    case(
        "X1138-033",
        caption(
            "The baby is wearing a long-sleeve top with graphic patterns and a long pants. The top is green and the "
            "pants are green. This baby wears a hat."
        ),
        Q.color("green"),
        color_of("cap", "green"),
        Q.pattern("dotted"),
        describe("set", "a long-sleeve top with graphic patterns and a long pants"),
        Q.material("wool", "unsupported"),
        wearing("clothes", "non_answer", who="the baby"),
        title="Babyhug Unisex Infant Sea Green Polka Dot Top Pants and Cap Set",
        category="Clothing Set",
        color="Sea Green",
        gender="Unisex",
    ),
    # photo: girl on white, black velvet long-sleeve party frock with a white lace collar and a red bow at the waist,
    # red shoes. Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is black and it is with leather "
            "fabric. It has a lapel neckline.",
            "unsupported",
        ),
        Q.material("leather fabric", "unsupported"),
        color_of("dress", "black", kind="open"),
        color_of("bow", "red"),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("long"),
        describe("dress", "dress", "restated"),
        title="Pspeaches Girls Black Velvet Party Dress with Lace Collar",
        category="Dresses",
        color="Black",
        gender="Girls",
    ),
    # photo: baby boy sitting on white, navy-and-white nautical short-sleeve romper with an anchor print and a sailor
    # collar, white sailor hat. Caption cut at 50 tokens; describe: VQA fallback; rest QA spans and reference.
    case(
        "X1138-035",
        caption(
            "The baby is wearing a short-sleeve romper with graphic patterns. The romper is navy and white and it is "
            "with cotton fabric. It has a lapel neckline. This baby wears a hat. The hat is white and",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("romper", "navy and white", kind="open"),
        wearing("a short-sleeve romper with graphic patterns", who="the baby"),
        is_a("romper", "yes"),
        Q.pattern("graphic"),
        details("romper", "The hat is white and", "cut"),
        describe("romper", "yes", "non_answer"),
        title="Mothercare Infant Boys Navy Nautical Print Romper",
        category="Rompers",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl on white, yellow-and-white striped short-sleeve tee under a blue denim dungaree skirt, white
    # sneakers. Describe the skirt: VQA fallback; rest QA spans and reference.
    case(
        "X1138-036",
        caption(
            "The female is wearing a short-sleeve T-shirt with striped patterns and a skirt. The skirt is with denim "
            "fabric. The T-shirt is yellow and white."
        ),
        color_of("skirt", "yellow and white", "other_garment_color", kind="open"),
        color_of("t-shirt", "yellow and white", kind="open"),
        Q.garment_type("clothing set"),
        Q.pattern("striped"),
        Q.material("denim fabric"),
        describe(
            "skirt",
            "Question: Describe the skirt. Answer: The skirt is a denim skirt with a bib and straps. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Little Kangaroos Girls Yellow Striped T-shirt with Denim Dungaree Skirt",
        category="Clothing Set",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy on white, maroon full-sleeve top with a "Superhero" graphic, maroon-and-navy checked pyjamas.
    # Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-037",
        caption(
            "The female is wearing a long-sleeve T-shirt with graphic patterns and a long pants. The pants are with "
            "lattice patterns. Her T-shirt is with cotton fabric.",
            "pronoun",
        ),
        color_of("t-shirt", "maroon"),
        Q.color("maroon"),
        wearing("a long-sleeve T-shirt with graphic patterns and a long pants", who="the boy"),
        describe("pyjamas", "The pants are with lattice patterns"),
        Q.sleeve_length("long"),
        details("t-shirt", "Her T-shirt is with cotton fabric", "pronoun"),
        title="Gini and Jony Boys Maroon Superhero Print Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Boys",
    ),
    # photo: baby on white in a brown plush teddy-bear romper, long sleeves, hood with round ears. Details: VQA
    # fallback; rest QA spans and reference.
    case(
        "X1138-038",
        caption(
            "The baby is wearing a long-sleeve romper with pure color patterns. The romper is brown and it is with "
            "furry fabric. There is a hood with ears."
        ),
        Q.material("furry fabric"),
        Q.color("brown"),
        is_a("jumpsuit", "yes"),
        Q.garment_type("romper"),
        Q.pattern("solid"),
        wearing("The baby", "non_answer", who="the baby"),
        details(
            "romper",
            "furry fabric furry fabric furry fabric furry fabric furry fabric furry fabric furry fabric furry fabric",
            "loop",
            hit_limit=True,
        ),
        title="Babyoye Unisex Infant Brown Teddy Bear Hooded Romper",
        category="Rompers",
        color="Brown",
        gender="Unisex",
    ),
    # photo: girl sitting on a green lawn outdoors, white sleeveless cotton frock with red cherries and frilled straps.
    # Describe: VQA fallback; rest QA spans and reference.
    case(
        "X1138-039",
        caption(
            "The girl wears a sleeveless dress with graphic patterns. The dress is white and it is with cotton fabric. "
            "The girl is sitting on the grass."
        ),
        Q.color("green", "contradiction"),
        color_of("dress", "white", kind="open"),
        Q.pattern("graphic"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: The dress is white with red cherries on it. Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", who="the girl"),
        details("dress", "dress", "restated"),
        title="Cherry Crumble Girls White Cherry Print Cotton Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: boy on white holding a red toy car, yellow short-sleeve tee with a blue car graphic, blue denim shorts,
    # no watch or band. Caption: caption adapter; open: QA spans; closed: reference.
    # Caption: caption adapter; open: QA spans; closed: reference.
    case(
        "X1138-040",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a shorts. The T-shirt is yellow and "
            "the shorts are blue. The boy is holding a red car. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        color_of("shorts", "blue", kind="open"),
        Q.color("yellow"),
        Q.garment_type("clothing set"),
        details("shorts", "a shorts", "restated"),
        details("t-shirt", "There is an accessory on his wrist", "unsupported"),
        title="Cucumber Boys Yellow Car Print T-shirt with Denim Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Boys",
    ),
    # photo: flat lay on white, five plain white sleeveless vest bodysuits fanned out. No child. Caption: caption
    # adapter in its base-model voice; open: QA spans; closed: reference. All correct.
    case(
        "X1138-041",
        caption("five white sleeveless bodysuits laid flat on a white surface"),
        Q.garment_type("bodysuit"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        describe("bodysuits", "five white sleeveless bodysuits"),
        Q.pattern("solid"),
        title="Babyhug Unisex Infant Pack of 5 White Sleeveless Bodysuits",
        category="Bodysuit",
        color="White",
        gender="Unisex",
    ),
    # photo: girl sitting on a pink bed with white pillows, pink sleeveless top with a sleeping panda, pink-and-white
    # polka-dot shorts. Caption loops to 50 tokens; describe the shorts: VQA fallback; rest QA spans and reference.
    case(
        "X1138-042",
        caption(
            "The girl is wearing a tank shirt with graphic patterns and a shorts. The shorts are with cotton fabric "
            "and graphic patterns. The girl is sitting on a bed. The girl is sitting on a bed. The girl is sitting on "
            "a bed. The girl is",
            "loop",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("shorts", "pink"),
        wearing("a tank shirt with graphic patterns and a shorts", who="the girl"),
        Q.garment_type("night suit"),
        Q.sleeve_length("sleeveless"),
        details("shorts", "The shorts are with cotton fabric and graphic patterns"),
        color_of("top", "The girl is sitting on a bed", "non_answer", kind="open"),
        describe("shorts", "his shorts are pink with white polka dots", "pronoun"),
        title="Doodle Girls Pink Panda Print Night Suit with Shorts",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy standing on white holding a beach ball, light blue chambray short-sleeve shortall (one piece that
    # looks like shirt and shorts) with a collar and buttons, no pockets. Wearing and details: VQA fallbacks.
    case(
        "X1138-043",
        caption(
            "The boy is wearing a short-sleeve shirt with pure color patterns and a shorts. The shirt is with denim "
            "fabric. It has a lapel neckline.",
            "contradiction",
        ),
        wearing("she is wearing a blue romper", "pronoun", who="the boy"),
        Q.color("blue"),
        Q.material("denim fabric"),
        is_a("romper", "yes"),
        Q.sleeve_length("short"),
        details(
            "romper",
            "The romper has two pockets on the chest and a pocket on the back and a button on the front and a zipper",
            "cut",
            hit_limit=True,
        ),
        title="Allen Solly Junior Boys Light Blue Chambray Romper",
        category="Rompers",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl on white, magenta silk-blend lehenga with gold embroidery, short-sleeve gold blouse, pink net
    # dupatta. Material and details: VQA fallbacks; rest QA spans and reference.
    case(
        "X1138-044",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with "
            "complicated patterns. The skirt is pink."
        ),
        color_of("skirt", "pink", kind="open"),
        color_of("blouse", "pink", "other_garment_color", kind="open"),
        Q.color("magenta"),
        Q.garment_type("skirt"),
        Q.material("cotton", "unsupported"),
        wearing("a short-sleeve shirt with pure color patterns and a long skirt", who="the girl"),
        details(
            "lehenga",
            "The lehenga is embroidered with gold thread and has a gold border at the bottom and a gold",
            "cut",
            hit_limit=True,
        ),
        title="Aj Dezines Girls Magenta and Gold Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Magenta",
        gender="Girls",
    ),
    # photo: infant boy lying on a white blanket, red short-sleeve bodysuit with "Mumma's Boy" in white, blue jeans
    # (not sold). Caption: caption adapter; color: QA span; material and wearing: VQA fallbacks; closed: reference.
    case(
        "X1138-045",
        caption(
            "The baby is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The pants are with "
            "denim fabric. The T-shirt is red.",
            "contradiction",
        ),
        color_of("bodysuit", "red", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.material("denim fabric", "unsupported"),
        Q.garment_type("bodysuit"),
        is_a("t-shirt", "no"),
        wearing(
            "Question: What is the baby wearing? Answer: a red onesie and blue jeans Question: What is the baby",
            "leak",
            who="the baby",
            hit_limit=True,
        ),
        title="Babyoye Infant Boys Red Slogan Print Bodysuit",
        category="Bodysuit",
        color="Red",
        gender="Boys",
    ),
    # photo: toddler girl on white, olive green sleeveless jumpsuit-style romper with long legs, white and pink flowers
    # and ruffled shoulders, white sandals. Details: VQA fallback; rest QA spans and reference.
    case(
        "X1138-046",
        caption(
            "The female is wearing a sleeveless jumpsuit with floral patterns. The jumpsuit is green and it is with "
            "cotton fabric. It has a round neckline."
        ),
        Q.garment_type("jumpsuit"),
        Q.color("olive"),
        color_of("jumpsuit", "green", kind="open"),
        Q.pattern("floral"),
        wearing("a sleeveless jumpsuit with floral patterns", who="the girl"),
        details(
            "jumpsuit",
            "Question: What are the jumpsuit details? Answer: The jumpsuit has a ruffle on the shoulders. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        title="Hopscotch Girls Olive Green Floral Print Jumpsuit Romper",
        category="Rompers",
        color="Olive",
        gender="Girls",
    ),
]
