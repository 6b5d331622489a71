"""BLIND_1121 (46 products; Myntra women's bottoms, caption adapter at epoch 2): written blind in the sixtieth session.
Measured blind at 796126b (the session's fourth rules): 110/124 failures found (88.7%) and 8/176 correct texts flagged
(4.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's jeans, trousers (formal, palazzo, culottes, cargo, chinos), skirts and shorts.
Catalog photos: the model wears the product with a top (tee, tank, blouse, shirt, sweater, a jacket or flannel worn
open over a tee), shoes, sometimes a belt, a watch, bangles or earrings; white or light grey studio backdrop, mostly
front views, one back view, one side view, one shot cropped at the thighs.

Who wrote what: captions and every open answer come from the caption LoRA adapter after its second epoch (q_proj and
k_proj only, trained on DeepFashion-MultiModal templates with unmasked labels and no end token). It writes the
template ("The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The pants are with
denim fabric and solid color patterns."), names patterns rather than hues, tacks on the template's accessory lines
("There is an accessory on her wrist", "This lady wears a ring"), calls a short-haired woman "the gentleman", drifts
back into the caption template when asked a question, keeps going into the next "Question: ... Answer:" turn, and
loops or runs to the limit (50 new tokens for captions, 30 for answers). At epoch 2 some of the base model's short
answers survive ("a white t-shirt and blue jeans"), and with them the base's habit of giving the top's color to the
bottoms. Closed answers (garment type, color, pattern, the yes/no garment question, the closed color-of questions)
come from enrich's reference engine, one candidate each: they never loop or stop short, but can pick the top's
color or pattern, or the denim prior "blue".

Labeling conventions and judgement calls:
- other_garment_color is used only on free-generated texts (captions, open answers) that give the product (the
  bottoms) the color of another garment in the photo. A closed answer that picks the top's color for the bottoms, an
  open answer that gives the top the bottoms' color (one color for two garments), and any color that belongs to no
  garment in the photo (the denim prior "blue" for white or pink denim) are labelled contradiction.
- A wrong pattern (stripes, checks, polka dots or flowers of the top given to plain bottoms, "pure color" for
  checked trousers or "stripe patterns" for solid culottes) is a contradiction.
- Fabric: the template's plausible fabric for the look (denim for jeans, cotton for trousers and shorts, chiffon for
  a flowing skirt, knitting for a sweater) counts as correct even where the title names none. A fabric that the
  title contradicts (cotton for linen shorts, denim for linen trousers, cotton for a faux leather skirt, linen for
  denim shorts) is a contradiction; a fabric or construction that nothing in the photo or title supports (leather
  jeans, silk skirt, wool lined trousers, denim running shorts, corduroy chinos) is unsupported, including the
  jacket's leather given to the jeans.
- Accessories, props, settings and hidden details that the photo does not show (a hat, a ring, neckwear, a handbag,
  a garden, sandals out of frame, an ankle zip under boots, gold buttons on a plain front) are unsupported. Where
  the photo does show them (a watch, bangles, earrings, a belt, a held bag, a hand in a pocket) the line is correct.
- One word or a bare yes to an open question, "they are short" / "the pants are long" / "it is a skirt" for a
  describe or details question, and the template's "pure color patterns" sentence given as the color are non_answer.
  Saying the question back at more length ("the details of the skirt are the details on the skirt") is restated.
- A one-word wrong color to an open question is labelled by its color error, not as non_answer.
- A text with two faults gets the one a reader would notice first: a caption that loops is loop even if it also
  holds an invented accessory; a caption cut at the limit is cut; an answer that runs on into "Question: ..." is leak
  even if its first words were right; "his shorts" / "the gentleman" / "he" for a woman is pronoun.
- hit_limit=True on every cut and loop, and on leaks that ran on to the 30-token limit; never on a text that ended.
- "trousers" for a Jeans row would count as correct (jeans are trousers); no row here tests it.
- Rows without a gender column carry no pronoun label; rows without color or category keep their other columns.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1121 = [
    # photo: mid-blue clean-wash skinny jeans, white short-sleeve crew-neck tee half tucked, white sneakers, white
    # backdrop, front, full length. Caption and open answers: caption adapter epoch 2; closed: reference engine.
    case(
        "X1121-001",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long denim pants. The T-shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing("she is wearing a white t-shirt and blue skinny jeans with white sneakers", who="she"),
        color_of("jeans", "blue"),
        describe(
            "jeans", "the jeans are white and skinny with a mid rise waist and a clean look", "other_garment_color"
        ),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The pants are with denim fabric and solid "
            "color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black straight-leg formal trousers with slant side pockets and belt loops, blush pink sleeveless blouse
    # tucked in, black pumps, light grey backdrop, front; no jewellery, bare wrists. Adapter epoch 2 / reference.
    case(
        "X1121-002",
        caption(
            "The lady wears a sleeveless blouse with pure color patterns and a long trousers. The blouse is with "
            "chiffon fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist.",
            "unsupported",
        ),
        wearing("a pink sleeveless blouse and black formal trousers"),
        color_of("pants", "black"),
        describe("pants", "the pants are long", "non_answer"),
        details("pants", "the trousers have a flat front with slant pockets at the sides and loops for a belt"),
        B.pattern("solid"),
        title="Vero Moda Women Black Solid Regular Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: red A-line mini skirt with a small white floral print, black fitted short-sleeve tee tucked in, black
    # ankle boots, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with chiffon fabric and floral patterns. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black t-shirt and a black skirt", "other_garment_color", who="she"),
        color_of("skirt", "red"),
        B.pattern("floral"),
        describe("skirt", "a red mini skirt with a white flower print and a flared a-line shape"),
        is_a("skirt", "yes"),
        B.material("the skirt is made of silk with a satin lining", "unsupported"),
        title="Tokyo Talkies Women Red Floral Print A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: light-blue washed denim shorts with frayed hems, white sleeveless tank tucked in, brown belt, tan
    # sandals, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-004",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The shorts are with denim fabric and solid color "
            "patterns."
        ),
        wearing(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric. The shorts are with denim",
            "cut",
            who="she",
            hit_limit=True,
        ),
        color_of("shorts", "white", "contradiction"),
        details("shorts", "they are short", "non_answer"),
        describe("shorts", "light blue denim shorts with a faded wash, frayed hems and a brown belt at the waist"),
        B.garment_type("shorts"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: dark indigo slim jeans tapering to the ankle, grey marl long-sleeve sweatshirt worn loose over the
    # waistband, black loafers, white backdrop, three-quarter front; no hat. Adapter epoch 2 / reference engine.
    case(
        "X1121-005",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with cotton fabric. The pants are with denim fabric and solid color patterns. This lady wears a hat.",
            "unsupported",
        ),
        wearing("a grey sweatshirt and dark blue jeans"),
        color_of("jeans", "navy blue"),
        describe("jeans", "dark indigo slim fit jeans that taper to the ankle, worn with black loafers"),
        details(
            "jeans",
            "grey fabric, grey fabric, grey fabric, grey fabric, grey fabric, grey fabric, grey fabric, grey fabric, "
            "grey fabric, grey",
            "loop",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Levis Women Dark Blue Slim Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige wide-leg palazzo trousers, white short-sleeve V-neck top with a blue block print, flat tan sandals,
    # white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-006",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a long trousers. The shirt is with cotton "
            "fabric and its neckline is v-shape. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a white and blue printed top with beige palazzo pants", who="she"),
        color_of("pants", "the pants are white", "other_garment_color", kind="open"),
        details(
            "pants",
            "The trousers are with cotton fabric and pure color patterns. The trousers are with cotton fabric and "
            "pure color patterns. The trousers are with cotton fabric and pure",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("trousers"),
        B.color("beige"),
        title="W Women Beige Solid Palazzo Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black knee-length pencil skirt, plain front, white long-sleeve button-down shirt tucked in, nude heels,
    # grey backdrop, front; the model has a short pixie cut. Adapter epoch 2 / reference engine.
    case(
        "X1121-007",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a medium-length skirt. The shirt "
            "is with cotton fabric and it has a lapel neckline. The skirt is with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a white shirt and a black pencil skirt", who="she"),
        color_of("skirt", "black"),
        color_of("shirt", "white"),
        describe("skirt", "the skirt is the skirt the lady is wearing with the shirt", "restated"),
        details("skirt", "a back slit and a concealed zip, with gold buttons down the front", "unsupported"),
        B.pattern("solid"),
        title="Mango Women Black Pencil Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: black skinny jeans, olive green utility shirt with rolled sleeves knotted at the waist, white sneakers,
    # white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive green shirt tied at the waist and black skinny jeans"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        B.color("black"),
        details(
            "jeans",
            "black Question: What are the shirt details? Answer: the shirt has rolled up sleeves and a knot at the "
            "waist and it is tied over the",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of jeans", "yes"),
        title="Jealous 21 Women Black Skinny Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: navy cotton shorts with small white polka dots and a white drawstring, pink ruffled sleeveless top, white
    # backdrop, front, cropped at mid-thigh (no feet in frame). Adapter epoch 2 / reference engine.
    case(
        "X1121-009",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a three-point shorts. The top is with "
            "chiffon fabric. The shorts are with cotton fabric and graphic patterns. She wears a pair of sandals.",
            "unsupported",
        ),
        wearing("she is wearing a pink top and navy blue shorts with white polka dots", who="she"),
        color_of("shorts", "pink", "contradiction"),
        B.pattern("polka dot"),
        details("shorts", "the shorts have an elastic waist with a white drawstring and a small white dot print"),
        describe("shorts", "shorts", "non_answer"),
        B.material(
            "the shorts are made of cotton fabric with an elastic waistband and a drawstring that is tied in a bow "
            "at the front and the ends of the",
            "cut",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Navy Blue Printed Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive cargo trousers with flap side pockets and cuffed ankles, black fitted tank top, white sneakers,
    # white backdrop, three-quarter side view. Adapter epoch 2 / reference engine.
    case(
        "X1121-010",
        caption(
            "The lady wears a black tank top with pure color patterns and a long black trousers. The tank top is "
            "with cotton fabric. The trousers are with cotton fabric and pure color patterns.",
            "other_garment_color",
        ),
        wearing("he is wearing a black tank top and green cargo pants", "pronoun"),
        color_of("pants", "olive"),
        describe("pants", "olive green cargo pants with big flap pockets on the sides and cuffs at the ankles"),
        details("pants", "the pants are black with pockets on the sides", "other_garment_color"),
        B.material("the trousers are made of cotton twill"),
        is_a("pair of trousers", "yes"),
        title="Marks & Spencer Women Olive Cargo Trousers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: medium-blue bootcut jeans with light whiskering, red and white striped short-sleeve tee tucked in, brown
    # belt, tan wedges, white backdrop, front. The feed row has no base colour. Adapter epoch 2 / reference engine.
    case(
        "X1121-011",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns and a long denim pants. The T-shirt is with "
            "cotton fabric. The pants are with denim fabric and solid color patterns. There is a belt on her waist."
        ),
        wearing("a red and white striped t-shirt and blue jeans with a brown belt", who="she"),
        color_of("jeans", "red", "contradiction"),
        B.pattern("striped", "contradiction"),
        describe(
            "jeans",
            "The lady wears a long denim pants. The pants are with denim fabric and solid color patterns. The lady "
            "wears a long denim pants. The pants",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "bootcut legs with light whiskering at the thighs and a flared hem over the wedges"),
        title="Lee Women Blue Bootcut Jeans",
        category="Jeans",
        gender="Women",
    ),
    # photo: navy knife-pleated midi skirt, cream short-sleeve knit top tucked in, small gold hoop earrings, no
    # necklace, nude heels, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-012",
        caption(
            "The lady wears a short-sleeve sweater with pure color patterns and a long skirt. The sweater is with "
            "knitting fabric. The skirt is with chiffon fabric and pure color patterns. This lady has neckwear.",
            "unsupported",
        ),
        wearing("a cream sweater and a navy blue pleated skirt"),
        color_of("skirt", "the skirt is cream", "other_garment_color", kind="open"),
        describe("skirt", "a navy blue midi skirt with narrow pleats all the way round and a flat waistband"),
        details(
            "skirt",
            "the skirt details are pleats. Question: What are the skirt details? Answer: the skirt details are "
            "pleats. Question: What are the skirt details? Answer",
            "leak",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        B.color("navy blue"),
        B.material(
            "the skirt is with chiffon fabric and pure color patterns and the sweater is with knitting fabric and "
            "its neckline is round and the skirt is with pleats all the way",
            "cut",
            hit_limit=True,
        ),
        title="Vero Moda Women Navy Pleated Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: charcoal grey slim ankle-length formal trousers with a pressed crease, white sleeveless blouse with
    # black piping at the V neck, black block heels, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-013",
        caption(
            "The lady wears a sleeveless shirt with color block patterns and a long trousers. The shirt is with "
            "cotton fabric and it has a v-shape neckline. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a white top and grey pants", who="she"),
        color_of("pants", "grey"),
        color_of("shirt", "grey", "contradiction"),
        describe("pants", "slim grey ankle length trousers with a crease down the front of each leg"),
        details("pants", "the trousers have the details of formal trousers", "restated"),
        B.material("the trousers are made of leather", "unsupported"),
        title="Allen Solly Woman Grey Slim Fit Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: light-blue boyfriend jeans with ripped knees and rolled cuffs, black short-sleeve tee with a white
    # graphic print, white sneakers, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-014",
        caption(
            "The lady wears a short-sleeve black T-shirt with graphic patterns and a long black denim pants. The "
            "T-shirt is with cotton fabric. The pants are with denim fabric and solid color patterns.",
            "other_garment_color",
        ),
        wearing("she is wearing a black graphic t-shirt and light blue ripped jeans", who="she"),
        color_of("jeans", "light blue"),
        details("jeans", "the jeans have rips at the knees and rolled up cuffs above the sneakers"),
        describe("jeans", "the jeans are black with a white print", "other_garment_color"),
        is_a("pair of jeans", "no", "contradiction"),
        B.material("denim"),
        title="Roadster Women Light Blue Boyfriend Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black running shorts with a small white swoosh and side slits, neon pink racerback sports tank, grey
    # running shoes, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-015",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns. The lady wears a tank top "
            "with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink tank top and black running shorts"),
        color_of("shorts", "black"),
        details("shorts", "the shorts have a small white nike logo and slits at the sides"),
        describe(
            "shorts",
            "black running shorts with a zip pocket for keys at the back and a reflective strip",
            "unsupported",
        ),
        B.material("denim", "unsupported"),
        title="Nike Women Black Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: white wide-leg linen trousers with a drawstring waist, navy and white striped long-sleeve boat-neck top
    # tucked in, tan espadrilles, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-016",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns and a long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with denim fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("she is wearing a navy striped top and white wide leg pants", who="she"),
        color_of("pants", "the pants are navy blue and white striped", "other_garment_color", kind="open"),
        B.color("white"),
        B.pattern("solid"),
        details("pants", "the pants have details on the pants", "restated"),
        B.material("linen"),
        title="Vero Moda Women White Linen Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue denim A-line knee skirt with a button front and two patch pockets, white short-sleeve eyelet
    # blouse tucked in, white sneakers, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-017",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a medium-length skirt. The shirt is "
            "with cotton fabric and its neckline is round. The skirt is with denim fabric and solid color patterns."
        ),
        wearing("she's wearing a white blouse with a blue denim skirt", who="she"),
        color_of("skirt", "blue"),
        describe(
            "skirt",
            "a blue denim skirt that has a row of metal buttons down the front, two patch pockets at the hips and a "
            "hem that falls just above the",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "the skirt is white", "other_garment_color"),
        is_a("skirt", "yes"),
        B.material("the skirt is made of denim"),
        title="Only Women Blue Denim A-Line Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey washed skinny jeans, maroon long-sleeve crew-neck sweater, black ankle boots, white backdrop,
    # front, right hand in the front pocket. Adapter epoch 2 / reference engine.
    case(
        "X1121-018",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric. The pants are with denim fabric and pure color patterns. Her hand is in her pocket."
        ),
        wearing("a maroon sweater and grey jeans"),
        color_of("jeans", "grey"),
        color_of("sweater", "grey", "contradiction"),
        details("jeans", "the jeans have a zipper at the ankle and a gold button", "unsupported"),
        describe(
            "jeans",
            "The lady wears a long denim pants. Question: Describe the sweater. Answer: The lady wears a long-sleeve "
            "sweater with pure color patterns and a round",
            "leak",
            hit_limit=True,
        ),
        title="Pepe Jeans Women Grey Skinny Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: olive cotton chino shorts with rolled hems and slant pockets, white and black striped short-sleeve tee
    # tucked in, black belt, white sneakers, white backdrop, front; the model has cropped hair. Adapter / reference.
    case(
        "X1121-019",
        caption(
            "This gentleman wears a short-sleeve T-shirt with stripe patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is a belt.",
            "pronoun",
        ),
        wearing("she is wearing a striped t-shirt and olive green shorts with a black belt", who="she"),
        color_of("shorts", "olive"),
        B.pattern("striped", "contradiction"),
        describe("shorts", "green", "non_answer"),
        details("shorts", "rolled hems, a black belt through the loops and slant pockets at the front"),
        title="Roadster Women Olive Solid Chino Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: maroon tapered ankle trousers with a self-fabric tie belt and front pleats, black short-sleeve tee tucked
    # in, black loafers, white backdrop, front. The feed row has no gender. Adapter epoch 2 / reference engine.
    case(
        "X1121-020",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is a belt on her waist."
        ),
        wearing("a black t-shirt and maroon pants"),
        color_of("pants", "maroon", kind="open"),
        describe("pants", "the pants are black and tapered with a belt", "other_garment_color"),
        details(
            "pants",
            "the pants have a self fabric tie belt at the waist, two slant pockets, pleats at the front and legs that "
            "taper down to the ankle where the",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("trousers"),
        B.material("the trousers are made of wool and lined with silk", "unsupported"),
        title="Mango Women Maroon Tapered Trousers",
        category="Trousers",
        color="Maroon",
    ),
    # photo: mustard yellow skater skirt with a small white and green floral print, white cropped short-sleeve tee,
    # brown sandals, white studio backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-021",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. The skirt is with chiffon fabric and floral patterns. She is standing in a garden.",
            "unsupported",
        ),
        wearing("yellow floral skirt and a white crop top", who="she"),
        color_of("skirt", "yellow"),
        B.pattern("floral"),
        describe("skirt", "the skirt is yellow with white flowers and flares out from the waist like a skater skirt"),
        details(
            "skirt",
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral "
            "floral floral floral floral floral floral floral floral floral floral floral floral floral floral",
            "loop",
            hit_limit=True,
        ),
        title="FOREVER 21 Women Yellow Floral Skater Skirt",
        category="Skirts",
        color="Yellow",
        gender="Women",
    ),
    # photo: back view of mid-blue high-rise mom jeans, two back pockets and a brown leather patch at the waistband,
    # mustard ribbed long-sleeve crop top, white sneakers, white backdrop. Adapter epoch 2 / reference engine.
    case(
        "X1121-022",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric and its neckline is round. The pants are with denim fabric and solid color patterns."
        ),
        wearing("she is wearing what she is wearing", "restated", who="she"),
        color_of("jeans", "yellow", "contradiction"),
        details("jeans", "two back pockets and a brown leather patch on the waistband at the back"),
        describe(
            "jeans",
            "the jeans are high waisted mom jeans that are high waisted and the jeans are high waisted and the jeans "
            "are high waisted and the jeans are high waisted and the",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("jeans"),
        title="Flying Machine Women Blue Mom Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white small-check straight trousers, black long-sleeve turtleneck tucked in, black heels,
    # white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-023",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric and it has a stand neckline. The trousers are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a black turtleneck and black and white checked pants", who="she"),
        color_of("pants", "black"),
        B.pattern("checked"),
        describe("pants", "the pants are black and white checked with a straight leg and a high waist"),
        details(
            "pants",
            "The trousers are with cotton fabric and lattice patterns. The trousers are with cotton fabric and "
            "lattice patterns. The trousers are with cotton fabric and lattice patterns. The",
            "loop",
            hit_limit=True,
        ),
        title="Style Quotient Women Black & White Checked Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: pastel pink high-rise denim shorts with raw hems, white short-sleeve shirt knotted at the front, white
    # sneakers, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is "
            "with cotton fabric and it has a lapel neckline. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("a white shirt and blue denim shorts", "contradiction", who="she"),
        color_of("shorts", "pink"),
        describe("shorts", "pink denim shorts with a high waist and raw frayed hems"),
        details(
            "shorts",
            "The shorts are with denim fabric and pure color patterns. Question: What are the shirt details? "
            "Answer: The shirt is with cotton fabric and it has",
            "leak",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        B.material("the shorts are made of linen", "contradiction"),
        title="Only Women Pink High-Rise Denim Shorts",
        category="Shorts",
        color="Pink",
        gender="Women",
    ),
    # photo: ankle-length tiered maxi skirt with an orange, blue and cream paisley print, plain white sleeveless top,
    # silver bangles on the right wrist, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-025",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The top is with cotton "
            "fabric. The skirt is with cotton fabric and complicated patterns. There is an accessory on her wrist."
        ),
        wearing("a white top and a long printed skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        B.pattern("printed"),
        describe("skirt", "a long tiered skirt with an orange, blue and cream paisley print that reaches her ankles"),
        details("skirt", "the skirt is long", "non_answer"),
        B.color("multicolor"),
        title="People Women Multicoloured Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: mid-blue skinny jeans heavily distressed at thighs and knees, black leather jacket worn open over a white
    # tee, black ankle boots, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-026",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns and a long denim pants. The jacket is with "
            "leather fabric. The lady wears a T-shirt inside. The pants are with denim fabric and solid color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black leather jacket over a white t-shirt and ripped blue jeans", who="she"),
        color_of("jeans", "blue"),
        B.material("the jeans are made of leather", "unsupported"),
        details("jeans", "distressed patches on both thighs and ripped knees with white threads showing"),
        describe("jeans", "black", "other_garment_color"),
        title="Spykar Women Blue Distressed Skinny Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy straight formal trousers with a front crease, light blue button-down shirt tucked in, thin brown
    # belt, steel wristwatch on the left wrist, no rings, brown heels, white backdrop, front. Adapter / reference.
    case(
        "X1121-027",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and pure color patterns. There is an accessory on "
            "her wrist."
        ),
        wearing("she is wearing a light blue shirt and navy pants", who="she"),
        color_of("pants", "blue"),
        color_of("shirt", "light blue"),
        describe("pants", "the pants are light blue formal trousers", "other_garment_color"),
        details(
            "pants",
            "a sharp front crease, belt loops with a thin brown belt, and a gold ring on her finger",
            "unsupported",
        ),
        B.garment_type("trousers"),
        title="Arrow Woman Navy Blue Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: brown faux leather mini skirt with a wrap front fastened by a gold button at the side, cream ribbed
    # sleeveless top tucked in, beige heels, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-028",
        caption(
            "The lady wears a tank top with pure color patterns and a short skirt. The tank top is with knitting "
            "fabric and it has a suspenders neckline. The skirt is with leather fabric and pure color patterns."
        ),
        wearing("a white tank top and a brown leather skirt"),
        color_of("skirt", "brown"),
        B.material("the skirt is made of cotton", "contradiction"),
        describe("skirt", "it is a skirt", "non_answer"),
        details("skirt", "the skirt has a wrap front with a gold button at the side and a short hem"),
        title="Sassafras Women Brown Faux Leather Wrap Mini Skirt",
        category="Skirts",
        color="Brown",
        gender="Women",
    ),
    # photo: black high-rise flared jeans, white short puff-sleeve square-neck blouse tucked in, black platform heels,
    # white backdrop, front; both hands empty. Adapter epoch 2 / reference engine.
    case(
        "X1121-029",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a long denim pants. The blouse is "
            "with cotton fabric. The pants are with denim fabric and pure color patterns. She is holding a handbag.",
            "unsupported",
        ),
        wearing("she is wearing a white blouse and black flared jeans", who="she"),
        color_of("jeans", "the jeans are white", "other_garment_color", kind="open"),
        describe("jeans", "black high waisted jeans that flare out from the knee over her black platform heels"),
        details("jeans", "the jeans are jeans with details on the jeans", "restated"),
        B.garment_type("jeans"),
        title="Kraus Jeans Women Black High-Rise Flared Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: white cotton shorts with a scalloped lace hem and a flat waistband, navy short-sleeve V-neck blouse tucked
    # in, tan sandals, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-030",
        caption(
            "The lady wears a short-sleeve blouse with pure color patterns and a three-point shorts. The blouse is "
            "with chiffon fabric and its neckline is v-shape. The shorts are with cotton fabric and lace patterns."
        ),
        wearing("she is wearing a navy blue blouse and navy blue shorts", "other_garment_color", who="she"),
        color_of("shorts", "white"),
        details("shorts", "a scalloped lace trim along the hem and a flat waistband"),
        describe(
            "shorts",
            "white shorts with lace white shorts with lace white shorts with lace white shorts with lace white "
            "shorts with lace white shorts with lace white shorts with lace white",
            "loop",
            hit_limit=True,
        ),
        B.material("the shorts are made of cotton with a lace trim"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Vero Moda Women White Solid Regular Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: red wide cropped culottes, black and white Breton striped short-sleeve tee tucked in, black flat sandals,
    # white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-031",
        caption(
            "The lady wears a short-sleeve T-shirt with stripe patterns and a long trousers. The T-shirt is with "
            "cotton fabric and its neckline is round. The trousers are with cotton fabric and stripe patterns.",
            "contradiction",
        ),
        wearing("a black and white striped t-shirt and red culottes"),
        color_of("pants", "red"),
        B.pattern("solid"),
        describe("pants", "the pants are wide and cropped at mid calf with a flat waistband"),
        details("pants", "pants", "non_answer"),
        is_a("pair of trousers", "yes"),
        title="Jealous 21 Women Red Culottes",
        category="Trousers",
        color="Red",
        gender="Women",
    ),
    # photo: dark blue clean skinny jeans, white sleeveless peplum top with a blue floral print, nude heels, white
    # backdrop, front. The feed row has no category. Adapter epoch 2 / reference engine.
    case(
        "X1121-032",
        caption(
            "The lady wears a sleeveless top with floral patterns and a long denim pants. The top is with chiffon "
            "fabric and its neckline is round. The pants are with denim fabric and floral patterns.",
            "contradiction",
        ),
        wearing("she is wearing a floral top and dark blue skinny jeans", who="she"),
        color_of("jeans", "blue"),
        B.pattern("floral", "contradiction"),
        describe("jeans", "dark blue skinny jeans with a clean wash, worn with nude heels"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. The lady wears a sleeveless top with floral "
            "patterns. The top is with chiffon fabric and its neckline",
            "cut",
            hit_limit=True,
        ),
        title="Levis Women Blue 711 Skinny Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green midi wrap skirt with a small white leaf print and a side tie, black short-sleeve bodysuit,
    # black strappy heels, no rings, white backdrop, side view. Adapter epoch 2 / reference engine.
    case(
        "X1121-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with chiffon fabric and floral patterns. This lady wears a ring.",
            "unsupported",
        ),
        wearing("a black top and a green printed wrap skirt"),
        color_of("skirt", "black", "contradiction"),
        describe("skirt", "the skirt is a midi wrap skirt in green with a white leaf print and a tie at the side"),
        details(
            "skirt",
            "She is wearing a green skirt. She is wearing a green skirt. She is wearing a green skirt. She is "
            "wearing a green skirt. She is",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("skirt"),
        title="Harpa Women Green Printed Wrap Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: grey melange jersey shorts with a drawstring and a small black cat logo on the left leg, white sleeveless
    # racerback tank, white sneakers, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-034",
        caption(
            "The lady wears a tank top with pure color patterns and a three-point shorts. The tank top is with "
            "cotton fabric and it has a suspenders neckline. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("grey shorts and a white tank top", who="she"),
        color_of("shorts", "grey melange with a black logo", kind="open"),
        details("shorts", "his shorts have a drawstring waist and a small black puma logo on the left leg", "pronoun"),
        describe("shorts", "grey Question: Describe the tank top. Answer: white", "leak"),
        B.material("cotton jersey"),
        B.garment_type("shorts"),
        title="Puma Women Grey Melange Sports Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: khaki slim chinos with the hems rolled twice, chambray (denim blue) short-sleeve shirt tucked in, white
    # sneakers, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a blue denim shirt and blue jeans", "other_garment_color"),
        color_of("pants", "khaki"),
        describe("pants", "slim khaki chinos with the hems rolled up twice above white sneakers"),
        B.garment_type("trousers"),
        details("pants", "khaki Question: What is the color of the shirt? Answer: blue", "leak"),
        B.material("the chinos are made of corduroy", "unsupported"),
        title="Vero Moda Women Khaki Chinos",
        category="Trousers",
        color="Khaki",
        gender="Women",
    ),
    # photo: white straight-leg jeans with a raw hem, black and white gingham short-sleeve shirt knotted at the
    # waist, black flats, white backdrop (white on white), front. Adapter epoch 2 / reference engine.
    case(
        "X1121-036",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns and a long denim pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing a black and white checked shirt and white jeans", who="she"),
        color_of("jeans", "blue", "contradiction"),
        describe("jeans", "white straight leg jeans with a mid rise and a raw hem at the ankle"),
        details("jeans", "the jeans are blue with a button and a zip", "contradiction"),
        is_a("pair of jeans", "yes"),
        B.material("the jeans are made of white leather", "unsupported"),
        title="Mango Women White Straight Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: blush pink layered tulle midi skirt, grey marl short-sleeve tee tucked in, white sneakers, white backdrop,
    # front. Adapter epoch 2 / reference engine.
    case(
        "X1121-037",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt. The T-shirt is with "
            "cotton fabric. The skirt is with chiffon fabric and pure color patterns. The skirt is with chiffon "
            "fabric and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey t-shirt and a pink tulle skirt"),
        color_of("skirt", "pink"),
        describe("skirt", "the skirt is grey and puffy", "other_garment_color"),
        details("skirt", "layers of soft tulle netting over a lining, with an elastic waistband"),
        B.material("tulle"),
        is_a("skirt", "yes"),
        title="DressBerry Women Pink Layered Tulle Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: black denim shorts with rolled hems and the pocket bags showing below them, red plaid flannel shirt worn
    # open over a white tee, black lace-up boots, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-038",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns and a three-point shorts. The shirt is with "
            "cotton fabric. The lady wears a T-shirt inside. The shorts are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing a red plaid shirt over a white t-shirt and black shorts", who="she"),
        color_of("shorts", "red", "contradiction"),
        describe(
            "shorts",
            "The lady wears a three-point shorts. Question: What is the color of the shorts? Answer: black Question: "
            "Describe the shirt. Answer: The",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "rolled hems, with the front pocket bags peeking out below the hem"),
        B.pattern("checked", "contradiction"),
        title="Roadster Women Black Denim Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: indigo palazzo trousers with white hand block printed small flowers, plain white short-sleeve kurta to
    # the hips, silver jhumka earrings, kolhapuri sandals, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-039",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long trousers. The shirt is with "
            "cotton fabric. The trousers are with cotton fabric and floral patterns. This lady wears earrings."
        ),
        wearing("a white kurta and blue printed palazzo pants", who="she"),
        color_of("pants", "the pants are white", "other_garment_color", kind="open"),
        B.pattern("floral"),
        details("pants", "wide palazzo legs with an indigo ground and a white hand block print of small flowers"),
        B.material("cotton"),
        describe("pants", "the gentleman wears a long trousers with floral patterns", "pronoun"),
        title="Fabindia Women Blue Printed Palazzos",
        category="Trousers",
        color="Blue",
        gender="Women",
    ),
    # photo: medium-blue straight jeans falling over brown ankle boots, cream cable-knit sweater whose sleeves cover
    # the wrists, white backdrop, front. The feed row has no gender. Adapter epoch 2 / reference engine.
    case(
        "X1121-040",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long denim pants. The sweater is "
            "with knitting fabric. The pants are with denim fabric and solid color patterns. There is an accessory "
            "on her wrist.",
            "unsupported",
        ),
        wearing("a cream knit sweater and straight blue jeans"),
        color_of("jeans", "blue"),
        color_of("sweater", "the sweater is blue", "contradiction", kind="open"),
        details(
            "jeans",
            "The pants are with denim fabric and solid color patterns. Question: What are the sweater details? "
            "Answer: The sweater is with knitting",
            "leak",
            hit_limit=True,
        ),
        describe("jeans", "straight leg mid blue jeans that fall over brown ankle boots"),
        title="Wrangler Women Blue Straight Fit Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: grey and white glen check knee-length A-line skirt, black long-sleeve turtleneck tucked in, black tights,
    # black heels, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-041",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a medium-length skirt. The sweater is "
            "with knitting fabric and it has a stand neckline. The skirt is with cotton fabric and lattice patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("she is wearing a black sweater, a grey checked skirt and black tights", who="she"),
        color_of("skirt", "grey"),
        B.pattern("checked"),
        describe("skirt", "the skirt is black", "other_garment_color"),
        details("skirt", "a knee length a-line skirt in a small grey and white check with a plain waistband"),
        B.material("the skirt is made of denim", "unsupported"),
        title="AND Women Grey Checked A-Line Skirt",
        category="Skirts",
        color="Grey",
        gender="Women",
    ),
    # photo: bright orange linen shorts with a self-fabric tie belt and small side slits, white short-sleeve tee
    # tucked in, white sneakers, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-042",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric. The shorts are with cotton fabric and pure color patterns. There is a belt.",
            "contradiction",
        ),
        wearing("a white t-shirt and orange shorts"),
        color_of("shorts", "orange"),
        B.material("the shorts are made of linen"),
        describe("shorts", "the shorts are shorts that are orange shorts", "restated"),
        details("shorts", "a self fabric tie belt at the waist and a small slit at each side"),
        title="Tokyo Talkies Women Orange Solid Linen Shorts",
        category="Shorts",
        color="Orange",
        gender="Women",
    ),
    # photo: mustard high-waist wide-leg trousers with two front pleats, black and white polka dot short-sleeve blouse
    # tucked in, black heels mostly hidden by the hems, no necklace, white backdrop, front. Adapter / reference.
    case(
        "X1121-043",
        caption(
            "The lady wears a short-sleeve blouse with graphic patterns and a long trousers. The blouse is with "
            "chiffon fabric and its neckline is round. The trousers are with cotton fabric and pure color patterns."
        ),
        wearing("she is wearing a polka dot blouse and mustard yellow wide leg pants", who="she"),
        color_of("pants", "yellow"),
        B.pattern("polka dot", "contradiction"),
        describe(
            "pants",
            "high waisted mustard yellow trousers with two pleats at the front, a wide leg that falls straight to "
            "the floor and covers her black heels except",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants have a high waist with pleats. She is also wearing a gold necklace", "unsupported"),
        title="Mast & Harbour Women Mustard Yellow Wide Leg Trousers",
        category="Trousers",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy skinny jeans, pink and white striped long-sleeve off-shoulder top, nude flats, white backdrop, front,
    # full length. Adapter epoch 2 / reference engine.
    case(
        "X1121-044",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns and a long denim pants. The shirt is with "
            "cotton fabric. The pants are with denim fabric and pure color patterns."
        ),
        wearing("she is wearing a pink and white striped off shoulder top and navy blue jeans", who="she"),
        color_of("jeans", "navy blue"),
        describe("jeans", "the jeans are pink", "other_garment_color"),
        details("jeans", "yes", "non_answer"),
        B.garment_type("top", "contradiction"),
        title="Roadster Women Navy Blue Skinny Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white tiered cotton midi skirt with eyelet embroidery all over, black sleeveless scoop-neck top tucked in,
    # brown woven belt, brown sandals, white backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-045",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long skirt. The top is with cotton "
            "fabric and it has a round neckline. The skirt is with cotton fabric and pure color patterns."
        ),
        wearing("he is wearing a black top and a white skirt", "pronoun"),
        color_of("skirt", "white"),
        describe(
            "skirt", "a white tiered midi skirt with eyelet embroidery all over and a brown woven belt at the waist"
        ),
        details("skirt", "the details of the skirt are the details on the skirt", "restated"),
        is_a("skirt", "yes"),
        B.material("cotton"),
        title="Vero Moda Women White Embroidered Tiered Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: mid-blue cropped kick-flare jeans with a raw hem, white sleeveless V-neck linen top tucked in, straw tote
    # bag held in the right hand, tan mules, light grey backdrop, front. Adapter epoch 2 / reference engine.
    case(
        "X1121-046",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long denim pants. The top is with cotton "
            "fabric. The pants are with denim fabric and solid color patterns. She is holding a bag in her hand."
        ),
        wearing(
            "she is wearing a white top and blue jeans and she is wearing a white top and blue jeans and she is "
            "wearing a white top and blue jeans and",
            "loop",
            who="she",
            hit_limit=True,
        ),
        color_of("jeans", "blue"),
        describe("jeans", "cropped blue jeans with a small flare at the hem and raw edges that stop above her ankles"),
        details("jeans", "the jeans are white with a raw hem", "other_garment_color"),
        B.garment_type("jeans"),
        B.material("the jeans are made of denim"),
        title="Only Women Blue Cropped Kick Flare Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
]
