"""BLIND_1648 (45 products; Myntra men's bottoms, base OPT-2.7b zero-shot): written blind in the sixty-seventh session.
Measured blind at 0f3a531 (the session's first rules): 47/56 failures found (83.9%) and 19/187 correct texts flagged
(10.2%). The writer's notes, verbatim:

Scenario: a Myntra men's bottoms feed (article types Jeans, Trousers, Track Pants, Shorts), the product always worn
by a model with a top (t-shirt, shirt, polo, hoodie, jacket), on a plain studio backdrop; now and then a flat lay, a
back view, a waist-down crop or a prop (stool, football, gym bench). The feed's columns are title, category (Myntra's
article type), color (Myntra's base colour) and gender; a few rows lack one of them, as real feeds do.
Who wrote what: every text comes from the untuned Salesforce/blip2-opt-2.7b, zero-shot, no adapter, greedy, batch 1:
the caption from an empty prompt (50 new tokens), the answers from "Question: ... Answer:" (30 new tokens). The
questions are the experiments' questionnaire: "What is he wearing?", "What is the color of the jeans / pants /
shorts?" (free generation, stored open), "What are the jeans / pants / shorts details?", "What is the color of the
shirt?", "What is the shirt color?", "Describe the shirt." Trousers and track pants are asked as "pants". The base
model answers short and usually stops by itself; its failures are the ones the experiments saw: one color for two
garments (the top's color given to the bottom), invented details ("ripped", fabrics, logos, brands), a woman where
the crop hides the man, details answered with a bare color or the garment's name, and, rarely, a loop, an answer
that runs on into the next "Question: ... Answer:" turn, or a long answer cut at the limit.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A bottom given the
top's (or jacket's) color is other_garment_color, wherever the text is (answer, wearing, caption); a top given the
bottom's or the jacket's color is contradiction. Navy answered "blue" is right; navy answered "black" is wrong
(contradiction); charcoal answered "black" I let pass as right (it reads near-black on the backdrop); maroon called
"red", khaki called "tan" or "beige", olive called "green" are right. A details answer that is only the color is
non_answer; only the garment's name ("shorts", "jeans") is non_answer; the garment's name as a sentence ("they are
short", "they are pants") is restated. "ripped" on clean jeans, a fabric the title and photo do not show, a logo or
tie that is not there, a shirt color where no shirt is in the frame: unsupported. "a woman" / "she" for a male model
is pronoun. A garment word the title contradicts (jeans for chinos, pants for shorts, cargo for plain track pants) is
contradiction. Loops and cut answers are marked hit_limit; nothing else ran to the limit. "Describe the shirt"
answered with only the color I counted as right (thin but true). "jeans" for "What is he wearing?" on a flat lay is
right.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, question, wearing

shirt_color = question("shirt_color", "What is the shirt color?", "open")


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def col(garment, text, failure=None, hit_limit=False):
    return color_of(garment, text, failure, kind="open", hit_limit=hit_limit)


BLIND_1648 = [
    # Front, grey backdrop: white crew-neck tee, mid-blue slim jeans, white sneakers. All texts: base, zero-shot.
    case(
        "X1648-001",
        caption("a man wearing a white t-shirt and blue jeans"),
        he("a white t-shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "they are slim fit"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: grey melange tee, black tapered jeans, black sneakers. Base: jeans given the tee's grey; details = color.
    case(
        "X1648-002",
        caption("a man in a grey t-shirt and black jeans"),
        he("a grey shirt and black pants"),
        col("jeans", "grey", "other_garment_color"),
        details("jeans", "black", "non_answer"),
        shirt_color("grey"),
        gender="Men",
        title="HIGHLANDER Men Black Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: white shirt, sleeves rolled, navy skinny jeans with a light fade (no rips), white sneakers. Base.
    case(
        "X1648-003",
        caption("a man in a white shirt and jeans standing in front of a white wall"),
        he("a white shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "the jeans are ripped", "unsupported"),
        describe("shirt", "white shirt with rolled up sleeves"),
        shirt_color("white"),
        gender="Men",
        title="Mast & Harbour Men Navy Blue Skinny Fit Light Fade Stretchable Jeans",
        category="Jeans",
        color="Navy Blue",
    ),
    # Front: black tee, grey slim jeans with small scuffs at the thighs, black boots. Base: jeans given the tee's black.
    case(
        "X1648-004",
        caption("a man in black t-shirt and grey jeans"),
        he("a black t-shirt and grey jeans"),
        col("jeans", "black", "other_garment_color"),
        details("jeans", "distressed"),
        col("shirt", "black"),
        gender="Men",
        title="WROGN Men Grey Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Back view: blue jeans, red tab and back-pocket stitching visible, white tee. Base; all right.
    case(
        "X1648-005",
        caption("the back of a man's jeans"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "levi's"),
        col("shirt", "white"),
        describe("shirt", "it is a white shirt"),
        gender="Men",
        title="Levis Men Blue 511 Slim Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: olive bomber open over a white tee, black skinny jeans torn at both knees. Base: "shirt color" = jacket.
    case(
        "X1648-006",
        caption("a man in a green jacket and black ripped jeans"),
        he("a green jacket and black jeans"),
        col("jeans", "black"),
        details("jeans", "ripped"),
        col("shirt", "white"),
        shirt_color("green", "contradiction"),
        gender="Men",
        title="Spykar Men Black Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Flat lay: folded mid-blue jeans on white, no person, no top. Base; feed row lacks gender.
    case(
        "X1648-007",
        caption("a pair of blue jeans on a white background"),
        he("jeans"),
        col("jeans", "blue"),
        details("jeans", "jeans", "non_answer"),
        col("shirt", "blue", "unsupported"),
        title="Flying Machine Men Blue Michael Slim Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: black tee, black track pants with white side stripe and a small Puma cat on the thigh. Base; all right.
    case(
        "X1648-008",
        caption("a man in black pants and a black t-shirt"),
        he("black sweatpants"),
        col("pants", "black"),
        details("pants", "the pants have a puma logo on the side"),
        shirt_color("black"),
        gender="Men",
        title="Puma Men Black Solid Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Running pose: white round-neck tee, navy track pants with a reflective print. Base: pants given the tee's white.
    case(
        "X1648-009",
        caption("a man running in a white shirt and blue pants"),
        he("he is wearing a white shirt and blue pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "they are pants", "restated"),
        col("shirt", "white"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Navy Blue Solid Rapid-Dry Running Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front: plain black hoodie (no print), grey melange cuffed fleece joggers. Base: invents a logo on the hoodie.
    case(
        "X1648-010",
        caption("a man wearing a black hoodie and grey sweatpants"),
        he("a black hoodie and grey sweatpants"),
        col("pants", "grey"),
        details("pants", "they are joggers"),
        shirt_color("black"),
        describe("shirt", "a black hoodie with a white nike logo", "unsupported"),
        gender="Men",
        title="Nike Men Grey Melange Club Fleece Joggers",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Front: navy polo, khaki slim chinos, brown loafers. Base: details answered with the color.
    case(
        "X1648-011",
        caption("a man in a blue polo shirt and khaki pants"),
        he("a blue shirt and tan pants"),
        col("pants", "khaki"),
        details("pants", "khaki", "non_answer"),
        shirt_color("blue"),
        describe("shirt", "it's a polo shirt"),
        gender="Men",
        title="Louis Philippe Sport Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # Front: white formal shirt tucked in, black belt, grey formal trousers, no tie. Base: invents a tie.
    case(
        "X1648-012",
        caption("a man in a white shirt and grey pants"),
        he("a white shirt and gray pants"),
        col("pants", "grey"),
        details("pants", "they are dress pants"),
        shirt_color("white"),
        describe("shirt", "a white dress shirt with a black tie", "unsupported"),
        gender="Men",
        title="Park Avenue Men Grey Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Grey",
    ),
    # Front: light blue formal shirt, charcoal textured trousers (read near-black). Base: pants given the shirt's blue.
    case(
        "X1648-013",
        caption("a man in a blue shirt and black pants"),
        he("a blue shirt and black pants"),
        col("pants", "blue", "other_garment_color"),
        details("pants", "they are made of wool", "unsupported"),
        shirt_color("light blue"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Textured Slim Fit Formal Trousers",
        category="Trousers",
        color="Charcoal",
    ),
    # Front: white tee, olive cargo shorts with side flap pockets, sneakers. Base: details as a sentence of the name.
    case(
        "X1648-014",
        caption("a man in a white t-shirt and green shorts"),
        he("a white t-shirt and shorts"),
        col("shorts", "green"),
        details("shorts", "they are shorts", "restated"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Olive Green Solid Regular Fit Cargo Shorts",
        category="Shorts",
        color="Olive",
    ),
    # Front: navy polo with a small logo, beige chino shorts. Base: shorts given the polo's blue; details = name.
    case(
        "X1648-015",
        caption("a man in a blue shirt and khaki shorts"),
        he("a blue polo shirt and khaki shorts"),
        col("shorts", "blue", "other_garment_color"),
        details("shorts", "shorts", "non_answer"),
        shirt_color("navy blue"),
        describe("shirt", "a blue polo shirt with a logo on the chest"),
        gender="Men",
        title="U.S. Polo Assn. Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
    ),
    # Front: black graphic tee (a tiger's head print), blue washed denim shorts. Base: the print invented as a skull.
    case(
        "X1648-016",
        caption("a man in a black t-shirt and denim shorts"),
        he("a black shirt and shorts"),
        col("shorts", "blue"),
        details("shorts", "denim"),
        describe("shirt", "black t-shirt with a picture of a skull on it", "unsupported"),
        gender="Men",
        title="Jack & Jones Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Waist-down crop: light blue jeans cuffed at the ankle, white sneakers, hem of a white tee. Base: "a woman's legs".
    case(
        "X1648-017",
        caption("a woman's legs in blue jeans and white sneakers", "pronoun"),
        he("jeans and sneakers"),
        col("jeans", "light blue"),
        details("jeans", "the jeans are rolled up at the bottom"),
        shirt_color("white"),
        gender="Men",
        title="Levis Men Light Blue 512 Slim Tapered Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: red tee, navy track pants with drawstring. Base: pants given the tee's red; wearing reads navy as black.
    case(
        "X1648-018",
        caption("a man in a red shirt and blue pants"),
        he("a red shirt and black pants", "contradiction"),
        col("pants", "red", "other_garment_color"),
        details("pants", "they are track pants with a drawstring"),
        shirt_color("red"),
        gender="Men",
        title="Campus Sutra Men Navy Blue Solid Track Pants",
        category="Track Pants",
        color="Navy Blue",
    ),
    # Front: white shirt, light grey slim clean-look jeans. Base: the caption gives the jeans the shirt's white;
    # details invent a hole.
    case(
        "X1648-019",
        caption("a man in a white shirt and white pants", "other_garment_color"),
        he("white shirt and jeans"),
        col("jeans", "grey"),
        details("jeans", "the jeans have a hole in the knee", "unsupported"),
        shirt_color("white"),
        gender="Men",
        title="Mufti Men Grey Slim Fit Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
    ),
    # Prop: holding a football; black Adidas tee, black track pants with three white stripes. Base; row lacks color.
    case(
        "X1648-020",
        caption("a man holding a soccer ball"),
        he("a black adidas shirt and pants"),
        col("pants", "black and white"),
        details("pants", "adidas"),
        shirt_color("black"),
        describe("shirt", "it is a black shirt with the adidas logo on it"),
        gender="Men",
        title="ADIDAS Men Black Essentials 3-Stripes Track Pants",
        category="Track Pants",
    ),
    # Front: white linen shirt untucked, beige linen trousers. Base: pants given the shirt's white.
    case(
        "X1648-021",
        caption("a man in a white shirt and beige pants"),
        he("a white shirt and khaki pants"),
        col("pants", "white", "other_garment_color"),
        details("pants", "linen"),
        shirt_color("white"),
        describe("shirt", "a white button up shirt"),
        gender="Men",
        title="Bene Kleed Men Beige Regular Fit Linen Trousers",
        category="Trousers",
        color="Beige",
    ),
    # Front: maroon tee, navy chinos, brown belt. Base: details loop on an invented belt until the limit.
    case(
        "X1648-022",
        caption("a man in a maroon shirt and blue pants"),
        he("a red shirt and blue pants"),
        col("pants", "blue"),
        details(
            "pants",
            "navy blue chinos with a navy blue belt and a navy blue belt and a navy blue belt and a navy blue belt and"
            " a navy blue",
            "loop",
            hit_limit=True,
        ),
        shirt_color("maroon"),
        gender="Men",
        title="Dennis Lingo Men Navy Blue Slim Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Prop: sitting on a wooden stool; red-and-blue checked shirt, blue jeans. Base: details describe the pose.
    case(
        "X1648-023",
        caption("a man sitting on a stool"),
        he("a plaid shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "he is sitting on a stool", "non_answer"),
        shirt_color("red"),
        describe("shirt", "a red and blue plaid shirt"),
        gender="Men",
        title="HIGHLANDER Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: white shirt, black slim jeans. Base: the jeans' color answer runs on into the next question.
    case(
        "X1648-024",
        caption("a man in a white shirt and black jeans"),
        he("a white shirt and black jeans"),
        col("jeans", "black\nQuestion: What is the color of the shirt?\nAnswer: white", "leak"),
        details("jeans", "slim fit"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: grey tee, black track pants with neon green piping. Base: fabric the photo and title do not give.
    case(
        "X1648-025",
        caption("a man in a grey shirt and black pants"),
        he("a grey t-shirt and black sweat pants"),
        col("pants", "black"),
        details("pants", "they are made of polyester", "unsupported"),
        shirt_color("grey"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Slim Fit Rapid-Dry Training Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front: white tee under an open blue denim jacket, mid-blue jeans. Base: details cut at the limit; the shirt
    # given the jacket's blue.
    case(
        "X1648-026",
        caption("a man in a denim jacket and jeans"),
        he("a white t-shirt and a denim jacket and jeans"),
        col("jeans", "blue"),
        details(
            "jeans",
            "the jeans are slim fit with a zipper fly and a button closure, they have five pockets, two in the front"
            " and two in the back and one",
            "cut",
            hit_limit=True,
        ),
        col("shirt", "blue", "contradiction"),
        gender="Men",
        title="Jack & Jones Men Blue Glenn Slim Fit Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Back view: black polo, grey chino shorts with two welt pockets. Base; all right.
    case(
        "X1648-027",
        caption("the back of a man in a black shirt and grey shorts"),
        he("a black shirt and grey shorts"),
        col("shorts", "grey"),
        details("shorts", "there are two pockets on the back"),
        shirt_color("black"),
        gender="Men",
        title="Nautica Men Grey Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Grey",
    ),
    # Front: long-haired male model with a bun, oversized beige tee, black clean jeans. Base: "a woman", "she", rips.
    case(
        "X1648-028",
        caption("a woman in a beige shirt and black jeans", "pronoun"),
        he("she is wearing a beige shirt and black jeans", "pronoun"),
        col("jeans", "black"),
        details("jeans", "they are ripped at the knee", "unsupported"),
        shirt_color("beige"),
        gender="Men",
        title="Levis Men Black 512 Slim Tapered Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: white tee, grey melange track pants with elastic cuffs. Base: details = color.
    case(
        "X1648-029",
        caption("a man in a white shirt and grey sweatpants"),
        he("a white shirt and grey pants"),
        col("pants", "grey"),
        details("pants", "grey", "non_answer"),
        shirt_color("white"),
        describe("shirt", "white"),
        gender="Men",
        title="Kook N Keech Men Grey Melange Solid Joggers Track Pants",
        category="Track Pants",
        color="Grey Melange",
    ),
    # Front: black leather jacket over a grey tee, dark-wash blue jeans. Base: wearing loops on the jacket; the
    # shirt given the jacket's black.
    case(
        "X1648-030",
        caption("a man in a black leather jacket and jeans"),
        he(
            "a black jacket, a black jacket, a black jacket, a black jacket, a black jacket, a black jacket, a black"
            " jacket",
            "loop",
            hit_limit=True,
        ),
        col("jeans", "blue"),
        details("jeans", "they are dark wash"),
        col("shirt", "black", "contradiction"),
        shirt_color("grey"),
        gender="Men",
        title="Flying Machine Men Blue Jackson Skinny Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: black tee, olive track pants with zip side pockets (no cargo flaps). Base: pants given the tee's black;
    # called cargo pants.
    case(
        "X1648-031",
        caption("a man in a black t-shirt and green pants"),
        he("black shirt and olive pants"),
        col("pants", "black", "other_garment_color"),
        details("pants", "cargo pants", "contradiction"),
        shirt_color("black"),
        gender="Men",
        title="Alcis Men Olive Solid Slim Fit Track Pants",
        category="Track Pants",
        color="Olive",
    ),
    # Front: light pink formal shirt tucked in, black slim formal trousers. Base; all right.
    case(
        "X1648-032",
        caption("a man in a pink shirt and black pants"),
        he("pink shirt and black pants"),
        col("pants", "black"),
        details("pants", "they are slim fit"),
        shirt_color("pink"),
        describe("shirt", "a pink dress shirt with long sleeves"),
        gender="Men",
        title="Arrow Men Black Slim Fit Solid Formal Trousers",
        category="Trousers",
        color="Black",
    ),
    # Running pose: white tee with a small Puma cat, black running shorts. Base: "they are short"; Nike invented.
    # Row lacks gender.
    case(
        "X1648-033",
        caption("a man in white shirt and black shorts running"),
        he("a white shirt and black shorts"),
        col("shorts", "black"),
        details("shorts", "they are short", "restated"),
        describe("shirt", "a white shirt with a black nike logo", "unsupported"),
        title="Puma Men Black Solid Running Shorts",
        category="Shorts",
        color="Black",
    ),
    # Front: mustard-yellow hoodie, mid-blue jeans ripped at the knees. Base: jeans given the hoodie's yellow.
    case(
        "X1648-034",
        caption("a man in a yellow hoodie and ripped jeans"),
        he("a yellow sweatshirt and jeans"),
        col("jeans", "yellow", "other_garment_color"),
        details("jeans", "ripped"),
        shirt_color("yellow"),
        describe("shirt", "yellow hoodie with a hood"),
        gender="Men",
        title="Roadster Men Blue Skinny Fit Mid-Rise Highly Distressed Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: white tee, navy chinos (no denim look). Base: wearing calls them jeans.
    case(
        "X1648-035",
        caption("a man in a white t-shirt and blue pants"),
        he("a white t-shirt and blue jeans", "contradiction"),
        col("pants", "blue"),
        details("pants", "they have a pocket on the back"),
        shirt_color("white"),
        gender="Men",
        title="Roadster Men Navy Blue Regular Fit Solid Chinos",
        category="Trousers",
        color="Navy Blue",
    ),
    # Waist-down crop: blue denim shorts with a clean hem, bare legs, sneakers; no top in the frame. Base: "a woman";
    # rips and a shirt color invented.
    case(
        "X1648-036",
        caption("a woman in denim shorts and white sneakers", "pronoun"),
        he("shorts"),
        col("shorts", "blue"),
        details("shorts", "they are ripped", "unsupported"),
        shirt_color("blue", "unsupported"),
        gender="Men",
        title="Roadster Men Blue Washed Regular Fit Denim Shorts",
        category="Shorts",
        color="Blue",
    ),
    # Front: royal blue hoodie, black track pants. Base: pants given the hoodie's blue; details "nothing".
    case(
        "X1648-037",
        caption("a man in a blue hoodie and black pants"),
        he("sweatpants"),
        col("pants", "blue", "other_garment_color"),
        details("pants", "nothing", "non_answer"),
        shirt_color("blue"),
        describe("shirt", "it's a hoodie"),
        gender="Men",
        title="Puma Men Black Solid Regular Fit Track Pants",
        category="Track Pants",
        color="Black",
    ),
    # Front: black shirt, light blue slim jeans. Base: details run on into a question the model invents.
    case(
        "X1648-038",
        caption("a man in a black shirt and light blue jeans"),
        he("a black shirt and jeans"),
        col("jeans", "blue"),
        details("jeans", "slim fit\nQuestion: What are the shirt details?\nAnswer: it is a black shirt", "leak"),
        shirt_color("black"),
        gender="Men",
        title="Mast & Harbour Men Blue Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: olive shirt, off-white cotton-linen trousers, no accessories. Base: sunglasses invented in wearing.
    case(
        "X1648-039",
        caption("a man in a green shirt and white pants"),
        he("a green shirt, white pants and sunglasses", "unsupported"),
        col("pants", "white"),
        details("pants", "they are linen pants"),
        shirt_color("olive green"),
        describe("shirt", "it is a green shirt with a collar"),
        gender="Men",
        title="Mr Bowerbird Men Off White Tailored Fit Cotton Linen Trousers",
        category="Trousers",
        color="Off White",
    ),
    # Front: blue shirt, khaki knee-length Bermuda shorts. Base: the caption calls them pants. Row lacks color.
    case(
        "X1648-040",
        caption("a man in a blue shirt and khaki pants", "contradiction"),
        he("blue shirt and khaki shorts"),
        col("shorts", "khaki"),
        details("shorts", "they are knee length"),
        shirt_color("blue"),
        gender="Men",
        title="Louis Philippe Jeans Men Khaki Solid Regular Fit Bermuda Shorts",
        category="Shorts",
    ),
    # Front: white shirt, black slim jeans, white sneakers. Base: white everywhere for the jeans.
    case(
        "X1648-041",
        caption("a man in a white shirt and black jeans"),
        he("white shirt and white pants", "other_garment_color"),
        col("jeans", "white", "other_garment_color"),
        details("jeans", "white", "other_garment_color"),
        shirt_color("white"),
        gender="Men",
        title="Urbano Fashion Men Black Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Black",
    ),
    # Front: black tee, maroon track pants with two white side stripes. Base; all right.
    case(
        "X1648-042",
        caption("a man in black t-shirt and red pants"),
        he("black shirt and red track pants"),
        col("pants", "maroon"),
        details("pants", "two white stripes on the side"),
        shirt_color("black"),
        describe("shirt", "black t-shirt"),
        gender="Men",
        title="Kappa Men Maroon Solid Track Pants with Side Stripes",
        category="Track Pants",
        color="Maroon",
    ),
    # Front: white shirt, mid-blue straight jeans. Base: the caption loops on the shirt until the limit.
    case(
        "X1648-043",
        caption(
            "a man in blue jeans and a white shirt with a white shirt and a white shirt and a white shirt and a white"
            " shirt and a white shirt and a white shirt and a white shirt and a white shirt and a white shirt and a"
            " white shirt and a",
            "loop",
            hit_limit=True,
        ),
        he("a white shirt and blue jeans"),
        col("jeans", "blue"),
        details("jeans", "they are straight leg"),
        shirt_color("white"),
        gender="Men",
        title="Pepe Jeans Men Blue Straight Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="Blue",
    ),
    # Front: short-sleeved floral shirt, brown chinos, white sneakers. Base: shirt description cut at the limit.
    case(
        "X1648-044",
        caption("a man in a floral shirt and brown pants"),
        he("floral shirt and brown pants"),
        col("pants", "brown"),
        details("pants", "they are chinos"),
        describe(
            "shirt",
            "it is a floral print shirt with a button down collar and short sleeves, the pants are brown and the shoes"
            " are white and the man is standing in",
            "cut",
            hit_limit=True,
        ),
        gender="Men",
        title="HIGHLANDER Men Brown Slim Fit Solid Chinos",
        category="Trousers",
        color="Brown",
    ),
    # Prop: sitting on a gym bench; black tank top, grey training shorts with a drawstring. Base: fabric invented.
    case(
        "X1648-045",
        caption("a man sitting on a bench in a black tank top and grey shorts"),
        he("a black tank top and shorts"),
        col("shorts", "grey"),
        details("shorts", "they are made of cotton", "unsupported"),
        shirt_color("black"),
        describe("shirt", "it is a tank top"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Grey Solid Rapid-Dry Training Shorts",
        category="Shorts",
        color="Grey",
    ),
]
