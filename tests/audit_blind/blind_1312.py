"""BLIND_1312 (46 products; Myntra men's bottoms, base BLIP-2 zero-shot): written blind in the sixty-third session.
Measured blind at d294d42 (the session's third rules): 54/70 failures found (77.1%) and 18/206 correct texts flagged
(8.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of men's jeans, trousers (chinos, formal, linen, cargos), track pants/joggers and shorts,
shot the catalog's usual way: a model on a plain grey or white backdrop wearing the product with a top (tee, polo,
shirt, hoodie, jacket), now and then a back view, a flat lay with no person, or a prop (stool, guitar, dumbbell,
backpack, coffee cup, plant). Columns are the feed's own: title, category (Myntra article type: Jeans, Trousers,
Track Pants, Shorts), color (base colour), gender; one product lacks gender, one lacks color, one lacks category.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, greedy, stopping on the
newline. The caption is the empty-prompt caption (50 new tokens max); the answers come from the experiments'
questionnaire in the `Question: ... Answer:` format (30 new tokens max): "What is he wearing?", "What is the color
of the <jeans|pants|shorts>?" (pants for trousers and track pants), "What is the color of the shirt?", "Describe
the shirt." and "What are the <jeans|pants|shorts> details?". Color answers are free generation, stored open.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment above each case) and
the title. The base model is good at short color questions and weak on "details", so most failures sit in the
details and in the color questions where the top's color (or a belt, or a jacket) bleeds onto the product; the
failure rate lands near a quarter to three in ten, lower than the fine-tuned adapters would give. A near shade is
correct (navy -> "blue", maroon -> "red", teal -> "blue"/"green", cream -> "white", olive -> "green"); a shade the
photo does not have is `contradiction` (indigo jeans called "black" with nothing black in the shot), and a color that
belongs to another visible garment is `other_garment_color`. For "the shirt" I accept the outermost top or the tee
under it (jacket, hoodie, overshirt count as "the shirt"). On a flat lay with no top, any shirt color or shirt
description is `unsupported`. A wrong garment kind (track pants or denim shorts called "jeans", blazer and chinos
called "a suit") and a pattern or material the title denies are `contradiction`. Invented details not visible and
not in the title (zip pockets, reflective strips, "100% cotton", "made in the usa", a collar on a crew neck) are
`unsupported`. Details answers that say nothing ("jeans", "they are short", "the back of the pants", "the guitar")
are `non_answer`; ones that turn the question's words round ("the shirt is a shirt") are `restated`. A woman named
for a male model is `pronoun`, in captions too. `loop` and `cut` texts that ran to the limit carry hit_limit=True;
a run-on list ending mid-phrase at 30 tokens is `cut` even where some items are also made up.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, wearing

MEN = "Men"


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1312 = [
    # Front, grey backdrop: white crew-neck tee, mid-blue slim jeans, white sneakers. All texts: base OPT-2.7b.
    case(
        "X1312-001",
        caption("a man in a white t-shirt and blue jeans"),
        he("a white t-shirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        describe("shirt", "it is a white t-shirt"),
        details("jeans", "they are slim fit"),
        gender=MEN,
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: grey melange crew-neck tee, black track pants with white drawcord, black sneakers. Base model.
    case(
        "X1312-002",
        caption("a man wearing black jogger pants and a grey t-shirt"),
        he("a grey t-shirt and black pants"),
        col("pants", "black"),
        col("shirt", "grey"),
        describe("shirt", "a grey t-shirt with a v-neck", "unsupported"),
        details("pants", "they have a drawstring"),
        gender=MEN,
        title="HRX by Hrithik Roshan Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front, one foot on a wooden stool: white polo with navy stripes, navy chino shorts, tan loafers. Base model.
    case(
        "X1312-003",
        caption("a man in a striped polo shirt and blue shorts"),
        he("she is wearing a striped shirt and shorts", "pronoun"),
        col("shorts", "white", "other_garment_color"),
        col("shirt", "blue and white"),
        describe("shirt", "a blue and white striped polo shirt"),
        details("shorts", "they are short", "non_answer"),
        gender=MEN,
        title="Mast & Harbour Men Navy Blue Regular Fit Solid Regular Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front: olive bomber jacket open over a white tee, black slim jeans with knee abrasion, white sneakers. Base.
    case(
        "X1312-004",
        caption("a man in a green jacket and black jeans"),
        he("a jacket and jeans"),
        col("jeans", "green", "other_garment_color"),
        col("shirt", "white"),
        describe("shirt", "a green bomber jacket"),
        details("jeans", "ripped"),
        gender=MEN,
        title="Levis Men Black 511 Slim Fit Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: navy polo tucked in, light grey slim chinos, brown belt, brown suede shoes. Base model.
    case(
        "X1312-005",
        caption("a man in a blue polo shirt and grey pants"),
        he("a blue shirt and grey pants"),
        col("pants", "brown", "other_garment_color"),
        col("shirt", "blue"),
        describe("shirt", "a blue polo shirt"),
        details("pants", "slim fit"),
        gender=MEN,
        title="WROGN Men Grey Slim Fit Solid Chinos",
        category="Trousers",
        color="Grey",
    ),
    # Back view: plain black tee (nothing printed on the back), light blue jeans with arc-stitched back pockets.
    # Base model.
    case(
        "X1312-006",
        caption("the back of a man in black jeans and a black t-shirt", "other_garment_color"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt with a white logo on the back", "unsupported"),
        details("jeans", "the back pockets"),
        gender=MEN,
        title="Flying Machine Men Blue Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: black pullover hoodie, grey melange joggers with a small white Puma cat on the left thigh. Base model.
    case(
        "X1312-007",
        caption("a man in a black hoodie and grey sweatpants"),
        he("a hoodie and sweatpants"),
        col("pants", "grey"),
        col("shirt", "grey", "other_garment_color"),
        describe("shirt", "a black hoodie"),
        details("pants", "the pants have a puma logo on the left leg"),
        gender=MEN,
        title="Puma Men Grey Melange Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Front, white backdrop: white shirt with rolled sleeves, dark indigo jeans, brown boots (nothing black). Base.
    case(
        "X1312-008",
        caption("a man in a white shirt and black jeans", "contradiction"),
        he("a white shirt and jeans"),
        col("jeans", "blue"),
        col("shirt", "white"),
        describe("shirt", "a white button down shirt with the sleeves rolled up"),
        details(
            "jeans",
            "the jeans are dark blue and have a dark blue wash and a dark blue wash and a dark blue wash and a dark",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Jack & Jones Men Navy Blue Slim Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Front, holding a dumbbell: red tank top, black training shorts with an elastic waist and open side pockets
    # (no zips). Base model.
    case(
        "X1312-009",
        caption("a man in a red tank top and black shorts holding a dumbbell"),
        he("a red tank top and black shorts"),
        col("shorts", "red", "other_garment_color"),
        col("shirt", "red"),
        describe("shirt", "a red tank top"),
        details("shorts", "they have zip pockets on both sides", "unsupported"),
        gender=MEN,
        title="Nike Men Black Dri-FIT Training Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front: white polo with a small chest logo, tucked in; beige slim chinos; white sneakers. Base model.
    case(
        "X1312-010",
        caption("a man in a white shirt and khaki pants"),
        he("he is wearing a white polo shirt and khaki pants"),
        col("pants", "white", "other_garment_color"),
        col("shirt", "white"),
        describe("shirt", "a white polo shirt with a small logo on the chest"),
        details("pants", "the pants have pockets"),
        gender=MEN,
        title="U.S. Polo Assn. Men Beige Slim Fit Solid Chinos",
        category="Trousers",
        color="Beige",
    ),
    # Front: black graphic tee, olive cargo shorts with flap pockets. Base model.
    case(
        "X1312-011",
        caption("a man in a black t-shirt and green shorts"),
        he("a black t-shirt and cargo shorts"),
        col("shorts", "green"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt with a graphic print"),
        details(
            "shorts",
            "cargo pockets, cargo pockets, cargo pockets, cargo pockets, cargo pockets, cargo pockets, cargo pockets, "
            "cargo",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Campus Sutra Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Front, sunglasses in hand: grey henley, light blue heavily faded jeans. Base model.
    case(
        "X1312-012",
        caption("a man in a grey shirt and jeans holding sunglasses"),
        he("a shirt and jeans"),
        col("jeans", "grey", "other_garment_color"),
        col("shirt", "grey"),
        describe("shirt", "a grey henley shirt"),
        details("jeans", "faded"),
        gender=MEN,
        title="Pepe Jeans Men Blue Regular Fit Heavy Fade Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: light pink shirt tucked in (one chest pocket), charcoal slim trousers, black belt, black shoes. Base.
    case(
        "X1312-013",
        caption("a man in a pink shirt and grey pants"),
        he("a pink shirt and grey pants"),
        col("pants", "black", "contradiction"),
        col("shirt", "pink"),
        describe("shirt", "a pink shirt with a pocket on the left side and a pocket on the right side", "unsupported"),
        details("pants", "the pants are slim fit and have a flat front"),
        gender=MEN,
        title="HERE&NOW Men Charcoal Grey Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Front: white tee with a black Adidas logo, navy track pants with three white side stripes. Base model.
    case(
        "X1312-014",
        caption("a man in a white t-shirt and navy blue track pants with white stripes"),
        he(
            "a white t-shirt and blue track pants with white stripes on the side of the legs and white stripes on "
            "the side of the legs and white",
            "loop",
            hit_limit=True,
        ),
        col("pants", "blue"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt with a black adidas logo"),
        details("pants", "three stripes on the side"),
        gender=MEN,
        title="ADIDAS Men Navy Blue Tiro Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front: light blue denim shirt worn open over a white tee, olive slim chinos. Base model.
    case(
        "X1312-015",
        caption("a man in a denim shirt and green pants"),
        he("a denim jacket and pants"),
        col("pants", "blue", "other_garment_color"),
        col("shirt", "blue"),
        describe("shirt", "a blue denim shirt"),
        details(
            "pants",
            "the pants have a slim fit and a zipper fly and a button closure and a zipper fly and a button closure "
            "and a",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Highlander Men Olive Green Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
    ),
    # Front: long-haired male model with a bun, black leather jacket over a white tee, black jeans with big rips at
    # the knees. Base model.
    case(
        "X1312-016",
        caption("a woman in a leather jacket and ripped jeans", "pronoun"),
        he("a leather jacket and ripped jeans"),
        col("jeans", "black"),
        col("shirt", "white"),
        describe("shirt", "a black leather jacket"),
        details("jeans", "ripped"),
        gender=MEN,
        title="Killer Men Black Slim Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: plain navy crew-neck tee (no pocket, no logo), grey melange knit lounge shorts with drawstring and side
    # pockets. Base model.
    case(
        "X1312-017",
        caption("a man in a blue t-shirt and grey shorts"),
        he("shorts and a t-shirt"),
        col("shorts", "grey"),
        col("shirt", "grey", "other_garment_color"),
        describe(
            "shirt",
            "a navy blue t-shirt with a round neck and short sleeves and a small logo on the left side of the chest "
            "and a small pocket on the",
            "cut",
            hit_limit=True,
        ),
        details("shorts", "the shorts have a drawstring waistband and side pockets"),
        gender=MEN,
        title="Jockey Men Grey Melange Solid Lounge Shorts",
        category="Shorts",
        color="Grey Melange",
    ),
    # Flat lay on white, no person, no top: blue skinny jeans folded to show the button and fly. Base model.
    case(
        "X1312-018",
        caption("a pair of blue jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        col("shirt", "blue", "unsupported"),
        describe("shirt", "a blue denim shirt", "unsupported"),
        details("jeans", "the jeans have a button and a zipper"),
        gender=MEN,
        title="Roadster Men Blue Skinny Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: white shirt tucked in, navy trousers with a faint tonal check, brown belt, loafers. Base model.
    case(
        "X1312-019",
        caption("a man in a white shirt and blue pants"),
        he("a white shirt and blue pants"),
        col("pants", "blue"),
        col("shirt", "white"),
        describe("shirt", "a white dress shirt"),
        details("pants", "the pants are plain", "contradiction"),
        gender=MEN,
        title="Louis Philippe Sport Men Navy Blue Slim Fit Checked Regular Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Front: white button-up shirt, red shorts with drawstring. Base model.
    case(
        "X1312-020",
        caption("a man in a white shirt and red shorts"),
        he("Answer: a white shirt and red shorts", "leak"),
        col("shorts", "red"),
        col("shirt", "white"),
        describe("shirt", "a white button up shirt"),
        details("shorts", "the shorts are made of 100% cotton and are machine washable", "unsupported"),
        gender=MEN,
        title="Nautica Men Red Solid Regular Fit Shorts",
        category="Shorts",
        color="Red",
    ),
    # Front, backpack over one shoulder: black shirt, light blue jeans with a small rip at the left knee. Base model.
    case(
        "X1312-021",
        caption("a man with a backpack wearing a black shirt and light blue jeans"),
        he("he is wearing a black shirt and jeans"),
        col("jeans", "black", "other_garment_color"),
        col("shirt", "black"),
        describe("shirt", "black"),
        details("jeans", "the jeans are ripped at the knees"),
        gender=MEN,
        title="Urbano Fashion Men Light Blue Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: white tee, black track pants with red piping down the sides, white sneakers. Base model.
    case(
        "X1312-022",
        caption("a man in a white t-shirt and black pants"),
        he("a white t-shirt and black jeans", "contradiction"),
        col("pants", "black"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt"),
        details("pants", "red stripes"),
        gender=MEN,
        title="Sports52 wear Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front: black and white checked shirt open over a black tee, grey skinny jeans. Base model.
    case(
        "X1312-023",
        caption("a man in a plaid shirt and grey jeans"),
        he("a plaid shirt and jeans"),
        col("jeans", "grey"),
        col("shirt", "black and white"),
        describe(
            "shirt",
            "a black and white checkered shirt with a black and white checkered shirt with a black and white "
            "checkered shirt with",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "skinny"),
        gender=MEN,
        title="SPYKAR Men Grey Skinny Fit Low-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Back view, short-haired male model: light blue oxford shirt untucked, beige chino shorts, two buttoned back
    # pockets. Base model.
    case(
        "X1312-024",
        caption("the back of a woman in a blue shirt and beige shorts", "pronoun"),
        he("a shirt and shorts"),
        col("shorts", "beige"),
        col("shirt", "light blue"),
        describe("shirt", "it is a blue shirt with a collar"),
        details("shorts", "the shorts have two back pockets with buttons"),
        gender=MEN,
        title="Marks & Spencer Men Beige Regular Fit Solid Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Front: white shirt tucked in, navy slim trousers, brown belt, brown shoes (nothing black). Base model.
    case(
        "X1312-025",
        caption("a man in a white shirt and navy pants"),
        he("a white shirt and black pants", "contradiction"),
        col("pants", "navy"),
        col("shirt", "white"),
        describe("shirt", "a white shirt with a collar and buttons down the front"),
        details("pants", "the pants details are the details of the pants", "restated"),
        gender=MEN,
        title="Allen Solly Men Navy Blue Slim Fit Solid Regular Trousers",
        category="Trousers",
        color="Navy Blue",
    ),
    # Front: mustard-yellow hoodie, mid-blue tapered jeans, white sneakers. Base model.
    case(
        "X1312-026",
        caption("a man in a yellow hoodie and blue jeans"),
        he("a yellow hoodie and blue jeans"),
        col("jeans", "yellow", "other_garment_color"),
        col("shirt", "yellow"),
        describe("shirt", "a yellow hoodie with a hood"),
        details(
            "jeans",
            "the jeans are tapered at the ankle and have a five pocket design with a zip fly and a button closure "
            "at the waist and the",
            "cut",
            hit_limit=True,
        ),
        gender=MEN,
        title="WROGN Men Blue Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: white tee, black shorts with a small white palm-tree print. Base model.
    case(
        "X1312-027",
        caption("a man in a white t-shirt and black shorts with palm trees"),
        he("a white t-shirt and black shorts"),
        col("shorts", "black and white"),
        col("shirt", "white"),
        describe("shirt", "white t-shirt"),
        details("shorts", "palm tree print"),
        gender=MEN,
        title="Bewakoof Men Black Printed Regular Shorts",
        category="Shorts",
        color="Black",
    ),
    # Mid-stride running pose: black tee, teal joggers, running shoes; front view, no reflective trims visible.
    # Base model.
    case(
        "X1312-028",
        caption("a man running in a black t-shirt and green pants"),
        he("she is wearing a black shirt and blue pants", "pronoun"),
        col("pants", "blue"),
        col("shirt", "black"),
        describe("shirt", "a black shirt"),
        details("pants", "the pants have reflective strips on the back", "unsupported"),
        gender=MEN,
        title="HRX by Hrithik Roshan Men Teal Slim Fit Rapid-Dry Running Joggers",
        category="Track Pants",
        color="Teal",
    ),
    # Front, white wall: red and black plaid flannel shirt, mid-blue jeans with the Levi's leather patch visible.
    # The feed has no color for this one. Base model.
    case(
        "X1312-029",
        caption(
            "a man in a red plaid shirt and blue jeans standing in front of a white wall with a white wall behind "
            "him and a white wall behind him and a white wall behind him and a white wall behind him and a white",
            "loop",
            hit_limit=True,
        ),
        he("a red shirt and blue jeans"),
        col("jeans", "red", "other_garment_color"),
        col("shirt", "red"),
        describe("shirt", "red and black plaid"),
        details("jeans", "levi's"),
        gender=MEN,
        title="Levis Men Blue 512 Slim Tapered Fit Jeans",
        category="Jeans",
    ),
    # Front: black polo, khaki slim chinos, white sneakers. Base model.
    case(
        "X1312-030",
        caption("a man in a black polo shirt and black pants", "other_garment_color"),
        he("khaki pants and a black polo shirt"),
        col("pants", "khaki"),
        col("shirt", "black"),
        describe("shirt", "a black polo shirt"),
        details("pants", "the pants are khaki Question: What is the color of the shirt? Answer: black", "leak"),
        gender=MEN,
        title="Peter England Casuals Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Front, all black: black tee, black sports shorts with a small white Puma logo, white sneakers. Base model.
    case(
        "X1312-031",
        caption("a man in black shorts and a black t-shirt"),
        he("a black shirt and black shorts"),
        col("shorts", "black"),
        col("shirt", "black"),
        describe("shirt", "a black t-shirt"),
        details("shorts", "the shorts are shorts", "restated"),
        gender=MEN,
        title="Puma Men Black Solid Active Fit Sports Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front, holding a coffee cup: navy blazer over a white crew-neck tee (no collar), dark navy straight jeans.
    # Base model.
    case(
        "X1312-032",
        caption("a man in a blazer and jeans holding a cup of coffee"),
        he("a blazer, a white shirt and jeans"),
        col("jeans", "navy"),
        col("shirt", "white"),
        describe("shirt", "the shirt is white and has a collar", "unsupported"),
        details("jeans", "straight fit"),
        gender=MEN,
        title="Tommy Hilfiger Men Navy Blue Straight Fit Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Front: denim jacket over a white tee, maroon slim chinos, white sneakers. Base model.
    case(
        "X1312-033",
        caption("a man in a denim jacket and red pants"),
        he("a jean jacket and red pants"),
        col("pants", "red"),
        col("shirt", "blue"),
        describe("shirt", "a denim jacket"),
        details(
            "pants",
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Mufti Men Maroon Slim Fit Solid Chinos",
        category="Trousers",
        color="Maroon",
    ),
    # Front, sunglasses pushed up on the head: white linen shirt, light-wash denim shorts with rolled hems. Base.
    case(
        "X1312-034",
        caption("a man in a white shirt and denim shorts"),
        he("a white shirt and jeans", "contradiction"),
        col("shorts", "blue"),
        col("shirt", "white"),
        describe("shirt", "white"),
        details("shorts", "rolled up"),
        gender=MEN,
        title="Jack & Jones Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front: black tee, olive cargo trousers with side pockets, black boots. Base model.
    case(
        "X1312-035",
        caption("a man in a black shirt and green cargo pants"),
        he("cargo pants"),
        col("pants", "green"),
        col("shirt", "green", "other_garment_color"),
        describe("shirt", "the shirt is a shirt", "restated"),
        details("pants", "side pockets"),
        gender=MEN,
        title="Dennis Lingo Men Olive Green Slim Fit Solid Cargos",
        category="Trousers",
        color="Olive",
    ),
    # Front: red Adidas zip-up track jacket, black track pants with white side stripes. Base model.
    case(
        "X1312-036",
        caption("a man in a red jacket and black track pants"),
        he("a red jacket and black pants"),
        col("pants", "black and white"),
        col("shirt", "red"),
        describe("shirt", "a red adidas track jacket with a zipper"),
        details("pants", "they are track pants", "non_answer"),
        gender=MEN,
        title="ADIDAS Men Black & White Striped Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front: white tee with black horizontal stripes, black slim jeans. Base model.
    case(
        "X1312-037",
        caption("a man in a striped shirt and black jeans"),
        he("a striped shirt and jeans"),
        col("jeans", "white", "other_garment_color"),
        col("shirt", "white"),
        describe("shirt", "a white t-shirt with black stripes"),
        details("jeans", "jeans", "non_answer"),
        gender=MEN,
        title="Roadster Men Black Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front, potted plant beside him: light blue linen shirt (same-color collar), cream linen trousers, tan sandals.
    # Base model.
    case(
        "X1312-038",
        caption("a man in a blue shirt and white pants standing next to a plant"),
        he("a blue shirt and white pants"),
        col("pants", "white"),
        col("shirt", "blue"),
        describe("shirt", "the shirt is a blue shirt with a white collar and white buttons", "unsupported"),
        details("pants", "the pants are made of denim", "contradiction"),
        gender=MEN,
        title="HERE&NOW Men Cream-Coloured Regular Fit Solid Linen Trousers",
        category="Trousers",
        color="Cream",
    ),
    # Back view: grey sweatshirt, grey joggers with ribbed cuffs. The feed has no gender for this one. Base model.
    case(
        "X1312-039",
        caption("the back of a man in a grey sweatshirt and grey sweatpants"),
        he("sweatpants"),
        col("pants", "grey"),
        col("shirt", "grey"),
        describe("shirt", "a grey sweatshirt"),
        details("pants", "the back of the pants", "non_answer"),
        title="Campus Sutra Men Grey Solid Track Pants",
        category="Track Pants",
        color="Grey",
    ),
    # Seated on a bar stool: navy blazer over a white shirt, brown slim chinos, suede loafers. Base model.
    case(
        "X1312-040",
        caption("a man sitting on a stool wearing a blue blazer and brown pants"),
        he("a suit", "contradiction"),
        col("pants", "blue", "other_garment_color"),
        col("shirt", "white"),
        describe("shirt", "a white shirt"),
        details(
            "pants",
            "the pants are slim fit and have a slim fit and a slim fit and a slim fit and a slim fit and a slim",
            "loop",
            hit_limit=True,
        ),
        gender=MEN,
        title="Arrow Sport Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Front: brown leather jacket over a black tee, mid-blue regular jeans, black sneakers, no belt visible (the
    # jacket covers the waist). Base model.
    case(
        "X1312-041",
        caption("a man in a brown leather jacket and jeans"),
        he(
            "he is wearing a brown leather jacket and blue jeans and a black t-shirt and brown boots and a brown "
            "belt and a brown",
            "cut",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        col("shirt", "brown"),
        describe("shirt", "a brown leather jacket"),
        details("jeans", "the jeans are made by wrangler and are made in the usa", "unsupported"),
        gender=MEN,
        title="Wrangler Men Blue Regular Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: plain white tee, navy lounge shorts with a white micro-dot print. Base model.
    case(
        "X1312-042",
        caption("a man in a white t-shirt and blue shorts"),
        he("Question: What is he wearing? Answer: a white t-shirt and blue shorts", "leak"),
        col("shorts", "blue"),
        col("shirt", "white"),
        describe("shirt", "a plain white t-shirt"),
        details("shorts", "the shorts are solid", "contradiction"),
        gender=MEN,
        title="Jockey Men Navy Blue Printed Lounge Shorts",
        category="Shorts",
        color="Navy Blue",
    ),
    # Front: long-haired bearded male model, grey Nike hoodie, black fleece joggers with a white swoosh. Base model.
    case(
        "X1312-043",
        caption("a woman in a grey hoodie and black sweatpants", "pronoun"),
        he("she is wearing a grey hoodie and black sweatpants", "pronoun"),
        col("pants", "black"),
        col("shirt", "grey"),
        describe("shirt", "a grey nike hoodie"),
        details("pants", "nike"),
        gender=MEN,
        title="Nike Men Black Club Fleece Joggers",
        category="Track Pants",
        color="Black",
    ),
    # Front, holding an acoustic guitar across the body (covers the waist): white shirt, dark blue bootcut jeans.
    # The feed has no category for this one. Base model.
    case(
        "X1312-044",
        caption("a man holding a guitar"),
        he("a white shirt and jeans"),
        col("jeans", "dark blue"),
        col("shirt", "white"),
        describe(
            "shirt",
            "the shirt is white and the jeans are blue and the shirt is white and the jeans are blue and the shirt "
            "is white",
            "loop",
            hit_limit=True,
        ),
        details("jeans", "the guitar", "non_answer"),
        gender=MEN,
        title="Lee Men Blue Bootcut Mid-Rise Clean Look Jeans",
        color="Blue",
    ),
    # Front: light grey formal shirt tucked in, black formal trousers with a pressed crease, black belt. Base model.
    case(
        "X1312-045",
        caption("a man in a grey shirt and black pants"),
        he("grey shirt and black pants"),
        col("pants", "grey", "other_garment_color"),
        col("shirt", "grey"),
        describe("shirt", "a light grey formal shirt"),
        details("pants", "the pants are made of wool", "unsupported"),
        gender=MEN,
        title="Van Heusen Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Flat lay on white, no person, no top: charcoal track pants laid straight, drawcord showing. Base model.
    case(
        "X1312-046",
        caption("a pair of grey sweatpants on a white background"),
        he("grey sweatpants"),
        col("pants", "grey"),
        col("shirt", "white", "unsupported"),
        describe("shirt", "a white t-shirt with a black logo", "unsupported"),
        details("pants", "drawstring"),
        gender=MEN,
        title="Kook N Keech Men Charcoal Grey Solid Track Pants",
        category="Track Pants",
        color="Charcoal",
    ),
]
