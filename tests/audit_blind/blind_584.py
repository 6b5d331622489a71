"""BLIND_584 (46 products; Myntra kids' and teens' clothing, captions + QA): written blind in the fifty-second session.
Measured blind at 97fda8d (the session's second rules): 107/148 failures found (72.3%) and 16/207 correct texts flagged
(7.7%). The writer's notes, verbatim:

Scenario: a Myntra kids' catalog feed (Boys, Girls, one Unisex row): t-shirts and polos, frocks and dresses,
dungarees, top-and-shorts clothing sets, kurta sets and lehenga cholis, night suits. Photos are the usual Myntra
shots: a child or teen standing on a white backdrop, often with other clothes on (a tee under dungarees, jeans
under a tee, a dupatta or a Nehru jacket over a kurta); a few are flat lays with no child in them. The feed gives
title, category (Myntra's article type), color (the seller's base colour) and gender; some rows lack a column.

Who wrote what: every caption comes from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, greedy, 50 new tokens. It writes the DeepFashion template ("The lady wears a short-sleeve
T-shirt with graphic patterns ... The T-shirt is with cotton fabric and its neckline is round"), calls children
lady/gentleman/man about as often as girl/boy, keeps some hue words from the base model, invents accessories and
fabrics, and, having no end token, sometimes loops or runs into the 50-token limit, or carries on into the
`Question: ... Answer:` format. Open answers (wearing, describe, details, material, open color questions) are
spans that the extractive QA model (mdeberta squad2) picked out of that caption, so they inherit its errors, and
an empty string is its "no answer". Closed answers (garment type, color, pattern, sleeve length, yes/no garment
questions) come from enrich's --engine reference, one candidate value each.

Labeling conventions and judgement calls:
- One label per text. Form failures win: a caption that loops, is cut at the limit or leaks the Q/A format is
  labeled loop/cut/leak even when it also says something wrong; an extracted span that carries the loop, the cut
  end or the leaked format gets the same label.
- other_garment_color: the product is given the color of another garment in the photo (the tee under the
  dungarees, the palazzos, the dupatta, the jeans). A color that is in no garment (the print's color, a hue
  that is not there) or another garment given the product's color is a contradiction.
- Naming a piece of the set (t-shirt, shorts, kurta) for a clothing set, night suit or kurta set is correct;
  dungarees answered as jumpsuit, overalls or dungarees are correct; a dungaree dress answered as dress is correct.
  A kurta called "dress" or "shirt" is a contradiction; "kurta" from the adapter is correct.
- Sleeve length or pattern of the garment worn under the product (long sleeves for sleeveless dungarees) is a
  contradiction.
- Flat lays: "the boy is wearing" from the template is not labeled by itself; accessories, jewellery or a hat
  invented on a flat lay or on a child who has none are unsupported, as are fabrics the photo and title rule out
  (denim kurta, chiffon on a net lehenga), and so is the fabric of another garment given as the product's
  material (the vest's silk for the kurta, the tee's cotton for denim dungarees).
- non_answer: an empty extraction, a single word, the bare garment noun, or a pattern word ("pure color
  patterns") given to a color question. restated: a span that only rewords the question, the subject and verb
  of a caption sentence with nothing after them ("The lady wears", "The T-shirt is", "The overalls are").
- pronoun: he/she/his/her/lady/man wrong for the feed's gender; lady for a girl and gentleman for a boy are right.
- Template words taken as right when they fit: lattice = check, graphic = any print, lapel = any collar,
  three-point = short length, teal/turquoise answered blue, mustard answered yellow, maroon answered red, coral
  answered pink.
- A caption or answer that describes one piece of a multi-pack (pack of 2 night suits, pack of 3 tees) is not
  labeled for the count; the Unisex row gets no pronoun label.
- hit_limit is set only on captions that ran to the 50-token limit; extracted spans never hit a limit themselves.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    wearing,
)

garment_type = BLIND_QUESTIONS.garment_type
color = BLIND_QUESTIONS.color
pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length

BLIND_584 = [
    # photo: boy of about 6 in a navy half-sleeve crew-neck tee with a green-and-orange dinosaur print, light grey
    # knit shorts, white sneakers; white backdrop, front view. Caption adapter; extractive spans; reference engine.
    case(
        "X584-001",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a pair of grey shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are of three-point length."
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a pair of grey shorts", who="the boy"),
        color("navy blue"),
        pattern("graphic"),
        sleeves("short sleeve"),
        color_of("T-shirt", "grey", "other_garment_color", kind="open"),
        material("cotton fabric"),
        is_a("pair of shorts", "yes", "contradiction"),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl of about 8 in a sleeveless pink fit-and-flare frock with small white and yellow flowers, knee
    # length, white sandals; white backdrop, front view. Caption adapter (looped); spans; reference engine.
    case(
        "X584-002",
        caption(
            "The girl wears a sleeveless dress with floral patterns. The dress is with cotton fabric. The dress is "
            "with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The dress is with",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a sleeveless dress with floral patterns"),
        garment_type("dress"),
        color("pink"),
        sleeves("sleeveless"),
        details(
            "dress",
            "The dress is with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric",
            "loop",
        ),
        is_a("dress", "yes"),
        title="YK Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: toddler boy in mid-blue denim dungaree shorts (bib with front pocket, metal buttons at the straps)
    # over a red-and-white horizontal striped short-sleeve tee; white backdrop. Caption adapter; spans; reference.
    case(
        "X584-003",
        caption(
            "The boy wears a short-sleeve T-shirt with striped patterns and a pair of denim overalls. The overalls "
            "are with denim fabric and pure color patterns. There is a zipper on the front.",
            "unsupported",
        ),
        garment_type("t-shirt", "contradiction"),
        color("red", "other_garment_color"),
        is_a("pair of dungarees", "yes"),
        wearing("a short-sleeve T-shirt with striped patterns and a pair of denim overalls", who="the boy"),
        material("denim fabric"),
        details("dungarees", "There is a zipper on the front", "unsupported"),
        title="Babyhug Boys Blue Denim Dungarees with Striped T-shirt",
        category="Dungarees",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in a yellow cap-sleeve top with a white lemon print and white cotton shorts with yellow lace
    # trim, pink hairband; white backdrop, front view. Caption adapter (loops on the hairband); spans; reference.
    case(
        "X584-004",
        caption(
            "The lady is wearing a short-sleeve shirt with graphic patterns and a pair of white shorts. The shirt is "
            "with cotton fabric and its neckline is round. There is an accessory on her head. There is an accessory "
            "on her head. There is an accessory on her head. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns and a pair of white shorts", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        color("yellow"),
        garment_type("top"),
        details("shorts", "a pair of white shorts"),
        sleeves("short sleeve"),
        title="Peppermint Girls Yellow & White Printed Top with Shorts",
        category="Clothing Set",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy in a cream full-sleeve knee-length cotton kurta with mandarin collar and gold-tone buttons, cream
    # pyjama, brown mojaris; white backdrop. Caption adapter (calls the kurta a shirt); spans; reference engine.
    case(
        "X584-005",
        caption(
            "The gentleman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is "
            "with cotton fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        garment_type("kurta"),
        color("cream"),
        sleeves("long sleeve"),
        is_a("kurta", "yes"),
        material("cotton fabric"),
        describe("kurta", "a long-sleeve shirt with pure color patterns", "contradiction"),
        title="Aj Dezines Boys Cream-Coloured Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl in a maroon flared silk-blend lehenga with a gold zari border and gold paisley embroidery, maroon
    # short-sleeve choli, gold net dupatta over one shoulder, glass bangles; white backdrop. Caption adapter (cut).
    case(
        "X584-006",
        caption(
            "The lady wears a short-sleeve blouse and a long skirt. The skirt is with chiffon fabric and floral "
            "patterns. There is an accessory on her wrist. The lady wears a long scarf with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve blouse and a long skirt", who="she"),
        material("chiffon fabric", "unsupported"),
        garment_type("lehenga"),
        color("maroon"),
        pattern("embroidered"),
        describe("lehenga", "a long skirt"),
        details("choli", "The lady wears a long scarf with", "cut"),
        title="Bitiya by Bhama Girls Maroon & Gold-Toned Ready to Wear Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy in a grey melange half-sleeve top with a navy rocket print and a navy pyjama printed with grey
    # rockets, barefoot; white backdrop. Caption adapter; spans; reference engine. All right.
    case(
        "X584-007",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns."
        ),
        color("grey"),
        garment_type("night suit"),
        sleeves("short sleeve"),
        color_of("pants", "navy blue"),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        material("cotton fabric"),
        title="Sweet Dreams Boys Grey Melange Printed Night Suit",
        category="Night suits",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a lavender full-sleeve top with a white unicorn print and a lavender pyjama with white stars;
    # white backdrop, front view. Caption adapter (calls her a man); spans; reference engine.
    case(
        "X584-008",
        caption(
            "This man wears a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve T-shirt with graphic patterns and a long pants", who="she"),
        color("purple"),
        pattern("graphic"),
        sleeves("short sleeve", "contradiction"),
        details("T-shirt", "The T-shirt is with cotton fabric and its neckline is round"),
        is_a("night suit", "yes"),
        describe("top", "This man wears a long-sleeve T-shirt with graphic patterns", "pronoun"),
        title="Sweet Dreams Girls Lavender Unicorn Print Night Suit",
        category="Night suits",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy in olive cotton cargo shorts with side flap pockets and a plain white crew-neck tee worn out;
    # white backdrop, full-length front view. Caption adapter (no hues); spans; reference engine.
    case(
        "X584-009",
        caption(
            "The boy wears a short-sleeve T-shirt with pure color patterns and a pair of shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns."
        ),
        color_of("shorts", "white", "other_garment_color"),
        garment_type("shorts"),
        describe("shorts", "a pair of shorts", "non_answer"),
        details("shorts", "The shorts are with cotton fabric and pure color patterns"),
        pattern("solid"),
        material("cotton fabric"),
        wearing("The boy wears", "restated", who="the boy"),
        title="United Colors of Benetton Boys Olive Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a white short-sleeve tee with pink glitter "Be Kind" lettering and a rainbow, blue denim
    # jeans; white backdrop. Caption adapter (cut at the limit); spans; reference engine.
    case(
        "X584-010",
        caption(
            "The girl is wearing a short-sleeve T-shirt with graphic patterns and a long denim jeans. The T-shirt is "
            "with cotton fabric and its neckline is round. The jeans are of long length. The jeans are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long denim jeans", who="the girl"),
        color("blue", "other_garment_color"),
        pattern("graphic"),
        details("T-shirt", "its neckline is round"),
        is_a("t-shirt", "yes"),
        material("denim fabric and", "cut"),
        title="Cherry Crumble Girls White Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy of about 10 in a red pique polo, short sleeves, white tipping on the collar, small navy logo on
    # the chest, no pocket; beige chinos; white backdrop. Caption adapter; spans; reference engine.
    case(
        "X584-011",
        caption(
            "The gentleman is wearing a short-sleeve polo shirt with pure color patterns and a long trousers. The "
            "polo shirt is with cotton fabric and its neckline is lapel. There is a pocket on his chest.",
            "unsupported",
        ),
        garment_type("polo shirt"),
        color("red"),
        color_of("trousers", "red", "contradiction"),
        details("polo shirt", "There is a pocket on his chest", "unsupported"),
        sleeves("short sleeve"),
        wearing("a short-sleeve polo shirt with pure color patterns and a long trousers", who="he"),
        title="U.S. Polo Assn. Kids Boys Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl of about 4 in mustard corduroy full-length dungarees with a heart patch on the bib, over a white
    # full-sleeve top with small black polka dots; white backdrop. Caption adapter; spans; reference engine.
    case(
        "X584-012",
        caption(
            "The lady wears a long-sleeve shirt with graphic patterns and a long overalls. The overalls are with "
            "corduroy fabric and pure color patterns. There is a heart on the front."
        ),
        color("white", "other_garment_color"),
        is_a("pair of dungarees", "yes"),
        garment_type("jumpsuit"),
        material("corduroy fabric"),
        wearing("a long-sleeve shirt with graphic patterns and a long overalls", who="she"),
        sleeves("long sleeve", "contradiction"),
        details("dungarees", "The overalls are", "restated"),
        title="Cute Walk by Babyhug Girls Mustard Corduroy Dungarees",
        category="Dungarees",
        color="Mustard",
        gender="Girls",
    ),
    # photo: toddler boy in a navy-and-white horizontal striped tee with a small anchor patch and plain navy
    # shorts with a drawstring; white backdrop. Caption adapter (looped); spans; reference engine.
    case(
        "X584-013",
        caption(
            "The boy wears a short-sleeve T-shirt with striped patterns and a pair of shorts. The T-shirt is with "
            "cotton fabric and striped patterns. The shorts are with cotton fabric and striped patterns and striped "
            "patterns and striped patterns and striped",
            "loop",
            hit_limit=True,
        ),
        pattern("striped"),
        color("navy blue"),
        details(
            "shorts",
            "cotton fabric and striped patterns and striped patterns and striped patterns and striped",
            "loop",
        ),
        wearing("a short-sleeve T-shirt with striped patterns and a pair of shorts", who="the boy"),
        garment_type("t-shirt"),
        is_a("pair of shorts", "yes"),
        title="Babyhug Boys Navy Blue & White Striped T-shirt with Shorts",
        category="Clothing Set",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl in a red-and-white gingham check A-line dress with short puff sleeves, white Peter Pan collar
    # and a red bow at the waist; white backdrop. Caption adapter (chiffon for the cotton); spans; reference engine.
    case(
        "X584-014",
        caption(
            "The girl is wearing a short-sleeve dress with lattice patterns. The dress is with chiffon fabric and "
            "its neckline is round.",
            "unsupported",
        ),
        pattern("checked"),
        color("red"),
        sleeves("sleeveless", "contradiction"),
        describe("dress", "a short-sleeve dress with lattice patterns"),
        details("dress", "its neckline is round"),
        color_of("dress", "lattice patterns", "non_answer", kind="open"),
        wearing("The girl is wearing", "restated", who="she"),
        material("chiffon fabric", "unsupported"),
        title="Nauti Nati Girls Red & White Checked A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy in an orange half-sleeve tee with a big multicolor Chhota Bheem cartoon print, dark blue denim
    # shorts; white backdrop. Caption adapter (runs into the Q/A format); spans; reference engine.
    case(
        "X584-015",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a pair of denim shorts. Question: "
            "What is the color of the T-shirt? Answer: orange Question: What is the color of the shorts? Answer:",
            "leak",
            hit_limit=True,
        ),
        color_of("T-shirt", "orange Question: What is the color of the shorts? Answer:", "leak", kind="open"),
        color("orange"),
        material("", "non_answer"),
        pattern("graphic"),
        wearing("a short-sleeve T-shirt with graphic patterns and a pair of denim shorts", who="he"),
        is_a("t-shirt", "yes"),
        describe("T-shirt", "Question: What is the color of the T-shirt? Answer: orange", "leak"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl in a green A-line cotton kurta with a pink floral block print and three-quarter sleeves, plain
    # pink palazzos; white backdrop. Caption adapter (calls the kurta a dress); spans; reference engine.
    case(
        "X584-016",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns and a long pants. The dress is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        garment_type("kurta"),
        color("pink", "other_garment_color"),
        pattern("floral"),
        sleeves("three-quarter sleeve"),
        wearing("a long-sleeve dress with floral patterns and a long pants", "contradiction", who="the girl"),
        material("cotton fabric"),
        details("kurta", "The dress is with cotton fabric", "contradiction"),
        title="Biba Girls Green & Pink Floral Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: flat lay, no child: a navy full-sleeve top with yellow dinosaur prints and a matching navy pyjama
    # with yellow cuffs on a white surface. Caption adapter (invents a hat); spans; reference engine.
    case(
        "X584-017",
        caption(
            "The boy is wearing a long-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The boy wears a hat.",
            "unsupported",
        ),
        wearing("a long-sleeve T-shirt with graphic patterns and a long pants", who="he"),
        details("T-shirt", "The boy wears a hat", "unsupported"),
        color("navy blue"),
        sleeves("long sleeve"),
        garment_type("night suit"),
        pattern("striped", "contradiction"),
        color_of("pyjama", "yellow", "contradiction"),
        title="Kanvin Boys Navy Blue & Yellow Dino Print Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy of about 14 in a black tee with a white skateboard graphic and "PEPE" lettering, blue slim jeans;
    # white backdrop. Caption adapter (gives the tee the jeans' blue); spans; reference engine.
    case(
        "X584-018",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a long blue jeans. The T-shirt is "
            "blue with cotton fabric and its neckline is round.",
            "other_garment_color",
        ),
        color_of("T-shirt", "blue", "other_garment_color", kind="open"),
        color("black"),
        wearing("a short-sleeve T-shirt with graphic patterns and a long blue jeans", who="the boy"),
        pattern("graphic"),
        color_of("jeans", "blue"),
        material("cotton fabric"),
        title="Pepe Jeans Kids Boys Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl in a peach sleeveless top with a white bird print and ruffle hem, white shorts with peach polka
    # dots, no jewellery; white backdrop. Caption adapter (invents a bracelet); spans; reference engine.
    case(
        "X584-019",
        caption(
            "The lady wears a tank top with graphic patterns and a pair of shorts. The tank top is with cotton "
            "fabric and it has no sleeves. The shorts are with cotton fabric and graphic patterns. The lady wears a "
            "bracelet.",
            "unsupported",
        ),
        color("peach"),
        sleeves("sleeveless"),
        details("top", "it has no sleeves"),
        wearing("The lady wears", "restated", who="she"),
        pattern("printed"),
        material("cotton fabric"),
        garment_type("dress", "contradiction"),
        describe("top", "The lady wears a bracelet", "unsupported"),
        title="Hopscotch Girls Peach & White Printed Top with Shorts",
        category="Clothing Set",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy in a white full-sleeve cotton kurta and white churidar under a maroon brocade sleeveless Nehru
    # jacket with gold buttons; white backdrop. Caption adapter (gives the kurta the jacket's maroon); spans.
    case(
        "X584-020",
        caption(
            "The gentleman is wearing a maroon vest with graphic patterns and a long-sleeve kurta. The vest is with "
            "silk fabric. The kurta is maroon with cotton fabric and pure color patterns.",
            "other_garment_color",
        ),
        color("maroon", "other_garment_color"),
        is_a("kurta", "yes"),
        garment_type("kurta"),
        color_of("jacket", "maroon"),
        wearing("a maroon vest with graphic patterns and a long-sleeve kurta", who="he"),
        details("kurta", "The kurta is maroon with cotton fabric", "other_garment_color"),
        material("silk fabric", "unsupported"),
        title="Jashvi Boys White Kurta with Churidar & Maroon Nehru Jacket",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl of about 11 in a navy shift dress with thin white horizontal stripes, short sleeves, round
    # neck, white sneakers; white backdrop. Caption adapter; spans; reference engine. All right.
    case(
        "X584-021",
        caption(
            "The girl is wearing a short-sleeve dress with striped patterns. The dress is with cotton fabric and "
            "its neckline is round. The dress is of knee length."
        ),
        color("navy blue"),
        pattern("striped"),
        describe("dress", "a short-sleeve dress with striped patterns"),
        details("dress", "its neckline is round"),
        sleeves("short sleeve"),
        title="Allen Solly Junior Girls Navy Blue & White Striped Shift Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy of about 3 in olive twill full-length dungarees with adjustable straps and a bib pocket, over a
    # plain white short-sleeve tee; white backdrop. Caption adapter (cut at the limit); spans; reference engine.
    case(
        "X584-022",
        caption(
            "The boy wears a short-sleeve T-shirt with pure color patterns and a long overalls. The T-shirt is white "
            "with cotton fabric and its neckline is round. The overalls are with cotton fabric and pure color "
            "patterns and the",
            "cut",
            hit_limit=True,
        ),
        color_of("dungarees", "white", "other_garment_color", kind="open"),
        color("olive"),
        is_a("pair of dungarees", "yes"),
        pattern("solid"),
        details("dungarees", "The overalls are with cotton fabric and pure color patterns and the", "cut"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long overalls", who="the boy"),
        title="Little Kangaroos Boys Olive Solid Dungarees",
        category="Dungarees",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl in a yellow short-sleeve tee with a pink butterfly print and pink cotton leggings; white
    # backdrop. Caption adapter (calls her a gentleman); spans; reference engine.
    case(
        "X584-023",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with graphic patterns and a long leggings. The T-shirt "
            "is with cotton fabric and its neckline is round. His leggings are pink with cotton fabric.",
            "pronoun",
        ),
        color_of("T-shirt", "pink", "other_garment_color", kind="open"),
        color("yellow"),
        garment_type("t-shirt"),
        wearing("a short-sleeve T-shirt with graphic patterns and a long leggings", who="she"),
        details("T-shirt", "The T-shirt is with cotton fabric and its neckline is round"),
        title="Tiny Girl Girls Yellow Butterfly Print T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Girls",
    ),
    # photo: teen boy in a plain grey melange short-sleeve crew-neck tee and black joggers; white backdrop.
    # Caption adapter (looped); spans; reference engine.
    case(
        "X584-024",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt "
            "is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color "
            "patterns. The pants are with cotton fabric and pure color patterns. The pants",
            "loop",
            hit_limit=True,
        ),
        color("black", "other_garment_color"),
        pattern("solid"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", who="the boy"),
        describe("T-shirt", "T-shirt", "non_answer"),
        details(
            "T-shirt",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure "
            "color patterns. The pants",
            "loop",
        ),
        sleeves("long sleeve", "contradiction"),
        material("cotton fabric"),
        title="Allen Solly Junior Boys Grey Melange Solid Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl in a pink-and-white vertical striped full-sleeve button-front pyjama shirt with a notched
    # collar and white piping, matching striped pyjama pants; white backdrop. Caption adapter (cut); spans.
    case(
        "X584-025",
        caption(
            "The lady is wearing a long-sleeve shirt with striped patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and striped patterns. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        garment_type("night suit"),
        color("pink"),
        pattern("striped"),
        details("shirt", "its neckline is lapel"),
        is_a("dress", "yes", "contradiction"),
        wearing("a long-sleeve shirt with striped patterns and a long pants", who="the girl"),
        describe("night suit", "The lady wears a pair of", "cut"),
        material("cotton fabric"),
        title="Doodle Girls Pink & White Striped Night Suit",
        category="Night suits",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a green short-sleeve tee with grey "WILD" lettering and plain grey melange shorts; white
    # backdrop. Caption adapter (calls him a lady); spans; reference engine.
    case(
        "X584-026",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a pair of shorts. The T-shirt is with "
            "cotton fabric and its neckline is round. Her shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        details("shorts", "Her shorts are with cotton fabric and pure color patterns", "pronoun"),
        color("green"),
        garment_type("t-shirt"),
        color_of("shorts", "grey"),
        color_of("T-shirt", "grey", "other_garment_color"),
        wearing("a short-sleeve T-shirt with graphic patterns and a pair of shorts", who="he"),
        describe("T-shirt", "The T-shirt is", "restated"),
        title="max Boys Green & Grey Typography Print T-shirt with Shorts",
        category="Clothing Set",
        color="Green",
        gender="Boys",
    ),
    # photo: girl in a pink net lehenga with sequin embroidery, a green sleeveless silk choli and a pink dupatta;
    # white backdrop. Caption adapter (gives the skirt the choli's green); spans; reference engine.
    case(
        "X584-027",
        caption(
            "The girl is wearing a sleeveless blouse with floral patterns and a long skirt. The blouse is green with "
            "silk fabric. The skirt is green with chiffon fabric.",
            "other_garment_color",
        ),
        color("green", "other_garment_color"),
        garment_type("lehenga"),
        sleeves("sleeveless"),
        color_of("skirt", "green", "other_garment_color", kind="open"),
        material("chiffon fabric", "unsupported"),
        is_a("lehenga", "yes"),
        describe("lehenga", "skirt", "non_answer"),
        title="Aarika Girls Pink & Green Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a teal silk-blend full-sleeve kurta with a mandarin collar and an off-white pyjama; white
    # backdrop, three-quarter view. Caption adapter (denim kurta); spans; reference engine.
    case(
        "X584-028",
        caption(
            "The gentleman is wearing a long-sleeve kurta with pure color patterns and a long pants. The kurta is "
            "with denim fabric and its neckline is stand. The pants are white with cotton fabric.",
            "unsupported",
        ),
        material("denim fabric", "unsupported"),
        color("blue"),
        garment_type("kurta"),
        pattern("solid"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        sleeves("long sleeve"),
        details("kurta", "The kurta is with denim fabric", "unsupported"),
        title="Manyavar Boys Teal Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Boys",
    ),
    # photo: flat lay, no child: a yellow sleeveless cotton frock with a smocked chest panel and white embroidered
    # daisies at the hem, on a white surface. Caption adapter (invents jewellery); spans; reference engine.
    case(
        "X584-029",
        caption(
            "The lady is wearing a sleeveless dress with floral patterns. The dress is with cotton fabric. There is "
            "an accessory on her wrist. The lady wears a ring on her finger.",
            "unsupported",
        ),
        is_a("dress", "yes"),
        color("yellow"),
        pattern("floral"),
        describe("frock", "a sleeveless dress with floral patterns"),
        details("frock", "There is an accessory on her wrist", "unsupported"),
        material("cotton fabric"),
        sleeves("short sleeve", "contradiction"),
        title="Babyhug Girls Yellow Smocked Cotton Frock",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: small child in a plain white short-sleeve organic cotton tee and green shorts; white backdrop.
    # Caption adapter; spans; reference engine (picks the shorts' green once).
    case(
        "X584-030",
        caption(
            "The person is wearing a short-sleeve T-shirt with pure color patterns and a pair of shorts. The "
            "T-shirt is with cotton fabric and its neckline is round."
        ),
        color("white"),
        garment_type("t-shirt"),
        material("cotton fabric"),
        color_of("T-shirt", "green", "other_garment_color"),
        wearing("a short-sleeve T-shirt with pure color patterns and a pair of shorts"),
        sleeves("short sleeve"),
        pattern("striped", "contradiction"),
        title="Nino Bambino Kids Unisex White Organic Cotton T-shirt",
        category="Tshirts",
        color="White",
        gender="Unisex",
    ),
    # photo: girl in a light blue denim dungaree dress (pinafore, above the knee) over a red-and-white striped
    # full-sleeve tee, red shoes; white backdrop. Caption adapter; spans (one empty); reference engine.
    case(
        "X584-031",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a denim dress. The dress is with denim "
            "fabric and pure color patterns. The T-shirt is with cotton fabric."
        ),
        garment_type("dress"),
        color("blue"),
        wearing("a long-sleeve T-shirt with striped patterns and a denim dress", who="she"),
        details("dress", "The dress is with denim fabric and pure color patterns"),
        describe("dress", "", "non_answer"),
        material("denim fabric"),
        pattern("floral", "contradiction"),
        title="Hopscotch Girls Blue Denim Dungaree Dress with Striped T-shirt",
        category="Dungarees",
        color="Blue",
        gender="Girls",
    ),
    # photo: flat lay of two summer night suits side by side: a blue short-sleeve top and shorts with a white car
    # print, a grey top and shorts with red stripes; white surface. Caption adapter (looped); spans; reference.
    case(
        "X584-032",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a pair of shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns "
            "graphic patterns graphic patterns graphic",
            "loop",
            hit_limit=True,
        ),
        color("blue"),
        garment_type("night suit"),
        pattern("graphic"),
        sleeves("long sleeve", "contradiction"),
        describe("night suit", "a short-sleeve T-shirt with graphic patterns and a pair of shorts"),
        details(
            "night suit",
            "The shorts are with cotton fabric and graphic patterns graphic patterns graphic patterns graphic",
            "loop",
        ),
        title="Mothercare Boys Pack of 2 Printed Night Suits",
        category="Night suits",
        color="Multi",
        gender="Boys",
    ),
    # photo: flat lay of three short-sleeve tees: pink with a strawberry print, white with a rainbow, lilac with
    # stars; white surface. Caption adapter (looped); spans; reference engine. The feed has no color for this row.
    case(
        "X584-033",
        caption(
            "The girl is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric "
            "and its neckline is round. The T-shirt is with cotton fabric and its neckline is round. The T-shirt is "
            "with cotton fabric and its neckline",
            "loop",
            hit_limit=True,
        ),
        color("pink"),
        garment_type("t-shirt"),
        pattern("graphic"),
        sleeves("long sleeve", "contradiction"),
        wearing("a short-sleeve T-shirt with graphic patterns", who="the girl"),
        material("cotton fabric"),
        details(
            "T-shirt",
            "The T-shirt is with cotton fabric and its neckline is round. The T-shirt is with cotton fabric and its "
            "neckline",
            "loop",
        ),
        title="Mothercare Girls Pack of 3 Printed T-shirts",
        category="Tshirts",
        gender="Girls",
    ),
    # photo: teen boy in a teal tee with large white PUMA lettering and the cat logo, black track shorts; white
    # backdrop. Caption adapter (runs into the Q/A format); spans; reference engine.
    case(
        "X584-034",
        caption(
            "The man is wearing a short-sleeve T-shirt with graphic patterns and a pair of black shorts. Question: "
            "What is he wearing? Answer: a T-shirt with graphic patterns and a pair of black shorts. Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a T-shirt with graphic patterns and a pair of black shorts. Question:", "leak", who="he"),
        color_of("T-shirt", "black", "other_garment_color", kind="open"),
        color("blue"),
        pattern("graphic"),
        garment_type("shorts", "contradiction"),
        material("", "non_answer"),
        details("T-shirt", "Question: What is he wearing? Answer:", "leak"),
        title="Puma Boys Teal Blue Typography Printed T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Boys",
    ),
    # photo: girl in a purple tiered fit-and-flare dress below the knee with flutter sleeves and small white dots,
    # no jewellery, silver shoes; white backdrop. Caption adapter (cut at the limit); spans; reference engine.
    case(
        "X584-035",
        caption(
            "The girl is wearing a short-sleeve dress with graphic patterns. The dress is with cotton fabric and "
            "its neckline is round. The dress is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        color("purple"),
        garment_type("dress"),
        sleeves("short sleeve"),
        describe("dress", "a short-sleeve dress with graphic patterns"),
        details("dress", "There is an accessory on her", "cut"),
        is_a("skirt", "yes", "contradiction"),
        title="Peppermint Girls Purple Tiered Fit & Flare Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: boy in a beige short-sleeve button-down shirt with a small navy anchor print and brown chino shorts;
    # white backdrop. Caption adapter (gives the shirt the shorts' brown); spans; reference engine.
    case(
        "X584-036",
        caption(
            "The boy is wearing a short-sleeve shirt with graphic patterns and a pair of brown shorts. The shirt is "
            "brown with cotton fabric and its neckline is lapel.",
            "other_garment_color",
        ),
        color_of("shirt", "brown", "other_garment_color", kind="open"),
        color("beige"),
        garment_type("shirt"),
        pattern("printed"),
        wearing("a short-sleeve shirt with graphic patterns and a pair of brown shorts", who="the boy"),
        details("shirt", "its neckline is lapel"),
        sleeves("long sleeve", "contradiction"),
        title="Ed-a-Mamma Boys Beige Anchor Print Shirt with Brown Shorts",
        category="Clothing Set",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl in a mustard short kurta with white floral thread embroidery at the yoke and full
    # sleeves, mustard sharara, white dupatta with a mustard border, no jewellery; white backdrop. Caption adapter.
    case(
        "X584-037",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns and a long trousers. The kurta is with cotton "
            "fabric. The trousers are of long length. The lady wears a necklace.",
            "unsupported",
        ),
        color("yellow"),
        garment_type("kurta"),
        details("kurta", "The lady wears a necklace", "unsupported"),
        pattern("embroidered"),
        sleeves("sleeveless", "contradiction"),
        color_of("dupatta", "white"),
        wearing("a long-sleeve kurta with floral patterns and a long trousers", who="she"),
        title="Bitiya by Bhama Girls Mustard Yellow Embroidered Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Mustard",
        gender="Girls",
    ),
    # photo: teen boy in a maroon full-sleeve henley with a three-button placket and blue jeans; white backdrop.
    # Caption adapter (runs into the Q/A format); spans; reference engine.
    case(
        "X584-038",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns and a long denim jeans. The T-shirt "
            "is with cotton fabric and its neckline is round. Question: What is the color of the T-shirt? Answer: "
            "maroon",
            "leak",
            hit_limit=True,
        ),
        color("red"),
        sleeves("long sleeve"),
        details("T-shirt", "The T-shirt is with cotton fabric"),
        color_of("T-shirt", "blue", "other_garment_color"),
        wearing("The man is wearing", "restated", who="the boy"),
        is_a("t-shirt", "yes"),
        describe("T-shirt", "Question: What is the color of the T-shirt? Answer: maroon", "leak"),
        title="Flying Machine Boys Maroon Solid Henley T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Boys",
    ),
    # photo: teen girl in a black tee with a white-and-red floral graphic, light blue ripped jeans; white backdrop.
    # Caption adapter (gives the tee the print's white); spans; reference engine.
    case(
        "X584-039",
        caption(
            "The lady is wearing a short-sleeve T-shirt with floral patterns and a long jeans. The T-shirt is white "
            "with cotton fabric and its neckline is round.",
            "contradiction",
        ),
        color_of("T-shirt", "white", "contradiction", kind="open"),
        color("black"),
        pattern("floral"),
        wearing("a short-sleeve T-shirt with floral patterns and a long jeans", who="the girl"),
        material("cotton fabric"),
        details("T-shirt", "The T-shirt is white with cotton fabric", "contradiction"),
        title="KIDS ONLY Girls Black Floral Graphic Print Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Girls",
    ),
    # photo: boy in grey washed denim dungaree shorts over a bright yellow short-sleeve tee; white backdrop.
    # Caption adapter (gives the tee the dungarees' grey); spans; reference engine.
    case(
        "X584-040",
        caption(
            "The boy wears a short-sleeve T-shirt with pure color patterns and a pair of grey overalls. The T-shirt "
            "is grey with cotton fabric. The overalls are with denim fabric.",
            "contradiction",
        ),
        color("yellow", "other_garment_color"),
        garment_type("dungarees"),
        color_of("T-shirt", "grey", "contradiction", kind="open"),
        details("dungarees", "The overalls are with denim fabric"),
        material("cotton fabric", "unsupported"),
        is_a("pair of jeans", "yes", "contradiction"),
        wearing("The boy wears", "restated", who="he"),
        title="Gini and Jony Boys Grey Washed Denim Dungarees",
        category="Dungarees",
        color="Grey",
        gender="Boys",
    ),
    # photo: girl in pink denim shorts with a frayed hem and a white sleeveless top with a small bow; white
    # backdrop, front view, no belt. Caption adapter (invents a belt); spans; reference engine.
    case(
        "X584-041",
        caption(
            "The lady is wearing a tank top with pure color patterns and a pair of denim shorts. The tank top is "
            "with cotton fabric. The shorts are with denim fabric and pure color patterns. There is a belt around her "
            "waist.",
            "unsupported",
        ),
        color("white", "other_garment_color"),
        garment_type("shorts"),
        material("denim fabric"),
        details("shorts", "The shorts are with denim fabric and pure color patterns"),
        color_of("shorts", "pure color patterns", "non_answer", kind="open"),
        wearing("a tank top with pure color patterns and a pair of denim shorts", who="the girl"),
        pattern("floral", "contradiction"),
        describe("shorts", "There is a belt around her waist", "unsupported"),
        title="United Colors of Benetton Girls Pink Denim Shorts",
        category="Shorts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy in a blue short-sleeve top with red and yellow car prints and blue shorts in the same print;
    # white backdrop. Caption adapter (repeats its first sentence); spans; reference engine.
    case(
        "X584-042",
        caption(
            "The boy is wearing a short-sleeve T-shirt with graphic patterns and a pair of shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns. "
            "The boy is wearing a short-sleeve T-shirt with graphic patterns",
            "loop",
            hit_limit=True,
        ),
        color("blue"),
        pattern("graphic"),
        garment_type("night suit"),
        wearing("a short-sleeve T-shirt with graphic patterns and a pair of shorts", who="he"),
        is_a("pair of shorts", "yes"),
        details(
            "night suit",
            "The shorts are with cotton fabric and graphic patterns. The boy is wearing a short-sleeve T-shirt with "
            "graphic patterns",
            "loop",
        ),
        color_of("shorts", "red", "contradiction"),
        title="YK Boys Blue Car Print Night Suit",
        category="Night suits",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl in an off-white flared cotton anarkali kurta, long sleeves, gold floral embroidery at the yoke,
    # off-white cotton churidar, pink chiffon dupatta over both shoulders; white backdrop. Caption adapter (cut).
    case(
        "X584-043",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its "
            "neckline is round. The lady wears a long scarf. The scarf is with chiffon fabric and pure color "
            "patterns and its",
            "cut",
            hit_limit=True,
        ),
        color("pink", "other_garment_color"),
        garment_type("kurta"),
        sleeves("long sleeve"),
        describe("kurta", "a long-sleeve kurta with floral patterns"),
        color_of("scarf", "pink"),
        material("cotton fabric"),
        details("kurta", "The scarf is with chiffon fabric and pure color patterns and its", "cut"),
        title="Biba Girls Off-White Embroidered Anarkali Kurta with Churidar & Dupatta",
        category="Kurta Sets",
        color="Off White",
        gender="Girls",
    ),
    # photo: boy in a white polo with navy horizontal stripes and a navy collar, plain navy shorts; white
    # backdrop. Caption adapter (calls him a lady); spans; reference engine.
    case(
        "X584-044",
        caption(
            "The lady is wearing a short-sleeve polo shirt with striped patterns and a pair of shorts. The polo "
            "shirt is with cotton fabric and its neckline is lapel. Her shorts are of three-point length.",
            "pronoun",
        ),
        wearing("a short-sleeve polo shirt with striped patterns and a pair of shorts", who="he"),
        color("white"),
        pattern("striped"),
        details("shorts", "Her shorts are of three-point length", "pronoun"),
        garment_type("polo shirt"),
        describe("polo shirt", "polo", "non_answer"),
        color_of("shorts", "white", "contradiction"),
        title="Monte Carlo Kids Boys White & Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl in coral cotton full-length dungarees with a small white flower print over a plain white tee,
    # white sneakers; white backdrop. Caption adapter (calls her a man); spans; reference engine.
    case(
        "X584-045",
        caption(
            "This man wears a short-sleeve T-shirt with pure color patterns and a long overalls. The overalls are "
            "with cotton fabric and floral patterns. The man wears a pair of shoes.",
            "pronoun",
        ),
        color("pink"),
        pattern("floral"),
        is_a("jumpsuit", "yes"),
        color_of("dungarees", "white", "other_garment_color"),
        wearing("a short-sleeve T-shirt with pure color patterns and a long overalls", who="the girl"),
        describe("dungarees", "a long overalls"),
        details("dungarees", "floral", "non_answer"),
        title="Cherry Crumble Girls Coral Floral Print Cotton Dungarees",
        category="Dungarees",
        color="Coral",
        gender="Girls",
    ),
    # photo: boy in a yellow full-sleeve festive kurta with a mandarin collar and white dhoti pants, holding a
    # small toy drum in both hands, no watch; cotton, not silk; white backdrop. Caption adapter; spans; reference.
    case(
        "X584-046",
        caption(
            "The gentleman is wearing a long-sleeve kurta with pure color patterns and a long pants. The kurta is "
            "with silk fabric and its neckline is stand. The gentleman wears a watch on his wrist.",
            "unsupported",
        ),
        color("yellow"),
        garment_type("kurta"),
        details("kurta", "a watch on his wrist", "unsupported"),
        color_of("pants", "yellow", "contradiction"),
        wearing("a long-sleeve kurta with pure color patterns and a long pants", who="the boy"),
        sleeves("long sleeve"),
        material("silk fabric", "unsupported"),
        title="Sethukrishna Boys Yellow Solid Kurta with Dhoti Pants",
        color="Yellow",
        gender="Boys",
    ),
]
