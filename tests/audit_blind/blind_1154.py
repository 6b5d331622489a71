"""BLIND_1154 (46 products; Myntra men's bottoms worn with tops, base BLIP-2): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 124/136 failures found (91.2%) and 3/170 correct texts flagged
(1.8%). The writer's notes, verbatim:

Scenario: a Myntra-like men's bottomwear feed (Jeans, Trousers incl. chinos and formal trousers, Shorts). Each photo
is a catalog shot on a white or light grey studio backdrop of a male model wearing the listed bottom with a t-shirt,
polo or shirt (sometimes layered: an open shirt over a tee), shoes and now and then a belt, watch or cap; most are
front views, full length or cropped at the chest, a few are side or back views. Catalog columns are title, category
(the seller's article type), color (the seller's base colour) and gender; a few rows lack a column, as real feeds do.

Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b (8-bit, greedy, prompt
"Question: ... Answer:", 30 new tokens for answers, 50 for the caption). Closed answers (garment type, color,
pattern, the yes/no garment question, and the closed color-of-a-garment questions) come from enrich's
--engine reference, which ranks candidate values on the same base model and keeps one, so they never loop or stop
short; their failures are wrong picks, mostly the top's color or the top's type picked for the bottom. Open
answers and captions are free generation. The base model mostly stops on its own after a short phrase; its habits:
lowercase short answers, one color reused for both garments, the shirt's color given to the trousers, "she"/"a
woman" for male models, invented pockets/belts/logos/rips, echoing the question back, continuing the prompt format
with a new "Question: ... Answer:" turn, and, on the longer describe/details prompts, now and then a repetition loop
or a sentence that runs into the 30-token limit.

Labeling conventions and judgement calls:
- The product is the bottom. Questions about the top (color of the t-shirt/shirt) are judged against the top in the
  photo; a correct top color is a correct answer, not a failure.
- A color that belongs to another garment in the photo (the top, an over-shirt, the shoes, a belt) given to the
  asked garment is other_garment_color; a color that nothing in the photo has (and the seller does not give) is
  contradiction; the white backdrop's color given to a garment that is not white counts as contradiction.
- A closed garment type naming the top ("t-shirt" for a jeans product), "no" to "Is this a pair of jeans?" for the
  jeans, "shorts" for full-length trousers, or a pattern that only the top has ("striped" for plain chinos) are
  contradiction.
- Seller colors are taken as the truth of the photo except where the photo note says the seller is off; a model
  answer that matches the photo but not a wrong seller label is correct (I wrote few of these).
- Near shades count as correct: navy/dark blue, khaki/beige/tan, charcoal/dark grey, olive/olive green/army green,
  cream/off white, indigo/dark blue, stone/light grey for a light wash. "pants" for trousers, chinos or jeans is
  correct; "shirt" for a polo or tee in a free answer is correct.
- Generic features of the category that the view shows (belt loops, front pockets, button and fly on jeans, a
  faded wash, rolled cuffs when the photo shows them) are correct. Features the view cannot show (back pockets in a
  front view), features absent from the photo (a belt, rips, a drawstring, cargo pockets, a logo, a brand), fit or
  fabric claims beyond what is seen ("stretch denim", "100% cotton", "linen") are unsupported. Material: "denim"
  for jeans and "cotton" for chinos/cotton shorts count as correct; a fabric the title contradicts is contradiction.
- "she", "her", "a woman", "a girl" for a male model (gender Men) is pronoun, even when the rest is right.
- An open answer that only echoes the question ("what are the jeans details", "describe the shorts") is restated;
  an answer that says nothing ("yes", "nothing", "they are shorts", "i don't know", a bare "jeans" to a describe
  prompt) is non_answer.
- Any "Question:" or "Answer:" turn inside an answer is leak, even when the text before it is right; a leak that
  also hits the limit keeps the label leak with hit_limit=True.
- A loop that runs to the limit is labelled loop with hit_limit=True; a text that runs to the limit and stops
  mid-phrase without repeating is cut, and so is one the model ended itself on a dangling word ("the trousers
  are"). A text with several faults gets the one that stands out most.
- One-word answers to describe/details/wearing prompts are non_answer; one-word answers to single-attribute
  questions (color, fit, material) are correct when the word is right.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
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

_fit_makers = {}


def fit(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    """An open fit question, worded for the product's garment."""
    if garment not in _fit_makers:
        _fit_makers[garment] = question("fit", f"What is the fit of the {garment}?", "open")
    return _fit_makers[garment](text, failure, hit_limit)


BLIND_1154 = [
    # photo: mid-blue faded skinny jeans, white crew-neck t-shirt worn out, white sneakers, white backdrop, front view
    # full length. All texts base model zero-shot; closed ones via the reference engine.
    case(
        "X1154-001",
        caption("a man in blue jeans and a white t-shirt"),
        wearing("jeans and a t-shirt", who="he"),
        color_of("jeans", "blue"),
        color_of("t-shirt", "white"),
        describe("jeans", "the jeans are blue and have a skinny fit"),
        details("jeans", "the jeans have a zipper on the front and a button on the back", "unsupported"),
        Q.garment_type("jeans"),
        title="Roadster Men Blue Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy blue polo t-shirt untucked, brown loafers, no belt, white backdrop, front view.
    # Base model zero-shot.
    case(
        "X1154-002",
        caption("a man wearing a blue shirt and khaki pants"),
        wearing("he is wearing a navy blue polo shirt and khaki pants", who="he"),
        color_of("pants", "blue", "other_garment_color"),
        Q.garment_type("trousers"),
        describe("pants", "khaki pants with a slim fit and a brown leather belt", "unsupported"),
        material("cotton"),
        title="Highlander Men Khaki Slim Fit Chinos",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: dark indigo rinse slim jeans, grey melange crew t-shirt, black sneakers, light grey backdrop, three-quarter
    # side view. Base model zero-shot.
    case(
        "X1154-003",
        caption("a man in a grey t-shirt and dark blue jeans"),
        wearing("a woman wearing a grey shirt and jeans", "pronoun"),
        Q.color("grey", "other_garment_color"),
        color_of("jeans", "dark blue", kind="open"),
        details("jeans", "the jeans have a distressed look with rips on the knees", "unsupported"),
        Q.pattern("solid"),
        title="Levis Men 511 Slim Fit Dark Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black knee-length cotton shorts with side pockets, red crew t-shirt with a white chest print, black
    # flip-flops, white backdrop, front view. Base model zero-shot.
    case(
        "X1154-004",
        caption("a man in a red nike t-shirt and black shorts", "unsupported"),
        wearing("a red t-shirt and black shorts", who="the man"),
        color_of("shorts", "black"),
        color_of("t-shirt", "red"),
        describe(
            "shorts",
            "the shorts are black and have a drawstring waist and a drawstring waist and a drawstring "
            "waist and a drawstring waist and a drawstring",
            "loop",
            hit_limit=True,
        ),
        details("shorts", "they are shorts", "non_answer"),
        is_a("pair of shorts", "yes"),
        title="Puma Men Black Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: mid grey flat-front formal trousers, white formal shirt tucked in, brown belt, brown shoes, white
    # backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-005",
        caption("a man in a white shirt and black pants", "contradiction"),
        wearing("he is wearing a white shirt and grey trousers", who="he"),
        Q.color("grey"),
        color_of("shirt", "white"),
        describe("trousers", "the trousers are grey with a flat front and belt loops"),
        details("trousers", "what are the trousers details", "restated"),
        material("wool blend with a satin lining", "unsupported"),
        title="Arrow Men Grey Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: light stone-wash blue straight jeans, black round-neck t-shirt, white backdrop, cropped at the chest,
    # front view. Base model zero-shot.
    case(
        "X1154-006",
        caption("a man wearing a black t-shirt and light blue jeans"),
        wearing("black t-shirt and jeans"),
        color_of("jeans", "black", "other_garment_color"),
        describe(
            "jeans",
            "light blue jeans with a faded wash and a faded wash and a faded wash and a faded wash and a "
            "faded wash and a faded",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "jeans Question: What are the jeans details? Answer: jeans", "leak"),
        Q.garment_type("jeans"),
        title="Wrangler Men Light Blue Rockville Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green cargo shorts with flap side pockets, white t-shirt with a small black chest logo, grey
    # sneakers, white backdrop, front view. Base model zero-shot.
    case(
        "X1154-007",
        caption("a man in olive cargo shorts and a white t-shirt"),
        wearing("she is wearing a white shirt and green shorts", "pronoun", who="the person"),
        color_of("shorts", "olive green", kind="open"),
        Q.color("white", "other_garment_color"),
        details("shorts", "the shorts have flap pockets on the sides"),
        material("cotton"),
        title="Wrangler Men Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: beige chinos with rolled cuffs, sky blue linen-look shirt untucked with sleeves rolled, tan loafers, no
    # socks, no belt, white backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-008",
        caption("a man wearing a light blue shirt and beige pants with rolled up cuffs"),
        wearing("a blue linen shirt and beige chinos with a leather belt", "unsupported", who="he"),
        color_of("chinos", "beige"),
        color_of("shirt", "light blue"),
        describe(
            "chinos",
            "the chinos are beige and have a slim fit with rolled up cuffs at the ankle "
            "and a flat front with two slanted side pockets and a",
            "cut",
            hit_limit=True,
        ),
        fit("chinos", "slim"),
        Q.pattern("solid"),
        title="United Colors of Benetton Men Beige Chinos",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: black slim jeans, white and navy horizontal striped t-shirt, white sneakers, white backdrop, front view
    # full length. Base model zero-shot.
    case(
        "X1154-009",
        caption("a man in a striped shirt and black jeans"),
        wearing("a striped t-shirt, black jeans and a silver chain", "unsupported", who="the man"),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        color_of("t-shirt", "white and blue", kind="open"),
        describe(
            "jeans",
            "the jeans are black and the t-shirt is black and the jeans are black and the t-shirt is "
            "black and the jeans are black",
            "loop",
            hit_limit=True,
        ),
        title="Killer Men Black Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue formal trousers with a sharp crease, pale pink formal shirt tucked in, brown belt, brown
    # shoes, white backdrop, front view. Base model zero-shot.
    case(
        "X1154-010",
        caption("a man in a pink shirt and navy pants"),
        wearing("a pink shirt and blue pants"),
        color_of("trousers", "pink", "other_garment_color"),
        color_of("shirt", "pink"),
        describe("trousers", "describe the trousers", "restated"),
        details(
            "trousers",
            "the trousers have two pleats, side pockets, a brown belt and a hidden hook closure "
            "with an extension tab at the waistband and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        title="Louis Philippe Men Navy Blue Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey track-style jersey shorts with a white drawstring and side stripe, no visible logo or pockets on
    # the back (front view), black sports t-shirt, black running shoes, white backdrop. Base model zero-shot.
    case(
        "X1154-011",
        caption("a man in a black shirt and blue shorts", "contradiction"),
        wearing("he is wearing shorts and a t-shirt", who="he"),
        color_of("shorts", "grey"),
        describe(
            "shorts",
            "grey shorts with a white drawstring and a white stripe on the side that runs from the "
            "waistband all the way down to the hem of the",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts have a zipper pocket on the back and a reflective nike logo", "unsupported"),
        is_a("pair of shorts", "yes"),
        title="Nike Men Grey Running Shorts",
        category="Shorts",
        color="Grey",
        gender="Men",
    ),
    # photo: mid-blue jeans with ripped knees, black and red checked flannel shirt worn open over a plain white t-shirt,
    # black boots, white backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-012",
        caption("a man in ripped jeans and a plaid shirt over a white t-shirt"),
        wearing("a plaid shirt, a white t-shirt and ripped jeans", who="the man"),
        Q.color("red", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        color_of("shirt", "black and red"),
        describe("jeans", "the jeans are ripped at the knees"),
        details("jeans", "the details of the jeans", "restated"),
        Q.pattern("checked", "contradiction"),
        title="Flying Machine Men Blue Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: tan/khaki cotton shorts with belt loops and a folded hem, white polo t-shirt, white sneakers, brown
    # belt, white backdrop, front view. Base model zero-shot.
    case(
        "X1154-013",
        caption("a man in khaki shorts and a white polo shirt"),
        wearing("a white polo shirt and khaki shorts Question: What is the color of the shorts? Answer: khaki", "leak"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "tan shorts with belt loops and a brown belt"),
        material("cotton"),
        Q.garment_type("trousers", "contradiction"),
        title="U.S. Polo Assn. Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: dark grey jeans, maroon henley t-shirt, black sneakers, white backdrop, front view cropped at the chest.
    # Base model zero-shot.
    case(
        "X1154-014",
        caption("a woman in a maroon shirt and grey jeans", "pronoun"),
        wearing("a red shirt and grey jeans", who="he"),
        color_of("jeans", "grey"),
        color_of("t-shirt", "grey", "other_garment_color"),
        describe("jeans", "grey jeans with a slim fit"),
        details("jeans", "the jeans have a button fly and copper rivets on the back pockets", "unsupported"),
        title="Spykar Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: olive green casual trousers (chinos), black crew t-shirt, white sneakers, white backdrop, full length,
    # front view. Base model zero-shot.
    case(
        "X1154-015",
        caption("a man wearing a black t-shirt and green pants"),
        wearing("black t shirt and olive pants"),
        Q.color("olive"),
        color_of("pants", "green", kind="open"),
        describe("pants", "yes", "non_answer"),
        details("pants", "the pants have a drawstring and an elastic waistband", "unsupported"),
        fit("pants", "slim fit"),
        title="Allen Solly Men Olive Casual Trousers",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: navy blue chino shorts, plain white short-sleeve shirt, white canvas shoes, white backdrop, front
    # view, nothing striped in the photo. Base model zero-shot.
    case(
        "X1154-016",
        caption("a man in a white shirt and blue shorts"),
        wearing("a shirt and shorts"),
        color_of("shorts", "navy blue"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        describe(
            "shorts", "the shorts are navy blue. Question: Describe the shirt. Answer: the shirt is white", "leak"
        ),
        Q.pattern("striped", "contradiction"),
        is_a("pair of shorts", "yes"),
        title="Jack & Jones Men Navy Blue Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black formal trousers, light grey shirt with a subtle self-check, tucked in, black belt, black shoes,
    # white backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-017",
        caption("a man in a grey shirt and black trousers"),
        wearing("a grey shirt and black trousers", who="he"),
        Q.color("black"),
        color_of("shirt", "black", "other_garment_color"),
        describe("trousers", "the trousers are black and have a straight leg"),
        details(
            "trousers",
            "the trousers have belt loops, side pockets, a back pocket with a button and a "
            "front crease that runs from the waistband down to the",
            "cut",
            hit_limit=True,
        ),
        material("polyester", "unsupported"),
        title="Peter England Men Black Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: indigo blue jeans, white linen-look shirt with sleeves rolled, tucked out, brown loafers, white backdrop,
    # front view. Base model zero-shot; caption runs long.
    case(
        "X1154-018",
        caption(
            "a man wearing a white shirt and blue jeans standing in front of a white background with his hands in "
            "his pockets and a white shirt and blue jeans and a white shirt and blue jeans and a white shirt and",
            "loop",
            hit_limit=True,
        ),
        wearing("white shirt and blue jeans", who="the man"),
        color_of("jeans", "indigo", kind="open"),
        color_of("shirt", "white"),
        describe("jeans", "the jeans are white", "other_garment_color"),
        Q.garment_type("jeans"),
        title="Pepe Jeans Men Indigo Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange knitted lounge shorts with a drawstring, navy blue t-shirt, barefoot, light grey backdrop,
    # front view. Base model zero-shot.
    case(
        "X1154-019",
        caption("a man in grey shorts and a blue t-shirt"),
        wearing("what is the person wearing", "restated"),
        color_of("shorts", "grey"),
        color_of("t-shirt", "green", "contradiction"),
        describe("shorts", "grey shorts with a drawstring waist"),
        details("shorts", "the shorts are made of 100% organic cotton and have a zip pocket", "unsupported"),
        title="Jockey Men Grey Melange Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: beige formal trousers, white shirt with thin blue stripes tucked in, brown belt, brown shoes, white
    # backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-020",
        caption(
            "a man in a white striped shirt and beige pants and a white striped shirt and beige pants and a white "
            "striped shirt and beige pants and a white striped shirt and beige pants and a white striped shirt and",
            "loop",
            hit_limit=True,
        ),
        wearing("she is wearing a striped shirt and beige pants", "pronoun", who="the person"),
        Q.color("white", "other_garment_color"),
        color_of("trousers", "beige", kind="open"),
        describe("trousers", "beige trousers with a brown belt"),
        details("trousers", "the trousers have a flat front and are made of linen", "unsupported"),
        Q.pattern("solid"),
        title="Van Heusen Men Beige Formal Trousers",
        category="Trousers",
        color="Beige",
        gender="Men",
    ),
    # photo: blue denim shorts with frayed hem, black graphic print t-shirt (white skull print), black sneakers, white
    # backdrop, front view. Base model zero-shot.
    case(
        "X1154-021",
        caption("a man in a black t-shirt and denim shorts"),
        wearing("black t-shirt with a skull and denim shorts", who="he"),
        color_of("shorts", "black", "other_garment_color"),
        describe("shorts", "blue denim shorts with a frayed hem"),
        details("shorts", "shorts", "non_answer"),
        material("denim"),
        is_a("pair of shorts", "no", "contradiction"),
        title="Mufti Men Blue Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark navy jeans, olive green military-style shirt worn open over a white t-shirt, brown boots, white
    # backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-022",
        caption("a man wearing a green shirt and jeans"),
        wearing(
            "a green shirt, a white t-shirt and dark jeans Question: What is the color of the jeans? Answer: blue",
            "leak",
        ),
        Q.color("navy blue"),
        color_of("jeans", "green", "other_garment_color", kind="open"),
        color_of("shirt", "olive"),
        describe("jeans", "dark blue jeans with a straight fit"),
        details("jeans", "the jeans have a red tab on the back pocket", "unsupported"),
        Q.garment_type("shirt", "contradiction"),
        title="Lee Men Navy Blue Regular Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: cream/off-white chinos, navy and white gingham checked shirt untucked, white sneakers, white backdrop,
    # front view full length. Base model zero-shot.
    case(
        "X1154-023",
        caption("a man in a checkered shirt and white pants"),
        wearing("a checkered shirt and white pants", who="he"),
        Q.color("cream"),
        color_of("chinos", "navy blue", "other_garment_color", kind="open"),
        describe("chinos", "describe the chinos", "restated"),
        Q.pattern("checked", "contradiction"),
        material("cotton"),
        title="Turtle Men Cream Slim Fit Chinos",
        category="Trousers",
        color="Cream",
        gender="Men",
    ),
    # photo: black joggers-style trousers with elastic cuffs and zip side pockets, grey crew t-shirt, white sneakers,
    # white backdrop, front view. Base model zero-shot.
    case(
        "X1154-024",
        caption("a man in black pants and a grey t-shirt"),
        wearing("a grey shirt and black pants", who="the man"),
        color_of("trousers", "black"),
        describe(
            "trousers",
            "the trousers have elastic cuffs and elastic cuffs and elastic cuffs and elastic cuffs "
            "and elastic cuffs and elastic cuffs and elastic",
            "loop",
            hit_limit=True,
        ),
        fit("trousers", "jogger fit"),
        Q.garment_type("shorts", "contradiction"),
        title="Jack & Jones Men Black Jogger Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: light grey washed jeans, white t-shirt under an open light blue denim shirt, white sneakers, white
    # backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-025",
        caption("a man in a denim shirt and grey jeans"),
        wearing("a denim shirt, white t-shirt and grey jeans"),
        color_of("jeans", "blue", "other_garment_color"),
        color_of("shirt", "light blue", kind="open"),
        describe(
            "jeans",
            "the jeans are light grey and faded, the jeans are light grey and faded, the jeans are "
            "light grey and faded, the jeans are",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "light grey jeans with a button fly and a leather patch on the back", "unsupported"),
        title="Locomotive Men Light Grey Slim Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon chino shorts, white crew t-shirt, white sneakers, white backdrop, front view. Seller says Maroon.
    # Base model zero-shot.
    case(
        "X1154-026",
        caption("a man in red shorts and a white t-shirt"),
        wearing("he is wearing a white t-shirt and red shorts", who="he"),
        Q.color("pink", "contradiction"),
        color_of("t-shirt", "white"),
        describe("shorts", "shorts", "non_answer"),
        details(
            "shorts", "the shorts have a button and a zipper with a small embroidered logo on the leg", "unsupported"
        ),
        title="Basics Men Maroon Chino Shorts",
        category="Shorts",
        color="Maroon",
        gender="Men",
    ),
    # photo: brown corduroy trousers, cream knitted-look polo t-shirt, brown suede shoes, white backdrop, front view
    # full length. Base model zero-shot.
    case(
        "X1154-027",
        caption("a man in brown pants and a white shirt"),
        wearing("brown pants and a cream shirt"),
        color_of("trousers", "brown"),
        describe("trousers", "brown corduroy trousers"),
        details("trousers", "the trousers are", "cut"),
        material("denim", "contradiction"),
        is_a("pair of trousers", "yes"),
        title="Scullers Men Brown Corduroy Trousers",
        category="Trousers",
        color="Brown",
        gender="Men",
    ),
    # photo: mid-blue tapered jeans with light whiskering, yellow crew t-shirt, white sneakers, white backdrop, front
    # view full length. Base model zero-shot.
    case(
        "X1154-028",
        caption("a man in a yellow t-shirt and blue jeans"),
        wearing("yellow shirt and jeans", who="he"),
        Q.color("yellow", "other_garment_color"),
        color_of("t-shirt", "yellow"),
        describe("jeans", "the jeans are blue and have whiskers on the thighs"),
        details("jeans", "blue Question: What is the color of the shirt? Answer: yellow", "leak"),
        fit("jeans", "tapered"),
        title="Numero Uno Men Blue Tapered Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white cotton shorts with belt loops, plain navy blue crew t-shirt, navy boat shoes, white backdrop,
    # front view. Base model zero-shot.
    case(
        "X1154-029",
        caption("a man in a navy t-shirt and white shorts"),
        wearing("a woman in a blue shirt and white shorts", "pronoun"),
        color_of("shorts", "white"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        describe("shorts", "the shorts are white and have a drawstring", "unsupported"),
        Q.pattern("solid"),
        title="Gant Men White Cotton Shorts",
        category="Shorts",
        color="White",
        gender="Men",
    ),
    # photo: grey pleated formal trousers, light blue formal shirt tucked in, a navy tie, black belt, black shoes,
    # white backdrop, front view cropped at the chest. Base model zero-shot.
    case(
        "X1154-030",
        caption("a man in a blue shirt and tie and brown pants", "contradiction"),
        wearing("shirt, tie and trousers", who="the man"),
        Q.color("blue", "other_garment_color"),
        color_of("trousers", "grey", kind="open"),
        describe("trousers", "grey trousers with pleats at the front"),
        details("trousers", "nothing", "non_answer"),
        Q.garment_type("trousers"),
        title="Raymond Men Grey Pleated Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: black jeans with a faded grey wash, white t-shirt with a small red print, black and white checked shirt
    # tied around the waist, white sneakers, white backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-031",
        caption("a man with a shirt tied around his waist wearing black jeans and a white t-shirt"),
        wearing("a white t-shirt, black jeans and a shirt around the waist", who="he"),
        color_of("jeans", "black"),
        color_of("t-shirt", "black", "other_garment_color"),
        describe("jeans", "black jeans with a faded wash and ripped knees", "unsupported"),
        details("jeans", "the jeans have a checkered pattern", "contradiction"),
        Q.pattern("solid"),
        material("denim"),
        title="Jack & Jones Men Black Washed Jeans",
        category="Jeans",
        color="Black",
    ),
    # photo: khaki cargo trousers with flap pockets on the thighs, black t-shirt, brown boots, white backdrop, front
    # view full length. Base model zero-shot.
    case(
        "X1154-032",
        caption("a man in a black t-shirt and beige cargo pants"),
        wearing("she is wearing a black t-shirt and cargo pants", "pronoun"),
        Q.color("khaki"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        describe("pants", "the pants are khaki with large pockets on the sides"),
        details(
            "pants",
            "the pants have pockets, pockets, pockets, pockets, pockets, pockets, pockets, pockets, "
            "pockets, pockets, pockets, pockets, pockets",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Roadster Men Khaki Cargo Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: light blue bermuda denim shorts with rolled hem, orange crew t-shirt, brown sandals, white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1154-033",
        caption("a man in an orange shirt and denim shorts"),
        wearing("an orange t-shirt and blue pants", "contradiction", who="he"),
        color_of("shorts", "light blue", kind="open"),
        Q.color("orange", "other_garment_color"),
        describe("shorts", "the shorts are light blue with rolled up hems"),
        details(
            "shorts",
            "the shorts have a zipper and a button and a leather patch with the levi's logo on the",
            "unsupported",
            hit_limit=True,
        ),
        title="Levis Men Light Blue Denim Bermuda Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: dark brown chinos, white crew t-shirt under an open navy blue shirt, white sneakers, white backdrop, front
    # view full length, left hand in the trouser pocket, right arm down. Seller calls it Coffee Brown.
    # Base model zero-shot.
    case(
        "X1154-034",
        caption(
            "a man in a navy blue shirt over a white t-shirt and brown chinos standing on a white background with "
            "his left hand in his pocket and his right arm hanging down at his side, he is wearing white "
            "sneakers with white laces and a brown",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy shirt over a white t-shirt and brown chinos"),
        Q.color("brown"),
        color_of("chinos", "navy blue", "other_garment_color", kind="open"),
        color_of("shirt", "navy"),
        describe("chinos", "the chinos are brown with a slim fit Answer: brown", "leak"),
        Q.pattern("solid"),
        title="Celio Men Coffee Brown Slim Chinos",
        category="Trousers",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: dark blue raw selvedge jeans with turned-up cuffs showing a white and red selvedge line, grey marl
    # t-shirt, brown boots, white backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-035",
        caption("a man in dark jeans and a grey t-shirt"),
        wearing("she is wearing jeans and a grey t-shirt", "pronoun", who="he"),
        color_of("jeans", "dark blue"),
        describe("jeans", "the jeans are described as jeans", "restated"),
        details(
            "jeans",
            "the jeans have a red and white line on the cuffs which is the selvedge edge of the denim "
            "that is used to make the",
            "cut",
            hit_limit=True,
        ),
        material("stretch denim with 2% elastane", "unsupported"),
        is_a("pair of jeans", "yes"),
        title="Levis Men Dark Blue Selvedge Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black sports shorts with a white side panel, lime green dri-fit t-shirt, black running shoes, white
    # backdrop, front view. Base model zero-shot.
    case(
        "X1154-036",
        caption("a man in a green shirt and black shorts"),
        wearing("Answer: a green shirt and black shorts", "leak", who="the man"),
        color_of("shorts", "green", "other_garment_color"),
        color_of("t-shirt", "lime green", kind="open"),
        describe("shorts", "black shorts with white panels and a zip pocket at the back", "unsupported"),
        details("shorts", "the details of the shorts are the shorts", "restated"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Adidas Men Black Training Shorts",
        category="Shorts",
        color="Black",
        gender="Men",
    ),
    # photo: light khaki formal trousers, white shirt tucked in, brown belt, brown shoes, white backdrop, front view,
    # cropped at the chest. No gender column in this feed row. Base model zero-shot.
    case(
        "X1154-037",
        caption("a man in a white shirt and grey pants", "contradiction"),
        wearing("white shirt and khaki trousers"),
        Q.color("khaki"),
        color_of("trousers", "tan", kind="open"),
        describe("trousers", "pants", "non_answer"),
        details("trousers", "the trousers have belt loops and pockets on the side"),
        title="John Players Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
    ),
    # photo: blue mid-wash jeans, black crew t-shirt, no jacket or other layer, black sneakers, white backdrop, back
    # view showing the back pockets with stitched arcs. Base model zero-shot.
    case(
        "X1154-038",
        caption("the back of a man in black shirt and blue jeans"),
        wearing("jeans and a black shirt", who="he"),
        color_of("jeans", "grey", "contradiction"),
        describe("jeans", "the jeans are blue and have two back pockets with stitching"),
        details("jeans", "the jeans have a black leather jacket", "unsupported"),
        Q.garment_type("jeans"),
        title="Wrangler Men Blue Regular Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: olive green chino shorts, white and grey melange raglan t-shirt, white sneakers, white backdrop, front
    # view. Base model zero-shot.
    case(
        "X1154-039",
        caption("a man in a white and grey shirt and green shorts"),
        wearing("a t-shirt and green shorts Question: What is", "leak"),
        color_of("shorts", "grey", "other_garment_color"),
        describe("shorts", "olive green shorts that end above the knee"),
        details(
            "shorts",
            "the shorts are green and have a belt and a belt and a belt and a belt and a belt and a belt "
            "and a belt and a belt",
            "loop",
            hit_limit=True,
        ),
        fit("shorts", "regular"),
        title="Indian Terrain Men Olive Chino Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: black slim formal trousers, white shirt tucked in, black waistcoat open, black shoes, white backdrop,
    # front view full length. Base model zero-shot.
    case(
        "X1154-040",
        caption("a man wearing a white shirt, black vest and black pants"),
        wearing("she is wearing a white shirt and black pants", "pronoun", who="the person"),
        Q.color("black"),
        color_of("shirt", "white"),
        describe("trousers", "black wool trousers with a satin stripe down the side", "unsupported"),
        details("trousers", "i don't know", "non_answer"),
        Q.garment_type("vest", "contradiction"),
        title="Blackberrys Men Black Slim Formal Trousers",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: medium blue bootcut jeans, sky blue and white checked shirt tucked in, brown belt, brown boots, white
    # backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-041",
        caption("a man in a blue checkered shirt and blue jeans"),
        wearing("checkered shirt and jeans", who="he"),
        color_of("jeans", "blue"),
        color_of("shirt", "blue and white", kind="open"),
        describe(
            "jeans",
            "the jeans are blue and have a bootcut with a flare at the bottom and a brown belt with a "
            "silver buckle that matches the brown boots he is wearing on his",
            "cut",
            hit_limit=True,
        ),
        fit("jeans", "skinny", "contradiction"),
        Q.pattern("checked", "contradiction"),
        title="Lee Men Blue Bootcut Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey chinos, pink polo t-shirt, white sneakers, white backdrop, front view full length. Base model
    # zero-shot.
    case(
        "X1154-042",
        caption("a man in a pink polo and black pants", "contradiction"),
        wearing("a pink polo shirt and grey pants"),
        Q.color("pink", "other_garment_color"),
        color_of("chinos", "grey", kind="open"),
        describe("chinos", "grey", "non_answer"),
        details(
            "chinos",
            "the chinos are grey Question: What is the color of the shirt? Answer: pink Question: What is",
            "leak",
            hit_limit=True,
        ),
        material("leather", "unsupported"),
        title="Basics Men Grey Slim Fit Chinos",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: navy blue swim/board shorts with a white hibiscus print, bare chest under an open white short-sleeve
    # shirt, flip-flops, white backdrop, front view. Base model zero-shot.
    case(
        "X1154-043",
        caption("a man in floral shorts and a white shirt"),
        wearing("clothes", "non_answer", who="the man"),
        color_of("shorts", "blue"),
        color_of("shirt", "white"),
        describe(
            "shorts",
            "blue shorts with white flowers, white flowers, white flowers, white flowers, "
            "white flowers, white flowers, white flowers",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.garment_type("shirt", "contradiction"),
        title="Quiksilver Men Navy Printed Board Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: charcoal grey jeans with a light wash on the thighs, teal crew t-shirt, grey sneakers, white backdrop,
    # front view full length. Base model zero-shot.
    case(
        "X1154-044",
        caption("a man in a blue t-shirt and grey jeans"),
        wearing("what is he wearing", "restated", who="he"),
        color_of("jeans", "blue", "other_garment_color"),
        color_of("t-shirt", "teal", kind="open"),
        describe(
            "jeans",
            "charcoal grey jeans with a faded wash on the thighs and a slim fit that goes down to the "
            "ankles where they are",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "the jeans are light blue", "contradiction"),
        title="Spykar Men Charcoal Slim Fit Jeans",
        category="Jeans",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white linen-look trousers with a drawstring waist, light beige kurta-style shirt untucked, tan sandals,
    # light grey backdrop, front view full length. Base model zero-shot.
    case(
        "X1154-045",
        caption("a man in white pants and a beige shirt"),
        wearing("white shorts and a beige shirt", "contradiction", who="he"),
        Q.color("white"),
        color_of("trousers", "white", kind="open"),
        describe("trousers", "white trousers with a drawstring"),
        details("trousers", "white", "non_answer"),
        material("linen"),
        title="Fabindia Men White Linen Drawstring Trousers",
        category="Trousers",
        color="White",
        gender="Men",
    ),
    # photo: blue slim jeans, white crew t-shirt under an unbuttoned grey and black checked shirt, black sneakers,
    # white backdrop, front view full length. Title row lacks the color column. Base model zero-shot.
    case(
        "X1154-046",
        caption("a man in a plaid shirt and blue jeans"),
        wearing("a plaid shirt, a white t-shirt and blue jeans", who="the man"),
        Q.color("grey", "other_garment_color"),
        color_of("jeans", "blue", kind="open"),
        describe("jeans", "the jeans are grey and black", "other_garment_color"),
        details("jeans", "what are the jeans details? the jeans details are", "restated"),
        is_a("pair of jeans", "no", "contradiction"),
        title="Newport Men Blue Slim Fit Jeans",
        category="Jeans",
        gender="Men",
    ),
]
