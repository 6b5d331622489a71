"""BLIND_1417 (45 products; Myntra men's innerwear, nightwear and lounge, base BLIP-2): written blind in the sixty-
fourth session. Measured blind at 9207eb7 (the session's fifth and final rules): 56/64 failures found (87.5%) and
20/219 correct texts flagged (9.1%). The writer's notes, verbatim:

Scenario: a Myntra men's innerwear, nightwear and lounge feed (innerwear vests, boxers, trunks and briefs, night
suits, pyjamas, lounge shorts and tees, track pants, thermals, one bath robe). The photos are the catalog's usual
shots: a male model on a plain light backdrop wearing the product with other clothes (a plain tee over boxers, jeans
or track pants under a vest, a t-shirt or hoodie over track pants), now and then a flat lay (multipacks mostly), a
back view, a prop (mug, book, laptop, pillow, water bottle, dumbbells). Catalog columns as the feed has them: title,
category (Myntra article type), color (base colour; "Multi" or missing for assorted packs), gender ("Men"; left out
for a few rows).
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter. The caption is
the unprompted caption (50 new tokens max); each answer is a separate `Question: ... Answer:` prompt, greedy, 30 new
tokens max. Closed questions (type, color, pattern, sleeve length, "Is this a ...?") were generated freely and
stored as raw text. The base model stops on its own most of the time, so answers are short; the few loops and cuts
come from the open "Describe"/"details" prompts, once from a caption.
Labeling conventions and judgement calls: judged against the imagined photo and the title. Near shades accepted as
correct (maroon as red, navy as blue, lavender as purple, mustard as yellow, charcoal as grey). "Shorts" for boxers,
"underwear" for trunks/briefs, "tank top" for a sleeveless vest, "sweatpants"/"pants" for track pants, "pajamas" for
a night suit are counted correct. "Is this a vest?" answered "no" for an innerwear vest counts as a contradiction
(the model reads "vest" as a waistcoat). For assorted multipacks, a one-color or one-pattern closed answer naming one
of the pieces is left unmarked (no single right answer). The product's color given as the other garment's (the tee
over the boxers, the hoodie over the track pants) is other_garment_color; a wrong garment kind (jeans, swimsuit,
hoodie, sweater, t-shirt for a sleeveless vest), a wrong count, a wrong pattern or sleeve length is contradiction.
Materials that clash with the title (cotton for modal, polyester or silk for cotton) and invented details (pockets,
a v-neck, buttons seen on a back view) are unsupported. An empty string, "no" or "they are short" to an open
question is non_answer; an echo of the question ("they are joggers", "vest details") is restated. Loops and cuts
that ran to 30/50 tokens carry hit_limit. Fewer texts are wrong here than the usual four in ten: plain backdrops,
mostly one-color garments and short closed answers suit the base model; its mistakes cluster where a second garment
is in the shot and in the open "details" prompts.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color, color_of, describe, details, garment_type, is_a, material, wearing

M = "Men"

BLIND_1417 = [
    # Photo: model front, white sleeveless round-neck vest tucked into light-blue jeans, grey backdrop.
    # All texts: base BLIP-2 OPT-2.7b zero-shot.
    case(
        "X1417-001",
        caption("a man in a white tank top and jeans"),
        wearing("a white tank top", who="the man"),
        describe("vest", "a white tank top with a round neck"),
        garment_type("tank top"),
        color("white"),
        is_a("vest", "no", "contradiction"),
        material("cotton"),
        gender=M,
        title="Jockey Men White Solid Cotton Innerwear Vest 8820",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay, three folded white vests side by side on white. Base BLIP-2 zero-shot for every text.
    case(
        "X1417-002",
        caption("two white tank tops on a white background", "contradiction"),
        garment_type("tank top"),
        color("white"),
        describe("vests", "white tank tops with a round neck"),
        material("cotton"),
        is_a("vest", "yes"),
        gender=M,
        title="Dollar Bigboss Men Pack of 3 White Solid Cotton Vests",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: model in navy-and-red checked woven boxers with a plain white crew-neck tee; elastic logo waistband,
    # no fly button. Base BLIP-2 zero-shot.
    case(
        "X1417-003",
        caption("a man in a white t-shirt and plaid shorts"),
        wearing("a white t-shirt and plaid shorts", who="the man"),
        color_of("boxers", "white", "other_garment_color"),
        Q.pattern("plaid"),
        garment_type("shorts"),
        details("boxers", "they have a button fly", "unsupported"),
        gender=M,
        title="U.S. Polo Assn. Men Navy Blue Checked Pure Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: side view, charcoal joggers with drawstring and cuffed hems, black tee, white sneakers.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-004",
        caption("a man in a black t-shirt and grey sweatpants"),
        wearing("sweatpants", who="the man"),
        color("black", "other_garment_color"),
        garment_type("sweatpants"),
        describe("pants", "grey sweatpants with a drawstring waist and cuffed ankles"),
        details("pants", "nike logo on the pocket", "unsupported"),
        gender=M,
        title="XYXX Men Charcoal Grey Solid Joggers",
        category="Track Pants",
        color="Charcoal",
    ),
    # Photo: model sitting on the edge of a bed holding a white mug, navy-and-white checked long-sleeve night shirt
    # with notch collar, one chest pocket, matching pants. Base BLIP-2 zero-shot.
    case(
        "X1417-005",
        caption("a man sitting on a bed holding a cup of coffee"),
        wearing("pajamas", who="the man"),
        color("blue"),
        Q.pattern("plaid"),
        Q.sleeve_length("long"),
        describe("pajamas", "a blue and white plaid pajama set with a button down shirt and matching pants"),
        details(
            "pajamas",
            "the pajamas have a button down shirt and a pair of pants with a drawstring waist and a pocket on the "
            "chest and a pocket on the",
            "cut",
            hit_limit=True,
        ),
        gender=M,
        title="Van Heusen Men Navy Blue & White Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: flat lay, two boxers: one grey melange solid, one navy with thin white stripes. Base BLIP-2 zero-shot.
    case(
        "X1417-006",
        caption("a pair of boxer shorts on a white background", "contradiction"),
        garment_type("boxers"),
        color("grey"),
        is_a("pair of boxers", "yes"),
        material("cotton"),
        details(
            "boxers",
            "the boxers are grey and blue and have a grey waistband and a blue waistband and a grey waistband and a "
            "blue waistband and",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Hanes Men Pack of 2 Assorted Pure Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: back view, black racerback vest, grey joggers. Base BLIP-2 zero-shot.
    case(
        "X1417-007",
        caption("the back of a man wearing a black tank top"),
        wearing("a black tank top and grey sweatpants", who="the man"),
        color("black"),
        Q.sleeve_length("sleeveless"),
        describe("vest", "a black tank top with a racer back"),
        material("cotton", "unsupported"),
        gender=M,
        title="Macroman M-Series Men Black Solid Micro Modal Gym Vest",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: cropped at chest and knees, light-blue boxers with an all-over yellow banana print. Base BLIP-2 zero-shot.
    case(
        "X1417-008",
        caption("a man wearing blue boxer shorts with bananas on them"),
        color("blue"),
        Q.pattern("floral", "contradiction"),
        material("cotton", "unsupported"),
        details("boxers", "they have bananas on them"),
        wearing("a pair of blue shorts", who="the man"),
        garment_type("underwear"),
        gender=M,
        title="Bummer Men Blue Printed Micro Modal Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Photo: model standing holding a paperback, grey melange round-neck tee and navy pyjama pants (the set).
    # Base BLIP-2 zero-shot.
    case(
        "X1417-009",
        caption("a man in a grey t-shirt and blue pants holding a book"),
        wearing("a grey t-shirt and blue pants", who="the man"),
        color_of("pants", "grey", "other_garment_color"),
        color_of("t-shirt", "grey"),
        garment_type("pajamas"),
        describe("pyjama set", "a grey t-shirt and blue pajama pants"),
        details("pyjama set", "a grey t-shirt and grey pants", "other_garment_color"),
        gender=M,
        title="Sweet Dreams Men Grey Melange & Navy Blue Solid Pyjama Set",
        category="Night suits",
        color="Grey Melange",
    ),
    # Photo: front, navy track pants with white piping down the sides and a drawstring, white tee, running shoes.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-010",
        caption("a man in a white shirt and blue pants"),
        wearing("track pants", who="the man"),
        color("white", "other_garment_color"),
        Q.pattern("solid"),
        material("polyester"),
        details("track pants", "a drawstring waist and white piping"),
        gender=M,
        title="HRX by Hrithik Roshan Men Navy Blue Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Photo: model sitting on a wooden stool, grey melange knit shorts with drawstring, black tee.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-011",
        caption("a man sitting on a stool wearing a black shirt and grey shorts"),
        color_of("shorts", "black", "other_garment_color"),
        color("grey"),
        garment_type("shorts"),
        details("shorts", "they are short", "non_answer"),
        material("cotton"),
        gender=M,
        title="Jockey Men Grey Melange Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey Melange",
    ),
    # Photo: torso-to-thigh crop, black trunks with a white logo waistband. Base BLIP-2 zero-shot.
    case(
        "X1417-012",
        caption("a man in black underwear"),
        wearing("underwear", who="the man"),
        garment_type("swimsuit", "contradiction"),
        color("black"),
        details("trunks", "calvin klein logo on the waistband"),
        Q.pattern("solid"),
        material("cotton"),
        gender=M,
        title="Calvin Klein Underwear Men Black Solid Cotton Stretch Trunks",
        category="Trunk",
        color="Black",
    ),
    # Photo: model barefoot in a navy shawl-collar terry robe, belt tied, two patch pockets, rolled white towel on
    # a stool beside him. Base BLIP-2 zero-shot.
    case(
        "X1417-013",
        caption("a man in a blue robe standing in front of a white wall"),
        garment_type("robe"),
        color("navy blue"),
        material("cotton"),
        describe("robe", "a blue robe with a belt"),
        details(
            "robe",
            "the robe has a belt, a shawl collar, two pockets, a belt loop, a belt loop, a belt loop, a belt loop, a "
            "belt loop, a",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Story@Home Men Navy Blue Solid Cotton Terry Bath Robe",
        category="Bath Robe",
        color="Navy Blue",
    ),
    # Photo: maroon long-sleeve round-neck thermal top, black jeans. Base BLIP-2 zero-shot.
    case(
        "X1417-014",
        caption("a man wearing a red long sleeved shirt"),
        color("red"),
        Q.sleeve_length("long"),
        garment_type("sweater", "contradiction"),
        material("wool"),
        describe("thermal top", "a red long sleeve shirt"),
        details("thermal top", "it is a thermal top", "restated"),
        gender=M,
        title="Lux Cottswool Men Maroon Solid Thermal Top",
        category="Thermal Tops",
        color="Maroon",
    ),
    # Photo: olive crew-neck tee, no pocket, beige lounge pants, one hand in a pocket. Base BLIP-2 zero-shot.
    case(
        "X1417-015",
        caption("a man in a green t-shirt and khaki pants"),
        color("green"),
        Q.sleeve_length("short"),
        wearing("a green shirt and khaki pants", who="he"),
        describe("t-shirt", "a green t-shirt with a pocket on the chest", "unsupported"),
        material("cotton"),
        gender=M,
        title="Van Heusen Men Olive Green Solid Pure Cotton Lounge T-shirt",
        category="Lounge Tshirts",
        color="Olive",
    ),
    # Photo: black-and-red buffalo check flannel pyjama pants with drawstring, plain black tee.
    # Base BLIP-2 zero-shot; every text right.
    case(
        "X1417-016",
        caption("a man in a black shirt and red and black plaid pants"),
        wearing("pajamas", who="the man"),
        color("black"),
        Q.pattern("plaid"),
        is_a("pair of pajamas", "yes"),
        material("flannel"),
        describe("pants", "red and black plaid pajama pants with a drawstring"),
        gender=M,
        title="Roadster Men Black & Red Checked Flannel Pyjamas",
        category="Pyjamas",
        color="Black",
    ),
    # Photo: flat lay, a single navy brief on white. Base BLIP-2 zero-shot.
    case(
        "X1417-017",
        caption("a pair of blue underwear on a white background"),
        garment_type("underwear"),
        color("blue"),
        details("briefs", "the briefs", "restated"),
        describe("briefs", "a pair of blue briefs"),
        material("cotton"),
        gender=M,
        title="Jockey Men Navy Blue Solid Cotton Briefs 8035",
        category="Briefs",
        color="Navy Blue",
    ),
    # Photo: front, grey pullover hoodie over black track pants with a small white logo on the left thigh, sneakers.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-018",
        caption("a man in a grey hoodie and black pants"),
        wearing("a grey hoodie and black sweatpants", who="the man"),
        garment_type("hoodie", "contradiction"),
        color("grey", "other_garment_color"),
        details("track pants", "puma logo on the left leg"),
        describe("track pants", "a grey hoodie", "contradiction"),
        material("polyester"),
        gender=M,
        title="Puma Men Black Solid dryCELL Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Photo: maroon short-sleeve notch-collar shirt with a small beige leaf print and matching maroon shorts.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-019",
        caption("a man in a red shirt and red shorts"),
        garment_type("pajamas"),
        Q.pattern("floral"),
        Q.sleeve_length("short"),
        describe("shirt", "a red shirt with a floral print"),
        material("silk", "unsupported"),
        gender=M,
        title="Ecentric Men Maroon & Beige Printed Pure Cotton Night Suit",
        category="Night suits",
        color="Maroon",
    ),
    # Photo: front, white ribbed round-neck vest over grey track pants. Base BLIP-2 zero-shot.
    case(
        "X1417-020",
        caption("a man in a white tank top and grey pants"),
        color_of("vest", "white"),
        color("grey", "other_garment_color"),
        is_a("vest", "yes"),
        describe("vest", "a white tank top"),
        material("cotton"),
        details(
            "vest",
            "the vest is white and has a white stripe on the side of the vest and a white stripe on the side of the "
            "vest and a white stripe",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Rupa Frontline Men White Solid Ribbed Cotton Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: flat lay, three boxers fanned out: navy with white dots, plain red, grey check. No stripes.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-021",
        caption("three pairs of boxer shorts in different colors"),
        color("blue"),
        Q.pattern("polka dots"),
        garment_type("shorts"),
        material("cotton"),
        describe(
            "boxers",
            "three pairs of boxers with different patterns, one with polka dots, one with stripes, and one with a "
            "plaid pattern",
            "unsupported",
        ),
        gender=M,
        title="Jack & Jones Men Pack of 3 Printed Pure Cotton Boxers",
        category="Boxers",
        color="Multi",
    ),
    # Photo: male model with shoulder-length hair, lavender tee with a small moon-and-stars print, lavender pants.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-022",
        caption("a woman in purple pajamas standing in front of a white wall", "pronoun"),
        wearing("she is wearing a purple pajama set", "pronoun"),
        color("purple"),
        Q.pattern("stars"),
        garment_type("pajamas"),
        Q.sleeve_length("short"),
        describe("pajamas", "purple pajamas with stars on them"),
        gender=M,
        title="Sweet Dreams Men Lavender Printed Pyjama Set",
        category="Night suits",
        color="Lavender",
    ),
    # Photo: grey fleece joggers with a small logo on the left thigh, white tee, model holding a water bottle.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-023",
        caption("a man in a white t-shirt and grey sweatpants holding a water bottle"),
        color_of("joggers", "grey"),
        garment_type("sweatpants"),
        material("fleece"),
        details("joggers", "nike logo on the left leg"),
        describe("joggers", "they are joggers", "restated"),
        gender=M,
        title="Nike Men Grey Club Fleece Joggers",
        category="Track Pants",
        color="Grey",
    ),
    # Photo: navy sleeveless round-neck vest, black trousers. Base BLIP-2 zero-shot.
    case(
        "X1417-024",
        caption("a man in a blue tank top and black pants"),
        color("blue"),
        garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("short", "contradiction"),
        describe("vest", "a blue t-shirt", "contradiction"),
        material("cotton"),
        gender=M,
        title="Jockey Men Navy Blue Solid Round Neck Cotton Innerwear Vest",
        category="Innerwear Vests",
        color="Navy Blue",
    ),
    # Photo: model on a sofa with a laptop, grey crew-neck sweatshirt, navy-and-green checked lounge pants.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-025",
        caption("a man sitting on a couch with a laptop"),
        wearing("a grey sweater and plaid pants", who="the man"),
        color_of("pants", "grey", "other_garment_color"),
        Q.pattern("plaid"),
        is_a("pair of jeans", "no"),
        material("cotton"),
        gender=M,
        title="Marks & Spencer Men Navy Blue Checked Pure Cotton Lounge Pants",
        category="Lounge Pants",
        color="Navy Blue",
    ),
    # Photo: full-length black thermal leggings worn with a black thermal top and white socks.
    # Base BLIP-2 zero-shot; every text right.
    case(
        "X1417-026",
        caption("a man in black thermal underwear"),
        garment_type("leggings"),
        color("black"),
        describe("thermal bottoms", "black leggings"),
        wearing("black long johns", who="the man"),
        is_a("pair of pants", "yes"),
        gender=M,
        title="Lux Inferno Men Black Solid Thermal Bottoms",
        category="Thermal Bottoms",
        color="Black",
    ),
    # Photo: blue-and-white striped woven boxers, plain grey tee. Base BLIP-2 zero-shot; the caption looped.
    case(
        "X1417-027",
        caption(
            "a man in a blue and white striped boxer shorts and a blue and white striped boxer shorts and a blue and "
            "white striped boxer shorts and a blue and white striped boxer",
            "loop",
            hit_limit=True,
        ),
        color("blue"),
        Q.pattern("striped"),
        wearing("boxer shorts", who="the man"),
        details("boxers", "they have an elastic waistband"),
        title="XYXX Men Blue & White Striped Pure Cotton Boxers",
        category="Boxers",
        color="Blue",
    ),
    # Photo: back view, navy long-sleeve night shirt with white piping and navy pants. Base BLIP-2 zero-shot.
    case(
        "X1417-028",
        caption("the back of a man in a blue pajama set"),
        color("navy"),
        describe("night suit", "a blue pajama set with white piping"),
        details("night suit", "the buttons are white", "unsupported"),
        Q.sleeve_length("long"),
        garment_type("pajamas"),
        wearing("he is wearing a blue pajama set"),
        gender=M,
        title="Arrow Men Navy Blue Solid Night Suit",
        category="Night suits",
        color="Navy Blue",
    ),
    # Photo: mid-blue knit track pants (faded, denim-like tone), white polo shirt. Base BLIP-2 zero-shot.
    case(
        "X1417-029",
        caption("a man in a white polo shirt and blue jeans", "contradiction"),
        garment_type("jeans", "contradiction"),
        color("blue"),
        wearing("a white polo shirt and blue jeans", "contradiction", who="the man"),
        describe("track pants", "a pair of blue jeans", "contradiction"),
        material("polyester"),
        gender=M,
        title="Proline Active Men Blue Solid Track Pants",
        category="Track Pants",
        color="Blue",
    ),
    # Photo: flat lay, grey melange vest with a small chest logo, two black dumbbells beside it.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-030",
        caption("a grey tank top and a pair of dumbbells"),
        color("grey"),
        garment_type("tank top"),
        details("vest", "the vest has a logo on the front"),
        material("polyester", "unsupported"),
        is_a("vest", "yes"),
        gender=M,
        title="Dixcy Scott Men Grey Melange Solid Cotton Gym Vest",
        category="Innerwear Vests",
        color="Grey Melange",
    ),
    # Photo: black lounge shorts with a small all-over white skull print and drawstring, white tee.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-031",
        caption("a man in a white t-shirt and black shorts"),
        color_of("shorts", "black"),
        Q.pattern("solid", "contradiction"),
        details("shorts", "they have a drawstring"),
        wearing("shorts", who="the man"),
        describe("shorts", "", "non_answer"),
        gender=M,
        title="Bewakoof Men Black Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
    ),
    # Photo: model sitting cross-legged on a bed with a pillow, white shirt and pants with blue stripes.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-032",
        caption("a man sitting on a bed in his pajamas"),
        Q.pattern("stripes"),
        color("white"),
        describe(
            "pajamas",
            "white and blue striped pajamas with a white and blue striped shirt and white and blue striped pants and "
            "white and blue striped",
            "loop",
            hit_limit=True,
        ),
        wearing("pajamas", who="the man"),
        material("cotton"),
        gender=M,
        title="Nap Chief Men White & Blue Striped Pure Cotton Pyjama Set",
        category="Night suits",
        color="White",
    ),
    # Photo: all black: black tee over black cotton track pants with zip side pockets. Base BLIP-2 zero-shot.
    case(
        "X1417-033",
        caption("a man in a black shirt and black pants"),
        color("black"),
        details("track pants", "zip pockets Question: what is the color of the pants? Answer: black", "leak"),
        garment_type("pants"),
        material("cotton"),
        wearing("a black shirt and black pants", who="the man"),
        gender=M,
        title="Jockey Men Black Solid Cotton Track Pants with Zipper Pockets",
        category="Track Pants",
        color="Black",
    ),
    # Photo: model sitting on a chair, maroon knit boxers, black tee. Base BLIP-2 zero-shot.
    case(
        "X1417-034",
        caption("a man sitting on a chair in a black shirt and red shorts"),
        color("red"),
        color_of("boxers", "black", "other_garment_color"),
        garment_type("shorts"),
        material("cotton"),
        is_a("pair of boxers", "yes"),
        gender=M,
        title="Hanes Men Maroon Solid Cotton Knit Boxers",
        category="Boxers",
        color="Maroon",
    ),
    # Photo: model in one black round-neck vest of the pack, blue jeans. Base BLIP-2 zero-shot.
    case(
        "X1417-035",
        caption("a man in a black tank top and blue jeans"),
        color("black"),
        wearing("a black tank top and jeans", who="the man"),
        describe("vest", "a black tank top with a v-neck", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender=M,
        title="Van Heusen Men Pack of 2 Black Solid Round Neck Vests",
        category="Innerwear Vests",
        color="Black",
    ),
    # Photo: mustard tee with a cartoon-character print and mustard shorts, model holding a mug.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-036",
        caption("a man in a yellow t-shirt and yellow shorts holding a cup"),
        color("yellow"),
        garment_type("pajamas"),
        Q.pattern("graphic"),
        describe("t-shirt", "a yellow t-shirt with a picture of a cartoon character on it"),
        details(
            "t-shirt",
            "the t-shirt is yellow and has a picture of a cartoon character on it. the t-shirt is yellow and has a "
            "picture of a",
            "loop",
            hit_limit=True,
        ),
        wearing("a yellow shirt and yellow shorts", who="the man"),
        gender=M,
        title="Hypernation Men Mustard Yellow Printed Pure Cotton T-shirt & Shorts Night Suit",
        category="Night suits",
        color="Mustard",
    ),
    # Photo: navy woven boxers with a white logo waistband and a one-button fly, white tee. Base BLIP-2 zero-shot.
    case(
        "X1417-037",
        caption("a man in a white shirt and blue boxers"),
        details(
            "boxers",
            "the boxers are navy blue with a white waistband with the tommy hilfiger logo on it and a button fly on "
            "the front of the",
            "cut",
            hit_limit=True,
        ),
        color("blue"),
        Q.pattern("solid"),
        material("cotton"),
        wearing("a white t-shirt and blue boxer shorts", who="the man"),
        gender=M,
        title="Tommy Hilfiger Men Navy Blue Solid Woven Cotton Boxers",
        category="Boxers",
        color="Navy Blue",
    ),
    # Photo: olive camouflage joggers (slant side pockets only, no cargo pockets), black tee. Base BLIP-2 zero-shot.
    case(
        "X1417-038",
        caption("a man in a black t-shirt and camouflage pants"),
        Q.pattern("camouflage"),
        color("green"),
        color_of("joggers", "black", "other_garment_color"),
        describe("joggers", "camouflage pants with cargo pockets", "unsupported"),
        garment_type("pants"),
        gender=M,
        title="Roadster Men Olive Green Camouflage Printed Joggers",
        category="Track Pants",
        color="Olive",
    ),
    # Photo: flat lay, one white sleeveless gym vest on white. Base BLIP-2 zero-shot.
    case(
        "X1417-039",
        caption("a white tank top on a white background"),
        details("vest", "vest details", "restated"),
        color("white"),
        Q.sleeve_length("sleeveless"),
        is_a("vest", "yes"),
        gender=M,
        title="Jockey Men White Solid Sleeveless Gym Vest",
        category="Innerwear Vests",
        color="White",
    ),
    # Photo: back view, white tee, grey melange pyjama pants with a small white dot micro-print and one back patch
    # pocket. Base BLIP-2 zero-shot.
    case(
        "X1417-040",
        caption("the back of a man wearing a white shirt and grey pants"),
        color("white", "other_garment_color"),
        garment_type("pants"),
        details("pyjamas", "there is a pocket on the back"),
        wearing("a white shirt and grey pants", who="the man"),
        material("cotton"),
        Q.pattern("solid", "contradiction"),
        gender=M,
        title="Jockey Men Grey Melange Printed Cotton Pyjamas",
        category="Pyjamas",
        color="Grey Melange",
    ),
    # Photo: navy long-sleeve crew-neck thermal top, grey jeans. Base BLIP-2 zero-shot.
    case(
        "X1417-041",
        caption("a man in a blue long sleeve shirt and jeans"),
        garment_type("shirt"),
        color("blue"),
        material("cotton"),
        wearing("a blue shirt", who="the man"),
        describe(
            "thermal top",
            "a blue thermal top with a crew neck and long sleeves, with a crew neck and long sleeves, with a crew "
            "neck and long sleeves",
            "loop",
            hit_limit=True,
        ),
        gender=M,
        title="Dollar Thermals Men Navy Blue Solid Cotton Thermal Top",
        category="Thermal Tops",
        color="Navy Blue",
    ),
    # Photo: grey knit lounge shorts above the knee, grey tee of nearly the same shade. Gender column empty in the
    # feed. Base BLIP-2 zero-shot.
    case(
        "X1417-042",
        caption("a man in a grey t-shirt and grey shorts"),
        color("grey"),
        garment_type("shorts"),
        wearing("shorts", who="he"),
        material("cotton"),
        is_a("pair of pants", "yes", "contradiction"),
        details("shorts", "they are shorts", "restated"),
        title="Levis Men Grey Solid Cotton Lounge Shorts",
        category="Lounge Shorts",
        color="Grey",
    ),
    # Photo: model reading in an armchair, blue-and-green checked long-sleeve night suit. Base BLIP-2 zero-shot.
    case(
        "X1417-043",
        caption("a man sitting in a chair reading a book"),
        color("blue"),
        Q.pattern("Answer: plaid", "leak"),
        wearing("pajamas", who="the man"),
        describe("night suit", "a blue and green plaid pajama set"),
        material("cotton"),
        gender=M,
        title="Zeyo Men Blue & Green Checked Pure Cotton Night Suit",
        category="Night suits",
        color="Blue",
    ),
    # Photo: flat lay, five vests in a row: white, grey, navy, black, maroon. Color column empty in the feed.
    # Base BLIP-2 zero-shot.
    case(
        "X1417-044",
        caption("a group of tank tops in different colors"),
        color("white"),
        garment_type("tank top"),
        describe("vests", "five tank tops in different colors"),
        material("cotton"),
        details("vests", "no", "non_answer"),
        is_a("vest", "no", "contradiction"),
        gender=M,
        title="Rupa Jon Men Pack of 5 Assorted Solid Cotton Vests",
        category="Innerwear Vests",
    ),
    # Photo: red track pants with white side taping and a drawstring, elastic cuffs, white tee. Base BLIP-2 zero-shot.
    case(
        "X1417-045",
        caption("a man in a white t-shirt and red pants"),
        color("red"),
        garment_type("pants"),
        details(
            "track pants",
            "white stripes on the side of the pants, a drawstring waist, and an elastic waistband and elastic cuffs "
            "at the bottom of the legs and a",
            "cut",
            hit_limit=True,
        ),
        material("polyester"),
        wearing("a white t-shirt and red track pants", who="the person"),
        is_a("pair of track pants", "yes"),
        gender=M,
        title="Fila Men Red Solid Track Pants with Side Taping",
        category="Track Pants",
    ),
]
