"""BLIND_758 (46 products; Myntra women's western bottoms worn with tops, captions and answers by the VQA adapter):
written blind in the fifty-fifth session. Measured blind at 6e339a9 (the session's fifth rules): 104/116 failures found
(89.7%) and 1/170 correct texts flagged (0.6%). The writer's notes, verbatim:

Scenario: a Myntra-like women's western wear feed of skirts, shorts, jeans, jeggings, capris and trousers. Every
photo is a catalog shot on a white studio backdrop, the model wearing the labelled bottom with a top (tee, shirt,
tank, sweater, hoodie, a jacket over a tee once), mostly front view, one back view. The catalog columns are the
seller's title, category (article type), color (base colour) and gender; one row lacks its color, one its gender.

Who wrote what: every caption and every open answer is free generation by the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA on blip2-opt-2.7b, greedy, 50 new tokens for captions, 30 for answers). It was
trained on VQA pairs only, without an end token and with the prompt in the loss, so its captions are short
answer-like phrases (sometimes a single color), it keeps going after the answer (loops of a phrase, answers cut at
the limit, or a new "Question: ... Answer:" block), and it often gives the bottom the top's color. Closed answers
(color, pattern, garment type, fit, length, "Is this a ...?") come from enrich's --engine reference over the same
adapter: one candidate value each, never looped or cut, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- The product is always the bottom in the title. A color that belongs to the top (or jacket) given to the bottom is
  other_garment_color; so is the product's color given to the top ("one color for two garments"). A wrong color
  that no garment in the photo has, or a shade outside the seller's color family, is contradiction.
- A pattern or material that belongs to the top given to the bottom (striped jeans, polka-dot jeans, denim shorts
  under a denim shirt) is contradiction, as is a wrong garment type, fit or length, and a wrong yes/no.
- Shades inside the seller's family count as correct: olive -> green, khaki -> beige, cream -> white, maroon ->
  red, peach -> pink, teal -> blue, navy -> blue or dark blue, "plaid" for gingham checks, "leggings" for jeggings.
- unsupported: details the photo does not show (pleats, slits, belts, lace, back zips on a front view, a handbag)
  and fibre claims the photo cannot show and the title does not name (wool, linen, rayon, percentages, linings); a
  plain fibre the title names or the photo shows (denim, satin, corduroy, faux leather, linen in a linen-blend
  title) is correct.
- A text that loops until the token limit is loop (hit_limit), even when the loop starts after a correct answer; a
  text cut mid-phrase at the limit without repeating is cut. A text carrying a "Question:" or "Answer:" block is
  leak even when it also repeats or is cut.
- non_answer: an empty-of-content reply to an open question: "yes", the garment's name alone, "the pants", "the
  shorts are short", a lone right color for a description, or a lone color as a whole caption (a lone wrong color
  that belongs to the top is other_garment_color). restated: a sentence that only turns the question back
  ("the details of the pants are the details of the pants", the question echoed back). A sentence that starts
  from the question's words but then answers ("the details of the pants are red and wide") is correct.
- pronoun: "he", "his" or "a man" for a Women's row. The row without a gender gets no pronoun label.
- One label per text: the failure a reader would name first.
"""

from tests.audit_corpus import BLIND_QUESTIONS as P
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing

fit = question("fit", "What is the fit of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")

BLIND_758 = [
    # photo: mid-blue skinny jeans, white crew-neck tee tucked in, white sneakers, white backdrop, front view.
    # VQA adapter: caption, wearing, details; reference engine: colors, fit.
    case(
        "X758-001",
        caption("a woman wearing a white t-shirt and black jeans", failure="contradiction"),
        wearing("a white t-shirt and blue skinny jeans"),
        color_of("jeans", "blue"),
        color_of("top", "white"),
        details(
            "jeans",
            "five pockets, button closure, skinny fit, skinny fit, skinny fit, skinny fit, skinny fit, skinny fit, "
            "skinny",
            failure="loop",
            hit_limit=True,
        ),
        fit("skinny"),
        describe("jeans", "jeans", failure="non_answer"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: plain black A-line mini skirt (no pleats, zip hidden), mustard ribbed sleeveless top tucked in, black
    # ankle boots, white backdrop, front view. VQA adapter: caption, wearing, description; reference: the rest.
    case(
        "X758-002",
        caption("a woman in a yellow top and black skirt"),
        wearing("a yellow tank top and a black mini skirt", who="she"),
        color_of("skirt", "yellow", failure="other_garment_color"),
        is_a("skirt", "yes"),
        describe(
            "skirt", "the skirt is black with a pleated front and a gold zipper on the side", failure="unsupported"
        ),
        length("mini"),
        title="DressBerry Women Black Solid A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: navy shorts with a small white floral print, paperbag waist with a self-tie belt, white cami top,
    # white backdrop, front view. VQA adapter: caption, wearing, details; reference: color, pattern.
    case(
        "X758-003",
        caption("a woman wearing a white top and blue floral shorts"),
        wearing("a white camisole and navy blue shorts with white flowers"),
        color_of("shorts", "white", failure="other_garment_color"),
        P.pattern("floral"),
        details(
            "shorts",
            "the shorts have a floral print all over, a paperbag waist with a tie belt in the same fabric, two "
            "side pockets and a",
            failure="cut",
            hit_limit=True,
        ),
        material("rayon", failure="unsupported"),
        title="Vero Moda Women Navy Blue Floral Print Paperbag Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: dark indigo skinny jeans, grey melange sweatshirt half-tucked, white backdrop, front view.
    # VQA adapter: caption, wearing, description, material; reference: color, yes/no.
    case(
        "X758-004",
        caption("a woman in a grey sweatshirt and dark blue jeans"),
        wearing("he is wearing a grey sweatshirt and jeans", failure="pronoun"),
        color_of("jeans", "grey", failure="other_garment_color"),
        is_a("jeans", "yes", article="a pair of"),
        describe(
            "jeans",
            "dark blue skinny jeans with a mid rise, copper rivets and a leather patch at the back",
            failure="unsupported",
        ),
        material("denim"),
        title="Levis Women 711 Skinny Fit Dark Blue Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: beige high-waisted wide-leg pleated trousers with a thin black belt, black short-sleeve top tucked in,
    # black heels, white backdrop, front view. VQA adapter: caption, wearing, details; reference: the rest.
    case(
        "X758-005",
        caption("a woman wearing black top and beige pants"),
        wearing("black top, white trousers and a black belt", failure="contradiction"),
        color_of("pants", "black", failure="other_garment_color"),
        P.garment_type("trousers"),
        details(
            "pants",
            "pleated front, belt loops, a black belt, wide legs, wide legs, wide legs, wide legs, wide legs, wide "
            "legs, wide legs",
            failure="loop",
            hit_limit=True,
        ),
        fit("wide leg"),
        title="Mango Women Beige Regular Fit Solid Pleated Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: red-and-black tartan check mini skirt, black long-sleeve fitted tee tucked in, white backdrop, front
    # view. VQA adapter: caption, wearing, description; reference: pattern, color, yes/no.
    case(
        "X758-006",
        caption("a woman in a black shirt and a red plaid skirt"),
        wearing("black top and a plaid skirt"),
        P.pattern("checked"),
        color_of("skirt", "red"),
        describe(
            "skirt",
            "red plaid skirt Question: Describe the skirt. Answer: red plaid skirt Question: Describe the skirt. "
            "Answer: red plaid",
            failure="leak",
            hit_limit=True,
        ),
        is_a("skirt", "no", failure="contradiction"),
        title="FOREVER 21 Women Red & Black Checked A-Line Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: olive cotton cargo shorts with flap side pockets and rolled hems, white tee with a black text print,
    # white backdrop, front view. VQA adapter: caption, wearing, details, description, material; reference: color.
    case(
        "X758-007",
        caption("a woman wearing a white t - shirt and green shorts"),
        wearing("a white graphic tee and olive cargo shorts", who="she"),
        color_of("shorts", "green"),
        details("shorts", "flap pockets on the sides, rolled up hems, belt loops"),
        describe("shorts", "the shorts are short", failure="non_answer"),
        material("100% cotton twill with 2% elastane for stretch", failure="unsupported"),
        title="Roadster Women Olive Green Solid Cotton Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: light-wash boyfriend jeans, ripped knees, rolled cuffs, black-and-white striped Breton long-sleeve tee,
    # white backdrop, front view. VQA adapter: caption, wearing, details; reference: color, pattern, fit.
    case(
        "X758-008",
        caption("a woman in a striped shirt and ripped jeans"),
        wearing("a striped shirt and light blue ripped jeans"),
        color_of("jeans", "light blue"),
        P.pattern("striped", failure="contradiction"),
        details("jeans", "ripped knees, rolled up cuffs and a faded wash"),
        describe("jeans", "light blue boyfriend jeans with rips at the knees and a black belt", failure="unsupported"),
        fit("skinny", failure="contradiction"),
        title="Kraus Jeans Women Light Blue Boyfriend Fit Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black high-waisted wide-leg pleated trousers, white satin button-up shirt tucked in, white backdrop,
    # front view. VQA adapter: caption, wearing, description, details; reference: colors.
    case(
        "X758-009",
        caption("a woman wearing a white shirt and black pants"),
        wearing("he is wearing a white shirt and black pants", failure="pronoun"),
        color_of("pants", "black"),
        color_of("shirt", "white"),
        describe(
            "pants",
            "black wide leg pants with a high waist, pleats and a satin stripe down the side",
            failure="unsupported",
        ),
        details("pants", "the details of the pants are the details of the pants", failure="restated"),
        title="SASSAFRAS Women Black Flared Pleated Parallel Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: white denim shorts with frayed hems, sky-blue off-shoulder top, white backdrop, front view.
    # VQA adapter: caption, wearing, details, material; reference: color, yes/no.
    case(
        "X758-010",
        caption("a woman in a blue top and white shorts"),
        wearing("a blue off shoulder top and white denim shorts"),
        color_of("shorts", "blue", failure="other_garment_color"),
        is_a("shorts", "yes", article="a pair of"),
        details(
            "shorts",
            "frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed hem, frayed",
            failure="loop",
            hit_limit=True,
        ),
        material("denim"),
        title="Tokyo Talkies Women White Solid Denim Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: maroon knee-length pencil skirt (no belt), cream blouse with a ruffled neck tucked in, nude heels, white
    # backdrop, front view. VQA adapter: caption, wearing, description; reference: color, length, type.
    case(
        "X758-011",
        caption("a woman wearing a white blouse and red skirt"),
        wearing("a white blouse and a red pencil skirt", who="she"),
        color_of("skirt", "brown", failure="contradiction"),
        length("knee length"),
        describe("skirt", "a maroon pencil skirt with a slit at the back and a leather belt", failure="unsupported"),
        P.garment_type("skirt"),
        details(
            "skirt",
            "back slit, concealed zip, knee length, back slit, concealed zip, knee length, back slit, concealed zip",
            failure="loop",
            hit_limit=True,
        ),
        title="AND Women Maroon Solid Pencil Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: black slim jeans, brown-black-beige leopard print shirt worn untucked, white backdrop, front view.
    # VQA adapter: caption, wearing, description, details; reference: color.
    case(
        "X758-012",
        caption("a woman wearing a leopard print shirt and black jeans"),
        wearing("leopard print shirt and blue jeans", failure="contradiction"),
        color_of("jeans", "black"),
        describe("jeans", "the jeans are black and the shirt is leopard print"),
        details(
            "jeans",
            "black jeans with a zipper Question: What are the jeans details? Answer: black jeans with a zipper",
            failure="leak",
        ),
        title="Pepe Jeans Women Black Slim Fit Mid-Rise Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow cropped culotte trousers, navy-and-white striped sleeveless top, white backdrop, front
    # view. VQA adapter: caption, wearing, details; reference: colors, length.
    case(
        "X758-013",
        caption("a woman in a striped top and yellow pants"),
        wearing("a striped tank top and yellow culottes"),
        color_of("pants", "yellow"),
        color_of("top", "yellow", failure="other_garment_color"),
        length("cropped"),
        details(
            "pants",
            "wide legs, cropped length, side pockets, a high waist with a pleated front, with a pleated front and a "
            "high waist, with a pleated front and",
            failure="loop",
            hit_limit=True,
        ),
        title="Harpa Women Mustard Yellow Solid Cropped Culotte Trousers",
        category="Trousers",
        color="Mustard",
        gender="Women",
    ),
    # photo: mid-blue knee-length denim A-line skirt, metal button front, two patch pockets, raw hem, white eyelet
    # short-sleeve top tucked in, white backdrop, front view. VQA adapter: caption, wearing, details, material.
    case(
        "X758-014",
        caption("a woman in a white top and a denim skirt"),
        wearing("she is wearing a white top and a blue denim skirt", who="she"),
        color_of("skirt", "white", failure="other_garment_color"),
        details(
            "skirt",
            "the skirt has a row of metal buttons down the front, two patch pockets, belt loops and a raw hem, it "
            "is knee length and it has a",
            failure="cut",
            hit_limit=True,
        ),
        material("denim"),
        is_a("skirt", "yes"),
        title="Mast & Harbour Women Blue Denim A-Line Button-Front Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange jogger trousers, black drawstring, cuffed ankles, black crop top, white sneakers, white
    # backdrop, front view. VQA adapter: caption, wearing, description, material; reference: color, type.
    case(
        "X758-015",
        caption("a woman wearing a black crop top and black sweatpants", failure="other_garment_color"),
        wearing("black crop top and grey joggers"),
        color_of("pants", "black", failure="other_garment_color"),
        describe("pants", "grey joggers with elastic cuffs and a drawstring waist"),
        P.garment_type("pants"),
        material("fleece lined cotton blend with a brushed interior", failure="unsupported"),
        title="ONLY Women Grey Melange Regular Fit Solid Jogger Trousers",
        category="Trousers",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: pink flared skater skirt above the knee, white tee with a small black text graphic, white backdrop,
    # front view. VQA adapter: caption, wearing, description; reference: color, length, pattern, yes/no.
    case(
        "X758-016",
        caption("a woman in a white shirt and pink skirt"),
        wearing("white t - shirt and pink skirt"),
        color_of("skirt", "pink"),
        describe("skirt", "yes", failure="non_answer"),
        length("mini"),
        P.pattern("solid"),
        is_a("dress", "yes", failure="contradiction"),
        details(
            "skirt",
            "Question: What are the skirt details? Answer: flared Question: What are the skirt details? Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Miss Chase Women Pink Solid Skater Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue straight jeans, red-and-white gingham shirt knotted at the waist, white backdrop, front view.
    # VQA adapter: caption, wearing, details; reference: colors, fit.
    case(
        "X758-017",
        caption("a woman in a red checkered shirt and blue jeans"),
        wearing("red plaid shirt and blue jeans"),
        color_of("jeans", "red", failure="other_garment_color"),
        color_of("shirt", "red"),
        fit("straight"),
        details(
            "jeans",
            "straight legs, a mid blue wash, five pockets, a button fly and a red shirt knotted at the waist "
            "over the belt loops and the",
            failure="cut",
            hit_limit=True,
        ),
        title="Wrangler Women Blue Straight Fit Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: navy slim formal trousers with pressed creases, light pink formal shirt tucked in, black belt, white
    # backdrop, front view. VQA adapter: caption, wearing, description, details, material; reference: color.
    case(
        "X758-018",
        caption("a woman in a pink shirt and blue pants"),
        wearing("a pink shirt, navy trousers and a black belt"),
        color_of("pants", "black", failure="contradiction"),
        describe("pants", "navy blue formal trousers with a flat front and creases"),
        details("pants", "pants", failure="non_answer"),
        material("wool", failure="unsupported"),
        title="Allen Solly Woman Navy Blue Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: khaki chino shorts with turn-up hems and slant pockets, navy-and-white striped polo tee, white
    # backdrop, front view. VQA adapter: caption, wearing, details; reference: colors, type.
    case(
        "X758-019",
        caption("a man in a striped shirt and khaki shorts", failure="pronoun"),
        wearing("a blue striped polo shirt and beige shorts", who="she"),
        color_of("shorts", "beige"),
        color_of("shirt", "blue"),
        details(
            "shorts",
            "turn up hem, belt loops, slant pockets, slant pockets, slant pockets, slant pockets, slant pockets, "
            "slant pockets",
            failure="loop",
            hit_limit=True,
        ),
        P.garment_type("shorts"),
        title="United Colors of Benetton Women Khaki Solid Chino Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: flowing maxi skirt with large pink and orange flowers on a white ground, plain black tank top, white
    # backdrop, front view. VQA adapter: caption, wearing, description, details; reference: color, pattern, length.
    case(
        "X758-020",
        caption("a woman in a black tank top and a floral maxi skirt"),
        wearing("black tank top and floral skirt"),
        color_of("skirt", "black", failure="other_garment_color"),
        P.pattern("floral"),
        length("maxi"),
        describe(
            "skirt",
            "a long floral skirt with a slit Question: What is the color of the skirt? Answer: white",
            failure="leak",
        ),
        details("skirt", "the skirt details are the skirt details", failure="restated"),
        title="Femella Women Multicoloured Floral Print Flared Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: black jeggings, long white tunic-length shirt covering the hips, white backdrop, front view.
    # VQA adapter: caption, wearing, details; reference: color, type.
    case(
        "X758-021",
        caption("a woman wearing a white shirt and black leggings"),
        wearing("white long shirt and black jeggings"),
        color_of("pants", "white", failure="other_garment_color"),
        details(
            "pants",
            "skinny fit, elastic waist, and a white shirt, and a white shirt, and a white shirt, and a white shirt, "
            "and a white",
            failure="loop",
            hit_limit=True,
        ),
        P.garment_type("leggings"),
        describe("pants", "black", failure="non_answer"),
        title="Lee Women Black Skinny Fit Mid-Rise Jeggings",
        category="Jeggings",
        color="Black",
        gender="Women",
    ),
    # photo: rust linen-blend shorts, paperbag waist with a fabric belt, white linen shirt tucked in, one hand on
    # the hip, white backdrop, front view. VQA adapter: caption, wearing, description, material; reference: rest.
    case(
        "X758-022",
        caption(
            "a woman wearing a white shirt and orange shorts with a belt tied at the waist, standing with one hand "
            "on her hip and the other arm down by her side, with the shirt tucked into the",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a white shirt and orange shorts with a belt"),
        color_of("shorts", "orange"),
        material("linen"),
        describe(
            "shorts",
            "the shorts are orange with a belt at the waist, the shorts are orange with a belt at the waist, the "
            "shorts are orange with a",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes", failure="contradiction"),
        title="Vero Moda Women Rust Solid Linen Blend Paperbag Shorts",
        category="Shorts",
        color="Rust",
        gender="Women",
    ),
    # photo: washed grey high-rise mom jeans, tapered legs, light whiskering, lilac cropped sweatshirt, white
    # backdrop, front view. VQA adapter: caption, wearing, description, details; reference: color, fit.
    case(
        "X758-023",
        caption("a woman wearing a purple sweatshirt and grey jeans"),
        wearing("a purple top and grey jeans"),
        color_of("jeans", "purple", failure="other_garment_color"),
        describe("jeans", "grey high waisted jeans"),
        fit("relaxed"),
        details(
            "jeans",
            "high waist, tapered legs, light whiskering at the hips, five pockets, a button and zip fly, and the "
            "hems are",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Women Grey Mom Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Grey",
        gender="Women",
    ),
    # photo: cream wide-leg trousers with a drawstring waist, navy short-sleeve knit top, white backdrop, front
    # view. VQA adapter: caption, wearing, description, material; reference: colors.
    case(
        "X758-024",
        caption("a woman in a blue top and white pants"),
        wearing("a navy blue top and white wide leg pants", who="she"),
        color_of("pants", "white"),
        color_of("top", "white", failure="other_garment_color"),
        describe("pants", "cream wide leg pants with a drawstring waist"),
        details(
            "pants",
            "drawstring waist, wide legs, side pockets, and the top is navy blue with short sleeves and a round "
            "neck and a",
            failure="cut",
            hit_limit=True,
        ),
        material(
            "cotton Question: What material is the garment made of? Answer: cotton Question: What material is the",
            failure="leak",
        ),
        title="Marks & Spencer Women Cream-Coloured Solid Wide Leg Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: light-blue distressed high-rise denim shorts with frayed hems, red crop tank top, white backdrop,
    # three-quarter view. VQA adapter: caption, wearing, details, description; reference: color, yes/no.
    case(
        "X758-025",
        caption("a woman wearing a red top and denim shorts"),
        wearing("red tank top and blue jean shorts"),
        color_of("shorts", "blue"),
        details(
            "shorts",
            "frayed hem, distressed, high waisted, with a lace-up front and a studded waistband",
            failure="unsupported",
        ),
        describe("shorts", "red", failure="other_garment_color"),
        is_a("skirt", "no"),
        title="Jealous 21 Women Blue Washed High-Rise Distressed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: emerald green satin bias-cut midi slip skirt (plain hem), black fitted turtleneck, white backdrop,
    # front view. VQA adapter: caption, wearing, material, description; reference: color, length.
    case(
        "X758-026",
        caption("black", failure="non_answer"),
        wearing("a black turtleneck and a green satin skirt"),
        color_of("skirt", "green"),
        material("satin"),
        length("midi"),
        describe(
            "skirt",
            "a green silk skirt with a ruffled hem and a slit on the side and lace trim at the hem",
            failure="unsupported",
        ),
        title="Kazo Women Green Solid Satin Midi Slip Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: back view: dark blue bootcut jeans with arcuate stitching on the back pockets, red tab and leather
    # waist patch, white tank top, white backdrop. VQA adapter: caption, wearing, details; reference: the rest.
    case(
        "X758-027",
        caption("the back of a woman wearing blue jeans and a white tank top"),
        wearing("a man wearing a white tank top and blue jeans", failure="pronoun"),
        color_of("jeans", "blue"),
        details("jeans", "back pockets with stitching, a red tab on the pocket and a leather patch"),
        fit("skinny", failure="contradiction"),
        P.garment_type("jeans"),
        P.material(
            "Answer: denim Answer: denim Answer: denim Answer: denim Answer: denim Answer: denim Answer: denim Answer:",
            failure="leak",
            hit_limit=True,
        ),
        title="Levis Women Blue Bootcut Mid-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black palazzo trousers with thin vertical white pinstripes, plain white sleeveless top, white
    # backdrop, front view. VQA adapter: caption, wearing, description, details; reference: color, pattern.
    case(
        "X758-028",
        caption("a woman in a white top and black and white striped pants"),
        wearing("a white tank top and grey pants", failure="contradiction"),
        color_of("pants", "black"),
        P.pattern("striped"),
        describe("pants", "black and white striped wide leg pants"),
        details(
            "pants",
            "vertical stripes, elastic waist, wide legs, side pockets and a matching belt with a gold buckle",
            failure="unsupported",
        ),
        title="StyleStone Women Black & White Striped Palazzo Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: black faux-leather mini skirt with a front zip, grey-white marl cropped knit sweater, no bag, white
    # backdrop, front view. VQA adapter: caption, wearing, material, details; reference: color, yes/no.
    case(
        "X758-029",
        caption(
            "a woman wearing a grey sweater and a black leather skirt with a zipper on the front and a black handbag",
            failure="unsupported",
        ),
        wearing(
            "she is wearing a grey sweater and a black leather skirt with a black leather skirt with a black "
            "leather skirt with a black leather skirt",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        color_of("skirt", "black"),
        material("faux leather"),
        details("skirt", "front zip, mini length"),
        is_a("skirt", "yes"),
        title="Trend Arrest Women Black Solid Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: teal cotton shorts with a drawstring and turned-up hems, white crochet top, white backdrop, front
    # view. VQA adapter: caption, wearing, details, material, description; reference: color.
    case(
        "X758-030",
        caption(
            "Question: What is the woman wearing? Answer: a white top and blue shorts Question: What is the color "
            "of the shorts? Answer: blue Question: What",
            failure="leak",
            hit_limit=True,
        ),
        wearing("white crochet top and teal shorts"),
        color_of("shorts", "white", failure="other_garment_color"),
        details("shorts", "shorts", failure="non_answer"),
        material("cotton"),
        describe("shorts", "a pair of teal shorts with a drawstring waist and turned up hems"),
        title="HERE&NOW Women Teal Blue Solid Cotton Regular Shorts",
        category="Shorts",
        color="Teal",
        gender="Women",
    ),
    # photo: white high-rise flared jeans with raw hems, black-and-white polka-dot blouse, white backdrop, front
    # view. VQA adapter: caption, wearing, description; reference: color, pattern, fit.
    case(
        "X758-031",
        caption("a woman wearing a polka dot blouse and white jeans"),
        wearing("black and white polka dot shirt and white flared jeans"),
        color_of("jeans", "black", failure="other_garment_color"),
        P.pattern("polka dots", failure="contradiction"),
        fit("flared"),
        describe("jeans", "the jeans are white with a flared leg and a raw hem"),
        title="Mango Women White Flared High-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: peach accordion-pleated midi skirt, white shirt with rolled sleeves tucked in, white backdrop, front
    # view. VQA adapter: caption, wearing, details, description; reference: color, pattern.
    case(
        "X758-032",
        caption("a woman in a white shirt and a pink pleated skirt"),
        wearing("white shirt and peach pleated skirt", who="she"),
        color_of("skirt", "orange", failure="contradiction"),
        P.pattern("solid"),
        details("skirt", "the skirt has pleats"),
        describe(
            "skirt",
            "she is wearing a white shirt and a pink pleated skirt. she is wearing a white shirt and a pink pleated "
            "skirt. she is",
            failure="loop",
            hit_limit=True,
        ),
        title="Athena Women Peach-Coloured Accordion Pleated Midi Skirt",
        category="Skirts",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue slim jeans, olive utility jacket worn open over a white tee, white backdrop, front view.
    # VQA adapter: caption, wearing, description, material; reference: color, yes/no.
    case(
        "X758-033",
        caption("a woman in a green jacket and blue jeans"),
        wearing("green jacket, white t-shirt and blue jeans"),
        color_of("jeans", "green", failure="other_garment_color"),
        is_a("jeans", "no", failure="contradiction", article="a pair of"),
        describe("jeans", "blue jeans, a green jacket and a white shirt"),
        details("jeans", "what are the jeans details", failure="restated"),
        material("denim"),
        title="Flying Machine Women Blue Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: grey glen-check cropped slim formal trousers, black blouse tucked in, white backdrop, front view.
    # VQA adapter: caption, wearing, details, material; reference: color, pattern.
    case(
        "X758-034",
        caption("a woman in a black top and grey plaid pants"),
        wearing("black blouse and grey checked trousers"),
        color_of("pants", "grey"),
        P.pattern("checked"),
        details(
            "pants",
            "checked pattern, cropped length, a slim fit, belt loops, slant pockets, a hook and bar closure, a zip "
            "fly and a crease down the",
            failure="cut",
            hit_limit=True,
        ),
        material("wool blend with a touch of spandex", failure="unsupported"),
        title="Van Heusen Woman Grey Checked Slim Fit Cropped Formal Trousers",
        category="Trousers",
        color="Grey",
        gender="Women",
    ),
    # photo: white cotton shorts with scalloped eyelet-embroidered hems, chambray blue shirt knotted at the waist,
    # white backdrop, front view. VQA adapter: caption, wearing, details, material; reference: color.
    case(
        "X758-035",
        caption("a woman wearing a blue shirt and white shorts"),
        wearing("he is wearing a blue denim shirt and white shorts", failure="pronoun"),
        color_of("shorts", "white"),
        details("shorts", "scalloped hem with eyelet embroidery"),
        describe(
            "shorts",
            "white shorts with a blue shirt tied at the waist and white shorts with a blue shirt tied at the waist and "
            "white shorts with a blue shirt tied",
            failure="loop",
            hit_limit=True,
        ),
        material("denim", failure="contradiction"),
        title="DressBerry Women White Cotton Schiffli Embroidered Shorts",
        category="Shorts",
        color="White",
        gender="Women",
    ),
    # photo: tan-brown corduroy straight trousers, cream cable-knit sweater front-tucked, white backdrop, front
    # view. VQA adapter: caption, wearing, material, description; reference: color.
    case(
        "X758-036",
        caption(
            "a woman wearing a white sweater and brown pants and a white sweater and brown pants and a white "
            "sweater and brown pants and a white sweater and brown pants and a white sweater and",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white sweater and brown corduroy pants", who="she"),
        color_of("pants", "brown"),
        material("corduroy"),
        describe(
            "pants",
            "brown corduroy pants with a high waist and straight legs and the sweater is tucked in at the front "
            "with a cable knit pattern on the",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Women Brown Solid Corduroy Straight Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: blue-and-white horizontally striped wrap mini skirt with a side tie, plain yellow tee tucked in, white
    # backdrop, front view. VQA adapter: caption, wearing, details; reference: color, pattern, yes/no.
    case(
        "X758-037",
        caption("a woman in a yellow shirt and a blue and white striped skirt"),
        wearing("yellow t - shirt and a striped skirt"),
        color_of("skirt", "yellow", failure="other_garment_color"),
        P.pattern("striped"),
        details(
            "skirt",
            "wrap style with a tie at the side, wrap style with a tie at the side, wrap style with a tie at the "
            "side, wrap style",
            failure="loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        title="ONLY Women Blue & White Striped Wrap Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black cotton capris ending below the knee with small hem buttons, coral sleeveless top, white
    # backdrop, front view. VQA adapter: caption, wearing, details, description; reference: color, length.
    case(
        "X758-038",
        caption("a woman wearing an orange top and black capri pants"),
        wearing("orange top and black pants"),
        color_of("pants", "orange", failure="other_garment_color"),
        length("cropped"),
        details("pants", "buttons at the hem"),
        describe(
            "pants",
            "black capri pants Question: What is the color of the pants? Answer: black Question: What are the",
            failure="leak",
            hit_limit=True,
        ),
        title="Harpa Women Black Solid Cotton Capris",
        category="Capris",
        color="Black",
        gender="Women",
    ),
    # photo: bright red wide-leg trousers, white-and-black striped tee tucked in, white backdrop, front view.
    # VQA adapter: caption, wearing, description, details; reference: colors, fit.
    case(
        "X758-039",
        caption("a woman wearing a striped shirt and orange pants", failure="contradiction"),
        wearing("she is wearing a striped shirt and red pants", who="she"),
        color_of("pants", "red"),
        color_of("shirt", "red", failure="other_garment_color"),
        fit("wide leg"),
        describe("pants", "the pants", failure="non_answer"),
        details("pants", "the details of the pants are red and wide"),
        title="AND Women Red Solid Wide Leg Trousers",
        category="Trousers",
        color="Red",
        gender="Women",
    ),
    # photo: navy skinny high-rise jeans, pastel pink hoodie, white backdrop, front view. VQA adapter: caption,
    # wearing, details; reference: colors, fit.
    case(
        "X758-040",
        caption("a woman in a pink hoodie and black jeans", failure="contradiction"),
        wearing("pink hoodie and dark blue jeans"),
        color_of("jeans", "pink", failure="other_garment_color"),
        color_of("hoodie", "pink"),
        fit("skinny"),
        details(
            "jeans",
            "the jeans are dark blue with a high waist and skinny legs and they have a zipper fly and a button at "
            "the waist and a small",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Women Navy Blue Skinny Fit High-Rise Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender high-waisted tailored shorts with front pleats and a button tab, white tee, white backdrop,
    # front view. VQA adapter: caption, wearing, description, details, material; reference: color.
    case(
        "X758-041",
        caption("a woman in a white shirt and blue shorts", failure="contradiction"),
        wearing("white t-shirt and lavender shorts"),
        color_of("shorts", "purple"),
        describe("shorts", "light purple high waisted shorts with pleats in the front"),
        details("shorts", "the shorts details are the shorts", failure="restated"),
        material("linen", failure="unsupported"),
        title="Miss Chase Women Lavender Solid High-Rise Tailored Shorts",
        category="Shorts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black flared midi skirt with small white polka dots (plain hem), red short-sleeve top, white
    # backdrop, front view. VQA adapter: caption, wearing, description; reference: color, pattern, length.
    case(
        "X758-042",
        caption("a woman in a red top and a black polka dot skirt"),
        wearing("he is wearing a red shirt and a black and white polka dot skirt", failure="pronoun"),
        color_of("skirt", "black"),
        P.pattern("polka dots"),
        length("midi"),
        describe("skirt", "a black skirt with white dots and a ruffle hem", failure="unsupported"),
        material("polyester with a satin lining", failure="unsupported"),
        title="Vero Moda Women Black Polka Dot Print Flared Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: beige slim chinos rolled at the ankle, navy-and-white checked shirt untucked, white backdrop, front
    # view. VQA adapter: caption, wearing, details, description; reference: color, type.
    case(
        "X758-043",
        caption("a woman wearing a blue checkered shirt and beige pants"),
        wearing("a blue checked shirt and khaki pants"),
        color_of("pants", "blue", failure="other_garment_color"),
        P.garment_type("shorts", failure="contradiction"),
        details("pants", "rolled up hems, slant pockets, belt loops"),
        describe("pants", "the pants are described as pants", failure="restated"),
        title="Wrangler Women Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: black-and-white gingham check shorts (no zip or trim in front view), black puff-sleeve crop top, white
    # backdrop, front view. VQA adapter: caption, wearing, description, details; reference: color, pattern.
    case(
        "X758-044",
        caption("a woman in a black top and black and white checkered shorts"),
        wearing("black top and plaid shorts"),
        color_of("shorts", "black"),
        P.pattern("checked"),
        describe("shorts", "he is wearing black and white checkered shorts", failure="pronoun"),
        details("shorts", "black and white checks, a zip at the back and lace trim at the hem", failure="unsupported"),
        title="Tokyo Talkies Women Black & White Checked Regular Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: brown-and-black leopard print satin midi skirt, black fitted tee tucked in, white backdrop, front
    # view. Feed row without a color. VQA adapter: caption, wearing, description; reference: the rest.
    case(
        "X758-045",
        caption("a woman in a black t - shirt and a leopard print skirt"),
        wearing("black t-shirt and leopard skirt"),
        color_of("skirt", "brown"),
        P.pattern("animal print"),
        describe(
            "skirt",
            "a leopard print skirt with a leopard print skirt with a leopard print skirt with a leopard print skirt "
            "with a leopard",
            failure="loop",
            hit_limit=True,
        ),
        length("mini", failure="contradiction"),
        details(
            "skirt",
            "leopard print all over, a satin finish, an elastic waistband at the back and a midi length that falls "
            "below the knee with a",
            failure="cut",
            hit_limit=True,
        ),
        title="Mango Women Brown Animal Print Satin Midi Skirt",
        category="Skirts",
        gender="Women",
    ),
    # photo: medium-blue high-rise wide-leg jeans (clean, no rips), black ribbed long-sleeve top, white backdrop,
    # front view; a woman. Feed row without a gender. VQA adapter: caption, wearing, details, material.
    case(
        "X758-046",
        caption("a woman wearing a black top and blue jeans"),
        wearing(
            "black long sleeve top and wide leg blue jeans Question: What is the color of the jeans? Answer: blue",
            failure="leak",
        ),
        color_of("jeans", "blue"),
        fit("wide leg"),
        details("jeans", "high waist, wide legs, distressed knees and embroidered back pockets", failure="unsupported"),
        material("denim"),
        title="Kraus Jeans Women Blue Wide Leg High-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
]
