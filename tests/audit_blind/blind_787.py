"""BLIND_787 (46 products; Myntra women's bottoms worn with tops, caption adapter epoch 2): written blind in the
fifty-fifth session. Measured blind at d919c62 (the session's ninth rules): 112/131 failures found (85.5%) and 1/181
correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a Myntra-like women's bottomwear feed (Jeans, Trousers, Skirts, Shorts; brands such as Roadster, Levis,
Vero Moda, Mango, Harpa, Tokyo Talkies, Puma, Nike). The catalog product is always the bottom, but every photo is a
model shot on a white, light grey or beige backdrop in which the model also wears a top (tee, shirt, tank, sweater,
sometimes a jacket, coat or a shirt tied at the waist), shoes, and now and then a belt, a bag or jewellery. So each
photo holds at least two garments with their own colors, and most failures come from that.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the caption LoRA at its second epoch, trained like the
published caption adapters (DeepFashion-MultiModal template captions, unmasked labels, no end token). Captions and
open answers (wearing, describe, details, material, the color questions marked open) are greedy free generation,
50 new tokens for captions and 30 for answers. At epoch 2 the base model's habit of stopping on a newline survives
about half the time; the other half runs to the limit and ends in a loop or mid-phrase. The adapter writes the
DeepFashion template ("The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is
of long length. The pants are with denim fabric and ...", "tank tank top", "There is an accessory on her wrist")
and sometimes returns that template to a question instead of answering it; it has started to name hues again, but
often the top's. Closed answers (garment_type, color, pattern, fit, length, the closed color_of questions, the yes/no
questions) come from enrich's --engine reference scoring candidate values with the same adapter: one candidate,
never looped or cut.

Labeling conventions and judgement calls:
- Every text is judged against the photo described in its product's comment; the seller's columns only decide when
  the photo cannot (material, "Multi"). One label per text; when several apply the first of this order wins: leak,
  loop, contradiction, other_garment_color, pronoun, unsupported, non_answer, restated, cut.
- other_garment_color: the product (or the asked garment) is given the color of another worn item in the photo
  (top, jacket, coat, sweater, shirt tied at the waist, shoes/boots). A color seen only on a prop or the backdrop, or
  nowhere, is a contradiction. "blue shirt and blue pants" for a light blue shirt over navy trousers is correct: one
  hue word for two garments of the same hue family is not a borrowed color. For white culottes with black pinstripes
  under a black top, "black" is labeled other_garment_color.
- contradiction also covers a wrong garment type ("dress", "skirt" for palazzos, "coat"), a wrong yes/no, a wrong
  fit or length, and a pattern that is wrong for the product, including the top's pattern given to the bottom
  ("striped" from a Breton top, a print from the sweatshirt placed on the skirt).
- unsupported: details the photo does not show (rips, a side zip, a back slit, a tie belt, buttons), accessories the
  template invents ("She wears a hat" while the hat is only held, "a ring", "on her wrist" with bare wrists), and a
  material that the title or the visible fabric contradicts (cotton for linen or shiny polyester, denim for chino
  twill, chiffon for satin). The template's "cotton fabric" is left correct where nothing contradicts it, and
  "leather" for faux leather or suede-effect is correct (the DeepFashion label).
- non_answer: an empty-of-content reply: a one-word reply to an open question ("black", "floral", "shorts"), "yes"
  or "nothing", the garment's own words back ("the pants", "the shorts are short"), or the caption template returned
  to a color question without any hue ("pure color patterns" is not a color). A short answer of two or more words
  that names a real detail ("frayed hem", "polka dots", "dark wash") is correct.
- restated: the question echoed or turned into a sentence that says nothing ("the skirt is a skirt", "what are the
  skirt details").
- cut: ran to the token limit and stopped mid-phrase, with nothing wrong before the cut. Every text that ran to the
  limit is marked hit_limit, whatever its label.
- Cream, ivory and off-white called "white", olive called "green", maroon called "red", peach called "pink" and khaki
  called "beige" are correct shades. A DeepFashion sleeve or length word is correct when it is the nearest one
  ("long length" for ankle-length trousers, "three-quarter length" for culottes and cropped trousers).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    material,
    question,
    wearing,
)

FIT = question("fit", "What is the fit of the garment?", "closed")
LENGTH = question("length", "What is the length of the garment?", "closed")

BLIND_787 = [
    # photo: mid-blue skinny jeans, white crew-neck short-sleeve tee tucked in, white sneakers, white backdrop,
    # full-length front view; front pockets and the button visible. Caption adapter (epoch 2) wrote the caption and
    # open answers; the reference engine picked the closed ones.
    case(
        "X787-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. She wears a long denim pants. The pants"
            " are with denim fabric and pure color patterns."
        ),
        wearing("a white t-shirt and blue jeans", who="the woman"),
        color_of("jeans", "blue"),
        Q.garment_type("jeans"),
        FIT("bootcut", "contradiction"),
        describe(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid"
            " color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "The jeans have two front pockets and a button closure."),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black straight-leg trousers, mustard yellow sleeveless blouse tucked in, black block heels, bare wrists,
    # light grey backdrop, front view cropped at the chin. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-002",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The pants this lady wears is of long length."
            " The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a yellow top and black pants"),
        Q.color("black"),
        color_of("shirt", "yellow"),
        Q.pattern("solid"),
        describe("trousers", "black", "non_answer"),
        title="Vero Moda Women Black Solid Regular Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: orange ankle-length flared cotton skirt with blue and green floral block print, short white top with
    # short sleeves worn over the waistband (waist hidden), oxidised bangles on the left wrist, white backdrop.
    # Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-003",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long skirt. The skirt is with cotton"
            " fabric and floral patterns. There is an accessory on her wrist."
        ),
        wearing("a white top and a long printed skirt", who="she"),
        Q.garment_type("dress", "contradiction"),
        color_of("skirt", "orange"),
        Q.pattern("floral"),
        LENGTH("maxi"),
        details("skirt", "The skirt has a drawstring waist with tassels and a wide flared hem", "unsupported"),
        material("cotton"),
        title="Global Desi Women Orange & Blue Printed Cotton Flared Maxi Skirt",
        category="Skirts",
        color="Orange",
        gender="Women",
    ),
    # photo: black shiny polyester running shorts with a small white Puma cat on the left leg and white piping at
    # the side splits, grey melange racerback tank, black fitness band on the wrist, white sneakers, white backdrop,
    # three-quarter front view. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-004",
        caption(
            "This lady wears a sleeveless tank top with pure color patterns. The shorts this lady wears is of short"
            " length. There is an accessory on her wrist. The shorts this lady wears are with pure color patterns and",
            "cut",
            hit_limit=True,
        ),
        wearing("a gray tank top and black shorts"),
        color_of("shorts", "black"),
        Q.garment_type("shorts"),
        details("shorts", "the shorts have a white logo on the left leg and white piping on the side"),
        material("cotton", "unsupported"),
        title="Puma Women Black Solid Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: dark indigo skinny jeans with rolled hems, cream chunky knit sweater half tucked, tan ankle boots, brown
    # leather tote in the right hand, white backdrop; clean jeans, no rips. Caption adapter wrote caption/open;
    # reference engine closed.
    case(
        "X787-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The pants this lady wears is of long"
            " length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white sweater and blue jeans"),
        color_of("jeans", "navy blue"),
        Q.color("brown", "other_garment_color"),
        FIT("skinny"),
        describe("jeans", "dark blue skinny jeans with the hems rolled up at the ankle"),
        details("jeans", "the jeans have ripped knees and a patch pocket on the front", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Levis Women Navy Blue Skinny Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige slim ankle-length trousers with a pressed crease and slant pockets, white button-down shirt tucked
    # in, thin brown belt, nude pumps, light grey backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-006",
        caption(
            "The female is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and"
            " it has a lapel neckline. The trousers this female wears is of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a white shirt and beige pants", who="the woman"),
        Q.color("white", "other_garment_color"),
        color_of("trousers", "The trousers are with cotton fabric and pure color patterns.", "non_answer", kind="open"),
        details("trousers", "the trousers have a brown belt, a pressed crease down the front and slant pockets"),
        Q.pattern("solid"),
        title="Arrow Woman Beige Slim Fit Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black faux-leather A-line mini skirt with a front zip and two side pockets, red-and-white striped
    # long-sleeve tee tucked in, black ankle boots, white backdrop. Caption adapter wrote caption/open; reference
    # engine closed.
    case(
        "X787-007",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns and a short skirt. The skirt is with leather"
            " fabric and pure color patterns."
        ),
        wearing("a red and white striped shirt and a black skirt"),
        color_of("skirt", "red", "other_garment_color"),
        material("leather"),
        is_a("skirt", "yes"),
        describe(
            "skirt",
            "the skirt is black with a zipper in the front and two pockets on the sides and a zipper in the front and"
            " two pockets on the sides and",
            "loop",
            hit_limit=True,
        ),
        title="ONLY Women Black Faux Leather A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: light-wash denim shorts with frayed hems, black-and-white checked flannel shirt worn open over a black
    # tank, white sneakers, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-008",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shorts this lady wears is of short length."
            " The shorts are with denim fabric and pure color patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a plaid shirt, a black tank top and denim shorts", who="she"),
        color_of("shorts", "black", "other_garment_color"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: frayed hem Question: What are the shorts details? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        Q.color("blue"),
        describe("shirt", "black and white checkered shirt"),
        title="Roadster Women Light Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: olive cargo trousers with flap pockets on the thighs, cuffed ankles, white cropped tee, white sneakers,
    # white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is of long"
            " length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and green pants"),
        color_of("pants", "olive"),
        details("pants", "the pants have pockets on the sides"),
        describe("pants", "He is wearing green cargo pants with pockets on the sides and a white t-shirt", "pronoun"),
        Q.garment_type("trousers"),
        title="Mango Women Olive Solid Regular Fit Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: black slim jeans with ripped knees, grey melange sweatshirt with a white "BROOKLYN" print, black
    # sneakers with white soles, no hat, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-010",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The pants this lady wears is of long length."
            " The pants are with denim fabric and pure color patterns. She wears a hat.",
            "unsupported",
        ),
        wearing("a grey sweatshirt and black jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "ripped knees"),
        color_of("sweatshirt", "grey"),
        FIT("slim"),
        describe(
            "jeans",
            "black slim fit jeans with ripped knees, a grey sweatshirt with a white print that says brooklyn on the"
            " front and black sneakers with white soles and a",
            "cut",
            hit_limit=True,
        ),
        title="Pepe Jeans Women Black Slim Fit Distressed Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: navy knee-length pencil skirt with small white polka dots, solid pink sleeveless blouse tucked in, nude
    # heels, white backdrop, front view (back of the skirt not visible). Caption adapter wrote caption/open; reference
    # engine closed.
    case(
        "X787-011",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a medium skirt. The skirt is with chiffon"
            " fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a pink top and a navy blue polka dot skirt"),
        Q.pattern("polka dot"),
        color_of("skirt", "pink", "other_garment_color"),
        LENGTH("knee length"),
        details("skirt", "polka dots"),
        describe("skirt", "a navy blue pencil skirt with white polka dots and a slit at the back", "unsupported"),
        title="Harpa Women Navy Blue & White Polka Dot Pencil Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: blush pink linen-blend paper-bag waist shorts with a self-tie belt, white broderie sleeveless top tucked
    # in, tan sandals, a straw hat held in the left hand (not worn), white backdrop. Caption adapter wrote
    # caption/open; reference engine closed.
    case(
        "X787-012",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The shorts this lady wears is of short"
            " length. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a white top and pink shorts"),
        color_of("shorts", "pink"),
        details("shorts", "the shorts have a tie belt at the waist"),
        material("linen"),
        Q.garment_type("shorts"),
        LENGTH("knee length", "contradiction"),
        describe(
            "shorts",
            "pink paper bag shorts with a tie belt at the waist, worn with a white sleeveless top with eyelet"
            " embroidery and tan sandals and a straw",
            "cut",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Pink Linen Blend Paper Bag Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: light-wash high-rise mom jeans, loose and clean (no rips), black cropped tee with a small white logo,
    # black belt, white sneakers, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-013",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The pants this lady wears is of long"
            " length. The pants are with denim fabric and pure color patterns. There is an accessory in her waist."
        ),
        wearing("the woman is wearing a black t-shirt and black jeans", "other_garment_color", who="the woman"),
        color_of("jeans", "blue"),
        FIT("skinny", "contradiction"),
        describe("jeans", "light blue high waisted jeans with a loose fit"),
        details("jeans", "the jeans have rips on the knees and a black belt", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Flying Machine Women Light Blue High-Rise Mom Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon wide-leg rayon palazzo trousers that fall like a skirt, white short kurta top with
    # three-quarter sleeves and maroon embroidery at the neck, silver flats, white backdrop. Caption adapter wrote
    # caption/open; reference engine closed.
    case(
        "X787-014",
        caption(
            "This woman wears a medium-sleeve shirt with pure color patterns. The pants this woman wears is of long"
            " length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white kurta and maroon palazzo pants"),
        Q.color("red"),
        Q.garment_type("skirt", "contradiction"),
        FIT("wide leg"),
        describe(
            "palazzo",
            "The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric and pure color"
            " patterns. The pants are with cotton",
            "loop",
            hit_limit=True,
        ),
        details("pants", "the pants", "non_answer"),
        title="W Women Maroon Solid Palazzo Trousers",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: beige satin knife-pleated midi skirt, black fitted long-sleeve turtleneck tucked in, black pointed
    # heels, grey backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-015",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long skirt. The skirt is with chiffon"
            " fabric and pure color patterns. It has a turtle neckline."
        ),
        wearing("a black turtleneck and a beige pleated skirt"),
        color_of("skirt", "black", "other_garment_color"),
        Q.pattern("solid"),
        details("skirt", "the skirt has pleats"),
        LENGTH("midi"),
        material("chiffon", "unsupported"),
        describe(
            "skirt",
            "a beige pleated midi skirt with a satin finish, worn with a black turtleneck tucked in and black pointed"
            " heels, the pleats fall from the waist to",
            "cut",
            hit_limit=True,
        ),
        title="Mango Women Beige Satin Pleated Midi Skirt",
        category="Skirts",
        color="Beige",
        gender="Women",
    ),
    # photo: mid-blue bootcut jeans with whiskering and fading on the thighs, white-and-navy Breton striped
    # boat-neck long-sleeve top tucked in, brown leather belt with a brass buckle, tan wedges, white backdrop.
    # Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-016",
        caption(
            "The lady wears a long-sleeve T-shirt with striped patterns. The pants this lady wears is of long length."
            " The pants are with denim fabric and striped patterns.",
            "contradiction",
        ),
        wearing("a striped shirt and blue jeans"),
        color_of("jeans", "blue"),
        FIT("bootcut"),
        Q.pattern("striped", "contradiction"),
        details(
            "jeans",
            "the jeans have a faded wash on the front of the thighs, a brown leather belt with a gold buckle and a"
            " flared hem at the",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange jersey training shorts with a black drawstring and a small black swoosh, black sports bra
    # under an open white cropped zip hoodie, white backdrop. Caption adapter wrote caption/open; reference engine
    # closed.
    case(
        "X787-017",
        caption(
            "The man wears a long-sleeve sweatshirt with pure color patterns. The shorts this man wears is of short"
            " length.",
            "pronoun",
        ),
        wearing("a white hoodie, a black sports bra and grey shorts", who="the woman"),
        color_of("shorts", "grey"),
        details("shorts", "drawstring waist"),
        describe("shorts", "grey", "non_answer"),
        Q.garment_type("shorts"),
        title="Nike Women Grey Melange Dri-FIT Training Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: navy slim formal trousers with belt loops and a hook-and-button closure, pale blue oxford shirt tucked
    # in, black belt, black heels, grey backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-018",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a"
            " lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue shirt and blue pants"),
        Q.color("light blue", "other_garment_color"),
        color_of("pants", "navy blue"),
        details(
            "pants",
            "Answer: the pants have a belt loop and a button closure Question: What is the color of the pants? Answer:"
            " navy",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("solid"),
        title="Allen Solly Woman Navy Blue Slim Fit Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red mini wrap skirt with small white flowers (closes with a hidden button, no tie), white sleeveless
    # camisole, white sneakers, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-019",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a short skirt. The skirt is with chiffon"
            " fabric and floral patterns."
        ),
        wearing("a white tank top and a red floral skirt"),
        color_of("skirt", "red"),
        Q.pattern("floral"),
        describe("skirt", "a short floral skirt with a ruffled hem and a tie at the waist", "unsupported"),
        details("skirt", "yes", "non_answer"),
        is_a("skirt", "no", "contradiction"),
        title="Tokyo Talkies Women Red & White Floral Print Mini Wrap Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: mid-grey skinny jeans, mustard yellow knit sweater, tan ankle boots, white backdrop; plain hems, no zips.
    # Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-020",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The pants this lady wears is of long"
            " length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing a yellow sweater and black jeans", "contradiction", who="she"),
        color_of("jeans", "grey"),
        color_of("sweater", "yellow"),
        describe(
            "jeans",
            "grey skinny jeans, grey skinny jeans, grey skinny jeans, grey skinny jeans, grey skinny jeans, grey skinny"
            " jeans, grey",
            "loop",
            hit_limit=True,
        ),
        FIT("skinny"),
        details("jeans", "the jeans have a zipper on the ankle", "unsupported"),
        title="Kraus Jeans Women Grey Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: khaki chino shorts with turned-up cuffs, navy-and-white horizontal striped tee tucked in, brown belt,
    # white canvas shoes, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-021",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The shorts this lady wears is of short"
            " length. The shorts are with cotton fabric and pure color patterns. There is an accessory in her waist."
        ),
        wearing("a navy blue and white striped t-shirt and khaki shorts"),
        color_of("shorts", "navy blue", "other_garment_color"),
        Q.color("beige"),
        details("shorts", "the shorts have cuffs and a belt"),
        material("denim", "unsupported"),
        describe("shorts", "Question: Describe the shorts. Answer: khaki shorts with cuffs", "leak"),
        title="Remanika Women Khaki Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: black-and-white small-check slim ankle trousers, solid black fitted tee tucked in, red pumps, white
    # backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-022",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is of long"
            " length. The pants are with cotton fabric and lattice patterns."
        ),
        wearing("a black shirt and black and white checkered pants"),
        Q.pattern("solid", "contradiction"),
        Q.color("black"),
        describe(
            "pants",
            "The pants are black and white checkered pants with a black and white checkered pattern and a black and"
            " white checkered pattern and a",
            "loop",
            hit_limit=True,
        ),
        details("pants", "checkered pattern, slim fit and cropped at the ankle"),
        color_of("pants", "the color of the pants is the color of the pants", "restated", kind="open"),
        title="Van Heusen Woman Black & White Checked Slim Fit Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: mid-blue denim A-line mini skirt with a button front, white sleeveless blouse with a ruffled neckline,
    # white sneakers, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-023",
        caption(
            "The woman wears a sleeveless shirt with pure color patterns and a short skirt. The skirt is with denim"
            " fabric and pure color patterns. The woman wears a sleeveless shirt with pure color patterns and a short",
            "loop",
            hit_limit=True,
        ),
        wearing("a white top and a denim skirt"),
        color_of("skirt", "blue"),
        details("skirt", "buttons down the front"),
        material("denim"),
        is_a("skirt", "yes"),
        describe("skirt", "the skirt is a skirt", "restated"),
        title="Vero Moda Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: dark blue straight-leg jeans, white button-down shirt half tucked, camel trench coat worn open, white
    # sneakers, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-024",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. The pants"
            " this lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a white shirt, a tan coat and blue jeans"),
        color_of("jeans", "brown", "other_garment_color"),
        color_of(
            "coat",
            "The coat is with cotton fabric and pure color patterns. The pants this lady wears is of long length. The"
            " pants are with denim fabric and",
            "non_answer",
            kind="open",
            hit_limit=True,
        ),
        FIT("straight"),
        Q.garment_type("coat", "contradiction"),
        details("jeans", "dark wash"),
        title="Lee Women Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: white denim shorts with a raw hem, light blue chambray shirt with long sleeves rolled to the elbow and
    # knotted at the waist, brown sandals, no jewellery, white backdrop. Caption adapter wrote caption/open;
    # reference engine closed.
    case(
        "X787-025",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shorts this lady wears is of short"
            " length. The shorts are with denim fabric and pure color patterns. This lady wears a ring.",
            "unsupported",
        ),
        wearing("a blue shirt and white shorts"),
        color_of("shorts", "white"),
        color_of("shirt", "white", "other_garment_color"),
        details("shorts", "the shorts are short", "non_answer"),
        describe("shorts", "white denim shorts with a frayed hem and a knotted shirt"),
        title="Jealous 21 Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: grey melange straight formal trousers with a pressed crease, black sleeveless shell top tucked in, black
    # belt, black pumps, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The pants this lady wears is of long"
            " length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("He is wearing a black top and gray pants.", "pronoun", who="the woman"),
        Q.color("grey"),
        color_of("top", "black"),
        Q.pattern("striped", "contradiction"),
        describe("trousers", "black formal trousers with a straight leg", "other_garment_color"),
        details(
            "trousers",
            "they have a belt and a crease Question: What is the color of the trousers? Answer: grey Question: What is",
            "leak",
            hit_limit=True,
        ),
        title="Park Avenue Woman Grey Melange Regular Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: olive green A-line midi skirt, cream tee with a black "PARIS" print tucked in, gold watch on the left
    # wrist, no rings, white sneakers, white backdrop, front view (side of the skirt not visible). Caption adapter
    # wrote caption/open; reference engine closed.
    case(
        "X787-027",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long skirt. The skirt is with cotton"
            " fabric and pure color patterns. There is an accessory on her wrist. This lady wears a ring.",
            "unsupported",
        ),
        wearing("a white t-shirt and a green skirt"),
        color_of("skirt", "green"),
        LENGTH("midi"),
        Q.pattern("graphic", "contradiction"),
        describe("skirt", "A green midi skirt with a high waist and a side zipper", "unsupported"),
        details("skirt", "what are the skirt details", "restated"),
        title="AND Women Olive Green Solid A-Line Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: white slim full-length jeans, light pink long-sleeve chiffon blouse, nude flats, white backdrop.
    # Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-028",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric. The pants"
            " this lady wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a pink top and white jeans"),
        color_of("jeans", "pink", "other_garment_color"),
        Q.color("white"),
        color_of("top", "white", "other_garment_color"),
        describe("jeans", "white skinny jeans Question: What is the color of the top? Answer: pink", "leak"),
        details(
            "jeans",
            "The jeans are white. The jeans are white. The jeans are white. The jeans are white. The jeans are white."
            " The jeans are",
            "loop",
            hit_limit=True,
        ),
        title="Mango Women White Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: white cotton shorts with a blue and pink floral print and an elasticated waistband, solid yellow
    # sleeveless top tucked in, white sandals, white backdrop. The feed has no color for this row. Caption adapter
    # wrote caption/open; reference engine closed.
    case(
        "X787-029",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shorts this lady wears is of short"
            " length. The shorts are with cotton fabric and floral patterns."
        ),
        wearing("a yellow top and floral shorts"),
        color_of("shorts", "yellow", "other_garment_color"),
        Q.pattern("floral"),
        Q.garment_type("skirt", "contradiction"),
        describe("shorts", "floral", "non_answer"),
        details("shorts", "elastic waist"),
        title="Globus Women Multicoloured Floral Print Regular Shorts",
        category="Shorts",
        gender="Women",
    ),
    # photo: mustard cotton-twill chinos with slanted pockets and cuffed ankles, white tee with a black graphic
    # tucked in, mid-blue denim jacket worn open, white sneakers, white backdrop. Caption adapter wrote caption/open;
    # reference engine closed.
    case(
        "X787-030",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. The pants"
            " this lady wears is of long length. The pants are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        wearing("a denim jacket, a white t-shirt and yellow pants"),
        color_of("pants", "blue", "other_garment_color"),
        Q.color("yellow"),
        details("pants", "the pants have a button closure and slanted pockets"),
        Q.garment_type("trousers"),
        describe(
            "pants",
            "mustard yellow chinos with a button closure and slanted pockets, cuffed at the ankle, with a white graphic"
            " t-shirt tucked in and a blue denim jacket with the",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Women Mustard Regular Fit Solid Chinos",
        category="Trousers",
        color="Mustard",
        gender="Women",
    ),
    # photo: mid-blue boyfriend jeans with ripped knees and rolled hems, black leather jacket over a white tee, black
    # ankle boots, grey backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-031",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. The"
            " pants this lady wears is of long length. The pants are with denim fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a black leather jacket, a white t-shirt and ripped blue jeans", who="she"),
        color_of("jeans", "blue"),
        FIT("skinny", "contradiction"),
        details("jeans", "ripped knees and rolled up hems"),
        describe(
            "jeans",
            "Question: Describe the jeans. Answer: blue jeans with holes in the knees. Question: Describe the jacket."
            " Answer: black leather",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Levis Women Blue Boyfriend Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black ribbed-knit bodycon mini skirt, white cropped sweatshirt with a red heart print, black knee-high
    # boots, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-032",
        caption(
            "The lady wears a long-sleeve sweatshirt with graphic patterns and a short skirt. The skirt is with"
            " knitting fabric and pure color patterns."
        ),
        wearing("a white sweatshirt, a black skirt and black boots"),
        color_of("skirt", "black"),
        describe("skirt", "a black mini skirt with a red heart on it", "contradiction"),
        details("skirt", "the skirt details are the details of the skirt", "restated"),
        LENGTH("mini"),
        title="FOREVER 21 Women Black Solid Bodycon Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy sports shorts with three white stripes down each side, elastic waist with a drawstring, white tee
    # with a black logo, white backdrop, three-quarter view. The feed has no gender for this row. Caption adapter
    # wrote caption/open; reference engine closed.
    case(
        "X787-033",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The shorts this lady wears is of short"
            " length. The shorts are with cotton fabric and striped patterns."
        ),
        wearing("a white t-shirt and navy shorts"),
        color_of("shorts", "white", "other_garment_color"),
        details("shorts", "three white stripes on the side"),
        describe(
            "shorts",
            "navy blue shorts with white stripes on the sides and an elastic waist and a drawstring and white stripes"
            " on the sides and an elastic waist and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        title="Adidas Women Navy Blue 3-Stripes Sports Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # photo: off-white linen wide-leg trousers, rust sleeveless top tucked in, tan belt, tan sandals, white backdrop.
    # Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-034",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns and a long pants. There is an accessory in"
            " her waist."
        ),
        wearing("an orange top and white pants"),
        Q.color("white"),
        color_of("top", "orange"),
        material("cotton", "unsupported"),
        FIT("wide leg"),
        describe(
            "trousers",
            "The woman is wearing a sleeveless top with pure color patterns. The pants this woman wears is of long"
            " length. There is an accessory in her waist. The",
            "cut",
            hit_limit=True,
        ),
        details("trousers", "the details of the trousers", "restated"),
        title="Wills Lifestyle Women Off-White Linen Wide Leg Trousers",
        category="Trousers",
        color="Off White",
        gender="Women",
    ),
    # photo: red-and-black tartan A-line mini skirt with a plain front (no buttons), black turtleneck sweater, black
    # tights, black boots, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-035",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The skirt is with cotton"
            " fabric and lattice patterns."
        ),
        wearing("a black sweater and a red plaid skirt"),
        color_of("skirt", "red"),
        Q.pattern("checked"),
        LENGTH("midi", "contradiction"),
        describe(
            "skirt",
            "a red and black plaid skirt with a black sweater and black tights and black boots and black boots and"
            " black boots and black boots",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "the skirt has a zipper on the side and two buttons on the front", "unsupported"),
        title="Harpa Women Red & Black Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: light blue high-rise wide-leg jeans, white ribbed tank tucked in, thin gold necklace, white platform
    # sneakers, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-036",
        caption(
            "The lady wears a tank tank top with pure color patterns. The pants this lady wears is of long length."
            " The pants are with denim fabric and pure color patterns. There is an accessory on her neck."
        ),
        wearing("a white tank top and light blue jeans"),
        color_of("jeans", "light blue"),
        FIT("wide leg"),
        details("jeans", "high waist and wide legs"),
        describe("jeans", "He is wearing light blue wide leg jeans and a white tank top", "pronoun"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Tokyo Talkies Women Blue High-Rise Wide Leg Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-rise denim shorts with a frayed hem, red sleeveless crop top, white sneakers, black
    # crossbody bag, no glasses, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-037",
        caption(
            "The woman wears a sleeveless tank top with pure color patterns. The shorts this woman wears is of short"
            " length. The shorts are with denim fabric and pure color patterns. This woman wears glasses.",
            "unsupported",
        ),
        wearing("a red crop top and black denim shorts"),
        color_of("shorts", "red", "other_garment_color"),
        Q.color("black"),
        details("shorts", "frayed hem"),
        describe(
            "shorts",
            "Question: Describe the shorts. Answer: black Question: Describe the top. Answer: red Question: Describe"
            " the bag. Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Black Solid High-Rise Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: peach tapered ankle trousers with a paper-bag waist, a self-tie belt and front pleats, white tee with
    # small black text tucked in, white sneakers, white backdrop. Caption adapter wrote caption/open; reference
    # engine closed.
    case(
        "X787-038",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The pants this lady wears is of"
            " three-quarter length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a white t-shirt and pink pants"),
        Q.color("pink"),
        details(
            "trousers",
            "the trousers have a tie belt at the waist and pleats at the front of the waist and the trousers have a"
            " tie belt at the",
            "loop",
            hit_limit=True,
        ),
        describe("trousers", "the trousers are the trousers the woman is wearing", "restated"),
        Q.garment_type("trousers"),
        title="Tokyo Talkies Women Peach-Coloured Solid Regular Fit Trousers",
        category="Trousers",
        color="Peach",
        gender="Women",
    ),
    # photo: camel suede-effect A-line mini skirt with a row of front buttons, cream roll-neck sweater tucked in,
    # brown ankle boots, bare wrists, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a short skirt. The skirt is with"
            " leather fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a white sweater and a brown skirt"),
        color_of("skirt", "brown"),
        details("skirt", "a row of buttons down the front"),
        material("suede"),
        describe("skirt", "she is wearing a white sweater and a white skirt", "other_garment_color"),
        color_of("sweater", "brown", "other_garment_color"),
        LENGTH("knee length", "contradiction"),
        title="Mango Women Camel Brown Suede-Effect Button-Front Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: mid-blue washed slim jeans with fading on the thighs, olive green utility shirt with two chest pockets
    # and rolled sleeves, untucked, brown loafers, white backdrop. The feed has no category for this row. Caption
    # adapter wrote caption/open; reference engine closed.
    case(
        "X787-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The pants this lady wears is of long length."
            " The pants are with denim fabric and pure color patterns."
        ),
        wearing("he is wearing a green shirt and blue jeans", "pronoun"),
        color_of("jeans", "green", "other_garment_color"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "The jeans have a faded wash on the thighs and a slim fit, The jeans have a faded wash on the thighs and a"
            " slim fit, The",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "shirt",
            "The shirt is with cotton fabric and pure color patterns. It has a lapel neckline.",
            "non_answer",
            kind="open",
        ),
        describe(
            "jeans",
            "blue slim fit jeans with a faded wash on the thighs, worn with an olive green shirt with two chest"
            " pockets and rolled up sleeves and brown",
            "cut",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Washed Slim Fit Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: red cotton shorts with turned cuffs and a plain waistband with belt loops, white-and-blue striped
    # sleeveless shirt tucked in, brown sandals, white backdrop. Caption adapter wrote caption/open; reference engine
    # closed.
    case(
        "X787-041",
        caption(
            "The lady wears a sleeveless shirt with striped patterns. The shorts this lady wears is of short length."
            " The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a striped shirt and red shorts", who="she"),
        color_of("shorts", "red"),
        describe("shorts", "red shorts with white piping and a drawstring waist", "unsupported"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: red Question: What are the shirt details? Answer: striped"
            " Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("striped", "contradiction"),
        title="United Colors of Benetton Women Red Solid Regular Fit Shorts",
        category="Shorts",
        color="Red",
        gender="Women",
    ),
    # photo: white wide calf-length culottes with thin black vertical pinstripes, solid black sleeveless top tucked
    # in, black block heels, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-042",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The pants this lady wears is of three-quarter"
            " length. The pants are with cotton fabric and striped patterns."
        ),
        wearing("a black top and black and white striped pants"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        LENGTH("cropped"),
        describe("culottes", "black and white striped culottes with a wide leg"),
        details("culottes", "nothing", "non_answer"),
        is_a("pair of trousers", "no", "contradiction"),
        title="Harpa Women White & Black Striped Culottes",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: white lace A-line mini skirt with a scalloped hem, black sleeveless bodysuit, nude heels, white
    # backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-043",
        caption(
            "The man wears a sleeveless tank top with pure color patterns and a short skirt. The skirt is with lace"
            " fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a black top and a white lace skirt"),
        color_of("skirt", "white"),
        details("skirt", "scalloped hem and lace"),
        material("lace"),
        describe(
            "skirt",
            "the skirt is white and the top is black and the skirt is white and the top is black and the skirt is"
            " white and the top",
            "loop",
            hit_limit=True,
        ),
        title="Vero Moda Women White Lace A-Line Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: dark blue skinny jeans, black short-sleeve tee, red-and-black checked flannel shirt tied around the
    # waist, black sneakers, white backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants this lady wears is of long"
            " length. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a black t-shirt, a plaid shirt around the waist and blue jeans"),
        color_of("jeans", "red", "other_garment_color"),
        details("jeans", "dark blue skinny jeans with a plaid shirt tied at the waist"),
        describe(
            "jeans",
            "The jeans are blue jeans. The jeans are blue jeans. The jeans are blue jeans. The jeans are blue jeans."
            " The jeans",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("checked", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        title="Jealous 21 Women Blue Skinny Fit Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: olive cargo shorts with flap side pockets, white tank top tucked in, black belt, black sneakers, grey
    # backdrop. Caption adapter wrote caption/open; reference engine closed.
    case(
        "X787-045",
        caption(
            "The lady wears a tank tank top with pure color patterns. The shorts this lady wears is of medium short"
            " length. The shorts are with cotton fabric and pure color patterns. There is an accessory in her waist."
            " The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top and green cargo shorts", who="the woman"),
        color_of("shorts", "green"),
        Q.color("grey", "contradiction"),
        details("shorts", "flap pockets on the sides and a black belt"),
        describe("shorts", "shorts", "non_answer"),
        title="Roadster Women Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: dark brown high-waist flared trousers with no belt, cream ribbed long-sleeve top tucked in, gold hoop
    # earrings, hair tied back, bare wrists, brown heeled boots, beige backdrop. Caption adapter wrote
    # caption/open; reference engine closed.
    case(
        "X787-046",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The pants this lady wears is of long"
            " length. The pants are with cotton fabric and pure color patterns. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing(
            "a cream ribbed top tucked into brown flared trousers with a high waist, brown heeled boots and gold hoop"
            " earrings, her hair is tied back in a",
            "cut",
            hit_limit=True,
        ),
        Q.color("brown"),
        FIT("flared"),
        describe("trousers", "brown high waisted trousers with a flared leg and a gold buckle belt", "unsupported"),
        details("trousers", "the details of the trousers are on the trousers", "restated"),
        title="Vero Moda Women Coffee Brown Solid Flared Trousers",
        category="Trousers",
        color="Coffee Brown",
        gender="Women",
    ),
]
