"""BLIND_673 (46 products; Myntra women's bottoms with a top, VQA adapter): written blind in the fifty-fourth session.
Measured blind at fa926b6 (the session's third rules): 124/136 failures found (91.2%) and 7/197 correct texts flagged
(3.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's western bottoms (jeans, jeggings, trousers, chinos, culottes, skirts, shorts,
palazzos, leggings, capris). Every photo is a catalog shot of a model wearing the product with a top (tee, shirt,
blouse, tank, sweater, sometimes a blazer, coat or open flannel over it), mostly on a white or light grey backdrop,
front view unless the comment says side or back view; a few hold a bag. The seller's columns are title, category
(Myntra's article_type), color (base_colour) and gender; a few rows lack gender, color or category, as real feeds do.

Who wrote what: every text comes from BLIP-2 OPT-2.7b with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA).
Captions are free generation with no prompt (50 new tokens): the adapter was trained on VQA only, so captions are
short "a woman in a ... and ..." lines, and now and then loop, run into a "Question: ... Answer:" pair or ramble to
the limit. Open answers (wearing, describe, details, material, and the color questions stored open) are free
generation (30 new tokens); the adapter never learned to stop, so a short right answer is often followed by a
repeat of itself, a leaked "Question: ... Answer:" pair, or a run-on that is cut at the token limit. It mixes up
the colors of the top and the bottoms, sometimes gives both the same color, invents pockets, slits, zips and
fabrics, and now and then calls the model "he" or "a man". Closed answers (garment type, color, pattern, length,
fit, "Is this a ...?") come from enrich's --engine reference, which picks one candidate: they are always a clean
candidate value, but the pick can be the top's color or pattern, or the wrong garment.

Labeling conventions and judgement calls:
- Colors are judged against the photo as described in the comment, at the level of the seller's color groups:
  khaki for beige, lilac for lavender, cream or white for off white, burgundy for maroon, rust for a rust garment,
  teal or blue for teal are all correct. Where the seller's color is wrong for the photo (X673-020: "Brown" that is
  plainly rust), an answer that gives the photo's color is correct.
- For a multicolor print (seller "Multi" or a row without a color) naming the ground color of the print is correct.
- A free text (caption or open answer) that gives the product the color of the top, layer or bag in the photo is
  other_garment_color; so is one that gives the top the product's color (one color for two garments). A closed
  color, pattern or garment pick that belongs to the top is a contradiction (the reference engine chose a wrong
  candidate). A wrong color that no item in the photo has is a contradiction.
- "he", "his" or "a man" for a Women row is pronoun. Rows without gender carry no pronoun failures.
- Loops are labelled loop and hit_limit=True even when the first words were right. A text that runs into a
  "Question: ... Answer:" pair is leak, with hit_limit=True where it ran on to the limit. A text that is only the
  prompt echoed back is leak too.
- cut: a run-on, otherwise right, that stops mid-phrase at the token limit (hit_limit=True).
- non_answer: an open question answered with one word (the garment's name, a bare color, yes/no) or with the
  question's own words ("skirt details"). restated: a sentence that only turns the question around ("the details
  are on the pants", "the leggings are leggings").
- unsupported: a detail or fabric the photo does not show and the title does not state (a back slit in a front
  view, side pockets hidden under a top, wool, suede, silk). A fabric the title states, or that is plain to see
  (denim, corduroy, faux leather, satin), is correct.
- A garment name for a near synonym is correct (pants or trousers for palazzos, chinos and culottes; jeans for
  jeggings); a different garment (a skirt for palazzos, a coat, blazer or shirt for the bottoms) is contradiction.
- A text gets one label, its most visible failure.
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
    question,
    wearing,
)

length = question("length", "What is the length of the garment?", "closed")
fit = question("fit", "What is the fit of the garment?", "closed")
Q = BLIND_QUESTIONS

BLIND_673 = [
    # photo: mid-blue skinny jeans, white round-neck tee tucked in, white sneakers, white backdrop, front view.
    # All texts by the VQA adapter (closed ones through the reference engine).
    case(
        "X673-001",
        caption("a woman wearing a white t-shirt and blue jeans"),
        wearing("blue jeans and a white t-shirt"),
        color_of("jeans", "blue"),
        describe(
            "jeans",
            "blue skinny jeans with a mid rise and a clean wash, worn with a white t-shirt that is tucked in at "
            "the front and white sneakers with white",
            "cut",
            hit_limit=True,
        ),
        details("jeans", "ripped knees and a frayed hem at the ankle", "unsupported"),
        Q.garment_type("jeans"),
        color_of("shirt", "white", kind="open"),
        title="Roadster Women Blue Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black wide-leg palazzos in a fluid fabric, mustard yellow sleeveless top, black flat sandals, white
    # backdrop. VQA adapter.
    case(
        "X673-002",
        caption("a woman in a yellow top and black pants"),
        wearing("he is wearing a mustard yellow top and black palazzo pants", "pronoun"),
        color_of("pants", "yellow", "other_garment_color", kind="open"),
        describe(
            "pants",
            "black wide leg pants with a high waist and a flowy fit, black wide leg pants with a high waist and a "
            "flowy fit, black wide",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("palazzos"),
        details("pants", "no", "non_answer"),
        material("it is made of cotton", "unsupported"),
        title="SASSAFRAS Women Black Solid Wide Leg Palazzos",
        category="Palazzos",
        color="Black",
        gender="Women",
    ),
    # photo: navy A-line midi skirt with small white polka dots, white shirt tucked in, thin brown belt, white
    # backdrop. VQA adapter.
    case(
        "X673-003",
        caption("a woman in a white shirt and a navy blue polka dot skirt"),
        wearing("a white shirt and a blue skirt with white dots"),
        Q.pattern("polka dots"),
        color_of("skirt", "white", "contradiction"),
        details("skirt", "the skirt is a-line with white polka dots and a brown belt at the waist"),
        is_a("skirt", "yes"),
        describe("skirt", "yes", "non_answer"),
        length("midi"),
        title="Vero Moda Women Navy Blue Printed A-Line Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black ankle-length leggings, long grey melange tee to the hip, white backdrop, side view. VQA adapter.
    case(
        "X673-004",
        caption("a woman in a grey shirt and black leggings"),
        wearing("he is wearing a grey t-shirt and black leggings", "pronoun"),
        color_of("leggings", "grey", "other_garment_color", kind="open"),
        describe("leggings", "plain black leggings that go down to the ankle"),
        details("leggings", "leggings", "non_answer"),
        material("cotton and lycra"),
        Q.garment_type("leggings"),
        title="Jockey Women Black Solid Cotton Stretch Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: beige tapered trousers with front pleats, black fitted long-sleeved square-neck top tucked in, black
    # belt, light grey backdrop. VQA adapter.
    case(
        "X673-005",
        caption("a woman in a black top and beige pants standing against a grey wall"),
        wearing("black top and khaki pants"),
        color_of("pants", "black", "other_garment_color", kind="open"),
        Q.color("beige"),
        details(
            "pants",
            "the pants have a black belt and pleats at the front and a tapered leg and the top is a black bodysuit "
            "with a square neck and long sle",
            "cut",
            hit_limit=True,
        ),
        describe(
            "pants",
            "the pants are beige and the pants are beige and the pants are beige and the pants are beige and the "
            "pants are",
            "loop",
            hit_limit=True,
        ),
        fit("regular"),
        title="ONLY Women Beige Regular Fit Solid Trousers",
        category="Trousers",
        color="Beige",
        gender="Women",
    ),
    # photo: olive cotton shorts with rolled hems and slant pockets, white shirt with thin blue stripes knotted at
    # the front, white backdrop. VQA adapter.
    case(
        "X673-006",
        caption("a woman wearing a striped shirt and green shorts"),
        wearing("a blue and white striped shirt and olive shorts"),
        color_of("shorts", "green"),
        details("shorts", "the shorts have rolled cuffs and two slanted pockets at the front"),
        describe("shorts", "blue shorts with rolled up cuffs", "other_garment_color"),
        Q.pattern("striped", "contradiction"),
        is_a("shorts", "yes", article="a pair of"),
        material("linen", "unsupported"),
        title="Mast & Harbour Women Olive Green Solid Regular Shorts",
        category="Shorts",
        color="Olive",
        gender="Women",
    ),
    # photo: black high-rise skinny jeans, red and black buffalo-check flannel shirt worn open over a black tee,
    # black ankle boots, white backdrop. VQA adapter.
    case(
        "X673-007",
        caption("a woman in a red plaid shirt and black jeans"),
        wearing("a red and black plaid shirt, a black t-shirt and black jeans"),
        color_of("jeans", "red", "other_garment_color", kind="open"),
        describe("jeans", "black jeans Question: What is the color of the shirt? Answer: red", "leak"),
        details("jeans", "the jeans are high waisted and skinny"),
        Q.garment_type("shirt", "contradiction"),
        color_of("shirt", "red and black", kind="open"),
        title="Roadster Women Black Skinny Fit High-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: off-white rayon palazzos with an indigo and rust floral block print, elastic waist with a front
    # drawstring, plain navy sleeveless round-neck top, white backdrop. VQA adapter.
    case(
        "X673-008",
        caption("a woman wearing a blue top and white printed pants"),
        wearing("a navy top and white floral print palazzo pants"),
        Q.color("white"),
        Q.pattern("floral"),
        describe("pants", "the pants are solid navy blue with a wide leg", "other_garment_color"),
        details(
            "pants",
            "floral print, wide legs, an elasticated waist with a drawstring at the front, the top is a sleeveless "
            "navy blue top with a round neck and a",
            "cut",
            hit_limit=True,
        ),
        material("rayon"),
        title="Global Desi Women Multicoloured Printed Rayon Palazzos",
        category="Palazzos",
        color="Multi",
        gender="Women",
    ),
    # photo: red knee-length pencil skirt, black sleeveless turtleneck tucked in, black heels, white backdrop, front
    # view only. VQA adapter.
    case(
        "X673-009",
        caption("a woman in a black top and a red skirt"),
        wearing("she is wearing a black top and a red skirt"),
        color_of("skirt", "red"),
        describe("skirt", "a black pencil skirt that hits at the knee", "other_garment_color"),
        details("skirt", "the skirt has a slit at the back and a zip", "unsupported"),
        length("knee length"),
        material("the skirt is made of the material of the skirt", "restated"),
        is_a("skirt", "no", "contradiction"),
        title="Vero Moda Women Red Solid Pencil Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: back view: light-wash skinny jeans with fading on the thighs, back patch pockets with a small red tab,
    # pink cropped sweatshirt, white backdrop. VQA adapter.
    case(
        "X673-010",
        caption("the back of a woman wearing a pink sweatshirt and light blue jeans"),
        wearing("a pink sweater and blue jeans"),
        color_of("jeans", "pink", "other_garment_color", kind="open"),
        details("jeans", "back pockets with a red tab and a faded wash"),
        describe(
            "jeans",
            "light blue skinny jeans light blue skinny jeans light blue skinny jeans light blue skinny jeans light "
            "blue skinny jeans light",
            "loop",
            hit_limit=True,
        ),
        fit("skinny"),
        material("denim"),
        title="Levis Women Light Blue 711 Skinny Fit Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: maroon cropped wide culottes with front pleats, cream blouse with ruffled sleeves tucked in, no belt,
    # white backdrop. VQA adapter.
    case(
        "X673-011",
        caption("a woman in a white blouse and maroon pants"),
        wearing("a cream top and burgundy culottes"),
        Q.color("maroon"),
        describe(
            "pants",
            "wide cropped maroon pants with a high waist and pleats at the front, worn with a cream blouse that has "
            "ruffles on the sleeves and is tucked",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the pants have pleats and a belt with a gold buckle", "unsupported"),
        length("cropped"),
        material("polyester Question: What material is the top made of? Answer: chiffon", "leak"),
        color_of("top", "maroon", "other_garment_color", kind="open"),
        title="AND Women Maroon Solid Culottes",
        category="Trousers",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard corduroy A-line mini skirt with a button front, black and white striped long-sleeve tee tucked
    # in, black tights, white backdrop. VQA adapter.
    case(
        "X673-012",
        caption(
            "a woman in a striped shirt and a yellow skirt and a striped shirt and a yellow skirt and a striped "
            "shirt and a yellow skirt and a striped shirt and a yellow skirt and a striped shirt and a yellow",
            "loop",
            hit_limit=True,
        ),
        wearing("a striped top, a mustard skirt and black tights"),
        color_of("skirt", "black", "contradiction"),
        describe("skirt", "a yellow mini skirt with buttons down the front"),
        details("skirt", "the skirt is made of corduroy and has buttons down the front"),
        Q.pattern("striped", "contradiction"),
        material("corduroy"),
        title="Tokyo Talkies Women Mustard Yellow Corduroy A-Line Mini Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: charcoal grey straight formal trousers with a front crease, white shirt tucked in, black blazer worn
    # open, black pumps, white backdrop. VQA adapter.
    case(
        "X673-013",
        caption("a woman in a black blazer, white shirt and grey pants"),
        wearing("a black jacket, a white shirt and grey trousers"),
        color_of("pants", "grey"),
        describe("pants", "grey straight leg pants with a crease down the front"),
        details("pants", "Question: What are the pants details? Answer: the pants are grey", "leak"),
        Q.garment_type("blazer", "contradiction"),
        material("wool", "unsupported"),
        title="Mango Women Charcoal Grey Straight Fit Solid Formal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Women",
    ),
    # photo: navy chinos rolled at the ankle, slant pockets, white tee with a small red graphic on the chest, white
    # sneakers, white backdrop. VQA adapter.
    case(
        "X673-014",
        caption("a woman wearing a white t-shirt and blue pants"),
        wearing("a white graphic tee and navy chinos"),
        color_of("pants", "blue"),
        details(
            "pants",
            "the pants are navy blue and the pants are navy blue and the pants are navy blue and the pants are navy "
            "blue",
            "loop",
            hit_limit=True,
        ),
        describe("pants", "navy blue chinos with rolled hems and slant pockets"),
        is_a("pants", "yes", article="a pair of"),
        material("pants", "non_answer"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        title="HERE&NOW Women Navy Blue Regular Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: pale peach satin pleated midi skirt with an elastic waistband, plain white tee tucked in, white
    # backdrop. VQA adapter.
    case(
        "X673-015",
        caption("a woman in a white top and a pink skirt"),
        wearing("a white t-shirt and a peach pleated skirt"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "a light pink pleated skirt with a satin shine"),
        details(
            "skirt",
            "the skirt is pleated all the way around and has an elastic waist band and a shiny satin finish and it "
            "falls to the middle of the",
            "cut",
            hit_limit=True,
        ),
        material("satin"),
        length("midi"),
        Q.pattern("solid"),
        title="Harpa Women Peach-Coloured Satin Pleated Midi Skirt",
        category="Skirts",
        color="Peach",
        gender="Women",
    ),
    # photo: khaki cargo shorts with flap pockets on the sides, black tank top, white backdrop. VQA adapter.
    case(
        "X673-016",
        caption("a man in a black tank top and khaki shorts", "pronoun"),
        wearing("a black tank top and beige cargo shorts"),
        color_of("shorts", "khaki"),
        details("shorts", "cargo pockets on the sides with flaps"),
        describe("shorts", "black shorts", "other_garment_color"),
        Q.garment_type("shorts"),
        material("nylon", "unsupported"),
        title="StyleStone Women Khaki Solid Cargo Shorts",
        category="Shorts",
        color="Khaki",
        gender="Women",
    ),
    # photo: mid-blue boyfriend jeans with ripped knees and rolled hems, oversized white shirt loosely tucked, white
    # backdrop. VQA adapter.
    case(
        "X673-017",
        caption("a woman in a white shirt and ripped jeans"),
        wearing(
            "a white shirt and blue jeans Question: What is the color of the jeans? Answer: blue Question: What is "
            "the color of the shirt",
            "leak",
            hit_limit=True,
        ),
        details("jeans", "ripped knees and rolled up hems"),
        describe("jeans", "white jeans with rips at the knees", "other_garment_color"),
        color_of("jeans", "blue"),
        fit("skinny", "contradiction"),
        material("denim"),
        title="Roadster Women Blue Boyfriend Fit Mid-Rise Distressed Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black faux-leather mini skirt with an exposed zip down the front, cream knit sweater half tucked, black
    # tights, white backdrop. VQA adapter.
    case(
        "X673-018",
        caption("a woman in a white sweater and a black leather skirt"),
        wearing("a cream sweater, a black skirt and black tights"),
        color_of("skirt", "black"),
        material("faux leather"),
        details("skirt", "a zipper down the front"),
        describe(
            "skirt",
            "a black skirt with a zipper down the front and a zipper down the front and a zipper down the front and "
            "a zipper down",
            "loop",
            hit_limit=True,
        ),
        color_of("sweater", "black", "other_garment_color", kind="open"),
        title="Vero Moda Women Black Faux Leather Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: white linen straight trousers with a drawstring waist, light blue sleeveless blouse, tan sandals, white
    # backdrop. VQA adapter.
    case(
        "X673-019",
        caption("a woman in a blue top and grey pants", "contradiction"),
        wearing("she is wearing a light blue top and white pants"),
        color_of("pants", "blue", "other_garment_color", kind="open"),
        material("linen"),
        details("pants", "an elastic waistband with a drawstring"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: Question: Describe the pants. Answer: Question: Describe the "
            "pants. Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("trousers"),
        title="Marks & Spencer Women White Straight Fit Linen Trousers",
        category="Trousers",
        color="White",
        gender="Women",
    ),
    # photo: rust orange wide-leg trousers with a self tie belt (the seller says Brown; the photo is plainly rust),
    # white tee tucked in, white backdrop. VQA adapter.
    case(
        "X673-020",
        caption("a woman wearing a white t-shirt and orange pants"),
        wearing("a white shirt and rust colored pants"),
        Q.color("orange"),
        describe("pants", "wide leg rust trousers with a high waist and a tie belt"),
        details(
            "pants",
            "a tie belt at the waist and wide legs that are wide legs that are wide legs that are wide legs that are "
            "wide",
            "loop",
            hit_limit=True,
        ),
        is_a("trousers", "yes", article="a pair of"),
        color_of("t-shirt", "white", kind="open"),
        title="Tokyo Talkies Women Brown Solid Wide Leg Trousers",
        category="Trousers",
        color="Brown",
        gender="Women",
    ),
    # photo: teal ankle-length leggings, long white tunic tee to mid-thigh, white backdrop. VQA adapter.
    case(
        "X673-021",
        caption("a woman in a long white top and teal leggings"),
        wearing("a white tunic and blue leggings"),
        color_of("leggings", "white", "contradiction"),
        describe("leggings", "the leggings are leggings", "restated"),
        details("leggings", "they are ankle length"),
        length("ankle length"),
        material("silk", "unsupported"),
        title="Go Colors Women Teal Solid Ankle Length Leggings",
        category="Leggings",
        color="Teal",
        gender="Women",
    ),
    # photo: side view: mid-blue high-rise mom jeans with a tapered leg, black crop top, black belt, light grey
    # backdrop. VQA adapter.
    case(
        "X673-022",
        caption("a woman in a black crop top and blue jeans"),
        wearing("he is wearing a black top and blue jeans", "pronoun"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        details("jeans", "high waisted, a black belt and a tapered leg"),
        describe(
            "jeans",
            "high waisted mom jeans in a medium blue wash with a black belt and the top is a black crop top with "
            "short sleeves and a round neck and the",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jeans"),
        fit("relaxed"),
        material("yes", "non_answer"),
        title="ONLY Women Blue Mom Fit High-Rise Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: mid-blue denim shorts with frayed hems, loose yellow top with small white flowers covering the
    # waistband and fly, white backdrop. VQA adapter.
    case(
        "X673-023",
        caption("a woman in a yellow floral top and denim shorts"),
        wearing("a yellow flowered blouse and blue denim shorts"),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        Q.pattern("floral", "contradiction"),
        details("shorts", "frayed hems and a button fly", "unsupported"),
        describe(
            "shorts",
            "denim shorts denim shorts denim shorts denim shorts denim shorts denim shorts denim shorts denim shorts "
            "denim shorts",
            "loop",
            hit_limit=True,
        ),
        material("denim"),
        title="Roadster Women Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Women",
    ),
    # photo: black and white small-check straight trousers, black turtleneck sweater, white backdrop. VQA adapter.
    case(
        "X673-024",
        caption("a woman in a black top and black and white checkered pants"),
        wearing(
            "a black turtleneck sweater with long sleeves tucked into a pair of black and white checked trousers "
            "with a straight leg and a high",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("black"),
        describe("pants", "black and white plaid trousers with a straight leg"),
        details("pants", "the details are on the pants", "restated"),
        color_of("top", "white", "other_garment_color", kind="open"),
        title="SASSAFRAS Women Black & White Checked Straight Trousers",
        category="Trousers",
        color="Black",
        gender="Women",
    ),
    # photo: tan wide-leg trousers with front pleats and belt loops, white ribbed tank top, thin gold necklace, white
    # backdrop. VQA adapter.
    case(
        "X673-025",
        caption("a woman in a white tank top and brown pants"),
        wearing("a white tank top, tan trousers and a gold necklace"),
        color_of("pants", "white", "contradiction"),
        describe(
            "pants",
            "brown wide leg trousers with a high waist Question: What is the color of the top? Answer: white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        details("pants", "pleats at the front and belt loops"),
        material("suede", "unsupported"),
        is_a("jeans", "no", article="a pair of"),
        title="Mango Women Tan Brown Solid Wide-Leg Trousers",
        category="Trousers",
        color="Tan",
        gender="Women",
    ),
    # photo: grey skinny jeggings, black long-sleeved fitted top, white backdrop. VQA adapter.
    case(
        "X673-026",
        caption("a woman in a black shirt and grey jeans"),
        wearing("a black long sleeved top and grey skinny jeans"),
        color_of("jeans", "grey"),
        describe("jeans", "grey", "non_answer"),
        details("jeans", "the jeans are grey and the top is grey", "other_garment_color"),
        Q.garment_type("jeans"),
        material("the garment is made of material", "restated"),
        title="Only Women Grey Skinny Fit Jeggings",
        category="Jeggings",
        color="Grey",
        gender="Women",
    ),
    # photo: hot pink flared skater mini skirt, white off-shoulder top, white backdrop. VQA adapter.
    case(
        "X673-027",
        caption("a woman in a pink skirt and a white off the shoulder top"),
        wearing("he is wearing a white off shoulder top and a pink skirt", "pronoun"),
        Q.color("pink"),
        describe(
            "skirt",
            "a pink flared skirt with a flared hem and a flared hem and a flared hem and a flared hem and a flared "
            "hem and",
            "loop",
            hit_limit=True,
        ),
        details("skirt", "the skirt has a pocket on the side and a lace trim at the hem", "unsupported"),
        length("mini"),
        color_of("top", "pink", "other_garment_color", kind="open"),
        title="Miss Chase Women Pink Flared Mini Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: olive cotton joggers with a drawstring waist, elastic ankle cuffs and side pockets, white crop tee,
    # white sneakers, light grey backdrop. VQA adapter.
    case(
        "X673-028",
        caption("a woman wearing a white crop top and green pants"),
        wearing("a white crop top and brown joggers", "contradiction"),
        color_of("pants", "green"),
        details("pants", "drawstring waist, elastic cuffs at the ankles and side pockets"),
        describe("pants", "Question: Describe the pants. Answer: green joggers", "leak"),
        Q.garment_type("trousers"),
        material("cotton"),
        title="Roadster Women Olive Green Solid Cotton Joggers",
        category="Trousers",
        color="Olive",
        gender="Women",
    ),
    # photo: white straight cotton palazzos with a lace-trimmed hem, navy blue short top with a small white floral
    # print, white backdrop. VQA adapter.
    case(
        "X673-029",
        caption("a woman wearing a blue top and white pants"),
        wearing("a navy printed top and white palazzos"),
        color_of("pants", "blue", "contradiction"),
        details("pants", "the pants have the details of pants", "restated"),
        describe("pants", "white straight pants with lace at the bottom"),
        Q.pattern("floral", "contradiction"),
        material("cotton"),
        title="Libas Women White Solid Cotton Straight Palazzos",
        category="Palazzos",
        color="White",
        gender="Women",
    ),
    # photo: red and navy tartan wrap mini skirt with a silver buckle at the side, black turtleneck, black knee
    # boots, white backdrop. VQA adapter.
    case(
        "X673-030",
        caption("a woman in a black sweater and a red plaid skirt"),
        wearing("a black turtleneck and a red tartan skirt"),
        Q.pattern("checked"),
        color_of("skirt", "red"),
        describe("skirt", "a red plaid wrap skirt with a buckle on the side"),
        details(
            "skirt",
            "the skirt has a plaid pattern and a plaid pattern and a plaid pattern and a plaid pattern and a plaid "
            "pattern",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        material("wool", "unsupported"),
        title="United Colors of Benetton Women Red Checked Wrap Mini Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: dark indigo bootcut jeans, long beige trench coat worn open over a white tee, brown ankle boots, white
    # backdrop. VQA adapter.
    case(
        "X673-031",
        caption("a woman in a beige trench coat and dark blue jeans"),
        wearing("a beige coat, a white shirt and dark jeans"),
        color_of("jeans", "beige", "other_garment_color", kind="open"),
        Q.garment_type("coat", "contradiction"),
        details("jeans", "the jeans are bootcut with a dark wash"),
        describe(
            "jeans",
            "dark blue bootcut jeans that flare slightly at the hem and are worn with a long beige trench coat over "
            "a white t shirt and brown ankle",
            "cut",
            hit_limit=True,
        ),
        fit("bootcut"),
        material("denim Question: Is this a pair of jeans? Answer: yes", "leak"),
        title="Levis Women Navy Blue Bootcut Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender high-waisted cotton twill shorts with a paperbag waist and tie belt, white tee, white backdrop.
    # VQA adapter.
    case(
        "X673-032",
        caption("a woman wearing a white shirt and purple shorts"),
        wearing("a white tee and lilac shorts"),
        color_of("shorts", "purple"),
        describe("shorts", "purple shorts with a paper bag waist and a tie belt"),
        details("shorts", "shorts details", "non_answer"),
        material("denim", "unsupported"),
        is_a("shorts", "yes", article="a pair of"),
        title="Forever 21 Women Lavender Solid Paperbag Shorts",
        category="Shorts",
        color="Lavender",
        gender="Women",
    ),
    # photo: green midi wrap skirt with small pink and white flowers, side tie and ruffled hem, white tee tucked in,
    # white backdrop. VQA adapter.
    case(
        "X673-033",
        caption("a woman in a white t-shirt and a green floral skirt"),
        wearing(
            "a white tee and a green skirt Question: What is the color of the skirt? Answer: green",
            "leak",
        ),
        Q.color("green"),
        Q.pattern("floral"),
        describe(
            "skirt",
            "a green skirt with pink and white flowers and a wrap front with a tie at the side and a ruffle at the "
            "hem and the",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "a tie at the side and a ruffled hem"),
        length("maxi", "contradiction"),
        title="Sassafras Women Green Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Green",
        gender="Women",
    ),
    # photo: black slim jeans with ripped knees, grey marl sweatshirt, white backdrop. VQA adapter.
    case(
        "X673-034",
        caption("a woman in a grey sweatshirt and black ripped jeans"),
        wearing("a man in a grey sweatshirt and black jeans", "pronoun"),
        color_of("jeans", "grey", "other_garment_color", kind="open"),
        details("jeans", "ripped knees"),
        describe("jeans", "blue jeans with holes in the knees", "contradiction"),
        Q.garment_type("jeans"),
        title="Kraus Jeans Women Black Distressed Slim Fit Jeans",
        category="Jeans",
        color="Black",
        gender="Women",
    ),
    # photo: black leggings with a white geometric print, black racerback sports tank, light grey backdrop. VQA
    # adapter.
    case(
        "X673-035",
        caption("a woman in a black tank top and black and white leggings"),
        wearing("a black sports top and printed leggings"),
        Q.pattern("printed"),
        color_of("leggings", "black"),
        describe(
            "leggings",
            "black leggings with a white pattern black leggings with a white pattern black leggings with a white "
            "pattern black leggings with",
            "loop",
            hit_limit=True,
        ),
        details("leggings", "the leggings have a pocket on the side for a phone and a reflective logo", "unsupported"),
        material("polyester and spandex", "unsupported"),
        title="Go Colors Women Black & White Printed Leggings",
        category="Leggings",
        color="Black",
        gender="Women",
    ),
    # photo: white skinny jeans, navy and white breton striped top, tan belt, white backdrop. VQA adapter.
    case(
        "X673-036",
        caption("a woman in a blue and white striped shirt and white jeans"),
        wearing("a navy striped top and white jeans"),
        color_of("jeans", "white"),
        color_of("shirt", "navy and white", kind="open"),
        describe("jeans", "navy blue jeans with a skinny fit", "other_garment_color"),
        details("jeans", "white Question: What are the jeans details? Answer: white jeans", "leak"),
        fit("skinny"),
        Q.garment_type("shirt", "contradiction"),
        title="Roadster Women White Skinny Fit Mid-Rise Jeans",
        category="Jeans",
        color="White",
        gender="Women",
    ),
    # photo: charcoal grey ankle-length cigarette trousers, pink blouse with a tie neck, white backdrop, front view.
    # The row has no gender. VQA adapter.
    case(
        "X673-037",
        caption("a woman in a pink blouse and grey pants"),
        wearing("a pink blouse with a bow and dark grey trousers"),
        color_of("pants", "pink", "other_garment_color", kind="open"),
        describe("pants", "slim grey pants that end at the ankle"),
        details("pants", "the pants have a slit at the hem and a button tab", "unsupported"),
        length("ankle length"),
        material("Question: What material is the garment made of? Answer: polyester", "leak"),
        title="Chemistry Women Charcoal Grey Solid Cigarette Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # photo: mid-blue denim A-line mini skirt with a button front, red and white gingham shirt tied at the waist,
    # white backdrop. VQA adapter.
    case(
        "X673-038",
        caption("a woman in a red and white checkered shirt and a denim skirt"),
        wearing("a red gingham shirt and a blue denim skirt"),
        color_of("skirt", "red", "contradiction"),
        Q.pattern("solid"),
        describe("skirt", "a blue denim mini skirt with buttons down the front"),
        details(
            "skirt",
            "the skirt is denim and the skirt is denim and the skirt is denim and the skirt is denim and the",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        material("denim"),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: navy trousers with thin white pinstripes, white shirt tucked in, black heels, white backdrop. VQA
    # adapter.
    case(
        "X673-039",
        caption("a woman in a white shirt and navy blue striped pants"),
        wearing("a white blouse and striped navy trousers"),
        Q.pattern("striped"),
        color_of("pants", "blue"),
        describe(
            "pants",
            "navy blue pants with thin white stripes, a crease down the front and a straight leg, worn with a "
            "white shirt that is tucked in at the waist and black",
            "cut",
            hit_limit=True,
        ),
        details("pants", "the details of the pants are the pants", "restated"),
        material("wool blend", "unsupported"),
        title="Marks & Spencer Women Navy Blue Pinstriped Formal Trousers",
        category="Trousers",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black running shorts with a small white swoosh on the leg, neon pink sports tank, light grey backdrop.
    # VQA adapter.
    case(
        "X673-040",
        caption(
            "a woman in a pink tank top and black shorts Question: what is the woman wearing? Answer: a pink tank "
            "top and black shorts Question: what is the color of the shorts? Answer: black Question: what is",
            "leak",
            hit_limit=True,
        ),
        wearing("a pink tank top and black running shorts"),
        color_of("shorts", "pink", "other_garment_color", kind="open"),
        details("shorts", "a white nike logo on the leg"),
        describe(
            "shorts",
            "black athletic shorts with a white logo, the shorts are black athletic shorts with a white logo, the "
            "shorts are black athletic",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shorts"),
        material("cotton", "unsupported"),
        title="Nike Women Black Dri-FIT Running Shorts",
        category="Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow flared palazzos with an elastic waist, plain white top, white backdrop. VQA adapter.
    case(
        "X673-041",
        caption("a woman wearing a white top and yellow pants"),
        wearing("she is wearing a white top and mustard pants"),
        Q.color("yellow"),
        describe("pants", "Question: Describe the pants", "leak"),
        details("pants", "wide legs and an elastic waistband"),
        is_a("skirt", "yes", "contradiction"),
        color_of("top", "yellow", "other_garment_color", kind="open"),
        title="Varanga Women Mustard Yellow Solid Flared Palazzos",
        category="Palazzos",
        color="Mustard",
        gender="Women",
    ),
    # photo: mid-blue slim jeans with small red and yellow flower embroidery on the front of one thigh, black tee,
    # white backdrop. VQA adapter.
    case(
        "X673-042",
        caption("a woman in a black shirt and blue jeans with flowers"),
        wearing("a black t-shirt and embroidered blue jeans"),
        details("jeans", "flower embroidery on the thigh"),
        describe("jeans", "blue slim jeans with red and yellow flowers embroidered on the leg"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.pattern("embroidered"),
        material("denim with sequins", "unsupported"),
        title="Roadster Women Blue Slim Fit Embroidered Jeans",
        category="Jeans",
        color="Blue",
        gender="Women",
    ),
    # photo: black pleated midi skirt with small white daisies, red puff-sleeve blouse tucked in, white backdrop.
    # The row has no gender and no color. VQA adapter.
    case(
        "X673-043",
        caption("a woman in a red top and a black skirt with white flowers"),
        wearing("a red blouse and a black floral skirt"),
        color_of("skirt", "red", "contradiction"),
        Q.pattern("floral"),
        describe(
            "skirt",
            "a black pleated skirt with white daisies that falls below the knee and the top is a red blouse with "
            "puff sleeves tucked in at the",
            "cut",
            hit_limit=True,
        ),
        details("skirt", "skirt details", "non_answer"),
        length("midi"),
        title="Tokyo Talkies Women Printed Pleated Midi Skirt",
        category="Skirts",
    ),
    # photo: cream straight formal trousers with a front crease, black sleeveless top, brown leather handbag held
    # at the side, white backdrop. VQA adapter.
    case(
        "X673-044",
        caption(
            "a woman holding a brown bag wearing a black sleeveless top and cream pants standing in front of a "
            "white wall with her left hand on her hip and her right hand holding the handle of a brown leather bag "
            "that",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sleeveless top and cream pants, and she is holding a brown purse"),
        color_of("pants", "brown", "other_garment_color", kind="open"),
        describe("pants", "cream straight pants with a crease down the front"),
        details("pants", "the pants are made of leather and have a zipper on the front", "unsupported"),
        Q.garment_type("trousers"),
        is_a("skirt", "yes", "contradiction"),
        title="Van Heusen Woman Cream Solid Regular Fit Formal Trousers",
        category="Trousers",
        color="Cream",
        gender="Women",
    ),
    # photo: navy capri leggings ending mid-calf, white sports tee, white backdrop. VQA adapter.
    case(
        "X673-045",
        caption("a woman wearing a white shirt and blue capris"),
        wearing("he has on a white tee and blue leggings", "pronoun"),
        color_of("leggings", "navy blue", kind="open"),
        describe("leggings", "navy blue leggings that stop below the knee"),
        length("ankle length", "contradiction"),
        material("the leggings are made of leggings material", "restated"),
        details(
            "leggings",
            "the leggings are navy and the leggings are navy and the leggings are navy and the leggings are navy "
            "and the leggings",
            "loop",
            hit_limit=True,
        ),
        title="Jockey Women Navy Blue Solid Capri Leggings",
        category="Capris",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black knee-length pencil skirt with a small front slit at the hem, leopard print blouse tucked in,
    # white backdrop. The row has no category. VQA adapter.
    case(
        "X673-046",
        caption("a woman in a leopard print blouse and a black skirt"),
        wearing("a leopard print top and a black pencil skirt"),
        Q.pattern("animal", "contradiction"),
        Q.color("black"),
        describe("skirt", "a brown skirt with black spots", "other_garment_color"),
        details("skirt", "a small slit at the front of the hem"),
        is_a("dress", "no"),
        material("satin", "unsupported"),
        title="AND Women Black Solid Pencil Skirt",
        color="Black",
        gender="Women",
    ),
]
