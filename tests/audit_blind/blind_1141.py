"""BLIND_1141 (46 products; Myntra western wear, captions then extractive QA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 119/146 failures found (81.5%) and 5/210 correct texts flagged
(2.4%). The writer's notes, verbatim:

Scenario: an older Myntra feed of the shared photos' kind: short seller titles ("Vero Moda Women Black Top"),
gender, article_type as category and base_colour as color, a few rows missing a column. Women's western wear only
(tops, tees, shirts, dresses, skirts, jeans, trousers, shorts, jackets, sweaters, sweatshirts, leggings, track
pants). 224x224 product shots on a white backdrop, almost always worn by a model who also wears other clothes (a
tee under a jacket, jeans under a top), front views unless a comment says otherwise.

Who wrote what: the night's shards were captioned by two models. About half of the products by the untuned base
BLIP-2 OPT-2.7b: one short clause with hue names ("a woman in a white shirt and black pants"), stops cleanly, but
gives one garment's color to another, calls charcoal black or peach orange, sometimes says "a man". The rest by
the published caption adapters, which have no end token: epoch 3 (Data2_V2_Blip2_Finetune_Caption) writes the
DeepFashion template with patterns instead of hues ("pure color patterns", "lattice patterns") and always runs to
the 50-token limit, so it ends cut, loops on a sentence, or now and then lands on a full stop; epoch 1
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch) mixes a base-style first clause with hues and template sentences,
and still stops on its own about half the time. Open answers ("What is she wearing?", "What is the color of the
X?", "Describe the X.", "What are the X details?", material) are spans extracted from the caption by
timpal0l/mdeberta-v3-base-squad2: it takes the first color in reach (the jeans' color for the top), "pure color"
or "denim" from the wrong sentence, and copies whatever the caption got wrong. When the QA model's null answer
wins, enrich falls back to free generation by the base BLIP-2 with the `Question: ... Answer:` prompt (30 tokens):
those answers invent pockets and zippers, say "he", answer yes, restate the question, run on into the next
"Question: ... Answer:", or loop to the limit. Closed answers (garment type, color, pattern, sleeve length, "Is
this a X?") come from enrich's reference engine, which ranks a fixed candidate list and always returns one value.

Labeling conventions and judgement calls:
- An extracted span carries the failure of the caption text it copies (a wrong hue copied from the caption is the
  same failure again); a span that is correct but partial ("a sleeveless tank shirt ..." for an outfit) is correct.
- A hue wrong for the product: other_garment_color when it is the hue of another garment visible in the photo,
  contradiction otherwise (charcoal called black, peach called orange, magenta called purple, maroon called brown).
  A caption giving a non-product garment the product's hue (black shirt over black trousers) is a contradiction.
- A closed answer that picks a wrong candidate (sleeves "short" for long sleeves, "trousers" for leggings, "shirt"
  for a seller's T-shirt) is a contradiction; a closed color equal to another worn garment's hue is
  other_garment_color.
- A material taken from another garment's sentence (the tee's "cotton" for the jeans) is a contradiction; a
  material the photo does not support (cotton for a satin bomber, chiffon for a poplin dress) is unsupported.
  Plausible materials for what the photo shows (knit, cotton, denim, lace) are correct.
- "pure color"/"solid color"/"floral" given as a color, one word for Describe, "yes" to an open question and an
  empty string are non_answer; "the shorts are white shorts"-type answers built from the question are restated.
- A caption that ran to the 50-token limit is labelled cut when it stops mid-sentence, loop when a sentence
  repeats at least twice; when it also holds an earlier content failure (a "gentleman", a ring that is not there)
  and lands on a full stop, it is labelled with that content failure, still with hit_limit=True. One epoch-3
  caption that reached the limit exactly on a full stop, with nothing wrong, is left unlabelled (hit_limit=True).
  A caption that repeats its first clause only once before running out is cut, not loop. A span copied from the
  cut end of a caption ("There is an accessory on her") is cut too, without hit_limit (the QA model has no limit).
- A fallback answer that continues into "Question: ... Answer:" or starts with "Answer:" is a leak even when the
  answer before it is right.
- "a man"/"he"/"his"/"gentleman" for a women's product is pronoun; "this person" is not.
- Teal, lavender, maroon, khaki, off white, cream, grey melange named by their coarse hue (blue, purple, red,
  beige, white, grey) are correct; a multicolor print named by one color that is in it is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

W = "Women"

BLIND_1141 = [
    # photo: black sleeveless round-neck polyester crepe top, light-blue skinny jeans, white sneakers, white backdrop.
    # Caption by base BLIP-2; wearing/color spans by the QA model; describe/details by the base fallback.
    case(
        "X1141-001",
        caption("a woman wearing a black top and blue jeans"),
        wearing("a black top and blue jeans", who="she"),
        color_of("top", "black", kind="open"),
        describe("top", "a black top with a round neck and no sleeves"),
        details("top", "it has a zipper on the back", "unsupported"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        material("silk", "unsupported"),
        is_a("dress", "yes", "contradiction"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender=W,
    ),
    # photo: white sheer chiffon top with a small navy anchor print, short flutter sleeves, round neck, black
    # cropped trousers, white backdrop. Caption by the epoch-3 adapter (cut at 50 tokens); open answers are spans.
    case(
        "X1141-002",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric "
            "and pure color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", who="she"),
        color_of("top", "pure color", "non_answer", kind="open"),
        material("chiffon"),
        details("top", "It has a round neckline"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        title="Mango Women White Top",
        category="Tops",
        color="White",
        gender=W,
    ),
    # photo: navy T-shirt with thin white horizontal stripes, short sleeves, crew neck, rolled light denim shorts,
    # white backdrop. Caption by base BLIP-2; details by the base fallback; closed by the reference engine.
    case(
        "X1141-003",
        caption("a woman in a blue and white striped shirt and denim shorts"),
        wearing("a blue and white striped shirt and denim shorts", who="she"),
        color_of("t-shirt", "blue and white", kind="open"),
        describe("t-shirt", "blue and white striped shirt"),
        details("t-shirt", "the stripes are red", "contradiction"),
        Q.sleeve_length("short"),
        Q.garment_type("shirt", "contradiction"),
        material("the t-shirt is made of t-shirt material", "restated"),
        title="Roadster Women Navy Striped T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: red sleeveless knee-length georgette A-line dress with a thin black waist belt, black heels, white
    # backdrop, full length. Caption by the epoch-1 adapter (ran to the limit); spans by QA; describe by the fallback.
    case(
        "X1141-004",
        caption(
            "a woman in a red dress with pure color patterns. The dress is with chiffon fabric and its neckline is "
            "round. The dress is of medium length and it has no sleeves. She wears a belt. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a red dress with pure color patterns", who="she"),
        color_of("dress", "red", kind="open"),
        material("chiffon"),
        details("dress", "There is an accessory on her", "cut"),
        Q.sleeve_length("long", "contradiction"),
        is_a("dress", "yes"),
        describe(
            "dress",
            "a red dress with a belt and a belt and a belt and a belt and a belt and a belt and a belt and a",
            "loop",
            hit_limit=True,
        ),
        title="Harpa Women Red Dress",
        category="Dresses",
        color="Red",
        gender=W,
    ),
    # photo: mid-blue skinny jeans with light whiskering, white crew-neck tee tucked in, brown belt, white
    # backdrop, front only, cropped at the chest. Caption by base BLIP-2; spans by QA; details by the base fallback.
    case(
        "X1141-005",
        caption("a woman in white t-shirt and blue jeans"),
        wearing("white t-shirt and blue jeans", who="she"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        describe("jeans", "skinny blue jeans with embroidered back pockets", "unsupported"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        Q.color("blue"),
        is_a("jeans", "yes", article="a pair of"),
        title="Only Women Blue Jeans",
        category="Jeans",
        color="Blue",
        gender=W,
    ),
    # photo: olive cotton shirt, long sleeves rolled to the elbow, one chest pocket, black skinny jeans, white
    # backdrop. Caption by the epoch-3 adapter (loops to the limit); color by the base fallback.
    case(
        "X1141-006",
        caption(
            "The female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is "
            "with cotton fabric. The shirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        color_of("shirt", "green", kind="open"),
        material("cotton"),
        describe("shirt", "The shirt is with cotton fabric. The shirt is with cotton fabric", "loop"),
        details("shirt", "It has a lapel neckline"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("olive"),
        title="Arrow Woman Olive Shirt",
        category="Shirts",
        color="Olive",
        gender=W,
    ),
    # photo: pink cotton T-shirt with a white-and-black cat graphic and the word MEOW, short sleeves, blue jeans,
    # white backdrop. Caption by base BLIP-2; details and material by the base fallback.
    case(
        "X1141-007",
        caption("a woman wearing a pink t-shirt with a cat on it"),
        wearing("a pink t-shirt with a cat on it", who="she"),
        color_of("t-shirt", "pink", kind="open"),
        describe("t-shirt", "a pink t-shirt with a cat on it"),
        details("t-shirt", "the t-shirt has a cat on it and the word meow"),
        material("cotton"),
        Q.pattern("graphic"),
        Q.color("blue", "other_garment_color"),
        title="Tantra Women Pink T-shirt",
        category="Tshirts",
        color="Pink",
        gender=W,
    ),
    # photo: black pleated chiffon maxi skirt, white sleeveless blouse tucked in, black heels, white backdrop,
    # full length. Caption by the epoch-3 adapter (cut); skirt color by the base fallback.
    case(
        "X1141-008",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with chiffon "
            "fabric. It has a round neckline. The skirt this lady wears is of long length. The skirt is with "
            "chiffon fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank shirt with pure color patterns", who="she"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "The skirt this lady wears is of long length"),
        material("chiffon"),
        details("skirt", "the skirt has pleats"),
        Q.color("black"),
        Q.pattern("solid"),
        title="Vero Moda Women Black Skirt",
        category="Skirts",
        color="Black",
        gender=W,
    ),
    # photo: grey melange crew-neck sweatshirt with a small black Puma logo on the chest, long sleeves, black track
    # pants, white backdrop. Caption by base BLIP-2; describe/details/material by the base fallback.
    case(
        "X1141-009",
        caption("a woman wearing a grey sweatshirt and black pants"),
        wearing("a grey sweatshirt and black pants", who="she"),
        color_of("sweatshirt", "grey", kind="open"),
        describe(
            "sweatshirt",
            "a grey sweatshirt with a puma logo Question: What is the color of the logo? Answer: black",
            "leak",
        ),
        details("sweatshirt", "a hood and a zipper", "unsupported"),
        material("fleece"),
        Q.sleeve_length("long"),
        Q.color("black", "other_garment_color"),
        title="Puma Women Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender=W,
    ),
    # photo: mustard top with a small white geometric print, V-neck, three-quarter sleeves, white jeans, white
    # backdrop. Caption by the epoch-1 adapter (loops); spans by QA. The feed row has no color.
    case(
        "X1141-010",
        caption(
            "a woman in a yellow top with graphic patterns and white jeans. The top is with cotton fabric and it "
            "has a v-shape neckline. The jeans are with denim fabric and pure color patterns. The jeans are with "
            "denim fabric and pure color patterns. The jeans",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow top with graphic patterns and white jeans", who="she"),
        color_of("top", "yellow", kind="open"),
        details("top", "it has a v-shape neckline"),
        material("denim", "contradiction"),
        Q.color("mustard"),
        Q.sleeve_length("short", "contradiction"),
        title="Global Desi Women Mustard Top",
        category="Tops",
        gender=W,
    ),
    # photo: navy slim formal trousers with a pressed crease, no belt, pale pink long-sleeve collared blouse tucked
    # in, nude heels, white backdrop, full length. Caption by the epoch-3 adapter: reached 50 tokens on a full stop.
    case(
        "X1141-011",
        caption(
            "The lady is wearing a long-sleeve blouse with pure color patterns. The blouse is with chiffon fabric. "
            "It has a lapel neckline. The pants this lady wears is of long length. The pants are with cotton "
            "fabric and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a long-sleeve blouse with pure color patterns", who="she"),
        color_of("trousers", "pink", "other_garment_color", kind="open"),
        Q.color("navy blue"),
        describe("trousers", "The pants this lady wears is of long length"),
        material("chiffon", "contradiction"),
        Q.garment_type("trousers"),
        details("trousers", "the trousers have a belt and pockets on the back", "unsupported"),
        title="Van Heusen Women Navy Trousers",
        category="Trousers",
        color="Navy Blue",
        gender=W,
    ),
    # photo: mid-blue denim jacket, long sleeves, two flap chest pockets, worn open over a white tee and black
    # skinny jeans, short-haired model, white backdrop. Caption by base BLIP-2; details by the base fallback.
    case(
        "X1141-012",
        caption("a man wearing a denim jacket and black jeans", "pronoun"),
        wearing("a denim jacket and black jeans", who="she"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        describe("jacket", "a denim jacket"),
        details("jacket", "the jacket has two pockets on the chest and buttons down the front"),
        material("denim"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        Q.garment_type("shirt", "contradiction"),
        title="Roadster Women Blue Denim Jacket",
        category="Jackets",
        color="Blue",
        gender=W,
    ),
    # photo: maroon cable-knit crew-neck pullover, long sleeves, blue jeans, short-haired model, white backdrop.
    # Caption by the epoch-3 adapter ("gentleman", reached the limit on a full stop); color by the base fallback.
    case(
        "X1141-013",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a crew neckline. The gentleman wears a long pants. The pants are with denim fabric "
            "and solid color patterns.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="she"),
        describe("sweater", "The gentleman wears a long-sleeve sweater", "pronoun"),
        material("knitting fabric"),
        color_of("sweater", "red", kind="open"),
        Q.color("brown", "contradiction"),
        Q.sleeve_length("long"),
        details("sweater", "nothing", "non_answer"),
        title="Fort Collins Women Maroon Sweater",
        category="Sweaters",
        color="Maroon",
        gender=W,
    ),
    # photo: white cotton twill shorts with turn-up hems, navy-and-white striped sleeveless top, tan sandals,
    # white backdrop. Caption by base BLIP-2; details by the base fallback; pattern by the reference engine.
    case(
        "X1141-014",
        caption("a woman in a striped top and white shorts"),
        wearing("a striped top and white shorts", who="she"),
        color_of("shorts", "white", kind="open"),
        describe("shorts", "white shorts"),
        details("shorts", "the shorts are white shorts", "restated"),
        Q.pattern("striped", "contradiction"),
        is_a("skirt", "no"),
        material("linen", "unsupported"),
        Q.color("navy blue", "other_garment_color"),
        title="Jealous 21 Women White Shorts",
        category="Shorts",
        color="White",
        gender=W,
    ),
    # photo: white cotton poplin fit-and-flare dress with a pink and green floral print, short sleeves, knee
    # length, brown sling bag on the shoulder, white backdrop. Caption by the epoch-3 adapter (cut). Seller: Multi.
    case(
        "X1141-015",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. The "
            "neckline of it is round. The dress is of medium length. This female wears a bag. The female is "
            "wearing a short-sleeve dress with floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        material("chiffon", "unsupported"),
        Q.pattern("floral"),
        Q.color("white"),
        details("dress", "The neckline of it is round"),
        title="People Women Printed Multi Dress",
        category="Dresses",
        color="Multi",
        gender=W,
    ),
    # photo: peach sleeveless top with a ruffle at the neckline, plain back, white jeans, side pose, white backdrop.
    # Caption by base BLIP-2 (calls peach orange); describe by the base fallback.
    case(
        "X1141-016",
        caption("a woman in an orange top and white pants", "contradiction"),
        wearing("an orange top and white pants", "contradiction", who="she"),
        color_of("top", "orange", "contradiction", kind="open"),
        Q.color("peach"),
        describe("top", "sleeveless with a ruffle on the neckline"),
        Q.sleeve_length("sleeveless"),
        details("top", "the top has buttons down the back", "unsupported"),
        title="Vero Moda Women Peach Top",
        category="Tops",
        color="Peach",
        gender=W,
    ),
    # photo: black skinny jeans, grey melange crew-neck tee, white sneakers, white backdrop, full length.
    # Caption by the epoch-1 adapter (cut); spans by QA.
    case(
        "X1141-017",
        caption(
            "a woman in a grey t-shirt and black jeans. The t-shirt is with cotton fabric and pure color patterns. "
            "It has a round neckline. The jeans are with denim fabric and solid color patterns. The jeans are of "
            "long length. The woman wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and black jeans", who="she"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        material("cotton", "contradiction"),
        details("jeans", "The jeans are of long length"),
        Q.color("black"),
        Q.garment_type("trousers", "contradiction"),
        title="Levis Women Black Jeans",
        category="Jeans",
        color="Black",
        gender=W,
    ),
    # photo: lavender cotton button-down shirt, long sleeves, no pockets, white trousers, white backdrop.
    # Caption by base BLIP-2; describe/details by the base fallback (details looped to 30 tokens).
    case(
        "X1141-018",
        caption("a woman wearing a purple shirt and white pants"),
        wearing("a purple shirt and white pants", who="she"),
        color_of("shirt", "purple", kind="open"),
        describe("shirt", "a purple shirt with long sleeves and buttons"),
        details(
            "shirt",
            "the shirt has a pocket on the left side of the chest and a pocket on the right side of the chest and "
            "a pocket on the left side of the",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        Q.color("white", "other_garment_color"),
        material("cotton Question: Is this a shirt? Answer: yes", "leak"),
        title="United Colors of Benetton Women Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender=W,
    ),
    # photo: bright green polyester mesh training T-shirt with a white swoosh, short sleeves, black full-length
    # tights, white backdrop. Caption by the epoch-3 adapter (cut); color by the base fallback.
    case(
        "X1141-019",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long leggings. The leggings are with cotton fabric and pure "
            "color patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        material("cotton", "unsupported"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "It has a round neckline"),
        title="Nike Women Green T-shirt",
        category="Tshirts",
        color="Green",
        gender=W,
    ),
    # photo: beige wide-leg linen trousers with a drawstring waist, black tank top, white backdrop, full length.
    # Caption by base BLIP-2; material/details by the base fallback.
    case(
        "X1141-020",
        caption("a woman in a black top and beige pants"),
        wearing("a black top and beige pants", who="she"),
        color_of("trousers", "black", "other_garment_color", kind="open"),
        Q.color("beige"),
        describe("trousers", "beige pants"),
        material("linen Question: What is the color of the pants? Answer: beige", "leak"),
        details(
            "trousers",
            "the trousers have a drawstring at the waist and two pockets on the side and the legs are wide and "
            "loose and the fabric is light and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Mango Women Beige Trousers",
        category="Trousers",
        color="Beige",
        gender=W,
    ),
    # photo: blue-and-white gingham check shirt, long sleeves rolled up, blue jeans, white backdrop.
    # Caption by the epoch-3 adapter (loops and runs out); spans by QA; closed by the reference engine.
    case(
        "X1141-021",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The pants are with denim fabric and solid",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="she"),
        Q.pattern("checked"),
        color_of("shirt", "solid color", "non_answer", kind="open"),
        details("shirt", "It has a lapel neckline"),
        material("cotton"),
        Q.color("white", "contradiction"),
        title="Wrangler Women Blue Check Shirt",
        category="Shirts",
        color="Blue",
        gender=W,
    ),
    # photo: lemon-yellow boxy short-sleeve top, light-blue ripped jeans, model holds sunglasses in one hand, white
    # backdrop. Caption by base BLIP-2; describe/details by the base fallback.
    case(
        "X1141-022",
        caption("a woman in a yellow shirt holding a pair of sunglasses"),
        wearing("a yellow shirt", who="she"),
        color_of("top", "yellow", kind="open"),
        describe("top", "he is wearing a yellow top with blue jeans", "pronoun"),
        details("top", "the top has a tie at the front", "unsupported"),
        Q.sleeve_length("short"),
        material("the top is made of the material of the top", "restated"),
        title="Only Women Yellow Top",
        category="Tops",
        color="Yellow",
        gender=W,
    ),
    # photo: grey melange V-neck T-shirt, short sleeves, navy track pants, short-haired model, white backdrop.
    # Caption by the epoch-1 adapter (stopped on its own, says "a man"); spans by QA.
    case(
        "X1141-023",
        caption(
            "a man in a gray t-shirt and blue pants. The t-shirt is with cotton fabric and pure color patterns. "
            "It has a v-shape neckline.",
            "pronoun",
        ),
        wearing("a gray t-shirt and blue pants", who="she"),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        describe("t-shirt", "The t-shirt is with cotton fabric and pure color patterns"),
        details("t-shirt", "It has a v-shape neckline"),
        Q.color("navy blue", "other_garment_color"),
        material("cotton"),
        title="Proline Women Grey Melange T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender=W,
    ),
    # photo: black faux-leather biker jacket with a silver asymmetric zip, long sleeves, worn open over a grey tee
    # and blue jeans, white backdrop. Caption by the epoch-3 adapter (cut); color/details/describe by the base fallback.
    case(
        "X1141-024",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It "
            "has a lapel neckline. The lady wears a long pants. The pants are with denim fabric and solid color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", who="she"),
        color_of("jacket", "grey", "other_garment_color", kind="open"),
        material("leather"),
        details("jacket", "a zipper Question: What is the color of the zipper? Answer: silver", "leak"),
        Q.color("black"),
        Q.garment_type("jacket"),
        describe("jacket", "", "non_answer"),
        title="Vero Moda Women Black Jacket",
        category="Jackets",
        color="Black",
        gender=W,
    ),
    # photo: navy cotton knee-length A-line skirt with white polka dots, plain white tee tucked in, white backdrop.
    # Caption by base BLIP-2; details by the base fallback.
    case(
        "X1141-025",
        caption("a woman in a white shirt and a blue polka dot skirt"),
        wearing("a white shirt and a blue polka dot skirt", who="she"),
        color_of("skirt", "blue", kind="open"),
        describe("skirt", "a blue polka dot skirt"),
        Q.pattern("polka dot"),
        details("skirt", "the skirt is a skirt", "restated"),
        is_a("skirt", "yes"),
        Q.color("white", "other_garment_color"),
        material("satin", "unsupported"),
        title="Mango Women Navy Skirt",
        category="Skirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: off-white lace top with a scalloped hem, short sleeves, round neck, pale blue jeans, three-quarter
    # view, white backdrop. Caption by the epoch-3 adapter (loops); color by the base fallback.
    case(
        "X1141-026",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with lace fabric. It has "
            "a round neckline. The shirt is with lace fabric. It has a round neckline. The shirt is with lace "
            "fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        material("lace"),
        color_of("top", "white", kind="open"),
        Q.color("off white"),
        details("top", "It has a round neckline. The shirt is with lace fabric. It has a round neckline", "loop"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Forever New Women Off White Top",
        category="Tops",
        color="Off White",
        gender=W,
    ),
    # photo: teal jersey long-sleeve bodycon knee-length dress, no jewellery, black heels, white backdrop.
    # Caption by base BLIP-2; describe/details by the base fallback. The feed row has no category.
    case(
        "X1141-027",
        caption("a woman in a blue dress posing for a picture"),
        wearing("a blue dress", who="she"),
        color_of("dress", "blue", kind="open"),
        describe("dress", "a long sleeve dress that is fitted"),
        details("dress", "she is wearing a necklace and earrings", "unsupported"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("teal"),
        material("velvet", "unsupported"),
        title="Vero Moda Women Teal Dress",
        color="Teal",
        gender=W,
    ),
    # photo: red T-shirt with white horizontal stripes, short sleeves, boat neck, white jeans, white backdrop.
    # Caption by base BLIP-2; details by the base fallback.
    case(
        "X1141-028",
        caption("a woman in a red and white striped shirt and white jeans"),
        wearing("a red and white striped shirt and white jeans", who="she"),
        color_of("t-shirt", "red and white", kind="open"),
        Q.pattern("striped"),
        describe("t-shirt", "red and white striped shirt"),
        details("t-shirt", "he is wearing a red and white striped shirt with a boat neck", "pronoun"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="United Colors of Benetton Women Striped Red T-shirt",
        category="Tshirts",
        color="Red",
        gender=W,
    ),
    # photo: khaki cotton chino shorts with rolled hems and belt loops, white tank top, no jewellery, white
    # backdrop. Caption by the epoch-3 adapter (reached the limit on a full stop, invents denim and a ring).
    case(
        "X1141-029",
        caption(
            "The lady wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric. The lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless tank shirt with pure color patterns", who="she"),
        material("denim", "unsupported"),
        color_of("shorts", "beige", kind="open"),
        describe("shorts", "a three-point shorts"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("shorts"),
        title="Wrangler Women Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender=W,
    ),
    # photo: charcoal-grey ribbed turtleneck sweater, long sleeves, black jeans, white backdrop.
    # Caption by base BLIP-2 (calls charcoal black); material by the base fallback.
    case(
        "X1141-030",
        caption("a woman wearing a black turtle neck sweater", "contradiction"),
        wearing("a black turtle neck sweater", "contradiction", who="she"),
        color_of("sweater", "black", "contradiction", kind="open"),
        Q.color("charcoal"),
        material("knit"),
        describe("sweater", "he is wearing a grey turtleneck sweater", "pronoun"),
        Q.sleeve_length("long"),
        details(
            "sweater",
            "the sweater has a ribbed turtle neck and long sleeves and it is made of a soft knit that is warm and "
            "comfortable to wear in the",
            "cut",
            hit_limit=True,
        ),
        title="Mast & Harbour Women Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender=W,
    ),
    # photo: light-pink cotton formal shirt, long sleeves, pointed collar, no jewellery, grey trousers, white backdrop.
    # Caption by the epoch-1 adapter (stopped on its own); spans by QA.
    case(
        "X1141-031",
        caption(
            "a woman in a pink shirt and grey pants. The shirt is with cotton fabric and pure color patterns. It "
            "has a lapel neckline. There is a ring on her finger.",
            "unsupported",
        ),
        wearing("a pink shirt and grey pants", who="she"),
        color_of("shirt", "pink", kind="open"),
        material("cotton"),
        details("shirt", "It has a lapel neckline"),
        describe("shirt", "pink", "non_answer"),
        Q.sleeve_length("short", "contradiction"),
        Q.color("grey", "other_garment_color"),
        title="Arrow Woman Pink Shirt",
        category="Shirts",
        color="Pink",
        gender=W,
    ),
    # photo: white skinny jeans, navy short-sleeve top, tan belt, white backdrop, full length. Caption by the
    # epoch-3 adapter (cut); jeans color by the base fallback.
    case(
        "X1141-032",
        caption(
            "The female wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The pants this female wears is of long length. The pants are with denim fabric "
            "and solid color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        color_of("jeans", "blue", "other_garment_color", kind="open"),
        material("denim"),
        describe("jeans", "The pants this female wears is of long length"),
        Q.color("white"),
        is_a("jeans", "yes", article="a pair of"),
        details("jeans", "the details of the jeans", "restated"),
        title="Jealous 21 Women White Jeans",
        category="Jeans",
        color="White",
        gender=W,
    ),
    # photo: purple sleeveless polyester crepe top with a keyhole neck, black trousers, white backdrop. Caption by
    # base BLIP-2 (gives the trousers the top's purple); details/material by the base fallback.
    case(
        "X1141-033",
        caption("a woman in a purple top and purple pants standing in front of a white wall", "contradiction"),
        wearing("a purple top and purple pants", "contradiction", who="she"),
        color_of("top", "purple", kind="open"),
        details(
            "top",
            "the top has a keyhole neckline Question: what is the color of the top? Answer: purple",
            "leak",
        ),
        Q.sleeve_length("sleeveless"),
        material("silk", "unsupported"),
        title="Remanika Women Purple Top",
        category="Tops",
        color="Purple",
        gender=W,
    ),
    # photo: black ankle-length cotton-lycra leggings, long white tunic top, empty hands, white backdrop, full length.
    # Caption by base BLIP-2; details by the base fallback; closed by the reference engine.
    case(
        "X1141-034",
        caption("a woman wearing a white top and black leggings holding a purse", "unsupported"),
        wearing("a white top and black leggings", who="she"),
        color_of("leggings", "white", "other_garment_color", kind="open"),
        describe("leggings", "black leggings"),
        details("leggings", "the leggings have a pocket on the side and a zipper on the side", "unsupported"),
        Q.garment_type("trousers", "contradiction"),
        Q.color("black"),
        title="Go Colors Women Black Leggings",
        category="Leggings",
        color="Black",
        gender=W,
    ),
    # photo: olive satin bomber jacket with ribbed cuffs and hem, zipped, long sleeves, black tee at the neck,
    # black jeans, white backdrop. Caption by the epoch-3 adapter (loops); color by the base fallback.
    case(
        "X1141-035",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a stand-up neckline. The jacket is with cotton fabric. It has a stand-up neckline. The jacket is "
            "with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", who="she"),
        material("cotton", "unsupported"),
        color_of("jacket", "green", kind="open"),
        Q.color("black", "other_garment_color"),
        details("jacket", "It has a stand-up neckline"),
        Q.garment_type("jacket"),
        describe("jacket", "jacket", "non_answer"),
        title="Roadster Women Olive Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender=W,
    ),
    # photo: royal-blue polyester crepe top with a white leaf print, three-quarter sleeves, white trousers, plain white
    # backdrop and nothing else in view. Caption by base BLIP-2; material/details by the base fallback.
    case(
        "X1141-036",
        caption("a woman in a blue and white floral top and white pants standing in front of a plant", "unsupported"),
        wearing("a blue and white floral top and white pants", who="she"),
        color_of("top", "blue and white", kind="open"),
        Q.pattern("floral"),
        describe("top", "blue and white floral top"),
        Q.sleeve_length("three-quarter"),
        material("polyester"),
        details("top", "the top has a bow at the neck", "unsupported"),
        title="Mango Women Printed Blue Top",
        category="Tops",
        color="Blue",
        gender=W,
    ),
    # photo: cream cable-knit pullover without a hood, long sleeves, round neck, blue jeans, white backdrop.
    # Caption by the epoch-1 adapter (repeats its first clause once, then runs out); spans by QA,
    # describe by the base fallback.
    case(
        "X1141-037",
        caption(
            "a woman in a white sweater and blue jeans. The sweater is with knitting fabric and pure color "
            "patterns. It has a round neckline. The jeans are with denim fabric and solid color patterns. The "
            "woman wears a white sweater and blue jeans. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a white sweater and blue jeans", who="she"),
        color_of("sweater", "white", kind="open"),
        material("knitting fabric"),
        details("sweater", "It has a round neckline"),
        Q.pattern("solid"),
        Q.color("blue", "other_garment_color"),
        describe("sweater", "a white sweater with a hood", "unsupported"),
        title="Vero Moda Women Cream Sweater",
        category="Sweaters",
        color="Cream",
        gender=W,
    ),
    # photo: black tapered formal trousers, white shirt tucked in, black loafers, white backdrop. Caption by base
    # BLIP-2 (one color for both garments); details/material by the base fallback.
    case(
        "X1141-038",
        caption("a woman in a black shirt and black pants", "contradiction"),
        wearing("a black shirt and black pants", "contradiction", who="she"),
        color_of("trousers", "black", kind="open"),
        describe("trousers", "black pants"),
        details("trousers", "yes", "non_answer"),
        Q.garment_type("trousers"),
        material("polyester Question: What is the color of the shirt? Answer: white", "leak"),
        title="Allen Solly Women Black Trousers",
        category="Trousers",
        color="Black",
        gender=W,
    ),
    # photo: rust-orange georgette wrap top, long bell sleeves, V-neck, black jeans, white backdrop. Caption by the
    # epoch-3 adapter (cut); color by the base fallback (says red).
    case(
        "X1141-039",
        caption(
            "Her shirt has long sleeves, chiffon fabric and pure color patterns. It has a v-shape neckline. The "
            "pants this lady wears is of long length. The pants are with denim fabric and solid color patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        color_of("top", "red", "contradiction", kind="open"),
        material("chiffon"),
        details("top", "It has a v-shape neckline"),
        describe("top", "long sleeves, chiffon fabric and pure color patterns"),
        Q.color("rust"),
        Q.sleeve_length("long"),
        title="Rena Love Women Rust Top",
        category="Tops",
        color="Rust",
        gender=W,
    ),
    # photo: light-wash denim shorts with frayed hems, white crop top, white backdrop. Caption by base BLIP-2;
    # details by the base fallback.
    case(
        "X1141-040",
        caption("a woman in a white crop top and denim shorts"),
        wearing("a white crop top and denim shorts", who="she"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("shorts", "shorts", "non_answer"),
        details("shorts", "the shorts are frayed at the bottom"),
        material("denim"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt", "contradiction"),
        title="Only Women Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender=W,
    ),
    # photo: maroon cotton T-shirt with a white WEEKEND text print across the chest, short sleeves, blue jeans,
    # white backdrop. Caption by the epoch-3 adapter (loops); color/details/describe by the fallback.
    case(
        "X1141-041",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric. The lady wears "
            "a long pants. The pants are with denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        color_of("t-shirt", "red", kind="open"),
        material("cotton"),
        details("t-shirt", "Answer: the t-shirt has the word weekend on it", "leak"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "no", "non_answer"),
        title="Tantra Women Maroon T-shirt",
        category="Tshirts",
        color="Maroon",
        gender=W,
    ),
    # photo: crisp white cotton shirt without pockets, long sleeves, black pencil skirt, white backdrop. Caption by
    # base BLIP-2; details by the base fallback.
    case(
        "X1141-042",
        caption("a woman in a white shirt and black skirt"),
        wearing("a white shirt and black skirt", who="she"),
        color_of("shirt", "white", kind="open"),
        describe("shirt", "he is wearing a white shirt with a black skirt", "pronoun"),
        details("shirt", "the shirt has a pocket on the left side", "unsupported"),
        Q.sleeve_length("long"),
        is_a("shirt", "yes"),
        Q.color("black", "other_garment_color"),
        material("silk", "unsupported"),
        title="Van Heusen Woman White Shirt",
        category="Shirts",
        color="White",
        gender=W,
    ),
    # photo: magenta sleeveless cotton-jersey skater dress above the knee, thin black belt, gold bracelet, black
    # sandals, white backdrop. Caption by the epoch-3 adapter ("his", reached the limit on a full stop).
    case(
        "X1141-043",
        caption(
            "This person wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is round. The dress is of short length. This person wears a belt. There is an "
            "accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of("dress", "pink", kind="open"),
        material("cotton"),
        details("dress", "This person wears a belt"),
        Q.color("purple", "contradiction"),
        is_a("dress", "yes"),
        title="Rare Women Magenta Dress",
        category="Dresses",
        color="Magenta",
        gender=W,
    ),
    # photo: navy zip-front hooded sweatshirt with white drawcords, long sleeves, white tee under it, grey joggers,
    # no bag, white backdrop. Caption by base BLIP-2; details/material by the base fallback.
    case(
        "X1141-044",
        caption("a woman in a blue hoodie and grey pants with a backpack", "unsupported"),
        wearing("a blue hoodie and grey pants", who="she"),
        color_of("sweatshirt", "blue", kind="open"),
        describe("sweatshirt", "blue hoodie"),
        details("sweatshirt", "the hoodie has white drawstrings and a zipper"),
        Q.garment_type("sweatshirt"),
        material("the garment is made of material", "restated"),
        Q.color("grey", "other_garment_color"),
        title="Nike Women Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender=W,
    ),
    # photo: top with horizontal red, yellow, blue and white stripes, short sleeves, round neck, white shorts,
    # white backdrop. Caption by the epoch-1 adapter (cut). Seller: Multi.
    case(
        "X1141-045",
        caption(
            "a woman in a colorful striped shirt and white shorts. The shirt is with cotton fabric and striped "
            "patterns. It has a round neckline. The shorts are with cotton fabric and pure color patterns. The "
            "woman wears a colorful striped shirt and",
            "cut",
            hit_limit=True,
        ),
        wearing("a colorful striped shirt and white shorts", who="she"),
        color_of("top", "colorful", kind="open"),
        Q.pattern("striped"),
        details("top", "It has a round neckline"),
        describe("top", "colorful striped shirt"),
        material("cotton"),
        Q.sleeve_length("long", "contradiction"),
        title="Femella Women Multi Striped Top",
        category="Tops",
        color="Multi",
        gender=W,
    ),
    # photo: grey track pants with three white side stripes and elastic cuffs, black tee, white backdrop, full
    # length. Caption by base BLIP-2; details by the base fallback (looped to 30 tokens).
    case(
        "X1141-046",
        caption("a woman in a black t-shirt and grey sweatpants with white stripes"),
        wearing("a black t-shirt and grey sweatpants with white stripes", who="she"),
        color_of("track pants", "black", "other_garment_color", kind="open"),
        describe("track pants", "grey sweatpants with white stripes"),
        Q.pattern("striped"),
        details(
            "track pants",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey grey",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        material("polyester Question: What is the color of the stripes? Answer: white", "leak"),
        title="Adidas Women Grey Track Pants",
        category="Track Pants",
        color="Grey",
        gender=W,
    ),
]
